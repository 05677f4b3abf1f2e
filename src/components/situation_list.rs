//! "What is your situation?": one link per situation, leading to the resources that fit it.

use crate::components::card_tools::CardTools;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::OwnSummaryLabel;
use crate::data::counselling::Situation;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedCard};
use leptos::prelude::*;

#[component]
pub fn SituationList(lang: Lang, situations: Vec<Situation>) -> impl IntoView {
    let items = situations
        .into_iter()
        .map(|s| {
            let link = href(lang, &AppRoute::Situation(s.id.clone()));
            view! {
                <li>
                    <a class="situation-link" href=link>
                        <span class="situation-link__title">{s.title.get(lang).clone()}</span>
                        <span class="situation-link__text">{s.description.get(lang).clone()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="situations-heading">
            <h2 id="situations-heading">{phrased(lang.texts().situation_question)}</h2>
            <OwnSummaryLabel lang=lang/>
            <ul class="situation-list">{items}</ul>
            <CardTools lang=lang card=EmbedCard::Situations title=lang.texts().situation_question/>
        </section>
    }
}
