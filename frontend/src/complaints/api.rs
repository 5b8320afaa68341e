//! The complaints and compliments API as the app calls it: paths from `tandem_domain::paths`.

#[cfg(feature = "staff")]
use std::fmt::Display;

#[cfg(feature = "staff")]
use tandem_domain::complaints::Register;
use tandem_domain::paths;

#[cfg(feature = "staff")]
use crate::api::Get;

/// Where a phone's complaint or compliment goes (through the outbox).
pub fn raise_path() -> String {
    paths::COMPLAINTS.full()
}

/// Where a phone asks after the items its follow tokens name.
pub fn followed_path() -> String {
    paths::COMPLAINTS_FOLLOWED.full()
}

#[cfg(feature = "staff")]
pub fn register() -> Get<Register> {
    Get::new(paths::COMPLAINTS.full())
}

#[cfg(feature = "staff")]
pub fn item_path(id: impl Display) -> String {
    paths::COMPLAINTS_ITEM.path(&[&id])
}

#[cfg(feature = "staff")]
pub fn settings_path() -> String {
    paths::COMPLAINTS_SETTINGS.full()
}
