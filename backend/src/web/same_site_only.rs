//! Cross-site request forgery defence for the API, beside the SameSite=Strict cookie: a request
//! that changes something must come from the app's own origin. Browsers send `Origin` on such
//! requests and `Sec-Fetch-Site` on all; either naming another site is refused.

use axum::extract::Request;
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::Response;
use tandem_domain::ErrorCode;

use crate::error::error_response;

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if is_cross_site(&request) {
        return error_response(ErrorCode::CrossSiteRequest);
    }
    next.run(request).await
}

fn is_cross_site(request: &Request) -> bool {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let headers = request.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return true;
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        // `Origin: null` comes from sandboxed frames and redirects: never the app itself.
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
            origin_host != host
        }
        (Some(_), None) => true,
        (None, _) => false,
    }
}
