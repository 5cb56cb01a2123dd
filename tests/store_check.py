#!/usr/bin/env python3
"""store_check.py — check an event store's invariants with Python's own
sqlite3 module (independent of brink's C code).

usage: store_check.py DB [--ref REF.db ...] [--equal REF.db]

Always: PRAGMA integrity_check is ok; every story has exactly the sentence
and event rows its n_evidence (n_sentence before schema v4) / n_event
promise, every event its evidence sentence row; no event or sentence
belongs to a missing story, no quantity to a missing event, no event has
half a location; no story id is stored twice.
--ref: every stored story equals, in text and events (with their locations,
issues and quantities), that story in one of
the reference stores (so none is half-written or mixed).
--equal: the store holds exactly the stories and events of REF.db.
Prints each problem and exits 1 if there is any.
"""
import sqlite3, sys

def story_map(db):
    """sid -> (text, sorted tuple of events) for a whole store."""
    con = sqlite3.connect(db)
    out = {}
    ev = {}
    qty = {}
    for row in con.execute("SELECT event, min, max, qualifier, unit, category, text FROM quantities ORDER BY id"):
        qty.setdefault(row[0], []).append(tuple(row[1:]))
    for row in con.execute("SELECT s.sid, e.sentence_idx, e.date, e.source, e.target, e.code, e.mentions,"
                           " e.source_text, e.target_text, e.loc_name, e.loc_country, e.loc_adm1, e.loc_lat,"
                           " e.loc_lon, e.loc_how, e.issues, e.id FROM events e JOIN stories s ON s.id=e.story"):
        ev.setdefault(row[0], []).append(tuple(row[1:-1]) + (tuple(qty.get(row[-1], [])),))
    for sid, text in con.execute("SELECT sid, text FROM stories"):
        out[sid] = (text, tuple(sorted(ev.get(sid, []))))
    con.close()
    return out

def main(argv):
    db = argv[1]
    refs, equal = [], None
    i = 2
    while i < len(argv):
        if argv[i] == "--ref": refs.append(argv[i+1]); i += 2
        elif argv[i] == "--equal": equal = argv[i+1]; i += 2
        else: sys.exit("store_check: unknown argument " + argv[i])
    problems = []
    con = sqlite3.connect(db)
    ic = con.execute("PRAGMA integrity_check").fetchall()
    if ic != [("ok",)]: problems.append("integrity_check: %r" % ic[:3])
    # from schema v4 only the sentences that carry events have rows (n_evidence
    # of them); a story stored before has a row for every sentence (n_evidence NULL)
    for sid, want, got in con.execute("SELECT sid, coalesce(n_evidence, n_sentence), (SELECT count(*) FROM sentences WHERE story=s.id)"
                                      " FROM stories s WHERE coalesce(n_evidence, n_sentence) <> (SELECT count(*) FROM sentences WHERE story=s.id)"):
        problems.append("story %s: %d sentences stored, %d promised" % (sid, got, want))
    n = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sentences t WHERE t.id=e.sentence"
                    " AND t.story=e.story AND t.idx=e.sentence_idx AND t.text IS NOT NULL)").fetchone()[0]
    if n: problems.append("%d events lack their evidence sentence" % n)
    n = con.execute("SELECT count(*) FROM stories s WHERE n_evidence IS NOT NULL AND EXISTS (SELECT 1 FROM sentences t"
                    " WHERE t.story=s.id AND t.n_event=0)").fetchone()[0]
    if n: problems.append("%d stories stored a sentence without events" % n)
    for sid, want, got in con.execute("SELECT sid, n_event, (SELECT count(*) FROM events WHERE story=s.id)"
                                      " FROM stories s WHERE n_event <> (SELECT count(*) FROM events WHERE story=s.id)"):
        problems.append("story %s: %d events stored, %d promised" % (sid, got, want))
    n = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM stories WHERE id=e.story)").fetchone()[0]
    if n: problems.append("%d events belong to no story" % n)
    n = con.execute("SELECT count(*) FROM sentences t WHERE NOT EXISTS (SELECT 1 FROM stories WHERE id=t.story)").fetchone()[0]
    if n: problems.append("%d sentences belong to no story" % n)
    n = con.execute("SELECT count(*) FROM quantities q WHERE NOT EXISTS (SELECT 1 FROM events WHERE id=q.event)").fetchone()[0]
    if n: problems.append("%d quantities belong to no event" % n)
    n = con.execute("SELECT count(*) FROM events WHERE (loc_how IS NULL) <> (loc_name IS NULL)").fetchone()[0]
    if n: problems.append("%d events with half a location" % n)
    n = con.execute("SELECT count(*) - count(DISTINCT sid) FROM stories").fetchone()[0]
    if n: problems.append("%d story ids stored twice" % n)
    # evidence rows and the FTS index agree
    n1 = con.execute("SELECT count(*) FROM sentences WHERE text IS NOT NULL").fetchone()[0]
    n2 = con.execute("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'the OR a OR of OR to OR in OR and OR said'").fetchone()[0]
    if n2 > n1: problems.append("FTS index has %d hits but only %d evidence sentences" % (n2, n1))
    con.close()
    if refs or equal:
        got = story_map(db)
        if refs:
            maps = [story_map(r) for r in refs]
            for sid, v in got.items():
                if not any(m.get(sid) == v for m in maps):
                    problems.append("story %s matches no reference (half-written or mixed)" % sid)
                    if len(problems) > 20: break
        if equal:
            want = story_map(equal)
            if got != want:
                miss = set(want) - set(got); extra = set(got) - set(want)
                diff = [s for s in set(want) & set(got) if want[s] != got[s]]
                problems.append("differs from %s: %d missing, %d extra, %d different stories"
                                % (equal, len(miss), len(extra), len(diff)))
    for p in problems: print("store_check: %s: %s" % (db, p))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
