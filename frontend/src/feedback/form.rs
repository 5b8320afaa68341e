use serde::{Deserialize, Serialize};
use tandem_domain::feedback::{AppFeedback, AppFeedbackRequest, FeedbackComment};
use tandem_domain::ErrorCode;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::ScaleInput;
use crate::i18n::use_i18n;
use crate::offline::sync::use_sync;
use crate::offline::{drafts, outbox};
use crate::routes::{Link, Route};

/// The draft's name in the phone's store.
pub const DRAFT: &str = "app_feedback";
const KIND: &str = "app_feedback.submit";

/// The form as typed so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Draft {
    score: Option<u8>,
    comment: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    /// Reading any saved draft.
    Loading,
    Writing,
    /// Queued; sent already or not.
    Done {
        sent: bool,
    },
}

fn save_draft(draft: Draft) {
    wasm_bindgen_futures::spawn_local(async move {
        // A failed save leaves the text on screen; the store error shows in the status bar.
        let _ = drafts::save(DRAFT, &draft).await;
    });
}

#[function_component(AppFeedbackPage)]
pub fn app_feedback_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let draft = use_state(Draft::default);
    let stage = use_state(|| Stage::Loading);
    let error = use_state(|| None::<ErrorCode>);

    use_effect_with((), {
        let (draft, stage) = (draft.clone(), stage.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(Some(saved)) = drafts::load::<Draft>(DRAFT).await {
                    draft.set(saved);
                }
                stage.set(Stage::Writing);
            });
        }
    });

    let on_score = {
        let draft = draft.clone();
        Callback::from(move |score: u8| {
            let next = Draft { score: Some(score), ..(*draft).clone() };
            save_draft(next.clone());
            draft.set(next);
        })
    };
    let on_comment = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                let next = Draft { comment: area.value(), ..(*draft).clone() };
                save_draft(next.clone());
                draft.set(next);
            }
        })
    };
    let on_submit = {
        let (draft, stage, error, sync) = (draft.clone(), stage.clone(), error.clone(), sync.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(score) = draft.score else {
                error.set(Some(ErrorCode::ScoreOutOfRange));
                return;
            };
            let request =
                AppFeedbackRequest { score: i64::from(score), comment: Some(draft.comment.clone()).filter(|c| !c.trim().is_empty()) };
            // The same rules the server applies, so the person hears about a problem at once.
            if let Err(code) = AppFeedback::parse(&request) {
                error.set(Some(code));
                return;
            }
            error.set(None);
            let (draft, stage, error, sync) = (draft.clone(), stage.clone(), error.clone(), sync.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if outbox::enqueue(KIND, &super::api::submit_path(), &request, Some(DRAFT)).await.is_err() {
                    error.set(Some(ErrorCode::Internal));
                    return;
                }
                draft.set(Draft::default());
                let sent = match &sync {
                    Some(sync) => sync.flush_now().await.is_some_and(|s| s.sent > 0 && s.waiting == 0),
                    None => false,
                };
                stage.set(Stage::Done { sent });
            });
        })
    };

    match *stage {
        Stage::Loading => html! {
            <section class="page" aria-busy="true"><h1>{ t.get("feedback-title") }</h1></section>
        },
        Stage::Done { sent } => {
            let again = {
                let stage = stage.clone();
                Callback::from(move |_: MouseEvent| stage.set(Stage::Writing))
            };
            html! {
                <section class="page thanks">
                    <h1 tabindex="-1">{ t.get("feedback-thanks-title") }</h1>
                    <p role="status">{ if sent { t.get("feedback-thanks-sent") } else { t.get("feedback-thanks-saved") } }</p>
                    <p>{ t.get("feedback-audience") }</p>
                    <div class="actions">
                        <button type="button" class="button secondary" onclick={again}>{ t.get("feedback-again") }</button>
                        <Link to={Route::Home} classes="button">{ t.get("go-home") }</Link>
                    </div>
                </section>
            }
        }
        Stage::Writing => {
            let remaining = FeedbackComment::MAX_CHARS.saturating_sub(draft.comment.chars().count());
            html! {
                <section class="page">
                    <h1>{ t.get("feedback-title") }</h1>
                    <p class="lead" id="feedback-intro">{ t.get("feedback-intro") }</p>
                    <form class="form" onsubmit={on_submit} novalidate=true>
                        if let Some(code) = *error {
                            <p class="error" role="alert" id="feedback-error">{ t.error(code) }</p>
                        }
                        <ScaleInput name="feedback-score" legend={t.get("feedback-score-legend")}
                            value={draft.score} on_change={on_score}
                            described_by={error.map(|_| AttrValue::from("feedback-error"))} />
                        <div class="field">
                            <label for="feedback-comment">{ t.get("feedback-comment-label") }</label>
                            <p class="hint" id="feedback-comment-hint">{ t.get("feedback-comment-hint") }</p>
                            <textarea id="feedback-comment" rows="5" maxlength={FeedbackComment::MAX_CHARS.to_string()}
                                aria-describedby="feedback-comment-hint feedback-comment-count"
                                value={draft.comment.clone()} oninput={on_comment} />
                            <p class="hint" id="feedback-comment-count">
                                { t.get_with("chars-left", &[("count", remaining.into())]) }
                            </p>
                        </div>
                        <p class="hint">{ t.get("feedback-anonymous") }</p>
                        <button type="submit" class="button">{ t.get("feedback-send") }</button>
                    </form>
                </section>
            }
        }
    }
}
