use serde_json::json;
use sqlx::SqliteConnection;
use tandem_domain::accounts::Role;
use tandem_domain::complaints::{
    respond_by, ComplaintReceipt, ComplaintSettings, ComplaintStatus, ComplaintUpdate, FeedbackKind, NewComplaint, RegisterItem, DEFAULT_WORKING_DAYS,
};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{follow_hash, ComplaintStore};
use crate::accounts::sqlite::name_of;
use crate::operations::{run_once, OperationAnswer, OperationKey};
use crate::outbox::sqlite::append;
use crate::outbox::NewEvent;
use crate::storage::{parse_stored_uuid, to_millis, SqliteStore, StorageError};
use crate::surveys::Respondent;

const SELECT: &str = "SELECT c.id, c.kind, c.body, r.display_name, c.raised_as, c.status, c.owner_id, o.display_name,
        c.received_on, c.respond_by, c.outcome, c.resolved_on, c.raised_by
    FROM complaints c LEFT JOIN people r ON r.id = c.raised_by LEFT JOIN people o ON o.id = c.owner_id";

type Row = (String, String, String, Option<String>, String, String, Option<String>, Option<String>, String, String, String, Option<String>, Option<String>);

fn item((id, kind, body, raiser, raised_as, status, owner_id, owner, received_on, respond_by, outcome, resolved_on, _): Row) -> Result<RegisterItem, StorageError> {
    Ok(RegisterItem {
        id: parse_stored_uuid(&id)?,
        kind: FeedbackKind::parse(&kind).ok_or_else(|| StorageError::Internal(format!("stored kind {kind}")))?,
        text: body,
        raised_by: raiser,
        raised_as,
        status: ComplaintStatus::parse(&status).ok_or_else(|| StorageError::Internal(format!("stored status {status}")))?,
        owner_id: owner_id.as_deref().map(parse_stored_uuid).transpose()?,
        owner,
        received_on,
        respond_by,
        overdue: false,
        outcome,
        resolved_on,
    })
}

async fn working_days(conn: &mut SqliteConnection, service_id: Uuid) -> Result<u8, StorageError> {
    let days: Option<i64> = sqlx::query_scalar("SELECT working_days FROM complaint_settings WHERE service_id = ?")
        .bind(service_id.to_string())
        .fetch_optional(conn)
        .await?;
    Ok(days.and_then(|days| u8::try_from(days).ok()).unwrap_or(DEFAULT_WORKING_DAYS))
}

async fn one(conn: &mut SqliteConnection, service_id: Uuid, id: Uuid) -> Result<Option<(RegisterItem, Option<String>)>, StorageError> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.id = ? AND c.service_id = ?"))
        .bind(id.to_string())
        .bind(service_id.to_string())
        .fetch_optional(conn)
        .await?;
    row.map(|row| {
        let raised_by = row.12.clone();
        item(row).map(|item| (item, raised_by))
    })
    .transpose()
}

/// The case record hears of an item when it arrives and when it is resolved; a named young
/// person's goes into their record, anything else is a service-level event.
fn event(kind: &str, raised_by: Option<&str>, raised_as: &str, payload: serde_json::Value, now: OffsetDateTime) -> Result<NewEvent, StorageError> {
    let young_person_id = match (raised_by, raised_as) {
        (Some(person), "young_person") => Some(parse_stored_uuid(person)?),
        _ => None,
    };
    Ok(NewEvent { kind: kind.into(), young_person_id, payload, occurred_at: now })
}

#[async_trait::async_trait]
impl ComplaintStore for SqliteStore {
    async fn raise_complaint(&self, operation: OperationKey<'_>, raiser: Respondent, complaint: NewComplaint, today: Date, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
        run_once(
            &self.writer,
            operation,
            now,
            Box::new(move |conn| {
                Box::pin(async move {
                    let id = Uuid::now_v7();
                    let due = respond_by(today, working_days(conn, raiser.service_id).await?);
                    let raised_as = if raiser.role == Role::YoungPerson { "young_person" } else { "carer" };
                    let raised_by = (!complaint.anonymous).then(|| raiser.person_id.to_string());
                    sqlx::query(
                        "INSERT INTO complaints (id, service_id, kind, body, raised_by, raised_as, follow_hash, received_on, respond_by, updated_at)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    )
                    .bind(id.to_string())
                    .bind(raiser.service_id.to_string())
                    .bind(complaint.kind.as_str())
                    .bind(&complaint.text)
                    .bind(&raised_by)
                    .bind(raised_as)
                    .bind(follow_hash(&complaint.follow_token))
                    .bind(today.to_string())
                    .bind(due.to_string())
                    .bind(to_millis(now))
                    .execute(&mut *conn)
                    .await?;
                    let mut payload = json!({
                        "complaint_id": id, "kind": complaint.kind, "text": complaint.text, "raised_as": raised_as,
                        "anonymous": complaint.anonymous, "received_on": today.to_string(), "respond_by": due.to_string(),
                    });
                    if !complaint.anonymous {
                        payload["person"] = json!(name_of(conn, raiser.person_id).await?);
                    }
                    append(conn, &event("complaint.received", raised_by.as_deref(), raised_as, payload, now)?).await?;
                    Ok((201, serde_json::to_value(ComplaintReceipt { id, respond_by: due.to_string() })?))
                })
            }),
        )
        .await
    }

    async fn followed_complaints(&self, person_id: Uuid, hashes: &[String]) -> Result<Vec<RegisterItem>, StorageError> {
        let mut conn = self.reader.acquire().await?;
        let named: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.raised_by = ?")).bind(person_id.to_string()).fetch_all(&mut *conn).await?;
        let mut rows = named;
        for hash in hashes {
            let found: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.follow_hash = ?")).bind(hash).fetch_optional(&mut *conn).await?;
            if let Some(row) = found.filter(|row| !rows.iter().any(|seen| seen.0 == row.0)) {
                rows.push(row);
            }
        }
        // Ids are UUID v7: newest first is descending id.
        rows.sort_by(|a, b| b.0.cmp(&a.0));
        rows.into_iter().map(item).collect()
    }

    async fn complaint_register(&self, service_id: Uuid) -> Result<Vec<RegisterItem>, StorageError> {
        let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE c.service_id = ? ORDER BY c.id DESC"))
            .bind(service_id.to_string())
            .fetch_all(&self.reader)
            .await?;
        rows.into_iter().map(item).collect()
    }

    async fn update_complaint(&self, service_id: Uuid, id: Uuid, update: ComplaintUpdate, today: Date, now: OffsetDateTime) -> Result<Option<RegisterItem>, StorageError> {
        let mut tx = self.writer.begin().await?;
        let Some((before, raised_by)) = one(&mut tx, service_id, id).await? else { return Ok(None) };
        let resolving = update.status == ComplaintStatus::Resolved && before.status != ComplaintStatus::Resolved;
        let resolved_on = match update.status {
            ComplaintStatus::Resolved => before.resolved_on.clone().or(Some(today.to_string())),
            _ => None,
        };
        sqlx::query("UPDATE complaints SET status = ?, owner_id = ?, outcome = ?, resolved_on = ?, updated_at = ? WHERE id = ?")
            .bind(update.status.as_str())
            .bind(update.owner_id.map(|owner| owner.to_string()))
            .bind(&update.outcome)
            .bind(&resolved_on)
            .bind(to_millis(now))
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        if resolving {
            let payload = json!({
                "complaint_id": id, "kind": before.kind, "text": before.text, "raised_as": before.raised_as,
                "outcome": update.outcome, "resolved_on": today.to_string(),
            });
            append(&mut tx, &event("complaint.resolved", raised_by.as_deref(), &before.raised_as, payload, now)?).await?;
        }
        let after = one(&mut tx, service_id, id).await?.map(|(item, _)| item);
        tx.commit().await?;
        Ok(after)
    }

    async fn complaint_settings(&self, service_id: Uuid) -> Result<ComplaintSettings, StorageError> {
        let mut conn = self.reader.acquire().await?;
        Ok(ComplaintSettings { working_days: working_days(&mut conn, service_id).await? })
    }

    async fn set_complaint_settings(&self, service_id: Uuid, settings: ComplaintSettings) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO complaint_settings (service_id, working_days) VALUES (?, ?) ON CONFLICT (service_id) DO UPDATE SET working_days = excluded.working_days")
            .bind(service_id.to_string())
            .bind(i64::from(settings.working_days))
            .execute(&self.writer)
            .await?;
        Ok(())
    }
}
