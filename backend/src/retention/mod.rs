//! Keeping data no longer than needed. Tandem is not the record of the case: once an event has
//! reached the case record, Tandem's copy of what it said goes after the service's time (30
//! days unless a manager changes it), and the answers kept so a phone's resend is answered the
//! same go after a month. A purge runs once a day in the server, in bounded batches, each
//! service's share written to its audit log with counts.

pub mod postgres;
pub mod sqlite;
mod store;

use std::collections::BTreeMap;
use std::time::Duration as StdDuration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use tandem_domain::cases::{AboutMyData, RetentionSettings};
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::{DeviceOwners, Managers};
use crate::accounts::{Allowed, AuditActor, NewAuditEntry};
use crate::error::AppError;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::StorageError;

/// How long an operation's answer is kept, so a phone that sends again is answered the same.
pub const OPERATION_ANSWERS_KEPT: Duration = Duration::days(31);
/// Rows changed in one transaction: a purge never holds the writer for long.
pub const BATCH: i64 = 500;
/// How often the purge runs.
const EVERY: StdDuration = StdDuration::from_secs(24 * 60 * 60);

#[async_trait::async_trait]
pub trait RetentionStore {
    /// The service's settings; the defaults when it chose none.
    async fn retention_settings(&self, service_id: Uuid) -> Result<RetentionSettings, StorageError>;
    async fn set_retention_settings(&self, service_id: Uuid, settings: RetentionSettings) -> Result<(), StorageError>;
    /// Removes the payloads of at most `batch` delivered events past their service's time;
    /// answers the service of each.
    async fn remove_delivered_payloads(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<Option<Uuid>>, StorageError>;
    /// Deletes at most `batch` operation answers accepted before `before`; answers how many.
    async fn remove_operation_answers(&self, before: OffsetDateTime, batch: i64) -> Result<u64, StorageError>;
}

/// What one purge removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Delivered events whose payload was removed, by service (none: events of no service).
    pub payloads: BTreeMap<Option<Uuid>, u64>,
    pub operation_answers: u64,
}

/// Removes, batch by batch, everything past its time at `now`; audits each service's share.
pub async fn purge(state: &AppState, now: OffsetDateTime) -> Result<PurgeReport, StorageError> {
    let mut report = PurgeReport::default();
    loop {
        let services = state.store.remove_delivered_payloads(now, BATCH).await?;
        for service in &services {
            *report.payloads.entry(*service).or_default() += 1;
        }
        if i64::try_from(services.len()).unwrap_or(i64::MAX) < BATCH {
            break;
        }
    }
    loop {
        let removed = state.store.remove_operation_answers(now - OPERATION_ANSWERS_KEPT, BATCH).await?;
        report.operation_answers += removed;
        if i64::try_from(removed).unwrap_or(i64::MAX) < BATCH {
            break;
        }
    }
    for (service, count) in &report.payloads {
        if let Some(service_id) = service {
            let detail = format!("contents of {count} events already in the case record removed");
            let entry = NewAuditEntry {
                by: AuditActor::Tandem { service_id: *service_id },
                action: "retention.purge",
                young_person_id: None,
                detail,
                at: now,
            };
            state.store.append_audit(entry).await?;
        }
    }
    tracing::info!(payloads = report.payloads.values().sum::<u64>(), operation_answers = report.operation_answers, "purge");
    Ok(report)
}

/// Purges once a day, beside the server, until `shutdown`.
pub async fn run(state: AppState, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    loop {
        if let Err(err) = purge(&state, state.clock.now()).await {
            tracing::warn!(%err, "purge failed; it runs again tomorrow");
        }
        tokio::select! {
            () = tokio::time::sleep(EVERY) => {}
            () = &mut shutdown => return,
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::DATA_RIGHTS_RETENTION.template(), get(settings).put(set_settings))
        .route(paths::DATA_RIGHTS_ABOUT_ME.template(), get(about_me))
}

/// How long the service keeps what it no longer needs (managers).
#[utoipa::path(get, path = "/api/v1/data-rights/retention", tag = "data-rights",
    responses((status = 200, body = RetentionSettings), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, allowed: Allowed<Managers>) -> Result<Json<RetentionSettings>, AppError> {
    Ok(Json(state.store.retention_settings(allowed.caller.service_id).await?))
}

/// Changes how long the service keeps what it no longer needs (managers; audited).
#[utoipa::path(put, path = "/api/v1/data-rights/retention", tag = "data-rights", request_body = RetentionSettings,
    responses((status = 204, description = "Saved"), (status = 403, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn set_settings(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Json(request): Json<RetentionSettings>,
) -> Result<StatusCode, AppError> {
    let settings = RetentionSettings::parse(request)?;
    state.store.set_retention_settings(allowed.caller.service_id, settings).await?;
    let detail = format!("delivered events' contents kept {} days", settings.delivered_event_days);
    audit(&state, &allowed.caller, "retention.settings", None, detail).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What the caller's phone needs to say what Tandem keeps about them and for how long.
#[utoipa::path(get, path = "/api/v1/data-rights/about-me", tag = "data-rights",
    responses((status = 200, body = AboutMyData), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn about_me(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<AboutMyData>, AppError> {
    let settings = state.store.retention_settings(allowed.caller.service_id).await?;
    let closed_case_sending_days = u16::try_from(crate::cases::SENDING_WINDOW.whole_days()).unwrap_or(u16::MAX);
    Ok(Json(AboutMyData { delivered_event_days: settings.delivered_event_days, closed_case_sending_days }))
}
