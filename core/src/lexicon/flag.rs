//! Word classes, as bits of [`Entry::flags`](super::Entry::flags).

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
/// A noun too general to be a stance target: thing, way, time (`data/generic_nouns.txt`).
pub const GENERIC_NOUN: u64 = 1 << 33;
/// Usually a noun (`data/word_classes.txt`, from GUM).
pub const NOUN_WORD: u64 = 1 << 34;
/// Usually a verb.
pub const VERB_WORD: u64 = 1 << 35;
/// Usually an adjective.
pub const ADJ_WORD: u64 = 1 << 36;
/// Usually an adverb.
pub const ADV_WORD: u64 = 1 << 37;
/// The class listed first for the word is verb: more often a verb than anything else.
pub const MAINLY_VERB: u64 = 1 << 38;
/// The head of a place's name: river, airport, street, museum (`data/place_heads.txt`).
pub const PLACE_HEAD: u64 = 1 << 39;
/// The head of a name of a thing, not an actor: act, bill, pact, program, day (`data/thing_heads.txt`).
pub const THING_HEAD: u64 = 1 << 40;
/// A word after which "against" takes a side: campaigned, voted, rally (`data/against.txt`).
pub const SIDES_AGAINST: u64 = 1 << 41;
/// A verb that asks for what follows "for": called, pushed, lobbied (`data/asking.txt`).
pub const ASK_FOR: u64 = 1 << 42;
/// A verb that asks for its object: demanded (`data/asking.txt`).
pub const ASK_OBJECT: u64 = 1 << 43;
/// An organization head that describes any body: company, firm, group (`data/organizations.txt`).
pub const ANY_BODY: u64 = 1 << 44;
/// A noun that refers back to a city, town or village (`data/place_words.txt`).
pub const LOCAL_PLACE_WORD: u64 = 1 << 45;
/// A noun that refers back to a country, state or province (`data/place_words.txt`).
pub const GOVERNED_PLACE_WORD: u64 = 1 << 46;
/// A noun that refers back to any place (`data/place_words.txt`).
pub const ANY_PLACE_WORD: u64 = 1 << 47;
/// A noun that only points at its "of" phrase: existence, idea, prospect (`data/light_heads.txt`).
pub const LIGHT_HEAD: u64 = 1 << 48;
/// A legal form a company's name may drop: Inc, Ltd (`data/organizations.txt`, class `legal`).
pub const LEGAL_SUFFIX: u64 = 1 << 49;
/// A place's head that begins its name: mount, lake, fort (`data/place_heads.txt`, `first`).
pub const PLACE_FIRST_HEAD: u64 = 1 << 50;
/// A group word that is a name, written capitalized: Democrats, Republicans
/// (`data/groups.txt`, `name`).
pub const NAMED_GROUP: u64 = 1 << 51;
/// Any of the nouns of `data/place_words.txt`.
pub const PLACE_WORD: u64 = LOCAL_PLACE_WORD | GOVERNED_PLACE_WORD | ANY_PLACE_WORD;
