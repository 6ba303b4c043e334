//! Messages between the page and the worker travel as plain JavaScript values
//! (serde-wasm-bindgen), which also carries the document's free-form `id`.

use gloo_worker::Codec;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// A [`Codec`] that turns messages into JavaScript values and back.
#[derive(Debug)]
pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I>(input: I) -> JsValue
    where
        I: Serialize,
    {
        serde_wasm_bindgen::to_value(&input).unwrap_or(JsValue::NULL)
    }

    fn decode<O>(input: JsValue) -> O
    where
        O: for<'de> Deserialize<'de>,
    {
        match serde_wasm_bindgen::from_value(input) {
            Ok(v) => v,
            // Both ends are this crate's own types: a mismatch is a build error, not input.
            Err(e) => wasm_bindgen::throw_str(&format!("worker message could not be decoded: {e}")),
        }
    }
}
