//! Complaints and compliments: sending one and following it on a phone (`phone.rs`); the
//! register at the desk (`staff.rs`, staff build).

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::SayPage;
#[cfg(feature = "staff")]
pub use staff::ComplaintsPage;
