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

void brinkWordCachePrefetch(const WordCache *p, const Tok *aTok, int n){
  for(int i=0; i<n; i++) __builtin_prefetch(&p->aSlot[aTok[i].hLow & (WC_SLOTS-1)]);
  for(int i=0; i<n; i++){
    uint32_t h = aTok[i].hLow;
    const Slot *s = &p->aSlot[h & (WC_SLOTS-1)];
    if( s->iEntry>=0 && s->h==h ){
      /* every cache line of the entry: a sentence reads all of it (the form,
      ** the tagger's candidates, then the lemmas) */
      const char *e = (const char*)&p->aEntry[s->iEntry];
      for(size_t k=0; k<sizeof(WordInfo); k+=64) __builtin_prefetch(e+k);
      __builtin_prefetch(e+sizeof(WordInfo)-1);
    }
  }
}

WordInfo *brinkWordCacheGet(WordCache *p, const char *z, int n){
  return brinkWordCacheGetH(p, z, n, brinkWordCacheHash(z, n));
}

WordInfo *brinkWordCacheGetH(WordCache *p, const char *z, int n, uint32_t h){
  uint32_t m = WC_SLOTS-1;
  uint32_t i = h & m;
  for(;; i = (i+1) & m){
    Slot *s = &p->aSlot[i];
    if( s->iEntry<0 ) break;
    if( s->h==h ){
      WordInfo *w = &p->aEntry[s->iEntry];
      if( w->nLow==(uint32_t)n && brinkWordEq(w->zLow, z) ) return w;   /* (inline: no memcmp() call) */
    }
  }
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
