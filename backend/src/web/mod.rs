//! Puts the server together: `/api/v1` (JSON, with JSON errors for unknown routes and methods),
//! the built PWA with its SPA fallback, and the security headers on every response.

mod same_site_only;
mod security_headers;
mod static_files;

use axum::extract::DefaultBodyLimit;
use axum::response::Response;
use axum::Router;
use tandem_domain::ErrorCode;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

use crate::error::error_response;
use crate::state::AppState;

/// The largest request body the API reads. Forms are small; later uploads set their own.
pub const API_BODY_LIMIT_BYTES: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    let v1 = Router::new()
        .merge(crate::health::routes())
        .merge(crate::openapi::routes())
        .merge(crate::feedback::routes())
        .merge(crate::accounts::routes())
        .merge(crate::sessions::routes())
        .merge(crate::plans::routes())
        .merge(crate::relay::routes())
        .merge(crate::appointments::routes())
        .merge(crate::push::routes())
        .merge(crate::reminders::routes())
        .merge(crate::surveys::routes())
        .merge(crate::complaints::routes())
        .merge(crate::safety::routes())
        .merge(crate::voice::routes())
        .merge(crate::cabinet::routes())
        .method_not_allowed_fallback(method_not_allowed);
    let api = Router::new()
        .nest("/v1", v1)
        .fallback(api_not_found)
        .layer(axum::middleware::from_fn(same_site_only::refuse_cross_site))
        .layer(DefaultBodyLimit::max(API_BODY_LIMIT_BYTES))
        .layer(CompressionLayer::new());
    let static_dir = state.static_dir.clone();
    Router::new()
        .nest("/api", api)
        .route("/api", axum::routing::any(api_not_found))
        .route("/api/", axum::routing::any(api_not_found))
        .fallback_service(static_files::service(&static_dir))
        .with_state(state)
        .layer(security_headers::layer())
        .layer(TraceLayer::new_for_http())
}

/// A file to download (`Content-Disposition: attachment`): reports as CSV, events as NDJSON.
pub fn attachment(filename: &str, content_type: &str, body: String) -> Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    ([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\""))], body)
        .into_response()
}

async fn api_not_found() -> Response {
    error_response(ErrorCode::NotFound)
}

async fn method_not_allowed() -> Response {
    error_response(ErrorCode::MethodNotAllowed)
}
