/*
** fuzz_dictcache.c — libFuzzer target for the compiled dictionary cache
** (src/dictcache.c).
**
** Each input is taken as a cache file: it is copied to an 8-aligned buffer
** and opened with brinkDictOpenCacheMem().  A damaged file must give an
** error with a message, never a crash or a read outside the buffer (ASan).
** When it opens, the promises the checks make are exercised: every word of
** the pool is looked up, every word id's phrase and pattern slices are
** walked and their items' slices read, every entry's code is asked for, and
** the file names of entries and patterns are read.  Under ASan, leaks fail
** the run.  Seeds in fuzz/corpus/fuzz_dictcache/ are small caches written
** by `brink dict compile` from tiny dictionaries.
**
** Build: make build-fuzz/fuzz_dictcache; run with fuzz/corpus/fuzz_dictcache.
*/
#include "dict.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

#define CHECK(x) do{ if( !(x) ){ fprintf(stderr, "CHECK failed: %s (line %d)\n", #x, __LINE__); abort(); } }while(0)

static volatile unsigned gSink;

static void walkPhrase(const DictView *v, int k, uint32_t i){
  CHECK( i<v->nPhrase[k] );
  const DictPhrase *ph = &v->aPhrase[k][i];
  for(uint16_t w=0; w<ph->nWord; w++) gSink += (unsigned)v->aWord[ph->iWord+w].id1;
  CHECK( ph->iEntry<v->nEntry[k] );
  const DictEntry *e = &v->aEntry[k][ph->iEntry];
  for(uint32_t c=0; c<e->nCode; c++) gSink += (unsigned)strlen(v->aCode[e->iCode+c].zCode);
  CHECK( e->iFile<v->nFile );
  gSink += (unsigned)strlen(v->azFile[e->iFile]);
}

static void walkPattern(const DictView *v, uint32_t i){
  CHECK( i<v->nPat );
  const Pattern *p = &v->aPat[i];
  gSink += (unsigned)strlen(p->zCode);
  gSink += (unsigned)v->aWord[p->iAnchor].id2;
  for(uint16_t k=0; k<p->nElem; k++){
    const PatElem *pe = &v->aElem[p->iElem+k];
    if( pe->eKind==PE_WORD ){
      for(uint16_t w=0; w<pe->nWord; w++) gSink += (unsigned)v->aWord[pe->iWord+w].id1;
    }else if( pe->eKind==PE_ALT ){
      for(uint16_t a=0; a<pe->nAlt; a++){
        const PatAlt *pa = &v->aAlt[pe->iWord+a];
        for(uint16_t w=0; w<pa->nWord; w++) gSink += (unsigned)v->aWord[pa->iWord+w].id2;
      }
    }
  }
  CHECK( p->iFile<v->nFile );
  gSink += (unsigned)strlen(v->azFile[p->iFile]);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  uint64_t *aBuf = malloc((nData/8 + 1)*8);
  if( !aBuf ) return 0;
  memcpy(aBuf, aData, nData);
  Dict *p = 0;
  char *zErr = 0;
  DictCacheInfo info;
  int rc = brinkDictOpenCacheMem(aBuf, nData, &info, &p, &zErr);
  if( rc!=BRINK_OK ){
    CHECK( p==0 );
    CHECK( zErr && zErr[0] );
    free(zErr);
    free(aBuf);
    return 0;
  }
  CHECK( p && !zErr );
  DictView v;
  brinkDictView(p, &v);
  /* every word id (fewer than 4096 in inputs of 64 KB): the slices the index gives */
  for(int32_t w=-1; w<4200; w++){
    uint32_t n = 0;
    for(int k=0; k<DK__COUNT; k++){
      const uint32_t *a = brinkDictPhrasesFor(p, k, w, &n);
      for(uint32_t i=0; i<n; i++) walkPhrase(&v, k, a[i]);
      const DictPair *pp = brinkDictPairsFor(p, k, w, w, &n);
      for(uint32_t i=0; i<n; i++) walkPhrase(&v, k, pp[i].iPhrase);
    }
    const uint32_t *a = brinkDictPatternsFor(p, w, &n);
    for(uint32_t i=0; i<n; i++) walkPattern(&v, a[i]);
    gSink += brinkDictStarts(p, w);
  }
  for(int k=0; k<DK__COUNT; k++){
    for(size_t i=0; i<v.nEntry[k]; i++){
      const char *z = brinkDictCodeOn(p, k, (uint32_t)i, 0);
      if( z ) gSink += (unsigned)strlen(z);
    }
    for(size_t i=0; i<v.nPhrase[k]; i++) walkPhrase(&v, k, (uint32_t)i);
  }
  for(size_t i=0; i<v.nPat; i++) walkPattern(&v, (uint32_t)i);
  /* lookups of words of the input itself */
  for(size_t i=0; i+4<=nData; i+=97) gSink += (unsigned)brinkDictWordId(p, (const char*)aData+i, 4);
  gSink += (unsigned)brinkDictWordId(p, "the", 3);
  for(size_t i=0; i<info.nSource; i++) gSink += (unsigned)strlen(info.azSource[i]);
  gSink += (unsigned)strlen(info.zFormat);
  brinkDictCacheInfoClear(&info);
  brinkDictFree(p);
  free(aBuf);
  return 0;
}
