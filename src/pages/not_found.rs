//! Any unknown path: says so plainly and offers the way home and the main pages.

use crate::components::page_intro::PageIntro;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <PageIntro lang=lang text=&t.not_found/>
        <p><a class="button" href=href(lang, &AppRoute::Home)>{t.not_found_back_home}</a></p>
    }
}
