//! The demo seed, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`demo_store!`] with their types.

/// Expands the demo store for `$store` over `$conn`, with `$engine`'s appointments.
macro_rules! demo_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;
        use std::collections::HashMap;

        use tandem_domain::accounts::Role;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use tandem_domain::sessions::{Moment, SessionKind};

        use $crate::demo::{DemoScaling, DemoService, DemoStore};
        use $crate::appointments::$engine::insert_appointment;
        use $crate::appointments::tx::Placement;
        use $crate::storage::{to_millis, StorageError};

        #[async_trait::async_trait]
        impl DemoStore for $store {
            async fn seed_demo_if_empty(
                &self,
                demo: &DemoService,
                now: OffsetDateTime,
            ) -> Result<bool, StorageError> {
                let mut tx = self.writer().begin().await?;
                // Two servers starting on one empty database at once: the second waits, then sees the demo.
                <$store as $crate::storage::Engine>::hold(&mut tx, "demo", "seed").await?;
                let services: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM services")
                    .fetch_one(&mut *tx)
                    .await?;
                if services > 0 {
                    return Ok(false);
                }
                insert_demo(&mut tx, demo, now).await?;
                tx.commit().await?;
                Ok(true)
            }
        }

        async fn insert_demo(
            conn: &mut $conn,
            demo: &DemoService,
            now: OffsetDateTime,
        ) -> Result<(), StorageError> {
            let at = to_millis(now);
            let service_id = Uuid::now_v7().to_string();
            sqlx::query("INSERT INTO services (id, name, created_at, demo) VALUES ($1, $2, $3, 1)")
                .bind(&service_id)
                .bind(demo.name)
                .bind(at)
                .execute(&mut *conn)
                .await?;

            let mut ids: HashMap<Role, String> = HashMap::new();
            for person in &demo.people {
                let id = Uuid::now_v7().to_string();
                sqlx::query(
                    "INSERT INTO people (id, service_id, role, display_name, email, password_hash, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&id)
                .bind(&service_id)
                .bind(person.role.as_str())
                .bind(person.display_name)
                .bind(person.email)
                .bind(person.password.as_ref().map(|(_, hash)| hash.as_str()))
                .bind(at)
                .execute(&mut *conn)
                .await?;
                if let Some((_, code_hash)) = &person.invite {
                    sqlx::query(
                        "INSERT INTO invites (id, person_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(Uuid::now_v7().to_string())
                    .bind(&id)
                    .bind(code_hash)
                    .bind(at)
                    .bind(to_millis(now + demo.invite_lifetime))
                    .execute(&mut *conn)
                    .await?;
                }
                ids.insert(person.role, id);
            }
            let id_of = |role: Role| {
                ids.get(&role)
                    .cloned()
                    .ok_or_else(|| StorageError::internal(format!("demo has no {}", role.as_str())))
            };
            let young_person = id_of(Role::YoungPerson)?;
            let worker = id_of(Role::Worker)?;

            sqlx::query("INSERT INTO carer_links (carer_id, young_person_id, created_at) VALUES ($1, $2, $3)")
                .bind(id_of(Role::Carer)?)
                .bind(&young_person)
                .bind(at)
                .execute(&mut *conn)
                .await?;
            sqlx::query("INSERT INTO allocations (worker_id, young_person_id, created_at) VALUES ($1, $2, $3)")
                .bind(&worker)
                .bind(&young_person)
                .bind(at)
                .execute(&mut *conn)
                .await?;

            // The service's own example plan, as version 1, written with the young person and carer.
            let plan = demo.plan(now);
            sqlx::query(
                "INSERT INTO plan_versions (young_person_id, version, document, changed_by, party, changed_at) VALUES ($1, 1, $2, $3, 'worker', $4)",
            )
            .bind(&young_person)
            .bind(serde_json::to_string(&plan)?)
            .bind(&worker)
            .bind(at)
            .execute(&mut *conn)
            .await?;

            let programme_id = Uuid::now_v7().to_string();
            sqlx::query("INSERT INTO programmes (id, service_id, name, created_at) VALUES ($1, $2, $3, $4)")
                .bind(&programme_id)
                .bind(&service_id)
                .bind(demo.programme_name)
                .bind(at)
                .execute(&mut *conn)
                .await?;
            let mut topic_ids = HashMap::new();
            for (position, topic) in (1i64..).zip(&demo.topics) {
                let topic_id = Uuid::now_v7().to_string();
                topic_ids.insert(position, topic_id.clone());
                sqlx::query(
                    "INSERT INTO programme_topics (id, programme_id, position, title, question, easy_read_question)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(topic_id)
                .bind(&programme_id)
                .bind(position)
                .bind(topic.title)
                .bind(topic.question)
                .bind(topic.easy_read_question)
                .execute(&mut *conn)
                .await?;
            }

            for past in &demo.past_sessions {
                insert_past_session(conn, demo, past, &service_id, &programme_id, &topic_ids, &worker, now).await?;
            }

            for slot in demo.appointment_slots(now)? {
                let placement = Placement {
                    service_id: &service_id,
                    young_person_id: &young_person,
                    starts_at: slot.starts_at,
                    ends_at: slot.ends_at,
                    series_id: None,
                    case_record_id: None,
                    created_by: Some(&worker),
                    cabinet_meeting_id: None,
                };
                let id = insert_appointment(conn, &placement, &slot.details, now).await?;
                if let Some(outcome) = slot.outcome {
                    sqlx::query("UPDATE appointments SET state = $1 WHERE id = $2").bind(outcome).bind(id.to_string()).execute(&mut *conn).await?;
                }
            }
            Ok(())
        }

        /// One closed session of the demo's past cohort, with its (anonymous) scores.
        #[allow(clippy::too_many_arguments)]
        async fn insert_past_session(
            conn: &mut $conn,
            demo: &DemoService,
            past: &DemoScaling,
            service_id: &str,
            programme_id: &str,
            topic_ids: &HashMap<i64, String>,
            worker: &str,
            now: OffsetDateTime,
        ) -> Result<(), StorageError> {
            let opened = now - time::Duration::weeks(past.weeks_ago);
            let topic_id = past.topic_position.and_then(|position| topic_ids.get(&i64::from(position)).cloned());
            let kind = if topic_id.is_some() { SessionKind::Group } else { SessionKind::ProgrammeReview };
            let session_id = Uuid::now_v7().to_string();
            sqlx::query(
                "INSERT INTO scaling_sessions (id, service_id, programme_id, topic_id, kind, cohort, anonymous_allowed, code, phase, opened_by, opened_at, closed_at, end_opened_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'closed', $9, $10, $11, $12)",
            )
            .bind(&session_id)
            .bind(service_id)
            .bind(programme_id)
            .bind(topic_id)
            .bind(kind.as_str())
            .bind(demo.past_cohort)
            .bind(i64::from(kind == SessionKind::Group))
            .bind($crate::sessions::new_join_code().as_str())
            .bind(worker)
            .bind(to_millis(opened))
            .bind(to_millis(opened + time::Duration::hours(2)))
            .bind(to_millis(opened + time::Duration::minutes(100)))
            .execute(&mut *conn)
            .await?;
            for (start, end) in &past.pairs {
                let participant = Uuid::now_v7().to_string();
                let (_, token_hash) = $crate::sessions::new_participant_token();
                sqlx::query("INSERT INTO session_participants (id, session_id, young_person_id, token_hash, joined_at) VALUES ($1, $2, NULL, $3, $4)")
                    .bind(&participant)
                    .bind(&session_id)
                    .bind(token_hash)
                    .bind(to_millis(opened))
                    .execute(&mut *conn)
                    .await?;
                for measure in kind.measures() {
                    for (moment, score, minutes) in [(Moment::Start, start, 5), (Moment::End, end, 110)] {
                        let at = to_millis(opened + time::Duration::minutes(minutes));
                        sqlx::query(
                            "INSERT INTO session_scores (participant_id, measure, moment, score, given_at, received_at) VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(&participant)
                        .bind(measure.as_str())
                        .bind(moment.as_str())
                        .bind(i64::from(*score))
                        .bind(at)
                        .bind(at)
                        .execute(&mut *conn)
                        .await?;
                    }
                }
            }
            Ok(())
        }
    };
}

pub(crate) use demo_store;
