//! The browser's side of a passkey (WebAuthn's `navigator.credentials`): the server's options
//! become the browser's objects and its answer becomes JSON again, by `webauthn-rs-proto`.

use tandem_domain::passkeys::{CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why the browser made or gave no passkey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserRefusal {
    /// This browser has no passkeys (an old browser, or an address that is not secure).
    Unsupported,
    /// The person said no, closed the prompt, or let it time out.
    Cancelled,
}

fn credentials() -> Result<web_sys::CredentialsContainer, BrowserRefusal> {
    let window = web_sys::window().ok_or(BrowserRefusal::Unsupported)?;
    if !js_sys::Reflect::has(&window, &"PublicKeyCredential".into()).unwrap_or(false) {
        return Err(BrowserRefusal::Unsupported);
    }
    Ok(window.navigator().credentials())
}

async fn answer<T: JsCast>(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Result<T, BrowserRefusal> {
    let promise = promise.map_err(|_| BrowserRefusal::Unsupported)?;
    JsFuture::from(promise).await.map_err(|_| BrowserRefusal::Cancelled)?.dyn_into().map_err(|_| BrowserRefusal::Cancelled)
}

/// Makes a passkey with the server's options.
pub async fn create(options: CreationChallengeResponse) -> Result<RegisterPublicKeyCredential, BrowserRefusal> {
    let options: web_sys::CredentialCreationOptions = options.into();
    let made: web_sys::PublicKeyCredential = answer(credentials()?.create_with_options(&options)).await?;
    Ok(made.into())
}

/// Signs the server's challenge with a passkey the person picks.
pub async fn get(options: RequestChallengeResponse) -> Result<PublicKeyCredential, BrowserRefusal> {
    let options: web_sys::CredentialRequestOptions = options.into();
    let given: web_sys::PublicKeyCredential = answer(credentials()?.get_with_options(&options)).await?;
    Ok(given.into())
}
