/*
** engine.c — build and free a brink_engine (see brink.h).
**
** The default dictionaries are every "*.txt" file in <datadir>/dict, loaded
** in name order, plus <datadir>/cameo.tsv.  Given an explicit list of files,
** brink loads exactly those (and still the CAMEO table, which is not a
** dictionary but the ontology every code is checked against).
*/
#include "engine.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <dirent.h>

static char *fmtErr(const char *zA, const char *zB){
  size_t n = strlen(zA) + strlen(zB) + 4;
  char *z = malloc(n);
  if( z ) snprintf(z, n, "%s%s", zA, zB);
  return z;
}

typedef struct DiagCount { brink_diag_fn x; void *pArg; size_t n; } DiagCount;
static void countDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagCount *d = pArg;
  d->n++;
  if( d->x ) d->x(d->pArg, zFile, iLine, iCol, zMsg);
}

static int cmpStr(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/* Load every *.txt in zDir, sorted by name. */
static int loadDir(Dict *pDict, const char *zDir, DiagCount *pDiag, char **pzErr){
  DIR *d = opendir(zDir);
  if( !d ){
    if( pzErr ) *pzErr = fmtErr(zDir, ": cannot open the dictionary folder");
    return BRINK_EIO;
  }
  char **az = 0; size_t n = 0, nAlloc = 0;
  int rc = BRINK_OK;
  struct dirent *e;
  while( (e = readdir(d))!=0 ){
    size_t nName = strlen(e->d_name);
    if( nName<5 || strcmp(e->d_name+nName-4, ".txt")!=0 || e->d_name[0]=='.' ) continue;
    if( n==nAlloc ){
      nAlloc = nAlloc ? nAlloc*2 : 16;
      char **azNew = realloc(az, nAlloc*sizeof(char*));
      if( !azNew ){ rc = BRINK_ENOMEM; break; }
      az = azNew;
    }
    size_t nPath = strlen(zDir) + nName + 2;
    az[n] = malloc(nPath);
    if( !az[n] ){ rc = BRINK_ENOMEM; break; }
    snprintf(az[n], nPath, "%s/%s", zDir, e->d_name);
    n++;
  }
  closedir(d);
  if( rc==BRINK_OK ){
    qsort(az, n, sizeof(char*), cmpStr);
    for(size_t i=0; i<n && rc==BRINK_OK; i++){
      rc = brinkDictLoadFile(pDict, az[i], countDiag, pDiag, pzErr);
    }
  }
  for(size_t i=0; i<n; i++) free(az[i]);
  free(az);
  if( rc==BRINK_ENOMEM && pzErr && !*pzErr ) *pzErr = fmtErr("out of memory loading ", zDir);
  return rc;
}

brink_engine *brink_engine_new(const brink_engine_config *pCfg, char **pzErr){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  if( pCfg ) cfg = *pCfg;
  if( pzErr ) *pzErr = 0;
  const char *zData = cfg.zDataDir;
  if( !zData ) zData = getenv("BRINK_DATA");
  if( !zData || !*zData ) zData = BRINK_DATADIR;
  if( cfg.zDictFormat && strcmp(cfg.zDictFormat, "auto")!=0 && strcmp(cfg.zDictFormat, "brink")!=0 ){
    if( pzErr ) *pzErr = fmtErr("unknown dictionary format: ", cfg.zDictFormat);
    return 0;
  }
  brink_engine *p = calloc(1, sizeof *p);
  if( !p ){ if( pzErr ) *pzErr = fmtErr("out of memory", ""); return 0; }
  DiagCount dc = { cfg.xDiag, cfg.pDiagArg, 0 };
  size_t nPath = strlen(zData) + 32;
  char *zPath = malloc(nPath);
  if( !zPath ) goto oom;
  snprintf(zPath, nPath, "%s/cameo.tsv", zData);
  p->pOnt = brinkOntologyLoad(zPath, countDiag, &dc, pzErr);
  if( !p->pOnt ){ free(zPath); brink_engine_free(p); return 0; }
  p->pDict = brinkDictNew();
  if( !p->pDict ){ free(zPath); goto oom; }
  int rc = BRINK_OK;
  if( cfg.azDict ){
    for(int i=0; cfg.azDict[i] && rc==BRINK_OK; i++){
      rc = brinkDictLoadFile(p->pDict, cfg.azDict[i], countDiag, &dc, pzErr);
    }
  }else{
    snprintf(zPath, nPath, "%s/dict", zData);
    rc = loadDir(p->pDict, zPath, &dc, pzErr);
  }
  free(zPath);
  if( rc==BRINK_OK ) rc = brinkDictFinish(p->pDict);
  if( rc!=BRINK_OK ){
    if( rc==BRINK_ENOMEM && pzErr && !*pzErr ) *pzErr = fmtErr("out of memory", "");
    brink_engine_free(p);
    return 0;
  }
  p->nWarning = dc.n;
  return p;
oom:
  if( pzErr ) *pzErr = fmtErr("out of memory", "");
  brink_engine_free(p);
  return 0;
}

void brink_engine_free(brink_engine *p){
  if( !p ) return;
  brinkDictFree(p->pDict);
  brinkOntologyFree(p->pOnt);
  free(p);
}

void brink_engine_stats_get(const brink_engine *p, brink_engine_stats *s){
  DictView v;
  brinkDictView(p->pDict, &v);
  memset(s, 0, sizeof *s);
  s->nActor = v.nPhrase[DK_ACTOR];
  s->nAgent = v.nPhrase[DK_AGENT];
  s->nVerb = 0;
  for(size_t i=0; i<v.nPat; i++){
    if( v.aPat[i].nElem==0 ) s->nVerb++;
  }
  s->nPattern = v.nPat;
  s->nCameo = brinkOntologyCount(p->pOnt);
  s->nWarning = p->nWarning;
}

const brink_cameo *brink_cameo_lookup(const brink_engine *p, const char *zCode){
  return brinkOntologyLookup(p->pOnt, zCode);
}
size_t brink_cameo_count(const brink_engine *p){ return brinkOntologyCount(p->pOnt); }
const brink_cameo *brink_cameo_at(const brink_engine *p, size_t i){ return brinkOntologyAt(p->pOnt, i); }
