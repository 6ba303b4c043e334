//! Step 2, labels: a transcript's line under a person's name, a headline under a speaker's.

use super::*;

/// Longest speaker label before a colon, in tokens ("Senator Jane Doe:").
pub(super) const MAX_LABEL_WORDS: usize = 4;

impl Pass<'_> {
    /// A speaker's name as the label of a paragraph, as in transcripts and headlines: "PENCE:
    /// Well, look …", "Ruiz: Port Deal Is Dead". The colon is the cue.
    ///
    /// Rules: `label.transcript`, `label.headline`.
    pub(super) fn labelled(&mut self, para: Range<usize>, headline: bool) -> Option<Frame> {
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
        if self.v.words_in(&content) < 3
            || content
                .clone()
                .any(|j| self.claims.used[j] || self.claims.in_content[j])
        {
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
        if content.clone().any(|j| self.claims.in_claimed_quote(j)) {
            return None;
        }
        let np = Np {
            toks: k..name_end,
            head: name_end - 1,
            kind: Head::Name,
        };
        self.claims.use_cue(colon);
        self.claims.mark_content(&content);
        // A transcript gives the speaker's words; a headline sums them up.
        let (kind, region) = if headline {
            self.claims.mixed_kind(std::slice::from_ref(&content))
        } else {
            self.claims.own_words_kind(&content)
        };
        let rule = if headline {
            Rule::LabelHeadline
        } else {
            Rule::LabelTranscript
        };
        let mut attr = self.new_attr(rule, (kind, region), vec![content], Some(colon), Some(&np), k);
        attr.speaker = labelled_person;
        Some(Frame::new(attr, Some(np)))
    }

    /// A headline's label ("Pence: Flowers Won't Be at Debate", "Poll: Voters Shift"): a
    /// name of the story's people or bodies, or a document word, before a colon; or such a
    /// known name and what its words are about or for ("Ruiz on the Strike:", "Ruiz to
    /// Riders:"). Headlines are not read for names, so the label is looked up among the
    /// actors by its words. Returns the name's end and the colon.
    pub(super) fn headline_label(&self, k: usize, hi: usize) -> Option<(usize, usize)> {
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
}
