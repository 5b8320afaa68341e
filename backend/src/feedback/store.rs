//! The feedback store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`feedback_store!`] for their store, pools and `run_once`.

/// Expands the feedback store for `$store` with `$engine`'s
/// `run_once`.
macro_rules! feedback_store {
    ($store:ident, $engine:ident) => {
        use tandem_domain::feedback::{AppFeedback, AppFeedbackReceipt, AppFeedbackSummary};
        use time::OffsetDateTime;
        use uuid::Uuid;
        use $crate::storage::Engine as _;

        use super::{summary_of, FeedbackRow, FeedbackStore};
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::{to_millis, StorageError};

        #[async_trait::async_trait]
        impl FeedbackStore for $store {
            async fn submit_app_feedback(
                &self,
                operation: OperationKey<'_>,
                feedback: AppFeedback,
                now: OffsetDateTime,
            ) -> Result<OperationAnswer, StorageError> {
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            let receipt = AppFeedbackReceipt { id: Uuid::now_v7(), received_at: now };
                            sqlx::query("INSERT INTO app_feedback (id, score, comment, received_at) VALUES ($1, $2, $3, $4)")
                                .bind(receipt.id.to_string())
                                .bind(i64::from(feedback.score.value()))
                                .bind(feedback.comment.as_ref().map(|c| c.as_str().to_owned()))
                                .bind(to_millis(now))
                                .execute(conn)
                                .await?;
                            Ok((201, serde_json::to_value(&receipt)?))
                        })
                    }),
                )
                .await
            }

            async fn app_feedback_summary(&self, before: Option<Uuid>) -> Result<AppFeedbackSummary, StorageError> {
                let counted: Vec<(i64, i64)> = sqlx::query_as("SELECT score, COUNT(*) FROM app_feedback GROUP BY score")
                    .fetch_all(self.reader())
                    .await?;
                // Newest first, one more than a page; a page goes on after the answer it names.
                let rows: Vec<FeedbackRow> = sqlx::query_as(
                    "SELECT f.id, f.score, f.comment, f.received_at FROM app_feedback f
                     LEFT JOIN app_feedback b ON b.id = $1
                     WHERE CAST($1 AS TEXT) IS NULL OR f.received_at < b.received_at OR (f.received_at = b.received_at AND f.id < b.id)
                     ORDER BY f.received_at DESC, f.id DESC LIMIT $2",
                )
                .bind(before.map(|id| id.to_string()))
                .bind(i64::try_from(AppFeedbackSummary::PAGE + 1).unwrap_or(i64::MAX))
                .fetch_all(self.reader())
                .await?;
                summary_of(counted, rows)
            }
        }
    };
}

pub(crate) use feedback_store;
