//! The code's layering: data flows one way (data → shared state → pages → components), a page
//! never imports another page or the app shell, and nothing below the pages imports them.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir` with its text.
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("source file");
                out.push((path.display().to_string(), text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under {dir}");
    out
}

fn imports(text: &str, module: &str) -> bool {
    text.contains(&format!("crate::{module}::")) || text.contains(&format!("crate::{module};"))
}

#[test]
fn a_page_imports_no_other_page_and_not_the_app_shell() {
    for (path, text) in sources("src/pages") {
        assert!(
            !imports(&text, "pages"),
            "{path} imports a page: what two pages share belongs in a component"
        );
        assert!(
            !imports(&text, "app"),
            "{path} imports the app shell: shared state lives in app_data"
        );
    }
}

#[test]
fn nothing_below_the_pages_imports_a_page_or_the_app_shell() {
    let mut below = sources("src/components");
    below.extend(sources("src/data"));
    for (path, text) in below {
        assert!(!imports(&text, "pages"), "{path} imports a page");
        assert!(!imports(&text, "app"), "{path} imports the app shell");
    }
    let shared = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app_data.rs"))
        .expect("app_data.rs");
    assert!(
        !imports(&shared, "pages") && !imports(&shared, "app"),
        "app_data.rs imports what is above it"
    );
}

#[test]
fn data_modules_touch_no_dom() {
    for (path, text) in sources("src/data") {
        for dom in ["web_sys", "leptos::", "wasm_bindgen"] {
            assert!(
                !text.contains(dom),
                "{path} uses {dom}: src/data is tested on the host, without a DOM"
            );
        }
    }
}
