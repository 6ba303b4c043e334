//! The library panel: saved articles to open, rename or delete, and the way into the view
//! across them.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library;
use crate::state::{Action, State, View};

/// Properties of [`LibraryPanel`].
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
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
                    page: e.page(),
                    library_id: Some(e.id.clone()),
                });
            })
        };
        let delete = {
            let d = state.dispatcher();
            let id = e.id.clone();
            let title = e.title.clone();
            Callback::from(move |_: MouseEvent| library::delete(&id, &title, d.clone()))
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
                        renaming.set(None);
                        library::rename(&entry, &input.value(), d.clone());
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
    let across = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetView(View::Library)))
    };
    html! {
        <section class="panel" id="library" aria-labelledby="library-heading">
            <h2 id="library-heading">{ "Library" }</h2>
            <button type="button" class="across" onclick={across} disabled={state.library.is_empty()}>{ "Across the library" }</button>
            if state.library.is_empty() {
                <p class="empty">{ "No saved articles. “Save to library” keeps the open article in this browser." }</p>
            } else {
                <ul class="library">{ for items }</ul>
            }
        </section>
    }
}
