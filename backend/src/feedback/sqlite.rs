use tandem_domain::feedback::{AppFeedback, AppFeedbackEntry, AppFeedbackReceipt, AppFeedbackSummary};
use time::OffsetDateTime;
use uuid::Uuid;

use super::FeedbackStore;
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::storage::{from_millis, parse_stored_uuid, to_millis, SqliteStore, StorageError};

#[async_trait::async_trait]
impl FeedbackStore for SqliteStore {
    async fn submit_app_feedback(
        &self,
        operation: OperationKey<'_>,
        feedback: AppFeedback,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let receipt = AppFeedbackReceipt {
                        id: Uuid::now_v7(),
                        received_at: now,
                    };
                    sqlx::query(
                        "INSERT INTO app_feedback (id, score, comment, received_at) VALUES (?, ?, ?, ?)",
                    )
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

    async fn app_feedback_summary(&self) -> Result<AppFeedbackSummary, StorageError> {
        let rows: Vec<(String, i64, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, score, comment, received_at FROM app_feedback ORDER BY received_at DESC, id DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        let entries = rows
            .into_iter()
            .map(|(id, score, comment, received_at)| {
                Ok(AppFeedbackEntry {
                    id: parse_stored_uuid(&id)?,
                    score: u8::try_from(score)
                        .map_err(|_| StorageError::Internal(format!("stored score {score}")))?,
                    comment,
                    received_at: from_millis(received_at)?,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok(AppFeedbackSummary::from_entries(entries))
    }
}
