/*
** dict.h — compiled dictionaries: actors, agents, verb patterns, discards.
**
** dict.c parses brink's own dictionary format (docs/DICTIONARIES.md) and
** compiles it into flat read-only arrays indexed by interned word ids, so
** the coder matches phrases with integer compares.  After brinkDictFinish()
** a Dict never changes and may be read by any number of threads.
*/
#ifndef BRINK_DICT_H
#define BRINK_DICT_H
#include <stdint.h>
#include <stddef.h>
#include "brink.h"

#define DICT_DAY_MIN INT32_MIN
#define DICT_DAY_MAX INT32_MAX

/* Actor and agent flags. */
#define ACTF_PERSON  0x01   /* a named person: "he"/"she" can refer to it */
#define ACTF_STATE   0x02   /* a country or state: "it" can refer to it */
#define ACTF_ORG     0x04   /* an organisation */
#define ACTF_ADJ     0x08   /* an adjective or demonym: "Russian" */
#define ACTF_PLURAL  0x10   /* "they" can refer to it */
#define ACTF_PREFIX  0x20   /* agent: its code goes before the actor's (IGO~) */

typedef struct DictCode {
  char zCode[32];              /* actor codes are short; issue codes ("EARLY_CHILDHOOD_EDUCATION") not */
  int32_t iFrom, iTo;   /* inclusive day range */
} DictCode;

typedef struct DictEntry {     /* an actor or an agent */
  uint32_t iCode, nCode;       /* slice of Dict.aCode */
  uint32_t iPhrase;            /* first phrase, for messages */
  uint16_t flags;
  const char *zFile; int iLine; /* where it was defined */
} DictEntry;

/* A word of a phrase or pattern matches a token when either of the token's
** ids (surface, lemma) equals either of the word's ids. */
typedef struct DictWord { int32_t id1, id2; } DictWord;

typedef struct DictPhrase {
  uint32_t iWord; uint16_t nWord;   /* slice of Dict.aWord */
  uint32_t iEntry;
} DictPhrase;

/* Pattern element kinds. */
enum { PE_WORD = 0, PE_ALT, PE_TARGET, PE_SOURCE, PE_COMPOUND };
typedef struct PatElem {
  uint8_t eKind;
  uint8_t bAdjacent;     /* must directly follow the previous element */
  uint16_t nAlt;         /* PE_ALT: alternatives, each a run of words */
  uint32_t iWord;        /* PE_WORD: slice of aWord (adjacent run); PE_ALT: slice of aAlt */
  uint16_t nWord;
} PatElem;
typedef struct PatAlt { uint32_t iWord; uint16_t nWord; } PatAlt;
typedef struct Synset { char zName[48]; uint32_t iAlt; uint16_t nAlt; } Synset;

#define PATF_NOUN   0x01   /* anchor must be tagged as a noun */
#define PATF_VERB   0x02   /* anchor must be tagged as a verb */
#define PATF_NULL   0x04   /* code "---": a match means no event */
#define PATF_COMPOUND 0x08 /* has a '%' slot: a compound actor plays both roles */
#define PATF_FUTURE 0x10   /* !future: the code already says intent or threat; keep it after "will" */

typedef struct Pattern {
  char zCode[16];                   /* CAMEO code, or any code string of a peer dictionary */
  uint32_t iElem; uint16_t nElem;   /* all elements: the first nPre come before the anchor */
  uint16_t nPre;
  uint32_t iAnchor; uint16_t nAnchor; /* anchor words (adjacent) in aWord */
  uint8_t bAnchorJoin;              /* the anchor directly follows the last pre-element */
  uint16_t flags;
  uint16_t nSpec;       /* specificity: more words, more specific */
  uint64_t mNeed;       /* bits (word id % 64) of words the sentence must hold */
  const char *zFile; int iLine;
} Pattern;

typedef struct Dict Dict;

Dict *brinkDictNew(void);
void brinkDictFree(Dict *);
/* Parse one file in brink's format into p.  Malformed lines are reported
** through xDiag (file, line, column) and skipped.  Returns BRINK_OK, or
** BRINK_EIO if the file cannot be read (message in *pzErr, malloc'd). */
int brinkDictLoadFile(Dict *, const char *zPath, brink_diag_fn xDiag, void *pArg, char **pzErr);
/* Parse text held in memory (for tests and fuzzing). */
int brinkDictLoadText(Dict *, const char *zName, const char *z, size_t n, brink_diag_fn xDiag, void *pArg);
/* As brinkDictLoadText, but line i (1-based) of z is reported, and recorded
** in Pattern.iLine, as aLine[i-1]: peer.c translates a peer dictionary into
** brink's format and keeps the original line of each translated line. */
int brinkDictLoadTextMap(Dict *, const char *zName, const char *z, size_t n,
                         const int *aLine, size_t nLine, brink_diag_fn xDiag, void *pArg);
/* Build the lookup indexes.  No more loads after this. */
int brinkDictFinish(Dict *);

/* Word ids: -1 when the word is in no dictionary. */
int32_t brinkDictWordId(const Dict *, const char *z, size_t n);

/* Candidates whose first word has id w: actors, agents, patterns, discards. */
enum { DK_ACTOR = 0, DK_AGENT, DK_DISCARD, DK_ISSUE, DK__COUNT };
/* One-word phrases of kind eKind whose word has id w. */
const uint32_t *brinkDictPhrasesFor(const Dict *, int eKind, int32_t w, uint32_t *pn);
/* Multi-word phrases whose first two words have ids w0, w1, longest first. */
typedef struct DictPair { uint64_t key; uint32_t iPhrase; uint16_t nWord; } DictPair;
const DictPair *brinkDictPairsFor(const Dict *, int eKind, int32_t w0, int32_t w1, uint32_t *pn);
const uint32_t *brinkDictPatternsFor(const Dict *, int32_t w, uint32_t *pn);
/* Bit k (DK_*) is set when word id w starts some phrase of kind k. */
unsigned brinkDictStarts(const Dict *, int32_t w);

/* Read-only views of the tables. */
typedef struct DictView {
  const DictPhrase *aPhrase[DK__COUNT];
  const DictEntry *aEntry[DK__COUNT];
  const DictWord *aWord;
  const DictCode *aCode;
  const Pattern *aPat;
  const PatElem *aElem;
  const PatAlt *aAlt;
  size_t nPhrase[DK__COUNT], nEntry[DK__COUNT], nPat, nWarning;
} DictView;
void brinkDictView(const Dict *, DictView *);

/* The code an entry has on a day (DICT_DAY_MIN: the undated default).
** NULL when none applies. */
const char *brinkDictCodeOn(const Dict *, int eKind, uint32_t iEntry, int32_t iDay);

#endif
