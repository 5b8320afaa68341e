//! argon2id for staff passwords and device PINs, with OWASP's parameters (19 MiB, 2 passes,
//! 1 lane). Hashing runs on the blocking pool: it is meant to be slow. At most
//! [`AT_ONCE`] hashes run at once, whoever asks; the rest wait their turn for a while, then are
//! refused as too many (429), so a flood of guesses cannot take every core and all the memory.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::rngs::OsRng;

use crate::storage::StorageError;

fn hasher() -> Result<Argon2<'static>, StorageError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|err| StorageError::caused("argon2 params", err.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

pub fn hash_now(secret: &str) -> Result<String, StorageError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()?
        .hash_password(secret.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| StorageError::caused("argon2", err.to_string()))
}

/// Hashes (or verifies) running at once, at most.
pub const AT_ONCE: usize = 4;
/// How long a hash waits for its turn before it is refused as too many.
const WAIT: std::time::Duration = std::time::Duration::from_secs(10);

static TURNS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(AT_ONCE);

/// Runs `work` on the blocking pool once a turn is free.
async fn in_turn<T: Send + 'static>(work: impl FnOnce() -> Result<T, StorageError> + Send + 'static) -> Result<T, StorageError> {
    let _turn = match tokio::time::timeout(WAIT, TURNS.acquire()).await {
        Ok(Ok(turn)) => turn,
        _ => return Err(StorageError::Refused(tandem_domain::ErrorCode::RateLimited)),
    };
    tokio::task::spawn_blocking(work).await.map_err(|err| StorageError::caused("hashing task", err))?
}

pub async fn hash(secret: String) -> Result<String, StorageError> {
    in_turn(move || hash_now(&secret)).await
}

/// True when `secret` matches `stored`. With no stored hash it still does the work, so an
/// unknown email takes as long to refuse as a wrong password.
pub async fn verify(secret: String, stored: Option<String>) -> Result<bool, StorageError> {
    in_turn(move || {
        let argon2 = hasher()?;
        match stored.as_deref().map(PasswordHash::new) {
            Some(Ok(parsed)) => Ok(argon2.verify_password(secret.as_bytes(), &parsed).is_ok()),
            _ => {
                let _ = hash_now(&secret);
                Ok(false)
            }
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_secret() {
        let stored = hash("correct horse battery".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("correct horse battery".into(), Some(stored.clone())).await.unwrap());
        assert!(!verify("wrong".into(), Some(stored)).await.unwrap());
        assert!(!verify("anything".into(), None).await.unwrap());
    }
}
