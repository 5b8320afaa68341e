use serde_json::json;
use tandem_domain::sync::OperationId;

use tandem_domain::accounts::Role;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn the_same_operation_sent_twice_is_stored_once() {
    let app = spawn_app().await;
    let id = OperationId::new_v7();
    let body = json!({"score": 8, "comment": "It is helping me be a better version of myself"});

    let first = app.post_feedback(&id, body.clone()).await;
    assert_eq!(first.status().as_u16(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first: serde_json::Value = first.json().await.unwrap();

    let second = app.post_feedback(&id, body).await;
    assert_eq!(second.status().as_u16(), 201);
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    let second: serde_json::Value = second.json().await.unwrap();
    assert_eq!(first, second, "a repeat answers with the first result");

    let summary = app.feedback_summary().await;
    assert_eq!(summary["count"], 1);
    assert_eq!(summary["entries"][0]["comment"], "It is helping me be a better version of myself");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_repeats_of_one_operation_store_one_record() {
    let app = spawn_app().await;
    let id = OperationId::new_v7();
    let sends = (0..20).map(|_| app.post_feedback(&id, json!({"score": 5})));
    let responses = futures::future::join_all(sends).await;
    for response in responses {
        assert_eq!(response.status().as_u16(), 201);
    }
    assert_eq!(app.feedback_summary().await["count"], 1);
}

#[tokio::test]
async fn different_operations_are_different_records() {
    let app = spawn_app().await;
    for score in [3, 9] {
        let response = app.post_feedback(&OperationId::new_v7(), json!({"score": score})).await;
        assert_eq!(response.status().as_u16(), 201);
    }
    let summary = app.feedback_summary().await;
    assert_eq!(summary["count"], 2);
    assert_eq!(summary["average"], 6.0);
    assert_eq!(summary["score_counts"][3], 1);
    assert_eq!(summary["score_counts"][9], 1);
}

#[tokio::test]
async fn an_operation_id_reused_for_other_content_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let id = OperationId::new_v7();
    app.post_feedback(&id, json!({"score": 2})).await;
    let reused = app.post_feedback(&id, json!({"score": 10})).await;
    assert_error(reused, 409, "operation_id_reused").await;
    let summary = app.feedback_summary().await;
    assert_eq!(summary["count"], 1);
    assert_eq!(summary["entries"][0]["score"], 2);
}

#[tokio::test]
async fn invalid_feedback_is_refused_with_a_code_and_not_stored() {
    let app = spawn_app().await;
    let cases = [
        (json!({"score": 11}), 422, "score_out_of_range"),
        (json!({"score": -1}), 422, "score_out_of_range"),
        (json!({"score": 5, "comment": "x".repeat(2001)}), 422, "text_too_long"),
        (json!({"score": 5, "comment": "a\u{0}b"}), 422, "text_has_control_characters"),
        (json!({"score": "five"}), 400, "malformed_json"),
        (json!({"comment": "no score"}), 400, "malformed_json"),
    ];
    for (body, status, code) in cases {
        let response = app.post_feedback(&OperationId::new_v7(), body).await;
        assert_error(response, status, code).await;
    }
    assert_eq!(app.feedback_summary().await["count"], 0);
}

#[tokio::test]
async fn markup_in_a_comment_is_kept_as_typed() {
    let app = spawn_app().await;
    let comment = "<script>alert(1)</script> & <b>bold</b>";
    app.post_feedback(&OperationId::new_v7(), json!({"score": 4, "comment": comment})).await;
    assert_eq!(app.feedback_summary().await["entries"][0]["comment"], comment);
}

#[tokio::test]
async fn the_operation_id_must_be_a_uuid_v7() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/app-feedback");
    let missing = app.client.post(&url).json(&json!({"score": 1})).send().await.unwrap();
    assert_error(missing, 400, "missing_operation_id").await;
    let v4 = app
        .client
        .post(&url)
        .header("Idempotency-Key", "0f8fad5b-d9cb-469f-a165-70867728950e")
        .json(&json!({"score": 1}))
        .send()
        .await
        .unwrap();
    assert_error(v4, 400, "invalid_operation_id").await;
    assert_eq!(app.feedback_summary().await["count"], 0);
}

#[tokio::test]
async fn only_feedback_readers_see_the_answers() {
    let app = spawn_app().await;
    let anonymous = app.client.get(app.url("/api/v1/app-feedback")).send().await.unwrap();
    assert_error(anonymous, 401, "unauthorized").await;
    let worker = app.sign_in(Role::Worker).await;
    assert_error(worker.get(&app, "/api/v1/app-feedback").await, 403, "forbidden").await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    assert_eq!(officer.get(&app, "/api/v1/app-feedback").await.status().as_u16(), 200);
}

#[tokio::test]
async fn the_receipt_carries_the_servers_clock() {
    let app = spawn_app().await;
    app.clock.advance(time::Duration::hours(3));
    let response = app.post_feedback(&OperationId::new_v7(), json!({"score": 6})).await;
    let receipt: serde_json::Value = response.json().await.unwrap();
    assert_eq!(receipt["received_at"], "2026-11-22T13:00:00Z");
}

/// Staff read the answers a page at a time (newest first, 100 a page) with the figures over every
/// answer on each page; one address sending a flood of anonymous feedback is turned away.
#[tokio::test]
async fn the_answers_come_a_page_at_a_time_and_a_flood_from_one_address_is_refused() {
    use tandem_backend::accounts::rate_limit::{Limit, Limits};

    let limits =
        Limits { feedback_by_address: Limit { attempts: 160, window: time::Duration::minutes(1) }, ..crate::helpers::generous_limits() };
    let app = crate::helpers::spawn_app_with(limits).await;
    for n in 0..150 {
        let response = app.post_feedback(&OperationId::new_v7(), json!({"score": n % 11, "comment": format!("answer {n}")})).await;
        assert_eq!(response.status().as_u16(), 201, "answer {n}");
    }
    let manager = app.sign_in(Role::Manager).await;
    let first = manager.json(&app, "/api/v1/app-feedback").await;
    assert_eq!(first["count"], 150);
    assert_eq!(first["entries"].as_array().unwrap().len(), 100);
    assert_eq!(first["entries"][0]["comment"], "answer 149", "newest first");
    let next = first["next_before"].as_str().unwrap();
    let second = manager.json(&app, &format!("/api/v1/app-feedback?before={next}")).await;
    assert_eq!(second["entries"].as_array().unwrap().len(), 50);
    assert_eq!(second["entries"][0]["comment"], "answer 49");
    assert_eq!(second["entries"][49]["comment"], "answer 0");
    assert!(second["next_before"].is_null(), "the last page");
    assert_eq!(
        (&first["count"], &first["average"], &first["score_counts"]),
        (&second["count"], &second["average"], &second["score_counts"])
    );

    for n in 150..160 {
        assert_eq!(app.post_feedback(&OperationId::new_v7(), json!({"score": 5})).await.status().as_u16(), 201, "answer {n}");
    }
    let flooded = app.post_feedback(&OperationId::new_v7(), json!({"score": 5})).await;
    assert_error(flooded, 429, "rate_limited").await;
}
