use futures::future::BoxFuture;
use sqlx::{SqliteConnection, SqlitePool};
use time::OffsetDateTime;

use super::{OperationAnswer, OperationKey, StoredOperation};
use crate::storage::{to_millis, StorageError};

/// Work done inside the operation's transaction; answers the status and body to store.
pub type OperationWork = Box<
    dyn for<'c> FnOnce(
            &'c mut SqliteConnection,
        ) -> BoxFuture<'c, Result<(u16, serde_json::Value), StorageError>>
        + Send,
>;

/// Runs `work` once per operation id. The record, its outbox event and the stored answer
/// commit together or not at all, so a phone that never heard the answer can safely resend.
pub async fn run_once(
    writer: &SqlitePool,
    key: OperationKey<'_>,
    now: OffsetDateTime,
    work: OperationWork,
) -> Result<OperationAnswer, StorageError> {
    let mut tx = writer.begin().await?;
    let prior: Option<StoredOperation> = sqlx::query_as(
        "SELECT kind, request_digest, status, response FROM operations WHERE id = ?",
    )
    .bind(key.id.to_string())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(prior) = prior {
        return key.replay(prior);
    }
    let (status, body) = work(&mut tx).await?;
    sqlx::query(
        "INSERT INTO operations (id, kind, request_digest, status, response, accepted_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(key.id.to_string())
    .bind(key.kind)
    .bind(&key.request_digest)
    .bind(i64::from(status))
    .bind(serde_json::to_string(&body)?)
    .bind(to_millis(now))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(OperationAnswer {
        status,
        body,
        replayed: false,
    })
}
