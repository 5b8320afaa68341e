//! Keeping data no longer than needed: a delivered event's contents go after the service's time
//! and not before, an event not yet in the record keeps them, operation answers go after a
//! month, voice notes go after the same time once relayed, a closed case is erased when its
//! months are over, the audit log's entries go after its years, and a manager sets the times.

use serde_json::json;
use tandem_backend::retention::purge;
use tandem_domain::accounts::Role;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use crate::helpers::{
    assert_error, count, count_with, created, family_named, move_clock_to, operation, rows_with, spawn_app, try_execute, Session, TestApp,
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
    assert_eq!(
        manager.json(&app, "/api/v1/data-rights/retention").await,
        json!({"delivered_event_days": 30, "closed_case_months": 12, "audit_log_years": 6})
    );
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
    let years = manager
        .send(
            &app,
            reqwest::Method::PUT,
            "/api/v1/data-rights/retention",
            Some(json!({"delivered_event_days": 30, "closed_case_months": 12, "audit_log_years": 2})),
        )
        .await;
    assert_eq!(years.status().as_u16(), 422);
    let body: serde_json::Value = years.json().await.unwrap();
    assert_eq!(body["error"]["field"], "audit_log_years");
    assert_eq!(put(7).await.status().as_u16(), 204);
    assert_eq!(
        manager.json(&app, "/api/v1/data-rights/retention").await,
        json!({"delivered_event_days": 7, "closed_case_months": 12, "audit_log_years": 6})
    );

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

/// Marks every event of `young_person` not yet delivered as recorded by hand.
async fn record_everything_of(app: &TestApp, manager: &Session, young_person: &str) {
    for event in rows_with(app, "SELECT id FROM outbox_events WHERE young_person_id = $1 AND status <> 'delivered'", &[young_person]).await
    {
        let path = format!("/api/v1/relay/events/{}/recorded", event[0].as_deref().unwrap());
        assert_eq!(manager.post(app, &path, json!({})).await.status().as_u16(), 204);
    }
}

#[tokio::test]
async fn a_voice_note_goes_after_the_services_time_once_what_was_said_with_it_is_in_the_record() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let consultation = json!({
        "title": "The youth centre next year", "background": "What should the centre do?", "audience": "Head of service",
        "invited": {"kind": "young_people"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30", "anonymous": false,
        "activities": [{"kind": "question", "id": "else", "question": "Anything else we should know?", "voice": true}]
    });
    let id = created(officer.post(&app, "/api/v1/voice/consultations", consultation).await).await["id"].as_str().unwrap().to_owned();
    assert_eq!(officer.post(&app, &format!("/api/v1/voice/consultations/{id}/publish"), json!({})).await.status().as_u16(), 200);
    use base64::Engine;
    let note = json!({"content_type": "audio/webm;codecs=opus", "base64": base64::engine::general_purpose::STANDARD.encode([7u8; 4000])});
    let (relayed, waiting) = (family_named(&app, &worker, "Marisol").await, family_named(&app, &worker, "Thaddeus").await);
    for family in [&relayed, &waiting] {
        let body = json!({"activity_id": "else", "voice_note": note, "given_at_ms": (START.unix_timestamp_nanos() / 1_000_000) as i64});
        created(operation(&app, Some(&family.phone), &format!("/api/v1/voice/consultations/{id}/answers"), body, None).await).await;
    }
    let manager = app.sign_in(Role::Manager).await;
    record_everything_of(&app, &manager, &relayed.young_person).await;
    let notes = || count(&app, "SELECT COUNT(*) FROM consultation_voice_notes");
    assert_eq!(notes().await, 2);

    // 29 days on, both are kept; 31 days on, the relayed one goes, the waiting one stays.
    let now = START + Duration::days(29);
    move_clock_to(&app, now);
    assert!(purge(&app.state, now).await.unwrap().voice_notes.is_empty());
    let now = START + Duration::days(31);
    move_clock_to(&app, now);
    assert_eq!(purge(&app.state, now).await.unwrap().voice_notes.values().sum::<u64>(), 1);
    assert_eq!(notes().await, 1);
    let spoken = "SELECT COUNT(*) FROM consultation_answers a JOIN consultation_voice_notes n ON n.answer_id = a.id WHERE a.person_id = $1";
    assert_eq!(count_with(&app, spoken, &[&waiting.young_person]).await, 1);
    // The answer stays, no longer offering a recording to play.
    let marked = "SELECT COUNT(*) FROM consultation_answers WHERE person_id = $1 AND has_voice_note = 0";
    assert_eq!(count_with(&app, marked, &[&relayed.young_person]).await, 1);
    let manager = app.sign_in(Role::Manager).await;
    record_everything_of(&app, &manager, &waiting.young_person).await;
    assert_eq!(purge(&app.state, now).await.unwrap().voice_notes.values().sum::<u64>(), 1);
    assert_eq!(notes().await, 0);
    let audited = rows_with(&app, "SELECT detail FROM audit_log WHERE action = 'retention.purge' ORDER BY at, id", &[]).await;
    assert!(audited.iter().any(|row| row[0].as_deref().unwrap().contains("1 voice notes removed")), "{audited:?}");
}

#[tokio::test]
async fn audit_entries_go_after_the_services_years_and_the_log_refuses_any_other_change() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family_named(&app, &worker, "Anselm").await;
    assert!(worker.get(&app, &format!("/api/v1/young-people/{}", family.young_person)).await.status().is_success());
    let early = count(&app, "SELECT COUNT(*) FROM audit_log").await;
    assert!(early > 0);

    // Six years of 365 days are not six years of 366: nothing goes.
    let now = START + Duration::days(6 * 365 + 1);
    move_clock_to(&app, now);
    assert!(purge(&app.state, now).await.unwrap().audit_entries.is_empty());
    let worker = app.sign_in(Role::Worker).await;
    assert!(worker.get(&app, &format!("/api/v1/young-people/{}", family.young_person)).await.status().is_success());
    let later = count(&app, "SELECT COUNT(*) FROM audit_log").await - early;
    assert!(later > 0);

    // Over: the early entries go, the later ones stay, and the removal is on record.
    let now = START + Duration::days(6 * 366 + 1);
    move_clock_to(&app, now);
    let report = purge(&app.state, now).await.unwrap();
    assert_eq!(report.audit_entries.values().sum::<u64>(), u64::try_from(early).unwrap());
    let kept = count(&app, "SELECT COUNT(*) FROM audit_log WHERE action <> 'retention.purge'").await;
    assert_eq!(kept, later);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log_removals").await, 1);
    let purged = rows_with(&app, "SELECT detail FROM audit_log WHERE action = 'retention.purge'", &[]).await;
    assert_eq!(purged[0][0].as_deref(), Some(format!("{early} audit entries past their years removed").as_str()));

    // Otherwise append-only: no entry changed but for emptying its words, none removed early.
    assert!(try_execute(&app, "UPDATE audit_log SET action = 'nothing'").await.is_err());
    assert!(try_execute(&app, "UPDATE audit_log SET detail = 'something else' WHERE detail <> ''").await.is_err());
    assert!(try_execute(&app, "DELETE FROM audit_log").await.is_err());
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action <> 'retention.purge'").await, later);
    assert!(try_execute(&app, "UPDATE audit_log SET detail = '' WHERE action = 'retention.purge'").await.is_ok());
}
