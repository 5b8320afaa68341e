//! Complaints and compliments. A young person or carer sends one from any screen, in their own
//! words, named or not, through the phone's outbox; the phone keeps a follow token so it can
//! show the status and outcome of what it sent (and nobody else can). Participation officers and
//! managers keep the register: status, owner, response date (working days, set per service) and
//! outcome; overdue items are counted for managers. Raising and resolving each write an event
//! for the case record.

pub mod postgres;
pub mod sqlite;
mod store;
pub mod tx;

use axum::extract::State;
use axum::routing::{get, post, put};
use axum::Router;
use sha2::{Digest, Sha256};
use tandem_domain::complaints::{
    valid_follow_token, ComplaintReceipt, ComplaintRequest, ComplaintSettings, ComplaintStatus, ComplaintUpdate, FollowRequest,
    NewComplaint, RaisedItem, Register, RegisterItem,
};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::{DeviceOwners, Managers, SurveyEditors};
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::surveys::{today, Respondent};

pub const RAISE_KIND: &str = "complaint.raise";
/// Most follow tokens one phone may ask about at once.
const MAX_FOLLOWED: usize = 200;

/// The stored form of a follow token.
pub fn follow_hash(token: &str) -> String {
    Sha256::digest(token.to_ascii_lowercase().as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

#[async_trait::async_trait]
pub trait ComplaintStore {
    /// Stores a complaint or compliment once per operation, with its response date.
    async fn raise_complaint(
        &self,
        operation: OperationKey<'_>,
        raiser: Respondent,
        complaint: NewComplaint,
        today: Date,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// What this person raised by name, and what the phone's tokens follow, newest first.
    async fn followed_complaints(&self, person_id: Uuid, hashes: &[String]) -> Result<Vec<RegisterItem>, StorageError>;
    /// The service's register, newest first (`overdue` left for the caller to set).
    async fn complaint_register(&self, service_id: Uuid) -> Result<Vec<RegisterItem>, StorageError>;
    /// Moves an item on; `None` when the service has no such item.
    async fn update_complaint(
        &self,
        service_id: Uuid,
        id: Uuid,
        update: ComplaintUpdate,
        today: Date,
        now: OffsetDateTime,
    ) -> Result<Option<RegisterItem>, StorageError>;
    async fn complaint_settings(&self, service_id: Uuid) -> Result<ComplaintSettings, StorageError>;
    async fn set_complaint_settings(&self, service_id: Uuid, settings: ComplaintSettings) -> Result<(), StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::COMPLAINTS.template(), post(raise).get(register))
        .route(paths::COMPLAINTS_FOLLOWED.template(), post(followed))
        .route(paths::COMPLAINTS_SETTINGS.template(), get(settings).put(set_settings))
        .route(paths::COMPLAINTS_ITEM.template(), put(update))
}

/// A complaint not resolved by its date (a compliment needs thanks, but is never overdue).
fn overdue(item: &RegisterItem, today: Date) -> bool {
    item.kind == tandem_domain::complaints::FeedbackKind::Complaint
        && item.status != ComplaintStatus::Resolved
        && tandem_domain::plans::parse_date(&item.respond_by).is_ok_and(|due| today > due)
}

/// Make a complaint or give a compliment (young people and carers; send again safely with the
/// same Idempotency-Key).
#[utoipa::path(post, path = "/api/v1/complaints", tag = "surveys", request_body = ComplaintRequest,
    params(Operation),
    responses((status = 201, body = ComplaintReceipt), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn raise(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Operation(operation): Operation,
    Json(request): Json<ComplaintRequest>,
) -> Result<OperationAnswer, AppError> {
    let complaint = request.parse()?;
    // The answer holds the follow token, and the item may be anonymous: kept as a secret operation.
    let key = OperationKey::secret(&state.sealer, operation, RAISE_KIND, &request);
    let caller = &allowed.caller;
    let raiser = Respondent::of(caller);
    Ok(state.store.raise_complaint(key, raiser, complaint, today(&state), state.clock.now()).await?)
}

/// What the caller raised by name, and what this phone's follow tokens follow.
#[utoipa::path(post, path = "/api/v1/complaints/followed", tag = "surveys", request_body = FollowRequest,
    responses((status = 200, body = Vec<RaisedItem>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn followed(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Json(request): Json<FollowRequest>,
) -> Result<Json<Vec<RaisedItem>>, AppError> {
    if request.tokens.len() > MAX_FOLLOWED {
        return Err(ErrorCode::OutOfRange.into());
    }
    let hashes: Vec<String> = request.tokens.iter().filter(|token| valid_follow_token(token)).map(|token| follow_hash(token)).collect();
    let items = state.store.followed_complaints(allowed.caller.person_id, &hashes).await?;
    Ok(Json(
        items
            .into_iter()
            .map(|item| RaisedItem {
                id: item.id,
                kind: item.kind,
                text: item.text,
                status: item.status,
                received_on: item.received_on,
                respond_by: item.respond_by,
                outcome: if item.status == ComplaintStatus::Resolved { item.outcome } else { String::new() },
                owner: item.owner,
            })
            .collect(),
    ))
}

/// The register, with how many are overdue.
#[utoipa::path(get, path = "/api/v1/complaints", tag = "surveys",
    responses((status = 200, body = Register), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn register(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Register>, AppError> {
    let today = today(&state);
    let mut items = state.store.complaint_register(allowed.caller.service_id).await?;
    for item in &mut items {
        item.overdue = overdue(item, today);
    }
    let overdue = u32::try_from(items.iter().filter(|item| item.overdue).count()).unwrap_or(u32::MAX);
    let working_days = state.store.complaint_settings(allowed.caller.service_id).await?.working_days;
    Ok(Json(Register { items, overdue, working_days }))
}

/// Moves an item on: status, owner (a member of staff of the service), outcome.
#[utoipa::path(put, path = "/api/v1/complaints/{id}", tag = "surveys", request_body = ComplaintUpdate,
    responses((status = 200, body = RegisterItem), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn update(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Json(request): Json<ComplaintUpdate>,
) -> Result<Json<RegisterItem>, AppError> {
    let update = request.parse()?;
    let caller = &allowed.caller;
    if let Some(owner) = update.owner_id {
        let staff = state.store.staff_list(caller.service_id).await?;
        if !staff.iter().any(|person| person.id == owner) {
            return Err(ErrorCode::NotAWorker.into());
        }
    }
    let today = today(&state);
    let status = update.status;
    let mut item =
        state.store.update_complaint(caller.service_id, id, update, today, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    item.overdue = overdue(&item, today);
    audit(&state, caller, "complaints.update", None, format!("{} {id}: {}", item.kind.as_str(), status.as_str())).await?;
    Ok(Json(item))
}

/// How many working days staff have to respond.
#[utoipa::path(get, path = "/api/v1/complaints/settings", tag = "surveys",
    responses((status = 200, body = ComplaintSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<ComplaintSettings>, AppError> {
    Ok(Json(state.store.complaint_settings(allowed.caller.service_id).await?))
}

/// Sets the response time for items raised from now on (managers).
#[utoipa::path(put, path = "/api/v1/complaints/settings", tag = "surveys", request_body = ComplaintSettings,
    responses((status = 200, body = ComplaintSettings), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_settings(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Json(request): Json<ComplaintSettings>,
) -> Result<Json<ComplaintSettings>, AppError> {
    let settings = request.parse()?;
    state.store.set_complaint_settings(allowed.caller.service_id, settings).await?;
    audit(&state, &allowed.caller, "complaints.settings", None, format!("{} working days", settings.working_days)).await?;
    Ok(Json(settings))
}
