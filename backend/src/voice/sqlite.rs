use serde_json::json;
use sqlx::SqliteConnection;
use tandem_domain::accounts::Role;
use tandem_domain::appointments::{to_london, ReminderKind};
use tandem_domain::surveys::api::Reach;
use tandem_domain::voice::api::{AnswerItem, CabinetMember, ConsultationSaved, ContributionReceipt, Done, Proposal, WeDid, WeDidRequest};
use tandem_domain::voice::{check_answer, check_ballot, check_proposal, contribution_counts, About, Activity, ConsultationRequest, Invited, ResponseStatus, Vote};
use tandem_domain::ErrorCode;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{Contribution, StoredConsultation, Tallies, VoiceStore};
use crate::accounts::Caller;
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::outbox::sqlite::append;
use crate::outbox::NewEvent;
use crate::storage::{from_millis, parse_stored_uuid, random_id, refused, stored_count, to_millis, SqliteStore, StorageError};
use crate::surveys::Respondent;

type ConsultationRow = (String, String, Option<i64>, i64, i64, i64);
const CONSULTATION_COLUMNS: &str = "id, definition, published_at, news, participants, responses";

async fn load(conn: &mut SqliteConnection, service_id: Uuid, id: Uuid) -> Result<Option<StoredConsultation>, StorageError> {
    let row: Option<ConsultationRow> = sqlx::query_as(&format!("SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE id = ? AND service_id = ?"))
        .bind(id.to_string())
        .bind(service_id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => Ok(Some(hydrate(conn, row).await?)),
        None => Ok(None),
    }
}

async fn hydrate(conn: &mut SqliteConnection, (id, definition, published_at, news, participants, responses): ConsultationRow) -> Result<StoredConsultation, StorageError> {
    let rows: Vec<(String, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, activity_id, text, approved FROM consultation_proposals WHERE consultation_id = ? ORDER BY proposed_on, rowid")
            .bind(&id)
            .fetch_all(&mut *conn)
            .await?;
    Ok(StoredConsultation {
        id: parse_stored_uuid(&id)?,
        request: serde_json::from_str(&definition)?,
        published_at: published_at.map(from_millis).transpose()?,
        participants: stored_count(participants),
        responses: stored_count(responses),
        news: stored_count(news),
        proposals: rows.into_iter().map(|(id, activity_id, text, approved)| Proposal { id, activity_id, text, approved: approved.map(|approved| approved == 1) }).collect(),
    })
}

async fn is_cabinet_member(conn: &mut SqliteConnection, service_id: Uuid, person_id: Uuid) -> Result<bool, StorageError> {
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM cabinet_members WHERE service_id = ? AND young_person_id = ?")
        .bind(service_id.to_string())
        .bind(person_id.to_string())
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// Whether a consultation invites this person.
async fn invites(conn: &mut SqliteConnection, request: &ConsultationRequest, respondent: Respondent) -> Result<bool, StorageError> {
    Ok(match (request.invited, respondent.role) {
        (Invited::Carers, Role::Carer) | (Invited::YoungPeople, Role::YoungPerson) => true,
        (Invited::Cabinet, Role::YoungPerson) => is_cabinet_member(conn, respondent.service_id, respondent.person_id).await?,
        (Invited::Programme { programme_id }, Role::YoungPerson) => {
            crate::surveys::sqlite::within(conn, Reach::Programme { programme_id }, &respondent.person_id.to_string()).await?
        }
        _ => false,
    })
}

/// Records that `person` has done `item` (a ballot, statement or question); false if they had.
async fn first_time(conn: &mut SqliteConnection, id: Uuid, item: &str, person: Uuid) -> Result<bool, StorageError> {
    let inserted = sqlx::query("INSERT INTO consultation_voters (consultation_id, item_id, person_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .bind(id.to_string())
        .bind(item)
        .bind(person.to_string())
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(inserted == 1)
}

/// What a named contribution tells the person's record. Ballots and statement votes say only
/// that the person took part, never what they chose.
fn contribution_event(stored: &StoredConsultation, respondent: Respondent, activity: &str, contribution: &str, text: &str, now: OffsetDateTime) -> NewEvent {
    NewEvent {
        kind: super::CONTRIBUTION_EVENT.into(),
        young_person_id: (respondent.role == Role::YoungPerson).then_some(respondent.person_id),
        payload: json!({
            "consultation_id": stored.id,
            "title": stored.request.title,
            "activity": activity,
            "contribution": contribution,
            "text": text,
        }),
        occurred_at: now,
    }
}

fn activity_wording(activity: &Activity) -> &str {
    match activity {
        Activity::Ballot { question, .. } | Activity::Question { question, .. } => question,
        Activity::Statements { prompt, .. } => prompt,
    }
}

impl SqliteStore {
    async fn take_part(conn: &mut SqliteConnection, respondent: Respondent, id: Uuid, contribution: Contribution, given_at: OffsetDateTime, now: OffsetDateTime) -> Result<(u16, serde_json::Value), StorageError> {
        let stored = load(conn, respondent.service_id, id).await?.ok_or(refused(ErrorCode::NotFound))?;
        let published_at = stored.published_at.ok_or(refused(ErrorCode::NotFound))?;
        if !invites(conn, &stored.request, respondent).await? {
            return Err(refused(ErrorCode::NotFound));
        }
        let consultation = stored.request.parse().map_err(|code| StorageError::Internal(format!("stored consultation: {code}")))?;
        contribution_counts(&consultation, published_at, given_at, now).map_err(refused)?;
        let given_on = to_london(given_at).date().to_string();
        let named = !stored.request.anonymous;
        let activity_of = |activity_id: &str| consultation.activity(activity_id).cloned().ok_or(refused(ErrorCode::AnswerNotInSurvey));
        let (receipt_id, event) = match contribution {
            Contribution::Ballot { activity_id, ranking } => {
                let activity = activity_of(&activity_id)?;
                let ranking = check_ballot(&activity, &ranking).map_err(refused)?;
                if !first_time(conn, id, &activity_id, respondent.person_id).await? {
                    return Err(refused(ErrorCode::AlreadyVoted));
                }
                sqlx::query("INSERT INTO consultation_ballots (id, consultation_id, activity_id, ranking, given_on) VALUES (?, ?, ?, ?, ?)")
                    .bind(random_id().to_string())
                    .bind(id.to_string())
                    .bind(&activity_id)
                    .bind(serde_json::to_string(&ranking)?)
                    .bind(&given_on)
                    .execute(&mut *conn)
                    .await?;
                let event = named.then(|| contribution_event(&stored, respondent, activity_wording(&activity), "ballot", "", now));
                (activity_id, event)
            }
            Contribution::Vote { statement_id, vote } => {
                if !stored.open_for_votes(&statement_id) {
                    let waiting = stored.proposals.iter().any(|proposal| proposal.id == statement_id);
                    return Err(refused(if waiting { ErrorCode::StatementNotApproved } else { ErrorCode::AnswerNotInSurvey }));
                }
                if !first_time(conn, id, &statement_id, respondent.person_id).await? {
                    return Err(refused(ErrorCode::AlreadyVoted));
                }
                sqlx::query("INSERT INTO consultation_votes (id, consultation_id, statement_id, vote, given_on) VALUES (?, ?, ?, ?, ?)")
                    .bind(random_id().to_string())
                    .bind(id.to_string())
                    .bind(&statement_id)
                    .bind(vote.as_str())
                    .bind(&given_on)
                    .execute(&mut *conn)
                    .await?;
                (statement_id, None)
            }
            Contribution::Proposal { activity_id, text } => {
                let activity = activity_of(&activity_id)?;
                let text = check_proposal(&activity, &text).map_err(refused)?;
                let proposal_id = format!("p-{}", &random_id().simple().to_string()[..10]);
                sqlx::query(
                    "INSERT INTO consultation_proposals (consultation_id, id, activity_id, text, proposed_by, proposed_on) VALUES (?, ?, ?, ?, ?, ?)",
                )
                .bind(id.to_string())
                .bind(&proposal_id)
                .bind(&activity_id)
                .bind(&text)
                .bind(named.then(|| respondent.person_id.to_string()))
                .bind(&given_on)
                .execute(&mut *conn)
                .await?;
                let event = named.then(|| contribution_event(&stored, respondent, activity_wording(&activity), "proposal", &text, now));
                (proposal_id, event)
            }
            Contribution::Answer { activity_id, text, voice_note } => {
                let activity = activity_of(&activity_id)?;
                let text = check_answer(&activity, &text, voice_note.as_ref().map(|(_, audio)| audio.len())).map_err(refused)?;
                if !first_time(conn, id, &activity_id, respondent.person_id).await? {
                    return Err(refused(ErrorCode::AlreadyAnswered));
                }
                let answer_id = if named { Uuid::now_v7() } else { random_id() };
                sqlx::query(
                    "INSERT INTO consultation_answers (id, consultation_id, activity_id, person_id, text, has_voice_note, given_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(answer_id.to_string())
                .bind(id.to_string())
                .bind(&activity_id)
                .bind(named.then(|| respondent.person_id.to_string()))
                .bind(&text)
                .bind(i64::from(voice_note.is_some()))
                .bind(&given_on)
                .execute(&mut *conn)
                .await?;
                if let Some((content_type, audio)) = &voice_note {
                    sqlx::query("INSERT INTO consultation_voice_notes (answer_id, content_type, audio) VALUES (?, ?, ?)")
                        .bind(answer_id.to_string())
                        .bind(content_type)
                        .bind(audio.as_slice())
                        .execute(&mut *conn)
                        .await?;
                }
                let contribution = if voice_note.is_some() { "voice_note" } else { "answer" };
                let event = named.then(|| contribution_event(&stored, respondent, activity_wording(&activity), contribution, &text, now));
                (activity_id, event)
            }
        };
        let first_part = sqlx::query("INSERT INTO consultation_participants (consultation_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .bind(id.to_string())
            .bind(respondent.person_id.to_string())
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if first_part == 1 {
            sqlx::query("UPDATE consultations SET participants = participants + 1 WHERE id = ?").bind(id.to_string()).execute(&mut *conn).await?;
        }
        if let Some(event) = event {
            append(conn, &event).await?;
        }
        Ok((201, serde_json::to_value(ContributionReceipt { consultation_id: id, id: receipt_id })?))
    }
}

async fn insert_consultation(conn: &mut SqliteConnection, id: Uuid, caller: &Caller, request: &ConsultationRequest, now: OffsetDateTime) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO consultations (id, service_id, definition, title, anonymous, opens_on, closes_on, created_by, created_at, saved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, title = excluded.title, anonymous = excluded.anonymous,
             opens_on = excluded.opens_on, closes_on = excluded.closes_on, saved_at = excluded.saved_at",
    )
    .bind(id.to_string())
    .bind(caller.service_id.to_string())
    .bind(serde_json::to_string(request)?)
    .bind(request.title.trim())
    .bind(i64::from(request.anonymous))
    .bind(request.opens_on.trim())
    .bind(request.closes_on.trim())
    .bind(caller.person_id.to_string())
    .bind(to_millis(now))
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}

type ResponseRow = (String, String, String, String, Option<String>, String, String, i64);

fn we_did(stored: &StoredConsultation, (id, about_kind, about, we_did, by_when, decided_by, status, updated_at): ResponseRow) -> Result<WeDid, StorageError> {
    let about = match about_kind.as_str() {
        "consultation" => About::Consultation,
        "theme" => About::Theme(about),
        _ => About::Item(about),
    };
    Ok(WeDid {
        id: parse_stored_uuid(&id)?,
        about_text: stored.about_text(&about),
        about,
        we_did,
        by_when,
        decided_by,
        status: ResponseStatus::parse(&status).ok_or_else(|| StorageError::Internal(format!("stored response status {status}")))?,
        updated_on: to_london(from_millis(updated_at)?).date().to_string(),
    })
}

/// Tells everyone who took part that there is news, once per rise of the consultation's count.
async fn news_for_participants(conn: &mut SqliteConnection, id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
    let news: i64 = sqlx::query_scalar("UPDATE consultations SET news = news + 1 WHERE id = ? RETURNING news")
        .bind(id.to_string())
        .fetch_one(&mut *conn)
        .await?;
    let people: Vec<String> = sqlx::query_scalar("SELECT person_id FROM consultation_participants WHERE consultation_id = ?")
        .bind(id.to_string())
        .fetch_all(&mut *conn)
        .await?;
    for person in people {
        crate::reminders::sqlite::schedule(conn, &person, ReminderKind::VoiceNews, &id.to_string(), stored_count(news), now).await?;
    }
    Ok(())
}

fn about_columns(about: &About) -> (&'static str, String) {
    match about {
        About::Consultation => ("consultation", String::new()),
        About::Theme(theme) => ("theme", theme.trim().to_owned()),
        About::Item(item) => ("item", item.clone()),
    }
}

#[async_trait::async_trait]
impl VoiceStore for SqliteStore {
    async fn create_consultation(&self, caller: &Caller, request: &ConsultationRequest, now: OffsetDateTime) -> Result<ConsultationSaved, StorageError> {
        let id = Uuid::now_v7();
        let mut conn = self.writer.acquire().await?;
        insert_consultation(&mut conn, id, caller, request, now).await?;
        Ok(ConsultationSaved { id, published: false })
    }

    async fn save_consultation(&self, caller: &Caller, id: Uuid, request: &ConsultationRequest, now: OffsetDateTime) -> Result<Option<ConsultationSaved>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let Some(stored) = load(&mut tx, caller.service_id, id).await? else { return Ok(None) };
        // Once published, people may have voted: the wording around may change, what they voted on may not.
        if stored.published_at.is_some() && (stored.request.activities != request.activities || stored.request.anonymous != request.anonymous || stored.request.invited != request.invited) {
            return Err(refused(ErrorCode::AlreadyPublished));
        }
        insert_consultation(&mut tx, id, caller, request, now).await?;
        tx.commit().await?;
        Ok(Some(ConsultationSaved { id, published: stored.published_at.is_some() }))
    }

    async fn publish_consultation(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<Option<ConsultationSaved>, StorageError> {
        let updated = sqlx::query("UPDATE consultations SET published_at = COALESCE(published_at, ?) WHERE id = ? AND service_id = ?")
            .bind(to_millis(now))
            .bind(id.to_string())
            .bind(service_id.to_string())
            .execute(&self.writer)
            .await?
            .rows_affected();
        Ok((updated == 1).then_some(ConsultationSaved { id, published: true }))
    }

    async fn consultations_of_service(&self, service_id: Uuid) -> Result<Vec<StoredConsultation>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<ConsultationRow> = sqlx::query_as(&format!("SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE service_id = ? ORDER BY created_at DESC"))
            .bind(service_id.to_string())
            .fetch_all(&mut *conn)
            .await?;
        let mut consultations = Vec::with_capacity(rows.len());
        for row in rows {
            consultations.push(hydrate(&mut conn, row).await?);
        }
        Ok(consultations)
    }

    async fn consultation(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredConsultation>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        load(&mut conn, service_id, id).await
    }

    async fn consultations_for(&self, respondent: Respondent) -> Result<Vec<(StoredConsultation, Done, bool)>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<ConsultationRow> = sqlx::query_as(&format!(
            "SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE service_id = ? AND published_at IS NOT NULL ORDER BY closes_on, created_at"
        ))
        .bind(respondent.service_id.to_string())
        .fetch_all(&mut *conn)
        .await?;
        let mut found = Vec::new();
        for row in rows {
            let stored = hydrate(&mut conn, row).await?;
            if !invites(&mut conn, &stored.request, respondent).await? {
                continue;
            }
            let items: Vec<String> = sqlx::query_scalar("SELECT item_id FROM consultation_voters WHERE consultation_id = ? AND person_id = ?")
                .bind(stored.id.to_string())
                .bind(respondent.person_id.to_string())
                .fetch_all(&mut *conn)
                .await?;
            let mut done = Done::default();
            for item in items {
                match stored.request.activities.iter().find(|activity| activity.id() == item) {
                    Some(Activity::Ballot { .. }) => done.ballots.push(item),
                    Some(_) => done.questions.push(item),
                    None => done.statements.push(item),
                }
            }
            let took_part: Option<i64> = sqlx::query_scalar("SELECT 1 FROM consultation_participants WHERE consultation_id = ? AND person_id = ?")
                .bind(stored.id.to_string())
                .bind(respondent.person_id.to_string())
                .fetch_optional(&mut *conn)
                .await?;
            found.push((stored, done, took_part.is_some()));
        }
        Ok(found)
    }

    async fn contribute(&self, operation: OperationKey<'_>, respondent: Respondent, id: Uuid, contribution: Contribution, given_at: OffsetDateTime, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(&self.writer, operation, now, Box::new(move |conn| Box::pin(SqliteStore::take_part(conn, respondent, id, contribution, given_at, now)))).await
    }

    async fn tallies(&self, id: Uuid) -> Result<Tallies, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT activity_id, ranking FROM consultation_ballots WHERE consultation_id = ?")
            .bind(id.to_string())
            .fetch_all(&mut *conn)
            .await?;
        let mut ballots = Vec::with_capacity(rows.len());
        for (activity_id, ranking) in rows {
            ballots.push((activity_id, serde_json::from_str::<Vec<String>>(&ranking)?));
        }
        let rows: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT statement_id, vote, COUNT(*) FROM consultation_votes WHERE consultation_id = ? GROUP BY statement_id, vote")
                .bind(id.to_string())
                .fetch_all(&mut *conn)
                .await?;
        let votes = rows
            .into_iter()
            .filter_map(|(statement, vote, votes)| Some((statement, Vote::parse(&vote)?, u64::try_from(votes).unwrap_or(0))))
            .collect();
        Ok(Tallies { ballots, votes })
    }

    async fn answers(&self, id: Uuid) -> Result<Vec<AnswerItem>, StorageError> {
        let rows: Vec<(String, String, String, i64, String, Option<String>)> = sqlx::query_as(
            "SELECT a.id, a.activity_id, a.text, a.has_voice_note, a.themes, p.display_name
             FROM consultation_answers a LEFT JOIN people p ON p.id = a.person_id
             WHERE a.consultation_id = ? ORDER BY a.activity_id, a.given_on, a.id",
        )
        .bind(id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, activity_id, text, voice, themes, name)| {
                Ok(AnswerItem { id: parse_stored_uuid(&id)?, activity_id, text, voice_note: voice == 1, themes: serde_json::from_str(&themes)?, name })
            })
            .collect()
    }

    async fn voice_note(&self, service_id: Uuid, id: Uuid, answer_id: Uuid) -> Result<Option<(String, Vec<u8>)>, StorageError> {
        Ok(sqlx::query_as(
            "SELECT n.content_type, n.audio FROM consultation_voice_notes n
             JOIN consultation_answers a ON a.id = n.answer_id JOIN consultations c ON c.id = a.consultation_id
             WHERE n.answer_id = ? AND a.consultation_id = ? AND c.service_id = ?",
        )
        .bind(answer_id.to_string())
        .bind(id.to_string())
        .bind(service_id.to_string())
        .fetch_optional(&self.reader)
        .await?)
    }

    async fn moderate(&self, service_id: Uuid, id: Uuid, proposal_id: &str, approved: bool) -> Result<bool, StorageError> {
        let updated = sqlx::query(
            "UPDATE consultation_proposals SET approved = ? WHERE consultation_id = ? AND id = ?
               AND EXISTS (SELECT 1 FROM consultations WHERE id = ? AND service_id = ?)",
        )
        .bind(i64::from(approved))
        .bind(id.to_string())
        .bind(proposal_id)
        .bind(id.to_string())
        .bind(service_id.to_string())
        .execute(&self.writer)
        .await?
        .rows_affected();
        Ok(updated == 1)
    }

    async fn tag_answer(&self, service_id: Uuid, id: Uuid, answer_id: Uuid, themes: &[String]) -> Result<bool, StorageError> {
        let updated = sqlx::query(
            "UPDATE consultation_answers SET themes = ? WHERE id = ? AND consultation_id = ?
               AND EXISTS (SELECT 1 FROM consultations WHERE id = ? AND service_id = ?)",
        )
        .bind(serde_json::to_string(themes)?)
        .bind(answer_id.to_string())
        .bind(id.to_string())
        .bind(id.to_string())
        .bind(service_id.to_string())
        .execute(&self.writer)
        .await?
        .rows_affected();
        Ok(updated == 1)
    }

    async fn save_response(&self, caller: &Caller, id: Uuid, response_id: Option<Uuid>, request: &WeDidRequest, now: OffsetDateTime) -> Result<Option<WeDid>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let Some(stored) = load(&mut tx, caller.service_id, id).await? else { return Ok(None) };
        if let About::Item(item) = &request.about {
            if !stored.knows_item(item) {
                return Err(refused(ErrorCode::InvalidAnswer));
            }
        }
        let (about_kind, about) = about_columns(&request.about);
        let response_id = match response_id {
            None => {
                let new_id = Uuid::now_v7();
                sqlx::query(
                    "INSERT INTO consultation_responses (id, consultation_id, about_kind, about, we_did, by_when, decided_by, status, published_by, published_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(new_id.to_string())
                .bind(id.to_string())
                .bind(about_kind)
                .bind(&about)
                .bind(request.we_did.trim())
                .bind(request.by_when.as_deref())
                .bind(request.decided_by.trim())
                .bind(request.status.as_str())
                .bind(caller.person_id.to_string())
                .bind(to_millis(now))
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                sqlx::query("UPDATE consultations SET responses = responses + 1 WHERE id = ?").bind(id.to_string()).execute(&mut *tx).await?;
                new_id
            }
            Some(existing) => {
                let updated = sqlx::query(
                    "UPDATE consultation_responses SET about_kind = ?, about = ?, we_did = ?, by_when = ?, decided_by = ?, status = ?, updated_at = ?
                     WHERE id = ? AND consultation_id = ?",
                )
                .bind(about_kind)
                .bind(&about)
                .bind(request.we_did.trim())
                .bind(request.by_when.as_deref())
                .bind(request.decided_by.trim())
                .bind(request.status.as_str())
                .bind(to_millis(now))
                .bind(existing.to_string())
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if updated == 0 {
                    return Ok(None);
                }
                existing
            }
        };
        news_for_participants(&mut tx, id, now).await?;
        let row: ResponseRow = sqlx::query_as(
            "SELECT id, about_kind, about, we_did, by_when, decided_by, status, updated_at FROM consultation_responses WHERE id = ?",
        )
        .bind(response_id.to_string())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(we_did(&stored, row)?))
    }

    async fn responses(&self, consultation: &StoredConsultation) -> Result<Vec<WeDid>, StorageError> {
        let rows: Vec<ResponseRow> = sqlx::query_as(
            "SELECT id, about_kind, about, we_did, by_when, decided_by, status, updated_at FROM consultation_responses
             WHERE consultation_id = ? ORDER BY published_at, id",
        )
        .bind(consultation.id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(|row| we_did(consultation, row)).collect()
    }

    async fn cabinet(&self, service_id: Uuid) -> Result<Vec<CabinetMember>, StorageError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT m.young_person_id, p.display_name FROM cabinet_members m JOIN people p ON p.id = m.young_person_id
             WHERE m.service_id = ? ORDER BY p.display_name",
        )
        .bind(service_id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(|(id, name)| Ok(CabinetMember { young_person_id: parse_stored_uuid(&id)?, name })).collect()
    }

    async fn add_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
        let mut tx = self.writer.begin().await?;
        let role: Option<String> = sqlx::query_scalar("SELECT role FROM people WHERE id = ? AND service_id = ?")
            .bind(young_person_id.to_string())
            .bind(service_id.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        if role.as_deref() != Some(Role::YoungPerson.as_str()) {
            return Err(refused(ErrorCode::NotAYoungPerson));
        }
        sqlx::query("INSERT INTO cabinet_members (service_id, young_person_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .bind(service_id.to_string())
            .bind(young_person_id.to_string())
            .bind(to_millis(now))
            .execute(&mut *tx)
            .await?;
        crate::cabinet::sqlite::invite_to_coming_meetings(&mut tx, &service_id.to_string(), &young_person_id.to_string(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_cabinet_member(&self, service_id: Uuid, young_person_id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError> {
        let mut tx = self.writer.begin().await?;
        let removed = sqlx::query("DELETE FROM cabinet_members WHERE service_id = ? AND young_person_id = ?")
            .bind(service_id.to_string())
            .bind(young_person_id.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 1 {
            crate::cabinet::sqlite::cancel_coming_places(&mut tx, &young_person_id.to_string(), now).await?;
        }
        tx.commit().await?;
        Ok(removed == 1)
    }
}
