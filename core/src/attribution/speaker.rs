//! Step 8, speakers: each frame's speaker phrase resolved to an actor, in text order.

use super::*;

impl Pass<'_> {
    /// Resolves the speakers of a paragraph's frames in text order.
    ///
    /// Rules: `speaker.label`, `speaker.same-sentence`, `speaker.previous`.
    pub(super) fn resolve(&mut self, pi: usize, frames: Vec<Frame>) {
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
            let (speaker, rule) = match (&f.np, f.inherit) {
                // A transcript's label already names its person.
                _ if f.attr.speaker.is_some() => (f.attr.speaker, Rule::SpeakerLabel),
                (Some(np), _) => self
                    .speaker_of(np, sent)
                    .map_or((None, Rule::None), |(e, r)| (Some(e), r)),
                (None, true) if f.attr.cue.is_empty() => self.continued_speaker(pi, f.attr.pos, sent),
                (None, true) => {
                    // A participle ("…, adding") continues the subject of its sentence.
                    match prev_in_sentence.as_ref() {
                        Some((s, e, src)) if *s == sent => {
                            f.attr.source = src.clone();
                            (*e, Rule::SpeakerSameSentence)
                        }
                        _ => self.previous_speaker(pi, 1, Rule::SpeakerPrevious),
                    }
                }
                (None, false) => (None, Rule::None),
            };
            f.attr.speaker = speaker;
            f.attr.speaker_rule = if speaker.is_some() { rule } else { Rule::None };
            if let Some(e) = speaker {
                self.note_speaker(pi, &f, e);
            }
            prev_in_sentence = Some((sent, speaker, f.attr.source.clone()));
            self.out.push(f.attr);
        }
    }

    /// speaker.last-speaker, speaker.salient-person: a floating quote continues the last
    /// speaker of the last few paragraphs, or else the person the text has just been about.
    fn continued_speaker(&self, pi: usize, pos: usize, sent: usize) -> (Option<usize>, Rule) {
        match self.previous_speaker(pi, 3, Rule::SpeakerLastSpeaker) {
            (Some(e), rule) => (Some(e), rule),
            _ => (self.salient_person(pos, sent), Rule::SpeakerSalientPerson),
        }
    }

    /// The last speaker, when they spoke at most `within` paragraphs before paragraph `pi`.
    fn previous_speaker(&self, pi: usize, within: usize, rule: Rule) -> (Option<usize>, Rule) {
        let e = self.last_speaker.filter(|&(_, p)| pi - p <= within).map(|(e, _)| e);
        (e, rule)
    }

    /// What a resolved speaker `e` of frame `f` tells: a gender, that the actor is active, the
    /// last speaker (unless the stand was taken without words), and a mention.
    fn note_speaker(&mut self, pi: usize, f: &Frame, e: usize) {
        self.gender_from_content(e, &f.attr);
        self.actors.entities[e].active = true;
        // A stand taken without words ("Canada preferred immigrants who …", "the board backed
        // the plan") names no one whose words a floating quote goes on.
        let wordless = f
            .attr
            .cue_tok
            .and_then(|k| self.cue_at(k))
            .is_some_and(|fl| !fl.reports_words());
        if !wordless {
            self.last_speaker = Some((e, pi));
        }
        // A document that speaks for its author ("the statement said") is no mention of that
        // author.
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
            self.disc.insert(Seen {
                entity: e,
                pos,
                sent: self.v.sentence_of(pos),
                prominent: true,
            });
        }
    }

    /// The tokens recorded as the speaker's mention for a phrase: the name inside a name
    /// phrase, else the whole phrase without the ", who" that a relative's antecedent
    /// carries ("farmers, who said").
    pub(super) fn mention_toks(&self, np: &Np, src: &Range<usize>) -> Range<usize> {
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
    pub(super) fn name_toks(&self, np: &Np) -> Range<usize> {
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

    /// The actor a speaker phrase refers to, and the rule that found it, creating groups,
    /// anonymous sources and unrecognized names as needed.
    ///
    /// Rule: `speaker.pronoun`.
    pub(super) fn speaker_of(&mut self, np: &Np, sent: usize) -> Option<(usize, Rule)> {
        match np.kind {
            Head::Pronoun => {
                let (person, _) = self.v.toks[np.head].lex().pron?;
                let not = self.named_apart(np.head);
                let e = resolve_pronoun_except(self.actors, &self.disc, (person, np.head, sent), not)?;
                Some((e, Rule::SpeakerPronoun))
            }
            Head::Name => self.name_speaker(np, sent),
            Head::Noun => self.noun_speaker(np),
        }
    }

    /// The actor a name phrase refers to: the name at its head, else the last person named in
    /// it, else the last organization or place; a name the recognizer skipped (a capitalized
    /// word at the start of a sentence) is added.
    ///
    /// Rules: `speaker.name`, `speaker.demonym`, `speaker.new-name`.
    ///
    /// Rule: `actor.speaks`.
    fn name_speaker(&mut self, np: &Np, sent: usize) -> Option<(usize, Rule)> {
        let toks = self.v.toks;
        // "the Kentucky Republican": a party or nationality word after "the" describes a person
        // the text has just been about.
        let described = self.v.is(np.toks.start, "the") && np.toks.len() <= 3 && toks[np.head].lex().has(flag::DEMONYM);
        if described {
            if let Some(e) = self.salient_person(np.toks.start, sent) {
                return Some((e, Rule::SpeakerDemonym));
            }
        }
        let mut best: Option<(usize, u8)> = self.actors.name_mention_at(np.head).map(|m| {
            (
                self.person_before_body(np, m).unwrap_or(self.actors.mentions[m].entity),
                u8::MAX,
            )
        });
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
            return Some((e, Rule::SpeakerName));
        }
        let r = self.name_toks(np);
        let name = self.v.text[toks[r.start].start..toks[r.end - 1].end].to_string();
        let gender = toks[r.start].lex().gender;
        let org_words = flag::ORG_HEAD | flag::ORG_SUFFIX | flag::MEDIA_WORD | flag::ORG_NAME;
        let kind = if toks[r.clone()].iter().any(|t| t.lex().has(org_words))
            || (r.len() == 1 && toks[r.start].is(shape::ALL_CAPS))
        {
            ActorKind::Organization
        } else {
            ActorKind::Person
        };
        if let Some(e) = self.actors.find_name(&name) {
            return Some((e, Rule::SpeakerName));
        }
        let e = self
            .actors
            .add(name, kind, gender, kind == ActorKind::Organization, Rule::ActorSpeaks);
        Some((e, Rule::SpeakerNewName))
    }

    /// The entity a speaker's pronoun at `k` cannot mean: the one named just before its
    /// comma after "like" ("Like Al Mnajer, he said …"; a name after "unlike" never enters
    /// the discourse, see [`Self::feed_names`]), or as the subject of the clause the
    /// pronoun's parenthetical cue interrupts ("Schumer, he said, knows …").
    fn named_apart(&self, k: usize) -> Option<usize> {
        let toks = self.v.toks;
        if k < 2 || !toks[k - 1].is_punct(',') {
            return None;
        }
        let m = self.actors.name_mention_at(k - 2)?;
        let start = self.actors.mentions[m].toks.start;
        let contrast = start > 0 && self.v.is(start - 1, "like");
        let cue = toks
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.lex().cue.is_some());
        let parenthetical = cue && toks.get(k + 2).is_some_and(|t| t.is_punct(','));
        (contrast || parenthetical).then(|| self.actors.mentions[m].entity)
    }

    /// The person a body's name mention `m` at a name phrase's head follows, with "of", "at",
    /// "from" or "with" between: "Ana Ruiz of KPA said" is Ana Ruiz speaking, not KPA.
    fn person_before_body(&self, np: &Np, m: usize) -> Option<usize> {
        let body = &self.actors.mentions[m];
        if self.actors.entities[body.entity].kind != Some(ActorKind::Organization) {
            return None;
        }
        let mut p = body.toks.start.checked_sub(1)?;
        if self.v.is(p, "the") {
            p = p.checked_sub(1)?;
        }
        if p <= np.toks.start || !self.v.is_any(p, &["of", "at", "from", "with"]) {
            return None;
        }
        let person = self.actors.mentions[self.actors.name_mention_at(p - 1)?].entity;
        (self.actors.entities[person].kind == Some(ActorKind::Person)).then_some(person)
    }

    /// The person most recently mentioned as a subject, within the last two sentences before
    /// token `pos`.
    pub(super) fn salient_person(&self, pos: usize, sent: usize) -> Option<usize> {
        self.disc
            .before(pos)
            .take_while(|s| sent.saturating_sub(s.sent) <= 2)
            .find(|s| {
                let ent = &self.actors.entities[s.entity];
                s.prominent && ent.kind == Some(ActorKind::Person) && ent.evidence >= 2
            })
            .map(|s| s.entity)
    }

    /// "Ruiz told police she could hear the sirens": reported speech that opens with "he" or
    /// "she" is almost always about its speaker, which tells a gender the name did not give.
    pub(super) fn gender_from_content(&mut self, e: usize, attr: &Attr) {
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

    /// Whether the name at `pos` is one the sentence compares its subject with: after
    /// "unlike", or after "like" opening a phrase ("Espinos, who like Montalban was born in
    /// Mexico"; not the verb: "voters like Trump").
    fn compared(&self, pos: usize) -> bool {
        let Some(p) = pos.checked_sub(1) else { return false };
        let opens = |j: usize| {
            j < self.v.sentence(p).start
                || self.v.toks[j].is_punct(',')
                || self.v.is_any(j, &["who", "which", "just", "much", "and", "but"])
        };
        self.v.is(p, "unlike") || (self.v.is(p, "like") && (p == 0 || opens(p - 1)))
    }

    /// Tells the discourse about every name mention before token `upto`. Names inside
    /// quotations are what speakers talk about; they are not antecedents for the reporter's
    /// "she said" or "the company said".
    pub(super) fn feed_names(&mut self, upto: usize) {
        while self.next_name < self.names.len() && self.names[self.next_name].0 < upto {
            let (pos, e) = self.names[self.next_name];
            self.next_name += 1;
            // A name in quoted words, or one the sentence sets its subject against ("Unlike
            // Al Mnajer, he …"), is not what a later pronoun goes back to.
            if self.claims.region_at[pos] != 0 || self.compared(pos) {
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
}
