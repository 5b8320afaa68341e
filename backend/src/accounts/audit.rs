//! The audit log, for managers: read-only through the API (the database refuses updates and
//! deletes too), filtered by who, whose record and when.

use crate::extract::Query;
use axum::extract::State;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use tandem_domain::accounts::api::AuditEntry;
use tandem_domain::paths;
use tandem_domain::ApiErrorBody;
use time::OffsetDateTime;
use uuid::Uuid;

use super::policy::Managers;
use super::{Allowed, AuditFilter};
use crate::error::AppError;
use crate::json::Json;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::AUDIT.template(), get(entries))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// Only what this staff member did.
    pub actor_id: Option<Uuid>,
    /// Only entries about this young person.
    pub young_person_id: Option<Uuid>,
    /// From this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>)]
    pub from: Option<OffsetDateTime>,
    /// Up to this time (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>)]
    pub to: Option<OffsetDateTime>,
    /// At most this many, newest first (default 200, at most 1000).
    pub limit: Option<i64>,
}

/// Audit entries of the manager's service, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "accounts", params(AuditQuery),
    responses((status = 200, body = [AuditEntry]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn entries(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Query(query): Query<AuditQuery>,
) -> Result<Json<Vec<AuditEntry>>, AppError> {
    let filter = AuditFilter {
        actor_id: query.actor_id,
        young_person_id: query.young_person_id,
        from: query.from,
        to: query.to,
        limit: query.limit.unwrap_or(200).clamp(1, 1000),
    };
    Ok(Json(state.store.audit_entries(allowed.caller.service_id, filter).await?))
}
