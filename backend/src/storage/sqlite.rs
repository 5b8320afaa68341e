//! The embedded default: one SQLite file in WAL mode with `synchronous=FULL`, so a submission
//! the server has acknowledged survives a power cut. One writer connection (SQLite allows one
//! writer at a time anyway) keeps "check, then write" atomic; readers run beside it.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

use super::{answered_one, Engine, StorageError, Store};

/// Makes the database file (and its WAL and shared-memory files, which SQLite creates with the
/// database's own mode) readable and writable by their owner only, before SQLite opens it.
fn owner_only(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path)?;
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        match std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            other => other?,
        }
    }
    Ok(())
}

#[derive(Clone)]
pub struct SqliteStore {
    pub(crate) writer: SqlitePool,
    pub(crate) reader: SqlitePool,
}

impl SqliteStore {
    /// A read-only view of the pool, for tests that prove what is (and is not) stored.
    pub fn reader_pool(&self) -> &SqlitePool {
        &self.reader
    }

    /// Opens (creating if needed) the database file and applies the migrations.
    pub async fn open(path: &Path) -> Result<SqliteStore, StorageError> {
        owner_only(path).map_err(|err| StorageError::caused("making the database file its owner's only", err))?;
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|err| StorageError::caused("connect options", err))?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // What Tandem removes (contents past their time) is overwritten, not left in free pages.
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        let writer =
            SqlitePoolOptions::new().max_connections(1).acquire_timeout(Duration::from_secs(30)).connect_with(options.clone()).await?;
        sqlx::migrate!("./migrations/sqlite").run(&writer).await.map_err(|err| StorageError::caused("migrations", err))?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.read_only(true))
            .await?;
        Ok(SqliteStore { writer, reader })
    }

    /// Reports the journal mode and synchronous level actually in force (for tests and logs).
    pub async fn durability(&self) -> Result<(String, i64), StorageError> {
        let mut conn = self.writer.acquire().await?;
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut *conn).await?;
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&mut *conn).await?;
        Ok((mode, sync))
    }

    /// A consistent copy of the whole database in a new file `to` (`VACUUM INTO`: one read
    /// snapshot, compacted; writers carry on), readable by its owner only.
    pub async fn copy_into(&self, to: &Path) -> Result<(), StorageError> {
        let target = to.to_str().ok_or_else(|| StorageError::internal("the backup's file name is not text"))?;
        // Made empty and its owner's first, so the copy is never readable by others, even briefly.
        owner_only(to).map_err(|err| StorageError::caused("making the backup its owner's only", err))?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.reader).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

#[async_trait::async_trait]
impl Engine for SqliteStore {
    type Db = sqlx::Sqlite;

    fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    /// Nothing to wait for: the one writer runs each transaction alone.
    async fn hold(_conn: &mut sqlx::SqliteConnection, _scope: &str, _key: &str) -> Result<(), StorageError> {
        Ok(())
    }

    async fn forget_erased(&self) -> Result<(), StorageError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.writer).await?;
        Ok(())
    }

    fn for_update(_alias: &str) -> String {
        String::new()
    }

    fn for_share(_alias: &str) -> String {
        String::new()
    }
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<(), StorageError> {
        let one: i64 = sqlx::query_scalar("SELECT 1").fetch_one(&self.reader).await?;
        answered_one(one)
    }

    async fn close(&self) {
        SqliteStore::close(self).await;
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).map(|found| found.permissions().mode() & 0o777).unwrap_or(0)
    }

    /// The database holds children's data: its files are its owner's alone, whether SQLite made
    /// them or they were there before with wider permissions.
    #[tokio::test]
    async fn the_database_files_are_their_owners_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tandem.sqlite3");
        let store = SqliteStore::open(&file).await.unwrap();
        sqlx::query("CREATE TABLE written (n INTEGER)").execute(&store.writer).await.unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let path = dir.path().join(format!("tandem.sqlite3{suffix}"));
            assert!(path.exists(), "{suffix}");
            assert_eq!(mode(&path), 0o600, "{suffix}");
        }
        store.close().await;

        let older = dir.path().join("older.sqlite3");
        std::fs::copy(&file, &older).unwrap();
        std::fs::set_permissions(&older, std::fs::Permissions::from_mode(0o644)).unwrap();
        let reopened = SqliteStore::open(&older).await.unwrap();
        assert_eq!(mode(&older), 0o600);
        reopened.close().await;
    }
}
