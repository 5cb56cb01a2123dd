/*
** wordcache.c — the per-coder word memo (see wordcache.h).
**
** Open addressing over a power-of-two slot array with the 32-bit hash kept
** in the slot, so a probe that misses never touches the string.  Strings and
** lemmas live in the cache's own arena, which is dropped when the table is
** cleared.
*/
#include "wordcache.h"
#include "arena.h"
#include <stdlib.h>
#include <string.h>

/* 256 Ki slots: a news feed's working vocabulary (Reuters 1987: 68k forms)
** fits without a clear; at 128 Ki the memo filled halfway through that
** corpus and was cleared, and 23k forms were worked out twice */
#define WC_SLOTS   (1u<<18)
#define WC_MAXUSED (WC_SLOTS/2)

typedef struct Slot { uint32_t h; int32_t iEntry; } Slot;

struct WordCache {
  const Dict *pDict;
  int bStems;                /* the dictionary has TABARI stems */
  Slot *aSlot;
  WordInfo *aEntry;
  uint32_t nEntry;
  Arena arena;
};

static void wcClear(WordCache *p){
  for(uint32_t i=0; i<WC_SLOTS; i++) p->aSlot[i].iEntry = -1;
  p->nEntry = 0;
  brinkArenaReset(&p->arena);
}

WordCache *brinkWordCacheNew(const Dict *pDict){
  WordCache *p = calloc(1, sizeof *p);
  if( !p ) return 0;
  p->pDict = pDict;
  p->bStems = brinkDictHasStems(pDict);
  p->aSlot = malloc(sizeof(Slot)*WC_SLOTS);
  p->aEntry = malloc(sizeof(WordInfo)*WC_MAXUSED);
  brinkArenaInit(&p->arena);
  if( !p->aSlot || !p->aEntry ){ brinkWordCacheFree(p); return 0; }
  wcClear(p);
  return p;
}

void brinkWordCacheFree(WordCache *p){
  if( !p ) return;
  free(p->aSlot);
  free(p->aEntry);
  brinkArenaFree(&p->arena);
  free(p);
}

void brinkWordCacheStory(WordCache *p){
  if( p->nEntry >= WC_MAXUSED*3/4 ) wcClear(p);
}

uint32_t brinkWordCacheHash(const char *z, int n){
  uint32_t h = brinkHashInit;
  for(int i=0; i<n; i++) h = brinkHashStep(h, (unsigned char)z[i]);
  return h;
}

void brinkWordCachePrefetchSlots(const WordCache *p, const Tok *aTok, int n){
  for(int i=0; i<n; i++) __builtin_prefetch(&p->aSlot[aTok[i].hLow & (WC_SLOTS-1)]);
}

void brinkWordCachePrefetchEntries(const WordCache *p, const Tok *aTok, int n){
  for(int i=0; i<n; i++){
    uint32_t h = aTok[i].hLow;
    const Slot *s = &p->aSlot[h & (WC_SLOTS-1)];
    if( s->iEntry>=0 && s->h==h ){
      /* every cache line of the entry: a sentence reads all of it (the form,
      ** the tagger's candidates, then the lemmas) */
      const char *e = (const char*)&p->aEntry[s->iEntry];
      for(size_t k=0; k<sizeof(WordInfo); k+=64) __builtin_prefetch(e+k);
      __builtin_prefetch(e+sizeof(WordInfo)-1);
    }else if( s->iEntry<0 && aTok[i].n>0 ){
      /* a form not seen yet: wcAdd() will look it up in the tagger's
      ** lexicon and the dictionary's word table, whose hash is this one */
      __builtin_prefetch(&brinkLexWords.aSlot[h & (brinkLexWords.nSlot-1)]);
      brinkDictPrefetchWord(p->pDict, h);
    }
  }
}

WordInfo *brinkWordCacheGet(WordCache *p, const char *z, int n){
  return brinkWordCacheGetH(p, z, n, brinkWordCacheHash(z, n));
}

/* Whether a[0..n) and b[0..n) are equal, where both are NUL-terminated
** at n (so n+1 bytes of each may be read): a few loads of 8, 4 or 2 bytes,
** the last one overlapping the one before, not a loop over the letters. */
static inline int wcEq(const char *a, const char *b, uint32_t n){
  uint32_t m = n+1;   /* (the NULs are equal too) */
  if( m>=8 ){
    uint64_t x, y;
    for(uint32_t i=0; i+8<m; i+=8){
      memcpy(&x, a+i, 8); memcpy(&y, b+i, 8);
      if( x!=y ) return 0;
    }
    memcpy(&x, a+m-8, 8); memcpy(&y, b+m-8, 8);
    return x==y;
  }
  if( m>=4 ){
    uint32_t x0, y0, x1, y1;
    memcpy(&x0, a, 4); memcpy(&y0, b, 4);
    memcpy(&x1, a+m-4, 4); memcpy(&y1, b+m-4, 4);
    return ((x0^y0)|(x1^y1))==0;
  }
  uint16_t x0, y0, x1, y1;   /* m is 2 or 3 (1: both empty) */
  if( m<2 ) return 1;
  memcpy(&x0, a, 2); memcpy(&y0, b, 2);
  memcpy(&x1, a+m-2, 2); memcpy(&y1, b+m-2, 2);
  return ((x0^y0)|(x1^y1))==0;
}

/* The miss: a new entry in slot i (empty), or NULL when the memo is full. */
static WordInfo *wcAdd(WordCache *p, const char *z, int n, uint32_t h, uint32_t i){
  if( p->nEntry>=WC_MAXUSED ) return 0;   /* full until the next story */
  WordInfo *w = &p->aEntry[p->nEntry];
  memset(w, 0, sizeof *w);
  if( (size_t)n < sizeof w->zInline ){
    memcpy(w->zInline, z, (size_t)n);
    w->zInline[n] = 0;
    w->zLow = w->zInline;
  }else{
    char *zCopy = brinkArenaStrndup(&p->arena, z, (size_t)n);
    if( !zCopy ) return 0;
    w->zLow = zCopy;
  }
  w->nLow = (uint32_t)n;
  w->iLex = n>0 ? brinkLexFind(&brinkLexWords, z, n) : -1;
  w->idLow = brinkDictWordId(p->pDict, z, (size_t)n);
  w->mStarts = (uint8_t)brinkDictStarts(p->pDict, w->idLow);
  w->idStem = p->bStems ? brinkDictStemId(p->pDict, z, (size_t)n, &w->idStem2) : (w->idStem2 = -1);
  w->mStarts |= (uint8_t)(brinkDictStarts(p->pDict, w->idStem) | brinkDictStarts(p->pDict, w->idStem2));
  {
    int32_t idNoun;   /* "troops" starts the agent "troop" */
    if( brinkWordCacheLemma(p, w, TAG_NNS, &idNoun) ) w->mStarts |= (uint8_t)brinkDictStarts(p->pDict, idNoun);
  }
  p->aSlot[i].h = h;
  p->aSlot[i].iEntry = (int32_t)p->nEntry++;
  return w;
}

/* The probe, inline in the sentence's loop (brinkWordCacheGetAll): a
** token is nearly always found, and the call to the miss's code is rare. */
static inline WordInfo *wcGet(WordCache *p, const char *z, int n, uint32_t h){
  uint32_t m = WC_SLOTS-1;
  uint32_t i = h & m;
  for(;; i = (i+1) & m){
    const Slot *s = &p->aSlot[i];
    if( s->iEntry<0 ) break;
    if( s->h==h ){
      WordInfo *w = &p->aEntry[s->iEntry];
      if( w->nLow==(uint32_t)n && wcEq(w->zLow, z, (uint32_t)n) ) return w;
    }
  }
  return wcAdd(p, z, n, h, i);
}

WordInfo *brinkWordCacheGetH(WordCache *p, const char *z, int n, uint32_t h){
  return wcGet(p, z, n, h);
}

void brinkWordCacheGetAll(WordCache *p, const Tok *aTok, int n, int bHinted, WordInfo **aW){
  if( !bHinted ){
    brinkWordCachePrefetchSlots(p, aTok, n);
    brinkWordCachePrefetchEntries(p, aTok, n);
  }
  for(int i=0; i<n; i++) aW[i] = wcGet(p, aTok[i].zLow, aTok[i].n, aTok[i].hLow);
}

/* (brinkWordCacheLemma, wordcache.h, calls it for a class of eTag that has
** no lemma yet) */
const char *brinkWordCacheLemmaNew(WordCache *p, WordInfo *w, int eTag, int32_t *pId){
  int c = brinkLemmaClass(eTag);
  const char *zLem = brinkLemma(w->zLow, (int)w->nLow, eTag, &p->arena);
  if( !zLem ) return 0;
  w->azLem[c] = zLem;
  w->aIdLem[c] = zLem==w->zLow || strcmp(zLem, w->zLow)==0 ? w->idLow
               : brinkDictWordId(p->pDict, zLem, strlen(zLem));
  *pId = w->aIdLem[c];
  return w->azLem[c];
}
