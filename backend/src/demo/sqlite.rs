//! The demo seed on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

/// Nothing to wait for: SQLite's one writer runs the seeding transaction alone.
async fn seed_lock(_conn: &mut SqliteConnection) -> Result<(), StorageError> {
    Ok(())
}

super::store::demo_store!(SqliteStore, SqliteConnection, writer, sqlite);
