//! `run_once`, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`run_once_on!`] for their store and connection.

/// Expands `OperationWork` and `run_once` for `$store` over `$conn`.
macro_rules! run_once_on {
    ($store:ident, $conn:ty) => {
        use futures::future::BoxFuture;
        use time::OffsetDateTime;

        use super::{OperationAnswer, OperationKey, StoredOperation};
        use $crate::storage::StorageError;

        /// Work done inside the operation's transaction; answers the status and body to store.
        pub type OperationWork =
            Box<dyn for<'c> FnOnce(&'c mut $conn) -> BoxFuture<'c, Result<(u16, serde_json::Value), StorageError>> + Send>;

        /// Runs `work` once per operation id. The record, its outbox event and the stored answer
        /// commit together or not at all, so a phone that never heard the answer can safely resend.
        pub async fn run_once(
            store: &$store,
            key: OperationKey<'_>,
            now: OffsetDateTime,
            work: OperationWork,
        ) -> Result<OperationAnswer, StorageError> {
            let mut tx = $crate::storage::Engine::writer(store).begin().await?;
            let id = key.stored_id.clone();
            // Identical requests side by side (on PostgreSQL's many connections, or servers) take
            // turns: the second waits until the first commits, then replays its stored answer.
            <$store as $crate::storage::Engine>::hold(&mut tx, "operation", &id).await?;
            let prior: Option<StoredOperation> =
                sqlx::query_as("SELECT kind, request_digest, status, response FROM operations WHERE id = $1")
                    .bind(&id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some(prior) = prior {
                return key.replay(prior);
            }
            let (status, body) = work(&mut tx).await?;
            sqlx::query(
                "INSERT INTO operations (id, kind, request_digest, status, response, accepted_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&id)
            .bind(key.kind)
            .bind(&key.request_digest)
            .bind(i64::from(status))
            .bind(key.stored_response(&body)?)
            .bind(key.accepted_at(now))
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(OperationAnswer { status, body, replayed: false })
        }
    };
}

pub(crate) use run_once_on;
