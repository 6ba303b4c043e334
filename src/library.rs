//! The library's wiring: loading the list of saved articles, saving the open one, renaming
//! and deleting, each reporting its outcome to the state. The storage itself is
//! [`crate::store`].

use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use crate::state::{Action, State};
use crate::store::{self, Entry};

/// Reloads the list of saved articles.
pub fn refresh(dispatch: UseReducerDispatcher<State>) {
    spawn_local(async move {
        match store::list().await {
            Ok(list) => dispatch.dispatch(Action::Library(list)),
            Err(e) => dispatch.dispatch(Action::Notice(Some(e.to_string()))),
        }
    });
}

/// Saves the open article and refreshes the list. A saved entry keeps the title it has in the
/// library (the reader may have renamed it); anything else is named by its headline, then by
/// how it was opened, then by its first words.
pub fn save_open(state: &State, dispatch: UseReducerDispatcher<State>) {
    let headline = state.doc().filter(|_| !state.busy).and_then(|d| d.meta.title.clone());
    let title = if state.library_id.is_some() {
        state.title.clone().or(headline)
    } else {
        headline.or_else(|| state.title.clone())
    };
    let title = title.unwrap_or_else(|| state.text.chars().take(60).collect::<String>().trim().to_string());
    let entry = Entry {
        id: state.library_id.clone().unwrap_or_else(store::new_id),
        title,
        saved: js_sys::Date::now(),
        text: state.text.to_string(),
        // The annotation, when it is of this text.
        doc: state
            .annotated
            .as_ref()
            .filter(|(t, _)| !state.busy && **t == *state.text)
            .map(|(_, d)| (**d).clone()),
    };
    spawn_local(async move {
        match store::save(&entry).await {
            Ok(()) => {
                dispatch.dispatch(Action::Saved(entry.id.clone()));
                if let Ok(list) = store::list().await {
                    dispatch.dispatch(Action::Library(list));
                }
            }
            Err(e) => dispatch.dispatch(Action::Notice(Some(e.to_string()))),
        }
    });
}

/// Gives a saved article a new title.
pub fn rename(entry: &Entry, title: &str, dispatch: UseReducerDispatcher<State>) {
    let entry = Entry {
        title: title.trim().to_string(),
        ..entry.clone()
    };
    spawn_local(async move {
        match store::save(&entry).await {
            Ok(()) => refresh(dispatch),
            Err(err) => dispatch.dispatch(Action::Notice(Some(err.to_string()))),
        }
    });
}

/// Deletes a saved article, once the reader confirms.
pub fn delete(id: &str, title: &str, dispatch: UseReducerDispatcher<State>) {
    let sure = web_sys::window()
        .and_then(|w| {
            w.confirm_with_message(&format!("Delete “{title}” from the library?"))
                .ok()
        })
        .unwrap_or(false);
    if !sure {
        return;
    }
    let id = id.to_string();
    spawn_local(async move {
        match store::delete(&id).await {
            Ok(()) => {
                dispatch.dispatch(Action::Notice(Some("Deleted from the library.".into())));
                refresh(dispatch);
            }
            Err(err) => dispatch.dispatch(Action::Notice(Some(err.to_string()))),
        }
    });
}
