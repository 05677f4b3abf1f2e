//! Data model and loaders for the JSON files in `public/data/`: serde types, parsing, validation.
//!
//! Nothing here touches the DOM, so all of it is tested on the host (`cargo test`).

pub mod counselling;
pub mod discrimination;
pub mod law;
pub mod load;
pub mod plan;
pub mod progress;
pub mod sources;

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A text in every language the data is written in. English falls back to Japanese nowhere:
/// both are required, so a missing translation is a parse error, not a silent gap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub ja: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    pub fn is_complete(&self) -> bool {
        !self.ja.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// Where a fact comes from: a source in `sources.json`, optionally the page, and the date the fact
/// holds when that differs from the source's own date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// A statement with its citation: the unit of everything the app asserts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: Localized,
    pub source: SourceRef,
}

/// An id usable in a URL path segment: lowercase ASCII letters, digits and single hyphens.
pub fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An ISO date `YYYY-MM-DD` with a plausible month and day.
pub fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let num = |s: &str| s.parse::<u32>().ok();
            matches!(
                (num(y), num(m), num(d)),
                (Some(_), Some(1..=12), Some(1..=31))
            )
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_safe_ids() {
        assert!(is_url_safe_id("understanding"));
        assert!(is_url_safe_id("non-medical-testing"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "ゲノム"] {
            assert!(!is_url_safe_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2025-05-16"));
        for bad in ["2025-5-16", "2025-13-01", "2025-00-10", "16/05/2025", ""] {
            assert!(!is_iso_date(bad), "{bad:?}");
        }
    }
}
