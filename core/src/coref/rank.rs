//! Ranking a pronoun's antecedents: among the entities a pronoun can mean, the one a small
//! linear model scores highest. The features are the discourse's: how many sentences back the
//! entity was last mentioned, how many compatible entities came between, whether it was a
//! subject or a speaker, how often it was mentioned, how well its gender fits, its kind.
//! Trained on GUM's coreference chains by `core/examples/train_coref.rs` and compiled in as
//! `data/coref_model.bin`; without it the heuristic score decides.

use super::Seen;
use crate::actors::Actors;
use crate::document::ActorKind;
use crate::lexicon::Person;
use crate::linear::{self, Weights};

/// Feature buckets of the model.
pub const RANK_BUCKETS: usize = 1 << 12;

static MODEL: &[u8] = include_bytes!("../../data/coref_model.bin");

/// One entity a pronoun may mean, as the discourse shows it.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The entity.
    pub entity: usize,
    /// How many compatible entities were mentioned more recently.
    rank: usize,
    /// Sentences back to its latest mention.
    dist: f32,
    /// How poorly it fits the pronoun (0 for a good fit).
    penalty: f32,
    /// The heuristic score: sentences back, plus penalties (lower is better).
    score: f32,
    /// The order in which the heuristic met its best score.
    best_at: usize,
    /// Its mentions within reach.
    seen: usize,
    /// Whether its latest mention was a subject or a speaker.
    latest_prominent: bool,
    /// Whether any mention within reach was.
    any_prominent: bool,
    /// Token distance to its latest mention.
    tokens_back: usize,
}

impl Candidate {
    /// A candidate first met at reference `s` (the `order`-th reference weighed), after
    /// `rank` other entities.
    pub(crate) fn new(s: &Seen, rank: usize, order: usize, (dist, penalty, score): (f32, f32, f32)) -> Candidate {
        Candidate {
            entity: s.entity,
            rank,
            dist,
            penalty,
            score,
            best_at: order,
            seen: 1,
            latest_prominent: s.prominent,
            any_prominent: s.prominent,
            tokens_back: s.pos,
        }
    }

    /// Another, older reference to the same entity (the `order`-th weighed), with its
    /// heuristic score.
    pub(crate) fn seen_again(&mut self, s: &Seen, order: usize, score: f32) {
        self.seen += 1;
        self.any_prominent |= s.prominent;
        if score < self.score {
            self.score = score;
            self.best_at = order;
        }
    }

    /// The hashed features of this candidate for a pronoun of `person` at token `pos`.
    fn features(&self, actors: &Actors, (person, pos, chosen): (Person, usize, bool), out: &mut Vec<u32>) {
        let p = [person as u8];
        let mut push = |parts: &[&[u8]]| out.push(linear::bucket(parts, RANK_BUCKETS));
        let ent = &actors.entities[self.entity];
        let dist = (self.dist as usize).min(6) as u8;
        let rank = self.rank.min(4) as u8;
        let seen = match self.seen {
            1 => 0u8,
            2 => 1,
            3..=4 => 2,
            _ => 3,
        };
        let back = match pos.saturating_sub(self.tokens_back) {
            0..=10 => 0u8,
            11..=30 => 1,
            31..=80 => 2,
            _ => 3,
        };
        let kind = match ent.kind {
            Some(ActorKind::Person) => 1u8,
            Some(ActorKind::Organization) => 2,
            Some(ActorKind::Place) => 3,
            Some(ActorKind::Group) => 4,
            Some(ActorKind::Anonymous) => 5,
            None => 0,
        };
        let fit = if self.penalty == 0.0 {
            0u8
        } else if self.penalty < 3.0 {
            1
        } else {
            2
        };
        push(&[b"bias", &p]);
        push(&[b"dist", &p, &[dist]]);
        push(&[b"rank", &p, &[rank]]);
        push(&[b"rank-dist", &p, &[rank, dist]]);
        push(&[b"seen", &p, &[seen]]);
        push(&[b"back", &p, &[back]]);
        push(&[b"kind", &p, &[kind]]);
        push(&[b"fit", &p, &[fit]]);
        push(&[
            b"prominent",
            &p,
            &[u8::from(self.latest_prominent), u8::from(self.any_prominent)],
        ]);
        push(&[b"plural", &p, &[u8::from(ent.plural)]]);
        push(&[b"evidence", &p, &[ent.evidence.min(3)]]);
        push(&[b"heuristic-choice", &p, &[u8::from(chosen)]]);
    }
}

/// The entity the pronoun of `person` at token `pos` means among `cands` (most recent
/// first): the heuristic's pick, or when `ranked` the model's.
pub(crate) fn choose(
    actors: &Actors,
    (person, pos): (Person, usize),
    cands: &[Candidate],
    ranked: bool,
) -> Option<usize> {
    let heuristic = cands
        .iter()
        .min_by(|a, b| a.score.total_cmp(&b.score).then(a.best_at.cmp(&b.best_at)))?
        .entity;
    if !ranked {
        return Some(heuristic);
    }
    #[cfg(feature = "train")]
    {
        record(actors, (person, pos, heuristic), cands);
        if HEURISTIC_ONLY.load(std::sync::atomic::Ordering::Relaxed) {
            return Some(heuristic);
        }
    }
    let Some(model) = Weights::<2>::parse(MODEL, b"SPCR", RANK_BUCKETS) else {
        return Some(heuristic);
    };
    let mut feats = Vec::new();
    let mut best: Option<(f32, usize)> = None;
    for c in cands {
        feats.clear();
        c.features(actors, (person, pos, c.entity == heuristic), &mut feats);
        let s = model.scores(&feats);
        let score = s[1] - s[0];
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c.entity));
        }
    }
    best.map(|(_, e)| e)
}

/// Whether training runs leave every pronoun to the heuristic, so that the records do not
/// depend on the model being trained.
#[cfg(feature = "train")]
static HEURISTIC_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes the core resolve pronouns by the heuristic alone (`true`) or by the compiled-in model
/// (`false`, the default), for training.
#[cfg(feature = "train")]
pub fn heuristic_only(on: bool) {
    HEURISTIC_ONLY.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// One pronoun the core resolved, for training: its token, and each candidate's earlier
/// mentions (token ranges) with its features.
#[cfg(feature = "train")]
#[derive(Debug, Clone)]
pub struct Record {
    /// The pronoun's token.
    pub pos: usize,
    /// Each candidate: its mentions before the pronoun, and its features.
    pub candidates: Vec<(Vec<std::ops::Range<usize>>, Vec<u32>)>,
    /// The candidate the heuristic score picks.
    pub heuristic: usize,
}

#[cfg(feature = "train")]
static RECORDS: std::sync::Mutex<Vec<Record>> = std::sync::Mutex::new(Vec::new());

#[cfg(feature = "train")]
fn record(actors: &Actors, (person, pos, heuristic): (Person, usize, usize), cands: &[Candidate]) {
    let candidates = cands
        .iter()
        .map(|c| {
            let mentions = actors
                .mentions
                .iter()
                .filter(|m| m.entity == c.entity && m.toks.start < pos)
                .map(|m| m.toks.clone())
                .collect();
            let mut feats = Vec::new();
            c.features(actors, (person, pos, c.entity == heuristic), &mut feats);
            (mentions, feats)
        })
        .collect();
    let heuristic = cands.iter().position(|c| c.entity == heuristic).unwrap_or(0);
    if let Ok(mut r) = RECORDS.lock() {
        r.push(Record {
            pos,
            candidates,
            heuristic,
        });
    }
}

/// The pronouns resolved since the last call, for training.
#[cfg(feature = "train")]
pub fn take_records() -> Vec<Record> {
    RECORDS.lock().map(|mut r| std::mem::take(&mut *r)).unwrap_or_default()
}
