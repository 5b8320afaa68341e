//! The offline sync protocol. Every write a phone makes carries an operation id, a UUID v7 made
//! on the phone when the person pressed "send". The server accepts each id once: a repeat gets
//! the first answer back and stores nothing new, so a phone may resend as often as it needs to.

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ErrorCode;

/// The header that carries the operation id (the IETF `Idempotency-Key` draft's name).
pub const OPERATION_ID_HEADER: &str = "Idempotency-Key";

/// The response header set when a stored first answer is sent again.
pub const REPLAYED_HEADER: &str = "Idempotent-Replayed";

/// A client-made UUID v7: time-ordered, so a phone's queue sorts in the order it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OperationId(Uuid);

impl OperationId {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let uuid = Uuid::try_parse(raw.trim()).map_err(|_| ErrorCode::InvalidOperationId)?;
        if uuid.get_version_num() != 7 {
            return Err(ErrorCode::InvalidOperationId);
        }
        Ok(OperationId(uuid))
    }

    /// A fresh id (on the phone, from the browser's crypto random source).
    pub fn new_v7() -> Self {
        OperationId(Uuid::now_v7())
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl fmt::Display for OperationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl TryFrom<String> for OperationId {
    type Error = ErrorCode;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        OperationId::parse(&raw)
    }
}

impl From<OperationId> for String {
    fn from(id: OperationId) -> Self {
        id.0.to_string()
    }
}

/// What a phone should do with a queued operation after the server answered `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    /// Accepted (now or earlier): remove it from the phone's queue.
    Accepted,
    /// Try again later: no connection, the server is busy or failing.
    RetryLater,
    /// The server will never accept it as it is: keep it, show the person why.
    Rejected,
}

impl SendOutcome {
    pub fn from_status(status: u16) -> SendOutcome {
        match status {
            200..=299 => SendOutcome::Accepted,
            // Timeouts, rate limits and server trouble pass; a conflict on a reused id does not.
            0 | 408 | 425 | 429 | 500..=599 => SendOutcome::RetryLater,
            _ => SendOutcome::Rejected,
        }
    }
}

/// How long to wait before the next try of an operation that has failed `attempts` times:
/// soon at first (a server restarting is back in seconds), doubling from 2 seconds, capped at
/// 10 minutes, so a phone on and off data does not drain.
pub fn retry_delay_seconds(attempts: u32) -> u32 {
    let doubled = 2u32.saturating_mul(1u32 << attempts.saturating_sub(1).min(16));
    doubled.min(600)
}

/// How long after a round of sending that left something unsent the phone tries again, by how
/// many such rounds there have been in a row: 2, 4, 8, 16 seconds, then every 30 (also the
/// round when nothing is waiting).
pub fn next_round_seconds(unsent_rounds: u32) -> u32 {
    if unsent_rounds == 0 {
        return 30;
    }
    2u32.saturating_mul(1u32 << (unsent_rounds - 1).min(16)).min(30)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_version_7() {
        let v7 = Uuid::now_v7().to_string();
        assert!(OperationId::parse(&v7).is_ok());
        let v4 = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assert_eq!(OperationId::parse(v4), Err(ErrorCode::InvalidOperationId));
        assert_eq!(OperationId::parse("not-a-uuid"), Err(ErrorCode::InvalidOperationId));
    }

    #[test]
    fn serialises_as_a_plain_string_and_refuses_bad_ones() {
        let id = OperationId::new_v7();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert!(serde_json::from_str::<OperationId>("\"nope\"").is_err());
    }

    #[test]
    fn ids_made_later_sort_later() {
        let first = OperationId::new_v7();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let second = OperationId::new_v7();
        assert!(first < second);
    }

    #[test]
    fn outcome_by_status() {
        assert_eq!(SendOutcome::from_status(201), SendOutcome::Accepted);
        assert_eq!(SendOutcome::from_status(200), SendOutcome::Accepted);
        assert_eq!(SendOutcome::from_status(0), SendOutcome::RetryLater);
        assert_eq!(SendOutcome::from_status(503), SendOutcome::RetryLater);
        assert_eq!(SendOutcome::from_status(429), SendOutcome::RetryLater);
        assert_eq!(SendOutcome::from_status(422), SendOutcome::Rejected);
        assert_eq!(SendOutcome::from_status(409), SendOutcome::Rejected);
    }

    #[test]
    fn retry_delay_doubles_then_caps() {
        assert_eq!(retry_delay_seconds(0), 2);
        assert_eq!(retry_delay_seconds(1), 2);
        assert_eq!(retry_delay_seconds(2), 4);
        assert_eq!(retry_delay_seconds(4), 16);
        assert_eq!(retry_delay_seconds(9), 512);
        assert_eq!(retry_delay_seconds(10), 600);
        assert_eq!(retry_delay_seconds(u32::MAX), 600);
    }

    #[test]
    fn rounds_after_an_unsent_one_come_soon_then_every_half_minute() {
        let rounds: Vec<u32> = (0..7).map(next_round_seconds).collect();
        assert_eq!(rounds, [30, 2, 4, 8, 16, 30, 30]);
        assert_eq!(next_round_seconds(u32::MAX), 30);
    }
}
