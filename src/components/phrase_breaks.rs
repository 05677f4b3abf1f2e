//! Phrase-aware line breaks for Japanese headings in engines without CSS `word-break: auto-phrase`.
//!
//! Chromium finds phrase breaks itself (style/main.css). Elsewhere (WebKit, which most of our
//! readers' iPhones run, and Gecko) a heading would break anywhere, even inside a word
//! (「格納症|例数」). There the app loads BudouX's parser and Japanese model once
//! (public/js/phrase-breaks.js, served from the site) and renders headings as phrases with `<wbr>`
//! between them; style/main.css then keeps each phrase together.

use crate::browser;
use crate::components::ruby_text::phrases_view;
use crate::i18n::UiText;
use crate::text::{char_offsets_from_utf16, is_kana, is_kanji, Text};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The global function public/js/phrase-breaks.js defines.
const BOUNDARIES_FUNCTION: &str = "genomeNaviPhraseBoundaries";

/// Whether the phrase finder has loaded; provided by the app, absent in component tests.
#[derive(Clone, Copy)]
pub struct PhraseBreaks(RwSignal<bool>);

/// Provides `PhraseBreaks` and, where the browser lacks `auto-phrase` (or `force` is set, as the
/// pre-rendering does so that static pages carry the breaks too), loads the phrase finder.
pub fn provide_phrase_breaks() {
    let loaded = RwSignal::new(false);
    provide_context(PhraseBreaks(loaded));
    if breaks_phrases_itself() {
        return;
    }
    leptos::task::spawn_local(async move {
        if browser::load_module_script("js/phrase-breaks.js").await
            && boundaries_function().is_some()
        {
            browser::set_root_attribute("data-phrase-breaks", Some(""));
            loaded.set(true);
        }
    });
}

fn breaks_phrases_itself() -> bool {
    let forced = web_sys::window()
        .and_then(|w| {
            js_sys::Reflect::get(&w, &JsValue::from_str("genomeNaviForcePhraseBreaks")).ok()
        })
        .is_some_and(|v| v.is_truthy());
    !forced && web_sys::css::supports_with_value("word-break", "auto-phrase").unwrap_or(true)
}

fn boundaries_function() -> Option<js_sys::Function> {
    crate::browser::global_function(BOUNDARIES_FUNCTION)
}

/// Where a line may break between phrases: character offsets into `plain`.
fn boundaries(plain: &str) -> Vec<usize> {
    let Some(find) = boundaries_function() else {
        return Vec::new();
    };
    let Ok(found) = find.call1(&JsValue::NULL, &JsValue::from_str(plain)) else {
        return Vec::new();
    };
    let utf16: Vec<u32> = js_sys::Array::from(&found)
        .iter()
        .filter_map(|v| v.as_f64())
        .map(|v| v as u32)
        .collect();
    char_offsets_from_utf16(plain, &utf16)
}

fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| is_kanji(c) || is_kana(c))
}

/// A heading's text: as written, or cut into phrases once the phrase finder has loaded.
pub fn phrased(text: impl Into<HeadingText>) -> AnyView {
    let text = text.into().0;
    let loaded = use_context::<PhraseBreaks>();
    (move || match loaded {
        Some(PhraseBreaks(loaded)) if loaded.get() && has_japanese(&text) => {
            phrases_view(&text.ruby().split_at_phrases(&boundaries(&text)))
        }
        _ => text.clone().into_render(),
    })
    .into_any()
}

/// What a heading holds: a data text or a catalogue string.
pub struct HeadingText(Text);

impl From<Text> for HeadingText {
    fn from(text: Text) -> Self {
        HeadingText(text)
    }
}

impl From<&Text> for HeadingText {
    fn from(text: &Text) -> Self {
        HeadingText(text.clone())
    }
}

impl From<UiText> for HeadingText {
    fn from(text: UiText) -> Self {
        HeadingText(text.text())
    }
}
