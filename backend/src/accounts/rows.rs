//! What both engines read from and write to the accounts tables: row shapes, their readers, and
//! the rules around them that are not SQL. Each engine's store only runs the queries.

use tandem_domain::accounts::api::{AuditEntry, DeviceInfo, PersonSummary, SessionKind};
use tandem_domain::accounts::Role;
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
pub(crate) type SummaryRow = (String, String, String);

pub(crate) fn summary((id, display_name, role_text): SummaryRow) -> Result<PersonSummary, StorageError> {
    Ok(PersonSummary { id: parse_stored_uuid(&id)?, display_name, role: role(&role_text)? })
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
pub(crate) const SESSION_COLUMNS: &str = "s.id, s.person_id, p.service_id, sv.name, p.role, p.display_name, s.kind,
     s.last_active_at, s.expires_at, s.pin_hash, s.ended_at IS NOT NULL
     FROM sessions s JOIN people p ON p.id = s.person_id JOIN services sv ON sv.id = p.service_id";

pub(crate) type SessionRow = (String, String, String, String, String, String, String, i64, i64, Option<String>, bool);

pub(crate) fn session_record(row: SessionRow) -> Result<SessionRecord, StorageError> {
    let (id, person, service, service_name, role_text, display_name, kind, active, expires, pin_hash, ended) = row;
    Ok(SessionRecord {
        id: parse_stored_uuid(&id)?,
        person_id: parse_stored_uuid(&person)?,
        service_id: parse_stored_uuid(&service)?,
        service_name,
        role: role(&role_text)?,
        display_name,
        kind: if kind == "staff" { SessionKind::Staff } else { SessionKind::Device },
        last_active_at: from_millis(active)?,
        expires_at: from_millis(expires)?,
        pin_hash,
        ended,
    })
}

pub(crate) fn staff_credentials((id, password_hash): (String, Option<String>)) -> Result<StaffCredentials, StorageError> {
    Ok(StaffCredentials { person_id: parse_stored_uuid(&id)?, password_hash })
}

/// `id, device_label, created_at, last_active_at` of a device session.
pub(crate) type DeviceRow = (String, String, i64, i64);

pub(crate) fn device((id, label, created, active): DeviceRow) -> Result<DeviceInfo, StorageError> {
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
pub(crate) const AUDIT_COLUMNS: &str =
    "a.id, a.at, a.actor_id, p.display_name, a.session_id, a.action, a.young_person_id, a.detail
     FROM audit_log a JOIN people p ON p.id = a.actor_id";

pub(crate) type AuditRow = (String, i64, String, String, String, String, Option<String>, String);

pub(crate) fn audit_entry(row: AuditRow) -> Result<AuditEntry, StorageError> {
    let (id, at, actor, actor_name, session, action, young_person, detail) = row;
    Ok(AuditEntry {
        id: parse_stored_uuid(&id)?,
        at: from_millis(at)?,
        actor_id: parse_stored_uuid(&actor)?,
        actor_name,
        session_id: parse_stored_uuid(&session)?,
        action,
        young_person_id: young_person.as_deref().map(parse_stored_uuid).transpose()?,
        detail,
    })
}
