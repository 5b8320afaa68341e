//! Integration tests: the real router on a port-0 listener, each test with its own SQLite file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

mod accounts;
mod appointments;
mod assessments;
mod authorization;
mod cabinet;
mod cases;
mod demo;
mod errors;
mod feedback;
mod helpers;
mod operator;
mod passkeys;
mod plans;
mod push_service;
mod relay;
mod retention;
mod safety;
mod secrecy;
mod sessions;
mod surveys;
mod system;
mod voice;
mod web;
