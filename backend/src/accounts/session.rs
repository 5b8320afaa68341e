//! Who is asking. The session cookie holds a random token; the database keeps only its SHA-256.
//! Staff sessions end after 30 idle minutes or 12 hours; device sessions stay (so a young person
//! is not asked for a code again) but lock after 15 idle minutes until the PIN is given.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};
use tandem_domain::accounts::api::SessionKind;
use tandem_domain::accounts::Role;
use tandem_domain::passkeys::PasskeyStep;
use tandem_domain::ErrorCode;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use super::SessionRecord;
use crate::error::AppError;
use crate::state::AppState;
use crate::storage::Store;

pub const COOKIE: &str = "tandem_session";
/// Requests the app makes on its own (outbox sends, polling) carry this header, so they do not
/// count as the person being active and cannot hold a device unlocked.
pub const BACKGROUND_HEADER: &str = "tandem-background";

/// Session lifetimes and cookie settings.
#[derive(Debug, Clone)]
pub struct SessionPolicy {
    pub staff_idle: Duration,
    pub staff_absolute: Duration,
    pub device_idle_lock: Duration,
    pub device_absolute: Duration,
    pub invite_lifetime: Duration,
    pub password_link_lifetime: Duration,
    /// Add `Secure` to the cookie (the app is served over TLS).
    pub secure_cookies: bool,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            staff_idle: Duration::minutes(30),
            staff_absolute: Duration::hours(12),
            device_idle_lock: Duration::minutes(15),
            device_absolute: Duration::days(180),
            invite_lifetime: Duration::hours(72),
            password_link_lifetime: Duration::hours(72),
            secure_cookies: false,
        }
    }
}

/// The signed-in caller of a request, after every session check has passed.
#[derive(Debug, Clone, PartialEq)]
pub struct Caller {
    pub session_id: Uuid,
    pub person_id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    /// The service is the demo: every page says so.
    pub service_demo: bool,
    pub role: Role,
    pub display_name: String,
    /// The language the person chose in the app: what the server words for them is in it.
    pub language: tandem_domain::language::Language,
    /// "Easier words" is on for the person.
    pub easier_words: bool,
    pub kind: SessionKind,
    /// A device idle past the lock time: only the PIN unlocks it.
    pub locked: bool,
    pub pin_set: bool,
    /// What a staff session still has to do about passkeys before anything else.
    pub passkey_step: PasskeyStep,
    /// The person's case is closed: the phone may only send what it still holds, then go.
    pub case_closed: bool,
}

/// A new random session token and its hash for storage.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = hex(&bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// `Set-Cookie` for a session: HttpOnly, SameSite=Strict, Secure behind TLS.
pub fn session_cookie(token: &str, max_age: Duration, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}", max_age.whole_seconds().max(0));
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("tandem_session=; Max-Age=0"))
}

pub fn clearing_cookie(secure: bool) -> HeaderValue {
    session_cookie("", Duration::ZERO, secure)
}

fn elapsed(since: OffsetDateTime, now: OffsetDateTime) -> StdDuration {
    (now - since).try_into().unwrap_or(StdDuration::ZERO)
}

impl Caller {
    /// The caller's own id when they are a young person: whose record an entry of theirs is about.
    pub fn young_person(&self) -> Option<Uuid> {
        (self.role == Role::YoungPerson).then_some(self.person_id)
    }

    /// Applies the session rules to a stored session at `now`: ended and expired sessions are
    /// refused with a code saying so; an idle staff session ends; an idle device locks.
    pub fn from_session(record: SessionRecord, policy: &SessionPolicy, now: OffsetDateTime) -> Result<(Caller, SessionVerdict), ErrorCode> {
        let ended_code = match record.kind {
            SessionKind::Staff => ErrorCode::SessionExpired,
            SessionKind::Device => ErrorCode::DeviceSessionEnded,
        };
        if record.ended {
            return Err(ended_code);
        }
        if now >= record.expires_at {
            return Ok((Self::from_record(&record, false), SessionVerdict::End("expired", ended_code)));
        }
        let idle = elapsed(record.last_active_at, now);
        let (locked, verdict) = match record.kind {
            SessionKind::Staff if idle > policy.staff_idle.try_into().unwrap_or(StdDuration::MAX) => {
                (false, SessionVerdict::End("idle", ended_code))
            }
            SessionKind::Staff => (false, SessionVerdict::Active),
            SessionKind::Device => {
                let lock_after: StdDuration = policy.device_idle_lock.try_into().unwrap_or(StdDuration::MAX);
                let locked = record.pin_hash.is_some() && (record.lock_requested || idle > lock_after);
                (locked, if locked { SessionVerdict::Locked } else { SessionVerdict::Active })
            }
        };
        Ok((Self::from_record(&record, locked), verdict))
    }

    fn from_record(record: &SessionRecord, locked: bool) -> Caller {
        Caller {
            session_id: record.id,
            person_id: record.person_id,
            service_id: record.service_id,
            service_name: record.service_name.clone(),
            service_demo: record.service_demo,
            role: record.role,
            display_name: record.display_name.clone(),
            language: record.language,
            easier_words: record.easier_words,
            kind: record.kind,
            locked,
            pin_set: record.pin_hash.is_some(),
            passkey_step: record.passkey_step,
            case_closed: record.case_closed,
        }
    }
}

/// What the session rules decided for this request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionVerdict {
    Active,
    Locked,
    /// End the session for this reason and refuse with this code.
    End(&'static str, ErrorCode),
}

impl<S> FromRequestParts<S> for Caller
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let token = cookie_value(&parts.headers, COOKIE).filter(|token| !token.is_empty()).ok_or(ErrorCode::Unauthorized)?;
        let store: &Arc<dyn Store> = &state.store;
        let record = store.session_by_token(&token_hash(&token)).await?.ok_or(ErrorCode::Unauthorized)?;
        let now = state.clock.now();
        let (caller, verdict) = Caller::from_session(record, &state.sessions, now)?;
        match verdict {
            SessionVerdict::End(reason, code) => {
                store.end_session(caller.session_id, reason, now).await?;
                Err(code.into())
            }
            SessionVerdict::Locked => Ok(caller),
            SessionVerdict::Active => {
                if !parts.headers.contains_key(BACKGROUND_HEADER) {
                    store.touch_session(caller.session_id, now).await?;
                }
                Ok(caller)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn record(kind: SessionKind, last_active: OffsetDateTime, pin: bool) -> SessionRecord {
        SessionRecord {
            id: Uuid::now_v7(),
            person_id: Uuid::now_v7(),
            service_id: Uuid::now_v7(),
            service_name: "demo".into(),
            service_demo: true,
            role: Role::YoungPerson,
            display_name: "Jay".into(),
            language: tandem_domain::language::Language::English,
            easier_words: false,
            kind,
            last_active_at: last_active,
            expires_at: last_active + Duration::hours(12),
            pin_hash: pin.then(|| "hash".into()),
            ended: false,
            lock_requested: false,
            passkey_step: PasskeyStep::Done,
            case_closed: false,
        }
    }

    const START: OffsetDateTime = datetime!(2026-11-22 10:00 UTC);

    #[test]
    fn a_device_locks_after_fifteen_idle_minutes_once_it_has_a_pin() {
        let policy = SessionPolicy::default();
        let at = |minutes| START + Duration::minutes(minutes);
        let (caller, verdict) = Caller::from_session(record(SessionKind::Device, START, true), &policy, at(14)).unwrap();
        assert!(!caller.locked);
        assert_eq!(verdict, SessionVerdict::Active);
        let (caller, verdict) = Caller::from_session(record(SessionKind::Device, START, true), &policy, at(16)).unwrap();
        assert!(caller.locked);
        assert_eq!(verdict, SessionVerdict::Locked);
        let (caller, _) = Caller::from_session(record(SessionKind::Device, START, false), &policy, at(16)).unwrap();
        assert!(!caller.locked, "no PIN yet, nothing to unlock with");
    }

    #[test]
    fn a_staff_session_ends_after_thirty_idle_minutes_or_twelve_hours() {
        let policy = SessionPolicy::default();
        let (_, verdict) = Caller::from_session(record(SessionKind::Staff, START, false), &policy, START + Duration::minutes(31)).unwrap();
        assert_eq!(verdict, SessionVerdict::End("idle", ErrorCode::SessionExpired));
        let mut long = record(SessionKind::Staff, START, false);
        long.last_active_at = START + Duration::hours(12);
        let (_, verdict) = Caller::from_session(long, &policy, START + Duration::hours(12)).unwrap();
        assert_eq!(verdict, SessionVerdict::End("expired", ErrorCode::SessionExpired));
    }

    #[test]
    fn an_ended_session_is_refused() {
        let mut ended = record(SessionKind::Device, START, true);
        ended.ended = true;
        assert_eq!(Caller::from_session(ended, &SessionPolicy::default(), START).unwrap_err(), ErrorCode::DeviceSessionEnded);
    }

    #[test]
    fn cookies_are_read_from_any_cookie_header() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("a=1; tandem_session=abc; b=2"));
        assert_eq!(cookie_value(&headers, COOKIE).as_deref(), Some("abc"));
        let set = session_cookie("abc", Duration::hours(1), true);
        let text = set.to_str().unwrap();
        for part in ["HttpOnly", "SameSite=Strict", "Secure", "Max-Age=3600", "Path=/"] {
            assert!(text.contains(part), "{text}");
        }
    }
}
