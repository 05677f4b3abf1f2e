//! The search over every page of the current language: the box, the announced count and the
//! results, which update as the reader types; arrow keys move through them. The query is
//! normalised and the glossary's readings and aliases are expanded (`crate::search`) before the
//! engine sees it. The app's search page and the controls of its pre-rendered page both show it:
//! the panel writes the terms it expands with into its own markup (`data-terms`), so the
//! pre-rendered page hands them to its controls.

use crate::browser;
use crate::components::search_engine::{search, SearchResult, SearchResults};
use crate::components::search_form::SearchQuery;
use crate::i18n::{Lang, Texts, UiText};
use crate::routes::{href, search_href, AppRoute};
use crate::search::{excerpt_pieces, expand, is_searchable, normalise, SearchTerms};
use leptos::prelude::*;

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

/// The search box and its results.
#[component]
pub fn SearchPanel(
    lang: Lang,
    /// The query from the address (again whenever the address brings a new one).
    #[prop(into)]
    query: Signal<String>,
    /// The glossary's terms, once they are there (searches run without them until then).
    #[prop(into)]
    terms: Signal<Option<SearchTerms>>,
) -> impl IntoView {
    let t = lang.texts();
    let typed = RwSignal::new(String::new());
    Effect::new(move |_| typed.set(normalise(&query.get())));
    let state = RwSignal::new(SearchState::Empty);
    let latest = StoredValue::new(0u32);
    let shown = RwSignal::new(0u32);
    let shared_query = use_context::<SearchQuery>();
    Effect::new(move |_| {
        let query = normalise(&typed.get());
        let terms = terms.get();
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
        let expanded = expand(&query, terms.as_ref());
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
        <div class="search-panel" data-terms=move || terms.with(|t| t.as_ref().map(SearchTerms::encode))>
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
                view! { <NoResultHelp lang=lang terms=terms.get() query=query/> }.into_any()
            }
            _ => ().into_any(),
        }}
        </div>
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

/// When nothing is found: words from the glossary to try, and the situations list.
#[component]
fn NoResultHelp(lang: Lang, terms: Option<SearchTerms>, query: String) -> impl IntoView {
    let t = lang.texts();
    let offered = terms.map(|terms| {
        terms
            .suggestions(&query, SUGGESTIONS)
            .into_iter()
            .map(|term| {
                let href = search_href(lang, &term.word);
                view! { <li><a href=href>{term.word.clone()}</a></li> }
            })
            .collect_view()
    });
    view! {
        <div class="search-help">
            <p>{t.search_suggestions}</p>
            <ul class="search-help__terms">{offered}</ul>
            <p><a href=href(lang, &AppRoute::Counselling)>{t.search_situations}</a></p>
        </div>
    }
}
