//! `glossary.json`: the hard words of the content, each explained in the site's own words, and the
//! matcher that finds them in a text (for the inline explanations and for search).

use super::sources::Sources;
use super::{is_iso_date, is_url_safe_id, Localized};
use crate::i18n::Lang;
use crate::text::Text;
use serde::{Deserialize, Serialize};

pub const FILE: &str = "glossary.json";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The day the explanations were written (`YYYY-MM-DD`): a compilation date, never "as of".
    pub compiled: String,
    /// In any order: the pages sort them (`sorted`).
    pub terms: Vec<Term>,
    /// Words the coverage check finds in the content (katakana, acronyms) that are everyday words,
    /// not terms (ページ, サイト…).
    pub not_terms: Vec<String>,
}

/// One term and the site's own explanation of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// URL-safe: `/glossary/{id}`.
    pub id: String,
    /// The term as the content writes it (with readings in ja and easy).
    pub term: Localized,
    /// The Japanese term in hiragana: its 五十音 place, and what a reader may type to find it.
    pub reading: String,
    /// A plain explanation in the site's own words.
    pub explanation: Localized,
    /// An official document that explains more, by its id in `sources.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learn_more: Option<LearnMore>,
    /// Ids of related entries.
    #[serde(default)]
    pub related: Vec<String>,
    /// Other spellings: variants, the English term, acronyms and their full forms.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LearnMore {
    /// A source id in `sources.json`.
    pub source: String,
}

impl Term {
    /// The term as a language's content writes it: the やさしい日本語 pages write terms as the
    /// Japanese pages do.
    pub fn as_written(&self, lang: Lang) -> &Text {
        match lang {
            Lang::En => &self.term.en,
            Lang::Ja | Lang::Easy => &self.term.ja,
        }
    }
}

/// The letter a term is listed under: its first kana's 行 (あ, か, さ…) in Japanese, its first
/// letter (A–Z) in English.
pub fn index_letter(term: &Term, lang: Lang) -> String {
    match lang {
        Lang::En => term
            .term
            .en
            .chars()
            .find(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().to_string())
            .unwrap_or_default(),
        Lang::Ja | Lang::Easy => term.reading.chars().next().map(gyou).unwrap_or_default(),
    }
}

/// The 行 of a hiragana (が → か, ぱ → は); anything else stands for itself.
fn gyou(c: char) -> String {
    const ROWS: [(char, &str); 10] = [
        ('あ', "ぁあぃいぅうぇえぉおゔ"),
        ('か', "かがきぎくぐけげこご"),
        ('さ', "さざしじすずせぜそぞ"),
        ('た', "ただちぢっつづてでとど"),
        ('な', "なにぬねの"),
        ('は', "はばぱひびぴふぶぷへべぺほぼぽ"),
        ('ま', "まみむめも"),
        ('や', "ゃやゅゆょよ"),
        ('ら', "らりるれろ"),
        ('わ', "ゎわゐゑをん"),
    ];
    ROWS.iter()
        .find(|(_, kana)| kana.contains(c))
        .map_or_else(|| c.to_string(), |(row, _)| row.to_string())
}

impl Glossary {
    pub fn get(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// The entries in the order a language lists them: 五十音 of the reading, or A–Z in English.
    pub fn sorted(&self, lang: Lang) -> Vec<&Term> {
        let mut terms: Vec<&Term> = self.terms.iter().collect();
        match lang {
            Lang::En => terms.sort_by_key(|t| t.term.en.to_lowercase()),
            Lang::Ja | Lang::Easy => {
                terms.sort_by_cached_key(|t| (collation_key(&t.reading), t.reading.clone()))
            }
        }
        terms
    }

    /// Every spelling that names a term in a language's text, longest first, so that the longest
    /// match wins (ゲノム医療 before ゲノム).
    pub fn matcher(&self, lang: Lang) -> TermMatcher {
        let mut patterns: Vec<(Vec<char>, String)> = Vec::new();
        for t in &self.terms {
            let own = t.as_written(lang).to_string();
            for spelling in std::iter::once(own).chain(t.aliases.iter().cloned()) {
                let key: Vec<char> = fold(&spelling).chars().collect();
                if key.len() >= 2 && !patterns.iter().any(|(p, _)| *p == key) {
                    patterns.push((key, t.id.clone()));
                }
            }
        }
        patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        TermMatcher { patterns }
    }

    /// Problems with the glossary, each naming the entry; empty when it is valid.
    pub fn validate(&self, sources: &Sources) -> Vec<String> {
        let mut errors = Vec::new();
        if !is_iso_date(&self.compiled) {
            errors.push(format!("compiled {:?} is not YYYY-MM-DD", self.compiled));
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut spellings: Vec<(String, &str)> = Vec::new();
        for t in &self.terms {
            let id = t.id.as_str();
            if !is_url_safe_id(id) {
                errors.push(format!("term {id:?}: id is not URL-safe"));
            }
            if seen.contains(&id) {
                errors.push(format!("term {id:?}: id appears twice"));
            }
            seen.push(id);
            for (field, text) in [("term", &t.term), ("explanation", &t.explanation)] {
                if !text.is_complete() {
                    errors.push(format!("term {id:?}: {field} is missing in some language"));
                }
                for p in text.easy_problems() {
                    errors.push(format!("term {id:?}: {field}: {p}"));
                }
            }
            if t.reading.is_empty() || !t.reading.chars().all(is_reading_char) {
                errors.push(format!(
                    "term {id:?}: reading {:?} is not hiragana",
                    t.reading
                ));
            }
            if let Some(l) = &t.learn_more {
                if sources.get(&l.source).is_none() {
                    errors.push(format!("term {id:?}: unknown source {:?}", l.source));
                }
            }
            for r in &t.related {
                if r == id || !self.terms.iter().any(|o| o.id == *r) {
                    errors.push(format!("term {id:?}: related {r:?} is not another entry"));
                }
            }
            let own = [t.term.ja.to_string(), t.term.en.to_string()];
            for s in own.iter().chain(&t.aliases) {
                let key = fold(s);
                match spellings.iter().find(|(k, _)| *k == key) {
                    Some((_, other)) if *other != id => {
                        errors.push(format!("term {id:?}: spelling {s:?} also names {other:?}"))
                    }
                    Some(_) => {}
                    None => spellings.push((key, id)),
                }
            }
        }
        for w in &self.not_terms {
            if spellings.iter().any(|(k, _)| *k == fold(w)) {
                errors.push(format!("{w:?} is both a term and a not-term"));
            }
        }
        errors
    }
}

/// A reading as a Japanese dictionary orders it: voiced and small kana as their plain kana
/// (が as か, っ as つ), and ー as the vowel before it (げーむ as げえむ). Ties are broken by the
/// reading itself, so が follows か.
pub fn collation_key(reading: &str) -> String {
    const VOICED: (&str, &str) = (
        "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔぁぃぅぇぉっゃゅょゎ",
        "かきくけこさしすせそたちつてとはひふへほはひふへほうあいうえおつやゆよわ",
    );
    const ROWS: [&str; 10] = [
        "あいうえお",
        "かきくけこ",
        "さしすせそ",
        "たちつてと",
        "なにぬねの",
        "はひふへほ",
        "まみむめも",
        "や.ゆ.よ",
        "らりるれろ",
        "わ...を",
    ];
    let plain = |c: char| {
        VOICED
            .0
            .chars()
            .position(|v| v == c)
            .and_then(|i| VOICED.1.chars().nth(i))
            .unwrap_or(c)
    };
    let vowel = |c: char| {
        ROWS.iter()
            .find_map(|row| row.chars().position(|k| k == c))
            .and_then(|i| "あいうえお".chars().nth(i))
    };
    let mut out = String::new();
    let mut last = None;
    for c in reading.chars() {
        let k = if c == 'ー' {
            last.and_then(vowel).unwrap_or(c)
        } else {
            plain(c)
        };
        out.push(k);
        last = Some(k);
    }
    out
}

fn is_reading_char(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | 'ー' | '・' | ' ')
}

/// Folds a spelling for matching: NFKC-like width folding of ASCII letters and digits, and lower
/// case (ＮＩＰＴ, nipt and NIPT are one spelling). Japanese is left as written. Only ASCII has
/// case here: the content's Latin letters are ASCII once widths are folded, and Unicode's case
/// tables would add 15 KB to the search page's WASM.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| fold_width(c).to_ascii_lowercase())
        .collect()
}

/// A full-width ASCII character (ＮＩＰＴ, ３) as its plain form, the ideographic space as a space.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Finds glossary terms in a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermMatcher {
    /// (folded spelling, term id), longest spelling first.
    patterns: Vec<(Vec<char>, String)>,
}

/// A term found in a text: character offsets `start..end` and the term's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMatch {
    pub start: usize,
    pub end: usize,
    pub id: String,
}

impl TermMatcher {
    /// The terms in `text`, left to right, never overlapping; at each place the longest spelling.
    /// Latin spellings match only as whole words (ELSI, not the "elsi" in "Elsinore").
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let chars: Vec<char> = fold(text).chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let found = self
                .patterns
                .iter()
                .find(|(p, _)| chars[i..].starts_with(p) && whole_word(&chars, i, i + p.len(), p));
            match found {
                Some((p, id)) => {
                    out.push(TermMatch {
                        start: i,
                        end: i + p.len(),
                        id: id.clone(),
                    });
                    i += p.len();
                }
                None => i += 1,
            }
        }
        out
    }
}

/// A Latin spelling must not start or end inside a Latin word.
fn whole_word(chars: &[char], start: usize, end: usize, pattern: &[char]) -> bool {
    let latin = |c: &char| c.is_ascii_alphanumeric();
    let starts_ok = !pattern.first().is_some_and(latin) || start == 0 || !latin(&chars[start - 1]);
    let ends_ok = !pattern.last().is_some_and(latin) || chars.get(end).is_none_or(|c| !latin(c));
    starts_ok && ends_ok
}

/// A term for tests: `easy` texts are kana, the explanation a placeholder.
#[cfg(test)]
pub(crate) fn test_term(id: &str, ja: &str, en: &str, reading: &str, aliases: &[&str]) -> Term {
    let text = |ja: &str, en: &str| Localized {
        ja: ja.into(),
        en: en.into(),
        easy: "ことば".into(),
    };
    Term {
        id: id.into(),
        term: text(ja, en),
        reading: reading.into(),
        explanation: text("説明", "An explanation"),
        learn_more: None,
        related: Vec::new(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

/// A glossary of these terms for tests.
#[cfg(test)]
pub(crate) fn test_glossary(terms: Vec<Term>) -> Glossary {
    Glossary {
        compiled: "2026-11-24".into(),
        terms,
        not_terms: vec!["ページ".into()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_term as term;

    fn glossary() -> Glossary {
        test_glossary(vec![
            term(
                "elsi",
                "ELSI",
                "ELSI",
                "えるし",
                &["Ethical, Legal and Social Issues"],
            ),
            term("genome", "ゲノム", "genome", "げのむ", &[]),
            term(
                "genomic-medicine",
                "ゲノム医療",
                "genomic medicine",
                "げのむいりょう",
                &[],
            ),
            term("nipt", "NIPT", "NIPT", "にぷと", &["新型出生前診断"]),
        ])
    }

    fn found(m: &TermMatcher, text: &str) -> Vec<(String, usize, usize)> {
        m.find(text)
            .into_iter()
            .map(|t| (t.id, t.start, t.end))
            .collect()
    }

    #[test]
    fn the_longest_spelling_wins_and_matches_do_not_overlap() {
        let m = glossary().matcher(Lang::Ja);
        assert_eq!(
            found(&m, "ゲノム医療とゲノム"),
            [
                ("genomic-medicine".to_string(), 0, 5),
                ("genome".to_string(), 6, 9)
            ]
        );
    }

    #[test]
    fn latin_spellings_match_whole_words_in_any_width_and_case() {
        let m = glossary().matcher(Lang::En);
        assert_eq!(
            found(&m, "ＮＩＰＴ and nipt"),
            [("nipt".to_string(), 0, 4), ("nipt".to_string(), 9, 13)]
        );
        assert!(found(&m, "Elsinore").is_empty());
        assert_eq!(found(&m, "the Genome."), [("genome".to_string(), 4, 10)]);
        // Japanese has no spaces: a term inside a longer run still counts.
        let ja = glossary().matcher(Lang::Ja);
        assert_eq!(found(&ja, "ELSIの研究"), [("elsi".to_string(), 0, 4)]);
    }

    #[test]
    fn entries_sort_by_reading_or_by_english_and_index_by_row() {
        let g = glossary();
        let ids = |lang| {
            g.sorted(lang)
                .iter()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(Lang::Ja),
            ["elsi", "genome", "genomic-medicine", "nipt"]
        );
        assert_eq!(
            ids(Lang::En),
            ["elsi", "genome", "genomic-medicine", "nipt"]
        );
        assert_eq!(index_letter(&g.terms[1], Lang::Ja), "か");
        assert_eq!(index_letter(&g.terms[3], Lang::Ja), "な");
        assert_eq!(index_letter(&g.terms[1], Lang::En), "G");
    }

    #[test]
    fn readings_sort_as_in_a_dictionary() {
        let mut words = vec!["げーむ", "けいかく", "がっこう", "かき", "げのむ"];
        words.sort_by_cached_key(|w| (collation_key(w), w.to_string()));
        assert_eq!(words, ["かき", "がっこう", "けいかく", "げーむ", "げのむ"]);
    }

    #[test]
    fn validation_catches_bad_entries() {
        let sources = Sources {
            primary: String::new(),
            sources: Vec::new(),
        };
        assert_eq!(glossary().validate(&sources), Vec::<String>::new());
        let mut g = glossary();
        g.terms[0].reading = "エルシ".into();
        g.terms[1].related = vec!["nowhere".into()];
        g.terms[2].aliases = vec!["NIPT".into()];
        g.terms[3].learn_more = Some(LearnMore {
            source: "unknown".into(),
        });
        g.not_terms.push("ゲノム".into());
        let errors = g.validate(&sources).join("\n");
        for expected in [
            "not hiragana",
            "\"nowhere\"",
            "also names",
            "unknown source",
            "not-term",
        ] {
            assert!(errors.contains(expected), "{expected} in {errors}");
        }
    }
}
