//! `/`: what the app is, the plan's overall goal and its three pillars.

use crate::app::use_app_data;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::plan_overview::PlanOverview;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn HomePage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().home/>
        {loaded(
            lang,
            move || data.plan_data(),
            move || data.refetch(),
            move |d| view! { <PlanOverview lang=lang plan=d.plan sources=d.sources/> },
        )}
    }
}
