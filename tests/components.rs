//! Component tests in headless Chromium (wasm-bindgen-test): views mount and show their data.
#![cfg(target_arch = "wasm32")]

use genome_navi::components::data_state::LoadErrorMessage;
use genome_navi::components::measure_list::MeasureList;
use genome_navi::components::plan_overview::PlanOverview;
use genome_navi::components::site_header::LanguageSwitch;
use genome_navi::data::load::{parse, LoadError};
use genome_navi::data::plan::Plan;
use genome_navi::data::sources::Sources;
use genome_navi::i18n::Lang;
use genome_navi::routes::AppRoute;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SOURCES: &str = r#"{"primary":"doc","sources":[{"id":"doc","title":{"ja":"テスト資料","en":"Test paper","easy":"やさしい Test paper"},
  "publisher":{"ja":"テスト省","en":"Ministry of Tests","easy":"やさしい Ministry of Tests"},"kind":"report","published":{"on":"2024-02-03"},
  "compiled":"2026-11-24","url":null,"locator":{"ja":"省のサイト","en":"the ministry's site","easy":"やさしい the ministry's site"},"certainty":"official"}]}"#;
const PLAN: &str = r#"{"title":{"ja":"計画","en":"Plan","easy":"やさしい Plan"},"title_source":{"source":"doc","page":3},
  "goal":{"text":{"ja":"目標の文","en":"The goal sentence","easy":"やさしい The goal sentence"},"source":{"source":"doc","page":6}},
  "pillars":[
   {"id":"a","name":{"ja":"柱A","en":"Pillar A","easy":"やさしい Pillar A"},"summary":{"ja":"要約A","en":"Summary A","easy":"やさしい Summary A"},
    "measures":[
      {"id":"m1","name":{"ja":"施策1","en":"Measure 1","easy":"やさしい Measure 1"},"policies":[{"wording":{"ja":"取組1","en":"Policy 1","easy":"やさしい Policy 1"},"for_you":{"ja":"あなたに取組1","en":"For you: Policy 1","easy":"やさしい For you: Policy 1"}}],
       "principles":["p"],"source":{"source":"doc","page":7}},
      {"id":"m2","name":{"ja":"施策2","en":"Measure 2","easy":"やさしい Measure 2"},"policies":[{"wording":{"ja":"取組2a","en":"Policy 2a","easy":"やさしい Policy 2a"},"for_you":{"ja":"あなたに取組2a","en":"For you: Policy 2a","easy":"やさしい For you: Policy 2a"}},{"wording":{"ja":"取組2b","en":"Policy 2b","easy":"やさしい Policy 2b"},"for_you":{"ja":"あなたに取組2b","en":"For you: Policy 2b","easy":"やさしい For you: Policy 2b"}}],
       "principles":["p"],"related":"counselling","source":{"source":"doc","page":7}}],
    "source":{"source":"doc","page":6}},
   {"id":"b","name":{"ja":"柱B","en":"Pillar B","easy":"やさしい Pillar B"},"summary":{"ja":"要約B","en":"Summary B","easy":"やさしい Summary B"},"measures":[],
    "source":{"source":"doc","page":7,"as_of":"2025-01-31"}}],
  "other_matters":[],"structure":[],"status":[],
  "period":{"text":{"ja":"5年","en":"5 years","easy":"やさしい 5 years"},"source":{"source":"doc"}},
  "working_group":{"name":{"ja":"WG","en":"WG","easy":"やさしい WG"},"purpose":{"ja":"目的","en":"Purpose","easy":"やさしい Purpose"},
    "remit":{"ja":"事項","en":"Remit","easy":"やさしい Remit"},"members":[],"members_as_of":"2024-12-18",
    "members_note":{"ja":"五十音順","en":"In syllabary order","easy":"やさしい In syllabary order"},"meetings":[],"source":{"source":"doc","page":4}}}"#;

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn fixture() -> (Plan, Sources) {
    (
        parse("plan.json", PLAN).unwrap(),
        parse("sources.json", SOURCES).unwrap(),
    )
}

#[wasm_bindgen_test]
fn plan_overview_shows_goal_pillars_and_sources_in_english() {
    let (plan, sources) = fixture();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <PlanOverview lang=Lang::En plan=plan sources=sources/> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("The goal sentence"), "{text}");
    assert!(!text.contains("目標の文"), "{text}");
    let cards = root.query_selector_all(".pillar-card").unwrap();
    assert_eq!(cards.length(), 2);
    let first = cards.get(0).unwrap().text_content().unwrap();
    assert!(
        first.contains("Pillar A") && first.contains("Summary A") && first.contains("2"),
        "{first}"
    );
    let source_lines = root.query_selector_all(".source-line").unwrap();
    assert_eq!(
        source_lines.length(),
        3,
        "the goal and each pillar cite a source"
    );
    let second = cards.get(1).unwrap().text_content().unwrap();
    assert!(
        second.contains("Ministry of Tests")
            && second.contains("source dated 3 February 2024")
            && second.contains("as of 31 January 2025"),
        "{second}"
    );
}

#[wasm_bindgen_test]
fn plan_overview_in_japanese_uses_japanese_text_and_dates() {
    let (plan, sources) = fixture();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <PlanOverview lang=Lang::Ja plan=plan sources=sources/> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("目標の文") && text.contains("柱B"), "{text}");
    assert!(
        text.contains("資料の日付: 2024年2月3日") && text.contains("6ページ"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn load_error_names_the_file_and_retry_calls_back() {
    let root = container();
    let retried = RwSignal::new(0);
    let error = LoadError::Status {
        file: "plan.json".into(),
        status: 404,
    };
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <LoadErrorMessage lang=Lang::Ja error=error on_retry=move |()| retried.update(|n| *n += 1)/>
        }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("plan.json") && text.contains("404"), "{text}");
    let alert = root.query_selector("[role=alert]").unwrap();
    assert!(alert.is_some(), "screen readers are told about the failure");
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "もう一度読み込む");
    button.click();
    leptos::task::tick().await;
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn language_switch_links_to_the_same_page_in_the_other_language() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <LanguageSwitch lang=Lang::Ja route=AppRoute::Plan/> }
    });
    let links = root.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2, "the two other languages");
    let link = |i: u32| -> web_sys::Element { links.item(i).unwrap().unchecked_into() };
    assert_eq!(link(0).get_attribute("href").as_deref(), Some("/easy/plan"));
    assert_eq!(
        link(0).get_attribute("hreflang").as_deref(),
        Some("ja-x-easy")
    );
    assert_eq!(link(0).get_attribute("lang").as_deref(), Some("ja"));
    // Its name carries readings, for the readers it is for.
    assert!(link(0).query_selector("ruby rt").unwrap().is_some());
    assert_eq!(link(1).get_attribute("href").as_deref(), Some("/en/plan"));
    assert_eq!(link(1).get_attribute("hreflang").as_deref(), Some("en"));
    assert_eq!(link(1).text_content().as_deref(), Some("English"));
}

#[wasm_bindgen_test]
fn a_policy_in_easy_japanese_shows_ruby_and_what_it_means_for_you() {
    use genome_navi::components::measure_list::PolicyList;
    use genome_navi::data::plan::Measure;
    let measure: Measure = serde_json::from_str(
        r#"{"id":"m","name":{"ja":"施策","en":"Measure","easy":"｜施策《しさく》"},
        "policies":[{"wording":{"ja":"相談窓口を周知","en":"Publicise advice services","easy":"｜相談《そうだん》できる｜場所《ばしょ》を｜知《し》らせます"},
        "for_you":{"ja":"相談先がわかります","en":"You can find where to ask","easy":"どこに｜相談《そうだん》するか、わかります"}}],
        "principles":[],"source":{"source":"doc"}}"#,
    )
    .unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <PolicyList lang=Lang::Easy measure=measure/> }
    });
    let policy = root.query_selector(".policy__text").unwrap().unwrap();
    assert_eq!(policy.query_selector_all("ruby").unwrap().length(), 3);
    let for_you = root.query_selector(".for-you").unwrap().unwrap();
    let text = for_you.text_content().unwrap();
    assert!(
        text.contains("どこに") && text.contains("そうだん"),
        "{text}"
    );
    assert!(
        for_you.query_selector(".for-you__own").unwrap().is_some(),
        "labelled as the site's own reading"
    );
}

#[wasm_bindgen_test]
async fn the_furigana_switch_hides_and_shows_readings_and_remembers_it() {
    use genome_navi::components::furigana_switch::FuriganaSwitch;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("genome-navi:furigana").unwrap();
    let root = container();
    let _handle =
        leptos::mount::mount_to(root.clone(), || view! { <FuriganaSwitch lang=Lang::Easy/> });
    leptos::task::tick().await;
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(html.get_attribute("data-furigana").as_deref(), Some("on"));
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(html.get_attribute("data-furigana").as_deref(), Some("off"));
    assert_eq!(
        storage.get_item("genome-navi:furigana").unwrap().as_deref(),
        Some("off")
    );
    storage.remove_item("genome-navi:furigana").unwrap();
}

#[wasm_bindgen_test]
fn measure_list_opens_the_measures_named_in_the_url_and_ignores_others() {
    let (plan, sources) = fixture();
    let pillar = plan.pillars[0].clone();
    let root = container();
    let open = vec!["m2".to_string(), "no-such".to_string()];
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <MeasureList lang=Lang::En pillar=pillar sources=sources open=open/> }
    });
    let details = root.query_selector_all("details.measure").unwrap();
    assert_eq!(details.length(), 2);
    let is_open = |i: u32| {
        details
            .get(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .has_attribute("open")
    };
    assert!(!is_open(0) && is_open(1));
    let second = details.get(1).unwrap().text_content().unwrap();
    assert!(
        second.contains("Policy 2a") && second.contains("Policy 2b"),
        "{second}"
    );
    let link = root.query_selector("#measure-m2 a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/en/plan/a/m2"));
}

#[wasm_bindgen_test]
fn resource_card_gives_a_tel_link_and_cites_a_contact_seen_elsewhere() {
    use genome_navi::components::resource_card::ResourceCard;
    use genome_navi::data::counselling::Resource;
    let sources: Sources = parse(
        "sources.json",
        r#"{"primary":"a","sources":[
          {"id":"a","title":{"ja":"公式","en":"Official page","easy":"やさしい Official page"},"publisher":{"ja":"省","en":"Ministry","easy":"やさしい Ministry"},
           "kind":"guidance","published":"unknown","compiled":"2026-11-24",
           "url":"https://example.go.jp/a","certainty":"official"},
          {"id":"b","title":{"ja":"市","en":"City page","easy":"やさしい City page"},"publisher":{"ja":"市","en":"City","easy":"やさしい City"},
           "kind":"guidance","published":{"on":"2024-06"},"compiled":"2026-11-24",
           "url":"https://example.lg.jp/b","certainty":"secondary"}]}"#,
    )
    .unwrap();
    let resource: Resource = serde_json::from_str(
        r#"{"id":"line","name":{"ja":"相談電話","en":"Help line","easy":"やさしい Help line"},"operator":{"ja":"省","en":"Ministry","easy":"やさしい Ministry"},
          "helps_with":{"ja":"何でも","en":"Anything","easy":"やさしい Anything"},"who":{"ja":"どなたでも","en":"Anyone","easy":"やさしい Anyone"},
          "languages":{"ja":"日本語","en":"Japanese","easy":"やさしい Japanese"},
          "contacts":[
            {"kind":"phone","label":{"ja":"電話","en":"Phone","easy":"やさしい Phone"},"value":"0570-003-110",
             "hours":{"ja":"平日","en":"Weekdays","easy":"やさしい Weekdays"},"source":{"source":"a"}},
            {"kind":"web","label":{"ja":"休日の情報","en":"Holiday notes","easy":"やさしい Holiday notes"},"value":"https://example.lg.jp/b",
             "source":{"source":"b"}}],
          "source":{"source":"a"}}"#,
    )
    .unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <ResourceCard lang=Lang::En resource=resource sources=sources/> }
    });
    let tel = root.query_selector("a[href^='tel:']").unwrap().unwrap();
    assert_eq!(tel.get_attribute("href").as_deref(), Some("tel:0570003110"));
    assert_eq!(tel.text_content().as_deref(), Some("0570-003-110"));
    let text = root.text_content().unwrap();
    assert!(text.contains("Hours: Weekdays"), "{text}");
    // The card cites its own page; the contact seen on the city page cites that page, marked.
    assert_eq!(root.query_selector_all(".source-line").unwrap().length(), 2);
    assert!(
        text.contains("not yet confirmed on an official page"),
        "{text}"
    );
    // Each source says which date it carries: one shows none of its own, so the day it was
    // compiled here is given; the other its month of publication.
    assert!(
        text.contains("source dated unknown") && text.contains("compiled here on 24 November 2026"),
        "{text}"
    );
    assert!(text.contains("source dated June 2024"), "{text}");
}

#[wasm_bindgen_test]
async fn update_banner_appears_when_a_version_waits_and_its_button_asks_for_it() {
    use genome_navi::components::app_status::UpdateBanner;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <UpdateBanner lang=Signal::stored(Lang::En)/> }
    });
    assert!(root.query_selector(".update-banner").unwrap().is_none());
    let window = web_sys::window().unwrap();
    let asked = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = asked.clone();
    let on_apply =
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || counter.set(counter.get() + 1));
    window
        .add_event_listener_with_callback(
            "genome-navi:apply-update",
            on_apply.as_ref().unchecked_ref(),
        )
        .unwrap();
    // What index.html's script does when the service worker has a new version waiting.
    window
        .dispatch_event(&web_sys::Event::new("genome-navi:update-ready").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let banner = root
        .query_selector(".update-banner")
        .unwrap()
        .expect("banner shown");
    assert!(banner
        .text_content()
        .unwrap()
        .contains("A new version is available."));
    let button: web_sys::HtmlElement = banner
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Update now");
    button.click();
    assert_eq!(
        asked.get(),
        1,
        "the button asks index.html's script to switch versions"
    );
    window
        .remove_event_listener_with_callback(
            "genome-navi:apply-update",
            on_apply.as_ref().unchecked_ref(),
        )
        .unwrap();
}

#[wasm_bindgen_test]
fn card_tools_give_the_cards_embed_snippet_and_are_left_out_of_embeds() {
    use genome_navi::components::card_tools::{CardTools, InEmbed};
    use genome_navi::routes::EmbedCard;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <CardTools lang=Lang::En card=EmbedCard::Progress("cases".into()) title="Cases"/> }
    });
    let code: web_sys::HtmlTextAreaElement = root
        .query_selector("#embed-code-cases")
        .unwrap()
        .expect("embed code")
        .unchecked_into();
    let snippet = code.value();
    assert!(snippet.contains("/en/embed/cases\""), "{snippet}");
    assert!(
        snippet.contains("title=\"Cases\"") && snippet.contains("loading=\"lazy\""),
        "{snippet}"
    );
    assert!(root.text_content().unwrap().contains("Share"));

    let inside = container();
    let _embed = leptos::mount::mount_to(inside.clone(), || {
        provide_context(InEmbed);
        view! { <CardTools lang=Lang::En card=EmbedCard::Steps title="Steps"/> }
    });
    assert_eq!(
        inside.child_element_count(),
        0,
        "an embed has no share or embed tools"
    );
}

#[wasm_bindgen_test]
fn print_qr_draws_the_pages_address() {
    use genome_navi::components::print_qr::PrintQr;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <PrintQr lang=Signal::stored(Lang::Ja) url="https://example.org/plan"/> }
    });
    let path = root
        .query_selector(".print-qr path")
        .unwrap()
        .expect("QR path");
    assert!(path.get_attribute("d").unwrap().starts_with("M4 4h1v1h-1z"));
    assert!(root
        .text_content()
        .unwrap()
        .contains("https://example.org/plan"));
}

#[wasm_bindgen_test]
fn ruby_text_renders_readings_as_ruby() {
    let text = genome_navi::text::Text::parse("この｜法律《ほうりつ》は国《くに》が").unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <p>{text}</p> });
    // Leptos leaves an empty comment after a list of views; it is not part of the text.
    assert_eq!(
        root.inner_html().replace("<!---->", ""),
        "<p><span class=\"ruby-text\">この<ruby>法律<rt>ほうりつ</rt></ruby>は<ruby>国<rt>くに</rt></ruby>が</span></p>"
    );
}

#[wasm_bindgen_test]
async fn the_search_panel_expands_a_reading_and_shows_results_as_text() {
    use genome_navi::components::search_panel::SearchPanel;
    use genome_navi::search::SearchTerms;
    // A stand-in for the engine (public/js/search.js): it keeps what it was asked, and answers
    // with a hostile excerpt and a result without an address.
    let engine = js_sys::Function::new_with_args(
        "query, variant",
        "globalThis.askedSearch = [query, variant];
         return Promise.resolve({ total: 2, results: [
           { url: '/glossary/gene', title: '遺伝子', kind: 'term', section: '',
             excerpt: '<mark>遺伝子</mark>とは &lt;b&gt;<img src=x onerror=alert(1)>' },
           { title: 'no address' } ] });",
    );
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"genomeNaviSearch".into(), &engine).unwrap();
    let terms = SearchTerms::decode("遺伝子\tいでんし\tgene");
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <SearchPanel lang=Lang::Ja query="イデンシ".to_string() terms=Signal::stored(Some(terms))/> }
    });
    // Until the results are shown (a bounded wait, each step a task of the event loop).
    for _ in 0..200 {
        if root.query_selector(".search-results li").unwrap().is_some() {
            break;
        }
        genome_navi::browser::next_task().await;
    }
    let asked = js_sys::Reflect::get(&window, &"askedSearch".into()).unwrap();
    let asked: Vec<String> = js_sys::Array::from(&asked)
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(asked, ["遺伝子", "ja"]);
    let items = root.query_selector_all(".search-results li").unwrap();
    assert_eq!(
        items.length(),
        1,
        "the result without an address is left out"
    );
    let link = root.query_selector("a.search-result").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/glossary/gene")
    );
    let mark = root
        .query_selector(".search-result__excerpt mark")
        .unwrap()
        .unwrap();
    assert_eq!(mark.text_content().as_deref(), Some("遺伝子"));
    assert!(root
        .query_selector(".search-results img, .search-results b")
        .unwrap()
        .is_none());
    let excerpt = root
        .query_selector(".search-result__excerpt")
        .unwrap()
        .unwrap();
    assert!(excerpt.text_content().unwrap().contains("<b>"));
    let status = root.query_selector(".search-status").unwrap().unwrap();
    assert!(status.text_content().unwrap().contains('2'));
    // The panel carries its terms for the page's controls.
    let panel = root.query_selector(".search-panel").unwrap().unwrap();
    let carried = SearchTerms::decode(&panel.get_attribute("data-terms").unwrap());
    assert_eq!(carried, SearchTerms::decode("遺伝子\tいでんし\tgene"));
}
