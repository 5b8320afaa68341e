//! Surveys: answering on a phone (`phone.rs`, whose questions the forms of `assessments` ask too); building them and reading their results at the
//! desk (`staff.rs`, `results.rs`, staff build).

pub mod api;
pub mod asking;
pub mod phone;
#[cfg(feature = "staff")]
pub mod questions;
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

/// An answer in words as a reader sees it, where the kind of question decides them: a face
/// (1 to 5) with its words, or "Yes" or "No", in the reader's language. `None` for the rest
/// (an option's wording, a number, text), which the caller words.
#[cfg(feature = "staff")]
pub fn answer_in_words(
    t: &Messages,
    kind: tandem_domain::surveys::QuestionKind,
    answer: &tandem_domain::surveys::Answer,
) -> Option<String> {
    use tandem_domain::surveys::{Answer, QuestionKind};
    match (kind, answer) {
        (QuestionKind::Faces, Answer::Number(n @ 1..=5)) => {
            let (face, words) = face(t, *n);
            Some(format!("{face} {words}"))
        }
        (_, Answer::YesNo(yes)) => Some(t.get(if *yes { "surveys-yes" } else { "surveys-no" })),
        _ => None,
    }
}
