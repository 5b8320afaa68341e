//! The relay worker: one task per server. It claims due events (at most one per young person,
//! oldest first): on SQLite by taking the relay lease, so on a shared file only one server
//! delivers; on PostgreSQL event by event, so servers deliver side by side and never two events
//! of one young person at once. It delivers them side by side, and records each outcome. An event is marked delivered only when
//! the endpoint answered 2xx; a crash between the endpoint's answer and that mark sends it again,
//! and the endpoint recognises the repeat by its `webhook-id` (the event id).

use std::sync::Arc;
use std::time::Duration as StdDuration;

use futures::StreamExt;
use rand::Rng;
use standardwebhooks::Webhook;
use tandem_domain::relay::{relay_retry_delay, GIVE_UP_AFTER};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{fhir, Attempt, DueEvent};
use crate::state::AppState;
use crate::storage::StorageError;

/// Where and how to deliver.
#[derive(Clone)]
pub struct Relay {
    client: reqwest::Client,
    url: String,
    webhook: Arc<Webhook>,
    /// This server's name for its claims.
    holder: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RelaySetupError {
    #[error("TANDEM_RELAY_SECRET must be the endpoint's whsec_ secret (base64): {0}")]
    Secret(String),
    #[error("the relay's HTTP client: {0}")]
    Client(String),
}

/// Events delivered side by side (each young person's one at a time).
const PARALLEL: usize = 16;
/// Events asked for at once.
const BATCH: i64 = 256;
/// How long a claim lasts unless renewed; a crashed server's claim runs out by then.
const LEASE: time::Duration = time::Duration::seconds(30);
/// How often an idle relay looks for new events.
const IDLE_POLL: StdDuration = StdDuration::from_millis(500);

impl Relay {
    pub fn new(url: &str, secret: &str, timeout: StdDuration) -> Result<Relay, RelaySetupError> {
        let webhook = Webhook::new(secret).map_err(|err| RelaySetupError::Secret(err.to_string()))?;
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()
            .map_err(|err| RelaySetupError::Client(err.to_string()))?;
        Ok(Relay { client, url: url.to_owned(), webhook: Arc::new(webhook), holder: Uuid::now_v7().to_string() })
    }

    /// One delivery attempt of `event`.
    async fn deliver(&self, event: &DueEvent, now: OffsetDateTime) -> Attempt {
        let body = fhir::resource(event).to_string();
        // The signature's timestamp is the wall clock at sending: it is what the receiver checks
        // against its own clock to refuse replays (the injected clock only schedules).
        let sent_at = OffsetDateTime::now_utc().unix_timestamp();
        let id = event.id.to_string();
        let signature = match self.webhook.sign(&id, sent_at, body.as_bytes()) {
            Ok(signature) => signature,
            Err(err) => return failed(event, format!("signing: {err}"), now),
        };
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/fhir+json")
            .header(standardwebhooks::HEADER_WEBHOOK_ID, &id)
            .header(standardwebhooks::HEADER_WEBHOOK_TIMESTAMP, sent_at.to_string())
            .header(standardwebhooks::HEADER_WEBHOOK_SIGNATURE, signature)
            .header("idempotency-key", &id)
            .body(body)
            .send()
            .await;
        match response {
            Ok(response) if response.status().is_success() => Attempt::Delivered { at: now },
            Ok(response) => failed(event, format!("HTTP {}", response.status().as_u16()), now),
            Err(err) if err.is_timeout() => failed(event, "no answer before the timeout".into(), now),
            Err(err) if err.is_connect() => failed(event, "could not connect".into(), now),
            Err(err) => failed(event, format!("request failed: {err}"), now),
        }
    }
}

/// A failed attempt: try again after the backoff, or give up once the event is seven days old.
fn failed(event: &DueEvent, error: String, now: OffsetDateTime) -> Attempt {
    let jitter: f64 = rand::thread_rng().gen_range(0.0..1.0);
    let next = now + relay_retry_delay(event.attempts.saturating_add(1), jitter);
    let give_up = next - event.occurred_at > GIVE_UP_AFTER;
    Attempt::Failed { error, next: (!give_up).then_some(next) }
}

/// Delivers what is due now and this server could claim; answers how many it tried.
pub async fn deliver_due(state: &AppState, relay: &Relay) -> Result<usize, StorageError> {
    let now = state.clock.now();
    let due = state.store.claim_due(&relay.holder, now, now + LEASE, BATCH).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let tried = due.len();
    let outcomes = futures::stream::iter(due)
        .map(|event| async move {
            let attempt = relay.deliver(&event, now).await;
            if let Attempt::Failed { error, next: None } = &attempt {
                tracing::error!(event = %event.id, kind = %event.kind, %error, "relay gave up after seven days; a manager must retry or record it");
            }
            state.store.record_attempt(event.id, &attempt).await
        })
        .buffer_unordered(PARALLEL)
        .collect::<Vec<_>>()
        .await;
    outcomes.into_iter().collect::<Result<Vec<()>, _>>()?;
    Ok(tried)
}

/// Runs the relay until `shutdown` resolves: delivers, and when nothing was due, waits a moment.
pub async fn run(state: AppState, relay: Relay, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    loop {
        let idle = match deliver_due(&state, &relay).await {
            Ok(tried) => tried == 0,
            Err(err) => {
                tracing::warn!(%err, "relay could not reach the database");
                true
            }
        };
        if idle {
            tokio::select! {
                () = &mut shutdown => return,
                () = tokio::time::sleep(IDLE_POLL) => {}
            }
        }
    }
}
