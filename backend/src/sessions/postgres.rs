//! The session store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

/// Closing a session locks its row; scores and joins read it shared, so they wait for a close.
const FOR_UPDATE: &str = "FOR UPDATE OF s";
const FOR_SHARE: &str = "FOR SHARE OF s";

super::store::session_store!(PostgresStore, PgConnection, pool, pool, postgres);
