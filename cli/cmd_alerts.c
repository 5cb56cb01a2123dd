/*
** cmd_alerts.c — `brink alerts`: the stored escalation alerts, strongest
** first, each with the five events that drove it (evidence sentence and
** story ids); `--explain ID` shows the daily series around one alert.
**
** Alerts are brought up to date first (brink_alert_update: only pairs with
** events from runs not yet scored), so a store ingested by an older brink
** or with --no-alerts still answers.  The library does the work.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char zUsage[] =
"usage: brink alerts --db FILE [--since DATE] [--min-score S] [--limit N]\n"
"       brink alerts --db FILE --explain ID\n"
"\n"
"Escalation alerts, strongest first: the directed country pair, the start\n"
"(where the score began to rise), the day it fired, its peak score, its\n"
"direction (escalation, de-escalation or mixed) and the five events that\n"
"drove it, with their evidence sentences and story ids.  The score and its\n"
"parameters are described in docs/ESCALATION.md.\n"
"\n"
"  --since DATE         alerts that started on or after DATE\n"
"  --min-score S        alerts whose peak score is at least S (default: all)\n"
"  --limit N            at most N alerts (default 20)\n"
"  --explain ID         the daily series around alert ID\n"
"  -h, --help           this help\n";

static void printEvents(brink_store *pStore, int64_t iId){
  brink_alert_event *aEv = 0;
  size_t nEv = 0;
  if( brink_alert_events(pStore, iId, &aEv, &nEv)!=BRINK_OK ){
    fprintf(stderr, "brink alerts: %s\n", brink_store_errmsg(pStore));
    return;
  }
  for(size_t i=0; i<nEv; i++){
    const brink_alert_event *e = &aEv[i];
    printf("    %s %s -> %s %s %s (Goldstein %.1f, %d source%s, weight %.2f)\n", e->zDate, e->zSource, e->zTarget,
           e->zCode, e->zCameoName, e->rGoldstein, e->nSource, e->nSource==1 ? "" : "s", e->rWeight);
    printf("      \"%.300s\"\n      stories %s%s%s\n", e->zEvidence, e->zStoryIds, e->zUrl[0] ? " " : "", e->zUrl);
  }
  brink_trend_free(aEv);
}

static int explain(brink_store *pStore, int64_t iId, const char *zDb){
  brink_alert a;
  int rc = brink_alert_get(pStore, iId, &a);
  if( rc==BRINK_EOF ){ fprintf(stderr, "brink alerts: no alert %lld in %s\n", (long long)iId, zDb); return 1; }
  if( rc ){ fprintf(stderr, "brink alerts: %s\n", brink_store_errmsg(pStore)); return 1; }
  printf("alert %lld: %s -> %s %s, started %s, fired %s, peak %.2f on %s, %s%s; %d events\n",
         (long long)a.iId, a.zSrc, a.zTgt, brink_dir_name(a.eDir), a.zStart, a.zFired, a.rScore, a.zPeak,
         a.zEnd[0] ? "ended " : "still open", a.zEnd, a.nEvent);
  int32_t iS, iE;
  brink_date_parse(a.zStart, &iS);
  if( !a.zEnd[0] || brink_date_parse(a.zEnd, &iE) ) brink_date_parse(a.zPeak, &iE);
  char zFrom[11], zTo[11];
  brink_date_format(iS - 21, zFrom);
  brink_date_format(iE + 7, zTo);
  brink_trend_query t;
  memset(&t, 0, sizeof t);
  t.zA = a.zSrc; t.zB = a.zTgt; t.bDirected = 1; t.zFrom = zFrom; t.zTo = zTo;
  brink_trend_point *aPt = 0;
  size_t nPt = 0;
  if( brink_trend_series(pStore, &t, 0, &aPt, &nPt)!=BRINK_OK ){
    fprintf(stderr, "brink alerts: %s\n", brink_store_errmsg(pStore));
    return 1;
  }
  brink_alert_params P;
  brink_alert_params_default(&P);
  printf("\n%-10s %4s %4s %4s %4s %8s %8s %8s %8s  %s\n", "day", "vc", "mc", "vf", "mf", "conflict", "coop",
         "esc", "coop-up", "");
  for(size_t i=0; i<nPt; i++){
    const brink_trend_point *p = &aPt[i];
    char zD[11];
    brink_date_format(p->iDay, zD);
    int nBar = (int)(p->rEsc/P.rThreshold*10 + 0.5);
    char zBar[48];
    int k = 0;
    for(; k<nBar && k<40; k++) zBar[k] = '#';
    zBar[k] = 0;
    printf("%-10s %4d %4d %4d %4d %8.2f %8.2f %8.2f %8.2f  %-12s%s%s\n", zD, p->anQuad[1], p->anQuad[2],
           p->anQuad[3], p->anQuad[4], p->rConflict, p->rCoop, p->rEsc, p->rCoopUp, zBar,
           strcmp(zD, a.zStart)==0 ? " <- start" : "", strcmp(zD, a.zFired)==0 ? " <- fired" : "");
  }
  printf("\n(threshold %.1f = 10 #; vc/mc verbal/material cooperation, vf/mf verbal/material conflict)\n\n"
         "the events that drove it:\n", P.rThreshold);
  printEvents(pStore, a.iId);
  brink_trend_free(aPt);
  return 0;
}

int cmd_alerts(int argc, char **argv){
  const char *zDb = 0, *zSince = 0;
  double rMin = 0;
  long nLimit = 20;
  int64_t iExplain = 0;
  for(int i=1; i<argc; i++){
    const char *v;
    char *zEnd;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--since", 0))!=0 ) zSince = v;
    else if( (v = cli_opt(argc, argv, &i, "--min-score", 0))!=0 ){
      if( cli_number("brink alerts", "--min-score", v, &rMin) ) return 1;
    }
    else if( (v = cli_opt(argc, argv, &i, "--limit", 0))!=0 ){
      nLimit = strtol(v, &zEnd, 10);
      if( !*v || *zEnd || nLimit<1 ){ fprintf(stderr, "brink alerts: --limit wants a positive number\n"); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--explain", 0))!=0 ){
      errno = 0;
      iExplain = strtoll(v, &zEnd, 10);
      if( !*v || *zEnd || iExplain<1 || errno==ERANGE ){ fprintf(stderr, "brink alerts: --explain wants an alert id\n"); return 1; }
    }
    else { fprintf(stderr, "brink alerts: unknown option '%s' (see brink alerts --help)\n", argv[i]); return 1; }
  }
  brink_store *pStore = 0;
  if( cli_store_open("brink alerts", zDb, BRINK_STORE_NOCREATE, &pStore) ) return 1;
  brink_alert_stats st;
  if( brink_alert_update(pStore, 0, &st)!=BRINK_OK ){
    fprintf(stderr, "brink alerts: %s\n", brink_store_errmsg(pStore));
    brink_store_close(pStore);
    return 1;
  }
  int rc = 0;
  if( iExplain ){
    rc = explain(pStore, iExplain, zDb);
    brink_store_close(pStore);
    return rc;
  }
  brink_alert *a = 0;
  size_t n = 0;
  if( brink_alert_list(pStore, zSince, rMin, (size_t)nLimit, &a, &n)!=BRINK_OK ){
    fprintf(stderr, "brink alerts: %s\n", brink_store_errmsg(pStore));
    brink_store_close(pStore);
    return 1;
  }
  if( n==0 ) printf("no alerts%s\n", zSince || rMin>0 ? " matching" : "");
  for(size_t i=0; i<n; i++){
    printf("#%lld %s -> %s  %-13s start %s  fired %s  score %6.2f  %d events%s\n", (long long)a[i].iId, a[i].zSrc,
           a[i].zTgt, brink_dir_name(a[i].eDir), a[i].zStart, a[i].zFired, a[i].rScore, a[i].nEvent,
           a[i].zEnd[0] ? "" : "  (open)");
    printEvents(pStore, a[i].iId);
  }
  brink_trend_free(a);
  brink_store_close(pStore);
  return rc;
}
