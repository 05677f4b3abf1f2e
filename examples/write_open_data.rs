//! Writes the generated open-data files into `public/data/`: a JSON Schema per data file (from its
//! serde type) and the tables as CSV. `make build` runs it before `trunk build`; the files are
//! git-ignored, so the types stay their only source.
//!
//!     cargo run --example write_open_data [-- <data dir>]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = host::run() {
        eprintln!("write_open_data: {e}");
        std::process::exit(1);
    }
}

/// Nothing to do in a browser; the tool is for the host only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use genome_navi::data::files::{DataFile, Table, SCHEMA_DIR};
    use genome_navi::data::{load, progress};
    use std::path::{Path, PathBuf};

    pub fn run() -> Result<(), String> {
        let dir = std::env::args_os()
            .nth(1)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data"));
        let schema_dir = dir.join(SCHEMA_DIR);
        std::fs::create_dir_all(&schema_dir)
            .map_err(|e| format!("{}: {e}", schema_dir.display()))?;
        let mut written = 0;
        let mut wanted = Vec::new();
        for file in DataFile::ALL {
            let json = serde_json::to_string_pretty(&file.schema()).map_err(|e| e.to_string())?;
            written += write_if_changed(&dir.join(file.schema_path()), &(json + "\n"))?;
            wanted.push(dir.join(file.schema_path()));
        }
        // A schema whose data file is gone must not stay published.
        for entry in std::fs::read_dir(&schema_dir).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if !wanted.contains(&path) {
                std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        let name = DataFile::Progress.name();
        let text = std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let progress: progress::Progress =
            load::parse(name, &text).map_err(|e| format!("{e:?}"))?;
        for table in DataFile::ALL.iter().flat_map(|f| f.tables()) {
            for lang in Table::LANGS {
                let csv = table.csv(&progress, lang);
                written += write_if_changed(&dir.join(table.csv_name(lang)), &csv)?;
            }
        }
        println!(
            "write_open_data: {} schemas and {} CSV files in {} ({written} changed)",
            DataFile::ALL.len(),
            Table::LANGS.len()
                * DataFile::ALL
                    .iter()
                    .map(|f| f.tables().len())
                    .sum::<usize>(),
            dir.display()
        );
        Ok(())
    }

    /// Writes only when the contents differ, so an unchanged build leaves the files untouched.
    fn write_if_changed(path: &Path, contents: &str) -> Result<usize, String> {
        if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
            return Ok(0);
        }
        std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(1)
    }
}
