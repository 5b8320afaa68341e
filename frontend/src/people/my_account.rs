//! A member of staff's own account: changing their password with the one they have now. Their
//! other browsers are signed out; this one stays.

use tandem_domain::accounts::api::ChangePasswordRequest;
use tandem_domain::accounts::Password;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_i18n;

#[function_component(MyAccountPage)]
pub fn my_account_page() -> Html {
    let t = use_i18n();
    let (current, new) = (use_node_ref(), use_node_ref());
    let error = use_state(|| None::<ErrorCode>);
    let done = use_state(|| false);
    let onsubmit = {
        let (current, new, error, done) = (current.clone(), new.clone(), error.clone(), done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(current_field), Some(new_field)) = (current.cast::<HtmlInputElement>(), new.cast::<HtmlInputElement>()) else {
                return;
            };
            if let Err(code) = Password::parse(&new_field.value()) {
                error.set(Some(code));
                let _ = new_field.focus();
                return;
            }
            let request = ChangePasswordRequest { current_password: current_field.value(), new_password: new_field.value() };
            let (error, done, current) = (error.clone(), done.clone(), current.clone());
            done.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::change_password(&request).await {
                    Ok(()) => {
                        error.set(None);
                        done.set(true);
                        current_field.set_value("");
                        new_field.set_value("");
                    }
                    Err(err) => {
                        let code = err.code();
                        error.set(Some(code));
                        if code == ErrorCode::WrongCurrentPassword {
                            if let Some(field) = current.cast::<HtmlInputElement>() {
                                let _ = field.focus();
                            }
                        }
                    }
                }
            });
        })
    };
    // A refusal is shown beside the box it is about.
    let about_current = matches!(*error, Some(ErrorCode::WrongCurrentPassword));
    let about_new = error.is_some() && !about_current;
    html! {
        <section class="page">
            <h1>{ t.get("my-account-title") }</h1>
            <crate::people::StaffLinks here={crate::routes::Route::MyAccount} />
            <h2>{ t.get("password-change-title") }</h2>
            if *done {
                <p role="status">{ t.get("password-change-done") }</p>
            }
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for="current-password">{ t.get("password-current") }</label>
                    <input id="current-password" type="password" autocomplete="current-password" ref={current}
                        aria-invalid={about_current.then_some("true")}
                        aria-describedby={about_current.then_some("current-password-error")} />
                    if about_current {
                        if let Some(code) = *error {
                            <p class="error" id="current-password-error" role="alert">{ t.error(code) }</p>
                        }
                    }
                </div>
                <div class="field">
                    <label for="new-password">{ t.get("password-new") }</label>
                    <p class="hint" id="new-password-hint">{ t.get("set-password-hint") }</p>
                    <input id="new-password" type="password" autocomplete="new-password" ref={new}
                        aria-invalid={about_new.then_some("true")}
                        aria-describedby={if about_new { "new-password-hint new-password-error" } else { "new-password-hint" }} />
                    if about_new {
                        if let Some(code) = *error {
                            <p class="error" id="new-password-error" role="alert">{ t.error(code) }</p>
                        }
                    }
                </div>
                <button type="submit" class="button">{ t.get("password-change-submit") }</button>
            </form>
            <crate::passkeys::PasskeysSection />
        </section>
    }
}
