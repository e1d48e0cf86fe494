#!/usr/bin/env python3
"""The Python peers: the same job done the way a user would write it.

Both read the same dictionary directory as actorgraph (dicts.load), fold
case and accents, split sentences, detect the language from stopwords, find
actor mentions, and apply the same cue rules in a simple form: for each
relation cue, the nearest actor before it and the nearest after it in the
sentence, mapped by the cue's frame (a `receive` or `has-members` cue swaps
them, alliance/tension/conflict are undirected). Demonyms are left out (they
need actorgraph's institution rule), and no offsets are mapped back to the
original text, so the peers do a little less than actorgraph.

  ahocorasick  pyahocorasick automata (aliases; cues per language), matches
               taken leftmost-longest with `iter_long`, then whole words.
  spacy        spaCy blank("fr")/blank("en") with the sentencizer,
               PhraseMatcher on LOWER for aliases and cues, a Matcher with a
               REGEX for prefix cues ("soutien*"), filter_spans for longest.

    python peers.py ENGINE --dictionaries DIR --out result.json FILE...
    python peers.py ENGINE --dictionaries DIR --out result.json --list FILES.txt

The result holds the processing time (setup apart), mention counts per actor
and edge counts, for comparison with actorgraph's JSON.
"""

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dicts  # noqa: E402

UNDIRECTED = {"alliance", "tension", "conflict"}
SWAPPED = {"receive", "has-members"}
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÝŒ0-9«“\"])|\n\s*\n|\n(?=[A-ZÀ-Ý«“\"#-])")
WORD = re.compile(r"\w+")
SPECIAL = {"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
           "\u2011": "-", "\u2010": "-", "\n": " ", "\t": " "}


class FoldTable(dict):
    """str.translate table folding one char to one char (offsets kept)."""

    def __missing__(self, code):
        c = chr(code)
        if c in SPECIAL:
            out = SPECIAL[c]
        else:
            base = unicodedata.normalize("NFD", c)[0]
            out = base.lower()
            if len(out) != 1:
                out = c.lower() if len(c.lower()) == 1 else c
        self[code] = out
        return out


FOLD = FoldTable()


def fold(text):
    return text.translate(FOLD)


def detect(text, stopwords):
    words = Counter(WORD.findall(text.lower()[:4000]))
    best, score = None, -1
    for lang in sorted(stopwords):
        s = sum(n for w, n in words.items() if w in stopwords[lang])
        if s > score:
            best, score = lang, s
    return best


def relations(mentions, cues):
    """The simple cue rule. `mentions`: [(start, end, actor)], `cues`:
    [(start, end, kind, frame)], both sorted, in one sentence."""
    out = []
    for cs, ce, kind, frame in cues:
        if any(ms < ce and cs < me for ms, me, _ in mentions):
            continue  # a cue inside a name
        left = next((a for ms, me, a in reversed(mentions) if me <= cs), None)
        right = next((a for ms, me, a in mentions if ms >= ce), None)
        if left is None or right is None or left == right:
            continue
        src, tgt = (right, left) if frame in SWAPPED else (left, right)
        if kind in UNDIRECTED and tgt < src:
            src, tgt = tgt, src
        out.append(f"{src} {kind} {tgt}")
    return out


def is_word(c):
    return c.isalnum()


class AhoPeer:
    def __init__(self, d):
        import ahocorasick

        self.stopwords = d["stopwords"]
        self.aliases = ahocorasick.Automaton()
        table = {}
        for text, actor, kind, exact in d["aliases"]:
            if kind == "demonym":
                continue
            table.setdefault(fold(text).strip(), []).append((actor, exact, text))
        for text in d["not_actors"]:
            table.setdefault(fold(text).strip(), []).append((None, False, text))
        for key, value in table.items():
            self.aliases.add_word(key, (len(key), value))
        self.aliases.make_automaton()
        self.cues = {}
        for lang, entries in d["cues"].items():
            a = ahocorasick.Automaton()
            for kind, frame, phrase, prefix in entries:
                key = fold(phrase).strip()
                if key not in a:
                    a.add_word(key, (kind, frame, prefix, len(key)))
            a.make_automaton()
            self.cues[lang] = a

    @staticmethod
    def whole(text, start, end):
        return (start == 0 or not is_word(text[start - 1])) and (
            end == len(text) or not is_word(text[end]))

    def article(self, text, mentions, edges):
        folded = fold(text)
        lang = detect(folded, self.stopwords)
        cue_automaton = self.cues[lang]
        pos = 0
        for sentence in SENTENCE_END.split(folded):
            start = folded.find(sentence, pos)
            pos = start + len(sentence)
            found = []
            for end, (key_len, entries) in self.aliases.iter_long(sentence):
                end += 1
                s = end - key_len
                if not self.whole(sentence, s, end):
                    continue
                for actor, exact, original in entries:
                    if exact and text[start + s:start + end] != original:
                        continue
                    if actor is not None:
                        found.append((s, end, actor))
                    break
            cue_spans = []
            for end, (kind, frame, prefix, key_len) in cue_automaton.iter_long(sentence):
                end += 1
                s = end - key_len
                if s > 0 and is_word(sentence[s - 1]):
                    continue
                if prefix:
                    while end < len(sentence) and is_word(sentence[end]):
                        end += 1
                elif end < len(sentence) and is_word(sentence[end]):
                    continue
                cue_spans.append((s, end, kind, frame))
            for _, _, actor in found:
                mentions[actor] += 1
            edges.update(relations(found, cue_spans))


class SpacyPeer:
    def __init__(self, d):
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.stopwords = d["stopwords"]
        self.nlp, self.aliases, self.cues, self.prefix_cues = {}, {}, {}, {}
        self.exact = {}
        for lang in d["cues"]:
            nlp = spacy.blank(lang if lang in ("fr", "en") else "xx")
            nlp.add_pipe("sentencizer")
            self.nlp[lang] = nlp
            m = PhraseMatcher(nlp.vocab, attr="LOWER")
            by_actor = {}
            for text, actor, kind, exact in d["aliases"]:
                if kind == "demonym":
                    continue
                by_actor.setdefault(actor, []).append(nlp.make_doc(fold(text).strip()))
                if exact:
                    self.exact[(actor, fold(text).strip())] = text
            for actor, docs in by_actor.items():
                m.add(actor, docs)
            m.add("NOT-ACTOR", [nlp.make_doc(fold(t).strip()) for t in d["not_actors"]])
            self.aliases[lang] = m
            cm = PhraseMatcher(nlp.vocab, attr="LOWER")
            pm = Matcher(nlp.vocab)
            for kind, frame, phrase, prefix in d["cues"][lang]:
                label = f"{kind}:{frame}"
                words = [t.text for t in nlp.make_doc(fold(phrase).strip())]
                if prefix:
                    pattern = [{"LOWER": w} for w in words[:-1]]
                    pattern.append({"LOWER": {"REGEX": "^" + re.escape(words[-1])}})
                    pm.add(label, [pattern])
                else:
                    cm.add(label, [nlp.make_doc(" ".join(words))])
            self.cues[lang], self.prefix_cues[lang] = cm, pm

    def run(self, texts, mentions, edges):
        from spacy.util import filter_spans

        by_lang = {}
        for text in texts:
            folded = fold(text)
            by_lang.setdefault(detect(folded, self.stopwords), []).append((folded, text))
        for lang, items in by_lang.items():
            nlp = self.nlp[lang]
            docs = nlp.pipe((f for f, _ in items), batch_size=64)
            for doc, (_, original) in zip(docs, items):
                vocab = doc.vocab.strings
                raw = self.aliases[lang](doc)
                spans = []
                for match_id, s, e in raw:
                    sp = doc[s:e]
                    spans.append((sp, vocab[match_id]))
                kept = {(sp.start, sp.end) for sp in filter_spans([sp for sp, _ in spans])}
                found = []
                for sp, actor in spans:
                    if (sp.start, sp.end) not in kept or actor == "NOT-ACTOR":
                        continue
                    kept.discard((sp.start, sp.end))
                    exact = self.exact.get((actor, sp.text))
                    if exact and original[sp.start_char:sp.end_char] != exact:
                        continue
                    found.append((sp.start, sp.end, actor))
                cue_matches = list(self.cues[lang](doc)) + list(self.prefix_cues[lang](doc))
                cue_spans = filter_spans([doc[s:e] for _, s, e in cue_matches])
                labels = {(s, e): vocab[m] for m, s, e in cue_matches}
                for sent in doc.sents:
                    ms = sorted(m for m in found if sent.start <= m[0] < sent.end)
                    cs = []
                    for sp in cue_spans:
                        if sent.start <= sp.start < sent.end:
                            kind, _, frame = labels[(sp.start, sp.end)].partition(":")
                            cs.append((sp.start, sp.end, kind, frame))
                    edges.update(relations(ms, sorted(cs)))
                for _, _, actor in found:
                    mentions[actor] += 1


def main():
    ap = argparse.ArgumentParser(description="Python peers for the actorgraph benchmark.")
    ap.add_argument("engine", choices=["ahocorasick", "spacy"])
    ap.add_argument("--dictionaries", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--list", help="a file listing the article paths, one a line")
    ap.add_argument("files", nargs="*")
    args = ap.parse_intermixed_args()
    paths = list(args.files)
    if args.list:
        paths += Path(args.list).read_text().split("\n")
    paths = [p for p in paths if p]
    t0 = time.perf_counter()
    d = dicts.load(args.dictionaries)
    peer = AhoPeer(d) if args.engine == "ahocorasick" else SpacyPeer(d)
    setup = time.perf_counter() - t0
    mentions, edges = Counter(), Counter()
    t1 = time.perf_counter()
    size = 0
    if args.engine == "ahocorasick":
        for p in paths:
            text = Path(p).read_text(encoding="utf-8")
            size += len(text.encode("utf-8"))
            peer.article(text, mentions, edges)
    else:
        texts = []
        for p in paths:
            texts.append(Path(p).read_text(encoding="utf-8"))
            size += len(texts[-1].encode("utf-8"))
        peer.run(texts, mentions, edges)
    seconds = time.perf_counter() - t1
    Path(args.out).write_text(json.dumps({
        "engine": args.engine, "articles": len(paths), "bytes": size,
        "setup_seconds": setup, "seconds": seconds,
        "mentions": dict(mentions), "edges": dict(edges),
    }))


if __name__ == "__main__":
    main()
