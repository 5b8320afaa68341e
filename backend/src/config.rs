//! Configuration from the environment. Every variable is listed in the README.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;

#[derive(Debug, Clone)]
pub struct Config {
    /// `TANDEM_ADDR`: where to listen.
    pub addr: SocketAddr,
    /// `TANDEM_DATA_DIR`: the SQLite database and generated secrets.
    pub data_dir: PathBuf,
    /// `TANDEM_STATIC_DIR`: the built frontend to serve.
    pub static_dir: PathBuf,
    /// `TANDEM_ADMIN_TOKEN`: bearer token for staff-only reads until accounts exist;
    /// generated into the data directory when unset.
    pub admin_token: Option<String>,
    /// `TANDEM_SEED_DEMO`: seed the demo service into an empty database.
    pub seed_demo: bool,
}

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_STATIC_DIR: &str = "dist";

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let addr_text = lookup("TANDEM_ADDR").unwrap_or_else(|| DEFAULT_ADDR.to_owned());
        let addr = addr_text
            .parse()
            .with_context(|| format!("TANDEM_ADDR={addr_text:?} is not an address like {DEFAULT_ADDR}"))?;
        let seed_text = lookup("TANDEM_SEED_DEMO").unwrap_or_else(|| "true".to_owned());
        let seed_demo = match seed_text.to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" => true,
            "0" | "false" | "no" => false,
            other => anyhow::bail!("TANDEM_SEED_DEMO={other:?} must be true or false"),
        };
        Ok(Config {
            addr,
            data_dir: lookup("TANDEM_DATA_DIR")
                .unwrap_or_else(|| DEFAULT_DATA_DIR.to_owned())
                .into(),
            static_dir: lookup("TANDEM_STATIC_DIR")
                .unwrap_or_else(|| DEFAULT_STATIC_DIR.to_owned())
                .into(),
            admin_token: lookup("TANDEM_ADMIN_TOKEN").filter(|token| !token.is_empty()),
            seed_demo,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_nothing_is_set() {
        let config = Config::from_lookup(|_| None).unwrap();
        assert_eq!(config.addr.to_string(), DEFAULT_ADDR);
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.static_dir, PathBuf::from("dist"));
        assert!(config.seed_demo);
        assert!(config.admin_token.is_none());
    }

    #[test]
    fn bad_address_is_reported_by_name() {
        let err = Config::from_lookup(|name| (name == "TANDEM_ADDR").then(|| "nope".into()))
            .unwrap_err();
        assert!(err.to_string().contains("TANDEM_ADDR"));
    }
}
