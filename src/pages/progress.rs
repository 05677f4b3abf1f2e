//! `/progress`: the Whole Genome Analysis Action Plan's progress (content arrives with its own issue; the page already exists).

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn ProgressPage(lang: Lang) -> impl IntoView {
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().progress/>
        <p class="notice">{lang.texts().coming_soon}</p>
    }
}
