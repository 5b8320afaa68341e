//! Surveys through the real HTTP API: building, versions and publishing, answering once from a
//! phone (through the outbox's Idempotency-Key), the bad input the issue lists, anonymity proved
//! by reading the database, results that agree with the CSV and a valid FHIR export; then the
//! complaints register from received to resolved.

use serde_json::{json, Value};
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;

use crate::helpers::{
    assert_error, count, count_overnight, created, dump, execute, family_named, operation, rows, spawn_app, tables, typed_events, Session,
    TestApp,
};

/// A survey with show-if: "did you go?" then, only for yes, "what was it like?".
fn draft(anonymous: bool) -> Value {
    json!({
        "title": "Youth club",
        "purpose": "So we know if the club works for you.",
        "audience": "The participation team and the youth cabinet",
        "respondents": "young_people",
        "anonymous": anonymous,
        "questions": [
            {"id": "went", "kind": "yes_no", "wording": "Did you go to the youth club?", "easy_read": "Did you go?", "required": true},
            {"id": "like", "kind": "long_text", "wording": "What was it like?", "show_if": {"question": "went", "equals": {"yes_no": true}}},
            {"id": "mood", "kind": "faces", "wording": "How do you feel today?", "required": true},
            {"id": "help", "kind": "multiple", "wording": "What would help?", "options": [
                {"id": "music", "wording": "Music"}, {"id": "sport", "wording": "Sport"}, {"id": "food", "wording": "Food"}
            ]}
        ]
    })
}

fn request(draft: Value) -> Value {
    json!({"survey": draft, "reach": {"kind": "service"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30"})
}

async fn published(app: &TestApp, officer: &Session, anonymous: bool) -> String {
    let saved = created(officer.post(app, "/api/v1/surveys", request(draft(anonymous))).await).await;
    let id = saved["id"].as_str().unwrap().to_owned();
    let response = officer.post(app, &format!("/api/v1/surveys/{id}/publish"), json!({})).await;
    assert_eq!(response.status().as_u16(), 200);
    id
}

async fn answer(
    app: &TestApp,
    phone: &Session,
    survey: &str,
    version: u64,
    answers: Value,
    key: Option<&OperationId>,
) -> reqwest::Response {
    operation(app, Some(phone), &format!("/api/v1/surveys/{survey}/responses"), json!({"version": version, "answers": answers}), key).await
}

#[tokio::test]
async fn an_officer_versions_and_publishes_a_survey_and_a_young_person_answers_it_once() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    assert_eq!(officer.json(&app, "/api/v1/surveys/templates").await.as_array().unwrap().len(), 6);

    // Bad surveys are named.
    let mut broken = draft(false);
    broken["questions"][1]["show_if"]["question"] = json!("mood");
    let refused: serde_json::Value = officer.post(&app, "/api/v1/surveys", request(broken)).await.json().await.unwrap();
    assert_eq!((&refused["error"]["code"], &refused["error"]["field"]), (&json!("invalid_survey"), &json!("survey.questions.1")));
    let backwards = json!({"survey": draft(false), "reach": {"kind": "service"}, "opens_on": "2026-12-01", "closes_on": "2026-11-30"});
    assert_error(officer.post(&app, "/api/v1/surveys", backwards).await, 422, "closes_before_opens").await;
    let nowhere = json!({"survey": draft(false), "reach": {"kind": "programme", "programme_id": uuid::Uuid::now_v7()}, "opens_on": "2026-11-22", "closes_on": "2026-11-30"});
    assert_error(officer.post(&app, "/api/v1/surveys", nowhere).await, 422, "invalid_survey").await;

    let saved = created(officer.post(&app, "/api/v1/surveys", request(draft(false))).await).await;
    let id = saved["id"].as_str().unwrap().to_owned();
    let phone = app.join(Role::YoungPerson, "4826").await;
    assert_eq!(phone.json(&app, "/api/v1/surveys/mine").await, json!([]), "a draft is seen by nobody");
    assert_eq!(officer.post(&app, &format!("/api/v1/surveys/{id}/publish"), json!({})).await.status().as_u16(), 200);
    let mine = phone.json(&app, "/api/v1/surveys/mine").await;
    assert_eq!(mine[0]["version"], 1);
    assert_eq!(mine[0]["survey"]["audience"], "The participation team and the youth cabinet");

    // Editing the published survey makes version 2; phones keep version 1 until it is published.
    let mut edited = draft(false);
    edited["questions"][2]["wording"] = json!("How do you feel right now?");
    let saved = officer.send(&app, reqwest::Method::PUT, &format!("/api/v1/surveys/{id}"), Some(request(edited.clone()))).await;
    assert_eq!(saved.json::<Value>().await.unwrap()["version"], 2);
    assert_eq!(phone.json(&app, "/api/v1/surveys/mine").await[0]["version"], 1);
    let again = officer.send(&app, reqwest::Method::PUT, &format!("/api/v1/surveys/{id}"), Some(request(edited))).await;
    assert_eq!(again.json::<Value>().await.unwrap()["version"], 2, "an unpublished version is saved over");
    officer.post(&app, &format!("/api/v1/surveys/{id}/publish"), json!({})).await;
    assert_eq!(phone.json(&app, "/api/v1/surveys/mine").await[0]["survey"]["questions"][2]["wording"], "How do you feel right now?");

    // Bad answers, each with its code; nothing is stored.
    let good = json!({"went": {"yes_no": true}, "like": {"text": "<script>alert(1)</script> it was ok"}, "mood": {"number": 4}, "help": {"choices": ["music", "food"]}});
    let with = |key: &str, value: Value| {
        let mut answers = good.clone();
        answers[key] = value;
        answers
    };
    assert_error(answer(&app, &phone, &id, 1, with("colour", json!({"text": "blue"})), None).await, 422, "answer_not_in_survey").await;
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("mood");
    assert_error(answer(&app, &phone, &id, 1, missing, None).await, 422, "answer_required").await;
    assert_error(answer(&app, &phone, &id, 1, with("mood", json!({"number": 6})), None).await, 422, "invalid_answer").await;
    assert_error(answer(&app, &phone, &id, 1, with("help", json!({"choices": ["cars"]})), None).await, 422, "invalid_answer").await;
    assert_error(answer(&app, &phone, &id, 1, with("like", json!({"text": "x".repeat(2001)})), None).await, 422, "text_too_long").await;
    assert_error(answer(&app, &phone, &id, 9, good.clone(), None).await, 422, "answer_not_in_survey").await;

    // Version 1, as the phone had it; the same operation again is answered from the store.
    let key = OperationId::new_v7();
    let first = answer(&app, &phone, &id, 1, good.clone(), Some(&key)).await;
    assert_eq!(first.status().as_u16(), 201);
    let replay = answer(&app, &phone, &id, 1, good.clone(), Some(&key)).await;
    assert_eq!(replay.status().as_u16(), 201);
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    assert_error(answer(&app, &phone, &id, 2, good.clone(), None).await, 409, "already_answered").await;
    assert_eq!(phone.json(&app, "/api/v1/surveys/mine").await, json!([]));
    let stored = rows(&app, "SELECT version, answers, person_id FROM survey_responses").await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0][0].as_deref(), Some("1"), "the answer keeps the version it answered");
    assert!(stored[0][1].as_deref().unwrap().contains("<script>alert(1)</script> it was ok"), "kept as typed");

    // The case record hears of it, in Jay's record.
    let events = rows(&app, "SELECT kind, young_person_id, payload FROM outbox_events WHERE kind = 'survey.response'").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0][1].as_deref(), stored[0][2].as_deref());
    let payload: Value = serde_json::from_str(events[0][2].as_deref().unwrap()).unwrap();
    assert_eq!(payload["item"][0]["answer"][0]["valueBoolean"], true);

    // A carer is not asked a young people's survey; once closed, nobody can answer.
    let carer = app.join(Role::Carer, "4826").await;
    assert_eq!(carer.json(&app, "/api/v1/surveys/mine").await, json!([]));
    assert_error(answer(&app, &carer, &id, 2, good.clone(), None).await, 404, "not_found").await;
    app.clock.advance(time::Duration::days(9));
    let worker = app.sign_in(Role::Worker).await;
    let other = family_named(&app, &worker, "Kai").await;
    assert_error(answer(&app, &other.phone, &id, 2, good, None).await, 409, "survey_not_open").await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let list = officer.json(&app, "/api/v1/surveys").await;
    assert_eq!(list[0]["status"], "closed");
    assert_eq!(list[0]["responses"], 1);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"survey.response"), "{kinds:?}");
}

#[tokio::test]
async fn a_template_is_read_and_relayed_in_the_persons_language_but_an_anonymous_answer_is_not() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let templates = officer.json(&app, "/api/v1/surveys/templates").await;
    let template = |title: &str| templates.as_array().unwrap().iter().find(|t| t["title"] == title).unwrap().clone();
    let publish = |draft: Value| {
        let (app, officer) = (&app, &officer);
        async move {
            let id = created(officer.post(app, "/api/v1/surveys", request(draft)).await).await["id"].as_str().unwrap().to_owned();
            assert_eq!(officer.post(app, &format!("/api/v1/surveys/{id}/publish"), json!({})).await.status().as_u16(), 200);
            id
        }
    };
    let custody = publish(template("After custody")).await;
    let doing = publish(template("How are we doing?")).await;
    let mut own = template("Starting with us: how are things?");
    own["questions"][0]["wording"] = json!("After a bad day, how soon do you feel OK?");
    let own = publish(own).await;

    let jay = app.join(Role::YoungPerson, "4826").await;
    assert_eq!(jay.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "pl"}))).await.status().as_u16(), 200);
    let mine = jay.json(&app, "/api/v1/surveys/mine").await;
    let shown = |id: &str| mine.as_array().unwrap().iter().find(|s| s["id"] == id).unwrap()["survey"].clone();
    let polish = shown(&custody);
    assert_eq!(polish["title"], "Po wyjściu z zakładu");
    assert_eq!(polish["questions"][1]["options"][0], json!({"id": "housing", "wording": "Miejsce do mieszkania", "easy_read": ""}));
    let ids = |survey: &Value| survey["questions"].as_array().unwrap().iter().map(|q| q["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&polish), ids(&template("After custody")), "the same questions, by the same ids");
    assert_eq!(shown(&doing)["title"], "Jak nam idzie?");
    let as_written = shown(&own);
    assert_eq!(
        (as_written["title"].as_str(), as_written["questions"][1]["wording"].as_str()),
        (Some("Starting with us: how are things?"), Some("How much do you have someone you can talk to?")),
        "never half translated"
    );

    // Jay's named answer reaches the record in the words he read.
    let answers = json!({"feeling": {"number": 4}, "support": {"choices": ["housing"]}, "worried": {"yes_no": false}});
    assert_eq!(answer(&app, &jay, &custody, 1, answers, None).await.status().as_u16(), 201);
    let events = rows(&app, "SELECT payload FROM outbox_events WHERE kind = 'survey.response'").await;
    let payload: Value = serde_json::from_str(events[0][0].as_deref().unwrap()).unwrap();
    assert_eq!(payload["title"], "Po wyjściu z zakładu");
    assert_eq!(payload["item"][0]["text"], polish["questions"][0]["wording"]);
    assert_eq!(payload["item"][1]["answer"][0]["valueCoding"]["display"], "Miejsce do mieszkania");

    // An anonymous answer keeps the survey's own words: the language someone reads could say who.
    let anonymous = json!({"overall": {"number": 5}, "respect": {"number": 9}});
    assert_eq!(answer(&app, &jay, &doing, 1, anonymous, None).await.status().as_u16(), 201);
    assert_eq!(count_overnight(&app).await, 1);
    let events = rows(&app, "SELECT payload FROM outbox_events WHERE kind = 'survey.response'").await;
    let payloads: Vec<Value> = events.iter().map(|row| serde_json::from_str(row[0].as_deref().unwrap()).unwrap()).collect();
    let sealed = payloads.iter().find(|payload| payload["anonymous"] == true).unwrap();
    assert_eq!(sealed["title"], "How are we doing?");
    assert_eq!(sealed["item"][0]["text"], "Overall, how happy are you with the service?");
}

#[tokio::test]
async fn an_anonymous_response_carries_nothing_that_leads_back_to_the_person() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let id = published(&app, &officer, true).await;
    let jay = app.join(Role::YoungPerson, "4826").await;
    let kai = family_named(&app, &worker, "Kai").await;
    let answers = json!({"went": {"yes_no": false}, "mood": {"number": 2}});
    assert_eq!(answer(&app, &jay, &id, 1, answers.clone(), None).await.status().as_u16(), 201);
    assert_eq!(
        answer(&app, &kai.phone, &id, 1, json!({"went": {"yes_no": true}, "mood": {"number": 5}}), None).await.status().as_u16(),
        201
    );
    // Still only once each, though nothing in the answers says who.
    assert_error(answer(&app, &jay, &id, 1, answers, None).await, 409, "already_answered").await;
    // They wait, sealed, until the day is over (the results say how many), then are written.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM survey_responses").await, 0);
    assert_eq!(officer.json(&app, &format!("/api/v1/surveys/{id}/results")).await["waiting"], 2);
    assert_eq!(count_overnight(&app).await, 2);
    assert_eq!(officer.json(&app, &format!("/api/v1/surveys/{id}/results")).await["waiting"], 0);
    // Exports of an anonymous survey hide a group under five picked out by any filter, dates too.
    for export in ["responses.csv", "fhir"] {
        let narrowed = officer.get(&app, &format!("/api/v1/surveys/{id}/{export}?from=2026-11-23")).await;
        assert_error(narrowed, 409, "too_few_to_show").await;
        assert_eq!(officer.get(&app, &format!("/api/v1/surveys/{id}/{export}")).await.status().as_u16(), 200, "the whole survey");
    }
    let narrowed = officer.json(&app, &format!("/api/v1/surveys/{id}/results?from=2026-11-23")).await;
    assert_eq!(narrowed["suppressed"], true, "the results page too, whichever filter");

    let people: Vec<String> = rows(&app, "SELECT id FROM people").await.into_iter().filter_map(|row| row[0].clone()).collect();
    let names: Vec<String> = rows(&app, "SELECT display_name FROM people").await.into_iter().filter_map(|row| row[0].clone()).collect();
    let responses = rows(&app, "SELECT id, person_id, answered_at, answered_on FROM survey_responses").await;
    assert_eq!(responses.len(), 2);
    for response in &responses {
        let id = uuid::Uuid::parse_str(response[0].as_deref().unwrap()).unwrap();
        assert_eq!(id.get_version_num(), 4, "a random id, not one that says when");
        assert_eq!(response[1], None, "no person");
        assert_eq!(response[2], None, "no exact time");
        assert_eq!(response[3].as_deref(), Some("2026-11-22"), "only the day");
    }
    // Who answered is known (so nobody answers twice), and nothing there points at an answer.
    let participants = rows(&app, "SELECT * FROM survey_participants").await;
    assert_eq!(participants.len(), 2);
    assert!(participants.iter().all(|row| row.len() == 2));

    // No other table holds a response's id; the survey's events and stored answers name nobody.
    let tables: Vec<String> = tables(&app).await;
    for table in tables.iter().filter(|table| table.as_str() != "survey_responses") {
        let everything = dump(rows(&app, &format!("SELECT * FROM {table}")).await);
        for response in &responses {
            let id = response[0].as_deref().unwrap();
            assert!(!everything.contains(id), "{table} holds response {id}");
        }
    }
    let written = [
        dump(rows(&app, "SELECT * FROM survey_responses").await),
        dump(rows(&app, "SELECT * FROM outbox_events WHERE kind = 'survey.response'").await),
        dump(rows(&app, "SELECT * FROM operations WHERE kind = 'survey.response'").await),
    ];
    for text in &written {
        for person in &people {
            assert!(!text.contains(person.as_str()), "{person} is named in {text}");
        }
        for name in names.iter().filter(|name| ["Jay", "Kai"].contains(&name.as_str())) {
            assert!(!text.contains(name.as_str()), "{name} is named in {text}");
        }
    }
    let events = rows(&app, "SELECT young_person_id, occurred_at FROM outbox_events WHERE kind = 'survey.response'").await;
    assert_eq!(events.len(), 2);
    let midnight = time::macros::datetime!(2026-11-22 00:00 UTC).unix_timestamp() * 1000;
    assert!(events.iter().all(|row| row[0].is_none() && row[1].as_deref() == Some(midnight.to_string().as_str())));
}

#[tokio::test]
async fn results_csv_and_fhir_agree_and_filters_hide_small_groups() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let id = published(&app, &officer, false).await;
    let moods = [5u8, 4, 4, 2, 1, 3];
    for (i, mood) in moods.iter().enumerate() {
        // Signed in again each time: two days idle ends a staff sign-in.
        let worker = app.sign_in(Role::Worker).await;
        let family = family_named(&app, &worker, &format!("Person {i}")).await;
        let went = i % 2 == 0;
        let mut answers = json!({"went": {"yes_no": went}, "mood": {"number": mood}, "help": {"choices": ["sport"]}});
        if went {
            answers["like"] = json!({"text": format!("Answer number {i}, with \"quotes\"")});
        }
        assert_eq!(answer(&app, &family.phone, &id, 1, answers, None).await.status().as_u16(), 201);
        if i == 2 {
            app.clock.advance(time::Duration::days(2));
        }
    }
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let results = officer.json(&app, &format!("/api/v1/surveys/{id}/results")).await;
    assert_eq!(results["responses"], 6);
    assert_eq!(results["suppressed"], false);
    let mood = &results["questions"][2];
    assert!((mood["average"].as_f64().unwrap() - 19.0 / 6.0).abs() < 1e-9);
    assert_eq!(mood["counts"][3], json!({"value": "4", "label": "4", "count": 2}));
    assert_eq!(
        results["questions"][0]["counts"],
        json!([{"value": "yes", "label": "yes", "count": 3}, {"value": "no", "label": "no", "count": 3}])
    );
    assert_eq!(results["questions"][1]["texts"].as_array().unwrap().len(), 3);
    assert_eq!(results["questions"][3]["counts"][1], json!({"value": "sport", "label": "Sport", "count": 6}));
    // Nobody here took part in a programme: one group of six, shown.
    assert_eq!(results["programmes"], json!([{"programme_id": null, "name": "", "responses": 6}]));

    // The CSV has the same rows and counts.
    let csv = officer.get(&app, &format!("/api/v1/surveys/{id}/responses.csv")).await.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "response,version,answered_on,name,answered_as,programme,went,like,mood,help");
    assert_eq!(lines.len(), 7);
    assert_eq!(lines.iter().filter(|line| line.contains(",yes,")).count(), 3);
    assert!(lines[1].contains("Person 0,young_person,,yes,\"Answer number 0, with \"\"quotes\"\"\",5,sport"), "{}", lines[1]);

    // A date filter: the last three answered two days later.
    let later = officer.json(&app, &format!("/api/v1/surveys/{id}/results?from=2026-11-24")).await;
    assert_eq!(later["responses"], 3);
    let later_csv = officer.get(&app, &format!("/api/v1/surveys/{id}/responses.csv?from=2026-11-24")).await.text().await.unwrap();
    assert_eq!(later_csv.trim_end().split("\r\n").count(), 4);
    assert_error(officer.get(&app, &format!("/api/v1/surveys/{id}/results?from=soon")).await, 422, "invalid_date").await;
    // Fewer than five through a programme filter show nothing.
    let programme = uuid::Uuid::now_v7();
    let small = officer.json(&app, &format!("/api/v1/surveys/{id}/results?programme_id={programme}")).await;
    assert_eq!(small["suppressed"], true);
    assert_eq!(small["questions"][1]["texts"], json!([]));

    // The FHIR export: the Questionnaire and six responses, valid R4.
    let bundle: Value = officer.get(&app, &format!("/api/v1/surveys/{id}/fhir")).await.json().await.unwrap();
    assert_eq!(tandem_backend::relay::r4::r4_problems(&bundle), Vec::<String>::new());
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 7);
    assert_eq!(entries[0]["resource"]["resourceType"], "Questionnaire");
    assert_eq!(entries[1]["resource"]["item"][0]["answer"][0]["valueBoolean"], true);
    assert_eq!(entries[1]["resource"]["subject"]["display"], "Person 0");
}

#[tokio::test]
async fn an_answer_has_one_identifier_in_the_case_record_and_in_the_export() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let id = published(&app, &officer, false).await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family_named(&app, &worker, "Person 0").await;
    let answers = json!({"went": {"yes_no": false}, "mood": {"number": 3}});
    assert_eq!(answer(&app, &family.phone, &id, 1, answers, None).await.status().as_u16(), 201);

    let bundle: Value = officer.get(&app, &format!("/api/v1/surveys/{id}/fhir")).await.json().await.unwrap();
    let exported = &bundle["entry"][1]["resource"];
    assert_eq!(exported["identifier"]["system"], "urn:tandem:survey-response");
    let queued = worker.get(&app, &format!("/api/v1/young-people/{}/relay.ndjson", family.young_person)).await.text().await.unwrap();
    let relayed: Vec<Value> = queued
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .filter(|resource| resource["resourceType"] == "QuestionnaireResponse")
        .collect();
    assert_eq!(relayed.len(), 1);
    assert_eq!(relayed[0]["identifier"], exported["identifier"]);
    assert_eq!((&relayed[0]["questionnaire"], &relayed[0]["item"]), (&exported["questionnaire"], &exported["item"]));
}

#[tokio::test]
async fn exports_of_many_responses_arrive_whole_in_many_pieces() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let id = published(&app, &officer, false).await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family_named(&app, &worker, "Person 0").await;
    let words = "The club was good, and the food was good too. ".repeat(30);
    let answers = json!({"went": {"yes_no": true}, "like": {"text": words}, "mood": {"number": 4}});
    assert_eq!(answer(&app, &family.phone, &id, 1, answers, None).await.status().as_u16(), 201);
    // 299 more, copied in SQL: together several times the server's 64 KiB piece.
    let first = rows(&app, "SELECT id FROM survey_responses").await[0][0].clone().unwrap();
    let copies: Vec<String> = (0..299)
        .map(|_| {
            format!(
                "INSERT INTO survey_responses (id, survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at)
                 SELECT '{}', survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at
                 FROM survey_responses WHERE id = '{first}'",
                uuid::Uuid::now_v7()
            )
        })
        .collect();
    execute(&app, &copies.iter().map(String::as_str).collect::<Vec<_>>()).await;

    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let csv = officer.get(&app, &format!("/api/v1/surveys/{id}/responses.csv")).await.text().await.unwrap();
    assert!(csv.len() > 4 * 64 * 1024, "{} bytes", csv.len());
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 301);
    assert!(lines[1..].iter().all(|line| line.contains(words.trim_end()) && line.ends_with(",4,")), "{}", lines[300]);
    // As a browser asks for it, compressed: the same file, whole.
    let compressed = app
        .client
        .get(app.url(&format!("/api/v1/surveys/{id}/responses.csv")))
        .header("cookie", &officer.cookie)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "gzip");
    let bytes = compressed.bytes().await.expect("the compressed download arrives whole");
    let mut unzipped = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut unzipped).unwrap();
    assert_eq!(unzipped, csv);
    let bundle: Value = officer.get(&app, &format!("/api/v1/surveys/{id}/fhir")).await.json().await.unwrap();
    assert_eq!(tandem_backend::relay::r4::r4_problems(&bundle), Vec::<String>::new());
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 301);
    let ids: std::collections::HashSet<&str> = entries[1..].iter().map(|entry| entry["resource"]["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 300);
}

/// Whoever sent a complaint by name hears when it moves on (a push, detailed only when they
/// asked for detail) and sees who is looking after it; several moves before the push goes make
/// one push saying where it is now; an anonymous complaint tells no one.
#[tokio::test]
async fn a_named_complaint_s_sender_is_told_when_it_moves_on_and_sees_who_has_it() {
    let app = spawn_app().await;
    let push = crate::push_service::FakePushService::start().await;
    let jay = app.join(Role::YoungPerson, "4826").await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);
    let detailed = jay.send(&app, reqwest::Method::PUT, "/api/v1/push/detailed", Some(json!({"detailed": true}))).await;
    assert_eq!(detailed.status().as_u16(), 200);
    let token = "0123456789abcdef0123456789abcdef";
    let named = json!({"kind": "complaint", "text": "Nobody came at 4.", "anonymous": false, "follow_token": token});
    let named = created(operation(&app, Some(&jay), "/api/v1/complaints", named, None).await).await;
    let hidden =
        json!({"kind": "complaint", "text": "Someone was rude.", "anonymous": true, "follow_token": "fedcba9876543210fedcba9876543210"});
    let hidden = created(operation(&app, Some(&jay), "/api/v1/complaints", hidden, None).await).await;
    let me = officer.json(&app, "/api/v1/me").await;
    let put = |id: &Value, body: Value| {
        let path = format!("/api/v1/complaints/{}", id.as_str().unwrap());
        let officer = officer.clone();
        let app = &app;
        async move { officer.send(app, reqwest::Method::PUT, &path, Some(body)).await.status().as_u16() }
    };
    let tick = || tandem_backend::reminders::tick(&app.state, "test");

    // Read and taken on: Jay is told, and sees who has it.
    assert_eq!(put(&named["id"], json!({"status": "acknowledged", "owner_id": me["person_id"]})).await, 200);
    assert_eq!(put(&hidden["id"], json!({"status": "acknowledged", "owner_id": me["person_id"]})).await, 200);
    assert_eq!(tick().await.unwrap().messages_sent, 1, "the anonymous one tells no one");
    assert_eq!(push.received()[0].payload["body"], "Your complaint has been read.");
    assert_eq!(push.received()[0].payload["url"], "/say");
    let followed = jay.post(&app, "/api/v1/complaints/followed", json!({"tokens": [token]})).await.json::<Value>().await.unwrap();
    assert_eq!(followed[0]["owner"], me["display_name"]);

    // Looked into, then answered, before the next push goes: one push, saying where it is now.
    assert_eq!(put(&named["id"], json!({"status": "investigating", "owner_id": me["person_id"]})).await, 200);
    let answered = json!({"status": "resolved", "owner_id": me["person_id"], "outcome": "We are sorry. Sam will text you."});
    assert_eq!(put(&named["id"], answered).await, 200);
    assert_eq!(tick().await.unwrap().messages_sent, 1);
    assert_eq!(push.received().len(), 2);
    assert_eq!(push.received()[1].payload["body"], "Your complaint has an answer. Open Tandem to read it.");
    // Saved again as it is: nothing new to tell.
    let again = json!({"status": "resolved", "owner_id": me["person_id"], "outcome": "We are sorry. Sam will text you."});
    assert_eq!(put(&named["id"], again).await, 200);
    assert_eq!(tick().await.unwrap().messages_sent, 0);
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn a_complaint_goes_from_received_to_resolved_and_its_raiser_sees_the_outcome() {
    let app = spawn_app().await;
    let jay = app.join(Role::YoungPerson, "4826").await;
    let dee = app.join(Role::Carer, "4826").await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let token = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    let complaint = json!({"kind": "complaint", "text": "I waited an hour and nobody came.", "anonymous": true, "follow_token": token});
    assert_error(
        operation(
            &app,
            Some(&jay),
            "/api/v1/complaints",
            json!({"kind": "complaint", "text": "  ", "anonymous": false, "follow_token": token}),
            None,
        )
        .await,
        422,
        "text_required",
    )
    .await;
    let receipt = created(operation(&app, Some(&jay), "/api/v1/complaints", complaint.clone(), None).await).await;
    // A follow code used before (a new operation, not a resend) is refused, not a server error.
    let mut again = complaint.clone();
    again["text"] = json!("Another thing.");
    assert_error(operation(&app, Some(&jay), "/api/v1/complaints", again, None).await, 422, "invalid_follow_token").await;
    // Raised on Sunday 22 November: ten working days is Friday 4 December.
    assert_eq!(receipt["respond_by"], "2026-12-04");
    let compliment = json!({"kind": "compliment", "text": "Sam really listened.", "anonymous": false, "follow_token": "ffffffffffffffffffffffffffffffff"});
    created(operation(&app, Some(&dee), "/api/v1/complaints", compliment, None).await).await;

    let register = officer.json(&app, "/api/v1/complaints").await;
    assert_eq!(register["items"].as_array().unwrap().len(), 2);
    assert_eq!(register["working_days"], 10);
    let item = register["items"].as_array().unwrap().iter().find(|i| i["kind"] == "complaint").unwrap().clone();
    assert_eq!(item["raised_by"], Value::Null, "anonymous");
    assert_eq!(item["raised_as"], "young_person");
    assert_eq!(item["status"], "received");
    let path = format!("/api/v1/complaints/{}", item["id"].as_str().unwrap());

    // The person who raised it follows it with the phone's token; nobody else sees it.
    let followed = jay.post(&app, "/api/v1/complaints/followed", json!({"tokens": [token]})).await.json::<Value>().await.unwrap();
    assert_eq!(followed[0]["status"], "received");
    assert_eq!(
        dee.post(&app, "/api/v1/complaints/followed", json!({"tokens": []})).await.json::<Value>().await.unwrap()[0]["kind"],
        "compliment"
    );
    assert_eq!(jay.post(&app, "/api/v1/complaints/followed", json!({"tokens": []})).await.json::<Value>().await.unwrap(), json!([]));

    let owner_id = officer.json(&app, "/api/v1/me").await["person_id"].clone();
    let put = |body: Value| officer.send(&app, reqwest::Method::PUT, &path, Some(body));
    assert_eq!(put(json!({"status": "acknowledged", "owner_id": owner_id})).await.status().as_u16(), 200);
    assert_error(put(json!({"status": "resolved", "owner_id": owner_id, "outcome": " "})).await, 422, "outcome_required").await;
    let jay_id = jay.json(&app, "/api/v1/me").await["person_id"].clone();
    assert_error(put(json!({"status": "investigating", "owner_id": jay_id})).await, 422, "not_a_worker").await;
    assert_eq!(put(json!({"status": "investigating", "owner_id": owner_id})).await.status().as_u16(), 200);

    // Past its date and not resolved: flagged.
    app.clock.advance(time::Duration::days(13));
    let (officer, manager) = (app.sign_in(Role::ParticipationOfficer).await, app.sign_in(Role::Manager).await);
    assert_eq!(jay.post(&app, "/api/v1/device/unlock", json!({"pin": "4826"})).await.status().as_u16(), 200);
    let put = |body: Value| officer.send(&app, reqwest::Method::PUT, &path, Some(body));
    let register = manager.json(&app, "/api/v1/complaints").await;
    assert_eq!(register["overdue"], 1);
    let resolved =
        put(json!({"status": "resolved", "owner_id": owner_id, "outcome": "We are sorry. Sam now texts if running late."})).await;
    assert_eq!(resolved.status().as_u16(), 200);
    let resolved: Value = resolved.json().await.unwrap();
    assert_eq!(resolved["overdue"], false);
    assert_eq!(resolved["resolved_on"], "2026-12-05");
    let followed = jay.post(&app, "/api/v1/complaints/followed", json!({"tokens": [token]})).await.json::<Value>().await.unwrap();
    assert_eq!(followed[0]["status"], "resolved");
    assert_eq!(followed[0]["outcome"], "We are sorry. Sam now texts if running late.");
    assert_eq!(manager.json(&app, "/api/v1/complaints").await["overdue"], 0);

    // The record heard of each arrival and of the resolution; the anonymous one in nobody's record.
    let events = rows(&app, "SELECT kind, young_person_id FROM outbox_events WHERE kind LIKE 'complaint.%' ORDER BY id").await;
    let kinds: Vec<(&str, bool)> = events.iter().map(|row| (row[0].as_deref().unwrap(), row[1].is_some())).collect();
    assert_eq!(kinds, [("complaint.received", false), ("complaint.received", false), ("complaint.resolved", false)]);

    // Managers set the response time; others may read it.
    assert_error(
        officer.send(&app, reqwest::Method::PUT, "/api/v1/complaints/settings", Some(json!({"working_days": 15}))).await,
        403,
        "forbidden",
    )
    .await;
    assert_error(
        manager.send(&app, reqwest::Method::PUT, "/api/v1/complaints/settings", Some(json!({"working_days": 0}))).await,
        422,
        "out_of_range",
    )
    .await;
    assert_eq!(
        manager.send(&app, reqwest::Method::PUT, "/api/v1/complaints/settings", Some(json!({"working_days": 15}))).await.status().as_u16(),
        200
    );
    let later = json!({"kind": "complaint", "text": "Again.", "anonymous": false, "follow_token": "0000000000000000000000000000000a"});
    let receipt = created(operation(&app, Some(&jay), "/api/v1/complaints", later, None).await).await;
    // Raised Saturday 5 December; 15 working days, with Christmas and Boxing Day's substitute.
    assert_eq!(receipt["respond_by"], "2026-12-29");
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"complaint.received"), "{kinds:?}");
    assert!(kinds.contains(&"complaint.resolved"), "{kinds:?}");

    // Jay's named complaint is in his record, but his worker may be the one it is about: their
    // view of his events leaves complaints out; the manager's has it.
    let (worker, manager) = (app.sign_in(Role::Worker).await, app.sign_in(Role::Manager).await);
    let log = format!("/api/v1/relay/events?young_person_id={}", jay_id.as_str().unwrap());
    let kinds_in = |log: Value| -> Vec<String> { log.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap().to_owned()).collect() };
    assert!(kinds_in(manager.json(&app, &log).await).contains(&"complaint.received".to_owned()));
    assert!(!kinds_in(worker.json(&app, &log).await).iter().any(|kind| kind.starts_with("complaint.")));
    let export = worker.get(&app, &format!("/api/v1/young-people/{}/relay.ndjson", jay_id.as_str().unwrap())).await.text().await.unwrap();
    assert!(!export.contains("Again."), "{export}");
}
