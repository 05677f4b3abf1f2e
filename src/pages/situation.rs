//! `/counselling/{situation}`: the services that fit one situation; `/counselling/all`: every
//! service, with a filter that never stores what is typed.

use crate::app_data::{use_app_data, HelpData};
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::data_state::loaded;
use crate::components::not_found_notice::NotFoundNotice;
use crate::components::page_intro::{CataloguePageIntro, PageIntro};
use crate::components::phrase_breaks::phrased;
use crate::components::resource_card::ResourceCard;
use crate::components::source_line::{FactList, OwnSummaryLabel};
use crate::data::counselling::Resource;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, ALL_RESOURCES};
use leptos::prelude::*;

#[component]
pub fn SituationPage(lang: Lang, situation_id: String) -> impl IntoView {
    let data = use_app_data();
    loaded(
        lang,
        move || data.help_data(),
        move || data.refetch(),
        move |d| {
            if situation_id == ALL_RESOURCES {
                view! { <AllResources lang=lang data=d/> }.into_any()
            } else {
                view! { <SituationResources lang=lang data=d situation_id=situation_id.clone()/> }
                    .into_any()
            }
        },
    )
}

fn trail(lang: Lang) -> Vec<Crumb> {
    vec![(
        lang.texts().nav_counselling.text(),
        href(lang, &AppRoute::Counselling),
    )]
}

#[component]
fn SituationResources(lang: Lang, data: HelpData, situation_id: String) -> impl IntoView {
    let t = lang.texts();
    let Some(situation) = data.counselling.situation(&situation_id).cloned() else {
        return view! {
            <NotFoundNotice lang=lang text=&t.situation_not_found back_href=href(lang, &AppRoute::Counselling) back_label=t.back_to_situations/>
        }
        .into_any();
    };
    let title = situation.title.get(lang).clone();
    let cards = situation
        .resources
        .iter()
        .filter_map(|id| data.counselling.resource(id).cloned())
        .map(|r| view! { <ResourceCard lang=lang resource=r sources=data.sources.clone()/> })
        .collect_view();
    view! {
        <Breadcrumbs lang=lang trail=trail(lang) current=title.clone()/>
        <PageIntro lang=lang title=title description=situation.description.get(lang).clone()/>
        <OwnSummaryLabel lang=lang/>
        <FactList lang=lang facts=situation.facts.clone() sources=data.sources.clone()/>
        <p class="reassurance">{t.reassurance}</p>
        <section aria-labelledby="resources-heading">
            <h2 id="resources-heading">{phrased(t.resources_for_situation)}</h2>
            <ul class="card-list card-list--stack">{cards}</ul>
        </section>
        <p><a href=href(lang, &AppRoute::Counselling)>{t.back_to_situations}</a></p>
    }
    .into_any()
}

fn matches(resource: &Resource, lang: Lang, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || resource.name.plain(lang).to_lowercase().contains(&query)
        || [&resource.operator, &resource.helps_with]
            .iter()
            .any(|t| t.get(lang).to_lowercase().contains(&query))
}

#[component]
fn AllResources(lang: Lang, data: HelpData) -> impl IntoView {
    let t = lang.texts();
    // Kept in memory only; never written to storage or the URL.
    let query = RwSignal::new(String::new());
    let resources = data.counselling.resources.clone();
    let sources = data.sources.clone();
    let shown = Memo::new(move |_| {
        let q = query.get();
        resources
            .iter()
            .filter(|r| matches(r, lang, &q))
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <Breadcrumbs lang=lang trail=trail(lang) current=t.all_resources.title/>
        <CataloguePageIntro lang=lang text=&t.all_resources/>
        <div class="filter">
            <label for="resource-filter">{t.filter_label}</label>
            <input id="resource-filter" type="search" autocomplete="off"
                aria-describedby="resource-filter-hint"
                on:input=move |ev| query.set(event_target_value(&ev))
                prop:value=move || query.get()/>
            <p id="resource-filter-hint" class="note">{t.filter_hint}</p>
        </div>
        <p class="filter__count" role="status">
            {move || match shown.with(Vec::len) {
                0 => t.filter_none.text(),
                n => t.filter_count.fill("{n}", &n.to_string()),
            }.into_render()}
        </p>
        <ul class="card-list card-list--stack">
            {move || shown.get().into_iter().map(|r| view! { <ResourceCard lang=lang resource=r sources=sources.clone()/> }).collect_view()}
        </ul>
    }
}
