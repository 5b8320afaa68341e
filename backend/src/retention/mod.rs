//! Keeping data no longer than needed. Tandem is not the record of the case: once an event has
//! reached the case record, Tandem's copy of what it said goes after the service's time (30
//! days unless a manager changes it), the answers kept so a phone's resend is answered the
//! same go after a month, and a closed case's young person (with carers linked to no one else)
//! is erased once its months are over (12 unless changed) and everything of theirs has reached
//! the case record. A purge runs once a day in the server, in bounded batches, each
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
use crate::cases::Erasure;
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
    /// Closed cases whose time is over at `now` and whose every event has reached the case record,
    /// oldest first, at most `batch`.
    async fn closed_cases_past_their_time(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<ClosedCase>, StorageError>;
    /// The carers of a young person who are linked to no one else.
    async fn carers_linked_only_to(&self, young_person_id: Uuid) -> Result<Vec<Uuid>, StorageError>;
    /// Deletes at most `batch` voice notes past their service's time, once what their young
    /// person sent has reached the case record; answers the service of each.
    async fn remove_voice_notes(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<Uuid>, StorageError>;
    /// Deletes, per service, at most `batch` audit entries older than its years; answers each
    /// service that had some, with how many went.
    async fn remove_old_audit_entries(&self, now: OffsetDateTime, batch: i64) -> Result<Vec<(Uuid, u64)>, StorageError>;
    /// Deletes at most `batch` operation answers accepted before `before`; answers how many.
    async fn remove_operation_answers(&self, before: OffsetDateTime, batch: i64) -> Result<u64, StorageError>;
}

/// A closed case whose time is over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedCase {
    pub young_person_id: Uuid,
    pub service_id: Uuid,
    /// `YYYY-MM-DD`.
    pub closed_on: String,
}

/// What one purge removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Delivered events whose payload was removed, by service (none: events of no service).
    pub payloads: BTreeMap<Option<Uuid>, u64>,
    /// Voice notes removed, by service.
    pub voice_notes: BTreeMap<Uuid, u64>,
    /// Audit entries past the service's years, by service.
    pub audit_entries: BTreeMap<Uuid, u64>,
    pub operation_answers: u64,
    /// Young people and carers erased because their case's time was over.
    pub people_erased: u64,
}

impl PurgeReport {
    /// What each service lost, in words for its audit log: counts only.
    fn by_service(&self) -> BTreeMap<Uuid, String> {
        let mut words: BTreeMap<Uuid, Vec<String>> = BTreeMap::new();
        let counted = [
            (
                self.payloads.iter().filter_map(|(service, count)| Some(((*service)?, *count))).collect::<Vec<_>>(),
                "contents of {} events already in the case record removed",
            ),
            (self.voice_notes.iter().map(|(service, count)| (*service, *count)).collect(), "{} voice notes removed"),
            (self.audit_entries.iter().map(|(service, count)| (*service, *count)).collect(), "{} audit entries past their years removed"),
        ];
        for (counts, wording) in counted {
            for (service, count) in counts.into_iter().filter(|(_, count)| *count > 0) {
                words.entry(service).or_default().push(wording.replace("{}", &count.to_string()));
            }
        }
        words.into_iter().map(|(service, parts)| (service, parts.join("; "))).collect()
    }
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
        let services = state.store.remove_voice_notes(now, BATCH).await?;
        for service in &services {
            *report.voice_notes.entry(*service).or_default() += 1;
        }
        if i64::try_from(services.len()).unwrap_or(i64::MAX) < BATCH {
            break;
        }
    }
    loop {
        let removed = state.store.remove_old_audit_entries(now, BATCH).await?;
        for (service, count) in &removed {
            *report.audit_entries.entry(*service).or_default() += count;
        }
        if removed.iter().all(|(_, count)| i64::try_from(*count).unwrap_or(i64::MAX) < BATCH) {
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
    report.people_erased = erase_closed_cases(state, now).await?;
    for (service_id, detail) in report.by_service() {
        let entry =
            NewAuditEntry { by: AuditActor::Tandem { service_id }, action: "retention.purge", young_person_id: None, detail, at: now };
        state.store.append_audit(entry).await?;
    }
    tracing::info!(
        payloads = report.payloads.values().sum::<u64>(),
        voice_notes = report.voice_notes.values().sum::<u64>(),
        audit_entries = report.audit_entries.values().sum::<u64>(),
        operation_answers = report.operation_answers,
        people_erased = report.people_erased,
        "purge"
    );
    Ok(report)
}

/// Erases the young people of closed cases whose time is over, with their carers linked to no
/// one else, each audited as Tandem's own with the day the case closed; answers how many.
async fn erase_closed_cases(state: &AppState, now: OffsetDateTime) -> Result<u64, StorageError> {
    let mut erased = 0;
    // Bounded: a case that cannot be erased yet (something of a carer's still waiting) is
    // passed over today and tried again tomorrow.
    let cases = state.store.closed_cases_past_their_time(now, BATCH).await?;
    for case in cases {
        let by = AuditActor::Tandem { service_id: case.service_id };
        let reason = format!("the case closed on {} and its time is over", case.closed_on);
        let carers = state.store.carers_linked_only_to(case.young_person_id).await?;
        if state.store.erase_person(by, case.service_id, case.young_person_id, &reason, now).await? != Erasure::Erased {
            continue;
        }
        erased += 1;
        for carer in carers {
            if state.store.erase_person(by, case.service_id, carer, &reason, now).await? == Erasure::Erased {
                erased += 1;
            }
        }
    }
    Ok(erased)
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
    let detail = format!(
        "delivered events' contents kept {} days; closed cases erased after {} months; audit entries kept {} years",
        settings.delivered_event_days, settings.closed_case_months, settings.audit_log_years
    );
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
    Ok(Json(AboutMyData {
        delivered_event_days: settings.delivered_event_days,
        closed_case_sending_days,
        closed_case_months: settings.closed_case_months,
    }))
}
