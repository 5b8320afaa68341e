//! Pieces shared by pages.

pub mod bar_chart;
pub mod qr;
pub mod read_aloud;
pub mod scale;

pub use bar_chart::BarChart;
pub use qr::QrCodeImage;
pub use read_aloud::ReadAloud;
pub use scale::ScaleInput;
