//! Benchmark: 50,000 queued events (500 young people, 100 each) delivered by the real relay to a
//! case record on loopback that verifies every Standard Webhooks signature and counts distinct
//! `webhook-id`s. Prints events per second, peak memory, and whether the count is exact.
//! Run with `cargo run --release -p tandem-backend --example relay_bench` (`./scripts/bench.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop loudly

#[path = "support/memory.rs"]
mod memory;
#[path = "support/state.rs"]
mod state;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use standardwebhooks::Webhook;
use tandem_backend::accounts::rate_limit::Limits;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::outbox::{NewEvent, OutboxStore};
use tandem_backend::relay::worker::{deliver_due, Relay};
use tandem_backend::storage::SqliteStore;
use tandem_domain::events::{Event, MeasureScores, ScoresPayload};
use tandem_domain::sessions::{Measure, SessionKind};
use uuid::Uuid;

const EVENTS: usize = 50_000;
const PEOPLE: usize = 500;
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

type Seen = Arc<Mutex<(HashSet<String>, usize, usize)>>;

async fn receive(State((seen, webhook)): State<(Seen, Arc<Webhook>)>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let mut seen = seen.lock().unwrap();
    if webhook.verify(&body, &headers).is_err() {
        seen.2 += 1;
        return StatusCode::UNAUTHORIZED;
    }
    seen.1 += 1;
    seen.0.insert(headers["webhook-id"].to_str().unwrap().to_owned());
    StatusCode::OK
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = SqliteStore::open(&dir.path().join("bench.sqlite3")).await?;
    let clock = SystemClock;
    let people: Vec<Uuid> = (0..PEOPLE).map(|_| Uuid::now_v7()).collect();
    let started = Instant::now();
    for chunk in (0..EVENTS).collect::<Vec<_>>().chunks(5_000) {
        let events: Vec<NewEvent> = chunk
            .iter()
            .map(|i| NewEvent {
                event: Event::SessionScores(ScoresPayload {
                    session_id: Uuid::now_v7(),
                    session_kind: SessionKind::Group,
                    programme: "Which Way".into(),
                    topic: Some("Gangs and knives".into()),
                    cohort: String::new(),
                    opened_at: clock.now().unix_timestamp(),
                    scores: vec![MeasureScores {
                        measure: Measure::Topic,
                        question: "Session topic".into(),
                        start: u8::try_from(i % 11).ok(),
                        end: u8::try_from((i + 3) % 11).ok(),
                    }],
                }),
                // No service row: an event of an unknown service relays as before (see the relay's due query).
                service_id: Uuid::nil(),
                young_person_id: Some(people[i % PEOPLE]),
                occurred_at: clock.now(),
            })
            .collect();
        store.append_events(&events).await?;
    }
    println!("queued {EVENTS} events for {PEOPLE} young people in {:.1} s", started.elapsed().as_secs_f64());

    let seen: Seen = Arc::new(Mutex::new((HashSet::new(), 0, 0)));
    let webhook = Arc::new(Webhook::new(SECRET)?);
    let app = axum::Router::new().route("/fhir", axum::routing::post(receive)).with_state((seen.clone(), webhook));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/fhir", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });

    let state = state::bench_state(&store, Arc::new(clock), dir.path(), true, Limits::default())?;
    let relay = Relay::new(&url, SECRET, Duration::from_secs(10))?;
    let started = Instant::now();
    loop {
        if deliver_due(&state, &relay).await? == 0 {
            break;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (distinct, requests, bad) = {
        let seen = seen.lock().unwrap();
        (seen.0.len(), seen.1, seen.2)
    };
    println!(
        "delivered {EVENTS} events in {elapsed:.1} s: {:.0} events/s; receiver counted {distinct} distinct ids from {requests} signed requests ({bad} bad signatures); peak memory {}",
        EVENTS as f64 / elapsed,
        memory::peak_memory_mib()
    );
    anyhow::ensure!(distinct == EVENTS && bad == 0, "the receiver did not count {EVENTS} distinct, signed events");
    Ok(())
}
