//! Two articles side by side: the speakers both quote and those each quotes alone, with their
//! quotes, and where the same actor takes a different position on the same issue.

use serde::{Deserialize, Serialize};

use super::join_key;
use crate::document::{Actor, ActorKind, Document, Polarity, TargetKind};

/// A speaker quoted in only one of the two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The actor's name there.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
    /// Its quotes' ids in that article.
    pub quotes: Vec<String>,
}

/// A speaker both articles quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Together {
    /// The fuller of its two names.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
    /// Its quotes' ids in the first article.
    pub a: Vec<String>,
    /// Its quotes' ids in the second.
    pub b: Vec<String>,
}

/// The same actor's different positions on the same issue in the two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// The actor.
    pub name: String,
    /// The issue as the first article names it.
    pub issue_a: String,
    /// As the second names it.
    pub issue_b: String,
    /// The position in the first article (the polarity with the most evidence).
    pub a: Polarity,
    /// In the second.
    pub b: Polarity,
    /// The stances behind it in the first article.
    pub stances_a: Vec<String>,
    /// In the second.
    pub stances_b: Vec<String>,
}

/// How two articles differ in whom they quote and where their actors stand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Speakers both quote, in the first article's order.
    pub both: Vec<Together>,
    /// Speakers only the first quotes.
    pub only_a: Vec<Side>,
    /// Speakers only the second quotes.
    pub only_b: Vec<Side>,
    /// Positions that differ.
    pub differences: Vec<Difference>,
}

/// The speakers of an article with their quotes, in order of first quote.
fn speakers(doc: &Document) -> Vec<(&Actor, Vec<String>)> {
    let mut out: Vec<(&Actor, Vec<String>)> = Vec::new();
    for q in &doc.quotes {
        let Some(a) = q.speaker.as_deref().and_then(|s| doc.actor(s)) else {
            continue;
        };
        match out.iter_mut().find(|(x, _)| x.id == a.id) {
            Some((_, ids)) => ids.push(q.id.clone()),
            None => out.push((a, vec![q.id.clone()])),
        }
    }
    out
}

/// What an issue is, for matching across articles: the head noun of its label ("the ferry
/// plan" and "Monday's plan" are both "plan"); an actor taken as a target, by its name.
fn issue_key(label: &str, kind: TargetKind) -> String {
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    match kind {
        TargetKind::Actor => format!("actor:{}", words.join(" ")),
        TargetKind::Issue => {
            let head = words.last().map(String::as_str).unwrap_or("");
            let head = head.strip_suffix('s').filter(|h| h.len() > 3).unwrap_or(head);
            format!("issue:{head}")
        }
    }
}

/// One holder's evidence on one issue of an article.
struct Tally {
    holder: String,
    issue: String,
    label: String,
    /// Support, oppose, neutral.
    counts: [usize; 3],
    stances: Vec<String>,
}

/// One position: the actor's join key, the issue key, the label, the polarity, the stances.
type Held = (String, String, String, Polarity, Vec<String>);

/// Each joinable holder's position on each issue of an article: the polarity with the most
/// evidence (neutral on a tie).
fn positions(doc: &Document) -> Vec<Held> {
    let mut tally: Vec<Tally> = Vec::new();
    for s in &doc.stances {
        let Some(holder) = doc.actor(&s.holder).and_then(join_key) else {
            continue;
        };
        let issue = issue_key(&s.target.label, s.target.kind);
        let slot = match tally.iter().position(|t| t.holder == holder && t.issue == issue) {
            Some(i) => i,
            None => {
                tally.push(Tally {
                    holder,
                    issue,
                    label: s.target.label.clone(),
                    counts: [0; 3],
                    stances: Vec::new(),
                });
                tally.len() - 1
            }
        };
        let t = &mut tally[slot];
        t.counts[s.polarity as usize] += 1;
        t.stances.push(s.id.clone());
    }
    tally
        .into_iter()
        .map(|t| {
            let [sup, opp, neu] = t.counts;
            let p = if sup > opp && sup >= neu {
                Polarity::Support
            } else if opp > sup && opp >= neu {
                Polarity::Oppose
            } else {
                Polarity::Neutral
            };
            (t.holder, t.issue, t.label, p, t.stances)
        })
        .collect()
}

/// Compares two articles.
pub fn compare(a: &Document, b: &Document) -> Comparison {
    let (sa, sb) = (speakers(a), speakers(b));
    let key = |x: &Actor| join_key(x);
    let mut both = Vec::new();
    let mut only_a = Vec::new();
    for (x, qa) in &sa {
        match key(x).and_then(|k| sb.iter().find(|(y, _)| key(y).as_ref() == Some(&k))) {
            Some((y, qb)) => both.push(Together {
                name: if y.name.chars().count() > x.name.chars().count() {
                    y.name.clone()
                } else {
                    x.name.clone()
                },
                kind: x.kind,
                a: qa.clone(),
                b: qb.clone(),
            }),
            None => only_a.push(Side {
                name: x.name.clone(),
                kind: x.kind,
                quotes: qa.clone(),
            }),
        }
    }
    let only_b = sb
        .iter()
        .filter(|(y, _)| key(y).is_none_or(|k| !sa.iter().any(|(x, _)| key(x).as_ref() == Some(&k))))
        .map(|(y, qb)| Side {
            name: y.name.clone(),
            kind: y.kind,
            quotes: qb.clone(),
        })
        .collect();
    let pb = positions(b);
    let mut differences = Vec::new();
    for (h, issue, label, p, ids) in positions(a) {
        if let Some((_, _, label_b, q, ids_b)) = pb.iter().find(|(hb, ib, ..)| *hb == h && *ib == issue) {
            if p != *q {
                let name = a
                    .actors
                    .iter()
                    .find(|x| join_key(x).as_ref() == Some(&h))
                    .map_or_else(String::new, |x| x.name.clone());
                differences.push(Difference {
                    name,
                    issue_a: label,
                    issue_b: label_b.clone(),
                    a: p,
                    b: *q,
                    stances_a: ids,
                    stances_b: ids_b.clone(),
                });
            }
        }
    }
    Comparison {
        both,
        only_a,
        only_b,
        differences,
    }
}
