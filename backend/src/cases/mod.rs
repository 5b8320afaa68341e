//! Closing a young person's case, and reopening it. Closing cancels the appointments still to
//! come and every reminder about the young person, ends their phones' and their carers' push
//! subscriptions and unused codes, and lets those phones send what they still hold before they
//! sign themselves out (within [`SENDING_WINDOW`]; `Allowed` refuses them anything else). The
//! plan, the scores and the record stay, for the worker and for a reopening.

pub mod access;
pub mod postgres;
pub mod sqlite;
mod store;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::Router;
use tandem_domain::appointments::to_london;
use tandem_domain::cases::{CaseClosure, CaseClosureDay, CloseCaseRequest, ClosureReason, EraseRequest};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::require_case_access;
use crate::accounts::policy::{CaseStaff, Managers};
use crate::accounts::{Allowed, AuditActor, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::StorageError;

/// How long the phones of a closed case may still send what they hold before they end.
pub const SENDING_WINDOW: Duration = Duration::days(tandem_domain::cases::CLOSED_CASE_SENDING_DAYS as i64);

/// What became of an erasure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    Erased,
    /// Something of theirs has not reached the case record yet: nothing was erased.
    EventsWaiting,
    /// No young person or carer of the service by that id (or erased already).
    NotFound,
}

/// Erasing person `$1` at `$2`, in order (children before what they refer to). What counts them
/// without a name stays: session scores (their participant row loses its person), named survey
/// answers (with their words blanked first), ballots and statement votes (never linked). Their
/// row in `people` stays with no name, so rows others made that name them as author keep their
/// shape. Rows of others that mention them (events' payloads, answers kept for resends) lose
/// their contents.
pub(crate) const ERASE: &[&str] = &[
    "DELETE FROM push_messages WHERE reminder_id IN (SELECT r.id FROM reminders r WHERE r.person_id = $1 OR r.subject_id = $1
         OR r.subject_id IN (SELECT a.id FROM appointments a WHERE a.young_person_id = $1)
         OR r.subject_id IN (SELECT c.id FROM complaints c WHERE c.raised_by = $1)
         OR r.subject_id IN (SELECT f.id FROM assessment_requests f WHERE f.young_person_id = $1 OR f.person_id = $1))",
    "DELETE FROM reminders WHERE person_id = $1 OR subject_id = $1
         OR subject_id IN (SELECT a.id FROM appointments a WHERE a.young_person_id = $1)
         OR subject_id IN (SELECT c.id FROM complaints c WHERE c.raised_by = $1)
         OR subject_id IN (SELECT f.id FROM assessment_requests f WHERE f.young_person_id = $1 OR f.person_id = $1)",
    "DELETE FROM push_messages WHERE subscription_id IN (SELECT s.id FROM push_subscriptions s WHERE s.person_id = $1)",
    "DELETE FROM push_subscriptions WHERE person_id = $1",
    "DELETE FROM push_preferences WHERE person_id = $1",
    "DELETE FROM sessions WHERE person_id = $1",
    "DELETE FROM invites WHERE person_id = $1",
    "DELETE FROM carer_links WHERE young_person_id = $1 OR carer_id = $1",
    "DELETE FROM allocations WHERE young_person_id = $1",
    "DELETE FROM case_closures WHERE young_person_id = $1",
    "DELETE FROM plan_answers WHERE young_person_id = $1 OR person_id = $1",
    "DELETE FROM plan_reviews WHERE young_person_id = $1",
    "DELETE FROM plan_versions WHERE young_person_id = $1",
    "DELETE FROM assessment_requests WHERE young_person_id = $1 OR person_id = $1",
    "DELETE FROM appointment_replies WHERE person_id = $1 OR appointment_id IN (SELECT a.id FROM appointments a WHERE a.young_person_id = $1)",
    "DELETE FROM appointments WHERE young_person_id = $1",
    "UPDATE session_participants SET young_person_id = NULL WHERE young_person_id = $1",
    "DELETE FROM survey_participants WHERE person_id = $1",
    "UPDATE survey_responses SET person_id = NULL WHERE person_id = $1",
    "DELETE FROM complaints WHERE raised_by = $1",
    "DELETE FROM consultation_participants WHERE person_id = $1",
    "DELETE FROM consultation_voters WHERE person_id = $1",
    "DELETE FROM consultation_voice_notes WHERE answer_id IN (SELECT a.id FROM consultation_answers a WHERE a.person_id = $1)",
    "DELETE FROM consultation_answers WHERE person_id = $1",
    "UPDATE consultation_proposals SET proposed_by = NULL WHERE proposed_by = $1",
    "DELETE FROM cabinet_members WHERE young_person_id = $1",
    "DELETE FROM safety_alerts WHERE young_person_id = $1",
    "DELETE FROM outbox_events WHERE young_person_id = $1",
    "UPDATE outbox_events SET payload = '{}', payload_removed_at = $2 WHERE payload LIKE '%' || $1 || '%'",
    "DELETE FROM operations WHERE response LIKE '%' || $1 || '%'",
    "DELETE FROM leases WHERE name = 'relay:' || $1",
    // The audit log keeps that things happened, not their words: entries about them, or naming them.
    "UPDATE audit_log SET detail = '' WHERE detail <> '' AND service_id = (SELECT p.service_id FROM people p WHERE p.id = $1)
         AND (young_person_id = $1 OR detail LIKE '%' || $1 || '%'
              OR detail LIKE '%' || (SELECT p.display_name FROM people p WHERE p.id = $1 AND p.display_name <> '') || '%')",
    "UPDATE people SET display_name = '', birth_date = NULL, sex = NULL, ethnicity = NULL, case_record_id = NULL, erased_at = $2 WHERE id = $1",
];

/// Blanks every free-text answer in a survey response's answers (`{"text": ...}`), keeping the
/// rest (numbers, choices) that the survey's counts read.
pub(crate) fn blank_own_words(answers: &mut serde_json::Value) {
    match answers {
        serde_json::Value::Object(fields) => {
            for (key, value) in fields.iter_mut() {
                if key == "text" && value.is_string() {
                    *value = serde_json::Value::String(String::new());
                } else {
                    blank_own_words(value);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(blank_own_words),
        _ => {}
    }
}

#[async_trait::async_trait]
pub trait CaseStore {
    /// Erases a young person or carer of `service_id` (see [`ERASE`]), audited by `by` with the
    /// reason only; nothing is erased while something of theirs has not reached the case record.
    async fn erase_person(
        &self,
        by: AuditActor<'_>,
        service_id: Uuid,
        person_id: Uuid,
        reason: &str,
        now: OffsetDateTime,
    ) -> Result<Erasure, StorageError>;
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
    /// Every section of [`access::SECTIONS`], with its rows.
    async fn subject_access(&self, person_id: Uuid) -> Result<Vec<tandem_domain::cases::SubjectAccessSection>, StorageError>;
    /// The case's closure, while it is closed.
    async fn case_closure(&self, young_person_id: Uuid) -> Result<Option<CaseClosure>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::YOUNG_PEOPLE_CLOSURE.template(), put(close).delete(reopen))
        .route(paths::PEOPLE_ERASURE.template(), post(erase))
        .route(paths::PEOPLE_SUBJECT_ACCESS.template(), get(access::subject_access))
        .route(paths::PEOPLE_SUBJECT_ACCESS_HTML.template(), get(access::subject_access_page))
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

/// Erases a young person or carer on their request (managers): everything of theirs goes but
/// what counts them without a name; audited with who, when and why, not what.
#[utoipa::path(post, path = "/api/v1/people/{id}/erasure", tag = "data-rights", params(("id" = Uuid, Path)),
    request_body = EraseRequest,
    responses((status = 204, description = "Erased"), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "Something of theirs has not reached the case record yet (events_waiting)"),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn erase(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path(id): Path<Uuid>,
    Json(request): Json<EraseRequest>,
) -> Result<StatusCode, AppError> {
    let reason = request.reason()?;
    let caller = &allowed.caller;
    match state.store.erase_person(AuditActor::Person(caller), caller.service_id, id, &reason, state.clock.now()).await? {
        Erasure::Erased => Ok(StatusCode::NO_CONTENT),
        Erasure::EventsWaiting => Err(ErrorCode::EventsWaiting.into()),
        Erasure::NotFound => Err(ErrorCode::NotFound.into()),
    }
}
