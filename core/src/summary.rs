//! The article at a glance: its voices, the anonymous share of what is quoted, and where the
//! voices stand on the main issues. Made from the finished document, so it always agrees with
//! the quotes and stances it summarizes.

use crate::document::{ActorKind, Document, IssuePositions, Position, Summary, TargetKind, Voice};
use crate::text::OffsetMap;

/// The most issues a summary lists.
const MAX_ISSUES: usize = 3;

/// Rounds a share to three decimals, so documents print stably.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The summary's word for an actor kind.
fn voice_of(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "named",
        ActorKind::Anonymous => "anonymous",
        ActorKind::Group => "group",
        ActorKind::Organization | ActorKind::Place => "organization",
    }
}

/// Summarizes `doc`, the annotation of `text` (`map` its offsets).
pub(crate) fn summarize(doc: &Document, text: &str, map: &OffsetMap) -> Summary {
    let words_in = |q: &crate::document::Quote| -> usize {
        q.content
            .iter()
            .map(|&r| map.span(r).text(text).split_whitespace().count())
            .sum()
    };
    let mut voices: Vec<Voice> = Vec::new();
    let mut quoted_words = 0;
    for q in &doc.quotes {
        let words = words_in(q);
        quoted_words += words;
        let Some(actor) = q.speaker.as_deref().and_then(|s| doc.actor(s)) else {
            continue;
        };
        match voices.iter_mut().find(|v| v.actor == actor.id) {
            Some(v) => {
                v.quotes.push(q.id.clone());
                v.words += words;
            }
            None => voices.push(Voice {
                actor: actor.id.clone(),
                name: actor.name.clone(),
                voice: voice_of(actor.kind).to_string(),
                quotes: vec![q.id.clone()],
                words,
                share: 0.0,
            }),
        }
    }
    let total = quoted_words.max(1) as f64;
    for v in &mut voices {
        v.share = round3(v.words as f64 / total);
    }
    // Most words first; the first to speak first among equals (the sort is stable).
    crate::sort::by_key(&mut voices, |v| std::cmp::Reverse(v.words));
    let anonymous: usize = voices.iter().filter(|v| v.voice == "anonymous").map(|v| v.words).sum();
    Summary {
        quoted_words,
        anonymous_share: round3(anonymous as f64 / total),
        voices,
        issues: issues(doc),
    }
}

/// The issues with the most stances, each with one position per holder.
fn issues(doc: &Document) -> Vec<IssuePositions> {
    let mut out: Vec<(usize, IssuePositions)> = Vec::new();
    for c in crate::stance::matrix(doc) {
        if c.target_kind != TargetKind::Issue {
            continue;
        }
        let name = doc.actor(&c.holder).map(|a| a.name.clone()).unwrap_or_default();
        let position = Position {
            actor: c.holder.clone(),
            name,
            polarity: c.overall,
            stances: c.stances.clone(),
        };
        match out.iter_mut().find(|(_, i)| i.target == c.target_key()) {
            Some((n, i)) => {
                *n += c.stances.len();
                i.positions.push(position);
            }
            None => out.push((
                c.stances.len(),
                IssuePositions {
                    target: c.target_key().to_string(),
                    label: c.target.clone(),
                    positions: vec![position],
                },
            )),
        }
    }
    crate::sort::by_key(&mut out, |(n, _)| std::cmp::Reverse(*n));
    out.into_iter().take(MAX_ISSUES).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use crate::{annotate, Options, Polarity};

    const TEXT: &str = "Ferry Plan Splits the Island\n\n\
        “We will fight this plan every step of the way,” said Mara Lind, who runs the harbour cafe.\n\n\
        “It is a good plan,” Mayor Tomas Weil said. Critics said the plan would cost too much.\n\n\
        A senior official said the ferry plan had little support among residents of the island.";

    #[test]
    fn voices_words_and_shares() {
        let doc = annotate(TEXT, &Options::default());
        let s = &doc.summary;
        let names: Vec<(&str, &str)> = s.voices.iter().map(|v| (v.name.as_str(), v.voice.as_str())).collect();
        assert!(names.contains(&("Mara Lind", "named")), "{names:?}");
        assert!(names.iter().any(|(_, kind)| *kind == "anonymous"), "{names:?}");
        assert!(names.iter().any(|(_, kind)| *kind == "group"), "{names:?}");
        // Most words first, and the shares add up to at most one.
        assert!(s.voices.windows(2).all(|w| w[0].words >= w[1].words));
        let sum: f64 = s.voices.iter().map(|v| v.share).sum();
        assert!(sum <= 1.002 && sum > 0.9, "{sum}");
        let lind = s.voices.iter().find(|v| v.name == "Mara Lind").unwrap();
        assert_eq!(lind.words, 10);
        assert_eq!(lind.quotes.len(), 1);
        assert!(doc.quote(&lind.quotes[0]).is_some());
        assert!(
            s.anonymous_share > 0.0 && s.anonymous_share < 0.5,
            "{}",
            s.anonymous_share
        );
    }

    #[test]
    fn positions_on_the_main_issue() {
        let doc = annotate(TEXT, &Options::default());
        let issue = doc.summary.issues.first().expect("the plan is an issue");
        assert!(issue.label.contains("plan"), "{}", issue.label);
        let lind = issue.positions.iter().find(|p| p.name == "Mara Lind");
        assert_eq!(lind.map(|p| p.polarity), Some(Polarity::Oppose), "{issue:?}");
        for p in &issue.positions {
            assert!(p.stances.iter().all(|s| doc.stances.iter().any(|x| &x.id == s)));
        }
    }

    #[test]
    fn an_article_without_quotes_has_an_empty_summary() {
        let doc = annotate("The river rose overnight.", &Options::default());
        assert_eq!(doc.summary.quoted_words, 0);
        assert_eq!(doc.summary.anonymous_share, 0.0);
        assert!(doc.summary.voices.is_empty() && doc.summary.issues.is_empty());
    }
}
