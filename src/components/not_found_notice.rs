//! "Not found" for an unknown page or id: says so plainly and offers the way back.

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::{Lang, PageText};
use leptos::prelude::*;

#[component]
pub fn NotFoundNotice(
    lang: Lang,
    text: &'static PageText,
    back_href: String,
    back_label: &'static str,
) -> impl IntoView {
    view! {
        <div class="not-found">
            <CataloguePageIntro lang=lang text=text/>
            <p><a class="button" href=back_href>{back_label}</a></p>
        </div>
    }
}
