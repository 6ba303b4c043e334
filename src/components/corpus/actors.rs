//! Actors across the library: a search over names and quoted words, the list (most quoted
//! first), and an actor's page: their articles, quotes and stances by date, each opening
//! the passage.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use standpoint_core::corpus::CorpusActor;

use super::{open_at, quote_text, PartProps};
use crate::components::panels::polarity_label;
use crate::state::Pending;

/// Whether `a` matches the search `q` (lowercase): by name, or by the words of a quote.
fn matches(p: &PartProps, a: &CorpusActor, q: &str) -> bool {
    if q.is_empty() || a.name.to_lowercase().contains(q) {
        return true;
    }
    a.appearances.iter().any(|(d, id)| {
        p.lib.docs.get(*d).is_some_and(|doc| {
            doc.quotes
                .iter()
                .filter(|x| x.speaker.as_deref() == Some(id.as_str()))
                .any(|x| quote_text(doc, &x.id).to_lowercase().contains(q))
        })
    })
}

/// The list of actors and, when one is chosen, its page.
#[function_component]
pub fn ActorsAcross(p: &PartProps) -> Html {
    let query = use_state(String::new);
    let chosen = use_state(|| None::<usize>);
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let q = query.trim().to_lowercase();
    let rows = p
        .lib
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| matches(p, a, &q))
        .map(|(i, a)| {
            let chosen = chosen.clone();
            let n = a.articles.len();
            html! {
                <li data-actor-name={a.name.clone()}>
                    <button type="button" class="link" onclick={Callback::from(move |_: MouseEvent| chosen.set(Some(i)))}
                        aria-pressed={(*chosen == Some(i)).to_string()}>{ a.name.clone() }</button>
                    <span class="meta">{ format!(" {} · {} article{} · {} quote{}", a.kind.as_str(), n,
                        if n == 1 { "" } else { "s" }, a.quotes, if a.quotes == 1 { "" } else { "s" }) }</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let count = rows.len();
    let page = chosen.and_then(|i| p.lib.actors.get(i)).map(|a| actor_page(p, a));
    html! {
        <div class="across-actors">
            <div class="actor-index">
                <label for="actor-search">{ "Search actors and quoted words" }</label>
                <input type="search" id="actor-search" value={(*query).clone()} oninput={on_search} />
                <p class="meta" role="status">{ format!("{count} actor{}", if count == 1 { "" } else { "s" }) }</p>
                <ul class="actor-list">{ for rows }</ul>
            </div>
            { for page }
        </div>
    }
}

/// One actor's page.
fn actor_page(p: &PartProps, a: &CorpusActor) -> Html {
    let lib = &p.lib;
    let docs = &lib.docs;
    let articles = a.appearances.iter().filter_map(|(d, id)| {
        let doc = docs.get(*d)?;
        let date = doc.meta.date.clone().unwrap_or_else(|| "undated".into());
        Some(html! {
            <li>
                <button type="button" class="link" onclick={open_at(doc, Pending::Actor(id.clone()))}>{ lib.title_of(doc) }</button>
                <span class="meta">{ format!(" {date}") }</span>
            </li>
        })
    });
    let quotes = a.appearances.iter().flat_map(|(d, id)| {
        let doc = docs.get(*d);
        doc.into_iter().flat_map(move |doc| {
            doc.quotes
                .iter()
                .filter(move |x| x.speaker.as_deref() == Some(id.as_str()))
                .map(move |x| {
                    html! {
                        <li class="across-quote">
                            <blockquote>{ quote_text(doc, &x.id) }</blockquote>
                            <button type="button" class="link" onclick={open_at(doc, Pending::Quote(x.id.clone()))}>
                                { format!("in {}", lib.title_of(doc)) }
                            </button>
                        </li>
                    }
                })
        })
    });
    let stances = a.stances.iter().filter_map(|s| {
        let doc = docs.iter().find(|d| d.id.as_ref() == Some(&s.article))?;
        Some(html! {
            <li data-stance={s.polarity.as_str()}>
                <span class="meta">{ format!("{} · ", s.date.clone().unwrap_or_else(|| "undated".into())) }</span>
                <button type="button" class="link" onclick={open_at(doc, Pending::Stance(s.stance.clone()))}>
                    { format!("{} {}", polarity_label(s.polarity), s.target) }
                </button>
                <span class="meta">{ format!(" in {}", lib.title_of(doc)) }</span>
            </li>
        })
    });
    html! {
        <section class="actor-page" aria-labelledby="actor-page-heading">
            <h3 id="actor-page-heading">{ a.name.clone() }</h3>
            <p class="meta">{ format!("{} · {} quoted words", a.kind.as_str(), a.quoted_words) }</p>
            <h4>{ "Articles" }</h4>
            <ul>{ for articles }</ul>
            <h4>{ "Quotes" }</h4>
            if a.quotes == 0 { <p class="empty">{ "No quotes." }</p> } else { <ul>{ for quotes }</ul> }
            <h4>{ "Stances over time" }</h4>
            if a.stances.is_empty() { <p class="empty">{ "No stances found." }</p> } else { <ol>{ for stances }</ol> }
        </section>
    }
}
