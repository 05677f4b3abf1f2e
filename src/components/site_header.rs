//! The site header: the app's name, the main navigation and the language switch.

use crate::browser;
use crate::components::furigana_switch::FuriganaSwitch;
use crate::components::measure_list::OpenMeasures;
use crate::components::search_form::{SearchQuery, SiteSearchForm};
use crate::i18n::{Lang, UiText};
use crate::routes::{absolute_url, href, pillar_href_with_open, search_href, AppRoute, Resolved};
use leptos::prelude::*;
use leptos_meta::Link;

fn nav_label(route: &AppRoute, lang: Lang) -> UiText {
    let t = lang.texts();
    match route {
        AppRoute::Home | AppRoute::NotFound | AppRoute::Embed(_) => t.nav_home,
        AppRoute::Plan | AppRoute::Pillar(_) | AppRoute::Measure(..) | AppRoute::Law => t.nav_plan,
        AppRoute::Discrimination => t.nav_discrimination,
        AppRoute::Counselling | AppRoute::Situation(_) => t.nav_counselling,
        AppRoute::Progress | AppRoute::ProgressCard(_) => t.nav_progress,
        AppRoute::Glossary | AppRoute::GlossaryTerm(_) => t.nav_glossary,
        AppRoute::About | AppRoute::OpenData | AppRoute::Changes | AppRoute::Search => t.nav_about,
    }
}

#[component]
pub fn SiteHeader(resolved: Memo<Resolved>) -> impl IntoView {
    move || {
        let Resolved { lang, route } = resolved.get();
        let t = lang.texts();
        let items = AppRoute::NAV
            .into_iter()
            .map(|item| {
                // "page" on the page itself, "true" on the section a sub-page belongs to.
                let current = if item == route {
                    Some("page")
                } else {
                    (item == route.section()).then_some("true")
                };
                view! {
                    <li><a href=href(lang, &item) aria-current=current>{nav_label(&item, lang)}</a></li>
                }
            })
            .collect_view();
        view! {
            <header class="site-header">
                <div class="site-header__bar">
                    <a class="site-header__name" href=href(lang, &AppRoute::Home)>{t.app_name}</a>
                    <div class="site-header__tools">
                        <FuriganaSwitch lang=lang/>
                        <LanguageSwitch lang=lang route=route.clone()/>
                    </div>
                </div>
                <nav class="site-nav" aria-label=t.nav_label>
                    <ul>{items}</ul>
                </nav>
                <SiteSearchForm lang=lang/>
            </header>
        }
    }
}

/// The page a language switch leads to: the same page, or, from an unknown page (which has no
/// counterpart), that language's home.
fn counterpart(route: AppRoute) -> AppRoute {
    if route == AppRoute::NotFound {
        AppRoute::Home
    } else {
        route
    }
}

/// `<link rel="alternate" hreflang>` in the head for the page in every language, itself included.
#[component]
pub fn LanguageAlternates(resolved: Memo<Resolved>) -> impl IntoView {
    move || {
        let route = resolved.get().route;
        (route != AppRoute::NotFound).then(|| {
            Lang::ALL
                .into_iter()
                .map(|l| {
                    let link = absolute_url(&browser::origin(), &href(l, &route));
                    view! { <Link rel="alternate" hreflang=l.hreflang() href=link/> }
                })
                .collect_view()
        })
    }
}

/// Links to the current page in every other language, keeping its open measures (`?open=`) or
/// its search (`?q=`).
#[component]
pub fn LanguageSwitch(lang: Lang, route: AppRoute) -> impl IntoView {
    let target = counterpart(route);
    let open = use_context::<OpenMeasures>();
    let searched = use_context::<SearchQuery>();
    let links = Lang::ALL
        .into_iter()
        .filter(|other| *other != lang)
        .map(|other| {
            let target = target.clone();
            let link = move || match (&target, open) {
                (AppRoute::Pillar(pillar), Some(OpenMeasures(state))) => {
                    let (of, ids) = state.get();
                    let ids = if &of == pillar { ids } else { Vec::new() };
                    pillar_href_with_open(other, pillar, &ids)
                }
                (AppRoute::Search, _) => match searched {
                    Some(SearchQuery(q)) => search_href(other, &q.get()),
                    None => href(other, &target),
                },
                _ => href(other, &target),
            };
            // A full page load (rel=external): the other language's page then reads this URL's
            // `?open=` afresh, which the router's kept query (not told of in-page changes) is not.
            view! {
                <a href=link hreflang=other.hreflang() lang=other.code() rel="external"
                    on:click=move |_| browser::remember_language(other)>
                    {other.texts().language_name}
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=lang.texts().language_switch_label>
            {links}
        </div>
    }
}
