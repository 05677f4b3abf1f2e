//! A dismissible line on the Japanese home page that offers English to a reader whose browser
//! prefers it (or who chose it before). It never redirects: the URL always wins.

use crate::browser;
use crate::i18n::Lang;
use crate::routes::{href, AppRoute};
use leptos::prelude::*;

#[component]
pub fn LanguageOffer(lang: Lang) -> impl IntoView {
    // Decided after mount, in the reader's browser: the pre-rendered page never carries it.
    let offered = RwSignal::new(None::<Lang>);
    Effect::new(move |_| {
        let remembered = browser::remembered_language();
        offered.set(lang.offer(remembered, &browser::preferred_languages()));
    });
    // In a slot that the pre-rendered page keeps, so the controls (`crate::controls`) know where
    // the offer goes.
    let offer = move || {
        offered.get().map(|other| {
            let t = other.texts();
            let dismiss = move |_| {
                browser::remember_language(lang);
                offered.set(None);
            };
            view! {
                <p class="language-offer" lang=other.code()>
                    <span>{t.language_offer}</span>" "
                    <a href=href(other, &AppRoute::Home) hreflang=other.hreflang()
                        on:click=move |_| browser::remember_language(other)>
                        {t.language_offer_accept}
                    </a>" "
                    <button type="button" class="button button--quiet" on:click=dismiss>
                        {t.language_offer_dismiss}
                    </button>
                </p>
            }
        })
    };
    view! { <div class="language-offer-slot">{offer}</div> }
}
