#!/usr/bin/env python3
"""sorted_lists.py: every word list in src/ marked "sorted by byte" is sorted.

Lists searched by halves (brinkInSorted, lexicon.h) must be in strcmp order,
or a word added out of place is silently never found.  Each such list is
marked by a comment saying "sorted by byte" within the five lines above its
declaration ("static const char *const azX[] = {"); this reads every marked
list's string literals and checks them strictly increasing by byte.  A mark
with no list under it fails too, so a mark cannot go stale unnoticed.
Usage: python3 tests/sorted_lists.py [SRC_DIR]
"""
import os, re, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "src"
DECL = re.compile(r"static const char \*const (az\w+)\[\] = \{")
LIT = re.compile(r'"((?:[^"\\]|\\.)*)"')

nList = nBad = 0
for name in sorted(os.listdir(SRC)):
    if not name.endswith(".c"):
        continue
    lines = open(os.path.join(SRC, name), encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        if "sorted by byte" not in line:
            continue
        # the declaration within the next five lines
        j = next((k for k in range(i, min(i + 6, len(lines))) if DECL.search(lines[k])), None)
        if j is None:
            print("%s:%d: 'sorted by byte' with no word list under it" % (name, i + 1))
            nBad += 1
            continue
        body = []
        k = j
        while k < len(lines):
            body.append(lines[k].split("{", 1)[1] if k == j else lines[k])
            if "};" in lines[k]:
                break
            k += 1
        words = [w.encode().decode("unicode_escape").encode("latin-1") for w in LIT.findall("\n".join(body))]
        nList += 1
        for a, b in zip(words, words[1:]):
            if not a < b:
                print("%s:%d: %s: %r is not before %r" % (name, j + 1, DECL.search(lines[j]).group(1), a.decode(), b.decode()))
                nBad += 1
if nList == 0:
    print("sorted_lists: no marked list found in %s" % SRC)
    nBad += 1
print("sorted_lists: %d lists checked, %d problems" % (nList, nBad))
sys.exit(1 if nBad else 0)
