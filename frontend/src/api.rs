//! The API client: plain `fetch`, same origin, JSON in and out, errors read as codes.

use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use tandem_domain::sync::OPERATION_ID_HEADER;
use tandem_domain::{ApiErrorBody, ErrorCode};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

use crate::offline::outbox::QueuedOperation;

/// A read of the API with the type its answer is read as. Each feature's `api.rs` makes its
/// own (`plans::api::plan_of(id)`, ...) from `tandem_domain::paths`; pages pass it to
/// `components::use_get` and never write a URL.
pub struct Get<T> {
    path: String,
    answer: PhantomData<fn() -> T>,
}

impl<T> Get<T> {
    pub fn new(path: String) -> Self {
        Get { path, answer: PhantomData }
    }

    pub fn path(&self) -> &str {
        &self.path
    }
}

impl<T: DeserializeOwned> Get<T> {
    /// Reads it now.
    pub async fn read(&self) -> Result<T, ReadError> {
        get_json(&self.path).await
    }
}

/// Must match the server's `accounts::session::BACKGROUND_HEADER`.
pub const BACKGROUND_HEADER: &str = "tandem-background";

/// The request never reached a server: no connection, or the network dropped it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendError {
    Offline,
}

/// The server's answer to a queued operation.
pub struct Answer {
    pub status: u16,
    pub error_code: Option<ErrorCode>,
}

/// Why a read failed, in terms the page can translate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    Refused(ErrorCode),
    /// `wrong_pin`, with how many more wrong PINs the phone may be given.
    WrongPin {
        tries_left: u32,
    },
}

impl ReadError {
    pub fn code(self) -> ErrorCode {
        match self {
            ReadError::Refused(code) => code,
            ReadError::WrongPin { .. } => ErrorCode::WrongPin,
        }
    }
}

async fn fetch(method: &str, path: &str, body: Option<&str>, headers: &[(&str, &str)]) -> Result<(u16, String), SendError> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(body) = body {
        init.set_body(&body.into());
    }
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| SendError::Offline)?;
    let request_headers = request.headers();
    for (name, value) in headers {
        request_headers.set(name, value).map_err(|_| SendError::Offline)?;
    }
    let window = web_sys::window().ok_or(SendError::Offline)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| SendError::Offline)?
        .dyn_into()
        .map_err(|_| SendError::Offline)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|value| value.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((status, text))
}

fn error_code_of(body: &str) -> Option<ErrorCode> {
    crate::json::from_str::<ApiErrorBody>(body).ok().map(|error| error.error.code)
}

/// A refusal's body as the page can use it.
fn refusal_of(body: &str) -> ReadError {
    match crate::json::from_str::<ApiErrorBody>(body) {
        Ok(ApiErrorBody { error }) => match (error.code, error.tries_left) {
            (ErrorCode::WrongPin, Some(tries_left)) => ReadError::WrongPin { tries_left },
            (code, _) => ReadError::Refused(code),
        },
        Err(_) => ReadError::Refused(ErrorCode::Internal),
    }
}

/// Sends one queued operation with its id as `Idempotency-Key`.
pub async fn send_operation(operation: &QueuedOperation) -> Result<Answer, SendError> {
    let (status, body) = fetch(
        "POST",
        &operation.path,
        Some(&operation.body),
        &[
            ("content-type", "application/json"),
            (OPERATION_ID_HEADER, &operation.id),
            // Sending queued answers is not the person using the phone: it must not hold it unlocked.
            (BACKGROUND_HEADER, "1"),
        ],
    )
    .await?;
    Ok(Answer { status, error_code: error_code_of(&body) })
}

async fn call<T: DeserializeOwned>(method: &str, path: &str, body: Option<String>) -> Result<T, ReadError> {
    call_with(method, path, body, &[]).await
}

/// A successful answer's body as text; a refusal read as its error code.
async fn answer_text(method: &str, path: &str, body: Option<String>, extra: &[(&str, &str)]) -> Result<String, ReadError> {
    let mut headers = vec![("accept", "application/json")];
    headers.extend_from_slice(extra);
    if body.is_some() {
        headers.push(("content-type", "application/json"));
    }
    let (status, text) =
        fetch(method, path, body.as_deref(), &headers).await.map_err(|SendError::Offline| ReadError::Refused(ErrorCode::Offline))?;
    if (200..300).contains(&status) {
        Ok(text)
    } else {
        Err(refusal_of(&text))
    }
}

async fn call_with<T: DeserializeOwned>(method: &str, path: &str, body: Option<String>, extra: &[(&str, &str)]) -> Result<T, ReadError> {
    let text = answer_text(method, path, body, extra).await?;
    // 204 and other empty answers read as JSON `null`.
    let text = if text.is_empty() { "null" } else { text.as_str() };
    crate::json::from_str(text).map_err(|_| ReadError::Refused(ErrorCode::Internal))
}

/// GETs a JSON answer as text, for a page that keeps it on the phone as it came (storing the
/// text needs no serialising code for its types).
pub async fn get_text(path: &str) -> Result<String, ReadError> {
    answer_text("GET", path, None, &[]).await
}

/// GETs JSON as the signed-in person (the session cookie goes along).
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ReadError> {
    call("GET", path, None).await
}

/// A read the app makes on its own (polling): it does not count as the person being active.
pub async fn get_json_in_background<T: DeserializeOwned>(path: &str) -> Result<T, ReadError> {
    call_with("GET", path, None, &[(BACKGROUND_HEADER, "1")]).await
}

/// POSTs JSON now (not through the outbox): sign-in, joining, PINs, staff actions.
pub async fn post_json<T: DeserializeOwned>(path: &str, body: &impl serde::Serialize) -> Result<T, ReadError> {
    let body = crate::json::to_string(body).map_err(|_| ReadError::Refused(ErrorCode::Internal))?;
    call("POST", path, Some(body)).await
}

/// POSTs a phone operation now with its `Idempotency-Key`; the caller keeps the key across
/// retries, so an answer lost on a bad connection is not a second join.
pub async fn post_operation<T: DeserializeOwned>(
    path: &str,
    body: &impl serde::Serialize,
    key: &tandem_domain::sync::OperationId,
) -> Result<T, ReadError> {
    let body = crate::json::to_string(body).map_err(|_| ReadError::Refused(ErrorCode::Internal))?;
    call_with("POST", path, Some(body), &[(OPERATION_ID_HEADER, &key.to_string())]).await
}

/// The key of a staff form's next submission: after an answer (made, or refused) a new one; with
/// no answer (offline) the same, so sending again cannot make the thing twice.
#[cfg(feature = "staff")]
pub fn next_key(key: &yew::UseStateHandle<tandem_domain::sync::OperationId>, error: Option<&ReadError>) {
    if !matches!(error, Some(ReadError::Refused(ErrorCode::Offline))) {
        key.set(tandem_domain::sync::OperationId::new_v7());
    }
}

/// POSTs a staff form's submission with the form's key, then moves the key on as
/// [`next_key`] says: a double click or a resend after no answer makes one thing.
#[cfg(feature = "staff")]
pub async fn post_once<T: DeserializeOwned>(
    path: &str,
    body: &impl serde::Serialize,
    key: &yew::UseStateHandle<tandem_domain::sync::OperationId>,
) -> Result<T, ReadError> {
    let answer = post_operation(path, body, key).await;
    next_key(key, answer.as_ref().err());
    answer
}

/// PUTs JSON now; whatever the answer carries (nothing, or the stored value) is not read.
pub async fn put_json(path: &str, body: &impl serde::Serialize) -> Result<(), ReadError> {
    let body = crate::json::to_string(body).map_err(|_| ReadError::Refused(ErrorCode::Internal))?;
    answer_text("PUT", path, Some(body), &[]).await.map(|_| ())
}

/// PUTs with no body now and reads the answer: a set whose answer says what followed.
#[cfg(feature = "staff")]
pub async fn put_for<T: DeserializeOwned>(path: &str) -> Result<T, ReadError> {
    call("PUT", path, None).await
}

pub async fn delete(path: &str) -> Result<(), ReadError> {
    call::<Option<()>>("DELETE", path, None).await.map(|_| ())
}
