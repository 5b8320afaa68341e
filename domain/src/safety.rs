//! "I don't feel safe": a young person asks for help from any screen. The phone first shows who
//! to contact now (999, Childline, the service's duty number); "Tell my worker" raises an alert
//! that reaches their allocated workers and the service's duty staff at once, and the managers
//! if nobody has said they have seen it within the time a manager sets.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::text::clean_free_text;
use crate::ErrorCode;

/// The most a young person may write with an alert.
pub const MAX_WORDS: usize = 2000;
/// The most a member of staff may write about what they did.
pub const MAX_ACTION: usize = 2000;
/// Minutes before an alert nobody has seen goes to the managers, unless a manager sets another.
pub const DEFAULT_ESCALATE_AFTER_MINUTES: u16 = 15;

/// What the young person sends: their words, if they want to say more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertRequest {
    #[serde(default)]
    pub words: String,
}

impl AlertRequest {
    /// The words as stored: trimmed; none is fine.
    pub fn parse(&self) -> Result<String, ErrorCode> {
        clean_free_text(&self.words, MAX_WORDS)
    }
}

/// The answer to raising an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertReceipt {
    pub id: Uuid,
}

/// What a member of staff did when they saw an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcknowledgeRequest {
    pub action: String,
}

impl AcknowledgeRequest {
    pub fn parse(&self) -> Result<String, ErrorCode> {
        let action = clean_free_text(&self.action, MAX_ACTION)?;
        if action.is_empty() {
            return Err(ErrorCode::TextRequired);
        }
        Ok(action)
    }
}

/// An alert as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alert {
    pub id: Uuid,
    pub young_person_id: Uuid,
    pub young_person_name: String,
    pub words: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub raised_at: OffsetDateTime,
    /// When it went to the managers because nobody had said they had seen it.
    #[serde(with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub escalated_at: Option<OffsetDateTime>,
    pub acknowledgement: Option<Acknowledgement>,
}

/// Who saw an alert, when, and what they did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Acknowledgement {
    pub by_name: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
    pub action: String,
}

/// One of the young person's own alerts: whether someone has seen it (never what staff wrote).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyAlert {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub raised_at: OffsetDateTime,
    /// The name of the member of staff who has seen it.
    pub seen_by: Option<String>,
}

/// What the young person's help screen shows: the service's duty number and their recent alerts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyHelp {
    /// Empty when the service has not set one.
    pub duty_phone: String,
    pub alerts: Vec<MyAlert>,
}

/// A service's safety settings, set by a manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SafetySettings {
    /// The number a young person can ring now, shown on their help screen; empty for none.
    pub duty_phone: String,
    /// Minutes before an alert nobody has seen goes to the managers (1 to 240).
    pub escalate_after_minutes: u16,
    /// Staff on duty: each alert reaches them as well as the young person's workers.
    pub duty_staff: Vec<Uuid>,
}

impl Default for SafetySettings {
    fn default() -> Self {
        SafetySettings { duty_phone: String::new(), escalate_after_minutes: DEFAULT_ESCALATE_AFTER_MINUTES, duty_staff: Vec::new() }
    }
}

impl SafetySettings {
    pub fn parse(&self) -> Result<SafetySettings, ErrorCode> {
        if !(1..=240).contains(&self.escalate_after_minutes) {
            return Err(ErrorCode::OutOfRange);
        }
        let duty_phone = parse_phone(&self.duty_phone)?;
        let mut duty_staff = self.duty_staff.clone();
        duty_staff.sort_unstable();
        duty_staff.dedup();
        Ok(SafetySettings { duty_phone, escalate_after_minutes: self.escalate_after_minutes, duty_staff })
    }
}

/// A phone number as people write one: digits, spaces and dashes, `+` at the start; 3 to 15
/// digits (999 and 116 123 are numbers too). Empty is no number.
pub fn parse_phone(raw: &str) -> Result<String, ErrorCode> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let allowed = body.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
    if !allowed || !(3..=15).contains(&digits) {
        return Err(ErrorCode::InvalidPhoneNumber);
    }
    Ok(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_digits_spaces_and_a_leading_plus() {
        assert_eq!(parse_phone(" 0800  1111 ").unwrap(), "0800 1111");
        assert_eq!(parse_phone("+44 20 7946 0000").unwrap(), "+44 20 7946 0000");
        assert_eq!(parse_phone("").unwrap(), "");
        assert_eq!(parse_phone("999").unwrap(), "999");
        assert_eq!(parse_phone("call me"), Err(ErrorCode::InvalidPhoneNumber));
        assert_eq!(parse_phone("12"), Err(ErrorCode::InvalidPhoneNumber));
        assert_eq!(parse_phone("0800+1111"), Err(ErrorCode::InvalidPhoneNumber));
    }

    #[test]
    fn settings_keep_the_escalation_time_in_range() {
        let mut settings = SafetySettings::default();
        assert_eq!(settings.parse().unwrap().escalate_after_minutes, 15);
        settings.escalate_after_minutes = 0;
        assert_eq!(settings.parse(), Err(ErrorCode::OutOfRange));
        settings.escalate_after_minutes = 241;
        assert_eq!(settings.parse(), Err(ErrorCode::OutOfRange));
    }

    #[test]
    fn an_acknowledgement_says_what_was_done() {
        assert_eq!(AcknowledgeRequest { action: "  ".into() }.parse(), Err(ErrorCode::TextRequired));
        assert_eq!(AcknowledgeRequest { action: " Rang Jay ".into() }.parse().unwrap(), "Rang Jay");
        assert_eq!(AlertRequest { words: String::new() }.parse().unwrap(), "");
    }
}
