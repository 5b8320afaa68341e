//! Closing a case: what is to come ends, the phones send what they hold and then go, nothing new
//! is added, and reopening lets the work start again.

use serde_json::json;
use tandem_domain::accounts::Role;
use time::macros::datetime;

use crate::helpers::{
    assert_error, count_with, created, execute, family, family_named, move_clock_to, operation, rows_with, spawn_app, Session, TestApp,
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
