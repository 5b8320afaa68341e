//! The passkeys API as the staff pages call it: paths from `tandem_domain::paths`, typed.

use std::fmt::Display;

use tandem_domain::accounts::api::Me;
use tandem_domain::passkeys::{
    AddPasskeyRequest, PasskeyChallenge, PasskeyInfo, PasskeyRegistration, PasskeySettings, PasskeySignInRequest, RenamePasskeyRequest,
};
use tandem_domain::paths;

use crate::api::{self, Get, ReadError};

/// A challenge to sign in with a passkey (after a password, for that account's passkeys).
pub async fn challenge() -> Result<PasskeyChallenge, ReadError> {
    api::post_json(&paths::AUTH_PASSKEY_CHALLENGE.full(), &()).await
}

pub async fn sign_in(request: &PasskeySignInRequest) -> Result<Me, ReadError> {
    api::post_json(&paths::AUTH_PASSKEY.full(), request).await
}

/// The signed-in member of staff's passkeys.
pub fn passkeys() -> Get<Vec<PasskeyInfo>> {
    Get::new(paths::PASSKEYS.full())
}

/// The start of adding a passkey: the options the browser makes it with.
pub async fn registration() -> Result<PasskeyRegistration, ReadError> {
    api::post_json(&paths::PASSKEYS_REGISTRATION.full(), &()).await
}

pub async fn add(request: &AddPasskeyRequest) -> Result<PasskeyInfo, ReadError> {
    api::post_json(&paths::PASSKEYS.full(), request).await
}

pub async fn rename(id: impl Display, request: &RenamePasskeyRequest) -> Result<(), ReadError> {
    api::put_json(&paths::PASSKEYS_ITEM.path(&[&id]), request).await
}

pub async fn remove(id: impl Display) -> Result<(), ReadError> {
    api::delete(&paths::PASSKEYS_ITEM.path(&[&id])).await
}

/// Whether the service asks its managers and admins for a passkey (admins).
pub fn settings() -> Get<PasskeySettings> {
    Get::new(paths::PASSKEYS_SETTINGS.full())
}

pub async fn set_settings(settings: &PasskeySettings) -> Result<(), ReadError> {
    api::put_json(&paths::PASSKEYS_SETTINGS.full(), settings).await
}
