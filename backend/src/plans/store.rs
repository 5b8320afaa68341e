//! The plan store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`plan_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`PlanTx`](crate::plans::tx::PlanTx); this is only its SQL and the store's reads.

/// Expands the plans store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! plan_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::plans::{AgreementRequest, PlanChange, ReviewRequest};
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::plans::tx::{self, AnswerRow, NewAnswer, NewReview, NewVersion, PlanTx, ReviewRow, VersionRow};
        use $crate::accounts::Caller;
        use $crate::plans::{PlanAuthor, PlanStore, StoredAnswer, StoredReview, StoredVersion};
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::tx::Tx;
        use $crate::storage::StorageError;

        #[async_trait::async_trait]
        impl PlanTx for $conn {
            // Changes, answers and reviews of one plan take turns on the young person, so the next
            // version is made from the latest (not two racing for one number).
            async fn hold_plan(&mut self, young_person_id: Uuid) -> Result<(), StorageError> {
                <$store as $crate::storage::Engine>::hold(self, "plan", &young_person_id.to_string()).await
            }

            async fn latest_document(&mut self, young_person_id: Uuid) -> Result<Option<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT document FROM plan_versions WHERE young_person_id = $1 ORDER BY version DESC LIMIT 1")
                    .bind(young_person_id.to_string())
                    .fetch_optional(self)
                    .await?)
            }

            async fn document_at(&mut self, young_person_id: Uuid, version: i64) -> Result<Option<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT document FROM plan_versions WHERE young_person_id = $1 AND version = $2")
                    .bind(young_person_id.to_string())
                    .bind(version)
                    .fetch_optional(self)
                    .await?)
            }

            async fn insert_version(&mut self, row: &NewVersion<'_>) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO plan_versions (young_person_id, version, document, changed_by, party, changed_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(row.young_person_id.to_string())
                    .bind(row.version)
                    .bind(&row.document)
                    .bind(row.changed_by.to_string())
                    .bind(row.party)
                    .bind(row.now)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn insert_answer(&mut self, row: &NewAnswer<'_>) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO plan_answers (id, young_person_id, person_id, party, version, agreed, change_wanted, answered_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(Uuid::now_v7().to_string())
                .bind(row.young_person_id.to_string())
                .bind(row.person_id.to_string())
                .bind(row.party)
                .bind(i64::from(row.answer.version))
                .bind(i64::from(row.answer.agreed))
                .bind(&row.answer.change_wanted)
                .bind(row.now)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn insert_review(&mut self, row: &NewReview<'_>) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO plan_reviews (id, young_person_id, plan_version, went_well, progress, next_review, recorded_by, recorded_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(Uuid::now_v7().to_string())
                .bind(row.young_person_id.to_string())
                .bind(row.plan_version)
                .bind(row.went_well)
                .bind(&row.progress)
                .bind(row.next_review)
                .bind(row.recorded_by.to_string())
                .bind(row.now)
                .execute(self)
                .await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl PlanStore for $store {
            async fn plan_versions(&self, young_person_id: Uuid) -> Result<Vec<StoredVersion>, StorageError> {
                let rows: Vec<VersionRow> = sqlx::query_as(
                    "SELECT v.document, p.display_name, v.party, v.changed_at FROM plan_versions v JOIN people p ON p.id = v.changed_by
                     WHERE v.young_person_id = $1 ORDER BY v.version",
                )
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(tx::stored_version).collect()
            }

            async fn plan_answers(&self, young_person_id: Uuid) -> Result<Vec<StoredAnswer>, StorageError> {
                let rows: Vec<AnswerRow> = sqlx::query_as(
                    "SELECT a.person_id, p.display_name, a.party, a.version, a.agreed, a.change_wanted, a.answered_at
                     FROM plan_answers a JOIN people p ON p.id = a.person_id
                     WHERE a.young_person_id = $1 ORDER BY a.answered_at, a.id",
                )
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(tx::stored_answer).collect()
            }

            async fn plan_reviews(&self, young_person_id: Uuid) -> Result<Vec<StoredReview>, StorageError> {
                let rows: Vec<ReviewRow> = sqlx::query_as(
                    "SELECT r.plan_version, r.went_well, r.progress, r.next_review, p.display_name, r.recorded_at
                     FROM plan_reviews r JOIN people p ON p.id = r.recorded_by
                     WHERE r.young_person_id = $1 ORDER BY r.recorded_at, r.id",
                )
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(tx::stored_review).collect()
            }

            async fn person_name(&self, person_id: Uuid) -> Result<String, StorageError> {
                let mut conn = self.reader().acquire().await?;
                conn.name_of(person_id).await
            }

            async fn change_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, change: PlanChange, staff: Option<Caller>, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(tx::change(conn, young_person_id, author, change, staff, now)))).await
            }

            async fn answer_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, request: AgreementRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(tx::answer(conn, young_person_id, author, request, now)))).await
            }

            async fn review_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, request: ReviewRequest, staff: Caller, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(tx::review(conn, young_person_id, author, request, staff, now)))).await
            }
        }
    };
}

pub(crate) use plan_store;
