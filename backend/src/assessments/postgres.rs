//! The assessment forms' store on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::assessment_store!(PostgresStore, PgConnection, postgres);
