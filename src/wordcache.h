/*
** wordcache.h — a per-coder memo of what brink knows about a word form.
**
** News vocabulary is Zipfian: a few thousand word forms make up most tokens.
** Looking each one up in the lexicon, the WordNet tables and the dictionary's
** word table costs several cache misses per token; the memo keeps the answers
** for forms already seen, in a small hot table owned by one coder (so it
** needs no locks).  When it fills up it is cleared between two stories.
*/
#ifndef BRINK_WORDCACHE_H
#define BRINK_WORDCACHE_H
#include <stdint.h>
#include "dict.h"
#include "lexicon.h"

/* Lemma classes: the lemma of a form depends on its tag only through these. */
enum { LC_NONE = -1, LC_VBASE = 0, LC_VINFL, LC_NOUN, LC_ADJ, LC__COUNT };
static inline int brinkLemmaClass(int eTag){
  switch( eTag ){
    case TAG_VB: case TAG_VBP: return LC_VBASE;
    case TAG_VBD: case TAG_VBN: case TAG_VBG: case TAG_VBZ: return LC_VINFL;
    case TAG_NNS: case TAG_NNPS: return LC_NOUN;
    case TAG_JJR: case TAG_JJS: return LC_ADJ;
    default: return LC_NONE;
  }
}

typedef struct WordInfo {
  const char *zLow;        /* the form, NUL-terminated (zInline, or the cache's arena) */
  uint32_t nLow;           /* its length */
  char zInline[20];        /* short forms live here, next to the rest of the entry */
  int32_t iLex;            /* tagger lexicon index, -1 if not in the lexicon */
  int32_t idLow;           /* dictionary word id of the form, -1 if none */
  int32_t idStem, idStem2; /* ids of the two longest stems ("word*") the form begins with, -1 if none */
  uint8_t mStarts;         /* DK_* bits: can start an actor/agent/discard phrase (form or noun lemma) */
  uint16_t mLists;         /* the coder's word-list bits for the form (coder.c), 0 until worked out */
  uint8_t nCands;          /* aCands[0..nCands) are valid, each for aCandFlags[] */
  uint16_t aCandFlags[2];  /* the TAGC_FLAGS the memoised candidates were made for */
  TagCands aCands[2];      /* the tagger's candidates for this form (lexicon.h): two sets,
                           ** as a form is usually seen with two ("the", and "The" first) */
  const char *azLem[LC__COUNT];  /* lemma per class, NULL until computed */
  int32_t aIdLem[LC__COUNT];
  uint8_t eMissPerson;     /* the misspelt-family-name test, for given name wMissFirst: 0, 1 or 2 */
  int32_t wMissFirst;
  uint32_t iMissPerson;    /* ... the person's actor entry when yes */
} WordInfo;

typedef struct WordCache WordCache;

WordCache *brinkWordCacheNew(const Dict *);
void brinkWordCacheFree(WordCache *);
/* Call between stories: clears the cache when it is nearly full.  Entries
** (and the strings in them) stay valid until then. */
void brinkWordCacheStory(WordCache *);
/* The entry for the lower-case form z[0..n), NUL-terminated at n;
** computes iLex and idLow on a miss.  NULL when the cache is full (until
** the next story) or memory runs out: the caller then computes without it. */
WordInfo *brinkWordCacheGet(WordCache *, const char *z, int n);
/* The same in steps, for a sentence's words at once: the hash of a form
** (the tokenizer's Tok.hLow); hints to fetch the slots of a sentence's
** tokens from memory (...Slots), then the entries of those found in them
** (...Entries, which reads the slots); the lookup with the hash known.  A
** sentence's lookups otherwise wait on the memory one by one (the cache's
** entries are megabytes; docs/PERFORMANCE.md).  The coder gives the hints
** for the next sentence while it codes this one, so that they have arrived
** when it gets there. */
uint32_t brinkWordCacheHash(const char *z, int n);
void brinkWordCachePrefetchSlots(const WordCache *, const Tok *aTok, int n);
void brinkWordCachePrefetchEntries(const WordCache *, const Tok *aTok, int n);
WordInfo *brinkWordCacheGetH(WordCache *, const char *z, int n, uint32_t h);
/* All of them for a sentence's tokens, into aW[0..n): the prefetch (unless
** bHinted: the caller gave the hints above a while ago), then
** brinkWordCacheGetH() of each token's zLow, n and hLow. */
void brinkWordCacheGetAll(WordCache *, const Tok *aTok, int n, int bHinted, WordInfo **aW);
/* The lemma of an entry for tag eTag (and its dictionary id in *pId).
** Inline where the entry has it already (nearly always: it is asked for
** every token); brinkWordCacheLemmaNew() works it out the first time. */
const char *brinkWordCacheLemmaNew(WordCache *, WordInfo *, int eTag, int32_t *pId);
static inline const char *brinkWordCacheLemma(WordCache *p, WordInfo *w, int eTag, int32_t *pId){
  int c = brinkLemmaClass(eTag);
  if( c<0 ){ *pId = w->idLow; return w->zLow; }
  if( !w->azLem[c] ) return brinkWordCacheLemmaNew(p, w, eTag, pId);
  *pId = w->aIdLem[c];
  return w->azLem[c];
}

#endif
