//! `/plan/{pillar}`: one pillar's summary and its measures, each opening to its policies.

use crate::app_data::{use_app_data, PlanData};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_state::loaded;
use crate::components::measure_list::MeasureList;
use crate::components::not_found_notice::PillarNotFound;
use crate::components::page_intro::PageIntro;
use crate::components::plan_overview::PlanBasisNote;
use crate::components::source_line::SourceLine;
use crate::i18n::Lang;
use crate::routes::{href, parse_open, AppRoute};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PillarPage(lang: Lang, pillar_id: String) -> impl IntoView {
    let data = use_app_data();
    // Read once: toggling a measure updates the URL without re-rendering the page.
    let open = parse_open(use_query_map().get_untracked().get("open").as_deref());
    loaded(
        lang,
        move || data.plan_data(),
        move || data.refetch(),
        move |d| view! { <PillarDetails lang=lang data=d pillar_id=pillar_id.clone() open=open.clone()/> },
    )
}

#[component]
fn PillarDetails(
    lang: Lang,
    data: PlanData,
    pillar_id: String,
    open: Vec<String>,
) -> impl IntoView {
    let t = lang.texts();
    let Some(pillar) = data.plan.pillar(&pillar_id).cloned() else {
        return view! { <PillarNotFound lang=lang/> }.into_any();
    };
    let trail = vec![(t.nav_plan.text(), href(lang, &AppRoute::Plan))];
    let name = pillar.name.get(lang).clone();
    let summary = pillar.summary.get(lang).clone();
    let source = pillar.source.clone();
    view! {
        <Breadcrumbs lang=lang trail=trail current=name.clone()/>
        <PageIntro lang=lang title=name description=summary/>
        <PlanBasisNote lang=lang/>
        <SourceLine lang=lang sources=data.sources.clone() cite=source/>
        <MeasureList lang=lang pillar=pillar sources=data.sources open=open/>
    }
    .into_any()
}
