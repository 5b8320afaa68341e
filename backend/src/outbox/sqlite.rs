use sqlx::SqliteConnection;
use uuid::Uuid;

use super::{NewEvent, OutboxStore, QueuedEvent};
use crate::storage::{from_millis, parse_stored_uuid as parse_uuid, to_millis, SqliteStore, StorageError};

/// Appends `event` on `conn`, which must be the transaction that stores the record it describes.
pub async fn append(conn: &mut SqliteConnection, event: &NewEvent) -> Result<Uuid, StorageError> {
    let id = Uuid::now_v7();
    let at = to_millis(event.occurred_at);
    sqlx::query(
        "INSERT INTO outbox_events (id, kind, young_person_id, payload, occurred_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id.to_string())
    .bind(&event.kind)
    .bind(event.young_person_id.map(|person| person.to_string()))
    .bind(serde_json::to_string(&event.payload)?)
    .bind(at)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(id)
}

type EventRow = (String, String, Option<String>, String, i64, i64);

#[async_trait::async_trait]
impl OutboxStore for SqliteStore {
    async fn queued_events(&self, limit: i64) -> Result<Vec<QueuedEvent>, StorageError> {
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT id, kind, young_person_id, payload, occurred_at, attempts
             FROM outbox_events WHERE status = 'queued' ORDER BY id LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, kind, person, payload, occurred_at, attempts)| {
                Ok(QueuedEvent {
                    id: parse_uuid(&id)?,
                    kind,
                    young_person_id: person.as_deref().map(parse_uuid).transpose()?,
                    payload: serde_json::from_str(&payload)?,
                    occurred_at: from_millis(occurred_at)?,
                    attempts,
                })
            })
            .collect()
    }
}
