//! Voice and influence: taking part and "you said, we did" on a phone (`phone.rs`); building
//! consultations, reading results and publishing responses at the desk (`staff.rs`, staff build);
//! the youth cabinet's members and meetings (`cabinet.rs`, staff build).

pub mod api;
#[cfg(feature = "staff")]
pub mod cabinet;
pub mod phone;
mod recorder;
#[cfg(feature = "staff")]
pub mod staff;

#[cfg(feature = "staff")]
pub use cabinet::CabinetPage;
pub use phone::{TakePartPage, VoicePage};
#[cfg(feature = "staff")]
pub use staff::{ConsultationResultsPage, EditConsultationPage, StaffVoicePage};
