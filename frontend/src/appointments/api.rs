//! The appointments and reminders API as the app calls it: paths from `tandem_domain::paths`.

use std::fmt::Display;

use tandem_domain::appointments::PushSettings;
#[cfg(feature = "staff")]
use tandem_domain::appointments::ReminderSettings;
use tandem_domain::paths;

use crate::api::Get;

/// The phone's appointments (kept on the phone for offline use).
pub fn mine_path() -> String {
    paths::APPOINTMENTS.full()
}

/// Where a phone's "I'll be there" or "I need to change this" goes (through the outbox).
pub fn replies_path(appointment: impl Display) -> String {
    paths::APPOINTMENTS_REPLIES.path(&[&appointment])
}

/// Where a phone's push subscription goes.
pub fn subscriptions_path() -> String {
    paths::PUSH_SUBSCRIPTIONS.full()
}

/// Whether reminders reach this person, and how detailed they are.
pub fn push_settings() -> Get<PushSettings> {
    Get::new(paths::PUSH.full())
}

pub fn detailed_path() -> String {
    paths::PUSH_DETAILED.full()
}

/// A young person's appointments, for their worker; also where new ones are made.
#[cfg(feature = "staff")]
pub fn of_young_person_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_APPOINTMENTS.path(&[&young_person])
}

#[cfg(feature = "staff")]
pub fn outcome_path(appointment: impl Display) -> String {
    paths::APPOINTMENTS_OUTCOME.path(&[&appointment])
}

#[cfg(feature = "staff")]
pub fn reminder_settings() -> Get<ReminderSettings> {
    Get::new(paths::REMINDERS_SETTINGS.full())
}

#[cfg(feature = "staff")]
pub fn reminder_settings_path() -> String {
    paths::REMINDERS_SETTINGS.full()
}

/// The caller's own free times.
#[cfg(feature = "staff")]
pub fn free_times() -> Get<Vec<tandem_domain::appointments::FreeTime>> {
    Get::new(paths::FREE_TIMES.full())
}

#[cfg(feature = "staff")]
pub fn free_times_path() -> String {
    paths::FREE_TIMES.full()
}

#[cfg(feature = "staff")]
pub fn free_time_path(id: impl Display) -> String {
    paths::FREE_TIMES_ITEM.path(&[&id])
}
