//! The outbox, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`outbox_store!`] for their store, connection and writing pool.

/// Expands `append` over `$conn` and the outbox store for `$store`.
macro_rules! outbox_store {
    ($store:ident, $conn:ty) => {
        use uuid::Uuid;
        use $crate::storage::Engine as _;

        use super::{NewEvent, OutboxStore};
        use $crate::storage::{to_millis, StorageError};

        /// Appends `event` on `conn`, which must be the transaction that stores the record it describes.
        pub async fn append(conn: &mut $conn, event: &NewEvent) -> Result<Uuid, StorageError> {
            // An event that tells only its day (an anonymous answer or complaint: no person, the
            // day's start) gets an id of that day too, so its id tells no more than its time.
            let day_only = event.young_person_id.is_none() && event.occurred_at.time() == time::Time::MIDNIGHT;
            let id = if day_only {
                let seconds = u64::try_from(event.occurred_at.unix_timestamp()).unwrap_or(0);
                Uuid::new_v7(uuid::Timestamp::from_unix(uuid::NoContext, seconds, 0))
            } else {
                Uuid::now_v7()
            };
            let at = to_millis(event.occurred_at);
            sqlx::query(
                "INSERT INTO outbox_events (id, kind, service_id, young_person_id, payload, occurred_at, next_attempt_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id.to_string())
            .bind(event.event.kind().as_str())
            .bind(event.service_id.to_string())
            .bind(event.young_person_id.map(|person| person.to_string()))
            .bind(serde_json::to_string(&event.event.payload()?)?)
            .bind(at)
            .bind(at)
            .execute(conn)
            .await?;
            Ok(id)
        }

        #[async_trait::async_trait]
        impl OutboxStore for $store {
            async fn append_event(&self, event: &NewEvent) -> Result<Uuid, StorageError> {
                let mut conn = self.writer().acquire().await?;
                append(&mut conn, event).await
            }

            async fn append_events(&self, events: &[NewEvent]) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                for event in events {
                    append(&mut tx, event).await?;
                }
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use outbox_store;
