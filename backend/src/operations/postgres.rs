//! `run_once` on PostgreSQL (written once for both engines in `store.rs`).

use sqlx::{PgConnection, PgPool};

use crate::storage::postgres::lock;

/// PostgreSQL runs identical requests side by side on many connections (and servers): the
/// transaction first takes a lock on the operation id, so a second request with the same id
/// waits until the first commits, then reads its stored answer instead of doing the work again.
async fn take_turn(conn: &mut PgConnection, id: &str) -> Result<(), StorageError> {
    lock(conn, "operation", id).await
}

super::store::run_once_on!(PgConnection, PgPool);
