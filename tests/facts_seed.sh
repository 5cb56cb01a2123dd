#!/bin/sh
# tests/facts_seed.sh — the places and quantities of the seed story (issue 7).
# Usage: sh tests/facts_seed.sh BUILD_DIR   (skips, saying so, when ../shared is absent)
#
# Codes ../shared/seed/biden-putin-call.txt through the golden runner's -f
# dump (every place mention and quantity the coder's facts hold) and
# asserts that each place and quantity a reader takes from the story is
# there; then codes the story with `brink code` and checks that the events
# carry locations and that the force-posture quantities reach an event.
set -eu
B=${1:-build}
SHARED=${BRINK_SHARED:-../shared}
TXT=$SHARED/seed/biden-putin-call.txt
STORY=$SHARED/seed/biden-putin-call.jsonl
if [ ! -f "$TXT" ] || [ ! -f "$STORY" ]; then
  echo "facts-seed: skipped: $SHARED/seed not found (the seed checks need ../shared)"
  exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# one golden block: the story's non-blank lines, dated as the story is
{ echo "%date 2021-04-13"; grep -v '^[[:space:]]*$' "$TXT"; } > "$TMP/seed.test"
"$B/tests/golden" -f "$TMP/seed.test" > "$TMP/facts.tsv" || true
"$B/brink" code -q "$STORY" > "$TMP/events.jsonl"
python3 - "$TMP/facts.tsv" "$TMP/events.jsonl" <<'PY'
import json, sys
places, qty = [], []
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    if f[0] == "place":
        places.append(dict(sent=int(f[1]), cue=int(f[2]), name=f[3], cc=f[4], adm1=f[5], mention=f[6]))
    elif f[0] == "quantity":
        qty.append(dict(sent=int(f[1]), min=float(f[2]), max=float(f[3]), qual=f[4], unit=f[5], cat=f[6], text=f[7]))
fail = []
def want_place(name, cc, adm1=None, locative=False):
    ok = [p for p in places if p["name"] == name and p["cc"] == cc and (adm1 is None or p["adm1"] == adm1)
          and (not locative or p["cue"] != 0)]
    if not ok:
        fail.append("place %s %s %s%s" % (name, cc, adm1 or "", " (locative)" if locative else ""))
def want_qty(lo, hi, unit, cat, qual=None):
    ok = [q for q in qty if q["min"] == lo and q["max"] == hi and q["unit"] == unit and q["cat"] == cat
          and (qual is None or q["qual"] == qual)]
    if not ok:
        fail.append("quantity %g-%g %s %s %s" % (lo, hi, unit, cat, qual or ""))
# Places: Ukraine and its border with Russia; Crimea (UA-43, occupied);
# the Donbas region (UA-14 Donetsk, UA-09 Luhansk); the Caspian and Black
# Seas; Brussels; the White House / Washington; Moscow / the Kremlin; Kyiv.
want_place("Ukraine", "UKR", locative=True)
want_place("Ukraine border", "UKR", locative=True)
want_place("Crimea", "UKR", "UA-43", locative=True)
if not any(p["name"] == "Crimea" and "occupied" in p["mention"] for p in places):
    fail.append("Crimea described as occupied")
want_place("Donbas", "UKR", "UA-14,UA-09")
want_place("Caspian Sea", "RUS", locative=True)     # a coastal state for context; events there get no country
want_place("Black Sea", "RUS", locative=True)
want_place("Brussels", "BEL", locative=True)
want_place("White House", "USA", "US-DC")
want_place("Washington", "USA", "US-DC")
want_place("Moscow", "RUS", "RU-MOW")
want_place("Kremlin", "RUS", "RU-MOW")
want_place("Kyiv", "UKR", "UA-30")
# Quantities (force posture)
want_qty(15, 15, "ships", "equipment")
want_qty(3, 3, "gunboats", "equipment")
want_qty(8, 8, "landing craft", "equipment")
want_qty(2, 2, "warships", "equipment")
want_qty(28, 28, "battalion tactical groups", "unit", "at least")
want_qty(20000, 25000, "soldiers", "personnel", "around")
want_qty(150, 150, "miles", "distance")
# no false quantities anywhere in the story
known = {"ships", "vessels", "gunboats", "landing craft", "warships", "battalion tactical groups", "soldiers", "miles"}
for q in qty:
    if q["unit"] not in known:
        fail.append("unexpected quantity %r" % q["text"])
# the coded events: every one located, none with a pin outside the story's countries
ev = [json.loads(l) for l in open(sys.argv[2])]
for e in ev:
    loc = e.get("location")
    if not loc:
        fail.append("event without a location: %s %s %s" % (e["source"], e["target"], e["code"]))
    elif loc["country"] not in ("UKR", "RUS", "USA", "BEL", ""):
        fail.append("event located in %s" % loc["country"])
if not any(q["unit"] == "battalion tactical groups" for e in ev for q in e.get("quantities", [])):
    fail.append("the 28 battalion tactical groups reach no event")
if fail:
    print("facts-seed: FAILED:\n  " + "\n  ".join(fail))
    sys.exit(1)
print("facts-seed: %d place mentions, %d quantities, %d located events" % (len(places), len(qty), len(ev)))
PY
echo "facts-seed: 1 passed, 0 failed"
