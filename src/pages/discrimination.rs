//! `/discrimination`: what the Act, the Basic Plan, other official guidance and the press say about
//! unfair discrimination based on genetic information, each under its own heading, then what you
//! can do, step by step (the site's own summary).

use crate::app_data::{use_app_data, HelpData};
use crate::components::card_tools::CardTools;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::FactList;
use crate::components::step_list::StepList;
use crate::data::discrimination::Section;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedCard};
use leptos::prelude::*;

#[component]
pub fn DiscriminationPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.discrimination/>
        <p class="reassurance">{t.reassurance}</p>
        {loaded(lang, move || data.help_data(), move || data.refetch(), move |d| view! { <DiscriminationDetails lang=lang data=d/> })}
    }
}

#[component]
fn DiscriminationDetails(lang: Lang, data: HelpData) -> impl IntoView {
    let t = lang.texts();
    let HelpData {
        counselling,
        discrimination,
        plan,
        sources,
    } = data;
    let related = discrimination
        .related_measures
        .iter()
        .filter_map(|m| {
            let pillar = plan.pillar(&m.pillar)?;
            let measure = pillar.measures.iter().find(|x| x.id == m.measure)?;
            let link = href(lang, &AppRoute::Measure(pillar.id.clone(), measure.id.clone()));
            Some(view! { <li><a href=link>{measure.name.get(lang).clone()}</a>" ("{pillar.name.get(lang).clone()}")"</li> })
        })
        .collect_view();
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let (id, heading, note) = match section {
                Section::Act => ("act-says", t.law_says_heading, t.act_section_note),
                Section::BasicPlan => ("plan-says", t.plan_says_heading, t.plan_section_note),
                Section::Guidance => ("guidance", t.guidance_heading, t.guidance_section_note),
                Section::Press => ("press", t.press_heading, t.press_section_note),
            };
            let facts = discrimination.section(section).to_vec();
            view! {
                <section id=id aria-labelledby=format!("{id}-heading") data-section=id>
                    <h2 id=format!("{id}-heading")>{phrased(heading)}</h2>
                    <p class="section-note">{note}</p>
                    <FactList lang=lang facts=facts sources=sources.clone()/>
                </section>
            }
        })
        .collect_view();
    view! {
        {sections}
        <section id="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{phrased(t.steps_heading)}</h2>
            <StepList lang=lang steps=discrimination.steps.clone() counselling=counselling sources=sources.clone()/>
            <CardTools lang=lang card=EmbedCard::Steps title=t.steps_heading/>
        </section>
        <section aria-labelledby="related-heading">
            <h2 id="related-heading">{phrased(t.related_measures_heading)}</h2>
            <ul>{related}</ul>
        </section>
    }
}
