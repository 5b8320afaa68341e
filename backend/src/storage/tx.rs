//! What a feature's work inside a transaction needs from other features (names, links, the
//! outbox), on either engine. Feature code that checks and decides is written once, generic over
//! a connection that implements its feature's transaction trait (built on [`Tx`]); each engine
//! supplies only the SQL.

use sqlx::{PgConnection, SqliteConnection};
use tandem_domain::events::Event;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{parse_stored_uuid, StorageError};
use crate::accounts::NewAuditEntry;
use crate::outbox::NewEvent;

#[async_trait::async_trait]
pub trait Tx: Send {
    /// A person's display name.
    async fn name_of(&mut self, person_id: Uuid) -> Result<String, StorageError>;
    /// A person's service (id as stored); refused `not_found` for nobody.
    async fn service_of(&mut self, person_id: &str) -> Result<String, StorageError>;
    /// The carers linked to a young person (ids as stored).
    async fn carer_ids(&mut self, young_person_id: &str) -> Result<Vec<String>, StorageError>;
    /// The young people a carer is linked to (ids as stored).
    async fn young_people_of_carer(&mut self, carer_id: Uuid) -> Result<Vec<String>, StorageError>;
    /// Appends an outbox event on this transaction.
    async fn append(&mut self, event: &NewEvent) -> Result<Uuid, StorageError>;
    /// Appends an event for a young person's record, in their service.
    async fn append_about(&mut self, event: Event, young_person_id: Uuid, occurred_at: OffsetDateTime) -> Result<Uuid, StorageError> {
        let service_id = parse_stored_uuid(&self.service_of(&young_person_id.to_string()).await?)?;
        self.append(&NewEvent { event, service_id, young_person_id: Some(young_person_id), occurred_at }).await
    }
    /// Audits on this transaction, so the entry commits with the change it records, or neither.
    async fn audit(&mut self, entry: &NewAuditEntry<'_>) -> Result<(), StorageError>;
}

/// Implements [`Tx`] for `$conn` with `$engine`'s account and outbox functions.
macro_rules! tx_on {
    ($conn:ty, $engine:ident) => {
        #[async_trait::async_trait]
        impl Tx for $conn {
            async fn name_of(&mut self, person_id: Uuid) -> Result<String, StorageError> {
                crate::accounts::$engine::name_of(self, person_id).await
            }
            async fn service_of(&mut self, person_id: &str) -> Result<String, StorageError> {
                crate::accounts::$engine::service_of(self, person_id).await
            }
            async fn carer_ids(&mut self, young_person_id: &str) -> Result<Vec<String>, StorageError> {
                crate::accounts::$engine::carer_ids(self, young_person_id).await
            }
            async fn young_people_of_carer(&mut self, carer_id: Uuid) -> Result<Vec<String>, StorageError> {
                crate::accounts::$engine::young_people_ids_of_carer(self, carer_id).await
            }
            async fn append(&mut self, event: &NewEvent) -> Result<Uuid, StorageError> {
                crate::outbox::$engine::append(self, event).await
            }
            async fn audit(&mut self, entry: &NewAuditEntry<'_>) -> Result<(), StorageError> {
                crate::accounts::$engine::insert_audit(self, entry).await
            }
        }
    };
}

tx_on!(SqliteConnection, sqlite);
tx_on!(PgConnection, postgres);
