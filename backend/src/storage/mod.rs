//! Storage: one trait per feature, gathered into [`Store`]; each engine implements them all.
//! Every feature's store is written once, as a macro body in the SQL both engines take (`$n`
//! placeholders, `CAST`, explicit ordering columns), and expanded in the feature's `sqlite.rs`
//! and `postgres.rs`. What really differs between the engines is named once, in [`Engine`].

pub mod postgres;
pub mod sqlite;
pub mod tx;

use tandem_domain::ErrorCode;
use time::OffsetDateTime;

use crate::accounts::AccountStore;
use crate::appointments::AppointmentStore;
use crate::assessments::AssessmentStore;
use crate::cabinet::CabinetStore;
use crate::cases::CaseStore;
use crate::complaints::ComplaintStore;
use crate::demo::DemoStore;
use crate::feedback::FeedbackStore;
use crate::outbox::OutboxStore;
use crate::passkeys::PasskeyStore;
use crate::plans::PlanStore;
use crate::push::PushStore;
use crate::relay::RelayStore;
use crate::reminders::ReminderStore;
use crate::retention::RetentionStore;
use crate::safety::SafetyStore;
use crate::secret::SecretStore;
use crate::sessions::SessionStore;
use crate::surveys::SurveyStore;
use crate::voice::VoiceStore;

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// What really differs between the engines, and the only way a store body reaches one: the
/// pools, "hold this key until commit", and row-lock suffixes. SQLite has one writer connection,
/// which already runs each transaction alone, so its holds and row locks are nothing;
/// PostgreSQL runs transactions side by side on many connections (and servers).
#[async_trait::async_trait]
pub trait Engine: Send + Sync + 'static {
    type Db: sqlx::Database;

    /// Where writes go (SQLite: its one writer connection).
    fn writer(&self) -> &sqlx::Pool<Self::Db>;

    /// Where reads go (SQLite: read-only connections beside the writer).
    fn reader(&self) -> &sqlx::Pool<Self::Db>;

    /// Holds `key` within `scope` (e.g. `("plan", id)`) until the transaction ends, for "check,
    /// then write" rules: a second transaction holding the same key waits for the first.
    async fn hold(conn: &mut <Self::Db as sqlx::Database>::Connection, scope: &str, key: &str) -> Result<(), StorageError>;

    /// After rows were erased: what the engine still keeps of them outside its tables goes
    /// (SQLite: the write-ahead log is checkpointed into the file, where `secure_delete` has
    /// overwritten them, and emptied; PostgreSQL: nothing of a deleted row is readable by SQL).
    async fn forget_erased(&self) -> Result<(), StorageError>;

    /// Appended to a SELECT whose rows of `alias` must stay as read until commit.
    fn for_update(alias: &str) -> String;

    /// Appended to a SELECT whose rows of `alias` must not change (nor be locked for update)
    /// until commit.
    fn for_share(alias: &str) -> String;
}

/// Everything the server keeps. Handlers hold it as `Arc<dyn Store>`.
#[async_trait::async_trait]
pub trait Store:
    AccountStore
    + FeedbackStore
    + OutboxStore
    + SessionStore
    + PlanStore
    + RelayStore
    + AppointmentStore
    + PushStore
    + ReminderStore
    + SurveyStore
    + AssessmentStore
    + ComplaintStore
    + SafetyStore
    + SecretStore
    + VoiceStore
    + CabinetStore
    + PasskeyStore
    + CaseStore
    + RetentionStore
    + DemoStore
    + Send
    + Sync
    + 'static
{
    /// Proves the database answers.
    async fn ping(&self) -> Result<(), StorageError>;

    /// Closes the connections (at shutdown); later calls answer `Unavailable`.
    async fn close(&self);
}

/// An underlying error kept as the cause of a [`StorageError`].
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// A rule the storage enforces (an operation id reused for other content, say).
    #[error("refused: {}", .0.as_str())]
    Refused(ErrorCode),
    /// The database could not be reached or is locked for too long.
    #[error("database unavailable")]
    Unavailable(#[source] sqlx::Error),
    /// What went wrong, in words without personal data, and the error that caused it, if any.
    #[error("storage: {context}")]
    Internal {
        context: String,
        #[source]
        cause: Option<Cause>,
    },
}

impl StorageError {
    /// A broken rule of the stored data (an unknown stored value, say), with no underlying error.
    pub fn internal(context: impl Into<String>) -> Self {
        StorageError::Internal { context: context.into(), cause: None }
    }

    /// `context`, caused by `cause`, which is kept as the error's source.
    pub fn caused(context: impl Into<String>, cause: impl Into<Cause>) -> Self {
        StorageError::Internal { context: context.into(), cause: Some(cause.into()) }
    }
}

impl From<sqlx::Error> for StorageError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => StorageError::Unavailable(err),
            other => StorageError::caused("database", other),
        }
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(err: serde_json::Error) -> Self {
        StorageError::caused("json", err)
    }
}

/// Times are stored as whole milliseconds since 1970 (UTC): exact, and they sort.
pub fn to_millis(at: OffsetDateTime) -> i64 {
    i64::try_from(at.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

pub fn from_millis(millis: i64) -> Result<OffsetDateTime, StorageError> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(millis) * 1_000_000)
        .map_err(|err| StorageError::caused(format!("stored time {millis}"), err))
}

/// What a ping's `SELECT 1` must answer.
pub(crate) fn answered_one(one: i64) -> Result<(), StorageError> {
    if one == 1 {
        Ok(())
    } else {
        Err(StorageError::internal("SELECT 1 did not answer 1"))
    }
}

/// A rule the store enforces, refused with its stable code.
pub fn refused(code: ErrorCode) -> StorageError {
    StorageError::Refused(code)
}

/// A stored count (never negative) as a number of things.
pub fn stored_count(raw: i64) -> u32 {
    u32::try_from(raw).unwrap_or(0)
}

/// An id nobody can place in time, for what must not say when it was written (a UUID v7 would).
pub fn random_id() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(rand::random()).into_uuid()
}

/// Ids are stored as their hyphenated text.
pub fn parse_stored_uuid(raw: &str) -> Result<uuid::Uuid, StorageError> {
    uuid::Uuid::parse_str(raw).map_err(|err| StorageError::caused(format!("stored id {raw}"), err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_error_keeps_its_cause() {
        use std::error::Error;
        let err = StorageError::from(sqlx::Error::RowNotFound);
        assert_eq!(err.to_string(), "storage: database");
        let cause = err.source().map(ToString::to_string);
        assert_eq!(cause, Some(sqlx::Error::RowNotFound.to_string()));
        let json = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        assert!(StorageError::from(json).source().is_some());
        assert!(StorageError::internal("stored role x").source().is_none());
    }

    #[test]
    fn millis_round_trip() {
        let at = time::macros::datetime!(2026-10-25 01:30:00.123 UTC);
        assert_eq!(from_millis(to_millis(at)).unwrap(), at);
    }
}
