//! Dates and times as people read them: in words, in the reader's language (the weekday and
//! month names are Fluent messages), and for an instant, on the service's clocks (Europe/London,
//! summer time included): "Tuesday 23 February 2027", "Tuesday 23 February 2027, 19:24".
//! Phones get days only, read by hand: a date library would cost the phone build more than
//! every page that shows a date.

use crate::i18n::Messages;

/// `2027-02-23` as (year, month, day); `None` for anything else.
pub fn parse_day(raw: &str) -> Option<(i32, u32, u32)> {
    let mut parts = raw.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    // An RFC 3339 instant starts with its day: the day is what is shown.
    let day: u32 = parts.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=days_in(year, month)).contains(&day)).then_some((year, month, day))
}

pub fn days_in(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// 1 (Monday) to 7 (Sunday), by Sakamoto's method.
pub fn weekday(year: i32, month: u32, day: u32) -> u32 {
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let m = OFFSETS[usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0)];
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + m + i32::try_from(day).unwrap_or(1)).rem_euclid(7);
    u32::try_from(if sunday_first == 0 { 7 } else { sunday_first }).unwrap_or(1)
}

/// "Tuesday 23 February 2027" for `2027-02-23`; text that is not a day is shown as it came.
pub fn day_in_words(t: &Messages, raw: &str) -> String {
    let Some((year, month, day)) = parse_day(raw) else { return raw.to_owned() };
    t.get_with(
        "date-in-words",
        &[
            ("weekday", t.get(&format!("weekday-{}", weekday(year, month, day))).into()),
            ("day", day.to_string().into()),
            ("month", t.get(&format!("month-{month}")).into()),
            ("year", year.to_string().into()),
        ],
    )
}

/// An instant on the service's clocks, in words with the time: "Tuesday 23 February 2027, 19:24".
#[cfg(feature = "staff")]
pub fn time_in_words(t: &Messages, at: time::OffsetDateTime) -> String {
    let local = tandem_domain::appointments::to_london(at);
    let day = format!("{}-{:02}-{:02}", local.year(), u8::from(local.month()), local.day());
    t.get_with(
        "time-in-words",
        &[("date", day_in_words(t, &day).into()), ("time", format!("{:02}:{:02}", local.hour(), local.minute()).into())],
    )
}

/// Now, by the browser's clock.
#[cfg(feature = "staff")]
pub fn now() -> time::OffsetDateTime {
    let now_ms = js_sys::Date::now() as i128;
    time::OffsetDateTime::from_unix_timestamp_nanos(now_ms * 1_000_000).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// The day `days` from today on the service's clocks, as a date field holds it (`2027-02-23`):
/// a builder's first "opens on" and "closes on".
#[cfg(feature = "staff")]
pub fn service_day(days: i64) -> String {
    let now = now();
    let day = tandem_domain::appointments::to_london(now).date() + time::Duration::days(days);
    format!("{}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day())
}

/// The day an instant falls on, on the service's clocks, in words.
#[cfg(feature = "staff")]
pub fn day_of(t: &Messages, at: time::OffsetDateTime) -> String {
    let local = tandem_domain::appointments::to_london(at);
    day_in_words(t, &format!("{}-{:02}-{:02}", local.year(), u8::from(local.month()), local.day()))
}

/// The same for an instant written as RFC 3339 text (as some answers carry it).
#[cfg(feature = "staff")]
pub fn time_text_in_words(t: &Messages, rfc3339: &str) -> String {
    match time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339) {
        Ok(at) => time_in_words(t, at),
        Err(_) => rfc3339.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn days_are_read_only_when_they_are_real() {
        assert_eq!(parse_day("2027-02-23"), Some((2027, 2, 23)));
        assert_eq!(parse_day("2026-11-30T23:30:00Z"), Some((2026, 11, 30)));
        assert_eq!(parse_day("2027-02-29"), None);
        assert_eq!(parse_day("2028-02-29"), Some((2028, 2, 29)));
        assert_eq!(parse_day("soon"), None);
        assert_eq!(weekday(2027, 2, 23), 2, "a Tuesday");
        assert_eq!(weekday(2026, 11, 29), 7, "a Sunday");
    }
}
