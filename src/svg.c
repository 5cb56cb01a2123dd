/*
** svg.c — pictures of the escalation watch: an SVG chart of a pair's series
** and a self-contained HTML report (brink.h, "Pictures").
**
** The chart is hand-written SVG 1.1: two panels sharing a date axis, the
** weighted conflict and cooperation lines above, the two CUSUM scores with
** the alert threshold below, alert markers across both, a legend and a
** title.  The report inlines these charts and its CSS; it loads nothing.
**
** What does not live here: computing series (trend.c) or alerts (alert.c),
** writing files (the CLI).
*/
#include "brink.h"
#include "buf.h"
#include "store.h"
#include "escalation.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- A growing buffer with a sticky out-of-memory flag ----------------------------- */

typedef struct Out { brink_buf *b; int bOom; } Out;

static void put(Out *o, const char *z, size_t n){
  if( !o->bOom && !brinkBufAppend(o->b, z, n) ) o->bOom = 1;
}
static void puts_(Out *o, const char *z){ put(o, z, strlen(z)); }
static void fmt(Out *o, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));
static void fmt(Out *o, const char *zFmt, ...){
  if( o->bOom ) return;
  va_list ap;
  va_start(ap, zFmt);
  if( !brinkBufVFmt(o->b, zFmt, ap) ) o->bOom = 1;
  va_end(ap);
}
/* Text escaped for XML/HTML. */
static void esc(Out *o, const char *z){
  for(; z && *z; z++){
    switch( *z ){
      case '<': puts_(o, "&lt;"); break;
      case '>': puts_(o, "&gt;"); break;
      case '&': puts_(o, "&amp;"); break;
      case '"': puts_(o, "&quot;"); break;
      default: put(o, z, 1);
    }
  }
}

/* ---- Chart ---------------------------------------------------------------------------- */

/* A "nice" axis maximum and step: 1, 2 or 5 times a power of ten. */
static double niceStep(double rMax, int nTick){
  if( !(rMax>0) ) return 1;
  double rRaw = rMax/nTick, rPow = pow(10, floor(log10(rRaw)));
  double r = rRaw/rPow;
  return (r<=1 ? 1 : r<=2 ? 2 : r<=5 ? 5 : 10)*rPow;
}

int brink_chart_svg(const brink_chart *c, brink_buf *pOut){
  Out o = { pOut, 0 };
  int W = c->nWidth>0 ? c->nWidth : 900, H = c->nHeight>0 ? c->nHeight : 420;
  double x0 = 64, x1 = W - 44, yTop0 = 78, yTop1 = H*0.60, yBot0 = H*0.60 + 26, yBot1 = H - 48;
  size_t n = c->nPt;
  int32_t iD0 = n ? c->aPt[0].iDay : 0, iD1 = n ? c->aPt[n-1].iDay : 1;
  if( iD1<=iD0 ) iD1 = iD0 + 1;
  double rMaxI = 0, rMaxS = c->rThreshold;
  for(size_t i=0; i<n; i++){
    if( c->aPt[i].rConflict>rMaxI ) rMaxI = c->aPt[i].rConflict;
    if( c->aPt[i].rCoop>rMaxI ) rMaxI = c->aPt[i].rCoop;
    if( c->aPt[i].rEsc>rMaxS ) rMaxS = c->aPt[i].rEsc;
    if( c->aPt[i].rCoopUp>rMaxS ) rMaxS = c->aPt[i].rCoopUp;
  }
  double rStepI = niceStep(rMaxI>0 ? rMaxI : 1, 4), rStepS = niceStep(rMaxS>0 ? rMaxS : 1, 3);
  double rTopI = ceil((rMaxI>0 ? rMaxI : 1)/rStepI)*rStepI, rTopS = ceil((rMaxS>0 ? rMaxS : 1)/rStepS)*rStepS;
#define XOF(d) (x0 + (x1-x0)*((double)((d)-iD0))/(double)(iD1-iD0))
#define YI(v) (yTop1 - (yTop1-yTop0)*(v)/rTopI)
#define YS(v) (yBot1 - (yBot1-yBot0)*(v)/rTopS)
  fmt(&o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
          " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n", W, H, W, H);
  fmt(&o, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", W, H);
  puts_(&o, "<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">");
  esc(&o, c->zTitle ? c->zTitle : "brink trend");
  puts_(&o, "</text>\n");
  /* grids and y axes */
  for(double v=0; v<=rTopI+1e-9; v+=rStepI){
    fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%g</text>\n",
        x0, YI(v), x1, YI(v), x0-6, YI(v)+4, v);
  }
  for(double v=0; v<=rTopS+1e-9; v+=rStepS){
    fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%g</text>\n",
        x0, YS(v), x1, YS(v), x0-6, YS(v)+4, v);
  }
  fmt(&o, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\" fill=\"#444\">weighted events</text>\n",
      (yTop0+yTop1)/2);
  fmt(&o, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\" fill=\"#444\">score</text>\n",
      (yBot0+yBot1)/2);
  fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>\n", x0, yTop1, x1, yTop1);
  fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>\n", x0, yBot1, x1, yBot1);
  /* date axis: about seven ticks on period starts */
  int nTick = 7;
  for(int k=0; k<=nTick && n; k++){
    size_t i = (size_t)((double)(n-1)*k/nTick + 0.5);
    char zD[11];
    brink_date_format(c->aPt[i].iDay, zD);
    if( c->eBy==BRINK_BY_MONTH ) zD[7] = 0;
    double x = XOF(c->aPt[i].iDay);
    fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>"
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#444\">%s</text>\n",
        x, yBot1, x, yBot1+5, x, yBot1+19, zD);
  }
  fmt(&o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#666\">date (%s)</text>\n",
      (x0+x1)/2, (double)H-8, c->eBy==BRINK_BY_MONTH ? "by month" : c->eBy==BRINK_BY_WEEK ? "by week, Mondays" : "by day");
  /* threshold */
  if( c->rThreshold>0 ){
    fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b00\" stroke-dasharray=\"5 4\"/>"
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#b00\">alert threshold %g</text>\n",
        x0, YS(c->rThreshold), x1, YS(c->rThreshold), x1-4, YS(c->rThreshold)-4, c->rThreshold);
  }
  /* alert markers */
  for(size_t k=0; k<c->nAlert; k++){
    int32_t iF;
    if( brink_date_parse(c->aAlert[k].zFired, &iF) || iF<iD0 || iF>iD1 + 31 ) continue;
    if( iF>iD1 ) iF = iD1;
    double x = XOF(iF);
    const char *zCol = c->aAlert[k].eDir==BRINK_DIR_DEESCALATION ? "#1a7f37"
                     : c->aAlert[k].eDir==BRINK_DIR_MIXED ? "#b36b00" : "#c00000";
    fmt(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.2\" opacity=\"0.6\"/>"
            "<path d=\"M%.1f %.1f l-6 -10 h12 z\" fill=\"%s\"/>"
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" fill=\"%s\">#%lld</text>\n",
        x, yTop0, x, yBot1, zCol, x, yTop0, zCol, x, yTop0-13, zCol, (long long)c->aAlert[k].iId);
  }
  /* the lines */
  static const struct { int eWhat; const char *zCol; const char *zDash; double rW; } aLine[] = {
    { 0, "#2166ac", "", 1.6 }, { 1, "#c00000", "", 1.8 }, { 2, "#c00000", "", 2.0 }, { 3, "#1a7f37", "4 3", 1.6 },
  };
  for(size_t l=0; l<sizeof aLine/sizeof aLine[0]; l++){
    if( !n ) break;
    fmt(&o, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s%s points=\"",
        aLine[l].zCol, aLine[l].rW, aLine[l].zDash[0] ? " stroke-dasharray=\"" : "", aLine[l].zDash,
        aLine[l].zDash[0] ? "\"" : "");
    for(size_t i=0; i<n; i++){
      const brink_trend_point *pt = &c->aPt[i];
      double v = aLine[l].eWhat==0 ? pt->rCoop : aLine[l].eWhat==1 ? pt->rConflict
               : aLine[l].eWhat==2 ? pt->rEsc : pt->rCoopUp;
      double y = aLine[l].eWhat<2 ? YI(v) : YS(v);
      fmt(&o, "%.1f,%.1f ", XOF(pt->iDay), y);
    }
    puts_(&o, "\"/>\n");
  }
  if( n==1 ){
    fmt(&o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#c00000\"/>\n", XOF(iD0), YI(c->aPt[0].rConflict));
  }
  /* legend */
  static const struct { const char *zCol; const char *zDash; const char *zLabel; } aLeg[] = {
    { "#c00000", "", "conflict (quad 3, 4)" }, { "#2166ac", "", "cooperation (quad 1, 2)" },
    { "#c00000", "", "escalation score" }, { "#1a7f37", "4 3", "cooperation score" },
  };
  double lx = x1 - 690;
  for(size_t k=0; k<4; k++){
    double xx = lx + 178.0*(double)k;
    fmt(&o, "<line x1=\"%.1f\" y1=\"46\" x2=\"%.1f\" y2=\"46\" stroke=\"%s\" stroke-width=\"%s\"%s%s%s/>"
            "<text x=\"%.1f\" y=\"50\" fill=\"#333\">%s</text>\n",
        xx, xx+22, aLeg[k].zCol, k==2 ? "3" : "1.8", aLeg[k].zDash[0] ? " stroke-dasharray=\"" : "",
        aLeg[k].zDash, aLeg[k].zDash[0] ? "\"" : "", xx+27, aLeg[k].zLabel);
  }
  puts_(&o, "</svg>\n");
#undef XOF
#undef YI
#undef YS
  return o.bOom ? BRINK_ENOMEM : BRINK_OK;
}

/* ---- Report ----------------------------------------------------------------------------- */

static const char zCss[] =
  "body{font-family:Helvetica,Arial,sans-serif;margin:24px auto;max-width:1000px;color:#222;line-height:1.4}"
  "h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd}"
  "h3{font-size:16px;margin:22px 0 6px}"
  "table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}"
  "th,td{border-bottom:1px solid #e5e5e5;padding:4px 6px;text-align:left;vertical-align:top}"
  "th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}"
  ".dir-escalation{color:#c00000;font-weight:bold}.dir-de-escalation{color:#1a7f37;font-weight:bold}"
  ".dir-mixed{color:#b36b00;font-weight:bold}.muted{color:#666;font-size:13px}"
  ".ev{font-style:italic}.chart{margin:6px 0;border:1px solid #eee}code{font-size:12px}";

/* A chart of src -> tgt from iA to iB into o. */
static int reportChart(brink_store *p, Out *o, const brink_alert_params *P, const char *zA, const char *zB,
                       int bDirected, int32_t iA, int32_t iB, const brink_alert *aAlert, size_t nAlert,
                       const char *zTitle){
  char zFrom[11], zTo[11];
  brink_date_format(iA, zFrom);
  brink_date_format(iB, zTo);
  brink_trend_query t;
  memset(&t, 0, sizeof t);
  t.zA = zA; t.zB = zB; t.bDirected = bDirected; t.zFrom = zFrom; t.zTo = zTo;
  t.eBy = iB - iA > 400 ? BRINK_BY_WEEK : BRINK_BY_DAY;
  brink_trend_point *aPt = 0;
  size_t nPt = 0;
  int rc = brink_trend_series(p, &t, P, &aPt, &nPt);
  if( rc ) return rc;
  brink_chart c;
  memset(&c, 0, sizeof c);
  c.zTitle = zTitle; c.aPt = aPt; c.nPt = nPt; c.eBy = t.eBy; c.aAlert = aAlert; c.nAlert = nAlert;
  c.rThreshold = t.eBy==BRINK_BY_DAY ? P->rThreshold : 0;
  c.nWidth = 960; c.nHeight = 400;
  puts_(o, "<div class=\"chart\">");
  rc = brink_chart_svg(&c, o->b);
  puts_(o, "</div>\n");
  free(aPt);
  return rc;
}

static void eventsTable(Out *o, const brink_alert_event *a, size_t n){
  puts_(o, "<table><tr><th>date</th><th>source &rarr; target</th><th>event</th><th>Goldstein</th>"
           "<th>sources</th><th>weight</th><th>evidence</th><th>stories</th></tr>\n");
  for(size_t i=0; i<n; i++){
    const brink_alert_event *e = &a[i];
    fmt(o, "<tr><td class=\"n\">%s</td><td>", e->zDate);
    esc(o, e->zSource); puts_(o, " &rarr; "); esc(o, e->zTarget);
    puts_(o, "</td><td>"); esc(o, e->zCode); puts_(o, " "); esc(o, e->zCameoName);
    fmt(o, "</td><td class=\"n\">%.1f</td><td class=\"n\">%d</td><td class=\"n\">%.2f</td><td class=\"ev\">",
        e->rGoldstein, e->nSource, e->rWeight);
    esc(o, e->zEvidence);
    puts_(o, "</td><td><code>");
    esc(o, e->zStoryIds);
    puts_(o, "</code>");
    if( e->zUrl[0] ){ puts_(o, " <a href=\""); esc(o, e->zUrl); puts_(o, "\">link</a>"); }
    puts_(o, "</td></tr>\n");
  }
  puts_(o, "</table>\n");
}

int brink_report_html(brink_store *p, const brink_report_opts *pOpt, brink_buf *pOut){
  Out o = { pOut, 0 };
  brink_alert_params def;
  const brink_alert_params *P = pOpt && pOpt->pParams ? pOpt->pParams : (brink_alert_params_default(&def), &def);
  size_t nShow = pOpt && pOpt->nAlert ? pOpt->nAlert : 10;
  double rMin = pOpt && pOpt->rMinScore>0 ? pOpt->rMinScore : 0;
  const char *zA = pOpt ? pOpt->zA : 0, *zB = pOpt ? pOpt->zB : 0;
  brink_alert *aAll = 0, *aAl = 0;
  size_t nAll = 0, nAl = 0;
  int rc = brink_alert_list(p, pOpt ? pOpt->zSince : 0, rMin, 0, &aAll, &nAll);
  if( rc ) return rc;
  /* the alerts to show: all, or those of the pair (either direction) */
  aAl = malloc((nAll ? nAll : 1)*sizeof *aAl);
  if( !aAl ){ free(aAll); return BRINK_ENOMEM; }
  for(size_t i=0; i<nAll; i++){
    if( zA && zB && !((strcmp(aAll[i].zSrc, zA)==0 && strcmp(aAll[i].zTgt, zB)==0)
                   || (strcmp(aAll[i].zSrc, zB)==0 && strcmp(aAll[i].zTgt, zA)==0)) ) continue;
    aAl[nAl++] = aAll[i];
  }
  puts_(&o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
  if( zA && zB ){ puts_(&o, "brink escalation report: "); esc(&o, zA); puts_(&o, " and "); esc(&o, zB); }
  else puts_(&o, "brink escalation report");
  fmt(&o, "</title>\n<style>%s</style></head><body>\n", zCss);
  puts_(&o, "<h1>");
  if( zA && zB ){ puts_(&o, "Escalation watch: "); esc(&o, zA); puts_(&o, " &ndash; "); esc(&o, zB); }
  else puts_(&o, "Escalation watch");
  puts_(&o, "</h1>\n");
  fmt(&o, "<p class=\"muted\">Made by brink %s. The score is a negative binomial CUSUM of Goldstein- and"
          " corroboration-weighted conflict (and, separately, cooperation) of each directed country pair"
          " against its own %d-day baseline ending %d days earlier; an alert fires at %g with at least %d"
          " events. %zu alert%s in the store%s.</p>\n",
      BRINK_VERSION, P->nBaseline, P->nGuard, P->rThreshold, P->nMinEvent, nAl, nAl==1 ? "" : "s",
      zA ? " for this pair" : "");

  if( zA && zB ){
    /* the pair's whole history, both directions */
    brink_trend_query t;
    memset(&t, 0, sizeof t);
    t.zA = zA; t.zB = zB;
    for(int dir=0; dir<2 && rc==BRINK_OK; dir++){
      const char *zS = dir ? zB : zA, *zT = dir ? zA : zB;
      brink_trend_point *aPt = 0;
      size_t nPt = 0;
      t.zA = zS; t.zB = zT; t.bDirected = 1;
      rc = brink_trend_series(p, &t, P, &aPt, &nPt);
      if( rc ) break;
      if( nPt ){
        char zTitle[128];
        snprintf(zTitle, sizeof zTitle, "%s \xe2\x86\x92 %s, every day on record", zS, zT);
        fmt(&o, "<h2>%s &rarr; %s</h2>\n", zS, zT);
        int32_t iA = aPt[0].iDay, iB = aPt[nPt-1].iDay;
        rc = reportChart(p, &o, P, zS, zT, 1, iA, iB, aAl, nAl, zTitle);
      }
      free(aPt);
    }
    if( rc ) goto done;
  }

  puts_(&o, "<h2>Top alerts</h2>\n");
  if( nAl==0 ) puts_(&o, "<p>No alerts.</p>\n");
  else{
    puts_(&o, "<table><tr><th>#</th><th>pair</th><th>direction</th><th>start</th><th>fired</th>"
              "<th>peak</th><th>ended</th><th>score</th><th>events</th></tr>\n");
    for(size_t i=0; i<nAl && i<nShow; i++){
      const brink_alert *a = &aAl[i];
      const char *zDir = brink_dir_name(a->eDir);
      fmt(&o, "<tr><td class=\"n\"><a href=\"#alert-%lld\">%lld</a></td><td>%s &rarr; %s</td>"
              "<td class=\"dir-%s\">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
              "<td class=\"n\">%.1f</td><td class=\"n\">%d</td></tr>\n",
          (long long)a->iId, (long long)a->iId, a->zSrc, a->zTgt, zDir, zDir, a->zStart, a->zFired,
          a->zPeak, a->zEnd[0] ? a->zEnd : "open", a->rScore, a->nEvent);
    }
    puts_(&o, "</table>\n");
  }
  for(size_t i=0; i<nAl && i<nShow && rc==BRINK_OK; i++){
    const brink_alert *a = &aAl[i];
    int32_t iS, iE;
    if( brink_date_parse(a->zStart, &iS) ) continue;
    if( !a->zEnd[0] || brink_date_parse(a->zEnd, &iE) ){ if( brink_date_parse(a->zPeak, &iE) ) iE = iS; }
    fmt(&o, "<h3 id=\"alert-%lld\">#%lld %s &rarr; %s: <span class=\"dir-%s\">%s</span> from %s, score %.1f</h3>\n",
        (long long)a->iId, (long long)a->iId, a->zSrc, a->zTgt, brink_dir_name(a->eDir),
        brink_dir_name(a->eDir), a->zStart, a->rScore);
    char zTitle[128];
    snprintf(zTitle, sizeof zTitle, "%s \xe2\x86\x92 %s around alert #%lld (%s)", a->zSrc, a->zTgt,
             (long long)a->iId, brink_dir_name(a->eDir));
    /* only this pair's alerts are marked on its chart */
    brink_alert *aMine = malloc(nAl*sizeof *aMine);
    size_t nMine = 0;
    if( !aMine ){ rc = BRINK_ENOMEM; break; }
    for(size_t k=0; k<nAl; k++){
      if( strcmp(aAl[k].zSrc, a->zSrc)==0 && strcmp(aAl[k].zTgt, a->zTgt)==0 ) aMine[nMine++] = aAl[k];
    }
    rc = reportChart(p, &o, P, a->zSrc, a->zTgt, 1, iS - 45, iE + 21, aMine, nMine, zTitle);
    free(aMine);
    if( rc ) break;
    brink_alert_event *aEv = 0;
    size_t nEv = 0;
    rc = brink_alert_events(p, a->iId, &aEv, &nEv);
    if( rc ) break;
    puts_(&o, "<p class=\"muted\">The events that drove it (heaviest first):</p>\n");
    eventsTable(&o, aEv, nEv);
    free(aEv);
  }
  puts_(&o, "</body></html>\n");
done:
  free(aAll);
  free(aAl);
  if( rc ) return rc;
  return o.bOom ? BRINK_ENOMEM : BRINK_OK;
}
