//! `discrimination.json`: what the Act, the Basic Plan, other official guidance and the press say
//! about unfair discrimination based on genetic information, each under its own heading, and what a
//! person can do, step by step (the site's own summary, its facts cited).

use super::counselling::Counselling;
use super::plan::{Plan, Validator};
use super::sources::{SourceKind, Sources};
use super::{Fact, Localized};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "discrimination.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Discrimination {
    /// What the Act says: cites only the Act, the Diet's summary of it or an official summary.
    pub act: Vec<Fact>,
    /// What the Basic Plan says: cites only Basic Plan documents.
    pub basic_plan: Vec<Fact>,
    /// Other official guidance: ministries, agencies, industry bodies (MOJ, MHLW Q&A, FSA, …).
    pub guidance: Vec<Fact>,
    /// Press reports and commentary.
    pub press: Vec<Fact>,
    /// Related measures of the plan, as `{pillar, measure}` ids in plan.json.
    pub related_measures: Vec<MeasureRef>,
    /// What you can do, in order.
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeasureRef {
    pub pillar: String,
    pub measure: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Localized,
    /// The site's own advice, in its own words. Facts go in `facts`, each with its source.
    pub advice: Localized,
    pub facts: Vec<Fact>,
    /// Resources in counselling.json this step points to.
    pub resources: Vec<String>,
}

/// A heading of the discrimination page and the kinds of source an item under it may cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Act,
    BasicPlan,
    Guidance,
    Press,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Act,
        Section::BasicPlan,
        Section::Guidance,
        Section::Press,
    ];

    /// The only kinds of document an item under this heading may cite.
    pub fn allowed(self) -> &'static [SourceKind] {
        match self {
            Section::Act => &[SourceKind::Act],
            Section::BasicPlan => &[SourceKind::BasicPlan],
            Section::Guidance => &[SourceKind::Guidance],
            Section::Press => &[SourceKind::Press],
        }
    }
}

impl Discrimination {
    /// The items under a heading.
    pub fn section(&self, section: Section) -> &[Fact] {
        match section {
            Section::Act => &self.act,
            Section::BasicPlan => &self.basic_plan,
            Section::Guidance => &self.guidance,
            Section::Press => &self.press,
        }
    }

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
        for section in Section::ALL {
            let what = format!("{section:?} section");
            for f in self.section(section) {
                v.fact(&what, f);
                sources.check_kind(&what, f.citations(), section.allowed(), &mut v.errors);
            }
        }
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
            v.text(&s.id, &s.advice);
            s.facts.iter().for_each(|f| v.fact(&s.id, f));
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
