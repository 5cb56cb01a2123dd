/*
** main.c — the brink command: dispatch to a subcommand.
**
** The CLI is thin: it parses options, reads files, and prints.  All coding
** is done by libbrink through brink.h.
*/
#include "cli.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include <math.h>
#include <ctype.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>

static const struct {
  const char *zName;
  int (*xMain)(int, char**);
  const char *zHelp;
} aCmd[] = {
  { "code",  cmd_code,  "code stories into events (JSON Lines or TSV)" },
  { "dict",  cmd_dict,  "inspect and check dictionaries (stats, check)" },
  { "tag",   cmd_tag,   "show tokens, lemmas, part-of-speech tags and chunks" },
  { "split", cmd_split, "show the sentences a text splits into" },
  { "eval",  cmd_eval,  "score coding against a gold file (seed, PLOVER, PETRARCH, TABARI)" },
  { "ingest", cmd_ingest, "code stories into an SQLite event store" },
  { "recode", cmd_recode, "re-code the stories in an event store with new dictionaries" },
  { "query",  cmd_query,  "select events from an event store" },
  { "export", cmd_export, "write an event store as GDELT, ICEWS, PLOVER or CSV" },
  { "trend",  cmd_trend,  "the series of a pair of actors, or pairs ranked by activity or change" },
  { "alerts", cmd_alerts, "escalation alerts with the events behind them" },
  { "report", cmd_report, "write a self-contained HTML escalation report" },
};

static void usage(FILE *fp){
  fprintf(fp, "brink %s — news text to political event data\n\n"
              "usage: brink COMMAND [OPTIONS] [ARGS]\n\ncommands:\n", BRINK_VERSION);
  for(size_t i=0; i<sizeof aCmd/sizeof aCmd[0]; i++){
    fprintf(fp, "  %-7s %s\n", aCmd[i].zName, aCmd[i].zHelp);
  }
  fprintf(fp, "\n'brink COMMAND --help' describes each command.\n");
}

void cli_diag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  (void)pArg;
  if( iCol>0 ) fprintf(stderr, "%s:%d:%d: %s\n", zFile, iLine, iCol, zMsg);
  else fprintf(stderr, "%s:%d: %s\n", zFile, iLine, zMsg);
}

const char *cli_opt(int argc, char **argv, int *pi, const char *zLong, const char *zShort){
  const char *z = argv[*pi];
  size_t n = strlen(zLong);
  if( strncmp(z, zLong, n)==0 && z[n]=='=' ) return z+n+1;
  if( zShort && zShort[1] && !zShort[2] && z[0]=='-' && z[1]==zShort[1] && z[2] ) return z+2; /* -j4 */
  if( strcmp(z, zLong)==0 || (zShort && strcmp(z, zShort)==0) ){
    if( *pi+1>=argc ){
      /* Going on with "" would mean the default (--data), a temporary
      ** database (--db) or a second, confusing message: stop here. */
      fprintf(stderr, "brink: option %s needs a value\n", z);
      exit(1);
    }
    return argv[++*pi];
  }
  return 0;
}

int cli_ncpu(void){
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n>0 ? (int)n : 1;
}

int cli_jobs(const char *zCmd, const char *zVal){
  char *zEnd;
  long n = strtol(zVal, &zEnd, 10);
  if( *zEnd || zEnd==zVal || n<1 || n>64 ){
    fprintf(stderr, "%s: -j wants a number from 1 to 64\n", zCmd);
    return 0;
  }
  return (int)n;
}

int cli_number(const char *zCmd, const char *zOpt, const char *zVal, double *pr){
  char *zEnd;
  *pr = strtod(zVal, &zEnd);
  if( !*zVal || *zEnd || !isfinite(*pr) ){
    fprintf(stderr, "%s: %s wants a number, not '%s'\n", zCmd, zOpt, zVal);
    return 1;
  }
  return 0;
}

void cli_long_sentences(const brink_coder *pCoder, char *z, size_t n){
  const size_t *aSpan;
  size_t nSpan = brink_coder_sentences(pCoder, &aSpan);
  size_t nLong = 0, iFirst = 0, nFirst = 0;
  for(size_t i=0; i<nSpan; i++){
    size_t nByte = aSpan[2*i+1] - aSpan[2*i];
    if( nByte<=BRINK_MAX_SENTENCE ) continue;
    if( nLong++==0 ){ iFirst = i; nFirst = nByte; }
  }
  z[0] = 0;
  if( nLong==0 ) return;
  snprintf(z, n, "sentence %zu is %zu bytes, over the %u KiB limit%s; not coded", iFirst, nFirst,
           BRINK_MAX_SENTENCE>>10, nLong>1 ? " (and more after it)" : "");
}

int cli_ends_with(const char *z, const char *zSuffix, int bNoCase){
  size_t n = strlen(z), m = strlen(zSuffix);
  if( n<m ) return 0;
  return bNoCase ? strcasecmp(z+n-m, zSuffix)==0 : strcmp(z+n-m, zSuffix)==0;
}

int cli_is_country(const char *z){
  return strlen(z)==3 && isupper((unsigned char)z[0]) && isupper((unsigned char)z[1]) && isupper((unsigned char)z[2]);
}

char *cli_story_copy(brink_story *pDst, const brink_story *s){
  const char *az[7] = { s->zId, s->zDate, s->zTitle, s->zSource, s->zUrl, s->zDateline, s->zText };
  size_t an[7], nTotal = 0;
  for(int i=0; i<7; i++){
    an[i] = az[i] ? (i==6 ? s->nText : strlen(az[i])) : 0;
    nTotal += an[i] + 1;
  }
  char *z = malloc(nTotal);
  if( !z ) return 0;
  char *ap[7];
  char *q = z;
  for(int i=0; i<7; i++){
    ap[i] = 0;
    if( !az[i] ) continue;
    memcpy(q, az[i], an[i]);
    q[an[i]] = 0;
    ap[i] = q;
    q += an[i]+1;
  }
  memset(pDst, 0, sizeof *pDst);
  pDst->zId = ap[0]; pDst->zDate = ap[1]; pDst->zTitle = ap[2];
  pDst->zSource = ap[3]; pDst->zUrl = ap[4]; pDst->zDateline = ap[5]; pDst->zText = ap[6];
  pDst->nText = s->nText;
  pDst->bSentences = s->bSentences;
  return z;
}

brink_engine *cli_engine(const char *zCmd, const brink_engine_config *pCfg){
  char *zErr = 0;
  brink_engine *pEng = brink_engine_new(pCfg, &zErr);
  if( !pEng ) fprintf(stderr, "%s: %s\n", zCmd, zErr ? zErr : "cannot load dictionaries");
  free(zErr);
  brink_engine_stats st;
  if( pEng && strcmp(zCmd, "brink dict")!=0 ){
    /* an empty --dict file, or actors without verbs, codes nothing at all */
    brink_engine_stats_get(pEng, &st);
    if( st.nPattern==0 ) fprintf(stderr, "%s: warning: the dictionaries hold no verb patterns; no event can be coded\n", zCmd);
    /* a peer dictionary's code missing from the CAMEO table ("O254", a
    ** typo) still codes, but its events have no quad class or weight */
    if( st.nUnknownCode ) fprintf(stderr, "%s: warning: %zu verb pattern%s ha%s a code not in the CAMEO table; "
                                  "%s events get quad class 0 and no Goldstein weight ('brink dict check' lists them)\n",
                                  zCmd, st.nUnknownCode, st.nUnknownCode==1 ? "" : "s", st.nUnknownCode==1 ? "s" : "ve",
                                  st.nUnknownCode==1 ? "its" : "their");
  }
  return pEng;
}

long long cli_input_bytes(const char *const *azFile, int nFile){
  long long n = 0;
  for(int f=0; f<nFile; f++){
    struct stat st;
    if( strcmp(azFile[f], "-")!=0 && stat(azFile[f], &st)==0 && S_ISREG(st.st_mode) ) n += st.st_size;
  }
  return n;
}

double cli_now(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec/1e9;
}

/* Whether a progress line is on screen, unterminated (under stderr's lock). */
static int gbLineOpen = 0;

void cli_msg(const char *zFmt, ...){
  va_list ap;
  flockfile(stderr);
  if( gbLineOpen ){ fputs("\r\033[K", stderr); gbLineOpen = 0; }
  va_start(ap, zFmt);
  vfprintf(stderr, zFmt, ap);
  va_end(ap);
  funlockfile(stderr);
}

void cli_progress_show(const char *zCmd, unsigned long long nStory, unsigned long long nEvent,
                       double rElapsed, double rDone, int bFinal){
  double rRate = rElapsed>0 ? (double)nStory / rElapsed : 0;
  char zEta[32] = "";
  if( rDone>0.001 && rDone<1 && !bFinal ){
    double rLeft = rElapsed * (1 - rDone) / rDone;
    snprintf(zEta, sizeof zEta, "  ETA %d:%02d", (int)rLeft/60, (int)rLeft%60);
  }
  flockfile(stderr);
  fprintf(stderr, "\r%s: %llu stories  %.0f stories/s  %llu events%s\033[K", zCmd,
          nStory, rRate, nEvent, zEta);
  gbLineOpen = !bFinal;
  if( bFinal ) fputc('\n', stderr);
  funlockfile(stderr);
}

/* The exit status once zCmd has returned rc: a write to standard output
** that failed (a full disk, /dev/full) and was not reported yet (rc is not
** 1) is reported here, so that no command claims success after it. */
static int finish(const char *zCmd, int rc){
  int bErr = ferror(stdout);
  int e = 0;
  if( fflush(stdout)!=0 ){ bErr = 1; e = errno; }
  if( bErr && rc!=1 ){
    fprintf(stderr, "%s: error writing output%s%s\n", zCmd, e ? ": " : "", e ? strerror(e) : "");
    rc = 1;
  }
  return rc;
}

int main(int argc, char **argv){
  if( argc<2 ){ usage(stderr); return 1; }
  if( strcmp(argv[1], "help")==0 && argc>2 ){
    /* brink help COMMAND: that command's own --help */
    for(size_t i=0; i<sizeof aCmd/sizeof aCmd[0]; i++){
      if( strcmp(argv[2], aCmd[i].zName)==0 ){
        char zHelp[] = "--help";
        char *azArg[] = { argv[2], zHelp, 0 };
        return finish("brink", aCmd[i].xMain(2, azArg));
      }
    }
  }
  if( strcmp(argv[1], "--help")==0 || strcmp(argv[1], "-h")==0 || strcmp(argv[1], "help")==0 ){
    usage(stdout);
    return finish("brink", 0);
  }
  if( strcmp(argv[1], "--version")==0 ){ printf("brink %s\n", BRINK_VERSION); return finish("brink", 0); }
  for(size_t i=0; i<sizeof aCmd/sizeof aCmd[0]; i++){
    if( strcmp(argv[1], aCmd[i].zName)==0 ){
      char zCmd[32];
      snprintf(zCmd, sizeof zCmd, "brink %s", aCmd[i].zName);
      return finish(zCmd, aCmd[i].xMain(argc-1, argv+1));
    }
  }
  fprintf(stderr, "brink: unknown command '%s'\n\n", argv[1]);
  usage(stderr);
  return 1;
}
