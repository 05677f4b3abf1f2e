//! The translation catalogue: every user-visible string that is not data, per language.
//!
//! Each language is one `Texts` value, so the compiler refuses a language with a missing string.
//! Adding a language (やさしい日本語 is next) means one `Lang` variant and one `Texts` value.

use serde::{Deserialize, Serialize};

/// A language the app is shown in. The URL carries it: `/…` is Japanese, `/en/…` English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The first path segment that selects this language (`None` for the default, Japanese).
    pub fn url_segment(self) -> Option<&'static str> {
        match self {
            Lang::Ja => None,
            Lang::En => Some("en"),
        }
    }

    /// The value for `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// A page's `<title>`: "page | app name", or the app name alone for the home page.
    pub fn page_title(self, page: &str) -> String {
        let app = self.texts().app_name;
        if page == app {
            app.to_string()
        } else {
            format!("{page} | {app}")
        }
    }

    /// The language a Japanese page should offer in a dismissible line, if any: English when the
    /// reader chose it before, or, with no choice remembered, when the browser prefers English to
    /// Japanese. The page is never redirected: the URL always wins.
    pub fn offer(self, remembered: Option<Lang>, preferred: &[String]) -> Option<Lang> {
        if self != Lang::Ja {
            return None;
        }
        match remembered {
            Some(Lang::En) => Some(Lang::En),
            Some(Lang::Ja) => None,
            None => {
                let first = |prefix: &str| {
                    preferred
                        .iter()
                        .position(|l| l.to_ascii_lowercase().starts_with(prefix))
                };
                match (first("en"), first("ja")) {
                    (Some(en), Some(ja)) if en < ja => Some(Lang::En),
                    (Some(_), None) => Some(Lang::En),
                    _ => None,
                }
            }
        }
    }

    /// The language a stored code names (`ja`, `en`), if any.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
}

/// What each published data file holds, in one sentence (the open data page, `/data`).
pub struct DataFileContents {
    pub plan: &'static str,
    pub law: &'static str,
    pub discrimination: &'static str,
    pub counselling: &'static str,
    pub progress: &'static str,
    pub sources: &'static str,
    pub changes: &'static str,
}

/// A page's title and one-line description, for `<title>`, `<meta name=description>` and `<h1>`.
pub struct PageText {
    pub title: &'static str,
    pub description: &'static str,
}

/// All strings of one language.
pub struct Texts {
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub language_switch_label: &'static str,
    /// The line on a Japanese home page that offers this language, written in this language.
    pub language_offer: &'static str,
    pub language_offer_accept: &'static str,
    pub language_offer_dismiss: &'static str,
    /// The name of this language, written in that language, for the switch.
    pub language_name: &'static str,
    pub home: PageText,
    pub plan: PageText,
    pub discrimination: PageText,
    pub counselling: PageText,
    pub progress: PageText,
    pub glossary: PageText,
    pub about: PageText,
    /// The open data page (`/data`): intro, how to reuse the files, which parts are whose, and one
    /// entry per file with the links to its JSON, its JSON Schema and its CSV tables.
    pub open_data: PageText,
    pub nav_open_data: &'static str,
    pub open_data_reuse_heading: &'static str,
    pub open_data_reuse_body: &'static [&'static str],
    pub open_data_licence_heading: &'static str,
    pub open_data_licence_body: &'static [&'static str],
    pub open_data_files_heading: &'static str,
    pub data_file_contents: DataFileContents,
    /// Where a file's content comes from: facts from cited documents, or wholly the site's own text.
    pub data_file_origin_sourced: &'static str,
    pub data_file_origin_own: &'static str,
    pub data_file_origin_label: &'static str,
    pub data_file_json_label: &'static str,
    pub data_file_schema_label: &'static str,
    /// `{table}` is a table's name, `{language}` the CSV's language.
    pub data_file_csv_label: &'static str,
    pub table_name_cases: &'static str,
    pub table_name_budget: &'static str,
    /// The language of a CSV file, named in the page's language.
    pub csv_language_japanese: &'static str,
    pub csv_language_english: &'static str,
    /// The change log page (`/changes`): each date is labelled as the day of the change.
    pub changes: PageText,
    pub nav_changes: &'static str,
    /// `{date}` is the day the change was made.
    pub changes_made_on: &'static str,
    pub change_why_label: &'static str,
    pub not_found: PageText,
    pub not_found_back_home: &'static str,
    pub update_available: &'static str,
    pub update_now: &'static str,
    /// How many change-log entries the waiting version adds (`{n}`); one or several.
    pub update_changes_one: &'static str,
    pub update_changes_many: &'static str,
    /// The banner's link: it updates, and the new version opens at the change log.
    pub update_and_see_changes: &'static str,
    pub offline_now: &'static str,
    pub offline_copy_from: &'static str,
    pub offline_no_copy: &'static str,
    pub card_actions_label: &'static str,
    pub share_button: &'static str,
    pub share_page_button: &'static str,
    pub link_copied: &'static str,
    pub link_copy_manual: &'static str,
    /// Read aloud (components/read_aloud.rs): the controls' group name, its buttons, and what its
    /// status line says while reading, paused, and after the reading ended (finished, stopped by
    /// the reader, or failed in the speech engine).
    pub read_aloud_label: &'static str,
    pub read_aloud_start: &'static str,
    pub read_aloud_pause: &'static str,
    pub read_aloud_resume: &'static str,
    pub read_aloud_stop: &'static str,
    pub read_aloud_speaking: &'static str,
    pub read_aloud_paused: &'static str,
    pub read_aloud_finished: &'static str,
    pub read_aloud_stopped: &'static str,
    pub read_aloud_failed: &'static str,
    pub link_label: &'static str,
    pub embed_button: &'static str,
    pub embed_intro: &'static str,
    pub embed_code_label: &'static str,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub embed_options_heading: &'static str,
    pub embed_option_lang: &'static str,
    pub embed_option_view: &'static str,
    pub embed_option_theme: &'static str,
    pub embed_height_intro: &'static str,
    pub embed_script_label: &'static str,
    pub embed_open_in_app: &'static str,
    pub embed_not_found: &'static str,
    pub print_qr_caption: &'static str,
    pub own_guide_note: &'static str,
    /// `{date}` is replaced by the day the material was presented (never "decided").
    pub policies_presented_heading: &'static str,
    pub later_heading: &'static str,
    pub timeline_title: &'static str,
    pub action_plan_aim: &'static str,
    pub adopted_label: &'static str,
    pub programme_aims_heading: &'static str,
    pub programme_lines_heading: &'static str,
    pub programme_scheme_heading: &'static str,
    pub presented_to_label: &'static str,
    pub presented_on_label: &'static str,
    pub diagram_relations_heading: &'static str,
    pub diagram_bodies_heading: &'static str,
    /// An arrow the source gives no words for.
    pub diagram_no_words: &'static str,
    /// `{outer}` is replaced by the name of the box drawn around it.
    pub diagram_inside: &'static str,
    /// Under a diagram whose names carry "*" for the site's own translation (empty: no key).
    pub diagram_translation_key: &'static str,
    pub diagram_arrow: &'static str,
    pub diagram_both_ways: &'static str,
    pub budget_chart_title: &'static str,
    pub initial_suffix: &'static str,
    pub supplementary_suffix: &'static str,
    pub budget_chart_note: &'static str,
    pub chart_view_label: &'static str,
    pub chart_view_annual: &'static str,
    pub chart_view_cumulative: &'static str,
    pub show_table: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub card_link: &'static str,
    pub list_separator: &'static str,
    pub progress_card_not_found: PageText,
    pub fiscal_year_header: &'static str,
    pub annual_header: &'static str,
    pub cumulative_header: &'static str,
    pub total_label: &'static str,
    pub all_fields_total: &'static str,
    pub budget_line_header: &'static str,
    pub budget_amount_header: &'static str,
    pub budget_previous_header: &'static str,
    pub part_of_larger: &'static str,
    pub approximately: &'static str,
    pub draft_label: &'static str,
    /// The short form of `draft_label`, for chart labels.
    pub draft_mark: &'static str,
    pub supplementary_heading: &'static str,
    pub notes_heading: &'static str,
    /// Under the progress cards: the figures hold on their sources' dates, nothing later checked.
    pub figures_date_note: &'static str,
    pub all_resources: PageText,
    pub situation_not_found: PageText,
    pub situation_question: &'static str,
    pub all_resources_link: &'static str,
    pub back_to_situations: &'static str,
    pub resource_operator: &'static str,
    pub resource_helps_with: &'static str,
    pub resource_who: &'static str,
    pub resource_languages: &'static str,
    pub hours_label: &'static str,
    pub resources_for_situation: &'static str,
    pub filter_label: &'static str,
    pub filter_hint: &'static str,
    pub filter_count: &'static str,
    pub filter_none: &'static str,
    pub reassurance: &'static str,
    pub law_says_heading: &'static str,
    pub plan_says_heading: &'static str,
    /// The discrimination page's other two headings and, for each of its four, one line saying
    /// what kind of source stands under it.
    pub guidance_heading: &'static str,
    pub press_heading: &'static str,
    pub act_section_note: &'static str,
    pub plan_section_note: &'static str,
    /// Over every view of the plan's content: which document it comes from and what that is not.
    pub plan_basis_note: &'static str,
    pub guidance_section_note: &'static str,
    pub press_section_note: &'static str,
    pub related_measures_heading: &'static str,
    pub steps_heading: &'static str,
    pub step_number: &'static str,
    pub step_resources: &'static str,
    pub law: PageText,
    pub pillar_not_found: PageText,
    pub measure_not_found: PageText,
    pub pillar_link: &'static str,
    /// `{pillar}` is replaced by the pillar's name.
    pub measure_description: &'static str,
    pub measures_heading: &'static str,
    pub policies_heading: &'static str,
    pub open_measure_page: &'static str,
    pub expand_all: &'static str,
    pub principles_for_measure_heading: &'static str,
    pub own_reading_note: &'static str,
    pub related_discrimination: &'static str,
    pub related_counselling: &'static str,
    pub breadcrumb_label: &'static str,
    pub back_to_plan: &'static str,
    pub other_matters_heading: &'static str,
    pub status_heading: &'static str,
    pub period_label: &'static str,
    pub structure_heading: &'static str,
    pub working_group_heading: &'static str,
    pub meetings_summary: &'static str,
    /// The working group's member list: its disclosure summary (`{count}`) and the chair's mark.
    pub members_summary: &'static str,
    pub chair_label: &'static str,
    pub meeting_number: &'static str,
    pub date_range_separator: &'static str,
    pub law_link: &'static str,
    pub law_number_label: &'static str,
    pub official_title_label: &'static str,
    pub promulgated_label: &'static str,
    pub in_force_label: &'static str,
    pub purpose_heading: &'static str,
    pub principles_heading: &'static str,
    pub measures_for_principle: &'static str,
    pub duties_heading: &'static str,
    pub financial_heading: &'static str,
    pub basic_plan_heading: &'static str,
    pub law_measures_heading: &'static str,
    /// The heading over what press and articles say about the Act (not the Act's own words).
    pub commentary_heading: &'static str,
    pub nav_home: &'static str,
    pub nav_plan: &'static str,
    pub nav_discrimination: &'static str,
    pub nav_counselling: &'static str,
    pub nav_progress: &'static str,
    pub nav_glossary: &'static str,
    pub nav_about: &'static str,
    pub loading: &'static str,
    pub load_error_title: &'static str,
    pub load_error_body: &'static str,
    pub load_error_file: &'static str,
    pub retry: &'static str,
    pub error_network: &'static str,
    /// `{status}` is replaced by the HTTP status code.
    pub error_status: &'static str,
    pub error_malformed: &'static str,
    pub goal_heading: &'static str,
    pub pillars_heading: &'static str,
    pub pillar_measures_count: &'static str,
    pub source_label: &'static str,
    /// The words before and after each kind of date (`format::labelled_date`): when a source was
    /// published, the date a fact holds (時点), when the material was compiled into this app.
    /// Event dates (a meeting, a decision) stand in lists whose heading says what they are.
    pub date_published_before: &'static str,
    pub date_published_after: &'static str,
    pub date_holds_on_before: &'static str,
    pub date_holds_on_after: &'static str,
    pub date_compiled_before: &'static str,
    pub date_compiled_after: &'static str,
    pub date_event_before: &'static str,
    pub date_event_after: &'static str,
    /// Shown in place of a date the material does not show.
    pub date_unknown: &'static str,
    /// After an English name that no source gives: the site's own translation.
    pub our_translation: &'static str,
    /// The badge on a statement no official source confirms, and its explanation.
    pub unconfirmed_label: &'static str,
    /// Around how to find a source whose address was not recorded.
    pub source_locator_intro: &'static str,
    pub source_locator_close: &'static str,
    /// The label of the site's own summaries (guidance, steps, situations).
    pub own_summary_label: &'static str,
    /// Quotation marks around a document title.
    pub quote_open: &'static str,
    pub quote_close: &'static str,
    pub page_label: &'static str,
    pub secondary_source_note: &'static str,
    pub footer_source_intro: &'static str,
    pub footer_privacy: &'static str,
    pub coming_soon: &'static str,
    pub about_body: &'static [&'static str],
}

pub static JA: Texts = Texts {
    app_name: "ゲノム医療ナビ",
    app_tagline: "ゲノム医療推進法と基本計画を、出典つきでわかりやすく",
    skip_to_content: "本文へ移動",
    nav_label: "メインメニュー",
    language_switch_label: "言語",
    language_offer: "このサイトは日本語でも読めます。",
    language_offer_accept: "日本語で読む",
    language_offer_dismiss: "閉じる",
    language_name: "日本語",
    home: PageText {
        title: "ゲノム医療ナビ",
        description: "ゲノム医療推進法に基づく基本計画の目標と3つの柱を、出典と日付つきで紹介します。",
    },
    plan: PageText {
        title: "基本計画",
        description: "ゲノム医療推進法に基づく基本計画の全体目標と3つの柱。",
    },
    discrimination: PageText {
        title: "差別への対応",
        description: "ゲノム情報による不当な差別等について、法律・基本計画・公的な案内・報道がそれぞれ述べていることと、あなたができること。",
    },
    counselling: PageText {
        title: "相談窓口",
        description: "ゲノム医療や遺伝のことを相談できる窓口。",
    },
    progress: PageText {
        title: "全ゲノム解析等の進み具合",
        description: "全ゲノム解析等実行計画の症例数と予算、事業実施組織の計画。",
    },
    glossary: PageText {
        title: "用語集",
        description: "ゲノム医療のことばの意味。",
    },
    about: PageText {
        title: "このサイトについて",
        description: "ゲノム医療ナビの目的、出典、プライバシー。",
    },
    open_data: PageText {
        title: "オープンデータ",
        description: "このサイトのデータファイルを、形式を定めたJSON Schemaと、表はCSVとあわせて公開しています。",
    },
    nav_open_data: "オープンデータ",
    open_data_reuse_heading: "使い方",
    open_data_reuse_body: &[
        "ファイルのアドレスは変わりません。このサイトのアドレスのあとに data/〈ファイル名〉.json（データ）、data/schema/〈ファイル名〉.schema.json（JSON Schema）、data/cases.csv などの表（CSV）が続きます。",
        "JSON Schema（draft 2020-12）は、このサイトのプログラムがデータを読むときの型から作っています。どのデータファイルも、このプロジェクトのテストでスキーマに合うことを確かめています。",
        "CSVの文字コードはUTF-8（BOMつき）です。英語版は .en.csv です。",
    ],
    open_data_licence_heading: "だれのものか（ライセンス）",
    open_data_licence_body: &[
        "数値、日付、引用した施策の文言は、厚生労働省などの政府の資料からとったものです。どの資料によるかは、事実ごとに出典の一覧（sources.json）を指しています。これらの資料について、このサイトは、資料を公開している政府のサイトが定める利用条件のほかに、ライセンスを定めたり与えたりしません。再利用するときは、出典のサイトの利用条件をご確認ください。",
        "報道などの二次情報によることもあり、データの中でそのことを示しています。",
        "要約、やさしい言いかえ、英訳、ファイルの構成、変更履歴は、このサイト（ゲノム医療ナビ）が作ったものです。これらは、このプロジェクトのほかの部分と同じく、MITライセンスで利用できます。",
    ],
    open_data_files_heading: "データファイル",
    data_file_contents: DataFileContents {
        plan: "基本計画：全体目標、3つの柱、分野別施策と主な取組、計画の状況・期間・構成、検討した会議。",
        law: "ゲノム医療推進法：目的、3つの基本理念、だれが何をするか、法律が定める施策。",
        discrimination: "ゲノム情報による差別について、法律、基本計画、そのほかの公的な案内、報道がそれぞれ述べていることと、できること。",
        counselling: "相談窓口：状況ごとの窓口、相談できること、連絡先、受付時間。",
        progress: "全ゲノム解析等実行計画：データ格納症例数、予算、実行計画、事業実施組織、これまでの歩み。",
        sources: "出典の一覧：各資料の名前、発行者、日付、探し方、公式か二次情報か。",
        changes: "変更履歴：内容を変えた日、変えたこと、その理由。",
    },
    data_file_origin_sourced: "政府の資料などの出典による事実を、このサイトがまとめ、訳したもの",
    data_file_origin_own: "すべてこのサイトの文章",
    data_file_origin_label: "内容",
    data_file_json_label: "データ（JSON）",
    data_file_schema_label: "JSON Schema",
    data_file_csv_label: "表「{table}」（CSV、{language}）",
    table_name_cases: "データ格納症例数",
    table_name_budget: "予算",
    csv_language_japanese: "日本語",
    csv_language_english: "英語",
    changes: PageText {
        title: "変更履歴",
        description: "このサイトの内容をいつ、どう変えたか、その理由。新しいものから順に並べています。",
    },
    nav_changes: "変更履歴",
    changes_made_on: "{date}の変更",
    change_why_label: "理由",
    not_found: PageText {
        title: "ページが見つかりません",
        description: "お探しのページは見つかりませんでした。アドレスをご確認ください。",
    },
    not_found_back_home: "トップページへ戻る",
    update_available: "新しい版があります。",
    update_now: "新しい版にする",
    update_changes_one: "内容の変更が1件あります。",
    update_changes_many: "内容の変更が{n}件あります。",
    update_and_see_changes: "新しい版にして変更履歴を見る",
    offline_now: "オフラインです。",
    offline_copy_from: "表示しているのは、この端末に{date}に保存した版です。",
    offline_no_copy: "この端末にはまだ保存された版がないため、開けないページがあります。",
    card_actions_label: "このカードの共有と埋め込み：{title}",
    share_button: "共有",
    share_page_button: "このページを共有",
    link_copied: "リンクをコピーしました。",
    link_copy_manual: "リンクをコピーできませんでした。次のアドレスを選んでコピーしてください。",
    read_aloud_label: "このページの読み上げ",
    read_aloud_start: "読み上げる",
    read_aloud_pause: "一時停止",
    read_aloud_resume: "再開",
    read_aloud_stop: "停止",
    read_aloud_speaking: "この端末の音声で読み上げています。",
    read_aloud_paused: "一時停止しています。",
    read_aloud_finished: "最後まで読み上げました。",
    read_aloud_stopped: "読み上げを止めました。",
    read_aloud_failed: "読み上げられませんでした。",
    link_label: "このページのアドレス",
    embed_button: "埋め込む",
    embed_intro: "次の1行をあなたのページやスライドのHTMLに貼り付けると、このカードを出典つきで表示できます。",
    embed_code_label: "埋め込み用のコード（1行）",
    copy_button: "コピー",
    copied: "コピーしました。",
    copy_failed: "コピーできませんでした。コードを選んでコピーしてください。",
    embed_options_heading: "アドレスで選べること",
    embed_option_lang: "言語：/embed/… は日本語、/en/embed/… は英語",
    embed_option_view: "表示：?view=table でグラフの代わりに表（グラフのあるカード）。件数は ?count=cumulative で累計",
    embed_option_theme: "配色：?theme=light または ?theme=dark（指定しなければ見る人の設定）",
    embed_height_intro: "高さを内容に合わせるには、同じページに次のスクリプトも1回だけ貼り付けます。高さを知らせるメッセージ以外は受け取りません。",
    embed_script_label: "高さ調整用のスクリプト",
    embed_open_in_app: "ゲノム医療ナビで開く（新しいタブ）",
    embed_not_found: "この埋め込み用のカードは見つかりませんでした。",
    print_qr_caption: "このページをスマートフォンで開く",
    own_guide_note: "この案内はゲノム医療ナビがまとめたものです。窓口ごとの出典と日付は、それぞれの窓口の説明にあります。",
    policies_presented_heading: "{date}に示された方針",
    later_heading: "その後の報道",
    timeline_title: "これまでの歩み",
    action_plan_aim: "目指す医療の姿",
    adopted_label: "策定",
    programme_aims_heading: "事業の目的",
    programme_lines_heading: "事業の概要",
    programme_scheme_heading: "スキーム",
    presented_to_label: "示された会議と資料",
    presented_on_label: "示された日",
    diagram_relations_heading: "図の矢印（番号は図の中の番号）",
    diagram_bodies_heading: "図の中の組織",
    diagram_no_words: "（この矢印の言葉は、資料の文字にはありません）",
    diagram_inside: "{outer}の中に描かれています。",
    diagram_translation_key: "",
    diagram_arrow: " → ",
    diagram_both_ways: " ↔ ",
    budget_chart_title: "資料11ページの予算額（内数の事業を除く）",
    initial_suffix: "当初",
    supplementary_suffix: "補正",
    budget_chart_note: "当初予算は「がん・難病の全ゲノム解析等の推進事業」の額です。補正予算額がどの事業の額かは、資料に書かれていません。「内数」の事業は事業全体の額で、全ゲノム解析等だけの額ではないため、グラフに入れていません。",
    chart_view_label: "グラフの表示",
    chart_view_annual: "年度ごと",
    chart_view_cumulative: "累積",
    show_table: "表で見る",
    download_csv: "CSVをダウンロード",
    download_json: "JSONをダウンロード",
    card_link: "このカードだけを開く",
    list_separator: "、",
    progress_card_not_found: PageText {
        title: "そのカードは見つかりません",
        description: "進み具合のページから、見たいカードをお選びください。",
    },
    fiscal_year_header: "年度",
    annual_header: "その年度の格納症例数",
    cumulative_header: "累積症例数",
    total_label: "合計",
    all_fields_total: "がん・難病の累計",
    budget_line_header: "事業",
    budget_amount_header: "令和7年度",
    budget_previous_header: "前年度",
    part_of_larger: "の内数（事業全体の額。うち全ゲノム解析等の分は示されていません）",
    approximately: "約",
    draft_label: "（案）",
    draft_mark: "（案）",
    supplementary_heading: "補正予算",
    notes_heading: "注",
    figures_date_note: "数値は、それぞれの出典の欄に示した日付のものです。それより新しい数値は、このサイトでは確かめていません。",
    all_resources: PageText {
        title: "すべての相談窓口",
        description: "このサイトで紹介している相談窓口の一覧です。名前や内容で絞り込めます。",
    },
    situation_not_found: PageText {
        title: "その状況は見つかりません",
        description: "一覧から、いちばん近い状況をお選びください。",
    },
    situation_question: "どんなことでお困りですか？",
    all_resources_link: "すべての相談窓口を見る",
    back_to_situations: "状況の一覧へ戻る",
    resource_operator: "運営",
    resource_helps_with: "相談できること",
    resource_who: "利用できる人",
    resource_languages: "言語",
    hours_label: "受付時間",
    resources_for_situation: "相談できるところ",
    filter_label: "名前や内容で絞り込む",
    filter_hint: "入力した内容は保存されません。",
    filter_count: "{n}件の窓口",
    filter_none: "条件に合う窓口はありません。別のことばでお試しください。",
    reassurance: "ひとりで悩まなくて大丈夫です。相談できる窓口があります。費用や秘密の扱いは窓口ごとに違うので、それぞれの説明と出典をご確認ください。",
    law_says_heading: "法律（ゲノム医療推進法）が定めていること",
    plan_says_heading: "基本計画に書かれていること",
    guidance_heading: "国や関係団体のその他の案内",
    press_heading: "報道・解説記事",
    act_section_note: "法律の条文、国会や厚生労働省による法律の概要にもとづきます。",
    plan_section_note: "2025年5月16日の厚生労働省の資料にもとづきます（ワーキンググループが計画案を取りまとめた後、閣議決定の前の資料です）。閣議決定された計画の本文とは照らし合わせていません。",
    plan_basis_note: "基本計画の内容は、2025年5月16日の厚生労働省の資料（計画案の取りまとめ後、閣議決定の前）にもとづいています。閣議決定された計画の本文とは照らし合わせていません。",
    guidance_section_note: "法律や基本計画そのものではなく、省庁・地方公共団体・業界団体が出している案内やQ&Aです。",
    press_section_note: "報道や解説記事が伝えていることです。公式の資料ではありません。",
    related_measures_heading: "関連する施策",
    steps_heading: "あなたができること",
    step_number: "ステップ{n}",
    step_resources: "相談先",
    law: PageText {
        title: "ゲノム医療推進法",
        description: "ゲノム医療推進法（令和5年法律第57号）の目的、3つの基本理念、だれが何をするかを、やさしいことばで。",
    },
    pillar_not_found: PageText {
        title: "その柱は見つかりません",
        description: "基本計画にその柱はありません。3つの柱の一覧からお選びください。",
    },
    measure_not_found: PageText {
        title: "その施策は見つかりません",
        description: "この柱にその施策はありません。施策の一覧からお選びください。",
    },
    pillar_link: "この柱の施策を見る",
    measure_description: "基本計画の柱「{pillar}」の分野別施策です。",
    measures_heading: "分野別施策",
    policies_heading: "主な取組",
    open_measure_page: "この施策のページを開く",
    expand_all: "すべて開く",
    principles_for_measure_heading: "関わる法の基本理念",
    own_reading_note: "どの理念に関わるかは、法律と基本計画を読み合わせた当サイトの整理です。",
    related_discrimination: "差別を受けたときにできること",
    related_counselling: "相談できる窓口を探す",
    breadcrumb_label: "現在位置",
    back_to_plan: "基本計画の3つの柱へ",
    other_matters_heading: "計画を進めるために必要なこと",
    status_heading: "計画の状況",
    period_label: "計画期間",
    structure_heading: "計画の構成",
    working_group_heading: "計画を検討した会議",
    meetings_summary: "開催日と議題（全{count}回）",
    members_summary: "構成員（{count}名）",
    chair_label: "〇座長",
    meeting_number: "第{n}回",
    date_range_separator: "〜",
    law_link: "ゲノム医療推進法をやさしく読む",
    law_number_label: "法律番号",
    official_title_label: "正式名称",
    promulgated_label: "公布",
    in_force_label: "施行",
    purpose_heading: "この法律の目的",
    principles_heading: "3つの基本理念",
    measures_for_principle: "この理念に関わる基本計画の施策",
    duties_heading: "だれが何をするか",
    financial_heading: "お金の手当て",
    basic_plan_heading: "基本計画をつくる義務",
    law_measures_heading: "法律が定める施策",
    commentary_heading: "解説記事による指摘",
    nav_home: "ホーム",
    nav_plan: "基本計画",
    nav_discrimination: "差別への対応",
    nav_counselling: "相談窓口",
    nav_progress: "進み具合",
    nav_glossary: "用語集",
    nav_about: "このサイトについて",
    loading: "読み込んでいます…",
    load_error_title: "データを読み込めませんでした",
    load_error_body: "通信の状態を確かめて、もう一度お試しください。ほかのページは引き続き使えます。",
    load_error_file: "読み込めなかったファイル",
    retry: "もう一度読み込む",
    error_network: "通信できませんでした",
    error_status: "サーバーがエラー {status} を返しました",
    error_malformed: "ファイルの形式が正しくありません",
    goal_heading: "全体目標",
    pillars_heading: "3つの柱",
    pillar_measures_count: "分野別施策の数",
    source_label: "出典",
    date_published_before: "資料の日付: ",
    date_published_after: "",
    date_holds_on_before: "",
    date_holds_on_after: "時点",
    date_compiled_before: "この内容をまとめた日: ",
    date_compiled_after: "",
    date_event_before: "",
    date_event_after: "",
    date_unknown: "不明",
    our_translation: "（このサイトによる訳）",
    unconfirmed_label: "未確認",
    source_locator_intro: "（アドレス未記録: ",
    source_locator_close: "）",
    own_summary_label: "このサイトのまとめ",
    quote_open: "「",
    quote_close: "」",
    page_label: "ページ",
    secondary_source_note: "（公式ページでは未確認の情報です）",
    footer_source_intro: "主な出典",
    footer_privacy: "このサイトはトラッカーもクッキーも使いません。入力した内容は保存しません（言語の選択だけを、この端末に記録します）。",
    coming_soon: "このページの内容は準備中です。",
    about_body: &[
        "ゲノム医療ナビは、ゲノム医療推進法（令和5年法律第57号）と、それに基づく基本計画の内容を、出典と日付をつけてわかりやすく紹介するサイトです。",
        "情報のもとは3種類です。(1) 厚生労働省などの公式の資料やページ。(2) 報道、業界紙、ブログ、法令データベース、ほかのサイトに載った写しなどの二次資料。これらにもとづく情報には「公式ページでは未確認の情報です」と表示します。(3) このサイト自身のまとめ（相談の手順や状況別の案内など）。これには「このサイトのまとめ」と表示し、その中の事実にも出典をつけています。",
        "日付は種類を分けて表示します。「資料の日付」は資料が公表・更新された日（わからないときは「不明」）、「…時点」はその数字や内容があてはまる日、「この内容をまとめた日」はこのサイトが資料を読んでまとめた日です。資料はすべて保存された写しで読んだもので、その後に公式ページを直接確かめてはいません。",
        "英語版の名称（法律、計画、機関、窓口など）は、公式の英語名が出典で確認できたもの以外は、このサイトによる訳です。",
        "このサイトはブラウザの中だけで動きます。広告・アクセス解析・クッキーは使わず、ほかのサイトへ通信しません。",
    ],
};

pub static EN: Texts = Texts {
    app_name: "Genome Medicine Navi",
    app_tagline: "Japan's Genome Medicine Promotion Act and Basic Plan, in plain words, with sources",
    skip_to_content: "Skip to main content",
    nav_label: "Main menu",
    language_switch_label: "Language",
    language_offer: "This site is also in English.",
    language_offer_accept: "Read in English",
    language_offer_dismiss: "No thanks",
    language_name: "English",
    home: PageText {
        title: "Genome Medicine Navi",
        description: "The goal and three pillars of Japan's Basic Plan under the Genome Medicine Promotion Act, with sources and dates.",
    },
    plan: PageText {
        title: "The Basic Plan",
        description: "The overall goal and three pillars of the Basic Plan under the Genome Medicine Promotion Act.",
    },
    discrimination: PageText {
        title: "Responding to discrimination",
        description: "What the Act, the Basic Plan, official guidance and the press each say about unfair discrimination, etc. based on genetic information, and what you can do.",
    },
    counselling: PageText {
        title: "Where to get advice",
        description: "Where to talk to someone about genome medicine and genetic conditions.",
    },
    progress: PageText {
        title: "Whole genome analysis, etc.: progress",
        description: "Case counts and budgets of the Action Plan for Whole Genome Analysis, etc., and the planned implementing organisation.",
    },
    glossary: PageText {
        title: "Glossary",
        description: "What the words of genome medicine mean.",
    },
    about: PageText {
        title: "About this site",
        description: "Why Genome Medicine Navi exists, where its facts come from, and how it protects your privacy.",
    },
    open_data: PageText {
        title: "Open data",
        description: "This site's data files, each with a JSON Schema that defines its format, and the tables also as CSV.",
    },
    nav_open_data: "Open data",
    open_data_reuse_heading: "Reusing the files",
    open_data_reuse_body: &[
        "The addresses stay the same: after this site's address come data/<file>.json (the data), data/schema/<file>.schema.json (its JSON Schema) and tables such as data/cases.csv (CSV).",
        "The JSON Schemas (draft 2020-12) are made from the types this site's program reads the data into. The project's tests check every data file against its schema.",
        "The CSV files are UTF-8 with a byte order mark. The English ones end in .en.csv.",
    ],
    open_data_licence_heading: "Whose is what (licence)",
    open_data_licence_body: &[
        "Figures, dates and quoted policy text come from government documents (the Ministry of Health, Labour and Welfare and others); each fact points to its document in the list of sources (sources.json). For this material we claim and grant no licence beyond what the government site that publishes it states. Before reusing it, check that site's terms.",
        "Some facts come from secondary sources such as press reports; the data marks them as such.",
        "The summaries, the plain-language wording, the English translations, the structure of the files and the change log are this site's (Genome Medicine Navi's) own work. They may be reused under the MIT License, like the rest of this project.",
    ],
    open_data_files_heading: "Data files",
    data_file_contents: DataFileContents {
        plan: "The Basic Plan: overall goal, three pillars, measures and their policies, status, period, structure, and the meetings that drafted it.",
        law: "The Genome Medicine Promotion Act: purpose, three principles, who does what, and the measures it sets.",
        discrimination: "What the Act, the Basic Plan, other official guidance and press reports each say about discrimination based on genetic information, and what you can do.",
        counselling: "Where to get advice: services per situation, what they help with, contacts and hours.",
        progress: "The Action Plan for Whole Genome Analysis, etc.: cases with data stored, budgets, the Action Plan, the implementing organisation and a timeline.",
        sources: "The list of sources: each document's title, publisher, dates, how to find it, and whether it is official or secondary.",
        changes: "The change log: when the content changed, what changed and why.",
    },
    data_file_origin_sourced: "Facts from government documents and other cited sources, in this site's summaries and translations",
    data_file_origin_own: "Wholly this site's own text",
    data_file_origin_label: "Content",
    data_file_json_label: "Data (JSON)",
    data_file_schema_label: "JSON Schema",
    data_file_csv_label: "Table “{table}” (CSV, {language})",
    table_name_cases: "Cases with data stored",
    table_name_budget: "Budget",
    csv_language_japanese: "Japanese",
    csv_language_english: "English",
    changes: PageText {
        title: "Change log",
        description: "When and how this site's content changed, and why. Newest first.",
    },
    nav_changes: "Change log",
    changes_made_on: "Changed on {date}",
    change_why_label: "Why",
    not_found: PageText {
        title: "Page not found",
        description: "We could not find the page you asked for. Please check the address.",
    },
    not_found_back_home: "Go to the home page",
    update_available: "A new version is available.",
    update_now: "Update now",
    update_changes_one: "It brings 1 change to the content.",
    update_changes_many: "It brings {n} changes to the content.",
    update_and_see_changes: "Update and see what changed",
    offline_now: "You are offline.",
    offline_copy_from: "You are seeing the copy saved on this device on {date}.",
    offline_no_copy: "This device has no saved copy yet, so some pages may not open.",
    card_actions_label: "Share or embed this card: {title}",
    share_button: "Share",
    share_page_button: "Share this page",
    link_copied: "Link copied.",
    link_copy_manual: "The link could not be copied. Select this address and copy it.",
    read_aloud_label: "Read this page aloud",
    read_aloud_start: "Read aloud",
    read_aloud_pause: "Pause",
    read_aloud_resume: "Resume",
    read_aloud_stop: "Stop",
    read_aloud_speaking: "Reading aloud with this device's voice.",
    read_aloud_paused: "Paused.",
    read_aloud_finished: "Finished reading the page.",
    read_aloud_stopped: "Stopped reading.",
    read_aloud_failed: "The page could not be read aloud.",
    link_label: "Address of this page",
    embed_button: "Embed",
    embed_intro: "Paste this one line into the HTML of your page or slides to show this card with its source.",
    embed_code_label: "Embed code (one line)",
    copy_button: "Copy",
    copied: "Copied.",
    copy_failed: "Could not copy. Select the code and copy it.",
    embed_options_heading: "Options in the address",
    embed_option_lang: "Language: /embed/… is Japanese, /en/embed/… is English",
    embed_option_view: "View: ?view=table shows the table instead of the chart (cards with charts); for case counts, ?count=cumulative shows running totals",
    embed_option_theme: "Colours: ?theme=light or ?theme=dark (by default, the reader's setting)",
    embed_height_intro: "To make the frame as tall as its content, also paste this script once on the same page. It reads nothing but the height message.",
    embed_script_label: "Height script",
    embed_open_in_app: "Open in Genome Medicine Navi (new tab)",
    embed_not_found: "There is no card to embed at this address.",
    print_qr_caption: "Open this page on a phone",
    own_guide_note: "This guide is Genome Medicine Navi's own summary. Each service's source and date are given with that service.",
    policies_presented_heading: "Policies presented on {date}",
    later_heading: "Reported since",
    timeline_title: "Timeline",
    action_plan_aim: "The medical care it aims at",
    adopted_label: "Adopted",
    programme_aims_heading: "Purpose",
    programme_lines_heading: "Outline",
    programme_scheme_heading: "Scheme",
    presented_to_label: "Presented to",
    presented_on_label: "Presented on",
    diagram_relations_heading: "The arrows in the diagram (numbered as in the drawing)",
    diagram_bodies_heading: "The bodies in the diagram",
    diagram_no_words: "(the source's text gives no words for this arrow)",
    diagram_inside: "Drawn inside {outer}.",
    diagram_translation_key: "* our translation of the Japanese name",
    diagram_arrow: " → ",
    diagram_both_ways: " ↔ ",
    budget_chart_title: "Budget amounts on page 11 of the source (内数 lines left out)",
    initial_suffix: " initial",
    supplementary_suffix: " supplementary",
    budget_chart_note: "The initial budgets are those of the programme for promoting whole genome analysis, etc. for cancer and intractable diseases. The source does not say which programme the supplementary budgets belong to. Lines given as 内数 are left out: each is a whole programme's budget, not an amount for this work alone.",
    chart_view_label: "Chart view",
    chart_view_annual: "Per year",
    chart_view_cumulative: "Cumulative",
    show_table: "Show table",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    card_link: "Open this card on its own",
    list_separator: ", ",
    progress_card_not_found: PageText {
        title: "Card not found",
        description: "Please choose a card on the progress page.",
    },
    fiscal_year_header: "Fiscal year",
    annual_header: "Cases stored that year",
    cumulative_header: "Cumulative cases",
    total_label: "Total",
    all_fields_total: "Cancer and intractable diseases, in all",
    budget_line_header: "Programme",
    budget_amount_header: "FY2025",
    budget_previous_header: "Previous year",
    part_of_larger: " for the whole programme (内数: the part for whole genome analysis, etc. is not stated)",
    approximately: "about ",
    draft_label: " (written 案, proposal, in the source)",
    draft_mark: " (案)",
    supplementary_heading: "Supplementary budgets",
    notes_heading: "Notes",
    figures_date_note: "Each figure holds on the date given with its source. This site has not checked any later figures.",
    all_resources: PageText {
        title: "All places to get advice",
        description: "Every service this site lists. You can filter them by name or topic.",
    },
    situation_not_found: PageText {
        title: "Situation not found",
        description: "Please choose the closest situation from the list.",
    },
    situation_question: "What is your situation?",
    all_resources_link: "See every place to get advice",
    back_to_situations: "Back to the list of situations",
    resource_operator: "Run by",
    resource_helps_with: "Can help with",
    resource_who: "Who can use it",
    resource_languages: "Languages",
    hours_label: "Hours",
    resources_for_situation: "Where you can get advice",
    filter_label: "Filter by name or topic",
    filter_hint: "What you type is not stored.",
    filter_count: "{n} services",
    filter_none: "No service matches. Please try other words.",
    reassurance: "You do not have to deal with this alone: there are services you can talk to. Costs and confidentiality differ from one service to another, so please check each one's description and source.",
    law_says_heading: "What the Act says",
    plan_says_heading: "What the Basic Plan says",
    guidance_heading: "Other official guidance",
    press_heading: "Press reports and commentary",
    act_section_note: "From the Act's text and the official summaries of it by the Diet and MHLW.",
    plan_section_note: "From MHLW's material of 16 May 2025, written after the working group compiled the draft plan and before the Cabinet adopted it. It has not been checked against the text of the adopted plan.",
    plan_basis_note: "The Basic Plan's content here comes from MHLW's material of 16 May 2025 (after the draft was compiled, before Cabinet adoption). It has not been checked against the text of the adopted plan.",
    guidance_section_note: "Not the Act or the Basic Plan themselves: guidance and Q&As from ministries, local governments and industry bodies.",
    press_section_note: "What news reports and articles say. They are not official documents.",
    related_measures_heading: "Related measures",
    steps_heading: "What you can do",
    step_number: "Step {n}",
    step_resources: "Where to go",
    law: PageText {
        title: "The Genome Medicine Promotion Act",
        description: "The Genome Medicine Promotion Act (Act No. 57 of 2023) in plain words: its purpose, its three basic principles, and who must do what.",
    },
    pillar_not_found: PageText {
        title: "Pillar not found",
        description: "The Basic Plan has no such pillar. Please choose one of the three pillars.",
    },
    measure_not_found: PageText {
        title: "Measure not found",
        description: "This pillar has no such measure. Please choose one from the list of measures.",
    },
    pillar_link: "See the measures of this pillar",
    measure_description: "A measure of the Basic Plan under the pillar “{pillar}”.",
    measures_heading: "Measures",
    policies_heading: "Main actions",
    open_measure_page: "Open this measure's page",
    expand_all: "Open all",
    principles_for_measure_heading: "Principles of the Act it serves",
    own_reading_note: "Which principles a measure serves is this site's own reading of the Act and the plan.",
    related_discrimination: "What you can do about discrimination",
    related_counselling: "Find somewhere to get advice",
    breadcrumb_label: "You are here",
    back_to_plan: "Back to the three pillars",
    other_matters_heading: "What else the plan needs",
    status_heading: "Where the plan stands",
    period_label: "Plan period",
    structure_heading: "How the plan is organised",
    working_group_heading: "The working group that examined the plan",
    meetings_summary: "Meetings and agendas ({count} in all)",
    members_summary: "Members ({count})",
    chair_label: "(chair)",
    meeting_number: "Meeting {n}",
    date_range_separator: " to ",
    law_link: "Read the Act in plain words",
    law_number_label: "Law number",
    official_title_label: "Full title",
    promulgated_label: "Promulgated",
    in_force_label: "In force",
    purpose_heading: "What the Act is for",
    principles_heading: "The three basic principles",
    measures_for_principle: "Measures of the Basic Plan that serve it",
    duties_heading: "Who must do what",
    financial_heading: "Funding",
    basic_plan_heading: "The duty to make a Basic Plan",
    law_measures_heading: "Measures the Act sets out",
    commentary_heading: "What commentary points out",
    nav_home: "Home",
    nav_plan: "Basic Plan",
    nav_discrimination: "Discrimination",
    nav_counselling: "Get advice",
    nav_progress: "Progress",
    nav_glossary: "Glossary",
    nav_about: "About",
    loading: "Loading…",
    load_error_title: "The data could not be loaded",
    load_error_body: "Please check your connection and try again. The other pages still work.",
    load_error_file: "File that failed",
    retry: "Try again",
    error_network: "The network could not be reached",
    error_status: "The server answered with error {status}",
    error_malformed: "The file is not in the expected format",
    goal_heading: "Overall goal",
    pillars_heading: "The three pillars",
    pillar_measures_count: "Measures",
    source_label: "Source",
    date_published_before: "source dated ",
    date_published_after: "",
    date_holds_on_before: "as of ",
    date_holds_on_after: "",
    date_compiled_before: "compiled here on ",
    date_compiled_after: "",
    date_event_before: "",
    date_event_after: "",
    date_unknown: "unknown",
    our_translation: "(our translation)",
    unconfirmed_label: "Unconfirmed",
    source_locator_intro: " (address not recorded: ",
    source_locator_close: ")",
    own_summary_label: "Our summary",
    quote_open: "“",
    quote_close: "”",
    page_label: "page",
    secondary_source_note: "(not yet confirmed on an official page)",
    footer_source_intro: "Main source",
    footer_privacy: "This site uses no trackers and no cookies, and stores nothing you type (only your language choice, on this device).",
    coming_soon: "The content of this page is being prepared.",
    about_body: &[
        "Genome Medicine Navi explains Japan's Genome Medicine Promotion Act (Act No. 57 of 2023) and the Basic Plan made under it, in plain words, with a source and a date for every fact.",
        "The information comes from three kinds of material. (1) Official documents and pages, mainly from the Ministry of Health, Labour and Welfare (MHLW). (2) Secondary material: news reports, trade press, blogs, law databases and copies of documents on other sites; facts based on them say “not yet confirmed on an official page”. (3) The site's own summaries (the steps to take, the guide by situation); these are labelled “Our summary”, and each fact in them cites its source.",
        "Dates are labelled by kind. “Source dated” is when the document was published or last updated (“unknown” when it does not show it); “as of” is the date a figure or statement holds; “compiled here on” is when this site read the material and summarised it. All material was read in saved copies; the official pages have not been checked live since.",
        "English names (of the Act, the plan, organisations and services) are our translations unless a source gives an official English name.",
        "The site runs entirely in your browser. It uses no ads, no analytics and no cookies, and it talks to no other site.",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_offered_only_where_the_reader_prefers_or_chose_it() {
        let prefs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let en_first = prefs(&["en-US", "ja"]);
        assert_eq!(Lang::Ja.offer(None, &en_first), Some(Lang::En));
        assert_eq!(Lang::Ja.offer(None, &prefs(&["en-GB"])), Some(Lang::En));
        assert_eq!(Lang::Ja.offer(None, &prefs(&["ja-JP", "en-US"])), None);
        assert_eq!(Lang::Ja.offer(None, &prefs(&["fr", "de"])), None);
        assert_eq!(Lang::Ja.offer(None, &[]), None);
        // An explicit choice wins over the browser's preference, both ways.
        assert_eq!(Lang::Ja.offer(Some(Lang::Ja), &en_first), None);
        assert_eq!(
            Lang::Ja.offer(Some(Lang::En), &prefs(&["ja"])),
            Some(Lang::En)
        );
        // An English page offers nothing: the URL always wins.
        assert_eq!(Lang::En.offer(None, &prefs(&["ja"])), None);
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("<x>"), None);
    }

    #[test]
    fn page_titles_name_the_page_then_the_app() {
        assert_eq!(Lang::Ja.page_title("基本計画"), "基本計画 | ゲノム医療ナビ");
        assert_eq!(
            Lang::En.page_title("Glossary"),
            "Glossary | Genome Medicine Navi"
        );
        assert_eq!(Lang::Ja.page_title("ゲノム医療ナビ"), "ゲノム医療ナビ");
    }

    #[test]
    fn templates_keep_their_placeholders_in_every_language() {
        for lang in Lang::ALL {
            let t = lang.texts();
            assert!(t.card_actions_label.contains("{title}"));
            assert!(t.offline_copy_from.contains("{date}"));
        }
    }
}
