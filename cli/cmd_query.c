/*
** cmd_query.c — `brink query`: select events from an event store.
**
** Filters become a brink_store_filter (cli_filter_opt, shared with export);
** the library does the selecting.  On a terminal the rows are shown as an
** aligned table; otherwise (or with --format) as JSON Lines or CSV through
** brink_store_export, so piped output is exactly what export writes.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>

static const char zUsage[] =
"usage: brink query --db FILE [FILTERS] [--format F] [--limit N]\n"
"\n"
"Select events from an event store, ordered by date.\n"
"\n"
"Filters (all must hold):\n"
"  --from YYYY-MM-DD    events on or after this date\n"
"  --to YYYY-MM-DD      events on or before this date\n"
"  --actor CODE         source or target actor code starts with CODE (USAGOV, IGO)\n"
"  --country ISO3       source or target country (USA, IRQ)\n"
"  --pair A,B           between A and B, either direction; a 3-letter code is\n"
"                       a country, a longer one an actor-code prefix\n"
"  --code CAMEO         this CAMEO code (0256)\n"
"  --root RR            this CAMEO root (two digits: 04)\n"
"  --quad N             quad class 1-4\n"
"  --plover TYPE        PLOVER event type (CONSULT)\n"
"  --goldstein-min X    Goldstein weight at least X\n"
"  --goldstein-max X    Goldstein weight at most X\n"
"  --text QUERY         full-text search over the evidence sentences (SQLite\n"
"                       FTS5 syntax: words, \"a phrase\", a OR b, word*)\n"
"  --limit N            at most N events\n"
"\n"
"Output:\n"
"  --format F           table (default on a terminal), jsonl (default otherwise;\n"
"                       brink code's fields) or csv (every stored field)\n"
"  -h, --help           this help\n";

static int parseNum(const char *zCmd, const char *zOpt, const char *v, double *pr){
  return cli_number(zCmd, zOpt, v, pr) ? -1 : 1;
}

int cli_filter_opt(const char *zCmd, int argc, char **argv, int *pi, brink_store_filter *f){
  const char *v;
  double r;
  if( (v = cli_opt(argc, argv, pi, "--from", 0))!=0 ){ f->zFrom = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--to", 0))!=0 ){ f->zTo = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--actor", 0))!=0 ){ f->zActor = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--country", 0))!=0 ){
    /* codes are stored in capitals: "usa" would match nothing, silently */
    if( !cli_is_country(v) ){
      fprintf(stderr, "%s: --country wants a 3-letter code in capitals (USA), not '%s'\n", zCmd, v); return -1;
    }
    f->zCountry = v; return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--pair", 0))!=0 ){
    const char *zComma = strchr(v, ',');
    static char zA[64];
    if( !zComma || zComma==v || !zComma[1] || strchr(zComma+1, ',') || (size_t)(zComma-v)>=sizeof zA ){
      fprintf(stderr, "%s: --pair wants two codes, A,B (USA,JPN), not '%s'\n", zCmd, v);
      return -1;
    }
    memcpy(zA, v, (size_t)(zComma-v));
    zA[zComma-v] = 0;
    f->zPairA = zA; f->zPairB = zComma+1;
    return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--code", 0))!=0 ){ f->zCode = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--root", 0))!=0 ){
    if( strlen(v)!=2 || !isdigit((unsigned char)v[0]) || !isdigit((unsigned char)v[1]) ){
      fprintf(stderr, "%s: --root wants two digits (04), not '%s'\n", zCmd, v); return -1;
    }
    f->zRoot = v; return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--quad", 0))!=0 ){
    if( strlen(v)!=1 || v[0]<'1' || v[0]>'4' ){ fprintf(stderr, "%s: --quad wants 1, 2, 3 or 4\n", zCmd); return -1; }
    f->iQuad = v[0]-'0'; return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--plover", 0))!=0 ){ f->zPlover = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--goldstein-min", 0))!=0 ){
    if( parseNum(zCmd, "--goldstein-min", v, &r)<0 ) return -1;
    f->bGoldMin = 1; f->rGoldMin = r; return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--goldstein-max", 0))!=0 ){
    if( parseNum(zCmd, "--goldstein-max", v, &r)<0 ) return -1;
    f->bGoldMax = 1; f->rGoldMax = r; return 1;
  }
  if( (v = cli_opt(argc, argv, pi, "--text", 0))!=0 ){ f->zText = v; return 1; }
  if( (v = cli_opt(argc, argv, pi, "--limit", 0))!=0 ){
    char *zEnd;
    long long n = strtoll(v, &zEnd, 10);
    if( !*v || *zEnd || n<1 ){ fprintf(stderr, "%s: --limit wants a positive number\n", zCmd); return -1; }
    f->nLimit = n; return 1;
  }
  return 0;
}

/* ---- Table output ---------------------------------------------------------- */

enum { C_DATE, C_SOURCE, C_TARGET, C_CODE, C_QUAD, C_GOLD, C_PLOVER, C_MENT, C_STORY, C_EVID, N_COL };
static const char *const azHead[N_COL] = {
  "date", "source", "target", "code", "quad", "gold", "plover", "n", "story", "evidence"
};
static const int aMaxW[N_COL] = { 10, 14, 14, 5, 4, 5, 12, 3, 28, 60 };

typedef struct TRow { char *az[N_COL]; } TRow;

/* Copy at most nMax display characters of z (UTF-8 aware), marking a cut with "..". */
static char *cellDup(const char *z, int nMax){
  size_t n = strlen(z);
  char *zOut = malloc(n+3);
  if( !zOut ) return 0;
  int nChar = 0;
  size_t i = 0, j = 0;
  while( i<n ){
    size_t k = i+1;
    while( k<n && ((unsigned char)z[k] & 0xc0)==0x80 ) k++;
    if( nChar==nMax-2 && (k<n) ){
      /* is there more than fits? */
      size_t m = k; int nRest = 1;
      while( m<n && nRest<=2 ){ m++; while( m<n && ((unsigned char)z[m] & 0xc0)==0x80 ) m++; nRest++; }
      if( nRest>2 ){ zOut[j++] = '.'; zOut[j++] = '.'; break; }
    }
    char c = z[i];
    if( c=='\t' || c=='\n' || c=='\r' ) c = ' ';
    zOut[j++] = c;
    memcpy(zOut+j, z+i+1, k-i-1); j += k-i-1;
    i = k; nChar++;
  }
  zOut[j] = 0;
  return zOut;
}

static int displayWidth(const char *z){
  int n = 0;
  for(; *z; z++) if( ((unsigned char)*z & 0xc0)!=0x80 ) n++;
  return n;
}

static int queryTable(brink_store *pStore, const brink_store_filter *f){
  brink_store_cursor *c = 0;
  if( brink_store_query(pStore, f, &c)!=BRINK_OK ){
    fprintf(stderr, "brink query: %s\n", brink_store_errmsg(pStore));
    return 1;
  }
  TRow *aRow = 0;
  size_t nRow = 0, nAlloc = 0;
  int aW[N_COL], brc, rc = 0;
  for(int k=0; k<N_COL; k++) aW[k] = (int)strlen(azHead[k]);
  brink_store_row r;
  while( (brc = brink_store_next(c, &r))==BRINK_OK ){
    if( nRow==nAlloc ){
      nAlloc = nAlloc ? nAlloc*2 : 256;
      TRow *aNew = realloc(aRow, nAlloc*sizeof(TRow));
      if( !aNew ){ brc = BRINK_ENOMEM; break; }
      aRow = aNew;
    }
    char zQuad[8], zGold[16], zMent[16];
    snprintf(zQuad, sizeof zQuad, "%d", r.ev.iQuad);
    snprintf(zGold, sizeof zGold, "%.1f", r.ev.rGoldstein);
    snprintf(zMent, sizeof zMent, "%d", r.ev.nMention);
    const char *az[N_COL] = { r.ev.zDate, r.ev.zSource, r.ev.zTarget, r.ev.zCode, zQuad, zGold,
                              r.ev.zPlover, zMent, r.ev.zStoryId, r.ev.zEvidence };
    TRow *t = &aRow[nRow++];
    for(int k=0; k<N_COL; k++){
      t->az[k] = cellDup(az[k], aMaxW[k]);
      if( !t->az[k] ){ t->az[k] = cellDup("", 1); brc = BRINK_ENOMEM; }
      int w = t->az[k] ? displayWidth(t->az[k]) : 0;
      if( w>aW[k] ) aW[k] = w;
    }
    if( brc==BRINK_ENOMEM ) break;
  }
  if( brc!=BRINK_EOF ){
    fprintf(stderr, "brink query: %s\n", brc==BRINK_ENOMEM ? "out of memory" : brink_store_errmsg(pStore));
    rc = 1;
  }else{
    for(int k=0; k<N_COL; k++) printf("%-*s%s", k==N_COL-1 ? 0 : aW[k], azHead[k], k==N_COL-1 ? "\n" : "  ");
    for(size_t i=0; i<nRow; i++){
      for(int k=0; k<N_COL; k++){
        const char *z = aRow[i].az[k] ? aRow[i].az[k] : "";
        int nPad = k==N_COL-1 ? 0 : aW[k] - displayWidth(z);
        int bRight = k==C_QUAD || k==C_GOLD || k==C_MENT;
        if( bRight ) printf("%*s%s", nPad, "", z); else printf("%s%*s", z, nPad, "");
        fputs(k==N_COL-1 ? "\n" : "  ", stdout);
      }
    }
    fprintf(stderr, "brink query: %zu events\n", nRow);
  }
  for(size_t i=0; i<nRow; i++) for(int k=0; k<N_COL; k++) free(aRow[i].az[k]);
  free(aRow);
  brink_store_cursor_free(c);
  return rc;
}

int cmd_query(int argc, char **argv){
  const char *zDb = 0, *zFormat = 0;
  brink_store_filter f;
  memset(&f, 0, sizeof f);
  for(int i=1; i<argc; i++){
    const char *v;
    int e;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); return 0; }
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--format", 0))!=0 ) zFormat = v;
    else if( (e = cli_filter_opt("brink query", argc, argv, &i, &f))!=0 ){ if( e<0 ) return 1; }
    else{
      fprintf(stderr, "brink query: unknown option '%s' (see brink query --help)\n", argv[i]);
      return 1;
    }
  }
  int eFmt;
  if( !zFormat ) zFormat = isatty(1) ? "table" : "jsonl";
  if( strcmp(zFormat, "table")==0 ) eFmt = -1;
  else if( strcmp(zFormat, "jsonl")==0 || strcmp(zFormat, "json")==0 ) eFmt = BRINK_EXPORT_JSONL;
  else if( strcmp(zFormat, "csv")==0 ) eFmt = BRINK_EXPORT_CSV;
  else { fprintf(stderr, "brink query: unknown format '%s' (use table, jsonl or csv)\n", zFormat); return 1; }
  brink_store *pStore = 0;
  if( cli_store_open("brink query", zDb, BRINK_STORE_READONLY, &pStore) ) return 1;
  int rc = 0;
  if( eFmt<0 ){
    rc = queryTable(pStore, &f);
  }else if( brink_store_export(pStore, &f, eFmt, stdout)!=BRINK_OK ){
    fprintf(stderr, "brink query: %s\n", brink_store_errmsg(pStore));
    rc = 1;
  }
  brink_store_close(pStore);
  return rc;
}
