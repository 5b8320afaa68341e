//! Safety alerts, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`safety_store!`] with their types.

/// The alert columns every read selects, from `safety_alerts a` with the young person `p` and
/// whoever acknowledged it `s` joined.
pub(crate) const SELECT: &str = "SELECT a.id, a.young_person_id, p.display_name AS young_person_name, a.words, a.raised_at,
        a.escalated_at, s.display_name AS acknowledged_by_name, a.acknowledged_at, a.action
    FROM safety_alerts a JOIN people p ON p.id = a.young_person_id LEFT JOIN people s ON s.id = a.acknowledged_by";

/// Who may see an alert: its service's managers, the young person's workers, the staff on duty.
/// `$1` the caller's service, `$2` the caller, `$3` the caller's role.
pub(crate) const VISIBLE: &str = "a.service_id = $1 AND ($3 = 'manager'
        OR EXISTS (SELECT 1 FROM allocations al WHERE al.worker_id = $2 AND al.young_person_id = a.young_person_id)
        OR EXISTS (SELECT 1 FROM safety_duty d WHERE d.service_id = a.service_id AND d.person_id = $2))";

/// Expands the safety store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! safety_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::events::{Event, SafetyAlertPayload};
        use tandem_domain::language::Language;
        use tandem_domain::safety::{Alert, MyAlert, SafetySettings, AlertReceipt};
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::accounts::{AuditActor, Caller, NewAuditEntry};
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::outbox::NewEvent;
        use $crate::push::Subscription;
        use $crate::safety::store::{SELECT, VISIBLE};
        use $crate::safety::{alert_of, AlertRow, Recipients, SafetyStore};
        use $crate::storage::tx::Tx as _;
        use $crate::storage::{to_millis, StorageError};

        async fn insert_alert(conn: &mut $conn, caller: Caller, words: String, now: OffsetDateTime) -> Result<(u16, serde_json::Value), StorageError> {
            let id = $crate::safety::random_id();
            sqlx::query("INSERT INTO safety_alerts (id, service_id, young_person_id, words, raised_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(id.to_string())
                .bind(caller.service_id.to_string())
                .bind(caller.person_id.to_string())
                .bind(&words)
                .bind(to_millis(now))
                .execute(&mut *conn)
                .await?;
            let event = Event::SafetyAlert(SafetyAlertPayload { alert_id: id, words });
            conn.append(&NewEvent { event, service_id: caller.service_id, young_person_id: Some(caller.person_id), occurred_at: now }).await?;
            let entry = NewAuditEntry { by: AuditActor::Person(&caller), action: "safety.raise", young_person_id: Some(caller.person_id), detail: format!("alert {id}"), at: now };
            conn.audit(&entry).await?;
            Ok((201, serde_json::to_value(AlertReceipt { id })?))
        }

        /// One alert if the caller may see it, locked with `lock` when given.
        async fn visible_alert(conn: &mut $conn, caller: &Caller, id: Uuid, lock: &str) -> Result<Option<AlertRow>, StorageError> {
            Ok(sqlx::query_as(&format!("{SELECT} WHERE {VISIBLE} AND a.id = $4 {lock}"))
                .bind(caller.service_id.to_string())
                .bind(caller.person_id.to_string())
                .bind(caller.role.as_str())
                .bind(id.to_string())
                .fetch_optional(conn)
                .await?)
        }

        /// The push subscriptions of `people` (ids as stored). Staff subscriptions outlive their
        /// sign-in: an alert must reach a worker who is not at their desk.
        /// Each person's browsers, with the language the person chose (pushes are worded in it).
        async fn subscriptions_of(conn: &mut $conn, people: &[String]) -> Result<Vec<(Language, Subscription)>, StorageError> {
            let mut found = Vec::new();
            for person in people {
                let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                    "SELECT s.endpoint, s.p256dh, s.auth, p.language FROM push_subscriptions s JOIN people p ON p.id = s.person_id
                     WHERE s.person_id = $1 ORDER BY s.endpoint",
                )
                .bind(person)
                .fetch_all(&mut *conn)
                .await?;
                for (endpoint, p256dh, auth, language) in rows {
                    let language =
                        Language::from_code(&language).ok_or_else(|| StorageError::internal(format!("stored language {language}")))?;
                    found.push((language, Subscription { endpoint, p256dh, auth }));
                }
            }
            Ok(found)
        }

        #[async_trait::async_trait]
        impl SafetyStore for $store {
            async fn raise_alert(&self, operation: OperationKey<'_>, caller: Caller, words: String, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(insert_alert(conn, caller, words, now)))).await
            }

            async fn alerts_for(&self, caller: &Caller, acknowledged_since: OffsetDateTime) -> Result<Vec<Alert>, StorageError> {
                let rows: Vec<AlertRow> = sqlx::query_as(&format!(
                    "{SELECT} WHERE {VISIBLE} AND (a.acknowledged_at IS NULL OR a.acknowledged_at >= $4) ORDER BY a.raised_at DESC, a.id"
                ))
                .bind(caller.service_id.to_string())
                .bind(caller.person_id.to_string())
                .bind(caller.role.as_str())
                .bind(to_millis(acknowledged_since))
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(alert_of).collect()
            }

            async fn acknowledge_alert(&self, caller: &Caller, id: Uuid, action: &str, now: OffsetDateTime) -> Result<Option<Alert>, StorageError> {
                let mut tx = self.writer().begin().await?;
                let lock = <$store as $crate::storage::Engine>::for_update("a");
                let Some(before) = visible_alert(&mut tx, caller, id, &lock).await? else { return Ok(None) };
                // The first to say they have seen it is the one recorded; a second answers it as it is.
                if before.acknowledged_at.is_some() {
                    return alert_of(before).map(Some);
                }
                sqlx::query("UPDATE safety_alerts SET acknowledged_by = $1, acknowledged_at = $2, action = $3 WHERE id = $4")
                    .bind(caller.person_id.to_string())
                    .bind(to_millis(now))
                    .bind(action)
                    .bind(id.to_string())
                    .execute(&mut *tx)
                    .await?;
                let young_person_id = $crate::storage::parse_stored_uuid(&before.young_person_id)?;
                let event = Event::SafetyAcknowledged(tandem_domain::events::SafetyAcknowledgedPayload {
                    alert_id: id,
                    by: caller.display_name.clone(),
                    action: action.to_owned(),
                });
                tx.append(&NewEvent { event, service_id: caller.service_id, young_person_id: Some(young_person_id), occurred_at: now }).await?;
                let entry = NewAuditEntry { by: AuditActor::Person(caller), action: "safety.acknowledge", young_person_id: Some(young_person_id), detail: format!("alert {id}"), at: now };
                tx.audit(&entry).await?;
                let after = visible_alert(&mut tx, caller, id, "").await?.ok_or_else(|| StorageError::internal("acknowledged alert gone"))?;
                tx.commit().await?;
                alert_of(after).map(Some)
            }

            async fn my_alerts(&self, young_person_id: Uuid, since: OffsetDateTime) -> Result<Vec<MyAlert>, StorageError> {
                let rows: Vec<AlertRow> = sqlx::query_as(&format!("{SELECT} WHERE a.young_person_id = $1 AND a.raised_at >= $2 ORDER BY a.raised_at DESC, a.id"))
                    .bind(young_person_id.to_string())
                    .bind(to_millis(since))
                    .fetch_all(self.reader())
                    .await?;
                rows.into_iter()
                    .map(|row| {
                        let alert = alert_of(row)?;
                        Ok(MyAlert { id: alert.id, raised_at: alert.raised_at, seen_by: alert.acknowledgement.map(|seen| seen.by_name) })
                    })
                    .collect()
            }

            async fn safety_settings(&self, service_id: Uuid) -> Result<SafetySettings, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let row: Option<(String, i64)> = sqlx::query_as("SELECT duty_phone, escalate_after_minutes FROM safety_settings WHERE service_id = $1")
                    .bind(service_id.to_string())
                    .fetch_optional(&mut *conn)
                    .await?;
                let duty: Vec<String> = sqlx::query_scalar("SELECT person_id FROM safety_duty WHERE service_id = $1 ORDER BY person_id")
                    .bind(service_id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                let mut settings = SafetySettings::default();
                if let Some((duty_phone, minutes)) = row {
                    settings.duty_phone = duty_phone;
                    settings.escalate_after_minutes = u16::try_from(minutes).map_err(|_| StorageError::internal("stored escalation minutes"))?;
                }
                settings.duty_staff = duty.iter().map(|id| $crate::storage::parse_stored_uuid(id)).collect::<Result<_, _>>()?;
                Ok(settings)
            }

            async fn set_safety_settings(&self, service_id: Uuid, settings: &SafetySettings) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                let service = service_id.to_string();
                sqlx::query(
                    "INSERT INTO safety_settings (service_id, duty_phone, escalate_after_minutes) VALUES ($1, $2, $3)
                     ON CONFLICT (service_id) DO UPDATE SET duty_phone = excluded.duty_phone, escalate_after_minutes = excluded.escalate_after_minutes",
                )
                .bind(&service)
                .bind(&settings.duty_phone)
                .bind(i64::from(settings.escalate_after_minutes))
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM safety_duty WHERE service_id = $1").bind(&service).execute(&mut *tx).await?;
                for person in &settings.duty_staff {
                    sqlx::query("INSERT INTO safety_duty (service_id, person_id) VALUES ($1, $2)")
                        .bind(&service)
                        .bind(person.to_string())
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn alert_recipients(&self, alert_id: Uuid, managers: bool) -> Result<Recipients, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let people: Vec<String> = if managers {
                    sqlx::query_scalar(
                        "SELECT m.id FROM safety_alerts a JOIN people m ON m.service_id = a.service_id AND m.role = 'manager'
                         WHERE a.id = $1 ORDER BY m.id",
                    )
                    .bind(alert_id.to_string())
                    .fetch_all(&mut *conn)
                    .await?
                } else {
                    sqlx::query_scalar(
                        "SELECT al.worker_id FROM safety_alerts a JOIN allocations al ON al.young_person_id = a.young_person_id WHERE a.id = $1
                         UNION SELECT d.person_id FROM safety_alerts a JOIN safety_duty d ON d.service_id = a.service_id WHERE a.id = $1",
                    )
                    .bind(alert_id.to_string())
                    .fetch_all(&mut *conn)
                    .await?
                };
                let subscriptions = subscriptions_of(&mut conn, &people).await?;
                Ok(Recipients { people: people.len(), subscriptions })
            }

            async fn escalate_due(&self, now: OffsetDateTime) -> Result<Vec<Uuid>, StorageError> {
                // Minutes are compared in milliseconds; a service with no settings waits the default.
                // The audit entry is Tandem's own, in the same transaction: no one else acted.
                let mut tx = self.writer().begin().await?;
                let due: Vec<(String, String, String)> = sqlx::query_as(
                    "UPDATE safety_alerts SET escalated_at = $1
                     WHERE acknowledged_at IS NULL AND escalated_at IS NULL
                       AND raised_at + 60000 * COALESCE((SELECT st.escalate_after_minutes FROM safety_settings st
                                                          WHERE st.service_id = safety_alerts.service_id), $2) <= $1
                     RETURNING id, service_id, young_person_id",
                )
                .bind(to_millis(now))
                .bind(i64::from(tandem_domain::safety::DEFAULT_ESCALATE_AFTER_MINUTES))
                .fetch_all(&mut *tx)
                .await?;
                let mut escalated = Vec::with_capacity(due.len());
                for (id, service_id, young_person_id) in due {
                    let id = $crate::storage::parse_stored_uuid(&id)?;
                    let by = AuditActor::Tandem { service_id: $crate::storage::parse_stored_uuid(&service_id)? };
                    let young_person_id = Some($crate::storage::parse_stored_uuid(&young_person_id)?);
                    let detail = format!("alert {id}: nobody said they had seen it in time; sent to the managers");
                    tx.audit(&NewAuditEntry { by, action: "safety.escalate", young_person_id, detail, at: now }).await?;
                    escalated.push(id);
                }
                tx.commit().await?;
                Ok(escalated)
            }
        }
    };
}

pub(crate) use safety_store;
