//! The phone app in pieces: the first download is the start (`crate::start`: it answers the
//! first screen's join form, and fetches the app); the app (frame, router, lock screen and PIN,
//! outbox and sync, home and join: `shell::app_piece`) comes right after it; every other phone
//! page is a piece of its own, fetched when first opened (and, after the first open, by the
//! service worker in the background, so every page still opens with no signal).
//!
//! With the `split` feature (the phone's release build only) each `*_piece` function below is a
//! split point: `wasm-split-cli` moves it, and all code only it reaches, into its own wasm, and
//! calling it first fetches that wasm. Without the feature (the staff build, the tests) the same
//! functions are called directly, so every build draws the same pages.

use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::routes::Route;
use crate::split::PieceMissing;

type Drawn = Result<Html, PieceMissing>;

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(plans, fallible))]
fn plans_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::plans::PlanPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(sessions, fallible))]
fn sessions_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::sessions::ScalingPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(appointments, fallible))]
fn appointments_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::appointments::AppointmentsPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(surveys, fallible))]
fn surveys_piece(route: Route) -> Drawn {
    Ok(match route {
        Route::AnswerSurvey { id } => html! { <crate::surveys::AnswerSurveyPage id={id} /> },
        Route::Forms => html! { <crate::assessments::FormsPage /> },
        Route::FillForm { id } => html! { <crate::assessments::FillFormPage id={id} /> },
        _ => html! { <crate::surveys::SurveysPage /> },
    })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(voice, fallible))]
fn voice_piece(route: Route) -> Drawn {
    Ok(match route {
        Route::TakePart { id } => html! { <crate::voice::TakePartPage id={id} /> },
        _ => html! { <crate::voice::VoicePage /> },
    })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(complaints, fallible))]
fn complaints_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::complaints::SayPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(devices, fallible))]
fn devices_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::accounts::DevicesPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(my_data, fallible))]
fn my_data_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::data_rights::WhatWeKeepPage /> })
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(feedback, fallible))]
fn feedback_piece(_route: Route) -> Drawn {
    Ok(html! { <crate::feedback::AppFeedbackPage /> })
}

/// The phone's pages that are not the shell's, a piece each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Plans,
    Sessions,
    Appointments,
    Surveys,
    Voice,
    Complaints,
    Devices,
    MyData,
    Feedback,
}

impl Piece {
    /// Which piece draws `route`, if a piece does (the shell draws the rest).
    fn of(route: &Route) -> Option<Piece> {
        Some(match route {
            Route::Plan => Piece::Plans,
            Route::Scaling => Piece::Sessions,
            Route::Appointments => Piece::Appointments,
            Route::Surveys | Route::AnswerSurvey { .. } | Route::Forms | Route::FillForm { .. } => Piece::Surveys,
            Route::Voice | Route::TakePart { .. } => Piece::Voice,
            Route::Say => Piece::Complaints,
            Route::Devices => Piece::Devices,
            Route::MyData => Piece::MyData,
            Route::AppFeedback => Piece::Feedback,
            _ => return None,
        })
    }

    /// Fetches the piece the first time (a split function is `async`; the direct call is not).
    async fn draw(self, route: Route) -> Drawn {
        match self {
            Piece::Plans => call_piece!(plans_piece(route)),
            Piece::Sessions => call_piece!(sessions_piece(route)),
            Piece::Appointments => call_piece!(appointments_piece(route)),
            Piece::Surveys => call_piece!(surveys_piece(route)),
            Piece::Voice => call_piece!(voice_piece(route)),
            Piece::Complaints => call_piece!(complaints_piece(route)),
            Piece::Devices => call_piece!(devices_piece(route)),
            Piece::MyData => call_piece!(my_data_piece(route)),
            Piece::Feedback => call_piece!(feedback_piece(route)),
        }
    }
}

/// Whether `route` is a page of its own piece.
pub fn is_piece(route: &Route) -> bool {
    Piece::of(route).is_some()
}

#[derive(Properties, PartialEq)]
pub struct PieceProps {
    pub route: Route,
}

#[derive(Clone, PartialEq)]
enum Arrival {
    Fetching,
    Here(Html),
    Missing,
}

/// Draws a page that lives in a piece: fetches the piece the first time (a `Loading…` line while
/// it comes), and says so when it cannot be fetched, with a way to try again.
#[function_component(PiecePage)]
pub fn piece_page(props: &PieceProps) -> Html {
    let t = use_i18n();
    let arrival = use_state(|| Arrival::Fetching);
    let attempt = use_state(|| 0_u32);
    use_effect_with((props.route.clone(), *attempt), {
        let arrival = arrival.clone();
        move |(route, _)| {
            if let Some(piece) = Piece::of(route) {
                let route = route.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    arrival.set(match piece.draw(route).await {
                        Ok(page) => Arrival::Here(page),
                        Err(PieceMissing) => Arrival::Missing,
                    });
                });
            }
        }
    });
    match &*arrival {
        Arrival::Fetching => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Arrival::Here(page) => page.clone(),
        Arrival::Missing => {
            let again = {
                let attempt = attempt.clone();
                let arrival = arrival.clone();
                Callback::from(move |_| {
                    arrival.set(Arrival::Fetching);
                    attempt.set(*attempt + 1);
                })
            };
            html! {
                <section class="page" role="alert">
                    <h1>{ t.get("piece-missing-title") }</h1>
                    <p>{ t.get("piece-missing-body") }</p>
                    <button type="button" class="button" onclick={again}>{ t.get("piece-missing-again") }</button>
                </section>
            }
        }
    }
}
