//! "I don't feel safe": the young person's help screen (`phone`), and for staff the banner on
//! every page until each alert is acknowledged, with the service's settings (`staff`).

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::HelpPage;
#[cfg(feature = "staff")]
pub use staff::{AlertsOnThisBrowser, SafetyBanner, SafetySettingsForm};

/// A time as people read it, in the service's time zone (UK): "Tuesday 14:02", in `language`.
pub fn spoken(rfc3339: &str, language: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("weekday", "long"), ("hour", "numeric"), ("minute", "2-digit"), ("timeZone", "Europe/London")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let date = js_sys::Date::new(&rfc3339.into());
    date.to_locale_string(language, &options).into()
}
