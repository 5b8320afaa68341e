//! "I don't feel safe". A young person raises an alert from any screen (through the phone's
//! outbox, accepted once); it reaches their allocated workers and the service's duty staff at
//! once, as a high-urgency push with discreet words and as a banner on every staff page, until
//! someone says they have seen it and what they did. Nobody within the service's time (default
//! 15 minutes): it goes to the managers. Raising and acknowledging are audited and go to the case
//! record as urgent events.

pub mod postgres;
pub mod sqlite;
pub(crate) mod store;

use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use tandem_domain::accounts::Role;
use tandem_domain::language::Language;
use tandem_domain::paths;
use tandem_domain::safety::{AcknowledgeRequest, Acknowledgement, Alert, AlertReceipt, AlertRequest, MyAlert, MyHelp, SafetySettings};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::{CaseStaff, Managers, YoungPeople};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::push::send::Message;
use crate::push::Subscription;
use crate::state::AppState;
use crate::storage::{from_millis, parse_stored_uuid, StorageError};

pub const RAISE_KIND: &str = "safety.raise";
/// How long an acknowledged alert stays in staff's list (the banner shows only open ones).
const ACKNOWLEDGED_SHOWN_FOR: Duration = Duration::days(7);
/// How far back the young person's screen shows their own alerts.
const MINE_SHOWN_FOR: Duration = Duration::days(7);

/// A random id (UUID v4): an alert's id says nothing of when it was raised.
pub(crate) fn random_id() -> Uuid {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

#[derive(sqlx::FromRow)]
pub struct AlertRow {
    pub id: String,
    pub young_person_id: String,
    pub young_person_name: String,
    pub words: String,
    pub raised_at: i64,
    pub escalated_at: Option<i64>,
    pub acknowledged_by_name: Option<String>,
    pub acknowledged_at: Option<i64>,
    pub action: Option<String>,
}

pub(crate) fn alert_of(row: AlertRow) -> Result<Alert, StorageError> {
    let acknowledgement = match (row.acknowledged_at, row.acknowledged_by_name) {
        (Some(at), Some(by_name)) => Some(Acknowledgement { by_name, at: from_millis(at)?, action: row.action.unwrap_or_default() }),
        _ => None,
    };
    Ok(Alert {
        id: parse_stored_uuid(&row.id)?,
        young_person_id: parse_stored_uuid(&row.young_person_id)?,
        young_person_name: row.young_person_name,
        words: row.words,
        raised_at: from_millis(row.raised_at)?,
        escalated_at: row.escalated_at.map(from_millis).transpose()?,
        acknowledgement,
    })
}

/// Whom an alert's push goes to: how many people, and their browsers' subscriptions, each with
/// its person's language.
pub struct Recipients {
    pub people: usize,
    pub subscriptions: Vec<(Language, Subscription)>,
}

#[async_trait::async_trait]
pub trait SafetyStore {
    /// Stores an alert once per operation, with its urgent event and audit entry.
    async fn raise_alert(
        &self,
        operation: OperationKey<'_>,
        caller: Caller,
        words: String,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// The alerts the caller may see that are open, or were acknowledged since the time given.
    async fn alerts_for(&self, caller: &Caller, acknowledged_since: OffsetDateTime) -> Result<Vec<Alert>, StorageError>;
    /// Records who saw an alert and what they did (the first to say so); `None` if the caller
    /// may not see it.
    async fn acknowledge_alert(&self, caller: &Caller, id: Uuid, action: &str, now: OffsetDateTime) -> Result<Option<Alert>, StorageError>;
    async fn my_alerts(&self, young_person_id: Uuid, since: OffsetDateTime) -> Result<Vec<MyAlert>, StorageError>;
    async fn safety_settings(&self, service_id: Uuid) -> Result<SafetySettings, StorageError>;
    async fn set_safety_settings(&self, service_id: Uuid, settings: &SafetySettings) -> Result<(), StorageError>;
    /// The workers and duty staff of an alert, or its service's managers.
    async fn alert_recipients(&self, alert_id: Uuid, managers: bool) -> Result<Recipients, StorageError>;
    /// Marks the alerts nobody has seen in their service's time as gone to the managers.
    async fn escalate_due(&self, now: OffsetDateTime) -> Result<Vec<Uuid>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SAFETY_ALERTS.template(), post(raise).get(alerts))
        .route(paths::SAFETY_ALERTS_ACKNOWLEDGEMENT.template(), post(acknowledge))
        .route(paths::SAFETY_MINE.template(), get(mine))
        .route(paths::SAFETY_SETTINGS.template(), get(settings).put(set_settings))
}

/// Pushes the alert's discreet words to every browser of its recipients, at high urgency. Never
/// the young person's name or words: a lock screen may be seen by anyone.
async fn notify(state: &AppState, alert_id: Uuid, managers: bool) -> Result<usize, StorageError> {
    let recipients = state.store.alert_recipients(alert_id, managers).await?;
    let message_id = if managers { "push-safety-escalated" } else { "push-safety-alert" };
    // The same discreet words, in each recipient's own language.
    let payload = |language: Language| {
        let texts = crate::reminders::text::Texts::of(language);
        serde_json::json!({
            "title": texts.get("push-safety-title", &[]),
            "body": texts.get(message_id, &[]),
            "tag": format!("safety-{}", alert_id.simple()),
            "url": "/staff",
        })
        .to_string()
    };
    let topic = alert_id.simple().to_string();
    let payloads: Vec<(&Subscription, String)> =
        recipients.subscriptions.iter().map(|(language, subscription)| (subscription, payload(*language))).collect();
    let messages: Vec<(&Subscription, Message<'_>)> = payloads
        .iter()
        .map(|(subscription, payload)| {
            (*subscription, Message { payload: payload.as_bytes(), ttl: 3_600, urgency: web_push::Urgency::High, topic: &topic })
        })
        .collect();
    let sends = messages.iter().map(|(subscription, message)| state.push.sender.send(subscription, message));
    let delivered = futures::future::join_all(sends).await;
    let sent = delivered.iter().filter(|delivery| matches!(delivery, crate::push::Delivery::Sent)).count();
    tracing::info!(%alert_id, people = recipients.people, browsers = recipients.subscriptions.len(), sent, managers, "safety alert pushed");
    Ok(sent)
}

/// [`notify`] in a task of its own; a failure is logged.
fn spawn_notify(state: &AppState, alert_id: Uuid, managers: bool) {
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(err) = notify(&state, alert_id, managers).await {
            tracing::error!(%alert_id, error = %err, managers, "safety alert could not be pushed");
        }
    });
}

/// Sends the managers every alert that nobody has seen in time. Run by the scheduler each turn.
pub async fn escalate(state: &AppState) -> Result<usize, StorageError> {
    let due = state.store.escalate_due(state.clock.now()).await?;
    for &alert_id in &due {
        tracing::warn!(%alert_id, "safety alert not acknowledged in time: sent to the managers");
        // Beside the scheduler's turn, not in it: a slow push service must not hold up reminders.
        spawn_notify(state, alert_id, true);
    }
    Ok(due.len())
}

/// "I don't feel safe": tell my worker now (young people; send again safely with the same
/// Idempotency-Key).
#[utoipa::path(post, path = "/api/v1/safety/alerts", tag = "safety", request_body = AlertRequest,
    params(Operation),
    responses((status = 201, body = AlertReceipt), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn raise(
    State(state): State<AppState>,
    allowed: Allowed<YoungPeople>,
    Operation(operation): Operation,
    Json(request): Json<AlertRequest>,
) -> Result<OperationAnswer, AppError> {
    let words = request.parse()?;
    let key = OperationKey::new(operation, RAISE_KIND, &request);
    let answer = state.store.raise_alert(key, allowed.caller, words, state.clock.now()).await?;
    if !answer.replayed {
        if let Some(alert_id) = answer.body.get("id").and_then(|id| id.as_str()).and_then(|id| Uuid::parse_str(id).ok()) {
            // At once, but not in the phone's way: its answer does not wait for push services.
            spawn_notify(&state, alert_id, false);
        }
    }
    Ok(answer)
}

/// The alerts the caller may see: open ones, and those acknowledged in the last week.
#[utoipa::path(get, path = "/api/v1/safety/alerts", tag = "safety",
    responses((status = 200, body = [Alert]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn alerts(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<Alert>>, AppError> {
    let since = state.clock.now() - ACKNOWLEDGED_SHOWN_FOR;
    Ok(Json(state.store.alerts_for(&allowed.caller, since).await?))
}

/// "I have seen this", with what the member of staff did.
#[utoipa::path(post, path = "/api/v1/safety/alerts/{id}/acknowledgement", tag = "safety", request_body = AcknowledgeRequest,
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Alert), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn acknowledge(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<AcknowledgeRequest>,
) -> Result<Json<Alert>, AppError> {
    let action = request.parse()?;
    let alert = state.store.acknowledge_alert(&allowed.caller, id, &action, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    Ok(Json(alert))
}

/// The young person's help screen: the duty number and whether their alerts have been seen.
#[utoipa::path(get, path = "/api/v1/safety/mine", tag = "safety",
    responses((status = 200, body = MyHelp), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<YoungPeople>) -> Result<Json<MyHelp>, AppError> {
    let caller = &allowed.caller;
    let duty_phone = state.store.safety_settings(caller.service_id).await?.duty_phone;
    let alerts = state.store.my_alerts(caller.person_id, state.clock.now() - MINE_SHOWN_FOR).await?;
    Ok(Json(MyHelp { duty_phone, alerts }))
}

/// The service's duty number, escalation time and staff on duty.
#[utoipa::path(get, path = "/api/v1/safety/settings", tag = "safety",
    responses((status = 200, body = SafetySettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<SafetySettings>, AppError> {
    Ok(Json(state.store.safety_settings(allowed.caller.service_id).await?))
}

/// Sets them (managers). Staff on duty must be the service's workers or managers.
#[utoipa::path(put, path = "/api/v1/safety/settings", tag = "safety", request_body = SafetySettings,
    responses((status = 200, body = SafetySettings), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_settings(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Json(request): Json<SafetySettings>,
) -> Result<Json<SafetySettings>, AppError> {
    let settings = request.parse()?;
    let caller = &allowed.caller;
    let staff = state.store.staff_list(caller.service_id).await?;
    let on_duty_allowed = |id: &Uuid| staff.iter().any(|person| person.id == *id && matches!(person.role, Role::Worker | Role::Manager));
    if !settings.duty_staff.iter().all(on_duty_allowed) {
        return Err(ErrorCode::NotAWorker.into());
    }
    state.store.set_safety_settings(caller.service_id, &settings).await?;
    let detail = format!(
        "duty number {}, {} minutes, {} on duty",
        if settings.duty_phone.is_empty() { "none" } else { "set" },
        settings.escalate_after_minutes,
        settings.duty_staff.len()
    );
    audit(&state, caller, "safety.settings", None, detail).await?;
    Ok(Json(settings))
}
