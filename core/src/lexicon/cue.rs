//! What an attribution verb takes: the frames of `data/cues.txt`, as a small typed set.
//!
//! Each verb of `data/cues.txt` lists the frames it occurs in ("speech clause obj"). The
//! readers ask for them by name (`flags.speech()`, `flags.addressee()`), never by masking
//! bits, so a frame's meaning is written down once, here.

use std::ops::BitOr;

/// A set of cue frames. Combine with `|`; test one with its named method, several with
/// [`CueFlags::any`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CueFlags(u16);

impl CueFlags {
    /// No frame.
    pub const NONE: CueFlags = CueFlags(0);
    /// A verb of saying: direct quotes, that-clauses, "said X".
    pub const SPEECH: CueFlags = CueFlags(1 << 0);
    /// Takes a reported clause.
    pub const CLAUSE: CueFlags = CueFlags(1 << 1);
    /// Takes an addressee before the content ("told reporters").
    pub const ADDRESSEE: CueFlags = CueFlags(1 << 2);
    /// Takes a noun phrase as its object ("announced the plan"), so a clause must be shown.
    pub const OBJECT: CueFlags = CueFlags(1 << 3);
    /// Takes an infinitive as its content ("pledged to cut").
    pub const INFINITIVE: CueFlags = CueFlags(1 << 4);
    /// A gesture or silence.
    pub const NONVERBAL: CueFlags = CueFlags(1 << 5);
    /// Attributes only with an explicit that-clause, colon or quotation.
    pub const WEAK: CueFlags = CueFlags(1 << 6);
    /// Also gives a name ("an app called “Screenwise”"): with no subject, a quotation after
    /// it is the name, not speech.
    pub const NAMING: CueFlags = CueFlags(1 << 7);
    /// What it puts forward is reported, a noun-phrase object included ("cited the figure");
    /// for a verb that is not one of saying, only when a document is its subject ("the study
    /// found 31 cases").
    pub const EVIDENCE: CueFlags = CueFlags(1 << 8);
    /// Its base and -s forms are also nouns ("his home state", "Trump's tweet").
    pub const NOUN: CueFlags = CueFlags(1 << 9);
    /// With an object and "as", reports what it calls the object ("described the plan as
    /// reckless").
    pub const CALLED_AS: CueFlags = CueFlags(1 << 10);
    /// A verb of belief or feeling: in the present tense it reports a bare clause that starts
    /// with a subject ("Democrats believe the pressure will grow").
    pub const OPINION: CueFlags = CueFlags(1 << 11);
    /// Its noun-phrase object alone is reported: the target of a judgement or what is put
    /// forward ("criticized the plan", "announced a new tax").
    pub const TARGET: CueFlags = CueFlags(1 << 12);

    /// The frame named `name` in `data/cues.txt`'s third column.
    pub fn named(name: &str) -> Option<CueFlags> {
        Some(match name {
            "speech" => CueFlags::SPEECH,
            "clause" => CueFlags::CLAUSE,
            "obj" => CueFlags::ADDRESSEE,
            "np" => CueFlags::OBJECT,
            "to" => CueFlags::INFINITIVE,
            "nonverbal" => CueFlags::NONVERBAL,
            "weak" => CueFlags::WEAK,
            "opinion" => CueFlags::OPINION,
            "target" => CueFlags::TARGET,
            "naming" => CueFlags::NAMING,
            "evidence" => CueFlags::EVIDENCE,
            "noun" => CueFlags::NOUN,
            "as" => CueFlags::CALLED_AS,
            _ => return None,
        })
    }

    /// Whether any frame of `other` is in the set.
    #[inline]
    pub fn any(self, other: CueFlags) -> bool {
        self.0 & other.0 != 0
    }

    /// A verb of saying ([`CueFlags::SPEECH`]).
    #[inline]
    pub fn speech(self) -> bool {
        self.any(CueFlags::SPEECH)
    }

    /// Takes a reported clause ([`CueFlags::CLAUSE`]).
    #[inline]
    pub fn clause(self) -> bool {
        self.any(CueFlags::CLAUSE)
    }

    /// Takes an addressee ([`CueFlags::ADDRESSEE`]).
    #[inline]
    pub fn addressee(self) -> bool {
        self.any(CueFlags::ADDRESSEE)
    }

    /// Takes a plain noun-phrase object ([`CueFlags::OBJECT`]).
    #[inline]
    pub fn object(self) -> bool {
        self.any(CueFlags::OBJECT)
    }

    /// Takes an infinitive ([`CueFlags::INFINITIVE`]).
    #[inline]
    pub fn infinitive(self) -> bool {
        self.any(CueFlags::INFINITIVE)
    }

    /// Attributes only when the content is marked ([`CueFlags::WEAK`]).
    #[inline]
    pub fn weak(self) -> bool {
        self.any(CueFlags::WEAK)
    }

    /// Also gives names ([`CueFlags::NAMING`]).
    #[inline]
    pub fn naming(self) -> bool {
        self.any(CueFlags::NAMING)
    }

    /// Reports the evidence it puts forward ([`CueFlags::EVIDENCE`]).
    #[inline]
    pub fn evidence(self) -> bool {
        self.any(CueFlags::EVIDENCE)
    }

    /// Its base and -s forms are nouns too ([`CueFlags::NOUN`]).
    #[inline]
    pub fn noun(self) -> bool {
        self.any(CueFlags::NOUN)
    }

    /// Reports what it calls its object after "as" ([`CueFlags::CALLED_AS`]).
    #[inline]
    pub fn called_as(self) -> bool {
        self.any(CueFlags::CALLED_AS)
    }

    /// A verb of belief or feeling ([`CueFlags::OPINION`]).
    #[inline]
    pub fn opinion(self) -> bool {
        self.any(CueFlags::OPINION)
    }

    /// Reports its noun-phrase object alone ([`CueFlags::TARGET`]).
    #[inline]
    pub fn target(self) -> bool {
        self.any(CueFlags::TARGET)
    }

    /// Whether the verb reports words: one of saying, or one that takes a clause (a stand
    /// taken without words has neither: "backed the plan").
    #[inline]
    pub fn reports_words(self) -> bool {
        self.any(CueFlags::SPEECH | CueFlags::CLAUSE)
    }

    /// Whether the verb reports an unmarked clause: one of saying or taking a clause, and
    /// not weak.
    #[inline]
    pub fn strong(self) -> bool {
        self.reports_words() && !self.weak()
    }
}

impl BitOr for CueFlags {
    type Output = CueFlags;

    #[inline]
    fn bitor(self, other: CueFlags) -> CueFlags {
        CueFlags(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for CueFlags {
    #[inline]
    fn bitor_assign(&mut self, other: CueFlags) {
        self.0 |= other.0;
    }
}

#[cfg(test)]
mod tests {
    use super::CueFlags;

    #[test]
    fn every_frame_name_reads_back() {
        let cases = [
            ("speech", CueFlags::SPEECH, CueFlags::speech as fn(CueFlags) -> bool),
            ("clause", CueFlags::CLAUSE, CueFlags::clause),
            ("obj", CueFlags::ADDRESSEE, CueFlags::addressee),
            ("np", CueFlags::OBJECT, CueFlags::object),
            ("to", CueFlags::INFINITIVE, CueFlags::infinitive),
            ("weak", CueFlags::WEAK, CueFlags::weak),
            ("naming", CueFlags::NAMING, CueFlags::naming),
            ("evidence", CueFlags::EVIDENCE, CueFlags::evidence),
            ("noun", CueFlags::NOUN, CueFlags::noun),
            ("as", CueFlags::CALLED_AS, CueFlags::called_as),
            ("opinion", CueFlags::OPINION, CueFlags::opinion),
            ("target", CueFlags::TARGET, CueFlags::target),
        ];
        for (name, frame, test) in cases {
            assert_eq!(CueFlags::named(name), Some(frame), "{name}");
            assert!(test(frame), "{name} tests itself");
            // Each named test reads its own frame only.
            for (other, f, _) in cases {
                assert_eq!(test(f), other == name, "{name} against {other}");
            }
        }
        assert_eq!(CueFlags::named("nonverbal"), Some(CueFlags::NONVERBAL));
        assert_eq!(CueFlags::named("bogus"), None);
    }

    #[test]
    fn composite_tests() {
        let said = CueFlags::SPEECH | CueFlags::CLAUSE;
        assert!(said.strong() && said.reports_words());
        assert!(!(said | CueFlags::WEAK).strong());
        let backed = CueFlags::TARGET | CueFlags::OBJECT;
        assert!(!backed.reports_words() && !backed.strong());
        assert!(CueFlags::CLAUSE.strong());
        assert!(!CueFlags::NONE.any(said));
        let mut f = CueFlags::NONE;
        f |= CueFlags::NOUN;
        assert!(f.noun() && f.any(CueFlags::NOUN | CueFlags::TARGET));
    }
}
