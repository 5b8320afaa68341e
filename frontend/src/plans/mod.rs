//! Co-produced plans: the young person's and carer's page on the phone (`phone`), the worker's
//! table like the paper form (`staff`), and the words both use for the five columns.

pub mod api;
pub mod phone;
#[cfg(feature = "staff")]
pub mod staff;

pub use phone::PlanPage;
#[cfg(feature = "staff")]
pub use staff::{PlansNeedingYou, StaffPlanPage};

use tandem_domain::plans::{Field, Party, RowChange};
use yew::prelude::*;

use crate::i18n::Messages;

/// A column's heading, as on the paper form.
pub fn field_label(t: &Messages, field: Field) -> String {
    t.get(match field {
        Field::Target => "plan-field-target",
        Field::IWill => "plan-field-i-will",
        Field::CarerWill => "plan-field-carer-will",
        Field::WorkerWill => "plan-field-worker-will",
        Field::HowIKnow => "plan-field-how-i-know",
    })
}

pub fn party_label(t: &Messages, party: Party) -> String {
    t.get(match party {
        Party::YoungPerson => "plan-party-young-person",
        Party::Carer => "plan-party-carer",
        Party::Worker => "plan-party-worker",
    })
}

/// What changed in each row, as a list a person can read (or have read to them).
pub fn change_list(t: &Messages, changed: &[RowChange]) -> Html {
    html! {
        <ul class="plan-changes">
            { for changed.iter().map(|row| html! {
                <li>
                    <strong>{ row.target.clone() }</strong>
                    if row.added { { " " }{ t.get("plan-change-added") } }
                    if let Some(status) = row.status {
                        { " " }{ t.get_with("plan-change-status", &[("status", status.after.as_str().into())]) }
                    }
                    <ul>
                        { for row.fields.iter().filter(|_| !row.added).map(|field| html! {
                            <li>{ field_label(t, field.field) }{ " " }
                                <del>{ field.before.clone() }</del>{ " → " }<ins>{ field.after.clone() }</ins></li>
                        }) }
                    </ul>
                </li>
            }) }
        </ul>
    }
}
