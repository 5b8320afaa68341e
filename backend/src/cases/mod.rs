//! Closing a young person's case, and reopening it. Closing cancels the appointments still to
//! come and every reminder about the young person, ends their phones' and their carers' push
//! subscriptions and unused codes, and lets those phones send what they still hold before they
//! sign themselves out (within [`SENDING_WINDOW`]; `Allowed` refuses them anything else). The
//! plan, the scores and the record stay, for the worker and for a reopening.

pub mod postgres;
pub mod sqlite;
mod store;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::put;
use axum::Router;
use tandem_domain::appointments::to_london;
use tandem_domain::cases::{CaseClosure, CaseClosureDay, CloseCaseRequest, ClosureReason};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::require_case_access;
use crate::accounts::policy::CaseStaff;
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::StorageError;

/// How long the phones of a closed case may still send what they hold before they end.
pub const SENDING_WINDOW: Duration = Duration::days(30);

#[async_trait::async_trait]
pub trait CaseStore {
    /// Closes an open case (see the module), audited; `false` when it was already closed.
    async fn close_case(
        &self,
        caller: &Caller,
        young_person_id: Uuid,
        closed_on: CaseClosureDay,
        reason: ClosureReason,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError>;
    /// Reopens a closed case, audited; `false` when it was not closed. Phones signed out when it
    /// closed stay signed out: the young person and carers join again with new codes.
    async fn reopen_case(&self, caller: &Caller, young_person_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError>;
    /// The case's closure, while it is closed.
    async fn case_closure(&self, young_person_id: Uuid) -> Result<Option<CaseClosure>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::YOUNG_PEOPLE_CLOSURE.template(), put(close).delete(reopen))
}

/// Refuses `case_closed` when the young person's case is closed: nothing new is added to it.
pub async fn require_open_case(state: &AppState, young_person_id: Uuid) -> Result<(), AppError> {
    match state.store.case_closure(young_person_id).await? {
        Some(_) => Err(ErrorCode::CaseClosed.into()),
        None => Ok(()),
    }
}

/// Closes a young person's case on a day (today or earlier, in the service's time) for a reason.
#[utoipa::path(put, path = "/api/v1/young-people/{id}/closure", tag = "data-rights", params(("id" = Uuid, Path)),
    request_body = CloseCaseRequest,
    responses((status = 200, body = CaseClosure), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody, description = "Already closed (case_closed)"),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn close(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<CloseCaseRequest>,
) -> Result<Json<CaseClosure>, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let now = state.clock.now();
    let closed_on = CaseClosureDay::parse(&request.closed_on, to_london(now).date())?;
    if !state.store.close_case(caller, id, closed_on, request.reason, now).await? {
        return Err(ErrorCode::CaseClosed.into());
    }
    let closure = state.store.case_closure(id).await?.ok_or(ErrorCode::NotFound)?;
    Ok(Json(closure))
}

/// Reopens a closed case.
#[utoipa::path(delete, path = "/api/v1/young-people/{id}/closure", tag = "data-rights", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Reopened"), (status = 404, body = ApiErrorBody, description = "No such young person, or the case is open")))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn reopen(State(state): State<AppState>, allowed: Allowed<CaseStaff>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    if !state.store.reopen_case(&allowed.caller, id, state.clock.now()).await? {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(StatusCode::NO_CONTENT)
}
