//! The one place that knows the app's routes, the language prefix and the base path it is hosted under.
//!
//! Pages ask this module for links (`href`) and the router shell asks it what a path means
//! (`resolve`). Both are plain functions, tested on the host.

use crate::i18n::Lang;
use std::sync::OnceLock;

/// A page of the app, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Plan,
    /// `/plan/{pillar}`: a pillar's measures. The id is checked against the data by the page.
    Pillar(String),
    /// `/plan/{pillar}/{measure}`: one measure with its policies.
    Measure(String, String),
    /// `/law`: the Act in plain words.
    Law,
    Discrimination,
    Counselling,
    /// `/counselling/{situation}`: the resources that fit a situation; `all` lists every resource.
    Situation(String),
    Progress,
    /// `/progress/{card}`: one card of the progress page on its own.
    ProgressCard(String),
    Glossary,
    /// `/glossary/{term}`: one term's entry; the page checks the id against the data.
    GlossaryTerm(String),
    About,
    /// `/data`: every data file with its JSON Schema and CSV tables, for reuse.
    OpenData,
    /// `/changes`: the change log of the content.
    Changes,
    /// `/search?q=`: search over every page of the language.
    Search,
    /// `/embed/{card}`: one card alone, for other sites' iframes (no header or navigation).
    Embed(EmbedCard),
    /// Any path the app does not know; the 404 page.
    NotFound,
}

/// A card that other pages can embed, and its id in `/embed/{id}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedCard {
    /// A progress card (`cases`, `budget`, …); the page checks the id against the data.
    Progress(String),
    /// A pillar's summary card: `pillar-{id}`.
    Pillar(String),
    /// The counselling page's "what is your situation?" list.
    Situations,
    /// The discrimination page's "what you can do" steps.
    Steps,
}

impl EmbedCard {
    const PILLAR_PREFIX: &'static str = "pillar-";
    const SITUATIONS: &'static str = "situations";
    const STEPS: &'static str = "discrimination-steps";

    pub fn id(&self) -> String {
        match self {
            EmbedCard::Progress(card) => card.clone(),
            EmbedCard::Pillar(pillar) => format!("{}{pillar}", Self::PILLAR_PREFIX),
            EmbedCard::Situations => Self::SITUATIONS.to_string(),
            EmbedCard::Steps => Self::STEPS.to_string(),
        }
    }

    /// The card an id names (`EmbedCard::id`'s inverse); `None` for a malformed id.
    pub fn from_id(id: &str) -> Option<EmbedCard> {
        if !is_id(id) {
            return None;
        }
        Some(match id {
            Self::SITUATIONS => EmbedCard::Situations,
            Self::STEPS => EmbedCard::Steps,
            _ => match id.strip_prefix(Self::PILLAR_PREFIX) {
                Some(pillar) => EmbedCard::Pillar(pillar.to_string()),
                None => EmbedCard::Progress(id.to_string()),
            },
        })
    }

    /// The full page (and fragment) where the card lives, for "open in ゲノム医療ナビ" and sharing.
    pub fn page_href(&self, lang: Lang) -> String {
        match self {
            EmbedCard::Progress(card) => href(lang, &AppRoute::ProgressCard(card.clone())),
            EmbedCard::Pillar(pillar) => href(lang, &AppRoute::Pillar(pillar.clone())),
            EmbedCard::Situations => href(lang, &AppRoute::Counselling),
            EmbedCard::Steps => format!("{}#steps", href(lang, &AppRoute::Discrimination)),
        }
    }
}

/// How an embed shows its card, from its query string (`?view=table&count=cumulative&theme=dark`).
/// Unknown keys and values are ignored, so a hostile query cannot do more than the defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The table instead of the chart.
    pub table: bool,
    /// Running totals instead of per-year counts (the case counts card).
    pub cumulative: bool,
    /// `light` or `dark`; `None` follows the reader's setting.
    pub theme: Option<&'static str>,
}

impl EmbedOptions {
    pub fn parse(query: &str) -> EmbedOptions {
        let mut out = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            match pair.split_once('=') {
                Some(("view", "table")) => out.table = true,
                Some(("count", "cumulative")) => out.cumulative = true,
                Some(("theme", "light")) => out.theme = Some("light"),
                Some(("theme", "dark")) => out.theme = Some("dark"),
                _ => {}
            }
        }
        out
    }
}

/// An app path made absolute for use on another site (an embed snippet, a shared link, a QR code).
pub fn absolute_url(origin: &str, path: &str) -> String {
    format!("{}{path}", origin.trim_end_matches('/'))
}

impl AppRoute {
    /// The pages that appear in the main navigation, in order.
    pub const NAV: [AppRoute; 7] = [
        AppRoute::Home,
        AppRoute::Plan,
        AppRoute::Discrimination,
        AppRoute::Counselling,
        AppRoute::Progress,
        AppRoute::Glossary,
        AppRoute::About,
    ];

    /// The path segment of a page (empty for home).
    fn slug(&self) -> &'static str {
        match self {
            AppRoute::Home | AppRoute::NotFound => "",
            AppRoute::Plan | AppRoute::Pillar(_) | AppRoute::Measure(..) => "plan",
            AppRoute::Law => "law",
            AppRoute::Discrimination => "discrimination",
            AppRoute::Counselling | AppRoute::Situation(_) => "counselling",
            AppRoute::Progress | AppRoute::ProgressCard(_) => "progress",
            AppRoute::Glossary | AppRoute::GlossaryTerm(_) => "glossary",
            AppRoute::About => "about",
            AppRoute::OpenData => "data",
            AppRoute::Changes => "changes",
            AppRoute::Search => "search",
            AppRoute::Embed(_) => "embed",
        }
    }

    /// Pages with a slug of their own that are not in the main navigation.
    pub const OTHER_PAGES: [AppRoute; 4] = [
        AppRoute::Law,
        AppRoute::OpenData,
        AppRoute::Changes,
        AppRoute::Search,
    ];

    fn from_slug(slug: &str) -> Option<AppRoute> {
        AppRoute::NAV
            .into_iter()
            .chain(AppRoute::OTHER_PAGES)
            .find(|r| r.slug() == slug)
    }

    /// The nav entry this page belongs under, for `aria-current`.
    pub fn section(&self) -> AppRoute {
        match self {
            AppRoute::Pillar(_) | AppRoute::Measure(..) | AppRoute::Law => AppRoute::Plan,
            AppRoute::Situation(_) => AppRoute::Counselling,
            AppRoute::ProgressCard(_) => AppRoute::Progress,
            AppRoute::GlossaryTerm(_) => AppRoute::Glossary,
            AppRoute::OpenData | AppRoute::Changes => AppRoute::About,
            other => other.clone(),
        }
    }
}

/// First path segments the app owns. index.html's inline base-path script keeps the same list
/// (a host test checks it), so that a deep link under any sub-path finds the app's files.
pub const TOP_SEGMENTS: [&str; 13] = [
    "en",
    "easy",
    "plan",
    "law",
    "discrimination",
    "counselling",
    "progress",
    "glossary",
    "about",
    "embed",
    "data",
    "changes",
    "search",
];

/// What a path (already without the base path) means: a language and a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub lang: Lang,
    pub route: AppRoute,
}

/// Resolves a path relative to the base path, e.g. `/en/plan`. Query and fragment are ignored;
/// a trailing slash is accepted. Anything unknown is `NotFound` in the language the path asks for.
pub fn resolve(path: &str) -> Resolved {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    let lang = match segments.peek() {
        Some(&first) => Lang::ALL
            .into_iter()
            .find(|l| l.url_segment() == Some(first))
            .inspect(|_| {
                segments.next();
            })
            .unwrap_or(Lang::Ja),
        None => Lang::Ja,
    };
    let rest: Vec<&str> = segments.collect();
    let route = match rest.as_slice() {
        [] => AppRoute::Home,
        [slug] => AppRoute::from_slug(slug).unwrap_or(AppRoute::NotFound),
        ["plan", pillar] if is_id(pillar) => AppRoute::Pillar(pillar.to_string()),
        ["counselling", situation] if is_id(situation) => {
            AppRoute::Situation(situation.to_string())
        }
        ["progress", card] if is_id(card) => AppRoute::ProgressCard(card.to_string()),
        ["glossary", term] if is_id(term) => AppRoute::GlossaryTerm(term.to_string()),
        ["embed", card] => EmbedCard::from_id(card).map_or(AppRoute::NotFound, AppRoute::Embed),
        ["plan", pillar, measure] if is_id(pillar) && is_id(measure) => {
            AppRoute::Measure(pillar.to_string(), measure.to_string())
        }
        _ => AppRoute::NotFound,
    };
    Resolved { lang, route }
}

/// Only ids the data could contain reach a page; anything else is not found.
fn is_id(segment: &str) -> bool {
    crate::data::is_url_safe_id(segment)
}

/// The link to a page in a language, including the base path, e.g. `/sub/en/plan`.
pub fn href(lang: Lang, route: &AppRoute) -> String {
    let mut out = base_path().to_string();
    if let Some(seg) = lang.url_segment() {
        out.push('/');
        out.push_str(seg);
    }
    let slug = route.slug();
    if !slug.is_empty() {
        out.push('/');
        out.push_str(slug);
    }
    match route {
        AppRoute::Pillar(p)
        | AppRoute::Situation(p)
        | AppRoute::ProgressCard(p)
        | AppRoute::GlossaryTerm(p) => {
            out.push('/');
            out.push_str(p);
        }
        AppRoute::Embed(card) => {
            out.push('/');
            out.push_str(&card.id());
        }
        AppRoute::Measure(p, m) => {
            out.push('/');
            out.push_str(p);
            out.push('/');
            out.push_str(m);
        }
        _ => {}
    }
    if slug.is_empty() {
        // Home is a directory-like URL, so that relative files resolve the same on reload.
        out.push('/');
    }
    out
}

/// A pillar page with some measures expanded: `/plan/{pillar}?open=a,b`, so a link opens them.
pub fn pillar_href_with_open(lang: Lang, pillar: &str, open: &[String]) -> String {
    let mut out = href(lang, &AppRoute::Pillar(pillar.to_string()));
    let open: Vec<&str> = open
        .iter()
        .map(String::as_str)
        .filter(|id| is_id(id))
        .collect();
    if !open.is_empty() {
        out.push_str("?open=");
        out.push_str(&open.join(","));
    }
    out
}

/// The expanded measure ids from a pillar page's `open` query value; anything not an id is dropped.
pub fn parse_open(query_value: Option<&str>) -> Vec<String> {
    query_value
        .unwrap_or_default()
        .split(',')
        .filter(|id| is_id(id))
        .map(str::to_string)
        .collect()
}

/// The id under `/counselling/` that lists every resource.
pub const ALL_RESOURCES: &str = "all";

/// A resource's card in the all-resources view.
pub fn resource_href(lang: Lang, resource_id: &str) -> String {
    format!(
        "{}#resource-{resource_id}",
        href(lang, &AppRoute::Situation(ALL_RESOURCES.to_string()))
    )
}

/// The link to a published file under `data/` (`plan.json`, `schema/plan.schema.json`,
/// `cases.csv`), under the base path like every other link.
pub fn data_file_href(path: &str) -> String {
    format!("{}/{}", base_path(), crate::data::load::data_url(path))
}

/// A row of the glossary's index (あ, か… or A, B…), numbered from 1: `/glossary#row-2`. The
/// anchor is ASCII, so it stays readable in the address bar.
pub fn glossary_row_id(row: usize) -> String {
    format!("row-{row}")
}

pub fn glossary_row_href(lang: Lang, row: usize) -> String {
    format!(
        "{}#{}",
        href(lang, &AppRoute::Glossary),
        glossary_row_id(row)
    )
}

/// The search page with a query: `/search?q=…`, the query percent-encoded.
pub fn search_href(lang: Lang, query: &str) -> String {
    let mut out = href(lang, &AppRoute::Search);
    if !query.is_empty() {
        out.push_str("?q=");
        for b in query.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    out.push(b as char)
                }
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
    }
    out
}

/// What kind of page a route shows, as search results name it (`SearchKinds`): the pre-rendered
/// page carries it for the search index.
pub fn search_kind(route: &AppRoute) -> &'static str {
    match route {
        AppRoute::Measure(..) | AppRoute::Pillar(_) => "measure",
        AppRoute::Counselling | AppRoute::Situation(_) => "resource",
        AppRoute::GlossaryTerm(_) => "term",
        AppRoute::Progress | AppRoute::ProgressCard(_) => "figure",
        _ => "page",
    }
}

/// Which build of the controls a pre-rendered page loads instead of the app (`crate::controls`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ControlsBuild {
    /// The page's controls (`genome-navi-controls`).
    Page,
    /// The same and the search panel (`genome-navi-search`): kept apart, because the panel is
    /// 28 KB brotli that no other page needs.
    Search,
}

impl ControlsBuild {
    /// As the pre-rendered page names it (`<html data-app>`, read by `public/js/app-loader.js`).
    pub fn id(self) -> &'static str {
        match self {
            ControlsBuild::Page => "controls",
            ControlsBuild::Search => "search",
        }
    }
}

/// Whether a pre-rendered page of this route needs only its controls (`crate::controls`: the
/// header's switches, share, card tools, read aloud, print, status lines, the case-count charts'
/// switch, the search with the glossary's terms its page carries), not the whole app. On such a
/// page the browser loads the small controls WASM and no data file; every other page (one with a
/// filter, open measures kept in the address, an embed) loads the app.
pub fn controls_suffice(route: &AppRoute) -> Option<ControlsBuild> {
    let page = match route {
        AppRoute::Home
        | AppRoute::Plan
        | AppRoute::Measure(..)
        | AppRoute::Law
        | AppRoute::Discrimination
        | AppRoute::Counselling
        | AppRoute::Glossary
        | AppRoute::GlossaryTerm(_)
        | AppRoute::About
        | AppRoute::OpenData
        | AppRoute::Changes
        | AppRoute::Progress
        | AppRoute::ProgressCard(_) => true,
        AppRoute::Search => return Some(ControlsBuild::Search),
        // Every service, with a filter over them: the app.
        AppRoute::Situation(id) => id != ALL_RESOURCES,
        AppRoute::Pillar(_) | AppRoute::Embed(_) | AppRoute::NotFound => false,
    };
    page.then_some(ControlsBuild::Page)
}

/// A static file shipped with the app (`js/…`), under the base path.
pub fn static_file_href(path: &str) -> String {
    format!("{}/{}", base_path(), path)
}

/// An anchor on the law page for a principle.
pub fn principle_href(lang: Lang, principle_id: &str) -> String {
    format!("{}#principle-{principle_id}", href(lang, &AppRoute::Law))
}

static BASE_PATH: OnceLock<String> = OnceLock::new();

/// Sets the base path once at start-up (from `document.baseURI`). Later calls are ignored.
pub fn set_base_path(base: String) {
    let _ = BASE_PATH.set(base);
}

/// The base path without a trailing slash: `""` at the root, `/some/sub/path` under a sub-path.
pub fn base_path() -> &'static str {
    BASE_PATH.get().map(String::as_str).unwrap_or_default()
}

/// Normalises the path part of a base URI (`/sub/path/`) to a base path (`/sub/path`).
pub fn base_path_from_uri_path(path: &str) -> String {
    path.trim_end_matches('/').to_string()
}

/// Strips the base path from a pathname; a pathname outside the base is returned unchanged.
pub fn strip_base<'a>(pathname: &'a str, base: &str) -> &'a str {
    match pathname.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => pathname,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_with_their_own_interactions_load_the_whole_app() {
        for path in [
            "/",
            "/plan",
            "/plan/understanding/research",
            "/law",
            "/discrimination",
            "/counselling",
            "/glossary",
            "/about",
            "/data",
            "/changes",
            "/counselling/insurance",
            "/progress",
            "/progress/cases",
        ] {
            assert_eq!(
                controls_suffice(&resolve(path).route),
                Some(ControlsBuild::Page),
                "{path}"
            );
        }
        assert_eq!(
            controls_suffice(&resolve("/en/search").route),
            Some(ControlsBuild::Search)
        );
        for path in [
            "/plan/care",
            "/counselling/all",
            "/embed/cases",
            "/no-such-page",
        ] {
            assert_eq!(controls_suffice(&resolve(path).route), None, "{path}");
        }
    }

    use super::*;

    #[test]
    fn resolves_every_page_in_every_language() {
        for lang in Lang::ALL {
            for route in AppRoute::NAV.into_iter().chain(AppRoute::OTHER_PAGES) {
                let link = href(lang, &route);
                assert_eq!(
                    resolve(&link),
                    Resolved {
                        lang,
                        route: route.clone()
                    },
                    "{link}"
                );
            }
        }
    }

    #[test]
    fn plan_pages_nest_under_plan() {
        let measure = AppRoute::Measure("understanding".into(), "discrimination".into());
        assert_eq!(
            href(Lang::En, &measure),
            "/en/plan/understanding/discrimination"
        );
        assert_eq!(
            resolve("/en/plan/understanding/discrimination").route,
            measure
        );
        assert_eq!(resolve("/plan/care").route, AppRoute::Pillar("care".into()));
        assert_eq!(resolve("/plan/care").route.section(), AppRoute::Plan);
        assert_eq!(resolve("/law").route, AppRoute::Law);
        let work = AppRoute::Situation("work".into());
        assert_eq!(href(Lang::En, &work), "/en/counselling/work");
        assert_eq!(resolve("/counselling/work").route, work);
        assert_eq!(work.section(), AppRoute::Counselling);
        let card = AppRoute::ProgressCard("cases".into());
        assert_eq!(href(Lang::En, &card), "/en/progress/cases");
        assert_eq!(resolve("/progress/cases").route, card);
        assert_eq!(
            search_href(Lang::En, "遺伝 a&b"),
            "/en/search?q=%E9%81%BA%E4%BC%9D%20a%26b"
        );
        assert_eq!(resolve("/search").route, AppRoute::Search);
        let term = AppRoute::GlossaryTerm("elsi".into());
        assert_eq!(href(Lang::Easy, &term), "/easy/glossary/elsi");
        assert_eq!(resolve("/easy/glossary/elsi/").route, term);
        assert_eq!(term.section(), AppRoute::Glossary);
        assert_eq!(
            resource_href(Lang::Ja, "moj"),
            "/counselling/all#resource-moj"
        );
        // Ids that no data file could hold never reach a page.
        assert_eq!(resolve("/plan/%3Cscript%3E").route, AppRoute::NotFound);
        assert_eq!(resolve("/plan/Care").route, AppRoute::NotFound);
        assert_eq!(resolve("/plan/a/b/c").route, AppRoute::NotFound);
    }

    #[test]
    fn expanded_measures_live_in_the_query() {
        let open = vec!["discrimination".to_string(), "bioethics".to_string()];
        assert_eq!(
            pillar_href_with_open(Lang::Ja, "understanding", &open),
            "/plan/understanding?open=discrimination,bioethics"
        );
        assert_eq!(pillar_href_with_open(Lang::Ja, "care", &[]), "/plan/care");
        assert_eq!(parse_open(Some("a,<b>,c--d,,e")), vec!["a", "e"]);
        assert_eq!(parse_open(None), Vec::<String>::new());
        assert_eq!(
            principle_href(Lang::En, "bioethics"),
            "/en/law#principle-bioethics"
        );
    }

    #[test]
    fn embeds_have_their_own_routes() {
        for card in [
            EmbedCard::Progress("cases".into()),
            EmbedCard::Pillar("care".into()),
            EmbedCard::Situations,
            EmbedCard::Steps,
        ] {
            let route = AppRoute::Embed(card.clone());
            let link = href(Lang::En, &route);
            assert!(link.starts_with("/en/embed/"), "{link}");
            assert_eq!(resolve(&link).route, route);
        }
        assert_eq!(
            href(Lang::Ja, &AppRoute::Embed(EmbedCard::Pillar("care".into()))),
            "/embed/pillar-care"
        );
        assert_eq!(
            EmbedCard::Steps.page_href(Lang::Ja),
            "/discrimination#steps"
        );
        assert_eq!(EmbedCard::Situations.page_href(Lang::En), "/en/counselling");
        assert_eq!(resolve("/embed/%3Cx%3E").route, AppRoute::NotFound);
        assert_eq!(resolve("/embed").route, AppRoute::NotFound);
        assert_eq!(
            absolute_url("http://127.0.0.1:4173", "/embed/cases"),
            "http://127.0.0.1:4173/embed/cases"
        );
    }

    #[test]
    fn embed_options_come_from_known_query_values_only() {
        let o = EmbedOptions::parse("?view=table&count=cumulative&theme=dark");
        assert!(o.table && o.cumulative);
        assert_eq!(o.theme, Some("dark"));
        assert_eq!(EmbedOptions::parse(""), EmbedOptions::default());
        let hostile = EmbedOptions::parse("?theme=%22%3E%3Cscript%3E&view=<b>&theme");
        assert_eq!(hostile, EmbedOptions::default());
    }

    #[test]
    fn open_data_and_changes_have_their_own_routes() {
        // Both resolve in every language (resolves_every_page_in_every_language).
        assert_eq!(href(Lang::En, &AppRoute::OpenData), "/en/data");
        assert_eq!(href(Lang::Ja, &AppRoute::Changes), "/changes");
        assert_eq!(
            data_file_href("schema/plan.schema.json"),
            "/data/schema/plan.schema.json"
        );
        // A file under data/ is not a page.
        assert_eq!(resolve("/data/plan.json").route, AppRoute::NotFound);
    }

    #[test]
    fn home_links_are_slash_terminated() {
        assert_eq!(href(Lang::Ja, &AppRoute::Home), "/");
        assert_eq!(href(Lang::En, &AppRoute::Home), "/en/");
        assert_eq!(href(Lang::En, &AppRoute::Plan), "/en/plan");
    }

    #[test]
    fn unknown_paths_are_not_found_in_the_asked_language() {
        assert_eq!(resolve("/nope").route, AppRoute::NotFound);
        assert_eq!(
            resolve("/en/nope"),
            Resolved {
                lang: Lang::En,
                route: AppRoute::NotFound
            }
        );
        assert_eq!(resolve("/plan/x/y/z").route, AppRoute::NotFound);
    }

    #[test]
    fn query_and_fragment_do_not_change_the_page() {
        assert_eq!(
            resolve("/en/plan?x=<script>alert(1)</script>#top").route,
            AppRoute::Plan
        );
        assert_eq!(resolve("/plan/").route, AppRoute::Plan);
        assert_eq!(resolve("").route, AppRoute::Home);
    }

    #[test]
    fn base_path_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_base("/sub/path/en/plan", "/sub/path"), "/en/plan");
        assert_eq!(strip_base("/sub/path", "/sub/path"), "");
        assert_eq!(strip_base("/sub/pathology", "/sub/path"), "/sub/pathology");
        assert_eq!(strip_base("/plan", ""), "/plan");
        assert_eq!(base_path_from_uri_path("/sub/path/"), "/sub/path");
        assert_eq!(base_path_from_uri_path("/"), "");
    }

    #[test]
    fn top_segments_cover_every_language_and_page() {
        for lang in Lang::ALL {
            if let Some(seg) = lang.url_segment() {
                assert!(TOP_SEGMENTS.contains(&seg), "{seg}");
            }
        }
        for route in AppRoute::NAV.into_iter().chain(AppRoute::OTHER_PAGES) {
            let slug = route.slug();
            assert!(slug.is_empty() || TOP_SEGMENTS.contains(&slug), "{slug}");
        }
    }

    #[test]
    fn index_html_base_script_knows_the_same_segments() {
        let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
            .expect("index.html");
        let list = TOP_SEGMENTS.map(|s| format!("\"{s}\"")).join(",");
        assert!(
            html.contains(&format!("[{list}]")),
            "index.html's base script must list [{list}]"
        );
    }
}
