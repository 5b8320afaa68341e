//! Passkeys for staff (WebAuthn): a member of staff adds passkeys to their account, names and
//! removes them, and signs in with one alone or with their password then one. A service may ask
//! its managers and admins to have one before they do anything else.
//!
//! The WebAuthn options and credentials travel as the W3C's JSON (binary fields base64url),
//! typed by `webauthn-rs-proto`; the browser's side converts them to and from its own objects.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;
pub use webauthn_rs_proto::{CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse};

use crate::ErrorCode;

/// What a staff session still has to do about passkeys before it may do anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PasskeyStep {
    /// Nothing: the session is signed in.
    #[default]
    Done,
    /// The password was right and the account has a passkey: that passkey next.
    Confirm,
    /// The service asks managers and admins for a passkey and this one has none: add one.
    Add,
}

/// A passkey on the signed-in member of staff's account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyInfo {
    pub id: Uuid,
    /// The name its owner gave it ("Work phone").
    pub name: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub last_used_at: Option<OffsetDateTime>,
}

/// The start of adding a passkey: the options for `navigator.credentials.create`, and the
/// ceremony to finish with [`AddPasskeyRequest`] within five minutes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyRegistration {
    pub ceremony_id: Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub options: CreationChallengeResponse,
}

/// The passkey the browser made, with the name its owner gives it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddPasskeyRequest {
    pub ceremony_id: Uuid,
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: RegisterPublicKeyCredential,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RenamePasskeyRequest {
    pub name: String,
}

/// The start of signing in with a passkey: the options for `navigator.credentials.get`, and
/// the ceremony to finish with [`PasskeySignInRequest`] within five minutes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeyChallenge {
    pub ceremony_id: Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub options: RequestChallengeResponse,
}

/// The browser's answer to a [`PasskeyChallenge`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeySignInRequest {
    pub ceremony_id: Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: PublicKeyCredential,
}

/// A service's passkey rule, set by its admins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasskeySettings {
    /// Managers and admins must add a passkey before anything else, and sign in with it.
    pub managers_and_admins_need_passkey: bool,
}

/// A passkey's name as its owner typed it: one line, at most 60 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyName(String);

impl PasskeyName {
    pub const MAX_CHARS: usize = 60;

    pub fn parse(typed: &str) -> Result<PasskeyName, ErrorCode> {
        crate::text::one_line_name(typed, Self::MAX_CHARS).map(PasskeyName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_short_line() {
        assert_eq!(PasskeyName::parse("  Work phone ").unwrap().as_str(), "Work phone");
        assert_eq!(PasskeyName::parse("  "), Err(ErrorCode::NameRequired));
        assert_eq!(PasskeyName::parse("a\nb"), Err(ErrorCode::TextHasControlCharacters));
        assert_eq!(PasskeyName::parse(&"x".repeat(61)), Err(ErrorCode::TextTooLong));
    }
}
