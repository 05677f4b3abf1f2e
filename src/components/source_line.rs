//! The citation under a fact: publisher, document, page and the date the fact holds.

use crate::data::sources::{Certainty, Sources};
use crate::data::SourceRef;
use crate::format;
use crate::i18n::Lang;
use leptos::prelude::*;

/// "(as of 16 May 2025)" / "（2025年5月16日時点）", with a machine-readable `<time>`.
#[component]
pub fn AsOf(lang: Lang, date: String) -> impl IntoView {
    let t = lang.texts();
    let shown = format::date(&date, lang);
    view! { {t.as_of_before}<time datetime=date>{shown}</time>{t.as_of_after} }
}

#[component]
pub fn SourceLine(lang: Lang, sources: Sources, cite: SourceRef) -> impl IntoView {
    let t = lang.texts();
    let as_of = sources.as_of(&cite).map(str::to_string);
    let source = sources.get(&cite.source).cloned();
    let page = cite.page.map(|p| match lang {
        Lang::Ja => format!(" {p}{}", t.page_label),
        Lang::En => format!(", {} {p}", t.page_label),
    });
    let body = source.map(|s| {
        let title = s.title.get(lang).to_string();
        let cited = match s.url.clone() {
            Some(url) => view! {
                {t.quote_open}<a href=url rel="noopener"><cite>{title}</cite></a>{t.quote_close}
            }
            .into_any(),
            None => view! { {t.quote_open}<cite>{title}</cite>{t.quote_close} }.into_any(),
        };
        let secondary = (s.certainty == Certainty::Secondary).then_some(t.secondary_source_note);
        view! {
            {s.publisher.get(lang).to_string()}" "{cited}{page}
            {secondary.map(|note| view! { " "<strong class="certainty">{note}</strong> })}
        }
    });
    view! {
        <p class="source-line">
            <span class="source-line__label">{t.source_label}": "</span>
            {body}
            {as_of.map(|d| view! { " " <AsOf lang=lang date=d/> })}
        </p>
    }
}

/// Statements, each followed by its citation.
#[component]
pub fn FactList(lang: Lang, facts: Vec<crate::data::Fact>, sources: Sources) -> impl IntoView {
    view! {
        <ul class="plain-list">
            {facts
                .into_iter()
                .map(|f| {
                    view! {
                        <li>{f.text.get(lang).to_string()}<SourceLine lang=lang sources=sources.clone() cite=f.source/></li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
