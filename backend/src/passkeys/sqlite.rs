//! The passkey store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::passkey_store!(SqliteStore, SqliteConnection, sqlite);
