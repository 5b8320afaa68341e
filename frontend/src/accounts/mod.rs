//! The accounts pages: joining with an invite code, choosing and typing the phone's PIN, the
//! phones signed in as a person, and staff sign-in and passwords. Who is signed in is the
//! `auth` module's.

pub mod api;
mod case_closed;
mod devices;
mod join;
mod pin;
#[cfg(feature = "staff")]
mod set_password;
#[cfg(feature = "staff")]
mod sign_in;

pub use case_closed::CaseClosedScreen;
pub use devices::{DeviceInfo, DevicesPage};
pub use join::{answer_early_join, hand_over_early_join, JoinPage};
pub use pin::{Keypad, LockScreen, SetPinPage};
#[cfg(feature = "staff")]
pub use set_password::SetPasswordPage;
#[cfg(feature = "staff")]
pub use sign_in::SignInPage;
