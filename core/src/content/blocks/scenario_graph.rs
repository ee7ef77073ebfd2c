//! Scenario graphs: every choice leads somewhere, every node is reachable, nothing loops,
//! and every walk reaches an ending (so it ends within the node count).

use std::collections::HashMap;

use crate::content::blocks::guide::Flow;
use crate::content::report::findings::Findings;

/// A node as the graph check sees it.
pub(crate) struct GraphNode<'g> {
    /// Node id.
    pub id: &'g str,
    /// Byte offset of its heading in the module file.
    pub offset: usize,
    /// Whether it is an ending.
    pub ending: bool,
    /// Target id and byte offset of each choice.
    pub choices: Vec<(&'g str, usize)>,
}

/// Reports every problem of the graph of `nodes` (the first is the start) of a `flow` block.
pub(crate) fn check_graph(nodes: &[GraphNode<'_>], flow: Flow, findings: &mut Findings<'_>) {
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(at, node)| (node.id, at))
        .collect();
    let mut edges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); nodes.len()];
    for (from, node) in nodes.iter().enumerate() {
        for (target, offset) in &node.choices {
            match index.get(target) {
                Some(&to) => edges[from].push((to, *offset)),
                None => findings.error(
                    *offset,
                    format!("this choice leads to `#{target}`, but no node has that id"),
                ),
            }
        }
    }
    report_loops(nodes, &edges, flow, findings);
    report_unreachable(nodes, &edges, findings);
    report_dead_ends(nodes, &edges, flow, findings);
}

fn report_loops(
    nodes: &[GraphNode<'_>],
    edges: &[Vec<(usize, usize)>],
    flow: Flow,
    findings: &mut Findings<'_>,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        New,
        OnPath,
        Done,
    }
    let mut visit = vec![Visit::New; nodes.len()];
    for root in 0..nodes.len() {
        if visit[root] != Visit::New {
            continue;
        }
        let mut path = vec![(root, 0usize)];
        visit[root] = Visit::OnPath;
        while let Some((node, next)) = path.last_mut() {
            let node = *node;
            let Some(&(to, offset)) = edges[node].get(*next) else {
                visit[node] = Visit::Done;
                path.pop();
                continue;
            };
            *next += 1;
            match visit[to] {
                Visit::New => {
                    visit[to] = Visit::OnPath;
                    path.push((to, 0));
                }
                Visit::OnPath => findings.error(
                    offset,
                    format!(
                        "this choice leads back to `#{}`, so the {} could loop: \
                         choices must always move on towards an ending",
                        nodes[to].id,
                        flow.word()
                    ),
                ),
                Visit::Done => {}
            }
        }
    }
}

/// Nodes reachable from `starts` following `edges`.
fn reachable(starts: &[usize], edges: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut todo = starts.to_vec();
    while let Some(node) = todo.pop() {
        if !std::mem::replace(&mut seen[node], true) {
            todo.extend(edges[node].iter().copied());
        }
    }
    seen
}

fn report_unreachable(
    nodes: &[GraphNode<'_>],
    edges: &[Vec<(usize, usize)>],
    findings: &mut Findings<'_>,
) {
    let Some(start) = nodes.first() else {
        return;
    };
    let forward: Vec<Vec<usize>> = edges
        .iter()
        .map(|out| out.iter().map(|(to, _)| *to).collect())
        .collect();
    let seen = reachable(&[0], &forward);
    for (node, seen) in nodes.iter().zip(seen) {
        if !seen {
            findings.error(
                node.offset,
                format!(
                    "node `{}` cannot be reached from the start `{}`: no choice leads to it",
                    node.id, start.id
                ),
            );
        }
    }
}

fn report_dead_ends(
    nodes: &[GraphNode<'_>],
    edges: &[Vec<(usize, usize)>],
    flow: Flow,
    findings: &mut Findings<'_>,
) {
    let mut backward: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (from, out) in edges.iter().enumerate() {
        for (to, _) in out {
            backward[*to].push(from);
        }
    }
    let endings: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].ending).collect();
    let leads_to_ending = reachable(&endings, &backward);
    for (node, ok) in nodes.iter().zip(leads_to_ending) {
        if ok {
            continue;
        }
        if node.choices.is_empty() {
            findings.error(
                node.offset,
                format!(
                    "node `{}` has no choices and is not an ending: add choices, or mark it \
                     {}",
                    node.id,
                    flow.ending_heading(node.id)
                ),
            );
        } else {
            findings.error(
                node.offset,
                format!("no ending can be reached from node `{}`", node.id),
            );
        }
    }
}
