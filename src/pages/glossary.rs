//! `/glossary` and `/glossary/{term}`: the hard words of the content, in 五十音 order (A–Z in
//! English) with a row index, and one page per term.

use crate::app_data::use_app_data;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_state::loaded;
use crate::components::not_found_notice::NotFoundNotice;
use crate::components::page_intro::{CataloguePageIntro, PageIntro};
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::{LabelledDate, OwnSummaryLabel, SourceLine};
use crate::data::glossary::{index_letter, Glossary, Term};
use crate::data::sources::{DateKind, Sources};
use crate::data::SourceRef;
use crate::i18n::Lang;
use crate::routes::{glossary_row_href, glossary_row_id, href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn GlossaryPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().glossary/>
        {loaded(
            lang,
            move || data.glossary.load(),
            move || data.refetch(),
            move |glossary: Glossary| view! { <GlossaryList lang=lang glossary=glossary/> },
        )}
    }
}

/// The row index and the entries under their rows.
#[component]
fn GlossaryList(lang: Lang, glossary: Glossary) -> impl IntoView {
    let t = lang.texts();
    let mut rows: Vec<(String, Vec<Term>)> = Vec::new();
    for term in glossary.sorted(lang) {
        let letter = index_letter(term, lang);
        match rows.last_mut() {
            Some((l, terms)) if *l == letter => terms.push(term.clone()),
            _ => rows.push((letter, vec![term.clone()])),
        }
    }
    let index = rows
        .iter()
        .enumerate()
        .map(|(i, (letter, _))| {
            view! { <li><a href=glossary_row_href(lang, i + 1)>{letter.clone()}</a></li> }
        })
        .collect_view();
    let sections = rows
        .into_iter()
        .enumerate()
        .map(|(i, (letter, terms))| {
            let heading_id = glossary_row_id(i + 1);
            view! {
                <section class="glossary-row" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{letter}</h2>
                    <dl class="glossary-list">
                        {terms.into_iter().map(|term| view! { <GlossaryListEntry lang=lang term=term/> }).collect_view()}
                    </dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="glossary-index" aria-label=t.glossary_index_label>
            <ul>{index}</ul>
        </nav>
        {sections}
        <p class="glossary-compiled">
            <OwnSummaryLabel lang=lang/>
            <LabelledDate lang=lang kind=DateKind::Compiled date=Some(glossary.compiled.clone())/>
        </p>
    }
}

#[component]
fn GlossaryListEntry(lang: Lang, term: Term) -> impl IntoView {
    let link = href(lang, &AppRoute::GlossaryTerm(term.id.clone()));
    view! {
        <dt id=format!("term-{}", term.id)><a href=link>{term.term.get(lang).clone()}</a></dt>
        <dd>{term.explanation.get(lang).clone()}</dd>
    }
}

#[component]
pub fn GlossaryTermPage(lang: Lang, term_id: String) -> impl IntoView {
    let data = use_app_data();
    loaded(
        lang,
        move || data.with_sources(data.glossary),
        move || data.refetch(),
        move |(glossary, sources): (Glossary, Sources)| {
            view! { <GlossaryEntry lang=lang glossary=glossary sources=sources term_id=term_id.clone()/> }
        },
    )
}

#[component]
fn GlossaryEntry(
    lang: Lang,
    glossary: Glossary,
    sources: Sources,
    term_id: String,
) -> impl IntoView {
    let t = lang.texts();
    let back = href(lang, &AppRoute::Glossary);
    let Some(term) = glossary.get(&term_id).cloned() else {
        return view! {
            <NotFoundNotice lang=lang text=&t.term_not_found back_href=back back_label=t.glossary_back/>
        }
        .into_any();
    };
    let trail = vec![(t.nav_glossary.text(), back)];
    let related = term
        .related
        .iter()
        .filter_map(|id| glossary.get(id))
        .map(|r| {
            view! { <li><a href=href(lang, &AppRoute::GlossaryTerm(r.id.clone()))>{r.term.get(lang).clone()}</a></li> }
        })
        .collect_view();
    let has_related = !term.related.is_empty();
    // やさしい日本語 shows only the spellings a reader can read without furigana (aliases are
    // plain strings, without readings): English, acronyms, kana.
    let aliases = term
        .aliases
        .iter()
        .filter(|a| lang != Lang::Easy || !a.chars().any(crate::text::is_kanji))
        .cloned()
        .collect::<Vec<_>>()
        .join(t.list_separator.source());
    let learn_more = term.learn_more.clone().map(|l| {
        let cite = SourceRef {
            source: l.source,
            page: None,
            as_of: None,
        };
        view! {
            <section class="glossary-entry__more" aria-labelledby="learn-more-heading">
                <h2 id="learn-more-heading">{phrased(t.glossary_learn_more)}</h2>
                <SourceLine lang=lang sources=sources.clone() cite=cite/>
            </section>
        }
    });
    view! {
        <Breadcrumbs lang=lang trail=trail current=term.term.get(lang).clone()/>
        <PageIntro lang=lang title=term.term.get(lang).clone() description=term.explanation.get(lang).clone()/>
        <div class="glossary-entry">
            <OwnSummaryLabel lang=lang/>
            {(!aliases.is_empty()).then(|| view! {
                <p class="glossary-entry__aliases"><strong>{t.glossary_aliases}": "</strong>{aliases.clone()}</p>
            })}
            {learn_more}
            {has_related.then(|| view! {
                <section aria-labelledby="related-terms-heading">
                    <h2 id="related-terms-heading">{phrased(t.glossary_related)}</h2>
                    <ul>{related}</ul>
                </section>
            })}
            <p class="glossary-compiled">
                <LabelledDate lang=lang kind=DateKind::Compiled date=Some(glossary.compiled.clone())/>
            </p>
            <p><a href=href(lang, &AppRoute::Glossary)>{t.glossary_back}</a></p>
        </div>
    }
    .into_any()
}
