use serde::{Deserialize, Serialize};

/// `GET /api/v1/health`: answered only after the database has answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `ok`; anything else is an error response.
    pub status: String,
}
