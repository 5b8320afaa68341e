//! The retention store, written once for both engines: `sqlite.rs` and `postgres.rs` each
//! expand [`retention_store!`] for their store.

/// Expands the retention store for `$store`.
macro_rules! retention_store {
    ($store:ident) => {
        use tandem_domain::cases::RetentionSettings;
        use time::OffsetDateTime;
        use uuid::Uuid;
        use $crate::storage::Engine as _;

        use super::{ClosedCase, RetentionStore};
        use $crate::storage::{parse_stored_uuid, to_millis, StorageError};

        const DAY_MS: i64 = 86_400_000;

        #[async_trait::async_trait]
        impl RetentionStore for $store {
            async fn retention_settings(&self, service_id: Uuid) -> Result<RetentionSettings, StorageError> {
                let row: Option<(i64, i64, i64)> = sqlx::query_as(
                    "SELECT delivered_event_days, closed_case_months, audit_log_years FROM retention_settings WHERE service_id = $1",
                )
                .bind(service_id.to_string())
                .fetch_optional(self.reader())
                .await?;
                Ok(match row {
                    Some((days, months, years)) => RetentionSettings {
                        delivered_event_days: u16::try_from(days).unwrap_or(u16::MAX),
                        closed_case_months: u16::try_from(months).unwrap_or(u16::MAX),
                        audit_log_years: u16::try_from(years).unwrap_or(u16::MAX),
                    },
                    None => RetentionSettings::default(),
                })
            }

            async fn set_retention_settings(&self, service_id: Uuid, settings: RetentionSettings) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO retention_settings (service_id, delivered_event_days, closed_case_months, audit_log_years) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (service_id) DO UPDATE SET delivered_event_days = excluded.delivered_event_days,
                                                            closed_case_months = excluded.closed_case_months,
                                                            audit_log_years = excluded.audit_log_years",
                )
                .bind(service_id.to_string())
                .bind(i64::from(settings.delivered_event_days))
                .bind(i64::from(settings.closed_case_months))
                .bind(i64::from(settings.audit_log_years))
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn remove_delivered_payloads(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<Option<Uuid>>, StorageError> {
                let services: Vec<Option<String>> = sqlx::query_scalar(
                    "UPDATE outbox_events SET payload = '{}', payload_removed_at = $1
                     WHERE id IN (
                         SELECT e.id FROM outbox_events e LEFT JOIN retention_settings r ON r.service_id = e.service_id
                         WHERE e.status = 'delivered' AND e.payload_removed_at IS NULL
                           AND e.delivered_at < $1 - COALESCE(r.delivered_event_days, $2) * $3
                         ORDER BY e.delivered_at LIMIT $4)
                     RETURNING service_id",
                )
                .bind(to_millis(now))
                .bind(i64::from(RetentionSettings::default().delivered_event_days))
                .bind(DAY_MS)
                .bind(batch)
                .fetch_all(self.writer())
                .await?;
                services.iter().map(|service| service.as_deref().map(parse_stored_uuid).transpose()).collect()
            }

            async fn closed_cases_past_their_time(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<ClosedCase>, StorageError> {
                // A month is counted as 31 days, so a case is never erased before its months are over.
                let rows: Vec<(String, String, String)> = sqlx::query_as(
                    "SELECT c.young_person_id, p.service_id, c.closed_on FROM case_closures c
                     JOIN people p ON p.id = c.young_person_id
                     LEFT JOIN retention_settings r ON r.service_id = p.service_id
                     WHERE c.closed_at < $1 - COALESCE(r.closed_case_months, $2) * 31 * $3
                       AND NOT EXISTS (SELECT 1 FROM outbox_events e WHERE e.young_person_id = c.young_person_id AND e.status <> 'delivered')
                     ORDER BY c.closed_at LIMIT $4",
                )
                .bind(to_millis(now))
                .bind(i64::from(RetentionSettings::default().closed_case_months))
                .bind(DAY_MS)
                .bind(batch)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(young_person, service, closed_on)| {
                        Ok(ClosedCase { young_person_id: parse_stored_uuid(&young_person)?, service_id: parse_stored_uuid(&service)?, closed_on })
                    })
                    .collect()
            }

            async fn carers_linked_only_to(&self, young_person_id: Uuid) -> Result<Vec<Uuid>, StorageError> {
                let rows: Vec<String> = sqlx::query_scalar(
                    "SELECT l.carer_id FROM carer_links l WHERE l.young_person_id = $1
                     AND NOT EXISTS (SELECT 1 FROM carer_links o WHERE o.carer_id = l.carer_id AND o.young_person_id <> $1)",
                )
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.iter().map(|id| parse_stored_uuid(id)).collect()
            }

            async fn remove_voice_notes(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<Uuid>, StorageError> {
                // A named answer's note goes once everything its young person sent has reached
                // the case record; an anonymous one (never relayed) the same days after it was
                // given. `given_on` is a day in London: a note goes the day after its time is over.
                let candidates: Vec<(String, String, String, i64)> = sqlx::query_as(
                    "SELECT n.answer_id, c.service_id, a.given_on, COALESCE(r.delivered_event_days, $1) FROM consultation_voice_notes n
                     JOIN consultation_answers a ON a.id = n.answer_id
                     JOIN consultations c ON c.id = a.consultation_id
                     LEFT JOIN retention_settings r ON r.service_id = c.service_id
                     WHERE NOT EXISTS (SELECT 1 FROM outbox_events e WHERE a.person_id IS NOT NULL
                                       AND e.young_person_id = a.person_id AND e.status <> 'delivered')
                     ORDER BY a.given_on",
                )
                .bind(i64::from(RetentionSettings::default().delivered_event_days))
                .fetch_all(self.reader())
                .await?;
                let today = tandem_domain::appointments::to_london(now).date();
                let day = time::macros::format_description!("[year]-[month]-[day]");
                let mut due = Vec::new();
                for (answer, service, given_on, days) in candidates {
                    let given_on = time::Date::parse(&given_on, day).map_err(|err| StorageError::internal(format!("stored day {given_on}: {err}")))?;
                    if given_on + time::Duration::days(days) < today {
                        due.push((answer, parse_stored_uuid(&service)?));
                    }
                    if i64::try_from(due.len()).unwrap_or(i64::MAX) >= batch {
                        break;
                    }
                }
                let mut tx = self.writer().begin().await?;
                for (answer, _) in &due {
                    sqlx::query("DELETE FROM consultation_voice_notes WHERE answer_id = $1").bind(answer).execute(&mut *tx).await?;
                    sqlx::query("UPDATE consultation_answers SET has_voice_note = 0 WHERE id = $1").bind(answer).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(due.into_iter().map(|(_, service)| service).collect())
            }

            async fn remove_old_audit_entries(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<(Uuid, u64)>, StorageError> {
                // A year is counted as 366 days, so nothing goes before its years are over. The
                // removal is written first: the log's trigger deletes nothing newer than it.
                let mut tx = self.writer().begin().await?;
                let cutoffs: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT s.id, $1 - COALESCE(r.audit_log_years, $2) * 366 * $3 FROM services s
                     LEFT JOIN retention_settings r ON r.service_id = s.id
                     WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.service_id = s.id
                                   AND a.at < $1 - COALESCE(r.audit_log_years, $2) * 366 * $3)",
                )
                .bind(to_millis(now))
                .bind(i64::from(RetentionSettings::default().audit_log_years))
                .bind(DAY_MS)
                .fetch_all(&mut *tx)
                .await?;
                let mut removed = Vec::new();
                for (service, before) in cutoffs {
                    sqlx::query(
                        "INSERT INTO audit_log_removals (service_id, before, removed_at) VALUES ($1, $2, $3)
                         ON CONFLICT (service_id, before) DO NOTHING",
                    )
                    .bind(&service)
                    .bind(before)
                    .bind(to_millis(now))
                    .execute(&mut *tx)
                    .await?;
                    let count = sqlx::query(
                        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE service_id = $1 AND at < $2 ORDER BY at LIMIT $3)",
                    )
                    .bind(&service)
                    .bind(before)
                    .bind(batch)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    removed.push((parse_stored_uuid(&service)?, count));
                }
                tx.commit().await?;
                Ok(removed)
            }

            async fn remove_operation_answers(&self, before: OffsetDateTime, batch: i64) -> Result<u64, StorageError> {
                Ok(sqlx::query(
                    "DELETE FROM operations WHERE id IN (SELECT id FROM operations WHERE accepted_at < $1 ORDER BY accepted_at LIMIT $2)",
                )
                .bind(to_millis(before))
                .bind(batch)
                .execute(self.writer())
                .await?
                .rows_affected())
            }
        }
    };
}

pub(crate) use retention_store;
