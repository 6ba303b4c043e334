//! Attribution: who said what.
//!
//! The pass walks the article paragraph by paragraph. For each paragraph it
//! 1. attributes each quotation to a cue beside it: after the closing mark (`"…," X said`,
//!    `"…," said X`) or before the opening mark (`X said: "…"`, `X told reporters, "…"`);
//! 2. reads every other cue as reported speech: `X said (that) CLAUSE`, `CLAUSE, X said`,
//!    `CLAUSE, X said, CLAUSE`, `according to X, CLAUSE`, `X pledged to …`, and a quotation
//!    inside such a clause makes it `mixed`;
//! 3. gives each remaining quotation that reads as speech to the last speaker (a floating
//!    quote), and leaves short quoted labels ("a scare quote", a committee's name) alone;
//!
//! Speaker phrases are resolved to actors in text order, so that "she" finds the right person.

use std::ops::Range;

use crate::actors::Actors;
use crate::coref::{resolve_description, resolve_pronoun, Discourse, Seen};
use crate::document::{ActorKind, QuoteKind};
use crate::lexicon::{flag, lexicon, Case, CueFlags, Gender, Person, PhraseRole, Tag};
use crate::phrase::{is_cap_word, is_clause_break, np_right, subject_left, Head, Np};
use crate::quotes::Region;
use crate::rules::Rule;
use crate::segment::Segmented;
use crate::text::Span;
use crate::tokens::{is_dash, is_double_quote, is_single_quote, is_stop, shape, Kind, Token};
use crate::view::View;

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
}

/// A speaker phrase waiting for resolution.
#[derive(Debug, Clone)]
struct Frame {
    attr: Attr,
    np: Option<Np>,
    /// For a participle ("…, adding that"), take the speaker of the attribution before it.
    inherit: bool,
}

struct Pass<'a> {
    v: View<'a>,
    regions: &'a [Region],
    /// Per token: region index + 1 for content tokens and marks, else 0.
    region_at: Vec<u32>,
    /// Per region: whether an attribution has taken it.
    claimed: Vec<bool>,
    /// Per token: whether the cue at this token has been used.
    used: Vec<bool>,
    /// Per token: whether the token is inside some attribution's content.
    in_content: Vec<bool>,
    actors: &'a mut Actors,
    disc: Discourse,
    last_speaker: Option<(usize, usize)>,
    out: Vec<Attr>,
    /// Name mentions (first token, entity) in text order, and how many the discourse has seen.
    names: Vec<(usize, usize)>,
    next_name: usize,
}

/// Finds all attributions. Returns them in text order with the discourse state that
/// coreference continues from.
pub(crate) fn extract(text: &str, seg: &Segmented, regions: &[Region], actors: &mut Actors) -> (Vec<Attr>, Discourse) {
    let toks = &seg.tokens[..];
    let mut region_at = vec![0u32; toks.len()];
    for (ri, r) in regions.iter().enumerate() {
        region_at[r.open] = ri as u32 + 1;
        if let Some(c) = r.close {
            region_at[c] = ri as u32 + 1;
        }
        for p in &r.parts {
            for k in p.clone() {
                region_at[k] = ri as u32 + 1;
            }
            // The reopening mark of a continued paragraph.
            if p.start > 0
                && region_at[p.start - 1] == 0
                && toks[p.start - 1].kind == Kind::Punct
                && is_double_quote(toks[p.start - 1].ch)
            {
                region_at[p.start - 1] = ri as u32 + 1;
            }
        }
    }
    let mut pass = Pass {
        v: View::new(text, seg),
        regions,
        region_at,
        claimed: vec![false; regions.len()],
        used: vec![false; toks.len()],
        in_content: vec![false; toks.len()],
        actors,
        disc: Discourse::default(),
        last_speaker: None,
        out: Vec::new(),
        names: Vec::new(),
        next_name: 0,
    };
    // Name mentions by starting token, fed to the discourse as the pass reaches them.
    pass.names = pass.actors.mentions.iter().map(|m| (m.toks.start, m.entity)).collect();
    pass.names.sort_unstable();
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
        let in_para = &region_ids[first_region..next_region];
        // Sentences are in paragraph order: this paragraph's are the next ones.
        let first_sent = next_sent;
        while next_sent < seg.sents.len() && seg.sents[next_sent].para == pi {
            next_sent += 1;
        }
        if para.boilerplate {
            // Boilerplate is not the story.
            continue;
        }
        let mut frames: Vec<Frame> = Vec::new();
        for &ri in in_para {
            if let Some(f) = pass.direct(ri) {
                frames.push(f);
            }
        }
        if let Some(f) = pass.labelled(para.toks.clone(), para.is_title) {
            frames.push(f);
        }
        if !para.is_title {
            if let Some(f) = pass.block_quote(para.toks.clone()) {
                frames.push(f);
            }
        }
        if !para.is_title && next_sent - first_sent >= 2 {
            if let Some(f) = pass.signed(first_sent..next_sent) {
                frames.push(f);
            }
        }
        for s in first_sent..next_sent {
            pass.indirect(s, &mut frames);
        }
        // An embedded post holds its own attributions ("… the union says …"): it is read last
        // and may contain them.
        if let Some(f) = pass.embedded_post(para.toks.clone()) {
            frames.push(f);
        }
        pass.floating(in_para, &mut frames);
        frames.sort_by_key(|f| (f.attr.pos, f.attr.content.first().map(|c| c.start)));
        pass.resolve(pi, frames);
        pass.feed_names(para.toks.end);
    }
    let Pass { mut out, disc, .. } = pass;
    out.sort_by_key(|a| (a.content.first().map_or(0, |c| c.start), a.pos));
    (out, disc)
}

/// Longest speaker label before a colon, in tokens ("Senator Jane Doe:").
const MAX_LABEL_WORDS: usize = 4;

/// How many tokens a source phrase after "according to" may have ("early results of exit
/// polls conducted for the Harbour Times and two networks").
const MAX_SOURCE_PHRASE: usize = 20;

/// How many tokens an opening phrase before a subject may have ("In a statement on Monday,").
const MAX_OPENING_PHRASE: usize = 14;

/// Whether `word` is the base or -s form of the cue verb `lemma`, the forms a noun shares
/// ("state", "states"; not "stated", "stating").
fn noun_form(word: &str, lemma: &str) -> bool {
    word.eq_ignore_ascii_case(lemma)
        || (word.len() > lemma.len()
            && word.as_bytes()[..lemma.len()].eq_ignore_ascii_case(lemma.as_bytes())
            && matches!(&word[lemma.len()..], "s" | "es"))
}

/// The forms of "be", before a passive participle.
const BE_FORMS: [&str; 7] = ["is", "are", "was", "were", "be", "been", "being"];

/// Words that open an indirect question ("asked whether …", "said why …").
const QUESTION_WORDS: [&str; 6] = ["whether", "if", "why", "how", "what", "when"];

/// Particles that complete a phrasal verb ("backed away", "put out a statement").
const PARTICLES: [&str; 5] = ["away", "down", "off", "out", "up"];

/// Whether `word` is a past form of the cue verb `lemma` ("said", "stated"): neither a form a
/// noun shares nor a participle in -ing.
fn past_form(word: &str, lemma: &str) -> bool {
    !noun_form(word, lemma) && !word.ends_with("ing")
}

impl Pass<'_> {
    /// Tells the discourse about every name mention before token `upto`. Names inside
    /// quotations are what speakers talk about; they are not antecedents for the reporter's
    /// "she said" or "the company said".
    fn feed_names(&mut self, upto: usize) {
        while self.next_name < self.names.len() && self.names[self.next_name].0 < upto {
            let (pos, e) = self.names[self.next_name];
            self.next_name += 1;
            if self.region_at[pos] != 0 {
                continue;
            }
            let sent = self.v.seg.sent_of[pos] as usize;
            let prominent = self.is_subject_position(pos, sent);
            self.disc.note(Seen {
                entity: e,
                pos,
                sent,
                prominent,
            });
        }
    }

    /// Whether token `k` is a particle of a phrasal verb ([`PARTICLES`]).
    fn is_particle(&self, k: usize) -> bool {
        self.v.is_any(k, &PARTICLES)
    }

    /// Whether a mention starting at `pos` is the subject of its sentence (only titles,
    /// determiners or an opening mark before it).
    fn is_subject_position(&self, pos: usize, sent: usize) -> bool {
        let start = self.v.seg.sents[sent].toks.start;
        // Before the name only capitals, determiners and the words of a title: "Chinese
        // Foreign Ministry spokesperson Lu Kang gave …".
        let first = pos - start <= 8
            && (start..pos).all(|k| {
                let t = &self.v.toks[k];
                (t.kind == Kind::Word
                    && (t.is(shape::CAP)
                        || t.lex().tag == Some(Tag::Det)
                        || t.lex().has(flag::TITLE | flag::ROLE | flag::ORG_HEAD | flag::DEMONYM)))
                    // A comma sets off an appositive: "Ana Ruiz, Donald Trump's adviser, …"
                    // has its subject first.
                    || (t.kind == Kind::Punct && t.ch != ',')
            });
        first || self.after_opening_phrase(pos, start)
    }

    /// Whether the name at `pos` is the subject after an opening phrase and its comma, set off
    /// by an appositive: "Given the vote, Ana Ruiz, the union's president, is hopeful".
    fn after_opening_phrase(&self, pos: usize, start: usize) -> bool {
        if pos - start > MAX_OPENING_PHRASE || !crate::phrase::after_first_comma(&self.v, pos, start) {
            return false;
        }
        let Some(m) = self.actors.name_mention_at(pos) else {
            return false;
        };
        let after = self.actors.mentions[m].toks.end;
        // Set off by an appositive of its own; a name followed straight by a verb there is as
        // often an object of the opening phrase's sense ("In 1955, Ruiz was hired").
        self.v.toks.get(after).is_some_and(|t| t.is_punct(','))
    }

    /// The cue verb at token `k`, if it is one and not part of a quotation.
    #[inline]
    fn cue_at(&self, k: usize) -> Option<CueFlags> {
        // Most words are no verb of saying: they are turned away without a call.
        let t = self.v.toks.get(k)?;
        if t.kind != Kind::Word || t.lex().cue.is_none() || self.region_at[k] != 0 || t.is(shape::ALL_CAPS) {
            return None;
        }
        self.cue_from(k)
    }

    /// [`Pass::cue_at`] for a word outside quotation marks whose entry is a verb of saying.
    #[inline(never)]
    fn cue_from(&self, k: usize) -> Option<CueFlags> {
        let t = self.v.toks.get(k)?;
        let e = t.lex();
        let verb = &lexicon().cues[e.cue? as usize];
        let flags = verb.flags;
        // "the said agreement", "to say" after a verb of refusal are not attributions.
        if k > 0
            && self.v.toks[k - 1].is_det()
            && !crate::phrase::opening_quantity(&self.v, k - 1, self.v.sentence(k).start)
        {
            return None;
        }
        if flags.noun() && self.noun_reading(k, verb.lemma) {
            return None;
        }
        if let Some(n) = self.v.toks.get(k + 1) {
            let w = t.text(self.v.text);
            let lower_word_after = n.kind == Kind::Word && !n.is(shape::CAP);
            // "a GOP state senator", "the report card": a base form before a role or body noun
            // modifies that noun.
            let noun_after = lower_word_after
                && n.start == t.end + 1
                && ((flags.noun() && n.lex().has(flag::TITLE | flag::ROLE | flag::ORG_HEAD))
                    // "federal and state law": after "and", a base form before a plain noun is
                    // that noun's modifier (unless the verb takes an addressee: "and tell
                    // reporters").
                    || (k > 0
                        && self.v.is(k - 1, "and")
                        && !verb.flags.addressee()
                        && n.lex().cue.is_none()
                        && !n.lex().has(flag::FUNCTION | flag::PRONOUN)
                        && !n.text(self.v.text).ends_with("ly")));
            if noun_after && w.eq_ignore_ascii_case(verb.lemma) {
                return None;
            }
            // "the civil claim said", "campaign-finance reports show": a word right before a
            // finite verb of saying is the noun that speaks. A base form only after a plural
            // noun that a determiner, owner or modifier shows ("Hua's comments add"); in
            // "warned state officials" it is a modifier.
            let p = k.checked_sub(1).map(|j| &self.v.toks[j]);
            let plural_noun = w.ends_with('s')
                && p.is_some_and(|p| {
                    p.kind == Kind::Word
                        && (p.is(shape::POSSESSIVE)
                            || p.is_det()
                            || !p.is(shape::CAP) && !p.lex().has(flag::FUNCTION | flag::PRONOUN | flag::CUE))
                });
            let next_speaks = lower_word_after
                && n.start <= t.end + 1
                && n.lex().cue.is_some_and(|nc| {
                    let next = &lexicon().cues[nc as usize];
                    let nw = n.text(self.v.text);
                    next.flags.speech() && !nw.ends_with("ing") && (plural_noun || !nw.eq_ignore_ascii_case(next.lemma))
                });
            // A past form ("said states like Ohio …") is a verb, never the noun that speaks.
            if next_speaks && !w.ends_with("ing") && !past_form(w, verb.lemma) {
                return None;
            }
        }
        // A capitalized cue word inside a sentence is part of a name ("United States", "The
        // Washington Post"), except in headlines.
        let para = self.v.para_of(k);
        if t.is(shape::CAP) && !para.is_title && (self.actors.name_mention_at(k).is_some() || !self.sentence_initial(k))
        {
            return None;
        }
        // In a headline only the plain verbs of saying attribute ("Minister Says …"); a word
        // like "States" or "Reports" there is a noun.
        if para.is_title
            && !matches!(
                verb.lemma,
                "say" | "tell" | "warn" | "urge" | "insist" | "vow" | "pledge" | "admit" | "deny"
            )
        {
            return None;
        }
        // "The index added 0.4 per cent": a gain, not a remark.
        if verb.lemma == "add" && self.v.toks.get(k + 1).is_some_and(|n| n.kind == Kind::Number) {
            return None;
        }
        // "five coastal states", "many reports": a plural noun after a number, not a verb.
        let w = t.text(self.v.text);
        if w.ends_with('s') && !w.eq_ignore_ascii_case("says") {
            let counted = (k.saturating_sub(2)..k).any(|j| {
                let p = &self.v.toks[j];
                p.kind == Kind::Number
                    || matches!(p.lex().tag, Some(Tag::Num))
                    || self.v.is(j, "many")
                    || self.v.is(j, "several")
            });
            if counted {
                return None;
            }
        }
        Some(flags)
    }

    /// Whether the cue word at `k`, one that is also a noun, stands where no finite verb
    /// can: after an owner ("Trump's tweet", "her promise"), after a preposition ("the
    /// secretary of state") or a form of have or be ("have claims"), before "of" ("his home
    /// state of Vermont"), after a singular
    /// phrase that a determiner opens ("the TLC reality show"), or before a relative clause
    /// with no subject ("Rust Belt states that have suffered").
    fn noun_reading(&self, k: usize, lemma: &str) -> bool {
        let toks = self.v.toks;
        let w = toks[k].text(self.v.text);
        // Only the base and -s forms are nouns: "stated", "stating" are verbs.
        if !noun_form(w, lemma) {
            return false;
        }
        let base = w.eq_ignore_ascii_case(lemma);
        let prev = k.checked_sub(1).map(|j| &toks[j]).filter(|p| p.kind == Kind::Word);
        if let Some(p) = prev {
            let pe = p.lex();
            let owner = p.is(shape::POSSESSIVE) || crate::phrase::is_owner_pronoun(p, self.v.text);
            let after_prep = pe.tag == Some(Tag::Prep) && !p.text(self.v.text).eq_ignore_ascii_case("to");
            // "have claims in the area", "is a report": after a form of have or be (not do),
            // a base or -s form is no verb.
            let after_aux = pe.tag == Some(Tag::Aux)
                && !["do", "does", "did"]
                    .iter()
                    .any(|d| p.text(self.v.text).eq_ignore_ascii_case(d));
            // "He said states like Ohio will decide": right after a past form of a verb of
            // saying (not its base or -s form, which may itself be a noun), no second finite
            // verb can stand.
            let after_past_cue = pe
                .cue
                .is_some_and(|c| past_form(p.text(self.v.text), lexicon().cues[c as usize].lemma));
            if owner || after_prep || after_aux || after_past_cue {
                return true;
            }
            // "his home state of Vermont", but "Sanders boasts of his record".
            let modifier = !p.is(shape::CAP) && pe.pron.is_none() && !pe.has(flag::FUNCTION);
            if modifier && self.v.is(k + 1, "of") {
                return true;
            }
            // A base form agrees with no singular subject that a determiner or owner opens:
            // "a new report compares …", "the MSNBC show", but "Ruiz and the mayor state".
            let singular = pe.pron.is_none() && !pe.has(flag::FUNCTION) && !p.text(self.v.text).ends_with('s');
            if base && singular {
                let opener = (k.saturating_sub(4)..k - 1)
                    .rev()
                    .take_while(|&j| toks[j].kind == Kind::Word)
                    .find(|&j| toks[j].is_det() || toks[j].lex().pron.is_some());
                if opener.is_some_and(|j| j == 0 || !(self.v.is(j - 1, "and") || self.v.is(j - 1, "or"))) {
                    return true;
                }
            }
        }
        // "states that have suffered": a "that" with no subject opens a relative clause.
        self.v.is(k + 1, "that")
            && toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)))
    }

    /// Whether token `k` starts its sentence (after any opening quotation marks or brackets).
    fn sentence_initial(&self, k: usize) -> bool {
        let start = self.v.sentence(k).start;
        k - start <= 4 && (start..k).all(|j| self.v.toks[j].kind == Kind::Punct)
    }

    /// Whether the verb at `v` is a passive or infinitive use that attributes nothing
    /// ("is said to", "was told", "to say").
    fn is_passive_or_bare(&self, v: usize) -> bool {
        if v == 0 {
            return false;
        }
        let w = self.v.word(v);
        let participle = w.ends_with("ed")
            || ["said", "told", "written", "thought", "known", "shown", "found", "asked"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p));
        if participle && self.be_before(v, 0) {
            return true;
        }
        // "to say" is an infinitive unless a verb of saying governs it ("went on to say").
        self.v.is(v - 1, "to") && !(v >= 2 && self.v.is(v - 2, "on"))
    }

    /// Whether a form of "be" comes before the participle at `v`, perhaps with adverbs
    /// between, not before `lo`: "was told", "are often asked", "was not told", "was first
    /// asked".
    fn be_before(&self, v: usize, lo: usize) -> bool {
        let mut b = v;
        while b > lo && v - b < 2 && {
            let t = &self.v.toks[b - 1];
            t.kind == Kind::Word
                && !t.is(shape::CAP)
                && (matches!(t.lex().tag, Some(Tag::Adv | Tag::Neg))
                    || t.lex().has(flag::ADJUNCT_ADVERB)
                    || (t.text(self.v.text).ends_with("ly") && t.end - t.start > 4)
                    || self.v.is(b - 1, "first"))
        } {
            b -= 1;
        }
        b > lo && BE_FORMS.iter().any(|w| self.v.is(b - 1, w))
    }

    /// Skips adjuncts after a cue verb: a weekday, "on Tuesday", "in a statement", "to
    /// reporters", "last week", "earlier". Returns the next token index.
    fn skip_adjuncts(&self, mut k: usize, hi: usize) -> usize {
        let mut rounds = 0;
        while k < hi && rounds < 4 {
            rounds += 1;
            let t = &self.v.toks[k];
            if t.kind != Kind::Word {
                break;
            }
            let e = t.lex();
            let possessed = self.v.toks.get(k + 1).is_some_and(|n| n.is(shape::POSSESSIVE));
            let lower = |j: usize, bits: u64| {
                self.v
                    .toks
                    .get(j)
                    .is_some_and(|u| u.kind == Kind::Word && !u.is(shape::CAP) && u.lex().has(bits))
            };
            if e.has(flag::CALENDAR) && !e.calendar.is_some_and(|(m, _)| m) && !possessed {
                k += 1;
                while k < hi && lower(k, flag::DAY_PART) {
                    k += 1;
                }
                continue;
            }
            if e.has(flag::ADJUNCT_ADVERB) {
                k += 1;
                continue;
            }
            if e.has(flag::TIME_START) && k + 1 < hi && lower(k + 1, flag::TIME_UNIT) {
                k += 2;
                continue;
            }
            // A nominal cue phrase ("in a statement", "at a news conference").
            if let Some((len, role)) = self.phrase_at(k, hi) {
                if role == PhraseRole::Nominal {
                    k += len;
                    // The phrase's noun may go on: "in a video message", "in a statement
                    // issued".
                    let mut extra = 0;
                    while k < hi && extra < 2 {
                        let u = &self.v.toks[k];
                        let noun_on = u.kind == Kind::Word
                            && !u.is(shape::CAP)
                            && !u.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN);
                        if !noun_on || self.v.is(k, "that") {
                            break;
                        }
                        k += 1;
                        extra += 1;
                    }
                    // "in a statement on Monday", "in an interview with CBC News"
                    if k < hi && matches!(self.v.word(k), "with" | "to" | "on" | "from" | "posted" | "released") {
                        let mut j = k + 1;
                        let mut n = 0;
                        while j < hi && n < 6 && !matches!(self.v.toks[j].kind, Kind::Punct) && !self.v.is(j, "that") {
                            j += 1;
                            n += 1;
                        }
                        k = j;
                    }
                    continue;
                }
            }
            // "on Monday", "in July": a date after the preposition is the whole adjunct.
            if e.has(flag::ADJUNCT_PREP) && self.v.toks.get(k + 1).is_some_and(|n| n.lex().has(flag::CALENDAR)) {
                let mut j = k + 2;
                while j < hi && (lower(j, flag::DAY_PART) || self.v.toks[j].kind == Kind::Number) {
                    j += 1;
                }
                // Not "during Saturday's debate".
                if !self.v.toks.get(j).is_some_and(|n| n.is(shape::POSSESSIVE)) {
                    k = j;
                    continue;
                }
            }
            if e.has(flag::ADJUNCT_PREP) && k + 1 < hi {
                // "on Tuesday", "on Twitter", "in Ottawa", "to reporters", "at a rally": a short
                // phrase ending before "that", a comma, a colon, a quotation mark or a subject
                // pronoun ("said on Twitter it would …").
                let mut j = k + 1;
                let mut n = 0;
                while j < hi && n < 9 {
                    let u = &self.v.toks[j];
                    if let Some(e) = self.quoted_name_end(j).filter(|&e| e <= hi) {
                        j = e;
                        n += 2;
                        continue;
                    }
                    // (A cue word after a determiner is a noun: "in the report that".)
                    let verb = u.lex().has(flag::CUE) && !u.is(shape::CAP) && !self.v.toks[j - 1].is_det();
                    let subject = matches!(u.lex().pron, Some((_, Case::Subj)));
                    if u.kind == Kind::Punct || self.v.is(j, "that") || verb || subject {
                        break;
                    }
                    j += 1;
                    n += 1;
                }
                let stop = self.v.toks.get(j);
                // Before a subject pronoun only a plain phrase ends ("on Twitter it"), not an
                // infinitive or a clause ("to discuss whether it").
                let plain = !self.infinitive_at(k)
                    && (k + 1..j).all(|i| !matches!(self.v.toks[i].lex().tag, Some(Tag::Sub | Tag::Wh | Tag::Conj)));
                let ends_well = j >= hi
                    || stop.is_some_and(|s| {
                        (s.kind == Kind::Punct && matches!(s.ch, ',' | ':' | '.') || is_double_quote(s.ch))
                            || self.v.is(j, "that")
                            || (plain && matches!(s.lex().pron, Some((_, Case::Subj))))
                    });
                // A longer phrase only when "that" closes it ("said during a rally in Leeds
                // on Friday that …").
                if ends_well && (n <= 5 || self.v.is(j, "that")) {
                    k = j;
                    continue;
                }
            }
            break;
        }
        k
    }

    /// Whether a verb of saying after a comma at or past `from` may report the clause before
    /// it ("Canada preferred immigrants who …, Foster writes."), which a noun-phrase target
    /// inside that clause must then leave whole.
    fn reported_later(&self, from: usize, hi: usize) -> bool {
        // (A verb of saying that ends the sentence, not a participle: "…, saying …" reports
        // what follows it.)
        let ends = |c: usize| {
            let stop = (c + 1..hi.min(c + 12)).find(|&j| self.v.toks[j].kind == Kind::Punct);
            match stop {
                Some(j) => matches!(self.v.toks[j].ch, '.' | '!' | '?'),
                None => c + 12 >= hi,
            }
        };
        (from..hi.min(from + MAX_CLAUSE)).any(|j| {
            self.v.toks[j].is_punct(',')
                && (j + 1..hi.min(j + 8))
                    .take_while(|&c| c == j + 1 || !crate::phrase::is_verbish(&self.v.toks[c - 1]))
                    .any(|c| {
                        !self.v.toks[c].is(shape::CAP)
                            && !self.v.word(c).ends_with("ing")
                            && self.cue_at(c).is_some_and(|f| f.speech())
                            && !self.is_passive_or_bare(c)
                            && ends(c)
                    })
        })
    }

    /// Where the subject of verb `v` ends when a phrase naming the medium stands between them
    /// ("Ruiz in an interview said", "Berg in a letter to members wrote", "the governor on
    /// Fox News said"): the phrase's first token, else `v`.
    fn medium_left(&self, v: usize, lo: usize) -> usize {
        for j in (v.saturating_sub(10).max(lo + 1)..v).rev() {
            let t = &self.v.toks[j];
            if t.kind != Kind::Word || (t.lex().pron.is_some() && j + 1 == v) {
                break;
            }
            let nominal = self
                .phrase_at(j, v)
                .is_some_and(|(_, role)| role == PhraseRole::Nominal);
            // "in a Medium post", "in her weekly column": a document right before the verb.
            let document = self.v.is(j, "in")
                && j + 2 < v
                && v - j <= 5
                && self.v.toks[v - 1].lex().has(flag::DOCUMENT)
                && (j + 2..v).all(|k| !matches!(self.v.toks[k].lex().tag, Some(Tag::Prep | Tag::Sub | Tag::Conj)))
                && (matches!(self.v.toks[j + 1].lex().tag, Some(Tag::Det))
                    || matches!(self.v.toks[j + 1].lex().pron, Some((_, Case::Poss))));
            // "on Twitter", "on Fox News": a name that is no date.
            let outlet = self.v.is(j, "on")
                && j + 1 < v
                && self.v.toks[j + 1].lex().has(flag::ORG_NAME | flag::MEDIA_WORD)
                && !self.v.toks[j - 1].lex().has(flag::ORG_HEAD)
                && (j + 1..v).all(|k| {
                    let u = &self.v.toks[k];
                    u.kind == Kind::Word && u.is(shape::CAP) && !u.lex().has(flag::CALENDAR)
                });
            if (nominal && self.skip_adjuncts(j, v) == v) || outlet || document {
                let before = &self.v.toks[j - 1];
                let noun_end = before.kind == Kind::Word
                    && !crate::phrase::is_verbish(before)
                    && !matches!(before.lex().tag, Some(Tag::Adv | Tag::Prep | Tag::Conj | Tag::Sub));
                return if noun_end { j } else { v };
            }
        }
        v
    }

    /// A multi-word cue phrase starting at `k`: its length in tokens and its role (the
    /// longest that matches).
    #[inline]
    fn phrase_at(&self, k: usize, hi: usize) -> Option<(usize, PhraseRole)> {
        // Most words start no phrase: they are turned away without a call.
        if !self.v.toks.get(k)?.lex().has(flag::PHRASE_START) {
            return None;
        }
        self.phrase_from(k, hi)
    }

    /// [`Pass::phrase_at`] for a word that starts some phrase.
    #[inline(never)]
    fn phrase_from(&self, k: usize, hi: usize) -> Option<(usize, PhraseRole)> {
        let t = self.v.toks.get(k)?;
        let candidates = lexicon().phrases.get(&t.entry_id())?;
        let mut best: Option<(usize, PhraseRole)> = None;
        for (ids, role) in candidates {
            let n = ids.len();
            if k + n > hi || best.is_some_and(|(b, _)| b >= n) {
                continue;
            }
            let matches = ids
                .iter()
                .zip(&self.v.toks[k..k + n])
                .all(|(&id, tok)| tok.kind == Kind::Word && tok.entry_id() == id);
            if matches {
                best = Some((n, *role));
            }
        }
        best
    }

    /// A verb phrase acting as a cue at `v` ("pointed out", "called for"): its length, and
    /// whether its object is what it reports.
    fn verb_phrase_at(&self, v: usize, hi: usize) -> Option<(usize, bool)> {
        match self.phrase_at(v, hi)? {
            (len, PhraseRole::Verb) => Some((len, false)),
            (len, PhraseRole::Object) => Some((len, true)),
            _ => None,
        }
    }

    /// When token `j` opens a short quoted name that a lowercase noun follows ("the “Today”
    /// show", "its “Green Streets” plan"), the index past that noun.
    fn quoted_name_end(&self, j: usize) -> Option<usize> {
        let ri = self.region_at.get(j).copied().filter(|&r| r != 0)? as usize - 1;
        let r = &self.regions[ri];
        let c = r.close?;
        let noun = self.v.toks.get(c + 1)?;
        let names_noun = r.open == j
            && noun.kind == Kind::Word
            && !noun.is(shape::CAP)
            && !noun.lex().has(flag::FUNCTION)
            && noun.lex().cue.is_none();
        (names_noun && r.words(self.v.toks) <= 4).then_some(c + 2)
    }

    /// Past a short title in quotation marks opening at `j` ("“Good Morning America”"): the
    /// token after its closing mark.
    fn quoted_title_end(&self, j: usize, hi: usize) -> Option<usize> {
        let r = &self.regions[self.region_at.get(j)?.checked_sub(1)? as usize];
        let short_title =
            r.open == j && r.parts.len() == 1 && r.words(self.v.toks) <= 8 && r.title_case(self.v.text, self.v.toks);
        r.close.filter(|&c| short_title && c < hi).map(|c| c + 1)
    }

    /// Skips the addressee of a verb like "told": a pronoun, a name, or a short noun phrase.
    fn skip_object(&self, k: usize, hi: usize) -> usize {
        if k >= hi {
            return k;
        }
        let t = &self.v.toks[k];
        if t.kind == Kind::Word && matches!(t.lex().pron, Some((_, crate::lexicon::Case::Obj))) {
            return k + 1;
        }
        // A programme named in quotation marks: "told “Good Morning America” that …".
        if let Some(e) = self.quoted_title_end(k, hi) {
            return e;
        }
        if t.kind == Kind::Word
            && (t.is(shape::CAP)
                || t.lex().tag == Some(Tag::Det)
                || t.lex().has(flag::GROUP)
                || t.text(self.v.text) == "reporters")
        {
            let mut j = k;
            let mut n = 0;
            while j < hi && n < 7 {
                let u = &self.v.toks[j];
                // "asked the board to delay the vote": an infinitive ends the addressee.
                if j > k && self.infinitive_at(j) {
                    break;
                }
                if let Some(e) = self
                    .quoted_name_end(j)
                    .filter(|&e| e <= hi)
                    .or_else(|| self.quoted_title_end(j, hi))
                {
                    j = e;
                    n += 2;
                    continue;
                }
                let ok = u.kind == Kind::Word
                    && !self.v.is(j, "that")
                    && (u.is(shape::CAP) || !u.lex().has(flag::CUE))
                    && (u.is(shape::CAP)
                        || !matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal | Tag::Sub | Tag::Conj))
                            && !u.lex().has(flag::PRONOUN))
                    || u.is(shape::POSSESSIVE)
                    || (u.is_punct('.') && j > 0 && self.v.toks[j - 1].is(shape::DOTTED));
                if !ok {
                    break;
                }
                // Stop after a head noun followed by something that starts content.
                j += 1;
                n += 1;
                if u.kind == Kind::Word
                    && !u.is(shape::CAP)
                    && (u.lex().has(flag::GROUP | flag::ROLE) || u.text(self.v.text) == "reporters")
                {
                    break;
                }
                if u.is(shape::CAP)
                    && j < hi
                    && !self.v.toks[j].is(shape::CAP)
                    && !self.v.toks[j].is(shape::POSSESSIVE)
                    && self.v.toks[j].kind == Kind::Word
                {
                    break;
                }
            }
            return j;
        }
        k
    }

    /// Where reported content after token `k` ends: before the sentence's final punctuation,
    /// a semicolon or dash break, or a following ", adding"/", according to".
    fn content_end(&self, k: usize, hi: usize) -> usize {
        // A reported clause is not longer than this many tokens; the cap keeps a pathological
        // sentence (no punctuation for megabytes) linear.
        let hi = hi.min(k + MAX_CLAUSE);
        let mut j = k;
        while j < hi {
            crate::ops::tick(1);
            let t = &self.v.toks[j];
            if is_clause_break(t) && self.region_at[j] == 0 && !is_dash(t.ch) {
                break;
            }
            if t.is_punct(',') && self.region_at[j] == 0 && j + 1 < hi {
                let n = j + 1;
                let participle = self.cue_at(n).is_some() && self.v.word(n).ends_with("ing");
                if participle || self.phrase_at(n, hi).is_some_and(|(_, r)| r == PhraseRole::SourceAfter) {
                    break;
                }
                // ", she said" / ", said Smith" inside the clause: a parenthetical of its own;
                // ", Mr. McKinley said that …": a new speaker's clause.
                if self.parenthetical_cue(n, hi).is_some() || (j > k && self.subject_and_cue(n, hi)) {
                    break;
                }
                // ", which he called …": a relative clause with a speaker of its own.
                let relative = self.v.is(n, "which") || self.v.is(n, "whom");
                if j > k && relative && self.subject_and_cue(n + 1, hi) {
                    break;
                }
            }
            // A second verb of saying starts its own attribution: "…, and added that …", "… but
            // said …" (sharing the subject), "…, though she acknowledged …", "… and Democrats
            // accused …" (with a subject of its own).
            if self.region_at[j] == 0 {
                let conj = self.v.is(j, "and") || self.v.is(j, "but");
                let joins = conj
                    || (j > k
                        && self.v.toks[j - 1].is_punct(',')
                        && (self.v.is(j, "though") || self.v.is(j, "although") || self.v.is(j, "while")));
                // (Inside a clause that a subordinator opens, only after a first conjunct with
                // a verb: in "said when Ruiz and other members dismiss …" the "and" joins two
                // subjects.)
                let verb_before = || {
                    self.v.toks[k].lex().tag != Some(Tag::Sub)
                        || (k..j).any(|i| {
                            let t = &self.v.toks[i];
                            crate::phrase::is_verbish(t)
                                || (t.kind == Kind::Word && !t.is(shape::CAP) && t.text(self.v.text).ends_with("ed"))
                        })
                };
                if (conj && self.coordinated_cue(j + 1, hi).is_some())
                    || (joins && self.subject_and_cue(j + 1, hi) && (!conj || verb_before()))
                {
                    break;
                }
            }
            j += 1;
        }
        // Drop final punctuation (keeping a closing quotation mark with its quote).
        while j > k {
            let t = &self.v.toks[j - 1];
            let stop = matches!(t.ch, '.' | ',' | ';' | ':' | '!' | '?') && self.region_at[j - 1] == 0;
            if t.kind == Kind::Punct && (stop || is_dash(t.ch)) {
                j -= 1;
            } else {
                break;
            }
        }
        j
    }

    /// Whether a short subject (a pronoun, a name, or a determiner and noun) and then a verb
    /// of saying start at `n`: "she acknowledged", "Democrats accused", "the senator said".
    fn subject_and_cue(&self, n: usize, hi: usize) -> bool {
        let mut v = n;
        while v < hi && v < n + 5 {
            let t = &self.v.toks[v];
            let subject_word = crate::tokens::is_abbrev_period(self.v.toks, v) && v > n
                || t.kind == Kind::Word
                    && (t.is(shape::CAP)
                        || matches!(t.lex().pron, Some((_, Case::Subj)))
                        || (v == n && t.lex().tag == Some(Tag::Det))
                        || crate::phrase::is_speaker_noun(t)
                        // Up to two lowercase modifiers before a speaker noun: "human rights groups".
                        || self.is_lower_modifier(v)
                        || (self.is_lower_modifier(v + 1) && !t.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)));
            if !subject_word {
                break;
            }
            v += 1;
        }
        if v == n || !self.ends_in_subject_head(v - 1) {
            // A share or quantity that the word test above does not read ("and one in four
            // said …", "and 40 percent say …"): the subject reader decides.
            let quantity = self.v.toks.get(n).is_some_and(|t| {
                t.kind == Kind::Number || t.lex().has(flag::PEOPLE_QUANTITY) || t.lex().tag == Some(Tag::Num)
            });
            return quantity
                && (n + 1..hi.min(n + 8))
                    .find(|&c| self.cue_at(c).is_some())
                    .is_some_and(|c| {
                        self.cue_at(c).is_some_and(|f| f.speech())
                            && subject_left(&self.v, c, n).is_some_and(|np| np.toks.start == n)
                    });
        }
        let mut aux = false;
        while v < hi && v < n + 6 && crate::phrase::is_verb_filler(&self.v.toks[v], self.v.text) {
            aux |= matches!(self.v.toks[v].lex().tag, Some(Tag::Aux));
            v += 1;
        }
        // "is promising to …": a progressive after its auxiliary.
        self.cue_at(v)
            .is_some_and(|f| f.speech() && !f.weak() && (aux || !self.v.word(v).ends_with("ing")))
    }

    /// Whether token `k` is a lowercase word that may modify the speaker noun after it.
    fn is_lower_modifier(&self, k: usize) -> bool {
        let Some(t) = self.v.toks.get(k) else {
            return false;
        };
        t.kind == Kind::Word
            && !t.is(shape::CAP)
            && !t.lex().has(flag::FUNCTION | flag::CUE | flag::PRONOUN)
            && self.v.toks.get(k + 1).is_some_and(crate::phrase::is_speaker_noun)
    }

    /// Whether a subject read up to token `k` ends in a word that can head it: a name, a
    /// pronoun, or a speaker noun.
    fn ends_in_subject_head(&self, k: usize) -> bool {
        let t = &self.v.toks[k];
        t.is(shape::CAP) || matches!(t.lex().pron, Some((_, Case::Subj))) || crate::phrase::is_speaker_noun(t)
    }

    /// A verb of saying right after a conjunction at `n` (adverbs allowed between): "and added",
    /// "but later said".
    fn coordinated_cue(&self, n: usize, hi: usize) -> Option<usize> {
        if n >= hi {
            return None;
        }
        let mut v = n;
        // "… and he urged …": a pronoun subject of its own may come first.
        if v < hi && matches!(self.v.toks[v].lex().pron, Some((_, crate::lexicon::Case::Subj))) {
            v += 1;
        }
        // (Auxiliaries, adverbs and a negation: "… but did not suggest …".)
        while v < hi
            && v < n + 3
            && (crate::phrase::is_verb_filler(&self.v.toks[v], self.v.text)
                || self.v.toks[v].lex().tag == Some(Tag::Neg))
        {
            v += 1;
        }
        let f = self.cue_at(v)?;
        (f.speech() && !self.v.word(v).ends_with("ing")).then_some(v)
    }

    /// A cue after `n` that forms ", X said" or ", said X" up to the end of the clause.
    fn parenthetical_cue(&self, n: usize, hi: usize) -> Option<usize> {
        for v in n..hi.min(n + 8) {
            if self.v.toks[v].kind == Kind::Punct {
                return None;
            }
            if let Some(f) = self.cue_at(v) {
                if !f.speech() {
                    return None;
                }
                let np = if v == n {
                    np_right(&self.v, v + 1, hi)
                } else {
                    subject_left(&self.v, v, n).filter(|np| np.toks.start == n)
                };
                let np = np?;
                let after = self.skip_adjuncts(if v == n { np.toks.end } else { v + 1 }, hi);
                let closes = after >= hi
                    || self.v.toks[after].kind == Kind::Punct
                        && matches!(self.v.toks[after].ch, ',' | '.' | ';' | '!' | '?');
                return closes.then_some(v);
            }
        }
        None
    }

    fn spans_of(&self, ranges: &[Range<usize>]) -> Vec<Span> {
        ranges
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| self.v.span_of(r))
            .collect()
    }

    fn cue_span(&self, v: usize) -> Span {
        // "pointed out", "went on to say": include the particle, or the verb the phrase
        // starts with.
        if let Some((len, _)) = self.verb_phrase_at(v, self.v.toks.len()) {
            return Span::new(self.v.toks[v].start, self.v.toks[v + len - 1].end);
        }
        let start = self.phrase_start(v);
        if start < v {
            return Span::new(self.v.toks[start].start, self.v.toks[v].end);
        }
        self.v.toks[v].span()
    }

    fn new_attr(
        &self,
        kind: QuoteKind,
        content: Vec<Range<usize>>,
        cue: Option<usize>,
        np: Option<&Np>,
        pos: usize,
        region: Option<usize>,
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
        }
    }

    /// A pull quote signed with its speaker's name, as web pages set them: "I had no family
    /// here. Ana Ruiz" or "… backup. Rod Peters, Lake Cowichan mayor". The paragraph's last
    /// sentence is only a name (and perhaps a comma and a short role), with no closing stop;
    /// the sentences before it are what that person said. `sents` are the paragraph's.
    fn signed(&mut self, sents: Range<usize>) -> Option<Frame> {
        let last = self.v.seg.sents[sents.end - 1].toks.clone();
        let body = self.v.seg.sents[sents.start].toks.start..last.start;
        let toks = self.v.toks;
        // The name: two to four capitalized words, then nothing or ", role".
        let name_end = (last.start..last.end.min(last.start + 4))
            .find(|&j| !crate::phrase::is_cap_word(&toks[j]))
            .unwrap_or(last.end.min(last.start + 4));
        let words = name_end - last.start;
        let role_ok = name_end == last.end
            || (toks[name_end].is_punct(',')
                && last.end - name_end <= 7
                && (name_end + 1..last.end).all(|j| toks[j].kind == Kind::Word || toks[j].is_punct('.')));
        let stop = toks[last.end - 1].kind == Kind::Punct && matches!(toks[last.end - 1].ch, '.' | '!' | '?');
        if !(2..=4).contains(&words) || !role_ok || stop || toks[last.end - 1].is_punct('.') {
            return None;
        }
        // What was said ends with the stop of the sentence before the name.
        let mut end = body.end;
        if end > body.start && toks[end - 1].is_punct('.') {
            end -= 1;
        }
        let content = body.start..end;
        if self.v.words_in(&content) < 4
            || content
                .clone()
                .any(|j| self.used[j] || self.in_content[j] || self.in_claimed_quote(j))
        {
            return None;
        }
        Some(self.signed_frame(content, last.start..name_end))
    }

    /// The attribution of words signed with a name (a pull quote, a post): the speaker's own
    /// words, so `direct` unless a quotation inside makes them `mixed`, with no cue.
    fn signed_frame(&mut self, content: Range<usize>, name: Range<usize>) -> Frame {
        let np = Np {
            head: name.end - 1,
            toks: name,
            kind: Head::Name,
        };
        self.mark_content(&content);
        let (kind, region) = self.own_words_kind(&content);
        let pos = content.start;
        let attr = self.new_attr(kind, vec![content], None, Some(&np), pos, region);
        Frame {
            attr,
            np: Some(np),
            inherit: false,
        }
    }

    /// A social-media post embedded in a page, signed after a dash with its author's name
    /// and handle: "Power will be out for days. pic.twitter.com/… — BC Hydro (@bchydro)
    /// December 22, 2018". What the post says runs from the paragraph's start to its links,
    /// around any attribution inside it.
    fn embedded_post(&mut self, para: Range<usize>) -> Option<Frame> {
        let toks = self.v.toks;
        let text = self.v.text;
        let (lo, hi) = (para.start, para.end);
        let dash = (lo + 1..hi)
            .rev()
            .take(16)
            .find(|&j| toks[j].kind == Kind::Punct && crate::tokens::is_dash(toks[j].ch))?;
        let name_end = (dash + 1..hi.min(dash + 6)).find(|&j| !crate::phrase::is_cap_word(&toks[j]))?;
        let handle = text[toks[name_end - 1].end..toks[hi - 1].end]
            .trim_start()
            .starts_with("(@");
        if name_end == dash + 1 || !toks[name_end].is_punct('(') || !handle {
            return None;
        }
        // The post's words end before its links and the hashtag glued to them.
        let body = &text[toks[lo].start..toks[dash].start];
        let link = ["http", "pic.twitter.com"].iter().filter_map(|l| body.find(l)).min();
        let mut cut = toks[lo].start + link.unwrap_or(body.len());
        let before = text[toks[lo].start..cut].trim_end();
        let last_word = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        cut = toks[lo].start
            + if before[last_word..].starts_with('#') {
                last_word
            } else {
                before.len()
            };
        let end = (lo..dash).find(|&j| toks[j].end > cut).unwrap_or(dash);
        // A page's markup around the post ("<tweet id=…>") is not part of it.
        let start = if toks[lo].is_punct('<') {
            (lo..end).find(|&j| toks[j].is_punct('>')).map_or(lo, |j| j + 1)
        } else {
            lo
        };
        let content = start..end;
        if self.v.words_in(&content) < 3 || self.used[dash] {
            return None;
        }
        Some(self.signed_frame(content, dash + 1..name_end))
    }

    /// A speaker's name as the label of a paragraph, as in transcripts and headlines: "PENCE:
    /// Well, look …", "Ruiz: Port Deal Is Dead". The colon is the cue.
    fn labelled(&mut self, para: Range<usize>, headline: bool) -> Option<Frame> {
        let (lo, hi) = (para.start, para.end);
        let mut k = lo;
        // A transcript quoted whole opens with a quotation mark.
        if k < hi && self.v.toks[k].kind == Kind::Punct && is_double_quote(self.v.toks[k].ch) {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        // A person's name; a section label ("Relevant Reading:", "THE DAY IN ASIA:") is not a
        // speaker. A transcript's capitals ("PENCE:") name a person of the story.
        let person = |e: usize| {
            let ent = &self.actors.entities[e];
            ent.kind == Some(ActorKind::Person) && ent.evidence >= 2
        };
        let named = self.actors.name_mention_at(k).and_then(|m| {
            let mention = &self.actors.mentions[m];
            (mention.toks.start == k && person(mention.entity)).then_some(mention.toks.end)
        });
        let mut labelled_person = None;
        let mut name_end = None;
        let colon = if let Some(colon) = named {
            colon
        } else if let Some((end, colon)) = self.headline_label(k, hi).filter(|_| headline) {
            name_end = Some(end);
            colon
        } else if self.v.toks[k].kind == Kind::Word && self.v.toks[k].is(shape::ALL_CAPS) {
            // Names are looked up case-folded: "PENCE" finds Mike Pence, "KATE BOULDUAN" Kate
            // Bolduan, by the whole label or its last word.
            let end = (k..hi.min(k + 3))
                .take_while(|&j| self.v.toks[j].kind == Kind::Word && self.v.toks[j].is(shape::ALL_CAPS))
                .last()?
                + 1;
            let whole = &self.v.text[self.v.toks[k].start..self.v.toks[end - 1].end];
            // (A label the name reader took for a body of its own still finds the person
            // with that family name: "TRUMP:" Donald Trump.)
            let last = self.v.word(end - 1);
            let e = [self.actors.find_name(whole), self.actors.find_name(last)]
                .into_iter()
                .flatten()
                .find(|&e| person(e))
                .or_else(|| self.actors.person_by_surname(last).filter(|&e| person(e)))?;
            labelled_person = Some(e);
            end
        } else {
            return None;
        };
        let name_end = name_end.unwrap_or(colon);
        if colon >= hi || name_end - k > MAX_LABEL_WORDS || !self.v.toks[colon].is_punct(':') {
            return None;
        }
        let content = colon + 1..hi;
        if self.v.words_in(&content) < 3 || content.clone().any(|j| self.used[j] || self.in_content[j]) {
            return None;
        }
        // A headline that asks ("Ruiz: Reformer or Insider?") puts a question of its own.
        if headline
            && (colon + 1..hi)
                .rev()
                .find(|&j| self.v.toks[j].kind == Kind::Punct)
                .is_some_and(|j| self.v.toks[j].is_punct('?'))
        {
            return None;
        }
        // A quotation already attributed by a cue is not taken again.
        if content.clone().any(|j| self.in_claimed_quote(j)) {
            return None;
        }
        let np = Np {
            toks: k..name_end,
            head: name_end - 1,
            kind: Head::Name,
        };
        self.used[colon] = true;
        self.mark_content(&content);
        // A transcript gives the speaker's words; a headline sums them up.
        let (kind, region) = if headline {
            self.mixed_kind(std::slice::from_ref(&content))
        } else {
            self.own_words_kind(&content)
        };
        let mut attr = self.new_attr(kind, vec![content], Some(colon), Some(&np), k, region);
        attr.speaker = labelled_person;
        Some(Frame {
            attr,
            np: Some(np),
            inherit: false,
        })
    }

    /// A paragraph quoted without marks after a cue that ends the paragraph before with a
    /// colon, as saved pages render a block quotation: "Limbaugh added:" and then his words.
    fn block_quote(&mut self, para: Range<usize>) -> Option<Frame> {
        let k = para.start;
        if k == 0 || k >= para.end || self.v.toks[k].kind != Kind::Word || !self.v.toks[k - 1].is_punct(':') {
            return None;
        }
        let prev = self.v.para_of(k - 1);
        if prev.is_title || prev.boilerplate || self.used[k - 1] {
            return None;
        }
        let content = k..para.end;
        if self.v.words_in(&content) < 5
            || content
                .clone()
                .any(|j| self.used[j] || self.in_content[j] || self.in_claimed_quote(j))
        {
            return None;
        }
        // A paragraph that itself ends with a colon introduces what follows it.
        if self.v.toks[para.end - 1].is_punct(':') {
            return None;
        }
        // A verb of saying, not a colon after a clause about a person, which also introduces
        // lists and narration.
        let (v, np, inherit) = self.cue_before(k, false)?;
        if self.used[v] || self.v.toks[v].kind != Kind::Word {
            return None;
        }
        self.used[v] = true;
        self.mark_content(&content);
        let (kind, region) = self.own_words_kind(&content);
        let attr = self.new_attr(kind, vec![content], Some(v), np.as_ref(), k, region);
        Some(Frame { attr, np, inherit })
    }

    /// A headline's label ("Pence: Flowers Won't Be at Debate", "Poll: Voters Shift"): a
    /// name of the story's people or bodies, or a document word, before a colon; or such a
    /// known name and what its words are about or for ("Ruiz on the Strike:", "Ruiz to
    /// Riders:"). Headlines are not read for names, so the label is looked up among the
    /// actors by its words. Returns the name's end and the colon.
    fn headline_label(&self, k: usize, hi: usize) -> Option<(usize, usize)> {
        let toks = self.v.toks;
        let known = |end: usize| {
            let name = &self.v.text[toks[k].start..toks[end - 1].end];
            self.actors.find_name(name).is_some_and(|e| {
                matches!(
                    self.actors.entities[e].kind,
                    Some(ActorKind::Person | ActorKind::Organization)
                )
            })
        };
        let caps = |end: usize| end > k && (k..end).all(|j| toks[j].is_cap());
        if let Some(end) = (k..hi.min(k + MAX_LABEL_WORDS + 1)).find(|&j| toks[j].is_punct(':')) {
            if !caps(end) {
                return None;
            }
            if end == k + 1 && toks[k].lex().has(flag::DOCUMENT) {
                return Some((end, end));
            }
            // A name the story does not repeat: a given name before a family name ("Ann
            // Ruiz:"), or a news outlet ("Harbour Post:").
            let person = (k..end - 1).any(|j| toks[j].lex().has(flag::GIVEN) && is_cap_word(&toks[j + 1]));
            let outlet = (k..end).any(|j| toks[j].lex().has(flag::MEDIA_WORD | flag::ORG_NAME));
            return (known(end) || person || outlet).then_some((end, end));
        }
        let about = (k + 1..hi.min(k + MAX_LABEL_WORDS)).find(|&j| self.v.is(j, "on") || self.v.is(j, "to"))?;
        let colon = (about + 2..hi.min(about + 14))
            .take_while(|&j| toks[j].kind != Kind::Punct || !matches!(toks[j].ch, '.' | ',' | ';' | '?' | '!'))
            .find(|&j| toks[j].is_punct(':'))?;
        (caps(about) && known(about)).then_some((about, colon))
    }

    /// Attributes quotation `ri` to a cue beside it.
    fn direct(&mut self, ri: usize) -> Option<Frame> {
        let r = &self.regions[ri];
        if r.single && r.words(self.v.toks) < 4 {
            return None;
        }
        // A short title in quotation marks after an owner, a preposition or an addressee's
        // verb names a programme or a work: "said on NBC's “Meet the Press.”", "told “Fox and
        // Friends”".
        if r.open > 0 && self.quoted_title_end(r.open, self.v.toks.len()).is_some() {
            let p = &self.v.toks[r.open - 1];
            let names = p.kind == Kind::Word
                && (p.is(shape::POSSESSIVE)
                    || p.lex().tag == Some(Tag::Prep)
                    || p.lex()
                        .cue
                        .is_some_and(|c| lexicon().cues[c as usize].flags.addressee()));
            if names {
                return None;
            }
        }
        let post = r.close.and_then(|c| self.after_quote(ri, c));
        let pre = self.before_quote(ri);
        let (v, np, inherit) = match (post, pre) {
            (Some(p), _) if p.1.is_some() => p,
            (_, Some(p)) if p.1.is_some() || p.2 => p,
            (Some(p), _) => p,
            (None, Some(p)) => p,
            (None, None) => return None,
        };
        let parts = r.parts.clone();
        self.claimed[ri] = true;
        self.used[v] = true;
        let attr = self.new_attr(QuoteKind::Direct, parts, Some(v), np.as_ref(), r.open, Some(ri));
        Some(Frame { attr, np, inherit })
    }

    /// `"…," X said` / `"…," said X` / `"…" X told reporters.`: the cue after closing mark `c`.
    fn after_quote(&self, ri: usize, c: usize) -> Option<(usize, Option<Np>, bool)> {
        let para = self.v.paragraph(c);
        let hi = para.end;
        let mut k = c + 1;
        if k < hi && self.v.toks[k].kind == Kind::Punct && matches!(self.v.toks[k].ch, ',' | '—' | '–') {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        // The quotation must end its clause: a comma, question or exclamation mark inside the
        // marks, or a comma just after them.
        let last_inside = self.regions[ri].last_end().checked_sub(1)?;
        let closing_punct = self.v.toks[last_inside].kind == Kind::Punct
            && matches!(
                self.v.toks[last_inside].ch,
                ',' | '?' | '!' | '.' | '…' | '—' | '-' | '–'
            )
            || k > c + 1;
        if !closing_punct && self.v.toks[k].kind == Kind::Word && !self.v.toks[k].is(shape::CAP) {
            // "the plan was “a disaster” she said" is rare; "“a disaster” for voters" is not.
            let w = self.v.toks[k].lex();
            if w.pron.is_none() && w.cue.is_none() {
                return None;
            }
        }
        let ended = self.v.toks[last_inside].kind == Kind::Punct && self.v.toks[last_inside].ch == '.';
        // Inverted: "said X".
        if let Some(f) = self.cue_at(k) {
            if f.speech() && !self.is_passive_or_bare(k) {
                let after = self.skip_adjuncts(k + 1, hi);
                let np = np_right(&self.v, after, hi);
                return Some((k, np, false));
            }
        }
        // "X said", "X, a lawyer, said", "he later added".
        let sent_end = hi;
        let mut v = k;
        let mut n = 0;
        while v < sent_end && n < 30 {
            let t = &self.v.toks[v];
            if is_stop(self.v.toks, v) || (t.kind == Kind::Punct && is_double_quote(t.ch)) {
                return None;
            }
            if let Some(f) = self.cue_at(v) {
                if f.speech() && v > k && !self.is_passive_or_bare(v) {
                    // "… policy.” The network said it would …": after a quotation that ended
                    // its sentence, a cue with content of its own starts a new attribution.
                    if ended && self.has_own_content(v, f, hi) {
                        return None;
                    }
                    let np = subject_left(&self.v, v, k)?;
                    let starts_right = np.toks.start == k
                        || (np.toks.start > k && (k..np.toks.start).all(|j| self.v.toks[j].is_det()));
                    if !starts_right {
                        // Read from the left instead: "the lanky, bespectacled professor said",
                        // whose commas stop a reading leftwards from the verb.
                        let np = np_right(&self.v, k, v).filter(|np| np.toks.end == v)?;
                        return Some((v, Some(np), false));
                    }
                    return Some((v, Some(np), false));
                }
                return None;
            }
            v += 1;
            n += 1;
        }
        None
    }

    /// "Martell, the addictions doctor, is more blunt: “…”": a clause about a person that
    /// ends with a colon introduces their words. The colon is the cue.
    fn colon_intro(&self, o: usize, lo: usize) -> Option<(usize, Option<Np>, bool)> {
        let colon = o.checked_sub(1).filter(|&c| c > lo && self.v.toks[c].is_punct(':'))?;
        let np = self.main_subject(lo, colon)?;
        let person = match np.kind {
            Head::Pronoun => matches!(
                self.v.toks[np.head].lex().pron,
                Some((Person::Male | Person::Female | Person::Plural, Case::Subj))
            ),
            Head::Name => self
                .actors
                .name_mention_at(np.head)
                .is_some_and(|m| self.actors.entities[self.actors.mentions[m].entity].kind == Some(ActorKind::Person)),
            Head::Noun => crate::phrase::is_speaker_noun(&self.v.toks[np.head]),
        };
        person.then_some((colon, Some(np), false))
    }

    /// Whether the cue at `v` (with [`cue`] `flags`) has words of its own after it (beyond an
    /// addressee and adjuncts)
    /// before its sentence ends: "said it would send her" rather than "said." or "said on
    /// Monday.".
    fn has_own_content(&self, v: usize, flags: CueFlags, hi: usize) -> bool {
        let mut k = self.skip_adjuncts(v + 1, hi);
        if flags.addressee() {
            k = self.skip_object(k, hi);
            k = self.skip_adjuncts(k, hi);
        }
        let mut words = 0;
        while k < hi && !is_stop(self.v.toks, k) && !self.v.toks[k].is_punct(',') && words < 3 {
            words += usize::from(self.v.toks[k].kind == Kind::Word);
            k += 1;
        }
        words >= 2
    }

    /// `X said: "…"`, `X told reporters, "…"`, `…, adding: "…"`: the cue before the opening mark.
    fn before_quote(&self, ri: usize) -> Option<(usize, Option<Np>, bool)> {
        let r = &self.regions[ri];
        // "said that “a bomb” had gone off": a quotation inside a that-clause that goes on
        // after it is a mixed quote, read as reported speech.
        let goes_on = r
            .close
            .and_then(|c| self.v.toks.get(c + 1))
            .is_some_and(|t| t.kind == Kind::Word && !t.is(shape::CAP) && t.lex().cue.is_none());
        self.cue_before(r.open, goes_on)
    }

    /// The cue that introduces words starting at token `o`, a quotation's opening mark or a
    /// block quotation's first word; `goes_on` when the sentence continues after them.
    fn cue_before(&self, o: usize, goes_on: bool) -> Option<(usize, Option<Np>, bool)> {
        let sent = self.v.sentence(o);
        let mut lo = sent.start;
        // "X said:" at the end of the previous paragraph introduces a quotation paragraph.
        let opens_line = o == self.v.paragraph(o).start || o == sent.start;
        if opens_line && o > 0 && self.v.toks[o - 1].is_punct(':') {
            lo = self.v.sentence(o - 1).start;
        }
        let min = o.saturating_sub(14).max(lo);
        let mut v = None;
        for j in (min..o).rev() {
            if self.region_at[j] != 0 {
                // Another quotation in between: `"A," he said, "B"` is fine when its cue comes
                // after it; stop at its marks.
                break;
            }
            if is_stop(self.v.toks, j) {
                break;
            }
            if self.cue_at(j).is_some() {
                v = Some(j);
                break;
            }
        }
        let Some(v) = v else {
            return self.colon_intro(o, lo);
        };
        let flags = self.cue_at(v)?;
        if self.is_passive_or_bare(v) {
            return None;
        }
        // A short quotation that a noun follows names that noun: "told NBC's “Today” show".
        if self.quoted_name_end(o).is_some() {
            return None;
        }
        // Between the cue and the mark: only an addressee, adjuncts, "that", and a colon or comma.
        let mut k = v + 1;
        // Inverted "said Smith:" or a phrase verb "pointed out:".
        if let Some((len, object)) = self.verb_phrase_at(v, o) {
            k = v + len;
            if object && self.names_passively(k, o) {
                return None;
            }
        }
        if flags.addressee() {
            k = self.skip_object(k, o);
        }
        k = self.skip_adjuncts(k, o);
        let mut inverted = None;
        if k < o && self.v.toks[k].kind == Kind::Word {
            if let Some(np) = np_right(&self.v, k, o) {
                // `said X: "…"` / `said X, "…"`: a speaker after the verb is set off by
                // punctuation; "said the draft “…”" is reported speech with a quotation in it.
                if np.toks.end < o && self.v.toks[np.toks.end].kind == Kind::Punct {
                    k = np.toks.end;
                    inverted = Some(np);
                }
            }
        }
        while k < o
            && (self.v.toks[k].kind == Kind::Punct && matches!(self.v.toks[k].ch, ',' | ':' | '—' | '–' | '-')
                || self.v.is(k, "that")
                || self.v.is(k, "as"))
        {
            k += 1;
        }
        if k != o {
            return None;
        }
        let that_clause = (v + 1..o).any(|j| self.v.is(j, "that"));
        if that_clause && goes_on {
            return None;
        }
        let participle = self.v.word(v).ends_with("ing") && v > 0 && self.v.toks[v - 1].kind == Kind::Punct
            || self.is_coordinated(v, lo)
            || self.gerund_after_prep(v);
        if let Some(np) = inverted {
            return Some((v, Some(np), false));
        }
        let subject = subject_left(&self.v, self.phrase_start(v), lo);
        if subject.is_none() && participle {
            // "He defended the remark, saying: “…”": the subject of the clause it hangs on;
            // else the speaker before it.
            return Some(match self.main_subject(lo, v) {
                Some(np) => (v, Some(np), false),
                None => (v, None, true),
            });
        }
        // "an app called “Screenwise”", "a plan dubbed “Fortress”": a name given, not said.
        if subject.is_none() && flags.naming() {
            return None;
        }
        // A quotation right before the subject would have been attributed after its mark.
        Some((v, subject, false))
    }

    /// "Ruiz told police she could hear the sirens": reported speech that opens with "he" or
    /// "she" is almost always about its speaker, which tells a gender the name did not give.
    fn gender_from_content(&mut self, e: usize, attr: &Attr) {
        let ent = &self.actors.entities[e];
        if attr.kind != QuoteKind::Indirect
            || ent.gender != Gender::Unknown
            || !matches!(ent.kind, Some(ActorKind::Person) | None)
            || ent.plural
        {
            return;
        }
        let Some(r) = attr.content_toks.first() else {
            return;
        };
        let mut k = r.start;
        if k < r.end && self.v.is(k, "that") {
            k += 1;
        }
        if k >= r.end || self.v.toks[k].kind != Kind::Word {
            return;
        }
        let gender = match self.v.toks[k].lex().pron {
            Some((Person::Male, Case::Subj)) => Gender::Male,
            Some((Person::Female, Case::Subj)) => Gender::Female,
            _ => return,
        };
        let ent = &mut self.actors.entities[e];
        ent.gender = gender;
        ent.gender_strong = true;
    }

    /// Where the verb phrase that ends with cue `v` starts ("went on to say"): its subject
    /// is read from there. Else `v`.
    fn phrase_start(&self, v: usize) -> usize {
        (1..=3.min(v))
            .map(|back| v - back)
            .find(|&s| self.verb_phrase_at(s, v + 1).is_some_and(|(len, _)| s + len == v + 1))
            .unwrap_or(v)
    }

    /// Whether an object phrase that ends before `k` has no object but "as", perhaps after
    /// adverbs: "referred to (condescendingly) as “our baby”" is a passive name, not words said.
    fn names_passively(&self, k: usize, hi: usize) -> bool {
        let mut j = self.skip_adjuncts(k, hi);
        while j < hi && crate::phrase::is_verb_filler(&self.v.toks[j], self.v.text) {
            j += 1;
        }
        self.v.is(j, "as")
    }

    /// Whether cue `v` is a gerund after a preposition ("ended the meeting by saying …",
    /// "without saying"), which shares the subject of the clause it hangs on.
    fn gerund_after_prep(&self, v: usize) -> bool {
        v > 0
            && self.v.word(v).ends_with("ing")
            && self.v.toks[v - 1].kind == Kind::Word
            && self.v.toks[v - 1].lex().tag == Some(Tag::Prep)
            // "criticized Berg for saying …": what Berg said.
            && !self.v.is(v - 1, "for")
    }

    /// Whether the cue at `v` is coordinated with an earlier verb: "… and added that".
    fn is_coordinated(&self, v: usize, lo: usize) -> bool {
        let mut before = v;
        while before > lo && crate::phrase::is_verb_filler(&self.v.toks[before - 1], self.v.text) {
            before -= 1;
        }
        before > lo && (self.v.is(before - 1, "and") || self.v.is(before - 1, "but"))
    }

    /// The subject of the main clause of the sentence from `lo`, looked for before the verb
    /// at `v`: the phrase before its first verb, at the sentence's start or after an opening
    /// phrase and its comma ("Later that month, the union filed …").
    fn main_subject(&self, lo: usize, v: usize) -> Option<Np> {
        let toks = self.v.toks;
        // "But on Tuesday, he …": a conjunction that links to the sentence before.
        let lo = if lo + 1 < v && toks[lo].lex().tag == Some(Tag::Conj) {
            lo + 1
        } else {
            lo
        };
        // An opening subordinate phrase has verbs of its own ("As the crowd began to chant,
        // Ruiz …"): the main clause's are looked for after its comma.
        let opening = matches!(toks[lo].lex().tag, Some(Tag::Sub | Tag::Prep | Tag::Adv));
        let first_comma = (lo..v.min(lo + MAX_OPENING_PHRASE)).find(|&j| toks[j].is_punct(','));
        let mut j = lo + 1;
        while j < v.min(lo + MAX_OPENING_PHRASE + 6) {
            let t = &toks[j];
            if self.region_at[j] != 0 || is_stop(toks, j) {
                return None;
            }
            let e = t.lex();
            let verb = t.kind == Kind::Word
                && !t.is(shape::CAP)
                && (matches!(e.tag, Some(Tag::Aux | Tag::Modal))
                    || !e.has(flag::FUNCTION) && (self.v.word(j).ends_with("ed") || e.cue.is_some()));
            if !verb {
                j += 1;
                continue;
            }
            let np = subject_left(&self.v, j, lo).filter(|np| crate::phrase::opens_clause(&self.v, np.toks.start, lo));
            match (np, first_comma) {
                (Some(np), _) => return Some(np),
                (None, Some(c)) if opening && j < c => j = c + 1,
                // A verb read as a noun's ("threw her support behind …"): the phrase
                // that opens the sentence, below.
                _ => break,
            }
        }
        // A verb the word shapes do not show ("The mayor met the board, saying …"): the
        // phrase that opens the sentence, or follows its opening phrase ("Later, the mayor
        // met …"), when a lowercase word follows it.
        [Some(lo), first_comma.map(|c| c + 1)]
            .into_iter()
            .flatten()
            .find_map(|k| {
                let np = np_right(&self.v, k, v)?;
                let next = toks.get(np.toks.end)?;
                let verbish = next.kind == Kind::Word && !next.is(shape::CAP) && !next.lex().has(flag::FUNCTION);
                (verbish && np.toks.end < v && crate::phrase::opens_clause(&self.v, k, lo)).then_some(np)
            })
    }

    /// Reads the remaining cues of sentence `s` as reported speech.
    fn indirect(&mut self, s: usize, frames: &mut Vec<Frame>) {
        let sent = self.v.seg.sents[s].toks.clone();
        let (lo, hi) = (sent.start, sent.end);
        // A finding stated "in" a poll or a survey holds the clauses of saying inside it.
        if let Some(f) = self.in_finding(lo, hi) {
            frames.push(f);
        }
        let mut k = lo;
        while k < hi {
            crate::ops::tick(1);
            // "according to X"
            if let Some((len, PhraseRole::SourceAfter)) = self.phrase_at(k, hi) {
                if self.region_at[k] == 0 && !self.used[k] {
                    if let Some(f) = self.according_to(k, len, lo, hi) {
                        frames.push(f);
                    }
                }
                k += len;
                continue;
            }
            if let Some(f) = self.owned_saying(k, lo, hi) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                k = end.max(k + 1);
                continue;
            }
            if let Some(f) = self.asked_question(k, lo, hi) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                k = end.max(k + 1);
                continue;
            }
            let Some(flags) = self.cue_at(k) else {
                k += 1;
                continue;
            };
            if self.used[k] || self.in_content[k] || self.is_passive_or_bare(k) || self.describes_in_relative(k, hi) {
                k += 1;
                continue;
            }
            if let Some(f) = self.reported(k, flags, lo, hi, frames) {
                let end = f.attr.content_toks.iter().map(|r| r.end).max().unwrap_or(k + 1);
                frames.push(f);
                // Cues inside the reported content belong to it ("X said Y told him that ...").
                k = if end > k { end } else { k + 1 };
                continue;
            }
            k += 1;
        }
    }

    /// "In a poll released Monday, 40 percent of riders backed the fare", "Ruiz leads by nine
    /// points in the latest survey": a clause stated in a document of findings. The
    /// document (to its comma, or to the sentence's end) is the source, "in" the cue, and the
    /// clause the content: the main clause after the phrase's comma when it opens the
    /// sentence, else the words before it when it ends the sentence.
    fn in_finding(&mut self, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        let end = self.without_final_punct(lo, hi);
        // The first finding noun of the sentence that heads a phrase after "in": looked for
        // by its flag, then back to the preposition over the phrase's words.
        let in_phrase = |j: usize| {
            let t = &toks[j];
            (t.kind == Kind::Word
                && t.lex().cue.is_none()
                && !matches!(t.lex().tag, Some(Tag::Sub | Tag::Wh | Tag::Prep)))
                || t.kind == Kind::Number
                || (t.kind == Kind::Punct && matches!(t.ch, '/' | '-' | '’' | '\''))
        };
        let (k, head) = (lo + 1..end.min(lo + 4 * MAX_CLAUSE + 9))
            .filter(|&h| toks[h].lex().has(flag::FINDING) && in_phrase(h))
            .find_map(|head| {
                let k = (head.saturating_sub(9).max(lo)..head).rev().find(|&j| !in_phrase(j))?;
                let free = self.region_at[k] == 0 && !self.used[k] && !self.in_content[k];
                (self.v.is(k, "in") && free).then_some((k, head))
            })?;
        // The phrase runs to its comma, or to the sentence's end.
        let comma = (head + 1..end.min(head + 12)).find(|&j| toks[j].is_punct(','));
        let opens = k == lo || (k == lo + 1 && toks[lo].lex().tag == Some(Tag::Conj));
        let (content, source) = if opens {
            let c = comma?;
            (c + 1..end, k + 1..c)
        } else {
            // The phrase ends the sentence, perhaps with a list of places ("in polls in
            // Leeds, York and Hull"); a clause of saying after its comma reports the whole.
            if comma.is_some_and(|c| self.v.words_in(&(c..end)) > 4 || (c..end).any(|j| self.cue_at(j).is_some())) {
                return None;
            }
            let src_end = end;
            // After its noun, only a short description ("released Monday", "in Leeds"), not
            // a clause ("… in a recent poll said that …").
            let clause_after = src_end - head > 8
                || (head + 1..src_end).any(|j| {
                    let t = &toks[j];
                    self.cue_at(j).is_some() || matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)) || t.is_punct(':')
                });
            // Nor does a relative clause state a finding ("a rival who is far behind him in
            // the polls").
            if clause_after || (lo..k).any(|j| toks[j].lex().tag == Some(Tag::Wh)) {
                return None;
            }
            let mut c_end = k;
            while c_end > lo && toks[c_end - 1].is_punct(',') {
                c_end -= 1;
            }
            if toks[lo].lex().tag == Some(Tag::Sub) {
                return None;
            }
            (lo..c_end, k + 1..src_end)
        };
        if self.v.words_in(&content) < 3
            || content
                .clone()
                .any(|j| self.used[j] || self.in_content[j] || self.in_claimed_quote(j))
        {
            return None;
        }
        let np = Np {
            toks: source,
            head,
            kind: Head::Noun,
        };
        self.used[k] = true;
        self.mark_content(&content);
        let (kind, region) = self.mixed_kind(std::slice::from_ref(&content));
        let attr = self.new_attr(kind, vec![content], Some(k), Some(&np), k, region);
        Some(Frame {
            attr,
            np: Some(np),
            inherit: false,
        })
    }

    /// "Asked whether the pier was safe, Ruiz said …", "When asked about the fees, …": a
    /// question put to the subject of the main clause, in a clause with no subject of its
    /// own. The question runs to the clause's comma; whoever asked it goes unnamed unless
    /// "by" names them ("Asked by a reporter to explain …").
    #[inline]
    fn asked_question(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let t = &self.v.toks[k];
        if t.kind != Kind::Word || t.end - t.start != 5 || !self.v.is(k, "asked") {
            return None;
        }
        self.asked_question_from(k, lo, hi)
    }

    /// [`Pass::asked_question`] for the word "asked".
    #[inline(never)]
    fn asked_question_from(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        if self.used[k] || self.in_content[k] || self.region_at[k] != 0 {
            return None;
        }
        // The clause opens the sentence, or follows a comma, alone or after a subordinator
        // ("when", "if", "once") or "after" / "before"; then the main clause follows it.
        let opens = |j: usize| j == lo || self.sentence_initial(j) || toks[j - 1].is_punct(',');
        let leading = opens(k) || (k > lo && (self.v.is(k - 1, "after") || self.v.is(k - 1, "before")) && opens(k - 1));
        // Else the question is put to the main clause's subject within it: "she said, when
        // asked whether …", "Ruiz was asked what …", "he was first asked if …".
        let subordinate = k > lo && toks[k - 1].lex().tag == Some(Tag::Sub) && !self.v.is(k - 1, "that");
        let passive = self.be_before(k, lo);
        if !leading && !subordinate && !passive {
            return None;
        }
        let mut j = k + 1;
        let mut np = None;
        if self.v.is(j, "by") {
            let n = np_right(&self.v, j + 1, hi)?;
            j = n.toks.end;
            np = Some(n);
        }
        let opens_question = |j: usize| {
            QUESTION_WORDS.iter().any(|w| self.v.is(j, w))
                || ["who", "where", "which", "to"].iter().any(|w| self.v.is(j, w))
        };
        j = self.skip_adjuncts(j, hi);
        // A longer phrase of place or time before the question: "Asked on the radio who
        // leads …", "Asked during a debate in January why …".
        if !opens_question(j) && j < hi && toks[j].lex().has(flag::ADJUNCT_PREP) {
            if let Some(q) = (j + 1..hi.min(j + 9))
                .take_while(|&q| toks[q].kind == Kind::Word && toks[q].lex().cue.is_none())
                .find(|&q| matches!(toks[q].lex().tag, Some(Tag::Sub | Tag::Wh)) || self.v.is(q, "to"))
            {
                if opens_question(q) {
                    j = q;
                }
            }
        }
        if self.v.is(j, "about") {
            j += 1;
        }
        let start = j;
        // "Asked to explain, …" puts a request; "are asked to work late" is a duty, not words.
        let question = opens_question(start) && (leading || !self.v.is(start, "to"));
        if !question && !self.v.is(start - 1, "about") {
            return None;
        }
        // To the comma that ends the clause, perhaps inside a quotation that ends with it.
        let comma = (start + 1..hi.min(start + MAX_CLAUSE)).find(|&c| {
            toks[c].is_punct(',')
                && (self.region_at[c] == 0
                    || (c + 1 < hi && {
                        let ri = self.region_at[c + 1];
                        ri != 0 && self.regions[ri as usize - 1].close == Some(c + 1)
                    }))
        });
        let end = match comma {
            Some(c) if self.region_at[c] != 0 => c + 2,
            Some(c) => c,
            // Within the main clause, the question may end the sentence.
            None if !leading && hi - start <= MAX_CLAUSE => self.without_final_punct(start, hi),
            None => return None,
        };
        let content = start..end;
        // After a leading clause, a main clause must follow.
        if self.v.words_in(&content) < 2 || (leading && self.v.words_in(&(end..hi)) < 2) {
            return None;
        }
        if content.clone().any(|j| self.used[j] || self.in_content[j]) {
            return None;
        }
        self.used[k] = true;
        self.mark_content(&content);
        let (kind, region) = self.mixed_kind(std::slice::from_ref(&content));
        let attr = self.new_attr(kind, vec![content], Some(k), np.as_ref(), k, region);
        Some(Frame {
            attr,
            np,
            inherit: false,
        })
    }

    /// "Ruiz's claim that the pier was safe", "the mayor's warning that fees would rise": a
    /// noun for something said, its owner, and the that-clause it holds. The noun is the cue.
    #[inline]
    fn owned_saying(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        // Most words are no such noun: they are turned away without a call.
        let t = &self.v.toks[k];
        if t.kind != Kind::Word || t.is(shape::CAP) || !t.lex().has(flag::SAYING_NOUN) {
            return None;
        }
        self.owned_saying_from(k, lo, hi)
    }

    /// [`Pass::owned_saying`] for a lowercase noun of saying.
    #[inline(never)]
    fn owned_saying_from(&mut self, k: usize, lo: usize, hi: usize) -> Option<Frame> {
        let toks = self.v.toks;
        if self.used[k]
            || self.in_content[k]
            || k < lo + 2
            || !toks[k - 1].is(shape::POSSESSIVE)
            || !self.v.is(k + 1, "that")
        {
            return None;
        }
        let np = subject_left(&self.v, k - 1, lo)?;
        // As an object ("looked at Ruiz's claim that …") the clause runs to the sentence's
        // end; as a subject ("Ruiz's claim that … angered them") its end is not marked.
        let object = np.toks.start > lo && toks[np.toks.start - 1].kind == Kind::Word;
        if np.kind == Head::Pronoun || !object || !self.clause_starts(k + 2, hi) {
            return None;
        }
        let end = self.content_end(k + 1, hi);
        let content = k + 1..end;
        if self.v.words_in(&content) < 4 || content.clone().any(|j| self.in_claimed_quote(j)) {
            return None;
        }
        let (kind, region) = self.mixed_kind(std::slice::from_ref(&content));
        self.mark_content(&content);
        self.used[k] = true;
        let pos = np.toks.start;
        let attr = self.new_attr(kind, vec![content], Some(k), Some(&np), pos, region);
        Some(Frame {
            attr,
            np: Some(np),
            inherit: false,
        })
    }

    /// Whether the cue at `v` only describes someone inside a relative clause set off by
    /// commas: "Stavros, an expert who writes about the port, noted that …". A relative cue
    /// that reports ("who said that …", "who told reporters: …") is kept.
    fn describes_in_relative(&self, v: usize, hi: usize) -> bool {
        if v == 0 || !(self.v.is(v - 1, "who") || self.v.is(v - 1, "which")) {
            return false;
        }
        // (After any adjuncts: "who said in an interview that …".)
        let next = self.skip_adjuncts(v + 1, hi);
        let reports = next < hi
            && (self.v.is(next, "that")
                || self.v.toks[next].is_punct(':')
                || self.region_at[next] != 0
                || matches!(self.v.toks[next].lex().pron, Some((_, crate::lexicon::Case::Subj))));
        if reports {
            return false;
        }
        // The relative clause closes with a comma before the sentence's own verb.
        (next..hi.min(next + MAX_CLAUSE)).any(|j| self.v.toks[j].is_punct(',') && self.cue_at(j + 1).is_some())
    }

    /// `according to X, CLAUSE` / `CLAUSE, according to X`.
    fn according_to(&mut self, k: usize, len: usize, lo: usize, hi: usize) -> Option<Frame> {
        // "according to state law", "according to a count by the Post": whatever the phrase
        // names is the source, though only a speaker's phrase gives a speaker.
        let found = np_right(&self.v, k + len, hi);
        let speaks = found.is_some();
        let np = found.or_else(|| self.plain_phrase(k + len, hi))?;
        let mut after = np.toks.end;
        // "according to a statement from the ministry", "according to X, a lawyer for Y,"
        while after < hi
            && self.v.toks[after].kind == Kind::Word
            && !self.v.is(after, "that")
            && after - np.toks.end < 8
        {
            after += 1;
        }
        let at_start = k == lo
            || (k > lo
                && k - lo <= 4
                && (lo..k).all(|j| self.v.toks[j].kind == Kind::Punct || self.v.toks[j].lex().tag == Some(Tag::Conj)));
        let content = if at_start {
            // At the start: the content follows the next comma.
            let mut c = after;
            while c < hi && c < after + MAX_CLAUSE && !self.v.toks[c].is_punct(',') {
                c += 1;
            }
            let start = (c + 1).min(hi);
            let end = self.content_end(start, hi);
            start..end
        } else {
            // At the end (or middle): the content precedes it.
            let mut end = k;
            while end > lo
                && self.v.toks[end - 1].kind == Kind::Punct
                && matches!(self.v.toks[end - 1].ch, ',' | '(' | '—')
            {
                end -= 1;
            }
            lo.max(end.saturating_sub(MAX_CLAUSE))..end
        };
        // In the middle, set off by commas ("The truth, according to experts, is that …"): the
        // clause goes on after the phrase.
        let mut parts = vec![content];
        let set_off = k > lo && self.v.toks[k - 1].is_punct(',');
        if !at_start && set_off && after + 1 < hi && self.v.toks[after].is_punct(',') {
            let start = after + 1;
            let end = self.content_end(start, hi);
            // Not when the clause has a speaker of its own ("…, according to Gibson, Major said …").
            let own_cue = (start..end).any(|j| self.cue_at(j).is_some_and(|f| f.speech()));
            // Nor a relative clause about the source ("…, according to state law, which …").
            let relative = self.v.toks[start].lex().tag == Some(Tag::Wh);
            if self.v.words_in(&(start..end)) >= 2
                && self.region_at[start] == 0
                && !self.in_content[start]
                && !own_cue
                && !relative
            {
                parts.push(start..end);
            }
        }
        parts.retain(|r| self.v.words_in(r) > 0);
        let words: usize = parts.iter().map(|r| self.v.words_in(r)).sum();
        if words < 3 || parts.is_empty() {
            return None;
        }
        self.used[k] = true;
        let (kind, region) = self.mixed_kind(&parts);
        let first = parts[0].start;
        let mut attr = self.new_attr(kind, parts.clone(), None, Some(&np), first.min(k), region);
        attr.cue = vec![Span::new(self.v.toks[k].start, self.v.toks[k + len - 1].end)];
        for r in &parts {
            self.mark_content(r);
        }
        Some(Frame {
            attr,
            np: speaks.then_some(np),
            inherit: false,
        })
    }

    /// A phrase of words from `s` to the punctuation that ends it, at most
    /// [`MAX_SOURCE_PHRASE`] tokens and without "that" or a verb of saying (a weak one such as
    /// "state" may be a noun): "state law", "one global index", "a count by the Post". `None`
    /// when the words run on.
    fn plain_phrase(&self, s: usize, hi: usize) -> Option<Np> {
        let toks = self.v.toks;
        let mut j = s;
        while j < hi && j < s + MAX_SOURCE_PHRASE {
            let t = &toks[j];
            let word = t.kind == Kind::Word || t.kind == Kind::Number || t.is(shape::POSSESSIVE) || t.is_punct('-');
            // A verb of saying ends it, unless it is one that also names things ("state law").
            let saying = t.lex().cue.is_some_and(|c| !lexicon().cues[c as usize].flags.weak());
            if !word || self.v.is(j, "that") || saying && !t.is(shape::CAP) || self.region_at[j] != 0 {
                break;
            }
            j += 1;
        }
        let ends = j >= hi || (toks[j].kind == Kind::Punct && !toks[j].is_punct('-'));
        let last_word = (s..j).rev().find(|&x| toks[x].kind == Kind::Word)?;
        (ends && j > s).then_some(Np {
            toks: s..j,
            head: last_word,
            kind: Head::Noun,
        })
    }

    /// Where the words from `lo` end before `hi`, without the punctuation that closes them
    /// (a closing quotation mark stays with its quote).
    fn without_final_punct(&self, lo: usize, hi: usize) -> usize {
        let mut end = hi;
        while end > lo && self.v.toks[end - 1].kind == Kind::Punct && self.region_at[end - 1] == 0 {
            end -= 1;
        }
        end
    }

    /// Whether token `j` lies in a quotation that a cue has already claimed.
    fn in_claimed_quote(&self, j: usize) -> bool {
        let ri = self.region_at[j];
        ri != 0 && self.claimed[ri as usize - 1]
    }

    fn mark_content(&mut self, r: &Range<usize>) {
        for j in r.clone() {
            self.in_content[j] = true;
        }
    }

    /// Whether content ranges hold a quotation (mixed), claiming it.
    fn mixed_kind(&mut self, content: &[Range<usize>]) -> (QuoteKind, Option<usize>) {
        let mut found = None;
        for r in content {
            for j in r.clone() {
                let ri = self.region_at[j];
                if ri != 0 && !self.claimed[ri as usize - 1] {
                    found = Some(ri as usize - 1);
                    break;
                }
            }
        }
        match found {
            Some(ri) => {
                // Claim every quotation inside the content.
                for r in content {
                    for j in r.clone() {
                        let q = self.region_at[j];
                        if q != 0 {
                            self.claimed[q as usize - 1] = true;
                        }
                    }
                }
                (QuoteKind::Mixed, Some(ri))
            }
            None => (QuoteKind::Indirect, None),
        }
    }

    /// The kind of words given as the speaker's own without quotation marks (a block
    /// quotation, a signed post): `direct`, or `mixed` when a quotation inside them is
    /// claimed with them.
    fn own_words_kind(&mut self, content: &Range<usize>) -> (QuoteKind, Option<usize>) {
        match self.mixed_kind(std::slice::from_ref(content)) {
            (QuoteKind::Indirect, region) => (QuoteKind::Direct, region),
            other => other,
        }
    }

    /// A reported-speech attribution around cue verb `v`.
    fn reported(&mut self, v: usize, flags: CueFlags, lo: usize, hi: usize, frames: &[Frame]) -> Option<Frame> {
        let toks = self.v.toks;
        // A negated cue ("did not say") reports nothing.
        if v > lo && toks[v - 1].lex().has(flag::NEGATION) {
            return None;
        }
        // Clause start: after the last semicolon or closing quotation before the verb.
        let mut clause_lo = lo.max(v.saturating_sub(MAX_CLAUSE));
        for j in (clause_lo..v).rev() {
            let claimed_close =
                self.in_claimed_quote(j) && self.regions[self.region_at[j] as usize - 1].close == Some(j);
            if toks[j].kind == Kind::Punct && (toks[j].ch == ';' || claimed_close) {
                clause_lo = j + 1;
                break;
            }
        }
        // A participle ("…, adding that") or a coordinated verb ("… and added that") shares
        // the subject of the attribution before it.
        let coordinated = self.is_coordinated(v, lo);
        let participle = coordinated
            || (self.v.word(v).ends_with("ing") && v > lo && toks[v - 1].is_punct(','))
            || self.gerund_after_prep(v);
        let mut np = if participle {
            None
        } else {
            let start = self.phrase_start(v);
            let m = self.medium_left(start, clause_lo);
            subject_left(&self.v, m, clause_lo)
                .or_else(|| (m < start).then(|| subject_left(&self.v, start, clause_lo)).flatten())
        };
        // "The union issued a statement saying …": a document that is a verb's object and
        // that a participle follows was sent by the clause's subject.
        let is_document = |n: &Np| n.kind == Head::Noun && toks[n.head].lex().has(flag::DOCUMENT);
        if let Some(d) = np.as_ref().filter(|d| {
            is_document(d)
                && d.toks.end == v
                && d.toks.start > clause_lo
                && self.v.word(v).ends_with("ing")
                && toks[d.toks.start - 1].kind == Kind::Word
                && (toks[d.toks.start - 1].lex().tag != Some(Tag::Prep) || self.is_particle(d.toks.start - 1))
        }) {
            if let Some(sender) = self.main_subject(clause_lo, d.toks.start) {
                np = Some(sender);
            }
        }
        let mut inherit = false;
        let mut inverted = false;
        // "CLAUSE, said X."
        if !participle && v > lo && toks[v - 1].is_punct(',') && flags.speech() {
            let after = self.skip_adjuncts(v + 1, hi);
            if let Some(n) = np_right(&self.v, after, hi) {
                // The speaker must end the clause ("…, said Ana Ruiz." / "…, said Ruiz, a lawyer"),
                // else the words after the verb are its content ("said no decision was made").
                let end = self.skip_adjuncts(n.toks.end, hi);
                let punct = |c: &[char]| end < hi && toks[end].kind == Kind::Punct && c.contains(&toks[end].ch);
                let ends_clause = end >= hi || punct(&[',', '.', ';', '!', '?', '(']);
                // A subject already read before the comma ("Ruiz, who leads the party, said")
                // gives way only to a name that ends the sentence, alone or with a description
                // that has no verb ("…, whom he has angered, said Ana Ruiz, a professor.").
                let ends_sentence = end >= hi
                    || punct(&['.', '!', '?'])
                    || (punct(&[','])
                        && (end + 1..hi).all(|j| {
                            let t = &toks[j];
                            !(crate::phrase::is_verbish(t) || matches!(t.lex().pron, Some((_, Case::Subj))))
                        }));
                // Only a verb that reports a clause and takes no addressee inverts ("…, told
                // The Globe" names who heard it), and a subject read after another verb of
                // saying is that verb's inverted speaker ("…, said Ruiz, a lawyer, reports The
                // Globe").
                let inverting = flags.clause() && !flags.addressee();
                let after_cue = |m: &Np| m.toks.start > lo && toks[m.toks.start - 1].lex().cue.is_some();
                let replaces =
                    inverting && n.kind == Head::Name && ends_sentence && np.as_ref().is_some_and(|m| !after_cue(m));
                if (np.is_none() && ends_clause) || replaces {
                    np = Some(n);
                    inverted = true;
                }
            }
        }
        if participle {
            inherit = frames
                .iter()
                .rev()
                .take(4)
                .any(|f| f.attr.sent == self.v.seg.sent_of[v] as usize);
            if !inherit {
                // "The union filed a complaint, arguing that …": the participle's speaker is
                // the subject of the clause it hangs on.
                np = self.main_subject(lo, v);
                if np.is_none() {
                    // Else the participle continues the speaker before it, when its clause
                    // has a subject at all.
                    inherit = subject_left(&self.v, v - 1, lo).is_some();
                    if !inherit {
                        return None;
                    }
                }
            }
        }
        // "The average of polls taken this month shows …": evidence from a document whose
        // describing words hide it from the verb.
        if flags.evidence() && !participle && !inverted && !np.as_ref().is_some_and(is_document) {
            if let Some(d) = crate::phrase::document_subject_left(&self.v, v, clause_lo) {
                np = Some(d);
            }
        }
        if np.is_none() && !inherit {
            return None;
        }
        // Right-hand content.
        let verb_phrase = self.verb_phrase_at(v, hi);
        let mut k = v + verb_phrase.map_or(1, |(len, _)| len);
        if inverted {
            k = np.as_ref().map_or(k, |n| n.toks.end);
        }
        let strong = flags.strong() || verb_phrase.is_some();
        if flags.addressee() {
            k = self.skip_object(k, hi);
        }
        k = self.content_start(k, hi, flags);
        let mut that = false;
        if k < hi && toks[k].is_punct(',') && k + 1 < hi && self.v.is(k + 1, "that") {
            k += 1;
        }
        // "As the Globe noted, CLAUSE": what was said is the main clause after the comma.
        let as_lead = flags.speech()
            && !inverted
            && np
                .as_ref()
                .is_some_and(|n| n.toks.start > lo && self.v.is(n.toks.start - 1, "as"))
            && np
                .as_ref()
                .is_some_and(|n| n.toks.start - 1 == lo || toks[n.toks.start - 2].kind == Kind::Punct)
            && k < hi
            && toks[k].is_punct(',');
        if as_lead {
            k += 1;
        }
        if self.v.is(k, "that") {
            that = true;
        }
        // Verbs of thinking and wanting ("believes", "plans to") report only with an explicit
        // "that" or when a document speaks ("the report found").
        let speech = flags.speech() || verb_phrase.is_some();
        let document_subject = np.as_ref().is_some_and(is_document);
        // "agreed to cut", "vowed to never return", "hopes to be", not "agreed to more talks".
        let to_inf = flags.infinitive()
            && (self.infinitive_at(k)
                || (self.v.is(k, "to")
                    && self.v.toks.get(k + 1).is_some_and(|t| {
                        t.lex().has(flag::NEGATION) || matches!(t.lex().tag, Some(Tag::Adv | Tag::Aux))
                    })));
        let question = flags.speech() && QUESTION_WORDS.iter().any(|w| self.v.is(k, w));
        let colon = k < hi && toks[k].is_punct(':');
        if colon {
            k += 1;
        }
        let mut right_end = self.content_end(k, hi);
        // A quotation opened inside the content that runs on past the sentence's end ("said he
        // was “very pleased. This levels the field.”") is reported whole, to its closing mark
        // in the same paragraph.
        if right_end >= hi && right_end > k {
            let para_end = self.v.paragraph(k).end;
            let open = (k..right_end).find(|&j| {
                let ri = self.region_at[j];
                ri != 0 && self.regions[ri as usize - 1].open == j && !self.claimed[ri as usize - 1]
            });
            if let Some(close) = open.and_then(|j| self.regions[self.region_at[j] as usize - 1].close) {
                if close >= right_end && close < para_end {
                    right_end = close + 1;
                }
            }
        }
        // "Though the judge said he was loath to penalize them, he ruled …": inside a clause
        // opened by a subordinator, what was said ends at the clause's comma.
        let first_word = (lo..v).take(4).find(|&j| toks[j].kind == Kind::Word);
        let subordinate = !as_lead
            && v - lo <= MAX_CLAUSE
            && first_word.is_some_and(|j| toks[j].lex().tag == Some(Tag::Sub))
            && !(lo..v).any(|j| toks[j].is_punct(','));
        // The object of a phrase ("referring to the strike, said …") is a noun phrase; with
        // none, "referred to as “our baby”" is a passive name.
        let object_phrase = verb_phrase.is_some_and(|(_, object)| object);
        if object_phrase && self.names_passively(k, hi) {
            return None;
        }
        if subordinate || object_phrase {
            // (A list goes on past its comma: "the end of the fees, and more exceptions".)
            let list_goes_on = |j: usize| {
                object_phrase
                    && toks.get(j + 1).is_some_and(|t| t.lex().tag == Some(Tag::Conj))
                    && toks.get(j + 2).is_some_and(|t| {
                        t.kind == Kind::Word
                            && !crate::phrase::is_verbish(t)
                            && !matches!(t.lex().pron, Some((_, Case::Subj)))
                    })
            };
            if let Some(c) =
                (k..right_end).find(|&j| toks[j].is_punct(',') && self.region_at[j] == 0 && !list_goes_on(j))
            {
                right_end = c;
            }
        }
        // "O'Donnell, who said in an interview that …, recalled …": a relative clause ends at
        // the comma before the sentence's own verb.
        let relative = np
            .as_ref()
            .is_some_and(|n| n.toks.len() > 1 && self.v.is(n.toks.end - 1, "who"));
        if relative {
            if let Some(c) = (k..right_end.min(k + MAX_CLAUSE)).find(|&j| {
                toks[j].is_punct(',')
                    && self.region_at[j] == 0
                    && toks.get(j + 1).is_some_and(crate::phrase::is_verbish)
            }) {
                right_end = c;
            }
        }
        // "who asked not to be named": a condition of anonymity, not something said.
        if self.v.is(k, "not") && self.v.is(k + 1, "to") && self.v.is(k + 2, "be") {
            return None;
        }
        // "criticized the plan", "announced a new tax": the object of a judgement or of
        // what is put forward. Not a passive, with adverbs between ("has been praised, but
        // also criticized, for …"), and not a phrase with no object ("whom he has criticized
        // for years").
        let target = flags.target()
            && !inverted
            && !that
            && !colon
            && !question
            && self.v.toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && !matches!(
                        t.lex().tag,
                        Some(Tag::Prep | Tag::Sub | Tag::Conj | Tag::Aux | Tag::Modal | Tag::Adv)
                    )
                    && !self.is_particle(k)
            })
            && !(v.saturating_sub(4).max(lo)..v).any(|j| BE_FORMS.iter().any(|b| self.v.is(j, b)));
        // The object ends before the next verb of saying ("a woman who has accused him of
        // assault said …").
        if target {
            if let Some(j) = (k + 1..right_end.min(k + MAX_CLAUSE)).find(|&j| {
                self.cue_at(j).is_some_and(|f| f.speech())
                    && !self.v.toks[j].is(shape::CAP)
                    && !self.v.toks[j - 1].is_det()
            }) {
                right_end = j;
                // "criticized Berg for saying …": the preposition leads to the next cue.
                while right_end > k + 1 && toks[right_end - 1].lex().tag == Some(Tag::Prep) {
                    right_end -= 1;
                }
            }
            // A date after the object is when it was said ("criticized the board on Tuesday").
            let t = crate::phrase::time_phrase_left(&self.v, right_end, k + 1);
            if t > k && t < right_end {
                right_end = t;
            }
        }
        let right = k..right_end.max(k);
        let right_words = self.v.words_in(&right);
        // A clause on the right: a that-clause, a colon, or (for verbs of saying) a clause
        // starting with a subject.
        // Verbs that also take a plain object ("announced the plan") need a clause to start.
        let takes_object = flags.object();
        let free_clause = strong && !takes_object && flags.speech() && self.plausible_clause(k, right_end);
        let clause = if speech {
            free_clause || (strong && self.clause_starts(k, right_end))
        } else {
            (document_subject && self.plausible_clause(k, right_end))
                || (flags.opinion()
                    && toks[v]
                        .lex()
                        .cue
                        .is_some_and(|c| noun_form(self.v.word(v), lexicon().cues[c as usize].lemma))
                    && self.clause_starts(k, right_end))
        };
        // ("called for an independent inquiry", "called on lawmakers to act", "referred to the
        // strike": the phrase's object is what was asked for or spoken of.)
        // "called her plan “a disaster”", "criticized what he called “reckless spending”": a
        // noun-phrase object holding a quotation reports those words.
        let quoted_object = takes_object && (k..right_end).any(|j| self.region_at[j] != 0);
        // "Trump cited his endorsements", "the study found 31 cases": evidence put forward is
        // what is reported.
        let evidence = flags.evidence() && (flags.speech() || document_subject);
        // "described the plan as reckless": an object and what it is called.
        let called_as =
            flags.called_as() && (k + 1..right_end.min(k + 12)).any(|j| self.v.is(j, "as") && self.region_at[j] == 0);
        // "what he calls the ministry's attack on free speech", "Ruiz, who he calls a good
        // player": a naming verb whose object is the relative word before its subject reports
        // the name it gives.
        let relative_naming = flags.naming()
            && !self
                .v
                .toks
                .get(k)
                .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Prep | Tag::Adv)))
            && np.as_ref().is_some_and(|n| {
                n.toks.start > lo
                    && ["what", "who", "whom", "which"]
                        .iter()
                        .any(|w| self.v.is(n.toks.start - 1, w))
            });
        // "a move the company said was needed", "what officials say is his birthday": right
        // after the verb, an auxiliary with no subject of its own goes on with a relative
        // clause whose subject the verb of saying interrupted; the rest is what was said.
        // (A cue word that is also a noun is that noun here in its base and -s forms: "his
        // remarks are".)
        let maybe_noun = flags.noun()
            && toks[v]
                .lex()
                .cue
                .is_some_and(|c| noun_form(self.v.word(v), lexicon().cues[c as usize].lemma));
        let gap_relative = speech
            && !inverted
            && !maybe_noun
            && k == v + 1
            && self.v.toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word && !t.is(shape::CAP) && matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal))
            });
        // ("urged police to investigate", "called her “weak”": an infinitive or a quoted
        // object of two words is enough.)
        let right_ok = (right_words >= 3
            || ((to_inf || quoted_object) && right_words >= 2)
            || ((target || object_phrase) && right_words >= 1))
            && !inverted
            && (that
                || as_lead
                || colon
                || to_inf
                || question
                || clause
                || object_phrase
                || quoted_object
                || evidence
                || (target && !self.reported_later(right_end, hi))
                || called_as
                || relative_naming
                || gap_relative);
        // The relative word is not part of the subject ("wounds that authorities said did not
        // …").
        if gap_relative {
            if let Some(n) = np.as_mut().filter(|n| n.toks.len() > 1 && n.head > n.toks.start) {
                if self.v.is(n.toks.start, "that") || self.v.is(n.toks.start, "which") {
                    n.toks.start += 1;
                }
            }
        }
        // Left-hand content: "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, X said, CLAUSE."
        let src_start = if inverted {
            v
        } else {
            np.as_ref().map_or(v, |n| n.toks.start)
        };
        // The verb ends its clause, after any adjuncts and addressee ("…, she told reporters
        // on Monday."); "…, Clinton maintains a large lead" has an object instead. (Read only
        // when the right-hand side reports nothing.)
        let verb_ends = || {
            inverted || {
                let mut a = self.skip_adjuncts(v + verb_phrase.map_or(1, |(len, _)| len), hi);
                if flags.addressee() {
                    a = self.skip_adjuncts(self.skip_object(a, hi), hi);
                }
                a >= hi || toks[a].kind == Kind::Punct
            }
        };
        // "…, a new poll shows.": a document puts forward what comes before it too.
        let left_ok = !right_ok
            && !participle
            && (flags.speech() || (document_subject && flags.any(CueFlags::EVIDENCE | CueFlags::CLAUSE)))
            && src_start > clause_lo + 1
            && toks[src_start - 1].is_punct(',')
            && self.region_at[src_start - 1] == 0
            && verb_ends();
        let (content, kind_cue) = if right_ok {
            (vec![right], v)
        } else if left_ok {
            let left_end = src_start - 1;
            let left = clause_lo..left_end;
            // Parenthetical: "The plan, she said, will fail."
            let after_src = if inverted {
                np.as_ref().map_or(v + 1, |n| n.toks.end)
            } else if flags.addressee()
                && toks
                    .get(v + 1)
                    .is_some_and(|t| matches!(t.lex().pron, Some((_, Case::Obj))))
            {
                // "The solution, the partner told them, was simple."
                v + 2
            } else {
                v + 1
            };
            let mut after = self.skip_adjuncts(after_src, hi);
            let mut parts = vec![left];
            if after < hi && toks[after].is_punct(',') {
                after += 1;
                let tail_end = self.content_end(after, hi);
                let tail = after..tail_end;
                // ("…, he said, adding …" and "…, he said, according to the complaint" attribute
                // anew.)
                let tail_is_cue = self.cue_at(after).is_some_and(|_| self.v.word(after).ends_with("ing"))
                    || self.phrase_at(after, hi).is_some();
                // The rest of an interrupted clause goes on with its verb ("The plan, she said,
                // will fail"); a new clause ("…, as they left") is not part of what was said.
                let first = &toks[after.min(hi.saturating_sub(1))];
                // After an inverted speaker a role word describes that speaker ("…, said Dan
                // Ortiz, director of the port."), not the rest of what was said.
                let continues = first.kind == Kind::Word
                    && !first.is(shape::CAP)
                    && first.lex().pron.is_none()
                    && !(inverted && first.lex().has(flag::ROLE | flag::TITLE | flag::GROUP | flag::ANON))
                    && !matches!(
                        first.lex().tag,
                        Some(Tag::Sub | Tag::Conj | Tag::Prep | Tag::Det | Tag::Wh)
                    );
                // "The drugs have few uses, he says, and are meant for short spells": a second
                // verb phrase of the interrupted clause.
                let second_verb = (self.v.is(after, "and") || self.v.is(after, "but"))
                    && toks
                        .get(after + 1)
                        .is_some_and(|t| matches!(t.lex().tag, Some(Tag::Aux | Tag::Modal)));
                let continues = continues || second_verb;
                // "In the long run, many economists say, the levy will …": when the left part is
                // only an opening adjunct, the clause after the comma is what was said.
                let left_adjunct = self.opening_adjunct(&parts[0]);
                let clause_after = left_adjunct && self.plausible_clause(after, tail_end);
                // (Two words are enough when an auxiliary goes on: "…, was simple.")
                let aux_first = matches!(first.lex().tag, Some(Tag::Aux | Tag::Modal));
                if (self.v.words_in(&tail) >= 3 || (aux_first && self.v.words_in(&tail) >= 2))
                    && !tail_is_cue
                    && (continues || clause_after)
                    && self.region_at[after] == 0
                {
                    parts.push(tail);
                }
            }
            let words: usize = parts.iter().map(|p| self.v.words_in(p)).sum();
            if words < 3 || self.v.words_in(&parts[0]) == 0 {
                return None;
            }
            (parts, v)
        } else {
            // "X said." with no content, or a noun-phrase object: not speech we can report.
            return None;
        };
        // Direct quotations already attributed are not reported again.
        if content
            .iter()
            .all(|r| (r.clone()).all(|j| self.in_claimed_quote(j) || toks[j].kind == Kind::Punct))
        {
            return None;
        }
        let (kind, region) = self.mixed_kind(&content);
        for r in &content {
            self.mark_content(r);
        }
        self.used[v] = true;
        let pos = content.iter().map(|r| r.start).min().unwrap_or(v).min(src_start);
        let attr = self.new_attr(kind, content, Some(kind_cue), np.as_ref(), pos, region);
        Some(Frame { attr, np, inherit })
    }

    /// Whether tokens `l` are only an opening adjunct: a short prepositional phrase ("In the
    /// long run"), a lone adverb ("Privately") or a time phrase ("Last year"), with no verb,
    /// cue or quotation inside.
    fn opening_adjunct(&self, l: &Range<usize>) -> bool {
        let toks = self.v.toks;
        let words = self.v.words_in(l);
        let Some(first) = toks.get(l.start).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        let e = first.lex();
        // "Privately", "Even then", "And so", "And yet": adverbs and linking words.
        let linking =
            |t: &Token| matches!(t.lex().tag, Some(Tag::Adv | Tag::Conj)) || t.lex().has(flag::ADJUNCT_ADVERB);
        let adverbs = words <= 3
            && l.clone()
                .filter(|&j| toks[j].kind == Kind::Word)
                .all(|j| linking(&toks[j]));
        let opener = e.tag == Some(Tag::Prep)
            || adverbs
            || (words <= 3
                && l.clone()
                    .any(|j| toks[j].lex().has(flag::TIME_UNIT | flag::TIME_WORD | flag::CALENDAR)));
        opener
            && words <= 6
            && !l.clone().any(|j| {
                let e = toks[j].lex();
                matches!(e.tag, Some(Tag::Aux | Tag::Modal)) || e.cue.is_some() || self.region_at[j] != 0
            })
    }

    /// Whether an infinitive starts at `k`: "to" and a lowercase word that is not a function
    /// word ("to delay", not "to the").
    fn infinitive_at(&self, k: usize) -> bool {
        // A headline capitalizes its verbs ("Vows To Cut Taxes").
        let headline = |j: usize| self.v.para_of(j).is_title;
        self.v.is(k, "to")
            && self.v.toks.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && (!t.is(shape::CAP) || headline(k + 1))
                    && !t.lex().has(flag::FUNCTION | flag::PRONOUN)
            })
    }

    /// Where a cue's reported content starts, from `k` past the cue and its addressee: past
    /// adjuncts ("on Tuesday", "to reporters"), but not past an infinitive that is the content
    /// ("pledged to cut the budget"), adverbs that open it ("said too often, the ward …"), or
    /// into a set-off adjunct ("said on Monday, before the vote, that …").
    fn content_start(&self, k: usize, hi: usize, flags: CueFlags) -> usize {
        let toks = self.v.toks;
        if flags.infinitive() && flags.speech() && self.infinitive_at(k) {
            return k;
        }
        let after = self.skip_adjuncts(k, hi);
        if after >= hi || !toks[after].is_punct(',') {
            return after;
        }
        let adverbs_only = (k..after).all(|j| {
            let e = toks[j].lex();
            toks[j].kind == Kind::Word && !matches!(e.tag, Some(Tag::Prep | Tag::Det)) && !e.has(flag::CALENDAR)
        });
        if after > k && adverbs_only && self.plausible_clause(after + 1, hi) {
            return k;
        }
        let close = (after + 1..hi.min(after + 10)).find(|&j| toks[j].is_punct(','));
        if let Some(c) = close.filter(|&c| self.v.is(c + 1, "that")) {
            return c + 1;
        }
        if after > k && self.plausible_clause(after + 1, hi) {
            // "said at 7:30 p.m., there were no units": the clause after the adjunct.
            return after + 1;
        }
        after
    }

    /// Whether what follows a verb of saying can be its reported clause: anything but a
    /// preposition, conjunction or punctuation at the start ("said in a statement." is not).
    fn plausible_clause(&self, k: usize, end: usize) -> bool {
        if k >= end {
            return false;
        }
        let t = &self.v.toks[k];
        match t.kind {
            // "said about 550 students attend", "said in his area a drug bust will …": a
            // leading phrase is fine when a finite verb follows.
            Kind::Word if t.lex().tag == Some(Tag::Prep) => {
                (k + 1..end.min(k + 25)).any(|j| {
                    let u = &self.v.toks[j];
                    u.kind == Kind::Word
                        && (matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal)) || u.lex().has(flag::NEGATION))
                }) || (k + 1 < end
                    && (self.v.toks[k + 1].kind == Kind::Number
                        || (self.v.is(k, "about") && self.v.toks[k + 1].lex().tag == Some(Tag::Num))
                        || (self.v.is(k, "about") && self.v.is(k + 1, "half"))))
            }
            Kind::Word => {
                let e = t.lex();
                !matches!(e.tag, Some(Tag::Prep | Tag::Conj | Tag::Aux | Tag::Modal))
                    || self.v.is(k, "as")
                    || self.v.is(k, "after")
                    || self.v.is(k, "before")
                    || self.v.is(k, "since")
                    || self.v.is(k, "because")
                    || self.v.is(k, "while")
            }
            Kind::Number => true,
            Kind::Punct => is_double_quote(t.ch) || is_single_quote(t.ch),
            Kind::Symbol => false,
        }
    }

    /// Whether tokens `[k, end)` start like a clause: a subject (pronoun, name, determiner,
    /// number) rather than an object noun phrase or an adverbial.
    fn clause_starts(&self, k: usize, end: usize) -> bool {
        if k >= end {
            return false;
        }
        let t = &self.v.toks[k];
        if t.kind == Kind::Punct && (is_double_quote(t.ch) || is_single_quote(t.ch)) {
            return true;
        }
        if t.kind == Kind::Number {
            return true;
        }
        if t.kind != Kind::Word {
            return false;
        }
        let e = t.lex();
        if matches!(e.pron, Some((_, crate::lexicon::Case::Subj))) {
            return true;
        }
        if matches!(e.tag, Some(Tag::Det | Tag::Num)) || t.is(shape::CAP) {
            // A subject phrase followed somewhere by a verb-like word (aux, modal, -ed, -s).
            return (k + 1..end.min(k + 12)).any(|j| {
                let u = &self.v.toks[j];
                u.kind == Kind::Word
                    && (matches!(u.lex().tag, Some(Tag::Aux | Tag::Modal)) || u.lex().has(flag::NEGATION))
            });
        }
        if matches!(e.tag, Some(Tag::Aux | Tag::Modal | Tag::Prep | Tag::Sub | Tag::Conj)) {
            return matches!(e.tag, Some(Tag::Sub));
        }
        // A bare noun subject: "officials were", "prices will".
        (k + 1..end.min(k + 6)).any(|j| matches!(self.v.toks[j].lex().tag, Some(Tag::Aux | Tag::Modal)))
    }

    /// Quotations that no cue claimed: speech continues the last speaker (a floating quote);
    /// short labels are not speech.
    fn floating(&mut self, regions: &[usize], frames: &mut Vec<Frame>) {
        for &ri in regions {
            if self.claimed[ri] {
                continue;
            }
            let r = &self.regions[ri];
            let words = r.words(self.v.toks);
            let first = r.first();
            let last = r.last_end().saturating_sub(1).max(first);
            let sent = self.v.sentence(first.min(self.v.toks.len() - 1));
            let para = self.v.paragraph(first.min(self.v.toks.len() - 1));
            let starts_sentence = r.open == sent.start || r.open == para.start;
            let ends_with_stop =
                self.v.toks[last].kind == Kind::Punct && matches!(self.v.toks[last].ch, '.' | '?' | '!' | ',' | '…');
            let multi_para = r.parts.len() > 1;
            let speech = multi_para
                || (starts_sentence && (words >= 4 || ends_with_stop))
                || words >= 8
                || (words >= 5 && ends_with_stop);
            if !speech {
                continue;
            }
            if r.single && words < 6 {
                continue;
            }
            // A title in quotation marks names a work; nobody says it.
            if !multi_para && (2..=12).contains(&words) && r.title_case(self.v.text, self.v.toks) {
                continue;
            }
            self.claimed[ri] = true;
            let attr = self.new_attr(QuoteKind::Direct, r.parts.clone(), None, None, r.open, Some(ri));
            frames.push(Frame {
                attr,
                np: None,
                inherit: true,
            });
        }
    }

    /// Resolves the speakers of a paragraph's frames in text order.
    fn resolve(&mut self, pi: usize, frames: Vec<Frame>) {
        let mut prev_in_sentence: Option<(usize, Option<usize>, Option<Range<usize>>)> = None;
        for mut f in frames {
            // The discourse knows every name up to this attribution's last word.
            let upto = [f.attr.pos + 1, f.attr.source.as_ref().map_or(0, |s| s.end)]
                .into_iter()
                .chain(f.attr.content_toks.first().map(|r| r.start + 1))
                .max()
                .unwrap_or(0);
            self.feed_names(upto);
            let sent = f.attr.sent;
            let speaker = match (&f.np, f.inherit) {
                // A transcript's label already names its person.
                _ if f.attr.speaker.is_some() => f.attr.speaker,
                (Some(np), _) => self.speaker_of(np, sent),
                (None, true) => {
                    let floating = f.attr.cue.is_empty();
                    if floating {
                        // A floating quote continues the last speaker of the last few
                        // paragraphs, or else the person the text has just been about.
                        self.last_speaker
                            .filter(|&(_, p)| pi - p <= 3)
                            .map(|(e, _)| e)
                            .or_else(|| self.salient_person(f.attr.pos, sent))
                    } else {
                        // A participle ("…, adding") continues the subject of its sentence.
                        match prev_in_sentence.as_ref() {
                            Some((s, e, src)) if *s == sent => {
                                f.attr.source = src.clone();
                                *e
                            }
                            _ => self.last_speaker.filter(|&(_, p)| pi - p <= 1).map(|(e, _)| e),
                        }
                    }
                }
                (None, false) => None,
            };
            f.attr.speaker = speaker;
            if let Some(e) = speaker {
                self.gender_from_content(e, &f.attr);
                self.actors.entities[e].active = true;
                // A stand taken without words ("Canada preferred immigrants who …", "the
                // board backed the plan") names no one whose words a floating quote goes on.
                let wordless = f
                    .attr
                    .cue_tok
                    .and_then(|k| self.cue_at(k))
                    .is_some_and(|fl| !fl.reports_words());
                if !wordless {
                    self.last_speaker = Some((e, pi));
                }
                // A document that speaks for its author ("the statement said") is no mention
                // of that author.
                let document = f.np.as_ref().is_some_and(|np| {
                    let e = self.v.toks[np.head].lex();
                    np.kind == Head::Noun
                        && e.has(flag::DOCUMENT)
                        && !e.has(flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD)
                });
                if let (Some(np), Some(src), false) = (&f.np, &f.attr.source, document) {
                    let toks = self.mention_toks(np, src);
                    let span = Span::new(self.v.toks[toks.start].start, self.v.toks[toks.end - 1].end);
                    self.actors.mention(e, toks, span);
                    let pos = np.head;
                    let s = self.v.seg.sent_of[pos] as usize;
                    self.disc.insert(Seen {
                        entity: e,
                        pos,
                        sent: s,
                        prominent: true,
                    });
                }
            }
            prev_in_sentence = Some((sent, speaker, f.attr.source.clone()));
            self.out.push(f.attr);
        }
    }

    /// The tokens recorded as the speaker's mention for a phrase: the name inside a name
    /// phrase, else the whole phrase without the ", who" that a relative's antecedent
    /// carries ("farmers, who said").
    fn mention_toks(&self, np: &Np, src: &Range<usize>) -> Range<usize> {
        if np.kind == Head::Name {
            return self.name_toks(np);
        }
        let who = src.len() > 2 && self.v.is(src.end - 1, "who") && self.v.toks[src.end - 2].is_punct(',');
        if who {
            src.start..src.end - 2
        } else {
            src.clone()
        }
    }

    /// The tokens of the name inside a name phrase (titles and determiners dropped).
    fn name_toks(&self, np: &Np) -> Range<usize> {
        if let Some(m) = self.actors.name_mention_at(np.head) {
            return self.actors.mentions[m].toks.clone();
        }
        let mut s = np.head;
        while s > np.toks.start
            && is_cap_word(&self.v.toks[s - 1])
            && !self.v.toks[s - 1].lex().has(flag::TITLE | flag::HONORIFIC)
        {
            s -= 1;
        }
        s..np.head + 1
    }

    /// The actor a speaker phrase refers to, creating groups, anonymous sources and
    /// unrecognized names as needed.
    fn speaker_of(&mut self, np: &Np, sent: usize) -> Option<usize> {
        let toks = self.v.toks;
        match np.kind {
            Head::Pronoun => {
                let (person, _) = toks[np.head].lex().pron?;
                resolve_pronoun(self.actors, &self.disc, person, np.head, sent)
            }
            Head::Name => {
                // "the Kentucky Republican": a party or nationality word after "the" describes
                // a person the text has just been about.
                let described =
                    self.v.is(np.toks.start, "the") && np.toks.len() <= 3 && toks[np.head].lex().has(flag::DEMONYM);
                if described {
                    if let Some(e) = self.salient_person(np.toks.start, sent) {
                        return Some(e);
                    }
                }
                // The name at the head, else the last person named in the phrase, else the last
                // organization or place.
                let mut best: Option<(usize, u8)> = self
                    .actors
                    .name_mention_at(np.head)
                    .map(|m| (self.actors.mentions[m].entity, u8::MAX));
                for k in np.toks.clone() {
                    if let Some(m) = self.actors.name_mention_at(k) {
                        let e = self.actors.mentions[m].entity;
                        let rank = match self.actors.entities[e].kind {
                            Some(ActorKind::Person) | None => 3,
                            Some(ActorKind::Organization) => 2,
                            _ => 1,
                        };
                        if best.is_none_or(|(_, r)| rank >= r) {
                            best = Some((e, rank));
                        }
                    }
                }
                if let Some((e, _)) = best {
                    self.actors.default_kind(e, ActorKind::Person, Rule::ActorSpeaks);
                    // Speaking by name is evidence of a person (or a body).
                    self.actors.entities[e].evidence = 2;
                    return Some(e);
                }
                // A name the recognizer skipped (a capitalized word at the start of a sentence).
                let r = self.name_toks(np);
                let name = self.v.text[toks[r.start].start..toks[r.end - 1].end].to_string();
                let gender = toks[r.start].lex().gender;
                let kind = if toks[r.clone()].iter().any(|t| {
                    t.lex()
                        .has(flag::ORG_HEAD | flag::ORG_SUFFIX | flag::MEDIA_WORD | flag::ORG_NAME)
                }) || (r.len() == 1 && toks[r.start].is(shape::ALL_CAPS))
                {
                    ActorKind::Organization
                } else {
                    ActorKind::Person
                };
                if let Some(e) = self.actors.find_name(&name) {
                    return Some(e);
                }
                let e = self
                    .actors
                    .add(name, kind, gender, kind == ActorKind::Organization, Rule::ActorSpeaks);
                Some(e)
            }
            Head::Noun => self.noun_speaker(np, sent),
        }
    }

    fn noun_speaker(&mut self, np: &Np, _sent: usize) -> Option<usize> {
        let toks = self.v.toks;
        let head = &toks[np.head];
        let e = head.lex();
        let first = &toks[np.toks.start];
        let det = first.kind == Kind::Word && first.lex().tag == Some(Tag::Det);
        let det_word = if det {
            first.text(self.v.text).to_ascii_lowercase()
        } else {
            String::new()
        };
        let definite = matches!(det_word.as_str(), "the" | "this" | "that");
        // A named owner inside: "the ministry's spokesperson", "a spokesperson for Health Canada".
        // (Not a name inside a relative clause: "a woman who has accused Clinton of …".)
        let owner_end = (np.head + 1..np.toks.end)
            .find(|&k| crate::phrase::is_verbish(&toks[k]) || ["who", "which", "that"].iter().any(|w| self.v.is(k, w)))
            .unwrap_or(np.toks.end);
        let named = (np.toks.start..owner_end)
            .rev()
            .find_map(|k| self.actors.name_mention_at(k))
            .map(|m| self.actors.mentions[m].entity);
        let anonymity = self.anonymity_nearby(np);
        // Descriptive names keep an indefinite article as written ("a senior official"); "the"
        // is dropped.
        let phrase_start = if definite { np.toks.start + 1 } else { np.toks.start };
        let name_end = self.phrase_name_end(np);
        let label = self.v.text[toks[phrase_start.min(np.head)].start..toks[name_end - 1].end].to_string();
        if e.has(flag::DOCUMENT) && !e.has(flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD) {
            // "the report said": whoever the article says wrote or issued it.
            return named.or_else(|| self.document_owner(np, definite));
        }
        if definite && !anonymity {
            let sent = self.v.seg.sent_of[np.head] as usize;
            if let Some(ent) = resolve_description(self.actors, &self.disc, head, np.head, sent) {
                return Some(ent);
            }
        }
        if let Some(owner) = named {
            let role_of_owner =
                e.has(flag::ROLE | flag::ORG_HEAD) || self.v.word(np.head).eq_ignore_ascii_case("office");
            if role_of_owner {
                return Some(owner);
            }
        }
        // A share with a number for its head ("Six in 10") is a group of people.
        // So is a quantity alone ("Some say", "Many said"), unless it counts one.
        let quantity = e.tag == Some(Tag::Det)
            && !["another", "each", "either", "neither"]
                .iter()
                .any(|w| self.v.word(np.head).eq_ignore_ascii_case(w));
        let share = head.kind == Kind::Number || e.tag == Some(Tag::Num) || quantity;
        let plural = e.has(flag::GROUP) || e.has(flag::ANON_PLURAL) || share;
        let kind =
            if anonymity || (e.has(flag::ANON) && (!plural || self.v.word(np.head).eq_ignore_ascii_case("sources"))) {
                ActorKind::Anonymous
            } else if e.has(flag::ORG_HEAD) && !e.has(flag::GROUP) {
                ActorKind::Organization
            } else if plural {
                ActorKind::Group
            } else if e.has(flag::ROLE | flag::TITLE) || !self.v.word(np.head).ends_with('s') {
                ActorKind::Anonymous
            } else {
                ActorKind::Group
            };
        // A bare "sources" or "people" after a described one ("sources familiar with the
        // talks") is the same anonymous group.
        if kind == ActorKind::Anonymous && phrase_start >= np.head && name_end == np.head + 1 {
            let role = head.entry_id();
            let earlier = self.disc.before(np.head).find(|s| {
                let ent = &self.actors.entities[s.entity];
                ent.kind == Some(ActorKind::Anonymous) && ent.plural == plural && ent.roles.contains(&role)
            });
            if let Some(s) = earlier {
                return Some(s.entity);
            }
        }
        let gender = if e.has(flag::GIVEN) { Gender::Unknown } else { e.gender };
        let common = toks[phrase_start]
            .lex()
            .has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::DOCUMENT | flag::ORG_HEAD)
            && !toks[phrase_start].lex().has(flag::GIVEN | flag::PLACE | flag::DEMONYM);
        let label = if common && !toks[phrase_start].is(shape::ALL_CAPS) {
            lowercase_first(&label)
        } else {
            label
        };
        let e = self.actors.add(label, kind, gender, plural, Rule::ActorDescribed);
        // "the official" later refers back to "a senior official".
        let role = toks[np.head].entry_id();
        if !self.actors.entities[e].roles.contains(&role) {
            self.actors.entities[e].roles.push(role);
        }
        Some(e)
    }

    /// The person most recently mentioned as a subject, within the last two sentences before
    /// token `pos`.
    fn salient_person(&self, pos: usize, sent: usize) -> Option<usize> {
        self.disc
            .before(pos)
            .take_while(|s| sent.saturating_sub(s.sent) <= 2)
            .find(|s| {
                let ent = &self.actors.entities[s.entity];
                s.prominent && ent.kind == Some(ActorKind::Person) && ent.evidence >= 2
            })
            .map(|s| s.entity)
    }

    /// Who is behind a document that speaks ("her statement said", "the white paper said"):
    /// a possessive pronoun's referent, or the owner named where the same document word last
    /// appeared with one ("Canadian Pacific's white paper", "a report from the agency").
    fn document_owner(&mut self, np: &Np, definite: bool) -> Option<usize> {
        let toks = self.v.toks;
        let first = &toks[np.toks.start];
        if let (Some((person, _)), true) = (first.lex().pron, crate::phrase::is_owner_pronoun(first, self.v.text)) {
            let sent = self.v.seg.sent_of[np.toks.start] as usize;
            return resolve_pronoun(self.actors, &self.disc, person, np.toks.start, sent);
        }
        if !definite {
            return None;
        }
        let want = toks[np.head].entry_id();
        let lo = np.head.saturating_sub(400);
        for k in (lo..np.head).rev() {
            if toks[k].entry_id() != want || toks[k].kind != Kind::Word {
                continue;
            }
            // "<Name>'s report", "the <Name> white paper"
            let mut b = k;
            while b > lo
                && toks[b - 1].kind == Kind::Word
                && !toks[b - 1].is(shape::CAP)
                && !toks[b - 1].lex().has(flag::FUNCTION)
            {
                b -= 1;
            }
            if b >= 1 && toks[b - 1].is(shape::POSSESSIVE) {
                b -= 1;
            }
            if b >= 1 {
                if let Some(m) = self.actors.name_mention_at(b - 1) {
                    return Some(self.actors.mentions[m].entity);
                }
            }
            // "X said in a statement …. The statement also said": whoever spoke in it.
            if let Some(e) = self.speaker_in(k) {
                return Some(e);
            }
            // "report from/by <Name>", "report released by <Name>"
            for j in k + 1..(k + 5).min(toks.len()) {
                if let Some(m) = self.actors.name_mention_at(j) {
                    let linked = (k + 1..j).any(|x| matches!(self.v.word(x), "from" | "by" | "of"));
                    if linked {
                        return Some(self.actors.mentions[m].entity);
                    }
                    break;
                }
            }
        }
        None
    }

    /// The speaker of an attribution made through the document word at `k`: its cue comes
    /// shortly before it in the same sentence ("said in a statement", "wrote in its blog post").
    fn speaker_in(&self, k: usize) -> Option<usize> {
        let toks = self.v.toks;
        // The document is where something was said: "in a statement", "in the company's blog
        // post", "on its website" (not "as the polls closed").
        let mut j = k;
        while j > 0 && k - j < 4 {
            let p = &toks[j - 1];
            let describes = p.kind == Kind::Word
                && (p.is_det() || p.is(shape::POSSESSIVE) || p.lex().pron.is_some() || !p.lex().has(flag::FUNCTION));
            if !describes {
                break;
            }
            j -= 1;
        }
        if j == 0 || !matches!(self.v.word(j - 1), "in" | "on" | "via" | "through") {
            return None;
        }
        let sent = self.v.seg.sent_of[k] as usize;
        let at = toks[j - 1].start;
        self.out
            .iter()
            .rev()
            .take(12)
            .filter(|a| a.sent == sent)
            .find(|a| a.cue.first().is_some_and(|c| c.end <= at && at - c.end <= 40))
            .and_then(|a| a.speaker)
    }

    /// Where a descriptive speaker phrase's label ends: before "who", "familiar", a comma.
    fn phrase_name_end(&self, np: &Np) -> usize {
        let mut end = np.head + 1;
        // What makes an anonymous source one: "people familiar with the talks", "a source
        // close to the minister", "officials with knowledge of the plan".
        let described = crate::phrase::source_descriptor(&self.v, end);
        if described && end + 2 < np.toks.end {
            let mut j = end + 2;
            while j < np.toks.end && self.v.toks[j].kind != Kind::Punct && !self.v.is(j, "who") {
                j += 1;
            }
            return j;
        }
        // Keep "for the ministry" in "a spokesperson for the ministry".
        if end < np.toks.end && matches!(self.v.word(end), "for" | "of" | "at" | "with") {
            let mut j = end + 1;
            while j < np.toks.end
                && self.v.toks[j].kind == Kind::Word
                && !self.v.is(j, "who")
                && !self.v.is(j, "familiar")
            {
                j += 1;
            }
            end = j;
        }
        end
    }

    /// "on condition of anonymity", "not authorized to speak", "asked not to be named" near the phrase.
    fn anonymity_nearby(&self, np: &Np) -> bool {
        let s = self.v.sentence(np.head);
        let lo = np.toks.start.max(s.start);
        let hi = s.end.min(np.toks.end + 25);
        (lo..hi).any(|k| {
            let w = self.v.word(k);
            w.eq_ignore_ascii_case("anonymity")
                || w.eq_ignore_ascii_case("anonymously")
                || crate::phrase::source_descriptor(&self.v, k)
                || (w.eq_ignore_ascii_case("authorized") && k > 0 && self.v.toks[k - 1].lex().has(flag::NEGATION))
                || (w.eq_ignore_ascii_case("named") && k >= 3 && self.v.toks[k - 3].lex().has(flag::NEGATION))
        })
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
