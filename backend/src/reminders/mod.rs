//! Reminders, and the one scheduler task that sends them. A reminder row is made when what it
//! is about is made (an appointment, a plan version waiting for agreement, a session waiting for
//! scores), in the same transaction. At its time the scheduler checks it again (still on? still
//! waiting?), writes its text (discreet unless the person chose detailed), and queues one push
//! message per phone; messages are sent, retried on 429 and 5xx with backoff, and dropped with
//! their subscription on 404 and 410. Everything is in the database, so a restart loses nothing
//! and sends nothing twice; a lease keeps a second server from sending the same messages.

pub mod postgres;
pub mod sqlite;
mod store;
pub mod text;
pub mod tx;

use std::time::Duration as StdDuration;

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use futures::StreamExt;
use rand::Rng;
use tandem_domain::appointments::{is_push_service, AppointmentState, PushPayload, ReminderKind, ReminderRules, ReminderSettings};
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use web_push::Urgency;

use crate::accounts::policy::{CaseStaff, Managers};
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::json::Json;
use crate::push::{Delivery, Subscription};
use crate::state::AppState;
use crate::storage::StorageError;
use text::{AppointmentFacts, Texts};

/// What a due reminder is about, as it stands now.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    Appointment {
        starts_at: OffsetDateTime,
        state: AppointmentState,
        revision: u32,
        title: String,
        place: String,
    },
    /// The plan's latest version, and whether this person has answered it.
    Plan {
        current_version: u32,
        answered: bool,
    },
    /// Whether the session still takes scores, and whether this person gave their end score.
    Session {
        open: bool,
        scored: bool,
    },
    /// A consultation's news count (responses published or changed) and its title.
    Consultation {
        news: u32,
        title: String,
    },
    /// It no longer exists.
    Gone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DueReminder {
    pub id: Uuid,
    pub person_id: Uuid,
    pub kind: ReminderKind,
    pub subject_id: Uuid,
    pub subject_version: u32,
    pub due_at: OffsetDateTime,
    pub detailed: bool,
    pub subject: Subject,
}

/// What to do with a due reminder.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Not needed any more; the reason is kept.
    Skip(&'static str),
    /// Send this to each of the person's phones until `expires_at`.
    Send { payload: PushPayload, urgency: Urgency, expires_at: OffsetDateTime },
}

/// A queued push message with what it needs to go.
#[derive(Debug, Clone, PartialEq)]
pub struct DueMessage {
    pub reminder_id: Uuid,
    pub subscription_id: Uuid,
    /// None when the phone was signed out or its subscription dropped since.
    pub subscription: Option<Subscription>,
    pub payload: String,
    pub urgency: Urgency,
    pub attempts: u32,
    pub expires_at: OffsetDateTime,
}

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum PushRecord {
    Sent,
    /// The push service said the subscription is gone: drop it, and its other queued messages.
    Gone(String),
    Retry {
        error: String,
        next: OffsetDateTime,
    },
    Failed(String),
}

#[async_trait::async_trait]
pub trait ReminderStore {
    async fn reminder_rules(&self, service_id: Uuid) -> Result<ReminderRules, StorageError>;
    async fn set_reminder_rules(&self, service_id: Uuid, rules: &ReminderRules) -> Result<(), StorageError>;
    /// Reminders due by `now`, oldest first, with what they are about as it stands.
    async fn due_reminders(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueReminder>, StorageError>;
    /// Settles a due reminder once: skipped, or sent (a message queued per phone). Answers the
    /// number of messages queued; a reminder already settled is left alone.
    async fn settle_reminder(&self, id: Uuid, decision: &Decision, now: OffsetDateTime) -> Result<usize, StorageError>;
    async fn due_messages(&self, now: OffsetDateTime, limit: i64) -> Result<Vec<DueMessage>, StorageError>;
    /// Records what became of each message sent in one turn, in one transaction.
    async fn record_pushes(&self, records: &[(Uuid, Uuid, PushRecord)], now: OffsetDateTime) -> Result<(), StorageError>;
    /// When the scheduler next has something to do, if ever.
    async fn next_reminder_wake(&self) -> Result<Option<OffsetDateTime>, StorageError>;
}

/// A reminder this late is not worth sending (the server was down): the next one will come.
const TOO_LATE: Duration = Duration::hours(6);

/// Whether and what to send for `reminder` at `now`.
pub fn decide(reminder: &DueReminder, texts: &Texts, now: OffsetDateTime) -> Decision {
    if now > reminder.due_at + TOO_LATE {
        return Decision::Skip("too late");
    }
    let title = texts.get("push-title", None);
    let tag = format!("reminder-{}", reminder.subject_id);
    match (&reminder.subject, reminder.kind) {
        (
            Subject::Appointment { starts_at, state, revision, title: appointment_title, place },
            ReminderKind::DayBefore | ReminderKind::Soon,
        ) => {
            if *state != AppointmentState::Upcoming {
                return Decision::Skip("not upcoming");
            }
            if *revision != reminder.subject_version {
                return Decision::Skip("time changed");
            }
            if *starts_at <= now {
                return Decision::Skip("already started");
            }
            let facts = AppointmentFacts { starts_at: *starts_at, title: appointment_title, place };
            let body = texts.appointment(&facts, reminder.detailed, now);
            let urgency = if reminder.kind == ReminderKind::Soon { Urgency::High } else { Urgency::Normal };
            let url = format!("/appointments#{}", reminder.subject_id);
            Decision::Send { payload: PushPayload { title, body, url, tag }, urgency, expires_at: *starts_at }
        }
        (Subject::Plan { current_version, answered }, ReminderKind::PlanWaiting) => {
            if *current_version != reminder.subject_version || *answered {
                return Decision::Skip("answered or changed");
            }
            let body = texts.waiting(reminder.kind, reminder.detailed);
            Decision::Send {
                payload: PushPayload { title, body, url: "/plan".into(), tag },
                urgency: Urgency::Low,
                expires_at: now + Duration::days(1),
            }
        }
        (Subject::Session { open, scored }, ReminderKind::ScoreMissing) => {
            if !open || *scored {
                return Decision::Skip("closed or scored");
            }
            let body = texts.waiting(reminder.kind, reminder.detailed);
            Decision::Send {
                payload: PushPayload { title, body, url: "/session".into(), tag },
                urgency: Urgency::Normal,
                expires_at: now + Duration::hours(2),
            }
        }
        (Subject::Consultation { news, title: consultation_title }, ReminderKind::VoiceNews) => {
            // Several changes in a row make one notification: only the latest is sent.
            if *news != reminder.subject_version {
                return Decision::Skip("newer news");
            }
            let body = texts.voice_news(consultation_title, reminder.detailed);
            let url = format!("/voice#{}", reminder.subject_id);
            Decision::Send { payload: PushPayload { title, body, url, tag }, urgency: Urgency::Low, expires_at: now + Duration::days(7) }
        }
        _ => Decision::Skip("gone"),
    }
}

/// Most attempts at one message.
const MAX_ATTEMPTS: u32 = 8;

/// When to try a message again after `attempts` failures: 30 s doubling to at most 30 min,
/// with up to a quarter more at random so phones of one push service do not come back together;
/// never sooner than the push service asked.
pub fn retry_at(now: OffsetDateTime, attempts: u32, asked: Option<StdDuration>, jitter: f64) -> OffsetDateTime {
    let base = 30.0 * 2f64.powi(i32::try_from(attempts.saturating_sub(1).min(10)).unwrap_or(10));
    let seconds = base.min(1800.0) * (1.0 + 0.25 * jitter.clamp(0.0, 1.0));
    let asked = asked.map(|after| after.as_secs_f64()).unwrap_or(0.0);
    now + Duration::seconds_f64(seconds.max(asked))
}

fn record_of(delivery: Delivery, message: &DueMessage, now: OffsetDateTime) -> PushRecord {
    match delivery {
        Delivery::Sent => PushRecord::Sent,
        Delivery::Gone(status) => PushRecord::Gone(format!("HTTP {status}")),
        Delivery::Refused(error) => PushRecord::Failed(error),
        Delivery::Retry { error, after } => {
            let attempts = message.attempts.saturating_add(1);
            let next = retry_at(now, attempts, after, rand::thread_rng().gen_range(0.0..1.0));
            if attempts >= MAX_ATTEMPTS || next >= message.expires_at {
                PushRecord::Failed(format!("{error} (gave up after {attempts} tries)"))
            } else {
                PushRecord::Retry { error, next }
            }
        }
    }
}

/// What one turn of the scheduler did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickReport {
    pub reminders_sent: usize,
    pub reminders_skipped: usize,
    pub messages_sent: usize,
    pub messages_gone: usize,
    pub messages_retrying: usize,
    pub messages_failed: usize,
    /// Safety alerts nobody saw in time, sent to the managers this turn.
    pub alerts_escalated: usize,
    /// Secret ballots and anonymous answers of past days counted this turn.
    pub sealed_counted: usize,
}

/// Reminders and messages handled per turn.
const BATCH: i64 = 1000;
/// Messages in flight at once.
const PARALLEL: usize = 64;
const LEASE: Duration = Duration::seconds(60);

/// One turn: settles the reminders now due, then sends the messages now due. Only the server
/// holding the "reminders" lease does either.
pub async fn tick(state: &AppState, holder: &str) -> Result<TickReport, StorageError> {
    let now = state.clock.now();
    let mut report = TickReport {
        alerts_escalated: crate::safety::escalate(state).await?,
        sealed_counted: crate::secret::count_due(state).await?,
        ..TickReport::default()
    };
    let reminders = state.store.due_reminders(now, BATCH).await?;
    let first_messages = state.store.due_messages(now, 1).await?;
    if reminders.is_empty() && first_messages.is_empty() {
        return Ok(report);
    }
    if !state.store.hold_lease("reminders", holder, now, now + LEASE).await? {
        return Ok(report);
    }
    let texts = Texts::english();
    for reminder in &reminders {
        let decision = decide(reminder, &texts, now);
        state.store.settle_reminder(reminder.id, &decision, now).await?;
        match decision {
            Decision::Skip(_) => report.reminders_skipped += 1,
            Decision::Send { .. } => report.reminders_sent += 1,
        }
    }
    let messages = state.store.due_messages(now, BATCH).await?;
    let (sender, loopback) = (&state.push.sender, state.push.allow_loopback_http);
    // Each push service gets its own lane of PARALLEL sends, all lanes at once: a slow or
    // failing service (or phones subscribed to one) holds up only its own messages.
    let lanes = by_push_service(messages).into_iter().map(|lane| {
        futures::stream::iter(lane)
            .map(|message| async move {
                let record = match &message.subscription {
                    None => PushRecord::Gone("the phone was signed out".into()),
                    // Kept from before the list of push services: never called.
                    Some(subscription) if !is_push_service(&subscription.endpoint, loopback) => {
                        PushRecord::Gone("not a known push service".into())
                    }
                    Some(subscription) => {
                        let ttl = u32::try_from((message.expires_at - now).whole_seconds().clamp(60, 86_400)).unwrap_or(86_400);
                        let topic = message.reminder_id.simple().to_string();
                        let outgoing = crate::push::send::Message {
                            payload: message.payload.as_bytes(),
                            ttl,
                            urgency: message.urgency,
                            topic: &topic,
                        };
                        record_of(sender.send(subscription, &outgoing).await, &message, now)
                    }
                };
                (message.reminder_id, message.subscription_id, record)
            })
            .buffer_unordered(PARALLEL)
            .collect::<Vec<_>>()
    });
    let outcomes: Vec<_> = futures::future::join_all(lanes).await.into_iter().flatten().collect();
    state.store.record_pushes(&outcomes, now).await?;
    for (_, _, record) in outcomes {
        match record {
            PushRecord::Sent => report.messages_sent += 1,
            PushRecord::Gone(_) => report.messages_gone += 1,
            PushRecord::Retry { .. } => report.messages_retrying += 1,
            PushRecord::Failed(error) => {
                tracing::warn!(%error, "a reminder could not be pushed");
                report.messages_failed += 1;
            }
        }
    }
    Ok(report)
}

/// Due messages by the push service they go to (the origin of their endpoint; messages with no
/// phone to send to make a lane of their own).
fn by_push_service(messages: Vec<DueMessage>) -> Vec<Vec<DueMessage>> {
    let mut lanes: std::collections::BTreeMap<Option<String>, Vec<DueMessage>> = std::collections::BTreeMap::new();
    for message in messages {
        let service = message.subscription.as_ref().and_then(|subscription| crate::push::send::origin(&subscription.endpoint));
        lanes.entry(service).or_default().push(message);
    }
    lanes.into_values().collect()
}

/// The longest the scheduler sleeps without looking (a second server may have added work).
const MAX_SLEEP: StdDuration = StdDuration::from_secs(30);

/// Runs the scheduler until `shutdown`: a turn, then sleep until the database's next due time,
/// or until woken by something new.
pub async fn run(state: AppState, shutdown: impl std::future::Future<Output = ()>) {
    let holder = Uuid::now_v7().to_string();
    tokio::pin!(shutdown);
    loop {
        let busy = match tick(&state, &holder).await {
            Ok(report) => report.messages_sent + report.messages_retrying + report.messages_gone + report.messages_failed >= PARALLEL,
            Err(err) => {
                tracing::warn!(%err, "reminder scheduler turn failed");
                false
            }
        };
        let sleep = if busy {
            StdDuration::ZERO
        } else {
            match state.store.next_reminder_wake().await {
                Ok(Some(at)) => {
                    let wait = (at - state.clock.now()).whole_milliseconds().max(250);
                    StdDuration::from_millis(u64::try_from(wait).unwrap_or(u64::MAX)).min(MAX_SLEEP)
                }
                _ => MAX_SLEEP,
            }
        };
        tokio::select! {
            () = tokio::time::sleep(sleep) => {}
            () = state.push.wake.notified() => {}
            () = &mut shutdown => return,
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::REMINDERS_SETTINGS.template(), get(settings).put(set_settings))
}

/// When the service's reminders go out.
#[utoipa::path(get, path = "/api/v1/reminders/settings", tag = "appointments",
    responses((status = 200, body = ReminderSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<ReminderSettings>, AppError> {
    Ok(Json(state.store.reminder_rules(allowed.caller.service_id).await?.settings()))
}

/// A manager changes when reminders go out; reminders made from now on follow it.
#[utoipa::path(put, path = "/api/v1/reminders/settings", tag = "appointments", request_body = ReminderSettings,
    responses((status = 200, body = ReminderSettings), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_settings(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Json(request): Json<ReminderSettings>,
) -> Result<Json<ReminderSettings>, AppError> {
    let rules = ReminderRules::parse(&request)?;
    state.store.set_reminder_rules(allowed.caller.service_id, &rules).await?;
    crate::accounts::people::audit(&state, &allowed.caller, "reminders.settings", None, format!("{request:?}")).await?;
    Ok(Json(rules.settings()))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn due(kind: ReminderKind, subject: Subject) -> DueReminder {
        DueReminder {
            id: Uuid::now_v7(),
            person_id: Uuid::now_v7(),
            kind,
            subject_id: Uuid::nil(),
            subject_version: 1,
            due_at: datetime!(2026-11-23 18:00 UTC),
            detailed: false,
            subject,
        }
    }

    #[test]
    fn an_appointment_reminder_is_sent_only_while_it_is_still_on_at_that_time() {
        let texts = Texts::english();
        let now = datetime!(2026-11-23 18:00 UTC);
        let on = Subject::Appointment {
            starts_at: datetime!(2026-11-24 16:00 UTC),
            state: AppointmentState::Upcoming,
            revision: 1,
            title: "Court".into(),
            place: "Magistrates".into(),
        };
        let Decision::Send { payload, urgency, expires_at } = decide(&due(ReminderKind::DayBefore, on.clone()), &texts, now) else {
            panic!("should send");
        };
        assert_eq!(payload.body, "Something tomorrow at 4pm");
        assert!(!payload.body.contains("Court"));
        assert_eq!(urgency, Urgency::Normal);
        assert_eq!(expires_at, datetime!(2026-11-24 16:00 UTC));
        let moved = Subject::Appointment {
            starts_at: datetime!(2026-11-24 16:00 UTC),
            state: AppointmentState::Upcoming,
            revision: 2,
            title: String::new(),
            place: String::new(),
        };
        assert_eq!(decide(&due(ReminderKind::DayBefore, moved), &texts, now), Decision::Skip("time changed"));
        let cancelled = Subject::Appointment {
            starts_at: datetime!(2026-11-24 16:00 UTC),
            state: AppointmentState::Cancelled,
            revision: 1,
            title: String::new(),
            place: String::new(),
        };
        assert_eq!(decide(&due(ReminderKind::DayBefore, cancelled), &texts, now), Decision::Skip("not upcoming"));
        assert_eq!(decide(&due(ReminderKind::DayBefore, on), &texts, now + Duration::hours(7)), Decision::Skip("too late"));
        assert_eq!(
            decide(&due(ReminderKind::PlanWaiting, Subject::Plan { current_version: 1, answered: true }), &texts, now),
            Decision::Skip("answered or changed")
        );
        assert_eq!(decide(&due(ReminderKind::DayBefore, Subject::Gone), &texts, now), Decision::Skip("gone"));
    }

    #[test]
    fn retries_back_off_and_respect_retry_after() {
        let now = datetime!(2026-11-23 18:00 UTC);
        assert_eq!(retry_at(now, 1, None, 0.0), now + Duration::seconds(30));
        assert_eq!(retry_at(now, 3, None, 0.0), now + Duration::seconds(120));
        assert_eq!(retry_at(now, 20, None, 0.0), now + Duration::seconds(1800));
        assert_eq!(retry_at(now, 1, Some(StdDuration::from_secs(600)), 0.0), now + Duration::seconds(600));
        assert!(retry_at(now, 1, None, 1.0) > retry_at(now, 1, None, 0.0));
    }
}
