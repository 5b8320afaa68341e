//! `run_once` on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::run_once_on!(PostgresStore, PgConnection);
