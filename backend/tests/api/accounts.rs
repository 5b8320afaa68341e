use serde_json::json;
use tandem_domain::accounts::Role;
use time::Duration;

use crate::helpers::{assert_error, created, device, dump, generous_limits, operation, rows_with, spawn_app, spawn_app_with, Session};

#[tokio::test]
async fn staff_sign_in_sets_a_strict_http_only_cookie_and_sign_out_ends_it_on_the_server() {
    let app = spawn_app().await;
    let worker = app.demo.people.iter().find(|p| p.role == Role::Worker).unwrap();
    let response = app
        .anonymous_post(
            "/api/v1/auth/sign-in",
            json!({"email": worker.email.unwrap().to_uppercase(), "password": worker.password.as_ref().unwrap().0}),
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    let me: serde_json::Value = response.json().await.unwrap();
    assert_eq!(me["role"], "worker");
    assert_eq!(me["session"]["kind"], "staff");

    let session = crate::helpers::Session { cookie: set_cookie.split(';').next().unwrap().to_owned() };
    assert_eq!(session.json(&app, "/api/v1/me").await["display_name"], "Sam Okafor");
    let out = session.post(&app, "/api/v1/auth/sign-out", json!({})).await;
    assert_eq!(out.status().as_u16(), 204);
    // The same cookie, replayed after sign-out, is refused.
    assert_error(session.get(&app, "/api/v1/me").await, 401, "session_expired").await;
}

#[tokio::test]
async fn wrong_passwords_and_unknown_emails_look_the_same() {
    let app = spawn_app().await;
    for (email, password) in [("sam@demo.tandem.invalid", "not the password"), ("nobody@demo.tandem.invalid", "whatever it is")] {
        let response = app.anonymous_post("/api/v1/auth/sign-in", json!({"email": email, "password": password})).await;
        assert_error(response, 401, "wrong_credentials").await;
    }
}

#[tokio::test]
async fn a_tampered_cookie_is_refused() {
    let app = spawn_app().await;
    let session = app.sign_in(Role::Manager).await;
    let mut tampered = session.clone();
    // Flip the last character to a different one: always a change, whatever the token was.
    let last = tampered.cookie.pop().unwrap();
    tampered.cookie.push(if last == '0' { '1' } else { '0' });
    assert_error(tampered.get(&app, "/api/v1/me").await, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_staff_session_ends_after_thirty_idle_minutes() {
    let app = spawn_app().await;
    let session = app.sign_in(Role::Worker).await;
    app.clock.advance(Duration::minutes(29));
    assert_eq!(session.get(&app, "/api/v1/me").await.status().as_u16(), 200);
    app.clock.advance(Duration::minutes(31));
    assert_error(session.get(&app, "/api/v1/me").await, 401, "session_expired").await;
}

#[tokio::test]
async fn an_invite_is_used_once_and_the_phone_then_chooses_a_pin() {
    let app = spawn_app().await;
    let phone = app.redeem(Role::YoungPerson).await;
    let me = phone.json(&app, "/api/v1/me").await;
    assert_eq!(me["role"], "young_person");
    assert_eq!(me["session"]["pin_set"], false);
    // Before a PIN, nothing but choosing one.
    assert_error(phone.get(&app, "/api/v1/devices").await, 409, "pin_not_set").await;
    assert_error(phone.post(&app, "/api/v1/device/pin", json!({"pin": "12"})).await, 422, "invalid_pin").await;
    assert_eq!(phone.post(&app, "/api/v1/device/pin", json!({"pin": "2468"})).await.status().as_u16(), 200);
    assert_error(phone.post(&app, "/api/v1/device/pin", json!({"pin": "1357"})).await, 409, "pin_already_set").await;
    assert_eq!(phone.json(&app, "/api/v1/devices").await.as_array().unwrap().len(), 1);

    // The same code again: used.
    let person = app.demo.people.iter().find(|p| p.role == Role::YoungPerson).unwrap();
    let again = app.anonymous_post("/api/v1/invites/redeem", json!({"code": person.invite.as_ref().unwrap().0.as_str()})).await;
    assert_error(again, 410, "invite_used_or_expired").await;
    let unknown = app.anonymous_post("/api/v1/invites/redeem", json!({"code": "ACDE-FGHJ-KMNP"})).await;
    assert_error(unknown, 400, "invalid_invite_code").await;
}

#[tokio::test]
async fn an_invite_expires_after_72_hours() {
    let app = spawn_app().await;
    app.clock.advance(Duration::hours(72));
    let person = app.demo.people.iter().find(|p| p.role == Role::Carer).unwrap();
    let response = app.anonymous_post("/api/v1/invites/redeem", json!({"code": person.invite.as_ref().unwrap().0.as_str()})).await;
    assert_error(response, 410, "invite_used_or_expired").await;
}

#[tokio::test]
async fn an_idle_phone_locks_and_five_wrong_pins_end_its_session() {
    let app = spawn_app().await;
    let phone = app.join(Role::YoungPerson, "2468").await;
    app.clock.advance(Duration::minutes(16));
    assert_error(phone.get(&app, "/api/v1/devices").await, 401, "pin_required").await;
    assert_eq!(phone.json(&app, "/api/v1/me").await["session"]["locked"], true);
    assert_eq!(phone.post(&app, "/api/v1/device/unlock", json!({"pin": "2468"})).await.status().as_u16(), 200);
    assert_eq!(phone.get(&app, "/api/v1/devices").await.status().as_u16(), 200);

    app.clock.advance(Duration::minutes(16));
    // Each wrong PIN says how many more the phone may be given.
    for tries_left in (1..=4).rev() {
        let wrong = phone.post(&app, "/api/v1/device/unlock", json!({"pin": "0000"})).await;
        assert_eq!(wrong.status().as_u16(), 401);
        let body: serde_json::Value = wrong.json().await.unwrap();
        assert_eq!(body["error"]["code"], "wrong_pin");
        assert_eq!(body["error"]["tries_left"], tries_left);
    }
    assert_error(phone.post(&app, "/api/v1/device/unlock", json!({"pin": "0000"})).await, 401, "device_session_ended").await;
    assert_error(phone.post(&app, "/api/v1/device/unlock", json!({"pin": "2468"})).await, 401, "device_session_ended").await;
}

#[tokio::test]
async fn quick_exit_locks_the_phone_at_once_until_its_pin() {
    let app = spawn_app().await;
    let phone = app.join(Role::YoungPerson, "2468").await;
    let lock = phone.post(&app, "/api/v1/device/lock", json!({})).await;
    assert_eq!(lock.status().as_u16(), 204);
    // No idle time has passed: locked all the same, and nothing of the person is given out.
    assert_error(phone.get(&app, "/api/v1/plans").await, 401, "pin_required").await;
    assert_eq!(phone.json(&app, "/api/v1/me").await["session"]["locked"], true);
    // Locking again (a second tap, or the page leaving) changes nothing.
    assert_eq!(phone.post(&app, "/api/v1/device/lock", json!({})).await.status().as_u16(), 204);
    assert_error(phone.post(&app, "/api/v1/device/unlock", json!({"pin": "1111"})).await, 401, "wrong_pin").await;
    assert_eq!(phone.post(&app, "/api/v1/device/unlock", json!({"pin": "2468"})).await.status().as_u16(), 200);
    assert_eq!(phone.get(&app, "/api/v1/plans").await.status().as_u16(), 200);
    assert_eq!(phone.json(&app, "/api/v1/me").await["session"]["locked"], false);
}

#[tokio::test]
async fn background_requests_do_not_keep_a_phone_unlocked() {
    let app = spawn_app().await;
    let phone = app.join(Role::Carer, "9753").await;
    for _ in 0..4 {
        app.clock.advance(Duration::minutes(5));
        let response =
            app.client.get(app.url("/api/v1/me")).header("cookie", &phone.cookie).header("tandem-background", "1").send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
    }
    assert_eq!(phone.json(&app, "/api/v1/me").await["session"]["locked"], true);
}

#[tokio::test]
async fn a_young_person_sees_and_removes_their_devices_and_sees_their_carers() {
    let app = spawn_app().await;
    let first = app.join(Role::YoungPerson, "1111").await;
    // A worker makes a second invite for another phone.
    let worker = app.sign_in(Role::Worker).await;
    let young_person = worker.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    let invite: serde_json::Value = worker.post(&app, "/api/v1/invites", json!({"person_id": young_person})).await.json().await.unwrap();
    let code = invite["code"].as_str().unwrap();
    assert!(invite["join_path"].as_str().unwrap().starts_with("/join?code="));
    let response = app.anonymous_post("/api/v1/invites/redeem", json!({"code": code})).await;
    let second = crate::helpers::Session::from_response(&response);
    second.post(&app, "/api/v1/device/pin", json!({"pin": "2222"})).await;

    let devices = first.json(&app, "/api/v1/devices").await;
    let devices = devices.as_array().unwrap();
    assert_eq!(devices.len(), 2);
    let other = devices.iter().find(|d| d["this_device"] == false).unwrap()["id"].as_str().unwrap().to_owned();
    let removed = first.send(&app, reqwest::Method::DELETE, &format!("/api/v1/devices/{other}"), None).await;
    assert_eq!(removed.status().as_u16(), 204);
    assert_error(second.get(&app, "/api/v1/me").await, 401, "device_session_ended").await;

    let carers = first.json(&app, "/api/v1/me/carers").await;
    assert_eq!(carers[0]["display_name"], "Dee (Jay's mum)");
}

#[tokio::test]
async fn a_worker_reaches_only_their_caseload_and_a_stranger_looks_missing() {
    let app = spawn_app().await;
    let manager = app.sign_in(Role::Manager).await;
    let other: serde_json::Value = manager.post(&app, "/api/v1/young-people", json!({"display_name": "Robin"})).await.json().await.unwrap();
    let other_id = other["id"].as_str().unwrap();

    let worker = app.sign_in(Role::Worker).await;
    let caseload = worker.json(&app, "/api/v1/young-people").await;
    assert!(caseload.as_array().unwrap().iter().all(|p| p["display_name"] != "Robin"));
    let forbidden = worker.get(&app, &format!("/api/v1/young-people/{other_id}")).await;
    assert_error(forbidden, 404, "not_found").await;
    let missing = worker.get(&app, &format!("/api/v1/young-people/{}", uuid::Uuid::now_v7())).await;
    assert_error(missing, 404, "not_found").await;
    let invite = worker.post(&app, "/api/v1/invites", json!({"person_id": other_id})).await;
    assert_error(invite, 404, "not_found").await;
    let bad_id = worker.get(&app, "/api/v1/young-people/not-a-uuid").await;
    assert_error(bad_id, 400, "invalid_parameter").await;

    // Allocated by the manager, Robin is on the worker's caseload.
    let worker_id = worker.json(&app, "/api/v1/me").await["person_id"].as_str().unwrap().to_owned();
    let allocate = manager.post(&app, &format!("/api/v1/young-people/{other_id}/workers"), json!({"worker_id": worker_id})).await;
    assert_eq!(allocate.status().as_u16(), 204);
    assert_eq!(worker.get(&app, &format!("/api/v1/young-people/{other_id}")).await.status().as_u16(), 200);

    // Deallocated, Robin looks missing to the worker again.
    let deallocate = format!("/api/v1/young-people/{other_id}/workers/{worker_id}");
    assert_eq!(manager.send(&app, reqwest::Method::DELETE, &deallocate, None).await.status().as_u16(), 204);
    assert_error(worker.get(&app, &format!("/api/v1/young-people/{other_id}")).await, 404, "not_found").await;
}

#[tokio::test]
async fn a_worker_creates_and_links_a_carer_and_invites_them() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let young: serde_json::Value = worker.post(&app, "/api/v1/young-people", json!({"display_name": "Kai"})).await.json().await.unwrap();
    let young_id = young["id"].as_str().unwrap();
    let carer: serde_json::Value = worker.post(&app, "/api/v1/carers", json!({"display_name": "Kai's nan"})).await.json().await.unwrap();
    let carer_id = carer["id"].as_str().unwrap();
    // Not linked yet: no invite.
    assert_error(worker.post(&app, "/api/v1/invites", json!({"person_id": carer_id})).await, 404, "not_found").await;
    let link = worker.post(&app, &format!("/api/v1/young-people/{young_id}/carers"), json!({"carer_id": carer_id})).await;
    assert_eq!(link.status().as_u16(), 204);
    let invite = worker.post(&app, "/api/v1/invites", json!({"person_id": carer_id})).await;
    assert_eq!(invite.status().as_u16(), 201);
    // A young person cannot be linked as a carer.
    let wrong = worker.post(&app, &format!("/api/v1/young-people/{young_id}/carers"), json!({"carer_id": young_id})).await;
    assert_error(wrong, 422, "not_a_carer").await;
    let detail = worker.json(&app, &format!("/api/v1/young-people/{young_id}")).await;
    assert_eq!(detail["carers"][0]["display_name"], "Kai's nan");
    assert_eq!(detail["workers"][0]["display_name"], "Sam Okafor");

    // Unlinked, the carer can no longer be invited, and a second unlink finds nothing.
    let unlink = format!("/api/v1/young-people/{young_id}/carers/{carer_id}");
    assert_eq!(worker.send(&app, reqwest::Method::DELETE, &unlink, None).await.status().as_u16(), 204);
    assert_error(worker.send(&app, reqwest::Method::DELETE, &unlink, None).await, 404, "not_found").await;
    assert_error(worker.post(&app, "/api/v1/invites", json!({"person_id": carer_id})).await, 404, "not_found").await;
    let manager = app.sign_in(Role::Manager).await;
    let audit = manager.json(&app, &format!("/api/v1/audit?young_person_id={young_id}")).await;
    assert!(audit.as_array().unwrap().iter().any(|e| e["action"] == "carer.unlink"));
    assert_error(worker.post(&app, "/api/v1/young-people", json!({"display_name": "  "})).await, 422, "name_required").await;
}

#[tokio::test]
async fn a_revoked_invite_cannot_be_redeemed() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let young_id = worker.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    let invite: serde_json::Value = worker.post(&app, "/api/v1/invites", json!({"person_id": young_id})).await.json().await.unwrap();
    let revoke =
        worker.send(&app, reqwest::Method::DELETE, &format!("/api/v1/invites/{}", invite["invite_id"].as_str().unwrap()), None).await;
    assert_eq!(revoke.status().as_u16(), 204);
    let redeem = app.anonymous_post("/api/v1/invites/redeem", json!({"code": invite["code"]})).await;
    assert_error(redeem, 410, "invite_used_or_expired").await;
}

#[tokio::test]
async fn staff_reads_and_changes_are_audited_and_managers_filter_them() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let young_id = worker.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    worker.get(&app, &format!("/api/v1/young-people/{young_id}")).await;
    let manager = app.sign_in(Role::Manager).await;
    let entries = manager.json(&app, &format!("/api/v1/audit?young_person_id={young_id}")).await;
    let actions: Vec<&str> = entries.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["young_person.read"]);
    assert_eq!(entries[0]["actor_name"], "Sam Okafor");
    let all = manager.json(&app, "/api/v1/audit").await;
    assert!(all.as_array().unwrap().iter().any(|e| e["action"] == "caseload.list"));
    assert_error(worker.get(&app, "/api/v1/audit").await, 403, "forbidden").await;
    assert_error(manager.get(&app, "/api/v1/audit?from=yesterday").await, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn the_admin_creates_staff_who_set_their_own_password_once() {
    let app = spawn_app().await;
    let admin = app.sign_in(Role::Admin).await;
    let created: serde_json::Value = admin
        .post(&app, "/api/v1/staff", json!({"email": "new.worker@demo.tandem.invalid", "display_name": "New Worker", "role": "worker"}))
        .await
        .json()
        .await
        .unwrap();
    let token = created["set_password_path"].as_str().unwrap().split("token=").nth(1).unwrap().to_owned();
    let short = app.anonymous_post("/api/v1/auth/set-password", json!({"token": token, "password": "short"})).await;
    assert_error(short, 422, "password_too_short").await;
    let set = app.anonymous_post("/api/v1/auth/set-password", json!({"token": token, "password": "a long enough passphrase"})).await;
    assert_eq!(set.status().as_u16(), 204);
    let reuse = app.anonymous_post("/api/v1/auth/set-password", json!({"token": token, "password": "another long passphrase"})).await;
    assert_error(reuse, 410, "link_used_or_expired").await;
    let sign_in = app
        .anonymous_post("/api/v1/auth/sign-in", json!({"email": "new.worker@demo.tandem.invalid", "password": "a long enough passphrase"}))
        .await;
    assert_eq!(sign_in.status().as_u16(), 200);
    let taken = admin
        .post(&app, "/api/v1/staff", json!({"email": "NEW.worker@demo.tandem.invalid", "display_name": "Twin", "role": "manager"}))
        .await;
    assert_error(taken, 409, "email_taken").await;
    let not_staff =
        admin.post(&app, "/api/v1/staff", json!({"email": "x@demo.tandem.invalid", "display_name": "X", "role": "carer"})).await;
    assert_error(not_staff, 422, "not_a_worker").await;
}

#[tokio::test]
async fn guessing_is_rate_limited_with_retry_after() {
    let mut limits = generous_limits();
    limits.redeem_by_address.attempts = 3;
    let app = spawn_app_with(limits).await;
    for _ in 0..3 {
        let response = app.anonymous_post("/api/v1/invites/redeem", json!({"code": "ACDE-FGHJ-KMNP"})).await;
        assert_error(response, 400, "invalid_invite_code").await;
    }
    let limited = app.anonymous_post("/api/v1/invites/redeem", json!({"code": "ACDE-FGHJ-KMNP"})).await;
    assert_eq!(limited.headers()["retry-after"], "60");
    assert_error(limited, 429, "rate_limited").await;
}

#[tokio::test]
async fn cross_site_requests_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let before = worker.json(&app, "/api/v1/young-people").await.as_array().unwrap().len();
    for (name, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("origin", "null")] {
        let response = app
            .client
            .post(app.url("/api/v1/young-people"))
            .header("cookie", &worker.cookie)
            .header(name, value)
            .json(&json!({"display_name": "Forged"}))
            .send()
            .await
            .unwrap();
        assert_error(response, 403, "cross_site_request").await;
    }
    let same_origin = app
        .client
        .post(app.url("/api/v1/young-people"))
        .header("cookie", &worker.cookie)
        .header("origin", app.address.clone())
        .header("sec-fetch-site", "same-origin")
        .header("Idempotency-Key", tandem_domain::sync::OperationId::new_v7().to_string())
        .json(&json!({"display_name": "Real"}))
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status().as_u16(), 201);
    assert_eq!(worker.json(&app, "/api/v1/young-people").await.as_array().unwrap().len(), before + 1);
}

#[tokio::test]
async fn a_worker_signs_out_a_lost_phone_or_a_carer_who_should_no_longer_see() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let rio = crate::helpers::family_named(&app, &worker, "Rio").await;
    let path = format!("/api/v1/young-people/{}/devices", rio.young_person);
    let family = worker.json(&app, &path).await;
    let people = family.as_array().unwrap();
    assert_eq!(people.len(), 2, "the young person and their carer: {family}");
    assert_eq!(people[0]["person"]["display_name"], "Rio");
    assert_eq!(people[1]["person"]["display_name"], "Ash");
    let carer_phone = people[1]["devices"][0]["id"].as_str().unwrap().to_owned();

    let ended = worker.send(&app, reqwest::Method::DELETE, &format!("{path}/{carer_phone}"), None).await;
    assert_eq!(ended.status().as_u16(), 204);
    assert_error(rio.carer.get(&app, "/api/v1/plans").await, 401, "device_session_ended").await;
    assert_eq!(rio.phone.get(&app, "/api/v1/plans").await.status().as_u16(), 200, "the young person's phone is untouched");
    assert!(worker.json(&app, &path).await[1]["devices"].as_array().unwrap().is_empty());
    let audited = crate::helpers::rows(&app, "SELECT detail FROM audit_log WHERE action = 'device.end'").await;
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0][0].as_deref(), Some("carer's phone signed out"));

    // Only the family's own phones, and only for staff who hold the case.
    let someone_else = format!("{path}/{}", uuid::Uuid::now_v7());
    assert_error(worker.send(&app, reqwest::Method::DELETE, &someone_else, None).await, 404, "not_found").await;
    let manager = app.sign_in(Role::Manager).await;
    let kai = crate::helpers::created(manager.post(&app, "/api/v1/young-people", json!({"display_name": "Kai"})).await).await;
    let not_theirs = format!("/api/v1/young-people/{}/devices", kai["id"].as_str().unwrap());
    assert_error(worker.get(&app, &not_theirs).await, 404, "not_found").await;
}

/// A double click, a resend after a lost answer, or twenty sends at once with one key make one
/// young person (or carer); the same key with another name is refused, not a second person.
#[tokio::test]
async fn every_creating_write_sent_twice_with_one_key_makes_one() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let programme = worker.json(&app, "/api/v1/programmes").await[0].clone();
    let survey = |title: &str| {
        json!({"survey": {"title": title, "purpose": "To know", "audience": "The team", "respondents": "young_people", "anonymous": false,
            "questions": [{"id": "went", "kind": "yes_no", "wording": "Did you go?", "required": true}]},
            "reach": {"kind": "service"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30"})
    };
    let consultation = |title: &str| {
        json!({"title": title, "background": "For the plan.", "audience": "The board", "invited": {"kind": "young_people"},
            "opens_on": "2026-11-22", "closes_on": "2026-11-30", "anonymous": false,
            "activities": [{"kind": "question", "id": "else", "question": "Anything else?", "voice": false}]})
    };
    let session = |cohort: &str| json!({"programme_id": programme["id"], "topic_id": programme["topics"][0]["id"], "kind": "group", "cohort": cohort, "anonymous_allowed": false});
    let topics = json!([{"title": "Week 1", "question": "How sure are you?", "easy_read_question": "Sure?"}]);
    let told = created(officer.post(&app, "/api/v1/voice/consultations", consultation("Told")).await).await;
    let we_did_path = format!("/api/v1/voice/consultations/{}/responses", told["id"].as_str().unwrap());
    let we_did_listed = format!("/api/v1/voice/consultations/{}/results", told["id"].as_str().unwrap());
    let we_did =
        |words: &str| json!({"about": {"kind": "consultation"}, "we_did": words, "decided_by": "Head of service", "status": "planned"});
    let person = |name: &str| json!({"display_name": name});
    // (who, where, where it is listed and the array's JSON pointer there, the body, another body)
    let writes = [
        (&worker, "/api/v1/young-people", ("/api/v1/young-people", ""), person("Casey"), person("Someone else")),
        (&worker, "/api/v1/carers", ("/api/v1/carers", ""), person("Casey"), person("Someone else")),
        (
            &officer,
            "/api/v1/programmes",
            ("/api/v1/programmes", ""),
            json!({"name": "Next Steps", "topics": topics}),
            json!({"name": "Other", "topics": topics}),
        ),
        (&worker, "/api/v1/sessions", ("/api/v1/sessions", ""), session("Autumn"), session("Spring")),
        (&officer, "/api/v1/surveys", ("/api/v1/surveys", ""), survey("Youth club"), survey("Another")),
        (&officer, "/api/v1/voice/consultations", ("/api/v1/voice/consultations", ""), consultation("Our area"), consultation("Another")),
        (&officer, we_did_path.as_str(), (we_did_listed.as_str(), "/responses"), we_did("A jobs fair"), we_did("Later buses")),
    ];
    for (caller, path, (listed, pointer), body, other) in writes {
        let count = |answer: serde_json::Value| answer.pointer(pointer).and_then(serde_json::Value::as_array).map(Vec::len).unwrap();
        let before = count(caller.json(&app, listed).await);
        let key = tandem_domain::sync::OperationId::new_v7();
        let sends = (0..20).map(|_| operation(&app, Some(caller), path, body.clone(), Some(&key)));
        let answers = futures::future::join_all(sends).await;
        let mut ids = std::collections::HashSet::new();
        let mut replayed = 0;
        for answer in answers {
            assert_eq!(answer.status().as_u16(), 201, "{path}");
            replayed += usize::from(answer.headers().get("idempotent-replayed").is_some());
            ids.insert(answer.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
        }
        assert_eq!((ids.len(), replayed), (1, 19), "{path}: one made, nineteen replays of the first answer");
        assert_eq!(count(caller.json(&app, listed).await), before + 1, "{path}");
        assert_error(operation(&app, Some(caller), path, other, Some(&key)).await, 409, "operation_id_reused").await;
        let unkeyed = app.client.post(app.url(path)).header("cookie", &caller.cookie).json(&body).send().await.unwrap();
        assert_error(unkeyed, 400, "missing_operation_id").await;
    }
}

#[tokio::test]
async fn a_credential_sent_twice_with_one_key_is_made_once_and_kept_only_sealed() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let admin = app.sign_in(Role::Admin).await;
    let casey = created(worker.post(&app, "/api/v1/young-people", json!({"display_name": "Casey"})).await).await;
    let robin = created(worker.post(&app, "/api/v1/young-people", json!({"display_name": "Robin"})).await).await;
    let staff = |email: &str| json!({"email": email, "display_name": "New Worker", "role": "worker"});
    // (who, where, the body, another body, the JSON pointers of the answer's id and its credential)
    let writes = [
        (&worker, "/api/v1/invites", json!({"person_id": casey["id"]}), json!({"person_id": robin["id"]}), ("/invite_id", "/code")),
        (
            &admin,
            "/api/v1/staff",
            staff("new.worker@demo.tandem.invalid"),
            staff("other.worker@demo.tandem.invalid"),
            ("/person_id", "/set_password_path"),
        ),
    ];
    let mut credentials = Vec::new();
    for (caller, path, body, other, (id, credential)) in writes {
        let key = tandem_domain::sync::OperationId::new_v7();
        let sends = (0..20).map(|_| operation(&app, Some(caller), path, body.clone(), Some(&key)));
        let mut made = std::collections::HashSet::new();
        let mut replayed = 0;
        for answer in futures::future::join_all(sends).await {
            let status = answer.status().as_u16();
            replayed += usize::from(answer.headers().get("idempotent-replayed").is_some());
            let answer: serde_json::Value = answer.json().await.unwrap();
            assert_eq!(status, 201, "{path}: {answer}");
            made.insert((answer.pointer(id).unwrap().to_string(), answer.pointer(credential).unwrap().as_str().unwrap().to_owned()));
        }
        assert_eq!((made.len(), replayed), (1, 19), "{path}: one made, nineteen replays of the same credential");
        let (_, shown) = made.into_iter().next().unwrap();
        let secret = shown.rsplit('=').next().unwrap().replace('-', "");
        let stored = dump(rows_with(&app, "SELECT * FROM operations WHERE id = $1", &[&key.to_string()]).await);
        assert!(stored.contains("accounts.") && !stored.contains(&secret), "{path}: the stored answer is sealed: {stored}");
        assert_error(operation(&app, Some(caller), path, other, Some(&key)).await, 409, "operation_id_reused").await;
        let unkeyed = app.client.post(app.url(path)).header("cookie", &caller.cookie).json(&body).send().await.unwrap();
        assert_error(unkeyed, 400, "missing_operation_id").await;
        credentials.push(shown);
    }
    let [code, set_password_path] = <[String; 2]>::try_from(credentials).unwrap();
    let redeemed = app.anonymous_post("/api/v1/invites/redeem", json!({"code": code, "device_label": "Casey's phone"})).await;
    assert_eq!(redeemed.status().as_u16(), 200, "the code given twenty times is the invite's");
    let token = set_password_path.split("token=").nth(1).unwrap();
    let set = app.anonymous_post("/api/v1/auth/set-password", json!({"token": token, "password": "a long enough passphrase"})).await;
    assert_eq!(set.status().as_u16(), 204, "the link given twenty times is the account's");
    let staff_list = admin.json(&app, "/api/v1/staff").await;
    let new_workers = staff_list.as_array().unwrap().iter().filter(|person| person["display_name"] == "New Worker").count();
    assert_eq!(new_workers, 1);
}

/// Staff who leave and staff who forget: an admin disables a worker (their open browser is
/// refused at once, they cannot sign in, their young people are listed for someone else) and
/// enables them again; a new link works once and ends older links and sessions; staff change
/// their own password with the one they have, and are signed out elsewhere. Each is audited.
#[tokio::test]
async fn staff_are_disabled_when_they_leave_and_reset_or_change_their_password() {
    let app = spawn_app().await;
    let admin = app.sign_in(Role::Admin).await;
    let manager = app.sign_in(Role::Manager).await;
    let sam_browser = app.sign_in(Role::Worker).await;
    let sam = app.demo.people.iter().find(|p| p.role == Role::Worker).unwrap();
    let (sam_email, sam_password) = (sam.email.unwrap(), sam.password.as_ref().unwrap().0.clone());
    let accounts = admin.json(&app, "/api/v1/staff/accounts").await;
    let sam_id =
        accounts.as_array().unwrap().iter().find(|a| a["email"] == sam_email).unwrap()["person"]["id"].as_str().unwrap().to_owned();
    let admin_id = admin.json(&app, "/api/v1/me").await["person_id"].as_str().unwrap().to_owned();
    let sign_in = |password: String| app.anonymous_post("/api/v1/auth/sign-in", json!({"email": sam_email, "password": password}));

    // Sam's browser gets safety alerts (staff push subscriptions outlive a sign-in).
    let push = crate::push_service::FakePushService::start().await;
    assert_eq!(sam_browser.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);

    // Disabled: the open browser is refused on its next request; signing in is refused; his
    // browser gets no more pushes.
    let disabled = admin.send(&app, reqwest::Method::PUT, &format!("/api/v1/staff/{sam_id}/disabled"), None).await;
    assert_eq!(disabled.status().as_u16(), 200);
    let disabled: serde_json::Value = disabled.json().await.unwrap();
    let names: Vec<&str> = disabled["young_people"].as_array().unwrap().iter().map(|p| p["display_name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Jay"), "Sam's young people, to give to someone else: {names:?}");
    assert_error(sam_browser.get(&app, "/api/v1/young-people").await, 401, "session_expired").await;
    let subscribed = crate::helpers::count_with(&app, "SELECT COUNT(*) FROM push_subscriptions WHERE person_id = $1", &[&sam_id]).await;
    assert_eq!(subscribed, 0, "no pushes to someone who has left");
    assert_error(sign_in(sam_password.clone()).await, 401, "wrong_credentials").await;
    let pickers = manager.json(&app, "/api/v1/staff").await;
    assert!(!pickers.as_array().unwrap().iter().any(|p| p["id"] == sam_id.as_str()), "no longer offered to be given work");
    let accounts = admin.json(&app, "/api/v1/staff/accounts").await;
    assert_eq!(accounts.as_array().unwrap().iter().find(|a| a["person"]["id"] == sam_id.as_str()).unwrap()["disabled"], true);
    assert_error(
        admin.send(&app, reqwest::Method::PUT, &format!("/api/v1/staff/{admin_id}/disabled"), None).await,
        409,
        "cannot_disable_yourself",
    )
    .await;
    let link_while_disabled = admin.post(&app, &format!("/api/v1/staff/{sam_id}/reset-link"), json!(null)).await;
    assert_error(link_while_disabled, 404, "not_found").await;
    let jay = manager.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    assert_error(admin.send(&app, reqwest::Method::PUT, &format!("/api/v1/staff/{jay}/disabled"), None).await, 404, "not_found").await;

    // Enabled again: the old password works; a new link ends that session and works once.
    assert_eq!(admin.send(&app, reqwest::Method::DELETE, &format!("/api/v1/staff/{sam_id}/disabled"), None).await.status().as_u16(), 204);
    let back = sign_in(sam_password.clone()).await;
    assert_eq!(back.status().as_u16(), 200);
    let back = Session::from_response(&back);
    let key = tandem_domain::sync::OperationId::new_v7().to_string();
    let reset = |key: String| {
        app.client
            .post(app.url(&format!("/api/v1/staff/{sam_id}/reset-link")))
            .header("cookie", &admin.cookie)
            .header("Idempotency-Key", key)
            .send()
    };
    let first = reset(key.clone()).await.unwrap();
    assert_eq!(first.status().as_u16(), 201);
    let first: serde_json::Value = first.json().await.unwrap();
    let again: serde_json::Value = reset(key).await.unwrap().json().await.unwrap();
    assert_eq!(first, again, "one link per Idempotency-Key");
    assert_error(back.get(&app, "/api/v1/young-people").await, 401, "session_expired").await;
    let token = first["set_password_path"].as_str().unwrap().rsplit('=').next().unwrap().to_owned();
    let set = |password: &str| app.anonymous_post("/api/v1/auth/set-password", json!({"token": token, "password": password}));
    assert_eq!(set("a brand new passphrase").await.status().as_u16(), 204);
    assert_error(set("yet another passphrase").await, 410, "link_used_or_expired").await;
    assert_error(sign_in(sam_password).await, 401, "wrong_credentials").await;
    let sam_now = sign_in("a brand new passphrase".into()).await;
    assert_eq!(sam_now.status().as_u16(), 200);
    let sam_now = Session::from_response(&sam_now);

    // Changing one's own password needs the current one; other browsers are signed out.
    let elsewhere = Session::from_response(&sign_in("a brand new passphrase".into()).await);
    let change = |current: &str| {
        sam_now.send(
            &app,
            reqwest::Method::PUT,
            "/api/v1/auth/password",
            Some(json!({"current_password": current, "new_password": "the third passphrase"})),
        )
    };
    assert_error(change("not the password").await, 422, "wrong_current_password").await;
    assert_eq!(change("a brand new passphrase").await.status().as_u16(), 204);
    assert_eq!(sam_now.get(&app, "/api/v1/me").await.status().as_u16(), 200, "this browser stays signed in");
    assert_error(elsewhere.get(&app, "/api/v1/me").await, 401, "session_expired").await;
    assert_eq!(sign_in("the third passphrase".into()).await.status().as_u16(), 200);

    let audit = manager.json(&app, "/api/v1/audit").await;
    let actions: Vec<&str> = audit.as_array().unwrap().iter().map(|entry| entry["action"].as_str().unwrap()).collect();
    for action in ["staff.disable", "staff.enable", "staff.reset_link", "staff.password"] {
        assert_eq!(actions.iter().filter(|a| **a == action).count(), 1, "{action}: {actions:?}");
    }
}

/// Behind a TLS proxy every request comes from the proxy: its `X-Forwarded-For` is believed only
/// when the proxy is one the operator trusts, so one person's wrong guesses do not lock everyone
/// out, and nobody else escapes the limit by writing the header themselves.
#[tokio::test]
async fn a_forwarded_address_counts_for_the_limits_only_from_a_trusted_proxy() {
    use std::sync::Arc;
    use tandem_backend::accounts::client_address::TrustedProxies;
    use tandem_backend::accounts::rate_limit::{Limit, Limits, RateLimiter};

    let app = spawn_app().await;
    let tight = Limits { sign_in_by_address: Limit { attempts: 2, window: Duration::minutes(1) }, ..generous_limits() };
    let serve = |limits: RateLimiter| {
        let mut state = app.state.clone();
        state.limits = Arc::new(limits);
        async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = format!("http://{}", listener.local_addr().unwrap());
            tokio::spawn(tandem_backend::run(listener, state, std::future::pending()));
            address
        }
    };
    // The test's own connections come from 127.0.0.1: the proxy, where it is trusted.
    let behind_proxy = serve(RateLimiter::new(tight.clone()).trusting(TrustedProxies::parse("127.0.0.1").unwrap())).await;
    let not_trusted = serve(RateLimiter::new(tight)).await;
    let guess = |server: &str, from: &str, n: u32| {
        app.client
            .post(format!("{server}/api/v1/auth/sign-in"))
            .header("x-forwarded-for", from)
            .json(&json!({"email": format!("guess{n}@example.org"), "password": "not the password at all"}))
            .send()
    };

    for n in 0..2 {
        assert_eq!(guess(&behind_proxy, "203.0.113.1", n).await.unwrap().status().as_u16(), 401);
    }
    assert_error(guess(&behind_proxy, "203.0.113.1", 2).await.unwrap(), 429, "rate_limited").await;
    assert_eq!(guess(&behind_proxy, "203.0.113.2", 3).await.unwrap().status().as_u16(), 401, "someone else is not locked out");
    // A client that writes its own header first: the address the proxy appended counts.
    assert_error(guess(&behind_proxy, "198.51.100.9, 203.0.113.1", 4).await.unwrap(), 429, "rate_limited").await;

    for n in 0..2 {
        assert_eq!(guess(&not_trusted, "203.0.113.1", n).await.unwrap().status().as_u16(), 401);
    }
    let escaped = guess(&not_trusted, "203.0.113.2", 2).await.unwrap();
    assert_error(escaped, 429, "rate_limited").await;
}

/// Guesses at one account's password are counted in the database: two instances on one database
/// (and one started afresh, as after a restart) share the limit, and the account is kept only
/// as a digest of its email.
#[tokio::test]
async fn the_limit_on_one_accounts_password_holds_across_instances_and_restarts() {
    use std::sync::Arc;
    use tandem_backend::accounts::rate_limit::{Limit, Limits, RateLimiter};

    let app = spawn_app().await;
    let limits = Limits { sign_in_by_email: Limit { attempts: 4, window: Duration::minutes(15) }, ..generous_limits() };
    let instance = || {
        let mut state = app.state.clone();
        state.limits = Arc::new(RateLimiter::new(limits.clone()));
        async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = format!("http://{}", listener.local_addr().unwrap());
            tokio::spawn(tandem_backend::run(listener, state, std::future::pending()));
            address
        }
    };
    let (first, second) = (instance().await, instance().await);
    let sam = app.demo.people.iter().find(|p| p.role == Role::Worker).unwrap();
    let guess = |server: &str, password: &str| {
        app.client.post(format!("{server}/api/v1/auth/sign-in")).json(&json!({"email": sam.email.unwrap(), "password": password})).send()
    };
    for n in 0..4 {
        let server = if n % 2 == 0 { &first } else { &second };
        assert_eq!(guess(server, "a wrong password").await.unwrap().status().as_u16(), 401, "guess {n}");
    }
    assert_error(guess(&first, "a wrong password").await.unwrap(), 429, "rate_limited").await;
    assert_error(guess(&second, "a wrong password").await.unwrap(), 429, "rate_limited").await;
    let restarted = instance().await;
    let right = guess(&restarted, &sam.password.as_ref().unwrap().0).await.unwrap();
    assert_error(right, 429, "rate_limited").await;
    // Another account is not held up by Sam's.
    let admin = app.demo.people.iter().find(|p| p.role == Role::Admin).unwrap();
    let other = app
        .client
        .post(format!("{restarted}/api/v1/auth/sign-in"))
        .json(&json!({"email": admin.email.unwrap(), "password": admin.password.as_ref().unwrap().0}))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status().as_u16(), 200);
    let kept = dump(rows_with(&app, "SELECT account FROM account_attempts", &[]).await);
    assert!(!kept.contains('@') && !kept.contains("sam"), "{kept}");
}

/// What a service needs to see of attempts to get in: a wrong password for a real account (as
/// Tandem's own entry, nobody being signed in), a phone joining with its code, a wrong PIN.
/// Guesses at addresses with no account leave nothing.
#[tokio::test]
async fn failed_sign_ins_wrong_pins_and_redeemed_invites_are_audited() {
    let app = spawn_app().await;
    let manager = app.sign_in(Role::Manager).await;
    let sam = app.demo.people.iter().find(|p| p.role == Role::Worker).unwrap();
    let wrong = app.anonymous_post("/api/v1/auth/sign-in", json!({"email": sam.email.unwrap(), "password": "not Sam's password"})).await;
    assert_error(wrong, 401, "wrong_credentials").await;
    let nobody =
        app.anonymous_post("/api/v1/auth/sign-in", json!({"email": "nobody@example.org", "password": "not anyone's password"})).await;
    assert_error(nobody, 401, "wrong_credentials").await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    assert_eq!(jay.post(&app, "/api/v1/device/lock", json!(null)).await.status().as_u16(), 204);
    assert_error(jay.post(&app, "/api/v1/device/unlock", json!({"pin": "9999"})).await, 401, "wrong_pin").await;

    assert_eq!(manager.json(&app, "/api/v1/me").await["demo"], true, "the demo says so on every page");
    assert_eq!(jay.json(&app, "/api/v1/me").await["demo"], true);
    let audit = manager.json(&app, "/api/v1/audit").await;
    let entries = audit.as_array().unwrap();
    let find = |action: &str| entries.iter().filter(|entry| entry["action"] == action).collect::<Vec<_>>();
    let failed = find("sign_in.failed");
    assert_eq!(failed.len(), 1, "only the real account's: {audit}");
    assert!(failed[0]["actor_id"].is_null());
    let staff = manager.json(&app, "/api/v1/staff").await;
    let sam_id = staff.as_array().unwrap().iter().find(|p| p["display_name"] == sam.display_name).unwrap()["id"].clone();
    assert_eq!(failed[0]["detail"], sam_id);
    let jay_id = jay.json(&app, "/api/v1/me").await["person_id"].clone();
    for action in ["invite.redeem", "device.pin_wrong"] {
        let found = find(action);
        assert_eq!(found.len(), 1, "{action}: {audit}");
        assert_eq!((&found[0]["actor_id"], &found[0]["young_person_id"]), (&jay_id, &jay_id), "{action}");
    }
}

#[tokio::test]
async fn easier_words_are_kept_with_the_person_for_each_of_their_phones() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = app.join(Role::YoungPerson, "2468").await;
    assert_eq!(jay.json(&app, "/api/v1/me").await["easier_words"], false, "off until chosen");

    let on = jay.send(&app, reqwest::Method::PUT, "/api/v1/me/easier-words", Some(json!({"easier_words": true}))).await;
    assert_eq!(on.status().as_u16(), 200);
    assert_eq!(on.json::<serde_json::Value>().await.unwrap()["easier_words"], true);
    // Jay's next phone opens with them too; nobody else's does.
    let jay_id = jay.json(&app, "/api/v1/me").await["person_id"].as_str().unwrap().to_owned();
    let second = device(&app, &worker, &jay_id).await;
    assert_eq!(second.json(&app, "/api/v1/me").await["easier_words"], true);
    assert_eq!(worker.json(&app, "/api/v1/me").await["easier_words"], false);

    let bad = jay.send(&app, reqwest::Method::PUT, "/api/v1/me/easier-words", Some(json!({"easier_words": "yes"}))).await;
    assert!(bad.status().is_client_error(), "{}", bad.status());
    assert_eq!(jay.json(&app, "/api/v1/me").await["easier_words"], true, "a bad request changes nothing");
    let off = second.send(&app, reqwest::Method::PUT, "/api/v1/me/easier-words", Some(json!({"easier_words": false}))).await;
    assert_eq!(off.status().as_u16(), 200);
    assert_eq!(jay.json(&app, "/api/v1/me").await["easier_words"], false);
}
