//! actorgraph reads news articles and draws a graph of the geopolitical
//! actors they name (states, organisations, armed groups) and the relations
//! the text states between them: support, alliance, tension, membership and
//! conflict. It works from dictionaries and cue lexicons that are plain data,
//! not from a trained model, so every edge comes with the sentence and the
//! cue that drew it, and an analyst can change what is found by editing a
//! text file.
//!
//! # Overview
//!
//! The pipeline has one module per stage:
//!
//! * [`dictionary`] loads and validates the actor dictionaries and the cue
//!   lexicons ([`Dictionaries`]);
//! * [`normalize`] folds text (case, accents, apostrophes) and keeps a map
//!   back to the original bytes ([`NormalizedText`]);
//! * [`sentence`] splits articles into sentences;
//! * [`matcher`] finds actor mentions ([`ActorMatcher`]);
//! * [`relation`] reads the relations a cue states between actors
//!   ([`RelationRules`]);
//! * [`extractor`] runs these stages over an article ([`Extractor`]);
//! * [`graph`] merges articles into an [`ActorGraph`] with [`Evidence`];
//! * [`export`] writes the graph as node-link JSON, DOT, GraphML or GEXF;
//! * [`corpus`] lists a corpus's files, dates its articles and analyses them
//!   in parallel; [`compare`] and [`timeline`] show how graphs change.
//!
//! # Example: the graph of one sentence
//!
//! ```
//! use actorgraph::{ActorGraph, Dictionaries, Extractor, export};
//!
//! let extractor = Extractor::new(Dictionaries::builtin());
//! let text = "Moscou a annoncé son soutien militaire au Mali et au Niger.";
//! let article = extractor.analyse("example.txt", text);
//! let mut graph = ActorGraph::new();
//! graph.add_article(&article, text);
//!
//! let mut json = Vec::new();
//! export::write_json(&graph, extractor.dictionaries(), &mut json).unwrap();
//! let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
//! let edges: Vec<String> = doc["edges"].as_array().unwrap().iter()
//!     .map(|e| format!("{} {} {}", e["source"], e["type"], e["target"]))
//!     .collect();
//! assert_eq!(edges, [r#""RUS" "support" "MLI""#, r#""RUS" "support" "NER""#]);
//! ```

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod compare;
pub mod corpus;
pub mod dictionary;
mod error;
pub mod explain;
pub mod export;
pub mod extractor;
pub mod graph;
pub mod input;
pub mod matcher;
pub mod normalize;
pub mod output;
pub mod relation;
pub mod sentence;
mod span;
pub mod timeline;
pub mod token;

pub use crate::{
    dictionary::{Actor, ActorId, ActorKind, Dictionaries, RelationKind},
    error::{DictionaryProblem, Error, Result},
    extractor::{Article, Extractor},
    graph::{ActorGraph, ArticleInfo, Evidence, GraphFilter},
    matcher::{ActorMatcher, Mention},
    normalize::NormalizedText,
    relation::{RelationRules, Triple},
    span::Span,
};
