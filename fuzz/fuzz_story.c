/*
** fuzz_story.c — libFuzzer target for the story reader and normaliser.
**
** Each input is read three times through fmemopen(), once per input format
** (JSON Lines, plain text, sentence per line), pulling stories until EOF
** with errors in between; every returned story is checked for the
** reader's promises (NUL-terminated text of nText bytes, a valid
** YYYY-MM-DD date, one-line error messages).  The same bytes then go
** through brink_normalize(), whose output must be valid UTF-8 without
** control characters other than '\n' and must not change when normalised
** again, and a NUL-terminated prefix goes through brink_date_parse().
** Each line also goes through the reader's fast path (jsonflat.c) and
** jansson: whatever the fast path accepts, jansson must load as an object
** with the same string values, absent keys absent.
**
** Build: make build-fuzz/fuzz_story; run with fuzz/corpus/fuzz_story.
*/
#include "brink.h"
#include "jsonflat.h"
#include "text.h"
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* A failed check: abort so that libFuzzer records the input. */
#define CHECK(x) do{ if( !(x) ){ fprintf(stderr, "CHECK failed: %s (line %d)\n", #x, __LINE__); abort(); } }while(0)

static void checkDate(const char *zDate){
  int32_t iDay;
  char zBack[11];
  CHECK( zDate && strlen(zDate)==10 );
  CHECK( brink_date_parse(zDate, &iDay)==BRINK_OK );
  brink_date_format(iDay, zBack);
  CHECK( strcmp(zBack, zDate)==0 );
}

static void readAll(uint8_t *aBuf, size_t nBuf, int eFormat){
  FILE *fp = fmemopen(aBuf, nBuf, "r");
  if( !fp ) return;
  brink_reader *pReader = brink_reader_new(fp, "fuzz", eFormat,
                                           eFormat==BRINK_FMT_JSONL ? 0 : "2021-03-15");
  CHECK( pReader!=0 );
  int nCall = 0;
  for(;;){
    brink_story s;
    int rc = brink_reader_next(pReader, &s);
    CHECK( ++nCall < 1000000 );
    if( rc==BRINK_EOF ) break;
    if( rc==BRINK_OK ){
      CHECK( s.zId && s.zText );
      CHECK( strlen(s.zText)==s.nText );
      CHECK( s.nText<=BRINK_MAX_STORY );
      checkDate(s.zDate);
      CHECK( brink_reader_line(pReader)>=1 );
    }else{
      const char *zErr = brink_reader_errmsg(pReader);
      CHECK( rc<0 && zErr[0] );
      CHECK( strchr(zErr, '\n')==0 );
      CHECK( strncmp(zErr, "fuzz:", 5)==0 );
    }
  }
  brink_reader_free(pReader);
  fclose(fp);
}

static void checkNormalize(const uint8_t *aData, size_t nData){
  size_t nOut = 0, iBad = 0;
  int rc = 1;
  char *z = brink_normalize((const char*)aData, nData, &nOut, &rc, &iBad);
  if( !z ){
    CHECK( rc==BRINK_EENCODING && iBad<nData );
    /* The bytes before the bad one are valid on their own. */
    char *zPre = brink_normalize((const char*)aData, iBad, 0, &rc, 0);
    CHECK( zPre!=0 );
    free(zPre);
    return;
  }
  CHECK( rc==BRINK_OK && strlen(z)==nOut );
  for(size_t i=0; i<nOut; i++){
    unsigned char c = (unsigned char)z[i];
    CHECK( c>=0x20 || c=='\n' );
    CHECK( c!=0x7F );
  }
  size_t nTwice = 0;
  char *z2 = brink_normalize(z, nOut, &nTwice, &rc, &iBad);
  CHECK( z2!=0 );
  CHECK( nTwice==nOut && memcmp(z, z2, nOut)==0 );
  free(z2);
  free(z);
}

/* The fast path's fields of one line against jansson's. */
static void checkFlat(const char *z, size_t n){
  static const char *const azKey[] = {"id","date","text","title","source","url","dateline","k"};
  enum { N_KEY = (int)(sizeof azKey/sizeof azKey[0]) };
  if( brinkUtf8FirstBad((const unsigned char*)z, n)<n || memchr(z, 0, n) ) return;
  char *zBuf = malloc(n+1);
  if( !zBuf ) return;
  const char *az[N_KEY];
  size_t an[N_KEY];
  if( brinkJsonFlat(z, n, azKey, N_KEY, zBuf, az, an) ){
    json_error_t err;
    json_t *pRoot = json_loadb(z, n, 0, &err);
    CHECK( pRoot && json_is_object(pRoot) );
    for(int k=0; k<N_KEY; k++){
      json_t *pV = json_object_get(pRoot, azKey[k]);
      if( !az[k] ){ CHECK( pV==0 ); continue; }
      CHECK( json_is_string(pV) );
      CHECK( json_string_length(pV)==an[k] && memcmp(json_string_value(pV), az[k], an[k])==0 );
      CHECK( az[k][an[k]]==0 );
    }
    json_decref(pRoot);
  }
  free(zBuf);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  if( nData==0 ) return 0;
  for(size_t i=0; i<nData; ){
    const uint8_t *pNl = memchr(aData+i, '\n', nData-i);
    size_t iEnd = pNl ? (size_t)(pNl-aData) : nData;
    checkFlat((const char*)aData+i, iEnd-i);
    i = iEnd+1;
  }
  /* fmemopen wants a writable buffer even for "r". */
  uint8_t *aBuf = malloc(nData);
  if( !aBuf ) return 0;
  memcpy(aBuf, aData, nData);
  readAll(aBuf, nData, BRINK_FMT_JSONL);
  readAll(aBuf, nData, BRINK_FMT_TEXT);
  readAll(aBuf, nData, BRINK_FMT_SENTENCES);
  free(aBuf);

  checkNormalize(aData, nData);

  char zDate[40];
  size_t n = nData<sizeof(zDate)-1 ? nData : sizeof(zDate)-1;
  memcpy(zDate, aData, n);
  zDate[n] = 0;
  int32_t iDay;
  if( brink_date_parse(zDate, &iDay)==BRINK_OK ){
    char zOut[11];
    brink_date_format(iDay, zOut);
    int32_t iBack;
    CHECK( brink_date_parse(zOut, &iBack)==BRINK_OK && iBack==iDay );
  }
  return 0;
}
