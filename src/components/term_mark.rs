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
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
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
                aria-expanded=move || open.get().to_string()
                aria-controls=note_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {word}
            </button>
            <span class="term__note" id=note_id hidden=move || !open.get()>
                {move || (always || open.get()).then(|| note.run())}
            </span>
        </span>
    }
}
