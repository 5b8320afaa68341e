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
use tandem_domain::complaints::{ComplaintStatus, FeedbackKind};

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use rand::Rng;
use tandem_domain::appointments::{is_push_service, AppointmentState, PushPayload, ReminderKind, ReminderRules, ReminderSettings};
use tandem_domain::language::Language;
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
        /// What its responses since the person was last told reply to of their own, in words.
        replies: Vec<String>,
    },
    /// Something sent by name, as it stands.
    Complaint {
        kind: FeedbackKind,
        status: ComplaintStatus,
    },
    /// A form asked of someone, and whether it came back.
    Form {
        answered: bool,
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
    /// The language the person chose: the reminder is worded in it.
    pub language: Language,
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
    /// Messages due by `now`, oldest first, passing over those to the push services (origins)
    /// in `busy_services`.
    async fn due_messages(&self, now: OffsetDateTime, limit: i64, busy_services: &[String]) -> Result<Vec<DueMessage>, StorageError>;
    /// Claims each message (reminder, subscription) that is still queued and due by `now` until
    /// `until`, so no other turn or server sends it meanwhile; answers those claimed.
    async fn claim_messages(
        &self,
        messages: &[(Uuid, Uuid)],
        now: OffsetDateTime,
        until: OffsetDateTime,
    ) -> Result<Vec<(Uuid, Uuid)>, StorageError>;
    /// Records what became of messages sent, in one transaction.
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
    let title = texts.get("push-title", &[]);
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
        (Subject::Consultation { news, title: consultation_title, replies }, ReminderKind::VoiceNews) => {
            // Several changes in a row make one notification: only the latest is sent.
            if *news != reminder.subject_version {
                return Decision::Skip("newer news");
            }
            let body = texts.voice_news(consultation_title, replies, reminder.detailed);
            let url = format!("/voice#{}", reminder.subject_id);
            Decision::Send { payload: PushPayload { title, body, url, tag }, urgency: Urgency::Low, expires_at: now + Duration::days(7) }
        }
        (Subject::Complaint { kind, status }, ReminderKind::ComplaintNews) => {
            // Moved on twice before the first was sent: only where it is now.
            if status.place() != reminder.subject_version {
                return Decision::Skip("moved on again");
            }
            let body = texts.complaint_news(*kind, *status, reminder.detailed);
            Decision::Send {
                payload: PushPayload { title, body, url: "/say".into(), tag },
                urgency: Urgency::Normal,
                expires_at: now + Duration::days(7),
            }
        }
        (Subject::Form { answered }, ReminderKind::FormDue | ReminderKind::FormOverdue) => {
            if *answered {
                return Decision::Skip("answered");
            }
            let body = texts.waiting(reminder.kind, reminder.detailed);
            // The person finds the form on their home page; the worker on the young person's page.
            let url = if reminder.kind == ReminderKind::FormDue { "/" } else { "/staff" };
            Decision::Send {
                payload: PushPayload { title, body, url: url.into(), tag },
                urgency: Urgency::Normal,
                expires_at: now + Duration::days(1),
            }
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
    /// Messages this turn started sending (what became of them is counted below, by [`tick`]).
    pub messages_started: usize,
    pub messages_sent: usize,
    pub messages_gone: usize,
    pub messages_retrying: usize,
    pub messages_failed: usize,
    /// Safety alerts nobody saw in time, sent to the managers this turn.
    pub alerts_escalated: usize,
    /// Secret ballots and anonymous answers of past days counted this turn.
    pub sealed_counted: usize,
}

impl TickReport {
    fn count(&mut self, record: &PushRecord) {
        match record {
            PushRecord::Sent => self.messages_sent += 1,
            PushRecord::Gone(_) => self.messages_gone += 1,
            PushRecord::Retry { .. } => self.messages_retrying += 1,
            PushRecord::Failed(error) => {
                tracing::warn!(%error, "a reminder could not be pushed");
                self.messages_failed += 1;
            }
        }
    }
}

/// Reminders settled per turn.
const BATCH: i64 = 1000;
/// Due messages read per turn: enough to fill every lane with room, not the whole queue.
const MESSAGES_READ: i64 = 4 * PARALLEL as i64;
/// Messages in flight at once to one push service.
const PARALLEL: usize = 64;
const LEASE: Duration = Duration::seconds(60);
/// How long a message being sent is kept from other turns and servers: far longer than a push
/// service may take to answer (10 s) and its outcome to be written. A server that stops while
/// sending leaves its messages to be sent again after this.
const CLAIM: Duration = Duration::minutes(2);

/// The push services being sent to at this moment: a lane each, of at most [`PARALLEL`]
/// messages in flight. Lanes outlive the turn that filled them, so a slow service's messages
/// hold up no one else's, in this turn or the next.
#[derive(Default)]
pub struct Lanes(std::sync::Mutex<std::collections::HashMap<Option<String>, Lane>>);

#[derive(Default)]
struct Lane {
    in_flight: usize,
    /// Messages were left queued because the lane was full: wake the scheduler when it has room.
    left_waiting: bool,
}

impl Lanes {
    fn lanes(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<Option<String>, Lane>> {
        // The counts stay whole even if a holder panicked.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The push services whose lanes are full.
    fn full(&self) -> Vec<String> {
        self.lanes().iter().filter(|(_, lane)| lane.in_flight >= PARALLEL).filter_map(|(service, _)| service.clone()).collect()
    }

    /// Takes up to `wanted` places in `service`'s lane; answers how many it got.
    fn take(&self, service: &Option<String>, wanted: usize) -> usize {
        let mut lanes = self.lanes();
        let lane = lanes.entry(service.clone()).or_default();
        let got = wanted.min(PARALLEL.saturating_sub(lane.in_flight));
        lane.in_flight += got;
        lane.left_waiting |= got < wanted;
        got
    }

    /// Gives a place back; answers whether the scheduler should look again now (messages were
    /// left waiting, and the lane is half empty).
    fn give_back(&self, service: &Option<String>) -> bool {
        let mut lanes = self.lanes();
        let Some(lane) = lanes.get_mut(service) else { return false };
        lane.in_flight = lane.in_flight.saturating_sub(1);
        let look_again = lane.left_waiting && lane.in_flight <= PARALLEL / 2;
        if look_again {
            lane.left_waiting = false;
        }
        if lane.in_flight == 0 && !lane.left_waiting {
            lanes.remove(service);
        }
        look_again
    }
}

/// What one turn started: the task writing what became of the messages it is sending, if any.
pub struct Sending(Option<tokio::task::JoinHandle<Vec<PushRecord>>>);

impl Sending {
    /// Waits for every message the turn started and for their outcomes to be written.
    pub async fn finish(self) -> Vec<PushRecord> {
        match self.0 {
            Some(recorder) => recorder.await.unwrap_or_default(),
            None => Vec::new(),
        }
    }
}

/// One turn, waiting for the messages it started (tests, and anything that wants the counts).
pub async fn tick(state: &AppState, holder: &str) -> Result<TickReport, StorageError> {
    let (mut report, sending) = start_turn(state, holder).await?;
    for record in sending.finish().await {
        report.count(&record);
    }
    Ok(report)
}

/// One turn: settles the reminders now due, then starts sending the messages now due, each in
/// its push service's lane while the lane has room; it does not wait for them. Only the server
/// holding the "reminders" lease does either, and each message is claimed before it is sent.
pub async fn start_turn(state: &AppState, holder: &str) -> Result<(TickReport, Sending), StorageError> {
    let now = state.clock.now();
    let mut report = TickReport {
        alerts_escalated: crate::safety::escalate(state).await?,
        sealed_counted: crate::secret::count_due(state).await?,
        ..TickReport::default()
    };
    let reminders = state.store.due_reminders(now, BATCH).await?;
    let busy = state.push.lanes.full();
    let first_messages = state.store.due_messages(now, 1, &busy).await?;
    if reminders.is_empty() && first_messages.is_empty() {
        return Ok((report, Sending(None)));
    }
    if !state.store.hold_lease("reminders", holder, now, now + LEASE).await? {
        return Ok((report, Sending(None)));
    }
    for reminder in &reminders {
        let decision = decide(reminder, Texts::of(reminder.language), now);
        state.store.settle_reminder(reminder.id, &decision, now).await?;
        match decision {
            Decision::Skip(_) => report.reminders_skipped += 1,
            Decision::Send { .. } => report.reminders_sent += 1,
        }
    }
    let messages = state.store.due_messages(now, MESSAGES_READ, &state.push.lanes.full()).await?;
    let mut starting = Vec::new();
    for (service, lane) in by_push_service(messages) {
        let room = state.push.lanes.take(&service, lane.len());
        starting.extend(lane.into_iter().take(room).map(|message| (service.clone(), message)));
    }
    let keys: Vec<_> = starting.iter().map(|(_, message)| (message.reminder_id, message.subscription_id)).collect();
    let claimed: std::collections::HashSet<_> = match state.store.claim_messages(&keys, now, now + CLAIM).await {
        Ok(claimed) => claimed.into_iter().collect(),
        Err(err) => {
            for (service, _) in &starting {
                state.push.lanes.give_back(service);
            }
            return Err(err);
        }
    };
    let (finished, outcomes) = tokio::sync::mpsc::unbounded_channel();
    for (service, message) in starting {
        if !claimed.contains(&(message.reminder_id, message.subscription_id)) {
            // Another turn or server has it.
            state.push.lanes.give_back(&service);
            continue;
        }
        report.messages_started += 1;
        let (state, finished) = (state.clone(), finished.clone());
        tokio::spawn(async move {
            let record = send_one(&state, &message).await;
            if state.push.lanes.give_back(&service) {
                state.push.wake.notify_one();
            }
            // The turn's recorder outlives every sender: this never fails.
            let _ = finished.send((message.reminder_id, message.subscription_id, record));
        });
    }
    drop(finished);
    Ok((report, Sending(Some(tokio::spawn(record_as_they_finish(state.clone(), outcomes))))))
}

/// Sends one claimed message and sorts out what became of it.
async fn send_one(state: &AppState, message: &DueMessage) -> PushRecord {
    let now = state.clock.now();
    match &message.subscription {
        None => PushRecord::Gone("the phone was signed out".into()),
        // Kept from before the list of push services: never called.
        Some(subscription) if !is_push_service(&subscription.endpoint, state.push.allow_loopback_http) => {
            PushRecord::Gone("not a known push service".into())
        }
        Some(subscription) => {
            let ttl = u32::try_from((message.expires_at - now).whole_seconds().clamp(60, 86_400)).unwrap_or(86_400);
            let topic = message.reminder_id.simple().to_string();
            let outgoing = crate::push::send::Message { payload: message.payload.as_bytes(), ttl, urgency: message.urgency, topic: &topic };
            let delivery = state.push.sender.send(subscription, &outgoing).await;
            record_of(delivery, message, state.clock.now())
        }
    }
}

/// Writes what became of each message as the sends finish, as many as have finished in one
/// transaction; answers them all once the last has finished.
async fn record_as_they_finish(
    state: AppState,
    mut outcomes: tokio::sync::mpsc::UnboundedReceiver<(Uuid, Uuid, PushRecord)>,
) -> Vec<PushRecord> {
    let mut all = Vec::new();
    let mut batch = Vec::new();
    while outcomes.recv_many(&mut batch, 256).await > 0 {
        if let Err(err) = state.store.record_pushes(&batch, state.clock.now()).await {
            // The messages stay claimed, and are sent again when the claim runs out.
            tracing::error!(%err, messages = batch.len(), "what became of pushed reminders could not be written");
        }
        all.extend(batch.drain(..).map(|(_, _, record)| record));
    }
    all
}

/// Due messages by the push service they go to (the origin of their endpoint; messages with no
/// phone to send to make a lane of their own).
fn by_push_service(messages: Vec<DueMessage>) -> Vec<(Option<String>, Vec<DueMessage>)> {
    let mut lanes: std::collections::BTreeMap<Option<String>, Vec<DueMessage>> = std::collections::BTreeMap::new();
    for message in messages {
        let service = message.subscription.as_ref().and_then(|subscription| crate::push::send::origin(&subscription.endpoint));
        lanes.entry(service).or_default().push(message);
    }
    lanes.into_iter().collect()
}

/// The longest the scheduler sleeps without looking (a second server may have added work).
const MAX_SLEEP: StdDuration = StdDuration::from_secs(30);

/// Runs the scheduler until `shutdown`: a turn, then sleep until the database's next due time,
/// or until woken by something new.
pub async fn run(state: AppState, shutdown: impl std::future::Future<Output = ()>) {
    let holder = Uuid::now_v7().to_string();
    tokio::pin!(shutdown);
    loop {
        match start_turn(&state, &holder).await {
            // What became of the messages is written as each lane finishes; the next turn does
            // not wait for it.
            Ok((report, sending)) if report.messages_started > 0 => {
                tokio::spawn(async move {
                    let mut counts = report;
                    for record in sending.finish().await {
                        counts.count(&record);
                    }
                    tracing::info!(
                        sent = counts.messages_sent,
                        gone = counts.messages_gone,
                        retrying = counts.messages_retrying,
                        failed = counts.messages_failed,
                        "reminders pushed"
                    );
                });
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(%err, "reminder scheduler turn failed"),
        }
        // Messages left queued behind a full lane are due already: the lane wakes the scheduler
        // when it has room, and the shortest sleep keeps an idle check from spinning.
        let sleep = match state.store.next_reminder_wake().await {
            Ok(Some(at)) => {
                let wait = (at - state.clock.now()).whole_milliseconds().max(250);
                StdDuration::from_millis(u64::try_from(wait).unwrap_or(u64::MAX)).min(MAX_SLEEP)
            }
            _ => MAX_SLEEP,
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
            language: Language::English,
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
        let Decision::Send { payload, urgency, expires_at } = decide(&due(ReminderKind::DayBefore, on.clone()), texts, now) else {
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
        assert_eq!(decide(&due(ReminderKind::DayBefore, moved), texts, now), Decision::Skip("time changed"));
        let cancelled = Subject::Appointment {
            starts_at: datetime!(2026-11-24 16:00 UTC),
            state: AppointmentState::Cancelled,
            revision: 1,
            title: String::new(),
            place: String::new(),
        };
        assert_eq!(decide(&due(ReminderKind::DayBefore, cancelled), texts, now), Decision::Skip("not upcoming"));
        assert_eq!(decide(&due(ReminderKind::DayBefore, on), texts, now + Duration::hours(7)), Decision::Skip("too late"));
        assert_eq!(
            decide(&due(ReminderKind::PlanWaiting, Subject::Plan { current_version: 1, answered: true }), texts, now),
            Decision::Skip("answered or changed")
        );
        assert_eq!(decide(&due(ReminderKind::DayBefore, Subject::Gone), texts, now), Decision::Skip("gone"));
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
