//! The Action Plan's figures as tables a screen reader reads: cases per field and fiscal year, and
//! budget lines, with units, notes, date and source.

use crate::components::bar_chart::{Bar, BarChart, BarStyle};
use crate::components::card_tools::{in_embed, CardTools};
use crate::components::chart_views::{ChartViews, ChartsContent};
use crate::components::event_list::EventList;
use crate::components::org_diagram::OrgDiagram;
use crate::components::phrase_breaks::phrased;
use crate::components::ruby_text::without_ruby;
use crate::components::source_line::{FactList, LabelledDate, SourceLine};
use crate::components::term_mark::marked;
use crate::data::progress::{
    ActionPlan, Budget, CaseCounts, CaseSeries, Organisation, Presented, Programme,
};
use crate::data::sources::{DateKind, Sources};
use crate::data::Event;
use crate::format;
use crate::i18n::{Lang, UiText};
use crate::routes::{href, AppRoute, EmbedCard, EmbedOptions};
use crate::text::Text;
use leptos::prelude::*;

/// The link to a card's own page, and its share and embed tools (inside an embed, neither).
#[component]
fn CardFooter(lang: Lang, card: &'static str, #[prop(into)] title: String) -> impl IntoView {
    let own_page = (!in_embed()).then(|| {
        view! {
            <p class="card-actions">
                <a href=href(lang, &AppRoute::ProgressCard(card.into()))>{lang.texts().card_link}</a>
            </p>
        }
    });
    view! {
        {own_page}
        <CardTools lang=lang card=EmbedCard::Progress(card.into()) title=title/>
    }
}

#[component]
fn Notes(lang: Lang, notes: Vec<crate::data::Localized>) -> impl IntoView {
    view! {
        <ul class="notes" aria-label=lang.texts().notes_heading>
            {notes.into_iter().map(|n| view! { <li>{marked(n.get(lang))}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn CaseCountTable(lang: Lang, series: CaseSeries, unit: Text) -> impl IntoView {
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
                <caption>{series.name.get(lang).clone()}" ("{unit}")"</caption>
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

fn series_chart(
    lang: Lang,
    series: &CaseSeries,
    cumulative: bool,
    style: BarStyle,
    unit: &str,
) -> impl IntoView {
    let t = lang.texts();
    let bars: Vec<Bar> = series
        .rows
        .iter()
        .map(|r| {
            let value = if cumulative { r.cumulative } else { r.annual };
            Bar {
                label: without_ruby(&format::fiscal_year(r.fy, r.fy_end, lang), lang),
                value,
                value_label: format::count(value),
            }
        })
        .collect();
    let view_name = if cumulative {
        t.chart_view_cumulative
    } else {
        t.chart_view_annual
    };
    let title = format!("{} ({view_name}, {unit})", series.name.get(lang));
    let description = bars
        .iter()
        .map(|b| format!("{} {}", b.label, b.value_label))
        .collect::<Vec<_>>()
        .join(t.list_separator.source());
    let id = format!(
        "chart-{}-{}",
        series.id,
        if cumulative { "cumulative" } else { "annual" }
    );
    view! {
        <figure class="chart">
            <figcaption>{series.name.get(lang).clone()}</figcaption>
            <BarChart id=id title=title description=description bars=bars style=style/>
        </figure>
    }
}

/// The case counts card: a chart per field (per year or cumulative), the same data as tables,
/// and downloads generated from it.
#[component]
pub fn CaseCountsSection(
    lang: Lang,
    cases: CaseCounts,
    sources: Sources,
    /// An embed's choices: the table instead of the charts, running totals first.
    #[prop(optional)]
    options: EmbedOptions,
) -> impl IntoView {
    let t = lang.texts();
    let unit = cases.unit.get(lang).clone();
    // Both views are drawn, so switching between them needs nothing but the page (the controls
    // alone switch them on a pre-rendered page).
    let charts = |cumulative: bool| {
        let drawn = cases
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let style = if i % 2 == 0 {
                    BarStyle::Solid
                } else {
                    BarStyle::Hatched
                };
                series_chart(lang, s, cumulative, style, &unit.to_string())
            })
            .collect_view()
            .into_any();
        ChartsContent::Drawn(drawn)
    };
    let tables = cases
        .series
        .iter()
        .map(|s| view! { <CaseCountTable lang=lang series=s.clone() unit=unit.clone()/> })
        .collect_view();
    let csv = format::data_url("text/csv", &cases.to_csv(lang));
    let json = format::data_url("application/json", &cases.to_json());
    view! {
        <section class="data-card" id="card-cases" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{phrased(cases.title.get(lang))}</h2>
            <p class="headline-figure">
                {t.all_fields_total}": "<strong>{format::count(cases.total)}</strong>" "{unit.clone()}
            </p>
            {if options.table {
                view! { <div class="tables">{tables}</div> }.into_any()
            } else {
                view! {
                    <ChartViews lang=lang cumulative_first=options.cumulative annual=charts(false) cumulative=charts(true)/>
                    <details class="disclosure">
                        <summary>{t.show_table}</summary>
                        {tables}
                    </details>
                }.into_any()
            }}
            <Notes lang=lang notes=cases.notes.clone()/>
            <SourceLine lang=lang sources=sources.clone() cite=cases.source.clone()/>
            <p>{marked(cases.earlier_statement.text.get(lang))}</p>
            <SourceLine lang=lang sources=sources cite=cases.earlier_statement.source.clone()/>
            <p class="card-actions">
                <a class="button button--secondary" href=csv download="genome-navi-cases.csv">{t.download_csv}</a>
                <a class="button button--secondary" href=json download="genome-navi-cases.json">{t.download_json}</a>
            </p>
            <CardFooter lang=lang card="cases" title=cases.title.get(lang).to_string()/>
        </section>
    }
}

/// A budget bar's label: the fiscal year and which budget. In やさしい日本語 the readings stand in
/// for the kanji (SVG has no ruby), which makes the label too wide for one line, so the kind of
/// budget goes on a second line.
fn bar_label(year: &Text, suffix: UiText, lang: Lang) -> String {
    let suffix = without_ruby(&suffix.text(), lang);
    match lang {
        Lang::Easy => format!("{}\n{suffix}", without_ruby(year, lang)),
        Lang::Ja | Lang::En => format!("{year}{suffix}"),
    }
}

#[component]
pub fn BudgetSection(
    lang: Lang,
    budget: Budget,
    sources: Sources,
    /// An embed's choices: with `table`, the tables without the chart.
    #[prop(optional)]
    options: EmbedOptions,
) -> impl IntoView {
    let t = lang.texts();
    let unit = budget.unit.get(lang).to_string();
    let unit_source = budget.unit.get(lang).source().to_string();
    let amount = |n: u32, approx: bool, larger: bool| {
        let mut s = String::new();
        if approx {
            s.push_str(t.approximately.source());
        }
        s.push_str(&format!("{n} {unit_source}"));
        if larger {
            s.push_str(t.part_of_larger.source());
        }
        Text::assembled(s)
    };
    let rows = budget
        .lines
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{l.name.shown(lang)}</th>
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
                    <td>{format!("{} ", s.amount)}{budget.unit.get(lang).clone()}{s.draft.then(|| t.draft_label.into_render())}</td>
                </tr>
            }
        })
        .collect_view();
    // Only the line that is this work's own amount is charted; 内数 lines would mislead.
    let mut bars = Vec::new();
    for l in budget.lines.iter().filter(|l| !l.part_of_larger) {
        for (fy, value) in [
            (budget.fiscal_year - 1, l.previous),
            (budget.fiscal_year, l.amount),
        ] {
            bars.push(Bar {
                label: bar_label(&format::fiscal_year(fy, None, lang), t.initial_suffix, lang),
                value,
                value_label: value.to_string(),
            });
        }
    }
    for s in &budget.supplementary {
        bars.push(Bar {
            label: bar_label(
                &format::fiscal_year(s.fiscal_year, None, lang),
                t.supplementary_suffix,
                lang,
            ),
            value: s.amount,
            value_label: match s.draft {
                true => format!("{}{}", s.amount, without_ruby(&t.draft_mark.text(), lang)),
                false => s.amount.to_string(),
            },
        });
    }
    let description = bars
        .iter()
        .map(|b| format!("{} {} {unit}", b.label.replace('\n', " "), b.value_label))
        .collect::<Vec<_>>()
        .join(t.list_separator.source());
    let chart_title = Text::assembled(format!("{} ({unit_source})", t.budget_chart_title.source()));
    view! {
        <section class="data-card" id="card-budget" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{phrased(budget.title.get(lang))}</h2>
            {(!options.table).then(|| view! {
                <figure class="chart">
                    <figcaption>{chart_title.clone()}</figcaption>
                    <BarChart id="chart-budget".to_string() title=chart_title.to_string() description=description bars=bars style=BarStyle::Solid/>
                </figure>
                <p class="note">{t.budget_chart_note}</p>
            })}
            <div class="table-wrap">
                <table class="data-table" id="budget-lines">
                    <caption>{budget.title.get(lang).clone()}</caption>
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
            <CardFooter lang=lang card="budget" title=budget.title.get(lang).to_string()/>
        </section>
    }
}

/// When the Action Plan was adopted and the medical care it aims at, each with its source: the top
/// of its card, and all of it that the progress overview shows.
#[component]
fn ActionPlanAim(lang: Lang, plan: ActionPlan, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    view! {
        <p>{t.adopted_label}": "<LabelledDate lang=lang kind=DateKind::Event date=Some(plan.adopted.clone())/></p>
        <SourceLine lang=lang sources=sources.clone() cite=plan.adopted_source.clone()/>
        <h3>{phrased(t.action_plan_aim)}</h3>
        <p>{marked(plan.aim.text.get(lang))}</p>
        <SourceLine lang=lang sources=sources cite=plan.aim.source.clone()/>
    }
}

/// To which meeting and on which day a material was presented, with its source.
#[component]
fn PresentedLine(lang: Lang, presented: Presented, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    view! {
        <p class="diagram-presented">
            <span class="diagram-presented__item">
                {t.presented_to_label}": "{presented.to.get(lang).clone()}
            </span>
            " "
            <span class="diagram-presented__item">
                {t.presented_on_label}": "
                <LabelledDate lang=lang kind=DateKind::Event date=Some(presented.on.clone())/>
            </span>
        </p>
        <SourceLine lang=lang sources=sources cite=presented.source.clone()/>
    }
}

/// A long card in short, as the progress overview shows it: its heading, what `children` give of
/// it, and a link to the whole card on its own page, saying what is there.
#[component]
fn ShortCard(
    lang: Lang,
    /// The card's id (`action-plan`, …): its route, and the ids its whole form has too.
    card: &'static str,
    title: Text,
    more: Text,
    children: Children,
) -> impl IntoView {
    let heading = format!("{card}-heading");
    let labelled_by = heading.clone();
    view! {
        <section class="data-card" id=format!("card-{card}") aria-labelledby=labelled_by>
            <h2 id=heading>{phrased(title)}</h2>
            {children()}
            <p class="card-actions">
                <a href=href(lang, &AppRoute::ProgressCard(card.into()))>{more}</a>
            </p>
        </section>
    }
}

/// The Action Plan on the progress overview: adopted when and what it aims at; its programmes and
/// their diagram are on the card's own page.
#[component]
pub fn ActionPlanSummary(lang: Lang, plan: ActionPlan, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    view! {
        <ShortCard lang=lang card="action-plan" title=plan.title.shown(lang) more=t.action_plan_more_link.text()>
            <ActionPlanAim lang=lang plan=plan sources=sources/>
        </ShortCard>
    }
}

/// The planned organisation on the progress overview: what the drawing is and where it was
/// presented; the drawing, its lists, the policies and later reports are on the card's own page.
#[component]
pub fn OrganisationSummary(lang: Lang, org: Organisation, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    view! {
        <ShortCard lang=lang card="organisation" title=org.title.get(lang).clone() more=t.organisation_more_link.text()>
            <p class="diagram-status">{marked(org.structure.status.get(lang))}</p>
            <PresentedLine lang=lang presented=org.presented sources=sources/>
        </ShortCard>
    }
}

/// How many of the newest events the progress overview shows.
const TIMELINE_LATEST: usize = 3;

/// The timeline on the progress overview: its newest events, saying how many there are in all.
#[component]
pub fn TimelineSummary(lang: Lang, milestones: Vec<Event>, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let total = milestones.len();
    let latest = milestones[total.saturating_sub(TIMELINE_LATEST)..].to_vec();
    let count = format::count(total as u32);
    let note = t
        .timeline_latest_note
        .fill_all(&[("{count}", &count), ("{shown}", &latest.len().to_string())]);
    view! {
        <ShortCard lang=lang card="timeline" title=t.timeline_title.text() more=t.timeline_more_link.fill("{count}", &count)>
            <p>{note}</p>
            <EventList lang=lang events=latest sources=sources class="timeline"/>
        </ShortCard>
    }
}

/// The Action Plan 2022 (adopted when, what it aims at) and the programmes that carry it forward:
/// their purpose, what each does, and the scheme of who funds whom.
#[component]
pub fn ActionPlanSection(
    lang: Lang,
    plan: ActionPlan,
    programme: Programme,
    sources: Sources,
) -> impl IntoView {
    let t = lang.texts();
    let title = plan.title.shown(lang);
    view! {
        <section class="data-card" id="card-action-plan" aria-labelledby="action-plan-heading">
            <h2 id="action-plan-heading">{phrased(title.clone())}</h2>
            <ActionPlanAim lang=lang plan=plan sources=sources.clone()/>
            <h3 id="programme-heading">{phrased(programme.title.get(lang))}</h3>
            <h4>{t.programme_aims_heading}</h4>
            <FactList lang=lang facts=programme.aims.clone() sources=sources.clone()/>
            <h4>{t.programme_lines_heading}</h4>
            <FactList lang=lang facts=programme.lines.clone() sources=sources.clone()/>
            <h4>{t.programme_scheme_heading}</h4>
            <OrgDiagram lang=lang diagram=programme.scheme.clone() sources=sources.clone() heading_level=5/>
            <CardFooter lang=lang card="action-plan" title=title/>
        </section>
    }
}

/// The implementing organisation as the source draws it: a planned structure, said to be one,
/// with to whom and when it was presented; what the material presented; and what is reported since.
#[component]
pub fn OrganisationSection(lang: Lang, org: Organisation, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let presented_on = format::labelled_date(DateKind::Event, Some(&org.presented.on), lang);
    let policies_heading = t
        .policies_presented_heading
        .fill("{date}", presented_on.source());
    let presented = org.presented.clone();
    let presented_sources = sources.clone();
    view! {
        <section class="data-card" id="card-organisation" aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">{phrased(org.title.get(lang))}</h2>
            <OrgDiagram lang=lang diagram=org.structure.clone() sources=sources.clone()>
                <PresentedLine lang=lang presented=presented.clone() sources=presented_sources.clone()/>
            </OrgDiagram>
            <h3 id="organisation-policies-heading">{phrased(policies_heading)}</h3>
            <FactList lang=lang facts=org.policies.clone() sources=sources.clone()/>
            <h3 id="organisation-later-heading">{phrased(t.later_heading)}</h3>
            <FactList lang=lang facts=org.later.clone() sources=sources.clone()/>
            <CardFooter lang=lang card="organisation" title=org.title.get(lang).to_string()/>
        </section>
    }
}

#[component]
pub fn TimelineSection(lang: Lang, milestones: Vec<Event>, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    view! {
        <section class="data-card" id="card-timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{phrased(t.timeline_title)}</h2>
            <EventList lang=lang events=milestones sources=sources class="timeline"/>
            <CardFooter lang=lang card="timeline" title=t.timeline_title/>
        </section>
    }
}
