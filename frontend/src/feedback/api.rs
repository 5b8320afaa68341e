//! The app-feedback API as the app calls it: paths from `tandem_domain::paths`.

#[cfg(feature = "staff")]
use tandem_domain::feedback::AppFeedbackSummary;
use tandem_domain::paths;

#[cfg(feature = "staff")]
use crate::api::Get;

/// Where a phone's answer goes (through the outbox).
pub fn submit_path() -> String {
    paths::APP_FEEDBACK.full()
}

#[cfg(feature = "staff")]
pub fn summary() -> Get<AppFeedbackSummary> {
    Get::new(paths::APP_FEEDBACK.full())
}
