//! A small SVG bar chart drawn by the app itself: every bar carries its value as a visible label
//! (no hover needed), and the chart has a text description for screen readers.

use leptos::prelude::*;

/// One bar: its category label (e.g. a fiscal year; a `\n` starts a second line) and value.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    pub value_label: String,
}

/// How a series is drawn, so series differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    /// Solid fill.
    Solid,
    /// Diagonal hatching over the fill.
    Hatched,
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 190.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 34.0;
const SIDE: f64 = 8.0;

#[component]
pub fn BarChart(
    /// Unique in the page; used for the title, description and pattern ids.
    id: String,
    title: String,
    /// The values in words, for screen readers.
    description: String,
    bars: Vec<Bar>,
    style: BarStyle,
) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let slot = (WIDTH - 2.0 * SIDE) / bars.len().max(1) as f64;
    let plot = HEIGHT - TOP - BOTTOM;
    let pattern_id = format!("{id}-hatch");
    let fill = match style {
        BarStyle::Solid => "var(--chart-a)".to_string(),
        BarStyle::Hatched => format!("url(#{pattern_id})"),
    };
    let rects = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let h = (b.value as f64 / max * plot).max(1.0);
            let x = SIDE + slot * i as f64 + slot * 0.15;
            let y = TOP + plot - h;
            let cx = x + slot * 0.35;
            view! {
                <g class="bar">
                    <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{:.1}", slot * 0.7)
                        height=format!("{h:.1}") fill=fill.clone() stroke="var(--chart-edge)"/>
                    <text class="bar__value" x=format!("{cx:.1}") y=format!("{:.1}", y - 5.0) text-anchor="middle">
                        {b.value_label.clone()}
                    </text>
                    <text class="bar__label" x=format!("{cx:.1}") y=format!("{:.1}", HEIGHT - BOTTOM + 16.0) text-anchor="middle">
                        {b.label
                            .split('\n')
                            .enumerate()
                            .map(|(i, line)| {
                                let dy = if i == 0 { "0" } else { "1.2em" };
                                view! { <tspan x=format!("{cx:.1}") dy=dy>{line.to_string()}</tspan> }
                            })
                            .collect_view()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg class="bar-chart" id=id viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img"
            aria-labelledby=labelled_by>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{description}</desc>
            <defs>
                <pattern id=pattern_id width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="var(--chart-b)"/>
                    <line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-hatch)" stroke-width="3"/>
                </pattern>
            </defs>
            <line x1=SIDE y1=TOP + plot x2=WIDTH - SIDE y2=TOP + plot stroke="currentColor"/>
            {rects}
        </svg>
    }
}
