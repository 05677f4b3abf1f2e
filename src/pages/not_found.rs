//! Any unknown path: says so plainly and offers the way home.

use crate::components::not_found_notice::NotFoundNotice;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <NotFoundNotice
            lang=lang
            text=&t.not_found
            back_href=href(lang, &AppRoute::Home)
            back_label=t.not_found_back_home
        />
    }
}
