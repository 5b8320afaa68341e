//! The server-side event outbox. Every feature that stores a submission calls its engine's
//! `append` ([`sqlite::append`], [`postgres::append`]) inside the transaction that stores the
//! submission itself, so an event exists exactly when its record does. The relay
//! (`crate::relay`) delivers from this table.

pub mod postgres;
pub mod sqlite;
mod store;

use tandem_domain::events::Event;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::storage::StorageError;

/// An event to append, describing one submission.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    /// What happened, with its typed payload.
    pub event: Event,
    /// The service it belongs to: its relay switch, log and dashboard cover the event, whether
    /// or not it is about a young person.
    pub service_id: Uuid,
    /// Whose record it belongs in; `None` for service-level events.
    pub young_person_id: Option<Uuid>,
    pub occurred_at: OffsetDateTime,
}

#[async_trait::async_trait]
pub trait OutboxStore {
    /// Appends an event on its own, for what has no record of its own to share a transaction
    /// with (tools, tests, service notices). Submissions use each engine's `append` instead.
    async fn append_event(&self, event: &NewEvent) -> Result<Uuid, StorageError>;

    /// Appends many events in one transaction (imports, benchmarks).
    async fn append_events(&self, events: &[NewEvent]) -> Result<(), StorageError>;
}
