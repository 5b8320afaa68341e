use sqlx::SqliteConnection;
use tandem_domain::appointments::{AppointmentState, ReminderKind, ReminderRules, ReminderSettings};
use time::OffsetDateTime;
use uuid::Uuid;
use web_push::Urgency;

use super::{Decision, DueMessage, DueReminder, PushRecord, ReminderStore, Subject};
use crate::accounts::sqlite::{carer_ids, service_of};
use crate::push::Subscription;
use crate::storage::{from_millis, parse_stored_uuid, stored_count, to_millis, SqliteStore, StorageError};

/// A service's reminder times, on the transaction at hand; the defaults when it set none.
pub async fn rules_on(conn: &mut SqliteConnection, service_id: &str) -> Result<ReminderRules, StorageError> {
    let row: Option<(String, i64, String, String)> =
        sqlx::query_as("SELECT day_before_at, hours_before, quiet_from, quiet_until FROM reminder_rules WHERE service_id = ?")
            .bind(service_id)
            .fetch_optional(conn)
            .await?;
    let Some((day_before_at, hours_before, quiet_from, quiet_until)) = row else {
        return Ok(ReminderRules::default());
    };
    let settings = ReminderSettings { day_before_at, hours_before: u8::try_from(hours_before).unwrap_or(0), quiet_from, quiet_until };
    ReminderRules::parse(&settings).map_err(|code| StorageError::Internal(format!("stored reminder rules: {code}")))
}

/// Makes a reminder, once: the same person, kind, subject and version again changes nothing.
pub async fn schedule(
    conn: &mut SqliteConnection,
    person_id: &str,
    kind: ReminderKind,
    subject_id: &str,
    subject_version: u32,
    due_at: OffsetDateTime,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO reminders (id, person_id, kind, subject_id, subject_version, due_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (person_id, kind, subject_id, subject_version) DO NOTHING",
    )
    .bind(Uuid::now_v7().to_string())
    .bind(person_id)
    .bind(kind.as_str())
    .bind(subject_id)
    .bind(i64::from(subject_version))
    .bind(to_millis(due_at))
    .execute(conn)
    .await?;
    Ok(())
}

/// A new plan version waits for the young person's and carers' agreement: each of them but its
/// author is reminded the next evening, unless they have answered by then.
pub async fn plan_waiting(conn: &mut SqliteConnection, young_person_id: Uuid, author_id: Uuid, version: u32, now: OffsetDateTime) -> Result<(), StorageError> {
    let young_person = young_person_id.to_string();
    let service_id = service_of(conn, &young_person).await?;
    let rules = rules_on(conn, &service_id).await?;
    let mut people = carer_ids(conn, &young_person).await?;
    people.push(young_person.clone());
    let author = author_id.to_string();
    for person in people.iter().filter(|person| **person != author) {
        schedule(conn, person, ReminderKind::PlanWaiting, &young_person, version, rules.next_evening(now)).await?;
    }
    Ok(())
}

/// The worker asked for end scores: named participants who have not given theirs are nudged in
/// ten minutes if they still have not (and the session is still open).
pub async fn scores_missing(conn: &mut SqliteConnection, session_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
    let session = session_id.to_string();
    let waiting: Vec<String> = sqlx::query_scalar(
        "SELECT p.young_person_id FROM session_participants p
         WHERE p.session_id = ? AND p.young_person_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM session_scores s WHERE s.participant_id = p.id AND s.moment = 'end')",
    )
    .bind(&session)
    .fetch_all(&mut *conn)
    .await?;
    for person in waiting {
        schedule(conn, &person, ReminderKind::ScoreMissing, &session, 0, now + time::Duration::minutes(10)).await?;
    }
    Ok(())
}

fn urgency_name(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::VeryLow => "very-low",
        Urgency::Low => "low",
        Urgency::Normal => "normal",
        Urgency::High => "high",
    }
}

fn stored_urgency(raw: &str) -> Urgency {
    match raw {
        "very-low" => Urgency::VeryLow,
        "low" => Urgency::Low,
        "high" => Urgency::High,
        _ => Urgency::Normal,
    }
}

/// What a due reminder is about, read on `conn`.
async fn subject_of(conn: &mut SqliteConnection, person_id: &str, kind: ReminderKind, subject_id: &str) -> Result<Subject, StorageError> {
    Ok(match kind {
        ReminderKind::DayBefore | ReminderKind::Soon => {
            let row: Option<(i64, String, i64, String, String)> =
                sqlx::query_as("SELECT starts_at, state, revision, title, place FROM appointments WHERE id = ?")
                    .bind(subject_id)
                    .fetch_optional(conn)
                    .await?;
            match row {
                Some((starts_at, state, revision, title, place)) => Subject::Appointment {
                    starts_at: from_millis(starts_at)?,
                    state: AppointmentState::parse(&state).ok_or_else(|| StorageError::Internal(format!("stored appointment state {state}")))?,
                    revision: stored_count(revision),
                    title,
                    place,
                },
                None => Subject::Gone,
            }
        }
        ReminderKind::PlanWaiting => {
            let (current, answered): (i64, i64) = sqlx::query_as(
                "SELECT COALESCE((SELECT MAX(version) FROM plan_versions WHERE young_person_id = ?1), 0),
                        COALESCE((SELECT MAX(version) FROM plan_answers WHERE young_person_id = ?1 AND person_id = ?2), 0)",
            )
            .bind(subject_id)
            .bind(person_id)
            .fetch_one(conn)
            .await?;
            Subject::Plan { current_version: stored_count(current), answered: answered >= current }
        }
        ReminderKind::ScoreMissing => {
            let row: Option<(String, i64)> = sqlx::query_as(
                "SELECT s.phase, EXISTS (SELECT 1 FROM session_participants p JOIN session_scores c ON c.participant_id = p.id
                                          WHERE p.session_id = s.id AND p.young_person_id = ?2 AND c.moment = 'end')
                 FROM scaling_sessions s WHERE s.id = ?1",
            )
            .bind(subject_id)
            .bind(person_id)
            .fetch_optional(conn)
            .await?;
            match row {
                Some((phase, scored)) => Subject::Session { open: phase != "closed", scored: scored != 0 },
                None => Subject::Gone,
            }
        }
        ReminderKind::VoiceNews => {
            let row: Option<(i64, String)> = sqlx::query_as("SELECT news, title FROM consultations WHERE id = ?").bind(subject_id).fetch_optional(conn).await?;
            match row {
                Some((news, title)) => Subject::Consultation { news: stored_count(news), title },
                None => Subject::Gone,
            }
        }
    })
}

/// Records one message's outcome on the turn's transaction.
async fn record_push(tx: &mut SqliteConnection, reminder_id: Uuid, subscription_id: Uuid, record: &PushRecord, now: OffsetDateTime) -> Result<(), StorageError> {
    let (reminder, subscription) = (reminder_id.to_string(), subscription_id.to_string());
    let at = to_millis(now);
    match record {
        PushRecord::Sent => {
            sqlx::query("UPDATE push_messages SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = '' WHERE reminder_id = ? AND subscription_id = ?")
                .bind(at)
                .bind(&reminder)
                .bind(&subscription)
                .execute(&mut *tx)
                .await?;
        }
        PushRecord::Gone(error) => {
            sqlx::query("UPDATE push_messages SET state = 'gone', attempts = attempts + 1, last_error = ? WHERE subscription_id = ? AND state = 'queued'")
                .bind(error)
                .bind(&subscription)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM push_subscriptions WHERE id = ?").bind(&subscription).execute(&mut *tx).await?;
        }
        PushRecord::Retry { error, next } => {
            sqlx::query("UPDATE push_messages SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE reminder_id = ? AND subscription_id = ?")
                .bind(to_millis(*next))
                .bind(error)
                .bind(&reminder)
                .bind(&subscription)
                .execute(&mut *tx)
                .await?;
        }
        PushRecord::Failed(error) => {
            sqlx::query("UPDATE push_messages SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE reminder_id = ? AND subscription_id = ?")
                .bind(error)
                .bind(&reminder)
                .bind(&subscription)
                .execute(&mut *tx)
                .await?;
        }
    }
    Ok(())
}


#[async_trait::async_trait]
impl ReminderStore for SqliteStore {
    async fn reminder_rules(&self, service_id: Uuid) -> Result<ReminderRules, StorageError> {
        let mut conn = self.reader.acquire().await?;
        rules_on(&mut conn, &service_id.to_string()).await
    }

    async fn set_reminder_rules(&self, service_id: Uuid, rules: &ReminderRules) -> Result<(), StorageError> {
        let settings = rules.settings();
        sqlx::query(
            "INSERT INTO reminder_rules (service_id, day_before_at, hours_before, quiet_from, quiet_until) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (service_id) DO UPDATE SET day_before_at = excluded.day_before_at, hours_before = excluded.hours_before,
                 quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until",
        )
        .bind(service_id.to_string())
        .bind(settings.day_before_at)
        .bind(i64::from(settings.hours_before))
        .bind(settings.quiet_from)
        .bind(settings.quiet_until)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn due_reminders(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueReminder>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<(String, String, String, String, i64, i64, i64)> = sqlx::query_as(
            "SELECT r.id, r.person_id, r.kind, r.subject_id, r.subject_version, r.due_at,
                    COALESCE((SELECT detailed FROM push_preferences WHERE person_id = r.person_id), 0)
             FROM reminders r WHERE r.state = 'due' AND r.due_at <= ? ORDER BY r.due_at, r.id LIMIT ?",
        )
        .bind(to_millis(now))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
        let mut due = Vec::with_capacity(rows.len());
        for (id, person_id, kind, subject_id, subject_version, due_at, detailed) in rows {
            let kind = ReminderKind::parse(&kind).ok_or_else(|| StorageError::Internal(format!("stored reminder kind {kind}")))?;
            let subject = subject_of(&mut conn, &person_id, kind, &subject_id).await?;
            due.push(DueReminder {
                id: parse_stored_uuid(&id)?,
                person_id: parse_stored_uuid(&person_id)?,
                kind,
                subject_id: parse_stored_uuid(&subject_id)?,
                subject_version: stored_count(subject_version),
                due_at: from_millis(due_at)?,
                detailed: detailed != 0,
                subject,
            });
        }
        Ok(due)
    }

    async fn settle_reminder(&self, id: Uuid, decision: &Decision, now: OffsetDateTime) -> Result<usize, StorageError> {
        let mut tx = self.writer.begin().await?;
        let reminder = id.to_string();
        let (state, outcome, payload) = match decision {
            Decision::Skip(reason) => ("skipped", (*reason).to_owned(), None),
            Decision::Send { payload, .. } => ("sent", String::new(), Some(serde_json::to_string(payload)?)),
        };
        // Only a reminder still due: a second server's turn finds it settled and leaves it.
        let settled = sqlx::query(
            "UPDATE reminders SET state = ?, outcome = ?, payload = ?, settled_at = ? WHERE id = ? AND state = 'due'",
        )
        .bind(state)
        .bind(&outcome)
        .bind(&payload)
        .bind(to_millis(now))
        .bind(&reminder)
        .execute(&mut *tx)
        .await?;
        let mut queued = 0;
        if let (1, Decision::Send { urgency, expires_at, .. }) = (settled.rows_affected(), decision) {
            let phones = sqlx::query(
                "INSERT INTO push_messages (reminder_id, subscription_id, next_attempt_at, expires_at, urgency)
                 SELECT ?, s.id, ?, ?, ? FROM push_subscriptions s JOIN sessions d ON d.id = s.session_id
                 WHERE s.person_id = (SELECT person_id FROM reminders WHERE id = ?) AND d.ended_at IS NULL",
            )
            .bind(&reminder)
            .bind(to_millis(now))
            .bind(to_millis(*expires_at))
            .bind(urgency_name(*urgency))
            .bind(&reminder)
            .execute(&mut *tx)
            .await?;
            queued = usize::try_from(phones.rows_affected()).unwrap_or(0);
            if queued == 0 {
                sqlx::query("UPDATE reminders SET outcome = 'no phone to send to' WHERE id = ?").bind(&reminder).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(queued)
    }

    async fn due_messages(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueMessage>, StorageError> {
        let rows: Vec<(String, String, Option<String>, Option<String>, Option<String>, Option<i64>, String, i64, i64, String)> = sqlx::query_as(
            "SELECT m.reminder_id, m.subscription_id, s.endpoint, s.p256dh, s.auth, d.ended_at, r.payload, m.attempts, m.expires_at, m.urgency
             FROM push_messages m JOIN reminders r ON r.id = m.reminder_id
             LEFT JOIN push_subscriptions s ON s.id = m.subscription_id
             LEFT JOIN sessions d ON d.id = s.session_id
             WHERE m.state = 'queued' AND m.next_attempt_at <= ? ORDER BY m.next_attempt_at, m.reminder_id LIMIT ?",
        )
        .bind(to_millis(now))
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(reminder_id, subscription_id, endpoint, p256dh, auth, ended_at, payload, attempts, expires_at, urgency)| {
                let subscription = match (endpoint, p256dh, auth, ended_at) {
                    (Some(endpoint), Some(p256dh), Some(auth), None) => Some(Subscription { endpoint, p256dh, auth }),
                    _ => None,
                };
                Ok(DueMessage {
                    reminder_id: parse_stored_uuid(&reminder_id)?,
                    subscription_id: parse_stored_uuid(&subscription_id)?,
                    subscription,
                    payload,
                    urgency: stored_urgency(&urgency),
                    attempts: stored_count(attempts),
                    expires_at: from_millis(expires_at)?,
                })
            })
            .collect()
    }

    async fn record_pushes(&self, records: &[(Uuid, Uuid, PushRecord)], now: OffsetDateTime) -> Result<(), StorageError> {
        let mut tx = self.writer.begin().await?;
        for (reminder_id, subscription_id, record) in records {
            record_push(&mut tx, *reminder_id, *subscription_id, record, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn next_reminder_wake(&self) -> Result<Option<OffsetDateTime>, StorageError> {
        let next: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(at) FROM (SELECT MIN(due_at) AS at FROM reminders WHERE state = 'due'
                                  UNION ALL SELECT MIN(next_attempt_at) FROM push_messages WHERE state = 'queued')",
        )
        .fetch_one(&self.reader)
        .await?;
        next.map(from_millis).transpose()
    }
}
