//! The retention store on SQLite (written once for both engines in `store.rs`).

use crate::storage::SqliteStore;

super::store::retention_store!(SqliteStore);
