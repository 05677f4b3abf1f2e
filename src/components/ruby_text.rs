//! A text with readings, rendered as `<ruby>` with `<rp>` fallbacks for browsers without ruby.

use crate::text::{RubyText, Segment};
use leptos::prelude::*;

#[component]
pub fn RubyTextView(text: RubyText) -> impl IntoView {
    text.segments
        .into_iter()
        .map(|s| match s {
            Segment::Plain(t) => t.into_any(),
            // The brackets are shown only where ruby is not supported: 法律（ほうりつ）.
            Segment::Ruby { base, reading } => view! {
                <ruby>{base}<rp>"（"</rp><rt>{reading}</rt><rp>"）"</rp></ruby>
            }
            .into_any(),
        })
        .collect_view()
}
