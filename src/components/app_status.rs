//! The offline notice and the update banner: what the service worker's copy means for the reader.
//!
//! index.html's script talks to the worker and leaves the state on `<html>` (`data-update`,
//! `data-offline-copy`) with an event each time it changes; these views only read that state.

use crate::format;
use crate::i18n::Lang;
use leptos::ev;
use leptos::prelude::*;

/// Fired by index.html when a new version is installed and waiting.
const UPDATE_READY_EVENT: &str = "genome-navi:update-ready";
/// Fired by index.html when it learnt the date this copy was saved.
const OFFLINE_COPY_EVENT: &str = "genome-navi:offline-copy";
/// Sent to index.html by the update button; it asks the waiting worker to take over and reloads.
const APPLY_UPDATE_EVENT: &str = "genome-navi:apply-update";

fn root_attribute(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute(name)
}

fn is_online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

/// "A new version is available" with a button that switches to it (the page reloads).
#[component]
pub fn UpdateBanner(lang: Signal<Lang>) -> impl IntoView {
    let ready = RwSignal::new(root_attribute("data-update").as_deref() == Some("ready"));
    let handle = window_event_listener_untyped(UPDATE_READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    let apply = move |_| {
        if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new(APPLY_UPDATE_EVENT)) {
            let _ = w.dispatch_event(&event);
        }
    };
    view! {
        <div class="app-status" role="status">
            {move || ready.get().then(|| {
                let t = lang.get().texts();
                view! {
                    <p class="update-banner">
                        <span>{t.update_available}</span>" "
                        <button type="button" class="button" on:click=apply>{t.update_now}</button>
                    </p>
                }
            })}
        </div>
    }
}

/// "You are offline; this is the copy saved on <date>", shown only while offline.
#[component]
pub fn OfflineNotice(lang: Signal<Lang>) -> impl IntoView {
    let online = RwSignal::new(is_online());
    let saved_on = RwSignal::new(root_attribute("data-offline-copy"));
    let handles = [
        window_event_listener(ev::online, move |_| online.set(true)),
        window_event_listener(ev::offline, move |_| online.set(false)),
    ];
    let copy = window_event_listener_untyped(OFFLINE_COPY_EVENT, move |_| {
        saved_on.set(root_attribute("data-offline-copy"))
    });
    on_cleanup(move || {
        handles.into_iter().for_each(|h| h.remove());
        copy.remove();
    });
    view! {
        <div class="app-status" role="status">
            {move || (!online.get()).then(|| {
                let lang = lang.get();
                let t = lang.texts();
                let detail = match saved_on.get() {
                    Some(iso) => t.offline_copy_from.replace("{date}", &format::date(&iso, lang)),
                    None => t.offline_no_copy.to_string(),
                };
                view! { <p class="offline-notice"><strong>{t.offline_now}</strong>" "{detail}</p> }
            })}
        </div>
    }
}
