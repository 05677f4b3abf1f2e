//! 読み上げ / Read aloud: speaks the page's main text with an on-device voice of the page's language.
//!
//! Privacy: only voices with `localService` are used, since a remote voice would send the text to
//! a third party. Where the browser has no local voice for the page's language, nothing is shown
//! at all (voices may arrive late, so `voiceschanged` is watched).
//!
//! What is read is what a reader sees in `<main>`, in document order, one utterance per block
//! (heading, paragraph, list item, table cell…), long blocks split by sentence:
//! - read: visible text; open disclosures' contents; a closed disclosure's summary line; a
//!   chart or diagram (`role="img"`) by its label and description, as a screen reader says it;
//! - not read: anything not rendered (closed disclosures' contents, `hidden`, `display: none`,
//!   `visibility: hidden`), navigation (breadcrumbs), buttons, form fields and their labels, the
//!   tool panels (share, embed, downloads, chart switches, filter, this control), `aria-hidden`
//!   decoration, and readings of ruby (`<rt>`: the base is read once).
//!
//! A passage marked in another language (`lang`, e.g. a Japanese name on an English page) is its
//! own utterance, in an on-device voice of that language; where there is none, it is skipped.

use crate::i18n::{Lang, Texts, UiText};
use leptos::html::{Button, Main};
use leptos::prelude::*;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The longest utterance, in characters. Chromium is known to cut off long utterances on some
/// platforms (after about 15 seconds), so blocks are split by sentence, and over-long sentences
/// by clause; short utterances also let pause and stop act at once. 100 characters is a long
/// Japanese sentence, or about 15 English words.
pub const MAX_UTTERANCE_CHARS: usize = 100;

/// What is never read: navigation, controls, tool panels, decoration, ruby readings.
const NOT_READ: &str = "nav, button, input, textarea, select, label, script, style, template, \
    noscript, rt, [aria-hidden='true'], .read-aloud, .card-tools, .card-actions, \
    .toggle-group, .page-share, .print-qr, .filter, .skip-link";

/// A voice, as far as choosing one goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceTraits {
    /// BCP 47 tag as the browser gives it (`ja-JP`; some Android versions write `ja_JP`).
    pub lang: String,
    /// `localService`: the voice runs on this device.
    pub local: bool,
    /// The browser's default voice.
    pub default: bool,
}

/// The language of a tag (`ja-JP`, `en_GB`, `JA`): `ja`, `en`.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether a language tag (`ja-JP`, `en_GB`, `ja`) is in the language `lang` (`ja`, `en`).
pub fn lang_matches(tag: &str, lang: &str) -> bool {
    let primary = primary_language(tag);
    !primary.is_empty() && primary == lang
}

/// The voice to read a page in `page_lang` with: an on-device voice in that language (the
/// browser's default one if it is such a voice), or none.
pub fn choose_voice(voices: &[VoiceTraits], page_lang: &str) -> Option<usize> {
    let fits = |v: &VoiceTraits| v.local && lang_matches(&v.lang, page_lang);
    voices
        .iter()
        .position(|v| fits(v) && v.default)
        .or_else(|| voices.iter().position(fits))
}

/// Where a block may be cut, from the most natural place to the least.
#[derive(Clone, Copy)]
enum Cut {
    Sentence,
    Clause,
    Space,
    Anywhere,
}

impl Cut {
    fn finer(self) -> Option<Cut> {
        match self {
            Cut::Sentence => Some(Cut::Clause),
            Cut::Clause => Some(Cut::Space),
            Cut::Space => Some(Cut::Anywhere),
            Cut::Anywhere => None,
        }
    }

    /// Marks that end a piece anywhere, and marks that end one only before a space (`3.5`, `e.g.`).
    fn marks(self) -> (&'static [char], &'static [char]) {
        match self {
            Cut::Sentence => (&['。', '！', '？', '．'], &['.', '!', '?']),
            Cut::Clause => (&['、', '，', '；', '：'], &[',', ';', ':']),
            Cut::Space | Cut::Anywhere => (&[], &[]),
        }
    }
}

/// Closing brackets and quotes stay with the sentence they close: 「…です。」
const CLOSERS: &[char] = &['」', '』', '）', ')', '】', '〕', '”', '’', '"', '\''];

/// Cuts `text` into consecutive pieces (together exactly `text`), each ending at a mark of `cut`.
fn pieces(text: &str, cut: Cut, max: usize) -> Vec<&str> {
    match cut {
        Cut::Space => return text.split_inclusive(char::is_whitespace).collect(),
        Cut::Anywhere => {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .step_by(max.max(1))
                .chain([text.len()])
                .collect();
            return bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
        }
        Cut::Sentence | Cut::Clause => {}
    }
    let (anywhere, before_space) = cut.marks();
    let mut out = Vec::new();
    let mut start = 0;
    // After a mark: whether the cut needs a space to follow.
    let mut after_mark: Option<bool> = None;
    for (i, c) in text.char_indices() {
        if let Some(needs_space) = after_mark {
            let mark = anywhere.contains(&c) || before_space.contains(&c);
            if CLOSERS.contains(&c) || mark {
                continue;
            }
            if !needs_space || c.is_whitespace() {
                out.push(&text[start..i]);
                start = i;
            }
            after_mark = None;
        }
        if anywhere.contains(&c) {
            after_mark = Some(false);
        } else if before_space.contains(&c) {
            after_mark = Some(true);
        }
    }
    out.push(&text[start..]);
    out
}

/// Splits one block of text into utterances of at most `max` characters: whole sentences where
/// they fit (several short ones together), else clauses, else words, else plain cuts.
pub fn split_for_speech(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    split_into(text, max, Cut::Sentence, &mut out);
    out
}

fn split_into(text: &str, max: usize, cut: Cut, out: &mut Vec<String>) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if text.chars().count() <= max {
        out.push(text.to_string());
        return;
    }
    // Plain cuts give pieces of `max` characters, so this ends there.
    let finer = cut.finer().unwrap_or(Cut::Anywhere);
    let mut chunk = String::new();
    for piece in pieces(text, cut, max) {
        if !chunk.is_empty() && chunk.chars().count() + piece.chars().count() > max {
            split_into(&chunk, max, finer, out);
            chunk.clear();
        }
        chunk.push_str(piece);
    }
    split_into(&chunk, max, finer, out);
}

/// A stretch of text in one language (`ja`, `en`): one utterance, or several once split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    pub lang: String,
    pub text: String,
}

/// Gathers the text a reader sees, block by block (see the module's notes).
struct Collector {
    window: web_sys::Window,
    /// The language of the text being gathered (the page's, or a marked passage's).
    lang: String,
    passages: Vec<Passage>,
    line: String,
}

impl Collector {
    fn text(&mut self, text: &str) {
        // White space collapses as on screen.
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    fn end_block(&mut self) {
        let block = self.line.trim();
        if !block.is_empty() {
            self.passages.push(Passage {
                lang: self.lang.clone(),
                text: block.to_string(),
            });
        }
        self.line.clear();
    }

    fn node(&mut self, node: &Node) {
        match node.node_type() {
            Node::TEXT_NODE => {
                if let Some(text) = node.text_content() {
                    self.text(&text);
                }
            }
            Node::ELEMENT_NODE => {
                if let Some(element) = node.dyn_ref::<Element>() {
                    self.element(element);
                }
            }
            _ => {}
        }
    }

    fn children(&mut self, element: &Element) {
        let children = element.child_nodes();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                self.node(&child);
            }
        }
    }

    fn element(&mut self, element: &Element) {
        if element.matches(NOT_READ).unwrap_or(true) || !is_visible(element) {
            return;
        }
        let tag = element.local_name();
        if tag == "br" {
            self.end_block();
            return;
        }
        // Another language: its own passage, so that it gets its own voice.
        let other_lang = element
            .get_attribute("lang")
            .map(|l| primary_language(&l))
            .filter(|l| !l.is_empty() && *l != self.lang);
        let block = other_lang.is_some() || !self.is_inline(element);
        if block {
            self.end_block();
        }
        let outer_lang = other_lang.map(|l| std::mem::replace(&mut self.lang, l));
        if tag == "img" || element.get_attribute("role").as_deref() == Some("img") {
            if let Some(label) = image_label(element) {
                self.text(&label);
            }
        } else {
            self.children(element);
        }
        if block {
            self.end_block();
        }
        if let Some(lang) = outer_lang {
            self.lang = lang;
        }
    }

    /// Laid out in the line (its text runs on), or a block of its own (its own utterance).
    fn is_inline(&self, element: &Element) -> bool {
        let display = self
            .window
            .get_computed_style(element)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("display").ok())
            .unwrap_or_default();
        display.starts_with("inline") || display.starts_with("ruby") || display == "contents"
    }
}

#[wasm_bindgen]
extern "C" {
    /// An element, for the one method web-sys lacks.
    #[wasm_bindgen(extends = Element)]
    type VisibleElement;

    /// `Element.checkVisibility()`: false inside a closed `<details>`, `display: none` or
    /// `visibility: hidden`. Missing before Safari 17.4 (the fallback below is used then).
    #[wasm_bindgen(method, catch, js_name = checkVisibility)]
    fn check_visibility(this: &VisibleElement, options: &JsValue) -> Result<bool, JsValue>;
}

fn is_visible(element: &Element) -> bool {
    let options = js_sys::Object::new();
    for name in ["visibilityProperty", "checkVisibilityCSS"] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &JsValue::TRUE);
    }
    match element
        .unchecked_ref::<VisibleElement>()
        .check_visibility(&options)
    {
        Ok(visible) => visible,
        // Older browsers hide closed disclosures with `display: none`: no boxes.
        Err(_) => element.get_client_rects().length() > 0,
    }
}

/// An image's name as a screen reader gives it: `aria-labelledby` (a chart's title and
/// description), else `aria-label`, else `alt`.
fn image_label(element: &Element) -> Option<String> {
    let document = element.owner_document()?;
    let by_ids = element.get_attribute("aria-labelledby").map(|ids| {
        ids.split_whitespace()
            .filter_map(|id| document.get_element_by_id(id)?.text_content())
            .collect::<Vec<_>>()
            .join(" ")
    });
    by_ids
        .filter(|l| !l.trim().is_empty())
        .or_else(|| element.get_attribute("aria-label"))
        .or_else(|| element.get_attribute("alt"))
}

/// The text of `main` to read, as utterances in order.
fn utterances_of(main: &Element, lang: Lang) -> Vec<Passage> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut collector = Collector {
        window,
        lang: lang.code().to_string(),
        passages: Vec::new(),
        line: String::new(),
    };
    collector.children(main);
    collector.end_block();
    collector
        .passages
        .iter()
        .flat_map(|p| {
            split_for_speech(&p.text, MAX_UTTERANCE_CHARS)
                .into_iter()
                .map(|text| Passage {
                    lang: p.lang.clone(),
                    text,
                })
        })
        .collect()
}

/// The browser's speech synthesis, where there is one.
fn speech_synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let present = js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .is_ok_and(|s| !s.is_undefined() && !s.is_null());
    present.then(|| window.speech_synthesis().ok()).flatten()
}

/// The on-device voice for `lang` (`ja`, `en`), if the browser has one (see `choose_voice`).
fn local_voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = speech_synthesis()?
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into)
        .collect();
    let traits: Vec<VoiceTraits> = voices
        .iter()
        .map(|v| VoiceTraits {
            lang: v.lang(),
            local: v.local_service(),
            default: v.default(),
        })
        .collect();
    let chosen = choose_voice(&traits, lang)?;
    voices.into_iter().nth(chosen)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Idle,
    Speaking,
    Paused,
}

/// How the last reading ended, said in the status line until the next one or another page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Finished,
    Stopped,
    Failed,
}

/// One reading of the page. `generation` tells a live utterance's events from those of an
/// utterance that was cancelled (they arrive later and are ignored).
#[derive(Default)]
struct Session {
    generation: u32,
    /// What is still to be said, each text with its voice.
    queue: VecDeque<(String, SpeechSynthesisVoice)>,
    /// The utterance being spoken, kept so that its events still fire (Chromium may otherwise
    /// collect it mid-sentence) and so that an engine that drops it on pause can say it again.
    current: Option<(SpeechSynthesisUtterance, SpeechSynthesisVoice)>,
}

/// Each passage with the on-device voice of its language; passages in a language without one
/// are left out.
fn with_voices(passages: Vec<Passage>) -> VecDeque<(String, SpeechSynthesisVoice)> {
    let mut voices: Vec<(String, Option<SpeechSynthesisVoice>)> = Vec::new();
    passages
        .into_iter()
        .filter_map(|p| {
            let voice = match voices.iter().find(|(lang, _)| *lang == p.lang) {
                Some((_, voice)) => voice.clone(),
                None => {
                    let voice = local_voice(&p.lang);
                    voices.push((p.lang.clone(), voice.clone()));
                    voice
                }
            };
            voice.map(|v| (p.text, v))
        })
        .collect()
}

/// The reading's state and the controls' elements; `Copy`, so that every handler holds it.
#[derive(Clone, Copy)]
struct Reader {
    reading: RwSignal<Reading>,
    outcome: RwSignal<Option<Outcome>>,
    session: StoredValue<Session, LocalStorage>,
    main_button: NodeRef<Button>,
    stop_button: NodeRef<Button>,
}

impl Reader {
    fn start(self, passages: Vec<Passage>) {
        let Some(synth) = speech_synthesis() else {
            return;
        };
        let queue = with_voices(passages);
        if queue.is_empty() {
            return;
        }
        if synth.speaking() || synth.pending() {
            synth.cancel();
        }
        // Chromium stays paused after a paused utterance was cancelled; new speech would wait.
        if synth.paused() {
            synth.resume();
        }
        let mut generation = 0;
        self.session.update_value(|s| {
            s.generation += 1;
            generation = s.generation;
            s.queue = queue;
            s.current = None;
        });
        self.outcome.set(None);
        self.reading.set(Reading::Speaking);
        self.speak_next(generation);
    }

    /// Speaks the next utterance of reading `generation`, or ends the reading after the last.
    fn speak_next(self, generation: u32) {
        let next = self.session.try_update_value(|s| {
            if s.generation != generation {
                return None;
            }
            let next = s.queue.pop_front();
            s.current = next.and_then(|(text, voice)| {
                Some((utterance(&text, &voice, self, generation)?, voice))
            });
            Some(s.current.as_ref().map(|(u, _)| u.clone()))
        });
        match next.flatten() {
            Some(Some(utterance)) => {
                if let Some(synth) = speech_synthesis() {
                    synth.speak(&utterance);
                }
            }
            Some(None) => self.end(Some(Outcome::Finished)),
            None => {}
        }
    }

    /// An utterance of reading `generation` ended (`failed`: with an error).
    fn utterance_done(self, generation: u32, failed: bool) {
        let live = self
            .session
            .try_with_value(|s| s.generation == generation)
            .unwrap_or(false);
        if !live {
            return;
        }
        match self.reading.try_get_untracked() {
            // Some engines (Android) end the utterance on pause: say it again on resume.
            Some(Reading::Paused) => self.session.update_value(|s| {
                if let Some((u, voice)) = s.current.take() {
                    s.queue.push_front((u.text(), voice));
                }
            }),
            Some(Reading::Speaking) if failed => {
                self.end(Some(Outcome::Failed));
                if let Some(synth) = speech_synthesis() {
                    synth.cancel();
                }
            }
            Some(Reading::Speaking) => self.speak_next(generation),
            _ => {}
        }
    }

    fn pause(self) {
        if let Some(synth) = speech_synthesis() {
            synth.pause();
        }
        self.reading.set(Reading::Paused);
    }

    fn resume(self) {
        self.reading.set(Reading::Speaking);
        let (generation, current) = self
            .session
            .with_value(|s| (s.generation, s.current.is_some()));
        if current {
            if let Some(synth) = speech_synthesis() {
                synth.resume();
            }
        } else {
            self.speak_next(generation);
        }
    }

    /// Stops reading (if it was), saying `outcome` in the status line.
    fn stop(self, outcome: Option<Outcome>) {
        let active = self.reading.try_get_untracked().unwrap_or(Reading::Idle) != Reading::Idle;
        if !active {
            // Nothing to stop; what the status line said of the last reading is now out of date.
            let _ = self.outcome.try_set(None);
            return;
        }
        self.end(outcome);
        if let Some(synth) = speech_synthesis() {
            synth.cancel();
            if synth.paused() {
                synth.resume();
            }
        }
    }

    /// Forgets the reading (its late events are ignored) and shows the start button again, with
    /// the focus on it if it was on the stop button (which goes away).
    fn end(self, outcome: Option<Outcome>) {
        self.session.try_update_value(|s| {
            s.generation += 1;
            s.queue.clear();
            s.current = None;
        });
        let focus_was_on_stop = self
            .stop_button
            .try_get_untracked()
            .flatten()
            .zip(web_sys::window().and_then(|w| w.document()?.active_element()))
            .is_some_and(|(stop, active)| js_sys::Object::is(&stop, &active));
        let _ = self.reading.try_set(Reading::Idle);
        let _ = self.outcome.try_set(outcome);
        if focus_was_on_stop {
            if let Some(button) = self.main_button.try_get_untracked().flatten() {
                let _ = button.focus();
            }
        }
    }
}

/// An utterance of `text` in `voice`, reporting its end to `reader`.
fn utterance(
    text: &str,
    voice: &SpeechSynthesisVoice,
    reader: Reader,
    generation: u32,
) -> Option<SpeechSynthesisUtterance> {
    let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
    utterance.set_voice(Some(voice));
    utterance.set_lang(&voice.lang());
    // Owned by the JavaScript functions (freed with the utterance), never dropped while attached.
    let on_end = Closure::<dyn FnMut()>::new(move || reader.utterance_done(generation, false))
        .into_js_value();
    let on_error = Closure::<dyn FnMut()>::new(move || reader.utterance_done(generation, true))
        .into_js_value();
    utterance.set_onend(Some(on_end.unchecked_ref()));
    utterance.set_onerror(Some(on_error.unchecked_ref()));
    Some(utterance)
}

fn status_text(t: &Texts, reading: Reading, outcome: Option<Outcome>) -> UiText {
    match (reading, outcome) {
        (Reading::Speaking, _) => t.read_aloud_speaking,
        (Reading::Paused, _) => t.read_aloud_paused,
        (Reading::Idle, Some(Outcome::Finished)) => t.read_aloud_finished,
        (Reading::Idle, Some(Outcome::Stopped)) => t.read_aloud_stopped,
        (Reading::Idle, Some(Outcome::Failed)) => t.read_aloud_failed,
        (Reading::Idle, None) => UiText(""),
    }
}

/// Read aloud, pause and resume, stop: for the text of `content` (the page's `<main>`), in the
/// page's language. Shown only where the browser has an on-device voice for that language; stops
/// when the reader moves to another page (`page`, the path shown, changes).
#[component]
pub fn ReadAloud(
    lang: Signal<Lang>,
    content: NodeRef<Main>,
    #[prop(into)] page: Signal<String>,
) -> impl IntoView {
    let reader = Reader {
        reading: RwSignal::new(Reading::Idle),
        outcome: RwSignal::new(None),
        session: StoredValue::new_local(Session::default()),
        main_button: NodeRef::new(),
        stop_button: NodeRef::new(),
    };
    // Voices often arrive after the page has loaded.
    let voices_changed = RwSignal::new(0_u32);
    if let Some(synth) = speech_synthesis() {
        let on_change = Closure::<dyn FnMut()>::new(move || {
            let _ = voices_changed.try_update(|n| *n += 1);
        })
        .into_js_value();
        let _ = synth.add_event_listener_with_callback("voiceschanged", on_change.unchecked_ref());
        let listener = StoredValue::new_local((synth, on_change));
        on_cleanup(move || {
            listener.try_with_value(|(synth, f)| {
                let _ =
                    synth.remove_event_listener_with_callback("voiceschanged", f.unchecked_ref());
            });
        });
    }
    let available = Memo::new(move |_| {
        voices_changed.track();
        local_voice(lang.get().code()).is_some()
    });
    // Another page, a voice gone (the control with it) or the control unmounted: stop.
    Effect::new(move |previous: Option<String>| {
        let path = page.get();
        if previous.is_some_and(|p| p != path) {
            reader.stop(None);
        }
        path
    });
    Effect::new(move |_| {
        if !available.get() {
            reader.stop(None);
        }
    });
    // Leaving the page (reload, another site, closing the tab): speech must not outlive it.
    let page_hide = window_event_listener(leptos::ev::pagehide, move |_| reader.stop(None));
    on_cleanup(move || {
        page_hide.remove();
        reader.stop(None);
    });

    let on_main_click = move |_| match reader.reading.get_untracked() {
        Reading::Idle => {
            let lang = lang.get_untracked();
            if let Some(main) = content.get_untracked() {
                reader.start(utterances_of(&main, lang));
            }
        }
        Reading::Speaking => reader.pause(),
        Reading::Paused => reader.resume(),
    };
    let texts = move || lang.get().texts();
    move || {
        available.get().then(|| {
            view! {
                <div class="read-aloud" role="group" aria-label=move || texts().read_aloud_label.plain()>
                    <button type="button" class="button button--secondary" node_ref=reader.main_button
                        on:click=on_main_click>
                        {move || match reader.reading.get() {
                            Reading::Idle => texts().read_aloud_start.into_render(),
                            Reading::Speaking => texts().read_aloud_pause.into_render(),
                            Reading::Paused => texts().read_aloud_resume.into_render(),
                        }}
                    </button>
                    {move || (reader.reading.get() != Reading::Idle).then(|| view! {
                        <button type="button" class="button button--secondary" node_ref=reader.stop_button
                            on:click=move |_| reader.stop(Some(Outcome::Stopped))>
                            {move || texts().read_aloud_stop.into_render()}
                        </button>
                    })}
                    <span class="read-aloud__status" role="status">
                        {move || status_text(texts(), reader.reading.get(), reader.outcome.get()).into_render()}
                    </span>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(lang: &str, local: bool, default: bool) -> VoiceTraits {
        VoiceTraits {
            lang: lang.to_string(),
            local,
            default,
        }
    }

    #[test]
    fn only_an_on_device_voice_in_the_pages_language_is_chosen() {
        let voices = [
            voice("ja-JP", false, true),
            voice("en-US", true, false),
            voice("ja_JP", true, false),
            voice("en-GB", true, true),
        ];
        assert_eq!(choose_voice(&voices, "ja"), Some(2));
        // The default voice wins among the fitting ones.
        assert_eq!(choose_voice(&voices, "en"), Some(3));
        assert_eq!(
            choose_voice(&voices[..1], "ja"),
            None,
            "remote voices are never used"
        );
        assert_eq!(choose_voice(&[voice("jam", true, true)], "ja"), None);
        assert_eq!(choose_voice(&[], "ja"), None);
        assert!(lang_matches("JA", "ja"));
        assert_eq!(primary_language(" en_GB"), "en");
        assert!(!lang_matches("", "ja"));
    }

    #[test]
    fn short_blocks_are_one_utterance() {
        assert_eq!(split_for_speech("  基本計画  ", 120), ["基本計画"]);
        assert!(split_for_speech(" ", 120).is_empty());
    }

    #[test]
    fn long_blocks_are_cut_after_sentences_and_keep_every_character() {
        let text =
            "一つ目の文です。「二つ目」です！三つ目の文は少し長めに書いてあります？最後の文。";
        let parts = split_for_speech(text, 20);
        assert_eq!(
            parts,
            [
                "一つ目の文です。「二つ目」です！",
                "三つ目の文は少し長めに書いてあります？",
                "最後の文。"
            ]
        );
        let english = "The plan has three pillars. Each has measures (e.g. 3.5 of them). Done!";
        let parts = split_for_speech(english, 40);
        assert_eq!(
            parts,
            [
                "The plan has three pillars.",
                "Each has measures (e.g. 3.5 of them).",
                "Done!"
            ]
        );
    }

    #[test]
    fn over_long_sentences_are_cut_at_clauses_then_words_then_anywhere() {
        let clauses = "国民の理解を深め、医療の体制を整え、研究を進める";
        assert_eq!(
            split_for_speech(clauses, 10),
            ["国民の理解を深め、", "医療の体制を整え、", "研究を進める"]
        );
        let words = "one two three four five six seven";
        for part in split_for_speech(words, 10) {
            assert!(part.chars().count() <= 10, "{part}");
        }
        assert_eq!(split_for_speech(words, 10).join(" "), words);
        let solid = "あ".repeat(25);
        let parts = split_for_speech(&solid, 10);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.concat(), solid);
    }
}
