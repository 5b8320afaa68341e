//! Pieces shared by pages.

#[cfg(feature = "staff")]
pub mod bar_chart;
#[cfg(feature = "staff")]
pub mod loading;
#[cfg(feature = "staff")]
pub mod qr;
#[cfg(feature = "staff")]
pub mod score_chart;
pub mod read_aloud;

/// A time as staff pages show it: the day and the minute, in UTC.
#[cfg(feature = "staff")]
pub fn when(at: time::OffsetDateTime) -> String {
    format!("{} {:02}:{:02} UTC", at.date(), at.hour(), at.minute())
}
pub mod scale;

#[cfg(feature = "staff")]
pub use bar_chart::BarChart;
#[cfg(feature = "staff")]
pub use qr::QrCodeImage;
#[cfg(feature = "staff")]
pub use score_chart::ScoreChart;
pub use read_aloud::ReadAloud;
pub use scale::ScaleInput;
