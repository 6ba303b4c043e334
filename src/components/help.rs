//! The keyboard help overlay.

use yew::prelude::*;

/// The shortcuts, as (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("j or n", "next quote"),
    ("k or p", "previous quote"),
    ("1 2 3 4", "show or hide quotes, actor underlines, stances, dates"),
    ("t", "switch between the article text and the panels"),
    ("e", "edit the article text, and back to the annotated article"),
    ("d", "switch the light or dark theme"),
    ("?", "show this help"),
    ("Escape", "close this help, leave the editor, clear the selection"),
];

/// Properties of [`Help`].
#[derive(Properties, PartialEq)]
pub struct HelpProps {
    /// Whether single-key shortcuts are on.
    pub shortcuts: bool,
    /// Turns them on or off.
    pub on_shortcuts: Callback<bool>,
    /// Closes the overlay.
    pub on_close: Callback<()>,
}

/// The help overlay, a modal dialog.
#[function_component]
pub fn Help(p: &HelpProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let rows = SHORTCUTS
        .iter()
        .map(|(k, v)| html! { <tr><th scope="row"><kbd>{ *k }</kbd></th><td>{ *v }</td></tr> });
    let on_close = {
        let cb = p.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_toggle = {
        let cb = p.on_shortcuts.clone();
        let on = p.shortcuts;
        Callback::from(move |_: Event| cb.emit(!on))
    };
    html! {
        <div class="overlay">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-heading">
                <h2 id="help-heading">{ "Keyboard shortcuts" }</h2>
                <table class="grid">
                    <thead><tr><th scope="col">{ "Keys" }</th><th scope="col">{ "Action" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
                <label class="switch">
                    <input type="checkbox" checked={p.shortcuts} onchange={on_toggle} />
                    { " Single-key shortcuts (off: only Alt+key works)" }
                </label>
                <p><button type="button" ref={close_ref} onclick={on_close}>{ "Close" }</button></p>
            </div>
        </div>
    }
}
