use std::path::PathBuf;
use std::sync::Arc;

use tandem_backend::clock::ManualClock;
use tandem_backend::state::AdminToken;
use tandem_backend::storage::SqliteStore;
use tandem_backend::AppState;
use tandem_domain::sync::OperationId;
use tempfile::TempDir;
use time::macros::datetime;

pub const ADMIN_TOKEN: &str = "test-admin-token";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub store: SqliteStore,
    pub clock: ManualClock,
    pub static_dir: PathBuf,
    _dir: TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Starts the server on a free port with a fresh database, a fixed clock and a tiny built app.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("test.sqlite3")).await.unwrap();
    let static_dir = dir.path().join("dist");
    std::fs::create_dir_all(&static_dir).unwrap();
    std::fs::write(static_dir.join("index.html"), "<!doctype html><title>Tandem</title>").unwrap();
    std::fs::write(static_dir.join("tandem-0123456789abcdef.js"), "export {}").unwrap();
    std::fs::write(static_dir.join("sw.js"), "self.addEventListener('fetch', () => {})").unwrap();
    let clock = ManualClock::at(datetime!(2026-11-22 10:00 UTC));
    let state = AppState {
        store: Arc::new(store.clone()),
        clock: Arc::new(clock.clone()),
        admin_token: AdminToken(ADMIN_TOKEN.into()),
        static_dir: Arc::new(static_dir.clone()),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(tandem_backend::run(listener, state, async {
        let _ = stop.await;
    }));
    TestApp {
        address,
        client: reqwest::Client::new(),
        store,
        clock,
        static_dir,
        _dir: dir,
        shutdown: Some(shutdown),
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn post_feedback(&self, id: &OperationId, body: serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/app-feedback"))
            .header("Idempotency-Key", id.to_string())
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn feedback_summary(&self) -> serde_json::Value {
        self.client
            .get(self.url("/api/v1/app-feedback"))
            .bearer_auth(ADMIN_TOKEN)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}

/// Asserts the response is the JSON error shape with `code` and `status`.
pub async fn assert_error(response: reqwest::Response, status: u16, code: &str) {
    assert_eq!(response.status().as_u16(), status);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "body: {body}");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
}
