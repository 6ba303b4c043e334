//! Targets: what actors take positions on. Every actor of the article is one, and so is every
//! issue: a noun phrase (a plan, a bill, a decision, an idea), found across the whole article
//! and clustered into one target by its head noun and its distinguishing modifier ("the ferry
//! plan", "the plan", "Monday's plan" are one plan when the article has one; "the climate
//! plan" and "the ferry plan" are two). Each target has a label a reader recognizes (its
//! fullest mention), a kind and all its mentions; its salience (mentions, the title, quotes)
//! says which issues are shown.

use std::ops::Range;

use crate::actors::Actors;
use crate::document::TargetKind;
use crate::lexicon::{flag, FastMap, Tag};
use crate::text::Span;
use crate::tokens::{is_apostrophe, is_double_quote, opens_single, shape, Kind, Token};
use crate::view::View;

/// The longest issue phrase, in words, before an "of" phrase.
const MAX_PHRASE: usize = 6;

/// One target.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// An actor or an issue.
    pub kind: TargetKind,
    /// The actor, for an actor target.
    pub actor: Option<usize>,
    /// The label a reader recognizes: the actor's name, or the issue's fullest mention.
    pub label: String,
    /// Its mentions as token ranges, in text order.
    pub mentions: Vec<Range<usize>>,
    /// How prominent it is: mentions, more for the title and quotations.
    pub salience: u32,
}

/// Every target of an article, and which target each token mentions.
#[derive(Debug, Default)]
pub(crate) struct Targets {
    /// The targets: actors first (by entity), then issues in order of first mention.
    pub list: Vec<Target>,
    /// Per token: the target whose mention holds it (+1), or 0; an actor's name inside an
    /// issue's mention is the actor's.
    pub at: Vec<u32>,
    /// Per token: the issue whose mention holds it (+1), or 0.
    pub issue_at: Vec<u32>,
    /// Per token: the bounds of the mention [`Targets::at`] finds there.
    bounds: Vec<(u32, u32)>,
}

impl Targets {
    /// The target whose mention holds token `k`.
    #[inline]
    pub fn at(&self, k: usize) -> Option<usize> {
        match self.at.get(k) {
            Some(&t) if t > 0 => Some(t as usize - 1),
            _ => None,
        }
    }

    /// The issue whose mention holds token `k`.
    #[inline]
    pub fn issue_at(&self, k: usize) -> Option<usize> {
        match self.issue_at.get(k) {
            Some(&t) if t > 0 => Some(t as usize - 1),
            _ => None,
        }
    }

    /// The target a phrase `r` (an object, a subject) is about: the issue its words start,
    /// else the first actor it names, else the last target in it.
    pub fn of_phrase(&self, r: &Range<usize>) -> Option<usize> {
        r.clone()
            .take(3)
            .find_map(|j| self.issue_at(j))
            .or_else(|| r.clone().find_map(|j| self.at(j)))
    }

    /// The mention of target `t` that holds token `k`, when [`Targets::at`] finds `t` there.
    pub fn mention_at(&self, t: usize, k: usize) -> Option<Range<usize>> {
        (self.at(k) == Some(t)).then(|| {
            let (s, e) = self.bounds[k];
            s as usize..e as usize
        })
    }

    /// Marks tokens `r` as a mention of target `t` (over any issue's; never over an actor's
    /// name).
    fn mark(&mut self, t: usize, r: &Range<usize>) {
        for j in r.clone() {
            let issue_there = self.at(j).is_some_and(|o| self.list[o].kind == TargetKind::Issue);
            if self.at[j] == 0 || issue_there {
                self.at[j] = t as u32 + 1;
                self.bounds[j] = (r.start as u32, r.end as u32);
            }
        }
    }

    /// The byte spans of target `t`'s mentions.
    pub fn spans(&self, v: &View, t: usize) -> Vec<Span> {
        self.list[t].mentions.iter().map(|m| v.span_of(m)).collect()
    }
}

/// The targets of the article: its actors (with every mention coreference linked) and its
/// issues.
pub(crate) fn find(v: &View, actors: &Actors) -> Targets {
    let mut targets = Targets {
        list: Vec::new(),
        at: vec![0; v.len()],
        issue_at: vec![0; v.len()],
        bounds: vec![(0, 0); v.len()],
    };
    let mut actor_target = vec![u32::MAX; actors.entities.len()];
    for m in &actors.mentions {
        if m.toks.is_empty() || m.toks.end > v.len() {
            continue;
        }
        let e = m.entity;
        if actor_target[e] == u32::MAX {
            actor_target[e] = targets.list.len() as u32;
            targets.list.push(Target {
                kind: TargetKind::Actor,
                actor: Some(e),
                label: actors.entities[e].name.clone(),
                mentions: Vec::new(),
                salience: 0,
            });
        }
        let t = actor_target[e] as usize;
        targets.list[t].mentions.push(m.toks.clone());
        targets.mark(t, &m.toks);
    }
    for t in &mut targets.list {
        crate::sort::by_key(&mut t.mentions, |m| m.start);
        t.mentions.dedup();
        t.salience = t.mentions.len() as u32;
    }
    issues(v, &mut targets);
    targets
}

/// Finds the issue phrases of every sentence and clusters them into targets.
fn issues(v: &View, targets: &mut Targets) {
    // The issue targets by head noun, most recent last, each with its distinguishing modifier.
    let mut by_head: FastMap<String, Vec<(usize, String)>> = FastMap::default();
    // Each target's label as the token range of its fullest mention so far (empty for actors);
    // the words are read out once, at the end.
    let mut labels: Vec<Range<usize>> = vec![0..0; targets.list.len()];
    let mut head = String::new();
    let mut modifier = String::new();
    for sent in &v.seg.sents {
        let title = v.seg.paras[sent.para].is_title;
        if v.seg.paras[sent.para].boilerplate {
            continue;
        }
        let mut k = sent.toks.start;
        while k < sent.toks.end {
            crate::ops::tick(1);
            // Most words open no phrase: a function word that is no determiner, punctuation.
            let t = &v.toks[k];
            let may_open = t.kind == Kind::Word
                && (!t.lex().has(flag::FUNCTION | flag::PRONOUN) || t.is_det() || t.lex().pron.is_some());
            let Some(phrase) = may_open.then(|| issue_phrase(v, targets, k, sent.toks.end)).flatten() else {
                k += 1;
                continue;
            };
            lemma_into(v.word(phrase.head), &mut head);
            modifier_into(v, &phrase, &mut modifier);
            let t = cluster(targets, &mut by_head, &mut labels, (&head, &modifier), v, &phrase);
            let target = &mut targets.list[t];
            target.mentions.push(phrase.toks.clone());
            target.salience += 1 + 2 * u32::from(title) + u32::from(phrase.quoted(v));
            targets.mark(t, &phrase.toks);
            for j in phrase.toks.clone() {
                targets.issue_at[j] = t as u32 + 1;
            }
            // An "of" phrase is an issue of its own too ("the treatment of Indigenous peoples"
            // holds "Indigenous peoples"), read next.
            k = phrase.of_from.unwrap_or(phrase.toks.end).max(k + 1);
        }
    }
    for (t, r) in labels.iter().enumerate() {
        if !r.is_empty() {
            targets.list[t].label = label_text(v, r);
        }
    }
}

/// A label as written: the words of tokens `r`, single-spaced.
fn label_text(v: &View, r: &Range<usize>) -> String {
    let s = v.span_of(r).text(v.text);
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The issue target a phrase with head `head` and modifier `modifier` belongs to: the one with
/// the same head and modifier, or, for a phrase without a modifier, the one with that head
/// mentioned last; else a new one.
fn cluster(
    targets: &mut Targets,
    by_head: &mut FastMap<String, Vec<(usize, String)>>,
    labels: &mut Vec<Range<usize>>,
    (head, modifier): (&str, &str),
    v: &View,
    phrase: &Phrase,
) -> usize {
    let same = by_head.get(head).and_then(|list| {
        list.iter()
            .rev()
            .find(|(_, m)| m == modifier || modifier.is_empty() || m.is_empty())
            .map(|&(t, _)| t)
    });
    let label = phrase.label_from..phrase.toks.end;
    if let Some(t) = same {
        // A fuller mention names the target better ("the ferry plan" over "the plan").
        let bytes = |r: &Range<usize>| if r.is_empty() { 0 } else { v.span_of(r).len() };
        if bytes(&label) > bytes(&labels[t]) && phrase.words(v) <= 4 {
            labels[t] = label;
        }
        // A modifier seen later distinguishes the target from then on.
        if let Some(entry) = by_head.get_mut(head).and_then(|l| l.iter_mut().find(|(x, _)| *x == t)) {
            if entry.1.is_empty() {
                entry.1 = modifier.to_string();
            }
        }
        return t;
    }
    let t = targets.list.len();
    targets.list.push(Target {
        kind: TargetKind::Issue,
        actor: None,
        label: String::new(),
        mentions: Vec::new(),
        salience: 0,
    });
    labels.push(label);
    by_head
        .entry(head.to_string())
        .or_default()
        .push((t, modifier.to_string()));
    t
}

/// A noun phrase that can be an issue: its tokens (from its determiner or owner), its head.
#[derive(Debug, Clone)]
struct Phrase {
    toks: Range<usize>,
    head: usize,
    /// Where its "of" phrase's words start, when it has one.
    of_from: Option<usize>,
    /// Where its words start (after a determiner or owner).
    words_from: usize,
    /// Where its label starts: after a determiner, before an owner it has ("court's
    /// decision").
    label_from: usize,
}

impl Phrase {
    /// How many words it has.
    fn words(&self, v: &View) -> usize {
        v.words_in(&(self.label_from..self.toks.end))
    }

    /// Whether it stands inside quotation marks (a speaker's words).
    fn quoted(&self, v: &View) -> bool {
        let s = v.sentence(self.head);
        (s.start..self.head).any(|j| v.toks[j].kind == Kind::Punct && is_double_quote(v.toks[j].ch))
    }
}

/// What a word of a possible issue phrase is, by the word classes learned from GUM
/// (`data/word_classes.txt`) and, for words it does not list, by their endings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Can head the phrase.
    Noun,
    /// Can only modify a noun after it.
    Modifier,
    /// Ends the phrase.
    Other,
}

/// The class of the word at `k` in a phrase whose words start at `from`: a word the lexicon
/// says is usually a verb is one unless a determiner or modifier comes before it and a noun
/// after ("the proposed pact"); an adverb or a function word ends the phrase.
fn class_at(v: &View, k: usize, from: usize) -> Class {
    let t = &v.toks[k];
    let e = t.lex();
    if t.kind != Kind::Word
        || e.has(flag::FUNCTION | flag::PRONOUN | flag::NEGATION | flag::CALENDAR)
        || t.is(shape::POSSESSIVE)
        || (e.cue.is_some() && !t.is(shape::CAP) && !e.has(flag::NOUN_WORD))
    {
        return Class::Other;
    }
    let w = v.word(k);
    // A pronoun with its verb glued on ("I've", "We're") opens no noun.
    let contraction = ["'ve", "’ve", "'re", "’re", "'ll", "’ll", "'m", "’m", "'d", "’d"]
        .iter()
        .any(|c| w.ends_with(c));
    if contraction {
        return Class::Other;
    }
    if t.is(shape::CAP) {
        return Class::Noun;
    }
    // A stance word in a verb's form ("admires", "backed") is the verb.
    let verb_form = w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing");
    if e.stance.is_some() && verb_form && !e.has(flag::NOUN_WORD) && !after_opener(v, k) {
        return Class::Other;
    }
    let listed = e.has(flag::NOUN_WORD | flag::VERB_WORD | flag::ADJ_WORD | flag::ADV_WORD);
    // After the phrase's first word, a word that is mostly a verb and that a determiner, a
    // pronoun or a preposition follows is the verb ("the union plans a strike").
    let verb_next = k > from
        && e.has(flag::MAINLY_VERB)
        && v.get(k + 1)
            .is_some_and(|n| n.is_det() || n.lex().pron.is_some() || matches!(n.lex().tag, Some(Tag::Prep | Tag::Adv)));
    let noun = if listed {
        e.has(flag::NOUN_WORD) && !(e.has(flag::MAINLY_VERB) && k == from && !after_opener(v, k)) && !verb_next
    } else {
        !(w.ends_with("ly") || w.ends_with("ed") || (w.ends_with("ing") && k == from && !after_opener(v, k)))
    };
    if noun {
        return Class::Noun;
    }
    // (A participle modifies only inside a phrase: "the proposed pact", not "targeting former
    // Miss Universe".)
    let participle = w.ends_with("ed") || w.ends_with("ing") || w.ends_with("en");
    let modifier = if listed {
        e.has(flag::ADJ_WORD) || (e.has(flag::VERB_WORD) && participle && (k > from || after_opener(v, k)))
    } else {
        (w.ends_with("ed") || w.ends_with("ing")) && (k > from || after_opener(v, k))
    };
    if modifier && !e.has(flag::ADV_WORD) {
        Class::Modifier
    } else {
        Class::Other
    }
}

/// Whether the word at `k` follows a determiner, a possessive or an owner.
fn after_opener(v: &View, k: usize) -> bool {
    k > 0 && {
        let p = &v.toks[k - 1];
        p.is_det() || p.is(shape::POSSESSIVE) || matches!(p.lex().pron, Some((_, crate::lexicon::Case::Poss)))
    }
}

/// Whether `w` (lowercase) is a noun too general to take a position on.
fn generic(v: &View, k: usize) -> bool {
    let e = v.toks[k].lex();
    e.has(flag::TIME_UNIT | flag::DAY_PART | flag::GENERIC_NOUN | flag::ADJUNCT_ADVERB)
        || v.toks[k].kind != Kind::Word
        || v.word(k).len() < 3
}

/// The issue phrase starting at token `k`, if one does: an optional determiner, possessive
/// pronoun or owner's name ("the", "their", "Monday's", "the council's"), up to
/// [`MAX_PHRASE`] content words, and an "of" phrase after them ("the treatment of Indigenous
/// peoples"). Names of actors are actors, not issues; a phrase needs a determiner or owner, a
/// preposition before it, or a modifier, so that a lone noun starting a clause is left alone.
fn issue_phrase(v: &View, targets: &Targets, k: usize, hi: usize) -> Option<Phrase> {
    let toks = v.toks;
    let (opener, j) = opening(v, targets, k, hi);
    let label_from = j;
    let mut words_from = j;
    let mut end = j;
    let mut head = None;
    while end < hi && end - words_from < MAX_PHRASE {
        // "the court's decision": the owner's phrase opens the issue's ("decision").
        if head.is_some()
            && (toks[end].is(shape::POSSESSIVE) || plural_owner_mark(v, end))
            && end + 1 < hi
            && class_at(v, end + 1, end + 1) != Class::Other
        {
            words_from = end + 1;
            head = None;
            end += 1;
            continue;
        }
        // An actor's name modifies a noun after it ("the Kinder Morgan pipeline").
        if let Some(t) = targets.at(end).filter(|&t| targets.list[t].kind == TargetKind::Actor) {
            let m = targets.mention_at(t, end).map_or(end + 1, |m| m.end);
            if toks[end].is_cap()
                && m < hi
                && m - words_from < MAX_PHRASE
                && class_at(v, m, m) == Class::Noun
                && targets.at(m).is_none()
            {
                end = m;
                continue;
            }
            break;
        }
        match class_at(v, end, words_from) {
            Class::Noun => head = Some(end),
            Class::Modifier => {}
            Class::Other => break,
        }
        end += 1;
    }
    let head = head?;
    let end = head + 1;
    // Titles and descriptions before a name describe that person ("Republican Indiana Gov.
    // Mike Pence", "union president Ana Ruiz").
    let before_name = targets
        .at(head + 1)
        .is_some_and(|t| targets.list[t].kind == TargetKind::Actor)
        || toks.get(head + 1).is_some_and(|n| n.is_punct('.')) && targets.at(head + 2).is_some();
    if before_name && (toks[head].is_cap() || toks[head].lex().has(flag::TITLE | flag::ROLE)) {
        return None;
    }
    if generic(v, head) || toks[head].is_cap() && end - words_from == 1 && !opener {
        return None;
    }
    // A person's name the recognizer left out (a byline's "Amy Forliti") is no issue.
    let name_like =
        end - words_from >= 2 && toks[words_from].lex().has(flag::GIVEN) && (words_from..end).all(|j| toks[j].is_cap());
    if name_like {
        return None;
    }
    // A bare noun needs a preposition or a predicate before it ("for reform", "opposed
    // tariffs"), or a modifier.
    let after_prep = k > 0 && toks[k - 1].lex().tag == Some(Tag::Prep);
    let after_predicate = k > 0 && (toks[k - 1].lex().stance.is_some() || toks[k - 1].lex().cue.is_some());
    let bare = label_from == k;
    if bare && !after_prep && !after_predicate && end - words_from < 2 {
        return None;
    }
    // After "to", an auxiliary or a subject pronoun, a bare word is a verb ("to avoid", "we
    // strategize").
    let verb_slot = k > 0
        && (v.is(k - 1, "to")
            || matches!(toks[k - 1].lex().tag, Some(Tag::Aux | Tag::Modal))
            || matches!(toks[k - 1].lex().pron, Some((_, crate::lexicon::Case::Subj))));
    if bare && verb_slot {
        return None;
    }
    let (stop, of_from) = of_phrase_after(v, targets, end, hi).map_or((end, None), |(stop, from)| (stop, Some(from)));
    Some(Phrase {
        toks: k..stop,
        head,
        of_from,
        words_from,
        label_from,
    })
}

/// Whether the token at `j` is the apostrophe of a plural owner ("the leagues’ safety
/// practices"): right after a word ending in "s", before a word, with no single quotation
/// mark opened earlier in the sentence (then it would close it; only the last 64 tokens are
/// looked at, so that the test stays linear).
fn plural_owner_mark(v: &View, j: usize) -> bool {
    let toks = v.toks;
    let t = &toks[j];
    if t.kind != Kind::Punct || !is_apostrophe(t.ch) || j == 0 || j + 1 >= toks.len() {
        return false;
    }
    let (p, n) = (&toks[j - 1], &toks[j + 1]);
    let glued = p.kind == Kind::Word && p.end == t.start && v.word(j - 1).ends_with('s');
    let spaced = n.kind == Kind::Word && n.start > t.end;
    let opened = (v.sentence(j).start.max(j.saturating_sub(64))..j)
        .any(|i| toks[i].kind == Kind::Punct && opens_single(toks[i].ch));
    glued && spaced && !opened
}

/// Where the words of an issue phrase starting at `k` start, and whether it opens with a
/// determiner or possessive pronoun: after "the", "their", an actor's name as owner ("the
/// council's", "Ruiz's") or a day's ("Monday's"); else at `k`.
fn opening(v: &View, targets: &Targets, k: usize, hi: usize) -> (bool, usize) {
    let toks = v.toks;
    let t = &toks[k];
    let opener = t.is_det() && !v.is_any(k, &["no", "any", "each", "every", "all", "both"])
        || matches!(t.lex().pron, Some((_, crate::lexicon::Case::Poss)))
        || v.is(k, "her") && k + 1 < hi && class_at(v, k + 1, k + 1) == Class::Noun;
    if opener {
        return (true, k + 1);
    }
    if targets.at(k).is_some() && toks.get(k + 1).is_some_and(|n| n.is(shape::POSSESSIVE)) {
        // "the council's decision", "Ruiz's plan": the owner is an actor, the phrase an issue.
        let mut o = k;
        while o < hi && targets.at(o) == targets.at(k) {
            o += 1;
        }
        if o < hi && toks[o].is(shape::POSSESSIVE) {
            // A quoted name of the owner's issue starts inside its marks ("Lund's “ferry levy”").
            let quoted = o + 2 < hi && toks[o + 1].kind == Kind::Punct && is_double_quote(toks[o + 1].ch);
            return (false, o + 1 + usize::from(quoted));
        }
    } else if toks[k].lex().has(flag::CALENDAR) && toks.get(k + 1).is_some_and(|n| n.is(shape::POSSESSIVE)) {
        return (false, k + 2);
    }
    (false, k)
}

/// The "of" phrase after a head ending at `end` ("the treatment of Indigenous peoples", "the
/// future of the port"): where it stops and where its words start.
fn of_phrase_after(v: &View, targets: &Targets, end: usize, hi: usize) -> Option<(usize, usize)> {
    if !v.is(end, "of") {
        return None;
    }
    let mut o = end + 1;
    if v.get(o).is_some_and(Token::is_det) {
        o += 1;
    }
    let from = o;
    while o < hi && o - from < 4 && (class_at(v, o, from) != Class::Other || targets.at(o).is_some()) {
        o += 1;
    }
    (o > from).then_some((o, end + 1))
}

/// The singular, lowercase form of a head noun into `buf` ("plans" → "plan", "policies" →
/// "policy").
fn lemma_into(w: &str, buf: &mut String) {
    lower_into(w, buf);
    if buf.len() > 4 && buf.ends_with("ies") {
        buf.truncate(buf.len() - 3);
        buf.push('y');
    } else if buf.len() > 3 && buf.ends_with('s') && !buf.ends_with("ss") && !buf.ends_with("us") {
        buf.pop();
    }
}

/// The modifier that tells one target with this head from another: the word right before the
/// head, lowercase, when the phrase has one ("ferry" in "the ferry plan"); an owner does not
/// count.
fn modifier_into(v: &View, p: &Phrase, buf: &mut String) {
    buf.clear();
    if p.head > p.words_from {
        lower_into(v.word(p.head - 1), buf);
    }
}

/// `w` in lowercase into `buf`.
fn lower_into(w: &str, buf: &mut String) {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(w.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// The issues of `text`: label and number of mentions, in order of first mention.
    fn issues_of(text: &str) -> Vec<(String, usize)> {
        let seg = segment(text);
        let v = View::new(text, &seg);
        let actors = Actors::recognize(text, &seg);
        let targets = find(&v, &actors);
        targets
            .list
            .iter()
            .filter(|t| t.kind == TargetKind::Issue)
            .map(|t| (t.label.clone(), t.mentions.len()))
            .collect()
    }

    /// A case: its name, the text, and each issue's label with its number of mentions.
    type Case = (&'static str, &'static str, &'static [(&'static str, usize)]);

    #[test]
    fn issue_cases() {
        let cases: &[Case] = &[
            (
                "one plan by its head, the fullest mention its label",
                "The plan drew fire. The ferry plan was late. Monday's plan was cheaper.",
                &[("ferry plan", 3)],
            ),
            (
                "two plans told apart by their modifiers",
                "The climate plan and the ferry plan differ. The ferry plan is late.",
                &[("climate plan", 1), ("ferry plan", 2)],
            ),
            (
                "a verb after 'to' is no issue",
                "Critics want to avoid the vote.",
                &[("vote", 1)],
            ),
            (
                "a decision owned by an actor",
                "Critics faulted the Harbour Board's decision.",
                &[("decision", 1)],
            ),
            (
                "an 'of' phrase is part of the mention and an issue of its own",
                "The treatment of coastal towns worried them.",
                &[("treatment of coastal towns", 1), ("coastal towns", 1)],
            ),
            (
                "a title before a name describes the person",
                "Union president Ana Ruiz spoke to the crews.",
                &[("crews", 1)],
            ),
            (
                "general nouns are no issues",
                "A lot of the time they waited for the ferry.",
                &[("ferry", 1)],
            ),
            (
                "a name modifies the noun after it",
                "Critics opposed the Kinder Morgan pipeline.",
                &[("Kinder Morgan pipeline", 1)],
            ),
        ];
        let mut failed = Vec::new();
        for (name, text, want) in cases {
            let got = issues_of(text);
            let want: Vec<(String, usize)> = want.iter().map(|(l, n)| (l.to_string(), *n)).collect();
            if got != want {
                failed.push(format!("case {name}: {text}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn lemmas() {
        let mut buf = String::new();
        for (w, want) in [
            ("plans", "plan"),
            ("Policies", "policy"),
            ("class", "class"),
            ("status", "status"),
            ("tax", "tax"),
        ] {
            lemma_into(w, &mut buf);
            assert_eq!(buf, want, "{w}");
        }
    }
}
