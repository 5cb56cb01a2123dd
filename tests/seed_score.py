#!/usr/bin/env python3
"""Score brink's events on a story against a hand-coded gold TSV.

Usage: seed_score.py GOLD.tsv EVENTS.jsonl [--min-recall R] [--min-precision P]

The rule is the one in the gold file's header: a core row is found when some
output event's source and target start with one of the row's actors and its
code starts with one of the row's codes; precision counts distinct (source,
target, code) triples that match any row.  A RUS->UKR event of roots 17-20 is
always a failure (the invasion is feared, not reported).  Exits 1 when the
thresholds are not met, so the test suite can hold them as a floor.
"""
import json, sys

def load_gold(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        rows.append({"id": f[0], "level": f[1], "src": f[2].split("|"),
                     "tgt": f[3].split("|"), "codes": f[4].split("|")})
    return rows

def match(row, s, t, c):
    return (any(s.startswith(x) for x in row["src"]) and
            any(t.startswith(x) for x in row["tgt"]) and
            any(c.startswith(x) for x in row["codes"]))

def main():
    args = sys.argv[1:]
    min_r = min_p = 0.0
    if "--min-recall" in args:
        i = args.index("--min-recall"); min_r = float(args[i+1]); del args[i:i+2]
    if "--min-precision" in args:
        i = args.index("--min-precision"); min_p = float(args[i+1]); del args[i:i+2]
    gold = load_gold(args[0])
    triples = set()
    for line in open(args[1], encoding="utf-8"):
        e = json.loads(line)
        triples.add((e["source"], e["target"], e["code"]))
    core = [r for r in gold if r["level"] == "core"]
    found = [r for r in core if any(match(r, *t) for t in triples)]
    good = [t for t in triples if any(match(r, *t) for r in gold)]
    bad = [t for t in triples if t not in good]
    invasion = [t for t in triples if t[0].startswith("RUS") and t[1].startswith("UKR")
                and t[2][:2] in ("17", "18", "19", "20")]
    recall = len(found) / len(core) if core else 1.0
    precision = len(good) / len(triples) if triples else 0.0
    for r in core:
        print("  %-4s %s" % ("ok" if r in found else "MISS", r["id"]))
    for t in sorted(bad):
        print("  extra %s %s %s" % t)
    for t in invasion:
        print("  FORBIDDEN %s %s %s (a feared invasion coded as real)" % t)
    print("seed: recall %d/%d = %.2f, precision %d/%d = %.2f" %
          (len(found), len(core), recall, len(good), len(triples), precision))
    ok = recall >= min_r and precision >= min_p and not invasion
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
