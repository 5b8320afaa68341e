//! The session store, written once for both engines: `sqlite.rs` and `postgres.rs` each expand
//! [`session_store!`] with their types and take row locks from the engine (none on SQLite,
//! whose single writer already serialises; on PostgreSQL closing a session locks it so no score
//! or join slips past the closing events). Unique keys refuse double joins on both.

/// Expands the session store for `$store` over `$conn`, using the
/// `$engine` modules of operations, outbox and reminders.
macro_rules! session_store {
    ($store:ident, $conn:ty, $engine:ident) => {
        use $crate::storage::Engine as _;
        use tandem_domain::sessions::{
            Joined, PhoneJoin, Measure, Moment, NewProgramme, OwnScore, ParticipantStatus, Phase, ProfileFields, Programme, ScoreReceipt,
            SessionKind, Topic, moment_open, score_acceptable,
        };
        use tandem_domain::ErrorCode;
        use time::OffsetDateTime;
        use uuid::Uuid;

        use $crate::sessions::rows::{
            participants_of, programmes_of, score_triple, scores_event, session_record, ParticipantRowData, ScoreRow,
            SessionRow, TopicRow, DATE_FORMAT, SESSION_COLUMNS,
        };
        use $crate::sessions::{
            new_join_code, new_participant_token, Joiner, SessionRecord, NewScore, NewSession, SessionFacts, SessionFilter, Profile, SessionStore,
        };
        use $crate::operations::$engine::run_once;
        use $crate::operations::{OperationAnswer, OperationKey};
        use $crate::outbox::$engine::append;
        use $crate::storage::{from_millis, parse_stored_uuid, refused, to_millis, StorageError};

        /// A session (held against change until the transaction ends, on engines that can), with
        /// its topic's easy-read question.
        async fn session_with_question(conn: &mut $conn, session_id: &str) -> Result<(SessionRecord, Option<String>), StorageError> {
            let full: SessionRow = sqlx::query_as(&format!("SELECT {SESSION_COLUMNS} WHERE s.id = $1 {}", <$store as $crate::storage::Engine>::for_share("s")))
                .bind(session_id)
                .fetch_one(&mut *conn)
                .await?;
            let easy_read: Option<String> =
                sqlx::query_scalar("SELECT t.easy_read_question FROM scaling_sessions s JOIN programme_topics t ON t.id = s.topic_id WHERE s.id = $1")
                    .bind(session_id)
                    .fetch_optional(&mut *conn)
                    .await?;
            Ok((session_record(full)?, easy_read))
        }

        /// The scores of one participant, as (measure, moment, score).
        async fn own_scores(conn: &mut $conn, participant_id: &str) -> Result<Vec<(Measure, Moment, u8)>, StorageError> {
            let rows: Vec<(String, String, i64)> =
                sqlx::query_as("SELECT measure, moment, score FROM session_scores WHERE participant_id = $1 ORDER BY measure, moment")
                    .bind(participant_id)
                    .fetch_all(conn)
                    .await?;
            rows.into_iter().map(score_triple).collect()
        }

        #[async_trait::async_trait]
        impl SessionStore for $store {
            async fn create_programme(&self, operation: OperationKey<'_>, service_id: Uuid, programme: &NewProgramme, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let programme = programme.clone();
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let programme = &programme;
                    let id = Uuid::now_v7();
                    sqlx::query("INSERT INTO programmes (id, service_id, name, description, created_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(id.to_string())
                        .bind(service_id.to_string())
                        .bind(&programme.name)
                        .bind(&programme.description)
                        .bind(to_millis(now))
                        .execute(&mut *conn)
                        .await?;
                    let mut topics = Vec::new();
                    for (position, topic) in (1u32..).zip(&programme.topics) {
                        let topic_id = Uuid::now_v7();
                        sqlx::query(
                            "INSERT INTO programme_topics (id, programme_id, position, title, question, easy_read_question) VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(topic_id.to_string())
                        .bind(id.to_string())
                        .bind(i64::from(position))
                        .bind(&topic.title)
                        .bind(&topic.question)
                        .bind(&topic.easy_read_question)
                        .execute(&mut *conn)
                        .await?;
                        topics.push(Topic {
                            id: topic_id,
                            position,
                            title: topic.title.clone(),
                            question: topic.question.clone(),
                            easy_read_question: topic.easy_read_question.clone(),
                        });
                    }
                    let created = Programme { id, name: programme.name.clone(), description: programme.description.clone(), topics };
                    Ok((201, serde_json::to_value(created)?))
                }))).await
            }

            async fn programmes(&self, service_id: Uuid) -> Result<Vec<Programme>, StorageError> {
                let programmes: Vec<(String, String, String)> =
                    sqlx::query_as("SELECT id, name, description FROM programmes WHERE service_id = $1 ORDER BY created_at, id")
                        .bind(service_id.to_string())
                        .fetch_all(self.reader())
                        .await?;
                let topics: Vec<TopicRow> = sqlx::query_as(
                    "SELECT t.programme_id, t.id, t.position, t.title, t.question, t.easy_read_question
                     FROM programme_topics t JOIN programmes p ON p.id = t.programme_id
                     WHERE p.service_id = $1 ORDER BY t.position",
                )
                .bind(service_id.to_string())
                .fetch_all(self.reader())
                .await?;
                programmes_of(programmes, topics)
            }

            async fn open_session(&self, operation: OperationKey<'_>, service_id: Uuid, session: &NewSession, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let session = session.clone();
                run_once(self, operation, now, Box::new(move |conn| Box::pin(async move {
                    let session = &session;
                    let programme: Option<String> = sqlx::query_scalar("SELECT id FROM programmes WHERE id = $1 AND service_id = $2")
                        .bind(session.programme_id.to_string())
                        .bind(service_id.to_string())
                        .fetch_optional(&mut *conn)
                        .await?;
                    if programme.is_none() {
                        return Err(refused(ErrorCode::NotFound));
                    }
                    let topic_ok = match (session.kind, session.topic_id) {
                        (SessionKind::ProgrammeReview, None) => true,
                        (SessionKind::ProgrammeReview, Some(_)) | (_, None) => false,
                        (_, Some(topic)) => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM programme_topics WHERE id = $1 AND programme_id = $2")
                            .bind(topic.to_string())
                            .bind(session.programme_id.to_string())
                            .fetch_one(&mut *conn)
                            .await?
                            == 1,
                    };
                    if !topic_ok {
                        return Err(refused(ErrorCode::TopicNotInProgramme));
                    }
                    let id = Uuid::now_v7();
                    // Codes are drawn at random; on the rare clash with another open session, draw again.
                    for _ in 0..8 {
                        let inserted = sqlx::query(
                            "INSERT INTO scaling_sessions (id, service_id, programme_id, topic_id, kind, cohort, anonymous_allowed, code, phase, opened_by, opened_at)
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'start', $9, $10) ON CONFLICT DO NOTHING",
                        )
                        .bind(id.to_string())
                        .bind(service_id.to_string())
                        .bind(session.programme_id.to_string())
                        .bind(session.topic_id.map(|t| t.to_string()))
                        .bind(session.kind.as_str())
                        .bind(&session.cohort)
                        .bind(i64::from(session.anonymous_allowed))
                        .bind(new_join_code().as_str())
                        .bind(session.opened_by.to_string())
                        .bind(to_millis(now))
                        .execute(&mut *conn)
                        .await?;
                        if inserted.rows_affected() == 1 {
                            return Ok((201, serde_json::json!({ "id": id })));
                        }
                    }
                    Err(StorageError::internal("no free join code after eight draws"))
                }))).await
            }

            async fn session_facts(&self, service_id: Uuid, filter: SessionFilter) -> Result<Vec<SessionFacts>, StorageError> {
                let service = service_id.to_string();
                let (condition, argument, limit) = match filter {
                    SessionFilter::One(id) => ("s.id = $2", Some(id.to_string()), 1),
                    SessionFilter::Programme(id) => ("s.programme_id = $2", Some(id.to_string()), i64::MAX),
                    SessionFilter::Recent(limit) => ("TRUE", None, limit),
                    SessionFilter::JoinedBy(person) => (
                        "s.id IN (SELECT session_id FROM session_participants WHERE young_person_id = $2)",
                        Some(person.to_string()),
                        i64::MAX,
                    ),
                };
                let mut conn = self.reader().acquire().await?;
                let limit_at = if argument.is_some() { 3 } else { 2 };
                let sql = format!("SELECT {SESSION_COLUMNS} WHERE s.service_id = $1 AND {condition} ORDER BY s.opened_at DESC, s.id DESC LIMIT ${limit_at}");
                let mut query = sqlx::query_as::<_, SessionRow>(&sql).bind(&service);
                if let Some(argument) = &argument {
                    query = query.bind(argument);
                }
                let rows = query.bind(limit).fetch_all(&mut *conn).await?;
                let mut sessions = Vec::with_capacity(rows.len());
                for row in rows {
                    let record = session_record(row)?;
                    let people: Vec<ParticipantRowData> = sqlx::query_as(
                        "SELECT sp.id, sp.young_person_id, pe.display_name, pe.birth_date, pe.sex, pe.ethnicity, sp.joined_at
                         FROM session_participants sp LEFT JOIN people pe ON pe.id = sp.young_person_id
                         WHERE sp.session_id = $1 ORDER BY sp.joined_at, sp.id",
                    )
                    .bind(record.id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                    let scores: Vec<ScoreRow> = sqlx::query_as(
                        "SELECT sc.participant_id, sc.measure, sc.moment, sc.score FROM session_scores sc
                         JOIN session_participants sp ON sp.id = sc.participant_id WHERE sp.session_id = $1",
                    )
                    .bind(record.id.to_string())
                    .fetch_all(&mut *conn)
                    .await?;
                    let participants = participants_of(people, scores)?;
                    sessions.push(SessionFacts { record, participants });
                }
                Ok(sessions)
            }

            async fn set_phase(&self, service_id: Uuid, session_id: Uuid, phase: Phase, now: OffsetDateTime) -> Result<(), StorageError> {
                let mut tx = self.writer().begin().await?;
                // Locked until commit (PostgreSQL): scores and joins arriving meanwhile wait (they read it
                // FOR SHARE), so closing writes every score given before it, and none comes after unseen.
                let row: Option<SessionRow> = sqlx::query_as(&format!("SELECT {SESSION_COLUMNS} WHERE s.id = $1 AND s.service_id = $2 {}", <$store as $crate::storage::Engine>::for_update("s")))
                    .bind(session_id.to_string())
                    .bind(service_id.to_string())
                    .fetch_optional(&mut *tx)
                    .await?;
                let record = session_record(row.ok_or(refused(ErrorCode::NotFound))?)?;
                record.phase.may_move_to(phase).map_err(refused)?;
                sqlx::query("UPDATE scaling_sessions SET phase = $1, closed_at = $2, end_opened_at = COALESCE(end_opened_at, $3) WHERE id = $4")
                    .bind(phase.as_str())
                    .bind((phase == Phase::Closed).then(|| to_millis(now)))
                    .bind(to_millis(now))
                    .bind(session_id.to_string())
                    .execute(&mut *tx)
                    .await?;
                if phase == Phase::End {
                    $crate::reminders::$engine::scores_missing(&mut tx, session_id, now).await?;
                }
                if phase == Phase::Closed {
                    let named: Vec<(String, String)> = sqlx::query_as(
                        "SELECT id, young_person_id FROM session_participants WHERE session_id = $1 AND young_person_id IS NOT NULL ORDER BY joined_at, id",
                    )
                    .bind(session_id.to_string())
                    .fetch_all(&mut *tx)
                    .await?;
                    for (participant_id, young_person_id) in named {
                        let scores = own_scores(&mut tx, &participant_id).await?;
                        let event = scores_event(false, &record, parse_stored_uuid(&young_person_id)?, &scores, now);
                        append(&mut tx, &event).await?;
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            async fn join_session(&self, operation: OperationKey<'_>, join: &PhoneJoin, joiner: Joiner, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                let code = join.code.as_str().to_owned();
                let (phone_token, phone_joined_at) = (join.participant_token.clone(), join.joined_at);
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            // The open session with this code, or else the latest closed one (to say so).
                            let row: Option<(String, String)> = sqlx::query_as(
                                "SELECT id, service_id FROM scaling_sessions WHERE code = $1
                                 ORDER BY phase = 'closed', opened_at DESC LIMIT 1",
                            )
                            .bind(&code)
                            .fetch_optional(&mut *conn)
                            .await?;
                            let (session_id, service_id) = row.ok_or(refused(ErrorCode::JoinCodeNotFound))?;
                            let (record, easy_read) = session_with_question(&mut *conn, &session_id).await?;
                            tandem_domain::sessions::join_open(record.closed_at, phone_joined_at).map_err(refused)?;
                            let young_person = match joiner {
                                Joiner::YoungPerson { id, service_id: own } => {
                                    if own.to_string() != service_id {
                                        return Err(refused(ErrorCode::JoinCodeNotFound));
                                    }
                                    Some(id)
                                }
                                Joiner::Anonymous if record.anonymous_allowed => None,
                                Joiner::Anonymous => return Err(refused(ErrorCode::SignInToJoin)),
                            };
                            let (token, token_hash) = match &phone_token {
                                Some(token) => (token.clone(), $crate::accounts::session::token_hash(token)),
                                None => new_participant_token(),
                            };
                            // A phone's own token is for one session only.
                            let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM session_participants WHERE token_hash = $1")
                                .bind(&token_hash)
                                .fetch_one(&mut *conn)
                                .await?;
                            if used > 0 {
                                return Err(refused(ErrorCode::InvalidParticipantToken));
                            }
                            let joined_at = tandem_domain::sessions::joined_at(phone_joined_at, record.opened_at, now);
                            // The unique (session, young person) refuses a second join, also one running
                            // beside this one on another connection.
                            let inserted = sqlx::query(
                                "INSERT INTO session_participants (id, session_id, young_person_id, token_hash, joined_at) VALUES ($1, $2, $3, $4, $5)
                                 ON CONFLICT (session_id, young_person_id) DO NOTHING",
                            )
                                .bind(Uuid::now_v7().to_string())
                                .bind(&session_id)
                                .bind(young_person.map(|id| id.to_string()))
                                .bind(token_hash)
                                .bind(to_millis(joined_at))
                                .execute(&mut *conn)
                                .await?;
                            if inserted.rows_affected() == 0 {
                                return Err(refused(ErrorCode::AlreadyJoined));
                            }
                            let joined = Joined {
                                session_id: record.id,
                                participant_token: token,
                                kind: record.kind,
                                topic_title: record.topic_title,
                                question: record.question,
                                easy_read_question: easy_read,
                                phase: record.phase,
                            };
                            Ok((201, serde_json::to_value(&joined)?))
                        })
                    }),
                )
                .await
            }

            async fn give_score(&self, operation: OperationKey<'_>, score: NewScore, now: OffsetDateTime) -> Result<OperationAnswer, StorageError> {
                run_once(
                    self,
                    operation,
                    now,
                    Box::new(move |conn| {
                        Box::pin(async move {
                            let participant: Option<(String, String, Option<String>, i64)> = sqlx::query_as(
                                "SELECT id, session_id, young_person_id, joined_at FROM session_participants WHERE token_hash = $1",
                            )
                            .bind(&score.token_hash)
                            .fetch_optional(&mut *conn)
                            .await?;
                            let (participant_id, session_id, young_person_id, joined_at) = participant.ok_or(refused(ErrorCode::NotFound))?;
                            let row: SessionRow = sqlx::query_as(&format!("SELECT {SESSION_COLUMNS} WHERE s.id = $1 {}", <$store as $crate::storage::Engine>::for_share("s")))
                                .bind(&session_id)
                                .fetch_one(&mut *conn)
                                .await?;
                            let record = session_record(row)?;
                            if !record.kind.measures().contains(&score.measure) {
                                return Err(refused(ErrorCode::MeasureNotInSession));
                            }
                            score_acceptable(score.given_at, from_millis(joined_at)?, record.closed_at, now).map_err(refused)?;
                            moment_open(record.kind, score.moment, score.given_at, record.end_opened_at).map_err(refused)?;
                            let inserted = sqlx::query(
                                "INSERT INTO session_scores (participant_id, measure, moment, score, given_at, received_at)
                                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                            )
                            .bind(&participant_id)
                            .bind(score.measure.as_str())
                            .bind(score.moment.as_str())
                            .bind(i64::from(score.score.value()))
                            .bind(to_millis(score.given_at))
                            .bind(to_millis(now))
                            .execute(&mut *conn)
                            .await?;
                            if inserted.rows_affected() == 0 {
                                return Err(refused(ErrorCode::AlreadyScored));
                            }
                            // Closing wrote this person's scores already; one that arrives later (made
                            // offline while the session was open) goes to the record as well.
                            if let (Some(_), Some(person)) = (record.closed_at, young_person_id) {
                                let scores = own_scores(&mut *conn, &participant_id).await?;
                                let event = scores_event(true, &record, parse_stored_uuid(&person)?, &scores, now);
                                append(&mut *conn, &event).await?;
                            }
                            let receipt = ScoreReceipt { session_id: record.id, measure: score.measure, moment: score.moment };
                            Ok((201, serde_json::to_value(&receipt)?))
                        })
                    }),
                )
                .await
            }

            async fn participant_status(&self, token_hash: &str) -> Result<Option<ParticipantStatus>, StorageError> {
                let mut conn = self.reader().acquire().await?;
                let row: Option<(String, String)> = sqlx::query_as("SELECT id, session_id FROM session_participants WHERE token_hash = $1")
                    .bind(token_hash)
                    .fetch_optional(&mut *conn)
                    .await?;
                let Some((participant_id, session_id)) = row else {
                    return Ok(None);
                };
                let scores = own_scores(&mut conn, &participant_id)
                    .await?
                    .into_iter()
                    .map(|(measure, moment, score)| OwnScore { measure, moment, score })
                    .collect();
                let (record, easy_read_question) = session_with_question(&mut conn, &session_id).await?;
                Ok(Some(ParticipantStatus {
                    phase: record.phase,
                    scores,
                    kind: record.kind,
                    topic_title: record.topic_title,
                    question: record.question,
                    easy_read_question,
                }))
            }

            async fn set_profile(&self, young_person_id: Uuid, profile: &Profile) -> Result<(), StorageError> {
                let birth = match profile.birth_date {
                    Some(date) => Some(date.format(DATE_FORMAT).map_err(|err| StorageError::caused("date", err))?),
                    None => None,
                };
                sqlx::query("UPDATE people SET birth_date = $1, sex = $2, ethnicity = $3 WHERE id = $4 AND role = 'young_person'")
                    .bind(birth)
                    .bind(&profile.sex)
                    .bind(&profile.ethnicity)
                    .bind(young_person_id.to_string())
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn profile(&self, young_person_id: Uuid) -> Result<ProfileFields, StorageError> {
                let row: Option<(Option<String>, Option<String>, Option<String>)> =
                    sqlx::query_as("SELECT birth_date, sex, ethnicity FROM people WHERE id = $1")
                        .bind(young_person_id.to_string())
                        .fetch_optional(self.reader())
                        .await?;
                let (birth_date, sex, ethnicity) = row.unwrap_or_default();
                Ok(ProfileFields {
                    birth_date: birth_date.unwrap_or_default(),
                    sex: sex.unwrap_or_default(),
                    ethnicity: ethnicity.unwrap_or_default(),
                })
            }
        }
    };
}

pub(crate) use session_store;
