//! What a person can do about discrimination, as numbered steps: the site's own advice, the facts
//! behind it with their sources, and where to go.

use crate::components::phrase_breaks::phrased;
use crate::components::source_line::{FactList, OwnSummaryLabel};
use crate::components::term_mark::marked;
use crate::data::counselling::Counselling;
use crate::data::discrimination::Step;
use crate::data::sources::Sources;
use crate::i18n::Lang;
use crate::routes::resource_href;
use leptos::prelude::*;

#[component]
pub fn StepList(
    lang: Lang,
    steps: Vec<Step>,
    counselling: Counselling,
    sources: Sources,
) -> impl IntoView {
    let t = lang.texts();
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let links = step
                .resources
                .iter()
                .filter_map(|id| counselling.resource(id))
                .map(|r| view! { <li><a href=resource_href(lang, &r.id)>{r.name.shown(lang)}</a></li> })
                .collect_view();
            let has_links = !step.resources.is_empty();
            let has_facts = !step.facts.is_empty();
            view! {
                <li class="step" id=format!("step-{}", step.id)>
                    <h3>
                        <span class="step__number">{t.step_number.fill("{n}", &(i + 1).to_string())}</span>
                        {phrased(step.title.get(lang))}
                    </h3>
                    <p>{marked(step.advice.get(lang))}</p>
                    {has_facts.then(|| view! { <FactList lang=lang facts=step.facts.clone() sources=sources.clone()/> })}
                    {has_links.then(|| view! {
                        <p class="step__where">{t.step_resources}</p>
                        <ul>{links}</ul>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <OwnSummaryLabel lang=lang/>
        <ol class="steps">{items}</ol>
    }
}
