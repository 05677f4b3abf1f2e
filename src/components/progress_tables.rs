//! The Action Plan's figures as tables a screen reader reads: cases per field and fiscal year, and
//! budget lines, with units, notes, date and source.

use crate::components::source_line::SourceLine;
use crate::data::progress::{Budget, CaseCounts, CaseSeries};
use crate::data::sources::Sources;
use crate::format;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
fn Notes(lang: Lang, notes: Vec<crate::data::Localized>) -> impl IntoView {
    view! {
        <ul class="notes" aria-label=lang.texts().notes_heading>
            {notes.into_iter().map(|n| view! { <li>{n.get(lang).to_string()}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn CaseCountTable(lang: Lang, series: CaseSeries, unit: String) -> impl IntoView {
    let t = lang.texts();
    let rows = series
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{format::fiscal_year(r.fy, r.fy_end, lang)}</th>
                    <td>{format::count(r.annual)}</td>
                    <td>{format::count(r.cumulative)}</td>
                </tr>
            }
        })
        .collect_view();
    let row_notes: Vec<_> = series.rows.iter().filter_map(|r| r.note.clone()).collect();
    view! {
        <div class="table-wrap">
            <table class="data-table" id=format!("cases-{}", series.id)>
                <caption>{series.name.get(lang).to_string()}" ("{unit}")"</caption>
                <thead><tr>
                    <th scope="col">{t.fiscal_year_header}</th>
                    <th scope="col">{t.annual_header}</th>
                    <th scope="col">{t.cumulative_header}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row">{t.total_label}</th>
                    <td></td>
                    <td>{format::count(series.total)}</td>
                </tr></tfoot>
            </table>
        </div>
        <Notes lang=lang notes=row_notes/>
    }
}

#[component]
pub fn CaseCountsSection(lang: Lang, cases: CaseCounts, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let unit = cases.unit.get(lang).to_string();
    let tables = cases
        .series
        .iter()
        .map(|s| view! { <CaseCountTable lang=lang series=s.clone() unit=unit.clone()/> })
        .collect_view();
    view! {
        <section aria-labelledby="cases-heading">
            <h2 id="cases-heading">{cases.title.get(lang).to_string()}</h2>
            <p class="headline-figure">
                {t.all_fields_total}": "<strong>{format::count(cases.total)}</strong>" "{unit.clone()}
            </p>
            {tables}
            <Notes lang=lang notes=cases.notes.clone()/>
            <SourceLine lang=lang sources=sources.clone() cite=cases.source.clone()/>
            <p>{cases.earlier_statement.text.get(lang).to_string()}</p>
            <SourceLine lang=lang sources=sources cite=cases.earlier_statement.source.clone()/>
        </section>
    }
}

#[component]
pub fn BudgetSection(lang: Lang, budget: Budget, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let unit = budget.unit.get(lang).to_string();
    let amount = |n: u32, approx: bool, larger: bool| {
        let mut s = String::new();
        if approx {
            s.push_str(t.approximately);
        }
        s.push_str(&format!("{n} {unit}"));
        if larger {
            s.push_str(t.part_of_larger);
        }
        s
    };
    let rows = budget
        .lines
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{l.name.get(lang).to_string()}</th>
                    <td>{amount(l.amount, false, l.part_of_larger)}</td>
                    <td>{amount(l.previous, l.previous_approximate, l.part_of_larger)}</td>
                </tr>
            }
        })
        .collect_view();
    let supplementary = budget
        .supplementary
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{format::fiscal_year(s.fiscal_year, None, lang)}</th>
                    <td>{format!("{} {unit}", s.amount)}{s.draft.then_some(t.draft_label)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="budget-heading">
            <h2 id="budget-heading">{budget.title.get(lang).to_string()}</h2>
            <div class="table-wrap">
                <table class="data-table" id="budget-lines">
                    <caption>{budget.title.get(lang).to_string()}</caption>
                    <thead><tr>
                        <th scope="col">{t.budget_line_header}</th>
                        <th scope="col">{t.budget_amount_header}</th>
                        <th scope="col">{t.budget_previous_header}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table class="data-table" id="budget-supplementary">
                    <caption>{t.supplementary_heading}</caption>
                    <thead><tr>
                        <th scope="col">{t.fiscal_year_header}</th>
                        <th scope="col">{t.supplementary_heading}</th>
                    </tr></thead>
                    <tbody>{supplementary}</tbody>
                </table>
            </div>
            <Notes lang=lang notes=budget.notes.clone()/>
            <SourceLine lang=lang sources=sources cite=budget.source.clone()/>
        </section>
    }
}
