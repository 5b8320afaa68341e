//! "What do you think of this app?": anonymous feedback anyone can give, the first form on the
//! offline outbox path. Staff read the answers (behind the admin token until accounts land).

pub mod postgres;
pub mod sqlite;
mod store;

use std::sync::Arc;

use axum::extract::State;
use axum::routing::post;
use axum::Router;
use tandem_domain::feedback::{AppFeedback, AppFeedbackEntry, AppFeedbackReceipt, AppFeedbackRequest, AppFeedbackSummary};
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;
use uuid::Uuid;

use crate::accounts::client_address::ClientAddress;
use crate::accounts::policy::FeedbackReaders;
use crate::accounts::rate_limit::Bucket;
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Query;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::{from_millis, parse_stored_uuid, StorageError, Store};

/// The operation kind recorded for idempotency.
pub const SUBMIT_KIND: &str = "app_feedback.submit";

#[async_trait::async_trait]
pub trait FeedbackStore {
    /// Stores `feedback` once per operation id and answers with its receipt.
    async fn submit_app_feedback(
        &self,
        operation: OperationKey<'_>,
        feedback: AppFeedback,
        now: time::OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;

    /// The figures over every answer, and a page of answers, newest first, older than the one
    /// `before` names when given.
    async fn app_feedback_summary(&self, before: Option<Uuid>) -> Result<AppFeedbackSummary, StorageError>;
}

/// `id, score, comment, received_at` of an answer, as both engines store it.
#[derive(sqlx::FromRow)]
pub struct FeedbackRow {
    pub id: String,
    pub score: i64,
    pub comment: Option<String>,
    pub received_at: i64,
}

/// The summary: every answer counted by score (`(score, count)` rows), one page of `rows` (a row
/// more than a page says there is another).
pub(crate) fn summary_of(counted: Vec<(i64, i64)>, mut rows: Vec<FeedbackRow>) -> Result<AppFeedbackSummary, StorageError> {
    let mut score_counts = vec![0u64; 11];
    for (score, count) in counted {
        let slot = usize::try_from(score).ok().and_then(|score| score_counts.get_mut(score));
        *slot.ok_or_else(|| StorageError::internal(format!("stored score {score}")))? = u64::try_from(count).unwrap_or(0);
    }
    let more = rows.len() > AppFeedbackSummary::PAGE;
    rows.truncate(AppFeedbackSummary::PAGE);
    let entries = rows
        .into_iter()
        .map(|FeedbackRow { id, score, comment, received_at }| {
            Ok(AppFeedbackEntry {
                id: parse_stored_uuid(&id)?,
                score: u8::try_from(score).map_err(|_| StorageError::internal(format!("stored score {score}")))?,
                comment,
                received_at: from_millis(received_at)?,
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    Ok(AppFeedbackSummary::from_counts(score_counts, entries, more))
}

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::APP_FEEDBACK.template(), post(submit).get(summary))
}

/// Give feedback on the app (anonymous; send again safely with the same Idempotency-Key).
#[utoipa::path(
    post, path = "/api/v1/app-feedback", tag = "surveys",
    request_body = AppFeedbackRequest,
    params(Operation),
    responses(
        (status = 201, description = "Stored (or stored earlier under this key)", body = AppFeedbackReceipt),
        (status = 400, description = "Malformed JSON or missing key", body = ApiErrorBody),
        (status = 409, description = "Key reused for another request", body = ApiErrorBody),
        (status = 422, description = "Score or comment invalid", body = ApiErrorBody),
        (status = 429, description = "Too much feedback from one address; try again later", body = ApiErrorBody),
    )
)]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn submit(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Operation(id): Operation,
    Json(request): Json<AppFeedbackRequest>,
) -> Result<OperationAnswer, AppError> {
    let (store, clock) = (&state.store, &state.clock);
    // Anyone may give feedback, signed in or not: a flood from one address is turned away.
    state.limits.attempt(Bucket::FeedbackByAddress, &address.to_string(), clock.now())?;
    let feedback = AppFeedback::parse(&request)?;
    let key = OperationKey::new(id, SUBMIT_KIND, &request);
    Ok(store.submit_app_feedback(key, feedback, clock.now()).await?)
}

/// Where a page of answers starts.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct SummaryQuery {
    /// The page after this answer (the `next_before` of the page before).
    pub before: Option<Uuid>,
}

/// Counts per score and the average over every answer, and a page of the answers, newest first
/// (participation officers, managers, admins).
#[utoipa::path(
    get, path = "/api/v1/app-feedback", tag = "surveys", params(SummaryQuery),
    responses(
        (status = 200, body = AppFeedbackSummary),
        (status = 400, description = "Malformed page", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 403, description = "Not a feedback reader", body = ApiErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn summary(
    _allowed: Allowed<FeedbackReaders>,
    State(store): State<Arc<dyn Store>>,
    Query(query): Query<SummaryQuery>,
) -> Result<Json<AppFeedbackSummary>, AppError> {
    Ok(Json(store.app_feedback_summary(query.before).await?))
}
