//! The feedback store on SQLite (written once for both engines in `store.rs`).

use crate::storage::SqliteStore;

super::store::feedback_store!(SqliteStore, sqlite);
