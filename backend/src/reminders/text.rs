//! What a notification says, from `i18n/en/push.ftl`. The server writes it so the service
//! worker can show it with no network and no translations of its own.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use tandem_domain::appointments::{which_day, ReminderKind, WhichDay};
use tandem_domain::complaints::{ComplaintStatus, FeedbackKind};
use time::OffsetDateTime;

const ENGLISH: &str = include_str!("../../../i18n/en/push.ftl");

pub struct Texts {
    bundle: FluentBundle<FluentResource>,
}

/// What an appointment reminder may mention.
pub struct AppointmentFacts<'a> {
    pub starts_at: OffsetDateTime,
    pub title: &'a str,
    pub place: &'a str,
}

impl Texts {
    pub fn english() -> Texts {
        let resource = FluentResource::try_new(ENGLISH.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
        let language = "en".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Plain text on a lock screen: no bidi isolation marks around the time and place.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Texts { bundle }
    }

    /// The message `id` with `args`; the id itself if it is missing (a test proves none is).
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|message| message.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// The body of an appointment reminder shown at `now`.
    pub fn appointment(&self, facts: &AppointmentFacts<'_>, detailed: bool, now: OffsetDateTime) -> String {
        let day = match which_day(now, facts.starts_at) {
            WhichDay::Today => "today",
            WhichDay::Tomorrow => "tomorrow",
            WhichDay::Later => "later",
        };
        let time = tandem_domain::appointments::spoken_time(tandem_domain::appointments::to_london(facts.starts_at).time());
        let mut args = FluentArgs::new();
        args.set("time", time);
        if detailed {
            let title = if facts.title.is_empty() { self.get("push-appointment-default-title", None) } else { facts.title.to_owned() };
            args.set("title", title);
            args.set("place", facts.place.to_owned());
            self.get(&format!("push-appointment-{day}-detailed"), Some(&args))
        } else {
            self.get(&format!("push-appointment-{day}"), Some(&args))
        }
    }

    /// The body of a notice that a consultation the person took part in has news: discreet by
    /// default (no title: it could say what the person is involved in). When the news replies to
    /// something of theirs (`replies`: what, in words), it says so, and detailed, what.
    pub fn voice_news(&self, consultation_title: &str, replies: &[String], detailed: bool) -> String {
        let mut args = FluentArgs::new();
        args.set("title", consultation_title.to_owned());
        args.set("count", replies.len());
        let id = match (replies, detailed) {
            ([], false) => "push-voice-news",
            ([], true) => "push-voice-news-detailed",
            (_, false) => "push-voice-reply",
            ([about], true) => {
                args.set("about", about.clone());
                "push-voice-reply-detailed"
            }
            (_, true) => "push-voice-replies-detailed",
        };
        self.get(id, Some(&args))
    }

    /// The body of a notice that something the person sent by name has moved on: discreet by
    /// default (not even that it was a complaint).
    pub fn complaint_news(&self, kind: FeedbackKind, status: ComplaintStatus, detailed: bool) -> String {
        if !detailed {
            return self.get("push-complaint-news", None);
        }
        let mut args = FluentArgs::new();
        args.set("kind", kind.as_str());
        args.set("status", status.as_str());
        self.get("push-complaint-news-detailed", Some(&args))
    }

    /// The body of a reminder about something waiting.
    pub fn waiting(&self, kind: ReminderKind, detailed: bool) -> String {
        let id = match kind {
            ReminderKind::ScoreMissing => "push-score-missing",
            _ => "push-plan-waiting",
        };
        if detailed {
            self.get(&format!("{id}-detailed"), None)
        } else {
            self.get(id, None)
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn every_message_exists_and_the_default_is_discreet() {
        let texts = Texts::english();
        let facts = AppointmentFacts { starts_at: datetime!(2026-11-24 16:00 UTC), title: "Youth offending team", place: "Court" };
        let discreet = texts.appointment(&facts, false, datetime!(2026-11-23 18:00 UTC));
        assert_eq!(discreet, "Something tomorrow at 4pm");
        assert_eq!(texts.appointment(&facts, false, datetime!(2026-11-24 14:00 UTC)), "Something today at 4pm");
        let detailed = texts.appointment(&facts, true, datetime!(2026-11-24 14:00 UTC));
        assert_eq!(detailed, "Youth offending team today at 4pm, Court");
        for now in [datetime!(2026-11-20 10:00 UTC), datetime!(2026-11-23 10:00 UTC), datetime!(2026-11-24 10:00 UTC)] {
            for detailed in [false, true] {
                assert!(!texts.appointment(&facts, detailed, now).starts_with("push-"));
            }
        }
        for kind in [ReminderKind::PlanWaiting, ReminderKind::ScoreMissing] {
            for detailed in [false, true] {
                assert!(!texts.waiting(kind, detailed).starts_with("push-"));
            }
        }
        assert_eq!(texts.get("push-title", None), "Reminder");
    }
}
