//! Forms a worker hands to one young person or carer, by a date and for a purpose: "My
//! self-assessment", the carer's "How things are at home", "About me" and "Getting ready for my
//! review". A manager edits a form into new versions (the first is the shipped template); each
//! request keeps the version it was made with, so every answer reads in the words the person
//! was given. The phone sends a finished form once through its outbox; it reaches the case
//! record as a FHIR QuestionnaireResponse. The rules are `tandem_domain::assessments`.

pub mod postgres;
pub mod sqlite;
mod store;
mod translated;

use axum::extract::State;
use axum::routing::{get, post, put};
use axum::Router;
use serde_json::{json, Value};
use tandem_domain::accounts::{Relation, Role};
use tandem_domain::assessments::api::{
    AssignRequest, Assigned, CaseForm, FormAnswers, FormEdit, FormReceipt, FormSaved, FormStatus, FormSummary, FormToFill,
};
use tandem_domain::assessments::{check_form, distance_travelled, parse_due_on, FormKind, Purpose};
use tandem_domain::events::{AssessmentPayload, Event, PersonNamed};
use tandem_domain::surveys::{check_answers, Answers, SurveyDraft};
use tandem_domain::{paths, ApiErrorBody, ErrorCode, FieldError};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::{audit, require_case_access};
use crate::accounts::policy::{CaseStaff, DeviceOwners, Managers};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::{from_millis, parse_stored_uuid, StorageError};
use crate::surveys::today;

pub const ASSIGN_KIND: &str = "assessments.assign";
pub const ANSWER_KIND: &str = "assessments.answer";
/// The identifier system of a request (one form asked of one person, so one response), and the
/// root of the forms' Questionnaire canonicals.
pub const ASSESSMENT_SYSTEM: &str = "urn:tandem:assessment";
const DATA_ABSENT_REASON: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

/// A form's latest version.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredForm {
    pub kind: FormKind,
    pub version: u32,
    pub draft: SurveyDraft,
}

/// A request to make: checked by the handler, the person's part in the case by the store.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub young_person_id: Uuid,
    pub person_id: Uuid,
    pub form: FormKind,
    pub purpose: Purpose,
    pub due_on: Date,
    /// The review meeting it prepares for.
    pub appointment_id: Option<Uuid>,
}

/// A finished form as kept.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Finished {
    pub answers: Answers,
    pub declined: Vec<String>,
    pub easier: bool,
}

/// One request as stored, with its version's questions and the names it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRequest {
    pub id: Uuid,
    pub form: FormKind,
    pub version: u32,
    pub purpose: Purpose,
    pub due_on: Date,
    pub young_person_id: Uuid,
    pub person_id: Uuid,
    pub person_name: String,
    pub answered_as: Role,
    pub asked_by: String,
    pub draft: SurveyDraft,
    pub finished: Option<Finished>,
    pub answered_at: Option<OffsetDateTime>,
    /// The review meeting it prepares for.
    pub appointment_id: Option<Uuid>,
}

/// A request as read by column name.
#[derive(sqlx::FromRow)]
pub struct RequestRow {
    pub id: String,
    pub form: String,
    pub version: i64,
    pub purpose: String,
    pub due_on: String,
    pub young_person_id: String,
    pub person_id: String,
    pub person_name: String,
    pub person_role: String,
    pub asked_by_name: String,
    pub definition: String,
    pub answers: Option<String>,
    pub answered_at: Option<i64>,
    pub asked_at: i64,
    pub appointment_id: Option<String>,
}

pub(crate) fn version_number(raw: i64) -> Result<u32, StorageError> {
    u32::try_from(raw).map_err(|_| StorageError::internal(format!("stored form version {raw}")))
}

impl StoredRequest {
    pub(crate) fn read(row: RequestRow) -> Result<StoredRequest, StorageError> {
        let stored = |what: &str, raw: &str| StorageError::internal(format!("stored {what} {raw}"));
        Ok(StoredRequest {
            id: parse_stored_uuid(&row.id)?,
            form: FormKind::parse(&row.form).ok_or_else(|| stored("form", &row.form))?,
            version: version_number(row.version)?,
            purpose: Purpose::parse(&row.purpose).ok_or_else(|| stored("purpose", &row.purpose))?,
            due_on: tandem_domain::plans::parse_date(&row.due_on).map_err(|_| stored("day", &row.due_on))?,
            young_person_id: parse_stored_uuid(&row.young_person_id)?,
            person_id: parse_stored_uuid(&row.person_id)?,
            person_name: row.person_name,
            answered_as: Role::parse(&row.person_role).ok_or_else(|| stored("role", &row.person_role))?,
            asked_by: row.asked_by_name,
            draft: serde_json::from_str(&row.definition)?,
            finished: row.answers.as_deref().map(serde_json::from_str).transpose()?,
            answered_at: row.answered_at.map(from_millis).transpose()?,
            appointment_id: row.appointment_id.as_deref().map(parse_stored_uuid).transpose()?,
        })
    }

    fn status(&self, today: Date) -> FormStatus {
        match (&self.finished, self.due_on < today) {
            (Some(_), _) => FormStatus::Answered,
            (None, true) => FormStatus::Overdue,
            (None, false) => FormStatus::Waiting,
        }
    }
}

#[async_trait::async_trait]
pub trait AssessmentStore {
    /// Each form's latest version (the template, as version 1, where the service has none).
    async fn forms(&self, service_id: Uuid) -> Result<Vec<StoredForm>, StorageError>;
    /// Every version of every form, by form then version (the template, as version 1, of a
    /// form the service has not used yet).
    async fn form_versions(&self, service_id: Uuid) -> Result<Vec<StoredForm>, StorageError>;
    /// Saves a manager's edit as the form's next version; answers its number.
    async fn save_form(&self, caller: &Caller, kind: FormKind, draft: &SurveyDraft, now: OffsetDateTime) -> Result<u32, StorageError>;
    /// Asks the young person, or a carer linked to them, for the form's latest version, once per
    /// operation: answers the [`Assigned`]. Refused `not_found` for anyone else, and
    /// `form_not_for_person` for a form of the other kind of respondent.
    async fn assign(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        new: NewRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn form_request(&self, id: Uuid) -> Result<Option<StoredRequest>, StorageError>;
    /// A person's requests not yet answered, soonest due first.
    async fn forms_to_fill(&self, person_id: Uuid) -> Result<Vec<StoredRequest>, StorageError>;
    /// For each young person of the service with forms past their day and not back (theirs
    /// or their carers'), how many.
    async fn overdue_forms(&self, service_id: Uuid, today: Date) -> Result<Vec<(Uuid, u32)>, StorageError>;
    /// Every request of a case, oldest first.
    async fn case_forms(&self, young_person_id: Uuid) -> Result<Vec<StoredRequest>, StorageError>;
    /// Keeps the finished form with its outbox event, once per operation; refused
    /// `already_answered` when the request was answered by another.
    async fn answer_form(
        &self,
        operation: OperationKey<'_>,
        request: &StoredRequest,
        finished: Finished,
        event: Event,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::ASSESSMENT_FORMS.template(), get(forms))
        .route(paths::ASSESSMENT_FORMS_ITEM.template(), put(save_form))
        .route(paths::ASSESSMENT_FORMS_FHIR.template(), get(questionnaires))
        .route(paths::YOUNG_PEOPLE_ASSESSMENTS.template(), get(case_forms).post(assign))
        .route(paths::ASSESSMENTS_MINE.template(), get(mine))
        .route(paths::ASSESSMENTS_ANSWERS.template(), post(answer))
}

/// The service's forms as they stand, for staff to choose from and managers to edit.
#[utoipa::path(get, path = "/api/v1/assessments/forms", tag = "assessments",
    responses((status = 200, body = Vec<FormSummary>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn forms(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<FormSummary>>, AppError> {
    let forms = state.store.forms(allowed.caller.service_id).await?;
    Ok(Json(
        forms
            .into_iter()
            .map(|form| FormSummary {
                form: form.kind,
                version: form.version,
                worker_only: form.kind.worker_only(),
                title: translated::in_language(&form.draft, form.kind, form.version, allowed.caller.language).title,
                draft: form.draft,
            })
            .collect(),
    ))
}

/// Every version of the service's forms as FHIR R4 Questionnaires, in a Bundle (collection):
/// what the QuestionnaireResponses the relay sends name as their `questionnaire`.
#[utoipa::path(get, path = "/api/v1/assessments/forms/fhir", tag = "assessments",
    responses((status = 200, content_type = "application/fhir+json", body = Object), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn questionnaires(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse as _;
    let service_id = allowed.caller.service_id;
    let versions = state.store.form_versions(service_id).await?;
    let latest = |kind: FormKind| versions.iter().filter(|stored| stored.kind == kind).map(|stored| stored.version).max();
    let entries: Vec<Value> = versions
        .iter()
        .map(|stored| {
            let base = questionnaire_base(service_id, stored.kind);
            // A FHIR id takes letters, digits, '-' and '.': the form's name with hyphens.
            let id = format!("{}-{}", stored.kind.as_str().replace('_', "-"), stored.version);
            let identifier = format!("{service_id}:{}", stored.kind.as_str());
            // Earlier versions still read the answers given to them; new requests take the latest.
            let status = if latest(stored.kind) == Some(stored.version) { "active" } else { "retired" };
            let resource = crate::surveys::fhir::questionnaire_under(
                &base,
                (ASSESSMENT_SYSTEM, &identifier),
                &id,
                stored.version,
                &stored.draft,
                status,
            );
            json!({"fullUrl": format!("{base}:v{}", stored.version), "resource": resource})
        })
        .collect();
    let bundle = json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": state.clock.now().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        "entry": entries,
    });
    Ok(([(axum::http::header::CONTENT_TYPE, "application/fhir+json")], bundle.to_string()).into_response())
}

/// A manager's edit of a form, saved as its next version; requests already made keep theirs.
#[utoipa::path(put, path = "/api/v1/assessments/forms/{form}", tag = "assessments", request_body = FormEdit,
    params(("form" = FormKind, Path)),
    responses((status = 200, body = FormSaved), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn save_form(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path(form): Path<FormKind>,
    Json(edit): Json<FormEdit>,
) -> Result<Json<FormSaved>, AppError> {
    let checked = check_form(form, &edit.draft)?;
    let version = state.store.save_form(&allowed.caller, form, checked.draft(), state.clock.now()).await?;
    audit(&state, &allowed.caller, "assessments.save_form", None, format!("{} version {version}", form.as_str())).await?;
    Ok(Json(FormSaved { form, version }))
}

/// Asks the young person, or a carer linked to them, to fill in a form by a day, once per
/// Idempotency-Key. Only for a case on the caller's caseload (a manager: their service).
#[utoipa::path(post, path = "/api/v1/young-people/{id}/assessments", tag = "assessments", request_body = AssignRequest,
    params(("id" = Uuid, Path), Operation),
    responses(
        (status = 201, body = Assigned),
        (status = 404, description = "No such case on the caller's caseload, or no such person in it", body = ApiErrorBody),
        (status = 409, description = "The case is closed", body = ApiErrorBody),
        (status = 422, description = "A day out of range, or a form for the other kind of person", body = ApiErrorBody),
    ))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn assign(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<AssignRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    crate::cases::require_open_case(&state, id).await?;
    let due_on = parse_due_on(&request.due_on, today(&state)).map_err(FieldError::on("due_on"))?;
    let new = NewRequest {
        young_person_id: id,
        person_id: request.person_id,
        form: request.form,
        purpose: request.purpose,
        due_on,
        appointment_id: None,
    };
    let key = OperationKey::new(operation, ASSIGN_KIND, &(id, &request));
    let answer = state.store.assign(key, caller, new, state.clock.now()).await?;
    if !answer.replayed {
        let detail = format!("{} for {} due {}", request.form.as_str(), request.person_id, request.due_on);
        audit(&state, caller, "assessments.assign", Some(id), detail).await?;
        state.push.wake.notify_one();
    }
    Ok(answer)
}

/// Every form of a case: who was asked, by when, the answers beside the version's questions,
/// and what changed on each scale since that person's previous form of the kind. "About me"
/// answers only for the allocated worker.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/assessments", tag = "assessments", params(("id" = Uuid, Path)),
    responses((status = 200, body = Vec<CaseForm>), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn case_forms(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<CaseForm>>, AppError> {
    let relation = require_case_access(&state, &allowed.caller, id).await?;
    let requests = state.store.case_forms(id).await?;
    audit(&state, &allowed.caller, "assessments.read", Some(id), String::new()).await?;
    let today = today(&state);
    let mut shown = Vec::with_capacity(requests.len());
    for (index, request) in requests.iter().enumerate() {
        let withheld = request.form.worker_only() && relation != Relation::AllocatedWorker;
        let finished = request.finished.as_ref().filter(|_| !withheld);
        // The same person's latest earlier answer to a form of this kind.
        let previous = requests[..index]
            .iter()
            .rev()
            .find(|earlier| earlier.form == request.form && earlier.person_id == request.person_id && earlier.answered_at.is_some());
        // Read in the worker's language where the form is still its template.
        let draft = translated::in_language(&request.draft, request.form, request.version, allowed.caller.language);
        let (changes, compared_with, previous_answers) =
            match (finished, previous.and_then(|earlier| Some((earlier, earlier.finished.as_ref()?)))) {
                (Some(now), Some((earlier, before))) if !withheld => (
                    distance_travelled(&draft.questions, &before.answers, &now.answers),
                    earlier.answered_at.map(|at| tandem_domain::appointments::to_london(at).date().to_string()),
                    Some(before.answers.clone()),
                ),
                _ => (Vec::new(), None, None),
            };
        shown.push(CaseForm {
            id: request.id,
            form: request.form,
            version: request.version,
            title: draft.title.clone(),
            purpose: request.purpose,
            due_on: request.due_on.to_string(),
            person_id: request.person_id,
            person: request.person_name.clone(),
            answered_as: request.answered_as.as_str().to_owned(),
            status: request.status(today),
            answered_on: request.answered_at.map(|at| tandem_domain::appointments::to_london(at).date().to_string()),
            draft,
            answers: finished.map(|finished| finished.answers.clone()),
            declined: finished.map(|finished| finished.declined.clone()).unwrap_or_default(),
            withheld: withheld && request.finished.is_some(),
            changes,
            compared_with,
            previous_answers,
        });
    }
    Ok(Json(shown))
}

/// The forms waiting for the caller (a young person or carer), soonest due first, each with
/// why it is asked, by when and who will read it, in the caller's language where the form's
/// version has a translation (its template does).
#[utoipa::path(get, path = "/api/v1/assessments/mine", tag = "assessments",
    responses((status = 200, body = Vec<FormToFill>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<FormToFill>>, AppError> {
    let requests = state.store.forms_to_fill(allowed.caller.person_id).await?;
    let language = allowed.caller.language;
    Ok(Json(
        requests
            .into_iter()
            .map(|request| FormToFill {
                id: request.id,
                form: request.form,
                version: request.version,
                purpose: request.purpose,
                due_on: request.due_on.to_string(),
                asked_by: request.asked_by,
                worker_only: request.form.worker_only(),
                draft: translated::in_language(&request.draft, request.form, request.version, language),
            })
            .collect(),
    ))
}

/// Sends a finished form, once (send again safely with the same Idempotency-Key). A refused
/// answer names its question (`answers.<id>`); nothing is kept until the whole form fits.
#[utoipa::path(post, path = "/api/v1/assessments/{id}/answers", tag = "assessments", request_body = FormAnswers,
    params(("id" = Uuid, Path), Operation),
    responses(
        (status = 201, body = FormReceipt),
        (status = 404, description = "No such form for this person", body = ApiErrorBody),
        (status = 409, description = "Answered already", body = ApiErrorBody),
        (status = 422, description = "An answer does not fit its question", body = ApiErrorBody),
    ))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn answer(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(sent): Json<FormAnswers>,
) -> Result<OperationAnswer, AppError> {
    let request = state.store.form_request(id).await?.filter(|request| request.person_id == allowed.caller.person_id);
    let request = request.ok_or(ErrorCode::NotFound)?;
    // A version never changes, so it is checked before the transaction.
    let form = check_form(request.form, &request.draft).map_err(|_| StorageError::internal(format!("stored form {id} does not check")))?;
    let (answers, declined) = check_answers(&form, &sent.answers, &sent.declined)?;
    let finished = Finished { answers, declined, easier: sent.easier };
    let base = questionnaire_base(allowed.caller.service_id, request.form);
    // The record gets the words the person read, in their language.
    let seen = translated::in_language(&request.draft, request.form, request.version, allowed.caller.language);
    let event = Event::AssessmentAnswered(AssessmentPayload {
        assignment_id: request.id,
        form: request.form,
        version: request.version,
        title: seen.title.clone(),
        purpose: request.purpose,
        questionnaire: format!("{base}|{}", request.version),
        answered_as: request.answered_as.as_str().to_owned(),
        person: PersonNamed { id: request.person_id, name: request.person_name.clone() },
        worker_only: request.form.worker_only(),
        item: response_items(&base, &seen, &finished),
    });
    let key = OperationKey::new(operation, ANSWER_KIND, &(id, &sent));
    Ok(state.store.answer_form(key, &request, finished, event, state.clock.now()).await?)
}

/// Marks each review meeting among `views` with the young person's preparation form (theirs
/// only: a carer's view of the meeting gets none).
pub async fn mark_preparations(
    state: &AppState,
    young_person_id: Uuid,
    views: &mut [tandem_domain::appointments::AppointmentView],
) -> Result<(), AppError> {
    let forms = state.store.case_forms(young_person_id).await?;
    for view in views.iter_mut() {
        view.preparation = forms
            .iter()
            .find(|form| form.appointment_id == Some(view.id) && form.person_id == young_person_id)
            .map(|form| tandem_domain::appointments::Preparation { form_id: form.id, answered: form.finished.is_some() });
    }
    Ok(())
}

/// The canonical of a service's form's Questionnaire, without its version.
fn questionnaire_base(service_id: Uuid, form: FormKind) -> String {
    format!("{ASSESSMENT_SYSTEM}:{service_id}:{}", form.as_str())
}

/// The draft in the words the person read: the easier wording where they chose it and the
/// question has one.
fn as_seen(draft: &SurveyDraft, easier: bool) -> SurveyDraft {
    let mut seen = draft.clone();
    if easier {
        for question in &mut seen.questions {
            if !question.easy_read.is_empty() {
                question.wording = question.easy_read.clone();
            }
            for option in &mut question.options {
                if !option.easy_read.is_empty() {
                    option.wording = option.easy_read.clone();
                }
            }
        }
    }
    seen
}

/// The finished form as QuestionnaireResponse items in the form's order, with the wording the
/// person saw; a question answered "I'd rather not say" is an item with no answer, marked
/// `asked-declined`.
fn response_items(base: &str, draft: &SurveyDraft, finished: &Finished) -> Vec<Value> {
    let seen = as_seen(draft, finished.easier);
    let answered = crate::surveys::fhir::items_under(base, &seen, &finished.answers);
    seen.questions
        .iter()
        .filter_map(|question| {
            if finished.declined.contains(&question.id) {
                return Some(json!({
                    "linkId": question.id,
                    "text": question.wording,
                    "extension": [{"url": DATA_ABSENT_REASON, "valueCode": "asked-declined"}],
                }));
            }
            answered.iter().find(|item| item["linkId"] == question.id.as_str()).cloned()
        })
        .collect()
}
