//! A page's `<title>`, meta description and visible heading with its lead paragraph.

use crate::i18n::{Lang, PageText};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PageIntro(lang: Lang, text: &'static PageText) -> impl IntoView {
    let app = lang.texts().app_name;
    let title = if text.title == app {
        app.to_string()
    } else {
        format!("{} | {app}", text.title)
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=text.description/>
        <h1>{text.title}</h1>
        <p class="lead">{text.description}</p>
    }
}
