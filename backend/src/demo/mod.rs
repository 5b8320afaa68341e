//! The demo service seeded into an empty database, so a newcomer can try every role at once.
//! Passwords and invite codes are made fresh at seeding, printed, and kept only as hashes
//! (plus a `demo-logins.txt` beside the database for the person running the demo).

pub mod postgres;
pub mod sqlite;
mod store;

use tandem_domain::accounts::{InviteCode, Role};
use tandem_domain::appointments::{from_london, to_london, AppointmentDetails};
use tandem_domain::plans::{Cell, Cells, Plan, Row};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use crate::storage::StorageError;

#[async_trait::async_trait]
pub trait DemoStore {
    /// Seeds `demo` only if the database holds no service yet; answers whether it seeded.
    async fn seed_demo_if_empty(&self, demo: &DemoService, now: OffsetDateTime) -> Result<bool, StorageError>;
}

pub struct DemoPerson {
    pub role: Role,
    pub display_name: &'static str,
    pub email: Option<&'static str>,
    /// Staff only: the password as printed, and its argon2id hash as stored.
    pub password: Option<(String, String)>,
    /// Young person and carer only: the invite code as printed, and its SHA-256 as stored.
    pub invite: Option<(InviteCode, String)>,
}

pub struct DemoTarget {
    pub target: &'static str,
    pub young_person_will: &'static str,
    pub carer_will: &'static str,
    pub worker_will: &'static str,
    pub success_looks_like: &'static str,
}

pub struct DemoTopic {
    pub title: &'static str,
    pub question: &'static str,
    pub easy_read_question: &'static str,
}

/// A session of the demo's past cohort: the topic (none for the end-of-programme review) and
/// each young person's start and end score.
pub struct DemoScaling {
    pub topic_position: Option<u32>,
    pub weeks_ago: i64,
    pub pairs: Vec<(u8, u8)>,
}

/// An appointment of Jay's, at a London time on a day counted from the day the demo is seeded.
pub struct DemoAppointment {
    pub days_from_today: i64,
    pub at: (u8, u8),
    pub minutes: i64,
    pub place: &'static str,
    pub map_link: Option<&'static str>,
    pub purpose: &'static str,
    pub with_whom: &'static str,
    pub title: &'static str,
    pub carers_invited: bool,
    /// What the worker recorded, for past ones.
    pub outcome: Option<&'static str>,
}

pub struct DemoService {
    pub name: &'static str,
    pub people: Vec<DemoPerson>,
    pub plan: Vec<DemoTarget>,
    pub programme_name: &'static str,
    pub topics: Vec<DemoTopic>,
    /// A finished run of the programme, so its report has figures on first open.
    pub past_cohort: &'static str,
    pub past_sessions: Vec<DemoScaling>,
    pub appointments: Vec<DemoAppointment>,
    pub invite_lifetime: Duration,
}

fn new_invite() -> (InviteCode, String) {
    let code = crate::accounts::invites::new_code();
    let hash = crate::accounts::invites::code_hash(&code);
    (code, hash)
}

fn new_password() -> Result<(String, String), StorageError> {
    // Twelve characters from the look-alike-free alphabet, easy to read off a terminal.
    let password = crate::accounts::invites::new_code().display_grouped().to_lowercase();
    let hash = crate::accounts::passwords::hash_now(&password)?;
    Ok((password, hash))
}

fn staff(role: Role, display_name: &'static str, email: &'static str) -> Result<DemoPerson, StorageError> {
    Ok(DemoPerson { role, display_name, email: Some(email), password: Some(new_password()?), invite: None })
}

fn invited(role: Role, display_name: &'static str) -> DemoPerson {
    DemoPerson { role, display_name, email: None, password: None, invite: Some(new_invite()) }
}

impl DemoService {
    /// The demo, with fresh passwords and codes. Names are invented; the plan and topics are the
    /// service's own examples (shared/DOMAIN.md).
    pub fn generate() -> Result<DemoService, StorageError> {
        Ok(DemoService {
            name: "Northgate Youth Justice Service (demo)",
            people: vec![
                staff(Role::Worker, "Sam Okafor", "sam@demo.tandem.invalid")?,
                staff(Role::ParticipationOfficer, "Priya Shah", "priya@demo.tandem.invalid")?,
                staff(Role::Manager, "Morgan Reid", "morgan@demo.tandem.invalid")?,
                staff(Role::Admin, "Ade Admin", "admin@demo.tandem.invalid")?,
                invited(Role::YoungPerson, "Jay"),
                invited(Role::Carer, "Dee (Jay's mum)"),
            ],
            plan: vec![
                DemoTarget {
                    target: "Learn how to control my anger better",
                    young_person_will: "Work out what makes me angry",
                    carer_will: "Give Jay space; talk about it when we are both calm",
                    worker_will: "Identify triggers; calming techniques; alternatives to violence",
                    success_looks_like: "My outbursts go down; I use the techniques",
                },
                DemoTarget {
                    target: "Make better decisions",
                    young_person_will: "Think before I act; try to stay calm",
                    carer_will: "Guide me",
                    worker_will: "Reflect on past decisions; who can help",
                    success_looks_like: "Less violence; better relationships",
                },
                DemoTarget {
                    target: "Learn how my actions have consequences",
                    young_person_will: "Think about how others feel",
                    carer_will: "Have honest, open conversations about how it affects her",
                    worker_will: "Self-reflection; impact on me and others",
                    success_looks_like: "I think before I act",
                },
                DemoTarget {
                    target: "Engage in positive activity",
                    young_person_will: "Play for a football team; go to the youth centre",
                    carer_will: "Help with transport",
                    worker_will: "Look for local football groups; suggest group work",
                    success_looks_like: "I am involved in a club",
                },
                DemoTarget {
                    target: "Friendships and influences; how to say no",
                    young_person_will: "Stand up for myself; not get involved",
                    carer_will: "Talk about current friends if I agree",
                    worker_will: "How to say no; who to talk to; what pressure means",
                    success_looks_like: "I can stand up for myself; I avoid negative friends",
                },
            ],
            programme_name: "Which Way (six-week group programme)",
            topics: vec![
                DemoTopic {
                    title: "Induction / county lines",
                    question: "How much do you know about county lines?",
                    easy_read_question: "How much do you know about county lines? 0 is nothing, 10 is everything.",
                },
                DemoTopic {
                    title: "Gangs and knives",
                    question: "How much do you know about gangs and the risks of carrying knives?",
                    easy_read_question: "How much do you know about gangs and knives?",
                },
                DemoTopic {
                    title: "Role models and peer influences",
                    question: "How well do you understand how the people around you influence you?",
                    easy_read_question: "How much do your friends change what you do?",
                },
                DemoTopic {
                    title: "Mental health and wellbeing",
                    question: "How much do you know about looking after your mental health?",
                    easy_read_question: "How much do you know about feeling OK in your head?",
                },
                DemoTopic {
                    title: "Drugs and alcohol",
                    question: "How much do you know about the effects and risks of drugs and alcohol?",
                    easy_read_question: "How much do you know about drugs and alcohol?",
                },
                DemoTopic {
                    title: "Celebration",
                    question: "How do you feel about what you have learned on the programme?",
                    easy_read_question: "How do you feel about what you learned?",
                },
            ],
            // The group programme's own report (shared/DOMAIN.md): averages per topic, and the
            // end-of-programme review of a cohort of nine. Young people joined by code alone.
            past_cohort: "Spring 2026 (demo)",
            past_sessions: vec![
                DemoScaling {
                    topic_position: Some(1),
                    weeks_ago: 30,
                    pairs: vec![(6, 8), (7, 8), (8, 9), (7, 7), (7, 8), (6, 8), (8, 8), (7, 8)],
                },
                DemoScaling {
                    topic_position: Some(2),
                    weeks_ago: 29,
                    pairs: vec![(8, 8), (7, 8), (9, 8), (8, 9), (8, 7), (8, 8), (7, 8), (9, 8)],
                },
                DemoScaling {
                    topic_position: Some(3),
                    weeks_ago: 28,
                    pairs: vec![(6, 9), (5, 9), (7, 10), (6, 8), (6, 9), (6, 9), (7, 9), (5, 9)],
                },
                DemoScaling {
                    topic_position: Some(4),
                    weeks_ago: 27,
                    pairs: vec![(5, 8), (4, 8), (6, 9), (5, 7), (5, 8), (5, 8), (6, 8), (4, 8)],
                },
                DemoScaling {
                    topic_position: Some(5),
                    weeks_ago: 26,
                    pairs: vec![(7, 9), (8, 9), (8, 10), (7, 8), (7, 9), (8, 9), (8, 9), (7, 9)],
                },
                DemoScaling {
                    topic_position: None,
                    weeks_ago: 25,
                    pairs: vec![(4, 7), (3, 8), (3, 7), (4, 8), (4, 8), (4, 7), (3, 7), (2, 8), (3, 7)],
                },
            ],
            appointments: vec![
                DemoAppointment {
                    days_from_today: -7,
                    at: (16, 0),
                    minutes: 60,
                    place: "Youth centre, Mill Street (side door)",
                    map_link: None,
                    purpose: "Talk about how the week went",
                    with_whom: "Sam (your worker)",
                    title: "Meet Sam",
                    carers_invited: false,
                    outcome: Some("attended"),
                },
                DemoAppointment {
                    days_from_today: 1,
                    at: (16, 0),
                    minutes: 60,
                    place: "Youth centre, Mill Street (side door)",
                    map_link: Some("https://www.openstreetmap.org/search?query=Mill%20Street"),
                    purpose: "Look at your plan together and say what is going well",
                    with_whom: "Sam (your worker)",
                    title: "Meet Sam",
                    carers_invited: false,
                    outcome: None,
                },
                DemoAppointment {
                    days_from_today: 3,
                    at: (17, 30),
                    minutes: 60,
                    place: "At home",
                    map_link: None,
                    purpose: "Home visit with Sam, Jay and Dee",
                    with_whom: "Sam (your worker)",
                    title: "Visit at home",
                    carers_invited: true,
                    outcome: None,
                },
                DemoAppointment {
                    days_from_today: 8,
                    at: (10, 0),
                    minutes: 120,
                    place: "Youth centre, Mill Street, upstairs room",
                    map_link: None,
                    purpose: "Which Way group session 1",
                    with_whom: "Sam and the group workers",
                    title: "Group session",
                    carers_invited: false,
                    outcome: None,
                },
            ],
            invite_lifetime: Duration::hours(72),
        })
    }

    /// What the run command prints: how to sign in as each person.
    pub fn logins_text(&self, base_url: &str) -> String {
        let mut text = format!("Demo service: {} at {base_url}/\n", self.name);
        for person in &self.people {
            let role = person.role.as_str();
            match (&person.email, &person.password, &person.invite) {
                (Some(email), Some((password, _)), _) => {
                    text.push_str(&format!("  {role:<22} {:<18} email {email}  password {password}\n", person.display_name))
                }
                (_, _, Some((code, _))) => text.push_str(&format!(
                    "  {role:<22} {:<18} invite code {} (valid 72 hours)\n",
                    person.display_name,
                    code.display_grouped(),
                )),
                _ => {}
            }
        }
        text
    }
}

/// One of the demo's appointments, placed in time.
pub(crate) struct DemoSlot {
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub details: AppointmentDetails,
    /// The state a past appointment ended in.
    pub outcome: Option<&'static str>,
}

impl DemoService {
    /// The service's own example plan, as version 1, written with the young person and carer.
    pub(crate) fn plan(&self, now: OffsetDateTime) -> Plan {
        let review = (now + Duration::weeks(12)).date().to_string();
        let cell = |text: &str| Cell { text: text.to_owned(), changed_in: 1, written_by: None };
        Plan {
            version: 1,
            rows: self
                .plan
                .iter()
                .map(|row| {
                    let cells = Cells {
                        target: cell(row.target),
                        i_will: cell(row.young_person_will),
                        carer_will: cell(row.carer_will),
                        worker_will: cell(row.worker_will),
                        how_i_know: cell(row.success_looks_like),
                    };
                    Row { review_date: Some(review.clone()), ..Row::new(Uuid::now_v7(), cells, 1) }
                })
                .collect(),
        }
    }

    /// The young person's appointments, on days counted from today (London).
    pub(crate) fn appointment_slots(&self, now: OffsetDateTime) -> Result<Vec<DemoSlot>, StorageError> {
        let today = to_london(now).date();
        self.appointments
            .iter()
            .map(|appointment| {
                let day = today + Duration::days(appointment.days_from_today);
                let clock = time::Time::from_hms(appointment.at.0, appointment.at.1, 0).map_err(|err| StorageError::caused("date", err))?;
                let starts_at = from_london(day.with_time(clock));
                Ok(DemoSlot {
                    starts_at,
                    ends_at: starts_at + Duration::minutes(appointment.minutes),
                    details: AppointmentDetails {
                        place: appointment.place.into(),
                        map_link: appointment.map_link.map(str::to_owned),
                        purpose: appointment.purpose.into(),
                        with_whom: appointment.with_whom.into(),
                        title: appointment.title.into(),
                        include_carers: appointment.carers_invited,
                    },
                    outcome: appointment.outcome,
                })
            })
            .collect()
    }
}
