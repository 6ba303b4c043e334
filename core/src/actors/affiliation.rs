//! actor.affiliation: the body a named person belongs to, where the article names them with
//! it: a body and a role before the name ("Interior Ministry spokesman Pavel Trusk", "NASA
//! Administrator Marta Quillon", "Brannock Shipping's chief executive Hana Soult"), or a role of a
//! body in apposition after it ("Hana Soult, chief executive of Brannock Shipping,", "Soult, an
//! Brannock Shipping spokeswoman,"). A person keeps the first body given.

use super::Actors;
use crate::document::ActorKind;
use crate::lexicon::flag;
use crate::tokens::{shape, Kind, Token};
use crate::view::View;

/// The most words between a body and the name, or a role and its body, that may describe the
/// role ("chief executive", "senior press").
const ROLE_WORDS: usize = 4;

impl Actors {
    /// Gives each named person the body its naming affiliates it with.
    pub(super) fn affiliations(&mut self, v: &View) {
        for m in 0..self.mentions.len() {
            crate::ops::tick(1);
            let (toks, e) = (self.mentions[m].toks.clone(), self.mentions[m].entity);
            let ent = &self.entities[e];
            if ent.kind != Some(ActorKind::Person) || ent.affiliation.is_some() {
                continue;
            }
            let body = self.body_before(v, toks.start).or_else(|| self.body_after(v, toks.end));
            if let Some(b) = body.filter(|&b| b != e) {
                self.entities[e].affiliation = Some(b);
            }
        }
    }

    /// The body whose name ends just before the role words before token `start`.
    fn body_before(&self, v: &View, start: usize) -> Option<usize> {
        let toks = v.toks;
        let lo = v.sentence(start).start;
        let mut k = start;
        // An honorific and its period stand between a title and the name ("Administrator Dr.").
        while k > lo && (toks[k - 1].is_punct('.') || toks[k - 1].lex().has(flag::HONORIFIC)) {
            k -= 1;
        }
        if k == lo || !is_role(&toks[k - 1]) {
            return None;
        }
        let mut words = 0;
        while k > lo && words < ROLE_WORDS && describes_role(&toks[k - 1]) {
            k -= 1;
            words += 1;
        }
        if k > lo && toks[k - 1].is(shape::POSSESSIVE) {
            k -= 1;
        }
        self.body_ending_at(k)
    }

    /// The body of a role in apposition after a name ending before `end`: "…, chief
    /// executive of Brannock Shipping", "…, a spokeswoman for the Interior Ministry", "…, an
    /// Brannock Shipping spokeswoman".
    fn body_after(&self, v: &View, end: usize) -> Option<usize> {
        let toks = v.toks;
        let hi = v.sentence(end.saturating_sub(1)).end;
        if !(end < hi && toks[end].is_punct(',')) {
            return None;
        }
        let mut k = end + 1;
        if k < hi && toks[k].is_det() {
            k += 1;
        }
        // "an Brannock Shipping spokeswoman"
        if let Some(m) = self.name_mention_at(k).filter(|&m| self.mentions[m].toks.start == k) {
            let body = self.mentions[m].entity;
            let mut j = self.mentions[m].toks.end;
            let mut words = 0;
            while j < hi && words < ROLE_WORDS && !is_role(&toks[j]) && describes_role(&toks[j]) {
                j += 1;
                words += 1;
            }
            let is_body = self.entities[body].kind == Some(ActorKind::Organization);
            return (is_body && j < hi && is_role(&toks[j]) && !toks[j].is(shape::CAP)).then_some(body);
        }
        // "chief executive of Brannock Shipping", "a professor at the Harwell Institute"
        let mut words = 0;
        let mut role = false;
        while k < hi && words < ROLE_WORDS && describes_role(&toks[k]) {
            role |= is_role(&toks[k]);
            k += 1;
            words += 1;
        }
        if !(role && k < hi && v.is_any(k, &["of", "at", "for", "with"])) {
            return None;
        }
        k += 1;
        if k < hi && v.is(k, "the") {
            k += 1;
        }
        let m = self.name_mention_at(k).filter(|&m| self.mentions[m].toks.start == k)?;
        let body = self.mentions[m].entity;
        (self.entities[body].kind == Some(ActorKind::Organization)).then_some(body)
    }

    /// The organization whose name mention ends at token `k` (exclusive).
    fn body_ending_at(&self, k: usize) -> Option<usize> {
        let m = self.name_mention_at(k.checked_sub(1)?)?;
        let mention = &self.mentions[m];
        let e = mention.entity;
        (mention.toks.end == k && self.entities[e].kind == Some(ActorKind::Organization)).then_some(e)
    }
}

/// Whether `t` names a role or title ("spokesman", "Administrator"), no honorific.
fn is_role(t: &Token) -> bool {
    t.kind == Kind::Word && t.lex().has(flag::ROLE | flag::TITLE) && !t.lex().has(flag::HONORIFIC | flag::GROUP)
}

/// Whether `t` may be part of a role's description: a role word, or a lowercase word that is
/// no function word or verb of saying ("chief", "senior", "press").
fn describes_role(t: &Token) -> bool {
    let e = t.lex();
    is_role(t)
        || (t.kind == Kind::Word
            && !t.is(shape::CAP)
            && !e.has(flag::FUNCTION | flag::VERB_WORD)
            && e.cue.is_none()
            && e.stance.is_none())
}
