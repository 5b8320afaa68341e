//! The case store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::case_store!(PostgresStore, PgConnection, postgres);
