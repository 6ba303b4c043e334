//! Annotates our sample articles when the app is built, so the page shows the first one
//! without the core: the annotating worker, which carries the core and its models, is then not
//! part of the first load (it starts once the page is idle, or when an article needs it).
//!
//! Each `www/samples/NAME.txt` becomes `$OUT_DIR/samples/NAME.json`, the document the worker
//! would send for that text as the page asks for it (no targets, no date, no captions given
//! apart); `src/samples.rs` compiles them in. They are made from the same core source as the
//! worker, so they cannot fall out of date; a test in `src/samples.rs` checks them against the
//! core compiled to WebAssembly.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=www/samples");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("samples");
    fs::create_dir_all(&out).expect("cannot create the samples' output directory");
    let mut names: Vec<_> = fs::read_dir("www/samples")
        .expect("www/samples is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for path in names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = standpoint_core::annotate(&text, &standpoint_core::Options::default());
        let json = serde_json::to_string(&doc).expect("a document always serializes");
        let stem = path.file_stem().expect("a .txt file has a stem");
        fs::write(out.join(stem).with_extension("json"), json).expect("cannot write a sample's document");
    }
}
