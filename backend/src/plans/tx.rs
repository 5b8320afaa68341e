//! Plan work written once for both engines: each engine's `PlanTx` supplies the SQL.

use tandem_domain::events::{Event, PlanAgreementPayload, PlanReviewPayload, PlanVersionPayload, RecordRow, TargetScore};
use tandem_domain::plans::{
    changes, check_agreement, AgreementRequest, Answer, ChangeReceipt, Party, Plan, PlanChange, Refusal, Review, ReviewRequest,
    ReviewSummary, TargetProgress,
};
use tandem_domain::{ApiErrorBody, ErrorCode};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{PlanAuthor, StoredAnswer, StoredReview, StoredVersion};
use crate::accounts::{AuditActor, Caller, NewAuditEntry};
use crate::reminders::tx::{plan_waiting, ReminderTx};
use crate::storage::{from_millis, parse_stored_uuid, to_millis, StorageError};

/// document, author's name, party, changed_at.
#[derive(sqlx::FromRow)]
pub struct VersionRow {
    pub document: String,
    pub display_name: String,
    pub party: String,
    pub changed_at: i64,
}
/// person_id, name, party, version, agreed (0/1), change_wanted, answered_at.
#[derive(sqlx::FromRow)]
pub struct AnswerRow {
    pub person_id: String,
    pub display_name: String,
    pub party: String,
    pub version: i64,
    pub agreed: i64,
    pub change_wanted: String,
    pub answered_at: i64,
}
/// plan_version, went_well, progress (JSON), next_review, recorded by (name), recorded_at.
#[derive(sqlx::FromRow)]
pub struct ReviewRow {
    pub plan_version: i64,
    pub went_well: String,
    pub progress: String,
    pub next_review: String,
    pub display_name: String,
    pub recorded_at: i64,
}

/// One row of `plan_versions`.
pub(crate) struct NewVersion<'a> {
    pub young_person_id: Uuid,
    pub version: i64,
    pub document: String,
    pub changed_by: Uuid,
    pub party: &'a str,
    pub now: i64,
}

/// One row of `plan_answers`.
pub(crate) struct NewAnswer<'a> {
    pub young_person_id: Uuid,
    pub person_id: Uuid,
    pub party: &'a str,
    pub answer: &'a Answer,
    pub now: i64,
}

/// One row of `plan_reviews`.
pub(crate) struct NewReview<'a> {
    pub young_person_id: Uuid,
    pub plan_version: i64,
    pub went_well: &'a str,
    pub progress: String,
    pub next_review: &'a str,
    pub recorded_by: Uuid,
    pub now: i64,
}

#[async_trait::async_trait]
pub(crate) trait PlanTx: ReminderTx {
    /// Makes other writers to this young person's plan wait until this transaction ends
    /// (PostgreSQL; SQLite's one writer does so already), so the next version is made from the
    /// latest one.
    async fn hold_plan(&mut self, young_person_id: Uuid) -> Result<(), StorageError>;
    async fn latest_document(&mut self, young_person_id: Uuid) -> Result<Option<String>, StorageError>;
    async fn document_at(&mut self, young_person_id: Uuid, version: i64) -> Result<Option<String>, StorageError>;
    async fn insert_version(&mut self, row: &NewVersion<'_>) -> Result<(), StorageError>;
    async fn insert_answer(&mut self, row: &NewAnswer<'_>) -> Result<(), StorageError>;
    async fn insert_review(&mut self, row: &NewReview<'_>) -> Result<(), StorageError>;
}

fn stored_party(raw: &str) -> Result<Party, StorageError> {
    Party::parse(raw).ok_or_else(|| StorageError::internal(format!("stored party {raw} not recognised")))
}

fn version_number(raw: i64) -> Result<u32, StorageError> {
    u32::try_from(raw).map_err(|_| StorageError::internal(format!("stored plan version {raw}")))
}

pub(crate) fn stored_version(
    VersionRow { document, display_name: author_name, party, changed_at: at }: VersionRow,
) -> Result<StoredVersion, StorageError> {
    Ok(StoredVersion { plan: serde_json::from_str(&document)?, author_name, party: stored_party(&party)?, at: from_millis(at)? })
}

pub(crate) fn stored_answer(
    AnswerRow { person_id, display_name: name, party, version, agreed, change_wanted, answered_at: at }: AnswerRow,
) -> Result<StoredAnswer, StorageError> {
    Ok(StoredAnswer {
        person_id: parse_stored_uuid(&person_id)?,
        name,
        party: stored_party(&party)?,
        answer: Answer { version: version_number(version)?, agreed: agreed != 0, change_wanted },
        at: from_millis(at)?,
    })
}

pub(crate) fn stored_review(
    ReviewRow { plan_version: version, went_well, progress, next_review, display_name: recorded_by, recorded_at: at }: ReviewRow,
) -> Result<StoredReview, StorageError> {
    let progress: Vec<TargetProgress> = serde_json::from_str(&progress)?;
    let at = from_millis(at)?;
    Ok(StoredReview {
        summary: ReviewSummary { went_well, progress, next_review, plan_version: version_number(version)?, at: super::rfc3339(at) },
        at,
        recorded_by,
    })
}

/// The latest version, or an empty plan before anyone has written in it.
async fn latest<C: PlanTx + ?Sized>(conn: &mut C, young_person_id: Uuid) -> Result<Plan, StorageError> {
    Ok(match conn.latest_document(young_person_id).await? {
        Some(document) => serde_json::from_str(&document)?,
        None => Plan::default(),
    })
}

async fn at_version<C: PlanTx + ?Sized>(conn: &mut C, young_person_id: Uuid, version: u32) -> Result<Option<Plan>, StorageError> {
    Ok(conn.document_at(young_person_id, i64::from(version)).await?.map(|document| serde_json::from_str(&document)).transpose()?)
}

/// What the case record receives: the plan's words and statuses, without suggestions.
fn record_rows(plan: &Plan) -> Vec<RecordRow> {
    plan.rows
        .iter()
        .map(|row| RecordRow {
            row_id: row.id,
            target: row.cells.target.text.clone(),
            i_will: row.cells.i_will.text.clone(),
            carer_will: row.cells.carer_will.text.clone(),
            worker_will: row.cells.worker_will.text.clone(),
            how_i_know: row.cells.how_i_know.text.clone(),
            status: row.status,
            dropped_reason: row.dropped_reason.clone(),
            review_date: row.review_date.clone(),
        })
        .collect()
}

/// Writes a plan event for the young person's record, on the transaction that stores what it says.
async fn record<C: PlanTx + ?Sized>(conn: &mut C, event: Event, young_person_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
    conn.append_about(event, young_person_id, now).await.map(|_| ())
}

fn receipt(status: u16, version: u32) -> Result<(u16, serde_json::Value), StorageError> {
    Ok((status, serde_json::to_value(ChangeReceipt { version })?))
}

/// Audits a staff member's change or review in its own transaction, with the status it was
/// answered: both commit together, or neither does and the resend does both.
async fn audit_as<C: PlanTx + ?Sized>(
    conn: &mut C,
    staff: Option<&Caller>,
    action: &str,
    young_person_id: Uuid,
    detail: String,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    match staff {
        Some(caller) => {
            conn.audit(&NewAuditEntry { by: AuditActor::Person(caller), action, young_person_id: Some(young_person_id), detail, at: now })
                .await
        }
        None => Ok(()),
    }
}

/// Applies a change to the latest version (see [`apply_change`]), audited when `staff` made it.
pub(crate) async fn change<C: PlanTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    author: PlanAuthor,
    change: PlanChange,
    staff: Option<Caller>,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    let answer = apply_change(conn, young_person_id, author, change, now).await?;
    audit_as(conn, staff.as_ref(), "plans.change", young_person_id, format!("status {}", answer.0), now).await?;
    Ok(answer)
}

/// Applies a change to the latest version. A conflict is answered as 409 with both texts.
async fn apply_change<C: PlanTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    author: PlanAuthor,
    change: PlanChange,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    conn.hold_plan(young_person_id).await?;
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
    let row = NewVersion {
        young_person_id,
        version: i64::from(next.version),
        document: serde_json::to_string(&next)?,
        changed_by: author.person_id,
        party: author.author.party.as_str(),
        now: to_millis(now),
    };
    conn.insert_version(&row).await?;
    let changed = changes(&current, &next);
    // Symbols, sharing and suggestions are the app's business, not the record's.
    if !changed.is_empty() {
        let changed_by = conn.name_of(author.person_id).await?;
        let payload =
            PlanVersionPayload { version: next.version, changed_by, party: author.author.party, changed, rows: record_rows(&next) };
        record(conn, Event::PlanVersion(payload), young_person_id, now).await?;
        plan_waiting(conn, young_person_id, author.person_id, next.version, now).await?;
    }
    receipt(201, next.version)
}

/// Keeps an "I agree" or "I would change..." with its event.
pub(crate) async fn answer<C: PlanTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    author: PlanAuthor,
    request: AgreementRequest,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    conn.hold_plan(young_person_id).await?;
    let current = latest(conn, young_person_id).await?;
    let read = at_version(conn, young_person_id, request.version).await?;
    let party = author.author.party;
    let answer = check_agreement(author.author, &request, read.as_ref(), &current).map_err(StorageError::Refused)?;
    conn.insert_answer(&NewAnswer {
        young_person_id,
        person_id: author.person_id,
        party: party.as_str(),
        answer: &answer,
        now: to_millis(now),
    })
    .await?;
    let name = conn.name_of(author.person_id).await?;
    let payload = PlanAgreementPayload {
        version: answer.version,
        person: name,
        party,
        agreed: answer.agreed,
        change_wanted: answer.change_wanted.clone(),
        rows: record_rows(&current.seen_by(party)),
    };
    record(conn, Event::PlanAgreement(payload), young_person_id, now).await?;
    receipt(201, answer.version)
}

/// Keeps a review of the latest version with its event, audited as `staff`'s.
pub(crate) async fn review<C: PlanTx + ?Sized>(
    conn: &mut C,
    young_person_id: Uuid,
    author: PlanAuthor,
    request: ReviewRequest,
    staff: Caller,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    conn.hold_plan(young_person_id).await?;
    let current = latest(conn, young_person_id).await?;
    let review = Review::parse(&request, &current).map_err(StorageError::Refused)?;
    let progress: Vec<TargetProgress> =
        review.progress.iter().map(|(row_id, score)| TargetProgress { row_id: *row_id, score: i64::from(*score) }).collect();
    let row = NewReview {
        young_person_id,
        plan_version: i64::from(current.version),
        went_well: &review.went_well,
        progress: serde_json::to_string(&progress)?,
        next_review: &review.next_review,
        recorded_by: author.person_id,
        now: to_millis(now),
    };
    conn.insert_review(&row).await?;
    let targets = progress
        .iter()
        .map(|item| {
            let target = current.row(item.row_id).map(|row| row.cells.target.text.clone()).unwrap_or_default();
            TargetScore { row_id: item.row_id, target, score: item.score }
        })
        .collect();
    let payload = PlanReviewPayload {
        plan_version: current.version,
        recorded_by: conn.name_of(author.person_id).await?,
        went_well: review.went_well.clone(),
        progress: targets,
        next_review: review.next_review.clone(),
    };
    record(conn, Event::PlanReview(payload), young_person_id, now).await?;
    audit_as(conn, Some(&staff), "plans.review", young_person_id, String::new(), now).await?;
    receipt(201, current.version)
}
