//! Safety alerts on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::safety_store!(PostgresStore, PgConnection, postgres);
