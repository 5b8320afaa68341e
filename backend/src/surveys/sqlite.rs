use serde_json::json;
use sqlx::SqliteConnection;
use tandem_domain::accounts::Role;
use tandem_domain::surveys::api::{Reach, ResponseReceipt, ResponseRequest, SurveyRequest, SurveySaved, SurveyStatus};
use tandem_domain::surveys::{check_response, Answers, Respondents};
use tandem_domain::ErrorCode;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{Respondent, StoredResponse, StoredSurvey, StoredVersion, SurveyStore};
use crate::accounts::sqlite::name_of;
use crate::accounts::Caller;
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::outbox::sqlite::append;
use crate::outbox::NewEvent;
use crate::storage::{from_millis, parse_stored_uuid, random_id, refused, to_millis, SqliteStore, StorageError};

fn version_number(raw: i64) -> Result<u32, StorageError> {
    u32::try_from(raw).map_err(|_| StorageError::Internal(format!("stored survey version {raw}")))
}

fn stored_day(raw: &str) -> Result<Date, StorageError> {
    tandem_domain::plans::parse_date(raw).map_err(|_| StorageError::Internal(format!("stored day {raw}")))
}

/// A survey of `service_id` with every version, or none.
async fn load(conn: &mut SqliteConnection, service_id: Uuid, id: Uuid) -> Result<Option<StoredSurvey>, StorageError> {
    let found: Option<String> = sqlx::query_scalar("SELECT id FROM surveys WHERE id = ? AND service_id = ?")
        .bind(id.to_string())
        .bind(service_id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if found.is_none() {
        return Ok(None);
    }
    let rows: Vec<(i64, String, Option<i64>)> =
        sqlx::query_as("SELECT version, definition, published_at FROM survey_versions WHERE survey_id = ? ORDER BY version")
            .bind(id.to_string())
            .fetch_all(&mut *conn)
            .await?;
    let mut versions = Vec::with_capacity(rows.len());
    for (version, definition, published_at) in rows {
        versions.push(StoredVersion { version: version_number(version)?, request: serde_json::from_str(&definition)?, published: published_at.is_some() });
    }
    let responses: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE survey_id = ?")
        .bind(id.to_string())
        .fetch_one(&mut *conn)
        .await?;
    Ok(Some(StoredSurvey { id, versions, responses: u32::try_from(responses).unwrap_or(u32::MAX) }))
}

async fn insert_version(conn: &mut SqliteConnection, id: Uuid, version: u32, request: &SurveyRequest, caller: &Caller, now: OffsetDateTime) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO survey_versions (survey_id, version, definition, title, anonymous, opens_on, closes_on, saved_by, saved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id.to_string())
    .bind(i64::from(version))
    .bind(serde_json::to_string(request)?)
    .bind(&request.survey.title)
    .bind(i64::from(request.survey.anonymous))
    .bind(request.opens_on.trim())
    .bind(request.closes_on.trim())
    .bind(caller.person_id.to_string())
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// The young people through whom a person is asked: themselves, or those they care for.
async fn through_whom(conn: &mut SqliteConnection, respondent: Respondent) -> Result<Vec<String>, StorageError> {
    Ok(match respondent.role {
        Role::YoungPerson => vec![respondent.person_id.to_string()],
        _ => crate::accounts::sqlite::young_people_ids_of_carer(conn, respondent.person_id).await?,
    })
}

/// Whether `young_person_id` is within `reach`.
pub(crate) async fn within(conn: &mut SqliteConnection, reach: Reach, young_person_id: &str) -> Result<bool, StorageError> {
    let found: Option<i64> = match reach {
        Reach::Service => return Ok(true),
        Reach::Programme { programme_id } => {
            sqlx::query_scalar(
                "SELECT 1 FROM session_participants p JOIN scaling_sessions s ON s.id = p.session_id
                 WHERE p.young_person_id = ? AND s.programme_id = ? LIMIT 1",
            )
            .bind(young_person_id)
            .bind(programme_id.to_string())
            .fetch_optional(conn)
            .await?
        }
        Reach::Caseload { worker_id } => {
            sqlx::query_scalar("SELECT 1 FROM allocations WHERE young_person_id = ? AND worker_id = ?")
                .bind(young_person_id)
                .bind(worker_id.to_string())
                .fetch_optional(conn)
                .await?
        }
    };
    Ok(found.is_some())
}

/// Whether a survey version asks this person; `through` are the young people they answer
/// through (from `through_whom`, read once by the caller).
async fn asks(conn: &mut SqliteConnection, request: &SurveyRequest, respondent: Respondent, through: &[String]) -> Result<bool, StorageError> {
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
async fn programme_of(conn: &mut SqliteConnection, reach: Reach, through: &[String]) -> Result<Option<String>, StorageError> {
    if let Reach::Programme { programme_id } = reach {
        return Ok(Some(programme_id.to_string()));
    }
    let mut latest: Option<(i64, String)> = None;
    for young_person in through {
        let found: Option<(i64, String)> = sqlx::query_as(
            "SELECT s.opened_at, s.programme_id FROM session_participants p JOIN scaling_sessions s ON s.id = p.session_id
             WHERE p.young_person_id = ? ORDER BY s.opened_at DESC LIMIT 1",
        )
        .bind(young_person)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(found) = found {
            if latest.as_ref().is_none_or(|(at, _)| found.0 > *at) {
                latest = Some(found);
            }
        }
    }
    Ok(latest.map(|(_, programme)| programme))
}

impl SqliteStore {
    async fn answer_survey(conn: &mut SqliteConnection, respondent: Respondent, id: Uuid, request: ResponseRequest, today: Date, now: OffsetDateTime) -> Result<(u16, serde_json::Value), StorageError> {
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
        let first = sqlx::query("INSERT INTO survey_participants (survey_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .bind(id.to_string())
            .bind(respondent.person_id.to_string())
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1;
        if !first {
            return Err(refused(ErrorCode::AlreadyAnswered));
        }
        let anonymous = answered.request.survey.anonymous;
        let response_id = if anonymous { random_id() } else { Uuid::now_v7() };
        let programme = programme_of(conn, published.request.reach, &through).await?;
        let answered_as = if respondent.role == Role::YoungPerson { "young_person" } else { "carer" };
        sqlx::query(
            "INSERT INTO survey_responses (id, survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(response_id.to_string())
        .bind(id.to_string())
        .bind(i64::from(answered.version))
        .bind((!anonymous).then(|| respondent.person_id.to_string()))
        .bind(answered_as)
        .bind(programme)
        .bind(serde_json::to_string(&answers)?)
        .bind(today.to_string())
        .bind((!anonymous).then(|| to_millis(now)))
        .execute(&mut *conn)
        .await?;
        let draft = &answered.request.survey;
        let mut payload = json!({
            "survey_id": id,
            "version": answered.version,
            "title": draft.title,
            "questionnaire": super::fhir::questionnaire_url(id, answered.version),
            "answered_as": answered_as,
            "anonymous": anonymous,
            "item": super::fhir::items(id, draft, &answers),
        });
        if !anonymous {
            payload["person"] = json!(name_of(conn, respondent.person_id).await?);
        }
        let event = NewEvent {
            kind: "survey.response".into(),
            // Into a young person's record only when they answered a named survey.
            young_person_id: (!anonymous && respondent.role == Role::YoungPerson).then_some(respondent.person_id),
            payload,
            // An anonymous response's event says only the day, like the response.
            occurred_at: if anonymous { now.replace_time(time::Time::MIDNIGHT) } else { now },
        };
        append(conn, &event).await?;
        Ok((201, serde_json::to_value(ResponseReceipt { survey_id: id, version: answered.version })?))
    }
}

#[async_trait::async_trait]
impl SurveyStore for SqliteStore {
    async fn create_survey(&self, caller: &Caller, request: &SurveyRequest, now: OffsetDateTime) -> Result<SurveySaved, StorageError> {
        let id = Uuid::now_v7();
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO surveys (id, service_id, created_by, created_at) VALUES (?, ?, ?, ?)")
            .bind(id.to_string())
            .bind(caller.service_id.to_string())
            .bind(caller.person_id.to_string())
            .bind(to_millis(now))
            .execute(&mut *tx)
            .await?;
        insert_version(&mut tx, id, 1, request, caller, now).await?;
        tx.commit().await?;
        Ok(SurveySaved { id, version: 1, published: false })
    }

    async fn save_survey(&self, caller: &Caller, id: Uuid, request: &SurveyRequest, now: OffsetDateTime) -> Result<Option<SurveySaved>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let Some(survey) = load(&mut tx, caller.service_id, id).await? else { return Ok(None) };
        let latest = survey.latest().ok_or_else(|| StorageError::Internal(format!("survey {id} has no version")))?;
        let version = if latest.published {
            let next = latest.version.saturating_add(1);
            insert_version(&mut tx, id, next, request, caller, now).await?;
            next
        } else {
            // Nothing answers an unpublished version: it is replaced as it stands.
            sqlx::query("DELETE FROM survey_versions WHERE survey_id = ? AND version = ? AND published_at IS NULL")
                .bind(id.to_string())
                .bind(i64::from(latest.version))
                .execute(&mut *tx)
                .await?;
            insert_version(&mut tx, id, latest.version, request, caller, now).await?;
            latest.version
        };
        tx.commit().await?;
        Ok(Some(SurveySaved { id, version, published: false }))
    }

    async fn publish_survey(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<Option<SurveySaved>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let Some(survey) = load(&mut tx, service_id, id).await? else { return Ok(None) };
        let latest = survey.latest().ok_or_else(|| StorageError::Internal(format!("survey {id} has no version")))?;
        sqlx::query("UPDATE survey_versions SET published_at = ? WHERE survey_id = ? AND version = ? AND published_at IS NULL")
            .bind(to_millis(now))
            .bind(id.to_string())
            .bind(i64::from(latest.version))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(SurveySaved { id, version: latest.version, published: true }))
    }

    async fn surveys_of_service(&self, service_id: Uuid) -> Result<Vec<StoredSurvey>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM surveys WHERE service_id = ? ORDER BY created_at DESC")
            .bind(service_id.to_string())
            .fetch_all(&mut *conn)
            .await?;
        let mut surveys = Vec::with_capacity(ids.len());
        for id in ids {
            surveys.extend(load(&mut conn, service_id, parse_stored_uuid(&id)?).await?);
        }
        Ok(surveys)
    }

    async fn survey(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredSurvey>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        load(&mut conn, service_id, id).await
    }

    async fn surveys_to_answer(&self, respondent: Respondent) -> Result<Vec<StoredSurvey>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT s.id FROM surveys s
             WHERE s.service_id = ?
               AND EXISTS (SELECT 1 FROM survey_versions v WHERE v.survey_id = s.id AND v.published_at IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.person_id = ?)
             ORDER BY s.created_at",
        )
        .bind(respondent.service_id.to_string())
        .bind(respondent.person_id.to_string())
        .fetch_all(&mut *conn)
        .await?;
        let through = through_whom(&mut conn, respondent).await?;
        let mut surveys = Vec::new();
        for id in ids {
            let Some(survey) = load(&mut conn, respondent.service_id, parse_stored_uuid(&id)?).await? else { continue };
            let asked = match survey.published() {
                Some(published) => asks(&mut conn, &published.request, respondent, &through).await?,
                None => false,
            };
            if asked {
                surveys.push(survey);
            }
        }
        Ok(surveys)
    }

    async fn respond(&self, operation: OperationKey<'_>, respondent: Respondent, id: Uuid, request: ResponseRequest, today: Date, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(&self.writer, operation, now, Box::new(move |conn| Box::pin(SqliteStore::answer_survey(conn, respondent, id, request, today, now)))).await
    }

    async fn survey_responses(&self, id: Uuid) -> Result<Vec<StoredResponse>, StorageError> {
        type Row = (String, i64, Option<String>, Option<String>, String, Option<String>, String, String, Option<i64>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT r.id, r.version, r.person_id, p.display_name, r.answered_as, r.programme_id, r.answers, r.answered_on, r.answered_at
             FROM survey_responses r LEFT JOIN people p ON p.id = r.person_id
             WHERE r.survey_id = ? ORDER BY r.answered_on, r.answered_at, r.id",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, version, person_id, name, answered_as, programme_id, answers, answered_on, answered_at)| {
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
            })
            .collect()
    }
}
