//! The Basic Plan at a glance: the overall goal and one card per pillar, linking to its measures.

use crate::components::card_tools::CardTools;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::SourceLine;
use crate::components::term_mark::marked;
use crate::data::plan::{Pillar, Plan};
use crate::data::sources::Sources;
use crate::data::Fact;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedCard};
use leptos::prelude::*;

#[component]
pub fn GoalStatement(lang: Lang, goal: Fact, sources: Sources) -> impl IntoView {
    view! {
        <section class="goal" aria-labelledby="goal-heading">
            <h2 id="goal-heading">{phrased(lang.texts().goal_heading)}</h2>
            <p class="goal__text">{marked(goal.text.get(lang))}</p>
            <SourceLine lang=lang sources=sources cite=goal.source/>
        </section>
    }
}

#[component]
pub fn PillarCard(lang: Lang, number: usize, pillar: Pillar, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let link = href(lang, &AppRoute::Pillar(pillar.id.clone()));
    let name = pillar.name.get(lang).clone();
    let card = EmbedCard::Pillar(pillar.id.clone());
    view! {
        <li class="card pillar-card">
            <h3>
                <span class="pillar-card__number" aria-hidden="true">{number}</span>
                {phrased(&name)}
            </h3>
            <p>{marked(pillar.summary.get(lang))}</p>
            <p class="pillar-card__count">{t.pillar_measures_count}": "{pillar.measures.len()}</p>
            <p><a class="button" href=link>{t.pillar_link}</a></p>
            <SourceLine lang=lang sources=sources cite=pillar.source/>
            <CardTools lang=lang card=card title=name/>
        </li>
    }
}

/// Which document the plan's content comes from, and that it predates the adopted plan.
#[component]
pub fn PlanBasisNote(lang: Lang) -> impl IntoView {
    view! { <p class="section-note plan-basis">{lang.texts().plan_basis_note}</p> }
}

/// The goal followed by the pillar cards.
#[component]
pub fn PlanOverview(lang: Lang, plan: Plan, sources: Sources) -> impl IntoView {
    let cards = plan
        .pillars
        .into_iter()
        .enumerate()
        .map(|(i, pillar)| {
            view! { <PillarCard lang=lang number=i + 1 pillar=pillar sources=sources.clone()/> }
        })
        .collect_view();
    view! {
        <PlanBasisNote lang=lang/>
        <GoalStatement lang=lang goal=plan.goal sources=sources.clone()/>
        <section class="pillars" aria-labelledby="pillars-heading">
            <h2 id="pillars-heading">{phrased(lang.texts().pillars_heading)}</h2>
            <ol class="card-list">{cards}</ol>
        </section>
    }
}
