//! The youth cabinet: its members, kept by participation officers, and its meetings. A meeting
//! (or a series) is given to each member as an appointment of their own, so members see it
//! with their other appointments, get its reminders and say whether they will come; a member
//! who joins later is given the meetings still to come, and one who leaves has theirs
//! cancelled. Consultations for the cabinet are in `crate::voice`.

pub mod postgres;
pub mod sqlite;
mod store;

use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use tandem_domain::appointments::{AppointmentRequest, NewAppointments};
use tandem_domain::paths;
use tandem_domain::voice::api::{CabinetMeeting, CabinetMember, CabinetRequest};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::SurveyEditors;
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;

pub const SCHEDULE_KIND: &str = "cabinet.meetings";

#[async_trait::async_trait]
pub trait CabinetStore {
    /// The members, by name.
    async fn cabinet(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError>;
    /// Adds a young person of the service (`not_a_young_person` for anyone else) and gives them
    /// a place at each meeting still to come.
    async fn add_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Removes a member and cancels their places at meetings still to come; false if they were
    /// not a member.
    async fn remove_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError>;
    /// Makes the meetings and every current member's appointment (with reminders) for each,
    /// once per operation; answers 201 with the meetings.
    async fn schedule_cabinet_meetings(
        &self,
        operation: OperationKey<'_>,
        service_id: Uuid,
        new: NewAppointments,
        created_by: Uuid,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// The service's meetings that have not ended by `since`, soonest first.
    async fn cabinet_meetings(&self, service_id: Uuid, since: OffsetDateTime) -> Result<Vec<CabinetMeeting>, StorageError>;
    /// Cancels a meeting and every member's appointment for it; false if there is no such
    /// meeting in the service still to cancel.
    async fn cancel_cabinet_meeting(&self, service_id: Uuid, meeting_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError>;
    /// The service's young people who are not members, by name: whom an officer may add.
    async fn cabinet_candidates(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::VOICE_CABINET.template(), get(members).post(add_member))
        .route(paths::VOICE_CABINET_CANDIDATES.template(), get(candidates))
        .route(paths::VOICE_CABINET_MEETINGS.template(), get(meetings).post(schedule))
        .route(paths::VOICE_CABINET_MEETINGS_CANCEL.template(), post(cancel))
        .route(paths::VOICE_CABINET_ITEM.template(), axum::routing::delete(remove_member))
}

/// The youth cabinet's members.
#[utoipa::path(get, path = "/api/v1/voice/cabinet", tag = "voice",
    responses((status = 200, body = Vec<CabinetMember>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn members(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Vec<CabinetMember>>, AppError> {
    Ok(Json(state.store.cabinet(allowed.caller.service_id).await?))
}

/// Adds a young person of the service; they are given the meetings still to come.
#[utoipa::path(post, path = "/api/v1/voice/cabinet", tag = "voice", request_body = CabinetRequest,
    responses((status = 200, body = Vec<CabinetMember>), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn add_member(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Json(request): Json<CabinetRequest>,
) -> Result<Json<Vec<CabinetMember>>, AppError> {
    state.store.add_cabinet_member(allowed.caller.service_id, request.young_person_id, state.clock.now()).await?;
    audit(&state, &allowed.caller, "voice.cabinet_add", Some(request.young_person_id), String::new()).await?;
    state.push.wake.notify_one();
    Ok(Json(state.store.cabinet(allowed.caller.service_id).await?))
}

/// Removes a member; their places at meetings still to come are cancelled.
#[utoipa::path(delete, path = "/api/v1/voice/cabinet/{young_person_id}", tag = "voice",
    responses((status = 200, body = Vec<CabinetMember>), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(young_person_id = %young_person_id))]
pub async fn remove_member(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(young_person_id): Path<Uuid>,
) -> Result<Json<Vec<CabinetMember>>, AppError> {
    if !state.store.remove_cabinet_member(allowed.caller.service_id, young_person_id, state.clock.now()).await? {
        return Err(ErrorCode::NotFound.into());
    }
    audit(&state, &allowed.caller, "voice.cabinet_remove", Some(young_person_id), String::new()).await?;
    Ok(Json(state.store.cabinet(allowed.caller.service_id).await?))
}

/// Young people of the service who are not members (names only), for the officer's picker.
#[utoipa::path(get, path = "/api/v1/voice/cabinet/candidates", tag = "voice",
    responses((status = 200, body = Vec<CabinetMember>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn candidates(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Vec<CabinetMember>>, AppError> {
    Ok(Json(state.store.cabinet_candidates(allowed.caller.service_id).await?))
}

/// Meetings that have not ended, with who said they will come.
#[utoipa::path(get, path = "/api/v1/voice/cabinet/meetings", tag = "voice",
    responses((status = 200, body = Vec<CabinetMeeting>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn meetings(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Vec<CabinetMeeting>>, AppError> {
    Ok(Json(state.store.cabinet_meetings(allowed.caller.service_id, state.clock.now()).await?))
}

/// Schedules a meeting, or a weekly or fortnightly series, for every member (the appointment
/// form's request and checks).
#[utoipa::path(post, path = "/api/v1/voice/cabinet/meetings", tag = "voice", request_body = AppointmentRequest, params(Operation),
    responses((status = 201, body = Vec<CabinetMeeting>), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn schedule(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Operation(operation): Operation,
    Json(request): Json<AppointmentRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    let now = state.clock.now();
    let new = NewAppointments::parse(&request, now)?;
    let count = new.times.len();
    let key = OperationKey::new(operation, SCHEDULE_KIND, &(caller.service_id, &request));
    let answer = state.store.schedule_cabinet_meetings(key, caller.service_id, new, caller.person_id, now).await?;
    if !answer.replayed {
        audit(&state, caller, "voice.cabinet_meetings", None, format!("{count} meetings")).await?;
        state.push.wake.notify_one();
    }
    Ok(answer)
}

/// Cancels a meeting for everyone.
#[utoipa::path(post, path = "/api/v1/voice/cabinet/meetings/{id}/cancel", tag = "voice", params(("id" = Uuid, Path)),
    responses((status = 200, body = Vec<CabinetMeeting>), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn cancel(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<CabinetMeeting>>, AppError> {
    let caller = &allowed.caller;
    let now = state.clock.now();
    if !state.store.cancel_cabinet_meeting(caller.service_id, id, now).await? {
        return Err(ErrorCode::NotFound.into());
    }
    audit(&state, caller, "voice.cabinet_meeting_cancel", None, id.to_string()).await?;
    Ok(Json(state.store.cabinet_meetings(caller.service_id, now).await?))
}
