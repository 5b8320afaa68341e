//! Events as FHIR R4 resources, the case record's own language. Each carries the young
//! person's case-record identifier (or, until staff set one, Tandem's id for them) and the
//! event id as its identifier, which the receiver uses to recognise a repeat.

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use uuid::Uuid;

use super::DueEvent;

pub const EVENT_SYSTEM: &str = "urn:tandem:event";
pub const CASE_RECORD_SYSTEM: &str = "urn:tandem:case-record-id";
pub const TANDEM_PERSON_SYSTEM: &str = "urn:tandem:person";
pub const SCALING_QUESTIONNAIRE: &str = "urn:tandem:questionnaire:session-scaling";

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
        _ => communication(event),
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
    let mut resource = json!({
        "resourceType": "QuestionnaireResponse",
        "id": event.id.to_string(),
        "identifier": identifier(event.id),
        "questionnaire": SCALING_QUESTIONNAIRE,
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

/// Anything else: a Communication carrying the event as text, so nothing is dropped on the
/// way while a feature has no resource of its own yet.
fn communication(event: &DueEvent) -> Value {
    let mut resource = json!({
        "resourceType": "Communication",
        "id": event.id.to_string(),
        "identifier": [identifier(event.id)],
        "status": "completed",
        "sent": date_time(event.occurred_at),
        "payload": [{"contentString": format!("{}: {}", event.kind, event.payload)}],
    });
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

    /// Checks what FHIR R4 requires of the resources the relay sends: the elements with
    /// cardinality 1..1, the code lists, and each value's type. Answers what is wrong.
    pub fn r4_problems(resource: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        let mut need = |ok: bool, what: &str| {
            if !ok {
                problems.push(what.to_owned());
            }
        };
        let is_date_time = |v: &Value| {
            v.as_str()
                .is_some_and(|s| OffsetDateTime::parse(s, &Rfc3339).is_ok())
        };
        let is_identifier = |v: &Value| {
            v["system"].as_str().is_some_and(|s| s.starts_with("urn:"))
                && v["value"].as_str().is_some_and(|s| !s.is_empty())
        };
        match resource["resourceType"].as_str() {
            Some("QuestionnaireResponse") => {
                need(
                    [
                        "in-progress",
                        "completed",
                        "amended",
                        "entered-in-error",
                        "stopped",
                    ]
                    .contains(&resource["status"].as_str().unwrap_or("")),
                    "status",
                );
                need(
                    is_identifier(&resource["identifier"]),
                    "identifier (0..1, an Identifier)",
                );
                need(
                    resource["questionnaire"]
                        .as_str()
                        .is_some_and(|q| q.contains(':')),
                    "questionnaire (canonical)",
                );
                need(is_date_time(&resource["authored"]), "authored (dateTime)");
                need(
                    resource["subject"].is_null()
                        || is_identifier(&resource["subject"]["identifier"]),
                    "subject (Reference)",
                );
                for item in resource["item"].as_array().into_iter().flatten() {
                    need(
                        item["linkId"].as_str().is_some_and(|l| !l.is_empty()),
                        "item.linkId (1..1)",
                    );
                    for answer in item["answer"].as_array().into_iter().flatten() {
                        let values: Vec<&String> = answer
                            .as_object()
                            .map(|o| o.keys().filter(|k| k.starts_with("value")).collect())
                            .unwrap_or_default();
                        need(values.len() == 1, "answer.value[x] (exactly one)");
                        need(
                            answer.get("valueInteger").is_none_or(|v| v.is_i64()),
                            "valueInteger (integer)",
                        );
                        need(
                            answer.get("valueString").is_none_or(|v| v.is_string()),
                            "valueString (string)",
                        );
                    }
                }
            }
            Some("Communication") => {
                need(
                    [
                        "preparation",
                        "in-progress",
                        "not-done",
                        "on-hold",
                        "stopped",
                        "completed",
                        "entered-in-error",
                        "unknown",
                    ]
                    .contains(&resource["status"].as_str().unwrap_or("")),
                    "status",
                );
                need(
                    resource["identifier"]
                        .as_array()
                        .is_some_and(|ids| ids.iter().all(is_identifier)),
                    "identifier (0..*, Identifiers)",
                );
                need(is_date_time(&resource["sent"]), "sent (dateTime)");
                for part in resource["payload"].as_array().into_iter().flatten() {
                    need(
                        part["contentString"].is_string(),
                        "payload.content[x] (1..1)",
                    );
                }
            }
            other => need(false, &format!("resourceType {other:?}")),
        }
        problems
    }

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
