//! The worker's plan: a table like the paper form (it prints as one, on A4), adding targets,
//! writing the worker's column, suggesting wording in the others', each target's status and
//! review date, who has agreed which version and when, reviews, and the plan's timeline.

use tandem_domain::plans::{
    AgreementState, Field, HistoryEntry, HistoryEvent, PlanChange, PlanView, ReviewRequest, Row, RowStatus, TargetProgress,
};
use tandem_domain::sync::OperationId;
use tandem_domain::ErrorCode;
use uuid::Uuid;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{change_list, field_label, party_label};
use crate::components::dates::time_in_words;
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::DateField;
use crate::i18n::{use_i18n, Messages};

#[derive(Properties, PartialEq)]
pub struct StaffPlanProps {
    pub id: AttrValue,
}

/// A box being written by the worker: their own (written) or someone else's (a suggestion).
#[derive(Debug, Clone, PartialEq)]
struct Writing {
    row: Uuid,
    field: Field,
    text: String,
}

#[function_component(StaffPlanPage)]
pub fn staff_plan_page(props: &StaffPlanProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let id = props.id.to_string();
    let plan = use_get(super::api::plan_of(&id), *tick);
    let history = use_get(super::api::history_of(&id), *tick);
    let writing = use_state(|| None::<Writing>);
    let error = use_state(|| None::<ErrorCode>);
    let (new_target, new_worker_will) = (use_node_ref(), use_node_ref());

    // Staff write online: each submit is one operation, answered before the page reloads.
    let change = {
        let (tick, error, id) = (tick.clone(), error.clone(), id.clone());
        Callback::from(move |change: PlanChange| {
            let (tick, error, path) = (tick.clone(), error.clone(), super::api::changes_path(&id));
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::post_operation::<Option<serde::de::IgnoredAny>>(&path, &change, &OperationId::new_v7()).await {
                    Ok(_) => error.set(None),
                    Err(err) => error.set(Some(err.code())),
                }
                tick.set(*tick + 1);
            });
        })
    };

    let view = match &*plan {
        Load::Loading => return html! { <section class="page wide"><h1 aria-busy="true">{ t.get("loading") }</h1></section> },
        Load::Failed(code) => {
            return html! { <section class="page wide"><h1>{ t.get("plan-staff-title") }</h1>{ load_failed(&t, *code) }</section> }
        }
        Load::Loaded(view) => view.clone(),
    };
    let version = view.plan.version;

    let add_row = {
        let (change, new_target, new_worker_will) = (change.clone(), new_target.clone(), new_worker_will.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(target), Some(worker_will)) = (new_target.cast::<HtmlInputElement>(), new_worker_will.cast::<HtmlInputElement>())
            else {
                return;
            };
            change.emit(PlanChange::AddRow { row_id: Uuid::now_v7(), target: target.value(), worker_will: worker_will.value() });
            target.set_value("");
            worker_will.set_value("");
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });

    html! {
        <section class="page wide plan-staff">
            <h1>{ t.get_with("plan-of", &[("name", view.young_person_name.clone().into())]) }</h1>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <p class="no-print"><button type="button" class="button secondary" onclick={print}>{ t.get("plan-print") }</button></p>
            <table class="plan-table">
                <caption>{ t.get_with("plan-version", &[("version", version.into())]) }</caption>
                <thead><tr>
                    { for Field::ALL.iter().map(|field| html! { <th scope="col">{ field_label(&t, *field) }</th> }) }
                    <th scope="col">{ t.get("plan-status") }</th>
                </tr></thead>
                <tbody>
                    { for view.plan.rows.iter().map(|row| table_row(&t, row, version, &writing, &change)) }
                </tbody>
            </table>
            <form class="form no-print" onsubmit={add_row} novalidate=true>
                <h2>{ t.get("plan-add-target") }</h2>
                <div class="field">
                    <label for="new-target">{ t.get("plan-field-target") }</label>
                    <input id="new-target" type="text" maxlength="500" ref={new_target} />
                </div>
                <div class="field">
                    <label for="new-worker-will">{ t.get("plan-field-worker-will") }</label>
                    <input id="new-worker-will" type="text" maxlength="500" ref={new_worker_will} />
                </div>
                <button type="submit" class="button">{ t.get("plan-add-target") }</button>
            </form>
            <h2>{ t.get("plan-agreements") }</h2>
            <table class="data-table agreements">
                <thead><tr>
                    <th scope="col">{ t.get("plan-who") }</th><th scope="col">{ t.get("plan-answer") }</th><th scope="col">{ t.get("plan-when") }</th>
                </tr></thead>
                <tbody>
                    { for view.agreements.iter().map(|agreement| html! {
                        <tr>
                            <th scope="row">{ agreement.name.clone() }{ " (" }{ party_label(&t, agreement.party) }{ ")" }</th>
                            <td>{ agreement_words(&t, &agreement.state) }</td>
                            <td>{ agreement.answered_at.as_deref().map(|at| crate::components::dates::time_text_in_words(&t, at)).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { review_form(&t, &view, &tick, &error) }
            <h2 class="no-print">{ t.get("plan-history") }</h2>
            { match &*history {
                Load::Loaded(entries) => html! { <ol class="plan-history">{ for entries.iter().map(|entry| history_entry(&t, entry)) }</ol> },
                Load::Failed(code) => load_failed(&t, *code),
                Load::Loading => html! {},
            } }
        </section>
    }
}

fn agreement_words(t: &Messages, state: &AgreementState) -> Html {
    match state {
        AgreementState::Waiting => html! { t.get("plan-answer-waiting") },
        AgreementState::Agreed { version } => html! { t.get_with("plan-answer-agreed", &[("version", (*version).into())]) },
        AgreementState::Disagreed { version, change_wanted } => html! {
            <>{ t.get_with("plan-answer-disagreed", &[("version", (*version).into())]) }<br/><q>{ change_wanted.clone() }</q></>
        },
        AgreementState::Reopened { version, agreed: true, changed, .. } => html! {
            <>{ t.get_with("plan-answer-reopened", &[("version", (*version).into())]) }{ change_list(t, changed) }</>
        },
        AgreementState::Reopened { version, agreed: false, change_wanted, changed } => html! {
            <>
                { t.get_with("plan-answer-disagreed", &[("version", (*version).into())]) }<br/><q>{ change_wanted.clone() }</q><br/>
                { t.get("plan-answer-asked-again") }{ change_list(t, changed) }
            </>
        },
    }
}

fn table_row(t: &Messages, row: &Row, version: u32, writing: &UseStateHandle<Option<Writing>>, change: &Callback<PlanChange>) -> Html {
    let row_id = row.id;
    let cells = Field::ALL.iter().map(|field| {
        let field = *field;
        let text = row.cells.get(field).text.clone();
        let suggestion = row.suggestions.iter().find(|s| s.field == field).map(|s| s.text.clone());
        let own = field == Field::WorkerWill;
        let start = {
            let (writing, text) = (writing.clone(), text.clone());
            Callback::from(move |_: MouseEvent| writing.set(Some(Writing { row: row_id, field, text: text.clone() })))
        };
        let editing = writing.as_ref().filter(|w| w.row == row_id && w.field == field).cloned();
        html! {
            <td data-label={field_label(t, field)}>
                if let Some(w) = editing {
                    { cell_form(t, &w, version, writing, change) }
                } else {
                    <span class="plan-words">{ text }</span>
                    if let Some(suggested) = suggestion {
                        <p class="hint no-print">{ t.get("plan-suggested") }{ " " }<q>{ suggested }</q></p>
                    }
                    <button type="button" class="button secondary small no-print" onclick={start}
                        aria-label={t.get_with("plan-box-action", &[
                            ("action", t.get(if own { "plan-change" } else { "plan-suggest" }).into()),
                            ("box", field_label(t, field).into()),
                            ("target", row.cells.target.text.clone().into()),
                        ])}>
                        { t.get(if own { "plan-change" } else { "plan-suggest" }) }
                    </button>
                }
            </td>
        }
    });
    html! {
        <tr>
            { for cells }
            <td data-label={t.get("plan-status")}>{ status_form(t, row, change) }</td>
        </tr>
    }
}

fn cell_form(t: &Messages, w: &Writing, version: u32, writing: &UseStateHandle<Option<Writing>>, change: &Callback<PlanChange>) -> Html {
    let id = format!("cell-{}-{}", w.row, w.field.as_str());
    let typed = {
        let (writing, w) = (writing.clone(), w.clone());
        Callback::from(move |event: InputEvent| {
            writing.set(Some(Writing { text: event.target_unchecked_into::<HtmlTextAreaElement>().value(), ..w.clone() }));
        })
    };
    let save = {
        let (writing, w, change) = (writing.clone(), w.clone(), change.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            change.emit(PlanChange::Edit { row_id: w.row, field: w.field, text: w.text.clone(), base_version: version });
            writing.set(None);
        })
    };
    let cancel = {
        let writing = writing.clone();
        Callback::from(move |_: MouseEvent| writing.set(None))
    };
    html! {
        <form onsubmit={save} novalidate=true>
            <label for={id.clone()} class="visually-hidden">{ field_label(t, w.field) }</label>
            <textarea id={id} rows="3" maxlength="500" value={w.text.clone()} oninput={typed} />
            <button type="submit" class="button small">{ t.get("plan-save") }</button>
            <button type="button" class="button secondary small" onclick={cancel}>{ t.get("plan-cancel") }</button>
        </form>
    }
}

fn status_form(t: &Messages, row: &Row, change: &Callback<PlanChange>) -> Html {
    let row_id = row.id;
    let (status_ref, reason_ref, date_ref) = (NodeRef::default(), NodeRef::default(), NodeRef::default());
    let save = {
        let (change, status_ref, reason_ref, date_ref) = (change.clone(), status_ref.clone(), reason_ref.clone(), date_ref.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let status = status_ref.cast::<HtmlSelectElement>().and_then(|s| RowStatus::parse(&s.value())).unwrap_or(RowStatus::Active);
            let reason = reason_ref.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let review_date = date_ref.cast::<HtmlInputElement>().map(|i| i.value()).filter(|d| !d.is_empty());
            change.emit(PlanChange::SetStatus { row_id, status, reason, review_date });
        })
    };
    let words = match row.status {
        RowStatus::Active => t.get("plan-status-active"),
        RowStatus::Achieved => t.get("plan-status-achieved"),
        RowStatus::Dropped => t.get_with("plan-status-dropped", &[("reason", row.dropped_reason.clone().into())]),
    };
    html! {
        <>
            <span class="print-only">{ words }{ row.review_date.clone().map(|d| format!(" ({d})")).unwrap_or_default() }</span>
            <form class="status-form no-print" onsubmit={save} novalidate=true>
                <label for={format!("status-{row_id}")}>{ t.get("plan-status") }</label>
                <select id={format!("status-{row_id}")} ref={status_ref}>
                    <option value={RowStatus::Active.as_str()} selected={row.status == RowStatus::Active}>{ t.get("plan-status-active") }</option>
                    <option value={RowStatus::Achieved.as_str()} selected={row.status == RowStatus::Achieved}>{ t.get("plan-status-achieved") }</option>
                    <option value={RowStatus::Dropped.as_str()} selected={row.status == RowStatus::Dropped}>{ t.get("plan-status-stopped") }</option>
                </select>
                <label for={format!("reason-{row_id}")}>{ t.get("plan-dropped-reason") }</label>
                <input id={format!("reason-{row_id}")} type="text" maxlength="500" value={row.dropped_reason.clone()} ref={reason_ref} />
                <DateField id={format!("review-{row_id}")} label={t.get("plan-review-date")} value={row.review_date.clone().unwrap_or_default()}
                    node_ref={date_ref} />
                <button type="submit" class="button secondary small">{ t.get("plan-save-status") }</button>
            </form>
        </>
    }
}

fn review_form(t: &Messages, view: &PlanView, tick: &UseStateHandle<u32>, error: &UseStateHandle<Option<ErrorCode>>) -> Html {
    let active: Vec<&Row> = view.plan.rows.iter().filter(|row| row.status == RowStatus::Active).collect();
    if active.is_empty() {
        return html! {};
    }
    let (went_well, next) = (NodeRef::default(), NodeRef::default());
    let scores: Vec<(Uuid, NodeRef)> = active.iter().map(|row| (row.id, NodeRef::default())).collect();
    let submit = {
        let (went_well, next, scores, tick, error, id) =
            (went_well.clone(), next.clone(), scores.clone(), tick.clone(), error.clone(), view.young_person_id);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = ReviewRequest {
                went_well: went_well.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default(),
                progress: scores
                    .iter()
                    .filter_map(|(row_id, input)| {
                        let score = input.cast::<HtmlSelectElement>()?.value().parse().ok()?;
                        Some(TargetProgress { row_id: *row_id, score })
                    })
                    .collect(),
                next_review: next.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default(),
            };
            let (tick, error) = (tick.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let path = super::api::reviews_path(id);
                match crate::api::post_operation::<Option<serde::de::IgnoredAny>>(&path, &request, &OperationId::new_v7()).await {
                    Ok(_) => error.set(None),
                    Err(err) => error.set(Some(err.code())),
                }
                tick.set(*tick + 1);
            });
        })
    };
    html! {
        <form class="form no-print" onsubmit={submit} novalidate=true>
            <h2>{ t.get("plan-review-title") }</h2>
            if let Some(last) = &view.last_review {
                <p class="hint">{ t.get_with("plan-last-review", &[("date", last.next_review.clone().into())]) }</p>
            }
            <div class="field">
                <label for="went-well">{ t.get("plan-went-well") }</label>
                <textarea id="went-well" rows="3" maxlength="2000" ref={went_well} />
            </div>
            <fieldset>
                <legend>{ t.get("plan-progress") }</legend>
                { for active.iter().zip(scores.iter()).map(|(row, (_, input))| html! {
                    <div class="field">
                        <label for={format!("progress-{}", row.id)}>{ row.cells.target.text.clone() }</label>
                        <select id={format!("progress-{}", row.id)} ref={input.clone()}>
                            <option value="" selected=true>{ "-" }</option>
                            { for (0..=10).map(|n| html! { <option value={n.to_string()}>{ n }</option> }) }
                        </select>
                    </div>
                }) }
            </fieldset>
            <DateField id="next-review" label={t.get("plan-next-review")} node_ref={next} />
            <button type="submit" class="button">{ t.get("plan-review-save") }</button>
        </form>
    }
}

fn history_entry(t: &Messages, entry: &HistoryEntry) -> Html {
    let who = format!("{} ({})", entry.who, party_label(t, entry.party));
    let when = time_in_words(t, entry.at);
    let body = match &entry.event {
        HistoryEvent::Version { version, changed } => html! {
            <>{ t.get_with("plan-history-version", &[("version", (*version).into()), ("who", who.into())]) }{ change_list(t, changed) }</>
        },
        HistoryEvent::Answer { version, agreed, change_wanted } => html! {
            <>
                { t.get_with(if *agreed { "plan-history-agreed" } else { "plan-history-disagreed" }, &[("version", (*version).into()), ("who", who.into())]) }
                if !change_wanted.is_empty() { <br/><q>{ change_wanted.clone() }</q> }
            </>
        },
        HistoryEvent::Review { review } => html! {
            <>{ t.get_with("plan-history-review", &[("who", who.into()), ("date", review.next_review.clone().into())]) }<br/>{ review.went_well.clone() }</>
        },
    };
    html! { <li><time>{ when }</time>{ " " }{ body }</li> }
}

/// On the caseload: the plans not yet agreed by everyone, who is waited on, and why.
#[function_component(PlansNeedingYou)]
pub fn plans_needing_you() -> Html {
    let t = use_i18n();
    let plans = use_get(super::api::attention(), 0);
    let Load::Loaded(plans) = &*plans else { return html! {} };
    if plans.is_empty() {
        return html! {};
    }
    html! {
        <section class="notice plans-attention" aria-labelledby="plans-attention">
            <h2 id="plans-attention">{ t.get("plans-attention-title") }</h2>
            <ul>
                { for plans.iter().map(|plan| html! {
                    <li>
                        <crate::routes::Link to={crate::routes::Route::StaffPlan { id: plan.young_person_id.to_string() }}>
                            { t.get_with("plan-of", &[("name", plan.young_person_name.clone().into())]) }
                        </crate::routes::Link>
                        <ul>
                            { for plan.waiting_on.iter().map(|person| html! {
                                <li>{ person.name.clone() }{ " (" }{ party_label(&t, person.party) }{ "): " }{ agreement_words(&t, &person.state) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}
