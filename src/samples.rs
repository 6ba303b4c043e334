//! Our own sample articles, compiled in so the app needs nothing from the network.

/// A sample article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// A short identifier.
    pub slug: &'static str,
    /// What the picker shows.
    pub title: &'static str,
    /// The article.
    pub text: &'static str,
}

/// All samples; the first one is loaded at start-up.
pub const SAMPLES: &[Sample] = &[
    Sample {
        slug: "harbour-pact",
        title: "Coastal states split over harbour pact",
        text: include_str!("../www/samples/harbour-pact.txt"),
    },
    Sample {
        slug: "water-rights",
        title: "Valley farmers and city clash over river water",
        text: include_str!("../www/samples/water-rights.txt"),
    },
    Sample {
        slug: "transit-strike",
        title: "Transit workers walk out as talks collapse",
        text: include_str!("../www/samples/transit-strike.txt"),
    },
];
