/*
** geocodes.c — ISO alpha-2 and FIPS 10-4 country codes for the exports
** (geocodes.h).  Alpha-2 is a binary search in the table generated from
** Debian's iso-codes at build time; FIPS 10-4 is loaded from data/fips.tsv,
** checked line by line, and searched the same way.  Which export column
** gets which code is export.c's business, not this file's.
*/
#include "geocodes.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ISO 3166-1 alpha-2 ------------------------------------------------ */

static int cmpIso2(const void *pKey, const void *pElem){
  return strcmp((const char*)pKey, ((const BrinkIso2*)pElem)->zA3);
}

const char *brinkIsoAlpha2(const char *zA3){
  if( !zA3 || strlen(zA3)!=3 ) return "";
  const BrinkIso2 *p = bsearch(zA3, brinkIso2Table, brinkIso2Count, sizeof(BrinkIso2), cmpIso2);
  return p ? p->zA2 : "";
}

/* ---- FIPS 10-4 ------------------------------------------------------------ */

/* Longest key: an ISO 3166-2 code "CC-XXX" (a country's two letters, a
** hyphen and up to three letters or digits). */
#define FIPS_KEY_MAX 6

typedef struct FipsRow {
  char zKey[FIPS_KEY_MAX+1];
  char zFips[3];
  int iLine;              /* where it was read, for the repeated-key warning */
} FipsRow;

struct FipsTable {
  FipsRow *aRow;          /* sorted by zKey, one row per key */
  size_t nRow;
};

static int isUpper(int c){ return c>='A' && c<='Z'; }
static int isDigit(int c){ return c>='0' && c<='9'; }

/* 1 if z[0..n) is "AAA" (alpha-3) or "AA-X", "AA-XX", "AA-XXX" (ISO 3166-2). */
static int validKey(const char *z, size_t n){
  if( n==3 ) return isUpper(z[0]) && isUpper(z[1]) && isUpper(z[2]);
  if( n<4 || n>FIPS_KEY_MAX || !isUpper(z[0]) || !isUpper(z[1]) || z[2]!='-' ) return 0;
  for(size_t i=3; i<n; i++) if( !isUpper(z[i]) && !isDigit(z[i]) ) return 0;
  return 1;
}

/* Report line iLine: "'z' zWhy" with z[0..n) cut to 40 bytes. */
static void fipsDiag(brink_diag_fn xDiag, void *pArg, const char *zPath, int iLine,
                     const char *z, size_t n, const char *zWhy){
  char zMsg[256];
  if( !xDiag ) return;
  snprintf(zMsg, sizeof zMsg, "'%.*s' %s", (int)(n>40 ? 40 : n), z, zWhy);
  xDiag(pArg, zPath, iLine, 0, zMsg);
}

static int cmpRow(const void *pA, const void *pB){
  const FipsRow *a = pA, *b = pB;
  int c = strcmp(a->zKey, b->zKey);
  return c ? c : (a->iLine > b->iLine) - (a->iLine < b->iLine);
}

static void setErr(char **pzErr, const char *zPath, const char *zWhy){
  if( !pzErr ) return;
  size_t n = strlen(zPath) + strlen(zWhy) + 32;
  *pzErr = malloc(n);
  if( *pzErr ) snprintf(*pzErr, n, "cannot read %s: %s", zPath, zWhy);
}

FipsTable *brinkFipsLoad(const char *zPath, brink_diag_fn xDiag, void *pArg, char **pzErr){
  if( pzErr ) *pzErr = 0;
  FILE *fp = fopen(zPath, "r");
  if( !fp ){ setErr(pzErr, zPath, strerror(errno)); return 0; }
  FipsTable *p = calloc(1, sizeof *p);
  size_t nAlloc = 0;
  char *zLine = 0;
  size_t nLineAlloc = 0;
  ssize_t nRead;
  int iLine = 0, bOom = !p;
  while( !bOom && (nRead = getline(&zLine, &nLineAlloc, fp))>=0 ){
    size_t n = (size_t)nRead;
    iLine++;
    while( n>0 && (zLine[n-1]=='\n' || zLine[n-1]=='\r') ) n--;
    zLine[n] = 0;
    size_t iFirst = strspn(zLine, " \t");
    if( iFirst==n || zLine[iFirst]=='#' ) continue;   /* blank or comment */
    const char *zTab = memchr(zLine, '\t', n);
    if( !zTab || memchr(zTab+1, '\t', n - (size_t)(zTab+1-zLine)) ){
      fipsDiag(xDiag, pArg, zPath, iLine, zLine, n, "is not two tab-separated fields (ISO code, "
               "FIPS 10-4 code); line skipped");
      continue;
    }
    size_t nKey = (size_t)(zTab - zLine), nFips = n - nKey - 1;
    const char *zFips = zTab + 1;
    if( !validKey(zLine, nKey) ){
      fipsDiag(xDiag, pArg, zPath, iLine, zLine, nKey, "is not an ISO 3166-1 alpha-3 code (UKR) "
               "or an ISO 3166-2 code (PS-GZA); line skipped");
      continue;
    }
    if( nFips!=2 || !isUpper(zFips[0]) || !isUpper(zFips[1]) ){
      fipsDiag(xDiag, pArg, zPath, iLine, zFips, nFips, "is not a FIPS 10-4 country code (two "
               "capital letters: UP); line skipped");
      continue;
    }
    if( p->nRow==nAlloc ){
      size_t nNew = nAlloc ? 2*nAlloc : 256;
      FipsRow *aNew = realloc(p->aRow, nNew*sizeof(FipsRow));
      if( !aNew ){ bOom = 1; break; }
      p->aRow = aNew; nAlloc = nNew;
    }
    FipsRow *r = &p->aRow[p->nRow++];
    memcpy(r->zKey, zLine, nKey); r->zKey[nKey] = 0;
    memcpy(r->zFips, zFips, 2); r->zFips[2] = 0;
    r->iLine = iLine;
  }
  int bErr = !bOom && ferror(fp);
  int eErrno = errno;
  free(zLine);
  fclose(fp);
  if( bOom || bErr ){
    setErr(pzErr, zPath, bOom ? "out of memory" : strerror(eErrno));
    brinkFipsFree(p);
    return 0;
  }
  /* one row per key: the first line wins, later ones are reported */
  if( p->nRow>1 ) qsort(p->aRow, p->nRow, sizeof(FipsRow), cmpRow);
  size_t nKeep = 0;
  for(size_t i=0; i<p->nRow; i++){
    if( nKeep>0 && strcmp(p->aRow[nKeep-1].zKey, p->aRow[i].zKey)==0 ){
      char zMsg[128];
      snprintf(zMsg, sizeof zMsg, "%s is listed again (first at line %d); line skipped",
               p->aRow[i].zKey, p->aRow[nKeep-1].iLine);
      if( xDiag ) xDiag(pArg, zPath, p->aRow[i].iLine, 0, zMsg);
      continue;
    }
    p->aRow[nKeep++] = p->aRow[i];
  }
  p->nRow = nKeep;
  return p;
}

void brinkFipsFree(FipsTable *p){
  if( !p ) return;
  free(p->aRow);
  free(p);
}

size_t brinkFipsCount(const FipsTable *p){ return p ? p->nRow : 0; }

static int cmpKey(const void *pKey, const void *pElem){
  return strcmp((const char*)pKey, ((const FipsRow*)pElem)->zKey);
}

/* The code of key z[0..n), or NULL. */
static const char *fipsFind(const FipsTable *p, const char *z, size_t n){
  char zKey[FIPS_KEY_MAX+1];
  if( !p || p->nRow==0 || n==0 || n>FIPS_KEY_MAX ) return 0;
  memcpy(zKey, z, n); zKey[n] = 0;
  const FipsRow *r = bsearch(zKey, p->aRow, p->nRow, sizeof(FipsRow), cmpKey);
  return r ? r->zFips : 0;
}

const char *brinkFipsCode(const FipsTable *p, const char *zCountry, const char *zAdm1){
  if( !p ) return "";
  /* every subdivision listed, all with one code: that code */
  if( zAdm1 && zAdm1[0] ){
    const char *zSub = 0;
    for(const char *z = zAdm1; ; ){
      size_t n = strcspn(z, ",");
      const char *zOne = fipsFind(p, z, n);
      if( !zOne || (zSub && strcmp(zSub, zOne)!=0) ){ zSub = 0; break; }
      zSub = zOne;
      if( !z[n] ) break;
      z += n + 1;
    }
    if( zSub ) return zSub;
  }
  const char *zCode = zCountry ? fipsFind(p, zCountry, strlen(zCountry)) : 0;
  return zCode ? zCode : "";
}
