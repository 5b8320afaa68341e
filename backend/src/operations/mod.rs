//! Exactly-once acceptance of phone operations. A store hands its work to its engine's
//! `run_once` (`sqlite::run_once`, `postgres::run_once`) with the operation id; the first call
//! does the work and stores the answer in the same transaction, every later call with that id
//! gets the stored answer back and changes nothing.

pub mod postgres;
pub mod sqlite;
mod store;

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use tandem_domain::sync::{OperationId, OPERATION_ID_HEADER, REPLAYED_HEADER};
use tandem_domain::ErrorCode;
use time::OffsetDateTime;

use crate::error::AppError;
use crate::secret::Sealer;
use crate::storage::{to_millis, StorageError};

/// The answer to an operation, as first given.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationAnswer {
    pub status: u16,
    pub body: serde_json::Value,
    /// True when this is the stored answer to an earlier, identical request.
    pub replayed: bool,
}

impl IntoResponse for OperationAnswer {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::OK);
        let mut response = (status, axum::Json(self.body)).into_response();
        if self.replayed {
            response.headers_mut().insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
        }
        response
    }
}

/// What an operation is and the digest of what it carried, so that an id reused for a
/// different request is refused rather than answered with someone else's result.
pub struct OperationKey<'a> {
    /// The id as stored: the phone's id, or for a secret operation a keyed digest of it (a
    /// UUID v7 tells the millisecond it was made).
    pub stored_id: String,
    pub kind: &'a str,
    pub request_digest: String,
    /// Set when the answer is kept sealed: secret operations' and those whose answer holds a
    /// credential (an invite code, a set-password link).
    sealer: Option<Arc<Sealer>>,
    /// Secret operations (ballots, anonymous answers) keep the time only as the day.
    day_only: bool,
}

impl<'a> OperationKey<'a> {
    pub fn new(id: OperationId, kind: &'a str, request: &impl serde::Serialize) -> Self {
        let bytes = serde_json::to_vec(request).unwrap_or_default();
        let digest = Sha256::digest(&bytes);
        let request_digest = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        OperationKey { stored_id: id.to_string(), kind, request_digest, sealer: None, day_only: false }
    }

    /// An operation whose answer is a credential shown once (an invite code, a set-password
    /// link): a replay must give the same one, but the store keeps it only sealed, so the
    /// database alone cannot sign anyone in.
    pub fn sealed_answer(sealer: &Arc<Sealer>, id: OperationId, kind: &'a str, request: &impl serde::Serialize) -> Self {
        OperationKey { sealer: Some(Arc::clone(sealer)), ..OperationKey::new(id, kind, request) }
    }

    /// An operation whose content must not be linkable to who sent it: the operation store keeps
    /// keyed digests of its id and request (which trying every ranking cannot reverse without
    /// the key), its answer sealed and only the day it came.
    pub fn secret(sealer: &Arc<Sealer>, id: OperationId, kind: &'a str, request: &impl serde::Serialize) -> Self {
        let bytes = serde_json::to_vec(request).unwrap_or_default();
        OperationKey {
            stored_id: sealer.tag("operation id", id.to_string().as_bytes()),
            kind,
            request_digest: sealer.tag(kind, &bytes),
            sealer: Some(Arc::clone(sealer)),
            day_only: true,
        }
    }

    /// The sealer of a secret operation, for the work that seals what it carried.
    pub(crate) fn sealer(&self) -> Result<Arc<Sealer>, StorageError> {
        self.sealer.clone().ok_or_else(|| StorageError::internal("a secret operation without its sealer"))
    }

    /// The answer as stored: JSON, or for a secret operation the sealed JSON in base64url.
    pub(crate) fn stored_response(&self, body: &serde_json::Value) -> Result<String, StorageError> {
        let json = serde_json::to_string(body)?;
        match &self.sealer {
            None => Ok(json),
            Some(sealer) => Ok(URL_SAFE_NO_PAD.encode(sealer.seal(json.as_bytes())?)),
        }
    }

    /// When it was accepted, as stored: the millisecond, or the day's start for a secret one.
    pub(crate) fn accepted_at(&self, now: OffsetDateTime) -> i64 {
        let at = if self.day_only { now.replace_time(time::Time::MIDNIGHT) } else { now };
        to_millis(at)
    }

    /// The stored answer to an earlier request with this id, or a refusal when the id was used
    /// for another kind or content. Both engines read `(kind, request_digest, status, response)`.
    pub(crate) fn replay(&self, prior: StoredOperation) -> Result<OperationAnswer, StorageError> {
        let StoredOperation { kind, request_digest: digest, status, response } = prior;
        if kind != self.kind || digest != self.request_digest {
            return Err(StorageError::Refused(ErrorCode::OperationIdReused));
        }
        let json = match &self.sealer {
            None => response,
            Some(sealer) => {
                let sealed =
                    URL_SAFE_NO_PAD.decode(response.as_bytes()).map_err(|err| StorageError::caused("a sealed operation answer", err))?;
                String::from_utf8(sealer.open(&sealed)?).map_err(|err| StorageError::caused("a sealed operation answer", err))?
            }
        };
        Ok(OperationAnswer { status: u16::try_from(status).unwrap_or(200), body: serde_json::from_str(&json)?, replayed: true })
    }
}

/// A stored operation row: kind, request digest, status, response (JSON text).
#[derive(sqlx::FromRow)]
pub struct StoredOperation {
    pub kind: String,
    pub request_digest: String,
    pub status: i64,
    pub response: String,
}

/// The operation id of a request, from its `Idempotency-Key` header. A handler that takes it
/// names it in its OpenAPI `params(Operation)`, so the header is documented as it is checked.
pub struct Operation(pub OperationId);

impl utoipa::IntoParams for Operation {
    fn into_params(_: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>) -> Vec<utoipa::openapi::path::Parameter> {
        use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
        use utoipa::openapi::schema::{ObjectBuilder, SchemaFormat, Type};
        let uuid = ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::Custom("uuid".into())))
            .pattern(Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        vec![ParameterBuilder::new()
            .name(OPERATION_ID_HEADER)
            .parameter_in(ParameterIn::Header)
            .required(utoipa::openapi::Required::True)
            .description(Some("A UUID v7 made once per submission and sent again with every retry of it: the server accepts it once and answers a resend with the first answer (header Idempotent-Replayed: true); the same key with another request is refused 409 operation_id_reused."))
            .schema(Some(uuid))
            .build()]
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Operation {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let raw = parts
            .headers
            .get(OPERATION_ID_HEADER)
            .ok_or(ErrorCode::MissingOperationId)?
            .to_str()
            .map_err(|_| ErrorCode::InvalidOperationId)?;
        Ok(Operation(OperationId::parse(raw)?))
    }
}
