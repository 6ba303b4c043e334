//! The page's file wiring: reading a picked or dropped file and handing it to the file
//! worker, asking it for exports, and turning its answers into actions and downloads.

use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::{Callback, DragEvent, UseReducerDispatcher};

use crate::io::{self, Opened};
use crate::link::Link;
use crate::protocol::{FileReply, FileRequest, PageFacts};
use crate::state::{Action, State};

/// Reads a picked or dropped file and has the worker open it.
pub fn open_file(file: web_sys::File, link: Link, dispatch: UseReducerDispatcher<State>) {
    let name = file.name();
    if let Some(refusal) = io::file_too_large(&name, file.size()) {
        dispatch.dispatch(Action::Notice(Some(refusal)));
        return;
    }
    spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buf) => link.file(FileRequest::Open {
                name,
                contents: js_sys::Uint8Array::new(&buf).to_vec(),
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
        FileReply::Pasted(text) => pasted(text, dispatch),
    }
}

/// Puts the text of pasted rich text where the editor's selection was.
fn pasted(text: String, dispatch: &UseReducerDispatcher<State>) {
    let Some(area) = text_area() else { return };
    if text.trim().is_empty() {
        dispatch.dispatch(Action::Notice(Some("The pasted text held no article text.".into())));
        return;
    }
    let (start, end) = (area.selection_start(), area.selection_end());
    let value = area.value();
    let at = |u: Option<u32>| {
        // Selection offsets are UTF-16 units; find the byte they fall on.
        let units = u.unwrap_or(0) as usize;
        let mut seen = 0;
        value
            .char_indices()
            .find(|(_, c)| {
                let here = seen;
                seen += c.len_utf16();
                here >= units
            })
            .map_or(value.len(), |(i, _)| i)
    };
    let (s, e) = (at(start.ok().flatten()), at(end.ok().flatten()));
    let next = format!("{}{text}{}", &value[..s], &value[e.max(s)..]);
    match crate::io::too_large("The article text", next.len()) {
        Some(refusal) => dispatch.dispatch(Action::Notice(Some(refusal))),
        None => {
            area.set_value(&next);
            dispatch.dispatch(Action::Edit(next));
        }
    }
}

/// The editor's text area.
fn text_area() -> Option<web_sys::HtmlTextAreaElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("article-text"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok())
}

/// What a paste outside any text field does: the pasted text becomes the article (rich text
/// is read by the file worker like a saved page, and replaces the whole text).
fn paste_anywhere(e: &web_sys::ClipboardEvent, link: &Link, dispatch: &UseReducerDispatcher<State>) {
    if crate::browser::typing() {
        return;
    }
    let Some(data) = e.clipboard_data() else { return };
    let html = data.get_data("text/html").ok().filter(|h| !h.trim().is_empty());
    let plain = data.get_data("text/plain").ok().filter(|t| !t.trim().is_empty());
    if html.is_none() && plain.is_none() {
        return;
    }
    e.prevent_default();
    if let Some(html) = html {
        if let Some(area) = text_area() {
            area.select();
        }
        link.file(FileRequest::Paste { html });
    } else if let Some(text) = plain {
        match io::too_large("The pasted text", text.len()) {
            Some(refusal) => dispatch.dispatch(Action::Notice(Some(refusal))),
            None => {
                dispatch.dispatch(Action::Open {
                    text,
                    title: None,
                    page: PageFacts::default(),
                    library_id: None,
                });
                dispatch.dispatch(Action::Notice(Some("Opened the pasted article.".into())));
            }
        }
    }
}

/// Listens for pastes on the page until the returned function is called.
pub fn listen_paste(link: Link, dispatch: UseReducerDispatcher<State>) -> impl FnOnce() {
    let listener = Closure::<dyn Fn(web_sys::ClipboardEvent)>::new(move |e: web_sys::ClipboardEvent| {
        paste_anywhere(&e, &link, &dispatch);
    });
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(d) = &document {
        let _ = d.add_event_listener_with_callback("paste", listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(d) = &document {
            let _ = d.remove_event_listener_with_callback("paste", listener.as_ref().unchecked_ref());
        }
        drop(listener);
    }
}

/// What the page does with the worker's answer to an open request.
fn opened(result: Result<Opened, String>, dispatch: &UseReducerDispatcher<State>) {
    match result {
        Ok(Opened::Article { text, title, page }) => {
            let msg = format!("Opened {}.", title.as_deref().unwrap_or("the file"));
            dispatch.dispatch(Action::Open {
                text,
                title,
                page,
                library_id: None,
            });
            dispatch.dispatch(Action::Notice(Some(msg)));
        }
        Ok(Opened::Import(doc)) => {
            dispatch.dispatch(Action::Import(Rc::new(*doc)));
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
