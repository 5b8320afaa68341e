//! Benchmark: a ballot burst of 100,000 votes through the real HTTP API (release server, SQLite).
//! 100,000 young people, each signed in on a phone (sessions written straight into the
//! database: making them through invites would measure PIN hashing, not voting), vote once in a
//! ranked ballot of five issues from 64 connections at once, each with its own Idempotency-Key,
//! through the same path a phone's outbox uses. Then: 1,000 of them send their ballot again
//! (answered from the store, counted once) and 1,000 vote again from a new operation (refused,
//! `already_voted`). Prints votes per second, latency percentiles, and whether the results
//! page's count matches the ballots sent, exactly. Run with
//! `cargo run --release -p tandem-backend --example ballot_bench` (`./scripts/bench.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop loudly

#[path = "support/memory.rs"]
mod memory;
#[path = "support/state.rs"]
mod state;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tandem_backend::accounts::rate_limit::Limits;
use tandem_backend::accounts::session::token_hash;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::demo::{DemoService, DemoStore};
use tandem_backend::operations::OperationKey;
use tandem_backend::secret::SecretStore;
use tandem_backend::storage::{to_millis, SqliteStore};
use tandem_backend::voice::VoiceStore;
use tandem_domain::sync::OperationId;
use tandem_domain::voice::api::ConsultationSaved;
use tandem_domain::voice::{Activity, ConsultationRequest, Invited, Item};
use uuid::Uuid;

const VOTERS: usize = 100_000;
const CONNECTIONS: usize = 64;
const ISSUES: [&str; 5] = ["transport", "jobs", "safety", "spaces", "mental_health"];

/// Voter `i`'s ranking: one to three different issues, spread so every count differs.
fn ranking(i: usize) -> Vec<&'static str> {
    let places = 1 + i % 3;
    let first = (i * 7 + i / 13) % ISSUES.len();
    (0..places).map(|place| ISSUES[(first + place * 2) % ISSUES.len()]).collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.sqlite3");
    let store = SqliteStore::open(&path).await?;
    let clock = SystemClock;
    let demo = DemoService::generate()?;
    store.seed_demo_if_empty(&demo, clock.now()).await?;
    let officer = state::demo_officer(&store).await?;
    let service_id = officer.service_id;

    let setup = Instant::now();
    let writer = sqlx::sqlite::SqlitePoolOptions::new().max_connections(1).connect(&format!("sqlite://{}", path.display())).await?;
    let mut tx = writer.begin().await?;
    let now = to_millis(clock.now());
    let mut tokens = Vec::with_capacity(VOTERS);
    for i in 0..VOTERS {
        let person = Uuid::now_v7();
        sqlx::query("INSERT INTO people (id, service_id, role, display_name, created_at) VALUES (?, ?, 'young_person', ?, ?)")
            .bind(person.to_string())
            .bind(service_id.to_string())
            .bind(format!("Young person {i}"))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let token = format!("{:032x}{:032x}", rand::random::<u128>(), i);
        sqlx::query(
            "INSERT INTO sessions (id, token_hash, person_id, kind, device_label, created_at, last_active_at, expires_at, pin_hash)
             VALUES (?, ?, ?, 'device', 'bench phone', ?, ?, ?, 'not checked: the bench never unlocks')",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(token_hash(&token))
        .bind(person.to_string())
        .bind(now)
        .bind(now)
        .bind(now + 86_400_000)
        .execute(&mut *tx)
        .await?;
        tokens.push(token);
    }
    tx.commit().await?;
    writer.close().await;

    let today = tandem_domain::appointments::to_london(clock.now()).date();
    let request = ConsultationRequest {
        title: "What should the youth cabinet campaign on next year?".into(),
        background: "The cabinet picks one campaign a year.".into(),
        audience: "The youth cabinet and the head of service, January meeting".into(),
        invited: Invited::YoungPeople,
        opens_on: today.previous_day().unwrap_or(today).to_string(),
        closes_on: today.next_day().unwrap_or(today).to_string(),
        anonymous: true,
        activities: vec![Activity::Ballot {
            id: "campaign".into(),
            question: "Rank up to three".into(),
            options: ISSUES.iter().map(|id| Item { id: (*id).into(), text: id.replace('_', " ") }).collect(),
            ranked: true,
        }],
    };
    let key = OperationKey::new(OperationId::new_v7(), tandem_backend::voice::CREATE_KIND, &request);
    let saved: ConsultationSaved = serde_json::from_value(store.create_consultation(key, &officer, &request, clock.now()).await?.body)?;
    store.publish_consultation(service_id, saved.id, clock.now()).await?;
    println!(
        "setup: {VOTERS} young people signed in on phones, one ranked ballot of {} issues ({:.1} s)",
        ISSUES.len(),
        setup.elapsed().as_secs_f64()
    );

    let state = state::bench_state(&store, Arc::new(clock), dir.path(), false, Limits::default())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let sealer = Arc::clone(&state.sealer);
    tokio::spawn(tandem_backend::run(listener, state, std::future::pending()));
    let url = format!("{base}/api/v1/voice/consultations/{}/ballots", saved.id);
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONNECTIONS).build()?;
    let tokens = Arc::new(tokens);

    // One time for every ballot, so a resend is byte for byte the first send, as a phone's is.
    let given_at_ms = to_millis(SystemClock.now());
    let send = {
        let (client, url) = (client.clone(), url.clone());
        move |token: String, key: OperationId, i: usize| {
            let (client, url) = (client.clone(), url.clone());
            async move {
                let body = serde_json::json!({"activity_id": "campaign", "ranking": ranking(i), "given_at_ms": given_at_ms});
                let started = Instant::now();
                let response = client
                    .post(&url)
                    .header("cookie", format!("tandem_session={token}"))
                    .header("idempotency-key", key.to_string())
                    .json(&body)
                    .send()
                    .await?;
                let status = response.status().as_u16();
                let replayed = response.headers().contains_key("idempotent-replayed");
                let code = if status == 201 {
                    String::new()
                } else {
                    response.json::<serde_json::Value>().await?["error"]["code"].as_str().unwrap_or_default().to_owned()
                };
                Ok::<_, anyhow::Error>((status, replayed, code, started.elapsed()))
            }
        }
    };

    let keys: Arc<Vec<OperationId>> = Arc::new((0..VOTERS).map(|_| OperationId::new_v7()).collect());
    let started = Instant::now();
    let mut workers = Vec::new();
    for worker in 0..CONNECTIONS {
        let (tokens, keys, send) = (tokens.clone(), keys.clone(), send.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for i in (worker..VOTERS).step_by(CONNECTIONS) {
                let (status, _, code, took) = send(tokens[i].clone(), keys[i], i).await?;
                anyhow::ensure!(status == 201, "ballot {i}: {status} {code}");
                latencies.push(took);
            }
            Ok::<_, anyhow::Error>(latencies)
        }));
    }
    let mut latencies = Vec::with_capacity(VOTERS);
    for worker in workers {
        latencies.extend(worker.await??);
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    println!(
        "{VOTERS} ballots from {CONNECTIONS} connections in {elapsed:.1} s: {:.0} votes per second; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        VOTERS as f64 / elapsed,
        percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
    );

    // Retries and second votes change nothing.
    let (mut replayed, mut refused) = (0, 0);
    for i in 0..1000 {
        let (status, was_replayed, _, _) = send(tokens[i].clone(), keys[i], i).await?;
        replayed += usize::from(status == 201 && was_replayed);
        let (status, _, code, _) = send(tokens[i].clone(), OperationId::new_v7(), i + 1).await?;
        refused += usize::from(status == 409 && code == "already_voted");
    }

    // The count, exactly: the results page against what was sent.
    let mut expected = std::collections::BTreeMap::<&str, (u64, u64)>::new();
    for i in 0..VOTERS {
        for (place, issue) in ranking(i).into_iter().enumerate() {
            let entry = expected.entry(issue).or_default();
            entry.0 += 3 - place as u64;
            entry.1 += u64::from(place == 0);
        }
    }
    // The night's count: the day's sealed ballots opened and written in shuffled batches.
    let night = Instant::now();
    let before = tandem_backend::secret::count_before(time::OffsetDateTime::now_utc(), true);
    let mut sealed = 0;
    loop {
        let batch = store.count_sealed(&sealer, before).await?;
        sealed += batch;
        if batch == 0 {
            break;
        }
    }
    println!("the night's count: {sealed} sealed ballots opened and written in {:.1} s", night.elapsed().as_secs_f64());
    let cookie = state::officer_cookie(&client, &base, &demo).await?;
    let counted_at = Instant::now();
    let results: serde_json::Value = client
        .get(format!("{base}/api/v1/voice/consultations/{}/results", saved.id))
        .header("cookie", &cookie)
        .send()
        .await?
        .json()
        .await?;
    let results_ms = counted_at.elapsed().as_secs_f64() * 1000.0;
    let ballot = &results["results"]["ballots"][0];
    let mut exact = ballot["ballots"] == VOTERS;
    for count in ballot["counts"].as_array().cloned().unwrap_or_default() {
        let (points, firsts) = expected.get(count["id"].as_str().unwrap_or_default()).copied().unwrap_or_default();
        exact &= count["points"] == points && count["first_choices"] == firsts;
    }
    println!(
        "sent again with the same key: {replayed} of 1,000 answered from the store; voted again: {refused} of 1,000 refused (already_voted); the results page counts {} ballots in {results_ms:.0} ms, and every issue's points and first choices {} what was sent",
        ballot["ballots"],
        if exact { "match exactly" } else { "DO NOT match" }
    );
    println!("peak memory {}", memory::peak_memory_mib());
    anyhow::ensure!(exact && replayed == 1000 && refused == 1000, "the count is not exact");
    Ok(())
}
