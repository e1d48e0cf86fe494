//! The actor graph: one node per actor, one edge per (source, type, target),
//! each edge with every piece of evidence that supports it.
//!
//! Articles are added one at a time ([`ActorGraph::add_article`]); adding
//! several merges them, evidence from each article kept on the shared edge.
//! The graph is a `petgraph` directed multigraph; undirected relation types
//! are stored once, sides in id order, and flagged as undirected by their
//! [`RelationKind`].
//!
//! Iteration order ([`ActorGraph::nodes`], [`ActorGraph::edges`]) is sorted
//! by actor id, type and evidence position, whatever the order articles were
//! added in, so exports are the same byte for byte. This module does not
//! serialise; see [`crate::export`].

use std::collections::HashMap;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};

use crate::{
    dictionary::{ActorId, Dictionaries, RelationKind},
    extractor::Article,
    relation::Triple,
    span::Span,
};

/// One piece of evidence for an edge: where the relation is stated.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    /// The article's id.
    pub article: String,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// The sentence, in bytes of the article.
    pub sentence_span: Span,
    /// The cue, in bytes of the article.
    pub cue_span: Span,
    /// The cue's text.
    pub cue: String,
    /// The rule that drew the relation.
    pub rule: String,
    /// The sentence's text.
    pub text: String,
}

/// A node: an actor and how often it is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The actor.
    pub actor: ActorId,
    /// Mentions across all articles added.
    pub mentions: usize,
    /// Articles that name it.
    pub articles: usize,
}

/// An edge: a relation and its evidence, sorted by article and sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The relation type.
    pub kind: RelationKind,
    /// The evidence.
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// The number of distinct articles that state this relation.
    pub fn articles(&self) -> usize {
        let mut n = 0;
        let mut last: Option<&str> = None;
        for e in &self.evidence {
            if last != Some(e.article.as_str()) {
                n += 1;
                last = Some(&e.article);
            }
        }
        n
    }
}

/// A graph of actors and relations built from analysed articles.
#[derive(Clone, Debug, Default)]
pub struct ActorGraph {
    graph: DiGraph<Node, Edge>,
    nodes: HashMap<ActorId, NodeIndex>,
    edges: HashMap<Triple, EdgeIndex>,
    articles: Vec<String>,
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// Adds an article's actors and relations, merging with what is there.
    pub fn add_article(&mut self, article: &Article, text: &str) {
        self.articles.push(article.id.clone());
        let mut named: Vec<ActorId> = Vec::new();
        for (i, s) in article.sentences.iter().enumerate() {
            for m in &s.mentions {
                self.node(m.actor).mentions += 1;
                named.push(m.actor);
            }
            for d in &s.relations.drawn {
                let cue_span = d.cue.offset(s.span.start);
                let evidence = Evidence {
                    article: article.id.clone(),
                    sentence: i,
                    sentence_span: s.span,
                    cue_span,
                    cue: text[cue_span.range()].to_string(),
                    rule: d.rule.to_string(),
                    text: text[s.span.range()].to_string(),
                };
                self.add_evidence(d.triple, evidence);
            }
        }
        named.sort();
        named.dedup();
        for a in named {
            self.node(a).articles += 1;
        }
    }

    /// Adds one piece of evidence for a triple, creating its nodes and edge
    /// as needed. A node created here has no mention unless one is added.
    pub fn add_evidence(&mut self, triple: Triple, evidence: Evidence) {
        let s = self.node_index(triple.source);
        let t = self.node_index(triple.target);
        let e = *self.edges.entry(triple).or_insert_with(|| {
            self.graph.add_edge(
                s,
                t,
                Edge {
                    kind: triple.kind,
                    evidence: vec![],
                },
            )
        });
        let edge = &mut self.graph[e];
        let at = edge.evidence.partition_point(|x| x <= &evidence);
        edge.evidence.insert(at, evidence);
    }

    fn node_index(&mut self, actor: ActorId) -> NodeIndex {
        *self.nodes.entry(actor).or_insert_with(|| {
            self.graph.add_node(Node {
                actor,
                mentions: 0,
                articles: 0,
            })
        })
    }

    fn node(&mut self, actor: ActorId) -> &mut Node {
        let i = self.node_index(actor);
        &mut self.graph[i]
    }

    /// The ids of the articles added, in the order they were added.
    pub fn articles(&self) -> &[String] {
        &self.articles
    }

    /// The nodes, sorted by actor id.
    pub fn nodes<'a>(&'a self, dicts: &'a Dictionaries) -> Vec<&'a Node> {
        let mut nodes: Vec<&Node> = self.graph.node_weights().collect();
        nodes.sort_by(|a, b| dicts.actor(a.actor).id.cmp(&dicts.actor(b.actor).id));
        nodes
    }

    /// The edges as `(triple, edge)`, sorted by source id, type, target id.
    pub fn edges<'a>(&'a self, dicts: &'a Dictionaries) -> Vec<(Triple, &'a Edge)> {
        let mut edges: Vec<(Triple, &Edge)> = self
            .edges
            .iter()
            .map(|(&t, &e)| (t, &self.graph[e]))
            .collect();
        edges.sort_by(|(a, _), (b, _)| {
            let key = |t: &Triple| (&dicts.actor(t.source).id, t.kind, &dicts.actor(t.target).id);
            key(a).cmp(&key(b))
        });
        edges
    }

    /// The underlying petgraph graph, for algorithms (centrality, paths).
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }
}
