//! A QR code drawn in the page as SVG (no image files, no outside service), with the same
//! content written beside it for anyone who cannot scan.

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub content: AttrValue,
    /// What the code is for, as its accessible name.
    pub label: AttrValue,
}

/// One SVG path for the dark modules, a quiet zone of four modules around them.
pub fn svg_path(code: &QrCode) -> String {
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    path
}

#[function_component(QrCodeImage)]
pub fn qr_code_image(props: &QrProps) -> Html {
    let Ok(code) = QrCode::encode_text(&props.content, QrCodeEcc::Medium) else {
        return html! {};
    };
    let size = code.size() + 8;
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={props.label.clone()} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={svg_path(&code)} fill="#000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn draws_the_finder_patterns() {
        let code = QrCode::encode_text("https://tandem.example/join?code=ACDEFGHJKMNP", QrCodeEcc::Medium).unwrap();
        let path = svg_path(&code);
        // The top-left finder pattern's corner module is dark.
        assert!(path.starts_with("M4,4h1v1h-1z"));
        assert!(code.get_module(0, 0) && code.get_module(6, 6) && !code.get_module(7, 7));
    }
}
