//! The voice API as the app calls it: paths from `tandem_domain::paths`, answers typed.

use std::fmt::Display;

use tandem_domain::paths;
#[cfg(feature = "staff")]
use tandem_domain::voice::api::{CabinetMeeting, CabinetMember, ConsultationEdit, ConsultationListItem, ConsultationResults};

#[cfg(feature = "staff")]
use crate::api::Get;

/// The consultations inviting the person on this phone (kept on the phone for offline use).
pub fn mine_path() -> String {
    paths::VOICE_CONSULTATIONS_MINE.full()
}

/// "You said, we did" (kept on the phone for offline use).
pub fn feed_path() -> String {
    paths::VOICE_FEED.full()
}

/// Where a phone's ballot goes (through the outbox).
pub fn ballots_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_BALLOTS.path(&[&consultation])
}

/// Where a phone's agree/disagree votes go (through the outbox).
pub fn votes_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_VOTES.path(&[&consultation])
}

/// Where a phone's proposed statement goes (through the outbox).
pub fn proposals_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_PROPOSALS.path(&[&consultation])
}

/// Where a phone's answer (words or a voice note) goes (through the outbox).
pub fn answers_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_ANSWERS.path(&[&consultation])
}

#[cfg(feature = "staff")]
pub fn consultations() -> Get<Vec<ConsultationListItem>> {
    Get::new(paths::VOICE_CONSULTATIONS.full())
}

#[cfg(feature = "staff")]
pub fn consultations_path() -> String {
    paths::VOICE_CONSULTATIONS.full()
}

/// A consultation as saved, to edit it.
#[cfg(feature = "staff")]
pub fn consultation(consultation: impl Display) -> Get<ConsultationEdit> {
    Get::new(consultation_path(consultation))
}

/// Where a consultation is saved again.
#[cfg(feature = "staff")]
pub fn consultation_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_ITEM.path(&[&consultation])
}

#[cfg(feature = "staff")]
pub fn publish_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_PUBLISH.path(&[&consultation])
}

#[cfg(feature = "staff")]
pub fn results(consultation: impl Display) -> Get<ConsultationResults> {
    Get::new(paths::VOICE_CONSULTATIONS_RESULTS.path(&[&consultation]))
}

#[cfg(feature = "staff")]
pub fn export_csv(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_EXPORT_CSV.path(&[&consultation])
}

#[cfg(feature = "staff")]
pub fn proposal_path(consultation: impl Display, proposal: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_PROPOSALS_ITEM.path(&[&consultation, &proposal])
}

#[cfg(feature = "staff")]
pub fn voice_note(consultation: impl Display, answer: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_ANSWERS_VOICE_NOTE.path(&[&consultation, &answer])
}

#[cfg(feature = "staff")]
pub fn themes_path(consultation: impl Display, answer: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_ANSWERS_THEMES.path(&[&consultation, &answer])
}

#[cfg(feature = "staff")]
pub fn responses_path(consultation: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_RESPONSES.path(&[&consultation])
}

#[cfg(feature = "staff")]
pub fn response_path(consultation: impl Display, response: impl Display) -> String {
    paths::VOICE_CONSULTATIONS_RESPONSES_ITEM.path(&[&consultation, &response])
}

#[cfg(feature = "staff")]
pub fn cabinet() -> Get<Vec<CabinetMember>> {
    Get::new(paths::VOICE_CABINET.full())
}

#[cfg(feature = "staff")]
pub fn cabinet_path() -> String {
    paths::VOICE_CABINET.full()
}

#[cfg(feature = "staff")]
pub fn cabinet_candidates() -> Get<Vec<CabinetMember>> {
    Get::new(paths::VOICE_CABINET_CANDIDATES.full())
}

#[cfg(feature = "staff")]
pub fn cabinet_member_path(young_person: impl Display) -> String {
    paths::VOICE_CABINET_ITEM.path(&[&young_person])
}

#[cfg(feature = "staff")]
pub fn meetings() -> Get<Vec<CabinetMeeting>> {
    Get::new(paths::VOICE_CABINET_MEETINGS.full())
}

#[cfg(feature = "staff")]
pub fn meetings_path() -> String {
    paths::VOICE_CABINET_MEETINGS.full()
}

#[cfg(feature = "staff")]
pub fn cancel_meeting_path(meeting: impl Display) -> String {
    paths::VOICE_CABINET_MEETINGS_CANCEL.path(&[&meeting])
}
