//! `/discrimination`: unfair discrimination based on genetic information (content arrives with its own issue; the page already exists).

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn DiscriminationPage(lang: Lang) -> impl IntoView {
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().discrimination/>
        <p class="notice">{lang.texts().coming_soon}</p>
    }
}
