//! The server's state as the benchmarks run it: their clock and rate limits, a fresh VAPID key;
//! and the demo's participation officer as a caller, for building what a benchmark measures.

use std::path::Path;
use std::sync::Arc;

use tandem_backend::accounts::rate_limit::{Limits, RateLimiter};
use tandem_backend::accounts::session::SessionPolicy;
use tandem_backend::clock::Clock;
use tandem_backend::push::{Push, PushSender};
use tandem_backend::storage::SqliteStore;
use tandem_backend::AppState;

pub fn bench_state(
    store: &SqliteStore,
    clock: Arc<dyn Clock>,
    static_dir: &Path,
    relay_endpoint: bool,
    limits: Limits,
) -> anyhow::Result<AppState> {
    Ok(AppState {
        store: Arc::new(store.clone()),
        clock,
        sessions: SessionPolicy::default(),
        limits: Arc::new(RateLimiter::new(limits)),
        static_dir: Arc::new(static_dir.to_path_buf()),
        relay_endpoint,
        push: Push::new(PushSender::new(&tandem_backend::push::send::new_private_key(), "mailto:bench@example.org")?, true),
        import_webhook: None,
        sealer: Arc::new(tandem_backend::secret::Sealer::random()),
        webauthn: Arc::new(tandem_backend::passkeys::relying_party("http://localhost:8080")?),
    })
}

/// The demo service's participation officer, as the store sees a signed-in caller.
#[allow(dead_code)] // not every benchmark builds something as the officer
pub async fn demo_officer(store: &SqliteStore) -> anyhow::Result<tandem_backend::accounts::Caller> {
    let (officer_id, service_id): (String, String) =
        sqlx::query_as("SELECT id, service_id FROM people WHERE role = 'participation_officer'").fetch_one(store.reader_pool()).await?;
    Ok(tandem_backend::accounts::Caller {
        session_id: uuid::Uuid::now_v7(),
        person_id: uuid::Uuid::parse_str(&officer_id)?,
        service_id: uuid::Uuid::parse_str(&service_id)?,
        service_name: String::new(),
        service_demo: true,
        role: tandem_domain::accounts::Role::ParticipationOfficer,
        display_name: "Priya".into(),
        language: tandem_domain::language::Language::English,
        easier_words: false,
        kind: tandem_domain::accounts::api::SessionKind::Staff,
        locked: false,
        pin_set: false,
        passkey_step: tandem_domain::passkeys::PasskeyStep::Done,
        case_closed: false,
    })
}

/// Signs the demo's participation officer in over HTTP; answers the session cookie to send.
#[allow(dead_code)] // not every benchmark reads as the officer
pub async fn officer_cookie(client: &reqwest::Client, base: &str, demo: &tandem_backend::demo::DemoService) -> anyhow::Result<String> {
    let priya = demo
        .people
        .iter()
        .find(|p| p.role == tandem_domain::accounts::Role::ParticipationOfficer)
        .ok_or_else(|| anyhow::anyhow!("no demo officer"))?;
    let password = priya.password.as_ref().ok_or_else(|| anyhow::anyhow!("the officer has no password"))?;
    let signed_in = client
        .post(format!("{base}/api/v1/auth/sign-in"))
        .json(&serde_json::json!({"email": priya.email, "password": password.0}))
        .send()
        .await?;
    Ok(signed_in.headers()["set-cookie"].to_str()?.split(';').next().unwrap_or_default().to_owned())
}
