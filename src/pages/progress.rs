//! `/progress` and `/progress/{card}`: the Whole Genome Analysis Action Plan's case counts and
//! budgets as cards (charts, tables, downloads), each also on its own route; the overview shows
//! the long cards in short.

use crate::app_data::use_app_data;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_state::loaded;
use crate::components::not_found_notice::NotFoundNotice;
use crate::components::page_intro::{CataloguePageIntro, PageIntro};
use crate::components::progress_card::{card_overview_view, card_title, card_view};
use crate::data::progress::CARDS;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedOptions};
use leptos::prelude::*;

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
            move |(progress, sources)| CARDS.iter().map(|c| card_overview_view(lang, c, &progress, &sources)).collect_view(),
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
