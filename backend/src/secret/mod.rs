//! Secret means secret: nothing Tandem keeps links a person to their secret ballot, statement
//! vote or anonymous answer.
//!
//! Who took part is written when they take part (so nobody votes twice, and the phone hears
//! "done" at once). What they said is not: it is sealed (AES-256-GCM, with a key kept outside
//! the database) into `sealed_contributions`, and the scheduler counts the day's sealed items
//! after the day is over, in one transaction per batch, in shuffled order. So the rows of what
//! was said share no transaction, no write order, no id order and no time finer than the day
//! with the rows of who took part; someone holding the database (its files, a backup, engine
//! metadata such as PostgreSQL's `xmin` and `ctid` or SQLite's row order) sees only sealed
//! bytes until the count, and after it only that these people took part and these things were
//! said that day. Operations of this kind keep in the operation store only a keyed digest of
//! their id and request, their answer sealed, and the day.
//!
//! The cost is that results show the day's secret contributions the next morning; the results
//! pages say how many are waiting. `TANDEM_COUNT_SECRET_AT_ONCE` (tests only) counts them at the
//! scheduler's next turn instead.

pub mod postgres;
pub mod sqlite;
mod store;

use std::path::Path;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::Aes256Gcm;
use anyhow::Context;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use tandem_domain::appointments::to_london;
use tandem_domain::events::{Event, SurveyResponsePayload};
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

use crate::outbox::NewEvent;
use crate::state::AppState;
use crate::storage::{parse_stored_uuid, StorageError};
use crate::surveys::tx::NewResponse;
use crate::voice::tx::{insert_answer_with_note, NewAnswer, NewProposal, VoiceTx};

const NONCE_BYTES: usize = 12;

/// Seals what was said and tags what must be recognised again, with keys derived from one
/// 32-byte secret that never enters the database.
pub struct Sealer {
    cipher: Aes256Gcm,
    tag_key: [u8; 32],
    /// Count at the scheduler's next turn rather than after the day (tests only).
    pub count_at_once: bool,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the keys.
        f.debug_struct("Sealer").field("count_at_once", &self.count_at_once).finish_non_exhaustive()
    }
}

fn derive(secret: &[u8; 32], label: &str) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(label.as_bytes());
    mac.finalize().into_bytes().into()
}

impl Sealer {
    pub fn from_secret(secret: &[u8; 32], count_at_once: bool) -> Sealer {
        let seal_key = derive(secret, "tandem sealed contributions v1");
        let cipher = Aes256Gcm::new_from_slice(&seal_key).unwrap_or_else(|_| unreachable!("the key is 32 bytes"));
        Sealer { cipher, tag_key: derive(secret, "tandem operation tags v1"), count_at_once }
    }

    /// A sealer with a new random secret (tests).
    pub fn random() -> Sealer {
        Sealer::from_secret(&rand::random(), false)
    }

    /// The secret from `configured` (`TANDEM_SEALING_KEY`, base64url of 32 bytes), else the one
    /// in `data_dir`, else a new one written there (readable by the server's user only). Sealed
    /// items not yet counted cannot be read with any other secret, so it must not change.
    pub fn load(data_dir: &Path, configured: Option<String>, count_at_once: bool) -> anyhow::Result<Sealer> {
        let text = crate::kept_secret(&data_dir.join("sealing-key"), configured, || URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>()))?;
        let bytes = URL_SAFE_NO_PAD.decode(&text).context("the sealing key is not base64url")?;
        let secret: [u8; 32] = bytes.try_into().map_err(|_| anyhow::anyhow!("the sealing key must be 32 bytes"))?;
        Ok(Sealer::from_secret(&secret, count_at_once))
    }

    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, StorageError> {
        let nonce: [u8; NONCE_BYTES] = rand::random();
        let sealed = self.cipher.encrypt(&nonce.into(), plain).map_err(|_| StorageError::internal("sealing failed"))?;
        Ok([nonce.as_slice(), &sealed].concat())
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, StorageError> {
        if sealed.len() < NONCE_BYTES {
            return Err(StorageError::internal("a sealed item is too short"));
        }
        let (nonce, body) = sealed.split_at(NONCE_BYTES);
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| StorageError::internal("a sealed item's nonce"))?;
        self.cipher
            .decrypt(&nonce.into(), body)
            .map_err(|_| StorageError::internal("a sealed item could not be opened (another sealing key?)"))
    }

    /// A keyed digest: the same input gives the same tag, and without the key nobody can find
    /// the input by trying candidates (every ranking of a ballot, say).
    pub fn tag(&self, purpose: &str, bytes: &[u8]) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.tag_key).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(bytes);
        mac.finalize().into_bytes().iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// A voice note inside a sealed answer.
#[derive(Serialize, Deserialize)]
pub(crate) struct SealedVoiceNote {
    pub content_type: String,
    /// base64url.
    pub audio: String,
}

/// What was said, as it will be written when counted. Every time in it is a day.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Sealed {
    Ballot {
        consultation_id: Uuid,
        activity_id: String,
        ranking: String,
        given_on: String,
    },
    Vote {
        consultation_id: Uuid,
        statement_id: String,
        vote: String,
        given_on: String,
    },
    Proposal {
        consultation_id: Uuid,
        proposal_id: String,
        activity_id: String,
        text: String,
        given_on: String,
    },
    Answer {
        consultation_id: Uuid,
        answer_id: Uuid,
        activity_id: String,
        text: String,
        voice_note: Option<SealedVoiceNote>,
        given_on: String,
    },
    SurveyResponse {
        response: NewResponse,
        event: SurveyResponsePayload,
    },
}

impl Sealed {
    /// The consultation or survey it belongs to (kept in the clear, for "waiting to be counted").
    fn subject(&self) -> Uuid {
        match self {
            Sealed::Ballot { consultation_id, .. }
            | Sealed::Vote { consultation_id, .. }
            | Sealed::Proposal { consultation_id, .. }
            | Sealed::Answer { consultation_id, .. } => *consultation_id,
            Sealed::SurveyResponse { response, .. } => response.survey_id,
        }
    }
}

/// A sealed row as claimed for counting.
#[derive(sqlx::FromRow)]
pub struct SealedRow {
    pub sealed: Vec<u8>,
}

/// The pool's SQL, on a transaction.
#[async_trait::async_trait]
pub(crate) trait SealedTx: Send {
    async fn insert_sealed(&mut self, subject_id: Uuid, received_on: &str, sealed: &[u8]) -> Result<(), StorageError>;
    /// Deletes and answers up to `limit` items received before `before` (a random subset: ids are
    /// random). A second server claiming at once gets none of the same.
    async fn claim_sealed(&mut self, before: &str, limit: i64) -> Result<Vec<SealedRow>, StorageError>;
}

/// Seals `item` into the pool on the caller's transaction.
pub(crate) async fn seal<C: SealedTx + ?Sized>(
    conn: &mut C,
    sealer: &Sealer,
    received_on: Date,
    item: &Sealed,
) -> Result<(), StorageError> {
    let plain = serde_json::to_vec(item)?;
    conn.insert_sealed(item.subject(), &received_on.to_string(), &sealer.seal(&plain)?).await
}

/// Items counted per turn (a random subset when there are more; the rest next turn).
const COUNT_BATCH: i64 = 5000;

/// Writes one batch of what was said before `before`, in shuffled order, on one transaction;
/// answers how many.
pub(crate) async fn count_batch<C: VoiceTx + ?Sized>(conn: &mut C, sealer: &Sealer, before: Date) -> Result<usize, StorageError> {
    let mut rows = conn.claim_sealed(&before.to_string(), COUNT_BATCH).await?;
    rows.shuffle(&mut rand::thread_rng());
    for row in &rows {
        let item: Sealed = serde_json::from_slice(&sealer.open(&row.sealed)?)?;
        write(conn, item).await?;
    }
    Ok(rows.len())
}

async fn write<C: VoiceTx + ?Sized>(conn: &mut C, item: Sealed) -> Result<(), StorageError> {
    match item {
        Sealed::Ballot { consultation_id, activity_id, ranking, given_on } => {
            conn.insert_ballot(consultation_id, &activity_id, &ranking, &given_on).await
        }
        Sealed::Vote { consultation_id, statement_id, vote, given_on } => {
            conn.insert_vote(consultation_id, &statement_id, &vote, &given_on).await
        }
        Sealed::Proposal { consultation_id, proposal_id, activity_id, text, given_on } => {
            let row = NewProposal {
                consultation_id,
                id: &proposal_id,
                activity_id: &activity_id,
                text: &text,
                proposed_by: None,
                given_on: &given_on,
            };
            conn.insert_proposal(&row).await
        }
        Sealed::Answer { consultation_id, answer_id, activity_id, text, voice_note, given_on } => {
            let row = NewAnswer {
                id: answer_id,
                consultation_id,
                activity_id: &activity_id,
                person_id: None,
                text: &text,
                has_voice_note: voice_note.is_some(),
                given_on: &given_on,
            };
            let note = match &voice_note {
                Some(note) => Some((
                    note.content_type.as_str(),
                    URL_SAFE_NO_PAD.decode(&note.audio).map_err(|err| StorageError::caused("a sealed voice note", err))?,
                )),
                None => None,
            };
            insert_answer_with_note(conn, &row, note.as_ref().map(|(content_type, audio)| (*content_type, audio.as_slice()))).await
        }
        Sealed::SurveyResponse { response, event } => {
            conn.insert_response(&response).await?;
            let day = Date::parse(&response.answered_on, &time::format_description::well_known::Iso8601::DATE)
                .map_err(|err| StorageError::caused("a sealed response's day", err))?;
            // The day only, like the response.
            let occurred_at = day.midnight().assume_utc();
            let service_id = parse_stored_uuid(&conn.survey_service(response.survey_id).await?)?;
            conn.append(&NewEvent { event: Event::SurveyResponse(event), service_id, young_person_id: None, occurred_at }).await?;
            Ok(())
        }
    }
}

#[async_trait::async_trait]
pub trait SecretStore {
    /// Counts one batch of what was sealed before `before`; answers how many.
    async fn count_sealed(&self, sealer: &Sealer, before: Date) -> Result<usize, StorageError>;
    /// How many sealed items of this consultation or survey wait to be counted.
    async fn waiting(&self, subject_id: Uuid) -> Result<u32, StorageError>;
}

/// The day before which sealed items are counted now: today's (London) date, or tomorrow's when
/// counting at once.
pub fn count_before(now: OffsetDateTime, at_once: bool) -> Date {
    let today = to_london(now).date();
    if at_once {
        today + Duration::days(1)
    } else {
        today
    }
}

/// Wakes the scheduler to count at once, when it does (tests); otherwise the night's turn does.
pub fn wake_if_counting_at_once(state: &AppState) {
    if state.sealer.count_at_once {
        state.push.wake.notify_one();
    }
}

/// The scheduler's part: counts what is due, batch by batch; answers how many.
pub async fn count_due(state: &AppState) -> Result<usize, StorageError> {
    let before = count_before(state.clock.now(), state.sealer.count_at_once);
    let mut counted = 0;
    loop {
        let batch = state.store.count_sealed(&state.sealer, before).await?;
        counted += batch;
        if batch < usize::try_from(COUNT_BATCH).unwrap_or(usize::MAX) {
            break;
        }
    }
    if counted > 0 {
        tracing::info!(counted, "sealed contributions counted");
    }
    Ok(counted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_items_open_only_with_their_key() {
        let sealer = Sealer::random();
        let sealed = sealer.seal(b"[\"jobs\",\"safety\"]").unwrap();
        assert_eq!(sealer.open(&sealed).unwrap(), b"[\"jobs\",\"safety\"]");
        assert!(Sealer::random().open(&sealed).is_err());
        // A fresh nonce each time: the same ballot twice does not look the same.
        assert_ne!(sealer.seal(b"x").unwrap(), sealer.seal(b"x").unwrap());
    }

    #[test]
    fn tags_are_keyed_and_separate_purposes() {
        let sealer = Sealer::random();
        assert_eq!(sealer.tag("request", b"a"), sealer.tag("request", b"a"));
        assert_ne!(sealer.tag("request", b"a"), sealer.tag("operation", b"a"));
        assert_ne!(sealer.tag("request", b"a"), Sealer::random().tag("request", b"a"));
    }

    #[test]
    fn the_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = Sealer::load(dir.path(), None, false).unwrap();
        let again = Sealer::load(dir.path(), None, false).unwrap();
        assert_eq!(first.tag("t", b"x"), again.tag("t", b"x"));
        assert!(Sealer::load(dir.path(), Some("short".into()), false).is_err());
    }
}
