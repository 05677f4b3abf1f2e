//! Dated events in order (the plan's status, the progress timeline): each with its date, what
//! happened, a visible note where no official source confirms it, and every citation.

use crate::components::source_line::{LabelledDate, SourceLine, UnconfirmedNote};
use crate::components::term_mark::marked;
use crate::data::sources::{DateKind, Sources};
use crate::data::Event;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn EventList(
    lang: Lang,
    events: Vec<Event>,
    sources: Sources,
    /// Extra class on the list (e.g. `timeline`).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let items = events
        .into_iter()
        .map(|e| {
            let class = if e.unconfirmed.is_some() {
                "status__event status__event--unconfirmed"
            } else {
                "status__event"
            };
            let unconfirmed = e
                .unconfirmed
                .as_ref()
                .map(|n| view! { <UnconfirmedNote lang=lang note=n.get(lang).clone()/> });
            let cites = e
                .citations()
                .cloned()
                .map(|c| view! { <SourceLine lang=lang sources=sources.clone() cite=c/> })
                .collect_view();
            view! {
                <li class=class id=format!("event-{}", e.id)>
                    <span class="status__date"><LabelledDate lang=lang kind=DateKind::Event date=Some(e.date.clone())/></span>
                    " "{marked(e.text.get(lang))}
                    {unconfirmed}
                    {cites}
                </li>
            }
        })
        .collect_view();
    view! { <ol class=format!("status {class}")>{items}</ol> }
}
