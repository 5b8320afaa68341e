//! `run_once` on SQLite (written once for both engines in `store.rs`).

use sqlx::{SqliteConnection, SqlitePool};

/// Nothing to wait for: SQLite's one writer runs operations one at a time.
async fn take_turn(_conn: &mut SqliteConnection, _id: &str) -> Result<(), StorageError> {
    Ok(())
}

super::store::run_once_on!(SqliteConnection, SqlitePool);
