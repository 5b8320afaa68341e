//! PostgreSQL, for services that run more than one instance or keep their data in a managed
//! database. Chosen by a `postgres://` `TANDEM_DATABASE_URL`. The schema stores the same values
//! as SQLite (ids as text, times as whole milliseconds, JSON as text), so each feature's row
//! readers serve both engines; only the SQL differs. Migrations live in `migrations/postgres`.

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgConnection, PgPool};

use super::{answered_one, StorageError, Store};

#[derive(Clone)]
pub struct PostgresStore {
    pub(crate) pool: PgPool,
}

impl PostgresStore {
    /// Connects and applies the migrations.
    pub async fn connect(url: &str) -> Result<PostgresStore, StorageError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres")
            .run(&pool)
            .await
            .map_err(|err| StorageError::Internal(format!("migrations: {err}")))?;
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

/// Takes a transaction-scoped lock on `key` within `scope` (e.g. `("operation", id)`), released
/// at commit or rollback. For "check, then write" rules that SQLite keeps atomic with its one
/// writer: on PostgreSQL two connections (or servers) would otherwise both pass the check.
/// The two-key form keeps scopes apart; a hash collision only makes unrelated work wait.
pub async fn lock(conn: &mut PgConnection, scope: &str, key: &str) -> Result<(), StorageError> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))")
        .bind(scope)
        .bind(key)
        .execute(conn)
        .await?;
    Ok(())
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
