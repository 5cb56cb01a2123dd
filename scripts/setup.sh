#!/bin/sh
# scripts/setup.sh — the two set-up commands of the README.
#
#   sh scripts/setup.sh         install what is missing, build, and code the seed story
#                               into the SQLite event store brink.db (then list its events)
#   sh scripts/setup.sh test    install what is missing, build, and run the whole test suite
#
# Needs root (or sudo) only when a Debian package is missing.  Everything brink
# builds with comes from Debian 12's archive; nothing is downloaded from
# anywhere else.
set -eu
cd "$(dirname "$0")/.."

# Build tools, libraries, the language data the tagger and the gazetteer are
# built from (libgeonames-dev: the cities of data/geo.gen.tsv), and the
# test tools (cmocka, clang's libFuzzer for the fuzz-corpus replay, python3
# for the scoring scripts).
PKGS="build-essential pkg-config libjansson-dev libutf8proc-dev libsqlite3-dev
      festlex-poslex wordnet-base iso-codes libgeonames-dev
      libcmocka-dev clang-14 libclang-rt-14-dev python3"

missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing:$missing"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

JOBS=$(nproc 2>/dev/null || echo 2)
case "${1:-demo}" in
  demo)
    make -s -j"$JOBS" all
    SEED=../shared/seed/biden-putin-call.jsonl
    DB=${BRINK_DB:-brink.db}
    if [ -f "$SEED" ]; then
      echo "setup: coding $SEED into the SQLite event store $DB" >&2
      ./build/brink ingest --db "$DB" "$SEED"
      ./build/brink query --db "$DB" --format table
    else
      echo "setup: built build/brink; $SEED is not here, so coding a sample story instead" >&2
      printf '%s\n' '{"id":"demo","date":"2021-04-13","text":"NATO issued a warning to Russia on Tuesday."}' > demo.jsonl
      ./build/brink ingest --db "$DB" demo.jsonl
      ./build/brink query --db "$DB" --format table
    fi
    ;;
  test)
    make -j"$JOBS" all
    make check
    ;;
  *)
    echo "usage: sh scripts/setup.sh [demo|test]" >&2
    exit 1
    ;;
esac
