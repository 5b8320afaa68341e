//! Unlocking with no connection. The server decides who may read what, so a phone's PIN is
//! checked there whenever it can be; but a young person off data for a week must still be able
//! to open the app and write. After each PIN the server accepts, the phone keeps a PBKDF2
//! (SHA-256, WebCrypto) verifier of it, and checks an offline unlock against that. Five wrong
//! PINs offline forget the phone's sign-in here, as five online end it on the server.

use js_sys::{Array, Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use tandem_domain::accounts::Pin;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::offline::{store, stored};

const KEY: &str = "tandem.pin";
const ITERATIONS: u32 = 200_000;

#[derive(Serialize, Deserialize)]
struct Verifier {
    salt: String,
    hash: String,
    failures: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineCheck {
    Right,
    /// Not right; this many more wrong ones may be given before the sign-in is forgotten.
    Wrong {
        tries_left: u32,
    },
    /// The fifth wrong PIN: the sign-in on this phone is forgotten.
    TooManyWrong,
    /// No verifier kept (the PIN was never accepted online here).
    Unknown,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn set(target: &Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    Reflect::set(target, &key.into(), value).map(|_| ())
}

async fn derive(pin: &str, salt: &[u8]) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let subtle = window.crypto()?.subtle();
    let usages = Array::of1(&"deriveBits".into());
    let key_data = Uint8Array::from(pin.as_bytes());
    let import = subtle.import_key_with_str("raw", &key_data, "PBKDF2", false, &usages)?;
    let key: web_sys::CryptoKey = JsFuture::from(import).await?.dyn_into()?;
    let params = Object::new();
    set(&params, "name", &"PBKDF2".into())?;
    set(&params, "hash", &"SHA-256".into())?;
    set(&params, "salt", &Uint8Array::from(salt))?;
    set(&params, "iterations", &ITERATIONS.into())?;
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &key, 256)?).await?;
    Ok(hex(&Uint8Array::new(&bits).to_vec()))
}

fn load() -> Option<Verifier> {
    crate::json::from_str(&stored(KEY)?).ok()
}

fn save(verifier: &Verifier) {
    if let Ok(text) = crate::json::to_string(verifier) {
        store(KEY, Some(&text));
    }
}

/// Keeps a verifier of a PIN the server has just accepted.
pub async fn remember(pin: &str) {
    let mut salt = [0u8; 16];
    let random = web_sys::window().and_then(|w| w.crypto().ok()).map(|c| c.get_random_values_with_u8_array(&mut salt));
    if !matches!(random, Some(Ok(_))) {
        return;
    }
    if let Ok(hash) = derive(pin, &salt).await {
        save(&Verifier { salt: hex(&salt), hash, failures: 0 });
    }
}

pub fn forget() {
    store(KEY, None);
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2).filter_map(|i| u8::from_str_radix(text.get(i * 2..i * 2 + 2)?, 16).ok()).collect()
}

/// Checks a PIN typed with no connection.
pub async fn check(pin: &str) -> OfflineCheck {
    let Some(mut verifier) = load() else { return OfflineCheck::Unknown };
    let Ok(hash) = derive(pin, &unhex(&verifier.salt)).await else { return OfflineCheck::Unknown };
    if hash == verifier.hash {
        verifier.failures = 0;
        save(&verifier);
        return OfflineCheck::Right;
    }
    verifier.failures += 1;
    if verifier.failures >= Pin::MAX_FAILURES {
        forget();
        return OfflineCheck::TooManyWrong;
    }
    save(&verifier);
    OfflineCheck::Wrong { tries_left: Pin::MAX_FAILURES - verifier.failures }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    async fn a_remembered_pin_unlocks_and_five_wrong_forget_it() {
        forget();
        assert_eq!(check("1234").await, OfflineCheck::Unknown);
        remember("2468").await;
        assert_eq!(check("2468").await, OfflineCheck::Right);
        for tries_left in (1..=4).rev() {
            assert_eq!(check("0000").await, OfflineCheck::Wrong { tries_left });
        }
        assert_eq!(check("2468").await, OfflineCheck::Right, "a right PIN resets the count");
        for tries_left in (1..=4).rev() {
            assert_eq!(check("0000").await, OfflineCheck::Wrong { tries_left });
        }
        assert_eq!(check("0000").await, OfflineCheck::TooManyWrong);
        assert_eq!(check("2468").await, OfflineCheck::Unknown);
    }
}
