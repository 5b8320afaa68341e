//! The feedback store on PostgreSQL (written once for both engines in `store.rs`).

use crate::storage::PostgresStore;

super::store::feedback_store!(PostgresStore, postgres);
