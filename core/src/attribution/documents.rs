//! Step 8, documents that speak ("the report said", "a statement released by the ministry
//! read"): each speaks for whoever the article says wrote or issued it.

use super::*;

/// Participles and past forms of issuing a document: "the agency released a report", "a
/// statement issued by the office".
const ISSUING: &[&str] = &[
    "released",
    "published",
    "issued",
    "unveiled",
    "commissioned",
    "posted",
    "tabled",
    "filed",
    "prepared",
    "written",
    "authored",
    "sent",
];

/// How far back an earlier mention of the document is looked for, in tokens: the same word,
/// or another document word ("A report by the company … The white paper said").
const DOCUMENT_WINDOW: usize = 400;

impl Pass<'_> {
    /// Who is behind a document that speaks: a possessive pronoun's referent ("her
    /// statement said"); the owner its own phrase names ("a statement released by the
    /// ministry"); for a definite phrase, the owner named where the same document word last
    /// appeared with one ("Canadian Pacific's white paper … the white paper said"), else where
    /// another document word did ("A report by the railway … The white paper said").
    ///
    /// Rule: `speaker.document-owner`.
    pub(super) fn document_owner(&mut self, np: &Np, definite: bool) -> Option<usize> {
        let toks = self.v.toks;
        let first = &toks[np.toks.start];
        if let (Some((person, _)), true) = (first.lex().pron, crate::phrase::is_owner_pronoun(first, self.v.text)) {
            let sent = self.v.seg.sent_of[np.toks.start] as usize;
            return resolve_pronoun(self.actors, &self.disc, person, np.toks.start, sent);
        }
        if let Some(e) = self.owner_after(np.head) {
            return Some(e);
        }
        if !definite {
            return None;
        }
        // The same word first, with whoever spoke in it; then another document word, only by
        // a named author.
        let want = toks[np.head].entry_id();
        for same in [true, false] {
            for k in (np.head.saturating_sub(DOCUMENT_WINDOW)..np.head).rev() {
                let word = toks[k].kind == Kind::Word && (toks[k].entry_id() == want) == same;
                if word && (same || self.document_head(k)) {
                    if let Some(e) = self.owner_at(k, same) {
                        return Some(e);
                    }
                }
            }
        }
        self.issuer_by_role(want)
    }

    /// The actor the article knows by the role that issues the document with entry `doc`
    /// (`data/documents.txt`): "Prosecutors say …" for "the complaint said".
    /// The first entity with each role is indexed once, as entities are added, so that
    /// every lookup is constant work.
    fn issuer_by_role(&mut self, doc: EntryId) -> Option<usize> {
        let roles = crate::lexicon::lexicon().issuers.get(&doc)?;
        let ents = &self.actors.entities;
        for (e, ent) in ents.iter().enumerate().skip(self.roles_read) {
            crate::ops::tick(1);
            for &r in &ent.roles {
                self.by_role.entry(r).or_insert(e);
            }
        }
        self.roles_read = ents.len();
        roles
            .iter()
            .filter_map(|r| self.by_role.get(r).copied())
            .find(|&e| !ents[e].mentions.is_empty() || ents[e].kind.is_some())
    }

    /// Whether the token at `k` is a document word heading its phrase ("the report", not
    /// "report cards").
    fn document_head(&self, k: usize) -> bool {
        let e = self.v.toks[k].lex();
        e.has(flag::DOCUMENT) && !e.has(flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD) && !self.noun_follows(k)
    }

    /// Whether a lowercase content word that is no verb follows token `k`, so that `k` only
    /// modifies it ("report cards", "Acme players").
    pub(super) fn noun_follows(&self, k: usize) -> bool {
        self.v.toks.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word && !n.is(shape::CAP) && !n.lex().has(flag::FUNCTION) && !crate::phrase::is_verbish(n)
        })
    }

    /// The owner the article gives the document word at `k`: a name owning it ("<Name>'s
    /// report", "the <Name> white paper"), the speaker of an attribution made in it, the
    /// author its by-phrase names, or the subject that issued it. With `spoken_in` false the
    /// speaker of an attribution made in it is not taken: another document word is the same
    /// document only when the article says who wrote it ("a spokesperson said in a
    /// statement" is not the memo that speaks later).
    fn owner_at(&mut self, k: usize, spoken_in: bool) -> Option<usize> {
        let toks = self.v.toks;
        let lo = k.saturating_sub(8);
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
        if let Some(m) = b.checked_sub(1).and_then(|p| self.actors.name_mention_at(p)) {
            return Some(self.actors.mentions[m].entity);
        }
        let spoken = if spoken_in { self.speaker_in(k) } else { None };
        spoken.or_else(|| self.owner_after(k)).or_else(|| self.issuer_of(b))
    }

    /// The author named right after the document word at `k`: "a report by Acme", "a
    /// statement released Tuesday by the ministry", "a letter from the company" (a definite
    /// description is resolved: "a report by the railway company"). Not whoever merely holds
    /// it ("a memo obtained by the newspaper").
    fn owner_after(&mut self, k: usize) -> Option<usize> {
        let toks = self.v.toks;
        let hi = self.v.sentence(k).end;
        let mut j = k + 1;
        if j < hi && ISSUING.iter().any(|w| self.v.is(j, w)) {
            j = self.skip_adjuncts(j + 1, hi);
        }
        if j >= hi || !self.v.is_any(j, &["by", "from"]) {
            return None;
        }
        let s = j + 1;
        for (x, t) in toks.iter().enumerate().take((s + 5).min(hi)).skip(s) {
            if let Some(m) = self.actors.name_mention_at(x) {
                // A name that only modifies the author is not it ("a lawsuit by Acme
                // players").
                let end = self.actors.mentions[m].toks.end;
                return (!self.noun_follows(end - 1)).then(|| self.actors.mentions[m].entity);
            }
            if t.kind != Kind::Word || crate::phrase::is_verbish(t) {
                break;
            }
        }
        let np = np_right(&self.v, s, hi)?;
        let definite = self.v.is(np.toks.start, "the") && np.kind == Head::Noun;
        if !definite {
            return None;
        }
        self.resolve_described(&np)
    }

    /// The actor a definite description refers back to: for a body, first the last one whose
    /// name holds one of its noun modifiers ("the railway company" → "Canadian Pacific
    /// Railway"), else the usual reading of its head ("the company" → the last company).
    ///
    /// Rules: `speaker.description`, `speaker.document-owner`.
    pub(super) fn resolve_described(&mut self, np: &Np) -> Option<usize> {
        let toks = self.v.toks;
        let head = &toks[np.head];
        if head.lex().has(flag::ORG_HEAD) {
            let modifiers: Vec<&str> = (np.toks.start..np.head)
                .filter(|&k| {
                    let t = &toks[k];
                    t.kind == Kind::Word
                        && !t.is(shape::CAP)
                        && !t.lex().has(flag::FUNCTION)
                        && (t.lex().has(flag::NOUN_WORD) || !t.lex().has(flag::ADJ_WORD))
                })
                .map(|k| self.v.word(k))
                .collect();
            if let Some(e) = crate::coref::body_with_modifier(self.actors, &self.disc, &modifiers, np.toks.start) {
                return Some(e);
            }
        }
        let sent = self.v.sentence_of(np.head);
        resolve_description(self.actors, &self.disc, head, self.v.word(np.head), np.head, sent)
    }

    /// The named subject of a verb of issuing just before the document phrase starting at
    /// `b`: "the authority released a report", "Acme has published its annual review".
    fn issuer_of(&self, b: usize) -> Option<usize> {
        let toks = self.v.toks;
        let mut j = b;
        while j > 0 && b - j < 3 && (toks[j - 1].is_det() || toks[j - 1].lex().pron.is_some()) {
            j -= 1;
        }
        let verb = j.checked_sub(1)?;
        if !ISSUING.iter().any(|w| self.v.is(verb, w)) {
            return None;
        }
        let mut s = verb;
        while s > 0 && verb - s < 2 && self.v.is_any(s - 1, &["has", "have", "had", "also", "just"]) {
            s -= 1;
        }
        let m = self.actors.name_mention_at(s.checked_sub(1)?)?;
        Some(self.actors.mentions[m].entity)
    }

    /// The speaker of an attribution made through the document word at `k`: its cue comes
    /// shortly before it in the same sentence ("said in a statement", "wrote in its blog post").
    pub(super) fn speaker_in(&self, k: usize) -> Option<usize> {
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
}
