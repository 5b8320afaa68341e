//! The built PWA. Content-hashed files never change, so phones may keep them for a year;
//! everything else (index.html, sw.js, the manifest) is revalidated on every load so an update
//! reaches phones at once. A path without a file extension is one of the app's routes and gets
//! the page of its build: `staff.html` for staff pages, `index.html` (the phone build) for the
//! rest. A missing file gets a plain 404, never the page in its place.

use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::response::IntoResponse;
use axum::Router;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

pub fn service(static_dir: &Path) -> Router {
    let files = ServeDir::new(static_dir).precompressed_br().precompressed_gzip();
    let page = |name: &str| ServeFile::new(static_dir.join(name)).precompressed_br().precompressed_gzip();
    let index = page("index.html");
    // A build without the staff app (as in some tests) serves the phone page everywhere.
    let staff = if static_dir.join("staff.html").exists() { page("staff.html") } else { index.clone() };
    Router::new().fallback(move |request: Request| {
        let (files, index, staff) = (files.clone(), index.clone(), staff.clone());
        async move {
            let path = request.uri().path().to_owned();
            let result = if !is_app_route(&path) {
                files.oneshot(request).await
            } else if is_staff_route(&path) {
                staff.oneshot(request).await
            } else {
                index.oneshot(request).await
            };
            let mut response = match result {
                Ok(response) => response.map(Body::new),
                Err(never) => match never {},
            };
            if response.status().is_success() {
                response.headers_mut().insert(header::CACHE_CONTROL, cache_control_for(&path));
            }
            response.into_response()
        }
    })
}

fn is_app_route(path: &str) -> bool {
    !path.rsplit('/').next().unwrap_or("").contains('.')
}

/// Addresses of the staff build. Must match `STAFF_PATHS` in service-worker/sw.js.
pub fn is_staff_route(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/") || path == "/sign-in" || path == "/set-password"
}

/// True for file names the build gave a content hash, like `tandem-1f2e3d4c5b6a7988.wasm`.
pub fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    stem.rsplit_once('-').map(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())).unwrap_or(false)
}

fn cache_control_for(path: &str) -> HeaderValue {
    HeaderValue::from_static(if is_content_hashed(path) { IMMUTABLE } else { REVALIDATE })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_hashed_names() {
        assert!(is_content_hashed("/tandem-1f2e3d4c5b6a7988.wasm"));
        assert!(!is_content_hashed("/tandem-1f2e3d4c5b6a7988_bg.wasm"));
        assert!(is_content_hashed("/boot-00112233445566aa.js"));
        assert!(!is_content_hashed("/sw.js"));
        assert!(!is_content_hashed("/index.html"));
        assert!(!is_content_hashed("/manifest.webmanifest"));
    }

    #[test]
    fn staff_addresses_get_the_staff_build() {
        for staff in ["/staff", "/staff/young-people/1", "/sign-in", "/set-password"] {
            assert!(is_staff_route(staff), "{staff}");
        }
        for phone in ["/", "/join", "/feedback", "/staffroom", "/devices"] {
            assert!(!is_staff_route(phone), "{phone}");
        }
    }

    #[test]
    fn routes_have_no_extension() {
        assert!(is_app_route("/"));
        assert!(is_app_route("/feedback"));
        assert!(!is_app_route("/sw.js"));
    }
}
