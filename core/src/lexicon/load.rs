//! Loading every data file of `core/data/` into the word table, one loader per file.
//!
//! The loaders run in a fixed order (the order of [`Lexicon::build`]): a word's entry id is
//! the order in which it was first seen, and a word listed in two files keeps the first
//! file's part of speech, pronoun reading and cue verb.

use super::table::WordTable;
use super::EntryId;
use super::{data_lines, flag, Abbr, Case, CueFlags, CueVerb, FastMap, Gender, Lexicon, Person, PhraseRole, Tag};

/// The regular English plural of a noun: "candidate" → "candidates", "spokesman" →
/// "spokesmen", "secretary" → "secretaries", "witness" → "witnesses", "wife" → "wives".
pub(super) fn plural_of(word: &str) -> String {
    let consonant_y = word.len() > 1
        && word.ends_with('y')
        && !matches!(word.as_bytes()[word.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(stem) = word.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = word.strip_suffix("fe") {
        format!("{stem}ves")
    } else if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if ["s", "sh", "ch", "x"].iter().any(|e| word.ends_with(e)) {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

fn gender(g: Option<&str>) -> Gender {
    match g {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

impl Lexicon {
    /// Reads every data file, in the order that fixes entry ids.
    pub(super) fn build() -> Lexicon {
        let mut lex = Lexicon {
            words: WordTable::default(),
            entries: Vec::new(),
            cues: Vec::new(),
            phrases: FastMap::default(),
            places: FastMap::default(),
            place_max_words: 1,
            local_places: FastMap::default(),
            issuers: FastMap::default(),
            title_words: FastMap::default(),
        };
        lex.function_words();
        lex.pronouns();
        lex.abbreviations();
        lex.people_words();
        lex.source_words();
        lex.adjunct_words();
        lex.name_words();
        lex.places();
        lex.calendar();
        lex.cues();
        lex.cue_phrases();
        lex.role_plurals();
        lex.stance_words();
        lex.sentiment();
        lex.head_words();
        lex.word_classes();
        // Last, so that the entries it adds take ids after every other's: the names model's
        // context features key on entry ids.
        lex.side_words();
        lex
    }

    /// `function_words.txt`: closed-class words with their part of speech, and which
    /// quantities can stand for people.
    fn function_words(&mut self) {
        for f in data_lines(include_str!("../../data/function_words.txt")) {
            let tag = match f.get(1).copied() {
                Some("det") => Tag::Det,
                Some("prep") => Tag::Prep,
                Some("conj") => Tag::Conj,
                Some("sub") => Tag::Sub,
                Some("aux") => Tag::Aux,
                Some("modal") => Tag::Modal,
                Some("neg") => Tag::Neg,
                Some("wh") => Tag::Wh,
                Some("num") => Tag::Num,
                _ => Tag::Adv,
            };
            let e = self.entry_mut(f[0]);
            e.flags |= flag::FUNCTION;
            if f.get(2) == Some(&"people") {
                e.flags |= flag::PEOPLE_QUANTITY;
            }
            if tag == Tag::Neg {
                e.flags |= flag::NEGATION;
            }
            // A word listed twice keeps its first (main) part of speech.
            e.tag.get_or_insert(tag);
        }
    }

    /// `pronouns.txt`: person, number, gender and case.
    fn pronouns(&mut self) {
        for f in data_lines(include_str!("../../data/pronouns.txt")) {
            let person = match f.get(1).copied() {
                Some("m") => Person::Male,
                Some("f") => Person::Female,
                Some("n") => Person::Neuter,
                Some("p") => Person::Plural,
                Some("i") => Person::First,
                Some("w") => Person::FirstPlural,
                _ => Person::Second,
            };
            let case = match f.get(2).copied() {
                Some("obj") => Case::Obj,
                Some("poss") => Case::Poss,
                Some("refl") => Case::Refl,
                _ => Case::Subj,
            };
            let e = self.entry_mut(f[0]);
            e.flags |= flag::PRONOUN | flag::FUNCTION;
            // "her" is both object and possessive; keep the first listed.
            e.pron.get_or_insert((person, case));
        }
    }

    /// `abbreviations.txt`: words written with a final period, by class.
    fn abbreviations(&mut self) {
        for f in data_lines(include_str!("../../data/abbreviations.txt")) {
            let abbr = match f.get(1).copied() {
                Some("title") => Abbr::Title,
                Some("month") => Abbr::Month,
                Some("day") => Abbr::Day,
                Some("number") => Abbr::Number,
                _ => Abbr::Other,
            };
            self.entry_mut(f[0]).abbr = Some(abbr);
        }
    }

    /// `given_names.txt`, `roles.txt`, `groups.txt`: the words that name people.
    fn people_words(&mut self) {
        for f in data_lines(include_str!("../../data/given_names.txt")) {
            let e = self.entry_mut(f[0]);
            e.flags |= flag::GIVEN;
            e.gender = gender(f.get(1).copied());
        }
        for f in data_lines(include_str!("../../data/roles.txt")) {
            let bit = match f.get(2).copied() {
                Some("honorific") => flag::HONORIFIC,
                Some("title") => flag::TITLE,
                _ => flag::ROLE,
            };
            let g = gender(f.get(1).copied());
            let e = self.entry_mut(f[0].trim_end_matches('.'));
            e.flags |= bit;
            if g != Gender::Unknown && !e.has(flag::GIVEN) {
                e.gender = g;
            }
            let abbreviated = e.id;
            if let Some(word) = f.get(3) {
                let full = self.entry_mut(word).id;
                self.title_words.insert(abbreviated, full);
            }
        }
        for f in data_lines(include_str!("../../data/groups.txt")) {
            let named = if f.get(1) == Some(&"name") {
                flag::NAMED_GROUP
            } else {
                0
            };
            self.entry_mut(f[0]).flags |= flag::GROUP | named;
        }
    }

    /// `documents.txt`: documents and data that can be a source, which report findings, and
    /// who issues them by role.
    fn source_words(&mut self) {
        for f in data_lines(include_str!("../../data/documents.txt")) {
            let e = self.entry_mut(f[0]);
            e.flags |= flag::DOCUMENT;
            if f.get(1) == Some(&"finding") {
                e.flags |= flag::FINDING;
            }
            let id = e.id;
            if let Some(roles) = f.get(2) {
                let roles = roles.split(' ').map(|r| self.entry_mut(r).id).collect();
                self.issuers.insert(id, roles);
            }
        }
    }

    /// `adjuncts.txt` and `speech_nouns.txt`: what is skipped after a verb of saying, and the
    /// nouns for something said.
    fn adjunct_words(&mut self) {
        for f in data_lines(include_str!("../../data/adjuncts.txt")) {
            let roles = f.get(1).copied().unwrap_or_default();
            let e = self.entry_mut(f[0]);
            for role in roles.split(' ') {
                e.flags |= match role {
                    "adverb" => flag::ADJUNCT_ADVERB,
                    "time-start" => flag::TIME_START,
                    "time-unit" => flag::TIME_UNIT,
                    "day-part" => flag::DAY_PART,
                    "preposition" => flag::ADJUNCT_PREP,
                    _ => 0,
                };
            }
        }
        self.flag_words(include_str!("../../data/speech_nouns.txt"), flag::SAYING_NOUN);
    }

    /// `demonyms.txt`, `anonymous.txt`, `organizations.txt`, `media_names.txt`: the words of
    /// names and descriptions.
    fn name_words(&mut self) {
        self.flag_words(include_str!("../../data/demonyms.txt"), flag::DEMONYM);
        for f in data_lines(include_str!("../../data/anonymous.txt")) {
            let e = self.entry_mut(f[0]);
            e.flags |= flag::ANON;
            if f.get(1).copied() == Some("p") {
                e.flags |= flag::ANON_PLURAL;
            }
        }
        for f in data_lines(include_str!("../../data/organizations.txt")) {
            let bit = match f.get(1).copied() {
                Some("suffix") => flag::ORG_SUFFIX,
                Some("legal") => flag::ORG_SUFFIX | flag::LEGAL_SUFFIX,
                Some("media") => flag::MEDIA_WORD,
                Some("any") => flag::ORG_HEAD | flag::ANY_BODY,
                _ => flag::ORG_HEAD,
            };
            self.entry_mut(f[0]).flags |= bit;
        }
        self.flag_words(include_str!("../../data/media_names.txt"), flag::ORG_NAME);
    }

    /// `places.txt`: one-word places in the word table, longer ones in their own table;
    /// those marked "city" or "region" also in [`Lexicon::local_places`].
    fn places(&mut self) {
        for f in data_lines(include_str!("../../data/places.txt")) {
            let name = f[0].to_lowercase();
            if matches!(f.get(1).copied(), Some("city" | "region")) {
                self.local_places.insert(name.clone().into_boxed_str(), ());
            }
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() == 1 {
                self.entry_mut(&name).flags |= flag::PLACE;
            } else {
                self.place_max_words = self.place_max_words.max(words.len());
                self.entry_mut(words[0]).flags |= flag::PLACE_START;
                self.places.insert(name.clone().into_boxed_str(), ());
            }
        }
    }

    /// `calendar.txt`: months, weekdays, and the words that start relative dates.
    fn calendar(&mut self) {
        for f in data_lines(include_str!("../../data/calendar.txt")) {
            if f.get(1).copied() == Some("relative") {
                self.entry_mut(f[0]).flags |= flag::TIME_WORD;
                continue;
            }
            let month = f.get(1).copied() == Some("month");
            let n: u8 = f.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
            let e = self.entry_mut(f[0]);
            e.flags |= flag::CALENDAR;
            e.calendar = Some((month, n));
        }
    }

    /// `cues.txt`: attribution verbs, their forms and their frames.
    fn cues(&mut self) {
        for f in data_lines(include_str!("../../data/cues.txt")) {
            let mut frames = CueFlags::NONE;
            for name in f.get(2).copied().unwrap_or("").split_whitespace() {
                frames |= CueFlags::named(name).unwrap_or(CueFlags::NONE);
            }
            let idx = match self.cues.iter().position(|c| c.lemma == f[0]) {
                Some(i) => {
                    self.cues[i].flags |= frames;
                    i
                }
                None => {
                    self.cues.push(CueVerb {
                        lemma: f[0],
                        flags: frames,
                    });
                    self.cues.len() - 1
                }
            };
            for form in f.get(1).copied().unwrap_or(f[0]).split(',') {
                let e = self.entry_mut(form.trim());
                e.flags |= flag::CUE;
                e.cue.get_or_insert(idx as u16);
            }
        }
    }

    /// `cue_phrases.txt`: multi-word cues as sequences of entry ids, by their first word.
    fn cue_phrases(&mut self) {
        for f in data_lines(include_str!("../../data/cue_phrases.txt")) {
            let role = match f.get(1).copied() {
                Some("source-after") => PhraseRole::SourceAfter,
                Some("nonverbal") => PhraseRole::Nonverbal,
                Some("verb") => PhraseRole::Verb,
                Some("object") => PhraseRole::Object,
                _ => PhraseRole::Nominal,
            };
            let words: Vec<&str> = f[0].split(' ').collect();
            self.entry_mut(words[0]).flags |= flag::PHRASE_START;
            let ids: Vec<EntryId> = words
                .iter()
                .map(|w| {
                    self.entry_mut(w);
                    self.lookup(w)
                })
                .collect();
            self.phrases.entry(ids[0]).or_default().push((ids, role));
        }
    }

    /// The plural of a role word names a group ("the candidates said", "drivers say"),
    /// unless the plural already means something of its own here.
    fn role_plurals(&mut self) {
        let taken = flag::GROUP
            | flag::ANON
            | flag::ROLE
            | flag::TITLE
            | flag::HONORIFIC
            | flag::FUNCTION
            | flag::CUE
            | flag::ORG_HEAD
            | flag::DOCUMENT
            | flag::GIVEN
            | flag::PLACE;
        for f in data_lines(include_str!("../../data/roles.txt")) {
            if f.get(2).copied() != Some("role") {
                continue;
            }
            let plural = plural_of(f[0]);
            let e = self.entry_mut(&plural);
            if e.flags & taken == 0 {
                e.flags |= flag::GROUP;
            }
        }
    }

    /// `sentiment.txt` (VADER's valences) and `stance_learned.txt` (leaning words learned
    /// from NewsMTSC), which the target-stance model reads.
    fn sentiment(&mut self) {
        for f in data_lines(include_str!("../../data/sentiment.txt")) {
            if let [word, valence] = f[..] {
                self.entry_mut(word).valence = valence.parse().unwrap_or(0.0);
            }
        }
        for line in include_str!("../../data/stance_learned.txt").lines() {
            if line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() == 3 {
                let e = self.entry_mut(cols[0]);
                e.learned = cols[1].trim().parse().unwrap_or(0.0);
                e.learned_neutral = cols[2].trim().parse().unwrap_or(0.0);
            }
        }
    }

    /// Sets `flags` on the first word of every line of a word list.
    pub(super) fn flag_words(&mut self, list: &'static str, flags: u64) {
        for f in data_lines(list) {
            self.entry_mut(f[0]).flags |= flags;
        }
    }

    /// `generic_nouns.txt` (nouns too general to be what a stance is about), `place_heads.txt`
    /// (words that head a place's name) and `thing_heads.txt` (words that head the name of a
    /// thing that is no actor).
    fn head_words(&mut self) {
        self.flag_words(include_str!("../../data/generic_nouns.txt"), flag::GENERIC_NOUN);
        for f in data_lines(include_str!("../../data/place_heads.txt")) {
            let first = if f.get(1) == Some(&"first") {
                flag::PLACE_FIRST_HEAD
            } else {
                0
            };
            self.entry_mut(f[0]).flags |= flag::PLACE_HEAD | first;
        }
        for f in data_lines(include_str!("../../data/place_words.txt")) {
            let bit = match f.get(1).copied() {
                Some("local") => flag::LOCAL_PLACE_WORD,
                Some("govern") => flag::GOVERNED_PLACE_WORD,
                _ => flag::ANY_PLACE_WORD,
            };
            self.entry_mut(f[0]).flags |= bit;
        }
        self.flag_words(include_str!("../../data/thing_heads.txt"), flag::THING_HEAD);
    }

    /// `word_classes.txt`: the usual classes of frequent content words, learned from GUM; and
    /// `verb_forms.txt`, irregular past forms that are verbs.
    fn word_classes(&mut self) {
        self.flag_words(
            include_str!("../../data/verb_forms.txt"),
            flag::VERB_WORD | flag::MAINLY_VERB,
        );
        for f in data_lines(include_str!("../../data/word_classes.txt")) {
            let Some(classes) = f.get(1) else { continue };
            let e = self.entry_mut(f[0]);
            for (i, class) in classes.split(' ').enumerate() {
                e.flags |= match class {
                    "noun" => flag::NOUN_WORD,
                    "verb" if i == 0 => flag::VERB_WORD | flag::MAINLY_VERB,
                    "verb" => flag::VERB_WORD,
                    "adj" => flag::ADJ_WORD,
                    "adv" => flag::ADV_WORD,
                    _ => 0,
                };
            }
        }
    }
}
