//! The complaints register on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::complaint_store!(PostgresStore, PgConnection, postgres);
