//! `discrimination.json`: what the Act and the Basic Plan say about unfair discrimination based on
//! genetic information, and what a person can do, step by step.

use super::counselling::Counselling;
use super::plan::{Plan, Validator};
use super::sources::Sources;
use super::{Fact, Localized};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "discrimination.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discrimination {
    /// What the Act says (basic principle, the measure on discrimination), in plain words.
    pub law: Vec<Fact>,
    /// What the Basic Plan commits to under 差別等への適切な対応の確保.
    pub plan: Vec<Fact>,
    /// Related measures of the plan, as `{pillar, measure}` ids in plan.json.
    pub related_measures: Vec<MeasureRef>,
    /// What you can do, in order.
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureRef {
    pub pillar: String,
    pub measure: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Localized,
    pub text: Localized,
    /// Resources in counselling.json this step points to.
    pub resources: Vec<String>,
}

impl Discrimination {
    pub fn validate(
        &self,
        sources: &Sources,
        plan: &Plan,
        counselling: &Counselling,
    ) -> Vec<String> {
        let mut v = Validator {
            sources,
            errors: Vec::new(),
        };
        self.law.iter().for_each(|f| v.fact("law", f));
        self.plan.iter().for_each(|f| v.fact("plan", f));
        for m in &self.related_measures {
            let found = plan
                .pillar(&m.pillar)
                .is_some_and(|p| p.measures.iter().any(|x| x.id == m.measure));
            if !found {
                v.errors.push(format!(
                    "related measure {}/{} is not in plan.json",
                    m.pillar, m.measure
                ));
            }
        }
        v.unique_ids("step", self.steps.iter().map(|s| s.id.as_str()));
        for s in &self.steps {
            v.text(&s.id, &s.title);
            v.text(&s.id, &s.text);
            for r in &s.resources {
                if counselling.resource(r).is_none() {
                    v.errors
                        .push(format!("step {:?} names unknown resource {r:?}", s.id));
                }
            }
        }
        v.errors
    }
}
