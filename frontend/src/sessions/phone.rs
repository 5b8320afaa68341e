//! The young person's side of a session: join with the code (typed, or from the QR code's
//! link), then give each score on the 0-10 scale. Nothing needs a connection: with no signal
//! the phone makes its own participant token, queues the join, and queues each score behind
//! it (the server counts the join from when it was made); the joined session is kept on the
//! phone so the end score can be given with no signal too. The end score is asked for only once the worker asks for it:
//! the phone asks the server every few seconds, and with no signal the young person says so.

use gloo::timers::callback::Interval;
use serde::{Deserialize, Serialize};
use tandem_domain::sessions::{JoinCode, JoinRequest, Joined, Measure, Moment, ParticipantStatus, Phase, ScoreRequest, SessionKind};
use tandem_domain::sync::OperationId;
use tandem_domain::ErrorCode;
use uuid::Uuid;
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
const JOIN_KIND: &str = "scaling.join";
/// How often a phone waiting for end scores asks whether the worker has asked for them.
const PHASE_POLL_MS: u32 = 3_000;

/// What the phone keeps about the session it joined, and the scores given so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Kept {
    joined: Joined,
    given: Vec<(Measure, Moment, u8)>,
    /// Joined with no signal: the queued join's operation id, until the server has told the
    /// phone what the session asks (its kind and question).
    #[serde(default)]
    queued_join: Option<String>,
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

    /// A join made with no signal, before the server has answered: a group session's topic
    /// score, the phone's own token, the session's words unknown.
    fn joined_offline(participant_token: String, queued_join: String) -> Kept {
        let joined = Joined {
            session_id: Uuid::nil(),
            participant_token,
            kind: SessionKind::Group,
            topic_title: None,
            question: None,
            easy_read_question: None,
            phase: Phase::Start,
        };
        Kept { joined, given: Vec::new(), queued_join: Some(queued_join) }
    }

    /// Takes in what the server says of the session; answers whether anything changed.
    fn learn(&mut self, status: &ParticipantStatus) -> bool {
        let mut changed = false;
        if self.queued_join.take().is_some() {
            self.joined.kind = status.kind;
            self.joined.topic_title.clone_from(&status.topic_title);
            self.joined.question.clone_from(&status.question);
            self.joined.easy_read_question.clone_from(&status.easy_read_question);
            changed = true;
        }
        if status.phase != Phase::Start && status.phase != self.joined.phase {
            self.joined.phase = status.phase;
            changed = true;
        }
        changed
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
        Measure::Topic => kept.joined.question.clone().unwrap_or_else(|| t.get("scaling-offline-question")),
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

/// When the join `kept` queued with no signal was refused: removes it and the scores queued
/// behind it from the outbox, and answers why.
async fn forget_refused_join(kept: &Kept) -> Option<ErrorCode> {
    let join = kept.queued_join.as_deref()?;
    let queued = outbox::all().await.ok()?;
    let code = queued.iter().find(|op| op.id == join)?.rejection()?;
    for op in queued.iter().filter(|op| op.id == join || op.after.as_deref() == Some(join)) {
        let _ = outbox::remove(&op.id).await;
    }
    Some(code)
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
    // One key and one participant token per join attempt, kept across retries of the same attempt.
    let join_key = use_state(OperationId::new_v7);
    let join_token = use_state(crate::offline::random_token);
    let code_input = use_node_ref();
    // Set when the phone could not ask the server where the session is.
    let out_of_reach = use_state(|| false);

    // The phone asks the server while it waits for end scores, or for what a session joined
    // with no signal asks.
    let waiting = match &*stage {
        Stage::Scoring(kept) if kept.waits_for_end() || kept.queued_join.is_some() => Some(kept.clone()),
        _ => None,
    };
    use_effect_with(waiting, {
        let (stage, out_of_reach, error) = (stage.clone(), out_of_reach.clone(), error.clone());
        move |waiting: &Option<Kept>| {
            let poll = waiting.clone().map(|kept| {
                move || {
                    let (kept, stage, out_of_reach, error) = (kept.clone(), stage.clone(), out_of_reach.clone(), error.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let path = super::api::participant_path(&kept.joined.participant_token);
                        match crate::api::get_json_in_background::<ParticipantStatus>(&path).await {
                            Ok(status) => {
                                out_of_reach.set(false);
                                let mut next = kept;
                                if next.learn(&status) {
                                    let _ = drafts::save(DRAFT, &next).await;
                                    stage.set(Stage::Scoring(next));
                                }
                            }
                            Err(err) => {
                                out_of_reach.set(err.code() == ErrorCode::Offline);
                                // A join queued with no signal and then refused (a wrong or old
                                // code): it and the scores behind it can never count. Say why,
                                // and ask for the code again.
                                if let Some(code) = forget_refused_join(&kept).await {
                                    let _ = drafts::clear(DRAFT).await;
                                    error.set(Some(code));
                                    stage.set(Stage::Joining);
                                }
                            }
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
        let (stage, error, code_input, join_key, join_token) =
            (stage.clone(), error.clone(), code_input.clone(), join_key.clone(), join_token.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = code_input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            if let Err(code) = JoinCode::parse(&typed) {
                return error.set(Some(code));
            }
            let (stage, error, join_key, join_token) = (stage.clone(), error.clone(), join_key.clone(), join_token.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let request = JoinRequest {
                    code: typed,
                    participant_token: Some((*join_token).clone()),
                    joined_at_ms: Some(js_sys::Date::now() as i64),
                };
                let next_attempt = || {
                    join_key.set(OperationId::new_v7());
                    join_token.set(crate::offline::random_token());
                };
                let kept = match crate::api::post_operation::<Joined>(&super::api::join_path(), &request, &join_key).await {
                    Ok(joined) => Kept { joined, given: Vec::new(), queued_join: None },
                    // No signal: joined all the same; the join waits in the outbox, under the
                    // key already tried (the server answers a resend of it the same).
                    Err(err) if err.code() == ErrorCode::Offline => {
                        let path = super::api::join_path();
                        match outbox::enqueue_as(*join_key, JOIN_KIND, &path, &request, None, None).await {
                            Ok(queued) => Kept::joined_offline((*join_token).clone(), queued.to_string()),
                            Err(_) => return error.set(Some(ErrorCode::Internal)),
                        }
                    }
                    Err(err) => {
                        next_attempt();
                        return error.set(Some(err.code()));
                    }
                };
                let _ = drafts::save(DRAFT, &kept).await;
                error.set(None);
                next_attempt();
                stage.set(Stage::Scoring(kept));
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
    let title = match (&kept.joined.topic_title, &kept.queued_join) {
        (Some(topic), _) => topic.clone(),
        (None, Some(_)) => t.get("scaling-title"),
        (None, None) => t.get("scaling-review-title"),
    };
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
                // Behind its join, when that waits in the outbox too.
                let path = super::api::scores_path();
                if outbox::enqueue_as(OperationId::new_v7(), SCORE_KIND, &path, &request, None, next.queued_join.clone()).await.is_err() {
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
            if kept.queued_join.is_some() {
                <p class="notice" role="status">{ t.get("scaling-joined-offline") }</p>
            }
            <p class="question" id="scaling-question">{ asked.clone() }</p>
            <ReadAloud text={asked} />
            if let Some(easy_read) = easy_read {
                <details open={t.easier_words}><summary>{ t.get("scaling-easier-words") }</summary><p class="question">{ easy_read }</p></details>
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
            queued_join: None,
        }
    }

    #[wasm_bindgen_test]
    fn a_session_joined_with_no_signal_learns_what_it_asks_once() {
        let mut session = Kept::joined_offline("ab".repeat(32), "op".into());
        let status = ParticipantStatus {
            phase: Phase::Start,
            scores: Vec::new(),
            kind: SessionKind::OneToOne,
            topic_title: Some("Knife crime".into()),
            question: Some("How much do you know about knife crime?".into()),
            easy_read_question: None,
        };
        assert!(session.learn(&status));
        assert_eq!(
            (session.joined.kind, session.joined.topic_title.as_deref(), session.queued_join.as_deref()),
            (SessionKind::OneToOne, Some("Knife crime"), None)
        );
        assert!(!session.learn(&status), "nothing new");
        assert!(session.learn(&ParticipantStatus { phase: Phase::End, ..status }));
        assert_eq!(session.joined.phase, Phase::End);
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
