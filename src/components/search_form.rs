//! The search box in the header of every page: a plain form that submits to `/search?q=`, the
//! same with or without the app (the search page reads its query from the address).

use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

/// The query the search page shows, so the language switch can keep it (`?q=`).
#[derive(Clone, Copy)]
pub struct SearchQuery(pub RwSignal<String>);

#[component]
pub fn SiteSearchForm(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <div class="site-search" role="search">
            <form action=href(lang, &AppRoute::Search) method="get">
                <label class="visually-hidden" for="site-search-query">{t.search_label}</label>
                <input id="site-search-query" type="search" name="q" autocomplete="off" enterkeyhint="search"
                    maxlength=crate::search::MAX_QUERY_CHARS.to_string()/>
                <button type="submit" class="button">{t.search_button}</button>
            </form>
        </div>
    }
}
