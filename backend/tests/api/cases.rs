//! Closing a case: what is to come ends, the phones send what they hold and then go, nothing new
//! is added, and reopening lets the work start again. Erasing a person: nothing of them is left
//! but what counts them without a name.

use serde_json::json;
use tandem_domain::accounts::Role;
use time::macros::datetime;

use crate::helpers::{
    assert_error, count_overnight, count_with, created, database_file_bytes, dump, execute, family, family_named, move_clock_to, operation,
    rows, rows_with, spawn_app, tables, Session, TestApp,
};

async fn close(app: &TestApp, staff: &Session, young_person: &str, closed_on: &str) -> reqwest::Response {
    let body = json!({"closed_on": closed_on, "reason": "work_completed"});
    staff.send(app, reqwest::Method::PUT, &format!("/api/v1/young-people/{young_person}/closure"), Some(body)).await
}

/// Gives each of `person`'s phones a push subscription, as the phone's own subscribe would.
async fn subscribe_phones(app: &TestApp, person: &str) {
    for row in rows_with(app, "SELECT id FROM sessions WHERE person_id = $1", &[person]).await {
        let session = row[0].clone().unwrap();
        execute(
            app,
            &[&format!(
                "INSERT INTO push_subscriptions (id, person_id, session_id, endpoint, p256dh, auth, created_at)
                 VALUES ('{}', '{person}', '{session}', 'https://push.example/{session}', 'key', 'auth', 0)",
                uuid::Uuid::now_v7()
            )],
        )
        .await;
    }
}

fn complaint(text: &str) -> serde_json::Value {
    json!({"kind": "complaint", "text": text, "anonymous": false, "follow_token": "c".repeat(32)})
}

#[tokio::test]
async fn a_closed_case_ends_what_was_to_come_and_its_phones_send_what_they_hold_then_go() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let rio = family(&app, &worker).await;
    let young_person = rio.young_person.clone();
    let appointment = json!({"date": "2026-12-01", "start": "16:00", "minutes": 60, "place": "Youth centre", "purpose": "Plan review", "with_whom": "Sam", "title": "Meet Sam"});
    let booked =
        operation(&app, Some(&worker), &format!("/api/v1/young-people/{young_person}/appointments"), appointment.clone(), None).await;
    assert_eq!(booked.status().as_u16(), 201);
    subscribe_phones(&app, &young_person).await;
    subscribe_phones(&app, &rio.carer_id).await;

    // Bad input is named beside its field, and nothing closes.
    let response = close(&app, &worker, &young_person, "2026-11-23").await;
    assert_eq!(response.status().as_u16(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!((body["error"]["code"].as_str(), body["error"]["field"].as_str()), (Some("closure_in_future"), Some("closed_on")));
    assert_error(close(&app, &worker, &young_person, "2026-11-31").await, 422, "invalid_date").await;
    assert!(rio.phone.json(&app, "/api/v1/me").await["session"]["case_closed"] == false);

    let response = close(&app, &worker, &young_person, "2026-11-20").await;
    assert_eq!(response.status().as_u16(), 200);
    let closure: serde_json::Value = response.json().await.unwrap();
    assert_eq!((closure["closed_on"].as_str(), closure["reason"].as_str()), (Some("2026-11-20"), Some("work_completed")));
    assert!(closure["closed_by"].as_str().is_some_and(|name| !name.is_empty()));
    assert_error(close(&app, &worker, &young_person, "2026-11-20").await, 409, "case_closed").await;
    let detail = worker.json(&app, &format!("/api/v1/young-people/{young_person}")).await;
    assert_eq!(detail["closure"]["closed_on"], "2026-11-20");
    // Marked on the worker's caseload and the manager's; open cases carry no mark.
    for staff in [&worker, &app.sign_in(Role::Manager).await] {
        let caseload = staff.json(&app, "/api/v1/young-people").await;
        let marks: Vec<_> =
            caseload.as_array().unwrap().iter().map(|p| (p["id"].as_str() == Some(&young_person), p.get("closed_on").cloned())).collect();
        assert!(marks.iter().all(|(closed, mark)| if *closed { mark == &Some(json!("2026-11-20")) } else { mark.is_none() }), "{caseload}");
        assert!(marks.iter().any(|(closed, _)| *closed));
    }

    // What was to come has ended: the appointment, every push subscription of the two phones.
    let appointments = worker.json(&app, &format!("/api/v1/young-people/{young_person}/appointments")).await;
    assert_eq!(appointments[0]["state"], "cancelled", "{appointments}");
    for person in [&young_person, &rio.carer_id] {
        assert_eq!(count_with(&app, "SELECT COUNT(*) FROM push_subscriptions WHERE person_id = $1", &[person]).await, 0);
    }

    // Both phones learn the case is closed; they may send what they queued, and nothing else.
    for phone in [&rio.phone, &rio.carer] {
        assert_eq!(phone.json(&app, "/api/v1/me").await["session"]["case_closed"], true);
        assert_error(phone.get(&app, "/api/v1/plans").await, 409, "case_closed").await;
        assert_error(phone.get(&app, "/api/v1/appointments").await, 409, "case_closed").await;
    }
    created(operation(&app, Some(&rio.phone), "/api/v1/complaints", complaint("Written on the bus before it closed."), None).await).await;

    // Nothing new is added by staff until the case is reopened.
    assert_error(worker.post(&app, "/api/v1/invites", json!({"person_id": young_person})).await, 409, "case_closed").await;
    assert_error(worker.post(&app, "/api/v1/invites", json!({"person_id": rio.carer_id})).await, 404, "not_found").await;
    let again =
        operation(&app, Some(&worker), &format!("/api/v1/young-people/{young_person}/appointments"), appointment.clone(), None).await;
    assert_error(again, 409, "case_closed").await;
    let actions =
        rows_with(&app, "SELECT action, detail FROM audit_log WHERE young_person_id = $1 AND action LIKE 'case.%'", &[&young_person]).await;
    assert_eq!(actions.len(), 1);
    assert!(actions[0][1].as_deref().unwrap().contains("1 appointments cancelled, 2 phones signing out"), "{actions:?}");

    // Phones that never come back online end by themselves after the sending window.
    move_clock_to(&app, datetime!(2026-12-23 10:00 UTC));
    assert_error(rio.phone.get(&app, "/api/v1/me").await, 401, "device_session_ended").await;
    assert_error(rio.carer.get(&app, "/api/v1/me").await, 401, "device_session_ended").await;

    // Reopened, the case takes new work and new codes; reopening twice finds nothing to reopen.
    let worker = app.sign_in(Role::Worker).await;
    let path = format!("/api/v1/young-people/{young_person}/closure");
    assert_eq!(worker.send(&app, reqwest::Method::DELETE, &path, None).await.status().as_u16(), 204);
    assert_error(worker.send(&app, reqwest::Method::DELETE, &path, None).await, 404, "not_found").await;
    assert!(worker.json(&app, &format!("/api/v1/young-people/{young_person}")).await["closure"].is_null());
    created(worker.post(&app, "/api/v1/invites", json!({"person_id": young_person})).await).await;
    assert_eq!(
        count_with(&app, "SELECT COUNT(*) FROM audit_log WHERE young_person_id = $1 AND action = 'case.reopen'", &[&young_person]).await,
        1
    );
}

#[tokio::test]
async fn a_carer_with_another_open_case_keeps_their_phone_and_no_longer_sees_the_closed_one() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let rio = family_named(&app, &worker, "Rio").await;
    let sky =
        created(worker.post(&app, "/api/v1/young-people", json!({"display_name": "Sky"})).await).await["id"].as_str().unwrap().to_owned();
    let linked = worker.post(&app, &format!("/api/v1/young-people/{sky}/carers"), json!({"carer_id": rio.carer_id})).await;
    assert_eq!(linked.status().as_u16(), 204);
    assert_eq!(rio.carer.json(&app, "/api/v1/plans").await.as_array().unwrap().len(), 2);

    assert_eq!(close(&app, &worker, &rio.young_person, "2026-11-22").await.status().as_u16(), 200);
    assert_eq!(rio.carer.json(&app, "/api/v1/me").await["session"]["case_closed"], false);
    let plans = rio.carer.json(&app, "/api/v1/plans").await;
    assert_eq!(plans.as_array().unwrap().len(), 1, "only Sky's plan: {plans}");
    assert_eq!(rio.phone.json(&app, "/api/v1/me").await["session"]["case_closed"], true);
    // A carer cannot be linked to a closed case.
    let other = created(worker.post(&app, "/api/v1/carers", json!({"display_name": "Kim"})).await).await["id"].as_str().unwrap().to_owned();
    let refused = worker.post(&app, &format!("/api/v1/young-people/{}/carers", rio.young_person), json!({"carer_id": other})).await;
    assert_error(refused, 409, "case_closed").await;
}

#[tokio::test]
async fn only_the_young_persons_worker_or_a_manager_closes_a_case() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let rio = family(&app, &worker).await;
    let manager = app.sign_in(Role::Manager).await;
    // The demo's other worker-like roles and the young person are refused; the manager may.
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    assert_error(close(&app, &officer, &rio.young_person, "2026-11-22").await, 403, "forbidden").await;
    assert_error(close(&app, &rio.phone, &rio.young_person, "2026-11-22").await, 403, "forbidden").await;
    assert_error(close(&app, &worker, &uuid::Uuid::now_v7().to_string(), "2026-11-22").await, 404, "not_found").await;
    assert_eq!(close(&app, &manager, &rio.young_person, "2026-11-22").await.status().as_u16(), 200);
}

/// A young person's session score in a group session with one anonymous joiner; answers the
/// session's id.
async fn scores_in_a_session(app: &TestApp, worker: &Session, phone: &Session) -> String {
    let programmes = worker.json(app, "/api/v1/programmes").await;
    let programme = &programmes[0];
    let body = json!({"programme_id": programme["id"], "topic_id": programme["topics"][0]["id"], "kind": "group", "cohort": "Autumn", "anonymous_allowed": true});
    let session = created(worker.post(app, "/api/v1/sessions", body).await).await;
    let code = session["code"].as_str().unwrap();
    for (who, value) in [(Some(phone), 7), (None, 5)] {
        let joined = created(operation(app, who, "/api/v1/scaling/join", json!({"code": code}), None).await).await;
        let given = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
        let given = given.min((datetime!(2026-11-22 10:00 UTC).unix_timestamp_nanos() / 1_000_000) as i64);
        let score = json!({"participant_token": joined["participant_token"], "measure": "topic", "moment": "start", "score": value, "given_at_ms": given});
        created(operation(app, None, "/api/v1/scaling/scores", score, None).await).await;
    }
    session["id"].as_str().unwrap().to_owned()
}

/// Each table with every value in it, as text.
async fn every_table(app: &TestApp) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for table in tables(app).await {
        let values = dump(rows(app, &format!("SELECT * FROM {table}")).await);
        all.push((table, values));
    }
    all
}

/// What a young person writes in `with_every_kind`: a plan row, a complaint, a reply, an
/// answer to a consultation.
const WORDS: [&str; 4] = [
    "Fix my bike with my uncle on Saturdays",
    "The bus to the youth centre <never> came",
    "I cannot come, it is my nan's party",
    "Cheaper food at the centre on Fridays",
];

/// A named consultation, published: a ranked ballot and a question answered in words or aloud.
async fn consultation(app: &TestApp) -> String {
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let body = json!({
        "title": "The youth centre next year", "background": "What should the centre do?", "audience": "Head of service",
        "invited": {"kind": "young_people"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30", "anonymous": false,
        "activities": [
            {"kind": "ballot", "id": "priorities", "question": "What matters most to you?", "ranked": true, "options": [
                {"id": "transport", "text": "Cheaper buses"}, {"id": "jobs", "text": "Jobs and training"}]},
            {"kind": "question", "id": "else", "question": "Anything else we should know?", "voice": true}
        ]
    });
    let id = created(officer.post(app, "/api/v1/voice/consultations", body).await).await["id"].as_str().unwrap().to_owned();
    assert_eq!(officer.post(app, &format!("/api/v1/voice/consultations/{id}/publish"), json!({})).await.status().as_u16(), 200);
    id
}

/// A young person called `name` with something of every kind: a plan row in their words, a
/// named complaint, an appointment and their reply, a session score beside an anonymous one, a
/// ballot and an answer in words and aloud to a consultation. Answers the family, the
/// session's id and the consultation's.
async fn with_every_kind(app: &TestApp, worker: &Session, name: &str, words: [&str; 4]) -> (crate::helpers::Family, String, String) {
    let family = family_named(app, worker, name).await;
    let young_person = family.young_person.clone();
    let row = uuid::Uuid::now_v7().to_string();
    let plan = json!({"add_row": {"row_id": row, "target": words[0]}});
    created(operation(app, Some(&family.phone), &format!("/api/v1/plans/{young_person}/changes"), plan, None).await).await;
    let complaint = json!({"kind": "complaint", "text": words[1], "anonymous": false, "follow_token": "e".repeat(32)});
    created(operation(app, Some(&family.phone), "/api/v1/complaints", complaint, None).await).await;
    let appointment = json!({"date": "2026-12-01", "start": "16:00", "minutes": 60, "place": "Youth centre", "purpose": "Plan review", "with_whom": "Sam", "title": "Meet Sam"});
    let booked =
        created(operation(app, Some(worker), &format!("/api/v1/young-people/{young_person}/appointments"), appointment, None).await).await;
    let reply = json!({"coming": false, "reason": words[2]});
    created(
        operation(app, Some(&family.phone), &format!("/api/v1/appointments/{}/replies", booked[0]["id"].as_str().unwrap()), reply, None)
            .await,
    )
    .await;
    let session = scores_in_a_session(app, worker, &family.phone).await;
    let consultation = consultation(app).await;
    let given_at_ms = (datetime!(2026-11-22 10:00 UTC).unix_timestamp_nanos() / 1_000_000) as i64;
    let path = format!("/api/v1/voice/consultations/{consultation}");
    let ballot = json!({"activity_id": "priorities", "ranking": ["jobs", "transport"], "given_at_ms": given_at_ms});
    created(operation(app, Some(&family.phone), &format!("{path}/ballots"), ballot, None).await).await;
    use base64::Engine;
    let note = json!({"content_type": "audio/webm;codecs=opus", "base64": base64::engine::general_purpose::STANDARD.encode([9u8; 3000])});
    let answer = json!({"activity_id": "else", "text": words[3], "voice_note": note, "given_at_ms": given_at_ms});
    created(operation(app, Some(&family.phone), &format!("{path}/answers"), answer, None).await).await;
    (family, session, consultation)
}

#[tokio::test]
async fn a_subject_access_answer_holds_each_kind_of_data_as_json_and_as_a_page() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let manager = app.sign_in(Role::Manager).await;
    let (family, _, _) = with_every_kind(&app, &worker, "Oriel", WORDS).await;
    let path = format!("/api/v1/people/{}/subject-access", family.young_person);
    assert_error(worker.get(&app, &path).await, 403, "forbidden").await;
    assert_error(manager.get(&app, &format!("/api/v1/people/{}/subject-access", uuid::Uuid::now_v7())).await, 404, "not_found").await;

    let answer = manager.json(&app, &path).await;
    let section = |name: &str| answer["sections"].as_array().unwrap().iter().find(|s| s["name"] == name).unwrap()["rows"].clone();
    assert_eq!(section("person")[0]["display_name"], "Oriel");
    let words =
        [("plan_versions", WORDS[0]), ("complaints", WORDS[1]), ("appointment_replies", WORDS[2]), ("consultation_answers", WORDS[3])];
    for (name, holds) in words {
        assert!(section(name).to_string().contains(holds), "{name} holds {holds:?}");
    }
    for name in ["carer_links", "appointments", "session_scores", "voice_notes", "consultations_taken_part", "devices", "relayed", "audit"]
    {
        assert!(!section(name).as_array().unwrap().is_empty(), "{name} is empty");
    }
    assert_eq!(section("session_scores")[0]["score"], 7);
    assert!(!section("devices").to_string().contains("token"), "no secrets");

    // The page: every part with a heading, its words escaped.
    let page = manager.get(&app, &format!("{path}.html")).await;
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let page = page.text().await.unwrap();
    assert!(page.contains("<h2>Plan versions, with their words</h2>"));
    assert!(page.contains("The bus to the youth centre &lt;never&gt; came"));
    assert!(!page.contains("<never>"));
    let audited = count_with(&app, "SELECT COUNT(*) FROM audit_log WHERE action = $1", &["person.subject_access"]).await;
    assert_eq!(audited, 2);
}

#[tokio::test]
async fn an_erased_young_person_is_gone_from_every_table_and_the_file_while_the_averages_stay() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let manager = app.sign_in(Role::Manager).await;
    let name = "Zephyrine";
    let (family, session, consultation) = with_every_kind(&app, &worker, name, WORDS).await;
    let young_person = family.young_person.clone();
    let words = WORDS;
    let before = worker.json(&app, &format!("/api/v1/sessions/{session}")).await["measures"][0]["start"].clone();
    assert_eq!((before["n"].as_i64(), before["mean"].as_f64()), (Some(2), Some(6.0)));
    let other = family_named(&app, &worker, "Ottilie").await;
    let ballot = json!({"activity_id": "priorities", "ranking": ["transport"], "given_at_ms": (datetime!(2026-11-22 10:00 UTC).unix_timestamp_nanos() / 1_000_000) as i64});
    created(operation(&app, Some(&other.phone), &format!("/api/v1/voice/consultations/{consultation}/ballots"), ballot, None).await).await;
    assert_eq!(count_overnight(&app).await, 2);
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let results_path = format!("/api/v1/voice/consultations/{consultation}/results");
    let totals = officer.json(&app, &results_path).await["results"]["ballots"].clone();
    assert_eq!(totals[0]["ballots"], 2);
    let about_them = "SELECT COUNT(*) FROM audit_log WHERE young_person_id = $1 AND detail <> '' AND action <> 'person.erase'";
    assert!(count_with(&app, about_them, &[&young_person]).await > 0, "entries about them have words to remove");

    // Nothing is erased while what they sent has not reached the case record.
    let erase = |reason: &str| {
        let (manager, app, path) = (manager.clone(), &app, format!("/api/v1/people/{young_person}/erasure"));
        let body = json!({"reason": reason});
        async move { manager.post(app, &path, body).await }
    };
    assert_error(erase("  ").await, 422, "text_required").await;
    assert_error(erase("Asked for in writing on 1 December").await, 409, "events_waiting").await;
    assert!(worker.get(&app, &format!("/api/v1/young-people/{young_person}")).await.status().is_success());
    let waiting =
        rows_with(&app, "SELECT id FROM outbox_events WHERE young_person_id = $1 AND status <> 'delivered'", &[&young_person]).await;
    for event in waiting {
        let path = format!("/api/v1/relay/events/{}/recorded", event[0].as_deref().unwrap());
        assert_eq!(manager.post(&app, &path, json!({})).await.status().as_u16(), 204);
    }
    // Before: the name and every one of their words are there to find (so the search below can fail).
    let stored = every_table(&app).await;
    for text in std::iter::once(name).chain(words) {
        assert!(stored.iter().any(|(_, all)| all.contains(text)), "{text:?} was never stored");
    }
    if let Some(bytes) = database_file_bytes(&app).await {
        assert!(String::from_utf8_lossy(&bytes).contains(name));
    }
    // A worker may not erase.
    let path = format!("/api/v1/people/{young_person}/erasure");
    assert_error(worker.post(&app, &path, json!({"reason": "Asked"})).await, 403, "forbidden").await;
    assert_eq!(erase("Asked for in writing on 1 December").await.status().as_u16(), 204);

    // Gone for everyone, the phone signed out; erasing again finds no one.
    assert_error(worker.get(&app, &format!("/api/v1/young-people/{young_person}")).await, 404, "not_found").await;
    let caseload = manager.json(&app, "/api/v1/young-people").await;
    assert!(caseload.as_array().unwrap().iter().all(|person| person["id"] != young_person.as_str()));
    assert_error(family.phone.get(&app, "/api/v1/me").await, 401, "unauthorized").await;
    assert_error(erase("Again").await, 404, "not_found").await;
    // The session's figures and the ballot's totals count them still, without a name.
    let after = worker.json(&app, &format!("/api/v1/sessions/{session}")).await["measures"][0]["start"].clone();
    assert_eq!(after, before);
    assert_eq!(officer.json(&app, &results_path).await["results"]["ballots"], totals);
    // The audit log keeps that things happened, not their words.
    assert_eq!(count_with(&app, about_them, &[&young_person]).await, 0);
    // Audited: who, when and why; not what.
    let audited = rows_with(&app, "SELECT actor_id, detail FROM audit_log WHERE action = 'person.erase'", &[]).await;
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0][1].as_deref(), Some("Asked for in writing on 1 December"));

    // Not a trace in any table, nor in the database file's bytes (after a checkpoint; with no
    // vacuum, which only `secure_delete` makes enough: without it this fails).
    for (table, all) in every_table(&app).await {
        for text in std::iter::once(name).chain(words) {
            assert!(!all.contains(text), "{table} still holds {text:?}");
        }
    }
    if let Some(bytes) = database_file_bytes(&app).await {
        let file = String::from_utf8_lossy(&bytes);
        for text in std::iter::once(name).chain(words) {
            assert!(!file.contains(text), "the database file still holds {text:?}");
        }
    }
}
