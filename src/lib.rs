//! Standpoint's reader: a Yew app that shows who said what in a news article, with the
//! parsing core running in a web worker.
#![forbid(unsafe_code)]

pub mod across;
pub mod app;
pub mod browser;
pub mod codec;
pub mod components;
pub mod events;
pub mod files;
pub mod io;
pub mod library;
pub mod link;
pub mod protocol;
pub mod render;
pub mod samples;
pub mod shortcuts;
pub mod state;
pub mod store;
pub mod worker;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
