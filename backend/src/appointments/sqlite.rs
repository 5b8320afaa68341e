//! The appointment store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::appointment_store!(SqliteStore, SqliteConnection, sqlite);
