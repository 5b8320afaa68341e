//! "I don't feel safe": a young person's alert reaches their worker and the duty staff at once
//! (a discreet, high-urgency push and the staff list), is sent once however often the phone
//! resends it, is acknowledged with what was done, shows "seen" on the phone, goes to the
//! managers when nobody has seen it in the service's time, and reaches the case record as
//! urgent events. Nobody else sees it.

use serde_json::json;
use tandem_backend::reminders::tick;
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;
use time::Duration;

use crate::helpers::{assert_error, count, created, device, family_named, operation, rows, spawn_app, typed_events};
use crate::push_service::FakePushService;

const WORDS: &str = "My brother's friends are outside the flat again";

/// Waits until the push service has received `n` messages (they are sent beside the phone's answer).
async fn received(push: &FakePushService, n: usize) -> Vec<crate::push_service::Received> {
    for _ in 0..100 {
        let got = push.received();
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the push service received {} messages, not {n}", push.received().len());
}

#[tokio::test]
async fn an_alert_reaches_the_worker_at_once_once_and_is_seen() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let manager = app.sign_in(Role::Manager).await;
    let rio = family_named(&app, &worker, "Rio").await;
    let push = FakePushService::start().await;
    assert_eq!(worker.post(&app, "/api/v1/push/subscriptions", push.phone(&[201])).await.status().as_u16(), 201);

    let settings = json!({"duty_phone": " 0300  123 4567 ", "escalate_after_minutes": 15, "duty_staff": []});
    let set = manager.send(&app, reqwest::Method::PUT, "/api/v1/safety/settings", Some(settings)).await;
    assert_eq!(set.status().as_u16(), 200);
    let bad = json!({"duty_phone": "ring the office", "escalate_after_minutes": 15, "duty_staff": []});
    assert_error(manager.send(&app, reqwest::Method::PUT, "/api/v1/safety/settings", Some(bad)).await, 422, "invalid_phone_number").await;

    // Sent from the phone's outbox, then sent again (the answer was lost): one alert, one push.
    let key = OperationId::new_v7();
    let first = created(operation(&app, Some(&rio.phone), "/api/v1/safety/alerts", json!({"words": WORDS}), Some(&key)).await).await;
    let again = operation(&app, Some(&rio.phone), "/api/v1/safety/alerts", json!({"words": WORDS}), Some(&key)).await;
    assert_eq!(again.status().as_u16(), 201);
    assert_eq!(again.json::<serde_json::Value>().await.unwrap()["id"], first["id"]);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM safety_alerts").await, 1);
    let pushed = received(&push, 1).await;
    assert_eq!(pushed.len(), 1);
    assert_eq!(pushed[0].urgency, "high");
    let shown = pushed[0].payload.to_string();
    assert!(!shown.contains("Rio") && !shown.contains("brother"), "the lock screen says nothing of who or what: {shown}");
    assert_eq!(pushed[0].payload["body"], "Someone needs you now. Open Tandem.");

    // The alert id says nothing of when it was made (UUID v4).
    let id = first["id"].as_str().unwrap().to_owned();
    assert_eq!(uuid::Uuid::parse_str(&id).unwrap().get_version_num(), 4);

    let alerts = worker.json(&app, "/api/v1/safety/alerts").await;
    assert_eq!(alerts.as_array().unwrap().len(), 1);
    assert_eq!(alerts[0]["young_person_name"], "Rio");
    assert_eq!(alerts[0]["words"], WORDS);
    assert!(alerts[0]["acknowledgement"].is_null());
    let mine = rio.phone.json(&app, "/api/v1/safety/mine").await;
    assert_eq!(mine["duty_phone"], "0300 123 4567");
    assert!(mine["alerts"][0]["seen_by"].is_null());

    let path = format!("/api/v1/safety/alerts/{id}/acknowledgement");
    assert_error(worker.post(&app, &path, json!({"action": "  "})).await, 422, "text_required").await;
    let seen = worker.post(&app, &path, json!({"action": "Rang Rio; he is safe at his nan's"})).await;
    assert_eq!(seen.status().as_u16(), 200);
    let seen: serde_json::Value = seen.json().await.unwrap();
    let worker_name = seen["acknowledgement"]["by_name"].as_str().unwrap().to_owned();
    // A second "seen" keeps the first.
    let later: serde_json::Value = manager.post(&app, &path, json!({"action": "Also rang"})).await.json().await.unwrap();
    assert_eq!(later["acknowledgement"]["by_name"], worker_name.as_str());
    let mine = rio.phone.json(&app, "/api/v1/safety/mine").await;
    assert_eq!(mine["alerts"][0]["seen_by"], worker_name.as_str());
    assert!(!mine.to_string().contains("nan's"), "the phone is told who saw it, not what staff wrote");

    // The case record gets both, and the audit log says who did what.
    let kinds = typed_events(&app).await;
    assert_eq!(kinds.iter().filter(|kind| **kind == "safety.alert").count(), 1);
    assert_eq!(kinds.iter().filter(|kind| **kind == "safety.acknowledged").count(), 1);
    let audited = rows(&app, "SELECT action FROM audit_log WHERE action LIKE 'safety.%' ORDER BY at").await;
    let actions: Vec<_> = audited.into_iter().filter_map(|row| row[0].clone()).collect();
    assert_eq!(actions, ["safety.settings", "safety.raise", "safety.acknowledge"]);

    // Nobody else: not the carer, not a young person, not a worker who neither holds the case
    // nor is on duty.
    assert_error(rio.carer.post(&app, "/api/v1/safety/alerts", json!({})).await, 403, "forbidden").await;
    let kai = created(manager.post(&app, "/api/v1/young-people", json!({"display_name": "Kai"})).await).await;
    let kai_phone = device(&app, &manager, kai["id"].as_str().unwrap()).await;
    created(operation(&app, Some(&kai_phone), "/api/v1/safety/alerts", json!({"words": ""}), None).await).await;
    let names = |alerts: serde_json::Value| -> Vec<String> {
        alerts.as_array().unwrap().iter().map(|alert| alert["young_person_name"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(names(worker.json(&app, "/api/v1/safety/alerts").await), ["Rio"]);
    assert_eq!(names(manager.json(&app, "/api/v1/safety/alerts").await).len(), 2, "managers see every alert of the service");
    let kai_alert =
        manager.json(&app, "/api/v1/safety/alerts").await.as_array().unwrap().iter().find(|a| a["young_person_name"] == "Kai").unwrap()
            ["id"]
            .clone();
    let not_theirs =
        worker.post(&app, &format!("/api/v1/safety/alerts/{}/acknowledgement", kai_alert.as_str().unwrap()), json!({"action": "x"})).await;
    assert_error(not_theirs, 404, "not_found").await;

    // On duty, the worker sees (and is pushed) every alert of the service.
    let worker_id = worker.json(&app, "/api/v1/me").await["person_id"].clone();
    let duty = json!({"duty_phone": "", "escalate_after_minutes": 15, "duty_staff": [worker_id]});
    assert_eq!(manager.send(&app, reqwest::Method::PUT, "/api/v1/safety/settings", Some(duty)).await.status().as_u16(), 200);
    assert_eq!(names(worker.json(&app, "/api/v1/safety/alerts").await).len(), 2);
    created(operation(&app, Some(&kai_phone), "/api/v1/safety/alerts", json!({"words": "help"}), None).await).await;
    assert_eq!(received(&push, 2).await.len(), 2);

    // In the worker's own language, once they have chosen Welsh.
    let chose = worker.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "cy"}))).await;
    assert!(chose.status().is_success(), "{}", chose.status());
    created(operation(&app, Some(&kai_phone), "/api/v1/safety/alerts", json!({"words": "help again"}), None).await).await;
    let pushed = received(&push, 3).await;
    assert_eq!(pushed[2].payload["body"], "Mae rhywun eich angen chi nawr. Agorwch Tandem.");
    assert_eq!(pushed[2].urgency, "high");
}

#[tokio::test]
async fn an_alert_nobody_sees_in_time_goes_to_the_managers() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let manager = app.sign_in(Role::Manager).await;
    let rio = family_named(&app, &worker, "Rio").await;
    let managers_push = FakePushService::start().await;
    assert_eq!(manager.post(&app, "/api/v1/push/subscriptions", managers_push.phone(&[201])).await.status().as_u16(), 201);
    let settings = json!({"duty_phone": "", "escalate_after_minutes": 10, "duty_staff": []});
    assert_eq!(manager.send(&app, reqwest::Method::PUT, "/api/v1/safety/settings", Some(settings)).await.status().as_u16(), 200);

    let first = created(operation(&app, Some(&rio.phone), "/api/v1/safety/alerts", json!({"words": WORDS}), None).await).await;
    app.clock.advance(Duration::minutes(9));
    assert_eq!(tick(&app.state, "test").await.unwrap().alerts_escalated, 0);
    assert_eq!(managers_push.requests(), 0, "the managers hear nothing while there is time");
    app.clock.advance(Duration::minutes(1));
    assert_eq!(tick(&app.state, "test").await.unwrap().alerts_escalated, 1);
    let pushed = received(&managers_push, 1).await;
    assert_eq!(pushed[0].payload["body"], "Nobody has answered someone who needs help. Open Tandem now.");
    assert_eq!(pushed[0].urgency, "high");
    assert_eq!(tick(&app.state, "test").await.unwrap().alerts_escalated, 0, "once");
    let alerts = manager.json(&app, "/api/v1/safety/alerts").await;
    assert!(alerts[0]["escalated_at"].is_string());
    // The audit log says Tandem sent it on, by itself, about Rio, and when.
    let audit = manager.json(&app, "/api/v1/audit").await;
    let sent_on: Vec<_> = audit.as_array().unwrap().iter().filter(|entry| entry["action"] == "safety.escalate").collect();
    assert_eq!(sent_on.len(), 1, "{audit}");
    assert_eq!(sent_on[0]["young_person_id"], rio.young_person.as_str());
    assert!(sent_on[0]["actor_id"].is_null() && sent_on[0]["actor_name"].is_null() && sent_on[0]["session_id"].is_null());
    let at = time::OffsetDateTime::parse(sent_on[0]["at"].as_str().unwrap(), &time::format_description::well_known::Rfc3339).unwrap();
    assert_eq!(at, tandem_backend::clock::Clock::now(&app.clock));
    assert!(sent_on[0]["detail"].as_str().unwrap().contains(first["id"].as_str().unwrap()));

    // An alert seen in time never goes to the managers.
    let second = created(operation(&app, Some(&rio.phone), "/api/v1/safety/alerts", json!({"words": ""}), None).await).await;
    let path = format!("/api/v1/safety/alerts/{}/acknowledgement", second["id"].as_str().unwrap());
    assert_eq!(worker.post(&app, &path, json!({"action": "Met Rio at school"})).await.status().as_u16(), 200);
    app.clock.advance(Duration::minutes(30));
    assert_eq!(tick(&app.state, "test").await.unwrap().alerts_escalated, 0);
    assert_ne!(first["id"], second["id"]);
}
