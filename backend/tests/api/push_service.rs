//! A push service on loopback that checks what a real one would: the VAPID JWT's ES256
//! signature against the `k=` key, its audience (this origin), expiry (within 24 hours) and
//! contact; TTL and Urgency (RFC 8030); `Content-Encoding: aes128gcm`; and it decrypts every
//! message with the phone's private key (RFC 8291), as the browser would. Each phone answers
//! from a script (201 when the script runs out). Used by the API tests and the push benchmark.

#![allow(dead_code)] // the benchmark uses part of it

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use base64::Engine;
use ece::crypto::EcKeyComponents;
use jwt_simple::prelude::*;

/// One message as the push service received and decrypted it.
#[derive(Debug, Clone)]
pub struct Received {
    pub phone: String,
    pub answered: u16,
    pub payload: serde_json::Value,
    pub ttl: u32,
    pub urgency: String,
    pub topic: Option<String>,
}

struct Phone {
    keys: EcKeyComponents,
    auth: Vec<u8>,
    script: VecDeque<u16>,
}

#[derive(Default)]
struct Inner {
    /// Every request that reached it, whatever it carried.
    requests: usize,
    phones: HashMap<String, Phone>,
    received: Vec<Received>,
    problems: Vec<String>,
}

#[derive(Clone)]
pub struct FakePushService {
    pub origin: String,
    inner: Arc<Mutex<Inner>>,
    /// How long it takes to answer (a slow push service).
    delay: std::time::Duration,
    /// Where a phone whose script says 307 is sent on.
    redirect_to: Arc<Mutex<Option<String>>>,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

impl FakePushService {
    pub async fn start() -> FakePushService {
        FakePushService::start_slow(std::time::Duration::ZERO).await
    }

    /// A push service that answers each message only after `delay`.
    pub async fn start_slow(delay: std::time::Duration) -> FakePushService {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let service = FakePushService { origin, inner: Arc::default(), delay, redirect_to: Arc::default() };
        let app = Router::new().route("/push/{phone}", post(receive)).with_state(service.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        service
    }

    /// A new phone: its key pair and auth secret, and the subscription JSON the browser would
    /// give (`PushSubscription.toJSON()`). `script` lists the statuses to answer, in turn.
    pub fn phone(&self, script: &[u16]) -> serde_json::Value {
        let (pair, auth) = ece::generate_keypair_and_auth_secret().unwrap();
        let id = uuid::Uuid::now_v7().simple().to_string();
        let subscription = serde_json::json!({
            "endpoint": format!("{}/push/{id}", self.origin),
            "keys": {"p256dh": b64(&pair.pub_as_raw().unwrap()), "auth": b64(&auth)},
        });
        let phone = Phone { keys: pair.raw_components().unwrap(), auth: auth.to_vec(), script: script.iter().copied().collect() };
        self.inner.lock().unwrap().phones.insert(id, phone);
        subscription
    }

    /// Phones whose script says 307 are redirected to `url`.
    pub fn redirect_to(&self, url: &str) {
        *self.redirect_to.lock().unwrap() = Some(url.to_owned());
    }

    /// How many requests reached it, answered or not.
    pub fn requests(&self) -> usize {
        self.inner.lock().unwrap().requests
    }

    pub fn received(&self) -> Vec<Received> {
        self.inner.lock().unwrap().received.clone()
    }

    /// What failed the checks; a correct server leaves this empty.
    pub fn problems(&self) -> Vec<String> {
        self.inner.lock().unwrap().problems.clone()
    }
}

/// Checks the VAPID `Authorization` header; answers what is wrong, if anything.
fn check_vapid(headers: &HeaderMap, origin: &str) -> Result<(), String> {
    let header = headers.get("authorization").and_then(|v| v.to_str().ok()).ok_or("no Authorization")?;
    let rest = header.strip_prefix("vapid ").ok_or("Authorization is not vapid")?;
    // Strict auth-param parsers refuse whitespace inside the list; RFC 8292 allows its absence.
    if rest.contains(char::is_whitespace) {
        return Err(format!("whitespace inside the VAPID params: {header}"));
    }
    let mut token = None;
    let mut key = None;
    for part in rest.split(',').map(str::trim) {
        if let Some(t) = part.strip_prefix("t=") {
            token = Some(t);
        } else if let Some(k) = part.strip_prefix("k=") {
            key = Some(k);
        }
    }
    let (token, key) = (token.ok_or("no t=")?, key.ok_or("no k=")?);
    let key = ES256PublicKey::from_bytes(&unb64(key).ok_or("k= is not base64url")?).map_err(|e| format!("k= is not a P-256 key: {e}"))?;
    let options = VerificationOptions { allowed_audiences: Some(HashSet::from([origin.to_owned()])), ..Default::default() };
    let claims = key.verify_token::<NoCustomClaims>(token, Some(options)).map_err(|e| format!("JWT: {e}"))?;
    let expires = claims.expires_at.ok_or("no exp")?;
    if expires > Clock::now_since_epoch() + Duration::from_hours(24) {
        return Err("exp more than 24 hours ahead".into());
    }
    let subject = claims.subject.ok_or("no sub")?;
    if !(subject.starts_with("mailto:") || subject.starts_with("https://")) {
        return Err(format!("sub {subject} is not a contact"));
    }
    Ok(())
}

async fn receive(State(service): State<FakePushService>, Path(phone): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
    service.inner.lock().unwrap().requests += 1;
    tokio::time::sleep(service.delay).await;
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let mut problems = Vec::new();
    if let Err(problem) = check_vapid(&headers, &service.origin) {
        problems.push(problem);
    }
    let ttl = header("ttl").and_then(|ttl| ttl.parse::<u32>().ok());
    if ttl.is_none() {
        problems.push("no TTL".into());
    }
    let urgency = header("urgency").unwrap_or_else(|| "normal".into());
    if !["very-low", "low", "normal", "high"].contains(&urgency.as_str()) {
        problems.push(format!("Urgency {urgency}"));
    }
    let topic = header("topic");
    if topic.as_ref().is_some_and(|t| t.len() > 32 || !t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')) {
        problems.push("Topic is not 32 base64url characters at most".into());
    }
    if header("content-encoding").as_deref() != Some("aes128gcm") {
        problems.push("Content-Encoding is not aes128gcm".into());
    }
    let mut inner = service.inner.lock().unwrap();
    let Some(target) = inner.phones.get_mut(&phone) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let payload = match ece::decrypt(&target.keys, &target.auth, &body) {
        Ok(plain) => serde_json::from_slice(&plain).unwrap_or(serde_json::Value::Null),
        Err(err) => {
            problems.push(format!("could not decrypt: {err}"));
            serde_json::Value::Null
        }
    };
    if !problems.is_empty() {
        inner.problems.extend(problems);
        return StatusCode::BAD_REQUEST.into_response();
    }
    let answered = target.script.pop_front().unwrap_or(201);
    inner.received.push(Received { phone, answered, payload, ttl: ttl.unwrap_or(0), urgency, topic });
    let status = StatusCode::from_u16(answered).unwrap();
    match service.redirect_to.lock().unwrap().clone().filter(|_| status.is_redirection()) {
        Some(location) => (status, [(axum::http::header::LOCATION, location)]).into_response(),
        None => status.into_response(),
    }
}
