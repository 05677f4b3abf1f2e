//! Host tests for やさしい日本語: every text in every data file and every catalogue string has an
//! easy-Japanese version in which each kanji carries a reading, each reading sits over kanji, and
//! the notation parses. (Whether each reading is right is checked by tests/readings/, with a
//! morphological analyser.)
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::easy_text_problems;
use genome_navi::data::files::DataFile;
use genome_navi::i18n::{Lang, EASY, EN, JA};
use genome_navi::text::Text;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn data_file(file: DataFile) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(file.name());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// Every localized text object (`{"ja", "en", …}`) in a JSON value, with where it is.
fn localized<'a>(
    value: &'a Value,
    at: String,
    out: &mut Vec<(String, &'a serde_json::Map<String, Value>)>,
) {
    match value {
        Value::Object(map) => {
            if map.get("ja").is_some_and(Value::is_string)
                && map.get("en").is_some_and(Value::is_string)
            {
                out.push((at, map));
            } else {
                for (k, v) in map {
                    localized(v, format!("{at}.{k}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                localized(v, format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn string_leaves(value: &Value, at: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((at, s.clone())),
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| string_leaves(v, format!("{at}.{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| string_leaves(v, format!("{at}[{i}]"), out)),
        _ => {}
    }
}

#[test]
fn every_data_text_has_an_easy_version_with_a_reading_on_every_kanji() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in DataFile::ALL {
        let json = data_file(file);
        let mut texts = Vec::new();
        localized(&json, file.name().to_string(), &mut texts);
        assert!(!texts.is_empty(), "{} has texts", file.name());
        for (at, map) in texts {
            for lang in ["ja", "en"] {
                if let Some(Err(e)) = map[lang].as_str().map(Text::parse) {
                    problems.push(format!("{at}.{lang}: {e}"));
                }
            }
            let Some(easy) = map.get("easy").and_then(Value::as_str) else {
                problems.push(format!("{at}: no easy text"));
                continue;
            };
            match Text::parse(easy) {
                Err(e) => problems.push(format!("{at}.easy: {e}")),
                Ok(t) if t.trim().is_empty() => problems.push(format!("{at}.easy is empty")),
                Ok(t) => problems.extend(
                    easy_text_problems(&t)
                        .into_iter()
                        .map(|p| format!("{at}.easy: {p}")),
                ),
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} texts found");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn catalogue(lang: Lang) -> Vec<(String, String)> {
    let texts = match lang {
        Lang::Ja => &JA,
        Lang::Easy => &EASY,
        Lang::En => &EN,
    };
    let mut out = Vec::new();
    string_leaves(
        &serde_json::to_value(texts).expect("serializes"),
        String::new(),
        &mut out,
    );
    out
}

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        match rest[open..].find('}') {
            Some(close) => {
                out.insert(rest[open..open + close + 1].to_string());
                rest = &rest[open + close + 1..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn every_catalogue_string_parses_and_the_easy_one_has_a_reading_on_every_kanji() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (at, s) in catalogue(lang) {
            match Text::parse(s.as_str()) {
                Err(e) => problems.push(format!("{lang:?}{at}: {e}")),
                Ok(t) if lang == Lang::Easy => problems.extend(
                    easy_text_problems(&t)
                        .into_iter()
                        .map(|p| format!("{lang:?}{at}: {p}")),
                ),
                Ok(_) => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_easy_catalogue_is_written_not_copied_and_keeps_every_placeholder() {
    let ja = catalogue(Lang::Ja);
    let easy = catalogue(Lang::Easy);
    assert_eq!(ja.len(), easy.len(), "same strings in both catalogues");
    let mut problems = Vec::new();
    let mut same = 0;
    for ((at, j), (_, e)) in ja.iter().zip(&easy) {
        if placeholders(j) != placeholders(e) {
            problems.push(format!(
                "{at}: placeholders {:?} vs {:?}",
                placeholders(j),
                placeholders(e)
            ));
        }
        if j == e && j.chars().any(genome_navi::text::is_kanji) {
            same += 1;
            problems.push(format!(
                "{at}: the easy string is the official Japanese one: {j:?}"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{same} copied; {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn easy_dates_and_fiscal_years_carry_their_readings() {
    use genome_navi::format;
    let date = Text::parse(format::date("2025-05-16", Lang::Easy)).unwrap();
    assert_eq!(date.as_str(), "2025年5月16日");
    assert!(easy_text_problems(&date).is_empty());
    let fy = format::fiscal_year(2024, None, Lang::Easy);
    assert_eq!(fy.as_str(), "2024年度");
    assert!(easy_text_problems(&fy).is_empty());
    // The official Japanese keeps the era the source uses.
    assert_eq!(
        format::fiscal_year(2024, None, Lang::Ja).as_str(),
        "令和6年度"
    );
}
