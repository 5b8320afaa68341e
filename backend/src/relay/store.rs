//! The relay store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`relay_store!`] with their types. SQLite relays one server at a time under one lease
//! (`RelayStore::claim_due`'s default); PostgreSQL passes in its own `claim_due`, with which
//! several servers deliver side by side.

/// Expands the relay store for `$store`, with `$own` (trait items only one engine has) inside
/// its `RelayStore` impl.
macro_rules! relay_store {
    ($store:ident, { $($own:tt)* }) => {
        use $crate::storage::Engine as _;

        use tandem_domain::accounts::Role;
        use tandem_domain::relay::{RelayEvent, RelaySummary, STATUTORY_WINDOW};
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::relay::{
            due_event, refusal, relay_event, summary_of, Attempt, DueEvent, DueRow, LogRow, RelayStore,
            SummaryRow, DUE_COLUMNS, LOG_COLUMNS,
        };
        use $crate::accounts::Caller;
        use $crate::storage::{to_millis, StorageError};

        /// Events of a service, about one of its young people or about no one.
        const OF_SERVICE: &str =
            "FROM outbox_events e LEFT JOIN people p ON p.id = e.young_person_id WHERE e.service_id = $1";

        /// Due events: queued, due by `$1`, of services that relay, and the oldest of their young person
        /// not yet in the record (an event waits while an older one of the same young person is
        /// queued, retrying or failed, so the record receives each person's events in order).
        const DUE_FROM: &str = "FROM outbox_events e
             LEFT JOIN people p ON p.id = e.young_person_id
             LEFT JOIN services s ON s.id = e.service_id
             WHERE e.status = 'queued' AND e.next_attempt_at <= $1 AND COALESCE(s.relay_enabled, 1) = 1
               AND NOT EXISTS (
                 SELECT 1 FROM outbox_events earlier
                 WHERE earlier.young_person_id = e.young_person_id AND earlier.id < e.id
                   AND earlier.status IN ('queued', 'failed'))";

        #[async_trait::async_trait]
        impl RelayStore for $store {
            $($own)*

            async fn hold_lease(
                &self,
                name: &str,
                holder: &str,
                now: OffsetDateTime,
                until: OffsetDateTime,
            ) -> Result<bool, StorageError> {
                let taken = sqlx::query(
                    "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
                     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                     WHERE leases.holder = excluded.holder OR leases.expires_at < $4",
                )
                .bind(name)
                .bind(holder)
                .bind(to_millis(until))
                .bind(to_millis(now))
                .execute(self.writer())
                .await?;
                Ok(taken.rows_affected() == 1)
            }

            async fn due_events(
                &self,
                now: OffsetDateTime,
                limit: i64,
            ) -> Result<Vec<DueEvent>, StorageError> {
                let rows: Vec<DueRow> = sqlx::query_as(&format!("SELECT {DUE_COLUMNS} {DUE_FROM} ORDER BY e.id LIMIT $2"))
                    .bind(to_millis(now))
                    .bind(limit)
                    .fetch_all(self.reader())
                    .await?;
                rows.into_iter().map(due_event).collect()
            }

            async fn record_attempt(&self, id: Uuid, attempt: &Attempt) -> Result<(), StorageError> {
                let query = match attempt {
                    Attempt::Delivered { at } => sqlx::query(
                        "UPDATE outbox_events SET status = 'delivered', attempts = attempts + 1, delivered_at = $1, last_error = NULL
                         WHERE id = $2 AND status = 'queued'",
                    )
                    .bind(to_millis(*at)),
                    Attempt::Failed { error, next: Some(next) } => sqlx::query(
                        "UPDATE outbox_events SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3 AND status = 'queued'",
                    )
                    .bind(error.clone())
                    .bind(to_millis(*next)),
                    Attempt::Failed { error, next: None } => sqlx::query(
                        "UPDATE outbox_events SET status = 'failed', attempts = attempts + 1, last_error = $1 WHERE id = $2 AND status = 'queued'",
                    )
                    .bind(error.clone()),
                };
                // The event's young person is free for the next claim (this server's or another's): the
                // per-person leases of an engine that claims event by event (none exist on SQLite).
                let mut tx = self.writer().begin().await?;
                query.bind(id.to_string()).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM leases WHERE name = (SELECT 'relay:' || COALESCE(young_person_id, id) FROM outbox_events WHERE id = $1)")
                    .bind(id.to_string())
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn relay_events(
                &self,
                service_id: Uuid,
                young_person_id: Option<Uuid>,
                now: OffsetDateTime,
                limit: i64,
            ) -> Result<Vec<RelayEvent>, StorageError> {
                let rows: Vec<LogRow> = sqlx::query_as(&format!(
                    "SELECT {LOG_COLUMNS} {OF_SERVICE} AND (CAST($2 AS TEXT) IS NULL OR p.id = $2) ORDER BY e.id DESC LIMIT $3"
                ))
                .bind(service_id.to_string())
                .bind(young_person_id.map(|id| id.to_string()))
                .bind(limit)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|row| relay_event(row, now)).collect()
            }

            async fn relay_summary(
                &self,
                service_id: Uuid,
                now: OffsetDateTime,
            ) -> Result<RelaySummary, StorageError> {
                let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
                    "SELECT e.status, e.attempts > 0 AS retried, e.recorded_by IS NOT NULL AS recorded, COUNT(*) AS count,
                            CAST(COALESCE(SUM(CASE WHEN e.status <> 'delivered' AND e.occurred_at < $2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue
                     {OF_SERVICE} GROUP BY 1, 2, 3"
                ))
                .bind(service_id.to_string())
                .bind(to_millis(now - STATUTORY_WINDOW))
                .fetch_all(self.reader())
                .await?;
                Ok(summary_of(rows, self.relay_enabled(service_id).await?))
            }

            async fn retry_event(
                &self,
                service_id: Uuid,
                id: Uuid,
                now: OffsetDateTime,
            ) -> Result<(), StorageError> {
                let changed = sqlx::query(&format!(
                    "UPDATE outbox_events SET status = 'queued', next_attempt_at = $2
                     WHERE id = $3 AND status = 'failed' AND id IN (SELECT e.id {OF_SERVICE})"
                ))
                .bind(service_id.to_string())
                .bind(to_millis(now))
                .bind(id.to_string())
                .execute(self.writer())
                .await?;
                if changed.rows_affected() == 1 {
                    return Ok(());
                }
                Err(self.refusal_for(service_id, id).await?)
            }

            async fn mark_recorded(
                &self,
                caller: &Caller,
                id: Uuid,
                now: OffsetDateTime,
            ) -> Result<(), StorageError> {
                // A worker may record events of young people allocated to them; a manager any in the service.
                let allocated = if caller.role == Role::Manager {
                    ""
                } else {
                    "AND e.young_person_id IN (SELECT young_person_id FROM allocations WHERE worker_id = $3)"
                };
                let sql = format!(
                    "UPDATE outbox_events SET status = 'delivered', delivered_at = $2, recorded_by = $3, last_error = NULL
                     WHERE id = $4 AND status IN ('queued', 'failed') AND id IN (SELECT e.id {OF_SERVICE} {allocated})"
                );
                let query = sqlx::query(&sql)
                    .bind(caller.service_id.to_string())
                    .bind(to_millis(now))
                    .bind(caller.person_id.to_string())
                    .bind(id.to_string());
                if query.execute(self.writer()).await?.rows_affected() == 1 {
                    return Ok(());
                }
                Err(self.refusal_for(caller.service_id, id).await?)
            }

            async fn pending_for(&self, young_person_id: Uuid) -> Result<Vec<DueEvent>, StorageError> {
                let rows: Vec<DueRow> = sqlx::query_as(&format!(
                    "SELECT {DUE_COLUMNS} FROM outbox_events e LEFT JOIN people p ON p.id = e.young_person_id
                     WHERE e.young_person_id = $1 AND e.status IN ('queued', 'failed') ORDER BY e.id"
                ))
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(due_event).collect()
            }

            async fn set_case_record_id(
                &self,
                young_person_id: Uuid,
                case_record_id: Option<&str>,
            ) -> Result<(), StorageError> {
                sqlx::query("UPDATE people SET case_record_id = $1 WHERE id = $2 AND role = 'young_person'")
                    .bind(case_record_id)
                    .bind(young_person_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn case_record_id(&self, young_person_id: Uuid) -> Result<Option<String>, StorageError> {
                let id: Option<Option<String>> = sqlx::query_scalar("SELECT case_record_id FROM people WHERE id = $1")
                    .bind(young_person_id.to_string())
                    .fetch_optional(self.reader())
                    .await?;
                Ok(id.flatten())
            }

            async fn relay_enabled(&self, service_id: Uuid) -> Result<bool, StorageError> {
                let enabled: Option<i64> = sqlx::query_scalar("SELECT relay_enabled FROM services WHERE id = $1")
                    .bind(service_id.to_string())
                    .fetch_optional(self.reader())
                    .await?;
                Ok(enabled == Some(1))
            }

            async fn set_relay_enabled(&self, service_id: Uuid, enabled: bool) -> Result<(), StorageError> {
                sqlx::query("UPDATE services SET relay_enabled = $1 WHERE id = $2")
                    .bind(i64::from(enabled))
                    .bind(service_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }
        }

        impl $store {
            /// Why an event could not be changed: not one the caller may see, or not in that state.
            async fn refusal_for(&self, service_id: Uuid, id: Uuid) -> Result<StorageError, StorageError> {
                let visible: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {OF_SERVICE} AND e.id = $2"))
                    .bind(service_id.to_string())
                    .bind(id.to_string())
                    .fetch_one(self.reader())
                    .await?;
                Ok(refusal(visible))
            }
        }
    };
}

pub(crate) use relay_store;
