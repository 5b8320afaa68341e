//! Young people and carers, created by staff; carers linked to young people; workers allocated.
//! A worker reaches only the young people allocated to them, a manager everyone in the service;
//! any other young person answers `not_found`, exactly as a missing one would.

use crate::extract::Path;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Router;
use tandem_domain::accounts::api::{
    AllocateWorkerRequest, CreatePersonRequest, LinkCarerRequest, PersonDevices, PersonSummary, YoungPersonDetail,
};
use tandem_domain::accounts::{DisplayName, Relation, Role};
use tandem_domain::paths;
use tandem_domain::{ApiErrorBody, ErrorCode};
use uuid::Uuid;

use super::policy::{CaseStaff, Managers, YoungPeople};
use super::{Allowed, AuditActor, Caller, NewAuditEntry};
use crate::error::AppError;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use tandem_domain::sync::OperationId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::YOUNG_PEOPLE.template(), get(caseload).post(create_young_person))
        .route(paths::YOUNG_PEOPLE_ITEM.template(), get(young_person))
        .route(paths::YOUNG_PEOPLE_CARERS.template(), post(link_carer))
        .route(paths::YOUNG_PEOPLE_CARERS_ITEM.template(), delete(unlink_carer))
        .route(paths::YOUNG_PEOPLE_WORKERS.template(), post(allocate_worker))
        .route(paths::YOUNG_PEOPLE_WORKERS_ITEM.template(), delete(deallocate_worker))
        .route(paths::YOUNG_PEOPLE_DEVICES.template(), get(devices_of_family))
        .route(paths::YOUNG_PEOPLE_DEVICES_ITEM.template(), delete(end_family_device))
        .route(paths::CARERS.template(), get(carers).post(create_carer))
        .route(paths::ME_CARERS.template(), get(my_carers))
}

/// Refuses unless the caller is the young person's worker or their service's manager.
/// Answers `not_found` either way, so a caller cannot learn who exists.
pub async fn require_case_access(state: &AppState, caller: &Caller, young_person_id: Uuid) -> Result<Relation, AppError> {
    match state.store.relation(caller, young_person_id).await? {
        relation @ (Relation::AllocatedWorker | Relation::ServiceManager) => Ok(relation),
        _ => Err(ErrorCode::NotFound.into()),
    }
}

/// Writes the audit entry for a staff read or change of a young person's data.
pub async fn audit(state: &AppState, caller: &Caller, action: &str, young_person_id: Option<Uuid>, detail: String) -> Result<(), AppError> {
    state
        .store
        .append_audit(NewAuditEntry { by: AuditActor::Person(caller), action, young_person_id, detail, at: state.clock.now() })
        .await?;
    Ok(())
}

/// The caller's caseload (a manager's: the whole service).
#[utoipa::path(get, path = "/api/v1/young-people", tag = "accounts",
    responses((status = 200, body = [PersonSummary]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn caseload(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<PersonSummary>>, AppError> {
    let mut people = state.store.caseload(&allowed.caller).await?;
    let overdue = state.store.overdue_forms(allowed.caller.service_id, crate::surveys::today(&state)).await?;
    for person in &mut people {
        person.overdue_forms = overdue.iter().find(|(id, _)| *id == person.id).map_or(0, |(_, count)| *count);
    }
    audit(&state, &allowed.caller, "caseload.list", None, format!("{} young people", people.len())).await?;
    Ok(Json(people))
}

/// Adds a person of `role`, once per `Idempotency-Key`.
async fn create_person(
    state: &AppState,
    caller: &Caller,
    role: Role,
    operation: OperationId,
    request: &CreatePersonRequest,
) -> Result<OperationAnswer, AppError> {
    let name = DisplayName::parse(&request.display_name)?;
    let kind = if role == Role::YoungPerson { "accounts.young_person.create" } else { "accounts.carer.create" };
    let key = OperationKey::new(operation, kind, request);
    Ok(state.store.create_person(key, caller, role, name.as_str(), state.clock.now()).await?)
}

/// Adds a young person; a worker who adds one is allocated to them.
#[utoipa::path(post, path = "/api/v1/young-people", tag = "accounts", request_body = CreatePersonRequest, params(Operation),
    responses((status = 201, body = PersonSummary), (status = 400, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_young_person(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Operation(operation): Operation,
    Json(request): Json<CreatePersonRequest>,
) -> Result<OperationAnswer, AppError> {
    create_person(&state, &allowed.caller, Role::YoungPerson, operation, &request).await
}

/// One young person with their linked carers and allocated workers (audited).
#[utoipa::path(get, path = "/api/v1/young-people/{id}", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = YoungPersonDetail), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn young_person(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<YoungPersonDetail>, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    let detail = state.store.young_person_detail(allowed.caller.service_id, id).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "young_person.read", Some(id), String::new()).await?;
    Ok(Json(detail))
}

/// Links a carer to a young person (audited).
#[utoipa::path(post, path = "/api/v1/young-people/{id}/carers", tag = "accounts", params(("id" = Uuid, Path)),
    request_body = LinkCarerRequest,
    responses((status = 204, description = "Linked"), (status = 404, body = ApiErrorBody),
        (status = 409, body = ApiErrorBody, description = "The case is closed (case_closed)"), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn link_carer(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Json(request): Json<LinkCarerRequest>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    crate::cases::require_open_case(&state, id).await?;
    state.store.link_carer(&allowed.caller, id, request.carer_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Allocates a worker to a young person (managers; audited).
#[utoipa::path(post, path = "/api/v1/young-people/{id}/workers", tag = "accounts", params(("id" = Uuid, Path)),
    request_body = AllocateWorkerRequest,
    responses((status = 204, description = "Allocated"), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn allocate_worker(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path(id): Path<Uuid>,
    Json(request): Json<AllocateWorkerRequest>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    state.store.allocate(&allowed.caller, id, request.worker_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unlinks a carer from a young person (audited): they stop seeing what is shared with carers.
#[utoipa::path(delete, path = "/api/v1/young-people/{id}/carers/{carer_id}", tag = "accounts",
    params(("id" = Uuid, Path), ("carer_id" = Uuid, Path)),
    responses((status = 204, description = "Unlinked"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, carer_id = %carer_id))]
pub async fn unlink_carer(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path((id, carer_id)): Path<(Uuid, Uuid)>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    state.store.unlink_carer(&allowed.caller, id, carer_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends a worker's allocation to a young person (managers; audited).
#[utoipa::path(delete, path = "/api/v1/young-people/{id}/workers/{worker_id}", tag = "accounts",
    params(("id" = Uuid, Path), ("worker_id" = Uuid, Path)),
    responses((status = 204, description = "No longer allocated"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, worker_id = %worker_id))]
pub async fn deallocate_worker(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path((id, worker_id)): Path<(Uuid, Uuid)>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    state.store.deallocate(&allowed.caller, id, worker_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Carers in the caller's service, to link.
#[utoipa::path(get, path = "/api/v1/carers", tag = "accounts",
    responses((status = 200, body = [PersonSummary]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn carers(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<PersonSummary>>, AppError> {
    Ok(Json(state.store.carers_of_service(allowed.caller.service_id).await?))
}

/// Adds a parent or carer (link them to a young person next).
#[utoipa::path(post, path = "/api/v1/carers", tag = "accounts", request_body = CreatePersonRequest, params(Operation),
    responses((status = 201, body = PersonSummary), (status = 400, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn create_carer(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Operation(operation): Operation,
    Json(request): Json<CreatePersonRequest>,
) -> Result<OperationAnswer, AppError> {
    create_person(&state, &allowed.caller, Role::Carer, operation, &request).await
}

/// The carers linked to the signed-in young person: they can always see who is linked.
#[utoipa::path(get, path = "/api/v1/me/carers", tag = "accounts",
    responses((status = 200, body = [PersonSummary]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn my_carers(State(state): State<AppState>, allowed: Allowed<YoungPeople>) -> Result<Json<Vec<PersonSummary>>, AppError> {
    Ok(Json(state.store.linked_carers(allowed.caller.person_id).await?))
}

/// The young person's phones and those of the carers linked to them.
async fn family_devices(state: &AppState, caller: &Caller, young_person_id: Uuid) -> Result<Vec<PersonDevices>, AppError> {
    let young_person = state.store.person(caller.service_id, young_person_id).await?.ok_or(ErrorCode::NotFound)?;
    let mut people = vec![young_person];
    people.extend(state.store.linked_carers(young_person_id).await?);
    let mut found = Vec::new();
    for person in people {
        let devices = state.store.devices(person.id).await?;
        found.push(PersonDevices { person, devices });
    }
    Ok(found)
}

/// The phones the young person and their carers are signed in on.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/devices", tag = "accounts", params(("id" = Uuid, Path)),
    responses((status = 200, body = [PersonDevices]), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn devices_of_family(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<PersonDevices>>, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    Ok(Json(family_devices(&state, &allowed.caller, id).await?))
}

/// Signs out one of those phones (a lost phone; a carer who should no longer see): its session
/// ends at once, its push subscriptions go, and the phone wipes what it kept the next time it
/// asks the server anything. Audited.
#[utoipa::path(delete, path = "/api/v1/young-people/{id}/devices/{session_id}", tag = "accounts",
    params(("id" = Uuid, Path), ("session_id" = Uuid, Path)),
    responses((status = 204, description = "Signed out"), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, session_id = %session_id))]
pub async fn end_family_device(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path((id, session_id)): Path<(Uuid, Uuid)>,
) -> Result<StatusCode, AppError> {
    require_case_access(&state, &allowed.caller, id).await?;
    let family = family_devices(&state, &allowed.caller, id).await?;
    let owner = family.iter().find(|person| person.devices.iter().any(|device| device.id == session_id)).ok_or(ErrorCode::NotFound)?;
    let whose = owner.person.role.as_str().to_owned();
    state.store.end_session(session_id, "ended_by_staff", state.clock.now()).await?;
    state.store.remove_subscriptions(session_id).await?;
    audit(&state, &allowed.caller, "device.end", Some(id), format!("{whose}'s phone signed out")).await?;
    Ok(StatusCode::NO_CONTENT)
}
