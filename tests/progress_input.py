#!/usr/bin/env python3
"""progress_input.py DATE TEXT -- 700 JSON Lines stories for the progress-line
tests of cli.sh and store.sh: story i says TEXT with %d replaced by i, dated
DATE; line 401 is a record without a date, whose message must start a line of
its own under the progress line."""
import json
import sys

date, text = sys.argv[1], sys.argv[2]
for i in range(700):
    if i == 400:
        print('{"id": "bad", "text": "no date here"}')
    print(json.dumps({"id": "p%d" % i, "date": date, "text": text % i}))
