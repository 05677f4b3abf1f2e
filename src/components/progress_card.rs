//! A progress card by its id (`cases`, `budget`, …): its view and its title, shared by the progress
//! pages and the embeds.

use crate::components::progress_tables::{
    ActionPlanSection, BudgetSection, CaseCountsSection, OrganisationSection, TimelineSection,
};
use crate::data::progress::Progress;
use crate::data::sources::Sources;
use crate::i18n::Lang;
use crate::routes::EmbedOptions;
use crate::text::Text;
use leptos::prelude::*;

/// A progress card by id, shown with an embed's options (the defaults on the app's own pages).
pub fn card_view(
    lang: Lang,
    card: &str,
    progress: &Progress,
    sources: &Sources,
    options: EmbedOptions,
) -> AnyView {
    let sources = sources.clone();
    match card {
        "cases" => view! { <CaseCountsSection lang=lang cases=progress.cases.clone() sources=sources options=options/> }.into_any(),
        "budget" => view! { <BudgetSection lang=lang budget=progress.budget.clone() sources=sources options=options/> }.into_any(),
        "action-plan" => view! { <ActionPlanSection lang=lang plan=progress.action_plan.clone() programme=progress.programme.clone() sources=sources/> }.into_any(),
        "organisation" => view! { <OrganisationSection lang=lang org=progress.organisation.clone() sources=sources/> }.into_any(),
        _ => view! { <TimelineSection lang=lang milestones=progress.timeline.clone() sources=sources/> }.into_any(),
    }
}

/// The card's title, as its heading and the page title show it.
pub fn card_title(lang: Lang, card: &str, progress: &Progress) -> Text {
    match card {
        "cases" => progress.cases.title.get(lang).clone(),
        "budget" => progress.budget.title.get(lang).clone(),
        "action-plan" => progress.action_plan.title.shown(lang),
        "organisation" => progress.organisation.title.get(lang).clone(),
        _ => lang.texts().timeline_title.text(),
    }
}
