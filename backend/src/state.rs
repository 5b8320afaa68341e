use std::sync::Arc;

use axum::extract::FromRef;

use crate::clock::Clock;
use crate::storage::Store;

/// What every handler may reach, split out with `FromRef` so each takes only what it uses.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub admin_token: AdminToken,
    pub static_dir: Arc<std::path::PathBuf>,
}

/// The bearer token that guards staff-only reads until accounts arrive.
#[derive(Clone)]
pub struct AdminToken(pub Arc<str>);

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

impl FromRef<AppState> for AdminToken {
    fn from_ref(state: &AppState) -> Self {
        state.admin_token.clone()
    }
}

/// Proof the caller presented the admin token as `Authorization: Bearer <token>`.
/// Accounts and roles (a later issue) replace this.
pub struct AdminOnly;

impl<S> axum::extract::FromRequestParts<S> for AdminOnly
where
    S: Send + Sync,
    AdminToken: FromRef<S>,
{
    type Rejection = crate::error::AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let expected = AdminToken::from_ref(state);
        let presented = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .unwrap_or("");
        if constant_time_eq(presented.as_bytes(), expected.0.as_bytes()) {
            Ok(AdminOnly)
        } else {
            Err(tandem_domain::ErrorCode::Unauthorized.into())
        }
    }
}

/// Compares without stopping at the first difference, so timing does not leak the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
