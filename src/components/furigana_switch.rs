//! The furigana switch: shows or hides the readings over kanji, remembered across visits.
//!
//! On by default in やさしい日本語, off in 日本語 (where only hard terms carry readings); the
//! reader's choice, once made, holds in both. Not offered in English, which has no readings.

use crate::browser;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Whether furigana show on a page in `lang`, given the reader's remembered choice.
pub fn furigana_shown(lang: Lang, remembered: Option<bool>) -> bool {
    remembered.unwrap_or(lang.furigana_by_default())
}

/// Sets `<html data-furigana>`, which the style sheet reads to hide `<rt>`.
pub fn apply_furigana(on: bool) {
    browser::set_root_attribute("data-furigana", Some(if on { "on" } else { "off" }));
}

#[component]
pub fn FuriganaSwitch(lang: Lang) -> impl IntoView {
    let on = RwSignal::new(furigana_shown(lang, browser::remembered_furigana()));
    Effect::new(move |_| apply_furigana(on.get()));
    let toggle = move |_| {
        let next = !on.get_untracked();
        browser::remember_furigana(next);
        on.set(next);
    };
    (lang != Lang::En).then(|| {
        view! {
            <button type="button" class="furigana-switch" aria-pressed=move || on.get().to_string()
                on:click=toggle>
                {lang.texts().furigana_switch}
            </button>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_by_default_in_easy_japanese_only_and_the_choice_wins() {
        assert!(furigana_shown(Lang::Easy, None));
        assert!(!furigana_shown(Lang::Ja, None));
        assert!(!furigana_shown(Lang::Easy, Some(false)));
        assert!(furigana_shown(Lang::Ja, Some(true)));
    }
}
