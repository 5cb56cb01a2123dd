#!/bin/sh
# tests/store.sh — the event store end to end: ingest, re-ingest, query,
# recode, each export read back by an independent reader, and bad input to
# every store command (missing file, not SQLite, a newer schema, a
# read-only folder, a full disk), checking that nothing stored is lost.
# Usage: sh tests/store.sh BRINK
set -u
BRINK=$1
SHARED=${BRINK_SHARED:-../shared}
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "store: FAILED: $*"; }
# expect_fail NAME PATTERN CMD...: CMD exits non-zero and says PATTERN on stderr
expect_fail() {
  name=$1; pat=$2; shift 2
  if "$@" >"$T/out" 2>"$T/err"; then bad "$name: succeeded"; return; fi
  if grep -q -- "$pat" "$T/err"; then ok; else bad "$name: message '$(cat "$T/err")' lacks '$pat'"; fi
}
nevents() { "$BRINK" query --db "$1" --format jsonl 2>/dev/null | wc -l; }

# a snapshot of the dictionaries, so concurrent edits to data/ cannot move the figures
cp -r "${BRINK_DATA:-data}" "$T/data"
BRINK_DATA=$T/data
export BRINK_DATA

STORY=$SHARED/seed/biden-putin-call.jsonl
if [ ! -f "$STORY" ]; then
  echo "store: $SHARED/seed not found; using the test's own story"
  STORY=$T/story.jsonl
  cat > "$STORY" <<'JSON'
{"id": "fixture-1", "date": "2021-04-13", "source": "test", "text": "President Joe Biden spoke with Vladimir Putin on Tuesday. Russia accused Ukraine of provocations on the border. Biden urged Putin to de-escalate. Russia has deployed 15 ships near Ukraine in the Black Sea. In the call, Joe Biden spoke with Vladimir Putin about arms control."}
JSON
fi
DB=$T/events.db

# ---- ingest twice: exactly one copy, events equal brink code's ----
"$BRINK" code -q "$STORY" > "$T/code.jsonl"
"$BRINK" ingest -q --db "$DB" "$STORY" && ok || bad "first ingest"
"$BRINK" ingest --db "$DB" "$STORY" 2>"$T/err" && ok || bad "second ingest"
grep -q "0 new, 0 replaced, 1 unchanged" "$T/err" && ok || bad "second ingest should change nothing: $(cat "$T/err")"
n=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from stories").fetchone()[0])' "$DB")
[ "$n" = 1 ] && ok || bad "one story stored, found $n"
# same events, same order, same fields (locations, quantities and issues too)
same_events() {
  python3 - "$1" "$2" <<'PY'
import json, sys
def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8")]
a, b = load(sys.argv[1]), load(sys.argv[2])
sys.exit(0 if a and a == b else 1)
PY
}
"$BRINK" query --db "$DB" --format jsonl > "$T/q.jsonl"
same_events "$T/code.jsonl" "$T/q.jsonl" && ok || bad "stored events differ from brink code's"
python3 - "$T/q.jsonl" <<'PY' && ok || bad "no folded repeat (mentions > 1)"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
keys = [(e["source"], e["target"], e["code"]) for e in ev]
assert ev and len(keys) == len(set(keys)) and any(e["mentions"] > 1 for e in ev)
PY
python3 - "$T/q.jsonl" <<'PY' && ok || bad "stored events lack locations or quantities"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
assert ev and all("location" in e for e in ev) and any("quantities" in e for e in ev)
PY
# issues are kept when an issue dictionary codes them (NULL, "" and codes apart)
ISSUES=$SHARED/peer/phoenix/Phoenix.IssueCoding.txt
if [ -f "$ISSUES" ]; then
  set -- ; for f in "$BRINK_DATA"/dict/*.txt "$ISSUES"; do set -- "$@" --dict "$f"; done
  "$BRINK" code -q "$@" "$STORY" > "$T/code-i.jsonl" 2>/dev/null
  "$BRINK" ingest -q "$@" --db "$T/issues.db" "$STORY" 2>/dev/null && ok || bad "ingest with issues"
  "$BRINK" query --db "$T/issues.db" --format jsonl > "$T/q-i.jsonl"
  grep -q '"issues":\[' "$T/code-i.jsonl" && same_events "$T/code-i.jsonl" "$T/q-i.jsonl" && ok || bad "stored issues differ from brink code's"
  set --
else echo "store: $ISSUES not found; issue round trip skipped"; fi
# a new text under the same id replaces the story
python3 - "$STORY" "$T/edited.jsonl" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1]).readline()); r["text"] += " Officials said more talks would follow."
open(sys.argv[2], "w").write(json.dumps(r) + "\n")
PY
"$BRINK" ingest --db "$DB" "$T/edited.jsonl" 2>"$T/err"; grep -q "0 new, 1 replaced" "$T/err" && ok || bad "edited text re-coded: $(cat "$T/err")"
"$BRINK" ingest -q --db "$DB" "$STORY" && ok || bad "ingest back"
n=$(nevents "$DB"); [ "$n" = "$(wc -l < "$T/code.jsonl")" ] && ok || bad "events after replacing twice: $n"
# recode from the stored text gives the same events
"$BRINK" recode -q --db "$DB" && ok || bad "recode"
"$BRINK" query --db "$DB" --format jsonl > "$T/q2.jsonl"
same_events "$T/code.jsonl" "$T/q2.jsonl" && ok || bad "recode changed the events"

# ---- query filters ----
"$BRINK" query --db "$DB" --format csv --pair USA,RUS > "$T/pair.csv" && ok || bad "query --pair"
python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); assert r and all({x["source_country"],x["target_country"]}=={"USA","RUS"} for x in r)' "$T/pair.csv" && ok || bad "--pair USA,RUS rows"
n=$("$BRINK" query --db "$DB" --format jsonl --text "Putin" | wc -l); [ "$n" -gt 0 ] && ok || bad "--text Putin found nothing"
n=$("$BRINK" query --db "$DB" --format jsonl --from 2030-01-01 | wc -l); [ "$n" = 0 ] && ok || bad "--from 2030 found $n"
expect_fail "query bad date" "not a date" "$BRINK" query --db "$DB" --from yesterday
expect_fail "query bad pair" "two codes" "$BRINK" query --db "$DB" --pair USA
expect_fail "query unknown option" "unknown option" "$BRINK" query --db "$DB" --bogus

# ---- exports read back ----
for f in gdelt icews plover csv; do
  "$BRINK" export --db "$DB" --format $f -o "$T/x.$f" && ok || bad "export $f"
done
if FIPS=$BRINK_DATA/fips.tsv python3 tests/export_check.py "$T/code.jsonl" "$T/x.gdelt" "$T/x.icews" "$T/x.plover" "$T/x.csv" > "$T/ec"; then ok
else bad "export_check"; cat "$T/ec"; fi
tail -1 "$T/ec"
expect_fail "export unknown format" "unknown format" "$BRINK" export --db "$DB" --format xml
# GDELT's FIPS codes come from fips.tsv in the data folder (--data): a bad
# line is reported with file:line and skipped, a missing file fails the export
mkdir "$T/fipsdata"
{ cat "$BRINK_DATA/fips.tsv"; printf 'RUS RS\nUKR\tup\n'; } > "$T/fipsdata/fips.tsv"
n=$(grep -c '' "$T/fipsdata/fips.tsv")
"$BRINK" export --db "$DB" --format gdelt --data "$T/fipsdata" -o "$T/y.gdelt" 2>"$T/err" && ok || bad "export with a bad fips.tsv line"
grep -q "^$T/fipsdata/fips.tsv:$((n-1)): 'RUS RS' is not two tab-separated fields" "$T/err" \
  && grep -q "^$T/fipsdata/fips.tsv:$n: 'up' is not a FIPS 10-4 country code" "$T/err" && ok \
  || bad "fips.tsv warnings: $(cat "$T/err")"
cut -f 52,54 "$T/y.gdelt" | grep -q "^1	UP$" && ok || bad "UKR keeps its good line (UP) beside the bad one"
rm "$T/fipsdata/fips.tsv"
expect_fail "export gdelt without fips.tsv" "cannot read $T/fipsdata/fips.tsv" "$BRINK" export --db "$DB" --format gdelt --data "$T/fipsdata"
"$BRINK" export --db "$DB" --format plover --data "$T/fipsdata" > /dev/null && ok || bad "plover needs no fips.tsv"

before=$(nevents "$DB")
# ---- bad input to every command ----
for cmd in query export recode; do
  extra=""; [ $cmd = export ] && extra="--format csv"
  expect_fail "$cmd missing db" "no such database" "$BRINK" $cmd --db "$T/missing.db" $extra
  printf 'just some text, not a database at all, longer than a header\n' > "$T/text.db"
  expect_fail "$cmd non-SQLite" "not an SQLite database" "$BRINK" $cmd --db "$T/text.db" $extra
  expect_fail "$cmd no --db" "db FILE is required" "$BRINK" $cmd $extra
done
expect_fail "ingest non-SQLite" "not an SQLite database" "$BRINK" ingest --db "$T/text.db" "$STORY"
# a device as the database was blamed on a full disk
expect_fail "ingest --db /dev/null" "/dev/null: is not a regular file, so it cannot hold a database" "$BRINK" ingest --db /dev/null "$STORY"
expect_fail "query --db /dev/null" "/dev/null: is not a regular file, so it cannot hold a database" "$BRINK" query --db /dev/null
"$BRINK" ingest --db "$DB" "$T/no-such-story.jsonl" 2>"$T/err"; rc=$?
[ $rc = 2 ] && grep -q "no-such-story.jsonl: No such file" "$T/err" && ok || bad "ingest missing story file: rc=$rc $(cat "$T/err")"
# a database from the future
cp "$DB" "$T/future.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update meta set value=\"99\" where key=\"schema_version\""); c.commit()' "$T/future.db"
for cmd in ingest recode query export; do
  extra=""; [ $cmd = export ] && extra="--format csv"; [ $cmd = ingest ] && extra=$STORY
  expect_fail "$cmd future schema" "database schema v99 is newer than this brink (v8); upgrade brink" "$BRINK" $cmd --db "$T/future.db" $extra
done
# a read-only folder (as a user who cannot write it: root writes anywhere)
mkdir "$T/ro"; cp "$DB" "$T/ro/events.db"; chmod 555 "$T/ro"; chmod 444 "$T/ro/events.db"
AS=""
if [ "$(id -u)" = 0 ]; then
  if command -v runuser >/dev/null 2>&1 && runuser -u nobody -- true 2>/dev/null; then
    AS="runuser -u nobody --"; chmod 755 "$T"; chmod -R o+rX "$T"
  else AS=skip; fi
fi
if [ "$AS" = skip ]; then echo "store: read-only folder cases skipped (root, and no runuser)"
else
  expect_fail "ingest read-only folder (new db)" "not writable" $AS "$BRINK" ingest --db "$T/ro/new.db" "$STORY"
  expect_fail "ingest read-only db" "read-only" $AS "$BRINK" ingest --db "$T/ro/events.db" "$STORY"
  expect_fail "recode read-only db" "read-only" $AS "$BRINK" recode --db "$T/ro/events.db"
  n=$($AS "$BRINK" query --db "$T/ro/events.db" --format jsonl | wc -l)
  [ "$n" = "$before" ] && ok || bad "query in a read-only folder: $n events, want $before"
  expect_fail "export into a read-only folder" "cannot write" $AS "$BRINK" export --db "$T/ro/events.db" --format csv -o "$T/ro/out.csv"
fi
# a full disk: the file size limit stops ingest part way; what was committed stays
if [ -f "$SHARED/corpora/reuters21578.jsonl" ]; then head -3000 "$SHARED/corpora/reuters21578.jsonl" > "$T/many.jsonl"
else python3 -c '
import json
for i in range(3000): print(json.dumps({"id": "s%d" % i, "date": "2021-04-13", "text": "Biden spoke with Putin about story %d. " % i * 20}))' > "$T/many.jsonl"; fi
cp "$DB" "$T/full.db"
( ulimit -f 1500; "$BRINK" ingest --db "$T/full.db" "$T/many.jsonl" ) 2>"$T/err"; rc=$?
[ $rc = 1 ] && grep -q "disk full or file size limit" "$T/err" && grep -q "intact" "$T/err" && ok || bad "full disk: rc=$rc $(cat "$T/err")"
python3 tests/store_check.py "$T/full.db" && ok || bad "store after a full disk"
"$BRINK" query --db "$T/full.db" --format jsonl | grep -c seed-biden > /dev/null || true
n=$("$BRINK" query --db "$T/full.db" --format jsonl | grep -c "\"story_id\":\"$(head -c 200 "$STORY" | sed 's/.*"id": *"\([^"]*\)".*/\1/')\"")
[ "$n" = "$before" ] && ok || bad "full disk lost stored events: $n of $before"
( ulimit -f 1500; "$BRINK" export --db "$T/full.db" --format csv -o "$T/big.csv" ) 2>"$T/err"; rc=$?
if [ $rc = 0 ]; then ok; else grep -q "cannot write" "$T/err" && [ ! -f "$T/big.csv" ] && ok || bad "export on a full disk: $(cat "$T/err")"; fi
# a story id that comes again in the same input, close together or far
# apart (the pipeline reads ahead of its writes): the last version is stored,
# in a fresh store and in one that has the first versions already
python3 -c '
import json
def st(i, v): return json.dumps({"id": "dup%d" % i, "date": "2021-04-13", "text": "Biden spoke with Putin about item %d, version %s of the story, on Tuesday." % (i, v)})
for i in range(1500): print(st(i, "one"))
for i in range(0, 1500, 3): print(st(i, "two"))
for i in range(0, 300, 2): print(st(i, "one"))
for i in range(1200, 1500): print(st(i, "three"))' > "$T/dup.jsonl"
for pass_ in fresh again; do
  "$BRINK" ingest -q --db "$T/dup.db" "$T/dup.jsonl" && ok || bad "ingest with repeated ids ($pass_)"
  python3 - "$T/dup.db" "$T/dup.jsonl" <<'PY' && ok || bad "repeated ids ($pass_): not the last version stored"
import json, sqlite3, sys
last = {}
for line in open(sys.argv[2]):
    d = json.loads(line); last[d["id"]] = d["text"]
got = dict(sqlite3.connect(sys.argv[1]).execute("SELECT sid, text FROM stories"))
wrong = [k for k in last if got.get(k) != last[k]]
if wrong or len(got) != len(last):
    print("store: %d of %d stories not their last version, %d stored" % (len(wrong), len(last), len(got)))
    sys.exit(1)
PY
done
python3 tests/store_check.py "$T/dup.db" && ok || bad "store with repeated ids"

# a message during a run with a progress line (stderr a terminal, through
# script(1)) starts a line of its own: it once ran on after "ETA 0:00"
if command -v script >/dev/null 2>&1; then
  python3 tests/progress_input.py 2021-04-13 "Biden spoke with Putin on Tuesday, story %d." > "$T/prog.jsonl"
  script -qec "$BRINK ingest --db $T/prog.db $T/prog.jsonl" /dev/null > "$T/prog.out" 2>&1
  tr '\r' '\n' < "$T/prog.out" > "$T/prog.lines"
  grep -q 'stories/s' "$T/prog.lines" && grep -q 'prog.jsonl:401: missing "date"' "$T/prog.lines" \
    && ! grep 'missing "date"' "$T/prog.lines" | grep -q 'stories/s' && ok \
    || bad "a message shares the progress line: $(grep 'missing' "$T/prog.lines")"
fi

# ---- robustness (stop 25) ----
# export -o to something that is not a regular file writes into it: renaming
# the temporary file over it replaced a FIFO (or, as root, /dev/full, with
# exit 0) by a regular file
mkfifo "$T/fifo"
cat "$T/fifo" > "$T/fifo.out" & catpid=$!
"$BRINK" export --db "$DB" --format csv -o "$T/fifo" 2>"$T/err"; rc=$?
if [ -p "$T/fifo" ]; then wait $catpid; else kill $catpid 2>/dev/null; wait $catpid 2>/dev/null; fi
[ $rc = 0 ] && [ -p "$T/fifo" ] && [ "$(wc -l < "$T/fifo.out")" -gt 1 ] && ok || bad "export -o FIFO: rc=$rc, still a FIFO: $([ -p "$T/fifo" ] && echo yes || echo no)"
# a story sent again with only its date corrected is re-coded (it was
# counted unchanged and kept its old date)
sed 's/"date": *"[0-9-]*"/"date": "2020-01-02"/' "$STORY" > "$T/redated.jsonl"
cp "$DB" "$T/redate.db"
"$BRINK" ingest --db "$T/redate.db" "$T/redated.jsonl" 2>"$T/err" && grep -q "1 replaced" "$T/err" && ok || bad "re-dated story not replaced: $(cat "$T/err")"
"$BRINK" query --db "$T/redate.db" --format jsonl | grep -q '"date":"2020-01-02"' && ok || bad "re-dated story: events keep the old date"
# ingest codes a story with its dateline, as brink code does (the dateline
# was dropped: 835 of Reuters' 1,717 events were placed by their actor)
printf '%s\n' '{"id": "dl1", "date": "1987-02-26", "dateline": "WASHINGTON, Feb 26", "text": "The United States urged Argentina to cut its budget deficit."}' > "$T/dateline.jsonl"
"$BRINK" code -q "$T/dateline.jsonl" > "$T/dl-code.jsonl"
"$BRINK" ingest -q --db "$T/dateline.db" "$T/dateline.jsonl" && "$BRINK" query --db "$T/dateline.db" --format jsonl > "$T/dl-q.jsonl"
grep -q '"how":"story"' "$T/dl-code.jsonl" && same_events "$T/dl-code.jsonl" "$T/dl-q.jsonl" && ok || bad "ingest ignores the dateline: $(grep -o '"location":{[^}]*}' "$T/dl-q.jsonl")"
# recode codes a stored story with its stored dateline (schema v8): before,
# the store kept no dateline and recode placed those events by their actor
"$BRINK" recode -q --db "$T/dateline.db" && "$BRINK" query --db "$T/dateline.db" --format jsonl > "$T/dl-r.jsonl"
same_events "$T/dl-code.jsonl" "$T/dl-r.jsonl" && ok || bad "recode ignores the dateline: $(grep -o '"location":{[^}]*}' "$T/dl-r.jsonl")"
# a story stored without its dateline (as before v8) is not "unchanged" when
# it comes again with one: it is coded again, and placed by the dateline
sed 's/"dateline": "[^"]*", //' "$T/dateline.jsonl" > "$T/no-dateline.jsonl"
"$BRINK" ingest -q --db "$T/dateline2.db" "$T/no-dateline.jsonl"
"$BRINK" ingest --db "$T/dateline2.db" "$T/dateline.jsonl" 2>"$T/err" && grep -q "1 replaced" "$T/err" && ok || bad "a dateline added later: not replaced: $(cat "$T/err")"
"$BRINK" query --db "$T/dateline2.db" --format jsonl > "$T/dl-2.jsonl"
same_events "$T/dl-code.jsonl" "$T/dl-2.jsonl" && ok || bad "a dateline added later: not used: $(grep -o '"location":{[^}]*}' "$T/dl-2.jsonl")"
# bad values are refused with a message, not taken as "no alerts"
# a mistyped --synthetic-events count fell back to reading stories from standard input
expect_fail "ingest --synthetic-events abc" "synthetic-events wants a number from 1 to 1000000000, not 'abc'" "$BRINK" ingest --db "$T/syn.db" --synthetic-events abc </dev/null
expect_fail "alerts --min-score nan" "min-score wants a number, not 'nan'" "$BRINK" alerts --db "$DB" --min-score nan
expect_fail "report --min-score nan" "min-score wants a number, not 'nan'" "$BRINK" report --db "$DB" --min-score nan -o "$T/r.html"
expect_fail "query --goldstein-min nan" "goldstein-min wants a number, not 'nan'" "$BRINK" query --db "$DB" --goldstein-min nan
expect_fail "alerts --explain past INT64_MAX" "explain wants an alert id" "$BRINK" alerts --db "$DB" --explain 99999999999999999999
# an empty range is named as such, not as a pair without events
"$BRINK" trend --db "$DB" --pair USA,RUS --from 2030-01-01 > /dev/null 2>"$T/err"; grep -q "no events between USA and RUS in $DB from 2030-01-01" "$T/err" && ok || bad "trend, empty range: $(cat "$T/err")"
# an actor code in small letters matched nothing and said only "no events"
"$BRINK" trend --db "$DB" --pair usagov,rus --level actor > /dev/null 2>"$T/err"; grep -q "actor codes are matched exactly, and brink's are in capitals" "$T/err" && ok || bad "trend, small-letter actor codes: $(cat "$T/err")"
# codes in lower case, a third code, a root that is not two digits: they
# matched nothing, silently
expect_fail "query --country usa" "country wants a 3-letter code in capitals" "$BRINK" query --db "$DB" --country usa
expect_fail "query --pair with three codes" "pair wants two codes" "$BRINK" query --db "$DB" --pair USA,RUS,CHN
expect_fail "query --root 1x" "root wants two digits" "$BRINK" query --db "$DB" --root 1x
expect_fail "trend --pair usa,rus" "3-letter codes in capitals" "$BRINK" trend --db "$DB" --pair usa,rus
expect_fail "report --pair usa,rus" "pair wants two country codes" "$BRINK" report --db "$DB" --pair usa,rus -o "$T/r.html"
expect_fail "trend --pair with three codes" "pair wants two codes" "$BRINK" trend --db "$DB" --pair USA,RUS,CHN
expect_fail "trend --plot FILE.pdf" "plot wants FILE.svg or FILE.png, not '$T/p.pdf'" "$BRINK" trend --db "$DB" --pair USA,RUS --plot "$T/p.pdf"
[ ! -e "$T/p.pdf" ] && ok || bad "trend --plot FILE.pdf wrote an SVG under that name"
# --plot FILE.png runs rsvg-convert with FILE as one argument, not through
# a shell (a quote in the name broke the command); a stand-in converter
mkdir "$T/bin"; printf '#!/bin/sh\ncp "$5" "$4"\n' > "$T/bin/rsvg-convert"; chmod +x "$T/bin/rsvg-convert"
PATH="$T/bin:$PATH" "$BRINK" trend --db "$DB" --pair USA,RUS --plot "$T/it's.png" > /dev/null 2>"$T/err" && [ -s "$T/it's.png" ] && ok || bad "trend --plot with a quote in the name: $(cat "$T/err")"
# report -o - is standard output, as for export (it wrote a file named "-")
babs=$(cd "$(dirname "$BRINK")" && pwd)/$(basename "$BRINK")
(cd "$T" && "$babs" report --db "$DB" -o - > "$T/stdout.html" 2>"$T/err") && grep -q '<!DOCTYPE html>' "$T/stdout.html" && [ ! -e "$T/-" ] && ok || bad "report -o - did not write standard output: $(cat "$T/err")"
expect_fail "report into a folder" "cannot write $T: Is a directory" "$BRINK" report --db "$DB" -o "$T"
# a write error on standard output fails the command
if [ -c /dev/full ]; then
  for c in "trend --pair USA,RUS" "trend --rank activity" "alerts"; do
    "$BRINK" $c --db "$DB" > /dev/full 2>"$T/err" && bad "$c > /dev/full: exit 0" || { grep -q "error writing output" "$T/err" && ok || bad "$c > /dev/full: $(cat "$T/err")"; }
  done
fi

# every command has --help
for cmd in ingest recode query export; do
  "$BRINK" $cmd --help | grep -q "usage: brink $cmd" && ok || bad "$cmd --help"
done
after=$(nevents "$DB"); [ "$after" = "$before" ] && ok || bad "the store lost events: $after of $before"

echo "store: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
