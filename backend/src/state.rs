use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::FromRef;

use crate::accounts::rate_limit::RateLimiter;
use crate::accounts::session::SessionPolicy;
use crate::clock::Clock;
use crate::storage::Store;

/// What every handler may reach, split out with `FromRef` so each takes only what it uses.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub sessions: SessionPolicy,
    pub limits: Arc<RateLimiter>,
    pub static_dir: Arc<PathBuf>,
    /// Whether a case-record endpoint is configured (the relay log says so to staff).
    pub relay_endpoint: bool,
}

impl FromRef<AppState> for Arc<dyn Store> {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}

impl FromRef<AppState> for Arc<dyn Clock> {
    fn from_ref(state: &AppState) -> Self {
        state.clock.clone()
    }
}
