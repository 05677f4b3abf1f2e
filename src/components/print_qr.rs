//! On paper only: a QR code of the page's address, so a printed handout leads back to the page.

use crate::i18n::Lang;
use crate::qr;
use leptos::prelude::*;

#[component]
pub fn PrintQr(lang: Signal<Lang>, #[prop(into)] url: Signal<String>) -> impl IntoView {
    move || {
        let url = url.get();
        let code = qr::qr_svg(&url)?;
        let view_box = format!("0 0 {0} {0}", code.size);
        Some(view! {
            <figure class="print-qr" aria-hidden="true">
                <svg viewBox=view_box width="120" height="120" shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff"/>
                    <path d=code.path fill="#000"/>
                </svg>
                <figcaption>{lang.get().texts().print_qr_caption}<br/>{url}</figcaption>
            </figure>
        })
    }
}
