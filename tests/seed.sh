#!/bin/sh
# tests/seed.sh — code the seed story and hold the gold score as a floor.
# Usage: sh tests/seed.sh BRINK   (skips, saying so, when ../shared is absent)
set -eu
BRINK=$1
SHARED=${BRINK_SHARED:-../shared}
GOLD=$SHARED/seed/biden-putin-call.gold.tsv
STORY=$SHARED/seed/biden-putin-call.jsonl
if [ ! -f "$GOLD" ] || [ ! -f "$STORY" ]; then
  echo "seed: skipped: $SHARED/seed not found (the peer-data checks need ../shared)"
  exit 0
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
"$BRINK" code -q "$STORY" > "$OUT"
# Every core gold event found, at least 90% of distinct events correct, no
# feared invasion coded as real (seed_score.py fails on that by itself).
python3 tests/seed_score.py "$GOLD" "$OUT" --min-recall 1.0 --min-precision 0.9
# The last paragraph repeats earlier events: they must be folded, not repeated.
python3 - "$OUT" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
keys = [(e["source"], e["target"], e["code"]) for e in ev]
assert len(keys) == len(set(keys)), "an event is repeated within the story"
assert any(e["mentions"] > 1 for e in ev), "no event carries a mention count above 1"
print("seed: %d events, %d folded repeats" % (len(ev), sum(e["mentions"] - 1 for e in ev)))
PY
echo "seed: 1 passed, 0 failed"
