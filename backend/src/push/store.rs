//! Push subscriptions and preferences, written once for both engines: `sqlite.rs` and
//! `postgres.rs` each expand [`push_store!`] with their types. One row per endpoint and per
//! person, kept by upserts on their unique keys, so racing sign-ins cannot make two.

/// Expands the push store for `$store`.
macro_rules! push_store {
    ($store:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::appointments::PushSubscriptionRequest;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::push::PushStore;
        use $crate::push::SUBSCRIPTIONS_PER_SIGN_IN;
        use $crate::storage::{to_millis, StorageError};

        #[async_trait::async_trait]
        impl PushStore for $store {
            async fn save_subscription(&self, person_id: Uuid, session_id: Uuid, subscription: &PushSubscriptionRequest, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                sqlx::query(
                    "INSERT INTO push_subscriptions (id, person_id, session_id, endpoint, p256dh, auth, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (endpoint) DO UPDATE SET person_id = excluded.person_id, session_id = excluded.session_id,
                         p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at",
                )
                .bind(Uuid::now_v7().to_string())
                .bind(person_id.to_string())
                .bind(session_id.to_string())
                .bind(&subscription.endpoint)
                .bind(&subscription.keys.p256dh)
                .bind(&subscription.keys.auth)
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                // A sign-in keeps its newest few subscriptions: a browser renews its endpoint now
                // and then, but no phone needs more, and none may make the server call many.
                sqlx::query(
                    "DELETE FROM push_subscriptions WHERE session_id = $1 AND id NOT IN
                         (SELECT id FROM push_subscriptions WHERE session_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2)",
                )
                .bind(session_id.to_string())
                .bind(i64::from(SUBSCRIPTIONS_PER_SIGN_IN))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn remove_subscriptions(&self, session_id: Uuid) -> Result<u64, StorageError> {
                let done = sqlx::query("DELETE FROM push_subscriptions WHERE session_id = $1")
                    .bind(session_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected())
            }

            async fn push_preferences(&self, person_id: Uuid) -> Result<(u32, bool), StorageError> {
                let (count, detailed): (i64, i64) = sqlx::query_as(
                    "SELECT (SELECT COUNT(*) FROM push_subscriptions s JOIN sessions d ON d.id = s.session_id
                             WHERE s.person_id = $1 AND d.ended_at IS NULL),
                            COALESCE((SELECT detailed FROM push_preferences WHERE person_id = $1), 0)",
                )
                .bind(person_id.to_string())
                .fetch_one(self.reader())
                .await?;
                Ok((u32::try_from(count).unwrap_or(0), detailed != 0))
            }

            async fn set_detailed(&self, person_id: Uuid, detailed: bool) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO push_preferences (person_id, detailed) VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET detailed = excluded.detailed")
                    .bind(person_id.to_string())
                    .bind(i64::from(detailed))
                    .execute(self.writer())
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use push_store;
