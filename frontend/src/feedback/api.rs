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

/// The figures and a page of answers: the newest, or those older than `before`.
#[cfg(feature = "staff")]
pub fn summary(before: Option<uuid::Uuid>) -> Get<AppFeedbackSummary> {
    match before {
        Some(id) => Get::new(format!("{}?before={id}", paths::APP_FEEDBACK.full())),
        None => Get::new(paths::APP_FEEDBACK.full()),
    }
}
