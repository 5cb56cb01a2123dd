/*
** escalation.c — a synthetic benchmark for the escalation score
** (docs/ESCALATION.md, "Benchmark").
**
** For each baseline conflict rate and effect size it generates many pairs,
** each a year of daily folded events, scores them through the public API
** (brink_score_add, brink_escalation_run) and reports:
**   - detection: the share of changed pairs with an escalation (or mixed)
**     alert fired from the change day to 3 days after it (and to 14 days);
**   - the median detection delay in days (alert day - change day);
**   - false alarms per 1,000 pair-days: alerts fired on pairs with no change.
**
** The world it simulates (every parameter below is printed in the report):
**   - conflict events a day ~ Poisson(lambda * noise * rhythm * burst);
**     cooperation the same at 1.5 x lambda;
**   - noise: a Gamma(shape 8) factor a day (overdispersion, CV 0.35);
**   - rhythm: weekends at 0.7;
**   - reporting bursts: on 1 day in 30 a burst of 1-2 days in which the
**     press piles on: every event (conflict and cooperation alike) is told
**     by 2-8 independent sources instead of 1 + Poisson(0.6), and 30% of
**     events are coded twice (two folded events for one happening);
**   - each event: Goldstein drawn from CAMEO-like values (conflict: 60%
**     verbal, -2 to -6; 40% material, -6.5 to -10);
**   - the change: from a day drawn in 120..300, the conflict rate is m x
**     lambda for 21 days (cooperation unchanged);
**   - cooperation rises (after the conflict rows): the cooperation rate is
**     m x 1.5 lambda for 21 days, detected by a de-escalation (or mixed)
**     alert;
**   - with --directions, the false alarms split by direction.
**
** usage: escalation [--pairs N] [--seed S] [--threshold H] [--ratio R] [--floor F]
**                   [--baseline D] [--guard D] [--clean] [--bursts P] [--directions]
**                   [--oracle]
**   --oracle prints instead the best detection any detector could reach
**   (an upper bound; oracleRow below).
*/
#include "brink.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NDAY 365
#define CHANGE_LEN 21

static uint64_t g_x = 0x9e3779b97f4a7c15ull;
static int g_bClean = 0;     /* --clean: pure Poisson, one source, no bursts */
static double g_rBurstP = 1.0/30;
static uint64_t rnd64(void){
  uint64_t z = (g_x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
static double unif(void){ return (double)(rnd64() >> 11) * (1.0/9007199254740992.0); }
static double normal(void){
  double u = unif(), v = unif();
  if( u<1e-300 ) u = 1e-300;
  return sqrt(-2*log(u)) * cos(6.283185307179586*v);
}
static int poisson(double lam){
  if( lam<=0 ) return 0;
  if( lam>60 ){ double x = lam + sqrt(lam)*normal() + 0.5; return x<0 ? 0 : (int)x; }
  double L = exp(-lam), p = 1.0;
  int k = 0;
  do{ k++; p *= unif(); }while( p>L );
  return k-1;
}
/* Marsaglia and Tsang's gamma sampler, scale 1/shape (mean 1). */
static double gammaMean1(double a){
  double d = a - 1.0/3, c = 1.0/sqrt(9*d);
  for(;;){
    double x = normal(), v = 1 + c*x;
    if( v<=0 ) continue;
    v = v*v*v;
    double u = unif();
    if( log(u) < 0.5*x*x + d - d*v + d*log(v) ) return d*v/a;
  }
}

static double conflictGold(void){
  static const double aVerbal[] = { -2.0, -4.0, -4.4, -5.0, -6.0 };
  static const double aMaterial[] = { -6.5, -7.2, -8.0, -9.0, -10.0 };
  return unif()<0.6 ? aVerbal[rnd64()%5] : aMaterial[rnd64()%5];
}
static double coopGold(void){
  static const double a[] = { 1.0, 1.9, 3.4, 4.0, 5.0, 7.0 };
  return a[rnd64()%6];
}

/* An event's sources: one plus a few in ordinary times, many in a burst. */
static int nSources(int bBurst){
  if( g_bClean ) return 1;
  return bBurst ? 2 + (int)(rnd64()%7) : 1 + poisson(0.6);
}

/* One pair's year: inputs of the detector, with the change from t0: the
** conflict rate times m (bCoop 0), or the cooperation rate times m (bCoop 1,
** a de-escalation). */
static void genPair(brink_score_day *a, double lam, double m, int bCoop, int t0){
  int burst = 0;
  for(int t=0; t<NDAY; t++){
    brink_score_day *d = &a[t];
    memset(d, 0, sizeof *d);
    d->iDay = 17000 + t;
    if( burst>0 ) burst--;
    else if( !g_bClean && unif()<g_rBurstP ) burst = 1 + (int)(rnd64()%2);
    double f = g_bClean ? 1.0 : gammaMean1(8.0) * ((t%7)>=5 ? 0.7 : 1.0);
    double k = t>=t0 && t<t0+CHANGE_LEN ? m : 1.0;
    int nc = poisson(lam*f*(bCoop ? 1.0 : k)), np = poisson(1.5*lam*f*(bCoop ? k : 1.0));
    for(int i=0; i<nc; i++){
      /* in a burst the press piles on: many sources, and some events coded twice */
      int nCopy = burst>0 && unif()<0.3 ? 2 : 1;
      double g = conflictGold();
      int ns = nSources(burst>0);
      for(int c=0; c<nCopy; c++) brink_score_add(d, 4, g, ns);
    }
    for(int i=0; i<np; i++){
      int nCopy = burst>0 && unif()<0.3 ? 2 : 1;
      double g = coopGold();
      int ns = nSources(burst>0);
      for(int c=0; c<nCopy; c++) brink_score_add(d, 1, g, ns);
    }
  }
}

static int cmpInt(const void *a, const void *b){ return *(const int*)a - *(const int*)b; }

/* One row: nPair pairs with a change of size m (of cooperation if bCoop)
** at lambda, and the share detected within 3 and 14 days by an alert of
** the change's direction (or mixed) fired after it.  rFa < 0: no false
** alarm column. */
static int detect(const brink_alert_params *pP, brink_score_day *a, int *aDelay, int nPair,
                  double lam, double m, int bCoop, double rFa){
  int nDet3 = 0, nDet14 = 0, nD = 0;
  int eDir = bCoop ? BRINK_DIR_DEESCALATION : BRINK_DIR_ESCALATION;
  for(int k=0; k<nPair; k++){
    int t0 = 120 + (int)(rnd64()%181);
    genPair(a, lam, m, bCoop, t0);
    if( brink_escalation_run(pP, a, NDAY)!=BRINK_OK ) return 1;
    int iHit = -1;
    /* an alert open on the change day (raised before it) does not count */
    for(int t=t0; t<=t0+14 && t<NDAY; t++){
      if( a[t].bFired && (a[t].eDir==eDir || a[t].eDir==BRINK_DIR_MIXED) ){ iHit = t; break; }
    }
    if( iHit>=0 ){
      nDet14++;
      if( iHit-t0<=3 ) nDet3++;
      aDelay[nD++] = iHit - t0;
    }
  }
  qsort(aDelay, (size_t)nD, sizeof(int), cmpInt);
  char zMed[16] = "-", zFa[16] = "";
  if( nD ) snprintf(zMed, sizeof zMed, "%d", aDelay[nD/2]);
  if( rFa>=0 ) snprintf(zFa, sizeof zFa, "%.2f", rFa);
  printf("%-8.1f %-14s %6.1fx %6.1f%% %8.1f%% %9s\n", lam, zFa, m,
         100.0*nDet3/nPair, 100.0*nDet14/nPair, zMed);
  return 0;
}

/* --oracle: an upper bound on what any detector can do in this world.  A
** detector that fires on a change within 3 days decides on the change day
** and the 3 after it; with under 1 false alarm a 1,000 pair-days, the
** chance that it fires in any 4 days of a pair with no change is below
** 4/1,000 (it fires less than once in them on average).  So it is at best
** a test of size 0.004 on those 4 days; the days before are drawn alike
** under both hypotheses and tell nothing.  This test knows the change day,
** the baseline and the effect: it scores the 4 days' conflict share (the
** binomial log-likelihood ratio of m/(m+1.5) against 1/2.5, which the
** day's shared factor does not move) plus b times the z-score of their
** total, takes the best b, and its threshold from the no-change pairs'
** 4-day windows.  Size 0.001 is shown too: a detector whose false alarms
** each last one day. */
typedef struct Win { int nC, nK; } Win;

static double oracleScore(const Win *w, double lp1, double lq1, double rMean, double rSd, double b){
  return w->nC*lp1 + w->nK*lq1 + b*((w->nC + w->nK) - rMean)/rSd;
}

static int cmpDouble(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return x<y ? -1 : x>y;
}

static int oracleRow(brink_score_day *a, int nPair, double lam, double m){
  size_t nNull = 0, nNullAlloc = (size_t)nPair*NDAY;
  Win *aNull = malloc(nNullAlloc*sizeof(Win)), *aAlt = malloc((size_t)nPair*sizeof(Win));
  double *aS = malloc(nNullAlloc*sizeof(double));
  if( !aNull || !aAlt || !aS ){ free(aNull); free(aAlt); free(aS); return 1; }
  for(int k=0; k<nPair; k++){
    genPair(a, lam, 1.0, 0, NDAY);
    for(int t=35+3; t<NDAY; t++){
      Win w = {0, 0};
      for(int d=t-3; d<=t; d++){ w.nC += a[d].nConflict; w.nK += a[d].nCoop; }
      aNull[nNull++] = w;
    }
  }
  for(int k=0; k<nPair; k++){
    int t0 = 120 + (int)(rnd64()%181);
    genPair(a, lam, m, 0, t0);
    Win w = {0, 0};
    for(int d=t0; d<=t0+3; d++){ w.nC += a[d].nConflict; w.nK += a[d].nCoop; }
    aAlt[k] = w;
  }
  double rSum = 0, rSum2 = 0;
  for(size_t i=0; i<nNull; i++){ double n = aNull[i].nC + aNull[i].nK; rSum += n; rSum2 += n*n; }
  double rMean = rSum/(double)nNull, rSd = sqrt(rSum2/(double)nNull - rMean*rMean);
  if( rSd<=0 ) rSd = 1;
  double p0 = 1.0/2.5, p1 = m/(m + 1.5);
  double lp1 = log(p1/p0), lq1 = log((1-p1)/(1-p0));
  static const double aB[] = { 0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6 };
  static const double aSize[] = { 0.001, 0.004 };
  double aBest[2] = { 0, 0 };
  for(size_t ib=0; ib<sizeof aB/sizeof aB[0]; ib++){
    for(size_t i=0; i<nNull; i++) aS[i] = oracleScore(&aNull[i], lp1, lq1, rMean, rSd, aB[ib]);
    qsort(aS, nNull, sizeof(double), cmpDouble);
    for(int j=0; j<2; j++){
      /* a randomised test: above the threshold always, at it with the
      ** chance that brings the size to aSize[j] (counts tie) */
      double rThr = aS[(size_t)((double)nNull*(1.0 - aSize[j]))];
      size_t nAbove = 0, nAt = 0;
      for(size_t i=0; i<nNull; i++){ nAbove += aS[i]>rThr; nAt += aS[i]==rThr; }
      double rAt = nAt ? (aSize[j]*(double)nNull - (double)nAbove)/(double)nAt : 0;
      double rHit = 0;
      for(int k=0; k<nPair; k++){
        double x = oracleScore(&aAlt[k], lp1, lq1, rMean, rSd, aB[ib]);
        rHit += x>rThr ? 1.0 : x==rThr ? rAt : 0.0;
      }
      double r = rHit/nPair;
      if( r>aBest[j] ) aBest[j] = r;
    }
  }
  printf("%-8.1f %6.1fx %14.1f%% %14.1f%%\n", lam, m, 100*aBest[0], 100*aBest[1]);
  free(aNull); free(aAlt); free(aS);
  return 0;
}

int main(int argc, char **argv){
  int nPair = 2000, bDirs = 0, bOracle = 0;
  brink_alert_params P;
  brink_alert_params_default(&P);
  for(int i=1; i<argc; i++){
    if( strcmp(argv[i], "--pairs")==0 && i+1<argc ) nPair = atoi(argv[++i]);
    else if( strcmp(argv[i], "--seed")==0 && i+1<argc ) g_x = strtoull(argv[++i], 0, 10);
    else if( strcmp(argv[i], "--threshold")==0 && i+1<argc ) P.rThreshold = atof(argv[++i]);
    else if( strcmp(argv[i], "--ratio")==0 && i+1<argc ) P.rRatio = atof(argv[++i]);
    else if( strcmp(argv[i], "--floor")==0 && i+1<argc ) P.rFloor = atof(argv[++i]);
    else if( strcmp(argv[i], "--clean")==0 ) g_bClean = 1;
    else if( strcmp(argv[i], "--directions")==0 ) bDirs = 1;
    else if( strcmp(argv[i], "--oracle")==0 ) bOracle = 1;
    else if( strcmp(argv[i], "--bursts")==0 && i+1<argc ) g_rBurstP = atof(argv[++i]);
    else if( strcmp(argv[i], "--baseline")==0 && i+1<argc ) P.nBaseline = atoi(argv[++i]);
    else if( strcmp(argv[i], "--guard")==0 && i+1<argc ) P.nGuard = atoi(argv[++i]);
    else { fprintf(stderr, "usage: escalation [--pairs N] [--seed S] [--threshold H] [--ratio R]"
                           " [--floor F] [--baseline D] [--guard D] [--clean] [--bursts P] [--directions] [--oracle]\n"); return 1; }
  }
  static const double aLam[] = { 0.1, 0.3, 0.5, 1.0, 2.0, 5.0, 10.0 };
  static const double aEff[] = { 1.5, 2.0, 3.0, 5.0 };
  static const double aEffCoop[] = { 2.0, 3.0, 5.0 };
  brink_score_day *a = malloc(NDAY * sizeof *a);
  int *aDelay = malloc((size_t)nPair * sizeof(int));
  if( !a || !aDelay ) return 1;
  printf("escalation benchmark: %d pairs x %d days per cell; h=%.2f r=%.2f floor=%.2f baseline=%d guard=%d"
         " min-events=%d\n", nPair, NDAY, P.rThreshold, P.rRatio, P.rFloor, P.nBaseline, P.nGuard, P.nMinEvent);
  printf("noise: %s; change lasts %d days\n\n", g_bClean ? "none (pure Poisson, one source)"
         : "Gamma(8) a day, weekends 0.7, reporting bursts 1 day in 30 (1-2 days, 2-8 sources, 30% coded twice)",
         CHANGE_LEN);
  if( bOracle ){
    printf("the best any detector can do: a change found within 3 days, by the most\n"
           "powerful test of the 4 days that knows the change day (see the source)\n");
    printf("%-8s %7s %15s %15s\n", "lambda", "effect", "size 0.001", "size 0.004");
    for(size_t il=0; il<sizeof aLam/sizeof aLam[0]; il++){
      for(size_t ie=0; ie<sizeof aEff/sizeof aEff[0]; ie++){
        if( aEff[ie]==3.0 && oracleRow(a, nPair, aLam[il], aEff[ie]) ) return 1;
      }
    }
    free(a); free(aDelay);
    return 0;
  }
  printf("%-8s %-14s %7s %7s %9s %9s\n", "lambda", "false/1000pd", "effect", "det<=3d", "det<=14d", "median");
  for(size_t il=0; il<sizeof aLam/sizeof aLam[0]; il++){
    double lam = aLam[il];
    /* false alarms: pairs without a change, counted after the warm-up */
    long nFalse = 0, nDays = 0, aDir[4] = {0,0,0,0};
    for(int k=0; k<nPair; k++){
      genPair(a, lam, 1.0, 0, NDAY);
      if( brink_escalation_run(&P, a, NDAY)!=BRINK_OK ) return 1;
      for(int t=P.nBaseline + P.nGuard; t<NDAY; t++){
        nDays++;
        if( a[t].bFired ){ nFalse++; aDir[a[t].eDir&3]++; }
      }
    }
    double rFa = 1000.0*(double)nFalse/(double)nDays;
    if( bDirs ) printf("%-8.1f false alarms by direction: %ld escalation, %ld de-escalation, %ld mixed"
                       " in %ld pair-days\n", lam, aDir[BRINK_DIR_ESCALATION],
                       aDir[BRINK_DIR_DEESCALATION], aDir[BRINK_DIR_MIXED], nDays);
    for(size_t ie=0; ie<sizeof aEff/sizeof aEff[0]; ie++){
      if( detect(&P, a, aDelay, nPair, lam, aEff[ie], 0, rFa) ) return 1;
    }
  }
  /* cooperation rises (de-escalations), after the conflict rows so that
  ** those draw the same random numbers as without this section */
  printf("\ncooperation rises (cooperation rate x effect; detected: a de-escalation or mixed alert)\n");
  printf("%-8s %-14s %7s %7s %9s %9s\n", "lambda", "", "effect", "det<=3d", "det<=14d", "median");
  for(size_t il=0; il<sizeof aLam/sizeof aLam[0]; il++){
    for(size_t ie=0; ie<sizeof aEffCoop/sizeof aEffCoop[0]; ie++){
      if( detect(&P, a, aDelay, nPair, aLam[il], aEffCoop[ie], 1, -1) ) return 1;
    }
  }
  free(a);
  free(aDelay);
  return 0;
}
