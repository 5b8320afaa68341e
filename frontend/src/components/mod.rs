//! Pieces shared by pages.

pub mod bar_chart;
pub mod scale;

pub use bar_chart::BarChart;
pub use scale::ScaleInput;
