//! The PIN: chosen once after joining, asked again after the phone has been idle. A big keypad
//! (each key well over 44 px) that also takes the number keys of a keyboard.

use tandem_domain::accounts::api::PinRequest;
use tandem_domain::accounts::Pin;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::auth::offline_pin::{self, OfflineCheck};
use crate::auth::use_auth;
use crate::components::ReadAloud;
use crate::i18n::use_i18n;
use crate::routes::{use_navigator, Link, Route};
use crate::safety::phone::{tel, CHILDLINE};

#[derive(Properties, PartialEq)]
pub struct KeypadProps {
    /// Names the keypad for screen readers.
    pub label: AttrValue,
    pub on_done: Callback<String>,
    /// Changing this empties the keypad (after a wrong PIN, say).
    #[prop_or_default]
    pub reset: u32,
}

#[function_component(Keypad)]
pub fn keypad(props: &KeypadProps) -> Html {
    let t = use_i18n();
    let digits = use_state(String::new);
    let group = use_node_ref();
    // On first showing and after each step (a wrong PIN, "Done" on the first one), the keyboard
    // and a screen reader are taken to the keypad, which names the step.
    use_effect_with(props.reset, {
        let (digits, group) = (digits.clone(), group.clone());
        move |_| {
            digits.set(String::new());
            if let Some(group) = group.cast::<web_sys::HtmlElement>() {
                let _ = group.focus();
            }
        }
    });
    let press = {
        let digits = digits.clone();
        Callback::from(move |key: char| {
            let mut next = (*digits).clone();
            if key == '<' {
                next.pop();
            } else if next.len() < Pin::MAX_DIGITS {
                next.push(key);
            }
            digits.set(next);
        })
    };
    let done = {
        let (digits, on_done) = (digits.clone(), props.on_done.clone());
        Callback::from(move |_: MouseEvent| on_done.emit((*digits).clone()))
    };
    let onkeydown = {
        let (press, digits, on_done) = (press.clone(), digits.clone(), props.on_done.clone());
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            match key.as_str() {
                "Backspace" => press.emit('<'),
                "Enter" => on_done.emit((*digits).clone()),
                _ => {
                    if let Some(digit) = key.chars().next().filter(|c| c.is_ascii_digit() && key.len() == 1) {
                        press.emit(digit);
                    }
                }
            }
        })
    };
    let entered = digits.len();
    let dots = format!("{}{}", "●".repeat(entered), "○".repeat(Pin::MIN_DIGITS.saturating_sub(entered)));
    html! {
        <div class="keypad" role="group" aria-label={props.label.clone()} tabindex="-1" ref={group} {onkeydown}>
            <p class="pin-dots" aria-live="polite" data-entered={entered.to_string()}>
                <span aria-hidden="true">{ dots }</span>
                <span class="visually-hidden">{ t.get_with("pin-entered", &[("count", entered.into())]) }</span>
            </p>
            <div class="keys">
                { for ['1', '2', '3', '4', '5', '6', '7', '8', '9'].into_iter().map(|key| {
                    let press = press.clone();
                    html! { <button type="button" class="key" onclick={move |_| press.emit(key)}>{ key }</button> }
                }) }
                <button type="button" class="key" aria-label={t.get("pin-delete")} onclick={ { let press = press.clone(); move |_| press.emit('<') } }>{ "⌫" }</button>
                <button type="button" class="key" onclick={ { let press = press.clone(); move |_| press.emit('0') } }>{ "0" }</button>
                <button type="button" class="key key-done" disabled={entered < Pin::MIN_DIGITS} onclick={done}>{ t.get("pin-done") }</button>
            </div>
        </div>
    }
}

/// Choosing the PIN, twice to be sure, right after joining.
#[function_component(SetPinPage)]
pub fn set_pin_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let first = use_state(|| None::<String>);
    let error = use_state(|| None::<ErrorCode>);
    let reset = use_state(|| 0u32);
    let mismatch = use_state(|| false);

    let on_done = {
        let (first, error, reset, mismatch) = (first.clone(), error.clone(), reset.clone(), mismatch.clone());
        Callback::from(move |typed: String| {
            if let Err(code) = Pin::parse(&typed) {
                error.set(Some(code));
                return;
            }
            error.set(None);
            reset.set(*reset + 1);
            match (*first).clone() {
                None => {
                    mismatch.set(false);
                    first.set(Some(typed));
                }
                Some(chosen) if chosen != typed => {
                    mismatch.set(true);
                    first.set(None);
                }
                Some(chosen) => {
                    let (error, auth, navigator) = (error.clone(), auth.clone(), navigator.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match crate::auth::api::set_pin(&PinRequest { pin: chosen.clone() }).await {
                            Ok(me) => {
                                offline_pin::remember(&chosen).await;
                                if let Some(auth) = auth {
                                    auth.signed_in_then(me, navigator.as_ref(), &Route::Home);
                                }
                            }
                            Err(err) => error.set(Some(err.code())),
                        }
                    });
                }
            }
        })
    };
    let (title, instructions) = if first.is_none() {
        (t.get("pin-choose-title"), t.get("pin-choose-intro"))
    } else {
        (t.get("pin-confirm-title"), t.get("pin-confirm-intro"))
    };
    html! {
        <section class="page pin-page">
            <h1>{ title.clone() }</h1>
            <p class="lead">{ instructions.clone() }</p>
            <ReadAloud text={instructions} />
            if *mismatch {
                <p class="error" role="alert">{ t.get("pin-mismatch") }</p>
            }
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <Keypad label={title} {on_done} reset={*reset} />
        </section>
    }
}

/// Shown instead of any page while the phone is locked.
#[function_component(LockScreen)]
pub fn lock_screen() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let error = use_state(|| None::<ErrorCode>);
    // After a wrong PIN: how many more the phone may be given before it is signed out.
    let tries_left = use_state(|| None::<u32>);
    let reset = use_state(|| 0u32);
    let on_done = {
        let (error, tries_left, reset, auth) = (error.clone(), tries_left.clone(), reset.clone(), auth.clone());
        Callback::from(move |typed: String| {
            let (error, tries_left, reset, auth) = (error.clone(), tries_left.clone(), reset.clone(), auth.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = crate::auth::api::unlock(&PinRequest { pin: typed.clone() }).await;
                tries_left.set(match &answer {
                    Err(crate::api::ReadError::WrongPin { tries_left }) => Some(*tries_left),
                    _ => None,
                });
                match answer {
                    Ok(me) => {
                        offline_pin::remember(&typed).await;
                        if let Some(auth) = auth {
                            auth.unlocked(Some(me));
                        }
                    }
                    // No connection: check against the verifier kept from the last online unlock.
                    Err(err) if err.code() == ErrorCode::Offline => {
                        reset.set(*reset + 1);
                        match offline_pin::check(&typed).await {
                            OfflineCheck::Right => {
                                if let Some(auth) = auth {
                                    auth.unlocked(None);
                                }
                            }
                            OfflineCheck::Wrong { tries_left: left } => {
                                tries_left.set(Some(left));
                                error.set(Some(ErrorCode::WrongPin));
                            }
                            OfflineCheck::TooManyWrong => {
                                error.set(Some(ErrorCode::DeviceSessionEnded));
                                if let Some(auth) = auth {
                                    auth.signed_out();
                                }
                            }
                            OfflineCheck::Unknown => error.set(Some(ErrorCode::Offline)),
                        }
                    }
                    Err(err) => {
                        reset.set(*reset + 1);
                        error.set(Some(err.code()));
                        if err.code() == ErrorCode::DeviceSessionEnded {
                            if let Some(auth) = auth {
                                auth.signed_out();
                            }
                        }
                    }
                }
            });
        })
    };
    let instructions = t.get("lock-intro");
    html! {
        <section class="page pin-page">
            <h1>{ t.get("lock-title") }</h1>
            <p class="lead">{ instructions.clone() }</p>
            <ReadAloud text={instructions} />
            if let Some(code) = *error {
                <p class="error" role="alert">
                    { t.error(code) }
                    if let Some(count) = *tries_left {
                        { " " }{ t.get_with("lock-tries-left", &[("count", count.into())]) }
                    }
                </p>
            }
            <Keypad label={t.get("lock-title")} {on_done} reset={*reset} />
            <p class="hint"><Link to={Route::Join} classes="text-link">{ t.get("lock-new-code") }</Link></p>
            // Help needs no PIN: someone in danger may not be able to type it. Nothing here
            // says whose phone it is.
            <p class="hint lock-help">
                { t.get("lock-help") }{ " " }
                <a class="text-link" href="tel:999">{ t.get("help-call-999") }</a>
                { " · " }
                <a class="text-link" href={tel(CHILDLINE)}>{ t.get_with("help-childline", &[("number", CHILDLINE.into())]) }</a>
            </p>
        </section>
    }
}
