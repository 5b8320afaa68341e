use serde_json::json;
use sqlx::SqliteConnection;
use tandem_domain::appointments::{
    appointment_reminders, utc_text, AppointmentDetails, AppointmentState, ImportReceipt, NewAppointments, ReplyRequest, ReplyView,
};
use tandem_domain::ErrorCode;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{AppointmentStore, Import, StoredAppointment};
use crate::accounts::sqlite::{carer_ids, name_of, service_of};
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::outbox::sqlite::append;
use crate::outbox::NewEvent;
use crate::reminders::sqlite::{rules_on, schedule};
use crate::storage::{from_millis, parse_stored_uuid, to_millis, SqliteStore, StorageError};

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

/// Stores one appointment and makes its reminders, on the caller's transaction. Used by the
/// worker's form, the case-record import and the demo alike.
pub async fn insert_appointment(
    conn: &mut SqliteConnection,
    placement: &Placement<'_>,
    details: &AppointmentDetails,
    now: OffsetDateTime,
) -> Result<Uuid, StorageError> {
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO appointments (id, service_id, young_person_id, starts_at, ends_at, place, map_link, purpose, with_whom,
                                   title, include_carers, series_id, case_record_id, created_by, created_at, cabinet_meeting_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id.to_string())
    .bind(placement.service_id)
    .bind(placement.young_person_id)
    .bind(to_millis(placement.starts_at))
    .bind(to_millis(placement.ends_at))
    .bind(&details.place)
    .bind(&details.map_link)
    .bind(&details.purpose)
    .bind(&details.with_whom)
    .bind(&details.title)
    .bind(i64::from(details.include_carers))
    .bind(placement.series_id)
    .bind(placement.case_record_id)
    .bind(placement.created_by)
    .bind(to_millis(now))
    .bind(placement.cabinet_meeting_id)
    .execute(&mut *conn)
    .await?;
    schedule_reminders(conn, &id.to_string(), 1, now).await?;
    Ok(id)
}

/// Makes the reminders of an appointment's `revision` for its young person and, when invited,
/// the carers.
async fn schedule_reminders(conn: &mut SqliteConnection, appointment_id: &str, revision: u32, now: OffsetDateTime) -> Result<(), StorageError> {
    let (service_id, young_person_id, starts_at, include_carers): (String, String, i64, i64) =
        sqlx::query_as("SELECT service_id, young_person_id, starts_at, include_carers FROM appointments WHERE id = ?")
            .bind(appointment_id)
            .fetch_one(&mut *conn)
            .await?;
    let rules = rules_on(conn, &service_id).await?;
    let mut people = vec![young_person_id.clone()];
    if include_carers != 0 {
        people.extend(carer_ids(conn, &young_person_id).await?);
    }
    for (kind, at) in appointment_reminders(from_millis(starts_at)?, &rules, now) {
        for person in &people {
            schedule(conn, person, kind, appointment_id, revision, at).await?;
        }
    }
    Ok(())
}

type AppointmentRow = (String, String, String, i64, i64, String, Option<String>, String, String, String, i64, String, Option<String>);

const COLUMNS: &str = "a.id, a.young_person_id, p.display_name, a.starts_at, a.ends_at, a.place, a.map_link, a.purpose, a.with_whom,
                       a.title, a.include_carers, a.state, a.case_record_id
                       FROM appointments a JOIN people p ON p.id = a.young_person_id";

async fn replies_of(conn: &mut SqliteConnection, appointment_id: &str) -> Result<Vec<ReplyView>, StorageError> {
    replies_where(conn, "r.appointment_id = ?", appointment_id).await
}

/// Everyone's latest reply to the appointments `condition` (with one `?`, bound to `id`) picks.
pub(crate) async fn replies_where(conn: &mut SqliteConnection, condition: &str, id: &str) -> Result<Vec<ReplyView>, StorageError> {
    let rows: Vec<(String, String, i64, String, i64)> = sqlx::query_as(&format!(
        "SELECT r.person_id, p.display_name, r.coming, r.reason, r.replied_at FROM appointment_replies r JOIN people p ON p.id = r.person_id
         WHERE {condition} ORDER BY r.replied_at, r.id"
    ))
    .bind(id)
    .fetch_all(conn)
    .await?;
    let replies = rows
        .into_iter()
        .map(|(person_id, name, coming, reason, at)| {
            Ok(ReplyView {
                person_id: parse_stored_uuid(&person_id)?,
                name,
                coming: coming != 0,
                reason,
                at: crate::plans::rfc3339(from_millis(at)?),
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    Ok(crate::plans::latest_per_person(replies, |reply| reply.person_id))
}

async fn stored(conn: &mut SqliteConnection, row: AppointmentRow) -> Result<StoredAppointment, StorageError> {
    let (id, young_person_id, name, starts_at, ends_at, place, map_link, purpose, with_whom, title, include_carers, state, case_record_id) = row;
    let replies = replies_of(conn, &id).await?;
    Ok(StoredAppointment {
        id: parse_stored_uuid(&id)?,
        young_person_id: parse_stored_uuid(&young_person_id)?,
        young_person_name: name,
        starts_at: from_millis(starts_at)?,
        ends_at: from_millis(ends_at)?,
        details: AppointmentDetails { place, map_link, purpose, with_whom, title, include_carers: include_carers != 0 },
        state: AppointmentState::parse(&state).ok_or_else(|| StorageError::Internal(format!("stored appointment state {state}")))?,
        case_record_id,
        replies,
    })
}

async fn appointment_on(conn: &mut SqliteConnection, id: &str) -> Result<Option<StoredAppointment>, StorageError> {
    let row: Option<AppointmentRow> = sqlx::query_as(&format!("SELECT {COLUMNS} WHERE a.id = ?")).bind(id).fetch_optional(&mut *conn).await?;
    match row {
        Some(row) => Ok(Some(stored(conn, row).await?)),
        None => Ok(None),
    }
}

#[async_trait::async_trait]
impl AppointmentStore for SqliteStore {
    async fn create_appointments(
        &self,
        operation: OperationKey<'_>,
        young_person_id: Uuid,
        new: NewAppointments,
        created_by: Uuid,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let young_person = young_person_id.to_string();
                    let service_id = service_of(conn, &young_person).await?;
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
                    Ok((201, serde_json::to_value(views)?))
                })
            }),
        )
        .await
    }

    async fn import_appointment(&self, import: Import, now: OffsetDateTime) -> Result<Option<ImportReceipt>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let person: Option<(String, String)> =
            sqlx::query_as("SELECT id, service_id FROM people WHERE case_record_id = ? AND role = 'young_person'")
                .bind(&import.young_person_case_record_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((young_person_id, service_id)) = person else {
            return Ok(None);
        };
        let existing: Option<(String, String, i64, i64, String, Option<String>, String, String, String, i64, String, i64)> = sqlx::query_as(
            "SELECT id, young_person_id, starts_at, ends_at, place, map_link, purpose, with_whom, title, include_carers, state, revision
             FROM appointments WHERE case_record_id = ?",
        )
        .bind(&import.case_record_appointment_id)
        .fetch_optional(&mut *tx)
        .await?;
        let state = if import.cancelled { AppointmentState::Cancelled } else { AppointmentState::Upcoming };
        let details = &import.details;
        let receipt = match existing {
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
                let id = insert_appointment(&mut tx, &placement, details, now).await?;
                if import.cancelled {
                    sqlx::query("UPDATE appointments SET state = 'cancelled' WHERE id = ?").bind(id.to_string()).execute(&mut *tx).await?;
                }
                ImportReceipt { appointment_id: id, changed: true }
            }
            Some((id, owner, starts_at, ends_at, place, map_link, purpose, with_whom, title, include_carers, stored_state, revision)) => {
                if owner != young_person_id {
                    // The case record moved its appointment to another young person: refuse, so
                    // nobody sees someone else's appointment.
                    return Err(StorageError::Refused(ErrorCode::Forbidden));
                }
                let same_time = starts_at == to_millis(import.starts_at) && ends_at == to_millis(import.ends_at);
                let same_details = AppointmentDetails { place, map_link, purpose, with_whom, title, include_carers: include_carers != 0 } == *details;
                // What the worker recorded (attended, missed) is not undone by the record resending.
                let same_state = stored_state == state.as_str() || (!import.cancelled && stored_state != "cancelled");
                if same_time && same_details && same_state {
                    ImportReceipt { appointment_id: parse_stored_uuid(&id)?, changed: false }
                } else {
                    let revision = if same_time { revision } else { revision + 1 };
                    let new_state = if same_state { stored_state } else { state.as_str().to_owned() };
                    sqlx::query(
                        "UPDATE appointments SET starts_at = ?, ends_at = ?, place = ?, map_link = ?, purpose = ?, with_whom = ?, title = ?,
                                                 include_carers = ?, state = ?, revision = ? WHERE id = ?",
                    )
                    .bind(to_millis(import.starts_at))
                    .bind(to_millis(import.ends_at))
                    .bind(&details.place)
                    .bind(&details.map_link)
                    .bind(&details.purpose)
                    .bind(&details.with_whom)
                    .bind(&details.title)
                    .bind(i64::from(details.include_carers))
                    .bind(&new_state)
                    .bind(revision)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                    if !same_time {
                        schedule_reminders(&mut tx, &id, u32::try_from(revision).unwrap_or(1), now).await?;
                    }
                    ImportReceipt { appointment_id: parse_stored_uuid(&id)?, changed: true }
                }
            }
        };
        tx.commit().await?;
        Ok(Some(receipt))
    }

    async fn appointments_of(&self, young_person_id: Uuid, since: OffsetDateTime) -> Result<Vec<StoredAppointment>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<AppointmentRow> = sqlx::query_as(&format!("SELECT {COLUMNS} WHERE a.young_person_id = ? AND a.ends_at >= ? ORDER BY a.starts_at, a.id"))
            .bind(young_person_id.to_string())
            .bind(to_millis(since))
            .fetch_all(&mut *conn)
            .await?;
        let mut appointments = Vec::with_capacity(rows.len());
        for row in rows {
            appointments.push(stored(&mut conn, row).await?);
        }
        Ok(appointments)
    }

    async fn appointment(&self, id: Uuid) -> Result<Option<StoredAppointment>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        appointment_on(&mut conn, &id.to_string()).await
    }

    async fn reply_to_appointment(
        &self,
        operation: OperationKey<'_>,
        appointment_id: Uuid,
        person_id: Uuid,
        party: &'static str,
        reply: ReplyRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let id = appointment_id.to_string();
                    let appointment = appointment_on(conn, &id).await?.ok_or(StorageError::Refused(ErrorCode::NotFound))?;
                    if appointment.state != AppointmentState::Upcoming || appointment.starts_at <= now {
                        return Err(StorageError::Refused(ErrorCode::AppointmentOver));
                    }
                    sqlx::query("INSERT INTO appointment_replies (id, appointment_id, person_id, coming, reason, replied_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .bind(Uuid::now_v7().to_string())
                        .bind(&id)
                        .bind(person_id.to_string())
                        .bind(i64::from(reply.coming))
                        .bind(&reply.reason)
                        .bind(to_millis(now))
                        .execute(&mut *conn)
                        .await?;
                    let name = name_of(conn, person_id).await?;
                    let payload = json!({
                        "appointment_id": appointment.id,
                        "case_record_appointment_id": appointment.case_record_id,
                        "starts_at": utc_text(appointment.starts_at),
                        "ends_at": utc_text(appointment.ends_at),
                        "purpose": appointment.details.purpose,
                        "place": appointment.details.place,
                        "person_id": person_id,
                        "person_name": name,
                        "party": party,
                        "coming": reply.coming,
                        "reason": reply.reason,
                    });
                    let event = NewEvent { kind: "appointment.reply".into(), young_person_id: Some(appointment.young_person_id), payload, occurred_at: now };
                    append(conn, &event).await?;
                    let updated = appointment_on(conn, &id).await?.ok_or(StorageError::Refused(ErrorCode::NotFound))?;
                    Ok((201, serde_json::to_value(updated.view(Some(person_id)))?))
                })
            }),
        )
        .await
    }

    async fn set_appointment_state(&self, appointment_id: Uuid, state: AppointmentState) -> Result<(), StorageError> {
        sqlx::query("UPDATE appointments SET state = ? WHERE id = ?")
            .bind(state.as_str())
            .bind(appointment_id.to_string())
            .execute(&self.writer)
            .await?;
        Ok(())
    }
}
