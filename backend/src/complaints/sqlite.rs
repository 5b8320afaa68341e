//! The complaints register on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::complaint_store!(SqliteStore, SqliteConnection, sqlite);
