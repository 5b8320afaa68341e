//! The young person's side of a session: join with the code (typed, or from the QR code's
//! link), then give each score on the 0-10 scale. Joining needs a connection; scores do not:
//! each goes through the outbox, and the joined session is kept on the phone so the end score
//! can be given with no signal. The end score is asked for only once the worker asks for it:
//! the phone asks the server every few seconds, and with no signal the young person says so.

use gloo::timers::callback::Interval;
use serde::{Deserialize, Serialize};
use tandem_domain::sessions::{JoinCode, JoinRequest, Joined, Measure, Moment, ParticipantStatus, Phase, ScoreRequest, SessionKind};
use tandem_domain::sync::OperationId;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::auth::query_param;
use crate::components::{ReadAloud, ScaleInput};
use crate::i18n::{use_i18n, Messages};
use crate::offline::sync::use_sync;
use crate::offline::{drafts, outbox};

/// The joined session's name in the phone's store.
pub const DRAFT: &str = "scaling_session";
const SCORE_KIND: &str = "scaling.score";
/// How often a phone waiting for end scores asks whether the worker has asked for them.
const PHASE_POLL_MS: u32 = 3_000;

/// What the phone keeps about the session it joined, and the scores given so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Kept {
    joined: Joined,
    given: Vec<(Measure, Moment, u8)>,
}

impl Kept {
    /// The questions still to answer, in order: start before end, each question in turn.
    fn next(&self) -> Option<(Measure, Moment)> {
        let given = |measure, moment| self.given.iter().any(|(m, at, _)| *m == measure && *at == moment);
        self.joined
            .kind
            .measures()
            .iter()
            .flat_map(|measure| [(*measure, Moment::Start), (*measure, Moment::End)])
            .find(|(measure, moment)| !given(*measure, *moment))
    }

    /// The start score is in and the worker has not asked for end scores yet (as far as the
    /// phone knows). A programme review asks "then" and "now" together, so it never waits.
    fn waits_for_end(&self) -> bool {
        self.joined.kind != SessionKind::ProgrammeReview
            && self.joined.phase == Phase::Start
            && self.next().is_some_and(|(_, moment)| moment == Moment::End)
    }
}

fn question(t: &Messages, kept: &Kept, measure: Measure) -> String {
    match measure {
        Measure::Topic => kept.joined.question.clone().unwrap_or_default(),
        Measure::Learning => t.get("scaling-review-learning"),
        Measure::FutureRisk => t.get("scaling-review-future-risk"),
        Measure::Consequences => t.get("scaling-review-consequences"),
    }
}

fn moment_label(t: &Messages, kind: SessionKind, moment: Moment) -> String {
    match (kind, moment) {
        (SessionKind::ProgrammeReview, Moment::Start) => t.get("scaling-review-before"),
        (SessionKind::ProgrammeReview, Moment::End) => t.get("scaling-review-now"),
        (_, Moment::Start) => t.get("scaling-start"),
        (_, Moment::End) => t.get("scaling-end"),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Loading,
    Joining,
    Scoring(Kept),
}

#[function_component(ScalingPage)]
pub fn scaling_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let stage = use_state(|| Stage::Loading);
    let error = use_state(|| None::<ErrorCode>);
    let chosen = use_state(|| None::<u8>);
    // One key per join attempt, kept across retries of the same attempt.
    let join_key = use_state(OperationId::new_v7);
    let code_input = use_node_ref();
    // Set when the phone could not ask the server where the session is.
    let out_of_reach = use_state(|| false);

    let waiting = match &*stage {
        Stage::Scoring(kept) if kept.waits_for_end() => Some(kept.clone()),
        _ => None,
    };
    use_effect_with(waiting, {
        let (stage, out_of_reach) = (stage.clone(), out_of_reach.clone());
        move |waiting: &Option<Kept>| {
            let poll = waiting.clone().map(|kept| {
                move || {
                    let (kept, stage, out_of_reach) = (kept.clone(), stage.clone(), out_of_reach.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let path = super::api::participant_path(&kept.joined.participant_token);
                        match crate::api::get_json_in_background::<ParticipantStatus>(&path).await {
                            Ok(status) => {
                                out_of_reach.set(false);
                                if status.phase != Phase::Start {
                                    let mut next = kept;
                                    next.joined.phase = status.phase;
                                    let _ = drafts::save(DRAFT, &next).await;
                                    stage.set(Stage::Scoring(next));
                                }
                            }
                            Err(err) => out_of_reach.set(err.code() == ErrorCode::Offline),
                        }
                    });
                }
            });
            let timer = poll.map(|poll| {
                poll();
                Interval::new(PHASE_POLL_MS, poll)
            });
            move || drop(timer)
        }
    });

    use_effect_with((), {
        let stage = stage.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match drafts::load::<Kept>(DRAFT).await {
                    Ok(Some(kept)) => stage.set(Stage::Scoring(kept)),
                    _ => stage.set(Stage::Joining),
                }
            });
        }
    });

    let on_join = {
        let (stage, error, code_input, join_key) = (stage.clone(), error.clone(), code_input.clone(), join_key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = code_input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            if let Err(code) = JoinCode::parse(&typed) {
                return error.set(Some(code));
            }
            let (stage, error, join_key) = (stage.clone(), error.clone(), join_key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let request = JoinRequest { code: typed };
                match crate::api::post_operation::<Joined>(&super::api::join_path(), &request, &join_key).await {
                    Ok(joined) => {
                        let kept = Kept { joined, given: Vec::new() };
                        let _ = drafts::save(DRAFT, &kept).await;
                        error.set(None);
                        join_key.set(OperationId::new_v7());
                        stage.set(Stage::Scoring(kept));
                    }
                    Err(err) => {
                        if err.code() != ErrorCode::Offline {
                            join_key.set(OperationId::new_v7());
                        }
                        error.set(Some(err.code()));
                    }
                }
            });
        })
    };

    let error_line = error.map(|code| html! { <p class="error" role="alert" id="scaling-error">{ t.error(code) }</p> });
    let kept = match &*stage {
        Stage::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("scaling-title") }</h1></section> },
        Stage::Joining => {
            return html! {
                <section class="page">
                    <h1>{ t.get("scaling-title") }</h1>
                    <p class="lead">{ t.get("scaling-join-intro") }</p>
                    <form class="form" onsubmit={on_join} novalidate=true>
                        { error_line }
                        <div class="field">
                            <label for="join-code">{ t.get("scaling-code-label") }</label>
                            <p class="hint" id="join-code-hint">{ t.get("scaling-code-hint") }</p>
                            <input id="join-code" class="code-input" type="text" autocomplete="off" autocapitalize="characters"
                                spellcheck="false" maxlength="9" aria-describedby="join-code-hint"
                                value={query_param("code")} ref={code_input} />
                        </div>
                        <button type="submit" class="button">{ t.get("scaling-join") }</button>
                    </form>
                </section>
            };
        }
        Stage::Scoring(kept) => kept.clone(),
    };

    let leave = {
        let (stage, error) = (stage.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let (stage, error) = (stage.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = drafts::clear(DRAFT).await;
                error.set(None);
                stage.set(Stage::Joining);
            });
        })
    };
    let title = kept.joined.topic_title.clone().unwrap_or_else(|| t.get("scaling-review-title"));
    let start_given = kept.given.iter().find(|(m, at, _)| *m == Measure::Topic && *at == Moment::Start).map(|g| g.2);

    // Nothing more to give: every score is in, or the session closed before end scores.
    let next = kept.next();
    let finished = match next {
        None => Some("scaling-all-done"),
        Some((_, Moment::End)) if kept.joined.phase == Phase::Closed && kept.joined.kind != SessionKind::ProgrammeReview => {
            Some("scaling-finished-before-end")
        }
        Some(_) => None,
    };
    let (Some((measure, moment)), None) = (next, finished) else {
        return html! {
            <section class="page thanks">
                <h1>{ title }</h1>
                <p role="status">{ t.get(finished.unwrap_or("scaling-all-done")) }</p>
                <button type="button" class="button" onclick={leave}>{ t.get("scaling-leave") }</button>
            </section>
        };
    };
    if kept.waits_for_end() {
        // With no signal the phone cannot hear that the worker has asked, so the young person
        // can say so; the server still counts the score only if it was given after they asked.
        let asked_in_the_room = {
            let (stage, kept) = (stage.clone(), kept.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = kept.clone();
                next.joined.phase = Phase::End;
                stage.set(Stage::Scoring(next));
            })
        };
        return html! {
            <section class="page">
                <h1>{ title }</h1>
                <p role="status">{ t.get("scaling-wait-for-end") }</p>
                if *out_of_reach {
                    <p class="hint">{ t.get("scaling-no-signal-end") }</p>
                    <button type="button" class="button" onclick={asked_in_the_room}>{ t.get("scaling-worker-asked") }</button>
                }
            </section>
        };
    }

    let on_score = {
        let (chosen, error) = (chosen.clone(), error.clone());
        Callback::from(move |score: u8| {
            error.set(None);
            chosen.set(Some(score));
        })
    };
    let on_send = {
        let (stage, chosen, error, kept, sync) = (stage.clone(), chosen.clone(), error.clone(), kept.clone(), sync.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(score) = *chosen else {
                return error.set(Some(ErrorCode::ScoreOutOfRange));
            };
            let request = ScoreRequest {
                participant_token: kept.joined.participant_token.clone(),
                measure,
                moment,
                score: i64::from(score),
                given_at_ms: js_sys::Date::now() as i64,
            };
            let (stage, chosen, error, sync) = (stage.clone(), chosen.clone(), error.clone(), sync.clone());
            let mut next = kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Queued first: once this returns the score cannot be lost, whatever happens next.
                if outbox::enqueue(SCORE_KIND, &super::api::scores_path(), &request, None).await.is_err() {
                    return error.set(Some(ErrorCode::Internal));
                }
                next.given.push((measure, moment, score));
                let _ = drafts::save(DRAFT, &next).await;
                chosen.set(None);
                stage.set(Stage::Scoring(next));
                if let Some(sync) = &sync {
                    sync.flush_now().await;
                }
            });
        })
    };
    let asked = question(&t, &kept, measure);
    // Native disclosure widgets: keyboard and screen readers know them, and they cost no code.
    let easy_read = kept.joined.easy_read_question.clone().filter(|_| measure == Measure::Topic);
    let legend = moment_label(&t, kept.joined.kind, moment);
    let name = format!("score-{}-{}", measure.as_str(), moment.as_str());
    let ends = if kept.joined.kind == SessionKind::ProgrammeReview {
        (t.get("scaling-review-low"), t.get("scaling-review-high"))
    } else {
        (t.get("scaling-low"), t.get("scaling-high"))
    };
    let ends = Some((AttrValue::from(ends.0), AttrValue::from(ends.1)));

    html! {
        <section class="page">
            <h1>{ title }</h1>
            <p class="question" id="scaling-question">{ asked.clone() }</p>
            <ReadAloud text={asked} />
            if let Some(easy_read) = easy_read {
                <details><summary>{ t.get("scaling-easier-words") }</summary><p class="question">{ easy_read }</p></details>
            }
            if moment == Moment::End && kept.joined.kind != SessionKind::ProgrammeReview {
                <p class="hint">{ t.get("scaling-end-hint") }</p>
                if let Some(start) = start_given {
                    <details><summary>{ t.get("scaling-show-start") }</summary>
                        <p>{ t.get_with("scaling-your-start", &[("score", start.into())]) }</p></details>
                }
            }
            <form class="form" onsubmit={on_send} novalidate=true>
                { error_line }
                <ScaleInput name={name} legend={legend} value={*chosen} on_change={on_score} ends={ends}
                    described_by={Some(AttrValue::from("scaling-question"))} />
                <button type="submit" class="button">{ t.get("scaling-send") }</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use tandem_domain::sessions::Phase;

    fn kept(kind: SessionKind) -> Kept {
        Kept {
            joined: Joined {
                session_id: Uuid::nil(),
                participant_token: "t".into(),
                kind,
                topic_title: None,
                question: None,
                easy_read_question: None,
                phase: Phase::Start,
            },
            given: Vec::new(),
        }
    }

    #[wasm_bindgen_test]
    fn a_topic_session_asks_start_then_end_then_nothing() {
        let mut session = kept(SessionKind::Group);
        assert_eq!(session.next(), Some((Measure::Topic, Moment::Start)));
        session.given.push((Measure::Topic, Moment::Start, 4));
        assert_eq!(session.next(), Some((Measure::Topic, Moment::End)));
        session.given.push((Measure::Topic, Moment::End, 7));
        assert_eq!(session.next(), None);
    }

    #[wasm_bindgen_test]
    fn a_review_asks_before_and_now_for_each_of_the_three_questions() {
        let mut session = kept(SessionKind::ProgrammeReview);
        let mut asked = Vec::new();
        while let Some((measure, moment)) = session.next() {
            asked.push((measure, moment));
            session.given.push((measure, moment, 5));
        }
        assert_eq!(asked.len(), 6);
        assert_eq!(asked[1], (Measure::Learning, Moment::End));
        assert_eq!(asked[2], (Measure::FutureRisk, Moment::Start));
    }
}
