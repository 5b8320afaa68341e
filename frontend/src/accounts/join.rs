use tandem_domain::accounts::api::RedeemInviteRequest;
use tandem_domain::accounts::InviteCode;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::{field_error, ReadAloud};
use crate::i18n::use_i18n;
use crate::routes::{use_navigator, Route};

/// A young person or carer joins with the code their worker gave them. No email, no password.
#[function_component(JoinPage)]
pub fn join_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let code = use_node_ref();
    let label = use_node_ref();
    let error = use_state(|| None::<ErrorCode>);
    let initial = use_memo((), |_| crate::auth::query_param("code"));

    let onsubmit = {
        let (code, label, error) = (code.clone(), label.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(typed) = code.cast::<HtmlInputElement>().map(|input| input.value()) else { return };
            // Checked here first, so a typing slip is explained at once, even offline.
            if let Err(code) = InviteCode::parse(&typed) {
                error.set(Some(code));
                field_error::focus("join-code");
                return;
            }
            let device_label = label.cast::<HtmlInputElement>().map(|input| input.value()).filter(|l| !l.trim().is_empty());
            let request = RedeemInviteRequest { code: typed, device_label };
            let (error, auth, navigator) = (error.clone(), auth.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::auth::api::redeem(&request).await {
                    Ok(me) => {
                        if let Some(auth) = auth {
                            auth.signed_in_then(me, navigator.as_ref(), &Route::Pin);
                        }
                    }
                    Err(err) => {
                        error.set(Some(err.code()));
                        field_error::focus("join-code");
                    }
                }
            });
        })
    };

    let instructions = t.get("join-intro");
    html! {
        <section class="page">
            <h1>{ t.get("join-title") }</h1>
            <p class="lead" id="join-intro">{ instructions.clone() }</p>
            <ReadAloud text={instructions} />
            // Every refusal here is about the code (a slip, used, expired, too many tries), so
            // it is shown and read beside the code's box.
            <form class="form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="join-code">{ t.get("join-code-label") }{ " " }<span class="required">{ t.get("field-required") }</span></label>
                    <p class="hint" id="join-code-hint">{ t.get("join-code-hint") }</p>
                    <input id="join-code" class="code-input" type="text" autocomplete="one-time-code" autocapitalize="characters"
                        spellcheck="false" required=true aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={if error.is_some() { "join-code-hint join-code-error" } else { "join-code-hint" }}
                        value={(*initial).clone()} ref={code} />
                    if let Some(code) = *error {
                        <p class="error field-error" role="alert" id="join-code-error">{ t.error(code) }</p>
                    }
                </div>
                <div class="field">
                    <label for="join-label">{ t.get("join-device-label") }</label>
                    <input id="join-label" type="text" maxlength="60" ref={label} />
                </div>
                <button type="submit" class="button">{ t.get("join-submit") }</button>
            </form>
        </section>
    }
}
