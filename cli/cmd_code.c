/*
** cmd_code.c — `brink code`: stories in, events out.
**
** The main thread reads stories in batches; worker threads, each with its
** own brink_coder over the one shared engine, code a batch and format its
** events into per-story buffers while the main thread reads the next batch;
** then the main thread writes the buffers in input order.  Bad records are reported with file and line, skipped, and counted
** in the summary; they never stop the run.
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/stat.h>

#define BATCH 256

static const char zUsage[] =
"usage: brink code [OPTIONS] [FILE...]\n"
"\n"
"Code news stories into CAMEO/PLOVER events.  Reads each FILE (or standard\n"
"input when there is none or FILE is '-').\n"
"\n"
"Input (default: JSON Lines; a FILE ending in .txt is read as plain text):\n"
"  --jsonl              JSON Lines: one story per line with \"id\", \"date\"\n"
"                       (YYYY-MM-DD or ISO date-time) and \"text\"; optional\n"
"                       \"title\", \"source\", \"url\", \"dateline\"\n"
"  --text               each FILE is one plain-text story (id = file name)\n"
"  --sentences          one sentence per line (each FILE is one story)\n"
"  --date YYYY-MM-DD    the date of text and sentence input (required there);\n"
"                       for JSON Lines, the date of records that lack one\n"
"\n"
"Dictionaries:\n"
"  --dict FILE          code with exactly these dictionary files (repeatable);\n"
"                       brink's default dictionaries are then not loaded\n"
"  --dict-format F      auto (default) or brink\n"
"  --data DIR           the data folder (default: $BRINK_DATA or the built-in one)\n"
"\n"
"Output:\n"
"  -o, --output FMT     json (default) or tsv\n"
"  --explain            add to each JSON event the dictionary line that coded it\n"
"  -j, --jobs N         threads (default: all cores); output keeps input order\n"
"  -q, --quiet          no progress line and no summary on standard error\n"
"  -h, --help           this help\n"
"\n"
"JSON output: one object per event with the fields story_id, sentence (0-based),\n"
"date, source, source_text, target, target_text, code (CAMEO), root, quad (1-4),\n"
"goldstein, plover, plover_mode, mentions (times the story tells this event),\n"
"evidence (the sentence); location (where: mention, name, feature, country,\n"
"adm1, lat, lon, how) and quantities (min, max, qualifier, unit, category, text)\n"
"when known; issues when issue dictionaries are loaded.  TSV output: a header\n"
"line, then story_id sentence date source target code root quad goldstein\n"
"plover plover_mode mentions source_text target_text evidence location_name\n"
"country adm1 lat lon quantities, tab-separated.\n"
"\n"
"Limits: a story over 4 MiB or a JSON line over 16 MiB is skipped with an\n"
"error; a sentence over 8 KiB is not coded (the rest of its story is; a\n"
"message names it).\n"
"A progress line (stories/s, events, time left) is shown on standard error\n"
"when it is a terminal and the events go to a file or a pipe.\n"
"Exit status: 0 success, 1 fatal error, 2 some records were skipped.\n";

typedef struct Job {
  brink_story story;
  char *zOwned;       /* one malloc holding the story's strings */
  brink_buf out;
  int rc;
  char zErr[256];
  const char *zFile;  /* where the story came from, for messages */
  int iLine;
  char zLong[128];    /* its sentences too long to code (cli_long_sentences) */
} Job;

typedef struct Worker {
  pthread_t tid;
  brink_coder *pCoder;
  Job *aJob;
  int nJob;
  int *piNext;
  pthread_mutex_t *pMutex;
  int eOut;
} Worker;

static void *workerMain(void *pArg){
  Worker *w = pArg;
  for(;;){
    pthread_mutex_lock(w->pMutex);
    int i = (*w->piNext)++;
    pthread_mutex_unlock(w->pMutex);
    if( i>=w->nJob ) break;
    Job *j = &w->aJob[i];
    const brink_event *aEv;
    size_t nEv;
    j->rc = brink_code_story(w->pCoder, &j->story, &aEv, &nEv);
    if( j->rc!=BRINK_OK ){
      snprintf(j->zErr, sizeof j->zErr, "%s", brink_coder_errmsg(w->pCoder));
      continue;
    }
    cli_long_sentences(w->pCoder, j->zLong, sizeof j->zLong);
    for(size_t k=0; k<nEv; k++){
      if( brink_event_format(&aEv[k], w->eOut, &j->out)!=BRINK_OK ){
        j->rc = BRINK_ENOMEM;
        snprintf(j->zErr, sizeof j->zErr, "out of memory formatting events");
        break;
      }
    }
  }
  return 0;
}

/* Copy a story so it outlives the reader's next call. */
static int jobFill(Job *j, const brink_story *s){
  memset(j, 0, sizeof *j);
  j->zOwned = cli_story_copy(&j->story, s);
  return j->zOwned!=0;
}

/* A batch of jobs being coded by the worker threads while the main thread
** reads the next one. */
typedef struct Batch {
  Job *aJob; int nJob;
  Worker aW[64]; int nStarted;
  int iNext;
  pthread_mutex_t mutex;
} Batch;

typedef struct Run {
  brink_coder **apCoder;
  int nThread;
  int eOut;
  Batch aBatch[2];
  int iFill;            /* the batch being filled by the reader */
  int bBusy;            /* the other batch is being coded */
  unsigned long long nStory, nEvent, nSkipped, nFailed;
  int bWriteErr;
  /* the progress line (stderr a terminal, no -q) */
  int bProgress;
  double rStart, rLast;
  long long nBytesDone, nBytesTotal;   /* of the input files that are regular files */
  FILE *fpCur;                         /* the file being read */
} Run;

/* Redraw the progress line, at most twice a second unless bFinal. */
static void codeProgress(Run *r, int bFinal){
  if( !r->bProgress ) return;
  double rNow = cli_now();
  if( !bFinal && rNow - r->rLast < 0.5 ) return;
  r->rLast = rNow;
  double rDone = -1;
  if( r->nBytesTotal>0 ){
    long long n = r->nBytesDone;
    if( r->fpCur && r->fpCur!=stdin ){ long o = ftell(r->fpCur); if( o>0 ) n += o; }
    rDone = (double)n / (double)r->nBytesTotal;
  }
  cli_progress_show("brink code", r->nStory, r->nEvent, rNow - r->rStart, rDone, bFinal);
}

static void batchStart(Run *r, Batch *b){
  b->iNext = 0;
  b->nStarted = 0;
  int nT = r->nThread < b->nJob ? r->nThread : b->nJob;
  for(int t=0; t<nT; t++){
    b->aW[t].pCoder = r->apCoder[t];
    b->aW[t].aJob = b->aJob; b->aW[t].nJob = b->nJob;
    b->aW[t].piNext = &b->iNext; b->aW[t].pMutex = &b->mutex;
    b->aW[t].eOut = r->eOut;
    if( r->nThread>1 && pthread_create(&b->aW[t].tid, 0, workerMain, &b->aW[t])==0 ) b->nStarted++;
  }
  if( b->nStarted==0 && nT>0 ) workerMain(&b->aW[0]);   /* one thread, or none could start */
}

static void batchFinish(Run *r, Batch *b){
  for(int t=0; t<b->nStarted; t++) pthread_join(b->aW[t].tid, 0);
  b->nStarted = 0;
  for(int i=0; i<b->nJob; i++){
    Job *j = &b->aJob[i];
    if( j->rc!=BRINK_OK ){
      cli_msg("brink code: %s\n", j->zErr);
      r->nFailed++;
    }else{
      if( j->zLong[0] ) cli_msg("brink code: %s:%d: story %s: %s\n", j->zFile, j->iLine, j->story.zId, j->zLong);
      r->nStory++;
      for(size_t k=0; k<j->out.n; k++) if( j->out.z[k]=='\n' ) r->nEvent++;
      if( j->out.n && fwrite(j->out.z, 1, j->out.n, stdout)!=j->out.n ) r->bWriteErr = 1;
    }
    brink_buf_free(&j->out);
    free(j->zOwned);
  }
  b->nJob = 0;
  codeProgress(r, 0);
}

/* Hand the filled batch to the workers (after the previous one is written)
** and switch the reader to the other buffer. */
static void runBatch(Run *r){
  Batch *pFill = &r->aBatch[r->iFill], *pOther = &r->aBatch[!r->iFill];
  if( r->bBusy ){ batchFinish(r, pOther); r->bBusy = 0; }
  if( pFill->nJob==0 ) return;
  batchStart(r, pFill);
  r->bBusy = 1;
  r->iFill = !r->iFill;
}

/* Write out everything still in flight. */
static void runDrain(Run *r){
  runBatch(r);
  if( r->bBusy ){ batchFinish(r, &r->aBatch[!r->iFill]); r->bBusy = 0; }
}

/* The options of one `brink code` run. */
typedef struct CodeOpts {
  const char *zDate, *zData, *zDictFormat;
  const char **azDict, **azFile;   /* argc+1 slots each */
  int nDict, nFile;
  int eFmt, eOut, nThread, bQuiet;
} CodeOpts;

/* Parse the command line into *o and fill in the defaults.  Returns -1 to
** go on, else the exit status (after --help, or after saying what is
** wrong). */
static int codeParse(int argc, char **argv, CodeOpts *o){
  int bExplain = 0;
  for(int i=1; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){
      fputs(zUsage, stdout); return 0;
    }
    else if( strcmp(argv[i], "--jsonl")==0 ) o->eFmt = BRINK_FMT_JSONL;
    else if( strcmp(argv[i], "--text")==0 ) o->eFmt = BRINK_FMT_TEXT;
    else if( strcmp(argv[i], "--sentences")==0 ) o->eFmt = BRINK_FMT_SENTENCES;
    else if( strcmp(argv[i], "-q")==0 || strcmp(argv[i], "--quiet")==0 ) o->bQuiet = 1;
    else if( strcmp(argv[i], "--explain")==0 ) bExplain = 1;
    else if( (v = cli_opt(argc, argv, &i, "--date", 0))!=0 ) o->zDate = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) o->zData = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict", 0))!=0 ) o->azDict[o->nDict++] = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict-format", 0))!=0 ) o->zDictFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--output", "-o"))!=0 ){
      if( strcmp(v, "json")==0 || strcmp(v, "jsonl")==0 ) o->eOut = BRINK_OUT_JSON;
      else if( strcmp(v, "tsv")==0 ) o->eOut = BRINK_OUT_TSV;
      else { fprintf(stderr, "brink code: unknown output format '%s' (use json or tsv)\n", v); return 1; }
    }
    else if( (v = cli_opt(argc, argv, &i, "--jobs", "-j"))!=0 ){
      if( !(o->nThread = cli_jobs("brink code", v)) ) return 1;
    }
    else if( argv[i][0]=='-' && argv[i][1] ){
      fprintf(stderr, "brink code: unknown option '%s' (see brink code --help)\n", argv[i]);
      return 1;
    }
    else o->azFile[o->nFile++] = argv[i];
  }
  if( o->nFile==0 ) o->azFile[o->nFile++] = "-";
  if( bExplain && o->eOut==BRINK_OUT_JSON ) o->eOut = BRINK_OUT_JSON_EXPLAIN;
  if( o->zDate ){
    int32_t d;
    if( brink_date_parse(o->zDate, &d)!=BRINK_OK ){
      fprintf(stderr, "brink code: --date '%s' is not a date (want YYYY-MM-DD)\n", o->zDate);
      return 1;
    }
  }
  if( o->nThread==0 ) o->nThread = cli_ncpu();
  if( o->nThread>64 ) o->nThread = 64;
  return -1;
}

/* Set up the run: one coder a thread over pEng, and the two batches.
** Returns 0 when out of memory; *r must be runFree()d either way. */
static int runInit(Run *r, const brink_engine *pEng, int nThread, int eOut){
  memset(r, 0, sizeof *r);
  r->nThread = nThread;
  r->eOut = eOut;
  r->apCoder = calloc((size_t)nThread, sizeof(brink_coder*));
  r->aBatch[0].aJob = calloc(BATCH, sizeof(Job));
  r->aBatch[1].aJob = calloc(BATCH, sizeof(Job));
  pthread_mutex_init(&r->aBatch[0].mutex, 0);
  pthread_mutex_init(&r->aBatch[1].mutex, 0);
  int bOk = r->apCoder && r->aBatch[0].aJob && r->aBatch[1].aJob;
  for(int t=0; bOk && t<nThread; t++){
    r->apCoder[t] = brink_coder_new(pEng);
    if( !r->apCoder[t] ) bOk = 0;
  }
  return bOk;
}

/* Release what runInit made. */
static void runFree(Run *r){
  for(int t=0; r->apCoder && t<r->nThread; t++) brink_coder_free(r->apCoder[t]);
  free(r->apCoder);
  free(r->aBatch[0].aJob);
  free(r->aBatch[1].aJob);
  pthread_mutex_destroy(&r->aBatch[0].mutex);
  pthread_mutex_destroy(&r->aBatch[1].mutex);
}

/* Read every story of pRd into the batches, handing each full one to the
** workers.  Returns 1 when out of memory (said), else 0; a bad record is
** reported, counted and skipped. */
static int codeStories(Run *r, brink_reader *pRd, const char *zName){
  for(;;){
    brink_story s;
    int rr = brink_reader_next(pRd, &s);
    if( rr==BRINK_EOF ) break;
    if( rr!=BRINK_OK ){
      cli_msg("brink code: %s\n", brink_reader_errmsg(pRd));
      r->nSkipped++;
      if( rr==BRINK_EIO ) break;
      continue;
    }
    Batch *b = &r->aBatch[r->iFill];
    if( !jobFill(&b->aJob[b->nJob], &s) ){ cli_msg("brink code: out of memory\n"); return 1; }
    b->aJob[b->nJob].zFile = zName;
    b->aJob[b->nJob].iLine = brink_reader_line(pRd);
    b->nJob++;
    if( b->nJob==BATCH ) runBatch(r);
  }
  return 0;
}

/* Read and code each input file in turn.  A file that cannot be opened is
** skipped; text input without --date is skipped and makes the exit status
** 1, and the run goes on with the other files; running out of memory stops
** it at once.  Returns 0 or 1. */
static int codeFiles(Run *r, const CodeOpts *o){
  int rc = 0;
  int bFatal = 0;   /* out of memory: no more files */
  r->nBytesTotal = cli_input_bytes(o->azFile, o->nFile);
  r->bProgress = !o->bQuiet && isatty(2) && !isatty(1);   /* not over events on the screen */
  r->rStart = cli_now();
  r->rLast = r->rStart - 1;   /* the first batch shows the line at once */
  for(int f=0; f<o->nFile; f++){
    const char *zName = o->azFile[f];
    FILE *fp = strcmp(zName, "-")==0 ? stdin : fopen(zName, "rb");
    if( !fp ){
      cli_msg("brink code: %s: %s\n", zName, strerror(errno));
      r->nSkipped++;
      continue;
    }
    int e = o->eFmt;
    if( e<0 ) e = cli_ends_with(zName, ".txt", 0) ? BRINK_FMT_TEXT : BRINK_FMT_JSONL;
    if( e!=BRINK_FMT_JSONL && !o->zDate ){
      cli_msg("brink code: %s: text input needs --date YYYY-MM-DD\n", zName);
      if( fp!=stdin ) fclose(fp);
      r->nSkipped++;
      rc = 1;
      continue;
    }
    brink_reader *pRd = brink_reader_new(fp, zName, e, o->zDate);
    if( !pRd ){ cli_msg("brink code: out of memory\n"); if( fp!=stdin ) fclose(fp); rc = 1; break; }
    r->fpCur = fp;
    if( codeStories(r, pRd, zName) ) rc = bFatal = 1;
    brink_reader_free(pRd);
    r->fpCur = 0;
    if( fp!=stdin ){
      struct stat st;
      if( fstat(fileno(fp), &st)==0 && S_ISREG(st.st_mode) ) r->nBytesDone += st.st_size;
      fclose(fp);
    }
    if( bFatal ) break;
  }
  return rc;
}

/* The summary line on standard error. */
static void codeSummary(const Run *r){
  brink_coder_stats st, tot;
  memset(&tot, 0, sizeof tot);
  for(int t=0; t<r->nThread; t++){
    brink_coder_stats_get(r->apCoder[t], &st);
    tot.nSentence += st.nSentence; tot.nLongSentence += st.nLongSentence; tot.nDiscarded += st.nDiscarded;
  }
  fprintf(stderr, "brink code: %llu stories, %llu sentences, %llu events; %llu records skipped, "
          "%llu stories failed, %llu sentences over the length limit\n",
          r->nStory, (unsigned long long)tot.nSentence, r->nEvent, r->nSkipped, r->nFailed,
          (unsigned long long)tot.nLongSentence);
}

/* Load the engine, code every file and write the events.  Returns the
** exit status. */
static int codeRun(const CodeOpts *o){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = o->zData;
  cfg.azDict = o->nDict ? o->azDict : 0;
  cfg.zDictFormat = o->zDictFormat;
  cfg.xDiag = cli_diag;
  brink_engine *pEng = cli_engine("brink code", &cfg);
  if( !pEng ) return 1;
  Run r;
  int rc = 0;
  if( !runInit(&r, pEng, o->nThread, o->eOut) ){
    fprintf(stderr, "brink code: out of memory\n");
    rc = 1;
  }else{
    if( o->eOut==BRINK_OUT_TSV ) fputs(brink_tsv_header(), stdout);
    rc = codeFiles(&r, o);
    runDrain(&r);
    codeProgress(&r, 1);
    if( fflush(stdout)!=0 || r.bWriteErr ){
      fprintf(stderr, "brink code: error writing output: %s\n", strerror(errno));
      rc = 1;
    }
    if( !o->bQuiet ) codeSummary(&r);
    if( rc==0 && (r.nSkipped || r.nFailed) ) rc = 2;
  }
  runFree(&r);
  brink_engine_free(pEng);
  return rc;
}

int cmd_code(int argc, char **argv){
  CodeOpts o;
  memset(&o, 0, sizeof o);
  o.eFmt = -1;
  o.eOut = BRINK_OUT_JSON;
  o.azDict = calloc((size_t)argc+1, sizeof(char*));
  o.azFile = calloc((size_t)argc+1, sizeof(char*));
  int rc;
  if( !o.azDict || !o.azFile ){ fprintf(stderr, "brink code: out of memory\n"); rc = 1; }
  else{
    rc = codeParse(argc, argv, &o);
    if( rc<0 ) rc = codeRun(&o);
  }
  free(o.azDict);
  free(o.azFile);
  return rc;
}
