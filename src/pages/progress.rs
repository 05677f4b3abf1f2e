//! `/progress`: the Whole Genome Analysis Action Plan's case counts and budgets, as tables with
//! their units, notes, date and source. (Charts, downloads and per-card routes come next.)

use crate::app::use_app_data;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::progress_tables::{BudgetSection, CaseCountsSection};
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn ProgressPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    view! {
        <CataloguePageIntro lang=lang text=&t.progress/>
        {loaded(
            lang,
            move || async move { Ok((data.progress.await?, data.sources.await?)) },
            move || data.refetch(),
            move |(progress, sources)| view! {
                <CaseCountsSection lang=lang cases=progress.cases sources=sources.clone()/>
                <BudgetSection lang=lang budget=progress.budget sources=sources/>
            },
        )}
        <p class="notice">{t.charts_coming}</p>
    }
}
