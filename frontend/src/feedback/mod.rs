//! "What do you think of this app?" The form (anyone, offline, exactly once) and the answers
//! page for staff.

#[cfg(feature = "staff")]
mod answers;
pub mod api;
mod form;

#[cfg(feature = "staff")]
pub use answers::FeedbackAnswersPage;
pub use form::AppFeedbackPage;
