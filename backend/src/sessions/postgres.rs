//! The session store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::session_store!(PostgresStore, PgConnection, postgres);
