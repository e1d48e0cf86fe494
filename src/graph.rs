//! The actor graph: one node per actor, one edge per (source, type, target),
//! each edge with the evidence that supports it.
//!
//! Articles are added one at a time ([`ActorGraph::add_article`]) or as
//! whole graphs ([`ActorGraph::merge`]); either way evidence from each
//! article is kept on the shared edge. The graph is a `petgraph` directed
//! multigraph; undirected relation types are stored once, sides in id order,
//! and flagged as undirected by their [`RelationKind`].
//!
//! An edge's weight (pieces of evidence) and article count are kept apart
//! from the evidence list, so that a cap on stored evidence
//! ([`ActorGraph::with_evidence_cap`]) bounds memory on a large corpus
//! without changing the weights. The evidence kept is always the first in
//! (article, sentence) order, whatever order articles arrive in.
//!
//! Iteration ([`ActorGraph::nodes`], [`ActorGraph::edges`]) is sorted by
//! actor id and type, so exports are the same byte for byte. This module does
//! not serialise ([`crate::export`]) nor compare graphs ([`crate::compare`]).

use rustc_hash::{FxHashMap, FxHashSet};

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};

use crate::{
    dictionary::{ActorId, Dictionaries, RelationKind},
    extractor::{Article, ArticlePart, Sentence},
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

/// An article that went into a graph.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct ArticleInfo {
    /// Its id: the path as given, or `<stdin>`.
    pub id: String,
    /// Its date (`YYYY-MM-DD`), where known.
    pub date: Option<String>,
}

/// What an article added part by part has named so far: each actor and
/// edge counts the article once ([`ActorGraph::add_part`]).
#[derive(Clone, Debug, Default)]
pub struct ArticleSeen {
    named: FxHashSet<ActorId>,
    stated: FxHashSet<Triple>,
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

/// An edge: a relation, how often it is stated, and the evidence kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The relation type.
    pub kind: RelationKind,
    /// Pieces of evidence seen, kept or not.
    pub weight: usize,
    /// Articles that state it.
    pub articles: usize,
    /// The evidence kept, sorted by article and sentence.
    pub evidence: Vec<Evidence>,
}

/// A graph of actors and relations built from analysed articles.
#[derive(Clone, Debug, Default)]
pub struct ActorGraph {
    graph: DiGraph<Node, Edge>,
    nodes: FxHashMap<ActorId, NodeIndex>,
    edges: FxHashMap<Triple, EdgeIndex>,
    articles: Vec<ArticleInfo>,
    evidence_cap: Option<usize>,
}

/// Which edges to keep ([`ActorGraph::filtered`]): all when empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphFilter {
    /// Keep only these relation types.
    pub kinds: Option<Vec<RelationKind>>,
    /// Keep only edges with one side among these actors.
    pub actors: Option<Vec<ActorId>>,
    /// Keep only edges with at least this many pieces of evidence.
    pub min_evidence: usize,
}

impl GraphFilter {
    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_none() && self.actors.is_none() && self.min_evidence <= 1
    }

    fn keeps(&self, t: &Triple, e: &Edge) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&t.kind))
            && self
                .actors
                .as_ref()
                .is_none_or(|a| a.contains(&t.source) || a.contains(&t.target))
            && e.weight >= self.min_evidence
    }
}

/// Building.
impl ActorGraph {
    /// An empty graph that keeps all evidence.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// An empty graph that keeps at most `cap` pieces of evidence per edge
    /// (the first ones by article and sentence); weights still count all.
    pub fn with_evidence_cap(cap: Option<usize>) -> ActorGraph {
        ActorGraph {
            evidence_cap: cap,
            ..ActorGraph::default()
        }
    }

    /// Makes room for `additional` more articles, so that a corpus of
    /// millions of them does not reallocate (and briefly double) the list.
    pub fn reserve_articles(&mut self, additional: usize) {
        self.articles.reserve_exact(additional);
    }

    /// Adds an article's actors and relations, merging with what is there.
    /// The article has no date; see [`ActorGraph::add_dated_article`].
    pub fn add_article(&mut self, article: &Article, text: &str) {
        self.add_dated_article(article, text, None);
    }

    /// Adds an article with its date (`YYYY-MM-DD`).
    pub fn add_dated_article(&mut self, article: &Article, text: &str, date: Option<&str>) {
        let mut seen = ArticleSeen::default();
        self.add_sentences(
            &article.id,
            &article.sentences,
            0,
            |span| text.get(span.range()).unwrap_or_default(),
            |span| span,
            &mut seen,
        );
        self.finish_article(
            ArticleInfo {
                id: article.id.clone(),
                date: date.map(str::to_string),
            },
            seen,
        );
    }

    /// Adds one part of an article analysed window by window
    /// ([`crate::Extractor::analyse_reader`]); `seen` carries what the
    /// article's earlier parts named, for [`ActorGraph::finish_article`].
    /// Evidence offsets are bytes of the input, as
    /// [`ArticlePart::source_span`] maps them, so that they stay true to a
    /// transcoded file.
    pub fn add_part(&mut self, part: &ArticlePart<'_>, seen: &mut ArticleSeen) {
        self.add_sentences(
            part.id,
            &part.sentences,
            part.first_sentence,
            |span| part.text(span),
            |span| part.source_span(span),
            seen,
        );
    }

    /// Records an article whose parts were added with
    /// [`ActorGraph::add_part`]: it counts once per actor and edge it named.
    pub fn finish_article(&mut self, mut info: ArticleInfo, seen: ArticleSeen) {
        // Kept for the whole run, one per article: no spare capacity.
        info.id.shrink_to_fit();
        if let Some(d) = &mut info.date {
            d.shrink_to_fit();
        }
        self.articles.push(info);
        for a in seen.named {
            self.node(a).articles += 1;
        }
        for t in seen.stated {
            let e = self.edge(t);
            self.graph[e].articles += 1;
        }
    }

    fn add_sentences<'t>(
        &mut self,
        id: &str,
        sentences: &[Sentence],
        first: usize,
        text: impl Fn(Span) -> &'t str,
        source: impl Fn(Span) -> Span,
        seen: &mut ArticleSeen,
    ) {
        for (i, s) in sentences.iter().enumerate() {
            for m in &s.mentions {
                self.node(m.actor).mentions += 1;
                seen.named.insert(m.actor);
            }
            for d in &s.relations.drawn {
                let cue_span = d.cue.offset(s.span.start);
                let evidence = Evidence {
                    article: id.to_string(),
                    sentence: first + i,
                    sentence_span: source(s.span),
                    cue_span: source(cue_span),
                    cue: text(cue_span).to_string(),
                    rule: d.rule.to_string(),
                    text: text(s.span).to_string(),
                };
                let e = self.edge(d.triple);
                seen.stated.insert(d.triple);
                self.push_evidence(e, evidence);
            }
        }
    }

    /// Adds one piece of evidence for a triple, creating its nodes and edge
    /// as needed. It counts towards the weight but not the article count;
    /// [`ActorGraph::add_article`] keeps both.
    pub fn add_evidence(&mut self, triple: Triple, evidence: Evidence) {
        let e = self.edge(triple);
        self.push_evidence(e, evidence);
    }

    /// Adds everything in `other`: articles, mentions, edges and evidence.
    /// Merging per-article graphs in a fixed order gives the same graph
    /// whatever thread built each one.
    pub fn merge(&mut self, other: ActorGraph) {
        self.articles.extend(other.articles);
        let (nodes, edges) = other.graph.into_nodes_edges();
        for n in &nodes {
            let node = self.node(n.weight.actor);
            node.mentions += n.weight.mentions;
            node.articles += n.weight.articles;
        }
        for e in edges {
            let (s, t) = (
                nodes[e.source().index()].weight.actor,
                nodes[e.target().index()].weight.actor,
            );
            let triple = Triple::new(s, e.weight.kind, t);
            let i = self.edge(triple);
            self.graph[i].articles += e.weight.articles;
            // Pieces beyond the cap were counted in the weight but not kept.
            let unseen = e.weight.weight - e.weight.evidence.len();
            self.graph[i].weight += unseen;
            for v in e.weight.evidence {
                self.push_evidence(i, v);
            }
        }
    }

    fn push_evidence(&mut self, e: EdgeIndex, evidence: Evidence) {
        let cap = self.evidence_cap;
        let edge = &mut self.graph[e];
        edge.weight += 1;
        let at = edge.evidence.partition_point(|x| x <= &evidence);
        if cap.is_some_and(|cap| at >= cap) {
            return;
        }
        edge.evidence.insert(at, evidence);
        if let Some(cap) = cap {
            edge.evidence.truncate(cap);
        }
    }

    fn edge(&mut self, triple: Triple) -> EdgeIndex {
        let s = self.node_index(triple.source);
        let t = self.node_index(triple.target);
        *self.edges.entry(triple).or_insert_with(|| {
            self.graph.add_edge(
                s,
                t,
                Edge {
                    kind: triple.kind,
                    weight: 0,
                    articles: 0,
                    evidence: vec![],
                },
            )
        })
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
}

/// Reading.
impl ActorGraph {
    /// The articles added, in the order they were added.
    pub fn articles(&self) -> &[ArticleInfo] {
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

    /// A copy with only the edges `filter` keeps. With a non-empty filter,
    /// nodes are the ends of the kept edges (and the actors asked for), so
    /// that the DOT of a whole corpus stays readable.
    pub fn filtered(&self, filter: &GraphFilter) -> ActorGraph {
        if filter.is_empty() {
            return self.clone();
        }
        let mut out = ActorGraph {
            articles: self.articles.clone(),
            evidence_cap: self.evidence_cap,
            ..ActorGraph::default()
        };
        let mut keep: FxHashSet<ActorId> = filter.actors.iter().flatten().copied().collect();
        for (t, &e) in &self.edges {
            let edge = &self.graph[e];
            if filter.keeps(t, edge) {
                keep.insert(t.source);
                keep.insert(t.target);
                let i = out.edge(*t);
                out.graph[i] = edge.clone();
            }
        }
        for n in self.graph.node_weights() {
            if keep.contains(&n.actor) {
                *out.node(n.actor) = n.clone();
            }
        }
        out
    }

    /// The underlying petgraph graph, for algorithms (centrality, paths).
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    fn graph_of(extractor: &Extractor, id: &str, text: &str, cap: Option<usize>) -> ActorGraph {
        let mut g = ActorGraph::with_evidence_cap(cap);
        g.add_article(&extractor.analyse(id, text), text);
        g
    }

    #[test]
    fn merge_in_any_order_gives_the_same_edges() {
        let x = Extractor::new(Dictionaries::builtin());
        let a = "La Russie soutient le Mali. La Russie soutient le Mali.";
        let b = "Moscou soutient le Mali.";
        let mut ab = graph_of(&x, "a", a, None);
        ab.merge(graph_of(&x, "b", b, None));
        let mut ba = graph_of(&x, "b", b, None);
        ba.merge(graph_of(&x, "a", a, None));
        let d = x.dictionaries();
        assert_eq!(ab.edges(d), ba.edges(d));
        let (_, e) = ab.edges(d)[0];
        assert_eq!((e.weight, e.articles, e.evidence.len()), (3, 2, 3));
    }

    #[test]
    fn evidence_cap_keeps_weights_and_the_first_evidence() {
        let x = Extractor::new(Dictionaries::builtin());
        let text =
            "La Russie soutient le Mali. Moscou soutient le Mali. Le Kremlin soutient le Mali.";
        let mut g = graph_of(&x, "b", text, Some(1));
        g.merge(graph_of(&x, "a", text, Some(1)));
        let (_, e) = g.edges(x.dictionaries())[0];
        assert_eq!((e.weight, e.articles, e.evidence.len()), (6, 2, 1));
        assert_eq!(
            (e.evidence[0].article.as_str(), e.evidence[0].sentence),
            ("a", 0)
        );
    }

    #[test]
    fn filter_keeps_types_actors_and_weights() {
        let x = Extractor::new(Dictionaries::builtin());
        let d = x.dictionaries();
        let text =
            "La Russie soutient le Mali. La Russie soutient le Mali. L'Algérie condamne le Niger.";
        let g = graph_of(&x, "a", text, None);
        let only = |f: GraphFilter| {
            g.filtered(&f)
                .edges(d)
                .iter()
                .map(|(t, _)| t.kind.as_str())
                .collect::<Vec<_>>()
        };
        let kinds = Some(vec![RelationKind::Tension]);
        assert_eq!(
            only(GraphFilter {
                kinds,
                ..GraphFilter::default()
            }),
            ["tension"]
        );
        assert_eq!(
            only(GraphFilter {
                min_evidence: 2,
                ..GraphFilter::default()
            }),
            ["support"]
        );
        let actors = Some(vec![d.actor_by_id("DZA").unwrap()]);
        assert_eq!(
            only(GraphFilter {
                actors,
                ..GraphFilter::default()
            }),
            ["tension"]
        );
    }
}
