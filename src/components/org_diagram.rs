//! A diagram of bodies and arrows (who reports to whom, who funds whom), drawn by the app as
//! inline SVG from the data, with a visible text equivalent: every arrow as "who → whom: words"
//! with its source, and every box with its role and source.
//!
//! The drawing is laid out on the grid the data gives (column, row, span); boxes drawn inside
//! another are stacked (or set side by side when there is room) under its name. Arrows carry
//! numbered markers keyed to the list. Sizes are in viewBox units, so the drawing scales to the
//! screen; names are wrapped to their box's width.

use crate::components::phrase_breaks::phrased;
use crate::components::source_line::SourceLine;
use crate::components::term_mark::marked;
use crate::data::progress::{Diagram, DiagramBody};
use crate::data::sources::Sources;
use crate::data::SourceRef;
use crate::i18n::{Lang, UiText};
use crate::text::Text;
use leptos::prelude::*;

/// The drawing's width in viewBox units: about a phone's width, so 12 units read as 12 px there.
pub const WIDTH: f64 = 320.0;
const MARGIN: f64 = 4.0;
const COL_GAP: f64 = 36.0;
const ROW_GAP: f64 = 50.0;
const FONT: f64 = 12.0;
const LINE: f64 = 15.0;
const PAD: f64 = 6.0;
const INNER_GAP: f64 = 6.0;
/// Inner boxes are set side by side only if each gets at least this width.
const MIN_SIDE_BY_SIDE: f64 = 88.0;
/// How far the two arrows of a pair (A → B and B → A) are apart.
const PAIR_OFFSET: f64 = 7.0;
const MARKER_R: f64 = 8.0;

/// A box as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedBox {
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// How many boxes it is drawn inside.
    pub depth: usize,
    pub lines: Vec<String>,
}

impl PlacedBox {
    fn right(&self) -> f64 {
        self.x + self.w
    }
    fn bottom(&self) -> f64 {
        self.y + self.h
    }
    fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
    /// Whether `other` lies wholly inside this box.
    pub fn contains(&self, other: &PlacedBox) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.right() <= self.right()
            && other.bottom() <= self.bottom()
    }
}

/// An arrow as drawn, numbered as in the text list (from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedArrow {
    pub number: usize,
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub marker: (f64, f64),
    pub both_ways: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub height: f64,
    pub boxes: Vec<PlacedBox>,
    pub arrows: Vec<PlacedArrow>,
}

impl Layout {
    pub fn get(&self, id: &str) -> Option<&PlacedBox> {
        self.boxes.iter().find(|b| b.id == id)
    }
}

/// The width of a character in em, near enough for wrapping: CJK and full-width forms are square,
/// Latin letters about half as wide.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '(' | ')' | '!' => 0.35,
        'm' | 'w' | 'M' | 'W' => 0.85,
        'A'..='Z' => 0.68,
        c if c.is_ascii() => 0.56,
        // ①…⑳ and similar symbols are drawn about as wide as a CJK character.
        _ => 1.0,
    }
}

fn text_width(s: &str) -> f64 {
    s.chars().map(char_em).sum::<f64>() * FONT
}

/// Characters a line must not begin with (closing brackets and punctuation).
fn no_line_start(c: char) -> bool {
    "、。，．）」』】〕・ー：；！？,.:;)!?".contains(c)
}

/// Characters a line must not end with (opening brackets).
fn no_line_end(c: char) -> bool {
    "（「『【〔(".contains(c)
}

/// Splits a text into pieces that may start a line, each with whether a space comes before it.
fn break_units(text: &str) -> Vec<(String, bool)> {
    let mut units: Vec<(String, bool)> = Vec::new();
    let mut space = false;
    let mut glue_next = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let latin = c.is_ascii();
        let joins_previous = match units.last() {
            None => false,
            Some(_) if glue_next => true,
            Some(_) if space => false,
            Some((prev, _)) => {
                let prev_latin = prev.chars().last().is_some_and(|p| p.is_ascii());
                no_line_start(c) || (latin && prev_latin)
            }
        };
        match units.last_mut() {
            Some((s, _)) if joins_previous => s.push(c),
            _ => units.push((c.to_string(), space)),
        }
        glue_next = no_line_end(c);
        space = false;
    }
    units
}

/// Wraps a text into lines no wider than `max` (a single unit wider than that gets its own line).
pub fn wrap(text: &str, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (unit, space) in break_units(text) {
        let candidate = if line.is_empty() {
            unit.clone()
        } else if space {
            format!("{line} {unit}")
        } else {
            format!("{line}{unit}")
        };
        if !line.is_empty() && text_width(&candidate) > max {
            lines.push(std::mem::take(&mut line));
            line = unit;
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The name as drawn: in English, a name no source gives in English carries "*" (see the key).
/// SVG text cannot hold ruby, so in やさしい日本語 the official name is drawn in its reading (the
/// list under the diagram gives it with ruby and its explanation).
fn drawn_name(body: &DiagramBody, lang: Lang) -> String {
    let name = body.name.plain(lang);
    match lang {
        Lang::En if body.name.en_source.is_none() => format!("{name}*"),
        // The official name only (its explanation would not fit the box), hedges such as
        // （仮称） included.
        Lang::Easy => body
            .name
            .easy
            .ruby()
            .kana_of_first(body.name.ja.chars().count()),
        Lang::Ja | Lang::En => name.to_string(),
    }
}

struct Placer<'a> {
    diagram: &'a Diagram,
    lang: Lang,
    boxes: Vec<PlacedBox>,
}

impl Placer<'_> {
    /// How the boxes inside `outer` are arranged in `width`: side by side, or stacked.
    fn side_by_side(&self, n: usize, width: f64) -> bool {
        n > 1 && (width - 2.0 * PAD - (n - 1) as f64 * INNER_GAP) / n as f64 >= MIN_SIDE_BY_SIDE
    }

    /// The height of a body's box at a width, with everything drawn inside it.
    fn measure(&self, body: &DiagramBody, width: f64, depth: usize) -> f64 {
        let lines = wrap(&drawn_name(body, self.lang), width - 2.0 * PAD).len();
        let mut h = PAD + lines as f64 * LINE + PAD;
        let inner: Vec<&DiagramBody> = self.diagram.inside(Some(&body.id)).collect();
        // A malformed diagram (a loop of boxes inside each other) is drawn flat, not forever.
        if inner.is_empty() || depth > 8 {
            return h;
        }
        let n = inner.len();
        if self.side_by_side(n, width) {
            let w = (width - 2.0 * PAD - (n - 1) as f64 * INNER_GAP) / n as f64;
            let tallest = inner
                .iter()
                .map(|b| self.measure(b, w, depth + 1))
                .fold(0.0, f64::max);
            h += tallest + PAD;
        } else {
            for b in inner {
                h += self.measure(b, width - 2.0 * PAD, depth + 1) + INNER_GAP;
            }
            h += PAD - INNER_GAP;
        }
        h
    }

    /// Places a body's box at (x, y) with the given size, then everything drawn inside it.
    fn place(&mut self, body: &DiagramBody, x: f64, y: f64, w: f64, h: f64, depth: usize) {
        let lines = wrap(&drawn_name(body, self.lang), w - 2.0 * PAD);
        let mut inner_y = y + PAD + lines.len() as f64 * LINE + PAD;
        self.boxes.push(PlacedBox {
            id: body.id.clone(),
            x,
            y,
            w,
            h,
            depth,
            lines,
        });
        if depth > 8 {
            return;
        }
        let diagram = self.diagram;
        let inner: Vec<&DiagramBody> = diagram.inside(Some(&body.id)).collect();
        let n = inner.len();
        if self.side_by_side(n, w) {
            let iw = (w - 2.0 * PAD - (n - 1) as f64 * INNER_GAP) / n as f64;
            let ih = inner
                .iter()
                .map(|b| self.measure(b, iw, depth + 1))
                .fold(0.0, f64::max);
            for (i, b) in inner.into_iter().enumerate() {
                let ix = x + PAD + i as f64 * (iw + INNER_GAP);
                self.place(b, ix, inner_y, iw, ih, depth + 1);
            }
        } else {
            for b in inner {
                let ih = self.measure(b, w - 2.0 * PAD, depth + 1);
                self.place(b, x + PAD, inner_y, w - 2.0 * PAD, ih, depth + 1);
                inner_y += ih + INNER_GAP;
            }
        }
    }
}

/// Lays out a diagram: top-level boxes on the grid (each row as tall as its tallest box, boxes
/// centred in it), boxes inside others under their names, then the arrows between box edges.
pub fn layout(diagram: &Diagram, lang: Lang) -> Layout {
    let top: Vec<&DiagramBody> = diagram.inside(None).collect();
    let columns = top
        .iter()
        .map(|b| usize::from(b.column) + usize::from(b.span.max(1)))
        .max()
        .unwrap_or(1);
    let rows = top
        .iter()
        .map(|b| usize::from(b.row) + 1)
        .max()
        .unwrap_or(0);
    let col_w = (WIDTH - 2.0 * MARGIN - (columns - 1) as f64 * COL_GAP) / columns as f64;
    let box_w = |b: &DiagramBody| {
        let span = f64::from(b.span.max(1));
        col_w * span + COL_GAP * (span - 1.0)
    };
    let mut placer = Placer {
        diagram,
        lang,
        boxes: Vec::new(),
    };
    let heights: Vec<f64> = top.iter().map(|b| placer.measure(b, box_w(b), 0)).collect();
    let mut row_h = vec![0.0_f64; rows];
    for (b, h) in top.iter().zip(&heights) {
        let r = usize::from(b.row);
        row_h[r] = row_h[r].max(*h);
    }
    let mut row_y = Vec::with_capacity(rows);
    let mut y = MARGIN;
    for h in &row_h {
        row_y.push(y);
        y += h + ROW_GAP;
    }
    let height = (y - ROW_GAP + MARGIN).max(2.0 * MARGIN);
    for (b, h) in top.iter().zip(&heights) {
        let r = usize::from(b.row);
        let x = MARGIN + f64::from(b.column) * (col_w + COL_GAP);
        let y = row_y[r] + (row_h[r] - h) / 2.0;
        placer.place(b, x, y, box_w(b), *h, 0);
    }
    let boxes = placer.boxes;
    let arrows = diagram
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let a = boxes.iter().find(|b| b.id == r.from)?;
            let b = boxes.iter().find(|b| b.id == r.to)?;
            let paired = diagram
                .relations
                .iter()
                .any(|o| o.from == r.to && o.to == r.from);
            let sign = if r.from < r.to { -1.0 } else { 1.0 };
            let offset = if paired { sign * PAIR_OFFSET } else { 0.0 };
            let (from, to, marker) = route(a, b, offset);
            Some(PlacedArrow {
                number: i + 1,
                from,
                to,
                marker,
                both_ways: r.mutual,
            })
        })
        .collect();
    Layout {
        height,
        boxes,
        arrows,
    }
}

/// The overlap of two ranges, if any.
fn overlap(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let lo = a.0.max(b.0);
    let hi = a.1.min(b.1);
    (hi - lo > 2.0 * PAIR_OFFSET).then_some((lo, hi))
}

/// The start, end and marker position of an arrow from box `a` to box `b`: straight down/up
/// where the boxes share columns, straight across where they share rows, else from edge to edge
/// along the line between their centres. A paired arrow is moved `offset` sideways, and its
/// marker further out, so the two never cover each other.
fn route(a: &PlacedBox, b: &PlacedBox, offset: f64) -> ((f64, f64), (f64, f64), (f64, f64)) {
    let side = |offset: f64| {
        if offset == 0.0 {
            0.0
        } else {
            offset.signum() * (MARKER_R + 4.0)
        }
    };
    let vertical = a.bottom() <= b.y || b.bottom() <= a.y;
    let horizontal = a.right() <= b.x || b.right() <= a.x;
    if let (true, Some((lo, hi))) = (vertical, overlap((a.x, a.right()), (b.x, b.right()))) {
        let x = (lo + hi) / 2.0 + offset;
        let (y1, y2) = if a.bottom() <= b.y {
            (a.bottom(), b.y)
        } else {
            (a.y, b.bottom())
        };
        return ((x, y1), (x, y2), (x + side(offset), (y1 + y2) / 2.0));
    }
    if let (true, Some((lo, hi))) = (horizontal, overlap((a.y, a.bottom()), (b.y, b.bottom()))) {
        let y = (lo + hi) / 2.0 + offset;
        let (x1, x2) = if a.right() <= b.x {
            (a.right(), b.x)
        } else {
            (a.x, b.right())
        };
        return ((x1, y), (x2, y), ((x1 + x2) / 2.0, y + side(offset)));
    }
    // Diagonal, or one box inside another: centre to centre, cut at the edges it crosses.
    let (ac, bc) = (a.centre(), b.centre());
    let (dx, dy) = (bc.0 - ac.0, bc.1 - ac.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (nx, ny) = (-dy / len * offset, dx / len * offset);
    let exit = |bx: &PlacedBox, from: (f64, f64), dir: (f64, f64)| {
        // The distance along `dir` from the centre to the box edge.
        let tx = if dir.0 == 0.0 {
            f64::INFINITY
        } else {
            (bx.w / 2.0) / dir.0.abs()
        };
        let ty = if dir.1 == 0.0 {
            f64::INFINITY
        } else {
            (bx.h / 2.0) / dir.1.abs()
        };
        let t = tx.min(ty);
        (from.0 + dir.0 * t, from.1 + dir.1 * t)
    };
    let dir = (dx / len, dy / len);
    let start = exit(a, (ac.0 + nx, ac.1 + ny), dir);
    let end = exit(b, (bc.0 + nx, bc.1 + ny), (-dir.0, -dir.1));
    let mid = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0);
    let s = side(offset) / PAIR_OFFSET.max(1.0);
    (start, end, (mid.0 + nx * s.abs(), mid.1 + ny * s.abs()))
}

/// ①, ②, … up to ⑳, then (21), (22), …
pub fn circled(n: usize) -> String {
    match n {
        1..=20 => char::from_u32(0x2460 + n as u32 - 1)
            .map(String::from)
            .unwrap_or_else(|| format!("({n})")),
        _ => format!("({n})"),
    }
}

fn heading(level: u8, id: String, text: UiText) -> AnyView {
    match level {
        2 => view! { <h2 id=id>{phrased(text)}</h2> }.into_any(),
        4 => view! { <h4 id=id>{text}</h4> }.into_any(),
        5 => view! { <h5 id=id>{text}</h5> }.into_any(),
        _ => view! { <h3 id=id>{phrased(text)}</h3> }.into_any(),
    }
}

/// List items in runs that cite the same place, each run followed by that one citation (so a
/// list of arrows all from one slide carries one source line, not one per arrow).
fn cited_groups(
    lang: Lang,
    sources: &Sources,
    items: Vec<(&SourceRef, AnyView)>,
    ordered: bool,
) -> AnyView {
    let mut groups: Vec<(SourceRef, Vec<AnyView>)> = Vec::new();
    for (cite, item) in items {
        match groups.last_mut() {
            Some((last, run)) if last == cite => run.push(item),
            _ => groups.push((cite.clone(), vec![item])),
        }
    }
    groups
        .into_iter()
        .map(|(cite, run)| {
            let list = if ordered {
                view! { <ol class="diagram-list__group">{run}</ol> }.into_any()
            } else {
                view! { <ul class="diagram-list__group">{run}</ul> }.into_any()
            };
            view! {
                <div class="diagram-list__cited">
                    {list}
                    <SourceLine lang=lang sources=sources.clone() cite=cite/>
                </div>
            }
        })
        .collect_view()
        .into_any()
}

fn f(v: f64) -> String {
    format!("{v:.1}")
}

/// The drawing: boxes (outer first), arrows, then the numbered markers on top.
fn drawing(diagram: &Diagram, lang: Lang, layout: &Layout, list_id: &str) -> impl IntoView {
    let id = &diagram.id;
    let title_id = format!("diagram-{id}-title");
    let head_id = format!("diagram-{id}-head");
    let head_url = format!("url(#{head_id})");
    let boxes = layout
        .boxes
        .iter()
        .map(|b| {
            let cx = b.x + b.w / 2.0;
            let text_y = b.y + PAD + FONT;
            let lines = b
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    view! { <tspan x=f(cx) y=f(text_y + i as f64 * LINE)>{l.clone()}</tspan> }
                })
                .collect_view();
            let class = if b.depth % 2 == 0 {
                "diagram__box"
            } else {
                "diagram__box diagram__box--inner"
            };
            view! {
                <g class=class data-body=b.id.clone()>
                    <rect x=f(b.x) y=f(b.y) width=f(b.w) height=f(b.h) rx="4"/>
                    <text text-anchor="middle">{lines}</text>
                </g>
            }
        })
        .collect_view();
    let arrows = layout
        .arrows
        .iter()
        .map(|a| {
            let start = a.both_ways.then(|| head_url.clone());
            view! {
                <line class="diagram__arrow" x1=f(a.from.0) y1=f(a.from.1) x2=f(a.to.0) y2=f(a.to.1)
                    marker-end=head_url.clone() marker-start=start/>
            }
        })
        .collect_view();
    let markers = layout
        .arrows
        .iter()
        .map(|a| {
            view! {
                <g class="diagram__marker">
                    <circle cx=f(a.marker.0) cy=f(a.marker.1) r=MARKER_R.to_string()/>
                    <text x=f(a.marker.0) y=f(a.marker.1 + 3.5) text-anchor="middle">{a.number.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let labelled_by = title_id.clone();
    view! {
        <svg class="diagram__svg" id=format!("diagram-{id}-svg") viewBox=format!("0 0 {WIDTH} {}", f(layout.height))
            role="img" aria-labelledby=labelled_by aria-describedby=list_id.to_string()>
            <title id=title_id>{diagram.title.get(lang).clone()}</title>
            <defs>
                <marker id=head_id viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"
                    orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" class="diagram__head"/>
                </marker>
            </defs>
            {boxes}
            {arrows}
            {markers}
        </svg>
    }
}

/// A diagram with its status line, its drawing, and the same content in words: every arrow,
/// numbered as in the drawing, and every box with its role, each with its source.
#[component]
pub fn OrgDiagram(
    lang: Lang,
    diagram: Diagram,
    sources: Sources,
    /// The level of the headings over the two lists (3 under a card's h2).
    #[prop(default = 3)]
    heading_level: u8,
    /// Shown right after the status line (e.g. to whom and when the drawing was presented).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let t = lang.texts();
    let id = diagram.id.clone();
    let list_id = format!("diagram-{id}-relations");
    let layout = layout(&diagram, lang);
    let name_of = |body: &str| {
        diagram
            .body(body)
            .map(|b| b.name.shown(lang))
            .unwrap_or_default()
    };
    let relation_items: Vec<(&SourceRef, AnyView)> = diagram
        .relations
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let arrow = if r.mutual {
                t.diagram_both_ways
            } else {
                t.diagram_arrow
            };
            let words = match &r.label {
                Some(l) => Text::assembled(format!(
                    "{}{}{}",
                    t.quote_open.source(),
                    l.get(lang).source(),
                    t.quote_close.source()
                )),
                None => t.diagram_no_words.text(),
            };
            let item = view! {
                <li data-relation=format!("{}-{}", r.from, r.to)>
                    <span class="diagram-list__number">{circled(i + 1)}</span>" "
                    <span class="diagram-list__ends">{name_of(&r.from)}{arrow}{name_of(&r.to)}</span>
                    " "<span class="diagram-list__words">{words}</span>
                </li>
            }
            .into_any();
            (&r.source, item)
        })
        .collect();
    let body_items: Vec<(&SourceRef, AnyView)> = diagram
        .bodies
        .iter()
        .map(|b| {
            let inside = b
                .inside
                .as_deref()
                .map(|o| t.diagram_inside.fill("{outer}", name_of(o).source()));
            let item = view! {
                <li id=format!("diagram-{id}-body-{}", b.id)>
                    <strong>{b.name.shown(lang)}</strong>
                    {b.role.as_ref().map(|r| view! { " "{marked(r.get(lang))} })}
                    {inside.map(|s| view! { " "<span class="diagram-list__inside">{s}</span> })}
                </li>
            }
            .into_any();
            (&b.source, item)
        })
        .collect();
    let relations = cited_groups(lang, &sources, relation_items, true);
    let bodies = cited_groups(lang, &sources, body_items, false);
    let has_own_translations =
        lang == Lang::En && diagram.bodies.iter().any(|b| b.name.en_source.is_none());
    let key = (has_own_translations && !t.diagram_translation_key.is_empty())
        .then(|| view! { <p class="diagram__key">{t.diagram_translation_key}</p> });
    view! {
        <div class="org-diagram" id=format!("diagram-{id}")>
            <p class="diagram-status">{marked(diagram.status.get(lang))}</p>
            {children.map(|c| c())}
            <figure class="diagram">
                {drawing(&diagram, lang, &layout, &list_id)}
                <figcaption>{diagram.title.get(lang).clone()}{key}</figcaption>
            </figure>
            {heading(heading_level, format!("diagram-{id}-relations-heading"), t.diagram_relations_heading)}
            <div class="diagram-list" id=list_id.clone()>{relations}</div>
            {heading(heading_level, format!("diagram-{id}-bodies-heading"), t.diagram_bodies_heading)}
            <div class="diagram-list diagram-list--bodies" id=format!("diagram-{id}-bodies")>{bodies}</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::progress::{Progress, Relation};

    fn progress() -> Progress {
        serde_json::from_str(include_str!("../../public/data/progress.json"))
            .expect("progress.json")
    }

    #[test]
    fn wrapping_keeps_words_and_closing_marks_together() {
        let lines = wrap("Ministry of Health, Labour and Welfare (MHLW)", 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines
            .iter()
            .all(|l| !l.starts_with(' ') && !l.ends_with(' ')));
        assert_eq!(
            lines.join(" "),
            "Ministry of Health, Labour and Welfare (MHLW)"
        );
        for l in wrap("ELSI（倫理）委員会と運営委員会（仮称）、その他", 60.0) {
            let first = l.chars().next().unwrap_or(' ');
            let last = l.chars().last().unwrap_or(' ');
            assert!(!no_line_start(first), "{l:?} begins with {first}");
            assert!(!no_line_end(last), "{l:?} ends with {last}");
        }
        assert_eq!(wrap("厚生労働省", 200.0), ["厚生労働省"]);
    }

    #[test]
    fn every_box_fits_the_drawing_and_its_outer_box_in_both_languages() {
        let p = progress();
        for diagram in [&p.organisation.structure, &p.programme.scheme] {
            for lang in Lang::ALL {
                let l = layout(diagram, lang);
                assert_eq!(l.boxes.len(), diagram.bodies.len());
                for b in &l.boxes {
                    assert!(
                        b.x >= 0.0 && b.right() <= WIDTH && b.bottom() <= l.height,
                        "{b:?}"
                    );
                    for line in &b.lines {
                        // Only a single word too long for any line may overflow.
                        assert!(
                            text_width(line) <= b.w - 2.0 * PAD || !line.contains([' ', '　']),
                            "{line:?} overflows {}",
                            b.id
                        );
                    }
                    let body = diagram.body(&b.id).expect("body");
                    if let Some(outer) = &body.inside {
                        let o = l.get(outer).expect("outer box");
                        assert!(o.contains(b), "{} not inside {outer}", b.id);
                    }
                }
                // Top-level boxes never overlap.
                let top: Vec<&PlacedBox> = l.boxes.iter().filter(|b| b.depth == 0).collect();
                for (i, a) in top.iter().enumerate() {
                    for b in &top[i + 1..] {
                        let apart = a.right() <= b.x
                            || b.right() <= a.x
                            || a.bottom() <= b.y
                            || b.bottom() <= a.y;
                        assert!(apart, "{} overlaps {}", a.id, b.id);
                    }
                }
                assert_eq!(l.arrows.len(), diagram.relations.len());
            }
        }
    }

    #[test]
    fn paired_arrows_and_their_markers_do_not_cover_each_other() {
        let p = progress();
        let d = &p.organisation.structure;
        let l = layout(d, Lang::Ja);
        for (i, a) in l.arrows.iter().enumerate() {
            for b in &l.arrows[i + 1..] {
                let (dx, dy) = (a.marker.0 - b.marker.0, a.marker.1 - b.marker.1);
                assert!(
                    (dx * dx + dy * dy).sqrt() >= 2.0 * MARKER_R,
                    "markers {} and {} overlap",
                    a.number,
                    b.number
                );
            }
        }
        // The arrow from MHLW to the expert committee runs across, beside the one coming back.
        let there = &l.arrows[1];
        let back = &l.arrows[2];
        assert_eq!(there.from.1, there.to.1);
        assert!((there.from.1 - back.from.1).abs() >= PAIR_OFFSET);
    }

    #[test]
    fn an_arrow_to_an_unknown_body_is_left_out_of_the_drawing() {
        let mut d = progress().organisation.structure;
        d.relations.push(Relation {
            from: "mhlw".into(),
            to: "nobody".into(),
            label: None,
            mutual: false,
            source: d.relations[0].source.clone(),
        });
        let l = layout(&d, Lang::En);
        assert_eq!(l.arrows.len(), d.relations.len() - 1);
    }

    #[test]
    fn markers_are_circled_numbers() {
        assert_eq!(circled(1), "①");
        assert_eq!(circled(7), "⑦");
        assert_eq!(circled(20), "⑳");
        assert_eq!(circled(21), "(21)");
    }
}
