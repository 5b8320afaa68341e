//! Session self-scaling through the real HTTP API: opening, joining by code, scoring once,
//! offline scores after close, reports and CSV, and the bad input the issue lists.

use serde_json::{json, Value};
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use crate::helpers::{assert_error, operation, rows, rows_with, spawn_app, typed_events, Session, TestApp};

fn millis(at: OffsetDateTime) -> i64 {
    (at.unix_timestamp_nanos() / 1_000_000) as i64
}

async fn open(app: &TestApp, worker: &Session, kind: &str, anonymous: bool) -> Value {
    let programmes = worker.json(app, "/api/v1/programmes").await;
    let programme = &programmes[0];
    assert_eq!(programme["topics"].as_array().unwrap().len(), 6, "the six demo topics");
    let topic = if kind == "programme_review" { Value::Null } else { programme["topics"][0]["id"].clone() };
    let response = worker
        .post(app, "/api/v1/sessions", json!({"programme_id": programme["id"], "topic_id": topic, "kind": kind, "cohort": "Autumn 2026", "anonymous_allowed": anonymous}))
        .await;
    assert_eq!(response.status().as_u16(), 201);
    response.json().await.unwrap()
}

async fn join(app: &TestApp, phone: Option<&Session>, code: &str) -> Value {
    let response = operation(app, phone, "/api/v1/scaling/join", json!({"code": code}), None).await;
    assert_eq!(response.status().as_u16(), 201);
    response.json().await.unwrap()
}

async fn score(app: &TestApp, joined: &Value, measure: &str, moment: &str, score: i64, given_at: OffsetDateTime) -> reqwest::Response {
    let body = json!({"participant_token": joined["participant_token"], "measure": measure, "moment": moment, "score": score, "given_at_ms": millis(given_at)});
    operation(app, None, "/api/v1/scaling/scores", body, None).await
}

async fn outbox(app: &TestApp) -> Vec<(String, Option<String>, Value)> {
    let found = rows(app, "SELECT kind, young_person_id, payload FROM outbox_events ORDER BY id").await;
    found
        .into_iter()
        .map(|row| (row[0].clone().unwrap(), row[1].clone(), serde_json::from_str(row[2].as_deref().unwrap()).unwrap()))
        .collect()
}

#[tokio::test]
async fn a_group_session_from_opening_to_report() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let session = open(&app, &worker, "group", true).await;
    let code = session["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 6);
    assert_eq!(session["phase"], "start");
    let id = session["id"].as_str().unwrap().to_owned();

    let jay = app.join(Role::YoungPerson, "1357").await;
    let named = join(&app, Some(&jay), &code.to_lowercase()).await;
    assert_eq!(named["topic_title"], "Induction / county lines");
    let first = join(&app, None, &code).await;
    let second = join(&app, None, &code).await;
    let now = datetime!(2026-11-22 10:00 UTC);
    for (joined, value) in [(&named, 7), (&first, 5), (&second, 6)] {
        assert_eq!(score(&app, joined, "topic", "start", value, now).await.status().as_u16(), 201);
    }
    let live = worker.json(&app, &format!("/api/v1/sessions/{id}")).await;
    assert_eq!(live["joined"], 3);
    assert_eq!(live["measures"][0]["start"]["n"], 3);
    assert_eq!(live["measures"][0]["start"]["mean"], 6.0);

    let moved = worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "end"})).await;
    assert_eq!(moved.status().as_u16(), 200);
    let status = app
        .client
        .get(app.url(&format!("/api/v1/scaling/participants/{}", named["participant_token"].as_str().unwrap())))
        .send()
        .await
        .unwrap();
    let status: Value = status.json().await.unwrap();
    assert_eq!(status["phase"], "end");
    assert_eq!(status["scores"], json!([{"measure": "topic", "moment": "start", "score": 7}]));
    for (joined, value) in [(&named, 9), (&first, 8)] {
        assert_eq!(score(&app, joined, "topic", "end", value, now).await.status().as_u16(), 201);
    }
    assert!(outbox(&app).await.is_empty(), "nothing is relayed before the session closes");
    let closed = worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "closed"})).await;
    assert_eq!(closed.status().as_u16(), 200);

    let report = worker.json(&app, &format!("/api/v1/sessions/{id}/report")).await;
    assert_eq!(report["attendance"], 3);
    let change = &report["changes"][0]["change"];
    assert_eq!(
        (change["start"]["n"].as_u64(), change["start"]["mean"].as_f64(), change["end"]["mean"].as_f64()),
        (Some(2), Some(6.0), Some(8.5))
    );
    assert_eq!(change["mean_change"], 2.5);
    // Who each row is: a name, or the number of an anonymous joiner, which the desk words.
    let who = |report: &Value| -> Vec<(Option<String>, Option<u64>)> {
        report["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["name"].as_str().map(str::to_owned), p["anonymous"].as_u64()))
            .collect()
    };
    assert_eq!(who(&report), [(Some("Jay".to_owned()), None), (None, Some(1)), (None, Some(2))]);

    let csv = worker.get(&app, &format!("/api/v1/sessions/{id}/report.csv")).await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[1].ends_with(",Jay,Session topic,7,9,2"), "{csv}");
    assert!(lines[3].ends_with(",Anonymous 2,Session topic,6,,"), "{csv}");

    // Staff who do not hold Jay's case see the group's figures, not his scores.
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let theirs = officer.json(&app, &format!("/api/v1/sessions/{id}/report")).await;
    assert_eq!(theirs["attendance"], 3);
    assert_eq!(theirs["changes"], report["changes"]);
    assert_eq!(who(&theirs), [(None, Some(1)), (None, Some(2))]);
    let csv = officer.get(&app, &format!("/api/v1/sessions/{id}/report.csv")).await.text().await.unwrap();
    assert!(!csv.contains("Jay"), "{csv}");

    // Closing wrote one event, for the one named young person, with both scores.
    let events = outbox(&app).await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].0, "session.scores");
    assert!(events[0].1.is_some());
    assert_eq!(events[0].2["scores"], json!([{"measure": "topic", "question": "Session topic", "start": 7, "end": 9}]));

    let history = worker.json(&app, &format!("/api/v1/young-people/{}/scaling", events[0].1.as_ref().unwrap())).await;
    assert_eq!(history["rows"][0]["start"], 7);
    assert_eq!(history["rows"][0]["end"], 9);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"session.scores"), "{kinds:?}");
}

#[tokio::test]
async fn a_score_sent_twice_counts_once() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let session = open(&app, &worker, "group", true).await;
    let joined = join(&app, None, session["code"].as_str().unwrap()).await;
    let key = OperationId::new_v7();
    let body = json!({"participant_token": joined["participant_token"], "measure": "topic", "moment": "start", "score": 4, "given_at_ms": millis(datetime!(2026-11-22 10:00 UTC))});
    let first = operation(&app, None, "/api/v1/scaling/scores", body.clone(), Some(&key)).await;
    assert_eq!(first.status().as_u16(), 201);
    let again = operation(&app, None, "/api/v1/scaling/scores", body.clone(), Some(&key)).await;
    assert_eq!(again.status().as_u16(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let other_key = operation(&app, None, "/api/v1/scaling/scores", body, None).await;
    assert_error(other_key, 409, "already_scored").await;
    let live = worker.json(&app, &format!("/api/v1/sessions/{}", session["id"].as_str().unwrap())).await;
    assert_eq!(live["measures"][0]["start"]["n"], 1);
}

#[tokio::test]
async fn scores_made_offline_while_open_count_after_close_and_later_ones_do_not() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let session = open(&app, &worker, "group", false).await;
    let id = session["id"].as_str().unwrap().to_owned();
    let joined = join(&app, Some(&jay), session["code"].as_str().unwrap()).await;
    assert_eq!(score(&app, &joined, "topic", "start", 3, datetime!(2026-11-22 10:00 UTC)).await.status().as_u16(), 201);
    app.clock.advance(Duration::minutes(15));
    worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "end"})).await;
    app.clock.advance(Duration::minutes(10));
    let closed = worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "closed"})).await;
    assert_eq!(closed.status().as_u16(), 200);
    app.clock.advance(Duration::hours(3));

    // Made at 10:20, offline, before the 10:25 close: it counts, and goes to the record.
    assert_eq!(score(&app, &joined, "topic", "end", 6, datetime!(2026-11-22 10:20 UTC)).await.status().as_u16(), 201);
    assert_error(score(&app, &joined, "topic", "end", 6, datetime!(2026-11-22 10:21 UTC)).await, 409, "already_scored").await;
    let rejoin = operation(&app, None, "/api/v1/scaling/join", json!({"code": session["code"]}), None).await;
    assert_error(rejoin, 409, "session_closed").await;
    let events = outbox(&app).await;
    assert_eq!(events.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["session.scores", "session.scores_updated"]);
    assert_eq!(events[1].2["scores"][0]["end"], 6);
    let worker = app.sign_in(Role::Worker).await;
    let report = worker.json(&app, &format!("/api/v1/sessions/{id}/report")).await;
    assert_eq!(report["changes"][0]["change"]["mean_change"], 3.0);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"session.scores_updated"), "{kinds:?}");
}

/// A phone with no signal joins with its own token and its own time, and queues its start score
/// behind the join; both arrive later (after the session closed, too) and count once each.
#[tokio::test]
async fn a_join_made_with_no_signal_counts_from_when_it_was_made() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let session = open(&app, &worker, "group", true).await;
    let (id, code) = (session["id"].as_str().unwrap().to_owned(), session["code"].as_str().unwrap().to_owned());
    let token = "ab".repeat(32);
    let offline_join = |token: &str, at: OffsetDateTime| json!({"code": code, "participant_token": token, "joined_at_ms": millis(at)});
    let key = OperationId::new_v7();

    // Jay joined at 10:01 and scored at 10:02 with no signal; the phone sends both at 10:10.
    app.clock.advance(Duration::minutes(10));
    let sent = operation(&app, Some(&jay), "/api/v1/scaling/join", offline_join(&token, datetime!(2026-11-22 10:01 UTC)), Some(&key)).await;
    assert_eq!(sent.status().as_u16(), 201);
    let joined: Value = sent.json().await.unwrap();
    assert_eq!(joined["participant_token"], token.as_str());
    let again =
        operation(&app, Some(&jay), "/api/v1/scaling/join", offline_join(&token, datetime!(2026-11-22 10:01 UTC)), Some(&key)).await;
    assert_eq!(again.json::<Value>().await.unwrap(), joined, "sent twice, joined once");
    assert_eq!(score(&app, &joined, "topic", "start", 4, datetime!(2026-11-22 10:02 UTC)).await.status().as_u16(), 201);
    let joined_at = rows_with(&app, "SELECT joined_at FROM session_participants WHERE session_id = $1", &[&id]).await;
    assert_eq!(joined_at[0][0].as_deref(), Some(millis(datetime!(2026-11-22 10:01 UTC)).to_string().as_str()));
    // The phone learns what the session asks, which it could not know.
    let status = jay.json(&app, &format!("/api/v1/scaling/participants/{token}")).await;
    assert_eq!((status["kind"].as_str(), status["phase"].as_str()), (Some("group"), Some("start")));
    assert!(status["question"].as_str().is_some_and(|q| !q.is_empty()), "{status}");
    let live = worker.json(&app, &format!("/api/v1/sessions/{id}")).await;
    assert_eq!(live["measures"][0]["start"]["n"], 1);

    // Bad or used tokens are refused by name; a phone clock far behind counts from the opening.
    assert_error(
        operation(&app, None, "/api/v1/scaling/join", offline_join("not-hex", datetime!(2026-11-22 10:03 UTC)), None).await,
        422,
        "invalid_participant_token",
    )
    .await;
    assert_error(
        operation(&app, None, "/api/v1/scaling/join", offline_join(&token, datetime!(2026-11-22 10:03 UTC)), None).await,
        422,
        "invalid_participant_token",
    )
    .await;
    let early = "cd".repeat(32);
    assert_eq!(
        operation(&app, None, "/api/v1/scaling/join", offline_join(&early, datetime!(2020-01-01 00:00 UTC)), None).await.status().as_u16(),
        201
    );
    let opened = rows_with(&app, "SELECT opened_at FROM scaling_sessions WHERE id = $1", &[&id]).await[0][0].clone();
    let counted_from =
        rows_with(&app, "SELECT joined_at FROM session_participants WHERE session_id = $1 AND young_person_id IS NULL", &[&id]).await;
    assert_eq!(counted_from[0][0], opened);

    // After the 10:30 close: a join made before it still counts, with its score; one made after does not.
    app.clock.advance(Duration::minutes(20));
    worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "closed"})).await;
    app.clock.advance(Duration::hours(2));
    let late = "ef".repeat(32);
    let before_close = operation(&app, None, "/api/v1/scaling/join", offline_join(&late, datetime!(2026-11-22 10:20 UTC)), None).await;
    assert_eq!(before_close.status().as_u16(), 201);
    let late_joined = json!({"participant_token": late});
    assert_eq!(score(&app, &late_joined, "topic", "start", 6, datetime!(2026-11-22 10:21 UTC)).await.status().as_u16(), 201);
    let after_close =
        operation(&app, None, "/api/v1/scaling/join", offline_join(&"12".repeat(32), datetime!(2026-11-22 12:00 UTC)), None).await;
    assert_error(after_close, 409, "session_closed").await;
}

/// An end score tapped straight after the start score, before the worker asks, is refused and
/// counts nowhere; once the worker asks, it counts.
#[tokio::test]
async fn an_end_score_counts_only_after_the_worker_asks_for_end_scores() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let session = open(&app, &worker, "group", true).await;
    let id = session["id"].as_str().unwrap().to_owned();
    let joined = join(&app, None, session["code"].as_str().unwrap()).await;
    let at = datetime!(2026-11-22 10:00 UTC);
    assert_eq!(score(&app, &joined, "topic", "start", 3, at).await.status().as_u16(), 201);
    assert_error(score(&app, &joined, "topic", "end", 7, at + Duration::seconds(5)).await, 409, "end_scores_not_open").await;
    let live = worker.json(&app, &format!("/api/v1/sessions/{id}")).await;
    assert_eq!((live["measures"][0]["start"]["n"].as_u64(), live["measures"][0]["end"]["n"].as_u64()), (Some(1), Some(0)), "{live}");

    app.clock.advance(Duration::minutes(20));
    let moved = worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "end"})).await;
    assert_eq!(moved.status().as_u16(), 200);
    // Still refused if the phone says it was given back then, before the worker asked.
    assert_error(score(&app, &joined, "topic", "end", 7, at + Duration::seconds(5)).await, 409, "end_scores_not_open").await;
    assert_eq!(score(&app, &joined, "topic", "end", 7, at + Duration::minutes(21)).await.status().as_u16(), 201);
    let live = worker.json(&app, &format!("/api/v1/sessions/{id}")).await;
    assert_eq!(live["measures"][0]["end"]["n"], 1);
}

#[tokio::test]
async fn bad_scores_and_joins_are_refused_with_their_codes_and_change_nothing() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let session = open(&app, &worker, "group", false).await;
    let id = session["id"].as_str().unwrap().to_owned();
    let code = session["code"].as_str().unwrap().to_owned();
    let at = datetime!(2026-11-22 10:00 UTC);

    assert_error(operation(&app, None, "/api/v1/scaling/join", json!({"code": code}), None).await, 401, "sign_in_to_join").await;
    assert_error(operation(&app, None, "/api/v1/scaling/join", json!({"code": "0000"}), None).await, 404, "join_code_not_found").await;
    let joined = join(&app, Some(&jay), &code).await;
    assert_error(operation(&app, Some(&jay), "/api/v1/scaling/join", json!({"code": code}), None).await, 409, "already_joined").await;

    assert_error(score(&app, &joined, "topic", "start", 11, at).await, 422, "score_out_of_range").await;
    assert_error(score(&app, &joined, "topic", "start", -1, at).await, 422, "score_out_of_range").await;
    assert_error(score(&app, &joined, "learning", "start", 5, at).await, 422, "measure_not_in_session").await;
    assert_error(score(&app, &joined, "topic", "start", 5, at - Duration::hours(2)).await, 422, "implausible_device_time").await;
    assert_error(score(&app, &joined, "topic", "start", 5, at + Duration::hours(2)).await, 422, "implausible_device_time").await;
    let forged = json!({"participant_token": "not-a-token", "measure": "topic", "moment": "start", "score": 5, "given_at_ms": millis(at)});
    assert_error(operation(&app, None, "/api/v1/scaling/scores", forged, None).await, 404, "not_found").await;

    worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "end"})).await;
    assert_error(worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "start"})).await, 409, "phase_cannot_go_back")
        .await;
    worker.post(&app, &format!("/api/v1/sessions/{id}/phase"), json!({"phase": "closed"})).await;
    app.clock.advance(Duration::minutes(5));
    assert_error(score(&app, &joined, "topic", "start", 5, at + Duration::minutes(5)).await, 409, "session_closed").await;
    let carer = app.join(Role::Carer, "2468").await;
    assert_error(operation(&app, Some(&carer), "/api/v1/scaling/join", json!({"code": code}), None).await, 409, "session_closed").await;

    let live = worker.json(&app, &format!("/api/v1/sessions/{id}")).await;
    assert_eq!((live["joined"].as_u64(), live["measures"][0]["start"]["n"].as_u64()), (Some(1), Some(0)));

    let programmes = worker.json(&app, "/api/v1/programmes").await;
    let wrong_topic = worker
        .post(&app, "/api/v1/sessions", json!({"programme_id": programmes[0]["id"], "topic_id": uuid::Uuid::now_v7(), "kind": "group"}))
        .await;
    assert_error(wrong_topic, 422, "topic_not_in_programme").await;
}

#[tokio::test]
async fn officers_define_programmes_and_a_review_scales_three_questions() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let empty = officer.post(&app, "/api/v1/programmes", json!({"name": "Next Steps", "topics": []})).await;
    assert_error(empty, 422, "topics_required").await;
    let blank = officer
        .post(
            &app,
            "/api/v1/programmes",
            json!({"name": "Next Steps", "topics": [{"title": "Week 1", "question": " ", "easy_read_question": "x"}]}),
        )
        .await;
    assert_error(blank, 422, "text_required").await;
    let created = officer
        .post(
            &app,
            "/api/v1/programmes",
            json!({"name": "Next Steps (12-week 1:1)", "topics": [{"title": "Week 1: <b>me</b>", "question": "How well do you know what you want?", "easy_read_question": "Do you know what you want?"}]}),
        )
        .await;
    assert_eq!(created.status().as_u16(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["topics"][0]["title"], "Week 1: <b>me</b>", "kept as text; the app shows it as text");
    let worker = app.sign_in(Role::Worker).await;
    assert_error(worker.post(&app, "/api/v1/programmes", json!({"name": "x", "topics": []})).await, 403, "forbidden").await;

    let review = open(&app, &worker, "programme_review", true).await;
    assert_eq!(review["anonymous_allowed"], false, "a review belongs in the record: never anonymous");
    assert_eq!(review["measures"].as_array().unwrap().len(), 3);
    let jay = app.join(Role::YoungPerson, "1357").await;
    let joined = join(&app, Some(&jay), review["code"].as_str().unwrap()).await;
    let at = datetime!(2026-11-22 10:00 UTC);
    for (measure, start, end) in [("learning", 4, 7), ("future_risk", 3, 8), ("consequences", 2, 8)] {
        assert_eq!(score(&app, &joined, measure, "start", start, at).await.status().as_u16(), 201);
        assert_eq!(score(&app, &joined, measure, "end", end, at).await.status().as_u16(), 201);
    }
    let programme_id = review["programme_id"].as_str().unwrap();
    let report = worker.json(&app, &format!("/api/v1/programmes/{programme_id}/report")).await;
    let rows: Vec<&Value> = report["rows"].as_array().unwrap().iter().filter(|row| row["cohort"] == "Autumn 2026").collect();
    let titles: Vec<&str> = rows.iter().map(|r| r["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["What I have learned", "Staying away from risky situations", "Understanding the consequences of offending"]);
    assert_eq!(rows[1]["change"]["mean_change"], 5.0);
    let csv = worker.get(&app, &format!("/api/v1/programmes/{programme_id}/report.csv")).await.text().await.unwrap();
    assert!(csv.contains(",Autumn 2026,What I have learned,What I have learned,1,1,1,4.00,7.00,3.00,1,0,0"), "{csv}");
}

#[tokio::test]
async fn staff_record_age_sex_and_ethnicity_for_breakdowns() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = worker.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/young-people/{jay}/profile");
    let bad = worker.send(&app, reqwest::Method::PUT, &path, Some(json!({"birth_date": "31/02/2011"}))).await;
    assert_error(bad, 400, "invalid_parameter").await;
    let good = worker
        .send(&app, reqwest::Method::PUT, &path, Some(json!({"birth_date": "2011-03-04", "sex": "Male", "ethnicity": "Mixed"})))
        .await;
    assert_eq!(good.status().as_u16(), 204);
    let stored = rows_with(&app, "SELECT birth_date, sex, ethnicity FROM people WHERE id = $1", &[&jay]).await;
    assert_eq!(stored, [[Some("2011-03-04".to_owned()), Some("Male".into()), Some("Mixed".into())]]);
    let shown = worker.json(&app, &format!("/api/v1/young-people/{jay}/scaling")).await;
    assert_eq!(shown["profile"], json!({"birth_date": "2011-03-04", "sex": "Male", "ethnicity": "Mixed"}));

    // One young person in the programme: every breakdown cell is hidden.
    let session = open(&app, &worker, "group", false).await;
    let phone = app.join(Role::YoungPerson, "1357").await;
    join(&app, Some(&phone), session["code"].as_str().unwrap()).await;
    let report = worker.json(&app, &format!("/api/v1/programmes/{}/report", session["programme_id"].as_str().unwrap())).await;
    for breakdown in report["breakdowns"].as_array().unwrap() {
        assert!(breakdown["cells"].as_array().unwrap().iter().all(|cell| cell["shown"] == "suppressed"), "{breakdown}");
    }
    assert_eq!(report["attendance"][0]["attended"], 1);
}

#[tokio::test]
async fn the_demo_programme_report_shows_the_services_own_figures() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let programmes = officer.json(&app, "/api/v1/programmes").await;
    let report = officer.json(&app, &format!("/api/v1/programmes/{}/report", programmes[0]["id"].as_str().unwrap())).await;
    let means: Vec<(String, f64, f64)> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["title"].as_str().unwrap().to_owned(),
                row["start_all"]["mean"].as_f64().unwrap(),
                row["end_all"]["mean"].as_f64().unwrap(),
            )
        })
        .collect();
    // shared/DOMAIN.md: 7→8, 8→8, 6→9, 5→8, 7.5→9; the review's cohort of nine 3.33→7.44.
    let expected = [
        ("Induction / county lines", 7.0, 8.0),
        ("Gangs and knives", 8.0, 8.0),
        ("Role models and peer influences", 6.0, 9.0),
        ("Mental health and wellbeing", 5.0, 8.0),
        ("Drugs and alcohol", 7.5, 9.0),
    ];
    for (title, start, end) in expected {
        assert!(means.iter().any(|(t, s, e)| t == title && *s == start && *e == end), "{title}: {means:?}");
    }
    let review = means.iter().find(|(t, _, _)| t == "What I have learned").unwrap();
    assert_eq!((format!("{:.2}", review.1), format!("{:.2}", review.2)), ("3.33".to_owned(), "7.44".to_owned()));
}
