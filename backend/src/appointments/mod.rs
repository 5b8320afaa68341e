//! Appointments. A worker makes one-off or repeating appointments for a young person (and, if
//! they choose, the carers); the case record can send them too, signed, and sending one again
//! changes nothing. Young people and carers see them on their phones (offline from the last
//! sync), say "I'll be there" or "I need to change this", and see past ones as the worker
//! recorded them. Making an appointment makes its reminders (`crate::reminders`); a reply goes
//! to the case record through the outbox, in the same transaction.

pub mod free_times;
pub mod postgres;
pub mod sqlite;
mod store;
pub mod tx;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{delete, get, post};
use axum::Router;
use tandem_domain::accounts::Relation;
use tandem_domain::appointments::{
    utc_text, AppointmentDetails, AppointmentRequest, AppointmentState, AppointmentView, FreeTime, ImportReceipt, ImportedAppointment,
    LocalTimes, NewAppointments, OutcomeRequest, ReplyRequest, ReplyView,
};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::people::{audit, require_case_access};
use crate::accounts::policy::{CaseStaff, DeviceOwners};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;

pub const CREATE_KIND: &str = "appointment.create";
pub const REPLY_KIND: &str = "appointment.reply";

/// An appointment as stored, with every reply.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAppointment {
    pub id: Uuid,
    pub young_person_id: Uuid,
    pub young_person_name: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub details: AppointmentDetails,
    pub state: AppointmentState,
    pub case_record_id: Option<String>,
    /// Everyone's latest reply, oldest first.
    pub replies: Vec<ReplyView>,
}

impl StoredAppointment {
    /// The appointment as `reader` may see it: staff (`None`) see every reply, a young person or
    /// carer only their own.
    pub fn view(&self, reader: Option<Uuid>) -> AppointmentView {
        let local = LocalTimes::of(self.starts_at, self.ends_at);
        AppointmentView {
            id: self.id,
            young_person_id: self.young_person_id,
            young_person_name: self.young_person_name.clone(),
            starts_at: utc_text(self.starts_at),
            ends_at: utc_text(self.ends_at),
            date: local.date,
            weekday: local.weekday,
            start: local.start,
            end: local.end,
            place: self.details.place.clone(),
            map_link: self.details.map_link.clone(),
            purpose: self.details.purpose.clone(),
            with_whom: self.details.with_whom.clone(),
            title: self.details.title.clone(),
            include_carers: self.details.include_carers,
            state: self.state,
            replies: self.replies.iter().filter(|reply| reader.is_none_or(|reader| reply.person_id == reader)).cloned().collect(),
            free_times: Vec::new(),
            case_record_appointment_id: self.case_record_id.clone(),
            preparation: None,
        }
    }
}

/// An appointment from the case record, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub case_record_appointment_id: String,
    pub young_person_case_record_id: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub details: AppointmentDetails,
    pub cancelled: bool,
}

impl Import {
    fn parse(imported: &ImportedAppointment) -> Result<Import, ErrorCode> {
        let instant = |raw: &str| OffsetDateTime::parse(raw.trim(), &Rfc3339).map_err(|_| ErrorCode::InvalidTime);
        let (starts_at, ends_at) = (instant(&imported.starts_at)?, instant(&imported.ends_at)?);
        let id = |raw: &str| {
            let id = tandem_domain::text::clean_free_text(raw, 200)?;
            if id.is_empty() {
                Err(ErrorCode::TextRequired)
            } else {
                Ok(id)
            }
        };
        if ends_at <= starts_at {
            return Err(ErrorCode::InvalidTime);
        }
        Ok(Import {
            case_record_appointment_id: id(&imported.case_record_appointment_id)?,
            young_person_case_record_id: id(&imported.young_person_case_record_id)?,
            starts_at,
            ends_at,
            details: AppointmentDetails::parse(
                &imported.place,
                imported.map_link.as_deref(),
                &imported.purpose,
                &imported.with_whom,
                &imported.title,
                imported.include_carers,
            )?,
            cancelled: imported.cancelled,
        })
    }
}

#[async_trait::async_trait]
pub trait AppointmentStore {
    /// Makes a worker's appointment (or series) and its reminders, once per operation; answers
    /// 201 with the new appointments.
    async fn create_appointments(
        &self,
        operation: OperationKey<'_>,
        young_person_id: Uuid,
        new: NewAppointments,
        // A review meeting's preparation form, asked for the first appointment in the same
        // transaction.
        preparation: Option<crate::assessments::NewRequest>,
        created_by: Uuid,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// Makes or updates the case record's appointment; `None` when no young person has that
    /// case-record identifier.
    async fn import_appointment(&self, import: Import, now: OffsetDateTime) -> Result<Option<ImportReceipt>, StorageError>;
    /// A young person's appointments from `since` on, soonest first.
    async fn appointments_of(&self, young_person_id: Uuid, since: OffsetDateTime) -> Result<Vec<StoredAppointment>, StorageError>;
    async fn appointment(&self, id: Uuid) -> Result<Option<StoredAppointment>, StorageError>;
    /// Keeps a reply, once per operation, with its outbox event; refused `appointment_over`
    /// once the appointment has started or was cancelled.
    async fn reply_to_appointment(
        &self,
        operation: OperationKey<'_>,
        appointment_id: Uuid,
        person_id: Uuid,
        party: &'static str,
        reply: ReplyRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn set_appointment_state(&self, appointment_id: Uuid, state: AppointmentState) -> Result<(), StorageError>;
    /// A worker's free times from `from` on, soonest first.
    async fn free_times_of_worker(&self, worker_id: Uuid, from: OffsetDateTime) -> Result<Vec<FreeTime>, StorageError>;
    /// Sets a time as free for a worker of `service_id`.
    async fn add_free_time(
        &self,
        service_id: Uuid,
        worker_id: Uuid,
        times: (OffsetDateTime, OffsetDateTime),
        now: OffsetDateTime,
    ) -> Result<FreeTime, StorageError>;
    /// Removes one of a worker's own free times; `false` when they have no such time.
    async fn remove_free_time(&self, worker_id: Uuid, id: Uuid) -> Result<bool, StorageError>;
    /// The free times, from `from` on, of the workers allocated to a young person: soonest
    /// first, at most `limit`.
    async fn free_times_for_young_person(
        &self,
        young_person_id: Uuid,
        from: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<FreeTime>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::APPOINTMENTS.template(), get(mine))
        .route(paths::APPOINTMENTS_REPLIES.template(), post(reply))
        .route(paths::APPOINTMENTS_OUTCOME.template(), post(outcome))
        .route(paths::YOUNG_PEOPLE_APPOINTMENTS.template(), get(of_young_person).post(create))
        .route(paths::IMPORT_APPOINTMENTS.template(), post(import))
        .route(paths::FREE_TIMES.template(), get(free_times::mine).post(free_times::add))
        .route(paths::FREE_TIMES_ITEM.template(), delete(free_times::remove))
}

/// How far back the phone's list reaches: past appointments with what the worker recorded.
const PAST_SHOWN: time::Duration = time::Duration::days(90);

/// The signed-in young person's appointments, or a carer's (those they are invited to), from
/// 90 days ago on.
#[utoipa::path(get, path = "/api/v1/appointments", tag = "appointments",
    responses((status = 200, body = [AppointmentView]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<AppointmentView>>, AppError> {
    let caller = &allowed.caller;
    let carer = caller.role == tandem_domain::accounts::Role::Carer;
    let young_people = if carer { state.store.young_people_of_carer(caller.person_id).await? } else { vec![caller.person_id] };
    let now = state.clock.now();
    let since = now - PAST_SHOWN;
    let mut views = Vec::new();
    for young_person_id in young_people {
        // What an appointment to come could move to, if it must.
        let free_times = state.store.free_times_for_young_person(young_person_id, now, free_times::OFFERED).await?;
        let mut theirs = Vec::new();
        for appointment in state.store.appointments_of(young_person_id, since).await? {
            if !carer || appointment.details.include_carers {
                let mut view = appointment.view(Some(caller.person_id));
                if view.state == AppointmentState::Upcoming {
                    view.free_times.clone_from(&free_times);
                }
                theirs.push(view);
            }
        }
        if !carer {
            crate::assessments::mark_preparations(&state, young_person_id, &mut theirs).await?;
        }
        views.extend(theirs);
    }
    views.sort_by(|a, b| a.starts_at.cmp(&b.starts_at));
    Ok(Json(views))
}

/// The appointment `id` if the caller is invited to it: its young person, or a linked carer
/// when carers are invited. Anyone else finds nothing.
async fn invited_to(state: &AppState, caller: &Caller, id: Uuid) -> Result<(StoredAppointment, &'static str), AppError> {
    let appointment = state.store.appointment(id).await?.ok_or(ErrorCode::NotFound)?;
    let party = match state.store.relation(caller, appointment.young_person_id).await? {
        Relation::TheYoungPerson => "young_person",
        Relation::LinkedCarer if appointment.details.include_carers => "carer",
        _ => return Err(ErrorCode::NotFound.into()),
    };
    Ok((appointment, party))
}

/// "I'll be there" or "I need to change this" (with why), from a phone's outbox.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/replies", tag = "appointments", params(("id" = Uuid, Path), Operation),
    request_body = ReplyRequest,
    responses((status = 201, body = AppointmentView), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn reply(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<ReplyRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    let (_, party) = invited_to(&state, caller, id).await?;
    let reply = request.parse()?;
    let key = OperationKey::new(operation, REPLY_KIND, &(id, &reply));
    Ok(state.store.reply_to_appointment(key, id, caller.person_id, party, reply, state.clock.now()).await?)
}

/// A young person's appointments for their worker or a manager, with every reply.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/appointments", tag = "appointments", params(("id" = Uuid, Path)),
    responses((status = 200, body = [AppointmentView]), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn of_young_person(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<AppointmentView>>, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let appointments = state.store.appointments_of(id, state.clock.now() - PAST_SHOWN).await?;
    audit(&state, caller, "appointments.read", Some(id), format!("{} appointments", appointments.len())).await?;
    let mut views: Vec<AppointmentView> = appointments.iter().map(|appointment| appointment.view(None)).collect();
    crate::assessments::mark_preparations(&state, id, &mut views).await?;
    Ok(Json(views))
}

/// A review meeting's preparation: "Getting ready for my review", asked of the young person,
/// due the day before the (first) meeting, or today when that is tomorrow.
fn review_preparation(young_person_id: Uuid, new: &NewAppointments, now: OffsetDateTime) -> crate::assessments::NewRequest {
    let today = tandem_domain::appointments::to_london(now).date();
    let meeting = new.times.first().map_or(today, |(starts_at, _)| tandem_domain::appointments::to_london(*starts_at).date());
    let day_before = meeting.previous_day().unwrap_or(meeting).max(today);
    crate::assessments::NewRequest {
        young_person_id,
        person_id: young_person_id,
        form: tandem_domain::assessments::FormKind::ReviewPrep,
        purpose: tandem_domain::assessments::Purpose::ReviewMeeting,
        due_on: day_before,
        appointment_id: None,
    }
}

/// A worker makes an appointment, a weekly or fortnightly series, or a programme's schedule in
/// phases, each at the same London time; a review meeting asks the young person to get ready.
#[utoipa::path(post, path = "/api/v1/young-people/{id}/appointments", tag = "appointments", params(("id" = Uuid, Path), Operation),
    request_body = AppointmentRequest,
    responses((status = 201, body = [AppointmentView]), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn create(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<AppointmentRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    crate::cases::require_open_case(&state, id).await?;
    let now = state.clock.now();
    let new = NewAppointments::parse(&request, now)?;
    let count = new.times.len();
    let key = OperationKey::new(operation, CREATE_KIND, &(id, &request));
    let preparation = request.review_meeting.then(|| review_preparation(id, &new, now));
    let answer = state.store.create_appointments(key, id, new, preparation, caller.person_id, now).await?;
    if !answer.replayed {
        audit(&state, caller, "appointments.create", Some(id), format!("{count} appointments")).await?;
        state.push.wake.notify_one();
    }
    Ok(answer)
}

/// The worker records what happened (attended, missed), or cancels.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/outcome", tag = "appointments", params(("id" = Uuid, Path)),
    request_body = OutcomeRequest,
    responses((status = 200, body = AppointmentView), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn outcome(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<OutcomeRequest>,
) -> Result<Json<AppointmentView>, AppError> {
    let caller = &allowed.caller;
    let appointment = state.store.appointment(id).await?.ok_or(ErrorCode::NotFound)?;
    require_case_access(&state, caller, appointment.young_person_id).await?;
    state.store.set_appointment_state(id, request.state).await?;
    audit(&state, caller, "appointments.outcome", Some(appointment.young_person_id), request.state.as_str().to_owned()).await?;
    let updated = state.store.appointment(id).await?.ok_or(ErrorCode::NotFound)?;
    Ok(Json(updated.view(None)))
}

/// An appointment from the case record, signed with the shared secret as Standard Webhooks
/// (`webhook-id`, `webhook-timestamp`, `webhook-signature`). Sending one again with the same
/// case-record id changes nothing; a changed time or a cancellation updates it.
#[utoipa::path(post, path = "/api/v1/import/appointments", tag = "appointments", request_body = ImportedAppointment,
    responses((status = 201, body = ImportReceipt), (status = 200, body = ImportReceipt, description = "Already imported"),
        (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn import(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Result<(StatusCode, Json<ImportReceipt>), AppError> {
    let Some(webhook) = &state.import_webhook else {
        return Err(ErrorCode::NotFound.into());
    };
    webhook.verify(&body, &headers).map_err(|_| ErrorCode::InvalidSignature)?;
    let imported: ImportedAppointment = serde_json::from_slice(&body).map_err(|_| ErrorCode::MalformedJson)?;
    let import = Import::parse(&imported)?;
    let receipt = state.store.import_appointment(import, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    state.push.wake.notify_one();
    let status = if receipt.changed { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(receipt)))
}
