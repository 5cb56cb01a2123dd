/*
** cmd_export.c — `brink export`: write an event store in the formats other
** tools load (GDELT 2.0, ICEWS, PLOVER JSON, CSV, brink's JSON Lines).  The
** writing is done by brink_store_export; the mappings are in docs/EXPORTS.md.
** Output goes to a temporary file renamed into place, so a failed export
** never leaves a truncated file under the name asked for.  An OUT that
** exists and is not a regular file (/dev/stdout, a FIFO, a device) is
** written in place: renaming over it would replace it.
*/
#include "cli.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static const char zUsage[] =
"usage: brink export --db FILE --format F [-o OUT] [--data DIR] [FILTERS]\n"
"\n"
"Write the events of an event store in format F:\n"
"  gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header, one\n"
"           row per one-a-day folded event (date, source, target, code) with\n"
"           NumMentions, NumSources (near-duplicates counted once), NumArticles\n"
"  icews    ICEWS: 20 tab-separated columns with a header, one row per event\n"
"  plover   a JSON array of PLOVER records, one per line\n"
"  csv      every stored field, one row per event, with a header\n"
"  jsonl    brink code's JSON Lines\n"
"Each event's location fills the place columns (GDELT ActionGeo_*, ICEWS\n"
"City/Province/Country/Latitude/Longitude, PLOVER eventLoc, the CSV's location_*);\n"
"GDELT's country code is FIPS 10-4, from fips.tsv in the data folder, PLOVER's\n"
"ISO alpha-2 (docs/EXPORTS.md says what goes where).\n"
"\n"
"Options:\n"
"  --db FILE        the event store (required)\n"
"  --format F       gdelt, icews, plover, csv or jsonl (required)\n"
"  -o, --output OUT write to OUT (default: standard output)\n"
"  --data DIR       the data folder holding fips.tsv (default: $BRINK_DATA or\n"
"                   the built-in one)\n"
"  FILTERS          as for brink query (--from, --to, --country, --pair, ...)\n"
"  -h, --help       this help\n";

int cmd_export(int argc, char **argv){
  const char *zDb = 0, *zFormat = 0, *zOut = 0, *zData = 0;
  brink_store_filter f;
  memset(&f, 0, sizeof f);
  for(int i=1; i<argc; i++){
    const char *v;
    int e;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--format", 0))!=0 ) zFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--output", "-o"))!=0 ) zOut = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) zData = v;
    else if( (e = cli_filter_opt("brink export", argc, argv, &i, &f))!=0 ){ if( e<0 ) return 1; }
    else{
      fprintf(stderr, "brink export: unknown option '%s' (see brink export --help)\n", argv[i]);
      return 1;
    }
  }
  static const struct { const char *zName; int eFmt; } aFmt[] = {
    { "gdelt", BRINK_EXPORT_GDELT }, { "icews", BRINK_EXPORT_ICEWS }, { "plover", BRINK_EXPORT_PLOVER },
    { "csv", BRINK_EXPORT_CSV }, { "jsonl", BRINK_EXPORT_JSONL }, { "json", BRINK_EXPORT_JSONL },
  };
  int eFmt = -1;
  if( !zFormat ){ fprintf(stderr, "brink export: --format is required (gdelt, icews, plover, csv or jsonl)\n"); return 1; }
  for(size_t k=0; k<sizeof aFmt/sizeof aFmt[0]; k++) if( strcmp(zFormat, aFmt[k].zName)==0 ) eFmt = aFmt[k].eFmt;
  if( eFmt<0 ){ fprintf(stderr, "brink export: unknown format '%s' (use gdelt, icews, plover, csv or jsonl)\n", zFormat); return 1; }
  signal(SIGXFSZ, SIG_IGN);   /* past `ulimit -f`: a write error, not a kill */
  brink_store *pStore = 0;
  if( cli_store_open("brink export", zDb, BRINK_STORE_READONLY, &pStore) ) return 1;
  FILE *fp = stdout;
  char *zTmp = 0;
  int rc = 0;
  struct stat st;
  if( zOut && strcmp(zOut, "-")!=0 && stat(zOut, &st)==0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) ){
    fp = fopen(zOut, "wb");
    if( !fp ){
      fprintf(stderr, "brink export: cannot write %s: %s\n", zOut, strerror(errno));
      brink_store_close(pStore); return 1;
    }
  }else if( zOut && strcmp(zOut, "-")!=0 ){
    size_t n = strlen(zOut) + 16;
    zTmp = malloc(n);
    if( !zTmp ){ fprintf(stderr, "brink export: out of memory\n"); brink_store_close(pStore); return 1; }
    snprintf(zTmp, n, "%s.tmp%d", zOut, (int)getpid());
    fp = fopen(zTmp, "wb");
    if( !fp ){
      fprintf(stderr, "brink export: cannot write %s: %s\n", zOut, strerror(errno));
      free(zTmp); brink_store_close(pStore); return 1;
    }
  }
  if( brink_store_export_v2(pStore, &f, eFmt, fp, zData, cli_diag, 0)!=BRINK_OK ){
    fprintf(stderr, "brink export: %s\n", brink_store_errmsg(pStore));
    rc = 1;
  }
  if( fp!=stdout ){
    if( fclose(fp)!=0 && rc==0 ){ fprintf(stderr, "brink export: %s: %s\n", zOut, strerror(errno)); rc = 1; }
    if( rc==0 && zTmp && rename(zTmp, zOut)!=0 ){ fprintf(stderr, "brink export: %s: %s\n", zOut, strerror(errno)); rc = 1; }
    if( rc && zTmp ) remove(zTmp);
    free(zTmp);
  }
  brink_store_close(pStore);
  return rc;
}
