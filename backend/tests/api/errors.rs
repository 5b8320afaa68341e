use crate::helpers::{assert_error, spawn_app, TestApp};

/// Posts `body` as it is to the feedback endpoint, with a fresh operation id.
async fn post_raw(app: &TestApp, content_type: Option<&str>, body: String) -> reqwest::Response {
    let mut request =
        app.client.post(app.url("/api/v1/app-feedback")).header("Idempotency-Key", tandem_domain::sync::OperationId::new_v7().to_string());
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    request.body(body).send().await.unwrap()
}

#[tokio::test]
async fn unknown_api_routes_answer_json_404_never_the_app() {
    let app = spawn_app().await;
    for path in ["/api/v1/nothing-here", "/api/v2/health", "/api", "/api/", "/api/v1", "/api/v1/"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.headers()["content-type"], "application/json", "{path}");
        assert_error(response, 404, "not_found").await;
    }
}

#[tokio::test]
async fn a_wrong_method_answers_json_405() {
    let app = spawn_app().await;
    let response = app.client.delete(app.url("/api/v1/health")).send().await.unwrap();
    assert_error(response, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn malformed_json_is_400_with_a_code() {
    let app = spawn_app().await;
    let response = post_raw(&app, Some("application/json"), "{\"score\": 5,".into()).await;
    assert_error(response, 400, "malformed_json").await;
}

#[tokio::test]
async fn a_body_without_json_content_type_is_415() {
    let app = spawn_app().await;
    let response = post_raw(&app, None, "{\"score\": 5}".into()).await;
    assert_error(response, 415, "unsupported_media_type").await;
}

#[tokio::test]
async fn an_oversized_body_is_413_with_a_code() {
    let app = spawn_app().await;
    let huge = format!("{{\"score\": 5, \"comment\": \"{}\"}}", "x".repeat(200 * 1024));
    let response = post_raw(&app, Some("application/json"), huge).await;
    assert_error(response, 413, "payload_too_large").await;
}
