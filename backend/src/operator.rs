//! The operator's commands on the one binary, beside `tandem serve`: make a service and its
//! first admin, back the SQLite database up while the server runs, and check the configuration
//! for what is insecure. Each answers in words for a person at a terminal.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use tandem_domain::accounts::{DisplayName, Email};

use crate::accounts::session::{self, SessionPolicy};
use crate::accounts::NewService;
use crate::clock::{Clock, SystemClock};
use crate::config::{Config, Database};
use crate::storage::{PostgresStore, SqliteStore, StorageError, Store};

/// The database the configuration names, with its migrations applied.
pub async fn open_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    crate::private_folder(&config.data_dir)
        .with_context(|| format!("making TANDEM_DATA_DIR {} its owner's only", config.data_dir.display()))?;
    Ok(match &config.database {
        Database::Sqlite => {
            let file = config.data_dir.join("tandem.sqlite3");
            Arc::new(SqliteStore::open(&file).await.with_context(|| format!("opening {}", file.display()))?)
        }
        Database::Postgres { url } => {
            Arc::new(PostgresStore::connect(url).await.context("connecting to PostgreSQL (TANDEM_DATABASE_URL)")?)
        }
    })
}

/// `tandem service create`: a service and its admin, and the one-time link (72 hours) the admin
/// sets a password with. No password is made, printed or kept.
pub async fn create_service(
    config: &Config,
    name: &str,
    admin_name: &str,
    admin_email: &str,
    passkeys_required: bool,
) -> anyhow::Result<String> {
    let name = DisplayName::parse(name).map_err(|code| anyhow::anyhow!("the service's name: {}", code.as_str()))?;
    let admin_name = DisplayName::parse(admin_name).map_err(|code| anyhow::anyhow!("the admin's name: {}", code.as_str()))?;
    let email = Email::parse(admin_email).map_err(|code| anyhow::anyhow!("the admin's email: {}", code.as_str()))?;
    let store = open_store(config).await?;
    let now = SystemClock.now();
    let lifetime = SessionPolicy::default().password_link_lifetime;
    let (token, token_hash) = session::new_token();
    let service = NewService {
        name: name.as_str(),
        admin_name: admin_name.as_str(),
        admin_email: email.as_str(),
        token_hash,
        expires_at: now + lifetime,
        passkeys_required,
    };
    let made = store.create_service(service, now).await;
    // Passkeys work only at the address they were made for: without TANDEM_PUBLIC_URL, that is
    // localhost, and an admin asked for one elsewhere could not add it.
    let passkeys = match (passkeys_required, &config.public_url) {
        (false, _) => "Managers and admins are not asked for a passkey (an admin can change this on Staff accounts).".to_owned(),
        (true, Some(url)) => {
            format!("Managers and admins must add a passkey at {url} before anything else (an admin can change this on Staff accounts).")
        }
        (true, None) => format!(
            "Managers and admins must add a passkey before anything else, and TANDEM_PUBLIC_URL is not set: passkeys then work only \
             at http://localhost:{} on this machine. Set TANDEM_PUBLIC_URL to the https address people use, or make the service \
             with --without-passkeys.",
            config.addr.port()
        ),
    };
    store.close().await;
    match made {
        Ok(_) => Ok(format!(
            "Made the service \"{}\" and its admin, {} <{}>.\n\
             Send the admin this link to set their password. It works once, for {} hours:\n\
             {}/set-password?token={token}\n{passkeys}\n",
            name.as_str(),
            admin_name.as_str(),
            email.as_str(),
            lifetime.whole_hours(),
            config.public_url(),
        )),
        Err(StorageError::Refused(tandem_domain::ErrorCode::EmailTaken)) => {
            anyhow::bail!("{} already has an account: give the admin another email", email.as_str())
        }
        Err(err) => Err(err).context("making the service"),
    }
}

/// `tandem backup --to FILE`: a consistent copy of the SQLite database, made while the server
/// runs (SQLite's `VACUUM INTO` reads one snapshot; writers carry on). Readable by its owner only.
pub async fn backup(config: &Config, to: &Path) -> anyhow::Result<String> {
    if let Database::Postgres { .. } = config.database {
        anyhow::bail!(
            "the data is in PostgreSQL (TANDEM_DATABASE_URL): back it up with PostgreSQL's own tools, for example\n  \
             pg_dump --format=custom --file=tandem.dump \"$TANDEM_DATABASE_URL\"\n(see the README, \"Backups\")"
        );
    }
    anyhow::ensure!(!to.exists(), "{} is there already: name a new file", to.display());
    let file = config.data_dir.join("tandem.sqlite3");
    anyhow::ensure!(file.exists(), "no database at {}: nothing to back up", file.display());
    let store = SqliteStore::open(&file).await.with_context(|| format!("opening {}", file.display()))?;
    let copied = store.copy_into(to).await;
    store.close().await;
    copied.with_context(|| format!("copying into {}", to.display()))?;
    let bytes = std::fs::metadata(to).map(|found| found.len()).unwrap_or(0);
    Ok(format!("Backed up {} to {} ({bytes} bytes, readable by its owner only).\n", file.display(), to.display()))
}

/// One finding of `tandem check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub insecure: bool,
    pub words: String,
}

/// `tandem check`: the configuration in force, and what is insecure about it for a real service.
pub fn check(config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut say = |insecure: bool, words: String| findings.push(Finding { insecure, words });
    say(false, format!("Listening on {}; links say {}", config.addr, config.public_url()));
    say(
        false,
        match &config.database {
            Database::Sqlite => format!("Data: SQLite in {}", config.data_dir.join("tandem.sqlite3").display()),
            Database::Postgres { .. } => "Data: PostgreSQL (TANDEM_DATABASE_URL)".to_owned(),
        },
    );
    if config.trusted_proxies != crate::accounts::client_address::TrustedProxies::default() {
        say(false, "TANDEM_TRUSTED_PROXIES is set: their X-Forwarded-For names the client for the limits on guessing.".into());
    }
    if !config.secure_cookies {
        say(true, "TANDEM_SECURE_COOKIES is off: sign-in cookies may travel over plain http. Serve over TLS and set it to true.".into());
    }
    if !config.public_url().starts_with("https://") {
        say(true, format!("Links sent to people ({}) are not https: set TANDEM_PUBLIC_URL to the https address.", config.public_url()));
    }
    if config.public_url.is_none() {
        say(
            true,
            format!("TANDEM_PUBLIC_URL is not set: staff passkeys work only at http://localhost:{}, on this machine.", config.addr.port()),
        );
    }
    if config.push_allow_loopback {
        say(true, "TANDEM_PUSH_ALLOW_LOOPBACK is on: reminders may be sent to plain-http addresses on this machine (tests only).".into());
    }
    if config.seed_demo {
        say(true, "TANDEM_SEED_DEMO is on: an empty database gets the demo service, whose people and logins are known.".into());
    }
    if config.count_secret_at_once {
        say(
            true,
            "TANDEM_COUNT_SECRET_AT_ONCE is on: someone watching results could pair secret ballots with who voted (tests only).".into(),
        );
    }
    if config.vapid_subject == crate::config::DEFAULT_VAPID_SUBJECT {
        say(true, "TANDEM_VAPID_SUBJECT is the default: push services cannot reach you about your reminders. Set a real mailto: or https: contact.".into());
    }
    if let Some(relay) = &config.relay {
        if !relay.url.starts_with("https://") {
            say(true, format!("TANDEM_RELAY_URL is plain http ({}): only for testing on this machine.", relay.url));
        }
    } else {
        say(false, "No case-record endpoint (TANDEM_RELAY_URL): staff download events and record them by hand.".into());
    }
    if let Some(mode) = folder_mode(&config.data_dir) {
        if mode & 0o077 != 0 {
            say(
                true,
                format!(
                    "The data folder {} can be read by others (mode {mode:o}); the server makes it 0700 when it starts.",
                    config.data_dir.display()
                ),
            );
        }
    }
    findings
}

fn folder_mode(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(dir).ok().map(|found| found.permissions().mode() & 0o777)
}
