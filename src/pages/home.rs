//! `/`: what the app is, where to get help for each situation, and the plan's goal and pillars.

use crate::app_data::use_app_data;
use crate::components::data_state::loaded;
use crate::components::language_offer::LanguageOffer;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::plan_overview::PlanOverview;
use crate::components::situation_list::SituationList;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn HomePage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().home/>
        <LanguageOffer lang=lang/>
        // Worried readers first: where to get help is one tap away.
        {loaded(
            lang,
            move || data.counselling.load(),
            move || data.refetch(),
            move |c| view! { <SituationList lang=lang situations=c.situations/> },
        )}
        {loaded(
            lang,
            move || data.plan_data(),
            move || data.refetch(),
            move |d| view! { <PlanOverview lang=lang plan=d.plan sources=d.sources/> },
        )}
    }
}
