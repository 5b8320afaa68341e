//! `tandem`: reads the configuration, opens the database (SQLite, or PostgreSQL when
//! `TANDEM_DATABASE_URL` names one), seeds the demo into an empty one,
//! and serves until Ctrl-C or SIGTERM.

use std::sync::Arc;

use anyhow::Context;
use tandem_backend::accounts::rate_limit::{Limits, RateLimiter};
use tandem_backend::accounts::session::SessionPolicy;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::config::{Config, Database};
use tandem_backend::demo::DemoService;
use tandem_backend::push::{Push, PushSender};
use tandem_backend::relay::worker::Relay;
use tandem_backend::storage::{PostgresStore, SqliteStore, Store};
use tandem_backend::AppState;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter(EnvFilter::try_from_env("TANDEM_LOG").unwrap_or_else(|_| EnvFilter::new("info"))).init();
    let config = Config::from_env()?;
    tandem_backend::private_folder(&config.data_dir)
        .with_context(|| format!("making TANDEM_DATA_DIR {} its owner's only", config.data_dir.display()))?;
    if !config.static_dir.join("index.html").exists() {
        tracing::warn!(dir = %config.static_dir.display(), "no built app here (index.html missing): only /api works");
    }

    let (store, database): (Arc<dyn Store>, String) = match &config.database {
        Database::Sqlite => {
            let file = config.data_dir.join("tandem.sqlite3");
            let store = SqliteStore::open(&file).await.with_context(|| format!("opening {}", file.display()))?;
            (Arc::new(store), file.display().to_string())
        }
        Database::Postgres { url } => {
            let store = PostgresStore::connect(url).await.context("connecting to PostgreSQL (TANDEM_DATABASE_URL)")?;
            (Arc::new(store), "PostgreSQL (TANDEM_DATABASE_URL)".to_owned())
        }
    };
    let clock = SystemClock;
    let base_url = format!("http://{}", config.addr);

    let logins_file = config.data_dir.join("demo-logins.txt");
    if config.seed_demo {
        let demo = DemoService::generate()?;
        if store.seed_demo_if_empty(&demo, clock.now()).await? {
            tandem_backend::write_private(&logins_file, &demo.logins_text(&base_url))?;
        }
    }

    let listener = tokio::net::TcpListener::bind(config.addr).await.with_context(|| format!("listening on {}", config.addr))?;
    let bound = listener.local_addr()?;
    println!("Tandem is running at http://{bound}/");
    println!("Database: {database}");
    if let Ok(logins) = std::fs::read_to_string(&logins_file) {
        println!("{logins}(also in {})", logins_file.display());
        println!("Staff sign in at {base_url}/sign-in; young people and carers join at {base_url}/join with their code.");
    }

    let vapid_key = tandem_backend::push::vapid_private_key(&config.data_dir, config.vapid_private_key.clone())?;
    let sender = PushSender::new(&vapid_key, &config.vapid_subject)?;
    let import_webhook = match &config.import_secret {
        Some(secret) => Some(Arc::new(
            standardwebhooks::Webhook::new(secret).map_err(|err| anyhow::anyhow!("TANDEM_IMPORT_SECRET must be a whsec_ secret: {err}"))?,
        )),
        None => None,
    };
    let state = AppState {
        store: Arc::clone(&store),
        clock: Arc::new(clock),
        sessions: SessionPolicy {
            device_idle_lock: time::Duration::seconds(i64::from(config.pin_idle_seconds)),
            secure_cookies: config.secure_cookies,
            ..SessionPolicy::default()
        },
        limits: Arc::new(RateLimiter::new(Limits::default())),
        static_dir: Arc::new(config.static_dir.clone()),
        relay_endpoint: config.relay.is_some(),
        push: Push::new(sender, config.push_allow_loopback),
        import_webhook,
        sealer: Arc::new(tandem_backend::secret::Sealer::load(&config.data_dir, config.sealing_key.clone(), config.count_secret_at_once)?),
    };
    // Reminders go out from one task beside the server; everything it needs is in the database.
    let reminders = tokio::spawn(tandem_backend::reminders::run(state.clone(), std::future::pending()));
    // The relay runs beside the server; stopping it mid-delivery is safe (see relay::worker).
    let relay = match &config.relay {
        Some(relay) => {
            let worker = Relay::new(&relay.url, &relay.secret, relay.timeout)?;
            println!("Relaying to the case record at {}", relay.url);
            Some(tokio::spawn(tandem_backend::relay::worker::run(state.clone(), worker, std::future::pending())))
        }
        None => {
            println!("No case-record endpoint (TANDEM_RELAY_URL): events wait for staff to download and record them.");
            None
        }
    };
    tandem_backend::run(listener, state, shutdown_signal()).await?;
    if let Some(relay) = relay {
        relay.abort();
    }
    reminders.abort();
    store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
