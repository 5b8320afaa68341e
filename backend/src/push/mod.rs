//! Web Push for young people's and carers' phones: the server's VAPID key pair (made on first
//! run and kept in the data folder, or configured), each phone's subscription, and the person's
//! choice of discreet or detailed reminders. What is sent, and when, is `crate::reminders`.

pub mod postgres;
pub mod send;
pub mod sqlite;
mod store;

use std::path::Path;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::Router;
use tandem_domain::appointments::{DetailRequest, PushSettings, PushSubscriptionRequest};
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::policy::{DeviceOwners, PushReceivers};
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::StorageError;

pub use send::{Delivery, PushSender, Subscription};

/// What the server's push side holds: the sender, whether plain-http loopback push services
/// are allowed (tests and benchmarks only), and the scheduler's wake-up call.
pub struct Push {
    pub sender: PushSender,
    pub allow_loopback_http: bool,
    /// Rung when something new may be due soon (an appointment made), or a full lane has room
    /// again, so the scheduler looks.
    pub wake: tokio::sync::Notify,
    /// The push services being sent to now, each a lane of its own.
    pub lanes: crate::reminders::Lanes,
}

impl Push {
    pub fn new(sender: PushSender, allow_loopback_http: bool) -> Arc<Push> {
        Arc::new(Push { sender, allow_loopback_http, wake: tokio::sync::Notify::new(), lanes: Default::default() })
    }
}

/// The VAPID private key: `configured` if given, else the one in `data_dir`, else a new one
/// written there (readable by the server's user only). Phones' subscriptions are bound to the
/// key's public half, so it must not change once phones have subscribed.
pub fn vapid_private_key(data_dir: &Path, configured: Option<String>) -> anyhow::Result<String> {
    crate::kept_secret(&data_dir.join("vapid-private-key"), configured, send::new_private_key)
}

/// The most push subscriptions one sign-in keeps (its newest).
pub const SUBSCRIPTIONS_PER_SIGN_IN: u32 = 5;

#[async_trait::async_trait]
pub trait PushStore {
    /// Keeps a phone's subscription (one per endpoint; the latest sign-in to use it owns it), and
    /// at most [`SUBSCRIPTIONS_PER_SIGN_IN`] of each sign-in, its newest.
    async fn save_subscription(
        &self,
        person_id: Uuid,
        session_id: Uuid,
        subscription: &PushSubscriptionRequest,
        now: OffsetDateTime,
    ) -> Result<(), StorageError>;
    /// Forgets the subscriptions of one sign-in; answers how many.
    async fn remove_subscriptions(&self, session_id: Uuid) -> Result<u64, StorageError>;
    /// How many phones of this person get reminders, and whether they are detailed.
    async fn push_preferences(&self, person_id: Uuid) -> Result<(u32, bool), StorageError>;
    async fn set_detailed(&self, person_id: Uuid, detailed: bool) -> Result<(), StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::PUSH.template(), get(settings))
        .route(paths::PUSH_SUBSCRIPTIONS.template(), post(subscribe).delete(unsubscribe))
        .route(paths::PUSH_DETAILED.template(), put(set_detailed))
}

async fn settings_of(state: &AppState, person_id: Uuid) -> Result<PushSettings, AppError> {
    let (subscriptions, detailed) = state.store.push_preferences(person_id).await?;
    Ok(PushSettings { public_key: state.push.sender.public_key().to_owned(), subscriptions, detailed })
}

/// The server's public key (for subscribing), how many of the person's phones get reminders,
/// and whether they are detailed.
#[utoipa::path(get, path = "/api/v1/push", tag = "push",
    responses((status = 200, body = PushSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<PushReceivers>) -> Result<Json<PushSettings>, AppError> {
    Ok(Json(settings_of(&state, allowed.caller.person_id).await?))
}

/// This phone's push subscription, sent after the person tapped "remind me" and allowed
/// notifications.
#[utoipa::path(post, path = "/api/v1/push/subscriptions", tag = "push", request_body = PushSubscriptionRequest,
    responses((status = 201, body = PushSettings), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn subscribe(
    State(state): State<AppState>,
    allowed: Allowed<PushReceivers>,
    Json(request): Json<PushSubscriptionRequest>,
) -> Result<(StatusCode, Json<PushSettings>), AppError> {
    let caller = &allowed.caller;
    let subscription = request.parse(state.push.allow_loopback_http)?;
    state.store.save_subscription(caller.person_id, caller.session_id, &subscription, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(settings_of(&state, caller.person_id).await?)))
}

/// No more reminders on this phone.
#[utoipa::path(delete, path = "/api/v1/push/subscriptions", tag = "push",
    responses((status = 200, body = PushSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn unsubscribe(State(state): State<AppState>, allowed: Allowed<PushReceivers>) -> Result<Json<PushSettings>, AppError> {
    state.store.remove_subscriptions(allowed.caller.session_id).await?;
    Ok(Json(settings_of(&state, allowed.caller.person_id).await?))
}

/// Detailed reminders (what and where) or discreet ones ("something tomorrow at 4pm").
#[utoipa::path(put, path = "/api/v1/push/detailed", tag = "push", request_body = DetailRequest,
    responses((status = 200, body = PushSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_detailed(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Json(request): Json<DetailRequest>,
) -> Result<Json<PushSettings>, AppError> {
    state.store.set_detailed(allowed.caller.person_id, request.detailed).await?;
    Ok(Json(settings_of(&state, allowed.caller.person_id).await?))
}
