//! Appointments: the young person's and carer's page on the phone (`phone`), the worker's page
//! (`staff`), and what both show of an appointment: its day in words, its state, and a calendar
//! file to add it to the phone's own calendar.

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::AppointmentsPage;
#[cfg(feature = "staff")]
pub use staff::StaffAppointmentsPage;

use tandem_domain::appointments::{AppointmentState, AppointmentView};

use crate::i18n::Messages;

/// Year, month and day of the `2026-11-23` dates the server writes (the phone carries no date
/// parser).
pub fn year_month_day(date: &str) -> (i32, u32, u32) {
    let mut parts = date.split('-');
    let year = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1970);
    let month = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    let day = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    (year, month, day)
}

/// "Monday 23 November", from the London date the server wrote.
pub fn day_text(t: &Messages, view: &AppointmentView) -> String {
    day_words(t, &view.date, view.weekday)
}

/// "Monday 23 November" for a `2026-11-23` date and its weekday (1 is Monday).
pub fn day_words(t: &Messages, date: &str, weekday: u8) -> String {
    let (_, month, day) = year_month_day(date);
    t.get_with(
        "appointment-day",
        &[
            ("weekday", t.get(&format!("weekday-{weekday}")).into()),
            ("day", day.to_string().into()),
            ("month", t.get(&format!("month-{month}")).into()),
        ],
    )
}

pub fn state_text(t: &Messages, state: AppointmentState) -> String {
    t.get(match state {
        AppointmentState::Upcoming => "appointment-state-upcoming",
        AppointmentState::Attended => "appointment-state-attended",
        AppointmentState::Missed => "appointment-state-missed",
        AppointmentState::Cancelled => "appointment-state-cancelled",
    })
}

/// `2026-11-23T16:00:00Z` as iCalendar's `20261123T160000Z`.
fn ics_time(utc: &str) -> String {
    utc.chars().filter(|c| c.is_ascii_digit() || *c == 'T' || *c == 'Z').collect()
}

/// iCalendar text escapes (RFC 5545 §3.3.11).
fn ics_text(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// The appointment as an iCalendar file, with the discreet title (a phone's calendar may be
/// seen by others) and the place; the purpose stays in the app.
pub fn ics(view: &AppointmentView, fallback_title: &str) -> String {
    let title = if view.title.is_empty() { fallback_title } else { &view.title };
    [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Tandem//Appointments//EN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@tandem", view.id),
        format!("DTSTAMP:{}", ics_time(&view.starts_at)),
        format!("DTSTART:{}", ics_time(&view.starts_at)),
        format!("DTEND:{}", ics_time(&view.ends_at)),
        format!("SUMMARY:{}", ics_text(title)),
        format!("LOCATION:{}", ics_text(&view.place)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ]
    .join("\r\n")
}

/// A `data:` address for the calendar file, so adding it works offline and needs no server.
pub fn ics_href(view: &AppointmentView, fallback_title: &str) -> String {
    let text = ics(view, fallback_title);
    let encoded: String = js_sys::encode_uri_component(&text).into();
    format!("data:text/calendar;charset=utf-8,{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[wasm_bindgen_test::wasm_bindgen_test]
    fn a_calendar_file_has_utc_times_and_escaped_text() {
        let view: AppointmentView = serde_json::from_value(serde_json::json!({
            "id": "0190f5d2-7b1c-7000-8000-000000000000", "young_person_id": "0190f5d2-7b1c-7000-8000-000000000001",
            "young_person_name": "Jay", "starts_at": "2026-11-23T16:00:00Z", "ends_at": "2026-11-23T17:00:00Z",
            "date": "2026-11-23", "weekday": 1, "start": "4pm", "end": "5pm", "place": "Youth centre, Mill Street",
            "map_link": null, "purpose": "Court report", "with_whom": "", "title": "", "include_carers": false,
            "state": "upcoming", "replies": [], "case_record_appointment_id": null
        }))
        .unwrap();
        let file = ics(&view, "Appointment");
        assert!(file.contains("DTSTART:20261123T160000Z\r\n"));
        assert!(file.contains("SUMMARY:Appointment\r\n"));
        assert!(file.contains("LOCATION:Youth centre\\, Mill Street\r\n"));
        assert!(!file.contains("Court"), "the purpose stays in the app");
    }
}
