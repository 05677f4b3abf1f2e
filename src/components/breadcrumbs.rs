//! Where a page sits: links back up the plan's hierarchy.

use crate::i18n::Lang;
use crate::text::Text;
use leptos::prelude::*;

/// A crumb: its label and link. The current page is the last one and is not a link.
pub type Crumb = (Text, String);

#[component]
pub fn Breadcrumbs(lang: Lang, trail: Vec<Crumb>, #[prop(into)] current: Text) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=lang.texts().breadcrumb_label>
            <ol>
                {trail
                    .into_iter()
                    .map(|(label, link)| view! { <li><a href=link>{label}</a></li> })
                    .collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
