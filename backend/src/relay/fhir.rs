//! Events as FHIR R4 resources, the case record's own language. Each carries the young
//! person's case-record identifier (or, until staff set one, Tandem's id for them) and the
//! event id as its identifier, which the receiver uses to recognise a repeat.

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use uuid::Uuid;

use tandem_domain::plans::RowStatus;

use super::DueEvent;

pub const EVENT_SYSTEM: &str = "urn:tandem:event";
pub const CASE_RECORD_SYSTEM: &str = "urn:tandem:case-record-id";
pub const TANDEM_PERSON_SYSTEM: &str = "urn:tandem:person";
pub const SCALING_QUESTIONNAIRE: &str = "urn:tandem:questionnaire:session-scaling";
pub const PLAN_REVIEW_QUESTIONNAIRE: &str = "urn:tandem:questionnaire:plan-review";
pub const APPOINTMENT_SYSTEM: &str = "urn:tandem:appointment";
pub const CASE_RECORD_APPOINTMENT_SYSTEM: &str = "urn:tandem:case-record-appointment";

fn date_time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

fn subject(event: &DueEvent) -> Value {
    match (&event.case_record_id, event.young_person_id) {
        (Some(id), _) => json!({"identifier": {"system": CASE_RECORD_SYSTEM, "value": id}}),
        (None, Some(person)) => {
            json!({"identifier": {"system": TANDEM_PERSON_SYSTEM, "value": person.to_string()}})
        }
        (None, None) => Value::Null,
    }
}

fn identifier(id: Uuid) -> Value {
    json!({"system": EVENT_SYSTEM, "value": id.to_string()})
}

/// The resource for `event`.
pub fn resource(event: &DueEvent) -> Value {
    match event.kind.as_str() {
        "session.scores" | "session.scores_updated" => scaling_response(event),
        "plan.version" | "plan.agreement" => care_plan(event),
        "plan.review" => plan_review(event),
        "appointment.reply" => appointment_reply(event),
        "survey.response" => survey_response(event),
        "complaint.received" | "complaint.resolved" => complaint(event),
        "voice.contribution" => consultation_contribution(event),
        _ => communication(
            event,
            None,
            vec![format!("{}: {}", event.kind, event.payload)],
        ),
    }
}

/// A session's scores: a QuestionnaireResponse with the programme, topic and each question's
/// start and end score as integers.
fn scaling_response(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let mut items = Vec::new();
    let text_item = |link: &str, text: &str, value: &Value| {
        value
            .as_str()
            .filter(|v| !v.is_empty())
            .map(|v| json!({"linkId": link, "text": text, "answer": [{"valueString": v}]}))
    };
    items.extend(text_item("programme", "Programme", &payload["programme"]));
    items.extend(text_item("topic", "Session topic", &payload["topic"]));
    items.extend(text_item("cohort", "Group", &payload["cohort"]));
    for score in payload["scores"].as_array().into_iter().flatten() {
        let measure = score["measure"].as_str().unwrap_or("topic");
        let question = score["question"].as_str().unwrap_or(measure);
        for (moment, label) in [("start", "at the start"), ("end", "at the end")] {
            if let Some(value) = score[moment].as_i64() {
                items.push(json!({
                    "linkId": format!("{measure}.{moment}"),
                    "text": format!("{question}, {label} (0-10)"),
                    "answer": [{"valueInteger": value}],
                }));
            }
        }
    }
    questionnaire_response(event, SCALING_QUESTIONNAIRE, items)
}

/// A completed QuestionnaireResponse to `questionnaire`, about the event's young person.
fn questionnaire_response(event: &DueEvent, questionnaire: &str, items: Vec<Value>) -> Value {
    let mut resource = json!({
        "resourceType": "QuestionnaireResponse",
        "id": event.id.to_string(),
        "identifier": identifier(event.id),
        "questionnaire": questionnaire,
        "status": "completed",
        "authored": date_time(event.occurred_at),
        "item": items,
    });
    let subject = subject(event);
    if !subject.is_null() {
        resource["subject"] = subject;
    }
    resource
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or("")
}

/// A co-produced plan (a new version, or someone's answer to it): a CarePlan with one contained
/// Goal per target, whose description is the target in the young person's words; the other
/// columns are the Goal's notes, and what each party will do is an activity towards it.
fn care_plan(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let subject = subject(event);
    let mut goals = Vec::new();
    let mut activities = Vec::new();
    for (index, row) in payload["rows"].as_array().into_iter().flatten().enumerate() {
        let goal_id = format!("goal-{}", index + 1);
        // Goal.lifecycleStatus, Goal.achievementStatus and the status of the activities towards it.
        let (lifecycle, achievement, activity) = match RowStatus::parse(text(&row["status"])) {
            Some(RowStatus::Achieved) => ("completed", "Achieved", "completed"),
            Some(RowStatus::Dropped) => ("cancelled", "Not achieved", "cancelled"),
            Some(RowStatus::Active) | None => ("active", "In progress", "in-progress"),
        };
        let mut notes = Vec::new();
        if !text(&row["how_i_know"]).is_empty() {
            notes.push(json!({"text": format!("How will I know I am successful? {}", text(&row["how_i_know"]))}));
        }
        if !text(&row["dropped_reason"]).is_empty() {
            notes.push(
                json!({"text": format!("Stopped because: {}", text(&row["dropped_reason"]))}),
            );
        }
        let mut goal = json!({
            "resourceType": "Goal",
            "id": goal_id,
            "lifecycleStatus": lifecycle,
            "achievementStatus": {"text": achievement},
            "description": {"text": text(&row["target"])},
            "subject": subject.clone(),
        });
        if !notes.is_empty() {
            goal["note"] = json!(notes);
        }
        goals.push(goal);
        for (field, who) in [
            ("i_will", "Young person will"),
            ("carer_will", "Parent or carer will"),
            ("worker_will", "Worker will"),
        ] {
            if !text(&row[field]).is_empty() {
                activities.push(json!({"detail": {
                    "status": activity,
                    "description": format!("{who}: {}", text(&row[field])),
                    "goal": [{"reference": format!("#{goal_id}")}],
                }}));
            }
        }
    }
    let version = payload["version"].as_u64().unwrap_or(0);
    let mut notes = vec![json!({"text": format!("Tandem plan version {version}")})];
    if event.kind == "plan.agreement" {
        let who = format!(
            "{} ({})",
            text(&payload["person"]),
            text(&payload["party"]).replace('_', " ")
        );
        notes.push(json!({"text": if payload["agreed"].as_bool() == Some(true) {
            format!("{who} agreed with this plan.")
        } else {
            format!("{who} does not agree. What they would change: {}", text(&payload["change_wanted"]))
        }}));
    } else if !text(&payload["changed_by"]).is_empty() {
        notes.push(json!({"text": format!("Changed by {}", text(&payload["changed_by"]))}));
    }
    json!({
        "resourceType": "CarePlan",
        "id": event.id.to_string(),
        "identifier": [identifier(event.id)],
        "status": "active",
        "intent": "plan",
        "title": "Co-produced plan",
        "subject": subject,
        "created": date_time(event.occurred_at),
        "contained": goals,
        "goal": goals.iter().map(|goal| json!({"reference": format!("#{}", text(&goal["id"]))})).collect::<Vec<_>>(),
        "activity": activities,
        "note": notes,
    })
}

/// A plan review: a QuestionnaireResponse with what went well, the young person's 0-10 for each
/// target and the next review date.
fn plan_review(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let mut items = vec![
        json!({"linkId": "went_well", "text": "What went well?", "answer": [{"valueString": text(&payload["went_well"])}]}),
    ];
    for (index, target) in payload["progress"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if let Some(score) = target["score"].as_i64() {
            items.push(json!({
                "linkId": format!("progress.{}", index + 1),
                "text": format!("{} (0-10)", text(&target["target"])),
                "answer": [{"valueInteger": score}],
            }));
        }
    }
    items.push(json!({"linkId": "next_review", "text": "Next review", "answer": [{"valueDate": text(&payload["next_review"])}]}));
    questionnaire_response(event, PLAN_REVIEW_QUESTIONNAIRE, items)
}

/// A reply to an appointment: the Appointment with the young person (and the carer who
/// replied) as participants, "accepted" for "I'll be there", "declined" with the reason as the
/// comment for "I need to change this". The case record's own appointment id, when it sent the
/// appointment, is among the identifiers so it can match its own.
fn appointment_reply(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let coming = payload["coming"].as_bool().unwrap_or(false);
    let answer = if coming { "accepted" } else { "declined" };
    let by_carer = payload["party"] == "carer";
    let mut identifiers = vec![
        identifier(event.id),
        json!({"system": APPOINTMENT_SYSTEM, "value": text(&payload["appointment_id"])}),
    ];
    if let Some(case_record_id) = payload["case_record_appointment_id"].as_str() {
        identifiers
            .push(json!({"system": CASE_RECORD_APPOINTMENT_SYSTEM, "value": case_record_id}));
    }
    let mut participants = vec![json!({
        "actor": subject(event),
        "required": "required",
        "status": if by_carer { "needs-action" } else { answer },
    })];
    if by_carer {
        participants.push(json!({
            "type": [{"text": "Parent or carer"}],
            "actor": {
                "identifier": {"system": TANDEM_PERSON_SYSTEM, "value": text(&payload["person_id"])},
                "display": text(&payload["person_name"]),
            },
            "required": "optional",
            "status": answer,
        }));
    }
    let mut resource = json!({
        "resourceType": "Appointment",
        "id": event.id.to_string(),
        "identifier": identifiers,
        "status": "booked",
        "description": text(&payload["purpose"]),
        "start": text(&payload["starts_at"]),
        "end": text(&payload["ends_at"]),
        "created": date_time(event.occurred_at),
        "participant": participants,
    });
    if !coming {
        resource["comment"] = json!(format!("Needs changing: {}", text(&payload["reason"])));
    }
    resource
}

/// A survey response: the answers as the survey's own Questionnaire items (made when it was
/// answered, so the record gets the wording the person saw).
fn survey_response(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let items = payload["item"].as_array().cloned().unwrap_or_default();
    questionnaire_response(event, text(&payload["questionnaire"]), items)
}

/// A complaint or compliment as it arrived, or its outcome once resolved: a Communication in
/// the person's own words.
fn complaint(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let mut parts = vec![text(&payload["text"]).to_owned()];
    if event.kind == "complaint.resolved" {
        parts.push(format!("Outcome: {}", text(&payload["outcome"])));
    }
    communication(event, Some(text(&payload["kind"])), parts)
}

/// A named contribution to a consultation: what the person said in their words, or (for a
/// ballot) only that they voted: the choice is never linked to anyone.
fn consultation_contribution(event: &DueEvent) -> Value {
    let payload = &event.payload;
    let heading = format!("{}: {}", text(&payload["title"]), text(&payload["activity"]));
    let said = match text(&payload["contribution"]) {
        "ballot" => "Voted in this ballot (how they voted is not recorded against anyone).".to_owned(),
        "proposal" => format!("Proposed the statement: {}", text(&payload["text"])),
        "voice_note" if text(&payload["text"]).is_empty() => "Answered with a voice note (kept in Tandem).".to_owned(),
        "voice_note" => format!("Answered with a voice note (kept in Tandem), and wrote: {}", text(&payload["text"])),
        _ => text(&payload["text"]).to_owned(),
    };
    communication(event, Some("consultation"), vec![heading, said])
}

/// A Communication carrying `parts` as text. Events with no resource of their own yet come
/// this way as their kind and payload, so nothing is dropped on the way.
fn communication(event: &DueEvent, category: Option<&str>, parts: Vec<String>) -> Value {
    let mut resource = json!({
        "resourceType": "Communication",
        "id": event.id.to_string(),
        "identifier": [identifier(event.id)],
        "status": "completed",
        "sent": date_time(event.occurred_at),
        "payload": parts.into_iter().map(|part| json!({"contentString": part})).collect::<Vec<_>>(),
    });
    if let Some(category) = category {
        resource["category"] = json!([{"text": category}]);
    }
    let subject = subject(event);
    if !subject.is_null() {
        resource["subject"] = subject;
    }
    resource
}

#[cfg(test)]
pub mod tests {
    use serde_json::json;
    use time::macros::datetime;

    use super::*;
    use crate::relay::r4::r4_problems;

    fn event(kind: &str, payload: Value, case_record_id: Option<&str>) -> DueEvent {
        DueEvent {
            id: Uuid::now_v7(),
            kind: kind.into(),
            young_person_id: Some(Uuid::now_v7()),
            payload,
            occurred_at: datetime!(2026-11-22 10:30 UTC),
            attempts: 0,
            case_record_id: case_record_id.map(str::to_owned),
        }
    }

    #[test]
    fn session_scores_become_a_valid_questionnaire_response() {
        let payload = json!({
            "session_id": Uuid::nil(), "session_kind": "group", "programme": "Which Way", "topic": "Gangs and knives",
            "cohort": "", "scores": [{"measure": "topic", "question": "Session topic", "start": 4, "end": null}],
        });
        let due = event("session.scores", payload, Some("CR-1234"));
        let resource = resource(&due);
        assert_eq!(r4_problems(&resource), Vec::<String>::new());
        assert_eq!(resource["subject"]["identifier"]["value"], "CR-1234");
        assert_eq!(resource["identifier"]["value"], due.id.to_string());
        let links: Vec<&str> = resource["item"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["linkId"].as_str().unwrap())
            .collect();
        assert_eq!(
            links,
            ["programme", "topic", "topic.start"],
            "no empty cohort, no missing end score"
        );
        assert_eq!(resource["item"][2]["answer"][0]["valueInteger"], 4);
    }

    #[test]
    fn other_events_become_a_valid_communication_with_tandems_id_until_staff_set_one() {
        let due = event("complaint.raised", json!({"text": "x"}), None);
        let resource = resource(&due);
        assert_eq!(r4_problems(&resource), Vec::<String>::new());
        assert_eq!(
            resource["subject"]["identifier"]["system"],
            TANDEM_PERSON_SYSTEM
        );
    }

    #[test]
    fn survey_responses_and_complaints_become_valid_resources() {
        let items = json!([{"linkId": "helped", "text": "What helped?", "answer": [{"valueString": "Sam"}]}]);
        let due = event(
            "survey.response",
            json!({"questionnaire": "urn:tandem:survey:x|2", "item": items}),
            Some("YJ-1"),
        );
        let response = resource(&due);
        assert_eq!(r4_problems(&response), Vec::<String>::new());
        assert_eq!(response["resourceType"], "QuestionnaireResponse");
        assert_eq!(response["questionnaire"], "urn:tandem:survey:x|2");
        assert_eq!(response["item"], items);
        let mut resolved = event(
            "complaint.resolved",
            json!({"kind": "complaint", "text": "Kept waiting", "outcome": "We said sorry"}),
            None,
        );
        resolved.young_person_id = None;
        let communication = resource(&resolved);
        assert_eq!(r4_problems(&communication), Vec::<String>::new());
        assert_eq!(communication["category"][0]["text"], "complaint");
        assert_eq!(
            communication["payload"][1]["contentString"],
            "Outcome: We said sorry"
        );
        assert!(communication.get("subject").is_none());
    }

    #[test]
    fn consultation_contributions_become_communications_that_never_say_a_choice() {
        let answer = resource(&event(
            "voice.contribution",
            json!({"title": "Youth centre", "activity": "Anything else?", "contribution": "answer", "text": "More trips"}),
            Some("YJ-1"),
        ));
        assert_eq!(r4_problems(&answer), Vec::<String>::new());
        assert_eq!(answer["resourceType"], "Communication");
        assert_eq!(answer["category"][0]["text"], "consultation");
        assert_eq!(answer["payload"][0]["contentString"], "Youth centre: Anything else?");
        assert_eq!(answer["payload"][1]["contentString"], "More trips");
        let ballot = resource(&event(
            "voice.contribution",
            json!({"title": "Youth centre", "activity": "What matters most?", "contribution": "ballot", "text": ""}),
            None,
        ));
        assert_eq!(r4_problems(&ballot), Vec::<String>::new());
        assert!(ballot["payload"][1]["contentString"].as_str().unwrap().starts_with("Voted in this ballot"));
    }

    fn plan_rows() -> Value {
        json!([
            {"row_id": Uuid::nil(), "target": "Make better decisions", "i_will": "think before I act", "carer_will": "guide me",
             "worker_will": "reflect on past decisions", "how_i_know": "less violence", "status": "active", "dropped_reason": "", "review_date": null},
            {"row_id": Uuid::nil(), "target": "Engage in positive activity", "i_will": "", "carer_will": "", "worker_will": "",
             "how_i_know": "", "status": "dropped", "dropped_reason": "moved away", "review_date": "2027-01-15"},
        ])
    }

    #[test]
    fn plan_versions_and_answers_become_a_valid_care_plan_with_goals() {
        let version = resource(&event(
            "plan.version",
            json!({"version": 4, "changed_by": "Sam", "rows": plan_rows()}),
            Some("CR-9"),
        ));
        assert_eq!(r4_problems(&version), Vec::<String>::new());
        assert_eq!(version["resourceType"], "CarePlan");
        assert_eq!(
            version["contained"][0]["description"]["text"],
            "Make better decisions"
        );
        assert_eq!(version["contained"][1]["lifecycleStatus"], "cancelled");
        assert_eq!(version["goal"][1]["reference"], "#goal-2");
        assert_eq!(
            version["activity"].as_array().unwrap().len(),
            3,
            "one per party that wrote something"
        );
        assert_eq!(
            version["activity"][1]["detail"]["description"],
            "Parent or carer will: guide me"
        );
        let answer = json!({"version": 4, "person": "Ash", "party": "carer", "agreed": false, "change_wanted": "not Fridays", "rows": plan_rows()});
        let answered = resource(&event("plan.agreement", answer, None));
        assert_eq!(r4_problems(&answered), Vec::<String>::new());
        assert_eq!(
            answered["note"][1]["text"],
            "Ash (carer) does not agree. What they would change: not Fridays"
        );
    }

    #[test]
    fn a_plan_review_becomes_a_valid_questionnaire_response() {
        let payload = json!({"plan_version": 4, "went_well": "Calmer", "next_review": "2027-02-01",
            "progress": [{"row_id": Uuid::nil(), "target": "Make better decisions", "score": 6}]});
        let review = resource(&event("plan.review", payload, Some("CR-9")));
        assert_eq!(r4_problems(&review), Vec::<String>::new());
        assert_eq!(review["item"][1]["answer"][0]["valueInteger"], 6);
        assert_eq!(review["item"][2]["answer"][0]["valueDate"], "2027-02-01");
    }

    #[test]
    fn appointment_replies_become_a_valid_appointment_with_the_participants_answer() {
        let reply = |party: &str, coming: bool| {
            json!({
                "appointment_id": Uuid::nil(), "case_record_appointment_id": "APT-77",
                "starts_at": "2026-11-24T16:00:00Z", "ends_at": "2026-11-24T17:00:00Z",
                "purpose": "Plan review", "place": "Youth centre", "person_id": Uuid::nil(),
                "person_name": "Dee", "party": party, "coming": coming, "reason": if coming { "" } else { "I have college then" },
            })
        };
        let coming = resource(&event(
            "appointment.reply",
            reply("young_person", true),
            Some("CR-5"),
        ));
        assert_eq!(r4_problems(&coming), Vec::<String>::new());
        assert_eq!(coming["resourceType"], "Appointment");
        assert_eq!(coming["participant"][0]["status"], "accepted");
        assert_eq!(
            coming["participant"][0]["actor"]["identifier"]["value"],
            "CR-5"
        );
        assert_eq!(coming["identifier"][2]["value"], "APT-77");
        assert!(coming["comment"].is_null());
        let carer = resource(&event(
            "appointment.reply",
            reply("carer", false),
            Some("CR-5"),
        ));
        assert_eq!(r4_problems(&carer), Vec::<String>::new());
        assert_eq!(carer["participant"][0]["status"], "needs-action");
        assert_eq!(carer["participant"][1]["status"], "declined");
        assert_eq!(carer["comment"], "Needs changing: I have college then");
        let mut broken = carer.clone();
        broken["participant"][1]["status"] = json!("maybe");
        broken["start"] = json!("tomorrow");
        assert_eq!(
            r4_problems(&broken),
            vec!["start (instant)", "participant.status (1..1)"]
        );
    }

    #[test]
    fn the_checker_catches_what_r4_forbids_in_a_care_plan() {
        let mut bad = resource(&event(
            "plan.version",
            json!({"version": 1, "rows": plan_rows()}),
            None,
        ));
        bad["intent"] = json!("wish");
        bad["contained"][0]["lifecycleStatus"] = json!("going");
        bad["goal"][0]["reference"] = json!("#goal-9");
        assert_eq!(
            r4_problems(&bad),
            [
                "intent",
                "Goal.lifecycleStatus (1..1)",
                "goal (Reference to a contained Goal)"
            ]
        );
    }

    #[test]
    fn the_checker_catches_what_r4_forbids() {
        let mut bad = resource(&event(
            "session.scores",
            json!({"scores": [{"measure": "topic", "start": 3}]}),
            None,
        ));
        bad["status"] = json!("done");
        bad["item"][0]["answer"][0]["valueInteger"] = json!("3");
        bad["authored"] = json!("yesterday");
        assert_eq!(
            r4_problems(&bad),
            ["status", "authored (dateTime)", "valueInteger (integer)"]
        );
    }
}
