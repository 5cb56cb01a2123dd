/*
** ontology.c — load data/cameo.tsv into an immutable, sorted table.
**
** The loader reads the whole file, checks each line (six tab-separated
** fields: code, name, goldstein, quad, plover, mode), sorts the good lines by
** code, drops duplicates, and then copies everything into one malloc'd block:
**
**     [Ontology][brink_cameo x nCode][strings, NUL-terminated]
**
** so that freeing the table is one free() and lookups touch no other memory.
** Problems with single lines go to the caller's diagnostic callback; only a
** file that cannot be used at all makes the load fail.  Numbers are parsed
** here rather than with strtod() so that the host's locale cannot change
** what "3.4" means.  Nothing in this file prints or exits.
*/
#include "ontology.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Types ------------------------------------------------------------ */

struct Ontology {
  size_t nCode;          /* records in aCode[] */
  size_t nWarning;       /* lines reported during the load */
  brink_cameo aCode[];   /* sorted by zCode; the strings follow the array */
};

/* Column indices of a table line. */
enum { COL_CODE, COL_NAME, COL_GOLD, COL_QUAD, COL_PLOVER, COL_MODE, N_COL };

/* A good line, before it is copied into the final block.  Field pointers
** point into the file buffer. */
typedef struct OntRow {
  const char *az[N_COL];
  size_t an[N_COL];
  double rGold;
  int iQuad;
  int iLine;
} OntRow;

/* State of one load. */
typedef struct OntLoad {
  const char *zPath;
  brink_diag_fn xDiag;
  void *pArg;
  size_t nWarning;
} OntLoad;

/* ---- Helpers ---------------------------------------------------------- */

#if defined(__GNUC__) || defined(__clang__)
# define ONT_PRINTF(F,A) __attribute__((format(printf, F, A)))
#else
# define ONT_PRINTF(F,A)
#endif
static char *ontMprintf(const char *zFmt, ...) ONT_PRINTF(1,2);
static void ontDiag(struct OntLoad*, int iLine, int iCol, const char *zFmt, ...) ONT_PRINTF(4,5);

/* A malloc'd, printf-formatted string, or NULL when out of memory. */
static char *ontMprintf(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  int n = vsnprintf(0, 0, zFmt, ap);
  va_end(ap);
  if( n<0 ) return 0;
  char *z = malloc((size_t)n + 1);
  if( !z ) return 0;
  va_start(ap, zFmt);
  vsnprintf(z, (size_t)n + 1, zFmt, ap);
  va_end(ap);
  return z;
}

static void ontSetErr(char **pzErr, char *zMsg){
  if( pzErr ) *pzErr = zMsg;
  else free(zMsg);
}

/* Report a problem at line iLine, 1-based byte column iCol. */
static void ontDiag(OntLoad *p, int iLine, int iCol, const char *zFmt, ...){
  char zMsg[200];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(zMsg, sizeof(zMsg), zFmt, ap);
  va_end(ap);
  p->nWarning++;
  if( p->xDiag ) p->xDiag(p->pArg, p->zPath, iLine, iCol, zMsg);
}

/* Read all of zPath into a malloc'd, NUL-terminated buffer.  Returns NULL
** with *pzErr set on failure. */
static char *ontReadFile(const char *zPath, size_t *pn, char **pzErr){
  FILE *fp = fopen(zPath, "rb");
  if( !fp ){
    ontSetErr(pzErr, ontMprintf("cannot open CAMEO table %s: %s", zPath, strerror(errno)));
    return 0;
  }
  size_t nAlloc = 32u << 10, n = 0;
  char *z = malloc(nAlloc + 1);
  while( z ){
    n += fread(z + n, 1, nAlloc - n, fp);
    if( n < nAlloc ) break;
    if( nAlloc >= BRINK_ONTOLOGY_MAX_FILE ){
      fclose(fp);
      free(z);
      ontSetErr(pzErr, ontMprintf("CAMEO table %s is larger than %u bytes", zPath,
                                  (unsigned)BRINK_ONTOLOGY_MAX_FILE));
      return 0;
    }
    nAlloc *= 2;
    char *zNew = realloc(z, nAlloc + 1);
    if( !zNew ){ free(z); z = 0; }
    else z = zNew;
  }
  if( !z ){
    fclose(fp);
    ontSetErr(pzErr, ontMprintf("out of memory reading CAMEO table %s", zPath));
    return 0;
  }
  int bErr = ferror(fp);
  fclose(fp);
  if( bErr ){
    free(z);
    ontSetErr(pzErr, ontMprintf("cannot read CAMEO table %s", zPath));
    return 0;
  }
  z[n] = 0;
  *pn = n;
  return z;
}

/* Parse a Goldstein weight: optional sign, digits, optional fraction.  At
** most 3 integer and 4 fraction digits, ample for -10.0 .. 10.0 at the
** precision the weights are published with (the range is checked by the
** caller).  Returns 0 on success. */
static int ontParseWeight(const char *z, size_t n, double *pr){
  size_t i = 0;
  int bNeg = 0, nInt = 0, nFrac = 0;
  long iVal = 0, iDiv = 1;
  if( i<n && (z[i]=='-' || z[i]=='+') ){ bNeg = z[i]=='-'; i++; }
  while( i<n && z[i]>='0' && z[i]<='9' && nInt<3 ){ iVal = iVal*10 + (z[i]-'0'); i++; nInt++; }
  if( nInt==0 ) return 1;
  if( i<n && z[i]=='.' ){
    i++;
    while( i<n && z[i]>='0' && z[i]<='9' && nFrac<4 ){
      iVal = iVal*10 + (z[i]-'0'); iDiv *= 10; i++; nFrac++;
    }
    if( nFrac==0 ) return 1;
  }
  if( i!=n ) return 1;
  *pr = (bNeg ? -(double)iVal : (double)iVal) / (double)iDiv;
  return 0;
}

/* The quad class a root ("01".."20") implies. */
static int ontQuadOfRoot(int iRoot){
  if( iRoot<=5 ) return 1;
  if( iRoot<=8 ) return 2;
  if( iRoot<=13 ) return 3;
  return 4;
}

static const char *const azColName[N_COL] = {
  "code", "name", "goldstein", "quad", "plover", "mode"
};

/* Check one line (without its terminator).  Fills *pRow and returns 0 if it
** is good; reports it and returns 1 if not. */
static int ontParseLine(OntLoad *p, int iLine, const char *z, size_t n, OntRow *pRow){
  size_t aOff[N_COL];
  size_t iStart = 0;
  int nField = 0;
  for(size_t i=0; i<=n; i++){
    if( i==n || z[i]=='\t' ){
      if( nField==N_COL ){
        ontDiag(p, iLine, (int)iStart+1, "too many fields (expected %d)", N_COL);
        return 1;
      }
      aOff[nField] = iStart;
      pRow->az[nField] = z + iStart;
      pRow->an[nField] = i - iStart;
      nField++;
      iStart = i+1;
    }else if( (unsigned char)z[i]<0x20 ){
      ontDiag(p, iLine, (int)i+1, "control character 0x%02x", (unsigned)(unsigned char)z[i]);
      return 1;
    }
  }
  if( nField<N_COL ){
    ontDiag(p, iLine, (int)n+1, "%d field%s, expected %d (missing %s)", nField,
            nField==1 ? "" : "s", N_COL, azColName[nField]);
    return 1;
  }
  for(int k=0; k<N_COL; k++){
    if( pRow->an[k]==0 ){
      ontDiag(p, iLine, (int)aOff[k]+1, "empty %s field%s", azColName[k],
              k==COL_MODE ? " (write '-' for no mode)" : "");
      return 1;
    }
  }

  /* code: 2-4 digits whose root is 01..20 */
  const char *zCode = pRow->az[COL_CODE];
  size_t nCode = pRow->an[COL_CODE];
  if( nCode<2 || nCode>4 ){
    ontDiag(p, iLine, (int)aOff[COL_CODE]+1, "code '%.*s' is not 2-4 digits",
            (int)(nCode>8 ? 8 : nCode), zCode);
    return 1;
  }
  for(size_t i=0; i<nCode; i++){
    if( zCode[i]<'0' || zCode[i]>'9' ){
      ontDiag(p, iLine, (int)(aOff[COL_CODE]+i)+1, "code '%.*s' is not 2-4 digits",
              (int)nCode, zCode);
      return 1;
    }
  }
  int iRoot = (zCode[0]-'0')*10 + (zCode[1]-'0');
  if( iRoot<1 || iRoot>20 ){
    ontDiag(p, iLine, (int)aOff[COL_CODE]+1, "code '%.*s' has root %02d, not 01-20",
            (int)nCode, zCode, iRoot);
    return 1;
  }

  /* goldstein: a number in [-10, 10] */
  if( ontParseWeight(pRow->az[COL_GOLD], pRow->an[COL_GOLD], &pRow->rGold) ){
    ontDiag(p, iLine, (int)aOff[COL_GOLD]+1, "goldstein '%.*s' is not a number",
            (int)(pRow->an[COL_GOLD]>16 ? 16 : pRow->an[COL_GOLD]), pRow->az[COL_GOLD]);
    return 1;
  }
  if( pRow->rGold < -10.0 || pRow->rGold > 10.0 ){
    ontDiag(p, iLine, (int)aOff[COL_GOLD]+1, "goldstein %.*s is outside -10..10",
            (int)pRow->an[COL_GOLD], pRow->az[COL_GOLD]);
    return 1;
  }

  /* quad: one digit 1-4 matching the root */
  const char *zQuad = pRow->az[COL_QUAD];
  if( pRow->an[COL_QUAD]!=1 || zQuad[0]<'1' || zQuad[0]>'4' ){
    ontDiag(p, iLine, (int)aOff[COL_QUAD]+1, "quad '%.*s' is not 1-4",
            (int)(pRow->an[COL_QUAD]>8 ? 8 : pRow->an[COL_QUAD]), zQuad);
    return 1;
  }
  pRow->iQuad = zQuad[0]-'0';
  if( pRow->iQuad!=ontQuadOfRoot(iRoot) ){
    ontDiag(p, iLine, (int)aOff[COL_QUAD]+1, "quad %d does not match root %02d (expected %d)",
            pRow->iQuad, iRoot, ontQuadOfRoot(iRoot));
    return 1;
  }

  /* plover: a real event name, not the '-' placeholder */
  if( pRow->an[COL_PLOVER]==1 && pRow->az[COL_PLOVER][0]=='-' ){
    ontDiag(p, iLine, (int)aOff[COL_PLOVER]+1, "plover event is missing");
    return 1;
  }
  /* mode: '-' means none */
  if( pRow->an[COL_MODE]==1 && pRow->az[COL_MODE][0]=='-' ) pRow->an[COL_MODE] = 0;
  pRow->iLine = iLine;
  return 0;
}

/* Order rows by code, then by line so that the first of duplicates wins. */
static int ontRowCmp(const void *pA, const void *pB){
  const OntRow *a = pA, *b = pB;
  size_t n = a->an[COL_CODE] < b->an[COL_CODE] ? a->an[COL_CODE] : b->an[COL_CODE];
  int c = memcmp(a->az[COL_CODE], b->az[COL_CODE], n);
  if( c ) return c;
  if( a->an[COL_CODE]!=b->an[COL_CODE] ) return a->an[COL_CODE] < b->an[COL_CODE] ? -1 : 1;
  return (a->iLine > b->iLine) - (a->iLine < b->iLine);
}

static int ontSameCode(const OntRow *a, const OntRow *b){
  return a->an[COL_CODE]==b->an[COL_CODE]
      && memcmp(a->az[COL_CODE], b->az[COL_CODE], a->an[COL_CODE])==0;
}

/* Copy n bytes of z to *pz as a NUL-terminated string; return it. */
static const char *ontCopy(char **pz, const char *z, size_t n){
  char *zOut = *pz;
  memcpy(zOut, z, n);
  zOut[n] = 0;
  *pz += n + 1;
  return zOut;
}

/* ---- API -------------------------------------------------------------- */

Ontology *brinkOntologyLoad(const char *zPath, brink_diag_fn xDiag, void *pArg,
                            char **pzErr){
  if( pzErr ) *pzErr = 0;
  if( !zPath ){
    ontSetErr(pzErr, ontMprintf("no CAMEO table path given"));
    return 0;
  }
  size_t nBuf = 0;
  char *zBuf = ontReadFile(zPath, &nBuf, pzErr);
  if( !zBuf ) return 0;

  /* One row per line at most. */
  size_t nLineMax = 1;
  for(size_t i=0; i<nBuf; i++) if( zBuf[i]=='\n' ) nLineMax++;
  OntRow *aRow = malloc(nLineMax * sizeof(OntRow));
  if( !aRow ){
    free(zBuf);
    ontSetErr(pzErr, ontMprintf("out of memory loading CAMEO table %s", zPath));
    return 0;
  }

  OntLoad sLoad = { zPath, xDiag, pArg, 0 };
  size_t nRow = 0;
  int iLine = 0;
  for(size_t i=0; i<nBuf; ){
    size_t iEol = i;
    while( iEol<nBuf && zBuf[iEol]!='\n' ) iEol++;
    size_t n = iEol - i;
    iLine++;
    if( n>0 && zBuf[i+n-1]=='\r' ) n--;
    if( n>0 && zBuf[i]!='#' ){
      if( ontParseLine(&sLoad, iLine, zBuf+i, n, &aRow[nRow])==0 ) nRow++;
    }
    i = iEol + 1;
  }

  /* Sort, drop duplicates (keeping the earliest line), size the strings. */
  if( nRow>1 ) qsort(aRow, nRow, sizeof(OntRow), ontRowCmp);
  size_t nKeep = 0, nStr = 0;
  for(size_t i=0; i<nRow; i++){
    if( nKeep>0 && ontSameCode(&aRow[nKeep-1], &aRow[i]) ){
      ontDiag(&sLoad, aRow[i].iLine, 1, "duplicate code %.*s (first on line %d); line skipped",
              (int)aRow[i].an[COL_CODE], aRow[i].az[COL_CODE], aRow[nKeep-1].iLine);
      continue;
    }
    aRow[nKeep++] = aRow[i];
    nStr += aRow[i].an[COL_CODE] + aRow[i].an[COL_NAME]
          + aRow[i].an[COL_PLOVER] + aRow[i].an[COL_MODE] + 4;
  }
  if( nKeep==0 ){
    free(aRow);
    free(zBuf);
    ontSetErr(pzErr, ontMprintf("CAMEO table %s has no valid lines", zPath));
    return 0;
  }

  /* One block: header, records, strings. */
  size_t nTotal = sizeof(Ontology) + nKeep*sizeof(brink_cameo) + nStr;
  Ontology *pOnt = malloc(nTotal);
  if( !pOnt ){
    free(aRow);
    free(zBuf);
    ontSetErr(pzErr, ontMprintf("out of memory loading CAMEO table %s", zPath));
    return 0;
  }
  pOnt->nCode = nKeep;
  pOnt->nWarning = sLoad.nWarning;
  char *zStr = (char*)(pOnt->aCode + nKeep);
  for(size_t i=0; i<nKeep; i++){
    const OntRow *r = &aRow[i];
    brink_cameo *c = &pOnt->aCode[i];
    c->zCode = ontCopy(&zStr, r->az[COL_CODE], r->an[COL_CODE]);
    c->zName = ontCopy(&zStr, r->az[COL_NAME], r->an[COL_NAME]);
    c->rGoldstein = r->rGold;
    c->iQuad = r->iQuad;
    c->zPlover = ontCopy(&zStr, r->az[COL_PLOVER], r->an[COL_PLOVER]);
    c->zPloverMode = ontCopy(&zStr, r->az[COL_MODE], r->an[COL_MODE]);
  }
  free(aRow);
  free(zBuf);
  return pOnt;
}

void brinkOntologyFree(Ontology *pOnt){
  free(pOnt);
}

const brink_cameo *brinkOntologyLookup(const Ontology *pOnt, const char *zCode){
  if( !pOnt || !zCode ) return 0;
  size_t lo = 0, hi = pOnt->nCode;
  while( lo<hi ){
    size_t mid = lo + (hi-lo)/2;
    int c = strcmp(pOnt->aCode[mid].zCode, zCode);
    if( c==0 ) return &pOnt->aCode[mid];
    if( c<0 ) lo = mid+1;
    else hi = mid;
  }
  return 0;
}

int brinkOntologyKnown(const Ontology *pOnt, const char *zCode, char *zBad, size_t nBad,
                       unsigned char *aReach){
  int bOk = 1;
  while( zCode ){
    const char *zColon = strchr(zCode, ':');
    size_t n = zColon ? (size_t)(zColon - zCode) : strlen(zCode);
    char zHalf[32];
    if( n>=sizeof zHalf ) n = sizeof zHalf - 1;
    memcpy(zHalf, zCode, n); zHalf[n] = 0;
    if( zHalf[0] && strcmp(zHalf, "---")!=0 ){
      const brink_cameo *c = brinkOntologyLookup(pOnt, zHalf);
      if( c && aReach ) aReach[c - pOnt->aCode] = 1;
      if( !c && bOk ){
        bOk = 0;
        if( zBad && nBad ) snprintf(zBad, nBad, "%s", zHalf);
      }
    }
    zCode = zColon ? zColon+1 : 0;
  }
  return bOk;
}

size_t brinkOntologyCount(const Ontology *pOnt){
  return pOnt ? pOnt->nCode : 0;
}

const brink_cameo *brinkOntologyAt(const Ontology *pOnt, size_t i){
  if( !pOnt || i>=pOnt->nCode ) return 0;
  return &pOnt->aCode[i];
}

size_t brinkOntologyWarningCount(const Ontology *pOnt){
  return pOnt ? pOnt->nWarning : 0;
}
