//! Push subscriptions and preferences on PostgreSQL (written once for both engines in `store.rs`).

use crate::storage::PostgresStore;

super::store::push_store!(PostgresStore);
