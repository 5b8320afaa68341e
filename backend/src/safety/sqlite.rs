//! Safety alerts on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::safety_store!(SqliteStore, SqliteConnection, sqlite);
