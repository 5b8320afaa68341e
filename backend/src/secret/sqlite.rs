//! The sealed pool on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::secret_store!(SqliteStore, SqliteConnection);
