//! Texts with readings: the Aozora Bunko ruby notation a Japanese editor knows (｜漢字《かんじ》, or
//! 漢字《かんじ》 for a run of kanji), parsed into typed segments. No HTML ever lives in the data.
//!
//! This is the text model for やさしい日本語 (issue 11); the glossary's term marks (issue 12) are to
//! become one more kind of segment.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Deref;

/// One piece of a text: plain characters, a base with its reading, or a glossary term around
/// pieces of either kind. Terms are never written in the data: `RubyText::mark_terms` adds them
/// where the glossary's matcher finds a term, when a page renders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    Ruby { base: String, reading: String },
    Term { id: String, inner: RubyText },
}

/// A parsed text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RubyText {
    pub segments: Vec<Segment>,
}

/// Why a text is not valid notation, with the character position (0-based) where it goes wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// 《 with no closing 》.
    UnclosedReading { at: usize },
    /// 》 with no opening 《.
    StrayClose { at: usize },
    /// ｜ not followed by a base and a reading.
    StrayBar { at: usize },
    /// 《》 with nothing inside.
    EmptyReading { at: usize },
    /// 《 with no base before it (no ｜ and no kanji right before).
    NoBase { at: usize },
    /// A reading that is not kana (a typo such as 《漢字》 or a stray marker inside).
    ReadingNotKana { at: usize },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::UnclosedReading { at } => write!(f, "《 at {at} is never closed by 》"),
            TextError::StrayClose { at } => write!(f, "》 at {at} closes nothing"),
            TextError::StrayBar { at } => {
                write!(f, "｜ at {at} is not followed by a base and 《reading》")
            }
            TextError::EmptyReading { at } => write!(f, "the reading at {at} is empty"),
            TextError::NoBase { at } => write!(f, "the reading at {at} has no base before it"),
            TextError::ReadingNotKana { at } => write!(f, "the reading at {at} is not kana"),
        }
    }
}

const BAR: char = '｜';
const OPEN: char = '《';
const CLOSE: char = '》';

/// A kanji for ruby purposes: CJK ideographs (with extension A and compatibility ideographs) and
/// the iteration mark 々, which Aozora Bunko counts with them.
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆')
}

pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// Parses the notation. Text without any marker is a single plain segment.
pub fn parse(src: &str) -> Result<RubyText, TextError> {
    let chars: Vec<char> = src.chars().collect();
    let mut segments = Vec::new();
    let mut plain = String::new();
    // Where an explicit base started (the position after ｜), if one is open.
    let mut bar: Option<(usize, usize)> = None; // (position of ｜, length of `plain` at that point)
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            BAR => {
                if let Some((at, _)) = bar {
                    return Err(TextError::StrayBar { at });
                }
                bar = Some((i, plain.len()));
            }
            OPEN => {
                let close = chars[i + 1..]
                    .iter()
                    .position(|&c| c == CLOSE)
                    .map(|p| i + 1 + p)
                    .ok_or(TextError::UnclosedReading { at: i })?;
                let reading: String = chars[i + 1..close].iter().collect();
                if reading.is_empty() {
                    return Err(TextError::EmptyReading { at: i });
                }
                if !reading.chars().all(is_kana) {
                    return Err(TextError::ReadingNotKana { at: i });
                }
                let base = match bar.take() {
                    Some((at, start)) => {
                        let base = plain.split_off(start);
                        if base.is_empty() {
                            return Err(TextError::StrayBar { at });
                        }
                        base
                    }
                    None => {
                        // Implicit base: the run of kanji right before 《.
                        let kanji: usize = plain.chars().rev().take_while(|&c| is_kanji(c)).count();
                        if kanji == 0 {
                            return Err(TextError::NoBase { at: i });
                        }
                        let split = plain
                            .char_indices()
                            .rev()
                            .nth(kanji - 1)
                            .map_or(0, |(b, _)| b);
                        plain.split_off(split)
                    }
                };
                if !plain.is_empty() {
                    segments.push(Segment::Plain(std::mem::take(&mut plain)));
                }
                segments.push(Segment::Ruby { base, reading });
                i = close;
            }
            CLOSE => return Err(TextError::StrayClose { at: i }),
            c => plain.push(c),
        }
        i += 1;
    }
    if let Some((at, _)) = bar {
        return Err(TextError::StrayBar { at });
    }
    if !plain.is_empty() {
        segments.push(Segment::Plain(plain));
    }
    Ok(RubyText { segments })
}

impl RubyText {
    /// The plain and ruby pieces, with terms opened up.
    fn leaves(&self) -> Vec<&Segment> {
        self.segments
            .iter()
            .flat_map(|s| match s {
                Segment::Term { inner, .. } => inner.leaves(),
                other => vec![other],
            })
            .collect()
    }

    /// The plain pieces with, for each ruby, the base (`readings` false) or the reading.
    fn joined(&self, readings: bool) -> String {
        self.leaves()
            .into_iter()
            .map(|s| match s {
                Segment::Plain(t) => t.as_str(),
                Segment::Ruby { reading, .. } if readings => reading.as_str(),
                Segment::Ruby { base, .. } => base.as_str(),
                Segment::Term { .. } => "",
            })
            .collect()
    }

    /// The text as read: bases only, readings left out (for read-aloud, search and titles).
    pub fn base_text(&self) -> String {
        self.joined(false)
    }

    /// The text with each base replaced by its reading: for places that cannot show ruby (an SVG
    /// label), where the reading is what a reader of やさしい日本語 can read.
    pub fn kana_text(&self) -> String {
        self.joined(true)
    }

    /// The readings of the first `chars` characters of the base text (the official name at the
    /// start of an easy name, without the explanation after it), for places without ruby.
    pub fn kana_of_first(&self, chars: usize) -> String {
        let mut left = chars;
        let mut out = String::new();
        for s in self.leaves() {
            if left == 0 {
                break;
            }
            match s {
                Segment::Plain(t) => {
                    let n = t.chars().count().min(left);
                    out.extend(t.chars().take(n));
                    left -= n;
                }
                Segment::Ruby { base, reading } => {
                    out.push_str(reading);
                    left = left.saturating_sub(base.chars().count());
                }
                Segment::Term { .. } => {}
            }
        }
        out
    }

    /// Kanji that stand outside any ruby base: in an easy-Japanese text, each one lacks a reading.
    pub fn kanji_without_reading(&self) -> Vec<char> {
        self.leaves()
            .into_iter()
            .filter_map(|s| match s {
                Segment::Plain(t) => Some(t.chars().filter(|&c| is_kanji(c))),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Ruby bases with no kanji in them (a reading on kana is a mistake in this app's texts).
    pub fn bases_without_kanji(&self) -> Vec<&str> {
        self.leaves()
            .into_iter()
            .filter_map(|s| match s {
                Segment::Ruby { base, .. } if !base.chars().any(is_kanji) => Some(base.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The text cut into phrases at `boundaries` (character offsets into its base text, ascending),
    /// for engines that cannot find phrase breaks themselves. A boundary inside a ruby base is
    /// dropped: a reading stays over its whole base.
    pub fn split_at_phrases(&self, boundaries: &[usize]) -> Vec<RubyText> {
        self.cut(boundaries)
            .into_iter()
            .map(|(_, piece)| piece)
            .collect()
    }

    /// The text with the glossary terms found in it marked: each `(start, end, id)` (character
    /// offsets into the base text, ascending, not overlapping) becomes a `Segment::Term` around
    /// its pieces. A term that starts or ends inside a ruby base is left unmarked.
    pub fn mark_terms(&self, terms: &[(usize, usize, String)]) -> RubyText {
        let cuts: Vec<usize> = terms.iter().flat_map(|(s, e, _)| [*s, *e]).collect();
        let mut pieces = self.cut(&cuts).into_iter().peekable();
        let mut out = RubyText::default();
        for (start, end, id) in terms {
            while let Some((_, piece)) = pieces.next_if(|(at, _)| at < start) {
                out.segments.extend(piece.segments);
            }
            let mut inner = RubyText::default();
            let mut at = *start;
            while let Some((_, piece)) = pieces.next_if(|(p, _)| *p == at && at < *end) {
                at += piece.base_text().chars().count();
                inner.segments.extend(piece.segments);
            }
            if at == *end && !inner.segments.is_empty() {
                out.segments.push(Segment::Term {
                    id: id.clone(),
                    inner,
                });
            } else {
                out.segments.extend(inner.segments);
            }
        }
        for (_, piece) in pieces {
            out.segments.extend(piece.segments);
        }
        out
    }

    /// The text cut at `offsets` (characters of the base text, ascending; duplicates and offsets
    /// inside a ruby base are dropped), each piece with the offset it starts at.
    fn cut(&self, offsets: &[usize]) -> Vec<(usize, RubyText)> {
        let mut pieces = vec![(0, RubyText::default())];
        let mut next = offsets.iter().copied().peekable();
        let mut at = 0;
        for segment in self.leaves() {
            match segment {
                Segment::Plain(t) => {
                    let mut piece = String::new();
                    for c in t.chars() {
                        if breaks_at(&mut next, at) {
                            if !piece.is_empty() {
                                push_segment(
                                    &mut pieces,
                                    Segment::Plain(std::mem::take(&mut piece)),
                                );
                            }
                            pieces.push((at, RubyText::default()));
                        }
                        piece.push(c);
                        at += 1;
                    }
                    if !piece.is_empty() {
                        push_segment(&mut pieces, Segment::Plain(piece));
                    }
                }
                _ => {
                    if breaks_at(&mut next, at) {
                        pieces.push((at, RubyText::default()));
                    }
                    let len = match segment {
                        Segment::Ruby { base, .. } => base.chars().count(),
                        _ => 0,
                    };
                    at += len;
                    push_segment(&mut pieces, segment.clone());
                }
            }
        }
        pieces.retain(|(_, p)| !p.segments.is_empty());
        pieces
    }

    /// Every (base, reading) pair, for checking readings against a dictionary.
    pub fn readings(&self) -> impl Iterator<Item = (&str, &str)> {
        self.leaves().into_iter().filter_map(|s| match s {
            Segment::Ruby { base, reading } => Some((base.as_str(), reading.as_str())),
            _ => None,
        })
    }
}

/// Whether a phrase starts at `at`; boundaries passed over (inside a ruby base) are dropped.
fn breaks_at(boundaries: &mut std::iter::Peekable<impl Iterator<Item = usize>>, at: usize) -> bool {
    while boundaries.next_if(|&b| b < at).is_some() {}
    let found = at > 0 && boundaries.next_if_eq(&at).is_some();
    while boundaries.next_if_eq(&at).is_some() {}
    found
}

fn push_segment(pieces: &mut [(usize, RubyText)], segment: Segment) {
    if let Some((_, last)) = pieces.last_mut() {
        last.segments.push(segment);
    }
}

/// Character offsets for UTF-16 offsets into `text` (what a JavaScript string index counts).
/// Offsets that fall inside a character (a surrogate pair) or past the end are dropped.
pub fn char_offsets_from_utf16(text: &str, utf16: &[u32]) -> Vec<usize> {
    let mut out = Vec::with_capacity(utf16.len());
    let mut wanted = utf16.iter().copied().peekable();
    let mut units = 0u32;
    for (i, c) in text.chars().enumerate() {
        while let Some(w) = wanted.next_if(|&w| w <= units) {
            if w == units {
                out.push(i);
            }
        }
        units += c.len_utf16() as u32;
    }
    out
}

/// A text as the data holds it: the notation it was written in, parsed once when the data is read,
/// so a malformed text is a parse error of its file. It reads as its plain text (`Deref` to the
/// bases without readings, for titles, attributes, sorting and search) and renders with its ruby.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Text {
    source: String,
    plain: String,
    ruby: RubyText,
}

impl Text {
    pub fn parse(source: impl Into<String>) -> Result<Text, TextError> {
        let source = source.into();
        let ruby = parse(&source)?;
        Ok(Text {
            plain: ruby.base_text(),
            ruby,
            source,
        })
    }

    /// A text made by the app (a name with a mark after it): taken as it is, never as notation.
    pub fn literal(plain: impl Into<String>) -> Text {
        let plain = plain.into();
        Text {
            source: plain.clone(),
            ruby: RubyText {
                segments: vec![Segment::Plain(plain.clone())],
            },
            plain,
        }
    }

    /// A text the app assembles from checked parts (a date, a filled template): parsed, or, should
    /// a part ever be malformed, shown as written rather than failing the page.
    pub fn assembled(source: impl Into<String>) -> Text {
        let source = source.into();
        Text::parse(source.as_str()).unwrap_or_else(|_| Text::literal(source))
    }

    /// The plain text: the bases, without readings.
    pub fn as_str(&self) -> &str {
        &self.plain
    }

    /// The text as written, with its notation (what the data file holds).
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn ruby(&self) -> &RubyText {
        &self.ruby
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.plain
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain)
    }
}

impl TryFrom<String> for Text {
    type Error = String;

    fn try_from(source: String) -> Result<Text, String> {
        Text::parse(source.as_str()).map_err(|e| format!("{e} in {source:?}"))
    }
}

/// Written back as it was read, notation included.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.source)
    }
}

/// A text written in the code (tests, app-made labels), parsed like any other.
impl From<&str> for Text {
    fn from(source: &str) -> Text {
        Text::assembled(source)
    }
}

/// As plain text (a title for sharing, an attribute): the bases, without readings.
impl From<Text> for String {
    fn from(text: Text) -> String {
        text.plain
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.plain == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.plain == *other
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Text; kanji may carry readings in the Aozora Bunko ruby notation: ｜漢字《かんじ》"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby(base: &str, reading: &str) -> Segment {
        Segment::Ruby {
            base: base.into(),
            reading: reading.into(),
        }
    }

    fn plain(t: &str) -> Segment {
        Segment::Plain(t.into())
    }

    #[test]
    fn phrases_split_plain_text_and_keep_each_ruby_whole() {
        let text = parse("｜格納《かくのう》｜症例数《しょうれいすう》の推移").unwrap();
        // 格納|症例数|の推移, and a boundary inside 症例数 (at 3) is dropped.
        let phrases = text.split_at_phrases(&[2, 3, 5]);
        assert_eq!(
            phrases.iter().map(RubyText::base_text).collect::<Vec<_>>(),
            ["格納", "症例数", "の推移"]
        );
        assert_eq!(phrases[1].segments, vec![ruby("症例数", "しょうれいすう")]);
        let plain_text = parse("全ゲノム解析等の推進").unwrap();
        assert_eq!(
            plain_text
                .split_at_phrases(&[0, 6, 7, 99])
                .iter()
                .map(RubyText::base_text)
                .collect::<Vec<_>>(),
            ["全ゲノム解析", "等", "の推進"]
        );
        assert_eq!(plain_text.split_at_phrases(&[]), vec![plain_text.clone()]);
    }

    #[test]
    fn terms_are_marked_around_whole_pieces_only() {
        let text = parse("｜全《ぜん》ゲノム｜解析《かいせき》とゲノムの話").unwrap();
        let marked = text.mark_terms(&[(0, 6, "wga".into()), (7, 10, "genome".into())]);
        assert_eq!(
            marked.segments,
            vec![
                Segment::Term {
                    id: "wga".into(),
                    inner: RubyText {
                        segments: vec![
                            ruby("全", "ぜん"),
                            plain("ゲノム"),
                            ruby("解析", "かいせき")
                        ]
                    }
                },
                plain("と"),
                Segment::Term {
                    id: "genome".into(),
                    inner: RubyText {
                        segments: vec![plain("ゲノム")]
                    }
                },
                plain("の話"),
            ]
        );
        // The text reads the same with its marks.
        assert_eq!(marked.base_text(), text.base_text());
        assert_eq!(marked.readings().count(), 2);
        // A term ending inside a ruby base (解|析) stays unmarked.
        let unmarked = text.mark_terms(&[(4, 5, "x".into())]);
        assert_eq!(unmarked.base_text(), text.base_text());
        assert!(!unmarked
            .segments
            .iter()
            .any(|s| matches!(s, Segment::Term { .. })));
    }

    #[test]
    fn utf16_offsets_become_character_offsets() {
        // 𠮷 is two UTF-16 units; an offset inside it is dropped.
        assert_eq!(
            char_offsets_from_utf16("a𠮷bc", &[1, 2, 3, 4, 9]),
            [1, 2, 3]
        );
        assert_eq!(char_offsets_from_utf16("遺伝の話", &[2, 3]), [2, 3]);
    }

    #[test]
    fn explicit_and_implicit_bases() {
        assert_eq!(
            parse("｜遺伝情報《いでんじょうほう》を守る")
                .unwrap()
                .segments,
            vec![ruby("遺伝情報", "いでんじょうほう"), plain("を守る")]
        );
        // Without ｜, the base is the run of kanji right before 《.
        assert_eq!(
            parse("この法律《ほうりつ》は").unwrap().segments,
            vec![plain("この"), ruby("法律", "ほうりつ"), plain("は")]
        );
        // ｜ lets a base start in the middle of a kanji run or include kana.
        assert_eq!(
            parse("全｜ゲノム解析《げのむかいせき》").unwrap().segments,
            vec![plain("全"), ruby("ゲノム解析", "げのむかいせき")]
        );
        assert_eq!(
            parse("人々《ひとびと》").unwrap().segments,
            vec![ruby("人々", "ひとびと")]
        );
    }

    #[test]
    fn text_without_markers_is_one_plain_segment() {
        assert_eq!(parse("ゲノム").unwrap().segments, vec![plain("ゲノム")]);
        assert_eq!(parse("").unwrap().segments, vec![]);
    }

    #[test]
    fn bad_notation_is_an_error_with_its_position() {
        assert_eq!(
            parse("法律《ほうりつ").unwrap_err(),
            TextError::UnclosedReading { at: 2 }
        );
        assert_eq!(
            parse("法律》").unwrap_err(),
            TextError::StrayClose { at: 2 }
        );
        assert_eq!(parse("｜法律").unwrap_err(), TextError::StrayBar { at: 0 });
        assert_eq!(
            parse("｜《ほう》").unwrap_err(),
            TextError::StrayBar { at: 0 }
        );
        assert_eq!(
            parse("法律《》").unwrap_err(),
            TextError::EmptyReading { at: 2 }
        );
        assert_eq!(
            parse("ゲノム《げのむ》").unwrap_err(),
            TextError::NoBase { at: 3 }
        );
        assert_eq!(
            parse("法律《法律》").unwrap_err(),
            TextError::ReadingNotKana { at: 2 }
        );
        assert!(TextError::NoBase { at: 3 }.to_string().contains("no base"));
    }

    #[test]
    fn a_text_parses_once_and_reads_as_its_plain_text() {
        let t: Text = serde_json::from_str(r#""｜法律《ほうりつ》を守る""#).unwrap();
        assert_eq!(&*t, "法律を守る");
        assert_eq!(t.to_string(), "法律を守る");
        assert_eq!(t.source(), "｜法律《ほうりつ》を守る");
        assert_eq!(t.ruby().readings().count(), 1);
        // Written back as it was read.
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#""｜法律《ほうりつ》を守る""#
        );
        let err = serde_json::from_str::<Text>(r#""法律《ほうりつ""#).unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
        assert_eq!(&*Text::literal("a《b"), "a《b");
    }

    #[test]
    fn checks_for_easy_japanese() {
        let t = parse("｜法律《ほうりつ》で国が決める｜ゲノム《げのむ》").unwrap();
        assert_eq!(t.base_text(), "法律で国が決めるゲノム");
        assert_eq!(t.kana_text(), "ほうりつで国が決めるげのむ");
        assert_eq!(
            parse("｜委員会《いいんかい》（仮称）（｜会議《かいぎ》）")
                .unwrap()
                .kana_of_first(7),
            "いいんかい（仮称）"
        );
        assert_eq!(t.kanji_without_reading(), vec!['国', '決']);
        assert_eq!(t.bases_without_kanji(), vec!["ゲノム"]);
        assert_eq!(
            t.readings().collect::<Vec<_>>(),
            vec![("法律", "ほうりつ"), ("ゲノム", "げのむ")]
        );
    }
}
