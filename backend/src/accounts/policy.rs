//! Authorization, in one place. A handler states who may call it by the type it extracts:
//! `Allowed<CaseStaff>` lets only workers and managers in, `Allowed<AnySession>` anyone signed in.
//! The extractor refuses everyone else before the handler runs; resource checks (is this young
//! person on the worker's caseload?) go through `AccountStore::relation`, and a forbidden young
//! person looks exactly like a missing one.

use std::marker::PhantomData;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::Method;
use tandem_domain::accounts::api::SessionKind;
use tandem_domain::accounts::{who, Role};
use tandem_domain::passkeys::PasskeyStep;
use tandem_domain::sync::OPERATION_ID_HEADER;
use tandem_domain::ErrorCode;

use super::Caller;
use crate::error::AppError;
use crate::state::AppState;

/// Who an operation is for.
pub trait Policy: Send + Sync + 'static {
    const ROLES: &'static [Role];
    /// May a locked device (idle past the PIN time) call it? Only `me`, sign-out and unlock.
    const WHEN_LOCKED: bool = false;
    /// May a device that has not chosen its PIN yet call it? Only `me`, sign-out and setting it.
    const BEFORE_PIN: bool = false;
    /// May a member of staff whose password was right, and whose passkey is still to come,
    /// call it? Only `me` and sign-out (the passkey itself goes to `/auth/passkey`).
    const BEFORE_PASSKEY_GIVEN: bool = false;
    /// May a manager or admin whose service asks for a passkey, and who has none yet, call it?
    /// Only `me`, sign-out and adding one.
    const BEFORE_PASSKEY_ADDED: bool = false;
    /// May a phone whose case is closed call it other than to send a queued operation? Only
    /// `me`, sign-out, lock and unlock: it sends what it holds, then signs itself out.
    const WHEN_CASE_CLOSED: bool = false;
}

use Role::*;

/// Anyone signed in, locked or not: `GET /me`, sign-out.
pub struct AnySession;
impl Policy for AnySession {
    const ROLES: &'static [Role] = &Role::ALL;
    const WHEN_LOCKED: bool = true;
    const BEFORE_PIN: bool = true;
    const BEFORE_PASSKEY_GIVEN: bool = true;
    const BEFORE_PASSKEY_ADDED: bool = true;
    const WHEN_CASE_CLOSED: bool = true;
}

/// Anyone signed in and unlocked, about their own settings (the language they chose), also
/// before a phone has its PIN: the language chosen on the join screen is told to the server then.
pub struct OwnSettings;
impl Policy for OwnSettings {
    const ROLES: &'static [Role] = &Role::ALL;
    const BEFORE_PIN: bool = true;
}

/// A member of staff's own passkeys: listing, adding (also when their service asks for one
/// before anything else), naming and removing them.
pub struct PasskeyOwners;
impl Policy for PasskeyOwners {
    const ROLES: &'static [Role] = who::STAFF;
    const BEFORE_PASSKEY_ADDED: bool = true;
}

/// A young person's or carer's device choosing its PIN.
pub struct DeviceWithoutPin;
impl Policy for DeviceWithoutPin {
    const ROLES: &'static [Role] = &[YoungPerson, Carer];
    const BEFORE_PIN: bool = true;
}

/// A locked device giving its PIN.
pub struct LockedDevice;
impl Policy for LockedDevice {
    const ROLES: &'static [Role] = &[YoungPerson, Carer];
    const WHEN_LOCKED: bool = true;
    const WHEN_CASE_CLOSED: bool = true;
}

/// A young person's or carer's device in any state: quick exit locks it whatever it is doing.
pub struct AnyDevice;
impl Policy for AnyDevice {
    const ROLES: &'static [Role] = &[YoungPerson, Carer];
    const WHEN_LOCKED: bool = true;
    const BEFORE_PIN: bool = true;
    const WHEN_CASE_CLOSED: bool = true;
}

/// Young people and carers on their own devices.
pub struct DeviceOwners;
impl Policy for DeviceOwners {
    const ROLES: &'static [Role] = who::DEVICE_OWNERS;
}

/// Whoever may get push messages: phones for reminders, workers and managers for safety alerts.
pub struct PushReceivers;
impl Policy for PushReceivers {
    const ROLES: &'static [Role] = &[YoungPerson, Carer, Worker, Manager];
}

pub struct YoungPeople;
impl Policy for YoungPeople {
    const ROLES: &'static [Role] = &[YoungPerson];
}

/// Staff who hold caseloads: workers, and managers for their whole service.
pub struct CaseStaff;
impl Policy for CaseStaff {
    const ROLES: &'static [Role] = who::CASE_STAFF;
}

pub struct Managers;
impl Policy for Managers {
    const ROLES: &'static [Role] = who::MANAGERS;
}

pub struct Admins;
impl Policy for Admins {
    const ROLES: &'static [Role] = who::ADMINS;
}

/// Those who manage staff accounts and allocations.
/// Everyone who signs in with a password (to change it).
pub struct Staff;
impl Policy for Staff {
    const ROLES: &'static [Role] = who::STAFF;
}

pub struct StaffManagers;
impl Policy for StaffManagers {
    const ROLES: &'static [Role] = who::STAFF_MANAGERS;
}

/// Those who read feedback about the app and the service.
pub struct FeedbackReaders;
impl Policy for FeedbackReaders {
    const ROLES: &'static [Role] = who::FEEDBACK_READERS;
}

/// Staff who run scaling sessions and read their reports.
pub struct SessionStaff;
impl Policy for SessionStaff {
    const ROLES: &'static [Role] = who::SESSION_STAFF;
}

/// Staff who define programmes and their session topics.
pub struct ProgrammeEditors;
impl Policy for ProgrammeEditors {
    const ROLES: &'static [Role] = who::PROGRAMME_EDITORS;
}

/// Those who build surveys and consultations, read their results, keep the complaints register
/// and the youth cabinet.
pub struct SurveyEditors;
impl Policy for SurveyEditors {
    const ROLES: &'static [Role] = who::SURVEY_EDITORS;
}

/// Everyone with a part in young people's plans: the young person, carers, workers, and
/// managers acting for a worker (the store then checks their part in this plan).
pub struct PlanParties;
impl Policy for PlanParties {
    const ROLES: &'static [Role] = &[YoungPerson, Carer, Worker, Manager];
}

/// A caller the policy `P` admits.
pub struct Allowed<P: Policy> {
    pub caller: Caller,
    policy: PhantomData<P>,
}

impl<P: Policy> Allowed<P> {
    /// Applies `P` to a caller: the single decision every endpoint goes through.
    pub fn check(caller: Caller) -> Result<Allowed<P>, ErrorCode> {
        if !P::ROLES.contains(&caller.role) {
            return Err(ErrorCode::Forbidden);
        }
        if caller.kind == SessionKind::Device {
            if !caller.pin_set && !P::BEFORE_PIN {
                return Err(ErrorCode::PinNotSet);
            }
            if caller.locked && !P::WHEN_LOCKED {
                return Err(ErrorCode::PinRequired);
            }
        }
        match caller.passkey_step {
            PasskeyStep::Confirm if !P::BEFORE_PASSKEY_GIVEN => return Err(ErrorCode::PasskeyRequired),
            PasskeyStep::Add if !P::BEFORE_PASSKEY_ADDED => return Err(ErrorCode::PasskeySetupRequired),
            _ => {}
        }
        Ok(Allowed { caller, policy: PhantomData })
    }

    /// [`check`](Self::check), then the closed-case rule: a phone of a closed case is answered
    /// only where `P` allows it, or for an operation it queued (`queued`: a write carrying an
    /// Idempotency-Key), so nothing written before the case closed is lost.
    pub fn check_request(caller: Caller, queued: bool) -> Result<Allowed<P>, ErrorCode> {
        let allowed = Self::check(caller)?;
        if allowed.caller.case_closed && !P::WHEN_CASE_CLOSED && !queued {
            return Err(ErrorCode::CaseClosed);
        }
        Ok(allowed)
    }
}

impl<S, P> FromRequestParts<S> for Allowed<P>
where
    S: Send + Sync,
    AppState: FromRef<S>,
    P: Policy,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let caller = Caller::from_request_parts(parts, state).await?;
        let queued = parts.method != Method::GET && parts.headers.contains_key(OPERATION_ID_HEADER);
        Ok(Allowed::check_request(caller, queued)?)
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    fn caller(role: Role, kind: SessionKind, locked: bool, pin_set: bool) -> Caller {
        Caller {
            session_id: Uuid::nil(),
            person_id: Uuid::nil(),
            service_id: Uuid::nil(),
            service_name: String::new(),
            service_demo: false,
            role,
            display_name: String::new(),
            language: tandem_domain::language::Language::English,
            easier_words: false,
            kind,
            locked,
            pin_set,
            passkey_step: tandem_domain::passkeys::PasskeyStep::Done,
            case_closed: false,
        }
    }

    #[test]
    fn roles_outside_the_policy_are_forbidden() {
        let worker = caller(Worker, SessionKind::Staff, false, false);
        assert!(Allowed::<CaseStaff>::check(worker.clone()).is_ok());
        assert_eq!(Allowed::<Managers>::check(worker).err(), Some(ErrorCode::Forbidden));
    }

    #[test]
    fn a_locked_device_may_only_unlock_or_ask_who_it_is() {
        let locked = caller(YoungPerson, SessionKind::Device, true, true);
        assert_eq!(Allowed::<DeviceOwners>::check(locked.clone()).err(), Some(ErrorCode::PinRequired));
        assert!(Allowed::<LockedDevice>::check(locked.clone()).is_ok());
        assert!(Allowed::<AnySession>::check(locked).is_ok());
    }

    #[test]
    fn staff_with_a_passkey_to_give_or_add_may_do_nothing_else() {
        let mut waiting = caller(Manager, SessionKind::Staff, false, false);
        waiting.passkey_step = PasskeyStep::Confirm;
        assert_eq!(Allowed::<Managers>::check(waiting.clone()).err(), Some(ErrorCode::PasskeyRequired));
        assert_eq!(Allowed::<PasskeyOwners>::check(waiting.clone()).err(), Some(ErrorCode::PasskeyRequired));
        assert!(Allowed::<AnySession>::check(waiting.clone()).is_ok());
        waiting.passkey_step = PasskeyStep::Add;
        assert_eq!(Allowed::<Managers>::check(waiting.clone()).err(), Some(ErrorCode::PasskeySetupRequired));
        assert!(Allowed::<PasskeyOwners>::check(waiting).is_ok());
    }

    #[test]
    fn a_phone_of_a_closed_case_may_only_send_what_it_queued_and_leave() {
        let mut closing = caller(YoungPerson, SessionKind::Device, false, true);
        closing.case_closed = true;
        assert_eq!(Allowed::<DeviceOwners>::check_request(closing.clone(), false).err(), Some(ErrorCode::CaseClosed));
        assert!(Allowed::<DeviceOwners>::check_request(closing.clone(), true).is_ok());
        assert!(Allowed::<AnySession>::check_request(closing.clone(), false).is_ok());
        assert!(Allowed::<LockedDevice>::check_request(closing.clone(), false).is_ok());
        closing.locked = true;
        assert_eq!(Allowed::<DeviceOwners>::check_request(closing, true).err(), Some(ErrorCode::PinRequired));
    }

    #[test]
    fn a_device_without_a_pin_must_choose_one_first() {
        let fresh = caller(Carer, SessionKind::Device, false, false);
        assert_eq!(Allowed::<DeviceOwners>::check(fresh.clone()).err(), Some(ErrorCode::PinNotSet));
        assert!(Allowed::<DeviceWithoutPin>::check(fresh).is_ok());
    }
}
