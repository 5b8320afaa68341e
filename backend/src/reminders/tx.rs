//! Reminder work written once for both engines: each engine's `ReminderTx` supplies the SQL,
//! these functions decide what to read, write and answer.

use tandem_domain::appointments::{AppointmentState, ReminderKind, ReminderRules, ReminderSettings};
use tandem_domain::complaints::{ComplaintStatus, FeedbackKind};
use tandem_domain::language::Language;
use time::OffsetDateTime;
use uuid::Uuid;
use web_push::Urgency;

use super::{Decision, DueMessage, DueReminder, PushRecord, Subject};
use crate::push::Subscription;
use crate::storage::tx::Tx;
use crate::storage::{from_millis, parse_stored_uuid, stored_count, to_millis, StorageError};

/// A service's reminder times as stored: day_before_at, hours_before, quiet_from, quiet_until.
#[derive(sqlx::FromRow)]
pub struct RulesRow {
    pub day_before_at: String,
    pub hours_before: i64,
    pub quiet_from: String,
    pub quiet_until: String,
}
/// id, person_id, kind, subject_id, subject_version, due_at, detailed (0/1).
#[derive(sqlx::FromRow)]
pub struct DueRow {
    pub id: String,
    pub person_id: String,
    pub kind: String,
    pub subject_id: String,
    pub subject_version: i64,
    pub due_at: i64,
    pub detailed: i64,
    pub language: String,
}
/// An appointment as a reminder sees it: starts_at, state, revision, title, place.
#[derive(sqlx::FromRow)]
pub struct AppointmentSubjectRow {
    pub starts_at: i64,
    pub state: String,
    pub revision: i64,
    pub title: String,
    pub place: String,
}
/// reminder_id, subscription_id, endpoint, p256dh, auth, the sign-in's ended_at, payload,
/// attempts, expires_at, urgency.
#[derive(sqlx::FromRow)]
pub struct MessageRow {
    pub reminder_id: String,
    pub subscription_id: String,
    pub endpoint: Option<String>,
    pub p256dh: Option<String>,
    pub auth: Option<String>,
    pub ended_at: Option<i64>,
    pub payload: String,
    pub attempts: i64,
    pub expires_at: i64,
    pub urgency: String,
}

/// The SQL behind reminders, on one connection or transaction.
#[async_trait::async_trait]
pub trait ReminderTx: Tx {
    async fn rules_row(&mut self, service_id: &str) -> Result<Option<RulesRow>, StorageError>;
    /// Inserts a reminder unless the same person, kind, subject and version has one.
    async fn insert_reminder(
        &mut self,
        person_id: &str,
        kind: &str,
        subject_id: &str,
        subject_version: i64,
        due_at: i64,
    ) -> Result<(), StorageError>;
    /// Named participants of a session who have not given their end score.
    async fn without_end_score(&mut self, session_id: &str) -> Result<Vec<String>, StorageError>;
    async fn appointment_subject(&mut self, id: &str) -> Result<Option<AppointmentSubjectRow>, StorageError>;
    /// The plan's latest version and the latest this person answered (0 for none).
    async fn plan_subject(&mut self, young_person_id: &str, person_id: &str) -> Result<(i64, i64), StorageError>;
    /// The session's phase and whether this person gave an end score (0/1).
    async fn session_subject(&mut self, session_id: &str, person_id: &str) -> Result<Option<(String, i64)>, StorageError>;
    /// The consultation's news count and title.
    async fn consultation_subject(&mut self, id: &str) -> Result<Option<(i64, String)>, StorageError>;
    /// What the consultation's responses since this person was last told of its news reply to
    /// of theirs, in words (see `voice::tx::replies_to`).
    async fn consultation_replies(&mut self, id: &str, person_id: &str) -> Result<Vec<String>, StorageError>;
    /// Whether a form asked for was answered (1) or not (0); none when it is gone.
    async fn form_subject(&mut self, id: &str) -> Result<Option<i64>, StorageError>;
    /// A complaint's kind and status, as stored.
    async fn complaint_subject(&mut self, id: &str) -> Result<Option<(String, String)>, StorageError>;
    async fn due_rows(&mut self, now: i64, limit: i64) -> Result<Vec<DueRow>, StorageError>;
    /// Settles a reminder still due; answers how many rows changed (0 when it was settled).
    async fn settle_row(&mut self, id: &str, state: &str, outcome: &str, payload: Option<&str>, now: i64) -> Result<u64, StorageError>;
    /// Queues one message per signed-in phone of the reminder's person; answers how many.
    async fn queue_messages(&mut self, id: &str, now: i64, expires_at: i64, urgency: &str) -> Result<u64, StorageError>;
    async fn note_no_phone(&mut self, id: &str) -> Result<(), StorageError>;
    /// One attempt at a message: its new state (None: as it is), when it was sent or is next
    /// tried (None: as it is), its error.
    async fn update_message(
        &mut self,
        reminder_id: &str,
        subscription_id: &str,
        state: Option<&str>,
        sent_at: Option<i64>,
        next_attempt_at: Option<i64>,
        error: &str,
    ) -> Result<(), StorageError>;
    /// The subscription is gone: its queued messages with it.
    async fn subscription_gone(&mut self, subscription_id: &str, error: &str) -> Result<(), StorageError>;
}

/// A service's reminder times; the defaults when it set none.
pub(crate) fn rules_from(row: Option<RulesRow>) -> Result<ReminderRules, StorageError> {
    let Some(RulesRow { day_before_at, hours_before, quiet_from, quiet_until }) = row else {
        return Ok(ReminderRules::default());
    };
    let settings = ReminderSettings { day_before_at, hours_before: u8::try_from(hours_before).unwrap_or(0), quiet_from, quiet_until };
    ReminderRules::parse(&settings).map_err(|code| StorageError::internal(format!("stored reminder rules: {code}")))
}

/// A service's reminder times, on the transaction at hand.
pub async fn rules_on<C: ReminderTx + ?Sized>(conn: &mut C, service_id: &str) -> Result<ReminderRules, StorageError> {
    rules_from(conn.rules_row(service_id).await?)
}

/// Makes a reminder, once: the same person, kind, subject and version again changes nothing.
pub async fn schedule<C: ReminderTx + ?Sized>(
    conn: &mut C,
    person_id: &str,
    kind: ReminderKind,
    subject_id: &str,
    subject_version: u32,
    due_at: OffsetDateTime,
) -> Result<(), StorageError> {
    conn.insert_reminder(person_id, kind.as_str(), subject_id, i64::from(subject_version), to_millis(due_at)).await
}

/// A new plan version waits for the young person's and carers' agreement: each of them but its
/// author is reminded the next evening, unless they have answered by then.
pub async fn plan_waiting<C: ReminderTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    author_id: Uuid,
    version: u32,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    let young_person = young_person_id.to_string();
    let service_id = conn.service_of(&young_person).await?;
    let rules = rules_on(conn, &service_id).await?;
    let mut people = conn.carer_ids(&young_person).await?;
    people.push(young_person.clone());
    let author = author_id.to_string();
    for person in people.iter().filter(|person| **person != author) {
        schedule(conn, person, ReminderKind::PlanWaiting, &young_person, version, rules.next_evening(now)).await?;
    }
    Ok(())
}

/// The worker asked for end scores: named participants who have not given theirs are nudged in
/// ten minutes if they still have not (and the session is still open).
pub async fn scores_missing<C: ReminderTx + ?Sized>(conn: &mut C, session_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
    let session = session_id.to_string();
    for person in conn.without_end_score(&session).await? {
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
async fn subject_of<C: ReminderTx + ?Sized>(
    conn: &mut C,
    person_id: &str,
    kind: ReminderKind,
    subject_id: &str,
    subject_version: i64,
) -> Result<Subject, StorageError> {
    Ok(match kind {
        ReminderKind::DayBefore | ReminderKind::Soon => match conn.appointment_subject(subject_id).await? {
            Some(AppointmentSubjectRow { starts_at, state, revision, title, place }) => Subject::Appointment {
                starts_at: from_millis(starts_at)?,
                state: AppointmentState::parse(&state)
                    .ok_or_else(|| StorageError::internal(format!("stored appointment state {state}")))?,
                revision: stored_count(revision),
                title,
                place,
            },
            None => Subject::Gone,
        },
        ReminderKind::PlanWaiting => {
            let (current, answered) = conn.plan_subject(subject_id, person_id).await?;
            Subject::Plan { current_version: stored_count(current), answered: answered >= current }
        }
        ReminderKind::ScoreMissing => match conn.session_subject(subject_id, person_id).await? {
            Some((phase, scored)) => Subject::Session { open: phase != "closed", scored: scored != 0 },
            None => Subject::Gone,
        },
        ReminderKind::ComplaintNews => match conn.complaint_subject(subject_id).await? {
            Some((kind, status)) => Subject::Complaint {
                kind: FeedbackKind::parse(&kind).ok_or_else(|| StorageError::internal(format!("stored complaint kind {kind}")))?,
                status: ComplaintStatus::parse(&status)
                    .ok_or_else(|| StorageError::internal(format!("stored complaint status {status}")))?,
            },
            None => Subject::Gone,
        },
        ReminderKind::FormDue | ReminderKind::FormOverdue => match conn.form_subject(subject_id).await? {
            Some(answered) => Subject::Form { answered: answered != 0 },
            None => Subject::Gone,
        },
        ReminderKind::VoiceNews => match conn.consultation_subject(subject_id).await? {
            // What replies to the person's own is read only for the news that will be sent.
            Some((news, title)) => {
                let replies = if news == subject_version { conn.consultation_replies(subject_id, person_id).await? } else { Vec::new() };
                Subject::Consultation { news: stored_count(news), title, replies }
            }
            None => Subject::Gone,
        },
    })
}

/// Reminders due by `now`, oldest first, with what they are about as it stands.
pub(crate) async fn due_reminders<C: ReminderTx + ?Sized>(
    conn: &mut C,
    now: OffsetDateTime,
    limit: i64,
) -> Result<Vec<DueReminder>, StorageError> {
    let rows = conn.due_rows(to_millis(now), limit).await?;
    let mut due = Vec::with_capacity(rows.len());
    for DueRow { id, person_id, kind, subject_id, subject_version, due_at, detailed, language } in rows {
        let kind = ReminderKind::parse(&kind).ok_or_else(|| StorageError::internal(format!("stored reminder kind {kind}")))?;
        let subject = subject_of(conn, &person_id, kind, &subject_id, subject_version).await?;
        due.push(DueReminder {
            id: parse_stored_uuid(&id)?,
            person_id: parse_stored_uuid(&person_id)?,
            kind,
            subject_id: parse_stored_uuid(&subject_id)?,
            subject_version: stored_count(subject_version),
            due_at: from_millis(due_at)?,
            detailed: detailed != 0,
            language: Language::from_code(&language).ok_or_else(|| StorageError::internal(format!("stored language {language}")))?,
            subject,
        });
    }
    Ok(due)
}

/// Settles a due reminder once, on the caller's transaction; answers the messages queued.
pub(crate) async fn settle<C: ReminderTx + ?Sized>(
    conn: &mut C,
    id: Uuid,
    decision: &Decision,
    now: OffsetDateTime,
) -> Result<usize, StorageError> {
    let reminder = id.to_string();
    let (state, outcome, payload) = match decision {
        Decision::Skip(reason) => ("skipped", *reason, None),
        Decision::Send { payload, .. } => ("sent", "", Some(serde_json::to_string(payload)?)),
    };
    // Only a reminder still due: a second server's turn finds it settled and leaves it.
    let settled = conn.settle_row(&reminder, state, outcome, payload.as_deref(), to_millis(now)).await?;
    let mut queued = 0;
    if let (1, Decision::Send { urgency, expires_at, .. }) = (settled, decision) {
        let phones = conn.queue_messages(&reminder, to_millis(now), to_millis(*expires_at), urgency_name(*urgency)).await?;
        queued = usize::try_from(phones).unwrap_or(0);
        if queued == 0 {
            conn.note_no_phone(&reminder).await?;
        }
    }
    Ok(queued)
}

/// A queued message as the sender needs it.
pub(crate) fn due_message(
    MessageRow { reminder_id, subscription_id, endpoint, p256dh, auth, ended_at, payload, attempts, expires_at, urgency }: MessageRow,
) -> Result<DueMessage, StorageError> {
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
}

/// Records one message's outcome on the turn's transaction.
pub(crate) async fn record_push<C: ReminderTx + ?Sized>(
    conn: &mut C,
    reminder_id: Uuid,
    subscription_id: Uuid,
    record: &PushRecord,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    let (reminder, subscription) = (reminder_id.to_string(), subscription_id.to_string());
    match record {
        PushRecord::Sent => conn.update_message(&reminder, &subscription, Some("sent"), Some(to_millis(now)), None, "").await,
        PushRecord::Gone(error) => conn.subscription_gone(&subscription, error).await,
        PushRecord::Retry { error, next } => conn.update_message(&reminder, &subscription, None, None, Some(to_millis(*next)), error).await,
        PushRecord::Failed(error) => conn.update_message(&reminder, &subscription, Some("failed"), None, None, error).await,
    }
}
