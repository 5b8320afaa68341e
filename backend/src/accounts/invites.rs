//! One-time invites: how young people and carers join without email. A worker makes one for a
//! named person; it is a 12-character code (and the same as a link for a QR code), used once,
//! valid 72 hours, revocable. Redeeming it opens a device session that next chooses a PIN.

use crate::extract::Path;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, post};
use axum::Router;
use rand::rngs::OsRng;
use rand::Rng;
use sha2::{Digest, Sha256};
use tandem_domain::accounts::api::{CreateInviteRequest, InviteCreated, Me, RedeemInviteRequest, SessionKind};
use tandem_domain::accounts::{InviteCode, Role};
use tandem_domain::paths;
use tandem_domain::text::clean_free_text;
use tandem_domain::{ApiErrorBody, ErrorCode};
use uuid::Uuid;

use super::people::{audit, require_case_access};
use super::policy::CaseStaff;
use super::rate_limit::Bucket;
use super::session::{self, Caller};
use super::staff::{end_browser_session, new_session_caller, signed_in_answer};
use super::{Allowed, NewInvite, NewSession};
use crate::accounts::client_address::ClientAddress;
use crate::error::AppError;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;

/// The operation kind of making an invite.
pub const CREATE_KIND: &str = "accounts.invite.create";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::INVITES.template(), post(create_invite))
        .route(paths::INVITES_ITEM.template(), delete(revoke_invite))
        .route(paths::INVITES_REDEEM.template(), post(redeem_invite))
}

/// Invite codes are long and random, so a plain SHA-256 keeps them unreadable at rest.
pub fn code_hash(code: &InviteCode) -> String {
    session::hex(&Sha256::digest(code.as_str().as_bytes()))
}

/// A fresh code, each character drawn uniformly from the alphabet (about 55.7 bits).
pub fn new_code() -> InviteCode {
    InviteCode::from_random(&alphabet_indices::<{ InviteCode::LENGTH }>(&mut OsRng))
}

/// `N` indices into the code alphabet, each uniform: below the alphabet's length, so the
/// codes' `from_random` modulo adds no bias.
pub fn alphabet_indices<const N: usize>(rng: &mut impl Rng) -> [u8; N] {
    let mut bytes = [0u8; N];
    for byte in &mut bytes {
        *byte = u8::try_from(rng.gen_range(0..InviteCode::ALPHABET.len())).unwrap_or(0);
    }
    bytes
}

/// The caller may invite a young person on their caseload, or a carer linked to one.
async fn require_invite_access(state: &AppState, caller: &Caller, person_id: Uuid) -> Result<Uuid, AppError> {
    let person = state.store.person(caller.service_id, person_id).await?.ok_or(ErrorCode::NotFound)?;
    let young_people = match person.role {
        Role::YoungPerson => vec![person.id],
        Role::Carer => state.store.young_people_of_carer(person.id).await?,
        _ => return Err(ErrorCode::NotFound.into()),
    };
    for young_person in young_people {
        match require_case_access(state, caller, young_person).await {
            Ok(_) => {
                crate::cases::require_open_case(state, young_person).await?;
                return Ok(young_person);
            }
            Err(err) if err.code() == ErrorCode::NotFound => {}
            Err(err) => return Err(err),
        }
    }
    Err(ErrorCode::NotFound.into())
}

/// Makes a one-time invite code for a young person or a linked carer, once per
/// `Idempotency-Key` (audited): a resend answers the same code.
#[utoipa::path(post, path = "/api/v1/invites", tag = "accounts", request_body = CreateInviteRequest, params(Operation),
    responses((status = 201, body = InviteCreated), (status = 400, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_invite(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Operation(operation): Operation,
    Json(request): Json<CreateInviteRequest>,
) -> Result<OperationAnswer, AppError> {
    let young_person_id = require_invite_access(&state, &allowed.caller, request.person_id).await?;
    let now = state.clock.now();
    let code = new_code();
    let invite = NewInvite {
        person_id: request.person_id,
        young_person_id,
        code_hash: code_hash(&code),
        code: code.display_grouped(),
        join_path: format!("/join?code={}", code.as_str()),
        expires_at: now + state.sessions.invite_lifetime,
    };
    let key = OperationKey::sealed_answer(&state.sealer, operation, CREATE_KIND, &request);
    Ok(state.store.create_invite(key, &allowed.caller, invite, now).await?)
}

/// Revokes an unused invite (audited).
#[utoipa::path(delete, path = "/api/v1/invites/{id}", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Revoked"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn revoke_invite(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, AppError> {
    let person = state.store.invite_person(allowed.caller.service_id, id).await?.ok_or(ErrorCode::NotFound)?;
    let young_person = require_invite_access(&state, &allowed.caller, person).await?;
    state.store.revoke_invite(&allowed.caller, id, state.clock.now()).await?;
    audit(&state, &allowed.caller, "invite.revoke", Some(young_person), id.to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Redeems an invite on a phone: opens a device session; the phone then chooses its PIN.
#[utoipa::path(post, path = "/api/v1/invites/redeem", tag = "accounts", request_body = RedeemInviteRequest,
    responses((status = 200, body = Me), (status = 400, body = ApiErrorBody), (status = 410, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn redeem_invite(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Json(request): Json<RedeemInviteRequest>,
) -> Result<impl IntoResponse, AppError> {
    let now = state.clock.now();
    state.limits.attempt(Bucket::RedeemByAddress, &address.to_string(), now)?;
    let code = InviteCode::parse(&request.code)?;
    let label = clean_free_text(request.device_label.as_deref().unwrap_or(""), 60)?;
    end_browser_session(&state, &headers).await?;
    let (token, token_hash) = session::new_token();
    let policy = &state.sessions;
    state
        .store
        .redeem_invite(
            &code_hash(&code),
            NewSession {
                token_hash: token_hash.clone(),
                person_id: Uuid::nil(),
                kind: SessionKind::Device,
                device_label: label,
                now,
                expires_at: now + policy.device_absolute,
                awaiting_passkey: false,
            },
        )
        .await?;
    // Audited as the person who joined, on the phone's new session.
    let caller = new_session_caller(&state, &token_hash).await?;
    super::people::audit(&state, &caller, "invite.redeem", caller.young_person(), String::new()).await?;
    Ok(signed_in_answer(&state, &caller, &token, policy.device_absolute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_every_letter_of_the_alphabet_evenly() {
        let mut counts = [0usize; 25];
        for _ in 0..2_000 {
            for c in new_code().as_str().bytes() {
                let index = InviteCode::ALPHABET.iter().position(|a| *a == c).unwrap();
                counts[index] += 1;
            }
        }
        // 24 000 characters over 25 letters: 960 each on average.
        assert!(counts.iter().all(|n| (800..1_120).contains(n)), "{counts:?}");
    }
}
