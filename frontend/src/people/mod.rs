//! Staff pages for the people they work with: the caseload, a young person with their carers,
//! invites (code and QR) for young people and carers to join, and the audit log for managers.

pub mod api;
mod audit;
mod case_closure;
mod caseload;
mod family_phones;
mod my_account;
mod staff_accounts;
mod staff_links;
mod young_person;

pub use audit::AuditPage;
pub use caseload::CaseloadPage;
pub use my_account::MyAccountPage;
pub use staff_accounts::StaffAccountsPage;
pub use staff_links::StaffLinks;
pub use young_person::YoungPersonPage;

use tandem_domain::accounts::{DisplayName, Role};
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::NodeRef;

use crate::i18n::Messages;

/// Reads a name typed into `input`, checks it, and empties the field once it is accepted.
pub fn take_name(input: &NodeRef) -> Option<Result<String, ErrorCode>> {
    let field = input.cast::<HtmlInputElement>()?;
    let typed = field.value();
    Some(DisplayName::parse(&typed).map(|_| {
        field.set_value("");
        typed
    }))
}

/// A role's name in the person's language.
pub fn role_label(t: &Messages, role: Role) -> String {
    match role {
        Role::YoungPerson => t.get("role-young_person"),
        Role::Carer => t.get("role-carer"),
        Role::Worker => t.get("role-worker"),
        Role::ParticipationOfficer => t.get("role-participation_officer"),
        Role::Manager => t.get("role-manager"),
        Role::Admin => t.get("role-admin"),
    }
}
