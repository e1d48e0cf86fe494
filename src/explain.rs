//! A sentence-by-sentence account of what the extractor saw and decided.
//!
//! For each sentence that names an actor or holds a cue: the actors found
//! with the text that matched, the descriptions resolved, each triple drawn
//! with the rule that drew it, and each cue that drew nothing with the
//! reason. Analysts read it before editing a dictionary; developers read it
//! to improve the rules. The format is for people and may change; scripts
//! should read the JSON export.

use std::io;

use crate::{
    dictionary::{Dictionaries, EntryClass},
    extractor::Article,
};

/// Writes the explanation of `article` (whose text is `text`) to `out`.
///
/// # Errors
///
/// Any error from `out`.
pub fn write_explanation<W: io::Write>(
    article: &Article,
    text: &str,
    dicts: &Dictionaries,
    mut out: W,
) -> io::Result<()> {
    writeln!(out, "article {} (cues: {})", article.id, article.language)?;
    for (i, s) in article.sentences.iter().enumerate() {
        let r = &s.relations;
        if s.mentions.is_empty() && r.cues.is_empty() {
            continue;
        }
        let sentence = &text[s.span.range()];
        writeln!(out, "\n[{i}] {}", one_line(sentence))?;
        if !s.mentions.is_empty() {
            let list: Vec<String> = s
                .mentions
                .iter()
                .map(|m| {
                    format!(
                        "{} «{}» ({})",
                        dicts.actor(m.actor).id,
                        &text[m.span.range()],
                        m.via.as_str()
                    )
                })
                .collect();
            writeln!(out, "  actors:   {}", list.join(", "))?;
        }
        for (span, actors) in &r.resolved {
            let ids: Vec<&str> = actors.iter().map(|a| dicts.actor(*a).id.as_str()).collect();
            writeln!(
                out,
                "  resolved: «{}» -> {}",
                &sentence[span.range()],
                ids.join(", ")
            )?;
        }
        for d in &r.drawn {
            let t = d.triple;
            writeln!(
                out,
                "  drawn:    {} {} {}  cue «{}», rule: {}",
                dicts.actor(t.source).id,
                t.kind.as_str(),
                dicts.actor(t.target).id,
                &sentence[d.cue.range()],
                d.rule
            )?;
        }
        for c in &r.cues {
            let kind = match c.class {
                EntryClass::Cue(k, _) => k.as_str(),
                EntryClass::Marker(_) => "marker",
            };
            for why in &c.rejections {
                writeln!(
                    out,
                    "  rejected: {kind} cue «{}»: {}",
                    &sentence[c.span.range()],
                    why.as_str()
                )?;
            }
        }
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
