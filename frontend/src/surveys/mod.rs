//! Surveys: answering on a phone (`phone.rs`, whose questions the forms of `assessments` ask too); building them and reading their results at the
//! desk (`staff.rs`, `results.rs`, staff build).

pub mod api;
pub mod asking;
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

use crate::i18n::Messages;

/// Face `n` of five (1 very unhappy .. 5 very happy): the face, and its words.
pub fn face(t: &Messages, n: u8) -> (&'static str, String) {
    let face = ["😞", "🙁", "😐", "🙂", "😄"][usize::from(n.clamp(1, 5) - 1)];
    let words = t.get(match n {
        1 => "surveys-face-1",
        2 => "surveys-face-2",
        3 => "surveys-face-3",
        4 => "surveys-face-4",
        _ => "surveys-face-5",
    });
    (face, words)
}
