//! What an educator pastes into their own page: the one-line iframe and the optional height script.
//!
//! The embed only ever sends one message to its parent, `{type: "genome-navi:height", height}`;
//! the host script below accepts nothing else, and only from the app's origin.

/// The message type the embed posts to its parent whenever its height changes.
pub const HEIGHT_MESSAGE: &str = "genome-navi:height";

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `<iframe src="…" title="…" … loading="lazy"></iframe>` on one line.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"480\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        attribute(url),
        attribute(title)
    )
}

/// The host page's script: resizes the iframe that sent a height message from `origin`.
pub fn height_script(origin: &str) -> String {
    let origin = origin.replace(['"', '\\', '<', '>'], "");
    format!(
        "<script>addEventListener(\"message\",function(e){{var d=e.data;if(e.origin!==\"{origin}\"||!d||d.type!==\"{HEIGHT_MESSAGE}\"||typeof d.height!==\"number\")return;document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\";}});}});</script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iframe_is_one_lazy_line_with_escaped_attributes() {
        let s = iframe_snippet(
            "http://127.0.0.1:8080/embed/cases?view=table&theme=dark",
            "Cases \"2025\" <b>",
        );
        assert!(!s.contains('\n'));
        assert!(s.starts_with(
            "<iframe src=\"http://127.0.0.1:8080/embed/cases?view=table&amp;theme=dark\""
        ));
        assert!(s.contains("title=\"Cases &quot;2025&quot; &lt;b&gt;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.ends_with("></iframe>"));
    }

    #[test]
    fn the_host_script_checks_origin_and_message_type() {
        let s = height_script("https://example.org");
        assert!(s.contains("e.origin!==\"https://example.org\""));
        assert!(s.contains("d.type!==\"genome-navi:height\""));
        assert!(s.starts_with("<script>") && s.ends_with("</script>"));
        // A hostile origin string cannot break out of the script's string.
        assert!(!height_script("x\"</script><script>alert(1)").contains("</script><script>"));
    }
}
