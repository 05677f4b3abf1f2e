//! Formatting of dates for display, per language.
//!
//! In やさしい日本語 the results carry readings in the text notation (2025｜年《ねん》…), so they
//! are `Text` values or strings to parse into one, never shown raw.

use crate::i18n::{Lang, UiText};
use crate::text::Text;

/// `2025-05-16` → `2025年5月16日` (ja), the same with readings (easy), or `16 May 2025` (en); a
/// date only as precise as its source, `2025-11` or `2025`, reads `2025年11月` / `November 2025`.
/// Anything else is shown as given.
pub fn date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    match (parts.as_slice(), lang) {
        ([y, m @ 1..=12, d @ 1..=31], Lang::Ja) => format!("{y}年{m}月{d}日"),
        ([y, m @ 1..=12, d @ 1..=31], Lang::En) => format!("{d} {} {y}", MONTHS[*m as usize - 1]),
        ([y, m @ 1..=12], Lang::Ja) if iso.len() == 7 => format!("{y}年{m}月"),
        ([y, m @ 1..=12], Lang::En) if iso.len() == 7 => format!("{} {y}", MONTHS[*m as usize - 1]),
        ([y], Lang::Ja) if iso.len() == 4 => format!("{y}年"),
        ([y], Lang::En) if iso.len() == 4 => y.to_string(),
        ([y, m @ 1..=12, d @ 1..=31], Lang::Easy) => {
            format!("{y}｜年《ねん》{m}｜月《がつ》{d}｜日《にち》")
        }
        ([y, m @ 1..=12], Lang::Easy) if iso.len() == 7 => {
            format!("{y}｜年《ねん》{m}｜月《がつ》")
        }
        ([y], Lang::Easy) if iso.len() == 4 => format!("{y}｜年《ねん》"),
        _ => iso.to_string(),
    }
}

/// The words around a date of a kind: (before, after), e.g. ("資料の日付: ", "") or ("", "時点").
pub fn date_label(kind: crate::data::sources::DateKind, lang: Lang) -> (UiText, UiText) {
    use crate::data::sources::DateKind;
    let t = lang.texts();
    match kind {
        DateKind::Published => (t.date_published_before, t.date_published_after),
        DateKind::HoldsOn => (t.date_holds_on_before, t.date_holds_on_after),
        DateKind::Compiled => (t.date_compiled_before, t.date_compiled_after),
        DateKind::Event => (t.date_event_before, t.date_event_after),
    }
}

/// A date with the words that say what kind of date it is; `None` reads "unknown".
pub fn labelled_date(kind: crate::data::sources::DateKind, iso: Option<&str>, lang: Lang) -> Text {
    let (before, after) = date_label(kind, lang);
    let shown = iso.map_or_else(
        || lang.texts().date_unknown.source().to_string(),
        |d| date(d, lang),
    );
    Text::assembled(format!("{}{shown}{}", before.source(), after.source()))
}

/// A Japanese fiscal year (April–March), or a span of them: `令和6年度` / `FY2024`,
/// `令和2~3年度` / `FY2020–2021`. Years before Reiwa (2019) are shown in the Western calendar, and
/// every year in やさしい日本語 (2024｜年度《ねんど》): an era name is one more thing to know.
pub fn fiscal_year(fy: u16, fy_end: Option<u16>, lang: Lang) -> Text {
    Text::assembled(fiscal_year_notation(fy, fy_end, lang))
}

fn fiscal_year_notation(fy: u16, fy_end: Option<u16>, lang: Lang) -> String {
    let reiwa = |y: u16| {
        (y >= 2019).then(|| {
            if y == 2019 {
                "元".to_string()
            } else {
                (y - 2018).to_string()
            }
        })
    };
    match (lang, fy_end.filter(|end| *end != fy)) {
        (Lang::Ja, None) => match reiwa(fy) {
            Some(r) => format!("令和{r}年度"),
            None => format!("{fy}年度"),
        },
        (Lang::Ja, Some(end)) => match (reiwa(fy), reiwa(end)) {
            (Some(a), Some(b)) => format!("令和{a}~{b}年度"),
            _ => format!("{fy}~{end}年度"),
        },
        (Lang::Easy, None) => format!("{fy}｜年度《ねんど》"),
        (Lang::Easy, Some(end)) => format!("{fy}~{end}｜年度《ねんど》"),
        (Lang::En, None) => format!("FY{fy}"),
        (Lang::En, Some(end)) => format!("FY{fy}–{end}"),
    }
}

/// A whole number with thousands separators: `14089` → `14,089`.
pub fn count(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A `data:` URL holding `content`, for a download generated in the browser (no request is made).
pub fn data_url(mime: &str, content: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in content.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_years_in_each_language() {
        assert_eq!(fiscal_year(2024, None, Lang::Ja), "令和6年度");
        assert_eq!(fiscal_year(2024, None, Lang::En), "FY2024");
        assert_eq!(fiscal_year(2020, Some(2021), Lang::Ja), "令和2~3年度");
        assert_eq!(fiscal_year(2020, Some(2021), Lang::En), "FY2020–2021");
        assert_eq!(fiscal_year(2019, None, Lang::Ja), "令和元年度");
        assert_eq!(fiscal_year(2018, None, Lang::Ja), "2018年度");
        assert_eq!(fiscal_year(2023, Some(2023), Lang::En), "FY2023");
    }

    #[test]
    fn data_urls_percent_encode_everything_but_plain_characters() {
        assert_eq!(
            data_url("text/csv", "a,b\n"),
            "data:text/csv;charset=utf-8,a%2Cb%0A"
        );
        assert_eq!(
            data_url("text/csv", "が"),
            "data:text/csv;charset=utf-8,%E3%81%8C"
        );
    }

    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(count(31078), "31,078");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000000), "1,000,000");
        assert_eq!(count(0), "0");
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date("2025-05-16", Lang::Ja), "2025年5月16日");
        assert_eq!(date("2025-05-16", Lang::En), "16 May 2025");
        assert_eq!(date("2023-12-01", Lang::En), "1 December 2023");
    }

    #[test]
    fn partial_dates_say_no_more_than_they_know() {
        assert_eq!(date("2025-11", Lang::Ja), "2025年11月");
        assert_eq!(date("2025-11", Lang::En), "November 2025");
        assert_eq!(date("2025", Lang::Ja), "2025年");
        assert_eq!(date("2025", Lang::En), "2025");
    }

    #[test]
    fn labelled_dates_always_carry_their_kind() {
        use crate::data::sources::DateKind;
        for lang in Lang::ALL {
            // Event dates stand in lists whose heading says what they are (a meeting, the status).
            for kind in [DateKind::Published, DateKind::HoldsOn, DateKind::Compiled] {
                let shown = labelled_date(kind, Some("2025-05-16"), lang);
                let (before, after) = date_label(kind, lang);
                assert!(
                    !format!("{before}{after}").trim().is_empty(),
                    "{kind:?} {lang:?}"
                );
                assert!(
                    shown.starts_with(&before.plain()) && shown.ends_with(&after.plain()),
                    "{shown}"
                );
                let date = Text::assembled(date("2025-05-16", lang));
                assert!(shown.contains(&*date), "{shown}");
                assert_eq!(
                    shown.ruby().readings().count(),
                    date.ruby().readings().count()
                        + before.text().ruby().readings().count()
                        + after.text().ruby().readings().count()
                );
            }
            let unknown = labelled_date(DateKind::Published, None, lang);
            assert!(
                unknown.contains(&lang.texts().date_unknown.plain()),
                "{unknown}"
            );
        }
        assert_eq!(
            labelled_date(DateKind::HoldsOn, Some("2025-03-17"), Lang::Ja),
            "2025年3月17日時点"
        );
        assert_eq!(
            labelled_date(DateKind::Published, Some("2025-05-16"), Lang::Ja),
            "資料の日付: 2025年5月16日"
        );
        assert_eq!(
            labelled_date(DateKind::Compiled, Some("2026-11-24"), Lang::En),
            "compiled here on 24 November 2026"
        );
    }

    #[test]
    fn bad_dates_are_shown_as_given() {
        assert_eq!(date("soon", Lang::Ja), "soon");
        assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
    }
}
