//! The voice store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::voice_store!(SqliteStore, SqliteConnection, sqlite);
