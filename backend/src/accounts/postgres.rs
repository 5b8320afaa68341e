//! The accounts store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::account_store!(PostgresStore, PgConnection, postgres);
