//! The accounts pages' API: the phones signed in as a person and a young person's carers.

use std::fmt::Display;

use tandem_domain::accounts::api::PersonSummary;
use tandem_domain::paths;

use crate::api::{self, Get, ReadError};

/// The phones signed in as this person.
pub fn devices() -> Get<Vec<super::DeviceInfo>> {
    Get::new(paths::DEVICES.full())
}

/// Signs one of them out.
pub async fn end_device(id: impl Display) -> Result<(), ReadError> {
    api::delete(&paths::DEVICES_ITEM.path(&[&id])).await
}

/// A young person's parents and carers on Tandem.
pub fn my_carers() -> Get<Vec<PersonSummary>> {
    Get::new(paths::ME_CARERS.full())
}
