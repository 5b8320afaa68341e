//! A phone's PIN, its lock after idle time, and the devices a person is signed in on.

use crate::extract::Path;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Router;
use tandem_domain::accounts::api::{DeviceInfo, Me, PinRequest};
use tandem_domain::accounts::Pin;
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use uuid::Uuid;

use super::policy::{AnyDevice, DeviceOwners, DeviceWithoutPin, LockedDevice};
use super::rate_limit::Bucket;
use super::staff::me_of;
use super::{passwords, Allowed, PinCheck};
use crate::accounts::client_address::ClientAddress;
use crate::error::AppError;
use crate::json::Json;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::DEVICE_PIN.template(), post(set_pin))
        .route(paths::DEVICE_LOCK.template(), post(lock))
        .route(paths::DEVICE_UNLOCK.template(), post(unlock))
        .route(paths::DEVICES.template(), get(devices))
        .route(paths::DEVICES_ITEM.template(), delete(remove_device))
}

/// Chooses this phone's PIN (4 to 6 digits), once, right after joining.
#[utoipa::path(post, path = "/api/v1/device/pin", tag = "accounts", request_body = PinRequest,
    responses((status = 200, body = Me), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_pin(
    State(state): State<AppState>,
    allowed: Allowed<DeviceWithoutPin>,
    Json(request): Json<PinRequest>,
) -> Result<Json<Me>, AppError> {
    let mut caller = allowed.caller;
    if caller.pin_set {
        return Err(ErrorCode::PinAlreadySet.into());
    }
    let pin = Pin::parse(&request.pin)?;
    let hash = passwords::hash(pin.as_str().to_owned()).await?;
    state.store.set_pin(caller.session_id, &hash, state.clock.now()).await?;
    caller.pin_set = true;
    Ok(Json(me_of(&caller, &state.sessions)))
}

/// Unlocks a phone with its PIN. The fifth wrong PIN in a row signs the phone out for good.
#[utoipa::path(post, path = "/api/v1/device/unlock", tag = "accounts", request_body = PinRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn unlock(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    allowed: Allowed<LockedDevice>,
    Json(request): Json<PinRequest>,
) -> Result<Json<Me>, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::PinByAddress, &address.to_string(), now)?;
    let mut caller = allowed.caller;
    let stored = state.store.pin_hash(caller.session_id).await?;
    let right = match Pin::parse(&request.pin) {
        Ok(pin) => passwords::verify(pin.as_str().to_owned(), stored).await?,
        Err(_) => false,
    };
    match state.store.record_pin_attempt(caller.session_id, right, Pin::MAX_FAILURES, now).await? {
        PinCheck::Right => {
            caller.locked = false;
            Ok(Json(me_of(&caller, &state.sessions)))
        }
        PinCheck::Wrong { tries_left } => {
            audit_wrong_pin(&state, &caller, format!("{tries_left} tries left")).await?;
            Err(AppError::WrongPin { tries_left })
        }
        PinCheck::SessionEnded => {
            audit_wrong_pin(&state, &caller, "the phone was signed out".into()).await?;
            Err(ErrorCode::DeviceSessionEnded.into())
        }
    }
}

/// A wrong PIN, in the audit log: about the young person when it is their phone.
async fn audit_wrong_pin(state: &AppState, caller: &super::Caller, detail: String) -> Result<(), AppError> {
    super::people::audit(state, caller, "device.pin_wrong", caller.young_person(), detail).await
}

/// Locks this phone now (quick exit, or a shared phone being closed): every request but `me`,
/// sign-out and unlock is refused until its PIN is given. Takes no body, so the page can send it
/// as it leaves (`fetch` with `keepalive`) and before the app's code has loaded.
#[utoipa::path(post, path = "/api/v1/device/lock", tag = "accounts",
    responses((status = 204, description = "Locked (a phone with no PIN yet has nothing to lock with)"), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn lock(State(state): State<AppState>, allowed: Allowed<AnyDevice>) -> Result<StatusCode, AppError> {
    state.store.lock_session(allowed.caller.session_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The devices signed in as the caller.
#[utoipa::path(get, path = "/api/v1/devices", tag = "accounts",
    responses((status = 200, body = [DeviceInfo]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn devices(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<DeviceInfo>>, AppError> {
    let mut devices = state.store.devices(allowed.caller.person_id).await?;
    for device in &mut devices {
        device.this_device = device.id == allowed.caller.session_id;
    }
    Ok(Json(devices))
}

/// Signs one of the caller's devices out.
#[utoipa::path(delete, path = "/api/v1/devices/{id}", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Signed out"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn remove_device(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, AppError> {
    let owned = state.store.devices(allowed.caller.person_id).await?.iter().any(|device| device.id == id);
    if !owned {
        return Err(ErrorCode::NotFound.into());
    }
    state.store.end_session(id, "removed_by_owner", state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
