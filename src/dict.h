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
#define ACTF_ETHNIC  0x40   /* a people, not a state: "Yoruba", "Tamil" */
#define ACTF_OUTLET  0x80   /* a news outlet by its name: "BBC", "Xinhua" */

typedef struct DictCode {
  char zCode[32];              /* actor codes are short; issue codes ("EARLY_CHILDHOOD_EDUCATION") not */
  int32_t iFrom, iTo;   /* inclusive day range */
} DictCode;

typedef struct DictEntry {     /* an actor or an agent */
  uint32_t iCode, nCode;       /* slice of Dict.aCode */
  uint32_t iPhrase;            /* first phrase, for messages */
  uint16_t flags;
  uint32_t iFile; int32_t iLine; /* where it was defined: brinkDictFileName(iFile) */
} DictEntry;

/* A word of a phrase or pattern matches a token when either of the token's
** ids (surface, lemma) equals either of the word's ids. */
typedef struct DictWord { int32_t id1, id2; } DictWord;

typedef struct DictPhrase {
  uint32_t iWord; uint16_t nWord;   /* slice of Dict.aWord */
  uint16_t mGap;                    /* bit k: other words may come before word k ("a ... b") */
  uint32_t iEntry;
} DictPhrase;

/* Pattern element kinds. */
enum { PE_WORD = 0, PE_ALT, PE_TARGET, PE_SOURCE, PE_COMPOUND,
       PE_SKIP      /* '^': PETRARCH: a noun phrase whose actor, if any, takes no role;
                       TABARI: pass over one actor */ };
typedef struct PatElem {
  uint8_t eKind;
  uint8_t bAdjacent;     /* must directly follow the previous element */
  uint16_t nAlt;         /* PE_ALT: alternatives, each a run of words */
  uint32_t iWord;        /* PE_WORD: slice of aWord (adjacent run); PE_ALT: slice of aAlt */
  uint16_t nWord;
  uint64_t mAny;         /* PE_ALT: bits (id % 64) of every alternative's last word, both
                         ** ids: a sentence with none of them cannot match the element */
} PatElem;
typedef struct PatAlt {
  uint32_t iWord; uint16_t nWord;
  uint16_t mGap;         /* bit k: other words may come before word k ("a ... b") */
  uint16_t aLast[2];     /* its last word's ids % 4096 (0xFFFF: none), tested against the
                         ** sentence's 4096-bit word set without reading aWord */
} PatAlt;
typedef struct Synset { char zName[48]; uint32_t iAlt; uint16_t nAlt; } Synset;

#define PATF_NOUN   0x01   /* anchor must be tagged as a noun */
#define PATF_VERB   0x02   /* anchor must be tagged as a verb */
#define PATF_NULL   0x04   /* code "---": a match means no event */
#define PATF_COMPOUND 0x08 /* has a '%' slot: a compound actor plays both roles */
#define PATF_FUTURE 0x10   /* !future: the code already says intent or threat; keep it after "will" */
#define PATF_ALT    0x20   /* has an alternative list (set by brinkDictFinish: a filter) */

typedef struct Pattern {
  char zCode[16];                   /* CAMEO code, or any code string of a peer dictionary */
  uint32_t iElem; uint16_t nElem;   /* all elements: the first nPre come before the anchor */
  uint16_t nPre;
  uint32_t iAnchor; uint16_t nAnchor; /* anchor words (adjacent) in aWord */
  uint8_t bAnchorJoin;              /* the anchor directly follows the last pre-element */
  uint16_t flags;
  uint16_t nSpec;       /* specificity: more words, more specific */
  uint64_t mNeed;       /* bits (word id % 64) of words the sentence must hold */
  int32_t aNeed[2];     /* two of those words' ids, for a finer test; -1 when none */
  uint32_t iFile; int32_t iLine;    /* where it was defined: brinkDictFileName(iFile) */
} Pattern;

typedef struct Dict Dict;

Dict *brinkDictNew(void);
void brinkDictFree(Dict *);
/* Parse one file in brink's format into p.  Malformed lines are reported
** through xDiag (file, line, column) and skipped.  Returns BRINK_OK, or
** BRINK_EIO if the file cannot be read (message in *pzErr, malloc'd). */
int brinkDictLoadFile(Dict *, const char *zPath, brink_diag_fn xDiag, void *pArg, char **pzErr);
/* Read a whole dictionary file into *pz (malloc'd, not NUL-terminated; NULL
** when empty), its size in *pn.  BRINK_EIO with a message naming the file,
** or BRINK_ENOMEM. */
int brinkDictReadFile(const char *zPath, char **pz, size_t *pn, char **pzErr);
/* Parse brink-format text held in memory (a file's, a test's): a UTF-8 BOM
** is dropped, and a line that is not UTF-8 is reported and skipped. */
int brinkDictLoadText(Dict *, const char *zName, const char *z, size_t n, brink_diag_fn xDiag, void *pArg);
/* As brinkDictLoadText, but line i (1-based) of z is reported, and recorded
** in Pattern.iLine, as aLine[i-1]: peer.c translates a peer dictionary into
** brink's format and keeps the original line of each translated line.  The
** bytes are taken as they are (no BOM or UTF-8 check: a peer's own). */
int brinkDictLoadTextMap(Dict *, const char *zName, const char *z, size_t n,
                         const int *aLine, size_t nLine, brink_diag_fn xDiag, void *pArg);
/* Build the lookup indexes.  No more loads after this. */
int brinkDictFinish(Dict *);

/* Word ids: -1 when the word is in no dictionary. */
int32_t brinkDictWordId(const Dict *, const char *z, size_t n);
/* A hint to fetch the slot brinkDictWordId() reads first for a word whose
** FNV-1a hash is h (Tok.hLow is that hash of the lower-case form). */
void brinkDictPrefetchWord(const Dict *, uint32_t h);
/* Stems: a dictionary word written "word*" (TABARI's words without a
** trailing '_') matches every token that begins with it.  brinkDictStemId
** gives the id of the longest stem z[0..n) begins with (two letters or
** more, the whole of z included), or -1; *pNext (if not NULL) the next
** longest ("exchanged": exchange*, then exchang*), or -1. */
int brinkDictHasStems(const Dict *);
/* While set, pattern words are split at any punctuation as the tokenizer
** splits the text (TABARI's "ANTI-"); else only at an apostrophe. */
void brinkDictSetSplitPunct(Dict *, int);
int32_t brinkDictStemId(const Dict *, const char *z, size_t n, int32_t *pNext);

/* Candidates whose first word has id w: actors, agents, patterns, discards. */
enum { DK_ACTOR = 0, DK_AGENT, DK_DISCARD, DK_ISSUE, DK__COUNT };
/* One-word phrases of kind eKind whose word has id w. */
const uint32_t *brinkDictPhrasesFor(const Dict *, int eKind, int32_t w, uint32_t *pn);
/* Multi-word phrases whose first two words have ids w0, w1, longest first. */
typedef struct DictPair { uint64_t key; uint32_t iPhrase; uint16_t nWord; } DictPair;
const DictPair *brinkDictPairsFor(const Dict *, int eKind, int32_t w0, int32_t w1, uint32_t *pn);
/* All of them whose first word has id w0, whatever the second (its id is
** the low 32 bits of the key). */
const DictPair *brinkDictPairsFrom(const Dict *, int eKind, int32_t w0, uint32_t *pn);
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
  const char *const *azFile;   /* file names, indexed by DictEntry.iFile and Pattern.iFile */
  size_t nFile;
  /* the index brinkDictPhrasesFor() reads (DK__COUNT: the patterns), for
  ** brinkViewPhrasesFor(): asked at nearly every token, inline */
  const uint32_t *aIdxStart[DK__COUNT+1], *aIdx[DK__COUNT+1];
  size_t nUsed;
} DictView;
void brinkDictView(const Dict *, DictView *);
/* brinkDictPhrasesFor() (brinkDictPatternsFor() for k==DK__COUNT) read
** from a view: the same slice, without the call. */
static inline const uint32_t *brinkViewPhrasesFor(const DictView *v, int k, int32_t w, uint32_t *pn){
  if( w<0 || (size_t)w>=v->nUsed || !v->aIdxStart[k] ){ *pn = 0; return 0; }
  uint32_t s = v->aIdxStart[k][w];
  *pn = v->aIdxStart[k][w+1] - s;
  return v->aIdx[k] + s;
}

/* The code an entry has on a day (DICT_DAY_MIN: the undated default);
** for up to DICT_GRACE_DAYS after its last dated code ends, that code.
** NULL when none applies. */
#define DICT_GRACE_DAYS 14
const char *brinkDictCodeOn(const Dict *, int eKind, uint32_t iEntry, int32_t iDay);
const char *brinkDictCodeNearest(const Dict *, int eKind, uint32_t iEntry, int32_t iDay);

/* The name of file iFile (DictEntry.iFile, Pattern.iFile); "?" if none. */
const char *brinkDictFileName(const Dict *, uint32_t iFile);

/* ---- Compiled cache (dictcache.c; docs/PEER_FORMATS.md "Compiled cache") ----
** Every table of a finished Dict, so that dictcache.c can write them out and
** later point a new Dict at a read-only mapping of the file. */
typedef struct DictSlot { uint32_t iStr; uint32_t nStr; uint32_t h; int32_t id; } DictSlot;
typedef struct DictTables {
  const DictSlot *aSlot; size_t nSlot;   /* word interning: open addressing, nSlot a power of 2 */
  size_t nUsed;                          /* words interned (ids 0..nUsed-1) */
  const char *zPool; size_t nPool;       /* NUL-terminated words */
  const DictWord *aWord; size_t nWord;
  const DictCode *aCode; size_t nCode;
  const DictEntry *aEntry[DK__COUNT]; size_t nEntry[DK__COUNT];
  const DictPhrase *aPhrase[DK__COUNT]; size_t nPhrase[DK__COUNT];
  const Pattern *aPat; size_t nPat;
  const PatElem *aElem; size_t nElem;
  const PatAlt *aAlt; size_t nAlt;
  const Synset *aSyn; size_t nSyn;
  const char *const *azFile; size_t nFile;
  /* first-word index of kind k (DK__COUNT: patterns): aIdxStart[k] has
  ** nUsed+2 entries, aIdx[k] has aIdxStart[k][nUsed] */
  const uint32_t *aIdxStart[DK__COUNT+1], *aIdx[DK__COUNT+1];
  const DictPair *aPair[DK__COUNT]; size_t nPair[DK__COUNT];
  const uint8_t *aFirst;                 /* nUsed+1 bytes */
  size_t nWarning;
} DictTables;
/* The tables of a finished Dict (BRINK_EINVAL if it is not finished). */
int brinkDictTables(const Dict *, DictTables *);
/* A new Dict that reads the tables of t in place (no copy).  They must stay
** valid until brinkDictFree(), which then calls xRelease(pMem, nMem) (if not
** NULL) instead of freeing them.  t->azFile is copied (the array, not the
** names).  Returns NULL on OOM (xRelease is then not called). */
Dict *brinkDictAdopt(const DictTables *t, void (*xRelease)(void*, size_t), void *pMem, size_t nMem);

/* What a cache holds besides the Dict: how the engine was built. */
typedef struct DictCacheInfo {
  int bPeerVerbs;          /* engine.bPeerVerbs */
  size_t nWarning;         /* diagnostics while compiling */
  size_t nIssue, nIssueCode;   /* issue phrases (PeerSet counts, for stats) */
  const char *zFormat;     /* --dict-format of the sources ("auto", "brink", ...) */
  const char *const *azSource; size_t nSource;   /* source files (absolute paths) */
  /* Set by brinkDictOpenCache (free with brinkDictCacheInfoClear): the size
  ** and modification time (ns) each source had when the cache was written. */
  int64_t *aSize, *aMtime;
  void *pAlloc;
} DictCacheInfo;
void brinkDictCacheInfoClear(DictCacheInfo *);
#define BRINK_CACHE_MAGIC "BRINKDC1"
/* Write p (finished) and pInfo to zPath (via a temporary file and rename).
** pInfo->azSource are stat()ed now: their names, sizes and times make the
** hash that brinkDictCacheStale() compares.  Returns BRINK_OK, or
** BRINK_EIO/BRINK_ENOMEM/BRINK_EINVAL with a message in *pzErr (malloc'd). */
int brinkDictSave(const Dict *p, const DictCacheInfo *pInfo, const char *zPath, char **pzErr);
/* Map zPath read-only and return a Dict that reads its tables in place.
** Every offset, length and index of the file is checked first: a corrupt,
** truncated or foreign file gives BRINK_EPARSE (BRINK_EIO if it cannot be
** read) and a message in *pzErr.  pInfo (may be NULL) receives the rest;
** its strings live in the mapping, valid until brinkDictFree(*ppOut); free
** its arrays with brinkDictCacheInfoClear(). */
int brinkDictOpenCache(const char *zPath, DictCacheInfo *pInfo, Dict **ppOut, char **pzErr);
/* The same over nData bytes at aData (not copied: they must outlive the
** Dict, which never frees them).  For tests and fuzzing; aData must be
** 8-byte aligned. */
int brinkDictOpenCacheMem(const void *aData, size_t nData, DictCacheInfo *pInfo, Dict **ppOut, char **pzErr);
/* 1 if zPath starts with BRINK_CACHE_MAGIC. */
int brinkDictIsCache(const char *zPath);
/* Compare the sources of a cache with the files on disk: 0 all unchanged;
** 1 some changed and all exist (rebuild from them); 2 some are missing.
** With 1 or 2, *pzWhy (malloc'd) names the first file that differs. */
int brinkDictCacheStale(const DictCacheInfo *pInfo, char **pzWhy);

#endif
