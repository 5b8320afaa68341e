//! The JSON of the assessment forms' operations (tag `assessments`).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{FormKind, Purpose, ScaleChange};
use crate::surveys::{Answers, SurveyDraft};

/// A form of the service as it stands: its latest version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormSummary {
    pub form: FormKind,
    pub version: u32,
    /// Answers shown to the allocated worker only.
    pub worker_only: bool,
    /// The form's name in the caller's language while it is still its template; otherwise its
    /// title as written.
    pub title: String,
    /// The words as they stand, as a manager edits them.
    pub draft: SurveyDraft,
}

/// A manager's edit of a form, saved as its next version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormEdit {
    pub draft: SurveyDraft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormSaved {
    pub form: FormKind,
    pub version: u32,
}

/// A worker asking the young person, or one of their carers, to fill in a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignRequest {
    /// The young person of the case, or a carer linked to them.
    pub person_id: Uuid,
    pub form: FormKind,
    pub purpose: Purpose,
    /// `YYYY-MM-DD`, from today up to a year ahead.
    pub due_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assigned {
    pub id: Uuid,
    pub form: FormKind,
    /// The version the person will be given.
    pub version: u32,
    pub due_on: String,
}

/// A form waiting for the caller on their phone, with what they see before the first question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormToFill {
    pub id: Uuid,
    pub form: FormKind,
    pub version: u32,
    pub purpose: Purpose,
    pub due_on: String,
    /// The worker who asked, by name: who will read it.
    pub asked_by: String,
    pub worker_only: bool,
    pub draft: SurveyDraft,
}

/// A finished form, sent once from the phone's outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormAnswers {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
    /// Questions answered "I'd rather not say".
    #[serde(default)]
    pub declined: Vec<String>,
    /// Whether the person read the easier wording (what the case record is told they saw).
    #[serde(default)]
    pub easier: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormReceipt {
    pub id: Uuid,
    pub version: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FormStatus {
    Waiting,
    Overdue,
    Answered,
}

/// One form of a case, as its worker sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseForm {
    pub id: Uuid,
    pub form: FormKind,
    pub version: u32,
    pub title: String,
    pub purpose: Purpose,
    pub due_on: String,
    pub person_id: Uuid,
    pub person: String,
    /// `young_person` or `carer`.
    pub answered_as: String,
    pub status: FormStatus,
    pub answered_on: Option<String>,
    /// The version's questions, to read the answers by.
    pub draft: SurveyDraft,
    /// None until answered, and for "About me" to anyone but the allocated worker.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub answers: Option<Answers>,
    pub declined: Vec<String>,
    /// "About me" answered, but not for the caller's eyes.
    pub withheld: bool,
    /// Each scale against the same person's previous answered form of this kind.
    pub changes: Vec<ScaleChange>,
    /// When that previous form was answered.
    pub compared_with: Option<String>,
    /// That previous form's answers, so own words and choices can be read beside this time's;
    /// None when there is none, or where this form's answers are withheld.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub previous_answers: Option<Answers>,
}
