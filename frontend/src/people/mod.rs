//! Staff pages for the people they work with: the caseload, a young person with their carers,
//! invites (code and QR) for young people and carers to join, and the audit log for managers.

mod audit;
mod caseload;
mod young_person;

pub use audit::AuditPage;
pub use caseload::CaseloadPage;
pub use young_person::YoungPersonPage;
