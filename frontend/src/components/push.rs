//! Push messages for this browser: a phone's reminders, a worker's safety alerts. Permission is
//! asked only after the person taps the button for it, never by a page on its own.

use tandem_domain::appointments::{PushSettings, PushSubscriptionRequest};
use tandem_domain::ErrorCode;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why push messages could not be turned on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PushError {
    /// The browser has no notifications or push here.
    Unsupported,
    /// The person said no (or said no before).
    Denied,
    /// The push service or our server refused.
    Failed(ErrorCode),
}

/// Asks for permission (only now, after the tap), subscribes with the server's key, and sends
impl PushError {
    /// What the person is told, in their language.
    pub fn message(self, t: &crate::i18n::Messages) -> String {
        match self {
            PushError::Unsupported => t.get("remind-unsupported"),
            PushError::Denied => t.get("remind-denied"),
            PushError::Failed(code) => t.error(code),
        }
    }
}

/// the subscription. Answers the new settings.
pub async fn subscribe_this_browser(public_key: &str) -> Result<PushSettings, PushError> {
    let window = web_sys::window().ok_or(PushError::Unsupported)?;
    let permission = web_sys::Notification::request_permission().map_err(|_| PushError::Unsupported)?;
    let answer = JsFuture::from(permission).await.map_err(|_| PushError::Unsupported)?;
    if answer.as_string().as_deref() != Some("granted") {
        return Err(PushError::Denied);
    }
    let ready = window.navigator().service_worker().ready().map_err(|_| PushError::Unsupported)?;
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(ready).await.map_err(|_| PushError::Unsupported)?.unchecked_into();
    let manager = registration.push_manager().map_err(|_| PushError::Unsupported)?;
    let options = web_sys::PushSubscriptionOptionsInit::new();
    options.set_user_visible_only(true);
    options.set_application_server_key_opt_str(Some(public_key));
    let subscribing = manager.subscribe_with_options(&options).map_err(|_| PushError::Failed(ErrorCode::InvalidPushSubscription))?;
    let subscription = JsFuture::from(subscribing).await.map_err(|_| PushError::Failed(ErrorCode::InvalidPushSubscription))?;
    let text = js_sys::JSON::stringify(&subscription)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(PushError::Failed(ErrorCode::InvalidPushSubscription))?;
    let request: PushSubscriptionRequest =
        crate::json::from_str(&text).map_err(|_| PushError::Failed(ErrorCode::InvalidPushSubscription))?;
    crate::api::post_json(&crate::appointments::api::subscriptions_path(), &request).await.map_err(|err| PushError::Failed(err.code()))
}
