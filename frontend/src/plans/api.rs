//! The plan API as the app calls it: paths from `tandem_domain::paths`, answers typed.

use std::fmt::Display;

use tandem_domain::paths;
#[cfg(feature = "staff")]
use tandem_domain::plans::{HistoryEntry, PlanAttention, PlanView};

#[cfg(feature = "staff")]
use crate::api::Get;

/// The phone's plans (read through the phone's copy for offline use).
pub fn mine_path() -> String {
    paths::PLANS.full()
}

/// Where a change to a young person's plan goes (the phone's outbox, or staff at once).
pub fn changes_path(young_person: impl Display) -> String {
    paths::PLANS_CHANGES.path(&[&young_person])
}

/// Where "I agree" or "I would change..." goes.
pub fn answers_path(young_person: impl Display) -> String {
    paths::PLANS_ANSWERS.path(&[&young_person])
}

#[cfg(feature = "staff")]
pub fn reviews_path(young_person: impl Display) -> String {
    paths::PLANS_REVIEWS.path(&[&young_person])
}

#[cfg(feature = "staff")]
pub fn plan_of(young_person: impl Display) -> Get<PlanView> {
    Get::new(paths::YOUNG_PEOPLE_PLAN.path(&[&young_person]))
}

#[cfg(feature = "staff")]
pub fn history_of(young_person: impl Display) -> Get<Vec<HistoryEntry>> {
    Get::new(paths::YOUNG_PEOPLE_PLAN_HISTORY.path(&[&young_person]))
}

/// Plans waiting for someone's agreement, for the worker's home page.
#[cfg(feature = "staff")]
pub fn attention() -> Get<Vec<PlanAttention>> {
    Get::new(paths::PLANS_ATTENTION.full())
}
