use std::sync::Arc;

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use tandem_domain::health::Health;
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;

use crate::error::AppError;
use crate::json::Json;
use crate::state::AppState;
use crate::storage::Store;

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::HEALTH.template(), get(health))
}

/// Answers `ok` once the database has answered.
#[utoipa::path(
    get, path = "/api/v1/health", tag = "system",
    responses(
        (status = 200, body = Health),
        (status = 503, description = "The database does not answer", body = ApiErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn health(State(store): State<Arc<dyn Store>>) -> Result<Json<Health>, AppError> {
    store.ping().await?;
    Ok(Json(Health { status: "ok".to_owned() }))
}
