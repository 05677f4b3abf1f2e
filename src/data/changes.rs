//! `changes.json`: the change log: dated entries of what changed in the content and why, newest first.
//!
//! The entries are the site's own words (they cite no source). The update banner counts the entries
//! a waiting new version has that the running one lacks, by `id`, so ids are never reused.

use super::{is_iso_date, is_url_safe_id, Localized};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "changes.json";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Changes {
    /// Newest first.
    pub entries: Vec<Change>,
}

/// One change of the content: when, what, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Unique and URL-safe; never reused, since versions are compared by it.
    pub id: String,
    /// The day the change was made (`YYYY-MM-DD`), not the date of any source.
    pub date: String,
    /// A short headline.
    pub title: Localized,
    /// What changed, in plain words.
    pub what: Localized,
    /// Why it changed.
    pub why: Localized,
}

impl Changes {
    /// Problems with the log, each naming the entry; empty when it is valid.
    pub fn validate(&self) -> Vec<String> {
        let mut errors = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for c in &self.entries {
            let id = c.id.as_str();
            if !is_url_safe_id(id) {
                errors.push(format!("change {id:?}: id is not URL-safe"));
            }
            if seen.contains(&id) {
                errors.push(format!("change {id:?}: id appears twice"));
            }
            seen.push(id);
            if !is_iso_date(&c.date) {
                errors.push(format!(
                    "change {id:?}: date {:?} is not YYYY-MM-DD",
                    c.date
                ));
            }
            for (field, text) in [("title", &c.title), ("what", &c.what), ("why", &c.why)] {
                if !text.is_complete() {
                    errors.push(format!(
                        "change {id:?}: {field} is missing in some language"
                    ));
                }
            }
        }
        if !self.entries.windows(2).all(|w| w[0].date >= w[1].date) {
            errors.push("changes are not newest first".into());
        }
        errors
    }

    /// The entries grouped by date, newest first, each group in the log's order.
    pub fn by_date(&self) -> Vec<(&str, Vec<&Change>)> {
        let mut groups: Vec<(&str, Vec<&Change>)> = Vec::new();
        for c in &self.entries {
            match groups.last_mut() {
                Some((date, list)) if *date == c.date => list.push(c),
                _ => groups.push((&c.date, vec![c])),
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str) -> Change {
        let text = Localized {
            ja: "変更".into(),
            en: "A change".into(),
            easy: "｜変更《へんこう》".into(),
        };
        Change {
            id: id.into(),
            date: date.into(),
            title: text.clone(),
            what: text.clone(),
            why: text,
        }
    }

    #[test]
    fn a_valid_log_groups_by_date() {
        let log = Changes {
            entries: vec![
                entry("b", "2026-12-01"),
                entry("a", "2026-11-24"),
                entry("c", "2026-11-24"),
            ],
        };
        assert_eq!(log.validate(), Vec::<String>::new());
        let groups: Vec<(&str, usize)> = log.by_date().iter().map(|(d, l)| (*d, l.len())).collect();
        assert_eq!(groups, [("2026-12-01", 1), ("2026-11-24", 2)]);
    }

    #[test]
    fn duplicate_ids_bad_dates_missing_texts_and_order_are_caught() {
        let mut late = entry("a", "2026-12-01");
        late.why.en = " ".into();
        let log = Changes {
            entries: vec![entry("a", "2026-11-24"), late, entry("Bad", "24/11/2026")],
        };
        let errors = log.validate().join("\n");
        for expected in [
            "id appears twice",
            "why is missing",
            "not URL-safe",
            "not YYYY-MM-DD",
            "not newest first",
        ] {
            assert!(errors.contains(expected), "{expected}: {errors}");
        }
    }
}
