//! The voice store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`voice_store!`] with their types. The checks and decisions are in `tx.rs`, generic over
//! [`VoiceTx`](crate::voice::tx::VoiceTx); this is only its SQL and the store's reads.

/// Expands the voice store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! voice_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::voice::api::{AnswerItem, ConsultationSaved, Done, WeDid, WeDidRequest};
        use tandem_domain::voice::ConsultationRequest;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::voice::tx::{self, AnswerRow, ConsultationRow, NewAnswer, NewProposal, ProposalRow, ResponseFields, ResponseRow, VoiceTx, CONSULTATION_COLUMNS, RESPONSE_COLUMNS};
        use $crate::voice::{Contribution, StoredConsultation, Tallies, VoiceStore};
        use $crate::accounts::Caller;
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::{to_millis, StorageError};
        use $crate::surveys::Respondent;

        // Once-only votes and answers are the voters' primary key with ON CONFLICT DO NOTHING (on
        // PostgreSQL a second connection inserting the same key waits for the first, then inserts
        // nothing); the counters on the consultation row rise by UPDATE ... + 1, which takes the
        // row's lock. Ballots, votes and anonymous answers are not written with the voters' rows
        // at all: they are sealed and written by the night's count in shuffled order (see
        // `secret`), so neither SQLite's row order nor PostgreSQL's heap order and xmin pair them.
        #[async_trait::async_trait]
        impl VoiceTx for $conn {
            // The consultation's row is held, so a publish (an UPDATE of that row) waits for the
            // save, and the save sees whether it was published.
            async fn hold_consultation(&mut self, id: Uuid) -> Result<(), StorageError> {
                let lock = <$store as $crate::storage::Engine>::for_update("c");
                // An engine that takes no row lock (SQLite's one writer) has nothing to hold.
                if !lock.is_empty() {
                    sqlx::query(&format!("SELECT c.id FROM consultations c WHERE c.id = $1 {lock}")).bind(id.to_string()).execute(self).await?;
                }
                Ok(())
            }

            async fn consultation_row(&mut self, service_id: Uuid, id: Uuid) -> Result<Option<ConsultationRow>, StorageError> {
                Ok(sqlx::query_as(&format!("SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE id = $1 AND service_id = $2"))
                    .bind(id.to_string())
                    .bind(service_id.to_string())
                    .fetch_optional(self)
                    .await?)
            }

            async fn published_rows(&mut self, service_id: Uuid) -> Result<Vec<ConsultationRow>, StorageError> {
                Ok(sqlx::query_as(&format!(
                    "SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE service_id = $1 AND published_at IS NOT NULL ORDER BY closes_on, created_at"
                ))
                .bind(service_id.to_string())
                .fetch_all(self)
                .await?)
            }

            async fn proposal_rows(&mut self, id: &str) -> Result<Vec<ProposalRow>, StorageError> {
                Ok(sqlx::query_as("SELECT id, activity_id, text, approved FROM consultation_proposals WHERE consultation_id = $1 ORDER BY proposed_on, seq")
                    .bind(id)
                    .fetch_all(self)
                    .await?)
            }

            async fn is_cabinet_member(&mut self, service_id: Uuid, person_id: Uuid) -> Result<bool, StorageError> {
                let found: Option<i64> = sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM cabinet_members WHERE service_id = $1 AND young_person_id = $2")
                    .bind(service_id.to_string())
                    .bind(person_id.to_string())
                    .fetch_optional(self)
                    .await?;
                Ok(found.is_some())
            }

            async fn first_time(&mut self, id: Uuid, item: &str, person: Uuid) -> Result<bool, StorageError> {
                let inserted = sqlx::query("INSERT INTO consultation_voters (consultation_id, item_id, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(id.to_string())
                    .bind(item)
                    .bind(person.to_string())
                    .execute(self)
                    .await?
                    .rows_affected();
                Ok(inserted == 1)
            }

            async fn took_part_once(&mut self, id: Uuid, person: Uuid) -> Result<(), StorageError> {
                let first = sqlx::query("INSERT INTO consultation_participants (consultation_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id.to_string())
                    .bind(person.to_string())
                    .execute(&mut *self)
                    .await?
                    .rows_affected();
                if first == 1 {
                    sqlx::query("UPDATE consultations SET participants = participants + 1 WHERE id = $1").bind(id.to_string()).execute(self).await?;
                }
                Ok(())
            }

            async fn insert_ballot(&mut self, id: Uuid, activity_id: &str, ranking: &str, given_on: &str) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO consultation_ballots (id, consultation_id, activity_id, ranking, given_on) VALUES ($1, $2, $3, $4, $5)")
                    .bind($crate::storage::random_id().to_string())
                    .bind(id.to_string())
                    .bind(activity_id)
                    .bind(ranking)
                    .bind(given_on)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn insert_vote(&mut self, id: Uuid, statement_id: &str, vote: &str, given_on: &str) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO consultation_votes (id, consultation_id, statement_id, vote, given_on) VALUES ($1, $2, $3, $4, $5)")
                    .bind($crate::storage::random_id().to_string())
                    .bind(id.to_string())
                    .bind(statement_id)
                    .bind(vote)
                    .bind(given_on)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn insert_proposal(&mut self, row: &NewProposal<'_>) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO consultation_proposals (consultation_id, id, activity_id, text, proposed_by, proposed_on) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(row.consultation_id.to_string())
                    .bind(row.id)
                    .bind(row.activity_id)
                    .bind(row.text)
                    .bind(&row.proposed_by)
                    .bind(row.given_on)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn insert_answer(&mut self, row: &NewAnswer<'_>) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO consultation_answers (id, consultation_id, activity_id, person_id, text, has_voice_note, given_on) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(row.id.to_string())
                .bind(row.consultation_id.to_string())
                .bind(row.activity_id)
                .bind(&row.person_id)
                .bind(row.text)
                .bind(i64::from(row.has_voice_note))
                .bind(row.given_on)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn insert_voice_note(&mut self, answer_id: Uuid, content_type: &str, audio: &[u8]) -> Result<(), StorageError> {
                sqlx::query("INSERT INTO consultation_voice_notes (answer_id, content_type, audio) VALUES ($1, $2, $3)")
                    .bind(answer_id.to_string())
                    .bind(content_type)
                    .bind(audio)
                    .execute(self)
                    .await?;
                Ok(())
            }

            async fn upsert_consultation(&mut self, id: Uuid, caller: &Caller, request: &ConsultationRequest, now: i64) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO consultations (id, service_id, definition, title, anonymous, opens_on, closes_on, created_by, created_at, saved_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                     ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, title = excluded.title, anonymous = excluded.anonymous,
                         opens_on = excluded.opens_on, closes_on = excluded.closes_on, saved_at = excluded.saved_at",
                )
                .bind(id.to_string())
                .bind(caller.service_id.to_string())
                .bind(serde_json::to_string(request)?)
                .bind(request.title.trim())
                .bind(i64::from(request.anonymous))
                .bind(request.opens_on.trim())
                .bind(request.closes_on.trim())
                .bind(caller.person_id.to_string())
                .bind(now)
                .bind(now)
                .execute(self)
                .await?;
                Ok(())
            }

            async fn raise_news(&mut self, id: Uuid) -> Result<i64, StorageError> {
                Ok(sqlx::query_scalar("UPDATE consultations SET news = news + 1 WHERE id = $1 RETURNING news").bind(id.to_string()).fetch_one(self).await?)
            }

            async fn participant_ids(&mut self, id: Uuid) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT person_id FROM consultation_participants WHERE consultation_id = $1").bind(id.to_string()).fetch_all(self).await?)
            }

            async fn insert_we_did(&mut self, response_id: Uuid, id: Uuid, fields: &ResponseFields<'_>, published_by: Uuid) -> Result<(), StorageError> {
                sqlx::query(
                    "INSERT INTO consultation_responses (id, consultation_id, about_kind, about, we_did, by_when, decided_by, status, published_by, published_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(response_id.to_string())
                .bind(id.to_string())
                .bind(fields.about_kind)
                .bind(&fields.about)
                .bind(fields.we_did)
                .bind(fields.by_when)
                .bind(fields.decided_by)
                .bind(fields.status)
                .bind(published_by.to_string())
                .bind(fields.now)
                .bind(fields.now)
                .execute(&mut *self)
                .await?;
                sqlx::query("UPDATE consultations SET responses = responses + 1 WHERE id = $1").bind(id.to_string()).execute(self).await?;
                Ok(())
            }

            async fn update_we_did(&mut self, response_id: Uuid, id: Uuid, fields: &ResponseFields<'_>) -> Result<bool, StorageError> {
                let updated = sqlx::query(
                    "UPDATE consultation_responses SET about_kind = $1, about = $2, we_did = $3, by_when = $4, decided_by = $5, status = $6, updated_at = $7
                     WHERE id = $8 AND consultation_id = $9",
                )
                .bind(fields.about_kind)
                .bind(&fields.about)
                .bind(fields.we_did)
                .bind(fields.by_when)
                .bind(fields.decided_by)
                .bind(fields.status)
                .bind(fields.now)
                .bind(response_id.to_string())
                .bind(id.to_string())
                .execute(self)
                .await?
                .rows_affected();
                Ok(updated != 0)
            }

            async fn we_did_row(&mut self, response_id: Uuid) -> Result<ResponseRow, StorageError> {
                Ok(sqlx::query_as(&format!("SELECT {RESPONSE_COLUMNS} FROM consultation_responses WHERE id = $1")).bind(response_id.to_string()).fetch_one(self).await?)
            }

            async fn voter_items(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT item_id FROM consultation_voters WHERE consultation_id = $1 AND person_id = $2")
                    .bind(id.to_string())
                    .bind(person.to_string())
                    .fetch_all(self)
                    .await?)
            }

            async fn responses_since(&mut self, id: Uuid, since: i64) -> Result<Vec<ResponseRow>, StorageError> {
                Ok(sqlx::query_as(&format!(
                    "SELECT {RESPONSE_COLUMNS} FROM consultation_responses WHERE consultation_id = $1 AND updated_at > $2 ORDER BY updated_at, id"
                ))
                .bind(id.to_string())
                .bind(since)
                .fetch_all(self)
                .await?)
            }

            async fn proposals_by(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT id FROM consultation_proposals WHERE consultation_id = $1 AND proposed_by = $2")
                    .bind(id.to_string())
                    .bind(person.to_string())
                    .fetch_all(self)
                    .await?)
            }

            async fn answer_themes_of(&mut self, id: Uuid, person: Uuid) -> Result<Vec<String>, StorageError> {
                Ok(sqlx::query_scalar("SELECT themes FROM consultation_answers WHERE consultation_id = $1 AND person_id = $2")
                    .bind(id.to_string())
                    .bind(person.to_string())
                    .fetch_all(self)
                    .await?)
            }

            async fn took_part(&mut self, id: Uuid, person: Uuid) -> Result<bool, StorageError> {
                let found: Option<i64> = sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM consultation_participants WHERE consultation_id = $1 AND person_id = $2")
                    .bind(id.to_string())
                    .bind(person.to_string())
                    .fetch_optional(self)
                    .await?;
                Ok(found.is_some())
            }
        }

        #[async_trait::async_trait]
        impl VoiceStore for $store {
            async fn create_consultation(&self, operation: OperationKey<'_>, caller: &Caller, request: &ConsultationRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let (caller, request) = (caller.clone(), request.clone());
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let id = Uuid::now_v7();
                    conn.upsert_consultation(id, &caller, &request, to_millis(now)).await?;
                    Ok((201, serde_json::to_value(ConsultationSaved { id, published: false })?))
                }))).await
            }

            async fn save_consultation(&self, caller: &Caller, id: Uuid, request: &ConsultationRequest, now: OffsetDateTime) -> Result<Option<ConsultationSaved>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let saved = tx::save(&mut *transaction, caller, id, request, now).await?;
                transaction.commit().await?;
                Ok(saved)
            }

            async fn publish_consultation(&self, service_id: Uuid, id: Uuid, now: OffsetDateTime) -> Result<Option<ConsultationSaved>, StorageError> {
                let updated = sqlx::query("UPDATE consultations SET published_at = COALESCE(published_at, $1) WHERE id = $2 AND service_id = $3")
                    .bind(to_millis(now))
                    .bind(id.to_string())
                    .bind(service_id.to_string())
                    .execute(self.writer())
                    .await?
                    .rows_affected();
                Ok((updated == 1).then_some(ConsultationSaved { id, published: true }))
            }

            async fn consultations_of_service(&self, service_id: Uuid) -> Result<Vec<StoredConsultation>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let rows: Vec<ConsultationRow> = sqlx::query_as(&format!("SELECT {CONSULTATION_COLUMNS} FROM consultations WHERE service_id = $1 ORDER BY created_at DESC"))
                    .bind(service_id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                let mut consultations = Vec::with_capacity(rows.len());
                for row in rows {
                    consultations.push(tx::hydrate(&mut *conn, row).await?);
                }
                Ok(consultations)
            }

            async fn consultation(&self, service_id: Uuid, id: Uuid) -> Result<Option<StoredConsultation>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::load(&mut *conn, service_id, id).await
            }

            async fn consultations_for(&self, respondent: Respondent) -> Result<Vec<(StoredConsultation, Done, bool)>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                tx::for_respondent(&mut *conn, respondent).await
            }

            async fn contribute(&self, operation: OperationKey<'_>, respondent: Respondent, id: Uuid, contribution: Contribution, given_at: OffsetDateTime, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let sealer = operation.sealer()?;
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move { tx::take_part(conn, &sealer, respondent, id, contribution, given_at, now).await }))).await
            }

            async fn tallies(&self, id: Uuid) -> Result<Tallies, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let ballots: Vec<(String, String)> = sqlx::query_as("SELECT activity_id, ranking FROM consultation_ballots WHERE consultation_id = $1")
                    .bind(id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                let votes: Vec<(String, String, i64)> =
                    sqlx::query_as("SELECT statement_id, vote, COUNT(*) FROM consultation_votes WHERE consultation_id = $1 GROUP BY statement_id, vote")
                        .bind(id.to_string())
                        .fetch_all(&mut *conn)
                        .await?;
                tx::tallies(ballots, votes)
            }

            async fn answers(&self, id: Uuid) -> Result<Vec<AnswerItem>, StorageError> {
                let rows: Vec<AnswerRow> = sqlx::query_as(
                    "SELECT a.id, a.activity_id, a.text, a.has_voice_note, a.themes, p.display_name
                     FROM consultation_answers a LEFT JOIN people p ON p.id = a.person_id
                     WHERE a.consultation_id = $1 ORDER BY a.activity_id, a.given_on, a.id",
                )
                .bind(id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(tx::answer_item).collect()
            }

            async fn voice_note(&self, service_id: Uuid, id: Uuid, answer_id: Uuid) -> Result<Option<(String, Vec<u8>)>, StorageError> {
                Ok(sqlx::query_as(
                    "SELECT n.content_type, n.audio FROM consultation_voice_notes n
                     JOIN consultation_answers a ON a.id = n.answer_id JOIN consultations c ON c.id = a.consultation_id
                     WHERE n.answer_id = $1 AND a.consultation_id = $2 AND c.service_id = $3",
                )
                .bind(answer_id.to_string())
                .bind(id.to_string())
                .bind(service_id.to_string())
                .fetch_optional(self.reader())
                .await?)
            }

            async fn moderate(&self, service_id: Uuid, id: Uuid, proposal_id: &str, approved: bool) -> Result<bool, StorageError> {
                let updated = sqlx::query(
                    "UPDATE consultation_proposals SET approved = $1 WHERE consultation_id = $2 AND id = $3
                       AND EXISTS (SELECT 1 FROM consultations WHERE id = $4 AND service_id = $5)",
                )
                .bind(i64::from(approved))
                .bind(id.to_string())
                .bind(proposal_id)
                .bind(id.to_string())
                .bind(service_id.to_string())
                .execute(self.writer())
                .await?
                .rows_affected();
                Ok(updated == 1)
            }

            async fn tag_answer(&self, service_id: Uuid, id: Uuid, answer_id: Uuid, themes: &[String]) -> Result<bool, StorageError> {
                let updated = sqlx::query(
                    "UPDATE consultation_answers SET themes = $1 WHERE id = $2 AND consultation_id = $3
                       AND EXISTS (SELECT 1 FROM consultations WHERE id = $4 AND service_id = $5)",
                )
                .bind(serde_json::to_string(themes)?)
                .bind(answer_id.to_string())
                .bind(id.to_string())
                .bind(id.to_string())
                .bind(service_id.to_string())
                .execute(self.writer())
                .await?
                .rows_affected();
                Ok(updated == 1)
            }

            async fn publish_response(&self, operation: OperationKey<'_>, caller: &Caller, id: Uuid, request: &WeDidRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let (caller, request) = (caller.clone(), request.clone());
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let saved = tx::save_response(conn, &caller, id, None, &request, now).await?;
                    let saved = saved.ok_or(StorageError::Refused(tandem_domain::ErrorCode::NotFound))?;
                    Ok((201, serde_json::to_value(saved)?))
                }))).await
            }

            async fn update_response(&self, caller: &Caller, id: Uuid, response_id: Uuid, request: &WeDidRequest, now: OffsetDateTime) -> Result<Option<WeDid>, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let saved = tx::save_response(&mut *transaction, caller, id, Some(response_id), request, now).await?;
                // Nothing saved (no such consultation or response): nothing to keep either.
                if saved.is_some() {
                    transaction.commit().await?;
                }
                Ok(saved)
            }

            async fn responses(&self, consultation: &StoredConsultation) -> Result<Vec<WeDid>, StorageError> {
                let rows: Vec<ResponseRow> = sqlx::query_as(&format!("SELECT {RESPONSE_COLUMNS} FROM consultation_responses WHERE consultation_id = $1 ORDER BY published_at, id"))
                    .bind(consultation.id.to_string())
                    .fetch_all(self.reader())
                    .await?;
                rows.into_iter().map(|row| tx::we_did(consultation, row)).collect()
            }
        }
    };
}

pub(crate) use voice_store;
