//! Voice and influence through the real HTTP API: an officer builds and publishes a
//! consultation; young people vote once (a second device, a replay, a late offline ballot), a
//! proposed statement is approved and voted on, a voice note is limited, stored and played back;
//! results are counted exactly; an anonymous ballot leaves no link to the voter in the database;
//! named contributions reach the record without the ballot choice; "you said, we did" responses
//! reach the participants' phones through a real (loopback) push service; the youth cabinet.

use serde_json::{json, Value};
use tandem_backend::reminders::tick;
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;
use time::OffsetDateTime;

use crate::helpers::{
    assert_error, count, count_overnight, created, device, dump, family_named, move_clock_to, operation, rows, spawn_app, tables,
    typed_events, Session, TestApp,
};
use crate::push_service::FakePushService;

fn consultation(anonymous: bool, invited: Value) -> Value {
    json!({
        "title": "The youth centre next year",
        "background": "The council is deciding what the centre should do next year.",
        "audience": "Head of service and the management board, June meeting",
        "invited": invited,
        "opens_on": "2026-11-22",
        "closes_on": "2026-11-30",
        "anonymous": anonymous,
        "activities": [
            {"kind": "ballot", "id": "priorities", "question": "What matters most to you?", "ranked": true, "options": [
                {"id": "transport", "text": "Cheaper buses"}, {"id": "jobs", "text": "Jobs and training"},
                {"id": "safety", "text": "Feeling safe"}, {"id": "spaces", "text": "Places to go"}
            ]},
            {"kind": "statements", "id": "views", "prompt": "Do you agree?", "proposals": true, "statements": [
                {"id": "late", "text": "The centre should stay open later on Fridays."}
            ]},
            {"kind": "question", "id": "else", "question": "Anything else we should know?", "voice": true}
        ]
    })
}

fn now_ms(app: &TestApp) -> i64 {
    let now = tandem_backend::clock::Clock::now(&app.clock);
    i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap()
}

async fn published(app: &TestApp, officer: &Session, body: Value) -> String {
    let saved = created(officer.post(app, "/api/v1/voice/consultations", body).await).await;
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(officer.post(app, &format!("/api/v1/voice/consultations/{id}/publish"), json!({})).await.status().as_u16(), 200);
    id
}

async fn ballot(
    app: &TestApp,
    phone: &Session,
    id: &str,
    ranking: &[&str],
    given_at_ms: i64,
    key: Option<&OperationId>,
) -> reqwest::Response {
    let body = json!({"activity_id": "priorities", "ranking": ranking, "given_at_ms": given_at_ms});
    operation(app, Some(phone), &format!("/api/v1/voice/consultations/{id}/ballots"), body, key).await
}

async fn vote(app: &TestApp, phone: &Session, id: &str, statement: &str, vote: &str) -> reqwest::Response {
    let body = json!({"statement_id": statement, "vote": vote, "given_at_ms": now_ms(app)});
    operation(app, Some(phone), &format!("/api/v1/voice/consultations/{id}/votes"), body, None).await
}

async fn answer(app: &TestApp, phone: &Session, id: &str, body: Value) -> reqwest::Response {
    operation(app, Some(phone), &format!("/api/v1/voice/consultations/{id}/answers"), body, None).await
}

async fn unlock(app: &TestApp, phone: &Session) {
    assert_eq!(phone.post(app, "/api/v1/device/unlock", json!({"pin": "4826"})).await.status().as_u16(), 200);
}

#[tokio::test]
async fn young_people_take_part_once_each_and_the_results_are_exact() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;

    // Bad consultations are named.
    let mut clash = consultation(true, json!({"kind": "young_people"}));
    clash["activities"][2]["id"] = json!("jobs");
    assert_error(officer.post(&app, "/api/v1/voice/consultations", clash).await, 422, "invalid_consultation").await;
    let mut backwards = consultation(true, json!({"kind": "young_people"}));
    backwards["closes_on"] = json!("2026-11-01");
    let refused = officer.post(&app, "/api/v1/voice/consultations", backwards).await;
    assert_eq!(refused.status().as_u16(), 422);
    let refused: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(
        (&refused["error"]["code"], &refused["error"]["field"]),
        (&json!("closes_before_opens"), &json!("closes_on")),
        "named beside its field"
    );
    let mut unheard = consultation(true, json!({"kind": "young_people"}));
    unheard["audience"] = json!("  ");
    assert_error(officer.post(&app, "/api/v1/voice/consultations", unheard).await, 422, "text_required").await;

    let ana = family_named(&app, &worker, "Ana").await;
    let ben = family_named(&app, &worker, "Ben").await;
    let cal = family_named(&app, &worker, "Cal").await;

    // A draft is not shown; published, it is, with its audience.
    let saved = created(officer.post(&app, "/api/v1/voice/consultations", consultation(true, json!({"kind": "young_people"}))).await).await;
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(ana.phone.json(&app, "/api/v1/voice/consultations/mine").await, json!([]));
    officer.post(&app, &format!("/api/v1/voice/consultations/{id}/publish"), json!({})).await;
    let mine = ana.phone.json(&app, "/api/v1/voice/consultations/mine").await;
    assert_eq!(mine[0]["audience"], "Head of service and the management board, June meeting");
    assert_eq!(mine[0]["activities"].as_array().unwrap().len(), 3);
    // Carers were not invited.
    assert_eq!(ana.carer.json(&app, "/api/v1/voice/consultations/mine").await, json!([]));
    assert_error(ballot(&app, &ana.carer, &id, &["jobs"], now_ms(&app), None).await, 404, "not_found").await;

    // Bad ballots.
    assert_error(ballot(&app, &ana.phone, &id, &["jobs", "jobs"], now_ms(&app), None).await, 422, "ranked_twice").await;
    assert_error(ballot(&app, &ana.phone, &id, &["parks"], now_ms(&app), None).await, 422, "invalid_answer").await;
    assert_error(
        ballot(&app, &ana.phone, &id, &["jobs", "safety", "spaces", "transport"], now_ms(&app), None).await,
        422,
        "invalid_answer",
    )
    .await;

    // Ana votes; the phone's retry is answered from the store; her second phone is refused.
    let key = OperationId::new_v7();
    assert_eq!(ballot(&app, &ana.phone, &id, &["jobs", "transport"], now_ms(&app), Some(&key)).await.status().as_u16(), 201);
    let again = ballot(&app, &ana.phone, &id, &["jobs", "transport"], now_ms(&app), Some(&key)).await;
    assert_eq!(again.status().as_u16(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let second_phone = device(&app, &worker, &ana.young_person).await;
    assert_error(ballot(&app, &second_phone, &id, &["safety"], now_ms(&app), None).await, 409, "already_voted").await;
    assert_eq!(ballot(&app, &ben.phone, &id, &["transport", "jobs", "safety"], now_ms(&app), None).await.status().as_u16(), 201);

    // Cal's ballot is given offline on the last day, and arrives two days after the close; a
    // ballot claiming a time after the close is refused.
    let last_day = OffsetDateTime::from_unix_timestamp(1_796_054_400).unwrap(); // 2026-11-30 16:00 UTC
    let cal_offline = last_day.unix_timestamp() * 1000;

    // Statements: a proposal (with markup, kept as text) waits for approval.
    let proposed = created(
        operation(
            &app,
            Some(&ben.phone),
            &format!("/api/v1/voice/consultations/{id}/proposals"),
            json!({"activity_id": "views", "text": "<b>Free</b> wifi", "given_at_ms": now_ms(&app)}),
            None,
        )
        .await,
    )
    .await;
    // In an anonymous consultation the receipt names only the activity, and the proposal waits,
    // sealed, with the day's ballots until the day is over.
    assert_eq!(proposed["id"], "views");
    let results_path = format!("/api/v1/voice/consultations/{id}/results");
    let before_count = officer.json(&app, &results_path).await;
    assert_eq!((before_count["waiting"].as_u64(), before_count["proposals"].as_array().map(Vec::len)), (Some(3), Some(0)));
    assert_eq!(before_count["results"]["ballots"][0]["ballots"], 0, "nothing counted during the day");
    assert_eq!(count_overnight(&app).await, 3);
    let after_count = officer.json(&app, &results_path).await;
    assert_eq!(after_count["waiting"], 0);
    assert_eq!(after_count["results"]["ballots"][0]["ballots"], 2);
    let proposal = after_count["proposals"][0]["id"].as_str().unwrap().to_owned();
    assert_error(vote(&app, &ana.phone, &id, &proposal, "agree").await, 409, "statement_not_approved").await;
    assert_error(vote(&app, &ana.phone, &id, "nonsense", "agree").await, 422, "answer_not_in_survey").await;
    let list = officer.json(&app, "/api/v1/voice/consultations").await;
    assert_eq!(list[0]["waiting_for_approval"], 1);
    let approve = officer
        .send(
            &app,
            reqwest::Method::PUT,
            &format!("/api/v1/voice/consultations/{id}/proposals/{proposal}"),
            Some(json!({"approved": true})),
        )
        .await;
    assert_eq!(approve.status().as_u16(), 204);
    let shown = ana.phone.json(&app, "/api/v1/voice/consultations/mine").await;
    assert_eq!(shown[0]["activities"][1]["statements"][1]["text"], "<b>Free</b> wifi");
    for (phone, late, wifi) in [(&ana.phone, "agree", "agree"), (&ben.phone, "disagree", "agree"), (&cal.phone, "pass", "disagree")] {
        assert_eq!(vote(&app, phone, &id, "late", late).await.status().as_u16(), 201);
        assert_eq!(vote(&app, phone, &id, &proposal, wifi).await.status().as_u16(), 201);
    }
    assert_error(vote(&app, &ana.phone, &id, "late", "disagree").await, 409, "already_voted").await;
    assert_eq!(ana.phone.json(&app, "/api/v1/voice/consultations/mine").await[0]["done"]["statements"].as_array().unwrap().len(), 2);

    // Open answers: words, a voice note, and a voice note far too large.
    let oversized = "A".repeat(20 * 1024 * 1024);
    let huge = answer(
        &app,
        &ana.phone,
        &id,
        json!({"activity_id": "else", "voice_note": {"content_type": "audio/webm", "base64": oversized}, "given_at_ms": now_ms(&app)}),
    )
    .await;
    assert_error(huge, 413, "voice_note_too_large").await;
    assert_error(
        answer(&app, &ana.phone, &id, json!({"activity_id": "else", "text": " ", "given_at_ms": now_ms(&app)})).await,
        422,
        "answer_required",
    )
    .await;
    let audio: Vec<u8> = (0..40_000u32).map(|i| (i % 251) as u8).collect();
    use base64::Engine;
    let note = json!({"content_type": "audio/webm;codecs=opus", "base64": base64::engine::general_purpose::STANDARD.encode(&audio)});
    assert_eq!(
        answer(&app, &ana.phone, &id, json!({"activity_id": "else", "voice_note": note, "given_at_ms": now_ms(&app)}))
            .await
            .status()
            .as_u16(),
        201
    );
    assert_eq!(
        answer(&app, &ben.phone, &id, json!({"activity_id": "else", "text": "More <script>trips</script>", "given_at_ms": now_ms(&app)}))
            .await
            .status()
            .as_u16(),
        201
    );
    assert_error(
        answer(&app, &ben.phone, &id, json!({"activity_id": "else", "text": "Again", "given_at_ms": now_ms(&app)})).await,
        409,
        "already_answered",
    )
    .await;

    // Published: what was voted on can no longer change; its wording can.
    let mut changed = consultation(true, json!({"kind": "young_people"}));
    changed["activities"][0]["ranked"] = json!(false);
    assert_error(
        officer.send(&app, reqwest::Method::PUT, &format!("/api/v1/voice/consultations/{id}"), Some(changed)).await,
        409,
        "already_published",
    )
    .await;
    let mut reworded = consultation(true, json!({"kind": "young_people"}));
    reworded["audience"] = json!("The management board, 10 June");
    assert_eq!(
        officer.send(&app, reqwest::Method::PUT, &format!("/api/v1/voice/consultations/{id}"), Some(reworded)).await.status().as_u16(),
        200
    );

    // Results for staff once counted, not yet for participants.
    assert_eq!(count_overnight(&app).await, 8);
    let results = officer.json(&app, &format!("/api/v1/voice/consultations/{id}/results")).await;
    assert_eq!(results["participants"], 3);
    let counts = &results["results"]["ballots"][0];
    assert_eq!(counts["ballots"], 2);
    // jobs 3+2 = 5, transport 2+3 = 5, tied on points and first choices: rank 1 each; safety 1.
    assert_eq!(counts["counts"][0]["rank"], 1);
    assert_eq!(counts["counts"][1]["rank"], 1);
    assert_eq!(counts["counts"][2]["id"], "safety");
    assert_eq!(counts["counts"][2]["points"], 1);
    let statements = &results["results"]["statements"][0]["statements"];
    assert_eq!(statements[0]["agree"], 1);
    assert_eq!(statements[0]["agree_percent"], 33);
    assert_eq!(statements[1]["proposed"], true);
    assert_eq!(statements[1]["agree_percent"], 67);
    let answers = results["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 2);
    assert!(answers.iter().all(|answer| answer["name"].is_null()), "anonymous: no names");
    let spoken = answers.iter().find(|answer| answer["voice_note"] == true).unwrap();
    let played =
        officer.get(&app, &format!("/api/v1/voice/consultations/{id}/answers/{}/voice-note", spoken["id"].as_str().unwrap())).await;
    assert_eq!(played.headers()["content-type"], "audio/webm;codecs=opus");
    assert_eq!(played.bytes().await.unwrap().to_vec(), audio);
    let written = answers.iter().find(|answer| answer["voice_note"] == false).unwrap();
    let tagged = officer
        .send(
            &app,
            reqwest::Method::PUT,
            &format!("/api/v1/voice/consultations/{id}/answers/{}/themes", written["id"].as_str().unwrap()),
            Some(json!({"themes": ["Trips", "Trips", " "]})),
        )
        .await;
    assert_eq!(tagged.status().as_u16(), 204);
    assert_eq!(
        officer.json(&app, &format!("/api/v1/voice/consultations/{id}/results")).await["themes"],
        json!([{"theme": "Trips", "answers": 1}])
    );
    assert_eq!(ana.phone.json(&app, "/api/v1/voice/feed").await, json!([]), "nothing to show before the close or a response");

    // After the close: Cal's offline ballot counts, a ballot made after the close does not.
    move_clock_to(&app, OffsetDateTime::from_unix_timestamp(1_796_227_200).unwrap()); // 2026-12-02 16:00 UTC
    unlock(&app, &cal.phone).await;
    assert_error(ballot(&app, &cal.phone, &id, &["safety"], now_ms(&app), None).await, 409, "consultation_not_open").await;
    assert_eq!(ballot(&app, &cal.phone, &id, &["safety", "spaces"], cal_offline, None).await.status().as_u16(), 201);
    assert_error(ballot(&app, &cal.phone, &id, &["safety"], cal_offline, None).await, 409, "already_voted").await;
    assert_eq!(count_overnight(&app).await, 1);
    unlock(&app, &ana.phone).await;
    let feed = ana.phone.json(&app, "/api/v1/voice/feed").await;
    assert_eq!(feed[0]["took_part"], true);
    let public = &feed[0]["results"]["ballots"][0];
    assert_eq!(public["ballots"], 3);
    // jobs 3+2 = 5 and transport 2+3 = 5 share first place (one first choice each; the
    // officer's order among equals); safety 1+3 = 4; spaces 2.
    let ranks: Vec<(&str, u64, u64)> = public["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["rank"].as_u64().unwrap(), c["points"].as_u64().unwrap()))
        .collect();
    assert_eq!(ranks, vec![("transport", 1, 5), ("jobs", 1, 5), ("safety", 3, 4), ("spaces", 4, 2)]);
    assert_eq!(feed[0]["results"]["statements"][0]["statements"][1]["agree"], 2);
}

#[tokio::test]
async fn an_anonymous_ballot_leaves_no_link_to_the_voter() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let id = published(&app, &officer, consultation(true, json!({"kind": "young_people"}))).await;
    let kai = family_named(&app, &worker, "Kai").await;
    let lea = family_named(&app, &worker, "Lea").await;
    assert_eq!(ballot(&app, &kai.phone, &id, &["spaces"], now_ms(&app), None).await.status().as_u16(), 201);
    assert_eq!(ballot(&app, &lea.phone, &id, &["safety", "jobs"], now_ms(&app), None).await.status().as_u16(), 201);
    assert_eq!(vote(&app, &kai.phone, &id, "late", "disagree").await.status().as_u16(), 201);
    assert_eq!(
        answer(&app, &kai.phone, &id, json!({"activity_id": "else", "text": "More music", "given_at_ms": now_ms(&app)}))
            .await
            .status()
            .as_u16(),
        201
    );

    // Until counted, what was said is sealed; then it is written apart from who said it.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM consultation_ballots").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sealed_contributions").await, 4);
    assert_eq!(count_overnight(&app).await, 4);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sealed_contributions").await, 0);
    let ballots = rows(&app, "SELECT * FROM consultation_ballots").await;
    assert_eq!(ballots.len(), 2);
    let people: Vec<String> = rows(&app, "SELECT id FROM people").await.into_iter().filter_map(|row| row[0].clone()).collect();
    let mut ids = Vec::new();
    for table in ["consultation_ballots", "consultation_votes", "consultation_answers"] {
        for row in rows(&app, &format!("SELECT * FROM {table}")).await {
            let id = row[0].clone().unwrap();
            assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 4, "a random id, not one that says when");
            let text = row.iter().flatten().cloned().collect::<Vec<_>>().join("|");
            assert!(people.iter().all(|person| !text.contains(person.as_str())), "{table} names someone: {text}");
            assert!(text.contains("2026-11-22") && !text.contains(&now_ms(&app).to_string()[..7]), "only the day: {text}");
            ids.push(id);
        }
    }
    // Who voted is known (once each), with nothing else; no other table holds a ballot's,
    // vote's or answer's id; nothing went to anyone's record.
    assert!(rows(&app, "SELECT * FROM consultation_voters").await.iter().all(|row| row.len() == 3));
    let tables: Vec<String> = tables(&app).await;
    for table in
        tables.iter().filter(|table| !["consultation_ballots", "consultation_votes", "consultation_answers"].contains(&table.as_str()))
    {
        let everything = dump(rows(&app, &format!("SELECT * FROM {table}")).await);
        for id in &ids {
            assert!(!everything.contains(id.as_str()), "{table} holds {id}");
        }
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox_events WHERE kind = 'voice.contribution'").await, 0);
    let stored_answers = dump(rows(&app, "SELECT * FROM operations WHERE kind = 'voice.contribute'").await);
    assert!(!stored_answers.contains("spaces") && !stored_answers.contains("safety"), "the stored replies say no choice");
    // Nor does the export.
    let csv = officer.get(&app, &format!("/api/v1/voice/consultations/{id}/export.csv")).await.text().await.unwrap();
    assert!(csv.contains("ballot,priorities,,,safety;jobs,"));
    assert!(!csv.contains("Kai") && !csv.contains("Lea"));
}

#[tokio::test]
async fn named_contributions_reach_the_record_and_responses_reach_the_participants_phones() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let id = published(&app, &officer, consultation(false, json!({"kind": "young_people"}))).await;
    let kai = family_named(&app, &worker, "Kai").await;
    let lea = family_named(&app, &worker, "Lea").await;
    let sam = family_named(&app, &worker, "Sam").await;
    assert_eq!(kai.phone.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);
    assert_eq!(sam.phone.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);
    assert_eq!(ballot(&app, &kai.phone, &id, &["jobs", "safety"], now_ms(&app), None).await.status().as_u16(), 201);
    assert_eq!(
        answer(&app, &kai.phone, &id, json!({"activity_id": "else", "text": "Cheaper food at the centre", "given_at_ms": now_ms(&app)}))
            .await
            .status()
            .as_u16(),
        201
    );
    assert_eq!(vote(&app, &lea.phone, &id, "late", "agree").await.status().as_u16(), 201);

    // Kai's answer goes to Kai's record; a ballot, secret even here, sends nothing (an event
    // saying when Kai voted could be matched with the results moving).
    let events = rows(&app, "SELECT young_person_id, payload FROM outbox_events WHERE kind = 'voice.contribution' ORDER BY id").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0][0].as_deref(), Some(kai.young_person.as_str()));
    assert!(events[0][1].as_deref().unwrap().contains("Cheaper food at the centre"));
    assert!(!dump(rows(&app, "SELECT * FROM outbox_events").await).contains("jobs"), "the choice is never in the record");
    assert_eq!(count_overnight(&app).await, 2, "the ballot and the statement vote");
    assert!(dump(rows(&app, "SELECT * FROM consultation_ballots").await).split('|').all(|field| field != kai.young_person));
    let csv = officer.get(&app, &format!("/api/v1/voice/consultations/{id}/export.csv")).await.text().await.unwrap();
    let ballot_row = csv.lines().find(|line| line.starts_with("ballot,")).unwrap();
    assert!(ballot_row.ends_with(",,"), "no name on a ballot: {ballot_row}");
    assert!(csv.lines().any(|line| line.starts_with("answer,") && line.ends_with(",Kai")));

    // Responses: bad ones named.
    let path = format!("/api/v1/voice/consultations/{id}/responses");
    let response = |about: Value, status: &str| json!({"about": about, "we_did": "We will run a jobs fair at the centre.", "by_when": "2027-03-31", "decided_by": "Head of service", "status": status});
    assert_error(
        officer.post(&app, &path, json!({"about": {"kind": "consultation"}, "we_did": " ", "decided_by": "x", "status": "planned"})).await,
        422,
        "text_required",
    )
    .await;
    assert_error(officer.post(&app, &path, response(json!({"kind": "item", "value": "parks"}), "planned")).await, 422, "invalid_answer")
        .await;
    assert_error(
        officer
            .post(
                &app,
                &path,
                json!({"about": {"kind": "consultation"}, "we_did": "x", "by_when": "2027-02-30", "decided_by": "x", "status": "planned"}),
            )
            .await,
        422,
        "invalid_date",
    )
    .await;
    let first = created(officer.post(&app, &path, response(json!({"kind": "item", "value": "jobs"}), "planned")).await).await;
    assert_eq!(first["about_text"], "Jobs and training");
    let cannot = json!({"about": {"kind": "item", "value": "late"}, "we_did": "We can't open later on Fridays, because the building closes at 9pm; we will ask the council again in the spring.", "decided_by": "Youth service manager", "status": "not_possible"});
    created(officer.post(&app, &path, cannot).await).await;

    // Two responses, one notification each for those who took part and have a phone set up.
    let turn = tick(&app.state, "test").await.unwrap();
    // Kai and Lea took part (Sam did not); only Kai's phone takes notifications; the first
    // response's news was overtaken by the second's, so one message, not two. It replies to
    // Kai's own (he voted in the ballot "Jobs and training" is on), so it says so.
    assert_eq!((turn.reminders_sent, turn.messages_sent), (2, 1));
    let received = push.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].payload["body"], "There is a reply to something you said.");
    assert_eq!(received[0].payload["url"], format!("/voice#{id}"));
    // The status moves on: told again.
    app.clock.advance(time::Duration::minutes(5));
    let moved = officer
        .send(
            &app,
            reqwest::Method::PUT,
            &format!("{path}/{}", first["id"].as_str().unwrap()),
            Some(response(json!({"kind": "item", "value": "jobs"}), "in_progress")),
        )
        .await;
    assert_eq!(moved.status().as_u16(), 200);
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 1);
    assert_eq!(push.received().len(), 2);
    assert_eq!(push.received()[1].payload["body"], "There is a reply to something you said.");
    assert_eq!(push.problems(), Vec::<String>::new());

    // The feed shows the responses while it is still open, and no results yet.
    let feed = lea.phone.json(&app, "/api/v1/voice/feed").await;
    assert_eq!(feed[0]["responses"].as_array().unwrap().len(), 2);
    assert_eq!(feed[0]["responses"][0]["status"], "in_progress");
    assert_eq!(feed[0]["responses"][1]["status"], "not_possible");
    assert!(feed[0]["results"].is_null());
    assert_eq!(feed[0]["took_part"], true);
    assert_eq!(sam.phone.json(&app, "/api/v1/voice/feed").await[0]["took_part"], false);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"voice.contribution"), "{kinds:?}");
}

/// "You said, we did" tells each person about their own: a reply to an answer of theirs staff
/// tagged with a theme, or to a statement they voted on, says so (and, with detailed
/// notifications, what it is about); someone it does not reply to hears there is news.
#[tokio::test]
async fn a_reply_to_what_someone_said_tells_them_so_and_what_about() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let id = published(&app, &officer, consultation(false, json!({"kind": "young_people"}))).await;
    let kai = family_named(&app, &worker, "Kai").await;
    let lea = family_named(&app, &worker, "Lea").await;
    let phone_of = |subscription: &Value| subscription["endpoint"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
    let (kai_phone, lea_phone) = (push.phone(&[]), push.phone(&[]));
    let (kai_id, lea_id) = (phone_of(&kai_phone), phone_of(&lea_phone));
    assert_eq!(kai.phone.post(&app, "/api/v1/push/subscriptions", kai_phone).await.status().as_u16(), 201);
    assert_eq!(lea.phone.post(&app, "/api/v1/push/subscriptions", lea_phone).await.status().as_u16(), 201);
    let detailed = kai.phone.send(&app, reqwest::Method::PUT, "/api/v1/push/detailed", Some(json!({"detailed": true}))).await;
    assert_eq!(detailed.status().as_u16(), 200);
    let said = json!({"activity_id": "else", "text": "More trips out please", "given_at_ms": now_ms(&app)});
    assert_eq!(answer(&app, &kai.phone, &id, said).await.status().as_u16(), 201);
    assert_eq!(vote(&app, &lea.phone, &id, "late", "agree").await.status().as_u16(), 201);
    let results = officer.json(&app, &format!("/api/v1/voice/consultations/{id}/results")).await;
    let kais = results["answers"].as_array().unwrap().iter().find(|answer| answer["text"] == "More trips out please").unwrap().clone();
    let tag = |themes: Value| {
        let path = format!("/api/v1/voice/consultations/{id}/answers/{}/themes", kais["id"].as_str().unwrap());
        let officer = officer.clone();
        let app = &app;
        async move { officer.send(app, reqwest::Method::PUT, &path, Some(json!({"themes": themes}))).await.status().as_u16() }
    };
    assert_eq!(tag(json!(["Trips"])).await, 204);
    let path = format!("/api/v1/voice/consultations/{id}/responses");
    let respond = |about: Value| json!({"about": about, "we_did": "We have booked four trips for the spring.", "decided_by": "Youth service manager", "status": "planned"});
    let bodies = |from: usize| {
        let mut bodies: Vec<(String, String)> = push.received()[from..]
            .iter()
            .map(|message| {
                let who = if message.phone == kai_id {
                    "Kai"
                } else if message.phone == lea_id {
                    "Lea"
                } else {
                    "?"
                };
                (who.to_owned(), message.payload["body"].as_str().unwrap().to_owned())
            })
            .collect();
        bodies.sort();
        bodies
    };

    // About the theme of Kai's answer: Kai (detailed) is told what; Lea only that there is news.
    created(officer.post(&app, &path, respond(json!({"kind": "theme", "value": "Trips"}))).await).await;
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 2);
    assert_eq!(
        bodies(0),
        [
            ("Kai".to_owned(), "You said, we did: a reply about \"Trips\" in \"The youth centre next year\".".to_owned()),
            ("Lea".to_owned(), "There is news about something you had your say on.".to_owned()),
        ]
    );

    // About the statement Lea voted on, and an issue nobody here voted on: Lea is told it is hers.
    app.clock.advance(time::Duration::minutes(5));
    created(officer.post(&app, &path, respond(json!({"kind": "item", "value": "late"}))).await).await;
    created(officer.post(&app, &path, respond(json!({"kind": "item", "value": "transport"}))).await).await;
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 2);
    assert_eq!(
        bodies(2),
        [
            ("Kai".to_owned(), "You said, we did: news about \"The youth centre next year\".".to_owned()),
            ("Lea".to_owned(), "There is a reply to something you said.".to_owned()),
        ]
    );

    // Two replies to Kai's since he was last told: counted, in one message.
    app.clock.advance(time::Duration::minutes(5));
    assert_eq!(tag(json!(["Trips", "Food"])).await, 204);
    created(officer.post(&app, &path, respond(json!({"kind": "theme", "value": "Food"}))).await).await;
    created(officer.post(&app, &path, respond(json!({"kind": "theme", "value": "Trips"}))).await).await;
    tick(&app.state, "test").await.unwrap();
    assert_eq!(
        bodies(4)[0],
        ("Kai".to_owned(), "You said, we did: 2 replies to what you said in \"The youth centre next year\".".to_owned())
    );
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn the_youth_cabinet_sees_its_consultations_first() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let kai = family_named(&app, &worker, "Kai").await;
    let lea = family_named(&app, &worker, "Lea").await;
    assert_error(officer.post(&app, "/api/v1/voice/cabinet", json!({"young_person_id": kai.carer_id})).await, 422, "not_a_young_person")
        .await;
    let members =
        officer.post(&app, "/api/v1/voice/cabinet", json!({"young_person_id": kai.young_person})).await.json::<Value>().await.unwrap();
    assert_eq!(members, json!([{"young_person_id": kai.young_person, "name": "Kai"}]));

    let everyone = published(&app, &officer, consultation(true, json!({"kind": "young_people"}))).await;
    let cabinet = published(&app, &officer, consultation(true, json!({"kind": "cabinet"}))).await;
    let mine = kai.phone.json(&app, "/api/v1/voice/consultations/mine").await;
    assert_eq!((mine[0]["id"].as_str().unwrap(), mine[0]["cabinet"].as_bool().unwrap()), (cabinet.as_str(), true));
    assert_eq!(mine[1]["id"], everyone.as_str());
    let others = lea.phone.json(&app, "/api/v1/voice/consultations/mine").await;
    assert_eq!(others.as_array().unwrap().len(), 1);
    assert_error(ballot(&app, &lea.phone, &cabinet, &["jobs"], now_ms(&app), None).await, 404, "not_found").await;

    let removed = officer.send(&app, reqwest::Method::DELETE, &format!("/api/v1/voice/cabinet/{}", kai.young_person), None).await;
    assert_eq!(removed.status().as_u16(), 200);
    assert_eq!(kai.phone.json(&app, "/api/v1/voice/consultations/mine").await.as_array().unwrap().len(), 1);
}
