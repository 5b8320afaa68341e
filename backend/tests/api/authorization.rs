//! The allow/deny matrix: every operation in the OpenAPI document, called by every role and by
//! an anonymous caller. The table below is written by hand, apart from the code it checks; an
//! operation missing from it fails the test, so no endpoint ships without a decision.

use std::collections::BTreeSet;

use serde_json::json;
use tandem_domain::accounts::Role;

use crate::helpers::{spawn_app, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Signed(Role),
}

const EVERYONE: &[&str] = &["anonymous", "young_person", "carer", "worker", "participation_officer", "manager", "admin"];
const SIGNED_IN: &[&str] = &["young_person", "carer", "worker", "participation_officer", "manager", "admin"];
const DEVICES: &[&str] = &["young_person", "carer"];
const CASE_STAFF: &[&str] = &["worker", "manager"];
const SESSION_STAFF: &[&str] = &["worker", "participation_officer", "manager"];
const STAFF: &[&str] = &["worker", "participation_officer", "manager", "admin"];
const SURVEY_STAFF: &[&str] = &["participation_officer", "manager"];

/// Who may call each operation.
fn table() -> Vec<(&'static str, &'static str, &'static [&'static str])> {
    vec![
        ("get", "/api/v1/health", EVERYONE),
        ("get", "/api/v1/openapi.json", EVERYONE),
        ("get", "/api/v1/fhir/questionnaires", EVERYONE),
        ("post", "/api/v1/app-feedback", EVERYONE),
        ("get", "/api/v1/app-feedback", &["participation_officer", "manager", "admin"]),
        ("post", "/api/v1/auth/sign-in", EVERYONE),
        ("post", "/api/v1/auth/set-password", EVERYONE),
        ("post", "/api/v1/invites/redeem", EVERYONE),
        ("get", "/api/v1/me", SIGNED_IN),
        ("put", "/api/v1/me/language", SIGNED_IN),
        ("put", "/api/v1/me/easier-words", SIGNED_IN),
        ("post", "/api/v1/auth/sign-out", SIGNED_IN),
        ("get", "/api/v1/staff", &["manager", "admin"]),
        ("post", "/api/v1/staff", &["admin"]),
        ("get", "/api/v1/staff/accounts", &["admin"]),
        ("put", "/api/v1/staff/{id}/disabled", &["admin"]),
        ("delete", "/api/v1/staff/{id}/disabled", &["admin"]),
        ("post", "/api/v1/staff/{id}/reset-link", &["admin"]),
        ("put", "/api/v1/auth/password", STAFF),
        ("post", "/api/v1/auth/passkey/challenge", EVERYONE),
        ("post", "/api/v1/auth/passkey", EVERYONE),
        ("get", "/api/v1/passkeys", STAFF),
        ("post", "/api/v1/passkeys", STAFF),
        ("post", "/api/v1/passkeys/registration", STAFF),
        ("put", "/api/v1/passkeys/{id}", STAFF),
        ("delete", "/api/v1/passkeys/{id}", STAFF),
        ("get", "/api/v1/passkeys/settings", &["admin"]),
        ("put", "/api/v1/passkeys/settings", &["admin"]),
        ("get", "/api/v1/young-people", CASE_STAFF),
        ("post", "/api/v1/young-people", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}", CASE_STAFF),
        ("post", "/api/v1/young-people/{id}/carers", CASE_STAFF),
        ("post", "/api/v1/young-people/{id}/workers", &["manager"]),
        ("delete", "/api/v1/young-people/{id}/carers/{carer_id}", CASE_STAFF),
        ("delete", "/api/v1/young-people/{id}/workers/{worker_id}", &["manager"]),
        ("get", "/api/v1/young-people/{id}/devices", CASE_STAFF),
        ("delete", "/api/v1/young-people/{id}/devices/{session_id}", CASE_STAFF),
        ("put", "/api/v1/young-people/{id}/closure", CASE_STAFF),
        ("get", "/api/v1/data-rights/retention", &["manager"]),
        ("get", "/api/v1/data-rights/about-me", DEVICES),
        ("post", "/api/v1/people/{id}/erasure", &["manager"]),
        ("get", "/api/v1/people/{id}/subject-access", &["manager"]),
        ("get", "/api/v1/people/{id}/subject-access.html", &["manager"]),
        ("put", "/api/v1/data-rights/retention", &["manager"]),
        ("delete", "/api/v1/young-people/{id}/closure", CASE_STAFF),
        ("get", "/api/v1/carers", CASE_STAFF),
        ("post", "/api/v1/carers", CASE_STAFF),
        ("get", "/api/v1/me/carers", &["young_person"]),
        ("post", "/api/v1/invites", CASE_STAFF),
        ("delete", "/api/v1/invites/{id}", CASE_STAFF),
        ("post", "/api/v1/device/pin", DEVICES),
        ("post", "/api/v1/device/lock", DEVICES),
        ("post", "/api/v1/device/unlock", DEVICES),
        ("get", "/api/v1/devices", DEVICES),
        ("delete", "/api/v1/devices/{id}", DEVICES),
        ("get", "/api/v1/audit", &["manager"]),
        ("get", "/api/v1/programmes", SESSION_STAFF),
        ("post", "/api/v1/programmes", &["participation_officer", "manager"]),
        ("get", "/api/v1/programmes/{id}/report", SESSION_STAFF),
        ("get", "/api/v1/programmes/{id}/report.csv", SESSION_STAFF),
        ("get", "/api/v1/sessions", SESSION_STAFF),
        ("post", "/api/v1/sessions", SESSION_STAFF),
        ("get", "/api/v1/sessions/{id}", SESSION_STAFF),
        ("post", "/api/v1/sessions/{id}/phase", SESSION_STAFF),
        ("get", "/api/v1/sessions/{id}/report", SESSION_STAFF),
        ("get", "/api/v1/sessions/{id}/report.csv", SESSION_STAFF),
        // Joining and scoring are open to a phone with the code or the participant's secret.
        ("post", "/api/v1/scaling/join", EVERYONE),
        ("post", "/api/v1/scaling/scores", EVERYONE),
        ("get", "/api/v1/scaling/participants/{token}", EVERYONE),
        ("get", "/api/v1/young-people/{id}/scaling", CASE_STAFF),
        ("put", "/api/v1/young-people/{id}/profile", CASE_STAFF),
        // The whole service's relay log is for managers; a worker may ask for one of their
        // young people with `?young_person_id=` (tested in relay.rs).
        ("get", "/api/v1/relay/events", &["manager"]),
        ("get", "/api/v1/relay/summary", &["manager"]),
        ("put", "/api/v1/relay/settings", &["admin"]),
        ("get", "/api/v1/relay/settings", &["admin"]),
        ("post", "/api/v1/relay/events/{id}/retry", &["manager"]),
        ("post", "/api/v1/relay/events/{id}/recorded", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/relay.ndjson", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/relay.csv", CASE_STAFF),
        ("get", "/api/v1/plans", DEVICES),
        ("get", "/api/v1/plans/attention", CASE_STAFF),
        // Who may change what in a plan is the domain's rule (tested in plans.rs); the policy
        // lets in everyone who can have a part in one.
        ("post", "/api/v1/plans/{id}/changes", &["young_person", "carer", "worker", "manager"]),
        ("post", "/api/v1/plans/{id}/answers", DEVICES),
        ("post", "/api/v1/plans/{id}/reviews", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/plan", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/plan/history", CASE_STAFF),
        ("put", "/api/v1/young-people/{id}/case-record-id", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/case-record-id", CASE_STAFF),
        ("get", "/api/v1/appointments", DEVICES),
        ("post", "/api/v1/appointments/{id}/replies", DEVICES),
        ("post", "/api/v1/appointments/{id}/outcome", CASE_STAFF),
        ("get", "/api/v1/free-times", CASE_STAFF),
        ("post", "/api/v1/free-times", CASE_STAFF),
        ("delete", "/api/v1/free-times/{id}", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/appointments", CASE_STAFF),
        ("post", "/api/v1/young-people/{id}/appointments", CASE_STAFF),
        // No session: the case record proves itself by its signature (tested in appointments.rs).
        ("post", "/api/v1/import/appointments", EVERYONE),
        // Workers and managers get safety alerts by push (safety.rs).
        ("get", "/api/v1/push", &["young_person", "carer", "worker", "manager"]),
        ("post", "/api/v1/push/subscriptions", &["young_person", "carer", "worker", "manager"]),
        ("delete", "/api/v1/push/subscriptions", &["young_person", "carer", "worker", "manager"]),
        ("put", "/api/v1/push/detailed", DEVICES),
        ("get", "/api/v1/reminders/settings", CASE_STAFF),
        // Only a young person raises an alert or reads their own; staff see those of their
        // caseload or duty (safety.rs).
        ("post", "/api/v1/safety/alerts", &["young_person"]),
        ("get", "/api/v1/safety/alerts", CASE_STAFF),
        ("post", "/api/v1/safety/alerts/{id}/acknowledgement", CASE_STAFF),
        ("get", "/api/v1/safety/mine", &["young_person"]),
        ("get", "/api/v1/safety/settings", CASE_STAFF),
        ("put", "/api/v1/safety/settings", &["manager"]),
        ("put", "/api/v1/reminders/settings", &["manager"]),
        ("get", "/api/v1/surveys", SURVEY_STAFF),
        ("post", "/api/v1/surveys", SURVEY_STAFF),
        ("get", "/api/v1/surveys/templates", SURVEY_STAFF),
        ("get", "/api/v1/surveys/mine", DEVICES),
        ("get", "/api/v1/surveys/{id}", SURVEY_STAFF),
        ("put", "/api/v1/surveys/{id}", SURVEY_STAFF),
        ("post", "/api/v1/surveys/{id}/publish", SURVEY_STAFF),
        ("post", "/api/v1/surveys/{id}/responses", DEVICES),
        ("get", "/api/v1/assessments/forms", CASE_STAFF),
        ("put", "/api/v1/assessments/forms/{form}", &["manager"]),
        ("get", "/api/v1/assessments/forms/fhir", CASE_STAFF),
        ("get", "/api/v1/young-people/{id}/assessments", CASE_STAFF),
        ("post", "/api/v1/young-people/{id}/assessments", CASE_STAFF),
        ("get", "/api/v1/assessments/mine", DEVICES),
        ("post", "/api/v1/assessments/{id}/answers", DEVICES),
        ("get", "/api/v1/surveys/{id}/results", SURVEY_STAFF),
        ("get", "/api/v1/surveys/{id}/responses.csv", SURVEY_STAFF),
        ("get", "/api/v1/surveys/{id}/fhir", SURVEY_STAFF),
        // A phone follows only what its own tokens (or its person's name) lead to (surveys.rs).
        ("post", "/api/v1/complaints", DEVICES),
        ("post", "/api/v1/complaints/followed", DEVICES),
        ("get", "/api/v1/complaints", SURVEY_STAFF),
        ("put", "/api/v1/complaints/{id}", SURVEY_STAFF),
        ("get", "/api/v1/complaints/settings", SURVEY_STAFF),
        ("put", "/api/v1/complaints/settings", &["manager"]),
        // Phones see only consultations that invite them (voice.rs).
        ("get", "/api/v1/voice/consultations", SURVEY_STAFF),
        ("post", "/api/v1/voice/consultations", SURVEY_STAFF),
        ("get", "/api/v1/voice/consultations/mine", DEVICES),
        ("get", "/api/v1/voice/consultations/{id}", SURVEY_STAFF),
        ("put", "/api/v1/voice/consultations/{id}", SURVEY_STAFF),
        ("post", "/api/v1/voice/consultations/{id}/publish", SURVEY_STAFF),
        ("get", "/api/v1/voice/consultations/{id}/results", SURVEY_STAFF),
        ("get", "/api/v1/voice/consultations/{id}/export.csv", SURVEY_STAFF),
        ("post", "/api/v1/voice/consultations/{id}/ballots", DEVICES),
        ("post", "/api/v1/voice/consultations/{id}/votes", DEVICES),
        ("post", "/api/v1/voice/consultations/{id}/proposals", DEVICES),
        ("put", "/api/v1/voice/consultations/{id}/proposals/{proposal_id}", SURVEY_STAFF),
        ("post", "/api/v1/voice/consultations/{id}/answers", DEVICES),
        ("put", "/api/v1/voice/consultations/{id}/answers/{answer_id}/themes", SURVEY_STAFF),
        ("get", "/api/v1/voice/consultations/{id}/answers/{answer_id}/voice-note", SURVEY_STAFF),
        ("post", "/api/v1/voice/consultations/{id}/responses", SURVEY_STAFF),
        ("put", "/api/v1/voice/consultations/{id}/responses/{response_id}", SURVEY_STAFF),
        ("get", "/api/v1/voice/feed", DEVICES),
        ("get", "/api/v1/voice/cabinet", SURVEY_STAFF),
        ("post", "/api/v1/voice/cabinet", SURVEY_STAFF),
        ("delete", "/api/v1/voice/cabinet/{young_person_id}", SURVEY_STAFF),
        ("get", "/api/v1/voice/cabinet/candidates", SURVEY_STAFF),
        ("get", "/api/v1/voice/cabinet/meetings", SURVEY_STAFF),
        ("post", "/api/v1/voice/cabinet/meetings", SURVEY_STAFF),
        ("post", "/api/v1/voice/cabinet/meetings/{id}/cancel", SURVEY_STAFF),
    ]
}

fn name(who: Who) -> &'static str {
    match who {
        Who::Anonymous => "anonymous",
        Who::Signed(role) => role.as_str(),
    }
}

#[tokio::test]
async fn every_operation_allows_exactly_the_roles_in_the_table() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let young_person = worker.json(&app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    let invite: serde_json::Value = worker.post(&app, "/api/v1/invites", json!({"person_id": young_person})).await.json().await.unwrap();
    let invite_id = invite["invite_id"].as_str().unwrap().to_owned();

    let mut callers: Vec<(Who, Option<Session>)> = vec![(Who::Anonymous, None)];
    callers.push((Who::Signed(Role::YoungPerson), Some(app.join(Role::YoungPerson, "1357").await)));
    callers.push((Who::Signed(Role::Carer), Some(app.join(Role::Carer, "2468").await)));
    for role in [Role::Worker, Role::ParticipationOfficer, Role::Manager, Role::Admin] {
        callers.push((Who::Signed(role), Some(app.sign_in(role).await)));
    }

    let doc: serde_json::Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let table = table();
    let tabled: BTreeSet<(String, String)> = table.iter().map(|(m, p, _)| (m.to_string(), p.to_string())).collect();
    let missing: Vec<_> = documented.difference(&tabled).collect();
    assert!(missing.is_empty(), "operations without an allow/deny entry: {missing:?}");
    let stale: Vec<_> = tabled.difference(&documented).collect();
    assert!(stale.is_empty(), "table entries for operations that do not exist: {stale:?}");

    // Locking a phone refuses it everything after, and sign-out ends the caller's session, so
    // they go last.
    let mut operations = table.clone();
    operations.sort_by_key(|(_, path, _)| match *path {
        "/api/v1/device/lock" => 1,
        "/api/v1/auth/sign-out" => 2,
        _ => 0,
    });
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (method, path, allowed) in &operations {
        let concrete = if path.starts_with("/api/v1/invites/") {
            path.replace("{id}", &invite_id)
        } else if path.starts_with("/api/v1/devices/") {
            path.replace("{id}", &uuid::Uuid::now_v7().to_string())
        } else {
            // A person who is not linked: allowed callers get past the policy and find nothing.
            path.replace("{id}", &young_person)
                .replace("{carer_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{worker_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{proposal_id}", "p-0123456789")
                .replace("{answer_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{response_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{young_person_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{session_id}", &uuid::Uuid::now_v7().to_string())
                .replace("{form}", "about_me")
        };
        for (who, session) in &callers {
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let mut request = app.client.request(method.clone(), app.url(&concrete));
            if let Some(session) = session {
                request = request.header("cookie", &session.cookie);
            }
            if method == reqwest::Method::POST {
                // An empty object: allowed callers get past the policy and stop at validation.
                request = request.json(&json!({}));
            }
            let status = request.send().await.unwrap().status().as_u16();
            let expected_allowed = allowed.contains(&name(*who));
            let was_allowed = !matches!(status, 401 | 403);
            let refusal_right = match who {
                Who::Anonymous => status == 401,
                Who::Signed(_) => status == 403,
            };
            if expected_allowed != was_allowed || (!expected_allowed && !refusal_right) {
                wrong.push(format!("{method} {path} as {}: {status}", name(*who)));
            }
            checked += 1;
        }
    }
    assert!(wrong.is_empty(), "decisions differing from the table:\n{}", wrong.join("\n"));
    assert_eq!(checked, table.len() * 7);
    println!("allow/deny matrix: {} operations x 7 callers = {checked} checks", table.len());
}
