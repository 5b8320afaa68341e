//! What a notification says, from `i18n/en/push.ftl`. The server writes it so the service
//! worker can show it with no network and no translations of its own.

use std::sync::OnceLock;

use tandem_domain::appointments::{which_day, ReminderKind, WhichDay};
use tandem_domain::complaints::{ComplaintStatus, FeedbackKind};
use tandem_domain::fluent::{Arg, Catalogue};
use tandem_domain::language::Language;
use time::OffsetDateTime;

const ENGLISH: &str = include_str!("../../../i18n/en/push.ftl");
/// The other languages' notification words; a message one lacks is English's.
const TRANSLATIONS: [(Language, &str); 5] = [
    (Language::Welsh, include_str!("../../../i18n/cy/push.ftl")),
    (Language::Polish, include_str!("../../../i18n/pl/push.ftl")),
    (Language::Urdu, include_str!("../../../i18n/ur/push.ftl")),
    (Language::Punjabi, include_str!("../../../i18n/pa/push.ftl")),
    (Language::Gujarati, include_str!("../../../i18n/gu/push.ftl")),
];

/// The notification words of one language, with English behind them.
pub struct Texts {
    language: Language,
    /// The language's own words, then English's.
    catalogues: Vec<Catalogue<'static>>,
}

/// What an appointment reminder may mention.
pub struct AppointmentFacts<'a> {
    pub starts_at: OffsetDateTime,
    pub title: &'a str,
    pub place: &'a str,
}

/// A file's messages; one that cannot be read is left out, so English words it (a test proves
/// every shipped file reads whole).
fn catalogue(language: Language, source: &'static str) -> Catalogue<'static> {
    Catalogue::parse(language, &[source]).0
}

impl Texts {
    pub fn english() -> &'static Texts {
        Texts::of(Language::English)
    }

    /// The words for a person who chose `language` (made once, then shared).
    pub fn of(language: Language) -> &'static Texts {
        static ALL: OnceLock<Vec<Texts>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            Language::ALL
                .into_iter()
                .map(|language| {
                    let own =
                        TRANSLATIONS.iter().find(|(translated, _)| *translated == language).map(|(_, source)| catalogue(language, source));
                    Texts { language, catalogues: own.into_iter().chain([catalogue(Language::English, ENGLISH)]).collect() }
                })
                .collect()
        });
        all.iter().find(|texts| texts.language == language).unwrap_or(&all[0])
    }

    /// The message `id` with `args`, in English where the language lacks it; the id itself if
    /// English lacks it too (a test proves none is).
    pub fn get(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalogues.iter().find_map(|catalogue| catalogue.words(id, None, args)).unwrap_or_else(|| id.to_owned())
    }

    /// A time of day as the words around it say it: "4pm" in English, "16:00" in a translation
    /// (the 24-hour clock every one of them reads).
    fn time(&self, at: time::Time) -> String {
        if self.catalogues.len() > 1 {
            format!("{:02}:{:02}", at.hour(), at.minute())
        } else {
            tandem_domain::appointments::spoken_time(at)
        }
    }

    /// The body of an appointment reminder shown at `now`.
    pub fn appointment(&self, facts: &AppointmentFacts<'_>, detailed: bool, now: OffsetDateTime) -> String {
        let day = match which_day(now, facts.starts_at) {
            WhichDay::Today => "today",
            WhichDay::Tomorrow => "tomorrow",
            WhichDay::Later => "later",
        };
        let time = self.time(tandem_domain::appointments::to_london(facts.starts_at).time());
        if detailed {
            let title = if facts.title.is_empty() { self.get("push-appointment-default-title", &[]) } else { facts.title.to_owned() };
            let args = [("time", time.into()), ("title", title.into()), ("place", facts.place.into())];
            self.get(&format!("push-appointment-{day}-detailed"), &args)
        } else {
            self.get(&format!("push-appointment-{day}"), &[("time", time.into())])
        }
    }

    /// The body of a notice that a consultation the person took part in has news: discreet by
    /// default (no title: it could say what the person is involved in). When the news replies to
    /// something of theirs (`replies`: what, in words), it says so, and detailed, what.
    pub fn voice_news(&self, consultation_title: &str, replies: &[String], detailed: bool) -> String {
        let mut args = vec![("title", consultation_title.into()), ("count", replies.len().into())];
        let id = match (replies, detailed) {
            ([], false) => "push-voice-news",
            ([], true) => "push-voice-news-detailed",
            (_, false) => "push-voice-reply",
            ([about], true) => {
                args.push(("about", about.as_str().into()));
                "push-voice-reply-detailed"
            }
            (_, true) => "push-voice-replies-detailed",
        };
        self.get(id, &args)
    }

    /// The body of a notice that something the person sent by name has moved on: discreet by
    /// default (not even that it was a complaint).
    pub fn complaint_news(&self, kind: FeedbackKind, status: ComplaintStatus, detailed: bool) -> String {
        if !detailed {
            return self.get("push-complaint-news", &[]);
        }
        self.get("push-complaint-news-detailed", &[("kind", kind.as_str().into()), ("status", status.as_str().into())])
    }

    /// The body of a reminder about something waiting.
    pub fn waiting(&self, kind: ReminderKind, detailed: bool) -> String {
        let id = match kind {
            ReminderKind::ScoreMissing => "push-score-missing",
            ReminderKind::FormDue => "push-form-due",
            ReminderKind::FormOverdue => "push-form-overdue",
            _ => "push-plan-waiting",
        };
        if detailed {
            self.get(&format!("{id}-detailed"), &[])
        } else {
            self.get(id, &[])
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
        assert_eq!(texts.get("push-title", &[]), "Reminder");
    }

    #[test]
    fn each_language_words_its_notifications_and_falls_back_to_english() {
        let facts = AppointmentFacts { starts_at: datetime!(2026-11-24 16:00 UTC), title: "", place: "" };
        let now = datetime!(2026-11-23 18:00 UTC);
        assert_eq!(Texts::of(Language::Welsh).appointment(&facts, false, now), "Rhywbeth yfory am 16:00");
        assert_eq!(Texts::of(Language::Polish).appointment(&facts, false, now), "Coś jutro o 16:00");
        assert_eq!(Texts::of(Language::Polish).waiting(ReminderKind::PlanWaiting, false), "Coś czeka, aż na to spojrzysz.");
        assert_eq!(Texts::of(Language::Gujarati).appointment(&facts, false, now), "કાલે 16:00 વાગ્યે કંઈક છે");
        assert_eq!(Texts::of(Language::English).appointment(&facts, false, now), "Something tomorrow at 4pm");
        for language in Language::ALL {
            let texts = Texts::of(language);
            for id in ["push-title", "push-plan-waiting", "push-safety-alert", "push-complaint-news"] {
                assert!(!texts.get(id, &[]).starts_with("push-"), "{language:?} {id}");
            }
        }
    }
}
