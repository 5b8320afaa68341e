//! Forms a worker asked this person to fill in (their self-assessment, "About me", getting
//! ready for a review; a carer's view of home), on their phone: each with why it is asked, by
//! when and who will read it, then one question per screen as surveys are (`surveys::asking`),
//! any of them answered "I'd rather not say". Every answer is kept on the phone as it is given,
//! over days and restarts; the finished form waits in the outbox until the server has it. Works
//! offline from the last copy of the list.

use tandem_domain::assessments::api::{FormAnswers, FormToFill};
use tandem_domain::assessments::Purpose;
use tandem_domain::surveys::SurveyDraft;
use tandem_domain::ErrorCode;
use uuid::Uuid;
use yew::prelude::*;

use crate::components::dates::day_in_words;
use crate::i18n::{use_i18n, Messages};
use crate::offline::sync::use_sync;
use crate::routes::{Link, Route};
use crate::surveys::asking::{
    around, finishing, how_many, keeping, list_page, use_asked, use_listed, Asked, Asking, ListWords, Outgoing, Screen,
};

/// The last list of forms fetched, for filling in offline.
pub const CACHE: &str = "forms_cache";
const KIND: &str = "assessments.answer";

fn draft_key(id: Uuid) -> String {
    format!("form:{id}")
}

impl Asked for FormToFill {
    fn id(&self) -> Uuid {
        self.id
    }
    fn version(&self) -> u32 {
        self.version
    }
    fn draft(&self) -> &SurveyDraft {
        &self.draft
    }
}

async fn read_forms() -> Result<(Vec<FormToFill>, bool), ErrorCode> {
    crate::offline::read_through::<Vec<FormToFill>>(&super::api::forms_mine_path(), CACHE).await
}

fn purpose_words(t: &Messages, purpose: Purpose) -> String {
    t.get(match purpose {
        Purpose::Assessment => "forms-for-assessment",
        Purpose::ReviewMeeting => "forms-for-review-meeting",
        Purpose::Closure => "forms-for-closure",
        Purpose::Induction => "forms-for-induction",
    })
}

/// Who will read it: the worker who asked, alone for "About me".
fn reader_words(t: &Messages, form: &FormToFill) -> String {
    let id = if form.worker_only { "forms-reader-only" } else { "forms-reader" };
    t.get_with(id, &[("name", form.asked_by.clone().into())])
}

fn due_words(t: &Messages, form: &FormToFill) -> String {
    t.get_with("forms-due", &[("date", day_in_words(t, &form.due_on).into())])
}

const WORDS: ListWords = ListWords { title: "forms-title", offline_copy: "forms-offline-copy", none: "forms-none" };

#[function_component(FormsPage)]
pub fn forms_page() -> Html {
    let t = use_i18n();
    let listed = use_listed(read_forms, KIND);
    list_page(&t, &listed, &WORDS, |form: &FormToFill| {
        html! {
            <Link to={Route::FillForm { id: form.id.to_string() }} classes="card">
                <span class="card-title">{ form.draft.title.clone() }</span>
                <span class="card-hint">{ purpose_words(&t, form.purpose) }</span>
                <span class="card-hint">{ due_words(&t, form) }</span>
                <span class="card-hint">{ reader_words(&t, form) }</span>
            </Link>
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct FillFormProps {
    pub id: String,
}

#[function_component(FillFormPage)]
pub fn fill_form_page(props: &FillFormProps) -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let screen = use_asked(props.id.parse().ok(), read_forms, draft_key);
    let error = use_state_eq(|| None::<ErrorCode>);
    if let Some(page) = around(&t, &screen, "forms-title", "forms-gone", (Route::Forms, "forms-back-to-list")) {
        return page;
    }
    let Screen::Answering(form, progress) = (*screen).clone() else { return html! {} };
    let Ok(survey) = form.draft.parse() else { return html! {} };
    let form_id = form.id;
    let keep = keeping(&screen, &form, draft_key(form_id));
    let easier = progress.easy || t.easier_words;
    let outgoing = Outgoing { kind: KIND, path: super::api::form_answers_path(form_id), draft: draft_key(form_id) };
    let finish = finishing(&screen, &error, sync, outgoing, reader_words(&t, &form), move |answers, declined| FormAnswers {
        answers,
        declined,
        easier,
    });
    let intro = html! {
        <>
            <h1>{ form.draft.title.clone() }</h1>
            <p class="lead">{ purpose_words(&t, form.purpose) }</p>
            if !form.draft.purpose.is_empty() { <p>{ form.draft.purpose.clone() }</p> }
            <p>{ reader_words(&t, &form) }</p>
            <p>{ due_words(&t, &form) }</p>
            <p>{ how_many(&t, &survey) }</p>
            <p>{ t.get("forms-rather-not-say-any") }</p>
            <p>{ t.get("forms-kept-on-phone") }</p>
        </>
    };
    html! {
        <>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <Asking {survey} {progress} declinable=true {intro} on_keep={keep} on_finish={finish} />
        </>
    }
}
