# brink — build with plain make.
#   make            library, CLI and generated lexicon tables (build/)
#   make check      everything the test suite runs (unit, golden, seed, sanitizers, fuzz corpora)
#   make SAN=1      build into build-san/ with AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench      throughput benchmark over ../shared/corpora (prints figures)
CC      ?= cc
SAN     ?= 0
OPT     ?= -O2
ifeq ($(SAN),1)
B       := build-san
SANFL   := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT     := -O1 -g
else
B       := build
SANFL   :=
endif

PKGS    := jansson libutf8proc sqlite3
PKGCF   := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIB  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wvla -Wformat=2 -Wundef -Wcast-align
CFLAGS  += -std=c17 -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(SANFL) -Iinclude -Isrc $(PKGCF) \
           -DBRINK_DATADIR='"$(abspath data)"'
LDLIBS  += $(PKGLIB) -lpthread -lm
LDFLAGS += $(SANFL)

LIB_SRC := $(wildcard src/*.c)
LIB_OBJ := $(patsubst src/%.c,$(B)/src/%.o,$(LIB_SRC)) $(B)/gen/lexdata.o $(B)/gen/iso2.o
CLI_SRC := $(wildcard cli/*.c)
CLI_OBJ := $(patsubst cli/%.c,$(B)/cli/%.o,$(CLI_SRC))
UNIT_SRC:= $(wildcard tests/unit/*.c)
UNIT_BIN:= $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))

FESTDIR ?= /usr/share/festival/dicts
WNDIR   ?= /usr/share/wordnet

.PHONY: sorted-lists all check test unit golden seed eval-test cli-test san fuzz fuzz-replay bench tagacc clean
ISODIR  ?= /usr/share/iso-codes/json
all: $(B)/brink $(B)/libbrink.a data/dict/iso3166.gen.txt

# ISO 3166-1 country names come from Debian's iso-codes, generated into the
# default dictionary folder (git ignores *.gen.txt).
$(B)/tools/mkiso: tools/mkiso.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -D_POSIX_C_SOURCE=200809L -O2 $(WARN) $(PKGCF) -o $@ $< $(PKGLIB)
data/dict/iso3166.gen.txt: $(B)/tools/mkiso $(ISODIR)/iso_3166-1.json
	$(B)/tools/mkiso $(ISODIR)/iso_3166-1.json > $@.tmp && mv $@.tmp $@
# ... and their alpha-2 codes, compiled into libbrink for the exports
# (src/geocodes.h; PLOVER's "country code").
$(B)/gen/iso2.c: $(B)/tools/mkiso $(ISODIR)/iso_3166-1.json
	@mkdir -p $(dir $@)
	$(B)/tools/mkiso -c $(ISODIR)/iso_3166-1.json > $@.tmp && mv $@.tmp $@
$(B)/gen/iso2.o: $(B)/gen/iso2.c src/geocodes.h include/brink.h
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/src/%.o: src/%.c include/brink.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<
$(B)/cli/%.o: cli/%.c include/brink.h $(wildcard cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Icli -c -o $@ $<

# The lexicon tables are generated from Debian's festlex-poslex and wordnet-base at build time.
$(B)/tools/mklex: tools/mklex.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -D_POSIX_C_SOURCE=200809L -O2 $(WARN) -o $@ $< -lm
$(B)/gen/lexdata.c: $(B)/tools/mklex
	@mkdir -p $(dir $@)
	$(B)/tools/mklex $(FESTDIR) $(WNDIR) > $@.tmp && mv $@.tmp $@
$(B)/gen/lexdata.o: $(B)/gen/lexdata.c
	$(CC) $(CFLAGS) -Wno-missing-prototypes -c -o $@ $<

$(B)/libbrink.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/brink: $(CLI_OBJ) $(B)/libbrink.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libbrink.a $(LDLIBS)

CMOCKA_LIB := $(shell pkg-config --libs cmocka 2>/dev/null)
$(B)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(B)/libbrink.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libbrink.a $(CMOCKA_LIB) $(LDLIBS)
$(B)/tests/golden: tests/golden.c $(B)/libbrink.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libbrink.a $(LDLIBS)

# Tagger agreement with the Penn tags of PETRARCH's unit-test parses (docs/TAGGER.md).
$(B)/tools/tagacc: tools/tagacc.c $(B)/libbrink.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libbrink.a $(LDLIBS)
tagacc: $(B)/tools/tagacc
	$(B)/tools/tagacc ../shared/peer/petrarch/PETR.UnitTest.records.xml

unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do echo "== $$t"; $$t || exit 1; done
golden: $(B)/tests/golden $(B)/brink
	$(B)/tests/golden tests/golden/*.test
seed: $(B)/brink
	sh tests/seed.sh $(B)/brink
eval-test: $(B)/brink
	sh tests/eval.sh $(B)/brink
cli-test: $(B)/brink
	sh tests/cli.sh $(B)/brink
# The event store end to end, and 50 rounds of kill -9 during ingest (docs/STORE.md).
store-test: $(B)/brink
	sh tests/store.sh $(B)/brink
killtest: $(B)/brink
	sh tests/killtest.sh $(B)/brink
# Word lists searched by halves are in strcmp order (tests/sorted_lists.py).
sorted-lists:
	python3 tests/sorted_lists.py src
test: all unit sorted-lists golden seed eval-test cli-test store-test killtest fuzz-replay

# Under the sanitizers: everything that runs library code on varied input.
# (The kill -9 test and the fuzz replay run in the plain build: the first
# tests durability, not memory; the second is sanitized already.)
SAN_TESTS := all unit golden seed eval-test cli-test store-test
san:
	$(MAKE) SAN=1 $(SAN_TESTS)

# libFuzzer targets (clang). Corpora live in fuzz/corpus/<target>/ and are replayed by fuzz-replay.
FUZZ_TARGETS := $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZCC  ?= clang-14
# The library is compiled once with the fuzzer's instrumentation
# (build-fuzz/lib), then each target links against it.
FUZZFL  := -std=c17 -D_POSIX_C_SOURCE=200809L -g -O1 -Iinclude -Isrc $(PKGCF) -DBRINK_DATADIR='"$(abspath data)"'
FUZZ_OBJ := $(patsubst src/%.c,build-fuzz/lib/%.o,$(LIB_SRC)) build-fuzz/lib/lexdata.o build-fuzz/lib/iso2.o
build-fuzz/lib/%.o: src/%.c include/brink.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(FUZZCC) $(FUZZFL) -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<
build-fuzz/lib/lexdata.o: build/gen/lexdata.c
	@mkdir -p $(dir $@)
	$(FUZZCC) $(FUZZFL) -fsanitize=address,undefined -c -o $@ $<
build-fuzz/lib/iso2.o: build/gen/iso2.c src/geocodes.h
	@mkdir -p $(dir $@)
	$(FUZZCC) $(FUZZFL) -fsanitize=address,undefined -c -o $@ $<
build-fuzz/%: fuzz/%.c $(FUZZ_OBJ)
	$(FUZZCC) $(FUZZFL) -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_OBJ) $(PKGLIB) -lpthread -lm
fuzz: $(addprefix build-fuzz/,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do mkdir -p fuzz/corpus/$$t; \
	  build-fuzz/$$t -max_total_time=$${FUZZ_SECONDS:-60} -max_len=65536 fuzz/corpus/$$t || exit 1; done
fuzz-replay: $(addprefix build-fuzz/,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do echo "== replay $$t"; build-fuzz/$$t -runs=0 fuzz/corpus/$$t >/dev/null 2>&1 || \
	  { build-fuzz/$$t -runs=0 fuzz/corpus/$$t; exit 1; }; done

check:
	$(MAKE) test
	$(MAKE) san
	@echo "check: all suites passed"

$(B)/bench/bench: bench/bench.c $(B)/libbrink.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libbrink.a $(LDLIBS)
bench: all $(B)/bench/bench
	sh bench/run.sh $(B)/brink

clean:
	rm -rf build build-san build-fuzz

# The gazetteer's countries, subdivisions and cities come from Debian's
# iso-codes and libgeonames, generated into data/geo.gen.tsv (a build
# product, not to be committed; docs/GEO.md).  libgeonames is GLib-based:
# only the generator links it, never libbrink.
GEOPKGS := geonames jansson libutf8proc
$(B)/tools/mkgeo: tools/mkgeo.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -D_POSIX_C_SOURCE=200809L -O2 $(WARN) $(shell pkg-config --cflags $(GEOPKGS)) -o $@ $< $(shell pkg-config --libs $(GEOPKGS)) -lm
data/geo.gen.tsv: $(B)/tools/mkgeo $(ISODIR)/iso_3166-1.json $(ISODIR)/iso_3166-2.json
	$(B)/tools/mkgeo $(ISODIR)/iso_3166-1.json $(ISODIR)/iso_3166-2.json > $@.tmp && mv $@.tmp $@
all: data/geo.gen.tsv
$(B)/libbrink.a: | data/geo.gen.tsv
# The places and quantities of the seed story (issue 7; skips without ../shared).
.PHONY: facts-seed
facts-seed: $(B)/tests/golden $(B)/brink
	sh tests/facts_seed.sh $(B)
test: facts-seed
SAN_TESTS += facts-seed
.SECONDARY: $(FUZZ_OBJ)
# The escalation watch (issue 6; docs/ESCALATION.md): synthetic benchmark and fixture test.
.PHONY: escalation-bench escalation-test
$(B)/bench/escalation: bench/escalation.c $(B)/libbrink.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libbrink.a $(LDLIBS)
escalation-bench: $(B)/bench/escalation
	$(B)/bench/escalation
escalation-test: $(B)/brink
	sh tests/escalation.sh $(B)/brink
test: escalation-test
# Test cases are the project's own writing: no test line may share seven
# consecutive words with a text in ../shared (tools/overlap.py; skips, saying
# so, without ../shared).
.PHONY: overlap-test
overlap-test:
	@S=$${BRINK_SHARED:-../shared}; \
	if [ -d "$$S" ]; then python3 tools/overlap.py --shared "$$S"; \
	else echo "overlap-test: skipped: $$S not present"; fi
test: overlap-test
