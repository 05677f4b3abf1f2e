//! "Share": the system share sheet where there is one, else the link copied, else shown to copy.

use crate::browser::{self, Shared};
use crate::i18n::{Lang, UiText};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Shares `url` and `title` (without them, the page's address and title at the moment of the tap).
#[component]
pub fn ShareButton(
    lang: Lang,
    label: UiText,
    #[prop(optional, into)] title: Option<String>,
    #[prop(optional)] url: Option<String>,
) -> impl IntoView {
    let t = lang.texts();
    let copied = RwSignal::new(false);
    let manual_url = RwSignal::new(None::<String>);
    let on_click = move |_| {
        let title = title.clone().unwrap_or_else(browser::document_title);
        let url = url.clone().unwrap_or_else(browser::current_url);
        spawn_local(async move {
            copied.set(false);
            manual_url.set(None);
            if browser::share(&title, &url).await != Shared::Unavailable {
                return;
            }
            if browser::copy_text(&url).await {
                copied.set(true);
            } else {
                manual_url.set(Some(url));
            }
        });
    };
    view! {
        <span class="share">
            <button type="button" class="button button--secondary" on:click=on_click>{label}</button>
            <span class="share__status" role="status">
                {move || copied.get().then(|| t.link_copied.into_render())}
            </span>
            {move || manual_url.get().map(|url| view! {
                <label class="share__manual">
                    <span>{t.link_copy_manual}</span>
                    <input type="text" readonly value=url on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </label>
            })}
        </span>
    }
}
