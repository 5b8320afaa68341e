//! The phone of a closed case: it sends what it still holds, then signs out and forgets
//! everything of the person. Until then it shows only this (the server answers it nothing else).

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::ReadAloud;
use crate::i18n::use_i18n;

/// How often a phone still holding something tries again, in milliseconds.
const RETRY_MS: u32 = 20_000;

#[function_component(CaseClosedScreen)]
pub fn case_closed_screen() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    // What is still to send, once a try has found some.
    let waiting = use_state(|| None::<u32>);
    let send_then_leave = {
        let (auth, waiting) = (auth.clone(), waiting.clone());
        Callback::from(move |()| {
            let (auth, waiting) = (auth.clone(), waiting.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::offline::outbox::send_then_count().await {
                    Ok(status) if status.waiting > 0 => waiting.set(Some(status.waiting)),
                    // Sent (what the server refused for good can never go): sign out and forget.
                    _ => {
                        if let Some(auth) = auth {
                            auth.sign_out().await;
                        }
                    }
                }
            });
        })
    };
    use_effect_with((), {
        let send_then_leave = send_then_leave.clone();
        move |_| {
            send_then_leave.emit(());
            let retry = Interval::new(RETRY_MS, move || send_then_leave.emit(()));
            move || drop(retry)
        }
    });
    let try_now = Callback::from(move |_: MouseEvent| send_then_leave.emit(()));
    let title = t.get("case-closed-title");
    let body = t.get("case-closed-body");
    html! {
        <section class="card case-closed" aria-labelledby="case-closed-title">
            <h1 id="case-closed-title">{ title.clone() }</h1>
            <p>{ body.clone() }</p>
            <ReadAloud text={format!("{title}. {body}")} />
            if let Some(count) = *waiting {
                <p role="status">{ t.get_with("case-closed-sending", &[("count", count.into())]) }</p>
                <button type="button" class="button" onclick={try_now}>{ t.get("case-closed-try-now") }</button>
            }
        </section>
    }
}
