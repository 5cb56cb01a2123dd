/*
** golden.c — the golden-test runner: plain-text cases of text and the events
** it must code, in the manner of jq's tests/jq.test.
**
** A file holds blocks separated by blank lines.  In a block, lines that start
** with "=>" are expected events ("=> USAGOV RUSGOV 0256", optionally with the
** event date: "=> USAGOV RUSGOV 0256 @2021-04-12"), or "=> none"; the
** other lines are the story text (several lines make several sentences).
** "%date YYYY-MM-DD" sets the story date for the blocks after it (default
** 2021-04-13); "%dict FILE" codes the following blocks with that dictionary
** instead of the defaults (a path relative to the test file); lines starting
** with '#' are comments.  The expected events must equal the coded events as
** a set of (source, target, code) triples.
**
** Usage: golden [-v] FILE...   Prints each failure with file and line, then
** "N passed, N failed".  Exit 1 if any failed.
*/
#include "brink.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Case {
  int iLine;
  int bDates;            /* expectations carry "@YYYY-MM-DD": compare dates too */
  char *zText; size_t nText, nAlloc;
  char aExp[64][112]; int nExp;
  int bNone;
} Case;

static int nPass = 0, nFail = 0, bVerbose = 0;

static int cmpStr(const void *a, const void *b){ return strcmp((const char*)a, (const char*)b); }

static void runCase(brink_coder *c, const char *zFile, Case *k, const char *zDate){
  if( k->nText==0 ) return;
  brink_story s;
  memset(&s, 0, sizeof s);
  char zId[32];
  snprintf(zId, sizeof zId, "line%d", k->iLine);
  s.zId = zId; s.zDate = zDate; s.zText = k->zText; s.nText = k->nText;
  const brink_event *aEv; size_t nEv;
  int rc = brink_code_story(c, &s, &aEv, &nEv);
  char aGot[64][112]; int nGot = 0;
  if( rc==BRINK_OK ){
    for(size_t i=0; i<nEv && nGot<64; i++){
      if( k->bDates ) snprintf(aGot[nGot++], 112, "%s %s %s @%s", aEv[i].zSource, aEv[i].zTarget, aEv[i].zCode, aEv[i].zDate);
      else snprintf(aGot[nGot++], 112, "%s %s %s", aEv[i].zSource, aEv[i].zTarget, aEv[i].zCode);
    }
  }
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

static brink_engine *openEngine(const char *zDict){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  const char *az[2] = { zDict, 0 };
  if( zDict ) cfg.azDict = az;
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
      if( !z ) break;
      continue;
    }
    if( z[0]=='#' ) continue;
    if( strncmp(z, "%date ", 6)==0 ){ snprintf(zDate, sizeof zDate, "%s", z+6); continue; }
    if( strncmp(z, "%dict ", 6)==0 ){
      char zPath[4096];
      const char *zSlash = strrchr(zFile, '/');
      int nDir = zSlash ? (int)(zSlash - zFile) + 1 : 0;
      snprintf(zPath, sizeof zPath, "%.*s%s", nDir, zFile, z+6);
      brink_coder_free(c);
      brink_engine_free(pEng);
      pEng = openEngine(zPath);
      if( !pEng ){ fclose(fp); free(k.zText); return 1; }
      c = brink_coder_new(pEng);
      continue;
    }
    if( k.nText==0 && k.nExp==0 ) k.iLine = iLine;
    if( strncmp(z, "=>", 2)==0 ){
      const char *e = z+2;
      while( *e==' ' ) e++;
      if( strcmp(e, "none")==0 ){ k.bNone = 1; continue; }
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
    rc |= runFile(argv[i]);
  }
  printf("golden: %d passed, %d failed\n", nPass, nFail);
  return (rc || nFail) ? 1 : 0;
}
