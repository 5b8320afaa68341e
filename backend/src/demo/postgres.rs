//! The demo seed on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::demo_store!(PostgresStore, PgConnection, postgres);
