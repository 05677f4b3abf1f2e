//! The offline notice and the update banner: what the service worker's copy means for the reader.
//!
//! index.html's script talks to the worker and leaves the state on `<html>` (`data-update`,
//! `data-update-changes`, `data-offline-copy`) with an event each time it changes; these views only
//! read that state.

use crate::format;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::ev;
use leptos::prelude::*;

/// Fired by index.html when a new version is installed and waiting.
const UPDATE_READY_EVENT: &str = "genome-navi:update-ready";
/// Fired by index.html when it learnt the date this copy was saved.
const OFFLINE_COPY_EVENT: &str = "genome-navi:offline-copy";
/// Sent to index.html by the update button and link; it asks the waiting worker to take over, then
/// reloads, or opens the app path in the event's `detail` (the link's change log).
const APPLY_UPDATE_EVENT: &str = "genome-navi:apply-update";

fn root_attribute(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute(name)
}

/// How many change-log entries the waiting version adds, as index.html counted them; `None` when
/// it could not know (the banner then says nothing about changes).
fn new_changes_count() -> Option<u32> {
    root_attribute("data-update-changes")?.parse().ok()
}

fn is_online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

/// Asks index.html to switch to the waiting version, then to open `then_open` (an app path) in it.
fn apply_update(then_open: Option<&str>) {
    let init = web_sys::CustomEventInit::new();
    if let Some(path) = then_open {
        init.set_detail(&wasm_bindgen::JsValue::from_str(path));
    }
    if let (Some(w), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(APPLY_UPDATE_EVENT, &init),
    ) {
        let _ = w.dispatch_event(&event);
    }
}

/// "A new version is available", how many content changes it brings (when known), a button that
/// switches to it (the page reloads), and a link that switches and then opens the new version's
/// change log. The link does not navigate in the old version first: the address must stay put until
/// the worker has the message (see index.html), and the old log lacks the new entries anyway.
#[component]
pub fn UpdateBanner(lang: Signal<Lang>) -> impl IntoView {
    let ready = RwSignal::new(root_attribute("data-update").as_deref() == Some("ready"));
    let changes = RwSignal::new(new_changes_count());
    let handle = window_event_listener_untyped(UPDATE_READY_EVENT, move |_| {
        changes.set(new_changes_count());
        ready.set(true);
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="app-status app-status--update" role="status">
            {move || ready.get().then(|| {
                let lang = lang.get();
                let t = lang.texts();
                let count = match changes.get() {
                    Some(1) => Some(t.update_changes_one.text()),
                    Some(n) if n > 1 => Some(t.update_changes_many.fill("{n}", &n.to_string())),
                    _ => None,
                };
                // No link when the new version is known to add nothing to the log.
                let link = (changes.get() != Some(0)).then(|| {
                    let target = href(lang, &AppRoute::Changes);
                    let open = target.clone();
                    let on_click = move |ev: ev::MouseEvent| {
                        // A new tab or window (modifier keys) opens the link as it is.
                        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                            ev.prevent_default();
                            apply_update(Some(&open));
                        }
                    };
                    view! { <a href=target on:click=on_click>{t.update_and_see_changes}</a> }
                });
                view! {
                    <p class="update-banner">
                        <span>{t.update_available}</span>{count.map(|c| view! { " "<span>{c}</span> })}" "
                        {link}
                        <button type="button" class="button" on:click=move |_| apply_update(None)>{t.update_now}</button>
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
        <div class="app-status app-status--offline" role="status">
            {move || (!online.get()).then(|| {
                let lang = lang.get();
                let t = lang.texts();
                let detail = match saved_on.get() {
                    Some(iso) => t.offline_copy_from.fill("{date}", &format::date(&iso, lang)),
                    None => t.offline_no_copy.text(),
                };
                view! { <p class="offline-notice"><strong>{t.offline_now}</strong>" "{detail}</p> }
            })}
        </div>
    }
}
