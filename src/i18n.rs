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

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::En => &EN,
        }
    }
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
    /// The name of this language, written in that language, for the switch.
    pub language_name: &'static str,
    pub home: PageText,
    pub plan: PageText,
    pub discrimination: PageText,
    pub counselling: PageText,
    pub progress: PageText,
    pub glossary: PageText,
    pub about: PageText,
    pub not_found: PageText,
    pub not_found_back_home: &'static str,
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
    pub meeting_number: &'static str,
    pub date_range_separator: &'static str,
    pub law_link: &'static str,
    pub law_number_label: &'static str,
    pub law_title_label: &'static str,
    pub promulgated_label: &'static str,
    pub in_force_label: &'static str,
    pub purpose_heading: &'static str,
    pub principles_heading: &'static str,
    pub measures_for_principle: &'static str,
    pub duties_heading: &'static str,
    pub financial_heading: &'static str,
    pub basic_plan_heading: &'static str,
    pub law_measures_heading: &'static str,
    pub limits_heading: &'static str,
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
    /// Text around a date that a fact holds at: ja （2025年5月16日時点）, en (as of 16 May 2025).
    pub as_of_before: &'static str,
    pub as_of_after: &'static str,
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
        description: "ゲノム情報による不当な差別について、法律と基本計画が定めていること。",
    },
    counselling: PageText {
        title: "相談窓口",
        description: "ゲノム医療や遺伝のことを相談できる窓口。",
    },
    progress: PageText {
        title: "全ゲノム解析の進み具合",
        description: "全ゲノム解析等実行計画の症例数と予算。",
    },
    glossary: PageText {
        title: "用語集",
        description: "ゲノム医療のことばの意味。",
    },
    about: PageText {
        title: "このサイトについて",
        description: "ゲノム医療ナビの目的、出典、プライバシー。",
    },
    not_found: PageText {
        title: "ページが見つかりません",
        description: "お探しのページは見つかりませんでした。アドレスをご確認ください。",
    },
    not_found_back_home: "トップページへ戻る",
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
    meeting_number: "第{n}回",
    date_range_separator: "〜",
    law_link: "ゲノム医療推進法をやさしく読む",
    law_number_label: "法律番号",
    law_title_label: "正式名称",
    promulgated_label: "公布",
    in_force_label: "施行",
    purpose_heading: "この法律の目的",
    principles_heading: "3つの基本理念",
    measures_for_principle: "この理念に関わる基本計画の施策",
    duties_heading: "だれが何をするか",
    financial_heading: "お金の手当て",
    basic_plan_heading: "基本計画をつくる義務",
    law_measures_heading: "法律が定める施策",
    limits_heading: "知っておきたいこと",
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
    as_of_before: "（",
    as_of_after: "時点）",
    quote_open: "「",
    quote_close: "」",
    page_label: "ページ",
    secondary_source_note: "（公式ページでは未確認の情報です）",
    footer_source_intro: "主な出典",
    footer_privacy: "このサイトはトラッカーもクッキーも使いません。入力した内容は保存しません。",
    coming_soon: "このページの内容は準備中です。",
    about_body: &[
        "ゲノム医療ナビは、ゲノム医療推進法（令和5年法律第57号）と、それに基づく基本計画の内容を、出典と日付をつけてわかりやすく紹介するサイトです。",
        "すべての情報は厚生労働省などの公的な資料に基づき、それぞれの出典と時点を表示しています。",
        "このサイトはブラウザの中だけで動きます。広告・アクセス解析・クッキーは使わず、ほかのサイトへ通信しません。",
    ],
};

pub static EN: Texts = Texts {
    app_name: "Genome Medicine Navi",
    app_tagline: "Japan's Genome Medicine Promotion Act and Basic Plan, in plain words, with sources",
    skip_to_content: "Skip to main content",
    nav_label: "Main menu",
    language_switch_label: "Language",
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
        title: "Protection from discrimination",
        description: "What the Act and the Basic Plan say about unfair discrimination based on genetic information.",
    },
    counselling: PageText {
        title: "Where to get advice",
        description: "Where to talk to someone about genome medicine and genetic conditions.",
    },
    progress: PageText {
        title: "Whole genome analysis: progress",
        description: "Case counts and budgets of the Whole Genome Analysis Action Plan.",
    },
    glossary: PageText {
        title: "Glossary",
        description: "What the words of genome medicine mean.",
    },
    about: PageText {
        title: "About this site",
        description: "Why Genome Medicine Navi exists, where its facts come from, and how it protects your privacy.",
    },
    not_found: PageText {
        title: "Page not found",
        description: "We could not find the page you asked for. Please check the address.",
    },
    not_found_back_home: "Go to the home page",
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
    policies_heading: "What the plan will do",
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
    working_group_heading: "The working group that drafted it",
    meetings_summary: "Meetings and agendas ({count} in all)",
    meeting_number: "Meeting {n}",
    date_range_separator: " to ",
    law_link: "Read the Act in plain words",
    law_number_label: "Law number",
    law_title_label: "Full title",
    promulgated_label: "Promulgated",
    in_force_label: "In force",
    purpose_heading: "What the Act is for",
    principles_heading: "The three basic principles",
    measures_for_principle: "Measures of the Basic Plan that serve it",
    duties_heading: "Who must do what",
    financial_heading: "Funding",
    basic_plan_heading: "The duty to make a Basic Plan",
    law_measures_heading: "Measures the Act sets out",
    limits_heading: "Good to know",
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
    as_of_before: "(as of ",
    as_of_after: ")",
    quote_open: "“",
    quote_close: "”",
    page_label: "page",
    secondary_source_note: "(not yet confirmed on an official page)",
    footer_source_intro: "Main source",
    footer_privacy: "This site uses no trackers and no cookies, and stores nothing you type.",
    coming_soon: "The content of this page is being prepared.",
    about_body: &[
        "Genome Medicine Navi explains Japan's Genome Medicine Promotion Act (Act No. 57 of 2023) and the Basic Plan made under it, in plain words, with a source and a date for every fact.",
        "All information comes from official documents, mainly from the Ministry of Health, Labour and Welfare (MHLW), and each fact shows its source and the date it holds.",
        "The site runs entirely in your browser. It uses no ads, no analytics and no cookies, and it talks to no other site.",
    ],
};
