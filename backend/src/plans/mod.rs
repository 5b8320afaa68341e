//! Co-produced plans. The young person, each linked carer and the worker write their own
//! columns (the worker suggests wording in the others'); the young person and carers agree or
//! say what they would change, on their own phones; every accepted change is a new version, and
//! a change after agreement reopens it. The rules are `tandem_domain::plans`; this module reads
//! and writes versions, answers and reviews, and writes each to the outbox in the same
//! transaction.

pub mod postgres;
pub mod sqlite;
mod store;
pub mod tx;

use axum::extract::State;
use axum::routing::{get, post};
use axum::Router;
use tandem_domain::accounts::api::PersonSummary;
use tandem_domain::accounts::Relation;
use tandem_domain::paths;
use tandem_domain::plans::{
    agreement_state, changes, AgreementRequest, AgreementState, Answer, Author, ChangeReceipt, HistoryEntry, HistoryEvent, Party,
    PartyAgreement, Plan, PlanAttention, PlanChange, PlanView, ReviewRequest, ReviewSummary,
};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::people::{audit, require_case_access};
use crate::accounts::policy::{CaseStaff, DeviceOwners, PlanParties};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;

pub const CHANGE_KIND: &str = "plan.change";
pub const ANSWER_KIND: &str = "plan.answer";
pub const REVIEW_KIND: &str = "plan.review";

/// A version as stored, with who made it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVersion {
    pub plan: Plan,
    pub author_name: String,
    pub party: Party,
    pub at: OffsetDateTime,
}

/// One answer as given.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAnswer {
    pub person_id: Uuid,
    pub name: String,
    pub party: Party,
    pub answer: Answer,
    pub at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredReview {
    pub summary: ReviewSummary,
    pub at: OffsetDateTime,
    pub recorded_by: String,
}

/// The person changing a plan: who they are, and their part in it.
#[derive(Debug, Clone)]
pub struct PlanAuthor {
    pub person_id: Uuid,
    pub author: Author,
}

#[async_trait::async_trait]
pub trait PlanStore {
    /// Every version of a young person's plan, oldest first; none before anyone writes in it.
    async fn plan_versions(&self, young_person_id: Uuid) -> Result<Vec<StoredVersion>, StorageError>;
    /// Every answer, oldest first.
    async fn plan_answers(&self, young_person_id: Uuid) -> Result<Vec<StoredAnswer>, StorageError>;
    /// Every review, oldest first.
    async fn plan_reviews(&self, young_person_id: Uuid) -> Result<Vec<StoredReview>, StorageError>;
    async fn person_name(&self, person_id: Uuid) -> Result<String, StorageError>;
    /// Applies a change to the latest version, once per operation. A conflict is answered (and
    /// stored as the operation's answer) as 409 with both texts.
    /// A change by `author`; `staff`, when a member of staff made it, is audited with it.
    async fn change_plan(
        &self,
        operation: OperationKey<'_>,
        young_person_id: Uuid,
        author: PlanAuthor,
        change: PlanChange,
        staff: Option<Caller>,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn answer_plan(
        &self,
        operation: OperationKey<'_>,
        young_person_id: Uuid,
        author: PlanAuthor,
        request: AgreementRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// A review, recorded (and audited) as `staff`'s.
    async fn review_plan(
        &self,
        operation: OperationKey<'_>,
        young_person_id: Uuid,
        author: PlanAuthor,
        request: ReviewRequest,
        staff: Caller,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::PLANS.template(), get(my_plans))
        .route(paths::PLANS_ATTENTION.template(), get(attention))
        .route(paths::PLANS_CHANGES.template(), post(change))
        .route(paths::PLANS_ANSWERS.template(), post(answer))
        .route(paths::PLANS_REVIEWS.template(), post(review))
        .route(paths::YOUNG_PEOPLE_PLAN.template(), get(staff_plan))
        .route(paths::YOUNG_PEOPLE_PLAN_HISTORY.template(), get(history))
}

/// The caller's part in a young person's plan; someone with no part finds nothing there.
async fn party_in(state: &AppState, caller: &Caller, young_person_id: Uuid) -> Result<PlanAuthor, AppError> {
    author(caller, state.store.relation(caller, young_person_id).await?)
}

fn author(caller: &Caller, relation: Relation) -> Result<PlanAuthor, AppError> {
    let party = Party::of(relation).ok_or(ErrorCode::NotFound)?;
    Ok(PlanAuthor { person_id: caller.person_id, author: Author { party, device: caller.session_id } })
}

pub(crate) fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// The latest of each person's answers or replies (given oldest first), in the order they first
/// answered: a later answer replaces the earlier one in its place.
pub(crate) fn latest_per_person<T>(given: impl IntoIterator<Item = T>, person: impl Fn(&T) -> Uuid) -> Vec<T> {
    let mut latest: Vec<T> = Vec::new();
    for item in given {
        match latest.iter_mut().find(|seen| person(seen) == person(&item)) {
            Some(seen) => *seen = item,
            None => latest.push(item),
        }
    }
    latest
}

fn version_of(versions: &[StoredVersion], version: u32) -> Option<&Plan> {
    versions.iter().map(|stored| &stored.plan).find(|plan| plan.version == version)
}

/// Where one person stands, whether or not they have answered yet.
fn party_agreement(
    person: &PersonSummary,
    party: Party,
    answers: &[&StoredAnswer],
    versions: &[StoredVersion],
    current: &Plan,
) -> PartyAgreement {
    let latest = answers.iter().find(|answer| answer.person_id == person.id);
    let answered = latest.and_then(|answer| version_of(versions, answer.answer.version)).unwrap_or(current);
    PartyAgreement {
        person_id: person.id,
        name: person.display_name.clone(),
        party,
        state: agreement_state(party, latest.map(|answer| &answer.answer), answered, current),
        answered_at: latest.map(|answer| rfc3339(answer.at)),
    }
}

/// Everything a plan's page needs, as `reader` (in `party`) may see it.
struct PlanFacts {
    young_person: PersonSummary,
    carers: Vec<PersonSummary>,
    versions: Vec<StoredVersion>,
    answers: Vec<StoredAnswer>,
    reviews: Vec<StoredReview>,
}

impl PlanFacts {
    async fn load(state: &AppState, young_person_id: Uuid) -> Result<PlanFacts, AppError> {
        let store = &state.store;
        Ok(PlanFacts {
            young_person: PersonSummary {
                overdue_forms: 0,
                id: young_person_id,
                display_name: store.person_name(young_person_id).await?,
                role: tandem_domain::accounts::Role::YoungPerson,
                closed_on: None,
            },
            carers: store.linked_carers(young_person_id).await?,
            versions: store.plan_versions(young_person_id).await?,
            answers: store.plan_answers(young_person_id).await?,
            reviews: store.plan_reviews(young_person_id).await?,
        })
    }

    fn current(&self) -> Plan {
        self.versions.last().map(|stored| stored.plan.clone()).unwrap_or_default()
    }

    fn view(&self, party: Party, reader: Uuid) -> PlanView {
        let current = self.current();
        let latest = latest_per_person(&self.answers, |answer| answer.person_id);
        let everyone =
            std::iter::once((&self.young_person, Party::YoungPerson)).chain(self.carers.iter().map(|carer| (carer, Party::Carer)));
        // Staff see everyone's answers; a young person or carer sees their own.
        let agreements = everyone
            .filter(|(person, _)| party == Party::Worker || person.id == reader)
            .map(|(person, their_party)| party_agreement(person, their_party, &latest, &self.versions, &current))
            .collect();
        PlanView {
            young_person_id: self.young_person.id,
            young_person_name: self.young_person.display_name.clone(),
            party,
            plan: current.seen_by(party),
            agreements,
            last_review: self.reviews.last().filter(|_| party != Party::Carer).map(|review| review.summary.clone()),
        }
    }

    /// The plan's timeline, newest first: each version that changed its words, each answer,
    /// each review.
    fn history(&self) -> Vec<HistoryEntry> {
        let mut entries = Vec::new();
        let mut before = Plan::default();
        for stored in &self.versions {
            let changed = changes(&before, &stored.plan);
            if !changed.is_empty() {
                entries.push(HistoryEntry {
                    at: stored.at,
                    who: stored.author_name.clone(),
                    party: stored.party,
                    event: HistoryEvent::Version { version: stored.plan.version, changed },
                });
            }
            before = stored.plan.clone();
        }
        for answer in &self.answers {
            entries.push(HistoryEntry {
                at: answer.at,
                who: answer.name.clone(),
                party: answer.party,
                event: HistoryEvent::Answer {
                    version: answer.answer.version,
                    agreed: answer.answer.agreed,
                    change_wanted: answer.answer.change_wanted.clone(),
                },
            });
        }
        for review in &self.reviews {
            entries.push(HistoryEntry {
                at: review.at,
                who: review.recorded_by.clone(),
                party: Party::Worker,
                event: HistoryEvent::Review { review: review.summary.clone() },
            });
        }
        // Oldest first (ties kept in the order things happen), then turned round.
        entries.sort_by_key(|entry| entry.at);
        entries.reverse();
        entries
    }
}

/// The plans the signed-in young person or carer has a part in: the young person's own; a
/// carer's, one per linked young person, showing only what is shared with carers.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = [PlanView]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn my_plans(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<PlanView>>, AppError> {
    let caller = &allowed.caller;
    let young_people = match caller.role {
        tandem_domain::accounts::Role::YoungPerson => vec![caller.person_id],
        _ => state.store.young_people_of_carer(caller.person_id).await?,
    };
    let mut views = Vec::new();
    for young_person_id in young_people {
        let author = party_in(&state, caller, young_person_id).await?;
        let facts = PlanFacts::load(&state, young_person_id).await?;
        views.push(facts.view(author.author.party, caller.person_id));
    }
    Ok(Json(views))
}

/// A young person's plan for their worker (or a manager): every column, every suggestion, and
/// who has agreed which version, and when.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/plan", tag = "plans", params(("id" = Uuid, Path)),
    responses((status = 200, body = PlanView), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn staff_plan(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<PlanView>, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let facts = PlanFacts::load(&state, id).await?;
    audit(&state, caller, "plans.read", Some(id), format!("version {}", facts.current().version)).await?;
    Ok(Json(facts.view(Party::Worker, caller.person_id)))
}

/// The plans on the caller's caseload (a manager's: the service's) that are not agreed by
/// everyone, with who is waited on and why: a worker with 25 young people sees at once who
/// would change something, without opening each plan.
#[utoipa::path(get, path = "/api/v1/plans/attention", tag = "plans",
    responses((status = 200, body = [PlanAttention]), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn attention(State(state): State<AppState>, allowed: Allowed<CaseStaff>) -> Result<Json<Vec<PlanAttention>>, AppError> {
    let caller = &allowed.caller;
    let mut plans = Vec::new();
    for person in state.store.caseload(caller).await? {
        let facts = PlanFacts::load(&state, person.id).await?;
        let view = facts.view(Party::Worker, caller.person_id);
        let waiting_on: Vec<PartyAgreement> =
            view.agreements.into_iter().filter(|agreement| !matches!(agreement.state, AgreementState::Agreed { .. })).collect();
        if !view.plan.rows.is_empty() && !waiting_on.is_empty() {
            plans.push(PlanAttention {
                young_person_id: person.id,
                young_person_name: person.display_name,
                version: view.plan.version,
                waiting_on,
            });
        }
    }
    audit(&state, caller, "plans.attention", None, format!("{} plans", plans.len())).await?;
    Ok(Json(plans))
}

/// The plan's timeline: versions with what changed, answers, reviews; newest first.
#[utoipa::path(get, path = "/api/v1/young-people/{id}/plan/history", tag = "plans", params(("id" = Uuid, Path)),
    responses((status = 200, body = [HistoryEntry]), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn history(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<HistoryEntry>>, AppError> {
    let caller = &allowed.caller;
    require_case_access(&state, caller, id).await?;
    let facts = PlanFacts::load(&state, id).await?;
    audit(&state, caller, "plans.history", Some(id), String::new()).await?;
    Ok(Json(facts.history()))
}

/// One change to a plan, from a phone's outbox or a worker's page. Sent twice, it counts once;
/// an edit of a box someone else changed since `base_version` is refused 409
/// `plan_edit_conflict` with both texts.
#[utoipa::path(post, path = "/api/v1/plans/{id}/changes", tag = "plans", params(("id" = Uuid, Path, description = "The young person"), Operation),
    request_body = PlanChange,
    responses((status = 201, body = ChangeReceipt), (status = 200, body = ChangeReceipt, description = "Nothing to change"),
        (status = 403, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn change(
    State(state): State<AppState>,
    allowed: Allowed<PlanParties>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<PlanChange>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    let author = party_in(&state, caller, id).await?;
    let staff = author.author.party == Party::Worker;
    if staff {
        // A closed case's plan stays as it was; its phones' queued changes still arrive.
        crate::cases::require_open_case(&state, id).await?;
    }
    let key = OperationKey::new(operation, CHANGE_KIND, &(id, &request));
    Ok(state.store.change_plan(key, id, author, request, staff.then(|| caller.clone()), state.clock.now()).await?)
}

/// "I agree" or "I don't agree: I would change...", for the version the person read.
#[utoipa::path(post, path = "/api/v1/plans/{id}/answers", tag = "plans", params(("id" = Uuid, Path, description = "The young person"), Operation),
    request_body = AgreementRequest,
    responses((status = 201, body = ChangeReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn answer(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<AgreementRequest>,
) -> Result<OperationAnswer, AppError> {
    let author = party_in(&state, &allowed.caller, id).await?;
    let key = OperationKey::new(operation, ANSWER_KIND, &(id, &request));
    Ok(state.store.answer_plan(key, id, author, request, state.clock.now()).await?)
}

/// A review: what went well, the young person's 0-10 for each target, the next review date.
#[utoipa::path(post, path = "/api/v1/plans/{id}/reviews", tag = "plans", params(("id" = Uuid, Path, description = "The young person"), Operation),
    request_body = ReviewRequest,
    responses((status = 201, body = ChangeReceipt), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn review(
    State(state): State<AppState>,
    allowed: Allowed<CaseStaff>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<ReviewRequest>,
) -> Result<OperationAnswer, AppError> {
    let caller = &allowed.caller;
    let author = author(caller, require_case_access(&state, caller, id).await?)?;
    crate::cases::require_open_case(&state, id).await?;
    let key = OperationKey::new(operation, REVIEW_KIND, &(id, &request));
    Ok(state.store.review_plan(key, id, author, request, caller.clone(), state.clock.now()).await?)
}
