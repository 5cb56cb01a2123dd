/*
** trend.c — the series of a pair, and pairs ranked by activity, change or score
** (brink.h, "Escalation watch"; docs/ESCALATION.md).
**
** A series is read from the one-a-day fold of the events between the pair
** (one event per date, source, target and code; its mentions summed, its
** sources counted as distinct near-duplicate story clusters), scored day by
** day with the detector of alert.c over the pair's whole history, then cut
** to the range asked and summed into days, ISO weeks or months.  Nothing is
** written: `brink trend` works on a read-only store.
**
** What does not live here: the stored alerts (alert.c), drawing (svg.c).
*/
#include "brink.h"
#include "store.h"
#include "escalation.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

void brink_trend_free(void *p){ free(p); }

/* The first day of the period holding iDay. */
static int32_t periodStart(int eBy, int32_t iDay){
  if( eBy==BRINK_BY_WEEK ){
    int k = (int)((iDay + 3) % 7);          /* 1970-01-01 was a Thursday: Monday is 0 */
    if( k<0 ) k += 7;
    return iDay - k;
  }
  if( eBy==BRINK_BY_MONTH ){
    int y, m, d;
    brinkCivilFromDays(iDay, &y, &m, &d);
    return brinkDaysFromCivil(y, m, 1);
  }
  return iDay;
}

static int32_t periodNext(int eBy, int32_t iStart){
  if( eBy==BRINK_BY_WEEK ) return iStart + 7;
  if( eBy==BRINK_BY_MONTH ){
    int y, m, d;
    brinkCivilFromDays(iStart, &y, &m, &d);
    return m==12 ? brinkDaysFromCivil(y+1, 1, 1) : brinkDaysFromCivil(y, m+1, 1);
  }
  return iStart + 1;
}

/* The pair condition on events e, with its parameters bound from iBind. */
static void pairCond(const brink_trend_query *t, char *z, size_t n){
  const char *zS = t->bActor ? "(e.source>=?1 AND e.source<?1||char(1114111))" : "e.source_country=?1";
  const char *zT = t->bActor ? "(e.target>=?2 AND e.target<?2||char(1114111))" : "e.target_country=?2";
  const char *zS2 = t->bActor ? "(e.source>=?2 AND e.source<?2||char(1114111))" : "e.source_country=?2";
  const char *zT2 = t->bActor ? "(e.target>=?1 AND e.target<?1||char(1114111))" : "e.target_country=?1";
  if( t->bDirected ) snprintf(z, n, "(%s AND %s)", zS, zT);
  else snprintf(z, n, "((%s AND %s) OR (%s AND %s))", zS, zT, zS2, zT2);
}

/* A growing set of cluster ids (the distinct sources of one period). */
typedef struct IdSet { int64_t *a; size_t n, nAlloc; } IdSet;
static int idAdd(IdSet *s, int64_t i){
  for(size_t k=0; k<s->n; k++) if( s->a[k]==i ) return 0;
  if( s->n==s->nAlloc ){
    size_t nNew = s->nAlloc ? 2*s->nAlloc : 64;
    int64_t *aNew = realloc(s->a, nNew*sizeof *aNew);
    if( !aNew ) return BRINK_ENOMEM;
    s->a = aNew; s->nAlloc = nNew;
  }
  s->a[s->n++] = i;
  return 0;
}

int brink_trend_series(brink_store *p, const brink_trend_query *t, const brink_alert_params *pParams,
                       brink_trend_point **paPt, size_t *pnPt){
  *paPt = 0; *pnPt = 0;
  brink_alert_params def;
  if( !pParams ){ brink_alert_params_default(&def); pParams = &def; }
  if( brinkEscCheck(pParams) ) return brinkStoreError(p, BRINK_EINVAL, "bad escalation parameters");
  if( !t || !t->zA || !t->zB ) return brinkStoreError(p, BRINK_EINVAL, "a series needs a pair (--pair A,B)");
  int32_t iFrom = BRINK_ESC_NODAY, iTo = BRINK_ESC_NODAY;
  if( t->zFrom && brink_date_parse(t->zFrom, &iFrom) ) return brinkStoreError(p, BRINK_EPARSE, "--from is not a date (want YYYY-MM-DD)");
  if( t->zTo && brink_date_parse(t->zTo, &iTo) ) return brinkStoreError(p, BRINK_EPARSE, "--to is not a date (want YYYY-MM-DD)");

  char zCond[400], zSql[1200];
  pairCond(t, zCond, sizeof zCond);
  snprintf(zSql, sizeof zSql,
    "SELECT e.date, max(e.quad), max(e.goldstein), sum(e.mentions), count(DISTINCT coalesce(s.cluster, s.id)),"
    " group_concat(DISTINCT coalesce(s.cluster, s.id))"
    " FROM events e JOIN stories s ON s.id=e.story WHERE %s AND e.negated=0%s"
    " GROUP BY e.date, e.source, e.target, e.code ORDER BY e.date", zCond,
    t->bActor ? "" : " AND e.source_country<>e.target_country");
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(brinkStoreDb(p), zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return brinkStoreDbError(p, rc, "reading the series");
  sqlite3_bind_text(q, 1, t->zA, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(q, 2, t->zB, -1, SQLITE_TRANSIENT);

  /* pass 1: the folded events, kept in memory (a pair's history is small) */
  typedef struct Fold { int32_t iDay; int iQuad; double rGold; int64_t nMention; int nSrc; char *zCl; } Fold;
  Fold *aF = 0;
  size_t nF = 0, nFAlloc = 0;
  int brc = BRINK_OK;
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    if( nF==nFAlloc ){
      nFAlloc = nFAlloc ? 2*nFAlloc : 256;
      Fold *aNew = realloc(aF, nFAlloc*sizeof *aNew);
      if( !aNew ){ brc = BRINK_ENOMEM; break; }
      aF = aNew;
    }
    Fold *f = &aF[nF];
    if( brink_date_parse((const char*)sqlite3_column_text(q, 0), &f->iDay) ) continue;
    f->iQuad = sqlite3_column_int(q, 1);
    f->rGold = sqlite3_column_double(q, 2);
    f->nMention = sqlite3_column_int64(q, 3);
    f->nSrc = sqlite3_column_int(q, 4);
    const char *zCl = (const char*)sqlite3_column_text(q, 5);
    f->zCl = strdup(zCl ? zCl : "");
    if( !f->zCl ){ brc = BRINK_ENOMEM; break; }
    nF++;
  }
  if( brc==BRINK_OK && rc!=SQLITE_DONE ) brc = brinkStoreDbError(p, rc, "reading the series");
  sqlite3_finalize(q);
  brink_score_day *aD = 0;
  brink_trend_point *aPt = 0;
  IdSet ids = { 0, 0, 0 };
  if( brc ) goto done;
  if( nF==0 && (iFrom==BRINK_ESC_NODAY || iTo==BRINK_ESC_NODAY) ) goto done;   /* empty series */

  /* pass 2: the dense daily series of the whole history, scored */
  int32_t iFirst = nF ? aF[0].iDay : iFrom, iLast = nF ? aF[nF-1].iDay : iTo;
  if( iFrom!=BRINK_ESC_NODAY && iFrom<iFirst ) iFirst = iFrom;
  if( iTo!=BRINK_ESC_NODAY && iTo>iLast ) iLast = iTo;
  if( iLast - iFirst > 400*366 ){ brc = brinkStoreError(p, BRINK_ETOOBIG, "the series spans more than 400 years"); goto done; }
  size_t nD = (size_t)(iLast - iFirst + 1);
  aD = calloc(nD, sizeof *aD);
  if( !aD ){ brc = BRINK_ENOMEM; goto done; }
  for(size_t i=0; i<nD; i++) aD[i].iDay = iFirst + (int32_t)i;
  for(size_t i=0; i<nF; i++){
    brink_score_add(&aD[aF[i].iDay - iFirst], aF[i].iQuad, aF[i].rGold, aF[i].nSrc);
  }
  brc = brink_escalation_run(pParams, aD, nD);
  if( brc ) goto done;

  /* pass 3: periods over the range asked */
  int32_t iA = iFrom!=BRINK_ESC_NODAY ? iFrom : iFirst;
  int32_t iB = iTo!=BRINK_ESC_NODAY ? iTo : iLast;
  if( iB<iA ) goto done;
  size_t nPt = 0, nPtAlloc = 0, iF = 0;
  for(int32_t iP = periodStart(t->eBy, iA); iP<=iB; iP = periodNext(t->eBy, iP)){
    int32_t iPEnd = periodNext(t->eBy, iP);
    if( nPt==nPtAlloc ){
      nPtAlloc = nPtAlloc ? 2*nPtAlloc : 64;
      brink_trend_point *aNew = realloc(aPt, nPtAlloc*sizeof *aNew);
      if( !aNew ){ brc = BRINK_ENOMEM; goto done; }
      aPt = aNew;
    }
    brink_trend_point *pt = &aPt[nPt++];
    memset(pt, 0, sizeof *pt);
    pt->iDay = iP;
    ids.n = 0;
    while( iF<nF && aF[iF].iDay<iP ) iF++;
    for(; iF<nF && aF[iF].iDay<iPEnd; iF++){
      Fold *f = &aF[iF];
      if( f->iDay<iA || f->iDay>iB ) continue;
      pt->nEvent++;
      if( f->iQuad>=1 && f->iQuad<=4 ) pt->anQuad[f->iQuad]++;
      pt->rGoldSum += f->rGold;
      pt->nMention += f->nMention;
      for(char *z = f->zCl; *z; ){
        int64_t iCl = strtoll(z, &z, 10);
        if( idAdd(&ids, iCl) ){ brc = BRINK_ENOMEM; goto done; }
        while( *z==',' ) z++;
      }
    }
    pt->nSource = (int)ids.n;
    pt->rGoldMean = pt->nEvent ? pt->rGoldSum/pt->nEvent : 0;
    pt->rMaterialShare = pt->nEvent ? (double)pt->anQuad[4]/pt->nEvent : 0;
    for(int32_t d = iP; d<iPEnd; d++){
      if( d<iA || d>iB || d<iFirst || d>iLast ) continue;
      const brink_score_day *s = &aD[d - iFirst];
      pt->rConflict += s->rConflict;
      pt->rCoop += s->rCoop;
      if( s->rEsc>pt->rEsc ) pt->rEsc = s->rEsc;
      if( s->rCoopUp>pt->rCoopUp ) pt->rCoopUp = s->rCoopUp;
      if( s->eDir ) pt->eDir = s->eDir;
      if( s->bFired ) pt->bFired = 1;
    }
  }
  *paPt = aPt; *pnPt = nPt;
  aPt = 0;
done:
  for(size_t i=0; i<nF; i++) free(aF[i].zCl);
  free(aF);
  free(aD);
  free(aPt);
  free(ids.a);
  if( brc==BRINK_ENOMEM ) return brinkStoreError(p, BRINK_ENOMEM, "out of memory");
  return brc;
}

/* ---- Pairs ranked ---------------------------------------------------------------- */

static int cmpActivity(const void *a, const void *b){
  const brink_trend_pair *x = a, *y = b;
  if( x->nEvent!=y->nEvent ) return x->nEvent>y->nEvent ? -1 : 1;
  int c = strcmp(x->zA, y->zA);
  return c ? c : strcmp(x->zB, y->zB);
}
static int cmpChange(const void *a, const void *b){
  const brink_trend_pair *x = a, *y = b;
  double rx = fabs(x->rChange), ry = fabs(y->rChange);
  if( rx!=ry ) return rx>ry ? -1 : 1;
  return cmpActivity(a, b);
}

static double peakOf(const brink_trend_pair *x){
  return x->rPeakEsc>x->rPeakCoop ? x->rPeakEsc : x->rPeakCoop;
}
static int cmpScore(const void *a, const void *b){
  const brink_trend_pair *x = a, *y = b;
  double rx = peakOf(x), ry = peakOf(y);
  if( rx!=ry ) return rx>ry ? -1 : 1;
  return cmpActivity(a, b);
}

/* Directed country pairs by their highest stored score in zFrom..zTo.  The
** alert update keeps one row of escalation_days a scored pair-day, so this
** reads the detector's own figures instead of scoring every pair again.
** Rows come ordered by pair, so one pass folds each pair's peaks. */
static int pairsByScore(brink_store *p, const char *zFrom, const char *zTo,
                        brink_trend_pair **paPair, size_t *pnPair){
  int32_t iFrom = INT32_MIN, iTo = INT32_MAX;
  if( zFrom ) brink_date_parse(zFrom, &iFrom);
  if( zTo ) brink_date_parse(zTo, &iTo);
  sqlite3 *db = brinkStoreDb(p);
  sqlite3_stmt *q = 0;
  int rc = sqlite3_prepare_v2(db,
    "SELECT src, tgt, day, s_esc, s_coop, n_conflict+n_coop, n_conflict, alert"
    " FROM escalation_days WHERE day>=?1 AND day<=?2 ORDER BY src, tgt, day", -1, &q, 0);
  if( rc!=SQLITE_OK ) return brinkStoreDbError(p, rc, "ranking pairs by score");
  sqlite3_bind_int(q, 1, iFrom);
  sqlite3_bind_int(q, 2, iTo);
  brink_trend_pair *a = 0;
  size_t n = 0, nAlloc = 0;
  int64_t iLastAlert = 0;    /* an open alert's id stands on each of its days */
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    const char *zSrc = (const char*)sqlite3_column_text(q, 0);
    const char *zTgt = (const char*)sqlite3_column_text(q, 1);
    if( !zSrc || !zTgt ) continue;
    brink_trend_pair *r = n ? &a[n-1] : 0;
    if( !r || strcmp(r->zA, zSrc)!=0 || strcmp(r->zB, zTgt)!=0 ){
      if( n==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 256;
        brink_trend_pair *aNew = realloc(a, nAlloc*sizeof *aNew);
        if( !aNew ){ free(a); sqlite3_finalize(q); return brinkStoreError(p, BRINK_ENOMEM, "out of memory"); }
        a = aNew;
      }
      r = &a[n++];
      memset(r, 0, sizeof *r);
      snprintf(r->zA, sizeof r->zA, "%s", zSrc);
      snprintf(r->zB, sizeof r->zB, "%s", zTgt);
      iLastAlert = 0;
    }
    int32_t iDay = sqlite3_column_int(q, 2);
    double rEsc = sqlite3_column_double(q, 3), rCoop = sqlite3_column_double(q, 4);
    if( rEsc>r->rPeakEsc ){ r->rPeakEsc = rEsc; brink_date_format(iDay, r->zPeakEsc); }
    if( rCoop>r->rPeakCoop ){ r->rPeakCoop = rCoop; brink_date_format(iDay, r->zPeakCoop); }
    r->nEvent += sqlite3_column_int64(q, 5);
    r->nConflict += sqlite3_column_int64(q, 6);
    int64_t iAlert = sqlite3_column_int64(q, 7);
    if( iAlert && iAlert!=iLastAlert ){ r->nAlert++; iLastAlert = iAlert; }
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_DONE ){ free(a); return brinkStoreDbError(p, rc, "ranking pairs by score"); }
  *paPair = a; *pnPair = n;
  return BRINK_OK;
}

int brink_trend_pairs(brink_store *p, const brink_trend_query *t, int eRank, size_t nMax,
                      brink_trend_pair **paPair, size_t *pnPair){
  *paPair = 0; *pnPair = 0;
  int32_t iEnd;
  const char *zTo = t ? t->zTo : 0;
  const char *zFrom = t ? t->zFrom : 0;
  int32_t iTmp;
  if( zFrom && brink_date_parse(zFrom, &iTmp) ) return brinkStoreError(p, BRINK_EPARSE, "--from is not a date (want YYYY-MM-DD)");
  if( zTo && brink_date_parse(zTo, &iTmp) ) return brinkStoreError(p, BRINK_EPARSE, "--to is not a date (want YYYY-MM-DD)");
  if( eRank==BRINK_RANK_SCORE ){
    if( t && t->bActor ) return brinkStoreError(p, BRINK_EINVAL, "scores are kept for country pairs only (no --level actor)");
    brink_trend_pair *a = 0;
    size_t n = 0;
    int brc = pairsByScore(p, zFrom, zTo, &a, &n);
    if( brc ) return brc;
    if( n ) qsort(a, n, sizeof *a, cmpScore);
    if( nMax && n>nMax ) n = nMax;
    *paPair = a; *pnPair = n;
    return BRINK_OK;
  }
  sqlite3 *db = brinkStoreDb(p);
  sqlite3_stmt *q = 0;
  /* the end of the range: --to, or the last event */
  int rc = sqlite3_prepare_v2(db, "SELECT coalesce(?1, max(date)) FROM events", -1, &q, 0);
  if( rc!=SQLITE_OK ) return brinkStoreDbError(p, rc, "ranking pairs");
  if( zTo ) sqlite3_bind_text(q, 1, zTo, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(q);
  const char *zEnd = rc==SQLITE_ROW ? (const char*)sqlite3_column_text(q, 0) : 0;
  if( !zEnd || brink_date_parse(zEnd, &iEnd) ){ sqlite3_finalize(q); return BRINK_OK; }   /* no events */
  sqlite3_finalize(q);
  char zR0[11], zR1[11];
  brink_date_format(iEnd - 30, zR0);    /* recent: (end-30, end] */
  brink_date_format(iEnd - 60, zR1);    /* prior:  (end-60, end-30] */
  int bDir = t ? t->bDirected : 1, bActor = t ? t->bActor : 0;
  const char *zA = bActor ? "e.source" : "e.source_country";
  const char *zB = bActor ? "e.target" : "e.target_country";
  char zSql[1400];
  snprintf(zSql, sizeof zSql,
    "SELECT a, b, count(*), sum(q>=3), sum(d>?1), sum(d<=?1 AND d>?2) FROM ("
    " SELECT %s AS a, %s AS b, e.date AS d, max(e.quad) AS q FROM events e"
    " WHERE e.negated=0 AND %s<>'' AND %s<>'' AND %s<>%s%s%s"
    " GROUP BY e.date, e.source, e.target, e.code) GROUP BY a, b",
    zA, zB, zA, zB, zA, zB, zFrom ? " AND e.date>=?3" : "", zTo ? " AND e.date<=?4" : "");
  if( !bDir ){
    /* min(x, y) and max(x, y) as scalar functions */
    snprintf(zSql, sizeof zSql,
      "SELECT a, b, count(*), sum(q>=3), sum(d>?1), sum(d<=?1 AND d>?2) FROM ("
      " SELECT min(%s, %s) AS a, max(%s, %s) AS b, e.date AS d, max(e.quad) AS q FROM events e"
      " WHERE e.negated=0 AND %s<>'' AND %s<>'' AND %s<>%s%s%s"
      " GROUP BY e.date, e.source, e.target, e.code) GROUP BY a, b",
      zA, zB, zA, zB, zA, zB, zA, zB, zFrom ? " AND e.date>=?3" : "", zTo ? " AND e.date<=?4" : "");
  }
  rc = sqlite3_prepare_v2(db, zSql, -1, &q, 0);
  if( rc!=SQLITE_OK ) return brinkStoreDbError(p, rc, "ranking pairs");
  sqlite3_bind_text(q, 1, zR0, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(q, 2, zR1, -1, SQLITE_TRANSIENT);
  if( zFrom ) sqlite3_bind_text(q, 3, zFrom, -1, SQLITE_TRANSIENT);
  if( zTo ) sqlite3_bind_text(q, 4, zTo, -1, SQLITE_TRANSIENT);
  brink_trend_pair *a = 0;
  size_t n = 0, nAlloc = 0;
  while( (rc = sqlite3_step(q))==SQLITE_ROW ){
    if( n==nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 256;
      brink_trend_pair *aNew = realloc(a, nAlloc*sizeof *aNew);
      if( !aNew ){ free(a); sqlite3_finalize(q); return brinkStoreError(p, BRINK_ENOMEM, "out of memory"); }
      a = aNew;
    }
    brink_trend_pair *r = &a[n++];
    memset(r, 0, sizeof *r);
    snprintf(r->zA, sizeof r->zA, "%s", (const char*)sqlite3_column_text(q, 0));
    snprintf(r->zB, sizeof r->zB, "%s", (const char*)sqlite3_column_text(q, 1));
    r->nEvent = sqlite3_column_int64(q, 2);
    r->nConflict = sqlite3_column_int64(q, 3);
    r->nRecent = sqlite3_column_int64(q, 4);
    r->nPrior = sqlite3_column_int64(q, 5);
    r->rChange = log2(((double)r->nRecent + 1.0)/((double)r->nPrior + 1.0));
  }
  sqlite3_finalize(q);
  if( rc!=SQLITE_DONE ){ free(a); return brinkStoreDbError(p, rc, "ranking pairs"); }
  if( n ) qsort(a, n, sizeof *a, eRank==BRINK_RANK_CHANGE ? cmpChange : cmpActivity);
  if( nMax && n>nMax ) n = nMax;
  *paPair = a; *pnPair = n;
  return BRINK_OK;
}
