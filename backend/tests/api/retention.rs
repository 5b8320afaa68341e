//! Keeping data no longer than needed: a delivered event's contents go after the service's time
//! and not before, an event not yet in the record keeps them, operation answers go after a
//! month, a closed case is erased when its months are over, and a manager sets the times.

use serde_json::json;
use tandem_backend::retention::purge;
use tandem_domain::accounts::Role;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use crate::helpers::{
    assert_error, count, count_with, created, family_named, move_clock_to, operation, rows_with, spawn_app, Session, TestApp,
};

const START: OffsetDateTime = datetime!(2026-11-22 10:00 UTC);

/// Jay sends a complaint by name; answers its event's id in the relay log.
async fn complaint_event(app: &TestApp, jay: &Session, manager: &Session, text: &str) -> String {
    let follow_token = uuid::Uuid::now_v7().simple().to_string();
    let body = json!({"kind": "complaint", "text": text, "anonymous": false, "follow_token": follow_token});
    created(operation(app, Some(jay), "/api/v1/complaints", body, None).await).await;
    let events = manager.json(app, "/api/v1/relay/events").await;
    let ids: Vec<&str> = events.as_array().unwrap().iter().filter_map(|e| e["id"].as_str()).collect();
    let found = rows_with(app, "SELECT id FROM outbox_events WHERE payload LIKE $1", &[&format!("%{text}%")]).await;
    let id = found[0][0].clone().unwrap();
    assert!(ids.contains(&id.as_str()), "the manager's relay log lists it");
    id
}

async fn payload(app: &TestApp, event: &str) -> (String, Option<String>) {
    let row = rows_with(app, "SELECT payload, CAST(payload_removed_at AS TEXT) FROM outbox_events WHERE id = $1", &[event]).await;
    (row[0][0].clone().unwrap(), row[0][1].clone())
}

#[tokio::test]
async fn a_delivered_events_contents_go_after_the_services_time_and_not_before() {
    let app = spawn_app().await;
    let jay = app.join(Role::YoungPerson, "4826").await;
    let mut manager = app.sign_in(Role::Manager).await;
    let delivered = complaint_event(&app, &jay, &manager, "The letter came to the wrong house.").await;
    let recorded = manager.send(&app, reqwest::Method::POST, &format!("/api/v1/relay/events/{delivered}/recorded"), None).await;
    assert_eq!(recorded.status().as_u16(), 204);
    let queued = complaint_event(&app, &jay, &manager, "Nobody called me back.").await;
    let operations_at_start = count(&app, "SELECT COUNT(*) FROM operations").await;
    assert!(operations_at_start >= 2, "each complaint's answer is kept for a resend");

    // 29 days on: nothing is past its time.
    move_clock_to(&app, START + Duration::days(29));
    let report = purge(&app.state, START + Duration::days(29)).await.unwrap();
    assert_eq!(report.payloads.values().sum::<u64>(), 0);
    assert!(payload(&app, &delivered).await.0.contains("wrong house"));

    // 31 days on: the delivered event's contents are gone, the waiting one keeps its own, and
    // the month-old operation answers are gone.
    let now = START + Duration::days(31);
    move_clock_to(&app, now);
    let report = purge(&app.state, now).await.unwrap();
    assert_eq!(report.payloads.values().sum::<u64>(), 1);
    assert_eq!(report.operation_answers, u64::try_from(operations_at_start).unwrap());
    let (contents, removed_at) = payload(&app, &delivered).await;
    assert_eq!(contents, "{}");
    assert!(removed_at.is_some());
    assert!(payload(&app, &queued).await.0.contains("called me back"), "not yet in the record: kept");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM operations").await, 0);
    assert_eq!(count_with(&app, "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND actor_id IS NULL", &["retention.purge"]).await, 1);
    // The relay log still says it happened and when it reached the record.
    manager = app.sign_in(Role::Manager).await;
    let events = manager.json(&app, "/api/v1/relay/events").await;
    let logged = events.as_array().unwrap().iter().find(|e| e["id"] == delivered.as_str()).unwrap();
    assert_eq!(logged["status"], "recorded");
    // A second purge finds nothing more.
    assert_eq!(purge(&app.state, now).await.unwrap().payloads.values().sum::<u64>(), 0);
}

#[tokio::test]
async fn a_manager_sets_how_long_delivered_events_are_kept() {
    let app = spawn_app().await;
    let manager = app.sign_in(Role::Manager).await;
    assert_eq!(manager.json(&app, "/api/v1/data-rights/retention").await, json!({"delivered_event_days": 30, "closed_case_months": 12}));
    let put = |days: i64| {
        let manager = manager.clone();
        let app = &app;
        async move {
            manager
                .send(
                    app,
                    reqwest::Method::PUT,
                    "/api/v1/data-rights/retention",
                    Some(json!({"delivered_event_days": days, "closed_case_months": 12})),
                )
                .await
        }
    };
    let refused = put(6).await;
    assert_eq!(refused.status().as_u16(), 422);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!((body["error"]["code"].as_str(), body["error"]["field"].as_str()), (Some("out_of_range"), Some("delivered_event_days")));
    assert_eq!(put(7).await.status().as_u16(), 204);
    assert_eq!(manager.json(&app, "/api/v1/data-rights/retention").await, json!({"delivered_event_days": 7, "closed_case_months": 12}));

    let jay = app.join(Role::YoungPerson, "4826").await;
    // A young person's phone is told the same, to say it in words.
    let about = jay.json(&app, "/api/v1/data-rights/about-me").await;
    assert_eq!(about, json!({"delivered_event_days": 7, "closed_case_sending_days": 30, "closed_case_months": 12}));
    let delivered = complaint_event(&app, &jay, &manager, "The room was too cold.").await;
    assert_eq!(
        manager.send(&app, reqwest::Method::POST, &format!("/api/v1/relay/events/{delivered}/recorded"), None).await.status().as_u16(),
        204
    );
    let now = START + Duration::days(8);
    move_clock_to(&app, now);
    assert_eq!(purge(&app.state, now).await.unwrap().payloads.values().sum::<u64>(), 1, "a week is the service's time now");
    assert_eq!(payload(&app, &delivered).await.0, "{}");

    // Workers may not change it.
    let worker = app.sign_in(Role::Worker).await;
    assert_error(worker.get(&app, "/api/v1/data-rights/retention").await, 403, "forbidden").await;
}

#[tokio::test]
async fn a_closed_case_is_erased_when_its_months_are_over_and_not_while_an_event_waits() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let early = family_named(&app, &worker, "Quillon").await;
    let waiting = family_named(&app, &worker, "Brisbane").await;
    // Brisbane's complaint has not reached the case record when both cases close.
    let body = json!({"kind": "complaint", "text": "Nobody answered the phone.", "anonymous": false, "follow_token": "f".repeat(32)});
    created(operation(&app, Some(&waiting.phone), "/api/v1/complaints", body, None).await).await;
    for young_person in [&early.young_person, &waiting.young_person] {
        let path = format!("/api/v1/young-people/{young_person}/closure");
        let closed =
            worker.send(&app, reqwest::Method::PUT, &path, Some(json!({"closed_on": "2026-11-22", "reason": "work_completed"}))).await;
        assert_eq!(closed.status().as_u16(), 200);
    }
    let name_of = |id: &str| {
        let id = id.to_owned();
        let app = &app;
        async move { rows_with(app, "SELECT display_name FROM people WHERE id = $1", &[&id]).await[0][0].clone().unwrap() }
    };

    // Twelve months (of 31 days) are not over at 371 days.
    let now = START + Duration::days(371);
    move_clock_to(&app, now);
    assert_eq!(purge(&app.state, now).await.unwrap().people_erased, 0);
    assert_eq!(name_of(&early.young_person).await, "Quillon");

    // Over: Quillon and their carer (linked to no one else) are erased; Brisbane waits for
    // the complaint to reach the record.
    let now = START + Duration::days(373);
    move_clock_to(&app, now);
    assert_eq!(purge(&app.state, now).await.unwrap().people_erased, 2);
    assert_eq!(name_of(&early.young_person).await, "");
    assert_eq!(name_of(&early.carer_id).await, "");
    assert_eq!(name_of(&waiting.young_person).await, "Brisbane");
    let erased = rows_with(&app, "SELECT detail FROM audit_log WHERE action = 'person.erase' AND actor_id IS NULL", &[]).await;
    assert_eq!(erased.len(), 2);
    assert_eq!(erased[0][0].as_deref(), Some("the case closed on 2026-11-22 and its time is over"));

    let manager = app.sign_in(Role::Manager).await;
    for event in
        rows_with(&app, "SELECT id FROM outbox_events WHERE young_person_id = $1 AND status <> 'delivered'", &[&waiting.young_person]).await
    {
        let path = format!("/api/v1/relay/events/{}/recorded", event[0].as_deref().unwrap());
        assert_eq!(manager.post(&app, &path, json!({})).await.status().as_u16(), 204);
    }
    assert_eq!(purge(&app.state, now).await.unwrap().people_erased, 2);
    assert_eq!(name_of(&waiting.young_person).await, "");
}
