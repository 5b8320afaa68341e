//! The sealed pool on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::PostgresStore;

super::store::secret_store!(PostgresStore, PgConnection);
