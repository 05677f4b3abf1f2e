//! Texts with readings: the Aozora Bunko ruby notation a Japanese editor knows (｜漢字《かんじ》, or
//! 漢字《かんじ》 for a run of kanji), parsed into typed segments. No HTML ever lives in the data.
//!
//! This is the text model for やさしい日本語 (issue 11); the glossary's term marks (issue 12) are to
//! become one more kind of segment.

use std::fmt;

/// One piece of a text: plain characters, or a base with its reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    Ruby { base: String, reading: String },
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

fn is_kana(c: char) -> bool {
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
    /// The text as read: bases only, readings left out (for read-aloud, search and titles).
    pub fn base_text(&self) -> String {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Plain(t) => t.as_str(),
                Segment::Ruby { base, .. } => base.as_str(),
            })
            .collect()
    }

    /// Kanji that stand outside any ruby base: in an easy-Japanese text, each one lacks a reading.
    pub fn kanji_without_reading(&self) -> Vec<char> {
        self.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Plain(t) => Some(t.chars().filter(|&c| is_kanji(c))),
                Segment::Ruby { .. } => None,
            })
            .flatten()
            .collect()
    }

    /// Ruby bases with no kanji in them (a reading on kana is a mistake in this app's texts).
    pub fn bases_without_kanji(&self) -> Vec<&str> {
        self.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Ruby { base, .. } if !base.chars().any(is_kanji) => Some(base.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Every (base, reading) pair, for checking readings against a dictionary.
    pub fn readings(&self) -> impl Iterator<Item = (&str, &str)> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Ruby { base, reading } => Some((base.as_str(), reading.as_str())),
            Segment::Plain(_) => None,
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
    fn checks_for_easy_japanese() {
        let t = parse("｜法律《ほうりつ》で国が決める｜ゲノム《げのむ》").unwrap();
        assert_eq!(t.base_text(), "法律で国が決めるゲノム");
        assert_eq!(t.kanji_without_reading(), vec!['国', '決']);
        assert_eq!(t.bases_without_kanji(), vec!["ゲノム"]);
        assert_eq!(
            t.readings().collect::<Vec<_>>(),
            vec![("法律", "ほうりつ"), ("ゲノム", "げのむ")]
        );
    }
}
