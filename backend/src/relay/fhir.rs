//! Events as FHIR R4 resources, the case record's own language. Each carries the young
//! person's case-record identifier (or, until staff set one, Tandem's id for them) and the
//! event id as its identifier, which the receiver uses to recognise a repeat. Each stored
//! payload is read back into its type (`tandem_domain::events`), the one the feature wrote.

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use uuid::Uuid;

use tandem_domain::events::{
    AppointmentReplyPayload, AssessmentPayload, ContributionPayload, Event, PlanReviewPayload, RaisedBy, RecordRow, ScoresPayload,
    SurveyResponsePayload,
};
use tandem_domain::plans::RowStatus;

use super::DueEvent;

pub const EVENT_SYSTEM: &str = "urn:tandem:event";
pub const CASE_RECORD_SYSTEM: &str = "urn:tandem:case-record-id";
pub const TANDEM_PERSON_SYSTEM: &str = "urn:tandem:person";
pub const SCALING_QUESTIONNAIRE: &str = "urn:tandem:questionnaire:session-scaling";
pub const PLAN_REVIEW_QUESTIONNAIRE: &str = "urn:tandem:questionnaire:plan-review";
/// A young person's plan, the same across its versions (a young person has one plan: its value is
/// their Tandem id); each version is `<plan>/<version>` in [`PLAN_VERSION_SYSTEM`].
pub const PLAN_SYSTEM: &str = "urn:tandem:plan";
pub const PLAN_VERSION_SYSTEM: &str = "urn:tandem:plan-version";
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
    match Event::from_stored(&event.kind, &event.payload) {
        Ok(typed) => typed_resource(event, &typed),
        // Never dropped: an event that does not read back as its type goes to the record as a
        // Communication carrying its kind and payload, and the log says which and why.
        Err(error) => {
            tracing::warn!(event = %event.id, kind = %event.kind, %error, "event sent as its raw payload");
            communication(event, None, vec![format!("{}: {}", event.kind, event.payload)])
        }
    }
}

/// The resource of each kind of event: a new kind does not compile until it has one.
fn typed_resource(event: &DueEvent, typed: &Event) -> Value {
    match typed {
        Event::SessionScores(scores) | Event::SessionScoresUpdated(scores) => scaling_response(event, scores),
        Event::PlanVersion(version) => {
            let mut notes = Vec::new();
            if !version.changed_by.is_empty() {
                notes.push(format!("Changed by {}", version.changed_by));
            }
            care_plan(event, version.version, &version.rows, notes)
        }
        Event::PlanAgreement(answer) => {
            let who = format!("{} ({})", answer.person, answer.party.as_str().replace('_', " "));
            let said = if answer.agreed {
                format!("{who} agreed with this plan.")
            } else {
                format!("{who} does not agree. What they would change: {}", answer.change_wanted)
            };
            care_plan(event, answer.version, &answer.rows, vec![said])
        }
        Event::PlanReview(review) => plan_review(event, review),
        Event::AppointmentReply(reply) => appointment_reply(event, reply),
        Event::SurveyResponse(response) => survey_response(event, response),
        Event::AssessmentAnswered(answered) => assessment_response(event, answered),
        Event::ComplaintReceived(item) => {
            let resource = communication(event, Some(item.kind.as_str()), vec![item.text.clone()]);
            raised_by(event, resource, &item.raised_by)
        }
        Event::ComplaintResolved(item) => {
            let parts = vec![item.text.clone(), format!("Outcome: {}", item.outcome)];
            let resource = communication(event, Some(item.kind.as_str()), parts);
            raised_by(event, resource, &item.raised_by)
        }
        Event::VoiceContribution(contribution) => consultation_contribution(event, contribution),
        Event::SafetyAlert(alert) => {
            let mut parts = vec!["The young person said they do not feel safe and asked for their worker now.".to_owned()];
            if !alert.words.is_empty() {
                parts.push(format!("In their words: {}", alert.words));
            }
            urgent(communication(event, Some("safety"), parts))
        }
        Event::SafetyAcknowledged(seen) => {
            let parts = vec![format!("Safety alert seen by {}.", seen.by), format!("What they did: {}", seen.action)];
            urgent(communication(event, Some("safety"), parts))
        }
    }
}

/// Names who raised a complaint or compliment as the Communication's sender: the young person
/// of the record, or a named carer (a RelatedPerson by Tandem id) with the young people they
/// care for as what it is `about`. An anonymous one names nobody.
fn raised_by(event: &DueEvent, mut resource: Value, raiser: &RaisedBy) -> Value {
    let Some(person_id) = raiser.person_id else { return resource };
    resource["sender"] = if raiser.raised_as == "young_person" && event.young_person_id.is_some() {
        subject(event)
    } else {
        json!({
            "identifier": {"system": TANDEM_PERSON_SYSTEM, "value": person_id.to_string()},
            "display": format!("{} (parent or carer)", raiser.person.as_deref().unwrap_or_default()),
        })
    };
    if !raiser.about.is_empty() {
        resource["about"] = raiser
            .about
            .iter()
            .map(|young_person| {
                json!({"identifier": {"system": TANDEM_PERSON_SYSTEM, "value": young_person.id.to_string()}, "display": young_person.name})
            })
            .collect();
    }
    resource
}

/// Marks a Communication urgent (FHIR R4 request-priority), so the record puts it first.
fn urgent(mut resource: Value) -> Value {
    resource["priority"] = json!("urgent");
    resource
}

/// A session's scores: a QuestionnaireResponse with the programme, topic and each question's
/// start and end score as integers.
fn scaling_response(event: &DueEvent, scores: &ScoresPayload) -> Value {
    let mut items = Vec::new();
    let text_item = |link: &str, text: &str, value: Option<&str>| {
        value.filter(|v| !v.is_empty()).map(|v| json!({"linkId": link, "text": text, "answer": [{"valueString": v}]}))
    };
    items.extend(text_item("programme", "Programme", Some(&scores.programme)));
    items.extend(text_item("topic", "Session topic", scores.topic.as_deref()));
    items.extend(text_item("cohort", "Group", Some(&scores.cohort)));
    for score in &scores.scores {
        let measure = score.measure.as_str();
        for (moment, label, value) in [("start", "at the start", score.start), ("end", "at the end", score.end)] {
            if let Some(value) = value {
                items.push(json!({
                    "linkId": format!("{measure}.{moment}"),
                    "text": format!("{}, {label} (0-10)", score.question),
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

/// The Questionnaires Tandem's own QuestionnaireResponses answer (the survey ones come with each
/// survey), as a Bundle (collection) a record reads from `GET /api/v1/fhir/questionnaires`: each
/// one's `url` is the canonical its responses name.
pub fn tandem_questionnaires() -> Value {
    let score = |link: String, text: String| {
        let mut item = question_item(&link, &text, "integer", false);
        item["extension"] = json!([
            {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
            {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10},
        ]);
        item
    };
    let mut scaling = vec![
        question_item("programme", "Programme", "string", true),
        question_item("topic", "Session topic", "string", false),
        question_item("cohort", "Group", "string", false),
    ];
    for measure in tandem_domain::sessions::Measure::ALL {
        for (moment, label) in [("start", "at the start"), ("end", "at the end")] {
            scaling.push(score(format!("{}.{moment}", measure.as_str()), format!("{}, {label} (0-10)", measure.english())));
        }
    }
    let mut review = vec![question_item("went_well", "What went well?", "text", false)];
    for target in 1..=tandem_domain::plans::MAX_ROWS {
        review.push(score(format!("progress.{target}"), format!("Target {target}: progress (0-10)")));
    }
    review.push(question_item("next_review", "Next review", "date", false));
    let questionnaire = |url: &str, name: &str, title: &str, purpose: &str, items: Vec<Value>| {
        json!({
            "fullUrl": url,
            "resource": {
                "resourceType": "Questionnaire",
                "id": name,
                "url": url,
                "name": name.replace('-', "_"),
                "title": title,
                "status": "active",
                "subjectType": ["Patient"],
                "purpose": purpose,
                "item": items,
            },
        })
    };
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            questionnaire(
                SCALING_QUESTIONNAIRE,
                "session-scaling",
                "Session scaling",
                "A young person's 0-10 scores at the start and end of a session, for each question the session asked.",
                scaling,
            ),
            questionnaire(
                PLAN_REVIEW_QUESTIONNAIRE,
                "plan-review",
                "Plan review",
                "A review of a young person's plan: what went well, each target's progress 0-10 in the plan's order, and the next review.",
                review,
            ),
        ],
    })
}

/// A Questionnaire item.
fn question_item(link: &str, text: &str, kind: &str, required: bool) -> Value {
    json!({"linkId": link, "text": text, "type": kind, "required": required})
}

/// A co-produced plan (a new version, or someone's answer to it): a CarePlan with one contained
/// Goal per target, whose description is the target in the young person's words; the other
/// columns are the Goal's notes, and what each party will do is an activity towards it.
fn care_plan(event: &DueEvent, version: u32, rows: &[RecordRow], said: Vec<String>) -> Value {
    let subject = subject(event);
    let mut goals = Vec::new();
    let mut activities = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let goal_id = format!("goal-{}", index + 1);
        // Goal.lifecycleStatus, Goal.achievementStatus and the status of the activities towards it.
        let (lifecycle, achievement, activity) = match row.status {
            RowStatus::Achieved => ("completed", "Achieved", "completed"),
            RowStatus::Dropped => ("cancelled", "Not achieved", "cancelled"),
            RowStatus::Active => ("active", "In progress", "in-progress"),
        };
        let mut notes = Vec::new();
        if !row.how_i_know.is_empty() {
            notes.push(json!({"text": format!("How will I know I am successful? {}", row.how_i_know)}));
        }
        if !row.dropped_reason.is_empty() {
            notes.push(json!({"text": format!("Stopped because: {}", row.dropped_reason)}));
        }
        let mut goal = json!({
            "resourceType": "Goal",
            "id": goal_id,
            "lifecycleStatus": lifecycle,
            "achievementStatus": {"text": achievement},
            "description": {"text": row.target},
            "subject": subject.clone(),
        });
        if !notes.is_empty() {
            goal["note"] = json!(notes);
        }
        goals.push(goal);
        for (words, who) in
            [(&row.i_will, "Young person will"), (&row.carer_will, "Parent or carer will"), (&row.worker_will, "Worker will")]
        {
            if !words.is_empty() {
                activities.push(json!({"detail": {
                    "status": activity,
                    "description": format!("{who}: {words}"),
                    "goal": [{"reference": format!("#{goal_id}")}],
                }}));
            }
        }
    }
    let notes: Vec<Value> =
        std::iter::once(format!("Tandem plan version {version}")).chain(said).map(|text| json!({"text": text})).collect();
    let mut identifiers = vec![identifier(event.id)];
    let mut replaces = Vec::new();
    if let Some(plan) = event.young_person_id {
        let version_of = |version: u32| format!("{plan}/{version}");
        identifiers.push(json!({"system": PLAN_SYSTEM, "value": plan.to_string()}));
        identifiers.push(json!({"system": PLAN_VERSION_SYSTEM, "value": version_of(version)}));
        if version > 1 {
            replaces.push(json!({
                "identifier": {"system": PLAN_VERSION_SYSTEM, "value": version_of(version - 1)},
                "display": format!("Tandem plan version {}", version - 1),
            }));
        }
    }
    let mut resource = json!({
        "resourceType": "CarePlan",
        "id": event.id.to_string(),
        "meta": {"versionId": version.to_string()},
        "identifier": identifiers,
        "status": "active",
        "intent": "plan",
        "title": "Co-produced plan",
        "subject": subject,
        "created": date_time(event.occurred_at),
        "contained": goals,
        "goal": (1..=rows.len()).map(|index| json!({"reference": format!("#goal-{index}")})).collect::<Vec<_>>(),
        "activity": activities,
        "note": notes,
    });
    if !replaces.is_empty() {
        resource["replaces"] = json!(replaces);
    }
    resource
}

/// A plan review: a QuestionnaireResponse with what went well, the young person's 0-10 for each
/// target and the next review date.
fn plan_review(event: &DueEvent, review: &PlanReviewPayload) -> Value {
    let mut items = vec![json!({"linkId": "went_well", "text": "What went well?", "answer": [{"valueString": review.went_well}]})];
    for (index, target) in review.progress.iter().enumerate() {
        items.push(json!({
            "linkId": format!("progress.{}", index + 1),
            "text": format!("{} (0-10)", target.target),
            "answer": [{"valueInteger": target.score}],
        }));
    }
    items.push(json!({"linkId": "next_review", "text": "Next review", "answer": [{"valueDate": review.next_review}]}));
    questionnaire_response(event, PLAN_REVIEW_QUESTIONNAIRE, items)
}

/// A reply to an appointment: the Appointment with the young person (and the carer who
/// replied) as participants, "accepted" for "I'll be there", "declined" with the reason as the
/// comment for "I need to change this". The case record's own appointment id, when it sent the
/// appointment, is among the identifiers so it can match its own.
fn appointment_reply(event: &DueEvent, reply: &AppointmentReplyPayload) -> Value {
    let answer = if reply.coming { "accepted" } else { "declined" };
    let by_carer = reply.party == "carer";
    let mut identifiers = vec![identifier(event.id), json!({"system": APPOINTMENT_SYSTEM, "value": reply.appointment_id.to_string()})];
    if let Some(case_record_id) = &reply.case_record_appointment_id {
        identifiers.push(json!({"system": CASE_RECORD_APPOINTMENT_SYSTEM, "value": case_record_id}));
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
                "identifier": {"system": TANDEM_PERSON_SYSTEM, "value": reply.person_id.to_string()},
                "display": reply.person_name,
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
        "description": reply.purpose,
        "start": reply.starts_at,
        "end": reply.ends_at,
        "created": date_time(event.occurred_at),
        "participant": participants,
    });
    if !reply.coming {
        let asked = reply
            .asks_for
            .as_ref()
            .map(|asked| format!(" Asks to move it to {} until {} (a free time the worker set).", asked.start, asked.end));
        resource["comment"] = json!(format!("Needs changing: {}{}", reply.reason, asked.unwrap_or_default()).trim().to_owned());
        if let Some(asked) = &reply.asks_for {
            resource["requestedPeriod"] = json!([{"start": asked.start, "end": asked.end}]);
        }
    }
    resource
}

/// A survey response: the answers as the survey's own Questionnaire items (made when it was
/// answered, so the record gets the wording the person saw), identified as the survey's FHIR
/// export identifies it (`identifier` is 0..1 on a QuestionnaireResponse), so the two are one
/// answer in the record.
fn survey_response(event: &DueEvent, response: &SurveyResponsePayload) -> Value {
    let mut resource = questionnaire_response(event, &response.questionnaire, response.item.clone());
    if let Some(id) = response.response_id {
        resource["identifier"] = json!({"system": crate::surveys::fhir::RESPONSE_SYSTEM, "value": id.to_string()});
    }
    resource
}

/// A finished form: the answers in the wording the person saw, identified by the request the
/// worker made (one form, one response), written by the young person or by a named carer (a
/// RelatedPerson by Tandem id). "About me" is marked restricted: for the allocated worker only.
fn assessment_response(event: &DueEvent, answered: &AssessmentPayload) -> Value {
    let mut resource = questionnaire_response(event, &answered.questionnaire, answered.item.clone());
    resource["identifier"] = json!({"system": crate::assessments::ASSESSMENT_SYSTEM, "value": answered.assignment_id.to_string()});
    let author = if answered.answered_as == "young_person" && event.young_person_id.is_some() {
        subject(event)
    } else {
        json!({
            "identifier": {"system": TANDEM_PERSON_SYSTEM, "value": answered.person.id.to_string()},
            "display": format!("{} (parent or carer)", answered.person.name),
        })
    };
    resource["author"] = author.clone();
    resource["source"] = author;
    if answered.worker_only {
        resource["meta"] = json!({"security": [{
            "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
            "code": "R",
            "display": "restricted",
        }]});
    }
    resource
}

/// A named contribution to a consultation: what the person said in their words, or (for a
/// ballot) only that they voted: the choice is never linked to anyone.
fn consultation_contribution(event: &DueEvent, contribution: &ContributionPayload) -> Value {
    let heading = format!("{}: {}", contribution.title, contribution.activity);
    let text = &contribution.text;
    let said = match contribution.contribution.as_str() {
        "ballot" => "Voted in this ballot (how they voted is not recorded against anyone).".to_owned(),
        "proposal" => format!("Proposed the statement: {text}"),
        "voice_note" if text.is_empty() => {
            "Answered with a voice note, kept in Tandem for the service's retention time: listen there.".to_owned()
        }
        "voice_note" => format!("Answered with a voice note, kept in Tandem for the service's retention time, and wrote: {text}"),
        _ => text.clone(),
    };
    communication(event, Some("consultation"), vec![heading, said])
}

/// A Communication carrying `parts` as text. An event that does not read back as its type
/// comes this way as its kind and payload, so nothing is dropped on the way.
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
    use tandem_domain::complaints::FeedbackKind;
    use tandem_domain::events::{
        ComplaintReceivedPayload, ComplaintResolvedPayload, EventKind, MeasureScores, PersonNamed, PlanAgreementPayload,
        PlanVersionPayload, RaisedBy, TargetScore,
    };
    use tandem_domain::plans::Party;
    use tandem_domain::sessions::{Measure, SessionKind};
    use time::macros::datetime;

    use super::*;
    use crate::relay::r4::r4_problems;

    /// `event` as the relay finds it in the outbox: its kind and payload as stored.
    fn due(event: &Event, case_record_id: Option<&str>) -> DueEvent {
        DueEvent {
            id: Uuid::now_v7(),
            kind: event.kind().as_str().into(),
            young_person_id: Some(Uuid::now_v7()),
            payload: event.payload().unwrap(),
            occurred_at: datetime!(2026-11-22 10:30 UTC),
            attempts: 0,
            case_record_id: case_record_id.map(str::to_owned),
        }
    }

    fn scores(start: Option<u8>, end: Option<u8>) -> ScoresPayload {
        ScoresPayload {
            session_id: Uuid::nil(),
            session_kind: SessionKind::Group,
            programme: "Which Way".into(),
            topic: Some("Gangs and knives".into()),
            cohort: String::new(),
            opened_at: 1_795_000_000,
            scores: vec![MeasureScores { measure: Measure::Topic, question: "Session topic".into(), start, end }],
        }
    }

    fn plan_rows() -> Vec<RecordRow> {
        vec![
            RecordRow {
                row_id: Uuid::nil(),
                target: "Make better decisions".into(),
                i_will: "think before I act".into(),
                carer_will: "guide me".into(),
                worker_will: "reflect on past decisions".into(),
                how_i_know: "less violence".into(),
                status: RowStatus::Active,
                dropped_reason: String::new(),
                review_date: None,
            },
            RecordRow {
                row_id: Uuid::nil(),
                target: "Engage in positive activity".into(),
                i_will: String::new(),
                carer_will: String::new(),
                worker_will: String::new(),
                how_i_know: String::new(),
                status: RowStatus::Dropped,
                dropped_reason: "moved away".into(),
                review_date: Some("2027-01-15".into()),
            },
        ]
    }

    fn version(changed_by: &str) -> Event {
        Event::PlanVersion(PlanVersionPayload {
            version: 4,
            changed_by: changed_by.into(),
            party: Party::Worker,
            changed: vec![],
            rows: plan_rows(),
        })
    }

    fn reply(party: &str, coming: bool) -> AppointmentReplyPayload {
        AppointmentReplyPayload {
            appointment_id: Uuid::nil(),
            case_record_appointment_id: Some("APT-77".into()),
            starts_at: "2026-11-24T16:00:00Z".into(),
            ends_at: "2026-11-24T17:00:00Z".into(),
            purpose: "Plan review".into(),
            place: "Youth centre".into(),
            person_id: Uuid::nil(),
            person_name: "Dee".into(),
            party: party.into(),
            coming,
            reason: if coming { String::new() } else { "I have college then".into() },
            asks_for: None,
        }
    }

    fn contribution(activity: &str, kind: &str, text: &str) -> Event {
        Event::VoiceContribution(ContributionPayload {
            consultation_id: Uuid::nil(),
            title: "Youth centre".into(),
            activity: activity.into(),
            contribution: kind.into(),
            text: text.into(),
        })
    }

    /// One event of `kind`, as its feature writes it.
    fn sample(kind: EventKind) -> Event {
        match kind {
            EventKind::SessionScores => Event::SessionScores(scores(Some(4), Some(7))),
            EventKind::SessionScoresUpdated => Event::SessionScoresUpdated(scores(Some(4), Some(8))),
            EventKind::PlanVersion => version("Sam"),
            EventKind::PlanAgreement => Event::PlanAgreement(PlanAgreementPayload {
                version: 4,
                person: "Ash".into(),
                party: Party::Carer,
                agreed: false,
                change_wanted: "not Fridays".into(),
                rows: plan_rows(),
            }),
            EventKind::PlanReview => Event::PlanReview(PlanReviewPayload {
                plan_version: 4,
                recorded_by: "Sam".into(),
                went_well: "Calmer".into(),
                progress: vec![TargetScore { row_id: Uuid::nil(), target: "Make better decisions".into(), score: 6 }],
                next_review: "2027-02-01".into(),
            }),
            EventKind::AppointmentReply => Event::AppointmentReply(reply("young_person", true)),
            EventKind::SurveyResponse => Event::SurveyResponse(SurveyResponsePayload {
                survey_id: Uuid::nil(),
                response_id: Some(Uuid::from_u128(9)),
                version: 2,
                title: "How was it?".into(),
                questionnaire: "urn:tandem:survey:x|2".into(),
                answered_as: "young_person".into(),
                anonymous: false,
                item: vec![json!({"linkId": "helped", "text": "What helped?", "answer": [{"valueString": "Sam"}]})],
                person: Some("Jay".into()),
            }),
            EventKind::AssessmentAnswered => Event::AssessmentAnswered(AssessmentPayload {
                assignment_id: Uuid::from_u128(11),
                form: tandem_domain::assessments::FormKind::CarerView,
                version: 1,
                title: "How things are at home".into(),
                purpose: tandem_domain::assessments::Purpose::Assessment,
                questionnaire: "urn:tandem:assessment:x:carer_view|1".into(),
                answered_as: "carer".into(),
                person: PersonNamed { id: Uuid::from_u128(7), name: "Dee".into() },
                worker_only: false,
                item: vec![json!({"linkId": "home", "text": "How are things at home?", "answer": [{"valueInteger": 6}]})],
            }),
            EventKind::ComplaintReceived => Event::ComplaintReceived(ComplaintReceivedPayload {
                complaint_id: Uuid::nil(),
                kind: FeedbackKind::Complaint,
                text: "Kept waiting".into(),
                anonymous: true,
                received_on: "2026-11-22".into(),
                respond_by: "2026-12-06".into(),
                raised_by: RaisedBy { raised_as: "young_person".into(), person: None, person_id: None, about: Vec::new() },
            }),
            EventKind::ComplaintResolved => Event::ComplaintResolved(ComplaintResolvedPayload {
                complaint_id: Uuid::nil(),
                kind: FeedbackKind::Complaint,
                text: "Kept waiting".into(),
                outcome: "We said sorry".into(),
                resolved_on: "2026-11-30".into(),
                raised_by: RaisedBy {
                    raised_as: "carer".into(),
                    person: Some("Dee".into()),
                    person_id: Some(Uuid::from_u128(7)),
                    about: vec![PersonNamed { id: Uuid::from_u128(8), name: "Jay".into() }],
                },
            }),
            EventKind::VoiceContribution => contribution("Anything else?", "answer", "More trips"),
            EventKind::SafetyAlert => {
                Event::SafetyAlert(tandem_domain::events::SafetyAlertPayload { alert_id: Uuid::nil(), words: "Not safe at home".into() })
            }
            EventKind::SafetyAcknowledged => Event::SafetyAcknowledged(tandem_domain::events::SafetyAcknowledgedPayload {
                alert_id: Uuid::nil(),
                by: "Sam".into(),
                action: "Rang Jay".into(),
            }),
        }
    }

    /// The resource each kind must become.
    fn resource_type(kind: EventKind) -> &'static str {
        match kind {
            EventKind::SessionScores
            | EventKind::SessionScoresUpdated
            | EventKind::PlanReview
            | EventKind::SurveyResponse
            | EventKind::AssessmentAnswered => "QuestionnaireResponse",
            EventKind::PlanVersion | EventKind::PlanAgreement => "CarePlan",
            EventKind::AppointmentReply => "Appointment",
            EventKind::ComplaintReceived
            | EventKind::ComplaintResolved
            | EventKind::VoiceContribution
            | EventKind::SafetyAlert
            | EventKind::SafetyAcknowledged => "Communication",
        }
    }

    #[test]
    fn a_safety_alert_is_an_urgent_communication_about_the_young_person() {
        let stored = due(&sample(EventKind::SafetyAlert), Some("CR-1"));
        let resource = resource(&stored);
        assert_eq!(resource["priority"], "urgent");
        assert_eq!(resource["category"][0]["text"], "safety");
        assert!(resource["payload"][1]["contentString"].as_str().unwrap().contains("Not safe at home"));
        assert!(!resource["subject"].is_null());
    }

    #[test]
    fn every_event_kind_has_its_own_valid_fhir_resource() {
        for kind in EventKind::ALL {
            let event = sample(kind);
            let stored = due(&event, Some("CR-1"));
            assert_eq!(Event::from_stored(&stored.kind, &stored.payload).unwrap(), event, "{kind:?} reads back as written");
            let resource = resource(&stored);
            assert_eq!(r4_problems(&resource), Vec::<String>::new(), "{kind:?}");
            assert_eq!(resource["resourceType"], resource_type(kind), "{kind:?}");
            let raw = format!("{}: ", kind.as_str());
            let first = resource["payload"][0]["contentString"].as_str().unwrap_or("");
            assert!(!first.starts_with(&raw), "{kind:?} must not go as its raw payload");
        }
    }

    #[test]
    fn session_scores_become_a_valid_questionnaire_response() {
        let stored = due(&Event::SessionScores(scores(Some(4), None)), Some("CR-1234"));
        let resource = resource(&stored);
        assert_eq!(r4_problems(&resource), Vec::<String>::new());
        assert_eq!(resource["subject"]["identifier"]["value"], "CR-1234");
        assert_eq!(resource["identifier"]["value"], stored.id.to_string());
        let links: Vec<&str> = resource["item"].as_array().unwrap().iter().map(|i| i["linkId"].as_str().unwrap()).collect();
        assert_eq!(links, ["programme", "topic", "topic.start"], "no empty cohort, no missing end score");
        assert_eq!(resource["item"][2]["answer"][0]["valueInteger"], 4);
    }

    #[test]
    fn an_event_that_does_not_read_back_goes_whole_as_a_communication_with_tandems_id() {
        let mut stored = due(&sample(EventKind::ComplaintReceived), None);
        stored.kind = "complaint.raised".into();
        let resource = resource(&stored);
        assert_eq!(r4_problems(&resource), Vec::<String>::new());
        assert_eq!(resource["subject"]["identifier"]["system"], TANDEM_PERSON_SYSTEM);
        assert!(resource["payload"][0]["contentString"].as_str().unwrap().starts_with("complaint.raised: {"));
    }

    #[test]
    fn every_tandem_questionnaire_response_answers_a_questionnaire_that_is_delivered() {
        let bundle = tandem_questionnaires();
        assert_eq!(r4_problems(&bundle), Vec::<String>::new());
        for kind in [EventKind::SessionScores, EventKind::SessionScoresUpdated, EventKind::PlanReview] {
            let response = resource(&due(&sample(kind), Some("YJ-1")));
            let canonical = response["questionnaire"].as_str().unwrap();
            let questionnaire = bundle["entry"]
                .as_array()
                .unwrap()
                .iter()
                .map(|entry| &entry["resource"])
                .find(|questionnaire| questionnaire["url"] == canonical)
                .unwrap_or_else(|| panic!("no Questionnaire for {canonical}"));
            let asked: Vec<&str> = questionnaire["item"].as_array().unwrap().iter().map(|item| item["linkId"].as_str().unwrap()).collect();
            for item in response["item"].as_array().unwrap() {
                assert!(asked.contains(&item["linkId"].as_str().unwrap()), "{canonical} does not ask {}", item["linkId"]);
            }
        }
    }

    #[test]
    fn survey_responses_and_complaints_become_valid_resources() {
        let response = resource(&due(&sample(EventKind::SurveyResponse), Some("YJ-1")));
        assert_eq!(r4_problems(&response), Vec::<String>::new());
        assert_eq!(response["resourceType"], "QuestionnaireResponse");
        assert_eq!(response["questionnaire"], "urn:tandem:survey:x|2");
        assert_eq!(response["identifier"], json!({"system": "urn:tandem:survey-response", "value": Uuid::from_u128(9).to_string()}));
        assert_eq!(response["item"], json!([{"linkId": "helped", "text": "What helped?", "answer": [{"valueString": "Sam"}]}]));
        let mut resolved = due(&sample(EventKind::ComplaintResolved), None);
        resolved.young_person_id = None;
        let communication = resource(&resolved);
        assert_eq!(r4_problems(&communication), Vec::<String>::new());
        assert_eq!(communication["category"][0]["text"], "complaint");
        assert_eq!(communication["payload"][1]["contentString"], "Outcome: We said sorry");
        assert!(communication.get("subject").is_none());
    }

    #[test]
    fn consultation_contributions_become_communications_that_never_say_a_choice() {
        let answer = resource(&due(&contribution("Anything else?", "answer", "More trips"), Some("YJ-1")));
        assert_eq!(r4_problems(&answer), Vec::<String>::new());
        assert_eq!(answer["resourceType"], "Communication");
        assert_eq!(answer["category"][0]["text"], "consultation");
        assert_eq!(answer["payload"][0]["contentString"], "Youth centre: Anything else?");
        assert_eq!(answer["payload"][1]["contentString"], "More trips");
        let ballot = resource(&due(&contribution("What matters most?", "ballot", ""), None));
        assert_eq!(r4_problems(&ballot), Vec::<String>::new());
        assert!(ballot["payload"][1]["contentString"].as_str().unwrap().starts_with("Voted in this ballot"));
    }

    #[test]
    fn plan_versions_and_answers_become_a_valid_care_plan_with_goals() {
        let version = resource(&due(&version("Sam"), Some("CR-9")));
        assert_eq!(r4_problems(&version), Vec::<String>::new());
        assert_eq!(version["resourceType"], "CarePlan");
        assert_eq!(version["contained"][0]["description"]["text"], "Make better decisions");
        assert_eq!(version["contained"][1]["lifecycleStatus"], "cancelled");
        assert_eq!(version["goal"][1]["reference"], "#goal-2");
        assert_eq!(version["activity"].as_array().unwrap().len(), 3, "one per party that wrote something");
        assert_eq!(version["activity"][1]["detail"]["description"], "Parent or carer will: guide me");
        assert_eq!(version["note"][1]["text"], "Changed by Sam");
        let answered = resource(&due(&sample(EventKind::PlanAgreement), None));
        assert_eq!(r4_problems(&answered), Vec::<String>::new());
        assert_eq!(answered["note"][1]["text"], "Ash (carer) does not agree. What they would change: not Fridays");
    }

    #[test]
    fn a_plan_review_becomes_a_valid_questionnaire_response() {
        let review = resource(&due(&sample(EventKind::PlanReview), Some("CR-9")));
        assert_eq!(r4_problems(&review), Vec::<String>::new());
        assert_eq!(review["item"][1]["answer"][0]["valueInteger"], 6);
        assert_eq!(review["item"][2]["answer"][0]["valueDate"], "2027-02-01");
    }

    #[test]
    fn appointment_replies_become_a_valid_appointment_with_the_participants_answer() {
        let coming = resource(&due(&Event::AppointmentReply(reply("young_person", true)), Some("CR-5")));
        assert_eq!(r4_problems(&coming), Vec::<String>::new());
        assert_eq!(coming["resourceType"], "Appointment");
        assert_eq!(coming["participant"][0]["status"], "accepted");
        assert_eq!(coming["participant"][0]["actor"]["identifier"]["value"], "CR-5");
        assert_eq!(coming["identifier"][2]["value"], "APT-77");
        assert!(coming["comment"].is_null());
        let carer = resource(&due(&Event::AppointmentReply(reply("carer", false)), Some("CR-5")));
        assert_eq!(r4_problems(&carer), Vec::<String>::new());
        assert_eq!(carer["participant"][0]["status"], "needs-action");
        assert_eq!(carer["participant"][1]["status"], "declined");
        assert_eq!(carer["comment"], "Needs changing: I have college then");
        let mut broken = carer.clone();
        broken["participant"][1]["status"] = json!("maybe");
        broken["start"] = json!("tomorrow");
        assert_eq!(r4_problems(&broken), vec!["start (instant)", "participant.status (1..1)"]);
        // A change that asks for one of the worker's free times carries it as the period asked for.
        let mut asking = reply("young_person", false);
        asking.asks_for = Some(tandem_domain::events::Period { start: "2026-11-26T16:00:00Z".into(), end: "2026-11-26T17:00:00Z".into() });
        let asking = resource(&due(&Event::AppointmentReply(asking), Some("CR-5")));
        assert_eq!(r4_problems(&asking), Vec::<String>::new());
        assert_eq!(asking["requestedPeriod"], json!([{"start": "2026-11-26T16:00:00Z", "end": "2026-11-26T17:00:00Z"}]));
        assert!(asking["comment"].as_str().unwrap().contains("Asks to move it to 2026-11-26T16:00:00Z"));
    }

    #[test]
    fn a_named_carers_complaint_names_the_carer_and_whom_it_may_be_about() {
        let carers = resource(&due(&sample(EventKind::ComplaintResolved), None));
        assert_eq!(r4_problems(&carers), Vec::<String>::new());
        assert_eq!(carers["sender"]["display"], "Dee (parent or carer)");
        assert_eq!(carers["sender"]["identifier"]["value"], Uuid::from_u128(7).to_string());
        assert_eq!(carers["about"][0]["display"], "Jay");
        let anonymous = resource(&due(&sample(EventKind::ComplaintReceived), None));
        assert!(anonymous["sender"].is_null() && anonymous["about"].is_null(), "an anonymous one names nobody");
    }

    #[test]
    fn every_version_of_a_plan_carries_the_plan_and_the_version_it_replaces() {
        let Event::PlanVersion(fourth) = version("Sam") else { unreachable!() };
        let first = Event::PlanVersion(PlanVersionPayload { version: 1, ..fourth.clone() });
        let young_person = Some(Uuid::now_v7());
        let of_one_person = |event: &Event| resource(&DueEvent { young_person_id: young_person, ..due(event, None) });
        let (first, fourth) = (of_one_person(&first), of_one_person(&Event::PlanVersion(fourth)));
        let plan = |resource: &serde_json::Value| resource["identifier"][1].clone();
        assert_eq!(plan(&first), plan(&fourth));
        assert_eq!(plan(&first)["system"], PLAN_SYSTEM);
        assert_eq!(fourth["meta"]["versionId"], "4");
        assert!(first["replaces"].is_null());
        let person = fourth["subject"]["identifier"]["value"].as_str().unwrap().to_owned();
        assert_eq!(fourth["replaces"][0]["identifier"]["value"], format!("{person}/3"));
        assert_eq!(fourth["identifier"][2]["value"], format!("{person}/4"));
        assert_eq!(r4_problems(&fourth), Vec::<String>::new());
    }

    #[test]
    fn the_checker_catches_what_r4_forbids_in_a_care_plan() {
        let mut bad = resource(&due(&version(""), None));
        bad["intent"] = json!("wish");
        bad["contained"][0]["lifecycleStatus"] = json!("going");
        bad["goal"][0]["reference"] = json!("#goal-9");
        assert_eq!(r4_problems(&bad), ["intent", "Goal.lifecycleStatus (1..1)", "goal (Reference to a contained Goal)"]);
    }

    #[test]
    fn the_checker_catches_what_r4_forbids() {
        let only_scores = ScoresPayload { programme: String::new(), topic: None, ..scores(Some(3), None) };
        let mut bad = resource(&due(&Event::SessionScores(only_scores), None));
        bad["status"] = json!("done");
        bad["item"][0]["answer"][0]["valueInteger"] = json!("3");
        bad["authored"] = json!("yesterday");
        assert_eq!(r4_problems(&bad), ["status", "authored (dateTime)", "valueInteger (integer)"]);
    }
}
