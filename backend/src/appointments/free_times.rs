//! A worker's free times: set on the staff pages, offered on their young people's and carers'
//! phones when an appointment must change ("I need to change this"), so a reply can name a
//! time the worker can really do, and the worker sees which.

use axum::extract::State;
use axum::http::StatusCode;
use tandem_domain::appointments::{FreeTime, FreeTimeRequest};
use tandem_domain::ApiErrorBody;
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::CaseStaff;
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::state::AppState;

/// How many free times a phone is offered beside an appointment, soonest first.
pub const OFFERED: i64 = 8;

/// The caller's own free times still to come.
#[utoipa::path(get, path = "/api/v1/free-times", tag = "appointments",
    responses((status = 200, body = [FreeTime]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<FreeTime>>, AppError> {
    Ok(Json(state.store.free_times_of_worker(allowed.caller.person_id, state.clock.now()).await?))
}

/// Sets a time as free (the caller's own); checked beside its field, audited.
#[utoipa::path(post, path = "/api/v1/free-times", tag = "appointments", request_body = FreeTimeRequest,
    responses((status = 201, body = FreeTime), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn add(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Json(request): Json<FreeTimeRequest>,
) -> Result<(StatusCode, Json<FreeTime>), AppError> {
    let caller = &allowed.caller;
    let now = state.clock.now();
    let times = request.parse(now)?;
    let added = state.store.add_free_time(caller.service_id, caller.person_id, times, now).await?;
    audit(&state, caller, "free_times.add", None, added.starts_at.clone()).await?;
    Ok((StatusCode::CREATED, Json(added)))
}

/// Removes one of the caller's own free times; a reply that chose it keeps what it was.
#[utoipa::path(delete, path = "/api/v1/free-times/{id}", tag = "appointments", params(("id" = Uuid, Path)),
    responses((status = 204, description = "Removed"), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn remove(State(state): State<AppState>, allowed: Allowed<CaseStaff>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    if !state.store.remove_free_time(allowed.caller.person_id, id).await? {
        return Err(tandem_domain::ErrorCode::NotFound.into());
    }
    audit(&state, &allowed.caller, "free_times.remove", None, id.to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}
