//! The compiled-in lexicons, folded into one word table.
//!
//! Every data file under `core/data/` is embedded with `include_str!` and parsed once, on first
//! use ([`load`]), into a single hash table ([`table`]) from a lowercase word to an [`Entry`]
//! that gathers everything the passes need to know about that word: its classes ([`flag`]),
//! a cue verb's frames ([`CueFlags`]), a pronoun's features, its stance and sentiment.
//! Tokenizing looks each word up exactly once; later passes only read the entry.

mod cue;
pub(crate) mod flag;
mod load;
mod load_stance;
mod table;

use std::sync::OnceLock;

pub(crate) use cue::CueFlags;
use table::WordTable;
pub(crate) use table::{FastHasher, FastMap};

/// The class of an abbreviation written with a final period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbr {
    /// Comes before a name; never ends a sentence.
    Title,
    /// A month: "Nov."
    Month,
    /// A weekday: "Tues."
    Day,
    /// Comes before a number: "No."
    Number,
    /// May end a sentence.
    Other,
}

/// The part of speech of a closed-class word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Det,
    Prep,
    Conj,
    Sub,
    Aux,
    Modal,
    Neg,
    Wh,
    Adv,
    Num,
}

/// Person, number and gender of a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Person {
    /// he, him, his
    Male,
    /// she, her
    Female,
    /// it, its
    Neuter,
    /// they, them, their
    Plural,
    /// I, me, my
    First,
    /// we, us, our
    FirstPlural,
    /// you
    Second,
}

/// The case of a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Subj,
    Obj,
    Poss,
    Refl,
}

/// Gender as far as a name or title tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

/// One attribution verb.
#[derive(Debug, Clone)]
pub(crate) struct CueVerb {
    /// The base form.
    pub lemma: &'static str,
    /// The frames it takes.
    pub flags: CueFlags,
}

/// The role a multi-word cue plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseRole {
    /// "according to X": the source follows.
    SourceAfter,
    /// "in a statement": frames content with the nearby source.
    Nominal,
    /// "declined to comment": an answer without words.
    Nonverbal,
    /// A verb phrase behaving like a cue verb: "pointed out".
    Verb,
    /// A verb phrase whose object is what it reports: what was asked for ("called for an
    /// inquiry"), or what was spoken of ("referred to the strike").
    Object,
}

/// A stance-bearing word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct StanceWord {
    /// Positive for support, negative for opposition, zero for neutral hedges.
    pub weight: f32,
    /// Whether it is a hedge ("declined", "stopped short").
    pub hedge: bool,
    /// Whether it can be the predicate of a reported act ("backed the plan", "criticism of
    /// the bill"): false for words whose main sense in news is another ("back", "champion",
    /// "charged", "victory"), which show a stance only among a speaker's own words.
    pub predicate: bool,
    /// Whether it names who holds the stance ("supporter", "critic"): its owner is the one
    /// stood for, not the holder.
    pub agent: bool,
    /// Whether it is a feeling that may take a clause ("confident the party has learned"):
    /// then it is about the clause, not the clause's subject.
    pub feeling: bool,
    /// Whether its object may be pushed to act ("encouraged Americans to check it out",
    /// "warned voters to stay away"): then the stance is toward the act, not the one urged.
    pub urges: bool,
}

/// Everything known about one lowercase word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    /// This entry's id ([`NO_ENTRY`] for the empty entry of unknown words).
    pub id: EntryId,
    /// A hash of the entry's lowercase word (`actors::lowercase_hash`): a key for the word
    /// that stays the same when other words are added, unlike the id.
    pub text_hash: u64,
    /// [`flag`] bits.
    pub flags: u64,
    /// Gender from a given name or a title.
    pub gender: Gender,
    /// Abbreviation class, when the word is a known abbreviation.
    pub abbr: Option<Abbr>,
    /// Part of speech of a closed-class word.
    pub tag: Option<Tag>,
    /// Pronoun features.
    pub pron: Option<(Person, Case)>,
    /// Index into [`Lexicon::cues`].
    pub cue: Option<u16>,
    /// Month (1-12) or weekday (1 = Monday), with `true` for a month.
    pub calendar: Option<(bool, u8)>,
    /// Stance value of the word.
    pub stance: Option<StanceWord>,
    /// The word's lean learned from news (support > 0 > oppose), or 0.
    pub learned: f32,
    /// How much more the word comes with neutral mentions (> 0) than with charged ones.
    pub learned_neutral: f32,
    /// General sentiment of the word (VADER's valence, -4 to +4), or 0.
    pub valence: f32,
}

impl Entry {
    /// Whether any of `bits` is set.
    pub fn has(&self, bits: u64) -> bool {
        self.flags & bits != 0
    }
}

/// The whole lexicon: the word table plus the phrase and place tables.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: WordTable,
    entries: Vec<Entry>,
    /// Attribution verbs, by index.
    pub cues: Vec<CueVerb>,
    /// Multi-word cues as sequences of entry ids, by the id of their first word.
    pub phrases: FastMap<EntryId, Vec<(Vec<EntryId>, PhraseRole)>>,
    /// Multi-word places, lowercase with single spaces.
    pub places: FastMap<Box<str>, ()>,
    /// Longest place name, in words.
    pub place_max_words: usize,
    /// Listed places that are no government (cities that are no national capital, regions),
    /// lowercase.
    pub local_places: FastMap<Box<str>, ()>,
    /// Documents whose issuer is known by role when the article names no author: their
    /// entry id, and the role words of who issues them ("complaint" → "prosecutors").
    pub issuers: FastMap<EntryId, Vec<EntryId>>,
    /// Abbreviated titles and the words they stand for, as entry ids ("gov" → "governor").
    pub title_words: FastMap<EntryId, EntryId>,
}

/// The id of a token's lexicon entry; [`NO_ENTRY`] for unknown words.
pub(crate) type EntryId = u32;
/// The entry id of a word the lexicon does not know.
pub(crate) const NO_ENTRY: EntryId = u32::MAX;

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::build)
}

static EMPTY: Entry = Entry {
    id: NO_ENTRY,
    text_hash: 0,
    flags: 0,
    gender: Gender::Unknown,
    abbr: None,
    tag: None,
    pron: None,
    cue: None,
    calendar: None,
    stance: None,
    learned: 0.0,
    learned_neutral: 0.0,
    valence: 0.0,
};

/// The lines of a data file that carry data: trimmed, without comments and blank lines.
pub(crate) fn data_lines(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    /// The entry for `word` (lowercase), created if missing.
    pub(crate) fn entry_mut(&mut self, word: &str) -> &mut Entry {
        let id = match self.words.get(word.as_bytes()) {
            NO_ENTRY => {
                let id = self.entries.len() as u32;
                self.entries.push(Entry {
                    id,
                    text_hash: crate::actors::lowercase_hash(word),
                    ..Entry::default()
                });
                self.words.insert(word.as_bytes(), id);
                id
            }
            id => id,
        };
        &mut self.entries[id as usize]
    }

    /// The id of the entry for `word`, matched case-insensitively with curly apostrophes
    /// read as straight ones; [`NO_ENTRY`] when unknown.
    pub(crate) fn lookup(&self, word: &str) -> EntryId {
        // The table folds ASCII case itself.
        match self.words.get_ascii(word.as_bytes()) {
            Some(id) => id,
            None => self.lookup_folded(word),
        }
    }

    /// [`Lexicon::lookup`] for a word with a character outside ASCII.
    #[inline(never)]
    fn lookup_folded(&self, word: &str) -> EntryId {
        let folded = word
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '\u{2019}' { '\'' } else { c });
        // Most such words are short ("’s", "n’t", "José"): their key is built on the stack.
        let mut buf = [0u8; 64];
        let mut n = 0;
        for c in folded.clone() {
            if n + c.len_utf8() > buf.len() {
                return self.words.get(folded.collect::<String>().as_bytes());
            }
            n += c.encode_utf8(&mut buf[n..]).len();
        }
        self.words.get(&buf[..n])
    }

    /// The entry for `word`, as [`Lexicon::lookup`] finds it (the empty entry when unknown).
    pub(crate) fn lookup_entry(&self, word: &str) -> &Entry {
        self.entry(self.lookup(word))
    }

    /// The role of a multi-word cue, given as lowercase words separated by single spaces.
    #[cfg(test)]
    pub(crate) fn phrase(&self, phrase: &str) -> Option<PhraseRole> {
        let ids: Vec<EntryId> = phrase.split(' ').map(|w| self.lookup(w)).collect();
        self.phrases
            .get(&ids[0])?
            .iter()
            .find(|(p, _)| *p == ids)
            .map(|&(_, r)| r)
    }

    /// The empty entry of words the lexicon does not know.
    pub(crate) fn empty(&self) -> &'static Entry {
        &EMPTY
    }

    /// The entry with this id (an empty entry for [`NO_ENTRY`]).
    pub(crate) fn entry(&self, id: EntryId) -> &Entry {
        self.entries.get(id as usize).unwrap_or(&EMPTY)
    }

    /// The entry for a word.
    pub(crate) fn get(&self, word: &str) -> &Entry {
        self.entry(self.lookup(word))
    }

    /// Whether a place of this name can act as a government and so hold a position: a listed
    /// country, national capital, state, province or seat of government ("China", "the U.S.",
    /// "Beijing", "Alberta", "Downing Street"), not a city, a region or a place the lexicon
    /// does not list ("Edmonton", "Europe", "Sherbrook Street").
    pub(crate) fn governs(&self, name: &str) -> bool {
        let lower = name.trim().to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
        let lower = lower.trim_end_matches('.');
        let listed = if lower.contains(' ') {
            self.places.contains_key(lower)
        } else {
            self.get(lower).has(flag::PLACE)
        };
        listed && !self.local_places.contains_key(lower)
    }
}

#[cfg(test)]
mod tests;
