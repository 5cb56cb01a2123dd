#!/bin/sh
# bench/run.sh — build and run the throughput benchmark over the Reuters corpus.
# Usage: sh bench/run.sh [BRINK_BUILD_DIR]   (figures go to standard output)
set -e
B=${1:-build}
B=$(dirname "$B")
[ -d "$B" ] || B=build
CORPUS=${CORPUS:-../shared/corpora/reuters21578.jsonl}
if [ ! -f "$CORPUS" ]; then
  echo "bench: $CORPUS not found (set CORPUS=...); nothing to measure" >&2
  exit 0
fi
make -s "$B/bench/bench"
"$B/bench/bench" -j "$(nproc)" "$CORPUS"
