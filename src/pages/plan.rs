//! `/plan`: the Basic Plan's goal and pillars, what else it needs, where it stands, how it is
//! organised and who drafted it.

use crate::app_data::{use_app_data, PlanData};
use crate::components::data_state::loaded;
use crate::components::event_list::EventList;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::phrase_breaks::phrased;
use crate::components::plan_overview::PlanOverview;
use crate::components::source_line::{FactList, LabelledDate, SourceLine};
use crate::components::term_mark::marked;
use crate::data::plan::{Meeting, WorkingGroup};
use crate::data::sources::{DateKind, Sources};
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn PlanPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().plan/>
        {loaded(lang, move || data.plan_data(), move || data.refetch(), move |d| view! { <PlanDetails lang=lang data=d/> })}
    }
}

#[component]
fn PlanDetails(lang: Lang, data: PlanData) -> impl IntoView {
    let t = lang.texts();
    let PlanData { plan, sources, .. } = data;
    let other = plan
        .other_matters
        .iter()
        .map(|m| {
            view! {
                <li>{marked(m.text.get(lang))}
                    <SourceLine lang=lang sources=sources.clone() cite=m.source.clone()/>
                </li>
            }
        })
        .collect_view();
    let structure = plan
        .structure
        .iter()
        .map(|part| {
            view! {
                <li>
                    <strong>{part.name.get(lang).clone()}</strong>
                    <ul>{part.items.iter().map(|i| view! { <li>{marked(i.get(lang))}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    let structure_source = plan.structure.first().map(|p| p.source.clone());
    let period = plan.period.clone();
    view! {
        <PlanOverview lang=lang plan=plan.clone() sources=sources.clone()/>
        <section aria-labelledby="other-heading">
            <h2 id="other-heading">{phrased(t.other_matters_heading)}</h2>
            <ul class="plain-list">{other}</ul>
        </section>
        <section aria-labelledby="status-heading">
            <h2 id="status-heading">{phrased(t.status_heading)}</h2>
            <p><strong>{t.official_title_label}": "</strong>{plan.title.shown(lang)}</p>
            <SourceLine lang=lang sources=sources.clone() cite=plan.title_source.clone()/>
            <EventList lang=lang events=plan.status.clone() sources=sources.clone()/>
            <p><strong>{t.period_label}": "</strong>{marked(period.text.get(lang))}</p>
            <SourceLine lang=lang sources=sources.clone() cite=period.source/>
        </section>
        <p><a href=href(lang, &AppRoute::Law)>{t.law_link}</a></p>
        <section aria-labelledby="structure-heading">
            <h2 id="structure-heading">{phrased(t.structure_heading)}</h2>
            <ol class="structure">{structure}</ol>
            {structure_source.map(|cite| view! { <SourceLine lang=lang sources=sources.clone() cite=cite/> })}
        </section>
        <WorkingGroupSection lang=lang group=plan.working_group sources=sources/>
    }
}

/// A meeting's date, or its first and last day for one held over several days.
#[component]
fn MeetingDate(lang: Lang, meeting: Meeting) -> impl IntoView {
    view! {
        <LabelledDate lang=lang kind=DateKind::Event date=Some(meeting.date.clone())/>
        {meeting.end_date.map(|end| view! {
            {lang.texts().date_range_separator}
            <LabelledDate lang=lang kind=DateKind::Event date=Some(end)/>
        })}
    }
}

#[component]
fn WorkingGroupSection(lang: Lang, group: WorkingGroup, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let summary = t
        .meetings_summary
        .fill("{count}", &group.meetings.len().to_string());
    let members_summary = t
        .members_summary
        .fill("{count}", &group.members.len().to_string());
    let members = group
        .members
        .iter()
        .map(|m| {
            view! {
                <li class=if m.chair { "member member--chair" } else { "member" }>
                    // A person's name as the source writes it. No source gives its reading, so none
                    // is shown, in やさしい日本語 either (readings of names are never guessed).
                    <span class="member__name" lang="ja" data-no-reading="">{m.name.clone()}</span>
                    {m.chair.then(|| view! { " "<strong class="member__chair">{t.chair_label}</strong> })}
                    <span class="member__affiliation">{m.affiliation.shown(lang)}</span>
                </li>
            }
        })
        .collect_view();
    let meetings = group
        .meetings
        .iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{t.meeting_number.fill("{n}", &m.number.to_string())}</strong>
                    " "<MeetingDate lang=lang meeting=m.clone()/>
                    <ul>{m.agenda.iter().map(|a| view! { <li>{marked(a.get(lang))}</li> }).collect_view()}</ul>
                    {m.note.as_ref().map(|n| view! { <p class="note">{marked(n.get(lang))}</p> })}
                    {(!m.records.is_empty()).then(|| view! { <FactList lang=lang facts=m.records.clone() sources=sources.clone()/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="wg-heading">
            <h2 id="wg-heading">{phrased(t.working_group_heading)}</h2>
            <p><strong>{group.name.shown(lang)}</strong></p>
            <p>{marked(group.purpose.get(lang))}</p>
            <p>{marked(group.remit.get(lang))}</p>
            <details class="disclosure" id="wg-members">
                <summary>{members_summary}</summary>
                <p class="note">
                    {marked(group.members_note.get(lang))}" "
                    <LabelledDate lang=lang kind=DateKind::HoldsOn date=Some(group.members_as_of.clone())/>
                </p>
                <ul class="members">{members}</ul>
            </details>
            <details class="disclosure">
                <summary>{summary}</summary>
                <ol class="meetings">{meetings}</ol>
            </details>
            <SourceLine lang=lang sources=sources cite=group.source/>
        </section>
    }
}
