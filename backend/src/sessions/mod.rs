//! Session self-scaling. Staff define programmes of session topics; a worker opens a session,
//! young people join it by a six-character code and give 0-10 scores at the start and at the
//! end (offline if need be: a score counts if it was given while the session was open); the
//! worker watches the averages live; reports compare start and end per session, per programme
//! and cohort, and per young person, with small cells hidden in breakdowns.

pub mod postgres;
pub mod report;
pub(crate) mod rows;
pub mod sqlite;
mod store;

use axum::extract::State;
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::Router;
use rand::rngs::OsRng;
use tandem_domain::accounts::{Relation, Role};
use tandem_domain::paths;
use tandem_domain::sessions::{
    CreateProgrammeRequest, JoinCode, JoinRequest, Joined, LiveSession, Measure, Moment, NewProgramme, OpenSessionRequest,
    ParticipantStatus, Phase, PhoneJoin, ProfileFields, Programme, ProgrammeReport, ScalingHistory, ScoreReceipt, ScoreRequest,
    SessionKind, SessionListItem, SessionReport, SetPhaseRequest,
};
use tandem_domain::text::clean_free_text;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::client_address::ClientAddress;
use crate::accounts::people::{audit, require_case_access};
use crate::accounts::policy::{CaseStaff, ProgrammeEditors, SessionStaff, YoungPeople};
use crate::accounts::rate_limit::Bucket;
use crate::accounts::{session, Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::web::attachment;

const CSV: &str = "text/csv; charset=utf-8";
use crate::storage::StorageError;

pub const JOIN_KIND: &str = "scaling.join";
pub const SCORE_KIND: &str = "scaling.score";
pub const PROGRAMME_CREATE_KIND: &str = "programmes.create";
pub const SESSION_OPEN_KIND: &str = "sessions.open";

/// A session as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: Uuid,
    pub code: String,
    pub kind: SessionKind,
    pub service_id: Uuid,
    pub programme_id: Uuid,
    pub programme_name: String,
    pub topic_position: Option<u32>,
    pub topic_title: Option<String>,
    pub question: Option<String>,
    pub cohort: String,
    pub anonymous_allowed: bool,
    pub phase: Phase,
    pub opened_at: OffsetDateTime,
    pub closed_at: Option<OffsetDateTime>,
    /// When the worker asked for end scores (or closed the session).
    pub end_opened_at: Option<OffsetDateTime>,
}

/// What reports need to know about a named young person.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonFacts {
    pub id: Uuid,
    pub name: String,
    pub birth_date: Option<Date>,
    pub sex: Option<String>,
    pub ethnicity: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantFacts {
    pub young_person: Option<PersonFacts>,
    pub joined_at: OffsetDateTime,
    pub scores: Vec<(Measure, Moment, u8)>,
}

impl ParticipantFacts {
    pub fn score(&self, measure: Measure, moment: Moment) -> Option<u8> {
        self.scores.iter().find(|(m, at, _)| *m == measure && *at == moment).map(|(_, _, score)| *score)
    }
}

/// A session with everyone who joined it, in order of joining.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionFacts {
    pub record: SessionRecord,
    pub participants: Vec<ParticipantFacts>,
}

/// Which sessions to load.
#[derive(Debug, Clone, Copy)]
pub enum SessionFilter {
    One(Uuid),
    Programme(Uuid),
    /// The service's latest sessions.
    Recent(i64),
    /// Sessions a young person joined.
    JoinedBy(Uuid),
}

/// A session to open, checked.
#[derive(Clone)]
pub struct NewSession {
    pub programme_id: Uuid,
    pub topic_id: Option<Uuid>,
    pub kind: SessionKind,
    pub cohort: String,
    pub anonymous_allowed: bool,
    pub opened_by: Uuid,
}

/// Who is joining.
#[derive(Debug, Clone, Copy)]
pub enum Joiner {
    YoungPerson { id: Uuid, service_id: Uuid },
    Anonymous,
}

/// A checked score.
pub struct NewScore {
    pub token_hash: String,
    pub measure: Measure,
    pub moment: Moment,
    pub score: tandem_domain::feedback::Score,
    pub given_at: OffsetDateTime,
}

pub struct Profile {
    pub birth_date: Option<Date>,
    pub sex: Option<String>,
    pub ethnicity: Option<String>,
}

impl Profile {
    fn parse(request: &ProfileFields) -> Result<Profile, ErrorCode> {
        let optional = |raw: &str| -> Result<Option<String>, ErrorCode> {
            let text = clean_free_text(raw, 60)?;
            Ok((!text.is_empty()).then_some(text))
        };
        let birth_date = match request.birth_date.trim() {
            "" => None,
            raw => {
                Some(Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]")).map_err(|_| ErrorCode::InvalidParameter)?)
            }
        };
        Ok(Profile { birth_date, sex: optional(&request.sex)?, ethnicity: optional(&request.ethnicity)? })
    }
}

#[async_trait::async_trait]
pub trait SessionStore {
    /// Once per operation: answers the programme made.
    async fn create_programme(
        &self,
        operation: OperationKey<'_>,
        service_id: Uuid,
        programme: &NewProgramme,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn programmes(&self, service_id: Uuid) -> Result<Vec<Programme>, StorageError>;
    /// Opens a session with a fresh code, once per operation; answers `{"id"}` of the session.
    async fn open_session(
        &self,
        operation: OperationKey<'_>,
        service_id: Uuid,
        session: &NewSession,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn session_facts(&self, service_id: Uuid, filter: SessionFilter) -> Result<Vec<SessionFacts>, StorageError>;
    /// Moves a session on; closing it writes each named participant's scores to the outbox.
    async fn set_phase(&self, service_id: Uuid, session_id: Uuid, phase: Phase, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Joins the open session with the code (or one that closed after the phone joined with no
    /// signal), once per operation (the answer carries the token).
    async fn join_session(
        &self,
        operation: OperationKey<'_>,
        join: &PhoneJoin,
        joiner: Joiner,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn give_score(&self, operation: OperationKey<'_>, score: NewScore, now: OffsetDateTime) -> Result<OperationAnswer, StorageError>;
    async fn participant_status(&self, token_hash: &str) -> Result<Option<ParticipantStatus>, StorageError>;
    async fn set_profile(&self, young_person_id: Uuid, profile: &Profile) -> Result<(), StorageError>;
    /// The profile as stored, for the form that changes it.
    async fn profile(&self, young_person_id: Uuid) -> Result<ProfileFields, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::PROGRAMMES.template(), get(list_programmes).post(create_programme))
        .route(paths::PROGRAMMES_REPORT.template(), get(programme_report))
        .route(paths::PROGRAMMES_REPORT_CSV.template(), get(programme_report_csv))
        .route(paths::SESSIONS.template(), get(list_sessions).post(open_session))
        .route(paths::SESSIONS_ITEM.template(), get(live_session))
        .route(paths::SESSIONS_PHASE.template(), post(set_phase))
        .route(paths::SESSIONS_REPORT.template(), get(session_report))
        .route(paths::SESSIONS_REPORT_CSV.template(), get(session_report_csv))
        .route(paths::SCALING_JOIN.template(), post(join))
        .route(paths::SCALING_SCORES.template(), post(give_score))
        .route(paths::SCALING_PARTICIPANTS_ITEM.template(), get(participant_status))
        .route(paths::YOUNG_PEOPLE_SCALING.template(), get(young_person_history))
        .route(paths::YOUNG_PEOPLE_PROFILE.template(), put(set_profile))
}

/// The service's programmes with their session topics.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "sessions",
    responses((status = 200, body = [Programme]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list_programmes(State(state): State<AppState>, allowed: Allowed<SessionStaff>) -> Result<Json<Vec<Programme>>, AppError> {
    Ok(Json(state.store.programmes(allowed.caller.service_id).await?))
}

/// Defines a programme and its session topics (participation officers and managers), once per
/// Idempotency-Key.
#[utoipa::path(post, path = "/api/v1/programmes", tag = "sessions", request_body = CreateProgrammeRequest, params(Operation),
    responses((status = 201, body = Programme), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn create_programme(
    State(state): State<AppState>,
    allowed: Allowed<ProgrammeEditors>,
    Operation(operation): Operation,
    Json(request): Json<CreateProgrammeRequest>,
) -> Result<OperationAnswer, AppError> {
    let programme = NewProgramme::parse(&request)?;
    let service_id = allowed.caller.service_id;
    let key = OperationKey::new(operation, PROGRAMME_CREATE_KIND, &(service_id, &request));
    Ok(state.store.create_programme(key, service_id, &programme, state.clock.now()).await?)
}

/// Opens a session for a topic (or a programme review), once per Idempotency-Key, and answers it
/// with its join code (a repeat answers the same session as it is now).
#[utoipa::path(post, path = "/api/v1/sessions", tag = "sessions", request_body = OpenSessionRequest, params(Operation),
    responses((status = 201, body = LiveSession), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn open_session(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Operation(operation): Operation,
    Json(request): Json<OpenSessionRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    let session = NewSession {
        programme_id: request.programme_id,
        topic_id: request.topic_id,
        kind: request.kind,
        cohort: clean_free_text(&request.cohort, 60)?,
        // Only group work may be anonymous: a 1:1 or a review belongs in the young person's record.
        anonymous_allowed: request.anonymous_allowed && request.kind == SessionKind::Group,
        opened_by: caller.person_id,
    };
    let key = OperationKey::new(operation, SESSION_OPEN_KIND, &(caller.service_id, caller.person_id, &request));
    let opened = state.store.open_session(key, caller.service_id, &session, state.clock.now()).await?;
    let id = opened.body["id"].as_str().and_then(|id| id.parse().ok()).ok_or(ErrorCode::Internal)?;
    let live = load_one(&state, caller, id).await?;
    Ok(OperationAnswer { body: serde_json::to_value(report::live(&live)).map_err(StorageError::from)?, ..opened })
}

/// The service's latest sessions.
#[utoipa::path(get, path = "/api/v1/sessions", tag = "sessions",
    responses((status = 200, body = [SessionListItem]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list_sessions(State(state): State<AppState>, allowed: Allowed<SessionStaff>) -> Result<Json<Vec<SessionListItem>>, AppError> {
    let sessions = state.store.session_facts(allowed.caller.service_id, SessionFilter::Recent(100)).await?;
    Ok(Json(sessions.iter().map(report::list_item).collect()))
}

async fn load_one(state: &AppState, caller: &Caller, id: Uuid) -> Result<SessionFacts, AppError> {
    state.store.session_facts(caller.service_id, SessionFilter::One(id)).await?.into_iter().next().ok_or_else(|| ErrorCode::NotFound.into())
}

/// The worker's live view: how many joined, how many answered, the averages so far.
#[utoipa::path(get, path = "/api/v1/sessions/{id}", tag = "sessions",
    responses((status = 200, body = LiveSession), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn live_session(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<LiveSession>, AppError> {
    Ok(Json(report::live(&load_one(&state, &allowed.caller, id).await?)))
}

/// Moves a session to the end scores, or closes it.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/phase", tag = "sessions", request_body = SetPhaseRequest,
    responses((status = 200, body = LiveSession), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn set_phase(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<SetPhaseRequest>,
) -> Result<Json<LiveSession>, AppError> {
    let caller = &allowed.caller;
    state.store.set_phase(caller.service_id, id, request.phase, state.clock.now()).await?;
    Ok(Json(report::live(&load_one(&state, caller, id).await?)))
}

/// One session: attendance, start and end per question, change, and everyone's scores.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/report", tag = "sessions",
    responses((status = 200, body = SessionReport), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn session_report(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<SessionReport>, AppError> {
    let facts = load_one(&state, &allowed.caller, id).await?;
    audit(&state, &allowed.caller, "sessions.report", None, format!("session {id}")).await?;
    Ok(Json(only_their_cases(&state, &allowed.caller, report::session(&facts)).await?))
}

/// A named young person's own scores are for staff who hold their case (their worker, a
/// manager); anyone else running or reporting on the session sees the group's figures and the
/// anonymous rows only.
async fn only_their_cases(state: &AppState, caller: &Caller, mut report: SessionReport) -> Result<SessionReport, AppError> {
    let mut holds_case = std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(report.participants.len());
    for row in std::mem::take(&mut report.participants) {
        let Some(young_person_id) = row.young_person_id else {
            kept.push(row);
            continue;
        };
        let allowed = match holds_case.get(&young_person_id) {
            Some(allowed) => *allowed,
            None => {
                let relation = state.store.relation(caller, young_person_id).await?;
                let allowed = matches!(relation, Relation::AllocatedWorker | Relation::ServiceManager);
                holds_case.insert(young_person_id, allowed);
                allowed
            }
        };
        if allowed {
            kept.push(row);
        }
    }
    report.participants = kept;
    Ok(report)
}

/// The session report's scores as CSV, one row per young person and question.
#[utoipa::path(get, path = "/api/v1/sessions/{id}/report.csv", tag = "sessions",
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn session_report_csv(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let facts = load_one(&state, &allowed.caller, id).await?;
    audit(&state, &allowed.caller, "sessions.report_csv", None, format!("session {id}")).await?;
    let visible = only_their_cases(&state, &allowed.caller, report::session(&facts)).await?;
    Ok(attachment(&format!("session-{}.csv", facts.record.code), CSV, report::session_csv(&visible)))
}

async fn load_programme(state: &AppState, caller: &Caller, id: Uuid) -> Result<ProgrammeReport, AppError> {
    let programme =
        state.store.programmes(caller.service_id).await?.into_iter().find(|programme| programme.id == id).ok_or(ErrorCode::NotFound)?;
    let sessions = state.store.session_facts(caller.service_id, SessionFilter::Programme(id)).await?;
    audit(state, caller, "sessions.programme_report", None, format!("programme {id}")).await?;
    Ok(report::programme(programme, &sessions, state.clock.now().date()))
}

/// A programme across its sessions and cohorts: per topic start, end and change, attendance,
/// and breakdowns by age band, sex and ethnicity with small cells hidden.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/report", tag = "sessions",
    responses((status = 200, body = ProgrammeReport), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn programme_report(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<ProgrammeReport>, AppError> {
    Ok(Json(load_programme(&state, &allowed.caller, id).await?))
}

/// The programme report's rows as CSV.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/report.csv", tag = "sessions",
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn programme_report_csv(
    State(state): State<AppState>,
    allowed: Allowed<SessionStaff>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let report = load_programme(&state, &allowed.caller, id).await?;
    Ok(attachment("programme.csv", CSV, report::programme_csv(&report)))
}

/// A young person's scores over time, and what is recorded for breakdowns (their worker, or a
/// manager).
#[utoipa::path(get, path = "/api/v1/young-people/{id}/scaling", tag = "sessions",
    responses((status = 200, body = ScalingHistory), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn young_person_history(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<ScalingHistory>, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let sessions = state.store.session_facts(caller.service_id, SessionFilter::JoinedBy(id)).await?;
    let profile = state.store.profile(id).await?;
    audit(&state, caller, "sessions.history", Some(id), String::new()).await?;
    Ok(Json(ScalingHistory { profile, rows: report::history(&sessions, id) }))
}

/// Records a young person's date of birth, sex and ethnicity, for report breakdowns.
#[utoipa::path(put, path = "/api/v1/young-people/{id}/profile", tag = "sessions", request_body = ProfileFields,
    responses((status = 204), (status = 400, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn set_profile(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<ProfileFields>,
) -> Result<axum::http::StatusCode, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let profile = Profile::parse(&request)?;
    state.store.set_profile(id, &profile).await?;
    audit(&state, caller, "sessions.profile", Some(id), String::new()).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// A participant's secret: random, and kept only as a hash.
pub(crate) fn new_participant_token() -> (String, String) {
    session::new_token()
}

/// Joins a session by its code: a signed-in young person by name; anyone else only where the
/// worker allowed anonymous group scaling. Wrong codes count towards a per-address limit.
#[utoipa::path(post, path = "/api/v1/scaling/join", tag = "sessions", request_body = JoinRequest,
    params(Operation),
    responses((status = 201, body = Joined), (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody), (status = 429, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn join(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    caller: Result<Caller, AppError>,
    Operation(id): Operation,
    Json(request): Json<JoinRequest>,
) -> Result<OperationAnswer, AppError> {
    let now = state.clock.now();
    let joiner = match caller {
        Ok(caller) if caller.role == Role::YoungPerson => {
            let allowed = Allowed::<YoungPeople>::check(caller)?;
            Joiner::YoungPerson { id: allowed.caller.person_id, service_id: allowed.caller.service_id }
        }
        _ => Joiner::Anonymous,
    };
    let key = OperationKey::new(id, JOIN_KIND, &request);
    let result = match request.parse() {
        Ok(join) => state.store.join_session(key, &join, joiner, now).await.map_err(AppError::from),
        Err(code) => Err(code.into()),
    };
    if matches!(&result, Err(AppError::Refused(ErrorCode::JoinCodeNotFound))) {
        state.limits.attempt(Bucket::JoinByAddress, &address.to_string(), now)?;
    }
    result
}

/// One score, from the phone's outbox. Sent twice, it counts once.
#[utoipa::path(post, path = "/api/v1/scaling/scores", tag = "sessions", request_body = ScoreRequest,
    params(Operation),
    responses((status = 201, body = ScoreReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn give_score(
    State(state): State<AppState>,
    Operation(id): Operation,
    Json(request): Json<ScoreRequest>,
) -> Result<OperationAnswer, AppError> {
    let score = NewScore {
        token_hash: session::token_hash(&request.participant_token),
        measure: request.measure,
        moment: request.moment,
        score: tandem_domain::feedback::Score::parse(request.score)?,
        given_at: tandem_domain::sessions::device_time(request.given_at_ms)?,
    };
    let key = OperationKey::new(id, SCORE_KIND, &request);
    Ok(state.store.give_score(key, score, state.clock.now()).await?)
}

/// Where the session is now, and the phone's own scores (shown only when the young person asks).
#[utoipa::path(get, path = "/api/v1/scaling/participants/{token}", tag = "sessions",
    responses((status = 200, body = ParticipantStatus), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn participant_status(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<ParticipantStatus>, AppError> {
    let status = state.store.participant_status(&session::token_hash(&token)).await?;
    Ok(Json(status.ok_or(ErrorCode::NotFound)?))
}

/// A fresh join code, each character drawn uniformly from the alphabet.
pub fn new_join_code() -> JoinCode {
    JoinCode::from_random(&crate::accounts::invites::alphabet_indices::<{ JoinCode::LENGTH }>(&mut OsRng))
}
