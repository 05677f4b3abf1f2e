//! A pillar's measures as disclosures: each opens to its policies. Which are open lives in the URL
//! (`?open=a,b`), so a shared link opens the same ones.

use crate::browser;
use crate::components::phrase_breaks::phrased;
use crate::components::source_line::SourceLine;
use crate::components::term_mark::marked;
use crate::data::plan::{Measure, Pillar};
use crate::data::sources::Sources;
use crate::i18n::Lang;
use crate::routes::{href, pillar_href_with_open, AppRoute};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The measures open on the current pillar page, shared with the language switch so that switching
/// language keeps them open. Provided by the app shell; absent elsewhere (embeds, tests).
/// Holds the pillar's id with its open measures, so another pillar's page never takes them.
#[derive(Clone, Copy)]
pub struct OpenMeasures(pub RwSignal<(String, Vec<String>)>);

/// The measure's policies as the plan words them, each with what it means for the reader (the
/// site's own reading, labelled so).
#[component]
pub fn PolicyList(lang: Lang, measure: Measure) -> impl IntoView {
    let t = lang.texts();
    view! {
        <ul class="policies">
            {measure
                .policies
                .into_iter()
                .map(|p| view! {
                    <li>
                        <p class="policy__text">{marked(p.wording.get(lang))}</p>
                        <p class="for-you">
                            <strong class="for-you__label">{t.for_you_heading}</strong>" "
                            <span class="for-you__own">{t.own_summary_label}</span>" "
                            {marked(p.for_you.get(lang))}
                        </p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn MeasureList(
    lang: Lang,
    pillar: Pillar,
    sources: Sources,
    open: Vec<String>,
) -> impl IntoView {
    let t = lang.texts();
    let known: Vec<String> = pillar.measures.iter().map(|m| m.id.clone()).collect();
    // Ids in the URL that this pillar does not have are ignored, as are duplicates.
    let initially: Vec<String> = known
        .iter()
        .filter(|id| open.contains(id))
        .cloned()
        .collect();
    let opened = RwSignal::new(initially);
    let shared = use_context::<OpenMeasures>();
    let pillar_id = pillar.id.clone();
    if let Some(OpenMeasures(s)) = shared {
        s.set((pillar_id.clone(), opened.get_untracked()));
    }
    let toggle = move |id: String, is_open: bool| {
        opened.update(|ids| {
            ids.retain(|x| *x != id);
            if is_open {
                ids.push(id);
            }
            // Keep the data's order so equal states give equal URLs.
            ids.sort_by_key(|x| known.iter().position(|k| k == x));
        });
        browser::replace_url(&pillar_href_with_open(
            lang,
            &pillar_id,
            &opened.get_untracked(),
        ));
        if let Some(OpenMeasures(s)) = shared {
            s.set((pillar_id.clone(), opened.get_untracked()));
        }
    };
    let items = pillar
        .measures
        .into_iter()
        .map(|measure| {
            let id = measure.id.clone();
            let is_open = opened.get_untracked().contains(&id);
            let page = href(lang, &AppRoute::Measure(pillar.id.clone(), id.clone()));
            let toggle = toggle.clone();
            let on_toggle = move |ev: leptos::ev::Event| {
                let open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .map(|d| d.open());
                if let Some(open) = open {
                    toggle(id.clone(), open);
                }
            };
            let source = measure.source.clone();
            let anchor = format!("measure-{}", measure.id);
            let name = measure.name.get(lang).clone();
            view! {
                <li>
                    <details class="measure" id=anchor open=is_open on:toggle=on_toggle>
                        <summary>
                            <span class="measure__name">{name}</span>
                        </summary>
                        <div class="measure__body">
                            <h3 class="measure__policies-heading">{phrased(t.policies_heading)}</h3>
                            <PolicyList lang=lang measure=measure/>
                            <p><a href=page>{t.open_measure_page}</a></p>
                            <SourceLine lang=lang sources=sources.clone() cite=source/>
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="measures-heading">
            <h2 id="measures-heading">{phrased(t.measures_heading)}</h2>
            <ul class="measure-list">{items}</ul>
        </section>
    }
}
