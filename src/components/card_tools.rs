//! Under each card: share its link, and "embed" with the one-line iframe and how to set it up.
//! Inside an embed these tools are left out (the embed has its own "open in ゲノム医療ナビ" link).

use crate::browser;
use crate::components::share_button::ShareButton;
use crate::embed;
use crate::i18n::{Lang, UiText};
use crate::routes::{absolute_url, href, AppRoute, EmbedCard};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Marks the view tree of an embed (`/embed/{card}`); provided by the embed shell.
#[derive(Clone, Copy, Debug)]
pub struct InEmbed;

/// Whether the current view is inside an embed.
pub fn in_embed() -> bool {
    use_context::<InEmbed>().is_some()
}

/// Read-only code with a copy button: the Clipboard API, else the older copy command, else a
/// message asking the reader to copy the selected code themselves.
#[component]
pub fn CopyField(lang: Lang, id: String, label: UiText, text: String) -> impl IntoView {
    let t = lang.texts();
    let status = RwSignal::new(None::<UiText>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copy = {
        let text = text.clone();
        move |_| {
            let text = text.clone();
            spawn_local(async move {
                let done = browser::copy_text(&text).await || {
                    if let Some(el) = area.get_untracked() {
                        let el: &web_sys::HtmlTextAreaElement = el.unchecked_ref();
                        el.select();
                    }
                    browser::copy_selection()
                };
                status.set(Some(if done { t.copied } else { t.copy_failed }));
            });
        }
    };
    view! {
        <div class="copy-field">
            <label for=id.clone()>{label}</label>
            <textarea id=id node_ref=area readonly rows="3" spellcheck="false">{text}</textarea>
            <button type="button" class="button button--secondary" on:click=copy>{t.copy_button}</button>
            <span class="copy-field__status" role="status">{move || status.get().map(IntoRender::into_render)}</span>
        </div>
    }
}

/// Share and embed controls for one card; nothing inside an embed.
#[component]
pub fn CardTools(lang: Lang, card: EmbedCard, #[prop(into)] title: String) -> impl IntoView {
    if in_embed() {
        return ().into_any();
    }
    let t = lang.texts();
    let origin = browser::origin();
    let page_url = absolute_url(&origin, &card.page_href(lang));
    let embed_url = absolute_url(&origin, &href(lang, &AppRoute::Embed(card.clone())));
    let id = card.id();
    view! {
        // The card and its title, for the controls of a pre-rendered page (`crate::controls`).
        <div class="card-tools" role="group" aria-label=t.card_actions_label.fill("{title}", &title)
            data-card=id.clone() data-title=title.clone()>
            <ShareButton lang=lang label=t.share_button title=title.clone() url=page_url/>
            <details class="disclosure embed-panel">
                <summary>{t.embed_button}</summary>
                <p>{t.embed_intro}</p>
                <CopyField lang=lang id=format!("embed-code-{id}") label=t.embed_code_label
                    text=embed::iframe_snippet(&embed_url, &title)/>
                <p class="embed-panel__heading">{t.embed_options_heading}</p>
                <ul class="embed-panel__options">
                    <li>{t.embed_option_lang}</li>
                    <li>{t.embed_option_view}</li>
                    <li>{t.embed_option_theme}</li>
                </ul>
                <p>{t.embed_height_intro}</p>
                <CopyField lang=lang id=format!("embed-script-{id}") label=t.embed_script_label
                    text=embed::height_script(&origin)/>
            </details>
        </div>
    }
    .into_any()
}
