#!/usr/bin/env bash
# The actorgraph benchmark, in one command:
#
#   benches/run.sh            1 MB, 10 MB, 100 MB; built-in and 10k aliases;
#                             pyahocorasick peer on 1 and 10 MB, spaCy on 1 MB
#   benches/run.sh --full     adds 1 GB, 100k aliases, spaCy on 10 MB
#
# Builds the release binary, creates benches/.venv with the Python peers
# (spacy, pyahocorasick, matplotlib) on first use, generates the corpora and
# dictionaries under target/bench (reproducible, fixed seeds), and writes
# output/bench/REPORT.md, results.json and throughput.svg. Knobs: see the
# header of benches/bench.py (BENCH_SIZES, BENCH_DICTS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--full" ]]; then
    export BENCH_SIZES="${BENCH_SIZES:-1MB 10MB 100MB 1GB}"
    export BENCH_DICTS="${BENCH_DICTS:-10000 100000}"
    export BENCH_SPACY_AT="${BENCH_SPACY_AT:-1MB 10MB}"
fi

target="${CARGO_TARGET_DIR:-target}"
[[ "$target" = /* ]] || target="$PWD/$target"
cargo build --release --quiet
export ACTORGRAPH="${ACTORGRAPH:-$target/release/actorgraph}"

venv=benches/.venv
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import spacy, ahocorasick, matplotlib" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check spacy pyahocorasick matplotlib
fi
export BENCH_PYTHON="$PWD/$venv/bin/python"
export BENCH_WORK="${BENCH_WORK:-$target/bench}"
exec "$BENCH_PYTHON" benches/bench.py
