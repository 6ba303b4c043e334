//! The toolbar: open a sample or a file, save to the library, export, layers, theme, help.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::io::{self, Opened, EXPORTS};
use crate::library;
use crate::samples::SAMPLES;
use crate::state::{Action, Layer, State, Theme};
use crate::worker::{FileReply, FileRequest, Link};

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
}

/// Reads a picked or dropped file and has the worker open it.
pub fn open_file(file: web_sys::File, link: Link, dispatch: UseReducerDispatcher<State>) {
    spawn_local(async move {
        let name = file.name();
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(v) => link.file(FileRequest::Open {
                name,
                contents: v.as_string().unwrap_or_default(),
            }),
            Err(_) => dispatch.dispatch(Action::Notice(Some(format!("{name} could not be read.")))),
        }
    });
}

/// What the page does with the file worker's answers.
pub fn file_reply(reply: FileReply, dispatch: &UseReducerDispatcher<State>) {
    match reply {
        FileReply::Opened(result) => opened(result, dispatch),
        FileReply::Exported(files) => exported(files, dispatch),
    }
}

/// What the page does with the worker's answer to an open request.
fn opened(result: Result<Opened, String>, dispatch: &UseReducerDispatcher<State>) {
    match result {
        Ok(Opened::Article { text, title }) => {
            let msg = format!("Opened {}.", title.as_deref().unwrap_or("the file"));
            dispatch.dispatch(Action::Open {
                text,
                title,
                library_id: None,
            });
            dispatch.dispatch(Action::Notice(Some(msg)));
        }
        Ok(Opened::Import(doc)) => {
            dispatch.dispatch(Action::Import(Rc::new(doc)));
            dispatch.dispatch(Action::Notice(Some("Imported the export.".into())));
        }
        Err(e) => dispatch.dispatch(Action::Notice(Some(e))),
    }
}

/// Offers the worker's export files as downloads.
fn exported(files: Vec<(String, String, String)>, dispatch: &UseReducerDispatcher<State>) {
    let mut names = Vec::new();
    for (name, mime, contents) in files {
        if let Err(e) = io::download(&name, &mime, &contents) {
            dispatch.dispatch(Action::Notice(Some(e)));
            return;
        }
        names.push(name);
    }
    dispatch.dispatch(Action::Notice(Some(format!("Exported {}.", names.join(" and ")))));
}

/// Saves the open article to the library and refreshes the list.
pub fn save(state: &State, dispatch: UseReducerDispatcher<State>) {
    // A saved entry keeps the title it has in the library (the reader may have renamed it);
    // anything else is named by its headline, then by how it was opened.
    let headline = state.doc().filter(|_| !state.busy).and_then(|d| d.meta.title.clone());
    let title = if state.library_id.is_some() {
        state.title.clone().or(headline)
    } else {
        headline.or_else(|| state.title.clone())
    };
    let title = title.unwrap_or_else(|| state.text.chars().take(60).collect::<String>().trim().to_string());
    let entry = library::Entry {
        id: state.library_id.clone().unwrap_or_else(library::new_id),
        title,
        saved: js_sys::Date::now(),
        text: state.text.to_string(),
    };
    spawn_local(async move {
        match library::save(&entry).await {
            Ok(()) => {
                dispatch.dispatch(Action::Saved(entry.id.clone()));
                if let Ok(list) = library::list().await {
                    dispatch.dispatch(Action::Library(list));
                }
            }
            Err(e) => dispatch.dispatch(Action::Notice(Some(e.to_string()))),
        }
    });
}

/// Asks the worker for export `which` of the current annotation.
pub fn export(state: &State, link: &Link, which: usize) -> Result<(), String> {
    let (text, doc) = state.annotated.as_ref().ok_or("Nothing to export yet.")?;
    let stem = io::file_stem(state.title.as_deref().or(doc.meta.title.as_deref()));
    link.file(FileRequest::Export {
        which,
        doc: Box::new((**doc).clone()),
        text: text.to_string(),
        stem,
    });
    Ok(())
}

/// The toolbar.
#[function_component]
pub fn Toolbar(p: &ToolbarProps) -> Html {
    let state = &p.state;
    let link = use_context::<Link>();
    let file_input = use_node_ref();
    let export_choice = use_state(|| 0usize);
    let on_sample = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(s) = SAMPLES.iter().find(|s| s.slug == sel.value()) {
                d.dispatch(Action::Open {
                    text: s.text.to_string(),
                    title: Some(s.title.to_string()),
                    library_id: None,
                });
            }
            sel.set_value("");
        })
    };
    let on_file = {
        let d = state.dispatcher();
        let link = link.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let (Some(f), Some(link)) = (input.files().and_then(|fs| fs.get(0)), link.clone()) {
                open_file(f, link, d.clone());
            }
            input.set_value("");
        })
    };
    let on_open_click = {
        let input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| save(&state, state.dispatcher()))
    };
    let on_export_choice = {
        let choice = export_choice.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            choice.set(sel.value().parse().unwrap_or(0));
        })
    };
    let on_export = {
        let state = state.clone();
        let choice = export_choice.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let result = match &link {
                Some(link) => export(&state, link, *choice),
                None => Err("The worker is not running.".into()),
            };
            let msg = match result {
                Ok(()) => format!("Preparing {}…", EXPORTS[*choice].0),
                Err(e) => e,
            };
            state.dispatch(Action::Notice(Some(msg)));
        })
    };
    let toggle = |layer: Layer| {
        let d = state.dispatcher();
        Callback::from(move |_: Event| d.dispatch(Action::Toggle(layer)))
    };
    let on_theme = {
        let d = state.dispatcher();
        let next = if state.theme == Theme::Light {
            Theme::Dark
        } else {
            Theme::Light
        };
        Callback::from(move |_: MouseEvent| {
            io::set_pref("standpoint.theme", next.as_str());
            d.dispatch(Action::SetTheme(next));
        })
    };
    let on_help = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetHelp(true)))
    };
    let layers = state.layers;
    let checkbox = |label: &str, key: &str, checked: bool, layer: Layer| {
        html! {
            <label class="layer-toggle">
                <input type="checkbox" checked={checked} onchange={toggle(layer)} />
                { format!(" {label} ") }<kbd>{ key }</kbd>
            </label>
        }
    };
    let exports = EXPORTS.iter().enumerate().map(|(i, (label, _, _))| {
        html! { <option value={i.to_string()} selected={*export_choice == i}>{ *label }</option> }
    });
    let samples = SAMPLES
        .iter()
        .map(|s| html! { <option value={s.slug}>{ s.title }</option> });
    let theme_label = if state.theme == Theme::Light {
        "Dark theme"
    } else {
        "Light theme"
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="Article tools">
            <div class="group">
                <label class="visually-hidden" for="sample-picker">{ "Open a sample article" }</label>
                <select id="sample-picker" onchange={on_sample}>
                    <option value="" selected=true>{ "Samples…" }</option>
                    { for samples }
                </select>
                <button type="button" onclick={on_open_click}>{ "Open file…" }</button>
                <input type="file" ref={file_input} class="visually-hidden" tabindex="-1" aria-hidden="true"
                    accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json" onchange={on_file} />
                <button type="button" onclick={on_save} disabled={state.text.trim().is_empty()}>{ "Save to library" }</button>
            </div>
            <div class="group">
                <label class="visually-hidden" for="export-format">{ "Export format" }</label>
                <select id="export-format" onchange={on_export_choice}>{ for exports }</select>
                <button type="button" onclick={on_export} disabled={state.annotated.is_none()}>{ "Export" }</button>
            </div>
            <fieldset class="group layers">
                <legend class="visually-hidden">{ "Layers" }</legend>
                { checkbox("Quotes", "1", layers.quotes, Layer::Quotes) }
                { checkbox("Actors", "2", layers.actors, Layer::Actors) }
                { checkbox("Stances", "3", layers.stances, Layer::Stances) }
                { checkbox("Dates", "4", layers.dates, Layer::Dates) }
            </fieldset>
            <div class="group">
                <button type="button" onclick={on_theme} aria-label={theme_label}>{ theme_label }</button>
                <button type="button" onclick={on_help} aria-haspopup="dialog">{ "Keyboard help" }</button>
            </div>
        </div>
    }
}

/// Stops the browser from opening a dragged file itself, and opens it here.
pub fn on_drop(link: Link, dispatch: UseReducerDispatcher<State>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|fs| fs.get(0)) {
            open_file(f, link.clone(), dispatch.clone());
        }
    })
}

/// Lets a file be dropped.
pub fn on_drag_over() -> Callback<DragEvent> {
    Callback::from(|e: DragEvent| {
        e.prevent_default();
        if let Some(dt) = e.data_transfer() {
            dt.set_drop_effect("copy");
        }
    })
}
