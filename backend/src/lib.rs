//! Tandem's server. `main.rs` only reads the configuration and calls [`run`]; tests call
//! [`run`] themselves on a port-0 listener with their own database and clock.

pub mod accounts;
pub mod appointments;
pub mod assessments;
pub mod cabinet;
pub mod cases;
pub mod clock;
pub mod complaints;
pub mod config;
pub mod csv;
pub mod demo;
pub mod error;
pub mod extract;
pub mod feedback;
pub mod health;
pub mod json;
pub mod openapi;
pub mod operations;
pub mod operator;
pub mod outbox;
pub mod passkeys;
pub mod plans;
pub mod push;
pub mod relay;
pub mod reminders;
pub mod retention;
pub mod safety;
pub mod secret;
pub mod sessions;
pub mod state;
pub mod storage;
pub mod surveys;
pub mod voice;
pub mod web;

use std::future::Future;
use std::path::Path;

use tokio::net::TcpListener;

pub use state::AppState;

/// A secret the server generates once: `configured` if given (and not blank), else the one kept
/// in `file`, else `make`'s, written there readable by the server's user only.
pub fn kept_secret(file: &Path, configured: Option<String>, make: impl FnOnce() -> String) -> anyhow::Result<String> {
    use anyhow::Context;
    if let Some(secret) = configured.filter(|secret| !secret.trim().is_empty()) {
        return Ok(secret.trim().to_owned());
    }
    if let Ok(existing) = std::fs::read_to_string(file) {
        return Ok(existing.trim().to_owned());
    }
    let secret = make();
    write_private(file, &secret).with_context(|| format!("writing {}", file.display()))?;
    Ok(secret)
}

/// Makes `dir` if need be, open to its owner only (0700): it holds the database, its keys and
/// the demo's logins.
pub fn private_folder(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

/// Writes a file only its owner can read.
pub fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    file.write_all(contents.as_bytes())
}

/// Serves the API and the built app on `listener` until `shutdown` completes, then lets
/// requests in flight finish.
pub async fn run(listener: TcpListener, state: AppState, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
    let app = web::router(state);
    // The client address feeds the sign-in, invite and PIN rate limits.
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).with_graceful_shutdown(shutdown).await
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_data_folder_is_its_owners_only_made_new_or_found() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("data");
        super::private_folder(&made).unwrap();
        assert_eq!(std::fs::metadata(&made).unwrap().permissions().mode() & 0o777, 0o700);
        std::fs::set_permissions(&made, std::fs::Permissions::from_mode(0o755)).unwrap();
        super::private_folder(&made).unwrap();
        assert_eq!(std::fs::metadata(&made).unwrap().permissions().mode() & 0o777, 0o700);
    }
}
