//! What both engines read from and write to the accounts tables: row shapes, their readers, and
//! the rules around them that are not SQL. Each engine's store only runs the queries.

use tandem_domain::accounts::api::{AuditEntry, DeviceInfo, PersonSummary, SessionKind};
use tandem_domain::accounts::Role;
use tandem_domain::language::Language;
use tandem_domain::passkeys::PasskeyStep;
use tandem_domain::ErrorCode;

use super::{PinCheck, SessionRecord, StaffCredentials};
use crate::storage::{from_millis, parse_stored_uuid, StorageError};

pub(crate) const STAFF_ROLES: &str = "('worker', 'participation_officer', 'manager', 'admin')";

pub(crate) fn role(text: &str) -> Result<Role, StorageError> {
    Role::parse(text).ok_or_else(|| StorageError::internal(format!("stored role {text}")))
}

pub(crate) fn kind_text(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Staff => "staff",
        SessionKind::Device => "device",
    }
}

/// `id, display_name, role` of a person.
#[derive(sqlx::FromRow)]
pub struct SummaryRow {
    pub id: String,
    pub display_name: String,
    pub role: String,
    /// Selected by caseloads only.
    #[sqlx(default)]
    pub closed_on: Option<String>,
}

pub(crate) fn summary(SummaryRow { id, display_name, role: role_text, closed_on }: SummaryRow) -> Result<PersonSummary, StorageError> {
    Ok(PersonSummary { id: parse_stored_uuid(&id)?, display_name, role: role(&role_text)?, closed_on, overdue_forms: 0 })
}

pub(crate) fn summaries(rows: Vec<SummaryRow>) -> Result<Vec<PersonSummary>, StorageError> {
    rows.into_iter().map(summary).collect()
}

/// A tie between a young person and someone else of their service: a carer link or a worker's
/// allocation. Both are kept once, checked for the other person's role, and audited.
pub(crate) struct LinkKind {
    pub table: &'static str,
    pub other_column: &'static str,
    pub other_role: Role,
    pub wrong_role: ErrorCode,
    pub action: &'static str,
    pub removal: &'static str,
}

pub(crate) const CARER_LINK: LinkKind = LinkKind {
    table: "carer_links",
    other_column: "carer_id",
    other_role: Role::Carer,
    wrong_role: ErrorCode::NotACarer,
    action: "carer.link",
    removal: "carer.unlink",
};

pub(crate) const ALLOCATION: LinkKind = LinkKind {
    table: "allocations",
    other_column: "worker_id",
    other_role: Role::Worker,
    wrong_role: ErrorCode::NotAWorker,
    action: "worker.allocate",
    removal: "worker.deallocate",
};

/// The session columns [`session_record`] reads, with the person and service behind them.
pub(crate) const SESSION_COLUMNS: &str = "s.id, s.person_id, p.service_id, sv.name AS service_name, sv.demo <> 0 AS service_demo, p.role, p.display_name, p.language, p.easier_words <> 0 AS easier_words, s.kind,
     s.last_active_at, s.expires_at, s.pin_hash, (s.ended_at IS NOT NULL OR p.disabled_at IS NOT NULL) AS ended, s.locked_at IS NOT NULL AS lock_requested,
     s.awaiting_passkey <> 0 AS awaiting_passkey,
     (sv.passkeys_required <> 0 AND p.role IN ('manager', 'admin') AND NOT EXISTS (SELECT 1 FROM passkeys k WHERE k.person_id = p.id)) AS passkey_to_add,
     ((p.role = 'young_person' AND EXISTS (SELECT 1 FROM case_closures c WHERE c.young_person_id = p.id))
      OR (p.role = 'carer' AND EXISTS (SELECT 1 FROM carer_links l WHERE l.carer_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM carer_links l WHERE l.carer_id = p.id
                          AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.young_person_id = l.young_person_id)))) AS case_closed
     FROM sessions s JOIN people p ON p.id = s.person_id JOIN services sv ON sv.id = p.service_id";

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub person_id: String,
    pub service_id: String,
    pub service_name: String,
    pub service_demo: bool,
    pub role: String,
    pub display_name: String,
    pub language: String,
    pub easier_words: bool,
    pub kind: String,
    pub last_active_at: i64,
    pub expires_at: i64,
    pub pin_hash: Option<String>,
    pub ended: bool,
    pub lock_requested: bool,
    pub awaiting_passkey: bool,
    pub passkey_to_add: bool,
    pub case_closed: bool,
}

pub(crate) fn session_record(row: SessionRow) -> Result<SessionRecord, StorageError> {
    let SessionRow {
        id,
        person_id: person,
        service_id: service,
        service_name,
        service_demo,
        role: role_text,
        display_name,
        language,
        easier_words,
        kind,
        last_active_at: active,
        expires_at: expires,
        pin_hash,
        ended,
        lock_requested,
        awaiting_passkey,
        passkey_to_add,
        case_closed,
    } = row;
    Ok(SessionRecord {
        id: parse_stored_uuid(&id)?,
        person_id: parse_stored_uuid(&person)?,
        service_id: parse_stored_uuid(&service)?,
        service_name,
        service_demo,
        role: role(&role_text)?,
        display_name,
        language: Language::from_code(&language).ok_or_else(|| StorageError::internal(format!("stored language {language}")))?,
        easier_words,
        kind: if kind == "staff" { SessionKind::Staff } else { SessionKind::Device },
        last_active_at: from_millis(active)?,
        expires_at: from_millis(expires)?,
        pin_hash,
        ended,
        lock_requested,
        passkey_step: match (awaiting_passkey, passkey_to_add) {
            (true, _) => PasskeyStep::Confirm,
            (false, true) => PasskeyStep::Add,
            (false, false) => PasskeyStep::Done,
        },
        case_closed,
    })
}

pub(crate) fn staff_credentials(
    (id, service_id, password_hash): (String, String, Option<String>),
) -> Result<StaffCredentials, StorageError> {
    Ok(StaffCredentials { person_id: parse_stored_uuid(&id)?, service_id: parse_stored_uuid(&service_id)?, password_hash })
}

/// `id, device_label, created_at, last_active_at` of a device session.
#[derive(sqlx::FromRow)]
pub struct DeviceRow {
    pub id: String,
    pub device_label: String,
    pub created_at: i64,
    pub last_active_at: i64,
}

pub(crate) fn device(
    DeviceRow { id, device_label: label, created_at: created, last_active_at: active }: DeviceRow,
) -> Result<DeviceInfo, StorageError> {
    Ok(DeviceInfo {
        id: parse_stored_uuid(&id)?,
        label,
        signed_in_at: from_millis(created)?,
        last_used_at: from_millis(active)?,
        this_device: false,
    })
}

/// What a wrong PIN leads to after `failures` wrong ones in a row.
pub(crate) fn pin_check(failures: i64, max_failures: u32) -> PinCheck {
    let failures = u32::try_from(failures).unwrap_or(u32::MAX);
    if failures >= max_failures {
        PinCheck::SessionEnded
    } else {
        PinCheck::Wrong { tries_left: max_failures - failures }
    }
}

/// Why an invite code could not be redeemed: it exists (used, revoked or expired) or it never did.
pub(crate) fn invite_refusal(known: i64) -> StorageError {
    StorageError::Refused(if known > 0 { ErrorCode::InviteUsedOrExpired } else { ErrorCode::InvalidInviteCode })
}

/// The audit columns [`audit_entry`] reads.
pub(crate) const AUDIT_COLUMNS: &str = "a.id, a.at, a.actor_id, p.display_name, a.session_id, a.action, a.young_person_id, a.detail
     FROM audit_log a LEFT JOIN people p ON p.id = a.actor_id";

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    pub id: String,
    pub at: i64,
    pub actor_id: Option<String>,
    pub display_name: Option<String>,
    pub session_id: Option<String>,
    pub action: String,
    pub young_person_id: Option<String>,
    pub detail: String,
}

pub(crate) fn audit_entry(row: AuditRow) -> Result<AuditEntry, StorageError> {
    let AuditRow { id, at, actor_id: actor, display_name: actor_name, session_id: session, action, young_person_id: young_person, detail } =
        row;
    Ok(AuditEntry {
        id: parse_stored_uuid(&id)?,
        at: from_millis(at)?,
        actor_id: actor.as_deref().map(parse_stored_uuid).transpose()?,
        actor_name,
        session_id: session.as_deref().map(parse_stored_uuid).transpose()?,
        action,
        young_person_id: young_person.as_deref().map(parse_stored_uuid).transpose()?,
        detail,
    })
}

#[cfg(test)]
mod tests {
    use sqlx::Connection;

    use super::*;

    /// Rows are read by column name: a SELECT that lists its columns in another order reads the
    /// same person, not a name in the id and an id in the name.
    #[tokio::test]
    async fn a_row_is_read_by_column_name_not_position() {
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:").await.unwrap();
        let id = uuid::Uuid::now_v7().to_string();
        let in_order: SummaryRow =
            sqlx::query_as("SELECT $1 AS id, 'Jay' AS display_name, 'young_person' AS role").bind(&id).fetch_one(&mut conn).await.unwrap();
        let swapped: SummaryRow =
            sqlx::query_as("SELECT 'young_person' AS role, 'Jay' AS display_name, $1 AS id").bind(&id).fetch_one(&mut conn).await.unwrap();
        let (in_order, swapped) = (summary(in_order).unwrap(), summary(swapped).unwrap());
        assert_eq!(in_order, swapped);
        assert_eq!(swapped.display_name, "Jay");
        assert_eq!(swapped.id.to_string(), id);
    }
}
