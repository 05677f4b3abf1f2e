//! `plan.json`: the Basic Plan under the Genome Medicine Promotion Act: its goal and pillars.

use super::sources::Sources;
use super::{is_url_safe_id, Localized, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "plan.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub goal: Goal,
    pub pillars: Vec<Pillar>,
}

/// The plan's overall goal (全体目標).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub text: Localized,
    pub source: SourceRef,
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

/// A measure (分野別施策) under a pillar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    pub name: Localized,
}

impl Plan {
    /// Problems a reader would notice; `sources` resolves the citations.
    pub fn validate(&self, sources: &Sources) -> Vec<String> {
        let mut errors = Vec::new();
        if !self.goal.text.is_complete() {
            errors.push("the goal lacks text in some language".to_string());
        }
        sources.check_ref("the goal", &self.goal.source, &mut errors);
        for (i, p) in self.pillars.iter().enumerate() {
            let what = format!("pillar {:?}", p.id);
            if !is_url_safe_id(&p.id) {
                errors.push(format!("{what}: id is not URL-safe"));
            }
            if self.pillars[..i].iter().any(|o| o.id == p.id) {
                errors.push(format!("{what}: id appears twice"));
            }
            if !p.name.is_complete() || !p.summary.is_complete() {
                errors.push(format!("{what}: name or summary missing in some language"));
            }
            sources.check_ref(&what, &p.source, &mut errors);
            for (j, m) in p.measures.iter().enumerate() {
                if !is_url_safe_id(&m.id) {
                    errors.push(format!("{what}: measure id {:?} is not URL-safe", m.id));
                }
                if p.measures[..j].iter().any(|o| o.id == m.id) {
                    errors.push(format!("{what}: measure id {:?} appears twice", m.id));
                }
                if !m.name.is_complete() {
                    errors.push(format!(
                        "{what}: measure {:?} lacks a name in some language",
                        m.id
                    ));
                }
            }
        }
        errors
    }
}
