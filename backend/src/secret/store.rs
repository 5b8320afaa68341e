//! The sealed pool, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`secret_store!`] with their types.

/// Expands the pool's SQL for `$conn` and the secret store for `$store`.
macro_rules! secret_store {
    ($store:ident, $conn:ty) => {
        use $crate::storage::Engine as _;

        use time::Date;
        use uuid::Uuid;

        use $crate::secret::{count_batch, SealedRow, SealedTx, Sealer, SecretStore};
        use $crate::storage::{random_id, StorageError};

        #[async_trait::async_trait]
        impl SealedTx for $conn {
            async fn insert_sealed(&mut self, subject_id: Uuid, received_on: &str, sealed: &[u8]) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO sealed_contributions (id, subject_id, received_on, sealed) VALUES ($1, $2, $3, $4)")
                    .bind(random_id().to_string())
                    .bind(subject_id.to_string())
                    .bind(received_on)
                    .bind(sealed)
                    .execute(self)
                    .await?;
                Ok(())
            }

            // One DELETE ... RETURNING claims the rows: on PostgreSQL a second transaction
            // claiming at once waits on the same rows and then finds them gone.
            async fn claim_sealed(&mut self, before: &str, limit: i64) -> Result<Vec<SealedRow>, StorageError> {
                Ok(sqlx::query_as(
                    "DELETE FROM sealed_contributions WHERE id IN
                         (SELECT id FROM sealed_contributions WHERE received_on < $1 ORDER BY id LIMIT $2)
                     RETURNING sealed",
                )
                .bind(before)
                .bind(limit)
                .fetch_all(self)
                .await?)
            }
        }

        #[async_trait::async_trait]
        impl SecretStore for $store {
            async fn count_sealed(&self, sealer: &Sealer, before: Date) -> Result<usize, StorageError> {
                let mut tx = self.writer().begin().await?;
                let counted = count_batch(&mut *tx, sealer, before).await?;
                tx.commit().await?;
                Ok(counted)
            }

            async fn waiting(&self, subject_id: Uuid) -> Result<u32, StorageError> {
                let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sealed_contributions WHERE subject_id = $1")
                    .bind(subject_id.to_string())
                    .fetch_one(self.reader())
                    .await?;
                Ok(u32::try_from(waiting).unwrap_or(u32::MAX))
            }
        }
    };
}

pub(crate) use secret_store;
