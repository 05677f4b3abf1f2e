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

/// A glossary term as search uses it, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchTerm {
    /// The term as this language's content writes it: what a matching word becomes, and what a
    /// reader who found nothing is offered.
    pub word: String,
    /// The Japanese reading in hiragana, without separators (「いでんし」).
    pub reading: String,
    /// Every spelling that names the term (Japanese, English, aliases), folded (`fold`).
    pub spellings: Vec<String>,
}

/// The glossary's terms for one language's search, in the order its glossary lists them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchTerms(pub Vec<SearchTerm>);

/// Between a term's fields, and between terms, in `SearchTerms::encode`: characters a term, a
/// reading or a spelling never holds (`encode` drops them).
const FIELD: char = '\t';
const TERM: char = '\n';

impl SearchTerms {
    pub fn from_glossary(glossary: &Glossary, lang: Lang) -> Self {
        Self(
            glossary
                .sorted(lang)
                .into_iter()
                .map(|t| SearchTerm {
                    word: t.as_written(lang).to_string(),
                    reading: t.reading.replace(['・', ' '], ""),
                    spellings: [t.term.ja.as_str(), t.term.en.as_str()]
                        .into_iter()
                        .chain(t.aliases.iter().map(String::as_str))
                        .map(fold)
                        .collect(),
                })
                .collect(),
        )
    }

    /// As text for a data attribute: a line per term, its word, reading and spellings separated
    /// by tabs.
    pub fn encode(&self) -> String {
        let clean = |s: &str| s.replace([FIELD, TERM], " ");
        self.0
            .iter()
            .map(|t| {
                [clean(&t.word), clean(&t.reading)]
                    .into_iter()
                    .chain(t.spellings.iter().map(|s| clean(s)))
                    .collect::<Vec<_>>()
                    .join(&FIELD.to_string())
            })
            .collect::<Vec<_>>()
            .join(&TERM.to_string())
    }

    /// Reads `encode`'s text back. A line without a word and a reading is skipped, so a damaged
    /// attribute loses only the terms it damaged.
    pub fn decode(text: &str) -> Self {
        Self(
            text.split(TERM)
                .filter_map(|line| {
                    let mut fields = line.split(FIELD).map(str::trim);
                    let word = fields.next().filter(|w| !w.is_empty())?.to_string();
                    let reading = fields.next().filter(|r| !r.is_empty())?.to_string();
                    let spellings = fields.filter(|s| !s.is_empty()).map(fold).collect();
                    Some(SearchTerm {
                        word,
                        reading,
                        spellings,
                    })
                })
                .collect(),
        )
    }

    /// The term a word of a query names: by its reading (in hiragana or katakana) or one of its
    /// spellings.
    fn find(&self, word: &str) -> Option<&SearchTerm> {
        let key = fold(&to_hiragana(word));
        let folded = fold(word);
        self.0
            .iter()
            .find(|t| t.reading == key || t.spellings.contains(&folded))
    }

    /// Up to `n` terms to try when nothing is found: those sharing the most characters with the
    /// query (in their word or reading), else the first in the list.
    pub fn suggestions(&self, query: &str, n: usize) -> Vec<&SearchTerm> {
        let wanted: Vec<char> = fold(query)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let score = |t: &SearchTerm| {
            let spelled = format!("{}{}", fold(&t.word), t.reading);
            wanted.iter().filter(|c| spelled.contains(**c)).count()
        };
        let mut terms: Vec<&SearchTerm> = self.0.iter().collect();
        terms.sort_by_key(|t| std::cmp::Reverse(score(t)));
        terms.truncate(n);
        terms
    }
}

/// The query the engine gets: each word that is a glossary term's reading (in hiragana or
/// katakana) or one of its spellings becomes the term as the language's content writes it.
/// Other words stay as they are.
pub fn expand(query: &str, terms: Option<&SearchTerms>) -> String {
    let Some(terms) = terms else {
        return query.to_string();
    };
    query
        .split(' ')
        .map(|word| terms.find(word).map_or(word, |t| t.word.as_str()))
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
        let ja = SearchTerms::from_glossary(&g, Lang::Ja);
        let en = SearchTerms::from_glossary(&g, Lang::En);
        let easy = SearchTerms::from_glossary(&g, Lang::Easy);
        assert_eq!(expand("いでんし", Some(&ja)), "遺伝子");
        assert_eq!(expand("イデンシ", Some(&ja)), "遺伝子");
        assert_eq!(expand("イデンシ", Some(&easy)), "遺伝子");
        assert_eq!(expand("nipt", Some(&ja)), "NIPT");
        assert_eq!(expand("新型出生前診断", Some(&ja)), "NIPT");
        assert_eq!(expand(&normalise("ｎｉｐｔ"), Some(&en)), "NIPT");
        assert_eq!(expand("いでんし 差別", Some(&en)), "gene 差別");
        assert_eq!(expand("elsi", Some(&en)), "ELSI");
        assert_eq!(expand("保険", Some(&ja)), "保険");
        assert_eq!(expand("いでんし", None), "いでんし");
    }

    #[test]
    fn the_terms_survive_the_page_and_a_damaged_attribute_loses_only_its_damage() {
        let g = glossary();
        for lang in Lang::ALL {
            let terms = SearchTerms::from_glossary(&g, lang);
            assert_eq!(terms.0.len(), 3);
            assert_eq!(SearchTerms::decode(&terms.encode()), terms, "{lang:?}");
        }
        // A tab or a line break inside a spelling cannot split a term.
        let odd = SearchTerms(vec![SearchTerm {
            word: "遺伝\t子".into(),
            reading: "いでんし".into(),
            spellings: vec!["gene\nx".into()],
        }]);
        assert_eq!(SearchTerms::decode(&odd.encode()).0.len(), 1);
        // Hostile or damaged text: what is whole is kept, nothing panics.
        let damaged =
            SearchTerms::decode("遺伝子\tいでんし\tgene\n\n壊れた\n\tよみだけ\n<b>x</b>\tx");
        assert_eq!(damaged.0.len(), 2);
        assert_eq!(expand("gene", Some(&damaged)), "遺伝子");
        assert_eq!(SearchTerms::decode(""), SearchTerms::default());
    }

    #[test]
    fn nothing_found_offers_the_terms_closest_to_the_query() {
        let terms = SearchTerms::from_glossary(&glossary(), Lang::Ja);
        let offered = |q: &str| -> Vec<String> {
            terms
                .suggestions(q, 2)
                .into_iter()
                .map(|t| t.word.clone())
                .collect()
        };
        assert_eq!(offered("遺伝子の話")[0], "遺伝子");
        assert_eq!(offered("ELS")[0], "ELSI");
        // Nothing in common: the first terms in the glossary's order.
        assert_eq!(offered("zzz").len(), 2);
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
