//! `/embed/{card}`: one card alone for another site's iframe, with its source line and a link to
//! the full page. The embed shell around it has no header or navigation.

use crate::app_data::use_app_data;
use crate::components::data_state::loaded;
use crate::components::phrase_breaks::phrased;
use crate::components::plan_overview::PillarCard;
use crate::components::progress_card::{card_title, card_view};
use crate::components::situation_list::SituationList;
use crate::components::step_list::StepList;
use crate::data::progress::CARDS;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute, EmbedCard, EmbedOptions};
use leptos::prelude::*;
use leptos_meta::Title;

fn not_found(lang: Lang) -> AnyView {
    view! { <p class="load-error">{lang.texts().embed_not_found}</p> }.into_any()
}

/// The guide cards (situations, steps) are the site's own summary; say so where a source would be.
fn own_guide_note(lang: Lang) -> impl IntoView {
    view! { <p class="source-line">{lang.texts().own_guide_note}</p> }
}

#[component]
pub fn EmbedPage(lang: Lang, card: EmbedCard, options: EmbedOptions) -> impl IntoView {
    let data = use_app_data();
    let t = lang.texts();
    let body = match card.clone() {
        EmbedCard::Progress(id) if CARDS.contains(&id.as_str()) => loaded(
            lang,
            move || data.with_sources(data.progress),
            move || data.refetch(),
            move |(progress, sources)| {
                let title = lang.page_title(card_title(lang, &id, &progress));
                view! {
                    <Title text=title/>
                    {card_view(lang, &id, &progress, &sources, options.clone())}
                }
            },
        )
        .into_any(),
        EmbedCard::Pillar(id) => loaded(
            lang,
            move || data.with_sources(data.plan),
            move || data.refetch(),
            move |(plan, sources)| {
                let found = plan.pillars.iter().position(|p| p.id == id);
                match found {
                    Some(i) => {
                        let pillar = plan.pillars[i].clone();
                        let title = lang.page_title(pillar.name.get(lang));
                        view! {
                            <Title text=title/>
                            <ol class="card-list" start=(i + 1).to_string()>
                                <PillarCard lang=lang number=i + 1 pillar=pillar sources=sources/>
                            </ol>
                        }
                        .into_any()
                    }
                    None => not_found(lang),
                }
            },
        )
        .into_any(),
        EmbedCard::Situations => loaded(
            lang,
            move || data.counselling.load(),
            move || data.refetch(),
            move |c| {
                view! {
                    <Title text=lang.page_title(t.situation_question)/>
                    <SituationList lang=lang situations=c.situations/>
                    {own_guide_note(lang)}
                }
            },
        )
        .into_any(),
        EmbedCard::Steps => loaded(
            lang,
            move || async move {
                let (d, c, s) = (
                    data.discrimination.resource(),
                    data.counselling.resource(),
                    data.sources.resource(),
                );
                Ok((d.await?, c.await?, s.await?))
            },
            move || data.refetch(),
            move |(discrimination, counselling, sources)| {
                view! {
                    <Title text=lang.page_title(t.steps_heading)/>
                    <section aria-labelledby="steps-heading">
                        <h2 id="steps-heading">{phrased(t.steps_heading)}</h2>
                        <StepList lang=lang steps=discrimination.steps counselling=counselling sources=sources/>
                    </section>
                    {own_guide_note(lang)}
                }
            },
        )
        .into_any(),
        EmbedCard::Progress(_) => not_found(lang),
    };
    let open_in_app = if matches!(&card, EmbedCard::Progress(id) if !CARDS.contains(&id.as_str())) {
        href(lang, &AppRoute::Progress)
    } else {
        card.page_href(lang)
    };
    view! {
        {body}
        <p class="embed-open"><a href=open_in_app>{t.embed_open_in_app}</a></p>
    }
}
