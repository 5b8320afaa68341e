//! The assessment forms' store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::assessment_store!(SqliteStore, SqliteConnection, sqlite);
