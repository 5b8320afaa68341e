//! PostgreSQL, for services that run more than one instance or keep their data in a managed
//! database. Chosen by a `postgres://` `TANDEM_DATABASE_URL`. The schema stores the same values
//! as SQLite (ids as text, times as whole milliseconds, JSON as text), so each feature's row
//! readers serve both engines; only the SQL differs. Migrations live in `migrations/postgres`.

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgConnection, PgPool};

use super::{answered_one, Engine, StorageError, Store};

#[derive(Clone)]
pub struct PostgresStore {
    pub(crate) pool: PgPool,
}

impl PostgresStore {
    /// Connects and applies the migrations.
    pub async fn connect(url: &str) -> Result<PostgresStore, StorageError> {
        let pool = PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(30)).connect(url).await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await.map_err(|err| StorageError::caused("migrations", err))?;
        Ok(PostgresStore { pool })
    }

    /// The pool itself, for tests that prove what is (and is not) stored.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[async_trait::async_trait]
impl Engine for PostgresStore {
    type Db = sqlx::Postgres;

    fn writer(&self) -> &PgPool {
        &self.pool
    }

    fn reader(&self) -> &PgPool {
        &self.pool
    }

    /// A transaction-scoped advisory lock on `key` within `scope`, released at commit or
    /// rollback: without it two connections (or servers) would both pass a "check, then write"
    /// rule. The two-key form keeps scopes apart; a hash collision only makes unrelated work wait.
    async fn forget_erased(&self) -> Result<(), StorageError> {
        Ok(())
    }

    async fn hold(conn: &mut PgConnection, scope: &str, key: &str) -> Result<(), StorageError> {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))").bind(scope).bind(key).execute(conn).await?;
        Ok(())
    }

    fn for_update(alias: &str) -> String {
        format!("FOR UPDATE OF {alias}")
    }

    fn for_share(alias: &str) -> String {
        format!("FOR SHARE OF {alias}")
    }
}

#[async_trait::async_trait]
impl Store for PostgresStore {
    async fn ping(&self) -> Result<(), StorageError> {
        let one: i64 = sqlx::query_scalar("SELECT 1::BIGINT").fetch_one(&self.pool).await?;
        answered_one(one)
    }

    async fn close(&self) {
        PostgresStore::close(self).await;
    }
}
