/*
** alert.c — the escalation score and the stored alerts (brink.h,
** "Escalation watch"; the method is in docs/ESCALATION.md).
**
** What lives here: the event weight, the detector (two one-sided negative
** binomial CUSUMs per directed pair: weighted conflict and weighted
** cooperation, each against the pair's own rolling baseline, with a gate
** on each side's share of the pair's events, and on pairs whose window
** informs that share, a joint CUSUM of the pair's total and share per
** side), schemas v3 (escalation_days, alerts, alert_events), v5 (severity
** sums), v6 (a rescore for the share gate) and v7 (the joint CUSUMs), the
** incremental update after an ingest, and reading alerts back with the
** events that drove them.
**
** What does not: series for display (trend.c), charts and reports (svg.c),
** printing (the CLI).  The store's migration list runs brinkEscalationSchema.
**
** Incremental update: every scored pair-day with events, a non-zero score
** or an open alert is a row of escalation_days holding the day's inputs and
** the detector's state after it.  A pair with new events is resumed from
** the row before its earliest new day (the ring of past inputs is read back
** from the rows of the baseline window); earlier days are never recomputed.
*/
#include "brink.h"
#include "store.h"
#include "escalation.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Schema v3 ------------------------------------------------------------ */

const char brinkEscalationSchema[] =
  "CREATE TABLE IF NOT EXISTS escalation_days(src TEXT NOT NULL, tgt TEXT NOT NULL,"
  "  day INTEGER NOT NULL, conflict REAL NOT NULL, conflict2 REAL NOT NULL,"
  "  coop REAL NOT NULL, coop2 REAL NOT NULL, n_conflict INTEGER NOT NULL,"
  "  n_coop INTEGER NOT NULL, s_esc REAL NOT NULL, s_coop REAL NOT NULL,"
  "  run_esc INTEGER, run_coop INTEGER, n_run_esc INTEGER NOT NULL, n_run_coop INTEGER NOT NULL,"
  "  first_day INTEGER NOT NULL, dir INTEGER NOT NULL, start INTEGER, alert INTEGER,"
  "  PRIMARY KEY(src, tgt, day)) WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS alerts(id INTEGER PRIMARY KEY, src TEXT NOT NULL, tgt TEXT NOT NULL,"
  "  direction INTEGER NOT NULL, start TEXT NOT NULL, fired TEXT NOT NULL, peak TEXT NOT NULL,"
  "  ended TEXT, score REAL NOT NULL, n_event INTEGER NOT NULL);"
  "CREATE INDEX IF NOT EXISTS alerts_pair ON alerts(src, tgt, fired);"
  "CREATE INDEX IF NOT EXISTS alerts_score ON alerts(score);"
  "CREATE TABLE IF NOT EXISTS alert_events(alert INTEGER NOT NULL, rank INTEGER NOT NULL,"
  "  event INTEGER NOT NULL, weight REAL NOT NULL, PRIMARY KEY(alert, rank)) WITHOUT ROWID;"
  "INSERT OR REPLACE INTO meta VALUES('escalation',"
  "  'per directed country pair and day: quasi-Poisson CUSUMs of weighted conflict and"
  " cooperation against a rolling baseline (docs/ESCALATION.md); escalation_days keeps"
  " the state, alerts and alert_events the alerts; meta.alerts_run is the last run scored');";

/* Schema v5: a day's severity sums, which the baseline days need for the
** score's corroboration share (docs/ESCALATION.md, "The score").  Stored
** states were computed by the earlier score, so the last run scored is
** forgotten: the next update rescores every pair. */
const char brinkEscalationSchemaV5[] =
  "ALTER TABLE escalation_days ADD COLUMN conflict_sev REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE escalation_days ADD COLUMN coop_sev REAL NOT NULL DEFAULT 0;"
  "DELETE FROM meta WHERE key='alerts_run';"
  "INSERT OR REPLACE INTO meta VALUES('escalation',"
  "  'per directed country pair and day: negative binomial CUSUMs of conflict and cooperation"
  " (event severity, and corroboration with a share that shrinks as the pair gets busier) against"
  " a rolling baseline (docs/ESCALATION.md); escalation_days keeps the state, alerts and"
  " alert_events the alerts; meta.alerts_run is the last run scored');";

/* Schema v6: no new columns (the share gate reads the per-day event counts
** already stored), but alerts stored by the ungated score would stay
** until their pair is rescored, so the last run scored is forgotten again:
** the next update rescores every pair with the gate. */
const char brinkEscalationSchemaV6[] =
  "DELETE FROM meta WHERE key='alerts_run';"
  "INSERT OR REPLACE INTO meta VALUES('escalation',"
  "  'per directed country pair and day: negative binomial CUSUMs of conflict and cooperation"
  " (event severity, and corroboration with a share that shrinks as the pair gets busier) against"
  " a rolling baseline, and a gate on each side''s share of the pair''s events (docs/ESCALATION.md);"
  " escalation_days keeps the state, alerts and alert_events the alerts; meta.alerts_run is the last"
  " run scored');";

/* Schema v7: the joint CUSUMs (docs/ESCALATION.md, "The joint score") are
** per-pair state, so each day's row keeps them for the incremental update
** to resume from.  Rows scored before have none, so the last run scored is
** forgotten: the next update rescores every pair. */
const char brinkEscalationSchemaV7[] =
  "ALTER TABLE escalation_days ADD COLUMN j_esc REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE escalation_days ADD COLUMN j_coop REAL NOT NULL DEFAULT 0;"
  "DELETE FROM meta WHERE key='alerts_run';"
  "INSERT OR REPLACE INTO meta VALUES('escalation',"
  "  'per directed country pair and day: negative binomial CUSUMs of conflict and cooperation"
  " (event severity, and corroboration with a share that shrinks as the pair gets busier) against"
  " a rolling baseline, and on pairs whose window informs each side''s share of the events, joint"
  " CUSUMs of the pair''s total (negative binomial) and that share (binomial) (docs/ESCALATION.md);"
  " escalation_days keeps the state, alerts and alert_events the alerts; meta.alerts_run is the last"
  " run scored');";

/* ---- Dates ------------------------------------------------------------------ */

int32_t brinkDaysFromCivil(int y, int m, int d){
  y -= m<=2;
  int era = (y>=0 ? y : y-399) / 400;
  int yoe = y - era*400;
  int doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  int doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return (int32_t)(era*146097 + doe - 719468);
}

void brinkCivilFromDays(int32_t iDay, int *pY, int *pM, int *pD){
  int z = (int)iDay + 719468;
  int era = (z>=0 ? z : z-146096) / 146097;
  int doe = z - era*146097;
  int yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  int doy = doe - (365*yoe + yoe/4 - yoe/100);
  int mp = (5*doy + 2)/153;
  int d = doy - (153*mp + 2)/5 + 1;
  int m = mp + (mp<10 ? 3 : -9);
  *pY = yoe + era*400 + (m<=2);
  *pM = m;
  *pD = d;
}

/* ---- Parameters and weights ---------------------------------------------------- */

const char *brink_dir_name(int eDir){
  switch( eDir ){
    case BRINK_DIR_ESCALATION: return "escalation";
    case BRINK_DIR_DEESCALATION: return "de-escalation";
    case BRINK_DIR_MIXED: return "mixed";
    default: return "none";
  }
}

void brink_alert_params_default(brink_alert_params *p){
  /* Chosen on bench/escalation.c (docs/ESCALATION.md, "Benchmark"). */
  p->nBaseline = 28;     /* four weeks: long enough to average weekly rhythms */
  p->nGuard = 7;         /* a rise is not absorbed into its own baseline for a week */
  p->rRatio = 3.0;       /* tuned to a tripling; Lucas (1985) CUSUM design rule */
  p->rThreshold = 5.5;   /* h, in nats of log-likelihood ratio; above 5.64 the seed story
                          ** with its corroborating reports would not fire */
  p->rFloor = 0.25;      /* a quiet pair is assumed to have a weight-1 event every 4 days */
  p->nMinEvent = 3;      /* one report, or two, never fire */
  p->rMixed = 0.25;      /* the other side a quarter of the way to its own alert */
}

int brinkEscCheck(const brink_alert_params *p){
  if( p->nBaseline<7 || p->nGuard<0 || p->nBaseline + p->nGuard>BRINK_ESC_MAXWIN ) return BRINK_EINVAL;
  if( !(p->rRatio>1.0) || !(p->rThreshold>0) || !(p->rFloor>0) || p->nMinEvent<1 ) return BRINK_EINVAL;
  if( !(p->rMixed>=0) ) return BRINK_EINVAL;
  return BRINK_OK;
}

/* Severity: a material attack (-10) counts 2, a threat (-4.4) about 0.9,
** a mild complaint 0.4. */
static double eventSeverity(double rGoldstein){
  double rSev = fabs(rGoldstein)/5.0;
  if( rSev<0.4 ) rSev = 0.4;
  return rSev>2.0 ? 2.0 : rSev;
}

double brink_event_weight(double rGoldstein, int nSource){
  /* corroboration: 1 source 1, 2 sources 1.5, 4 or more 2 (a press
  ** pile-on cannot more than double an event) */
  double rCor = 1.0 + (nSource>1 ? 0.5*log2((double)nSource) : 0.0);
  if( rCor>2.0 ) rCor = 2.0;
  return eventSeverity(rGoldstein)*rCor;
}

void brink_score_add(brink_score_day *d, int iQuad, double rGoldstein, int nSource){
  double w = brink_event_weight(rGoldstein, nSource), v = eventSeverity(rGoldstein);
  if( iQuad>=3 ){ d->rConflict += w; d->rConflict2 += w*w; d->rConflictSev += v; d->nConflict++; }
  else if( iQuad>=1 ){ d->rCoop += w; d->rCoop2 += w*w; d->rCoopSev += v; d->nCoop++; }
}

/* ---- The detector ------------------------------------------------------------------ */

void brinkEscInit(brinkEscState *s){
  memset(s, 0, sizeof *s);
  s->iDay = BRINK_ESC_NODAY;
  s->iFirst = BRINK_ESC_NODAY;
  s->iRunEsc = s->iRunCoop = BRINK_ESC_NODAY;
  s->iStart = BRINK_ESC_NODAY;
}

int brinkEscQuiet(const brinkEscState *s){
  return s->sEsc<=0.0 && s->sCoop<=0.0 && s->jEsc<=0.0 && s->jCoop<=0.0 && s->eDir==0;
}

static int ringSlot(const brink_alert_params *p, int32_t iDay){
  int w = p->nBaseline + p->nGuard;
  int k = (int)(iDay % w);
  return k<0 ? k+w : k;
}

static void ringPut(const brink_alert_params *p, brinkEscState *s, const brink_score_day *d){
  int k = ringSlot(p, d->iDay);
  brinkEscRing *r = &s->conf;
  r->aW[k] = d->rConflict; r->aW2[k] = d->rConflict2; r->aSev[k] = d->rConflictSev; r->aN[k] = d->nConflict;
  r = &s->coop;
  r->aW[k] = d->rCoop; r->aW2[k] = d->rCoop2; r->aSev[k] = d->rCoopSev; r->aN[k] = d->nCoop;
}

void brinkEscSeed(const brink_alert_params *p, brinkEscState *s, const brink_score_day *d){
  ringPut(p, s, d);
}

/* The daily fading of the CUSUMs (docs/ESCALATION.md, "Decay"). */
#define CUSUM_DECAY 0.9

/* Days of history a pair needs (behind the guard) before it is scored. */
#define WARMUP_DAYS 7

/* Overdispersion prior: until a pair's own window says otherwise, its
** daily reporting rate is taken to swing by about 40% beyond Poisson
** (squared CV 0.15), with the weight of one 28-day window.  News volume
** has weekly rhythms and news cycles; a Poisson day is too sure of itself
** (docs/ESCALATION.md, "The score"). */
#define KAPPA_PRIOR 0.15
#define KAPPA_PRIOR_DAYS 28.0

/* Corroboration's share of an event's weight on one side of a pair is
** BLEND_EVENTS / (BLEND_EVENTS + that side's events in the window): all of
** it when the pair has had none, half at 7 (two a week), a tenth at two a
** day.  Where events are few, whether other outlets confirm them is the
** evidence; where they are many, their count is, and a day on which the
** press piles on every story must not pass for a rise. */
#define BLEND_EVENTS 7.0

/* The baseline of one side for one day. */
typedef struct EscBase {
  double rBeta;     /* corroboration's share of an event's weight */
  double rMu;       /* mean intensity a day (at least the floor) */
  double rPhi;      /* dispersion of the event weights: sum w^2 / sum w */
  double rKappa;    /* squared CV of the daily rate beyond Poisson */
} EscBase;

/* A day's intensity when corroboration has share rBeta: every event weighs
** severity x (1 - beta + beta x corroboration).  *pW2 (if not NULL) gets
** the sum of squared weights, scaled from the full weights' (exact when
** the day's events share one corroboration).  A day given without its
** severity sums keeps its full weights. */
static double dayIntensity(double rBeta, double rW, double rW2, double rSev, double *pW2){
  if( rSev<=0 ) rSev = rW;
  double x = (1.0 - rBeta)*rSev + rBeta*rW;
  if( pW2 ) *pW2 = rW>0 ? rW2*(x/rW)*(x/rW) : 0;
  return x;
}

/* Mean, dispersion and overdispersion of the window's days [i0, i1) from
** their sums of intensities, squared weights and squared intensities (see
** baseline()); the mean at least rFloor. */
static void baseMoments(const brinkEscState *s, int32_t i0, int32_t i1, double rSum, double rSum2,
                        double rSq, double rFloor, EscBase *b){
  /* a young pair averages over the days it has existed (its warm-up) */
  if( s->iFirst!=BRINK_ESC_NODAY && s->iFirst>i0 ) i0 = s->iFirst;
  double n = i1>i0 ? (double)(i1 - i0) : 1.0;
  double rMean = rSum/n;
  double rPhi = (rSum2 + 2.0)/(rSum + 2.0);
  if( rPhi<1.0 ) rPhi = 1.0;
  double rKappa = 0;
  if( rMean>0 ){
    rKappa = (rSq/n - rMean*rMean - rPhi*rMean)/(rMean*rMean);
    if( rKappa<0 ) rKappa = 0;
  }
  b->rKappa = (n*rKappa + KAPPA_PRIOR_DAYS*KAPPA_PRIOR)/(n + KAPPA_PRIOR_DAYS);
  b->rMu = rMean>rFloor ? rMean : rFloor;
  b->rPhi = rPhi;
}

/* The baseline of side r for day iDay, over the nBaseline days ending
** nGuard days before it: the corroboration share (from the window's event
** count), the mean intensity, the dispersion of the weights (sum w^2 /
** sum w, the variance-to-mean ratio of a compound Poisson count, with a
** prior of two weight-1 events), and the overdispersion: the day-to-day
** variance left once the Poisson part (phi x mean) is taken out, over the
** squared mean, shrunk towards KAPPA_PRIOR. */
static void baseline(const brink_alert_params *p, const brinkEscState *s, const brinkEscRing *r,
                     int32_t iDay, EscBase *b){
  int32_t i0 = iDay - p->nGuard - p->nBaseline, i1 = iDay - p->nGuard;
  double nEv = 0;
  for(int32_t d = i0; d < i1; d++) nEv += r->aN[ringSlot(p, d)];
  b->rBeta = BLEND_EVENTS/(BLEND_EVENTS + nEv);
  double rSum = 0, rSum2 = 0, rSq = 0;
  for(int32_t d = i0; d < i1; d++){
    int k = ringSlot(p, d);
    double x2, x = dayIntensity(b->rBeta, r->aW[k], r->aW2[k], r->aSev[k], &x2);
    rSum += x; rSum2 += x2; rSq += x*x;
  }
  baseMoments(s, i0, i1, rSum, rSum2, rSq, p->rFloor, b);
}

/* The log-likelihood ratio of "the rate is r x m" against "it is m" for a
** count n of a negative binomial (Gamma-Poisson) day whose rate varies
** with squared CV kappa.  kappa 0 is the Poisson ratio n ln r - (r-1) m of
** Lucas's CUSUM; a larger kappa bounds what one busy day can say. */
static double nbLlr(double n, double m, double rKappa, double r){
  if( rKappa*m*r < 1e-9 ) return n*log(r) - (r - 1.0)*m;
  double L = log1p(r*m*rKappa) - log1p(m*rKappa);
  return n*(log(r) - L) - L/rKappa;
}

/* One CUSUM step for intensity x: x/phi events of mean mu/phi. */
static double cusumStep(const brink_alert_params *p, double rS, double x, const EscBase *b){
  double u = nbLlr(x/b->rPhi, b->rMu/b->rPhi, b->rKappa, p->rRatio);
  /* old evidence fades (half-life ~6.6 days at 0.9), so that a burst on a
  ** quiet pair does not hold the score up for months while the baseline
  ** is still near the floor */
  rS = rS*CUSUM_DECAY + u;
  return rS>0 ? rS : 0;
}

/* The share (docs/ESCALATION.md, "The joint score").  Given a day's
** events, the number of conflict events is binomial with the pair's
** conflict share p0 of the baseline window; a rise in the news volume of a
** pair raises both sides and leaves the share where it was.  On a pair
** whose window says enough about the share (SHARE_MIN_EVENTS on each side,
** p0 within [SHARE_PMIN, 1 - SHARE_PMIN]), a side fires on its joint
** CUSUM J (the pair's total and the share together) reaching h +
** JOINT_EXTRA_ESC (conflict) or h + JOINT_EXTRA_COOP (cooperation), with
** the binomial log-likelihood ratio of its share over the score's run,
** Lambda, positive.  Elsewhere the score S alone decides (a quiet pair's
** first conflict, the seed story's calm cooperation window).  p0 has a
** Beta prior of SHARE_PRIOR events at 1/2. */
#define SHARE_PRIOR 2.0
#define SHARE_MIN_EVENTS 3
#define SHARE_PMIN 0.1
/* J is an exact log-likelihood ratio under the score's model, so its
** threshold is a false-alarm budget (a CUSUM false-alarms at most about once
** in e^threshold days).  The escalation side gets one nat over h (e^-6.5 a
** day).  The cooperation side draws on the same budget of false alarms,
** and the target is set for escalations, so it gets 2 (e^-7.5,
** about a third of the escalation side's): on the benchmark at 5 conflict
** events a day, 6.5 on both sides gives 1.07 false alarms per 1,000
** pair-days, and 7 on both misses 90% of triplings within 3 days
** (docs/ESCALATION.md, "The joint score"). */
#define JOINT_EXTRA_ESC 1.0
/* The conflict-level override needs its run this many days old: a week,
** past the one or two days of a burst of news. */
#define OVERRIDE_DAYS 6
#define JOINT_EXTRA_COOP 2.0

/* Conflict's share of the events in day iDay's baseline window, and
** whether the window says enough about it (0: the gate stays open). */
static int shareBase(const brink_alert_params *p, const brinkEscState *s, int32_t iDay, double *pP0){
  int32_t i0 = iDay - p->nGuard - p->nBaseline, i1 = iDay - p->nGuard;
  int nC = 0, nY = 0;
  for(int32_t d = i0; d < i1; d++){ int k = ringSlot(p, d); nC += s->conf.aN[k]; nY += s->coop.aN[k]; }
  double p0 = (nC + 0.5*SHARE_PRIOR)/(nC + nY + SHARE_PRIOR);
  *pP0 = p0;
  return nC>=SHARE_MIN_EVENTS && nY>=SHARE_MIN_EVENTS && p0>=SHARE_PMIN && p0<=1.0 - SHARE_PMIN;
}

/* Lambda: the binomial log-likelihood ratio of "side A's share of the
** events is p1" against "it is p0", p1 = r p0 / (r p0 + 1 - p0) (the
** score's rRatio applied to A's rate, B's unchanged), summed over the days
** from iFrom (the run's first) to iDay, at most the ring's last w days.
** rA is the side's ring, rB the other side's. */
static double shareLlr(const brink_alert_params *p, const brinkEscRing *rA, const brinkEscRing *rB,
                       int32_t iFrom, int32_t iDay, double p0){
  int w = p->nBaseline + p->nGuard;
  if( iFrom==BRINK_ESC_NODAY || iFrom<iDay-w+1 ) iFrom = iDay - w + 1;
  double r = p->rRatio, p1 = r*p0/(r*p0 + 1.0 - p0);
  double la = log(p1/p0), lb = log((1.0 - p1)/(1.0 - p0));
  double sum = 0;
  for(int32_t d = iFrom; d <= iDay; d++){
    int k = ringSlot(p, d);
    sum += rA->aN[k]*la + rB->aN[k]*lb;
  }
  return sum;
}

/* Does a side fire today (conflict: bConf 1)?  3 events in its score's
** run, and: on a pair whose window informs the share (bShare), its joint
** CUSUM over its threshold with the run's share evidence Lambda (from p0)
** positive; elsewhere its score S over h. */
static int sideFires(const brink_alert_params *p, const brinkEscState *s, int bConf, int bShare,
                     double p0, int32_t iDay){
  double rS = bConf ? s->sEsc : s->sCoop;
  int nRun = bConf ? s->nRunEsc : s->nRunCoop;
  if( nRun<p->nMinEvent ) return 0;
  if( !bShare ) return rS>=p->rThreshold;
  /* a conflict level twice the threshold, held for a week, fires whatever
  ** the share says: a pair whose news grows on both sides while its
  ** conflict triples (the 1987 U.S.-Japan chip dispute: conflict score 12.7
  ** three weeks into its run, cooperation stories growing beside it, J short
  ** of its threshold and the share flat); a day or two of busy news on both
  ** sides is no such rise (docs/ESCALATION.md, "The conflict-level override") */
  if( bConf && rS>=2.0*p->rThreshold && s->iRunEsc!=BRINK_ESC_NODAY && iDay - s->iRunEsc>=OVERRIDE_DAYS ) return 1;
  double J = bConf ? s->jEsc : s->jCoop;
  if( J<p->rThreshold + (bConf ? JOINT_EXTRA_ESC : JOINT_EXTRA_COOP) ) return 0;
  /* a day's total can carry J over its threshold while the share has not
  ** moved (a busy news day): a rise in volume alone is not a change of side */
  double L = bConf ? shareLlr(p, &s->conf, &s->coop, s->iRunEsc, iDay, p0)
                   : shareLlr(p, &s->coop, &s->conf, s->iRunCoop, iDay, 1.0 - p0);
  return L>0;
}

/* The baseline of the pair's total intensity (both sides, each weighed
** with its own corroboration share) for day iDay: as baseline(), over the
** sum of the two sides' days, with a floor of both sides' floors. */
static void baselineTotal(const brink_alert_params *p, const brinkEscState *s, const EscBase *bx,
                          const EscBase *by, int32_t iDay, EscBase *b){
  int32_t i0 = iDay - p->nGuard - p->nBaseline, i1 = iDay - p->nGuard;
  double rSum = 0, rSum2 = 0, rSq = 0;
  for(int32_t d = i0; d < i1; d++){
    int k = ringSlot(p, d);
    double x2, y2;
    double x = dayIntensity(bx->rBeta, s->conf.aW[k], s->conf.aW2[k], s->conf.aSev[k], &x2);
    double y = dayIntensity(by->rBeta, s->coop.aW[k], s->coop.aW2[k], s->coop.aSev[k], &y2);
    rSum += x + y; rSum2 += x2 + y2; rSq += (x + y)*(x + y);
  }
  baseMoments(s, i0, i1, rSum, rSum2, rSq, 2.0*p->rFloor, b);
  b->rBeta = 0;
}

/* One step of the two joint CUSUMs (docs/ESCALATION.md, "The joint
** score").  Conflict c and cooperation y Poisson given a shared Gamma day
** factor: the total is negative binomial and c given the total N is
** Binomial(N, p0), free of the day factor, so the day's log-likelihood
** ratio of "conflict r times as frequent" is the negative binomial ratio
** of the total (rate mu_x + mu_y -> r mu_x + mu_y, as intensities, with the
** total's own dispersion and overdispersion) plus the binomial ratio of c
** (p0 -> p1, conflict's odds r times).  The same for cooperation.  x and y
** are the day's intensities. */
static void jointStep(const brink_alert_params *p, brinkEscState *s, const brink_score_day *d,
                      double x, double y, const EscBase *bx, const EscBase *by, double p0){
  EscBase bt;
  baselineTotal(p, s, bx, by, d->iDay, &bt);
  double r = p->rRatio, q0 = 1.0 - p0;
  double n = (x + y)/bt.rPhi, m = bt.rMu/bt.rPhi;
  double rtEsc = (r*bx->rMu + by->rMu)/(bx->rMu + by->rMu);
  double rtCoop = (bx->rMu + r*by->rMu)/(bx->rMu + by->rMu);
  double p1 = r*p0/(r*p0 + q0), q1 = r*q0/(r*q0 + p0);
  double uEsc = nbLlr(n, m, bt.rKappa, rtEsc)
              + d->nConflict*log(p1/p0) + d->nCoop*log((1.0 - p1)/q0);
  double uCoop = nbLlr(n, m, bt.rKappa, rtCoop)
               + d->nCoop*log(q1/q0) + d->nConflict*log((1.0 - q1)/p0);
  /* the same decay as the scores: a pair's old evidence fades alike */
  s->jEsc = s->jEsc*CUSUM_DECAY + uEsc;
  if( s->jEsc<0 ) s->jEsc = 0;
  s->jCoop = s->jCoop*CUSUM_DECAY + uCoop;
  if( s->jCoop<0 ) s->jCoop = 0;
}

static void stepOne(const brink_alert_params *p, brinkEscState *s, brink_score_day *d){
  EscBase bx, by;
  int32_t iDay = d->iDay;
  if( s->iFirst==BRINK_ESC_NODAY ) s->iFirst = iDay;
  baseline(p, s, &s->conf, iDay, &bx);
  baseline(p, s, &s->coop, iDay, &by);
  double p0;
  int bShare = shareBase(p, s, iDay, &p0);
  double sEsc0 = s->sEsc, sCoop0 = s->sCoop;
  /* warm-up: a pair's first reports make its baseline; the CUSUMs start
  ** once a week of history lies behind the guard */
  int bWarm = iDay - p->nGuard - s->iFirst >= WARMUP_DAYS;
  if( bWarm ){
    double x = dayIntensity(bx.rBeta, d->rConflict, d->rConflict2, d->rConflictSev, 0);
    double y = dayIntensity(by.rBeta, d->rCoop, d->rCoop2, d->rCoopSev, 0);
    s->sEsc = cusumStep(p, s->sEsc, x, &bx);
    s->sCoop = cusumStep(p, s->sCoop, y, &by);
    if( bShare ) jointStep(p, s, d, x, y, &bx, &by, p0);
    else s->jEsc = s->jCoop = 0;
  }
  /* runs: where each CUSUM last left zero is the change-point estimate */
  if( s->sEsc>0 ){
    if( sEsc0<=0 ){ s->iRunEsc = iDay; s->nRunEsc = 0; }
    s->nRunEsc += d->nConflict;
  }else{ s->iRunEsc = BRINK_ESC_NODAY; s->nRunEsc = 0; }
  if( s->sCoop>0 ){
    if( sCoop0<=0 ){ s->iRunCoop = iDay; s->nRunCoop = 0; }
    s->nRunCoop += d->nCoop;
  }else{ s->iRunCoop = BRINK_ESC_NODAY; s->nRunCoop = 0; }
  ringPut(p, s, d);

  double h = p->rThreshold, m = p->rMixed*h;
  int bEsc = sideFires(p, s, 1, bShare, p0, iDay);
  int bCoop = sideFires(p, s, 0, bShare, p0, iDay);
  d->bFired = 0;
  if( s->eDir==0 ){
    if( bWarm && (bEsc || bCoop) ){
      if( bEsc ) s->eDir = (bCoop || s->sCoop>=m) ? BRINK_DIR_MIXED : BRINK_DIR_ESCALATION;
      else s->eDir = s->sEsc>=m ? BRINK_DIR_MIXED : BRINK_DIR_DEESCALATION;
      int32_t iA = bEsc || s->eDir==BRINK_DIR_MIXED ? s->iRunEsc : BRINK_ESC_NODAY;
      int32_t iB = bCoop || s->eDir==BRINK_DIR_MIXED ? s->iRunCoop : BRINK_ESC_NODAY;
      if( iA==BRINK_ESC_NODAY ) iA = iB;
      if( iB==BRINK_ESC_NODAY ) iB = iA;
      s->iStart = iA<iB ? iA : iB;
      d->bFired = 1;
    }
  }else{
    if( s->eDir==BRINK_DIR_ESCALATION && bCoop ) s->eDir = BRINK_DIR_MIXED;
    if( s->eDir==BRINK_DIR_DEESCALATION && bEsc ) s->eDir = BRINK_DIR_MIXED;
    int bOver = s->eDir==BRINK_DIR_ESCALATION ? s->sEsc<=0
              : s->eDir==BRINK_DIR_DEESCALATION ? s->sCoop<=0
              : (s->sEsc<=0 && s->sCoop<=0);
    if( bOver ){ s->eDir = 0; s->iStart = BRINK_ESC_NODAY; }
  }
  d->rEsc = s->sEsc;
  d->rCoopUp = s->sCoop;
  d->rBaseConflict = bx.rMu;
  d->rBaseCoop = by.rMu;
  d->eDir = s->eDir;
  d->iStart = s->eDir ? s->iStart : BRINK_ESC_NODAY;
  s->iDay = iDay;
}

void brinkEscStep(const brink_alert_params *p, brinkEscState *s, brink_score_day *d){
  if( s->iDay!=BRINK_ESC_NODAY && d->iDay - s->iDay > 1 ){
    int32_t iGap = d->iDay - s->iDay - 1;
    int w = p->nBaseline + p->nGuard;
    /* A quiet state stays quiet over empty days: only the ring needs zeros. */
    while( iGap>0 && !brinkEscQuiet(s) ){
      brink_score_day e;
      memset(&e, 0, sizeof e);
      e.iDay = s->iDay + 1;
      stepOne(p, s, &e);
      iGap--;
    }
    /* the days left of the gap (all of the ring at most) are empty */
    brink_score_day e;
    memset(&e, 0, sizeof e);
    for(int32_t k=1; k<=iGap && k<=w; k++){ e.iDay = d->iDay - k; ringPut(p, s, &e); }
    s->iDay = d->iDay - 1;
  }
  stepOne(p, s, d);
}

int brink_escalation_run(const brink_alert_params *pParams, brink_score_day *a, size_t n){
  brink_alert_params def;
  if( !pParams ){ brink_alert_params_default(&def); pParams = &def; }
  if( brinkEscCheck(pParams) ) return BRINK_EINVAL;
  for(size_t i=1; i<n; i++) if( a[i].iDay!=a[i-1].iDay+1 ) return BRINK_EINVAL;
  brinkEscState *s = malloc(sizeof *s);
  if( !s ) return BRINK_ENOMEM;
  brinkEscInit(s);
  for(size_t i=0; i<n; i++) brinkEscStep(pParams, s, &a[i]);
  free(s);
  return BRINK_OK;
}

/* ---- Stored alerts: helpers ------------------------------------------------------- */

static int dbFail(brink_store *p, int rc, const char *zWhat){ return brinkStoreDbError(p, rc, zWhat); }

static void fmtDay(int32_t iDay, char *z){ brink_date_format(iDay, z); }

static int32_t parseDay(const char *z){
  int32_t d;
  return z && brink_date_parse(z, &d)==BRINK_OK ? d : BRINK_ESC_NODAY;
}

/* An alert being built while a pair is scored. */
typedef struct OpenAlert {
  int64_t iId;
  int eDir;
  int32_t iStart, iFired, iPeak;
  double rScore;
  int nEvent;
} OpenAlert;

/* Alerts deleted before a rescore, so that an alert found again (same
** direction and start) keeps its id. */
typedef struct Reuse { int64_t iId; int eDir; int32_t iStart; } Reuse;

typedef struct Upd {
  brink_store *p;
  sqlite3 *db;
  const brink_alert_params *pPar;
  int32_t iEnd;                     /* last day with events in the store */
  sqlite3_stmt *pIns, *pLoad, *pAlertIns, *pAlertUpd, *pEvFold, *pAeIns, *pAeDel;
  brink_alert_stats st;
} Upd;

static double dirScore(int eDir, double sEsc, double sCoop){
  if( eDir==BRINK_DIR_ESCALATION ) return sEsc;
  if( eDir==BRINK_DIR_DEESCALATION ) return sCoop;
  return sEsc>sCoop ? sEsc : sCoop;
}

/* Write alert a (insert or update) and its five heaviest events: those of
** its side(s) from its start to its peak. */
static int alertWrite(Upd *u, const char *zSrc, const char *zTgt, OpenAlert *a, int32_t iEnded){
  char zStart[11], zFired[11], zPeak[11], zEnded[11];
  fmtDay(a->iStart, zStart); fmtDay(a->iFired, zFired); fmtDay(a->iPeak, zPeak);
  sqlite3_stmt *q = u->pAlertIns;
  if( a->iId ) sqlite3_bind_int64(q, 1, a->iId); else sqlite3_bind_null(q, 1);
  sqlite3_bind_text(q, 2, zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 3, zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 4, a->eDir);
  sqlite3_bind_text(q, 5, zStart, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 6, zFired, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 7, zPeak, -1, SQLITE_STATIC);
  if( iEnded!=BRINK_ESC_NODAY ){ fmtDay(iEnded, zEnded); sqlite3_bind_text(q, 8, zEnded, -1, SQLITE_STATIC); }
  else sqlite3_bind_null(q, 8);
  sqlite3_bind_double(q, 9, a->rScore);
  sqlite3_bind_int(q, 10, a->nEvent);
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "storing an alert");
  if( !a->iId ) a->iId = sqlite3_last_insert_rowid(u->db);
  u->st.nAlert++;

  /* the events behind it */
  sqlite3_bind_int64(u->pAeDel, 1, a->iId);
  rc = sqlite3_step(u->pAeDel);
  sqlite3_reset(u->pAeDel);
  if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "storing an alert");
  struct { int64_t iEv; double w; } aTop[5];
  int nTop = 0;
  q = u->pEvFold;
  sqlite3_bind_text(q, 1, zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 3, zStart, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 4, zPeak, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    int iQuad = sqlite3_column_int(q, 1);
    int bConf = iQuad>=3;
    if( a->eDir==BRINK_DIR_ESCALATION && !bConf ) continue;
    if( a->eDir==BRINK_DIR_DEESCALATION && bConf ) continue;
    double w = brink_event_weight(sqlite3_column_double(q, 2), sqlite3_column_int(q, 3));
    int64_t iEv = sqlite3_column_int64(q, 0);
    int k;
    if( nTop<5 ) k = nTop++;
    else if( w>aTop[4].w ) k = 4;
    else continue;
    aTop[k].iEv = iEv; aTop[k].w = w;
    while( k>0 && aTop[k-1].w < aTop[k].w ){   /* earlier events win ties */
      double tw = aTop[k].w; int64_t te = aTop[k].iEv;
      aTop[k] = aTop[k-1]; aTop[k-1].w = tw; aTop[k-1].iEv = te;
      k--;
    }
  }
  sqlite3_reset(q);
  if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "finding an alert's events");
  for(int i=0; i<nTop; i++){
    sqlite3_bind_int64(u->pAeIns, 1, a->iId);
    sqlite3_bind_int(u->pAeIns, 2, i+1);
    sqlite3_bind_int64(u->pAeIns, 3, aTop[i].iEv);
    sqlite3_bind_double(u->pAeIns, 4, aTop[i].w);
    rc = sqlite3_step(u->pAeIns);
    sqlite3_reset(u->pAeIns);
    if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "storing an alert's events");
  }
  return BRINK_OK;
}

static int storeDay(Upd *u, const char *zSrc, const char *zTgt, const brinkEscState *s,
                    const brink_score_day *d, int64_t iAlert){
  sqlite3_stmt *q = u->pIns;
  sqlite3_bind_text(q, 1, zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 3, d->iDay);
  sqlite3_bind_double(q, 4, d->rConflict);
  sqlite3_bind_double(q, 5, d->rConflict2);
  sqlite3_bind_double(q, 6, d->rCoop);
  sqlite3_bind_double(q, 7, d->rCoop2);
  sqlite3_bind_int(q, 8, d->nConflict);
  sqlite3_bind_int(q, 9, d->nCoop);
  sqlite3_bind_double(q, 10, s->sEsc);
  sqlite3_bind_double(q, 11, s->sCoop);
  if( s->iRunEsc!=BRINK_ESC_NODAY ) sqlite3_bind_int(q, 12, s->iRunEsc); else sqlite3_bind_null(q, 12);
  if( s->iRunCoop!=BRINK_ESC_NODAY ) sqlite3_bind_int(q, 13, s->iRunCoop); else sqlite3_bind_null(q, 13);
  sqlite3_bind_int(q, 14, s->nRunEsc);
  sqlite3_bind_int(q, 15, s->nRunCoop);
  sqlite3_bind_int(q, 16, s->iFirst);
  sqlite3_bind_int(q, 17, s->eDir);
  if( s->eDir ) sqlite3_bind_int(q, 18, s->iStart); else sqlite3_bind_null(q, 18);
  if( iAlert ) sqlite3_bind_int64(q, 19, iAlert); else sqlite3_bind_null(q, 19);
  sqlite3_bind_double(q, 20, d->rConflictSev);
  sqlite3_bind_double(q, 21, d->rCoopSev);
  sqlite3_bind_double(q, 22, s->jEsc);
  sqlite3_bind_double(q, 23, s->jCoop);
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "storing scores");
  u->st.nDay++;
  return BRINK_OK;
}

/* Run SQL with up to three text/int parameters ("t", "i"), no rows. */
static int execBound(Upd *u, const char *zSql, const char *zFmt, const char *z1, const char *z2,
                     int64_t i3, const char *zWhat){
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(u->db, zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, zWhat);
  if( zFmt[0] ) sqlite3_bind_text(q, 1, z1, -1, SQLITE_STATIC);
  if( zFmt[0] && zFmt[1] ) sqlite3_bind_text(q, 2, z2, -1, SQLITE_STATIC);
  if( zFmt[0] && zFmt[1] && zFmt[2]=='i' ) sqlite3_bind_int64(q, 3, i3);
  if( zFmt[0] && zFmt[1] && zFmt[2]=='t' ){
    char zD[11]; fmtDay((int32_t)i3, zD);
    sqlite3_bind_text(q, 3, zD, -1, SQLITE_TRANSIENT);
  }
  rc = sqlite3_step(q);
  sqlite3_finalize(q);
  return rc==SQLITE_DONE || rc==SQLITE_ROW ? BRINK_OK : dbFail(u->p, rc, zWhat);
}

/* A directed pair being rescored: the detector's state, the alert open on
** the pair, and the alerts deleted for the rescore (their ids are reused). */
typedef struct Rescore {
  Upd *u;
  const char *zSrc, *zTgt;
  brinkEscState *s;
  OpenAlert cur;
  Reuse *aReuse;
  size_t nReuse;
} Rescore;

/* The events an alert of direction eDir counts, of nEsc conflict and
** nCoop cooperation events in the runs. */
static int dirCount(int eDir, int nEsc, int nCoop){
  return eDir==BRINK_DIR_ESCALATION ? nEsc : eDir==BRINK_DIR_DEESCALATION ? nCoop : nEsc + nCoop;
}

/* Load into r->s the state stored after the last day before iFrom, if any;
** *piOpen is set to the alert that state has open (0 for none). */
static int resumeState(Rescore *r, int32_t iFrom, int64_t *piOpen){
  Upd *u = r->u;
  brinkEscState *s = r->s;
  sqlite3_stmt *q = 0;
  int brc = BRINK_OK;
  int rc = sqlite3_prepare_v2(u->db,
      "SELECT day, s_esc, s_coop, run_esc, run_coop, n_run_esc, n_run_coop, first_day, dir, start, alert,"
      " j_esc, j_coop FROM escalation_days WHERE src=?1 AND tgt=?2 AND day<?3 ORDER BY day DESC LIMIT 1", -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, "reading scores");
  sqlite3_bind_text(q, 1, r->zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, r->zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 3, iFrom);
  rc = sqlite3_step(q);
  *piOpen = 0;
  if( rc==SQLITE_ROW ){
    s->iDay = sqlite3_column_int(q, 0);
    s->sEsc = sqlite3_column_double(q, 1);
    s->sCoop = sqlite3_column_double(q, 2);
    s->iRunEsc = sqlite3_column_type(q, 3)==SQLITE_NULL ? BRINK_ESC_NODAY : sqlite3_column_int(q, 3);
    s->iRunCoop = sqlite3_column_type(q, 4)==SQLITE_NULL ? BRINK_ESC_NODAY : sqlite3_column_int(q, 4);
    s->nRunEsc = sqlite3_column_int(q, 5);
    s->nRunCoop = sqlite3_column_int(q, 6);
    s->iFirst = sqlite3_column_int(q, 7);
    s->eDir = sqlite3_column_int(q, 8);
    s->iStart = sqlite3_column_type(q, 9)==SQLITE_NULL ? BRINK_ESC_NODAY : sqlite3_column_int(q, 9);
    *piOpen = s->eDir ? sqlite3_column_int64(q, 10) : 0;
    s->jEsc = sqlite3_column_double(q, 11);
    s->jCoop = sqlite3_column_double(q, 12);
  }else if( rc!=SQLITE_DONE ){ brc = dbFail(u->p, rc, "reading scores"); }
  sqlite3_finalize(q);
  return brc;
}

/* Seed the ring of the resumed state r->s from the stored days before it. */
static int resumeRing(Rescore *r){
  Upd *u = r->u;
  const brink_alert_params *P = u->pPar;
  int w = P->nBaseline + P->nGuard;
  brinkEscState *s = r->s;
  sqlite3_stmt *q = 0;
  /* the ring: the inputs of the w days up to the resumed state's day */
  int rc = sqlite3_prepare_v2(u->db, "SELECT day, conflict, conflict2, coop, coop2, n_conflict, n_coop,"
                              " conflict_sev, coop_sev FROM escalation_days"
                              " WHERE src=?1 AND tgt=?2 AND day>?3 AND day<=?4", -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, "reading scores");
  sqlite3_bind_text(q, 1, r->zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, r->zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 3, s->iDay - w);
  sqlite3_bind_int(q, 4, s->iDay);
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    brink_score_day d;
    memset(&d, 0, sizeof d);
    d.iDay = sqlite3_column_int(q, 0);
    d.rConflict = sqlite3_column_double(q, 1); d.rConflict2 = sqlite3_column_double(q, 2);
    d.rCoop = sqlite3_column_double(q, 3); d.rCoop2 = sqlite3_column_double(q, 4);
    d.nConflict = sqlite3_column_int(q, 5); d.nCoop = sqlite3_column_int(q, 6);
    d.rConflictSev = sqlite3_column_double(q, 7); d.rCoopSev = sqlite3_column_double(q, 8);
    brinkEscSeed(P, s, &d);
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_DONE ) return dbFail(u->p, rc, "reading scores");
  return BRINK_OK;
}

/* Read alert iOpen back into r->cur (left zeroed if the alert is gone). */
static int openRead(Rescore *r, int64_t iOpen){
  Upd *u = r->u;
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(u->db, "SELECT direction, start, fired FROM alerts WHERE id=?", -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, "reading alerts");
  sqlite3_bind_int64(q, 1, iOpen);
  if( sqlite3_step(q)==SQLITE_ROW ){
    r->cur.iId = iOpen;
    r->cur.eDir = r->s->eDir;
    r->cur.iStart = parseDay((const char*)sqlite3_column_text(q, 1));
    r->cur.iFired = parseDay((const char*)sqlite3_column_text(q, 2));
  }
  sqlite3_finalize(q);
  return BRINK_OK;
}

/* Find the peak of open alert r->cur on the stored days from its firing
** to the day before iResume. */
static int openPeak(Rescore *r, int32_t iResume){
  Upd *u = r->u;
  OpenAlert *cur = &r->cur;
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(u->db, "SELECT day, s_esc, s_coop, n_run_esc, n_run_coop FROM escalation_days"
                              " WHERE src=?1 AND tgt=?2 AND day>=?3 AND day<?4 ORDER BY day", -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, "reading scores");
  sqlite3_bind_text(q, 1, r->zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, r->zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_int(q, 3, cur->iFired);
  sqlite3_bind_int(q, 4, iResume);
  while( sqlite3_step(q)==SQLITE_ROW ){
    double rNow = dirScore(cur->eDir, sqlite3_column_double(q, 1), sqlite3_column_double(q, 2));
    if( rNow>cur->rScore ){
      cur->rScore = rNow; cur->iPeak = sqlite3_column_int(q, 0);
      cur->nEvent = dirCount(cur->eDir, sqlite3_column_int(q, 3), sqlite3_column_int(q, 4));
    }
  }
  sqlite3_finalize(q);
  return BRINK_OK;
}

/* Take up alert iOpen, open in the resumed state, as r->cur; or, if it is
** gone, close the state's alert. */
static int resumeAlert(Rescore *r, int64_t iOpen, int32_t iResume){
  int brc = openRead(r, iOpen);
  if( brc ) return brc;
  if( r->cur.iId ) return openPeak(r, iResume);
  r->s->eDir = 0;   /* the row named an alert that is gone: start afresh */
  return BRINK_OK;
}

/* Remember the pair's alerts fired from iResume on (id, direction, start)
** in r->aReuse. */
static int reuseRead(Rescore *r, int32_t iResume){
  Upd *u = r->u;
  sqlite3_stmt *q = 0;
  char zFrom[11];
  fmtDay(iResume, zFrom);
  int rc = sqlite3_prepare_v2(u->db, "SELECT id, direction, start FROM alerts WHERE src=?1 AND tgt=?2 AND fired>=?3",
                              -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(u->p, rc, "reading alerts");
  sqlite3_bind_text(q, 1, r->zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 2, r->zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 3, zFrom, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    Reuse *aNew = realloc(r->aReuse, (r->nReuse+1)*sizeof *aNew);
    if( !aNew ){
      int brc = brinkStoreError(u->p, BRINK_ENOMEM, "out of memory");
      sqlite3_finalize(q);
      return brc;
    }
    r->aReuse = aNew;
    r->aReuse[r->nReuse].iId = sqlite3_column_int64(q, 0);
    r->aReuse[r->nReuse].eDir = sqlite3_column_int(q, 1);
    r->aReuse[r->nReuse].iStart = parseDay((const char*)sqlite3_column_text(q, 2));
    r->nReuse++;
  }
  sqlite3_finalize(q);
  return BRINK_OK;
}

/* Delete the pair's alerts fired from iResume on, their events, and its
** scored days from iResume on. */
static int forgetFrom(Rescore *r, int32_t iResume){
  Upd *u = r->u;
  int brc = execBound(u, "DELETE FROM alert_events WHERE alert IN (SELECT id FROM alerts"
                      " WHERE src=?1 AND tgt=?2 AND fired>=?3)", "ttt", r->zSrc, r->zTgt, iResume, "rescoring");
  if( !brc ) brc = execBound(u, "DELETE FROM alerts WHERE src=?1 AND tgt=?2 AND fired>=?3",
                             "ttt", r->zSrc, r->zTgt, iResume, "rescoring");
  if( !brc ) brc = execBound(u, "DELETE FROM escalation_days WHERE src=?1 AND tgt=?2 AND day>=?3",
                             "tti", r->zSrc, r->zTgt, iResume, "rescoring");
  return brc;
}

/* Follow the pair's alert r->cur through scored day d: an alert that fires
** is written at once (to get its id), an open one's peak is kept up, and
** one that has ended is written closed. */
static int dayAlert(Rescore *r, const brink_score_day *d){
  Upd *u = r->u;
  const brinkEscState *s = r->s;
  OpenAlert *cur = &r->cur;
  if( d->bFired ){
    memset(cur, 0, sizeof *cur);
    cur->eDir = d->eDir; cur->iStart = d->iStart; cur->iFired = d->iDay;
    for(size_t k=0; k<r->nReuse; k++){
      if( r->aReuse[k].eDir==cur->eDir && r->aReuse[k].iStart==cur->iStart ){ cur->iId = r->aReuse[k].iId; break; }
    }
    cur->iPeak = d->iDay;
    cur->rScore = dirScore(cur->eDir, s->sEsc, s->sCoop);
    cur->nEvent = dirCount(cur->eDir, s->nRunEsc, s->nRunCoop);
    return alertWrite(u, r->zSrc, r->zTgt, cur, BRINK_ESC_NODAY);   /* gets its id */
  }else if( s->eDir && cur->iId ){
    cur->eDir = s->eDir;
    double rNow = dirScore(cur->eDir, s->sEsc, s->sCoop);
    if( rNow>cur->rScore ){
      cur->rScore = rNow; cur->iPeak = d->iDay;
      cur->nEvent = dirCount(cur->eDir, s->nRunEsc, s->nRunCoop);
    }
  }else if( cur->iId ){
    int brc = alertWrite(u, r->zSrc, r->zTgt, cur, d->iDay);      /* ended today */
    memset(cur, 0, sizeof *cur);
    return brc;
  }
  return BRINK_OK;
}

/* Score the finished day *pd and the quiet days after it, up to day iNext
** or until the pair is quiet, storing each day that needs a row; *pd is
** left as the (empty) day after the last one scored. */
static int scoreDays(Rescore *r, brink_score_day *pd, int32_t iNext){
  Upd *u = r->u;
  brinkEscState *s = r->s;
  for(;;){
    brinkEscStep(u->pPar, s, pd);
    int brc = dayAlert(r, pd);
    if( brc ) return brc;
    int bEvents = pd->nConflict || pd->nCoop;
    if( bEvents || !brinkEscQuiet(s) ){
      brc = storeDay(u, r->zSrc, r->zTgt, s, pd, s->eDir ? r->cur.iId : 0);
      if( brc ) return brc;
    }
    int32_t iDay = pd->iDay;
    memset(pd, 0, sizeof *pd);
    pd->iDay = iDay + 1;
    if( pd->iDay>=iNext || brinkEscQuiet(s) ) break;
  }
  return BRINK_OK;
}

/* Score the pair's days from iResume on, reading its folded events a day
** at a time, and write the alert still open at the end. */
static int scoreFrom(Rescore *r, int32_t iResume){
  Upd *u = r->u;
  int brc = BRINK_OK, rc;
  sqlite3_stmt *L = u->pLoad;
  char zFrom[11];
  fmtDay(iResume, zFrom);
  sqlite3_bind_text(L, 1, r->zSrc, -1, SQLITE_STATIC);
  sqlite3_bind_text(L, 2, r->zTgt, -1, SQLITE_STATIC);
  sqlite3_bind_text(L, 3, zFrom, -1, SQLITE_STATIC);
  brink_score_day d;
  memset(&d, 0, sizeof d);
  d.iDay = BRINK_ESC_NODAY;
  int bMore = 1;
  while( brc==BRINK_OK ){
    int32_t iEvDay = BRINK_ESC_NODAY;
    int iQuad = 0, nSrc = 1;
    double rGold = 0;
    if( bMore ){
      rc = sqlite3_step(L);
      if( rc==SQLITE_ROW ){
        iEvDay = parseDay((const char*)sqlite3_column_text(L, 0));
        iQuad = sqlite3_column_int(L, 1);
        rGold = sqlite3_column_double(L, 2);
        nSrc = sqlite3_column_int(L, 3);
      }else if( rc==SQLITE_DONE ){ bMore = 0; }
      else { brc = dbFail(u->p, rc, "reading events"); break; }
    }
    /* a finished day (or the end): score it and the quiet days up to the next */
    if( d.iDay!=BRINK_ESC_NODAY && iEvDay!=d.iDay ){
      int32_t iNext = iEvDay!=BRINK_ESC_NODAY ? iEvDay : u->iEnd + 1;
      brc = scoreDays(r, &d, iNext);
      if( brc ) break;
      d.iDay = BRINK_ESC_NODAY;
    }
    if( iEvDay==BRINK_ESC_NODAY ) break;
    if( d.iDay==BRINK_ESC_NODAY ){ memset(&d, 0, sizeof d); d.iDay = iEvDay; }
    brink_score_add(&d, iQuad, rGold, nSrc);
  }
  sqlite3_reset(L);
  if( brc==BRINK_OK && r->cur.iId ) brc = alertWrite(u, r->zSrc, r->zTgt, &r->cur, BRINK_ESC_NODAY);   /* still open */
  return brc;
}

/* Rescore one directed pair from day iFrom on. */
static int rescorePair(Upd *u, const char *zSrc, const char *zTgt, int32_t iFrom){
  Rescore r;
  memset(&r, 0, sizeof r);
  r.u = u; r.zSrc = zSrc; r.zTgt = zTgt;
  r.s = malloc(sizeof *r.s);
  if( !r.s ) return brinkStoreError(u->p, BRINK_ENOMEM, "out of memory");
  brinkEscInit(r.s);
  int64_t iOpen = 0;
  int32_t iResume;

  /* 1. the state after the last stored day before iFrom */
  int brc = resumeState(&r, iFrom, &iOpen);
  if( brc ) goto done;
  /* resume the day after that row (rows after it are rewritten) */
  iResume = r.s->iDay==BRINK_ESC_NODAY ? iFrom : r.s->iDay + 1;
  if( r.s->iDay!=BRINK_ESC_NODAY ){
    brc = resumeRing(&r);
    if( brc ) goto done;
  }
  /* an alert open at the resumed day goes on; its peak so far is read back */
  if( iOpen ){
    brc = resumeAlert(&r, iOpen, iResume);
    if( brc ) goto done;
  }

  /* 2. forget what will be rewritten (keeping the ids of alerts found again) */
  brc = reuseRead(&r, iResume);
  if( !brc ) brc = forgetFrom(&r, iResume);
  if( brc ) goto done;

  /* 3. score the days from iResume on, from the folded events */
  brc = scoreFrom(&r, iResume);
  u->st.nPair++;
done:
  free(r.aReuse);
  free(r.s);
  return brc;
}

/* ---- Update ------------------------------------------------------------------------- */

static const char zLoadSql[] =
  "SELECT e.date, max(e.quad), max(e.goldstein), count(DISTINCT coalesce(s.cluster, s.id))"
  " FROM events e JOIN stories s ON s.id=e.story"
  " WHERE e.source_country=?1 AND e.target_country=?2 AND e.date>=?3 AND e.negated=0"
  " GROUP BY e.date, e.source, e.target, e.code ORDER BY e.date";

static const char zEvFoldSql[] =
  "SELECT min(e.id), max(e.quad), max(e.goldstein), count(DISTINCT coalesce(s.cluster, s.id))"
  " FROM events e JOIN stories s ON s.id=e.story"
  " WHERE e.source_country=?1 AND e.target_country=?2 AND e.date>=?3 AND e.date<=?4 AND e.negated=0"
  " GROUP BY e.date, e.source, e.target, e.code ORDER BY e.date, 1";

/* A directed pair to rescore, from its earliest new day. */
typedef struct PairFrom { char zSrc[8], zTgt[8]; int32_t iFrom; } PairFrom;

/* Collect in *paPair (*pnPair of them) the pairs to rescore, each from its
** earliest new day: every pair, after forgetting all scores, if no run was
** scored yet (iLastRun<0); else the pairs of the runs after iLastRun. */
static int pairsFind(Upd *u, int64_t iLastRun, PairFrom **paPair, size_t *pnPair){
  brink_store *p = u->p;
  sqlite3_stmt *q = 0;
  size_t nAlloc = 0;
  int brc, rc;
  const char *zPairs;
  if( iLastRun<0 ){
    u->st.bFull = 1;
    brc = execBound(u, "DELETE FROM alert_events", "", 0, 0, 0, "updating alerts");
    if( !brc ) brc = execBound(u, "DELETE FROM alerts", "", 0, 0, 0, "updating alerts");
    if( !brc ) brc = execBound(u, "DELETE FROM escalation_days", "", 0, 0, 0, "updating alerts");
    if( brc ) return brc;
    zPairs = "SELECT source_country, target_country, min(date) FROM events"
             " WHERE source_country<>'' AND target_country<>'' AND source_country<>target_country"
             " GROUP BY 1, 2";
  }else{
    /* new events, and pairs whose alert was still open (to let it decay
    ** up to the store's last day) */
    zPairs = "SELECT a, b, min(d) FROM ("
             " SELECT e.source_country a, e.target_country b, e.date d FROM stories s"
             "  JOIN events e ON e.story=s.id WHERE s.run>?1 AND e.source_country<>''"
             "  AND e.target_country<>'' AND e.source_country<>e.target_country"
             " UNION ALL SELECT src, tgt, date(max(day)*86400 + 86400, 'unixepoch')"
             "  FROM escalation_days x WHERE dir<>0 AND day=(SELECT max(day) FROM escalation_days"
             "  WHERE src=x.src AND tgt=x.tgt) GROUP BY src, tgt"
             ") GROUP BY a, b";
  }
  rc = sqlite3_prepare_v2(u->db, zPairs, -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(p, rc, "updating alerts");
  if( iLastRun>=0 ) sqlite3_bind_int64(q, 1, iLastRun);
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    const char *zA = (const char*)sqlite3_column_text(q, 0);
    const char *zB = (const char*)sqlite3_column_text(q, 1);
    int32_t iFrom = parseDay((const char*)sqlite3_column_text(q, 2));
    if( !zA || !zB || strlen(zA)>=8 || strlen(zB)>=8 || iFrom==BRINK_ESC_NODAY ) continue;
    if( *pnPair==nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 256;
      PairFrom *aNew = realloc(*paPair, nAlloc*sizeof *aNew);
      if( !aNew ){
        brc = brinkStoreError(p, BRINK_ENOMEM, "out of memory");
        sqlite3_finalize(q);
        return brc;
      }
      *paPair = aNew;
    }
    PairFrom *pNew = &(*paPair)[*pnPair];
    strcpy(pNew->zSrc, zA);
    strcpy(pNew->zTgt, zB);
    pNew->iFrom = iFrom;
    (*pnPair)++;
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_DONE ) return dbFail(p, rc, "updating alerts");
  return BRINK_OK;
}

int brink_alert_update(brink_store *p, const brink_alert_params *pParams, brink_alert_stats *pStats){
  brink_alert_params def;
  if( !pParams ){ brink_alert_params_default(&def); pParams = &def; }
  if( pStats ) memset(pStats, 0, sizeof *pStats);
  if( brinkEscCheck(pParams) ) return brinkStoreError(p, BRINK_EINVAL, "bad escalation parameters");
  Upd u;
  memset(&u, 0, sizeof u);
  u.p = p; u.db = brinkStoreDb(p); u.pPar = pParams;
  sqlite3 *db = u.db;
  int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0);
  if( rc!=SQLITE_OK ) return dbFail(p, rc, "updating alerts");
  int brc = BRINK_OK;
  sqlite3_stmt *q = 0;
  PairFrom *aPair = 0;
  size_t nPair = 0;
  int64_t iLastRun = -1, iMaxRun = 0;

  static const char *const azSql[] = {
    "INSERT OR REPLACE INTO escalation_days(src, tgt, day, conflict, conflict2, coop, coop2,"
    " n_conflict, n_coop, s_esc, s_coop, run_esc, run_coop, n_run_esc, n_run_coop, first_day, dir,"
    " start, alert, conflict_sev, coop_sev, j_esc, j_coop) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    zLoadSql,
    "INSERT OR REPLACE INTO alerts(id, src, tgt, direction, start, fired, peak, ended, score, n_event)"
    " VALUES(?,?,?,?,?,?,?,?,?,?)",
    zEvFoldSql,
    "INSERT INTO alert_events(alert, rank, event, weight) VALUES(?,?,?,?)",
    "DELETE FROM alert_events WHERE alert=?",
  };
  sqlite3_stmt **aps[] = { &u.pIns, &u.pLoad, &u.pAlertIns, &u.pEvFold, &u.pAeIns, &u.pAeDel };
  for(size_t i=0; i<sizeof azSql/sizeof azSql[0]; i++){
    rc = sqlite3_prepare_v2(db, azSql[i], -1, aps[i], 0);
    if( rc!=SQLITE_OK ){ brc = dbFail(p, rc, "updating alerts"); goto done; }
  }

  /* where we are: the last run scored, the newest run, the last day */
  rc = sqlite3_prepare_v2(db, "SELECT (SELECT value FROM meta WHERE key='alerts_run'),"
                          " (SELECT coalesce(max(id),0) FROM runs), (SELECT max(date) FROM events)", -1, &q, 0);
  if( rc!=SQLITE_OK ){ brc = dbFail(p, rc, "updating alerts"); goto done; }
  rc = sqlite3_step(q);
  if( rc!=SQLITE_ROW ){ brc = dbFail(p, rc, "updating alerts"); goto done; }
  if( sqlite3_column_type(q, 0)!=SQLITE_NULL ) iLastRun = sqlite3_column_int64(q, 0);
  iMaxRun = sqlite3_column_int64(q, 1);
  u.iEnd = parseDay((const char*)sqlite3_column_text(q, 2));
  sqlite3_finalize(q); q = 0;
  if( u.iEnd==BRINK_ESC_NODAY ) goto record;    /* no events at all */

  /* the pairs to rescore, each from its earliest new day */
  brc = pairsFind(&u, iLastRun, &aPair, &nPair);
  if( brc ) goto done;
  for(size_t i=0; i<nPair && brc==BRINK_OK; i++){
    brc = rescorePair(&u, aPair[i].zSrc, aPair[i].zTgt, aPair[i].iFrom);
  }
  if( brc ) goto done;

record:
  rc = sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta VALUES('alerts_run', ?)", -1, &q, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_int64(q, 1, iMaxRun);
    rc = sqlite3_step(q);
  }
  sqlite3_finalize(q); q = 0;
  if( rc!=SQLITE_DONE ){ brc = dbFail(p, rc, "updating alerts"); goto done; }
done:
  sqlite3_finalize(q);
  for(size_t i=0; i<sizeof aps/sizeof aps[0]; i++) sqlite3_finalize(*aps[i]);
  free(aPair);
  if( brc==BRINK_OK ){
    rc = sqlite3_exec(db, "COMMIT", 0, 0, 0);
    if( rc!=SQLITE_OK ){ brc = dbFail(p, rc, "committing alerts"); sqlite3_exec(db, "ROLLBACK", 0, 0, 0); }
  }else{
    sqlite3_exec(db, "ROLLBACK", 0, 0, 0);
  }
  if( pStats ) *pStats = u.st;
  return brc;
}

/* ---- Reading alerts -------------------------------------------------------------------- */

static const char zAlertCols[] =
  "SELECT id, src, tgt, direction, start, fired, peak, coalesce(ended,''), score, n_event FROM alerts";

static void rowAlert(sqlite3_stmt *q, brink_alert *a){
  memset(a, 0, sizeof *a);
  a->iId = sqlite3_column_int64(q, 0);
  snprintf(a->zSrc, sizeof a->zSrc, "%s", (const char*)sqlite3_column_text(q, 1));
  snprintf(a->zTgt, sizeof a->zTgt, "%s", (const char*)sqlite3_column_text(q, 2));
  a->eDir = sqlite3_column_int(q, 3);
  snprintf(a->zStart, sizeof a->zStart, "%s", (const char*)sqlite3_column_text(q, 4));
  snprintf(a->zFired, sizeof a->zFired, "%s", (const char*)sqlite3_column_text(q, 5));
  snprintf(a->zPeak, sizeof a->zPeak, "%s", (const char*)sqlite3_column_text(q, 6));
  snprintf(a->zEnd, sizeof a->zEnd, "%s", (const char*)sqlite3_column_text(q, 7));
  a->rScore = sqlite3_column_double(q, 8);
  a->nEvent = sqlite3_column_int(q, 9);
}

/* Is there an alerts table (schema v3)?  A read-only v2 file has none. */
static int haveAlerts(brink_store *p){
  sqlite3_stmt *q = 0;
  int bHave = 0;
  if( sqlite3_prepare_v2(brinkStoreDb(p), "SELECT 1 FROM sqlite_schema WHERE name='alerts'", -1, &q, 0)==SQLITE_OK ){
    bHave = sqlite3_step(q)==SQLITE_ROW;
  }
  sqlite3_finalize(q);
  return bHave;
}

int brink_alert_list(brink_store *p, const char *zSince, double rMinScore, size_t nMax,
                     brink_alert **paAlert, size_t *pnAlert){
  *paAlert = 0; *pnAlert = 0;
  if( zSince && parseDay(zSince)==BRINK_ESC_NODAY ){
    char z[96];
    snprintf(z, sizeof z, "--since '%.40s' is not a date (want YYYY-MM-DD)", zSince);
    return brinkStoreError(p, BRINK_EPARSE, z);
  }
  if( !haveAlerts(p) ) return BRINK_OK;
  char zSql[256];
  snprintf(zSql, sizeof zSql, "%s WHERE score>=?1 AND start>=?2 ORDER BY score DESC, id%s", zAlertCols,
           nMax ? " LIMIT ?3" : "");
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(brinkStoreDb(p), zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(p, rc, "reading alerts");
  sqlite3_bind_double(q, 1, rMinScore);
  sqlite3_bind_text(q, 2, zSince ? zSince : "", -1, SQLITE_TRANSIENT);
  if( nMax ) sqlite3_bind_int64(q, 3, (int64_t)nMax);
  brink_alert *a = 0;
  size_t n = 0, nAlloc = 0;
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    if( n==nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 32;
      brink_alert *aNew = realloc(a, nAlloc*sizeof *aNew);
      if( !aNew ){ free(a); sqlite3_finalize(q); return brinkStoreError(p, BRINK_ENOMEM, "out of memory"); }
      a = aNew;
    }
    rowAlert(q, &a[n++]);
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_DONE ){ free(a); return dbFail(p, rc, "reading alerts"); }
  *paAlert = a; *pnAlert = n;
  return BRINK_OK;
}

int brink_alert_get(brink_store *p, int64_t iId, brink_alert *pAlert){
  if( !haveAlerts(p) ) return BRINK_EOF;
  char zSql[160];
  snprintf(zSql, sizeof zSql, "%s WHERE id=?", zAlertCols);
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(brinkStoreDb(p), zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(p, rc, "reading alerts");
  sqlite3_bind_int64(q, 1, iId);
  rc = sqlite3_step(q);
  int brc = BRINK_EOF;
  if( rc==SQLITE_ROW ){ rowAlert(q, pAlert); brc = BRINK_OK; }
  else if( rc!=SQLITE_DONE ) brc = dbFail(p, rc, "reading alerts");
  sqlite3_finalize(q);
  return brc;
}

int brink_alert_events(brink_store *p, int64_t iId, brink_alert_event **paEv, size_t *pnEv){
  static const char zSql[] =
    "SELECT ae.event, ae.weight, e.date, e.source, e.target, e.code, coalesce(c.name,''), e.quad,"
    " e.goldstein,"
    " (SELECT count(DISTINCT coalesce(s2.cluster, s2.id)) FROM events e2 JOIN stories s2 ON s2.id=e2.story"
    "   WHERE e2.date=e.date AND e2.source=e.source AND e2.target=e.target AND e2.code=e.code AND e2.negated=0),"
    " (SELECT sum(e2.mentions) FROM events e2"
    "   WHERE e2.date=e.date AND e2.source=e.source AND e2.target=e.target AND e2.code=e.code AND e2.negated=0),"
    " (SELECT json_group_array(DISTINCT s2.sid) FROM events e2 JOIN stories s2 ON s2.id=e2.story"
    "   WHERE e2.date=e.date AND e2.source=e.source AND e2.target=e.target AND e2.code=e.code AND e2.negated=0),"
    " coalesce(se.text,''), coalesce(s.url,'')"
    " FROM alert_events ae JOIN events e ON e.id=ae.event JOIN stories s ON s.id=e.story"
    " LEFT JOIN sentences se ON se.id=e.sentence LEFT JOIN cameo c ON c.code=e.code"
    " WHERE ae.alert=? ORDER BY ae.rank";
  *paEv = 0; *pnEv = 0;
  if( !haveAlerts(p) ) return BRINK_OK;
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(brinkStoreDb(p), zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return dbFail(p, rc, "reading an alert's events");
  sqlite3_bind_int64(q, 1, iId);
  /* two passes over at most five rows: size, then copy into one block */
  static const int aTxt[] = { 2, 3, 4, 5, 6, 11, 12, 13 };
  enum { NTXT = 8 };
  size_t nRow = 0, nStr = 0;
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    nRow++;
    for(int k=0; k<NTXT; k++) nStr += (size_t)sqlite3_column_bytes(q, aTxt[k]) + 1;
  }
  if( rc!=SQLITE_DONE ){ sqlite3_finalize(q); return dbFail(p, rc, "reading an alert's events"); }
  if( nRow==0 ){ sqlite3_finalize(q); return BRINK_OK; }
  sqlite3_reset(q);
  brink_alert_event *a = malloc(nRow*sizeof *a + nStr);
  if( !a ){ sqlite3_finalize(q); return brinkStoreError(p, BRINK_ENOMEM, "out of memory"); }
  char *z = (char*)(a + nRow);
  size_t i = 0;
  while( i<nRow && sqlite3_step(q)==SQLITE_ROW ){
    brink_alert_event *e = &a[i++];
    const char *az[NTXT];
    for(int k=0; k<NTXT; k++){
      size_t n = (size_t)sqlite3_column_bytes(q, aTxt[k]);
      const unsigned char *zc = sqlite3_column_text(q, aTxt[k]);
      memcpy(z, zc ? (const char*)zc : "", n);
      z[n] = 0;
      az[k] = z;
      z += n+1;
    }
    e->iEventId = sqlite3_column_int64(q, 0);
    e->rWeight = sqlite3_column_double(q, 1);
    e->zDate = az[0]; e->zSource = az[1]; e->zTarget = az[2]; e->zCode = az[3]; e->zCameoName = az[4];
    e->iQuad = sqlite3_column_int(q, 7);
    e->rGoldstein = sqlite3_column_double(q, 8);
    e->nSource = sqlite3_column_int(q, 9);
    e->nMention = sqlite3_column_int(q, 10);
    e->zStoryIds = az[5]; e->zEvidence = az[6]; e->zUrl = az[7];
  }
  sqlite3_finalize(q);
  *paEv = a; *pnEv = i;
  return BRINK_OK;
}
