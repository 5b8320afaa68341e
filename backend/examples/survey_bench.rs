//! Benchmark: 10,000 stored responses to a survey (the "After the programme" template: three
//! 0-10 scales and two free-text questions), each written through the real store path (checks,
//! the once-only list, the response, its outbox event, one transaction each); then, through the
//! real HTTP server, the time to build the results page's data, the CSV export and the FHIR
//! export. Then the stored responses are copied in SQL to 100,000, and the release server binary
//! on the same database exports them, read as they arrive, with its peak memory against its own
//! memory before the exports.
//! Prints figures; run with `cargo run --release -p tandem-backend --example survey_bench`
//! (`./scripts/bench.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop loudly

#[path = "support/memory.rs"]
mod memory;
#[path = "support/state.rs"]
mod state;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tandem_backend::accounts::rate_limit::Limits;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::demo::{DemoService, DemoStore};
use tandem_backend::operations::OperationKey;
use tandem_backend::storage::SqliteStore;
use tandem_backend::surveys::{Respondent, SurveyStore, RESPOND_KIND};
use tandem_domain::accounts::Role;
use tandem_domain::surveys::api::{Reach, ResponseRequest, SurveyRequest, SurveySaved};
use tandem_domain::surveys::{templates, Answer, Answers, QuestionKind};
use tandem_domain::sync::OperationId;
use uuid::Uuid;

const RESPONSES: usize = 10_000;
const EXPORTED: usize = 100_000;
const WORDS: [&str; 5] =
    ["the group sessions", "my worker listening", "football on Fridays", "talking about choices", "being treated fairly"];

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = SqliteStore::open(&dir.path().join("tandem.sqlite3")).await?;
    let clock = SystemClock;
    let demo = DemoService::generate()?;
    store.seed_demo_if_empty(&demo, clock.now()).await?;
    let officer = state::demo_officer(&store).await?;
    let service_id = officer.service_id;

    // 10,000 young people of the service.
    let people: Vec<Uuid> = (0..RESPONSES).map(|_| Uuid::now_v7()).collect();
    let writer = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect(&format!("sqlite://{}", dir.path().join("tandem.sqlite3").display()))
        .await?;
    let mut tx = writer.begin().await?;
    for (i, person) in people.iter().enumerate() {
        sqlx::query("INSERT INTO people (id, service_id, role, display_name, created_at) VALUES (?, ?, 'young_person', ?, 0)")
            .bind(person.to_string())
            .bind(service_id.to_string())
            .bind(format!("Young person {i}"))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    writer.close().await;

    let draft = templates().into_iter().find(|t| t.title == "After the programme").expect("the template");
    let today = tandem_domain::appointments::to_london(clock.now()).date();
    let request = SurveyRequest { survey: draft.clone(), reach: Reach::Service, opens_on: today.to_string(), closes_on: today.to_string() };
    let key = OperationKey::new(OperationId::new_v7(), tandem_backend::surveys::CREATE_KIND, &request);
    let saved: SurveySaved = serde_json::from_value(store.create_survey(key, &officer, &request, clock.now()).await?.body)?;
    store.publish_survey(service_id, saved.id, clock.now()).await?;

    let sealer = Arc::new(tandem_backend::secret::Sealer::random());
    let started = Instant::now();
    for (i, person) in people.iter().enumerate() {
        let mut answers = Answers::new();
        for (q, question) in draft.questions.iter().enumerate() {
            let answer = match question.kind {
                QuestionKind::Scale => Answer::Number(u8::try_from((i * 7 + q * 3) % 11).unwrap()),
                _ if !question.required && (i + q) % 3 == 0 => continue,
                _ => Answer::Text(format!("{} helped, and {}", WORDS[i % 5], WORDS[(i + q) % 5])),
            };
            answers.insert(question.id.clone(), answer);
        }
        let response = ResponseRequest { version: saved.version, answers };
        let key = OperationKey::secret(&sealer, OperationId::new_v7(), RESPOND_KIND, &(saved.id, &response));
        let respondent =
            Respondent { person_id: *person, service_id, role: Role::YoungPerson, language: tandem_domain::language::Language::English };
        let answer = store.respond(key, respondent, saved.id, response, today, clock.now()).await?;
        anyhow::ensure!(answer.status == 201, "response {i} refused: {}", answer.body);
    }
    let stored = started.elapsed().as_secs_f64();
    println!(
        "stored {RESPONSES} responses through the store in {stored:.1} s ({:.0} per second, one transaction each with its outbox event)",
        RESPONSES as f64 / stored
    );

    let state = state::bench_state(&store, Arc::new(clock), dir.path(), false, Limits::default())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(tandem_backend::run(listener, state, std::future::pending()));
    let client = reqwest::Client::new();
    let cookie = state::officer_cookie(&client, &base, &demo).await?;

    let timed = |path: String| {
        let (client, cookie) = (client.clone(), cookie.clone());
        async move {
            let mut times = Vec::new();
            let mut bytes = 0;
            for _ in 0..5 {
                let started = Instant::now();
                bytes = download(&client, &path, &cookie).await?;
                times.push(started.elapsed());
            }
            Ok::<_, anyhow::Error>((median(times), bytes))
        }
    };
    let id = saved.id;
    let (results, results_bytes) = timed(format!("{base}/api/v1/surveys/{id}/results")).await?;
    let (csv, csv_bytes) = timed(format!("{base}/api/v1/surveys/{id}/responses.csv")).await?;
    let (fhir, fhir_bytes) = timed(format!("{base}/api/v1/surveys/{id}/fhir")).await?;
    let check: serde_json::Value =
        client.get(format!("{base}/api/v1/surveys/{id}/results")).header("cookie", &cookie).send().await?.json().await?;
    anyhow::ensure!(check["responses"] == RESPONSES, "the results count {} responses", check["responses"]);
    println!(
        "results page data for {RESPONSES} responses: median {:.0} ms of 5 ({:.1} MB of JSON, uncompressed)",
        results.as_secs_f64() * 1000.0,
        results_bytes as f64 / 1e6
    );
    println!("CSV export of {RESPONSES} responses: median {:.0} ms of 5 ({:.1} MB)", csv.as_secs_f64() * 1000.0, csv_bytes as f64 / 1e6);
    println!(
        "FHIR export (Questionnaire + {RESPONSES} QuestionnaireResponses): median {:.0} ms of 5 ({:.1} MB)",
        fhir.as_secs_f64() * 1000.0,
        fhir_bytes as f64 / 1e6
    );
    println!("peak memory {}", memory::peak_memory_mib());

    // 100,000 responses, exported by the real server binary on this database: its peak memory
    // is the server's alone, against its own memory before the exports as the floor.
    copy_responses(&dir.path().join("tandem.sqlite3"), id, EXPORTED - RESPONSES).await?;
    let server = Server::start(dir.path()).await?;
    let cookie = state::officer_cookie(&client, &server.base, &demo).await?;
    let before = server.memory_kib("VmRSS")?;
    for export in ["responses.csv", "fhir"] {
        let path = format!("{}/api/v1/surveys/{id}/{export}", server.base);
        let started = Instant::now();
        let bytes = download(&client, &path, &cookie).await?;
        println!(
            "{export} export of {EXPORTED} responses by the server binary: {:.1} s ({:.1} MB)",
            started.elapsed().as_secs_f64(),
            bytes as f64 / 1e6
        );
    }
    println!(
        "server memory: {:.0} MiB before the exports (the floor), peak {:.0} MiB over both exports of {EXPORTED} responses",
        before as f64 / 1024.0,
        server.memory_kib("VmHWM")? as f64 / 1024.0
    );
    Ok(())
}

/// GETs `path` and reads the answer as it arrives, as a browser saving a download does (the
/// client holds no copy); answers how many bytes came.
async fn download(client: &reqwest::Client, path: &str, cookie: &str) -> anyhow::Result<usize> {
    let mut response = client.get(path).header("cookie", cookie).send().await?;
    anyhow::ensure!(response.status().is_success(), "{path}: {}", response.status());
    let mut bytes = 0;
    while let Some(chunk) = response.chunk().await? {
        bytes += chunk.len();
    }
    Ok(bytes)
}

/// Copies the survey's stored responses, with new ids, until `more` were added, in one
/// transaction: the exports read them as the store wrote them.
async fn copy_responses(database: &std::path::Path, survey_id: Uuid, more: usize) -> anyhow::Result<()> {
    let writer = sqlx::sqlite::SqlitePoolOptions::new().max_connections(1).connect(&format!("sqlite://{}", database.display())).await?;
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM survey_responses WHERE survey_id = ?").bind(survey_id.to_string()).fetch_all(&writer).await?;
    let mut tx = writer.begin().await?;
    for id in ids.iter().cycle().take(more) {
        sqlx::query(
            "INSERT INTO survey_responses (id, survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at)
             SELECT ?, survey_id, version, person_id, answered_as, programme_id, answers, answered_on, answered_at
             FROM survey_responses WHERE id = ?",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    writer.close().await;
    Ok(())
}

/// The release server binary (`TANDEM_BIN`, as `./scripts/bench.sh` builds it) on the benchmark's
/// data folder, on a free loopback port; stopped when dropped.
struct Server {
    child: std::process::Child,
    base: String,
}

impl Server {
    async fn start(data_dir: &std::path::Path) -> anyhow::Result<Server> {
        let binary =
            std::env::var("TANDEM_BIN").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/tandem").to_owned());
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = std::process::Command::new(&binary)
            .env("TANDEM_ADDR", format!("127.0.0.1:{port}"))
            .env("TANDEM_DATA_DIR", data_dir)
            .env("TANDEM_STATIC_DIR", data_dir.join("no-app"))
            .env("TANDEM_SEED_DEMO", "false")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|err| anyhow::anyhow!("{binary}: {err} (build it with cargo build --release -p tandem-backend --bin tandem)"))?;
        let server = Server { child, base: format!("http://127.0.0.1:{port}") };
        for _ in 0..100 {
            if reqwest::get(format!("{}/api/v1/health", server.base)).await.is_ok_and(|r| r.status().is_success()) {
                return Ok(server);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        anyhow::bail!("the server binary did not answer /api/v1/health")
    }

    /// A memory figure of the server process from /proc (`VmRSS` now, `VmHWM` its peak), in KiB.
    fn memory_kib(&self, field: &str) -> anyhow::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let line = status.lines().find(|line| line.starts_with(field)).ok_or_else(|| anyhow::anyhow!("no {field}"))?;
        Ok(line.split_whitespace().nth(1).unwrap_or("0").parse()?)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
