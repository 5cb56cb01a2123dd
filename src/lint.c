/*
** lint.c — `brink dict check`: what is wrong with a set of dictionaries.
**
** Problems reported (each through the diagnostic callback, with the file and
** line of the entry):
**   - a pattern whose code is not in the CAMEO table (each half of a peer
**     dictionary's paired code, "042:043", is looked up alone);
**   - the same phrase twice in one file (a duplicate), or with different
**     codes anywhere (a conflict: only one of them can ever match);
**   - two dated codes of one entry whose date ranges overlap;
**   - CAMEO codes that no pattern can produce (unreachable).
** The same phrase with the same code in two files is not a problem: the
** generated ISO country names and the hand-written variants overlap on purpose.
*/
#include "engine.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* The file a DictEntry or Pattern came from (by its iFile). */
static const char *lintFile(const DictView *v, uint32_t iFile){
  return iFile<v->nFile ? v->azFile[iFile] : "?";
}

static void report(brink_diag_fn x, void *pArg, const char *zFile, int iLine, const char *zMsg, size_t *pn){
  if( x ) x(pArg, zFile ? zFile : "?", iLine, 0, zMsg);
  (*pn)++;
}

/* Sort key for phrases: their word-id sequence. */
typedef struct PhKey { const DictPhrase *ph; const DictWord *aWord; } PhKey;
static int cmpPhrase(const void *a, const void *b){
  const PhKey *x = a, *y = b;
  int n = x->ph->nWord < y->ph->nWord ? x->ph->nWord : y->ph->nWord;
  for(int i=0; i<n; i++){
    int32_t p = x->aWord[x->ph->iWord+(uint32_t)i].id1, q = y->aWord[y->ph->iWord+(uint32_t)i].id1;
    if( p!=q ) return p<q ? -1 : 1;
  }
  if( x->ph->nWord!=y->ph->nWord ) return x->ph->nWord<y->ph->nWord ? -1 : 1;
  return x->ph < y->ph ? -1 : x->ph > y->ph;
}

static int sameCodes(const DictView *v, const DictEntry *a, const DictEntry *b){
  if( a->nCode!=b->nCode ) return 0;
  for(uint32_t i=0; i<a->nCode; i++){
    const DictCode *p = &v->aCode[a->iCode+i], *q = &v->aCode[b->iCode+i];
    if( strcmp(p->zCode, q->zCode)!=0 || p->iFrom!=q->iFrom || p->iTo!=q->iTo ) return 0;
  }
  return 1;
}

static size_t checkPhrases(const DictView *v, int k, brink_diag_fn x, void *pArg){
  size_t nBad = 0, n = v->nPhrase[k];
  PhKey *a = malloc((n ? n : 1)*sizeof(PhKey));
  if( !a ) return 0;
  for(size_t i=0; i<n; i++){ a[i].ph = &v->aPhrase[k][i]; a[i].aWord = v->aWord; }
  qsort(a, n, sizeof(PhKey), cmpPhrase);
  for(size_t i=1; i<n; i++){
    const DictPhrase *p = a[i-1].ph, *q = a[i].ph;
    if( p->nWord!=q->nWord ) continue;
    int bSame = 1;
    for(uint16_t w=0; w<p->nWord && bSame; w++){
      if( v->aWord[p->iWord+w].id1!=v->aWord[q->iWord+w].id1 ) bSame = 0;
    }
    if( !bSame || p->iEntry==q->iEntry ) continue;
    const DictEntry *e = &v->aEntry[k][p->iEntry], *f = &v->aEntry[k][q->iEntry];
    char zMsg[200];
    if( !sameCodes(v, e, f) ){
      snprintf(zMsg, sizeof zMsg, "phrase also defined at %s:%d with other codes; only one can match",
               lintFile(v, e->iFile), e->iLine);
      report(x, pArg, lintFile(v, f->iFile), f->iLine, zMsg, &nBad);
    }else if( e->iFile==f->iFile ){
      snprintf(zMsg, sizeof zMsg, "duplicate phrase (also at line %d)", e->iLine);
      report(x, pArg, lintFile(v, f->iFile), f->iLine, zMsg, &nBad);
    }
  }
  free(a);
  /* overlapping date ranges inside one entry */
  for(size_t i=0; i<v->nEntry[k]; i++){
    const DictEntry *e = &v->aEntry[k][i];
    for(uint32_t s=0; s<e->nCode; s++){
      const DictCode *p = &v->aCode[e->iCode+s];
      if( p->iFrom==DICT_DAY_MIN && p->iTo==DICT_DAY_MAX ) continue;
      for(uint32_t t=s+1; t<e->nCode; t++){
        const DictCode *q = &v->aCode[e->iCode+t];
        if( q->iFrom==DICT_DAY_MIN && q->iTo==DICT_DAY_MAX ) continue;
        if( p->iFrom<=q->iTo && q->iFrom<=p->iTo ){
          char zMsg[160], zA[16], zB[16];
          brink_date_format(p->iFrom>q->iFrom ? p->iFrom : q->iFrom, zA);
          brink_date_format(p->iTo<q->iTo ? p->iTo : q->iTo, zB);
          snprintf(zMsg, sizeof zMsg, "date ranges of %s and %s overlap (%s..%s)", p->zCode, q->zCode,
                   p->iFrom==DICT_DAY_MIN && q->iFrom==DICT_DAY_MIN ? "" : zA,
                   p->iTo==DICT_DAY_MAX && q->iTo==DICT_DAY_MAX ? "" : zB);
          report(x, pArg, lintFile(v, e->iFile), e->iLine, zMsg, &nBad);
        }
      }
    }
  }
  return nBad;
}

static int cmpPatPlace(const void *a, const void *b){
  const Pattern *x = *(const Pattern*const*)a, *y = *(const Pattern*const*)b;
  if( x->iFile!=y->iFile ) return x->iFile<y->iFile ? -1 : 1;
  if( x->iLine!=y->iLine ) return x->iLine<y->iLine ? -1 : 1;
  return x<y ? -1 : x>y;
}

size_t brink_dict_check(const brink_engine *p, unsigned flags, brink_diag_fn xDiag, void *pArg){
  DictView v;
  brinkDictView(p->pDict, &v);
  size_t nBad = 0;
  size_t nCameo = brinkOntologyCount(p->pOnt);
  unsigned char *aReach = calloc(nCameo ? nCameo : 1, 1);
  /* the patterns are stored in the coder's order (brinkDictFinish); report
  ** in file order */
  const Pattern **apPat = malloc((v.nPat ? v.nPat : 1)*sizeof(Pattern*));
  if( apPat ){
    for(size_t i=0; i<v.nPat; i++) apPat[i] = &v.aPat[i];
    qsort(apPat, v.nPat, sizeof(Pattern*), cmpPatPlace);
  }
  for(size_t i=0; i<v.nPat; i++){
    const Pattern *pat = apPat ? apPat[i] : &v.aPat[i];
    if( pat->flags & PATF_NULL ) continue;
    char zBad[32];
    if( !brinkOntologyKnown(p->pOnt, pat->zCode, zBad, sizeof zBad, aReach) ){
      char zMsg[128];
      if( strcmp(zBad, pat->zCode)==0 ){
        snprintf(zMsg, sizeof zMsg, "code %s is not in the CAMEO table", pat->zCode);
      }else{
        snprintf(zMsg, sizeof zMsg, "code %s: %s is not in the CAMEO table", pat->zCode, zBad);
      }
      report(xDiag, pArg, lintFile(&v, pat->iFile), pat->iLine, zMsg, &nBad);
    }
  }
  for(int k=0; k<DK__COUNT; k++) nBad += checkPhrases(&v, k, xDiag, pArg);
  /* Unreachable codes: only meaningful for a set that has verb patterns. */
  if( (flags & BRINK_CHECK_COVERAGE) && v.nPat && aReach ){
    for(size_t k=0; k<nCameo; k++){
      if( aReach[k] ) continue;
      const brink_cameo *c = brinkOntologyAt(p->pOnt, k);
      /* a root ("19") is reached by any of its codes */
      if( strlen(c->zCode)==2 ){
        int bAny = 0;
        for(size_t j=0; j<nCameo && !bAny; j++){
          if( aReach[j] && strncmp(brinkOntologyAt(p->pOnt, j)->zCode, c->zCode, 2)==0 ) bAny = 1;
        }
        if( bAny ) continue;
      }
      char zMsg[160];
      snprintf(zMsg, sizeof zMsg, "CAMEO code %s (%s) is reached by no pattern", c->zCode, c->zName);
      report(xDiag, pArg, "cameo.tsv", 0, zMsg, &nBad);
    }
  }
  free(aReach);
  free(apPat);
  return nBad;
}
