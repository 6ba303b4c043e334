//! Attribution: who said what.
//!
//! The pass walks the article paragraph by paragraph (boilerplate is skipped). In each
//! paragraph the steps below run in this order, each turning what it finds into a [`Frame`]:
//! an [`Attr`] (content, cue, the rule that made it) and the speaker phrase still to resolve.
//!
//! 1. [`direct`]: each quotation with a cue beside it (`"…," X said`, `X said: "…"`). The
//!    surest evidence comes first: it claims the quotation and uses the cue, so that no later
//!    step reads the same verb or quotation again.
//!    Then a quotation opening its paragraph and signed after a dash (`“…” ― Name`,
//!    [`signed`]): no cue, but as sure, and before any step could take its words.
//! 2. [`labels`]: a paragraph under a person's label (`WALLACE: …`) or a headline under a
//!    speaker's (`Pence: …`). After step 1, so that a quotation a cue attributed is not taken
//!    again.
//! 3. [`signed`] (block quotation): a paragraph without marks after `X added:` ending the
//!    paragraph before. Its cue must still be unused and its words unclaimed.
//! 4. [`signed`] (pull quote): the sentences before a closing signature (`… Lena Berg`).
//! 5. [`reported`], sentence by sentence: first a finding stated in a poll ([`findings`]),
//!    which holds the clauses of saying inside it; then, left to right, "according to"
//!    ([`according`]), an owner's claim ([`owned`]), a question put ([`questions`]) and every
//!    other cue verb as reported speech. A reported clause's content is marked, so the cues
//!    inside it ("X said Y told him that …") belong to it and are skipped.
//! 6. [`signed`] (embedded post): a paragraph signed `— Name (@handle)`. Last among the
//!    steps with a speaker, since a post may hold the attributions read above.
//! 7. [`floating`]: each quotation still unclaimed that reads as speech continues a speaker.
//! 8. [`speaker`] (and [`sources`] for speakers without a name): the paragraph's frames, sorted by position, are resolved to actors in text
//!    order, feeding the discourse as they go, so that "she" finds the right person.
//!
//! The steps share the marks of [`claims::Claims`] (claimed quotations, used cues, content
//! tokens): each reads them before it attributes and sets them when it does. The cue readers
//! ([`cues`]), what stands between a cue and its content ([`adjuncts`]), clause bounds
//! ([`clause`]) and the main clause's subject ([`subject`]) only read.
//!
//! Every attribution carries the [`Rule`] that made it and the rule that found its speaker;
//! DESIGN.md lists them by id.

mod according;
mod adjuncts;
mod claims;
mod clause;
mod cues;
mod direct;
mod documents;
mod findings;
mod floating;
mod labels;
mod owned;
mod questions;
mod reported;
mod signed;
mod sources;
mod speaker;
mod subject;

use std::ops::Range;

use crate::actors::Actors;
use crate::coref::{resolve_description, resolve_pronoun, resolve_pronoun_except, Discourse, Seen};
use crate::document::{ActorKind, QuoteKind};
use crate::lexicon::{flag, lexicon, Case, CueFlags, EntryId, FastMap, Gender, Person, PhraseRole, Tag};
use crate::phrase::{is_cap_word, is_clause_break, np_right, subject_left, Head, Np};
use crate::quotes::Region;
use crate::rules::Rule;
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{is_dash, is_double_quote, is_single_quote, is_stop, shape, Kind, Token};
use crate::view::View;

use claims::Claims;
use cues::*;

/// The longest reported clause, in tokens.
const MAX_CLAUSE: usize = 300;

/// One attribution found by the pass.
#[derive(Debug, Clone)]
pub(crate) struct Attr {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Content spans.
    pub content: Vec<Span>,
    /// Cue spans.
    pub cue: Vec<Span>,
    /// The cue's token (a verb, the colon of a label, "in" before a poll), when one word of
    /// the text is the cue.
    pub cue_tok: Option<usize>,
    /// The speaker phrase, when the attribution names one.
    pub source: Option<Range<usize>>,
    /// The speaker.
    pub speaker: Option<usize>,
    /// The token where the attribution starts, for ordering.
    pub pos: usize,
    /// The quotation it reports, for direct and mixed attributions.
    pub region: Option<usize>,
    /// Its sentence.
    pub sent: usize,
    /// Content as token ranges.
    pub content_toks: Vec<Range<usize>>,
    /// The rule that made it.
    pub rule: Rule,
    /// The rule that found its speaker.
    pub speaker_rule: Rule,
}

/// A speaker phrase waiting for resolution.
#[derive(Debug, Clone)]
struct Frame {
    attr: Attr,
    np: Option<Np>,
    /// For a participle ("…, adding that"), take the speaker of the attribution before it.
    inherit: bool,
}

impl Frame {
    /// A frame whose speaker is the phrase `np` (or none).
    fn new(attr: Attr, np: Option<Np>) -> Frame {
        Frame {
            attr,
            np,
            inherit: false,
        }
    }
}

/// The pass over one article.
struct Pass<'a> {
    v: View<'a>,
    regions: &'a [Region],
    /// What the steps have claimed so far.
    claims: Claims,
    actors: &'a mut Actors,
    disc: Discourse,
    last_speaker: Option<(usize, usize)>,
    out: Vec<Attr>,
    /// Name mentions (first token, entity) in text order, and how many the discourse has seen.
    names: Vec<(usize, usize)>,
    next_name: usize,
    /// Named people by the body they are affiliated with and each of their roles, for "the
    /// WHL commissioner" before the article names him.
    affiliated: FastMap<(usize, EntryId), Vec<usize>>,
    /// The first anonymous group described by what it knows ("sources familiar with the
    /// talks"): later ones so described are the same sources.
    knowing_sources: Option<usize>,
    /// The first entity of each role, over the entities read so far ([`Self::by_role`]): who
    /// issues a document known by role ("prosecutors" for "the complaint").
    by_role: FastMap<EntryId, usize>,
    /// How many entities [`Self::by_role`] has read.
    roles_read: usize,
}

/// The named people of each body by role: (body, role) → people.
fn affiliated_people(actors: &Actors) -> FastMap<(usize, EntryId), Vec<usize>> {
    let mut by_role: FastMap<(usize, EntryId), Vec<usize>> = FastMap::default();
    for (e, ent) in actors.entities.iter().enumerate() {
        crate::ops::tick(1);
        if let (Some(body), false) = (ent.affiliation, ent.mentions.is_empty()) {
            for &role in &ent.roles {
                by_role.entry((body, role)).or_default().push(e);
            }
        }
    }
    by_role
}

/// Finds all attributions. Returns them in text order with the discourse state that
/// coreference continues from.
pub(crate) fn extract(text: &str, seg: &Segmented, regions: &[Region], actors: &mut Actors) -> (Vec<Attr>, Discourse) {
    let affiliated = affiliated_people(actors);
    let mut pass = Pass {
        v: View::new(text, seg),
        regions,
        claims: Claims::new(&seg.tokens, regions),
        actors,
        disc: Discourse::default(),
        last_speaker: None,
        out: Vec::new(),
        names: Vec::new(),
        next_name: 0,
        affiliated,
        knowing_sources: None,
        by_role: FastMap::default(),
        roles_read: 0,
    };
    // Name mentions by starting token, fed to the discourse as the pass reaches them.
    pass.names = pass.actors.mentions.iter().map(|m| (m.toks.start, m.entity)).collect();
    crate::sort::sort(&mut pass.names);
    let mut next_sent = 0;
    // Regions are sorted by their opening mark, so each paragraph's are the next ones.
    let region_ids: Vec<usize> = (0..regions.len()).collect();
    let para_of = |r: &Region| {
        seg.sents
            .get(seg.sent_of.get(r.open).copied().unwrap_or(0) as usize)
            .map_or(0, |s| s.para)
    };
    let mut next_region = 0;
    for (pi, para) in seg.paras.iter().enumerate() {
        let first_region = next_region;
        while next_region < regions.len() && para_of(&regions[next_region]) <= pi {
            next_region += 1;
        }
        // Sentences are in paragraph order: this paragraph's are the next ones.
        let first_sent = next_sent;
        while next_sent < seg.sents.len() && seg.sents[next_sent].para == pi {
            next_sent += 1;
        }
        // Boilerplate is not the story.
        if !para.boilerplate {
            pass.paragraph(pi, &region_ids[first_region..next_region], first_sent..next_sent);
        }
    }
    let Pass { mut out, disc, .. } = pass;
    crate::sort::by_key(&mut out, |a| (a.content.first().map_or(0, |c| c.start), a.pos));
    (out, disc)
}

impl Pass<'_> {
    /// The steps over paragraph `pi`, whose quotations are `in_para` and sentences `sents`,
    /// in the order the module's documentation gives.
    fn paragraph(&mut self, pi: usize, in_para: &[usize], sents: Range<usize>) {
        let seg = self.v.seg;
        let para = &seg.paras[pi];
        let mut frames: Vec<Frame> = Vec::new();
        for &ri in in_para {
            frames.extend(self.direct(ri));
        }
        frames.extend(self.dash_signed(para.toks.clone(), in_para));
        frames.extend(self.labelled(para.toks.clone(), para.is_title));
        if !para.is_title {
            frames.extend(self.block_quote(para.toks.clone()));
        }
        if !para.is_title && sents.len() >= 2 {
            frames.extend(self.signed(sents.clone()));
        }
        for s in sents {
            self.indirect(s, &mut frames);
        }
        frames.extend(self.embedded_post(para.toks.clone()));
        self.floating(in_para, &mut frames);
        crate::sort::by_key(&mut frames, |f| (f.attr.pos, f.attr.content.first().map(|c| c.start)));
        self.resolve(pi, frames);
        self.feed_names(para.toks.end);
    }

    /// The byte spans of token ranges, without empty ones.
    fn spans_of(&self, ranges: &[Range<usize>]) -> Vec<Span> {
        ranges
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| self.v.span_of(r))
            .collect()
    }

    /// The span of the cue at `v`: with its particle or the verb its phrase starts with
    /// ("pointed out", "went on to say").
    fn cue_span(&self, v: usize) -> Span {
        if let Some((len, _)) = self.verb_phrase_at(v, self.v.len()) {
            return Span::new(self.v.toks[v].start, self.v.toks[v + len - 1].end);
        }
        let start = self.phrase_start(v);
        if start < v {
            return Span::new(self.v.toks[start].start, self.v.toks[v].end);
        }
        self.v.toks[v].span()
    }

    /// An attribution made by `rule`: its kind and quotation (as [`Claims::mixed_kind`] gives
    /// them), content, cue token, speaker phrase and position.
    fn new_attr(
        &self,
        rule: Rule,
        (kind, region): (QuoteKind, Option<usize>),
        content: Vec<Range<usize>>,
        cue: Option<usize>,
        np: Option<&Np>,
        pos: usize,
    ) -> Attr {
        Attr {
            kind,
            content: self.spans_of(&content),
            cue: cue.map(|v| self.cue_span(v)).into_iter().collect(),
            cue_tok: cue,
            source: np.map(|n| n.toks.clone()),
            speaker: None,
            pos,
            region,
            sent: self.v.sentence_of(pos.min(self.v.len() - 1)),
            content_toks: content,
            rule,
            speaker_rule: Rule::None,
        }
    }
}

#[cfg(test)]
mod tests;
