/*
** store.h — internals shared by the event store (store.c) and the
** near-duplicate detector (simhash.c).  Not part of the public API.
*/
#ifndef BRINK_STORE_INTERNAL_H
#define BRINK_STORE_INTERNAL_H
#include <stddef.h>
#include <stdint.h>

/* Shingles of this many words feed the SimHash.  Measured on 200 Reuters
** stories of 150+ words with one word replaced: 2-word shingles keep 80% of
** the edited copies within 3 bits (3-word: 62%), with no false match among
** 3,800 stories (docs/STORE.md). */
#define BRINK_SIMHASH_SHINGLE  2
/* Two stories whose SimHashes differ in at most this many of 64 bits are
** the same story (Manku et al., WWW 2007, used k=3 for 8 billion pages). */
#define BRINK_SIMHASH_MAXDIST  3
/* A story with fewer shingles than this is too short to judge: it is its
** own cluster (one-line briefs share most of their few shingles). */
#define BRINK_SIMHASH_MINSHINGLE 8

/* 64-bit hash of n bytes (FNV-1a followed by a 64-bit finaliser, so nearby
** inputs spread over all bits).  Stable across versions: stored in the db. */
uint64_t brinkHash64(const void *p, size_t n);

/* SimHash of text: lower-cased words of letters and digits, shingled in
** runs of BRINK_SIMHASH_SHINGLE.  *pnShingle gets the shingle count. */
uint64_t brinkSimhash(const char *z, size_t n, int *pnShingle);

/* Number of differing bits. */
int brinkHamming(uint64_t a, uint64_t b);



/* ---- Between store.c and export.c ---------------------------------------- */
#include "brink.h"
struct sqlite3_stmt;
/* The one-a-day folded events matching pFilter (applied to the events
** before folding), one row per (date, source, target, code), ordered by
** date and first event id.  Columns: 0 first event id, 1 date, 2 source,
** 3 source_text, 4 source_country, 5 target, 6 target_text, 7
** target_country, 8 code, 9 root, 10 quad, 11 goldstein, 12 mentions, 13
** sources (near-duplicate clusters), 14 stories, 15 is_root, 16 run
** started, 17 url, 18 story id, and the first event's location: 19 name,
** 20 feature, 21 country, 22 adm1, 23 lat, 24 lon, 25 how (NULL: none),
** 26 country name, 27 subdivision name ("" when unknown).  The caller
** finalizes *ppStmt. */
int brinkStoreFolded(brink_store *, const brink_store_filter *, struct sqlite3_stmt **ppStmt);
/* The names (from place_names) of the current row's location: its
** country and its subdivision; "" when not known. */
void brinkStoreRowPlaces(const brink_store_cursor *, const char **pzCountry, const char **pzAdm1);
/* Set the store's message (naming its file) and return rc. */
int brinkStoreError(brink_store *, int rc, const char *zMsg);
/* Map a failed sqlite3_step() rc to a brink code with a message. */
int brinkStoreDbError(brink_store *, int rcSql, const char *zWhat);
#endif
