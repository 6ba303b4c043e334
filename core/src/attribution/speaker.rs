//! Step 8, speakers: each frame's speaker phrase resolved to an actor, in text order.

use super::*;

impl Pass<'_> {
    /// Resolves the speakers of a paragraph's frames in text order.
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

    /// The actor a speaker phrase refers to, creating groups, anonymous sources and
    /// unrecognized names as needed.
    pub(super) fn speaker_of(&mut self, np: &Np, sent: usize) -> Option<usize> {
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

    pub(super) fn noun_speaker(&mut self, np: &Np, _sent: usize) -> Option<usize> {
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

    /// Who is behind a document that speaks ("her statement said", "the white paper said"):
    /// a possessive pronoun's referent, or the owner named where the same document word last
    /// appeared with one ("Canadian Pacific's white paper", "a report from the agency").
    pub(super) fn document_owner(&mut self, np: &Np, definite: bool) -> Option<usize> {
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

    /// Where a descriptive speaker phrase's label ends: before "who", "familiar", a comma.
    pub(super) fn phrase_name_end(&self, np: &Np) -> usize {
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
    pub(super) fn anonymity_nearby(&self, np: &Np) -> bool {
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

    /// Tells the discourse about every name mention before token `upto`. Names inside
    /// quotations are what speakers talk about; they are not antecedents for the reporter's
    /// "she said" or "the company said".
    pub(super) fn feed_names(&mut self, upto: usize) {
        while self.next_name < self.names.len() && self.names[self.next_name].0 < upto {
            let (pos, e) = self.names[self.next_name];
            self.next_name += 1;
            if self.claims.region_at[pos] != 0 {
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

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
