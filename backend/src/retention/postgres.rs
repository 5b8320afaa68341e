//! The retention store on PostgreSQL (written once for both engines in `store.rs`).

use crate::storage::PostgresStore;

super::store::retention_store!(PostgresStore);
