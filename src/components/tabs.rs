//! The tab bar that shows one panel at a time under the article on narrow screens. On wide
//! screens every panel sits beside the article and the style sheet hides the bar.

use yew::prelude::*;

use crate::state::Tab;

/// Properties of [`TabBar`].
#[derive(Properties, PartialEq)]
pub struct TabBarProps {
    /// The tab shown.
    pub tab: Tab,
    /// Called with the tab chosen.
    pub on_tab: Callback<Tab>,
}

/// The tab after (+1) or before (-1) `tab`, wrapping round.
pub fn step(tab: Tab, dir: i32) -> Tab {
    let n = Tab::ALL.len() as i32;
    let i = Tab::ALL.iter().position(|&t| t == tab).unwrap_or(0) as i32;
    Tab::ALL[(i + dir).rem_euclid(n) as usize]
}

/// The tab bar: arrow keys, Home and End move between tabs, as the ARIA tabs pattern has it.
#[function_component]
pub fn TabBar(p: &TabBarProps) -> Html {
    let on_key = {
        let (on_tab, tab) = (p.on_tab.clone(), p.tab);
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => step(tab, 1),
                "ArrowLeft" => step(tab, -1),
                "Home" => Tab::ALL[0],
                "End" => Tab::ALL[Tab::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            on_tab.emit(next);
            crate::browser::focus(&format!("#tab-{}", next.id()));
        })
    };
    let tabs = Tab::ALL.iter().map(|&t| {
        let on_tab = p.on_tab.clone();
        let chosen = t == p.tab;
        html! {
            <button type="button" role="tab" id={format!("tab-{}", t.id())} aria-controls={t.id()}
                aria-selected={chosen.to_string()} tabindex={if chosen { "0" } else { "-1" }}
                onclick={Callback::from(move |_: MouseEvent| on_tab.emit(t))}>{ t.label() }</button>
        }
    });
    html! {
        <div class="tabs" role="tablist" aria-label="Panels" onkeydown={on_key}>{ for tabs }</div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn tabs_wrap_both_ways() {
        assert_eq!(step(Tab::Actors, 1), Tab::Quotes);
        assert_eq!(step(Tab::Actors, -1), Tab::Library);
        assert_eq!(step(Tab::Library, 1), Tab::Actors);
    }
}
