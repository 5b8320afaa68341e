//! Voice work written once for both engines: each engine's `VoiceTx` supplies the SQL.
//!
//! Anonymity: ballots and statement votes never carry a person and get random (v4) ids and the
//! day only; open answers and proposals carry their author only in a named consultation. Who
//! did what is kept apart, in `consultation_voters` and `consultation_participants`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use tandem_domain::accounts::Role;
use tandem_domain::appointments::{to_london, ReminderKind};
use tandem_domain::events::{ContributionPayload, Event};
use tandem_domain::surveys::api::Reach;
use tandem_domain::voice::api::{AnswerItem, ConsultationSaved, ContributionReceipt, Done, Proposal, WeDid, WeDidRequest};
use tandem_domain::voice::{
    check_answer, check_ballot, check_proposal, contribution_counts, About, Activity, ConsultationRequest, Invited, ResponseStatus, Vote,
};
use tandem_domain::ErrorCode;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{Contribution, StoredConsultation, Tallies};
use crate::accounts::Caller;
use crate::outbox::NewEvent;
use crate::reminders::tx::{schedule, ReminderTx};
use crate::secret::{seal, Sealed, SealedVoiceNote, Sealer};
use crate::storage::{from_millis, parse_stored_uuid, random_id, refused, stored_count, to_millis, StorageError};
use crate::surveys::tx::{within, SurveyTx};
use crate::surveys::Respondent;

/// id, definition, published_at, news, participants, responses.
#[derive(sqlx::FromRow)]
pub struct ConsultationRow {
    pub id: String,
    pub definition: String,
    pub published_at: Option<i64>,
    pub news: i64,
    pub participants: i64,
    pub responses: i64,
}
pub(crate) const CONSULTATION_COLUMNS: &str = "id, definition, published_at, news, participants, responses";
/// id, activity_id, text, approved (NULL while waiting, 0/1).
#[derive(sqlx::FromRow)]
pub struct ProposalRow {
    pub id: String,
    pub activity_id: String,
    pub text: String,
    pub approved: Option<i64>,
}
/// id, about_kind, about, we_did, by_when, decided_by, status, updated_at.
#[derive(sqlx::FromRow)]
pub struct ResponseRow {
    pub id: String,
    pub about_kind: String,
    pub about: String,
    pub we_did: String,
    pub by_when: Option<String>,
    pub decided_by: String,
    pub status: String,
    pub updated_at: i64,
}
pub(crate) const RESPONSE_COLUMNS: &str = "id, about_kind, about, we_did, by_when, decided_by, status, updated_at";
/// id, activity_id, text, has_voice_note (0/1), themes (JSON), author's name (named only).
#[derive(sqlx::FromRow)]
pub struct AnswerRow {
    pub id: String,
    pub activity_id: String,
    pub text: String,
    pub has_voice_note: i64,
    pub themes: String,
    pub display_name: Option<String>,
}

/// An open answer as inserted: `person_id` only in a named consultation.
pub(crate) struct NewAnswer<'a> {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub activity_id: &'a str,
    pub person_id: Option<String>,
    pub text: &'a str,
    pub has_voice_note: bool,
    pub given_on: &'a str,
}

/// A proposed statement as inserted: `proposed_by` only in a named consultation.
pub(crate) struct NewProposal<'a> {
    pub consultation_id: Uuid,
    pub id: &'a str,
    pub activity_id: &'a str,
    pub text: &'a str,
    pub proposed_by: Option<String>,
    pub given_on: &'a str,
}

/// A "you said, we did" as written.
pub(crate) struct ResponseFields<'a> {
    pub about_kind: &'static str,
    pub about: String,
    pub we_did: &'a str,
    pub by_when: Option<&'a str>,
    pub decided_by: &'a str,
    pub status: &'a str,
    pub now: i64,
}

#[async_trait::async_trait]
pub(crate) trait VoiceTx: SurveyTx + ReminderTx {
    /// Holds the consultation until this transaction ends (PostgreSQL: a save and a publish of
    /// one consultation take turns, so what was voted on cannot change after publishing).
    async fn hold_consultation(&mut self, id: Uuid) -> Result<(), StorageError>;
    async fn consultation_row(&mut self, service_id: Uuid, id: Uuid) -> Result<Option<ConsultationRow>, StorageError>;
    /// Published consultations of the service, soonest closing first.
    async fn published_rows(&mut self, service_id: Uuid) -> Result<Vec<ConsultationRow>, StorageError>;
    /// Proposals in the order they came.
    async fn proposal_rows(&mut self, id: &str) -> Result<Vec<ProposalRow>, StorageError>;
    async fn is_cabinet_member(&mut self, service_id: Uuid, person_id: Uuid) -> Result<bool, StorageError>;
    /// Records that `person` has done `item`; false if they had (the primary key decides, so
    /// two connections cannot both vote).
    async fn first_time(&mut self, id: Uuid, item: &str, person: Uuid) -> Result<bool, StorageError>;
    /// Records that `person` took part and counts them on the consultation row, once.
    async fn took_part_once(&mut self, id: Uuid, person: Uuid) -> Result<(), StorageError>;
    async fn insert_ballot(&mut self, id: Uuid, activity_id: &str, ranking: &str, given_on: &str) -> Result<(), StorageError>;
    async fn insert_vote(&mut self, id: Uuid, statement_id: &str, vote: &str, given_on: &str) -> Result<(), StorageError>;
    async fn insert_proposal(&mut self, row: &NewProposal<'_>) -> Result<(), StorageError>;
    async fn insert_answer(&mut self, row: &NewAnswer<'_>) -> Result<(), StorageError>;
    async fn insert_voice_note(&mut self, answer_id: Uuid, content_type: &str, audio: &[u8]) -> Result<(), StorageError>;
    /// Inserts the consultation, or saves over its definition.
    async fn upsert_consultation(&mut self, id: Uuid, caller: &Caller, request: &ConsultationRequest, now: i64)
        -> Result<(), StorageError>;
    /// Raises the consultation's news count; answers the new count.
    async fn raise_news(&mut self, id: Uuid) -> Result<i64, StorageError>;
    async fn participant_ids(&mut self, id: Uuid) -> Result<Vec<String>, StorageError>;
    /// Inserts a response and counts it on the consultation row.
    async fn insert_we_did(
        &mut self,
        response_id: Uuid,
        id: Uuid,
        fields: &ResponseFields<'_>,
        published_by: Uuid,
    ) -> Result<(), StorageError>;
    /// Changes a response of this consultation; false if there is none.
    async fn update_we_did(&mut self, response_id: Uuid, id: Uuid, fields: &ResponseFields<'_>) -> Result<bool, StorageError>;
    async fn we_did_row(&mut self, response_id: Uuid) -> Result<ResponseRow, StorageError>;
    /// The items (ballots, statements, questions) this person has done.
    async fn voter_items(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError>;
    async fn took_part(&mut self, id: Uuid, person: Uuid) -> Result<bool, StorageError>;
    /// The consultation's responses published or changed after `since` (ms), oldest first.
    async fn responses_since(&mut self, id: Uuid, since: i64) -> Result<Vec<ResponseRow>, StorageError>;
    /// The ids of the statements this person proposed (named consultations only).
    async fn proposals_by(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError>;
    /// The themes staff tagged this person's answers with, each answer's as a JSON array
    /// (named consultations only).
    async fn answer_themes_of(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError>;
}

pub(crate) async fn hydrate<C: VoiceTx + ?Sized>(
    conn: &mut C,
    ConsultationRow { id, definition, published_at, news, participants, responses }: ConsultationRow,
) -> Result<StoredConsultation, StorageError> {
    let rows = conn.proposal_rows(&id).await?;
    Ok(StoredConsultation {
        id: parse_stored_uuid(&id)?,
        request: serde_json::from_str(&definition)?,
        published_at: published_at.map(from_millis).transpose()?,
        participants: stored_count(participants),
        responses: stored_count(responses),
        news: stored_count(news),
        proposals: rows
            .into_iter()
            .map(|ProposalRow { id, activity_id, text, approved }| Proposal {
                id,
                activity_id,
                text,
                approved: approved.map(|approved| approved == 1),
            })
            .collect(),
    })
}

pub(crate) async fn load<C: VoiceTx + ?Sized>(
    conn: &mut C,
    service_id: Uuid,
    id: Uuid,
) -> Result<Option<StoredConsultation>, StorageError> {
    match conn.consultation_row(service_id, id).await? {
        Some(row) => Ok(Some(hydrate(conn, row).await?)),
        None => Ok(None),
    }
}

/// Whether a consultation invites this person.
async fn invites<C: VoiceTx + ?Sized>(conn: &mut C, request: &ConsultationRequest, respondent: Respondent) -> Result<bool, StorageError> {
    Ok(match (request.invited, respondent.role) {
        (Invited::Carers, Role::Carer) | (Invited::YoungPeople, Role::YoungPerson) => true,
        (Invited::Cabinet, Role::YoungPerson) => conn.is_cabinet_member(respondent.service_id, respondent.person_id).await?,
        (Invited::Programme { programme_id }, Role::YoungPerson) => {
            within(conn, Reach::Programme { programme_id }, &respondent.person_id.to_string()).await?
        }
        _ => false,
    })
}

/// What a named contribution tells the person's record. Ballots and statement votes say only
/// that the person took part, never what they chose.
fn contribution_event(
    stored: &StoredConsultation,
    respondent: Respondent,
    activity: &str,
    contribution: &str,
    text: &str,
    now: OffsetDateTime,
) -> NewEvent {
    let payload = ContributionPayload {
        consultation_id: stored.id,
        title: stored.request.title.clone(),
        activity: activity.to_owned(),
        contribution: contribution.to_owned(),
        text: text.to_owned(),
    };
    NewEvent {
        event: Event::VoiceContribution(payload),
        service_id: respondent.service_id,
        young_person_id: (respondent.role == Role::YoungPerson).then_some(respondent.person_id),
        occurred_at: now,
    }
}

fn activity_wording(activity: &Activity) -> &str {
    match activity {
        Activity::Ballot { question, .. } | Activity::Question { question, .. } => question,
        Activity::Statements { prompt, .. } => prompt,
    }
}

/// Writes an open answer and its voice note, if it has one (a named answer at once, an anonymous
/// one when counted).
pub(crate) async fn insert_answer_with_note<C: VoiceTx + ?Sized>(
    conn: &mut C,
    row: &NewAnswer<'_>,
    voice_note: Option<(&str, &[u8])>,
) -> Result<(), StorageError> {
    conn.insert_answer(row).await?;
    if let Some((content_type, audio)) = voice_note {
        conn.insert_voice_note(row.id, content_type, audio).await?;
    }
    Ok(())
}

/// Takes one contribution, checking everything inside the transaction. Who took part is written
/// now; a ballot, a statement vote and an anonymous consultation's answer or proposal are sealed
/// until counted (see `secret`), and have no event.
pub(crate) async fn take_part<C: VoiceTx + ?Sized>(
    conn: &mut C,
    sealer: &Sealer,
    respondent: Respondent,
    id: Uuid,
    contribution: Contribution,
    given_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    let stored = load(conn, respondent.service_id, id).await?.ok_or(refused(ErrorCode::NotFound))?;
    let published_at = stored.published_at.ok_or(refused(ErrorCode::NotFound))?;
    if !invites(conn, &stored.request, respondent).await? {
        return Err(refused(ErrorCode::NotFound));
    }
    let consultation = stored.request.parse().map_err(|code| StorageError::internal(format!("stored consultation: {code}")))?;
    contribution_counts(&consultation, published_at, given_at, now).map_err(refused)?;
    let given_on = to_london(given_at).date().to_string();
    // Sealed items wait for the day they reached the server to end, however long the phone kept them.
    let received_on = to_london(now).date();
    let named = !stored.request.anonymous;
    let activity_of = |activity_id: &str| consultation.activity(activity_id).cloned().ok_or(refused(ErrorCode::AnswerNotInSurvey));
    let (receipt_id, event) = match contribution {
        Contribution::Ballot { activity_id, ranking } => {
            let activity = activity_of(&activity_id)?;
            let ranking = check_ballot(&activity, &ranking).map_err(refused)?;
            if !conn.first_time(id, &activity_id, respondent.person_id).await? {
                return Err(refused(ErrorCode::AlreadyVoted));
            }
            let ballot = Sealed::Ballot {
                consultation_id: id,
                activity_id: activity_id.clone(),
                ranking: serde_json::to_string(&ranking)?,
                given_on,
            };
            seal(conn, sealer, received_on, &ballot).await?;
            (activity_id, None)
        }
        Contribution::Vote { statement_id, vote } => {
            if !stored.open_for_votes(&statement_id) {
                let waiting = stored.proposals.iter().any(|proposal| proposal.id == statement_id);
                return Err(refused(if waiting { ErrorCode::StatementNotApproved } else { ErrorCode::AnswerNotInSurvey }));
            }
            if !conn.first_time(id, &statement_id, respondent.person_id).await? {
                return Err(refused(ErrorCode::AlreadyVoted));
            }
            let vote = Sealed::Vote { consultation_id: id, statement_id: statement_id.clone(), vote: vote.as_str().to_owned(), given_on };
            seal(conn, sealer, received_on, &vote).await?;
            (statement_id, None)
        }
        Contribution::Proposal { activity_id, text } => {
            let activity = activity_of(&activity_id)?;
            let text = check_proposal(&activity, &text).map_err(refused)?;
            let proposal_id = format!("p-{}", &random_id().simple().to_string()[..10]);
            if !named {
                let proposal = Sealed::Proposal { consultation_id: id, proposal_id, activity_id: activity_id.clone(), text, given_on };
                seal(conn, sealer, received_on, &proposal).await?;
                // The statement's id in the stored answer would name the proposer: the activity's instead.
                (activity_id, None)
            } else {
                let row = NewProposal {
                    consultation_id: id,
                    id: &proposal_id,
                    activity_id: &activity_id,
                    text: &text,
                    proposed_by: Some(respondent.person_id.to_string()),
                    given_on: &given_on,
                };
                conn.insert_proposal(&row).await?;
                let event = contribution_event(&stored, respondent, activity_wording(&activity), "proposal", &text, now);
                (proposal_id, Some(event))
            }
        }
        Contribution::Answer { activity_id, text, voice_note } => {
            let activity = activity_of(&activity_id)?;
            let text = check_answer(&activity, &text, voice_note.as_ref().map(|(_, audio)| audio.len())).map_err(refused)?;
            if !conn.first_time(id, &activity_id, respondent.person_id).await? {
                return Err(refused(ErrorCode::AlreadyAnswered));
            }
            let contribution = if voice_note.is_some() { "voice_note" } else { "answer" };
            if !named {
                let voice_note =
                    voice_note.map(|(content_type, audio)| SealedVoiceNote { content_type, audio: URL_SAFE_NO_PAD.encode(audio) });
                let answer = Sealed::Answer {
                    consultation_id: id,
                    answer_id: random_id(),
                    activity_id: activity_id.clone(),
                    text,
                    voice_note,
                    given_on,
                };
                seal(conn, sealer, received_on, &answer).await?;
                (activity_id, None)
            } else {
                let answer_id = Uuid::now_v7();
                let row = NewAnswer {
                    id: answer_id,
                    consultation_id: id,
                    activity_id: &activity_id,
                    person_id: Some(respondent.person_id.to_string()),
                    text: &text,
                    has_voice_note: voice_note.is_some(),
                    given_on: &given_on,
                };
                let note = voice_note.as_ref().map(|(content_type, audio)| (content_type.as_str(), audio.as_slice()));
                insert_answer_with_note(conn, &row, note).await?;
                let event = contribution_event(&stored, respondent, activity_wording(&activity), contribution, &text, now);
                (activity_id, Some(event))
            }
        }
    };
    conn.took_part_once(id, respondent.person_id).await?;
    if let Some(event) = event {
        conn.append(&event).await?;
    }
    Ok((201, serde_json::to_value(ContributionReceipt { consultation_id: id, id: receipt_id })?))
}

/// Saves over a consultation; once published only its wording and dates may change.
pub(crate) async fn save<C: VoiceTx + ?Sized>(
    conn: &mut C,
    caller: &Caller,
    id: Uuid,
    request: &ConsultationRequest,
    now: OffsetDateTime,
) -> Result<Option<ConsultationSaved>, StorageError> {
    conn.hold_consultation(id).await?;
    let Some(stored) = load(conn, caller.service_id, id).await? else { return Ok(None) };
    // Once published, people may have voted: the wording around may change, what they voted on may not.
    if stored.published_at.is_some()
        && (stored.request.activities != request.activities
            || stored.request.anonymous != request.anonymous
            || stored.request.invited != request.invited)
    {
        return Err(refused(ErrorCode::AlreadyPublished));
    }
    conn.upsert_consultation(id, caller, request, to_millis(now)).await?;
    Ok(Some(ConsultationSaved { id, published: stored.published_at.is_some() }))
}

/// Published consultations inviting this person, with what they have done in each and
/// whether they took part at all.
pub(crate) async fn for_respondent<C: VoiceTx + ?Sized>(
    conn: &mut C,
    respondent: Respondent,
) -> Result<Vec<(StoredConsultation, Done, bool)>, StorageError> {
    let rows = conn.published_rows(respondent.service_id).await?;
    let mut found = Vec::new();
    for row in rows {
        let stored = hydrate(conn, row).await?;
        if !invites(conn, &stored.request, respondent).await? {
            continue;
        }
        let mut done = Done::default();
        for item in conn.voter_items(stored.id, respondent.person_id).await? {
            match stored.request.activities.iter().find(|activity| activity.id() == item) {
                Some(Activity::Ballot { .. }) => done.ballots.push(item),
                Some(_) => done.questions.push(item),
                None => done.statements.push(item),
            }
        }
        let took_part = conn.took_part(stored.id, respondent.person_id).await?;
        found.push((stored, done, took_part));
    }
    Ok(found)
}

pub(crate) fn we_did(
    stored: &StoredConsultation,
    ResponseRow { id, about_kind, about, we_did, by_when, decided_by, status, updated_at }: ResponseRow,
) -> Result<WeDid, StorageError> {
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
        status: ResponseStatus::parse(&status).ok_or_else(|| StorageError::internal(format!("stored response status {status}")))?,
        updated_on: to_london(from_millis(updated_at)?).date().to_string(),
    })
}

/// What the responses of consultation `id` published or changed after `since` (ms) reply to of
/// what `person` said, voted on or proposed, in words, oldest first: so the push that tells them
/// says it is about theirs. A response about a theme is theirs when staff tagged one of their
/// answers with it; about an issue on a ballot, when they voted in that ballot; about a
/// statement, when they voted on it or proposed it. Anonymous answers and proposals name no one.
pub(crate) async fn replies_to<C: VoiceTx + ?Sized>(
    conn: &mut C,
    service_id: Uuid,
    id: Uuid,
    person: Uuid,
    since: i64,
) -> Result<Vec<String>, StorageError> {
    let responses = conn.responses_since(id, since).await?;
    let Some(row) = conn.consultation_row(service_id, id).await?.filter(|_| !responses.is_empty()) else { return Ok(Vec::new()) };
    let stored = hydrate(conn, row).await?;
    let done = conn.voter_items(id, person).await?;
    let proposed = conn.proposals_by(id, person).await?;
    let themes: Vec<String> = conn
        .answer_themes_of(id, person)
        .await?
        .iter()
        .flat_map(|tagged| serde_json::from_str::<Vec<String>>(tagged).unwrap_or_default())
        .collect();
    let activities = stored.activities_shown();
    let voted_in_ballot_of = |item: &str| {
        activities.iter().any(|activity| match activity {
            Activity::Ballot { id: ballot, options, .. } => options.iter().any(|option| option.id == item) && done.contains(ballot),
            _ => false,
        })
    };
    let mut replies = Vec::new();
    for row in responses {
        let reply = we_did(&stored, row)?;
        let theirs = match &reply.about {
            About::Consultation => false,
            About::Theme(theme) => themes.iter().any(|tagged| tagged.trim() == theme.trim()),
            About::Item(item) => done.contains(item) || proposed.contains(item) || voted_in_ballot_of(item),
        };
        if theirs {
            replies.push(reply.about_text);
        }
    }
    Ok(replies)
}

/// Tells everyone who took part that there is news, once per rise of the consultation's count.
async fn news_for_participants<C: VoiceTx + ?Sized>(conn: &mut C, id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
    let news = conn.raise_news(id).await?;
    for person in conn.participant_ids(id).await? {
        schedule(conn, &person, ReminderKind::VoiceNews, &id.to_string(), stored_count(news), now).await?;
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

/// Publishes a response (`response_id` None) or changes one; either way everyone who took part
/// is told, once.
pub(crate) async fn save_response<C: VoiceTx + ?Sized>(
    conn: &mut C,
    caller: &Caller,
    id: Uuid,
    response_id: Option<Uuid>,
    request: &WeDidRequest,
    now: OffsetDateTime,
) -> Result<Option<WeDid>, StorageError> {
    let Some(stored) = load(conn, caller.service_id, id).await? else { return Ok(None) };
    if let About::Item(item) = &request.about {
        if !stored.knows_item(item) {
            return Err(refused(ErrorCode::InvalidAnswer));
        }
    }
    let (about_kind, about) = about_columns(&request.about);
    let fields = ResponseFields {
        about_kind,
        about,
        we_did: request.we_did.trim(),
        by_when: request.by_when.as_deref(),
        decided_by: request.decided_by.trim(),
        status: request.status.as_str(),
        now: to_millis(now),
    };
    let response_id = match response_id {
        None => {
            let new_id = Uuid::now_v7();
            conn.insert_we_did(new_id, id, &fields, caller.person_id).await?;
            new_id
        }
        Some(existing) => {
            if !conn.update_we_did(existing, id, &fields).await? {
                return Ok(None);
            }
            existing
        }
    };
    news_for_participants(conn, id, now).await?;
    let row = conn.we_did_row(response_id).await?;
    Ok(Some(we_did(&stored, row)?))
}

/// Ballot rankings and vote counts as stored.
pub(crate) fn tallies(ballots: Vec<(String, String)>, votes: Vec<(String, String, i64)>) -> Result<Tallies, StorageError> {
    let ballots = ballots
        .into_iter()
        .map(|(activity_id, ranking)| Ok((activity_id, serde_json::from_str::<Vec<String>>(&ranking)?)))
        .collect::<Result<Vec<_>, StorageError>>()?;
    let votes = votes
        .into_iter()
        .filter_map(|(statement, vote, votes)| Some((statement, Vote::parse(&vote)?, u64::try_from(votes).unwrap_or(0))))
        .collect();
    Ok(Tallies { ballots, votes })
}

pub(crate) fn answer_item(
    AnswerRow { id, activity_id, text, has_voice_note: voice, themes, display_name: name }: AnswerRow,
) -> Result<AnswerItem, StorageError> {
    Ok(AnswerItem { id: parse_stored_uuid(&id)?, activity_id, text, voice_note: voice == 1, themes: serde_json::from_str(&themes)?, name })
}
