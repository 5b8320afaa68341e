//! Survey work written once for both engines: each engine's `SurveyTx` supplies the SQL.

use tandem_domain::accounts::Role;
use tandem_domain::events::{Event, SurveyResponsePayload};
use tandem_domain::surveys::api::{Reach, ResponseReceipt, ResponseRequest, SurveyRequest, SurveySaved, SurveyStatus};
use tandem_domain::surveys::{check_response, Answers, Respondents};
use tandem_domain::ErrorCode;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{Respondent, StoredResponse, StoredSurvey, StoredVersion};
use crate::accounts::Caller;
use crate::outbox::NewEvent;
use crate::secret::{seal, Sealed, SealedTx, Sealer};
use crate::storage::tx::Tx;
use crate::storage::{from_millis, parse_stored_uuid, random_id, refused, to_millis, StorageError};

/// version, definition (JSON), published_at.
#[derive(sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    pub definition: String,
    pub published_at: Option<i64>,
}
/// id, version, person_id, name, answered_as, programme_id, answers, answered_on, answered_at.
#[derive(sqlx::FromRow)]
pub struct ResponseRow {
    pub id: String,
    pub version: i64,
    pub person_id: Option<String>,
    pub display_name: Option<String>,
    pub answered_as: String,
    pub programme_id: Option<String>,
    pub answers: String,
    pub answered_on: String,
    pub answered_at: Option<i64>,
}

/// One row of `survey_versions`.
pub(crate) struct NewVersion<'a> {
    pub survey_id: Uuid,
    pub version: i64,
    pub request: &'a SurveyRequest,
    pub saved_by: Uuid,
    pub now: i64,
}

/// One row of `survey_responses`. An anonymous one has no person, no time and a random id, and
/// waits sealed until counted (see `secret`).
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct NewResponse {
    pub id: Uuid,
    pub survey_id: Uuid,
    pub version: i64,
    pub person_id: Option<String>,
    pub answered_as: String,
    pub programme_id: Option<String>,
    pub answers: String,
    pub answered_on: String,
    pub answered_at: Option<i64>,
}

#[async_trait::async_trait]
pub(crate) trait SurveyTx: Tx + SealedTx {
    /// Makes other editors of this survey wait until this transaction ends (PostgreSQL; SQLite's
    /// one writer does so already), so a save or publish works on the latest version.
    async fn hold_survey(&mut self, id: Uuid) -> Result<(), StorageError>;
    async fn survey_in_service(&mut self, service_id: Uuid, id: Uuid) -> Result<bool, StorageError>;
    /// The service a survey belongs to (id as stored).
    async fn survey_service(&mut self, id: Uuid) -> Result<String, StorageError>;
    /// Every version, oldest first.
    async fn version_rows(&mut self, id: Uuid) -> Result<Vec<VersionRow>, StorageError>;
    async fn response_count(&mut self, id: Uuid) -> Result<i64, StorageError>;
    async fn insert_survey(&mut self, id: Uuid, caller: &Caller, now: i64) -> Result<(), StorageError>;
    async fn insert_version(&mut self, row: &NewVersion<'_>) -> Result<(), StorageError>;
    async fn delete_unpublished(&mut self, id: Uuid, version: i64) -> Result<(), StorageError>;
    async fn publish_version(&mut self, id: Uuid, version: i64, now: i64) -> Result<(), StorageError>;
    /// Whether the young person took part in a session of the programme.
    async fn in_programme(&mut self, young_person_id: &str, programme_id: Uuid) -> Result<bool, StorageError>;
    async fn in_caseload(&mut self, young_person_id: &str, worker_id: Uuid) -> Result<bool, StorageError>;
    /// The young person's latest session: when it opened and its programme.
    async fn latest_programme(&mut self, young_person_id: &str) -> Result<Option<(i64, String)>, StorageError>;
    /// Records that the person answered; false if they had (the primary key decides, so two
    /// connections cannot both answer).
    async fn first_answer(&mut self, id: Uuid, person_id: Uuid) -> Result<bool, StorageError>;
    async fn insert_response(&mut self, row: &NewResponse) -> Result<(), StorageError>;
    /// Published surveys of the service this person has not answered, oldest first.
    async fn unanswered_ids(&mut self, service_id: Uuid, person_id: Uuid) -> Result<Vec<String>, StorageError>;
}

fn version_number(raw: i64) -> Result<u32, StorageError> {
    u32::try_from(raw).map_err(|_| StorageError::internal(format!("stored survey version {raw}")))
}

fn stored_day(raw: &str) -> Result<Date, StorageError> {
    tandem_domain::plans::parse_date(raw).map_err(|_| StorageError::internal(format!("stored day {raw}")))
}

pub(crate) fn stored_response(
    ResponseRow { id, version, person_id, display_name: name, answered_as, programme_id, answers, answered_on, answered_at }: ResponseRow,
) -> Result<StoredResponse, StorageError> {
    Ok(StoredResponse {
        id: parse_stored_uuid(&id)?,
        version: version_number(version)?,
        person: match person_id {
            Some(person) => Some((parse_stored_uuid(&person)?, name.unwrap_or_default())),
            None => None,
        },
        answered_as,
        programme_id: programme_id.as_deref().map(parse_stored_uuid).transpose()?,
        answers: serde_json::from_str(&answers)?,
        answered_on: stored_day(&answered_on)?,
        answered_at: answered_at.map(from_millis).transpose()?,
    })
}

/// A survey of `service_id` with every version, or none.
pub(crate) async fn load<C: SurveyTx + ?Sized>(conn: &mut C, service_id: Uuid, id: Uuid) -> Result<Option<StoredSurvey>, StorageError> {
    if !conn.survey_in_service(service_id, id).await? {
        return Ok(None);
    }
    let mut versions = Vec::new();
    for VersionRow { version, definition, published_at } in conn.version_rows(id).await? {
        versions.push(StoredVersion {
            version: version_number(version)?,
            request: serde_json::from_str(&definition)?,
            published: published_at.is_some(),
        });
    }
    let responses = conn.response_count(id).await?;
    Ok(Some(StoredSurvey { id, versions, responses: u32::try_from(responses).unwrap_or(u32::MAX) }))
}

fn new_version<'a>(id: Uuid, version: u32, request: &'a SurveyRequest, caller: &Caller, now: OffsetDateTime) -> NewVersion<'a> {
    NewVersion { survey_id: id, version: i64::from(version), request, saved_by: caller.person_id, now: to_millis(now) }
}

pub(crate) async fn create<C: SurveyTx + ?Sized>(
    conn: &mut C,
    caller: &Caller,
    request: &SurveyRequest,
    now: OffsetDateTime,
) -> Result<SurveySaved, StorageError> {
    let id = Uuid::now_v7();
    conn.insert_survey(id, caller, to_millis(now)).await?;
    conn.insert_version(&new_version(id, 1, request, caller, now)).await?;
    Ok(SurveySaved { id, version: 1, published: false })
}

pub(crate) async fn save<C: SurveyTx + ?Sized>(
    conn: &mut C,
    caller: &Caller,
    id: Uuid,
    request: &SurveyRequest,
    now: OffsetDateTime,
) -> Result<Option<SurveySaved>, StorageError> {
    conn.hold_survey(id).await?;
    let Some(survey) = load(conn, caller.service_id, id).await? else { return Ok(None) };
    let latest = survey.latest().ok_or_else(|| StorageError::internal(format!("survey {id} has no version")))?;
    let version = if latest.published {
        let next = latest.version.saturating_add(1);
        conn.insert_version(&new_version(id, next, request, caller, now)).await?;
        next
    } else {
        // Nothing answers an unpublished version: it is replaced as it stands.
        conn.delete_unpublished(id, i64::from(latest.version)).await?;
        conn.insert_version(&new_version(id, latest.version, request, caller, now)).await?;
        latest.version
    };
    Ok(Some(SurveySaved { id, version, published: false }))
}

pub(crate) async fn publish<C: SurveyTx + ?Sized>(
    conn: &mut C,
    service_id: Uuid,
    id: Uuid,
    now: OffsetDateTime,
) -> Result<Option<SurveySaved>, StorageError> {
    conn.hold_survey(id).await?;
    let Some(survey) = load(conn, service_id, id).await? else { return Ok(None) };
    let latest = survey.latest().ok_or_else(|| StorageError::internal(format!("survey {id} has no version")))?;
    conn.publish_version(id, i64::from(latest.version), to_millis(now)).await?;
    Ok(Some(SurveySaved { id, version: latest.version, published: true }))
}

/// The young people through whom a person is asked: themselves, or those they care for.
async fn through_whom<C: SurveyTx + ?Sized>(conn: &mut C, respondent: Respondent) -> Result<Vec<String>, StorageError> {
    Ok(match respondent.role {
        Role::YoungPerson => vec![respondent.person_id.to_string()],
        _ => conn.young_people_of_carer(respondent.person_id).await?,
    })
}

/// Whether `young_person_id` is within `reach`.
pub(crate) async fn within<C: SurveyTx + ?Sized>(conn: &mut C, reach: Reach, young_person_id: &str) -> Result<bool, StorageError> {
    match reach {
        Reach::Service => Ok(true),
        Reach::Programme { programme_id } => conn.in_programme(young_person_id, programme_id).await,
        Reach::Caseload { worker_id } => conn.in_caseload(young_person_id, worker_id).await,
    }
}

/// Whether a survey version asks this person; `through` are the young people they answer
/// through (from `through_whom`, read once by the caller).
async fn asks<C: SurveyTx + ?Sized>(
    conn: &mut C,
    request: &SurveyRequest,
    respondent: Respondent,
    through: &[String],
) -> Result<bool, StorageError> {
    let role_asked = match request.survey.respondents {
        Respondents::YoungPeople => respondent.role == Role::YoungPerson,
        Respondents::Carers => respondent.role == Role::Carer,
        Respondents::Both => matches!(respondent.role, Role::YoungPerson | Role::Carer),
    };
    if !role_asked {
        return Ok(false);
    }
    if request.reach == Reach::Service {
        return Ok(true);
    }
    for young_person in through {
        if within(conn, request.reach, young_person).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The programme a response is counted under: the survey's own, or the one the young person
/// (or the carer's young person) most recently took part in.
async fn programme_of<C: SurveyTx + ?Sized>(conn: &mut C, reach: Reach, through: &[String]) -> Result<Option<String>, StorageError> {
    if let Reach::Programme { programme_id } = reach {
        return Ok(Some(programme_id.to_string()));
    }
    let mut latest: Option<(i64, String)> = None;
    for young_person in through {
        if let Some(found) = conn.latest_programme(young_person).await? {
            if latest.as_ref().is_none_or(|(at, _)| found.0 > *at) {
                latest = Some(found);
            }
        }
    }
    Ok(latest.map(|(_, programme)| programme))
}

/// Published surveys of the service this person is asked and has not answered.
pub(crate) async fn to_answer<C: SurveyTx + ?Sized>(conn: &mut C, respondent: Respondent) -> Result<Vec<StoredSurvey>, StorageError> {
    let ids = conn.unanswered_ids(respondent.service_id, respondent.person_id).await?;
    let through = through_whom(conn, respondent).await?;
    let mut surveys = Vec::new();
    for id in ids {
        let Some(survey) = load(conn, respondent.service_id, parse_stored_uuid(&id)?).await? else { continue };
        let asked = match survey.published() {
            Some(published) => asks(conn, &published.request, respondent, &through).await?,
            None => false,
        };
        if asked {
            surveys.push(survey);
        }
    }
    Ok(surveys)
}

/// Stores a response, checking everything inside the transaction. An anonymous one is sealed
/// until counted, with its event.
pub(crate) async fn answer<C: SurveyTx + ?Sized>(
    conn: &mut C,
    sealer: &Sealer,
    respondent: Respondent,
    id: Uuid,
    request: ResponseRequest,
    today: Date,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    let survey = load(conn, respondent.service_id, id).await?.ok_or(refused(ErrorCode::NotFound))?;
    let published = survey.published().ok_or(refused(ErrorCode::NotFound))?.clone();
    let through = through_whom(conn, respondent).await?;
    if !asks(conn, &published.request, respondent, &through).await? {
        return Err(refused(ErrorCode::NotFound));
    }
    // The dates of the latest published version decide, whichever version was answered.
    if survey.status(today) != SurveyStatus::Open {
        return Err(refused(ErrorCode::SurveyNotOpen));
    }
    let answered = survey.version(request.version).filter(|version| version.published).ok_or(refused(ErrorCode::AnswerNotInSurvey))?;
    let checked = answered.request.survey.parse().map_err(|_| refused(ErrorCode::AnswerNotInSurvey))?;
    let answers: Answers = check_response(&checked, &request.answers).map_err(refused)?;
    if !conn.first_answer(id, respondent.person_id).await? {
        return Err(refused(ErrorCode::AlreadyAnswered));
    }
    let anonymous = answered.request.survey.anonymous;
    let programme = programme_of(conn, published.request.reach, &through).await?;
    let answered_as = if respondent.role == Role::YoungPerson { "young_person" } else { "carer" };
    let row = NewResponse {
        id: if anonymous { random_id() } else { Uuid::now_v7() },
        survey_id: id,
        version: i64::from(answered.version),
        person_id: (!anonymous).then(|| respondent.person_id.to_string()),
        answered_as: answered_as.to_owned(),
        programme_id: programme,
        answers: serde_json::to_string(&answers)?,
        answered_on: today.to_string(),
        answered_at: (!anonymous).then(|| to_millis(now)),
    };
    // A named response carries the words the person read; an anonymous one the survey's own,
    // since the language someone reads would narrow down who they are.
    let draft = &if anonymous {
        answered.request.survey.clone()
    } else {
        super::translated::in_language(&answered.request.survey, respondent.language)
    };
    let person = if anonymous { None } else { Some(conn.name_of(respondent.person_id).await?) };
    let payload = SurveyResponsePayload {
        survey_id: id,
        // An anonymous one's event and row share nothing, so neither leads to the other.
        response_id: (!anonymous).then_some(row.id),
        version: answered.version,
        title: draft.title.clone(),
        questionnaire: super::fhir::questionnaire_url(id, answered.version),
        answered_as: answered_as.to_owned(),
        anonymous,
        item: super::fhir::items(id, draft, &answers),
        person,
    };
    if anonymous {
        seal(conn, sealer, today, &Sealed::SurveyResponse { response: row, event: payload }).await?;
    } else {
        conn.insert_response(&row).await?;
        let event = NewEvent {
            event: Event::SurveyResponse(payload),
            service_id: respondent.service_id,
            // Into a young person's record only when they answered a named survey.
            young_person_id: (respondent.role == Role::YoungPerson).then_some(respondent.person_id),
            occurred_at: now,
        };
        conn.append(&event).await?;
    }
    Ok((201, serde_json::to_value(ResponseReceipt { survey_id: id, version: answered.version })?))
}
