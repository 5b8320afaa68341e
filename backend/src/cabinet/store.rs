//! The cabinet store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`cabinet_store!`] for their store and connection types, in the SQL both take (`$1`
//! placeholders, `ON CONFLICT`). A member's place at a meeting is an appointment, made with the
//! appointments' own [`insert_appointment`](crate::appointments::tx::insert_appointment).

/// Expands the cabinet store for `$store` over `$conn`, with
/// `$engine`'s `run_once`.
macro_rules! cabinet_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;
        use tandem_domain::accounts::Role;
        use tandem_domain::appointments::{AppointmentDetails, LocalTimes, NewAppointments};
        use tandem_domain::voice::api::{CabinetMeeting, CabinetMember};
        use tandem_domain::ErrorCode;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::appointments::tx::{insert_appointment, replies_of, Placement};
        use $crate::cabinet::CabinetStore;
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::{from_millis, parse_stored_uuid, refused, stored_count, to_millis, StorageError};

        /// id, starts, ends, place, map link, purpose, with whom, title, carers (0/1), cancelled at, members invited.
        type MeetingRow = (String, i64, i64, String, Option<String>, String, String, String, i64, Option<i64>, i64);

        const MEETING_COLUMNS: &str = "m.id, m.starts_at, m.ends_at, m.place, m.map_link, m.purpose, m.with_whom, m.title, m.include_carers,
             m.cancelled_at, (SELECT COUNT(*) FROM appointments a WHERE a.cabinet_meeting_id = m.id AND a.state <> 'cancelled')
             FROM cabinet_meetings m";

        async fn meeting(conn: &mut $conn, row: MeetingRow) -> Result<CabinetMeeting, StorageError> {
            let (id, starts_at, ends_at, place, _map_link, purpose, _with_whom, _title, _carers, cancelled_at, invited) = row;
            let local = LocalTimes::of(from_millis(starts_at)?, from_millis(ends_at)?);
            let places: Vec<String> = sqlx::query_scalar("SELECT id FROM appointments WHERE cabinet_meeting_id = $1 ORDER BY id")
                .bind(&id)
                .fetch_all(&mut *conn)
                .await?;
            // One place per member, so each place's replies are one member's.
            let mut replies = Vec::new();
            for place in &places {
                replies.extend(replies_of(&mut *conn, place).await?);
            }
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
                replies,
            })
        }

        /// Gives `young_person_id` a place (an appointment, with its reminders) at each of the
        /// service's meetings that have not started and were not cancelled, unless they have one.
        async fn invite_to_coming_meetings(conn: &mut $conn, service_id: &str, young_person_id: &str, now: OffsetDateTime) -> Result<(), StorageError> {
            let rows: Vec<MeetingRow> = sqlx::query_as(&format!(
                "SELECT {MEETING_COLUMNS} WHERE m.service_id = $1 AND m.starts_at > $2 AND m.cancelled_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.cabinet_meeting_id = m.id AND a.young_person_id = $3)"
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
                insert_appointment(&mut *conn, &placement, &details, now).await?;
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl CabinetStore for $store {
            async fn cabinet(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT m.young_person_id, p.display_name FROM cabinet_members m JOIN people p ON p.id = m.young_person_id
                     WHERE m.service_id = $1 ORDER BY p.display_name, p.id",
                )
                .bind(service_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|(id, name)| Ok(CabinetMember { young_person_id: parse_stored_uuid(&id)?, name })).collect()
            }

            async fn add_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                let (service, person) = (service_id.to_string(), young_person_id.to_string());
                let mut tx = self.writer().begin().await?;
                let role: Option<String> =
                    sqlx::query_scalar("SELECT role FROM people WHERE id = $1 AND service_id = $2").bind(&person).bind(&service).fetch_optional(&mut *tx).await?;
                if role.as_deref() != Some(Role::YoungPerson.as_str()) {
                    return Err(refused(ErrorCode::NotAYoungPerson));
                }
                let added = sqlx::query("INSERT INTO cabinet_members (service_id, young_person_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(&service)
                    .bind(&person)
                    .bind(to_millis(now))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                // Only the request that added them gives the places (on PostgreSQL two could race).
                if added == 1 {
                    invite_to_coming_meetings(&mut tx, &service, &person, now).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn remove_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError> {
                let person = young_person_id.to_string();
                let mut tx = self.writer().begin().await?;
                let removed = sqlx::query("DELETE FROM cabinet_members WHERE service_id = $1 AND young_person_id = $2")
                    .bind(service_id.to_string())
                    .bind(&person)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if removed == 1 {
                    // Past meetings stay as they were.
                    sqlx::query(
                        "UPDATE appointments SET state = 'cancelled'
                         WHERE young_person_id = $1 AND cabinet_meeting_id IS NOT NULL AND state = 'upcoming' AND starts_at > $2",
                    )
                    .bind(&person)
                    .bind(to_millis(now))
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(removed == 1)
            }

            async fn schedule_cabinet_meetings(
                &self,
                operation: OperationKey<'_>,
                service_id: Uuid,
                new: NewAppointments,
                created_by: Uuid,
                now: OffsetDateTime,
            ) -> Result<OperationAnswer, StorageError> {
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            let service = service_id.to_string();
                            let members: Vec<String> = sqlx::query_scalar("SELECT young_person_id FROM cabinet_members WHERE service_id = $1")
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
                                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
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
                                invite_to_coming_meetings(&mut *conn, &service, member, now).await?;
                            }
                            let mut meetings = Vec::with_capacity(ids.len());
                            for id in &ids {
                                let row: MeetingRow =
                                    sqlx::query_as(&format!("SELECT {MEETING_COLUMNS} WHERE m.id = $1")).bind(id).fetch_one(&mut *conn).await?;
                                meetings.push(meeting(&mut *conn, row).await?);
                            }
                            Ok((201, serde_json::to_value(meetings)?))
                        })
                    }),
                )
                .await
            }

            async fn cabinet_meetings(&self, service_id: Uuid, since: OffsetDateTime) -> Result<Vec<CabinetMeeting>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let rows: Vec<MeetingRow> =
                    sqlx::query_as(&format!("SELECT {MEETING_COLUMNS} WHERE m.service_id = $1 AND m.ends_at > $2 ORDER BY m.starts_at, m.id"))
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
                let mut tx = self.writer().begin().await?;
                let cancelled = sqlx::query("UPDATE cabinet_meetings SET cancelled_at = $1 WHERE id = $2 AND service_id = $3 AND cancelled_at IS NULL")
                    .bind(to_millis(now))
                    .bind(meeting_id.to_string())
                    .bind(service_id.to_string())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if cancelled == 1 {
                    sqlx::query("UPDATE appointments SET state = 'cancelled' WHERE cabinet_meeting_id = $1 AND state = 'upcoming'")
                        .bind(meeting_id.to_string())
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(cancelled == 1)
            }

            async fn cabinet_candidates(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT p.id, p.display_name FROM people p
                     WHERE p.service_id = $1 AND p.role = $2 AND p.erased_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM cabinet_members m WHERE m.young_person_id = p.id)
                     ORDER BY p.display_name, p.id",
                )
                .bind(service_id.to_string())
                .bind(Role::YoungPerson.as_str())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|(id, name)| Ok(CabinetMember { young_person_id: parse_stored_uuid(&id)?, name })).collect()
            }
        }
    };
}

pub(crate) use cabinet_store;
