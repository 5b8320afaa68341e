//! Passkeys for staff (WebAuthn, by `webauthn-rs`): a member of staff adds passkeys, names and
//! removes them, and signs in with one alone or with their password then one. A service may ask
//! its managers and admins to have one (on for services made with `tandem service create`, off
//! for the demo); until they add one, they may do nothing else.
//!
//! Each ceremony is two requests: a challenge, then the browser's answer. Between them its state
//! is kept in the database (`passkey_ceremonies`), so any instance finishes it, and only once.

pub mod postgres;
pub mod sqlite;
mod store;

use std::net::SocketAddr;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use tandem_domain::accounts::api::Me;
use tandem_domain::passkeys::{
    AddPasskeyRequest, PasskeyChallenge, PasskeyInfo, PasskeyName, PasskeyRegistration, PasskeySettings, PasskeySignInRequest, PasskeyStep,
    RenamePasskeyRequest,
};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use webauthn_rs::prelude::{DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration as RegistrationState, Url};
use webauthn_rs::{Webauthn, WebauthnBuilder};
use webauthn_rs_proto::ResidentKeyRequirement;

use crate::accounts::client_address::ClientAddress;
use crate::accounts::policy::{Admins, PasskeyOwners};
use crate::accounts::rate_limit::Bucket;
use crate::accounts::session::{self, Caller, SessionVerdict};
use crate::accounts::staff::open_staff_session;
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::StorageError;

/// How long a ceremony may take, from its challenge to the browser's answer.
pub const CEREMONY_LIFETIME: Duration = Duration::minutes(5);
/// How long a password sign-in waits for its passkey.
pub const CONFIRM_WINDOW: Duration = Duration::minutes(10);

/// What a ceremony is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Adding a passkey to the account of `person_id`.
    Add,
    /// Signing in with a passkey alone: whoever's it turns out to be.
    SignIn,
    /// The passkey after a password, for the waiting session `session_id`.
    Confirm,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Add => "add",
            Purpose::SignIn => "sign_in",
            Purpose::Confirm => "confirm",
        }
    }

    pub fn parse(stored: &str) -> Result<Purpose, StorageError> {
        match stored {
            "add" => Ok(Purpose::Add),
            "sign_in" => Ok(Purpose::SignIn),
            "confirm" => Ok(Purpose::Confirm),
            other => Err(StorageError::internal(format!("stored ceremony purpose {other}"))),
        }
    }
}

/// A ceremony as kept between its two requests: `state` is webauthn-rs's, as JSON.
#[derive(Debug, Clone)]
pub struct Ceremony {
    pub purpose: Purpose,
    pub person_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    pub state: String,
}

/// A passkey as kept: its owner and webauthn-rs's record of it (JSON: its public key, counter).
#[derive(Debug, Clone)]
pub struct StoredPasskey {
    pub id: Uuid,
    pub person_id: Uuid,
    pub passkey: String,
}

/// A passkey to keep for the caller.
pub struct NewPasskey<'a> {
    pub credential_id: String,
    pub name: &'a str,
    pub passkey: String,
}

#[async_trait::async_trait]
pub trait PasskeyStore {
    /// Keeps a ceremony until `expires_at` (clearing those already over); answers its id.
    async fn begin_ceremony(&self, ceremony: Ceremony, now: OffsetDateTime, expires_at: OffsetDateTime) -> Result<Uuid, StorageError>;
    /// Takes a ceremony, once: `None` when there is none by that id or it is over.
    async fn take_ceremony(&self, id: Uuid, now: OffsetDateTime) -> Result<Option<Ceremony>, StorageError>;
    /// A member of staff's passkeys, by name.
    async fn passkeys(&self, person_id: Uuid) -> Result<Vec<PasskeyInfo>, StorageError>;
    /// The passkeys of a member of staff who may sign in.
    async fn stored_passkeys(&self, person_id: Uuid) -> Result<Vec<StoredPasskey>, StorageError>;
    /// The passkey with this credential id (base64url), if its owner may sign in.
    async fn passkey_by_credential(&self, credential_id: &str) -> Result<Option<StoredPasskey>, StorageError>;
    /// Keeps a new passkey for the caller, audited; a credential already on an account is
    /// refused (`passkey_already_added`).
    async fn add_passkey(&self, caller: &Caller, passkey: NewPasskey<'_>, now: OffsetDateTime) -> Result<PasskeyInfo, StorageError>;
    /// Renames one of the caller's passkeys; `None` when they have no such passkey.
    async fn rename_passkey(&self, caller: &Caller, id: Uuid, name: &str) -> Result<Option<PasskeyInfo>, StorageError>;
    /// Removes one of the caller's passkeys, audited; `false` when they have no such passkey.
    /// A manager's or admin's last passkey stays when their service asks for one
    /// (`last_passkey_needed`).
    async fn remove_passkey(&self, caller: &Caller, id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError>;
    /// A passkey was used: its new record (counter) and when.
    async fn passkey_used(&self, id: Uuid, passkey: &str, now: OffsetDateTime) -> Result<(), StorageError>;
    async fn has_passkey(&self, person_id: Uuid) -> Result<bool, StorageError>;
    async fn passkey_settings(&self, service_id: Uuid) -> Result<PasskeySettings, StorageError>;
    /// The service's passkey rule, audited.
    async fn set_passkey_settings(&self, caller: &Caller, settings: PasskeySettings, now: OffsetDateTime) -> Result<(), StorageError>;
}

/// The relying party: Tandem at `origin`, the address people reach it at. A browser accepts a
/// passkey only for a domain name, so a loopback address is reached as `localhost`.
pub fn relying_party(origin: &str) -> anyhow::Result<Webauthn> {
    let origin = Url::parse(origin)?;
    let host = origin.host_str().ok_or_else(|| anyhow::anyhow!("{origin} has no host"))?.to_owned();
    Ok(WebauthnBuilder::new(&host, &origin)?.rp_name("Tandem").timeout(std::time::Duration::from_secs(300)).build()?)
}

/// Where passkeys are used: `TANDEM_PUBLIC_URL`, else `localhost` at the port listened on.
pub fn passkey_origin(public_url: Option<&str>, bound: SocketAddr) -> String {
    match public_url {
        Some(url) => url.to_owned(),
        None => format!("http://localhost:{}", bound.port()),
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AUTH_PASSKEY_CHALLENGE.template(), post(sign_in_challenge))
        .route(paths::AUTH_PASSKEY.template(), post(sign_in))
        .route(paths::PASSKEYS.template(), get(list).post(add))
        .route(paths::PASSKEYS_REGISTRATION.template(), post(registration))
        .route(paths::PASSKEYS_ITEM.template(), put(rename).delete(remove))
        .route(paths::PASSKEYS_SETTINGS.template(), get(settings).put(set_settings))
}

/// WebAuthn said no: the passkey, its answer or its ceremony did not check out.
fn not_accepted(err: webauthn_rs::prelude::WebauthnError) -> AppError {
    tracing::info!(%err, "passkey refused");
    ErrorCode::PasskeyNotAccepted.into()
}

fn internal(err: impl std::fmt::Display) -> AppError {
    tracing::error!(%err, "passkey state");
    ErrorCode::Internal.into()
}

fn credential_id(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn parsed<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, AppError> {
    serde_json::from_str(json).map_err(internal)
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(internal)
}

/// The session the request's cookie names, when it signed in by password and waits for a passkey.
async fn waiting_session(state: &AppState, headers: &HeaderMap) -> Result<Option<Caller>, AppError> {
    let Some(token) = session::cookie_value(headers, session::COOKIE).filter(|token| !token.is_empty()) else { return Ok(None) };
    let Some(record) = state.store.session_by_token(&session::token_hash(&token)).await? else { return Ok(None) };
    match Caller::from_session(record, &state.sessions, state.clock.now()) {
        Ok((caller, SessionVerdict::Active)) if caller.passkey_step == PasskeyStep::Confirm => Ok(Some(caller)),
        _ => Ok(None),
    }
}

/// The start of signing in with a passkey. After a right password (the cookie names a session
/// waiting for its passkey) the challenge is for that account's passkeys; otherwise for any
/// passkey the browser holds for Tandem, whoever's it is.
#[utoipa::path(post, path = "/api/v1/auth/passkey/challenge", tag = "accounts",
    responses((status = 200, body = PasskeyChallenge), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in_challenge(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
) -> Result<Json<PasskeyChallenge>, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::SignInByAddress, &address.to_string(), now)?;
    let (options, ceremony) = match waiting_session(&state, &headers).await? {
        Some(caller) => {
            let keys: Vec<Passkey> = passkeys_of(&state, caller.person_id).await?.into_iter().map(|(_, key)| key).collect();
            let (options, auth) = state.webauthn.start_passkey_authentication(&keys).map_err(not_accepted)?;
            let ceremony = Ceremony {
                purpose: Purpose::Confirm,
                person_id: Some(caller.person_id),
                session_id: Some(caller.session_id),
                state: json(&auth)?,
            };
            (options, ceremony)
        }
        None => {
            let (mut options, auth) = state.webauthn.start_discoverable_authentication().map_err(not_accepted)?;
            // Asked for by a button, not offered in the email box as it fills.
            options.mediation = None;
            (options, Ceremony { purpose: Purpose::SignIn, person_id: None, session_id: None, state: json(&auth)? })
        }
    };
    let ceremony_id = state.store.begin_ceremony(ceremony, now, now + CEREMONY_LIFETIME).await?;
    Ok(Json(PasskeyChallenge { ceremony_id, options }))
}

/// A member of staff's passkeys, each as kept and as webauthn-rs reads it.
async fn passkeys_of(state: &AppState, person_id: Uuid) -> Result<Vec<(StoredPasskey, Passkey)>, AppError> {
    let stored = state.store.stored_passkeys(person_id).await?;
    stored
        .into_iter()
        .map(|key| {
            let passkey = parsed(&key.passkey)?;
            Ok((key, passkey))
        })
        .collect()
}

/// Signs in with a passkey: alone (a new session for its owner), or after a right password (the
/// waiting session ends and a signed-in one replaces it). Either way the session is new.
#[utoipa::path(post, path = "/api/v1/auth/passkey", tag = "accounts", request_body = PasskeySignInRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 410, body = ApiErrorBody),
        (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Json(request): Json<PasskeySignInRequest>,
) -> Result<impl IntoResponse, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::SignInByAddress, &address.to_string(), now)?;
    let ceremony = state.store.take_ceremony(request.ceremony_id, now).await?.ok_or(ErrorCode::PasskeyTimedOut)?;
    let person_id = match ceremony.purpose {
        Purpose::SignIn => {
            let auth: DiscoverableAuthentication = parsed(&ceremony.state)?;
            let (owner, credential) = state.webauthn.identify_discoverable_authentication(&request.credential).map_err(not_accepted)?;
            let stored = state
                .store
                .passkey_by_credential(&credential_id(credential))
                .await?
                .filter(|stored| stored.person_id == owner)
                .ok_or(ErrorCode::PasskeyNotAccepted)?;
            let mut passkey: Passkey = parsed(&stored.passkey)?;
            let result = state.webauthn.finish_discoverable_authentication_v2(&request.credential, auth, &passkey).map_err(not_accepted)?;
            passkey.update_credential(&result);
            state.store.passkey_used(stored.id, &json(&passkey)?, now).await?;
            stored.person_id
        }
        Purpose::Confirm => {
            let waiting = waiting_session(&state, &headers)
                .await?
                .filter(|caller| Some(caller.session_id) == ceremony.session_id)
                .ok_or(ErrorCode::PasskeyNotAccepted)?;
            let auth: PasskeyAuthentication = parsed(&ceremony.state)?;
            let result = state.webauthn.finish_passkey_authentication(&request.credential, &auth).map_err(not_accepted)?;
            let (stored, mut passkey) = passkeys_of(&state, waiting.person_id)
                .await?
                .into_iter()
                .find(|(_, passkey)| passkey.cred_id() == result.cred_id())
                .ok_or(ErrorCode::PasskeyNotAccepted)?;
            passkey.update_credential(&result);
            state.store.passkey_used(stored.id, &json(&passkey)?, now).await?;
            waiting.person_id
        }
        Purpose::Add => return Err(ErrorCode::PasskeyNotAccepted.into()),
    };
    open_staff_session(&state, &headers, person_id, false).await
}

/// The caller's passkeys.
#[utoipa::path(get, path = "/api/v1/passkeys", tag = "accounts",
    responses((status = 200, body = [PasskeyInfo]), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AppState>, allowed: Allowed<PasskeyOwners>) -> Result<Json<Vec<PasskeyInfo>>, AppError> {
    Ok(Json(state.store.passkeys(allowed.caller.person_id).await?))
}

/// The start of adding a passkey to the caller's account: the browser makes it with these
/// options, then [`add`] keeps it.
#[utoipa::path(post, path = "/api/v1/passkeys/registration", tag = "accounts",
    responses((status = 200, body = PasskeyRegistration), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn registration(State(state): State<AppState>, allowed: Allowed<PasskeyOwners>) -> Result<Json<PasskeyRegistration>, AppError> {
    let caller = &allowed.caller;
    let now = state.clock.now();
    let existing = passkeys_of(&state, caller.person_id).await?.into_iter().map(|(_, key)| key.cred_id().clone()).collect();
    let (mut options, registration) = state
        .webauthn
        .start_passkey_registration(caller.person_id, &caller.display_name, &caller.display_name, Some(existing))
        .map_err(not_accepted)?;
    // Kept on the device where it can be, so that it alone signs in (no email to type).
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(ResidentKeyRequirement::Preferred);
    }
    let ceremony = Ceremony { purpose: Purpose::Add, person_id: Some(caller.person_id), session_id: None, state: json(&registration)? };
    let ceremony_id = state.store.begin_ceremony(ceremony, now, now + CEREMONY_LIFETIME).await?;
    Ok(Json(PasskeyRegistration { ceremony_id, options }))
}

/// Keeps the passkey the browser made for the caller, with the name they gave it. Audited.
#[utoipa::path(post, path = "/api/v1/passkeys", tag = "accounts", request_body = AddPasskeyRequest,
    responses((status = 201, body = PasskeyInfo), (status = 401, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn add(
    State(state): State<AppState>,
    allowed: Allowed<PasskeyOwners>,
    Json(request): Json<AddPasskeyRequest>,
) -> Result<(StatusCode, Json<PasskeyInfo>), AppError> {
    // The name first: a bad one is refused before the ceremony is used up.
    let name = PasskeyName::parse(&request.name)?;
    let caller = &allowed.caller;
    let now = state.clock.now();
    let ceremony = state
        .store
        .take_ceremony(request.ceremony_id, now)
        .await?
        .filter(|ceremony| ceremony.purpose == Purpose::Add && ceremony.person_id == Some(caller.person_id))
        .ok_or(ErrorCode::PasskeyTimedOut)?;
    let registration: RegistrationState = parsed(&ceremony.state)?;
    let passkey = state.webauthn.finish_passkey_registration(&request.credential, &registration).map_err(not_accepted)?;
    let new = NewPasskey { credential_id: credential_id(passkey.cred_id()), name: name.as_str(), passkey: json(&passkey)? };
    let info = state.store.add_passkey(caller, new, now).await?;
    Ok((StatusCode::CREATED, Json(info)))
}

/// Renames one of the caller's passkeys.
#[utoipa::path(put, path = "/api/v1/passkeys/{id}", tag = "accounts", params(("id" = Uuid, Path)), request_body = RenamePasskeyRequest,
    responses((status = 200, body = PasskeyInfo), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn rename(
    State(state): State<AppState>,
    allowed: Allowed<PasskeyOwners>,
    Path(id): Path<Uuid>,
    Json(request): Json<RenamePasskeyRequest>,
) -> Result<Json<PasskeyInfo>, AppError> {
    let name = PasskeyName::parse(&request.name)?;
    Ok(Json(state.store.rename_passkey(&allowed.caller, id, name.as_str()).await?.ok_or(ErrorCode::NotFound)?))
}

/// Removes one of the caller's passkeys (a manager's or admin's last one stays while their
/// service asks for one). Audited.
#[utoipa::path(delete, path = "/api/v1/passkeys/{id}", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Removed"), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn remove(State(state): State<AppState>, allowed: Allowed<PasskeyOwners>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    if !state.store.remove_passkey(&allowed.caller, id, state.clock.now()).await? {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Whether the service asks its managers and admins for a passkey (admins).
#[utoipa::path(get, path = "/api/v1/passkeys/settings", tag = "accounts",
    responses((status = 200, body = PasskeySettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<Admins>) -> Result<Json<PasskeySettings>, AppError> {
    Ok(Json(state.store.passkey_settings(allowed.caller.service_id).await?))
}

/// Sets whether the service asks its managers and admins for a passkey (admins). Turned on,
/// those without one are asked to add one before anything else, at their next request. Audited.
#[utoipa::path(put, path = "/api/v1/passkeys/settings", tag = "accounts", request_body = PasskeySettings,
    responses((status = 200, body = PasskeySettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_settings(
    State(state): State<AppState>,
    allowed: Allowed<Admins>,
    Json(request): Json<PasskeySettings>,
) -> Result<Json<PasskeySettings>, AppError> {
    state.store.set_passkey_settings(&allowed.caller, request, state.clock.now()).await?;
    Ok(Json(request))
}
