/*
** cmd_ingest.c — `brink ingest`: code stories and keep them in an event
** store; also the coding pipeline `brink recode` shares (cli_store_run).
**
** The main thread reads stories in chunks of CHUNK.  Coder threads, each
** with its own brink_coder over the one shared engine, code them and turn
** each story into a brink_store_item (a deep copy, so the coder can go on);
** a writer thread puts them in the store, in input order, one transaction
** per BATCH stories.  So a kill at any moment loses at most the batches
** not yet committed, and each committed story is complete.
*/
#include "cli.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Stories per transaction: big enough that commits cost little (a commit
** in WAL mode with synchronous=NORMAL is a write, not an fsync, but it
** writes every page the batch touched, and the SimHash band index takes new
** keys all over: 256 stories a batch wrote 85 MB of WAL for Reuters' 24 MB,
** 1,024 write 40 MB), small enough that a crash loses little work. */
#define BATCH 1024
/* Stories per hand-over between the pipeline's stages: a batch is coded and
** written in chunks, so that the pipe fills and drains quickly. */
#define CHUNK 256
/* Chunks in the pipe at once (being read, coded or written). */
#define NSLOT 8

static const char zUsage[] =
"usage: brink ingest --db FILE [OPTIONS] [STORIES...]\n"
"\n"
"Code news stories and store them, with their sentences and events, in the\n"
"SQLite database FILE (created if missing).  Reads each STORIES file, or\n"
"standard input when there is none or it is '-'.\n"
"\n"
"A story whose id is already stored is replaced, never duplicated: when its\n"
"text, date, title, source, url, dateline and dictionaries are as stored it\n"
"is left as it is; when any of them changed it is coded again.  Stories are\n"
"committed in batches of 1,024, so an interrupted ingest keeps every batch it\n"
"committed; run it again to carry on.\n"
"\n"
"Input (as for brink code; default JSON Lines, a FILE ending in .txt is text):\n"
"  --jsonl | --text | --sentences\n"
"  --date YYYY-MM-DD    the date of text and sentence input (required there)\n"
"\n"
"Dictionaries:\n"
"  --dict FILE          code with exactly these dictionary files (repeatable)\n"
"  --dict-format F      auto (default) or brink\n"
"  --data DIR           the data folder (default: $BRINK_DATA or the built-in one)\n"
"\n"
"Other:\n"
"  --db FILE            the database (required)\n"
"  -j, --jobs N         coding threads (default: all cores)\n"
"  -q, --quiet          no progress line and no summary\n"
"  -h, --help           this help\n"
"\n"
"A progress line (stories/s, events, time left) is shown on standard error\n"
"when it is a terminal.  Exit status: 0 success, 1 fatal error (nothing\n"
"committed is lost), 2 some records were skipped.\n";

/* ---- The pipeline shared with recode ---------------------------------------- */

typedef struct Job {
  brink_story story;
  char *zOwned;          /* one malloc holding the story's strings */
  brink_store_item *pItem;
  int rc;
  char zErr[256];
  char zLong[128];       /* its sentences too long to code (cli_long_sentences) */
} Job;

/* Copy a story so it outlives its source's next call (all of it: the
** dateline too, which places events; ingest once coded without it). */
static int jobFill(Job *j, const brink_story *s){
  memset(j, 0, sizeof *j);
  j->zOwned = cli_story_copy(&j->story, s);
  return j->zOwned!=0;
}

/* A chunk of stories on its way through the pipe. */
enum { SLOT_FREE, SLOT_CODING, SLOT_CODED };
typedef struct Slot {
  Job *aJob;
  int nJob;              /* stories in it */
  int nTaken, nDone;     /* handed to coders, coded */
  int eState;
  int bCommit;           /* the writer commits after it */
} Slot;

typedef struct Pipe Pipe;
typedef struct Coder { Pipe *p; brink_coder *pCoder; pthread_t tid; int bStarted; } Coder;

struct Pipe {
  const char *zCmd;
  brink_store *pStore;
  const char *zDb;
  int nPutFlags;
  /* The main thread reads and parses stories into slots of CHUNK; the
  ** coder threads code them, oldest slot first, each story into a
  ** brink_store_item; the writer thread puts the slots in the store in
  ** order, one transaction per BATCH stories.  NSLOT slots go round, so a
  ** stage that is slow for a while does not stop the others.
  **
  ** `q` guards the slots and everything marked (q) below.  The store handle
  ** is used by one thread at a time under `store`: the writer for each put
  ** and commit, the main thread for its unchanged-story look-ups, progress
  ** line and, in recode, for reading the stories from the store. */
  Slot aSlot[NSLOT];
  int iFill;                   /* the slot the main thread fills (main) */
  int iCode;                   /* (q) the slot coders take from */
  int iWrite;                  /* the slot the writer writes next (writer) */
  int nSubmitted, nWritten;    /* (q) slots */
  int bEnd;                    /* (q) no more slots will come */
  int bFatal;                  /* (q) the writer failed: the run stops */
  pthread_mutex_t q, store;
  pthread_cond_t cCode, cWrite, cFree;
  int nChunk;                  /* chunks submitted since the last commit chunk (main) */
  int nTxn;                    /* stories put in the open transaction (writer, then main) */
  uint64_t nRead, nSkipped;    /* main */
  uint64_t nFailed;            /* writer; main reads it after joining */
  /* Story ids read but not yet written (q): counts by hash of the id.  A
  ** story whose id may be in flight is never judged unchanged against the
  ** store, which does not have the in-flight version yet; it is coded and
  ** brink_store_put, in input order, decides. */
  uint16_t *aInFlight;
  /* progress (main) */
  int bProgress;
  double rStart, rLast;
  cli_progress_fn xProgress; void *pProgressArg;
  /* threads (main) */
  Coder *aCoder;
  int nCoder, nStarted;        /* coders made, coder threads started */
  pthread_t writer;
  int bWriter;                 /* the writer thread started */
};

#define IN_FLIGHT (1<<18)
static size_t inFlightSlot(const char *zId){
  uint64_t h = 14695981039346656037ull;
  for(const unsigned char *z = (const unsigned char*)(zId ? zId : ""); *z; z++){ h ^= *z; h *= 1099511628211ull; }
  h ^= h>>29;
  return (size_t)(h & (IN_FLIGHT-1));
}

/* Main thread. */
static void showProgress(Pipe *p, int bFinal){
  if( !p->bProgress ) return;
  double rNow = cli_now();
  if( !bFinal && rNow - p->rLast < 0.5 ) return;
  p->rLast = rNow;
  brink_store_stats st;
  pthread_mutex_lock(&p->store);
  brink_store_stats_get(p->pStore, &st);
  pthread_mutex_unlock(&p->store);
  double rDone = p->xProgress ? p->xProgress(p->pProgressArg) : -1;
  cli_progress_show(p->zCmd, p->nRead, (unsigned long long)st.nEvent, rNow - p->rStart, rDone, bFinal);
}

static void *coderMain(void *pArg){
  Coder *c = pArg;
  Pipe *p = c->p;
  pthread_mutex_lock(&p->q);
  for(;;){
    Slot *s = &p->aSlot[p->iCode];
    if( s->eState!=SLOT_CODING || s->nTaken>=s->nJob ){
      if( p->bEnd ) break;
      pthread_cond_wait(&p->cCode, &p->q);
      continue;
    }
    int i = s->nTaken++;
    if( s->nTaken==s->nJob ) p->iCode = (p->iCode + 1) % NSLOT;
    int bSkip = p->bFatal;
    pthread_mutex_unlock(&p->q);
    Job *j = &s->aJob[i];
    if( bSkip ){
      j->rc = BRINK_EINVAL;       /* the run is stopping: never written */
    }else{
      const brink_event *aEv;
      size_t nEv;
      j->rc = brink_code_story(c->pCoder, &j->story, &aEv, &nEv);
      if( j->rc!=BRINK_OK ){
        snprintf(j->zErr, sizeof j->zErr, "%s", brink_coder_errmsg(c->pCoder));
      }else{
        const size_t *aSpan;
        size_t nSpan = brink_coder_sentences(c->pCoder, &aSpan);
        cli_long_sentences(c->pCoder, j->zLong, sizeof j->zLong);
        j->pItem = brink_store_item_new_spans(&j->story, aEv, nEv, aSpan, nSpan);
        if( !j->pItem ){ j->rc = BRINK_ENOMEM; snprintf(j->zErr, sizeof j->zErr, "out of memory"); }
      }
    }
    pthread_mutex_lock(&p->q);
    if( ++s->nDone==s->nJob ){
      s->eState = SLOT_CODED;
      pthread_cond_signal(&p->cWrite);
    }
  }
  pthread_mutex_unlock(&p->q);
  return 0;
}

/* Commit the open transaction, or roll it back after a failure, saying so.
** Returns 0 or 1 (fatal).  Whoever holds the store. */
static int pipeCommit(Pipe *p, int bFailed){
  if( !bFailed && brink_store_commit(p->pStore)!=BRINK_OK ){
    cli_msg("%s: %s\n", p->zCmd, brink_store_errmsg(p->pStore));
    bFailed = 1;
  }
  if( bFailed ){
    brink_store_rollback(p->pStore);
    brink_store_stats st;
    brink_store_stats_get(p->pStore, &st);
    cli_msg("%s: the last batch (%d stories) was not stored; the %llu stories committed"
            " before it are intact in %s\n", p->zCmd, p->nTxn, (unsigned long long)st.nCommitted, p->zDb);
  }
  p->nTxn = 0;
  return bFailed;
}

/* Put one coded slot into the store (writer thread). */
static int slotWrite(Pipe *p, Slot *s){
  int bFailed = 0;
  for(int i=0; i<s->nJob && !bFailed; i++){
    Job *j = &s->aJob[i];
    if( j->rc!=BRINK_OK ){
      cli_msg("%s: %s\n", p->zCmd, j->zErr);
      p->nFailed++;
      continue;
    }
    if( j->zLong[0] ) cli_msg("%s: story %s: %s\n", p->zCmd, j->story.zId, j->zLong);
    pthread_mutex_lock(&p->store);
    if( brink_store_put(p->pStore, j->pItem, p->nPutFlags, 0)!=BRINK_OK ){
      cli_msg("%s: %s\n", p->zCmd, brink_store_errmsg(p->pStore));
      bFailed = 1;
    }
    p->nTxn++;
    pthread_mutex_unlock(&p->store);
    brink_store_item_free(j->pItem);
    j->pItem = 0;
  }
  if( bFailed || s->bCommit ){
    pthread_mutex_lock(&p->store);
    bFailed = pipeCommit(p, bFailed);
    pthread_mutex_unlock(&p->store);
  }
  return bFailed;
}

static void slotClear(Slot *s){
  for(int i=0; i<s->nJob; i++){
    brink_store_item_free(s->aJob[i].pItem);
    free(s->aJob[i].zOwned);
  }
  s->nJob = s->nTaken = s->nDone = 0;
  s->bCommit = 0;
}

static void *writerMain(void *pArg){
  Pipe *p = pArg;
  pthread_mutex_lock(&p->q);
  for(;;){
    Slot *s = &p->aSlot[p->iWrite];
    if( p->nWritten==p->nSubmitted && p->bEnd ) break;
    if( p->nWritten==p->nSubmitted || s->eState!=SLOT_CODED ){
      pthread_cond_wait(&p->cWrite, &p->q);
      continue;
    }
    int bFatal = p->bFatal;
    pthread_mutex_unlock(&p->q);
    if( !bFatal && slotWrite(p, s) ) bFatal = 1;
    pthread_mutex_lock(&p->q);
    if( bFatal ) p->bFatal = 1;
    for(int i=0; i<s->nJob; i++){
      size_t k = inFlightSlot(s->aJob[i].story.zId);
      if( p->aInFlight[k] ) p->aInFlight[k]--;
    }
    pthread_mutex_unlock(&p->q);
    slotClear(s);
    pthread_mutex_lock(&p->q);
    s->eState = SLOT_FREE;
    p->nWritten++;
    p->iWrite = (p->iWrite + 1) % NSLOT;
    pthread_cond_signal(&p->cFree);
  }
  pthread_mutex_unlock(&p->q);
  return 0;
}

/* Hand the filled slot to the coders and wait for the next one to be free.
** Returns 1 when the run must stop (the writer failed). */
static int pipeSubmit(Pipe *p, int bLast){
  Slot *s = &p->aSlot[p->iFill];
  pthread_mutex_lock(&p->q);
  if( s->nJob>0 ){
    /* one transaction per BATCH stories; the last chunk commits too */
    s->bCommit = bLast || ++p->nChunk*CHUNK >= BATCH;
    if( s->bCommit ) p->nChunk = 0;
    s->eState = SLOT_CODING;
    p->nSubmitted++;
    pthread_cond_broadcast(&p->cCode);
    p->iFill = (p->iFill + 1) % NSLOT;
    s = &p->aSlot[p->iFill];
    while( s->eState!=SLOT_FREE ) pthread_cond_wait(&p->cFree, &p->q);
  }
  int bFatal = p->bFatal;
  pthread_mutex_unlock(&p->q);
  showProgress(p, 0);
  return bFatal;
}

/* Set up the pipe's locks, the in-flight table, the slots and one coder a
** thread.  Returns 0 when out of memory; pipeFree() releases it either
** way. */
static int pipeInit(Pipe *p, const brink_engine *pEng, int nThread){
  pthread_mutex_init(&p->q, 0);
  pthread_mutex_init(&p->store, 0);
  pthread_cond_init(&p->cCode, 0);
  pthread_cond_init(&p->cWrite, 0);
  pthread_cond_init(&p->cFree, 0);
  p->aCoder = calloc((size_t)nThread, sizeof(Coder));
  p->nCoder = nThread;
  p->aInFlight = calloc(IN_FLIGHT, sizeof(uint16_t));
  int bOk = p->aCoder!=0 && p->aInFlight!=0;
  for(int k=0; k<NSLOT && bOk; k++){
    if( !(p->aSlot[k].aJob = calloc(CHUNK, sizeof(Job))) ) bOk = 0;
  }
  for(int t=0; bOk && t<nThread; t++){
    p->aCoder[t].p = p;
    if( !(p->aCoder[t].pCoder = brink_coder_new(pEng)) ) bOk = 0;
  }
  return bOk;
}

/* Start the coder threads and the writer.  Returns 0, or 1 after saying
** they could not start (pipeStop joins the coders that did). */
static int pipeStart(Pipe *p){
  for(int t=0; t<p->nCoder; t++){
    if( pthread_create(&p->aCoder[t].tid, 0, coderMain, &p->aCoder[t])!=0 ) break;
    p->aCoder[t].bStarted = 1;
    p->nStarted++;
  }
  if( p->nStarted>0 && pthread_create(&p->writer, 0, writerMain, p)==0 ) p->bWriter = 1;
  if( !p->bWriter ){
    cli_msg("%s: cannot start threads\n", p->zCmd);
    return 1;
  }
  return 0;
}

/* Read every story xNext gives into the slots, handing each full slot to
** the coders; a story the store holds unchanged is not coded again.
** Returns 1 when reading failed, else 0; *pbFatal is set when the store
** failed (both said). */
static int pipeRead(Pipe *p, cli_story_fn xNext, void *pArg, int *pbFatal){
  const char *zCmd = p->zCmd;
  brink_store *pStore = p->pStore;
  /* recode (BRINK_PUT_FORCE) reads its stories from the store itself */
  int bNextLocks = (p->nPutFlags & BRINK_PUT_FORCE)!=0;
  for(;;){
    brink_story s;
    if( bNextLocks ) pthread_mutex_lock(&p->store);
    int rr = xNext(pArg, &s);
    if( bNextLocks ) pthread_mutex_unlock(&p->store);
    if( rr==BRINK_EOF ) break;
    if( rr!=BRINK_OK ){
      if( rr==BRINK_EIO || rr==BRINK_ENOMEM || rr<=BRINK_ENOTDB ) return 1;
      p->nSkipped++;
      continue;
    }
    p->nRead++;
    size_t iSlot = inFlightSlot(s.zId);
    pthread_mutex_lock(&p->q);
    int bInFlight = p->aInFlight[iSlot]!=0;    /* only main adds, so it cannot appear meanwhile */
    pthread_mutex_unlock(&p->q);
    if( !(p->nPutFlags & BRINK_PUT_FORCE) && !bInFlight ){
      pthread_mutex_lock(&p->store);
      int bSame = brink_store_unchanged(pStore, &s);
      if( bSame<0 ) cli_msg("%s: %s\n", zCmd, brink_store_errmsg(pStore));
      pthread_mutex_unlock(&p->store);
      if( bSame<0 ){ *pbFatal = 1; break; }
      if( bSame ){ continue; }
    }
    Slot *sl = &p->aSlot[p->iFill];
    if( !jobFill(&sl->aJob[sl->nJob], &s) ){ cli_msg("%s: out of memory\n", zCmd); return 1; }
    sl->nJob++;
    pthread_mutex_lock(&p->q);
    if( p->aInFlight[iSlot]<UINT16_MAX ) p->aInFlight[iSlot]++;
    pthread_mutex_unlock(&p->q);
    if( sl->nJob==CHUNK && pipeSubmit(p, 0) ){ *pbFatal = 1; break; }
  }
  return 0;
}

/* Tell the threads the input is over, join them and commit what the
** writer left open.  Returns whether the run failed (bFatal, or the writer
** or the commit failed). */
static int pipeStop(Pipe *p, int bFatal){
  pthread_mutex_lock(&p->q);
  p->bEnd = 1;
  pthread_cond_broadcast(&p->cCode);
  pthread_cond_broadcast(&p->cWrite);
  pthread_mutex_unlock(&p->q);
  for(int t=0; t<p->nStarted; t++) pthread_join(p->aCoder[t].tid, 0);
  if( p->bWriter ) pthread_join(p->writer, 0);
  slotClear(&p->aSlot[p->iFill]);    /* a slot filled but never submitted */
  if( p->bFatal ) bFatal = 1;
  /* a transaction the writer left open (its last chunk was not a commit chunk) */
  if( !bFatal && p->nTxn>0 && pipeCommit(p, 0) ) bFatal = 1;
  return bFatal;
}

/* End the run in the store and print the summary.  Returns the exit
** status, from rc so far. */
static int pipeEnd(Pipe *p, int rc, int bFatal, int bQuiet){
  const char *zCmd = p->zCmd;
  showProgress(p, 1);
  if( bFatal ) rc = 1;
  if( !bFatal && brink_store_run_end(p->pStore, p->nFailed + p->nSkipped)!=BRINK_OK ){
    cli_msg("%s: %s\n", zCmd, brink_store_errmsg(p->pStore));
    rc = 1;
  }
  brink_store_stats st;
  brink_store_stats_get(p->pStore, &st);
  if( !bQuiet ){
    cli_msg("%s: %llu stories read: %llu new, %llu replaced, %llu unchanged; %llu events stored;"
            " %llu records skipped, %llu stories failed\n", zCmd, (unsigned long long)p->nRead,
            (unsigned long long)st.nInserted, (unsigned long long)st.nReplaced,
            (unsigned long long)st.nUnchanged,
            (unsigned long long)st.nEvent, (unsigned long long)p->nSkipped, (unsigned long long)p->nFailed);
  }
  if( rc==0 && (p->nSkipped || p->nFailed) ) rc = 2;
  return rc;
}

/* Release what pipeInit made, with any story still in a slot. */
static void pipeFree(Pipe *p){
  for(int t=0; p->aCoder && t<p->nCoder; t++) brink_coder_free(p->aCoder[t].pCoder);
  free(p->aCoder);
  for(int k=0; k<NSLOT; k++){
    if( p->aSlot[k].aJob ) slotClear(&p->aSlot[k]);
    free(p->aSlot[k].aJob);
  }
  pthread_mutex_destroy(&p->q);
  pthread_mutex_destroy(&p->store);
  pthread_cond_destroy(&p->cCode);
  pthread_cond_destroy(&p->cWrite);
  pthread_cond_destroy(&p->cFree);
  free(p->aInFlight);
}

int cli_store_run(const char *zCmd, brink_store *pStore, const char *zDb, const brink_engine *pEng,
                  int nThread, int nPutFlags, int bQuiet, cli_story_fn xNext, void *pArg,
                  cli_progress_fn xProgress, void *pProgressArg){
  Pipe p;
  memset(&p, 0, sizeof p);
  p.zCmd = zCmd; p.pStore = pStore; p.zDb = zDb; p.nPutFlags = nPutFlags;
  p.xProgress = xProgress; p.pProgressArg = pProgressArg;
  p.bProgress = !bQuiet && isatty(2);
  p.rStart = cli_now();
  p.rLast = p.rStart - 1;     /* the first chunk shows the progress line at once */
  int rc = 0;
  if( !pipeInit(&p, pEng, nThread) ){
    cli_msg("%s: out of memory\n", zCmd);
    rc = 1;
  }else if( pipeStart(&p) ){
    pipeStop(&p, 0);          /* joins the coders that started; nothing was read */
    rc = 1;
  }else{
    int bFatal = 0;
    rc = pipeRead(&p, xNext, pArg, &bFatal);
    if( !bFatal && pipeSubmit(&p, 1) ) bFatal = 1;
    bFatal = pipeStop(&p, bFatal);
    rc = pipeEnd(&p, rc, bFatal, bQuiet);
  }
  pipeFree(&p);
  return rc;
}

/* ---- Reading story files ----------------------------------------------------- */

typedef struct Files {
  const char **azFile; int nFile, iFile;
  int eFmt; const char *zDate;
  FILE *fp; brink_reader *pRd;
  long long nBytesDone, nBytesTotal;
  int bBad;                /* a file could not be opened */
} Files;

static void filesClose(Files *f){
  if( f->pRd ){ brink_reader_free(f->pRd); f->pRd = 0; }
  if( f->fp && f->fp!=stdin ){
    struct stat st;
    if( fstat(fileno(f->fp), &st)==0 ) f->nBytesDone += st.st_size;
    fclose(f->fp);
  }
  f->fp = 0;
}

static int filesNext(void *pArg, brink_story *pStory){
  Files *f = pArg;
  for(;;){
    if( !f->pRd ){
      if( f->iFile>=f->nFile ) return BRINK_EOF;
      const char *zName = f->azFile[f->iFile++];
      f->fp = strcmp(zName, "-")==0 ? stdin : fopen(zName, "rb");
      if( !f->fp ){
        cli_msg("brink ingest: %s: %s\n", zName, strerror(errno));
        f->bBad = 1;
        return BRINK_EPARSE;          /* skipped; the run goes on */
      }
      int e = f->eFmt;
      if( e<0 ) e = cli_ends_with(zName, ".txt", 0) ? BRINK_FMT_TEXT : BRINK_FMT_JSONL;
      if( e!=BRINK_FMT_JSONL && !f->zDate ){
        cli_msg("brink ingest: %s: text input needs --date YYYY-MM-DD\n", zName);
        filesClose(f);
        f->bBad = 1;
        return BRINK_EPARSE;
      }
      f->pRd = brink_reader_new(f->fp, zName, e, f->zDate);
      if( !f->pRd ){ cli_msg("brink ingest: out of memory\n"); return BRINK_ENOMEM; }
    }
    int rr = brink_reader_next(f->pRd, pStory);
    if( rr==BRINK_OK ) return BRINK_OK;
    if( rr==BRINK_EOF ){ filesClose(f); continue; }
    cli_msg("brink ingest: %s\n", brink_reader_errmsg(f->pRd));
    if( rr==BRINK_EIO ){ filesClose(f); f->bBad = 1; }
    return BRINK_EPARSE;
  }
}

static double filesProgress(void *pArg){
  Files *f = pArg;
  if( f->nBytesTotal<=0 ) return -1;
  long long n = f->nBytesDone;
  if( f->fp && f->fp!=stdin ){ long o = ftell(f->fp); if( o>0 ) n += o; }
  return (double)n / (double)f->nBytesTotal;
}

/* ---- Synthetic events (benchmarks; not in --help) ------------------------------- */

/* Store nEvent made-up events, 10 per story over 100 countries and 20 years,
** to time queries on a big store (docs/STORE.md, "Benchmarks"). */
static int ingestSynthetic(brink_store *pStore, long long nEvent){
  static const char *const azRole[] = { "GOV", "MIL", "", "BUS", "OPP" };
  static const char *const azCode[] = { "010", "020", "036", "042", "057", "111", "130", "173", "190", "0256" };
  char azCountry[100][4];
  unsigned long long x = 88172645463325252ull;
  for(int i=0; i<100; i++){
    azCountry[i][0] = (char)('A' + i/10); azCountry[i][1] = (char)('A' + i%10); azCountry[i][2] = 'X';
    azCountry[i][3] = 0;
  }
  memcpy(azCountry[0], "USA", 4); memcpy(azCountry[1], "JPN", 4); memcpy(azCountry[2], "IRQ", 4);
  long long nStory = (nEvent + 9)/10;
  brink_event aEv[10];
  char azSrc[10][16], azTgt[10][16], zDate[11], zId[32], zText[256];
  for(long long s=0; s<nStory; s++){
    x ^= x<<13; x ^= x>>7; x ^= x<<17;
    brink_date_format((int32_t)(7300 + x % 7300), zDate);
    snprintf(zId, sizeof zId, "synthetic-%lld", s);
    snprintf(zText, sizeof zText, "Synthetic story %lld about nothing in particular, number %llu.", s, x % 1000003);
    brink_story st = { zId, zDate, 0, "synthetic", 0, zText, strlen(zText), 0, 0 };
    int n = 0;
    for(int k=0; k<10 && s*10+k<nEvent; k++, n++){
      x ^= x<<13; x ^= x>>7; x ^= x<<17;
      snprintf(azSrc[k], sizeof azSrc[k], "%s%s", azCountry[x%100], azRole[(x>>8)%5]);
      snprintf(azTgt[k], sizeof azTgt[k], "%s%s", azCountry[(x>>16)%100], azRole[(x>>24)%5]);
      const char *zCode = azCode[(x>>32)%10];
      brink_event *e = &aEv[k];
      memset(e, 0, sizeof *e);
      e->zStoryId = zId; e->iSentence = 0; e->zDate = zDate;
      e->zSource = azSrc[k]; e->zSourceText = "someone"; e->zTarget = azTgt[k]; e->zTargetText = "someone else";
      e->zCode = zCode; e->zRoot = (zCode[0]=='0' && zCode[1]=='2') ? "02" : (zCode[1]=='1' ? "11" : "01");
      e->iQuad = 1; e->rGoldstein = 1.0; e->zPlover = "CONSULT"; e->zPloverMode = "";
      e->zEvidence = zText; e->nMention = 1;
    }
    brink_store_item *it = brink_store_item_new(&st, aEv, (size_t)n);
    if( !it ){ cli_msg("brink ingest: out of memory\n"); return 1; }
    int rc = brink_store_put(pStore, it, 0, 0);
    brink_store_item_free(it);
    if( rc==BRINK_OK && (s+1)%1000==0 ) rc = brink_store_commit(pStore);
    if( rc!=BRINK_OK ){
      cli_msg("brink ingest: %s\n", brink_store_errmsg(pStore));
      brink_store_rollback(pStore);
      return 1;
    }
  }
  if( brink_store_run_end(pStore, 0)!=BRINK_OK ){
    cli_msg("brink ingest: %s\n", brink_store_errmsg(pStore));
    return 1;
  }
  return 0;
}

/* ---- Shared set-up ----------------------------------------------------------------- */

int cli_store_open(const char *zCmd, const char *zDb, int eMode, brink_store **ppStore){
  char *zErr = 0;
  if( !zDb ){ cli_msg("%s: --db FILE is required (see %s --help)\n", zCmd, zCmd); return 1; }
  if( brink_store_open(zDb, eMode, ppStore, &zErr)!=BRINK_OK ){
    fprintf(stderr, "%s: %s\n", zCmd, zErr ? zErr : "cannot open the database");
    free(zErr);
    return 1;
  }
  return 0;
}

/* The options of one `brink ingest` run. */
typedef struct IngestOpts {
  const char *zDate, *zData, *zDictFormat, *zDb;
  const char **azDict, **azFile;   /* argc+1 slots each */
  int nDict, nFile, eFmt, nThread, bQuiet;
  long long nSynthetic;            /* --synthetic-events N */
} IngestOpts;

/* Parse the command line into *o and fill in the defaults.  Returns -1 to
** go on, else the exit status (after --help, or after saying what is
** wrong). */
static int ingestParse(int argc, char **argv, IngestOpts *o){
  for(int i=1; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){
      fputs(zUsage, stdout); return 0;
    }
    else if( strcmp(argv[i], "--jsonl")==0 ) o->eFmt = BRINK_FMT_JSONL;
    else if( strcmp(argv[i], "--text")==0 ) o->eFmt = BRINK_FMT_TEXT;
    else if( strcmp(argv[i], "--sentences")==0 ) o->eFmt = BRINK_FMT_SENTENCES;
    else if( strcmp(argv[i], "-q")==0 || strcmp(argv[i], "--quiet")==0 ) o->bQuiet = 1;
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) o->zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--date", 0))!=0 ) o->zDate = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) o->zData = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict", 0))!=0 ) o->azDict[o->nDict++] = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict-format", 0))!=0 ) o->zDictFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--synthetic-events", 0))!=0 ){
      /* (hidden: a benchmark store, docs/STORE.md; a typo must not fall
      ** back to reading stories from standard input) */
      char *zEnd;
      o->nSynthetic = strtoll(v, &zEnd, 10);
      if( zEnd==v || *zEnd || o->nSynthetic<1 || o->nSynthetic>1000000000LL ){
        fprintf(stderr, "brink ingest: --synthetic-events wants a number from 1 to 1000000000, not '%s'\n", v);
        return 1;
      }
    }
    else if( (v = cli_opt(argc, argv, &i, "--jobs", "-j"))!=0 ){
      if( !(o->nThread = cli_jobs("brink ingest", v)) ) return 1;
    }
    else if( argv[i][0]=='-' && argv[i][1] ){
      fprintf(stderr, "brink ingest: unknown option '%s' (see brink ingest --help)\n", argv[i]);
      return 1;
    }
    else o->azFile[o->nFile++] = argv[i];
  }
  if( o->nFile==0 ) o->azFile[o->nFile++] = "-";
  if( o->zDate ){
    int32_t d;
    if( brink_date_parse(o->zDate, &d)!=BRINK_OK ){
      fprintf(stderr, "brink ingest: --date '%s' is not a date (want YYYY-MM-DD)\n", o->zDate);
      return 1;
    }
  }
  if( o->nThread==0 ) o->nThread = cli_ncpu();
  if( o->nThread>64 ) o->nThread = 64;
  return -1;
}

/* Load the dictionaries into *ppEng and fingerprint them into zDictId
** (nDictId bytes) and *pzDictDesc; synthetic events need neither.
** Returns 0, or 1 after saying why not. */
static int ingestDicts(const IngestOpts *o, brink_engine **ppEng, char *zDictId, size_t nDictId, char **pzDictDesc){
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = o->zData;
  cfg.azDict = o->nDict ? o->azDict : 0;
  cfg.zDictFormat = o->zDictFormat;
  cfg.xDiag = cli_diag;
  if( !o->nSynthetic ){
    if( !(*ppEng = cli_engine("brink ingest", &cfg)) ) return 1;
    if( brink_store_dict_id(&cfg, zDictId, pzDictDesc)!=BRINK_OK ){
      fprintf(stderr, "brink ingest: cannot read the dictionaries to fingerprint them\n");
      return 1;
    }
  }else{
    snprintf(zDictId, nDictId, "synthetic");
  }
  return 0;
}

/* The inputs, for the runs table: the file names joined by spaces
** (malloc'd), or NULL after saying it is out of memory. */
static char *ingestInputs(const IngestOpts *o){
  size_t nIn = 1;
  for(int f=0; f<o->nFile; f++) nIn += strlen(o->azFile[f]) + 1;
  char *zInputs = malloc(nIn);
  if( !zInputs ){ fprintf(stderr, "brink ingest: out of memory\n"); return 0; }
  zInputs[0] = 0;
  for(int f=0; f<o->nFile; f++){ if( f ) strcat(zInputs, " "); strcat(zInputs, o->azFile[f]); }
  return zInputs;
}

/* Code and store the story files, then bring the alerts up to date.
** Returns the exit status. */
static int ingestFiles(const IngestOpts *o, brink_store *pStore, const brink_engine *pEng){
  Files fs;
  memset(&fs, 0, sizeof fs);
  fs.azFile = o->azFile; fs.nFile = o->nFile; fs.eFmt = o->eFmt; fs.zDate = o->zDate;
  fs.nBytesTotal = cli_input_bytes(o->azFile, o->nFile);
  int rc = cli_store_run("brink ingest", pStore, o->zDb, pEng, o->nThread, 0, o->bQuiet, filesNext, &fs,
                         filesProgress, &fs);
  filesClose(&fs);
  if( rc==0 && fs.bBad ) rc = 2;
  /* ---- issue 6: bring the escalation scores and alerts up to date (only the pairs this run touched) ---- */
  if( rc!=1 && brink_alert_update(pStore, 0, 0)!=BRINK_OK ){
    fprintf(stderr, "brink ingest: updating alerts: %s\n", brink_store_errmsg(pStore));
    rc = 1;
  }
  return rc;
}

/* Open the store, load the dictionaries, record the run and ingest the
** files (or the synthetic events).  Returns the exit status. */
static int ingestRun(const IngestOpts *o){
  brink_store *pStore = 0;
  brink_engine *pEng = 0;
  char *zDictDesc = 0, *zInputs = 0;
  char zDictId[17] = "";
  int rc = 1;
  /* a write past `ulimit -f` must fail with EFBIG (reported as a full disk),
  ** not kill the process before it can say what happened */
  signal(SIGXFSZ, SIG_IGN);
  if( cli_store_open("brink ingest", o->zDb, BRINK_STORE_CREATE, &pStore) ) goto done;
  if( ingestDicts(o, &pEng, zDictId, sizeof zDictId, &zDictDesc) ) goto done;
  if( !(zInputs = ingestInputs(o)) ) goto done;
  if( brink_store_run_begin(pStore, pEng, zDictId, zDictDesc, "ingest", zInputs)!=BRINK_OK ){
    fprintf(stderr, "brink ingest: %s\n", brink_store_errmsg(pStore));
    goto done;
  }
  if( o->nSynthetic ) rc = ingestSynthetic(pStore, o->nSynthetic);
  else rc = ingestFiles(o, pStore, pEng);
done:
  brink_store_close(pStore);
  brink_engine_free(pEng);
  free(zDictDesc);
  free(zInputs);
  return rc;
}

int cmd_ingest(int argc, char **argv){
  IngestOpts o;
  memset(&o, 0, sizeof o);
  o.eFmt = -1;
  o.azDict = calloc((size_t)argc+1, sizeof(char*));
  o.azFile = calloc((size_t)argc+1, sizeof(char*));
  int rc;
  if( !o.azDict || !o.azFile ){ fprintf(stderr, "brink ingest: out of memory\n"); rc = 1; }
  else{
    rc = ingestParse(argc, argv, &o);
    if( rc<0 ) rc = ingestRun(&o);
  }
  free(o.azDict);
  free(o.azFile);
  return rc;
}
