//! Fetching and parsing data files, with errors that name the file and say what went wrong.

use crate::i18n::Texts;
use crate::text::Text;
use serde::de::DeserializeOwned;

/// Why a data file could not be used. Every variant names the file, for the message and retry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No response at all (offline, connection refused).
    Network { file: String, detail: String },
    /// The server answered with an error status, e.g. 404.
    Status { file: String, status: u16 },
    /// The file arrived but is not the JSON the app expects.
    Malformed { file: String, detail: String },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::Malformed { file, .. } => file,
        }
    }

    /// A one-line explanation in the reader's language, with the technical detail appended.
    pub fn describe(&self, t: &Texts) -> Text {
        match self {
            LoadError::Network { detail, .. } => {
                Text::assembled(format!("{} ({detail})", t.error_network.source()))
            }
            LoadError::Status { status, .. } => {
                t.error_status.fill("{status}", &status.to_string())
            }
            LoadError::Malformed { detail, .. } => {
                Text::assembled(format!("{} ({detail})", t.error_malformed.source()))
            }
        }
    }
}

/// The URL of a data file, relative to the document's base URL, so any sub-path works.
pub fn data_url(file: &str) -> String {
    format!("data/{file}")
}

/// Parses a data file's text; a syntax or shape error names the line and column.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::Malformed {
        file: file.to_string(),
        detail: e.to_string(),
    })
}

/// Fetches `data/{file}` from the app's own origin, as text (`parse` reads it). Not generic, so
/// the request's future is compiled once rather than once per data type.
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(&data_url(file))
        .send()
        .await
        .map_err(|e| network_error(file, e))?;
    response_text(file, response).await
}

/// The text of a response for `data/{file}`, or why there is none (an error status, a broken
/// connection).
pub async fn response_text(
    file: &str,
    response: gloo_net::http::Response,
) -> Result<String, LoadError> {
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.to_string(),
            status: response.status(),
        });
    }
    response.text().await.map_err(|e| network_error(file, e))
}

fn network_error(file: &str, e: gloo_net::Error) -> LoadError {
    LoadError::Network {
        file: file.to_string(),
        detail: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::plan::Plan;
    use crate::i18n::Lang;

    #[test]
    fn malformed_json_names_the_file_and_position() {
        let err = parse::<Plan>("plan.json", "{ \"goal\": ").unwrap_err();
        assert_eq!(err.file(), "plan.json");
        let msg = err.describe(Lang::En.texts());
        assert!(msg.contains("line 1"), "{msg}");
    }

    #[test]
    fn wrong_shape_is_malformed_not_a_panic() {
        let err = parse::<Plan>("plan.json", "[1, 2, 3]").unwrap_err();
        assert!(matches!(err, LoadError::Malformed { .. }));
    }

    #[test]
    fn status_errors_say_the_status_in_each_language() {
        let err = LoadError::Status {
            file: "plan.json".into(),
            status: 404,
        };
        for lang in Lang::ALL {
            assert!(err.describe(lang.texts()).contains("404"));
        }
    }
}
