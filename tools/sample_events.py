#!/usr/bin/env python3
"""tools/sample_events.py - draw a reproducible random sample of coded events.

Reads the JSON Lines that `brink code` writes (one event per line) and prints
N events picked at random with a fixed seed, so that a reviewer can judge them
by hand and anyone can draw the very same sample again.  For each event it
prints the CAMEO code and its name (from data/cameo.tsv), the source and
target codes with the text they were coded from, the location, and the
evidence sentence.

Usage:
    python3 tools/sample_events.py [-n 100] [--seed 20261129] [--located]
        [--cameo data/cameo.tsv] [--corpus STORIES.jsonl] [--format text|tsv]
        EVENTS.jsonl

    --located   sample only events that carry a `location` object
    --corpus    the stories the events were coded from (JSON Lines with "id");
                when given, each event also shows its story's title and
                dateline, which a reviewer needs to judge the location
    --format    text (default, one block per event) or tsv (one line each)

The sample is random.Random(seed).sample() over the eligible events in file
order, then printed in file order; the seed and the number of eligible events
are printed first.  The same input file and seed give the same sample.
"""

import argparse
import json
import os
import random
import sys

DEFAULT_SEED = 20261129


def load_cameo(path):
    """code -> name, from data/cameo.tsv (tab-separated; '#' lines ignored)."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                names[cols[0]] = cols[1]
    return names


def load_stories(path, wanted):
    """id -> (title, dateline) for the story ids in `wanted`."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            sid = d.get("id")
            if sid in wanted:
                out[sid] = (d.get("title", ""), d.get("dateline", ""))
    return out


def fmt_location(loc):
    if not loc:
        return "-"
    parts = [loc.get("name", "") or "?"]
    where = loc.get("country", "") or "-"
    if loc.get("adm1"):
        where += "/" + loc["adm1"]
    parts.append(where)
    parts.append(loc.get("feature", "") or "?")
    parts.append("how=" + (loc.get("how", "") or "?"))
    if loc.get("mention"):
        parts.append('mention="%s"' % loc["mention"])
    return "; ".join(parts)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events", help="JSON Lines from `brink code`")
    ap.add_argument("-n", type=int, default=100, help="sample size (default 100)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED,
                    help="random seed (default %d)" % DEFAULT_SEED)
    ap.add_argument("--located", action="store_true",
                    help="only events that have a location")
    ap.add_argument("--cameo", default=os.path.join(here, "..", "data", "cameo.tsv"),
                    help="CAMEO table (default data/cameo.tsv)")
    ap.add_argument("--corpus", help="the stories, to show title and dateline")
    ap.add_argument("--format", choices=("text", "tsv"), default="text")
    a = ap.parse_args()

    names = load_cameo(a.cameo)
    events = []
    with open(a.events, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                ev = json.loads(line)
            except ValueError as e:
                sys.exit("%s:%d: not JSON: %s" % (a.events, lineno, e))
            if a.located and not ev.get("location"):
                continue
            ev["_line"] = lineno
            events.append(ev)

    n = min(a.n, len(events))
    picked = sorted(random.Random(a.seed).sample(range(len(events)), n))
    sample = [events[i] for i in picked]
    stories = load_stories(a.corpus, {e.get("story_id") for e in sample}) if a.corpus else {}

    print("# sample_events: %s, seed %d, %d of %d %sevents"
          % (a.events, a.seed, n, len(events), "located " if a.located else ""))
    if a.format == "tsv":
        print("\t".join(("no", "line", "story", "sent", "code", "name", "source",
                         "source_text", "target", "target_text", "location",
                         "title", "dateline", "evidence")))
    for k, ev in enumerate(sample, 1):
        code = ev.get("code", "")
        name = names.get(code, "(not in cameo.tsv)")
        title, dateline = stories.get(ev.get("story_id"), ("", ""))
        if a.format == "tsv":
            row = (k, ev["_line"], ev.get("story_id", ""), ev.get("sentence", ""),
                   code, name, ev.get("source", ""), ev.get("source_text", ""),
                   ev.get("target", ""), ev.get("target_text", ""),
                   fmt_location(ev.get("location")), title, dateline,
                   ev.get("evidence", ""))
            print("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in row))
            continue
        print("[%d] %s s%s (line %d)" % (k, ev.get("story_id", ""), ev.get("sentence", ""), ev["_line"]))
        print("    %s %s" % (code, name))
        print("    source %s (\"%s\")  ->  target %s (\"%s\")"
              % (ev.get("source", "") or "-", ev.get("source_text", ""),
                 ev.get("target", "") or "-", ev.get("target_text", "")))
        print("    location %s" % fmt_location(ev.get("location")))
        if a.corpus:
            print("    story %s | %s" % (title, dateline))
        print("    \"%s\"" % ev.get("evidence", ""))
        print()


if __name__ == "__main__":
    main()
