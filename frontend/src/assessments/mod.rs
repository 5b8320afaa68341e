//! Forms a worker hands to one young person or carer: filled in on the phone (`phone.rs`,
//! drawn by the surveys piece, whose questions it shares), asked for and read side by side at
//! the desk (`staff.rs`, staff build).

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::{FillFormPage, FormsPage};
#[cfg(feature = "staff")]
pub use staff::StaffFormsPage;
