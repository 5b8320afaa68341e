//! Headers set on every response, API and app alike.

use axum::http::{header, HeaderName, HeaderValue};
use tower::layer::util::{Identity, Stack};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

/// No inline script anywhere: the app boots from a hashed module file, and wasm needs only
/// `'wasm-unsafe-eval'`. Styles come from the stylesheet alone.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; \
media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

/// The microphone is allowed for the app itself (spoken answers, later); nothing else.
pub const PERMISSIONS_POLICY: &str = "geolocation=(), camera=(), payment=(), microphone=(self), usb=(), interest-cohort=()";

type Set = SetResponseHeaderLayer<HeaderValue>;
type FiveHeaders = Stack<Set, Stack<Set, Stack<Set, Stack<Set, Stack<Set, Identity>>>>>;

pub fn layer() -> ServiceBuilder<FiveHeaders> {
    ServiceBuilder::new()
        .layer(set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::REFERRER_POLICY, "no-referrer"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(HeaderName::from_static("permissions-policy"), PERMISSIONS_POLICY))
}

fn set(name: HeaderName, value: &'static str) -> Set {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}

/// A year of "https only" for browsers that reached the server over TLS, when the server is
/// set up for it (its cookies are `Secure`): never on plain http, where it would lock out a
/// server on loopback.
pub async fn strict_transport(mut response: axum::response::Response, over_tls_only: bool) -> axum::response::Response {
    if over_tls_only {
        response.headers_mut().insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}
