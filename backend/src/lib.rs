//! Tandem's server. `main.rs` only reads the configuration and calls [`run`]; tests call
//! [`run`] themselves on a port-0 listener with their own database and clock.

pub mod accounts;
pub mod clock;
pub mod config;
pub mod csv;
pub mod demo;
pub mod error;
pub mod extract;
pub mod feedback;
pub mod health;
pub mod json;
pub mod openapi;
pub mod operations;
pub mod outbox;
pub mod plans;
pub mod relay;
pub mod sessions;
pub mod state;
pub mod storage;
pub mod web;

use std::future::Future;

use tokio::net::TcpListener;

pub use state::AppState;

/// Serves the API and the built app on `listener` until `shutdown` completes, then lets
/// requests in flight finish.
pub async fn run(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = web::router(state);
    // The client address feeds the sign-in, invite and PIN rate limits.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
