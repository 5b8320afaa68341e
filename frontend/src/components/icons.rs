//! Pictures beside words, as symbol-supported reading does: on the home cards and the main
//! actions, always with their text (never instead of it), hidden from screen readers, drawn in
//! the text's colour so they follow high contrast and dark mode.

use yew::prelude::*;

/// The app's pictures, one per kind of thing a young person or carer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// Telling us what they think of the app: a speech bubble.
    Feedback,
    /// Session scores: bars rising.
    Scores,
    /// The plan: a list with ticks.
    Plan,
    /// Appointments: a calendar page.
    Calendar,
    /// Surveys: a question mark in a circle.
    Survey,
    /// Forms to fill in: a clipboard with lines.
    Form,
    /// Have your say: a loudhailer.
    Voice,
    /// What Tandem keeps: a shield.
    Privacy,
    /// Joining with a code: a key.
    Join,
    /// Get help now: a warning sign.
    Help,
}

impl Icon {
    /// The picture's strokes on a 24 by 24 grid.
    fn strokes(self) -> Html {
        match self {
            Icon::Feedback => html! { <path d="M4 5h16v11H10l-5 4v-4H4z" /> },
            Icon::Scores => html! { <path d="M4 20h16M6 20v-4M10 20v-7M14 20v-10M18 20V4" /> },
            Icon::Plan => html! { <path d="M4 6l2 2 3-3M12 7h8M4 13l2 2 3-3M12 14h8M5 20h2M12 20h8" /> },
            Icon::Calendar => html! { <path d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M14 14h2M8 17h2" /> },
            Icon::Survey => {
                html! { <><circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17v.5" /></> }
            }
            Icon::Form => html! { <path d="M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M8 11h8M8 15h8M8 19h5" /> },
            Icon::Voice => html! { <path d="M3 10v4h4l7 5V5l-7 5zM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11" /> },
            Icon::Privacy => html! { <path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6zM9 12l2 2 4-4" /> },
            Icon::Join => html! { <><circle cx="8" cy="15" r="4" /><path d="M11 12l9-9M16 7l2 2M13.5 9.5l2 2" /></> },
            Icon::Help => html! { <path d="M12 3l10 18H2zM12 10v5M12 18v.5" /> },
        }
    }
}

/// `icon`, as big as the text beside it.
pub fn icon(icon: Icon) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            { icon.strokes() }
        </svg>
    }
}
