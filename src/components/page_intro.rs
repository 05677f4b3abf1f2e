//! A page's `<title>`, meta description and visible heading with its lead paragraph.

use crate::components::phrase_breaks::phrased;
use crate::i18n::{Lang, PageText};
use crate::text::Text;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PageIntro(
    lang: Lang,
    #[prop(into)] title: Text,
    #[prop(into)] description: Text,
) -> impl IntoView {
    let full_title = lang.page_title(&title);
    view! {
        <Title text=full_title/>
        <Meta name="description" content=description.to_string()/>
        <h1>{phrased(title)}</h1>
        <p class="lead">{description}</p>
    }
}

/// `PageIntro` for a page whose title and description are in the catalogue.
#[component]
pub fn CataloguePageIntro(lang: Lang, text: &'static PageText) -> impl IntoView {
    view! { <PageIntro lang=lang title=text.title description=text.description/> }
}
