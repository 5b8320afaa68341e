use sqlx::SqliteConnection;
use tandem_domain::accounts::Role;
use tandem_domain::appointments::{AppointmentDetails, LocalTimes, NewAppointments};
use tandem_domain::voice::api::{CabinetMeeting, CabinetMember};
use time::OffsetDateTime;
use uuid::Uuid;

use super::CabinetStore;
use crate::appointments::sqlite::{insert_appointment, replies_where, Placement};
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::storage::{from_millis, parse_stored_uuid, stored_count, to_millis, SqliteStore, StorageError};

type MeetingRow = (String, i64, i64, String, Option<String>, String, String, String, i64, Option<i64>, i64);

const MEETING_COLUMNS: &str = "m.id, m.starts_at, m.ends_at, m.place, m.map_link, m.purpose, m.with_whom, m.title, m.include_carers,
     m.cancelled_at, (SELECT COUNT(*) FROM appointments a WHERE a.cabinet_meeting_id = m.id AND a.state <> 'cancelled')
     FROM cabinet_meetings m";

async fn meeting(conn: &mut SqliteConnection, row: MeetingRow) -> Result<CabinetMeeting, StorageError> {
    let (id, starts_at, ends_at, place, _map_link, purpose, _with_whom, _title, _carers, cancelled_at, invited) = row;
    let local = LocalTimes::of(from_millis(starts_at)?, from_millis(ends_at)?);
    let condition = "r.appointment_id IN (SELECT id FROM appointments WHERE cabinet_meeting_id = ?)";
    Ok(CabinetMeeting {
        id: parse_stored_uuid(&id)?,
        date: local.date,
        weekday: local.weekday,
        start: local.start,
        end: local.end,
        place,
        purpose,
        cancelled: cancelled_at.is_some(),
        invited: stored_count(invited),
        replies: replies_where(conn, condition, &id).await?,
    })
}

/// Gives `young_person_id` a place (an appointment, with its reminders) at each of the
/// service's meetings that have not started and were not cancelled, unless they have one.
pub(crate) async fn invite_to_coming_meetings(
    conn: &mut SqliteConnection,
    service_id: &str,
    young_person_id: &str,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    let rows: Vec<MeetingRow> = sqlx::query_as(&format!(
        "SELECT {MEETING_COLUMNS} WHERE m.service_id = ? AND m.starts_at > ? AND m.cancelled_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.cabinet_meeting_id = m.id AND a.young_person_id = ?)"
    ))
    .bind(service_id)
    .bind(to_millis(now))
    .bind(young_person_id)
    .fetch_all(&mut *conn)
    .await?;
    for (id, starts_at, ends_at, place, map_link, purpose, with_whom, title, include_carers, _, _) in rows {
        let details = AppointmentDetails { place, map_link, purpose, with_whom, title, include_carers: include_carers != 0 };
        let placement = Placement {
            service_id,
            young_person_id,
            starts_at: from_millis(starts_at)?,
            ends_at: from_millis(ends_at)?,
            series_id: None,
            case_record_id: None,
            created_by: None,
            cabinet_meeting_id: Some(&id),
        };
        insert_appointment(conn, &placement, &details, now).await?;
    }
    Ok(())
}

/// A member who leaves is no longer expected: their places at meetings still to come are
/// cancelled (their reminders with them). Past meetings stay as they were.
pub(crate) async fn cancel_coming_places(conn: &mut SqliteConnection, young_person_id: &str, now: OffsetDateTime) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE appointments SET state = 'cancelled'
         WHERE young_person_id = ? AND cabinet_meeting_id IS NOT NULL AND state = 'upcoming' AND starts_at > ?",
    )
    .bind(young_person_id)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

#[async_trait::async_trait]
impl CabinetStore for SqliteStore {
    async fn schedule_cabinet_meetings(
        &self,
        operation: OperationKey<'_>,
        service_id: Uuid,
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
                    let service = service_id.to_string();
                    let members: Vec<String> = sqlx::query_scalar("SELECT young_person_id FROM cabinet_members WHERE service_id = ?")
                        .bind(&service)
                        .fetch_all(&mut *conn)
                        .await?;
                    let details = &new.details;
                    let mut ids = Vec::with_capacity(new.times.len());
                    for (starts_at, ends_at) in &new.times {
                        let id = Uuid::now_v7().to_string();
                        sqlx::query(
                            "INSERT INTO cabinet_meetings (id, service_id, starts_at, ends_at, place, map_link, purpose, with_whom, title,
                                                           include_carers, created_by, created_at)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        )
                        .bind(&id)
                        .bind(&service)
                        .bind(to_millis(*starts_at))
                        .bind(to_millis(*ends_at))
                        .bind(&details.place)
                        .bind(&details.map_link)
                        .bind(&details.purpose)
                        .bind(&details.with_whom)
                        .bind(&details.title)
                        .bind(i64::from(details.include_carers))
                        .bind(created_by.to_string())
                        .bind(to_millis(now))
                        .execute(&mut *conn)
                        .await?;
                        ids.push(id);
                    }
                    for member in &members {
                        invite_to_coming_meetings(conn, &service, member, now).await?;
                    }
                    let mut meetings = Vec::with_capacity(ids.len());
                    for id in &ids {
                        let row: MeetingRow =
                            sqlx::query_as(&format!("SELECT {MEETING_COLUMNS} WHERE m.id = ?")).bind(id).fetch_one(&mut *conn).await?;
                        meetings.push(meeting(conn, row).await?);
                    }
                    Ok((201, serde_json::to_value(meetings)?))
                })
            }),
        )
        .await
    }

    async fn cabinet_meetings(&self, service_id: Uuid, since: OffsetDateTime) -> Result<Vec<CabinetMeeting>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<MeetingRow> = sqlx::query_as(&format!("SELECT {MEETING_COLUMNS} WHERE m.service_id = ? AND m.ends_at > ? ORDER BY m.starts_at, m.id"))
            .bind(service_id.to_string())
            .bind(to_millis(since))
            .fetch_all(&mut *conn)
            .await?;
        let mut meetings = Vec::with_capacity(rows.len());
        for row in rows {
            meetings.push(meeting(&mut conn, row).await?);
        }
        Ok(meetings)
    }

    async fn cancel_cabinet_meeting(&self, service_id: Uuid, meeting_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError> {
        let mut tx = self.writer.begin().await?;
        let cancelled = sqlx::query("UPDATE cabinet_meetings SET cancelled_at = ? WHERE id = ? AND service_id = ? AND cancelled_at IS NULL")
            .bind(to_millis(now))
            .bind(meeting_id.to_string())
            .bind(service_id.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("UPDATE appointments SET state = 'cancelled' WHERE cabinet_meeting_id = ? AND state = 'upcoming'")
            .bind(meeting_id.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(cancelled == 1)
    }

    async fn cabinet_candidates(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT p.id, p.display_name FROM people p
             WHERE p.service_id = ? AND p.role = ?
               AND NOT EXISTS (SELECT 1 FROM cabinet_members m WHERE m.young_person_id = p.id)
             ORDER BY p.display_name, p.id",
        )
        .bind(service_id.to_string())
        .bind(Role::YoungPerson.as_str())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(|(id, name)| Ok(CabinetMember { young_person_id: parse_stored_uuid(&id)?, name })).collect()
    }
}
