//! The case-count charts per year and as running totals, with the switch between them: both views
//! are drawn (and pre-rendered), one is shown, so switching needs no data.

use crate::i18n::{Lang, UiText};
use leptos::prelude::*;

/// What one view holds: the charts as the app draws them, or (in `crate::controls`) the page's own
/// pre-rendered charts, as written.
pub enum ChartsContent {
    Drawn(AnyView),
    Prerendered(String),
}

impl ChartsContent {
    fn view(self, view_name: &'static str, hidden: Signal<bool>) -> AnyView {
        match self {
            ChartsContent::Drawn(charts) => {
                view! { <div class="charts" data-view=view_name hidden=hidden>{charts}</div> }
                    .into_any()
            }
            ChartsContent::Prerendered(html) => {
                view! { <div class="charts" data-view=view_name hidden=hidden inner_html=html></div> }
                    .into_any()
            }
        }
    }
}

/// The switch (two buttons, the pressed one is the view shown) and both views.
#[component]
pub fn ChartViews(
    lang: Lang,
    /// Whether the running totals are shown first (an embed's `?count=cumulative`).
    cumulative_first: bool,
    annual: ChartsContent,
    cumulative: ChartsContent,
) -> impl IntoView {
    let t = lang.texts();
    let cumulative_shown = RwSignal::new(cumulative_first);
    let toggle = move |value: bool, label: UiText| {
        view! {
            <button type="button" class="toggle" aria-pressed=move || (cumulative_shown.get() == value).to_string()
                on:click=move |_| cumulative_shown.set(value)>{label}</button>
        }
    };
    view! {
        <div class="chart-views">
            <div class="toggle-group" role="group" aria-label=t.chart_view_label>
                {toggle(false, t.chart_view_annual)}
                {toggle(true, t.chart_view_cumulative)}
            </div>
            {annual.view("annual", cumulative_shown.into())}
            {cumulative.view("cumulative", Signal::derive(move || !cumulative_shown.get()))}
        </div>
    }
}
