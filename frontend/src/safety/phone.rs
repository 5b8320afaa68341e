//! The young person's "Get help now" screen. Who to contact now comes first and needs no signal:
//! 999, Childline, and the service's duty number (kept from the last time it was read, except on
//! a shared phone). "Tell my worker" goes through the outbox, so it is kept until the server has
//! it and is accepted once; no draft of the words is kept.

use tandem_domain::safety::{AlertRequest, MAX_WORDS};
use tandem_domain::ErrorCode;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::api::{self, MyHelp};
use super::spoken;
use crate::components::ReadAloud;
use crate::i18n::use_i18n;
use crate::offline::outbox;
use crate::offline::sync::use_sync;

pub const KIND: &str = "safety.raise";
/// The kept copy of the duty number and recent alerts.
const CACHE: &str = "safety-mine";
/// Childline: free, private, any time, for anyone under 19 in the UK.
pub const CHILDLINE: &str = "0800 1111";

/// A `tel:` address: the digits (and a leading `+`) of a number as written.
pub fn tel(number: &str) -> String {
    let plus = if number.trim_start().starts_with('+') { "+" } else { "" };
    format!("tel:{plus}{}", number.chars().filter(char::is_ascii_digit).collect::<String>())
}

/// What happened to the last "Tell my worker".
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sent {
    Arrived,
    /// Kept on the phone until there is signal.
    Waiting,
}

#[function_component(HelpPage)]
pub fn help_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let help = use_state(|| None::<MyHelp>);
    let words = use_state(String::new);
    let sent = use_state(|| None::<Sent>);
    let error = use_state(|| None::<ErrorCode>);
    let tick = use_state(|| 0u32);
    use_effect_with(*tick, {
        let help = help.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok((mine, _kept)) = crate::offline::read_through::<MyHelp>(&api::mine_path(), CACHE).await {
                    help.set(Some(mine));
                }
            });
        }
    });
    let oninput = {
        let words = words.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target().and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok()) {
                words.set(area.value());
            }
        })
    };
    let onsubmit = {
        let (words, sent, error, tick, sync) = (words.clone(), sent.clone(), error.clone(), tick.clone(), sync.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = AlertRequest { words: (*words).clone() };
            if let Err(code) = request.parse() {
                return error.set(Some(code));
            }
            let (words, sent, error, tick, sync) = (words.clone(), sent.clone(), error.clone(), tick.clone(), sync.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(id) = outbox::enqueue(KIND, &api::raise_path(), &request, None).await else {
                    return error.set(Some(ErrorCode::Internal));
                };
                error.set(None);
                words.set(String::new());
                if let Some(sync) = &sync {
                    sync.flush_now().await;
                }
                // Still in the outbox: no signal yet; it goes the moment there is.
                let waiting = outbox::all().await.map(|queued| queued.iter().any(|op| op.id == id.to_string())).unwrap_or(true);
                sent.set(Some(if waiting { Sent::Waiting } else { Sent::Arrived }));
                tick.set(*tick + 1);
            });
        })
    };
    let intro = t.get("help-intro");
    let duty_phone = help.as_ref().map(|help| help.duty_phone.clone()).filter(|phone| !phone.is_empty());
    let language = t.language.code();
    html! {
        <section class="page help-page">
            <h1>{ t.get("help-title") }</h1>
            <p class="lead">{ intro.clone() }</p>
            <ReadAloud text={intro} />
            <ul class="contacts">
                <li><a class="button contact" href="tel:999">{ t.get("help-call-999") }</a></li>
                <li>
                    <a class="button secondary contact" href={tel(CHILDLINE)}>
                        { t.get_with("help-childline", &[("number", CHILDLINE.into())]) }
                    </a>
                </li>
                if let Some(phone) = duty_phone {
                    <li>
                        <a class="button secondary contact" href={tel(&phone)}>
                            { t.get_with("help-duty", &[("number", phone.clone().into())]) }
                        </a>
                    </li>
                }
            </ul>
            <h2>{ t.get("help-tell-title") }</h2>
            if let Some(outcome) = *sent {
                <p class="notice" role="status">
                    { match outcome {
                        Sent::Arrived => t.get("help-sent"),
                        Sent::Waiting => t.get("help-waiting"),
                    } }
                </p>
            }
            if let Some(code) = *error {
                <p class="error" role="alert" id="help-words-error">{ t.error(code) }</p>
            }
            <form {onsubmit}>
                <div class="field">
                    <label for="help-words">{ t.get("help-words-label") }</label>
                    <textarea id="help-words" rows="4" maxlength={MAX_WORDS.to_string()} value={(*words).clone()} {oninput}
                        aria-describedby={error.is_some().then_some("help-words-error")} />
                </div>
                <button type="submit" class="button">{ t.get("help-send") }</button>
            </form>
            if let Some(help) = help.as_ref().filter(|help| !help.alerts.is_empty()) {
                <h2>{ t.get("help-history-title") }</h2>
                <ul class="list">
                    { for help.alerts.iter().map(|alert| {
                        let at = spoken(&alert.raised_at, language);
                        html! {
                            <li class="list-item" key={alert.id.to_string()}>
                                <span class="list-title">{ t.get_with("help-asked-at", &[("time", at.into())]) }</span>
                                <span class="hint">
                                    { match &alert.seen_by {
                                        Some(name) => t.get_with("help-seen-by", &[("name", name.clone().into())]),
                                        None => t.get("help-not-seen-yet"),
                                    } }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn phone_numbers_become_tel_links_of_their_digits() {
        assert_eq!(tel("0800 1111"), "tel:08001111");
        assert_eq!(tel("+44 20 7946 0000"), "tel:+442079460000");
    }
}
