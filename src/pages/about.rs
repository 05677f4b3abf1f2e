//! `/about`: why the app exists, where its facts come from, and its privacy promise.

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn AboutPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.about/>
        {t.about_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <ul class="link-list">
            <li><a href=href(lang, &AppRoute::OpenData)>{t.nav_open_data}</a></li>
            <li><a href=href(lang, &AppRoute::Changes)>{t.nav_changes}</a></li>
        </ul>
    }
}
