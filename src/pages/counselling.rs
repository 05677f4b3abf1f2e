//! `/counselling`: where to talk to someone (content arrives with its own issue; the page already exists).

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn CounsellingPage(lang: Lang) -> impl IntoView {
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().counselling/>
        <p class="notice">{lang.texts().coming_soon}</p>
    }
}
