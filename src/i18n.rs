//! The translation catalogue: every user-visible string that is not data, per language.
//!
//! Each language is one `Texts` value, so the compiler refuses a language with a missing string.
//! Strings are `UiText`: they may carry readings in the same notation as the data (｜漢字《かんじ》),
//! which やさしい日本語 uses on every kanji.

mod easy;

use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

pub use easy::EASY;

/// A language the app is shown in. The URL carries it: `/…` is Japanese, `/easy/…` やさしい日本語
/// (easy Japanese with furigana), `/en/…` English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    Easy,
    En,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Lang; 3] = [Lang::Ja, Lang::Easy, Lang::En];

    /// The first path segment that selects this language (`None` for the default, Japanese).
    pub fn url_segment(self) -> Option<&'static str> {
        match self {
            Lang::Ja => None,
            Lang::Easy => Some("easy"),
            Lang::En => Some("en"),
        }
    }

    /// The app's own name for the language: in stored settings and embed options.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::Easy => "easy",
            Lang::En => "en",
        }
    }

    /// The value for `<html lang>` and `lang` attributes: やさしい日本語 is Japanese, so screen
    /// readers pick a Japanese voice; the variant is marked apart (`variant`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Easy => "ja",
            Lang::En => "en",
        }
    }

    /// The `hreflang` of a link to this language. Easy Japanese has no language subtag of its own,
    /// so it is a private-use variant of `ja` (BCP 47 `x-`), which engines that do not know it
    /// read as Japanese.
    pub fn hreflang(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::Easy => "ja-x-easy",
            Lang::En => "en",
        }
    }

    /// The variant of the language, if any, for `<html data-lang-variant>` (styles and tests).
    pub fn variant(self) -> Option<&'static str> {
        match self {
            Lang::Easy => Some("easy"),
            Lang::Ja | Lang::En => None,
        }
    }

    /// Whether furigana are shown before the reader chooses: on in やさしい日本語 only.
    pub fn furigana_by_default(self) -> bool {
        self == Lang::Easy
    }

    /// A page's `<title>`: "page | app name", or the app name alone for the home page.
    pub fn page_title(self, page: impl fmt::Display) -> String {
        let page = page.to_string();
        let app = self.texts().app_name.plain();
        if page == app {
            app
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
            Some(Lang::Ja | Lang::Easy) => None,
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

    /// The language a stored id names (`ja`, `easy`, `en`), if any.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Ja => &JA,
            Lang::Easy => &EASY,
            Lang::En => &EN,
        }
    }
}

/// A catalogue string: it may carry readings (｜漢字《かんじ》). In a view it renders with its ruby;
/// as text (`Display`, `plain`) it is the bases alone, for titles and attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct UiText(pub &'static str);

impl UiText {
    /// The parsed text. A malformed catalogue string shows as written rather than failing the
    /// page; the host test `every_catalogue_string_parses_and_the_easy_one_has_a_reading_on_every_kanji`
    /// (tests/easy_japanese.rs) keeps there being none.
    pub fn text(self) -> Text {
        Text::assembled(self.0)
    }

    /// The bases alone, without readings.
    pub fn plain(self) -> String {
        if self.0.contains('《') {
            self.text().to_string()
        } else {
            self.0.to_string()
        }
    }

    /// The string as written, with its notation and placeholders.
    pub fn source(self) -> &'static str {
        self.0
    }

    /// Fills a placeholder (`{date}`) and parses the result, so a value carrying readings (a date
    /// in やさしい日本語) keeps them.
    pub fn fill(self, placeholder: &str, value: &str) -> Text {
        self.fill_all(&[(placeholder, value)])
    }

    /// The text before and after a placeholder, for a view that puts something of its own there
    /// (a labelled date, or the reader's words, which must stay text and never be read as notation).
    pub fn around(self, placeholder: &str) -> (Text, Text) {
        let (before, after) = self.0.split_once(placeholder).unwrap_or((self.0, ""));
        (Text::assembled(before), Text::assembled(after))
    }

    /// `fill` for several placeholders at once.
    pub fn fill_all(self, pairs: &[(&str, &str)]) -> Text {
        let filled = pairs
            .iter()
            .fold(self.0.to_string(), |s, (p, v)| s.replace(p, v));
        Text::assembled(filled)
    }

    pub fn contains(self, pattern: &str) -> bool {
        self.0.contains(pattern)
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for UiText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

/// As plain text (a title for sharing, an attribute).
impl From<UiText> for String {
    fn from(text: UiText) -> String {
        text.plain()
    }
}

impl From<UiText> for Text {
    fn from(text: UiText) -> Text {
        text.text()
    }
}

impl From<&Text> for Text {
    fn from(text: &Text) -> Text {
        text.clone()
    }
}

impl PartialEq<&str> for UiText {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// What each published data file holds, in one sentence (the open data page, `/data`).
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct DataFileContents {
    pub plan: UiText,
    pub law: UiText,
    pub discrimination: UiText,
    pub counselling: UiText,
    pub progress: UiText,
    pub sources: UiText,
    pub changes: UiText,
    pub glossary: UiText,
}

/// What kind of page a search result is.
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct SearchKinds {
    pub page: UiText,
    pub measure: UiText,
    pub resource: UiText,
    pub term: UiText,
    pub figure: UiText,
}

/// A page's title and one-line description, for `<title>`, `<meta name=description>` and `<h1>`.
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct PageText {
    pub title: UiText,
    pub description: UiText,
}

/// All strings of one language.
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Texts {
    pub app_name: UiText,
    pub app_tagline: UiText,
    pub skip_to_content: UiText,
    pub nav_label: UiText,
    pub language_switch_label: UiText,
    /// The line on a Japanese home page that offers this language, written in this language.
    pub language_offer: UiText,
    pub language_offer_accept: UiText,
    pub language_offer_dismiss: UiText,
    /// The name of this language, written in that language, for the switch.
    pub language_name: UiText,
    /// The furigana switch (readings over kanji): its button text.
    pub furigana_switch: UiText,
    /// Over a policy's one line on what it means for the reader (the site's own reading).
    pub for_you_heading: UiText,
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
    pub nav_open_data: UiText,
    pub open_data_reuse_heading: UiText,
    pub open_data_reuse_body: &'static [UiText],
    pub open_data_licence_heading: UiText,
    pub open_data_licence_body: &'static [UiText],
    pub open_data_files_heading: UiText,
    pub data_file_contents: DataFileContents,
    /// Where a file's content comes from: facts from cited documents, or wholly the site's own text.
    pub data_file_origin_sourced: UiText,
    pub data_file_origin_own: UiText,
    pub data_file_origin_label: UiText,
    pub data_file_json_label: UiText,
    pub data_file_schema_label: UiText,
    /// `{table}` is a table's name, `{language}` the CSV's language.
    pub data_file_csv_label: UiText,
    pub table_name_cases: UiText,
    pub table_name_budget: UiText,
    /// The language of a CSV file, named in the page's language.
    pub csv_language_japanese: UiText,
    pub csv_language_english: UiText,
    /// The change log page (`/changes`): each date is labelled as the day of the change.
    pub changes: PageText,
    pub nav_changes: UiText,
    /// `{date}` is the day the change was made.
    pub changes_made_on: UiText,
    pub change_why_label: UiText,
    pub not_found: PageText,
    pub not_found_back_home: UiText,
    pub update_available: UiText,
    pub update_now: UiText,
    /// How many change-log entries the waiting version adds (`{n}`); one or several.
    pub update_changes_one: UiText,
    pub update_changes_many: UiText,
    /// The banner's link: it updates, and the new version opens at the change log.
    pub update_and_see_changes: UiText,
    pub offline_now: UiText,
    pub offline_copy_from: UiText,
    pub offline_no_copy: UiText,
    pub card_actions_label: UiText,
    pub share_button: UiText,
    pub share_page_button: UiText,
    pub link_copied: UiText,
    pub link_copy_manual: UiText,
    /// Read aloud (components/read_aloud.rs): the controls' group name, its buttons, and what its
    /// status line says while reading, paused, and after the reading ended (finished, stopped by
    /// the reader, or failed in the speech engine).
    pub read_aloud_label: UiText,
    pub read_aloud_start: UiText,
    pub read_aloud_pause: UiText,
    pub read_aloud_resume: UiText,
    pub read_aloud_stop: UiText,
    pub read_aloud_speaking: UiText,
    pub read_aloud_paused: UiText,
    pub read_aloud_finished: UiText,
    pub read_aloud_stopped: UiText,
    pub read_aloud_failed: UiText,
    pub link_label: UiText,
    pub embed_button: UiText,
    pub embed_intro: UiText,
    pub embed_code_label: UiText,
    pub copy_button: UiText,
    pub copied: UiText,
    pub copy_failed: UiText,
    pub embed_options_heading: UiText,
    pub embed_option_lang: UiText,
    pub embed_option_view: UiText,
    pub embed_option_theme: UiText,
    pub embed_height_intro: UiText,
    pub embed_script_label: UiText,
    pub embed_open_in_app: UiText,
    pub embed_not_found: UiText,
    pub print_qr_caption: UiText,
    pub own_guide_note: UiText,
    /// `{date}` is replaced by the day the material was presented (never "decided").
    pub policies_presented_heading: UiText,
    pub later_heading: UiText,
    pub timeline_title: UiText,
    pub action_plan_aim: UiText,
    pub adopted_label: UiText,
    pub programme_aims_heading: UiText,
    pub programme_lines_heading: UiText,
    pub programme_scheme_heading: UiText,
    pub presented_to_label: UiText,
    pub presented_on_label: UiText,
    pub diagram_relations_heading: UiText,
    pub diagram_bodies_heading: UiText,
    /// An arrow the source gives no words for.
    pub diagram_no_words: UiText,
    /// `{outer}` is replaced by the name of the box drawn around it.
    pub diagram_inside: UiText,
    /// Under a diagram whose names carry "*" for the site's own translation (empty: no key).
    pub diagram_translation_key: UiText,
    pub diagram_arrow: UiText,
    pub diagram_both_ways: UiText,
    pub budget_chart_title: UiText,
    pub initial_suffix: UiText,
    pub supplementary_suffix: UiText,
    pub budget_chart_note: UiText,
    pub chart_view_label: UiText,
    pub chart_view_annual: UiText,
    pub chart_view_cumulative: UiText,
    pub show_table: UiText,
    pub download_csv: UiText,
    pub download_json: UiText,
    pub card_link: UiText,
    /// The progress overview's links to the long cards' own pages, saying what is there.
    pub action_plan_more_link: UiText,
    pub organisation_more_link: UiText,
    /// `{count}`: how many events the timeline has.
    pub timeline_more_link: UiText,
    /// `{shown}` of `{count}` events, the newest, are on the overview.
    pub timeline_latest_note: UiText,
    pub list_separator: UiText,
    pub progress_card_not_found: PageText,
    pub fiscal_year_header: UiText,
    pub annual_header: UiText,
    pub cumulative_header: UiText,
    pub total_label: UiText,
    pub all_fields_total: UiText,
    pub budget_line_header: UiText,
    pub budget_amount_header: UiText,
    pub budget_previous_header: UiText,
    pub part_of_larger: UiText,
    pub approximately: UiText,
    pub draft_label: UiText,
    /// The short form of `draft_label`, for chart labels.
    pub draft_mark: UiText,
    pub supplementary_heading: UiText,
    pub notes_heading: UiText,
    /// Under the progress cards: the figures hold on their sources' dates, nothing later checked.
    pub figures_date_note: UiText,
    pub all_resources: PageText,
    pub situation_not_found: PageText,
    pub situation_question: UiText,
    pub all_resources_link: UiText,
    pub back_to_situations: UiText,
    pub resource_operator: UiText,
    pub resource_helps_with: UiText,
    pub resource_who: UiText,
    pub resource_languages: UiText,
    pub hours_label: UiText,
    pub resources_for_situation: UiText,
    pub filter_label: UiText,
    pub filter_hint: UiText,
    pub filter_count: UiText,
    pub filter_none: UiText,
    pub reassurance: UiText,
    pub law_says_heading: UiText,
    pub plan_says_heading: UiText,
    /// The discrimination page's other two headings and, for each of its four, one line saying
    /// what kind of source stands under it.
    pub guidance_heading: UiText,
    pub press_heading: UiText,
    pub act_section_note: UiText,
    pub plan_section_note: UiText,
    /// Over every view of the plan's content: which document it comes from and what that is not.
    pub plan_basis_note: UiText,
    pub guidance_section_note: UiText,
    pub press_section_note: UiText,
    pub related_measures_heading: UiText,
    pub steps_heading: UiText,
    pub step_number: UiText,
    pub step_resources: UiText,
    pub law: PageText,
    pub pillar_not_found: PageText,
    pub measure_not_found: PageText,
    pub pillar_link: UiText,
    /// `{pillar}` is replaced by the pillar's name.
    pub measure_description: UiText,
    pub measures_heading: UiText,
    pub policies_heading: UiText,
    pub open_measure_page: UiText,
    pub expand_all: UiText,
    pub principles_for_measure_heading: UiText,
    pub own_reading_note: UiText,
    pub related_discrimination: UiText,
    pub related_counselling: UiText,
    pub breadcrumb_label: UiText,
    pub back_to_plan: UiText,
    pub other_matters_heading: UiText,
    pub status_heading: UiText,
    pub period_label: UiText,
    pub structure_heading: UiText,
    pub working_group_heading: UiText,
    pub meetings_summary: UiText,
    /// The working group's member list: its disclosure summary (`{count}`) and the chair's mark.
    pub members_summary: UiText,
    pub chair_label: UiText,
    pub meeting_number: UiText,
    pub date_range_separator: UiText,
    pub law_link: UiText,
    pub law_number_label: UiText,
    pub official_title_label: UiText,
    pub promulgated_label: UiText,
    pub in_force_label: UiText,
    pub purpose_heading: UiText,
    pub principles_heading: UiText,
    pub measures_for_principle: UiText,
    pub duties_heading: UiText,
    pub financial_heading: UiText,
    pub basic_plan_heading: UiText,
    pub law_measures_heading: UiText,
    /// The heading over what press and articles say about the Act (not the Act's own words).
    pub commentary_heading: UiText,
    pub nav_home: UiText,
    pub nav_plan: UiText,
    pub nav_discrimination: UiText,
    pub nav_counselling: UiText,
    pub nav_progress: UiText,
    pub nav_glossary: UiText,
    pub nav_about: UiText,
    pub loading: UiText,
    pub load_error_title: UiText,
    pub load_error_body: UiText,
    pub load_error_file: UiText,
    pub retry: UiText,
    pub error_network: UiText,
    /// `{status}` is replaced by the HTTP status code.
    pub error_status: UiText,
    pub error_malformed: UiText,
    pub goal_heading: UiText,
    pub pillars_heading: UiText,
    pub pillar_measures_count: UiText,
    pub source_label: UiText,
    /// The words before and after each kind of date (`format::labelled_date`): when a source was
    /// published, the date a fact holds (時点), when the material was compiled into this app.
    /// Event dates (a meeting, a decision) stand in lists whose heading says what they are.
    pub date_published_before: UiText,
    pub date_published_after: UiText,
    pub date_holds_on_before: UiText,
    pub date_holds_on_after: UiText,
    pub date_compiled_before: UiText,
    pub date_compiled_after: UiText,
    pub date_event_before: UiText,
    pub date_event_after: UiText,
    /// Shown in place of a date the material does not show.
    pub date_unknown: UiText,
    /// After an English name that no source gives: the site's own translation.
    pub our_translation: UiText,
    /// The badge on a statement no official source confirms, and its explanation.
    pub unconfirmed_label: UiText,
    /// Around how to find a source whose address was not recorded.
    pub source_locator_intro: UiText,
    pub source_locator_close: UiText,
    /// The label of the site's own summaries (guidance, steps, situations).
    pub own_summary_label: UiText,
    /// Quotation marks around a document title.
    pub quote_open: UiText,
    pub quote_close: UiText,
    pub page_label: UiText,
    pub secondary_source_note: UiText,
    pub footer_source_intro: UiText,
    pub footer_privacy: UiText,
    /// The `/glossary` page's row index (あ か さ… or A–Z), as a navigation landmark.
    pub glossary_index_label: UiText,
    /// Above a term's official "learn more" source.
    pub glossary_learn_more: UiText,
    pub glossary_related: UiText,
    /// Before a term's other spellings.
    pub glossary_aliases: UiText,
    /// The link from an inline explanation to the term's page; `{term}` is the term.
    pub glossary_entry_link: UiText,
    pub glossary_back: UiText,
    pub term_not_found: PageText,
    /// What an inline explanation is, read before it: the site's own explanation of the word.
    pub term_explanation_label: UiText,
    pub search: PageText,
    /// The label of the search box (header and search page).
    pub search_label: UiText,
    pub search_button: UiText,
    /// How many results; `{count}` is the number. Announced to screen readers.
    pub search_count: UiText,
    /// No result; `{query}` is the query.
    pub search_none: UiText,
    /// Before the glossary terms offered when nothing is found.
    pub search_suggestions: UiText,
    pub search_situations: UiText,
    pub search_empty: UiText,
    pub search_unavailable: UiText,
    pub search_kinds: SearchKinds,
    pub about_body: &'static [UiText],
}

pub static JA: Texts = Texts {
    app_name: UiText("ゲノム医療ナビ"),
    app_tagline: UiText("ゲノム医療推進法と基本計画を、出典つきでわかりやすく"),
    skip_to_content: UiText("本文へ移動"),
    nav_label: UiText("メインメニュー"),
    language_switch_label: UiText("言語"),
    language_offer: UiText("このサイトは日本語でも読めます。"),
    language_offer_accept: UiText("日本語で読む"),
    language_offer_dismiss: UiText("閉じる"),
    language_name: UiText("｜日本語《にほんご》"),
    furigana_switch: UiText("ふりがな"),
    for_you_heading: UiText("あなたにとって"),
    home: PageText {
        title: UiText("ゲノム医療ナビ"),
        description: UiText("ゲノム医療推進法に基づく基本計画の目標と3つの柱を、出典と日付つきで紹介します。"),
    },
    plan: PageText {
        title: UiText("基本計画"),
        description: UiText("ゲノム医療推進法に基づく基本計画の全体目標と3つの柱。"),
    },
    discrimination: PageText {
        title: UiText("差別への対応"),
        description: UiText("ゲノム情報による不当な差別等について、法律・基本計画・公的な案内・報道がそれぞれ述べていることと、あなたができること。"),
    },
    counselling: PageText {
        title: UiText("相談窓口"),
        description: UiText("ゲノム医療や遺伝のことを相談できる窓口。"),
    },
    progress: PageText {
        title: UiText("全ゲノム解析等の進み具合"),
        description: UiText("全ゲノム解析等実行計画の症例数と予算、事業実施組織の計画。"),
    },
    glossary: PageText {
        title: UiText("用語集"),
        description: UiText("ゲノム医療のことばの意味。"),
    },
    about: PageText {
        title: UiText("このサイトについて"),
        description: UiText("ゲノム医療ナビの目的、出典、プライバシー。"),
    },
    open_data: PageText {
        title: UiText("オープンデータ"),
        description: UiText("このサイトのデータファイルを、形式を定めたJSON Schemaと、表はCSVとあわせて公開しています。"),
    },
    nav_open_data: UiText("オープンデータ"),
    open_data_reuse_heading: UiText("使い方"),
    open_data_reuse_body: &[
        UiText("ファイルのアドレスは変わりません。このサイトのアドレスのあとに data/〈ファイル名〉.json（データ）、data/schema/〈ファイル名〉.schema.json（JSON Schema）、data/cases.csv などの表（CSV）が続きます。"),
        UiText("JSON Schema（draft 2020-12）は、このサイトのプログラムがデータを読むときの型から作っています。どのデータファイルも、このプロジェクトのテストでスキーマに合うことを確かめています。"),
        UiText("CSVの文字コードはUTF-8（BOMつき）です。英語版は .en.csv です。"),
    ],
    open_data_licence_heading: UiText("だれのものか（ライセンス）"),
    open_data_licence_body: &[
        UiText("数値、日付、引用した施策の文言は、厚生労働省などの政府の資料からとったものです。どの資料によるかは、事実ごとに出典の一覧（sources.json）を指しています。これらの資料について、このサイトは、資料を公開している政府のサイトが定める利用条件のほかに、ライセンスを定めたり与えたりしません。再利用するときは、出典のサイトの利用条件をご確認ください。"),
        UiText("報道などの二次情報によることもあり、データの中でそのことを示しています。"),
        UiText("要約、やさしい言いかえ、英訳、ファイルの構成、変更履歴は、このサイト（ゲノム医療ナビ）が作ったものです。これらは、このプロジェクトのほかの部分と同じく、MITライセンスで利用できます。"),
    ],
    open_data_files_heading: UiText("データファイル"),
    data_file_contents: DataFileContents {
        plan: UiText("基本計画：全体目標、3つの柱、分野別施策と主な取組、計画の状況・期間・構成、検討した会議。"),
        law: UiText("ゲノム医療推進法：目的、3つの基本理念、だれが何をするか、法律が定める施策。"),
        discrimination: UiText("ゲノム情報による差別について、法律、基本計画、そのほかの公的な案内、報道がそれぞれ述べていることと、できること。"),
        counselling: UiText("相談窓口：状況ごとの窓口、相談できること、連絡先、受付時間。"),
        progress: UiText("全ゲノム解析等実行計画：データ格納症例数、予算、実行計画、事業実施組織、これまでの歩み。"),
        sources: UiText("出典の一覧：各資料の名前、発行者、日付、探し方、公式か二次情報か。"),
        changes: UiText("変更履歴：内容を変えた日、変えたこと、その理由。"),
        glossary: UiText("用語集：内容に出てくる専門用語と、このサイトによる説明。"),
    },
    data_file_origin_sourced: UiText("政府の資料などの出典による事実を、このサイトがまとめ、訳したもの"),
    data_file_origin_own: UiText("すべてこのサイトの文章"),
    data_file_origin_label: UiText("内容"),
    data_file_json_label: UiText("データ（JSON）"),
    data_file_schema_label: UiText("JSON Schema"),
    data_file_csv_label: UiText("表「{table}」（CSV、{language}）"),
    table_name_cases: UiText("データ格納症例数"),
    table_name_budget: UiText("予算"),
    csv_language_japanese: UiText("日本語"),
    csv_language_english: UiText("英語"),
    changes: PageText {
        title: UiText("変更履歴"),
        description: UiText("このサイトの内容をいつ、どう変えたか、その理由。新しいものから順に並べています。"),
    },
    nav_changes: UiText("変更履歴"),
    changes_made_on: UiText("{date}の変更"),
    change_why_label: UiText("理由"),
    not_found: PageText {
        title: UiText("ページが見つかりません"),
        description: UiText("お探しのページは見つかりませんでした。アドレスをご確認ください。"),
    },
    not_found_back_home: UiText("トップページへ戻る"),
    update_available: UiText("新しい版があります。"),
    update_now: UiText("新しい版にする"),
    update_changes_one: UiText("内容の変更が1件あります。"),
    update_changes_many: UiText("内容の変更が{n}件あります。"),
    update_and_see_changes: UiText("新しい版にして変更履歴を見る"),
    offline_now: UiText("オフラインです。"),
    offline_copy_from: UiText("表示しているのは、この端末に{date}に保存した版です。"),
    offline_no_copy: UiText("この端末にはまだ保存された版がないため、開けないページがあります。"),
    card_actions_label: UiText("このカードの共有と埋め込み：{title}"),
    share_button: UiText("共有"),
    share_page_button: UiText("このページを共有"),
    link_copied: UiText("リンクをコピーしました。"),
    link_copy_manual: UiText("リンクをコピーできませんでした。次のアドレスを選んでコピーしてください。"),
    read_aloud_label: UiText("このページの読み上げ"),
    read_aloud_start: UiText("読み上げる"),
    read_aloud_pause: UiText("一時停止"),
    read_aloud_resume: UiText("再開"),
    read_aloud_stop: UiText("停止"),
    read_aloud_speaking: UiText("この端末の音声で読み上げています。"),
    read_aloud_paused: UiText("一時停止しています。"),
    read_aloud_finished: UiText("最後まで読み上げました。"),
    read_aloud_stopped: UiText("読み上げを止めました。"),
    read_aloud_failed: UiText("読み上げられませんでした。"),
    link_label: UiText("このページのアドレス"),
    embed_button: UiText("埋め込む"),
    embed_intro: UiText("次の1行をあなたのページやスライドのHTMLに貼り付けると、このカードを出典つきで表示できます。"),
    embed_code_label: UiText("埋め込み用のコード（1行）"),
    copy_button: UiText("コピー"),
    copied: UiText("コピーしました。"),
    copy_failed: UiText("コピーできませんでした。コードを選んでコピーしてください。"),
    embed_options_heading: UiText("アドレスで選べること"),
    embed_option_lang: UiText("言語：/embed/… は日本語、/en/embed/… は英語"),
    embed_option_view: UiText("表示：?view=table でグラフの代わりに表（グラフのあるカード）。件数は ?count=cumulative で累計"),
    embed_option_theme: UiText("配色：?theme=light または ?theme=dark（指定しなければ見る人の設定）"),
    embed_height_intro: UiText("高さを内容に合わせるには、同じページに次のスクリプトも1回だけ貼り付けます。高さを知らせるメッセージ以外は受け取りません。"),
    embed_script_label: UiText("高さ調整用のスクリプト"),
    embed_open_in_app: UiText("ゲノム医療ナビで開く（新しいタブ）"),
    embed_not_found: UiText("この埋め込み用のカードは見つかりませんでした。"),
    print_qr_caption: UiText("このページをスマートフォンで開く"),
    own_guide_note: UiText("この案内はゲノム医療ナビがまとめたものです。窓口ごとの出典と日付は、それぞれの窓口の説明にあります。"),
    policies_presented_heading: UiText("{date}に示された方針"),
    later_heading: UiText("その後の報道"),
    timeline_title: UiText("これまでの歩み"),
    action_plan_aim: UiText("目指す医療の姿"),
    adopted_label: UiText("策定"),
    programme_aims_heading: UiText("事業の目的"),
    programme_lines_heading: UiText("事業の概要"),
    programme_scheme_heading: UiText("スキーム"),
    presented_to_label: UiText("示された会議と資料"),
    presented_on_label: UiText("示された日"),
    diagram_relations_heading: UiText("図の矢印（番号は図の中の番号）"),
    diagram_bodies_heading: UiText("図の中の組織"),
    diagram_no_words: UiText("（この矢印の言葉は、資料の文字にはありません）"),
    diagram_inside: UiText("{outer}の中に描かれています。"),
    diagram_translation_key: UiText(""),
    diagram_arrow: UiText(" → "),
    diagram_both_ways: UiText(" ↔ "),
    budget_chart_title: UiText("資料11ページの予算額（内数の事業を除く）"),
    initial_suffix: UiText("当初"),
    supplementary_suffix: UiText("補正"),
    budget_chart_note: UiText("当初予算は「がん・難病の全ゲノム解析等の推進事業」の額です。補正予算額がどの事業の額かは、資料に書かれていません。「内数」の事業は事業全体の額で、全ゲノム解析等だけの額ではないため、グラフに入れていません。"),
    chart_view_label: UiText("グラフの表示"),
    chart_view_annual: UiText("年度ごと"),
    chart_view_cumulative: UiText("累積"),
    show_table: UiText("表で見る"),
    download_csv: UiText("CSVをダウンロード"),
    download_json: UiText("JSONをダウンロード"),
    card_link: UiText("このカードだけを開く"),
    action_plan_more_link: UiText("事業の目的・概要とスキームの図を見る"),
    organisation_more_link: UiText("図とその説明、示された方針、その後の報道を見る"),
    timeline_more_link: UiText("これまでの歩みをすべて見る（{count}件）"),
    timeline_latest_note: UiText("全{count}件のうち、新しい{shown}件です。"),
    list_separator: UiText("、"),
    progress_card_not_found: PageText {
        title: UiText("そのカードは見つかりません"),
        description: UiText("進み具合のページから、見たいカードをお選びください。"),
    },
    fiscal_year_header: UiText("年度"),
    annual_header: UiText("その年度の格納症例数"),
    cumulative_header: UiText("累積症例数"),
    total_label: UiText("合計"),
    all_fields_total: UiText("がん・難病の累計"),
    budget_line_header: UiText("事業"),
    budget_amount_header: UiText("令和7年度"),
    budget_previous_header: UiText("前年度"),
    part_of_larger: UiText("の内数（事業全体の額。うち全ゲノム解析等の分は示されていません）"),
    approximately: UiText("約"),
    draft_label: UiText("（案）"),
    draft_mark: UiText("（案）"),
    supplementary_heading: UiText("補正予算"),
    notes_heading: UiText("注"),
    figures_date_note: UiText("数値は、それぞれの出典の欄に示した日付のものです。それより新しい数値は、このサイトでは確かめていません。"),
    all_resources: PageText {
        title: UiText("すべての相談窓口"),
        description: UiText("このサイトで紹介している相談窓口の一覧です。名前や内容で絞り込めます。"),
    },
    situation_not_found: PageText {
        title: UiText("その状況は見つかりません"),
        description: UiText("一覧から、いちばん近い状況をお選びください。"),
    },
    situation_question: UiText("どんなことでお困りですか？"),
    all_resources_link: UiText("すべての相談窓口を見る"),
    back_to_situations: UiText("状況の一覧へ戻る"),
    resource_operator: UiText("運営"),
    resource_helps_with: UiText("相談できること"),
    resource_who: UiText("利用できる人"),
    resource_languages: UiText("言語"),
    hours_label: UiText("受付時間"),
    resources_for_situation: UiText("相談できるところ"),
    filter_label: UiText("名前や内容で絞り込む"),
    filter_hint: UiText("入力した内容は保存されません。"),
    filter_count: UiText("{n}件の窓口"),
    filter_none: UiText("条件に合う窓口はありません。別のことばでお試しください。"),
    reassurance: UiText("ひとりで悩まなくて大丈夫です。相談できる窓口があります。費用や秘密の扱いは窓口ごとに違うので、それぞれの説明と出典をご確認ください。"),
    law_says_heading: UiText("法律（ゲノム医療推進法）が定めていること"),
    plan_says_heading: UiText("基本計画に書かれていること"),
    guidance_heading: UiText("国や関係団体のその他の案内"),
    press_heading: UiText("報道・解説記事"),
    act_section_note: UiText("法律の条文、国会や厚生労働省による法律の概要にもとづきます。"),
    plan_section_note: UiText("2025年5月16日の厚生労働省の資料にもとづきます（ワーキンググループが計画案を取りまとめた後、閣議決定の前の資料です）。閣議決定された計画の本文とは照らし合わせていません。"),
    plan_basis_note: UiText("基本計画の内容は、2025年5月16日の厚生労働省の資料（計画案の取りまとめ後、閣議決定の前）にもとづいています。閣議決定された計画の本文とは照らし合わせていません。"),
    guidance_section_note: UiText("法律や基本計画そのものではなく、省庁・地方公共団体・業界団体が出している案内やQ&Aです。"),
    press_section_note: UiText("報道や解説記事が伝えていることです。公式の資料ではありません。"),
    related_measures_heading: UiText("関連する施策"),
    steps_heading: UiText("あなたができること"),
    step_number: UiText("ステップ{n}"),
    step_resources: UiText("相談先"),
    law: PageText {
        title: UiText("ゲノム医療推進法"),
        description: UiText("ゲノム医療推進法（令和5年法律第57号）の目的、3つの基本理念、だれが何をするかを、やさしいことばで。"),
    },
    pillar_not_found: PageText {
        title: UiText("その柱は見つかりません"),
        description: UiText("基本計画にその柱はありません。3つの柱の一覧からお選びください。"),
    },
    measure_not_found: PageText {
        title: UiText("その施策は見つかりません"),
        description: UiText("この柱にその施策はありません。施策の一覧からお選びください。"),
    },
    pillar_link: UiText("この柱の施策を見る"),
    measure_description: UiText("基本計画の柱「{pillar}」の分野別施策です。"),
    measures_heading: UiText("分野別施策"),
    policies_heading: UiText("主な取組"),
    open_measure_page: UiText("この施策のページを開く"),
    expand_all: UiText("すべて開く"),
    principles_for_measure_heading: UiText("関わる法の基本理念"),
    own_reading_note: UiText("どの理念に関わるかは、法律と基本計画を読み合わせた当サイトの整理です。"),
    related_discrimination: UiText("差別を受けたときにできること"),
    related_counselling: UiText("相談できる窓口を探す"),
    breadcrumb_label: UiText("現在位置"),
    back_to_plan: UiText("基本計画の3つの柱へ"),
    other_matters_heading: UiText("計画を進めるために必要なこと"),
    status_heading: UiText("計画の状況"),
    period_label: UiText("計画期間"),
    structure_heading: UiText("計画の構成"),
    working_group_heading: UiText("計画を検討した会議"),
    meetings_summary: UiText("開催日と議題（全{count}回）"),
    members_summary: UiText("構成員（{count}名）"),
    chair_label: UiText("〇座長"),
    meeting_number: UiText("第{n}回"),
    date_range_separator: UiText("〜"),
    law_link: UiText("ゲノム医療推進法をやさしく読む"),
    law_number_label: UiText("法律番号"),
    official_title_label: UiText("正式名称"),
    promulgated_label: UiText("公布"),
    in_force_label: UiText("施行"),
    purpose_heading: UiText("この法律の目的"),
    principles_heading: UiText("3つの基本理念"),
    measures_for_principle: UiText("この理念に関わる基本計画の施策"),
    duties_heading: UiText("だれが何をするか"),
    financial_heading: UiText("お金の手当て"),
    basic_plan_heading: UiText("基本計画をつくる義務"),
    law_measures_heading: UiText("法律が定める施策"),
    commentary_heading: UiText("解説記事による指摘"),
    nav_home: UiText("ホーム"),
    nav_plan: UiText("基本計画"),
    nav_discrimination: UiText("差別への対応"),
    nav_counselling: UiText("相談窓口"),
    nav_progress: UiText("進み具合"),
    nav_glossary: UiText("用語集"),
    nav_about: UiText("このサイトについて"),
    loading: UiText("読み込んでいます…"),
    load_error_title: UiText("データを読み込めませんでした"),
    load_error_body: UiText("通信の状態を確かめて、もう一度お試しください。ほかのページは引き続き使えます。"),
    load_error_file: UiText("読み込めなかったファイル"),
    retry: UiText("もう一度読み込む"),
    error_network: UiText("通信できませんでした"),
    error_status: UiText("サーバーがエラー {status} を返しました"),
    error_malformed: UiText("ファイルの形式が正しくありません"),
    goal_heading: UiText("全体目標"),
    pillars_heading: UiText("3つの柱"),
    pillar_measures_count: UiText("分野別施策の数"),
    source_label: UiText("出典"),
    date_published_before: UiText("資料の日付: "),
    date_published_after: UiText(""),
    date_holds_on_before: UiText(""),
    date_holds_on_after: UiText("時点"),
    date_compiled_before: UiText("この内容をまとめた日: "),
    date_compiled_after: UiText(""),
    date_event_before: UiText(""),
    date_event_after: UiText(""),
    date_unknown: UiText("不明"),
    our_translation: UiText("（このサイトによる訳）"),
    unconfirmed_label: UiText("未確認"),
    source_locator_intro: UiText("（アドレス未記録: "),
    source_locator_close: UiText("）"),
    own_summary_label: UiText("このサイトのまとめ"),
    quote_open: UiText("「"),
    quote_close: UiText("」"),
    page_label: UiText("ページ"),
    secondary_source_note: UiText("（公式ページでは未確認の情報です）"),
    footer_source_intro: UiText("主な出典"),
    footer_privacy: UiText("このサイトはトラッカーもクッキーも使いません。入力した内容は保存しません（言語の選択だけを、この端末に記録します）。"),
    glossary_index_label: UiText("五十音の索引"),
    glossary_learn_more: UiText("公式の資料で詳しく"),
    glossary_related: UiText("関連する用語"),
    glossary_aliases: UiText("別の書き方・英語"),
    glossary_entry_link: UiText("「{term}」の説明ページへ"),
    glossary_back: UiText("用語集の一覧へ"),
    term_not_found: PageText {
        title: UiText("その用語は見つかりません"),
        description: UiText("用語集にその用語はありません。用語集の一覧からお選びください。"),
    },
    term_explanation_label: UiText("用語の説明（このサイトのまとめ）"),
    search: PageText {
        title: UiText("サイト内検索"),
        description: UiText("ページ、施策、相談窓口、数字、用語を言葉で探せます。"),
    },
    search_label: UiText("サイト内を検索"),
    search_button: UiText("検索"),
    search_count: UiText("{count}件見つかりました"),
    search_none: UiText("「{query}」に合うものは見つかりませんでした。"),
    search_suggestions: UiText("用語集の言葉で探すこともできます："),
    search_situations: UiText("困っていることから相談窓口を探す"),
    search_empty: UiText("探したい言葉を入れてください。"),
    search_unavailable: UiText("検索の準備ができませんでした。インターネットにつながっているか確かめて、もう一度お試しください。"),
    search_kinds: SearchKinds {
        page: UiText("ページ"),
        measure: UiText("施策"),
        resource: UiText("相談窓口"),
        term: UiText("用語"),
        figure: UiText("数字と図"),
    },
    about_body: &[
        UiText("ゲノム医療ナビは、ゲノム医療推進法（令和5年法律第57号）と、それに基づく基本計画の内容を、出典と日付をつけてわかりやすく紹介するサイトです。"),
        UiText("情報のもとは3種類です。(1) 厚生労働省などの公式の資料やページ。(2) 報道、業界紙、ブログ、法令データベース、ほかのサイトに載った写しなどの二次資料。これらにもとづく情報には「公式ページでは未確認の情報です」と表示します。(3) このサイト自身のまとめ（相談の手順や状況別の案内など）。これには「このサイトのまとめ」と表示し、その中の事実にも出典をつけています。"),
        UiText("日付は種類を分けて表示します。「資料の日付」は資料が公表・更新された日（わからないときは「不明」）、「…時点」はその数字や内容があてはまる日、「この内容をまとめた日」はこのサイトが資料を読んでまとめた日です。資料はすべて保存された写しで読んだもので、その後に公式ページを直接確かめてはいません。"),
        UiText("英語版の名称（法律、計画、機関、窓口など）は、公式の英語名が出典で確認できたもの以外は、このサイトによる訳です。"),
        UiText("このサイトはブラウザの中だけで動きます。広告・アクセス解析・クッキーは使わず、ほかのサイトへ通信しません。"),
    ],
};

pub static EN: Texts = Texts {
    app_name: UiText("Genome Medicine Navi"),
    app_tagline: UiText("Japan's Genome Medicine Promotion Act and Basic Plan, in plain words, with sources"),
    skip_to_content: UiText("Skip to main content"),
    nav_label: UiText("Main menu"),
    language_switch_label: UiText("Language"),
    language_offer: UiText("This site is also in English."),
    language_offer_accept: UiText("Read in English"),
    language_offer_dismiss: UiText("No thanks"),
    language_name: UiText("English"),
    furigana_switch: UiText("Furigana"),
    for_you_heading: UiText("What this means for you"),
    home: PageText {
        title: UiText("Genome Medicine Navi"),
        description: UiText("The goal and three pillars of Japan's Basic Plan under the Genome Medicine Promotion Act, with sources and dates."),
    },
    plan: PageText {
        title: UiText("The Basic Plan"),
        description: UiText("The overall goal and three pillars of the Basic Plan under the Genome Medicine Promotion Act."),
    },
    discrimination: PageText {
        title: UiText("Responding to discrimination"),
        description: UiText("What the Act, the Basic Plan, official guidance and the press each say about unfair discrimination, etc. based on genetic information, and what you can do."),
    },
    counselling: PageText {
        title: UiText("Where to get advice"),
        description: UiText("Where to talk to someone about genome medicine and genetic conditions."),
    },
    progress: PageText {
        title: UiText("Whole genome analysis, etc.: progress"),
        description: UiText("Case counts and budgets of the Action Plan for Whole Genome Analysis, etc., and the planned implementing organisation."),
    },
    glossary: PageText {
        title: UiText("Glossary"),
        description: UiText("What the words of genome medicine mean."),
    },
    about: PageText {
        title: UiText("About this site"),
        description: UiText("Why Genome Medicine Navi exists, where its facts come from, and how it protects your privacy."),
    },
    open_data: PageText {
        title: UiText("Open data"),
        description: UiText("This site's data files, each with a JSON Schema that defines its format, and the tables also as CSV."),
    },
    nav_open_data: UiText("Open data"),
    open_data_reuse_heading: UiText("Reusing the files"),
    open_data_reuse_body: &[
        UiText("The addresses stay the same: after this site's address come data/<file>.json (the data), data/schema/<file>.schema.json (its JSON Schema) and tables such as data/cases.csv (CSV)."),
        UiText("The JSON Schemas (draft 2020-12) are made from the types this site's program reads the data into. The project's tests check every data file against its schema."),
        UiText("The CSV files are UTF-8 with a byte order mark. The English ones end in .en.csv."),
    ],
    open_data_licence_heading: UiText("Whose is what (licence)"),
    open_data_licence_body: &[
        UiText("Figures, dates and quoted policy text come from government documents (the Ministry of Health, Labour and Welfare and others); each fact points to its document in the list of sources (sources.json). For this material we claim and grant no licence beyond what the government site that publishes it states. Before reusing it, check that site's terms."),
        UiText("Some facts come from secondary sources such as press reports; the data marks them as such."),
        UiText("The summaries, the plain-language wording, the English translations, the structure of the files and the change log are this site's (Genome Medicine Navi's) own work. They may be reused under the MIT License, like the rest of this project."),
    ],
    open_data_files_heading: UiText("Data files"),
    data_file_contents: DataFileContents {
        plan: UiText("The Basic Plan: overall goal, three pillars, measures and their policies, status, period, structure, and the meetings that drafted it."),
        law: UiText("The Genome Medicine Promotion Act: purpose, three principles, who does what, and the measures it sets."),
        discrimination: UiText("What the Act, the Basic Plan, other official guidance and press reports each say about discrimination based on genetic information, and what you can do."),
        counselling: UiText("Where to get advice: services per situation, what they help with, contacts and hours."),
        progress: UiText("The Action Plan for Whole Genome Analysis, etc.: cases with data stored, budgets, the Action Plan, the implementing organisation and a timeline."),
        sources: UiText("The list of sources: each document's title, publisher, dates, how to find it, and whether it is official or secondary."),
        changes: UiText("The change log: when the content changed, what changed and why."),
        glossary: UiText("The glossary: the technical terms of the content, explained in this site's own words."),
    },
    data_file_origin_sourced: UiText("Facts from government documents and other cited sources, in this site's summaries and translations"),
    data_file_origin_own: UiText("Wholly this site's own text"),
    data_file_origin_label: UiText("Content"),
    data_file_json_label: UiText("Data (JSON)"),
    data_file_schema_label: UiText("JSON Schema"),
    data_file_csv_label: UiText("Table “{table}” (CSV, {language})"),
    table_name_cases: UiText("Cases with data stored"),
    table_name_budget: UiText("Budget"),
    csv_language_japanese: UiText("Japanese"),
    csv_language_english: UiText("English"),
    changes: PageText {
        title: UiText("Change log"),
        description: UiText("When and how this site's content changed, and why. Newest first."),
    },
    nav_changes: UiText("Change log"),
    changes_made_on: UiText("Changed on {date}"),
    change_why_label: UiText("Why"),
    not_found: PageText {
        title: UiText("Page not found"),
        description: UiText("We could not find the page you asked for. Please check the address."),
    },
    not_found_back_home: UiText("Go to the home page"),
    update_available: UiText("A new version is available."),
    update_now: UiText("Update now"),
    update_changes_one: UiText("It brings 1 change to the content."),
    update_changes_many: UiText("It brings {n} changes to the content."),
    update_and_see_changes: UiText("Update and see what changed"),
    offline_now: UiText("You are offline."),
    offline_copy_from: UiText("You are seeing the copy saved on this device on {date}."),
    offline_no_copy: UiText("This device has no saved copy yet, so some pages may not open."),
    card_actions_label: UiText("Share or embed this card: {title}"),
    share_button: UiText("Share"),
    share_page_button: UiText("Share this page"),
    link_copied: UiText("Link copied."),
    link_copy_manual: UiText("The link could not be copied. Select this address and copy it."),
    read_aloud_label: UiText("Read this page aloud"),
    read_aloud_start: UiText("Read aloud"),
    read_aloud_pause: UiText("Pause"),
    read_aloud_resume: UiText("Resume"),
    read_aloud_stop: UiText("Stop"),
    read_aloud_speaking: UiText("Reading aloud with this device's voice."),
    read_aloud_paused: UiText("Paused."),
    read_aloud_finished: UiText("Finished reading the page."),
    read_aloud_stopped: UiText("Stopped reading."),
    read_aloud_failed: UiText("The page could not be read aloud."),
    link_label: UiText("Address of this page"),
    embed_button: UiText("Embed"),
    embed_intro: UiText("Paste this one line into the HTML of your page or slides to show this card with its source."),
    embed_code_label: UiText("Embed code (one line)"),
    copy_button: UiText("Copy"),
    copied: UiText("Copied."),
    copy_failed: UiText("Could not copy. Select the code and copy it."),
    embed_options_heading: UiText("Options in the address"),
    embed_option_lang: UiText("Language: /embed/… is Japanese, /en/embed/… is English"),
    embed_option_view: UiText("View: ?view=table shows the table instead of the chart (cards with charts); for case counts, ?count=cumulative shows running totals"),
    embed_option_theme: UiText("Colours: ?theme=light or ?theme=dark (by default, the reader's setting)"),
    embed_height_intro: UiText("To make the frame as tall as its content, also paste this script once on the same page. It reads nothing but the height message."),
    embed_script_label: UiText("Height script"),
    embed_open_in_app: UiText("Open in Genome Medicine Navi (new tab)"),
    embed_not_found: UiText("There is no card to embed at this address."),
    print_qr_caption: UiText("Open this page on a phone"),
    own_guide_note: UiText("This guide is Genome Medicine Navi's own summary. Each service's source and date are given with that service."),
    policies_presented_heading: UiText("Policies presented on {date}"),
    later_heading: UiText("Reported since"),
    timeline_title: UiText("Timeline"),
    action_plan_aim: UiText("The medical care it aims at"),
    adopted_label: UiText("Adopted"),
    programme_aims_heading: UiText("Purpose"),
    programme_lines_heading: UiText("Outline"),
    programme_scheme_heading: UiText("Scheme"),
    presented_to_label: UiText("Presented to"),
    presented_on_label: UiText("Presented on"),
    diagram_relations_heading: UiText("The arrows in the diagram (numbered as in the drawing)"),
    diagram_bodies_heading: UiText("The bodies in the diagram"),
    diagram_no_words: UiText("(the source's text gives no words for this arrow)"),
    diagram_inside: UiText("Drawn inside {outer}."),
    diagram_translation_key: UiText("* our translation of the Japanese name"),
    diagram_arrow: UiText(" → "),
    diagram_both_ways: UiText(" ↔ "),
    budget_chart_title: UiText("Budget amounts on page 11 of the source (内数 lines left out)"),
    initial_suffix: UiText(" initial"),
    supplementary_suffix: UiText(" supplementary"),
    budget_chart_note: UiText("The initial budgets are those of the programme for promoting whole genome analysis, etc. for cancer and intractable diseases. The source does not say which programme the supplementary budgets belong to. Lines given as 内数 are left out: each is a whole programme's budget, not an amount for this work alone."),
    chart_view_label: UiText("Chart view"),
    chart_view_annual: UiText("Per year"),
    chart_view_cumulative: UiText("Cumulative"),
    show_table: UiText("Show table"),
    download_csv: UiText("Download CSV"),
    download_json: UiText("Download JSON"),
    card_link: UiText("Open this card on its own"),
    action_plan_more_link: UiText("See the programme: its purpose, outline and scheme diagram"),
    organisation_more_link: UiText("See the diagram with its explanation, the policies presented and what was reported since"),
    timeline_more_link: UiText("See the whole timeline ({count} events)"),
    timeline_latest_note: UiText("The latest {shown} of {count} events."),
    list_separator: UiText(", "),
    progress_card_not_found: PageText {
        title: UiText("Card not found"),
        description: UiText("Please choose a card on the progress page."),
    },
    fiscal_year_header: UiText("Fiscal year"),
    annual_header: UiText("Cases stored that year"),
    cumulative_header: UiText("Cumulative cases"),
    total_label: UiText("Total"),
    all_fields_total: UiText("Cancer and intractable diseases, in all"),
    budget_line_header: UiText("Programme"),
    budget_amount_header: UiText("FY2025"),
    budget_previous_header: UiText("Previous year"),
    part_of_larger: UiText(" for the whole programme (内数: the part for whole genome analysis, etc. is not stated)"),
    approximately: UiText("about "),
    draft_label: UiText(" (written 案, proposal, in the source)"),
    draft_mark: UiText(" (案)"),
    supplementary_heading: UiText("Supplementary budgets"),
    notes_heading: UiText("Notes"),
    figures_date_note: UiText("Each figure holds on the date given with its source. This site has not checked any later figures."),
    all_resources: PageText {
        title: UiText("All places to get advice"),
        description: UiText("Every service this site lists. You can filter them by name or topic."),
    },
    situation_not_found: PageText {
        title: UiText("Situation not found"),
        description: UiText("Please choose the closest situation from the list."),
    },
    situation_question: UiText("What is your situation?"),
    all_resources_link: UiText("See every place to get advice"),
    back_to_situations: UiText("Back to the list of situations"),
    resource_operator: UiText("Run by"),
    resource_helps_with: UiText("Can help with"),
    resource_who: UiText("Who can use it"),
    resource_languages: UiText("Languages"),
    hours_label: UiText("Hours"),
    resources_for_situation: UiText("Where you can get advice"),
    filter_label: UiText("Filter by name or topic"),
    filter_hint: UiText("What you type is not stored."),
    filter_count: UiText("{n} services"),
    filter_none: UiText("No service matches. Please try other words."),
    reassurance: UiText("You do not have to deal with this alone: there are services you can talk to. Costs and confidentiality differ from one service to another, so please check each one's description and source."),
    law_says_heading: UiText("What the Act says"),
    plan_says_heading: UiText("What the Basic Plan says"),
    guidance_heading: UiText("Other official guidance"),
    press_heading: UiText("Press reports and commentary"),
    act_section_note: UiText("From the Act's text and the official summaries of it by the Diet and MHLW."),
    plan_section_note: UiText("From MHLW's material of 16 May 2025, written after the working group compiled the draft plan and before the Cabinet adopted it. It has not been checked against the text of the adopted plan."),
    plan_basis_note: UiText("The Basic Plan's content here comes from MHLW's material of 16 May 2025 (after the draft was compiled, before Cabinet adoption). It has not been checked against the text of the adopted plan."),
    guidance_section_note: UiText("Not the Act or the Basic Plan themselves: guidance and Q&As from ministries, local governments and industry bodies."),
    press_section_note: UiText("What news reports and articles say. They are not official documents."),
    related_measures_heading: UiText("Related measures"),
    steps_heading: UiText("What you can do"),
    step_number: UiText("Step {n}"),
    step_resources: UiText("Where to go"),
    law: PageText {
        title: UiText("The Genome Medicine Promotion Act"),
        description: UiText("The Genome Medicine Promotion Act (Act No. 57 of 2023) in plain words: its purpose, its three basic principles, and who must do what."),
    },
    pillar_not_found: PageText {
        title: UiText("Pillar not found"),
        description: UiText("The Basic Plan has no such pillar. Please choose one of the three pillars."),
    },
    measure_not_found: PageText {
        title: UiText("Measure not found"),
        description: UiText("This pillar has no such measure. Please choose one from the list of measures."),
    },
    pillar_link: UiText("See the measures of this pillar"),
    measure_description: UiText("A measure of the Basic Plan under the pillar “{pillar}”."),
    measures_heading: UiText("Measures"),
    policies_heading: UiText("Main actions"),
    open_measure_page: UiText("Open this measure's page"),
    expand_all: UiText("Open all"),
    principles_for_measure_heading: UiText("Principles of the Act it serves"),
    own_reading_note: UiText("Which principles a measure serves is this site's own reading of the Act and the plan."),
    related_discrimination: UiText("What you can do about discrimination"),
    related_counselling: UiText("Find somewhere to get advice"),
    breadcrumb_label: UiText("You are here"),
    back_to_plan: UiText("Back to the three pillars"),
    other_matters_heading: UiText("What else the plan needs"),
    status_heading: UiText("Where the plan stands"),
    period_label: UiText("Plan period"),
    structure_heading: UiText("How the plan is organised"),
    working_group_heading: UiText("The working group that examined the plan"),
    meetings_summary: UiText("Meetings and agendas ({count} in all)"),
    members_summary: UiText("Members ({count})"),
    chair_label: UiText("(chair)"),
    meeting_number: UiText("Meeting {n}"),
    date_range_separator: UiText(" to "),
    law_link: UiText("Read the Act in plain words"),
    law_number_label: UiText("Law number"),
    official_title_label: UiText("Full title"),
    promulgated_label: UiText("Promulgated"),
    in_force_label: UiText("In force"),
    purpose_heading: UiText("What the Act is for"),
    principles_heading: UiText("The three basic principles"),
    measures_for_principle: UiText("Measures of the Basic Plan that serve it"),
    duties_heading: UiText("Who must do what"),
    financial_heading: UiText("Funding"),
    basic_plan_heading: UiText("The duty to make a Basic Plan"),
    law_measures_heading: UiText("Measures the Act sets out"),
    commentary_heading: UiText("What commentary points out"),
    nav_home: UiText("Home"),
    nav_plan: UiText("Basic Plan"),
    nav_discrimination: UiText("Discrimination"),
    nav_counselling: UiText("Get advice"),
    nav_progress: UiText("Progress"),
    nav_glossary: UiText("Glossary"),
    nav_about: UiText("About"),
    loading: UiText("Loading…"),
    load_error_title: UiText("The data could not be loaded"),
    load_error_body: UiText("Please check your connection and try again. The other pages still work."),
    load_error_file: UiText("File that failed"),
    retry: UiText("Try again"),
    error_network: UiText("The network could not be reached"),
    error_status: UiText("The server answered with error {status}"),
    error_malformed: UiText("The file is not in the expected format"),
    goal_heading: UiText("Overall goal"),
    pillars_heading: UiText("The three pillars"),
    pillar_measures_count: UiText("Measures"),
    source_label: UiText("Source"),
    date_published_before: UiText("source dated "),
    date_published_after: UiText(""),
    date_holds_on_before: UiText("as of "),
    date_holds_on_after: UiText(""),
    date_compiled_before: UiText("compiled here on "),
    date_compiled_after: UiText(""),
    date_event_before: UiText(""),
    date_event_after: UiText(""),
    date_unknown: UiText("unknown"),
    our_translation: UiText("(our translation)"),
    unconfirmed_label: UiText("Unconfirmed"),
    source_locator_intro: UiText(" (address not recorded: "),
    source_locator_close: UiText(")"),
    own_summary_label: UiText("Our summary"),
    quote_open: UiText("“"),
    quote_close: UiText("”"),
    page_label: UiText("page"),
    secondary_source_note: UiText("(not yet confirmed on an official page)"),
    footer_source_intro: UiText("Main source"),
    footer_privacy: UiText("This site uses no trackers and no cookies, and stores nothing you type (only your language choice, on this device)."),
    glossary_index_label: UiText("Index A–Z"),
    glossary_learn_more: UiText("Learn more from an official source"),
    glossary_related: UiText("Related terms"),
    glossary_aliases: UiText("Also written"),
    glossary_entry_link: UiText("Full entry: {term}"),
    glossary_back: UiText("All terms"),
    term_not_found: PageText {
        title: UiText("Term not found"),
        description: UiText("The glossary has no such term. Please choose one from the list."),
    },
    term_explanation_label: UiText("What this word means (our summary)"),
    search: PageText {
        title: UiText("Search"),
        description: UiText("Find pages, measures, places to get advice, figures and terms by typing a word."),
    },
    search_label: UiText("Search this site"),
    search_button: UiText("Search"),
    search_count: UiText("{count} results"),
    search_none: UiText("Nothing matches “{query}”."),
    search_suggestions: UiText("You can also search for a word from the glossary:"),
    search_situations: UiText("Find where to get advice by your situation"),
    search_empty: UiText("Type a word to search for."),
    search_unavailable: UiText("Search could not be prepared. Please check your connection and try again."),
    search_kinds: SearchKinds {
        page: UiText("Page"),
        measure: UiText("Measure"),
        resource: UiText("Where to get advice"),
        term: UiText("Term"),
        figure: UiText("Figures"),
    },
    about_body: &[
        UiText("Genome Medicine Navi explains Japan's Genome Medicine Promotion Act (Act No. 57 of 2023) and the Basic Plan made under it, in plain words, with a source and a date for every fact."),
        UiText("The information comes from three kinds of material. (1) Official documents and pages, mainly from the Ministry of Health, Labour and Welfare (MHLW). (2) Secondary material: news reports, trade press, blogs, law databases and copies of documents on other sites; facts based on them say “not yet confirmed on an official page”. (3) The site's own summaries (the steps to take, the guide by situation); these are labelled “Our summary”, and each fact in them cites its source."),
        UiText("Dates are labelled by kind. “Source dated” is when the document was published or last updated (“unknown” when it does not show it); “as of” is the date a figure or statement holds; “compiled here on” is when this site read the material and summarised it. All material was read in saved copies; the official pages have not been checked live since."),
        UiText("English names (of the Act, the plan, organisations and services) are our translations unless a source gives an official English name."),
        UiText("The site runs entirely in your browser. It uses no ads, no analytics and no cookies, and it talks to no other site."),
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
        assert_eq!(Lang::from_id("en"), Some(Lang::En));
        assert_eq!(Lang::from_id("easy"), Some(Lang::Easy));
        assert_eq!(Lang::from_id("<x>"), None);
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
