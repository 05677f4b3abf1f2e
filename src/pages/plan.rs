//! `/plan`: the Basic Plan's overall goal and pillars (measures and policies come with issue 3).

use crate::app::use_app_data;
use crate::components::data_state::loaded;
use crate::components::page_intro::PageIntro;
use crate::components::plan_overview::PlanOverview;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn PlanPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <PageIntro lang=lang text=&lang.texts().plan/>
        {loaded(
            lang,
            move || async move { Ok((data.plan.await?, data.sources.await?)) },
            move || data.refetch(),
            move |(plan, sources)| view! { <PlanOverview lang=lang plan=plan sources=sources/> },
        )}
    }
}
