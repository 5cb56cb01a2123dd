/*
** test_trend.c — unit tests for the escalation watch (src/alert.c,
** src/trend.c, src/svg.c) through the public API: the event weight, the
** detector on hand-made daily series, the stored alerts (incremental
** update equals a full rescoring), series periods and the SVG chart.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "brink.h"

/* ---- The detector ------------------------------------------------------------ */

static brink_score_day *series(size_t n){
  brink_score_day *a = calloc(n, sizeof *a);
  assert_non_null(a);
  for(size_t i=0; i<n; i++) a[i].iDay = 18000 + (int32_t)i;
  return a;
}
static void addConflict(brink_score_day *d, int n, double rGold, int nSrc){
  for(int i=0; i<n; i++) brink_score_add(d, 4, rGold, nSrc);
}
static void addCoop(brink_score_day *d, int n, double rGold){
  for(int i=0; i<n; i++) brink_score_add(d, 1, rGold, 1);
}
static int nFired(const brink_score_day *a, size_t n, int eDir){
  int k = 0;
  for(size_t i=0; i<n; i++) if( a[i].bFired && (eDir<0 || a[i].eDir==eDir) ) k++;
  return k;
}

static void test_weight(void **state){
  (void)state;
  /* severity grows with |Goldstein|, clamped; corroboration grows with sources, capped */
  assert_true(brink_event_weight(-10, 1) > brink_event_weight(-4.4, 1));
  assert_true(brink_event_weight(-7.2, 3) > brink_event_weight(-7.2, 1));
  assert_true(brink_event_weight(-0.1, 1) > 0.39 && brink_event_weight(-0.1, 1) < 0.41);
  assert_true(brink_event_weight(-10, 1000) <= 4.0 + 1e-9);
  assert_true(brink_event_weight(-10, 1) == brink_event_weight(10, 1));
}

static void test_single_report_never_fires(void **state){
  (void)state;
  brink_score_day *a = series(120);
  /* one severe, well corroborated event, and later two on one day */
  addConflict(&a[60], 1, -10, 50);
  addConflict(&a[90], 2, -10, 50);
  assert_int_equal(brink_escalation_run(0, a, 120), BRINK_OK);
  assert_int_equal(nFired(a, 120, -1), 0);
  assert_true(a[60].rEsc > 0);    /* it moves the score, but not to an alert */
  free(a);
}

static void test_sustained_rise_fires(void **state){
  (void)state;
  brink_score_day *a = series(150);
  for(int t=0; t<150; t++){
    addConflict(&a[t], t>=100 ? 9 : 3, -5, 1);     /* 3 a day, then 9 */
    addCoop(&a[t], 3, 3.4);
  }
  assert_int_equal(brink_escalation_run(0, a, 150), BRINK_OK);
  int iFire = -1;
  for(int t=0; t<150; t++) if( a[t].bFired ){ iFire = t; break; }
  assert_true(iFire>=100 && iFire<=102);
  assert_int_equal(a[iFire].eDir, BRINK_DIR_ESCALATION);
  assert_int_equal(a[iFire].iStart, a[100].iDay);   /* the change point */
  free(a);
}

/* Corroboration is what fires on a quiet pair: the seed story's shape (a
** calm cooperation baseline, then three severe conflict events in a day). */
static void test_corroboration_on_quiet_pair(void **state){
  (void)state;
  for(int k=0; k<2; k++){
    brink_score_day *a = series(60);
    for(int t=0; t<50; t++) addCoop(&a[t], 1 + t%2, 4);
    addConflict(&a[50], 1, -7.2, k ? 2 : 1);
    addConflict(&a[50], 1, -7.2, k ? 2 : 1);
    addConflict(&a[50], 1, -7.2, 1);
    assert_int_equal(brink_escalation_run(0, a, 60), BRINK_OK);
    assert_true(a[50].rEsc > 0);
    assert_int_equal(nFired(a, 60, -1), k);            /* one source: none; other outlets: an alert */
    if( k ){
      assert_int_equal(a[50].bFired, 1);
      assert_int_equal(a[50].eDir, BRINK_DIR_ESCALATION);
    }
    free(a);
  }
}

/* On a busy pair a press pile-on (every event told by 8 sources, half
** again as many events coded, for two days) is not a rise: the count
** decides there, not the corroboration. */
static void test_pileon_on_busy_pair(void **state){
  (void)state;
  brink_score_day *a = series(80);
  for(int t=0; t<80; t++){
    int bPile = t==60 || t==61;
    addConflict(&a[t], bPile ? 6 : 4, -5, bPile ? 8 : 1);
    for(int i=0; i<(bPile ? 9 : 6); i++) brink_score_add(&a[t], 1, 3.4, bPile ? 8 : 1);
  }
  assert_int_equal(brink_escalation_run(0, a, 80), BRINK_OK);
  assert_int_equal(nFired(a, 80, -1), 0);
  free(a);
}

static void test_directions(void **state){
  (void)state;
  /* cooperation up, conflict steady: de-escalation */
  brink_score_day *a = series(150);
  for(int t=0; t<150; t++){ addConflict(&a[t], 2, -5, 1); addCoop(&a[t], t>=100 ? 12 : 3, 4); }
  assert_int_equal(brink_escalation_run(0, a, 150), BRINK_OK);
  assert_true(nFired(a, 150, BRINK_DIR_DEESCALATION)>=1);
  assert_int_equal(nFired(a, 150, BRINK_DIR_ESCALATION), 0);
  free(a);
  /* both up at once, conflict more (its share rises): mixed */
  a = series(150);
  for(int t=0; t<150; t++){ addConflict(&a[t], t>=100 ? 12 : 2, -5, 1); addCoop(&a[t], t>=100 ? 9 : 3, 4); }
  assert_int_equal(brink_escalation_run(0, a, 150), BRINK_OK);
  assert_true(nFired(a, 150, BRINK_DIR_MIXED)>=1);
  assert_int_equal(nFired(a, 150, BRINK_DIR_DEESCALATION), 0);
  free(a);
  assert_string_equal(brink_dir_name(BRINK_DIR_MIXED), "mixed");
  assert_string_equal(brink_dir_name(BRINK_DIR_DEESCALATION), "de-escalation");
}

/* The share gate: on a busy pair (10 conflict and 15 cooperation events a
** day), two days on which both sides triple are news volume, not an
** escalation, however high the conflict score; two days on which conflict
** alone triples are one. */
static void test_volume_on_busy_pair(void **state){
  (void)state;
  for(int bCoopToo=0; bCoopToo<2; bCoopToo++){
    brink_score_day *a = series(80);
    for(int t=0; t<80; t++){
      int bHot = t==60 || t==61;
      addConflict(&a[t], bHot ? 30 : 10, -5, 1);
      addCoop(&a[t], bHot && bCoopToo ? 45 : 15, 3.4);
    }
    assert_int_equal(brink_escalation_run(0, a, 80), BRINK_OK);
    if( bCoopToo ){
      assert_true(a[61].rEsc >= 5.5);              /* the score alone would fire */
      assert_true(a[61].rCoopUp > 0);              /* a mixed signal */
      assert_int_equal(nFired(a, 80, -1), 0);
    }else{
      assert_int_equal(nFired(a, 80, -1), 1);
      assert_true(a[60].bFired || a[61].bFired);
      assert_int_equal(a[60].bFired ? a[60].eDir : a[61].eDir, BRINK_DIR_ESCALATION);
    }
    free(a);
  }
}

static void test_bad_input(void **state){
  (void)state;
  brink_score_day *a = series(10);
  a[5].iDay += 3;
  assert_int_equal(brink_escalation_run(0, a, 10), BRINK_EINVAL);
  brink_alert_params P;
  brink_alert_params_default(&P);
  P.nBaseline = 1000;
  a[5].iDay -= 3;
  assert_int_equal(brink_escalation_run(&P, a, 10), BRINK_EINVAL);
  free(a);
}

/* ---- The store ------------------------------------------------------------------ */

#include "tmpdb.h"
#include <sqlite3.h>

/* One story a day from day i0 to i1, with nConf conflict and nCoop cooperation events A -> B. */
static void putDays(brink_store *p, const char *zA, const char *zB, int i0, int i1, int nConf, int nCoop,
                    const char *zTag){
  for(int d=i0; d<=i1; d++){
    char zDate[11], zId[64], zText[200];
    brink_date_format(18700 + d, zDate);
    snprintf(zId, sizeof zId, "%s-%s-%s-%d", zTag, zA, zB, d);
    snprintf(zText, sizeof zText, "Story %s number %d about %s and %s.", zTag, d, zA, zB);
    brink_story s;
    memset(&s, 0, sizeof s);
    s.zId = zId; s.zDate = zDate; s.zSource = "test"; s.zText = zText; s.nText = strlen(zText);
    brink_event aEv[32];
    char azCode[32][8];
    int n = 0;
    for(int k=0; k<nConf+nCoop && n<32; k++, n++){
      brink_event *e = &aEv[n];
      memset(e, 0, sizeof *e);
      snprintf(azCode[n], sizeof azCode[n], k<nConf ? "17%d" : "04%d", k%10);
      e->zStoryId = zId; e->zDate = zDate; e->zSource = zA; e->zTarget = zB;
      e->zSourceText = zA; e->zTargetText = zB;
      e->zCode = azCode[n]; e->zRoot = k<nConf ? "17" : "04";
      e->iQuad = k<nConf ? 4 : 1; e->rGoldstein = k<nConf ? -7.0 : 1.0;
      e->zPlover = ""; e->zPloverMode = ""; e->zEvidence = zText; e->nMention = 1;
    }
    brink_store_item *it = brink_store_item_new(&s, aEv, (size_t)n);
    assert_non_null(it);
    assert_int_equal(brink_store_put(p, it, 0, 0), BRINK_OK);
    brink_store_item_free(it);
  }
  assert_int_equal(brink_store_commit(p), BRINK_OK);
}

static void alertsOf(brink_store *p, char *z, size_t n){
  brink_alert *a = 0;
  size_t nA = 0;
  assert_int_equal(brink_alert_list(p, 0, 0, 0, &a, &nA), BRINK_OK);
  z[0] = 0;
  for(size_t i=0; i<nA; i++){
    size_t m = strlen(z);
    snprintf(z+m, n-m, "%s>%s %d %s %s %.4f %d|", a[i].zSrc, a[i].zTgt, a[i].eDir, a[i].zStart, a[i].zFired,
             a[i].rScore, a[i].nEvent);
  }
  brink_trend_free(a);
}

/* The stored per-day state of every pair (scores and joint CUSUMs, to 6
** places), from a raw connection; *pJ gets the largest joint CUSUM. */
static void rowsOf(const char *zDb, char *z, size_t n, double *pJ){
  sqlite3 *db = 0;
  sqlite3_stmt *q = 0;
  assert_int_equal(sqlite3_open(zDb, &db), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT src, tgt, day, s_esc, s_coop, j_esc, j_coop, dir"
                                      " FROM escalation_days ORDER BY src, tgt, day", -1, &q, 0), SQLITE_OK);
  z[0] = 0;
  *pJ = 0;
  while( sqlite3_step(q)==SQLITE_ROW ){
    size_t m = strlen(z);
    double jE = sqlite3_column_double(q, 5), jC = sqlite3_column_double(q, 6);
    if( jE>*pJ ) *pJ = jE;
    if( jC>*pJ ) *pJ = jC;
    snprintf(z+m, n-m, "%s>%s %d %.6f %.6f %.6f %.6f %d|", (const char*)sqlite3_column_text(q, 0),
             (const char*)sqlite3_column_text(q, 1), sqlite3_column_int(q, 2), sqlite3_column_double(q, 3),
             sqlite3_column_double(q, 4), jE, jC, sqlite3_column_int(q, 7));
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
}

static void test_incremental_equals_full(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = 0;
  assert_int_equal(brink_store_open(t.zDb, BRINK_STORE_CREATE, &p, 0), BRINK_OK);
  assert_int_equal(brink_store_run_begin(p, 0, "test", 0, "ingest", 0), BRINK_OK);
  putDays(p, "AAA", "BBB", 0, 59, 1, 2, "calm");
  putDays(p, "CCC", "DDD", 0, 59, 0, 2, "calm");
  assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  brink_alert_stats st;
  assert_int_equal(brink_alert_update(p, 0, &st), BRINK_OK);
  assert_int_equal(st.bFull, 1);
  /* a second ingest run: AAA -> BBB escalates */
  assert_int_equal(brink_store_run_begin(p, 0, "test", 0, "ingest", 0), BRINK_OK);
  putDays(p, "AAA", "BBB", 60, 66, 6, 2, "hot");
  assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  assert_int_equal(brink_alert_update(p, 0, &st), BRINK_OK);
  assert_int_equal(st.bFull, 0);
  assert_int_equal(st.nPair, 1);                        /* only the touched pair */
  char zInc[2048], zFull[2048];
  alertsOf(p, zInc, sizeof zInc);
  assert_non_null(strstr(zInc, "AAA>BBB 1 "));
  /* the events behind it */
  brink_alert *a = 0;
  size_t nA = 0;
  assert_int_equal(brink_alert_list(p, 0, 0, 1, &a, &nA), BRINK_OK);
  assert_int_equal(nA, 1);
  brink_alert_event *aEv = 0;
  size_t nEv = 0;
  assert_int_equal(brink_alert_events(p, a[0].iId, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 5);
  assert_int_equal(aEv[0].iQuad, 4);
  assert_non_null(strstr(aEv[0].zStoryIds, "hot-AAA-BBB"));
  brink_alert one;
  assert_int_equal(brink_alert_get(p, a[0].iId, &one), BRINK_OK);
  assert_int_equal(brink_alert_get(p, 99999, &one), BRINK_EOF);
  brink_trend_free(aEv);
  brink_trend_free(a);
  /* a third run resumes the pair inside its CUSUM run, where the share
  ** gate sums the run's days from the stored rows: both sides up */
  assert_int_equal(brink_store_run_begin(p, 0, "test", 0, "ingest", 0), BRINK_OK);
  putDays(p, "AAA", "BBB", 67, 70, 6, 9, "busy");
  assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  assert_int_equal(brink_alert_update(p, 0, &st), BRINK_OK);
  assert_int_equal(st.bFull, 0);
  alertsOf(p, zInc, sizeof zInc);
  /* a full rescoring gives the same alerts, and the same stored state
  ** day by day, the joint CUSUMs included */
  brink_store_close(p);
  static char zRowsInc[65536], zRowsFull[65536];
  double rJ;
  rowsOf(t.zDb, zRowsInc, sizeof zRowsInc, &rJ);
  assert_true(rJ>0);                                     /* the share is informed: J ran */
  {
    char zCmd[300];
    snprintf(zCmd, sizeof zCmd, "sqlite3 '%s' \"DELETE FROM meta WHERE key='alerts_run'\" 2>/dev/null", t.zDb);
    if( system(zCmd)!=0 ){ tmpFree(&t); skip(); }
  }
  assert_int_equal(brink_store_open(t.zDb, BRINK_STORE_NOCREATE, &p, 0), BRINK_OK);
  assert_int_equal(brink_alert_update(p, 0, &st), BRINK_OK);
  assert_int_equal(st.bFull, 1);
  alertsOf(p, zFull, sizeof zFull);
  assert_string_equal(zInc, zFull);
  brink_store_close(p);
  rowsOf(t.zDb, zRowsFull, sizeof zRowsFull, &rJ);
  assert_string_equal(zRowsInc, zRowsFull);
  tmpFree(&t);
}

static void test_series_and_chart(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = 0;
  assert_int_equal(brink_store_open(t.zDb, BRINK_STORE_CREATE, &p, 0), BRINK_OK);
  putDays(p, "AAA", "BBB", 0, 13, 1, 2, "s");
  putDays(p, "BBB", "AAA", 0, 13, 0, 1, "r");
  brink_trend_query q;
  memset(&q, 0, sizeof q);
  q.zA = "AAA"; q.zB = "BBB"; q.eBy = BRINK_BY_DAY; q.bDirected = 1;
  brink_trend_point *aPt = 0;
  size_t nPt = 0;
  assert_int_equal(brink_trend_series(p, &q, 0, &aPt, &nPt), BRINK_OK);
  assert_int_equal(nPt, 14);
  assert_int_equal(aPt[0].nEvent, 3);
  assert_int_equal(aPt[0].anQuad[4], 1);
  assert_int_equal(aPt[0].anQuad[1], 2);
  assert_int_equal(aPt[0].nSource, 1);
  assert_true(aPt[0].rMaterialShare > 0.33 && aPt[0].rMaterialShare < 0.34);
  brink_trend_free(aPt);
  q.bDirected = 0; q.eBy = BRINK_BY_WEEK;
  assert_int_equal(brink_trend_series(p, &q, 0, &aPt, &nPt), BRINK_OK);
  int nTotal = 0, nSrc = 0;
  for(size_t i=0; i<nPt; i++){ nTotal += aPt[i].nEvent; nSrc += aPt[i].nSource; }
  assert_int_equal(nTotal, 14*4);
  assert_int_equal(nSrc, 28);                    /* two stories a day */
  brink_chart c;
  memset(&c, 0, sizeof c);
  c.zTitle = "AAA & BBB <test>"; c.aPt = aPt; c.nPt = nPt; c.eBy = BRINK_BY_WEEK; c.rThreshold = 5.5;
  brink_buf b = { 0, 0, 0 };
  assert_int_equal(brink_chart_svg(&c, &b), BRINK_OK);
  assert_non_null(strstr(b.z, "<svg"));
  assert_non_null(strstr(b.z, "AAA &amp; BBB &lt;test&gt;"));
  assert_non_null(strstr(b.z, "escalation score"));
  assert_non_null(strstr(b.z, "</svg>"));
  brink_buf_free(&b);
  brink_trend_free(aPt);
  /* ranking */
  brink_trend_pair *aP = 0;
  size_t nP = 0;
  q.bDirected = 1;
  assert_int_equal(brink_trend_pairs(p, &q, BRINK_RANK_ACTIVITY, 10, &aP, &nP), BRINK_OK);
  assert_int_equal(nP, 2);
  assert_string_equal(aP[0].zA, "AAA");
  assert_int_equal(aP[0].nEvent, 42);
  brink_trend_free(aP);
  /* a report renders */
  brink_report_opts o;
  memset(&o, 0, sizeof o);
  o.zA = "AAA"; o.zB = "BBB";
  assert_int_equal(brink_alert_update(p, 0, 0), BRINK_OK);
  assert_int_equal(brink_report_html(p, &o, &b), BRINK_OK);
  assert_non_null(strstr(b.z, "<!DOCTYPE html>"));
  brink_buf_free(&b);
  brink_store_close(p);
  tmpFree(&t);
}

/* Pairs ranked by score read the peaks the alert update stored: the pair
** that fired comes first with its alert counted, a steady pair after it,
** a range before the rise holds no alert, and actor level is refused. */
static void test_rank_by_score(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = 0;
  assert_int_equal(brink_store_open(t.zDb, BRINK_STORE_CREATE, &p, 0), BRINK_OK);
  putDays(p, "AAA", "BBB", 0, 39, 1, 1, "calm");
  putDays(p, "AAA", "BBB", 40, 45, 6, 1, "rise");
  putDays(p, "CCC", "DDD", 0, 45, 1, 1, "flat");
  assert_int_equal(brink_alert_update(p, 0, 0), BRINK_OK);
  brink_trend_query q;
  memset(&q, 0, sizeof q);
  brink_trend_pair *aP = 0;
  size_t nP = 0;
  assert_int_equal(brink_trend_pairs(p, &q, BRINK_RANK_SCORE, 10, &aP, &nP), BRINK_OK);
  assert_int_equal(nP, 2);
  assert_string_equal(aP[0].zA, "AAA");
  assert_string_equal(aP[0].zB, "BBB");
  assert_int_equal(aP[0].nAlert, 1);
  assert_true(aP[0].rPeakEsc >= 5.5);
  char zRise[11];
  brink_date_format(18700 + 40, zRise);
  assert_true(strcmp(aP[0].zPeakEsc, zRise) >= 0);
  assert_string_equal(aP[1].zA, "CCC");
  assert_int_equal(aP[1].nAlert, 0);
  assert_true(aP[1].rPeakEsc < 5.5);
  assert_true(aP[1].nEvent > 0);
  brink_trend_free(aP);
  char zTo[11];
  brink_date_format(18700 + 39, zTo);
  q.zTo = zTo;
  assert_int_equal(brink_trend_pairs(p, &q, BRINK_RANK_SCORE, 10, &aP, &nP), BRINK_OK);
  assert_int_equal(nP, 2);
  assert_int_equal(aP[0].nAlert + aP[1].nAlert, 0);
  brink_trend_free(aP);
  q.zTo = 0; q.bActor = 1;
  assert_int_equal(brink_trend_pairs(p, &q, BRINK_RANK_SCORE, 10, &aP, &nP), BRINK_EINVAL);
  brink_store_close(p);
  tmpFree(&t);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_weight),
    cmocka_unit_test(test_single_report_never_fires),
    cmocka_unit_test(test_sustained_rise_fires),
    cmocka_unit_test(test_corroboration_on_quiet_pair),
    cmocka_unit_test(test_pileon_on_busy_pair),
    cmocka_unit_test(test_directions),
    cmocka_unit_test(test_volume_on_busy_pair),
    cmocka_unit_test(test_bad_input),
    cmocka_unit_test(test_incremental_equals_full),
    cmocka_unit_test(test_series_and_chart),
    cmocka_unit_test(test_rank_by_score),
  };
  return cmocka_run_group_tests(aTest, 0, 0);
}
