//! JSON shapes of the accounts API (`/api/v1/auth`, `/people`, `/invites`, `/devices`, `/audit`).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use super::Role;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    #[cfg_attr(feature = "openapi", schema(format = Email, max_length = 256))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub password: String,
}

/// How this browser is signed in.
// Named SignInKind in the API document, apart from a scaling session's `sessions::SessionKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = SignInKind))]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// Staff: email and password.
    Staff,
    /// A young person's or carer's phone: invite code, then PIN.
    Device,
}

/// `GET /api/v1/me`: who is signed in on this browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub person_id: Uuid,
    pub display_name: String,
    pub role: Role,
    pub service_name: String,
    /// The service is the demo (made-up people): every page says so.
    #[serde(default)]
    pub demo: bool,
    /// The language the person chose in the app (English until they choose).
    #[serde(default)]
    pub language: crate::language::Language,
    /// "Easier words" is on for this person (off until they choose).
    #[serde(default)]
    pub easier_words: bool,
    pub session: SessionInfo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub kind: SessionKind,
    /// A device that has been idle too long and must be unlocked with its PIN.
    pub locked: bool,
    /// Whether the device has chosen its PIN yet.
    pub pin_set: bool,
    /// After this many idle seconds the app asks for the PIN again.
    pub pin_idle_seconds: u32,
    /// What a staff session still has to do about passkeys before anything else.
    #[serde(default)]
    pub passkey_step: crate::passkeys::PasskeyStep,
    /// The person's case (a carer's: every case they are linked to) is closed: the phone sends
    /// what it still holds, then signs itself out. Nothing else is answered.
    #[serde(default)]
    pub case_closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateStaffRequest {
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

/// A new staff account and the one-time link its owner uses to set a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffCreated {
    pub person_id: Uuid,
    pub set_password_path: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub expires_at: OffsetDateTime,
}

/// A member of staff as an admin sees them: to disable one who has left, or send a new link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAccount {
    pub person: PersonSummary,
    pub email: String,
    /// Disabled: cannot sign in, and every session of theirs has ended.
    pub disabled: bool,
}

/// A member of staff disabled: the young people allocated to them, to give to someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffDisabled {
    pub young_people: Vec<PersonSummary>,
}

/// A member of staff changes their own password: the one they have now, then the new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePasswordRequest {
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub current_password: String,
    /// 12 to 256 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 256))]
    pub new_password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetPasswordRequest {
    pub token: String,
    /// 12 to 256 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 256))]
    pub password: String,
}

/// Creates a young person or a carer (the role comes from the path).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatePersonRequest {
    /// 1 to 80 characters, one line.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 80))]
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonSummary {
    pub id: Uuid,
    pub display_name: String,
    pub role: Role,
    /// On a caseload: the day (`YYYY-MM-DD`) the young person's case closed, while it is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<String>,
    /// On a caseload: how many forms asked of the young person or their carers are past their
    /// day and not back.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub overdue_forms: u32,
}

fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// A young person as staff see them, with who is linked and allocated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YoungPersonDetail {
    pub person: PersonSummary,
    pub carers: Vec<PersonSummary>,
    pub workers: Vec<PersonSummary>,
    /// Set while the case is closed.
    #[serde(default)]
    pub closure: Option<crate::cases::CaseClosure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LinkCarerRequest {
    pub carer_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AllocateWorkerRequest {
    pub worker_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateInviteRequest {
    pub person_id: Uuid,
}

/// A one-time invite: the code to read out and the link to put in a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteCreated {
    pub invite_id: Uuid,
    /// Grouped for reading aloud, e.g. `ACDE-FGHJ-KMNP`.
    pub code: String,
    /// Path of the join page with the code filled in, e.g. `/join?code=ACDEFGHJKMNP`.
    pub join_path: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemInviteRequest {
    pub code: String,
    /// What the person calls this phone, shown on their devices page.
    #[serde(default)]
    pub device_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PinRequest {
    /// 4 to 6 digits.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4,6}$"))]
    pub pin: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceInfo {
    pub id: Uuid,
    pub label: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub signed_in_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub last_used_at: OffsetDateTime,
    /// The device making this request.
    pub this_device: bool,
}

/// The phones one person (a young person, or a carer linked to them) is signed in on, as their
/// worker sees them: to sign out a lost phone, or a carer who should no longer see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonDevices {
    pub person: PersonSummary,
    pub devices: Vec<DeviceInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
    /// Who did it; none of the three when Tandem did it by itself (a safety alert nobody saw in
    /// time, sent on to the managers).
    pub actor_id: Option<Uuid>,
    pub actor_name: Option<String>,
    pub session_id: Option<Uuid>,
    pub action: String,
    pub young_person_id: Option<Uuid>,
    pub detail: String,
}
