use std::collections::HashSet;

use serde_json::json;
use tandem_domain::accounts::Role;
use uuid::Uuid;

use crate::helpers::{spawn_app, Db};

#[tokio::test]
async fn health_checks_the_database() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/v1/health")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"status": "ok"}));

    app.store.close().await;
    let response = app.client.get(app.url("/api/v1/health")).send().await.unwrap();
    crate::helpers::assert_error(response, 503, "storage_unavailable").await;
}

#[tokio::test]
async fn openapi_is_3_1_and_every_operation_is_tagged_by_capability() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let capabilities: HashSet<&str> = [
        "system",
        "accounts",
        "plans",
        "sessions",
        "surveys",
        "assessments",
        "appointments",
        "push",
        "voice",
        "relay",
        "safety",
        "data-rights",
    ]
    .into();
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        assert!(path.starts_with("/api/v1/"), "{path}");
        for (method, operation) in item.as_object().unwrap() {
            let tags = operation["tags"].as_array().unwrap_or_else(|| panic!("{method} {path} has no tags"));
            assert_eq!(tags.len(), 1, "{method} {path}");
            assert!(capabilities.contains(tags[0].as_str().unwrap()), "{method} {path}");
            operations += 1;
        }
    }
    assert!(operations >= 4);
    for (method, path) in [
        ("put", "/api/v1/young-people/{id}/closure"),
        ("delete", "/api/v1/young-people/{id}/closure"),
        ("get", "/api/v1/data-rights/retention"),
        ("put", "/api/v1/data-rights/retention"),
        ("get", "/api/v1/data-rights/about-me"),
        ("post", "/api/v1/people/{id}/erasure"),
        ("get", "/api/v1/people/{id}/subject-access"),
        ("get", "/api/v1/people/{id}/subject-access.html"),
    ] {
        assert_eq!(doc["paths"][path][method]["tags"], json!(["data-rights"]), "{method} {path} is a data right");
    }
    // Forms handed to one person are the assessments capability's.
    for (method, path) in [
        ("get", "/api/v1/assessments/forms"),
        ("put", "/api/v1/assessments/forms/{form}"),
        ("get", "/api/v1/assessments/forms/fhir"),
        ("get", "/api/v1/young-people/{id}/assessments"),
        ("post", "/api/v1/young-people/{id}/assessments"),
        ("get", "/api/v1/assessments/mine"),
        ("post", "/api/v1/assessments/{id}/answers"),
    ] {
        assert_eq!(doc["paths"][path][method]["tags"], json!(["assessments"]), "{method} {path} is an assessment operation");
    }
    // Two Rust enums called SessionKind: a sign-in's kind is named apart, so `me` is documented
    // as the server answers it.
    assert_eq!(doc["components"]["schemas"]["SessionInfo"]["properties"]["kind"]["$ref"], "#/components/schemas/SignInKind");
    assert_eq!(doc["components"]["schemas"]["SignInKind"]["enum"], json!(["staff", "device"]));
    assert_eq!(doc["components"]["schemas"]["SessionKind"]["enum"], json!(["group", "one_to_one", "programme_review"]));
    // The alert's raise, acknowledge and list are the safety capability's.
    for (method, path) in
        [("post", "/api/v1/safety/alerts"), ("get", "/api/v1/safety/alerts"), ("post", "/api/v1/safety/alerts/{id}/acknowledgement")]
    {
        assert_eq!(doc["paths"][path][method]["tags"][0], "safety", "{method} {path}");
    }
}

/// The routes the app builds its requests from (`tandem_domain::paths`) are exactly the routes
/// the OpenAPI document describes: neither has a path the other lacks.
#[tokio::test]
async fn the_shared_route_list_is_the_documented_api() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let documented: HashSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let shared: HashSet<String> =
        tandem_domain::paths::ALL.iter().map(|route| format!("{}{}", tandem_domain::paths::API_BASE, route.template())).collect();
    let undocumented: Vec<&String> = shared.difference(&documented).collect();
    let unshared: Vec<&String> = documented.difference(&shared).collect();
    assert!(undocumented.is_empty() && unshared.is_empty(), "not documented: {undocumented:?}; not in domain::paths: {unshared:?}");
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_full_sync() {
    let app = spawn_app().await;
    let Db::Sqlite(store) = &app.db else {
        return; // PostgreSQL: its own durability (fsync, synchronous_commit) is the server's.
    };
    let (mode, sync) = store.durability().await.unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(sync, 2, "synchronous=FULL");
}

/// Every answer the server gives is one its document lists for that operation, and every write
/// that asks for an `Idempotency-Key` declares it. Each documented operation is called signed out
/// and as every role, with unknown ids in its address and an empty body, without a key: what the
/// server refuses first is what a client gets wrong first. Routes that end the caller's own
/// session are left to their own tests.
#[tokio::test]
async fn every_answer_the_server_gives_is_documented() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let mut callers = vec![None];
    for role in [Role::Admin, Role::Manager, Role::Worker, Role::ParticipationOfficer] {
        callers.push(Some(app.sign_in(role).await));
    }
    callers.push(Some(app.join(Role::YoungPerson, "4826").await));
    callers.push(Some(app.join(Role::Carer, "4826").await));
    let ends_a_session = ["/api/v1/auth/sign-out", "/api/v1/device/lock"];
    let (mut problems, mut requests) = (Vec::new(), 0);
    for (path, item) in doc["paths"].as_object().unwrap() {
        if ends_a_session.contains(&path.as_str()) {
            continue;
        }
        let address: String = path
            .split('/')
            .map(|part| if part.starts_with('{') { Uuid::now_v7().to_string() } else { part.to_owned() })
            .collect::<Vec<_>>()
            .join("/");
        for (method, operation) in item.as_object().unwrap() {
            let documented: HashSet<&str> = operation["responses"].as_object().unwrap().keys().map(String::as_str).collect();
            let declares_key =
                operation["parameters"].as_array().into_iter().flatten().any(|parameter| parameter["name"] == "Idempotency-Key");
            for caller in &callers {
                let mut request = app.client.request(method.to_uppercase().parse().unwrap(), app.url(&address));
                if operation.get("requestBody").is_some() {
                    request = request.json(&json!({}));
                }
                if let Some(session) = caller {
                    request = request.header("cookie", &session.cookie);
                }
                let response = request.send().await.unwrap();
                requests += 1;
                let status = response.status().as_u16().to_string();
                let body: serde_json::Value = response.json().await.unwrap_or_default();
                if !documented.contains(status.as_str()) {
                    problems.push(format!("{method} {path} answered {status} {}", body["error"]["code"]));
                }
                if body["error"]["code"] == "missing_operation_id" && !declares_key {
                    problems.push(format!("{method} {path} needs an Idempotency-Key it does not declare"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} of {requests} answers not as documented:\n{}", problems.len(), problems.join("\n"));
}
