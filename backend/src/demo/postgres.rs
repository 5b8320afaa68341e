//! The demo seed on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::PgConnection;

use crate::storage::postgres::lock;
use crate::storage::PostgresStore;

/// Two servers starting on one empty database at once: the second waits, then sees the demo.
async fn seed_lock(conn: &mut PgConnection) -> Result<(), StorageError> {
    lock(conn, "demo", "seed").await
}

super::store::demo_store!(PostgresStore, PgConnection, pool, postgres);
