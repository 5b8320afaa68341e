//! The survey store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`survey_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`SurveyTx`](crate::surveys::tx::SurveyTx); this is only its SQL and the store's reads.
//! One answer per person is the primary key of `survey_participants` with ON CONFLICT DO NOTHING:
//! on PostgreSQL a second connection inserting the same key waits for the first and then inserts
//! nothing.

/// Expands the surveys store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! survey_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::surveys::api::{ResponseRequest, SurveyRequest, SurveySaved};
        use time::{Date, OffsetDateTime};
        use uuid::Uuid;

        use $crate::surveys::tx::{self, NewResponse, NewVersion, ResponseRow, SurveyTx, VersionRow};
        use $crate::surveys::{Respondent, StoredResponse, StoredSurvey, SurveyStore};
        use $crate::accounts::Caller;
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::StorageError;

        #[async_trait::async_trait]
        impl SurveyTx for $conn {
            // Saves and publishes of one survey take turns on its id.
            async fn hold_survey(&mut self, id: Uuid) -> Result<(), StorageError> {
                <$store as $crate::storage::Engine>::hold(self, "survey", &id.to_string()).await
            }

            async fn survey_in_service(&mut self, service_id: Uuid, id: Uuid) -> Result<bool, StorageError> {
                let found: Option<String> = sqlx::query_scalar("SELECT id FROM surveys WHERE id = $1 AND service_id = $2")
                    .bind(id.to_string())
                    .bind(service_id.to_string())
                    .fetch_optional(self)
                    .await?;
                Ok(found.is_some())
            }

            async fn survey_service(&mut self, id: Uuid) -> Result<String, StorageError> {
                Ok(sqlx::query_scalar("SELECT service_id FROM surveys WHERE id = $1").bind(id.to_string()).fetch_one(self).await?)
            }

            async fn version_rows(&mut self, id: Uuid) -> Result<Vec<VersionRow>, StorageError> {
                Ok(sqlx::query_as("SELECT version, definition, published_at FROM survey_versions WHERE survey_id = $1 ORDER BY version")
                    .bind(id.to_string())
                    .fetch_all(self)
                    .await?)
            }

            async fn response_count(&mut self, id: Uuid) -> Result<i64, StorageError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1").bind(id.to_string()).fetch_one(self).await?)
            }

            async fn insert_survey(&mut self, id: Uuid, caller: &Caller, now: i64) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO surveys (id, service_id, created_by, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(id.to_string())
                    .bind(caller.service_id.to_string())
                    .bind(caller.person_id.to_string())
                    .bind(now)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn insert_version(&mut self, row: &NewVersion<'_>) -> Result<(), StorageError> {
                let request = row.request;
                sqlx::query(
                    "INSERT INTO survey_versions (survey_id, version, definition, title, anonymous, opens_on, closes_on, saved_by, saved_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(row.survey_id.to_string())
                .bind(row.version)
                .bind(serde_json::to_string(request)?)
                .bind(&request.survey.title)
                .bind(i64::from(request.survey.anonymous))
                .bind(request.opens_on.trim())
                .bind(request.closes_on.trim())
                .bind(row.saved_by.to_string())
                .bind(row.now)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn delete_unpublished(&mut self, id: Uuid, version: i64) -> Result<(), StorageError> {
                sqlx::query("DELETE FROM survey_versions WHERE survey_id = $1 AND version = $2 AND published_at IS NULL")
                    .bind(id.to_string())
                    .bind(version)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn publish_version(&mut self, id: Uuid, version: i64, now: i64) -> Result<(), StorageError> {
                sqlx::query("UPDATE survey_versions SET published_at = $1 WHERE survey_id = $2 AND version = $3 AND published_at IS NULL")
                    .bind(now)
                    .bind(id.to_string())
                    .bind(version)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn in_programme(&mut self, young_person_id: &str, programme_id: Uuid) -> Result<bool, StorageError> {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT CAST(1 AS BIGINT) FROM session_participants p JOIN scaling_sessions s ON s.id = p.session_id
                     WHERE p.young_person_id = $1 AND s.programme_id = $2 LIMIT 1",
                )
                .bind(young_person_id)
                .bind(programme_id.to_string())
                .fetch_optional(self)
                .await?;
                Ok(found.is_some())
            }

            async fn in_caseload(&mut self, young_person_id: &str, worker_id: Uuid) -> Result<bool, StorageError> {
                let found: Option<i64> = sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM allocations WHERE young_person_id = $1 AND worker_id = $2")
                    .bind(young_person_id)
                    .bind(worker_id.to_string())
                    .fetch_optional(self)
                    .await?;
                Ok(found.is_some())
            }

            async fn latest_programme(&mut self, young_person_id: &str) -> Result<Option<(i64, String)>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT s.opened_at, s.programme_id FROM session_participants p JOIN scaling_sessions s ON s.id = p.session_id
                     WHERE p.young_person_id = $1 ORDER BY s.opened_at DESC LIMIT 1",
                )
                .bind(young_person_id)
                .fetch_optional(self)
                .await?)
            }

            async fn first_answer(&mut self, id: Uuid, person_id: Uuid) -> Result<bool, StorageError> {
                let inserted = sqlx::query("INSERT INTO survey_participants (survey_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id.to_string())
                    .bind(person_id.to_string())
                    .execute(self)
                    .await?
                    .rows_affected();
                Ok(inserted == 1)
            }

            async fn insert_response(&mut self, row: &NewResponse) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO survey_responses (id, survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(row.id.to_string())
                .bind(row.survey_id.to_string())
                .bind(row.version)
                .bind(&row.person_id)
                .bind(&row.answered_as)
                .bind(&row.programme_id)
                .bind(&row.answers)
                .bind(&row.answered_on)
                .bind(row.answered_at)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn unanswered_ids(&mut self, service_id: Uuid, person_id: Uuid) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar(
                    "SELECT s.id FROM surveys s
                     WHERE s.service_id = $1
                       AND EXISTS (SELECT 1 FROM survey_versions v WHERE v.survey_id = s.id AND v.published_at IS NOT NULL)
                       AND NOT EXISTS (SELECT 1 FROM survey_participants p WHERE p.survey_id = s.id AND p.person_id = $2)
                     ORDER BY s.created_at",
                )
                .bind(service_id.to_string())
                .bind(person_id.to_string())
                .fetch_all(self)
                .await?)
            }
        }

        #[async_trait::async_trait]
        impl SurveyStore for $store {
            async fn create_survey(&self, operation: OperationKey<'_>, caller: &Caller, request: &SurveyRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let (caller, request) = (caller.clone(), request.clone());
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let saved = tx::create(conn, &caller, &request, now).await?;
                    Ok((201, serde_json::to_value(saved)?))
                }))).await
            }

            async fn save_survey(&self, caller: &Caller, id: Uuid, request: &SurveyRequest, now: OffsetDateTime) -> Result<Option<SurveySaved>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let saved = tx::save(&mut *transaction, caller, id, request, now).await?;
                transaction.commit().await?;
                Ok(saved)
            }

            async fn publish_survey(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<Option<SurveySaved>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let saved = tx::publish(&mut *transaction, service_id, id, now).await?;
                transaction.commit().await?;
                Ok(saved)
            }

            async fn surveys_of_service(&self, service_id: Uuid) -> Result<Vec<StoredSurvey>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM surveys WHERE service_id = $1 ORDER BY created_at DESC")
                    .bind(service_id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                let mut surveys = Vec::with_capacity(ids.len());
                for id in ids {
                    surveys.extend(tx::load(&mut *conn, service_id, $crate::storage::parse_stored_uuid(&id)?).await?);
                }
                Ok(surveys)
            }

            async fn survey(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredSurvey>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::load(&mut *conn, service_id, id).await
            }

            async fn surveys_to_answer(&self, respondent: Respondent) -> Result<Vec<StoredSurvey>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::to_answer(&mut *conn, respondent).await
            }

            async fn respond(&self, operation: OperationKey<'_>, respondent: Respondent, id: Uuid, request: ResponseRequest, today: Date, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let sealer = operation.sealer()?;
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move { tx::answer(conn, &sealer, respondent, id, request, today, now).await }))).await
            }

            fn survey_responses(&self, id: Uuid) -> futures::stream::BoxStream<'_, Result<StoredResponse, StorageError>> {
                use futures::StreamExt as _;
                sqlx::query_as::<_, ResponseRow>(
                    "SELECT r.id, r.version, r.person_id, p.display_name, r.answered_as, r.programme_id, r.answers, r.answered_on, r.answered_at
                     FROM survey_responses r LEFT JOIN people p ON p.id = r.person_id
                     WHERE r.survey_id = $1 ORDER BY r.answered_on, r.answered_at NULLS FIRST, r.id",
                )
                .bind(id.to_string())
                .fetch(self.reader())
                .map(|row| tx::stored_response(row?))
                .boxed()
            }
        }
    };
}

pub(crate) use survey_store;
