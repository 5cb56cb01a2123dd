/*
** cmd_report.c — `brink report`: write a self-contained HTML escalation
** report (inline SVG charts and CSS, no external assets) for the top
** alerts, or for one pair.  The library builds the page
** (brink_report_html); this file parses options and writes the file.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static const char zUsage[] =
"usage: brink report --db FILE [--pair A,B] [--since DATE] [--min-score S] [--alerts N] -o FILE.html\n"
"\n"
"Write a self-contained HTML report: the top alerts, a chart of each and\n"
"the events behind it with their evidence; with --pair, the pair's charts\n"
"(both directions) first.  It opens in any browser with no server.\n"
"\n"
"  --pair A,B           one pair of countries (USA,RUS)\n"
"  --since DATE         alerts that started on or after DATE\n"
"  --min-score S        alerts whose peak score is at least S\n"
"  --alerts N           alerts to show in detail (default 10)\n"
"  -o, --output FILE    the HTML file to write (required; - for standard output)\n"
"  -h, --help           this help\n";

int cmd_report(int argc, char **argv){
  const char *zDb = 0, *zOut = 0, *zPair = 0;
  brink_report_opts opt;
  memset(&opt, 0, sizeof opt);
  for(int i=1; i<argc; i++){
    const char *v;
    char *zEnd;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--output", "-o"))!=0 ) zOut = v;
    else if( (v = cli_opt(argc, argv, &i, "--pair", 0))!=0 ) zPair = v;
    else if( (v = cli_opt(argc, argv, &i, "--since", 0))!=0 ) opt.zSince = v;
    else if( (v = cli_opt(argc, argv, &i, "--min-score", 0))!=0 ){
      if( cli_number("brink report", "--min-score", v, &opt.rMinScore) ) return 1;
    }
    else if( (v = cli_opt(argc, argv, &i, "--alerts", 0))!=0 ){
      long n = strtol(v, &zEnd, 10);
      if( !*v || *zEnd || n<1 ){ fprintf(stderr, "brink report: --alerts wants a positive number\n"); return 1; }
      opt.nAlert = (size_t)n;
    }
    else { fprintf(stderr, "brink report: unknown option '%s' (see brink report --help)\n", argv[i]); return 1; }
  }
  if( !zOut ){ fprintf(stderr, "brink report: -o FILE.html is required (see brink report --help)\n"); return 1; }
  char zA[8], zB[8];
  if( zPair ){
    const char *zComma = strchr(zPair, ',');
    zA[0] = 0;
    if( zComma && zComma-zPair==3 ){ memcpy(zA, zPair, 3); zA[3] = 0; }
    if( !zComma || !cli_is_country(zA) || !cli_is_country(zComma+1) ){
      fprintf(stderr, "brink report: --pair wants two country codes, A,B (USA,RUS), not '%s'\n", zPair);
      return 1;
    }
    strcpy(zB, zComma+1);
    opt.zA = zA; opt.zB = zB;
  }
  brink_store *pStore = 0;
  if( cli_store_open("brink report", zDb, BRINK_STORE_NOCREATE, &pStore) ) return 1;
  brink_buf b = { 0, 0, 0 };
  int rc = brink_alert_update(pStore, 0, 0);
  if( rc==BRINK_OK ) rc = brink_report_html(pStore, &opt, &b);
  if( rc ){
    fprintf(stderr, "brink report: %s\n", rc==BRINK_ENOMEM ? "out of memory" : brink_store_errmsg(pStore));
    brink_buf_free(&b);
    brink_store_close(pStore);
    return 1;
  }
  brink_store_close(pStore);
  int bStdout = strcmp(zOut, "-")==0;   /* as export: "-" is standard output, not a file "-" */
  FILE *fp = bStdout ? stdout : fopen(zOut, "wb");
  int bOk = fp && fwrite(b.z, 1, b.n, fp)==b.n;
  int e = errno;
  if( fp && (bStdout ? fflush(fp) : fclose(fp))!=0 ){ if( bOk ) e = errno; bOk = 0; }
  brink_buf_free(&b);
  if( !bOk ){ fprintf(stderr, "brink report: cannot write %s: %s\n", zOut, strerror(e)); return 1; }
  return 0;
}
