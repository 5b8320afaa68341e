//! Participation and feedback surveys. Participation officers and managers build them (or start
//! from a template), publish them to young people, carers or both, of a programme, a caseload or
//! the whole service, between two dates; editing a published survey makes a new version, and
//! every response keeps the version it answered. Phones answer through the outbox; an anonymous
//! response is stored with nothing that leads back to the person (see the migration), while a
//! list of who has answered stops anyone answering twice. Results, CSV and FHIR come from
//! `results.rs` and `fhir.rs`. The rules are `tandem_domain::surveys`.

pub mod fhir;
pub mod postgres;
pub mod results;
pub mod sqlite;
mod store;
pub mod translated;
pub mod tx;

use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use futures::TryStreamExt as _;
use tandem_domain::paths;
use tandem_domain::surveys::api::{
    CheckedFilter, CheckedSurvey, ResponseReceipt, ResponseRequest, ResultsFilter, SurveyEdit, SurveyListItem, SurveyRequest,
    SurveyResults, SurveySaved, SurveyStatus, SurveyToAnswer,
};
use tandem_domain::surveys::{templates, Answers, SurveyDraft};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::{DeviceOwners, SurveyEditors};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::{Path, Query};
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::web::streamed_attachment;

pub const RESPOND_KIND: &str = "survey.response";
pub const CREATE_KIND: &str = "surveys.create";

/// A version as saved.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVersion {
    pub version: u32,
    pub request: SurveyRequest,
    pub published: bool,
}

/// A survey with all its versions, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredSurvey {
    pub id: Uuid,
    pub versions: Vec<StoredVersion>,
    pub responses: u32,
}

impl StoredSurvey {
    pub fn latest(&self) -> Option<&StoredVersion> {
        self.versions.last()
    }

    /// The version phones are given, and whose dates say whether it is open.
    pub fn published(&self) -> Option<&StoredVersion> {
        self.versions.iter().rev().find(|version| version.published)
    }

    pub fn version(&self, version: u32) -> Option<&StoredVersion> {
        self.versions.iter().find(|stored| stored.version == version)
    }

    pub fn status(&self, today: Date) -> SurveyStatus {
        match self.published() {
            Some(published) => SurveyStatus::of(true, &published.request.opens_on, &published.request.closes_on, today),
            None => SurveyStatus::Draft,
        }
    }
}

/// One response as stored. `person` is only ever set for a named survey.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredResponse {
    pub id: Uuid,
    pub version: u32,
    pub person: Option<(Uuid, String)>,
    pub answered_as: String,
    pub programme_id: Option<Uuid>,
    pub answers: Answers,
    pub answered_on: Date,
    pub answered_at: Option<OffsetDateTime>,
}

/// A person answering.
#[derive(Debug, Clone, Copy)]
pub struct Respondent {
    pub person_id: Uuid,
    pub service_id: Uuid,
    pub role: tandem_domain::accounts::Role,
    /// The language they chose, which a template is shown in.
    pub language: tandem_domain::language::Language,
}

impl Respondent {
    /// The signed-in young person or carer answering.
    pub fn of(caller: &Caller) -> Respondent {
        Respondent { person_id: caller.person_id, service_id: caller.service_id, role: caller.role, language: caller.language }
    }
}

#[async_trait::async_trait]
pub trait SurveyStore {
    /// Once per operation: answers the [`SurveySaved`].
    async fn create_survey(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        request: &SurveyRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// Saves over the latest version while it is unpublished, or as the next version. `None`:
    /// no such survey in the service.
    async fn save_survey(
        &self,
        caller: &Caller,
        id: Uuid,
        request: &SurveyRequest,
        now: OffsetDateTime,
    ) -> Result<Option<SurveySaved>, StorageError>;
    async fn publish_survey(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<Option<SurveySaved>, StorageError>;
    /// Every survey of the service, newest first.
    async fn surveys_of_service(&self, service_id: Uuid) -> Result<Vec<StoredSurvey>, StorageError>;
    async fn survey(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredSurvey>, StorageError>;
    /// Published surveys of the service this person is asked and has not answered, whatever
    /// their dates (the caller keeps the open ones).
    async fn surveys_to_answer(&self, respondent: Respondent) -> Result<Vec<StoredSurvey>, StorageError>;
    /// Stores a response once per operation (a secret one: see `OperationKey::secret`), checking
    /// everything inside the transaction; an anonymous one is sealed until counted.
    async fn respond(
        &self,
        operation: OperationKey<'_>,
        respondent: Respondent,
        id: Uuid,
        request: ResponseRequest,
        today: Date,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// Every response, in the order of their days, read as the caller takes them: an export
    /// streams them however many there are.
    fn survey_responses(&self, id: Uuid) -> futures::stream::BoxStream<'_, Result<StoredResponse, StorageError>>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SURVEYS.template(), get(list).post(create))
        .route(paths::SURVEYS_TEMPLATES.template(), get(list_templates))
        .route(paths::SURVEYS_MINE.template(), get(mine))
        .route(paths::SURVEYS_ITEM.template(), get(edit).put(save))
        .route(paths::SURVEYS_PUBLISH.template(), post(publish))
        .route(paths::SURVEYS_RESPONSES.template(), post(respond))
        .route(paths::SURVEYS_RESULTS.template(), get(survey_results))
        .route(paths::SURVEYS_RESPONSES_CSV.template(), get(responses_csv))
        .route(paths::SURVEYS_FHIR.template(), get(fhir_bundle))
}

/// Today in the UK, which is what a survey's dates mean.
pub fn today(state: &AppState) -> Date {
    tandem_domain::appointments::to_london(state.clock.now()).date()
}

/// The service's programmes: id and name.
async fn programme_names(state: &AppState, service_id: Uuid) -> Result<Vec<(Uuid, String)>, AppError> {
    Ok(state.store.programmes(service_id).await?.into_iter().map(|programme| (programme.id, programme.name)).collect())
}

fn checked(request: &SurveyRequest) -> Result<CheckedSurvey, AppError> {
    Ok(request.check()?)
}

/// The service's surveys, newest first, with their status and how many answered.
#[utoipa::path(get, path = "/api/v1/surveys", tag = "surveys",
    responses((status = 200, body = Vec<SurveyListItem>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Vec<SurveyListItem>>, AppError> {
    let today = today(&state);
    let surveys = state.store.surveys_of_service(allowed.caller.service_id).await?;
    Ok(Json(
        surveys
            .iter()
            .filter_map(|survey| {
                let shown = survey.published().or(survey.latest())?;
                Some(SurveyListItem {
                    id: survey.id,
                    title: shown.request.survey.title.clone(),
                    version: survey.latest().map_or(1, |latest| latest.version),
                    status: survey.status(today),
                    anonymous: shown.request.survey.anonymous,
                    opens_on: shown.request.opens_on.clone(),
                    closes_on: shown.request.closes_on.clone(),
                    responses: survey.responses,
                })
            })
            .collect(),
    ))
}

/// The surveys the service starts from, in the builder's own format.
#[utoipa::path(get, path = "/api/v1/surveys/templates", tag = "surveys",
    responses((status = 200, body = Vec<SurveyDraft>), (status = 403, body = ApiErrorBody)))]
pub async fn list_templates(_allowed: Allowed<SurveyEditors>) -> Json<Vec<SurveyDraft>> {
    Json(templates())
}

/// Saves a new survey (unpublished), once per Idempotency-Key.
#[utoipa::path(post, path = "/api/v1/surveys", tag = "surveys", request_body = SurveyRequest, params(Operation),
    responses((status = 201, body = SurveySaved), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn create(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Operation(operation): Operation,
    Json(request): Json<SurveyRequest>,
) -> Result<OperationAnswer, AppError> {
    checked(&request)?;
    check_reach(&state, &allowed.caller, &request).await?;
    let key = OperationKey::new(operation, CREATE_KIND, &(allowed.caller.service_id, &request));
    let answer = state.store.create_survey(key, &allowed.caller, &request, state.clock.now()).await?;
    if !answer.replayed {
        audit(&state, &allowed.caller, "surveys.create", None, format!("survey {}", answer.body["id"].as_str().unwrap_or_default()))
            .await?;
    }
    Ok(answer)
}

/// A programme or worker named in the reach must be the caller's service's.
async fn check_reach(state: &AppState, caller: &Caller, request: &SurveyRequest) -> Result<(), AppError> {
    use tandem_domain::surveys::api::Reach;
    let known = match request.reach {
        Reach::Service => true,
        Reach::Programme { programme_id } => programme_names(state, caller.service_id).await?.iter().any(|(id, _)| *id == programme_id),
        Reach::Caseload { worker_id } => state
            .store
            .staff_list(caller.service_id)
            .await?
            .iter()
            .any(|person| person.id == worker_id && person.role == tandem_domain::accounts::Role::Worker),
    };
    if known {
        Ok(())
    } else {
        Err(ErrorCode::InvalidSurvey.into())
    }
}

async fn find(state: &AppState, caller: &Caller, id: Uuid) -> Result<StoredSurvey, AppError> {
    state.store.survey(caller.service_id, id).await?.ok_or_else(|| ErrorCode::NotFound.into())
}

/// The latest version, for the builder.
#[utoipa::path(get, path = "/api/v1/surveys/{id}", tag = "surveys",
    responses((status = 200, body = SurveyEdit), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn edit(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<SurveyEdit>, AppError> {
    let survey = find(&state, &allowed.caller, id).await?;
    let latest = survey.latest().ok_or(ErrorCode::NotFound)?;
    Ok(Json(SurveyEdit { id, version: latest.version, published: latest.published, request: latest.request.clone() }))
}

/// Saves the survey: over its latest version while unpublished, otherwise as a new version.
#[utoipa::path(put, path = "/api/v1/surveys/{id}", tag = "surveys", request_body = SurveyRequest,
    responses((status = 200, body = SurveySaved), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn save(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Json(request): Json<SurveyRequest>,
) -> Result<Json<SurveySaved>, AppError> {
    checked(&request)?;
    check_reach(&state, &allowed.caller, &request).await?;
    let saved = state.store.save_survey(&allowed.caller, id, &request, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "surveys.save", None, format!("survey {id} version {}", saved.version)).await?;
    Ok(Json(saved))
}

/// Publishes the latest version: phones are given it from now on.
#[utoipa::path(post, path = "/api/v1/surveys/{id}/publish", tag = "surveys",
    responses((status = 200, body = SurveySaved), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn publish(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<SurveySaved>, AppError> {
    let saved = state.store.publish_survey(allowed.caller.service_id, id, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "surveys.publish", None, format!("survey {id} version {}", saved.version)).await?;
    Ok(Json(saved))
}

/// Open surveys waiting for the caller (young people and carers).
#[utoipa::path(get, path = "/api/v1/surveys/mine", tag = "surveys",
    responses((status = 200, body = Vec<SurveyToAnswer>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<SurveyToAnswer>>, AppError> {
    let today = today(&state);
    let surveys = state.store.surveys_to_answer(Respondent::of(&allowed.caller)).await?;
    Ok(Json(
        surveys
            .iter()
            .filter(|survey| survey.status(today) == SurveyStatus::Open)
            .filter_map(|survey| {
                let published = survey.published()?;
                Some(SurveyToAnswer {
                    id: survey.id,
                    version: published.version,
                    survey: translated::in_language(&published.request.survey, allowed.caller.language),
                    closes_on: published.request.closes_on.clone(),
                })
            })
            .collect(),
    ))
}

/// Answers a survey, once (send again safely with the same Idempotency-Key).
#[utoipa::path(post, path = "/api/v1/surveys/{id}/responses", tag = "surveys", request_body = ResponseRequest,
    params(Operation),
    responses(
        (status = 201, body = ResponseReceipt),
        (status = 404, description = "No such survey for this person", body = ApiErrorBody),
        (status = 409, description = "Not open, or answered already", body = ApiErrorBody),
        (status = 422, description = "An answer does not fit", body = ApiErrorBody),
    ))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn respond(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<ResponseRequest>,
) -> Result<OperationAnswer, AppError> {
    // Whether it is anonymous is decided in the transaction: every response is kept as a secret
    // operation, which costs a named one nothing.
    let key = OperationKey::secret(&state.sealer, operation, RESPOND_KIND, &(id, &request));
    let answer = state.store.respond(key, Respondent::of(&allowed.caller), id, request, today(&state), state.clock.now()).await?;
    crate::secret::wake_if_counting_at_once(&state);
    Ok(answer)
}

/// The survey, the responses the filter keeps, every programme's name, and how many responses
/// there are with no filter at all.
async fn filtered(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    filter: &ResultsFilter,
) -> Result<(StoredSurvey, Vec<StoredResponse>, Vec<(Uuid, String)>, usize), AppError> {
    let checked = filter.parse()?;
    let survey = find(state, caller, id).await?;
    let responses: Vec<StoredResponse> = state.store.survey_responses(id).try_collect().await?;
    let whole = responses.len();
    let programmes = programme_names(state, caller.service_id).await?;
    let kept = responses.into_iter().filter(|response| checked.admits(response.programme_id, response.answered_on)).collect();
    Ok((survey, kept, programmes, whole))
}

/// The responses `checked` keeps, as they are read.
fn kept_responses(
    store: &dyn crate::storage::Store,
    id: Uuid,
    checked: CheckedFilter,
) -> impl futures::Stream<Item = Result<StoredResponse, StorageError>> + Send + '_ {
    store.survey_responses(id).try_filter(move |response| std::future::ready(checked.admits(response.programme_id, response.answered_on)))
}

/// What an export checks before its first byte, since the answer's status goes first: the survey,
/// that a filter does not pick out fewer than five anonymous answers, and the audit entry with how
/// many responses go. Responses are counted as they are read, never held.
async fn export(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    filter: &ResultsFilter,
    action: &str,
) -> Result<(StoredSurvey, CheckedFilter), AppError> {
    let checked = filter.parse()?;
    let survey = find(state, caller, id).await?;
    let mut responses = state.store.survey_responses(id);
    let (mut kept, mut whole) = (0, 0);
    while let Some(response) = responses.try_next().await? {
        whole += 1;
        kept += usize::from(checked.admits(response.programme_id, response.answered_on));
    }
    refuse_small_anonymous(&survey, kept, whole)?;
    audit(state, caller, action, None, format!("survey {id}, {kept} responses")).await?;
    Ok((survey, checked))
}

/// Exports of an anonymous survey hide a group of fewer than five as the results page does,
/// whichever filters made it.
fn refuse_small_anonymous(survey: &StoredSurvey, kept: usize, whole: usize) -> Result<(), AppError> {
    let anonymous = results::shown_version(survey).is_some_and(|draft| draft.anonymous);
    if anonymous && results::too_few(kept, whole) {
        return Err(ErrorCode::TooFewToShow.into());
    }
    Ok(())
}

/// Results per question, with the breakdown by programme (small numbers hidden).
#[utoipa::path(get, path = "/api/v1/surveys/{id}/results", tag = "surveys", params(ResultsFilter),
    responses((status = 200, body = SurveyResults), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn survey_results(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Query(filter): Query<ResultsFilter>,
) -> Result<Json<SurveyResults>, AppError> {
    let all = ResultsFilter { programme_id: None, ..filter.clone() };
    let (survey, everyone, programmes, whole) = filtered(&state, &allowed.caller, id, &all).await?;
    let kept: Vec<StoredResponse> = everyone
        .iter()
        .filter(|response| filter.programme_id.is_none_or(|wanted| response.programme_id == Some(wanted)))
        .cloned()
        .collect();
    let waiting = state.store.waiting(id).await?;
    results::results(&survey, &kept, &everyone, whole, &programmes, waiting).map(Json).ok_or_else(|| ErrorCode::NotFound.into())
}

/// Every response as a CSV row (one column per question), streamed.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/responses.csv", tag = "surveys", params(ResultsFilter),
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn responses_csv(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Query(filter): Query<ResultsFilter>,
) -> Result<Response, AppError> {
    let (survey, checked) = export(&state, &allowed.caller, id, &filter, "surveys.export_csv").await?;
    let programmes = programme_names(&state, allowed.caller.service_id).await?;
    let columns = results::CsvColumns::of(&survey, programmes).ok_or(ErrorCode::NotFound)?;
    Ok(streamed_attachment(&format!("survey-{id}.csv"), "text/csv; charset=utf-8", move |mut out| async move {
        out.write(&columns.header()).await?;
        let mut responses = std::pin::pin!(kept_responses(state.store.as_ref(), id, checked));
        while let Some(response) = responses.try_next().await? {
            out.write(&columns.row(&response)).await?;
        }
        out.finish().await
    }))
}

/// The survey as FHIR R4, streamed: a Bundle of its Questionnaire (each version answered) and
/// one QuestionnaireResponse per response.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/fhir", tag = "surveys", params(ResultsFilter),
    responses((status = 200, content_type = "application/fhir+json", body = Object), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn fhir_bundle(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Query(filter): Query<ResultsFilter>,
) -> Result<Response, AppError> {
    let (survey, checked) = export(&state, &allowed.caller, id, &filter, "surveys.export_fhir").await?;
    let now = state.clock.now();
    Ok(streamed_attachment(&format!("survey-{id}.fhir.json"), "application/fhir+json", move |mut out| async move {
        let (mut bundle, start) = fhir::BundleWriter::start(&survey, now);
        out.write(&start).await?;
        let mut responses = std::pin::pin!(kept_responses(state.store.as_ref(), id, checked));
        while let Some(response) = responses.try_next().await? {
            if let Some(entry) = bundle.entry(&response) {
                out.write(&entry).await?;
            }
        }
        out.write(fhir::BundleWriter::END).await?;
        out.finish().await
    }))
}
