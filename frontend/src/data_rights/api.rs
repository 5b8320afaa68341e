//! The data-rights API as the pages call it.

use tandem_domain::cases::AboutMyData;
#[cfg(feature = "staff")]
use tandem_domain::cases::RetentionSettings;
use tandem_domain::paths;

use crate::api::Get;

/// What the signed-in person's phone says Tandem keeps about them, and for how long.
pub fn about_me() -> Get<AboutMyData> {
    Get::new(paths::DATA_RIGHTS_ABOUT_ME.full())
}

/// How long the service keeps what it no longer needs.
#[cfg(feature = "staff")]
pub fn retention() -> Get<RetentionSettings> {
    Get::new(paths::DATA_RIGHTS_RETENTION.full())
}

/// Erases a young person or carer on their request (managers).
#[cfg(feature = "staff")]
pub async fn erase(person: impl std::fmt::Display, request: &tandem_domain::cases::EraseRequest) -> Result<(), crate::api::ReadError> {
    crate::api::post_json::<Option<()>>(&paths::PEOPLE_ERASURE.path(&[&person]), request).await.map(|_| ())
}

#[cfg(feature = "staff")]
pub async fn set_retention(settings: &RetentionSettings) -> Result<(), crate::api::ReadError> {
    crate::api::put_json(&paths::DATA_RIGHTS_RETENTION.full(), settings).await
}
