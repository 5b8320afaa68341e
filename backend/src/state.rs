use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::FromRef;

use crate::accounts::rate_limit::RateLimiter;
use crate::accounts::session::SessionPolicy;
use crate::clock::Clock;
use crate::push::Push;
use crate::secret::Sealer;
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
    /// Web Push: the VAPID sender and the reminder scheduler's wake-up call.
    pub push: Arc<Push>,
    /// The case record's Standard Webhooks secret for sending appointments; none turns the
    /// import endpoint off.
    pub import_webhook: Option<Arc<standardwebhooks::Webhook>>,
    /// Seals secret ballots and anonymous answers until they are counted (see `secret`).
    pub sealer: Arc<Sealer>,
    /// The relying party staff's passkeys are made for and checked against (see `passkeys`).
    pub webauthn: Arc<webauthn_rs::Webauthn>,
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
