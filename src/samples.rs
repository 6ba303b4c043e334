//! Our own sample articles, compiled in so the app needs nothing from the network, each with
//! its document as the core annotated it when the app was built (see `build.rs`): showing a
//! sample needs no annotating worker, so the first load does not carry the core.

use standpoint_core::Document;

use crate::protocol::PageFacts;

/// A sample article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// A short identifier.
    pub slug: &'static str,
    /// What the picker shows.
    pub title: &'static str,
    /// The article.
    pub text: &'static str,
    /// Its document (JSON), annotated at build time with no targets, date or captions.
    json: &'static str,
}

macro_rules! sample {
    ($slug:literal, $title:literal) => {
        Sample {
            slug: $slug,
            title: $title,
            text: include_str!(concat!("../www/samples/", $slug, ".txt")),
            json: include_str!(concat!(env!("OUT_DIR"), "/samples/", $slug, ".json")),
        }
    };
}

/// All samples; the first one is loaded at start-up.
pub const SAMPLES: &[Sample] = &[
    sample!("harbour-pact", "Coastal states split over harbour pact"),
    sample!("water-rights", "Valley farmers and city clash over river water"),
    sample!("transit-strike", "Transit workers walk out as talks collapse"),
];

/// The document of a sample whose text this is, as the worker would annotate it when its
/// page tells nothing more; `None` for any other article.
pub fn annotated(text: &str, page: &PageFacts) -> Option<Document> {
    if *page != PageFacts::default() {
        return None;
    }
    let sample = SAMPLES.iter().find(|s| s.text == text)?;
    serde_json::from_str(sample.json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn each_sample_is_shown_as_the_core_annotates_it() {
        for s in SAMPLES {
            let built = annotated(s.text, &PageFacts::default()).expect("a sample's document reads back");
            let now = standpoint_core::annotate(s.text, &standpoint_core::Options::default());
            assert_eq!(
                built, now,
                "{}: the build-time document differs from the worker's",
                s.slug
            );
        }
    }

    #[wasm_bindgen_test]
    fn other_articles_and_page_facts_go_to_the_worker() {
        let s = &SAMPLES[0];
        assert!(annotated(&format!("{} ", s.text), &PageFacts::default()).is_none());
        let dated = PageFacts {
            date: Some("2026-03-05".into()),
            ..PageFacts::default()
        };
        assert!(annotated(s.text, &dated).is_none());
        let captioned = PageFacts {
            captions: vec!["A caption.".into()],
            ..PageFacts::default()
        };
        assert!(annotated(s.text, &captioned).is_none());
    }
}
