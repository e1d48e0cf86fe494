#!/usr/bin/env python3
"""Benchmark dictionaries: the built-in set grown with generated names.

`grow(binary, out, aliases)` exports the built-in dictionaries with
`actorgraph dictionaries export OUT`, then adds `actors/generated.txt`: made-up
states, each with six place names (`name`) and four leaders (`leader`), until
the set holds `aliases` aliases. The names are built from syllables with a
fixed seed, so they are the same on every run; like most of a large real
gazetteer, they rarely occur in the text, and what they cost is the size of
the automaton. The result is a directory for `--dictionaries DIR`.

`load(dir)` parses a dictionary directory the simple way a Python user would,
for the peers in peers.py.
"""

import json
import random
import re
import subprocess
import unicodedata
from pathlib import Path

ALIAS = re.compile(r"^\s+(name|seat|leader|demonym|exact)\s+(.+?)\s*$")
ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
          "br", "dj", "gb", "kw", "mb", "nd", "ng", "sh", "tch", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ou", "ai", "é", "ia", "ué"]
CODAS = ["", "", "", "n", "r", "l", "m", "s", "k"]


def count_aliases(d):
    n = 0
    for f in sorted(Path(d, "actors").glob("*.txt")):
        n += sum(1 for line in f.read_text(encoding="utf-8").splitlines() if ALIAS.match(line))
    return n


def fold(text):
    """Case and accents folded, as actorgraph compares aliases."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _word(rng, syllables):
    w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
    return (w + rng.choice(CODAS)).capitalize()


def grow(binary, out, aliases, seed=11):
    """Exports the built-in set into `out` and grows it to `aliases` aliases."""
    out = Path(out)
    stamp = out / "GROWN.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("target") == aliases:
        return json.loads(stamp.read_text())
    subprocess.run([str(binary), "dictionaries", "export", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    generated = out / "actors" / "generated.txt"
    generated.unlink(missing_ok=True)
    builtin = count_aliases(out)
    rng = random.Random(seed)
    seen = {fold(a[0]) for a in load(out)["aliases"]}
    lines = ["# Generated for the benchmark: made-up states, places and leaders.", ""]
    added = 0
    actor = 0
    while builtin + added < aliases:
        lines.append(f"actor GEN{actor:06d} state Generated {actor}")
        actor += 1
        for k in range(10):
            if builtin + added >= aliases:
                break
            while True:
                if k < 6:
                    kind, text = "name", _word(rng, rng.randint(2, 4))
                else:
                    kind = "leader"
                    text = _word(rng, rng.randint(2, 3)) + " " + _word(rng, rng.randint(2, 4))
                if fold(text) not in seen:
                    seen.add(fold(text))
                    break
            lines.append(f"  {kind} {text}")
            added += 1
        lines.append("")
    if added:
        generated.write_text("\n".join(lines), encoding="utf-8")
    info = {"target": aliases, "builtin": builtin, "aliases": builtin + added,
            "generated_actors": actor}
    stamp.write_text(json.dumps(info))
    return info


def load(d):
    """Aliases, not-actor phrases and cue lexicons of a dictionary directory.

    Returns {"aliases": [(text, actor, kind, case_sensitive)],
             "not_actors": [text], "actor_kinds": {actor: kind},
             "cues": {lang: [(class, frame, phrase, prefix)]},
             "stopwords": {lang: set}}.
    """
    d = Path(d)
    aliases, kinds, not_actors = [], {}, []
    for f in sorted((d / "actors").glob("*.txt")):
        actor = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("actor "):
                _, actor, kind, *_ = line.split()
                kinds[actor] = kind
            elif line.startswith("not-actor "):
                not_actors.append(line.split(None, 1)[1].strip())
            else:
                m = ALIAS.match(line)
                if m and actor:
                    text = m.group(2)
                    # Like actorgraph: `exact`, and acronyms of 1-3 capitals.
                    letters = [c for c in text if c.isalpha()]
                    short = 1 <= len(letters) <= 3 and all(c.isupper() for c in letters)
                    aliases.append((text, actor, m.group(1), m.group(1) == "exact" or short))
    cues, stopwords = {}, {}
    for f in sorted((d / "cues").glob("*.txt")):
        lang = f.stem
        cues[lang], stopwords[lang] = [], set()
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cls, _, phrase = line.strip().partition(" ")
            kind, _, frame = cls.partition(":")
            phrase = phrase.strip()
            if kind == "stopword":
                stopwords[lang].add(phrase.lower())
            elif kind in ("support", "alliance", "tension", "membership", "conflict"):
                prefix = phrase.endswith("*")
                cues[lang].append((kind, frame or "active", phrase.rstrip("*"), prefix))
    return {"aliases": aliases, "not_actors": not_actors, "actor_kinds": kinds,
            "cues": cues, "stopwords": stopwords}
