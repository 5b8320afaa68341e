//! Benchmark: one reminder sent to 10,000 phones. The subscriptions arrive through the real
//! HTTP API; the scheduler (the same `tick` the server runs) encrypts each message for its phone
//! (RFC 8291), signs it with the VAPID JWT for that push service (RFC 8292) and posts it to a push service on loopback that
//! verifies the signature and decrypts every message, as the API tests' one does (it is the same
//! code). Prints messages per second, peak memory, and whether every phone got exactly one.
//! Run with `cargo run --release -p tandem-backend --example push_bench` (`./scripts/bench.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop loudly

#[path = "support/memory.rs"]
mod memory;
#[path = "../tests/api/push_service.rs"]
mod push_service;
#[path = "support/state.rs"]
mod state;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use tandem_backend::accounts::rate_limit::{Limit, Limits};
use tandem_backend::clock::ManualClock;
use tandem_backend::demo::{DemoService, DemoStore};
use tandem_backend::reminders::tick;
use tandem_backend::storage::SqliteStore;
use time::macros::datetime;

const PHONES: usize = 10_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = SqliteStore::open(&dir.path().join("bench.sqlite3")).await?;
    // The demo's appointment tomorrow at 4pm has its evening-before reminder at 18:00 today.
    let clock = ManualClock::at(datetime!(2026-11-22 10:00 UTC));
    let demo = DemoService::generate()?;
    store.seed_demo_if_empty(&demo, datetime!(2026-11-22 10:00 UTC)).await?;
    let many = Limit { attempts: 1_000_000, window: time::Duration::minutes(1) };
    let state = state::bench_state(
        &store,
        Arc::new(clock.clone()),
        dir.path(),
        false,
        Limits { sign_in_by_address: many, sign_in_by_email: many, redeem_by_address: many, pin_by_address: many, join_by_address: many },
    )?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let api = format!("http://{}", listener.local_addr()?);
    tokio::spawn(tandem_backend::run(listener, state.clone(), std::future::pending()));

    // Jay joins on one phone, which then registers 10,000 push endpoints (as 10,000 phones would).
    let client = reqwest::Client::new();
    let young_person = demo.people.iter().find(|p| p.role == tandem_domain::accounts::Role::YoungPerson).unwrap();
    let code = young_person.invite.as_ref().unwrap().0.display_grouped();
    let joined = client
        .post(format!("{api}/api/v1/invites/redeem"))
        .json(&serde_json::json!({"code": code, "device_label": "bench"}))
        .send()
        .await?;
    let cookie = joined.headers()["set-cookie"].to_str()?.split(';').next().unwrap().to_owned();
    client.post(format!("{api}/api/v1/device/pin")).header("cookie", &cookie).json(&serde_json::json!({"pin": "1357"})).send().await?;
    let push = push_service::FakePushService::start().await;
    let started = Instant::now();
    for _ in 0..PHONES {
        let response =
            client.post(format!("{api}/api/v1/push/subscriptions")).header("cookie", &cookie).json(&push.phone(&[])).send().await?;
        assert_eq!(response.status().as_u16(), 201);
    }
    println!("{PHONES} subscriptions sent through the API in {:.1} s", started.elapsed().as_secs_f64());

    clock.advance(time::Duration::hours(8));
    let started = Instant::now();
    let mut sent = 0;
    loop {
        let report = tick(&state, "bench").await?;
        sent += report.messages_sent;
        if report.messages_sent + report.messages_retrying + report.messages_failed + report.messages_gone == 0 {
            break;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let received = push.received();
    let phones: HashSet<&str> = received.iter().map(|m| m.phone.as_str()).collect();
    println!(
        "sent {sent} reminders in {seconds:.1} s: {:.0} messages/s (each encrypted for its phone and posted, one VAPID JWT per push service; the push service verifies and decrypts each, on the same 2 cores)",
        sent as f64 / seconds
    );
    println!("peak memory (server, scheduler and push service in one process): {}", memory::peak_memory_mib());
    let exact = received.len() == PHONES && phones.len() == PHONES && push.problems().is_empty();
    println!(
        "the push service verified and decrypted {} messages for {} distinct phones, {} problems: {}",
        received.len(),
        phones.len(),
        push.problems().len(),
        if exact { "each phone exactly once" } else { "NOT EXACT" }
    );
    anyhow::ensure!(exact, "every phone must get the reminder exactly once");
    Ok(())
}
