//! The session store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

/// No row locks: SQLite's one writer runs each transaction alone.
const FOR_UPDATE: &str = "";
const FOR_SHARE: &str = "";

super::store::session_store!(SqliteStore, SqliteConnection, writer, reader, sqlite);
