//! `/discrimination`: what the Act and the Basic Plan say about unfair discrimination based on
//! genetic information, then what you can do, step by step.

use crate::app::{use_app_data, HelpData};
use crate::components::card_tools::CardTools;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::source_line::FactList;
use crate::components::step_list::StepList;
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
            Some(view! { <li><a href=link>{measure.name.get(lang).to_string()}</a>" ("{pillar.name.get(lang).to_string()}")"</li> })
        })
        .collect_view();
    view! {
        <section aria-labelledby="law-says-heading">
            <h2 id="law-says-heading">{t.law_says_heading}</h2>
            <FactList lang=lang facts=discrimination.law sources=sources.clone()/>
        </section>
        <section aria-labelledby="plan-says-heading">
            <h2 id="plan-says-heading">{t.plan_says_heading}</h2>
            <FactList lang=lang facts=discrimination.plan sources=sources/>
        </section>
        <section id="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t.steps_heading}</h2>
            <StepList lang=lang steps=discrimination.steps counselling=counselling/>
            <CardTools lang=lang card=EmbedCard::Steps title=t.steps_heading/>
        </section>
        <section aria-labelledby="related-heading">
            <h2 id="related-heading">{t.related_measures_heading}</h2>
            <ul>{related}</ul>
        </section>
    }
}
