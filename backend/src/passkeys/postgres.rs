//! The passkey store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::passkey_store!(PostgresStore, PgConnection, postgres);
