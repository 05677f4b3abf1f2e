//! `plan.json`: the Basic Plan under the Genome Medicine Promotion Act, complete as the source has it:
//! goal, pillars, measures and their policies, other matters, structure, status and working group.

use super::sources::Sources;
use super::{is_iso_date, is_url_safe_id, Fact, Localized, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "plan.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's official title (ゲノム医療施策に関する基本的な計画).
    pub title: Localized,
    /// 全体目標.
    pub goal: Fact,
    pub pillars: Vec<Pillar>,
    /// 第3 その他必要な事項.
    pub other_matters: Vec<OtherMatter>,
    /// 序文, 第1–第3: how the plan is organised.
    pub structure: Vec<PlanPart>,
    /// Dated steps of the plan's status (draft compiled, adopted by the Cabinet, …), oldest first.
    pub status: Vec<StatusEvent>,
    /// The planned period, with its source.
    pub period: Fact,
    pub working_group: WorkingGroup,
}

/// One of the three pillars (分野別施策の柱).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub name: Localized,
    pub summary: Localized,
    pub measures: Vec<Measure>,
    pub source: SourceRef,
}

/// A measure (分野別施策) under a pillar, with every policy the source lists for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub name: Localized,
    pub policies: Vec<Localized>,
    /// Ids of the Act's basic principles (`law.json`) this measure serves. This is the app's own
    /// reading of the two documents, and the UI says so.
    pub principles: Vec<String>,
    /// A page of the app that helps with this measure's topic.
    #[serde(default)]
    pub related: Option<RelatedPage>,
    pub source: SourceRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelatedPage {
    Discrimination,
    Counselling,
}

/// One of the "other necessary matters" (連携協力, 地方公共団体, 財政措置, 見直し).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherMatter {
    pub id: String,
    pub text: Localized,
    pub source: SourceRef,
}

/// A part of the plan's structure (序文, 第1, 第2, 第3) and what it contains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanPart {
    pub id: String,
    pub name: Localized,
    pub items: Vec<Localized>,
    pub source: SourceRef,
}

/// A dated step in the plan's life. Its certainty is that of its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEvent {
    pub id: String,
    pub date: String,
    pub text: Localized,
    pub source: SourceRef,
}

/// The working group that drafted the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    pub name: Localized,
    pub purpose: Localized,
    pub remit: Localized,
    pub meetings: Vec<Meeting>,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub number: u32,
    pub date: String,
    /// For a meeting held over several days (持ち回り開催), the last day.
    #[serde(default)]
    pub end_date: Option<String>,
    pub agenda: Vec<Localized>,
    #[serde(default)]
    pub note: Option<Localized>,
}

impl Plan {
    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    /// Problems a reader would notice; `sources` resolves citations, `principle_ids` the Act's
    /// principles that measures may name.
    pub fn validate(&self, sources: &Sources, principle_ids: &[&str]) -> Vec<String> {
        let mut v = Validator {
            sources,
            errors: Vec::new(),
        };
        v.text("plan title", &self.title);
        v.fact("the goal", &self.goal);
        v.fact("the period", &self.period);
        v.unique_ids("pillar", self.pillars.iter().map(|p| p.id.as_str()));
        for p in &self.pillars {
            let what = format!("pillar {:?}", p.id);
            v.text(&what, &p.name);
            v.text(&what, &p.summary);
            v.cite(&what, &p.source);
            v.unique_ids(&what, p.measures.iter().map(|m| m.id.as_str()));
            for m in &p.measures {
                let what = format!("measure {}/{}", p.id, m.id);
                v.text(&what, &m.name);
                v.cite(&what, &m.source);
                if m.policies.is_empty() {
                    v.errors.push(format!("{what} has no policies"));
                }
                m.policies.iter().for_each(|t| v.text(&what, t));
                for id in &m.principles {
                    if !principle_ids.contains(&id.as_str()) {
                        v.errors
                            .push(format!("{what} names unknown principle {id:?}"));
                    }
                }
            }
        }
        v.unique_ids(
            "other matter",
            self.other_matters.iter().map(|m| m.id.as_str()),
        );
        for m in &self.other_matters {
            v.text(&m.id, &m.text);
            v.cite(&m.id, &m.source);
        }
        v.unique_ids("plan part", self.structure.iter().map(|s| s.id.as_str()));
        for part in &self.structure {
            v.text(&part.id, &part.name);
            part.items.iter().for_each(|t| v.text(&part.id, t));
            v.cite(&part.id, &part.source);
        }
        v.unique_ids("status", self.status.iter().map(|s| s.id.as_str()));
        for s in &self.status {
            v.date(&s.id, &s.date);
            v.text(&s.id, &s.text);
            v.cite(&s.id, &s.source);
        }
        if !self.status.windows(2).all(|w| w[0].date <= w[1].date) {
            v.errors.push("status events are not in date order".into());
        }
        let wg = &self.working_group;
        for t in [&wg.name, &wg.purpose, &wg.remit] {
            v.text("working group", t);
        }
        v.cite("working group", &wg.source);
        for (i, m) in wg.meetings.iter().enumerate() {
            let what = format!("meeting {}", m.number);
            if m.number as usize != i + 1 {
                v.errors
                    .push(format!("{what} is listed as number {}", i + 1));
            }
            v.date(&what, &m.date);
            if let Some(end) = &m.end_date {
                v.date(&what, end);
            }
            m.agenda.iter().for_each(|t| v.text(&what, t));
        }
        if !wg.meetings.windows(2).all(|w| w[0].date < w[1].date) {
            v.errors.push("meetings are not in date order".into());
        }
        v.errors
    }
}

/// Collects validation errors for any data file.
pub(crate) struct Validator<'a> {
    pub sources: &'a Sources,
    pub errors: Vec<String>,
}

impl Validator<'_> {
    pub fn text(&mut self, what: &str, t: &Localized) {
        if !t.is_complete() {
            self.errors
                .push(format!("{what}: a text is missing in some language"));
        }
    }

    pub fn cite(&mut self, what: &str, r: &SourceRef) {
        self.sources.check_ref(what, r, &mut self.errors);
    }

    pub fn fact(&mut self, what: &str, f: &Fact) {
        self.text(what, &f.text);
        self.cite(what, &f.source);
    }

    pub fn date(&mut self, what: &str, d: &str) {
        if !is_iso_date(d) {
            self.errors
                .push(format!("{what}: date {d:?} is not YYYY-MM-DD"));
        }
    }

    pub fn unique_ids<'i>(&mut self, what: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen: Vec<&str> = Vec::new();
        for id in ids {
            if !is_url_safe_id(id) {
                self.errors
                    .push(format!("{what}: id {id:?} is not URL-safe"));
            }
            if seen.contains(&id) {
                self.errors.push(format!("{what}: id {id:?} appears twice"));
            }
            seen.push(id);
        }
    }
}
