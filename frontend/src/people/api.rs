//! The people API as the staff pages call it: paths from `tandem_domain::paths`, answers typed.

use std::fmt::Display;

use tandem_domain::accounts::api::{
    AuditEntry, ChangePasswordRequest, PersonDevices, PersonSummary, StaffAccount, StaffCreated, StaffDisabled, YoungPersonDetail,
};
use tandem_domain::paths;

use crate::api::Get;

/// The service's staff.
pub fn staff() -> Get<Vec<PersonSummary>> {
    Get::new(paths::STAFF.full())
}

pub fn staff_path() -> String {
    paths::STAFF.full()
}

/// The service's staff with email and state, for admins.
pub fn staff_accounts() -> Get<Vec<StaffAccount>> {
    Get::new(paths::STAFF_ACCOUNTS.full())
}

/// Disables a member of staff who has left; answers the young people to give to someone else.
pub async fn disable_staff(id: impl Display) -> Result<StaffDisabled, crate::api::ReadError> {
    crate::api::put_for(&paths::STAFF_DISABLED.path(&[&id])).await
}

pub async fn enable_staff(id: impl Display) -> Result<(), crate::api::ReadError> {
    crate::api::delete(&paths::STAFF_DISABLED.path(&[&id])).await
}

/// A new one-time link for a member of staff, once per the form's key.
pub async fn reset_link(
    id: impl Display,
    key: &yew::UseStateHandle<tandem_domain::sync::OperationId>,
) -> Result<StaffCreated, crate::api::ReadError> {
    crate::api::post_once(&paths::STAFF_RESET_LINK.path(&[&id]), &(), key).await
}

/// The signed-in member of staff's new password, with the current one.
pub async fn change_password(request: &ChangePasswordRequest) -> Result<(), crate::api::ReadError> {
    crate::api::put_json(&paths::AUTH_PASSWORD.full(), request).await
}

/// The caller's caseload (a manager's: the whole service).
pub fn young_people() -> Get<Vec<PersonSummary>> {
    Get::new(paths::YOUNG_PEOPLE.full())
}

pub fn young_people_path() -> String {
    paths::YOUNG_PEOPLE.full()
}

pub fn young_person(id: impl Display) -> Get<YoungPersonDetail> {
    Get::new(paths::YOUNG_PEOPLE_ITEM.path(&[&id]))
}

/// Closes the young person's case on a day, for a reason.
pub async fn close_case(young_person: impl Display, request: &tandem_domain::cases::CloseCaseRequest) -> Result<(), crate::api::ReadError> {
    crate::api::put_json(&paths::YOUNG_PEOPLE_CLOSURE.path(&[&young_person]), request).await
}

pub async fn reopen_case(young_person: impl Display) -> Result<(), crate::api::ReadError> {
    crate::api::delete(&paths::YOUNG_PEOPLE_CLOSURE.path(&[&young_person])).await
}

pub fn workers_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_WORKERS.path(&[&young_person])
}

pub fn carers_path(young_person: impl Display) -> String {
    paths::YOUNG_PEOPLE_CARERS.path(&[&young_person])
}

pub fn carer_link_path(young_person: impl Display, carer: impl Display) -> String {
    paths::YOUNG_PEOPLE_CARERS_ITEM.path(&[&young_person, &carer])
}

/// Where a new carer is added (then linked with [`carers_path`]).
pub fn new_carer_path() -> String {
    paths::CARERS.full()
}

pub fn invites_path() -> String {
    paths::INVITES.full()
}

/// The audit log, of the service or of one young person (empty: everyone).
pub fn audit(young_person: &str) -> Get<Vec<AuditEntry>> {
    if young_person.is_empty() {
        Get::new(paths::AUDIT.full())
    } else {
        Get::new(format!("{}?young_person_id={young_person}", paths::AUDIT.full()))
    }
}

/// The phones the young person and their carers are signed in on.
pub fn family_devices(id: impl Display) -> Get<Vec<PersonDevices>> {
    Get::new(paths::YOUNG_PEOPLE_DEVICES.path(&[&id]))
}

pub fn family_device_path(id: impl Display, session_id: impl Display) -> String {
    paths::YOUNG_PEOPLE_DEVICES_ITEM.path(&[&id, &session_id])
}
