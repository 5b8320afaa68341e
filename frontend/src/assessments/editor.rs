//! The service's forms as a manager changes them (`/staff/forms`): each form's title, what it is
//! for, who reads it, and its questions, in the survey builder's question editor. Saving makes
//! the form's next version; a form already asked for keeps the version it was asked with, so a
//! young person half-way through never finds the questions changed under them. The same checks
//! as the server's run first, and a refusal shows beside its field.

use std::rc::Rc;

use tandem_domain::assessments::api::{FormEdit, FormSummary};
use tandem_domain::assessments::{check_form, FormKind};
use tandem_domain::surveys::SurveyDraft;
use tandem_domain::FieldError;
use yew::prelude::*;

use crate::api;
use crate::components::editing::{use_editing, Edit};
use crate::components::field_error::{self, aria_invalid, beside, described_by};
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::value_of;
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};
use crate::surveys::questions::{self, input_of_question};

/// The editor's input for a field a refusal names (`check_form`).
fn input_of(field: &str) -> String {
    match field {
        "form.title" => "form-title".into(),
        "form.purpose" => "form-purpose".into(),
        "form.audience" => "form-audience".into(),
        _ => input_of_question(field, "form").unwrap_or_else(|| "q0-wording".into()),
    }
}

#[derive(Properties, PartialEq)]
pub struct FormEditorProps {
    /// The form being changed (`self_assessment`...), or empty for the list of forms.
    pub form: String,
}

#[function_component(FormEditorPage)]
pub fn form_editor_page(props: &FormEditorProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let forms = use_get(super::api::forms(), *tick);
    let kind = FormKind::parse(&props.form);
    let editing = use_editing::<SurveyDraft>(|| None);
    let error = use_state(|| None::<FieldError>);
    let notice = use_state(|| None::<String>);
    // The form's latest version into the editor, when it arrives and after each save.
    use_effect_with(((*forms).clone(), kind), {
        let editing = editing.clone();
        move |(forms, kind)| {
            let latest = match forms {
                Load::Loaded(all) => all.iter().find(|form| Some(form.form) == *kind),
                _ => None,
            };
            if let Some(latest) = latest {
                editing.dispatch(Edit::Load(latest.draft.clone()));
            }
        }
    });

    let all = match &*forms {
        Load::Loaded(all) => all,
        Load::Failed(code) => return page(&t, &t.get("staff-form-editor-title"), load_failed(&t, *code)),
        Load::Loading => {
            return html! { <section class="page wide" aria-busy="true"><h1>{ t.get("staff-form-editor-title") }</h1></section> }
        }
    };
    let Some(kind) = kind else { return form_list(&t, all) };
    let (Some(latest), Some(draft)) = (all.iter().find(|form| form.form == kind), editing.current()) else {
        return page(&t, &t.get("staff-form-editor-title"), html! { <p role="alert">{ t.get("staff-form-editor-not-found") }</p> });
    };

    let refused = (*error).clone();
    let refused = refused.as_ref();
    let edit = |change: questions::Change| {
        let editing = editing.clone();
        Callback::from(move |event: Event| {
            let (change, value) = (change.clone(), value_of(&event));
            editing.dispatch(Edit::Apply(Rc::new(move |draft: &mut SurveyDraft| change(draft, value.clone()))));
        })
    };
    let click = |change: questions::Action| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.dispatch(Edit::Apply(change.clone())))
    };
    let save = {
        let (editing, error, notice, tick, t) = (editing.clone(), error.clone(), notice.clone(), tick.clone(), t.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(draft) = editing.current() else { return };
            if let Err(refused) = check_form(kind, &draft) {
                field_error::focus(&input_of(&refused.field));
                notice.set(None);
                return error.set(Some(refused));
            }
            let (error, notice, tick, t) = (error.clone(), notice.clone(), tick.clone(), t.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::put_json(&super::api::form_path(kind), &FormEdit { draft }).await {
                    Ok(()) => {
                        error.set(None);
                        notice.set(Some(t.get("staff-form-editor-saved")));
                        tick.set(*tick + 1);
                    }
                    Err(err) => error.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let text_field = |id: &'static str, field: &'static str, label: &str, value: &str, set: fn(&mut SurveyDraft, String)| {
        html! {
            <div class="field">
                <label for={id}>{ t.get(label) }</label>
                <input {id} type="text" maxlength="300" value={value.to_owned()} onchange={edit(Rc::new(set))}
                    aria-invalid={aria_invalid(refused, field)} aria-describedby={described_by(refused, field, id, None)} />
                { beside(&t, refused, field, id) }
            </div>
        }
    };
    page(
        &t,
        &draft.title,
        html! {
            <>
                <p role="status">{ t.get_with("staff-form-editor-version", &[("version", latest.version.into())]) }</p>
                <p>{ t.get("staff-form-editor-versions") }</p>
                if latest.worker_only { <p class="notice">{ t.get("staff-form-editor-worker-only") }</p> }
                <p><Link to={Route::FormEditor { form: String::new() }}>{ t.get("staff-form-editor-back") }</Link></p>
                <form onsubmit={save}>
                    { text_field("form-title", "form.title", "survey-field-title", &draft.title, |draft, v| draft.title = v) }
                    <div class="field">
                        <label for="form-purpose">{ t.get("survey-field-purpose") }</label>
                        <textarea id="form-purpose" rows="2" value={draft.purpose.clone()} onchange={edit(Rc::new(|draft, v| draft.purpose = v))}
                            aria-invalid={aria_invalid(refused, "form.purpose")} aria-describedby={described_by(refused, "form.purpose", "form-purpose", None)} />
                        { beside(&t, refused, "form.purpose", "form-purpose") }
                    </div>
                    { text_field("form-audience", "form.audience", "survey-field-audience", &draft.audience, |draft, v| draft.audience = v) }
                    { questions::questions_editor(&t, &draft, refused, "form", &edit, &click) }
                    if let Some(refused) = refused.filter(|refused| !questions::has_own_place(&refused.field, "form", &[])) {
                        <p class="error" role="alert">{ t.error(refused.code) }</p>
                    }
                    if let Some(words) = &*notice { <p class="notice" role="status">{ words.clone() }</p> }
                    <div class="actions">
                        <button type="submit" class="button">{ t.get("staff-form-editor-save") }</button>
                    </div>
                </form>
            </>
        },
    )
}

fn page(t: &Messages, heading: &str, body: Html) -> Html {
    html! {
        <section class="page wide form-editor">
            <h1>{ if heading.is_empty() { t.get("staff-form-editor-title") } else { heading.to_owned() } }</h1>
            { body }
        </section>
    }
}

/// The service's forms, each with its version and a way to change it.
fn form_list(t: &Messages, forms: &[FormSummary]) -> Html {
    page(
        t,
        &t.get("staff-form-editor-title"),
        html! {
            <>
                <p>{ t.get("staff-form-editor-intro") }</p>
                <ul class="cards">
                    { for forms.iter().map(|form| html! {
                        <li key={form.form.as_str()}>
                            <Link to={Route::FormEditor { form: form.form.as_str().to_owned() }} classes="card">
                                <span class="card-title">{ t.get_with("staff-form-editor-edit", &[("title", form.title.clone().into())]) }</span>
                                <span class="card-hint">{ t.get_with("staff-form-editor-version", &[("version", form.version.into())]) }</span>
                                if form.worker_only { <span class="card-hint">{ t.get("staff-form-editor-worker-only") }</span> }
                            </Link>
                        </li>
                    }) }
                </ul>
            </>
        },
    )
}
