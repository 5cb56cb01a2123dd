/*
** fuzz_dict.c — libFuzzer target for the dictionary loader (src/dict.c).
**
** Each input is loaded as one dictionary file with brinkDictLoadText() and
** compiled with brinkDictFinish(); then the compiled tables are checked for
** the promises dict.h makes:
**   - every diagnostic names the file, a line that exists and a column
**     inside that line (or 0), with a one-line, non-empty message;
**   - nWarning equals the number of diagnostics;
**   - every phrase, entry, code, pattern, element and alternative slice
**     stays inside its table, and every word id is -1 or a known word;
**   - brinkDictPhrasesFor / brinkDictPatternsFor return valid indexes,
**     and the phrases listed for a word really start with that word;
**   - brinkDictCodeOn gives NULL or one of the entry's own codes.
** The input is also cut into words that are looked up, and loaded a second
** time in two pieces (at a line break) to check the counts do not depend on
** how the text is split into files.  Under ASan, leaks fail the run.
**
** Build: make build-fuzz/fuzz_dict; run with fuzz/corpus/fuzz_dict.
*/
#include "dict.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* A failed check: abort so that libFuzzer records the input. */
#define CHECK(x) do{ if( !(x) ){ fprintf(stderr, "CHECK failed: %s (line %d)\n", #x, __LINE__); abort(); } }while(0)

#define FUZZ_NAME "fuzz.txt"

typedef struct DiagState {
  const uint8_t *a; size_t n;   /* the input, to find line lengths */
  size_t nLine;                 /* lines in the input */
  size_t nDiag;
} DiagState;

/* Length of line iLine (1-based) of the input. */
static size_t lineLen(const DiagState *p, int iLine){
  size_t i = 0;
  for(int k=1; k<iLine && i<p->n; k++){
    const uint8_t *q = memchr(p->a+i, '\n', p->n-i);
    if( !q ) return 0;
    i = (size_t)(q - p->a) + 1;
  }
  const uint8_t *q = memchr(p->a+i, '\n', p->n-i);
  return q ? (size_t)(q - (p->a+i)) : p->n - i;
}

static void onDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagState *p = pArg;
  p->nDiag++;
  CHECK( zFile && strcmp(zFile, FUZZ_NAME)==0 );
  CHECK( iLine>=1 && (size_t)iLine<=p->nLine );
  CHECK( iCol>=0 && (size_t)iCol<=lineLen(p, iLine)+1 );
  CHECK( zMsg && zMsg[0] );
  CHECK( strchr(zMsg, '\n')==0 );
}

static void checkWordId(const Dict *p, int32_t id, int32_t nMaxId){
  (void)p;
  CHECK( id>=0 && id<nMaxId );
}


/* The largest word id + 1, found by looking at all words. */
static int32_t maxWordId(const DictView *v, size_t nWord){
  int32_t m = -1;
  for(size_t i=0; i<nWord; i++){
    if( v->aWord[i].id1>m ) m = v->aWord[i].id1;
    if( v->aWord[i].id2>m ) m = v->aWord[i].id2;
  }
  return m+1;
}

static void checkTables(const Dict *p){
  DictView v;
  brinkDictView(p, &v);
  /* aWord has no count in the view: bound it by the slices that use it */
  size_t nWord = 0;
  for(int k=0; k<DK__COUNT; k++){
    for(size_t i=0; i<v.nPhrase[k]; i++){
      const DictPhrase *ph = &v.aPhrase[k][i];
      CHECK( ph->nWord>0 );
      CHECK( ph->iEntry<v.nEntry[k] );
      if( ph->iWord+ph->nWord>nWord ) nWord = ph->iWord+ph->nWord;
    }
  }
  for(size_t i=0; i<v.nPat; i++){
    const Pattern *pat = &v.aPat[i];
    if( pat->iAnchor+1u>nWord ) nWord = pat->iAnchor+1u;
    for(uint16_t j=0; j<pat->nElem; j++){
      const PatElem *pe = &v.aElem[pat->iElem+j];
      if( pe->eKind==PE_WORD && pe->iWord+pe->nWord>nWord ) nWord = pe->iWord+pe->nWord;
      if( pe->eKind!=PE_ALT ) continue;
      for(uint16_t a=0; a<pe->nAlt; a++){
        const PatAlt *pa = &v.aAlt[pe->iWord+a];
        if( pa->iWord+pa->nWord>nWord ) nWord = pa->iWord+pa->nWord;
      }
    }
  }
  int32_t nId = maxWordId(&v, nWord);
  size_t nCode = 0;
  for(int k=0; k<DK__COUNT; k++){
    for(size_t i=0; i<v.nEntry[k]; i++){
      const DictEntry *e = &v.aEntry[k][i];
      if( k!=DK_DISCARD ) CHECK( e->nCode>0 );
      if( e->iCode+e->nCode>nCode ) nCode = e->iCode+e->nCode;
      for(uint32_t c=0; c<e->nCode; c++){
        const DictCode *dc = &v.aCode[e->iCode+c];
        size_t nC = strnlen(dc->zCode, sizeof dc->zCode);
        CHECK( nC>0 && nC<sizeof dc->zCode );
        CHECK( dc->iFrom<=dc->iTo );
      }
      /* the code on a few days is NULL or one of the entry's codes */
      static const int32_t aDay[] = { DICT_DAY_MIN, -1000000, 0, 18000, 19000, 2900000, DICT_DAY_MAX };
      for(size_t d=0; d<sizeof aDay/sizeof aDay[0]; d++){
        const char *z = brinkDictCodeOn(p, k, (uint32_t)i, aDay[d]);
        if( k==DK_DISCARD || e->nCode==0 ){ CHECK( z==0 ); continue; }
        if( !z ) continue;
        int bFound = 0;
        for(uint32_t c=0; c<e->nCode && !bFound; c++) bFound = z==v.aCode[e->iCode+c].zCode;
        CHECK( bFound );
      }
    }
    for(size_t i=0; i<v.nPhrase[k]; i++){
      const DictPhrase *ph = &v.aPhrase[k][i];
      for(uint16_t w=0; w<ph->nWord; w++){
        checkWordId(p, v.aWord[ph->iWord+w].id1, nId);
        checkWordId(p, v.aWord[ph->iWord+w].id2, nId);
      }
      /* a one-word phrase is listed under its word; a longer one under its
      ** first two words */
      uint32_t n = 0;
      int bFound = 0;
      if( ph->nWord==1 ){
        const uint32_t *a = brinkDictPhrasesFor(p, k, v.aWord[ph->iWord].id1, &n);
        for(uint32_t j=0; j<n; j++){
          CHECK( a[j]<v.nPhrase[k] );
          if( a[j]==i ) bFound = 1;
        }
      }else{
        const DictPair *a = brinkDictPairsFor(p, k, v.aWord[ph->iWord].id1, v.aWord[ph->iWord+1].id1, &n);
        for(uint32_t j=0; j<n; j++){
          CHECK( a[j].iPhrase<v.nPhrase[k] && a[j].nWord==v.aPhrase[k][a[j].iPhrase].nWord );
          if( a[j].iPhrase==i ) bFound = 1;
          if( j ) CHECK( a[j].nWord<=a[j-1].nWord );
        }
      }
      CHECK( bFound );
    }
  }
  for(size_t i=0; i<v.nPat; i++){
    const Pattern *pat = &v.aPat[i];
    size_t nC = strnlen(pat->zCode, sizeof pat->zCode);
    CHECK( nC>0 && nC<sizeof pat->zCode );
    CHECK( pat->nAnchor>=1 );
    CHECK( pat->nPre<=pat->nElem );
    checkWordId(p, v.aWord[pat->iAnchor].id1, nId);
    for(uint16_t j=0; j<pat->nElem; j++){
      const PatElem *pe = &v.aElem[pat->iElem+j];
      CHECK( pe->eKind<=PE_SKIP );
      if( pe->eKind==PE_WORD ){
        CHECK( pe->nWord>=1 );
        checkWordId(p, v.aWord[pe->iWord].id1, nId);
      }else if( pe->eKind==PE_ALT ){
        for(uint16_t a=0; a<pe->nAlt; a++){
          const PatAlt *pa = &v.aAlt[pe->iWord+a];
          CHECK( pa->nWord>=1 );
          for(uint16_t w=0; w<pa->nWord; w++) checkWordId(p, v.aWord[pa->iWord+w].id1, nId);
        }
      }
    }
    uint32_t n = 0;
    const uint32_t *a = brinkDictPatternsFor(p, v.aWord[pat->iAnchor].id1, &n);
    int bFound = 0;
    for(uint32_t j=0; j<n; j++){
      CHECK( a[j]<v.nPat );
      if( a[j]==i ) bFound = 1;
      /* most specific first */
      if( j>0 ) CHECK( v.aPat[a[j-1]].nSpec>=v.aPat[a[j]].nSpec );
    }
    CHECK( bFound );
  }
}

/* Look up every run of letters of the input, lower-cased. */
static void lookupWords(const Dict *p, const uint8_t *a, size_t n){
  DictView v;
  brinkDictView(p, &v);
  size_t i = 0;
  int nLook = 0;
  while( i<n && nLook<2000 ){
    while( i<n && !(a[i]>='A' && a[i]<='Z') && !(a[i]>='a' && a[i]<='z') && a[i]<0x80 ) i++;
    size_t s = i;
    char zW[64];
    size_t nW = 0;
    while( i<n && ((a[i]>='A' && a[i]<='Z') || (a[i]>='a' && a[i]<='z') || a[i]>=0x80 || a[i]=='-' || a[i]=='.') ){
      if( nW<sizeof zW ) zW[nW++] = (char)((a[i]>='A' && a[i]<='Z') ? a[i]+32 : a[i]);
      i++;
    }
    if( i==s ){ i++; continue; }
    nLook++;
    int32_t w = brinkDictWordId(p, zW, nW);
    CHECK( w>=-1 );
    for(int k=0; k<DK__COUNT; k++){
      uint32_t nP = 0;
      const uint32_t *aP = brinkDictPhrasesFor(p, k, w, &nP);
      if( w<0 ) CHECK( nP==0 );
      for(uint32_t j=0; j<nP; j++){
        CHECK( aP[j]<v.nPhrase[k] );
        const DictWord *dw = &v.aWord[v.aPhrase[k][aP[j]].iWord];
        CHECK( dw->id1==w || dw->id2==w );
      }
    }
    uint32_t nP = 0;
    const uint32_t *aP = brinkDictPatternsFor(p, w, &nP);
    for(uint32_t j=0; j<nP; j++){
      CHECK( aP[j]<v.nPat );
      const DictWord *dw = &v.aWord[v.aPat[aP[j]].iAnchor];
      CHECK( dw->id1==w || dw->id2==w );
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  DiagState ds = { aData, nData, 1, 0 };
  for(size_t i=0; i<nData; i++) if( aData[i]=='\n' ) ds.nLine++;

  Dict *p = brinkDictNew();
  if( !p ) return 0;
  int rc = brinkDictLoadText(p, FUZZ_NAME, (const char*)aData, nData, onDiag, &ds);
  CHECK( rc==BRINK_OK );
  CHECK( brinkDictFinish(p)==BRINK_OK );
  DictView v;
  brinkDictView(p, &v);
  CHECK( v.nWarning==ds.nDiag );
  checkTables(p);
  lookupWords(p, aData, nData);

  /* Load again in two pieces, cut just before a section line: same counts.
  ** (A section does not carry over to the next file, so the second piece
  ** must start with one; synsets do carry over, as they live in the Dict.) */
  static const char *const azSec[] = { "@actors\n", "@agents\n", "@verbs\n", "@discards\n", 0 };
  const uint8_t *zCut = 0;
  for(size_t i=0; i+1<nData && !zCut; i++){
    if( aData[i]!='\n' || aData[i+1]!='@' ) continue;
    for(int k=0; azSec[k]; k++){
      size_t nS = strlen(azSec[k]);
      if( nData-(i+1)>=nS && memcmp(aData+i+1, azSec[k], nS)==0 ){ zCut = aData+i+1; break; }
    }
  }
  if( zCut ){
    Dict *q = brinkDictNew();
    if( q ){
      size_t n1 = (size_t)(zCut - aData);
      CHECK( brinkDictLoadText(q, FUZZ_NAME, (const char*)aData, n1, 0, 0)==BRINK_OK );
      CHECK( brinkDictLoadText(q, FUZZ_NAME, (const char*)zCut, nData-n1, 0, 0)==BRINK_OK );
      CHECK( brinkDictFinish(q)==BRINK_OK );
      DictView w;
      brinkDictView(q, &w);
      CHECK( w.nPat==v.nPat );
      for(int k=0; k<DK__COUNT; k++){
        CHECK( w.nEntry[k]==v.nEntry[k] );
        CHECK( w.nPhrase[k]==v.nPhrase[k] );
      }
      brinkDictFree(q);
    }
  }
  brinkDictFree(p);
  return 0;
}
