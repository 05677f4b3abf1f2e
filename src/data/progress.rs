//! `progress.json`: the Whole Genome Analysis Action Plan's figures: cases with data stored per
//! fiscal year and field, and the budget lines, each with unit, date, notes and source.

use super::plan::Validator;
use super::sources::Sources;
use super::{Event, Fact, Localized, Name, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "progress.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub cases: CaseCounts,
    pub budget: Budget,
    pub action_plan: ActionPlan,
    pub programme: Programme,
    pub organisation: Organisation,
    /// Dated milestones, oldest first.
    pub timeline: Vec<Event>,
}

/// 全ゲノム解析等実行計画2022: its adoption and the medical care it aims at (slide 9).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    pub title: Name,
    /// 策定: the day the plan was adopted, as the source prints it.
    pub adopted: String,
    pub adopted_source: SourceRef,
    pub aim: Fact,
}

/// The budget programmes that carry the plan forward, as slide 11 presents them: their purpose,
/// what each line does, and the scheme of who funds whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// As the slide titles it (がん・難病の全ゲノム解析等の推進).
    pub title: Localized,
    /// 事業の目的, each sentence with its citation.
    pub aims: Vec<Fact>,
    /// 事業の概要: what each budget line does.
    pub lines: Vec<Fact>,
    /// スキーム: who funds whom, as drawn.
    pub scheme: Diagram,
}

/// The implementing organisation as the source draws it: a planned structure presented to the
/// expert committee, with what the material presented and what has been reported since.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// As the slide titles it (今後の全ゲノム解析の実施体制のイメージ).
    pub title: Localized,
    /// To which meeting, and when, the material was presented.
    pub presented: Presented,
    pub structure: Diagram,
    /// What the material presented: proposals put to a committee, never decisions.
    pub policies: Vec<Fact>,
    /// What has been reported since, each with every source it rests on.
    pub later: Vec<Fact>,
}

/// A document put before a meeting: which meeting and material, and the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Presented {
    /// e.g. 第21回全ゲノム解析等の推進に関する専門委員会 資料2.
    pub to: Localized,
    /// `YYYY-MM-DD`.
    pub on: String,
    pub source: SourceRef,
}

/// A diagram of bodies and the arrows between them, as a slide draws it. The app draws its own
/// picture from this and lists every arrow in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Diagram {
    /// Unique in the page (element ids derive from it).
    pub id: String,
    pub title: Localized,
    /// What the drawing is, e.g. a planned structure rather than bodies that exist.
    pub status: Localized,
    /// Outer boxes before the boxes drawn inside them.
    pub bodies: Vec<DiagramBody>,
    pub relations: Vec<Relation>,
}

/// A box in a diagram.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DiagramBody {
    pub id: String,
    pub name: Name,
    /// What the source says it does; `None` for a box that only names a part of the box it is
    /// drawn in (e.g. AMED研究班① inside the research groups).
    #[serde(default)]
    pub role: Option<Localized>,
    /// The body whose box this one is drawn inside.
    #[serde(default)]
    pub inside: Option<String>,
    /// Grid position of a top-level box, as the slide places it (ignored for boxes inside others).
    pub column: u8,
    pub row: u8,
    /// How many columns a top-level box spans.
    #[serde(default = "one")]
    pub span: u8,
    /// The slide the box and its role come from.
    pub source: SourceRef,
}

fn one() -> u8 {
    1
}

/// An arrow from one body to another, with the words the slide writes on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub from: String,
    pub to: String,
    /// The arrow's words on the slide (e.g. 定期報告); `None` when the source gives none.
    #[serde(default)]
    pub label: Option<Localized>,
    /// Drawn with heads at both ends (e.g. 連携, working together).
    #[serde(default)]
    pub mutual: bool,
    pub source: SourceRef,
}

impl Diagram {
    pub fn body(&self, id: &str) -> Option<&DiagramBody> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The bodies drawn directly inside `outer` (`None`: the top-level boxes), in data order.
    pub fn inside<'a>(
        &'a self,
        outer: Option<&'a str>,
    ) -> impl Iterator<Item = &'a DiagramBody> + 'a {
        self.bodies
            .iter()
            .filter(move |b| b.inside.as_deref() == outer)
    }

    /// Problems a reader would notice: unknown or self-referring bodies, a box inside itself,
    /// overlapping top-level boxes, texts missing a language, citations of unknown sources.
    fn validate(&self, v: &mut Validator) {
        let what = format!("diagram {:?}", self.id);
        v.text(&what, &self.title);
        v.text(&what, &self.status);
        v.unique_ids(&what, self.bodies.iter().map(|b| b.id.as_str()));
        for b in &self.bodies {
            let who = format!("{what} body {:?}", b.id);
            v.name(&who, &b.name);
            if let Some(role) = &b.role {
                v.text(&who, role);
            }
            v.cite(&who, &b.source);
            match &b.inside {
                Some(outer) => {
                    // Follow the chain outwards: it must end at a top-level box, not loop.
                    let mut seen = vec![b.id.as_str()];
                    let mut at = Some(outer.as_str());
                    while let Some(o) = at {
                        if seen.contains(&o) {
                            v.errors.push(format!("{who} is drawn inside itself"));
                            break;
                        }
                        seen.push(o);
                        match self.body(o) {
                            Some(ob) => at = ob.inside.as_deref(),
                            None => {
                                v.errors
                                    .push(format!("{who} is drawn inside unknown body {o:?}"));
                                break;
                            }
                        }
                    }
                }
                None => {
                    if b.span == 0 {
                        v.errors.push(format!("{who} spans no column"));
                    }
                    let cols = |x: &DiagramBody| x.column..x.column.saturating_add(x.span);
                    let clash = self.inside(None).any(|o| {
                        o.id != b.id && o.row == b.row && cols(o).any(|c| cols(b).contains(&c))
                    });
                    if clash {
                        v.errors
                            .push(format!("{who} overlaps another box at row {}", b.row));
                    }
                }
            }
        }
        for (i, r) in self.relations.iter().enumerate() {
            let which = format!("{what} relation {} ({} -> {})", i + 1, r.from, r.to);
            for end in [&r.from, &r.to] {
                if self.body(end).is_none() {
                    v.errors.push(format!("{which} names unknown body {end:?}"));
                }
            }
            if r.from == r.to {
                v.errors.push(format!("{which} points at itself"));
            }
            if let Some(label) = &r.label {
                v.text(&which, label);
            }
            v.cite(&which, &r.source);
        }
    }
}

/// データ格納症例数: cases whose data is stored, per field and fiscal year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub id: String,
    /// The programme's name; no source gives it in English.
    pub name: Name,
    pub amount: u32,
    /// The previous year's initial budget, shown in brackets in the source.
    pub previous: u32,
    /// The source writes the previous figure as "about" (約).
    pub previous_approximate: bool,
    /// 内数: the amount is the whole programme's budget; whole genome analysis, etc. gets a part
    /// of it that the source does not state.
    pub part_of_larger: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupplementaryBudget {
    pub fiscal_year: u16,
    pub amount: u32,
    /// The source writes 案 (proposal) after the amount. Nothing more is known of its status.
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

impl Budget {
    /// The budget as CSV (UTF-8 with a BOM): one row per amount: each line's initial budget in
    /// this and the previous fiscal year, then the supplementary budgets (not split by line).
    pub fn to_csv(&self, lang: crate::i18n::Lang) -> String {
        let mut out = String::from(
            "\u{feff}budget,line_id,line,fiscal_year,amount,unit,approximate,part_of_larger,draft,source_page\n",
        );
        let unit = csv_field(self.unit.get(lang));
        let page = self.source.page.map(|p| p.to_string()).unwrap_or_default();
        for l in &self.lines {
            for (fy, amount, approximate) in [
                (self.fiscal_year - 1, l.previous, l.previous_approximate),
                (self.fiscal_year, l.amount, false),
            ] {
                out.push_str(&format!(
                    "initial,{},{},{fy},{amount},{unit},{approximate},{},false,{page}\n",
                    l.id,
                    // An English name no source gives is marked as our translation, as on the page.
                    csv_field(&l.name.shown(lang)),
                    l.part_of_larger,
                ));
            }
        }
        for s in &self.supplementary {
            out.push_str(&format!(
                "supplementary,,,{},{},{unit},false,false,{},{page}\n",
                s.fiscal_year, s.amount, s.draft
            ));
        }
        out
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
        b.lines.iter().for_each(|l| v.name(&l.id, &l.name));
        let a = &self.action_plan;
        v.name("action plan", &a.title);
        v.date("action plan adopted", &a.adopted);
        v.cite("action plan adopted", &a.adopted_source);
        v.fact("action plan aim", &a.aim);
        let p = &self.programme;
        v.text("programme", &p.title);
        p.aims.iter().for_each(|f| v.fact("programme aim", f));
        p.lines.iter().for_each(|f| v.fact("programme line", f));
        p.scheme.validate(&mut v);
        let o = &self.organisation;
        v.text("organisation", &o.title);
        v.text("organisation presented to", &o.presented.to);
        v.date("organisation presented on", &o.presented.on);
        v.cite("organisation presented", &o.presented.source);
        o.structure.validate(&mut v);
        o.policies.iter().for_each(|f| v.fact("policy", f));
        o.later.iter().for_each(|f| v.fact("later fact", f));
        if self.programme.scheme.id == o.structure.id {
            v.errors.push("two diagrams share the id".into());
        }
        v.events("timeline", &self.timeline);
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
        assert!(lines.contains(&"Intractable diseases (nanbyō),2020,2021,4521,4521,2025-03-17,10"));
        assert!(lines.contains(&"Cancer,2024,2024,1405,14089,2025-03-17,10"));
    }

    #[test]
    fn budget_csv_has_one_row_per_amount() {
        let json = include_str!("../../public/data/progress.json");
        let p: Progress = serde_json::from_str(json).expect("progress.json");
        let csv = p.budget.to_csv(Lang::Ja);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("\u{feff}budget,line_id"));
        assert_eq!(
            lines.len(),
            1 + 2 * p.budget.lines.len() + p.budget.supplementary.len()
        );
        // Commas outside quotes: every row has as many fields as the header.
        let fields = |line: &str| {
            let mut quoted = false;
            1 + line
                .chars()
                .filter(|&c| {
                    quoted ^= c == '"';
                    c == ',' && !quoted
                })
                .count()
        };
        for lang in Lang::ALL {
            let csv = p.budget.to_csv(lang);
            let header = fields(csv.lines().next().unwrap_or_default());
            assert!(csv.lines().all(|l| fields(l) == header), "{csv}");
        }
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
