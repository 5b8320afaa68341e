//! The accounts store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`account_store!`] for their store and connection types. The SQL is the common dialect both
//! take (`$1` placeholders, `ON CONFLICT`, `CAST`); where SQLite relied on its single writer for
//! "check, then write", a unique key decides instead, which holds on PostgreSQL's many connections.

/// Expands the accounts store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! account_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;
        use tandem_domain::accounts::api::{AuditEntry, DeviceInfo, InviteCreated, PersonSummary, StaffAccount, StaffCreated, YoungPersonDetail};
        use tandem_domain::accounts::{Relation, Role};
        use tandem_domain::ErrorCode;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::accounts::{AccountStore, AuditActor, AuditFilter, Caller, NewAuditEntry, NewInvite, NewLink, NewService, NewSession, NewStaff, PinCheck, SessionRecord, StaffCredentials};
        use $crate::accounts::rows::{
            audit_entry, device, invite_refusal, pin_check, role, session_record, staff_credentials, summaries, summary, kind_text, AuditRow,
            DeviceRow, LinkKind, SessionRow, ALLOCATION, AUDIT_COLUMNS, CARER_LINK, SESSION_COLUMNS, STAFF_ROLES,
        };
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::storage::{parse_stored_uuid, to_millis, StorageError};

        /// Appends an audit entry on `conn` (inside the change's own transaction where there is one).
        pub(crate) async fn insert_audit(conn: &mut $conn, entry: &NewAuditEntry<'_>) -> Result<(), StorageError> {
            let (service_id, actor_id, session_id) = entry.by.columns();
            sqlx::query(
                "INSERT INTO audit_log (id, at, service_id, actor_id, session_id, action, young_person_id, detail)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(Uuid::now_v7().to_string())
            .bind(to_millis(entry.at))
            .bind(service_id.to_string())
            .bind(actor_id.map(|id| id.to_string()))
            .bind(session_id.map(|id| id.to_string()))
            .bind(entry.action)
            .bind(entry.young_person_id.map(|id| id.to_string()))
            .bind(&entry.detail)
            .execute(conn)
            .await?;
            Ok(())
        }

        /// A one-time link to set a password for `person_id`, on the transaction at hand.
        async fn insert_password_token(conn: &mut $conn, person_id: Uuid, token_hash: &str, now: OffsetDateTime, expires_at: OffsetDateTime) -> Result<(), StorageError> {
            sqlx::query("INSERT INTO password_tokens (id, person_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(Uuid::now_v7().to_string())
                .bind(person_id.to_string())
                .bind(token_hash)
                .bind(to_millis(now))
                .bind(to_millis(expires_at))
                .execute(conn)
                .await?;
            Ok(())
        }

        /// Ends every open session of `person_id` but `keep` (the caller's own, where it stays).
        async fn end_sessions_of(conn: &mut $conn, person_id: &str, reason: &str, keep: Option<Uuid>, now: OffsetDateTime) -> Result<(), StorageError> {
            sqlx::query("UPDATE sessions SET ended_at = $1, ended_reason = $2 WHERE person_id = $3 AND ended_at IS NULL AND id <> $4")
                .bind(to_millis(now))
                .bind(reason)
                .bind(person_id)
                .bind(keep.map(|id| id.to_string()).unwrap_or_default())
                .execute(conn)
                .await?;
            Ok(())
        }

        /// Ends the unused links of `person_id`: only the newest one works.
        async fn void_password_tokens(conn: &mut $conn, person_id: &str, now: OffsetDateTime) -> Result<(), StorageError> {
            sqlx::query("UPDATE password_tokens SET used_at = $1 WHERE person_id = $2 AND used_at IS NULL")
                .bind(to_millis(now))
                .bind(person_id)
                .execute(conn)
                .await?;
            Ok(())
        }

        /// Whether a member of staff of `service_id` is disabled (`None`: no such member of staff),
        /// locked for the change at hand.
        async fn staff_disabled(conn: &mut $conn, service_id: Uuid, person_id: Uuid, lock: &str) -> Result<Option<bool>, StorageError> {
            let found: Option<Option<i64>> = sqlx::query_scalar(&format!(
                "SELECT p.disabled_at FROM people p WHERE p.id = $1 AND p.service_id = $2 AND p.role IN {STAFF_ROLES} {lock}"
            ))
            .bind(person_id.to_string())
            .bind(service_id.to_string())
            .fetch_optional(conn)
            .await?;
            Ok(found.map(|disabled_at| disabled_at.is_some()))
        }

        /// The young people allocated to `worker_id` in `service_id`, by name.
        async fn allocated_to(conn: &mut $conn, worker_id: Uuid, service_id: Uuid) -> Result<Vec<PersonSummary>, StorageError> {
            let rows = sqlx::query_as(
                "SELECT p.id, p.display_name, p.role, c.closed_on FROM people p JOIN allocations a ON a.young_person_id = p.id
                 LEFT JOIN case_closures c ON c.young_person_id = p.id
                 WHERE a.worker_id = $1 AND p.service_id = $2 ORDER BY p.display_name",
            )
            .bind(worker_id.to_string())
            .bind(service_id.to_string())
            .fetch_all(conn)
            .await?;
            summaries(rows)
        }

        /// A person's name, on the transaction at hand.
        pub(crate) async fn name_of(conn: &mut $conn, person_id: Uuid) -> Result<String, StorageError> {
            let name: Option<String> = sqlx::query_scalar("SELECT display_name FROM people WHERE id = $1")
                .bind(person_id.to_string())
                .fetch_optional(conn)
                .await?;
            name.ok_or(StorageError::Refused(ErrorCode::NotFound))
        }

        /// The service a person belongs to (its id as stored), on the transaction at hand.
        pub(crate) async fn service_of(conn: &mut $conn, person_id: &str) -> Result<String, StorageError> {
            let service: Option<String> = sqlx::query_scalar("SELECT service_id FROM people WHERE id = $1").bind(person_id).fetch_optional(conn).await?;
            service.ok_or(StorageError::Refused(ErrorCode::NotFound))
        }

        /// The carers linked to a young person (ids as stored), on the transaction at hand.
        pub(crate) async fn carer_ids(conn: &mut $conn, young_person_id: &str) -> Result<Vec<String>, StorageError> {
            Ok(sqlx::query_scalar("SELECT carer_id FROM carer_links WHERE young_person_id = $1").bind(young_person_id).fetch_all(conn).await?)
        }

        /// The young people a carer is linked to (ids as stored), on the transaction at hand.
        pub(crate) async fn young_people_ids_of_carer(conn: &mut $conn, carer_id: Uuid) -> Result<Vec<String>, StorageError> {
            // A closed case's carers no longer see it (their queued sends still reach it).
            Ok(sqlx::query_scalar(
                "SELECT l.young_person_id FROM carer_links l
                 WHERE l.carer_id = $1 AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.young_person_id = l.young_person_id)",
            )
            .bind(carer_id.to_string())
            .fetch_all(conn)
            .await?)
        }

        async fn person_role(conn: &mut $conn, service_id: Uuid, person_id: Uuid) -> Result<Option<Role>, StorageError> {
            // An erased person is no one's to reach.
            let found: Option<String> = sqlx::query_scalar("SELECT role FROM people WHERE id = $1 AND service_id = $2 AND erased_at IS NULL")
                .bind(person_id.to_string())
                .bind(service_id.to_string())
                .fetch_optional(conn)
                .await?;
            found.as_deref().map(role).transpose()
        }

        async fn insert_session(conn: &mut $conn, person_id: Uuid, session: &NewSession) -> Result<Uuid, StorageError> {
            let id = Uuid::now_v7();
            let now = to_millis(session.now);
            sqlx::query(
                "INSERT INTO sessions (id, token_hash, person_id, kind, device_label, created_at, last_active_at, expires_at, awaiting_passkey)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(id.to_string())
            .bind(&session.token_hash)
            .bind(person_id.to_string())
            .bind(kind_text(session.kind))
            .bind(&session.device_label)
            .bind(now)
            .bind(now)
            .bind(to_millis(session.expires_at))
            .bind(i64::from(session.awaiting_passkey))
            .execute(conn)
            .await?;
            Ok(id)
        }

        impl $store {
            async fn link(&self, caller: &Caller, kind: &LinkKind, young_person_id: Uuid, other_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                if person_role(&mut tx, caller.service_id, other_id).await? != Some(kind.other_role) {
                    return Err(StorageError::Refused(kind.wrong_role));
                }
                sqlx::query(&format!(
                    "INSERT INTO {} ({}, young_person_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    kind.table, kind.other_column
                ))
                .bind(other_id.to_string())
                .bind(young_person_id.to_string())
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                let entry = NewAuditEntry { by: AuditActor::Person(caller), action: kind.action, young_person_id: Some(young_person_id), detail: other_id.to_string(), at: now };
                insert_audit(&mut tx, &entry).await?;
                tx.commit().await?;
                Ok(())
            }
        }

        impl $store {
            /// The people tied to a young person in one way (their carers, or their workers).
            async fn tied_to(&self, kind: &LinkKind, young_person_id: Uuid) -> Result<Vec<PersonSummary>, StorageError> {
                let rows = sqlx::query_as(&format!(
                    "SELECT p.id, p.display_name, p.role FROM people p JOIN {} t ON t.{} = p.id
                     WHERE t.young_person_id = $1 ORDER BY p.display_name",
                    kind.table, kind.other_column
                ))
                .bind(young_person_id.to_string())
                .fetch_all(self.reader())
                .await?;
                summaries(rows)
            }

            /// Removes a tie; answers `not_found` when there was none.
            async fn unlink(&self, caller: &Caller, kind: &LinkKind, young_person_id: Uuid, other_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                let removed = sqlx::query(&format!("DELETE FROM {} WHERE {} = $1 AND young_person_id = $2", kind.table, kind.other_column))
                    .bind(other_id.to_string())
                    .bind(young_person_id.to_string())
                    .execute(&mut *tx)
                    .await?;
                if removed.rows_affected() == 0 {
                    return Err(StorageError::Refused(ErrorCode::NotFound));
                }
                let entry = NewAuditEntry { by: AuditActor::Person(caller), action: kind.removal, young_person_id: Some(young_person_id), detail: other_id.to_string(), at: now };
                insert_audit(&mut tx, &entry).await?;
                tx.commit().await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl AccountStore for $store {
            async fn session_by_token(&self, token_hash: &str) -> Result<Option<SessionRecord>, StorageError> {
                let row: Option<SessionRow> = sqlx::query_as(&format!("SELECT {SESSION_COLUMNS} WHERE s.token_hash = $1"))
                    .bind(token_hash)
                    .fetch_optional(self.writer())
                    .await?;
                row.map(session_record).transpose()
            }

            async fn create_session(&self, session: NewSession) -> Result<Uuid, StorageError> {
                let mut conn = self.writer().acquire().await?;
                insert_session(&mut conn, session.person_id, &session).await
            }

            async fn touch_session(&self, session_id: Uuid, at: OffsetDateTime) -> Result<(), StorageError> {
                sqlx::query("UPDATE sessions SET last_active_at = $1 WHERE id = $2 AND ended_at IS NULL")
                    .bind(to_millis(at))
                    .bind(session_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn lock_session(&self, session_id: Uuid, at: OffsetDateTime) -> Result<(), StorageError> {
                sqlx::query("UPDATE sessions SET locked_at = $1 WHERE id = $2 AND ended_at IS NULL AND pin_hash IS NOT NULL")
                    .bind(to_millis(at))
                    .bind(session_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn end_session(&self, session_id: Uuid, reason: &str, at: OffsetDateTime) -> Result<(), StorageError> {
                sqlx::query("UPDATE sessions SET ended_at = $1, ended_reason = $2 WHERE id = $3 AND ended_at IS NULL")
                    .bind(to_millis(at))
                    .bind(reason)
                    .bind(session_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn staff_credentials(&self, email: &str) -> Result<Option<StaffCredentials>, StorageError> {
                let row: Option<(String, String, Option<String>)> = sqlx::query_as(&format!(
                    "SELECT id, service_id, password_hash FROM people WHERE email = $1 AND role IN {STAFF_ROLES} AND disabled_at IS NULL"
                ))
                .bind(email)
                .fetch_optional(self.reader())
                .await?;
                row.map(staff_credentials).transpose()
            }

            async fn set_pin(&self, session_id: Uuid, pin_hash: &str, at: OffsetDateTime) -> Result<(), StorageError> {
                let done = sqlx::query(
                    "UPDATE sessions SET pin_hash = $1, pin_failures = 0, last_active_at = $2
                     WHERE id = $3 AND pin_hash IS NULL AND ended_at IS NULL",
                )
                .bind(pin_hash)
                .bind(to_millis(at))
                .bind(session_id.to_string())
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 1 {
                    Ok(())
                } else {
                    Err(StorageError::Refused(ErrorCode::PinAlreadySet))
                }
            }

            async fn record_pin_attempt(&self, session_id: Uuid, right: bool, max_failures: u32, at: OffsetDateTime) -> Result<PinCheck, StorageError> {
                let id = session_id.to_string();
                if right {
                    sqlx::query("UPDATE sessions SET pin_failures = 0, locked_at = NULL, last_active_at = $1 WHERE id = $2 AND ended_at IS NULL")
                        .bind(to_millis(at))
                        .bind(&id)
                        .execute(self.writer())
                        .await?;
                    return Ok(PinCheck::Right);
                }
                let mut tx = self.writer().begin().await?;
                let failures: i64 = sqlx::query_scalar(
                    "UPDATE sessions SET pin_failures = pin_failures + 1 WHERE id = $1 AND ended_at IS NULL RETURNING pin_failures",
                )
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StorageError::Refused(ErrorCode::DeviceSessionEnded))?;
                let check = pin_check(failures, max_failures);
                if check == PinCheck::SessionEnded {
                    sqlx::query("UPDATE sessions SET ended_at = $1, ended_reason = 'too_many_wrong_pins' WHERE id = $2")
                        .bind(to_millis(at))
                        .bind(&id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(check)
            }

            async fn pin_hash(&self, session_id: Uuid) -> Result<Option<String>, StorageError> {
                let pin: Option<Option<String>> = sqlx::query_scalar("SELECT pin_hash FROM sessions WHERE id = $1")
                    .bind(session_id.to_string())
                    .fetch_optional(self.writer())
                    .await?;
                Ok(pin.flatten())
            }

            async fn devices(&self, person_id: Uuid) -> Result<Vec<DeviceInfo>, StorageError> {
                let rows: Vec<DeviceRow> = sqlx::query_as(
                    "SELECT id, device_label, created_at, last_active_at FROM sessions
                     WHERE person_id = $1 AND kind = 'device' AND ended_at IS NULL ORDER BY created_at DESC",
                )
                .bind(person_id.to_string())
                .fetch_all(self.writer())
                .await?;
                rows.into_iter().map(device).collect()
            }

            async fn create_staff(&self, operation: OperationKey<'_>, caller: &Caller, staff: NewStaff<'_>, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let caller = caller.clone();
                let NewStaff { email, name, role, token_hash, set_password_path, expires_at } = staff;
                let (email, name) = (email.to_owned(), name.to_owned());
                run_once(self, operation, now, Box::new(move |tx| Box::pin(async move {
                let id = Uuid::now_v7();
                // The unique email decides, also between two servers creating one address at once.
                let inserted = sqlx::query(
                    "INSERT INTO people (id, service_id, role, display_name, email, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (email) DO NOTHING",
                )
                .bind(id.to_string())
                .bind(caller.service_id.to_string())
                .bind(role.as_str())
                .bind(&name)
                .bind(&email)
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() == 0 {
                    return Err(StorageError::Refused(ErrorCode::EmailTaken));
                }
                insert_password_token(&mut *tx, id, &token_hash, now, expires_at).await?;
                let entry = NewAuditEntry { by: AuditActor::Person(&caller), action: "staff.create", young_person_id: None, detail: format!("{} {id}", role.as_str()), at: now };
                insert_audit(&mut *tx, &entry).await?;
                Ok((201, serde_json::to_value(StaffCreated { person_id: id, set_password_path, expires_at })?))
                }))).await
            }

            async fn create_service(&self, service: NewService<'_>, now: OffsetDateTime) -> Result<(Uuid, Uuid), StorageError> {
                let (service_id, admin_id) = (Uuid::now_v7(), Uuid::now_v7());
                let mut tx = self.writer().begin().await?;
                sqlx::query("INSERT INTO services (id, name, created_at, passkeys_required) VALUES ($1, $2, $3, $4)")
                    .bind(service_id.to_string())
                    .bind(service.name)
                    .bind(to_millis(now))
                    .bind(i64::from(service.passkeys_required))
                    .execute(&mut *tx)
                    .await?;
                let inserted = sqlx::query(
                    "INSERT INTO people (id, service_id, role, display_name, email, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (email) DO NOTHING",
                )
                .bind(admin_id.to_string())
                .bind(service_id.to_string())
                .bind(Role::Admin.as_str())
                .bind(service.admin_name)
                .bind(service.admin_email)
                .bind(to_millis(now))
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() == 0 {
                    return Err(StorageError::Refused(ErrorCode::EmailTaken));
                }
                insert_password_token(&mut *tx, admin_id, &service.token_hash, now, service.expires_at).await?;
                let by = AuditActor::Tandem { service_id };
                let entry = NewAuditEntry { by, action: "service.create", young_person_id: None, detail: format!("admin {admin_id}"), at: now };
                insert_audit(&mut *tx, &entry).await?;
                tx.commit().await?;
                Ok((service_id, admin_id))
            }

            async fn set_password(&self, token_hash: &str, password_hash: &str, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                // A disabled person's link no longer works.
                let person: Option<String> = sqlx::query_scalar(
                    "UPDATE password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3
                       AND person_id IN (SELECT id FROM people WHERE disabled_at IS NULL)
                     RETURNING person_id",
                )
                .bind(to_millis(now))
                .bind(token_hash)
                .bind(to_millis(now))
                .fetch_optional(&mut *tx)
                .await?;
                let person = person.ok_or(StorageError::Refused(ErrorCode::LinkUsedOrExpired))?;
                sqlx::query("UPDATE people SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(&person)
                    .execute(&mut *tx)
                    .await?;
                // A new password ends every session signed in with the old one.
                end_sessions_of(&mut *tx, &person, "password_changed", None, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn count_account_attempt(&self, account: &str, now: OffsetDateTime, window_from: OffsetDateTime) -> Result<(OffsetDateTime, u32), StorageError> {
                let mut tx = self.writer().begin().await?;
                sqlx::query("DELETE FROM account_attempts WHERE window_start <= $1").bind(to_millis(window_from)).execute(&mut *tx).await?;
                let (start, attempts): (i64, i64) = sqlx::query_as(
                    "INSERT INTO account_attempts (account, window_start, attempts) VALUES ($1, $2, 1)
                     ON CONFLICT (account) DO UPDATE SET attempts = account_attempts.attempts + 1
                     RETURNING window_start, attempts",
                )
                .bind(account)
                .bind(to_millis(now))
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(($crate::storage::from_millis(start)?, u32::try_from(attempts).unwrap_or(u32::MAX)))
            }

            async fn password_link_open(&self, token_hash: &str, now: OffsetDateTime) -> Result<bool, StorageError> {
                let open: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM password_tokens t JOIN people p ON p.id = t.person_id
                     WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND p.disabled_at IS NULL",
                )
                .bind(token_hash)
                .bind(to_millis(now))
                .fetch_one(self.reader())
                .await?;
                Ok(open > 0)
            }

            async fn staff_accounts(&self, service_id: Uuid) -> Result<Vec<StaffAccount>, StorageError> {
                let rows: Vec<(String, String, String, Option<String>, Option<i64>)> = sqlx::query_as(&format!(
                    "SELECT id, display_name, role, email, disabled_at FROM people WHERE service_id = $1 AND role IN {STAFF_ROLES} ORDER BY display_name, id"
                ))
                .bind(service_id.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|(id, display_name, role_text, email, disabled_at)| {
                        Ok(StaffAccount {
                            person: PersonSummary { id: parse_stored_uuid(&id)?, display_name, role: role(&role_text)?, closed_on: None, overdue_forms: 0 },
                            email: email.unwrap_or_default(),
                            disabled: disabled_at.is_some(),
                        })
                    })
                    .collect()
            }

            async fn set_staff_disabled(&self, caller: &Caller, person_id: Uuid, disabled: bool, now: OffsetDateTime) -> Result<Option<Vec<PersonSummary>>, StorageError> {
                let mut tx = self.writer().begin().await?;
                let lock = <$store as $crate::storage::Engine>::for_update("p");
                if staff_disabled(&mut tx, caller.service_id, person_id, &lock).await?.is_none() {
                    return Ok(None);
                }
                let id = person_id.to_string();
                if disabled {
                    sqlx::query("UPDATE people SET disabled_at = COALESCE(disabled_at, $1) WHERE id = $2").bind(to_millis(now)).bind(&id).execute(&mut *tx).await?;
                    end_sessions_of(&mut *tx, &id, "disabled", None, now).await?;
                    void_password_tokens(&mut *tx, &id, now).await?;
                    // Staff push subscriptions outlive a sign-in (safety alerts reach a worker away
                    // from their desk); someone who has left gets none.
                    sqlx::query("DELETE FROM push_subscriptions WHERE person_id = $1").bind(&id).execute(&mut *tx).await?;
                } else {
                    sqlx::query("UPDATE people SET disabled_at = NULL WHERE id = $1").bind(&id).execute(&mut *tx).await?;
                }
                let action = if disabled { "staff.disable" } else { "staff.enable" };
                insert_audit(&mut *tx, &NewAuditEntry { by: AuditActor::Person(caller), action, young_person_id: None, detail: id.clone(), at: now }).await?;
                let allocated = allocated_to(&mut tx, person_id, caller.service_id).await?;
                tx.commit().await?;
                Ok(Some(allocated))
            }

            async fn reset_link(&self, operation: OperationKey<'_>, caller: &Caller, person_id: Uuid, link: NewLink, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let caller = caller.clone();
                run_once(self, operation, now, Box::new(move |tx| Box::pin(async move {
                    let lock = <$store as $crate::storage::Engine>::for_update("p");
                    // Only someone who may sign in gets a link.
                    if staff_disabled(&mut *tx, caller.service_id, person_id, &lock).await? != Some(false) {
                        return Err(StorageError::Refused(ErrorCode::NotFound));
                    }
                    let id = person_id.to_string();
                    void_password_tokens(&mut *tx, &id, now).await?;
                    end_sessions_of(&mut *tx, &id, "password_reset", None, now).await?;
                    // A reset is for someone who cannot sign in: a lost passkey would keep them out
                    // (it is asked for after the password), so their passkeys go and they add new ones.
                    sqlx::query("DELETE FROM passkeys WHERE person_id = $1").bind(&id).execute(&mut *tx).await?;
                    insert_password_token(&mut *tx, person_id, &link.token_hash, now, link.expires_at).await?;
                    let entry = NewAuditEntry { by: AuditActor::Person(&caller), action: "staff.reset_link", young_person_id: None, detail: id, at: now };
                    insert_audit(&mut *tx, &entry).await?;
                    Ok((201, serde_json::to_value(StaffCreated { person_id, set_password_path: link.set_password_path, expires_at: link.expires_at })?))
                }))).await
            }

            async fn staff_password_hash(&self, person_id: Uuid) -> Result<Option<String>, StorageError> {
                let hash: Option<Option<String>> = sqlx::query_scalar(&format!(
                    "SELECT password_hash FROM people WHERE id = $1 AND role IN {STAFF_ROLES} AND disabled_at IS NULL"
                ))
                .bind(person_id.to_string())
                .fetch_optional(self.reader())
                .await?;
                Ok(hash.flatten())
            }

            async fn change_password(&self, caller: &Caller, password_hash: &str, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                let id = caller.person_id.to_string();
                sqlx::query("UPDATE people SET password_hash = $1 WHERE id = $2").bind(password_hash).bind(&id).execute(&mut *tx).await?;
                // Anyone signed in elsewhere with the old password is signed out; this browser stays.
                end_sessions_of(&mut *tx, &id, "password_changed", Some(caller.session_id), now).await?;
                void_password_tokens(&mut *tx, &id, now).await?;
                insert_audit(&mut *tx, &NewAuditEntry { by: AuditActor::Person(caller), action: "staff.password", young_person_id: None, detail: String::new(), at: now }).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn staff_list(&self, service_id: Uuid) -> Result<Vec<PersonSummary>, StorageError> {
                let rows = sqlx::query_as(&format!(
                    "SELECT id, display_name, role FROM people WHERE service_id = $1 AND role IN {STAFF_ROLES} AND disabled_at IS NULL ORDER BY display_name"
                ))
                .bind(service_id.to_string())
                .fetch_all(self.reader())
                .await?;
                summaries(rows)
            }

            async fn set_language(&self, person_id: Uuid, language: tandem_domain::language::Language) -> Result<(), StorageError> {
                sqlx::query("UPDATE people SET language = $1 WHERE id = $2")
                    .bind(language.code())
                    .bind(person_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn set_easier_words(&self, person_id: Uuid, on: bool) -> Result<(), StorageError> {
                sqlx::query("UPDATE people SET easier_words = $1 WHERE id = $2")
                    .bind(i64::from(on))
                    .bind(person_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn person(&self, service_id: Uuid, person_id: Uuid) -> Result<Option<PersonSummary>, StorageError> {
                let row = sqlx::query_as("SELECT id, display_name, role FROM people WHERE id = $1 AND service_id = $2 AND erased_at IS NULL")
                    .bind(person_id.to_string())
                    .bind(service_id.to_string())
                    .fetch_optional(self.reader())
                    .await?;
                row.map(summary).transpose()
            }

            async fn create_person(&self, operation: OperationKey<'_>, caller: &Caller, role: Role, name: &str, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let (caller, name) = (caller.clone(), name.to_owned());
                run_once(self, operation, now, Box::new(move |tx| Box::pin(async move {
                let (caller, name) = (&caller, name.as_str());
                let id = Uuid::now_v7();
                sqlx::query("INSERT INTO people (id, service_id, role, display_name, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id.to_string())
                    .bind(caller.service_id.to_string())
                    .bind(role.as_str())
                    .bind(name)
                    .bind(to_millis(now))
                    .execute(&mut *tx)
                    .await?;
                if role == Role::YoungPerson && caller.role == Role::Worker {
                    sqlx::query("INSERT INTO allocations (worker_id, young_person_id, created_at) VALUES ($1, $2, $3)")
                        .bind(caller.person_id.to_string())
                        .bind(id.to_string())
                        .bind(to_millis(now))
                        .execute(&mut *tx)
                        .await?;
                }
                let young_person = (role == Role::YoungPerson).then_some(id);
                let action = format!("{}.create", role.as_str());
                insert_audit(&mut *tx, &NewAuditEntry { by: AuditActor::Person(caller), action: &action, young_person_id: young_person, detail: id.to_string(), at: now }).await?;
                Ok((201, serde_json::to_value(PersonSummary { id, display_name: name.to_owned(), role, closed_on: None, overdue_forms: 0 })?))
                }))).await
            }

            async fn relation(&self, caller: &Caller, young_person_id: Uuid) -> Result<Relation, StorageError> {
                // One connection throughout: holding one while waiting for another deadlocks
                // the pool when as many requests as it has connections ask at once.
                let mut conn = self.reader().acquire().await?;
                if person_role(&mut conn, caller.service_id, young_person_id).await? != Some(Role::YoungPerson) {
                    return Ok(Relation::Unrelated);
                }
                let (link, relation) = match caller.role {
                    Role::YoungPerson if caller.person_id == young_person_id => return Ok(Relation::TheYoungPerson),
                    Role::Manager => return Ok(Relation::ServiceManager),
                    Role::Carer => ("SELECT COUNT(*) FROM carer_links WHERE carer_id = $1 AND young_person_id = $2", Relation::LinkedCarer),
                    Role::Worker => ("SELECT COUNT(*) FROM allocations WHERE worker_id = $1 AND young_person_id = $2", Relation::AllocatedWorker),
                    _ => return Ok(Relation::Unrelated),
                };
                let count: i64 =
                    sqlx::query_scalar(link).bind(caller.person_id.to_string()).bind(young_person_id.to_string()).fetch_one(&mut *conn).await?;
                Ok(if count > 0 { relation } else { Relation::Unrelated })
            }

            async fn caseload(&self, caller: &Caller) -> Result<Vec<PersonSummary>, StorageError> {
                if caller.role != Role::Manager {
                    let mut conn = self.reader().acquire().await?;
                    return allocated_to(&mut conn, caller.person_id, caller.service_id).await;
                }
                let rows = sqlx::query_as(
                    "SELECT p.id, p.display_name, p.role, c.closed_on FROM people p LEFT JOIN case_closures c ON c.young_person_id = p.id
                     WHERE p.service_id = $1 AND p.role = 'young_person' AND p.erased_at IS NULL ORDER BY p.display_name",
                )
                    .bind(caller.service_id.to_string())
                    .fetch_all(self.reader())
                    .await?;
                summaries(rows)
            }

            async fn carers_of_service(&self, service_id: Uuid) -> Result<Vec<PersonSummary>, StorageError> {
                let rows = sqlx::query_as("SELECT id, display_name, role FROM people WHERE service_id = $1 AND role = 'carer' AND erased_at IS NULL ORDER BY display_name")
                    .bind(service_id.to_string())
                    .fetch_all(self.reader())
                    .await?;
                summaries(rows)
            }

            async fn young_person_detail(&self, service_id: Uuid, young_person_id: Uuid) -> Result<Option<YoungPersonDetail>, StorageError> {
                let Some(person) = self.person(service_id, young_person_id).await? else {
                    return Ok(None);
                };
                Ok(Some(YoungPersonDetail {
                    person,
                    carers: self.tied_to(&CARER_LINK, young_person_id).await?,
                    workers: self.tied_to(&ALLOCATION, young_person_id).await?,
                    closure: $crate::cases::CaseStore::case_closure(self, young_person_id).await?,
                }))
            }

            async fn linked_carers(&self, young_person_id: Uuid) -> Result<Vec<PersonSummary>, StorageError> {
                self.tied_to(&CARER_LINK, young_person_id).await
            }

            async fn young_people_of_carer(&self, carer_id: Uuid) -> Result<Vec<Uuid>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let rows = young_people_ids_of_carer(&mut conn, carer_id).await?;
                rows.iter().map(|id| parse_stored_uuid(id)).collect()
            }

            async fn link_carer(&self, caller: &Caller, young_person_id: Uuid, carer_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                self.link(caller, &CARER_LINK, young_person_id, carer_id, now).await
            }

            async fn allocate(&self, caller: &Caller, young_person_id: Uuid, worker_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                self.link(caller, &ALLOCATION, young_person_id, worker_id, now).await
            }

            async fn unlink_carer(&self, caller: &Caller, young_person_id: Uuid, carer_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                self.unlink(caller, &CARER_LINK, young_person_id, carer_id, now).await
            }

            async fn deallocate(&self, caller: &Caller, young_person_id: Uuid, worker_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                self.unlink(caller, &ALLOCATION, young_person_id, worker_id, now).await
            }

            async fn create_invite(&self, operation: OperationKey<'_>, caller: &Caller, invite: NewInvite, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let caller = caller.clone();
                run_once(self, operation, now, Box::new(move |tx| Box::pin(async move {
                let NewInvite { person_id, young_person_id, code_hash, code, join_path, expires_at } = invite;
                let invite_id = Uuid::now_v7();
                sqlx::query("INSERT INTO invites (id, person_id, code_hash, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(invite_id.to_string())
                    .bind(person_id.to_string())
                    .bind(&code_hash)
                    .bind(caller.person_id.to_string())
                    .bind(to_millis(now))
                    .bind(to_millis(expires_at))
                    .execute(&mut *tx)
                    .await?;
                let entry = NewAuditEntry { by: AuditActor::Person(&caller), action: "invite.create", young_person_id: Some(young_person_id), detail: format!("for {person_id}"), at: now };
                insert_audit(&mut *tx, &entry).await?;
                Ok((201, serde_json::to_value(InviteCreated { invite_id, code, join_path, expires_at })?))
                }))).await
            }

            async fn invite_person(&self, service_id: Uuid, invite_id: Uuid) -> Result<Option<Uuid>, StorageError> {
                let person: Option<String> = sqlx::query_scalar(
                    "SELECT i.person_id FROM invites i JOIN people p ON p.id = i.person_id WHERE i.id = $1 AND p.service_id = $2",
                )
                .bind(invite_id.to_string())
                .bind(service_id.to_string())
                .fetch_optional(self.reader())
                .await?;
                person.as_deref().map(parse_stored_uuid).transpose()
            }

            async fn revoke_invite(&self, _caller: &Caller, invite_id: Uuid, now: OffsetDateTime) -> Result<(), StorageError> {
                sqlx::query("UPDATE invites SET revoked_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL")
                    .bind(to_millis(now))
                    .bind(invite_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn redeem_invite(&self, code_hash: &str, session: NewSession) -> Result<Uuid, StorageError> {
                let mut tx = self.writer().begin().await?;
                let now = to_millis(session.now);
                let person: Option<String> = sqlx::query_scalar(
                    "UPDATE invites SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3
                     RETURNING person_id",
                )
                .bind(now)
                .bind(code_hash)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(person) = person else {
                    let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invites WHERE code_hash = $1")
                        .bind(code_hash)
                        .fetch_one(&mut *tx)
                        .await?;
                    return Err(invite_refusal(known));
                };
                let person = parse_stored_uuid(&person)?;
                insert_session(&mut tx, person, &session).await?;
                tx.commit().await?;
                Ok(person)
            }

            async fn append_audit(&self, entry: NewAuditEntry<'_>) -> Result<(), StorageError> {
                let mut conn = self.writer().acquire().await?;
                insert_audit(&mut conn, &entry).await
            }

            async fn audit_entries(&self, service_id: Uuid, filter: AuditFilter) -> Result<Vec<AuditEntry>, StorageError> {
                let actor = filter.actor_id.map(|id| id.to_string());
                let person = filter.young_person_id.map(|id| id.to_string());
                let rows: Vec<AuditRow> = sqlx::query_as(&format!(
                    "SELECT {AUDIT_COLUMNS}
                     WHERE a.service_id = $1
                       AND (CAST($2 AS TEXT) IS NULL OR a.actor_id = $2)
                       AND (CAST($3 AS TEXT) IS NULL OR a.young_person_id = $3)
                       AND (CAST($4 AS BIGINT) IS NULL OR a.at >= $4)
                       AND (CAST($5 AS BIGINT) IS NULL OR a.at <= $5)
                     ORDER BY a.at DESC, a.id DESC LIMIT $6"
                ))
                .bind(service_id.to_string())
                .bind(actor)
                .bind(person)
                .bind(filter.from.map(to_millis))
                .bind(filter.to.map(to_millis))
                .bind(filter.limit)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(audit_entry).collect()
            }
        }
    };
}

pub(crate) use account_store;
