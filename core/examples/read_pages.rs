//! Times the page reader alone on each file given: `cargo run --release -p standpoint-core
//! --features pages --example read_pages -- PAGE.html…`. `./x bench` runs it on hostile pages.

use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let t = Instant::now();
        let page = standpoint_core::html::read(&bytes);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{path}: {:.1} MB read in {:.0} ms ({:.1} MB/s), {} bytes of article text",
            bytes.len() as f64 / 1e6,
            secs * 1e3,
            bytes.len() as f64 / 1e6 / secs.max(1e-9),
            page.text.len()
        );
    }
}
