/*
** cmd_trend.c — `brink trend`: a pair's series (counts by quad class,
** Goldstein, material-conflict share, mentions, sources, the escalation
** score) as a table with a sparkline, CSV or JSON, and an SVG chart; or,
** without --pair, the pairs ranked by activity, change or score.
**
** The library computes everything (brink_trend_series, brink_trend_pairs,
** brink_chart_svg); this file parses options and prints.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

static const char zUsage[] =
"usage: brink trend --db FILE [--pair A,B] [OPTIONS]\n"
"\n"
"With --pair: the series of events between A and B, one row a period:\n"
"events by quad class (1 verbal coop, 2 material coop, 3 verbal conflict,\n"
"4 material conflict), Goldstein sum and mean, share of material conflict,\n"
"mentions, distinct sources (near-duplicate story clusters), and the\n"
"escalation score (docs/ESCALATION.md).  Without --pair: pairs ranked.\n"
"\n"
"  --pair A,B           the pair: countries (USA,RUS), or actor-code prefixes\n"
"                       with --level actor (USAGOV,RUSMIL)\n"
"  --by day|week|month  period (default day)\n"
"  --directed           only A -> B (default: both directions)\n"
"  --level country|actor  what A and B are (default country)\n"
"  --from, --to DATE    the range shown (the score still reads all history)\n"
"  --format table|csv|json  output (default table on a terminal, csv otherwise)\n"
"  --plot FILE.svg      draw the series (FILE.png: through rsvg-convert)\n"
"  --rank activity|change|score  without --pair: order of the pairs (default\n"
"                       activity); score: directed country pairs by the highest\n"
"                       escalation or cooperation score they reached, alert or not\n"
"                       (brings the stored scores up to date first, as alerts does)\n"
"  --limit N            without --pair: at most N pairs (default 20)\n"
"  -h, --help           this help\n";

/* Has z a small letter ("usagov")?  Such a code matches no actor brink
** codes, though a peer dictionary's may. */
static int hasLower(const char *z){
  for(; *z; z++) if( *z>='a' && *z<='z' ) return 1;
  return 0;
}
/* --plot FILE.png (any case) is drawn as SVG and converted. */
static int plotIsPng(const char *z){ return cli_ends_with(z, ".png", 1); }

/* Eight levels of Unicode block characters. */
static const char *const azSpark[8] = { "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
                                        "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88" };

/* The day's movement, alert or not: which scores are above zero. */
static const char *signalOf(const brink_trend_point *p){
  if( p->rEsc>0 && p->rCoopUp>0 ) return "mixed";
  if( p->rEsc>0 ) return "conflict-up";
  if( p->rCoopUp>0 ) return "coop-up";
  return "";
}

static int writePlot(const char *zPlot, const brink_trend_point *aPt, size_t nPt, int eBy,
                     const char *zTitle, brink_store *pStore, const char *zA, const char *zB, int bDirected){
  brink_alert *aAl = 0;
  size_t nAl = 0;
  brink_alert_params P;
  brink_alert_params_default(&P);
  if( brink_alert_list(pStore, 0, 0, 0, &aAl, &nAl)!=BRINK_OK ){ aAl = 0; nAl = 0; }
  /* only this pair's alerts */
  size_t k = 0;
  for(size_t i=0; i<nAl; i++){
    if( (strcmp(aAl[i].zSrc, zA)==0 && strcmp(aAl[i].zTgt, zB)==0)
     || (!bDirected && strcmp(aAl[i].zSrc, zB)==0 && strcmp(aAl[i].zTgt, zA)==0) ) aAl[k++] = aAl[i];
  }
  brink_chart c;
  memset(&c, 0, sizeof c);
  c.zTitle = zTitle; c.aPt = aPt; c.nPt = nPt; c.eBy = eBy; c.aAlert = aAl; c.nAlert = k;
  c.rThreshold = eBy==BRINK_BY_DAY ? P.rThreshold : 0;
  brink_buf b = { 0, 0, 0 };
  int rc = brink_chart_svg(&c, &b);
  brink_trend_free(aAl);
  if( rc ){ fprintf(stderr, "brink trend: out of memory drawing the chart\n"); brink_buf_free(&b); return 1; }
  int bPng = plotIsPng(zPlot);
  char zSvg[4200];
  snprintf(zSvg, sizeof zSvg, bPng ? "%s.tmp.svg" : "%s", zPlot);
  FILE *fp = fopen(zSvg, "wb");
  if( !fp || fwrite(b.z, 1, b.n, fp)!=b.n ){
    fprintf(stderr, "brink trend: cannot write %s: %s\n", zSvg, strerror(errno));
    if( fp ) fclose(fp);
    brink_buf_free(&b);
    return 1;
  }
  brink_buf_free(&b);
  if( fclose(fp)!=0 ){ fprintf(stderr, "brink trend: cannot write %s: %s\n", zSvg, strerror(errno)); return 1; }
  if( bPng ){
    /* run directly, not through a shell: a quote in FILE broke the command
    ** line (and could run another command) */
    char zF[] = "-f", zPng[] = "png", zO[] = "-o", zProg[] = "rsvg-convert";
    char *azArg[] = { zProg, zF, zPng, zO, (char*)zPlot, zSvg, 0 };
    pid_t pid;
    int st = 0;
    int e = posix_spawnp(&pid, zProg, 0, 0, azArg, environ);
    if( e==0 && waitpid(pid, &st, 0)<0 ) e = errno;
    remove(zSvg);
    if( e==ENOENT ){
      fprintf(stderr, "brink trend: PNG needs rsvg-convert (Debian package librsvg2-bin); "
                      "use --plot FILE.svg instead\n");
      return 1;
    }
    if( e || !WIFEXITED(st) || WEXITSTATUS(st)!=0 ){
      fprintf(stderr, "brink trend: rsvg-convert could not write %s\n", zPlot);
      return 1;
    }
  }
  return 0;
}

static int listPairs(brink_store *pStore, brink_trend_query *t, int eRank, long nLimit, int eFmt){
  brink_trend_pair *a = 0;
  size_t n = 0;
  if( brink_trend_pairs(pStore, t, eRank, (size_t)nLimit, &a, &n)!=BRINK_OK ){
    fprintf(stderr, "brink trend: %s\n", brink_store_errmsg(pStore));
    return 1;
  }
  const char *zArrow = t->bDirected ? "->" : "--";
  if( eRank==BRINK_RANK_SCORE ){
    if( eFmt==1 ) printf("src,tgt,events,conflict,peak_escalation,peak_escalation_day,peak_cooperation,"
                         "peak_cooperation_day,alerts\n");
    if( eFmt==2 ) printf("[");
    if( eFmt==0 ) printf("%-12s %7s %8s %9s %-10s %9s %-10s %6s\n", "pair", "events", "conflict", "esc_peak", "day",
                         "coop_peak", "day", "alerts");
    for(size_t i=0; i<n; i++){
      const brink_trend_pair *p = &a[i];
      if( eFmt==1 ) printf("%s,%s,%lld,%lld,%.3f,%s,%.3f,%s,%d\n", p->zA, p->zB, (long long)p->nEvent,
                           (long long)p->nConflict, p->rPeakEsc, p->zPeakEsc, p->rPeakCoop, p->zPeakCoop, p->nAlert);
      else if( eFmt==2 ) printf("%s\n{\"src\":\"%s\",\"tgt\":\"%s\",\"events\":%lld,\"conflict\":%lld,"
                                "\"peak_escalation\":%.3f,\"peak_escalation_day\":\"%s\",\"peak_cooperation\":%.3f,"
                                "\"peak_cooperation_day\":\"%s\",\"alerts\":%d}", i ? "," : "", p->zA, p->zB,
                                (long long)p->nEvent, (long long)p->nConflict, p->rPeakEsc, p->zPeakEsc,
                                p->rPeakCoop, p->zPeakCoop, p->nAlert);
      else{
        char zPair[80];
        snprintf(zPair, sizeof zPair, "%s -> %s", p->zA, p->zB);
        printf("%-12s %7lld %8lld %9.2f %-10s %9.2f %-10s %6d\n", zPair, (long long)p->nEvent,
               (long long)p->nConflict, p->rPeakEsc, p->zPeakEsc[0] ? p->zPeakEsc : "-", p->rPeakCoop,
               p->zPeakCoop[0] ? p->zPeakCoop : "-", p->nAlert);
      }
    }
    if( eFmt==2 ) printf("\n]\n");
    brink_trend_free(a);
    return 0;
  }
  if( eFmt==1 ) printf("a,b,events,conflict,last30,prior30,change_log2\n");
  if( eFmt==2 ) printf("[");
  if( eFmt==0 ) printf("%-24s %8s %8s %8s %8s %8s\n", "pair", "events", "conflict", "last30", "prior30", "change");
  for(size_t i=0; i<n; i++){
    const brink_trend_pair *p = &a[i];
    if( eFmt==1 ) printf("%s,%s,%lld,%lld,%lld,%lld,%.3f\n", p->zA, p->zB, (long long)p->nEvent,
                         (long long)p->nConflict, (long long)p->nRecent, (long long)p->nPrior, p->rChange);
    else if( eFmt==2 ) printf("%s\n{\"a\":\"%s\",\"b\":\"%s\",\"events\":%lld,\"conflict\":%lld,\"last30\":%lld,"
                              "\"prior30\":%lld,\"change_log2\":%.3f}", i ? "," : "", p->zA, p->zB,
                              (long long)p->nEvent, (long long)p->nConflict, (long long)p->nRecent,
                              (long long)p->nPrior, p->rChange);
    else{
      char zPair[80];
      snprintf(zPair, sizeof zPair, "%s %s %s", p->zA, zArrow, p->zB);
      printf("%-24s %8lld %8lld %8lld %8lld %+8.2f\n", zPair, (long long)p->nEvent, (long long)p->nConflict,
             (long long)p->nRecent, (long long)p->nPrior, p->rChange);
    }
  }
  if( eFmt==2 ) printf("\n]\n");
  brink_trend_free(a);
  return 0;
}

/* The options of one `brink trend` run. */
typedef struct TrendOpts {
  const char *zDb, *zPair, *zPlot, *zFormat;
  brink_trend_query t;
  int eRank;
  long nLimit;
  int eFmt;                   /* 0 table, 1 CSV, 2 JSON */
  char zA[64], zB[64];        /* the pair, with --pair (t.zA and t.zB point here) */
} TrendOpts;

/* Period names, by BRINK_BY_*. */
static const char *const azBy[] = { "day", "week", "month" };

/* Parse the command line into *o.  Returns -1 to go on, else the exit
** status (after --help, or after saying what is wrong). */
static int trendParse(int argc, char **argv, TrendOpts *o){
  brink_trend_query *t = &o->t;
  for(int i=1; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( strcmp(argv[i], "--directed")==0 ) t->bDirected = 1;
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) o->zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--pair", 0))!=0 ) o->zPair = v;
    else if( (v = cli_opt(argc, argv, &i, "--plot", 0))!=0 ) o->zPlot = v;
    else if( (v = cli_opt(argc, argv, &i, "--format", 0))!=0 ) o->zFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--from", 0))!=0 ) t->zFrom = v;
    else if( (v = cli_opt(argc, argv, &i, "--to", 0))!=0 ) t->zTo = v;
    else if( (v = cli_opt(argc, argv, &i, "--by", 0))!=0 ){
      if( strcmp(v, "day")==0 ) t->eBy = BRINK_BY_DAY;
      else if( strcmp(v, "week")==0 ) t->eBy = BRINK_BY_WEEK;
      else if( strcmp(v, "month")==0 ) t->eBy = BRINK_BY_MONTH;
      else { fprintf(stderr, "brink trend: --by wants day, week or month, not '%s'\n", v); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--level", 0))!=0 ){
      if( strcmp(v, "country")==0 ) t->bActor = 0;
      else if( strcmp(v, "actor")==0 ) t->bActor = 1;
      else { fprintf(stderr, "brink trend: --level wants country or actor, not '%s'\n", v); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--rank", 0))!=0 ){
      if( strcmp(v, "activity")==0 ) o->eRank = BRINK_RANK_ACTIVITY;
      else if( strcmp(v, "change")==0 ) o->eRank = BRINK_RANK_CHANGE;
      else if( strcmp(v, "score")==0 ) o->eRank = BRINK_RANK_SCORE;
      else { fprintf(stderr, "brink trend: --rank wants activity, change or score, not '%s'\n", v); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--limit", 0))!=0 ){
      char *zEnd;
      o->nLimit = strtol(v, &zEnd, 10);
      if( !*v || *zEnd || o->nLimit<1 ){ fprintf(stderr, "brink trend: --limit wants a positive number\n"); return 1; }
    }
    else { fprintf(stderr, "brink trend: unknown option '%s' (see brink trend --help)\n", argv[i]); return 1; }
  }
  return -1;
}

/* Check the options that go together and settle the output format and the
** pair.  Returns -1 to go on, else 1 after saying what is wrong. */
static int trendCheck(TrendOpts *o){
  brink_trend_query *t = &o->t;
  o->eFmt = isatty(1) ? 0 : 1;
  if( o->zFormat ){
    if( strcmp(o->zFormat, "table")==0 ) o->eFmt = 0;
    else if( strcmp(o->zFormat, "csv")==0 ) o->eFmt = 1;
    else if( strcmp(o->zFormat, "json")==0 ) o->eFmt = 2;
    else { fprintf(stderr, "brink trend: --format wants table, csv or json, not '%s'\n", o->zFormat); return 1; }
  }
  const char *zPair = o->zPair;
  if( zPair ){
    const char *zComma = strchr(zPair, ',');
    if( !zComma || zComma==zPair || !zComma[1] || strchr(zComma+1, ',') || (size_t)(zComma-zPair)>=sizeof o->zA || strlen(zComma+1)>=sizeof o->zB ){
      fprintf(stderr, "brink trend: --pair wants two codes, A,B (USA,RUS), not '%s'\n", zPair);
      return 1;
    }
    memcpy(o->zA, zPair, (size_t)(zComma-zPair)); o->zA[zComma-zPair] = 0;
    strcpy(o->zB, zComma+1);
    if( !t->bActor && (!cli_is_country(o->zA) || !cli_is_country(o->zB)) ){
      fprintf(stderr, "brink trend: countries are 3-letter codes in capitals (USA,RUS); use --level actor for actor codes\n");
      return 1;
    }
    t->zA = o->zA; t->zB = o->zB;
    if( o->zPlot && !plotIsPng(o->zPlot) && !cli_ends_with(o->zPlot, ".svg", 1) ){
      fprintf(stderr, "brink trend: --plot wants FILE.svg or FILE.png, not '%s'\n", o->zPlot);
      return 1;
    }
  }else if( o->zPlot ){
    fprintf(stderr, "brink trend: --plot needs --pair A,B\n");
    return 1;
  }
  if( !zPair && o->eRank==BRINK_RANK_SCORE && t->bActor ){
    fprintf(stderr, "brink trend: --rank score ranks country pairs; it does not take --level actor\n");
    return 1;
  }
  return -1;
}

/* The series' header: CSV columns, the JSON object's opening, or the table's title and columns. */
static void printSeriesHead(const TrendOpts *o){
  const brink_trend_query *t = &o->t;
  const char *zA = o->zA, *zB = o->zB;
  if( o->eFmt==1 ){
    printf("period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,"
           "goldstein_mean,material_conflict_share,mentions,sources,conflict_weight,coop_weight,"
           "escalation_score,cooperation_score,signal,alert\n");
  }else if( o->eFmt==2 ){
    printf("{\"pair\":[\"%s\",\"%s\"],\"directed\":%s,\"level\":\"%s\",\"by\":\"%s\",\"periods\":[", zA, zB,
           t->bDirected ? "true" : "false", t->bActor ? "actor" : "country", azBy[t->eBy]);
  }else{
    printf("%s %s %s by %s\n", zA, t->bDirected ? "->" : "<->", zB, azBy[t->eBy]);
    printf("%-10s %5s %4s %4s %4s %4s %8s %6s %5s %6s %5s %6s %6s %-11s %s\n", "period", "ev", "vc", "mc", "vf",
           "mf", "gold", "mean", "mat%", "ment", "src", "esc", "coop", "signal", "alert");
  }
}

/* One row a period, in the output format (and the JSON closing). */
static void printSeriesRows(const TrendOpts *o, const brink_trend_point *aPt, size_t nPt){
  int eFmt = o->eFmt;
  for(size_t i=0; i<nPt; i++){
    const brink_trend_point *p = &aPt[i];
    char zD[11];
    brink_date_format(p->iDay, zD);
    if( o->t.eBy==BRINK_BY_MONTH ) zD[7] = 0;
    const char *zAl = p->bFired ? brink_dir_name(p->eDir) : p->eDir ? "(open)" : "";
    if( eFmt==1 ){
      printf("%s,%d,%d,%d,%d,%d,%.1f,%.3f,%.3f,%lld,%d,%.3f,%.3f,%.3f,%.3f,%s,%s\n", zD, p->nEvent, p->anQuad[1],
             p->anQuad[2], p->anQuad[3], p->anQuad[4], p->rGoldSum, p->rGoldMean, p->rMaterialShare,
             (long long)p->nMention, p->nSource, p->rConflict, p->rCoop, p->rEsc, p->rCoopUp, signalOf(p),
             p->bFired ? brink_dir_name(p->eDir) : "");
    }else if( eFmt==2 ){
      printf("%s\n{\"period\":\"%s\",\"events\":%d,\"quad\":[%d,%d,%d,%d],\"goldstein_sum\":%.1f,"
             "\"goldstein_mean\":%.3f,\"material_conflict_share\":%.3f,\"mentions\":%lld,\"sources\":%d,"
             "\"conflict_weight\":%.3f,\"coop_weight\":%.3f,\"escalation_score\":%.3f,\"cooperation_score\":%.3f,"
             "\"signal\":\"%s\",\"alert\":%s%s%s}", i ? "," : "", zD, p->nEvent, p->anQuad[1], p->anQuad[2], p->anQuad[3],
             p->anQuad[4], p->rGoldSum, p->rGoldMean, p->rMaterialShare, (long long)p->nMention, p->nSource,
             p->rConflict, p->rCoop, p->rEsc, p->rCoopUp, signalOf(p), p->bFired ? "\"" : "",
             p->bFired ? brink_dir_name(p->eDir) : "null", p->bFired ? "\"" : "");
    }else{
      printf("%-10s %5d %4d %4d %4d %4d %8.1f %6.2f %5.0f %6lld %5d %6.1f %6.1f %-11s %s\n", zD, p->nEvent,
             p->anQuad[1], p->anQuad[2], p->anQuad[3], p->anQuad[4], p->rGoldSum, p->rGoldMean,
             100*p->rMaterialShare, (long long)p->nMention, p->nSource, p->rEsc, p->rCoopUp, signalOf(p), zAl);
    }
  }
  if( eFmt==2 ) printf("\n]}\n");
}

/* Under the table: sparklines of conflict and of the score. */
static void printSparklines(const brink_trend_point *aPt, size_t nPt){
  double rMaxC = 0;
  for(size_t i=0; i<nPt; i++) if( aPt[i].rConflict>rMaxC ) rMaxC = aPt[i].rConflict;
  /* sparklines of conflict and of the score (the last 120 periods) */
  size_t i0 = nPt>120 ? nPt-120 : 0;
  double rMaxS = 0;
  for(size_t i=i0; i<nPt; i++) if( aPt[i].rEsc>rMaxS ) rMaxS = aPt[i].rEsc;
  printf("\nconflict  ");
  for(size_t i=i0; i<nPt; i++) fputs(rMaxC>0 ? azSpark[(int)(7.0*aPt[i].rConflict/rMaxC + 0.5)] : azSpark[0], stdout);
  printf("\nscore     ");
  for(size_t i=i0; i<nPt; i++) fputs(rMaxS>0 ? azSpark[(int)(7.0*aPt[i].rEsc/rMaxS + 0.5)] : azSpark[0], stdout);
  printf("\n");
}

/* With --pair: the pair's series, printed and, with --plot, drawn.
** Returns the exit status. */
static int trendSeries(brink_store *pStore, const TrendOpts *o){
  const brink_trend_query *t = &o->t;
  const char *zA = o->zA, *zB = o->zB;
  brink_trend_point *aPt = 0;
  size_t nPt = 0;
  if( brink_trend_series(pStore, t, 0, &aPt, &nPt)!=BRINK_OK ){
    fprintf(stderr, "brink trend: %s\n", brink_store_errmsg(pStore));
    return 1;
  }
  if( nPt==0 ){
    /* with --from/--to, say so: the pair may well have events elsewhere */
    fprintf(stderr, "brink trend: no events between %s and %s in %s%s%s%s%s%s\n", zA, zB, o->zDb,
            t->zFrom ? " from " : "", t->zFrom ? t->zFrom : "", t->zTo ? " up to " : "", t->zTo ? t->zTo : "",
            hasLower(zA) || hasLower(zB) ? " (actor codes are matched exactly, and brink's are in capitals)" : "");
  }
  printSeriesHead(o);
  printSeriesRows(o, aPt, nPt);
  if( o->eFmt==0 && nPt ) printSparklines(aPt, nPt);
  int rc = 0;
  if( o->zPlot ){
    char zTitle[200];
    snprintf(zTitle, sizeof zTitle, "%s %s %s by %s: conflict, cooperation and escalation score", zA,
             t->bDirected ? "\xe2\x86\x92" : "\xe2\x80\x93", zB, azBy[t->eBy]);
    rc = writePlot(o->zPlot, aPt, nPt, t->eBy, zTitle, pStore, zA, zB, t->bDirected);
  }
  brink_trend_free(aPt);
  return rc;
}

/* Open the store (bringing the scores up to date for --rank score) and
** print the pair's series or the ranked pairs.  Returns the exit status. */
static int trendRun(TrendOpts *o){
  brink_store *pStore = 0;
  int bScore = !o->zPair && o->eRank==BRINK_RANK_SCORE;
  if( cli_store_open("brink trend", o->zDb, bScore ? BRINK_STORE_NOCREATE : BRINK_STORE_READONLY, &pStore) ) return 1;
  if( bScore && brink_alert_update(pStore, 0, 0)!=BRINK_OK ){
    fprintf(stderr, "brink trend: %s\n", brink_store_errmsg(pStore));
    brink_store_close(pStore);
    return 1;
  }
  int rc;
  if( !o->zPair ){
    if( bScore ) o->t.bDirected = 1;
    if( !o->t.bDirected && o->t.bActor ) o->t.bDirected = 1;
    rc = listPairs(pStore, &o->t, o->eRank, o->nLimit, o->eFmt);
  }else{
    rc = trendSeries(pStore, o);
  }
  brink_store_close(pStore);
  return rc;
}

int cmd_trend(int argc, char **argv){
  TrendOpts o;
  memset(&o, 0, sizeof o);
  o.eRank = BRINK_RANK_ACTIVITY;
  o.nLimit = 20;
  int rc = trendParse(argc, argv, &o);
  if( rc<0 ) rc = trendCheck(&o);
  if( rc<0 ) rc = trendRun(&o);
  return rc;
}
