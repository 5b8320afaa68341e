//! Passkeys for staff: signing in with one (alone, or as the step after a right password),
//! adding one when the service asks for it before anything else, the passkeys on My account,
//! and the service's rule (admins). The browser's WebAuthn calls are in `browser.rs`.

pub mod api;
mod browser;

use browser::BrowserRefusal;
use tandem_domain::accounts::api::Me;
use tandem_domain::passkeys::{AddPasskeyRequest, PasskeyInfo, PasskeyName, PasskeySettings, PasskeySignInRequest, RenamePasskeyRequest};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::ReadError;
use crate::auth::use_auth;
use crate::components::dates::time_in_words;
use crate::i18n::{use_i18n, Messages};

/// Why a passkey could not be used or added: the browser's reason or the server's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyError {
    Browser(BrowserRefusal),
    Refused(ErrorCode),
}

impl From<ReadError> for PasskeyError {
    fn from(err: ReadError) -> Self {
        PasskeyError::Refused(err.code())
    }
}

impl From<BrowserRefusal> for PasskeyError {
    fn from(refusal: BrowserRefusal) -> Self {
        PasskeyError::Browser(refusal)
    }
}

impl PasskeyError {
    fn message(self, t: &Messages) -> String {
        match self {
            PasskeyError::Browser(BrowserRefusal::Unsupported) => t.get("passkey-unsupported"),
            PasskeyError::Browser(BrowserRefusal::Cancelled) => t.get("passkey-cancelled"),
            PasskeyError::Refused(code) => t.error(code),
        }
    }

    /// About the name typed, so shown beside its box.
    fn about_name(self) -> bool {
        matches!(self, PasskeyError::Refused(ErrorCode::NameRequired | ErrorCode::TextTooLong | ErrorCode::TextHasControlCharacters))
    }
}

/// Signs in with a passkey the browser holds: alone, or after a right password.
async fn sign_in_with_passkey() -> Result<Me, PasskeyError> {
    let challenge = api::challenge().await?;
    let credential = browser::get(challenge.options).await?;
    Ok(api::sign_in(&PasskeySignInRequest { ceremony_id: challenge.ceremony_id, credential }).await?)
}

/// Makes a passkey in the browser and adds it to the signed-in account.
async fn add_passkey(name: PasskeyName) -> Result<PasskeyInfo, PasskeyError> {
    let started = api::registration().await?;
    let credential = browser::create(started.options).await?;
    let request = AddPasskeyRequest { ceremony_id: started.ceremony_id, name: name.as_str().to_owned(), credential };
    Ok(api::add(&request).await?)
}

#[derive(Properties, PartialEq)]
pub struct UsePasskeyProps {
    pub label: AttrValue,
    pub on_signed_in: Callback<Me>,
    #[prop_or_default]
    pub secondary: bool,
}

/// A button that signs in with a passkey, and what went wrong if it did not.
#[function_component(UsePasskeyButton)]
pub fn use_passkey_button(props: &UsePasskeyProps) -> Html {
    let t = use_i18n();
    let error = use_state(|| None::<PasskeyError>);
    let busy = use_state(|| false);
    let onclick = {
        let (error, busy, on_signed_in) = (error.clone(), busy.clone(), props.on_signed_in.clone());
        Callback::from(move |_: MouseEvent| {
            let (error, busy, on_signed_in) = (error.clone(), busy.clone(), on_signed_in.clone());
            busy.set(true);
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match sign_in_with_passkey().await {
                    Ok(me) => on_signed_in.emit(me),
                    Err(err) => error.set(Some(err)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <div class="passkey-use">
            if let Some(err) = *error {
                <p class="error" role="alert">{ err.message(&t) }</p>
            }
            if *busy {
                <p class="hint" role="status">{ t.get("passkey-waiting") }</p>
            }
            <button type="button" class={classes!("button", props.secondary.then_some("secondary"))} disabled={*busy} {onclick}>
                { props.label.clone() }
            </button>
        </div>
    }
}

/// After a right password on an account with a passkey: the passkey, before anything else.
#[function_component(ConfirmPasskeyPage)]
pub fn confirm_passkey_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let on_signed_in = Callback::from(move |me: Me| {
        if let Some(auth) = &auth {
            auth.signed_in(me);
        }
    });
    html! {
        <section class="page">
            <h1>{ t.get("passkey-confirm-title") }</h1>
            <p class="lead">{ t.get("passkey-confirm-intro") }</p>
            <UsePasskeyButton label={t.get("passkey-confirm-submit")} {on_signed_in} />
        </section>
    }
}

/// A manager or admin whose service asks for a passkey, with none yet: adding one comes first.
#[function_component(AddFirstPasskeyPage)]
pub fn add_first_passkey_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let on_added = Callback::from(move |_: PasskeyInfo| {
        let auth = auth.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let (Some(auth), Ok(me)) = (auth, crate::auth::api::me().read().await) {
                auth.signed_in(me);
            }
        });
    });
    html! {
        <section class="page">
            <h1>{ t.get("passkey-add-first-title") }</h1>
            <p class="lead">{ t.get("passkey-add-first-intro") }</p>
            <AddPasskeyForm {on_added} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddPasskeyFormProps {
    pub on_added: Callback<PasskeyInfo>,
}

/// Names a new passkey, then has the browser make it.
#[function_component(AddPasskeyForm)]
pub fn add_passkey_form(props: &AddPasskeyFormProps) -> Html {
    let t = use_i18n();
    let field = use_node_ref();
    let error = use_state(|| None::<PasskeyError>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (field, error, busy, on_added) = (field.clone(), error.clone(), busy.clone(), props.on_added.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = field.cast::<HtmlInputElement>() else { return };
            let name = match PasskeyName::parse(&input.value()) {
                Ok(name) => name,
                Err(code) => {
                    error.set(Some(PasskeyError::Refused(code)));
                    let _ = input.focus();
                    return;
                }
            };
            let (error, busy, on_added) = (error.clone(), busy.clone(), on_added.clone());
            busy.set(true);
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match add_passkey(name).await {
                    Ok(added) => {
                        input.set_value("");
                        on_added.emit(added);
                    }
                    Err(err) => error.set(Some(err)),
                }
                busy.set(false);
            });
        })
    };
    let about_name = error.is_some_and(PasskeyError::about_name);
    html! {
        <form class="form" {onsubmit}>
            <div class="field">
                <label for="passkey-name">{ t.get("passkey-new-name") }</label>
                <p class="hint" id="passkey-name-hint">{ t.get("passkey-new-name-hint") }</p>
                <input id="passkey-name" type="text" maxlength="60" autocomplete="off" ref={field}
                    aria-invalid={about_name.then_some("true")}
                    aria-describedby={if about_name { "passkey-name-hint passkey-name-error" } else { "passkey-name-hint" }} />
                if about_name {
                    if let Some(err) = *error {
                        <p class="error" id="passkey-name-error" role="alert">{ err.message(&t) }</p>
                    }
                }
            </div>
            if !about_name {
                if let Some(err) = *error {
                    <p class="error" role="alert">{ err.message(&t) }</p>
                }
            }
            if *busy {
                <p class="hint" role="status">{ t.get("passkey-waiting") }</p>
            }
            <button type="submit" class="button" disabled={*busy}>{ t.get("passkey-add") }</button>
        </form>
    }
}

/// The signed-in member of staff's passkeys on My account: each named, renamed, removed, and
/// a new one added.
#[function_component(PasskeysSection)]
pub fn passkeys_section() -> Html {
    let t = use_i18n();
    let passkeys = use_state(Vec::<PasskeyInfo>::new);
    let refresh = use_state(|| 0u32);
    let done = use_state(|| None::<String>);
    let error = use_state(|| None::<ErrorCode>);
    let renaming = use_state(|| None::<Uuid>);
    let new_name = use_node_ref();
    use_effect_with(*refresh, {
        let (passkeys, error) = (passkeys.clone(), error.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match api::passkeys().read().await {
                    Ok(list) => passkeys.set(list),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });
    // The box for the new name takes the focus as it opens.
    use_effect_with(*renaming, {
        let new_name = new_name.clone();
        move |renaming| {
            if renaming.is_some() {
                if let Some(input) = new_name.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        }
    });
    let on_added = {
        let (done, refresh, t) = (done.clone(), refresh.clone(), t.clone());
        Callback::from(move |added: PasskeyInfo| {
            done.set(Some(t.get_with("passkey-added-done", &[("name", added.name.into())])));
            refresh.set(*refresh + 1);
        })
    };
    let remove = {
        let (done, error, refresh, t) = (done.clone(), error.clone(), refresh.clone(), t.clone());
        Callback::from(move |passkey: PasskeyInfo| {
            let (done, error, refresh, t) = (done.clone(), error.clone(), refresh.clone(), t.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::remove(passkey.id).await {
                    Ok(()) => {
                        error.set(None);
                        done.set(Some(t.get_with("passkey-removed-done", &[("name", passkey.name.into())])));
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let save_name = {
        let (error, refresh, renaming, new_name) = (error.clone(), refresh.clone(), renaming.clone(), new_name.clone());
        Callback::from(move |(event, id): (SubmitEvent, Uuid)| {
            event.prevent_default();
            let Some(input) = new_name.cast::<HtmlInputElement>() else { return };
            let name = match PasskeyName::parse(&input.value()) {
                Ok(name) => name,
                Err(code) => {
                    error.set(Some(code));
                    let _ = input.focus();
                    return;
                }
            };
            let (error, refresh, renaming) = (error.clone(), refresh.clone(), renaming.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::rename(id, &RenamePasskeyRequest { name: name.as_str().to_owned() }).await {
                    Ok(()) => {
                        error.set(None);
                        renaming.set(None);
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let row = |passkey: &PasskeyInfo| {
        let name = passkey.name.clone();
        let last_used = passkey.last_used_at.map_or_else(|| t.get("passkey-never-used"), |at| time_in_words(&t, at));
        let actions = if *renaming == Some(passkey.id) {
            let id = passkey.id;
            let onsubmit = save_name.reform(move |event: SubmitEvent| (event, id));
            let label = t.get_with("passkey-rename-field", &[("name", name.clone().into())]);
            html! {
                <form class="inline-form" {onsubmit}>
                    <input type="text" maxlength="60" value={name.clone()} aria-label={label} ref={new_name.clone()}
                        aria-invalid={error.is_some().then_some("true")} />
                    <button type="submit" class="button">{ t.get("passkey-save-name") }</button>
                </form>
            }
        } else {
            let (renaming, id) = (renaming.clone(), passkey.id);
            let start_rename = Callback::from(move |_: MouseEvent| renaming.set(Some(id)));
            let removed = passkey.clone();
            let onremove = remove.reform(move |_: MouseEvent| removed.clone());
            html! {
                <>
                    <button type="button" class="button secondary" onclick={start_rename}
                        aria-label={t.get_with("passkey-rename-named", &[("name", name.clone().into())])}>{ t.get("passkey-rename") }</button>
                    <button type="button" class="button secondary" onclick={onremove}
                        aria-label={t.get_with("passkey-remove-named", &[("name", name.clone().into())])}>{ t.get("passkey-remove") }</button>
                </>
            }
        };
        html! {
            <tr key={passkey.id.to_string()}>
                <th scope="row">{ name }</th>
                <td>{ time_in_words(&t, passkey.created_at) }</td>
                <td>{ last_used }</td>
                <td>{ actions }</td>
            </tr>
        }
    };
    html! {
        <section aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">{ t.get("passkeys-title") }</h2>
            <p>{ t.get("passkeys-intro") }</p>
            if let Some(done) = &*done {
                <p role="status">{ done }</p>
            }
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            if passkeys.is_empty() {
                <p>{ t.get("passkeys-none") }</p>
            } else {
                <table class="data-table">
                    <caption>{ t.get("passkeys-caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.get("passkey-name") }</th>
                            <th scope="col">{ t.get("passkey-added") }</th>
                            <th scope="col">{ t.get("passkey-last-used") }</th>
                            <th scope="col">{ t.get("passkey-actions") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for passkeys.iter().map(row) }</tbody>
                </table>
            }
            <AddPasskeyForm {on_added} />
        </section>
    }
}

/// The service's passkey rule, for admins.
#[function_component(PasskeySettingsForm)]
pub fn passkey_settings_form() -> Html {
    let t = use_i18n();
    let required = use_state(|| None::<bool>);
    let saved = use_state(|| false);
    let error = use_state(|| None::<ErrorCode>);
    let checkbox = use_node_ref();
    use_effect_with((), {
        let (required, error) = (required.clone(), error.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match api::settings().read().await {
                    Ok(settings) => required.set(Some(settings.managers_and_admins_need_passkey)),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });
    let onsubmit = {
        let (saved, error, checkbox, required) = (saved.clone(), error.clone(), checkbox.clone(), required.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = checkbox.cast::<HtmlInputElement>() else { return };
            let settings = PasskeySettings { managers_and_admins_need_passkey: input.checked() };
            let (saved, error, required) = (saved.clone(), error.clone(), required.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::set_settings(&settings).await {
                    Ok(()) => {
                        error.set(None);
                        required.set(Some(settings.managers_and_admins_need_passkey));
                        saved.set(true);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let Some(checked) = *required else {
        return html! { if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> } };
    };
    html! {
        <form class="form" aria-labelledby="passkey-settings-title" {onsubmit}>
            <h2 id="passkey-settings-title">{ t.get("passkey-settings-title") }</h2>
            <div class="check-row">
                <input id="passkey-required" type="checkbox" {checked} ref={checkbox} aria-describedby="passkey-required-hint" />
                <label for="passkey-required">{ t.get("passkey-settings-required") }</label>
            </div>
            <p class="hint" id="passkey-required-hint">{ t.get("passkey-settings-hint") }</p>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            if *saved {
                <p role="status">{ t.get("passkey-settings-saved") }</p>
            }
            <button type="submit" class="button">{ t.get("passkey-settings-save") }</button>
        </form>
    }
}
