//! What people said about the app: for participation officers, managers and admins.

use yew::prelude::*;

use crate::components::loading::{load_failed, use_get, Load};
use crate::components::BarChart;
use crate::i18n::use_i18n;
use crate::routes::{Link, Route};

#[function_component(FeedbackAnswersPage)]
pub fn feedback_answers_page() -> Html {
    let t = use_i18n();
    // Pages of comments, newest first: the page shown starts after the answer `before` names.
    let before = use_state(|| None::<uuid::Uuid>);
    let load = use_get(super::api::summary(*before), 0);

    let body = match &*load {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(summary) => {
            let bars = summary.score_counts.iter().enumerate().map(|(score, count)| (score.to_string(), *count)).collect::<Vec<_>>();
            let average = summary.average.map(|average| format!("{average:.1}")).unwrap_or_else(|| t.get("answers-no-average"));
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
                    if let Some(next) = summary.next_before {
                        <button type="button" class="button secondary" onclick={
                            let before = before.clone();
                            Callback::from(move |_: MouseEvent| before.set(Some(next)))
                        }>{ t.get("answers-older") }</button>
                    }
                    if before.is_some() {
                        <button type="button" class="button secondary" onclick={
                            let before = before.clone();
                            Callback::from(move |_: MouseEvent| before.set(None))
                        }>{ t.get("answers-newest") }</button>
                    }
                </>
            }
        }
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("answers-title") }</h1>
            { body }
            <p class="staff-links"><Link to={Route::Sessions}>{ t.get("nav-sessions") }</Link></p>
        </section>
    }
}
