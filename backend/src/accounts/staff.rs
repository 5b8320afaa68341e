//! Staff accounts: sign-in with email and password, sign-out, `me`, and the admin's
//! creation of staff, who set their own password from a one-time link.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use tandem_domain::accounts::api::{
    CreateStaffRequest, Me, PersonSummary, SessionInfo, SessionKind, SetPasswordRequest, SignInRequest, StaffCreated,
};
use tandem_domain::accounts::{DisplayName, Email, Password};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};

use super::policy::{Admins, AnySession, StaffManagers};
use super::rate_limit::Bucket;
use super::session::{self, clearing_cookie, session_cookie, Caller, SessionPolicy};
use super::{passwords, Allowed, NewSession, NewStaff};
use crate::error::AppError;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;

/// The operation kind of creating a staff account.
pub const CREATE_KIND: &str = "accounts.staff.create";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AUTH_SIGN_IN.template(), post(sign_in))
        .route(paths::AUTH_SIGN_OUT.template(), post(sign_out))
        .route(paths::AUTH_SET_PASSWORD.template(), post(set_password))
        .route(paths::ME.template(), get(me))
        .route(paths::STAFF.template(), get(list_staff).post(create_staff))
}

pub fn me_of(caller: &Caller, policy: &SessionPolicy) -> Me {
    Me {
        person_id: caller.person_id,
        display_name: caller.display_name.clone(),
        role: caller.role,
        service_name: caller.service_name.clone(),
        session: SessionInfo {
            kind: caller.kind,
            locked: caller.locked,
            pin_set: caller.pin_set,
            pin_idle_seconds: u32::try_from(policy.device_idle_lock.whole_seconds()).unwrap_or(u32::MAX),
        },
    }
}

/// Staff sign-in. A new session (and cookie) every time; any session this browser had ends.
#[utoipa::path(post, path = "/api/v1/auth/sign-in", tag = "accounts", request_body = SignInRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(address): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(request): Json<SignInRequest>,
) -> Result<impl IntoResponse, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::SignInByAddress, &address.ip().to_string(), now)?;
    let email = Email::parse(&request.email)?;
    state.limits.attempt(Bucket::SignInByEmail, email.as_str(), now)?;
    let credentials = state.store.staff_credentials(email.as_str()).await?;
    let stored = credentials.as_ref().and_then(|found| found.password_hash.clone());
    let right = passwords::verify(request.password, stored).await?;
    let person_id = match credentials {
        Some(found) if right => found.person_id,
        _ => return Err(ErrorCode::WrongCredentials.into()),
    };
    end_browser_session(&state, &headers).await?;
    let (token, token_hash) = session::new_token();
    let policy = &state.sessions;
    state
        .store
        .create_session(NewSession {
            token_hash: token_hash.clone(),
            person_id,
            kind: SessionKind::Staff,
            device_label: String::new(),
            now,
            expires_at: now + policy.staff_absolute,
        })
        .await?;
    signed_in_answer(&state, &token, &token_hash, policy.staff_absolute).await
}

/// The answer to a sign-in or a redemption: the new session's cookie and who is signed in.
pub async fn signed_in_answer(
    state: &AppState,
    token: &str,
    token_hash: &str,
    lifetime: time::Duration,
) -> Result<([(header::HeaderName, axum::http::HeaderValue); 1], Json<Me>), AppError> {
    let policy = &state.sessions;
    let record = state.store.session_by_token(token_hash).await?.ok_or(ErrorCode::Internal)?;
    let (caller, _) = Caller::from_session(record, policy, state.clock.now())?;
    let cookie = session_cookie(token, lifetime, policy.secure_cookies);
    Ok(([(header::SET_COOKIE, cookie)], Json(me_of(&caller, policy))))
}

/// Ends whatever session the request's cookie names (sign-in rotates the session).
pub async fn end_browser_session(state: &AppState, headers: &HeaderMap) -> Result<(), AppError> {
    if let Some(token) = session::cookie_value(headers, session::COOKIE).filter(|t| !t.is_empty()) {
        if let Some(old) = state.store.session_by_token(&session::token_hash(&token)).await? {
            state.store.end_session(old.id, "replaced", state.clock.now()).await?;
        }
    }
    Ok(())
}

/// Signs out: the session ends on the server, not only in this browser.
#[utoipa::path(post, path = "/api/v1/auth/sign-out", tag = "accounts",
    responses((status = 204, description = "Signed out"), (status = 401, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_out(State(state): State<AppState>, allowed: Allowed<AnySession>) -> Result<impl IntoResponse, AppError> {
    state.store.end_session(allowed.caller.session_id, "signed_out", state.clock.now()).await?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clearing_cookie(state.sessions.secure_cookies))]))
}

/// Who is signed in here, and whether the device is locked.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn me(State(state): State<AppState>, allowed: Allowed<AnySession>) -> Json<Me> {
    Json(me_of(&allowed.caller, &state.sessions))
}

/// Staff of the caller's service.
#[utoipa::path(get, path = "/api/v1/staff", tag = "accounts",
    responses((status = 200, body = [PersonSummary]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list_staff(State(state): State<AppState>, allowed: Allowed<StaffManagers>) -> Result<Json<Vec<PersonSummary>>, AppError> {
    Ok(Json(state.store.staff_list(allowed.caller.service_id).await?))
}

/// Creates a staff account once per `Idempotency-Key` (audited); its owner sets a password
/// from the one-time link, which a resend answers again.
#[utoipa::path(post, path = "/api/v1/staff", tag = "accounts", request_body = CreateStaffRequest, params(Operation),
    responses((status = 201, body = StaffCreated), (status = 400, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_staff(
    State(state): State<AppState>,
    allowed: Allowed<Admins>,
    Operation(operation): Operation,
    Json(request): Json<CreateStaffRequest>,
) -> Result<OperationAnswer, AppError> {
    let email = Email::parse(&request.email)?;
    let name = DisplayName::parse(&request.display_name)?;
    if !request.role.is_staff() {
        return Err(ErrorCode::NotAWorker.into());
    }
    let now = state.clock.now();
    let (token, token_hash) = session::new_token();
    let staff = NewStaff {
        email: email.as_str(),
        name: name.as_str(),
        role: request.role,
        token_hash,
        set_password_path: format!("/set-password?token={token}"),
        expires_at: now + state.sessions.password_link_lifetime,
    };
    let key = OperationKey::sealed_answer(&state.sealer, operation, CREATE_KIND, &request);
    Ok(state.store.create_staff(key, &allowed.caller, staff, now).await?)
}

/// Sets a staff password from a one-time link.
#[utoipa::path(post, path = "/api/v1/auth/set-password", tag = "accounts", request_body = SetPasswordRequest,
    responses((status = 204, description = "Password set"), (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_password(State(state): State<AppState>, Json(request): Json<SetPasswordRequest>) -> Result<StatusCode, AppError> {
    let password = Password::parse(&request.password)?;
    let hash = passwords::hash(password.as_str().to_owned()).await?;
    state.store.set_password(&session::token_hash(request.token.trim()), &hash, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
