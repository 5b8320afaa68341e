//! What people said about the app, for staff. Until accounts exist this page asks for the
//! admin token the server printed at start; the token lives only in this tab's session storage.

use tandem_domain::feedback::AppFeedbackSummary;
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::BarChart;
use crate::i18n::use_i18n;

const TOKEN_KEY: &str = "tandem.admin_token";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

#[derive(Clone, PartialEq)]
enum Load {
    NeedToken,
    Loading,
    Loaded(std::rc::Rc<AppFeedbackSummary>),
    Failed(ErrorCode),
}

fn fetch_summary(token: String, load: UseStateHandle<Load>) {
    load.set(Load::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        match api::get_json::<AppFeedbackSummary>("/api/v1/app-feedback", Some(&token)).await {
            Ok(summary) => load.set(Load::Loaded(summary.into())),
            Err(err) => load.set(Load::Failed(err.code())),
        }
    });
}

#[function_component(FeedbackAnswersPage)]
pub fn feedback_answers_page() -> Html {
    let t = use_i18n();
    let load = use_state(|| Load::NeedToken);
    let token_input = use_node_ref();

    use_effect_with((), {
        let load = load.clone();
        move |_| {
            if let Some(token) = session_storage().and_then(|s| s.get_item(TOKEN_KEY).ok().flatten()) {
                fetch_summary(token, load);
            }
        }
    });

    let on_token = {
        let (load, token_input) = (load.clone(), token_input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = token_input.cast::<HtmlInputElement>() else { return };
            let token = input.value().trim().to_owned();
            if let Some(storage) = session_storage() {
                let _ = storage.set_item(TOKEN_KEY, &token);
            }
            fetch_summary(token, load.clone());
        })
    };

    let token_form = html! {
        <form class="form" onsubmit={on_token}>
            <div class="field">
                <label for="admin-token">{ t.get("answers-token-label") }</label>
                <p class="hint" id="admin-token-hint">{ t.get("answers-token-hint") }</p>
                <input id="admin-token" type="password" autocomplete="off" ref={token_input}
                    aria-describedby="admin-token-hint" />
            </div>
            <button type="submit" class="button">{ t.get("answers-token-submit") }</button>
        </form>
    };

    let body = match &*load {
        Load::NeedToken => token_form,
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => html! {
            <>
                <p class="error" role="alert">{ t.error(*code) }</p>
                { token_form }
            </>
        },
        Load::Loaded(summary) => {
            let bars = summary
                .score_counts
                .iter()
                .enumerate()
                .map(|(score, count)| (score.to_string(), *count))
                .collect::<Vec<_>>();
            let average = summary
                .average
                .map(|average| format!("{average:.1}"))
                .unwrap_or_else(|| t.get("answers-no-average"));
            html! {
                <>
                    <dl class="figures">
                        <div><dt>{ t.get("answers-count") }</dt><dd data-figure="count">{ summary.count }</dd></div>
                        <div><dt>{ t.get("answers-average") }</dt><dd data-figure="average">{ average }</dd></div>
                    </dl>
                    <BarChart title={t.get("answers-chart-title")} label_heading={t.get("answers-score")}
                        value_heading={t.get("answers-how-many")} {bars} />
                    <h2>{ t.get("answers-comments") }</h2>
                    <ul class="comments">
                        { for summary.entries.iter().filter_map(|entry| entry.comment.as_ref().map(|comment| html! {
                            <li>
                                <span class="comment-score">{ t.get_with("answers-comment-score", &[("score", entry.score.into())]) }</span>
                                <p class="comment-text">{ comment.clone() }</p>
                            </li>
                        })) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("answers-title") }</h1>
            { body }
        </section>
    }
}
