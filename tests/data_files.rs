//! Host tests: every file in public/data parses into its type, passes validation, and matches the
//! source document where the source fixes a number.
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::counselling::{self, ContactKind};
use genome_navi::data::files::{self, DataFile};
use genome_navi::data::{
    changes, discrimination, is_url_safe_id, law, load, plan, progress, sources,
};
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

fn counselling() -> counselling::Counselling {
    load::parse(counselling::FILE, &read(counselling::FILE)).expect("counselling.json parses")
}

fn discrimination() -> discrimination::Discrimination {
    load::parse(discrimination::FILE, &read(discrimination::FILE))
        .expect("discrimination.json parses")
}

fn law() -> law::Law {
    load::parse(law::FILE, &read(law::FILE)).expect("law.json parses")
}

#[test]
fn every_data_file_is_known_and_valid() {
    let known = DataFile::ALL.map(DataFile::name);
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(data_dir()).expect("public/data exists") {
        let name = entry
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        assert!(
            known.contains(&name.as_str()) || files::is_generated(&name),
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
    let law = law();
    assert_eq!(law.validate(&sources), Vec::<String>::new());
    let plan = plan();
    assert_eq!(
        plan.validate(&sources, &law.principle_ids()),
        Vec::<String>::new()
    );
    let counselling = counselling();
    assert_eq!(counselling.validate(&sources), Vec::<String>::new());
    assert_eq!(
        discrimination().validate(&sources, &plan, &counselling),
        Vec::<String>::new()
    );
    assert_eq!(progress().validate(&sources), Vec::<String>::new());
    let changes: changes::Changes =
        load::parse(changes::FILE, &read(changes::FILE)).expect("changes.json parses");
    assert_eq!(changes.validate(), Vec::<String>::new());
}

fn progress() -> progress::Progress {
    load::parse(progress::FILE, &read(progress::FILE)).expect("progress.json parses")
}

#[test]
fn case_counts_match_slide_10() {
    let p = progress();
    assert_eq!(p.cases.as_of, "2025-03-17");
    let totals: Vec<(&str, u32)> = p
        .cases
        .series
        .iter()
        .map(|s| (s.id.as_str(), s.total))
        .collect();
    assert_eq!(totals, [("cancer", 14089), ("rare-disease", 16989)]);
    assert_eq!(p.cases.total, 31078);
    let rare = &p.cases.series[1].rows[0];
    assert_eq!(
        (rare.fy, rare.fy_end, rare.annual),
        (2020, Some(2021), 4521)
    );
    assert!(p.cases.earlier_statement.text.ja.contains("約25,000症例"));
}

#[test]
fn arithmetic_errors_in_case_counts_are_caught() {
    let sources = sources();
    let mut p = progress();
    p.cases.series[0].rows[1].annual += 1;
    let errors = p.validate(&sources).join("\n");
    assert!(errors.contains("running sum"), "{errors}");
    let mut p = progress();
    p.cases.series[0].rows.remove(1);
    let errors = p.validate(&sources).join("\n");
    assert!(errors.contains("missing or doubled"), "{errors}");
    let mut p = progress();
    p.cases.total = 31000;
    assert!(p.validate(&sources).join("\n").contains("not the total"));
}

#[test]
fn budget_lines_keep_part_of_larger_totals_apart() {
    let b = progress().budget;
    let line = |id: &str| b.lines.iter().find(|l| l.id == id).expect(id).clone();
    let own = line("wgs-promotion");
    assert_eq!(
        (own.amount, own.previous, own.part_of_larger),
        (13, 16, false)
    );
    assert!(line("cancer-research").part_of_larger && line("intractable-research").part_of_larger);
    let supp: Vec<(u16, u32, bool)> = b
        .supplementary
        .iter()
        .map(|s| (s.fiscal_year, s.amount, s.draft))
        .collect();
    assert_eq!(supp, [(2023, 46, false), (2024, 43, true)]);
}

#[test]
fn every_situation_the_issue_names_has_resources() {
    let c = counselling();
    let ids: Vec<&str> = c.situations.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "work",
            "insurance",
            "daily-life",
            "cancer",
            "rare-disease",
            "family-history",
            "prenatal",
            "consumer-test",
            "research"
        ]
    );
}

#[test]
fn no_unverified_phone_number_is_shipped() {
    // counselling-sources.md marks these candidates ❌: they must never appear.
    let raw = read(counselling::FILE);
    for unverified in ["0570-022808", "0570-016811", "03-5251-6811", "0570-02-3410"] {
        assert!(!raw.contains(unverified), "{unverified} is unverified");
    }
    let c = counselling();
    let sources = sources();
    let phones: Vec<_> = c
        .resources
        .iter()
        .flat_map(|r| &r.contacts)
        .filter(|c| c.kind == ContactKind::Phone)
        .collect();
    assert!(
        phones.iter().any(|p| p.value == "0570-003-110"),
        "みんなの人権110番"
    );
    for p in phones {
        assert!(
            sources.get(&p.source.source).is_some(),
            "{} cites a listed source",
            p.value
        );
        assert!(p.tel_href().is_some_and(|t| t.len() > 10), "{}", p.value);
    }
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
}

#[test]
fn measures_and_policies_match_slides_6_and_7() {
    let plan = plan();
    // Slide 6 lists 3, 6 and 5 measures; slide 7 lists these policies under each.
    let expected: [(&str, &[(&str, usize)]); 3] = [
        (
            "understanding",
            &[("discrimination", 3), ("bioethics", 2), ("education", 1)],
        ),
        (
            "care",
            &[
                ("provision", 4),
                ("testing", 1),
                ("counselling", 1),
                ("information-handling", 2),
                ("non-medical-testing", 1),
                ("workforce", 2),
            ],
        ),
        (
            "research",
            &[
                ("research-development", 2),
                ("data-infrastructure", 2),
                ("counselling", 2),
                ("information-handling", 2),
                ("workforce", 1),
            ],
        ),
    ];
    for (pillar_id, measures) in expected {
        let pillar = plan
            .pillar(pillar_id)
            .unwrap_or_else(|| panic!("pillar {pillar_id}"));
        let got: Vec<(&str, usize)> = pillar
            .measures
            .iter()
            .map(|m| (m.id.as_str(), m.policies.len()))
            .collect();
        assert_eq!(got, measures, "pillar {pillar_id}");
    }
    let discrimination = &plan.pillar("understanding").unwrap().measures[0];
    assert!(discrimination.policies[1].wording.ja.contains("Q&A"));
}

#[test]
fn other_matters_structure_and_working_group_match_the_source() {
    let plan = plan();
    assert_eq!(
        plan.other_matters.len(),
        4,
        "連携協力, 地方公共団体, 財政措置, 評価・見直し"
    );
    assert!(plan
        .other_matters
        .iter()
        .any(|m| m.text.ja.contains("５年を目途")));
    let parts: Vec<&str> = plan.structure.iter().map(|p| p.name.ja.as_str()).collect();
    assert_eq!(parts.len(), 4);
    assert!(
        parts[0].starts_with("序文") && parts[3].starts_with("第３"),
        "{parts:?}"
    );
    let meetings = &plan.working_group.meetings;
    assert_eq!(meetings.len(), 12);
    assert_eq!(meetings[0].date, "2023-12-26");
    assert_eq!(meetings[11].date, "2025-05-02");
    assert_eq!(meetings[11].end_date.as_deref(), Some("2025-05-08"));
}

#[test]
fn the_act_has_its_number_dates_three_principles_and_duties() {
    let law = law();
    assert_eq!(law.number.ja, "令和5年法律第57号");
    assert_eq!(law.promulgated, "2023-06-16");
    assert_eq!(law.in_force, "2023-06-16");
    assert_eq!(law.principles.len(), 3);
    assert!(law.principles[2].text.ja.contains("不当な差別"));
    let who: Vec<&str> = law.duties.iter().map(|d| d.who.ja.as_str()).collect();
    assert_eq!(
        who.len(),
        3,
        "国, 地方公共団体, 医師等及び研究者等: {who:?}"
    );
    assert!(law.measures.len() >= 2, "基本的施策 and 地方公共団体の施策");
}

#[test]
fn every_principle_serves_some_measure_and_ids_are_url_safe() {
    let law = law();
    let plan = plan();
    for p in &law.principles {
        assert!(is_url_safe_id(&p.id));
        let served = plan
            .pillars
            .iter()
            .flat_map(|pl| &pl.measures)
            .any(|m| m.principles.contains(&p.id));
        assert!(served, "principle {} maps to no measure", p.id);
    }
}

#[test]
fn validation_catches_what_a_reader_would_notice() {
    let sources = sources();
    let law = law();
    let mut plan = plan();
    plan.pillars[1].id = plan.pillars[0].id.clone();
    plan.pillars[2].source.source = "no-such-source".into();
    plan.pillars[0].measures[0].name.en = " ".into();
    plan.pillars[0].measures[1]
        .principles
        .push("no-such-principle".into());
    plan.working_group.meetings.swap(0, 1);
    let errors = plan.validate(&sources, &law.principle_ids()).join("\n");
    assert!(errors.contains("appears twice"), "{errors}");
    assert!(errors.contains("unknown source"), "{errors}");
    assert!(errors.contains("missing in some language"), "{errors}");
    assert!(errors.contains("unknown principle"), "{errors}");
    assert!(errors.contains("not in date order"), "{errors}");
}

#[test]
fn every_cited_fact_has_a_date() {
    let sources = sources();
    let plan = plan();
    let published = |r: &genome_navi::data::SourceRef| {
        sources
            .dates(r)
            .into_iter()
            .find(|d| d.kind == sources::DateKind::Published)
            .and_then(|d| d.date)
    };
    assert_eq!(published(&plan.goal.source).as_deref(), Some("2025-05-16"));
    for p in &plan.pillars {
        assert!(published(&p.source).is_some(), "{}", p.id);
        for m in &p.measures {
            assert!(published(&m.source).is_some(), "{}/{}", p.id, m.id);
        }
    }
}

#[test]
fn the_manifest_works_under_any_sub_path_and_its_icons_exist() {
    let public = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public");
    let text = std::fs::read_to_string(public.join("manifest.webmanifest")).expect("manifest");
    let manifest: serde_json::Value = serde_json::from_str(&text).expect("manifest is JSON");
    // Relative, so the same build installs at / and under a sub-path.
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["short_name"], "ゲノム医療ナビ");
    let icons = manifest["icons"].as_array().expect("icons");
    for (size, purpose) in [
        ("192x192", "any"),
        ("512x512", "any"),
        ("512x512", "maskable"),
    ] {
        assert!(
            icons
                .iter()
                .any(|i| i["sizes"] == size && i["purpose"] == purpose),
            "an icon {size} {purpose}"
        );
    }
    for icon in icons {
        let src = icon["src"].as_str().expect("src");
        assert!(!src.starts_with('/'), "{src} must be relative");
        assert!(public.join(src).is_file(), "{src} exists in public/");
    }
}
