/*
** fuzz_code.c — libFuzzer target for coding a story: sentence splitting,
** tagging, actor and pattern matching, dates, places and quantities
** (src/coder.c and its modules, src/places.c, src/quantity.c and what they call), on text
** and datelines an attacker writes.
**
** The engine (brink's own dictionaries and gazetteer) is built once.  Each
** input is cut at its first newline: the part before is the story's
** dateline ("GENVAL, Belgium, June 2"), the rest its text, normalised as a
** reader would.  The story is coded twice, once as running text and once
** as one sentence per line, and the events are checked for what brink.h
** promises:
**   - every string is non-NULL; codes are 2-4 digits whose root is the
**     code's first two; the evidence is one of the story's sentences;
**   - a location has a name, a feature and a "how" of sentence, story or
**     actor, and finite coordinates in range;
**   - quantities have min <= max and a unit and category.
** Coding the same story again gives the same events.  Under ASan, leaks and
** out-of-bounds reads fail the run.
**
** Build: make build-fuzz/fuzz_code; run with fuzz/corpus/fuzz_code.
*/
#define _GNU_SOURCE        /* memmem */
#include "brink.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

#define CHECK(x) do{ if( !(x) ){ fprintf(stderr, "CHECK failed: %s (line %d)\n", #x, __LINE__); abort(); } }while(0)

static brink_engine *gEngine;
static brink_coder *gCoder;

static void quiet(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  (void)pArg; (void)zFile; (void)iLine; (void)iCol; (void)zMsg;
}

static void freeAll(void){
  brink_coder_free(gCoder);
  brink_engine_free(gEngine);
}

static void setup(void){
  if( gEngine ) return;
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.xDiag = quiet;
  char *zErr = 0;
  gEngine = brink_engine_new(&cfg, &zErr);
  if( !gEngine ){ fprintf(stderr, "fuzz_code: %s\n", zErr ? zErr : "no engine"); abort(); }
  gCoder = brink_coder_new(gEngine);
  CHECK( gCoder!=0 );
  atexit(freeAll);
}

static int isCode(const char *z){
  size_t n = strlen(z);
  if( n<2 || n>4 ) return 0;
  for(size_t i=0; i<n; i++) if( z[i]<'0' || z[i]>'9' ) return 0;
  return 1;
}

static void checkEvents(const brink_event *aEv, size_t nEv, const char *zText, size_t nText){
  for(size_t i=0; i<nEv; i++){
    const brink_event *e = &aEv[i];
    CHECK( e->zStoryId && e->zDate && e->zSource && e->zSourceText && e->zTarget && e->zTargetText );
    CHECK( e->zCode && isCode(e->zCode) && e->zRoot && strncmp(e->zCode, e->zRoot, 2)==0 );
    CHECK( e->zPlover && e->zPloverMode && e->zEvidence && e->nMention>=1 );
    CHECK( e->iSentence>=0 );
    size_t nEvid = strlen(e->zEvidence);
    CHECK( nEvid<=nText && memmem(zText, nText, e->zEvidence, nEvid)!=0 );
    const brink_location *L = e->pLocation;
    if( L ){
      CHECK( L->zMention && L->zName && L->zName[0] && L->zFeature && L->zFeature[0] );
      CHECK( L->zCountry && L->zAdm1 && L->zHow );
      CHECK( strcmp(L->zHow, "sentence")==0 || strcmp(L->zHow, "story")==0 || strcmp(L->zHow, "actor")==0 );
      CHECK( isfinite(L->rLat) && isfinite(L->rLon) && fabs(L->rLat)<=90.0 && fabs(L->rLon)<=180.0 );
    }
    CHECK( e->nQuantity>=0 && (e->nQuantity==0 || e->aQuantity) );
    for(int k=0; k<e->nQuantity; k++){
      const brink_quantity *q = &e->aQuantity[k];
      CHECK( q->zQualifier && q->zUnit && q->zUnit[0] && q->zCategory && q->zCategory[0] && q->zText );
      CHECK( !(q->rMin > q->rMax) );
    }
  }
}

/* Code the story twice; the second coding must give the same events. */
static void codeTwice(const brink_story *pStory){
  const brink_event *aEv = 0;
  size_t nEv = 0;
  int rc = brink_code_story(gCoder, pStory, &aEv, &nEv);
  if( rc!=BRINK_OK ) return;
  checkEvents(aEv, nEv, pStory->zText, pStory->nText);
  /* keep a fingerprint of the first coding: codes and actors in order */
  size_t nFirst = nEv;
  char zSig[512] = "";
  size_t nSig = 0;
  for(size_t i=0; i<nEv && nSig+40<sizeof zSig; i++){
    nSig += (size_t)snprintf(zSig+nSig, sizeof zSig - nSig, "%.6s%.6s%.4s;", aEv[i].zSource, aEv[i].zTarget, aEv[i].zCode);
  }
  rc = brink_code_story(gCoder, pStory, &aEv, &nEv);
  CHECK( rc==BRINK_OK && nEv==nFirst );
  char zSig2[512] = "";
  size_t nSig2 = 0;
  for(size_t i=0; i<nEv && nSig2+40<sizeof zSig2; i++){
    nSig2 += (size_t)snprintf(zSig2+nSig2, sizeof zSig2 - nSig2, "%.6s%.6s%.4s;", aEv[i].zSource, aEv[i].zTarget, aEv[i].zCode);
  }
  CHECK( strcmp(zSig, zSig2)==0 );
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  setup();
  const uint8_t *pNl = memchr(aData, '\n', nData);
  size_t nLine = pNl ? (size_t)(pNl - aData) : 0;
  size_t nBody = pNl ? nData - nLine - 1 : nData;
  char *zDateline = 0;
  if( pNl ){
    size_t nOut = 0; int rcN = 0;
    zDateline = brink_normalize((const char*)aData, nLine, &nOut, &rcN, 0);
  }
  size_t nText = 0; int rcN = 0;
  char *zText = brink_normalize((const char*)aData + (nData - nBody), nBody, &nText, &rcN, 0);
  if( zText ){
    brink_story s;
    memset(&s, 0, sizeof s);
    s.zId = "fuzz";
    s.zDate = "2021-04-13";
    s.zText = zText;
    s.nText = nText;
    s.zDateline = zDateline;
    codeTwice(&s);
    s.bSentences = 1;
    codeTwice(&s);
  }
  free(zText);
  free(zDateline);
  return 0;
}
