#!/usr/bin/env python3
"""tools/overlap.py - check that brink's test inputs are its own writing.

The project's test cases are written from scratch; nothing from ../shared (the
seed story, the peer coders' validation suites, the PLOVER gold file, the
Reuters corpus) may be copied into them.  This lists every test line that
shares a run of N consecutive words (default 7) with a text in the shared
folder, with the file and line, and exits 1 if there is any.

Usage: tools/overlap.py [--shared DIR] [-n N] [FILE...]
  (default files: tests/golden/*.test and the text fixtures under tests/)
"""
import argparse
import glob
import json
import os
import re
import sys

WORD = re.compile(r"[\w'-]+")


def grams(text, n):
    w = WORD.findall(text.lower())
    return {' '.join(w[i:i + n]) for i in range(len(w) - n + 1)}


def shared_grams(root, n):
    """Every n-gram of the shared texts, mapped to the first file it is in."""
    seen = {}

    def add(name, text):
        for g in grams(text, n):
            seen.setdefault(g, name)

    gold = os.path.join(root, 'peer/gold/PLOVER_GSR_CAMEO.dev.json')
    if os.path.exists(gold):
        for rec in json.load(open(gold, encoding='utf-8')):
            if rec.get('text'):
                add('PLOVER gold', rec['text'])
    corpus = os.path.join(root, 'corpora/reuters21578.jsonl')
    if os.path.exists(corpus):
        for line in open(corpus, encoding='utf-8', errors='replace'):
            try:
                add('Reuters', json.loads(line).get('text', ''))
            except ValueError:
                pass
    for sub in ('seed', 'peer/tabari', 'peer/petrarch'):
        for f in glob.glob(os.path.join(root, sub, '*')):
            if os.path.isfile(f):
                add(os.path.relpath(f, root), open(f, encoding='utf-8', errors='replace').read())
    return seen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('-n', type=int, default=7)
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    files = a.files or sorted(glob.glob('tests/golden/*.test')
                              + glob.glob('tests/fixtures/**/*.jsonl', recursive=True)
                              + glob.glob('tests/fixtures/**/*.txt', recursive=True))
    seen = shared_grams(a.shared, a.n)
    nHit = 0
    for f in files:
        for i, line in enumerate(open(f, encoding='utf-8', errors='replace'), 1):
            if line.startswith(('#', '=>', '%')):
                continue
            src = sorted({seen[g] for g in grams(line, a.n) if g in seen})
            if src:
                nHit += 1
                print(f'{f}:{i}: shares {a.n} words with {", ".join(src)}: {line.strip()[:100]}')
    print(f'overlap: {len(files)} files, {nHit} lines share {a.n} consecutive words with {a.shared}',
          file=sys.stderr)
    return 1 if nHit else 0


if __name__ == '__main__':
    sys.exit(main())
