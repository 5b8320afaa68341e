//! The case store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`case_store!`] for their store and connection types.

/// Expands the case store for `$store` over `$conn`, with `$engine`'s audit log.
macro_rules! case_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use tandem_domain::cases::{CaseClosure, CaseClosureDay, ClosureReason};
        use time::OffsetDateTime;
        use uuid::Uuid;
        use $crate::storage::Engine as _;

        use super::{blank_own_words, CaseStore, Erasure, ERASE, SENDING_WINDOW};
        use $crate::accounts::$engine::insert_audit;
        use $crate::accounts::{AuditActor, Caller, NewAuditEntry};
        use $crate::storage::{from_millis, to_millis, StorageError};

        #[derive(sqlx::FromRow)]
        struct ClosureRow {
            closed_on: String,
            reason: String,
            closed_by: String,
            closed_at: i64,
        }

        /// The young person and those of their carers with no other open case: whose phones go.
        const LEAVING: &str = "SELECT $1 UNION SELECT l.carer_id FROM carer_links l WHERE l.young_person_id = $1
             AND NOT EXISTS (SELECT 1 FROM carer_links o WHERE o.carer_id = l.carer_id
                             AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.young_person_id = o.young_person_id))";

        async fn audit(conn: &mut $conn, caller: &Caller, action: &str, young_person_id: Uuid, detail: String, at: OffsetDateTime) -> Result<(), StorageError> {
            insert_audit(conn, &NewAuditEntry { by: AuditActor::Person(caller), action, young_person_id: Some(young_person_id), detail, at }).await
        }

        #[async_trait::async_trait]
        impl CaseStore for $store {
            async fn close_case(
                &self,
                caller: &Caller,
                young_person_id: Uuid,
                closed_on: CaseClosureDay,
                reason: ClosureReason,
                now: OffsetDateTime,
            ) -> Result<bool, StorageError> {
                let id = young_person_id.to_string();
                let at = to_millis(now);
                let mut tx = self.writer().begin().await?;
                let inserted = sqlx::query(
                    "INSERT INTO case_closures (young_person_id, closed_on, reason, closed_by, closed_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (young_person_id) DO NOTHING",
                )
                .bind(&id)
                .bind(closed_on.iso())
                .bind(reason.as_str())
                .bind(caller.person_id.to_string())
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    return Ok(false);
                }
                // Nothing more is booked: appointments still to come are cancelled (a new
                // revision, so reminders made for them are not sent).
                let cancelled = sqlx::query(
                    "UPDATE appointments SET state = 'cancelled', revision = revision + 1
                     WHERE young_person_id = $1 AND state = 'upcoming' AND starts_at > $2",
                )
                .bind(&id)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                // Nor reminded: the young person's own reminders, and anyone's about their plan
                // or their appointments.
                sqlx::query(
                    "UPDATE reminders SET state = 'skipped', outcome = 'case closed', settled_at = $2
                     WHERE state = 'due' AND (person_id = $1 OR subject_id = $1
                           OR subject_id IN (SELECT a.id FROM appointments a WHERE a.young_person_id = $1))",
                )
                .bind(&id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                // The leaving phones get no more pushes of any kind, and no new codes work.
                sqlx::query(&format!(
                    "UPDATE push_messages SET state = 'gone', last_error = 'case closed'
                     WHERE state = 'queued' AND subscription_id IN (SELECT s.id FROM push_subscriptions s WHERE s.person_id IN ({LEAVING}))"
                ))
                .bind(&id)
                .execute(&mut *tx)
                .await?;
                sqlx::query(&format!("DELETE FROM push_subscriptions WHERE person_id IN ({LEAVING})")).bind(&id).execute(&mut *tx).await?;
                sqlx::query(&format!(
                    "UPDATE invites SET revoked_at = $2 WHERE used_at IS NULL AND revoked_at IS NULL AND person_id IN ({LEAVING})"
                ))
                .bind(&id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                // Their phones may send what they hold for a while, then end wherever they are.
                let last = to_millis(now + SENDING_WINDOW);
                let phones = sqlx::query(&format!(
                    "UPDATE sessions SET expires_at = CASE WHEN expires_at > $2 THEN $2 ELSE expires_at END
                     WHERE kind = 'device' AND ended_at IS NULL AND person_id IN ({LEAVING})"
                ))
                .bind(&id)
                .bind(last)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let detail = format!("{}, closed on {}; {cancelled} appointments cancelled, {phones} phones signing out", reason.as_str(), closed_on.iso());
                audit(&mut tx, caller, "case.close", young_person_id, detail, now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn reopen_case(&self, caller: &Caller, young_person_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError> {
                let mut tx = self.writer().begin().await?;
                let removed = sqlx::query("DELETE FROM case_closures WHERE young_person_id = $1")
                    .bind(young_person_id.to_string())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if removed == 0 {
                    return Ok(false);
                }
                audit(&mut tx, caller, "case.reopen", young_person_id, String::new(), now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn erase_person(
                &self,
                by: AuditActor<'_>,
                service_id: Uuid,
                person_id: Uuid,
                reason: &str,
                now: OffsetDateTime,
            ) -> Result<Erasure, StorageError> {
                let id = person_id.to_string();
                let mut tx = self.writer().begin().await?;
                let role: Option<String> = sqlx::query_scalar(
                    "SELECT role FROM people WHERE id = $1 AND service_id = $2 AND role IN ('young_person', 'carer') AND erased_at IS NULL",
                )
                .bind(&id)
                .bind(service_id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
                if role.is_none() {
                    return Ok(Erasure::NotFound);
                }
                // What they sent reaches the case record first: erasing it here must not lose it.
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM outbox_events WHERE status <> 'delivered' AND (young_person_id = $1 OR payload LIKE '%' || $1 || '%')",
                )
                .bind(&id)
                .fetch_one(&mut *tx)
                .await?;
                if waiting > 0 {
                    return Ok(Erasure::EventsWaiting);
                }
                // Named survey answers keep counting without a name; their own words go.
                let responses: Vec<(String, String)> = sqlx::query_as("SELECT id, answers FROM survey_responses WHERE person_id = $1")
                    .bind(&id)
                    .fetch_all(&mut *tx)
                    .await?;
                for (response, answers) in responses {
                    let mut answers: serde_json::Value = serde_json::from_str(&answers)?;
                    blank_own_words(&mut answers);
                    sqlx::query("UPDATE survey_responses SET answers = $1 WHERE id = $2")
                        .bind(answers.to_string())
                        .bind(&response)
                        .execute(&mut *tx)
                        .await?;
                }
                for statement in ERASE {
                    sqlx::query(statement).bind(&id).bind(to_millis(now)).execute(&mut *tx).await?;
                }
                let young_person_id = (role.as_deref() == Some("young_person")).then_some(person_id);
                let entry = NewAuditEntry { by, action: "person.erase", young_person_id, detail: reason.to_owned(), at: now };
                insert_audit(&mut tx, &entry).await?;
                tx.commit().await?;
                self.forget_erased().await?;
                Ok(Erasure::Erased)
            }

            async fn subject_access(&self, person_id: Uuid) -> Result<Vec<tandem_domain::cases::SubjectAccessSection>, StorageError> {
                use sqlx::{Column, Row};
                let mut conn = self.reader().acquire().await?;
                let mut sections = Vec::new();
                for (name, title, sql) in super::access::SECTIONS {
                    let rows = sqlx::query(sql).bind(person_id.to_string()).fetch_all(&mut *conn).await?;
                    let rows = rows
                        .iter()
                        .map(|row| {
                            row.columns()
                                .iter()
                                .enumerate()
                                .map(|(index, column)| {
                                    // Each column as it is stored: text, a whole number, a number, or nothing.
                                    let value = match row.try_get::<Option<String>, _>(index) {
                                        Ok(text) => text.map(serde_json::Value::from),
                                        Err(_) => match row.try_get::<Option<i64>, _>(index) {
                                            Ok(number) => number.map(serde_json::Value::from),
                                            Err(_) => row.try_get::<Option<f64>, _>(index).ok().flatten().map(serde_json::Value::from),
                                        },
                                    };
                                    (column.name().to_owned(), value.unwrap_or(serde_json::Value::Null))
                                })
                                .collect()
                        })
                        .collect();
                    sections.push(super::access::section(name, title, rows));
                }
                Ok(sections)
            }

            async fn case_closure(&self, young_person_id: Uuid) -> Result<Option<CaseClosure>, StorageError> {
                let row: Option<ClosureRow> = sqlx::query_as(
                    "SELECT c.closed_on, c.reason, p.display_name AS closed_by, c.closed_at
                     FROM case_closures c JOIN people p ON p.id = c.closed_by WHERE c.young_person_id = $1",
                )
                .bind(young_person_id.to_string())
                .fetch_optional(self.reader())
                .await?;
                row.map(|row| {
                    Ok(CaseClosure {
                        reason: ClosureReason::parse(&row.reason)
                            .ok_or_else(|| StorageError::internal(format!("stored closure reason {}", row.reason)))?,
                        closed_on: row.closed_on,
                        closed_by: row.closed_by,
                        closed_at: from_millis(row.closed_at)?,
                    })
                })
                .transpose()
            }
        }
    };
}

pub(crate) use case_store;
