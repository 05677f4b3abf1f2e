//! `plan.json`: the Basic Plan under the Genome Medicine Promotion Act, complete as the source has it:
//! goal, pillars, measures and their policies, other matters, structure, status and working group.

use super::sources::Certainty;
use super::sources::Sources;
use super::{
    is_iso_date, is_partial_date, is_url_safe_id, Event, Fact, Localized, Name, SourceRef,
};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "plan.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's official title (ゲノム医療施策に関する基本的な計画).
    pub title: Name,
    /// Where the title is given.
    pub title_source: SourceRef,
    /// 全体目標.
    pub goal: Fact,
    pub pillars: Vec<Pillar>,
    /// 第3 その他必要な事項.
    pub other_matters: Vec<OtherMatter>,
    /// 序文, 第1–第3: how the plan is organised.
    pub structure: Vec<PlanPart>,
    /// Dated steps of the plan's status (draft compiled, adopted by the Cabinet, …), oldest first.
    pub status: Vec<Event>,
    /// The planned period, with its source.
    pub period: Fact,
    pub working_group: WorkingGroup,
}

/// One of the three pillars (分野別施策の柱).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub name: Localized,
    pub policies: Vec<Policy>,
    /// Ids of the Act's basic principles (`law.json`) this measure serves. This is the app's own
    /// reading of the two documents, and the UI says so.
    pub principles: Vec<String>,
    /// A page of the app that helps with this measure's topic.
    #[serde(default)]
    pub related: Option<RelatedPage>,
    pub source: SourceRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum RelatedPage {
    Discrimination,
    Counselling,
}

/// One of the "other necessary matters" (連携協力, 地方公共団体, 財政措置, 見直し).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OtherMatter {
    pub id: String,
    pub text: Localized,
    pub source: SourceRef,
}

/// A policy as the plan words it, and one line on what it means for an ordinary reader: the site's
/// own reading, kept to what the policy says (shown with the own-summary label).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The policy as the plan words it (cited by its measure's source).
    pub wording: Localized,
    pub for_you: Localized,
}

/// A part of the plan's structure (序文, 第1, 第2, 第3) and what it contains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanPart {
    pub id: String,
    pub name: Localized,
    pub items: Vec<Localized>,
    pub source: SourceRef,
}

/// The working group that drafted the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    pub name: Name,
    pub purpose: Localized,
    pub remit: Localized,
    /// 構成員, in the source's order (五十音順).
    pub members: Vec<Member>,
    /// The date the member list holds (令和6年12月18日時点).
    pub members_as_of: String,
    /// What the source says about the list (五十音順, 〇 marks the chair).
    pub members_note: Localized,
    pub meetings: Vec<Meeting>,
    pub source: SourceRef,
}

/// A member of the working group as the source lists them. Names are shown as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    pub affiliation: Name,
    /// 〇座長.
    #[serde(default)]
    pub chair: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
    /// What other sources record of this meeting (its official agenda, what it compiled).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<Fact>,
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
        v.name("plan title", &self.title);
        v.cite("plan title", &self.title_source);
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
                for p in &m.policies {
                    v.text(&what, &p.wording);
                    v.text(&format!("{what} (what it means for you)"), &p.for_you);
                }
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
        v.events("status", &self.status);
        let wg = &self.working_group;
        v.name("working group", &wg.name);
        for t in [&wg.purpose, &wg.remit] {
            v.text("working group", t);
        }
        v.cite("working group", &wg.source);
        v.date("members_as_of", &wg.members_as_of);
        v.text("members note", &wg.members_note);
        for m in &wg.members {
            if m.name.trim().is_empty() {
                v.errors.push("a working group member has no name".into());
            }
            v.name(&m.name, &m.affiliation);
        }
        if wg.members.iter().filter(|m| m.chair).count() != 1 {
            v.errors
                .push("the working group must have exactly one chair".into());
        }
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
            m.records.iter().for_each(|f| v.fact(&what, f));
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
        for p in t.easy_problems() {
            self.errors.push(format!("{what}: {p}"));
        }
    }

    pub fn name(&mut self, what: &str, n: &Name) {
        if !n.is_complete() {
            self.errors
                .push(format!("{what}: a name is missing in some language"));
        }
        for p in n.easy_problems() {
            self.errors.push(format!("{what}: {p}"));
        }
        if let Some(r) = &n.en_source {
            self.cite(what, r);
        }
    }

    pub fn cite(&mut self, what: &str, r: &SourceRef) {
        self.sources.check_ref(what, r, &mut self.errors);
    }

    pub fn fact(&mut self, what: &str, f: &Fact) {
        self.text(what, &f.text);
        f.citations().for_each(|c| self.cite(what, c));
    }

    /// Dated events, oldest first: ids, dates as precise as the sources, texts, citations, and an
    /// `unconfirmed` note on every event that no official source confirms.
    pub fn events(&mut self, what: &str, events: &[Event]) {
        self.unique_ids(what, events.iter().map(|e| e.id.as_str()));
        for e in events {
            let at = format!("{what} {:?}", e.id);
            if !is_partial_date(&e.date) {
                self.errors
                    .push(format!("{at}: date {:?} is not YYYY[-MM[-DD]]", e.date));
            }
            self.text(&at, &e.text);
            e.citations().for_each(|c| self.cite(&at, c));
            let official = e
                .citations()
                .filter_map(|r| self.sources.get(&r.source))
                .any(|s| s.certainty == Certainty::Official);
            match &e.unconfirmed {
                None if !official => self.errors.push(format!(
                    "{at} rests on secondary sources only and does not say it is unconfirmed"
                )),
                Some(note) => self.text(&at, note),
                None => {}
            }
        }
        if !events.windows(2).all(|w| w[0].date <= w[1].date) {
            self.errors
                .push(format!("{what} events are not in date order"));
        }
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
