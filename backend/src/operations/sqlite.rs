//! `run_once` on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::run_once_on!(SqliteStore, SqliteConnection);
