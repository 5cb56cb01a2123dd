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
  const char *zDictFormat;   /* NULL or "auto": detect per file; else "brink" */
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
} brink_engine_stats;
void brink_engine_stats_get(const brink_engine *, brink_engine_stats *);

/* Lint the loaded dictionaries: every pattern's code must be in the CAMEO
** table.  Each problem goes to xDiag with file and line.  Returns the number
** of problems found (load-time warnings are counted in brink_engine_stats). */
size_t brink_dict_check(const brink_engine *, brink_diag_fn xDiag, void *pArg);

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
} brink_story;

/* ---- Events ----------------------------------------------------------- */
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

enum { BRINK_OUT_JSON = 0, BRINK_OUT_TSV = 1 };
/* Append one event, terminated by '\n', to pBuf.  Returns BRINK_OK or BRINK_ENOMEM. */
int brink_event_format(const brink_event *, int eFmt, brink_buf *pBuf);
/* The TSV header line (with '\n'). */
const char *brink_tsv_header(void);

/* ---- Dates ------------------------------------------------------------ */
/* Parse "YYYY-MM-DD", "YYYYMMDD" or an ISO date-time into days since
** 1970-01-01.  Returns BRINK_OK or BRINK_EPARSE. */
int brink_date_parse(const char *z, int32_t *piDay);
/* Format a day number as YYYY-MM-DD into z (at least 11 bytes). */
void brink_date_format(int32_t iDay, char *z);

#ifdef __cplusplus
}
#endif
#endif /* BRINK_H */
