//! Tandem's progressive web app. Pages per capability (`feedback/`, `sessions/`, ...), the app shell
//! (`shell/`), the offline store and outbox every form writes through (`offline/`), Fluent
//! messages (`i18n`), and the API client (`api`).

// First: its macro is used by the modules after it.
#[macro_use]
pub mod split;

pub mod accounts;
pub mod api;
pub mod appointments;
pub mod assessments;
pub mod auth;
pub mod complaints;
pub mod components;
pub mod data_rights;
pub mod feedback;
pub mod home;
pub mod i18n;
pub mod json;
pub mod offline;
#[cfg(feature = "staff")]
pub mod passkeys;
#[cfg(feature = "staff")]
pub mod people;
pub mod plans;
#[cfg(feature = "staff")]
pub mod relay;
pub mod routes;
pub mod safety;
pub mod sessions;
pub mod shell;
pub mod surveys;
pub mod voice;

use wasm_bindgen::prelude::*;

/// Entry point, called by the boot module once the wasm is instantiated.
#[wasm_bindgen]
pub fn start() {
    shell::remember_first_path();
    shell::remove_early_quick_exit();
    accounts::answer_early_join();
    shell::open_app();
    shell::register_service_worker();
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
