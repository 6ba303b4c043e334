//! Step 8, speakers that are no names: anonymous sources ("a senior official"), groups
//! ("critics"), bodies ("the ministry"), descriptions ("the minister") and documents ("the
//! report").

use super::*;

impl Pass<'_> {
    /// The actor a speaker phrase headed by a noun refers to, and the rule that found it: a
    /// document's issuer, the actor a definite description refers back to, the named body
    /// that owns a role, the same unnamed group, or a new anonymous source, group or body.
    ///
    /// Rules: `speaker.document-owner`, `speaker.description`, `speaker.affiliated`, `speaker.owner`,
    /// `speaker.same-source`, `speaker.new-source`.
    pub(super) fn noun_speaker(&mut self, np: &Np) -> Option<(usize, Rule)> {
        let toks = self.v.toks;
        let head = &toks[np.head];
        let e = head.lex();
        let first = &toks[np.toks.start];
        let definite = first.kind == Kind::Word
            && first.lex().tag == Some(Tag::Det)
            && matches!(
                first.text(self.v.text).to_ascii_lowercase().as_str(),
                "the" | "this" | "that"
            );
        let named = self.named_owner(np);
        let anonymity = self.anonymity_nearby(np);
        // Descriptive names keep an indefinite article as written ("a senior official"); "the"
        // is dropped.
        let phrase_start = if definite { np.toks.start + 1 } else { np.toks.start };
        let name_end = self.phrase_name_end(np);
        let label = self.v.text[toks[phrase_start.min(np.head)].start..toks[name_end - 1].end].to_string();
        if e.has(flag::DOCUMENT) && !e.has(flag::GROUP | flag::ROLE | flag::ANON | flag::ORG_HEAD) {
            // "the report said": whoever the article says wrote or issued it.
            let owner = named.or_else(|| self.document_owner(np, definite))?;
            return Some((owner, Rule::SpeakerDocumentOwner));
        }
        let person_role = e.has(flag::ROLE | flag::TITLE | flag::ANON | flag::ANON_PLURAL)
            && !e.has(flag::ORG_HEAD | flag::HONORIFIC);
        let body_owner = named.filter(|&o| self.actors.entities[o].kind == Some(ActorKind::Organization));
        // "the WHL commissioner" is a person of that body: never whoever was named last. An
        // age describes someone the article has already met ("the 39-year-old founder of the
        // press"), whatever body the role is of.
        let aged = (np.toks.start..np.head).any(|k| self.v.word(k).to_ascii_lowercase().ends_with("-year-old"));
        if definite && !anonymity && (aged || !(person_role && body_owner.is_some())) {
            if let Some(ent) = self.resolve_described(np) {
                return Some((ent, Rule::SpeakerDescription));
            }
        }
        if let Some(owner) = named {
            // speaker.affiliated: "a senior Interior Ministry official", "a Foreign Ministry
            // spokesperson": a person of the body, unnamed, not the body itself.
            if person_role && body_owner.is_some() {
                return Some((
                    self.affiliated_source(np, owner, definite, (label, phrase_start)),
                    Rule::SpeakerAffiliated,
                ));
            }
            let role_of_owner =
                e.has(flag::ROLE | flag::ORG_HEAD) || self.v.word(np.head).eq_ignore_ascii_case("office");
            if role_of_owner {
                return Some((owner, Rule::SpeakerOwner));
            }
        }
        let (kind, plural) = self.source_kind(np, anonymity);
        // A bare "sources" or "people" after a described one ("sources familiar with the
        // talks") is the same anonymous group.
        if kind == ActorKind::Anonymous && phrase_start >= np.head && name_end == np.head + 1 {
            let role = head.entry_id();
            let earlier = self.disc.before(np.head).find(|s| {
                let ent = &self.actors.entities[s.entity];
                ent.kind == Some(ActorKind::Anonymous) && ent.plural == plural && ent.roles.contains(&role)
            });
            if let Some(s) = earlier {
                return Some((s.entity, Rule::SpeakerSameSource));
            }
        }
        // "sources familiar with the talks" … "people familiar with the bid": one group of
        // unnamed sources, told apart by nothing the reader can check.
        let knowing = kind == ActorKind::Anonymous && plural && crate::phrase::source_descriptor(&self.v, np.head + 1);
        if let (true, Some(e)) = (knowing, self.knowing_sources) {
            return Some((e, Rule::SpeakerSameSource));
        }
        let ent = self.new_source(np, label, phrase_start, kind, plural);
        if knowing {
            self.knowing_sources = Some(ent);
        }
        Some((ent, Rule::SpeakerNewSource))
    }

    /// The person of body `owner` a phrase names: the one the article introduced with the
    /// same role and body when the phrase is definite ("the ministry's spokesperson"), before
    /// or, when only one has them, after; else a new anonymous source named by its
    /// description (`label` from `phrase_start`)
    /// and affiliated with the body.
    fn affiliated_source(
        &mut self,
        np: &Np,
        owner: usize,
        definite: bool,
        (label, phrase_start): (String, usize),
    ) -> usize {
        let role = self.v.toks[np.head].entry_id();
        if definite {
            let fits = |e: usize| {
                let ent = &self.actors.entities[e];
                ent.affiliation == Some(owner) && ent.roles.contains(&role)
            };
            if let Some(s) = self.disc.before(np.head).find(|s| fits(s.entity)) {
                return s.entity;
            }
            // Named only later: the one person the article gives that role and body ("the
            // WHL commissioner said …" before "WHL commissioner Ron Robison").
            if let Some(&[e]) = self.affiliated.get(&(owner, role)).map(Vec::as_slice) {
                return e;
            }
        }
        let (_, plural) = self.source_kind(np, true);
        let ent = self.new_source(np, label, phrase_start, ActorKind::Anonymous, plural);
        self.actors.entities[ent].affiliation = Some(owner);
        ent
    }

    /// A named owner inside the phrase: "the ministry's spokesperson", "a spokesperson for
    /// Health Canada", "a poll by the Harbour Institute". (Not a name inside a relative
    /// clause: "a woman who has accused Clinton of …".)
    fn named_owner(&self, np: &Np) -> Option<usize> {
        let toks = self.v.toks;
        let owner_end = (np.head + 1..np.toks.end)
            .find(|&k| crate::phrase::is_verbish(&toks[k]) || ["who", "which", "that"].iter().any(|w| self.v.is(k, w)))
            .unwrap_or(np.toks.end);
        // After the head, a name that only modifies a noun is not the owner ("a lawsuit by
        // Acme workers").
        (np.toks.start..owner_end)
            .rev()
            .find_map(|k| self.actors.name_mention_at(k))
            .filter(|&m| {
                let end = self.actors.mentions[m].toks.end;
                end <= np.head || !self.noun_follows(end - 1)
            })
            .map(|m| self.actors.mentions[m].entity)
    }

    /// The kind of an unnamed speaker, and whether it is plural: anonymous ("a senior
    /// official", "sources"), a body ("the ministry"), a group ("critics", a share such as
    /// "Six in 10", a quantity alone: "Some say").
    fn source_kind(&self, np: &Np, anonymity: bool) -> (ActorKind, bool) {
        let head = &self.v.toks[np.head];
        let e = head.lex();
        let word = self.v.word(np.head);
        let quantity = e.tag == Some(Tag::Det)
            && !["another", "each", "either", "neither"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w));
        let share = head.kind == Kind::Number || e.tag == Some(Tag::Num) || quantity;
        let plural = e.has(flag::GROUP) || e.has(flag::ANON_PLURAL) || share;
        let kind = if anonymity || (e.has(flag::ANON) && (!plural || word.eq_ignore_ascii_case("sources"))) {
            ActorKind::Anonymous
        } else if e.has(flag::ORG_HEAD) && !e.has(flag::GROUP) {
            ActorKind::Organization
        } else if plural {
            ActorKind::Group
        } else if e.has(flag::ROLE | flag::TITLE) || !word.ends_with('s') {
            ActorKind::Anonymous
        } else {
            ActorKind::Group
        };
        (kind, plural)
    }

    /// A new unnamed actor named by its description (`label`, lowercased when it opens with
    /// a common word), known later by its head noun ("the official" refers back to "a senior
    /// official").
    fn new_source(&mut self, np: &Np, label: String, phrase_start: usize, kind: ActorKind, plural: bool) -> usize {
        let toks = self.v.toks;
        let e = toks[np.head].lex();
        let gender = if e.has(flag::GIVEN) { Gender::Unknown } else { e.gender };
        let opener = &toks[phrase_start];
        let common = opener
            .lex()
            .has(flag::FUNCTION | flag::GROUP | flag::ROLE | flag::ANON | flag::DOCUMENT | flag::ORG_HEAD)
            && !opener
                .lex()
                .has(flag::GIVEN | flag::PLACE | flag::DEMONYM | flag::NAMED_GROUP);
        let label = if common && !opener.is(shape::ALL_CAPS) {
            lowercase_first(&label)
        } else {
            label
        };
        let ent = self.actors.add(label, kind, gender, plural, Rule::ActorDescribed);
        let role = toks[np.head].entry_id();
        if !self.actors.entities[ent].roles.contains(&role) {
            self.actors.entities[ent].roles.push(role);
        }
        ent
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
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
