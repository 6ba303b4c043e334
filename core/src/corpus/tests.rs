use super::*;
use crate::{annotate, Options};

fn doc(id: &str, date: Option<&str>, text: &str) -> Document {
    let mut o = Options {
        id: Some(Value::from(id)),
        ..Options::default()
    };
    o.meta.date = date.map(str::to_string);
    annotate(text, &o)
}

fn corpus() -> Vec<Document> {
    vec![
        doc(
            "one",
            Some("2026-03-02"),
            "Ferry Plan Splits Island\n\n“The ferry plan will save the island,” said Ana Ruiz, the mayor. \
             Ana Ruiz said she supports the ferry plan. “It is too costly,” said Li. Critics said the plan was rushed.",
        ),
        doc(
            "two",
            Some("2026-03-01"),
            "Island Votes on Ferries\n\nAna Ruiz said she opposes the plan now. “We need more time,” Ruiz said. \
             “Nobody asked us,” said Li, a fisherman. A senior official said the vote would go ahead.",
        ),
        doc("three", None, "Quiet Week\n\nNothing was said by anyone this week."),
    ]
}

#[test]
fn an_actor_in_several_articles_is_one_actor() {
    let docs = corpus();
    let all = actors(&docs);
    let ruiz: Vec<&CorpusActor> = all.iter().filter(|a| a.name == "Ana Ruiz").collect();
    assert_eq!(ruiz.len(), 1, "{all:#?}");
    let ruiz = ruiz[0];
    assert_eq!(ruiz.articles, [Value::from("one"), Value::from("two")]);
    assert!(ruiz.quotes >= 3, "{ruiz:?}");
    assert_eq!(all[0].name, "Ana Ruiz", "the most quoted first");
    // Her stances by article date: the second article is the earlier one.
    let dates: Vec<Option<&str>> = ruiz.stances.iter().map(|s| s.date.as_deref()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
}

#[test]
fn a_single_name_never_joins() {
    let all = actors(&corpus());
    let li: Vec<&CorpusActor> = all.iter().filter(|a| a.name == "Li").collect();
    assert_eq!(li.len(), 2, "one Li per article: {all:#?}");
    assert!(li.iter().all(|a| a.articles.len() == 1));
    let anonymous = all.iter().filter(|a| a.kind == ActorKind::Anonymous).count();
    let groups = all
        .iter()
        .filter(|a| a.kind == ActorKind::Group)
        .all(|a| a.articles.len() == 1);
    assert!(anonymous >= 1 && groups);
}

#[test]
fn voices_per_article_and_in_total() {
    let docs = corpus();
    let v = voices(&docs);
    assert_eq!(v.articles.len(), 3);
    for (a, d) in v.articles.iter().zip(&docs) {
        assert_eq!(a.words.total(), d.summary.quoted_words);
    }
    assert_eq!(
        v.total.total(),
        docs.iter().map(|d| d.summary.quoted_words).sum::<usize>()
    );
    assert!(v.total.named > 0 && v.total.anonymous > 0);
    assert_eq!(v.articles[2].words, VoiceWords::default());
    let csv = voices_csv(&v);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(
        lines[0].starts_with("article,title,quoted_words,named,anonymous,group,organization,unattributed,named_share")
    );
    assert!(lines[1].starts_with("one,Ferry Plan Splits Island,"), "{csv}");
    assert!(lines[4].starts_with("total,,"));
    assert!(lines[3].ends_with(",0.000,0.000,0.000,0.000,0.000"), "{csv}");
}

#[test]
fn two_articles_compared() {
    let docs = corpus();
    let c = compare(&docs[0], &docs[1]);
    let both: Vec<&str> = c.both.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(both, ["Ana Ruiz"], "{c:#?}");
    assert!(
        c.only_a.iter().any(|s| s.name == "Li") && c.only_b.iter().any(|s| s.name == "Li"),
        "Li is not joined"
    );
    let d = c
        .differences
        .iter()
        .find(|d| d.name == "Ana Ruiz")
        .expect("her position changed");
    assert_eq!((d.a, d.b), (Polarity::Support, Polarity::Oppose), "{d:?}");
    assert!(!d.stances_a.is_empty() && !d.stances_b.is_empty());
    let same = compare(&docs[0], &docs[0]);
    // An article against itself: no difference; only the speakers that never join stand alone.
    assert!(same.differences.is_empty());
    assert!(same
        .only_a
        .iter()
        .all(|s| join_key(docs[0].actors.iter().find(|a| a.name == s.name).unwrap()).is_none()));
}

#[test]
fn actors_csv_rows() {
    let all = actors(&corpus());
    let csv = actors_csv(&all);
    assert!(csv.starts_with("name,kind,articles,quotes,quoted_words,stances\r\n"));
    assert!(csv.contains("Ana Ruiz,person,one;two,"), "{csv}");
    assert_eq!(csv.lines().count(), all.len() + 1);
}

#[test]
fn no_documents() {
    assert!(actors(&[]).is_empty());
    assert_eq!(voices(&[]).total, VoiceWords::default());
}
