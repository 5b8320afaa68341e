//! "Tell us what you think": a complaint or a compliment in the person's own words, named or
//! not, from any screen (the link is in the page frame). It waits in the outbox until the server
//! has it. The phone keeps a follow token for each, so it can show what it sent, the status and
//! the outcome in plain words, and nobody else can.

use serde::{Deserialize, Serialize};
use tandem_domain::complaints::{ComplaintRequest, ComplaintStatus, FeedbackKind, FollowRequest, RaisedItem};
use tandem_domain::ErrorCode;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::field_error;
use crate::i18n::use_i18n;
use crate::offline::sync::use_sync;
use crate::offline::{drafts, outbox};

const KIND: &str = "complaint.raise";
/// The words being written, kept as typed.
const DRAFT: &str = "complaint";
/// The follow tokens of everything this phone sent.
const TOKENS: &str = "complaint_tokens";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
struct Draft {
    /// None until they choose: the box's question depends on it, and a guess would file a
    /// compliment as a complaint.
    #[serde(default)]
    kind: Option<FeedbackKind>,
    text: String,
    anonymous: bool,
}

/// 128 random bits and more: two UUID v7s' random parts would do; their whole text is simplest.
fn status_text(t: &crate::i18n::Messages, status: ComplaintStatus) -> String {
    match status {
        ComplaintStatus::Received => t.get("say-status-received"),
        ComplaintStatus::Acknowledged => t.get("say-status-acknowledged"),
        ComplaintStatus::Investigating => t.get("say-status-investigating"),
        ComplaintStatus::Resolved => t.get("say-status-resolved"),
    }
}

#[function_component(SayPage)]
pub fn say_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let draft = use_state(|| None::<Draft>);
    let raised = use_state(Vec::<RaisedItem>::new);
    let waiting = use_state(Vec::<(ComplaintRequest, Option<ErrorCode>)>::new);
    let error = use_state(|| None::<ErrorCode>);
    // After sending: whether the server has it (true) or it waits on the phone (false).
    let sent = use_state(|| None::<bool>);
    let tick = use_state(|| 0u32);
    let sync_status = sync.as_ref().map(|s| s.state().status);

    use_effect_with((*tick, sync_status), {
        let (draft, raised, waiting) = (draft.clone(), raised.clone(), waiting.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if draft.is_none() {
                    draft.set(Some(drafts::load::<Draft>(DRAFT).await.ok().flatten().unwrap_or_default()));
                }
                let queued = outbox::all().await.unwrap_or_default();
                waiting.set(
                    queued
                        .iter()
                        .filter(|op| op.kind == KIND)
                        .filter_map(|op| Some((crate::json::from_str::<ComplaintRequest>(&op.body).ok()?, op.rejection())))
                        .collect(),
                );
                let tokens = drafts::load::<Vec<String>>(TOKENS).await.ok().flatten().unwrap_or_default();
                if let Ok(items) = crate::api::post_json::<Vec<RaisedItem>>(&super::api::followed_path(), &FollowRequest { tokens }).await {
                    raised.set(items);
                }
            });
        }
    });

    let on_draft = drafts::kept_in_draft(&draft, DRAFT);
    let Some(current) = (*draft).clone() else {
        return html! { <section class="page" aria-busy="true"><h1>{ t.get("say-title") }</h1></section> };
    };
    let set = |change: fn(&mut Draft, &Event)| {
        let (on_draft, current) = (on_draft.clone(), current.clone());
        Callback::from(move |event: Event| {
            let mut next = current.clone();
            change(&mut next, &event);
            on_draft.emit(Some(next));
        })
    };
    let pick_complaint = set(|draft, _| draft.kind = Some(FeedbackKind::Complaint));
    let pick_compliment = set(|draft, _| draft.kind = Some(FeedbackKind::Compliment));
    let anonymous = set(|draft, event| {
        draft.anonymous = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()).is_some_and(|input| input.checked())
    });
    let oninput = {
        let (on_draft, current) = (on_draft.clone(), current.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target().and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok()) {
                on_draft.emit(Some(Draft { text: area.value(), ..current.clone() }));
            }
        })
    };
    let onsubmit = {
        let (current, error, sent, tick, sync, draft) =
            (current.clone(), error.clone(), sent.clone(), tick.clone(), sync.clone(), draft.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(kind) = current.kind else {
                field_error::focus("say-complaint");
                return error.set(Some(ErrorCode::ChoiceRequired));
            };
            let request = ComplaintRequest {
                kind,
                text: current.text.clone(),
                anonymous: current.anonymous,
                follow_token: crate::offline::random_token(),
            };
            if let Err(code) = request.parse() {
                field_error::focus("say-text");
                return error.set(Some(code));
            }
            let (error, sent, tick, sync, draft) = (error.clone(), sent.clone(), tick.clone(), sync.clone(), draft.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // The token first: a phone that loses it can no longer follow what it sent.
                let mut tokens = drafts::load::<Vec<String>>(TOKENS).await.ok().flatten().unwrap_or_default();
                tokens.push(request.follow_token.clone());
                if drafts::save(TOKENS, &tokens).await.is_err()
                    || outbox::enqueue(KIND, &super::api::raise_path(), &request, Some(DRAFT)).await.is_err()
                {
                    return error.set(Some(ErrorCode::Internal));
                }
                error.set(None);
                draft.set(Some(Draft::default()));
                let status = match &sync {
                    Some(sync) => sync.flush_now().await,
                    None => None,
                };
                sent.set(Some(status.is_some_and(|status| status.waiting == 0)));
                tick.set(*tick + 1);
            });
        })
    };
    let text_label = match current.kind {
        None => "say-text-unchosen",
        Some(FeedbackKind::Complaint) => "say-text-complaint",
        Some(FeedbackKind::Compliment) => "say-text-compliment",
    };
    // A refusal is about the choice, the words, or (the phone could not keep it) neither.
    let choice_error = error.filter(|code| *code == ErrorCode::ChoiceRequired);
    let text_error = error.filter(|code| !matches!(code, ErrorCode::ChoiceRequired | ErrorCode::Internal));
    let other_error = error.filter(|code| *code == ErrorCode::Internal);
    let required = html! { <>{ " " }<span class="required">{ t.get("field-required") }</span></> };
    html! {
        <section class="page say-page">
            <h1>{ t.get("say-title") }</h1>
            <p class="lead">{ t.get("say-intro") }</p>
            if let Some(received) = *sent {
                <p class="notice" role="status">{ t.get(if received { "say-thanks-received" } else { "say-thanks" }) }</p>
            }
            <form {onsubmit} novalidate=true>
                <fieldset class="choices" aria-describedby={choice_error.map(|_| "say-kind-error")}>
                    <legend>{ t.get("say-kind-legend") }{ required.clone() }</legend>
                    if let Some(code) = choice_error { <p class="error" role="alert" id="say-kind-error">{ t.error(code) }</p> }
                    <div class="choice">
                        <input type="radio" id="say-complaint" name="say-kind" checked={current.kind == Some(FeedbackKind::Complaint)}
                            onchange={pick_complaint} />
                        <label for="say-complaint">{ t.get("say-kind-complaint") }</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="say-compliment" name="say-kind" checked={current.kind == Some(FeedbackKind::Compliment)}
                            onchange={pick_compliment} />
                        <label for="say-compliment">{ t.get("say-kind-compliment") }</label>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="say-text">{ t.get(text_label) }{ required }</label>
                    <textarea id="say-text" rows="6" maxlength="4000" value={current.text.clone()} {oninput} required=true
                        aria-invalid={text_error.map(|_| "true")} aria-describedby={text_error.map(|_| "say-text-error")} />
                    if let Some(code) = text_error { <p class="error field-error" role="alert" id="say-text-error">{ t.error(code) }</p> }
                </div>
                <div class="check-row">
                    <input type="checkbox" id="say-anonymous" checked={current.anonymous} onchange={anonymous} />
                    <label for="say-anonymous">{ t.get("say-anonymous") }</label>
                </div>
                <p class="hint">{ t.get(if current.anonymous { "say-anonymous-hint" } else { "say-named-hint" }) }</p>
                if let Some(code) = other_error { <p class="error" role="alert">{ t.error(code) }</p> }
                <button type="submit" class="button">{ t.get("say-send") }</button>
            </form>
            if !waiting.is_empty() || !raised.is_empty() {
                <h2>{ t.get("say-yours") }</h2>
                <ul class="raised-list">
                    { for waiting.iter().map(|(request, refused)| html! {
                        <li class="card">
                            <p>{ request.text.clone() }</p>
                            if let Some(code) = refused {
                                <p class="error" role="alert">{ t.error(*code) }</p>
                            } else {
                                <p class="badge waiting">{ t.get("say-waiting") }</p>
                            }
                        </li>
                    }) }
                    { for raised.iter().map(|item| html! {
                        <li class="card" key={item.id.to_string()}>
                            <p>{ item.text.clone() }</p>
                            <p class={classes!("badge", item.status.as_str())}>{ status_text(&t, item.status) }</p>
                            if item.kind == FeedbackKind::Complaint && item.status != ComplaintStatus::Resolved {
                                if let Some(owner) = &item.owner {
                                    <p>{ t.get_with("say-owner", &[("name", owner.clone().into())]) }</p>
                                }
                                <p>{ t.get_with("say-respond-by", &[("date", crate::components::dates::day_in_words(&t, &item.respond_by).into())]) }</p>
                            }
                            if !item.outcome.is_empty() {
                                <p class="outcome"><strong>{ t.get("say-outcome") }</strong>{ " " }{ item.outcome.clone() }</p>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
