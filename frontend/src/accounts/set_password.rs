use tandem_domain::accounts::api::SetPasswordRequest;
use tandem_domain::accounts::Password;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::routes::{Link, Route};

/// A new member of staff sets their password from the one-time link the admin gave them.
#[function_component(SetPasswordPage)]
pub fn set_password_page() -> Html {
    let t = use_i18n();
    let password = use_node_ref();
    let error = use_state(|| None::<ErrorCode>);
    let done = use_state(|| false);
    let onsubmit = {
        let (password, error, done) = (password.clone(), error.clone(), done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(typed) = password.cast::<HtmlInputElement>().map(|input| input.value()) else { return };
            if let Err(code) = Password::parse(&typed) {
                error.set(Some(code));
                return;
            }
            let request = SetPasswordRequest { token: crate::auth::query_param("token"), password: typed };
            let (error, done) = (error.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::auth::api::set_password(&request).await {
                    Ok(_) => done.set(true),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <section class="page">
            <h1>{ t.get("set-password-title") }</h1>
            if *done {
                <p role="status">{ t.get("set-password-done") }</p>
                <Link to={Route::SignIn} classes="button">{ t.get("sign-in-title") }</Link>
            } else {
                <form class="form" {onsubmit}>
                    if let Some(code) = *error {
                        <p class="error" role="alert">{ t.error(code) }</p>
                    }
                    <div class="field">
                        <label for="new-password">{ t.get("set-password-label") }</label>
                        <p class="hint" id="new-password-hint">{ t.get("set-password-hint") }</p>
                        <input id="new-password" type="password" autocomplete="new-password" aria-describedby="new-password-hint" ref={password} />
                    </div>
                    <button type="submit" class="button">{ t.get("set-password-submit") }</button>
                </form>
            }
        </section>
    }
}
