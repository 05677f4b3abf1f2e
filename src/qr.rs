//! QR codes for printed handouts: the page's URL as an SVG path, made here (no network).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code drawn as one SVG path of 1×1 squares, with the standard 4-module quiet zone.
#[derive(Clone, Debug, PartialEq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included (the SVG's viewBox).
    pub size: i32,
    pub path: String,
}

const QUIET_ZONE: i32 = 4;

/// The QR code of `text`, or `None` if it is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some(QrSvg {
        size: qr.size() + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_url_becomes_a_scannable_code() {
        let qr =
            qr_svg("https://example.org/genome-navi/en/progress/cases?view=table").expect("fits");
        // Version 4 or so: 33 modules plus the quiet zone; the finder pattern's corner is dark.
        assert!(qr.size > 21 + 8 && qr.size < 60, "{}", qr.size);
        assert!(qr.path.starts_with("M4 4h1v1h-1z"));
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
