//! Search without the DOM: the reader's query made safe and comparable (width, case, length), the
//! glossary's readings and aliases turned into the term the content uses (「いでんし」→ 遺伝子,
//! ＮＩＰＴ → NIPT), and the engine's excerpts turned into text pieces, never markup.
//!
//! The engine itself is Pagefind (npm `pagefind`), which indexes the pre-rendered pages at build
//! time; `components::search_engine` calls it.

use crate::data::glossary::{fold, fold_width, Glossary};
use crate::i18n::Lang;

/// The longest query searched; anything longer is cut (a pasted page is not a query).
pub const MAX_QUERY_CHARS: usize = 100;

/// The query as the reader typed it, made safe: control characters dropped, full-width ASCII and
/// the ideographic space made plain, runs of spaces collapsed, trimmed, and cut to
/// `MAX_QUERY_CHARS`. Case is kept (the engine ignores it).
pub fn normalise(query: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in query.chars() {
        let c = if c.is_control() { ' ' } else { fold_width(c) };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        if out.chars().count() >= MAX_QUERY_CHARS {
            break;
        }
    }
    out
}

/// Whether a normalised query has anything to search for: a letter, digit, kana or kanji.
pub fn is_searchable(query: &str) -> bool {
    query.chars().any(char::is_alphanumeric)
}

/// The query the engine gets: each word that is a glossary term's reading (in hiragana or
/// katakana) or one of its spellings becomes the term as the language's content writes it.
/// Other words stay as they are.
pub fn expand(query: &str, glossary: Option<&Glossary>, lang: Lang) -> String {
    let Some(glossary) = glossary else {
        return query.to_string();
    };
    query
        .split(' ')
        .map(|word| {
            let key = fold(&to_hiragana(word));
            let folded = fold(word);
            glossary
                .terms
                .iter()
                .find(|t| {
                    t.reading.replace(['・', ' '], "") == key
                        || fold(t.term.ja.as_str()) == folded
                        || fold(t.term.en.as_str()) == folded
                        || t.aliases.iter().any(|a| fold(a) == folded)
                })
                .map_or_else(
                    || word.to_string(),
                    |t| match lang {
                        Lang::En => t.term.en.to_string(),
                        Lang::Ja | Lang::Easy => t.term.ja.to_string(),
                    },
                )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Katakana turned into hiragana (readings are kept in hiragana); everything else unchanged.
fn to_hiragana(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// A piece of an excerpt: text, and whether it matched the query (shown as `<mark>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExcerptPiece {
    pub text: String,
    pub matched: bool,
}

/// The engine's excerpt (escaped HTML with `<mark>` around matches) as plain text pieces. Any
/// other tag is dropped and entities are decoded, so nothing in an excerpt can become markup.
pub fn excerpt_pieces(excerpt: &str) -> Vec<ExcerptPiece> {
    let mut pieces: Vec<ExcerptPiece> = Vec::new();
    let mut matched = false;
    let mut rest = excerpt;
    while !rest.is_empty() {
        let (text, after) = match rest.find('<') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if !text.is_empty() {
            let text = decode_entities(text);
            match pieces.last_mut() {
                Some(last) if last.matched == matched => last.text.push_str(&text),
                _ => pieces.push(ExcerptPiece { text, matched }),
            }
        }
        if after.is_empty() {
            break;
        }
        let Some(end) = after.find('>') else {
            break;
        };
        match after[1..end].trim().to_ascii_lowercase().as_str() {
            "mark" => matched = true,
            "/mark" => matched = false,
            _ => {}
        }
        rest = &after[end + 1..];
    }
    pieces
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::glossary::{test_glossary, test_term as term};

    fn glossary() -> Glossary {
        test_glossary(vec![
            term("gene", "遺伝子", "gene", "いでんし", &[]),
            term(
                "nipt",
                "NIPT",
                "NIPT",
                "えぬあいぴーてぃー",
                &["新型出生前診断"],
            ),
            term(
                "elsi",
                "ELSI",
                "ELSI",
                "えるしー",
                &["Ethical, Legal and Social Issues"],
            ),
        ])
    }

    #[test]
    fn queries_are_made_plain_short_and_safe() {
        assert_eq!(normalise("  ＮＩＰＴ　検査\t\n"), "NIPT 検査");
        assert_eq!(normalise("a\u{0}b"), "a b");
        assert_eq!(
            normalise(&"遺".repeat(500)).chars().count(),
            MAX_QUERY_CHARS
        );
        assert_eq!(
            normalise("<script>alert(1)</script>"),
            "<script>alert(1)</script>"
        );
        assert!(!is_searchable(&normalise("!!! ??? ---")));
        assert!(!is_searchable(&normalise("   ")));
        assert!(is_searchable(&normalise("🧬 ゲノム")));
    }

    #[test]
    fn readings_and_spellings_become_the_term_the_content_uses() {
        let g = glossary();
        assert_eq!(expand("いでんし", Some(&g), Lang::Ja), "遺伝子");
        assert_eq!(expand("イデンシ", Some(&g), Lang::Ja), "遺伝子");
        assert_eq!(expand("nipt", Some(&g), Lang::Ja), "NIPT");
        assert_eq!(expand(&normalise("ｎｉｐｔ"), Some(&g), Lang::En), "NIPT");
        assert_eq!(expand("いでんし 差別", Some(&g), Lang::En), "gene 差別");
        assert_eq!(expand("保険", Some(&g), Lang::Ja), "保険");
        assert_eq!(expand("いでんし", None, Lang::Ja), "いでんし");
    }

    #[test]
    fn excerpts_become_text_with_marked_matches_and_no_markup() {
        let pieces = excerpt_pieces(
            "遺伝情報による<mark>差別</mark>の &lt;b&gt;防止&amp;<img src=x onerror=alert(1)>",
        );
        assert_eq!(
            pieces,
            vec![
                ExcerptPiece {
                    text: "遺伝情報による".into(),
                    matched: false
                },
                ExcerptPiece {
                    text: "差別".into(),
                    matched: true
                },
                ExcerptPiece {
                    text: "の <b>防止&".into(),
                    matched: false
                },
            ]
        );
        assert_eq!(excerpt_pieces(""), vec![]);
    }
}
