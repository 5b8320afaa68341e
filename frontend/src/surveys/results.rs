//! A survey's results for a participation officer preparing a report: how many answered, each
//! question as a chart with its table (averages for scales and faces), the free text with a
//! search box, the breakdown by programme with small groups hidden, filters by programme and
//! date, and the same rows as CSV or FHIR.

use tandem_domain::surveys::api::{QuestionResults, ResultsFilter, ValueCount};
use tandem_domain::surveys::{Answer, QuestionKind};
use uuid::Uuid;
use yew::prelude::*;

use crate::components::loading::{load_failed, use_get, Load};
use crate::components::{value_of, BarChart, DateField};
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub id: String,
}

#[function_component(SurveyResultsPage)]
pub fn survey_results_page(props: &ResultsProps) -> Html {
    let t = use_i18n();
    // The filter being written, and the one applied.
    let editing = use_state(ResultsFilter::default);
    let applied = use_state(ResultsFilter::default);
    let search = use_state(String::new);
    let results = use_get(super::api::results(&props.id, &applied.query()), 0);

    let body = match &*results {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(results) => {
            let apply = {
                let (editing, applied) = (editing.clone(), applied.clone());
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    applied.set((*editing).clone());
                })
            };
            let set_programme = {
                let editing = editing.clone();
                Callback::from(move |event: Event| {
                    editing.set(ResultsFilter { programme_id: value_of(&event).parse::<Uuid>().ok(), ..(*editing).clone() })
                })
            };
            let set_from = {
                let editing = editing.clone();
                Callback::from(move |from: String| editing.set(ResultsFilter { from: Some(from), ..(*editing).clone() }))
            };
            let set_to = {
                let editing = editing.clone();
                Callback::from(move |to: String| editing.set(ResultsFilter { to: Some(to), ..(*editing).clone() }))
            };
            let on_search = {
                let search = search.clone();
                Callback::from(move |event: InputEvent| search.set(value_of(&event)))
            };
            let query = applied.query();
            html! {
                <>
                    <p>{ t.get_with("survey-results-audience", &[("audience", results.audience.clone().into())]) }</p>
                    <form class="filters" onsubmit={apply}>
                        <div class="field">
                            <label for="filter-programme">{ t.get("survey-filter-programme") }</label>
                            <select id="filter-programme" onchange={set_programme}>
                                <option value="" selected={editing.programme_id.is_none()}>{ t.get("survey-filter-all") }</option>
                                { for results.programmes.iter().filter_map(|p| p.programme_id.map(|id| (id, p.name.clone()))).map(|(id, name)| html! {
                                    <option value={id.to_string()} selected={editing.programme_id == Some(id)}>{ name }</option>
                                }) }
                            </select>
                        </div>
                        <DateField id="filter-from" label={t.get("survey-filter-from")} value={editing.from.clone().unwrap_or_default()} onchange={set_from} />
                        <DateField id="filter-to" label={t.get("survey-filter-to")} value={editing.to.clone().unwrap_or_default()} onchange={set_to} />
                        <button type="submit" class="button secondary">{ t.get("survey-filter-apply") }</button>
                    </form>
                    <p class="lead" data-figure="responses">{ t.get_with("survey-results-count", &[("count", results.responses.into())]) }</p>
                    if results.waiting > 0 {
                        <p class="notice" role="status" data-figure="waiting">{ t.get_with("secret-waiting", &[("count", results.waiting.into())]) }</p>
                    }
                    // An anonymous survey's exports hide a small group too: no links to a refusal.
                    if !(results.suppressed && results.anonymous) {
                        <p class="actions">
                            <a class="button secondary" href={super::api::responses_csv(results.id, &query)} download="">{ t.get("survey-download-csv") }</a>
                            <a class="button secondary" href={super::api::fhir(results.id, &query)} download="">{ t.get("survey-download-fhir") }</a>
                        </p>
                    }
                    if results.suppressed { <p class="notice" role="status">{ t.get("survey-results-suppressed") }</p> }
                    <h2>{ t.get("survey-results-by-programme") }</h2>
                    <table class="data-table">
                        <thead><tr><th scope="col">{ t.get("survey-results-programme") }</th><th scope="col">{ t.get("survey-results-responses") }</th></tr></thead>
                        <tbody>
                            { for results.programmes.iter().map(|p| html! {
                                <tr>
                                    <th scope="row">{ if p.name.is_empty() { t.get("survey-results-no-programme") } else { p.name.clone() } }</th>
                                    <td>{ p.responses.map_or_else(|| t.get("survey-results-fewer-than-five"), |n| n.to_string()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    if !results.suppressed {
                        <div class="field">
                            <label for="search-texts">{ t.get("survey-search-texts") }</label>
                            <input id="search-texts" type="search" value={(*search).clone()} oninput={on_search} />
                        </div>
                        { for results.questions.iter().enumerate().map(|(index, question)| question_results(&t, index, question, &search)) }
                    }
                </>
            }
        }
    };
    let title = match &*results {
        Load::Loaded(results) => results.title.clone(),
        _ => t.get("survey-results-title"),
    };
    html! {
        <section class="page wide survey-results">
            <p><Link to={Route::StaffSurveys}>{ t.get("survey-list-title") }</Link></p>
            <h1>{ title }</h1>
            { body }
        </section>
    }
}

/// An answer as the person chose it: a face with its words, "Yes" or "No" in the reader's
/// language, an option's wording.
fn answer_label(t: &Messages, kind: QuestionKind, count: &ValueCount) -> String {
    let answer = match count.value.as_str() {
        "yes" => Answer::YesNo(true),
        "no" => Answer::YesNo(false),
        value => match value.parse::<u8>() {
            Ok(n) => Answer::Number(n),
            Err(_) => return count.label.clone(),
        },
    };
    super::answer_in_words(t, kind, &answer).unwrap_or_else(|| count.label.clone())
}

fn question_results(t: &Messages, index: usize, question: &QuestionResults, search: &str) -> Html {
    let heading = format!("{}. {}", index + 1, question.wording);
    let wanted = search.trim().to_lowercase();
    let texts: Vec<&String> = question.texts.iter().filter(|text| wanted.is_empty() || text.to_lowercase().contains(&wanted)).collect();
    let is_text = matches!(question.kind, QuestionKind::ShortText | QuestionKind::LongText);
    html! {
        <section class="question-results" data-question={question.id.clone()}>
            <h3>{ heading.clone() }</h3>
            <p>{ t.get_with("survey-results-answered", &[("count", question.answered.into())]) }</p>
            if let Some(average) = question.average {
                <p data-figure="average">{ t.get_with("survey-results-average", &[("average", format!("{average:.1}").into())]) }</p>
            }
            if !is_text {
                <BarChart title={heading} label_heading={t.get("survey-results-answer")} value_heading={t.get("survey-results-how-many")}
                    bars={question.counts.iter().map(|c| (answer_label(t, question.kind, c), u64::from(c.count))).collect::<Vec<_>>()} />
            } else {
                <p>{ t.get_with("survey-results-texts-shown", &[("shown", texts.len().into()), ("count", question.texts.len().into())]) }</p>
                <ul class="texts">
                    { for texts.iter().map(|text| html! { <li>{ (*text).clone() }</li> }) }
                </ul>
            }
        </section>
    }
}
