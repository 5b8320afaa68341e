//! The complaints register, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`complaint_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`ComplaintTx`](crate::complaints::tx::ComplaintTx); this is only its SQL and the store's reads.

/// Expands the complaints store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! complaint_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::complaints::{ComplaintSettings, ComplaintUpdate, NewComplaint, RegisterItem};
        use time::{Date, OffsetDateTime};
        use uuid::Uuid;

        use $crate::complaints::tx::{self, Change, ComplaintTx, NewRow, Row, SELECT};
        use $crate::complaints::ComplaintStore;
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::StorageError;
        use $crate::surveys::Respondent;

        #[async_trait::async_trait]
        impl ComplaintTx for $conn {
            async fn working_days_row(&mut self, service_id: Uuid) -> Result<Option<i64>, StorageError> {
                Ok(sqlx::query_scalar("SELECT working_days FROM complaint_settings WHERE service_id = $1")
                    .bind(service_id.to_string())
                    .fetch_optional(self)
                    .await?)
            }

            async fn insert_complaint(&mut self, row: &NewRow<'_>) -> Result<bool, StorageError> {
                let inserted = sqlx::query(
                    "INSERT INTO complaints (id, service_id, kind, body, raised_by, raised_as, follow_hash, received_on, respond_by, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (follow_hash) DO NOTHING",
                )
                .bind(row.id.to_string())
                .bind(row.service_id.to_string())
                .bind(row.kind)
                .bind(row.body)
                .bind(&row.raised_by)
                .bind(row.raised_as)
                .bind(&row.follow_hash)
                .bind(&row.received_on)
                .bind(&row.respond_by)
                .bind(row.now)
                .execute(self)
                .await?
                .rows_affected();
                Ok(inserted == 1)
            }

            // An update holds the complaint's row so two officers take turns.
            async fn complaint_row(&mut self, service_id: Uuid, id: Uuid, for_update: bool) -> Result<Option<Row>, StorageError> {
                let lock = if for_update { <$store as $crate::storage::Engine>::for_update("c") } else { String::new() };
                Ok(sqlx::query_as(&format!("{SELECT} WHERE c.id = $1 AND c.service_id = $2 {lock}"))
                    .bind(id.to_string())
                    .bind(service_id.to_string())
                    .fetch_optional(self)
                    .await?)
            }

            async fn update_complaint_row(&mut self, change: &Change<'_>) -> Result<(), StorageError> {
                sqlx::query("UPDATE complaints SET status = $1, owner_id = $2, outcome = $3, resolved_on = $4, updated_at = $5 WHERE id = $6")
                    .bind(change.status)
                    .bind(&change.owner_id)
                    .bind(change.outcome)
                    .bind(&change.resolved_on)
                    .bind(change.now)
                    .bind(change.id.to_string())
                    .execute(self)
                    .await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl ComplaintStore for $store {
            async fn raise_complaint(&self, operation: OperationKey<'_>, raiser: Respondent, complaint: NewComplaint, today: Date, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(self, operation, now, Box::new(move |conn| Box::pin(tx::raise(conn, raiser, complaint, today, now)))).await
            }

            async fn followed_complaints(&self, person_id: Uuid, hashes: &[String]) -> Result<Vec<RegisterItem>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let named: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.raised_by = $1")).bind(person_id.to_string()).fetch_all(&mut *conn).await?;
                let mut found = Vec::new();
                for hash in hashes {
                    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.follow_hash = $1")).bind(hash).fetch_optional(&mut *conn).await?;
                    found.extend(row);
                }
                tx::followed(named, found)
            }

            async fn complaint_register(&self, service_id: Uuid) -> Result<Vec<RegisterItem>, StorageError> {
                let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.service_id = $1 ORDER BY c.id DESC"))
                    .bind(service_id.to_string())
                    .fetch_all(self.reader())
                    .await?;
                rows.into_iter().map(tx::item).collect()
            }

            async fn update_complaint(&self, service_id: Uuid, id: Uuid, update: ComplaintUpdate, today: Date, now: OffsetDateTime) -> Result<Option<RegisterItem>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let after = tx::update(&mut *transaction, service_id, id, update, today, now).await?;
                transaction.commit().await?;
                Ok(after)
            }

            async fn complaint_settings(&self, service_id: Uuid) -> Result<ComplaintSettings, StorageError> {
                let mut conn = self.reader().acquire().await?;
                Ok(ComplaintSettings { working_days: tx::working_days(conn.working_days_row(service_id).await?) })
            }

            async fn set_complaint_settings(&self, service_id: Uuid, settings: ComplaintSettings) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO complaint_settings (service_id, working_days) VALUES ($1, $2) ON CONFLICT (service_id) DO UPDATE SET working_days = excluded.working_days")
                    .bind(service_id.to_string())
                    .bind(i64::from(settings.working_days))
                    .execute(self.writer())
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use complaint_store;
