/*
** brink.h — the one public header of libbrink.
**
** brink turns news text into political event data: who did what to whom,
** coded in CAMEO and PLOVER, with the sentence that says so as evidence.
**
** Ownership, stated once (as jq does in jv.h):
**   - A brink_engine holds compiled dictionaries and language tables.  It is
**     built once, never changes afterwards, and may be shared by any number
**     of threads.  Free it with brink_engine_free() after every coder using
**     it is gone.
**   - A brink_coder is per-thread scratch.  Everything it hands back
**     (events, strings inside them) lives in its arena and stays valid until
**     the next call on that coder or brink_coder_free().
**   - A brink_reader owns the story it returns until the next
**     brink_reader_next() call.
**   - Functions return BRINK_OK (0) or a negative BRINK_E* code; the message
**     is kept on the handle (brink_*_errmsg) or written to an errbuf.  The
**     library never exits and never prints, except through callbacks.
*/
#ifndef BRINK_H
#define BRINK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BRINK_VERSION "0.1.0"

/* ---- Status codes ---------------------------------------------------- */
enum {
  BRINK_OK = 0,
  BRINK_EOF = 1,        /* reader: no more stories */
  BRINK_ENOMEM = -1,
  BRINK_EIO = -2,       /* file could not be opened or read */
  BRINK_EPARSE = -3,    /* malformed input (JSON, dictionary entry, date) */
  BRINK_ETOOBIG = -4,   /* input past an explicit size limit */
  BRINK_EENCODING = -5, /* invalid UTF-8 */
  BRINK_EINVAL = -6     /* bad argument */
};

/* Explicit limits.  A story longer than BRINK_MAX_STORY bytes is skipped with
** an error; a sentence longer than BRINK_MAX_SENTENCE bytes is not coded (the
** rest of its story still is) and is counted in brink_coder_stats. */
#define BRINK_MAX_STORY     (4u << 20)   /* 4 MiB of text per story */
#define BRINK_MAX_SENTENCE  (8u << 10)   /* 8 KiB per sentence */
#define BRINK_MAX_LINE      (16u << 20)  /* 16 MiB per JSON Lines record */

/* Diagnostics from loaders: file, line and column of the problem.  The
** callback may be NULL (messages are then dropped but still counted). */
typedef void (*brink_diag_fn)(void *pArg, const char *zFile, int iLine, int iCol,
                              const char *zMsg);

/* ---- Engine: compiled, read-only dictionaries ------------------------- */
typedef struct brink_engine brink_engine;

typedef struct brink_engine_config {
  const char *zDataDir;      /* NULL: $BRINK_DATA or the built-in data dir */
  const char *const *azDict; /* NULL-terminated list of dictionary files;
                             ** NULL: the default dictionaries in zDataDir */
  const char *zDictFormat;   /* NULL or "auto": detect per file (content and
                             ** name); else "brink", "tabari", "petrarch1",
                             ** "petrarch2", "discards" or "issues" for every
                             ** file (docs/PEER_FORMATS.md) */
  brink_diag_fn xDiag;       /* warnings and errors while loading */
  void *pDiagArg;
} brink_engine_config;

/* Build an engine.  On failure returns NULL and, if pzErr is not NULL, sets
** *pzErr to a malloc'd message the caller frees.  Malformed dictionary
** entries are reported through xDiag and skipped; they do not fail the load. */
brink_engine *brink_engine_new(const brink_engine_config *pCfg, char **pzErr);
void brink_engine_free(brink_engine *);

/* Counts of what the engine holds (for `brink dict stats` and tests). */
typedef struct brink_engine_stats {
  size_t nActor, nAgent, nVerb, nPattern, nCameo, nWarning;
  size_t nIssue, nIssueCode;   /* issue phrases (after expansion) and codes of peer issue files */
  size_t nUnknownCode;         /* patterns whose code (or a half of a paired code, "042:043")
                               ** is not in the CAMEO table: their events have quad 0 and no
                               ** Goldstein weight (brink_dict_check names each) */
} brink_engine_stats;
void brink_engine_stats_get(const brink_engine *, brink_engine_stats *);

/* Lint the loaded dictionaries: pattern codes missing from the CAMEO table,
** duplicate or conflicting phrases, overlapping date ranges, and, with
** BRINK_CHECK_COVERAGE, CAMEO codes that no pattern reaches.  Each problem
** goes to xDiag with file and line.  Returns the number of problems found
** (load-time warnings are counted in brink_engine_stats). */
#define BRINK_CHECK_COVERAGE 0x01
size_t brink_dict_check(const brink_engine *, unsigned flags, brink_diag_fn xDiag, void *pArg);

/* ---- Ontology: the CAMEO table ------------------------------------------ */
typedef struct brink_cameo {
  const char *zCode;     /* "0256" */
  const char *zName;     /* "Appeal for de-escalation of military engagement" */
  double rGoldstein;     /* -10 .. +10 */
  int iQuad;             /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
  const char *zPlover;   /* "REQUEST" */
  const char *zPloverMode; /* "" when none */
} brink_cameo;
/* Look a code up; NULL if the engine's table lacks it. */
const brink_cameo *brink_cameo_lookup(const brink_engine *, const char *zCode);
size_t brink_cameo_count(const brink_engine *);
const brink_cameo *brink_cameo_at(const brink_engine *, size_t i);

/* ---- Stories ---------------------------------------------------------- */
typedef struct brink_story {
  const char *zId;
  const char *zDate;     /* ISO date, "YYYY-MM-DD" */
  const char *zTitle;    /* may be NULL */
  const char *zSource;   /* may be NULL */
  const char *zUrl;      /* may be NULL */
  const char *zText;     /* normalised UTF-8 */
  size_t nText;
  int bSentences;        /* 1: zText holds one sentence per line */
  const char *zDateline; /* may be NULL: "TOKYO, March 3" (where the story was filed) */
} brink_story;

/* ---- Events ----------------------------------------------------------- */
/* Where an event happened. */
typedef struct brink_location {
  const char *zMention;  /* the words in the text ("in occupied Crimea"), "" for a fallback */
  const char *zName;     /* gazetteer name ("Crimea") */
  const char *zFeature;  /* "country", "adm1", "city", "region", "sea", "strait", "border", ... */
  const char *zCountry;  /* ISO 3166-1 alpha-3, "" when none (open sea) */
  const char *zAdm1;     /* ISO 3166-2 code ("UA-43"), "" when unknown */
  double rLat, rLon;
  const char *zHow;      /* "sentence": named in the event's sentence; "story": inferred
                         ** from the story; "actor": the actor's country, as a fallback */
} brink_location;

/* A quantity the event's sentence states ("at least 28 battalion tactical groups"). */
typedef struct brink_quantity {
  double rMin, rMax;     /* equal for an exact number */
  const char *zQualifier;/* "", "at least", "up to", "around", "more than", "less than", ... */
  const char *zUnit;     /* what is counted: "troops", "ships", "battalion tactical groups", "miles", "USD" */
  const char *zCategory; /* "personnel", "unit", "equipment", "casualties", "distance", "money" */
  const char *zText;     /* the words in the text */
} brink_quantity;

typedef struct brink_event {
  const char *zStoryId;
  int iSentence;         /* 0-based index of the sentence in its story */
  const char *zDate;     /* the event's date (story date, or resolved) */
  const char *zSource, *zSourceText;
  const char *zTarget, *zTargetText;   /* "" when there is no target */
  const char *zCode;     /* CAMEO code */
  const char *zRoot;     /* two-digit root */
  int iQuad;
  double rGoldstein;
  const char *zPlover, *zPloverMode;
  const char *zEvidence; /* the sentence */
  int bNegated;          /* only set when the coder keeps negated events */
  int nMention;          /* times this (source,target,code) was told in the story */
  const char *zRule;     /* the dictionary line that coded it ("data/dict/verbs.txt:412") */
  const char *zIssues;   /* NULL when no issue dictionary is loaded; else the issue codes
                         ** its sentence raises, comma-separated ("" for none) */
  const brink_location *pLocation;  /* NULL when no location is known */
  const brink_quantity *aQuantity;  /* nQuantity quantities stated with it */
  int nQuantity;
} brink_event;

/* ---- Coder: per-thread ------------------------------------------------ */
typedef struct brink_coder brink_coder;

typedef struct brink_coder_stats {
  uint64_t nStory, nSentence, nEvent, nLongSentence, nDiscarded;
} brink_coder_stats;

brink_coder *brink_coder_new(const brink_engine *);
void brink_coder_free(brink_coder *);

/* Code one story.  On BRINK_OK, *paEvent points at *pnEvent events that stay
** valid until the next call on this coder.  Events repeated within the story
** are folded into their first telling, with nMention counting the tellings. */
int brink_code_story(brink_coder *, const brink_story *, const brink_event **paEvent,
                     size_t *pnEvent);
void brink_coder_stats_get(const brink_coder *, brink_coder_stats *);
const char *brink_coder_errmsg(const brink_coder *);

/* The sentences of the story brink_code_story() coded last: *paSpan gets
** 2*n byte offsets, [start, end) of each sentence in the story's text, in
** order, valid until the next call on this coder; the return is n.  When
** the coder did not split the story, *paSpan is NULL and 0 is returned. */
size_t brink_coder_sentences(const brink_coder *, const size_t **paSpan);

/* Set one of TABARI's coding options, a line of its .options file or of an
** OPTION record of its validation text (docs/PEER_FORMATS.md):
**   "DEFAULT: SOURCE [CODE] PRIOR TARGET [CODE] AFTER", "DEFAULT: OFF",
**   "SET: CONVERT AGENT = TRUE" (or FALSE), "SET: MINIMUM WORDS = 8",
**   "SET: CODE BY SENTENCE" (or CODE BY CLAUSE, CODE ALL),
**   "COMPLEX: VERBS[5] CONJ[4]", "COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10
**   BMIN = 255 BMAX = 0" (TABARI's comma-delimited asides; "COMMA: OFF"),
**   "FORWARD: ^^*****NNN*SSS" (pronouns of a story may stand for an actor
**   of the story before; "FORWARD: OFF").
** They apply with TABARI dictionaries only, to the stories coded after.
** Returns BRINK_OK, or BRINK_EINVAL for a line brink does not act on (it
** is ignored). */
int brink_coder_tabari_option(brink_coder *, const char *zLine);

/* ---- Text pipeline, exposed for tools and tests ------------------------ */
typedef struct brink_token {
  const char *zText;     /* the token as written (not NUL-terminated) */
  int nText;
  const char *zLemma;    /* NUL-terminated, lower case */
  const char *zTag;      /* Penn Treebank tag, e.g. "NNP" */
  int iChunk;            /* index of the noun-phrase chunk, -1 outside one */
  size_t iOffset;        /* byte offset of the token in the story text */
} brink_token;

/* Split zText into sentences.  Calls xSentence for each with the byte range
** [iStart, iEnd).  Returns the number of sentences. */
typedef void (*brink_sentence_fn)(void *pArg, size_t iStart, size_t iEnd);
size_t brink_split_sentences(const char *zText, size_t nText, brink_sentence_fn, void *pArg);

/* Tokenise, lemmatise, tag and chunk one sentence.  The tokens live in the
** coder's arena until the next call. Returns the token count, or <0. */
int brink_analyze(brink_coder *, const char *zText, size_t nText, const brink_token **paTok);

/* ---- Story reader ----------------------------------------------------- */
enum { BRINK_FMT_JSONL = 0, BRINK_FMT_TEXT = 1, BRINK_FMT_SENTENCES = 2 };

typedef struct brink_reader brink_reader;
/* Read stories from fp (not closed by the reader).  zName names the input in
** messages ("-" for stdin).  zDate is the date for text and sentence input
** (required there; for JSON Lines, a default used when a record lacks one —
** pass NULL to make a missing date an error). */
brink_reader *brink_reader_new(FILE *fp, const char *zName, int eFormat, const char *zDate);
void brink_reader_free(brink_reader *);
/* Returns BRINK_OK with *pStory filled, BRINK_EOF at the end, or a negative
** code when the current record is bad: the record is skipped, errmsg names
** file and line, and the next call goes on with the next record. */
int brink_reader_next(brink_reader *, brink_story *pStory);
const char *brink_reader_errmsg(const brink_reader *);
int brink_reader_line(const brink_reader *); /* line where the last record began */

/* Normalise UTF-8 text: NFC, typographic quotes and dashes to ASCII, NBSP and
** other spaces to ' ', control characters dropped.  Returns a malloc'd string
** (caller frees) or NULL with BRINK_EENCODING/BRINK_ENOMEM in *pRc; on invalid
** UTF-8 *piBad is the byte offset of the first bad byte. */
char *brink_normalize(const char *z, size_t n, size_t *pnOut, int *pRc, size_t *piBad);

/* ---- Output ----------------------------------------------------------- */
typedef struct brink_buf { char *z; size_t n, cap; } brink_buf;
void brink_buf_free(brink_buf *);

enum { BRINK_OUT_JSON = 0, BRINK_OUT_TSV = 1, BRINK_OUT_JSON_EXPLAIN = 2 /* JSON plus "rule" */ };
/* Append one event, terminated by '\n', to pBuf.  Returns BRINK_OK or BRINK_ENOMEM. */
int brink_event_format(const brink_event *, int eFmt, brink_buf *pBuf);
/* The TSV header line (with '\n'). */
const char *brink_tsv_header(void);

/* Load the dictionaries pCfg names (any mix of brink's and the peers'
** formats, as brink_engine_new would) and append them to pOut in brink's own
** format: peer files translated, brink files as they are, issue phrases as
** comments.  Problems go to pCfg->xDiag with the original file and line.
** Returns BRINK_OK, or an error with a malloc'd message in *pzErr. */
int brink_dict_convert(const brink_engine_config *pCfg, brink_buf *pOut, char **pzErr);

/* Load the dictionaries pCfg names (as brink_engine_new would) and write
** them, compiled, to zOut: a file that brink_engine_new maps in place when it
** is the only azDict entry (detected by its "BRINKDC1" header), so start-up
** does no parsing.  The cache records its source files' names, sizes and
** times; if one changed, brink_engine_new warns (xDiag) and rebuilds from
** the sources.  docs/PEER_FORMATS.md, "Compiled cache".  Returns BRINK_OK,
** or an error with a malloc'd message in *pzErr. */
int brink_dict_compile(const brink_engine_config *pCfg, const char *zOut, char **pzErr);

/* ---- Dates ------------------------------------------------------------ */
/* Parse "YYYY-MM-DD", "YYYYMMDD" or an ISO date-time into days since
** 1970-01-01.  Returns BRINK_OK or BRINK_EPARSE. */
int brink_date_parse(const char *z, int32_t *piDay);
/* Format a day number as YYYY-MM-DD into z (at least 11 bytes). */
void brink_date_format(int32_t iDay, char *z);

/* ---- Event store (SQLite) ---------------------------------------------- */
/* One SQLite file holds stories, their sentences, the events coded from
** them, the actors seen, the dictionaries used and a record of every ingest
** run (docs/STORE.md).  A brink_store is one connection: use it from one
** thread at a time.  Rows handed back by a cursor stay valid until the next
** call on that cursor.  Messages are kept on the handle (brink_store_errmsg)
** and always name the database file.
**
** Durability: the file is in WAL mode and every batch of puts is one
** transaction, so a crash or kill -9 leaves each story either complete (as of
** the last commit) or absent, never half-written. */
typedef struct brink_store brink_store;

/* Status codes of the store (in addition to the BRINK_E* above). */
#define BRINK_ENOTDB    (-20)  /* not an SQLite file, or not a brink store */
#define BRINK_ESCHEMA   (-21)  /* the schema is newer than this brink */
#define BRINK_EFULL     (-22)  /* disk full or file size limit: batch rolled back */
#define BRINK_EREADONLY (-23)  /* file or its directory is not writable */
#define BRINK_EDB       (-24)  /* any other SQLite error (corrupt, locked...) */

/* The schema version this brink writes; older ones are migrated on open. */
#define BRINK_STORE_SCHEMA 8   /* v8: the stories' datelines (v7: the escalation alerts' joint CUSUMs) */

enum {
  BRINK_STORE_CREATE   = 0,    /* open, creating the file if missing */
  BRINK_STORE_NOCREATE = 1,    /* the file must exist */
  BRINK_STORE_READONLY = 3     /* must exist; never written (migrated if writable) */
};

/* Open (or create) a store.  On success returns BRINK_OK with *ppStore set.
** On failure *ppStore is NULL and, if pzErr is not NULL, *pzErr is a malloc'd
** message the caller frees: missing file, not an SQLite file, a database
** from a newer brink ("database schema vN is newer than this brink (vM);
** upgrade brink"), a read-only file or directory.  A database written by an
** older brink is migrated to BRINK_STORE_SCHEMA in one transaction. */
int brink_store_open(const char *zPath, int eMode, brink_store **ppStore, char **pzErr);
/* Close; a batch still open is rolled back.  NULL is a no-op. */
void brink_store_close(brink_store *);
const char *brink_store_errmsg(const brink_store *);
/* The schema version found on disk before any migration on open. */
int brink_store_schema_found(const brink_store *);

/* A fingerprint of the dictionaries an engine config loads (the same files
** brink_engine_new reads, hashed by content).  zId gets 17 bytes: 16 hex
** digits and a NUL.  If pzDesc is not NULL it gets a malloc'd list of the
** files.  Returns BRINK_OK, BRINK_EIO (a file could not be read) or
** BRINK_ENOMEM. */
int brink_store_dict_id(const brink_engine_config *, char *zId, char **pzDesc);

/* Start an ingest run: record the run (command, inputs, brink version), the
** dictionaries (zDictId from brink_store_dict_id) and the engine's CAMEO
** table, and commit that record.  Puts after this are tagged with the run
** and the dictionaries.  zDictDesc and zInputs may be NULL. */
int brink_store_run_begin(brink_store *, const brink_engine *, const char *zDictId,
                          const char *zDictDesc, const char *zCommand, const char *zInputs);
/* Close the run: commit any open batch and record the counts and the time it
** finished.  nFailed counts stories the caller could not read or code. */
int brink_store_run_end(brink_store *, uint64_t nFailed);

typedef struct brink_store_stats {
  uint64_t nInserted;   /* new stories */
  uint64_t nReplaced;   /* stories re-coded (new text or new dictionaries) */
  uint64_t nUnchanged;  /* same id, text and dictionaries: left as they were */
  uint64_t nEvent;      /* events written */
  uint64_t nCommitted;  /* stories in committed batches */
} brink_store_stats;
void brink_store_stats_get(const brink_store *, brink_store_stats *);

/* 1 if a story with this id is stored with the same text, date, source, url
** and title and was coded by the current run's dictionaries (so coding it
** again would change nothing; it is counted as unchanged in the run), 0 if
** not, or a negative code. */
int brink_store_unchanged(brink_store *, const brink_story *);

/* A coded story ready to store: a deep copy of the story and its events,
** with its sentence ranges, text hash and SimHash worked out.  Building one
** touches no database, so worker threads can build items while the writer
** stores the previous batch.  Returns NULL when out of memory. */
typedef struct brink_store_item brink_store_item;
brink_store_item *brink_store_item_new(const brink_story *, const brink_event *aEv, size_t nEv);
/* The same with the story's sentences as brink_coder_sentences() gives them,
** so that the story is not split a second time (aSpan NULL: split here). */
brink_store_item *brink_store_item_new_spans(const brink_story *, const brink_event *aEv, size_t nEv,
                                             const size_t *aSpan, size_t nSent);
void brink_store_item_free(brink_store_item *);

enum { BRINK_PUT_INSERTED = 0, BRINK_PUT_REPLACED = 1, BRINK_PUT_UNCHANGED = 2 };
enum { BRINK_PUT_FORCE = 1 };   /* re-store even when text and dictionaries match */
/* Store one item in the current batch (opening one if needed).  A story
** with the same id is replaced (its sentences and events deleted first),
** never duplicated.  *peResult (may be NULL) gets BRINK_PUT_*.  On error the
** caller should brink_store_rollback(): the batch is lost, nothing before. */
int brink_store_put(brink_store *, const brink_store_item *, int flags, int *peResult);
/* Commit the current batch (no-op without one).  On BRINK_EFULL the batch is
** rolled back and everything committed before stays. */
int brink_store_commit(brink_store *);
void brink_store_rollback(brink_store *);

/* ---- Reading the store back ----------------------------------------------- */
typedef struct brink_store_filter {
  const char *zFrom, *zTo;     /* inclusive dates YYYY-MM-DD, or NULL */
  const char *zActor;          /* actor code prefix, either side ("USAGOV", "IGO") */
  const char *zCountry;        /* ISO alpha-3, either side */
  const char *zPairA, *zPairB; /* the dyad, either direction; a 3-letter code is a
                               ** country, a longer one an actor code prefix */
  const char *zCode;           /* CAMEO code, exact */
  const char *zRoot;           /* CAMEO root, two digits */
  int iQuad;                   /* 1..4, 0 = any */
  const char *zPlover;         /* PLOVER event type */
  int bGoldMin, bGoldMax;      /* set to use rGoldMin / rGoldMax */
  double rGoldMin, rGoldMax;
  const char *zText;           /* FTS5 query over the evidence sentences */
  int64_t nLimit;              /* 0 = no limit */
} brink_store_filter;

/* One stored event with its story's details. */
typedef struct brink_store_row {
  brink_event ev;              /* as brink_code_story gave it */
  int64_t iEventId;            /* stable row id */
  const char *zSourceCountry, *zTargetCountry;  /* "" when none */
  const char *zCameoName;      /* "" when the run's CAMEO table lacked it */
  const char *zStorySource, *zStoryUrl, *zStoryTitle;  /* "" when none */
  int64_t iCluster;            /* near-duplicate cluster of the story */
  const char *zDictId;         /* dictionaries that coded it */
  const char *zCoded;          /* when: the run's start, "YYYY-MM-DD HH:MM:SS" UTC */
} brink_store_row;

typedef struct brink_store_cursor brink_store_cursor;
/* Events matching pFilter (NULL: all), ordered by date then id.  Returns
** BRINK_OK with *ppCur set, or an error (e.g. BRINK_EPARSE for a bad date or
** FTS query) with the message on the store. */
int brink_store_query(brink_store *, const brink_store_filter *, brink_store_cursor **ppCur);
/* BRINK_OK with *pRow filled, BRINK_EOF at the end, or an error. */
int brink_store_next(brink_store_cursor *, brink_store_row *pRow);
void brink_store_cursor_free(brink_store_cursor *);

/* Export formats (docs/EXPORTS.md). */
enum {
  BRINK_EXPORT_JSONL = 0,  /* `brink code`'s JSON Lines fields */
  BRINK_EXPORT_CSV = 1,    /* one row per event, header line, RFC 4180 quoting */
  BRINK_EXPORT_GDELT = 2,  /* GDELT 2.0 event table: 61 tab-separated columns, one-a-day folded */
  BRINK_EXPORT_ICEWS = 3,  /* ICEWS: 20 tab-separated columns with a header */
  BRINK_EXPORT_PLOVER = 4  /* a JSON array of PLOVER records, one per line */
};
/* Write the events matching pFilter (NULL: all) to fp in format eFmt.
** Returns BRINK_OK, BRINK_EIO when fp fails (errno kept), or a store error.
** A GDELT export reads FIPS 10-4 country codes from fips.tsv in the data
** folder ($BRINK_DATA or the built-in one); a missing or unreadable file
** fails it with BRINK_EIO before anything is written. */
int brink_store_export(brink_store *, const brink_store_filter *, int eFmt, FILE *fp);
/* The same, with the data folder given (zDataDir NULL: $BRINK_DATA or the
** built-in one) and fips.tsv's malformed lines, which are skipped, reported
** to xDiag (may be NULL) with the file and line. */
int brink_store_export_v2(brink_store *, const brink_store_filter *, int eFmt, FILE *fp,
                          const char *zDataDir, brink_diag_fn xDiag, void *pDiagArg);

/* Stored stories in id order, for re-coding: *pStory (with the text as
** stored) stays valid until the next call.  Begin with *piAfter = 0; each
** call advances it.  Returns BRINK_OK, BRINK_EOF or an error. */
int brink_store_story_next(brink_store *, int64_t *piAfter, brink_story *pStory);

/* Check the store: SQLite's integrity check, and that every story has the
** sentence and event rows its counts promise.  Returns BRINK_OK, or
** BRINK_EDB with the first problem as the message. */
int brink_store_check(brink_store *);

/* ---- Escalation watch: dyad series, escalation score, alerts -------------- */
/* (docs/ESCALATION.md has the method, the parameters and why.)
**
** A pair is a directed dyad of countries (source country -> target country)
** or, for series, of actor-code prefixes.  Events are read through the
** store's one-a-day fold: one event per (date, source, target, code), with
** its mentions and its distinct sources (near-duplicate story clusters).
** Each folded event gets a weight brink_event_weight(): its Goldstein
** severity times its corroboration (in the score, corroboration has a share
** that shrinks as the pair gets busier).  The escalation score of a pair on
** a day is a one-sided negative binomial CUSUM of the weighted conflict
** intensity against the pair's own rolling baseline; a second CUSUM on
** cooperation tells de-escalation and mixed signals from escalation.
**
** Memory: arrays handed back are malloc'd and freed by the matching *_free
** function; strings inside them live in the same allocation. */

enum {
  BRINK_DIR_NONE = 0,
  BRINK_DIR_ESCALATION = 1,    /* conflict rising, cooperation not */
  BRINK_DIR_DEESCALATION = 2,  /* cooperation rising, conflict not */
  BRINK_DIR_MIXED = 3          /* both rising at once */
};
/* "escalation", "de-escalation", "mixed" or "none". */
const char *brink_dir_name(int eDir);

typedef struct brink_alert_params {
  int nBaseline;        /* days in the rolling baseline */
  int nGuard;           /* days between the baseline and the day scored */
  double rRatio;        /* the rise (x baseline) the CUSUM is tuned to */
  double rThreshold;    /* h: the score at which an alert fires */
  double rFloor;        /* least baseline intensity a day (damps sparse pairs) */
  int nMinEvent;        /* distinct events an alert needs (one report never fires) */
  double rMixed;        /* the other side's score, as a share of h, that makes it mixed */
} brink_alert_params;
/* The defaults (tuned on bench/escalation.c; docs/ESCALATION.md). */
void brink_alert_params_default(brink_alert_params *);

/* The weight of one folded event: severity clamp(|goldstein|/5, 0.4, 2)
** times corroboration min(2, 1 + log2(nSource)/2).  (How much of the
** corroboration the score uses depends on the pair: docs/ESCALATION.md.) */
double brink_event_weight(double rGoldstein, int nSource);

/* One day of a pair's scored series: the inputs, then what the detector
** made of them. */
typedef struct brink_score_day {
  int32_t iDay;              /* days since 1970-01-01; consecutive in an array */
  double rConflict, rConflict2;  /* in: sum of weights (and of squared weights) of conflict events */
  double rCoop, rCoop2;      /* in: the same for cooperation (quad 1, 2) */
  int nConflict, nCoop;      /* in: folded events behind them */
  double rConflictSev, rCoopSev; /* in: their sums of severity alone (corroboration left out);
                                 ** 0 with events: the weights are used as they are */
  double rEsc, rCoopUp;      /* out: the conflict and cooperation CUSUMs (the score) */
  double rBaseConflict, rBaseCoop;  /* out: baseline intensities used (with the corroboration share of the day) */
  int eDir;                  /* out: direction of the alert open on this day, or 0 */
  int bFired;                /* out: an alert fired on this day */
  int32_t iStart;            /* out: start (change-point estimate) of the open alert */
} brink_score_day;
/* Add one folded event (its quad class, Goldstein value and distinct
** sources) to a day's inputs: quads 3 and 4 are conflict, 1 and 2
** cooperation, others are left out.  The one place the inputs are summed
** (the store's update, brink_trend, the benchmark). */
void brink_score_add(brink_score_day *, int iQuad, double rGoldstein, int nSource);
/* Score a dense daily series in place, from an empty history.  Returns
** BRINK_OK or BRINK_EINVAL (bad parameters, days not consecutive). */
int brink_escalation_run(const brink_alert_params *, brink_score_day *aDay, size_t nDay);

/* ---- Series of a pair ---- */
enum { BRINK_BY_DAY = 0, BRINK_BY_WEEK = 1, BRINK_BY_MONTH = 2 };

typedef struct brink_trend_query {
  const char *zA, *zB;       /* the pair; NULL zA: every pair (brink_trend_pairs) */
  int bDirected;             /* 1: only A -> B; 0: both directions */
  int bActor;                /* 1: zA, zB are actor-code prefixes; 0: countries */
  int eBy;                   /* BRINK_BY_* */
  const char *zFrom, *zTo;   /* inclusive dates or NULL */
} brink_trend_query;

typedef struct brink_trend_point {
  int32_t iDay;              /* first day of the period */
  int nEvent;                /* folded events */
  int anQuad[5];             /* by quad class 1..4 ([0] unused) */
  double rGoldSum, rGoldMean;
  double rMaterialShare;     /* quad 4 / all events, 0 when none */
  int64_t nMention;          /* mentions, summed */
  int nSource;               /* distinct sources (story clusters) in the period */
  double rConflict, rCoop;   /* weighted intensities */
  double rEsc, rCoopUp;      /* highest scores in the period */
  int eDir;                  /* direction of an alert open in the period, or 0 */
  int bFired;                /* an alert fired in the period */
} brink_trend_point;

/* The series of one pair, scored over its whole history and cut to
** zFrom..zTo.  On BRINK_OK *paPt (free with brink_trend_free) has *pnPt
** periods, every period from the first event to the last (or the range).
** pParams NULL: the defaults. */
int brink_trend_series(brink_store *, const brink_trend_query *, const brink_alert_params *pParams,
                       brink_trend_point **paPt, size_t *pnPt);
void brink_trend_free(void *);

enum { BRINK_RANK_ACTIVITY = 0, BRINK_RANK_CHANGE = 1, BRINK_RANK_SCORE = 2 };
typedef struct brink_trend_pair {
  char zA[32], zB[32];       /* countries (or actors with bActor), A -> B when directed */
  int64_t nEvent;            /* folded events in the range */
  int64_t nConflict;         /* of them conflict (quad 3, 4) */
  int64_t nRecent, nPrior;   /* events in the last 30 days of the range, and the 30 before */
  double rChange;            /* log2((nRecent+1)/(nPrior+1)) */
  /* BRINK_RANK_SCORE only (directed country pairs, from the stored scores): */
  double rPeakEsc, rPeakCoop;  /* highest escalation and cooperation scores in the range */
  char zPeakEsc[11], zPeakCoop[11];  /* the days of those peaks ("" when the score stayed 0) */
  int nAlert;                /* alerts that fired for the pair in the range */
} brink_trend_pair;
/* Pairs ranked by activity (events), change (|rChange|, then events) or
** score (the higher of rPeakEsc and rPeakCoop: the pairs that came
** closest to an alert, whether or not one fired; read from the scores the
** last alert update stored, so always directed country pairs, and
** BRINK_EINVAL with bActor); at most nMax.  Free *paPair with
** brink_trend_free. */
int brink_trend_pairs(brink_store *, const brink_trend_query *, int eRank, size_t nMax,
                      brink_trend_pair **paPair, size_t *pnPair);

/* ---- Alerts (stored in the event store, schema v3) ---- */
typedef struct brink_alert {
  int64_t iId;
  char zSrc[8], zTgt[8];     /* countries, source -> target */
  int eDir;                  /* BRINK_DIR_* */
  char zStart[11];           /* the change-point estimate: where the CUSUM run began */
  char zFired[11];           /* the day the score crossed the threshold */
  char zPeak[11];            /* the day of the highest score */
  char zEnd[11];             /* the day the score fell back to 0; "" while open */
  double rScore;             /* the highest score */
  int nEvent;                /* events in the run up to the peak */
} brink_alert;

typedef struct brink_alert_event {
  int64_t iEventId;          /* the first stored event of the fold */
  double rWeight;            /* its weight */
  const char *zDate, *zSource, *zTarget, *zCode, *zCameoName;
  int iQuad;
  double rGoldstein;
  int nSource, nMention;
  const char *zEvidence;     /* the sentence */
  const char *zStoryIds;     /* JSON array of every story telling it */
  const char *zUrl;          /* the first story's URL, "" when none */
} brink_alert_event;

typedef struct brink_alert_stats {
  int64_t nPair;             /* pairs rescored */
  int64_t nDay;              /* pair-days scored */
  int64_t nAlert;            /* alerts written (new or rewritten) */
  int bFull;                 /* 1: no alerts were stored yet, so every pair was scored */
} brink_alert_stats;

/* Bring the stored scores and alerts up to date with the ingest runs since
** the last update: only pairs with new events are rescored, from their
** earliest new day on (older days are read back, not recomputed).  One
** transaction.  pParams NULL: the defaults.  pStats may be NULL. */
int brink_alert_update(brink_store *, const brink_alert_params *pParams, brink_alert_stats *pStats);

/* Alerts with a peak score >= rMinScore, started on or after zSince (NULL:
** any), strongest first; at most nMax (0: all).  Free with brink_trend_free. */
int brink_alert_list(brink_store *, const char *zSince, double rMinScore, size_t nMax,
                     brink_alert **paAlert, size_t *pnAlert);
/* One alert by id: BRINK_OK, BRINK_EOF when there is none, or an error. */
int brink_alert_get(brink_store *, int64_t iId, brink_alert *pAlert);
/* The (at most five) events that drove an alert, heaviest first, with their
** evidence.  Free with brink_trend_free. */
int brink_alert_events(brink_store *, int64_t iId, brink_alert_event **paEv, size_t *pnEv);

/* ---- Pictures ---- */
typedef struct brink_chart {
  const char *zTitle;
  const brink_trend_point *aPt;  /* the series to draw */
  size_t nPt;
  int eBy;                       /* BRINK_BY_* of the series */
  const brink_alert *aAlert;     /* alerts to mark (those inside the range are drawn) */
  size_t nAlert;
  double rThreshold;             /* the alert threshold, drawn as a dashed line */
  int nWidth, nHeight;           /* pixels; 0: 900 x 420 */
} brink_chart;
/* Append a standalone SVG chart (conflict and cooperation lines, the score,
** the threshold and alert markers, date axis, legend, title) to pOut. */
int brink_chart_svg(const brink_chart *, brink_buf *pOut);

typedef struct brink_report_opts {
  const char *zA, *zB;       /* one pair (countries, both directions), or NULL: the top alerts */
  const char *zSince;        /* alerts starting on or after, or NULL */
  double rMinScore;          /* alerts with at least this score (0: the threshold) */
  size_t nAlert;             /* alerts to show (0: 10) */
  const brink_alert_params *pParams;  /* NULL: the defaults */
} brink_report_opts;
/* Append a self-contained HTML report (inline SVG and CSS, no external
** assets) to pOut. */
int brink_report_html(brink_store *, const brink_report_opts *, brink_buf *pOut);

#ifdef __cplusplus
}
#endif
#endif /* BRINK_H */
