//! Surveys on a young person's or carer's phone: the ones waiting for them, then one question per
//! screen with progress, back and forward, and easier words on request. Every answer is kept on
//! the phone as it is given (leave, close the browser, come back: it resumes where it was); the
//! finished answers wait in the outbox until the server has them; the thank-you screen says who
//! will read them. Works offline from the last copy of the list.

use serde::{Deserialize, Serialize};
use tandem_domain::surveys::api::{ResponseRequest, SurveyToAnswer};
use tandem_domain::surveys::{
    check_answer, check_response, is_missing, is_shown, next_question, question_range, Answer, Answers, Choice, Question, QuestionKind,
    Survey,
};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::ScaleInput;
use crate::i18n::{use_i18n, Messages};
use crate::offline::sync::use_sync;
use crate::offline::{drafts, outbox};
use crate::routes::{Link, Route};

/// The last list of surveys fetched, for answering offline.
pub const CACHE: &str = "surveys_cache";
const KIND: &str = "survey.response";

fn draft_key(id: Uuid) -> String {
    format!("survey:{id}")
}

/// Where someone is in a survey, kept on the phone as they go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub answers: Answers,
    /// The question on screen; none before the first.
    pub current: Option<String>,
    /// Easier words chosen.
    pub easy: bool,
}

/// Surveys sent from this phone and not yet accepted: the survey, and the refusal if refused.
fn waiting(queued: &[outbox::QueuedOperation]) -> Vec<(Uuid, Option<ErrorCode>)> {
    queued.iter().filter(|op| op.kind == KIND).filter_map(|op| Some((op.path.split('/').nth(4)?.parse().ok()?, op.rejection()))).collect()
}

#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    Ready(Vec<SurveyToAnswer>, bool, Vec<(Uuid, Option<ErrorCode>)>),
    Failed(ErrorCode),
}

/// The surveys, read again whenever the outbox's state changes (an answer sent or refused).
#[hook]
fn use_surveys(outbox: Option<outbox::OutboxStatus>) -> UseStateHandle<Loaded> {
    let loaded = use_state(|| Loaded::Loading);
    use_effect_with(outbox, {
        let loaded = loaded.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let sent = waiting(&outbox::all().await.unwrap_or_default());
                loaded.set(match crate::offline::read_through::<Vec<SurveyToAnswer>>(&super::api::mine_path(), CACHE).await {
                    Ok((surveys, offline)) => Loaded::Ready(surveys, offline, sent),
                    Err(code) => Loaded::Failed(code),
                });
            });
        }
    });
    loaded
}

#[function_component(SurveysPage)]
pub fn surveys_page() -> Html {
    let t = use_i18n();
    let sync_status = use_sync().map(|sync| sync.state().status);
    let loaded = use_surveys(sync_status);
    let (surveys, offline, sent) = match &*loaded {
        Loaded::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("surveys-title") }</h1></section> },
        Loaded::Failed(code) => {
            return html! { <section class="page"><h1>{ t.get("surveys-title") }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> }
        }
        Loaded::Ready(surveys, offline, sent) => (surveys, *offline, sent),
    };
    let open: Vec<&SurveyToAnswer> = surveys.iter().filter(|survey| !sent.iter().any(|(id, _)| *id == survey.id)).collect();
    html! {
        <section class="page">
            <h1>{ t.get("surveys-title") }</h1>
            if offline { <p class="notice" role="status">{ t.get("surveys-offline-copy") }</p> }
            { for sent.iter().map(|(_, refused)| match refused {
                Some(code) => html! { <p class="error" role="alert">{ t.error(*code) }</p> },
                None => html! { <p class="badge waiting">{ t.get("surveys-waiting") }</p> },
            }) }
            if open.is_empty() { <p>{ t.get("surveys-none") }</p> }
            <ul class="cards">
                { for open.iter().map(|survey| html! {
                    <li key={survey.id.to_string()}>
                        <Link to={Route::AnswerSurvey { id: survey.id.to_string() }} classes="card">
                            <span class="card-title">{ survey.survey.title.clone() }</span>
                            <span class="card-hint">{ t.get_with("surveys-closes", &[("date", crate::components::dates::day_in_words(&t, &survey.closes_on).into())]) }</span>
                        </Link>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub id: String,
}

/// The questions shown given the answers so far, in order.
fn how_many(t: &Messages, survey: &Survey) -> String {
    match question_range(survey) {
        (least, most) if least == most => t.get_with("surveys-how-many", &[("count", most.into())]),
        (least, most) => t.get_with("surveys-how-many-between", &[("least", least.into()), ("most", most.into())]),
    }
}

fn shown<'a>(survey: &'a Survey, answers: &Answers) -> Vec<&'a Question> {
    survey.questions().iter().filter(|question| is_shown(question, answers)).collect()
}

/// A draft made for another version keeps the answers its questions still take.
fn resumed(saved: Option<Progress>, survey: &Survey, version: u32) -> Progress {
    let mut progress = saved.unwrap_or_default();
    if progress.version != version {
        progress.answers.retain(|id, answer| survey.question(id).is_some_and(|question| check_answer(question, answer).is_ok()));
        progress.current = progress.current.filter(|id| survey.question(id).is_some());
        progress.version = version;
    }
    progress
}

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Loading,
    Gone,
    Answering(SurveyToAnswer, Progress),
    Thanks(String, bool),
}

#[function_component(AnswerSurveyPage)]
pub fn answer_survey_page(props: &AnswerProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let id: Option<Uuid> = props.id.parse().ok();
    let screen = use_state(|| Screen::Loading);
    let error = use_state_eq(|| None::<ErrorCode>);

    use_effect_with(id, {
        let screen = screen.clone();
        move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                let Some(id) = id else { return screen.set(Screen::Gone) };
                let found = crate::offline::read_through::<Vec<SurveyToAnswer>>(&super::api::mine_path(), CACHE)
                    .await
                    .ok()
                    .and_then(|(surveys, _)| surveys.into_iter().find(|survey| survey.id == id));
                let Some(found) = found else { return screen.set(Screen::Gone) };
                let Ok(survey) = found.survey.parse() else { return screen.set(Screen::Gone) };
                let saved = drafts::load::<Progress>(&draft_key(id)).await.ok().flatten();
                let progress = resumed(saved, &survey, found.version);
                screen.set(Screen::Answering(found, progress));
            });
        }
    });

    let (to_answer, progress) = match &*screen {
        Screen::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("surveys-title") }</h1></section> },
        Screen::Gone => {
            return html! {
                <section class="page">
                    <h1>{ t.get("surveys-title") }</h1>
                    <p>{ t.get("surveys-gone") }</p>
                    <Link to={Route::Surveys} classes="button">{ t.get("surveys-back-to-list") }</Link>
                </section>
            }
        }
        Screen::Thanks(audience, waiting) => {
            return html! {
                <section class="page survey-thanks">
                    <h1>{ t.get("surveys-thanks-title") }</h1>
                    <p class="lead">{ t.get_with("surveys-thanks-audience", &[("audience", audience.clone().into())]) }</p>
                    if *waiting { <p class="badge waiting" role="status">{ t.get("surveys-waiting") }</p> }
                    <Link to={Route::Home} classes="button">{ t.get("go-home") }</Link>
                </section>
            }
        }
        Screen::Answering(to_answer, progress) => (to_answer.clone(), progress.clone()),
    };
    let Ok(survey) = to_answer.survey.parse() else { return html! {} };
    let survey_id = to_answer.id;

    // Every change is shown at once (a radio button must stay picked) and kept on the phone.
    let keep = {
        let (screen, to_answer) = (screen.clone(), to_answer.clone());
        Callback::from(move |next: Progress| {
            screen.set(Screen::Answering(to_answer.clone(), next.clone()));
            let id = to_answer.id;
            wasm_bindgen_futures::spawn_local(async move {
                let _ = drafts::save(&draft_key(id), &next).await;
            });
        })
    };
    let questions = shown(&survey, &progress.answers);
    let position = progress.current.as_deref().and_then(|current| questions.iter().position(|question| question.id == current));
    let current = position.and_then(|index| questions.get(index).copied());

    let Some(question) = current else {
        // Before the first question: what it is for, who reads it, and whether it is named.
        let start = {
            let (keep, progress, first) = (keep.clone(), progress.clone(), questions.first().map(|q| q.id.clone()));
            Callback::from(move |_| keep.emit(Progress { current: first.clone(), ..progress.clone() }))
        };
        let easy = {
            let (keep, progress) = (keep.clone(), progress.clone());
            Callback::from(move |event: Event| {
                let on = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()).is_some_and(|input| input.checked());
                keep.emit(Progress { easy: on, ..progress.clone() })
            })
        };
        let draft = survey.draft();
        return html! {
            <section class="page survey-intro">
                <h1>{ draft.title.clone() }</h1>
                if !draft.purpose.is_empty() { <p class="lead">{ draft.purpose.clone() }</p> }
                <p>{ t.get_with("surveys-audience", &[("audience", draft.audience.clone().into())]) }</p>
                <p>{ t.get(if draft.anonymous { "surveys-anonymous" } else { "surveys-named" }) }</p>
                <p>{ how_many(&t, &survey) }</p>
                // With "Easier words" on for the whole app, the survey's easier words are on too.
                if !t.easier_words {
                    <div class="check-row">
                        <input type="checkbox" id="survey-easy" checked={progress.easy} onchange={easy} />
                        <label for="survey-easy">{ t.get("surveys-easy-words") }</label>
                    </div>
                }
                <button type="button" class="button" onclick={start}>{ t.get(if progress.answers.is_empty() { "surveys-start" } else { "surveys-carry-on" }) }</button>
            </section>
        };
    };

    let index = position.unwrap_or(0);
    let answer = progress.answers.get(&question.id).cloned();
    let on_answer = {
        let (keep, progress, question_id, error) = (keep.clone(), progress.clone(), question.id.clone(), error.clone());
        Callback::from(move |given: Option<Answer>| {
            let mut next = progress.clone();
            match given {
                Some(answer) => next.answers.insert(question_id.clone(), answer),
                None => next.answers.remove(&question_id),
            };
            error.set(None);
            keep.emit(next);
        })
    };
    let back = {
        let (keep, progress, previous) =
            (keep.clone(), progress.clone(), index.checked_sub(1).and_then(|i| questions.get(i)).map(|q| q.id.clone()));
        Callback::from(move |_| keep.emit(Progress { current: previous.clone(), ..progress.clone() }))
    };
    let forward = {
        let (keep, progress, error, sync, question, survey) =
            (keep.clone(), progress.clone(), error.clone(), sync.clone(), question.clone(), survey.clone());
        let (screen, audience) = (screen.clone(), survey.draft().audience.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if is_missing(&question, progress.answers.get(&question.id)) {
                return error.set(Some(ErrorCode::AnswerRequired));
            }
            if let Some(next) = next_question(&survey, &progress.answers, Some(&question.id)) {
                return keep.emit(Progress { current: Some(next.id.clone()), ..progress.clone() });
            }
            // The last question: check everything, then hand the answers to the outbox (the
            // draft goes in the same step).
            let answers = match check_response(&survey, &progress.answers) {
                Ok(answers) => answers,
                Err(code) => return error.set(Some(code)),
            };
            let request = ResponseRequest { version: progress.version, answers };
            let (error, sync, screen, audience) = (error.clone(), sync.clone(), screen.clone(), audience.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let key = draft_key(survey_id);
                if outbox::enqueue(KIND, &super::api::responses_path(survey_id), &request, Some(&key)).await.is_err() {
                    return error.set(Some(ErrorCode::Internal));
                }
                let status = match &sync {
                    Some(sync) => sync.flush_now().await,
                    None => None,
                };
                let waiting = status.is_none_or(|status| status.waiting > 0);
                screen.set(Screen::Thanks(audience, waiting));
            });
        })
    };
    let last = next_question(&survey, &progress.answers, Some(&question.id)).is_none();
    let easy = progress.easy || t.easier_words;
    let wording = if easy && !question.easy_read.is_empty() { question.easy_read.clone() } else { question.wording.clone() };
    let help_id = format!("help-{}", question.id);
    html! {
        <section class="page survey-question">
            <h1 class="visually-hidden">{ survey.draft().title.clone() }</h1>
            <p class="survey-progress">
                <label for="survey-progress">{ t.get_with("surveys-progress", &[("number", (index + 1).into()), ("count", questions.len().into())]) }</label>
                <progress id="survey-progress" max={questions.len().to_string()} value={(index + 1).to_string()}></progress>
            </p>
            <form onsubmit={forward} novalidate=true>
                <QuestionInput question={question.clone()} {wording} {easy} answer={answer} on_answer={on_answer}
                    help={(!question.help.is_empty()).then(|| (help_id.clone(), question.help.clone()))} />
                if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
                <div class="actions">
                    if index > 0 { <button type="button" class="button secondary" onclick={back}>{ t.get("surveys-back") }</button> }
                    <button type="submit" class="button">{ t.get(if last { "surveys-send" } else { "surveys-next" }) }</button>
                </div>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    question: Question,
    wording: String,
    /// Easier words: each choice's easy-read wording where it has one.
    easy: bool,
    answer: Option<Answer>,
    on_answer: Callback<Option<Answer>>,
    /// The help text's element id and words.
    help: Option<(String, String)>,
}

/// A choice's words: its easy-read wording when easier words are on and it has one.
fn choice_words(choice: &Choice, easy: bool) -> String {
    if easy && !choice.easy_read.is_empty() {
        choice.easy_read.clone()
    } else {
        choice.wording.clone()
    }
}

fn input_value<T: JsCast>(event: &Event) -> Option<T> {
    event.target().and_then(|target| target.dyn_into::<T>().ok())
}

/// One question, as a fieldset (choices) or a labelled box (text).
#[function_component(QuestionInput)]
fn question_input(props: &QuestionProps) -> Html {
    let t = use_i18n();
    let question = &props.question;
    let name = format!("q-{}", question.id);
    let help = props.help.as_ref().map(|(id, words)| html! { <p class="help" id={id.clone()}>{ words.clone() }</p> });
    let described_by = props.help.as_ref().map(|(id, _)| AttrValue::from(id.clone()));
    let on_answer = props.on_answer.clone();
    let radio = |value: String, label: Html, checked: bool, answer: Answer| {
        let on_answer = on_answer.clone();
        let id = format!("{name}-{value}");
        html! {
            <div class="choice">
                <input type="radio" id={id.clone()} name={name.clone()} {checked} onchange={Callback::from(move |_| on_answer.emit(Some(answer.clone())))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let legend = html! { <legend>{ props.wording.clone() }</legend> };
    match question.kind {
        QuestionKind::Scale => {
            let on_change = on_answer.reform(|score: u8| Some(Answer::Number(score)));
            let value = match props.answer {
                Some(Answer::Number(n)) => Some(n),
                _ => None,
            };
            html! { <>{ help }<ScaleInput name={name.clone()} legend={props.wording.clone()} {value} {on_change} described_by={described_by} /></> }
        }
        QuestionKind::Faces => html! {
            <fieldset class="faces" aria-describedby={described_by}>
                { legend }{ help }
                { for (1u8..=5).map(|n| {
                    let (face, words) = super::face(&t, n);
                    let label = html! { <><span class="face" aria-hidden="true">{ face }</span>{ words }</> };
                    radio(n.to_string(), label, props.answer == Some(Answer::Number(n)), Answer::Number(n))
                }) }
            </fieldset>
        },
        QuestionKind::YesNo => html! {
            <fieldset class="choices" aria-describedby={described_by}>
                { legend }{ help }
                { radio("yes".into(), html! { { t.get("surveys-yes") } }, props.answer == Some(Answer::YesNo(true)), Answer::YesNo(true)) }
                { radio("no".into(), html! { { t.get("surveys-no") } }, props.answer == Some(Answer::YesNo(false)), Answer::YesNo(false)) }
            </fieldset>
        },
        QuestionKind::Single => html! {
            <fieldset class="choices" aria-describedby={described_by}>
                { legend }{ help }
                { for question.options.iter().map(|option| {
                    let picked = props.answer == Some(Answer::Choice(option.id.clone()));
                    radio(option.id.clone(), html! { { choice_words(option, props.easy) } }, picked, Answer::Choice(option.id.clone()))
                }) }
            </fieldset>
        },
        QuestionKind::Multiple => {
            let picked: Vec<String> = match &props.answer {
                Some(Answer::Choices(ids)) => ids.clone(),
                _ => Vec::new(),
            };
            html! {
                <fieldset class="choices" aria-describedby={described_by}>
                    { legend }{ help }
                    <p class="hint">{ t.get("surveys-pick-any") }</p>
                    { for question.options.iter().map(|option| {
                        let id = format!("{name}-{}", option.id);
                        let checked = picked.contains(&option.id);
                        let onchange = {
                            let (on_answer, picked, option_id) = (on_answer.clone(), picked.clone(), option.id.clone());
                            Callback::from(move |event: Event| {
                                let on = input_value::<HtmlInputElement>(&event).is_some_and(|input| input.checked());
                                let mut now: Vec<String> = picked.iter().filter(|id| **id != option_id).cloned().collect();
                                if on {
                                    now.push(option_id.clone());
                                }
                                on_answer.emit((!now.is_empty()).then_some(Answer::Choices(now)));
                            })
                        };
                        html! {
                            <div class="choice">
                                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                                <label for={id}>{ choice_words(option, props.easy) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            }
        }
        QuestionKind::ShortText | QuestionKind::LongText => {
            let text = match &props.answer {
                Some(Answer::Text(text)) => text.clone(),
                _ => String::new(),
            };
            let oninput = on_answer.reform(|event: InputEvent| {
                let value = input_value::<HtmlTextAreaElement>(&event)
                    .map(|area| area.value())
                    .or_else(|| input_value::<HtmlInputElement>(&event).map(|input| input.value()))
                    .unwrap_or_default();
                Some(Answer::Text(value))
            });
            html! {
                <div class="field">
                    <label for={name.clone()} class="question-label">{ props.wording.clone() }</label>
                    { help }
                    if question.kind == QuestionKind::ShortText {
                        <input id={name.clone()} type="text" maxlength="200" value={text} {oninput} aria-describedby={described_by} />
                    } else {
                        <textarea id={name.clone()} rows="6" maxlength="2000" value={text} {oninput} aria-describedby={described_by} />
                    }
                </div>
            }
        }
    }
}
