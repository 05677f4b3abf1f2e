//! `/law`: the Genome Medicine Promotion Act in plain words: purpose, principles (each with the
//! plan's measures that serve it), who must do what, and what commentary says about it.

use crate::app_data::{use_app_data, PlanData};
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::{FactList, LabelledDate, SourceLine, SourceLines};
use crate::components::term_mark::marked;
use crate::data::sources::{DateKind, Sources};
use crate::data::Fact;
use crate::i18n::{Lang, UiText};
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn LawPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().law/>
        {loaded(lang, move || data.plan_data(), move || data.refetch(), move |d| view! { <LawDetails lang=lang data=d/> })}
    }
}

#[component]
fn FactSection(
    lang: Lang,
    id: &'static str,
    heading: UiText,
    fact: Fact,
    sources: Sources,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{phrased(heading)}</h2>
            <p>{marked(fact.text.get(lang))}</p>
            <SourceLines lang=lang sources=sources fact=fact/>
        </section>
    }
}

#[component]
fn LawDetails(lang: Lang, data: PlanData) -> impl IntoView {
    let t = lang.texts();
    let PlanData { plan, law, sources } = data;
    let principles = law
        .principles
        .iter()
        .map(|p| {
            let measures = plan
                .pillars
                .iter()
                .flat_map(|pl| pl.measures.iter().map(move |m| (pl, m)))
                .filter(|(_, m)| m.principles.contains(&p.id))
                .map(|(pl, m)| {
                    let link = href(lang, &AppRoute::Measure(pl.id.clone(), m.id.clone()));
                    view! { <li><a href=link>{m.name.get(lang).clone()}</a>" ("{pl.name.get(lang).clone()}")"</li> }
                })
                .collect_view();
            view! {
                <li class="card" id=format!("principle-{}", p.id)>
                    // An id on the heading: search results link to the principle by it.
                    <h3 id=format!("principle-{}-title", p.id)>{phrased(p.title.get(lang))}</h3>
                    <p>{marked(p.text.get(lang))}</p>
                    <SourceLine lang=lang sources=sources.clone() cite=p.source.clone()/>
                    <details class="disclosure">
                        <summary>{t.measures_for_principle}</summary>
                        <ul>{measures}</ul>
                        <p class="note">{t.own_reading_note}</p>
                    </details>
                </li>
            }
        })
        .collect_view();
    let duties = law
        .duties
        .iter()
        .map(|d| {
            view! {
                <li>
                    <strong>{d.who.get(lang).clone()}</strong>": "{marked(d.text.get(lang))}
                    <SourceLine lang=lang sources=sources.clone() cite=d.source.clone()/>
                </li>
            }
        })
        .collect_view();
    let sections = law
        .measures
        .iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{m.title.get(lang).clone()}</strong>" "{marked(m.text.get(lang))}
                    <SourceLine lang=lang sources=sources.clone() cite=m.source.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <dt>{t.official_title_label}</dt>
            <dd>{law.title.shown(lang)}<SourceLine lang=lang sources=sources.clone() cite=law.title_source.clone()/></dd>
            <dt>{t.law_number_label}</dt>
            <dd>{law.number.get(lang).clone()}<SourceLine lang=lang sources=sources.clone() cite=law.number_source.clone()/></dd>
            <dt>{t.promulgated_label}</dt>
            <dd><LabelledDate lang=lang kind=DateKind::Event date=Some(law.promulgated.clone())/></dd>
            <dt>{t.in_force_label}</dt>
            <dd><LabelledDate lang=lang kind=DateKind::Event date=Some(law.in_force.clone())/></dd>
        </dl>
        <SourceLine lang=lang sources=sources.clone() cite=law.dates_source.clone()/>
        <FactSection lang=lang id="purpose-heading" heading=t.purpose_heading fact=law.purpose.clone() sources=sources.clone()/>
        <section aria-labelledby="principles-heading">
            <h2 id="principles-heading">{phrased(t.principles_heading)}</h2>
            <ol class="card-list card-list--stack">{principles}</ol>
        </section>
        <section aria-labelledby="duties-heading">
            <h2 id="duties-heading">{phrased(t.duties_heading)}</h2>
            <ul class="plain-list">{duties}</ul>
        </section>
        <FactSection lang=lang id="financial-heading" heading=t.financial_heading fact=law.financial.clone() sources=sources.clone()/>
        <FactSection lang=lang id="basic-plan-heading" heading=t.basic_plan_heading fact=law.basic_plan.clone() sources=sources.clone()/>
        <section aria-labelledby="law-measures-heading">
            <h2 id="law-measures-heading">{phrased(t.law_measures_heading)}</h2>
            <ul class="plain-list">{sections}</ul>
        </section>
        <section aria-labelledby="commentary-heading">
            <h2 id="commentary-heading">{phrased(t.commentary_heading)}</h2>
            <FactList lang=lang facts=law.commentary.clone() sources=sources.clone()/>
        </section>
        <p><a class="button" href=href(lang, &AppRoute::Plan)>{t.back_to_plan}</a></p>
    }
}
