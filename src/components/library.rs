//! The library panel: saved articles to open, rename or delete.

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library::{self, Entry};
use crate::state::{Action, State};

/// Properties of [`LibraryPanel`].
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
}

fn refresh(dispatch: UseReducerDispatcher<State>) {
    spawn_local(async move {
        match library::list().await {
            Ok(list) => dispatch.dispatch(Action::Library(list)),
            Err(e) => dispatch.dispatch(Action::Notice(Some(e.to_string()))),
        }
    });
}

/// Loads the library list (at start-up).
pub fn load(dispatch: UseReducerDispatcher<State>) {
    refresh(dispatch);
}

/// The saved articles.
#[function_component]
pub fn LibraryPanel(p: &LibraryProps) -> Html {
    let state = &p.state;
    let renaming = use_state(|| None::<String>);
    let items = state.library.iter().map(|e| {
        let open = {
            let d = state.dispatcher();
            let e = e.clone();
            Callback::from(move |_: MouseEvent| {
                d.dispatch(Action::Open {
                    text: e.text.clone(),
                    title: Some(e.title.clone()),
                    library_id: Some(e.id.clone()),
                });
            })
        };
        let delete = {
            let d = state.dispatcher();
            let id = e.id.clone();
            let title = e.title.clone();
            Callback::from(move |_: MouseEvent| {
                let sure = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&format!("Delete “{title}” from the library?")).ok())
                    .unwrap_or(false);
                if !sure {
                    return;
                }
                let d = d.clone();
                let id = id.clone();
                spawn_local(async move {
                    match library::delete(&id).await {
                        Ok(()) => {
                            d.dispatch(Action::Notice(Some("Deleted from the library.".into())));
                            refresh(d);
                        }
                        Err(err) => d.dispatch(Action::Notice(Some(err.to_string()))),
                    }
                });
            })
        };
        let start_rename = {
            let renaming = renaming.clone();
            let id = e.id.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        let saved = js_sys::Date::new(&e.saved.into()).to_locale_string("default", &js_sys::Object::new());
        let is_renaming = renaming.as_deref() == Some(e.id.as_str());
        let title = if is_renaming {
            let on_key = {
                let d = state.dispatcher();
                let renaming = renaming.clone();
                let entry = e.clone();
                Callback::from(move |ev: KeyboardEvent| {
                    let key = ev.key();
                    if key == "Escape" {
                        renaming.set(None);
                    } else if key == "Enter" {
                        let input: HtmlInputElement = ev.target_unchecked_into();
                        let entry = Entry {
                            title: input.value().trim().to_string(),
                            ..entry.clone()
                        };
                        renaming.set(None);
                        let d = d.clone();
                        spawn_local(async move {
                            match library::save(&entry).await {
                                Ok(()) => refresh(d),
                                Err(err) => d.dispatch(Action::Notice(Some(err.to_string()))),
                            }
                        });
                    }
                })
            };
            html! {
                <input type="text" class="rename" value={e.title.clone()} onkeydown={on_key}
                    aria-label={format!("New title for {}", e.title)} autofocus=true />
            }
        } else {
            html! { <button type="button" class="link" onclick={open}>{ &e.title }</button> }
        };
        html! {
            <li data-library-id={e.id.clone()}>
                { title }
                <span class="saved">{ saved.as_string().unwrap_or_default() }</span>
                <button type="button" class="small" onclick={start_rename} aria-label={format!("Rename {}", e.title)}>{ "Rename" }</button>
                <button type="button" class="small" onclick={delete} aria-label={format!("Delete {}", e.title)}>{ "Delete" }</button>
            </li>
        }
    });
    html! {
        <section class="panel" id="library" aria-labelledby="library-heading">
            <h2 id="library-heading">{ "Library" }</h2>
            if state.library.is_empty() {
                <p class="empty">{ "No saved articles. “Save to library” keeps the open article in this browser." }</p>
            } else {
                <ul class="library">{ for items }</ul>
            }
        </section>
    }
}
