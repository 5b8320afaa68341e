//! The assessment forms' API as the app calls it: paths from `tandem_domain::paths`.

use std::fmt::Display;

#[cfg(feature = "staff")]
use tandem_domain::assessments::api::{CaseForm, FormSummary};
use tandem_domain::paths;

#[cfg(feature = "staff")]
use crate::api::Get;

/// The forms waiting for the person on this phone (kept on the phone for offline use).
pub fn forms_mine_path() -> String {
    paths::ASSESSMENTS_MINE.full()
}

/// Where a finished form goes (through the outbox).
pub fn form_answers_path(form: impl Display) -> String {
    paths::ASSESSMENTS_ANSWERS.path(&[&form])
}

/// The service's forms as they stand.
#[cfg(feature = "staff")]
pub fn forms() -> Get<Vec<FormSummary>> {
    Get::new(paths::ASSESSMENT_FORMS.full())
}

/// Where a manager's change to one of the service's forms goes (its next version).
#[cfg(feature = "staff")]
pub fn form_path(form: tandem_domain::assessments::FormKind) -> String {
    paths::ASSESSMENT_FORMS_ITEM.path(&[&form.as_str()])
}

/// A case's forms, for its worker; also where a new one is asked for.
#[cfg(feature = "staff")]
pub fn case_forms(young_person: impl Display) -> Get<Vec<CaseForm>> {
    Get::new(case_forms_path(young_person))
}

#[cfg(feature = "staff")]
pub fn case_forms_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_ASSESSMENTS.path(&[&young_person])
}
