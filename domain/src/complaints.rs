//! Complaints and compliments: what a young person or carer may send (in their own words, named
//! or not), the register's states and who may move them, and the response deadline in working
//! days (Monday to Friday, not bank holidays in England and Wales).

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, Weekday};
use uuid::Uuid;

use crate::text::clean_free_text;
use crate::ErrorCode;

/// Longest complaint, compliment or outcome.
pub const TEXT_MAX: usize = 4000;
/// The service's promise unless a manager sets another: a response within 10 working days.
pub const DEFAULT_WORKING_DAYS: u8 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FeedbackKind {
    Complaint,
    Compliment,
}

impl FeedbackKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackKind::Complaint => "complaint",
            FeedbackKind::Compliment => "compliment",
        }
    }

    pub fn parse(raw: &str) -> Option<FeedbackKind> {
        [FeedbackKind::Complaint, FeedbackKind::Compliment].into_iter().find(|kind| kind.as_str() == raw)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ComplaintStatus {
    Received,
    Acknowledged,
    Investigating,
    Resolved,
}

impl ComplaintStatus {
    pub const ALL: [ComplaintStatus; 4] =
        [ComplaintStatus::Received, ComplaintStatus::Acknowledged, ComplaintStatus::Investigating, ComplaintStatus::Resolved];

    pub fn as_str(self) -> &'static str {
        match self {
            ComplaintStatus::Received => "received",
            ComplaintStatus::Acknowledged => "acknowledged",
            ComplaintStatus::Investigating => "investigating",
            ComplaintStatus::Resolved => "resolved",
        }
    }

    pub fn parse(raw: &str) -> Option<ComplaintStatus> {
        Self::ALL.into_iter().find(|status| status.as_str() == raw)
    }

    /// Its place in the order an item moves through: received 0, …, resolved 3.
    pub fn place(self) -> u32 {
        match self {
            ComplaintStatus::Received => 0,
            ComplaintStatus::Acknowledged => 1,
            ComplaintStatus::Investigating => 2,
            ComplaintStatus::Resolved => 3,
        }
    }
}

/// What a young person or carer sends. `follow_token` is made on the phone and kept there: with
/// it the phone can show the status of what it sent, named or not, and nobody else can.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintRequest {
    pub kind: FeedbackKind,
    #[cfg_attr(feature = "openapi", schema(min_length = 1))]
    pub text: String,
    pub anonymous: bool,
    /// 32 to 64 hex digits made on the phone.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9a-fA-F]{32,64}$"))]
    pub follow_token: String,
}

/// A checked complaint or compliment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComplaint {
    pub kind: FeedbackKind,
    pub text: String,
    pub anonymous: bool,
    pub follow_token: String,
}

/// A follow token: 32 to 64 hex digits, enough that nobody guesses another phone's.
pub fn valid_follow_token(token: &str) -> bool {
    (32..=64).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_hexdigit())
}

impl ComplaintRequest {
    pub fn parse(&self) -> Result<NewComplaint, ErrorCode> {
        let text = clean_free_text(&self.text, TEXT_MAX)?;
        if text.is_empty() {
            return Err(ErrorCode::TextRequired);
        }
        if !valid_follow_token(&self.follow_token) {
            return Err(ErrorCode::InvalidFollowToken);
        }
        Ok(NewComplaint { kind: self.kind, text, anonymous: self.anonymous, follow_token: self.follow_token.to_ascii_lowercase() })
    }
}

/// Staff moving an item on: its status, who owns it, and (to resolve it) what was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintUpdate {
    pub status: ComplaintStatus,
    pub owner_id: Option<Uuid>,
    /// In plain words: the person who raised it reads this.
    #[serde(default)]
    pub outcome: String,
}

impl ComplaintUpdate {
    /// A resolved item needs its outcome; the outcome is kept as written otherwise too.
    pub fn parse(&self) -> Result<ComplaintUpdate, ErrorCode> {
        let outcome = clean_free_text(&self.outcome, TEXT_MAX)?;
        if self.status == ComplaintStatus::Resolved && outcome.is_empty() {
            return Err(ErrorCode::OutcomeRequired);
        }
        Ok(ComplaintUpdate { status: self.status, owner_id: self.owner_id, outcome })
    }
}

/// Receipt for a complaint or compliment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintReceipt {
    pub id: Uuid,
    pub respond_by: String,
}

/// An item in the staff register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterItem {
    pub id: Uuid,
    pub kind: FeedbackKind,
    pub text: String,
    /// The raiser's name, unless they chose not to give it.
    pub raised_by: Option<String>,
    /// "young_person" or "carer".
    pub raised_as: String,
    pub status: ComplaintStatus,
    pub owner_id: Option<Uuid>,
    pub owner: Option<String>,
    pub received_on: String,
    pub respond_by: String,
    /// Not resolved and past its response date.
    pub overdue: bool,
    pub outcome: String,
    pub resolved_on: Option<String>,
}

/// The register: every item, newest first, with how many are overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Register {
    pub items: Vec<RegisterItem>,
    pub overdue: u32,
    pub working_days: u8,
}

/// What the person who raised an item sees of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RaisedItem {
    pub id: Uuid,
    pub kind: FeedbackKind,
    pub text: String,
    pub status: ComplaintStatus,
    pub received_on: String,
    pub respond_by: String,
    pub outcome: String,
    /// Who on the staff is looking after it, once someone is.
    #[serde(default)]
    pub owner: Option<String>,
}

/// The phone's follow tokens, to read back what it sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowRequest {
    pub tokens: Vec<String>,
}

/// How many working days staff have to respond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComplaintSettings {
    pub working_days: u8,
}

impl ComplaintSettings {
    pub fn parse(&self) -> Result<ComplaintSettings, ErrorCode> {
        if (1..=60).contains(&self.working_days) {
            Ok(*self)
        } else {
            Err(ErrorCode::OutOfRange)
        }
    }
}

/// Easter Sunday (the Gregorian computus, anonymous algorithm).
fn easter_sunday(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_calendar_date(year, Month::try_from(u8::try_from(month).ok()?).ok()?, u8::try_from(day).ok()?).ok()
}

fn first_weekday(year: i32, month: Month, weekday: Weekday) -> Option<Date> {
    let mut day = Date::from_calendar_date(year, month, 1).ok()?;
    while day.weekday() != weekday {
        day = day.next_day()?;
    }
    Some(day)
}

fn last_monday(year: i32, month: Month) -> Option<Date> {
    let mut day = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    while day.weekday() != Weekday::Monday {
        day = day.previous_day()?;
    }
    Some(day)
}

/// Moves a holiday that falls at the weekend to the next free weekday, as the substitute day.
fn substitute(day: Date, taken: &[Date]) -> Date {
    let mut moved = day;
    while matches!(moved.weekday(), Weekday::Saturday | Weekday::Sunday) || taken.contains(&moved) {
        match moved.next_day() {
            Some(next) => moved = next,
            None => break,
        }
    }
    moved
}

/// England and Wales bank holidays in `year`, by their rules (special one-off days are not
/// known to the rule and are not counted).
pub fn bank_holidays(year: i32) -> Vec<Date> {
    let mut days = Vec::new();
    let fixed = |month: Month, day: u8| Date::from_calendar_date(year, month, day).ok();
    if let Some(new_year) = fixed(Month::January, 1) {
        days.push(substitute(new_year, &days));
    }
    if let Some(easter) = easter_sunday(year) {
        days.push(easter - Duration::days(2));
        days.push(easter + Duration::days(1));
    }
    days.extend(first_weekday(year, Month::May, Weekday::Monday));
    days.extend(last_monday(year, Month::May));
    days.extend(last_monday(year, Month::August));
    for day in [fixed(Month::December, 25), fixed(Month::December, 26)].into_iter().flatten() {
        let moved = substitute(day, &days);
        days.push(moved);
    }
    days
}

pub fn is_working_day(day: Date) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !bank_holidays(day.year()).contains(&day)
}

/// The day `working_days` working days after `received` (the day it arrived does not count).
pub fn respond_by(received: Date, working_days: u8) -> Date {
    let mut day = received;
    let mut left = working_days;
    while left > 0 {
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn bank_holidays_follow_the_rules_including_substitute_days() {
        assert_eq!(
            bank_holidays(2027),
            vec![
                date!(2027 - 01 - 01),
                date!(2027 - 03 - 26),
                date!(2027 - 03 - 29),
                date!(2027 - 05 - 03),
                date!(2027 - 05 - 31),
                date!(2027 - 08 - 30),
                date!(2027 - 12 - 27),
                date!(2027 - 12 - 28),
            ]
        );
        // 2026: Christmas on a Friday, Boxing Day on Saturday moves to Monday 28th.
        assert!(bank_holidays(2026).contains(&date!(2026 - 12 - 28)));
        assert!(bank_holidays(2026).contains(&date!(2026 - 04 - 03)));
    }

    #[test]
    fn ten_working_days_skip_weekends_and_christmas() {
        // Monday 23 November 2026: ten working days is Monday 7 December.
        assert_eq!(respond_by(date!(2026 - 11 - 23), 10), date!(2026 - 12 - 07));
        // Received Friday 18 December 2026: 21, 22, 23, 24, (25, 28 holidays), 29, 30, 31, (1 Jan), 4, 5, 6 January.
        assert_eq!(respond_by(date!(2026 - 12 - 18), 10), date!(2027 - 01 - 06));
        // A Saturday arrival counts from Monday.
        assert_eq!(respond_by(date!(2026 - 11 - 28), 1), date!(2026 - 11 - 30));
    }

    #[test]
    fn requests_and_updates_are_checked() {
        let token = "0123456789abcdef0123456789abcdef".to_owned();
        let request = |text: &str, token: &str| ComplaintRequest {
            kind: FeedbackKind::Complaint,
            text: text.into(),
            anonymous: true,
            follow_token: token.into(),
        };
        assert_eq!(request("  I was kept waiting  ", &token).parse().unwrap().text, "I was kept waiting");
        assert_eq!(request("   ", &token).parse().err(), Some(ErrorCode::TextRequired));
        assert_eq!(request("ok", "short").parse().err(), Some(ErrorCode::InvalidFollowToken));
        assert_eq!(request(&"x".repeat(TEXT_MAX + 1), &token).parse().err(), Some(ErrorCode::TextTooLong));
        let update = |status, outcome: &str| ComplaintUpdate { status, owner_id: None, outcome: outcome.into() };
        assert_eq!(update(ComplaintStatus::Resolved, " ").parse().err(), Some(ErrorCode::OutcomeRequired));
        assert!(update(ComplaintStatus::Resolved, "We said sorry and changed the rota.").parse().is_ok());
        assert!(update(ComplaintStatus::Acknowledged, "").parse().is_ok());
        assert_eq!(ComplaintSettings { working_days: 0 }.parse().err(), Some(ErrorCode::OutOfRange));
    }
}
