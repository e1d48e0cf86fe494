#!/usr/bin/env python3
"""The actorgraph benchmark: corpus sizes, dictionary sizes, cores, peers.

Run through benches/run.sh, which builds the release binary and the venv.
Writes output/bench/REPORT.md (the table), output/bench/results.json (every
figure) and output/bench/throughput.svg (the plot).

Environment:
  BENCH_SIZES     corpus sizes, default "1MB 10MB 100MB" (add 1GB to opt in)
  BENCH_DICTS     dictionary sizes in aliases, default "10000" (the built-in
                  set is always measured; add 100000 to opt in)
  BENCH_DICT_AT   corpus size used for the dictionary sweep, default 10MB
  BENCH_PEERS_AT  corpus sizes the Python peers run on, default "1MB 10MB"
                  for pyahocorasick; spaCy runs on the first of them only
                  unless BENCH_SPACY_AT says otherwise
  BENCH_REPEAT    runs per actorgraph point, best kept, default 3
  BENCH_STAGES    0 skips the per-stage costs (criterion, benches/stages.rs)
  BENCH_WORK      scratch directory, default target/bench
"""

import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import dicts  # noqa: E402

OUT = ROOT / "output" / "bench"


def env_list(name, default):
    return os.environ.get(name, default).split()


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def cores():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def features(binary):
    """What this actorgraph's `extract` accepts (the CLI is still growing)."""
    text = subprocess.run([binary, "extract", "--help"], capture_output=True, text=True).stdout
    return {
        "threads": "--threads" in text,
        "max_evidence": "--max-evidence" in text,
        "directories": "directories" in text.lower(),
    }


def timed(cmd, cwd=None):
    """Runs `cmd` under /usr/bin/time: (wall seconds, peak RSS in KB)."""
    t = "/usr/bin/time"
    if Path(t).exists():
        cmd = [t, "-f", "@@rss %M"] + cmd
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if p.returncode not in (0,):
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd[:8])} ...\n{p.stderr[-2000:]}")
    m = re.search(r"@@rss (\d+)", p.stderr)
    return wall, int(m.group(1)) if m else None


def run_actorgraph(binary, feats, corpus_dir, files, threads, dictionaries=None,
                   max_evidence=None, out=None, repeat=3):
    """Best of `repeat` end-to-end runs; the graph JSON goes to `out`."""
    out = out or Path(os.environ.get("BENCH_WORK", ROOT / "target" / "bench")) / "graph.json"
    extra = []
    if dictionaries:
        extra += ["--dictionaries", str(dictionaries)]
    if max_evidence is not None and feats["max_evidence"]:
        extra += ["--max-evidence", str(max_evidence)]
    best = None
    for _ in range(repeat):
        if feats["directories"] and feats["threads"]:
            wall, rss = timed([binary, "extract", str(corpus_dir), "--threads", str(threads),
                               "-o", str(out)] + extra)
            mode = f"--threads {threads}"
        elif threads == 1:
            wall, rss = batches(binary, corpus_dir, files, extra, out)
            mode = "one process"
        else:
            wall, rss = split_processes(binary, corpus_dir, files, threads, extra, out)
            mode = f"{threads} processes on a split corpus"
        if best is None or wall < best[0]:
            best = (wall, rss, mode)
    return best


def batches(binary, corpus_dir, files, extra, out, size=20000):
    """One process per batch of files, one after another (argument limits)."""
    rel = [str(f.relative_to(corpus_dir)) for f in files]
    wall = 0.0
    rss = 0
    for i in range(0, len(rel), size):
        w, r = timed([binary, "extract", *rel[i:i + size], "-o", str(out)] + extra,
                     cwd=corpus_dir)
        wall += w
        rss = max(rss, r or 0)
    return wall, rss


def split_processes(binary, corpus_dir, files, n, extra, out):
    """`n` processes at once, each on 1/n of the files."""
    rel = [str(f.relative_to(corpus_dir)) for f in files]
    parts = [rel[i::n] for i in range(n)]
    t = "/usr/bin/time"
    start = time.perf_counter()
    procs = [subprocess.Popen([t, "-f", "@@rss %M", binary, "extract", *p,
                               "-o", f"{out}.{i}"] + extra, cwd=corpus_dir,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for i, p in enumerate(parts)]
    rss = 0
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            raise SystemExit(err[-2000:])
        m = re.search(r"@@rss (\d+)", err)
        rss += int(m.group(1)) if m else 0
    return time.perf_counter() - start, rss


STAGES = ["sentences", "normalisation", "tokens", "matching", "relations", "graph",
          "export_json", "end_to_end"]


def stage_costs(target):
    """Per-stage throughput from the criterion bench in benches/stages.rs."""
    run = subprocess.run(["cargo", "bench", "--quiet", "--bench", "stages", "--",
                          "--warm-up-time", "1", "--measurement-time", "3", "--noplot"],
                         cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout + run.stderr)
        raise SystemExit("cargo bench --bench stages failed")
    rows = []
    for name in STAGES:
        d = target / "criterion" / "stages" / name / "new"
        est = json.loads((d / "estimates.json").read_text())
        bench = json.loads((d / "benchmark.json").read_text())
        nbytes = (bench.get("throughput") or {}).get("Bytes", 0)
        seconds = est["mean"]["point_estimate"] / 1e9
        rows.append({"stage": name, "seconds": seconds, "bytes": nbytes})
    return rows


def graph_counts(path):
    d = json.loads(Path(path).read_text())
    mentions = {n["id"]: n.get("mentions", 0) for n in d["nodes"]}
    edges = {f"{e['source']} {e['type']} {e['target']}": e.get("weight", 1) for e in d["edges"]}
    return mentions, edges


def agreement(a, b):
    """Weighted Jaccard of two count maps: sum of min over sum of max."""
    keys = set(a) | set(b)
    top = sum(min(a.get(k, 0), b.get(k, 0)) for k in keys)
    bottom = sum(max(a.get(k, 0), b.get(k, 0)) for k in keys)
    return top / bottom if bottom else 1.0


def run_peer(python, engine, dict_dir, files, work):
    lst = work / f"peer-{engine}.list"
    lst.write_text("\n".join(str(f) for f in files))
    out = work / f"peer-{engine}.json"
    start = time.perf_counter()
    subprocess.run([python, str(HERE / "peers.py"), engine, "--dictionaries", str(dict_dir),
                    "--list", str(lst), "--out", str(out)], check=True)
    total = time.perf_counter() - start
    r = json.loads(out.read_text())
    r["total_seconds"] = total
    return r


def main():
    binary = os.environ.get("ACTORGRAPH", str(ROOT / "target" / "release" / "actorgraph"))
    work = Path(os.environ.get("BENCH_WORK", ROOT / "target" / "bench"))
    work.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = [corpus.parse_size(s) for s in env_list("BENCH_SIZES", "1MB 10MB 100MB")]
    dict_sizes = [int(x) for x in env_list("BENCH_DICTS", "10000")]
    dict_at = corpus.parse_size(os.environ.get("BENCH_DICT_AT", "10MB"))
    peers_at = [corpus.parse_size(s) for s in env_list("BENCH_PEERS_AT", "1MB 10MB")]
    spacy_at = [corpus.parse_size(s) for s in env_list("BENCH_SPACY_AT", "1MB")]
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    n = cores()
    feats = features(binary)
    log(f"actorgraph {binary}, features {feats}, {n} cores")
    results = {"machine": {"cores": n, "platform": platform.platform(),
                           "python": platform.python_version()},
               "features": feats, "sizes": [], "dicts": [], "peers": []}

    default_dicts = work / "dicts-builtin"
    builtin = dicts.grow(binary, default_dicts, 0)
    corpora = {}
    for size in sorted(set(sizes + [dict_at] + peers_at + spacy_at)):
        log(f"corpus {size / 1e6:g} MB")
        d = work / f"corpus-{size}"
        m = corpus.generate(size, d)
        corpora[size] = (d, corpus.files(d), m)

    # Throughput against corpus size, one thread and all cores.
    for size in sizes:
        d, files, m = corpora[size]
        row = {"size": size, "bytes": m["bytes"], "articles": m["articles"]}
        for threads in sorted({1, n}):
            wall, rss, mode = run_actorgraph(binary, feats, d, files, threads, repeat=repeat,
                                             out=work / "graph.json")
            row[f"t{threads}"] = {"seconds": wall, "rss_kb": rss, "mode": mode}
            log(f"{size / 1e6:g} MB, {threads} thread(s): {m['bytes'] / wall / 1e6:.1f} MB/s, "
                f"{rss} KB ({mode})")
        if feats["max_evidence"]:
            wall, rss, mode = run_actorgraph(binary, feats, d, files, n, max_evidence=5,
                                             repeat=1, out=work / "graph-capped.json")
            row["capped"] = {"seconds": wall, "rss_kb": rss, "mode": mode, "max_evidence": 5}
        results["sizes"].append(row)

    # Throughput against dictionary size, on one corpus, one thread.
    d, files, m = corpora[dict_at]
    for target in [0] + dict_sizes:
        dd = default_dicts if target == 0 else work / f"dicts-{target}"
        info = builtin if target == 0 else dicts.grow(binary, dd, target)
        wall, rss, mode = run_actorgraph(binary, feats, d, files, 1, dictionaries=dd,
                                         repeat=repeat, out=work / "graph-dicts.json")
        results["dicts"].append({"aliases": info["aliases"], "builtin": target == 0,
                                 "seconds": wall, "rss_kb": rss, "bytes": m["bytes"],
                                 "articles": m["articles"]})
        log(f"{info['aliases']} aliases: {m['bytes'] / wall / 1e6:.1f} MB/s, {rss} KB")

    # The cost of each stage, in process (criterion).
    if os.environ.get("BENCH_STAGES", "1") != "0":
        log("stage costs (cargo bench --bench stages)")
        target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
        results["stages"] = stage_costs(target)

    # Peers on the same files, with the same dictionaries, outputs compared.
    python = os.environ.get("BENCH_PYTHON", sys.executable)
    for size in sorted(set(peers_at + spacy_at)):
        d, files, m = corpora[size]
        wall, rss, mode = run_actorgraph(binary, feats, d, files, 1, dictionaries=default_dicts,
                                         repeat=repeat, out=work / "graph-peers.json")
        ag_mentions, ag_edges = graph_counts(work / "graph-peers.json")
        engines = (["ahocorasick"] if size in peers_at else []) + (
            ["spacy"] if size in spacy_at else [])
        for engine in engines:
            log(f"peer {engine} on {size / 1e6:g} MB")
            r = run_peer(python, engine, default_dicts, files, work)
            results["peers"].append({
                "engine": engine, "size": size, "bytes": m["bytes"], "articles": m["articles"],
                "seconds": r["seconds"], "setup_seconds": r["setup_seconds"],
                "total_seconds": r["total_seconds"], "actorgraph_seconds": wall,
                "mention_agreement": agreement(ag_mentions, r["mentions"]),
                "edge_agreement": agreement(ag_edges, r["edges"]),
                "mentions": sum(r["mentions"].values()),
                "actorgraph_mentions": sum(ag_mentions.values()),
                "edges": sum(r["edges"].values()),
                "actorgraph_edges": sum(ag_edges.values()),
            })

    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    import report
    report.write(results, OUT)
    log(f"wrote {OUT / 'REPORT.md'} and {OUT / 'throughput.svg'}")


if __name__ == "__main__":
    main()
