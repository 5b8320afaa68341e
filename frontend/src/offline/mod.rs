//! What a young person or carer writes stays on the phone until the server has accepted it.
//! `drafts` keeps a form as it is typed; `outbox` keeps what was sent until the server answers,
//! each with a UUID v7 the server accepts once. One IndexedDB database holds both; the service
//! worker (service-worker/sw.js) reads the same outbox for Background Sync, so the names here
//! and there must match.

pub mod drafts;
mod locks;
pub mod outbox;
pub mod sync;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

pub const DATABASE: &str = "tandem";
pub const DATABASE_VERSION: u32 = 1;
pub const DRAFTS: &str = "drafts";
pub const OUTBOX: &str = "outbox";

/// The browser's local storage, for small settings read before anything else (who the phone is,
/// its language, the PIN's verifier); none when the browser refuses it.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The setting kept under `key` in local storage.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key` in local storage, or removes it (none).
pub fn store(key: &str, value: Option<&str>) {
    let Some(storage) = local_storage() else { return };
    let _ = match value {
        Some(value) => storage.set_item(key, value),
        None => storage.remove_item(key),
    };
}

/// Why the phone's store failed: the browser refused storage (private mode, full disk).
#[derive(Debug, Clone, PartialEq)]
pub struct StoreError(pub String);

impl From<indexed_db_futures::error::Error> for StoreError {
    fn from(err: indexed_db_futures::error::Error) -> Self {
        StoreError(err.to_string())
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StoreError {
    fn from(err: indexed_db_futures::error::OpenDbError) -> Self {
        StoreError(err.to_string())
    }
}

/// Empties the phone's store: drafts, kept copies and the outbox, in one transaction. Run when
/// the person's device session ends or someone else signs in on this phone.
pub async fn wipe() -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction([DRAFTS, OUTBOX]).with_mode(indexed_db_futures::transaction::TransactionMode::Readwrite).build()?;
    tx.object_store(DRAFTS)?.clear()?.await?;
    tx.object_store(OUTBOX)?.clear()?.await?;
    tx.commit().await?;
    Ok(())
}

/// 32 random bytes from the browser's generator, as 64 hex digits: a secret the phone makes
/// for itself (a session's participant token).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    let crypto = web_sys::window().and_then(|window| window.crypto().ok());
    // Without a generator (never in a browser Tandem runs in) two v7 UUIDs stand in, as for complaints.
    if crypto.is_none_or(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_err()) {
        return format!("{}{}", uuid::Uuid::now_v7().simple(), uuid::Uuid::now_v7().simple());
    }
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Reads `path` and keeps the answer's text on the phone under `cache` (not on a phone marked
/// as shared); with no connection, reads the kept copy. Answers what was read and whether it is
/// the phone's copy.
pub async fn read_through<T: serde::de::DeserializeOwned>(path: &str, cache: &str) -> Result<(T, bool), tandem_domain::ErrorCode> {
    use tandem_domain::ErrorCode;
    let read = |text: &str| crate::json::from_str::<T>(text).map_err(|_| ErrorCode::Internal);
    let cache = format!("{}{cache}", drafts::KEPT_COPY_PREFIX);
    let cache = cache.as_str();
    match crate::api::get_text(path).await {
        Ok(text) => {
            let value = read(&text)?;
            if !crate::auth::phone_is_shared() {
                let _ = drafts::save(cache, &text).await;
            }
            Ok((value, false))
        }
        Err(err) if err.code() == ErrorCode::Offline => match drafts::load::<String>(cache).await.ok().flatten() {
            Some(text) => Ok((read(&text)?, true)),
            None => Err(ErrorCode::Offline),
        },
        Err(err) => Err(err.code()),
    }
}

pub async fn open() -> Result<Database, StoreError> {
    let db = Database::open(DATABASE)
        .with_version(DATABASE_VERSION)
        .with_on_upgrade_needed(|event, db| {
            if event.old_version() < 1.0 {
                // Drafts are keyed by the form's name; outbox entries by their operation id,
                // whose UUID v7 text sorts in the order they were written.
                db.create_object_store(DRAFTS).build()?;
                db.create_object_store(OUTBOX).with_key_path("id".into()).build()?;
            }
            Ok(())
        })
        .await?;
    Ok(db)
}
