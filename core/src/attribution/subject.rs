//! The main clause's subject, for participles and colons, and whether a name is a sentence's
//! subject (prominent in the discourse).

use super::*;

/// How many tokens an opening phrase before a subject may have ("In a statement on Monday,").
pub(super) const MAX_OPENING_PHRASE: usize = 14;

impl Pass<'_> {
    /// The subject of the main clause of the sentence from `lo`, looked for before the verb
    /// at `v`: the phrase before its first verb, at the sentence's start or after an opening
    /// phrase and its comma ("Later that month, the union filed …").
    pub(super) fn main_subject(&self, lo: usize, v: usize) -> Option<Np> {
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
            if self.claims.region_at[j] != 0 || is_stop(toks, j) {
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

    /// Whether a mention starting at `pos` is the subject of its sentence (only titles,
    /// determiners or an opening mark before it).
    pub(super) fn is_subject_position(&self, pos: usize, sent: usize) -> bool {
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
    pub(super) fn after_opening_phrase(&self, pos: usize, start: usize) -> bool {
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
}
