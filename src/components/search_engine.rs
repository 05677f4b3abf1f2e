//! The bridge to the search engine: loads public/js/search.js (Pagefind's engine, served from the
//! site) the first time a search runs, and returns its results as typed values. The results are
//! read field by field from the engine's plain object (no JSON parser: the search page loads the
//! controls alone, which carry none).

use crate::i18n::Lang;
use crate::routes;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The global function public/js/search.js defines.
const SEARCH_FUNCTION: &str = "genomeNaviSearch";
/// The most results shown for one query.
pub const MAX_RESULTS: u32 = 20;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// How many pages match (more than are listed when over `MAX_RESULTS`).
    pub total: usize,
    pub results: Vec<SearchResult>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult {
    pub url: String,
    pub title: String,
    /// The part of the page the link leads to (a service, a principle), or empty.
    pub section: String,
    /// `routes::search_kind` of the page.
    pub kind: String,
    /// Escaped HTML with `<mark>` around the matches: read only through `search::excerpt_pieces`.
    pub excerpt: String,
}

impl SearchResults {
    /// The engine's `{total, results: [{url, title, section, kind, excerpt}]}`; a result without
    /// an address is left out, a missing text is empty. `None` when it is not that shape.
    fn from_js(value: &JsValue) -> Option<Self> {
        let total = field(value, "total").as_f64()?;
        let list = field(value, "results").dyn_into::<js_sys::Array>().ok()?;
        let text = |r: &JsValue, name: &str| field(r, name).as_string().unwrap_or_default();
        let results = list
            .iter()
            .filter_map(|r| {
                Some(SearchResult {
                    url: field(&r, "url").as_string().filter(|u| !u.is_empty())?,
                    title: text(&r, "title"),
                    section: text(&r, "section"),
                    kind: text(&r, "kind"),
                    excerpt: text(&r, "excerpt"),
                })
            })
            .collect();
        Some(Self {
            total: total as usize,
            results,
        })
    }
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn search_function() -> Option<js_sys::Function> {
    crate::browser::global_function(SEARCH_FUNCTION)
}

/// Loads public/js/search.js the first time; its function once it is there.
async fn load_engine() -> Option<js_sys::Function> {
    if let Some(f) = search_function() {
        return Some(f);
    }
    crate::browser::load_module_script("js/search.js").await;
    search_function()
}

/// Searches the pages of `lang` for an already normalised, expanded query. `None` when the engine
/// or its index cannot be loaded (offline before the first visit, a broken deployment).
pub async fn search(query: &str, lang: Lang) -> Option<SearchResults> {
    let run = load_engine().await?;
    let variant = lang.id();
    let args = js_sys::Array::of4(
        &JsValue::from_str(query),
        &JsValue::from_str(variant),
        &JsValue::from_str(routes::base_path()),
        &JsValue::from(MAX_RESULTS),
    );
    let promise = run.apply(&JsValue::NULL, &args).ok()?;
    let found = JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()?;
    SearchResults::from_js(&found)
}
