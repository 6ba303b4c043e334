//! The toolbar: open a sample or a file, save to the library, export, layers, theme, help;
//! folded into a menu on narrow screens.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::switch_theme;
use crate::files::{export, open_file};
use crate::io::EXPORTS;
use crate::library;
use crate::link::Link;
use crate::protocol::PageFacts;
use crate::samples::SAMPLES;
use crate::state::{Action, Layer, State, Theme};

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The app's state.
    pub state: UseReducerHandle<State>,
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
                    page: PageFacts::default(),
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
        Callback::from(move |_: MouseEvent| library::save_open(&state, state.dispatcher()))
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
        let theme = state.theme;
        Callback::from(move |_: MouseEvent| d.dispatch(switch_theme(theme)))
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
    let on_menu = {
        let d = state.dispatcher();
        let open = state.menu;
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetMenu(!open)))
    };
    html! {
        <>
        // On a phone the tools fold into this menu; on wider screens the button is hidden.
        <button type="button" class="menu-toggle" aria-expanded={state.menu.to_string()} aria-controls="toolbar"
            onclick={on_menu}>{ "Menu" }</button>
        <div class={classes!("toolbar", state.menu.then_some("open"))} id="toolbar" role="toolbar" aria-label="Article tools">
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
        </>
    }
}
