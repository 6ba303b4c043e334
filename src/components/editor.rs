//! The text area where an article is pasted or typed.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::link::Link;
use crate::protocol::FileRequest;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The current text.
    pub text: AttrValue,
    /// Called with the new text on every edit.
    pub on_edit: Callback<String>,
    /// Called with a message when an edit is refused (the text would reach 5 MB).
    pub on_refuse: Callback<String>,
    /// Hidden while the annotated article is read (the text area keeps its undo history).
    #[prop_or_default]
    pub hidden: bool,
}

/// The labelled article text area.
#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let on_input = {
        let (on_edit, on_refuse, shown) = (props.on_edit.clone(), props.on_refuse.clone(), props.text.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            match crate::io::too_large("The article text", value.len()) {
                // Put back the article that was there; nothing else changes.
                Some(refusal) => {
                    area.set_value(&shown);
                    on_refuse.emit(refusal);
                }
                None => on_edit.emit(value),
            }
        })
    };
    // Rich text copied from a web page is read like a saved page (by the file worker), keeping
    // its paragraphs and dropping its markup; plain text pastes as it is.
    let on_paste = {
        let link = use_context::<Link>();
        Callback::from(move |e: Event| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&e) else {
                return;
            };
            let html = e
                .clipboard_data()
                .and_then(|d| d.get_data("text/html").ok())
                .filter(|h| !h.trim().is_empty());
            if let (Some(html), Some(link)) = (html, link.as_ref()) {
                e.prevent_default();
                link.file(FileRequest::Paste { html });
            }
        })
    };
    html! {
        <section class="editor" aria-labelledby="editor-heading" hidden={props.hidden}>
            <h2 id="editor-heading" class="visually-hidden">{ "Input" }</h2>
            <label for="article-text">{ "Article text" }</label>
            <textarea id="article-text" spellcheck="false" value={props.text.clone()} oninput={on_input} onpaste={on_paste}
                placeholder="Paste an English news article here." aria-describedby="editor-hint" />
            <p class="hint" id="editor-hint">{ "Paste or type; or drop a .txt, .md, .html or exported .json file anywhere on the page. Done (or Escape) shows it annotated." }</p>
        </section>
    }
}
