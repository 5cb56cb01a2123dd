#!/usr/bin/env python3
"""export_check.py — read brink's exports back with Python's csv and json
modules and check them against `brink code`'s events for the same story.

usage: export_check.py CODE.jsonl GDELT ICEWS PLOVER CSV
Prints one line per failed check and "export_check: N passed, N failed".

Locations are checked field by field against brink code's "location";
country and subdivision names against Debian's iso-codes (read here
directly, not through brink) or the name brink code gives a country.
Country codes of other systems are read here independently too: PLOVER's
ISO alpha-2 from iso-codes, GDELT's FIPS 10-4 from the fips.tsv the export
used ($FIPS, default data/fips.tsv next to this script), whose classic
traps (UKR->UP, CHE->SZ, CHN->CH, DEU->GM, GBR->UK...) are checked as fixed
pairs.
"""
import csv, json, os, sys

ISO = os.environ.get("ISODIR", "/usr/share/iso-codes/json")
def iso_names():
    """alpha-3 -> names, ISO 3166-2 code -> names, from iso-codes (empty if absent)."""
    c, s = {}, {}
    try:
        for r in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
            c[r["alpha_3"]] = {r[k] for k in ("name", "common_name", "official_name") if k in r}
        for r in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
            s[r["code"]] = {r["name"]}
    except OSError:
        pass
    return c, s

def iso_codes():
    """alpha-3 -> alpha-2, and the set of ISO 3166-2 codes, from iso-codes."""
    a2, subs = {}, set()
    try:
        for r in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
            a2[r["alpha_3"]] = r["alpha_2"]
        for r in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
            subs.add(r["code"])
    except OSError:
        pass
    return a2, subs

FIPS = os.environ.get("FIPS") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "fips.tsv")
def fips_table():
    """key (alpha-3 or ISO 3166-2) -> FIPS 10-4, as docs/EXPORTS.md describes fips.tsv."""
    t = {}
    for line in open(FIPS, encoding="utf-8"):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"): continue
        k, v = line.split("\t")
        t.setdefault(k, v)
    return t

def fips_of(t, L):
    """ActionGeo_CountryCode: one code shared by all the location's listed
    subdivisions, else its country's, else empty."""
    subs = L["adm1"].split(",") if L["adm1"] else []
    codes = {t.get(s) for s in subs}
    if subs and None not in codes and len(codes) == 1: return codes.pop()
    return t.get(L["country"], "")

def coord(z, want):
    """A coordinate written with 4 decimals equals brink code's."""
    try: return abs(float(z) - want) < 0.00006 and len(z.split(".")[1]) == 4
    except (ValueError, IndexError): return False

def qty_text(qs):
    """brink code's TSV form of the quantities."""
    out = []
    for q in qs or []:
        n = lambda x: ("%d" % x) if float(x).is_integer() else repr(float(x))
        t = n(q["min"]) + ("" if q["max"] == q["min"] else "-" + n(q["max"])) + " " + q["unit"]
        if q["qualifier"]: t += " (" + q["qualifier"] + ")"
        out.append(t)
    return "; ".join(out)

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
    cnames, snames = iso_names()
    alpha2, iso2subs = iso_codes()
    fips = fips_table()
    # the FIPS table itself: the classic traps, keys brink can meet, one entity per code
    for a3, f in (("UKR", "UP"), ("CHE", "SZ"), ("CHN", "CH"), ("DEU", "GM"), ("GBR", "UK"), ("RUS", "RS"),
                  ("AUS", "AS"), ("JPN", "JA"), ("KOR", "KS"), ("PRK", "KN"), ("IRQ", "IZ"), ("ISR", "IS"),
                  ("USA", "US"), ("AUT", "AU"), ("SRB", "RI"), ("SWZ", "WZ")):
        check(fips.get(a3) == f, "fips.tsv: %s is %s, not %r" % (a3, f, fips.get(a3)))
    check(fips.get("PS-GZA") == "GZ" and fips.get("PS-HBN") == "WE", "fips.tsv: Gaza GZ, West Bank WE")
    if alpha2:
        stray = [k for k in fips if k not in alpha2 and k not in iso2subs and k != "XKX"]
        check(not stray, "fips.tsv: keys that are not ISO codes (or XKX): %s" % stray)
        check(len(fips) >= 240, "fips.tsv: %d keys" % len(fips))
    by3 = [v for k, v in fips.items() if len(k) == 3]
    dup = sorted({v for v in by3 if by3.count(v) > 1})
    check(not dup, "fips.tsv: FIPS codes given to two countries: %s" % dup)
    check(all(len(v) == 2 and v.isalpha() and v.isupper() for v in fips.values()), "fips.tsv: codes are two capitals")
    for e in ev:   # the name brink code gives a country is a name of it too
        L = e.get("location")
        if L and L["feature"] == "country": cnames.setdefault(L["country"], set()).add(L["name"])
    located = [e for e in ev if e.get("location")]
    check(len(located) > 0, "brink code located some of the story's events")
    def country_ok(z, L):
        if not L["country"]: return z == ""
        return z in cnames.get(L["country"], set())
    def province_ok(z, L):
        if L["feature"] == "adm1": return z == L["name"]
        if not L["adm1"]: return z == ""
        return z == L["adm1"] or z in snames.get(L["adm1"], set())

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
        check(all(c == "" for c in r[35:51]), "gdelt: actor geography columns are empty")
        L = e.get("location")
        g = r[51:59]   # ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
        if not L:
            check(all(c == "" for c in g), "gdelt: no ActionGeo for an event with no location")
            continue
        us = L["country"] == "USA"
        if L["feature"] == "country": t = "1"
        elif L["feature"] == "city": t = "3" if us else "4"
        elif L["feature"] == "adm1" or (L["adm1"] and "," not in L["adm1"]): t = "2" if us else "5"
        elif L["country"]: t = "1"
        else: t = ""
        check(g[0] == t, "gdelt: ActionGeo_Type %r for a %s in %s (want %r)" % (g[0], L["feature"], L["country"], t))
        parts = g[1].split(", ")
        check(parts[0] == L["name"], "gdelt: ActionGeo_FullName %r starts with %r" % (g[1], L["name"]))
        if L["feature"] != "country" and L["country"]:
            check(parts[-1] in cnames.get(L["country"], set()), "gdelt: ActionGeo_FullName %r ends with the country" % g[1])
        want_fips = fips_of(fips, L)
        check(g[2] == want_fips, "gdelt: ActionGeo_CountryCode %r for %s %s (want FIPS %r)" % (g[2], L["country"], L["adm1"], want_fips))
        check(not L["country"] or L["country"] not in fips or g[2] != "", "gdelt: a country with a FIPS code gets it")
        check(g[3] == L["adm1"] and g[4] == "" and g[7] == "", "gdelt: ActionGeo_ADM1Code is the ISO 3166-2 code")
        check(coord(g[5], L["lat"]) and coord(g[6], L["lon"]), "gdelt: ActionGeo_Lat/Long %s %s" % (g[5], g[6]))
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
        L = e.get("location")
        if not L:
            check(r[14:20] == [""] * 6, "icews: no place for an event with no location")
            continue
        check(r[14] == (L["name"] if L["feature"] == "city" else ""), "icews: City %r" % r[14])
        check(r[15] == "", "icews: District is empty")
        check(province_ok(r[16], L), "icews: Province %r for %s %s" % (r[16], L["name"], L["adm1"]))
        check(country_ok(r[17], L), "icews: Country %r for %s" % (r[17], L["country"]))
        check(coord(r[18], L["lat"]) and coord(r[19], L["lon"]), "icews: Latitude/Longitude %s %s" % (r[18], r[19]))

    # PLOVER: a JSON array of records
    recs = json.load(open(plover, encoding="utf-8"))
    check(isinstance(recs, list) and len(recs) == len(ev), "plover: %d records for %d events" % (len(recs), len(ev)))
    for p, e in zip(recs, ev):
        check(p["event"] == e["plover"], "plover: event type of %s" % p["id"])
        check(p.get("mode", "") == e["plover_mode"], "plover: mode")
        check(p["date"] == e["date"] and p["text"] == e["evidence"], "plover: date and text")
        if e["source"]:
            src = p["source"][0]
            check(src["actorText"] == e["source_text"], "plover: source actorText")
            check(src["code"] + src.get("sector", "") == e["source"] or src["code"] == e["source"], "plover: source code")
        else:   # an unattributed attack (docs/EXPORTS.md)
            check(p["source"] == "", "plover: empty source of an event with no source")
        if e["target"]:
            check(isinstance(p["target"], list) and p["target"][0]["actorText"] == e["target_text"], "plover: target")
        else:   # an event with no target (docs/EXPORTS.md)
            check(p["target"] == "", "plover: empty target of an event with no target")
        check(p["language"] == "en" and p["cameo"] == e["code"], "plover: language, cameo")
        L = e.get("location")
        if not L: check("eventLoc" not in p, "plover: no eventLoc for an event with no location"); continue
        pl = p.get("eventLoc", {})
        check({k: pl.get(k) for k in ("name", "feature", "country", "adm1", "mention", "how")}
              == {k: L[k] for k in ("name", "feature", "country", "adm1", "mention", "how")},
              "plover: eventLoc %r" % pl)
        if alpha2:
            a2 = alpha2.get(L["country"])
            check(pl.get("country code") == a2 if a2 else "country code" not in pl,
                  "plover: eventLoc country code %r for %s (ISO alpha-2 %r)" % (pl.get("country code"), L["country"], a2))
        check(abs(pl.get("lat", 999) - L["lat"]) < 0.00006 and abs(pl.get("lon", 999) - L["lon"]) < 0.00006,
              "plover: eventLoc coordinates")

    # CSV: a header, then every stored field
    rows = list(csv.DictReader(open(csvp, encoding="utf-8", newline="")))
    check(len(rows) == len(ev), "csv: %d rows for %d events" % (len(rows), len(ev)))
    for r, e in zip(rows, ev):
        check(len(r) == 35, "csv: 35 columns")
        for f in ("story_id", "date", "source", "source_text", "target", "target_text", "code", "root",
                  "plover", "plover_mode", "evidence"):
            check(r[f] == e[f], "csv: field %s of event %s" % (f, r["event_id"]))
        check(int(r["sentence"]) == e["sentence"] and int(r["mentions"]) == e["mentions"]
              and int(r["quad"]) == e["quad"], "csv: numbers of event %s" % r["event_id"])
        L = e.get("location")
        if L:
            for f in ("mention", "name", "feature", "country", "adm1", "how"):
                check(r["location_" + f] == L[f], "csv: location_%s of event %s" % (f, r["event_id"]))
            check(coord(r["latitude"], L["lat"]) and coord(r["longitude"], L["lon"]), "csv: latitude, longitude")
        else:
            check(all(r[k] == "" for k in ("location_name", "location_how", "latitude", "longitude")),
                  "csv: no location for event %s" % r["event_id"])
        check(r["issues"] == ",".join(e.get("issues", [])), "csv: issues of event %s" % r["event_id"])
        check(r["quantities"] == qty_text(e.get("quantities")), "csv: quantities %r of event %s" % (r["quantities"], r["event_id"]))

    print("export_check: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
