//! Staff pages' reads: a hook that fetches JSON and the way a failed read is shown.

use serde::de::DeserializeOwned;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::api;
use crate::auth::use_auth;
use crate::i18n::Messages;
use crate::routes::{Link, Route};

/// What a page has fetched so far.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Loaded(T),
    Failed(ErrorCode),
}

/// Reads `endpoint` whenever `tick` changes; a refusal that ends the session signs the page out.
#[hook]
pub fn use_get<T: DeserializeOwned + Clone + PartialEq + 'static>(endpoint: api::Get<T>, tick: u32) -> UseStateHandle<Load<T>> {
    let load = use_state(|| Load::Loading);
    let auth = use_auth();
    use_effect_with((endpoint.path().to_owned(), tick), {
        let load = load.clone();
        move |(path, _)| {
            let path = path.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match api::get_json::<T>(&path).await {
                    Ok(value) => load.set(Load::Loaded(value)),
                    Err(err) => {
                        if let Some(auth) = &auth {
                            auth.on_refusal(err.code());
                        }
                        load.set(Load::Failed(err.code()));
                    }
                }
            });
        }
    });
    load
}

pub fn load_failed(t: &Messages, code: ErrorCode) -> Html {
    html! {
        <>
            <p class="error" role="alert">{ t.error(code) }</p>
            if matches!(code, ErrorCode::Unauthorized | ErrorCode::SessionExpired) {
                <Link to={Route::SignIn} classes="button">{ t.get("sign-in-title") }</Link>
            }
        </>
    }
}
