//! `law.json`: the Genome Medicine Promotion Act (令和5年法律第57号) in plain words, with sources.

use super::plan::Validator;
use super::sources::{SourceKind, Sources};
use super::{Fact, Localized, Name, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "law.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// The official title (良質かつ適切なゲノム医療を…推進に関する法律). No official English title
    /// is known, so the English is marked as a translation.
    pub title: Name,
    pub title_source: SourceRef,
    /// ゲノム医療推進法 / Genome Medicine Promotion Act.
    pub short_name: Name,
    pub short_name_source: SourceRef,
    /// 令和5年法律第57号 / Act No. 57 of 2023.
    pub number: Localized,
    pub number_source: SourceRef,
    pub promulgated: String,
    pub in_force: String,
    pub dates_source: SourceRef,
    /// 制定の趣旨.
    pub purpose: Fact,
    /// 基本理念: exactly three in the Act.
    pub principles: Vec<Principle>,
    /// 責務: who must do what.
    pub duties: Vec<Duty>,
    /// 財政上の措置等.
    pub financial: Fact,
    /// 基本計画の策定: the duty to make the Basic Plan.
    pub basic_plan: Fact,
    /// The structure of the Act's measures (基本的施策, 地方公共団体の施策).
    pub measures: Vec<LawSection>,
    /// What commentary says about the Act (e.g. that it sets out no ban on discrimination): press
    /// and articles only, shown under a heading that says so.
    pub commentary: Vec<Fact>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    /// A short name for the principle, in plain words.
    pub title: Localized,
    /// The principle as the source states it.
    pub text: Localized,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub id: String,
    pub who: Localized,
    pub text: Localized,
    pub source: SourceRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LawSection {
    pub id: String,
    pub title: Localized,
    pub text: Localized,
    pub source: SourceRef,
}

impl Law {
    pub fn principle_ids(&self) -> Vec<&str> {
        self.principles.iter().map(|p| p.id.as_str()).collect()
    }

    pub fn validate(&self, sources: &Sources) -> Vec<String> {
        let mut v = Validator {
            sources,
            errors: Vec::new(),
        };
        v.name("the Act's title", &self.title);
        v.cite("the Act's title", &self.title_source);
        v.name("the Act's short name", &self.short_name);
        v.cite("the Act's short name", &self.short_name_source);
        v.text("the Act's number", &self.number);
        v.cite("the Act's number", &self.number_source);
        v.date("promulgated", &self.promulgated);
        v.date("in force", &self.in_force);
        v.cite("the Act's dates", &self.dates_source);
        v.fact("purpose", &self.purpose);
        v.fact("financial measures", &self.financial);
        v.fact("basic plan duty", &self.basic_plan);
        v.unique_ids("principle", self.principles.iter().map(|p| p.id.as_str()));
        for p in &self.principles {
            v.text(&p.id, &p.title);
            v.text(&p.id, &p.text);
            v.cite(&p.id, &p.source);
        }
        v.unique_ids("duty", self.duties.iter().map(|d| d.id.as_str()));
        for d in &self.duties {
            v.text(&d.id, &d.who);
            v.text(&d.id, &d.text);
            v.cite(&d.id, &d.source);
        }
        v.unique_ids("law section", self.measures.iter().map(|m| m.id.as_str()));
        for m in &self.measures {
            v.text(&m.id, &m.title);
            v.text(&m.id, &m.text);
            v.cite(&m.id, &m.source);
        }
        // What the Act says must cite the Act; commentary must be labelled as commentary.
        let act_refs = [&self.purpose, &self.financial, &self.basic_plan]
            .into_iter()
            .flat_map(Fact::citations)
            .chain(self.principles.iter().map(|p| &p.source))
            .chain(self.duties.iter().map(|d| &d.source))
            .chain(self.measures.iter().map(|m| &m.source));
        sources.check_kind(
            "the Act's content",
            act_refs,
            &[SourceKind::Act],
            &mut v.errors,
        );
        for f in &self.commentary {
            v.fact("commentary", f);
            sources.check_kind(
                "commentary",
                f.citations(),
                &[SourceKind::Press],
                &mut v.errors,
            );
        }
        v.errors
    }
}
