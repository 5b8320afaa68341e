//! Passkeys for staff, end to end through the API with a software authenticator: a P-256 key
//! that answers each challenge as a platform authenticator does (attestation "none", user
//! verified), signed and encoded as the WebAuthn spec says, checked by the server's webauthn-rs.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{DerSignature, SigningKey};
use serde_cbor_2::Value as Cbor;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tandem_domain::accounts::Role;

use crate::helpers::{assert_error, rows, spawn_app, Session, TestApp, PASSKEY_ORIGIN};

/// A passkey as an authenticator holds it.
struct SoftPasskey {
    key: SigningKey,
    credential_id: Vec<u8>,
    user_handle: Vec<u8>,
    counter: u32,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &Value) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(text.as_str().unwrap()).unwrap()
}

fn cbor(value: &Cbor) -> Vec<u8> {
    serde_cbor_2::to_vec(value).unwrap()
}

fn client_data(kind: &str, challenge: &Value) -> Vec<u8> {
    json!({"type": kind, "challenge": challenge, "origin": PASSKEY_ORIGIN, "crossOrigin": false}).to_string().into_bytes()
}

impl SoftPasskey {
    /// Makes a passkey for the registration `started` (the server's `PasskeyRegistration`), and
    /// the credential the browser would send back.
    fn register(started: &Value) -> (SoftPasskey, Value) {
        let options = &started["options"]["publicKey"];
        let key = SigningKey::random(&mut rand::rngs::OsRng);
        let credential_id: Vec<u8> = (0..16).map(|_| rand::random::<u8>()).collect();
        let point = key.verifying_key().to_encoded_point(false);
        let cose = Cbor::Map(
            [
                (Cbor::Integer(1), Cbor::Integer(2)),  // kty: EC2
                (Cbor::Integer(3), Cbor::Integer(-7)), // alg: ES256
                (Cbor::Integer(-1), Cbor::Integer(1)), // crv: P-256
                (Cbor::Integer(-2), Cbor::Bytes(point.x().unwrap().to_vec())),
                (Cbor::Integer(-3), Cbor::Bytes(point.y().unwrap().to_vec())),
            ]
            .into_iter()
            .collect(),
        );
        let mut auth_data = Sha256::digest(options["rp"]["id"].as_str().unwrap()).to_vec();
        auth_data.push(0x45); // user present, user verified, attested credential data
        auth_data.extend(0u32.to_be_bytes());
        auth_data.extend([0u8; 16]); // AAGUID
        auth_data.extend(u16::try_from(credential_id.len()).unwrap().to_be_bytes());
        auth_data.extend(&credential_id);
        auth_data.extend(cbor(&cose));
        let attestation = Cbor::Map(
            [
                (Cbor::Text("fmt".into()), Cbor::Text("none".into())),
                (Cbor::Text("attStmt".into()), Cbor::Map(Default::default())),
                (Cbor::Text("authData".into()), Cbor::Bytes(auth_data)),
            ]
            .into_iter()
            .collect(),
        );
        let credential = json!({
            "id": b64(&credential_id),
            "rawId": b64(&credential_id),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&cbor(&attestation)),
                "clientDataJSON": b64(&client_data("webauthn.create", &options["challenge"])),
            },
            "extensions": {},
        });
        let user_handle = unb64(&options["user"]["id"]);
        (SoftPasskey { key, credential_id, user_handle, counter: 0 }, credential)
    }

    /// Answers the sign-in `challenge` (the server's `PasskeyChallenge`).
    fn answer(&mut self, challenge: &Value) -> Value {
        let options = &challenge["options"]["publicKey"];
        self.counter += 1;
        let mut auth_data = Sha256::digest(options["rpId"].as_str().unwrap()).to_vec();
        auth_data.push(0x05); // user present, user verified
        auth_data.extend(self.counter.to_be_bytes());
        let client_data = client_data("webauthn.get", &options["challenge"]);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: DerSignature = self.key.sign(&signed);
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(&client_data),
                "signature": b64(signature.as_bytes()),
                "userHandle": b64(&self.user_handle),
            },
            "extensions": {},
        })
    }
}

/// Adds a passkey named `name` to the account signed in as `session`.
async fn add_passkey(app: &TestApp, session: &Session, name: &str) -> (SoftPasskey, Value) {
    let started = session.post(app, "/api/v1/passkeys/registration", json!({})).await;
    assert_eq!(started.status().as_u16(), 200);
    let started: Value = started.json().await.unwrap();
    let (passkey, credential) = SoftPasskey::register(&started);
    let added =
        session.post(app, "/api/v1/passkeys", json!({"ceremony_id": started["ceremony_id"], "name": name, "credential": credential})).await;
    assert_eq!(added.status().as_u16(), 201);
    (passkey, added.json().await.unwrap())
}

/// A challenge, asked for by `session`'s browser or by one signed in as nobody.
async fn challenge(app: &TestApp, session: Option<&Session>) -> Value {
    let mut request = app.client.post(app.url("/api/v1/auth/passkey/challenge"));
    if let Some(session) = session {
        request = request.header("cookie", &session.cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap()
}

async fn give(app: &TestApp, session: Option<&Session>, challenge: &Value, credential: Value) -> reqwest::Response {
    let mut request =
        app.client.post(app.url("/api/v1/auth/passkey")).json(&json!({"ceremony_id": challenge["ceremony_id"], "credential": credential}));
    if let Some(session) = session {
        request = request.header("cookie", &session.cookie);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn a_passkey_signs_a_worker_in_alone_or_after_their_password_once_per_challenge() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (mut passkey, added) = add_passkey(&app, &worker, "Work phone").await;
    assert_eq!(added["name"], "Work phone");
    let listed = worker.json(&app, "/api/v1/passkeys").await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(listed[0]["last_used_at"].is_null());

    // Alone: no email, no password; the browser's passkey says whose it is.
    let asked = challenge(&app, None).await;
    assert!(asked["options"]["publicKey"]["allowCredentials"].as_array().is_none_or(|allowed| allowed.is_empty()));
    let answer = passkey.answer(&asked);
    let signed_in = give(&app, None, &asked, answer.clone()).await;
    assert_eq!(signed_in.status().as_u16(), 200);
    let by_passkey = Session::from_response(&signed_in);
    let me: Value = signed_in.json().await.unwrap();
    assert_eq!((me["role"].as_str(), me["session"]["passkey_step"].as_str()), (Some("worker"), Some("done")));
    assert_eq!(by_passkey.get(&app, "/api/v1/young-people").await.status().as_u16(), 200);
    // The same answer again: its challenge was used up.
    assert_error(give(&app, None, &asked, answer).await, 410, "passkey_timed_out").await;

    // The password alone now opens nothing but `me`: the passkey comes next.
    let waiting = app.sign_in(Role::Worker).await;
    assert_eq!(waiting.json(&app, "/api/v1/me").await["session"]["passkey_step"], "confirm");
    assert_error(waiting.get(&app, "/api/v1/young-people").await, 401, "passkey_required").await;
    assert_error(waiting.post(&app, "/api/v1/passkeys/registration", json!({})).await, 401, "passkey_required").await;
    let asked = challenge(&app, Some(&waiting)).await;
    let allowed = asked["options"]["publicKey"]["allowCredentials"].as_array().unwrap().clone();
    assert_eq!(allowed.len(), 1, "the account's own passkey");
    // Another key with the same credential id is refused.
    let mut impostor = SoftPasskey { key: p256::ecdsa::SigningKey::random(&mut rand::rngs::OsRng), ..passkey_copy(&passkey) };
    assert_error(give(&app, Some(&waiting), &asked, impostor.answer(&asked)).await, 401, "passkey_not_accepted").await;
    let asked = challenge(&app, Some(&waiting)).await;
    let confirmed = give(&app, Some(&waiting), &asked, passkey.answer(&asked)).await;
    assert_eq!(confirmed.status().as_u16(), 200);
    let signed_in = Session::from_response(&confirmed);
    assert_ne!(signed_in.cookie, waiting.cookie, "a new session, not the waiting one raised");
    assert_eq!(signed_in.get(&app, "/api/v1/young-people").await.status().as_u16(), 200);
    assert_eq!(waiting.get(&app, "/api/v1/me").await.status().as_u16(), 401, "the waiting session has ended");
    assert!(!worker.json(&app, "/api/v1/passkeys").await[0]["last_used_at"].is_null());

    // Renamed, then removed: the password alone signs in again.
    let id = added["id"].as_str().unwrap();
    let renamed = signed_in.send(&app, reqwest::Method::PUT, &format!("/api/v1/passkeys/{id}"), Some(json!({"name": "Old phone"}))).await;
    assert_eq!(renamed.status().as_u16(), 200);
    assert_eq!(signed_in.send(&app, reqwest::Method::DELETE, &format!("/api/v1/passkeys/{id}"), None).await.status().as_u16(), 204);
    let plain = app.sign_in(Role::Worker).await;
    assert_eq!(plain.get(&app, "/api/v1/young-people").await.status().as_u16(), 200);
    let audited = rows(&app, "SELECT action FROM audit_log WHERE action LIKE 'passkey.%' ORDER BY at, id").await;
    assert_eq!(audited, vec![vec![Some("passkey.add".to_owned())], vec![Some("passkey.remove".to_owned())]]);
}

fn passkey_copy(passkey: &SoftPasskey) -> SoftPasskey {
    SoftPasskey {
        key: passkey.key.clone(),
        credential_id: passkey.credential_id.clone(),
        user_handle: passkey.user_handle.clone(),
        counter: passkey.counter,
    }
}

#[tokio::test]
async fn a_service_that_asks_for_passkeys_stops_managers_without_one_until_they_add_one() {
    let app = spawn_app().await;
    let admin = app.sign_in(Role::Admin).await;
    assert_eq!(admin.json(&app, "/api/v1/passkeys/settings").await["managers_and_admins_need_passkey"], false, "off for the demo");
    let set =
        admin.send(&app, reqwest::Method::PUT, "/api/v1/passkeys/settings", Some(json!({"managers_and_admins_need_passkey": true}))).await;
    assert_eq!(set.status().as_u16(), 200);
    // The admin who set it has none either: from their next request they too must add one.
    assert_error(admin.get(&app, "/api/v1/staff/accounts").await, 403, "passkey_setup_required").await;

    let manager = app.sign_in(Role::Manager).await;
    assert_eq!(manager.json(&app, "/api/v1/me").await["session"]["passkey_step"], "add");
    assert_error(manager.get(&app, "/api/v1/young-people").await, 403, "passkey_setup_required").await;
    let (_, added) = add_passkey(&app, &manager, "Laptop").await;
    assert_eq!(manager.json(&app, "/api/v1/me").await["session"]["passkey_step"], "done");
    assert_eq!(manager.get(&app, "/api/v1/young-people").await.status().as_u16(), 200);
    // A worker is not asked.
    let worker = app.sign_in(Role::Worker).await;
    assert_eq!(worker.get(&app, "/api/v1/young-people").await.status().as_u16(), 200);

    // The last passkey stays while the service asks for one.
    let id = added["id"].as_str().unwrap();
    assert_error(manager.send(&app, reqwest::Method::DELETE, &format!("/api/v1/passkeys/{id}"), None).await, 409, "last_passkey_needed")
        .await;
    assert_eq!(manager.json(&app, "/api/v1/passkeys").await.as_array().unwrap().len(), 1);
    // Nobody else's passkey can be renamed or removed.
    assert_error(worker.send(&app, reqwest::Method::DELETE, &format!("/api/v1/passkeys/{id}"), None).await, 404, "not_found").await;
    let bad_name = manager.send(&app, reqwest::Method::PUT, &format!("/api/v1/passkeys/{id}"), Some(json!({"name": "  "}))).await;
    assert_error(bad_name, 422, "name_required").await;
}

#[tokio::test]
async fn a_disabled_or_reset_account_s_passkey_signs_no_one_in() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (mut passkey, _) = add_passkey(&app, &worker, "Phone").await;
    let me = worker.json(&app, "/api/v1/me").await;
    let id = me["person_id"].as_str().unwrap();
    let admin = app.sign_in(Role::Admin).await;
    assert_eq!(admin.send(&app, reqwest::Method::PUT, &format!("/api/v1/staff/{id}/disabled"), None).await.status().as_u16(), 200);
    let asked = challenge(&app, None).await;
    assert_error(give(&app, None, &asked, passkey.answer(&asked)).await, 401, "passkey_not_accepted").await;

    // Enabled again, then a reset link: the passkeys go with the old password.
    assert_eq!(admin.send(&app, reqwest::Method::DELETE, &format!("/api/v1/staff/{id}/disabled"), None).await.status().as_u16(), 204);
    let asked = challenge(&app, None).await;
    assert_eq!(give(&app, None, &asked, passkey.answer(&asked)).await.status().as_u16(), 200);
    let reset = crate::helpers::operation(&app, Some(&admin), &format!("/api/v1/staff/{id}/reset-link"), json!({}), None).await;
    assert_eq!(reset.status().as_u16(), 201);
    let asked = challenge(&app, None).await;
    assert_error(give(&app, None, &asked, passkey.answer(&asked)).await, 401, "passkey_not_accepted").await;
}
