//! Appointment work written once for both engines: each engine's `AppointmentTx` supplies the SQL.

use tandem_domain::appointments::{
    appointment_reminders, utc_text, AppointmentDetails, AppointmentState, AppointmentView, FreeTime, ImportReceipt, NewAppointments,
    ReplyRequest, ReplyView,
};
use tandem_domain::events::{AppointmentReplyPayload, Event};
use tandem_domain::ErrorCode;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{Import, StoredAppointment};
use crate::reminders::tx::{rules_on, schedule, ReminderTx};
use crate::storage::{from_millis, parse_stored_uuid, to_millis, StorageError};

/// Where and when, as inserted.
pub struct Placement<'a> {
    pub service_id: &'a str,
    pub young_person_id: &'a str,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub series_id: Option<&'a str>,
    pub case_record_id: Option<&'a str>,
    pub created_by: Option<&'a str>,
    /// The youth cabinet meeting this is a member's place at.
    pub cabinet_meeting_id: Option<&'a str>,
}

/// An appointment as listed: id, young person, their name, times, details, state, case record id.
#[derive(sqlx::FromRow)]
pub struct AppointmentRow {
    pub id: String,
    pub young_person_id: String,
    pub display_name: String,
    pub starts_at: i64,
    pub ends_at: i64,
    #[sqlx(flatten)]
    pub details: DetailColumns,
    pub state: String,
    pub case_record_id: Option<String>,
}

/// An appointment's details as stored, read by both [`AppointmentRow`] and [`ImportedRow`].
#[derive(sqlx::FromRow)]
pub struct DetailColumns {
    pub place: String,
    pub map_link: Option<String>,
    pub purpose: String,
    pub with_whom: String,
    pub title: String,
    pub include_carers: i64,
}

impl DetailColumns {
    pub fn details(self) -> AppointmentDetails {
        let DetailColumns { place, map_link, purpose, with_whom, title, include_carers } = self;
        AppointmentDetails { place, map_link, purpose, with_whom, title, include_carers: include_carers != 0 }
    }
}

/// The columns of [`AppointmentRow`], from `appointments a` joined to the young person `p`.
pub(crate) const COLUMNS: &str =
    "a.id, a.young_person_id, p.display_name, a.starts_at, a.ends_at, a.place, a.map_link, a.purpose, a.with_whom,
                       a.title, a.include_carers, a.state, a.case_record_id
                       FROM appointments a JOIN people p ON p.id = a.young_person_id";

/// What a reminder schedule needs: service, young person, start, carers invited (0/1).
#[derive(sqlx::FromRow)]
pub struct ScheduleRow {
    pub service_id: String,
    pub young_person_id: String,
    pub starts_at: i64,
    pub include_carers: i64,
}
/// person_id, name, coming (0/1), reason, replied_at.
#[derive(sqlx::FromRow)]
pub struct ReplyRow {
    pub person_id: String,
    pub display_name: String,
    pub coming: i64,
    pub reason: String,
    pub replied_at: i64,
    pub asks_free_time_id: Option<String>,
    pub asks_starts_at: Option<i64>,
    pub asks_ends_at: Option<i64>,
}

/// A worker's free time a reply asks for: its id, start and end (milliseconds).
pub(crate) type AskedTime = (Uuid, i64, i64);
/// An appointment the case record sent: id, young person, times, details, state, revision.
#[derive(sqlx::FromRow)]
pub struct ImportedRow {
    pub id: String,
    pub young_person_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
    #[sqlx(flatten)]
    pub details: DetailColumns,
    pub state: String,
    pub revision: i64,
}

/// An imported appointment's new time, details, state and revision.
pub(crate) struct Reimport<'a> {
    pub id: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub details: &'a AppointmentDetails,
    pub state: &'a str,
    pub revision: i64,
}

#[async_trait::async_trait]
pub(crate) trait AppointmentTx: ReminderTx {
    async fn insert_appointment_row(
        &mut self,
        id: Uuid,
        placement: &Placement<'_>,
        details: &AppointmentDetails,
        now: i64,
    ) -> Result<(), StorageError>;
    async fn schedule_row(&mut self, id: &str) -> Result<ScheduleRow, StorageError>;
    async fn appointment_row(&mut self, id: &str) -> Result<Option<AppointmentRow>, StorageError>;
    async fn appointment_rows_of(&mut self, young_person_id: &str, since: i64) -> Result<Vec<AppointmentRow>, StorageError>;
    /// Every reply, oldest first.
    async fn reply_rows(&mut self, id: &str) -> Result<Vec<ReplyRow>, StorageError>;
    async fn insert_reply(
        &mut self,
        id: &str,
        person_id: Uuid,
        reply: &ReplyRequest,
        asks: Option<AskedTime>,
        now: i64,
    ) -> Result<(), StorageError>;
    /// A free time of a worker allocated to the young person, starting after `after`: (start, end).
    async fn free_time_for(&mut self, young_person_id: &str, free_time_id: Uuid, after: i64) -> Result<Option<(i64, i64)>, StorageError>;
    /// The young person (id, service) with this case-record identifier.
    async fn young_person_by_record(&mut self, case_record_id: &str) -> Result<Option<(String, String)>, StorageError>;
    /// The appointment the case record sent with this id. Imports of one id take turns (PostgreSQL
    /// serialises them, so two deliveries cannot both insert it).
    async fn imported_row(&mut self, case_record_appointment_id: &str) -> Result<Option<ImportedRow>, StorageError>;
    async fn update_imported(&mut self, change: &Reimport<'_>) -> Result<(), StorageError>;
    async fn set_state(&mut self, id: &str, state: &str) -> Result<(), StorageError>;
}

/// Stores one appointment and makes its reminders, on the caller's transaction. Used by the
/// worker's form, the case-record import and the demo alike.
pub(crate) async fn insert_appointment<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    placement: &Placement<'_>,
    details: &AppointmentDetails,
    now: OffsetDateTime,
) -> Result<Uuid, StorageError> {
    let id = Uuid::now_v7();
    conn.insert_appointment_row(id, placement, details, to_millis(now)).await?;
    schedule_reminders(conn, &id.to_string(), 1, now).await?;
    Ok(id)
}

/// Makes the reminders of an appointment's `revision` for its young person and, when invited,
/// the carers.
async fn schedule_reminders<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    appointment_id: &str,
    revision: u32,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    let ScheduleRow { service_id, young_person_id, starts_at, include_carers } = conn.schedule_row(appointment_id).await?;
    let rules = rules_on(conn, &service_id).await?;
    let mut people = vec![young_person_id.clone()];
    if include_carers != 0 {
        people.extend(conn.carer_ids(&young_person_id).await?);
    }
    for (kind, at) in appointment_reminders(from_millis(starts_at)?, &rules, now) {
        for person in &people {
            schedule(conn, person, kind, appointment_id, revision, at).await?;
        }
    }
    Ok(())
}

pub(crate) async fn replies_of<C: AppointmentTx + ?Sized>(conn: &mut C, appointment_id: &str) -> Result<Vec<ReplyView>, StorageError> {
    let replies = conn
        .reply_rows(appointment_id)
        .await?
        .into_iter()
        .map(|row| {
            let asks_for = match (row.asks_free_time_id, row.asks_starts_at, row.asks_ends_at) {
                (Some(id), Some(starts), Some(ends)) => {
                    Some(FreeTime::of(parse_stored_uuid(&id)?, from_millis(starts)?, from_millis(ends)?))
                }
                _ => None,
            };
            Ok(ReplyView {
                person_id: parse_stored_uuid(&row.person_id)?,
                name: row.display_name,
                coming: row.coming != 0,
                reason: row.reason,
                asks_for,
                at: crate::plans::rfc3339(from_millis(row.replied_at)?),
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    Ok(crate::plans::latest_per_person(replies, |reply| reply.person_id))
}

async fn stored<C: AppointmentTx + ?Sized>(conn: &mut C, row: AppointmentRow) -> Result<StoredAppointment, StorageError> {
    let AppointmentRow { id, young_person_id, display_name: name, starts_at, ends_at, details, state, case_record_id } = row;
    let replies = replies_of(conn, &id).await?;
    Ok(StoredAppointment {
        id: parse_stored_uuid(&id)?,
        young_person_id: parse_stored_uuid(&young_person_id)?,
        young_person_name: name,
        starts_at: from_millis(starts_at)?,
        ends_at: from_millis(ends_at)?,
        details: details.details(),
        state: AppointmentState::parse(&state).ok_or_else(|| StorageError::internal(format!("stored appointment state {state}")))?,
        case_record_id,
        replies,
    })
}

pub(crate) async fn appointment_on<C: AppointmentTx + ?Sized>(conn: &mut C, id: &str) -> Result<Option<StoredAppointment>, StorageError> {
    match conn.appointment_row(id).await? {
        Some(row) => Ok(Some(stored(conn, row).await?)),
        None => Ok(None),
    }
}

pub(crate) async fn appointments_of<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    since: OffsetDateTime,
) -> Result<Vec<StoredAppointment>, StorageError> {
    let rows = conn.appointment_rows_of(&young_person_id.to_string(), to_millis(since)).await?;
    let mut appointments = Vec::with_capacity(rows.len());
    for row in rows {
        appointments.push(stored(conn, row).await?);
    }
    Ok(appointments)
}

/// A worker's appointment or series with its reminders; answers the new appointments.
pub(crate) async fn create<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    new: NewAppointments,
    created_by: Uuid,
    now: OffsetDateTime,
) -> Result<Vec<AppointmentView>, StorageError> {
    let young_person = young_person_id.to_string();
    let service_id = conn.service_of(&young_person).await?;
    let series = (new.times.len() > 1).then(|| Uuid::now_v7().to_string());
    let creator = created_by.to_string();
    let mut views = Vec::new();
    for (starts_at, ends_at) in &new.times {
        let placement = Placement {
            service_id: &service_id,
            young_person_id: &young_person,
            starts_at: *starts_at,
            ends_at: *ends_at,
            series_id: series.as_deref(),
            case_record_id: None,
            created_by: Some(&creator),
            cabinet_meeting_id: None,
        };
        let id = insert_appointment(conn, &placement, &new.details, now).await?;
        if let Some(appointment) = appointment_on(conn, &id.to_string()).await? {
            views.push(appointment.view(None));
        }
    }
    Ok(views)
}

/// Makes or updates the case record's appointment, on the caller's transaction.
pub(crate) async fn import<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    import: Import,
    now: OffsetDateTime,
) -> Result<Option<ImportReceipt>, StorageError> {
    let Some((young_person_id, service_id)) = conn.young_person_by_record(&import.young_person_case_record_id).await? else {
        return Ok(None);
    };
    let existing = conn.imported_row(&import.case_record_appointment_id).await?;
    let state = if import.cancelled { AppointmentState::Cancelled } else { AppointmentState::Upcoming };
    let details = &import.details;
    Ok(Some(match existing {
        None => {
            let placement = Placement {
                service_id: &service_id,
                young_person_id: &young_person_id,
                starts_at: import.starts_at,
                ends_at: import.ends_at,
                series_id: None,
                case_record_id: Some(&import.case_record_appointment_id),
                created_by: None,
                cabinet_meeting_id: None,
            };
            let id = insert_appointment(conn, &placement, details, now).await?;
            if import.cancelled {
                conn.set_state(&id.to_string(), AppointmentState::Cancelled.as_str()).await?;
            }
            ImportReceipt { appointment_id: id, changed: true }
        }
        Some(ImportedRow { id, young_person_id: owner, starts_at, ends_at, details: stored_details, state: stored_state, revision }) => {
            if owner != young_person_id {
                // The case record moved its appointment to another young person: refuse, so
                // nobody sees someone else's appointment.
                return Err(StorageError::Refused(ErrorCode::Forbidden));
            }
            let same_time = starts_at == to_millis(import.starts_at) && ends_at == to_millis(import.ends_at);
            let same_details = stored_details.details() == *details;
            // What the worker recorded (attended, missed) is not undone by the record resending.
            let same_state = stored_state == state.as_str() || (!import.cancelled && stored_state != "cancelled");
            if same_time && same_details && same_state {
                ImportReceipt { appointment_id: parse_stored_uuid(&id)?, changed: false }
            } else {
                let revision = if same_time { revision } else { revision + 1 };
                let new_state = if same_state { stored_state } else { state.as_str().to_owned() };
                let change = Reimport {
                    id: &id,
                    starts_at: to_millis(import.starts_at),
                    ends_at: to_millis(import.ends_at),
                    details,
                    state: &new_state,
                    revision,
                };
                conn.update_imported(&change).await?;
                if !same_time {
                    schedule_reminders(conn, &id, u32::try_from(revision).unwrap_or(1), now).await?;
                }
                ImportReceipt { appointment_id: parse_stored_uuid(&id)?, changed: true }
            }
        }
    }))
}

/// Keeps a reply with its outbox event; answers 201 with the appointment as the person sees it.
pub(crate) async fn reply<C: AppointmentTx + ?Sized>(
    conn: &mut C,
    appointment_id: Uuid,
    person_id: Uuid,
    party: &'static str,
    reply: ReplyRequest,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    let id = appointment_id.to_string();
    let appointment = appointment_on(conn, &id).await?.ok_or(StorageError::Refused(ErrorCode::NotFound))?;
    if appointment.state != AppointmentState::Upcoming || appointment.starts_at <= now {
        return Err(StorageError::Refused(ErrorCode::AppointmentOver));
    }
    // A free time chosen on the phone must still be there, and still to come.
    let asks = match reply.free_time_id {
        Some(free_time) => {
            let found = conn.free_time_for(&appointment.young_person_id.to_string(), free_time, to_millis(now)).await?;
            Some(found.map(|(starts, ends)| (free_time, starts, ends)).ok_or(StorageError::Refused(ErrorCode::FreeTimeGone))?)
        }
        None => None,
    };
    conn.insert_reply(&id, person_id, &reply, asks, to_millis(now)).await?;
    let name = conn.name_of(person_id).await?;
    let payload = AppointmentReplyPayload {
        appointment_id: appointment.id,
        case_record_appointment_id: appointment.case_record_id.clone(),
        starts_at: utc_text(appointment.starts_at),
        ends_at: utc_text(appointment.ends_at),
        purpose: appointment.details.purpose.clone(),
        place: appointment.details.place.clone(),
        person_id,
        person_name: name,
        party: party.to_owned(),
        coming: reply.coming,
        reason: reply.reason.clone(),
        asks_for: asks
            .map(|(_, starts, ends)| -> Result<_, StorageError> {
                Ok(tandem_domain::events::Period { start: utc_text(from_millis(starts)?), end: utc_text(from_millis(ends)?) })
            })
            .transpose()?,
    };
    conn.append_about(Event::AppointmentReply(payload), appointment.young_person_id, now).await?;
    let updated = appointment_on(conn, &id).await?.ok_or(StorageError::Refused(ErrorCode::NotFound))?;
    Ok((201, serde_json::to_value(updated.view(Some(person_id)))?))
}
