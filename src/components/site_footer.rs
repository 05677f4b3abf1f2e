//! The site footer: the main source with its date, and the privacy promise.

use crate::app_data::use_app_data;
use crate::components::source_line::LabelledDate;
use crate::data::sources::DateKind;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn SiteFooter(lang: Memo<Lang>) -> impl IntoView {
    let data = use_app_data();
    let source = move || {
        let lang = lang.get();
        let t = lang.texts();
        // The footer never shows a load error itself: the page in <main> does, with a retry.
        data.sources
            .resource()
            .get()
            .and_then(Result::ok)
            .and_then(|s| {
                s.primary().map(|p| {
                view! {
                    <p class="site-footer__source">
                        {t.footer_source_intro}": "{p.publisher.get(lang).clone()}" "
                        {t.quote_open}<cite>{p.title.get(lang).clone()}</cite>{t.quote_close}
                        " "<LabelledDate lang=lang kind=DateKind::Published date=p.published_on().map(str::to_string)/>
                    </p>
                }
            })
            })
    };
    view! {
        <footer class="site-footer">
            {source}
            <p>{move || lang.get().texts().footer_privacy.into_render()}</p>
            <p class="site-footer__links">
                <a href=move || href(lang.get(), &AppRoute::About)>{move || lang.get().texts().nav_about.into_render()}</a>
                <a href=move || href(lang.get(), &AppRoute::OpenData)>{move || lang.get().texts().nav_open_data.into_render()}</a>
                <a href=move || href(lang.get(), &AppRoute::Changes)>{move || lang.get().texts().nav_changes.into_render()}</a>
            </p>
        </footer>
    }
}
