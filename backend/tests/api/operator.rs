//! The operator's commands, run as the built binary is run: `tandem service create`,
//! `tandem backup` beside a serving `tandem`, and `tandem check`. They read the SQLite file in
//! the data folder, so they run once, on SQLite (the PostgreSQL pass returns at once).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::json;
use sqlx::Connection;
use tokio::io::AsyncBufReadExt;

use crate::helpers::on_postgres;

/// The built `tandem` with nothing of the caller's environment but `env` and the data folder.
fn tandem(data: &Path, env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tandem"));
    command.env_clear().env("TANDEM_DATA_DIR", data).env("TANDEM_LOG", "warn").env("RUST_BACKTRACE", "0");
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

fn run(data: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    tandem(data, env).args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `tandem serve` on a free port; answers the child and its address once it says where it is.
async fn serve(data: &Path, env: &[(&str, &str)]) -> (tokio::process::Child, String) {
    let mut command = tokio::process::Command::from(tandem(data, env));
    let mut child = command.arg("serve").env("TANDEM_ADDR", "127.0.0.1:0").stdout(Stdio::piped()).kill_on_drop(true).spawn().unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let address = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(rest) = line.strip_prefix("Tandem is running at ") {
                return rest.trim_end_matches('/').to_owned();
            }
        }
        panic!("tandem stopped before it served");
    })
    .await
    .unwrap();
    // Whatever else it prints is read, so it never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, address)
}

#[tokio::test]
async fn a_service_made_by_the_command_has_an_admin_who_sets_a_password_once_from_its_link() {
    if on_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let env = [("TANDEM_PUBLIC_URL", "https://tandem.riverside.example/")];
    let made = run(
        &data,
        &env,
        &["service", "create", "--name", "Riverside Youth Justice", "--admin-email", "lead@riverside.example", "--admin-name", "Lee Lead"],
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    let said = text(&made.stdout);
    let link = said
        .lines()
        .find(|line| line.starts_with("https://tandem.riverside.example/set-password?token="))
        .unwrap_or_else(|| panic!("{said}"));
    let token = link.rsplit('=').next().unwrap().to_owned();
    assert!(!said.to_lowercase().contains("password:"), "no password is printed: {said}");
    assert!(said.contains("must add a passkey at https://tandem.riverside.example"), "{said}");
    assert!(!data.join("demo-logins.txt").exists());
    // The same email again is refused in words, and makes nothing.
    let again = run(&data, &env, &["service", "create", "--name", "Elsewhere", "--admin-email", "lead@riverside.example"]);
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("already has an account"), "{}", text(&again.stderr));
    // A trial reached at no https address: nobody is asked for a passkey.
    let trial =
        run(&data, &[], &["service", "create", "--name", "Trial", "--admin-email", "trial@riverside.example", "--without-passkeys"]);
    assert!(trial.status.success(), "{}", text(&trial.stderr));
    assert!(text(&trial.stdout).contains("not asked for a passkey"), "{}", text(&trial.stdout));

    let (_server, address) = serve(&data, &[]).await;
    let client = reqwest::Client::new();
    let set = |password: &'static str| {
        client.post(format!("{address}/api/v1/auth/set-password")).json(&json!({"token": token, "password": password})).send()
    };
    assert_eq!(set("a long enough passphrase").await.unwrap().status().as_u16(), 204);
    let twice = set("another long passphrase").await.unwrap();
    assert_eq!(twice.status().as_u16(), 410, "the link works once");
    let signed_in = client
        .post(format!("{address}/api/v1/auth/sign-in"))
        .json(&json!({"email": "lead@riverside.example", "password": "a long enough passphrase"}))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status().as_u16(), 200);
    let me: serde_json::Value = signed_in.json().await.unwrap();
    assert_eq!(
        (me["role"].as_str(), me["service_name"].as_str(), me["display_name"].as_str()),
        (Some("admin"), Some("Riverside Youth Justice"), Some("Lee Lead"))
    );
    assert_eq!(me["demo"], false, "a real service is not called a demo");
    assert_eq!(me["session"]["passkey_step"], "add", "a real service's admin adds a passkey before anything else");

    let mut db = sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=ro", data.join("tandem.sqlite3").display())).await.unwrap();
    let services: Vec<(String, i64)> =
        sqlx::query_as("SELECT name, passkeys_required FROM services ORDER BY created_at, name").fetch_all(&mut db).await.unwrap();
    assert_eq!(services, [("Riverside Youth Justice".to_owned(), 1), ("Trial".to_owned(), 0)], "no demo unless asked");
    let audited: Vec<(Option<String>, String)> = sqlx::query_as("SELECT actor_id, action FROM audit_log").fetch_all(&mut db).await.unwrap();
    assert_eq!(audited, [(None, "service.create".to_owned()), (None, "service.create".to_owned())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_people_write_opens_and_holds_every_write_acknowledged_before_it() {
    if on_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // Each write comes as if from its own phone through a proxy: anonymous feedback is limited
    // per address, and this test writes faster than any one phone would.
    let (_server, address) = serve(&data, &[("TANDEM_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (acknowledged, stop, address) = (acknowledged.clone(), stop.clone(), address.clone());
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                n += 1;
                let comment = format!("write {n}");
                let sent = client
                    .post(format!("{address}/api/v1/app-feedback"))
                    .header("Idempotency-Key", tandem_domain::sync::OperationId::new_v7().to_string())
                    .header("x-forwarded-for", format!("198.51.{}.{}", n / 250, n % 250 + 1))
                    .json(&json!({"score": 7, "comment": comment}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(sent.status().as_u16(), 201);
                acknowledged.lock().unwrap().push(comment);
            }
        })
    };
    while acknowledged.lock().unwrap().len() < 50 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let before: Vec<String> = acknowledged.lock().unwrap().clone();
    let copy = dir.path().join("copy.sqlite3");
    let backup = {
        let (data, copy) = (data.clone(), copy.clone());
        tokio::task::spawn_blocking(move || run(&data, &[], &["backup", "--to", copy.to_str().unwrap()])).await.unwrap()
    };
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    writer.await.unwrap();
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let during = acknowledged.lock().unwrap().len() - before.len();
    assert!(during > 0, "writes went on while the copy was made");

    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    let mut opened = sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=ro", copy.display())).await.unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut opened).await.unwrap();
    assert_eq!(check, "ok");
    let kept: std::collections::HashSet<String> =
        sqlx::query_scalar("SELECT comment FROM app_feedback").fetch_all(&mut opened).await.unwrap().into_iter().collect();
    let lost: Vec<_> = before.iter().filter(|comment| !kept.contains(*comment)).collect();
    assert!(lost.is_empty(), "acknowledged before the backup but not in it: {lost:?}");

    let over = run(&data, &[], &["backup", "--to", copy.to_str().unwrap()]);
    assert!(!over.status.success(), "an existing file is never overwritten");
    let on_postgres = run(&data, &[("TANDEM_DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")], &["backup", "--to", "x"]);
    assert!(text(&on_postgres.stderr).contains("pg_dump"), "{}", text(&on_postgres.stderr));
}

#[test]
fn check_names_each_insecure_setting_and_passes_a_safe_one() {
    if on_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let risky = run(&data, &[("TANDEM_SEED_DEMO", "true"), ("TANDEM_PUSH_ALLOW_LOOPBACK", "true")], &["check"]);
    assert_eq!(risky.status.code(), Some(1));
    let said = text(&risky.stdout);
    for named in ["TANDEM_SECURE_COOKIES", "TANDEM_SEED_DEMO", "TANDEM_PUSH_ALLOW_LOOPBACK", "TANDEM_PUBLIC_URL", "TANDEM_VAPID_SUBJECT"] {
        assert!(said.lines().any(|line| line.starts_with("INSECURE") && line.contains(named)), "{named}: {said}");
    }
    let safe = [
        ("TANDEM_SECURE_COOKIES", "true"),
        ("TANDEM_PUBLIC_URL", "https://tandem.riverside.example"),
        ("TANDEM_VAPID_SUBJECT", "mailto:ops@riverside.example"),
    ];
    let fine = run(&data, &safe, &["check"]);
    assert_eq!(fine.status.code(), Some(0), "{}", text(&fine.stdout));
    assert!(text(&fine.stdout).contains("Nothing insecure found."));
}

/// CPU time the process has used so far, in clock ticks (user and system, from /proc).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    // After the name: state is field 3, utime field 14 and stime field 15 (proc(5)).
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// A set-password link is checked before any password is hashed: 50 made-up links sent at once
/// cost the server less work than 10 argon2 hashes (10 sign-ins of unknown emails, each hashed
/// so that they take as long as a wrong password), measured as the server process's CPU time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_made_up_password_links_at_once_hash_nothing() {
    if on_postgres() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (server, address) = serve(&dir.path().join("data"), &[]).await;
    let pid = server.id().unwrap();
    let client = reqwest::Client::new();

    let before = cpu_ticks(pid);
    let guesses = (0..50).map(|n| {
        client
            .post(format!("{address}/api/v1/auth/set-password"))
            .json(&json!({"token": format!("made-up-{n}"), "password": "a long enough passphrase"}))
            .send()
    });
    for answer in futures::future::join_all(guesses).await {
        assert_eq!(answer.unwrap().status().as_u16(), 410);
    }
    let made_up = cpu_ticks(pid) - before;

    let before = cpu_ticks(pid);
    for n in 0..10 {
        let answer = client
            .post(format!("{address}/api/v1/auth/sign-in"))
            .json(&json!({"email": format!("nobody{n}@example.org"), "password": "a long enough passphrase"}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), 401);
    }
    let ten_hashes = cpu_ticks(pid) - before;
    assert!(made_up < ten_hashes, "50 made-up links took {made_up} ticks of CPU, 10 hashes {ten_hashes}");
}
