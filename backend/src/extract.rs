//! Path and query extractors whose rejections go through [`AppError`], like [`crate::json::Json`]:
//! a malformed id or filter gets `invalid_parameter`, never axum's plain-text answer.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::FromRequestParts;
use tandem_domain::ErrorCode;

use crate::error::AppError;

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::Refused(ErrorCode::InvalidParameter)
    }
}

impl From<QueryRejection> for AppError {
    fn from(_: QueryRejection) -> Self {
        AppError::Refused(ErrorCode::InvalidParameter)
    }
}
