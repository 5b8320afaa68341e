//! The plan store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::plan_store!(SqliteStore, SqliteConnection, sqlite);
