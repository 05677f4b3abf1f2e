//! A consultation service as a card: what it helps with, who may use it, how to reach it
//! (a `tel:` link for phones), and where each fact comes from.

use crate::components::phrase_breaks::phrased;
use crate::components::source_line::SourceLine;
use crate::components::term_mark::marked;
use crate::data::counselling::{Contact, ContactKind, Resource};
use crate::data::sources::Sources;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
fn ContactLine(lang: Lang, contact: Contact, sources: Sources, show_source: bool) -> impl IntoView {
    let t = lang.texts();
    let label = contact.label.get(lang).clone();
    let link = match contact.tel_href() {
        Some(tel) => view! {
            <a class="contact__phone" href=tel>{contact.value.clone()}</a>
        }
        .into_any(),
        None => view! {
            <a href=contact.value.clone() rel="noopener">{label.clone()}</a>
        }
        .into_any(),
    };
    let is_phone = contact.kind == ContactKind::Phone;
    view! {
        <li class="contact">
            {is_phone.then(|| view! { <span class="contact__label">{label}": "</span> })}
            {link}
            {contact.hours.map(|h| view! {
                <span class="contact__hours">{t.hours_label}": "{h.get(lang).clone()}</span>
            })}
            {show_source.then(|| view! { <SourceLine lang=lang sources=sources cite=contact.source/> })}
        </li>
    }
}

#[component]
pub fn ResourceCard(lang: Lang, resource: Resource, sources: Sources) -> impl IntoView {
    let t = lang.texts();
    let contacts = resource
        .contacts
        .iter()
        .map(|c| {
            // A contact seen on another page than the service's own cites that page.
            let show_source = c.source != resource.source;
            view! { <ContactLine lang=lang contact=c.clone() sources=sources.clone() show_source=show_source/> }
        })
        .collect_view();
    view! {
        <li class="card resource-card" id=format!("resource-{}", resource.id)>
            // An id on the heading: search results link to the service by it.
            <h3 id=format!("resource-{}-name", resource.id)>{phrased(resource.name.shown(lang))}</h3>
            <dl class="resource-card__facts">
                <dt>{t.resource_helps_with}</dt><dd>{marked(resource.helps_with.get(lang))}</dd>
                <dt>{t.resource_who}</dt><dd>{marked(resource.who.get(lang))}</dd>
                <dt>{t.resource_languages}</dt><dd>{resource.languages.get(lang).clone()}</dd>
                <dt>{t.resource_operator}</dt><dd>{resource.operator.get(lang).clone()}</dd>
            </dl>
            <ul class="contacts">{contacts}</ul>
            <SourceLine lang=lang sources=sources cite=resource.source/>
        </li>
    }
}
