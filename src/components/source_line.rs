//! Citations and dates: the source line under a fact, and the one component that shows a date,
//! always with the words that say what kind of date it is.

use crate::components::term_mark::marked;
use crate::data::sources::{Certainty, DateKind, Sources};
use crate::data::{Fact, SourceRef};
use crate::format;
use crate::i18n::Lang;
use crate::text::Text;
use leptos::prelude::*;

fn kind_attr(kind: DateKind) -> &'static str {
    match kind {
        DateKind::Published => "published",
        DateKind::HoldsOn => "holds-on",
        DateKind::Compiled => "compiled",
        DateKind::Event => "event",
    }
}

/// A date with its label: 「資料の日付: 2025年5月16日」, 「2025年3月17日時点」, "compiled here on …".
/// `None` reads "unknown". Every `<time>` the app shows comes from here (a host test checks it).
#[component]
pub fn LabelledDate(lang: Lang, kind: DateKind, date: Option<String>) -> impl IntoView {
    let (before, after) = format::date_label(kind, lang);
    let shown = match date {
        Some(d) => {
            let text = Text::assembled(format::date(&d, lang));
            view! { <time datetime=d>{text}</time> }.into_any()
        }
        None => lang.texts().date_unknown.into_render(),
    };
    view! { <span class="dated" data-date-kind=kind_attr(kind)>{before}{shown}{after}</span> }
}

/// 「未確認」 and why: for a statement no official source confirms.
#[component]
pub fn UnconfirmedNote(lang: Lang, note: Text) -> impl IntoView {
    view! {
        <p class="unconfirmed">
            <strong class="unconfirmed__label">{lang.texts().unconfirmed_label}</strong>" "{note}
        </p>
    }
}

/// Publisher, document (linked where its address is known), page, certainty and labelled dates.
#[component]
pub fn SourceLine(lang: Lang, sources: Sources, cite: SourceRef) -> impl IntoView {
    let t = lang.texts();
    let dates = sources.dates(&cite);
    let source = sources.get(&cite.source).cloned();
    let page = cite.page.map(|p| match lang {
        Lang::Ja | Lang::Easy => format!(" {p}{}", t.page_label.source()),
        Lang::En => format!(", {} {p}", t.page_label),
    });
    let body = source.map(|s| {
        let title = s.title.get(lang).clone();
        let cited = match s.url.clone() {
            Some(url) => view! {
                {t.quote_open}<a href=url rel="noopener noreferrer"><cite>{title}</cite></a>{t.quote_close}
            }
            .into_any(),
            None => view! { {t.quote_open}<cite>{title}</cite>{t.quote_close} }.into_any(),
        };
        let locator = s.locator.as_ref().filter(|_| s.url.is_none()).map(|l| {
            view! { <span class="source-line__locator">{t.source_locator_intro}{l.get(lang).clone()}{t.source_locator_close}</span> }
        });
        let secondary = (s.certainty == Certainty::Secondary).then_some(t.secondary_source_note);
        view! {
            {s.publisher.get(lang).clone()}" "{cited}{page}
            {secondary.map(|note| view! { " "<strong class="certainty">{note}</strong> })}
            {locator}
        }
    });
    view! {
        <p class="source-line">
            <span class="source-line__label">{t.source_label}": "</span>
            {body}
            {dates
                .into_iter()
                .map(|d| view! { " · "<LabelledDate lang=lang kind=d.kind date=d.date/> })
                .collect_view()}
        </p>
    }
}

/// Every citation of a fact, the main one first.
#[component]
pub fn SourceLines(lang: Lang, sources: Sources, fact: Fact) -> impl IntoView {
    fact.citations()
        .cloned()
        .map(|cite| view! { <SourceLine lang=lang sources=sources.clone() cite=cite/> })
        .collect_view()
}

/// Statements, each followed by its citations.
#[component]
pub fn FactList(lang: Lang, facts: Vec<Fact>, sources: Sources) -> impl IntoView {
    view! {
        <ul class="plain-list">
            {facts
                .into_iter()
                .map(|f| {
                    let text = f.text.get(lang).clone();
                    view! { <li>{marked(&text)}<SourceLines lang=lang sources=sources.clone() fact=f/></li> }
                })
                .collect_view()}
        </ul>
    }
}

/// The label of the site's own summaries, so they are never taken for a source's words.
#[component]
pub fn OwnSummaryLabel(lang: Lang) -> impl IntoView {
    view! { <p class="own-summary-label">{lang.texts().own_summary_label}</p> }
}
