//! Pieces shared by pages.

#[cfg(feature = "staff")]
pub mod bar_chart;
#[cfg(feature = "staff")]
pub mod qr;
pub mod read_aloud;
pub mod scale;

#[cfg(feature = "staff")]
pub use bar_chart::BarChart;
#[cfg(feature = "staff")]
pub use qr::QrCodeImage;
pub use read_aloud::ReadAloud;
pub use scale::ScaleInput;
