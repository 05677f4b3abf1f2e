//! `/progress` and `/progress/{card}`: the Whole Genome Analysis Action Plan's case counts and
//! budgets as cards (charts, tables, downloads), each also on its own route.

use crate::app::use_app_data;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_state::loaded;
use crate::components::not_found_notice::NotFoundNotice;
use crate::components::page_intro::{CataloguePageIntro, PageIntro};
use crate::components::progress_tables::{
    ActionPlanSection, BudgetSection, CaseCountsSection, OrganisationSection, TimelineSection,
};
use crate::data::progress::{Progress, CARDS};
use crate::data::sources::Sources;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedOptions};
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

pub fn card_title(lang: Lang, card: &str, progress: &Progress) -> Text {
    match card {
        "cases" => progress.cases.title.get(lang).clone(),
        "budget" => progress.budget.title.get(lang).clone(),
        "action-plan" => progress.action_plan.title.shown(lang),
        "organisation" => progress.organisation.title.get(lang).clone(),
        _ => lang.texts().timeline_title.text(),
    }
}

#[component]
pub fn ProgressPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.progress/>
        {loaded(
            lang,
            move || data.with_sources(data.progress),
            move || data.refetch(),
            move |(progress, sources)| CARDS.iter().map(|c| card_view(lang, c, &progress, &sources, EmbedOptions::default())).collect_view(),
        )}
        <p class="notice">{t.figures_date_note}</p>
    }
}

#[component]
pub fn ProgressCardPage(lang: Lang, card: String) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    if !CARDS.contains(&card.as_str()) {
        return view! {
            <NotFoundNotice lang=lang text=&t.progress_card_not_found back_href=href(lang, &AppRoute::Progress) back_label=t.nav_progress/>
        }
        .into_any();
    }
    let trail = vec![(t.nav_progress.text(), href(lang, &AppRoute::Progress))];
    view! {
        {loaded(
            lang,
            move || data.with_sources(data.progress),
            move || data.refetch(),
            move |(progress, sources)| {
                let current = card_title(lang, &card, &progress);
                view! {
                    <Breadcrumbs lang=lang trail=trail.clone() current=current.clone()/>
                    <PageIntro lang=lang title=current description=t.progress.description/>
                    {card_view(lang, &card, &progress, &sources, EmbedOptions::default())}
                }
            },
        )}
    }
    .into_any()
}
