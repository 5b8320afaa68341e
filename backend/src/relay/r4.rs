//! What FHIR R4 requires of the resources Tandem sends (the relay's events and the surveys'
//! export): the elements with cardinality 1..1, the code lists, and each value's type. The tests
//! run every resource through it; it is not the HL7 validator, which needs Java and the
//! network, but it checks what the R4 structure definitions say of these elements.

use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Checks what FHIR R4 requires of the resources the relay sends: the elements with
/// cardinality 1..1, the code lists, and each value's type. Answers what is wrong.
pub fn r4_problems(resource: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            problems.push(what.to_owned());
        }
    };
    // A dateTime with a time must carry its offset; a day alone is a dateTime too.
    let is_date_time =
        |v: &Value| v.as_str().is_some_and(|s| OffsetDateTime::parse(s, &Rfc3339).is_ok() || tandem_domain::plans::parse_date(s).is_ok());
    let one_of = |v: &Value, codes: &[&str]| codes.contains(&v.as_str().unwrap_or(""));
    let is_identifier =
        |v: &Value| v["system"].as_str().is_some_and(|s| s.starts_with("urn:")) && v["value"].as_str().is_some_and(|s| !s.is_empty());
    let are_identifiers = |v: &Value| v.as_array().is_some_and(|ids| ids.iter().all(is_identifier));
    match resource["resourceType"].as_str() {
        Some("QuestionnaireResponse") => {
            need(one_of(&resource["status"], &["in-progress", "completed", "amended", "entered-in-error", "stopped"]), "status");
            need(is_identifier(&resource["identifier"]), "identifier (0..1, an Identifier)");
            need(resource["questionnaire"].as_str().is_some_and(|q| q.contains(':')), "questionnaire (canonical)");
            need(is_date_time(&resource["authored"]), "authored (dateTime)");
            need(resource["subject"].is_null() || is_identifier(&resource["subject"]["identifier"]), "subject (Reference)");
            for item in resource["item"].as_array().into_iter().flatten() {
                need(item["linkId"].as_str().is_some_and(|l| !l.is_empty()), "item.linkId (1..1)");
                for answer in item["answer"].as_array().into_iter().flatten() {
                    let values: Vec<&String> =
                        answer.as_object().map(|o| o.keys().filter(|k| k.starts_with("value")).collect()).unwrap_or_default();
                    need(values.len() == 1, "answer.value[x] (exactly one)");
                    need(answer.get("valueInteger").is_none_or(|v| v.is_i64()), "valueInteger (integer)");
                    need(answer.get("valueString").is_none_or(|v| v.is_string()), "valueString (string)");
                    need(answer.get("valueBoolean").is_none_or(|v| v.is_boolean()), "valueBoolean (boolean)");
                    need(
                        answer.get("valueCoding").is_none_or(|v| v["code"].is_string() && v["system"].is_string()),
                        "valueCoding (Coding with system and code)",
                    );
                    need(
                        answer.get("valueDate").is_none_or(|v| v.as_str().is_some_and(|d| tandem_domain::plans::parse_day(d).is_ok())),
                        "valueDate (date)",
                    );
                }
            }
        }
        Some("Communication") => {
            need(
                one_of(
                    &resource["status"],
                    &["preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"],
                ),
                "status",
            );
            need(are_identifiers(&resource["identifier"]), "identifier (0..*, Identifiers)");
            need(is_date_time(&resource["sent"]), "sent (dateTime)");
            for part in resource["payload"].as_array().into_iter().flatten() {
                need(part["contentString"].is_string(), "payload.content[x] (1..1)");
            }
        }
        Some("CarePlan") => {
            need(
                one_of(&resource["status"], &["draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"]),
                "status",
            );
            need(one_of(&resource["intent"], &["proposal", "plan", "order", "option"]), "intent");
            need(is_identifier(&resource["subject"]["identifier"]), "subject (1..1 Reference)");
            need(are_identifiers(&resource["identifier"]), "identifier (0..*, Identifiers)");
            need(is_date_time(&resource["created"]), "created (dateTime)");
            let contained: Vec<&str> =
                resource["contained"].as_array().into_iter().flatten().map(|goal| goal["id"].as_str().unwrap_or("")).collect();
            let resolves = |reference: &Value| {
                reference["reference"].as_str().and_then(|r| r.strip_prefix('#')).is_some_and(|id| contained.contains(&id))
            };
            for goal in resource["contained"].as_array().into_iter().flatten() {
                need(goal["resourceType"] == "Goal", "contained Goal");
                need(
                    ["proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled", "entered-in-error", "rejected"]
                        .contains(&goal["lifecycleStatus"].as_str().unwrap_or("")),
                    "Goal.lifecycleStatus (1..1)",
                );
                need(goal["description"]["text"].as_str().is_some_and(|t| !t.is_empty()), "Goal.description (1..1 CodeableConcept)");
                need(is_identifier(&goal["subject"]["identifier"]), "Goal.subject (1..1 Reference)");
                for note in goal["note"].as_array().into_iter().flatten() {
                    need(note["text"].is_string(), "Goal.note.text (1..1 markdown)");
                }
            }
            for goal in resource["goal"].as_array().into_iter().flatten() {
                need(resolves(goal), "goal (Reference to a contained Goal)");
            }
            for activity in resource["activity"].as_array().into_iter().flatten() {
                let detail = &activity["detail"];
                need(
                    one_of(
                        &detail["status"],
                        &[
                            "not-started",
                            "scheduled",
                            "in-progress",
                            "on-hold",
                            "completed",
                            "cancelled",
                            "stopped",
                            "unknown",
                            "entered-in-error",
                        ],
                    ),
                    "activity.detail.status (1..1)",
                );
                need(detail["description"].is_string(), "activity.detail.description (string)");
                for goal in detail["goal"].as_array().into_iter().flatten() {
                    need(resolves(goal), "activity.detail.goal (Reference to a contained Goal)");
                }
            }
            for note in resource["note"].as_array().into_iter().flatten() {
                need(note["text"].is_string(), "note.text (1..1 markdown)");
            }
        }
        Some("Appointment") => {
            need(
                one_of(
                    &resource["status"],
                    &[
                        "proposed",
                        "pending",
                        "booked",
                        "arrived",
                        "fulfilled",
                        "cancelled",
                        "noshow",
                        "entered-in-error",
                        "checked-in",
                        "waitlist",
                    ],
                ),
                "status",
            );
            need(are_identifiers(&resource["identifier"]), "identifier (0..*, Identifiers)");
            // app-3: only proposed or cancelled appointments may lack start and end.
            need(is_date_time(&resource["start"]), "start (instant)");
            need(is_date_time(&resource["end"]), "end (instant)");
            need(is_date_time(&resource["created"]), "created (dateTime)");
            let participants = resource["participant"].as_array();
            need(participants.is_some_and(|p| !p.is_empty()), "participant (1..*)");
            for participant in participants.into_iter().flatten() {
                need(one_of(&participant["status"], &["accepted", "declined", "tentative", "needs-action"]), "participant.status (1..1)");
                // app-1: a participant names its actor or its type.
                need(
                    is_identifier(&participant["actor"]["identifier"]) || participant["type"].is_array(),
                    "participant.actor or participant.type",
                );
                need(
                    participant["required"].is_null() || one_of(&participant["required"], &["required", "optional", "information-only"]),
                    "participant.required",
                );
            }
            need(resource["comment"].is_null() || resource["comment"].is_string(), "comment (string)");
        }
        Some("Questionnaire") => {
            need(one_of(&resource["status"], &["draft", "active", "retired", "unknown"]), "status");
            need(resource["url"].as_str().is_some_and(|u| u.contains(':')), "url (uri)");
            need(resource["version"].is_null() || resource["version"].is_string(), "version (string)");
            let items: Vec<&Value> = resource["item"].as_array().into_iter().flatten().collect();
            let link_ids: Vec<&str> = items.iter().filter_map(|i| i["linkId"].as_str()).collect();
            for item in &items {
                need(item["linkId"].as_str().is_some_and(|l| !l.is_empty()), "item.linkId (1..1)");
                let kind = item["type"].as_str().unwrap_or("");
                need(
                    [
                        "group",
                        "display",
                        "boolean",
                        "decimal",
                        "integer",
                        "date",
                        "dateTime",
                        "time",
                        "string",
                        "text",
                        "url",
                        "choice",
                        "open-choice",
                        "attachment",
                        "reference",
                        "quantity",
                    ]
                    .contains(&kind),
                    "item.type (1..1)",
                );
                for flag in ["required", "repeats"] {
                    need(item[flag].is_null() || item[flag].is_boolean(), "item.required and item.repeats (boolean)");
                }
                let options = item["answerOption"].as_array();
                // que-5: only choice items carry options.
                need(options.is_none() || kind == "choice" || kind == "open-choice", "answerOption only on choice items (que-5)");
                for option in options.into_iter().flatten() {
                    let values = option.as_object().map_or(0, |o| o.keys().filter(|k| k.starts_with("value")).count());
                    need(values == 1, "answerOption.value[x] (1..1)");
                }
                let conditions: Vec<&Value> = item["enableWhen"].as_array().into_iter().flatten().collect();
                for condition in &conditions {
                    need(condition["question"].as_str().is_some_and(|q| link_ids.contains(&q)), "enableWhen.question (an item's linkId)");
                    need(one_of(&condition["operator"], &["exists", "=", "!=", ">", "<", ">=", "<="]), "enableWhen.operator (1..1)");
                    let answers = condition.as_object().map_or(0, |o| o.keys().filter(|k| k.starts_with("answer")).count());
                    need(answers == 1, "enableWhen.answer[x] (1..1)");
                }
                // que-12: more than one condition says how they combine.
                need(conditions.len() < 2 || item["enableBehavior"].is_string(), "enableBehavior (que-12)");
            }
        }
        Some("Bundle") => {
            need(
                one_of(
                    &resource["type"],
                    &[
                        "document",
                        "message",
                        "transaction",
                        "transaction-response",
                        "batch",
                        "batch-response",
                        "history",
                        "searchset",
                        "collection",
                    ],
                ),
                "type",
            );
            for entry in resource["entry"].as_array().into_iter().flatten() {
                need(entry["fullUrl"].as_str().is_some_and(|u| u.contains(':')), "entry.fullUrl (uri)");
                for problem in r4_problems(&entry["resource"]) {
                    need(false, &format!("entry: {problem}"));
                }
            }
        }
        other => need(false, &format!("resourceType {other:?}")),
    }
    problems
}
