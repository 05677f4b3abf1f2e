//! Host tests: the progress data covers slides 9–13 of the MHLW deck (資料2-2, 2025-05-16) as the
//! source states them: every bullet of slides 12 and 13, every arrow slide 13 draws, each body on
//! its own slide, the footnote of slide 10 on its one figure, 内数 read the right way round, and
//! the organisation shown as a plan presented to a committee, never as a decision.
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::progress::{Diagram, Progress, Relation};
use genome_navi::data::{load, progress, sources, Fact, SourceRef};
use genome_navi::i18n::Lang;
use std::path::PathBuf;

/// The primary source's slides are numbered 1 to 13.
const PRIMARY: &str = "mhlw-2025-05-16";
const DECK_PAGES: u32 = 13;

fn read(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn progress() -> Progress {
    load::parse(progress::FILE, &read(progress::FILE)).expect("progress.json parses")
}

fn sources() -> sources::Sources {
    load::parse(sources::FILE, &read(sources::FILE)).expect("sources.json parses")
}

/// Compares texts as the source prints them: full-width digits as ASCII, line breaks and spaces
/// of the slide's layout removed.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect()
}

fn page(r: &SourceRef) -> Option<u32> {
    (r.source == PRIMARY).then_some(r.page).flatten()
}

/// The one fact citing `slide` that contains every phrase, or a message naming what is missing.
fn find_bullet<'a>(facts: &'a [Fact], slide: u32, phrases: &[&str]) -> &'a Fact {
    let hits: Vec<&Fact> = facts
        .iter()
        .filter(|f| page(&f.source) == Some(slide))
        .filter(|f| phrases.iter().all(|p| norm(&f.text.ja).contains(&norm(p))))
        .collect();
    assert!(
        !hits.is_empty(),
        "no fact citing p{slide} contains all of {phrases:?}"
    );
    hits[0]
}

#[test]
fn every_bullet_of_slide_12_is_presented_in_full() {
    let o = progress().organisation;
    let bullets: [&[&str]; 3] = [
        &[
            "希少がん等や難病の、全ゲノム解析を活用することが有効なケースに重点化",
            "患者還元や企業・アカデミアに対するデータ提供等の取組を速やかに進めるために",
            "令和７年度に",
            "これまで事業実施準備室に参加し",
            "ゲノム医療に係る実績を有する組織（国立がん研究センターを想定）",
            "がん及び難病に係る全ゲノム解析を行う体制を備えることを前提とし",
            "厚生労働省からの委託事業として事業実施組織を当面置く",
            "国立がん研究センターの従来業務から独立したもの",
            "同センター以外の人材を積極登用",
        ],
        &[
            "患者還元、ゲノム医療を広く国民が受けられること、研究と医療実装の好循環実現等の目的",
            "高い透明性と確固たるガバナンスを確保しつつ",
            "事業を取り巻く状況の変化等にも適時適切に対応",
            "運営委員会（仮称）を設置",
            "事業実施組織全体の運営方針・戦略を策定",
            "重要事項を全て決定",
            "組織の全ての活動を管理監督",
            "患者パネル、ELSI（倫理）委員会、利活用審査委員会等の独立委員会を傘下に持ち",
            "その報告を受け、全体戦略に反映する",
        ],
        &[
            "事業実施組織発足後、３年を目途に",
            "事業規模の見通し",
            "民間資本導入の可能性",
            "全ゲノム解析を主眼とする独自組織に移行する場合を含めた具体的道筋等について検討",
            "その結果を踏まえ必要な対応を行う",
        ],
    ];
    let mut seen = Vec::new();
    for phrases in bullets {
        let f = find_bullet(&o.policies, 12, phrases);
        assert!(!seen.contains(&f.text.ja), "two bullets matched one fact");
        seen.push(f.text.ja.clone());
    }
    let on_12 = o
        .policies
        .iter()
        .filter(|f| page(&f.source) == Some(12))
        .count();
    assert_eq!(on_12, 3, "slide 12 has three bullets");
}

#[test]
fn every_bullet_of_slide_13_is_presented() {
    let o = progress().organisation;
    let bullets: [&[&str]; 4] = [
        &[
            "全ゲノム解析における、がん・難病それぞれの患者還元の統一的な方法を検討し",
            "研究班の監視を行うことで、横串を通す",
        ],
        &[
            "患者還元、ゲノム医療を広く国民が受けられること、研究と医療実装の好循環実現等の目的",
            "運営委員会（仮称）を設置",
        ],
        &[
            "厚労省の委託事業として事業実施組織を設置",
            "国立がん研究センターの従来業務からは独立した運営",
            "３年を目途に全ゲノム解析を主眼とする独自組織に移行する場合を含めた具体的道筋等",
            "その結果を踏まえ必要な対応を行う",
        ],
        &["ゲノムデータの保管に関しては、国の管理の下で厳格に運営する"],
    ];
    let mut seen = Vec::new();
    for phrases in bullets {
        let f = find_bullet(&o.policies, 13, phrases);
        assert!(!seen.contains(&f.text.ja), "two bullets matched one fact");
        seen.push(f.text.ja.clone());
    }
    let on_13 = o
        .policies
        .iter()
        .filter(|f| page(&f.source) == Some(13))
        .count();
    assert_eq!(on_13, 4, "slide 13 has four bullets");
}

#[test]
fn the_arrows_slide_13_draws_are_all_there_with_their_words() {
    let d = progress().organisation.structure;
    let expected = [
        (
            "mhlw",
            "implementing-organisation",
            "基本方針の提示、事業状況に係る指示",
        ),
        ("mhlw", "expert-committee", "定期報告"),
        ("expert-committee", "mhlw", "基本方針、事業状況に関する審議"),
        (
            "implementing-organisation",
            "amed-research-groups",
            "解析、提供方法の提示・監視",
        ),
        (
            "amed-research-groups",
            "implementing-organisation",
            "定期報告",
        ),
        (
            "companies-academia",
            "implementing-organisation",
            "利活用申請",
        ),
        (
            "implementing-organisation",
            "companies-academia",
            "審査、データ提供",
        ),
    ];
    let got: Vec<(&str, &str, &str)> = d
        .relations
        .iter()
        .map(|r| {
            (
                r.from.as_str(),
                r.to.as_str(),
                r.label.as_ref().map_or("", |l| l.ja.as_str()),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for r in &d.relations {
        assert_eq!(page(&r.source), Some(13), "{} -> {}", r.from, r.to);
        let label = r.label.as_ref().expect("every arrow on slide 13 has words");
        assert!(
            label.en.contains(label.ja.as_str()),
            "the English keeps the slide's words"
        );
    }
}

fn body_pages(d: &Diagram) -> Vec<(&str, u32)> {
    d.bodies
        .iter()
        .map(|b| {
            let p = page(&b.source).unwrap_or_else(|| panic!("{} cites the deck", b.id));
            assert!((1..=DECK_PAGES).contains(&p), "{} cites page {p}", b.id);
            (b.id.as_str(), p)
        })
        .collect()
}

#[test]
fn every_body_cites_its_own_slide_and_sits_where_the_source_puts_it() {
    let d = progress().organisation.structure;
    assert_eq!(
        body_pages(&d),
        [
            ("mhlw", 13),
            ("expert-committee", 13),
            ("implementing-organisation", 13),
            ("steering-committee", 12),
            ("patient-panel", 12),
            ("elsi-committee", 12),
            ("data-use-review-committee", 12),
            ("amed-research-groups", 11),
            ("amed-group-1", 13),
            ("amed-group-2", 13),
            ("companies-academia", 13),
            ("companies", 13),
            ("academia", 13),
        ]
    );
    let body = |id: &str| d.body(id).unwrap_or_else(|| panic!("{id}"));
    assert_eq!(
        body("expert-committee").name.ja,
        "厚生科学審議会科学技術部会 全ゲノム解析等の推進に関する専門委員会"
    );
    // The committee is not drawn under MHLW, nor the research groups inside the organisation.
    assert_eq!(body("expert-committee").inside, None);
    assert_eq!(body("amed-research-groups").inside, None);
    assert_eq!(
        body("steering-committee").inside.as_deref(),
        Some("implementing-organisation")
    );
    for id in [
        "patient-panel",
        "elsi-committee",
        "data-use-review-committee",
    ] {
        let b = body(id);
        assert_eq!(b.inside.as_deref(), Some("steering-committee"), "{id}");
        let role = b.role.as_ref().expect("role");
        // Only what slide 12 says: independent, under the steering committee, reporting to it.
        assert!(role.ja.contains("傘下の独立委員会") && role.ja.contains("全体戦略に反映"));
        for reading in ["倫理的・法的・社会的", "申請を審査", "審査する"] {
            assert!(!role.ja.contains(reading), "{id}: {reading}");
        }
        for reading in ["ethical, legal and social", "reviews applications"] {
            assert!(!role.en.contains(reading), "{id}: {reading}");
        }
    }
    let org = body("implementing-organisation")
        .role
        .clone()
        .expect("role");
    for phrase in [
        "【患者への解析結果提供】",
        "全ゲノム解析における患者還元の統一的な方法の検討・監視",
        "【データの利活用】",
        "解析データの保管",
        "解析データの利活用（コンソーシアム）",
    ] {
        assert!(org.ja.contains(phrase), "{phrase}");
    }
    // No source gives these names in English: every one is shown as our translation.
    for b in &d.bodies {
        assert!(b.name.en_source.is_none(), "{}", b.id);
        assert!(b
            .name
            .shown(Lang::En)
            .ends_with(&Lang::En.texts().our_translation.plain()));
    }
}

#[test]
fn the_organisation_is_a_plan_presented_to_the_21st_committee() {
    let o = progress().organisation;
    assert_eq!(o.title.ja, "今後の全ゲノム解析の実施体制のイメージ");
    assert_eq!(o.presented.on, "2024-12-23");
    assert!(o
        .presented
        .to
        .ja
        .contains("第21回全ゲノム解析等の推進に関する専門委員会"));
    assert!(o.presented.to.ja.contains("資料2"));
    assert!(o.structure.status.ja.contains("計画"));
    assert!(o
        .structure
        .status
        .en
        .contains("not a description of bodies that exist"));
    assert!(!o.title.en.to_lowercase().contains("who does what"));
}

#[test]
fn policies_are_worded_as_presented_never_as_decided() {
    let o = progress().organisation;
    for f in &o.policies {
        for word in [
            "決定されました",
            "決定された",
            "決まりました",
            "決定しました",
        ] {
            assert!(!f.text.ja.contains(word), "{word}: {}", f.text.ja);
        }
        for word in [
            "was decided",
            "were decided",
            "has been decided",
            "has decided",
            "decided that",
            "decided to",
        ] {
            assert!(!f.text.en.contains(word), "{word}: {}", f.text.en);
        }
    }
    let ja = Lang::Ja.texts().policies_presented_heading;
    let en = Lang::En.texts().policies_presented_heading;
    assert!(ja.contains("示された") && ja.contains("{date}"));
    assert!(en.contains("presented") && en.contains("{date}") && !en.contains("Decided"));
}

#[test]
fn later_facts_cite_every_source_they_rest_on() {
    let o = progress().organisation;
    let launch = o
        .later
        .iter()
        .find(|f| f.text.ja.contains("日本ゲノム医療推進機構"))
        .expect("the launch report");
    let cited: Vec<&str> = launch.citations().map(|r| r.source.as_str()).collect();
    for id in [
        "tekutekuradio-2026-02",
        "cbnews-2026-02-17",
        "gifu-np-kyodo-2026",
    ] {
        assert!(cited.contains(&id), "{id}");
    }
    assert!(launch.text.en.contains("Genomic Medicine Japan"));
    assert!(launch.text.ja.contains("確認できていません"));
}

#[test]
fn slide_11_programme_aims_lines_and_scheme_are_covered() {
    let p = progress();
    let g = &p.programme;
    find_bullet(
        &g.aims,
        11,
        &["民間企業やアカデミア等へその本格的な利活用を促し"],
    );
    find_bullet(
        &g.aims,
        11,
        &["解析結果等の速やかな日常診療への導入や、出口戦略に基づいた新たな個別化医療の実現についても更に推進する"],
    );
    let encourage = &g.aims[0].text.en;
    assert!(encourage.contains("encourage") && encourage.contains("academia, etc."));
    assert!(!encourage.contains("universities"));
    find_bullet(
        &g.lines,
        11,
        &[
            "事業実施準備室を国立高度専門医療研究センター医療研究連携推進本部内に設置（令和５年3月24日）",
            "厚生労働省が主体となって、組織、構成等の検討を継続",
            "情報基盤の構築や患者への還元、解析結果の利活用に係る体制整備を推進",
        ],
    );
    find_bullet(
        &g.lines,
        11,
        &[
            "革新的がん医療実用化研究事業",
            "難治性疾患実用化研究事業",
            "「全ゲノム解析等に係るAMED研究班」は、事業実施準備室と連携し",
        ],
    );
    let s = &g.scheme;
    assert!(body_pages(s).iter().all(|(_, p)| *p == 11));
    let names: Vec<&str> = s.bodies.iter().map(|b| b.name.ja.as_str()).collect();
    for name in [
        "国",
        "日本医療研究開発機構（AMED）",
        "研究者、民間事業者 等",
        "事業実施準備室",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    let arrows: Vec<(&str, &str, Option<&str>)> = s
        .relations
        .iter()
        .map(|r| {
            (
                r.from.as_str(),
                r.to.as_str(),
                r.label.as_ref().map(|l| l.ja.as_str()),
            )
        })
        .collect();
    assert!(arrows.contains(&("state", "amed", None)));
    assert!(arrows.contains(&("amed", "researchers", Some("補助金"))));
    assert_eq!(page(&p.action_plan.adopted_source), Some(9));
    assert_eq!(p.action_plan.adopted, "2022-09-30");
}

#[test]
fn the_slide_10_footnote_belongs_to_4571_only() {
    let c = progress().cases;
    assert_eq!(c.as_of, "2025-03-17");
    for s in &c.series {
        for r in &s.rows {
            let analysing = r
                .note
                .as_ref()
                .is_some_and(|n| n.ja.contains("データ解析中"));
            assert_eq!(analysing, r.annual == 4571, "{} FY{}", s.id, r.fy);
        }
    }
    for n in &c.notes {
        assert!(!n.ja.contains("データ解析中"), "{}", n.ja);
        assert!(!n.en.contains("being analysed"), "{}", n.en);
    }
}

#[test]
fn naisu_amounts_read_as_the_whole_programme() {
    let b = progress().budget;
    for l in b.lines.iter().filter(|l| l.part_of_larger) {
        assert!(l.amount == 89 || l.amount == 86, "{}", l.id);
    }
    for lang in Lang::ALL {
        let t = lang.texts();
        assert!(!t.part_of_larger.contains("part of a larger total"));
        assert!(t.part_of_larger.contains("内数"));
        // The chart's title must not put the supplementary budgets under one programme.
        assert!(!t.budget_chart_title.contains("推進事業"));
    }
    assert!(Lang::En.texts().part_of_larger.contains("whole programme"));
    let notes: Vec<&str> = b.notes.iter().map(|n| n.ja.as_str()).collect();
    assert!(notes
        .iter()
        .any(|n| n.contains("研究事業全体の予算額") && n.contains("示されていません")));
    assert!(notes
        .iter()
        .any(|n| n.contains("どの事業の額かは書かれていません")));
    assert!(notes.iter().any(|n| n.contains("43億円案")));
    assert!(notes.iter().all(|n| !n.contains("資料の時点では")));
    for l in &b.lines {
        assert!(
            l.name.en_source.is_none(),
            "{}: no source gives it in English",
            l.id
        );
    }
}

#[test]
fn wording_keeps_etc_and_nanbyo() {
    let json = read(progress::FILE);
    for bad in [
        "難病（まれな病気）",
        "Intractable (rare)",
        "intractable or rare",
        "Whole Genome Analysis Action Plan",
        "part of a larger total",
        "Who does what",
        "Decided on",
    ] {
        assert!(!json.contains(bad), "{bad}");
    }
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    // Every "Health Sciences Council" names its Science and Technology Committee too.
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut strings = Vec::new();
    walk(&value, &mut strings);
    for s in strings
        .iter()
        .filter(|s| s.contains("Health Sciences Council"))
    {
        assert!(s.contains("Science and Technology Committee"), "{s}");
    }
}

#[test]
fn the_data_is_valid_and_validation_catches_a_relation_to_an_unknown_body() {
    let sources = sources();
    let p = progress();
    assert_eq!(p.validate(&sources), Vec::<String>::new());
    let mut bad = p.clone();
    bad.organisation.structure.relations.push(Relation {
        from: "mhlw".into(),
        to: "nobody".into(),
        label: None,
        mutual: false,
        source: bad.organisation.structure.relations[0].source.clone(),
    });
    let errors = bad.validate(&sources).join("\n");
    assert!(errors.contains("unknown body \"nobody\""), "{errors}");
    let mut bad = p.clone();
    bad.programme.scheme.bodies[1].inside = Some("nowhere".into());
    let errors = bad.validate(&sources).join("\n");
    assert!(errors.contains("inside unknown body"), "{errors}");
    let mut bad = p.clone();
    let first = bad.organisation.structure.bodies[0].clone();
    bad.organisation.structure.bodies[1].column = first.column;
    bad.organisation.structure.bodies[1].row = first.row;
    let errors = bad.validate(&sources).join("\n");
    assert!(errors.contains("overlaps another box"), "{errors}");
    let mut bad = p;
    bad.organisation.later[0].also.push(SourceRef {
        source: "no-such-source".into(),
        page: None,
        as_of: None,
    });
    let errors = bad.validate(&sources).join("\n");
    assert!(errors.contains("no-such-source"), "{errors}");
}
