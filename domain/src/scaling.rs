//! Statistics for session self-scaling (0-10 at the start and end of a session or programme):
//! means, medians, start-to-end change over the young people who gave both scores, and
//! small-number suppression for breakdowns, so a report never identifies a child by a cell of
//! one or two. Pure functions; the figures in the tests are the service's own (shared/DOMAIN.md).

use serde::{Deserialize, Serialize};

use crate::feedback::Score;

/// Cells counting fewer young people than this are not shown.
pub const SUPPRESS_BELOW: usize = 5;

/// Mean and median of a set of scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Summary {
    pub n: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
}

impl Summary {
    pub fn of(scores: &[Score]) -> Summary {
        let mut values: Vec<u8> = scores.iter().map(|score| score.value()).collect();
        values.sort_unstable();
        let n = values.len();
        let mean = (n > 0).then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / n as f64);
        let median = match n {
            0 => None,
            _ if n % 2 == 1 => values.get(n / 2).map(|v| f64::from(*v)),
            _ => match (values.get(n / 2 - 1), values.get(n / 2)) {
                (Some(low), Some(high)) => Some((f64::from(*low) + f64::from(*high)) / 2.0),
                _ => None,
            },
        };
        Summary { n, mean, median }
    }
}

/// Start against end, over those who gave both (someone who missed the end is not "no change").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change {
    pub start: Summary,
    pub end: Summary,
    /// Mean of each person's end minus start.
    pub mean_change: Option<f64>,
    /// How many improved, stayed the same, or went down.
    pub improved: usize,
    pub same: usize,
    pub lower: usize,
}

impl Change {
    pub fn of(pairs: &[(Option<Score>, Option<Score>)]) -> Change {
        let both: Vec<(Score, Score)> = pairs.iter().filter_map(|(start, end)| Some(((*start)?, (*end)?))).collect();
        let starts: Vec<Score> = both.iter().map(|(start, _)| *start).collect();
        let ends: Vec<Score> = both.iter().map(|(_, end)| *end).collect();
        let diffs: Vec<i16> = both.iter().map(|(start, end)| i16::from(end.value()) - i16::from(start.value())).collect();
        let mean_change = (!diffs.is_empty()).then(|| diffs.iter().map(|d| f64::from(*d)).sum::<f64>() / diffs.len() as f64);
        Change {
            start: Summary::of(&starts),
            end: Summary::of(&ends),
            mean_change,
            improved: diffs.iter().filter(|d| **d > 0).count(),
            same: diffs.iter().filter(|d| **d == 0).count(),
            lower: diffs.iter().filter(|d| **d < 0).count(),
        }
    }
}

/// One cell of a breakdown (by age band, sex, ethnicity, programme...), its group named by `G`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "shown", rename_all = "snake_case")]
pub enum Cell<T, G> {
    Shown {
        group: G,
        value: T,
    },
    /// Too few young people to show without identifying them.
    Suppressed {
        group: G,
    },
}

/// Hides every group of fewer than [`SUPPRESS_BELOW`] young people; and when exactly one group
/// is hidden, also the next smallest, because one hidden cell can be worked out from the total.
pub fn suppress<T, G>(groups: Vec<(G, usize, T)>) -> Vec<Cell<T, G>> {
    let mut hidden: Vec<bool> = groups.iter().map(|(_, n, _)| *n < SUPPRESS_BELOW).collect();
    if hidden.iter().filter(|h| **h).count() == 1 {
        let next_smallest = groups
            .iter()
            .enumerate()
            .filter(|(index, _)| !hidden.get(*index).copied().unwrap_or(true))
            .min_by_key(|(_, (_, n, _))| *n)
            .map(|(index, _)| index);
        if let Some(slot) = next_smallest.and_then(|index| hidden.get_mut(index)) {
            *slot = true;
        }
    }
    groups
        .into_iter()
        .zip(hidden)
        .map(|((group, _, value), hide)| if hide { Cell::Suppressed { group } } else { Cell::Shown { group, value } })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(values: &[i64]) -> Vec<Score> {
        values.iter().map(|v| Score::parse(*v).unwrap()).collect()
    }

    /// The group programme's end-of-programme cohort of nine, initial and end (DOMAIN.md).
    const INITIAL: [i64; 9] = [4, 3, 3, 4, 4, 4, 3, 2, 3];
    const END: [i64; 9] = [7, 8, 7, 8, 8, 7, 7, 8, 7];

    fn round2(value: Option<f64>) -> Option<f64> {
        value.map(|v| (v * 100.0).round() / 100.0)
    }

    #[test]
    fn the_cohort_of_nine_matches_the_services_report() {
        let pairs: Vec<_> = scores(&INITIAL).into_iter().zip(scores(&END)).map(|(start, end)| (Some(start), Some(end))).collect();
        let change = Change::of(&pairs);
        assert_eq!(change.start.n, 9);
        assert_eq!(round2(change.start.mean), Some(3.33));
        assert_eq!(round2(change.end.mean), Some(7.44));
        assert_eq!(change.start.median, Some(3.0));
        assert_eq!(change.end.median, Some(7.0));
        assert_eq!(round2(change.mean_change), Some(4.11));
        assert_eq!((change.improved, change.same, change.lower), (9, 0, 0));
    }

    #[test]
    fn session_averages_match_the_programme_report() {
        // Session 5, drugs and alcohol: an average of 7.5 at the start from whole-number scores.
        let summary = Summary::of(&scores(&[7, 8, 7, 8]));
        assert_eq!(summary.mean, Some(7.5));
        assert_eq!(summary.median, Some(7.5));
        assert_eq!(Summary::of(&[]), Summary { n: 0, mean: None, median: None });
    }

    #[test]
    fn only_people_with_both_scores_count_towards_change() {
        let [a, b, c] = [3, 6, 9].map(|v| Score::parse(v).unwrap());
        let change = Change::of(&[(Some(a), Some(b)), (Some(c), None), (None, Some(a))]);
        assert_eq!(change.start.n, 1);
        assert_eq!(change.mean_change, Some(3.0));
    }

    #[test]
    fn small_groups_are_hidden_and_one_hidden_cell_takes_another_with_it() {
        let cells = suppress(vec![
            ("White British".to_owned(), 12, 1.0),
            ("Black British".to_owned(), 6, 2.0),
            ("Mixed".to_owned(), 2, 3.0),
            ("Asian British".to_owned(), 9, 4.0),
        ]);
        let hidden: Vec<&str> = cells
            .iter()
            .filter_map(|cell| match cell {
                Cell::Suppressed { group } => Some(group.as_str()),
                Cell::Shown { .. } => None,
            })
            .collect();
        assert_eq!(hidden, ["Black British", "Mixed"]);

        let none_small = suppress(vec![("Female".to_owned(), 5, ()), ("Male".to_owned(), 7, ())]);
        assert!(none_small.iter().all(|cell| matches!(cell, Cell::Shown { .. })));
    }
}
