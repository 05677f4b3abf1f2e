//! A progress card by its id (`cases`, `budget`, …): its view and its title, shared by the progress
//! pages and the embeds.

use crate::components::progress_tables::{
    ActionPlanSection, ActionPlanSummary, BudgetSection, CaseCountsSection, OrganisationSection,
    OrganisationSummary, TimelineSection, TimelineSummary,
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

/// A progress card as the overview shows it: the figures (cases, budget) whole; the long cards (the
/// Action Plan, the organisation, the timeline) in short, each with a link to its own page. All
/// five whole made `/easy/progress` 46 phone screens and 18,000 elements for a phone to lay out
/// before its controls worked (issue 14).
pub fn card_overview_view(
    lang: Lang,
    card: &str,
    progress: &Progress,
    sources: &Sources,
) -> AnyView {
    let sources = sources.clone();
    match card {
        "action-plan" => view! { <ActionPlanSummary lang=lang plan=progress.action_plan.clone() sources=sources/> }.into_any(),
        "organisation" => view! { <OrganisationSummary lang=lang org=progress.organisation.clone() sources=sources/> }.into_any(),
        "timeline" => view! { <TimelineSummary lang=lang milestones=progress.timeline.clone() sources=sources/> }.into_any(),
        _ => card_view(lang, card, progress, &sources, EmbedOptions::default()),
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
