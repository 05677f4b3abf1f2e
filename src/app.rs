//! The app shell: router, header, footer and the page for the current path.

use crate::app_data::AppData;
use crate::browser;
use crate::components::app_status::{OfflineNotice, UpdateBanner};
use crate::components::card_tools::InEmbed;
use crate::components::furigana_switch::{apply_furigana, furigana_shown};
use crate::components::print_qr::PrintQr;
use crate::components::read_aloud::ReadAloud;
use crate::components::share_button::ShareButton;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::LanguageAlternates;
use crate::components::site_header::SiteHeader;
use crate::i18n::Lang;
use crate::routes::{self, AppRoute, EmbedCard, EmbedOptions, Resolved};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;
use wasm_bindgen::JsCast;
use web_sys::HtmlDetailsElement;

/// Learns the base path from `<base href>` and replaces index.html's skeleton with the app.
pub fn start() {
    routes::set_base_path(browser::base_path_from_document());
    let document = web_sys::window().and_then(|w| w.document());
    // index.html's description and the pre-rendered page's language alternates are for crawlers
    // without JS; each page sets its own from now on.
    if let Some(Ok(nodes)) = document
        .as_ref()
        .map(|d| d.query_selector_all(r#"meta[name=description], link[rel=alternate][hreflang]"#))
    {
        for i in 0..nodes.length() {
            if let Some(el) = nodes
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                el.remove();
            }
        }
    }
    let Some(document) = document else {
        return;
    };
    let Some(root) = document.get_element_by_id("app") else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let prerendered_path = document
        .document_element()
        .and_then(|html| html.get_attribute("data-prerendered"));
    if let Some(path) = prerendered_path {
        // The page's text is already there (src/prerender/). Render off-screen and swap when the
        // data has arrived, so the reader never sees the page blink to "loading" and back.
        if let Ok(Ok(staging)) = document
            .create_element("div")
            .map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
        {
            leptos::mount::mount_to(staging.clone(), App).forget();
            let text_len = main_text_len(&root);
            let page = PrerenderedPage {
                element: root,
                path,
                text_len,
            };
            swap_in_when_loaded(page, staging, 0);
            return;
        }
    }
    root.set_inner_html("");
    if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        leptos::mount::mount_to(root, App).forget();
    }
    mark_ready();
}

/// `<html data-app-ready>`: the app has taken over the page (its controls work from now on).
fn mark_ready() {
    browser::set_root_attribute("data-app-ready", Some(""));
}

/// The static page the app replaces: where it is, which path it shows, how much text it has.
struct PrerenderedPage {
    element: web_sys::Element,
    path: String,
    text_len: usize,
}

/// The length of the page's main text, without the explanations of terms (a pre-rendered page
/// holds them for its popovers; the app fills them only when opened).
fn main_text_len(root: &web_sys::Element) -> usize {
    let len = |el: &web_sys::Element| el.text_content().map_or(0, |t| t.chars().count());
    let Some(main) = root.query_selector("main").ok().flatten() else {
        return 0;
    };
    let notes = main.query_selector_all(".term__note").ok();
    let in_notes: usize = (0..notes.as_ref().map_or(0, |n| n.length()))
        .filter_map(|i| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(notes.as_ref()?.item(i)?).ok()
        })
        .map(|el| len(&el))
        .sum();
    len(&main).saturating_sub(in_notes)
}

/// Replaces the pre-rendered page with the app once the app shows the same page: at least the
/// pre-rendered text, nothing loading. A failed load (its message) or a page the reader has moved
/// on to is swapped in as soon as nothing is loading; after five seconds, in any case.
fn swap_in_when_loaded(page: PrerenderedPage, app: web_sys::HtmlElement, tries: u32) {
    const STEP_MS: u64 = 20;
    const MAX_TRIES: u32 = 250;
    let found = |selector: &str| app.query_selector(selector).ok().flatten().is_some();
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let here = routes::strip_base(&pathname, routes::base_path()).trim_end_matches('/');
    let same_page = page.path.trim_end_matches('/') == here;
    let complete = !same_page || found(".load-error") || main_text_len(&app) >= page.text_len;
    let ready = found("main h1") && !found(".loading") && complete;
    if !ready && tries < MAX_TRIES {
        set_timeout(
            move || swap_in_when_loaded(page, app, tries + 1),
            std::time::Duration::from_millis(STEP_MS),
        );
        return;
    }
    let kept = ReaderState::of(&page.element);
    app.set_id("app");
    let _ = page.element.replace_with_with_node_1(&app);
    if let Some(document) = app.owner_document() {
        kept.restore(&document);
    }
    mark_ready();
}

/// What a reader did on the pre-rendered page that must outlive the swap: the disclosures they
/// opened (a pillar's measures, whose live copies then write `?open=` as a tap would) and the
/// focus. Without it, a measure opened before the app arrived closed under the reader's finger.
struct ReaderState {
    opened: Vec<String>,
    focus: Option<browser::FocusedById>,
}

impl ReaderState {
    fn of(page: &web_sys::Element) -> Self {
        let opened = page
            .query_selector_all("details[open][id]")
            .ok()
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                    .map(|d| d.id())
                    .collect()
            })
            .unwrap_or_default();
        let focus = browser::FocusedById::within(page);
        ReaderState { opened, focus }
    }

    /// Once the app's copy is in the document in the page's place.
    fn restore(self, document: &web_sys::Document) {
        for id in &self.opened {
            // Setting `open` fires the disclosure's toggle event, as the reader's tap did.
            let details = document
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<HtmlDetailsElement>().ok());
            if let Some(details) = details.filter(|d| !d.open()) {
                details.set_open(true);
            }
        }
        if let Some(focus) = self.focus {
            focus.focus_again(document);
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(AppData::new());
    crate::components::phrase_breaks::provide_phrase_breaks();
    // An embed is its own small app: no router (its links open the full app in a new tab), no
    // header, navigation or footer.
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let first = routes::resolve(routes::strip_base(&pathname, routes::base_path()));
    if let AppRoute::Embed(card) = first.route {
        return view! { <EmbedShell lang=first.lang card=card/> }.into_any();
    }
    view! {
        <Router base=routes::base_path()>
            <Shell/>
        </Router>
    }
    .into_any()
}

/// One card with its source and a link to the full page; reports its height to the host page.
#[component]
fn EmbedShell(lang: Lang, card: EmbedCard) -> impl IntoView {
    provide_context(InEmbed);
    let options = EmbedOptions::parse(&browser::current_query());
    browser::set_root_attribute("data-theme", options.theme);
    browser::set_root_attribute("data-embed", Some(""));
    browser::open_links_in_new_tab();
    let main = NodeRef::<leptos::html::Main>::new();
    main.on_load(|el| browser::report_height_to_parent(&el));
    apply_furigana(furigana_shown(lang, browser::remembered_furigana()));
    show_language(lang);
    view! {
        <main id="main" class="embed" node_ref=main>
            <crate::pages::embed::EmbedPage lang=lang card=card options=options/>
        </main>
    }
}

/// `<html lang>` and `<html data-lang-variant>` for the page's language. Not leptos_meta's `<Html>`,
/// which writes them even when the pre-rendered page has them already: a write to `lang`, even of
/// the same value, makes the browser restyle the whole page (about 40 ms on a long page, four times
/// that on a slow phone), for nothing.
fn show_language(lang: Lang) {
    browser::set_root_attribute("lang", Some(lang.code()));
    browser::set_root_attribute("data-lang-variant", lang.variant());
}

/// Header, main content and footer for whatever the current path resolves to.
#[component]
fn Shell() -> impl IntoView {
    // Which measures are open on a pillar page, so the language switch keeps them open.
    // What the search page shows, so the language switch keeps `?q=` too.
    provide_context(crate::components::search_form::SearchQuery(RwSignal::new(
        String::new(),
    )));
    provide_context(crate::components::measure_list::OpenMeasures(
        RwSignal::new((String::new(), Vec::new())),
    ));
    let location = use_location();
    let resolved: Memo<Resolved> = Memo::new(move |_| {
        let pathname = location.pathname.get();
        routes::resolve(routes::strip_base(&pathname, routes::base_path()))
    });
    let lang = Memo::new(move |_| resolved.get().lang);
    // The address printed as a QR code on handouts: this page, options included.
    let page_url = Memo::new(move |_| {
        let path = location.pathname.get() + &location.search.get();
        routes::absolute_url(&browser::origin(), &path)
    });
    let main = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |_| show_language(lang.get()));
    view! {
        <LanguageAlternates resolved=resolved/>
        <a class="skip-link" href="#main">{move || lang.get().texts().skip_to_content.into_render()}</a>
        <SiteHeader resolved=resolved/>
        <UpdateBanner lang=lang.into()/>
        <OfflineNotice lang=lang.into()/>
        // The kind of page, which the pre-rendering hands to the search index (src/prerender/).
        // And whether the page's controls are all it needs (`routes::controls_suffice`): the
        // pre-rendering then has the page load the controls instead of the app.
        <main id="main" tabindex="-1" node_ref=main data-search-kind=move || routes::search_kind(&resolved.get().route)
            data-controls-suffice=move || routes::controls_suffice(&resolved.get().route).map(routes::ControlsBuild::id)>
            // Shown only where the browser has an on-device voice for the page's language.
            <ReadAloud lang=lang.into() content=main page=location.pathname/>
            // One catch-all route: `routes::resolve` decides the page. The router is still needed
            // for history: it completes a navigation (updates the address bar) once a route renders.
            <FlatRoutes fallback=move || crate::pages::render(resolved.get())>
                <Route path=path!("/*any") view=move || move || crate::pages::render(resolved.get())/>
            </FlatRoutes>
            {move || {
                let t = lang.get().texts();
                view! { <p class="page-share"><ShareButton lang=lang.get() label=t.share_page_button/></p> }
            }}
            <PrintQr lang=lang.into() url=page_url/>
        </main>
        <SiteFooter lang=lang/>
    }
}
