//! A young person's case: open while the service works with them, closed by their worker or a
//! manager with a date and a reason, and reopened if the work starts again. While a case is
//! closed, the young person's phones, and the phones of carers with no other open case, only
//! send what they still hold and then sign themselves out; nothing new is planned, booked or
//! reminded.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{ErrorCode, FieldError};

/// Why a case closed, as the case record's closure reasons put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClosureReason {
    /// The order or the agreed work is finished.
    WorkCompleted,
    /// The young person, or their family, no longer want the service's support.
    SupportDeclined,
    /// The young person moved out of the service's area.
    MovedAway,
    /// Another service (or team) took the case on.
    Transferred,
    /// Any other reason (turned 18 and moved to adult services, in custody elsewhere...).
    Other,
}

impl ClosureReason {
    pub const ALL: [ClosureReason; 5] = [
        ClosureReason::WorkCompleted,
        ClosureReason::SupportDeclined,
        ClosureReason::MovedAway,
        ClosureReason::Transferred,
        ClosureReason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClosureReason::WorkCompleted => "work_completed",
            ClosureReason::SupportDeclined => "support_declined",
            ClosureReason::MovedAway => "moved_away",
            ClosureReason::Transferred => "transferred",
            ClosureReason::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Option<ClosureReason> {
        ClosureReason::ALL.into_iter().find(|reason| reason.as_str() == raw)
    }
}

/// Closing a case: the day it closed (`YYYY-MM-DD`, today or earlier) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CloseCaseRequest {
    pub closed_on: String,
    pub reason: ClosureReason,
}

/// A closure checked against today's date in the service: the day is real and not to come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseClosureDay(time::Date);

impl CaseClosureDay {
    pub fn parse(raw: &str, today: time::Date) -> Result<CaseClosureDay, FieldError> {
        let day = crate::plans::parse_date(raw).map_err(FieldError::on("closed_on"))?;
        if day > today {
            return Err(FieldError { field: "closed_on".into(), code: ErrorCode::ClosureInFuture });
        }
        Ok(CaseClosureDay(day))
    }

    pub fn date(self) -> time::Date {
        self.0
    }

    /// `YYYY-MM-DD`, as stored and sent.
    pub fn iso(self) -> String {
        let date = self.0;
        format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
    }
}

/// A closed case, as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseClosure {
    /// `YYYY-MM-DD`.
    pub closed_on: String,
    pub reason: ClosureReason,
    /// Who closed it.
    pub closed_by: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub closed_at: OffsetDateTime,
}

/// How long a service keeps what it no longer needs. Once an event has reached the case record,
/// Tandem's copy of what it said is removed after `delivered_event_days`; what remains is that
/// the event happened and when it was delivered (the relay log). A closed case's young person
/// (and carers linked to no one else) are erased `closed_case_months` after it closed, once
/// everything of theirs has reached the case record. The audit log's entries are removed
/// `audit_log_years` after they were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RetentionSettings {
    #[cfg_attr(feature = "openapi", schema(minimum = 7, maximum = 365))]
    pub delivered_event_days: u16,
    #[cfg_attr(feature = "openapi", schema(minimum = 3, maximum = 84))]
    pub closed_case_months: u16,
    /// Left out, the default (6): settings saved before it existed keep their meaning.
    #[serde(default = "RetentionSettings::default_audit_log_years")]
    #[cfg_attr(feature = "openapi", schema(minimum = 3, maximum = 25, default = 6))]
    pub audit_log_years: u16,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        // Twelve months covers reoffending follow-up at 3, 6, 9 and 12 months.
        RetentionSettings { delivered_event_days: 30, closed_case_months: 12, audit_log_years: Self::default_audit_log_years() }
    }
}

impl RetentionSettings {
    /// At least a week (time to notice a delivery gone wrong), at most a year.
    pub const DELIVERED_EVENT_DAYS: std::ops::RangeInclusive<u16> = 7..=365;
    /// At least the first follow-up (3 months), at most seven years.
    pub const CLOSED_CASE_MONTHS: std::ops::RangeInclusive<u16> = 3..=84;
    /// Six years unless changed (a complaint or a claim can come years later); never under three.
    pub const AUDIT_LOG_YEARS: std::ops::RangeInclusive<u16> = 3..=25;

    fn default_audit_log_years() -> u16 {
        6
    }

    pub fn parse(settings: RetentionSettings) -> Result<RetentionSettings, FieldError> {
        if !Self::DELIVERED_EVENT_DAYS.contains(&settings.delivered_event_days) {
            return Err(FieldError { field: "delivered_event_days".into(), code: ErrorCode::OutOfRange });
        }
        if !Self::CLOSED_CASE_MONTHS.contains(&settings.closed_case_months) {
            return Err(FieldError { field: "closed_case_months".into(), code: ErrorCode::OutOfRange });
        }
        if !Self::AUDIT_LOG_YEARS.contains(&settings.audit_log_years) {
            return Err(FieldError { field: "audit_log_years".into(), code: ErrorCode::OutOfRange });
        }
        Ok(settings)
    }
}

/// Days a closed case's phones may still send what they hold before they sign out.
pub const CLOSED_CASE_SENDING_DAYS: u16 = 30;

impl Default for AboutMyData {
    /// Tandem's usual times, for a phone that has not yet heard its service's.
    fn default() -> Self {
        let usual = RetentionSettings::default();
        AboutMyData {
            delivered_event_days: usual.delivered_event_days,
            closed_case_sending_days: CLOSED_CASE_SENDING_DAYS,
            closed_case_months: usual.closed_case_months,
        }
    }
}

/// What a young person's or carer's phone needs to tell them what Tandem keeps about them and
/// for how long, in their service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AboutMyData {
    /// Days Tandem keeps its copy of what reached the case record.
    pub delivered_event_days: u16,
    /// Days a closed case's phones may still send what they hold before they sign out.
    pub closed_case_sending_days: u16,
    /// Months after a case closes that Tandem erases what it keeps of the young person.
    pub closed_case_months: u16,
}

/// A manager erases a young person or carer on their request: why (kept in the audit log; what
/// was erased is not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EraseRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub reason: String,
}

impl EraseRequest {
    pub const REASON_MAX: usize = 500;

    /// The reason, checked beside its field.
    pub fn reason(&self) -> Result<String, FieldError> {
        let reason = crate::text::clean_free_text(&self.reason, Self::REASON_MAX).map_err(FieldError::on("reason"))?;
        if reason.is_empty() {
            return Err(FieldError { field: "reason".into(), code: ErrorCode::TextRequired });
        }
        Ok(reason)
    }
}

/// Everything Tandem holds about a person, for their subject access request: each part of the
/// store that holds something of theirs, with its rows as stored (secrets such as PIN and token
/// hashes left out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubjectAccess {
    pub person_id: uuid::Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub made_at: OffsetDateTime,
    pub sections: Vec<SubjectAccessSection>,
}

/// One part of a subject access answer: what it is, and its rows (column name to value).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubjectAccessSection {
    /// What this part holds, e.g. `plan_versions`.
    pub name: String,
    /// In words, e.g. "Plan versions, with their words".
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_case_closes_today_or_earlier_on_a_real_day() {
        let today = date!(2026 - 12 - 06);
        assert_eq!(CaseClosureDay::parse("2026-12-06", today).unwrap().iso(), "2026-12-06");
        assert_eq!(CaseClosureDay::parse("2026-11-30", today).unwrap().date(), date!(2026 - 11 - 30));
        let tomorrow = CaseClosureDay::parse("2026-12-07", today).unwrap_err();
        assert_eq!((tomorrow.field.as_str(), tomorrow.code), ("closed_on", ErrorCode::ClosureInFuture));
        assert_eq!(CaseClosureDay::parse("2026-02-30", today).unwrap_err().code, ErrorCode::InvalidDate);
    }

    #[test]
    fn delivered_events_are_kept_a_week_to_a_year() {
        let default = RetentionSettings::default();
        assert_eq!((default.delivered_event_days, default.closed_case_months, default.audit_log_years), (30, 12, 6));
        for days in [7, 365] {
            assert!(RetentionSettings::parse(RetentionSettings { delivered_event_days: days, ..default }).is_ok());
        }
        for days in [0, 6, 366] {
            let refused = RetentionSettings::parse(RetentionSettings { delivered_event_days: days, ..default }).unwrap_err();
            assert_eq!((refused.field.as_str(), refused.code), ("delivered_event_days", ErrorCode::OutOfRange));
        }
        for months in [2, 85] {
            let refused = RetentionSettings::parse(RetentionSettings { closed_case_months: months, ..default }).unwrap_err();
            assert_eq!((refused.field.as_str(), refused.code), ("closed_case_months", ErrorCode::OutOfRange));
        }
        for years in [2, 26] {
            let refused = RetentionSettings::parse(RetentionSettings { audit_log_years: years, ..default }).unwrap_err();
            assert_eq!((refused.field.as_str(), refused.code), ("audit_log_years", ErrorCode::OutOfRange));
        }
        let saved_before: RetentionSettings = serde_json::from_str(r#"{"delivered_event_days": 30, "closed_case_months": 12}"#).unwrap();
        assert_eq!(saved_before, default);
    }

    #[test]
    fn reasons_round_trip() {
        for reason in ClosureReason::ALL {
            assert_eq!(ClosureReason::parse(reason.as_str()), Some(reason));
            assert_eq!(serde_json::to_string(&reason).unwrap(), format!("\"{}\"", reason.as_str()));
        }
    }
}
