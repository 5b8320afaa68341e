use serde_json::json;
use sqlx::SqliteConnection;
use tandem_domain::plans::{
    changes, check_agreement, AgreementRequest, Answer, ChangeReceipt, Party, Plan, PlanChange, Refusal, Review, ReviewRequest,
    ReviewSummary, TargetProgress,
};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{PlanAuthor, PlanStore, StoredAnswer, StoredReview, StoredVersion};
use crate::accounts::sqlite::name_of;
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::outbox::sqlite::append;
use crate::outbox::NewEvent;
use crate::storage::{from_millis, parse_stored_uuid, to_millis, SqliteStore, StorageError};

fn stored_party(raw: &str) -> Result<Party, StorageError> {
    Party::parse(raw).ok_or_else(|| StorageError::Internal(format!("stored party {raw} not recognised")))
}

fn version_number(raw: i64) -> Result<u32, StorageError> {
    u32::try_from(raw).map_err(|_| StorageError::Internal(format!("stored plan version {raw}")))
}

/// The latest version, or an empty plan before anyone has written in it.
async fn latest(conn: &mut SqliteConnection, young_person_id: Uuid) -> Result<Plan, StorageError> {
    let document: Option<String> =
        sqlx::query_scalar("SELECT document FROM plan_versions WHERE young_person_id = ? ORDER BY version DESC LIMIT 1")
            .bind(young_person_id.to_string())
            .fetch_optional(conn)
            .await?;
    Ok(match document {
        Some(document) => serde_json::from_str(&document)?,
        None => Plan::default(),
    })
}

async fn at_version(conn: &mut SqliteConnection, young_person_id: Uuid, version: u32) -> Result<Option<Plan>, StorageError> {
    let document: Option<String> = sqlx::query_scalar("SELECT document FROM plan_versions WHERE young_person_id = ? AND version = ?")
        .bind(young_person_id.to_string())
        .bind(i64::from(version))
        .fetch_optional(conn)
        .await?;
    Ok(document.map(|document| serde_json::from_str(&document)).transpose()?)
}

/// What the case record receives: the plan's words and statuses, without suggestions.
fn record_rows(plan: &Plan) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = plan
        .rows
        .iter()
        .map(|row| {
            json!({
                "row_id": row.id,
                "target": row.cells.target.text,
                "i_will": row.cells.i_will.text,
                "carer_will": row.cells.carer_will.text,
                "worker_will": row.cells.worker_will.text,
                "how_i_know": row.cells.how_i_know.text,
                "status": row.status,
                "dropped_reason": row.dropped_reason,
                "review_date": row.review_date,
            })
        })
        .collect();
    json!(rows)
}

/// Writes a plan event for the young person's record, on the transaction that stores what it says.
async fn record(conn: &mut SqliteConnection, kind: &str, young_person_id: Uuid, payload: serde_json::Value, now: OffsetDateTime) -> Result<(), StorageError> {
    let event = NewEvent { kind: kind.to_owned(), young_person_id: Some(young_person_id), payload, occurred_at: now };
    append(conn, &event).await.map(|_| ())
}

fn receipt(status: u16, version: u32) -> Result<(u16, serde_json::Value), StorageError> {
    Ok((status, serde_json::to_value(ChangeReceipt { version })?))
}

#[async_trait::async_trait]
impl PlanStore for SqliteStore {
    async fn plan_versions(&self, young_person_id: Uuid) -> Result<Vec<StoredVersion>, StorageError> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT v.document, p.display_name, v.party, v.changed_at FROM plan_versions v JOIN people p ON p.id = v.changed_by
             WHERE v.young_person_id = ? ORDER BY v.version",
        )
        .bind(young_person_id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(document, author_name, party, at)| {
                Ok(StoredVersion { plan: serde_json::from_str(&document)?, author_name, party: stored_party(&party)?, at: from_millis(at)? })
            })
            .collect()
    }

    async fn plan_answers(&self, young_person_id: Uuid) -> Result<Vec<StoredAnswer>, StorageError> {
        let rows: Vec<(String, String, String, i64, i64, String, i64)> = sqlx::query_as(
            "SELECT a.person_id, p.display_name, a.party, a.version, a.agreed, a.change_wanted, a.answered_at
             FROM plan_answers a JOIN people p ON p.id = a.person_id
             WHERE a.young_person_id = ? ORDER BY a.answered_at, a.id",
        )
        .bind(young_person_id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(person_id, name, party, version, agreed, change_wanted, at)| {
                Ok(StoredAnswer {
                    person_id: parse_stored_uuid(&person_id)?,
                    name,
                    party: stored_party(&party)?,
                    answer: Answer { version: version_number(version)?, agreed: agreed != 0, change_wanted },
                    at: from_millis(at)?,
                })
            })
            .collect()
    }

    async fn plan_reviews(&self, young_person_id: Uuid) -> Result<Vec<StoredReview>, StorageError> {
        let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(
            "SELECT r.plan_version, r.went_well, r.progress, r.next_review, p.display_name, r.recorded_at
             FROM plan_reviews r JOIN people p ON p.id = r.recorded_by
             WHERE r.young_person_id = ? ORDER BY r.recorded_at, r.id",
        )
        .bind(young_person_id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(version, went_well, progress, next_review, recorded_by, at)| {
                let progress: Vec<TargetProgress> = serde_json::from_str(&progress)?;
                let at = from_millis(at)?;
                Ok(StoredReview {
                    summary: ReviewSummary { went_well, progress, next_review, plan_version: version_number(version)?, at: super::rfc3339(at) },
                    at,
                    recorded_by,
                })
            })
            .collect()
    }

    async fn person_name(&self, person_id: Uuid) -> Result<String, StorageError> {
        let mut conn = self.reader.acquire().await?;
        name_of(&mut conn, person_id).await
    }

    async fn change_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, change: PlanChange, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let current = latest(conn, young_person_id).await?;
                    let next = match current.apply(author.author, &change, Uuid::now_v7()) {
                        Ok(next) => next,
                        Err(Refusal::Code(code)) => return Err(StorageError::Refused(code)),
                        // Kept as this operation's answer: sent again, it is the same conflict.
                        Err(Refusal::Conflict(conflict)) => {
                            let mut body = serde_json::to_value(ApiErrorBody::from(ErrorCode::PlanEditConflict))?;
                            body["conflict"] = serde_json::to_value(&conflict)?;
                            return Ok((ErrorCode::PlanEditConflict.http_status(), body));
                        }
                    };
                    if next.version == current.version {
                        return receipt(200, next.version);
                    }
                    sqlx::query(
                        "INSERT INTO plan_versions (young_person_id, version, document, changed_by, party, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    )
                    .bind(young_person_id.to_string())
                    .bind(i64::from(next.version))
                    .bind(serde_json::to_string(&next)?)
                    .bind(author.person_id.to_string())
                    .bind(author.author.party.as_str())
                    .bind(to_millis(now))
                    .execute(&mut *conn)
                    .await?;
                    let changed = changes(&current, &next);
                    // Symbols, sharing and suggestions are the app's business, not the record's.
                    if !changed.is_empty() {
                        let changed_by = name_of(conn, author.person_id).await?;
                        let payload = json!({
                            "version": next.version,
                            "changed_by": changed_by,
                            "party": author.author.party,
                            "changed": changed,
                            "rows": record_rows(&next),
                        });
                        record(conn, "plan.version", young_person_id, payload, now).await?;
                        crate::reminders::sqlite::plan_waiting(conn, young_person_id, author.person_id, next.version, now).await?;
                    }
                    receipt(201, next.version)
                })
            }),
        )
        .await
    }

    async fn answer_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, request: AgreementRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let current = latest(conn, young_person_id).await?;
                    let read = at_version(conn, young_person_id, request.version).await?;
                    let party = author.author.party;
                    let answer = check_agreement(author.author, &request, read.as_ref(), &current).map_err(StorageError::Refused)?;
                    sqlx::query(
                        "INSERT INTO plan_answers (id, young_person_id, person_id, party, version, agreed, change_wanted, answered_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    )
                    .bind(Uuid::now_v7().to_string())
                    .bind(young_person_id.to_string())
                    .bind(author.person_id.to_string())
                    .bind(party.as_str())
                    .bind(i64::from(answer.version))
                    .bind(i64::from(answer.agreed))
                    .bind(&answer.change_wanted)
                    .bind(to_millis(now))
                    .execute(&mut *conn)
                    .await?;
                    let name = name_of(conn, author.person_id).await?;
                    let payload = json!({
                        "version": answer.version,
                        "person": name,
                        "party": party,
                        "agreed": answer.agreed,
                        "change_wanted": answer.change_wanted,
                        "rows": record_rows(&current.seen_by(party)),
                    });
                    record(conn, "plan.agreement", young_person_id, payload, now).await?;
                    receipt(201, answer.version)
                })
            }),
        )
        .await
    }

    async fn review_plan(&self, operation: OperationKey<'_>, young_person_id: Uuid, author: PlanAuthor, request: ReviewRequest, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let current = latest(conn, young_person_id).await?;
                    let review = Review::parse(&request, &current).map_err(StorageError::Refused)?;
                    let progress: Vec<TargetProgress> =
                        review.progress.iter().map(|(row_id, score)| TargetProgress { row_id: *row_id, score: i64::from(*score) }).collect();
                    sqlx::query(
                        "INSERT INTO plan_reviews (id, young_person_id, plan_version, went_well, progress, next_review, recorded_by, recorded_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    )
                    .bind(Uuid::now_v7().to_string())
                    .bind(young_person_id.to_string())
                    .bind(i64::from(current.version))
                    .bind(&review.went_well)
                    .bind(serde_json::to_string(&progress)?)
                    .bind(&review.next_review)
                    .bind(author.person_id.to_string())
                    .bind(to_millis(now))
                    .execute(&mut *conn)
                    .await?;
                    let targets: Vec<serde_json::Value> = progress
                        .iter()
                        .map(|item| {
                            let target = current.row(item.row_id).map(|row| row.cells.target.text.clone()).unwrap_or_default();
                            json!({"row_id": item.row_id, "target": target, "score": item.score})
                        })
                        .collect();
                    let payload = json!({
                        "plan_version": current.version,
                        "recorded_by": name_of(conn, author.person_id).await?,
                        "went_well": review.went_well,
                        "progress": targets,
                        "next_review": review.next_review,
                    });
                    record(conn, "plan.review", young_person_id, payload, now).await?;
                    receipt(201, current.version)
                })
            }),
        )
        .await
    }
}
