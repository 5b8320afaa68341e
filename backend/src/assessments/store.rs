//! The assessment forms' store, written once for both engines: `sqlite.rs` and `postgres.rs`
//! each expand [`assessment_store!`] with their types. A form's versions take turns on the key
//! `("assessment_form", service:form)`; a request is answered once by
//! `UPDATE ... WHERE answered_at IS NULL`, which a second connection finds already done.

/// Expands the assessment store for `$store` over `$conn`, with `$engine`'s `run_once`.
macro_rules! assessment_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;

        use tandem_domain::accounts::Role;
        use tandem_domain::appointments::ReminderKind;
        use tandem_domain::assessments::api::{Assigned, FormReceipt};
        use tandem_domain::assessments::FormKind;
        use tandem_domain::events::Event;
        use tandem_domain::surveys::SurveyDraft;
        use tandem_domain::ErrorCode;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::accounts::Caller;
        use $crate::assessments::{AssessmentStore, Finished, NewRequest, RequestRow, StoredForm, StoredRequest};
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::outbox::NewEvent;
        use $crate::storage::tx::Tx as _;
        use $crate::storage::{refused, to_millis, StorageError};

        const REQUESTS: &str = "SELECT r.id, r.form, r.version, r.purpose, r.due_on, r.young_person_id, r.person_id,
                    p.display_name AS person_name, p.role AS person_role, w.display_name AS asked_by_name,
                    f.definition, r.answers, r.answered_at, r.asked_at, r.appointment_id
             FROM assessment_requests r
             JOIN people p ON p.id = r.person_id
             JOIN people w ON w.id = r.asked_by
             JOIN assessment_forms f ON f.service_id = r.service_id AND f.form = r.form AND f.version = r.version";

        /// Asks the young person, or a carer linked to them, for the form's latest version, on the
        /// caller's transaction, with its two reminders. Refused `not_found` for anyone else, and
        /// `form_not_for_person` for a form of the other kind of respondent.
        pub async fn ask(
            conn: &mut $conn,
            service_id: Uuid,
            asked_by: Uuid,
            new: &NewRequest,
            now: OffsetDateTime,
        ) -> Result<Assigned, StorageError> {
            let young_person = new.young_person_id.to_string();
            // The young person fills in a young person's form; a carer linked to them, a carer's.
            let role = if new.person_id == new.young_person_id {
                Role::YoungPerson
            } else if conn.carer_ids(&young_person).await?.contains(&new.person_id.to_string()) {
                Role::Carer
            } else {
                return Err(refused(ErrorCode::NotFound));
            };
            let fits = match new.form.respondents() {
                tandem_domain::surveys::Respondents::Carers => role == Role::Carer,
                _ => role == Role::YoungPerson,
            };
            if !fits {
                return Err(refused(ErrorCode::FormNotForPerson));
            }
            let version = current_version(conn, service_id, new.form, now).await?;
            let id = Uuid::now_v7();
            sqlx::query(
                "INSERT INTO assessment_requests
                     (id, service_id, young_person_id, person_id, form, version, purpose, due_on, appointment_id, asked_by, asked_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(id.to_string())
            .bind(service_id.to_string())
            .bind(&young_person)
            .bind(new.person_id.to_string())
            .bind(new.form.as_str())
            .bind(version)
            .bind(new.purpose.as_str())
            .bind(new.due_on.to_string())
            .bind(new.appointment_id.map(|id| id.to_string()))
            .bind(asked_by.to_string())
            .bind(to_millis(now))
            .execute(&mut *conn)
            .await?;
            // The evening before it is due to the person (unless that has passed), and the
            // morning after to whoever asked, each dropped by the scheduler once answered.
            let rules = $crate::reminders::$engine::rules_on(conn, &service_id.to_string()).await?;
            let reminders = [
                (new.person_id, ReminderKind::FormDue, rules.evening_before(new.due_on)),
                (asked_by, ReminderKind::FormOverdue, rules.morning_after(new.due_on)),
            ];
            for (person, kind, at) in reminders.into_iter().filter(|(_, _, at)| *at > now) {
                $crate::reminders::$engine::schedule(conn, &person.to_string(), kind, &id.to_string(), 0, at).await?;
            }
            let assigned =
                Assigned { id, form: new.form, version: $crate::assessments::version_number(version)?, due_on: new.due_on.to_string() };
            Ok(assigned)
        }

        /// The requests `condition` (on `$1`, then its order) keeps.
        async fn requests(store: &$store, condition: &str, id: Uuid) -> Result<Vec<StoredRequest>, StorageError> {
            let rows: Vec<RequestRow> =
                sqlx::query_as(&format!("{REQUESTS} WHERE {condition}")).bind(id.to_string()).fetch_all(store.reader()).await?;
            rows.into_iter().map(StoredRequest::read).collect()
        }

        /// The latest stored version of a form, with its definition.
        async fn latest_version(conn: &mut $conn, service_id: Uuid, form: FormKind) -> Result<Option<(i64, String)>, StorageError> {
            Ok(sqlx::query_as(
                "SELECT version, definition FROM assessment_forms WHERE service_id = $1 AND form = $2 ORDER BY version DESC LIMIT 1",
            )
            .bind(service_id.to_string())
            .bind(form.as_str())
            .fetch_optional(&mut *conn)
            .await?)
        }

        async fn insert_version(
            conn: &mut $conn,
            service_id: Uuid,
            form: FormKind,
            version: i64,
            draft: &SurveyDraft,
            saved_by: Option<Uuid>,
            now: OffsetDateTime,
        ) -> Result<(), StorageError> {
            sqlx::query(
                "INSERT INTO assessment_forms (service_id, form, version, definition, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(service_id.to_string())
            .bind(form.as_str())
            .bind(version)
            .bind(serde_json::to_string(draft)?)
            .bind(saved_by.map(|id| id.to_string()))
            .bind(to_millis(now))
            .execute(&mut *conn)
            .await?;
            Ok(())
        }

        /// The latest version of a form, storing the template as version 1 when the service has
        /// none yet; other savers of this form wait until the transaction ends.
        async fn current_version(conn: &mut $conn, service_id: Uuid, form: FormKind, now: OffsetDateTime) -> Result<i64, StorageError> {
            <$store as $crate::storage::Engine>::hold(conn, "assessment_form", &format!("{service_id}:{}", form.as_str())).await?;
            if let Some((version, _)) = latest_version(conn, service_id, form).await? {
                return Ok(version);
            }
            insert_version(conn, service_id, form, 1, &form.template(), None, now).await?;
            Ok(1)
        }

        #[async_trait::async_trait]
        impl AssessmentStore for $store {
            async fn forms(&self, service_id: Uuid) -> Result<Vec<StoredForm>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let mut forms = Vec::new();
                for kind in FormKind::ALL {
                    forms.push(match latest_version(&mut conn, service_id, kind).await? {
                        Some((version, definition)) => StoredForm {
                            kind,
                            version: $crate::assessments::version_number(version)?,
                            draft: serde_json::from_str(&definition)?,
                        },
                        None => StoredForm { kind, version: 1, draft: kind.template() },
                    });
                }
                Ok(forms)
            }

            async fn form_versions(&self, service_id: Uuid) -> Result<Vec<StoredForm>, StorageError> {
                let rows: Vec<(String, i64, String)> =
                    sqlx::query_as("SELECT form, version, definition FROM assessment_forms WHERE service_id = $1 ORDER BY form, version")
                        .bind(service_id.to_string())
                        .fetch_all(self.reader())
                        .await?;
                let mut versions = Vec::with_capacity(rows.len());
                for (form, version, definition) in rows {
                    let kind = FormKind::parse(&form).ok_or_else(|| StorageError::internal(format!("stored form {form}")))?;
                    versions.push(StoredForm { kind, version: $crate::assessments::version_number(version)?, draft: serde_json::from_str(&definition)? });
                }
                for kind in FormKind::ALL {
                    if !versions.iter().any(|stored| stored.kind == kind) {
                        versions.push(StoredForm { kind, version: 1, draft: kind.template() });
                    }
                }
                versions.sort_by_key(|stored| (stored.kind, stored.version));
                Ok(versions)
            }

            async fn save_form(
                &self,
                caller: &Caller,
                kind: FormKind,
                draft: &SurveyDraft,
                now: OffsetDateTime,
            ) -> Result<u32, StorageError> {
                let mut transaction = self.writer().begin().await?;
                let next = current_version(&mut transaction, caller.service_id, kind, now).await? + 1;
                insert_version(&mut transaction, caller.service_id, kind, next, draft, Some(caller.person_id), now).await?;
                transaction.commit().await?;
                $crate::assessments::version_number(next)
            }

            async fn assign(
                &self,
                operation: OperationKey<'_>,
                caller: &Caller,
                new: NewRequest,
                now: OffsetDateTime,
            ) -> Result<OperationAnswer, StorageError> {
                let (service_id, asked_by) = (caller.service_id, caller.person_id);
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            let assigned = ask(conn, service_id, asked_by, &new, now).await?;
                            Ok((201, serde_json::to_value(assigned)?))
                        })
                    }),
                )
                .await
            }

            async fn form_request(&self, id: Uuid) -> Result<Option<StoredRequest>, StorageError> {
                let row: Option<RequestRow> =
                    sqlx::query_as(&format!("{REQUESTS} WHERE r.id = $1")).bind(id.to_string()).fetch_optional(self.reader()).await?;
                row.map(StoredRequest::read).transpose()
            }

            async fn forms_to_fill(&self, person_id: Uuid) -> Result<Vec<StoredRequest>, StorageError> {
                requests(self, "r.person_id = $1 AND r.answered_at IS NULL ORDER BY r.due_on, r.asked_at, r.id", person_id).await
            }

            async fn overdue_forms(&self, service_id: Uuid, today: time::Date) -> Result<Vec<(Uuid, u32)>, StorageError> {
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT young_person_id, COUNT(*) FROM assessment_requests
                     WHERE service_id = $1 AND answered_at IS NULL AND due_on < $2 GROUP BY young_person_id",
                )
                .bind(service_id.to_string())
                .bind(today.to_string())
                .fetch_all(self.reader())
                .await?;
                rows.into_iter().map(|(id, count)| Ok(($crate::storage::parse_stored_uuid(&id)?, u32::try_from(count).unwrap_or(u32::MAX)))).collect()
            }

            async fn case_forms(&self, young_person_id: Uuid) -> Result<Vec<StoredRequest>, StorageError> {
                requests(self, "r.young_person_id = $1 ORDER BY r.asked_at, r.id", young_person_id).await
            }

            async fn answer_form(
                &self,
                operation: OperationKey<'_>,
                request: &StoredRequest,
                finished: Finished,
                event: Event,
                now: OffsetDateTime,
            ) -> Result<OperationAnswer, StorageError> {
                let (id, person_id, young_person_id, version) = (request.id, request.person_id, request.young_person_id, request.version);
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            let done = sqlx::query(
                                "UPDATE assessment_requests SET answers = $1, answered_at = $2
                         WHERE id = $3 AND person_id = $4 AND answered_at IS NULL",
                            )
                            .bind(serde_json::to_string(&finished)?)
                            .bind(to_millis(now))
                            .bind(id.to_string())
                            .bind(person_id.to_string())
                            .execute(&mut *conn)
                            .await?
                            .rows_affected();
                            if done != 1 {
                                return Err(refused(ErrorCode::AlreadyAnswered));
                            }
                            let service_id = $crate::storage::parse_stored_uuid(&conn.service_of(&young_person_id.to_string()).await?)?;
                            conn.append(&NewEvent { event, service_id, young_person_id: Some(young_person_id), occurred_at: now }).await?;
                            Ok((201, serde_json::to_value(FormReceipt { id, version })?))
                        })
                    }),
                )
                .await
            }
        }
    };
}

pub(crate) use assessment_store;
