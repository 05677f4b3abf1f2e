//! `sources.json`: the documents every fact in the app cites, what kind of document each is, and
//! the dates each carries, each kind of date kept apart.

use super::{
    is_iso_date, is_partial_date, is_url_safe_id, official_name_easy_problems, Localized, SourceRef,
};
use serde::{Deserialize, Serialize};

pub const FILE: &str = "sources.json";

/// How sure we are of a source, shown next to what it supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// The operator's own page or document (a ministry, an agency, the organisation itself).
    Official,
    /// Secondary text only: press, mirrors, databases. The UI marks such facts.
    Secondary,
}

/// What a document is. It decides under which heading its facts may stand: a fact under "what the
/// Act says" must cite the Act, one under "what the Basic Plan says" a Basic Plan document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The Act's text, the Diet's record or summary of it, or a law database's copy.
    Act,
    /// The Basic Plan, its drafts, and the documents of the working group that drafted it.
    BasicPlan,
    /// Other government reports and committee materials (progress, budgets, organisation).
    Report,
    /// Official guidance, notices, Q&As and service pages of ministries, agencies, local
    /// governments and the bodies that run a service.
    Guidance,
    /// News reports, trade press, articles, blogs and other commentary.
    Press,
}

/// When a document was published or last updated, as far as the material shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Published {
    /// The material does not show it.
    Unknown,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the document shows.
    On(String),
}

/// Pages of a long document that are of another kind than the whole (the MHLW deck's page 3 is
/// its summary of the Act).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcePart {
    pub from_page: u32,
    pub to_page: u32,
    pub kind: SourceKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: Localized,
    pub publisher: Localized,
    pub kind: SourceKind,
    /// When the document was published or last updated (or that this is unknown).
    pub published: Published,
    /// The day its content was compiled into this app, `YYYY-MM-DD`: read in a copy of the page or
    /// document, not checked live. Never shown as "as of".
    pub compiled: String,
    /// Where to read it.
    #[serde(default)]
    pub url: Option<String>,
    /// How to find the document when its address was not recorded; required without `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<Localized>,
    pub certainty: Certainty,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<SourcePart>,
}

impl Source {
    /// The kind of what a citation points at: the part its page falls in, else the whole.
    pub fn kind_at(&self, page: Option<u32>) -> SourceKind {
        page.and_then(|p| {
            self.parts
                .iter()
                .find(|part| (part.from_page..=part.to_page).contains(&p))
        })
        .map_or(self.kind, |part| part.kind)
    }

    /// The publication date, if known.
    pub fn published_on(&self) -> Option<&str> {
        match &self.published {
            Published::On(d) => Some(d),
            Published::Unknown => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// The source the footer names as the app's main one.
    pub primary: String,
    pub sources: Vec<Source>,
}

/// The kinds of date the app shows. Every date on screen is one of these, with its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// When a source was published or last updated: 「資料の日付」.
    Published,
    /// The date a fact holds: 「…時点」.
    HoldsOn,
    /// When the material was compiled into this app: 「この内容をまとめた日」.
    Compiled,
    /// When something happened (a meeting, a decision, a law coming into force).
    Event,
}

/// One labelled date of a citation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedDate {
    pub kind: DateKind,
    /// `None`: this kind of date is unknown (only for `Published`).
    pub date: Option<String>,
}

impl Sources {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn primary(&self) -> Option<&Source> {
        self.get(&self.primary)
    }

    /// The kind of document a reference points at, if the source is listed.
    pub fn kind_of(&self, r: &SourceRef) -> Option<SourceKind> {
        self.get(&r.source).map(|s| s.kind_at(r.page))
    }

    /// The dates a citation shows, each with its kind: the source's publication date (or that it
    /// is unknown), the date the fact holds when the reference gives one, and the compilation
    /// date when nothing else dates the fact.
    pub fn dates(&self, r: &SourceRef) -> Vec<CitedDate> {
        let Some(s) = self.get(&r.source) else {
            return Vec::new();
        };
        let published = s.published_on().map(str::to_string);
        let mut out = vec![CitedDate {
            kind: DateKind::Published,
            date: published.clone(),
        }];
        if let Some(d) = &r.as_of {
            if published.as_deref() != Some(d.as_str()) {
                out.push(CitedDate {
                    kind: DateKind::HoldsOn,
                    date: Some(d.clone()),
                });
            }
        }
        if published.is_none() && r.as_of.is_none() {
            out.push(CitedDate {
                kind: DateKind::Compiled,
                date: Some(s.compiled.clone()),
            });
        }
        out
    }

    /// Problems a reader would notice: duplicate or unsafe ids, dates that claim more than is
    /// known, missing text or address.
    pub fn validate(&self) -> Vec<String> {
        let mut errors = Vec::new();
        for (i, s) in self.sources.iter().enumerate() {
            let what = format!("source {:?}", s.id);
            if !is_url_safe_id(&s.id) {
                errors.push(format!("{what}: id is not URL-safe"));
            }
            if self.sources[..i].iter().any(|o| o.id == s.id) {
                errors.push(format!("{what} appears twice"));
            }
            if !is_iso_date(&s.compiled) {
                errors.push(format!(
                    "{what}: compiled {:?} is not YYYY-MM-DD",
                    s.compiled
                ));
            }
            if let Some(d) = s.published_on() {
                if !is_partial_date(d) {
                    errors.push(format!("{what}: published {d:?} is not YYYY[-MM[-DD]]"));
                }
                // The day we read a page is not the day it was published: that mistake made 29
                // sources look dated today.
                if d == s.compiled {
                    errors.push(format!(
                        "{what}: its publication date is the compilation date {d}"
                    ));
                }
                if d > s.compiled.as_str() {
                    errors.push(format!("{what}: published {d} after it was compiled"));
                }
            }
            if !s.title.is_complete() || !s.publisher.is_complete() {
                errors.push(format!(
                    "{what} lacks a title or publisher in some language"
                ));
            }
            // Titles and publishers are official names: the easy text keeps them as written.
            for name in [&s.title, &s.publisher] {
                errors.extend(
                    official_name_easy_problems(&name.ja, &name.easy)
                        .into_iter()
                        .map(|p| format!("{what}: {p}")),
                );
            }
            match (&s.url, &s.locator) {
                (Some(url), _) => {
                    // Some official pages were only seen at http:// addresses; linked as seen.
                    if !url.starts_with("https://") && !url.starts_with("http://") {
                        errors.push(format!("{what} has a url that is not a web address"));
                    }
                }
                (None, Some(l)) if l.is_complete() => {}
                (None, _) => errors.push(format!(
                    "{what} has neither an address nor a description of where to find it"
                )),
            }
            for p in &s.parts {
                if p.from_page > p.to_page {
                    errors.push(format!(
                        "{what}: part {}-{} is empty",
                        p.from_page, p.to_page
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
        match self.get(&r.source) {
            None => errors.push(format!("{what} cites unknown source {:?}", r.source)),
            Some(s) => {
                if let Some(d) = &r.as_of {
                    if !is_partial_date(d) {
                        errors.push(format!("{what} has as_of {d:?}, not YYYY[-MM[-DD]]"));
                    }
                    if d.as_str() > s.compiled.as_str() {
                        errors.push(format!("{what} holds on {d}, after it was compiled"));
                    }
                }
            }
        }
    }

    /// Checks that every citation of an item under a heading is of a kind the heading allows.
    pub fn check_kind<'r>(
        &self,
        what: &str,
        refs: impl IntoIterator<Item = &'r SourceRef>,
        allowed: &[SourceKind],
        errors: &mut Vec<String>,
    ) {
        for r in refs {
            if let Some(kind) = self.kind_of(r) {
                if !allowed.contains(&kind) {
                    errors.push(format!(
                        "{what} cites {:?} (page {:?}), a {kind:?} source, under a heading for {allowed:?}",
                        r.source, r.page
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(published: Published) -> Source {
        Source {
            id: "x".into(),
            title: Localized {
                ja: "資料".into(),
                en: "Document".into(),
                easy: "｜資料《しりょう》".into(),
            },
            publisher: Localized {
                ja: "省".into(),
                en: "Ministry".into(),
                easy: "｜省《しょう》".into(),
            },
            kind: SourceKind::Report,
            published,
            compiled: "2026-11-24".into(),
            url: Some("https://example.org/".into()),
            locator: None,
            certainty: Certainty::Official,
            parts: vec![SourcePart {
                from_page: 3,
                to_page: 3,
                kind: SourceKind::Act,
            }],
        }
    }

    fn sources(s: Source) -> Sources {
        Sources {
            primary: s.id.clone(),
            sources: vec![s],
        }
    }

    fn cite(page: Option<u32>, as_of: Option<&str>) -> SourceRef {
        SourceRef {
            source: "x".into(),
            page,
            as_of: as_of.map(str::to_string),
        }
    }

    #[test]
    fn a_compilation_date_is_never_a_publication_date() {
        let s = sources(source(Published::On("2026-11-24".into())));
        let errors = s.validate().join("\n");
        assert!(
            errors.contains("publication date is the compilation date"),
            "{errors}"
        );
        let ok = sources(source(Published::Unknown));
        assert_eq!(ok.validate(), Vec::<String>::new());
    }

    #[test]
    fn every_citation_shows_a_labelled_date() {
        let known = sources(source(Published::On("2025-05-16".into())));
        assert_eq!(
            known.dates(&cite(Some(10), Some("2025-03-17"))),
            vec![
                CitedDate {
                    kind: DateKind::Published,
                    date: Some("2025-05-16".into())
                },
                CitedDate {
                    kind: DateKind::HoldsOn,
                    date: Some("2025-03-17".into())
                },
            ]
        );
        let unknown = sources(source(Published::Unknown));
        let dates = unknown.dates(&cite(None, None));
        assert_eq!(
            dates[0].date, None,
            "an unknown publication date is said to be unknown"
        );
        assert_eq!(dates[1].kind, DateKind::Compiled);
    }

    #[test]
    fn a_page_can_be_of_another_kind_than_its_document() {
        let s = sources(source(Published::Unknown));
        assert_eq!(s.kind_of(&cite(Some(3), None)), Some(SourceKind::Act));
        assert_eq!(s.kind_of(&cite(Some(10), None)), Some(SourceKind::Report));
        let mut errors = Vec::new();
        s.check_kind(
            "item",
            [&cite(Some(10), None)],
            &[SourceKind::Act],
            &mut errors,
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    #[test]
    fn a_source_without_address_must_say_where_to_find_it() {
        let mut s = source(Published::Unknown);
        s.url = None;
        assert!(!sources(s.clone()).validate().is_empty());
        s.locator = Some(Localized {
            ja: "厚生労働省のウェブサイトで資料名を検索".into(),
            en: "Search the MHLW website for the title".into(),
            easy: "｜厚生労働省《こうせいろうどうしょう》のウェブサイトで｜資料《しりょう》の｜名前《なまえ》を｜探《さが》す".into(),
        });
        assert_eq!(sources(s).validate(), Vec::<String>::new());
    }
}
