//! Reports built from stored sessions: pure functions, so the figures are tested without a
//! server. Statistics and suppression come from `tandem_domain::scaling`.

use std::collections::{BTreeMap, BTreeSet};

use tandem_domain::feedback::Score;
use tandem_domain::scaling::{suppress, Change, Summary};
use tandem_domain::sessions::{
    age_band, age_on, AttendanceRow, Breakdown, BreakdownBy, Group, GroupChange, HistoryRow, LiveSession, Measure, MeasureChange,
    MeasureLive, Moment, ParticipantRow, Programme, ProgrammeReport, ProgrammeRow, SessionKind, SessionListItem, SessionReport,
};
use time::Date;
use uuid::Uuid;

use super::{ParticipantFacts, SessionFacts};
use crate::csv::csv;

fn scores(participants: &[ParticipantFacts], measure: Measure, moment: Moment) -> Vec<Score> {
    participants.iter().filter_map(|p| p.score(measure, moment)).filter_map(|value| Score::parse(i64::from(value)).ok()).collect()
}

fn pairs(participants: &[&ParticipantFacts], measure: Measure) -> Vec<(Option<Score>, Option<Score>)> {
    let as_score = |value: Option<u8>| value.and_then(|v| Score::parse(i64::from(v)).ok());
    participants.iter().map(|p| (as_score(p.score(measure, Moment::Start)), as_score(p.score(measure, Moment::End)))).collect()
}

fn title(facts: &SessionFacts, measure: Measure) -> String {
    match (&facts.record.topic_title, measure) {
        (Some(title), Measure::Topic) => title.clone(),
        _ => measure.english().to_owned(),
    }
}

pub fn live(facts: &SessionFacts) -> LiveSession {
    let record = &facts.record;
    LiveSession {
        id: record.id,
        code: record.code.clone(),
        kind: record.kind,
        programme_id: record.programme_id,
        programme_name: record.programme_name.clone(),
        topic_title: record.topic_title.clone(),
        question: record.question.clone(),
        cohort: record.cohort.clone(),
        anonymous_allowed: record.anonymous_allowed,
        phase: record.phase,
        opened_at: record.opened_at,
        joined: facts.participants.len(),
        measures: record
            .kind
            .measures()
            .iter()
            .map(|measure| MeasureLive {
                measure: *measure,
                start: Summary::of(&scores(&facts.participants, *measure, Moment::Start)),
                end: Summary::of(&scores(&facts.participants, *measure, Moment::End)),
            })
            .collect(),
    }
}

pub fn list_item(facts: &SessionFacts) -> SessionListItem {
    let record = &facts.record;
    SessionListItem {
        id: record.id,
        code: record.code.clone(),
        kind: record.kind,
        programme_name: record.programme_name.clone(),
        title: title(facts, record.kind.measures().first().copied().unwrap_or(Measure::Topic)),
        cohort: record.cohort.clone(),
        phase: record.phase,
        opened_at: record.opened_at,
        joined: facts.participants.len(),
    }
}

/// Who each person in a session is: their name, or for one who joined with the code alone their
/// number among those, by joining (1, 2...).
fn labels(participants: &[ParticipantFacts]) -> Vec<(Option<String>, Option<u32>)> {
    let mut anonymous = 0;
    participants
        .iter()
        .map(|p| match &p.young_person {
            Some(person) => (Some(person.name.clone()), None),
            None => {
                anonymous += 1;
                (None, Some(anonymous))
            }
        })
        .collect()
}

/// A row's person as the CSV export names them.
fn csv_label(row: &ParticipantRow) -> String {
    match (&row.name, row.anonymous) {
        (Some(name), _) => name.clone(),
        (None, number) => format!("Anonymous {}", number.unwrap_or_default()),
    }
}

pub fn session(facts: &SessionFacts) -> SessionReport {
    let everyone: Vec<&ParticipantFacts> = facts.participants.iter().collect();
    let measures = facts.record.kind.measures();
    let labels = labels(&facts.participants);
    let participants = measures
        .iter()
        .flat_map(|measure| {
            facts.participants.iter().zip(&labels).map(move |(p, (name, anonymous))| ParticipantRow {
                name: name.clone(),
                anonymous: *anonymous,
                young_person_id: p.young_person.as_ref().map(|person| person.id),
                measure: *measure,
                start: p.score(*measure, Moment::Start),
                end: p.score(*measure, Moment::End),
            })
        })
        .collect();
    SessionReport {
        session: live(facts),
        attendance: facts.participants.len(),
        changes: measures
            .iter()
            .map(|measure| MeasureChange { measure: *measure, change: Change::of(&pairs(&everyone, *measure)) })
            .collect(),
        participants,
    }
}

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.2}")).unwrap_or_default()
}

fn score_text(value: Option<u8>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub fn session_csv(report: &SessionReport) -> String {
    let session = &report.session;
    let opened = session.opened_at.date().to_string();
    csv(
        &["session_code", "date", "programme", "topic", "cohort", "participant", "question", "start", "end", "change"],
        report.participants.iter().map(|row| {
            let change = row.start.zip(row.end).map(|(start, end)| i16::from(end) - i16::from(start));
            vec![
                session.code.clone(),
                opened.clone(),
                session.programme_name.clone(),
                session.topic_title.clone().unwrap_or_default(),
                session.cohort.clone(),
                csv_label(row),
                row.measure.english().to_owned(),
                score_text(row.start),
                score_text(row.end),
                change.map(|c| c.to_string()).unwrap_or_default(),
            ]
        }),
    )
}

/// Groups a programme's sessions per cohort and topic (review questions after the topics).
pub fn programme(programme: Programme, sessions: &[SessionFacts], today: Date) -> ProgrammeReport {
    type Key = (String, u32, Measure, String);
    let mut groups: BTreeMap<Key, Vec<&SessionFacts>> = BTreeMap::new();
    for facts in sessions {
        for measure in facts.record.kind.measures() {
            let position = facts.record.topic_position.unwrap_or(u32::MAX);
            let key = (facts.record.cohort.clone(), position, *measure, title(facts, *measure));
            groups.entry(key).or_default().push(facts);
        }
    }
    let rows = groups
        .into_iter()
        .map(|((cohort, position, measure, title), group)| {
            let everyone: Vec<ParticipantFacts> = group.iter().flat_map(|facts| facts.participants.clone()).collect();
            let all: Vec<&ParticipantFacts> = everyone.iter().collect();
            ProgrammeRow {
                cohort,
                position: (position != u32::MAX).then_some(position),
                title,
                measure,
                sessions: group.len(),
                attendance: everyone.len(),
                change: Change::of(&pairs(&all, measure)),
                start_all: Summary::of(&scores(&everyone, measure, Moment::Start)),
                end_all: Summary::of(&scores(&everyone, measure, Moment::End)),
            }
        })
        .collect();
    ProgrammeReport { attendance: attendance(sessions), breakdowns: breakdowns(sessions, today), programme, rows }
}

fn is_topic_session(facts: &SessionFacts) -> bool {
    facts.record.kind != SessionKind::ProgrammeReview
}

/// Per cohort: how many of the topic sessions held each named young person came to.
fn attendance(sessions: &[SessionFacts]) -> Vec<AttendanceRow> {
    let mut held: BTreeMap<&str, usize> = BTreeMap::new();
    let mut came: BTreeMap<(&str, Uuid), (String, BTreeSet<Uuid>)> = BTreeMap::new();
    for facts in sessions.iter().filter(|facts| is_topic_session(facts)) {
        let cohort = facts.record.cohort.as_str();
        *held.entry(cohort).or_default() += 1;
        for person in facts.participants.iter().filter_map(|p| p.young_person.as_ref()) {
            came.entry((cohort, person.id)).or_insert_with(|| (person.name.clone(), BTreeSet::new())).1.insert(facts.record.id);
        }
    }
    let mut rows: Vec<AttendanceRow> = came
        .into_iter()
        .map(|((cohort, id), (name, attended))| AttendanceRow {
            young_person_id: id,
            name,
            cohort: cohort.to_owned(),
            attended: attended.len(),
            of: held.get(cohort).copied().unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| (&a.cohort, &a.name).cmp(&(&b.cohort, &b.name)));
    rows
}

/// Start-to-end change over every topic session, by age band, sex and ethnicity. A cell counts
/// distinct young people (each anonymous joining counts as one), and fewer than five are hidden.
fn breakdowns(sessions: &[SessionFacts], today: Date) -> Vec<Breakdown> {
    [BreakdownBy::AgeBand, BreakdownBy::Sex, BreakdownBy::Ethnicity]
        .into_iter()
        .map(|by| {
            let mut groups: BTreeMap<Group, (BTreeSet<String>, Vec<&ParticipantFacts>)> = BTreeMap::new();
            for facts in sessions.iter().filter(|facts| is_topic_session(facts)) {
                let day = facts.record.opened_at.date().min(today);
                for (index, p) in facts.participants.iter().enumerate() {
                    let person = p.young_person.as_ref();
                    let group = match by {
                        BreakdownBy::AgeBand => person.and_then(|x| x.birth_date).map(|birth| Group::AgeBand(age_band(age_on(birth, day)))),
                        BreakdownBy::Sex => person.and_then(|x| x.sex.clone()).map(Group::Recorded),
                        BreakdownBy::Ethnicity => person.and_then(|x| x.ethnicity.clone()).map(Group::Recorded),
                    }
                    .unwrap_or(Group::NotRecorded);
                    let who = person.map(|x| x.id.to_string()).unwrap_or_else(|| format!("{}#{index}", facts.record.id));
                    let entry = groups.entry(group).or_default();
                    entry.0.insert(who);
                    entry.1.push(p);
                }
            }
            let cells = suppress(
                groups
                    .into_iter()
                    .map(|(group, (people, members))| {
                        let change = Change::of(&pairs(&members, Measure::Topic));
                        (group, people.len(), GroupChange { young_people: people.len(), change })
                    })
                    .collect(),
            );
            Breakdown { by, cells }
        })
        .collect()
}

pub fn programme_csv(report: &ProgrammeReport) -> String {
    csv(
        &[
            "programme",
            "cohort",
            "topic",
            "question",
            "sessions",
            "attendance",
            "pairs",
            "mean_start",
            "mean_end",
            "mean_change",
            "improved",
            "same",
            "lower",
        ],
        report.rows.iter().map(|row| {
            vec![
                report.programme.name.clone(),
                row.cohort.clone(),
                row.title.clone(),
                row.measure.english().to_owned(),
                row.sessions.to_string(),
                row.attendance.to_string(),
                row.change.start.n.to_string(),
                number(row.change.start.mean),
                number(row.change.end.mean),
                number(row.change.mean_change),
                row.change.improved.to_string(),
                row.change.same.to_string(),
                row.change.lower.to_string(),
            ]
        }),
    )
}

/// A young person's scores, session by session, oldest first.
pub fn history(sessions: &[SessionFacts], young_person_id: Uuid) -> Vec<HistoryRow> {
    let mut rows: Vec<HistoryRow> = sessions
        .iter()
        .flat_map(|facts| {
            let mine = facts.participants.iter().find(|p| p.young_person.as_ref().is_some_and(|person| person.id == young_person_id));
            mine.into_iter().flat_map(move |p| {
                facts.record.kind.measures().iter().map(move |measure| HistoryRow {
                    session_id: facts.record.id,
                    opened_at: facts.record.opened_at,
                    programme_name: facts.record.programme_name.clone(),
                    title: title(facts, *measure),
                    measure: *measure,
                    start: p.score(*measure, Moment::Start),
                    end: p.score(*measure, Moment::End),
                })
            })
        })
        .collect();
    rows.sort_by_key(|row| row.opened_at);
    rows
}

#[cfg(test)]
mod tests {
    use tandem_domain::scaling::Cell;
    use tandem_domain::sessions::AgeBand;
    use tandem_domain::sessions::{BreakdownBy, Phase};
    use time::macros::{date, datetime};

    use super::super::{PersonFacts, SessionRecord};
    use super::*;

    fn record(kind: SessionKind, cohort: &str) -> SessionRecord {
        SessionRecord {
            id: Uuid::now_v7(),
            code: "ACDEFG".into(),
            kind,
            service_id: Uuid::nil(),
            programme_id: Uuid::nil(),
            programme_name: "Which Way".into(),
            topic_position: (kind != SessionKind::ProgrammeReview).then_some(1),
            topic_title: (kind != SessionKind::ProgrammeReview).then(|| "Induction / county lines".to_owned()),
            question: None,
            cohort: cohort.into(),
            anonymous_allowed: false,
            phase: Phase::Closed,
            opened_at: datetime!(2026-11-22 10:00 UTC),
            closed_at: None,
            end_opened_at: None,
        }
    }

    fn person(name: &str, sex: &str) -> PersonFacts {
        PersonFacts {
            id: Uuid::now_v7(),
            name: name.into(),
            birth_date: Some(date!(2011 - 01 - 01)),
            sex: Some(sex.into()),
            ethnicity: None,
        }
    }

    fn joined(person: Option<PersonFacts>, scores: &[(Measure, Moment, u8)]) -> ParticipantFacts {
        ParticipantFacts { young_person: person, joined_at: datetime!(2026-11-22 10:00 UTC), scores: scores.to_vec() }
    }

    /// The service's cohort of nine, programme review "initial vs end" (shared/DOMAIN.md).
    fn review_of_nine() -> SessionFacts {
        let pairs = [(4, 7), (3, 8), (3, 7), (4, 8), (4, 8), (4, 7), (3, 7), (2, 8), (3, 7)];
        SessionFacts {
            record: record(SessionKind::ProgrammeReview, "Autumn 2026"),
            participants: pairs
                .iter()
                .enumerate()
                .map(|(i, (start, end))| {
                    let scores: Vec<(Measure, Moment, u8)> = SessionKind::ProgrammeReview
                        .measures()
                        .iter()
                        .flat_map(|m| [(*m, Moment::Start, *start), (*m, Moment::End, *end)])
                        .collect();
                    joined(Some(person(&format!("Child {i}"), if i < 6 { "Male" } else { "Female" })), &scores)
                })
                .collect(),
        }
    }

    #[test]
    fn the_programme_review_of_nine_gives_the_services_own_means() {
        let report = programme(
            Programme { id: Uuid::nil(), name: "Which Way".into(), description: String::new(), topics: vec![] },
            &[review_of_nine()],
            date!(2026 - 11 - 22),
        );
        assert_eq!(report.rows.len(), 3);
        for row in &report.rows {
            assert_eq!(row.change.start.n, 9);
            assert_eq!(format!("{:.2}", row.change.start.mean.unwrap()), "3.33");
            assert_eq!(format!("{:.2}", row.change.end.mean.unwrap()), "7.44");
            assert_eq!(row.change.improved, 9);
            assert_eq!(row.position, None);
        }
        let csv = programme_csv(&report);
        assert!(csv.contains("Which Way,Autumn 2026,What I have learned,What I have learned,1,9,9,3.33,7.44,4.11,9,0,0"), "{csv}");
    }

    #[test]
    fn a_session_report_pairs_start_and_end_and_names_anonymous_joiners_in_order() {
        let facts = SessionFacts {
            record: record(SessionKind::Group, ""),
            participants: vec![
                joined(None, &[(Measure::Topic, Moment::Start, 7), (Measure::Topic, Moment::End, 8)]),
                joined(Some(person("Jay", "Male")), &[(Measure::Topic, Moment::Start, 5)]),
                joined(None, &[(Measure::Topic, Moment::Start, 6), (Measure::Topic, Moment::End, 9)]),
            ],
        };
        let report = session(&facts);
        assert_eq!(report.attendance, 3);
        let change = &report.changes[0].change;
        assert_eq!((change.start.n, change.start.mean, change.end.mean, change.mean_change), (2, Some(6.5), Some(8.5), Some(2.0)));
        let labels: Vec<(Option<&str>, Option<u32>)> = report.participants.iter().map(|row| (row.name.as_deref(), row.anonymous)).collect();
        assert_eq!(labels, [(None, Some(1)), (Some("Jay"), None), (None, Some(2))]);
        let live = live(&facts);
        assert_eq!((live.measures[0].start.n, live.measures[0].end.n), (3, 2));
        assert_eq!(live.measures[0].start.mean, Some(6.0));
        let csv = session_csv(&report);
        assert!(csv.contains("ACDEFG,2026-11-22,Which Way,Induction / county lines,,Jay,Session topic,5,,\r\n"), "{csv}");
    }

    #[test]
    fn breakdowns_hide_groups_of_fewer_than_five_and_the_next_smallest() {
        let mut sessions = vec![review_of_nine()];
        sessions[0].record = record(SessionKind::Group, "Autumn 2026");
        for p in &mut sessions[0].participants {
            p.scores = vec![(Measure::Topic, Moment::Start, 3), (Measure::Topic, Moment::End, 7)];
        }
        let report = programme(
            Programme { id: Uuid::nil(), name: "Which Way".into(), description: String::new(), topics: vec![] },
            &sessions,
            date!(2026 - 11 - 22),
        );
        let by_sex = report.breakdowns.iter().find(|b| b.by == BreakdownBy::Sex).unwrap();
        // Six boys and three girls: the three are hidden, and so are the six, or the three
        // could be worked out from the total.
        assert!(by_sex.cells.iter().all(|cell| matches!(cell, Cell::Suppressed { .. })), "{:?}", by_sex.cells);
        let by_age = report.breakdowns.iter().find(|b| b.by == BreakdownBy::AgeBand).unwrap();
        assert!(matches!(&by_age.cells[..], [Cell::Shown { group: Group::AgeBand(AgeBand::From15To17), .. }]));
        assert_eq!(report.attendance.len(), 9);
        assert!(report.attendance.iter().all(|row| row.attended == 1 && row.of == 1));
    }

    /// Nine young people at two sessions: nine people, eighteen pairs, and each said as what it is.
    #[test]
    fn a_breakdown_counts_young_people_apart_from_pairs_of_scores() {
        let mut first = review_of_nine();
        first.record = record(SessionKind::Group, "Autumn 2026");
        for p in &mut first.participants {
            p.scores = vec![(Measure::Topic, Moment::Start, 3), (Measure::Topic, Moment::End, 7)];
        }
        let mut second = first.clone();
        second.record.id = Uuid::now_v7();
        second.record.topic_position = Some(2);
        let report = programme(
            Programme { id: Uuid::nil(), name: "Which Way".into(), description: String::new(), topics: vec![] },
            &[first, second],
            date!(2026 - 11 - 22),
        );
        let by_age = report.breakdowns.iter().find(|b| b.by == BreakdownBy::AgeBand).unwrap();
        let [Cell::Shown { value, .. }] = &by_age.cells[..] else { panic!("{:?}", by_age.cells) };
        assert_eq!((value.young_people, value.change.start.n), (9, 18));
        assert!(report.attendance.iter().all(|row| row.attended == 2 && row.of == 2));
    }
}
