//! `progress.json`: the Whole Genome Analysis Action Plan's figures: cases with data stored per
//! fiscal year and field, and the budget lines, each with unit, date, notes and source.

use super::plan::Validator;
use super::sources::Sources;
use super::{Fact, Localized, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "progress.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub cases: CaseCounts,
    pub budget: Budget,
    pub action_plan: ActionPlan,
    pub organisation: Organisation,
    /// Dated milestones, oldest first.
    pub timeline: Vec<Milestone>,
}

/// 全ゲノム解析等実行計画2022: what it aims at and what it funds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    pub title: Localized,
    pub adopted: String,
    pub aim: Fact,
    pub funds: Fact,
}

/// Who does what in whole genome analysis, as a tree (each body names its parent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub title: Localized,
    pub bodies: Vec<Body>,
    /// The decisions of the expert committee on `decided_on`.
    pub decided_on: String,
    pub decisions: Vec<Fact>,
    /// What is known since, each with its own source and certainty.
    pub later: Vec<Fact>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub name: Localized,
    pub role: Localized,
    #[serde(default)]
    pub parent: Option<String>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: String,
    pub text: Localized,
    pub source: SourceRef,
}

impl Organisation {
    /// The bodies directly under `parent` (`None`: the top level), in data order.
    pub fn children<'a>(&'a self, parent: Option<&'a str>) -> impl Iterator<Item = &'a Body> + 'a {
        self.bodies
            .iter()
            .filter(move |b| b.parent.as_deref() == parent)
    }
}

/// データ格納症例数: cases whose data is stored, per field and fiscal year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseCounts {
    pub title: Localized,
    pub as_of: String,
    pub unit: Localized,
    pub series: Vec<CaseSeries>,
    /// がん + 難病, as the source prints it.
    pub total: u32,
    pub notes: Vec<Localized>,
    /// The source's earlier summary figure (about 25,000 cases FY2020–FY2023).
    pub earlier_statement: Fact,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseSeries {
    pub id: String,
    pub name: Localized,
    pub rows: Vec<CaseRow>,
    /// The cumulative total the source prints for this field.
    pub total: u32,
}

/// One fiscal year (or a span the source combines, e.g. 令和2~3年度).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRow {
    /// The fiscal year (年度) in the Western calendar: FY2024 runs April 2024 – March 2025.
    pub fy: u16,
    /// The last year of a combined span, when the source combines years.
    #[serde(default)]
    pub fy_end: Option<u16>,
    pub annual: u32,
    pub cumulative: u32,
    #[serde(default)]
    pub note: Option<Localized>,
}

impl CaseRow {
    pub fn last_fy(&self) -> u16 {
        self.fy_end.unwrap_or(self.fy)
    }
}

/// Budget lines of one fiscal year's initial budget, and the supplementary budgets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub title: Localized,
    pub fiscal_year: u16,
    /// e.g. 億円 / 100 million yen.
    pub unit: Localized,
    pub lines: Vec<BudgetLine>,
    pub supplementary: Vec<SupplementaryBudget>,
    pub notes: Vec<Localized>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub id: String,
    pub name: Localized,
    pub amount: u32,
    /// The previous year's initial budget, shown in brackets in the source.
    pub previous: u32,
    /// The source writes the previous figure as "about" (約).
    pub previous_approximate: bool,
    /// 内数: the amount is a larger programme's total, of which this work is only a part.
    pub part_of_larger: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupplementaryBudget {
    pub fiscal_year: u16,
    pub amount: u32,
    /// 案: still a proposal when the source was written.
    pub draft: bool,
}

/// The cards of the progress page, each with its own route (`/progress/{card}`).
pub const CARDS: [&str; 5] = ["cases", "budget", "action-plan", "organisation", "timeline"];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

impl CaseCounts {
    /// The case counts as CSV (UTF-8 with a BOM so spreadsheet programs read Japanese), one row per
    /// field and fiscal year, with the date and source on every row.
    pub fn to_csv(&self, lang: crate::i18n::Lang) -> String {
        let mut out = String::from(
            "\u{feff}field,fiscal_year,fiscal_year_end,cases_stored,cumulative,as_of,source_page\n",
        );
        for s in &self.series {
            for r in &s.rows {
                out.push_str(&format!(
                    "{},{},{},{},{},{},{}\n",
                    csv_field(s.name.get(lang)),
                    r.fy,
                    r.last_fy(),
                    r.annual,
                    r.cumulative,
                    self.as_of,
                    self.source.page.map(|p| p.to_string()).unwrap_or_default()
                ));
            }
        }
        out
    }

    /// The case counts as JSON, exactly as the app holds them.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl Progress {
    pub fn validate(&self, sources: &Sources) -> Vec<String> {
        let mut v = Validator {
            sources,
            errors: Vec::new(),
        };
        let c = &self.cases;
        v.text("cases", &c.title);
        v.text("cases", &c.unit);
        v.date("cases as_of", &c.as_of);
        v.cite("cases", &c.source);
        v.fact("earlier statement", &c.earlier_statement);
        c.notes.iter().for_each(|n| v.text("cases note", n));
        v.unique_ids("case series", c.series.iter().map(|s| s.id.as_str()));
        for s in &c.series {
            v.text(&s.id, &s.name);
            let mut running = 0;
            for (i, row) in s.rows.iter().enumerate() {
                let what = format!("{} FY{}", s.id, row.fy);
                running += row.annual;
                if row.cumulative != running {
                    v.errors.push(format!(
                        "{what}: cumulative {} is not the running sum {running}",
                        row.cumulative
                    ));
                }
                if row.last_fy() < row.fy {
                    v.errors.push(format!("{what}: span ends before it starts"));
                }
                if let Some(prev) = i.checked_sub(1).map(|j| &s.rows[j]) {
                    if row.fy != prev.last_fy() + 1 {
                        v.errors.push(format!(
                            "{what}: follows FY{}, a year is missing or doubled",
                            prev.last_fy()
                        ));
                    }
                }
                if let Some(n) = &row.note {
                    v.text(&what, n);
                }
            }
            if s.rows.last().map(|r| r.cumulative) != Some(s.total) {
                v.errors.push(format!(
                    "{}: the last cumulative is not the total {}",
                    s.id, s.total
                ));
            }
        }
        let sum: u32 = c.series.iter().map(|s| s.total).sum();
        if sum != c.total {
            v.errors.push(format!(
                "the fields add up to {sum}, not the total {}",
                c.total
            ));
        }
        let b = &self.budget;
        v.text("budget", &b.title);
        v.text("budget", &b.unit);
        v.cite("budget", &b.source);
        b.notes.iter().for_each(|n| v.text("budget note", n));
        v.unique_ids("budget line", b.lines.iter().map(|l| l.id.as_str()));
        b.lines.iter().for_each(|l| v.text(&l.id, &l.name));
        let a = &self.action_plan;
        v.text("action plan", &a.title);
        v.date("action plan adopted", &a.adopted);
        v.fact("action plan aim", &a.aim);
        v.fact("action plan funds", &a.funds);
        let o = &self.organisation;
        v.text("organisation", &o.title);
        v.date("organisation decided_on", &o.decided_on);
        v.unique_ids("body", o.bodies.iter().map(|b| b.id.as_str()));
        for b in &o.bodies {
            v.text(&b.id, &b.name);
            v.text(&b.id, &b.role);
            v.cite(&b.id, &b.source);
            if let Some(parent) = &b.parent {
                if !o.bodies.iter().any(|x| &x.id == parent) || parent == &b.id {
                    v.errors
                        .push(format!("body {:?} names unknown parent {parent:?}", b.id));
                }
            }
        }
        o.decisions.iter().for_each(|f| v.fact("decision", f));
        o.later.iter().for_each(|f| v.fact("later fact", f));
        for m in &self.timeline {
            v.date("milestone", &m.date);
            v.text(&m.date, &m.text);
            v.cite(&m.date, &m.source);
        }
        if !self.timeline.windows(2).all(|w| w[0].date <= w[1].date) {
            v.errors.push("timeline is not in date order".into());
        }
        v.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn cases() -> CaseCounts {
        let json = include_str!("../../public/data/progress.json");
        let p: Progress = serde_json::from_str(json).expect("progress.json");
        p.cases
    }

    #[test]
    fn csv_has_one_row_per_field_and_year_with_date_and_page() {
        let csv = cases().to_csv(Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("\u{feff}field,fiscal_year"));
        assert_eq!(lines.len(), 1 + 8);
        assert!(lines.contains(&"Intractable (rare) diseases,2020,2021,4521,4521,2025-03-17,10"));
        assert!(lines.contains(&"Cancer,2024,2024,1405,14089,2025-03-17,10"));
    }

    #[test]
    fn csv_quotes_fields_with_commas() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("x\"y,z"), "\"x\"\"y,z\"");
    }

    #[test]
    fn json_round_trips() {
        let c = cases();
        let back: CaseCounts = serde_json::from_str(&c.to_json()).unwrap();
        assert_eq!(back, c);
    }
}
