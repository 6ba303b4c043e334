//! The loaders of the stance words: `stance.txt` and `participation.txt` (with the words hedges
//! and denials start from), and, loaded last so that no other entry's id moves, `asking.txt`,
//! `against.txt`, `light_heads.txt` and the words more hedges start from. Part of [`Lexicon::build`].

use super::{flag, Lexicon, StanceWord};

impl Lexicon {
    /// `stance.txt` and `participation.txt`: the words of actor stance, and the words that
    /// open a hedge or a denial.
    pub(super) fn stance_words(&mut self) {
        for line in include_str!("../../data/stance.txt").lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let weight: f32 = cols.get(1).and_then(|w| w.parse().ok()).unwrap_or(0.0);
            let hedge = cols.get(2).is_some_and(|h| *h == "hedge");
            let predicate = cols.get(2).is_none_or(|h| *h != "word");
            let agent = cols.get(2).is_some_and(|h| *h == "agent");
            let feeling = cols.get(2).is_some_and(|h| *h == "feeling");
            let urges = cols.get(2).is_some_and(|h| *h == "urges");
            let e = self.entry_mut(cols[0]);
            e.flags |= flag::STANCE;
            e.stance = Some(StanceWord {
                weight,
                hedge,
                predicate,
                agent,
                feeling,
                urges,
            });
        }
        for line in include_str!("../../data/participation.txt").lines() {
            let word = line.trim();
            if !word.is_empty() && !word.starts_with('#') {
                self.entry_mut(word).flags |= flag::PARTICIPATION;
            }
        }
        // The words a hedge ("declined to comment") or a denial ("nothing like") starts from.
        for word in [
            "declined", "declines", "refused", "refuses", "would", "could", "did", "stopped", "nothing", "no",
        ] {
            self.entry_mut(word).flags |= flag::STANCE_PHRASE;
        }
    }

    /// `asking.txt`, `against.txt` and `light_heads.txt`, and the words more hedges start from
    /// ("avoided criticizing", "isn't saying"): the words whose neighbours decide what they show.
    pub(super) fn side_words(&mut self) {
        for line in include_str!("../../data/asking.txt").lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, how) = line.split_once('\t').unwrap_or((line, "for"));
            self.entry_mut(word).flags |= if how == "object" {
                flag::ASK_OBJECT
            } else {
                flag::ASK_FOR
            };
        }
        for line in include_str!("../../data/against.txt").lines() {
            let word = line.trim();
            if !word.is_empty() && !word.starts_with('#') {
                self.entry_mut(word).flags |= flag::SIDES_AGAINST;
            }
        }
        self.flag_words(include_str!("../../data/light_heads.txt"), flag::LIGHT_HEAD);
        for word in [
            "avoid",
            "avoids",
            "avoided",
            "avoiding",
            "steer",
            "steers",
            "steered",
            "steering",
            "refrain",
            "refrains",
            "refrained",
            "refraining",
            "will",
            "wo",
            "does",
            "is",
            "was",
            "has",
            "have",
            "are",
            "can",
            "ca",
            "cannot",
            "gave",
            "give",
            "gives",
            "giving",
            "offered",
            "offer",
            "offers",
            "provided",
            "provide",
            "provides",
        ] {
            self.entry_mut(word).flags |= flag::STANCE_PHRASE;
        }
    }
}
