//! Accounts, roles and who may see what: staff sign-in, invites and device PINs for young
//! people and carers, people and their links, the audit log. Every `/api/v1` handler names
//! its policy in its signature (`Allowed<P>`); `policy.rs` enforces them all in one place.

pub mod audit;
pub mod client_address;
pub mod devices;
pub mod invites;
pub mod passwords;
pub mod people;
pub mod policy;
pub mod postgres;
pub mod rate_limit;
pub(crate) mod rows;
pub mod session;
pub mod sqlite;
pub mod staff;
mod store;

use axum::Router;
use tandem_domain::accounts::api::{AuditEntry, DeviceInfo, PersonSummary, StaffAccount, YoungPersonDetail};
use tandem_domain::accounts::{Relation, Role};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::operations::{OperationAnswer, OperationKey};
use crate::state::AppState;
use crate::storage::StorageError;
pub use policy::Allowed;
pub use session::Caller;

pub fn routes() -> Router<AppState> {
    Router::new().merge(staff::routes()).merge(people::routes()).merge(invites::routes()).merge(devices::routes()).merge(audit::routes())
}

/// A session as stored, with the person it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: Uuid,
    pub person_id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    /// The service is the demo: every page says so.
    pub service_demo: bool,
    pub role: Role,
    pub display_name: String,
    /// The language the person chose in the app.
    pub language: tandem_domain::language::Language,
    /// "Easier words" is on for the person.
    pub easier_words: bool,
    pub kind: tandem_domain::accounts::api::SessionKind,
    pub last_active_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub pin_hash: Option<String>,
    pub ended: bool,
    /// Locked at once (quick exit), whatever the idle time.
    pub lock_requested: bool,
    /// What a staff session still has to do about passkeys.
    pub passkey_step: tandem_domain::passkeys::PasskeyStep,
    /// The person's case is closed (a carer's: every case they are linked to).
    pub case_closed: bool,
}

pub struct NewSession {
    pub token_hash: String,
    pub person_id: Uuid,
    pub kind: tandem_domain::accounts::api::SessionKind,
    pub device_label: String,
    pub now: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    /// Signed in by password, with a passkey still to give.
    pub awaiting_passkey: bool,
}

/// A staff account to create, with its one-time set-password link (kept as a hash; the path
/// goes only into the sealed answer).
pub struct NewStaff<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub token_hash: String,
    pub set_password_path: String,
    pub expires_at: OffsetDateTime,
}

/// A one-time link to set a password: its token's hash, the path it is sent as, and its end.
pub struct NewLink {
    pub token_hash: String,
    pub set_password_path: String,
    pub expires_at: OffsetDateTime,
}

/// A service to make (by the operator's `tandem service create`) and its first admin.
pub struct NewService<'a> {
    pub name: &'a str,
    pub admin_name: &'a str,
    pub admin_email: &'a str,
    pub token_hash: String,
    pub expires_at: OffsetDateTime,
    /// Its managers and admins must have a passkey (they may do nothing else until they add one).
    pub passkeys_required: bool,
}

/// An invite to make for a person (a young person or a carer of `young_person_id`), with its
/// code as a hash and as shown once.
pub struct NewInvite {
    pub person_id: Uuid,
    pub young_person_id: Uuid,
    pub code_hash: String,
    pub code: String,
    pub join_path: String,
    pub expires_at: OffsetDateTime,
}

/// What sign-in needs to check a password.
pub struct StaffCredentials {
    pub person_id: Uuid,
    pub service_id: Uuid,
    pub password_hash: Option<String>,
}

/// Who an audit entry says acted.
#[derive(Debug, Clone, Copy)]
pub enum AuditActor<'a> {
    /// A person, in the session they signed in with.
    Person(&'a Caller),
    /// Tandem by itself, in a service (no person, no session): an alert sent on to the managers.
    Tandem { service_id: Uuid },
}

impl AuditActor<'_> {
    /// The service, the person and the session, as stored.
    pub(crate) fn columns(self) -> (Uuid, Option<Uuid>, Option<Uuid>) {
        match self {
            AuditActor::Person(caller) => (caller.service_id, Some(caller.person_id), Some(caller.session_id)),
            AuditActor::Tandem { service_id } => (service_id, None, None),
        }
    }
}

/// An audit entry to append: who, what, about whom.
pub struct NewAuditEntry<'a> {
    pub by: AuditActor<'a>,
    pub action: &'a str,
    pub young_person_id: Option<Uuid>,
    pub detail: String,
    pub at: OffsetDateTime,
}

#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub actor_id: Option<Uuid>,
    pub young_person_id: Option<Uuid>,
    pub from: Option<OffsetDateTime>,
    pub to: Option<OffsetDateTime>,
    pub limit: i64,
}

/// The outcome of a PIN check on a device session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Right,
    /// Wrong, and this many tries are left before the session ends.
    Wrong {
        tries_left: u32,
    },
    /// Wrong for the last allowed time: the session has ended.
    SessionEnded,
}

#[async_trait::async_trait]
pub trait AccountStore {
    async fn session_by_token(&self, token_hash: &str) -> Result<Option<SessionRecord>, StorageError>;
    async fn create_session(&self, session: NewSession) -> Result<Uuid, StorageError>;
    async fn touch_session(&self, session_id: Uuid, at: OffsetDateTime) -> Result<(), StorageError>;
    /// Locks a device session now (quick exit); only its PIN opens it again.
    async fn lock_session(&self, session_id: Uuid, at: OffsetDateTime) -> Result<(), StorageError>;
    async fn end_session(&self, session_id: Uuid, reason: &str, at: OffsetDateTime) -> Result<(), StorageError>;
    async fn staff_credentials(&self, email: &str) -> Result<Option<StaffCredentials>, StorageError>;
    async fn set_pin(&self, session_id: Uuid, pin_hash: &str, at: OffsetDateTime) -> Result<(), StorageError>;
    /// Records a PIN attempt's result; a fifth wrong PIN in a row ends the session.
    async fn record_pin_attempt(
        &self,
        session_id: Uuid,
        right: bool,
        max_failures: u32,
        at: OffsetDateTime,
    ) -> Result<PinCheck, StorageError>;
    /// The PIN hash of a session, for checking an unlock.
    async fn pin_hash(&self, session_id: Uuid) -> Result<Option<String>, StorageError>;
    /// The person's open device sessions (`this_device` left false for the caller to set).
    async fn devices(&self, person_id: Uuid) -> Result<Vec<DeviceInfo>, StorageError>;

    /// Creates a staff account once per operation; answers `StaffCreated`.
    async fn create_staff(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        staff: NewStaff<'_>,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    async fn set_password(&self, token_hash: &str, password_hash: &str, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Counts one guess at `account` (a digest of its email): answers the start of its window and
    /// the guesses in it, a new window when the last began before `window_from`. Stale windows
    /// are cleared on the way.
    async fn count_account_attempt(
        &self,
        account: &str,
        now: OffsetDateTime,
        window_from: OffsetDateTime,
    ) -> Result<(OffsetDateTime, u32), StorageError>;
    /// Whether a set-password link would still work (checked before any password is hashed).
    async fn password_link_open(&self, token_hash: &str, now: OffsetDateTime) -> Result<bool, StorageError>;
    /// The service's staff with their email and whether they are disabled, for admins.
    async fn staff_accounts(&self, service_id: Uuid) -> Result<Vec<StaffAccount>, StorageError>;
    /// Disables a member of the caller's service's staff (every session and unused link of
    /// theirs ends; answers the young people allocated to them, to give to someone else) or
    /// enables them again, audited. `None` when there is no such member of staff.
    async fn set_staff_disabled(
        &self,
        caller: &Caller,
        person_id: Uuid,
        disabled: bool,
        now: OffsetDateTime,
    ) -> Result<Option<Vec<PersonSummary>>, StorageError>;
    /// A new one-time link for a member of staff to set a password, once per operation: their
    /// older links, every session and every passkey of theirs end; audited. Answers `StaffCreated`.
    async fn reset_link(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        person_id: Uuid,
        link: NewLink,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// The password hash of a member of staff who may sign in, to check before a change.
    async fn staff_password_hash(&self, person_id: Uuid) -> Result<Option<String>, StorageError>;
    /// The caller's new password; their other sessions and unused links end; audited.
    async fn change_password(&self, caller: &Caller, password_hash: &str, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Makes a service and its first admin, who sets a password from a one-time link (its
    /// token's hash given), in one transaction audited as Tandem's own. Answers the service and
    /// the admin; an email already in use is refused (`email_taken`).
    async fn create_service(&self, service: NewService<'_>, now: OffsetDateTime) -> Result<(Uuid, Uuid), StorageError>;
    async fn staff_list(&self, service_id: Uuid) -> Result<Vec<PersonSummary>, StorageError>;
    /// The language the person chose in the app.
    async fn set_language(&self, person_id: Uuid, language: tandem_domain::language::Language) -> Result<(), StorageError>;
    /// "Easier words" switched on or off by the person in the app.
    async fn set_easier_words(&self, person_id: Uuid, on: bool) -> Result<(), StorageError>;

    async fn person(&self, service_id: Uuid, person_id: Uuid) -> Result<Option<PersonSummary>, StorageError>;
    /// Adds a young person or carer, once per operation (a double click or a resend makes one).
    async fn create_person(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        role: Role,
        name: &str,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// How the caller relates to a young person of their service (`Unrelated` when not found).
    async fn relation(&self, caller: &Caller, young_person_id: Uuid) -> Result<Relation, StorageError>;
    async fn caseload(&self, caller: &Caller) -> Result<Vec<PersonSummary>, StorageError>;
    async fn carers_of_service(&self, service_id: Uuid) -> Result<Vec<PersonSummary>, StorageError>;
    async fn young_person_detail(&self, service_id: Uuid, young_person_id: Uuid) -> Result<Option<YoungPersonDetail>, StorageError>;
    async fn linked_carers(&self, young_person_id: Uuid) -> Result<Vec<PersonSummary>, StorageError>;
    async fn young_people_of_carer(&self, carer_id: Uuid) -> Result<Vec<Uuid>, StorageError>;
    async fn link_carer(&self, caller: &Caller, young_person_id: Uuid, carer_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    async fn allocate(&self, caller: &Caller, young_person_id: Uuid, worker_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    async fn unlink_carer(&self, caller: &Caller, young_person_id: Uuid, carer_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    async fn deallocate(&self, caller: &Caller, young_person_id: Uuid, worker_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;

    /// Makes an invite once per operation (audited); answers `InviteCreated`.
    async fn create_invite(
        &self,
        operation: OperationKey<'_>,
        caller: &Caller,
        invite: NewInvite,
        now: OffsetDateTime,
    ) -> Result<OperationAnswer, StorageError>;
    /// The person an invite was made for, for access checks before revoking.
    async fn invite_person(&self, service_id: Uuid, invite_id: Uuid) -> Result<Option<Uuid>, StorageError>;
    async fn revoke_invite(&self, caller: &Caller, invite_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError>;
    /// Uses the invite once and opens a device session for its person, atomically; answers
    /// the person. `session.person_id` is ignored: the invite names the person.
    async fn redeem_invite(&self, code_hash: &str, session: NewSession) -> Result<Uuid, StorageError>;

    async fn append_audit(&self, entry: NewAuditEntry<'_>) -> Result<(), StorageError>;
    async fn audit_entries(&self, service_id: Uuid, filter: AuditFilter) -> Result<Vec<AuditEntry>, StorageError>;
}
