//! The controls of a pre-rendered page, made to work without the rest of the app.
//!
//! A page whose route `routes::controls_suffice` names loads this (its own small WASM,
//! `src/bin/controls.rs`, or with the search panel `src/bin/search.rs`) instead of the whole app:
//! its text stays exactly as pre-rendered, and no data file is fetched. Each control the page has
//! is replaced by a live copy of the component the app renders there (the charts take their
//! content from the page): the same code, so it behaves the same. A glossary term is the one
//! exception: it is taken over where it stands, with the same behaviour
//! (`term_mark::take_over_prerendered`), so its sentence is not laid out again. Links are
//! ordinary links: each one loads its pre-rendered page.

use crate::browser;
use crate::components::app_status::{OfflineNotice, UpdateBanner};
use crate::components::card_tools::CardTools;
use crate::components::chart_views::{ChartViews, ChartsContent};
use crate::components::furigana_switch::FuriganaSwitch;
use crate::components::language_offer::LanguageOffer;
use crate::components::print_qr::PrintQr;
use crate::components::read_aloud::ReadAloud;
use crate::components::search_form::SearchQuery;
use crate::components::search_panel::SearchPanel;
use crate::components::share_button::ShareButton;
use crate::components::site_header::LanguageSwitch;
use crate::components::term_mark;
use crate::i18n::Lang;
use crate::routes::{self, EmbedCard};
use crate::search::SearchTerms;
use leptos::prelude::*;
use leptos::tachys::html::node_ref::NodeRefContainer;
use wasm_bindgen::JsCast;

/// Where a control's live copy goes, relative to the element it is found by.
#[derive(Clone, Copy)]
enum Place {
    /// In place of the element (the pre-rendered copy of the same control).
    Instead,
    /// First inside it (read aloud, at the top of `<main>`).
    First,
    /// Last inside it (the printed QR code, at the end of `<main>`).
    Last,
}

/// Makes the pre-rendered page's controls work, then marks the page ready (`data-app-ready`).
pub fn start() {
    wasm_bindgen_futures::spawn_local(mount_controls::<false>());
}

/// `start`, and the search page's panel: for `src/bin/search.rs` only, so that no other page's
/// WASM carries the panel.
pub fn start_with_search() {
    wasm_bindgen_futures::spawn_local(mount_controls::<true>());
}

/// The controls, a few kinds at a time, each group in a task of its own, so a reader's tap or
/// scroll never waits behind all of them: in one task they took 170-550 ms with 4x CPU throttling
/// (/easy/, /easy/progress), in groups 15-80 ms each. The groups are rendered off the page and put
/// in together at the end (the header's first, with the search box), for one layout, not six.
async fn mount_controls<const SEARCH: bool>() {
    routes::set_base_path(browser::base_path_from_document());
    let resolved = routes::resolve(&browser::app_path());
    let lang = resolved.lang;
    let t = lang.texts();
    let route = resolved.route;
    // An owner above the controls that share state, as the app's shell is: the query the search
    // shows, which the language switch keeps (`?q=`). Kept for the page's lifetime.
    let shared = Owner::new();
    let mut rendered = Rendered::default();

    rendered.render(".site-header .furigana-switch", Place::Instead, move |_| {
        Some(move || view! { <FuriganaSwitch lang=lang/> }.into_any())
    });
    shared.with(|| {
        if SEARCH {
            provide_context(SearchQuery(RwSignal::new(String::new())));
            render_search_panel(&mut rendered, lang);
        }
        rendered.render(".site-header .lang-switch", Place::Instead, move |_| {
            let route = route.clone();
            Some(move || view! { <LanguageSwitch lang=lang route=route/> }.into_any())
        });
    });
    std::mem::forget(shared);
    // In the page at once: a reader may be typing into the search box.
    rendered.put_in();
    browser::next_task().await;
    rendered.render(".app-status--update", Place::Instead, move |_| {
        Some(move || view! { <UpdateBanner lang=Signal::stored(lang)/> }.into_any())
    });
    rendered.render(".app-status--offline", Place::Instead, move |_| {
        Some(move || view! { <OfflineNotice lang=Signal::stored(lang)/> }.into_any())
    });
    rendered.render(".language-offer-slot", Place::Instead, move |_| {
        Some(move || view! { <LanguageOffer lang=lang/> }.into_any())
    });
    browser::next_task().await;
    rendered.render(".card-tools[data-card]", Place::Instead, move |el| {
        let card = EmbedCard::from_id(&el.get_attribute("data-card")?)?;
        let title = el.get_attribute("data-title").unwrap_or_default();
        Some(move || view! { <CardTools lang=lang card=card title=title/> }.into_any())
    });
    browser::next_task().await;
    // A term's explanation opens in place, as in the app (the pre-rendered page has it as a
    // popover, for browsers without the app): taken over where it stands, not replaced, so the
    // sentence around it is not laid out again.
    for term in elements(".term") {
        term_mark::take_over_prerendered(&term);
    }
    browser::next_task().await;
    // The case-count charts' switch: both views are in the page, drawn by the app's build.
    rendered.render(".chart-views", Place::Instead, move |views| {
        let html = |name: &str| {
            let charts = views
                .query_selector(&format!(".charts[data-view={name}]"))
                .ok()??;
            Some((charts.inner_html(), charts.has_attribute("hidden")))
        };
        let (annual, annual_hidden) = html("annual")?;
        let (cumulative, _) = html("cumulative")?;
        Some(move || {
            view! {
                <ChartViews lang=lang cumulative_first=annual_hidden
                    annual=ChartsContent::Prerendered(annual)
                    cumulative=ChartsContent::Prerendered(cumulative)/>
            }
            .into_any()
        })
    });
    rendered.render(".page-share .share", Place::Instead, move |_| {
        Some(move || view! { <ShareButton lang=lang label=t.share_page_button/> }.into_any())
    });
    browser::next_task().await;
    rendered.render("main#main", Place::First, move |main| {
        let main = main.clone();
        Some(move || {
            let content = NodeRef::<leptos::html::Main>::new();
            content.load(&main);
            let page = Signal::stored(browser::app_path());
            view! { <ReadAloud lang=Signal::stored(lang) content=content page=page/> }.into_any()
        })
    });
    rendered.render("main#main", Place::Last, move |_| {
        Some(move || {
            let url = Signal::stored(browser::current_url());
            view! { <PrintQr lang=Signal::stored(lang) url=url/> }.into_any()
        })
    });
    rendered.put_in();
    absolute_language_alternates();
    browser::set_root_attribute("data-app-ready", Some(""));
}

/// The search page's box and results: the query from the address, or what the reader has typed
/// into the page's box already; the glossary's terms from the page (`SearchTerms`).
fn render_search_panel(rendered: &mut Rendered, lang: Lang) {
    rendered.render(".search-panel", Place::Instead, move |panel| {
        let typed = panel
            .query_selector("input[name=q]")
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .filter(|v| !v.is_empty());
        let query = typed
            .or_else(|| browser::query_param("q"))
            .unwrap_or_default();
        let terms = panel
            .get_attribute("data-terms")
            .map(|text| SearchTerms::decode(&text));
        Some(move || {
            view! { <SearchPanel lang=lang query=query terms=Signal::stored(terms)/> }.into_any()
        })
    });
}

/// The page's language alternates (`<link rel=alternate hreflang>`) as full addresses, as the app
/// writes them: the pre-rendered page has them relative to `<base href>`, which is all a build
/// can know, and search engines want them fully qualified.
fn absolute_language_alternates() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(base) = document.base_uri().ok().flatten() else {
        return;
    };
    let Ok(links) = document.query_selector_all("link[rel=alternate][hreflang]") else {
        return;
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let absolute = link
            .get_attribute("href")
            .and_then(|href| web_sys::Url::new_with_base(&href, &base).ok());
        if let Some(url) = absolute {
            let _ = link.set_attribute("href", &url.href());
        }
    }
}

/// Live copies rendered off the page, each with the element it goes to: put in together
/// (`put_in`), so the browser lays out and paints the page once for all of them, not once per
/// group (on the long やさしい日本語 pages each such frame took 10-40 ms in Lighthouse's
/// unthrottled trace, four times that on its phone).
#[derive(Default)]
struct Rendered(Vec<(web_sys::Element, Place, web_sys::HtmlElement)>);

impl Rendered {
    /// For each element matching `selector`, renders the view that `control` gives for it
    /// (`None` leaves the element as it is) into a detached holder, for `put_in` to put at
    /// `place`. Each control is rendered under a reactive owner of its own (`mount_to`), kept for
    /// the page's lifetime.
    fn render<V>(
        &mut self,
        selector: &str,
        place: Place,
        control: impl Fn(&web_sys::Element) -> Option<V> + 'static,
    ) where
        V: FnOnce() -> AnyView + 'static,
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for element in elements(selector) {
            let Some(view) = control(&element) else {
                continue;
            };
            let Some(holder) = document
                .create_element("div")
                .ok()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            leptos::mount::mount_to(holder.clone(), view).forget();
            self.0.push((element, place, holder));
        }
    }

    /// Puts every control rendered so far in the page.
    fn put_in(&mut self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for (element, place, holder) in self.0.drain(..) {
            // A reader may already be in the pre-rendered control (typing a search): the live
            // copy takes the focus over.
            let focused = browser::FocusedById::within(&element);
            let nodes = js_sys::Array::from(&holder.child_nodes());
            let _ = match place {
                Place::Instead => element.replace_with_with_node(&nodes),
                Place::First => element.prepend_with_node(&nodes),
                Place::Last => element.append_with_node(&nodes),
            };
            if let Some(focused) = focused {
                focused.focus_again(&document);
            }
        }
    }
}

/// The page's elements that `selector` finds, in document order (none if it finds none).
fn elements(selector: &str) -> Vec<web_sys::Element> {
    let Some(found) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}
