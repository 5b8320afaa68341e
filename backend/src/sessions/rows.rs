//! What both engines read from and write to the session tables: row shapes, their readers and
//! the events they write. Each engine's store only runs the queries.

use std::collections::HashMap;

use tandem_domain::events::{Event, MeasureScores, ScoresPayload};
use tandem_domain::sessions::{Measure, Moment, Phase, Programme, SessionKind, Topic};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{ParticipantFacts, PersonFacts, SessionRecord};
use crate::outbox::NewEvent;
use crate::storage::{from_millis, parse_stored_uuid, StorageError};

pub(crate) const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

pub(crate) fn stored<T>(value: Option<T>, what: &str) -> Result<T, StorageError> {
    value.ok_or_else(|| StorageError::internal(format!("stored {what} not recognised")))
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub code: String,
    pub kind: String,
    pub service_id: String,
    pub programme_id: String,
    pub programme_name: String,
    pub position: Option<i64>,
    pub title: Option<String>,
    pub question: Option<String>,
    pub cohort: String,
    pub anonymous_allowed: i64,
    pub phase: String,
    pub opened_at: i64,
    pub closed_at: Option<i64>,
    pub end_opened_at: Option<i64>,
}

pub(crate) const SESSION_COLUMNS: &str =
    "s.id, s.code, s.kind, s.service_id, s.programme_id, p.name AS programme_name, t.position, t.title, t.question, s.cohort,
     s.anonymous_allowed, s.phase, s.opened_at, s.closed_at, s.end_opened_at
     FROM scaling_sessions s JOIN programmes p ON p.id = s.programme_id
     LEFT JOIN programme_topics t ON t.id = s.topic_id";

pub(crate) fn session_record(row: SessionRow) -> Result<SessionRecord, StorageError> {
    let SessionRow {
        id,
        code,
        kind,
        service_id,
        programme_id,
        programme_name,
        position,
        title,
        question,
        cohort,
        anonymous_allowed: anonymous,
        phase,
        opened_at,
        closed_at,
        end_opened_at,
    } = row;
    Ok(SessionRecord {
        id: parse_stored_uuid(&id)?,
        code,
        kind: stored(SessionKind::parse(&kind), "session kind")?,
        service_id: parse_stored_uuid(&service_id)?,
        programme_id: parse_stored_uuid(&programme_id)?,
        programme_name,
        topic_position: position.and_then(|p| u32::try_from(p).ok()),
        topic_title: title,
        question,
        cohort,
        anonymous_allowed: anonymous != 0,
        phase: stored(Phase::parse(&phase), "phase")?,
        opened_at: from_millis(opened_at)?,
        closed_at: closed_at.map(from_millis).transpose()?,
        end_opened_at: end_opened_at.map(from_millis).transpose()?,
    })
}

#[derive(sqlx::FromRow)]
pub struct ParticipantRowData {
    pub id: String,
    pub young_person_id: Option<String>,
    pub display_name: Option<String>,
    pub birth_date: Option<String>,
    pub sex: Option<String>,
    pub ethnicity: Option<String>,
    pub joined_at: i64,
}

pub(crate) fn score_triple((measure, moment, score): (String, String, i64)) -> Result<(Measure, Moment, u8), StorageError> {
    Ok((
        stored(Measure::parse(&measure), "measure")?,
        stored(Moment::parse(&moment), "moment")?,
        stored(u8::try_from(score).ok(), "score")?,
    ))
}

/// `programme_id, id, position, title, question, easy_read_question` of a topic.
#[derive(sqlx::FromRow)]
pub struct TopicRow {
    pub programme_id: String,
    pub id: String,
    pub position: i64,
    pub title: String,
    pub question: String,
    pub easy_read_question: String,
}

/// Programmes (`id, name, description`) with their topics, in the order given.
pub(crate) fn programmes_of(programmes: Vec<(String, String, String)>, topics: Vec<TopicRow>) -> Result<Vec<Programme>, StorageError> {
    let mut by_programme: HashMap<String, Vec<Topic>> = HashMap::new();
    for TopicRow { programme_id, id, position, title, question, easy_read_question } in topics {
        by_programme.entry(programme_id).or_default().push(Topic {
            id: parse_stored_uuid(&id)?,
            position: stored(u32::try_from(position).ok(), "topic position")?,
            title,
            question,
            easy_read_question,
        });
    }
    programmes
        .into_iter()
        .map(|(id, name, description)| {
            Ok(Programme { topics: by_programme.remove(&id).unwrap_or_default(), id: parse_stored_uuid(&id)?, name, description })
        })
        .collect()
}

/// `participant_id, measure, moment, score` of a score.
#[derive(sqlx::FromRow)]
pub struct ScoreRow {
    pub participant_id: String,
    pub measure: String,
    pub moment: String,
    pub score: i64,
}

/// A session's participants with their scores.
pub(crate) fn participants_of(people: Vec<ParticipantRowData>, scores: Vec<ScoreRow>) -> Result<Vec<ParticipantFacts>, StorageError> {
    let mut scores_of: HashMap<String, Vec<(Measure, Moment, u8)>> = HashMap::new();
    for ScoreRow { participant_id: participant, measure, moment, score } in scores {
        scores_of.entry(participant).or_default().push(score_triple((measure, moment, score))?);
    }
    people
        .into_iter()
        .map(|ParticipantRowData { id, young_person_id: person_id, display_name: name, birth_date: birth, sex, ethnicity, joined_at }| {
            let young_person = match person_id {
                Some(person) => Some(PersonFacts {
                    id: parse_stored_uuid(&person)?,
                    name: name.unwrap_or_default(),
                    birth_date: birth.and_then(|b| Date::parse(&b, DATE_FORMAT).ok()),
                    sex,
                    ethnicity,
                }),
                None => None,
            };
            Ok(ParticipantFacts { young_person, joined_at: from_millis(joined_at)?, scores: scores_of.remove(&id).unwrap_or_default() })
        })
        .collect()
}

/// The event a young person's scores in one session write for the case record.
/// `updated` when the scores changed after the session closed.
pub(crate) fn scores_event(
    updated: bool,
    record: &SessionRecord,
    young_person_id: Uuid,
    scores: &[(Measure, Moment, u8)],
    now: OffsetDateTime,
) -> NewEvent {
    let measures = record
        .kind
        .measures()
        .iter()
        .map(|measure| {
            let find = |moment| scores.iter().find(|(m, at, _)| m == measure && *at == moment).map(|(_, _, s)| *s);
            MeasureScores { measure: *measure, question: measure.english().to_owned(), start: find(Moment::Start), end: find(Moment::End) }
        })
        .collect();
    let payload = ScoresPayload {
        session_id: record.id,
        session_kind: record.kind,
        programme: record.programme_name.clone(),
        topic: record.topic_title.clone(),
        cohort: record.cohort.clone(),
        opened_at: record.opened_at.unix_timestamp(),
        scores: measures,
    };
    let event = if updated { Event::SessionScoresUpdated(payload) } else { Event::SessionScores(payload) };
    NewEvent { event, service_id: record.service_id, young_person_id: Some(young_person_id), occurred_at: now }
}
