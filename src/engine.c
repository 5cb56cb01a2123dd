/*
** engine.c — build and free a brink_engine (see brink.h).
**
** The default dictionaries are every "*.txt" file in <datadir>/dict, loaded
** in name order, plus <datadir>/cameo.tsv.  Given an explicit list of files,
** brink loads exactly those (and still the CAMEO table, which is not a
** dictionary but the ontology every code is checked against).
**
** Each named file may be in brink's format or a peer's (TABARI, PETRARCH,
** Phoenix): brinkPeerLoadFile() detects the kind per file, unless
** zDictFormat forces one, and translates peer files into brink's format.
*/
#include "engine.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <dirent.h>
#include <sys/stat.h>

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

/* Load every *.txt in zDir, sorted by name (brink's format); with pOut, also
** append their text to it. */
static int loadDir(Dict *pDict, PeerSet *pSet, const char *zDir, DiagCount *pDiag, PeerText *pOut, char **pzErr){
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
      rc = brinkPeerLoadFile(pSet, pDict, az[i], PEER_FMT_BRINK, countDiag, pDiag, pOut, pzErr);
    }
  }
  for(size_t i=0; i<n; i++) free(az[i]);
  free(az);
  if( rc==BRINK_ENOMEM && pzErr && !*pzErr ) *pzErr = fmtErr("out of memory loading ", zDir);
  return rc;
}

/* Load the dictionaries of cfg into pDict: the files named, each in its
** detected or forced format, else the defaults in <zData>/dict. */
static int loadDicts(const brink_engine_config *pCfg, const char *zData, Dict *pDict, PeerSet *pSet,
                     DiagCount *pDiag, PeerText *pOut, char **pzErr){
  int eFormat = brinkPeerFormat(pCfg->zDictFormat);
  int rc = BRINK_OK;
  if( pCfg->azDict ){
    for(int i=0; pCfg->azDict[i] && rc==BRINK_OK; i++){
      rc = brinkPeerLoadFile(pSet, pDict, pCfg->azDict[i], eFormat, countDiag, pDiag, pOut, pzErr);
    }
    return rc;
  }
  size_t nPath = strlen(zData) + 8;
  char *zPath = malloc(nPath);
  if( !zPath ) return BRINK_ENOMEM;
  snprintf(zPath, nPath, "%s/dict", zData);
  rc = loadDir(pDict, pSet, zPath, pDiag, pOut, pzErr);
  free(zPath);
  return rc;
}

/* Issue phrases of peer issue files become an @issues section of the
** dictionary, so the coder finds them like any other phrase.  "~" and "~~"
** codes mark the phrases that switch issue coding off for the sentence or
** the story. */
static int loadIssues(Dict *pDict, const PeerSet *pSet, DiagCount *pDiag){
  size_t n = 16;
  for(size_t i=0; i<pSet->nIssue; i++) n += strlen(pSet->aIssue[i].zPhrase) + strlen(pSet->aIssue[i].zCode) + 8;
  char *z = malloc(n);
  if( !z ) return BRINK_ENOMEM;
  size_t k = (size_t)snprintf(z, n, "@issues\n");
  for(size_t i=0; i<pSet->nIssue; i++){
    const PeerIssue *pi = &pSet->aIssue[i];
    const char *zCode = pi->eKind==PEER_ISSUE_IGNORE ? "~" : pi->eKind==PEER_ISSUE_IGNORE_STORY ? "~~" : pi->zCode;
    if( !zCode[0] || strpbrk(pi->zPhrase, "|=#!@\n") ) continue;
    k += (size_t)snprintf(z+k, n-k, "%s = %s\n", pi->zPhrase, zCode);
  }
  int rc = brinkDictLoadTextMap(pDict, "(issue phrases)", z, k, 0, 0, countDiag, pDiag);
  free(z);
  return rc;
}

/* --dict FILE.bdc: a compiled cache (src/dictcache.c) as the only
** dictionary.  Opens it into *ppCache with its sources in *pInfo.  When a
** source changed and all still exist, *pazSrc gets their names (the caller
** rebuilds from them, keeping *ppCache alive until then: the names live in
** its mapping); when one is missing, the cache is used as it is.  Both cases
** are reported through xDiag. */
static int openCache(const brink_engine_config *pCfg, DiagCount *pDiag, Dict **ppCache,
                     DictCacheInfo *pInfo, const char ***pazSrc, char **pzErr){
  const char *zCache = pCfg->azDict[0];
  if( pCfg->azDict[1] ){
    if( pzErr ) *pzErr = fmtErr(zCache, ": a compiled dictionary must be the only --dict");
    return BRINK_EINVAL;
  }
  int rc = brinkDictOpenCache(zCache, pInfo, ppCache, pzErr);
  if( rc!=BRINK_OK ) return rc;
  char *zWhy = 0;
  int eStale = brinkDictCacheStale(pInfo, &zWhy);
  if( eStale ){
    char zMsg[512];
    snprintf(zMsg, sizeof zMsg, "compiled dictionary is stale (%s): %s", zWhy ? zWhy : "?",
             eStale==1 ? "rebuilding it in memory from its sources (run brink dict compile again)"
                       : "using it as it is");
    countDiag(pDiag, zCache, 0, 0, zMsg);
  }
  free(zWhy);
  if( eStale==1 ){
    const char **az = calloc(pInfo->nSource+1, sizeof(char*));
    if( !az ) return BRINK_ENOMEM;
    for(size_t i=0; i<pInfo->nSource; i++) az[i] = pInfo->azSource[i];
    *pazSrc = az;
  }
  return BRINK_OK;
}

static const char *dataDir(const brink_engine_config *pCfg){
  const char *zData = pCfg->zDataDir;
  if( !zData ) zData = getenv("BRINK_DATA");
  if( !zData || !*zData ) zData = BRINK_DATADIR;
  return zData;
}

brink_engine *brink_engine_new(const brink_engine_config *pCfg, char **pzErr){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  if( pCfg ) cfg = *pCfg;
  if( pzErr ) *pzErr = 0;
  const char *zData = dataDir(&cfg);
  if( brinkPeerFormat(cfg.zDictFormat)<0 ){
    if( pzErr ) *pzErr = fmtErr("unknown dictionary format (use auto, brink, tabari, petrarch1, petrarch2, discards or issues): ",
                                cfg.zDictFormat);
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
  free(zPath);
  /* facts: the gazetteer (issue 7, src/gazetteer.c) */
  p->pGaz = brinkGazetteerLoad(zData, countDiag, &dc, pzErr);
  if( !p->pGaz ){ brink_engine_free(p); return 0; }
  /* a compiled cache (brink dict compile), unless it is stale */
  int rc = BRINK_OK;
  Dict *pCache = 0;
  DictCacheInfo ci; memset(&ci, 0, sizeof ci);
  const char **azSrc = 0;
  if( cfg.azDict && cfg.azDict[0] && brinkDictIsCache(cfg.azDict[0]) ){
    rc = openCache(&cfg, &dc, &pCache, &ci, &azSrc, pzErr);
    if( rc!=BRINK_OK ) goto cache_done;
    if( !azSrc ){
      p->pDict = pCache; pCache = 0;
      p->bPeerVerbs = ci.bPeerVerbs;
      dc.n += ci.nWarning;
      if( ci.nIssue ){   /* the phrases are in the Dict (DK_ISSUE); keep the counts for stats */
        p->pPeer = calloc(1, sizeof(PeerSet));
        if( !p->pPeer ){ rc = BRINK_ENOMEM; goto cache_done; }
        p->pPeer->nIssue = ci.nIssue;
        p->pPeer->nIssueCode = ci.nIssueCode;
      }
      goto cache_done;
    }
    cfg.azDict = azSrc;
    cfg.zDictFormat = ci.zFormat;
  }
  p->pDict = brinkDictNew();
  p->pPeer = calloc(1, sizeof(PeerSet));
  if( !p->pDict || !p->pPeer ) goto oom;
  rc = loadDicts(&cfg, zData, p->pDict, p->pPeer, &dc, 0, pzErr);
  if( rc==BRINK_OK ) p->bPeerVerbs = p->pPeer->nPetrVerbFiles>0 ? PEER_VERBS_PETRARCH
                                    : p->pPeer->nVerbFiles>0 ? PEER_VERBS_TABARI : 0;
  if( rc==BRINK_OK && p->pPeer->nIssue ) rc = loadIssues(p->pDict, p->pPeer, &dc);
  if( rc==BRINK_OK && p->pPeer->nIssue==0 ){
    brinkPeerSetClear(p->pPeer);
    free(p->pPeer);
    p->pPeer = 0;
  }
  if( rc==BRINK_OK ) rc = brinkDictFinish(p->pDict);
cache_done:
  free(azSrc);
  brinkDictCacheInfoClear(&ci);
  brinkDictFree(pCache);
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
  if( p->pPeer ){
    if( !p->pPeer->aIssue ) p->pPeer->nIssue = 0;   /* counts only: a compiled cache */
    brinkPeerSetClear(p->pPeer);
    free(p->pPeer);
  }
  brinkOntologyFree(p->pOnt);
  brinkGazetteerFree(p->pGaz);   /* facts (issue 7) */
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
    if( !(v.aPat[i].flags & PATF_NULL) && !brinkOntologyKnown(p->pOnt, v.aPat[i].zCode, 0, 0, 0) ) s->nUnknownCode++;
  }
  s->nPattern = v.nPat;
  s->nCameo = brinkOntologyCount(p->pOnt);
  s->nWarning = p->nWarning;
  if( p->pPeer ){
    s->nIssue = p->pPeer->nIssue;
    s->nIssueCode = brinkPeerIssueCodes(p->pPeer);
  }
}

int brink_dict_convert(const brink_engine_config *pCfg, brink_buf *pOut, char **pzErr){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  if( pCfg ) cfg = *pCfg;
  if( pzErr ) *pzErr = 0;
  if( brinkPeerFormat(cfg.zDictFormat)<0 ){
    if( pzErr ) *pzErr = fmtErr("unknown dictionary format: ", cfg.zDictFormat);
    return BRINK_EINVAL;
  }
  DiagCount dc = { cfg.xDiag, cfg.pDiagArg, 0 };
  PeerSet set; memset(&set, 0, sizeof set);
  PeerText tx; memset(&tx, 0, sizeof tx);
  Dict *pDict = brinkDictNew();
  int rc = pDict ? loadDicts(&cfg, dataDir(&cfg), pDict, &set, &dc, &tx, pzErr) : BRINK_ENOMEM;
  if( rc==BRINK_OK && tx.n ){
    if( pOut->n + tx.n + 1 > pOut->cap ){
      size_t nNew = pOut->n + tx.n + 1;
      char *zNew = realloc(pOut->z, nNew);
      if( !zNew ) rc = BRINK_ENOMEM;
      else{ pOut->z = zNew; pOut->cap = nNew; }
    }
    if( rc==BRINK_OK ){
      memcpy(pOut->z + pOut->n, tx.z, tx.n);
      pOut->n += tx.n;
      pOut->z[pOut->n] = 0;
    }
  }
  if( rc==BRINK_ENOMEM && pzErr && !*pzErr ) *pzErr = fmtErr("out of memory", "");
  brinkPeerTextFree(&tx);
  brinkPeerSetClear(&set);
  brinkDictFree(pDict);
  return rc;
}

int brink_dict_compile(const brink_engine_config *pCfg, const char *zOut, char **pzErr){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  if( pCfg ) cfg = *pCfg;
  if( pzErr ) *pzErr = 0;
  brink_engine *p = brink_engine_new(&cfg, pzErr);
  if( !p ) return BRINK_EIO;
  /* the sources: every file the dictionary was read from (not "(issue phrases)") */
  DictView v;
  brinkDictView(p->pDict, &v);
  const char **az = calloc(v.nFile+1, sizeof(char*));
  if( !az ){ brink_engine_free(p); if( pzErr ) *pzErr = fmtErr("out of memory", ""); return BRINK_ENOMEM; }
  size_t n = 0;
  for(size_t i=0; i<v.nFile; i++){
    struct stat st;
    if( stat(v.azFile[i], &st)==0 && S_ISREG(st.st_mode) ) az[n++] = v.azFile[i];
  }
  DictCacheInfo info;
  memset(&info, 0, sizeof info);
  info.bPeerVerbs = p->bPeerVerbs;
  info.nWarning = p->nWarning;
  if( p->pPeer ){ info.nIssue = p->pPeer->nIssue; info.nIssueCode = p->pPeer->nIssueCode; }
  info.zFormat = cfg.azDict ? (cfg.zDictFormat ? cfg.zDictFormat : "auto") : "brink";
  info.azSource = az; info.nSource = n;
  int rc = brinkDictSave(p->pDict, &info, zOut, pzErr);
  free(az);
  brink_engine_free(p);
  return rc;
}

const brink_cameo *brink_cameo_lookup(const brink_engine *p, const char *zCode){
  return brinkOntologyLookup(p->pOnt, zCode);
}
size_t brink_cameo_count(const brink_engine *p){ return brinkOntologyCount(p->pOnt); }
const brink_cameo *brink_cameo_at(const brink_engine *p, size_t i){ return brinkOntologyAt(p->pOnt, i); }
