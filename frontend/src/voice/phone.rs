//! "Have your say" on a phone: the consultations open to this person (the youth cabinet's
//! first), each with who will hear the results before anything is asked; a ballot (pick one, or
//! rank up to three), statements to agree or disagree with (and their own to propose), open
//! questions; and "You said, we did": what the service did about it, with results once closed.
//! Everything given waits in the outbox until the server has it (words being written are kept
//! as drafts), so it works offline from the last copy of the list.

use tandem_domain::voice::api::{AnswerRequest, BallotRequest, ConsultationToJoin, FeedItem, ProposalRequest, VoteRequest, WeDid};
use tandem_domain::voice::{Activity, Item, ResponseStatus, Vote};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::dates::day_in_words;
use crate::i18n::{use_i18n, Messages};
use crate::offline::sync::use_sync;
use crate::offline::{drafts, outbox};
use crate::routes::{Link, Route};

const LIST_CACHE: &str = "voice_cache";
const FEED_CACHE: &str = "voice_feed_cache";

fn draft_key(id: Uuid, activity: &str) -> String {
    format!("voice:{id}:{activity}")
}

/// What this phone has queued for a consultation: (ballot, statement or question id, refusal).
fn queued_for(id: Uuid, queued: &[outbox::QueuedOperation]) -> Vec<(String, Option<ErrorCode>)> {
    #[derive(serde::Deserialize)]
    struct Target {
        #[serde(default)]
        activity_id: String,
        #[serde(default)]
        statement_id: String,
    }
    queued
        .iter()
        .filter(|op| op.kind.starts_with("voice.") && op.path.split('/').nth(5) == Some(id.to_string().as_str()))
        .filter_map(|op| {
            let target: Target = crate::json::from_str(&op.body).ok()?;
            let item = if target.statement_id.is_empty() { target.activity_id } else { target.statement_id };
            Some((item, op.rejection()))
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    Ready { open: Vec<ConsultationToJoin>, feed: Vec<FeedItem>, offline: bool, queued: Vec<outbox::QueuedOperation> },
    Failed(ErrorCode),
}

/// The consultations (and, `with_feed`, the feed), read again whenever the outbox's state changes.
#[hook]
fn use_voice(outbox_status: Option<outbox::OutboxStatus>, tick: u32, with_feed: bool) -> UseStateHandle<Loaded> {
    let loaded = use_state(|| Loaded::Loading);
    use_effect_with((outbox_status, tick), {
        let loaded = loaded.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let queued = outbox::all().await.unwrap_or_default();
                let open = crate::offline::read_through::<Vec<ConsultationToJoin>>(&super::api::mine_path(), LIST_CACHE).await;
                // The feed counts closed consultations' results: only the page that shows it asks.
                let feed = if with_feed {
                    crate::offline::read_through::<Vec<FeedItem>>(&super::api::feed_path(), FEED_CACHE).await
                } else {
                    Ok((Vec::new(), false))
                };
                loaded.set(match (open, feed) {
                    (Ok((open, offline)), Ok((feed, _))) => Loaded::Ready { open, feed, offline, queued },
                    (Ok((open, offline)), Err(_)) => Loaded::Ready { open, feed: Vec::new(), offline, queued },
                    (Err(code), _) => Loaded::Failed(code),
                });
            });
        }
    });
    loaded
}

pub fn status_words(t: &Messages, status: ResponseStatus) -> String {
    match status {
        ResponseStatus::Planned => t.get("voice-status-planned"),
        ResponseStatus::InProgress => t.get("voice-status-in_progress"),
        ResponseStatus::Done => t.get("voice-status-done"),
        ResponseStatus::NotPossible => t.get("voice-status-not_possible"),
    }
}

/// One "you said, we did" response.
pub fn we_did_card(t: &Messages, response: &WeDid) -> Html {
    html! {
        <li class="card we-did" key={response.id.to_string()}>
            if !response.about_text.is_empty() {
                <p><strong>{ t.get("voice-you-said") }</strong>{ " " }{ response.about_text.clone() }</p>
            }
            <p><strong>{ t.get("voice-we-did") }</strong>{ " " }{ response.we_did.clone() }</p>
            <p class={classes!("badge", response.status.as_str())}>{ status_words(t, response.status) }</p>
            if let Some(by_when) = &response.by_when {
                <p>{ t.get_with("voice-by-when", &[("date", day_in_words(t, by_when).into())]) }</p>
            }
            <p class="hint">{ t.get_with("voice-decided-by", &[("who", response.decided_by.clone().into())]) }</p>
        </li>
    }
}

#[function_component(VoicePage)]
pub fn voice_page() -> Html {
    let t = use_i18n();
    let sync_status = use_sync().map(|sync| sync.state().status);
    let loaded = use_voice(sync_status, 0, true);
    let (open, feed, offline) = match &*loaded {
        Loaded::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("voice-title") }</h1></section> },
        Loaded::Failed(code) => {
            return html! { <section class="page"><h1>{ t.get("voice-title") }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> }
        }
        Loaded::Ready { open, feed, offline, .. } => (open, feed, *offline),
    };
    html! {
        <section class="page voice-page">
            <h1>{ t.get("voice-title") }</h1>
            <p class="lead">{ t.get("voice-intro") }</p>
            if offline { <p class="notice" role="status">{ t.get("voice-offline-copy") }</p> }
            if open.is_empty() { <p>{ t.get("voice-none-open") }</p> }
            <ul class="cards">
                { for open.iter().map(|consultation| html! {
                    <li key={consultation.id.to_string()}>
                        <Link to={Route::TakePart { id: consultation.id.to_string() }} classes="card">
                            <span class="card-title">{ consultation.title.clone() }</span>
                            if consultation.cabinet { <span class="badge">{ t.get("voice-for-cabinet") }</span> }
                            <span class="card-hint">{ t.get_with("voice-closes", &[("date", day_in_words(&t, &consultation.closes_on).into())]) }</span>
                        </Link>
                    </li>
                }) }
            </ul>
            <h2>{ t.get("voice-feed-title") }</h2>
            if feed.is_empty() { <p>{ t.get("voice-feed-none") }</p> }
            { for feed.iter().map(|item| feed_item(&t, item)) }
        </section>
    }
}

fn feed_item(t: &Messages, item: &FeedItem) -> Html {
    html! {
        <article class="feed-item" id={item.consultation_id.to_string()} key={item.consultation_id.to_string()}>
            <h3>{ item.title.clone() }</h3>
            <p class="hint">{ t.get_with("voice-heard-by", &[("audience", item.audience.clone().into())]) }</p>
            if item.took_part { <p class="badge">{ t.get("voice-you-took-part") }</p> }
            if let Some(results) = &item.results {
                { for results.ballots.iter().map(|ballot| html! {
                    <div class="results">
                        <h4>{ ballot.question.clone() }</h4>
                        <ol>{ for ballot.counts.iter().map(|count| html! { <li>{ count.text.clone() }</li> }) }</ol>
                        <p class="hint">{ t.get_with("voice-ballots-cast", &[("count", ballot.ballots.into())]) }</p>
                    </div>
                }) }
                { for results.statements.iter().map(|set| html! {
                    <ul class="statement-results">
                        { for set.statements.iter().map(|statement| html! {
                            <li>{ statement.text.clone() }{ " — " }{ t.get_with("voice-agree-percent", &[("percent", statement.agree_percent.into())]) }</li>
                        }) }
                    </ul>
                }) }
            }
            if !item.responses.is_empty() {
                <ul class="cards">{ for item.responses.iter().map(|response| we_did_card(t, response)) }</ul>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct TakePartProps {
    pub id: String,
}

/// Whether the server has a contribution once it was given (true), or it waits on the phone.
type Received = bool;

/// Queues one contribution (and clears its draft in the same transaction), then tries to send,
/// and says which of the two happened.
fn give(
    kind: &'static str,
    target: String,
    body: impl serde::Serialize + 'static,
    draft: Option<String>,
    sync: Option<crate::offline::sync::SyncHandle>,
    done: Callback<Result<Received, ErrorCode>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        if outbox::enqueue(kind, &target, &body, draft.as_deref()).await.is_err() {
            return done.emit(Err(ErrorCode::Internal));
        }
        let status = match &sync {
            Some(sync) => sync.flush_now().await,
            None => None,
        };
        done.emit(Ok(status.is_some_and(|status| status.waiting == 0)));
    });
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

#[function_component(TakePartPage)]
pub fn take_part_page(props: &TakePartProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let tick = use_state(|| 0u32);
    let loaded = use_voice(sync.as_ref().map(|s| s.state().status), *tick, false);
    let thanks = use_state(|| None::<Received>);
    let error = use_state(|| None::<ErrorCode>);
    let Ok(id) = props.id.parse::<Uuid>() else { return html! { <section class="page"><p>{ t.error(ErrorCode::NotFound) }</p></section> } };
    let (consultation, queued) = match &*loaded {
        Loaded::Loading => return html! { <section class="page" aria-busy="true"></section> },
        Loaded::Failed(code) => return html! { <section class="page"><p class="error" role="alert">{ t.error(*code) }</p></section> },
        Loaded::Ready { open, queued, .. } => match open.iter().find(|consultation| consultation.id == id) {
            Some(consultation) => (consultation.clone(), queued_for(id, queued)),
            None => {
                return html! { <section class="page"><p>{ t.get("voice-gone") }</p><Link to={Route::Voice} classes="button">{ t.get("voice-back") }</Link></section> }
            }
        },
    };
    let after = {
        let (thanks, error, tick) = (thanks.clone(), error.clone(), tick.clone());
        Callback::from(move |result: Result<Received, ErrorCode>| {
            match result {
                Ok(received) => {
                    thanks.set(Some(received));
                    error.set(None);
                }
                Err(code) => error.set(Some(code)),
            }
            tick.set(*tick + 1);
        })
    };
    let state_of = |item: &str, done: bool| -> Html {
        match queued.iter().find(|(queued, _)| queued == item) {
            Some((_, Some(code))) => html! { <p class="error" role="alert">{ t.error(*code) }</p> },
            Some((_, None)) => html! { <p class="badge waiting">{ t.get("voice-waiting") }</p> },
            None if done => html! { <p class="badge done">{ t.get("voice-done") }</p> },
            None => Html::default(),
        }
    };
    let is_done = |item: &str, list: &[String]| list.iter().any(|done| done == item) || queued.iter().any(|(queued, _)| queued == item);
    html! {
        <section class="page take-part">
            <h1>{ consultation.title.clone() }</h1>
            <p>{ consultation.background.clone() }</p>
            <div class="audience" role="note">
                <h2>{ t.get("voice-audience-heading") }</h2>
                <p>{ consultation.audience.clone() }</p>
            </div>
            <p class="hint">{ t.get(if consultation.anonymous { "voice-anonymous" } else { "voice-named" }) }</p>
            if let Some(received) = *thanks {
                <p class="notice" role="status">
                    { t.get_with(if received { "voice-thanks" } else { "voice-thanks-waiting" }, &[("audience", consultation.audience.clone().into())]) }
                </p>
            }
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            { for consultation.activities.iter().map(|activity| match activity {
                Activity::Ballot { id: activity_id, question, options, ranked } => html! {
                    <section class="activity" key={activity_id.clone()}>
                        <h2>{ question.clone() }</h2>
                        { state_of(activity_id, is_done(activity_id, &consultation.done.ballots)) }
                        if !is_done(activity_id, &consultation.done.ballots) {
                            <BallotForm consultation={id} activity_id={activity_id.clone()} question={question.clone()} options={options.clone()} ranked={*ranked} after={after.clone()} />
                        }
                    </section>
                },
                Activity::Statements { id: activity_id, prompt, statements, proposals } => html! {
                    <section class="activity" key={activity_id.clone()}>
                        <h2>{ prompt.clone() }</h2>
                        <ul class="statements">
                            { for statements.iter().map(|statement| {
                                let done = is_done(&statement.id, &consultation.done.statements);
                                html! {
                                    <li key={statement.id.clone()}>
                                        <p class="statement">{ statement.text.clone() }</p>
                                        { state_of(&statement.id, done) }
                                        if !done { { vote_buttons(&t, id, statement, sync.clone(), after.clone()) } }
                                    </li>
                                }
                            }) }
                        </ul>
                        if *proposals {
                            <WordsForm consultation={id} activity_id={activity_id.clone()} label={t.get("voice-propose-label")} hint={t.get("voice-propose-hint")}
                                button={t.get("voice-propose-send")} proposal={true} after={after.clone()} />
                        }
                    </section>
                },
                Activity::Question { id: activity_id, question, voice } => html! {
                    <section class="activity" key={activity_id.clone()}>
                        { state_of(activity_id, is_done(activity_id, &consultation.done.questions)) }
                        if !is_done(activity_id, &consultation.done.questions) {
                            <WordsForm consultation={id} activity_id={activity_id.clone()} label={question.clone()} hint={String::new()}
                                button={t.get("voice-answer-send")} proposal={false} voice={*voice} after={after.clone()} />
                        } else {
                            <h2>{ question.clone() }</h2>
                        }
                    </section>
                },
            }) }
            <Link to={Route::Voice} classes="button secondary">{ t.get("voice-back") }</Link>
        </section>
    }
}

fn vote_buttons(
    t: &Messages,
    id: Uuid,
    statement: &Item,
    sync: Option<crate::offline::sync::SyncHandle>,
    after: Callback<Result<Received, ErrorCode>>,
) -> Html {
    // A face beside each answer, as on the 0-10 scales: decoration, the word is what is read.
    let button = |vote: Vote, label: String| {
        let face = crate::components::scale::face_for(match vote {
            Vote::Agree => 10,
            Vote::Disagree => 0,
            Vote::Pass => 5,
        });
        let (statement_id, sync, after) = (statement.id.clone(), sync.clone(), after.clone());
        let onclick = Callback::from(move |_| {
            let body = VoteRequest { statement_id: statement_id.clone(), vote, given_at_ms: now_ms() };
            give("voice.vote", super::api::votes_path(id), body, None, sync.clone(), after.clone());
        });
        html! {
            <button type="button" class={classes!("button", "vote", vote.as_str())} {onclick}>
                <span class="face" aria-hidden="true">{ face }</span>{ label }
            </button>
        }
    };
    html! {
        <div class="vote-buttons" role="group" aria-label={statement.text.clone()}>
            { button(Vote::Agree, t.get("voice-agree")) }
            { button(Vote::Disagree, t.get("voice-disagree")) }
            { button(Vote::Pass, t.get("voice-pass")) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BallotProps {
    consultation: Uuid,
    activity_id: String,
    question: String,
    options: Vec<Item>,
    ranked: bool,
    after: Callback<Result<Received, ErrorCode>>,
}

#[function_component(BallotForm)]
fn ballot_form(props: &BallotProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let places = if props.ranked { props.options.len().min(tandem_domain::voice::MAX_RANKED) } else { 1 };
    let picked = use_state(|| vec![String::new(); places]);
    let error = use_state(|| None::<ErrorCode>);
    let pick = |place: usize| {
        let picked = picked.clone();
        Callback::from(move |event: Event| {
            let mut next = (*picked).clone();
            if let Some(slot) = next.get_mut(place) {
                *slot = crate::components::value_of(&event);
            }
            picked.set(next);
        })
    };
    let onsubmit = {
        let (picked, error, props_after, sync) = (picked.clone(), error.clone(), props.after.clone(), sync.clone());
        let (consultation, activity_id, options, ranked, question) =
            (props.consultation, props.activity_id.clone(), props.options.clone(), props.ranked, props.question.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let ranking: Vec<String> = picked.iter().filter(|choice| !choice.is_empty()).cloned().collect();
            let activity = Activity::Ballot { id: activity_id.clone(), question: question.clone(), options: options.clone(), ranked };
            if let Err(code) = tandem_domain::voice::check_ballot(&activity, &ranking) {
                return error.set(Some(code));
            }
            error.set(None);
            let body = BallotRequest { activity_id: activity_id.clone(), ranking, given_at_ms: now_ms() };
            give("voice.ballot", super::api::ballots_path(consultation), body, None, sync.clone(), props_after.clone());
        })
    };
    let place_label = |place: usize| match place {
        0 => t.get("voice-first-choice"),
        1 => t.get("voice-second-choice"),
        _ => t.get("voice-third-choice"),
    };
    html! {
        <form class="ballot" {onsubmit}>
            if props.ranked {
                <p class="hint">{ t.get("voice-rank-hint") }</p>
                { for (0..places).map(|place| {
                    let field = format!("{}-{place}", props.activity_id);
                    html! {
                        <div class="field">
                            <label for={field.clone()}>{ place_label(place) }</label>
                            <select id={field} onchange={pick(place)}>
                                <option value="" selected={picked[place].is_empty()}>{ t.get("voice-no-choice") }</option>
                                { for props.options.iter().map(|option| html! {
                                    <option value={option.id.clone()} selected={picked[place] == option.id}>{ option.text.clone() }</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
            } else {
                <fieldset class="choices">
                    <legend class="visually-hidden">{ props.question.clone() }</legend>
                    { for props.options.iter().map(|option| {
                        let field = format!("{}-{}", props.activity_id, option.id);
                        html! {
                            <div class="choice">
                                <input type="radio" id={field.clone()} name={props.activity_id.clone()} value={option.id.clone()} checked={picked[0] == option.id} onchange={pick(0)} />
                                <label for={field}>{ option.text.clone() }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            }
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <button type="submit" class="button">{ t.get("voice-ballot-send") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct WordsProps {
    consultation: Uuid,
    activity_id: String,
    label: String,
    hint: String,
    button: String,
    /// A statement to propose, rather than an answer.
    proposal: bool,
    /// A voice note may be recorded instead of (or as well as) the words.
    #[prop_or_default]
    voice: bool,
    after: Callback<Result<Received, ErrorCode>>,
}

/// Words: an answer to an open question, or a proposed statement. Kept as a draft while typed.
#[function_component(WordsForm)]
fn words_form(props: &WordsProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let key = draft_key(props.consultation, &format!("{}{}", props.activity_id, if props.proposal { ":proposal" } else { "" }));
    let text = use_state(|| None::<String>);
    let note = use_state(|| None::<tandem_domain::voice::api::VoiceNote>);
    let error = use_state(|| None::<ErrorCode>);
    let on_recorded = {
        let note = note.clone();
        Callback::from(move |recorded| note.set(recorded))
    };
    use_effect_with(key.clone(), {
        let text = text.clone();
        move |key| {
            let key = key.clone();
            wasm_bindgen_futures::spawn_local(async move {
                text.set(Some(drafts::load::<String>(&key).await.ok().flatten().unwrap_or_default()));
            });
        }
    });
    let oninput = {
        let (text, key) = (text.clone(), key.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target().and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok()) {
                let (value, key) = (area.value(), key.clone());
                text.set(Some(value.clone()));
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = drafts::save(&key, &value).await;
                });
            }
        })
    };
    let onsubmit = {
        let (text, note, error, after, sync, key) =
            (text.clone(), note.clone(), error.clone(), props.after.clone(), sync.clone(), key.clone());
        let (consultation, activity_id, proposal) = (props.consultation, props.activity_id.clone(), props.proposal);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let words = (*text).clone().unwrap_or_default();
            if words.trim().is_empty() && note.is_none() {
                return error.set(Some(if proposal { ErrorCode::TextRequired } else { ErrorCode::AnswerRequired }));
            }
            if let Err(code) = tandem_domain::text::clean_free_text(
                &words,
                if proposal { tandem_domain::voice::STATEMENT_MAX } else { tandem_domain::voice::ANSWER_MAX },
            ) {
                return error.set(Some(code));
            }
            error.set(None);
            text.set(Some(String::new()));
            if proposal {
                let body = ProposalRequest { activity_id: activity_id.clone(), text: words, given_at_ms: now_ms() };
                give("voice.proposal", super::api::proposals_path(consultation), body, Some(key.clone()), sync.clone(), after.clone());
            } else {
                let body =
                    AnswerRequest { activity_id: activity_id.clone(), text: words, voice_note: (*note).clone(), given_at_ms: now_ms() };
                note.set(None);
                give("voice.answer", super::api::answers_path(consultation), body, Some(key.clone()), sync.clone(), after.clone());
            }
        })
    };
    let field = format!("{}-{}", props.activity_id, if props.proposal { "proposal" } else { "answer" });
    let max = if props.proposal { tandem_domain::voice::STATEMENT_MAX } else { tandem_domain::voice::ANSWER_MAX };
    html! {
        <form class="words" {onsubmit}>
            <div class="field">
                <label for={field.clone()}>{ props.label.clone() }</label>
                if !props.hint.is_empty() { <p class="hint" id={format!("{field}-hint")}>{ props.hint.clone() }</p> }
                <textarea id={field.clone()} rows="4" maxlength={max.to_string()} value={(*text).clone().unwrap_or_default()} {oninput}
                    aria-describedby={(!props.hint.is_empty()).then(|| format!("{field}-hint"))} />
            </div>
            if props.voice { <super::recorder::VoiceRecorder {on_recorded} /> }
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <button type="submit" class="button">{ props.button.clone() }</button>
        </form>
    }
}
