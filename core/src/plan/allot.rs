//! The two steps of the rules in the parent module's documentation: grouping presentations,
//! then sharing the body's minutes by weight.

use super::{Activity, Part, Rules};

/// The weight of a body part under `rules`.
fn weight(part: &Part<'_>, rules: &Rules) -> u32 {
    match &part.activity {
        Activity::Presentation { steps } => rules.per_step * steps.len() as u32,
        Activity::Vote { set, .. } => rules.per_question * set.questions.len() as u32,
        Activity::Scenario { decisions, .. } => rules.per_decision * *decisions as u32,
        Activity::Discussion { .. } => rules.per_prompt,
        Activity::Opening | Activity::PairWork | Activity::Closing => 0,
    }
}

/// The lesson steps of a presentation part.
fn presented(part: &Part<'_>) -> Option<usize> {
    match &part.activity {
        Activity::Presentation { steps } => Some(steps.len()),
        _ => None,
    }
}

/// Merges neighbouring presentations, fewest steps first, while there are more than
/// `rules.most_presentations` or more parts than `budget` has room for at `rules.least`.
pub(super) fn group_presentations(parts: &mut Vec<Part<'_>>, rules: &Rules, budget: u32) {
    loop {
        let presentations = parts.iter().filter(|p| presented(p).is_some()).count();
        let crowded = parts.len() as u32 * rules.least > budget;
        if presentations <= rules.most_presentations && !crowded {
            return;
        }
        let neighbours = (1..parts.len())
            .filter_map(|i| Some((i, presented(&parts[i - 1])? + presented(&parts[i])?)))
            .min_by_key(|&(i, steps)| (steps, i));
        let Some((i, _)) = neighbours else {
            return;
        };
        let second = parts.remove(i);
        let first = &mut parts[i - 1];
        if let (Activity::Presentation { steps }, Activity::Presentation { steps: more }) =
            (&mut first.activity, second.activity)
        {
            steps.extend(more);
        }
        first.notes.extend(second.notes);
    }
}

/// Minutes of each part, adding up to `budget` (or to nothing when there are no parts):
/// `rules.least` each (or an equal share), the rest by weight to the largest remainders.
pub(super) fn share(parts: &[Part<'_>], rules: &Rules, budget: u32) -> Vec<u32> {
    if parts.is_empty() {
        return Vec::new();
    }
    let count = parts.len() as u32;
    let least = rules.least.min(budget / count);
    let rest = budget - least * count;
    let weights: Vec<u32> = parts.iter().map(|p| weight(p, rules).max(1)).collect();
    let total: u32 = weights.iter().sum();
    let mut minutes: Vec<u32> = weights.iter().map(|w| least + rest * w / total).collect();
    let mut left = budget - minutes.iter().sum::<u32>();
    let mut by_remainder: Vec<usize> = (0..parts.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(rest * weights[i] % total));
    for i in by_remainder {
        if left == 0 {
            break;
        }
        minutes[i] += 1;
        left -= 1;
    }
    minutes
}
