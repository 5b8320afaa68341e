//! Signing in and out and the phone's PIN, as the app calls them: paths from
//! `tandem_domain::paths`, requests and answers typed.

use tandem_domain::accounts::api::{Me, PinRequest, RedeemInviteRequest};
#[cfg(feature = "staff")]
use tandem_domain::accounts::api::{SetPasswordRequest, SignInRequest};
use tandem_domain::language::LanguageRequest;
use tandem_domain::paths;

use crate::api::{self, Get, ReadError};

/// Who is signed in on this browser, if anyone.
pub fn me() -> Get<Me> {
    Get::new(paths::ME.full())
}

/// The language the person chose, kept with them so what the server words for them (reminders)
/// comes in it.
pub async fn set_language(request: &LanguageRequest) -> Result<(), ReadError> {
    api::put_json(&paths::ME_LANGUAGE.full(), request).await
}

/// "Easier words" switched on or off, kept with the person so each of their phones opens with it.
pub async fn set_easier_words(request: &tandem_domain::language::EasierWordsRequest) -> Result<(), ReadError> {
    api::put_json(&paths::ME_EASIER_WORDS.full(), request).await
}

/// A phone joins with its invite code.
pub async fn redeem(request: &RedeemInviteRequest) -> Result<Me, ReadError> {
    api::post_json(&paths::INVITES_REDEEM.full(), request).await
}

/// The phone's new PIN.
pub async fn set_pin(request: &PinRequest) -> Result<Me, ReadError> {
    api::post_json(&paths::DEVICE_PIN.full(), request).await
}

/// Unlocks the phone with its PIN.
pub async fn unlock(request: &PinRequest) -> Result<Me, ReadError> {
    api::post_json(&paths::DEVICE_UNLOCK.full(), request).await
}

pub async fn sign_out() -> Result<Option<()>, ReadError> {
    api::post_json(&paths::AUTH_SIGN_OUT.full(), &()).await
}

#[cfg(feature = "staff")]
pub async fn sign_in(request: &SignInRequest) -> Result<Me, ReadError> {
    api::post_json(&paths::AUTH_SIGN_IN.full(), request).await
}

#[cfg(feature = "staff")]
pub async fn set_password(request: &SetPasswordRequest) -> Result<Option<()>, ReadError> {
    api::post_json(&paths::AUTH_SET_PASSWORD.full(), request).await
}

/// Locks this phone's session on the server. Sent with `keepalive`, so it arrives even though
/// the page is leaving; never awaited.
pub fn lock_as_the_page_leaves() {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    // `keepalive` is not in web-sys's stable API yet.
    let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    if let Some(window) = web_sys::window() {
        let _ = window.fetch_with_str_and_init(&paths::DEVICE_LOCK.full(), &init);
    }
}
