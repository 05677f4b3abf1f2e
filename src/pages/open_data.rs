//! `/data`: every published data file, what it holds and whose it is, with links to the file, its
//! JSON Schema and its CSV tables (all under the base path, from `data::files`).

use crate::components::page_intro::CataloguePageIntro;
use crate::components::phrase_breaks::phrased;
use crate::data::files::{DataFile, Origin, Table};
use crate::i18n::{Lang, Texts, UiText};
use crate::routes::{data_file_href, href, AppRoute};
use leptos::prelude::*;

fn contents(t: &Texts, file: DataFile) -> UiText {
    let c = &t.data_file_contents;
    match file {
        DataFile::Plan => c.plan,
        DataFile::Law => c.law,
        DataFile::Discrimination => c.discrimination,
        DataFile::Counselling => c.counselling,
        DataFile::Progress => c.progress,
        DataFile::Sources => c.sources,
        DataFile::Glossary => c.glossary,
        DataFile::Changes => c.changes,
    }
}

fn table_name(t: &Texts, table: Table) -> UiText {
    match table {
        Table::Cases => t.table_name_cases,
        Table::Budget => t.table_name_budget,
    }
}

fn csv_language(t: &Texts, lang: Lang) -> UiText {
    match lang {
        Lang::Ja | Lang::Easy => t.csv_language_japanese,
        Lang::En => t.csv_language_english,
    }
}

#[component]
pub fn OpenDataPage(lang: Lang) -> impl IntoView {
    let t = lang.texts();
    let paragraphs =
        |ps: &'static [UiText]| ps.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
    view! {
        <CataloguePageIntro lang=lang text=&t.open_data/>
        <section aria-labelledby="data-files-heading">
            <h2 id="data-files-heading">{phrased(t.open_data_files_heading)}</h2>
            <ul class="data-files">
                {DataFile::ALL.map(|file| view! { <DataFileEntry lang=lang file=file/> }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="data-licence-heading">
            <h2 id="data-licence-heading">{phrased(t.open_data_licence_heading)}</h2>
            {paragraphs(t.open_data_licence_body)}
        </section>
        <section aria-labelledby="data-reuse-heading">
            <h2 id="data-reuse-heading">{phrased(t.open_data_reuse_heading)}</h2>
            {paragraphs(t.open_data_reuse_body)}
            <p><a href=href(lang, &AppRoute::Changes)>{t.nav_changes}</a></p>
        </section>
    }
}

/// One file: what it holds, whose it is, and its links (the address is the link text, to reuse).
#[component]
fn DataFileEntry(lang: Lang, file: DataFile) -> impl IntoView {
    let t = lang.texts();
    let link = |path: String| {
        let shown = crate::data::load::data_url(&path);
        view! { <a href=data_file_href(&path)><code>{shown}</code></a> }
    };
    let origin = match file.origin() {
        Origin::Sourced => t.data_file_origin_sourced,
        Origin::Own => t.data_file_origin_own,
    };
    let tables = file
        .tables()
        .iter()
        .flat_map(|&table| Table::LANGS.map(move |csv_lang| (table, csv_lang)))
        .map(|(table, csv_lang)| {
            let label = t.data_file_csv_label.fill_all(&[
                ("{table}", table_name(t, table).source()),
                ("{language}", csv_language(t, csv_lang).source()),
            ]);
            view! { <li>{label}": "{link(table.csv_name(csv_lang))}</li> }
        })
        .collect_view();
    let id = format!("file-{}", file.name().trim_end_matches(".json"));
    view! {
        <li class="data-file" id=id>
            <h3><code>{file.name()}</code></h3>
            <p>{contents(t, file)}</p>
            <p class="data-file__origin">{t.data_file_origin_label}": "{origin}</p>
            <ul class="data-file__links">
                <li>{t.data_file_json_label}": "{link(file.name().to_string())}</li>
                <li>{t.data_file_schema_label}": "{link(file.schema_path())}</li>
                {tables}
            </ul>
        </li>
    }
}
