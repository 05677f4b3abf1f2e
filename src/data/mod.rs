//! Data model and loaders for the JSON files in `public/data/`: serde types, parsing, validation.
//!
//! Nothing here touches the DOM, so all of it is tested on the host (`cargo test`).

pub mod changes;
pub mod counselling;
pub mod discrimination;
pub mod files;
pub mod glossary;
pub mod law;
pub mod load;
pub mod plan;
pub mod progress;
pub mod sources;

use crate::i18n::Lang;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// A text in every language the app is shown in. No language falls back to another: all three are
/// required, so a missing translation is a parse error, not a silent gap. Each is a `Text`, which
/// may carry readings (｜漢字《かんじ》); やさしい日本語 carries one on every kanji.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub ja: Text,
    pub en: Text,
    pub easy: Text,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &Text {
        match lang {
            Lang::Ja => &self.ja,
            Lang::Easy => &self.easy,
            Lang::En => &self.en,
        }
    }

    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|&l| !self.get(l).trim().is_empty())
    }

    /// What keeps the やさしい日本語 text from being readable by someone who cannot read kanji.
    pub fn easy_problems(&self) -> Vec<String> {
        easy_text_problems(&self.easy)
    }
}

/// What is wrong with a やさしい日本語 text: a kanji outside any ruby base (no reading), or a
/// reading over a base without kanji. (Malformed notation never gets this far: it fails parsing.)
pub fn easy_text_problems(t: &Text) -> Vec<String> {
    let mut problems = Vec::new();
    let bare = t.ruby().kanji_without_reading();
    if !bare.is_empty() {
        let bare: String = bare.into_iter().collect();
        problems.push(format!(
            "kanji without a reading ({bare}) in {:?}",
            t.source()
        ));
    }
    for base in t.ruby().bases_without_kanji() {
        problems.push(format!(
            "a reading over {base:?}, which has no kanji, in {:?}",
            t.source()
        ));
    }
    problems
}

/// What is wrong with an official name's やさしい日本語 text: `easy_text_problems`, and not
/// starting with the official Japanese itself (with readings), which lets the reader match it to
/// what they see elsewhere; an explanation may follow.
pub fn official_name_easy_problems(ja: &Text, easy: &Text) -> Vec<String> {
    let mut problems = easy_text_problems(easy);
    if !easy.starts_with(ja.as_str()) {
        problems.push(format!(
            "{:?} does not start with the official name {:?}",
            easy.source(),
            ja.as_str()
        ));
    }
    problems
}

/// Where a fact comes from: a source in `sources.json`, optionally the page, and the date the fact
/// holds when that differs from the source's own date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: Localized,
    pub source: SourceRef,
    /// Further sources for the same statement, when one alone does not carry all of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<SourceRef>,
}

impl Fact {
    /// Every citation of the statement, the main one first.
    pub fn citations(&self) -> impl Iterator<Item = &SourceRef> {
        std::iter::once(&self.source).chain(&self.also)
    }
}

/// A dated event (the plan's status, a milestone), as certain as its sources and no more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// As precise as the sources agree on: `2025-11` when only the month is certain.
    pub date: String,
    pub text: Localized,
    pub source: SourceRef,
    /// Further sources for the same event, when one alone does not carry all of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<SourceRef>,
    /// What is not confirmed, in words a reader notices. Required when no source is official.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unconfirmed: Option<Localized>,
}

impl Event {
    /// Every citation of the event, the main one first.
    pub fn citations(&self) -> impl Iterator<Item = &SourceRef> {
        std::iter::once(&self.source).chain(&self.also)
    }
}

/// A proper name: the Japanese as the source writes it, and an English name that is official only
/// when `en_source` cites where it is given. Otherwise the English is the site's own translation,
/// and the UI says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub ja: Text,
    pub en: Text,
    /// The official Japanese with a reading on every kanji, and after it, where the name is hard,
    /// a short explanation in easy words.
    pub easy: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_source: Option<SourceRef>,
}

impl Name {
    /// The name as the reader sees it; an unofficial English name is marked as our translation.
    pub fn shown(&self, lang: Lang) -> Text {
        match lang {
            Lang::Ja => self.ja.clone(),
            Lang::Easy => self.easy.clone(),
            Lang::En if self.en_source.is_some() => self.en.clone(),
            Lang::En => Text::literal(format!("{} {}", self.en, lang.texts().our_translation)),
        }
    }

    /// The plain text in a language, without any mark (for ids, sorting and file names).
    pub fn plain(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::Easy => &self.easy,
            Lang::En => &self.en,
        }
    }

    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|&l| !self.plain(l).trim().is_empty())
    }

    /// What is wrong with the name's やさしい日本語 text (`official_name_easy_problems`).
    pub fn easy_problems(&self) -> Vec<String> {
        official_name_easy_problems(&self.ja, &self.easy)
    }
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

/// A date as precise as the source is: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_partial_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y] => y.len() == 4 && num(y).is_some(),
        [y, m] => {
            y.len() == 4 && m.len() == 2 && num(y).is_some() && matches!(num(m), Some(1..=12))
        }
        _ => is_iso_date(date),
    }
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
    fn partial_dates_are_as_precise_as_the_source() {
        for ok in ["2025", "2025-11", "2025-11-21"] {
            assert!(is_partial_date(ok), "{ok}");
        }
        for bad in ["25", "2025-13", "2025-1", "2025-11-32", "November 2025", ""] {
            assert!(!is_partial_date(bad), "{bad:?}");
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
