//! Puts the server together: `/api/v1` (JSON, with JSON errors for unknown routes and methods),
//! the built PWA with its SPA fallback, and the security headers on every response.

mod same_site_only;
mod security_headers;
mod static_files;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::Router;
use tandem_domain::ErrorCode;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
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
        .merge(crate::passkeys::routes())
        .merge(crate::cases::routes())
        .merge(crate::retention::routes())
        .merge(crate::sessions::routes())
        .merge(crate::plans::routes())
        .merge(crate::relay::routes())
        .merge(crate::appointments::routes())
        .merge(crate::push::routes())
        .merge(crate::reminders::routes())
        .merge(crate::surveys::routes())
        .merge(crate::assessments::routes())
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
        .layer(CompressionLayer::new())
        // Answers and exports hold people's data: no browser or proxy keeps a copy (the phone
        // keeps what it needs itself, tied to who is signed in). One that says otherwise wins.
        .layer(SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    let static_dir = state.static_dir.clone();
    let over_tls_only = state.sessions.secure_cookies;
    Router::new()
        .nest("/api", api)
        .route("/api", axum::routing::any(api_not_found))
        .route("/api/", axum::routing::any(api_not_found))
        .fallback_service(static_files::service(&static_dir))
        .with_state(state)
        .layer(security_headers::layer())
        .layer(axum::middleware::map_response(move |response: Response| security_headers::strict_transport(response, over_tls_only)))
        .layer(TraceLayer::new_for_http())
}

/// A file to download (`Content-Disposition: attachment`): reports as CSV, events as NDJSON.
pub fn attachment(filename: &str, content_type: &str, body: impl Into<axum::body::Body>) -> Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\""))],
        body.into(),
    )
        .into_response()
}

/// A file to download, written as it is made: `write` sends it in pieces through [`Pieces`] while
/// the client reads, so the server holds one piece at a time however long the file is. The
/// status is sent before the first piece, so `write` checks what may refuse first; a failure
/// part-way ends the body early, which the client sees as a broken download, never as a whole file.
pub fn streamed_attachment<W, F>(filename: &str, content_type: &str, write: W) -> Response
where
    W: FnOnce(Pieces) -> F + Send + 'static,
    F: std::future::Future<Output = Result<(), crate::storage::StorageError>> + Send + 'static,
{
    // Two pieces in flight: the next is made while the last is sent.
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<bytes::Bytes, std::io::Error>>(2);
    tokio::spawn(async move {
        let failure = sender.clone();
        if let Err(error) = write(Pieces { sender, piece: String::new() }).await {
            tracing::warn!(%error, "a streamed download ended part-way");
            let _ = failure.send(Err(std::io::Error::other("the download could not be finished"))).await;
        }
    });
    // A closed receiver answers None however often it is asked: the compression layer asks
    // again after the end.
    let body = axum::body::Body::from_stream(futures::stream::poll_fn(move |context| receiver.poll_recv(context)));
    attachment(filename, content_type, body)
}

/// Where a [`streamed_attachment`] is written: text gathers into pieces of about 64 KiB.
pub struct Pieces {
    sender: tokio::sync::mpsc::Sender<Result<bytes::Bytes, std::io::Error>>,
    piece: String,
}

impl Pieces {
    const PIECE_BYTES: usize = 64 * 1024;

    pub async fn write(&mut self, text: &str) -> Result<(), crate::storage::StorageError> {
        self.piece.push_str(text);
        if self.piece.len() >= Self::PIECE_BYTES {
            self.send().await?;
        }
        Ok(())
    }

    /// Sends what is left; the download is whole only once this has run.
    pub async fn finish(mut self) -> Result<(), crate::storage::StorageError> {
        self.send().await
    }

    async fn send(&mut self) -> Result<(), crate::storage::StorageError> {
        if self.piece.is_empty() {
            return Ok(());
        }
        let piece = bytes::Bytes::from(std::mem::take(&mut self.piece));
        self.sender.send(Ok(piece)).await.map_err(|_| crate::storage::StorageError::internal("the client left before the download ended"))
    }
}

async fn api_not_found() -> Response {
    error_response(ErrorCode::NotFound)
}

async fn method_not_allowed() -> Response {
    error_response(ErrorCode::MethodNotAllowed)
}
