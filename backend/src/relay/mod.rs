//! Relay to the case record. Every submission's event waits in the outbox (written in the
//! submission's own transaction); the worker in `worker.rs` delivers each, signed per the
//! Standard Webhooks specification, as a FHIR R4 resource (`fhir.rs`), marks it delivered only
//! on the endpoint's 2xx, retries with backoff and jitter for seven days, and keeps each young
//! person's events in order. Without an endpoint, events wait for staff, who download them and
//! mark them recorded by hand. Staff see every event's state here (the relay log).

pub mod fhir;
pub mod postgres;
pub mod r4;
pub mod sqlite;
mod store;
pub mod worker;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::Router;
use serde::Deserialize;
use tandem_domain::events::EventKind;
use tandem_domain::paths;
use tandem_domain::relay::{CaseRecordIdRequest, RelayEvent, RelaySettings, RelayStatus, RelaySummary, STATUTORY_WINDOW};
use tandem_domain::text::clean_free_text;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::people::{audit, require_case_access};
use crate::accounts::policy::{Admins, CaseStaff, Managers};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::{Path, Query};
use crate::json::Json;
use crate::state::AppState;
use crate::storage::{from_millis, parse_stored_uuid, StorageError};
use crate::web::attachment;

/// An event ready to go, with what its resource needs.
#[derive(Debug, Clone, PartialEq)]
pub struct DueEvent {
    pub id: Uuid,
    pub kind: String,
    pub young_person_id: Option<Uuid>,
    pub payload: serde_json::Value,
    pub occurred_at: OffsetDateTime,
    pub attempts: u32,
    pub case_record_id: Option<String>,
}

/// What became of one delivery attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Attempt {
    Delivered {
        at: OffsetDateTime,
    },
    /// Try again at `next` (or give up: `None`), keeping `error` for the relay log.
    Failed {
        error: String,
        next: Option<OffsetDateTime>,
    },
}

#[async_trait::async_trait]
pub trait RelayStore {
    /// Takes (or keeps) the lease `name` for `holder` until `until`; answers whether it holds it.
    async fn hold_lease(&self, name: &str, holder: &str, now: OffsetDateTime, until: OffsetDateTime) -> Result<bool, StorageError>;
    /// Due events, oldest first, at most one per young person (the oldest not yet in the record,
    /// so a later event never overtakes an earlier one), from services that relay.
    async fn due_events(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueEvent>, StorageError>;
    /// The due events `holder` may deliver now (see [`RelayStore::due_events`]), claimed for it
    /// until `until`. By default the whole relay is one lease, `relay`: one server at a time
    /// delivers (SQLite). An engine shared by several servers claims event by event instead.
    async fn claim_due(&self, holder: &str, now: OffsetDateTime, until: OffsetDateTime, limit: i64) -> Result<Vec<DueEvent>, StorageError> {
        // Look before taking the lease: an idle relay only reads.
        let due = self.due_events(now, limit).await?;
        if due.is_empty() || !self.hold_lease("relay", holder, now, until).await? {
            return Ok(Vec::new());
        }
        Ok(due)
    }
    async fn record_attempt(&self, id: Uuid, attempt: &Attempt) -> Result<(), StorageError>;
    /// The relay log of a service, newest first, or of one young person.
    async fn relay_events(
        &self,
        service_id: Uuid,
        young_person_id: Option<Uuid>,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<RelayEvent>, StorageError>;
    async fn relay_summary(&self, service_id: Uuid, now: OffsetDateTime) -> Result<RelaySummary, StorageError>;
    /// A failed event goes back in the queue, due now.
    async fn retry_event(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Staff put an event in the record by hand.
    async fn mark_recorded(&self, caller: &Caller, id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    /// A young person's events not yet in the record, oldest first, for download.
    async fn pending_for(&self, young_person_id: Uuid) -> Result<Vec<DueEvent>, StorageError>;
    async fn set_case_record_id(&self, young_person_id: Uuid, case_record_id: Option<&str>) -> Result<(), StorageError>;
    async fn case_record_id(&self, young_person_id: Uuid) -> Result<Option<String>, StorageError>;
    async fn relay_enabled(&self, service_id: Uuid) -> Result<bool, StorageError>;
    async fn set_relay_enabled(&self, service_id: Uuid, enabled: bool) -> Result<(), StorageError>;
}

/// `DUE_COLUMNS` as read by [`due_event`].
#[derive(sqlx::FromRow)]
pub struct DueRow {
    pub id: String,
    pub kind: String,
    pub young_person_id: Option<String>,
    pub payload: String,
    pub occurred_at: i64,
    pub attempts: i64,
    pub case_record_id: Option<String>,
}

/// The columns of a due event (`e`, outbox_events) and its young person (`p`, people).
pub(crate) const DUE_COLUMNS: &str = "e.id, e.kind, e.young_person_id, e.payload, e.occurred_at, e.attempts, p.case_record_id";

pub(crate) fn due_event(
    DueRow { id, kind, young_person_id: person, payload, occurred_at, attempts, case_record_id }: DueRow,
) -> Result<DueEvent, StorageError> {
    Ok(DueEvent {
        id: parse_stored_uuid(&id)?,
        kind,
        young_person_id: person.as_deref().map(parse_stored_uuid).transpose()?,
        payload: serde_json::from_str(&payload)?,
        occurred_at: from_millis(occurred_at)?,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        case_record_id,
    })
}

pub(crate) fn status_of(status: &str, retried: bool, recorded_by_hand: bool) -> RelayStatus {
    match (status, recorded_by_hand) {
        ("delivered", true) => RelayStatus::Recorded,
        ("delivered", false) => RelayStatus::Delivered,
        ("failed", _) => RelayStatus::Failed,
        _ if retried => RelayStatus::Retrying,
        _ => RelayStatus::Queued,
    }
}

/// The relay log's columns, as read by [`relay_event`].
pub(crate) const LOG_COLUMNS: &str = "e.id, e.kind, p.id AS young_person_id, p.display_name, e.status, e.attempts, e.last_error, e.occurred_at, e.delivered_at, e.recorded_by";

#[derive(sqlx::FromRow)]
pub struct LogRow {
    pub id: String,
    pub kind: String,
    pub young_person_id: Option<String>,
    pub display_name: Option<String>,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub occurred_at: i64,
    pub delivered_at: Option<i64>,
    pub recorded_by: Option<String>,
}

pub(crate) fn relay_event(row: LogRow, now: OffsetDateTime) -> Result<RelayEvent, StorageError> {
    let LogRow {
        id,
        kind,
        young_person_id: person,
        display_name: name,
        status,
        attempts,
        last_error,
        occurred_at,
        delivered_at,
        recorded_by,
    } = row;
    let status = status_of(&status, attempts > 0, recorded_by.is_some());
    let occurred_at = from_millis(occurred_at)?;
    let in_record = matches!(status, RelayStatus::Delivered | RelayStatus::Recorded);
    Ok(RelayEvent {
        id: parse_stored_uuid(&id)?,
        kind,
        young_person_id: person.as_deref().map(parse_stored_uuid).transpose()?,
        young_person_name: name,
        status,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        last_error,
        occurred_at,
        delivered_at: delivered_at.map(from_millis).transpose()?,
        overdue: !in_record && now - occurred_at > STATUTORY_WINDOW,
    })
}

/// Counts per (status, retried, recorded by hand): how many, and how many of them are overdue.
#[derive(sqlx::FromRow)]
pub struct SummaryRow {
    pub status: String,
    pub retried: bool,
    pub recorded: bool,
    pub count: i64,
    pub overdue: i64,
}

pub(crate) fn summary_of(rows: Vec<SummaryRow>, service_enabled: bool) -> RelaySummary {
    let mut summary = RelaySummary { service_enabled, ..RelaySummary::default() };
    for SummaryRow { status, retried, recorded, count, overdue } in rows {
        let count = u64::try_from(count).unwrap_or(0);
        summary.overdue += u64::try_from(overdue).unwrap_or(0);
        match status_of(&status, retried, recorded) {
            RelayStatus::Queued => summary.queued += count,
            RelayStatus::Retrying => summary.retrying += count,
            RelayStatus::Delivered => summary.delivered += count,
            RelayStatus::Recorded => summary.recorded += count,
            RelayStatus::Failed => summary.failed += count,
        }
    }
    summary
}

/// Why an event could not be changed: not one the caller may see (`visible` 0), or not in that state.
pub(crate) fn refusal(visible: i64) -> StorageError {
    StorageError::Refused(if visible == 1 { ErrorCode::RelayEventState } else { ErrorCode::NotFound })
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::RELAY_EVENTS.template(), get(list_events))
        .route(paths::RELAY_SUMMARY.template(), get(summary))
        .route(paths::RELAY_SETTINGS.template(), put(settings).get(current_settings))
        .route(paths::RELAY_EVENTS_RETRY.template(), post(retry))
        .route(paths::RELAY_EVENTS_RECORDED.template(), post(recorded))
        .route(paths::YOUNG_PEOPLE_RELAY_NDJSON.template(), get(export_ndjson))
        .route(paths::FHIR_QUESTIONNAIRES.template(), get(questionnaires))
        .route(paths::YOUNG_PEOPLE_RELAY_CSV.template(), get(export_csv))
        .route(paths::YOUNG_PEOPLE_CASE_RECORD_ID.template(), put(set_case_record_id).get(case_record_id))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct LogFilter {
    /// One young person's events (their worker may ask); without it, the whole service (managers).
    pub young_person_id: Option<Uuid>,
}

/// The relay log: each event with its state, attempts, last error and when it reached the record.
#[utoipa::path(get, path = "/api/v1/relay/events", tag = "relay", params(LogFilter),
    responses((status = 200, body = [RelayEvent]), (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list_events(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Query(filter): Query<LogFilter>,
) -> Result<Json<Vec<RelayEvent>>, AppError> {
    let caller = &allowed.caller;
    match filter.young_person_id {
        Some(person) => {
            require_case_access(&state, caller, person).await?;
        }
        None if caller.role != tandem_domain::accounts::Role::Manager => return Err(ErrorCode::Forbidden.into()),
        None => {}
    }
    let mut events = state.store.relay_events(caller.service_id, filter.young_person_id, state.clock.now(), 500).await?;
    events.retain(|event| !hidden_from(caller, &event.kind));
    audit(&state, caller, "relay.log", filter.young_person_id, format!("{} events", events.len())).await?;
    Ok(Json(events))
}

/// Complaints and compliments are for the service's complaints officers and managers: the
/// worker may be the one complained about, so a worker's view of a young person's events (the
/// log and the exports) leaves them out.
fn hidden_from(caller: &Caller, kind: &str) -> bool {
    caller.role != tandem_domain::accounts::Role::Manager
        && matches!(EventKind::parse(kind), Some(EventKind::ComplaintReceived | EventKind::ComplaintResolved))
}

/// The service dashboard: how many events are where, and how many are past the 72-hour window.
#[utoipa::path(get, path = "/api/v1/relay/summary", tag = "relay",
    responses((status = 200, body = RelaySummary), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn summary(State(state): State<AppState>, allowed: Allowed<Managers>) -> Result<Json<RelaySummary>, AppError> {
    let mut summary = state.store.relay_summary(allowed.caller.service_id, state.clock.now()).await?;
    summary.endpoint_configured = state.relay_endpoint;
    Ok(Json(summary))
}

/// Turns the service's relay on or off (admins). Off, events wait in the outbox.
#[utoipa::path(put, path = "/api/v1/relay/settings", tag = "relay", request_body = RelaySettings,
    responses((status = 204), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(
    State(state): State<AppState>,
    allowed: Allowed<Admins>,
    Json(request): Json<RelaySettings>,
) -> Result<StatusCode, AppError> {
    state.store.set_relay_enabled(allowed.caller.service_id, request.enabled).await?;
    audit(&state, &allowed.caller, "relay.settings", None, format!("enabled {}", request.enabled)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends a failed event again (managers).
#[utoipa::path(post, path = "/api/v1/relay/events/{id}/retry", tag = "relay",
    responses((status = 204), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn retry(State(state): State<AppState>, allowed: Allowed<Managers>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    state.store.retry_event(allowed.caller.service_id, id, state.clock.now()).await?;
    audit(&state, &allowed.caller, "relay.retry", None, format!("event {id}")).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Marks an event as put in the case record by hand.
#[utoipa::path(post, path = "/api/v1/relay/events/{id}/recorded", tag = "relay",
    responses((status = 204), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn recorded(State(state): State<AppState>, allowed: Allowed<CaseStaff>, Path(id): Path<Uuid>) -> Result<StatusCode, AppError> {
    state.store.mark_recorded(&allowed.caller, id, state.clock.now()).await?;
    audit(&state, &allowed.caller, "relay.recorded", None, format!("event {id}")).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn pending(state: &AppState, caller: &Caller, id: Uuid, format: &str) -> Result<Vec<DueEvent>, AppError> {
    require_case_access(state, caller, id).await?;
    let mut events = state.store.pending_for(id).await?;
    events.retain(|event| !hidden_from(caller, &event.kind));
    audit(state, caller, "relay.export", Some(id), format!("{} events as {format}", events.len())).await?;
    Ok(events)
}

/// The Questionnaires of the session-scaling and plan-review QuestionnaireResponses the relay
/// sends (a survey's come with its own export), for a record to resolve their canonicals. They
/// hold nothing of anyone, so anyone may read them.
#[utoipa::path(get, path = "/api/v1/fhir/questionnaires", tag = "relay",
    responses((status = 200, content_type = "application/fhir+json", body = Object)))]
pub async fn questionnaires() -> axum::response::Response {
    ([(axum::http::header::CONTENT_TYPE, "application/fhir+json")], fhir::tandem_questionnaires().to_string()).into_response()
}

/// A young person's events not yet in the record, one FHIR resource per line, to enter by hand.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/relay.ndjson", tag = "relay",
    responses((status = 200, content_type = "application/x-ndjson", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn export_ndjson(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let events = pending(&state, &allowed.caller, id, "ndjson").await?;
    let body: String = events.iter().map(|event| format!("{}\n", fhir::resource(event))).collect();
    Ok(attachment(&format!("relay-{id}.ndjson"), "application/x-ndjson", body))
}

/// The same events as CSV: id, kind, when, and the resource as JSON.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/relay.csv", tag = "relay",
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn export_csv(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let events = pending(&state, &allowed.caller, id, "csv").await?;
    let rows = events.iter().map(|event| {
        vec![
            event.id.to_string(),
            event.kind.clone(),
            event.occurred_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
            fhir::resource(event).to_string(),
        ]
    });
    let body = crate::csv::csv(&["event_id", "kind", "occurred_at", "fhir_resource"], rows);
    Ok(attachment(&format!("relay-{id}.csv"), "text/csv; charset=utf-8", body))
}

/// Sets the young person's identifier in the case record, which every resource carries.
#[utoipa::path(put, path = "/api/v1/young-people/{id}/case-record-id", tag = "relay", request_body = CaseRecordIdRequest,
    responses((status = 204), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn set_case_record_id(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<CaseRecordIdRequest>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    let value = clean_free_text(&request.case_record_id, 64)?;
    let value = (!value.is_empty()).then_some(value);
    state.store.set_case_record_id(id, value.as_deref()).await?;
    audit(&state, &allowed.caller, "relay.case_record_id", Some(id), String::new()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The young person's identifier in the case record (empty when not set).
#[utoipa::path(get, path = "/api/v1/young-people/{id}/case-record-id", tag = "relay",
    responses((status = 200, body = CaseRecordIdRequest), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn case_record_id(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<CaseRecordIdRequest>, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    let case_record_id = state.store.case_record_id(id).await?.unwrap_or_default();
    Ok(Json(CaseRecordIdRequest { case_record_id }))
}

/// Whether the service relays (admins).
#[utoipa::path(get, path = "/api/v1/relay/settings", tag = "relay",
    responses((status = 200, body = RelaySettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn current_settings(State(state): State<AppState>, allowed: Allowed<Admins>) -> Result<Json<RelaySettings>, AppError> {
    let enabled = state.store.relay_enabled(allowed.caller.service_id).await?;
    Ok(Json(RelaySettings { enabled }))
}
