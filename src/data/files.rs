//! The one list of published data files: every JSON file in `public/data/`, its JSON Schema and the
//! tables also published as CSV. The schema tool (`examples/write_open_data.rs`), the `/data` page
//! and the tests all read this list.

use super::progress::Progress;
use super::{changes, counselling, discrimination, glossary, law, plan, progress, sources};
use crate::i18n::Lang;

/// The folder, under `data/`, that holds the JSON Schemas.
pub const SCHEMA_DIR: &str = "schema";

/// A JSON file in `public/data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Sources,
    Plan,
    Law,
    Discrimination,
    Counselling,
    Progress,
    Glossary,
    Changes,
}

/// Where a file's content comes from, for the licence note of the `/data` page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Facts (figures, dates, quoted text) from the cited documents, in the site's own summaries
    /// and translations.
    Sourced,
    /// Wholly the site's own text.
    Own,
}

impl DataFile {
    /// Every data file, in the order the `/data` page lists them.
    pub const ALL: [DataFile; 8] = [
        DataFile::Plan,
        DataFile::Law,
        DataFile::Discrimination,
        DataFile::Counselling,
        DataFile::Progress,
        DataFile::Glossary,
        DataFile::Sources,
        DataFile::Changes,
    ];

    /// The file's name in `data/`, e.g. `plan.json`.
    pub fn name(self) -> &'static str {
        match self {
            DataFile::Sources => sources::FILE,
            DataFile::Plan => plan::FILE,
            DataFile::Law => law::FILE,
            DataFile::Discrimination => discrimination::FILE,
            DataFile::Counselling => counselling::FILE,
            DataFile::Progress => progress::FILE,
            DataFile::Glossary => glossary::FILE,
            DataFile::Changes => changes::FILE,
        }
    }

    /// The schema's path under `data/`, e.g. `schema/plan.schema.json`.
    pub fn schema_path(self) -> String {
        let stem = self.name().trim_end_matches(".json");
        format!("{SCHEMA_DIR}/{stem}.schema.json")
    }

    /// The tables of this file that are also published as CSV.
    pub fn tables(self) -> &'static [Table] {
        match self {
            DataFile::Progress => &Table::ALL,
            _ => &[],
        }
    }

    pub fn origin(self) -> Origin {
        match self {
            DataFile::Changes | DataFile::Glossary => Origin::Own,
            _ => Origin::Sourced,
        }
    }

    /// The JSON Schema of the file, generated from its serde type (draft 2020-12).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn schema(self) -> schemars::Schema {
        use schemars::schema_for;
        match self {
            DataFile::Sources => schema_for!(sources::Sources),
            DataFile::Plan => schema_for!(plan::Plan),
            DataFile::Law => schema_for!(law::Law),
            DataFile::Discrimination => schema_for!(discrimination::Discrimination),
            DataFile::Counselling => schema_for!(counselling::Counselling),
            DataFile::Progress => schema_for!(progress::Progress),
            DataFile::Glossary => schema_for!(glossary::Glossary),
            DataFile::Changes => schema_for!(changes::Changes),
        }
    }
}

/// A table published as CSV, one file per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// Cases with data stored, per field and fiscal year (`progress.json` → `cases`).
    Cases,
    /// Budget lines and supplementary budgets (`progress.json` → `budget`).
    Budget,
}

impl Table {
    pub const ALL: [Table; 2] = [Table::Cases, Table::Budget];

    /// The languages a table is published in. CSV cells cannot carry ruby, and the official
    /// Japanese is what a spreadsheet user needs, so やさしい日本語 pages link the Japanese CSV.
    pub const LANGS: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The CSV's name in `data/`: `cases.csv` in Japanese (also for やさしい日本語),
    /// `cases.en.csv` in English.
    pub fn csv_name(self, lang: Lang) -> String {
        let stem = match self {
            Table::Cases => "cases",
            Table::Budget => "budget",
        };
        match lang {
            Lang::Ja | Lang::Easy => format!("{stem}.csv"),
            Lang::En => format!("{stem}.en.csv"),
        }
    }

    /// The CSV's contents, from the progress data.
    pub fn csv(self, progress: &Progress, lang: Lang) -> String {
        match self {
            Table::Cases => progress.cases.to_csv(lang),
            Table::Budget => progress.budget.to_csv(lang),
        }
    }
}

/// Whether a name in `public/data/` is written by the build (schemas and CSVs), not kept by hand.
pub fn is_generated(name: &str) -> bool {
    name == SCHEMA_DIR
        || Table::ALL
            .iter()
            .any(|t| Table::LANGS.iter().any(|l| t.csv_name(*l) == name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_and_stable() {
        let names: Vec<&str> = DataFile::ALL.iter().map(|f| f.name()).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(n.ends_with(".json") && !names[i + 1..].contains(n), "{n}");
        }
        assert_eq!(DataFile::Plan.schema_path(), "schema/plan.schema.json");
        assert_eq!(Table::Cases.csv_name(Lang::Ja), "cases.csv");
        assert_eq!(Table::Budget.csv_name(Lang::En), "budget.en.csv");
        assert!(is_generated("schema") && is_generated("budget.en.csv"));
        assert!(!is_generated("plan.json") && !is_generated("notes.csv"));
    }
}
