//! `/changes`: the change log: what changed in the content, when and why, newest first.

use crate::app_data::use_app_data;
use crate::components::data_state::loaded;
use crate::components::page_intro::CataloguePageIntro;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::LabelledDate;
use crate::components::term_mark::marked;
use crate::data::changes::{Change, Changes};
use crate::data::sources::DateKind;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn ChangesPage(lang: Lang) -> impl IntoView {
    let data = use_app_data();
    view! {
        <CataloguePageIntro lang=lang text=&lang.texts().changes/>
        {loaded(
            lang,
            move || data.changes.load(),
            move || data.refetch(),
            move |changes: Changes| {
                changes
                    .by_date()
                    .into_iter()
                    .map(|(date, entries)| view! { <ChangeDay lang=lang date=date.to_string() entries=entries.into_iter().cloned().collect()/> })
                    .collect_view()
            },
        )}
    }
}

/// The changes of one day, under a heading that says it is the day of the change (an event date:
/// the heading's words label it).
#[component]
fn ChangeDay(lang: Lang, date: String, entries: Vec<Change>) -> impl IntoView {
    let t = lang.texts();
    let (before, after) = t.changes_made_on.around("{date}");
    let heading_id = format!("changes-{date}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="change-day" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                {before}<LabelledDate lang=lang kind=DateKind::Event date=Some(date)/>{after}
            </h2>
            {entries.into_iter().map(|c| view! {
                <article class="change" id=format!("change-{}", c.id)>
                    <h3>{phrased(c.title.get(lang))}</h3>
                    <p>{marked(c.what.get(lang))}</p>
                    <p><strong>{t.change_why_label}": "</strong>{marked(c.why.get(lang))}</p>
                </article>
            }).collect_view()}
        </section>
    }
}
