//! Integration tests: the real router on a port-0 listener, each test with its own SQLite file.

mod demo;
mod errors;
mod feedback;
mod helpers;
mod system;
mod web;
