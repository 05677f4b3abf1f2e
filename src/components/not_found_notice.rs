//! "Not found" for an unknown page or id: says so plainly and offers the way back.

use crate::components::page_intro::CataloguePageIntro;
use crate::i18n::{Lang, PageText, UiText};
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn NotFoundNotice(
    lang: Lang,
    text: &'static PageText,
    back_href: String,
    back_label: UiText,
) -> impl IntoView {
    view! {
        <div class="not-found">
            <CataloguePageIntro lang=lang text=text/>
            <p><a class="button" href=back_href>{back_label}</a></p>
        </div>
    }
}

/// An unknown pillar id: back to the three pillars.
#[component]
pub fn PillarNotFound(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <NotFoundNotice lang=lang text=&t.pillar_not_found back_href=href(lang, &AppRoute::Plan) back_label=t.back_to_plan/>
    }
}
