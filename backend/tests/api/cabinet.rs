//! The youth cabinet: officers keep its members from the service's young people, and each
//! meeting reaches every member as an appointment of their own (reminders and replies
//! included), also for members who join later; leaving or cancelling cancels the places.

use serde_json::{json, Value};
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;

use crate::helpers::{assert_error, count, created, family_named, operation, spawn_app};

fn meeting(date: &str) -> Value {
    json!({"date": date, "start": "17:30", "minutes": 90, "place": "Town hall, committee room 2",
           "purpose": "Youth cabinet: the budget consultation", "with_whom": "Priya (participation officer)",
           "title": "Youth cabinet", "repeat": "fortnightly", "times": 2})
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|member| member["name"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn cabinet_meetings_are_members_appointments() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let worker = app.sign_in(Role::Worker).await;
    let kai = family_named(&app, &worker, "Kai").await;
    let lea = family_named(&app, &worker, "Lea").await;

    // The picker: the service's young people, not carers or staff, and not members already.
    let candidates = officer.json(&app, "/api/v1/voice/cabinet/candidates").await;
    assert!(names(&candidates).contains(&"Kai") && names(&candidates).contains(&"Lea"));
    assert!(candidates.as_array().unwrap().iter().all(|c| c["young_person_id"] != kai.carer_id.as_str()));
    officer.post(&app, "/api/v1/voice/cabinet", json!({"young_person_id": kai.young_person})).await;
    assert!(!names(&officer.json(&app, "/api/v1/voice/cabinet/candidates").await).contains(&"Kai"));

    // Bad meetings are named, and nothing is made.
    let path = "/api/v1/voice/cabinet/meetings";
    for (change, code) in [
        (json!({"date": "2026-11-21"}), "appointment_in_past"),
        (json!({"place": "  "}), "text_required"),
        (json!({"minutes": 600}), "out_of_range"),
    ] {
        let mut bad = meeting("2026-11-26");
        for (field, value) in change.as_object().unwrap() {
            bad[field] = value.clone();
        }
        assert_error(operation(&app, Some(&officer), path, bad, None).await, 422, code).await;
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cabinet_meetings").await, 0);

    let key = OperationId::new_v7();
    let made = created(operation(&app, Some(&officer), path, meeting("2026-11-26"), Some(&key)).await).await;
    assert_eq!((made[0]["date"].as_str(), made[1]["date"].as_str()), (Some("2026-11-26"), Some("2026-12-10")));
    assert_eq!((made[0]["start"].as_str(), made[0]["invited"].as_u64()), (Some("5:30pm"), Some(1)));
    let again = operation(&app, Some(&officer), path, meeting("2026-11-26"), Some(&key)).await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM cabinet_meetings").await, 2, "a resend makes nothing");

    // Kai has both as appointments (with reminders); Lea, not a member, has none.
    let kais = kai.phone.json(&app, "/api/v1/appointments").await;
    let kais: Vec<&Value> = kais.as_array().unwrap().iter().filter(|a| a["title"] == "Youth cabinet").collect();
    assert_eq!(kais.len(), 2);
    assert_eq!(kais[0]["place"], "Town hall, committee room 2");
    assert_eq!(kais[0]["purpose"], "Youth cabinet: the budget consultation");
    let reminders = format!("SELECT COUNT(*) FROM reminders WHERE person_id = '{}' AND kind <> 'voice_news'", kai.young_person);
    assert!(count(&app, &reminders).await >= 2);
    assert!(lea.phone.json(&app, "/api/v1/appointments").await.as_array().unwrap().iter().all(|a| a["title"] != "Youth cabinet"));

    // Kai says he will come; the officer sees it on the meeting.
    let first = kais[0]["id"].as_str().unwrap();
    created(operation(&app, Some(&kai.phone), &format!("/api/v1/appointments/{first}/replies"), json!({"coming": true}), None).await).await;
    let meetings = officer.json(&app, path).await;
    assert_eq!(meetings[0]["replies"][0]["name"], "Kai");
    assert_eq!(meetings[0]["replies"][0]["coming"], true);
    assert!(meetings[1]["replies"].as_array().unwrap().is_empty());

    // Lea joins: she is given both meetings still to come.
    officer.post(&app, "/api/v1/voice/cabinet", json!({"young_person_id": lea.young_person})).await;
    let leas = lea.phone.json(&app, "/api/v1/appointments").await;
    assert_eq!(leas.as_array().unwrap().iter().filter(|a| a["title"] == "Youth cabinet").count(), 2);
    assert_eq!(officer.json(&app, path).await[1]["invited"], 2);

    // Cancelling the second meeting cancels both members' places; once only.
    let second = meetings[1]["id"].as_str().unwrap();
    let cancelled = officer.post(&app, &format!("{path}/{second}/cancel"), json!({})).await.json::<Value>().await.unwrap();
    assert_eq!((cancelled[1]["cancelled"].as_bool(), cancelled[1]["invited"].as_u64()), (Some(true), Some(0)));
    assert_error(officer.post(&app, &format!("{path}/{second}/cancel"), json!({})).await, 404, "not_found").await;
    let kais = kai.phone.json(&app, "/api/v1/appointments").await;
    let states: Vec<&str> =
        kais.as_array().unwrap().iter().filter(|a| a["title"] == "Youth cabinet").map(|a| a["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["upcoming", "cancelled"]);

    // Lea leaves: her place at the first meeting is cancelled; Kai's stays.
    officer.send(&app, reqwest::Method::DELETE, &format!("/api/v1/voice/cabinet/{}", lea.young_person), None).await;
    let leas = lea.phone.json(&app, "/api/v1/appointments").await;
    assert!(leas.as_array().unwrap().iter().filter(|a| a["title"] == "Youth cabinet").all(|a| a["state"] == "cancelled"));
    assert_eq!(officer.json(&app, path).await[0]["invited"], 1);

    // Another service's officer sees none of it (the demo has one service: a made-up id is not found).
    let stranger = format!("{path}/{}/cancel", uuid::Uuid::now_v7());
    assert_error(officer.post(&app, &stranger, json!({})).await, 404, "not_found").await;
}
