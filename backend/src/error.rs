//! One error type for every handler. It becomes `{"error": {"code", "message"}}` with the
//! code's status; the app translates the code.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tandem_domain::{ApiErrorBody, ErrorCode, FieldError};

use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Something the caller can act on, named by its code.
    #[error("{}", .0.as_str())]
    Refused(ErrorCode),
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A wrong PIN, with how many more this phone may be given before it is signed out.
    #[error("wrong PIN, {tries_left} tries left")]
    WrongPin { tries_left: u32 },
    /// A refusal about one field of the request, named in the answer's `field`.
    #[error("{}: {}", .0.field, .0.code.as_str())]
    Field(FieldError),
    /// Too many attempts: answered 429 with `Retry-After`.
    #[error("rate limited for {retry_after_seconds}s")]
    TooManyRequests { retry_after_seconds: u64 },
}

impl From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError::Refused(code)
    }
}

impl From<FieldError> for AppError {
    fn from(refused: FieldError) -> Self {
        AppError::Field(refused)
    }
}

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Refused(code) => *code,
            AppError::Field(refused) => refused.code,
            AppError::Storage(StorageError::Refused(code)) => *code,
            AppError::Storage(StorageError::Unavailable(_)) => ErrorCode::StorageUnavailable,
            AppError::Storage(StorageError::Internal { .. }) => ErrorCode::Internal,
            AppError::WrongPin { .. } => ErrorCode::WrongPin,
            AppError::TooManyRequests { .. } => ErrorCode::RateLimited,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let code = self.code();
        if code.http_status() >= 500 {
            // The whole chain of causes, so the log says what the database or parser said.
            let causes = std::iter::successors(std::error::Error::source(&self), |err| err.source())
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(": ");
            tracing::error!(error = %self, causes = %causes, code = code.as_str(), "request failed");
        }
        let mut response = match self {
            AppError::WrongPin { tries_left } => {
                let mut body = ApiErrorBody::from(code);
                body.error.tries_left = Some(tries_left);
                (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response()
            }
            AppError::Field(ref refused) => {
                let mut body = ApiErrorBody::from(code);
                body.error.field = Some(refused.field.clone());
                let status = StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY);
                (status, axum::Json(body)).into_response()
            }
            _ => error_response(code),
        };
        if let AppError::TooManyRequests { retry_after_seconds } = self {
            if let Ok(value) = axum::http::HeaderValue::from_str(&retry_after_seconds.to_string()) {
                response.headers_mut().insert(axum::http::header::RETRY_AFTER, value);
            }
        }
        response
    }
}

pub fn error_response(code: ErrorCode) -> Response {
    let status = StatusCode::from_u16(code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, axum::Json(ApiErrorBody::from(code))).into_response()
}
