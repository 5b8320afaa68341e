//! Split points of the phone build (the `split` feature): a function marked
//! `#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(<name>, fallible))]` is moved by
//! `wasm-split-cli` into a piece of its own, fetched when first called. Without the feature (the
//! staff build, the tests) the same function is called directly. Used by the pages
//! (shell/pieces.rs) and the languages (i18n.rs).

/// A piece could not be fetched: offline before it was ever kept, or the network failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PieceMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PieceMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PieceMissing
    }
}

/// Calls a split function: awaited when it is a split point (fetching its piece the first
/// time), directly otherwise.
#[cfg(feature = "split")]
macro_rules! call_piece {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! call_piece {
    ($call:expr) => {
        $call
    };
}
