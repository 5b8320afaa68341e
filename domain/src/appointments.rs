//! Appointments and their reminders. Times are kept in UTC and shown in Europe/London; the
//! clock-change rules, what a worker may enter, and when reminders go out (the day before at
//! 18:00, two hours before, never in quiet hours) are pure functions here, so the server's
//! scheduler and its tests share them.
//!
//! The phone only reads [`AppointmentView`], whose times the server has already written out in
//! London time: the phone build carries no time-zone or date parsing code.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};
use uuid::Uuid;

pub use crate::plans::parse_date;
use crate::text::clean_free_text;
use crate::ErrorCode;

/// Longest place, purpose or "who will be there".
pub const TEXT_MAX_CHARS: usize = 300;
/// Longest discreet title (it may show on a lock screen when detailed reminders are on).
pub const TITLE_MAX_CHARS: usize = 60;
/// Longest "what needs to change".
pub const REASON_MAX_CHARS: usize = 500;
/// Most appointments one repeating request makes (a quarter of a year of weekly meetings).
pub const MAX_REPEATS: u8 = 13;
/// The most appointments a programme's schedule makes in one go (the 24-week mentoring
/// programme makes 29 to 47), and the most weeks and phases it spans.
pub const MAX_SCHEDULED: usize = 60;
pub const MAX_SCHEDULE_WEEKS: u16 = 52;
pub const MAX_PHASES: usize = 6;

// ---------------------------------------------------------------------------------------------
// Europe/London

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let next_month_first = match month {
        Month::December => Date::from_calendar_date(year + 1, Month::January, 1),
        other => Date::from_calendar_date(year, other.next(), 1),
    }
    .ok()?;
    let mut day = next_month_first.previous_day()?;
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day()?;
    }
    Some(day)
}

/// When British Summer Time starts and ends in `year`: 01:00 UTC on the last Sunday of March
/// and of October (the rule in force since 1996).
pub fn summer_time(year: i32) -> Option<(OffsetDateTime, OffsetDateTime)> {
    let one_am = Time::from_hms(1, 0, 0).ok()?;
    let start = last_sunday(year, Month::March)?.with_time(one_am).assume_utc();
    let end = last_sunday(year, Month::October)?.with_time(one_am).assume_utc();
    Some((start, end))
}

const GMT: UtcOffset = UtcOffset::UTC;

fn bst() -> UtcOffset {
    UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// London's offset from UTC at the instant `at`.
pub fn london_offset(at: OffsetDateTime) -> UtcOffset {
    match summer_time(at.year()) {
        Some((start, end)) if at >= start && at < end => bst(),
        _ => GMT,
    }
}

/// The wall-clock time in London at the instant `at`.
pub fn to_london(at: OffsetDateTime) -> PrimitiveDateTime {
    let local = at.to_offset(london_offset(at));
    PrimitiveDateTime::new(local.date(), local.time())
}

/// The instant a London wall-clock time names. In the hour the clocks go back (01:00-02:00 in
/// October happens twice) the first, summer-time one; in the hour that does not exist when they
/// go forward (01:00-02:00 in March) the time as if the clocks had not changed yet, which is an
/// hour later on the new clock (01:30 becomes 02:30 BST), as a phone's alarm does.
pub fn from_london(local: PrimitiveDateTime) -> OffsetDateTime {
    let summer = local.assume_offset(bst());
    if london_offset(summer) == bst() {
        return summer.to_offset(UtcOffset::UTC);
    }
    local.assume_utc()
}

/// "4pm", "4:30pm", "12pm": how times are said to young people and carers.
pub fn spoken_time(time: Time) -> String {
    let (hour, minute) = (time.hour(), time.minute());
    let suffix = if hour < 12 { "am" } else { "pm" };
    let hour12 = match hour % 12 {
        0 => 12,
        other => other,
    };
    if minute == 0 {
        format!("{hour12}{suffix}")
    } else {
        format!("{hour12}:{minute:02}{suffix}")
    }
}

/// "16:00" -> 16:00. Hours and minutes as two digits each.
pub fn parse_clock(raw: &str) -> Result<Time, ErrorCode> {
    let (hour, minute) = raw.trim().split_once(':').ok_or(ErrorCode::InvalidTime)?;
    let two_digits = |part: &str| (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u8>().ok()).flatten();
    let (Some(hour), Some(minute)) = (two_digits(hour), two_digits(minute)) else {
        return Err(ErrorCode::InvalidTime);
    };
    Time::from_hms(hour, minute, 0).map_err(|_| ErrorCode::InvalidTime)
}

fn clock_text(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// An instant as the API writes it: `2026-11-23T16:00:00Z`.
pub fn utc_text(at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", at.year(), u8::from(at.month()), at.day(), at.hour(), at.minute(), at.second())
}

// ---------------------------------------------------------------------------------------------
// What a worker enters

/// How often an appointment repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    #[default]
    Once,
    Weekly,
    Fortnightly,
    /// A programme's schedule: the request's `phases`, one after another from its date.
    Phases,
}

impl Repeat {
    fn every(self) -> Duration {
        match self {
            Repeat::Once | Repeat::Phases => Duration::ZERO,
            Repeat::Weekly => Duration::weeks(1),
            Repeat::Fortnightly => Duration::weeks(2),
        }
    }
}

/// A day of the week, as a schedule names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Day {
    pub const ALL: [Day; 7] = [Day::Monday, Day::Tuesday, Day::Wednesday, Day::Thursday, Day::Friday, Day::Saturday, Day::Sunday];

    /// 0 for Monday to 6 for Sunday.
    pub fn from_monday(self) -> u8 {
        self as u8
    }
}

/// One phase of a programme's schedule: for `weeks` weeks, an appointment on each of `days`
/// (every week, or every other week).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchedulePhase {
    /// How many weeks the phase lasts (1 to 52 over all phases).
    pub weeks: u16,
    /// The days of each week it meets (1 to 7 of them).
    pub days: Vec<Day>,
    /// Meets only in the phase's first, third, fifth... week (fortnightly).
    #[serde(default)]
    pub every_other_week: bool,
}

/// The London dates a schedule meets on, from `first` (its first week is the seven days from
/// `first`): in order, none twice. Refused when it has no phase or more than [`MAX_PHASES`], a
/// phase with no week or no day, more than [`MAX_SCHEDULE_WEEKS`] weeks in all, or more than
/// [`MAX_SCHEDULED`] appointments.
pub fn schedule_dates(first: Date, phases: &[SchedulePhase]) -> Result<Vec<Date>, ErrorCode> {
    if phases.is_empty() || phases.len() > MAX_PHASES {
        return Err(ErrorCode::OutOfRange);
    }
    if phases.iter().any(|phase| phase.weeks == 0 || phase.days.is_empty()) {
        return Err(ErrorCode::OutOfRange);
    }
    if phases.iter().map(|phase| u32::from(phase.weeks)).sum::<u32>() > u32::from(MAX_SCHEDULE_WEEKS) {
        return Err(ErrorCode::OutOfRange);
    }
    let mut dates = Vec::new();
    let mut week_start = first;
    for phase in phases {
        let mut days = phase.days.clone();
        days.sort();
        days.dedup();
        for week in 0..phase.weeks {
            if !phase.every_other_week || week % 2 == 0 {
                for day in &days {
                    let ahead = (7 + day.from_monday() - week_start.weekday().number_days_from_monday()) % 7;
                    dates.push(week_start + Duration::days(i64::from(ahead)));
                }
            }
            week_start += Duration::weeks(1);
        }
        if dates.len() > MAX_SCHEDULED {
            return Err(ErrorCode::OutOfRange);
        }
    }
    dates.sort();
    Ok(dates)
}

/// A worker's new appointment, as typed: a London date and time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppointmentRequest {
    /// `2026-11-23`, in London.
    pub date: String,
    /// `16:00`, in London.
    pub start: String,
    /// How long, in minutes (5 to 480).
    pub minutes: u16,
    /// Where, in plain words ("Youth centre, side door on Park Street").
    pub place: String,
    /// A map link the person opens themselves (https only).
    #[serde(default)]
    pub map_link: Option<String>,
    /// Why, in plain words.
    pub purpose: String,
    /// Who will be there.
    #[serde(default)]
    pub with_whom: String,
    /// What a lock screen may show when detailed reminders are on; "Appointment" when empty.
    #[serde(default)]
    pub title: String,
    /// Whether linked carers are invited too.
    #[serde(default)]
    pub include_carers: bool,
    #[serde(default)]
    pub repeat: Repeat,
    /// How many appointments in all when repeating weekly or fortnightly (1 to 13).
    #[serde(default = "one")]
    pub times: u8,
    /// A programme's schedule when `repeat` is `phases`: e.g. twice a week for 8 weeks, weekly
    /// for 10, then fortnightly for 6. Each appointment at `start` London time on its day.
    #[serde(default)]
    pub phases: Vec<SchedulePhase>,
    /// A review meeting: the young person is asked to get ready for the first one with the
    /// "Getting ready for my review" form, due the day before.
    #[serde(default)]
    pub review_meeting: bool,
}

fn one() -> u8 {
    1
}

/// What an appointment says, checked: the same for a worker's and an imported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentDetails {
    pub place: String,
    pub map_link: Option<String>,
    pub purpose: String,
    pub with_whom: String,
    pub title: String,
    pub include_carers: bool,
}

impl AppointmentDetails {
    pub fn parse(
        place: &str,
        map_link: Option<&str>,
        purpose: &str,
        with_whom: &str,
        title: &str,
        include_carers: bool,
    ) -> Result<AppointmentDetails, ErrorCode> {
        let required = |raw: &str| {
            let text = clean_free_text(raw, TEXT_MAX_CHARS)?;
            if text.is_empty() {
                Err(ErrorCode::TextRequired)
            } else {
                Ok(text)
            }
        };
        let map_link = match map_link.map(str::trim).filter(|link| !link.is_empty()) {
            None => None,
            Some(link) if link.starts_with("https://") && !link.contains(char::is_whitespace) && link.len() <= 2000 => {
                Some(link.to_owned())
            }
            Some(_) => return Err(ErrorCode::InvalidLink),
        };
        Ok(AppointmentDetails {
            place: required(place)?,
            map_link,
            purpose: required(purpose)?,
            with_whom: clean_free_text(with_whom, TEXT_MAX_CHARS)?,
            title: clean_free_text(title, TITLE_MAX_CHARS)?,
            include_carers,
        })
    }
}

/// A new appointment (or a series), checked: each occurrence's start and end in UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAppointments {
    pub details: AppointmentDetails,
    pub times: Vec<(OffsetDateTime, OffsetDateTime)>,
}

impl NewAppointments {
    /// Checks a worker's request at `now`. Each repeat keeps the same London wall-clock time,
    /// so a weekly 4pm meeting stays at 4pm across the clock change.
    pub fn parse(request: &AppointmentRequest, now: OffsetDateTime) -> Result<NewAppointments, ErrorCode> {
        let date = parse_date(&request.date)?;
        let start = parse_clock(&request.start)?;
        if !(5..=480).contains(&request.minutes) {
            return Err(ErrorCode::OutOfRange);
        }
        let dates = match request.repeat {
            Repeat::Once => vec![date],
            Repeat::Phases => schedule_dates(date, &request.phases)?,
            every if (1..=MAX_REPEATS).contains(&request.times) => {
                (0..request.times).map(|n| date + every.every() * i32::from(n)).collect()
            }
            _ => return Err(ErrorCode::OutOfRange),
        };
        let details = AppointmentDetails::parse(
            &request.place,
            request.map_link.as_deref(),
            &request.purpose,
            &request.with_whom,
            &request.title,
            request.include_carers,
        )?;
        let length = Duration::minutes(i64::from(request.minutes));
        let times = dates
            .into_iter()
            .map(|day| {
                let starts = from_london(day.with_time(start));
                (starts, starts + length)
            })
            .collect::<Vec<_>>();
        if times.first().is_some_and(|(starts, _)| *starts <= now) {
            return Err(ErrorCode::AppointmentInPast);
        }
        Ok(NewAppointments { details, times })
    }
}

/// An appointment sent by the case record. Its id there makes sending it again harmless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedAppointment {
    /// The case record's own id for this appointment.
    pub case_record_appointment_id: String,
    /// The young person's identifier in the case record (set by staff on their page).
    pub young_person_case_record_id: String,
    /// RFC 3339 with offset, e.g. `2026-11-23T16:00:00Z`.
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    #[serde(default)]
    pub map_link: Option<String>,
    pub purpose: String,
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub include_carers: bool,
    /// The case record cancelled it.
    #[serde(default)]
    pub cancelled: bool,
}

/// What the import endpoint answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReceipt {
    pub appointment_id: Uuid,
    /// False when this case-record id had already been imported with the same content.
    pub changed: bool,
}

// ---------------------------------------------------------------------------------------------
// What people see and say

/// Where an appointment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentState {
    Upcoming,
    Attended,
    Missed,
    Cancelled,
}

impl AppointmentState {
    pub const ALL: [AppointmentState; 4] =
        [AppointmentState::Upcoming, AppointmentState::Attended, AppointmentState::Missed, AppointmentState::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentState::Upcoming => "upcoming",
            AppointmentState::Attended => "attended",
            AppointmentState::Missed => "missed",
            AppointmentState::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<AppointmentState> {
        Self::ALL.into_iter().find(|state| state.as_str() == raw)
    }
}

/// "I'll be there", or "I need to change this" with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyRequest {
    pub coming: bool,
    #[serde(default)]
    pub reason: String,
    /// "I need to change this": one of the worker's free times it could move to (from the
    /// appointment's `free_times`); words alone ask for another day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_time_id: Option<Uuid>,
}

impl ReplyRequest {
    /// A reply as it is kept: a change needs a free time or its reason in words, "I'll be
    /// there" keeps neither.
    pub fn parse(&self) -> Result<ReplyRequest, ErrorCode> {
        let reason = clean_free_text(&self.reason, REASON_MAX_CHARS)?;
        if self.coming {
            return Ok(ReplyRequest { coming: true, reason: String::new(), free_time_id: None });
        }
        if reason.is_empty() && self.free_time_id.is_none() {
            return Err(ErrorCode::ReasonRequired);
        }
        Ok(ReplyRequest { coming: false, reason, free_time_id: self.free_time_id })
    }
}

/// A time a worker has set as free, to offer when an appointment must change: a London date
/// and time, and how long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeTimeRequest {
    /// `2026-11-26`, in London.
    pub date: String,
    /// `16:00`, in London.
    pub start: String,
    /// How long, in minutes (15 to 480).
    pub minutes: u16,
}

impl FreeTimeRequest {
    /// Its start and end in UTC; refused beside its field when not a real date or time, not
    /// still to come at `now`, or of a length out of range.
    pub fn parse(&self, now: OffsetDateTime) -> Result<(OffsetDateTime, OffsetDateTime), crate::FieldError> {
        use crate::FieldError;
        let date = parse_date(&self.date).map_err(FieldError::on("date"))?;
        let start = parse_clock(&self.start).map_err(FieldError::on("start"))?;
        if !(15..=480).contains(&self.minutes) {
            return Err(FieldError { field: "minutes".into(), code: ErrorCode::OutOfRange });
        }
        let starts = from_london(date.with_time(start));
        if starts <= now {
            return Err(FieldError { field: "date".into(), code: ErrorCode::AppointmentInPast });
        }
        Ok((starts, starts + Duration::minutes(i64::from(self.minutes))))
    }
}

/// A free time as shown: to the worker who set it, and on the phones of their young people and
/// carers beside an appointment that must change. Times in London, as for an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeTime {
    pub id: Uuid,
    /// RFC 3339, UTC.
    pub starts_at: String,
    /// `2026-11-26`, in London.
    pub date: String,
    /// 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    /// "4pm", "4:30pm".
    pub start: String,
    pub end: String,
}

impl FreeTime {
    pub fn of(id: Uuid, starts_at: OffsetDateTime, ends_at: OffsetDateTime) -> FreeTime {
        let local = LocalTimes::of(starts_at, ends_at);
        let starts = starts_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        FreeTime { id, starts_at: starts, date: local.date, weekday: local.weekday, start: local.start, end: local.end }
    }
}

/// Someone's latest reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyView {
    pub person_id: Uuid,
    pub name: String,
    pub coming: bool,
    pub reason: String,
    /// The worker's free time they asked to move it to, as it was when they chose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asks_for: Option<FreeTime>,
    /// RFC 3339.
    pub at: String,
}

/// An appointment as a young person, carer or worker reads it. Times are already London
/// wall-clock text; `starts_at` and `ends_at` are UTC, for calendar files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppointmentView {
    pub id: Uuid,
    pub young_person_id: Uuid,
    pub young_person_name: String,
    pub starts_at: String,
    pub ends_at: String,
    /// `2026-11-23`, in London.
    pub date: String,
    /// 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    /// "4pm", "4:30pm".
    pub start: String,
    pub end: String,
    pub place: String,
    pub map_link: Option<String>,
    pub purpose: String,
    pub with_whom: String,
    pub title: String,
    pub include_carers: bool,
    pub state: AppointmentState,
    /// Every reply for staff; the reader's own for a young person or carer.
    pub replies: Vec<ReplyView>,
    /// On a young person's or carer's phone, while it is to come: the free times their
    /// workers have set, soonest first, to offer when it must change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub free_times: Vec<FreeTime>,
    /// Set when it came from the case record.
    pub case_record_appointment_id: Option<String>,
    /// A review meeting's preparation form: for staff, the young person's; on the young
    /// person's own phone, theirs. Never on a carer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preparation: Option<Preparation>,
}

/// The form a young person fills in to get ready for a review meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Preparation {
    /// The form asked for (`/api/v1/assessments/{id}/answers`).
    pub form_id: Uuid,
    pub answered: bool,
}

/// The London date, weekday and spoken times of an appointment, for its view.
pub struct LocalTimes {
    pub date: String,
    pub weekday: u8,
    pub start: String,
    pub end: String,
}

impl LocalTimes {
    pub fn of(starts_at: OffsetDateTime, ends_at: OffsetDateTime) -> LocalTimes {
        let start = to_london(starts_at);
        let end = to_london(ends_at);
        let date = start.date();
        LocalTimes {
            date: format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day()),
            weekday: date.weekday().number_from_monday(),
            start: spoken_time(start.time()),
            end: spoken_time(end.time()),
        }
    }
}

/// The worker's record of what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeRequest {
    pub state: AppointmentState,
}

// ---------------------------------------------------------------------------------------------
// Reminders

/// When a service's reminders go out, in London time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderRules {
    /// The evening before, at this time (18:00).
    pub day_before_at: Time,
    /// This long before (2 hours).
    pub hours_before: u8,
    /// No reminder after this (21:00)...
    pub quiet_from: Time,
    /// ...or before this (08:00).
    pub quiet_until: Time,
}

impl Default for ReminderRules {
    fn default() -> Self {
        ReminderRules {
            day_before_at: Time::from_hms(18, 0, 0).unwrap_or(Time::MIDNIGHT),
            hours_before: 2,
            quiet_from: Time::from_hms(21, 0, 0).unwrap_or(Time::MIDNIGHT),
            quiet_until: Time::from_hms(8, 0, 0).unwrap_or(Time::MIDNIGHT),
        }
    }
}

/// A service's reminder times as the API carries them: "18:00", 2, "21:00", "08:00".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReminderSettings {
    pub day_before_at: String,
    /// 1 to 12.
    pub hours_before: u8,
    pub quiet_from: String,
    pub quiet_until: String,
}

impl ReminderRules {
    pub fn parse(settings: &ReminderSettings) -> Result<ReminderRules, ErrorCode> {
        if !(1..=12).contains(&settings.hours_before) {
            return Err(ErrorCode::OutOfRange);
        }
        let rules = ReminderRules {
            day_before_at: parse_clock(&settings.day_before_at)?,
            hours_before: settings.hours_before,
            quiet_from: parse_clock(&settings.quiet_from)?,
            quiet_until: parse_clock(&settings.quiet_until)?,
        };
        // Quiet hours run overnight; a day-before reminder inside them would always move.
        if rules.quiet_from <= rules.quiet_until || rules.is_quiet(rules.day_before_at) {
            return Err(ErrorCode::ReminderTimesClash);
        }
        Ok(rules)
    }

    pub fn settings(&self) -> ReminderSettings {
        ReminderSettings {
            day_before_at: clock_text(self.day_before_at),
            hours_before: self.hours_before,
            quiet_from: clock_text(self.quiet_from),
            quiet_until: clock_text(self.quiet_until),
        }
    }

    /// Quiet hours run overnight, from `quiet_from` (inclusive) to `quiet_until` (exclusive).
    fn is_quiet(&self, time: Time) -> bool {
        time >= self.quiet_from || time < self.quiet_until
    }

    /// `at`, or when it falls in quiet hours, the start of those quiet hours, just before:
    /// a reminder moves earlier, never later (later could be after the appointment).
    pub fn out_of_quiet_hours(&self, at: OffsetDateTime) -> OffsetDateTime {
        let local = to_london(at);
        if !self.is_quiet(local.time()) {
            return at;
        }
        let evening = if local.time() >= self.quiet_from { local.date() } else { local.date().previous_day().unwrap_or(local.date()) };
        from_london(evening.with_time(self.quiet_from)) - Duration::minutes(1)
    }

    /// When to remind someone of something due on `day`: `day_before_at` the day before.
    pub fn evening_before(&self, day: Date) -> OffsetDateTime {
        from_london(day.previous_day().unwrap_or(day).with_time(self.day_before_at))
    }

    /// When to tell a worker that something due on `day` has not come: the next morning at
    /// nine, or the end of quiet hours if they end later.
    pub fn morning_after(&self, day: Date) -> OffsetDateTime {
        let nine = Time::from_hms(9, 0, 0).unwrap_or(Time::MIDNIGHT);
        from_london(day.next_day().unwrap_or(day).with_time(nine.max(self.quiet_until)))
    }

    /// The first reminder time for something waiting (a plan to agree, a score to give): the
    /// next `day_before_at` at least an hour after `now`.
    pub fn next_evening(&self, now: OffsetDateTime) -> OffsetDateTime {
        let today = to_london(now).date();
        let tonight = from_london(today.with_time(self.day_before_at));
        if tonight >= now + Duration::hours(1) {
            tonight
        } else {
            from_london(today.next_day().unwrap_or(today).with_time(self.day_before_at))
        }
    }
}

/// Which reminder of an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The evening before.
    DayBefore,
    /// A couple of hours before.
    Soon,
    /// A plan version waits for this person's agreement.
    PlanWaiting,
    /// An open session waits for this person's score.
    ScoreMissing,
    /// A consultation this person took part in has a new or changed response ("you said, we did").
    VoiceNews,
    /// Something this person sent by name (a complaint or compliment) has moved on.
    ComplaintNews,
    /// A form a worker asked this person to fill in is due tomorrow.
    FormDue,
    /// A form this worker asked for was not back by its day.
    FormOverdue,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 8] = [
        ReminderKind::DayBefore,
        ReminderKind::Soon,
        ReminderKind::PlanWaiting,
        ReminderKind::ScoreMissing,
        ReminderKind::VoiceNews,
        ReminderKind::ComplaintNews,
        ReminderKind::FormDue,
        ReminderKind::FormOverdue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::DayBefore => "day_before",
            ReminderKind::Soon => "soon",
            ReminderKind::PlanWaiting => "plan_waiting",
            ReminderKind::ScoreMissing => "score_missing",
            ReminderKind::VoiceNews => "voice_news",
            ReminderKind::ComplaintNews => "complaint_news",
            ReminderKind::FormDue => "form_due",
            ReminderKind::FormOverdue => "form_overdue",
        }
    }

    pub fn parse(raw: &str) -> Option<ReminderKind> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }
}

/// When an appointment's reminders go out, as seen at `now`: the evening before and a couple
/// of hours before, each moved out of quiet hours; none in the past; the "soon" one dropped when
/// quiet hours pushed it to (or before) the evening one.
pub fn appointment_reminders(starts_at: OffsetDateTime, rules: &ReminderRules, now: OffsetDateTime) -> Vec<(ReminderKind, OffsetDateTime)> {
    let start_day = to_london(starts_at).date();
    let evening_before = start_day.previous_day().map(|day| rules.out_of_quiet_hours(from_london(day.with_time(rules.day_before_at))));
    let soon = rules.out_of_quiet_hours(starts_at - Duration::hours(i64::from(rules.hours_before)));
    let mut reminders = Vec::new();
    if let Some(evening) = evening_before {
        reminders.push((ReminderKind::DayBefore, evening));
    }
    if evening_before.is_none_or(|evening| soon > evening + Duration::minutes(30)) {
        reminders.push((ReminderKind::Soon, soon));
    }
    reminders.retain(|(_, at)| *at > now && *at < starts_at);
    reminders
}

/// "today" or "tomorrow" (or neither) for an appointment, seen from when its reminder shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhichDay {
    Today,
    Tomorrow,
    Later,
}

pub fn which_day(shown_at: OffsetDateTime, starts_at: OffsetDateTime) -> WhichDay {
    let shown = to_london(shown_at).date();
    let starts = to_london(starts_at).date();
    if shown == starts {
        WhichDay::Today
    } else if shown.next_day() == Some(starts) {
        WhichDay::Tomorrow
    } else {
        WhichDay::Later
    }
}

// ---------------------------------------------------------------------------------------------
// Push

/// A browser's push subscription, as `PushSubscription.toJSON()` gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushSubscriptionRequest {
    pub endpoint: String,
    pub keys: PushKeys,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushKeys {
    /// The browser's P-256 public key, base64url.
    pub p256dh: String,
    /// The 16-byte auth secret, base64url.
    pub auth: String,
}

/// The Web Push services browsers subscribe phones to: Chrome and Android (Firebase Cloud
/// Messaging), Firefox (Mozilla's autopush), Safari (Apple) and Edge (Windows Push Notification
/// Services; a name starting with a dot stands for any name under it). The server sends
/// reminders to these and nowhere else, so no phone can make it call an address of its choosing.
pub const PUSH_SERVICE_HOSTS: &[&str] = &[
    "fcm.googleapis.com",
    "android.googleapis.com",
    "updates.push.services.mozilla.com",
    "push.services.mozilla.com",
    "web.push.apple.com",
    ".notify.windows.com",
];

/// Whether `endpoint` is a push service's: `https://` one of [`PUSH_SERVICE_HOSTS`] on the
/// default port, with no user name or password in it; or, when `allow_loopback_http` (tests and
/// benchmarks only), `http://` to this machine.
pub fn is_push_service(endpoint: &str, allow_loopback_http: bool) -> bool {
    let Some((scheme, authority)) = scheme_and_authority(endpoint) else { return false };
    if authority.contains('@') {
        return false;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host = host.to_ascii_lowercase();
    match scheme {
        "https" => {
            matches!(port, None | Some("443"))
                && PUSH_SERVICE_HOSTS.iter().any(|known| match known.strip_prefix('.') {
                    Some(domain) => host.strip_suffix(domain).is_some_and(|sub| sub.ends_with('.') && sub.len() > 1),
                    None => host == *known,
                })
        }
        "http" => {
            allow_loopback_http
                && matches!(host.as_str(), "127.0.0.1" | "localhost")
                && port.is_some_and(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    }
}

/// An endpoint's scheme and authority (host and any port, and any user info), if it has both.
pub fn scheme_and_authority(endpoint: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = endpoint.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then_some((scheme, authority))
}

impl PushSubscriptionRequest {
    /// A subscription the server can send to: a known push service ([`is_push_service`]), and
    /// keys of the right form.
    pub fn parse(&self, allow_loopback_http: bool) -> Result<PushSubscriptionRequest, ErrorCode> {
        let endpoint = self.endpoint.trim();
        let endpoint_ok =
            endpoint.len() <= 2000 && !endpoint.contains(char::is_whitespace) && is_push_service(endpoint, allow_loopback_http);
        let base64url = |key: &str, min: usize, max: usize| {
            (min..=max).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
        };
        // 65 bytes of uncompressed point are 87 characters; 16 bytes of secret are 22.
        if !endpoint_ok || !base64url(&self.keys.p256dh, 86, 88) || !base64url(&self.keys.auth, 22, 24) {
            return Err(ErrorCode::InvalidPushSubscription);
        }
        Ok(PushSubscriptionRequest { endpoint: endpoint.to_owned(), keys: self.keys.clone() })
    }
}

/// What the phone needs to subscribe, and what it has chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushSettings {
    /// The server's VAPID public key (base64url, uncompressed P-256), for `applicationServerKey`.
    pub public_key: String,
    /// How many of this person's phones get reminders.
    pub subscriptions: u32,
    /// Reminders that say what and where, not only "something".
    pub detailed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DetailRequest {
    pub detailed: bool,
}

/// What the service worker shows. Built on the server in the person's words; the service worker
/// needs no network and no translations to show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushPayload {
    pub title: String,
    pub body: String,
    /// Where tapping it leads (after the PIN).
    pub url: String,
    /// Replaces an earlier notification with the same tag.
    pub tag: String,
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime, time};

    use super::*;

    #[test]
    fn london_is_gmt_in_winter_and_bst_in_summer_changing_at_one_utc() {
        assert_eq!(summer_time(2026).unwrap(), (datetime!(2026-03-29 01:00 UTC), datetime!(2026-10-25 01:00 UTC)));
        assert_eq!(london_offset(datetime!(2026-03-29 00:59 UTC)), GMT);
        assert_eq!(london_offset(datetime!(2026-03-29 01:00 UTC)), bst());
        assert_eq!(london_offset(datetime!(2026-10-25 00:59 UTC)), bst());
        assert_eq!(london_offset(datetime!(2026-10-25 01:00 UTC)), GMT);
        assert_eq!(to_london(datetime!(2026-07-01 15:00 UTC)), datetime!(2026-07-01 16:00));
        assert_eq!(to_london(datetime!(2026-12-01 16:00 UTC)), datetime!(2026-12-01 16:00));
    }

    #[test]
    fn london_wall_clock_times_name_one_instant_even_at_the_changes() {
        assert_eq!(from_london(datetime!(2026-07-01 16:00)), datetime!(2026-07-01 15:00 UTC));
        assert_eq!(from_london(datetime!(2026-12-01 16:00)), datetime!(2026-12-01 16:00 UTC));
        // October: 01:30 happens twice; the first (BST) is meant.
        assert_eq!(from_london(datetime!(2026-10-25 01:30)), datetime!(2026-10-25 00:30 UTC));
        // March: 01:30 does not exist; it is 01:30 GMT, which the clocks call 02:30.
        assert_eq!(from_london(datetime!(2026-03-29 01:30)), datetime!(2026-03-29 01:30 UTC));
        assert_eq!(to_london(datetime!(2026-03-29 01:30 UTC)), datetime!(2026-03-29 02:30));
    }

    #[test]
    fn weekly_appointments_keep_their_local_time_across_the_clock_change() {
        let request = AppointmentRequest {
            date: "2026-10-20".into(),
            start: "16:00".into(),
            minutes: 60,
            place: "Youth centre".into(),
            map_link: None,
            purpose: "Plan review".into(),
            with_whom: "Sam".into(),
            title: String::new(),
            include_carers: false,
            repeat: Repeat::Weekly,
            times: 2,
            phases: Vec::new(),
            review_meeting: false,
        };
        let parsed = NewAppointments::parse(&request, datetime!(2026-10-01 00:00 UTC)).unwrap();
        assert_eq!(parsed.times[0].0, datetime!(2026-10-20 15:00 UTC));
        assert_eq!(parsed.times[1].0, datetime!(2026-10-27 16:00 UTC));
        assert_eq!(parsed.times[1].1, datetime!(2026-10-27 17:00 UTC));
        let past = NewAppointments::parse(&request, datetime!(2026-10-21 00:00 UTC));
        assert_eq!(past, Err(ErrorCode::AppointmentInPast));
        let bad_link = AppointmentRequest { map_link: Some("javascript:alert(1)".into()), ..request.clone() };
        assert_eq!(NewAppointments::parse(&bad_link, datetime!(2026-10-01 00:00 UTC)), Err(ErrorCode::InvalidLink));
        let no_time = AppointmentRequest { start: "25:00".into(), ..request };
        assert_eq!(NewAppointments::parse(&no_time, datetime!(2026-10-01 00:00 UTC)), Err(ErrorCode::InvalidTime));
    }

    #[test]
    fn a_24_week_programme_in_three_phases_makes_29_to_47_appointments_at_london_times() {
        let phase = |weeks, days: &[Day], every_other_week| SchedulePhase { weeks, days: days.to_vec(), every_other_week };
        let request = |phases: Vec<SchedulePhase>| AppointmentRequest {
            date: "2026-09-07".into(),
            start: "16:00".into(),
            minutes: 60,
            place: "Youth centre".into(),
            map_link: None,
            purpose: "Mentoring".into(),
            with_whom: "Sam".into(),
            title: String::new(),
            include_carers: false,
            repeat: Repeat::Phases,
            times: 1,
            phases,
            review_meeting: false,
        };
        let now = datetime!(2026-09-01 00:00 UTC);
        // Twice a week for 8 weeks, once a week for 10, then fortnightly for 6: 16 + 10 + 3.
        let fewest =
            vec![phase(8, &[Day::Thursday, Day::Monday], false), phase(10, &[Day::Wednesday], false), phase(6, &[Day::Wednesday], true)];
        let parsed = NewAppointments::parse(&request(fewest), now).unwrap();
        assert_eq!(parsed.times.len(), 29);
        assert_eq!(parsed.times[0].0, datetime!(2026-09-07 15:00 UTC), "Monday 7 September, 4pm BST");
        assert_eq!(parsed.times[1].0, datetime!(2026-09-10 15:00 UTC), "Thursday 10 September");
        // Across the clock change on 25 October, still 4pm in London.
        assert_eq!(parsed.times[14].0, datetime!(2026-10-26 16:00 UTC), "Monday 26 October, 4pm GMT");
        assert_eq!(parsed.times[16].0, datetime!(2026-11-04 16:00 UTC), "the second phase's first Wednesday");
        let last = datetime!(2027-02-10 16:00 UTC);
        assert_eq!(parsed.times[28].0, last, "weeks 19, 21 and 23 of the third phase: the last on 10 February");
        assert!(parsed.times.windows(2).all(|pair| pair[0].0 < pair[1].0));
        // Three a week, then two, then fortnightly: 24 + 20 + 3.
        let most = vec![
            phase(8, &[Day::Monday, Day::Wednesday, Day::Friday], false),
            phase(10, &[Day::Tuesday, Day::Thursday], false),
            phase(6, &[Day::Wednesday], true),
        ];
        assert_eq!(NewAppointments::parse(&request(most), now).unwrap().times.len(), 47);
        // Nothing silly: no phase, a phase of no days, a year and more, too many appointments.
        assert_eq!(NewAppointments::parse(&request(Vec::new()), now), Err(ErrorCode::OutOfRange));
        assert_eq!(NewAppointments::parse(&request(vec![phase(4, &[], false)]), now), Err(ErrorCode::OutOfRange));
        assert_eq!(NewAppointments::parse(&request(vec![phase(53, &[Day::Monday], false)]), now), Err(ErrorCode::OutOfRange));
        assert_eq!(NewAppointments::parse(&request(vec![phase(10, &Day::ALL, false)]), now), Err(ErrorCode::OutOfRange));
        // A day named twice meets once.
        let twice = vec![phase(2, &[Day::Monday, Day::Monday], false)];
        assert_eq!(NewAppointments::parse(&request(twice), now).unwrap().times.len(), 2);
    }

    #[test]
    fn reminders_go_the_evening_before_and_two_hours_before_in_london_time() {
        let rules = ReminderRules::default();
        let now = datetime!(2026-11-01 09:00 UTC);
        // Winter: 4pm Tuesday.
        let winter = appointment_reminders(datetime!(2026-11-24 16:00 UTC), &rules, now);
        assert_eq!(
            winter,
            vec![(ReminderKind::DayBefore, datetime!(2026-11-23 18:00 UTC)), (ReminderKind::Soon, datetime!(2026-11-24 14:00 UTC))]
        );
        // Summer: 18:00 London is 17:00 UTC.
        let summer = appointment_reminders(datetime!(2026-07-14 15:00 UTC), &rules, datetime!(2026-07-01 00:00 UTC));
        assert_eq!(summer[0], (ReminderKind::DayBefore, datetime!(2026-07-13 17:00 UTC)));
    }

    #[test]
    fn reminders_across_both_clock_changes() {
        let rules = ReminderRules::default();
        // Monday after the October change at 10:00 GMT; the evening before is Sunday 18:00 GMT.
        let october = appointment_reminders(datetime!(2026-10-26 10:00 UTC), &rules, datetime!(2026-10-01 00:00 UTC));
        assert_eq!(october[0], (ReminderKind::DayBefore, datetime!(2026-10-25 18:00 UTC)));
        assert_eq!(october[1], (ReminderKind::Soon, datetime!(2026-10-26 08:00 UTC)));
        // Sunday of the March change, 11:00 BST: the evening before is Saturday 18:00 GMT, and
        // two hours before is 09:00 BST (08:00 UTC).
        let march = appointment_reminders(datetime!(2026-03-29 10:00 UTC), &rules, datetime!(2026-03-01 00:00 UTC));
        assert_eq!(march[0], (ReminderKind::DayBefore, datetime!(2026-03-28 18:00 UTC)));
        assert_eq!(march[1], (ReminderKind::Soon, datetime!(2026-03-29 08:00 UTC)));
    }

    #[test]
    fn a_reminder_in_quiet_hours_moves_earlier() {
        let rules = ReminderRules::default();
        // 9:30am: two hours before is 7:30am, quiet; it would move to 20:59 the night before,
        // which is barely after the 18:00 one, so... it is kept (more than 30 minutes later).
        let reminders = appointment_reminders(datetime!(2026-11-24 09:30 UTC), &rules, datetime!(2026-11-01 00:00 UTC));
        assert_eq!(
            reminders,
            vec![(ReminderKind::DayBefore, datetime!(2026-11-23 18:00 UTC)), (ReminderKind::Soon, datetime!(2026-11-23 20:59 UTC))]
        );
        // Quiet after 21:00 too, in summer time.
        assert_eq!(rules.out_of_quiet_hours(datetime!(2026-07-01 21:30 UTC)), datetime!(2026-07-01 19:59 UTC));
        assert_eq!(rules.out_of_quiet_hours(datetime!(2026-07-01 19:00 UTC)), datetime!(2026-07-01 19:00 UTC));
        // A reminder moved to before the evening one is dropped.
        let early_evening = ReminderRules { day_before_at: time!(20:30), ..rules };
        let one = appointment_reminders(datetime!(2026-11-24 09:00 UTC), &early_evening, datetime!(2026-11-01 00:00 UTC));
        assert_eq!(one, vec![(ReminderKind::DayBefore, datetime!(2026-11-23 20:30 UTC))]);
    }

    #[test]
    fn reminders_already_past_are_not_made() {
        let rules = ReminderRules::default();
        let reminders = appointment_reminders(datetime!(2026-11-24 16:00 UTC), &rules, datetime!(2026-11-24 12:00 UTC));
        assert_eq!(reminders, vec![(ReminderKind::Soon, datetime!(2026-11-24 14:00 UTC))]);
        assert!(appointment_reminders(datetime!(2026-11-24 16:00 UTC), &rules, datetime!(2026-11-24 15:00 UTC)).is_empty());
    }

    #[test]
    fn settings_round_trip_and_refuse_nonsense() {
        let rules = ReminderRules::default();
        assert_eq!(ReminderRules::parse(&rules.settings()), Ok(rules));
        let inside_quiet = ReminderSettings { day_before_at: "22:00".into(), ..rules.settings() };
        assert_eq!(ReminderRules::parse(&inside_quiet), Err(ErrorCode::ReminderTimesClash));
        let too_early = ReminderSettings { hours_before: 13, ..rules.settings() };
        assert_eq!(ReminderRules::parse(&too_early), Err(ErrorCode::OutOfRange));
        let not_a_time = ReminderSettings { quiet_from: "9pm".into(), ..rules.settings() };
        assert_eq!(ReminderRules::parse(&not_a_time), Err(ErrorCode::InvalidTime));
    }

    #[test]
    fn next_evening_is_tonight_or_tomorrow() {
        let rules = ReminderRules::default();
        assert_eq!(rules.next_evening(datetime!(2026-11-23 12:00 UTC)), datetime!(2026-11-23 18:00 UTC));
        assert_eq!(rules.next_evening(datetime!(2026-11-23 17:30 UTC)), datetime!(2026-11-24 18:00 UTC));
    }

    #[test]
    fn times_are_said_simply() {
        assert_eq!(spoken_time(time!(16:00)), "4pm");
        assert_eq!(spoken_time(time!(9:30)), "9:30am");
        assert_eq!(spoken_time(time!(12:00)), "12pm");
        assert_eq!(spoken_time(time!(0:15)), "12:15am");
        assert_eq!(which_day(datetime!(2026-11-23 18:00 UTC), datetime!(2026-11-24 16:00 UTC)), WhichDay::Tomorrow);
        assert_eq!(utc_text(datetime!(2026-11-24 16:00 UTC)), "2026-11-24T16:00:00Z");
        assert_eq!(parse_date("2026-02-30"), Err(ErrorCode::InvalidDate));
        assert_eq!(parse_date("2026-11-24"), Ok(date!(2026 - 11 - 24)));
    }

    #[test]
    fn a_change_needs_its_reason_and_subscriptions_need_a_real_push_service() {
        assert_eq!(ReplyRequest { coming: false, reason: " ".into(), free_time_id: None }.parse(), Err(ErrorCode::ReasonRequired));
        assert_eq!(ReplyRequest { coming: true, reason: "x".into(), free_time_id: None }.parse().unwrap().reason, "");
        let slot = Some(Uuid::nil());
        assert_eq!(ReplyRequest { coming: false, reason: String::new(), free_time_id: slot }.parse().unwrap().free_time_id, slot);
        assert_eq!(ReplyRequest { coming: true, reason: String::new(), free_time_id: slot }.parse().unwrap().free_time_id, None);
        let keys = PushKeys { p256dh: "B".repeat(87), auth: "a".repeat(22) };
        let at = |endpoint: &str| PushSubscriptionRequest { endpoint: endpoint.into(), keys: keys.clone() };
        assert!(at("https://fcm.googleapis.com/fcm/send/x").parse(false).is_ok());
        assert_eq!(at("http://127.0.0.1:9/push").parse(false), Err(ErrorCode::InvalidPushSubscription));
        assert!(at("http://127.0.0.1:9/push").parse(true).is_ok());
        assert_eq!(at("http://169.254.169.254/").parse(true), Err(ErrorCode::InvalidPushSubscription));
    }

    #[test]
    fn only_the_known_push_services_are_called() {
        for good in [
            "https://fcm.googleapis.com/fcm/send/dXk",
            "https://updates.push.services.mozilla.com/wpush/v2/gAAA",
            "https://web.push.apple.com/QGuQ",
            "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
            "https://FCM.googleapis.com:443/fcm/send/x",
        ] {
            assert!(is_push_service(good, false), "{good}");
        }
        for bad in [
            "https://push.example/x",
            "https://fcm.googleapis.com.evil.example/x",
            "https://evilfcm.googleapis.com/x",
            "https://user@fcm.googleapis.com/x",
            "https://fcm.googleapis.com:8443/x",
            "https://notify.windows.com/x",
            "https://10.0.0.1/x",
            "https://[::1]/x",
            "http://fcm.googleapis.com/x",
            "http://127.0.0.1:9/push",
            "ftp://fcm.googleapis.com/x",
        ] {
            assert!(!is_push_service(bad, false), "{bad}");
        }
        assert!(is_push_service("http://127.0.0.1:9/push", true));
        assert!(!is_push_service("http://127.0.0.1/push", true));
        assert!(!is_push_service("http://10.0.0.1:80/push", true));
    }
}
