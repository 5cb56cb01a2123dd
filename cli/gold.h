/*
** gold.h — readers for the gold files `brink eval` scores against.
**
** Four formats are read into one model, a GoldSet of GoldRecords, each a
** text to code with the events a careful coder expects from it:
**
**   seed      brink's hand-coded TSV (../shared/seed/X.gold.tsv): rows of
**             acceptable actor and code prefixes, core or optional, for the
**             story in the JSON Lines (or text) file beside it
**   plover    PLOVER gold-standard JSON: an array of records with text,
**             date, source/target actor lists and a PLOVER event type
**   petrarch  PETRARCH unit-test XML: <Sentence> records with <EventCoding>
**             and <Text>, dictionaries named in <Environment>
**   tabari    TABARI validation text (with its .project naming the
**             dictionaries): `YYMMDD ID` records with the expected events
**             in a slash-star comment block
**
** Gold files are untrusted input: every buffer is bounded, and every
** problem is reported through the diag callback with file and line.  A bad
** record is excluded (with the reason kept on it) and reading goes on; only
** a file that cannot be read at all, or that holds no record, fails.
**
** Scoring is not done here: that is cmd_eval.c.  This module only says what
** is expected.  Memory: everything hangs off the GoldSet and is released by
** gold_free().
*/
#ifndef BRINK_GOLD_H
#define BRINK_GOLD_H
#include "brink.h"

enum { GOLD_AUTO = 0, GOLD_SEED, GOLD_PLOVER, GOLD_PETRARCH, GOLD_TABARI };

/* What a record expects. */
enum {
  GOLD_EVENTS = 0,    /* the events in aEv (core ones required) */
  GOLD_NONE = 1,      /* no event at all ({---}, {###}, {+++}, noevents="True") */
  GOLD_EXCLUDED = 2   /* not scored; zWhy says why */
};

/* Limits on one field of a gold file.  Actor and event codes are short
** (CAMEO actor codes are up to 15 characters); alternatives joined by '|'
** stay well under this. */
#define GOLD_MAXALT   256
#define GOLD_MAXID    128
#define GOLD_MAXWHY   160

/* One expected event.  Each field holds one or more alternatives joined by
** '|' ("USA", "NATO|NAT|IGONAT"); "" means "no actor". */
typedef struct GoldEvent {
  char zSrc[GOLD_MAXALT];
  char zTgt[GOLD_MAXALT];
  char zCode[GOLD_MAXALT]; /* CAMEO codes (seed: prefixes), or a PLOVER event type */
  int bOptional;           /* seed "optional": may be coded, need not be */
  int iLine;
  char *zNote;             /* seed evidence, or NULL (malloc'd) */
} GoldEvent;

typedef struct GoldRecord {
  char zId[GOLD_MAXID];
  char zCategory[GOLD_MAXID];
  char zDate[11];          /* YYYY-MM-DD */
  char *zText;             /* normalised UTF-8 (malloc'd), NULL when excluded */
  size_t nText;
  int iLine;               /* where the record begins in the gold file */
  int eExpect;             /* GOLD_EVENTS, GOLD_NONE or GOLD_EXCLUDED */
  char zWhy[GOLD_MAXWHY];  /* for GOLD_EXCLUDED */
  GoldEvent *aEv;
  int nEv;
  char *zOptions;          /* TABARI: the record's OPTION lines, '\n'-separated (malloc'd), or NULL;
                           ** they apply to the records after it (brink_coder_tabari_option) */
} GoldRecord;

typedef struct GoldSet {
  int eFormat;
  char *zFile;             /* the gold file as named */
  GoldRecord *aRec;
  int nRec, nAlloc;
  char **azDict;           /* dictionaries the gold file names, resolved (NULL-terminated) */
  int nDict;
  int iDictLine;           /* where they are named (for messages) */
  char *zDictFrom;         /* the file that names them (project or XML) */
  char *zOptions;          /* TABARI: the lines of the project's <optionsfile> (malloc'd), or NULL */
  /* seed: "Any SRC->TGT event of roots LO-HI is a false positive" */
  int bForbid;
  char zForbidSrc[16], zForbidTgt[16];
  int iForbidLo, iForbidHi;
  int nWarn;               /* problems reported while reading */
  brink_diag_fn xDiag;
  void *pDiagArg;
} GoldSet;

/* The format name ("seed", ...) for a GOLD_* value, and the reverse
** (returns -1 for an unknown name; "auto" is GOLD_AUTO). */
const char *gold_format_name(int eFormat);
int gold_format_parse(const char *zName);

/* Guess the format of zFile from its name and first bytes.  Returns a
** GOLD_* value, or GOLD_AUTO when nothing fits. */
int gold_detect(const char *zFile);

/* Read zFile as format eFormat (GOLD_AUTO: detect) into *p, which the call
** initialises.  Problems go to xDiag.  Returns 0, or -1 with a message in
** zErr when the file cannot be used at all; *p must be gold_free()d either
** way. */
int gold_read(const char *zFile, int eFormat, brink_diag_fn xDiag, void *pDiagArg,
              GoldSet *p, char *zErr, size_t nErr);
void gold_free(GoldSet *p);

#endif
