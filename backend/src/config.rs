//! Configuration from the environment. Every variable is listed in the README.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;

#[derive(Debug, Clone)]
pub struct Config {
    /// `TANDEM_ADDR`: where to listen.
    pub addr: SocketAddr,
    /// `TANDEM_DATA_DIR`: the SQLite database (unless PostgreSQL is chosen) and generated secrets.
    pub data_dir: PathBuf,
    /// `TANDEM_DATABASE_URL`: where the data lives.
    pub database: Database,
    /// `TANDEM_STATIC_DIR`: the built frontend to serve.
    pub static_dir: PathBuf,
    /// `TANDEM_TRUSTED_PROXIES`: the proxies whose forwarded client address is believed.
    pub trusted_proxies: crate::accounts::client_address::TrustedProxies,
    /// `TANDEM_PUBLIC_URL`: the address people reach the app at, for links the server prints.
    pub public_url: Option<String>,
    /// `TANDEM_SEED_DEMO`: seed the demo service into an empty database.
    pub seed_demo: bool,
    /// `TANDEM_SECURE_COOKIES`: mark the session cookie `Secure` (set when served over TLS).
    pub secure_cookies: bool,
    /// `TANDEM_PIN_IDLE_SECONDS`: idle time after which a phone asks for its PIN again.
    pub pin_idle_seconds: u32,
    /// `TANDEM_RELAY_URL` and `TANDEM_RELAY_SECRET`: the case-record endpoint, if any.
    pub relay: Option<RelayConfig>,
    /// `TANDEM_VAPID_PRIVATE_KEY`: the Web Push key (base64url, 32 bytes); made and kept in the
    /// data folder when unset.
    pub vapid_private_key: Option<String>,
    /// `TANDEM_VAPID_SUBJECT`: a `mailto:` or `https:` contact for the push services.
    pub vapid_subject: String,
    /// `TANDEM_PUSH_ALLOW_LOOPBACK`: accept plain-http push services on this machine (tests only).
    pub push_allow_loopback: bool,
    /// `TANDEM_IMPORT_SECRET`: the `whsec_` secret the case record signs appointments with;
    /// unset, the import endpoint is off.
    pub import_secret: Option<String>,
    /// `TANDEM_SEALING_KEY`: the key secret ballots and anonymous answers are sealed with until
    /// counted (base64url, 32 bytes); made and kept in the data folder when unset.
    pub sealing_key: Option<String>,
    /// `TANDEM_COUNT_SECRET_AT_ONCE`: count secret ballots and anonymous answers at the
    /// scheduler's next turn, not after the day they came (tests only: someone watching the
    /// results could then pair them with who took part).
    pub count_secret_at_once: bool,
}

/// Where the data lives: `TANDEM_DATABASE_URL` starting `postgres://` or `postgresql://` chooses
/// PostgreSQL; unset (or anything else), the SQLite file `tandem.sqlite3` in `TANDEM_DATA_DIR`.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite,
    Postgres { url: String },
}

impl Database {
    fn from_url(url: Option<String>) -> Database {
        match url {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => Database::Postgres { url },
            _ => Database::Sqlite,
        }
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite => f.write_str("Sqlite"),
            // The URL may carry a password: never in a debug log.
            Database::Postgres { .. } => f.write_str("Postgres"),
        }
    }
}

/// Where the relay delivers, and how it signs.
#[derive(Clone)]
pub struct RelayConfig {
    pub url: String,
    /// The endpoint's `whsec_` secret (Standard Webhooks).
    pub secret: String,
    /// `TANDEM_RELAY_TIMEOUT_SECONDS`: how long to wait for the endpoint's answer.
    pub timeout: std::time::Duration,
}

impl std::fmt::Debug for RelayConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret, not even in a debug log.
        f.debug_struct("RelayConfig").field("url", &self.url).field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

fn flag(lookup: &impl Fn(&str) -> Option<String>, name: &str, default: bool) -> anyhow::Result<bool> {
    match lookup(name).map(|value| value.to_ascii_lowercase()).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes") => Ok(true),
        Some("0" | "false" | "no") => Ok(false),
        Some(other) => anyhow::bail!("{name}={other:?} must be true or false"),
    }
}

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_STATIC_DIR: &str = "dist";

impl Config {
    /// Where people reach the app: `TANDEM_PUBLIC_URL`, else plain http to the listening address.
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr))
    }

    pub fn from_env() -> anyhow::Result<Config> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let addr_text = lookup("TANDEM_ADDR").unwrap_or_else(|| DEFAULT_ADDR.to_owned());
        let addr = addr_text.parse().with_context(|| format!("TANDEM_ADDR={addr_text:?} is not an address like {DEFAULT_ADDR}"))?;
        let pin_idle_text = lookup("TANDEM_PIN_IDLE_SECONDS").unwrap_or_else(|| "900".to_owned());
        let pin_idle_seconds = pin_idle_text
            .parse()
            .ok()
            .filter(|seconds| *seconds > 0)
            .with_context(|| format!("TANDEM_PIN_IDLE_SECONDS={pin_idle_text:?} must be a whole number of seconds"))?;
        Ok(Config {
            addr,
            data_dir: lookup("TANDEM_DATA_DIR").unwrap_or_else(|| DEFAULT_DATA_DIR.to_owned()).into(),
            database: Database::from_url(lookup("TANDEM_DATABASE_URL")),
            static_dir: lookup("TANDEM_STATIC_DIR").unwrap_or_else(|| DEFAULT_STATIC_DIR.to_owned()).into(),
            trusted_proxies: crate::accounts::client_address::TrustedProxies::parse(&lookup("TANDEM_TRUSTED_PROXIES").unwrap_or_default())
                .map_err(|err| anyhow::anyhow!("TANDEM_TRUSTED_PROXIES: {err}"))?,
            public_url: lookup("TANDEM_PUBLIC_URL").map(|url| url.trim().trim_end_matches('/').to_owned()).filter(|url| !url.is_empty()),
            seed_demo: flag(&lookup, "TANDEM_SEED_DEMO", false)?,
            secure_cookies: flag(&lookup, "TANDEM_SECURE_COOKIES", false)?,
            pin_idle_seconds,
            relay: relay_config(&lookup)?,
            vapid_private_key: lookup("TANDEM_VAPID_PRIVATE_KEY").filter(|key| !key.trim().is_empty()),
            vapid_subject: vapid_subject(&lookup)?,
            push_allow_loopback: flag(&lookup, "TANDEM_PUSH_ALLOW_LOOPBACK", false)?,
            sealing_key: lookup("TANDEM_SEALING_KEY").filter(|key| !key.trim().is_empty()),
            count_secret_at_once: flag(&lookup, "TANDEM_COUNT_SECRET_AT_ONCE", false)?,
            import_secret: lookup("TANDEM_IMPORT_SECRET").filter(|secret| !secret.trim().is_empty()),
        })
    }
}

pub const DEFAULT_VAPID_SUBJECT: &str = "mailto:tandem@localhost";

fn vapid_subject(lookup: &impl Fn(&str) -> Option<String>) -> anyhow::Result<String> {
    let subject = lookup("TANDEM_VAPID_SUBJECT").unwrap_or_else(|| DEFAULT_VAPID_SUBJECT.to_owned());
    anyhow::ensure!(
        subject.starts_with("mailto:") || subject.starts_with("https://"),
        "TANDEM_VAPID_SUBJECT={subject:?} must be a mailto: or https: contact"
    );
    Ok(subject)
}

/// An https address, or plain http to this machine itself (the host as parsed, so that
/// `http://localhost.evil.example` or `http://127.0.0.1@evil.example` is not taken for it).
fn relay_url_allowed(url: &str) -> bool {
    use reqwest::Url;
    use url::Host;
    let Ok(parsed) = Url::parse(url.trim()) else { return false };
    match (parsed.scheme(), parsed.host()) {
        ("https", Some(_)) => true,
        ("http", Some(Host::Domain(name))) => name == "localhost",
        ("http", Some(Host::Ipv4(address))) => address.is_loopback(),
        ("http", Some(Host::Ipv6(address))) => address.is_loopback(),
        _ => false,
    }
}

fn relay_config(lookup: &impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<RelayConfig>> {
    let Some(url) = lookup("TANDEM_RELAY_URL").filter(|url| !url.trim().is_empty()) else {
        return Ok(None);
    };
    anyhow::ensure!(relay_url_allowed(&url), "TANDEM_RELAY_URL={url:?} must be https:// (plain http only to this machine, for testing)");
    let secret = lookup("TANDEM_RELAY_SECRET")
        .filter(|secret| !secret.trim().is_empty())
        .context("TANDEM_RELAY_URL is set: set TANDEM_RELAY_SECRET to the endpoint's whsec_ secret too")?;
    let timeout_text = lookup("TANDEM_RELAY_TIMEOUT_SECONDS").unwrap_or_else(|| "10".to_owned());
    let seconds: u64 = timeout_text
        .parse()
        .ok()
        .filter(|s| (1..=300).contains(s))
        .with_context(|| format!("TANDEM_RELAY_TIMEOUT_SECONDS={timeout_text:?} must be 1 to 300"))?;
    Ok(Some(RelayConfig { url, secret, timeout: std::time::Duration::from_secs(seconds) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relay_may_be_plain_http_only_to_this_machine_by_its_parsed_host() {
        for allowed in ["https://records.example.org/tandem", "http://127.0.0.1:9000/hook", "http://localhost:9000/", "http://[::1]:9000/"]
        {
            assert!(relay_url_allowed(allowed), "{allowed}");
        }
        for refused in [
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "http://127.0.0.1@evil.example/",
            "http://10.0.0.5/hook",
            "ftp://127.0.0.1/",
            "https://",
            "records.example.org",
        ] {
            assert!(!relay_url_allowed(refused), "{refused}");
        }
    }

    #[test]
    fn defaults_when_nothing_is_set() {
        let config = Config::from_lookup(|_| None).unwrap();
        assert_eq!(config.addr.to_string(), DEFAULT_ADDR);
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.static_dir, PathBuf::from("dist"));
        assert!(!config.seed_demo, "the demo only when asked");
        assert_eq!(config.public_url(), "http://127.0.0.1:8080");
        assert!(!config.secure_cookies);
        assert_eq!(config.pin_idle_seconds, 900);
        assert!(config.relay.is_none());
        assert_eq!(config.database, Database::Sqlite);
    }

    #[test]
    fn a_postgres_url_chooses_postgres_and_stays_out_of_logs() {
        for url in ["postgres://tandem:hunter2@db/tandem", "postgresql://tandem:hunter2@db/tandem"] {
            let config = Config::from_lookup(|name| (name == "TANDEM_DATABASE_URL").then(|| url.into())).unwrap();
            assert_eq!(config.database, Database::Postgres { url: url.to_owned() });
            assert!(!format!("{config:?}").contains("hunter2"));
        }
        let other = Config::from_lookup(|name| (name == "TANDEM_DATABASE_URL").then(|| "sqlite://x".into())).unwrap();
        assert_eq!(other.database, Database::Sqlite);
    }

    #[test]
    fn a_relay_endpoint_needs_its_secret_and_https() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
        };
        let no_secret = Config::from_lookup(env(&[("TANDEM_RELAY_URL", "https://record.example/fhir")])).unwrap_err();
        assert!(no_secret.to_string().contains("TANDEM_RELAY_SECRET"));
        let plain =
            Config::from_lookup(env(&[("TANDEM_RELAY_URL", "http://record.example"), ("TANDEM_RELAY_SECRET", "whsec_eA==")])).unwrap_err();
        assert!(plain.to_string().contains("https"));
        let ok = Config::from_lookup(env(&[("TANDEM_RELAY_URL", "https://record.example/fhir"), ("TANDEM_RELAY_SECRET", "whsec_eA==")]))
            .unwrap();
        let relay = ok.relay.unwrap();
        assert_eq!(relay.timeout.as_secs(), 10);
        assert!(!format!("{relay:?}").contains("whsec"));
    }

    #[test]
    fn bad_address_is_reported_by_name() {
        let err = Config::from_lookup(|name| (name == "TANDEM_ADDR").then(|| "nope".into())).unwrap_err();
        assert!(err.to_string().contains("TANDEM_ADDR"));
    }
}
