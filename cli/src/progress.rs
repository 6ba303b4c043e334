//! The progress bar of a JSON Lines run, on standard error (indicatif): how far through the
//! input, and how many articles per second. Drawn only on a terminal and never with `--quiet`.

use std::io::{self, IsTerminal};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A run's progress: bytes of input read, articles annotated.
pub struct Progress {
    bar: ProgressBar,
    articles: u64,
}

impl Progress {
    /// A bar over `total` input bytes (a spinner when the size is unknown, 0), hidden when
    /// `quiet` or when standard error is not a terminal.
    pub fn new(total: u64, quiet: bool) -> Progress {
        let bar = if quiet || !io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else if total > 0 {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            // The template is ours and valid; a failure would only lose the styling.
            if let Ok(style) = ProgressStyle::with_template("{bar:30} {percent:>3}% {bytes}/{total_bytes} {msg}") {
                bar.set_style(style);
            }
            bar
        } else {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{spinner} {bytes} {msg}") {
                bar.set_style(style);
            }
            bar
        };
        Progress { bar, articles: 0 }
    }

    /// `bytes` of the input are read and `articles` more are annotated.
    pub fn advance(&mut self, bytes: u64, articles: u64) {
        self.articles += articles;
        self.bar.set_position(bytes);
        let secs = self.bar.elapsed().as_secs_f64().max(1e-6);
        self.bar.set_message(format!(
            "{} articles, {:.0} articles/s",
            self.articles,
            self.articles as f64 / secs
        ));
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
