//! Surveys on a young person's or carer's phone: the ones waiting for them, then one question per
//! screen (`asking.rs`). Every answer is kept on the phone as it is given (leave, close the
//! browser, come back: it resumes where it was); the finished answers wait in the outbox until
//! the server has them; the thank-you screen says who will read them. Works offline from the
//! last copy of the list.

use tandem_domain::surveys::api::{ResponseRequest, SurveyToAnswer};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use yew::prelude::*;

use super::asking::{around, finishing, how_many, keeping, list_page, use_asked, use_listed, Asking, ListWords, Outgoing, Screen};
use crate::i18n::use_i18n;
use crate::offline::sync::use_sync;
use crate::routes::{Link, Route};

/// The last list of surveys fetched, for answering offline.
pub const CACHE: &str = "surveys_cache";
const KIND: &str = "survey.response";

fn draft_key(id: Uuid) -> String {
    format!("survey:{id}")
}

async fn read_surveys() -> Result<(Vec<SurveyToAnswer>, bool), ErrorCode> {
    crate::offline::read_through::<Vec<SurveyToAnswer>>(&super::api::mine_path(), CACHE).await
}

const WORDS: ListWords = ListWords { title: "surveys-title", offline_copy: "surveys-offline-copy", none: "surveys-none" };

#[function_component(SurveysPage)]
pub fn surveys_page() -> Html {
    let t = use_i18n();
    let listed = use_listed(read_surveys, KIND);
    list_page(&t, &listed, &WORDS, |survey: &SurveyToAnswer| {
        html! {
            <Link to={Route::AnswerSurvey { id: survey.id.to_string() }} classes="card">
                <span class="card-title">{ survey.survey.title.clone() }</span>
                <span class="card-hint">{ t.get_with("surveys-closes", &[("date", crate::components::dates::day_in_words(&t, &survey.closes_on).into())]) }</span>
            </Link>
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub id: String,
}

#[function_component(AnswerSurveyPage)]
pub fn answer_survey_page(props: &AnswerProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let screen = use_asked(props.id.parse().ok(), read_surveys, draft_key);
    let error = use_state_eq(|| None::<ErrorCode>);
    if let Some(page) = around(&t, &screen, "surveys-title", "surveys-gone", (Route::Surveys, "surveys-back-to-list")) {
        return page;
    }
    let Screen::Answering(to_answer, progress) = (*screen).clone() else { return html! {} };
    let Ok(survey) = to_answer.survey.parse() else { return html! {} };
    let survey_id = to_answer.id;
    let keep = keeping(&screen, &to_answer, draft_key(survey_id));
    let reader = t.get_with("surveys-thanks-audience", &[("audience", survey.draft().audience.clone().into())]);
    let version = progress.version;
    let outgoing = Outgoing { kind: KIND, path: super::api::responses_path(survey_id), draft: draft_key(survey_id) };
    let finish = finishing(&screen, &error, sync, outgoing, reader, move |answers, _declined| ResponseRequest { version, answers });
    let draft = survey.draft();
    let intro = html! {
        <>
            <h1>{ draft.title.clone() }</h1>
            if !draft.purpose.is_empty() { <p class="lead">{ draft.purpose.clone() }</p> }
            <p>{ t.get_with("surveys-audience", &[("audience", draft.audience.clone().into())]) }</p>
            <p>{ t.get(if draft.anonymous { "surveys-anonymous" } else { "surveys-named" }) }</p>
            <p>{ how_many(&t, &survey) }</p>
        </>
    };
    html! {
        <>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <Asking {survey} {progress} {intro} on_keep={keep} on_finish={finish} />
        </>
    }
}
