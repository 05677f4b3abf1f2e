//! Glossary terms in the content: the first time a term appears on a page it is marked, and a tap
//! or Enter shows the site's short explanation in place (below the line, covering nothing), with
//! a link to the term's page. Esc closes it.
//!
//! Which texts are searched is the page's choice: prose renders through `marked`; headings, links
//! and labels do not (a button cannot sit inside a link). The glossary is read with the page's own
//! data (`data_state::loaded`); if it fails to load, the page shows its text without marks.

use crate::components::ruby_text::{ruby_view, segment_view};
use crate::data::glossary::{Glossary, TermMatcher};
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use crate::text::{RubyText, Text};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The glossary as one rendering of a page sees it, and which terms the page has marked so far.
#[derive(Clone)]
pub struct PageTerms {
    lang: Lang,
    glossary: Arc<Glossary>,
    matcher: Arc<TermMatcher>,
    /// Term id → the text that marked it (that text marks it again when it renders again).
    claimed: Arc<Mutex<HashMap<String, String>>>,
    /// How many marks this rendering has made, for unique element ids.
    count: Arc<Mutex<usize>>,
}

/// Starts a page's term marks: called by `loaded` before it renders the page's content, so a
/// page rendered again starts afresh.
pub fn provide_page_terms(lang: Lang, glossary: Option<Glossary>) {
    let Some(glossary) = glossary else {
        return;
    };
    provide_context(PageTerms {
        lang,
        matcher: Arc::new(glossary.matcher(lang)),
        glossary: Arc::new(glossary),
        claimed: Arc::default(),
        count: Arc::default(),
    });
}

/// A prose text with its first-on-the-page glossary terms marked.
pub fn marked(text: &Text) -> AnyView {
    let Some(terms) = use_context::<PageTerms>() else {
        return ruby_view(text.ruby());
    };
    let found = terms.matcher.find(text);
    if found.is_empty() {
        return ruby_view(text.ruby());
    }
    let marks: Vec<(usize, usize, String)> = {
        let Ok(mut claimed) = terms.claimed.lock() else {
            return ruby_view(text.ruby());
        };
        let mut marks = Vec::new();
        for m in found {
            let owner = claimed
                .entry(m.id.clone())
                .or_insert_with(|| text.as_str().to_string());
            if owner == text.as_str() && !marks.iter().any(|(_, _, id)| *id == m.id) {
                marks.push((m.start, m.end, m.id));
            }
        }
        marks
    };
    ruby_view(&text.ruby().mark_terms(&marks))
}

/// A marked term: the word as a disclosure button, and its explanation, hidden until opened.
pub fn term_view(id: &str, inner: &RubyText) -> AnyView {
    let word = inner
        .segments
        .iter()
        .map(segment_view)
        .collect_view()
        .into_any();
    let Some(terms) = use_context::<PageTerms>() else {
        return word;
    };
    let Some(term) = terms.glossary.get(id).cloned() else {
        return word;
    };
    let n = terms.count.lock().map_or(0, |mut c| {
        *c += 1;
        *c
    });
    let lang = terms.lang;
    let t = lang.texts();
    // Where the text writes the term exactly as the glossary does but without readings (日本語
    // content has none), the word takes the glossary's readings: shown when furigana are on.
    let spelled = term.term.get(lang);
    let has_readings = |r: &RubyText| r.readings().next().is_some();
    let word = if !has_readings(inner)
        && has_readings(spelled.ruby())
        && inner.base_text() == spelled.as_str()
    {
        spelled
            .ruby()
            .segments
            .iter()
            .map(segment_view)
            .collect_view()
            .into_any()
    } else {
        word
    };
    let note_id = format!("term-note-{n}");
    let always = crate::browser::is_prerendering();
    let entry_link = t
        .glossary_entry_link
        .fill("{term}", term.term.get(lang).as_str());
    let link = href(lang, &AppRoute::GlossaryTerm(term.id.clone()));
    let explanation = term.explanation.get(lang).clone();
    let note = ViewFn::from(move || {
        view! {
            <span class="term__label">{t.term_explanation_label}</span>
            " "
            {explanation.clone()}
            " "
            <a href=link.clone()>{entry_link.clone()}</a>
        }
    });
    view! { <TermDisclosure term_id=term.id.clone() note_id=note_id word=word note=note always=always/> }
    .into_any()
}

/// Whether a term's explanation is open, and what a click and Esc do to it: the one behaviour of
/// the app's `TermDisclosure` and of a pre-rendered term the controls take over
/// (`take_over_prerendered`).
#[derive(Clone, Copy)]
struct TermOpen(RwSignal<bool>);

impl TermOpen {
    fn new(open: bool) -> Self {
        Self(RwSignal::new(open))
    }

    fn is_open(self) -> bool {
        self.0.get()
    }

    fn toggle(self) {
        self.0.update(|o| *o = !*o);
    }

    /// Esc closes an open explanation. True when it did: the focus then goes back to the word.
    fn close_on_escape(self, ev: &leptos::ev::KeyboardEvent) -> bool {
        if ev.key() != "Escape" || !self.0.get_untracked() {
            return false;
        }
        ev.prevent_default();
        self.0.set(false);
        true
    }
}

/// A marked term's disclosure: the word as a button, its explanation in place below the line,
/// hidden until opened; Esc closes it and puts the focus back on the word. Closed, the note is
/// empty, so the text around the word reads (and copies) as written; `always` keeps it filled (a
/// pre-rendered page opens it without the app, as a popover).
#[component]
pub fn TermDisclosure(
    term_id: String,
    note_id: String,
    /// The word as the text shows it, with its readings.
    word: AnyView,
    /// The explanation and the link to the term's page.
    note: ViewFn,
    #[prop(optional)] always: bool,
) -> impl IntoView {
    let open = TermOpen::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if open.close_on_escape(&ev) {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    view! {
        <span class="term" on:keydown=close_on_escape>
            <button
                type="button"
                class="term__word"
                data-term=term_id
                node_ref=button
                aria-expanded=move || open.is_open().to_string()
                aria-controls=note_id.clone()
                on:click=move |_| open.toggle()
            >
                {word}
            </button>
            <span class="term__note" id=note_id hidden=move || !open.is_open()>
                {move || (always || open.is_open()).then(|| note.run())}
            </span>
        </span>
    }
}

/// A pre-rendered term (`TermDisclosure` as the pre-rendering writes it: the explanation a popover,
/// which needs no script) made to behave as the app's does, where it stands: the word's button
/// and its readings stay, so the sentence around it is not laid out again (replacing the 23 terms
/// of /easy/discrimination with new copies cost 40 ms of layout, four times that on a phone); the
/// explanation, as the page has it, opens below the line. One the reader opened before the
/// controls started stays open, in place. None when `term` is not such a term.
pub fn take_over_prerendered(term: &web_sys::Element) -> Option<()> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let button: web_sys::HtmlElement = term
        .query_selector(".term__word[popovertarget]")
        .ok()??
        .dyn_into()
        .ok()?;
    let note: web_sys::HtmlElement = term.query_selector(".term__note").ok()??.dyn_into().ok()?;
    let was_open = note.matches(":popover-open").unwrap_or(false);
    let explanation = note.inner_html();
    let _ = button.remove_attribute("popovertarget");
    let _ = note.remove_attribute("popover");
    note.set_inner_html("");
    let show = move |open: bool, button: &web_sys::HtmlElement, note: &web_sys::HtmlElement| {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
        note.set_hidden(!open);
    };
    show(was_open, &button, &note);
    let term = term.clone();
    let holder = note.clone();
    leptos::mount::mount_to(holder, move || {
        let open = TermOpen::new(was_open);
        let (b, n) = (button.clone(), note.clone());
        Effect::new(move |_| show(open.is_open(), &b, &n));
        let on_click = Closure::<dyn FnMut()>::new(move || open.toggle());
        let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
        let word = button.clone();
        let on_key = Closure::<dyn FnMut(leptos::ev::KeyboardEvent)>::new(move |ev| {
            if open.close_on_escape(&ev) {
                let _ = word.focus();
            }
        });
        let _ = term.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        on_key.forget();
        move || {
            open.is_open()
                .then(|| view! { <span inner_html=explanation.clone()/> })
        }
    })
    .forget();
    Some(())
}
