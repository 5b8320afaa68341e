//! Tandem's shared domain. Compiled into both the backend and the wasm frontend, so it holds
//! no I/O: only types that can hold nothing but valid values, the rules over them, the error
//! codes both sides speak, and the JSON shapes of the API.

pub mod accounts;
pub mod appointments;
pub mod assessments;
pub mod cases;
pub mod complaints;
pub mod error_code;
pub mod events;
pub mod feedback;
pub mod fluent;
pub mod health;
pub mod language;
pub mod passkeys;
pub mod paths;
pub mod plans;
pub mod relay;
pub mod safety;
pub mod scaling;
pub mod sessions;
pub mod surveys;
pub mod sync;
pub mod text;
pub mod voice;

pub use error_code::{ApiErrorBody, ApiErrorDetail, ErrorCode, FieldError};
