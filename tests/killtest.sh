#!/bin/sh
# tests/killtest.sh — kill `brink ingest` with SIGKILL at random moments and
# check that the store stays consistent (tests/store_check.py).
# Usage: sh tests/killtest.sh BRINK [ROUNDS]
#
# Two versions of a multi-story input, A and B (B: every text edited), are
# ingested alternately into one store, so kills land both on new stories
# and on replacements.  After each kill every stored story must equal that
# story in an uninterrupted ingest of A or of B: complete, never half-written
# or mixed.  At the end one full ingest of A must give exactly the store an
# uninterrupted ingest of A gives.
set -u
BRINK=$1
ROUNDS=${2:-50}
SHARED=${BRINK_SHARED:-../shared}
T=$(mktemp -d)
[ -n "${KILLTEST_KEEP:-}" ] && echo "killtest: keeping $T"
[ -n "${KILLTEST_KEEP:-}" ] || trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "killtest: FAILED: $*"; }

# the input: 2,000 Reuters stories, or (without ../shared) 2,000 made-up ones
if [ -f "$SHARED/corpora/reuters21578.jsonl" ]; then
  head -2000 "$SHARED/corpora/reuters21578.jsonl" > "$T/a.jsonl"
else
  echo "killtest: $SHARED not found; using made-up stories"
  python3 - "$T/a.jsonl" <<'PY'
import json, sys
out = open(sys.argv[1], "w")
for i in range(2000):
    text = ("President Joe Biden spoke with Vladimir Putin on Tuesday, story %d. "
            "Russia accused Ukraine of provocations. Biden spoke with Putin again later. " % i) * 3
    out.write(json.dumps({"id": "story-%d" % i, "date": "2021-04-%02d" % (1 + i % 28), "text": text}) + "\n")
PY
fi
python3 - "$T/a.jsonl" "$T/b.jsonl" <<'PY'
import json, sys
out = open(sys.argv[2], "w")
for line in open(sys.argv[1]):
    r = json.loads(line)
    if "text" in r: r["text"] = r["text"] + " The story was updated."
    out.write(json.dumps(r) + "\n")
PY

# a snapshot of the dictionaries, so that edits to data/ during the run
# cannot change what the references and the killed runs code
cp -r "${BRINK_DATA:-data}" "$T/data"
BRINK_DATA=$T/data
export BRINK_DATA

# uninterrupted references
"$BRINK" ingest -q --db "$T/ref-a.db" "$T/a.jsonl" 2>/dev/null
"$BRINK" ingest -q --db "$T/ref-b.db" "$T/b.jsonl" 2>/dev/null
start=$(date +%s.%N)
"$BRINK" ingest -q --db "$T/time.db" "$T/a.jsonl" 2>/dev/null
dur=$(echo "$start $(date +%s.%N)" | awk '{print $2-$1}')

DB=$T/kill.db
i=1
while [ $i -le "$ROUNDS" ]; do
  if [ $((i % 2)) -eq 1 ]; then in=a; else in=b; fi
  delay=$(python3 -c 'import random, sys; random.seed(int(sys.argv[1])); print("%.3f" % (random.random() * float(sys.argv[2]) * 1.5))' "$i" "$dur")
  "$BRINK" ingest -q --db "$DB" "$T/$in.jsonl" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -n "${KILLTEST_VERBOSE:-}" ]; then
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print("round", sys.argv[2], sys.argv[3], "stories", c.execute("select count(*), sum(text like \"%updated.\") from stories").fetchone())' "$DB" "$i" "$delay"
  fi
  if python3 tests/store_check.py "$DB" --ref "$T/ref-a.db" --ref "$T/ref-b.db"; then ok
  else bad "round $i (input $in, killed after ${delay}s)"; fi
  i=$((i+1))
done

# carry on: one complete ingest of A equals the uninterrupted one
if "$BRINK" ingest -q --db "$DB" "$T/a.jsonl" 2>/dev/null || [ $? -eq 2 ]; then ok; else bad "final ingest failed"; fi
if python3 tests/store_check.py "$DB" --equal "$T/ref-a.db"; then ok; else bad "final store differs from an uninterrupted ingest"; fi

echo "killtest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
