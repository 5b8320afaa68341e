//! The relay API as the staff pages call it: paths from `tandem_domain::paths`, answers typed.

use std::fmt::Display;

use tandem_domain::paths;
use tandem_domain::relay::{CaseRecordIdRequest, RelayEvent, RelaySettings, RelaySummary};
use uuid::Uuid;

use crate::api::Get;

pub fn summary() -> Get<RelaySummary> {
    Get::new(paths::RELAY_SUMMARY.full())
}

pub fn events() -> Get<Vec<RelayEvent>> {
    Get::new(paths::RELAY_EVENTS.full())
}

pub fn events_of(young_person: impl Display) -> Get<Vec<RelayEvent>> {
    Get::new(format!("{}?young_person_id={young_person}", paths::RELAY_EVENTS.full()))
}

/// Puts a failed event back in the queue.
pub fn retry_path(event: Uuid) -> String {
    paths::RELAY_EVENTS_RETRY.path(&[&event])
}

/// Says staff put an event in the record by hand.
pub fn recorded_path(event: Uuid) -> String {
    paths::RELAY_EVENTS_RECORDED.path(&[&event])
}

pub fn case_record_id(young_person: impl Display) -> Get<CaseRecordIdRequest> {
    Get::new(paths::YOUNG_PEOPLE_CASE_RECORD_ID.path(&[&young_person]))
}

pub fn case_record_id_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_CASE_RECORD_ID.path(&[&young_person])
}

pub fn ndjson(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_RELAY_NDJSON.path(&[&young_person])
}

pub fn csv(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_RELAY_CSV.path(&[&young_person])
}

pub fn settings() -> Get<RelaySettings> {
    Get::new(paths::RELAY_SETTINGS.full())
}

pub fn settings_path() -> String {
    paths::RELAY_SETTINGS.full()
}
