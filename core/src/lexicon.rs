//! The compiled-in lexicons, folded into one word table.
//!
//! Every data file under `core/data/` is embedded with `include_str!` and parsed once, on first
//! use, into a single hash table from a lowercase word to an [`Entry`] that gathers everything
//! the passes need to know about that word. Tokenizing looks each word up exactly once; later
//! passes only read the entry.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::text::load_le;

/// A small, fast, non-cryptographic hasher (FNV-1a over 8-byte words) for short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        // A final avalanche so that the low bits used by the table are well mixed.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
        }
        for &b in chunks.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by short strings, with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Lowercases the ASCII capitals among the eight bytes of `w`, leaving every other byte as it
/// is (bytes of multi-byte characters included), the way `to_ascii_lowercase` does one byte.
#[inline]
fn fold_ascii(w: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = w & LOW7;
    // The high bit of each byte is set where the byte is at least 'A', and where it is past 'Z'.
    let ge_a = low + ONES * (0x80 - u64::from(b'A'));
    let gt_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = ge_a & !gt_z & !w & HIGH;
    w | (upper >> 2)
}

/// Longest word whose [`Key`] holds all of it.
const INLINE: usize = 11;

/// A word's fixed-width key: its first eleven bytes with ASCII case folded, and its length.
/// For a word of up to [`INLINE`] bytes, equal keys mean the words are equal up to case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    /// Bytes 0..8, folded, zero-padded.
    head: u64,
    /// Bytes 8..11, folded, zero-padded, with the length (at most 255) in the top byte.
    tail: u32,
}

impl Key {
    #[inline]
    fn of(word: &[u8]) -> Key {
        let n = word.len();
        let head = fold_ascii(load_le(&word[..n.min(8)]));
        let rest = load_le(word.get(8..n.min(INLINE)).unwrap_or(&[]));
        let tail = (fold_ascii(rest) as u32 & 0x00ff_ffff) | (n.min(255) as u32) << 24;
        Key { head, tail }
    }

    /// The table hash of a word whose key this is: the key mixed, then any bytes past the
    /// eleventh eight at a time.
    #[inline]
    fn hash(self, word: &[u8]) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mix = |h: u64, w: u64| {
            let m = u128::from(h ^ w) * u128::from(K);
            (m as u64) ^ ((m >> 64) as u64)
        };
        let mut h = mix(self.head, u64::from(self.tail));
        if let Some(rest) = word.get(INLINE..) {
            for c in rest.chunks(8) {
                h = mix(h, fold_ascii(load_le(c)));
            }
        }
        mix(h, K)
    }
}

/// One slot of the word table: a key's fields and its entry id ([`NO_ENTRY`] when the slot is
/// empty), side by side so that the slot is sixteen bytes (a `Key` field would pad it to 24).
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    tail: u32,
    id: EntryId,
}

impl Slot {
    fn key(self) -> Key {
        Key {
            head: self.head,
            tail: self.tail,
        }
    }
}

/// The word table: open addressing with linear probing over lowercase keys. A lookup folds
/// ASCII case while it reads the word, so the tokenizer needs no lowercase copy, and a word
/// of up to [`INLINE`] bytes is matched inside its slot without reading anything else.
#[derive(Debug, Default)]
struct WordTable {
    slots: Vec<Slot>,
    /// The lowercase key of each entry id: for longer words' comparison, and for rehashing.
    keys: Vec<Box<[u8]>>,
}

impl WordTable {
    /// The id stored for `word` (compared with ASCII case folded), or [`NO_ENTRY`].
    fn get(&self, word: &[u8]) -> EntryId {
        self.find(Key::of(word), word)
    }

    /// [`WordTable::get`] for a word of ASCII bytes only; `None` for any other word. The key's
    /// bytes tell, so a short word is not scanned twice.
    #[inline]
    fn get_ascii(&self, word: &[u8]) -> Option<EntryId> {
        let key = Key::of(word);
        let high = (key.head | u64::from(key.tail & 0x00ff_ffff)) & 0x8080_8080_8080_8080;
        if high != 0 || !word.get(INLINE..).is_none_or(<[u8]>::is_ascii) {
            return None;
        }
        Some(self.find(key, word))
    }

    /// The id stored for `word`, whose key is `key`.
    #[inline]
    fn find(&self, key: Key, word: &[u8]) -> EntryId {
        if self.slots.is_empty() {
            return NO_ENTRY;
        }
        let mask = self.slots.len() - 1;
        let mut i = key.hash(word) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.id == NO_ENTRY {
                return NO_ENTRY;
            }
            if slot.key() == key && (word.len() <= INLINE || self.keys[slot.id as usize].eq_ignore_ascii_case(word)) {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
    }

    /// Stores `id` for the lowercase `word` (which must not be present yet, and ids must come
    /// in order 0, 1, 2, …).
    fn insert(&mut self, word: &[u8], id: EntryId) {
        debug_assert_eq!(id as usize, self.keys.len());
        self.keys.push(word.into());
        // Keep the load under a half.
        if self.keys.len() * 2 > self.slots.len() {
            let n = (self.slots.len() * 2).max(1024);
            let empty = Slot {
                head: 0,
                tail: 0,
                id: NO_ENTRY,
            };
            self.slots = vec![empty; n];
            for (i, k) in self.keys.iter().enumerate() {
                Self::place(&mut self.slots, k, i as u32);
            }
        } else {
            Self::place(&mut self.slots, word, id);
        }
    }

    fn place(slots: &mut [Slot], word: &[u8], id: EntryId) {
        let key = Key::of(word);
        let mask = slots.len() - 1;
        let mut i = key.hash(word) as usize & mask;
        while slots[i].id != NO_ENTRY {
            i = (i + 1) & mask;
        }
        slots[i] = Slot {
            head: key.head,
            tail: key.tail,
            id,
        };
    }
}

/// Word classes, as bits of [`Entry::flags`].
pub(crate) mod flag {
    /// A given name (see [`super::Entry::gender`]).
    pub const GIVEN: u64 = 1 << 0;
    /// An honorific that only precedes names: Mr., Ms., Dr.
    pub const HONORIFIC: u64 = 1 << 1;
    /// A title that precedes names or stands alone: President, Minister, Sen.
    pub const TITLE: u64 = 1 << 2;
    /// A role noun that can refer back to a person: spokeswoman, lawyer.
    pub const ROLE: u64 = 1 << 3;
    /// A plural noun naming a group of people: critics, residents.
    pub const GROUP: u64 = 1 << 4;
    /// A noun describing an unnamed source: official, source, person.
    pub const ANON: u64 = 1 << 5;
    /// An organization head word: Ministry, Party, Court.
    pub const ORG_HEAD: u64 = 1 << 6;
    /// A company suffix: Inc, Ltd.
    pub const ORG_SUFFIX: u64 = 1 << 7;
    /// A word of news outlets' names: Times, Post.
    pub const MEDIA_WORD: u64 = 1 << 8;
    /// A one-word organization name or acronym: Reuters, NATO.
    pub const ORG_NAME: u64 = 1 << 9;
    /// A one-word place, or the first word of a longer place name.
    pub const PLACE: u64 = 1 << 10;
    /// The first word of a longer place name.
    pub const PLACE_START: u64 = 1 << 11;
    /// A pronoun (see [`super::Entry::pron`]).
    pub const PRONOUN: u64 = 1 << 12;
    /// A closed-class word (see [`super::Entry::tag`]): never a name.
    pub const FUNCTION: u64 = 1 << 13;
    /// An attribution cue verb form (see [`super::Entry::cue`]).
    pub const CUE: u64 = 1 << 14;
    /// The first word of a multi-word cue phrase.
    pub const PHRASE_START: u64 = 1 << 15;
    /// A month or weekday (see [`super::Entry::calendar`]).
    pub const CALENDAR: u64 = 1 << 16;
    /// A negation: not, never, n't.
    pub const NEGATION: u64 = 1 << 17;
    /// A stance word (see [`super::Entry::stance`]).
    pub const STANCE: u64 = 1 << 18;
    /// The singular of an anonymous-source noun (see [`super::Entry::anon_plural`]).
    pub const ANON_PLURAL: u64 = 1 << 19;
    /// A nationality or group adjective: "Canadian", "Liberal".
    pub const DEMONYM: u64 = 1 << 20;
    /// A document or data noun that can be a source: report, poll, statement.
    pub const DOCUMENT: u64 = 1 << 21;
    /// A word that can start a relative date ("yesterday", "last", "two").
    pub const TIME_WORD: u64 = 1 << 22;
    /// Taking part in something ("joined", "signed", "attend"): stance evidence when refused.
    pub const PARTICIPATION: u64 = 1 << 23;
    /// The first word of a hedge or denial phrase ("declined to comment", "nothing like").
    pub const STANCE_PHRASE: u64 = 1 << 24;
    /// A noun for something said that takes a that-clause: claim, warning, promise.
    pub const SAYING_NOUN: u64 = 1 << 25;
    /// An adverb skipped after a verb of saying: today, earlier, publicly (`data/adjuncts.txt`).
    pub const ADJUNCT_ADVERB: u64 = 1 << 26;
    /// Opens a time phrase when a unit follows: last, this, early.
    pub const TIME_START: u64 = 1 << 27;
    /// The unit of a time phrase: week, month, spring.
    pub const TIME_UNIT: u64 = 1 << 28;
    /// A part of the day after a weekday: morning, evening.
    pub const DAY_PART: u64 = 1 << 29;
    /// Opens a short adjunct phrase after a verb of saying: on, in, to, at.
    pub const ADJUNCT_PREP: u64 = 1 << 30;
    /// A quantity that can stand for people: some, many, both, one, two.
    pub const PEOPLE_QUANTITY: u64 = 1 << 31;
    /// A document that reports findings, which a clause "in" it states: poll, survey.
    pub const FINDING: u64 = 1 << 32;
}

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

/// What an attribution verb takes, as bits of [`CueVerb::flags`].
pub(crate) mod cue {
    /// A verb of saying: direct quotes, that-clauses, "said X".
    pub const SPEECH: u16 = 1 << 0;
    /// Takes a reported clause.
    pub const CLAUSE: u16 = 1 << 1;
    /// Takes an addressee before the content.
    pub const OBJ: u16 = 1 << 2;
    /// Takes a noun phrase as its content.
    pub const NP: u16 = 1 << 3;
    /// Takes an infinitive as its content.
    pub const TO: u16 = 1 << 4;
    /// A gesture or silence.
    pub const NONVERBAL: u16 = 1 << 5;
    /// Attributes only with an explicit that-clause, colon or quotation.
    pub const WEAK: u16 = 1 << 6;
    /// Also gives a name ("an app called “Screenwise”"): with no subject, a quotation after
    /// it is the name, not speech.
    pub const NAMING: u16 = 1 << 7;
    /// What it puts forward is reported, a noun-phrase object included ("cited the figure");
    /// for a verb that is not one of saying, only when a document is its subject ("the
    /// study found 31 cases").
    pub const EVIDENCE: u16 = 1 << 8;
    /// Its base and -s forms are also nouns ("his home state", "Trump's tweet").
    pub const NOUN: u16 = 1 << 9;
    /// With an object and "as", reports what it calls the object ("described the plan as
    /// reckless").
    pub const AS: u16 = 1 << 10;
    /// A verb of belief or feeling: in the present tense it reports a bare clause that
    /// starts with a subject ("Democrats believe the pressure will grow").
    pub const OPINION: u16 = 1 << 11;
    /// Its noun-phrase object alone is reported: the target of a judgement or what is put
    /// forward ("criticized the plan", "announced a new tax").
    pub const TARGET: u16 = 1 << 12;
}

/// One attribution verb.
#[derive(Debug, Clone)]
pub(crate) struct CueVerb {
    /// The base form.
    pub lemma: &'static str,
    /// [`cue`] bits.
    pub flags: u16,
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
}

/// Everything known about one lowercase word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    /// This entry's id ([`NO_ENTRY`] for the empty entry of unknown words).
    pub id: EntryId,
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

/// The regular English plural of a noun: "candidate" → "candidates", "spokesman" →
/// "spokesmen", "secretary" → "secretaries", "witness" → "witnesses", "wife" → "wives".
fn plural_of(word: &str) -> String {
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

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            words: WordTable::default(),
            entries: Vec::new(),
            cues: Vec::new(),
            phrases: FastMap::default(),
            places: FastMap::default(),
            place_max_words: 1,
        };
        for f in data_lines(include_str!("../data/function_words.txt")) {
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
            let e = lex.entry_mut(f[0]);
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
        for f in data_lines(include_str!("../data/pronouns.txt")) {
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
            let e = lex.entry_mut(f[0]);
            e.flags |= flag::PRONOUN | flag::FUNCTION;
            // "her" is both object and possessive; keep the first listed.
            e.pron.get_or_insert((person, case));
        }
        for f in data_lines(include_str!("../data/abbreviations.txt")) {
            let abbr = match f.get(1).copied() {
                Some("title") => Abbr::Title,
                Some("month") => Abbr::Month,
                Some("day") => Abbr::Day,
                Some("number") => Abbr::Number,
                _ => Abbr::Other,
            };
            lex.entry_mut(f[0]).abbr = Some(abbr);
        }
        for f in data_lines(include_str!("../data/given_names.txt")) {
            let e = lex.entry_mut(f[0]);
            e.flags |= flag::GIVEN;
            e.gender = gender(f.get(1).copied());
        }
        for f in data_lines(include_str!("../data/roles.txt")) {
            let bit = match f.get(2).copied() {
                Some("honorific") => flag::HONORIFIC,
                Some("title") => flag::TITLE,
                _ => flag::ROLE,
            };
            let g = gender(f.get(1).copied());
            let e = lex.entry_mut(f[0].trim_end_matches('.'));
            e.flags |= bit;
            if g != Gender::Unknown && !e.has(flag::GIVEN) {
                e.gender = g;
            }
        }
        for f in data_lines(include_str!("../data/groups.txt")) {
            lex.entry_mut(f[0]).flags |= flag::GROUP;
        }
        for f in data_lines(include_str!("../data/documents.txt")) {
            let e = lex.entry_mut(f[0]);
            e.flags |= flag::DOCUMENT;
            if f.get(1) == Some(&"finding") {
                e.flags |= flag::FINDING;
            }
        }
        for f in data_lines(include_str!("../data/adjuncts.txt")) {
            let roles = f.get(1).copied().unwrap_or_default();
            let e = lex.entry_mut(f[0]);
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
        for f in data_lines(include_str!("../data/speech_nouns.txt")) {
            lex.entry_mut(f[0]).flags |= flag::SAYING_NOUN;
        }
        for f in data_lines(include_str!("../data/demonyms.txt")) {
            lex.entry_mut(f[0]).flags |= flag::DEMONYM;
        }
        for f in data_lines(include_str!("../data/anonymous.txt")) {
            let e = lex.entry_mut(f[0]);
            e.flags |= flag::ANON;
            if f.get(1).copied() == Some("p") {
                e.flags |= flag::ANON_PLURAL;
            }
        }
        for f in data_lines(include_str!("../data/organizations.txt")) {
            let bit = match f.get(1).copied() {
                Some("suffix") => flag::ORG_SUFFIX,
                Some("media") => flag::MEDIA_WORD,
                _ => flag::ORG_HEAD,
            };
            lex.entry_mut(f[0]).flags |= bit;
        }
        for f in data_lines(include_str!("../data/media_names.txt")) {
            lex.entry_mut(f[0]).flags |= flag::ORG_NAME;
        }
        for f in data_lines(include_str!("../data/places.txt")) {
            let name = f[0].to_lowercase();
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() == 1 {
                lex.entry_mut(&name).flags |= flag::PLACE;
            } else {
                lex.place_max_words = lex.place_max_words.max(words.len());
                lex.entry_mut(words[0]).flags |= flag::PLACE_START;
                lex.places.insert(name.clone().into_boxed_str(), ());
            }
        }
        for f in data_lines(include_str!("../data/calendar.txt")) {
            if f.get(1).copied() == Some("relative") {
                lex.entry_mut(f[0]).flags |= flag::TIME_WORD;
                continue;
            }
            let month = f.get(1).copied() == Some("month");
            let n: u8 = f.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
            let e = lex.entry_mut(f[0]);
            e.flags |= flag::CALENDAR;
            e.calendar = Some((month, n));
        }
        for f in data_lines(include_str!("../data/cues.txt")) {
            let mut bits = 0u16;
            for fl in f.get(2).copied().unwrap_or("").split_whitespace() {
                bits |= match fl {
                    "speech" => cue::SPEECH,
                    "clause" => cue::CLAUSE,
                    "obj" => cue::OBJ,
                    "np" => cue::NP,
                    "to" => cue::TO,
                    "nonverbal" => cue::NONVERBAL,
                    "weak" => cue::WEAK,
                    "opinion" => cue::OPINION,
                    "target" => cue::TARGET,
                    "naming" => cue::NAMING,
                    "evidence" => cue::EVIDENCE,
                    "noun" => cue::NOUN,
                    "as" => cue::AS,
                    _ => 0,
                };
            }
            let idx = match lex.cues.iter().position(|c| c.lemma == f[0]) {
                Some(i) => {
                    lex.cues[i].flags |= bits;
                    i
                }
                None => {
                    lex.cues.push(CueVerb {
                        lemma: f[0],
                        flags: bits,
                    });
                    lex.cues.len() - 1
                }
            };
            for form in f.get(1).copied().unwrap_or(f[0]).split(',') {
                let e = lex.entry_mut(form.trim());
                e.flags |= flag::CUE;
                e.cue.get_or_insert(idx as u16);
            }
        }
        for f in data_lines(include_str!("../data/cue_phrases.txt")) {
            let role = match f.get(1).copied() {
                Some("source-after") => PhraseRole::SourceAfter,
                Some("nonverbal") => PhraseRole::Nonverbal,
                Some("verb") => PhraseRole::Verb,
                Some("object") => PhraseRole::Object,
                _ => PhraseRole::Nominal,
            };
            let words: Vec<&str> = f[0].split(' ').collect();
            lex.entry_mut(words[0]).flags |= flag::PHRASE_START;
            let ids: Vec<EntryId> = words
                .iter()
                .map(|w| {
                    lex.entry_mut(w);
                    lex.lookup(w)
                })
                .collect();
            lex.phrases.entry(ids[0]).or_default().push((ids, role));
        }
        // The plural of a role word names a group ("the candidates said", "drivers say"),
        // unless the plural already means something of its own here.
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
        for f in data_lines(include_str!("../data/roles.txt")) {
            if f.get(2).copied() != Some("role") {
                continue;
            }
            let plural = plural_of(f[0]);
            let e = lex.entry_mut(&plural);
            if e.flags & taken == 0 {
                e.flags |= flag::GROUP;
            }
        }
        crate::stance::load_lexicon(&mut lex);
        lex
    }

    /// The entry for `word` (lowercase), created if missing.
    pub(crate) fn entry_mut(&mut self, word: &str) -> &mut Entry {
        let id = match self.words.get(word.as_bytes()) {
            NO_ENTRY => {
                let id = self.entries.len() as u32;
                self.entries.push(Entry { id, ..Entry::default() });
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
}

fn gender(g: Option<&str>) -> Gender {
    match g {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ascii_lowercases_each_byte_alone() {
        // Every byte value at every position, among neighbours of every kind.
        let fill = *b"A\xc3z@[`{\x80";
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut bytes = fill;
                bytes[pos] = b;
                let want = bytes.map(|x| x.to_ascii_lowercase());
                assert_eq!(
                    fold_ascii(u64::from_le_bytes(bytes)),
                    u64::from_le_bytes(want),
                    "{b:#x} at {pos}"
                );
            }
        }
    }

    #[test]
    fn lookups_fold_case_at_every_length() {
        let lex = lexicon();
        // Short words match inside their slot; "spokeswoman" (11 bytes) is the longest that
        // does; "spokespeople" (12) and "superintendent" (14) are compared in full.
        for w in [
            "i",
            "he",
            "she",
            "said",
            "spokeswoman",
            "spokespeople",
            "superintendent",
            "in a statement",
        ] {
            let id = lex.lookup(w);
            if w.contains(' ') {
                assert_eq!(id, NO_ENTRY, "{w}");
                continue;
            }
            assert_ne!(id, NO_ENTRY, "{w}");
            assert_eq!(lex.lookup(&w.to_uppercase()), id, "{w}");
            let mut title = w.to_string();
            title[..1].make_ascii_uppercase();
            assert_eq!(lex.lookup(&title), id, "{w}");
            // One letter more or less, or one changed, is another word.
            for other in [format!("{w}x"), w[..w.len() - 1].to_string(), format!("x{}", &w[1..])] {
                assert_ne!(lex.lookup(&other), id, "{w} / {other}");
            }
        }
    }

    #[test]
    fn words_carry_their_classes() {
        let lex = lexicon();
        assert!(lex.get("Said").has(flag::CUE));
        assert!(lex.get("told").has(flag::CUE));
        assert!(lex.get("Ministry").has(flag::ORG_HEAD));
        assert!(lex.get("critics").has(flag::GROUP));
        assert!(lex.get("Beijing").has(flag::PLACE));
        assert!(lex.get("new").has(flag::PLACE_START));
        assert!(lex.places.contains_key("new york"));
        assert_eq!(lex.get("she").pron, Some((Person::Female, Case::Subj)));
        assert_eq!(lex.get("Sen").abbr, Some(Abbr::Title));
        assert_eq!(lex.get("Maria").gender, Gender::Female);
        assert!(lex.get("n’t").has(flag::NEGATION));
        assert!(lex.get("N’T").has(flag::NEGATION));
        assert_eq!(lex.lookup("’S"), lex.lookup("'s"));
        assert_eq!(lex.lookup("zzzqqq"), NO_ENTRY);
        let said = lex.get("said").cue.unwrap() as usize;
        assert_eq!(lex.cues[said].lemma, "say");
        assert!(lex.cues[said].flags & cue::SPEECH != 0);
        assert_eq!(lex.phrase("according to"), Some(PhraseRole::SourceAfter));
    }

    #[test]
    fn role_plurals_name_groups() {
        let cases = [
            ("candidate", "candidates"),
            ("spokesman", "spokesmen"),
            ("secretary", "secretaries"),
            ("attorney", "attorneys"),
            ("witness", "witnesses"),
            ("coach", "coaches"),
            ("wife", "wives"),
        ];
        for (word, want) in cases {
            assert_eq!(plural_of(word), want, "{word}");
        }
        let lex = lexicon();
        for w in ["candidates", "spokesmen", "drivers"] {
            assert!(lex.lookup_entry(w).has(flag::GROUP), "{w}");
        }
    }

    #[test]
    fn every_data_line_is_well_formed() {
        // Each file's rows must have the columns its header promises.
        for (src, cols) in [
            (include_str!("../data/cues.txt"), 3),
            (include_str!("../data/cue_phrases.txt"), 2),
            (include_str!("../data/roles.txt"), 3),
            (include_str!("../data/abbreviations.txt"), 2),
            (include_str!("../data/function_words.txt"), 3),
            (include_str!("../data/pronouns.txt"), 3),
            (include_str!("../data/calendar.txt"), 3),
            (include_str!("../data/organizations.txt"), 2),
            (include_str!("../data/given_names.txt"), 2),
        ] {
            for row in data_lines(src) {
                assert_eq!(row.len(), cols, "bad row {row:?}");
            }
        }
        for row in data_lines(include_str!("../data/documents.txt")) {
            assert!(row.len() == 1 || row[1..] == ["finding"], "bad row {row:?}");
        }
    }
}
