//! `/about`: why the app exists, where its facts come from, and its privacy promise.

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn AboutPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.about/>
        {t.about_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
