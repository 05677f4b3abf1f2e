//! Small bridges to browser APIs that views need: the page's address, the clipboard, Web Share
//! and the embed's height messages. Every call tolerates a missing API (old browsers, tests).

use crate::embed::HEIGHT_MESSAGE;
use crate::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the reader's explicit language choice is kept: one of the two settings the app stores
/// (never anything the reader types).
const LANGUAGE_CHOICE_KEY: &str = "genome-navi:language";
/// Where the reader's furigana choice (`on`/`off`) is kept, the other setting. index.html's inline
/// script reads the same key to set `<html data-furigana>` before the first paint.
const FURIGANA_CHOICE_KEY: &str = "genome-navi:furigana";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language the reader chose before, if any (stored by its `Lang::id`).
pub fn remembered_language() -> Option<Lang> {
    let id = local_storage()?
        .get_item(LANGUAGE_CHOICE_KEY)
        .ok()
        .flatten()?;
    Lang::from_id(&id)
}

/// Remembers the reader's explicit language choice (a storage refusal is ignored).
pub fn remember_language(lang: Lang) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(LANGUAGE_CHOICE_KEY, lang.id());
    }
}

/// Whether the reader chose to show furigana (`Some(true)`), to hide them, or has not chosen.
pub fn remembered_furigana() -> Option<bool> {
    match local_storage()?
        .get_item(FURIGANA_CHOICE_KEY)
        .ok()
        .flatten()?
        .as_str()
    {
        "on" => Some(true),
        "off" => Some(false),
        _ => None,
    }
}

/// Remembers the reader's furigana choice (a storage refusal is ignored).
pub fn remember_furigana(on: bool) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(FURIGANA_CHOICE_KEY, if on { "on" } else { "off" });
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// `https://host:port` of the page, or "" outside a browser.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The full address of the page as shown in the address bar.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's `<title>`.
pub fn document_title() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default()
}

/// The query string of the page (`?view=table`), or "".
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The first value of a parameter in the page's query string (`?q=…&q=…`: the first counts).
pub fn query_param(name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(&current_query())
        .ok()?
        .get(name)
}

/// Resolves in a later task of the event loop (`setTimeout(0)`): long work split by it leaves the
/// page free to respond (and to paint) in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .and_then(|w| w.set_timeout_with_callback(&resolve).ok())
            .is_some();
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A function that one of the app's own scripts in `public/js/` put on the window, once loaded.
pub fn global_function(name: &str) -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Loads one of the app's own module scripts (`public/js/…`, under the base path) once per call;
/// `true` when it has run, `false` if it could not be fetched.
pub async fn load_module_script(path: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let src = crate::routes::static_file_href(path);
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let Ok(script) = document.create_element("script") else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let _ = script.set_attribute("type", "module");
        let _ = script.set_attribute("src", &src);
        let _ = script.add_event_listener_with_callback("load", &resolve);
        let _ = script.add_event_listener_with_callback("error", &reject);
        match document.head() {
            Some(head) => {
                let _ = head.append_child(&script);
            }
            None => {
                let _ = reject.call0(&JsValue::NULL);
            }
        }
    });
    JsFuture::from(loaded).await.is_ok()
}

/// The response to `data/{file}` that public/js/app-loader.js requested while the WASM was still
/// on its way (a pre-rendered page names its data files), taken so that it is used once: a retry
/// fetches anew. `None` when there is none, or it failed (the caller then fetches itself).
pub async fn take_prefetched_data(file: &str) -> Option<gloo_net::http::Response> {
    let window = web_sys::window()?;
    let started = js_sys::Reflect::get(&window, &JsValue::from_str("genomeNaviPrefetched")).ok()?;
    if !started.is_object() {
        return None;
    }
    let key = JsValue::from_str(file);
    let promise = js_sys::Reflect::get(&started, &key)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(started.unchecked_ref::<js_sys::Object>(), &key);
    let response = JsFuture::from(promise).await.ok()?;
    Some(response.dyn_into::<web_sys::Response>().ok()?.into())
}

/// Whether this page is being pre-rendered (src/prerender/ sets the flag): views that the app
/// fills only on demand fill themselves for the static page.
pub fn is_prerendering() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("genomeNaviPrerendering")).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Where the focus is inside an element that a live copy is about to replace, said so that the
/// copy's same element can be found: by its id, or for a disclosure's summary (which has none of
/// its own) by its disclosure's.
pub enum FocusedById {
    Element(String),
    SummaryOf(String),
}

impl FocusedById {
    pub fn within(root: &web_sys::Element) -> Option<Self> {
        let active = root
            .owner_document()?
            .active_element()
            .filter(|a| root.contains(Some(a)))?;
        if !active.id().is_empty() {
            return Some(Self::Element(active.id()));
        }
        let details = active
            .parent_element()
            .filter(|_| active.tag_name() == "SUMMARY")?;
        (!details.id().is_empty()).then(|| Self::SummaryOf(details.id()))
    }

    /// Focuses the element found so in the document as it is now (with the live copy in place).
    pub fn focus_again(&self, document: &web_sys::Document) {
        let target = match self {
            Self::Element(id) => document.get_element_by_id(id),
            Self::SummaryOf(id) => document
                .get_element_by_id(id)
                .and_then(|d| d.query_selector(":scope > summary").ok().flatten()),
        };
        if let Some(target) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }
}

/// Replaces the address bar's URL without a navigation (the search page keeps `?q=` current, so
/// the page can be shared or reloaded). A refusal is ignored.
pub fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Moves the focus from a search result (or the search box, `from` being `None`) to the next or
/// previous result link in `list`; up from the first goes back to `input`.
pub fn move_result_focus(
    list: &web_sys::Element,
    input: &web_sys::HtmlElement,
    from: Option<&web_sys::Element>,
    down: bool,
) {
    let links = list.query_selector_all("a").ok();
    let count = links.as_ref().map_or(0, |l| l.length());
    let link = |i: u32| {
        links
            .as_ref()
            .and_then(|l| l.item(i))
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let at =
        from.and_then(|el| (0..count).find(|&i| link(i).is_some_and(|l| l.is_same_node(Some(el)))));
    let target = match (at, down) {
        (None, true) => link(0),
        (Some(i), true) => link((i + 1).min(count.saturating_sub(1))),
        (Some(0), false) => Some(input.clone()),
        (Some(i), false) => link(i - 1),
        (None, false) => None,
    };
    if let Some(t) = target {
        let _ = t.focus();
    }
}

fn has_property(target: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false)
}

/// Copies text with the Clipboard API; `false` if that API is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    if !has_property(&navigator, "clipboard") {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Copies whatever is selected in the page (the older `execCommand` way), for when the Clipboard
/// API is missing or refused.
pub fn copy_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// What became of a share request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Done,
    /// The reader closed the share sheet.
    Cancelled,
    /// No Web Share here (or it failed): the caller copies the link instead.
    Unavailable,
}

/// Opens the system share sheet (Web Share API) for a title and URL, where there is one.
pub async fn share(title: &str, url: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Unavailable;
    };
    let navigator = window.navigator();
    if !has_property(&navigator, "share") {
        return Shared::Unavailable;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Unavailable
            }
        }
    }
}

/// Sets (or with `None`, removes) an attribute on `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    // Unchanged, it is left alone: a write to `<html>` can make the browser restyle the whole page
    // (`data-furigana` every reading), which on a long やさしい日本語 page takes a long task.
    if root.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}

/// Inside an embed: links open a new tab, not inside the host's frame.
pub fn open_links_in_new_tab() {
    if let Some(Ok(Some(base))) = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.query_selector("base"))
    {
        let _ = base.set_attribute("target", "_blank");
    }
}

/// Posts `{type: "genome-navi:height", height}` to the parent frame whenever `element`'s height
/// changes, and again whenever the frame is resized from outside (so a frame the host made too tall
/// shrinks back). Nothing is posted when the page is not framed. Runs for the page's lifetime.
pub fn report_height_to_parent(element: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0_f64));
    let target = element.clone();
    let post = std::rc::Rc::new(move |force: bool| {
        let height = target.get_bounding_client_rect().height().ceil();
        if height == last.get() && !force {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is not private, and the host's origin is not known: any parent may read it.
        let _ = parent.post_message(&message, "*");
    });
    post(true);
    let on_resize = {
        let post = post.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| post(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(element);
    }
    on_resize.forget();
    let on_frame_resize = Closure::<dyn FnMut()>::new(move || post(true));
    let _ =
        window.add_event_listener_with_callback("resize", on_frame_resize.as_ref().unchecked_ref());
    on_frame_resize.forget();
}

/// The heap the app takes from the browser in one step when it starts: 32 MiB, over four times the
/// most it was seen to use (about 8 MB after six moves between long やさしい日本語 pages).
///
/// WebKit's baseline WebAssembly compiler (the BBQ tier of JavaScriptCore, WebKitGTK 2.50 like the
/// Safari of the same time) now and then damaged our heap, shortly after the WASM memory had grown:
/// an allocator assertion, a `RefCell` already borrowed, a `Vec` whose length read as four spaces.
/// With that tier switched off no run of the WebKit layer failed, and neither did one with the
/// memory grown once at the start (README, "Issue 14"); so the memory grows here, before anything
/// else runs, and then not again in a visit of ordinary length.
const HEAP_AT_START: usize = 32 << 20;

/// Grows the WASM memory once, before anything else runs (see `HEAP_AT_START`). Each entry point
/// (the app and the controls) calls it first.
pub fn reserve_heap() {
    // Taken and given back at once: the allocator keeps the pages as free space for what follows
    // (WASM memory cannot shrink). `black_box`, so the compiler does not drop the pair.
    drop(std::hint::black_box(Vec::<u8>::with_capacity(
        HEAP_AT_START,
    )));
}

/// The page's address without the base path it is hosted under, e.g. `/en/plan`.
pub fn app_path() -> String {
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    crate::routes::strip_base(&pathname, crate::routes::base_path()).to_string()
}

/// The base path the app is hosted under, from `<base href>` (index.html's first script sets it).
pub fn base_path_from_document() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    let path = base_uri
        .and_then(|u| web_sys::Url::new(&u).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    crate::routes::base_path_from_uri_path(&path)
}
