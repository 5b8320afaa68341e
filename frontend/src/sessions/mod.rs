//! Session self-scaling: the young person's join-and-score page (in the phone build) and the
//! staff's programmes, live session screen and reports (staff build).

pub mod api;
mod phone;
#[cfg(feature = "staff")]
mod staff;

pub use phone::ScalingPage;
#[cfg(feature = "staff")]
pub use staff::{LiveSessionPage, ProgrammeReportPage, ScalingHistory, SessionReportPage, SessionsPage};
