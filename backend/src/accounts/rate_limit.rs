//! Limits on guessing: sign-in, invite redemption and PIN checks, per client address and per
//! account. Per address: fixed windows kept in memory (each instance keeps its own). Per account:
//! in the database ([`attempt_on_account`]), so the limit holds whichever instance is asked and
//! across restarts; a wrong PIN also counts there, where five end the device's session.

use std::collections::HashMap;
use std::sync::Mutex;

use time::{Duration, OffsetDateTime};

use super::client_address::TrustedProxies;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    SignInByAddress,
    SignInByEmail,
    RedeemByAddress,
    PinByAddress,
    /// Wrong session join codes (right ones are not counted: a whole class joins from one network).
    JoinByAddress,
    /// Anonymous app feedback (generous: a class may give it together from one network).
    FeedbackByAddress,
}

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub attempts: u32,
    pub window: Duration,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub sign_in_by_address: Limit,
    pub sign_in_by_email: Limit,
    pub redeem_by_address: Limit,
    pub pin_by_address: Limit,
    pub join_by_address: Limit,
    pub feedback_by_address: Limit,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sign_in_by_address: Limit { attempts: 20, window: Duration::minutes(1) },
            sign_in_by_email: Limit { attempts: 10, window: Duration::minutes(15) },
            redeem_by_address: Limit { attempts: 10, window: Duration::minutes(1) },
            pin_by_address: Limit { attempts: 30, window: Duration::minutes(1) },
            join_by_address: Limit { attempts: 20, window: Duration::minutes(1) },
            feedback_by_address: Limit { attempts: 60, window: Duration::minutes(1) },
        }
    }
}

impl Limits {
    /// The same limit on every bucket (tests and benchmarks that must not meet one).
    pub fn all(limit: Limit) -> Limits {
        Limits {
            sign_in_by_address: limit,
            sign_in_by_email: limit,
            redeem_by_address: limit,
            pin_by_address: limit,
            join_by_address: limit,
            feedback_by_address: limit,
        }
    }

    fn for_bucket(&self, bucket: Bucket) -> Limit {
        match bucket {
            Bucket::SignInByAddress => self.sign_in_by_address,
            Bucket::SignInByEmail => self.sign_in_by_email,
            Bucket::RedeemByAddress => self.redeem_by_address,
            Bucket::PinByAddress => self.pin_by_address,
            Bucket::JoinByAddress => self.join_by_address,
            Bucket::FeedbackByAddress => self.feedback_by_address,
        }
    }
}

pub struct RateLimiter {
    limits: Limits,
    windows: Mutex<HashMap<(Bucket, String), (OffsetDateTime, u32)>>,
    /// Whose forwarded client address is believed (see `client_address`).
    trusted_proxies: TrustedProxies,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> Self {
        RateLimiter { limits, windows: Mutex::new(HashMap::new()), trusted_proxies: TrustedProxies::default() }
    }

    /// The same limits, counting the client address that these proxies forward.
    pub fn trusting(self, trusted_proxies: TrustedProxies) -> Self {
        RateLimiter { trusted_proxies, ..self }
    }

    pub fn trusted_proxies(&self) -> &TrustedProxies {
        &self.trusted_proxies
    }

    /// The limit on guesses at one account's password.
    pub fn account_limit(&self) -> Limit {
        self.limits.sign_in_by_email
    }

    /// Counts one attempt for `key`; refuses with the seconds to wait once over the limit.
    pub fn attempt(&self, bucket: Bucket, key: &str, now: OffsetDateTime) -> Result<(), AppError> {
        let limit = self.limits.for_bucket(bucket);
        let mut windows = match self.windows.lock() {
            Ok(windows) => windows,
            Err(poisoned) => poisoned.into_inner(),
        };
        if windows.len() > 100_000 {
            // Bound memory under a flood of addresses: old windows are worthless anyway.
            windows.retain(|_, (start, _)| now - *start < limit.window);
        }
        let entry = windows.entry((bucket, key.to_owned())).or_insert((now, 0));
        if now - entry.0 >= limit.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        if entry.1 > limit.attempts {
            let wait = (entry.0 + limit.window - now).whole_seconds().max(1);
            return Err(AppError::TooManyRequests { retry_after_seconds: u64::try_from(wait).unwrap_or(1) });
        }
        Ok(())
    }
}

/// Counts one guess at the account `email` names (whether or not it exists), in the database;
/// refuses with the seconds to wait once over the limit.
pub async fn attempt_on_account(state: &crate::state::AppState, email: &str, now: OffsetDateTime) -> Result<(), AppError> {
    use sha2::Digest;
    let limit = state.limits.account_limit();
    let account = format!("{:x}", sha2::Sha256::digest(email.trim().to_lowercase().as_bytes()));
    let (start, attempts) = state.store.count_account_attempt(&account, now, now - limit.window).await?;
    if attempts > limit.attempts {
        let wait = (start + limit.window - now).whole_seconds().max(1);
        return Err(AppError::TooManyRequests { retry_after_seconds: u64::try_from(wait).unwrap_or(1) });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn refuses_past_the_limit_until_the_window_ends() {
        let limiter =
            RateLimiter::new(Limits { redeem_by_address: Limit { attempts: 2, window: Duration::minutes(1) }, ..Limits::default() });
        let start = datetime!(2026-11-22 10:00 UTC);
        assert!(limiter.attempt(Bucket::RedeemByAddress, "1.2.3.4", start).is_ok());
        assert!(limiter.attempt(Bucket::RedeemByAddress, "1.2.3.4", start).is_ok());
        match limiter.attempt(Bucket::RedeemByAddress, "1.2.3.4", start + Duration::seconds(20)) {
            Err(AppError::TooManyRequests { retry_after_seconds }) => assert_eq!(retry_after_seconds, 40),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(limiter.attempt(Bucket::RedeemByAddress, "5.6.7.8", start).is_ok(), "other addresses are unaffected");
        assert!(limiter.attempt(Bucket::RedeemByAddress, "1.2.3.4", start + Duration::minutes(1)).is_ok());
    }
}
