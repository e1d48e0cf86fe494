#!/usr/bin/env python3
"""Benchmark corpus: news-like articles recombined from the bundled ones.

The bundled articles (../shared/corpus when it is beside the repository,
else tests/corpus) are read at run time, never copied into the repository.
Their sentences are pooled per language; each generated article takes a
title and 6 to 24 sentences of one language, in paragraphs of one to four
sentences, so that sentence splitting, language detection, matching and the
relation rules all see the text they see in real news. A fixed seed makes
the corpus the same, byte for byte, on every machine.

    python3 benches/corpus.py --size 10MB --out /tmp/corpus-10MB

writes DIR/000/000000.txt, DIR/000/000001.txt, ... (1000 files a folder)
and DIR/MANIFEST.json (articles, bytes, seed, sources).
"""

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A sentence ends at . ! ? or … (then closing quotes), before a space and an
# upper-case letter, a digit or an opening quote.
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][»”\"’)]))\s+(?=[A-ZÀ-ÝŒ0-9«“\"])")
FR_WORDS = {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "avec"}
EN_WORDS = {"the", "and", "of", "to", "is", "in", "that", "with", "for", "has", "was", "its"}


def parse_size(text):
    """'10MB' -> 10_000_000 (decimal units, as MB/s is reported)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    unit = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()]
    return int(float(m.group(1)) * unit)


def source_dirs():
    """The bundled articles: the shared corpus if present, else tests/corpus."""
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir() and any(shared.glob("*.txt")):
        return [shared]
    return [ROOT / "tests" / "corpus"]


def language(name, text):
    if "-fr-" in name:
        return "fr"
    if "-en-" in name:
        return "en"
    words = re.findall(r"\w+", text.lower())
    fr = sum(w in FR_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "fr" if fr >= en else "en"


def pools(dirs):
    """Titles and sentences per language, from every *.txt under `dirs`."""
    titles = {"fr": [], "en": []}
    sentences = {"fr": [], "en": []}
    sources = []
    for d in dirs:
        for path in sorted(Path(d).rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            lang = language(path.name, text)
            sources.append(path.name)
            lines = [l.strip() for l in text.splitlines() if l.strip()]
            if not lines:
                continue
            titles[lang].append(lines[0])
            for line in lines[1:]:
                # Metadata lines of scraped pages ("Автор: ...") are not prose.
                if len(line) < 25 or not re.search(r"[.!?…»]$", line):
                    continue
                for s in SENTENCE_END.split(line):
                    if len(s) >= 20:
                        sentences[lang].append(s)
    for lang in ("fr", "en"):
        if not sentences[lang]:
            raise SystemExit(f"no {lang} sentences found in {', '.join(map(str, dirs))}")
    return titles, sentences, sources


def articles(seed, titles, sentences):
    """An endless, reproducible stream of (language, text)."""
    rng = random.Random(seed)
    langs = sorted(sentences)
    while True:
        lang = rng.choice(langs)
        pool = sentences[lang]
        title = rng.choice(titles[lang]) if titles[lang] else rng.choice(pool)
        body = []
        left = rng.randint(6, 24)
        while left > 0:
            n = min(left, rng.randint(1, 4))
            body.append(" ".join(rng.choice(pool) for _ in range(n)))
            left -= n
        yield lang, title + "\n\n" + "\n\n".join(body) + "\n"


def generate(size, out, seed=7, dirs=None):
    """Writes articles into `out` until they hold at least `size` bytes."""
    dirs = dirs or source_dirs()
    out = Path(out)
    manifest = out / "MANIFEST.json"
    if manifest.exists():
        m = json.loads(manifest.read_text())
        if m.get("size") == size and m.get("seed") == seed:
            return m
    out.mkdir(parents=True, exist_ok=True)
    titles, sentences, sources = pools(dirs)
    total = count = 0
    per_lang = {"fr": 0, "en": 0}
    for lang, text in articles(seed, titles, sentences):
        if total >= size:
            break
        data = text.encode("utf-8")
        folder = out / f"{count // 1000:03d}"
        if count % 1000 == 0:
            folder.mkdir(exist_ok=True)
        (folder / f"{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
        per_lang[lang] += 1
    m = {
        "size": size,
        "seed": seed,
        "bytes": total,
        "articles": count,
        "languages": per_lang,
        "sources": sources,
        "source_dirs": [str(d) for d in dirs],
    }
    manifest.write_text(json.dumps(m, indent=1))
    return m


def files(out):
    """The article files of a generated corpus, in order."""
    return sorted(Path(out).glob("[0-9][0-9][0-9]/*.txt"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=parse_size, required=True, help="e.g. 1MB, 100MB, 1GB")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(generate(args.size, args.out, args.seed)))


if __name__ == "__main__":
    main()
