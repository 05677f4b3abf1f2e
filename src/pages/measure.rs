//! `/plan/{pillar}/{measure}`: one measure with its policies, the Act's principles it serves and
//! where to go next.

use crate::app_data::{use_app_data, PlanData};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::data_state::loaded;
use crate::components::measure_list::PolicyList;
use crate::components::not_found_notice::{NotFoundNotice, PillarNotFound};
use crate::components::page_intro::PageIntro;
use crate::components::phrase_breaks::phrased;
use crate::components::plan_overview::PlanBasisNote;
use crate::components::source_line::SourceLine;
use crate::data::plan::RelatedPage;
use crate::i18n::Lang;
use crate::routes::{href, principle_href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn MeasurePage(lang: Lang, pillar_id: String, measure_id: String) -> impl IntoView {
    let data = use_app_data();
    loaded(
        lang,
        move || data.plan_data(),
        move || data.refetch(),
        move |d| {
            view! { <MeasureDetails lang=lang data=d pillar_id=pillar_id.clone() measure_id=measure_id.clone()/> }
        },
    )
}

#[component]
fn MeasureDetails(
    lang: Lang,
    data: PlanData,
    pillar_id: String,
    measure_id: String,
) -> impl IntoView {
    let t = lang.texts();
    let Some(pillar) = data.plan.pillar(&pillar_id).cloned() else {
        return view! { <PillarNotFound lang=lang/> }.into_any();
    };
    let pillar_href = href(lang, &AppRoute::Pillar(pillar.id.clone()));
    let pillar_name = pillar.name.get(lang).clone();
    let Some(measure) = pillar.measures.iter().find(|m| m.id == measure_id).cloned() else {
        return view! {
            <NotFoundNotice lang=lang text=&t.measure_not_found back_href=pillar_href back_label=t.back_to_plan/>
        }
        .into_any();
    };
    let trail = vec![
        (t.nav_plan.text(), href(lang, &AppRoute::Plan)),
        (pillar_name.clone(), pillar_href),
    ];
    let name = measure.name.get(lang).clone();
    let principles = data
        .law
        .principles
        .iter()
        .filter(|p| measure.principles.contains(&p.id))
        .map(|p| view! { <li><a href=principle_href(lang, &p.id)>{p.title.get(lang).clone()}</a></li> })
        .collect_view();
    let related = measure.related.map(|r| match r {
        RelatedPage::Discrimination => (
            href(lang, &AppRoute::Discrimination),
            t.related_discrimination,
        ),
        RelatedPage::Counselling => (href(lang, &AppRoute::Counselling), t.related_counselling),
    });
    let source = measure.source.clone();
    view! {
        <Breadcrumbs lang=lang trail=trail current=name.clone()/>
        <PageIntro lang=lang title=name description=t.measure_description.fill("{pillar}", pillar_name.source())/>
        <PlanBasisNote lang=lang/>
        <section aria-labelledby="policies-heading">
            <h2 id="policies-heading">{phrased(t.policies_heading)}</h2>
            <PolicyList lang=lang measure=measure/>
            <SourceLine lang=lang sources=data.sources.clone() cite=source/>
        </section>
        {related.map(|(link, label)| view! { <p><a class="button" href=link>{label}</a></p> })}
        <section aria-labelledby="principles-heading">
            <h2 id="principles-heading">{phrased(t.principles_for_measure_heading)}</h2>
            <ul>{principles}</ul>
            <p class="note">{t.own_reading_note}</p>
        </section>
    }
    .into_any()
}
