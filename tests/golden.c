/*
** golden.c — the golden-test runner: plain-text cases of text and the events
** it must code, in the manner of jq's tests/jq.test.
**
** A file holds blocks separated by blank lines.  In a block, lines that start
** with "=>" are expected events ("=> USAGOV RUSGOV 0256", optionally with the
** event date: "=> USAGOV RUSGOV 0256 @2021-04-12"; "-" for no source or target), or
** "=> none"; the
** other lines are the story text (several lines make several sentences).
** "%date YYYY-MM-DD" sets the story date for the blocks after it (default
** 2021-04-13); "%dateline TEXT" inside a block gives that story a dateline
** field ("TOKYO, March 3"), as the corpus's JSON does; "%dict FILE..." codes the following blocks with those
** dictionaries (up to 8, separated by blanks: "%dict x.actors x.verbs")
** instead of the defaults (paths relative to the test file); "%option LINE"
** sets a TABARI option for the blocks after it (brink_coder_tabari_option);
** lines starting
** with '#' are comments.  The expected events must equal the coded events as
** a set of (source, target, code) triples.
**
** Places and quantities (issue 7, docs/GEO.md) have their own lines, checked
** as sets against what the story's facts hold (so they need no event):
**   => place NAME COUNTRY ADM1          a locative place ("-" for an empty field)
**   => places none
**   => quantity MIN MAX QUALIFIER UNIT CATEGORY   (QUALIFIER "-" when none)
**   => quantities none
**   => location NAME COUNTRY ADM1 HOW   the distinct locations of the coded events
** A block with such lines and no event line does not check events.  With -f
** the runner prints every place and quantity found, one per line (for
** tests/facts_seed.sh).
**
** Usage: golden [-v] [-f] FILE...   Prints each failure with file and line, then
** "N passed, N failed".  Exit 1 if any failed.
*/
#include "brink.h"
#include "facts.h"   /* places and quantities: brinkCoderFacts() */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Case {
  int iLine;
  int bDates;            /* expectations carry "@YYYY-MM-DD": compare dates too */
  char *zText; size_t nText, nAlloc;
  char aExp[64][112]; int nExp;
  int bNone;
  char aFact[64][160]; int nFact;   /* expected "place ...", "quantity ...", "location ..." lines */
  int bFacts;                        /* the block checks facts */
  int bPlaces, bQty, bLoc;           /* ... of these kinds */
  char zDateline[128];               /* "%dateline TEXT" in the block: the story's dateline field */
} Case;

static int nFactPass = 0, nFactFail = 0, bFactsDump = 0;
static int cmpStr(const void *a, const void *b);

/* The canonical text of a place for comparison. */
static void placeLine(char *z, size_t n, const char *zName, int bBorder, const char *zC, const char *zA){
  snprintf(z, n, "place %s%s %s %s", zName, bBorder ? " border" : "", zC && *zC ? zC : "-", zA && *zA ? zA : "-");
}
static void qtyLine(char *z, size_t n, const brink_quantity *q){
  snprintf(z, n, "quantity %.15g %.15g %s %s %s", q->rMin, q->rMax, q->zQualifier[0] ? q->zQualifier : "-",
           q->zUnit, q->zCategory);
}

/* Check (or print) the facts of the story just coded. */
static void checkFacts(brink_coder *c, const char *zFile, Case *k, const brink_event *aEv, size_t nEv){
  FactsStory *pF = brinkCoderFacts(c);
  const FactsPlace *aP; const QtyHit *aQ; const int *aQS;
  int nP = brinkFactsPlaces(pF, &aP), nQ = brinkFactsQuantities(pF, &aQ, &aQS);
  if( bFactsDump ){
    for(int i=0; i<nP; i++){
      printf("place\t%d\t%d\t%s%s\t%s\t%s\t%s\n", aP[i].iSent, aP[i].eCue, aP[i].pEnt->zName,
             aP[i].bBorder ? " border" : "", aP[i].zCountry, aP[i].pEnt->zAdm1, aP[i].zMention);
    }
    for(int i=0; i<nQ; i++){
      const brink_quantity *q = &aQ[i].q;
      printf("quantity\t%d\t%.15g\t%.15g\t%s\t%s\t%s\t%s\n", aQS[i], q->rMin, q->rMax, q->zQualifier,
             q->zUnit, q->zCategory, q->zText);
    }
    for(size_t i=0; i<nEv; i++){
      const brink_location *L = aEv[i].pLocation;
      if( L ) printf("location\t%d\t%s %s %s\t%s\t%s\t%s\t%s\n", aEv[i].iSentence, aEv[i].zSource, aEv[i].zTarget,
                     aEv[i].zCode, L->zName, L->zCountry, L->zAdm1, L->zHow);
    }
  }
  if( !k->bFacts ) return;
  char aGot[128][160]; int nGot = 0;
  if( k->bPlaces ){
    for(int i=0; i<nP && nGot<128; i++){
      if( aP[i].eCue==FCUE_NONE ) continue;
      const char *zC = aP[i].pEnt->bOpenSea ? "" : aP[i].zCountry;
      const char *zA = aP[i].pEnt->eKind==GAZ_COUNTRY ? "" : aP[i].pEnt->zAdm1;
      placeLine(aGot[nGot++], 160, aP[i].pEnt->zName, aP[i].bBorder && aP[i].pEnt->eKind==GAZ_COUNTRY, zC, zA);
    }
  }
  if( k->bQty ) for(int i=0; i<nQ && nGot<128; i++) qtyLine(aGot[nGot++], 160, &aQ[i].q);
  if( k->bLoc ){
    for(size_t i=0; i<nEv && nGot<128; i++){
      const brink_location *L = aEv[i].pLocation;
      if( !L ) continue;
      char z[160];
      snprintf(z, sizeof z, "location %s %s %s %s", L->zName, L->zCountry[0] ? L->zCountry : "-",
               L->zAdm1[0] ? L->zAdm1 : "-", L->zHow);
      int bDup = 0;
      for(int j=0; j<nGot; j++) if( strcmp(aGot[j], z)==0 ) bDup = 1;
      if( !bDup ) memcpy(aGot[nGot++], z, 160);
    }
  }
  /* places are a set: the same place named twice counts once */
  qsort(aGot, (size_t)nGot, 160, cmpStr);
  int n = 0;
  for(int i=0; i<nGot; i++) if( i==0 || strcmp(aGot[i], aGot[n-1])!=0 || strncmp(aGot[i], "place ", 6)!=0 ) memmove(aGot[n++], aGot[i], 160);
  nGot = n;
  qsort(k->aFact, (size_t)k->nFact, 160, cmpStr);
  int bOk = nGot==k->nFact;
  for(int i=0; bOk && i<nGot; i++) if( strcmp(aGot[i], k->aFact[i])!=0 ) bOk = 0;
  if( bOk ){ nFactPass++; return; }
  nFactFail++;
  printf("FAIL %s:%d: facts: %.*s\n", zFile, k->iLine, (int)(k->nText>160 ? 160 : k->nText), k->zText);
  printf("     expected:");
  if( k->nFact==0 ) printf(" none");
  for(int i=0; i<k->nFact; i++) printf(" [%s]", k->aFact[i]);
  printf("\n     got:     ");
  if( nGot==0 ) printf(" none");
  for(int i=0; i<nGot; i++) printf(" [%s]", aGot[i]);
  printf("\n");
}

/* Parse a facts expectation (after "=> "); returns 0 if it is not one. */
static int parseFact(Case *k, const char *e, int *pbBad){
  *pbBad = 0;
  if( strcmp(e, "places none")==0 ){ k->bFacts = k->bPlaces = 1; return 1; }
  if( strcmp(e, "quantities none")==0 ){ k->bFacts = k->bQty = 1; return 1; }
  if( strncmp(e, "place ", 6)==0 ){ k->bFacts = k->bPlaces = 1; }
  else if( strncmp(e, "quantity ", 9)==0 ){ k->bFacts = k->bQty = 1; }
  else if( strncmp(e, "location ", 9)==0 ){ k->bFacts = k->bLoc = 1; }
  else return 0;
  if( k->nFact>=64 ) return 1;
  /* normalise spacing */
  char *o = k->aFact[k->nFact];
  size_t n = 0; int bSp = 0;
  for(const char *p = e; *p && n<159; p++){
    if( *p==' ' || *p=='\t' ){ bSp = n>0; continue; }
    if( bSp ){ o[n++] = ' '; bSp = 0; if( n>=159 ) break; }
    o[n++] = *p;
  }
  o[n] = 0;
  if( strncmp(e, "quantity ", 9)==0 ){
    double a, b;
    if( sscanf(o+9, "%lf %lf", &a, &b)!=2 ){ *pbBad = 1; return 1; }
    /* canonical numbers: "20,000" is not accepted, "2e4" becomes 20000 */
    char zRest[160]; const char *p = o+9;
    for(int f=0; f<2; f++){ while( *p && *p!=' ' ) p++; while( *p==' ' ) p++; }
    snprintf(zRest, sizeof zRest, "%s", p);
    char zNum[64];
    snprintf(zNum, sizeof zNum, "quantity %.15g %.15g ", a, b);
    size_t nNum = strlen(zNum), nRest = strlen(zRest);
    if( nNum + nRest >= 160 ) nRest = 159 - nNum;
    memcpy(o, zNum, nNum); memcpy(o+nNum, zRest, nRest); o[nNum+nRest] = 0;
  }
  k->nFact++;
  return 1;
}

static int nPass = 0, nFail = 0, bVerbose = 0;

static int cmpStr(const void *a, const void *b){ return strcmp((const char*)a, (const char*)b); }

static void runCase(brink_coder *c, const char *zFile, Case *k, const char *zDate){
  if( k->nText==0 ) return;
  brink_story s;
  memset(&s, 0, sizeof s);
  char zId[32];
  snprintf(zId, sizeof zId, "line%d", k->iLine);
  s.zId = zId; s.zDate = zDate; s.zText = k->zText; s.nText = k->nText;
  if( k->zDateline[0] ) s.zDateline = k->zDateline;
  const brink_event *aEv; size_t nEv;
  int rc = brink_code_story(c, &s, &aEv, &nEv);
  char aGot[64][112]; int nGot = 0;
  if( rc==BRINK_OK ){
    for(size_t i=0; i<nEv && nGot<64; i++){
      const char *zT = aEv[i].zTarget[0] ? aEv[i].zTarget : "-";   /* an event with no target */
      const char *zS = aEv[i].zSource[0] ? aEv[i].zSource : "-";   /* ... or no source */
      if( k->bDates ) snprintf(aGot[nGot++], 112, "%s %s %s @%s", zS, zT, aEv[i].zCode, aEv[i].zDate);
      else snprintf(aGot[nGot++], 112, "%s %s %s", zS, zT, aEv[i].zCode);
    }
  }
  if( rc==BRINK_OK ) checkFacts(c, zFile, k, aEv, nEv);
  if( bFactsDump && k->nExp==0 && !k->bNone ) return;   /* -f: a dump, not a test of events */
  if( k->bFacts && k->nExp==0 && !k->bNone ) return;   /* a facts-only block */
  qsort(aGot, (size_t)nGot, 112, cmpStr);
  qsort(k->aExp, (size_t)k->nExp, 112, cmpStr);
  int bOk = rc==BRINK_OK && nGot==k->nExp;
  for(int i=0; bOk && i<nGot; i++) if( strcmp(aGot[i], k->aExp[i])!=0 ) bOk = 0;
  if( bOk ){
    nPass++;
    if( bVerbose ) printf("ok   %s:%d\n", zFile, k->iLine);
    return;
  }
  nFail++;
  printf("FAIL %s:%d: %.*s\n", zFile, k->iLine, (int)(k->nText>160 ? 160 : k->nText), k->zText);
  if( rc!=BRINK_OK ) printf("     error: %s\n", brink_coder_errmsg(c));
  printf("     expected:");
  if( k->nExp==0 ) printf(" none");
  for(int i=0; i<k->nExp; i++) printf(" [%s]", k->aExp[i]);
  printf("\n     got:     ");
  if( nGot==0 ) printf(" none");
  for(int i=0; i<nGot; i++) printf(" [%s]", aGot[i]);
  printf("\n");
}

static brink_engine *openEngine(const char *const *azDict){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  if( azDict ) cfg.azDict = azDict;
  char *zErr = 0;
  brink_engine *p = brink_engine_new(&cfg, &zErr);
  if( !p ){ fprintf(stderr, "golden: %s\n", zErr ? zErr : "cannot load"); free(zErr); }
  return p;
}

static int runFile(const char *zFile){
  FILE *fp = fopen(zFile, "r");
  if( !fp ){ perror(zFile); return 1; }
  brink_engine *pEng = openEngine(0);
  if( !pEng ){ fclose(fp); return 1; }
  brink_coder *c = brink_coder_new(pEng);
  char zDate[16] = "2021-04-13";
  char zLine[8192];
  int iLine = 0;
  Case k;
  memset(&k, 0, sizeof k);
  for(;;){
    char *z = fgets(zLine, sizeof zLine, fp);
    if( z ) iLine++;
    size_t n = z ? strlen(z) : 0;
    while( n && (z[n-1]=='\n' || z[n-1]=='\r') ) z[--n] = 0;
    if( !z || n==0 ){
      if( k.nText ) runCase(c, zFile, &k, zDate);
      k.nText = 0; k.nExp = 0; k.bNone = 0; k.bDates = 0;
      k.nFact = 0; k.bFacts = k.bPlaces = k.bQty = k.bLoc = 0; k.zDateline[0] = 0;
      if( !z ) break;
      continue;
    }
    if( z[0]=='#' ) continue;
    if( strncmp(z, "%dateline ", 10)==0 ){ snprintf(k.zDateline, sizeof k.zDateline, "%s", z+10); continue; }
    if( strncmp(z, "%date ", 6)==0 ){ snprintf(zDate, sizeof zDate, "%s", z+6); continue; }
    if( strncmp(z, "%option ", 8)==0 ){ brink_coder_tabari_option(c, z+8); continue; }
    if( strncmp(z, "%dict ", 6)==0 ){
      static char azPath[8][1024];
      const char *azDict[9];
      int nDict = 0;
      const char *zSlash = strrchr(zFile, '/');
      int nDir = zSlash ? (int)(zSlash - zFile) + 1 : 0;
      for(char *zTok = strtok(z+6, " \t"); zTok && nDict<8; zTok = strtok(0, " \t")){
        snprintf(azPath[nDict], sizeof azPath[nDict], "%.*s%s", nDir, zFile, zTok);
        azDict[nDict] = azPath[nDict];
        nDict++;
      }
      azDict[nDict] = 0;
      brink_coder_free(c);
      brink_engine_free(pEng);
      pEng = openEngine(azDict);
      if( !pEng ){ fclose(fp); free(k.zText); return 1; }
      c = brink_coder_new(pEng);
      continue;
    }
    if( k.nText==0 && k.nExp==0 ) k.iLine = iLine;
    if( strncmp(z, "=>", 2)==0 ){
      const char *e = z+2;
      while( *e==' ' ) e++;
      if( strcmp(e, "none")==0 ){ k.bNone = 1; continue; }
      int bBad = 0;
      if( parseFact(&k, e, &bBad) ){
        if( bBad ){ printf("FAIL %s:%d: bad expectation '%s'\n", zFile, iLine, e); nFail++; }
        continue;
      }
      if( k.nExp<64 ){
        /* normalise spacing */
        char a[4][24] = {{0}};
        int nf = sscanf(e, "%23s %23s %23s %23s", a[0], a[1], a[2], a[3]);
        if( nf<3 || (nf==4 && a[3][0]!='@') ){ printf("FAIL %s:%d: bad expectation '%s'\n", zFile, iLine, e); nFail++; continue; }
        if( nf==4 ){ k.bDates = 1; snprintf(k.aExp[k.nExp++], 112, "%s %s %s %s", a[0], a[1], a[2], a[3]); }
        else snprintf(k.aExp[k.nExp++], 112, "%s %s %s", a[0], a[1], a[2]);
      }
      continue;
    }
    if( k.nText + n + 2 > k.nAlloc ){
      k.nAlloc = (k.nText + n + 2) * 2;
      char *zNew = realloc(k.zText, k.nAlloc);
      if( !zNew ){ fclose(fp); return 1; }
      k.zText = zNew;
    }
    if( k.nText ) k.zText[k.nText++] = '\n';
    memcpy(k.zText + k.nText, z, n);
    k.nText += n;
    k.zText[k.nText] = 0;
  }
  free(k.zText);
  brink_coder_free(c);
  brink_engine_free(pEng);
  fclose(fp);
  return 0;
}

int main(int argc, char **argv){
  int rc = 0;
  for(int i=1; i<argc; i++){
    if( strcmp(argv[i], "-v")==0 ){ bVerbose = 1; continue; }
    if( strcmp(argv[i], "-f")==0 ){ bFactsDump = 1; continue; }
    rc |= runFile(argv[i]);
  }
  printf("golden: %d passed, %d failed\n", nPass, nFail);
  if( nFactPass || nFactFail ) printf("golden facts: %d passed, %d failed\n", nFactPass, nFactFail);
  return (rc || nFail || nFactFail) ? 1 : 0;
}
