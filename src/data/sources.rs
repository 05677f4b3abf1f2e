//! `sources.json`: the documents every fact in the app cites.

use super::{is_iso_date, is_url_safe_id, Localized, SourceRef};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "sources.json";

/// How sure we are of a source, shown next to what it supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// The operator's own page or document (a ministry, an agency, the organisation itself).
    Official,
    /// Secondary text only: press, mirrors, databases. The UI marks such facts.
    Secondary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: Localized,
    pub publisher: Localized,
    /// The date the document carries (or the page was read), `YYYY-MM-DD`.
    pub date: String,
    /// Where to read it; `None` when the document's address was not recorded.
    #[serde(default)]
    pub url: Option<String>,
    pub certainty: Certainty,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// The source the footer names as the app's main one.
    pub primary: String,
    pub sources: Vec<Source>,
}

impl Sources {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn primary(&self) -> Option<&Source> {
        self.get(&self.primary)
    }

    /// The date a cited fact holds: the reference's own `as_of`, else its source's date.
    pub fn as_of<'a>(&'a self, r: &'a SourceRef) -> Option<&'a str> {
        r.as_of
            .as_deref()
            .or_else(|| self.get(&r.source).map(|s| s.date.as_str()))
    }

    /// Problems a reader would notice: duplicate or unsafe ids, bad dates, missing text.
    pub fn validate(&self) -> Vec<String> {
        let mut errors = Vec::new();
        for (i, s) in self.sources.iter().enumerate() {
            if !is_url_safe_id(&s.id) {
                errors.push(format!("source id {:?} is not URL-safe", s.id));
            }
            if self.sources[..i].iter().any(|o| o.id == s.id) {
                errors.push(format!("source id {:?} appears twice", s.id));
            }
            if !is_iso_date(&s.date) {
                errors.push(format!(
                    "source {:?} has date {:?}, not YYYY-MM-DD",
                    s.id, s.date
                ));
            }
            if !s.title.is_complete() || !s.publisher.is_complete() {
                errors.push(format!(
                    "source {:?} lacks a title or publisher in some language",
                    s.id
                ));
            }
            if let Some(url) = &s.url {
                // Some official pages were only seen at http:// addresses; they are linked as seen.
                if !url.starts_with("https://") && !url.starts_with("http://") {
                    errors.push(format!(
                        "source {:?} has a url that is not a web address",
                        s.id
                    ));
                }
            }
        }
        if self.primary().is_none() {
            errors.push(format!("primary source {:?} is not listed", self.primary));
        }
        errors
    }

    /// Checks that a reference names a listed source and carries a valid date where it has one.
    pub fn check_ref(&self, what: &str, r: &SourceRef, errors: &mut Vec<String>) {
        if self.get(&r.source).is_none() {
            errors.push(format!("{what} cites unknown source {:?}", r.source));
        }
        if let Some(d) = &r.as_of {
            if !is_iso_date(d) {
                errors.push(format!("{what} has as_of {d:?}, not YYYY-MM-DD"));
            }
        }
    }
}
