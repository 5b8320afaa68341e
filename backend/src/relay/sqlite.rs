//! The relay store on SQLite (written once for both engines in `store.rs`): one server relays at
//! a time, under the `relay` lease.

use crate::storage::SqliteStore;

super::store::relay_store!(SqliteStore, {});
