//! Push subscriptions and preferences on SQLite (written once for both engines in `store.rs`).

use crate::storage::SqliteStore;

super::store::push_store!(SqliteStore);
