//! The reminder store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`reminder_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`ReminderTx`](crate::reminders::tx::ReminderTx); this is only its SQL and the store's reads.
//! A reminder is made once by the unique (person, kind, subject, version) with ON CONFLICT, and
//! settled once by `state = 'due'` in the UPDATE's own WHERE (on PostgreSQL a second connection
//! waits for the row and then finds it settled).

/// Expands the reminders store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! reminder_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::appointments::{ReminderKind, ReminderRules};
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::reminders::tx::{self, AppointmentSubjectRow, DueRow, MessageRow, ReminderTx, RulesRow};
        use $crate::reminders::{Decision, DueMessage, DueReminder, PushRecord, ReminderStore};
        use $crate::storage::{from_millis, parse_stored_uuid, to_millis, StorageError};

        /// A service's reminder times, on the transaction at hand; the defaults when it set none.
        pub async fn rules_on(conn: &mut $conn, service_id: &str) -> Result<ReminderRules, StorageError> {
            tx::rules_on(conn, service_id).await
        }

        /// Makes a reminder, once (see [`tx::schedule`]).
        pub async fn schedule(conn: &mut $conn, person_id: &str, kind: ReminderKind, subject_id: &str, subject_version: u32, due_at: OffsetDateTime) -> Result<(), StorageError> {
            tx::schedule(conn, person_id, kind, subject_id, subject_version, due_at).await
        }

        /// See [`tx::plan_waiting`].
        pub async fn plan_waiting(conn: &mut $conn, young_person_id: Uuid, author_id: Uuid, version: u32, now: OffsetDateTime) -> Result<(), StorageError> {
            tx::plan_waiting(conn, young_person_id, author_id, version, now).await
        }

        /// See [`tx::scores_missing`].
        pub async fn scores_missing(conn: &mut $conn, session_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
            tx::scores_missing(conn, session_id, now).await
        }

        #[async_trait::async_trait]
        impl ReminderTx for $conn {
            async fn rules_row(&mut self, service_id: &str) -> Result<Option<RulesRow>, StorageError> {
                Ok(sqlx::query_as("SELECT day_before_at, hours_before, quiet_from, quiet_until FROM reminder_rules WHERE service_id = $1")
                    .bind(service_id)
                    .fetch_optional(self)
                    .await?)
            }

            async fn insert_reminder(&mut self, person_id: &str, kind: &str, subject_id: &str, subject_version: i64, due_at: i64) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO reminders (id, person_id, kind, subject_id, subject_version, due_at) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (person_id, kind, subject_id, subject_version) DO NOTHING",
                )
                .bind(Uuid::now_v7().to_string())
                .bind(person_id)
                .bind(kind)
                .bind(subject_id)
                .bind(subject_version)
                .bind(due_at)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn without_end_score(&mut self, session_id: &str) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar(
                    "SELECT p.young_person_id FROM session_participants p
                     WHERE p.session_id = $1 AND p.young_person_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM session_scores s WHERE s.participant_id = p.id AND s.moment = 'end')",
                )
                .bind(session_id)
                .fetch_all(self)
                .await?)
            }

            async fn appointment_subject(&mut self, id: &str) -> Result<Option<AppointmentSubjectRow>, StorageError> {
                Ok(sqlx::query_as("SELECT starts_at, state, revision, title, place FROM appointments WHERE id = $1").bind(id).fetch_optional(self).await?)
            }

            async fn plan_subject(&mut self, young_person_id: &str, person_id: &str) -> Result<(i64, i64), StorageError> {
                Ok(sqlx::query_as(
                    "SELECT COALESCE((SELECT MAX(version) FROM plan_versions WHERE young_person_id = $1), 0),
                            COALESCE((SELECT MAX(version) FROM plan_answers WHERE young_person_id = $1 AND person_id = $2), 0)",
                )
                .bind(young_person_id)
                .bind(person_id)
                .fetch_one(self)
                .await?)
            }

            async fn session_subject(&mut self, session_id: &str, person_id: &str) -> Result<Option<(String, i64)>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT s.phase, CAST(CASE WHEN EXISTS (SELECT 1 FROM session_participants p JOIN session_scores c ON c.participant_id = p.id
                                              WHERE p.session_id = s.id AND p.young_person_id = $2 AND c.moment = 'end') THEN 1 ELSE 0 END AS BIGINT)
                     FROM scaling_sessions s WHERE s.id = $1",
                )
                .bind(session_id)
                .bind(person_id)
                .fetch_optional(self)
                .await?)
            }

            async fn form_subject(&mut self, id: &str) -> Result<Option<i64>, StorageError> {
                Ok(sqlx::query_scalar("SELECT CAST(CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END AS BIGINT) FROM assessment_requests WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self)
                    .await?)
            }

            async fn consultation_subject(&mut self, id: &str) -> Result<Option<(i64, String)>, StorageError> {
                Ok(sqlx::query_as("SELECT news, title FROM consultations WHERE id = $1").bind(id).fetch_optional(self).await?)
            }

            async fn consultation_replies(&mut self, id: &str, person_id: &str) -> Result<Vec<String>, StorageError> {
                let last_told: Option<i64> = sqlx::query_scalar(
                    "SELECT MAX(settled_at) FROM reminders WHERE person_id = $1 AND kind = 'voice_news' AND subject_id = $2 AND state = 'sent'",
                )
                .bind(person_id)
                .bind(id)
                .fetch_one(&mut *self)
                .await?;
                let service: Option<String> = sqlx::query_scalar("SELECT service_id FROM consultations WHERE id = $1").bind(id).fetch_optional(&mut *self).await?;
                let Some(service) = service else { return Ok(Vec::new()) };
                let (service, id, person) = (parse_stored_uuid(&service)?, parse_stored_uuid(id)?, parse_stored_uuid(person_id)?);
                $crate::voice::tx::replies_to(self, service, id, person, last_told.unwrap_or(i64::MIN)).await
            }

            async fn complaint_subject(&mut self, id: &str) -> Result<Option<(String, String)>, StorageError> {
                Ok(sqlx::query_as("SELECT kind, status FROM complaints WHERE id = $1").bind(id).fetch_optional(self).await?)
            }

            async fn due_rows(&mut self, now: i64, limit: i64) -> Result<Vec<DueRow>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT r.id, r.person_id, r.kind, r.subject_id, r.subject_version, r.due_at,
                            COALESCE((SELECT detailed FROM push_preferences WHERE person_id = r.person_id), 0) AS detailed,
                            COALESCE((SELECT language FROM people WHERE id = r.person_id), 'en') AS language
                     FROM reminders r WHERE r.state = 'due' AND r.due_at <= $1 ORDER BY r.due_at, r.id LIMIT $2",
                )
                .bind(now)
                .bind(limit)
                .fetch_all(self)
                .await?)
            }

            async fn settle_row(&mut self, id: &str, state: &str, outcome: &str, payload: Option<&str>, now: i64) -> Result<u64, StorageError> {
                let settled = sqlx::query("UPDATE reminders SET state = $1, outcome = $2, payload = $3, settled_at = $4 WHERE id = $5 AND state = 'due'")
                    .bind(state)
                    .bind(outcome)
                    .bind(payload)
                    .bind(now)
                    .bind(id)
                    .execute(self)
                    .await?;
                Ok(settled.rows_affected())
            }

            async fn queue_messages(&mut self, id: &str, now: i64, expires_at: i64, urgency: &str) -> Result<u64, StorageError> {
                let phones = sqlx::query(
                    "INSERT INTO push_messages (reminder_id, subscription_id, next_attempt_at, expires_at, urgency)
                     SELECT $1, s.id, $2, $3, $4 FROM push_subscriptions s JOIN sessions d ON d.id = s.session_id
                     WHERE s.person_id = (SELECT person_id FROM reminders WHERE id = $1) AND d.ended_at IS NULL",
                )
                .bind(id)
                .bind(now)
                .bind(expires_at)
                .bind(urgency)
                .execute(self)
                .await?;
                Ok(phones.rows_affected())
            }

            async fn note_no_phone(&mut self, id: &str) -> Result<(), StorageError> {
                sqlx::query("UPDATE reminders SET outcome = 'no phone to send to' WHERE id = $1").bind(id).execute(self).await?;
                Ok(())
            }

            async fn update_message(&mut self, reminder_id: &str, subscription_id: &str, state: Option<&str>, sent_at: Option<i64>, next_attempt_at: Option<i64>, error: &str) -> Result<(), StorageError> {
                sqlx::query(
                    "UPDATE push_messages SET state = COALESCE($1, state), attempts = attempts + 1, sent_at = COALESCE($2, sent_at),
                         next_attempt_at = COALESCE($3, next_attempt_at), last_error = $4
                     WHERE reminder_id = $5 AND subscription_id = $6",
                )
                .bind(state)
                .bind(sent_at)
                .bind(next_attempt_at)
                .bind(error)
                .bind(reminder_id)
                .bind(subscription_id)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn subscription_gone(&mut self, subscription_id: &str, error: &str) -> Result<(), StorageError> {
                sqlx::query("UPDATE push_messages SET state = 'gone', attempts = attempts + 1, last_error = $1 WHERE subscription_id = $2 AND state = 'queued'")
                    .bind(error)
                    .bind(subscription_id)
                    .execute(&mut *self)
                    .await?;
                sqlx::query("DELETE FROM push_subscriptions WHERE id = $1").bind(subscription_id).execute(self).await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl ReminderStore for $store {
            async fn reminder_rules(&self, service_id: Uuid) -> Result<ReminderRules, StorageError> {
                let mut conn = self.reader().acquire().await?;
                rules_on(&mut conn, &service_id.to_string()).await
            }

            async fn set_reminder_rules(&self, service_id: Uuid, rules: &ReminderRules) -> Result<(), StorageError> {
                let settings = rules.settings();
                sqlx::query(
                    "INSERT INTO reminder_rules (service_id, day_before_at, hours_before, quiet_from, quiet_until) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (service_id) DO UPDATE SET day_before_at = excluded.day_before_at, hours_before = excluded.hours_before,
                         quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until",
                )
                .bind(service_id.to_string())
                .bind(settings.day_before_at)
                .bind(i64::from(settings.hours_before))
                .bind(settings.quiet_from)
                .bind(settings.quiet_until)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn due_reminders(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueReminder>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::due_reminders(&mut *conn, now, limit).await
            }

            async fn settle_reminder(&self, id: Uuid, decision: &Decision, now: OffsetDateTime) -> Result<usize, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let queued = tx::settle(&mut *transaction, id, decision, now).await?;
                transaction.commit().await?;
                Ok(queued)
            }

            async fn due_messages(&self, now: OffsetDateTime, limit: i64, busy_services: &[String]) -> Result<Vec<DueMessage>, StorageError> {
                // A busy push service's messages are passed over in the query itself, so that
                // however many wait for it, the first rows read are other services' (an endpoint
                // is its service's origin, then a path).
                let passed_over: String = (0..busy_services.len())
                    .map(|n| format!(" AND substr(COALESCE(s.endpoint, ''), 1, length(${0}) + 1) <> ${0} || '/'", n + 3))
                    .collect();
                let sql = format!(
                    "SELECT m.reminder_id, m.subscription_id, s.endpoint, s.p256dh, s.auth, d.ended_at, r.payload, m.attempts, m.expires_at, m.urgency
                     FROM push_messages m JOIN reminders r ON r.id = m.reminder_id
                     LEFT JOIN push_subscriptions s ON s.id = m.subscription_id
                     LEFT JOIN sessions d ON d.id = s.session_id
                     WHERE m.state = 'queued' AND m.next_attempt_at <= $1{passed_over}
                     ORDER BY m.next_attempt_at, m.reminder_id, m.subscription_id LIMIT $2"
                );
                let mut query = sqlx::query_as::<_, MessageRow>(&sql).bind(to_millis(now)).bind(limit);
                for service in busy_services {
                    query = query.bind(service);
                }
                let rows = query.fetch_all(self.reader()).await?;
                rows.into_iter().map(tx::due_message).collect()
            }

            async fn claim_messages(&self, messages: &[(Uuid, Uuid)], now: OffsetDateTime, until: OffsetDateTime) -> Result<Vec<(Uuid, Uuid)>, StorageError> {
                // Still queued and due: a second turn, or a second server, that read the same
                // message finds it no longer due and leaves it.
                let mut transaction = self.writer().begin().await?;
                let mut claimed = Vec::with_capacity(messages.len());
                for &(reminder_id, subscription_id) in messages {
                    let taken = sqlx::query(
                        "UPDATE push_messages SET next_attempt_at = $1
                         WHERE reminder_id = $2 AND subscription_id = $3 AND state = 'queued' AND next_attempt_at <= $4",
                    )
                    .bind(to_millis(until))
                    .bind(reminder_id.to_string())
                    .bind(subscription_id.to_string())
                    .bind(to_millis(now))
                    .execute(&mut *transaction)
                    .await?;
                    if taken.rows_affected() == 1 {
                        claimed.push((reminder_id, subscription_id));
                    }
                }
                transaction.commit().await?;
                Ok(claimed)
            }

            async fn record_pushes(&self, records: &[(Uuid, Uuid, PushRecord)], now: OffsetDateTime) -> Result<(), StorageError> {
                let mut transaction = self.writer().begin().await?;
                for (reminder_id, subscription_id, record) in records {
                    tx::record_push(&mut *transaction, *reminder_id, *subscription_id, record, now).await?;
                }
                transaction.commit().await?;
                Ok(())
            }

            async fn next_reminder_wake(&self) -> Result<Option<OffsetDateTime>, StorageError> {
                let next: Option<i64> = sqlx::query_scalar(
                    "SELECT MIN(at) FROM (SELECT MIN(due_at) AS at FROM reminders WHERE state = 'due'
                                          UNION ALL SELECT MIN(next_attempt_at) FROM push_messages WHERE state = 'queued') AS wakes",
                )
                .fetch_one(self.reader())
                .await?;
                next.map(from_millis).transpose()
            }
        }
    };
}

pub(crate) use reminder_store;
