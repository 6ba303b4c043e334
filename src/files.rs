//! The page's file wiring: reading a picked or dropped file and handing it to the file
//! worker, asking it for exports, and turning its answers into actions and downloads.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::{Callback, DragEvent, UseReducerDispatcher};

use crate::io::{self, Opened};
use crate::link::Link;
use crate::protocol::{FileReply, FileRequest};
use crate::state::{Action, State};

/// Reads a picked or dropped file and has the worker open it.
pub fn open_file(file: web_sys::File, link: Link, dispatch: UseReducerDispatcher<State>) {
    let name = file.name();
    if let Some(refusal) = io::file_too_large(&name, file.size()) {
        dispatch.dispatch(Action::Notice(Some(refusal)));
        return;
    }
    spawn_local(async move {
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
