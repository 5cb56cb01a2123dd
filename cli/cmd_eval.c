/*
** cmd_eval.c — `brink eval`: code the texts of a gold file and score the
** events against what it expects.
**
** The gold readers (gold.c) give records of text plus expected events; here
** each record is coded with brink_code_story() and compared at three levels:
**
**   1  exact actor codes + exact event code (PLOVER gold: exact actor
**      code+sector + PLOVER event type)
**   2  country-level actors (first three letters) + CAMEO root (PLOVER gold:
**      + PLOVER event type, brink's codes mapped through brink_cameo_lookup)
**   3  the event type alone (CAMEO root or PLOVER type)
**
** At each level both sides are projected and de-duplicated within a record;
** recall counts the expected (core) events some coded event matches,
** precision the coded events that match some expected one.  A seed gold
** file matches by prefix ("04" accepts any code of root 04) and may list
** optional rows, which count for precision but not recall.  docs/EVAL.md
** has the full rules.  Scores are reports, not verdicts: the exit status is
** 0 unless the gold file or the dictionaries could not be read.
*/
#include "cli.h"
#include "gold.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
"usage: brink eval [OPTIONS] GOLD\n"
"\n"
"Code the texts of a gold file and score brink's events against it:\n"
"precision, recall and F1 at three levels (exact actors + exact code;\n"
"country-level actors + CAMEO root or PLOVER type; event type alone) and a\n"
"confusion table of event roots.\n"
"\n"
"Gold formats (default: detected from the name and contents):\n"
"  seed       brink's TSV (X.gold.tsv, with the story in X.jsonl beside it)\n"
"  plover     PLOVER gold-standard JSON (PLOVER_GSR_CAMEO.*.json)\n"
"  petrarch   PETRARCH unit-test XML; dictionaries from its <Environment>\n"
"  tabari     TABARI validation text (X.text, or X.project naming it);\n"
"             dictionaries from X.project\n"
"\n"
"Options:\n"
"  --format F         seed, plover, petrarch, tabari or auto (default)\n"
"  --dict FILE        code with exactly these dictionaries (repeatable); by\n"
"                     default the ones the gold file names, else brink's own\n"
"  --dict-format F    auto (default) or brink\n"
"  --data DIR         the data folder (default: $BRINK_DATA or the built-in one)\n"
"  --show             print every miss and every false alarm with its text\n"
"  --by-category      per-category counts of records whose coded events equal\n"
"                     the expected ones exactly (level 1; PLOVER: level 2)\n"
"  -v, --verbose      print every dictionary and gold-file warning\n"
"  -h, --help         this help\n"
"\n"
"Exit status: 0 when scored (whatever the scores); 1 when the gold file or\n"
"the dictionaries cannot be read.\n";

#define NLEVEL 3
#define MAXLABEL 64       /* confusion-table labels: CAMEO roots or PLOVER types */
#define KEYLEN GOLD_MAXALT

/* ---- Diagnostics: show the first few, count the rest ------------------------ */
typedef struct Diag { int n, bVerbose; } Diag;
static void evalDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  Diag *d = pArg;
  d->n++;
  if( d->bVerbose || d->n<=10 ) cli_diag(0, zFile, iLine, iCol, zMsg);
  else if( d->n==11 ) fprintf(stderr, "brink eval: more warnings follow; -v shows them all\n");
}

/* ---- Projection --------------------------------------------------------- */

/* An actor code at level L: as is at 1, its first three letters at 2, ""
** at 3. */
static void projActor(int iLevel, const char *z, char *zOut){
  if( iLevel==1 ) snprintf(zOut, KEYLEN, "%s", z);
  else if( iLevel==2 ) snprintf(zOut, KEYLEN, "%.3s", z);
  else zOut[0] = 0;
}
/* An event code at level L: the PLOVER type always for PLOVER gold; else the
** code at 1 and its root at 2 and 3. */
static void projCode(int iLevel, int bPlover, const char *z, char *zOut){
  if( bPlover || iLevel==1 ) snprintf(zOut, KEYLEN, "%s", z);
  else snprintf(zOut, KEYLEN, "%.2s", z);
}

/* Does value zVal match one of the '|'-separated alternatives of zAlts at
** this level?  Seed gold matches by prefix at level 1. */
static int matchAlt(const char *zAlts, const char *zVal, int iLevel, int bActor, int bPlover, int bPrefix){
  if( bActor && iLevel==3 ) return 1;
  const char *z = zAlts;
  for(;;){
    const char *zBar = strchr(z, '|');
    size_t n = zBar ? (size_t)(zBar-z) : strlen(z);
    char zAlt[KEYLEN], zProj[KEYLEN];
    snprintf(zAlt, sizeof zAlt, "%.*s", (int)(n<KEYLEN-1 ? n : KEYLEN-1), z);
    if( bActor ) projActor(iLevel, zAlt, zProj);
    else projCode(iLevel, bPlover, zAlt, zProj);
    if( iLevel==1 && bPrefix ){
      if( strncmp(zVal, zProj, strlen(zProj))==0 && (zProj[0] || !zVal[0]) ) return 1;
    }else if( strcmp(zVal, zProj)==0 ){
      return 1;
    }
    if( !zBar ) return 0;
    z = zBar+1;
  }
}

/* ---- Per-record scoring state --------------------------------------------- */

typedef struct Key {          /* one distinct coded event at one level */
  char zSrc[KEYLEN], zTgt[KEYLEN], zCode[KEYLEN];
  int iEv;                    /* the first coded event it came from */
  int bForbidden;             /* every event behind it breaks the gold's forbid rule */
  int bRight;                 /* it matches some expected event */
  int bUsed;                  /* paired in the confusion table */
} Key;

typedef struct Counts { long nGold, nFound, nCoded, nRight; } Counts;

typedef struct Cat { char zName[GOLD_MAXID]; int nRec, nPass; long nGold, nFound, nExtra; } Cat;

typedef struct Eval {
  GoldSet *pGold;
  const brink_engine *pEng;
  int bPlover, bPrefix, iPassLevel, bShow;
  Counts aCount[NLEVEL+1];
  /* confusion table at level 3 */
  char azLabel[MAXLABEL][KEYLEN];
  int nLabel;
  long aConf[MAXLABEL][MAXLABEL];
  /* categories */
  Cat *aCat; int nCat;
  /* PLOVER record-level */
  long nPRec, nPType, nPSrc, nPTgt, nPAll, nPPair;
  long nScored, nPass, nFailed;
} Eval;

static int labelIndex(Eval *p, const char *z){
  if( !z[0] ) return 0;
  for(int i=1; i<p->nLabel; i++) if( strcmp(p->azLabel[i], z)==0 ) return i;
  if( p->nLabel>=MAXLABEL ) return MAXLABEL-1;   /* the last slot collects the overflow */
  snprintf(p->azLabel[p->nLabel], KEYLEN, "%s", z);
  return p->nLabel++;
}

static Cat *catFor(Eval *p, const char *z){
  for(int i=0; i<p->nCat; i++) if( strcmp(p->aCat[i].zName, z)==0 ) return &p->aCat[i];
  Cat *a = realloc(p->aCat, (size_t)(p->nCat+1)*sizeof *a);
  if( !a ) return 0;
  p->aCat = a;
  Cat *c = &a[p->nCat++];
  memset(c, 0, sizeof *c);
  snprintf(c->zName, sizeof c->zName, "%s", z[0] ? z : "(none)");
  return c;
}

/* The code scored for a coded event: PLOVER type for PLOVER gold. */
static const char *codedCode(const Eval *p, const brink_event *ev){
  if( !p->bPlover ) return ev->zCode;
  const brink_cameo *c = brink_cameo_lookup(p->pEng, ev->zCode);
  if( c && c->zPlover && c->zPlover[0] ) return c->zPlover;
  return ev->zPlover && ev->zPlover[0] ? ev->zPlover : "?";
}

static int isForbidden(const GoldSet *g, const brink_event *ev){
  if( !g->bForbid ) return 0;
  if( strncmp(ev->zSource, g->zForbidSrc, strlen(g->zForbidSrc))!=0 ) return 0;
  if( strncmp(ev->zTarget, g->zForbidTgt, strlen(g->zForbidTgt))!=0 ) return 0;
  int iRoot = atoi(ev->zRoot ? ev->zRoot : "0");
  return iRoot>=g->iForbidLo && iRoot<=g->iForbidHi;
}

static int rowMatches(const Eval *p, const GoldEvent *e, const Key *k, int iLevel){
  return matchAlt(e->zSrc, k->zSrc, iLevel, 1, p->bPlover, p->bPrefix)
      && matchAlt(e->zTgt, k->zTgt, iLevel, 1, p->bPlover, p->bPrefix)
      && matchAlt(e->zCode, k->zCode, iLevel, 0, p->bPlover, p->bPrefix);
}

/* Two expected events that look the same at this level count once (not for
** seed rows, which are distinct events by construction). */
static int rowSame(const Eval *p, const GoldEvent *a, const GoldEvent *b, int iLevel){
  if( p->bPrefix || a->bOptional!=b->bOptional ) return 0;
  char z1[KEYLEN], z2[KEYLEN];
  projActor(iLevel, a->zSrc, z1); projActor(iLevel, b->zSrc, z2);
  if( strcmp(z1, z2) ) return 0;
  projActor(iLevel, a->zTgt, z1); projActor(iLevel, b->zTgt, z2);
  if( strcmp(z1, z2) ) return 0;
  projCode(iLevel, p->bPlover, a->zCode, z1); projCode(iLevel, p->bPlover, b->zCode, z2);
  return strcmp(z1, z2)==0;
}

static void printText(const char *zLabel, const char *z){
  if( !z ) z = "";
  size_t n = strlen(z);
  if( n>600 ) printf("    %s %.600s ...\n", zLabel, z);
  else printf("    %s %s\n", zLabel, z);
}

/* One record being scored: its coded events, their distinct keys at the
** level at hand, and for each expected event whether it was found, repeats
** an earlier one at this level, or is paired in the confusion table. */
typedef struct Scoring {
  const GoldRecord *r;
  const brink_event *aEv;
  size_t nEv;
  Key *aKey;
  int nKey;
  int *aFound, *aDup, *aPaired;
  long nGold, nFound, nRight;   /* this record at this level */
} Scoring;

/* The distinct coded keys of the record at this level. */
static void scoreKeys(const Eval *p, Scoring *sc, int iLevel){
  const GoldSet *g = p->pGold;
  const brink_event *aEv = sc->aEv;
  Key *aKey = sc->aKey;
  int nKey = 0;
  for(size_t i=0; i<sc->nEv; i++){
    Key k;
    memset(&k, 0, sizeof k);
    projActor(iLevel, aEv[i].zSource, k.zSrc);
    projActor(iLevel, aEv[i].zTarget, k.zTgt);
    projCode(iLevel, p->bPlover, codedCode(p, &aEv[i]), k.zCode);
    int bForbid = isForbidden(g, &aEv[i]);
    int j;
    for(j=0; j<nKey; j++){
      if( !strcmp(aKey[j].zSrc, k.zSrc) && !strcmp(aKey[j].zTgt, k.zTgt) && !strcmp(aKey[j].zCode, k.zCode) ) break;
    }
    if( j<nKey ){ if( !bForbid ) aKey[j].bForbidden = 0; continue; }
    k.iEv = (int)i;
    k.bForbidden = bForbid;
    aKey[nKey++] = k;
  }
  sc->nKey = nKey;
}

/* Which expected events some coded key matches at this level (recall). */
static void scoreFound(const Eval *p, Scoring *sc, int iLevel){
  const GoldRecord *r = sc->r;
  int nE = r->nEv;
  int *aFound = sc->aFound, *aDup = sc->aDup;
  long nGoldRec = 0, nFoundRec = 0;
  for(int e=0; e<nE; e++){
    aFound[e] = 0;
    aDup[e] = 0;
    for(int f=0; f<e; f++) if( !aDup[f] && rowSame(p, &r->aEv[e], &r->aEv[f], iLevel) ){ aDup[e] = 1; break; }
    if( aDup[e] ) continue;
    for(int j=0; j<sc->nKey && !aFound[e]; j++){
      if( !sc->aKey[j].bForbidden && rowMatches(p, &r->aEv[e], &sc->aKey[j], iLevel) ) aFound[e] = 1;
    }
    if( r->aEv[e].bOptional ) continue;
    nGoldRec++;
    if( aFound[e] ) nFoundRec++;
  }
  sc->nGold = nGoldRec;
  sc->nFound = nFoundRec;
}

/* Which coded keys match some expected event at this level (precision). */
static void scoreRight(const Eval *p, Scoring *sc, int iLevel){
  const GoldRecord *r = sc->r;
  int nE = r->nEv;
  Key *aKey = sc->aKey;
  long nRightRec = 0;
  for(int j=0; j<sc->nKey; j++){
    aKey[j].bRight = 0;
    for(int e=0; e<nE && !aKey[j].bForbidden; e++){
      if( rowMatches(p, &r->aEv[e], &aKey[j], iLevel) ){ aKey[j].bRight = 1; break; }
    }
    if( aKey[j].bRight ) nRightRec++;
  }
  sc->nRight = nRightRec;
}

/* Add the record's figures at this level to the totals, and at the pass
** level to its category's. */
static void scoreTally(Eval *p, const Scoring *sc, int iLevel){
  Counts *c = &p->aCount[iLevel];
  long nGoldRec = sc->nGold, nFoundRec = sc->nFound, nRightRec = sc->nRight;
  int nKey = sc->nKey;
  c->nGold += nGoldRec; c->nFound += nFoundRec;
  c->nCoded += nKey; c->nRight += nRightRec;
  if( iLevel==p->iPassLevel ){
    int bPassRec = (nFoundRec==nGoldRec && nRightRec==nKey);
    Cat *cat = catFor(p, sc->r->zCategory);
    if( cat ){
      cat->nRec++;
      cat->nPass += bPassRec;
      cat->nGold += nGoldRec; cat->nFound += nFoundRec; cat->nExtra += nKey - nRightRec;
    }
    p->nPass += bPassRec;
  }
}

/* --show: the record's misses and false alarms at level 1. */
static void scoreShow(const Eval *p, const Scoring *sc){
  const GoldSet *g = p->pGold;
  const GoldRecord *r = sc->r;
  const Key *aKey = sc->aKey;
  printf("== %s (%s:%d) %s\n", r->zId, g->zFile, r->iLine, r->zCategory);
  if( !p->bPrefix ) printText("text:", r->zText);   /* a seed story is too long: its rows carry evidence */
  for(int e=0; e<r->nEv; e++){
    const GoldEvent *ge = &r->aEv[e];
    if( sc->aFound[e] || sc->aDup[e] || ge->bOptional ) continue;
    printf("  miss  %s / %s / %s\n", ge->zSrc[0] ? ge->zSrc : "-", ge->zTgt[0] ? ge->zTgt : "-", ge->zCode);
    if( ge->zNote ) printText("gold:", ge->zNote);
  }
  for(int j=0; j<sc->nKey; j++){
    if( aKey[j].bRight ) continue;
    const brink_event *ev = &sc->aEv[aKey[j].iEv];
    printf("  %s %s / %s / %s", aKey[j].bForbidden ? "FORBIDDEN" : "extra",
           ev->zSource[0] ? ev->zSource : "-", ev->zTarget[0] ? ev->zTarget : "-", ev->zCode);
    if( p->bPlover ) printf(" (%s)", aKey[j].zCode);
    printf("\n");
    printText("sentence:", ev->zEvidence ? ev->zEvidence : "");
  }
}

/* The record's cells of the confusion table (level 3). */
static void scoreConfusion(Eval *p, Scoring *sc){
  const GoldRecord *r = sc->r;
  int nE = r->nEv, nKey = sc->nKey;
  Key *aKey = sc->aKey;
  int *aPaired = sc->aPaired;
  /* Confusion: matched pairs on the diagonal; then misses paired with
  ** false alarms in order; the rest against "none". */
  for(int j=0; j<nKey; j++) aKey[j].bUsed = 0;
  for(int e=0; e<nE; e++) aPaired[e] = sc->aDup[e];
  for(int pass=0; pass<2; pass++){          /* core rows first, then optional ones */
    for(int e=0; e<nE; e++){
      const GoldEvent *ge = &r->aEv[e];
      if( aPaired[e] || ge->bOptional!=pass ) continue;
      int jUse = -1;
      for(int j=0; j<nKey; j++){
        if( !aKey[j].bRight || !rowMatches(p, ge, &aKey[j], 3) ) continue;
        if( !aKey[j].bUsed ){ jUse = j; break; }
        if( jUse<0 && !ge->bOptional ) jUse = j;   /* two expected, one coded: both found */
      }
      if( jUse>=0 ){
        int li = labelIndex(p, aKey[jUse].zCode);
        p->aConf[li][li]++;
        aKey[jUse].bUsed = 1;
      }
      if( jUse>=0 || ge->bOptional ) aPaired[e] = 1;  /* an optional row not coded is no miss */
    }
  }
  int j = 0;
  for(int e=0; e<nE; e++){
    if( aPaired[e] ) continue;
    char zG[KEYLEN];
    const char *zBar = strchr(r->aEv[e].zCode, '|');
    char zFirst[KEYLEN];
    snprintf(zFirst, sizeof zFirst, "%.*s", zBar ? (int)(zBar-r->aEv[e].zCode) : KEYLEN-1, r->aEv[e].zCode);
    projCode(3, p->bPlover, zFirst, zG);
    while( j<nKey && (aKey[j].bUsed || aKey[j].bRight) ) j++;
    int lg = labelIndex(p, zG);
    if( j<nKey ){ p->aConf[lg][labelIndex(p, aKey[j].zCode)]++; aKey[j].bUsed = 1; }
    else p->aConf[lg][0]++;
  }
  for(j=0; j<nKey; j++){
    if( !aKey[j].bUsed && !aKey[j].bRight ) p->aConf[0][labelIndex(p, aKey[j].zCode)]++;
  }
}

/* The PLOVER record-level figures (level 2). */
static void scorePlover(Eval *p, const Scoring *sc){
  const GoldRecord *r = sc->r;
  const Key *aKey = sc->aKey;
  /* record-level PLOVER figures: type; type + source; type + target; all */
  const GoldEvent *ge = &r->aEv[0];
  int bT = 0, bS = 0, bG = 0, bA = 0, bP = 0;
  for(int j=0; j<sc->nKey; j++){
    if( aKey[j].bForbidden ) continue;
    int s = matchAlt(ge->zSrc, aKey[j].zSrc, 2, 1, 1, 0);
    int t = matchAlt(ge->zTgt, aKey[j].zTgt, 2, 1, 1, 0);
    bP |= (s && t);   /* the pair read apart from the type: on any event coded */
    if( !matchAlt(ge->zCode, aKey[j].zCode, 2, 0, 1, 0) ) continue;
    bT = 1;
    bS |= s; bG |= t; bA |= (s && t);
  }
  if( p->bShow && !bA ){
    printf("  PLOVER record %s: type %s, source country %s, target country %s; "
           "both countries on an event of any type %s\n", r->zId,
           bT ? "right" : "WRONG", bS ? "right" : "WRONG", bG ? "right" : "WRONG", bP ? "right" : "WRONG");
  }
  p->nPRec++;
  p->nPType += bT; p->nPSrc += bS; p->nPTgt += bG; p->nPAll += bA; p->nPPair += bP;
}

/* Score one coded record at every level. */
static void scoreRecord(Eval *p, const GoldRecord *r, const brink_event *aEv, size_t nEv){
  int nE = r->nEv;
  Scoring sc;
  memset(&sc, 0, sizeof sc);
  sc.r = r; sc.aEv = aEv; sc.nEv = nEv;
  sc.aKey = calloc(nEv ? nEv : 1, sizeof *sc.aKey);
  sc.aFound = calloc((size_t)(nE ? nE : 1), sizeof(int));
  sc.aDup = calloc((size_t)(nE ? nE : 1), sizeof(int));
  sc.aPaired = calloc((size_t)(nE ? nE : 1), sizeof(int));
  if( !sc.aKey || !sc.aFound || !sc.aDup || !sc.aPaired ){
    fprintf(stderr, "brink eval: out of memory\n");
    free(sc.aKey); free(sc.aFound); free(sc.aDup); free(sc.aPaired);
    p->nFailed++;
    return;
  }
  int bShown = 0;
  for(int iLevel=1; iLevel<=NLEVEL; iLevel++){
    scoreKeys(p, &sc, iLevel);
    scoreFound(p, &sc, iLevel);
    scoreRight(p, &sc, iLevel);
    scoreTally(p, &sc, iLevel);
    if( iLevel==1 && p->bShow && (sc.nFound<sc.nGold || sc.nRight<sc.nKey) ){
      scoreShow(p, &sc);
      bShown = 1;
    }
    if( iLevel==3 ) scoreConfusion(p, &sc);
    if( iLevel==2 && p->bPlover && nE>0 ) scorePlover(p, &sc);
  }
  if( bShown ) printf("\n");
  free(sc.aKey); free(sc.aFound); free(sc.aDup); free(sc.aPaired);
}

/* A TABARI record's OPTION lines set the coder's options for the records
** after it (an unclosed comment can tie them to the record before). */
static void tabariOptions(brink_coder *pCoder, const GoldRecord *r){
  for(const char *zo = r->zOptions; zo && *zo; ){
    const char *e = strchr(zo, '\n');
    char zLine[256];
    snprintf(zLine, sizeof zLine, "%.*s", (int)(e ? e-zo : (long)strlen(zo)), zo);
    brink_coder_tabari_option(pCoder, zLine);
    zo = e ? e+1 : "";
  }
}

static double pct(long a, long b){ return b ? 100.0*(double)a/(double)b : 0.0; }

static void printScores(const Eval *p){
  static const char *const azCameo[] = { 0, "exact actors + exact code", "country actors + CAMEO root", "event type (CAMEO root)" };
  static const char *const azPlover[] = { 0, "exact actors + PLOVER type", "country actors + PLOVER type", "event type (PLOVER type)" };
  printf("%-34s %6s %6s %7s %6s %6s %9s %6s\n", "level", "gold", "found", "recall", "coded", "right", "precision", "F1");
  for(int l=1; l<=NLEVEL; l++){
    const Counts *c = &p->aCount[l];
    double rR = pct(c->nFound, c->nGold), rP = pct(c->nRight, c->nCoded);
    double rF = (rR+rP)>0 ? 2*rR*rP/(rR+rP) : 0.0;
    printf("%d %-32s %6ld %6ld %6.1f%% %6ld %6ld %8.1f%% %5.1f%%\n", l, p->bPlover ? azPlover[l] : azCameo[l],
           c->nGold, c->nFound, rR, c->nCoded, c->nRight, rP, rF);
  }
  const Counts *c1 = &p->aCount[1];
  printf("level 1: %ld of %ld expected events found (%.1f%%), %ld extra events (%.1f%% of expected)\n",
         c1->nFound, c1->nGold, pct(c1->nFound, c1->nGold), c1->nCoded - c1->nRight,
         pct(c1->nCoded - c1->nRight, c1->nGold));
  if( p->bPlover ){
    printf("PLOVER records: %ld; event type correct %ld (%.1f%%); with source country %ld (%.1f%%); "
           "with target country %ld (%.1f%%); type, source and target country all correct %ld (%.1f%%)\n",
           p->nPRec, p->nPType, pct(p->nPType, p->nPRec), p->nPSrc, pct(p->nPSrc, p->nPRec),
           p->nPTgt, pct(p->nPTgt, p->nPRec), p->nPAll, pct(p->nPAll, p->nPRec));
    printf("PLOVER records, the two read apart: event type correct %ld (%.1f%%); source and target country "
           "both correct on an event of any type %ld (%.1f%%)\n",
           p->nPType, pct(p->nPType, p->nPRec), p->nPPair, pct(p->nPPair, p->nPRec));
  }
}

static int labelCmp(const void *a, const void *b){
  const char *const *x = a, *const *y = b;
  return strcmp(*x, *y);
}

static void printConfusion(const Eval *p){
  /* order labels alphabetically (CAMEO roots sort numerically that way), "none" last */
  int aOrd[MAXLABEL], n = 0;
  const char *az[MAXLABEL];
  for(int i=1; i<p->nLabel; i++) az[n++] = p->azLabel[i];
  qsort(az, (size_t)n, sizeof az[0], labelCmp);
  for(int i=0; i<n; i++) aOrd[i] = (int)((const char(*)[KEYLEN])az[i] - p->azLabel);
  aOrd[n++] = 0;
  int w = p->bPlover ? 5 : 4;
  printf("\nconfusion (rows: gold %s, columns: coded; level 3)\n", p->bPlover ? "PLOVER type" : "root");
  printf("%-10s", "");
  for(int j=0; j<n; j++) printf("%*.*s", w, w-1, aOrd[j] ? p->azLabel[aOrd[j]] : "none");
  printf("\n");
  for(int i=0; i<n; i++){
    long nRow = 0;
    for(int j=0; j<n; j++) nRow += p->aConf[aOrd[i]][aOrd[j]];
    if( nRow==0 ) continue;
    printf("%-10.10s", aOrd[i] ? p->azLabel[aOrd[i]] : "none");
    for(int j=0; j<n; j++){
      long v = p->aConf[aOrd[i]][aOrd[j]];
      if( v ) printf("%*ld", w, v); else printf("%*s", w, ".");
    }
    printf("\n");
  }
}

static void printCategories(const Eval *p){
  printf("\nper category (a record passes when its coded events equal the expected ones at level %d)\n", p->iPassLevel);
  printf("%-14s %7s %7s %8s %8s %8s\n", "category", "records", "passed", "expected", "found", "extra");
  for(int i=0; i<p->nCat; i++){
    const Cat *c = &p->aCat[i];
    printf("%-14s %7d %7d %8ld %8ld %8ld\n", c->zName, c->nRec, c->nPass, c->nGold, c->nFound, c->nExtra);
  }
  printf("%-14s %7ld %7ld\n", "all", p->nScored, p->nPass);
}

/* The options of one `brink eval` run. */
typedef struct EvalOpts {
  const char *zData, *zDictFormat, *zGoldFile;
  const char **azDict;        /* --dict files (argc+1 slots) */
  int nDict, eFormat, bShow, bByCat;
} EvalOpts;

/* Parse the command line into *o (and -v into *pDiag).  Returns -1 to go
** on, else the exit status (after --help, or after saying what is wrong). */
static int evalParse(int argc, char **argv, EvalOpts *o, Diag *pDiag){
  for(int i=1; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( strcmp(argv[i], "--show")==0 ) o->bShow = 1;
    else if( strcmp(argv[i], "--by-category")==0 ) o->bByCat = 1;
    else if( strcmp(argv[i], "-v")==0 || strcmp(argv[i], "--verbose")==0 ) pDiag->bVerbose = 1;
    else if( (v = cli_opt(argc, argv, &i, "--format", 0))!=0 ){
      o->eFormat = gold_format_parse(v);
      if( o->eFormat<0 ){ fprintf(stderr, "brink eval: unknown format '%s' (seed, plover, petrarch, tabari or auto)\n", v); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--dict", 0))!=0 ) o->azDict[o->nDict++] = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict-format", 0))!=0 ) o->zDictFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) o->zData = v;
    else if( argv[i][0]=='-' && argv[i][1] ){
      fprintf(stderr, "brink eval: unknown option '%s' (see brink eval --help)\n", argv[i]);
      return 1;
    }
    else if( o->zGoldFile ){ fprintf(stderr, "brink eval: one gold file at a time ('%s' and '%s')\n", o->zGoldFile, argv[i]); return 1; }
    else o->zGoldFile = argv[i];
  }
  if( !o->zGoldFile ){ fputs(zUsage, stderr); return 1; }
  return -1;
}

/* Load the engine to code with and check it holds something.  Returns it,
** or NULL after saying why; *pzWhence (in zWhence, nWhence bytes, when it
** needs one) names the dictionaries and *pSt has their figures. */
static brink_engine *evalEngine(const EvalOpts *o, const GoldSet *g, Diag *pDiag, char *zWhence, size_t nWhence,
                                const char **pzWhence, brink_engine_stats *pSt){
  /* Dictionaries: --dict, else those the gold file names, else brink's own. */
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = o->zData;
  cfg.zDictFormat = o->zDictFormat;
  cfg.xDiag = evalDiag;
  cfg.pDiagArg = pDiag;
  const char *zDictWhence = "brink's default dictionaries";
  if( o->nDict ){
    cfg.azDict = o->azDict;
    zDictWhence = "--dict";
  }else if( g->nDict ){
    cfg.azDict = (const char *const *)g->azDict;
    snprintf(zWhence, nWhence, "the %d dictionaries named in %s:%d", g->nDict,
             g->zDictFrom ? g->zDictFrom : g->zFile, g->iDictLine);
    zDictWhence = zWhence;
  }
  *pzWhence = zDictWhence;
  int nDiag0 = pDiag->n;
  char *zEngErr = 0;
  brink_engine *pEng = brink_engine_new(&cfg, &zEngErr);
  if( !pEng ){
    fprintf(stderr, "brink eval: cannot load %s: %s\n", zDictWhence, zEngErr ? zEngErr : "unknown error");
    if( !o->nDict && g->nDict ){
      fprintf(stderr, "brink eval: (%s names them; --dict FILE codes with other dictionaries)\n",
              g->zDictFrom ? g->zDictFrom : g->zFile);
    }
    free(zEngErr);
    return 0;
  }
  brink_engine_stats_get(pEng, pSt);
  if( pSt->nActor==0 && pSt->nPattern==0 ){
    fprintf(stderr, "brink eval: %s hold no actors and no verb patterns that brink could read (%d warnings)%s\n",
            zDictWhence, pDiag->n - nDiag0,
            (!o->nDict && g->nDict) ? "; brink reads the peer formats only once its peer-format loaders are in" : "");
    brink_engine_free(pEng);
    return 0;
  }
  return pEng;
}

/* A new scoring state for gold set g, or NULL when out of memory. */
static Eval *evalNew(GoldSet *g, const brink_engine *pEng, int bShow){
  Eval *p = calloc(1, sizeof *p);
  if( !p ) return 0;
  p->pGold = g;
  p->pEng = pEng;
  p->bPlover = g->eFormat==GOLD_PLOVER;
  p->bPrefix = g->eFormat==GOLD_SEED;
  p->iPassLevel = p->bPlover ? 2 : 1;
  p->bShow = bShow;
  p->nLabel = 1;                      /* 0 is "none" */
  snprintf(p->azLabel[0], KEYLEN, "none");
  return p;
}

/* Code every record of the gold set and score it.  Returns the number of
** records excluded. */
static long evalCodeAll(Eval *p, brink_coder *pCoder, GoldSet *g){
  long nExcluded = 0;
  /* TABARI: the project's options file */
  for(char *zo = g->zOptions; zo && *zo; ){
    char *e = strchr(zo, '\n');
    if( e ) *e = 0;
    if( zo[0]!='/' ) brink_coder_tabari_option(pCoder, zo);
    zo = e ? e+1 : "";
  }
  for(int i=0; i<g->nRec; i++){
    GoldRecord *r = &g->aRec[i];
    if( i>0 ) tabariOptions(pCoder, &g->aRec[i-1]);
    if( r->eExpect==GOLD_EXCLUDED ){ nExcluded++; continue; }
    brink_story s;
    memset(&s, 0, sizeof s);
    s.zId = r->zId;
    s.zDate = r->zDate;
    s.zText = r->zText;
    s.nText = r->nText;
    const brink_event *aEv = 0;
    size_t nEv = 0;
    if( brink_code_story(pCoder, &s, &aEv, &nEv)!=BRINK_OK ){
      fprintf(stderr, "%s:%d: record %s could not be coded: %s (scored as no events)\n",
              g->zFile, r->iLine, r->zId, brink_coder_errmsg(pCoder));
      aEv = 0; nEv = 0;
      p->nFailed++;
    }
    p->nScored++;
    scoreRecord(p, r, aEv, nEv);
  }
  return nExcluded;
}

/* The line of records scored, excluded (and why), failed and warned about. */
static void printRecords(const Eval *p, const GoldSet *g, long nExcluded, int nGoldWarn){
  printf("records: %ld scored, %ld excluded", p->nScored, nExcluded);
  if( nExcluded ){
    /* reasons, most common first is overkill: list each distinct reason once with its count */
    printf(" (");
    int bFirst = 1;
    for(int i=0; i<g->nRec; i++){
      const GoldRecord *r = &g->aRec[i];
      if( r->eExpect!=GOLD_EXCLUDED ) continue;
      int bSeen = 0;
      for(int k=0; k<i && !bSeen; k++) bSeen = g->aRec[k].eExpect==GOLD_EXCLUDED && !strcmp(g->aRec[k].zWhy, r->zWhy);
      if( bSeen ) continue;
      int nSame = 0;
      for(int k=i; k<g->nRec; k++) nSame += g->aRec[k].eExpect==GOLD_EXCLUDED && !strcmp(g->aRec[k].zWhy, r->zWhy);
      printf("%s%s: %d", bFirst ? "" : "; ", r->zWhy, nSame);
      bFirst = 0;
    }
    printf(")");
  }
  if( p->nFailed ) printf("; %ld could not be coded", p->nFailed);
  if( nGoldWarn ) printf("; %d gold-file warnings", nGoldWarn);
  printf("\n");
}

/* The report after the records: the forbid rule, scores, confusion table
** and categories.  Returns the exit status (1 when stdout failed). */
static int evalReport(const Eval *p, const GoldSet *g, long nExcluded, int nGoldWarn, int bByCat){
  int rc = 0;
  printRecords(p, g, nExcluded, nGoldWarn);
  if( g->bForbid ){
    printf("forbidden: any %s->%s event of roots %02d-%02d counts as a false alarm (the gold file's rule)\n",
           g->zForbidSrc, g->zForbidTgt, g->iForbidLo, g->iForbidHi);
  }
  printf("\n");
  printScores(p);
  printConfusion(p);
  if( bByCat ) printCategories(p);
  if( fflush(stdout)!=0 ){ fprintf(stderr, "brink eval: error writing output\n"); rc = 1; }
  return rc;
}

/* Read the gold file, load the dictionaries, code and score every record,
** and report.  Returns the exit status. */
static int evalRun(const EvalOpts *o, Diag *pDiag){
  GoldSet gold;
  char zErr[1024];
  if( gold_read(o->zGoldFile, o->eFormat, evalDiag, pDiag, &gold, zErr, sizeof zErr)!=0 ){
    fprintf(stderr, "brink eval: %s\n", zErr);
    gold_free(&gold);
    return 1;
  }
  int nGoldWarn = pDiag->n;
  const char *zDictWhence = 0;
  char zWhence[1200];
  brink_engine_stats st;
  brink_engine *pEng = evalEngine(o, &gold, pDiag, zWhence, sizeof zWhence, &zDictWhence, &st);
  if( !pEng ){ gold_free(&gold); return 1; }
  brink_coder *pCoder = brink_coder_new(pEng);
  if( !pCoder ){ fprintf(stderr, "brink eval: out of memory\n"); brink_engine_free(pEng); gold_free(&gold); return 1; }

  Eval *p = evalNew(&gold, pEng, o->bShow);
  if( !p ){ fprintf(stderr, "brink eval: out of memory\n"); brink_coder_free(pCoder); brink_engine_free(pEng); gold_free(&gold); return 1; }

  printf("brink eval: %s (%s gold)\n", gold.zFile, gold_format_name(gold.eFormat));
  printf("dictionaries: %s (%zu actor phrases, %zu agent phrases, %zu verb patterns, %zu warnings)\n",
         zDictWhence, st.nActor, st.nAgent, st.nPattern, st.nWarning);
  if( o->bShow ) printf("\n");
  long nExcluded = evalCodeAll(p, pCoder, &gold);
  int rc = evalReport(p, &gold, nExcluded, nGoldWarn, o->bByCat);

  free(p->aCat);
  free(p);
  brink_coder_free(pCoder);
  brink_engine_free(pEng);
  gold_free(&gold);
  return rc;
}

int cmd_eval(int argc, char **argv){
  EvalOpts o;
  memset(&o, 0, sizeof o);
  o.eFormat = GOLD_AUTO;
  o.azDict = calloc((size_t)argc+1, sizeof(char*));
  Diag diag = { 0, 0 };
  if( !o.azDict ){ fprintf(stderr, "brink eval: out of memory\n"); return 1; }
  int rc = evalParse(argc, argv, &o, &diag);
  if( rc<0 ) rc = evalRun(&o, &diag);
  free(o.azDict);
  return rc;
}
