//! The survey API as the app calls it: paths from `tandem_domain::paths`, answers typed.

use std::fmt::Display;

use tandem_domain::paths;
#[cfg(feature = "staff")]
use tandem_domain::surveys::api::{SurveyEdit, SurveyListItem, SurveyResults};
#[cfg(feature = "staff")]
use tandem_domain::surveys::SurveyDraft;

#[cfg(feature = "staff")]
use crate::api::Get;

/// The surveys waiting for the person on this phone (kept on the phone for offline use).
pub fn mine_path() -> String {
    paths::SURVEYS_MINE.full()
}

/// Where a phone's answers go (through the outbox).
pub fn responses_path(survey: impl Display) -> String {
    paths::SURVEYS_RESPONSES.path(&[&survey])
}

#[cfg(feature = "staff")]
pub fn surveys() -> Get<Vec<SurveyListItem>> {
    Get::new(paths::SURVEYS.full())
}

#[cfg(feature = "staff")]
pub fn surveys_path() -> String {
    paths::SURVEYS.full()
}

#[cfg(feature = "staff")]
pub fn templates() -> Get<Vec<SurveyDraft>> {
    Get::new(paths::SURVEYS_TEMPLATES.full())
}

#[cfg(feature = "staff")]
pub fn survey(id: impl Display) -> Get<SurveyEdit> {
    Get::new(paths::SURVEYS_ITEM.path(&[&id]))
}

#[cfg(feature = "staff")]
pub fn survey_path(id: impl Display) -> String {
    paths::SURVEYS_ITEM.path(&[&id])
}

#[cfg(feature = "staff")]
pub fn publish_path(id: impl Display) -> String {
    paths::SURVEYS_PUBLISH.path(&[&id])
}

/// Results with a filter's query string (`?from=...`, or empty).
#[cfg(feature = "staff")]
pub fn results(id: impl Display, query: &str) -> Get<SurveyResults> {
    Get::new(format!("{}{query}", paths::SURVEYS_RESULTS.path(&[&id])))
}

#[cfg(feature = "staff")]
pub fn responses_csv(id: impl Display, query: &str) -> String {
    format!("{}{query}", paths::SURVEYS_RESPONSES_CSV.path(&[&id]))
}

#[cfg(feature = "staff")]
pub fn fhir(id: impl Display, query: &str) -> String {
    format!("{}{query}", paths::SURVEYS_FHIR.path(&[&id]))
}
