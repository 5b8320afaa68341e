//! The appointment store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`appointment_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`AppointmentTx`](crate::appointments::tx::AppointmentTx); this is only its SQL and the store's reads.

/// Expands the appointments store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! appointment_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::assessments::NewRequest;
        use $crate::storage::Engine as _;

        use tandem_domain::appointments::{AppointmentDetails, AppointmentState, FreeTime, ImportReceipt, NewAppointments, ReplyRequest};
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::appointments::tx::{self, AppointmentRow, AppointmentTx, ImportedRow, Reimport, ReplyRow, ScheduleRow, COLUMNS};
        use $crate::appointments::{AppointmentStore, Import, StoredAppointment};
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::{to_millis, StorageError};

        pub use $crate::appointments::tx::Placement;

        /// (id, starts, ends) rows as free times.
        fn free_times(rows: Vec<(String, i64, i64)>) -> Result<Vec<FreeTime>, StorageError> {
            rows.into_iter()
                .map(|(id, starts, ends)| Ok(FreeTime::of($crate::storage::parse_stored_uuid(&id)?, $crate::storage::from_millis(starts)?, $crate::storage::from_millis(ends)?)))
                .collect()
        }

        /// Stores one appointment and makes its reminders, on the caller's transaction (see [`tx::insert_appointment`]).
        pub async fn insert_appointment(conn: &mut $conn, placement: &Placement<'_>, details: &AppointmentDetails, now: OffsetDateTime) -> Result<Uuid, StorageError> {
            tx::insert_appointment(conn, placement, details, now).await
        }

        #[async_trait::async_trait]
        impl AppointmentTx for $conn {
            async fn insert_appointment_row(&mut self, id: Uuid, placement: &Placement<'_>, details: &AppointmentDetails, now: i64) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO appointments (id, service_id, young_person_id, starts_at, ends_at, place, map_link, purpose, with_whom,
                                               title, include_carers, series_id, case_record_id, created_by, created_at, cabinet_meeting_id)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                )
                .bind(id.to_string())
                .bind(placement.service_id)
                .bind(placement.young_person_id)
                .bind($crate::storage::to_millis(placement.starts_at))
                .bind($crate::storage::to_millis(placement.ends_at))
                .bind(&details.place)
                .bind(&details.map_link)
                .bind(&details.purpose)
                .bind(&details.with_whom)
                .bind(&details.title)
                .bind(i64::from(details.include_carers))
                .bind(placement.series_id)
                .bind(placement.case_record_id)
                .bind(placement.created_by)
                .bind(now)
                .bind(placement.cabinet_meeting_id)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn schedule_row(&mut self, id: &str) -> Result<ScheduleRow, StorageError> {
                Ok(sqlx::query_as("SELECT service_id, young_person_id, starts_at, include_carers FROM appointments WHERE id = $1").bind(id).fetch_one(self).await?)
            }

            async fn appointment_row(&mut self, id: &str) -> Result<Option<AppointmentRow>, StorageError> {
                Ok(sqlx::query_as(&format!("SELECT {COLUMNS} WHERE a.id = $1")).bind(id).fetch_optional(self).await?)
            }

            async fn appointment_rows_of(&mut self, young_person_id: &str, since: i64) -> Result<Vec<AppointmentRow>, StorageError> {
                Ok(sqlx::query_as(&format!("SELECT {COLUMNS} WHERE a.young_person_id = $1 AND a.ends_at >= $2 ORDER BY a.starts_at, a.id"))
                    .bind(young_person_id)
                    .bind(since)
                    .fetch_all(self)
                    .await?)
            }

            async fn reply_rows(&mut self, id: &str) -> Result<Vec<ReplyRow>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT r.person_id, p.display_name, r.coming, r.reason, r.replied_at, r.asks_free_time_id, r.asks_starts_at, r.asks_ends_at
                     FROM appointment_replies r JOIN people p ON p.id = r.person_id
                     WHERE r.appointment_id = $1 ORDER BY r.replied_at, r.id",
                )
                .bind(id)
                .fetch_all(self)
                .await?)
            }

            async fn insert_reply(&mut self, id: &str, person_id: Uuid, reply: &ReplyRequest, asks: Option<tx::AskedTime>, now: i64) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO appointment_replies (id, appointment_id, person_id, coming, reason, replied_at, asks_free_time_id, asks_starts_at, asks_ends_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(Uuid::now_v7().to_string())
                .bind(id)
                .bind(person_id.to_string())
                .bind(i64::from(reply.coming))
                .bind(&reply.reason)
                .bind(now)
                .bind(asks.map(|(free_time, _, _)| free_time.to_string()))
                .bind(asks.map(|(_, starts, _)| starts))
                .bind(asks.map(|(_, _, ends)| ends))
                .execute(self)
                .await?;
                Ok(())
            }

            async fn free_time_for(&mut self, young_person_id: &str, free_time_id: Uuid, after: i64) -> Result<Option<(i64, i64)>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT f.starts_at, f.ends_at FROM free_times f JOIN allocations a ON a.worker_id = f.worker_id
                     WHERE a.young_person_id = $1 AND f.id = $2 AND f.starts_at > $3",
                )
                .bind(young_person_id)
                .bind(free_time_id.to_string())
                .bind(after)
                .fetch_optional(self)
                .await?)
            }

            async fn young_person_by_record(&mut self, case_record_id: &str) -> Result<Option<(String, String)>, StorageError> {
                Ok(sqlx::query_as("SELECT id, service_id FROM people WHERE case_record_id = $1 AND role = 'young_person'")
                    .bind(case_record_id)
                    .fetch_optional(self)
                    .await?)
            }

            // Two deliveries of one case-record appointment take turns on its id, so the second
            // finds what the first inserted instead of failing on the UNIQUE id.
            async fn imported_row(&mut self, case_record_appointment_id: &str) -> Result<Option<ImportedRow>, StorageError> {
                <$store as $crate::storage::Engine>::hold(self, "appointment import", case_record_appointment_id).await?;
                Ok(sqlx::query_as(
                    "SELECT id, young_person_id, starts_at, ends_at, place, map_link, purpose, with_whom, title, include_carers, state, revision
                     FROM appointments WHERE case_record_id = $1",
                )
                .bind(case_record_appointment_id)
                .fetch_optional(self)
                .await?)
            }

            async fn update_imported(&mut self, change: &Reimport<'_>) -> Result<(), StorageError> {
                let details = change.details;
                sqlx::query(
                    "UPDATE appointments SET starts_at = $1, ends_at = $2, place = $3, map_link = $4, purpose = $5, with_whom = $6, title = $7,
                                             include_carers = $8, state = $9, revision = $10 WHERE id = $11",
                )
                .bind(change.starts_at)
                .bind(change.ends_at)
                .bind(&details.place)
                .bind(&details.map_link)
                .bind(&details.purpose)
                .bind(&details.with_whom)
                .bind(&details.title)
                .bind(i64::from(details.include_carers))
                .bind(change.state)
                .bind(change.revision)
                .bind(change.id)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn set_state(&mut self, id: &str, state: &str) -> Result<(), StorageError> {
                sqlx::query("UPDATE appointments SET state = $1 WHERE id = $2").bind(state).bind(id).execute(self).await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl AppointmentStore for $store {
            async fn create_appointments(&self, operation: OperationKey<'_>, young_person_id: Uuid, new: NewAppointments, preparation: Option<NewRequest>, created_by: Uuid, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let mut views = tx::create(conn, young_person_id, new, created_by, now).await?;
                    // A review meeting: the young person's preparation form, for the first one.
                    if let (Some(mut preparation), Some(first)) = (preparation, views.first_mut()) {
                        preparation.appointment_id = Some(first.id);
                        let service_id = $crate::storage::parse_stored_uuid(&$crate::storage::tx::Tx::service_of(&mut *conn, &young_person_id.to_string()).await?)?;
                        let asked = $crate::assessments::$engine::ask(conn, service_id, created_by, &preparation, now).await?;
                        first.preparation = Some(tandem_domain::appointments::Preparation { form_id: asked.id, answered: false });
                    }
                    Ok((201, serde_json::to_value(views)?))
                }))).await
            }

            async fn import_appointment(&self, import: Import, now: OffsetDateTime) -> Result<Option<ImportReceipt>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let receipt = tx::import(&mut *transaction, import, now).await?;
                transaction.commit().await?;
                Ok(receipt)
            }

            async fn appointments_of(&self, young_person_id: Uuid, since: OffsetDateTime) -> Result<Vec<StoredAppointment>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::appointments_of(&mut *conn, young_person_id, since).await
            }

            async fn appointment(&self, id: Uuid) -> Result<Option<StoredAppointment>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::appointment_on(&mut *conn, &id.to_string()).await
            }

            async fn reply_to_appointment(&self, operation: OperationKey<'_>, appointment_id: Uuid, person_id: Uuid, party: &'static str, reply: ReplyRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(tx::reply(conn, appointment_id, person_id, party, reply, now)))).await
            }

            async fn set_appointment_state(&self, appointment_id: Uuid, state: AppointmentState) -> Result<(), StorageError> {
                let mut conn = self.writer().acquire().await?;
                conn.set_state(&appointment_id.to_string(), state.as_str()).await
            }

            async fn free_times_of_worker(&self, worker_id: Uuid, from: OffsetDateTime) -> Result<Vec<FreeTime>, StorageError> {
                let rows: Vec<(String, i64, i64)> =
                    sqlx::query_as("SELECT id, starts_at, ends_at FROM free_times WHERE worker_id = $1 AND starts_at > $2 ORDER BY starts_at, id")
                        .bind(worker_id.to_string())
                        .bind(to_millis(from))
                        .fetch_all(self.reader())
                        .await?;
                free_times(rows)
            }

            async fn add_free_time(
                &self,
                service_id: Uuid,
                worker_id: Uuid,
                (starts_at, ends_at): (OffsetDateTime, OffsetDateTime),
                now: OffsetDateTime,
            ) -> Result<FreeTime, StorageError> {
                let id = Uuid::now_v7();
                sqlx::query("INSERT INTO free_times (id, service_id, worker_id, starts_at, ends_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(id.to_string())
                    .bind(service_id.to_string())
                    .bind(worker_id.to_string())
                    .bind(to_millis(starts_at))
                    .bind(to_millis(ends_at))
                    .bind(to_millis(now))
                    .execute(self.writer())
                    .await?;
                Ok(FreeTime::of(id, starts_at, ends_at))
            }

            async fn remove_free_time(&self, worker_id: Uuid, id: Uuid) -> Result<bool, StorageError> {
                let removed = sqlx::query("DELETE FROM free_times WHERE id = $1 AND worker_id = $2")
                    .bind(id.to_string())
                    .bind(worker_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(removed.rows_affected() > 0)
            }

            async fn free_times_for_young_person(&self, young_person_id: Uuid, from: OffsetDateTime, limit: i64) -> Result<Vec<FreeTime>, StorageError> {
                let rows: Vec<(String, i64, i64)> = sqlx::query_as(
                    "SELECT f.id, f.starts_at, f.ends_at FROM free_times f JOIN allocations a ON a.worker_id = f.worker_id
                     WHERE a.young_person_id = $1 AND f.starts_at > $2 ORDER BY f.starts_at, f.id LIMIT $3",
                )
                .bind(young_person_id.to_string())
                .bind(to_millis(from))
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                free_times(rows)
            }
        }
    };
}

pub(crate) use appointment_store;
