//! Session self-scaling: programmes of session topics, sessions a worker opens and young people
//! join by a short code, and 0-10 scores at the start and end. The rules that decide whether a
//! score is accepted live here as pure functions; the JSON shapes of `/api/v1/programmes`,
//! `/api/v1/sessions` and `/api/v1/scaling` too.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::{code_from_random, read_typed_code};
use crate::scaling::{Cell, Change, Summary};
use crate::text::clean_free_text;
use crate::ErrorCode;

/// The code a young person types (or scans) to join a session: six characters from the invite
/// alphabet, so nothing can be misread off a projector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl JoinCode {
    pub const LENGTH: usize = 6;

    /// Reads a code as typed: any case, spaces and dashes ignored.
    pub fn parse(typed: &str) -> Result<JoinCode, ErrorCode> {
        read_typed_code(typed, Self::LENGTH).map(JoinCode).ok_or(ErrorCode::JoinCodeNotFound)
    }

    /// Builds a code from random bytes (the caller brings the randomness).
    pub fn from_random(bytes: &[u8; Self::LENGTH]) -> JoinCode {
        JoinCode(code_from_random(bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Group,
    OneToOne,
    /// The end of a programme: each young person scales their learning, future risk-taking and
    /// understanding of consequences, as they were at the start and as they are now.
    ProgrammeReview,
}

impl SessionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Group => "group",
            SessionKind::OneToOne => "one_to_one",
            SessionKind::ProgrammeReview => "programme_review",
        }
    }

    pub fn parse(stored: &str) -> Option<SessionKind> {
        [SessionKind::Group, SessionKind::OneToOne, SessionKind::ProgrammeReview].into_iter().find(|kind| kind.as_str() == stored)
    }

    /// What is scaled in a session of this kind.
    pub fn measures(self) -> &'static [Measure] {
        match self {
            SessionKind::Group | SessionKind::OneToOne => &[Measure::Topic],
            SessionKind::ProgrammeReview => &[Measure::Learning, Measure::FutureRisk, Measure::Consequences],
        }
    }
}

/// What a score is about: the session topic's own question, or one of the three programme
/// review questions (their wording is a translated message on the phone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Topic,
    Learning,
    FutureRisk,
    Consequences,
}

impl Measure {
    pub const ALL: [Measure; 4] = [Measure::Topic, Measure::Learning, Measure::FutureRisk, Measure::Consequences];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Topic => "topic",
            Measure::Learning => "learning",
            Measure::FutureRisk => "future_risk",
            Measure::Consequences => "consequences",
        }
    }

    pub fn parse(stored: &str) -> Option<Measure> {
        Self::ALL.into_iter().find(|measure| measure.as_str() == stored)
    }

    /// Plain English for reports and CSV (staff screens show the translated message).
    pub fn english(self) -> &'static str {
        match self {
            Measure::Topic => "Session topic",
            Measure::Learning => "What I have learned",
            Measure::FutureRisk => "Staying away from risky situations",
            Measure::Consequences => "Understanding the consequences of offending",
        }
    }
}

/// Where a session is: scoring the start, scoring the end, or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Start,
    End,
    Closed,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Start => "start",
            Phase::End => "end",
            Phase::Closed => "closed",
        }
    }

    pub fn parse(stored: &str) -> Option<Phase> {
        [Phase::Start, Phase::End, Phase::Closed].into_iter().find(|phase| phase.as_str() == stored)
    }

    /// A session only moves forward: start, end, closed.
    pub fn may_move_to(self, next: Phase) -> Result<(), ErrorCode> {
        if next > self {
            Ok(())
        } else {
            Err(ErrorCode::PhaseCannotGoBack)
        }
    }
}

/// The start score or the end score (in a programme review: "at the start of the programme" and
/// "now").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Start,
    End,
}

impl Moment {
    pub fn as_str(self) -> &'static str {
        match self {
            Moment::Start => "start",
            Moment::End => "end",
        }
    }

    pub fn parse(stored: &str) -> Option<Moment> {
        [Moment::Start, Moment::End].into_iter().find(|moment| moment.as_str() == stored)
    }
}

/// How far a phone's clock may run ahead of the server's before its time is not believed.
pub const DEVICE_CLOCK_SKEW: time::Duration = time::Duration::minutes(5);

/// A time a phone sent as milliseconds since 1970 (its own clock).
pub fn device_time(millis: i64) -> Result<OffsetDateTime, ErrorCode> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(millis) * 1_000_000).map_err(|_| ErrorCode::ImplausibleDeviceTime)
}

/// Decides whether a score given at `given_at` (the phone's clock) counts. A score made offline
/// while the session was open still counts after it closed; one that claims a time before the
/// young person joined, after the session closed, or in the future does not.
pub fn score_acceptable(
    given_at: OffsetDateTime,
    joined_at: OffsetDateTime,
    closed_at: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Result<(), ErrorCode> {
    if given_at > now + DEVICE_CLOCK_SKEW || given_at + DEVICE_CLOCK_SKEW < joined_at {
        return Err(ErrorCode::ImplausibleDeviceTime);
    }
    match closed_at {
        Some(closed) if given_at > closed => Err(ErrorCode::SessionClosed),
        _ => Ok(()),
    }
}

/// Decides whether a `moment` score given at `given_at` comes at the right time: in a session
/// the end score counts only once the worker has asked for end scores (`end_opened_at`), so a
/// second tap seconds after the start score is not counted as learning. A programme review asks
/// "then" and "now" together, so both are open from the start.
pub fn moment_open(
    kind: SessionKind,
    moment: Moment,
    given_at: OffsetDateTime,
    end_opened_at: Option<OffsetDateTime>,
) -> Result<(), ErrorCode> {
    if moment == Moment::Start || kind == SessionKind::ProgrammeReview {
        return Ok(());
    }
    match end_opened_at {
        Some(opened) if given_at + DEVICE_CLOCK_SKEW >= opened => Ok(()),
        _ => Err(ErrorCode::EndScoresNotOpen),
    }
}

/// A session topic as written by staff, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTopic {
    pub title: String,
    pub question: String,
    pub easy_read_question: String,
}

/// A programme as written by staff, checked: a name and at least one topic, every text present,
/// plain (no control characters) and not too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    pub name: String,
    pub description: String,
    pub topics: Vec<NewTopic>,
}

impl NewProgramme {
    pub const MAX_TITLE: usize = 120;
    pub const MAX_TEXT: usize = 500;
    pub const MAX_TOPICS: usize = 52;

    pub fn parse(request: &CreateProgrammeRequest) -> Result<NewProgramme, ErrorCode> {
        let required = |raw: &str, max: usize| -> Result<String, ErrorCode> {
            let text = clean_free_text(raw, max)?;
            if text.is_empty() {
                Err(ErrorCode::TextRequired)
            } else {
                Ok(text)
            }
        };
        if request.topics.is_empty() {
            return Err(ErrorCode::TopicsRequired);
        }
        if request.topics.len() > Self::MAX_TOPICS {
            return Err(ErrorCode::TooManyTopics);
        }
        let topics = request
            .topics
            .iter()
            .map(|topic| {
                Ok(NewTopic {
                    title: required(&topic.title, Self::MAX_TITLE)?,
                    question: required(&topic.question, Self::MAX_TEXT)?,
                    easy_read_question: required(&topic.easy_read_question, Self::MAX_TEXT)?,
                })
            })
            .collect::<Result<Vec<_>, ErrorCode>>()?;
        Ok(NewProgramme {
            name: required(&request.name, Self::MAX_TITLE)?,
            description: clean_free_text(&request.description, Self::MAX_TEXT)?,
            topics,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicInput {
    pub title: String,
    pub question: String,
    /// The same question in easy-read words.
    pub easy_read_question: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateProgrammeRequest {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub topics: Vec<TopicInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Topic {
    pub id: Uuid,
    pub position: u32,
    pub title: String,
    pub question: String,
    pub easy_read_question: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub topics: Vec<Topic>,
}

/// `POST /api/v1/sessions`: a worker opens a session on a topic (or a programme review).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenSessionRequest {
    pub programme_id: Uuid,
    /// The topic; none for a programme review.
    #[serde(default)]
    pub topic_id: Option<Uuid>,
    pub kind: SessionKind,
    /// The group the programme is running with, e.g. "Autumn 2026"; reports compare cohorts.
    #[serde(default)]
    pub cohort: String,
    /// Group work only: young people may join with the code alone, without signing in.
    #[serde(default)]
    pub anonymous_allowed: bool,
}

/// A session as the worker's screen shows it, live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveSession {
    pub id: Uuid,
    pub code: String,
    pub kind: SessionKind,
    pub programme_id: Uuid,
    pub programme_name: String,
    pub topic_title: Option<String>,
    pub question: Option<String>,
    pub cohort: String,
    pub anonymous_allowed: bool,
    pub phase: Phase,
    #[serde(with = "time::serde::rfc3339")]
    pub opened_at: OffsetDateTime,
    /// How many have joined (attendance).
    pub joined: usize,
    /// Per measure: who has answered and the averages so far.
    pub measures: Vec<MeasureLive>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeasureLive {
    pub measure: Measure,
    pub start: Summary,
    pub end: Summary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetPhaseRequest {
    pub phase: Phase,
}

/// `POST /api/v1/scaling/join`. A phone with no signal joins all the same: it makes its own
/// participant token and notes when it joined, queues the join, and queues its scores behind it
/// (they carry the token); once sent, the server takes the join as made at that time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinRequest {
    pub code: String,
    /// The phone's own token (64 hex digits); left out, the server makes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 32, max_length = 64, pattern = "^[0-9a-fA-F]+$"))]
    pub participant_token: Option<String>,
    /// When the young person joined, by the phone's clock (milliseconds since 1970); left out, now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_at_ms: Option<i64>,
}

/// A join, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneJoin {
    pub code: JoinCode,
    /// Lower case, when the phone made it.
    pub participant_token: Option<String>,
    pub joined_at: Option<OffsetDateTime>,
}

impl JoinRequest {
    pub fn parse(&self) -> Result<PhoneJoin, ErrorCode> {
        let code = JoinCode::parse(&self.code)?;
        let participant_token = match &self.participant_token {
            Some(token) if crate::complaints::valid_follow_token(token) => Some(token.to_ascii_lowercase()),
            Some(_) => return Err(ErrorCode::InvalidParticipantToken),
            None => None,
        };
        let joined_at = self.joined_at_ms.map(device_time).transpose()?;
        Ok(PhoneJoin { code, participant_token, joined_at })
    }
}

/// When a join made on a phone counts from: its own time, but never before the session opened
/// nor after `now` (a phone's clock may be wrong either way).
pub fn joined_at(phone: Option<OffsetDateTime>, opened_at: OffsetDateTime, now: OffsetDateTime) -> OffsetDateTime {
    phone.map_or(now, |at| at.clamp(opened_at, now.max(opened_at)))
}

/// Whether a join may be taken: the session is open, or it closed after the phone joined
/// (with no signal, while it was open).
pub fn join_open(closed_at: Option<OffsetDateTime>, phone: Option<OffsetDateTime>) -> Result<(), ErrorCode> {
    match (closed_at, phone) {
        (None, _) => Ok(()),
        (Some(closed), Some(joined)) if joined < closed => Ok(()),
        (Some(_), _) => Err(ErrorCode::SessionClosed),
    }
}

/// What a phone keeps after joining: enough to score offline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Joined {
    pub session_id: Uuid,
    /// The phone's secret for this session; scores carry it.
    pub participant_token: String,
    pub kind: SessionKind,
    pub topic_title: Option<String>,
    pub question: Option<String>,
    pub easy_read_question: Option<String>,
    pub phase: Phase,
}

/// `POST /api/v1/scaling/scores`: one score, sent through the phone's outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScoreRequest {
    pub participant_token: String,
    pub measure: Measure,
    pub moment: Moment,
    /// 0 (know little) to 10 (know everything).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10))]
    pub score: i64,
    /// When it was given, by the phone's clock, in milliseconds since 1970.
    #[cfg_attr(feature = "openapi", schema(minimum = 0))]
    pub given_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScoreReceipt {
    pub session_id: Uuid,
    pub measure: Measure,
    pub moment: Moment,
}

/// `GET /api/v1/scaling/participants/{token}`: the phone asks where the session is, and (only
/// when the young person asks to see it) their own scores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantStatus {
    pub phase: Phase,
    pub scores: Vec<OwnScore>,
    /// What the session asks, for a phone that joined with no signal and could not know.
    pub kind: SessionKind,
    pub topic_title: Option<String>,
    pub question: Option<String>,
    pub easy_read_question: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OwnScore {
    pub measure: Measure,
    pub moment: Moment,
    pub score: u8,
}

/// One young person's scores in one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantRow {
    /// The young person's name; none for one who joined with the code alone.
    pub name: Option<String>,
    /// For one who joined with the code alone: 1, 2... in order of joining, so a report tells
    /// them apart ("Anonymous 1") in its reader's language.
    pub anonymous: Option<u32>,
    pub young_person_id: Option<Uuid>,
    pub measure: Measure,
    pub start: Option<u8>,
    pub end: Option<u8>,
}

/// A breakdown of start-to-end change by one characteristic, with small cells hidden.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Breakdown {
    pub by: BreakdownBy,
    pub cells: Vec<Cell<GroupChange, Group>>,
}

/// One group of a breakdown: how many young people are in it, and the change over their scores
/// (one pair for each young person at each session they scored, so `change.start.n` counts
/// pairs, not people).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupChange {
    pub young_people: usize,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BreakdownBy {
    AgeBand,
    Sex,
    Ethnicity,
}

/// Age bands used in youth justice returns, youngest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AgeBand {
    #[serde(rename = "under_10")]
    Under10,
    #[serde(rename = "10_to_14")]
    From10To14,
    #[serde(rename = "15_to_17")]
    From15To17,
    #[serde(rename = "18_and_over")]
    From18,
}

/// The age band of someone `age` years old.
pub fn age_band(age: i32) -> AgeBand {
    match age {
        age if age < 10 => AgeBand::Under10,
        age if age <= 14 => AgeBand::From10To14,
        age if age <= 17 => AgeBand::From15To17,
        _ => AgeBand::From18,
    }
}

/// A group of a breakdown: an age band, a sex or ethnicity as recorded, or nothing recorded.
/// Ordered as a report lists them: recorded words, then age bands youngest first, then "not
/// recorded". The desk words bands and "not recorded" in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Group {
    Recorded(String),
    AgeBand(AgeBand),
    NotRecorded,
}

/// Whole years between a birth date and a day.
pub fn age_on(birth: time::Date, day: time::Date) -> i32 {
    let mut age = day.year() - birth.year();
    if (day.month() as u8, day.day()) < (birth.month() as u8, birth.day()) {
        age -= 1;
    }
    age
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeasureChange {
    pub measure: Measure,
    pub change: Change,
}

/// `GET /api/v1/sessions/{id}/report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionReport {
    pub session: LiveSession,
    pub attendance: usize,
    pub changes: Vec<MeasureChange>,
    pub participants: Vec<ParticipantRow>,
}

/// One row of a programme report: a topic (or review measure) in one cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeRow {
    pub cohort: String,
    pub position: Option<u32>,
    pub title: String,
    pub measure: Measure,
    pub sessions: usize,
    pub attendance: usize,
    pub change: Change,
    /// Every score given, start and end, whether or not the pair is complete.
    pub start_all: Summary,
    pub end_all: Summary,
}

/// How many of a programme's sessions one young person came to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceRow {
    pub young_person_id: Uuid,
    pub name: String,
    pub cohort: String,
    pub attended: usize,
    pub of: usize,
}

/// `GET /api/v1/programmes/{id}/report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeReport {
    pub programme: Programme,
    pub rows: Vec<ProgrammeRow>,
    pub attendance: Vec<AttendanceRow>,
    /// Start-to-end change over every topic session, by age band, sex and ethnicity.
    pub breakdowns: Vec<Breakdown>,
}

/// One session in a young person's scaling history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryRow {
    pub session_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub opened_at: OffsetDateTime,
    pub programme_name: String,
    pub title: String,
    pub measure: Measure,
    pub start: Option<u8>,
    pub end: Option<u8>,
}

/// What staff record about a young person for report breakdowns; every field optional (empty
/// when not known). Both the request of `PUT /young-people/{id}/profile` and what is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileFields {
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub sex: String,
    #[serde(default)]
    pub ethnicity: String,
}

/// `GET /api/v1/young-people/{id}/scaling`: the profile used for breakdowns, and every score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScalingHistory {
    pub profile: ProfileFields,
    pub rows: Vec<HistoryRow>,
}

/// A session in the staff list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionListItem {
    pub id: Uuid,
    pub code: String,
    pub kind: SessionKind,
    pub programme_name: String,
    pub title: String,
    pub cohort: String,
    pub phase: Phase,
    #[serde(with = "time::serde::rfc3339")]
    pub opened_at: OffsetDateTime,
    pub joined: usize,
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    #[test]
    fn join_codes_are_read_as_typed_and_refuse_look_alikes() {
        assert_eq!(JoinCode::parse("ac d-e f"), Err(ErrorCode::JoinCodeNotFound));
        assert_eq!(JoinCode::parse("acd-efg").unwrap().as_str(), "ACDEFG");
        assert_eq!(JoinCode::parse("ACDEF0"), Err(ErrorCode::JoinCodeNotFound));
        assert_eq!(JoinCode::parse("ACDEFGH"), Err(ErrorCode::JoinCodeNotFound));
        let code = JoinCode::from_random(&[0, 24, 25, 200, 255, 7]);
        assert_eq!(JoinCode::parse(code.as_str()), Ok(code));
    }

    #[test]
    fn sessions_only_move_forward() {
        assert_eq!(Phase::Start.may_move_to(Phase::End), Ok(()));
        assert_eq!(Phase::Start.may_move_to(Phase::Closed), Ok(()));
        assert_eq!(Phase::End.may_move_to(Phase::Start), Err(ErrorCode::PhaseCannotGoBack));
        assert_eq!(Phase::Closed.may_move_to(Phase::Closed), Err(ErrorCode::PhaseCannotGoBack));
    }

    #[test]
    fn offline_scores_count_if_given_while_the_session_was_open() {
        let joined = datetime!(2026-11-22 10:00 UTC);
        let closed = datetime!(2026-11-22 11:00 UTC);
        let now = datetime!(2026-11-22 15:00 UTC);
        let ok = score_acceptable(datetime!(2026-11-22 10:55 UTC), joined, Some(closed), now);
        assert_eq!(ok, Ok(()));
        let late = score_acceptable(datetime!(2026-11-22 11:01 UTC), joined, Some(closed), now);
        assert_eq!(late, Err(ErrorCode::SessionClosed));
        let before_joining = score_acceptable(datetime!(2026-11-22 09:00 UTC), joined, None, now);
        assert_eq!(before_joining, Err(ErrorCode::ImplausibleDeviceTime));
        let future = score_acceptable(datetime!(2026-11-22 15:06 UTC), joined, None, now);
        assert_eq!(future, Err(ErrorCode::ImplausibleDeviceTime));
        let slightly_fast = score_acceptable(datetime!(2026-11-22 15:04 UTC), joined, None, now);
        assert_eq!(slightly_fast, Ok(()));
    }

    #[test]
    fn end_scores_count_only_once_the_worker_asks_for_them() {
        let start = datetime!(2026-11-22 10:00:30 UTC);
        let asked = datetime!(2026-11-22 10:50 UTC);
        assert_eq!(moment_open(SessionKind::Group, Moment::Start, start, None), Ok(()));
        assert_eq!(moment_open(SessionKind::Group, Moment::End, start, None), Err(ErrorCode::EndScoresNotOpen));
        assert_eq!(moment_open(SessionKind::OneToOne, Moment::End, start, Some(asked)), Err(ErrorCode::EndScoresNotOpen));
        assert_eq!(moment_open(SessionKind::Group, Moment::End, datetime!(2026-11-22 10:51 UTC), Some(asked)), Ok(()));
        // A phone a minute slow, asked at the same moment as everyone else.
        assert_eq!(moment_open(SessionKind::Group, Moment::End, datetime!(2026-11-22 10:49 UTC), Some(asked)), Ok(()));
        assert_eq!(moment_open(SessionKind::ProgrammeReview, Moment::End, start, None), Ok(()));
    }

    #[test]
    fn programmes_need_a_name_and_topics_in_plain_text() {
        let topic = TopicInput {
            title: "Gangs and knives".into(),
            question: "How much do you know?".into(),
            easy_read_question: "What do you know?".into(),
        };
        let request = CreateProgrammeRequest { name: " Which Way ".into(), description: String::new(), topics: vec![topic.clone()] };
        let parsed = NewProgramme::parse(&request).unwrap();
        assert_eq!(parsed.name, "Which Way");
        let no_topics = CreateProgrammeRequest { topics: vec![], ..request.clone() };
        assert_eq!(NewProgramme::parse(&no_topics), Err(ErrorCode::TopicsRequired));
        let blank = CreateProgrammeRequest { topics: vec![TopicInput { question: "  ".into(), ..topic.clone() }], ..request.clone() };
        assert_eq!(NewProgramme::parse(&blank), Err(ErrorCode::TextRequired));
        let long = CreateProgrammeRequest { name: "x".repeat(121), ..request };
        assert_eq!(NewProgramme::parse(&long), Err(ErrorCode::TextTooLong));
    }

    #[test]
    fn ages_and_bands() {
        assert_eq!(age_on(date!(2010 - 11 - 23), date!(2026 - 11 - 22)), 15);
        assert_eq!(age_on(date!(2010 - 11 - 22), date!(2026 - 11 - 22)), 16);
        assert_eq!(age_band(9), AgeBand::Under10);
        assert_eq!(age_band(14), AgeBand::From10To14);
        assert_eq!(age_band(15), AgeBand::From15To17);
        assert_eq!(age_band(18), AgeBand::From18);
        let mut groups = vec![Group::NotRecorded, Group::AgeBand(AgeBand::From18), Group::AgeBand(AgeBand::Under10)];
        groups.sort();
        assert_eq!(groups, [Group::AgeBand(AgeBand::Under10), Group::AgeBand(AgeBand::From18), Group::NotRecorded], "youngest first");
        assert_eq!(
            serde_json::to_value(Group::AgeBand(AgeBand::From10To14)).unwrap(),
            serde_json::json!({"kind": "age_band", "value": "10_to_14"})
        );
    }

    #[test]
    fn review_sessions_ask_the_three_programme_questions() {
        assert_eq!(SessionKind::Group.measures(), &[Measure::Topic]);
        assert_eq!(SessionKind::ProgrammeReview.measures().len(), 3);
        for kind in [SessionKind::Group, SessionKind::OneToOne, SessionKind::ProgrammeReview] {
            assert_eq!(SessionKind::parse(kind.as_str()), Some(kind));
        }
        for measure in Measure::ALL {
            assert_eq!(Measure::parse(measure.as_str()), Some(measure));
        }
    }
}
