//! `counselling.json`: where people can talk to someone (consultation resources), and the
//! situations people come with, each mapped to the resources that fit it.

use super::plan::Validator;
use super::sources::Sources;
use super::{Fact, Localized, Name, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "counselling.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Counselling {
    pub situations: Vec<Situation>,
    pub resources: Vec<Resource>,
}

/// "What is your situation?": one answer, and the resources that fit it, best first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    pub title: Localized,
    /// One or two calm sentences in the site's own words: what this situation is. Facts go in
    /// `facts`, each with its source.
    pub description: Localized,
    pub facts: Vec<Fact>,
    pub resources: Vec<String>,
}

/// A consultation service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub name: Name,
    pub operator: Localized,
    pub helps_with: Localized,
    /// Who may use it and on what terms, e.g. "anyone, free, anonymous".
    pub who: Localized,
    /// Languages it can be used in, as written by the source (e.g. 日本語 / Japanese).
    pub languages: Localized,
    pub contacts: Vec<Contact>,
    /// The page that describes the service; every card shows it.
    pub source: SourceRef,
}

/// One way to reach a resource. Its own source decides the certainty shown next to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    pub label: Localized,
    /// A phone number as printed (`0570-003-110`) or an https URL.
    pub value: String,
    #[serde(default)]
    pub hours: Option<Localized>,
    pub source: SourceRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Phone,
    Web,
}

impl Contact {
    /// The `tel:` URL of a phone contact (digits only), or `None` for other kinds.
    pub fn tel_href(&self) -> Option<String> {
        (self.kind == ContactKind::Phone).then(|| {
            let digits: String = self.value.chars().filter(char::is_ascii_digit).collect();
            format!("tel:{digits}")
        })
    }
}

/// A phone number as Japan prints it: digits in groups joined by single hyphens, 10–11 digits.
pub fn is_phone_number(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (10..=11).contains(&digits)
        && value.starts_with('0')
}

impl Counselling {
    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }

    pub fn validate(&self, sources: &Sources) -> Vec<String> {
        let mut v = Validator {
            sources,
            errors: Vec::new(),
        };
        v.unique_ids("situation", self.situations.iter().map(|s| s.id.as_str()));
        for s in &self.situations {
            v.text(&s.id, &s.title);
            v.text(&s.id, &s.description);
            s.facts.iter().for_each(|f| v.fact(&s.id, f));
            if s.resources.is_empty() {
                v.errors
                    .push(format!("situation {:?} lists no resource", s.id));
            }
            for r in &s.resources {
                if self.resource(r).is_none() {
                    v.errors
                        .push(format!("situation {:?} names unknown resource {r:?}", s.id));
                }
            }
        }
        if self.situations.iter().any(|s| s.id == "all") {
            v.errors
                .push("situation id \"all\" is reserved for the all-resources view".into());
        }
        v.unique_ids("resource", self.resources.iter().map(|r| r.id.as_str()));
        for r in &self.resources {
            let what = format!("resource {:?}", r.id);
            v.name(&what, &r.name);
            for t in [&r.operator, &r.helps_with, &r.who, &r.languages] {
                v.text(&what, t);
            }
            v.cite(&what, &r.source);
            for c in &r.contacts {
                v.text(&what, &c.label);
                if let Some(h) = &c.hours {
                    v.text(&what, h);
                }
                v.cite(&what, &c.source);
                match c.kind {
                    ContactKind::Phone if !is_phone_number(&c.value) => v
                        .errors
                        .push(format!("{what}: {:?} is not a phone number", c.value)),
                    ContactKind::Web
                        if !c.value.starts_with("https://") && !c.value.starts_with("http://") =>
                    {
                        v.errors
                            .push(format!("{what}: {:?} is not a web address", c.value))
                    }
                    _ => {}
                }
            }
            if !self.situations.iter().any(|s| s.resources.contains(&r.id)) {
                v.errors.push(format!("{what} fits no situation"));
            }
        }
        v.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_japan_prints_them() {
        assert!(is_phone_number("0570-003-110"));
        assert!(is_phone_number("03-3286-2648"));
        assert!(is_phone_number("0120-811-610"));
        for bad in [
            "",
            "0570003110",
            "570-003-110",
            "0570--003-110",
            "0570-003-11a",
            "+81-3-1234-5678",
        ] {
            assert!(!is_phone_number(bad), "{bad:?}");
        }
    }

    #[test]
    fn tel_links_keep_only_digits() {
        let c = Contact {
            kind: ContactKind::Phone,
            label: Localized {
                ja: "電話".into(),
                en: "Phone".into(),
                easy: "｜電話《でんわ》".into(),
            },
            value: "0570-003-110".into(),
            hours: None,
            source: SourceRef {
                source: "x".into(),
                page: None,
                as_of: None,
            },
        };
        assert_eq!(c.tel_href().as_deref(), Some("tel:0570003110"));
    }
}
