//! Staff accounts: sign-in with email and password, sign-out, `me`, and the admin's
//! creation of staff, who set their own password from a one-time link.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use tandem_domain::accounts::api::{
    ChangePasswordRequest, CreateStaffRequest, Me, PersonSummary, SessionInfo, SessionKind, SetPasswordRequest, SignInRequest,
    StaffAccount, StaffCreated, StaffDisabled,
};
use tandem_domain::accounts::{DisplayName, Email, Password};
use tandem_domain::language::{EasierWordsRequest, LanguageRequest};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use uuid::Uuid;

use super::policy::{Admins, AnySession, OwnSettings, Staff, StaffManagers};
use super::rate_limit::Bucket;
use super::session::{self, clearing_cookie, session_cookie, Caller, SessionPolicy};
use super::{passwords, Allowed, AuditActor, NewAuditEntry, NewLink, NewSession, NewStaff};
use crate::accounts::client_address::ClientAddress;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;

/// The operation kind of creating a staff account.
pub const CREATE_KIND: &str = "accounts.staff.create";
/// The operation kind of a new set-password link for a member of staff.
pub const RESET_KIND: &str = "accounts.staff.reset_link";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::AUTH_SIGN_IN.template(), post(sign_in))
        .route(paths::AUTH_SIGN_OUT.template(), post(sign_out))
        .route(paths::AUTH_SET_PASSWORD.template(), post(set_password))
        .route(paths::ME.template(), get(me))
        .route(paths::ME_LANGUAGE.template(), axum::routing::put(set_language))
        .route(paths::ME_EASIER_WORDS.template(), axum::routing::put(set_easier_words))
        .route(paths::STAFF.template(), get(list_staff).post(create_staff))
        .route(paths::STAFF_ACCOUNTS.template(), get(staff_accounts))
        .route(paths::STAFF_DISABLED.template(), axum::routing::put(disable_staff).delete(enable_staff))
        .route(paths::STAFF_RESET_LINK.template(), post(reset_link))
        .route(paths::AUTH_PASSWORD.template(), axum::routing::put(change_password))
}

pub fn me_of(caller: &Caller, policy: &SessionPolicy) -> Me {
    Me {
        person_id: caller.person_id,
        display_name: caller.display_name.clone(),
        role: caller.role,
        service_name: caller.service_name.clone(),
        demo: caller.service_demo,
        language: caller.language,
        easier_words: caller.easier_words,
        session: SessionInfo {
            kind: caller.kind,
            locked: caller.locked,
            pin_set: caller.pin_set,
            pin_idle_seconds: u32::try_from(policy.device_idle_lock.whole_seconds()).unwrap_or(u32::MAX),
            passkey_step: caller.passkey_step,
            case_closed: caller.case_closed,
        },
    }
}

/// Staff sign-in. A new session (and cookie) every time; any session this browser had ends.
#[utoipa::path(post, path = "/api/v1/auth/sign-in", tag = "accounts", request_body = SignInRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Json(request): Json<SignInRequest>,
) -> Result<impl IntoResponse, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::SignInByAddress, &address.to_string(), now)?;
    let email = Email::parse(&request.email)?;
    super::rate_limit::attempt_on_account(&state, email.as_str(), now).await?;
    let credentials = state.store.staff_credentials(email.as_str()).await?;
    let stored = credentials.as_ref().and_then(|found| found.password_hash.clone());
    let right = passwords::verify(request.password, stored).await?;
    let person_id = match credentials {
        Some(found) if right => found.person_id,
        Some(found) => {
            // A wrong password for a real account is the service's to know of: audited as
            // Tandem's own entry (nobody is signed in), naming the account.
            let entry = NewAuditEntry {
                by: AuditActor::Tandem { service_id: found.service_id },
                action: "sign_in.failed",
                young_person_id: None,
                detail: found.person_id.to_string(),
                at: now,
            };
            state.store.append_audit(entry).await?;
            return Err(ErrorCode::WrongCredentials.into());
        }
        None => return Err(ErrorCode::WrongCredentials.into()),
    };
    // With a passkey on the account, the password alone opens nothing: the session waits a
    // little while for the passkey (`/auth/passkey`), which replaces it with a signed-in one.
    let awaiting_passkey = state.store.has_passkey(person_id).await?;
    open_staff_session(&state, &headers, person_id, awaiting_passkey).await
}

/// Opens a new staff session for `person_id` in place of whatever this browser had: signed in,
/// or (`awaiting_passkey`) for a few minutes waiting for the passkey. Answers its cookie and `me`.
pub async fn open_staff_session(
    state: &AppState,
    headers: &HeaderMap,
    person_id: Uuid,
    awaiting_passkey: bool,
) -> Result<impl IntoResponse, AppError> {
    end_browser_session(state, headers).await?;
    let (token, token_hash) = session::new_token();
    let now = state.clock.now();
    let lifetime = if awaiting_passkey { crate::passkeys::CONFIRM_WINDOW } else { state.sessions.staff_absolute };
    state
        .store
        .create_session(NewSession {
            token_hash: token_hash.clone(),
            person_id,
            kind: SessionKind::Staff,
            device_label: String::new(),
            now,
            expires_at: now + lifetime,
            awaiting_passkey,
        })
        .await?;
    let caller = new_session_caller(state, &token_hash).await?;
    Ok(signed_in_answer(state, &caller, &token, lifetime))
}

/// Who a session just opened (by sign-in or redemption) belongs to.
pub async fn new_session_caller(state: &AppState, token_hash: &str) -> Result<Caller, AppError> {
    let record = state.store.session_by_token(token_hash).await?.ok_or(ErrorCode::Internal)?;
    Ok(Caller::from_session(record, &state.sessions, state.clock.now())?.0)
}

/// The answer to a sign-in or a redemption: the new session's cookie and who is signed in.
pub fn signed_in_answer(
    state: &AppState,
    caller: &Caller,
    token: &str,
    lifetime: time::Duration,
) -> ([(header::HeaderName, axum::http::HeaderValue); 1], Json<Me>) {
    let policy = &state.sessions;
    let cookie = session_cookie(token, lifetime, policy.secure_cookies);
    ([(header::SET_COOKIE, cookie)], Json(me_of(caller, policy)))
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

/// The language the person chose in the app: what the server words for them (notifications)
/// comes in it from now on.
#[utoipa::path(put, path = "/api/v1/me/language", tag = "accounts", request_body = LanguageRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_language(
    State(state): State<AppState>,
    allowed: Allowed<OwnSettings>,
    Json(request): Json<LanguageRequest>,
) -> Result<Json<Me>, AppError> {
    state.store.set_language(allowed.caller.person_id, request.language).await?;
    let caller = Caller { language: request.language, ..allowed.caller };
    Ok(Json(me_of(&caller, &state.sessions)))
}

/// "Easier words" switched on or off in the app: each of the person's phones opens with it.
#[utoipa::path(put, path = "/api/v1/me/easier-words", tag = "accounts", request_body = EasierWordsRequest,
    responses((status = 200, body = Me), (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_easier_words(
    State(state): State<AppState>,
    allowed: Allowed<OwnSettings>,
    Json(request): Json<EasierWordsRequest>,
) -> Result<Json<Me>, AppError> {
    state.store.set_easier_words(allowed.caller.person_id, request.easier_words).await?;
    let caller = Caller { easier_words: request.easier_words, ..allowed.caller };
    Ok(Json(me_of(&caller, &state.sessions)))
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

/// Sets a staff password from a one-time link. The link is checked before the password is
/// hashed, so made-up links cost the server nothing.
#[utoipa::path(post, path = "/api/v1/auth/set-password", tag = "accounts", request_body = SetPasswordRequest,
    responses((status = 204, description = "Password set"), (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
        (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_password(State(state): State<AppState>, Json(request): Json<SetPasswordRequest>) -> Result<StatusCode, AppError> {
    let password = Password::parse(&request.password)?;
    let token_hash = session::token_hash(request.token.trim());
    if !state.store.password_link_open(&token_hash, state.clock.now()).await? {
        return Err(ErrorCode::LinkUsedOrExpired.into());
    }
    let hash = passwords::hash(password.as_str().to_owned()).await?;
    // Checked again as it is used: two sends of one link set one password.
    state.store.set_password(&token_hash, &hash, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The service's staff with their email and whether they are disabled (admins).
#[utoipa::path(get, path = "/api/v1/staff/accounts", tag = "accounts",
    responses((status = 200, body = [StaffAccount]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn staff_accounts(State(state): State<AppState>, allowed: Allowed<Admins>) -> Result<Json<Vec<StaffAccount>>, AppError> {
    Ok(Json(state.store.staff_accounts(allowed.caller.service_id).await?))
}

/// Disables a member of staff who has left: they cannot sign in, every session of theirs ends
/// at once and their unused links stop working. Answers the young people allocated to them, to
/// give to someone else. Audited; disabling twice is the same as once.
#[utoipa::path(put, path = "/api/v1/staff/{id}/disabled", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = StaffDisabled), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn disable_staff(
    State(state): State<AppState>,
    allowed: Allowed<Admins>,
    Path(id): Path<Uuid>,
) -> Result<Json<StaffDisabled>, AppError> {
    if id == allowed.caller.person_id {
        return Err(ErrorCode::CannotDisableYourself.into());
    }
    let young_people = state.store.set_staff_disabled(&allowed.caller, id, true, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    Ok(Json(StaffDisabled { young_people }))
}

/// Enables a disabled member of staff again (they sign in with their password, or a new link).
/// Audited.
#[utoipa::path(delete, path = "/api/v1/staff/{id}/disabled", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Enabled"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn enable_staff(State(state): State<AppState>, allowed: Allowed<Admins>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    state.store.set_staff_disabled(&allowed.caller, id, false, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    Ok(StatusCode::NO_CONTENT)
}

/// A new one-time link (72 hours) for a member of staff to set a password, once per
/// `Idempotency-Key`: their older links and every session of theirs end. Audited.
#[utoipa::path(post, path = "/api/v1/staff/{id}/reset-link", tag = "accounts", params(("id" = Uuid, Path), Operation),
    responses((status = 201, body = StaffCreated), (status = 400, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn reset_link(
    State(state): State<AppState>,
    allowed: Allowed<Admins>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
) -> Result<OperationAnswer, AppError> {
    let now = state.clock.now();
    let (token, token_hash) = session::new_token();
    let link = NewLink {
        token_hash,
        set_password_path: format!("/set-password?token={token}"),
        expires_at: now + state.sessions.password_link_lifetime,
    };
    let key = OperationKey::sealed_answer(&state.sealer, operation, RESET_KIND, &id);
    Ok(state.store.reset_link(key, &allowed.caller, id, link, now).await?)
}

/// A member of staff changes their own password, giving the current one. Their other sessions
/// end; this one stays. Audited.
#[utoipa::path(put, path = "/api/v1/auth/password", tag = "accounts", request_body = ChangePasswordRequest,
    responses((status = 204, description = "Password changed"), (status = 422, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn change_password(
    State(state): State<AppState>,
    allowed: Allowed<Staff>,
    Json(request): Json<ChangePasswordRequest>,
) -> Result<StatusCode, AppError> {
    let new_password = Password::parse(&request.new_password)?;
    let now = state.clock.now();
    super::rate_limit::attempt_on_account(&state, &allowed.caller.person_id.to_string(), now).await?;
    let stored = state.store.staff_password_hash(allowed.caller.person_id).await?;
    if !passwords::verify(request.current_password, stored).await? {
        return Err(ErrorCode::WrongCurrentPassword.into());
    }
    let hash = passwords::hash(new_password.as_str().to_owned()).await?;
    state.store.change_password(&allowed.caller, &hash, now).await?;
    Ok(StatusCode::NO_CONTENT)
}
