//! The data-rights API as the staff pages call it.

use tandem_domain::cases::RetentionSettings;
use tandem_domain::paths;

use crate::api::Get;

/// How long the service keeps what it no longer needs.
pub fn retention() -> Get<RetentionSettings> {
    Get::new(paths::DATA_RIGHTS_RETENTION.full())
}

pub async fn set_retention(settings: &RetentionSettings) -> Result<(), crate::api::ReadError> {
    crate::api::put_json(&paths::DATA_RIGHTS_RETENTION.full(), settings).await
}
