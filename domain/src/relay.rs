//! Relay to the case record: what staff see of each event on its way (the relay log), the
//! service's dashboard, and the retry rule. Staff must record every contact within 72 hours;
//! the dashboard counts what is older than that and not yet in the record.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// The statutory window for recording a contact.
pub const STATUTORY_WINDOW: Duration = Duration::hours(72);

/// How long the relay keeps retrying an event before it is marked failed for a manager.
pub const GIVE_UP_AFTER: Duration = Duration::days(7);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RelayStatus {
    /// Waiting for its first delivery (or for an endpoint to be configured).
    Queued,
    /// Delivery failed at least once; it will be tried again.
    Retrying,
    /// The case record acknowledged it.
    Delivered,
    /// Staff recorded it by hand (no endpoint, or the endpoint could not take it).
    Recorded,
    /// Given up after seven days of retries; a manager decides.
    Failed,
}

/// One event in the relay log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelayEvent {
    pub id: Uuid,
    /// What happened, e.g. `session.scores`.
    pub kind: String,
    pub young_person_id: Option<Uuid>,
    pub young_person_name: Option<String>,
    pub status: RelayStatus,
    pub attempts: u32,
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub occurred_at: OffsetDateTime,
    /// When it reached the record (by the relay or by hand).
    #[serde(with = "time::serde::rfc3339::option")]
    pub delivered_at: Option<OffsetDateTime>,
    /// Not in the record and older than the 72-hour window.
    pub overdue: bool,
}

/// `GET /api/v1/relay/summary`: the service dashboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelaySummary {
    pub queued: u64,
    pub retrying: u64,
    pub delivered: u64,
    pub recorded: u64,
    pub failed: u64,
    /// Events not in the record and older than 72 hours: the goal is zero.
    pub overdue: u64,
    /// Whether this server has a case-record endpoint to deliver to.
    pub endpoint_configured: bool,
    /// Whether this service relays at all (an admin may turn it off).
    pub service_enabled: bool,
}

/// `PUT /api/v1/young-people/{id}/case-record-id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseRecordIdRequest {
    /// The young person's identifier in the case record (empty to clear it).
    pub case_record_id: String,
}

/// `PUT /api/v1/relay/settings` (admins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelaySettings {
    pub enabled: bool,
}

/// Seconds to wait before the next try after `attempts` failures: 30 s doubling to 6 hours,
/// with `jitter` (0.0 to 1.0, from the caller's randomness) spreading it by up to a fifth so
/// a recovering endpoint is not hit by everything at once.
pub fn relay_retry_delay(attempts: u32, jitter: f64) -> Duration {
    let base = 30i64.saturating_mul(1i64 << attempts.saturating_sub(1).min(20));
    let capped = base.min(6 * 3600);
    let spread = (capped as f64 * 0.2 * jitter.clamp(0.0, 1.0)) as i64;
    Duration::seconds(capped - spread)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_from_thirty_seconds_to_six_hours_with_jitter_below() {
        assert_eq!(relay_retry_delay(1, 0.0), Duration::seconds(30));
        assert_eq!(relay_retry_delay(2, 0.0), Duration::seconds(60));
        assert_eq!(relay_retry_delay(5, 0.0), Duration::seconds(480));
        assert_eq!(relay_retry_delay(40, 0.0), Duration::hours(6));
        assert_eq!(relay_retry_delay(1, 1.0), Duration::seconds(24));
        assert!(relay_retry_delay(12, 0.5) < Duration::hours(6));
        // Seven days of retries is dozens of tries, not thousands.
        let mut elapsed = Duration::ZERO;
        let mut tries = 0;
        while elapsed < GIVE_UP_AFTER {
            tries += 1;
            elapsed += relay_retry_delay(tries, 0.0);
        }
        assert!((30..60).contains(&tries), "{tries}");
    }
}
