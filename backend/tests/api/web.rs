use crate::helpers::spawn_app;

#[tokio::test]
async fn security_headers_are_on_api_and_app_responses() {
    let app = spawn_app().await;
    for path in ["/api/v1/health", "/", "/api/v1/nothing", "/sw.js"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        for denied in ["geolocation=()", "camera=()", "payment=()", "microphone=(self)"] {
            assert!(permissions.contains(denied), "{path}: {permissions}");
        }
    }
}

#[tokio::test]
async fn app_routes_fall_back_to_the_page_and_missing_files_do_not() {
    let app = spawn_app().await;
    for path in ["/", "/feedback", "/join"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        assert!(response.text().await.unwrap().contains("<title>Tandem</title>"));
    }
    let missing = app.client.get(app.url("/tandem-ffffffffffffffff.wasm")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
}

#[tokio::test]
async fn hashed_files_are_cached_for_a_year_and_the_worker_is_revalidated() {
    let app = spawn_app().await;
    let hashed = app.client.get(app.url("/tandem-0123456789abcdef.js")).send().await.unwrap();
    assert_eq!(hashed.headers()["cache-control"], "public, max-age=31536000, immutable");
    let worker = app.client.get(app.url("/sw.js")).send().await.unwrap();
    assert_eq!(worker.status().as_u16(), 200);
    assert_eq!(worker.headers()["cache-control"], "no-cache");
    assert!(app.static_dir.join("sw.js").exists());
}

/// Answers and exports hold people's data: no browser or proxy keeps them (an answer that says
/// how it may be kept, a voice note's, keeps its own words); the app's files keep their caching.
/// Browsers are told to use https only when the server is set up for TLS, never on plain http.
#[tokio::test]
async fn api_answers_are_never_stored_and_https_is_required_only_over_tls() {
    let app = spawn_app().await;
    for path in ["/api/v1/health", "/api/v1/nothing", "/api/v1/me", "/api/v1/openapi.json"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        assert!(response.headers().get("strict-transport-security").is_none(), "{path}");
    }
    let page = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(page.headers()["cache-control"], "no-cache");

    let mut over_tls = app.state.clone();
    over_tls.sessions.secure_cookies = true;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(tandem_backend::run(listener, over_tls, std::future::pending()));
    for path in ["/api/v1/health", "/", "/sw.js"] {
        let response = app.client.get(format!("{address}{path}")).send().await.unwrap();
        assert_eq!(response.headers()["strict-transport-security"], "max-age=31536000", "{path}");
    }
}
