//! What the surveys API carries: a survey as the builder saves it (questions, who is asked, open
//! and close dates), what a phone is given to answer and sends back, and the results and lists
//! staff read.

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use super::{Answers, QuestionKind, Survey, SurveyDraft};
use crate::plans::parse_date;
use crate::{ErrorCode, FieldError};

/// Which people a survey asks (of those its `Respondents` names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reach {
    /// Everyone in the service.
    Service,
    /// Young people who have taken part in a session of this programme, and their carers.
    Programme { programme_id: Uuid },
    /// A worker's caseload, and their carers.
    Caseload { worker_id: Uuid },
}

/// A survey as the builder saves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyRequest {
    pub survey: SurveyDraft,
    pub reach: Reach,
    /// First day it may be answered, `YYYY-MM-DD` (UK).
    pub opens_on: String,
    /// Last day it may be answered.
    pub closes_on: String,
}

/// A survey request that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedSurvey {
    pub survey: Survey,
    pub reach: Reach,
    pub opens: Date,
    pub closes: Date,
}

impl SurveyRequest {
    pub fn parse(&self) -> Result<CheckedSurvey, ErrorCode> {
        self.check().map_err(|refused| refused.code)
    }

    /// As [`parse`](Self::parse), naming the field refused (`survey.title`,
    /// `survey.questions.2`, `closes_on`...).
    pub fn check(&self) -> Result<CheckedSurvey, FieldError> {
        let survey = self.survey.check()?;
        let opens = parse_date(&self.opens_on).map_err(FieldError::on("opens_on"))?;
        let closes = parse_date(&self.closes_on).map_err(FieldError::on("closes_on"))?;
        if closes < opens {
            return Err(FieldError { field: "closes_on".into(), code: ErrorCode::ClosesBeforeOpens });
        }
        Ok(CheckedSurvey { survey, reach: self.reach, opens, closes })
    }
}

/// Where a survey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SurveyStatus {
    /// Not published yet: nobody can see it.
    Draft,
    /// Published, before its open date.
    Upcoming,
    Open,
    Closed,
}

impl SurveyStatus {
    /// A published survey's status on `today`.
    pub fn on(today: Date, opens: Date, closes: Date) -> SurveyStatus {
        if today < opens {
            SurveyStatus::Upcoming
        } else if today > closes {
            SurveyStatus::Closed
        } else {
            SurveyStatus::Open
        }
    }

    /// The status of something published (or not) with these stored open and close days; days
    /// that do not read as dates count as closed.
    pub fn of(published: bool, opens_on: &str, closes_on: &str, today: Date) -> SurveyStatus {
        if !published {
            return SurveyStatus::Draft;
        }
        match (parse_date(opens_on), parse_date(closes_on)) {
            (Ok(opens), Ok(closes)) => SurveyStatus::on(today, opens, closes),
            _ => SurveyStatus::Closed,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Upcoming => "upcoming",
            SurveyStatus::Open => "open",
            SurveyStatus::Closed => "closed",
        }
    }
}

/// A survey in the staff list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyListItem {
    pub id: Uuid,
    pub title: String,
    /// The latest version (published or being edited).
    pub version: u32,
    pub status: SurveyStatus,
    pub anonymous: bool,
    pub opens_on: String,
    pub closes_on: String,
    pub responses: u32,
}

/// A survey opened in the builder: its latest version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyEdit {
    pub id: Uuid,
    pub version: u32,
    /// Whether this version is published (saving again then makes a new version).
    pub published: bool,
    pub request: SurveyRequest,
}

/// The answer to saving or publishing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveySaved {
    pub id: Uuid,
    pub version: u32,
    pub published: bool,
}

/// A survey waiting for the caller on their phone: its latest published version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyToAnswer {
    pub id: Uuid,
    pub version: u32,
    pub survey: SurveyDraft,
    pub closes_on: String,
}

/// A person's answers, to the version they were given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResponseRequest {
    pub version: u32,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: Answers,
}

/// The answer to a response. It names no response, so an anonymous one stays unlinked even in
/// the stored answer the server replays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResponseReceipt {
    pub survey_id: Uuid,
    pub version: u32,
}

/// How many answered one way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    /// What the CSV holds: `7`, `yes`, an option id.
    pub value: String,
    /// What a reader sees: the option's wording (a number's own digits).
    pub label: String,
    pub count: u32,
}

/// One question's results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResults {
    pub id: String,
    pub kind: QuestionKind,
    pub wording: String,
    pub answered: u32,
    pub counts: Vec<ValueCount>,
    pub average: Option<f64>,
    pub texts: Vec<String>,
}

/// Responses from one programme; `responses` is `None` when fewer than five, so nobody in a
/// small group can be picked out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeCount {
    pub programme_id: Option<Uuid>,
    pub name: String,
    pub responses: Option<u32>,
}

/// A survey's results over the responses a filter lets through.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyResults {
    pub id: Uuid,
    pub title: String,
    pub version: u32,
    pub anonymous: bool,
    pub audience: String,
    pub responses: u32,
    /// Anonymous responses that came today: counted after the day is over, so nobody can pair
    /// them with who answered.
    pub waiting: u32,
    /// A filter left fewer than five responses: no answers are shown.
    pub suppressed: bool,
    pub questions: Vec<QuestionResults>,
    /// Every programme with responses (before the programme filter), for the filter's list and
    /// the breakdown.
    pub programmes: Vec<ProgrammeCount>,
}

/// The results page's filters; every one optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
pub struct ResultsFilter {
    pub programme_id: Option<Uuid>,
    /// First day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", param(format = Date))]
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", param(format = Date))]
    pub to: Option<String>,
}

/// A filter whose dates were read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckedFilter {
    pub programme_id: Option<Uuid>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl ResultsFilter {
    pub fn parse(&self) -> Result<CheckedFilter, ErrorCode> {
        let day = |raw: &Option<String>| -> Result<Option<Date>, ErrorCode> {
            match raw.as_deref().map(str::trim) {
                None | Some("") => Ok(None),
                Some(text) => parse_date(text).map(Some),
            }
        };
        Ok(CheckedFilter { programme_id: self.programme_id, from: day(&self.from)?, to: day(&self.to)? })
    }

    /// The filter as a query string (`?from=…`), empty when there is none.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(id) = self.programme_id {
            parts.push(format!("programme_id={id}"));
        }
        for (name, value) in [("from", &self.from), ("to", &self.to)] {
            if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={value}"));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

impl CheckedFilter {
    pub fn admits(&self, programme_id: Option<Uuid>, day: Date) -> bool {
        self.programme_id.is_none_or(|wanted| programme_id == Some(wanted))
            && self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surveys::templates;

    fn request(opens: &str, closes: &str) -> SurveyRequest {
        SurveyRequest { survey: templates()[0].clone(), reach: Reach::Service, opens_on: opens.into(), closes_on: closes.into() }
    }

    #[test]
    fn a_survey_closes_on_or_after_it_opens() {
        assert!(request("2026-12-01", "2026-12-01").parse().is_ok());
        assert_eq!(request("2026-12-02", "2026-12-01").parse().err(), Some(ErrorCode::ClosesBeforeOpens));
        assert_eq!(request("2026-02-30", "2026-12-01").parse().err(), Some(ErrorCode::InvalidDate));
    }

    #[test]
    fn status_follows_the_dates_and_filters_read_days() {
        let day = |raw: &str| parse_date(raw).unwrap();
        let (opens, closes) = (day("2026-12-01"), day("2026-12-14"));
        assert_eq!(SurveyStatus::on(day("2026-11-30"), opens, closes), SurveyStatus::Upcoming);
        assert_eq!(SurveyStatus::on(day("2026-12-14"), opens, closes), SurveyStatus::Open);
        assert_eq!(SurveyStatus::on(day("2026-12-15"), opens, closes), SurveyStatus::Closed);
        let filter = ResultsFilter { programme_id: None, from: Some("2026-12-02".into()), to: Some(String::new()) };
        assert_eq!(filter.query(), "?from=2026-12-02");
        let checked = filter.parse().unwrap();
        assert!(!checked.admits(None, day("2026-12-01")));
        assert!(checked.admits(None, day("2026-12-02")));
        assert_eq!(ResultsFilter { from: Some("soon".into()), ..Default::default() }.parse().err(), Some(ErrorCode::InvalidDate));
    }
}
