//! A text with readings, rendered as `<ruby>`.
//!
//! Data texts (`Text`) and catalogue strings (`UiText`) render through here when a view holds
//! them (`{text}`), and become their plain text when an attribute does (`aria-label=…`).

use crate::i18n::{Lang, UiText};
use crate::text::{RubyText, Segment, Text};
use leptos::prelude::*;

/// A text where ruby cannot be drawn (SVG labels): in やさしい日本語 the readings stand in for the
/// kanji, elsewhere the text as written.
pub fn without_ruby(text: &Text, lang: Lang) -> String {
    match lang {
        Lang::Easy => text.ruby().kana_text(),
        Lang::Ja | Lang::En => text.to_string(),
    }
}

pub(crate) fn ruby_view(text: &RubyText) -> AnyView {
    // Most texts outside やさしい日本語 have no readings: plain text, no list of views.
    if let [Segment::Plain(t)] = text.segments.as_slice() {
        return t.clone().into_any();
    }
    let pieces = text.segments.iter().map(segment_view).collect_view();
    // One element around the pieces, so that a flex container (a link, a summary) wraps the text
    // as one item instead of laying each ruby out as an item of its own.
    view! { <span class="ruby-text">{pieces}</span> }.into_any()
}

pub(crate) fn segment_view(segment: &Segment) -> AnyView {
    match segment {
        Segment::Plain(t) => t.clone().into_any(),
        // No `<rp>` brackets: every browser the app supports draws ruby and hides them, and on a
        // long やさしい日本語 page they were 8,000 of its 18,000 elements, each styled and laid out
        // by the phone before the page could be used (issue 14).
        Segment::Ruby { base, reading } => view! {
            <ruby>{base.clone()}<rt>{reading.clone()}</rt></ruby>
        }
        .into_any(),
        Segment::Term { id, inner } => crate::components::term_mark::term_view(id, inner),
    }
}

/// Phrases with a `<wbr>` between each two: where a line may break when the browser cannot find
/// phrase breaks itself (see `phrase_breaks`).
pub fn phrases_view(phrases: &[RubyText]) -> AnyView {
    let pieces = phrases
        .iter()
        .enumerate()
        .map(|(i, phrase)| {
            let segments = phrase.segments.iter().map(segment_view).collect_view();
            view! { {(i > 0).then(|| view! { <wbr/> })}{segments} }
        })
        .collect_view();
    view! { <span class="ruby-text">{pieces}</span> }.into_any()
}

impl IntoRender for Text {
    type Output = AnyView;

    fn into_render(self) -> AnyView {
        ruby_view(self.ruby())
    }
}

impl IntoRender for &Text {
    type Output = AnyView;

    fn into_render(self) -> AnyView {
        ruby_view(self.ruby())
    }
}

impl IntoRender for UiText {
    type Output = AnyView;

    fn into_render(self) -> AnyView {
        if self.contains("《") {
            ruby_view(self.text().ruby())
        } else {
            self.source().into_any()
        }
    }
}

impl IntoAttributeValue for UiText {
    type Output = String;

    fn into_attribute_value(self) -> String {
        self.plain()
    }
}

impl IntoAttributeValue for Text {
    type Output = String;

    fn into_attribute_value(self) -> String {
        self.to_string()
    }
}
