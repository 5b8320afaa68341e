//! The passkey store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`passkey_store!`] for their store and connection types.

/// Expands the passkey store for `$store` over `$conn`, with `$engine`'s audit log.
macro_rules! passkey_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use tandem_domain::accounts::Role;
        use tandem_domain::passkeys::{PasskeyInfo, PasskeySettings};
        use tandem_domain::ErrorCode;
        use time::OffsetDateTime;
        use uuid::Uuid;
        use $crate::storage::Engine as _;

        use super::{Ceremony, NewPasskey, PasskeyStore, Purpose, StoredPasskey};
        use $crate::accounts::rows::STAFF_ROLES;
        use $crate::accounts::$engine::insert_audit;
        use $crate::accounts::{AuditActor, Caller, NewAuditEntry};
        use $crate::storage::{from_millis, parse_stored_uuid, to_millis, StorageError};

        /// `id, name, created_at, last_used_at` of a passkey.
        #[derive(sqlx::FromRow)]
        struct PasskeyRow {
            id: String,
            name: String,
            created_at: i64,
            last_used_at: Option<i64>,
        }

        fn info(row: PasskeyRow) -> Result<PasskeyInfo, StorageError> {
            Ok(PasskeyInfo {
                id: parse_stored_uuid(&row.id)?,
                name: row.name,
                created_at: from_millis(row.created_at)?,
                last_used_at: row.last_used_at.map(from_millis).transpose()?,
            })
        }

        #[derive(sqlx::FromRow)]
        struct StoredRow {
            id: String,
            person_id: String,
            passkey: String,
        }

        fn stored(row: StoredRow) -> Result<StoredPasskey, StorageError> {
            Ok(StoredPasskey { id: parse_stored_uuid(&row.id)?, person_id: parse_stored_uuid(&row.person_id)?, passkey: row.passkey })
        }

        #[derive(sqlx::FromRow)]
        struct CeremonyRow {
            purpose: String,
            person_id: Option<String>,
            session_id: Option<String>,
            state: String,
            expires_at: i64,
        }

        /// Of staff who may sign in: not disabled.
        fn may_sign_in() -> String {
            format!("p.role IN {STAFF_ROLES} AND p.disabled_at IS NULL")
        }

        async fn audit(conn: &mut $conn, caller: &Caller, action: &str, detail: String, at: OffsetDateTime) -> Result<(), StorageError> {
            insert_audit(conn, &NewAuditEntry { by: AuditActor::Person(caller), action, young_person_id: None, detail, at }).await
        }

        #[async_trait::async_trait]
        impl PasskeyStore for $store {
            async fn begin_ceremony(&self, ceremony: Ceremony, now: OffsetDateTime, expires_at: OffsetDateTime) -> Result<Uuid, StorageError> {
                let id = Uuid::now_v7();
                let mut tx = self.writer().begin().await?;
                sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at <= $1").bind(to_millis(now)).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO passkey_ceremonies (id, purpose, person_id, session_id, state, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id.to_string())
                .bind(ceremony.purpose.as_str())
                .bind(ceremony.person_id.map(|id| id.to_string()))
                .bind(ceremony.session_id.map(|id| id.to_string()))
                .bind(&ceremony.state)
                .bind(to_millis(expires_at))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn take_ceremony(&self, id: Uuid, now: OffsetDateTime) -> Result<Option<Ceremony>, StorageError> {
                // Deleted as it is read: a second answer to one challenge finds nothing.
                let row: Option<CeremonyRow> = sqlx::query_as(
                    "DELETE FROM passkey_ceremonies WHERE id = $1 RETURNING purpose, person_id, session_id, state, expires_at",
                )
                .bind(id.to_string())
                .fetch_optional(self.writer())
                .await?;
                let Some(row) = row.filter(|row| row.expires_at > to_millis(now)) else { return Ok(None) };
                Ok(Some(Ceremony {
                    purpose: Purpose::parse(&row.purpose)?,
                    person_id: row.person_id.as_deref().map(parse_stored_uuid).transpose()?,
                    session_id: row.session_id.as_deref().map(parse_stored_uuid).transpose()?,
                    state: row.state,
                }))
            }

            async fn passkeys(&self, person_id: Uuid) -> Result<Vec<PasskeyInfo>, StorageError> {
                let rows: Vec<PasskeyRow> =
                    sqlx::query_as("SELECT id, name, created_at, last_used_at FROM passkeys WHERE person_id = $1 ORDER BY name, id")
                        .bind(person_id.to_string())
                        .fetch_all(self.reader())
                        .await?;
                rows.into_iter().map(info).collect()
            }

            async fn stored_passkeys(&self, person_id: Uuid) -> Result<Vec<StoredPasskey>, StorageError> {
                let rows: Vec<StoredRow> = sqlx::query_as(&format!(
                    "SELECT k.id, k.person_id, k.passkey FROM passkeys k JOIN people p ON p.id = k.person_id
                     WHERE k.person_id = $1 AND {} ORDER BY k.id",
                    may_sign_in()
                ))
                .bind(person_id.to_string())
                .fetch_all(self.writer())
                .await?;
                rows.into_iter().map(stored).collect()
            }

            async fn passkey_by_credential(&self, credential_id: &str) -> Result<Option<StoredPasskey>, StorageError> {
                let row: Option<StoredRow> = sqlx::query_as(&format!(
                    "SELECT k.id, k.person_id, k.passkey FROM passkeys k JOIN people p ON p.id = k.person_id
                     WHERE k.credential_id = $1 AND {}",
                    may_sign_in()
                ))
                .bind(credential_id)
                .fetch_optional(self.writer())
                .await?;
                row.map(stored).transpose()
            }

            async fn add_passkey(&self, caller: &Caller, passkey: NewPasskey<'_>, now: OffsetDateTime) -> Result<PasskeyInfo, StorageError> {
                let id = Uuid::now_v7();
                let mut tx = self.writer().begin().await?;
                let added = sqlx::query(
                    "INSERT INTO passkeys (id, person_id, credential_id, name, passkey, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (credential_id) DO NOTHING",
                )
                .bind(id.to_string())
                .bind(caller.person_id.to_string())
                .bind(&passkey.credential_id)
                .bind(passkey.name)
                .bind(&passkey.passkey)
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                if added.rows_affected() == 0 {
                    return Err(StorageError::Refused(ErrorCode::PasskeyAlreadyAdded));
                }
                audit(&mut *tx, caller, "passkey.add", id.to_string(), now).await?;
                tx.commit().await?;
                Ok(PasskeyInfo { id, name: passkey.name.to_owned(), created_at: now, last_used_at: None })
            }

            async fn rename_passkey(&self, caller: &Caller, id: Uuid, name: &str) -> Result<Option<PasskeyInfo>, StorageError> {
                let row: Option<PasskeyRow> = sqlx::query_as(
                    "UPDATE passkeys SET name = $1 WHERE id = $2 AND person_id = $3 RETURNING id, name, created_at, last_used_at",
                )
                .bind(name)
                .bind(id.to_string())
                .bind(caller.person_id.to_string())
                .fetch_optional(self.writer())
                .await?;
                row.map(info).transpose()
            }

            async fn remove_passkey(&self, caller: &Caller, id: Uuid, now: OffsetDateTime) -> Result<bool, StorageError> {
                let person = caller.person_id.to_string();
                let mut tx = self.writer().begin().await?;
                // Two removals at once count the same passkeys: one waits for the other.
                <$store as $crate::storage::Engine>::hold(&mut *tx, "passkeys", &person).await?;
                let (count, required): (i64, bool) = sqlx::query_as(
                    "SELECT (SELECT COUNT(*) FROM passkeys WHERE person_id = $1), sv.passkeys_required <> 0
                     FROM people p JOIN services sv ON sv.id = p.service_id WHERE p.id = $1",
                )
                .bind(&person)
                .fetch_one(&mut *tx)
                .await?;
                let asked = required && matches!(caller.role, Role::Manager | Role::Admin);
                let removed = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND person_id = $2")
                    .bind(id.to_string())
                    .bind(&person)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if removed == 0 {
                    return Ok(false);
                }
                if asked && count <= 1 {
                    return Err(StorageError::Refused(ErrorCode::LastPasskeyNeeded));
                }
                audit(&mut *tx, caller, "passkey.remove", id.to_string(), now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn passkey_used(&self, id: Uuid, passkey: &str, now: OffsetDateTime) -> Result<(), StorageError> {
                sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
                    .bind(passkey)
                    .bind(to_millis(now))
                    .bind(id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn has_passkey(&self, person_id: Uuid) -> Result<bool, StorageError> {
                let found: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM passkeys WHERE person_id = $1)")
                    .bind(person_id.to_string())
                    .fetch_one(self.writer())
                    .await?;
                Ok(found)
            }

            async fn passkey_settings(&self, service_id: Uuid) -> Result<PasskeySettings, StorageError> {
                let required: Option<bool> = sqlx::query_scalar("SELECT passkeys_required <> 0 FROM services WHERE id = $1")
                    .bind(service_id.to_string())
                    .fetch_optional(self.reader())
                    .await?;
                Ok(PasskeySettings { managers_and_admins_need_passkey: required.ok_or(StorageError::Refused(ErrorCode::NotFound))? })
            }

            async fn set_passkey_settings(&self, caller: &Caller, settings: PasskeySettings, now: OffsetDateTime) -> Result<(), StorageError> {
                let required = settings.managers_and_admins_need_passkey;
                let mut tx = self.writer().begin().await?;
                sqlx::query("UPDATE services SET passkeys_required = $1 WHERE id = $2")
                    .bind(i64::from(required))
                    .bind(caller.service_id.to_string())
                    .execute(&mut *tx)
                    .await?;
                audit(&mut *tx, caller, "passkey.settings", format!("managers and admins need a passkey: {required}"), now).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use passkey_store;
