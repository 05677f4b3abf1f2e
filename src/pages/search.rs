//! `/search?q=`: search over every page of the current language (`components::search_panel`),
//! with the query from the address and the glossary's terms for readings and aliases.

use crate::app_data::use_app_data;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::search_panel::SearchPanel;
use crate::i18n::Lang;
use crate::search::SearchTerms;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let data = use_app_data();
    // The query from the address (`q` given twice: the first counts), again whenever the router
    // navigates here with a new one (the header's search box on this page).
    let params = use_query_map();
    let query = Signal::derive(move || {
        params
            .with(|p| p.get_all("q"))
            .and_then(|all| all.into_iter().next())
            .unwrap_or_default()
    });
    let glossary = data.glossary.resource();
    let terms = Memo::new(move |_| {
        glossary
            .get()
            .and_then(|r| r.ok())
            .map(|g| SearchTerms::from_glossary(&g, lang))
    });
    view! {
        <CataloguePageIntro lang=lang text=&t.search/>
        <SearchPanel lang=lang query=query terms=terms/>
    }
}
