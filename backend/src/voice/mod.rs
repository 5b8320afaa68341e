//! Voice and influence (the Lundy model). Participation officers build consultations (priority
//! ballots, agree/disagree statements, open questions answered in words or a voice note), say
//! who will hear the results, and publish; invited young people (or carers, or the youth
//! cabinet) take part from their phones through the outbox, once each, counted if they acted
//! while it was open. Staff read live results, approve proposed statements, tag answers by
//! theme and export; participants see results after the close. Staff then publish "you said,
//! we did" responses whose status can move on, and each change is pushed to those who took
//! part. Who took part is kept apart from what they chose (see the migration). The rules are
//! `tandem_domain::voice`.

pub mod postgres;
pub mod results;
pub mod sqlite;
mod store;
pub mod tx;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Router;
use base64::Engine;
use tandem_domain::paths;
use tandem_domain::surveys::api::SurveyStatus;
use tandem_domain::voice::api::{
    AnswerItem, AnswerRequest, BallotRequest, ConsultationEdit, ConsultationListItem, ConsultationResults, ConsultationSaved,
    ConsultationToJoin, ContributionReceipt, Done, FeedItem, ModerationRequest, Proposal, ProposalRequest, ThemesRequest, VoteRequest,
    WeDid, WeDidRequest,
};
use tandem_domain::voice::{About, Activity, ConsultationRequest, Item, Vote, VOICE_NOTE_MAX_BYTES};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::{DeviceOwners, SurveyEditors};
use crate::accounts::{Allowed, Caller};
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::operations::{Operation, OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::surveys::{today, Respondent};

/// The outbox event a named contribution writes.
const CONTRIBUTE_KIND: &str = "voice.contribute";
pub const CREATE_KIND: &str = "voice.consultation.create";
const WE_DID_KIND: &str = "voice.response.publish";

/// A consultation as stored, with what staff and phones need around it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredConsultation {
    pub id: Uuid,
    pub request: ConsultationRequest,
    pub published_at: Option<OffsetDateTime>,
    pub participants: u32,
    pub responses: u32,
    /// How many times its responses have changed.
    pub news: u32,
    /// Every proposed statement, oldest first.
    pub proposals: Vec<Proposal>,
}

impl StoredConsultation {
    pub fn status(&self, today: Date) -> SurveyStatus {
        SurveyStatus::of(self.published_at.is_some(), &self.request.opens_on, &self.request.closes_on, today)
    }

    fn approved(&self, activity_id: &str) -> impl Iterator<Item = &Proposal> + '_ {
        let activity_id = activity_id.to_owned();
        self.proposals.iter().filter(move |proposal| proposal.activity_id == activity_id && proposal.approved == Some(true))
    }

    /// The activities as participants see them: statement sets with their approved proposals.
    pub fn activities_shown(&self) -> Vec<Activity> {
        self.request
            .activities
            .iter()
            .map(|activity| match activity {
                Activity::Statements { id, prompt, statements, proposals } => {
                    let mut shown = statements.clone();
                    shown.extend(self.approved(id).map(|proposal| Item { id: proposal.id.clone(), text: proposal.text.clone() }));
                    Activity::Statements { id: id.clone(), prompt: prompt.clone(), statements: shown, proposals: *proposals }
                }
                other => other.clone(),
            })
            .collect()
    }

    /// Whether `statement_id` is a statement people may vote on now: an officer's, or an approved
    /// proposal (proposals only ever belong to statement sets). Read without copying the
    /// activities: every vote asks.
    pub fn open_for_votes(&self, statement_id: &str) -> bool {
        let officers = self.request.activities.iter().any(
            |activity| matches!(activity, Activity::Statements { statements, .. } if statements.iter().any(|item| item.id == statement_id)),
        );
        officers || self.proposals.iter().any(|proposal| proposal.id == statement_id && proposal.approved == Some(true))
    }

    /// Whether `item` is a ballot issue or a statement (officer's or approved) of this consultation.
    pub fn knows_item(&self, item: &str) -> bool {
        !self.about_text(&About::Item(item.to_owned())).is_empty()
    }

    /// The words a response is about.
    pub fn about_text(&self, about: &About) -> String {
        match about {
            About::Consultation => String::new(),
            About::Theme(theme) => theme.clone(),
            About::Item(item) => self
                .activities_shown()
                .iter()
                .flat_map(|activity| match activity {
                    Activity::Ballot { options, .. } => options.clone(),
                    Activity::Statements { statements, .. } => statements.clone(),
                    Activity::Question { .. } => Vec::new(),
                })
                .find(|known| known.id == *item)
                .map(|known| known.text)
                .unwrap_or_default(),
        }
    }
}

/// One contribution from a phone.
#[derive(Debug, Clone, PartialEq)]
pub enum Contribution {
    Ballot {
        activity_id: String,
        ranking: Vec<String>,
    },
    Vote {
        statement_id: String,
        vote: Vote,
    },
    Proposal {
        activity_id: String,
        text: String,
    },
    /// The voice note's content type and bytes, decoded.
    Answer {
        activity_id: String,
        text: String,
        voice_note: Option<(String, Vec<u8>)>,
    },
}

/// Every ballot (activity id, ranking) and the statement vote counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tallies {
    pub ballots: Vec<(String, Vec<String>)>,
    pub votes: Vec<(String, Vote, u64)>,
}

#[async_trait::async_trait]
pub trait VoiceStore {
    /// Once per operation: answers the [`ConsultationSaved`].
    async fn create_consultation(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        request: &ConsultationRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// Saves over it; once published only its wording and dates may change (`already_published`).
    async fn save_consultation(
        &self,
        caller: &Caller,
        id: Uuid,
        request: &ConsultationRequest,
        now: OffsetDateTime,
    ) -> Result<Option<ConsultationSaved>, StorageError>;
    async fn publish_consultation(
        &self,
        service_id: Uuid,
        id: Uuid,
        now: OffsetDateTime,
    ) -> Result<Option<ConsultationSaved>, StorageError>;
    async fn consultations_of_service(&self, service_id: Uuid) -> Result<Vec<StoredConsultation>, StorageError>;
    async fn consultation(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredConsultation>, StorageError>;
    /// Published consultations inviting this person, soonest closing first, with what they have
    /// done in each and whether they took part at all.
    async fn consultations_for(&self, respondent: Respondent) -> Result<Vec<(StoredConsultation, Done, bool)>, StorageError>;
    /// Takes one contribution once per operation (a secret one: see `OperationKey::secret`),
    /// checking everything inside the transaction; what is secret is sealed until counted.
    async fn contribute(
        &self,
        operation: OperationKey<'_>,
        respondent: Respondent,
        id: Uuid,
        contribution: Contribution,
        given_at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn tallies(&self, id: Uuid) -> Result<Tallies, StorageError>;
    /// Every open answer, with its author's name for a named consultation only.
    async fn answers(&self, id: Uuid) -> Result<Vec<AnswerItem>, StorageError>;
    async fn voice_note(&self, service_id: Uuid, id: Uuid, answer_id: Uuid) -> Result<Option<(String, Vec<u8>)>, StorageError>;
    /// Approves or refuses a proposed statement; false if there is no such proposal.
    async fn moderate(&self, service_id: Uuid, id: Uuid, proposal_id: &str, approved: bool) -> Result<bool, StorageError>;
    async fn tag_answer(&self, service_id: Uuid, id: Uuid, answer_id: Uuid, themes: &[String]) -> Result<bool, StorageError>;
    /// Publishes a response, once per operation; everyone who took part is told, once.
    async fn publish_response(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        id: Uuid,
        request: &WeDidRequest,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// Changes a response; everyone who took part is told, once.
    async fn update_response(
        &self,
        caller: &Caller,
        id: Uuid,
        response_id: Uuid,
        request: &WeDidRequest,
        now: OffsetDateTime,
    ) -> Result<Option<WeDid>, StorageError>;
    async fn responses(&self, consultation: &StoredConsultation) -> Result<Vec<WeDid>, StorageError>;
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::VOICE_CONSULTATIONS.template(), get(list).post(create))
        .route(paths::VOICE_CONSULTATIONS_MINE.template(), get(mine))
        .route(paths::VOICE_CONSULTATIONS_ITEM.template(), get(edit).put(save))
        .route(paths::VOICE_CONSULTATIONS_PUBLISH.template(), post(publish))
        .route(paths::VOICE_CONSULTATIONS_RESULTS.template(), get(consultation_results))
        .route(paths::VOICE_CONSULTATIONS_EXPORT_CSV.template(), get(export_csv))
        .route(paths::VOICE_CONSULTATIONS_BALLOTS.template(), post(cast_ballot))
        .route(paths::VOICE_CONSULTATIONS_VOTES.template(), post(vote))
        .route(paths::VOICE_CONSULTATIONS_PROPOSALS.template(), post(propose))
        .route(paths::VOICE_CONSULTATIONS_PROPOSALS_ITEM.template(), put(moderate))
        // Room for the largest voice note in base64 and its JSON around it; larger is refused
        // as `voice_note_too_large`.
        .route(
            paths::VOICE_CONSULTATIONS_ANSWERS.template(),
            post(answer).layer(DefaultBodyLimit::max(VOICE_NOTE_MAX_BYTES / 3 * 4 + 64 * 1024)),
        )
        .route(paths::VOICE_CONSULTATIONS_ANSWERS_THEMES.template(), put(tag_answer))
        .route(paths::VOICE_CONSULTATIONS_ANSWERS_VOICE_NOTE.template(), get(voice_note))
        .route(paths::VOICE_CONSULTATIONS_RESPONSES.template(), post(publish_response))
        .route(paths::VOICE_CONSULTATIONS_RESPONSES_ITEM.template(), put(update_response))
        .route(paths::VOICE_FEED.template(), get(feed))
}

async fn find(state: &AppState, caller: &Caller, id: Uuid) -> Result<StoredConsultation, AppError> {
    state.store.consultation(caller.service_id, id).await?.ok_or_else(|| ErrorCode::NotFound.into())
}

/// A programme named in the invitation must be the caller's service's.
async fn check(state: &AppState, caller: &Caller, request: &ConsultationRequest) -> Result<(), AppError> {
    request.check()?;
    if let tandem_domain::voice::Invited::Programme { programme_id } = request.invited {
        if !state.store.programmes(caller.service_id).await?.iter().any(|programme| programme.id == programme_id) {
            return Err(ErrorCode::InvalidConsultation.into());
        }
    }
    Ok(())
}

/// The service's consultations, newest first.
#[utoipa::path(get, path = "/api/v1/voice/consultations", tag = "voice",
    responses((status = 200, body = Vec<ConsultationListItem>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AppState>, allowed: Allowed<SurveyEditors>) -> Result<Json<Vec<ConsultationListItem>>, AppError> {
    let today = today(&state);
    let consultations = state.store.consultations_of_service(allowed.caller.service_id).await?;
    Ok(Json(
        consultations
            .into_iter()
            .map(|stored| ConsultationListItem {
                id: stored.id,
                status: stored.status(today),
                title: stored.request.title.clone(),
                invited: stored.request.invited,
                anonymous: stored.request.anonymous,
                opens_on: stored.request.opens_on.clone(),
                closes_on: stored.request.closes_on.clone(),
                participants: stored.participants,
                waiting_for_approval: u32::try_from(stored.proposals.iter().filter(|proposal| proposal.approved.is_none()).count())
                    .unwrap_or(u32::MAX),
                responses: stored.responses,
            })
            .collect(),
    ))
}

/// Saves a new consultation (unpublished), once per Idempotency-Key.
#[utoipa::path(post, path = "/api/v1/voice/consultations", tag = "voice", request_body = ConsultationRequest, params(Operation),
    responses((status = 201, body = ConsultationSaved), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(operation = %operation))]
pub async fn create(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Operation(operation): Operation,
    Json(request): Json<ConsultationRequest>,
) -> Result<OperationAnswer, AppError> {
    check(&state, &allowed.caller, &request).await?;
    let key = OperationKey::new(operation, CREATE_KIND, &(allowed.caller.service_id, &request));
    let answer = state.store.create_consultation(key, &allowed.caller, &request, state.clock.now()).await?;
    if !answer.replayed {
        let id = answer.body["id"].as_str().unwrap_or_default();
        audit(&state, &allowed.caller, "voice.create", None, format!("consultation {id}")).await?;
    }
    Ok(answer)
}

#[utoipa::path(get, path = "/api/v1/voice/consultations/{id}", tag = "voice",
    responses((status = 200, body = ConsultationEdit), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn edit(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<ConsultationEdit>, AppError> {
    let stored = find(&state, &allowed.caller, id).await?;
    Ok(Json(ConsultationEdit { id, published: stored.published_at.is_some(), request: stored.request }))
}

/// Saves it again; once published, only its wording, audience and dates may change.
#[utoipa::path(put, path = "/api/v1/voice/consultations/{id}", tag = "voice", request_body = ConsultationRequest,
    responses((status = 200, body = ConsultationSaved), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn save(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Json(request): Json<ConsultationRequest>,
) -> Result<Json<ConsultationSaved>, AppError> {
    check(&state, &allowed.caller, &request).await?;
    let saved = state.store.save_consultation(&allowed.caller, id, &request, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "voice.save", None, format!("consultation {id}")).await?;
    Ok(Json(saved))
}

#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/publish", tag = "voice",
    responses((status = 200, body = ConsultationSaved), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn publish(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<ConsultationSaved>, AppError> {
    let saved = state.store.publish_consultation(allowed.caller.service_id, id, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "voice.publish", None, format!("consultation {id}")).await?;
    Ok(Json(saved))
}

/// Open consultations for the caller: the youth cabinet's first, then soonest closing.
#[utoipa::path(get, path = "/api/v1/voice/consultations/mine", tag = "voice",
    responses((status = 200, body = Vec<ConsultationToJoin>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<ConsultationToJoin>>, AppError> {
    let today = today(&state);
    let mut open: Vec<ConsultationToJoin> = state
        .store
        .consultations_for(Respondent::of(&allowed.caller))
        .await?
        .into_iter()
        .filter(|(stored, _, _)| stored.status(today) == SurveyStatus::Open)
        .map(|(stored, done, _)| ConsultationToJoin {
            id: stored.id,
            activities: stored.activities_shown(),
            cabinet: stored.request.invited == tandem_domain::voice::Invited::Cabinet,
            title: stored.request.title,
            background: stored.request.background,
            audience: stored.request.audience,
            closes_on: stored.request.closes_on,
            anonymous: stored.request.anonymous,
            done,
        })
        .collect();
    open.sort_by_key(|consultation| !consultation.cabinet);
    Ok(Json(open))
}

/// "You said, we did": the caller's service's consultations that have closed or have
/// responses, with results once closed.
#[utoipa::path(get, path = "/api/v1/voice/feed", tag = "voice",
    responses((status = 200, body = Vec<FeedItem>), (status = 403, body = ApiErrorBody)))]
#[tracing::instrument(skip_all)]
pub async fn feed(State(state): State<AppState>, allowed: Allowed<DeviceOwners>) -> Result<Json<Vec<FeedItem>>, AppError> {
    let today = today(&state);
    let mut items = Vec::new();
    for (stored, _, took_part) in state.store.consultations_for(Respondent::of(&allowed.caller)).await? {
        let status = stored.status(today);
        if status != SurveyStatus::Closed && stored.responses == 0 {
            continue;
        }
        let results =
            if status == SurveyStatus::Closed { Some(results::public(&stored, &state.store.tallies(stored.id).await?)) } else { None };
        items.push(FeedItem {
            consultation_id: stored.id,
            title: stored.request.title.clone(),
            audience: stored.request.audience.clone(),
            closes_on: stored.request.closes_on.clone(),
            status,
            took_part,
            results,
            responses: state.store.responses(&stored).await?,
        });
    }
    items.reverse();
    Ok(Json(items))
}

async fn contribute(
    state: &AppState,
    caller: &Caller,
    operation: Operation,
    id: Uuid,
    request: &impl serde::Serialize,
    contribution: Contribution,
    given_at_ms: i64,
) -> Result<OperationAnswer, AppError> {
    // Secret or not is decided in the transaction: every contribution is kept as a secret
    // operation, which costs a named one nothing.
    let key = OperationKey::secret(&state.sealer, operation.0, CONTRIBUTE_KIND, &(id, request));
    let given_at = tandem_domain::sessions::device_time(given_at_ms)?;
    let answer = state.store.contribute(key, Respondent::of(caller), id, contribution, given_at, state.clock.now()).await?;
    crate::secret::wake_if_counting_at_once(state);
    Ok(answer)
}

/// Votes in a ballot, once (send again safely with the same Idempotency-Key).
#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/ballots", tag = "voice", request_body = BallotRequest,
    params(Operation),
    responses((status = 201, body = ContributionReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn cast_ballot(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    operation: Operation,
    Json(request): Json<BallotRequest>,
) -> Result<OperationAnswer, AppError> {
    let contribution = Contribution::Ballot { activity_id: request.activity_id.clone(), ranking: request.ranking.clone() };
    contribute(&state, &allowed.caller, operation, id, &request, contribution, request.given_at_ms).await
}

/// Agrees, disagrees or passes on one statement, once.
#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/votes", tag = "voice", request_body = VoteRequest,
    params(Operation),
    responses((status = 201, body = ContributionReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn vote(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    operation: Operation,
    Json(request): Json<VoteRequest>,
) -> Result<OperationAnswer, AppError> {
    let contribution = Contribution::Vote { statement_id: request.statement_id.clone(), vote: request.vote };
    contribute(&state, &allowed.caller, operation, id, &request, contribution, request.given_at_ms).await
}

/// Proposes a statement; others see it once an officer approves it.
#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/proposals", tag = "voice", request_body = ProposalRequest,
    params(Operation),
    responses((status = 201, body = ContributionReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn propose(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    operation: Operation,
    Json(request): Json<ProposalRequest>,
) -> Result<OperationAnswer, AppError> {
    let contribution = Contribution::Proposal { activity_id: request.activity_id.clone(), text: request.text.clone() };
    contribute(&state, &allowed.caller, operation, id, &request, contribution, request.given_at_ms).await
}

/// Answers an open question in words, a voice note (base64, at most 2 MiB once decoded), or both.
#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/answers", tag = "voice", request_body = AnswerRequest,
    params(Operation),
    responses((status = 201, body = ContributionReceipt), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody), (status = 413, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn answer(
    State(state): State<AppState>,
    allowed: Allowed<DeviceOwners>,
    Path(id): Path<Uuid>,
    operation: Operation,
    body: Result<Json<AnswerRequest>, AppError>,
) -> Result<OperationAnswer, AppError> {
    // The only large body the API takes: say what is too large, not just that something is.
    let Json(request) = body.map_err(|error| match error {
        AppError::Refused(ErrorCode::PayloadTooLarge) => AppError::Refused(ErrorCode::VoiceNoteTooLarge),
        other => other,
    })?;
    let voice_note = match &request.voice_note {
        Some(note) => {
            if note.decoded_len() > VOICE_NOTE_MAX_BYTES {
                return Err(ErrorCode::VoiceNoteTooLarge.into());
            }
            let content_type = note.content_type.trim();
            if !content_type.starts_with("audio/") || content_type.len() > 100 {
                return Err(ErrorCode::InvalidAnswer.into());
            }
            let audio = base64::engine::general_purpose::STANDARD.decode(note.base64.as_bytes()).map_err(|_| ErrorCode::InvalidAnswer)?;
            Some((content_type.to_owned(), audio))
        }
        None => None,
    };
    let contribution = Contribution::Answer { activity_id: request.activity_id.clone(), text: request.text.clone(), voice_note };
    contribute(&state, &allowed.caller, operation, id, &request, contribution, request.given_at_ms).await
}

/// Results, live: ballot counts and ranks, statement agreement, proposals, answers by theme, responses.
#[utoipa::path(get, path = "/api/v1/voice/consultations/{id}/results", tag = "voice",
    responses((status = 200, body = ConsultationResults), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn consultation_results(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Json<ConsultationResults>, AppError> {
    let stored = find(&state, &allowed.caller, id).await?;
    let tallies = state.store.tallies(id).await?;
    let answers = state.store.answers(id).await?;
    let responses = state.store.responses(&stored).await?;
    let waiting = state.store.waiting(id).await?;
    Ok(Json(results::results(&stored, stored.status(today(&state)), &tallies, &answers, responses, waiting)))
}

/// The results as CSV: each ballot (no name, ever), each statement's counts, each answer.
#[utoipa::path(get, path = "/api/v1/voice/consultations/{id}/export.csv", tag = "voice",
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn export_csv(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let stored = find(&state, &allowed.caller, id).await?;
    let tallies = state.store.tallies(id).await?;
    let answers = state.store.answers(id).await?;
    audit(&state, &allowed.caller, "voice.export_csv", None, format!("consultation {id}")).await?;
    Ok(crate::web::attachment(&format!("consultation-{id}.csv"), "text/csv; charset=utf-8", results::csv(&stored, &tallies, &answers)))
}

/// Approves (shown to everyone, open for votes) or refuses a proposed statement.
#[utoipa::path(put, path = "/api/v1/voice/consultations/{id}/proposals/{proposal_id}", tag = "voice", request_body = ModerationRequest,
    responses((status = 204), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, proposal_id = %proposal_id))]
pub async fn moderate(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path((id, proposal_id)): Path<(Uuid, String)>,
    Json(request): Json<ModerationRequest>,
) -> Result<StatusCode, AppError> {
    if !state.store.moderate(allowed.caller.service_id, id, &proposal_id, request.approved).await? {
        return Err(ErrorCode::NotFound.into());
    }
    audit(
        &state,
        &allowed.caller,
        "voice.moderate",
        None,
        format!("consultation {id} statement {proposal_id} approved {}", request.approved),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Tags an answer with themes (replacing its tags).
#[utoipa::path(put, path = "/api/v1/voice/consultations/{id}/answers/{answer_id}/themes", tag = "voice", request_body = ThemesRequest,
    responses((status = 204), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, answer_id = %answer_id))]
pub async fn tag_answer(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path((id, answer_id)): Path<(Uuid, Uuid)>,
    Json(request): Json<ThemesRequest>,
) -> Result<StatusCode, AppError> {
    let mut themes = Vec::new();
    for theme in &request.themes {
        let theme = tandem_domain::text::clean_free_text(theme, 60)?;
        if !theme.is_empty() && !themes.contains(&theme) {
            themes.push(theme);
        }
    }
    if themes.len() > 10 {
        return Err(ErrorCode::OutOfRange.into());
    }
    if !state.store.tag_answer(allowed.caller.service_id, id, answer_id, &themes).await? {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// A voice note, to play.
#[utoipa::path(get, path = "/api/v1/voice/consultations/{id}/answers/{answer_id}/voice-note", tag = "voice",
    responses((status = 200, content_type = "audio/webm", body = Vec<u8>), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, answer_id = %answer_id))]
pub async fn voice_note(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path((id, answer_id)): Path<(Uuid, Uuid)>,
) -> Result<Response, AppError> {
    let (content_type, audio) = state.store.voice_note(allowed.caller.service_id, id, answer_id).await?.ok_or(ErrorCode::NotFound)?;
    audit(&state, &allowed.caller, "voice.listen", None, format!("consultation {id} answer {answer_id}")).await?;
    Ok(([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "private, no-store".to_owned())], audio).into_response())
}

/// What follows a saved response: the audit entry, and those who took part are told now.
async fn responded(state: &AppState, caller: &Caller, id: Uuid, saved: &WeDid) -> Result<(), AppError> {
    audit(state, caller, "voice.respond", None, format!("consultation {id} response {} {}", saved.id, saved.status.as_str())).await?;
    state.push.wake.notify_one();
    Ok(())
}

/// Publishes "you said, we did": what will change, by when, who decided, or why it cannot; once
/// per Idempotency-Key.
#[utoipa::path(post, path = "/api/v1/voice/consultations/{id}/responses", tag = "voice", request_body = WeDidRequest, params(Operation),
    responses((status = 201, body = WeDid), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, operation = %operation))]
pub async fn publish_response(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path(id): Path<Uuid>,
    Operation(operation): Operation,
    Json(request): Json<WeDidRequest>,
) -> Result<OperationAnswer, AppError> {
    request.check()?;
    let key = OperationKey::new(operation, WE_DID_KIND, &(allowed.caller.service_id, id, &request));
    let answer = state.store.publish_response(key, &allowed.caller, id, &request, state.clock.now()).await?;
    if !answer.replayed {
        let saved: WeDid = serde_json::from_value(answer.body.clone()).map_err(StorageError::from)?;
        responded(&state, &allowed.caller, id, &saved).await?;
    }
    Ok(answer)
}

/// Moves a response on (its status, or its words).
#[utoipa::path(put, path = "/api/v1/voice/consultations/{id}/responses/{response_id}", tag = "voice", request_body = WeDidRequest,
    responses((status = 200, body = WeDid), (status = 404, body = ApiErrorBody), (status = 422, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id, response_id = %response_id))]
pub async fn update_response(
    State(state): State<AppState>,
    allowed: Allowed<SurveyEditors>,
    Path((id, response_id)): Path<(Uuid, Uuid)>,
    Json(request): Json<WeDidRequest>,
) -> Result<Json<WeDid>, AppError> {
    request.check()?;
    let caller = &allowed.caller;
    let saved = state.store.update_response(caller, id, response_id, &request, state.clock.now()).await?.ok_or(ErrorCode::NotFound)?;
    responded(&state, caller, id, &saved).await?;
    Ok(Json(saved))
}
