//! The case store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::case_store!(SqliteStore, SqliteConnection, sqlite);
