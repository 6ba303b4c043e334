//! The top-level component: the editor, the annotated article, and the worker behind them.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use gloo_worker::Spawnable;
use yew::prelude::*;

use crate::codec::JsCodec;
use crate::components::article::Article;
use crate::components::editor::Editor;
use crate::samples::SAMPLES;
use crate::state::{Action, State};
use crate::worker::{Annotator, Request};

/// Where Trunk puts the worker's loader script, relative to the page.
const WORKER_URL: &str = "./worker_loader.js";

/// How long typing must pause before the text is annotated again.
const DEBOUNCE_MS: u32 = 250;

/// The app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(SAMPLES[0].text));
    let bridge = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let mut spawner = Annotator::spawner();
            spawner.callback(move |resp| dispatcher.dispatch(Action::Annotated(Rc::new(resp))));
            let mut spawner = spawner.encoding::<JsCodec>();
            spawner.with_loader(true).as_module(false).spawn(WORKER_URL)
        })
    };
    {
        let bridge = bridge.clone();
        let text = state.text.clone();
        let seq = state.seq;
        use_effect_with(seq, move |_| {
            let delay = if seq == 1 { 0 } else { DEBOUNCE_MS };
            let timeout = Timeout::new(delay, move || {
                bridge.send(Request {
                    seq,
                    text: text.to_string(),
                    targets: Vec::new(),
                });
            });
            move || drop(timeout)
        });
    }
    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::Edit(text)))
    };
    let status = match (&state.annotated, state.busy) {
        (_, true) => "Annotating…".to_string(),
        (Some((_, doc)), false) => format!(
            "{} quotes, {} actors{}",
            doc.quotes.len(),
            doc.actors.len(),
            state
                .elapsed_ms
                .map(|ms| format!(" · annotated in {ms:.1} ms"))
                .unwrap_or_default()
        ),
        (None, false) => String::new(),
    };
    html! {
        <>
            <header class="top">
                <h1>{ "Standpoint" }</h1>
                <p class="tagline">{ "Who said what, and where each actor stands." }</p>
            </header>
            <main class="layout">
                <Editor text={AttrValue::from(state.text.to_string())} on_edit={on_edit} />
                <section class="reader" aria-labelledby="reader-heading" aria-busy={state.busy.to_string()}>
                    <h2 id="reader-heading" class="visually-hidden">{ "Annotated article" }</h2>
                    <p class="status" role="status" data-seq={state.seq.to_string()}
                        data-elapsed-ms={state.elapsed_ms.map(|ms| format!("{ms:.3}")).unwrap_or_default()}>{ status }</p>
                    if let Some((text, doc)) = &state.annotated {
                        <Article text={text.clone()} doc={doc.clone()} layers={state.layers} />
                    }
                </section>
            </main>
        </>
    }
}
