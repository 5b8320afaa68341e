//! The plan on a young person's or carer's phone: one card per target in large text, each read
//! aloud on request; the person writes their own boxes, answers the worker's suggestions, and
//! says whether they agree. With no connection the last plan fetched is shown from the phone's
//! store and every change waits in the outbox; a change the server refused because someone else
//! changed the same box comes back here with both texts to choose from.

use serde::{Deserialize, Serialize};
use tandem_domain::plans::{
    AgreementRequest, AgreementState, Author, CarerSharing, Field, Party, PlanChange, PlanView, Row, RowStatus, ICONS,
};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{change_list, field_label};
use crate::components::dates::day_in_words;
use crate::components::field_error::focus_when_drawn;
use crate::components::ReadAloud;
use crate::i18n::{use_i18n, Messages};
use crate::offline::drafts;
use crate::offline::outbox::{self, QueuedOperation};
use crate::offline::sync::{use_sync, Sent};

/// The last plans fetched, kept for reading offline.
pub const CACHE: &str = "plan_cache";
/// Words being written in a box, kept as typed: each box under its own name, which starts so.
pub const EDIT_DRAFTS: &str = "plan_edit.";
/// Where a phone from before every box kept its own draft kept the one box being written.
const OLD_EDIT_DRAFT: &str = "plan_edit";
/// "What would you change?", kept as typed.
pub const ANSWER_DRAFT: &str = "plan_answer";
const CHANGE_KIND: &str = "plan.change";
const ANSWER_KIND: &str = "plan.answer";

/// A box being written: whose plan, which row and column, the words so far, and the version
/// the person started from (the conflict check's base).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Writing {
    young_person: Uuid,
    row: Uuid,
    field: Field,
    text: String,
    base: u32,
    /// The refused operation this writing resolves, to remove once the new one is queued.
    #[serde(default)]
    resolves: Option<String>,
}

impl Writing {
    fn is_box(&self, young_person: Uuid, row: Uuid, field: Field) -> bool {
        (self.young_person, self.row, self.field) == (young_person, row, field)
    }

    fn draft_name(&self) -> String {
        format!("{EDIT_DRAFTS}{}.{}.{}", self.young_person, self.row, self.field.as_str())
    }
}

/// What happened to a box being written.
#[derive(Debug, Clone, PartialEq)]
enum BoxWriting {
    /// Opened or typed in: kept on the phone as it is.
    Typed(Writing),
    /// Cancelled: its words are forgotten.
    Discarded(Writing),
    /// Saved: queued to send, which cleared its draft in the same transaction.
    Queued(Writing),
    /// The drafts kept on the phone, read when the page opens.
    Found(Vec<Writing>),
}

/// Every box being written on the page, each with its own words until they are saved or
/// discarded: opening another box leaves them as they are.
#[derive(Debug, Clone, Default, PartialEq)]
struct Boxes(Vec<Writing>);

impl Reducible for Boxes {
    type Action = BoxWriting;

    fn reduce(self: std::rc::Rc<Self>, action: BoxWriting) -> std::rc::Rc<Self> {
        let mut boxes = self.0.clone();
        match action {
            BoxWriting::Typed(writing) => match boxes.iter_mut().find(|w| w.is_box(writing.young_person, writing.row, writing.field)) {
                Some(kept) => *kept = writing,
                None => boxes.push(writing),
            },
            BoxWriting::Discarded(writing) | BoxWriting::Queued(writing) => {
                boxes.retain(|w| !w.is_box(writing.young_person, writing.row, writing.field));
            }
            // What is in memory is newer than what was read.
            BoxWriting::Found(found) if boxes.is_empty() => boxes = found,
            BoxWriting::Found(_) => {}
        }
        std::rc::Rc::new(Boxes(boxes))
    }
}

/// Every box's unsaved words on this phone; one kept under the old single name moves to its
/// box's own.
async fn kept_writing() -> Vec<Writing> {
    if let Ok(Some(old)) = drafts::load::<Writing>(OLD_EDIT_DRAFT).await {
        if drafts::save(&old.draft_name(), &old).await.is_ok() {
            let _ = drafts::clear(OLD_EDIT_DRAFT).await;
        }
    }
    drafts::load_prefixed::<Writing>(EDIT_DRAFTS).await.unwrap_or_default()
}

/// A change still on the phone: waiting to be sent, or refused.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    operation: String,
    young_person: Uuid,
    change: PlanChange,
    refused: Option<ErrorCode>,
}

fn pending_changes(queued: &[QueuedOperation]) -> Vec<Pending> {
    queued
        .iter()
        .filter(|op| op.kind == CHANGE_KIND)
        .filter_map(|op| {
            let young_person = op.path.split('/').nth(4)?.parse().ok()?;
            let change = crate::json::from_str(&op.body).ok()?;
            Some(Pending { operation: op.id.clone(), young_person, change, refused: op.rejection() })
        })
        .collect()
}

/// The plan as the server last sent it with this phone's unsent changes laid over it, so the
/// person sees what they wrote straight away.
fn with_pending(mut view: PlanView, pending: &[Pending]) -> PlanView {
    let author = Author { party: view.party, device: Uuid::nil() };
    for change in pending.iter().filter(|p| p.young_person == view.young_person_id && p.refused.is_none()) {
        if let Ok(next) = view.plan.apply(author, &change.change, Uuid::nil()) {
            view.plan.rows = next.rows;
        }
    }
    view
}

fn waiting(pending: &[Pending], row: Uuid) -> bool {
    pending.iter().any(|p| p.refused.is_none() && matches!(&p.change,
        PlanChange::Edit { row_id, .. } | PlanChange::AddRow { row_id, .. } | PlanChange::AnswerSuggestion { row_id, .. } | PlanChange::SetLook { row_id, .. } if *row_id == row))
}

#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    /// Plans, and whether they came from the phone's store because there was no connection.
    Plans(Vec<PlanView>, bool),
    Failed(ErrorCode),
}

#[function_component(PlanPage)]
pub fn plan_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let loaded = use_state(|| Loaded::Loading);
    let pending = use_state(Vec::<Pending>::new);
    let writing = use_reducer(Boxes::default);
    let saying_no = use_state(|| None::<(Uuid, String)>);
    let error = use_state(|| None::<ErrorCode>);
    let tick = use_state(|| 0u32);
    // What the last save did, said in a polite live region (shown and read out).
    let saved_note = use_state(String::new);
    let sync_status = sync.as_ref().map(|s| s.state().status);

    use_effect_with((*tick, sync_status), {
        let (loaded, pending, saying_no) = (loaded.clone(), pending.clone(), saying_no.clone());
        // Drafts are read while none is in memory (what is in memory is newer).
        let (writing, writing_none) = (writing.dispatcher(), writing.0.is_empty());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let state = match crate::offline::read_through::<Vec<PlanView>>(&super::api::mine_path(), CACHE).await {
                    Ok((views, offline)) => Loaded::Plans(views, offline),
                    Err(code) => Loaded::Failed(code),
                };
                pending.set(pending_changes(&outbox::all().await.unwrap_or_default()));
                if writing_none {
                    writing.dispatch(BoxWriting::Found(kept_writing().await));
                }
                if saying_no.is_none() {
                    saying_no.set(drafts::load::<(Uuid, String)>(ANSWER_DRAFT).await.ok().flatten());
                }
                loaded.set(state);
            });
        }
    });

    // Queues, then sends what it can and reloads; nothing waits on the network.
    let send_change = {
        let (tick, error, sync) = (tick.clone(), error.clone(), sync.clone());
        Callback::from(move |(young_person, change, draft, resolves): (Uuid, PlanChange, Option<String>, Option<String>)| {
            let sent = Sent { tick: tick.clone(), error: error.clone(), sync: sync.clone() };
            wasm_bindgen_futures::spawn_local(sent.queue(CHANGE_KIND, super::api::changes_path(young_person), change, draft, resolves));
        })
    };
    let send_answer = {
        let (tick, error, sync) = (tick.clone(), error.clone(), sync.clone());
        Callback::from(move |(young_person, answer): (Uuid, AgreementRequest)| {
            let sent = Sent { tick: tick.clone(), error: error.clone(), sync: sync.clone() };
            let path = super::api::answers_path(young_person);
            wasm_bindgen_futures::spawn_local(sent.queue(ANSWER_KIND, path, answer, Some(ANSWER_DRAFT.to_owned()), None));
        })
    };

    // Typed words are shown at once and kept on the phone in the background, as `kept_in_draft`
    // does: "Save" pressed straight after typing reads every word, and the store keeps the saves
    // in order. Cancelled words are gone from the phone before the box closes, so closing the
    // app at once cannot bring them back.
    let on_writing = {
        let (boxes, saved_note, t) = (writing.dispatcher(), saved_note.clone(), t.clone());
        Callback::from(move |change: BoxWriting| {
            if let BoxWriting::Queued(saved) = &change {
                saved_note.set(t.get_with("plan-saved-box", &[("box", field_label(&t, saved.field).into())]));
            }
            match &change {
                BoxWriting::Typed(kept) => {
                    let (name, kept) = (kept.draft_name(), kept.clone());
                    boxes.dispatch(change);
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = drafts::save(&name, &kept).await;
                    });
                }
                BoxWriting::Discarded(gone) => {
                    let (name, boxes) = (gone.draft_name(), boxes.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = drafts::clear(&name).await;
                        boxes.dispatch(change);
                    });
                }
                BoxWriting::Queued(_) | BoxWriting::Found(_) => boxes.dispatch(change),
            }
        })
    };
    let on_saying_no = drafts::kept_in_draft(&saying_no, ANSWER_DRAFT);
    let discard = {
        let tick = tick.clone();
        Callback::from(move |operation: String| {
            let tick = tick.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = outbox::remove(&operation).await;
                tick.set(*tick + 1);
            });
        })
    };

    let views = match &*loaded {
        Loaded::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("plan-title") }</h1></section> },
        Loaded::Failed(code) => {
            return html! { <section class="page"><h1>{ t.get("plan-title") }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> };
        }
        Loaded::Plans(views, offline) => (views.clone(), *offline),
    };
    let (views, offline) = views;
    let error_line = error.map(|code| html! { <p class="error" role="alert">{ t.error(code) }</p> });
    // One plan is the page ("My plan", "Jay's plan"); a carer of several sees each under "Plan".
    let single = views.len() == 1;

    html! {
        <section class="page plan-page">
            if !single { <h1>{ t.get("plan-title") }</h1> }
            { error_line }
            if offline { <p class="notice" role="status">{ t.get("plan-offline-copy") }</p> }
            <p class="hint save-note" role="status">{ (*saved_note).clone() }</p>
            if views.is_empty() { <p>{ t.get("plan-none") }</p> }
            { for views.into_iter().map(|view| {
                let view = with_pending(view, &pending);
                html! {
                    <PlanForPerson view={view} level={if single { 1 } else { 2 }} pending={(*pending).clone()} writing={writing.0.clone()}
                        on_writing={on_writing.clone()}
                        saying_no={(*saying_no).clone()}
                        on_saying_no={on_saying_no.clone()}
                        send_answer={send_answer.clone()} send_change={send_change.clone()}
                        discard={discard.clone()} />
                }
            }) }
        </section>
    }
}

type SendChange = Callback<(Uuid, PlanChange, Option<String>, Option<String>)>;

#[derive(Properties, PartialEq)]
struct PlanProps {
    view: PlanView,
    /// The level of the plan's heading: 1 when it is the page, 2 under the page's "Plan".
    level: u8,
    pending: Vec<Pending>,
    writing: Vec<Writing>,
    on_writing: Callback<BoxWriting>,
    saying_no: Option<(Uuid, String)>,
    on_saying_no: Callback<Option<(Uuid, String)>>,
    send_answer: Callback<(Uuid, AgreementRequest)>,
    send_change: SendChange,
    discard: Callback<String>,
}

/// One young person's plan, for them or for one of their carers.
#[function_component(PlanForPerson)]
fn plan_for_person(props: &PlanProps) -> Html {
    let t = use_i18n();
    let view = &props.view;
    let young_person = view.young_person_id;
    let heading = match view.party {
        Party::YoungPerson => t.get("plan-mine"),
        _ => t.get_with("plan-of", &[("name", view.young_person_name.clone().into())]),
    };
    let new_target = use_node_ref();
    let refused: Vec<&Pending> = props.pending.iter().filter(|p| p.young_person == young_person && p.refused.is_some()).collect();

    let add_target = {
        let (new_target, send_change) = (new_target.clone(), props.send_change.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = new_target.cast::<HtmlInputElement>() else { return };
            let change = PlanChange::AddRow { row_id: Uuid::now_v7(), target: input.value(), worker_will: String::new() };
            input.set_value("");
            send_change.emit((young_person, change, None, None));
        })
    };

    html! {
        <section class="plan" aria-labelledby={format!("plan-{young_person}")}>
            <@{heading_tag(props.level)} id={format!("plan-{young_person}")}>{ heading }</@>
            { for refused.iter().map(|p| refusal(&t, view, p, props)) }
            { agreement(&t, view, props) }
            if view.plan.rows.is_empty() { <p>{ t.get("plan-empty") }</p> }
            <ol class="plan-cards">
                { for view.plan.rows.iter().map(|row| html! { <li>{ card(&t, view, row, props) }</li> }) }
            </ol>
            if view.party == Party::YoungPerson {
                <form class="form" onsubmit={add_target} novalidate=true>
                    <div class="field">
                        <label for={format!("new-target-{young_person}")}>{ t.get("plan-add-target-label") }</label>
                        <input id={format!("new-target-{young_person}")} type="text" maxlength="500" ref={new_target} />
                    </div>
                    <button type="submit" class="button secondary">{ t.get("plan-add-target") }</button>
                </form>
            }
        </section>
    }
}

/// Where the person's agreement stands, and the way to give it.
fn agreement(t: &Messages, view: &PlanView, props: &PlanProps) -> Html {
    if view.plan.rows.is_empty() {
        return html! {};
    }
    let young_person = view.young_person_id;
    let state = view.agreements.first().map(|a| a.state.clone()).unwrap_or(AgreementState::Waiting);
    let version = view.plan.version;
    let agree = {
        let (send_answer, on_saying_no) = (props.send_answer.clone(), props.on_saying_no.clone());
        Callback::from(move |_: MouseEvent| {
            on_saying_no.emit(None);
            send_answer.emit((young_person, AgreementRequest { version, agree: true, change_wanted: String::new() }));
        })
    };
    let saying_no = props.saying_no.as_ref().filter(|(who, _)| *who == young_person).map(|(_, text)| text.clone());
    let start_no = {
        let on = props.on_saying_no.clone();
        Callback::from(move |_: MouseEvent| on.emit(Some((young_person, String::new()))))
    };
    let typed_no = {
        let on = props.on_saying_no.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            on.emit(Some((young_person, text)));
        })
    };
    let send_no = {
        let (send_answer, on, text) = (props.send_answer.clone(), props.on_saying_no.clone(), saying_no.clone().unwrap_or_default());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on.emit(None);
            send_answer.emit((young_person, AgreementRequest { version, agree: false, change_wanted: text.clone() }));
        })
    };
    // Back to "I agree" and "I want to change something", the words forgotten.
    let back = {
        let on = props.on_saying_no.clone();
        Callback::from(move |_: MouseEvent| on.emit(None))
    };
    let (status, ask) = match &state {
        AgreementState::Waiting => (html! { <p>{ t.get("plan-state-waiting") }</p> }, true),
        AgreementState::Agreed { .. } => (html! { <p class="agreed">{ t.get("plan-state-agreed") }</p> }, false),
        AgreementState::Disagreed { change_wanted, .. } => (
            html! {
                <p>{ t.get("plan-state-disagreed") }<br/><q>{ change_wanted.clone() }</q></p>
            },
            true,
        ),
        AgreementState::Reopened { agreed, change_wanted, changed, .. } => (
            html! {
                <>
                    if *agreed {
                        <p>{ t.get("plan-state-reopened") }</p>
                    } else {
                        <p>{ t.get("plan-state-reopened-disagreed") }<br/><q>{ change_wanted.clone() }</q></p>
                    }
                    { change_list(t, changed) }
                </>
            },
            true,
        ),
    };
    html! {
        <section class="plan-agreement" aria-labelledby={format!("agree-{young_person}")}>
            <@{heading_tag(props.level + 1)} id={format!("agree-{young_person}")}>{ t.get("plan-agree-title") }</@>
            <div role="status">{ status }</div>
            if ask {
                if let Some(text) = saying_no {
                    <form class="form" onsubmit={send_no} novalidate=true>
                        <div class="field">
                            <label for={format!("change-wanted-{young_person}")}>{ t.get("plan-change-wanted-label") }</label>
                            <textarea id={format!("change-wanted-{young_person}")} rows="3" maxlength="500" value={text} oninput={typed_no} />
                        </div>
                        <div class="button-row">
                            <button type="submit" class="button">{ t.get("plan-send") }</button>
                            <button type="button" class="button secondary" onclick={back}>{ t.get("plan-disagree-back") }</button>
                        </div>
                    </form>
                } else {
                    <div class="button-row">
                        <button type="button" class="button" onclick={agree}>{ t.get("plan-agree") }</button>
                        <button type="button" class="button secondary" onclick={start_no}>{ t.get("plan-disagree") }</button>
                    </div>
                }
            }
        </section>
    }
}

/// A refused change: a conflict offers both texts; anything else says why and may be discarded.
fn refusal(t: &Messages, view: &PlanView, pending: &Pending, props: &PlanProps) -> Html {
    let operation = pending.operation.clone();
    let discard = {
        let (d, op) = (props.discard.clone(), operation.clone());
        Callback::from(move |_: MouseEvent| d.emit(op.clone()))
    };
    match (&pending.change, pending.refused) {
        (PlanChange::Edit { row_id, field, text, .. }, Some(ErrorCode::PlanEditConflict)) => {
            let theirs = view.plan.row(*row_id).map(|row| row.cells.get(*field).text.clone()).unwrap_or_default();
            let (young_person, row, field, mine, version) = (view.young_person_id, *row_id, *field, text.clone(), view.plan.version);
            let keep_mine = {
                let (send_change, op, mine) = (props.send_change.clone(), operation.clone(), mine.clone());
                Callback::from(move |_: MouseEvent| {
                    let change = PlanChange::Edit { row_id: row, field, text: mine.clone(), base_version: version };
                    send_change.emit((young_person, change, None, Some(op.clone())));
                })
            };
            let merge = {
                let (on_writing, op, text) = (props.on_writing.clone(), operation.clone(), format!("{theirs}\n{mine}"));
                Callback::from(move |_: MouseEvent| {
                    on_writing.emit(BoxWriting::Typed(Writing {
                        young_person,
                        row,
                        field,
                        text: text.clone(),
                        base: version,
                        resolves: Some(op.clone()),
                    }));
                })
            };
            html! {
                <section class="conflict" role="alert">
                    <@{heading_tag(props.level + 1)}>{ t.get("plan-conflict-title") }</@>
                    <p>{ field_label(t, field) }</p>
                    <dl>
                        <dt>{ t.get("plan-conflict-yours") }</dt><dd class="conflict-yours">{ mine }</dd>
                        <dt>{ t.get("plan-conflict-theirs") }</dt><dd class="conflict-theirs">{ theirs }</dd>
                    </dl>
                    <div class="button-row">
                        <button type="button" class="button" onclick={keep_mine}>{ t.get("plan-keep-mine") }</button>
                        <button type="button" class="button secondary" onclick={discard}>{ t.get("plan-take-theirs") }</button>
                        <button type="button" class="button secondary" onclick={merge}>{ t.get("plan-merge") }</button>
                    </div>
                </section>
            }
        }
        (_, Some(code)) => html! {
            <section class="conflict" role="alert">
                <p>{ t.get("plan-refused") }{ " " }{ t.error(code) }</p>
                <button type="button" class="button secondary" onclick={discard}>{ t.get("plan-discard") }</button>
            </section>
        },
        _ => html! {},
    }
}

/// The words read aloud for a card: each box with its heading.
fn card_words(t: &Messages, row: &Row) -> String {
    Field::ALL
        .iter()
        .map(|field| (field, &row.cells.get(*field).text))
        .filter(|(_, text)| !text.is_empty())
        // The headings end in "..." or "?" (or are "Target"), so no colon between.
        .map(|(field, text)| format!("{} {}.", field_label(t, *field), text))
        .collect::<Vec<_>>()
        .join(" ")
}

fn card(t: &Messages, view: &PlanView, row: &Row, props: &PlanProps) -> Html {
    let young_person = view.young_person_id;
    let party = view.party;
    let row_id = row.id;
    let version = view.plan.version;
    let writing = |field: Field| props.writing.iter().find(|w| w.is_box(young_person, row_id, field));
    let boxes = Field::ALL.iter().filter(|field| **field != Field::Target).map(|field| {
        let field = *field;
        let text = row.cells.get(field).text.clone();
        let mine = field.writer() == party;
        let start = {
            let (on_writing, text) = (props.on_writing.clone(), text.clone());
            Callback::from(move |_: MouseEvent| {
                on_writing.emit(BoxWriting::Typed(Writing {
                    young_person,
                    row: row_id,
                    field,
                    text: text.clone(),
                    base: version,
                    resolves: None,
                }));
                focus_when_drawn(writing_id(row_id, field));
            })
        };
        let box_id = format!("box-{row_id}-{}", field.as_str());
        html! {
            <div class="plan-box">
                <@{heading_tag(props.level + 2)} id={box_id.clone()}>{ field_label(t, field) }</@>
                if let Some(w) = writing(field) {
                    { writing_form(t, w, props, Some(box_id.clone())) }
                } else {
                    <p class={classes!("plan-words", text.is_empty().then_some("empty"))}>
                        { if text.is_empty() { t.get("plan-not-written") } else { text.clone() } }
                    </p>
                    if mine {
                        // Named with its box and its target: ten "Change" buttons read out of
                        // context (a screen reader's list of buttons) each say which.
                        <button type="button" class="button secondary small" onclick={start} id={box_button_id(row_id, field)}
                            aria-label={t.get_with("plan-box-action", &[
                                ("action", t.get(if text.is_empty() { "plan-write" } else { "plan-change" }).into()),
                                ("box", field_label(t, field).into()),
                                ("target", row.cells.target.text.clone().into()),
                            ])}>
                            { t.get(if text.is_empty() { "plan-write" } else { "plan-change" }) }
                        </button>
                    }
                }
            </div>
        }
    });
    let suggestions = row.suggestions.iter().filter(|s| s.field.writer() == party).map(|s| {
        let reply = |accept: bool| {
            let (send_change, id) = (props.send_change.clone(), s.id);
            Callback::from(move |_: MouseEvent| {
                send_change.emit((young_person, PlanChange::AnswerSuggestion { row_id, suggestion_id: id, accept }, None, None));
            })
        };
        html! {
            <div class="suggestion">
                <p>{ t.get_with("plan-suggestion", &[("column", field_label(t, s.field).into())]) }</p>
                <p class="plan-words"><q>{ s.text.clone() }</q></p>
                <div class="button-row">
                    <button type="button" class="button small" onclick={reply(true)}>{ t.get("plan-accept") }</button>
                    <button type="button" class="button secondary small" onclick={reply(false)}>{ t.get("plan-decline") }</button>
                </div>
            </div>
        }
    });
    let target_writing = writing(Field::Target);
    let change_target = {
        let (on_writing, text) = (props.on_writing.clone(), row.cells.target.text.clone());
        Callback::from(move |_: MouseEvent| {
            on_writing.emit(BoxWriting::Typed(Writing {
                young_person,
                row: row_id,
                field: Field::Target,
                text: text.clone(),
                base: version,
                resolves: None,
            }))
        })
    };
    let status = match row.status {
        RowStatus::Achieved => html! { <p class="badge">{ t.get("plan-status-achieved") }</p> },
        RowStatus::Dropped => {
            html! { <p class="badge">{ t.get_with("plan-status-dropped", &[("reason", row.dropped_reason.clone().into())]) }</p> }
        }
        RowStatus::Active => html! {},
    };
    html! {
        <article class={classes!("plan-card", (row.status != RowStatus::Active).then_some("closed"))} aria-labelledby={format!("target-{row_id}")}>
            <@{heading_tag(props.level + 1)} id={format!("target-{row_id}")} class="plan-target">
                if let Some(icon) = &row.icon { <span class="plan-icon" aria-hidden="true">{ icon.clone() }</span> }
                { row.cells.target.text.clone() }
            </@>
            if let Some(w) = target_writing { { writing_form(t, w, props, None) } }
            else if party == Party::YoungPerson {
                <button type="button" class="button secondary small" onclick={change_target} aria-describedby={format!("target-{row_id}")}>{ t.get("plan-change-target") }</button>
            }
            { status }
            if let Some(day) = &row.review_date { <p class="hint">{ t.get_with("plan-review-on", &[("date", day_in_words(t, day).into())]) }</p> }
            if waiting(&props.pending, row_id) { <p class="hint" role="status">{ t.get("plan-waiting-to-send") }</p> }
            <ReadAloud text={card_words(t, row)} />
            { for suggestions }
            { for boxes }
            if party == Party::YoungPerson { { look(t, young_person, row, props) } }
        </article>
    }
}

/// The form of a box being written. A box's heading names its words (`labelled_by`), so they
/// are not labelled twice; the target's heading is the target itself, so it has its label.
fn writing_form(t: &Messages, writing: &Writing, props: &PlanProps, labelled_by: Option<String>) -> Html {
    let id = writing_id(writing.row, writing.field);
    let typed = {
        let (on_writing, writing) = (props.on_writing.clone(), writing.clone());
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            on_writing.emit(BoxWriting::Typed(Writing { text, ..writing.clone() }));
        })
    };
    let save = {
        let (send_change, on_writing, writing) = (props.send_change.clone(), props.on_writing.clone(), writing.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let change =
                PlanChange::Edit { row_id: writing.row, field: writing.field, text: writing.text.clone(), base_version: writing.base };
            send_change.emit((writing.young_person, change, Some(writing.draft_name()), writing.resolves.clone()));
            on_writing.emit(BoxWriting::Queued(writing.clone()));
            focus_when_drawn(box_button_id(writing.row, writing.field));
        })
    };
    let cancel = {
        let (on_writing, writing) = (props.on_writing.clone(), writing.clone());
        Callback::from(move |_: MouseEvent| {
            on_writing.emit(BoxWriting::Discarded(writing.clone()));
            focus_when_drawn(box_button_id(writing.row, writing.field));
        })
    };
    html! {
        <form class="form" onsubmit={save} novalidate=true>
            <div class="field">
                if labelled_by.is_none() { <label for={id.clone()}>{ field_label(t, writing.field) }</label> }
                <textarea id={id} rows="3" maxlength="500" value={writing.text.clone()} oninput={typed} aria-labelledby={labelled_by} />
            </div>
            <div class="button-row">
                <button type="submit" class="button">{ t.get("plan-save") }</button>
                <button type="button" class="button secondary" onclick={cancel}>{ t.get("plan-cancel") }</button>
            </div>
        </form>
    }
}

/// The text box of a box being written.
fn writing_id(row: Uuid, field: Field) -> String {
    format!("writing-{row}-{}", field.as_str())
}

/// A box's "Write" or "Change" button, where the keyboard goes back to when its form closes.
fn box_button_id(row: Uuid, field: Field) -> String {
    format!("change-{row}-{}", field.as_str())
}

/// `h1`..`h6` for a heading `level` (the plan's own headings sit one lower under the page's).
fn heading_tag(level: u8) -> String {
    format!("h{}", level.clamp(1, 6))
}

/// The young person's own choices for a card: its symbol, and what their carer sees of it.
fn look(t: &Messages, young_person: Uuid, row: &Row, props: &PlanProps) -> Html {
    let row_id = row.id;
    let (icon_id, sharing_id) = (format!("icon-{row_id}"), format!("sharing-{row_id}"));
    let (icon_ref, sharing_ref) = (NodeRef::default(), NodeRef::default());
    let onchange = {
        let (send_change, icon_ref, sharing_ref) = (props.send_change.clone(), icon_ref.clone(), sharing_ref.clone());
        Callback::from(move |_: Event| {
            let icon = icon_ref.cast::<HtmlSelectElement>().map(|s| s.value()).filter(|v| !v.is_empty());
            let sharing = match sharing_ref.cast::<HtmlSelectElement>().map(|s| s.value()).as_deref() {
                Some("part") => CarerSharing::TargetAndCarerPart,
                Some("hidden") => CarerSharing::Hidden,
                _ => CarerSharing::WholeRow,
            };
            send_change.emit((young_person, PlanChange::SetLook { row_id, icon, sharing }, None, None));
        })
    };
    let current = row.icon.clone().unwrap_or_default();
    let sharing = match row.sharing {
        CarerSharing::WholeRow => "whole",
        CarerSharing::TargetAndCarerPart => "part",
        CarerSharing::Hidden => "hidden",
    };
    html! {
        <details class="plan-look">
            <summary>{ t.get("plan-look") }</summary>
            <div class="field">
                <label for={icon_id.clone()}>{ t.get("plan-icon-label") }</label>
                <select id={icon_id} ref={icon_ref} onchange={onchange.clone()}>
                    <option value="" selected={current.is_empty()}>{ t.get("plan-icon-none") }</option>
                    { for ICONS.iter().map(|icon| html! { <option value={*icon} selected={current == *icon}>{ *icon }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={sharing_id.clone()}>{ t.get("plan-sharing-label") }</label>
                <select id={sharing_id} ref={sharing_ref} {onchange}>
                    <option value="whole" selected={sharing == "whole"}>{ t.get("plan-sharing-whole") }</option>
                    <option value="part" selected={sharing == "part"}>{ t.get("plan-sharing-part") }</option>
                    <option value="hidden" selected={sharing == "hidden"}>{ t.get("plan-sharing-hidden") }</option>
                </select>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use tandem_domain::plans::{Cell, Cells, Plan};
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn queued(id: &str, young_person: Uuid, change: &PlanChange, rejected: Option<&str>) -> QueuedOperation {
        QueuedOperation {
            id: id.into(),
            kind: CHANGE_KIND.into(),
            path: crate::plans::api::changes_path(young_person),
            body: crate::json::to_string(change).unwrap(),
            created_at: 0.0,
            attempts: 0,
            next_try_at: 0.0,
            rejected: rejected.map(str::to_owned),
            owner: None,
            after: None,
        }
    }

    fn view(young_person: Uuid, row: Uuid) -> PlanView {
        let cell = |text: &str| Cell { text: text.into(), changed_in: 1, written_by: None };
        PlanView {
            young_person_id: young_person,
            young_person_name: "Rio".into(),
            party: Party::YoungPerson,
            plan: Plan { version: 1, rows: vec![Row::new(row, Cells { target: cell("Make better decisions"), ..Cells::default() }, 1)] },
            agreements: Vec::new(),
            last_review: None,
        }
    }

    #[wasm_bindgen_test]
    fn unsent_words_show_at_once_and_refused_ones_do_not() {
        let (young_person, other, row) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let edit = |text: &str| PlanChange::Edit { row_id: row, field: Field::IWill, text: text.into(), base_version: 1 };
        let ops = vec![
            queued("a", young_person, &edit("think before I act"), None),
            queued("b", other, &edit("someone else's plan"), None),
            queued(
                "c",
                young_person,
                &PlanChange::AddRow { row_id: Uuid::now_v7(), target: "Join a club".into(), worker_will: String::new() },
                None,
            ),
            queued("d", young_person, &edit("refused words"), Some("plan_edit_conflict")),
        ];
        let pending = pending_changes(&ops);
        assert_eq!(pending.len(), 4);
        assert_eq!(pending[3].refused, Some(ErrorCode::PlanEditConflict));
        let shown = with_pending(view(young_person, row), &pending);
        assert_eq!(shown.plan.rows[0].cells.i_will.text, "think before I act");
        assert_eq!(shown.plan.rows[1].cells.target.text, "Join a club");
        assert!(waiting(&pending, row));
        assert!(!waiting(&pending, Uuid::now_v7()));
    }

    #[wasm_bindgen_test]
    fn each_box_keeps_its_own_words_until_they_are_saved_or_discarded() {
        let (young_person, row) = (Uuid::now_v7(), Uuid::now_v7());
        let writing = |field: Field, text: &str| Writing { young_person, row, field, text: text.into(), base: 1, resolves: None };
        let boxes = [
            BoxWriting::Typed(writing(Field::IWill, "go to the club")),
            BoxWriting::Typed(writing(Field::HowIKnow, "I will feel")),
            BoxWriting::Typed(writing(Field::IWill, "go to the club on Tuesdays")),
        ]
        .into_iter()
        .fold(std::rc::Rc::new(Boxes::default()), Reducible::reduce);
        let texts = |boxes: &Boxes| boxes.0.iter().map(|w| w.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&boxes), ["go to the club on Tuesdays", "I will feel"]);
        let boxes = boxes.reduce(BoxWriting::Found(vec![writing(Field::IWill, "older words")]));
        assert_eq!(texts(&boxes), ["go to the club on Tuesdays", "I will feel"], "what is in memory is newer");
        let boxes = boxes.reduce(BoxWriting::Queued(writing(Field::IWill, "")));
        assert_eq!(texts(&boxes), ["I will feel"]);
        let boxes = boxes.reduce(BoxWriting::Discarded(writing(Field::HowIKnow, "")));
        assert!(boxes.0.is_empty());
        assert_ne!(writing(Field::IWill, "").draft_name(), writing(Field::HowIKnow, "").draft_name());
        assert!(writing(Field::IWill, "").draft_name().starts_with(EDIT_DRAFTS));
    }
}
