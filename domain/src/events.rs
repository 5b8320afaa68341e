//! The events a submission writes to the outbox for the case record, typed: each kind is one
//! [`EventKind`], each payload one struct. The feature that writes an event builds its struct,
//! and the relay reads the stored payload back into the same struct ([`Event::from_stored`]), so
//! a renamed or missing field cannot compile on one side and silently send an empty FHIR element
//! on the other. Payloads refuse fields they do not know, so a stored payload that no longer
//! matches its struct is found, not half-read.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::assessments::{FormKind, Purpose};
use crate::complaints::FeedbackKind;
use crate::plans::{Party, RowChange, RowStatus};
use crate::sessions::{Measure, SessionKind};

/// Every kind of event, by its stable name (kept in the outbox and sent to the record).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    SessionScores,
    SessionScoresUpdated,
    PlanVersion,
    PlanAgreement,
    PlanReview,
    AppointmentReply,
    SurveyResponse,
    AssessmentAnswered,
    ComplaintReceived,
    ComplaintResolved,
    VoiceContribution,
    SafetyAlert,
    SafetyAcknowledged,
}

impl EventKind {
    /// Every kind (tests check each has its FHIR resource).
    pub const ALL: [EventKind; 13] = [
        EventKind::SessionScores,
        EventKind::SessionScoresUpdated,
        EventKind::PlanVersion,
        EventKind::PlanAgreement,
        EventKind::PlanReview,
        EventKind::AppointmentReply,
        EventKind::SurveyResponse,
        EventKind::AssessmentAnswered,
        EventKind::ComplaintReceived,
        EventKind::ComplaintResolved,
        EventKind::VoiceContribution,
        EventKind::SafetyAlert,
        EventKind::SafetyAcknowledged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::SessionScores => "session.scores",
            EventKind::SessionScoresUpdated => "session.scores_updated",
            EventKind::PlanVersion => "plan.version",
            EventKind::PlanAgreement => "plan.agreement",
            EventKind::PlanReview => "plan.review",
            EventKind::AppointmentReply => "appointment.reply",
            EventKind::SurveyResponse => "survey.response",
            EventKind::AssessmentAnswered => "assessment.answered",
            EventKind::ComplaintReceived => "complaint.received",
            EventKind::ComplaintResolved => "complaint.resolved",
            EventKind::VoiceContribution => "voice.contribution",
            EventKind::SafetyAlert => "safety.alert",
            EventKind::SafetyAcknowledged => "safety.acknowledged",
        }
    }

    pub fn parse(raw: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }
}

/// One score question of a session, as the record receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureScores {
    pub measure: Measure,
    /// The question in words.
    pub question: String,
    pub start: Option<u8>,
    pub end: Option<u8>,
}

/// A young person's scores in one session (`session.scores`, and `session.scores_updated` when
/// they change after the session closed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoresPayload {
    pub session_id: Uuid,
    pub session_kind: SessionKind,
    pub programme: String,
    pub topic: Option<String>,
    /// The group's name; empty for none.
    pub cohort: String,
    /// When the session opened, in seconds since 1970 (UTC).
    pub opened_at: i64,
    pub scores: Vec<MeasureScores>,
}

/// A plan row as the record receives it: the words and statuses, without suggestions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordRow {
    pub row_id: Uuid,
    pub target: String,
    pub i_will: String,
    pub carer_will: String,
    pub worker_will: String,
    pub how_i_know: String,
    pub status: RowStatus,
    pub dropped_reason: String,
    pub review_date: Option<String>,
}

/// A new version of a plan (`plan.version`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanVersionPayload {
    pub version: u32,
    /// The name of who changed it.
    pub changed_by: String,
    pub party: Party,
    pub changed: Vec<RowChange>,
    pub rows: Vec<RecordRow>,
}

/// Someone's answer to a version of the plan (`plan.agreement`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAgreementPayload {
    pub version: u32,
    /// The name of who answered.
    pub person: String,
    pub party: Party,
    pub agreed: bool,
    pub change_wanted: String,
    /// The plan as that person saw it.
    pub rows: Vec<RecordRow>,
}

/// The young person's 0-10 for one target at a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetScore {
    pub row_id: Uuid,
    pub target: String,
    pub score: i64,
}

/// A plan review (`plan.review`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanReviewPayload {
    pub plan_version: u32,
    /// The name of who recorded it.
    pub recorded_by: String,
    pub went_well: String,
    pub progress: Vec<TargetScore>,
    pub next_review: String,
}

/// A young person's or carer's reply to an appointment (`appointment.reply`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppointmentReplyPayload {
    pub appointment_id: Uuid,
    /// The case record's own id, when it sent the appointment.
    pub case_record_appointment_id: Option<String>,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    pub purpose: String,
    pub place: String,
    pub person_id: Uuid,
    pub person_name: String,
    /// `young_person` or `carer`.
    pub party: String,
    pub coming: bool,
    pub reason: String,
    /// The worker's free time they asked to move it to, when they chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asks_for: Option<Period>,
}

/// A stretch of time, RFC 3339 in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// A survey response (`survey.response`), with its answers already as FHIR
/// QuestionnaireResponse items in the wording the person saw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyResponsePayload {
    pub survey_id: Uuid,
    /// A named response's id, as the survey's FHIR export identifies it, so a record importing
    /// both holds one answer. None for an anonymous one (nothing links its event to its row), nor
    /// in events queued before it was carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_id: Option<Uuid>,
    pub version: u32,
    pub title: String,
    /// The canonical of the survey's Questionnaire.
    pub questionnaire: String,
    /// `young_person` or `carer`.
    pub answered_as: String,
    pub anonymous: bool,
    pub item: Vec<serde_json::Value>,
    /// The name of who answered; never for an anonymous response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
}

/// A form a worker asked for, finished (`assessment.answered`): the answers already as FHIR
/// QuestionnaireResponse items, in the wording the person saw ("I'd rather not say" as an item
/// with no answer, marked asked-declined).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentPayload {
    pub assignment_id: Uuid,
    pub form: FormKind,
    pub version: u32,
    pub title: String,
    pub purpose: Purpose,
    /// The canonical of the form's Questionnaire, with its version.
    pub questionnaire: String,
    /// `young_person` or `carer`.
    pub answered_as: String,
    pub person: PersonNamed,
    /// "About me": for the allocated worker's eyes only.
    pub worker_only: bool,
    pub item: Vec<serde_json::Value>,
}

/// A complaint or compliment as it arrived (`complaint.received`). Not `deny_unknown_fields`:
/// serde cannot check that through the flattened [`RaisedBy`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintReceivedPayload {
    pub complaint_id: Uuid,
    pub kind: FeedbackKind,
    pub text: String,
    pub anonymous: bool,
    pub received_on: String,
    pub respond_by: String,
    #[serde(flatten)]
    pub raised_by: RaisedBy,
}

/// A complaint or compliment resolved, with its outcome (`complaint.resolved`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintResolvedPayload {
    pub complaint_id: Uuid,
    pub kind: FeedbackKind,
    pub text: String,
    pub outcome: String,
    pub resolved_on: String,
    #[serde(flatten)]
    pub raised_by: RaisedBy,
}

/// Who raised a complaint or compliment, as its events name them: nobody for an anonymous one;
/// a named carer with the young people they care for, whom it may be about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaisedBy {
    /// `young_person` or `carer`.
    pub raised_as: String,
    /// Their name; never for an anonymous one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Their Tandem id; never for an anonymous one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<PersonNamed>,
}

impl RaisedBy {
    /// The young person whose record it goes into: the raiser, when a named young person.
    pub fn young_person_id(&self) -> Option<Uuid> {
        self.person_id.filter(|_| self.raised_as == "young_person")
    }
}

/// A person an event names without being in their record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonNamed {
    pub id: Uuid,
    pub name: String,
}

/// A named contribution to a consultation (`voice.contribution`). A ballot or statement vote
/// says only that the person took part, never what they chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionPayload {
    pub consultation_id: Uuid,
    pub title: String,
    /// The activity's wording (question or prompt).
    pub activity: String,
    /// `ballot`, `statement_votes`, `proposal`, `answer` or `voice_note`.
    pub contribution: String,
    pub text: String,
}

/// A young person said they do not feel safe (`safety.alert`): urgent for the case record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyAlertPayload {
    pub alert_id: Uuid,
    /// What they wrote; empty when they only asked for help.
    pub words: String,
}

/// A member of staff saw an alert and said what they did (`safety.acknowledged`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyAcknowledgedPayload {
    pub alert_id: Uuid,
    pub by: String,
    pub action: String,
}

/// An event with its payload. Serialised untagged, as its payload alone: the kind is stored
/// beside it ([`Event::kind`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Event {
    SessionScores(ScoresPayload),
    SessionScoresUpdated(ScoresPayload),
    PlanVersion(PlanVersionPayload),
    PlanAgreement(PlanAgreementPayload),
    PlanReview(PlanReviewPayload),
    AppointmentReply(AppointmentReplyPayload),
    SurveyResponse(SurveyResponsePayload),
    AssessmentAnswered(AssessmentPayload),
    ComplaintReceived(ComplaintReceivedPayload),
    ComplaintResolved(ComplaintResolvedPayload),
    VoiceContribution(ContributionPayload),
    SafetyAlert(SafetyAlertPayload),
    SafetyAcknowledged(SafetyAcknowledgedPayload),
}

/// Why a stored event could not be read back into its type.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    #[error("unknown event kind {0}")]
    UnknownKind(String),
    #[error("payload of {kind} does not match its type: {source}")]
    Payload {
        kind: &'static str,
        #[source]
        source: serde_json::Error,
    },
}

impl Event {
    pub fn kind(&self) -> EventKind {
        match self {
            Event::SessionScores(_) => EventKind::SessionScores,
            Event::SessionScoresUpdated(_) => EventKind::SessionScoresUpdated,
            Event::PlanVersion(_) => EventKind::PlanVersion,
            Event::PlanAgreement(_) => EventKind::PlanAgreement,
            Event::PlanReview(_) => EventKind::PlanReview,
            Event::AppointmentReply(_) => EventKind::AppointmentReply,
            Event::SurveyResponse(_) => EventKind::SurveyResponse,
            Event::AssessmentAnswered(_) => EventKind::AssessmentAnswered,
            Event::ComplaintReceived(_) => EventKind::ComplaintReceived,
            Event::ComplaintResolved(_) => EventKind::ComplaintResolved,
            Event::VoiceContribution(_) => EventKind::VoiceContribution,
            Event::SafetyAlert(_) => EventKind::SafetyAlert,
            Event::SafetyAcknowledged(_) => EventKind::SafetyAcknowledged,
        }
    }

    /// The payload as stored and sent.
    pub fn payload(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    /// Reads a stored kind and payload back into its type.
    pub fn from_stored(kind: &str, payload: &serde_json::Value) -> Result<Event, EventError> {
        let kind = EventKind::parse(kind).ok_or_else(|| EventError::UnknownKind(kind.to_owned()))?;
        let read = |source| EventError::Payload { kind: kind.as_str(), source };
        let payload = payload.clone();
        Ok(match kind {
            EventKind::SessionScores => Event::SessionScores(serde_json::from_value(payload).map_err(read)?),
            EventKind::SessionScoresUpdated => Event::SessionScoresUpdated(serde_json::from_value(payload).map_err(read)?),
            EventKind::PlanVersion => Event::PlanVersion(serde_json::from_value(payload).map_err(read)?),
            EventKind::PlanAgreement => Event::PlanAgreement(serde_json::from_value(payload).map_err(read)?),
            EventKind::PlanReview => Event::PlanReview(serde_json::from_value(payload).map_err(read)?),
            EventKind::AppointmentReply => Event::AppointmentReply(serde_json::from_value(payload).map_err(read)?),
            EventKind::SurveyResponse => Event::SurveyResponse(serde_json::from_value(payload).map_err(read)?),
            EventKind::AssessmentAnswered => Event::AssessmentAnswered(serde_json::from_value(payload).map_err(read)?),
            EventKind::ComplaintReceived => Event::ComplaintReceived(serde_json::from_value(payload).map_err(read)?),
            EventKind::ComplaintResolved => Event::ComplaintResolved(serde_json::from_value(payload).map_err(read)?),
            EventKind::VoiceContribution => Event::VoiceContribution(serde_json::from_value(payload).map_err(read)?),
            EventKind::SafetyAlert => Event::SafetyAlert(serde_json::from_value(payload).map_err(read)?),
            EventKind::SafetyAcknowledged => Event::SafetyAcknowledged(serde_json::from_value(payload).map_err(read)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_named_once_and_parses_back() {
        let mut names: Vec<&str> = EventKind::ALL.iter().map(|kind| kind.as_str()).collect();
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EventKind::ALL.len());
        assert_eq!(EventKind::parse("plan.agreed"), None);
    }

    #[test]
    fn a_payload_with_a_renamed_field_is_refused() {
        let stored = serde_json::json!({
            "consultation_id": Uuid::nil(), "title": "Youth centre", "activity": "What should change?",
            "contribution": "answer", "words": "Longer hours",
        });
        assert!(matches!(Event::from_stored("voice.contribution", &stored), Err(EventError::Payload { kind: "voice.contribution", .. })));
        assert!(matches!(Event::from_stored("plan.agreed", &stored), Err(EventError::UnknownKind(_))));
    }
}
