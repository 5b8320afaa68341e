//! The demo seed on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::demo_store!(SqliteStore, SqliteConnection, sqlite);
