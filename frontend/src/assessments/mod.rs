//! Forms a worker hands to one young person or carer: filled in on the phone (`phone.rs`,
//! drawn by the surveys piece, whose questions it shares), asked for and read side by side at
//! the desk (`staff.rs`, staff build); the service's forms changed by a manager (`editor.rs`,
//! staff build).

pub mod api;
#[cfg(feature = "staff")]
pub mod editor;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

#[cfg(feature = "staff")]
pub use editor::FormEditorPage;
pub use phone::{FillFormPage, FormsPage};
#[cfg(feature = "staff")]
pub use staff::StaffFormsPage;
