//! Host tests: every data file validates against the JSON Schema generated from its serde type, the
//! schema that the build publishes at `data/schema/<file>.schema.json`; a broken file fails with
//! the file, the JSON path and the reason.
#![cfg(not(target_arch = "wasm32"))]

use genome_navi::data::files::DataFile;
use serde_json::Value;
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

fn read_json(file: DataFile) -> Value {
    let path = data_dir().join(file.name());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.name()))
}

/// Every way `instance` breaks the file's schema, one line each: file, JSON path, reason.
fn schema_errors(file: DataFile, instance: &Value) -> Vec<String> {
    let schema = serde_json::to_value(file.schema()).expect("a schema is JSON");
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{}: the schema itself is invalid: {e}", file.schema_path()));
    validator
        .iter_errors(instance)
        .map(|e| {
            let path = e.instance_path().to_string();
            let path = if path.is_empty() { "/" } else { &path };
            format!("{} at {path}: {e}", file.name())
        })
        .collect()
}

#[test]
fn every_data_file_validates_against_its_schema() {
    let errors: Vec<String> = DataFile::ALL
        .iter()
        .flat_map(|&f| schema_errors(f, &read_json(f)))
        .collect();
    assert!(errors.is_empty(), "schema errors:\n{}", errors.join("\n"));
}

#[test]
fn schemas_are_draft_2020_12_and_closed() {
    for file in DataFile::ALL {
        let schema = serde_json::to_value(file.schema()).expect("a schema is JSON");
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema",
            "{}",
            file.schema_path()
        );
        // deny_unknown_fields on every type: an unknown field is an error, not silently ignored.
        assert_eq!(
            schema["additionalProperties"],
            false,
            "{}",
            file.schema_path()
        );
    }
}

#[test]
fn a_string_where_a_number_belongs_fails_with_its_path() {
    let mut progress = read_json(DataFile::Progress);
    progress["cases"]["series"][0]["rows"][1]["annual"] = Value::from("many");
    let errors = schema_errors(DataFile::Progress, &progress);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    assert!(
        error.starts_with("progress.json at /cases/series/0/rows/1/annual: "),
        "{error}"
    );
    assert!(error.contains("\"many\""), "{error}");
}

#[test]
fn an_unknown_field_fails_with_its_path() {
    let mut changes = read_json(DataFile::Changes);
    changes["entries"][0]["author"] = Value::from("someone");
    let errors = schema_errors(DataFile::Changes, &changes);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    assert!(error.starts_with("changes.json at /entries/0: "), "{error}");
    assert!(error.contains("author"), "{error}");
}

#[test]
fn a_missing_translation_fails_with_its_path() {
    let mut plan = read_json(DataFile::Plan);
    let text = plan["goal"]["text"]
        .as_object_mut()
        .expect("plan.json: goal.text is an object");
    text.remove("en");
    let errors = schema_errors(DataFile::Plan, &plan);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("plan.json at /goal/text: ") && e.contains("\"en\"")),
        "{errors:?}"
    );
}
