//! `/search?q=`: search over every page of the current language. Results update as the reader
//! types; arrow keys move through them; the count is announced. The query is normalised and the
//! glossary's readings and aliases are expanded (`crate::search`) before the engine sees it.

use crate::app_data::use_app_data;
use crate::browser;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::search_engine::{search, SearchResult, SearchResults};
use crate::components::search_form::SearchQuery;
use crate::data::glossary::Glossary;
use crate::i18n::{Lang, Texts, UiText};
use crate::routes::{href, search_href, AppRoute};
use crate::search::{excerpt_pieces, expand, is_searchable, normalise};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How many glossary terms are offered when nothing is found.
const SUGGESTIONS: usize = 8;

#[derive(Clone, Debug, PartialEq)]
enum SearchState {
    /// Nothing to search for yet (an empty query, or only symbols).
    Empty,
    Searching,
    Found {
        query: String,
        results: SearchResults,
    },
    /// The engine or its index could not be loaded.
    Unavailable,
}

#[component]
pub fn SearchPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let data = use_app_data();
    // The query from the address (`q` given twice: the first counts), again whenever the router
    // navigates here with a new one (the header's search box on this page).
    let params = use_query_map();
    let typed = RwSignal::new(String::new());
    Effect::new(move |_| {
        let q = params
            .with(|p| p.get_all("q"))
            .and_then(|all| all.into_iter().next())
            .unwrap_or_default();
        typed.set(normalise(&q));
    });
    let state = RwSignal::new(SearchState::Empty);
    let glossary = data.glossary.resource();
    let latest = StoredValue::new(0u32);
    let shown = RwSignal::new(0u32);
    let shared_query = use_context::<SearchQuery>();
    Effect::new(move |_| {
        let query = normalise(&typed.get());
        let glossary: Option<Glossary> = glossary.get().and_then(|r| r.ok());
        latest.update_value(|n| *n += 1);
        let mine = latest.get_value();
        if let Some(SearchQuery(shared)) = shared_query {
            shared.set(query.clone());
        }
        // Typing keeps the address current (shareable, reloadable); the first run leaves the
        // address the reader came by to the router.
        if mine > 1 {
            browser::replace_url(&search_href(lang, &query));
        }
        if !is_searchable(&query) {
            state.set(SearchState::Empty);
            shown.set(mine);
            return;
        }
        if !matches!(state.get_untracked(), SearchState::Found { .. }) {
            state.set(SearchState::Searching);
        }
        let expanded = expand(&query, glossary.as_ref(), lang);
        leptos::task::spawn_local(async move {
            let found = search(&expanded, lang).await;
            // A later keystroke has started a newer search: its results win.
            if latest.get_value() != mine {
                return;
            }
            state.set(match found {
                Some(results) => SearchState::Found { query, results },
                None => SearchState::Unavailable,
            });
            shown.set(mine);
        });
    });
    let input = NodeRef::<leptos::html::Input>::new();
    let list = NodeRef::<leptos::html::Ol>::new();
    let arrows = move |ev: leptos::ev::KeyboardEvent, from_input: bool| {
        let down = match ev.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" if !from_input => false,
            _ => return,
        };
        let (Some(list), Some(input)) = (list.get_untracked(), input.get_untracked()) else {
            return;
        };
        ev.prevent_default();
        let from = if from_input {
            None
        } else {
            ev.target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        };
        browser::move_result_focus(&list, &input, from.as_ref(), down);
    };
    let results = move || match state.get() {
        SearchState::Found { results, .. } => results
            .results
            .into_iter()
            .map(|r| view! { <SearchResultItem lang=lang result=r/> })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    view! {
        <CataloguePageIntro lang=lang text=&t.search/>
        <div class="search-box" role="search">
            <form action=href(lang, &AppRoute::Search) method="get" on:submit=|ev| ev.prevent_default()>
                <label for="search-query">{t.search_label}</label>
                <div class="search-box__row">
                    <input id="search-query" type="search" name="q" autocomplete="off" enterkeyhint="search"
                        maxlength=crate::search::MAX_QUERY_CHARS.to_string()
                        node_ref=input
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:keydown=move |ev| arrows(ev, true)/>
                    <button type="submit" class="button">{t.search_button}</button>
                </div>
            </form>
        </div>
        <p class="search-status" role="status">{move || status(t, &state.get())}</p>
        // Which keystroke's results are shown (`make bench` times the search by it).
        <ol class="search-results" node_ref=list data-search-run=move || shown.get() on:keydown=move |ev| arrows(ev, false)>{results}</ol>
        {move || match state.get() {
            SearchState::Found { results, query } if results.total == 0 => {
                view! { <NoResultHelp lang=lang glossary=glossary.get().and_then(|r| r.ok()) query=query/> }.into_any()
            }
            _ => ().into_any(),
        }}
    }
}

/// The announced line: how many results, nothing found (with the query as plain text), or why
/// there is nothing to show.
fn status(t: &'static Texts, state: &SearchState) -> AnyView {
    match state {
        SearchState::Empty => t.search_empty.into_render(),
        SearchState::Searching => ().into_any(),
        SearchState::Unavailable => t.search_unavailable.into_render(),
        SearchState::Found { results, .. } if results.total > 0 => t
            .search_count
            .fill("{count}", &results.total.to_string())
            .into_render(),
        SearchState::Found { query, .. } => {
            // The reader's words stay text: they are never parsed as notation or markup.
            let (before, after) = t.search_none.around("{query}");
            view! { {before}{query.clone()}{after} }.into_any()
        }
    }
}

#[component]
fn SearchResultItem(lang: Lang, result: SearchResult) -> impl IntoView {
    let kinds = &lang.texts().search_kinds;
    let kind: UiText = match result.kind.as_str() {
        "measure" => kinds.measure,
        "resource" => kinds.resource,
        "term" => kinds.term,
        "figure" => kinds.figure,
        _ => kinds.page,
    };
    let excerpt = excerpt_pieces(&result.excerpt)
        .into_iter()
        .map(|p| {
            if p.matched {
                view! { <mark>{p.text}</mark> }.into_any()
            } else {
                p.text.into_any()
            }
        })
        .collect_view();
    view! {
        <li>
            // A full page load (rel=external): the browser then scrolls to the item's anchor in the
            // pre-rendered page, which an in-app navigation does not do once the data has loaded.
            <a class="search-result" href=result.url rel="external">
                <span class="search-result__kind">{kind}</span>
                <span class="search-result__title">{result.title}</span>
                {(!result.section.is_empty()).then(|| view! {
                    <span class="search-result__section">{result.section.clone()}</span>
                })}
                <span class="search-result__excerpt">{excerpt}</span>
            </a>
        </li>
    }
}

/// Glossary terms to try instead: those sharing the most characters with the query (in their
/// spelling or reading), else the first in the list.
fn suggestions<'a>(
    glossary: &'a Glossary,
    lang: Lang,
    query: &str,
) -> Vec<&'a crate::data::glossary::Term> {
    let wanted: Vec<char> = query
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let score = |t: &crate::data::glossary::Term| {
        let spelled = format!("{}{}", t.term.get(lang).as_str().to_lowercase(), t.reading);
        wanted.iter().filter(|c| spelled.contains(**c)).count()
    };
    let mut terms = glossary.sorted(lang);
    terms.sort_by_key(|t| std::cmp::Reverse(score(t)));
    terms.truncate(SUGGESTIONS);
    terms
}

/// When nothing is found: words from the glossary to try, and the situations list.
#[component]
fn NoResultHelp(lang: Lang, glossary: Option<Glossary>, query: String) -> impl IntoView {
    let t = lang.texts();
    let terms = glossary.map(|g| {
        suggestions(&g, lang, &query)
            .into_iter()
            .map(|term| {
                let word = term.term.get(lang).clone();
                view! { <li><a href=search_href(lang, word.as_str())>{word.clone()}</a></li> }
            })
            .collect_view()
    });
    view! {
        <div class="search-help">
            <p>{t.search_suggestions}</p>
            <ul class="search-help__terms">{terms}</ul>
            <p><a href=href(lang, &AppRoute::Counselling)>{t.search_situations}</a></p>
        </div>
    }
}
