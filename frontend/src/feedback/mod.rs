//! "What do you think of this app?" The form (anyone, offline, exactly once) and the answers
//! page for staff.

mod answers;
mod form;

pub use answers::FeedbackAnswersPage;
pub use form::AppFeedbackPage;
