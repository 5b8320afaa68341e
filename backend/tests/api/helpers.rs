use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;

use tandem_backend::accounts::rate_limit::{Limit, Limits, RateLimiter};
use tandem_backend::accounts::session::SessionPolicy;
use tandem_backend::clock::ManualClock;
use tandem_backend::demo::DemoService;
use tandem_backend::storage::{PostgresStore, SqliteStore, Store};
use tandem_backend::AppState;
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;
use tempfile::TempDir;
use time::macros::datetime;

/// Where the API tests' passkeys are made and used (their authenticator says so in each answer).
pub const PASSKEY_ORIGIN: &str = "https://tandem.example";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// The store the server runs on: SQLite, or PostgreSQL when `TANDEM_TEST_POSTGRES_URL` is set.
    pub store: Arc<dyn Store>,
    /// The same store by engine, for reading tables directly ([`rows`], [`count`]).
    pub db: Db,
    pub clock: ManualClock,
    pub static_dir: PathBuf,
    pub demo: DemoService,
    /// The server's own state, for driving background work (the relay) step by step.
    pub state: AppState,
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

/// Limits high enough that only tests about limits meet them.
pub fn generous_limits() -> Limits {
    Limits::all(Limit { attempts: 10_000, window: time::Duration::minutes(1) })
}

/// Starts the server on a free port with a fresh database (the demo service seeded), a fixed
/// clock and a tiny built app.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(generous_limits()).await
}

pub async fn spawn_app_with(limits: Limits) -> TestApp {
    spawn(limits, None).await
}

/// A server that accepts appointments from the case record signed with `secret`.
pub async fn spawn_app_importing(secret: &str) -> TestApp {
    spawn(generous_limits(), Some(secret)).await
}

/// The engine a test app runs on.
#[derive(Clone)]
pub enum Db {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// The PostgreSQL server the suite runs on instead of SQLite, if any (`TANDEM_TEST_POSTGRES_URL`,
/// e.g. `postgres://tandem@127.0.0.1:5432`).
pub fn postgres_url() -> Option<String> {
    std::env::var("TANDEM_TEST_POSTGRES_URL").ok().filter(|url| !url.trim().is_empty())
}

pub fn on_postgres() -> bool {
    postgres_url().is_some()
}

/// A fresh store: a SQLite file in `dir`, or a new, uniquely named database on the test
/// PostgreSQL server (made through its `postgres` maintenance database).
async fn open_store(dir: &std::path::Path) -> Db {
    let Some(url) = postgres_url() else {
        return Db::Sqlite(SqliteStore::open(&dir.join("test.sqlite3")).await.unwrap());
    };
    use sqlx::Connection;
    // The server part of the URL: scheme, credentials, host and port, without any database.
    let url = url.trim_end_matches('/');
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    let server = match url[after_scheme..].find('/') {
        Some(slash) => &url[..after_scheme + slash],
        None => url,
    };
    let name = format!("tandem_test_{}", uuid::Uuid::now_v7().simple());
    let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
    admin.close().await.unwrap();
    Db::Postgres(PostgresStore::connect(&format!("{server}/{name}")).await.unwrap())
}

async fn spawn(limits: Limits, import_secret: Option<&str>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let db = open_store(dir.path()).await;
    let store: Arc<dyn Store> = match &db {
        Db::Sqlite(store) => Arc::new(store.clone()),
        Db::Postgres(store) => Arc::new(store.clone()),
    };
    let static_dir = dir.path().join("dist");
    std::fs::create_dir_all(&static_dir).unwrap();
    std::fs::write(static_dir.join("index.html"), "<!doctype html><title>Tandem</title>").unwrap();
    std::fs::write(static_dir.join("tandem-0123456789abcdef.js"), "export {}").unwrap();
    std::fs::write(static_dir.join("sw.js"), "self.addEventListener('fetch', () => {})").unwrap();
    let clock = ManualClock::at(datetime!(2026-11-22 10:00 UTC));
    let demo = DemoService::generate().unwrap();
    store.seed_demo_if_empty(&demo, datetime!(2026-11-22 10:00 UTC)).await.unwrap();
    let state = AppState {
        store: Arc::clone(&store),
        clock: Arc::new(clock.clone()),
        sessions: SessionPolicy::default(),
        limits: Arc::new(RateLimiter::new(limits)),
        static_dir: Arc::new(static_dir.clone()),
        relay_endpoint: false,
        push: tandem_backend::push::Push::new(
            tandem_backend::push::PushSender::new(&tandem_backend::push::send::new_private_key(), "mailto:test@example.org").unwrap(),
            true,
        ),
        import_webhook: import_secret.map(|secret| Arc::new(standardwebhooks::Webhook::new(secret).unwrap())),
        sealer: Arc::new(tandem_backend::secret::Sealer::random()),
        webauthn: Arc::new(tandem_backend::passkeys::relying_party(PASSKEY_ORIGIN).unwrap()),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(tandem_backend::run(listener, state.clone(), async {
        let _ = stop.await;
    }));
    TestApp { address, client: reqwest::Client::new(), store, db, clock, static_dir, demo, state, _dir: dir, shutdown: Some(shutdown) }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn post_feedback(&self, id: &OperationId, body: serde_json::Value) -> reqwest::Response {
        self.client.post(self.url("/api/v1/app-feedback")).header("Idempotency-Key", id.to_string()).json(&body).send().await.unwrap()
    }

    pub async fn feedback_summary(&self) -> serde_json::Value {
        let manager = self.sign_in(Role::Manager).await;
        manager.get(self, "/api/v1/app-feedback").await.json().await.unwrap()
    }

    /// POSTs JSON with no session.
    pub async fn anonymous_post(&self, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(&body).send().await.unwrap()
    }

    /// Signs in as the demo's staff member with `role`.
    pub async fn sign_in(&self, role: Role) -> Session {
        let person = self.demo.people.iter().find(|p| p.role == role).unwrap();
        let response = self
            .anonymous_post(
                "/api/v1/auth/sign-in",
                serde_json::json!({"email": person.email.unwrap(), "password": person.password.as_ref().unwrap().0}),
            )
            .await;
        assert_eq!(response.status().as_u16(), 200, "sign-in as {role:?}");
        Session::from_response(&response)
    }

    /// Joins as the demo's young person or carer with their invite code and sets `pin`.
    pub async fn join(&self, role: Role, pin: &str) -> Session {
        let session = self.redeem(role).await;
        let response = session.post(self, "/api/v1/device/pin", serde_json::json!({"pin": pin})).await;
        assert_eq!(response.status().as_u16(), 200);
        session
    }

    /// Redeems the demo invite of `role` without choosing a PIN.
    pub async fn redeem(&self, role: Role) -> Session {
        let person = self.demo.people.iter().find(|p| p.role == role).unwrap();
        let code = person.invite.as_ref().unwrap().0.display_grouped();
        let response = self.anonymous_post("/api/v1/invites/redeem", serde_json::json!({"code": code, "device_label": "test phone"})).await;
        assert_eq!(response.status().as_u16(), 200, "redeem as {role:?}");
        Session::from_response(&response)
    }
}

/// A signed-in browser: the session cookie, sent with every request.
#[derive(Clone, Debug)]
pub struct Session {
    pub cookie: String,
}

impl Session {
    pub fn from_response(response: &reqwest::Response) -> Session {
        let set_cookie = response.headers()["set-cookie"].to_str().unwrap();
        let cookie = set_cookie.split(';').next().unwrap().to_owned();
        Session { cookie }
    }

    /// Sends as the app's pages do: a POST carries a fresh `Idempotency-Key` (one per submission).
    pub async fn send(&self, app: &TestApp, method: reqwest::Method, path: &str, body: Option<serde_json::Value>) -> reqwest::Response {
        let post = method == reqwest::Method::POST;
        let mut request = app.client.request(method, app.url(path)).header("cookie", &self.cookie);
        if post {
            request = request.header("Idempotency-Key", OperationId::new_v7().to_string());
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    pub async fn get(&self, app: &TestApp, path: &str) -> reqwest::Response {
        self.send(app, reqwest::Method::GET, path, None).await
    }

    pub async fn post(&self, app: &TestApp, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.send(app, reqwest::Method::POST, path, Some(body)).await
    }

    pub async fn json(&self, app: &TestApp, path: &str) -> serde_json::Value {
        let response = self.get(app, path).await;
        assert_eq!(response.status().as_u16(), 200, "GET {path}");
        response.json().await.unwrap()
    }
}

/// Posts a phone operation with a fresh (or given) Idempotency-Key, signed in or not.
pub async fn operation(app: &TestApp, session: Option<&Session>, path: &str, body: Value, key: Option<&OperationId>) -> reqwest::Response {
    let key = key.cloned().unwrap_or_else(OperationId::new_v7);
    let mut request = app.client.post(app.url(path)).header("Idempotency-Key", key.to_string()).json(&body);
    if let Some(session) = session {
        request = request.header("cookie", &session.cookie);
    }
    request.send().await.unwrap()
}

/// A young person new to the service, with a linked carer, both signed in on their phones.
pub struct Family {
    pub young_person: String,
    pub phone: Session,
    pub carer: Session,
    pub carer_id: String,
}

pub async fn created(response: reqwest::Response) -> Value {
    assert_eq!(response.status().as_u16(), 201);
    response.json().await.unwrap()
}

pub async fn device(app: &TestApp, worker: &Session, person_id: &str) -> Session {
    let invite = created(worker.post(app, "/api/v1/invites", serde_json::json!({"person_id": person_id})).await).await;
    let response = app.anonymous_post("/api/v1/invites/redeem", serde_json::json!({"code": invite["code"], "device_label": "phone"})).await;
    assert_eq!(response.status().as_u16(), 200);
    let session = Session::from_response(&response);
    assert_eq!(session.post(app, "/api/v1/device/pin", serde_json::json!({"pin": "4826"})).await.status().as_u16(), 200);
    session
}

pub async fn family(app: &TestApp, worker: &Session) -> Family {
    family_named(app, worker, "Rio").await
}

/// The same, with the young person called `name`.
pub async fn family_named(app: &TestApp, worker: &Session, name: &str) -> Family {
    let young_person = created(worker.post(app, "/api/v1/young-people", serde_json::json!({"display_name": name})).await).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let carer_id = created(worker.post(app, "/api/v1/carers", serde_json::json!({"display_name": "Ash"})).await).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let linked = worker.post(app, &format!("/api/v1/young-people/{young_person}/carers"), serde_json::json!({"carer_id": carer_id})).await;
    assert_eq!(linked.status().as_u16(), 204);
    let phone = device(app, worker, &young_person).await;
    let carer = device(app, worker, &carer_id).await;
    Family { young_person, phone, carer, carer_id }
}

/// Asserts the response is the JSON error shape with `code` and `status`.
pub async fn assert_error(response: reqwest::Response, status: u16, code: &str) {
    assert_eq!(response.status().as_u16(), status);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "body: {body}");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
}

/// Reads `sql` with text `binds` (`$1`, `$2`... which SQLite takes too) on the app's engine:
/// every row, each column as text (integers written out), for tests that read the database itself.
macro_rules! texts {
    ($pool:expr, $sql:expr, $binds:expr) => {{
        use sqlx::Row;
        let mut query = sqlx::query($sql);
        for bind in $binds {
            query = query.bind(bind.to_string());
        }
        query
            .fetch_all($pool)
            .await
            .unwrap()
            .iter()
            .map(|row| {
                (0..row.columns().len())
                    .map(|i| {
                        row.try_get::<Option<String>, _>(i)
                            .ok()
                            .flatten()
                            .or_else(|| row.try_get::<Option<i64>, _>(i).ok().flatten().map(|n| n.to_string()))
                    })
                    .collect()
            })
            .collect()
    }};
}

/// Every row of `sql` with `binds` for `$1`, `$2`..., each column as text.
pub async fn rows_with(app: &TestApp, sql: &str, binds: &[&str]) -> Vec<Vec<Option<String>>> {
    match &app.db {
        Db::Sqlite(store) => texts!(store.reader_pool(), sql, binds),
        Db::Postgres(store) => texts!(store.pool(), sql, binds),
    }
}

/// Every row of `sql`, each column as text (integers written out), for tests that read the database itself.
pub async fn rows(app: &TestApp, sql: &str) -> Vec<Vec<Option<String>>> {
    rows_with(app, sql, &[]).await
}

/// Every value of `rows` in one text, to search for what must not be there.
pub fn dump(rows: Vec<Vec<Option<String>>>) -> String {
    rows.into_iter().flatten().flatten().collect::<Vec<_>>().join("|")
}

/// A single number from the database, with `binds` for `$1`, `$2`...
pub async fn count_with(app: &TestApp, sql: &str, binds: &[&str]) -> i64 {
    let text = rows_with(app, sql, binds).await.into_iter().next().and_then(|row| row.into_iter().next().flatten());
    text.unwrap_or_else(|| panic!("{sql} answered no number")).parse().unwrap()
}

/// A single number from the database.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    count_with(app, sql, &[]).await
}

/// Runs `statements` as written on the app's engine, beside the server (a SQLite connection of
/// its own to the same file), for tests that break the database on purpose.
pub async fn execute(app: &TestApp, statements: &[&str]) {
    for statement in statements {
        try_execute(app, statement).await.unwrap();
    }
}

/// Runs `statement` as `execute` does; answers what the engine said, for tests of what it refuses.
pub async fn try_execute(app: &TestApp, statement: &str) -> Result<u64, sqlx::Error> {
    match &app.db {
        Db::Sqlite(_) => {
            use sqlx::Connection;
            let path = app._dir.path().join("test.sqlite3");
            let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display())).await?;
            let done = sqlx::query(statement).execute(&mut conn).await;
            conn.close().await?;
            Ok(done?.rows_affected())
        }
        Db::Postgres(store) => Ok(sqlx::query(statement).execute(store.pool()).await?.rows_affected()),
    }
}

/// The SQLite database file's bytes after a checkpoint, with no vacuum (none on PostgreSQL): what
/// someone who copies the file could read. Removed rows are gone from them only because the
/// store runs with `secure_delete`.
pub async fn database_file_bytes(app: &TestApp) -> Option<Vec<u8>> {
    match &app.db {
        Db::Sqlite(_) => {
            execute(app, &["PRAGMA wal_checkpoint(TRUNCATE)"]).await;
            let path = app._dir.path().join("test.sqlite3");
            let mut bytes = std::fs::read(&path).unwrap();
            if let Ok(wal) = std::fs::read(path.with_extension("sqlite3-wal")) {
                bytes.extend(wal);
            }
            Some(bytes)
        }
        Db::Postgres(_) => None,
    }
}

/// Every event in the outbox, read back as the relay reads it into its typed payload: none may
/// fail, and each payload written again must be what was stored (nothing dropped or renamed).
/// Answers the kinds found.
pub async fn typed_events(app: &TestApp) -> Vec<&'static str> {
    let stored = rows(app, "SELECT kind, payload FROM outbox_events ORDER BY id").await;
    assert!(!stored.is_empty(), "no events to read back");
    stored
        .into_iter()
        .map(|row| {
            let (kind, payload) = (row[0].clone().unwrap(), row[1].clone().unwrap());
            let payload: Value = serde_json::from_str(&payload).unwrap();
            let event = tandem_domain::events::Event::from_stored(&kind, &payload).unwrap_or_else(|err| panic!("{kind}: {err}\n{payload}"));
            assert_eq!(event.payload().unwrap(), payload, "{kind} reads back whole");
            event.kind().as_str()
        })
        .collect()
}

/// The application's tables (not the migrations' bookkeeping).
pub async fn tables(app: &TestApp) -> Vec<String> {
    let sql = match app.db {
        Db::Sqlite(_) => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        Db::Postgres(_) => "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_sqlx%'",
    };
    rows(app, sql).await.into_iter().filter_map(|row| row.into_iter().next().flatten()).collect()
}

/// Moves the server's clock forward to `at`.
pub fn move_clock_to(app: &TestApp, at: time::OffsetDateTime) {
    let now = tandem_backend::clock::Clock::now(&app.clock);
    assert!(at >= now, "the clock only moves forward");
    app.clock.advance(at - now);
}

/// Counts the sealed ballots and anonymous answers now, as the scheduler does once the day they
/// came is over; answers how many.
pub async fn count_overnight(app: &TestApp) -> usize {
    let now = tandem_backend::clock::Clock::now(&app.clock);
    let before = tandem_backend::secret::count_before(now, true);
    app.state.store.count_sealed(&app.state.sealer, before).await.unwrap()
}
