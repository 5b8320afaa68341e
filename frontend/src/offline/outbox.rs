//! The phone's queue of operations waiting for the server. An operation enters in the same
//! IndexedDB transaction that clears its form's draft, so at every moment what the person wrote
//! is either a draft or queued, never lost and never both. It leaves only when the server has
//! accepted it; the server accepts each operation id once, so sending again is always safe.

use std::cell::Cell;

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::{Deserialize, Serialize};
use tandem_domain::sync::{retry_delay_seconds, OperationId, SendOutcome};
use tandem_domain::ErrorCode;

use super::{open, StoreError, DRAFTS, OUTBOX};
use crate::api::{self, SendError};

/// One queued operation, stored as the service worker also reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueuedOperation {
    /// The operation id (UUID v7), sent as `Idempotency-Key`.
    pub id: String,
    pub kind: String,
    /// `POST` target, e.g. `/api/v1/app-feedback`.
    pub path: String,
    /// The JSON body exactly as it will be sent.
    pub body: String,
    /// Milliseconds since 1970, on the phone's clock.
    pub created_at: f64,
    pub attempts: u32,
    pub next_try_at: f64,
    /// The server's error code when it refused the operation for good; kept so the person
    /// can see why and nothing they wrote disappears.
    #[serde(default)]
    pub rejected: Option<String>,
    /// Whose it is (their person id; none when nobody was signed in). It is sent only while
    /// they are: never under the next person's name on a shared phone.
    #[serde(default)]
    pub owner: Option<String>,
    /// The operation this one needs the server to have first (a score needs its join): it is
    /// not sent while that one waits, and is refused with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

impl QueuedOperation {
    pub fn rejection(&self) -> Option<ErrorCode> {
        self.rejected.as_deref().and_then(ErrorCode::parse)
    }
}

/// Queues an operation and, in the same transaction, clears the draft it came from.
pub async fn enqueue(kind: &str, path: &str, body: &impl Serialize, draft_to_clear: Option<&str>) -> Result<OperationId, StoreError> {
    enqueue_as(OperationId::new_v7(), kind, path, body, draft_to_clear, None).await
}

/// Queues an operation under `id` (one already tried online keeps its key, so the server
/// answers a resend the same), sent only once `after` (if any) has been accepted.
pub async fn enqueue_as(
    id: OperationId,
    kind: &str,
    path: &str,
    body: &impl Serialize,
    draft_to_clear: Option<&str>,
    after: Option<String>,
) -> Result<OperationId, StoreError> {
    let now = js_sys::Date::now();
    let operation = QueuedOperation {
        id: id.to_string(),
        kind: kind.to_owned(),
        path: path.to_owned(),
        body: crate::json::to_string(body).map_err(StoreError)?,
        created_at: now,
        attempts: 0,
        next_try_at: now,
        rejected: None,
        owner: crate::auth::phone_owner(),
        after,
    };
    let db = open().await?;
    let tx = db.transaction([OUTBOX, DRAFTS]).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(OUTBOX)?.put(&operation).serde()?.await?;
    if let Some(form) = draft_to_clear {
        tx.object_store(DRAFTS)?.delete(form.to_owned()).serde()?.await?;
    }
    tx.commit().await?;
    wasm_bindgen_futures::spawn_local(ask_for_background_sync());
    Ok(id)
}

/// The Background Sync tag, and the Web Lock held while sending. Must match service-worker/sw.js.
const SYNC_TAG: &str = "tandem-outbox";

/// Asks the browser to wake the service worker when a connection returns (Background Sync),
/// where the browser has it; elsewhere the page sends on its next open. Never awaited by
/// callers: `ready` waits for a service worker that may not exist.
async fn ask_for_background_sync() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else { return };
    let Ok(ready) = window.navigator().service_worker().ready() else { return };
    let Ok(registration) = JsFuture::from(ready).await else { return };
    let Ok(sync) = js_sys::Reflect::get(&registration, &"sync".into()) else { return };
    let Ok(register) = js_sys::Reflect::get(&sync, &"register".into()) else { return };
    let Ok(register) = register.dyn_into::<js_sys::Function>() else { return };
    if let Ok(promise) = register.call1(&sync, &SYNC_TAG.into()) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(promise).await;
        }
    }
}

/// Everything queued, oldest first.
pub async fn all() -> Result<Vec<QueuedOperation>, StoreError> {
    let db = open().await?;
    let tx = db.transaction(OUTBOX).build()?;
    let records = tx.object_store(OUTBOX)?.get_all::<QueuedOperation>().serde()?.await?;
    let operations = records.collect::<Result<Vec<_>, _>>()?;
    Ok(operations)
}

async fn put(operation: &QueuedOperation) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(OUTBOX).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(OUTBOX)?.put(operation).serde()?.await?;
    tx.commit().await?;
    Ok(())
}

/// Removes an operation: after the server accepted it, or when the person discards a refused one.
pub async fn remove(id: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(OUTBOX).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(OUTBOX)?.delete(id.to_owned()).serde()?.await?;
    tx.commit().await?;
    Ok(())
}

/// What the phone still holds after a flush.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxStatus {
    /// Accepted by the server during this flush.
    pub sent: u32,
    /// Still waiting to be sent.
    pub waiting: u32,
    /// Refused by the server; kept for the person to see.
    pub refused: u32,
    /// The last attempt found no connection.
    pub offline: bool,
}

thread_local! {
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
}

/// Sends every due operation in order. Only one flush runs at a time in a page, and in one tab
/// of the app at a time (the browser's lock, which the service worker takes too); a flush asked
/// for while one runs answers `None` (the running one will pick up anything new next time).
pub async fn flush() -> Result<Option<OutboxStatus>, StoreError> {
    if FLUSHING.with(|flag| flag.replace(true)) {
        return Ok(None);
    }
    let result = super::locks::if_available(SYNC_TAG, flush_due()).await;
    FLUSHING.with(|flag| flag.set(false));
    result.transpose()
}

async fn flush_due() -> Result<OutboxStatus, StoreError> {
    let mut status = OutboxStatus::default();
    let now = js_sys::Date::now();
    let owner = crate::auth::phone_owner();
    let queued = all().await?;
    // What is still queued, and why each refused one was: an operation waits for the one it
    // needs first, and is refused with it.
    let mut waiting: std::collections::HashSet<String> = queued.iter().filter(|o| o.rejected.is_none()).map(|o| o.id.clone()).collect();
    let mut refused: std::collections::HashMap<String, String> =
        queued.iter().filter_map(|o| Some((o.id.clone(), o.rejected.clone()?))).collect();
    for mut operation in queued {
        if operation.owner.is_some() && operation.owner != owner {
            continue;
        }
        if operation.rejected.is_some() {
            status.refused += 1;
            continue;
        }
        if let Some(code) = operation.after.as_ref().and_then(|after| refused.get(after)).cloned() {
            operation.rejected = Some(code.clone());
            put(&operation).await?;
            refused.insert(operation.id.clone(), code);
            status.refused += 1;
            continue;
        }
        let held = operation.after.as_ref().is_some_and(|after| waiting.contains(after));
        if status.offline || held || operation.next_try_at > now {
            status.waiting += 1;
            continue;
        }
        match api::send_operation(&operation).await {
            Ok(answer) => match SendOutcome::from_status(answer.status) {
                SendOutcome::Accepted => {
                    remove(&operation.id).await?;
                    waiting.remove(&operation.id);
                    status.sent += 1;
                }
                SendOutcome::RetryLater => {
                    schedule_retry(&mut operation, now).await?;
                    status.waiting += 1;
                }
                SendOutcome::Rejected => {
                    let code = answer.error_code.unwrap_or(ErrorCode::Internal);
                    operation.rejected = Some(code.as_str().to_owned());
                    put(&operation).await?;
                    refused.insert(operation.id.clone(), code.as_str().to_owned());
                    status.refused += 1;
                }
            },
            Err(SendError::Offline) => {
                status.offline = true;
                status.waiting += 1;
            }
        }
    }
    Ok(status)
}

async fn schedule_retry(operation: &mut QueuedOperation, now: f64) -> Result<(), StoreError> {
    operation.attempts = operation.attempts.saturating_add(1);
    operation.next_try_at = now + f64::from(retry_delay_seconds(operation.attempts)) * 1000.0;
    put(operation).await
}

/// Sends what is queued now, then counts what is still there (before a sign-out wipes it).
pub async fn send_then_count() -> Result<OutboxStatus, StoreError> {
    let _ = flush().await;
    status().await
}

/// Counts what is queued, without sending.
pub async fn status() -> Result<OutboxStatus, StoreError> {
    let mut status = OutboxStatus::default();
    for operation in all().await? {
        if operation.rejected.is_some() {
            status.refused += 1;
        } else {
            status.waiting += 1;
        }
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::offline::drafts;

    #[wasm_bindgen_test]
    async fn enqueue_clears_the_draft_in_the_same_transaction() {
        let form = "test_outbox_draft";
        drafts::save(form, &"half-typed").await.unwrap();
        let id = enqueue("test.kind", "/api/v1/test", &serde_json::json!({"a": 1}), Some(form)).await.unwrap();
        assert_eq!(drafts::load::<String>(form).await.unwrap(), None);
        let queued = all().await.unwrap();
        let entry = queued.iter().find(|op| op.id == id.to_string()).unwrap();
        assert_eq!(entry.body, r#"{"a":1}"#);
        assert_eq!(entry.attempts, 0);
        remove(&entry.id).await.unwrap();
        assert!(all().await.unwrap().iter().all(|op| op.id != id.to_string()));
    }

    #[wasm_bindgen_test]
    async fn queued_operations_come_back_oldest_first() {
        let first = enqueue("test.order", "/x", &1, None).await.unwrap();
        let second = enqueue("test.order", "/x", &2, None).await.unwrap();
        let ids: Vec<String> = all().await.unwrap().into_iter().filter(|op| op.kind == "test.order").map(|op| op.id).collect();
        assert_eq!(ids, vec![first.to_string(), second.to_string()]);
        for id in ids {
            remove(&id).await.unwrap();
        }
    }
}
