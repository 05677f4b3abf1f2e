//! Host tests: every file in public/data parses into its type and passes validation.
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::{load, plan, sources};
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

fn read(file: &str) -> String {
    std::fs::read_to_string(data_dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn sources() -> sources::Sources {
    load::parse(sources::FILE, &read(sources::FILE)).expect("sources.json parses")
}

fn plan() -> plan::Plan {
    load::parse(plan::FILE, &read(plan::FILE)).expect("plan.json parses")
}

#[test]
fn every_data_file_is_known_and_valid() {
    let known = [sources::FILE, plan::FILE];
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(data_dir()).expect("public/data exists") {
        let name = entry
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        assert!(
            known.contains(&name.as_str()),
            "public/data/{name} has no type and no test"
        );
        seen.push(name);
    }
    for file in known {
        assert!(
            seen.iter().any(|s| s == file),
            "public/data/{file} is missing"
        );
    }
    let sources = sources();
    assert_eq!(sources.validate(), Vec::<String>::new());
    assert_eq!(plan().validate(&sources), Vec::<String>::new());
}

#[test]
fn plan_has_the_source_documents_goal_and_three_pillars() {
    let plan = plan();
    assert_eq!(
        plan.goal.text.ja,
        "個人の権利及び利益を尊重しながらゲノム医療を推進することで、国民の健康に寄与することを目指す。"
    );
    let names: Vec<&str> = plan.pillars.iter().map(|p| p.name.ja.as_str()).collect();
    assert_eq!(
        names,
        [
            "国民の適切な理解と啓発",
            "医療等の提供体制の構築",
            "研究開発の推進"
        ]
    );
    // Slide 6 of the source lists 3, 6 and 5 measures under the pillars.
    let counts: Vec<usize> = plan.pillars.iter().map(|p| p.measures.len()).collect();
    assert_eq!(counts, [3, 6, 5]);
}

#[test]
fn validation_catches_what_a_reader_would_notice() {
    let sources = sources();
    let mut plan = plan();
    plan.pillars[1].id = plan.pillars[0].id.clone();
    plan.pillars[2].source.source = "no-such-source".into();
    plan.pillars[0].measures[0].name.en = " ".into();
    let errors = plan.validate(&sources).join("\n");
    assert!(errors.contains("appears twice"), "{errors}");
    assert!(errors.contains("unknown source"), "{errors}");
    assert!(errors.contains("lacks a name"), "{errors}");
}

#[test]
fn every_cited_fact_has_a_date() {
    let sources = sources();
    let plan = plan();
    assert_eq!(sources.as_of(&plan.goal.source), Some("2025-05-16"));
    for p in &plan.pillars {
        assert!(sources.as_of(&p.source).is_some(), "{}", p.id);
    }
}
