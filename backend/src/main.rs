//! `tandem`: the server (`tandem serve`, the default) and the operator's commands beside it.
//! Serving reads the configuration, opens the database (SQLite, or PostgreSQL when
//! `TANDEM_DATABASE_URL` names one), seeds the demo into an empty one when asked, and serves
//! until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tandem_backend::accounts::rate_limit::{Limits, RateLimiter};
use tandem_backend::accounts::session::SessionPolicy;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::config::Config;
use tandem_backend::demo::DemoService;
use tandem_backend::push::{Push, PushSender};
use tandem_backend::relay::worker::Relay;
use tandem_backend::AppState;
use tracing_subscriber::EnvFilter;

/// Tandem's server, and the operator's commands. Everything else is set by TANDEM_* variables
/// (see the README's configuration table).
#[derive(Parser)]
#[command(name = "tandem", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the app and its API (what `tandem` alone does).
    Serve,
    /// Services and their first admin.
    Service {
        #[command(subcommand)]
        command: ServiceCommand,
    },
    /// Make a consistent copy of the SQLite database, while the server runs.
    Backup {
        /// The new file to copy into (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Report the configuration in force and what is insecure about it (exit code 1 if anything is).
    Check,
}

#[derive(Subcommand)]
enum ServiceCommand {
    /// Make a service and its admin, and print a one-time link (72 hours) for the admin to set
    /// a password. No password is made or printed.
    Create {
        /// The service's name, as staff see it.
        #[arg(long)]
        name: String,
        /// The admin's email, which they sign in with.
        #[arg(long, value_name = "EMAIL")]
        admin_email: String,
        /// The admin's name, as others see it.
        #[arg(long, value_name = "NAME", default_value = "Admin")]
        admin_name: String,
        /// Do not ask managers and admins for a passkey (asked by default; an admin can change
        /// it later). For a trial where the app is not reached at an https address.
        #[arg(long)]
        without_passkeys: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::from_env()?;
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::Serve = command {
        return serve(config).await;
    }
    // An operator's command says what went wrong in words, with no backtrace, and exits 2.
    if let Err(err) = operate(command, &config).await {
        eprintln!("tandem: {err:#}");
        std::process::exit(2);
    }
    Ok(())
}

async fn operate(command: Command, config: &Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => Ok(()),
        Command::Service { command: ServiceCommand::Create { name, admin_email, admin_name, without_passkeys } } => {
            let made = tandem_backend::operator::create_service(config, &name, &admin_name, &admin_email, !without_passkeys).await?;
            print!("{made}");
            Ok(())
        }
        Command::Backup { to } => {
            print!("{}", tandem_backend::operator::backup(config, &to).await?);
            Ok(())
        }
        Command::Check => {
            let findings = tandem_backend::operator::check(config);
            for finding in &findings {
                println!("{} {}", if finding.insecure { "INSECURE" } else { "ok      " }, finding.words);
            }
            let insecure = findings.iter().filter(|finding| finding.insecure).count();
            if insecure > 0 {
                println!("{insecure} insecure for a real service.");
                std::process::exit(1);
            }
            println!("Nothing insecure found.");
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter(EnvFilter::try_from_env("TANDEM_LOG").unwrap_or_else(|_| EnvFilter::new("info"))).init();
    if !config.static_dir.join("index.html").exists() {
        tracing::warn!(dir = %config.static_dir.display(), "no built app here (index.html missing): only /api works");
    }
    let store = tandem_backend::operator::open_store(&config).await?;
    let database = match &config.database {
        tandem_backend::config::Database::Sqlite => config.data_dir.join("tandem.sqlite3").display().to_string(),
        tandem_backend::config::Database::Postgres { .. } => "PostgreSQL (TANDEM_DATABASE_URL)".to_owned(),
    };
    let clock = SystemClock;
    let base_url = config.public_url();

    // The demo's logins are printed once, when it is seeded; the file keeps them for the developer.
    let logins_file = config.data_dir.join("demo-logins.txt");
    let mut seeded_logins = None;
    if config.seed_demo {
        let demo = DemoService::generate()?;
        if store.seed_demo_if_empty(&demo, clock.now()).await? {
            let logins = demo.logins_text(&base_url);
            tandem_backend::write_private(&logins_file, &logins)?;
            seeded_logins = Some(logins);
        }
    }

    let listener = tokio::net::TcpListener::bind(config.addr).await.with_context(|| format!("listening on {}", config.addr))?;
    let bound = listener.local_addr()?;
    println!("Tandem is running at http://{bound}/");
    println!("Database: {database}");
    match seeded_logins {
        Some(logins) => {
            println!(
                "The demo service was seeded. Its logins, printed this once:\n{logins}(kept in {}, readable by its owner only)",
                logins_file.display()
            );
            println!("Staff sign in at {base_url}/sign-in; young people and carers join at {base_url}/join with their code.");
        }
        None if logins_file.exists() => {
            println!("A demo service: its logins were printed when it was seeded and are kept in {}.", logins_file.display())
        }
        None => {}
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
        limits: Arc::new(RateLimiter::new(Limits::default()).trusting(config.trusted_proxies.clone())),
        static_dir: Arc::new(config.static_dir.clone()),
        relay_endpoint: config.relay.is_some(),
        push: Push::new(sender, config.push_allow_loopback),
        import_webhook,
        sealer: Arc::new(tandem_backend::secret::Sealer::load(&config.data_dir, config.sealing_key.clone(), config.count_secret_at_once)?),
        webauthn: Arc::new(tandem_backend::passkeys::relying_party(&tandem_backend::passkeys::passkey_origin(
            config.public_url.as_deref(),
            bound,
        ))?),
    };
    // Reminders go out from one task beside the server; everything it needs is in the database.
    let reminders = tokio::spawn(tandem_backend::reminders::run(state.clone(), std::future::pending()));
    // What is past its time is removed once a day.
    let purge = tokio::spawn(tandem_backend::retention::run(state.clone(), std::future::pending()));
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
    purge.abort();
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
