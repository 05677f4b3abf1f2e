//! What a reader sees while data loads, when it fails (with retry), and the glue between the two.

use crate::components::phrase_breaks::phrased;
use crate::components::term_mark::provide_page_terms;
use crate::data::load::LoadError;
use crate::i18n::Lang;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

#[component]
pub fn LoadingLine(lang: Lang) -> impl IntoView {
    view! { <p class="loading" role="status">{lang.texts().loading}</p> }
}

/// Names the file that failed and why, and offers to fetch it again.
#[component]
pub fn LoadErrorMessage(
    lang: Lang,
    error: LoadError,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    let t = lang.texts();
    view! {
        <div class="load-error" role="alert">
            <h2>{phrased(t.load_error_title)}</h2>
            <p>{t.load_error_body}</p>
            <p>{t.load_error_file}": "<code>{error.file().to_string()}</code></p>
            <p class="load-error__detail">{error.describe(t)}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{t.retry}</button>
        </div>
    }
}

/// Shows `render(value)` once `load` resolves, a loading line before, and the error with a retry
/// button if it fails. `retry` must make `load` fetch again (e.g. `AppData::refetch`).
pub fn loaded<T, Fut, V>(
    lang: Lang,
    load: impl Fn() -> Fut + Send + Sync + 'static,
    retry: impl Fn() + Send + Sync + 'static,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: 'static,
    Fut: Future<Output = Result<T, LoadError>> + Send + 'static,
    V: IntoView + 'static,
{
    let load = Arc::new(load);
    let render = Arc::new(render);
    let retry = Callback::new(move |()| retry());
    view! {
        <Suspense fallback=move || view! { <LoadingLine lang=lang/> }>
            {move || {
                let load = Arc::clone(&load);
                let render = Arc::clone(&render);
                Suspend::new(async move {
                    // The glossary comes with every page's data, for the terms' explanations; a
                    // page whose glossary fails to load shows its text without them.
                    let glossary = crate::app_data::use_app_data().glossary.resource();
                    let pending = load();
                    let glossary = glossary.await.ok();
                    match pending.await {
                        Ok(value) => {
                            provide_page_terms(lang, glossary);
                            render(value).into_any()
                        }
                        Err(error) => {
                            view! { <LoadErrorMessage lang=lang error=error on_retry=retry/> }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
