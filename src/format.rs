//! Formatting of dates for display, per language.

use crate::i18n::Lang;

/// `2025-05-16` → `2025年5月16日` (ja) or `16 May 2025` (en). Anything else is shown as given.
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
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date("2025-05-16", Lang::Ja), "2025年5月16日");
        assert_eq!(date("2025-05-16", Lang::En), "16 May 2025");
        assert_eq!(date("2023-12-01", Lang::En), "1 December 2023");
    }

    #[test]
    fn bad_dates_are_shown_as_given() {
        assert_eq!(date("soon", Lang::Ja), "soon");
        assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
    }
}
