//! The safety API as the app calls it: paths from `tandem_domain::paths`.

use serde::Deserialize;
use tandem_domain::paths;
#[cfg(feature = "staff")]
use tandem_domain::safety::{AcknowledgeRequest, Alert, SafetySettings};

#[cfg(feature = "staff")]
use crate::api::{Get, ReadError};

/// Where "Tell my worker" goes (through the outbox).
pub fn raise_path() -> String {
    paths::SAFETY_ALERTS.full()
}

/// `tandem_domain::safety::MyHelp` as the phone reads it: times kept as the RFC 3339 text the
/// server sends, so the phone build carries no date parser only to show a time.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MyHelp {
    pub duty_phone: String,
    pub alerts: Vec<MyAlert>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MyAlert {
    pub id: uuid::Uuid,
    pub raised_at: String,
    pub seen_by: Option<String>,
}

pub fn mine_path() -> String {
    paths::SAFETY_MINE.full()
}

#[cfg(feature = "staff")]
pub async fn alerts() -> Result<Vec<Alert>, ReadError> {
    crate::api::get_json_in_background(&paths::SAFETY_ALERTS.full()).await
}

#[cfg(feature = "staff")]
pub async fn acknowledge(id: uuid::Uuid, request: &AcknowledgeRequest) -> Result<Alert, ReadError> {
    crate::api::post_json(&paths::SAFETY_ALERTS_ACKNOWLEDGEMENT.path(&[&id]), request).await
}

#[cfg(feature = "staff")]
pub fn settings() -> Get<SafetySettings> {
    Get::new(paths::SAFETY_SETTINGS.full())
}

#[cfg(feature = "staff")]
pub async fn set_settings(settings: &SafetySettings) -> Result<(), ReadError> {
    crate::api::put_json(&paths::SAFETY_SETTINGS.full(), settings).await
}
