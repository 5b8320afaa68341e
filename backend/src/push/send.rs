//! Sending one Web Push message: encrypted for the phone (RFC 8291, aes128gcm) and signed with
//! the server's VAPID key (RFC 8292) by the `web-push` crate, posted with reqwest under a
//! timeout, with TTL, Urgency and Topic (RFC 8030). The answer is sorted into what to do next.

use std::time::Duration as StdDuration;

use base64::Engine;
use web_push::{
    ContentEncoding, PartialVapidSignatureBuilder, SubscriptionInfo, Urgency, VapidSignature, VapidSignatureBuilder, WebPushMessageBuilder,
};

/// A phone's subscription as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

/// One message to send.
pub struct Message<'a> {
    pub payload: &'a [u8],
    /// Seconds the push service may hold it for a phone that is off.
    pub ttl: u32,
    pub urgency: Urgency,
    /// A newer message with the same topic replaces one still waiting at the push service.
    pub topic: &'a str,
}

/// What the push service's answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// 2xx: accepted.
    Sent,
    /// 404 or 410: the subscription is no more; forget it.
    Gone(u16),
    /// 429, 5xx, a timeout or no connection: try again later (after `after` when it said).
    Retry { error: String, after: Option<StdDuration> },
    /// Anything else (400, 401, 403, 413): sending again would not help.
    Refused(String),
}

#[derive(Debug, thiserror::Error)]
pub enum PushSetupError {
    #[error("the VAPID private key must be 32 bytes of base64url (TANDEM_VAPID_PRIVATE_KEY or vapid-private-key in the data folder): {0}")]
    Key(String),
    #[error("the push HTTP client: {0}")]
    Client(String),
}

/// The server's VAPID identity and its HTTP client.
pub struct PushSender {
    client: reqwest::Client,
    vapid: PartialVapidSignatureBuilder,
    subject: String,
    public_key: String,
    /// The signed JWT for each push service (by origin), reused until an hour before it
    /// expires (RFC 8292 allows reuse): one signature per push service, not one per message.
    signatures: std::sync::Mutex<std::collections::HashMap<String, (VapidSignature, std::time::Instant)>>,
}

/// The crate signs JWTs for 12 hours; we renew after 11.
const SIGNATURE_REUSE: StdDuration = StdDuration::from_secs(11 * 3600);

/// How long to wait for a push service's answer.
const TIMEOUT: StdDuration = StdDuration::from_secs(10);

fn base64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A new VAPID private key: 32 bytes, base64url.
pub fn new_private_key() -> String {
    base64url(&jwt_simple::algorithms::ES256KeyPair::generate().to_bytes())
}

/// The origin of a push endpoint (scheme, host and any port): the JWT's audience (RFC 8292 §2).
pub(crate) fn origin(endpoint: &str) -> Option<String> {
    let (scheme, authority) = tandem_domain::appointments::scheme_and_authority(endpoint)?;
    Some(format!("{scheme}://{authority}"))
}

impl PushSender {
    /// `private_key` is base64url of the 32-byte P-256 scalar; `subject` a `mailto:` or
    /// `https:` contact the push services may use.
    pub fn new(private_key: &str, subject: &str) -> Result<PushSender, PushSetupError> {
        let vapid = VapidSignatureBuilder::from_base64_no_sub(private_key.trim()).map_err(|err| PushSetupError::Key(err.to_string()))?;
        let public_key = base64url(&vapid.get_public_key());
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            // A push service answers; it does not send the server elsewhere (a redirect could
            // point into the server's own network, or to plain http).
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|err| PushSetupError::Client(err.to_string()))?;
        Ok(PushSender { client, vapid, subject: subject.to_owned(), public_key, signatures: Default::default() })
    }

    /// The public key phones subscribe with (`applicationServerKey`).
    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    pub async fn send(&self, to: &Subscription, message: &Message<'_>) -> Delivery {
        let request = match self.build(to, message) {
            Ok(request) => request,
            Err(err) => return Delivery::Refused(format!("building the message: {err}")),
        };
        let (parts, body) = request.into_parts();
        let mut outgoing = self.client.post(parts.uri.to_string()).body(body);
        for (name, value) in &parts.headers {
            outgoing = outgoing.header(name.as_str(), value.as_bytes());
        }
        match outgoing.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let after = response
                    .headers()
                    .get("retry-after")
                    .and_then(|value| value.to_str().ok())
                    .and_then(|value| value.trim().parse::<u64>().ok())
                    .map(StdDuration::from_secs);
                match status {
                    200..=299 => Delivery::Sent,
                    404 | 410 => Delivery::Gone(status),
                    429 | 500..=599 => Delivery::Retry { error: format!("HTTP {status}"), after },
                    other => Delivery::Refused(format!("HTTP {other}")),
                }
            }
            Err(err) if err.is_timeout() => Delivery::Retry { error: "no answer before the timeout".into(), after: None },
            Err(err) if err.is_connect() => Delivery::Retry { error: "could not connect".into(), after: None },
            Err(err) => Delivery::Retry { error: format!("request failed: {err}"), after: None },
        }
    }

    fn build(&self, to: &Subscription, message: &Message<'_>) -> Result<http02::Request<Vec<u8>>, String> {
        let info = SubscriptionInfo::new(to.endpoint.as_str(), to.p256dh.as_str(), to.auth.as_str());
        let signature = self.signature_for(&info)?;
        let mut builder = WebPushMessageBuilder::new(&info);
        builder.set_payload(ContentEncoding::Aes128Gcm, message.payload);
        builder.set_vapid_signature(signature);
        builder.set_ttl(message.ttl);
        builder.set_urgency(message.urgency);
        builder.set_topic(message.topic.to_owned());
        let built = builder.build().map_err(|err| err.to_string())?;
        let mut request = web_push::request_builder::build_request::<Vec<u8>>(built);
        if let Some(tight) = request.headers().get(http02::header::AUTHORIZATION).and_then(|value| tight_vapid(value.to_str().ok()?)) {
            request.headers_mut().insert(http02::header::AUTHORIZATION, tight);
        }
        Ok(request)
    }

    fn signature_for(&self, info: &SubscriptionInfo) -> Result<VapidSignature, String> {
        let audience = origin(&info.endpoint).ok_or("the endpoint has no origin")?;
        if let Ok(signatures) = self.signatures.lock() {
            if let Some((signature, made)) = signatures.get(&audience) {
                if made.elapsed() < SIGNATURE_REUSE {
                    return Ok(signature.clone());
                }
            }
        }
        let mut builder = self.vapid.clone().add_sub_info(info);
        // The crate's default audience leaves out the port; RFC 8292 wants the whole origin.
        builder.add_claim("aud", audience.clone());
        builder.add_claim("sub", self.subject.as_str());
        let signature = builder.build().map_err(|err| err.to_string())?;
        if let Ok(mut signatures) = self.signatures.lock() {
            signatures.insert(audience, (signature.clone(), std::time::Instant::now()));
        }
        Ok(signature)
    }
}

/// `vapid t=..., k=...` as `vapid t=...,k=...`: RFC 8292 allows either, and some strict
/// parsers of auth-params refuse the space.
fn tight_vapid(header: &str) -> Option<http02::HeaderValue> {
    let rest = header.strip_prefix("vapid ")?;
    let params: Vec<&str> = rest.split(',').map(str::trim).collect();
    http02::HeaderValue::from_str(&format!("vapid {}", params.join(","))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vapid_header_has_no_space_between_its_params() {
        let tight = tight_vapid("vapid t=eyJ.a.b, k=BPub").unwrap();
        assert_eq!(tight.to_str().unwrap(), "vapid t=eyJ.a.b,k=BPub");
        assert_eq!(tight_vapid("WebPush abc"), None);
    }

    #[test]
    fn the_audience_is_the_whole_origin() {
        assert_eq!(origin("https://fcm.googleapis.com/fcm/send/abc").as_deref(), Some("https://fcm.googleapis.com"));
        assert_eq!(origin("http://127.0.0.1:4321/push/1").as_deref(), Some("http://127.0.0.1:4321"));
        assert_eq!(origin("nonsense"), None);
    }

    #[test]
    fn a_new_key_gives_a_public_key_for_phones() {
        let sender = PushSender::new(&new_private_key(), "mailto:test@example.org").unwrap();
        // 65 bytes of uncompressed P-256 point, base64url without padding.
        assert_eq!(sender.public_key().len(), 87);
        assert!(sender.public_key().starts_with('B'));
        assert!(PushSender::new("not a key", "mailto:x@example.org").is_err());
    }
}
