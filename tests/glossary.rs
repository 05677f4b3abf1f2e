//! Host tests for the glossary: it parses and validates against the sources, every term it lists
//! is used in the content, and every candidate term the content uses (a katakana word, a Latin
//! acronym, a word of the reviewed list below) is explained in it or listed as a "not a term".
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::files::DataFile;
use genome_navi::data::glossary::{self, fold, Glossary};
use genome_navi::data::{load, sources};
use genome_navi::i18n::{Lang, JA};
use genome_navi::text::Text;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Kanji terms a reader outside the field would not know. Each must appear in the content and be
/// explained in the glossary; the list is reviewed by hand, as no pattern finds kanji terms.
const REVIEWED_KANJI_TERMS: &[&str] = &[
    "全ゲノム解析",
    "ゲノム医療",
    "遺伝子",
    "遺伝情報",
    "遺伝カウンセリング",
    "患者還元",
    "内数",
    "生命倫理",
    "難病",
    "出生前検査",
    "基本計画",
    "補正予算",
    "年度",
];

fn read(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn glossary() -> Glossary {
    load::parse(glossary::FILE, &read(glossary::FILE)).expect("glossary.json parses")
}

/// Every Japanese text of the content: the `ja` of each text in the data files other than the
/// glossary itself, and the Japanese catalogue.
fn japanese_content() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("ja", Value::String(s)) => {
                            out.push(Text::assembled(s.as_str()).to_string())
                        }
                        _ => walk(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for file in DataFile::ALL {
        if file == DataFile::Glossary {
            continue;
        }
        let value: Value = serde_json::from_str(&read(file.name())).expect("JSON");
        walk(&value, &mut out);
    }
    let catalogue = serde_json::to_value(&JA).expect("catalogue serializes");
    fn strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(Text::assembled(s.as_str()).to_string()),
            Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
            Value::Object(map) => map.values().for_each(|i| strings(i, out)),
            _ => {}
        }
    }
    strings(&catalogue, &mut out);
    out
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// Katakana words (two or more characters, joined by ・) and Latin acronyms (two or more capitals).
fn candidates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_katakana(c) {
            let mut j = i;
            while j < chars.len()
                && (is_katakana(chars[j])
                    || (chars[j] == '・' && chars.get(j + 1).is_some_and(|&n| is_katakana(n))))
            {
                j += 1;
            }
            if j - i >= 2 {
                out.push(chars[i..j].iter().collect());
            }
            i = j;
        } else if c.is_ascii_alphabetic() {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '-') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            if word.chars().filter(char::is_ascii_uppercase).count() >= 2 {
                out.push(word.trim_end_matches('-').to_string());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a word is known: a term or spelling of the glossary, a not-term, or a run of those
/// (ゲノムデータ = ゲノム + データ; ドラッグ・ロス has its own entry).
fn covered(word: &str, known: &BTreeSet<String>) -> bool {
    let chars: Vec<char> = fold(word).chars().filter(|&c| c != '・').collect();
    let mut reach = vec![false; chars.len() + 1];
    reach[0] = true;
    for i in 0..chars.len() {
        if !reach[i] {
            continue;
        }
        for k in known {
            let k: Vec<char> = k.chars().filter(|&c| c != '・').collect();
            if !k.is_empty() && chars[i..].starts_with(&k) {
                reach[i + k.len()] = true;
            }
        }
    }
    reach[chars.len()]
}

#[test]
fn the_glossary_parses_and_is_valid() {
    let sources: sources::Sources =
        load::parse(sources::FILE, &read(sources::FILE)).expect("sources.json parses");
    let g = glossary();
    assert_eq!(g.validate(&sources), Vec::<String>::new());
    assert!(
        g.terms.len() >= 50,
        "{} terms; the issue expects 50 or more",
        g.terms.len()
    );
}

#[test]
fn every_term_the_content_uses_is_in_the_glossary() {
    let g = glossary();
    let content = japanese_content();
    let mut known: BTreeSet<String> = g.not_terms.iter().map(|w| fold(w)).collect();
    for t in &g.terms {
        known.insert(fold(&t.term.ja));
        known.extend(t.aliases.iter().map(|a| fold(a)));
    }
    let mut missing = BTreeSet::new();
    for text in &content {
        for word in candidates(text) {
            if !covered(&word, &known) {
                missing.insert(word);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "words in the content that are neither in glossary.json's terms nor in its not_terms: {missing:?}"
    );
    let all = content.join("\n");
    for word in REVIEWED_KANJI_TERMS {
        assert!(
            all.contains(word),
            "{word} is no longer in the content: update the list"
        );
        assert!(
            g.terms
                .iter()
                .any(|t| t.term.ja.as_str() == *word || t.aliases.iter().any(|a| a == word)),
            "{word} is used in the content but has no glossary entry"
        );
    }
}

#[test]
fn every_entry_is_used_in_the_content_and_found_by_the_matcher() {
    let g = glossary();
    let all = japanese_content().join("\n");
    let matcher = g.matcher(Lang::Ja);
    let found: BTreeSet<String> = matcher.find(&all).into_iter().map(|m| m.id).collect();
    for t in &g.terms {
        assert!(
            found.contains(&t.id),
            "term {:?} ({}) is not found in the Japanese content",
            t.id,
            t.term.ja
        );
    }
}

#[test]
fn candidates_are_katakana_words_and_acronyms() {
    assert_eq!(
        candidates("ELSIとドラッグ・ロス、C-CATのゲノムデータ。A社"),
        ["ELSI", "ドラッグ・ロス", "C-CAT", "ゲノムデータ"]
    );
    let known: BTreeSet<String> = ["ゲノム", "データ"].iter().map(|s| s.to_string()).collect();
    assert!(covered("ゲノムデータ", &known));
    assert!(!covered("ゲノムバンク", &known));
}
