//! Benchmark: one reminder sent to 10,000 phones. The subscriptions are saved by the real store,
//! five for each of 2,000 sign-ins (the most one keeps); the scheduler (the same `run` loop as the server's) encrypts each message for its phone
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
use tandem_backend::accounts::{AccountStore, NewSession};
use tandem_backend::clock::ManualClock;
use tandem_backend::demo::{DemoService, DemoStore};
use tandem_backend::push::PushStore;
use tandem_backend::storage::SqliteStore;
use tandem_domain::accounts::api::SessionKind;
use tandem_domain::appointments::PushSubscriptionRequest;
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
    let state = state::bench_state(&store, Arc::new(clock.clone()), dir.path(), false, Limits::all(many))?;
    // 10,000 phones: 2,000 sign-ins of Jay's (made in the store, without hashing a PIN for
    // each), each keeping the 5 push subscriptions one sign-in may have, saved by the real store.
    let jay: String = sqlx::query_scalar("SELECT id FROM people WHERE role = 'young_person' AND display_name = 'Jay'")
        .fetch_one(store.reader_pool())
        .await?;
    let jay: uuid::Uuid = jay.parse()?;
    let push = push_service::FakePushService::start().await;
    let now = datetime!(2026-11-22 10:00 UTC);
    let per_sign_in = usize::try_from(tandem_backend::push::SUBSCRIPTIONS_PER_SIGN_IN)?;
    let started = Instant::now();
    for _ in 0..PHONES / per_sign_in {
        let session = store
            .create_session(NewSession {
                token_hash: uuid::Uuid::now_v7().simple().to_string(),
                person_id: jay,
                kind: SessionKind::Device,
                device_label: "bench".into(),
                now,
                expires_at: now + time::Duration::days(30),
                awaiting_passkey: false,
            })
            .await?;
        for _ in 0..per_sign_in {
            let phone: PushSubscriptionRequest = serde_json::from_value(push.phone(&[]))?;
            store.save_subscription(jay, session, &phone.parse(true).unwrap(), now).await?;
        }
    }
    println!(
        "{PHONES} subscriptions saved ({per_sign_in} for each of {} sign-ins) in {:.1} s",
        PHONES / per_sign_in,
        started.elapsed().as_secs_f64()
    );

    clock.advance(time::Duration::hours(8));
    // The scheduler as the server runs it: turns that fill each push service's lane, and lanes
    // that send on between turns. Done when every message's outcome is written.
    let started = Instant::now();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let scheduler = tokio::spawn(tandem_backend::reminders::run(state.clone(), async move {
        let _ = stopped.await;
    }));
    let sent = loop {
        let settled: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM push_messages WHERE state <> 'queued'").fetch_one(store.reader_pool()).await?;
        if usize::try_from(settled)? >= PHONES {
            break sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM push_messages WHERE state = 'sent'")
                .fetch_one(store.reader_pool())
                .await?;
        }
        anyhow::ensure!(started.elapsed() < std::time::Duration::from_secs(600), "the reminders were not all sent in 10 minutes");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    let _ = stop.send(());
    scheduler.await?;
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
