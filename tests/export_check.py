#!/usr/bin/env python3
"""export_check.py — read brink's exports back with Python's csv and json
modules and check them against `brink code`'s events for the same story.

usage: export_check.py CODE.jsonl GDELT ICEWS PLOVER CSV
Prints one line per failed check and "export_check: N passed, N failed".
"""
import csv, json, sys

NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UIS", "UNK", "INT"}
def country(code):
    """The country brink derives from an actor code (docs/EXPORTS.md)."""
    return "" if code[:3] in NON_STATE or len(code) < 3 else code[:3]

def main(argv):
    code_path, gdelt, icews, plover, csvp = argv[1:6]
    ev = [json.loads(l) for l in open(code_path, encoding="utf-8")]
    passed = failed = 0
    def check(cond, what):
        nonlocal passed, failed
        if cond: passed += 1
        else:
            failed += 1
            print("export_check: FAILED: " + what)
    key = lambda src, tgt, code: (src, tgt, code)
    want = {key(e["source"], e["target"], e["code"]): e for e in ev}

    # GDELT 2.0: 61 tab-separated columns, no header, one row per folded event
    rows = list(csv.reader(open(gdelt, encoding="utf-8", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    check(len(rows) == len(ev), "gdelt: %d rows for %d events" % (len(rows), len(ev)))
    check(all(len(r) == 61 for r in rows), "gdelt: every row has 61 columns")
    for r in rows:
        e = want.get(key(r[5], r[15], r[26]))
        check(e is not None, "gdelt: row %s is one of brink code's events" % r[0])
        if not e: continue
        check(r[1] == e["date"].replace("-", ""), "gdelt: SQLDATE %s" % r[1])
        check(r[2] == r[1][:6] and r[3] == r[1][:4], "gdelt: MonthYear, Year")
        check(r[27] == e["code"][:3] and r[28] == e["root"], "gdelt: EventBaseCode, EventRootCode")
        check(int(r[29]) == e["quad"], "gdelt: QuadClass")
        check(abs(float(r[30]) - e["goldstein"]) < 0.051, "gdelt: GoldsteinScale")
        check(int(r[31]) == e["mentions"], "gdelt: NumMentions %s for %s" % (r[31], r[26]))
        check(r[32] == "1" and r[33] == "1", "gdelt: NumSources and NumArticles are 1 for one story")
        check(r[6] == e["source_text"], "gdelt: Actor1Name")
        check(all(c == "" for c in r[35:59]), "gdelt: geography columns are empty")
        check(len(r[59]) == 14 and r[59].isdigit(), "gdelt: DATEADDED is YYYYMMDDHHMMSS")

    # ICEWS: 20 tab-separated columns with a header line
    rows = list(csv.reader(open(icews, encoding="utf-8", newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    head = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
            "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
            "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]
    check(rows and rows[0] == head, "icews: the header names the 20 columns")
    check(len(rows) - 1 == len(ev), "icews: %d rows for %d events" % (len(rows) - 1, len(ev)))
    check(all(len(r) == 20 for r in rows), "icews: every row has 20 columns")
    for r, e in zip(rows[1:], ev):
        check(r[1] == e["date"] and r[6] == e["code"], "icews: date and CAMEO code of event %s" % r[0])
        check(r[11] == e["story_id"] and int(r[12]) == e["sentence"] + 1, "icews: story id and sentence number")
        check(r[2] == e["source_text"] and r[8] == e["target_text"], "icews: source and target names")
        check(r[4] == country(e["source"]) and r[10] == country(e["target"]), "icews: countries")
        check(abs(float(r[7]) - e["goldstein"]) < 0.051, "icews: intensity")
        check(r[5] != "", "icews: event text (the CAMEO name)")

    # PLOVER: a JSON array of records
    recs = json.load(open(plover, encoding="utf-8"))
    check(isinstance(recs, list) and len(recs) == len(ev), "plover: %d records for %d events" % (len(recs), len(ev)))
    for p, e in zip(recs, ev):
        check(p["event"] == e["plover"], "plover: event type of %s" % p["id"])
        check(p.get("mode", "") == e["plover_mode"], "plover: mode")
        check(p["date"] == e["date"] and p["text"] == e["evidence"], "plover: date and text")
        src = p["source"][0]
        check(src["actorText"] == e["source_text"], "plover: source actorText")
        check(src["code"] + src.get("sector", "") == e["source"] or src["code"] == e["source"], "plover: source code")
        check(isinstance(p["target"], list) and p["target"][0]["actorText"] == e["target_text"], "plover: target")
        check(p["language"] == "en" and p["cameo"] == e["code"], "plover: language, cameo")

    # CSV: a header, then every stored field
    rows = list(csv.DictReader(open(csvp, encoding="utf-8", newline="")))
    check(len(rows) == len(ev), "csv: %d rows for %d events" % (len(rows), len(ev)))
    for r, e in zip(rows, ev):
        check(len(r) == 25, "csv: 25 columns")
        for f in ("story_id", "date", "source", "source_text", "target", "target_text", "code", "root",
                  "plover", "plover_mode", "evidence"):
            check(r[f] == e[f], "csv: field %s of event %s" % (f, r["event_id"]))
        check(int(r["sentence"]) == e["sentence"] and int(r["mentions"]) == e["mentions"]
              and int(r["quad"]) == e["quad"], "csv: numbers of event %s" % r["event_id"])

    print("export_check: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
