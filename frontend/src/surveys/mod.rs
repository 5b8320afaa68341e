//! Surveys: answering on a phone (`phone.rs`); building them and reading their results at the
//! desk (`staff.rs`, `results.rs`, staff build).

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod results;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::{AnswerSurveyPage, SurveysPage};
#[cfg(feature = "staff")]
pub use results::SurveyResultsPage;
#[cfg(feature = "staff")]
pub use staff::{EditSurveyPage, StaffSurveysPage};
