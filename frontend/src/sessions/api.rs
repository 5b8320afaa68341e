//! The session-scaling API as the app calls it: paths from `tandem_domain::paths`, answers typed.

#[cfg(feature = "staff")]
use std::fmt::Display;

use tandem_domain::paths;
#[cfg(feature = "staff")]
use tandem_domain::sessions::{LiveSession, Programme, ProgrammeReport, ScalingHistory, SessionListItem, SessionReport};

#[cfg(feature = "staff")]
use crate::api::Get;

/// Where a phone joins a session by its code.
pub fn join_path() -> String {
    paths::SCALING_JOIN.full()
}

/// Where a phone's scores go (through the outbox).
pub fn scores_path() -> String {
    paths::SCALING_SCORES.full()
}

/// Where the session a phone joined stands (the participant token is the phone's proof).
pub fn participant_path(token: &str) -> String {
    paths::SCALING_PARTICIPANTS_ITEM.path(&[&token])
}

/// The service's programmes.
#[cfg(feature = "staff")]
pub fn programmes() -> Get<Vec<Programme>> {
    Get::new(paths::PROGRAMMES.full())
}

#[cfg(feature = "staff")]
pub fn programmes_path() -> String {
    paths::PROGRAMMES.full()
}

#[cfg(feature = "staff")]
pub fn sessions() -> Get<Vec<SessionListItem>> {
    Get::new(paths::SESSIONS.full())
}

#[cfg(feature = "staff")]
pub fn sessions_path() -> String {
    paths::SESSIONS.full()
}

#[cfg(feature = "staff")]
pub fn live(session: impl Display) -> Get<LiveSession> {
    Get::new(paths::SESSIONS_ITEM.path(&[&session]))
}

#[cfg(feature = "staff")]
pub fn phase_path(session: impl Display) -> String {
    paths::SESSIONS_PHASE.path(&[&session])
}

#[cfg(feature = "staff")]
pub fn session_report(session: impl Display) -> Get<SessionReport> {
    Get::new(paths::SESSIONS_REPORT.path(&[&session]))
}

#[cfg(feature = "staff")]
pub fn session_report_csv(session: impl Display) -> String {
    paths::SESSIONS_REPORT_CSV.path(&[&session])
}

#[cfg(feature = "staff")]
pub fn programme_report(programme: impl Display) -> Get<ProgrammeReport> {
    Get::new(paths::PROGRAMMES_REPORT.path(&[&programme]))
}

#[cfg(feature = "staff")]
pub fn programme_report_csv(programme: impl Display) -> String {
    paths::PROGRAMMES_REPORT_CSV.path(&[&programme])
}

#[cfg(feature = "staff")]
pub fn scaling_history(young_person: impl Display) -> Get<ScalingHistory> {
    Get::new(paths::YOUNG_PEOPLE_SCALING.path(&[&young_person]))
}

#[cfg(feature = "staff")]
pub fn profile_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_PROFILE.path(&[&young_person])
}
