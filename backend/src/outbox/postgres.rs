//! The outbox on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::outbox_store!(PostgresStore, PgConnection);
