//! One module per route; `render` picks the page for a resolved path.

pub mod about;
pub mod changes;
pub mod counselling;
pub mod discrimination;
pub mod embed;
pub mod glossary;
pub mod home;
pub mod law;
pub mod measure;
pub mod not_found;
pub mod open_data;
pub mod pillar;
pub mod plan;
pub mod progress;
pub mod search;
pub mod situation;

use crate::routes::{AppRoute, Resolved};
use leptos::prelude::*;

pub fn render(resolved: Resolved) -> AnyView {
    let lang = resolved.lang;
    match resolved.route {
        AppRoute::Home => view! { <home::HomePage lang=lang/> }.into_any(),
        AppRoute::Plan => view! { <plan::PlanPage lang=lang/> }.into_any(),
        AppRoute::Pillar(pillar_id) => {
            view! { <pillar::PillarPage lang=lang pillar_id=pillar_id/> }.into_any()
        }
        AppRoute::Measure(pillar_id, measure_id) => view! {
            <measure::MeasurePage lang=lang pillar_id=pillar_id measure_id=measure_id/>
        }
        .into_any(),
        AppRoute::Law => view! { <law::LawPage lang=lang/> }.into_any(),
        AppRoute::Discrimination => {
            view! { <discrimination::DiscriminationPage lang=lang/> }.into_any()
        }
        AppRoute::Counselling => view! { <counselling::CounsellingPage lang=lang/> }.into_any(),
        AppRoute::Situation(situation_id) => {
            view! { <situation::SituationPage lang=lang situation_id=situation_id/> }.into_any()
        }
        AppRoute::Progress => view! { <progress::ProgressPage lang=lang/> }.into_any(),
        AppRoute::ProgressCard(card) => {
            view! { <progress::ProgressCardPage lang=lang card=card/> }.into_any()
        }
        AppRoute::Glossary => view! { <glossary::GlossaryPage lang=lang/> }.into_any(),
        AppRoute::GlossaryTerm(term_id) => {
            view! { <glossary::GlossaryTermPage lang=lang term_id=term_id/> }.into_any()
        }
        AppRoute::About => view! { <about::AboutPage lang=lang/> }.into_any(),
        AppRoute::OpenData => view! { <open_data::OpenDataPage lang=lang/> }.into_any(),
        AppRoute::Changes => view! { <changes::ChangesPage lang=lang/> }.into_any(),
        AppRoute::Search => view! { <search::SearchPage lang=lang/> }.into_any(),
        // Reached only by an in-app link, which the app never makes; an embed loads in its own shell.
        AppRoute::Embed(card) => view! {
            <embed::EmbedPage lang=lang card=card options=Default::default()/>
        }
        .into_any(),
        AppRoute::NotFound => view! { <not_found::NotFoundPage lang=lang/> }.into_any(),
    }
}
