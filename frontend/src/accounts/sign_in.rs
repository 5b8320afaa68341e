use tandem_domain::accounts::api::SignInRequest;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::i18n::use_i18n;
use crate::routes::{use_navigator, Link, Route};

/// Staff sign-in with email and password.
#[function_component(SignInPage)]
pub fn sign_in_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let email = use_node_ref();
    let password = use_node_ref();
    let error = use_state(|| None::<ErrorCode>);
    let busy = use_state(|| false);

    // By password or by passkey: then the start page of their role (or the passkey step).
    let signed_in = Callback::from(move |me: tandem_domain::accounts::api::Me| {
        let start = crate::routes::staff_home(me.role);
        if let Some(auth) = &auth {
            auth.signed_in_then(me, navigator.as_ref(), &start);
        }
    });
    let onsubmit = {
        let (email, password, error, busy, signed_in) = (email.clone(), password.clone(), error.clone(), busy.clone(), signed_in.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(email), Some(password)) = (email.cast::<HtmlInputElement>(), password.cast::<HtmlInputElement>()) else { return };
            let request = SignInRequest { email: email.value(), password: password.value() };
            let (error, busy, signed_in) = (error.clone(), busy.clone(), signed_in.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::auth::api::sign_in(&request).await {
                    Ok(me) => signed_in.emit(me),
                    Err(err) => {
                        error.set(Some(err.code()));
                        busy.set(false);
                    }
                }
            });
        })
    };

    html! {
        <section class="page">
            <h1>{ t.get("sign-in-title") }</h1>
            <p class="lead">{ t.get("sign-in-intro") }</p>
            <form class="form" {onsubmit}>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                <div class="field">
                    <label for="sign-in-email">{ t.get("sign-in-email") }</label>
                    <input id="sign-in-email" type="email" autocomplete="username" required=true ref={email} />
                </div>
                <div class="field">
                    <label for="sign-in-password">{ t.get("sign-in-password") }</label>
                    <input id="sign-in-password" type="password" autocomplete="current-password" required=true ref={password} />
                </div>
                <button type="submit" class="button" disabled={*busy}>{ t.get("sign-in-submit") }</button>
            </form>
            <p>{ t.get("passkey-sign-in-intro") }</p>
            <crate::passkeys::UsePasskeyButton label={t.get("passkey-sign-in")} on_signed_in={signed_in} secondary=true />
            <p class="hint">
                <Link to={Route::Join} classes="text-link">{ t.get("sign-in-join-instead") }</Link>
            </p>
        </section>
    }
}
