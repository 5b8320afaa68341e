//! What the voice API carries: consultations as officers save them, what a phone is given and
//! sends back, the results staff read (and participants after the close), the published
//! responses and the youth cabinet.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{About, Activity, ConsultationRequest, Invited, IssueCount, ResponseStatus, Vote, ANSWER_MAX, STATEMENT_MAX};
use crate::surveys::api::SurveyStatus;
use crate::text::clean_free_text;
use crate::ErrorCode;

/// A consultation in the staff list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationListItem {
    pub id: Uuid,
    pub title: String,
    pub status: SurveyStatus,
    pub invited: Invited,
    pub anonymous: bool,
    pub opens_on: String,
    pub closes_on: String,
    /// People who took part in anything.
    pub participants: u32,
    /// Proposed statements waiting for an officer.
    pub waiting_for_approval: u32,
    pub responses: u32,
}

/// A consultation opened for editing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationEdit {
    pub id: Uuid,
    pub published: bool,
    pub request: ConsultationRequest,
}

/// The answer to saving or publishing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationSaved {
    pub id: Uuid,
    pub published: bool,
}

/// What this person has already done in a consultation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Done {
    /// Ballots (activity ids) voted in.
    pub ballots: Vec<String>,
    /// Statements (ids) voted on.
    pub statements: Vec<String>,
    /// Questions (activity ids) answered.
    pub questions: Vec<String>,
}

/// An open consultation on a phone. Statement sets include the approved proposals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationToJoin {
    pub id: Uuid,
    pub title: String,
    pub background: String,
    pub audience: String,
    pub closes_on: String,
    pub anonymous: bool,
    /// For the youth cabinet: listed first.
    pub cabinet: bool,
    pub activities: Vec<Activity>,
    pub done: Done,
}

/// A ballot: the issue ids in order of preference (one for a pick-one ballot).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotRequest {
    pub activity_id: String,
    pub ranking: Vec<String>,
    /// When it was given, by the phone's clock (milliseconds since 1970): a ballot given offline
    /// while the consultation was open still counts.
    pub given_at_ms: i64,
}

/// A vote on one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoteRequest {
    pub statement_id: String,
    pub vote: Vote,
    pub given_at_ms: i64,
}

/// A statement a participant proposes (shown to others once approved).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProposalRequest {
    pub activity_id: String,
    pub text: String,
    pub given_at_ms: i64,
}

/// A recorded voice note, as the browser made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoiceNote {
    /// e.g. `audio/webm;codecs=opus`.
    pub content_type: String,
    /// The recording, base64 (standard alphabet, padded).
    pub base64: String,
}

impl VoiceNote {
    /// The size once decoded, from the base64's length.
    pub fn decoded_len(&self) -> usize {
        let trimmed = self.base64.trim_end_matches('=');
        trimmed.len() * 3 / 4
    }
}

/// An answer to an open question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerRequest {
    pub activity_id: String,
    /// The words (the text alternative when a voice note is given; may then be empty).
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub voice_note: Option<VoiceNote>,
    pub given_at_ms: i64,
}

/// What the server answers to any contribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContributionReceipt {
    pub consultation_id: Uuid,
    /// The ballot, statement or question; for a proposal the new statement's id in a named
    /// consultation, the activity's in an anonymous one (its id would name who proposed it).
    pub id: String,
}

/// A ballot's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotResults {
    pub activity_id: String,
    pub question: String,
    pub ranked: bool,
    /// Ballots cast (one per person).
    pub ballots: u64,
    /// Most supported first.
    pub counts: Vec<IssueCount>,
}

/// One statement's votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatementCount {
    pub id: String,
    pub text: String,
    /// Proposed by a participant (and approved).
    pub proposed: bool,
    pub agree: u64,
    pub disagree: u64,
    pub pass: u64,
    /// Of every vote, passes included.
    pub agree_percent: u32,
    pub disagree_percent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatementResults {
    pub activity_id: String,
    pub prompt: String,
    pub statements: Vec<StatementCount>,
}

/// What participants see once a consultation has closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicResults {
    pub ballots: Vec<BallotResults>,
    pub statements: Vec<StatementResults>,
}

/// A proposed statement waiting for (or refused by) an officer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Proposal {
    pub id: String,
    pub activity_id: String,
    pub text: String,
    /// None while waiting.
    pub approved: Option<bool>,
}

/// An open answer, for staff to read (and listen to) and tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerItem {
    pub id: Uuid,
    pub activity_id: String,
    pub text: String,
    pub voice_note: bool,
    pub themes: Vec<String>,
    /// Only for a named consultation.
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeCount {
    pub theme: String,
    pub answers: u32,
}

/// A published response: "you said, we did".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeDid {
    pub id: Uuid,
    pub about: About,
    /// The statement's or issue's words, or the theme (empty for the whole consultation).
    pub about_text: String,
    /// What will change, or why it cannot.
    pub we_did: String,
    /// `YYYY-MM-DD`, when something is planned by.
    pub by_when: Option<String>,
    pub decided_by: String,
    pub status: ResponseStatus,
    /// `YYYY-MM-DD` (UK) of the last change.
    pub updated_on: String,
}

/// Everything staff see about a consultation, live while it is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationResults {
    pub id: Uuid,
    pub title: String,
    pub status: SurveyStatus,
    pub audience: String,
    pub anonymous: bool,
    pub participants: u32,
    /// Ballots, statement votes and (anonymous) answers and proposals that came today: they are
    /// counted after the day is over, so nobody can pair them with who took part.
    pub waiting: u32,
    pub results: PublicResults,
    pub proposals: Vec<Proposal>,
    pub answers: Vec<AnswerItem>,
    pub themes: Vec<ThemeCount>,
    pub responses: Vec<WeDid>,
}

/// Approving or refusing a proposed statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationRequest {
    pub approved: bool,
}

/// The themes an answer is tagged with (replacing its tags).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemesRequest {
    pub themes: Vec<String>,
}

/// Publishing or updating a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeDidRequest {
    pub about: About,
    pub we_did: String,
    #[serde(default)]
    pub by_when: Option<String>,
    pub decided_by: String,
    pub status: ResponseStatus,
}

impl WeDidRequest {
    /// Every wording present and within bounds (what changes 2,000 characters, who decided
    /// 200, a theme as a statement), and a real date if one is given.
    pub fn check(&self) -> Result<(), ErrorCode> {
        for (text, max) in [(&self.we_did, ANSWER_MAX), (&self.decided_by, 200)] {
            if clean_free_text(text, max)?.is_empty() {
                return Err(ErrorCode::TextRequired);
            }
        }
        if let About::Theme(theme) = &self.about {
            if clean_free_text(theme, STATEMENT_MAX)?.is_empty() {
                return Err(ErrorCode::TextRequired);
            }
        }
        if let Some(day) = &self.by_when {
            crate::plans::parse_date(day)?;
        }
        Ok(())
    }
}

/// A consultation in the "you said, we did" feed of a young person or carer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedItem {
    pub consultation_id: Uuid,
    pub title: String,
    pub audience: String,
    pub closes_on: String,
    pub status: SurveyStatus,
    pub took_part: bool,
    /// Only once it has closed.
    pub results: Option<PublicResults>,
    pub responses: Vec<WeDid>,
}

/// A youth cabinet member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CabinetMember {
    pub young_person_id: Uuid,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CabinetRequest {
    pub young_person_id: Uuid,
}

/// A youth cabinet meeting as its officer sees it. Each member has it as an appointment, with
/// the appointment's reminders and "I'll be there" or "I need to change this".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CabinetMeeting {
    pub id: Uuid,
    /// `2026-12-03`, in London.
    pub date: String,
    /// 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    pub start: String,
    pub end: String,
    pub place: String,
    pub purpose: String,
    pub cancelled: bool,
    /// How many members have it as an appointment.
    pub invited: u32,
    /// Each member's latest reply.
    pub replies: Vec<crate::appointments::ReplyView>,
}
