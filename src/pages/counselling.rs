//! `/counselling`: "What is your situation?" — each answer leads to the services that fit it.

use crate::app_data::use_app_data;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::situation_list::SituationList;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, ALL_RESOURCES};
use leptos::prelude::*;

#[component]
pub fn CounsellingPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.counselling/>
        <p class="reassurance">{t.reassurance}</p>
        {loaded(lang, move || data.help_data(), move || data.refetch(), move |d| {
            view! {
                <SituationList lang=lang situations=d.counselling.situations/>
                <p><a class="button" href=href(lang, &AppRoute::Situation(ALL_RESOURCES.into()))>{t.all_resources_link}</a></p>
            }
        })}
    }
}
