#!/bin/sh
# tests/cli.sh — shell tests of the built brink command.
#
#   sh tests/cli.sh build/brink
#
# Each check runs the CLI on inputs written here into a temporary folder
# (a small dictionary of made-up countries, so the expected events do not
# move when the default dictionaries grow) and looks at the exit status,
# standard output and standard error.  The last line is
# "cli: N passed, N failed"; the exit status is 1 if any check failed.
# The nm check looks at libbrink.a next to the binary.

BRINK=${1:-build/brink}
case $BRINK in */*) ;; *) BRINK=./$BRINK ;; esac
LIB=$(dirname "$BRINK")/libbrink.a

if [ ! -x "$BRINK" ]; then
  echo "cli: $BRINK is not an executable (run make first)" >&2
  echo "cli: 0 passed, 1 failed"
  exit 1
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/brink-cli.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM

NPASS=0
NFAIL=0
pass(){ NPASS=$((NPASS+1)); }
fail(){ NFAIL=$((NFAIL+1)); echo "FAIL: $*" >&2; }

# run CMD...: run it with stdout in $T/out, stderr in $T/err, status in $RC.
run(){ "$@" >"$T/out" 2>"$T/err"; RC=$?; }
# expect_rc N WHAT: the last run exited with N.
expect_rc(){
  if [ "$RC" -eq "$1" ]; then pass; else fail "$2: exit $RC, wanted $1"; sed 's/^/  stderr: /' "$T/err" | head -5 >&2; fi
}
expect_nonzero(){
  if [ "$RC" -ne 0 ]; then pass; else fail "$1: exit 0, wanted non-zero"; fi
}
# expect_in FILE STRING WHAT: FILE ($T/out or $T/err) contains STRING.
expect_in(){
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: no '$2' in $(basename "$1")"; sed 's/^/  | /' "$1" | head -5 >&2; fi
}
expect_not_in(){
  if grep -qF -- "$2" "$1"; then fail "$3: unexpected '$2' in $(basename "$1")"; else pass; fi
}

# ---- Fixtures --------------------------------------------------------------

DICT=$T/small.txt
cat >"$DICT" <<'EOF'
# cli.sh test dictionary: made-up places and people
@actors
Veloria = VLR !state
Tarvonia = TRV !state
Ostrava Pact = IGOOSP !org
Ines Marlowe | Marlowe = VLRLEG ..2010-06-30 ; VLRGOV 2010-07-01..2014-06-30 ; VLRELI !person
@verbs
0256 urge + to {stand down|withdraw}
111  criticize +
042  visit +
EOF

# The same with a malformed line 5 (no '=') and line 6 (bad date, column 15).
BROKEN=$T/broken.txt
cat >"$BROKEN" <<'EOF'
@actors
Veloria = VLR !state
Tarvonia = TRV !state
Ostrava Pact = IGOOSP !org
Kessmark KSM !state
Lunaria = LUN 2019-02-30..
@verbs
0256 urge + to {stand down|withdraw}
111  criticize +
EOF

GOOD=$T/good.jsonl
cat >"$GOOD" <<'EOF'
{"id":"g1","date":"2022-03-04","text":"Veloria urged Tarvonia to stand down."}
{"id":"g2","date":"2012-05-06","text":"Ines Marlowe visited Tarvonia. Tarvonia criticized the Ostrava Pact."}
EOF

# Two good stories around three bad records (lines 2, 3 and 4).
MIXED=$T/mixed.jsonl
{
  printf '%s\n' '{"id":"g1","date":"2022-03-04","text":"Veloria urged Tarvonia to stand down."}'
  printf '%s\n' '{"id":"b1","date":"2022-03-04","text":"Veloria urged Tarvonia'
  printf '%s\n' '{"id":"b2","text":"Tarvonia criticized Veloria."}'
  printf '{"id":"b3","date":"2022-03-04","text":"Caf\303 au lait \377 in Veloria."}\n'
  printf '%s\n' '{"id":"g2","date":"2012-05-06","text":"Ines Marlowe visited Tarvonia."}'
} >"$MIXED"

# ---- Help and usage errors -------------------------------------------------

run "$BRINK" --help
expect_rc 0 "brink --help"
expect_in "$T/out" "usage: brink" "brink --help"
for c in code dict tag split; do
  run "$BRINK" $c --help
  expect_rc 0 "brink $c --help"
  expect_in "$T/out" "usage: brink $c" "brink $c --help"
done
run "$BRINK" code -h
expect_rc 0 "brink code -h"

run "$BRINK" --version
expect_rc 0 "brink --version"
expect_in "$T/out" "brink " "brink --version"

run "$BRINK"
expect_nonzero "brink with no command"
expect_in "$T/err" "usage: brink" "brink with no command"

run "$BRINK" frobnicate
expect_nonzero "unknown command"
expect_in "$T/err" "unknown command 'frobnicate'" "unknown command"

run "$BRINK" code --frobnicate "$GOOD"
expect_nonzero "brink code --frobnicate"
expect_in "$T/err" "unknown option '--frobnicate'" "brink code --frobnicate"
expect_not_in "$T/out" '"story_id"' "brink code --frobnicate codes nothing"

run "$BRINK" dict check --frobnicate
expect_nonzero "brink dict check --frobnicate"
expect_in "$T/err" "unknown option '--frobnicate'" "brink dict check --frobnicate"

run "$BRINK" dict frobnicate
expect_nonzero "brink dict frobnicate"
expect_in "$T/err" "unknown subcommand 'frobnicate'" "brink dict frobnicate"

run "$BRINK" code -o xml "$GOOD"
expect_nonzero "brink code -o xml"
expect_in "$T/err" "xml" "brink code -o xml"

run "$BRINK" code -j 0 "$GOOD"
expect_nonzero "brink code -j 0"

run "$BRINK" code --date 2022-02-30 --text "$GOOD"
expect_nonzero "brink code --date 2022-02-30"
expect_in "$T/err" "2022-02-30" "brink code --date 2022-02-30"

# ---- Coding ----------------------------------------------------------------

run "$BRINK" code --dict "$DICT" "$GOOD"
expect_rc 0 "code good.jsonl"
expect_in "$T/out" '"story_id":"g1","sentence":0,"date":"2022-03-04","source":"VLR"' "code good.jsonl: g1"
expect_in "$T/out" '"story_id":"g2","sentence":0,"date":"2012-05-06","source":"VLRGOV"' "code good.jsonl: g2 dated actor"
expect_in "$T/out" '"target":"IGOOSP"' "code good.jsonl: g2 second sentence"
expect_in "$T/err" "2 stories" "code good.jsonl summary"
if [ "$(wc -l <"$T/out")" -eq 3 ]; then pass; else fail "code good.jsonl: $(wc -l <"$T/out") events, wanted 3"; fi
cp "$T/out" "$T/good.out"

# An unattributed attack told twice in a story is one event with 2 mentions
# (brink's own dictionaries: IRQUAF from the place named).
printf '%s\n' '{"id":"u1","date":"2005-01-01","text":"A roadside bombing near Samarra killed one U.S. soldier. Another roadside bombing near Samarra killed one U.S. soldier."}' >"$T/uaf.jsonl"
run "$BRINK" code "$T/uaf.jsonl"
expect_rc 0 "code uaf.jsonl"
expect_in "$T/out" '"source":"IRQUAF"' "unattributed attack: UAF of the place"
expect_in "$T/out" '"mentions":2' "unattributed attack told twice: one event"
if [ "$(wc -l <"$T/out")" -eq 1 ]; then pass; else fail "code uaf.jsonl: $(wc -l <"$T/out") events, wanted 1"; fi

# Bad records are reported with FILE:LINE, skipped and counted; exit 2.
run "$BRINK" code --dict "$DICT" "$MIXED"
expect_rc 2 "code mixed.jsonl"
expect_in "$T/err" "$MIXED:2: malformed JSON" "mixed.jsonl line 2"
expect_in "$T/err" "$MIXED:3: missing \"date\"" "mixed.jsonl line 3"
expect_in "$T/err" "$MIXED:4: invalid UTF-8" "mixed.jsonl line 4"
expect_in "$T/err" "3 records skipped" "mixed.jsonl summary"
expect_in "$T/err" "2 stories" "mixed.jsonl summary"
expect_in "$T/out" '"story_id":"g1"' "mixed.jsonl codes g1"
expect_in "$T/out" '"story_id":"g2"' "mixed.jsonl codes g2"
expect_not_in "$T/out" '"story_id":"b' "mixed.jsonl codes no bad record"
expect_not_in "$T/err" "$MIXED:1:" "mixed.jsonl line 1 is fine"
expect_not_in "$T/err" "$MIXED:5:" "mixed.jsonl line 5 is fine"

# A text file without --date is named, skipped and makes the exit status
# non-zero, and the files after it are still coded (until stop 24 the run
# stopped after the next file: uaf.jsonl was never read).
printf 'Veloria urged Tarvonia to stand down.\n' >"$T/nodate.txt"
run "$BRINK" code --dict "$DICT" "$T/nodate.txt" "$GOOD" "$T/uaf.jsonl"
expect_nonzero "code nodate.txt good.jsonl uaf.jsonl"
expect_in "$T/err" "nodate.txt: text input needs --date" "text input without --date is named"
expect_in "$T/err" "3 stories" "files after a text input without --date are all read"
expect_in "$T/out" '"story_id":"g1"' "the file after it is coded"

# -q drops the summary but not the errors
run "$BRINK" code -q --dict "$DICT" "$MIXED"
expect_rc 2 "code -q mixed.jsonl"
expect_not_in "$T/err" "records skipped" "code -q: no summary"
expect_in "$T/err" "$MIXED:2:" "code -q: errors still shown"

# A missing input file is a clear error; the other files are still read.
run "$BRINK" code --dict "$DICT" "$T/no-such-file.jsonl" "$GOOD"
expect_nonzero "missing input file"
expect_in "$T/err" "$T/no-such-file.jsonl: No such file or directory" "missing input file message"
expect_in "$T/out" '"story_id":"g2"' "missing input file: next file still coded"

# Text input needs a date.
printf 'Veloria urged Tarvonia to stand down.\n\nTarvonia criticized Veloria.\n' >"$T/story.txt"
run "$BRINK" code --dict "$DICT" --text "$T/story.txt"
expect_rc 1 "--text without --date"
expect_in "$T/err" "needs --date" "--text without --date message"
expect_not_in "$T/out" '"story_id"' "--text without --date codes nothing"
run "$BRINK" code --dict "$DICT" "$T/story.txt"
expect_rc 1 ".txt file without --date"
run "$BRINK" code --dict "$DICT" --text --date 2022-03-04 "$T/story.txt"
expect_rc 0 "--text --date"
expect_in "$T/out" "\"story_id\":\"$T/story.txt\"" "--text: id is the file name"
expect_in "$T/out" '"source":"TRV","source_text":"Tarvonia","target":"VLR"' "--text: second paragraph coded"

# TSV: the header, then 21 tab-separated columns on every line.
run "$BRINK" code --dict "$DICT" -o tsv "$GOOD"
expect_rc 0 "-o tsv"
if [ "$(head -n 1 "$T/out")" = "$(printf 'story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\tplover_mode\tmentions\tsource_text\ttarget_text\tevidence\tlocation_name\tcountry\tadm1\tlat\tlon\tquantities')" ]; then
  pass
else
  fail "-o tsv: header is '$(head -n 1 "$T/out")'"
fi
if [ "$(wc -l <"$T/out")" -eq 4 ]; then pass; else fail "-o tsv: $(wc -l <"$T/out") lines, wanted 4"; fi
if awk -F '\t' 'NF!=21 { print "line " NR ": " NF " columns"; bad=1 } END { exit bad }' "$T/out" >&2; then
  pass
else
  fail "-o tsv: not 21 columns on every line"
fi
if awk -F '\t' 'NR>1 && $1=="g1" && $4=="VLR" && $5=="TRV" && $6=="0256" { found=1 } END { exit !found }' "$T/out"; then
  pass
else
  fail "-o tsv: no g1 VLR TRV 0256 row"
fi

# -j1 and -j2 give the same output, in input order, across several batches.
awk 'BEGIN {
  split("Veloria urged Tarvonia to stand down.|Tarvonia criticized the Ostrava Pact.|Ines Marlowe visited Tarvonia.|The harbour was quiet.|Veloria criticized Tarvonia. Marlowe visited the Ostrava Pact.", t, "|");
  split("2009-01-01 2011-07-15 2016-02-29 2021-12-31", d, " ");
  for (i = 1; i <= 700; i++)
    printf "{\"id\":\"m%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", i, d[i % 4 + 1], t[i % 5 + 1];
}' >"$T/many.jsonl"
run "$BRINK" code --dict "$DICT" -j1 "$T/many.jsonl"
expect_rc 0 "-j1"
cp "$T/out" "$T/j1.out"
run "$BRINK" code --dict "$DICT" -j2 "$T/many.jsonl"
expect_rc 0 "-j2"
if cmp -s "$T/j1.out" "$T/out"; then pass; else fail "-j1 and -j2 output differ"; fi
if [ "$(wc -l <"$T/j1.out")" -ge 700 ]; then pass; else fail "-j1: only $(wc -l <"$T/j1.out") events"; fi
if [ "$(head -n 1 "$T/j1.out" | cut -c1-17)" = '{"story_id":"m1",' ] && tail -n 1 "$T/j1.out" | grep -q '"story_id":"m700"'; then
  pass
else
  fail "-j1: events not in input order"
fi
run "$BRINK" code --dict "$DICT" -j 2 -o tsv "$T/many.jsonl"
cp "$T/out" "$T/j2.tsv"
run "$BRINK" code --dict "$DICT" --jobs=1 -o tsv "$T/many.jsonl"
if cmp -s "$T/j2.tsv" "$T/out"; then pass; else fail "-j 2 and --jobs=1 TSV output differ"; fi

# Standard input, with no file or with '-'.
run "$BRINK" code --dict "$DICT" <"$GOOD"
expect_rc 0 "stdin"
if cmp -s "$T/good.out" "$T/out"; then pass; else fail "stdin output differs from file output"; fi
run "$BRINK" code --dict "$DICT" - <"$GOOD"
expect_rc 0 "stdin as -"
if cmp -s "$T/good.out" "$T/out"; then pass; else fail "'-' output differs from file output"; fi
printf '%s\n' '{"id":"s1","text":"Veloria urged Tarvonia to stand down."}' >"$T/nodate.jsonl"
run "$BRINK" code --dict "$DICT" --date 2022-03-04 - <"$T/nodate.jsonl"
expect_rc 0 "stdin with default --date"
expect_in "$T/out" '"story_id":"s1","sentence":0,"date":"2022-03-04"' "stdin with default --date"
printf 'Veloria urged Tarvonia to stand down.\n' | { "$BRINK" code --dict "$DICT" --sentences --date 2022-03-04 >"$T/out" 2>"$T/err"; }
RC=$?
expect_rc 0 "stdin --sentences"
expect_in "$T/out" '"code":"0256"' "stdin --sentences"

# The default data codes a plain sentence too.
printf '%s\n' '{"id":"d1","date":"2022-02-10","text":"Russia urged Ukraine to de-escalate."}' >"$T/default.jsonl"
run "$BRINK" code "$T/default.jsonl"
expect_rc 0 "default dictionaries"
expect_in "$T/out" '"source":"RUS"' "default dictionaries code RUS"

# ---- Dictionaries ----------------------------------------------------------

run "$BRINK" dict check
expect_rc 0 "dict check on the default dictionaries"
expect_in "$T/out" "ok" "dict check on the default dictionaries"

run "$BRINK" dict stats --dict "$DICT"
expect_rc 0 "dict stats"
expect_in "$T/out" "actor phrases	5" "dict stats: actor phrases"
expect_in "$T/out" "verb patterns	3" "dict stats: verb patterns"

run "$BRINK" dict check --dict "$BROKEN"
expect_rc 1 "dict check on a broken dictionary"
expect_in "$T/err" "$BROKEN:5:1: " "dict check: file:line:col of line 5"
expect_in "$T/err" "$BROKEN:6:15: " "dict check: file:line:col of line 6"
expect_in "$T/err" "problems" "dict check: problem count"

# Coding with the broken dictionary reports its bad lines and uses the rest.
run "$BRINK" code --dict "$BROKEN" "$GOOD"
expect_rc 0 "code --dict broken"
expect_in "$T/err" "$BROKEN:5:1: " "code --dict broken: line 5 reported"
expect_in "$T/err" "$BROKEN:6:15: " "code --dict broken: line 6 reported"
expect_in "$T/out" '"story_id":"g1","sentence":0,"date":"2022-03-04","source":"VLR","source_text":"Veloria","target":"TRV"' "code --dict broken: g1 coded"
expect_in "$T/out" '"source":"TRV","source_text":"Tarvonia","target":"IGOOSP"' "code --dict broken: g2 coded"

run "$BRINK" code --dict "$T/no-such-dict.txt" "$GOOD"
expect_rc 1 "code --dict missing file"
expect_in "$T/err" "no-such-dict.txt" "code --dict missing file message"

run "$BRINK" code --data "$T/no-such-data" "$GOOD"
expect_rc 1 "code --data missing folder"
expect_in "$T/err" "$T/no-such-data" "code --data missing folder message"

# A dictionary line that is not UTF-8 is named and skipped; a byte-order
# mark does not hide the first section (stop 25: both were taken silently,
# the BOM made every line of @actors "before any @section line").
printf '\357\273\277@actors\nVeloria = VLR !state\nTarvonia = TRV !state\nCaf\303 \377 = BAD\n@verbs\n0256 urge + to stand down\n' >"$T/enc.txt"
run "$BRINK" dict check --dict "$T/enc.txt"
expect_rc 1 "dict check: invalid UTF-8 line"
expect_in "$T/err" "$T/enc.txt:4:4: invalid UTF-8; line skipped" "dict check: invalid UTF-8 named"
expect_not_in "$T/err" "before any @section" "dict check: BOM dropped"
run "$BRINK" code --dict "$T/enc.txt" "$GOOD"
expect_in "$T/out" '"story_id":"g1","sentence":0,"date":"2022-03-04","source":"VLR"' "code with a BOM dictionary"

# A dictionary line of a million words is refused without tokenising it
# all (it took 140 MB, 450 MB for 3 million): run it in 150 MB of address
# space (not under AddressSanitizer, which reserves terabytes).
if ! nm "$LIB" 2>/dev/null | grep -q __asan_init; then
  awk 'BEGIN { print "@actors"; for (i = 0; i < 1000000; i++) printf "Huge "; print "= HUG"; print "Veloria = VLR" }' >"$T/huge.txt"
  ( ulimit -v 150000; "$BRINK" dict check --dict "$T/huge.txt" ) >"$T/out" 2>"$T/err"
  expect_in "$T/err" "$T/huge.txt:2:1: phrase too long" "dict: a million-word phrase"
fi

# A peer file with a Latin-1 byte (TABARI's verbs hold "WERE\xC2") is read
# as TABARI read it, with the byte named (stop 26: taken silently).
printf 'ATTACK  [190]\nSNUB\351  [114]\n' >"$T/latin1.verbs"
run "$BRINK" code --dict "$DICT" --dict "$T/latin1.verbs" "$GOOD"
expect_in "$T/err" "$T/latin1.verbs:2: byte 0xE9 is not UTF-8" "peer dictionary: a Latin-1 byte named"
expect_in "$T/out" '"story_id":"g1","sentence":0,"date":"2022-03-04","source":"VLR"' "peer dictionary with a Latin-1 byte: the rest codes"

# A paired code ("042:043": the source does the first, the target the
# second) is two CAMEO codes, not an unknown one; each half is checked
# (stop 26: dict check reported 1,547 of TABARI's paired codes as not in
# the CAMEO table), and a code really missing is named, and warned about
# when coding, since its events have no quad class or weight.
cat >"$T/paired.txt" <<'EOF'
@actors
Veloria = VLR !state
Tarvonia = TRV !state
@verbs
042:043 meet with +
O254 snub +
175:14O clash with +
111  criticize +
EOF
run "$BRINK" dict check --dict "$T/paired.txt"
expect_rc 1 "dict check: codes not in the CAMEO table"
expect_not_in "$T/err" "042:043" "dict check: a paired code of known halves is no problem"
expect_in "$T/err" "$T/paired.txt:6: code O254 is not in the CAMEO table" "dict check: unknown code named"
expect_in "$T/err" "$T/paired.txt:7: code 175:14O: 14O is not in the CAMEO table" "dict check: unknown half named"
expect_in "$T/err" "brink dict check: 2 problems" "dict check: two problems"
printf '%s\n' '{"id":"p1","date":"2022-03-04","text":"Veloria met with Tarvonia."}' >"$T/paired.jsonl"
run "$BRINK" code --dict "$T/paired.txt" "$T/paired.jsonl"
expect_rc 0 "code with unknown codes"
expect_in "$T/err" "warning: 2 verb patterns have a code not in the CAMEO table" "code: unknown codes warned"
expect_in "$T/out" '"source":"VLR","source_text":"Veloria","target":"TRV","target_text":"Tarvonia","code":"042"' "paired code: first half"
expect_in "$T/out" '"source":"TRV","source_text":"Tarvonia","target":"VLR","target_text":"Veloria","code":"043"' "paired code: second half"
run "$BRINK" dict stats --dict "$T/paired.txt"
expect_in "$T/out" "codes not in CAMEO	2" "dict stats: codes not in CAMEO"

# A long run shows a progress line when stderr is a terminal (script(1))
# and the events go to a file; a message in between starts a line of its
# own, and the events are those of a run without one (stop 26: brink code
# had no progress line).
if command -v script >/dev/null 2>&1; then
  python3 tests/progress_input.py 2022-03-04 "Veloria urged Tarvonia to stand down, story %d." > "$T/prog.jsonl"
  script -qec "$BRINK code -j1 --dict $DICT $T/prog.jsonl > $T/prog.events" /dev/null > "$T/prog.out" 2>&1
  tr '\r' '\n' < "$T/prog.out" > "$T/prog.lines"
  expect_in "$T/prog.lines" "stories/s" "code: a progress line on a terminal"
  expect_in "$T/prog.lines" "prog.jsonl:401: missing \"date\"" "code: the message under a progress line"
  grep 'missing "date"' "$T/prog.lines" > "$T/prog.msg"
  expect_not_in "$T/prog.msg" "stories/s" "code: a message never shares the progress line"
  "$BRINK" code -j1 --dict "$DICT" "$T/prog.jsonl" > "$T/prog.plain" 2>/dev/null
  if cmp -s "$T/prog.events" "$T/prog.plain"; then pass; else fail "code: events differ with a progress line"; fi
  script -qec "$BRINK code -q -j1 --dict $DICT $T/prog.jsonl > $T/prog.events" /dev/null > "$T/prog.out" 2>&1
  expect_not_in "$T/prog.out" "stories/s" "code -q: no progress line"
fi

# An empty dictionary (or one without verbs) is said to code nothing.
: >"$T/empty-dict.txt"
run "$BRINK" code --dict "$T/empty-dict.txt" "$GOOD"
expect_in "$T/err" "no verb patterns; no event can be coded" "code with an empty dictionary warns"

# dict compile never renames its output over a FIFO or device (as root,
# -o /dev/full made /dev/full a regular file and exited 0).
mkfifo "$T/cache.fifo"
run "$BRINK" dict compile --dict "$DICT" -o "$T/cache.fifo"
expect_rc 1 "dict compile -o FIFO"
expect_in "$T/err" "cache.fifo: cannot write: not a regular file" "dict compile -o FIFO"
if [ -p "$T/cache.fifo" ]; then pass; else fail "dict compile -o FIFO replaced the FIFO"; fi

# ---- Robustness (stop 25) ----------------------------------------------------

# A NUL byte in a JSON line is named as such (jansson blamed "end of file"),
# and a folder given as input says why it cannot be read.
printf '{"id":"n1","date":"2022-03-04",\000"text":"x"}\n' >"$T/nul.jsonl"
mkdir "$T/folder.jsonl"
run "$BRINK" code --dict "$DICT" "$T/nul.jsonl" "$T/folder.jsonl" "$GOOD"
expect_rc 2 "NUL byte and a folder"
expect_in "$T/err" "$T/nul.jsonl:1: NUL byte at byte offset 31" "NUL byte named"
expect_in "$T/err" "$T/folder.jsonl:1: read error: Is a directory" "folder: read error says why"
expect_in "$T/out" '"story_id":"g2"' "NUL byte and a folder: next file still coded"

# A sentence over 8 KiB is named with its file, line and story, not only counted.
awk 'BEGIN { printf "{\"id\":\"long\",\"date\":\"2022-03-04\",\"text\":\""; for (i = 0; i < 2000; i++) printf "Veloria urged "; print "Tarvonia. Veloria urged Tarvonia to stand down.\"}" }' >"$T/long.jsonl"
run "$BRINK" code --dict "$DICT" "$T/long.jsonl"
expect_rc 0 "over-long sentence"
expect_in "$T/err" "$T/long.jsonl:1: story long: sentence 0 is 28009 bytes, over the 8 KiB limit; not coded" "over-long sentence named"
expect_in "$T/out" '"story_id":"long","sentence":1' "over-long sentence: the rest is coded"

# An option without its value stops the command (--data went on with the
# default data and exit 0; --plot printed the table, then failed).
run "$BRINK" code --dict "$DICT" "$GOOD" --data
expect_rc 1 "--data without a value"
expect_in "$T/err" "option --data needs a value" "--data without a value"
expect_not_in "$T/out" '"story_id"' "--data without a value codes nothing"

# brink help COMMAND is that command's help.
run "$BRINK" help code
expect_rc 0 "brink help code"
expect_in "$T/out" "usage: brink code" "brink help code"

# A write error on standard output is reported and fails the command.
if [ -c /dev/full ]; then
  for c in "dict stats" "split A. B." "--help" "code --help"; do
    "$BRINK" $c >/dev/full 2>"$T/err"; RC=$?
    expect_rc 1 "brink $c >/dev/full"
    expect_in "$T/err" "error writing output" "brink $c >/dev/full"
  done
fi

# ---- split and tag ---------------------------------------------------------

run "$BRINK" split "Gen. Okafor reached the U.S. embassy at 9 a.m. on Friday. Nobody met him."
expect_rc 0 "split"
if [ "$(wc -l <"$T/out")" -eq 2 ] && [ "$(head -n 1 "$T/out")" = "Gen. Okafor reached the U.S. embassy at 9 a.m. on Friday." ]; then
  pass
else
  fail "split: got '$(cat "$T/out")'"
fi
printf 'Harbour reopens\n\nShips wait.' | { "$BRINK" split >"$T/out" 2>"$T/err"; }
if [ "$(cat "$T/out")" = "$(printf 'Harbour reopens\nShips wait.')" ]; then pass; else fail "split stdin: got '$(cat "$T/out")'"; fi
printf 'caf\303 \377\n' | { "$BRINK" split >"$T/out" 2>"$T/err"; }
RC=$?
expect_nonzero "split on invalid UTF-8"
expect_in "$T/err" "not valid UTF-8" "split on invalid UTF-8"

# Input past split's 16 MiB is said, and fails the command (it was cut silently).
awk 'BEGIN { for (i = 0; i < 17 * 1024; i++) { for (k = 0; k < 1023; k++) printf "a"; print "" } }' >"$T/17mb.txt"
"$BRINK" split <"$T/17mb.txt" >/dev/null 2>"$T/err"; RC=$?
expect_rc 1 "split: 17 MiB of input"
expect_in "$T/err" "standard input is over 16 MiB" "split: 17 MiB of input"

run "$BRINK" tag "Velorian troops crossed the river."
expect_rc 0 "tag"
if grep -q "^troops	troop	NNS	" "$T/out"; then pass; else fail "tag: no 'troops troop NNS' line"; fi
if [ "$(grep -c . "$T/out")" -eq 6 ]; then pass; else fail "tag: $(grep -c . "$T/out") token lines, wanted 6"; fi

# ---- Exported symbols --------------------------------------------------------

if [ -f "$LIB" ]; then
  nm -g --defined-only "$LIB" >"$T/nm" 2>"$T/nm.err"
  if [ $? -ne 0 ]; then
    fail "nm $LIB: $(head -n 1 "$T/nm.err")"
  else
    awk 'NF==3 { print $3 }' "$T/nm" | sort -u >"$T/syms"
    if [ -s "$T/syms" ] && grep -q '^brink_code_story$' "$T/syms"; then pass; else fail "nm: no symbols read from $LIB"; fi
    # (a sanitizer build adds its own __odr_asan.* / __asan_* markers)
    grep -v -e '^brink' -e '^__odr_asan[._]' -e '^__asan_' -e '^__ubsan_' "$T/syms" >"$T/stray"
    if [ -s "$T/stray" ]; then
      fail "global symbols in $LIB that do not start with 'brink': $(tr '\n' ' ' <"$T/stray")"
    else
      pass
    fi
  fi
else
  fail "no $LIB next to $BRINK"
fi

echo "cli: $NPASS passed, $NFAIL failed"
[ "$NFAIL" -eq 0 ]
