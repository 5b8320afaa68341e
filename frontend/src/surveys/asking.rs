//! What surveys and forms share on a phone: the list of what waits for the person (read through
//! the phone's last copy when offline, with what was sent and not yet accepted), the page that
//! finds one and resumes its draft, and the questions themselves, one per screen with progress,
//! back and forward, easier words on request and (for forms) "I'd rather not say". Every answer
//! is kept on the phone as it is given; the finished answers wait in the outbox until the server
//! has them.

use std::future::Future;

use serde::{Deserialize, Serialize};
use tandem_domain::surveys::api::SurveyToAnswer;
use tandem_domain::surveys::{
    check_answer, check_answers, is_missing, is_shown, next_question, question_range, section_of, Answer, Answers, Choice, Question,
    QuestionKind, Survey, SurveyDraft,
};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::ScaleInput;
use crate::i18n::{use_i18n, Messages};
use crate::offline::sync::{use_sync, SyncHandle};
use crate::offline::{drafts, outbox};
use crate::routes::{Link, Route};

/// Where someone is in a survey or form, kept on the phone as they go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub answers: Answers,
    /// Questions answered "I'd rather not say" (forms only).
    #[serde(default)]
    pub declined: Vec<String>,
    /// The question on screen; none before the first.
    pub current: Option<String>,
    /// Easier words chosen.
    pub easy: bool,
}

/// Something waiting for the person's answers: a survey, or a form their worker asked for.
pub trait Asked: Clone + PartialEq + 'static {
    fn id(&self) -> Uuid;
    /// The version they are given.
    fn version(&self) -> u32;
    fn draft(&self) -> &SurveyDraft;
}

impl Asked for SurveyToAnswer {
    fn id(&self) -> Uuid {
        self.id
    }
    fn version(&self) -> u32 {
        self.version
    }
    fn draft(&self) -> &SurveyDraft {
        &self.survey
    }
}

/// Answers sent from this phone (operations of `kind`) and not yet accepted: what they answer
/// (the id in their path), and the refusal if refused.
fn waiting(queued: &[outbox::QueuedOperation], kind: &str) -> Vec<(Uuid, Option<ErrorCode>)> {
    queued.iter().filter(|op| op.kind == kind).filter_map(|op| Some((op.path.split('/').nth(4)?.parse().ok()?, op.rejection()))).collect()
}

/// A list of what waits for the person.
#[derive(Debug, Clone, PartialEq)]
pub enum Listed<T> {
    Loading,
    /// The items, whether this is the phone's last copy (offline), and what was sent and waits.
    Ready(Vec<T>, bool, Vec<(Uuid, Option<ErrorCode>)>),
    Failed(ErrorCode),
}

/// The list `read` gives, read again whenever the outbox's state changes (an answer sent or
/// refused), with the answers of `kind` still waiting.
#[hook]
pub fn use_listed<T, F>(read: fn() -> F, kind: &'static str) -> UseStateHandle<Listed<T>>
where
    T: Asked,
    F: Future<Output = Result<(Vec<T>, bool), ErrorCode>> + 'static,
{
    let listed = use_state(|| Listed::Loading);
    let outbox_status = use_sync().map(|sync| sync.state().status);
    use_effect_with(outbox_status, {
        let listed = listed.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let sent = waiting(&outbox::all().await.unwrap_or_default(), kind);
                listed.set(match read().await {
                    Ok((items, offline)) => Listed::Ready(items, offline, sent),
                    Err(code) => Listed::Failed(code),
                });
            });
        }
    });
    listed
}

/// The messages a list page is worded with.
pub struct ListWords {
    pub title: &'static str,
    pub offline_copy: &'static str,
    pub none: &'static str,
}

/// A list page: its heading, the phone's state (offline copy, answers waiting or refused), and
/// a card per item not yet sent.
pub fn list_page<T: Asked>(t: &Messages, listed: &Listed<T>, words: &ListWords, card: impl Fn(&T) -> Html) -> Html {
    let (items, offline, sent) = match listed {
        Listed::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get(words.title) }</h1></section> },
        Listed::Failed(code) => {
            return html! { <section class="page"><h1>{ t.get(words.title) }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> }
        }
        Listed::Ready(items, offline, sent) => (items, *offline, sent),
    };
    let open: Vec<&T> = items.iter().filter(|item| !sent.iter().any(|(id, _)| *id == item.id())).collect();
    html! {
        <section class="page">
            <h1>{ t.get(words.title) }</h1>
            if offline { <p class="notice" role="status">{ t.get(words.offline_copy) }</p> }
            { for sent.iter().map(|(_, refused)| match refused {
                Some(code) => html! { <p class="error" role="alert">{ t.error(*code) }</p> },
                None => html! { <p class="badge waiting">{ t.get("surveys-waiting") }</p> },
            }) }
            if open.is_empty() { <p>{ t.get(words.none) }</p> }
            <ul class="cards">
                { for open.iter().map(|item| html! { <li key={item.id().to_string()}>{ card(item) }</li> }) }
            </ul>
        </section>
    }
}

/// What a page of questions shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<T> {
    Loading,
    /// Not on this phone (closed, or answered already).
    Gone,
    Answering(T, Progress),
    /// Sent, or waiting for a signal: the words saying who will read it.
    Thanks(String, bool),
}

/// Finds item `id` in the list `read` gives (the server's, or the phone's last copy) and the
/// draft kept under `draft_key`, resumed for the item's version.
#[hook]
pub fn use_asked<T, F>(id: Option<Uuid>, read: fn() -> F, draft_key: fn(Uuid) -> String) -> UseStateHandle<Screen<T>>
where
    T: Asked,
    F: Future<Output = Result<(Vec<T>, bool), ErrorCode>> + 'static,
{
    let screen = use_state(|| Screen::Loading);
    use_effect_with(id, {
        let screen = screen.clone();
        move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                let Some(id) = id else { return screen.set(Screen::Gone) };
                let found = read().await.ok().and_then(|(items, _)| items.into_iter().find(|item| item.id() == id));
                let Some(found) = found else { return screen.set(Screen::Gone) };
                let Ok(survey) = found.draft().parse() else { return screen.set(Screen::Gone) };
                let saved = drafts::load::<Progress>(&draft_key(id)).await.ok().flatten();
                let progress = resumed(saved, &survey, found.version());
                screen.set(Screen::Answering(found, progress));
            });
        }
    });
    screen
}

/// Every change shown at once (a radio button must stay picked) and kept on the phone under
/// `draft`.
pub fn keeping<T: Asked>(screen: &UseStateHandle<Screen<T>>, item: &T, draft: String) -> Callback<Progress> {
    let (screen, item) = (screen.clone(), item.clone());
    Callback::from(move |next: Progress| {
        screen.set(Screen::Answering(item.clone(), next.clone()));
        let draft = draft.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = drafts::save(&draft, &next).await;
        });
    })
}

/// The page while loading, when the item is not on this phone, or after sending; `None` while
/// answering. `title` heads it; `gone` says it is not here, with a way `back` to the list.
pub fn around<T>(t: &Messages, screen: &Screen<T>, title: &str, gone: &str, back: (Route, &str)) -> Option<Html> {
    Some(match screen {
        Screen::Loading => html! { <section class="page" aria-busy="true"><h1>{ t.get(title) }</h1></section> },
        Screen::Gone => html! {
            <section class="page">
                <h1>{ t.get(title) }</h1>
                <p>{ t.get(gone) }</p>
                <Link to={back.0} classes="button">{ t.get(back.1) }</Link>
            </section>
        },
        Screen::Thanks(reader, waiting) => html! {
            <section class="page survey-thanks">
                <h1>{ t.get("surveys-thanks-title") }</h1>
                <p class="lead">{ reader.clone() }</p>
                if *waiting { <p class="badge waiting" role="status">{ t.get("surveys-waiting") }</p> }
                <Link to={Route::Home} classes="button">{ t.get("go-home") }</Link>
            </section>
        },
        Screen::Answering(..) => return None,
    })
}

/// How many questions there are, in words.
pub fn how_many(t: &Messages, survey: &Survey) -> String {
    match question_range(survey) {
        (least, most) if least == most => t.get_with("surveys-how-many", &[("count", most.into())]),
        (least, most) => t.get_with("surveys-how-many-between", &[("least", least.into()), ("most", most.into())]),
    }
}

/// The questions shown given the answers so far, in order.
fn shown<'a>(survey: &'a Survey, answers: &Answers) -> Vec<&'a Question> {
    survey.questions().iter().filter(|question| is_shown(question, answers)).collect()
}

/// A draft made for another version keeps the answers its questions still take, and the
/// questions declined that it still asks.
fn resumed(saved: Option<Progress>, survey: &Survey, version: u32) -> Progress {
    let mut progress = saved.unwrap_or_default();
    if progress.version != version {
        progress.answers.retain(|id, answer| survey.question(id).is_some_and(|question| check_answer(question, answer).is_ok()));
        progress.declined.retain(|id| survey.question(id).is_some());
        progress.current = progress.current.filter(|id| survey.question(id).is_some());
        progress.version = version;
    }
    progress
}

/// Where finished answers go: the outbox's `kind` of request, to `path`; the draft kept under
/// `draft` leaves the phone in the same step as they join the outbox.
pub struct Outgoing {
    pub kind: &'static str,
    pub path: String,
    pub draft: String,
}

/// What "finished" does on a survey or form: the request `request` makes of the answers (and
/// the questions declined) joins the outbox and is tried at once; then the thank-you screen says
/// `reader` will read them and whether they still wait for a signal, or `error` shows why the
/// phone could not keep them.
pub fn finishing<T: Asked, R: Serialize + 'static>(
    screen: &UseStateHandle<Screen<T>>,
    error: &UseStateHandle<Option<ErrorCode>>,
    sync: Option<SyncHandle>,
    outgoing: Outgoing,
    reader: String,
    request: impl Fn(Answers, Vec<String>) -> R + 'static,
) -> Callback<(Answers, Vec<String>)> {
    let (screen, error, outgoing) = (screen.clone(), error.clone(), std::rc::Rc::new(outgoing));
    Callback::from(move |(answers, declined): (Answers, Vec<String>)| {
        let request = request(answers, declined);
        let (screen, error, sync, outgoing, reader) = (screen.clone(), error.clone(), sync.clone(), outgoing.clone(), reader.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let kept = outbox::enqueue(outgoing.kind, &outgoing.path, &request, Some(&outgoing.draft)).await;
            if kept.is_err() {
                return error.set(Some(ErrorCode::Internal));
            }
            let status = match &sync {
                Some(sync) => sync.flush_now().await,
                None => None,
            };
            screen.set(Screen::Thanks(reader, status.is_none_or(|status| status.waiting > 0)));
        });
    })
}

#[derive(Properties, PartialEq)]
pub struct AskingProps {
    pub survey: Survey,
    pub progress: Progress,
    /// Each question may be answered "I'd rather not say".
    #[prop_or_default]
    pub declinable: bool,
    /// Before the first question, above "Start": what it is and who will read it.
    pub intro: Html,
    /// Every change, to show at once and keep on the phone.
    pub on_keep: Callback<Progress>,
    /// After the last question, everything checked: the answers and the questions declined.
    pub on_finish: Callback<(Answers, Vec<String>)>,
}

/// The questions of a survey or form, one per screen, with progress, back and forward, and
/// easier words on request; before the first, its introduction.
#[function_component(Asking)]
pub fn asking(props: &AskingProps) -> Html {
    let t = use_i18n();
    let error = use_state_eq(|| None::<ErrorCode>);
    let (survey, progress, keep) = (&props.survey, &props.progress, &props.on_keep);
    let questions = shown(survey, &progress.answers);
    let position = progress.current.as_deref().and_then(|current| questions.iter().position(|question| question.id == current));
    let current = position.and_then(|index| questions.get(index).copied());
    // After Start, Next or Back the keyboard goes to the question now shown (WCAG 2.4.3): the
    // button pressed may be gone, and a screen reader then reads the new question out.
    let last_shown = use_mut_ref(|| None::<Option<String>>);
    use_effect_with(current.map(|question| question.id.clone()), move |now: &Option<String>| {
        let moved = last_shown.borrow().as_ref().is_some_and(|before| before != now);
        *last_shown.borrow_mut() = Some(now.clone());
        if moved && now.is_some() {
            focus_question();
        }
    });

    let Some(question) = current else {
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
        let begun = !progress.answers.is_empty() || !progress.declined.is_empty();
        return html! {
            <section class="page survey-intro">
                { props.intro.clone() }
                // With "Easier words" on for the whole app, the survey's easier words are on too.
                if !t.easier_words {
                    <div class="check-row">
                        <input type="checkbox" id="survey-easy" checked={progress.easy} onchange={easy} />
                        <label for="survey-easy">{ t.get("surveys-easy-words") }</label>
                    </div>
                }
                <button type="button" class="button" onclick={start}>{ t.get(if begun { "surveys-carry-on" } else { "surveys-start" }) }</button>
            </section>
        };
    };

    let index = position.unwrap_or(0);
    let declined = progress.declined.contains(&question.id);
    let answer = progress.answers.get(&question.id).cloned();
    let on_answer = {
        let (keep, progress, question_id, error) = (keep.clone(), progress.clone(), question.id.clone(), error.clone());
        Callback::from(move |given: Option<Answer>| {
            let mut next = progress.clone();
            match given {
                Some(answer) => next.answers.insert(question_id.clone(), answer),
                None => next.answers.remove(&question_id),
            };
            next.declined.retain(|id| *id != question_id);
            error.set(None);
            keep.emit(next);
        })
    };
    let decline = {
        let (keep, progress, question_id, error) = (keep.clone(), progress.clone(), question.id.clone(), error.clone());
        Callback::from(move |_| {
            let mut next = progress.clone();
            if next.declined.contains(&question_id) {
                next.declined.retain(|id| *id != question_id);
            } else {
                next.answers.remove(&question_id);
                next.declined.push(question_id.clone());
            }
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
        let (keep, progress, error, question, survey, finish) =
            (keep.clone(), progress.clone(), error.clone(), question.clone(), survey.clone(), props.on_finish.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !progress.declined.contains(&question.id) && is_missing(&question, progress.answers.get(&question.id)) {
                return error.set(Some(ErrorCode::AnswerRequired));
            }
            if let Some(next) = next_question(&survey, &progress.answers, Some(&question.id)) {
                return keep.emit(Progress { current: Some(next.id.clone()), ..progress.clone() });
            }
            // The last question: check everything before it leaves the page.
            match check_answers(&survey, &progress.answers, &progress.declined) {
                Ok(checked) => finish.emit(checked),
                Err(refused) => error.set(Some(refused.code)),
            }
        })
    };
    let last = next_question(survey, &progress.answers, Some(&question.id)).is_none();
    let easy = progress.easy || t.easier_words;
    let wording = if easy && !question.easy_read.is_empty() { question.easy_read.clone() } else { question.wording.clone() };
    let help_id = format!("help-{}", question.id);
    let every = &survey.draft().questions;
    let part = every.iter().position(|asked| asked.id == question.id).and_then(|at| section_of(every, at)).map(str::to_owned);
    html! {
        <section class="page survey-question">
            <h1 class="visually-hidden">{ survey.draft().title.clone() }</h1>
            <p class="survey-progress">
                <label for="survey-progress">{ t.get_with("surveys-progress", &[("number", (index + 1).into()), ("count", questions.len().into())]) }</label>
                <progress id="survey-progress" max={questions.len().to_string()} value={(index + 1).to_string()}></progress>
            </p>
            if let Some(part) = part { <h2 class="form-part">{ part }</h2> }
            <form onsubmit={forward} novalidate=true>
                <QuestionInput question={question.clone()} {wording} {easy} answer={answer} on_answer={on_answer}
                    help={(!question.help.is_empty()).then(|| (help_id.clone(), question.help.clone()))} />
                if props.declinable {
                    <button type="button" class="button secondary rather-not-say" aria-pressed={declined.to_string()} onclick={decline}>
                        { t.get("forms-rather-not-say") }
                    </button>
                    if declined { <p class="hint" role="status">{ t.get("forms-rather-not-say-kept") }</p> }
                }
                if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
                <div class="actions">
                    if index > 0 { <button type="button" class="button secondary" onclick={back}>{ t.get("surveys-back") }</button> }
                    <button type="submit" class="button">{ t.get(if last { "surveys-send" } else { "surveys-next" }) }</button>
                </div>
            </form>
        </section>
    }
}

/// Puts the keyboard on the question shown: its chosen answer, or else its first box or choice.
fn focus_question() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let first = |selector: &str| document.query_selector(selector).ok().flatten();
    let target = first(".survey-question form input:checked")
        .or_else(|| first(".survey-question form input, .survey-question form textarea"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
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
