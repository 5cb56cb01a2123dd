/*
** store.c — the event store: coded stories in one SQLite file (brink.h,
** "Event store"; the schema is drawn in docs/STORE.md).
**
** What lives here: opening and creating the file, schema versions and
** migrations, putting coded stories (replace on re-ingest, near-duplicate
** clustering through simhash.c), the batch transactions, queries with
** filters, and the export formats (docs/EXPORTS.md).
**
** What does not: coding (coder.c), reading story files (reader.c), threads
** and progress lines (the CLI).  A brink_store is one SQLite connection and
** is used from one thread; brink_store_item_new touches no database and may
** run on any thread.
**
** Errors: every function returns a BRINK_* code and leaves a message that
** names the database file in p->zErr.  SQLite's "disk full" and write
** errors map to BRINK_EFULL after the batch is rolled back.
*/
#include "brink.h"
#include "store.h"
#include "engine.h"
#include "text.h"      /* brinkSplit, brinkSplitLines */
#include <sqlite3.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- Handle ------------------------------------------------------------- */

/* Prepared statements kept for the life of the handle (put is the hot path). */
enum {
  S_FIND, S_INS_STORY, S_UPD_STORY, S_DEL_FTS, S_DEL_QTY, S_DEL_EVENTS, S_DEL_SENT, S_DEL_BANDS,
  S_INS_SENT, S_INS_FTS, S_INS_EVENT, S_ACTOR, S_BAND_FIND, S_INS_BAND, S_SET_SIM,
  S_INS_QTY, S_PLACE, S_NEXT_ID, S_DATA_VERSION, S_INS_BAND1,
  S_COUNT
};

/* Codes already written to place_names by this handle (so each is looked
** up and written once per run, not once per event).  Open addressing. */
#define PLACE_SEEN 4096
typedef struct PlaceSeen { char az[PLACE_SEEN][12]; int n; } PlaceSeen;

struct brink_store {
  sqlite3 *db;
  char *zPath;
  int bReadOnly;
  int iFound;              /* schema version on disk when opened */
  int bInTxn;              /* a batch transaction is open */
  uint64_t nBatch;         /* stories put in the open batch */
  int64_t iRun, iDict;     /* current run and dictionaries, 0 if none */
  const brink_engine *pEng;  /* the run's engine (its gazetteer names places), or NULL */
  PlaceSeen *pSeen;        /* place_names codes written; NULL until needed */
  sqlite3_stmt *aStmt[S_COUNT];
  /* Stories put since a run began on a store with no stories: the 64-bit
  ** hashes of their ids (open addressing, 0 = empty slot).  While bFresh, a
  ** story whose id hash is not here is not stored, so its look-up (sid
  ** index, and a read transaction outside a batch) is skipped.  bFresh
  ** ends when another connection commits (PRAGMA data_version). */
  int bFresh;
  int64_t iDataVersion;
  uint64_t *aFresh;
  size_t nFresh, nFreshAlloc;
  /* ... and while bFresh, the SimHash bands of the stories put in the run
  ** (so of every stored story), for near-duplicate look-ups without SQL:
  ** aBandHead[key] is 1 + the last entry with that band key, 0 for none. */
  int32_t *aBandHead;
  struct BandEntry { int64_t iStory, iCluster; uint64_t hSim; int32_t iNext; } *aBand;
  size_t nBand, nBandAlloc;
  int64_t iFreshNext;      /* while bFresh: the id the next new story gets */
  /* story_bands rows of the open batch not yet inserted (fresh mode puts
  ** them at commit, sorted, which touches each index page once); written
  ** before any SQL reads story_bands, dropped on rollback */
  struct PendBand { int64_t iKey, iStory; } *aPend;
  size_t nPend, nPendAlloc;
  sqlite3_stmt *pBandMany; /* BAND_MANY rows in one INSERT */
  brink_store_stats stats;     /* committed */
  brink_store_stats pend;      /* in the open batch; dropped on rollback */
  char *zStoryMem;         /* the story brink_store_story_next returned */
  char zErr[512];
};

struct brink_store_item {
  brink_story story;       /* strings point into zMem */
  brink_event *aEv;        /* pLocation into aLoc, aQuantity into aQty */
  brink_location *aLoc;
  brink_quantity *aQty;
  size_t nEv;
  size_t *aSent;           /* 2*nSent byte offsets: start, end */
  size_t nSent;
  uint64_t hText, hSim;
  int nShingle;
  char *zMem;
};

struct brink_store_cursor {
  brink_store *p;
  sqlite3_stmt *pStmt;
  sqlite3_stmt *pQty;      /* the quantities of one event */
  brink_location loc;      /* the current row's location */
  brink_quantity *aQty;    /* the current row's quantities, strings in zQty */
  int nQtyAlloc;
  char *zQty;
  size_t nQtyMem;
  const char *zCountryName, *zAdm1Name;   /* place_names of the current row's location */
};

static int storeErr(brink_store *p, int rc, const char *zFmt, ...)
  __attribute__((format(printf, 3, 4)));
static int storeErr(brink_store *p, int rc, const char *zFmt, ...){
  va_list ap;
  int n = snprintf(p->zErr, sizeof p->zErr, "%s: ", p->zPath ? p->zPath : "(store)");
  if( n<0 || (size_t)n>=sizeof p->zErr ) n = 0;
  va_start(ap, zFmt);
  vsnprintf(p->zErr+n, sizeof p->zErr - (size_t)n, zFmt, ap);
  va_end(ap);
  return rc;
}

/* Map an SQLite failure to a brink code with a message naming the file. */
static int dbErr(brink_store *p, int rcSql, const char *zWhat){
  int eBase = rcSql & 0xff;
  const char *zMsg = p->db ? sqlite3_errmsg(p->db) : sqlite3_errstr(rcSql);
  if( eBase==SQLITE_FULL || rcSql==SQLITE_IOERR_WRITE || rcSql==SQLITE_IOERR_FSYNC
      || rcSql==SQLITE_IOERR_TRUNCATE || rcSql==SQLITE_IOERR_SHMSIZE ){
    return storeErr(p, BRINK_EFULL, "%s: disk full or file size limit reached (%s)", zWhat, zMsg);
  }
  if( eBase==SQLITE_NOMEM ) return storeErr(p, BRINK_ENOMEM, "%s: out of memory", zWhat);
  if( eBase==SQLITE_NOTADB ) return storeErr(p, BRINK_ENOTDB, "not an SQLite database (%s)", zMsg);
  if( eBase==SQLITE_READONLY ) return storeErr(p, BRINK_EREADONLY, "%s: read-only (%s)", zWhat, zMsg);
  if( eBase==SQLITE_CORRUPT ) return storeErr(p, BRINK_EDB, "%s: the database is damaged (%s)", zWhat, zMsg);
  return storeErr(p, BRINK_EDB, "%s: %s", zWhat, zMsg);
}

const char *brink_store_errmsg(const brink_store *p){ return p ? p->zErr : "no store"; }
int brink_store_schema_found(const brink_store *p){ return p->iFound; }

void brink_store_stats_get(const brink_store *p, brink_store_stats *pStats){
  *pStats = p->stats;
  pStats->nInserted += p->pend.nInserted;
  pStats->nReplaced += p->pend.nReplaced;
  pStats->nUnchanged += p->pend.nUnchanged;
  pStats->nEvent += p->pend.nEvent;
}

/* Run SQL with no results. */
static int execSql(brink_store *p, const char *zSql, const char *zWhat){
  int rc = sqlite3_exec(p->db, zSql, 0, 0, 0);
  return rc==SQLITE_OK ? BRINK_OK : dbErr(p, rc, zWhat);
}

/* Current UTC time as "YYYY-MM-DD HH:MM:SS" into z (20 bytes). */
static void nowUtc(char *z){
  time_t t = time(0);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(z, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

/* The country of an actor code: its first three letters when they are an
** ISO alpha-3 code, "" for organisations and other non-state prefixes. */
static void actorCountry(const char *zCode, char *zOut){
  static const char *const azNonState[] = { "IGO", "NGO", "IMG", "MNC", "UIS", "UNK", "INT", 0 };
  zOut[0] = 0;
  if( !zCode ) return;
  for(int i=0; i<3; i++) if( zCode[i]<'A' || zCode[i]>'Z' ) return;
  for(int i=0; azNonState[i]; i++) if( memcmp(zCode, azNonState[i], 3)==0 ) return;
  memcpy(zOut, zCode, 3);
  zOut[3] = 0;
}

/* ---- Schema and migrations ------------------------------------------------ */

/* Version 1: stories, sentences, events, actors, dictionaries, runs. */
static const char zSchemaV1[] =
  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
  "CREATE TABLE dictionaries(id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE,"
  "  description TEXT, first_used TEXT);"
  "CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT, goldstein REAL, quad INTEGER,"
  "  plover TEXT, plover_mode TEXT) WITHOUT ROWID;"
  "CREATE TABLE runs(id INTEGER PRIMARY KEY, command TEXT, inputs TEXT, brink_version TEXT,"
  "  dict INTEGER, started TEXT, finished TEXT, n_inserted INTEGER DEFAULT 0,"
  "  n_replaced INTEGER DEFAULT 0, n_unchanged INTEGER DEFAULT 0, n_event INTEGER DEFAULT 0,"
  "  n_failed INTEGER DEFAULT 0);"
  "CREATE TABLE stories(id INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, date TEXT NOT NULL,"
  "  source TEXT, url TEXT, title TEXT, text TEXT NOT NULL, by_line INTEGER NOT NULL DEFAULT 0,"
  "  text_hash TEXT NOT NULL, n_sentence INTEGER NOT NULL, n_event INTEGER NOT NULL,"
  "  dict INTEGER, run INTEGER);"
  "CREATE TABLE sentences(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, idx INTEGER NOT NULL,"
  "  start INTEGER NOT NULL, len INTEGER NOT NULL, n_event INTEGER NOT NULL, text TEXT);"
  "CREATE UNIQUE INDEX sentences_story ON sentences(story, idx);"
  "CREATE TABLE events(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, sentence INTEGER NOT NULL,"
  "  sentence_idx INTEGER NOT NULL, date TEXT NOT NULL,"
  "  source TEXT NOT NULL, source_text TEXT, source_country TEXT NOT NULL,"
  "  target TEXT NOT NULL, target_text TEXT, target_country TEXT NOT NULL,"
  "  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL,"
  "  plover TEXT, plover_mode TEXT, negated INTEGER NOT NULL DEFAULT 0,"
  "  mentions INTEGER NOT NULL DEFAULT 1, dict INTEGER);"
  "CREATE INDEX events_story ON events(story);"
  "CREATE INDEX events_dyad ON events(source_country, target_country, date);"
  "CREATE INDEX events_tcountry ON events(target_country, date);"
  "CREATE INDEX events_source ON events(source, date);"
  "CREATE INDEX events_target ON events(target, date);"
  "CREATE INDEX events_day ON events(date, source, target, code);"
  "CREATE INDEX events_code ON events(code, date);"
  "CREATE TABLE actors(code TEXT NOT NULL, text TEXT NOT NULL, first_date TEXT, last_date TEXT,"
  "  PRIMARY KEY(code, text)) WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='sentences', content_rowid='id');"
  "INSERT INTO meta VALUES('fold_in_story',"
  "  'one event per (source, target, code, negated) in a story; events.mentions counts the tellings');";

/* Version 2: near-duplicate stories (SimHash) and the one-a-day fold. */
static const char zSchemaV2[] =
  "ALTER TABLE stories ADD COLUMN simhash INTEGER;"
  "ALTER TABLE stories ADD COLUMN cluster INTEGER;"
  "CREATE INDEX stories_cluster ON stories(cluster);"
  "CREATE TABLE story_bands(key INTEGER NOT NULL, story INTEGER NOT NULL,"
  "  PRIMARY KEY(key, story)) WITHOUT ROWID;"
  "CREATE VIEW folded AS SELECT e.date AS date, e.source AS source, e.target AS target,"
  "  e.code AS code, min(e.id) AS first_event, sum(e.mentions) AS mentions,"
  "  count(DISTINCT e.story) AS stories, count(DISTINCT coalesce(s.cluster, s.id)) AS sources,"
  "  count(DISTINCT s.source) AS publishers, min(e.sentence_idx)=0 AS is_root,"
  "  json_group_array(DISTINCT s.sid) AS story_ids"
  "  FROM events e JOIN stories s ON s.id=e.story WHERE e.negated=0"
  "  GROUP BY e.date, e.source, e.target, e.code;"
  "INSERT OR REPLACE INTO meta VALUES('fold_across_stories',"
  "  'one-a-day: one folded event per (date, source, target, code); view folded counts"
  " mentions (sum), stories (distinct) and sources (distinct near-duplicate clusters)');"
  "INSERT OR REPLACE INTO meta VALUES('near_duplicates',"
  "  'simhash64 over 2-word shingles, hamming distance <= 3, at least 8 shingles;"
  " stories.cluster is the id of the first story of the cluster');";

/* Version 4: where each event happened, the quantities its sentence states,
** and its issues (issues 5 and 7; docs/STORE.md).  Old events read NULL:
** no location, no issues, no quantities.  place_names holds the names of
** the countries (ISO alpha-3) and subdivisions (ISO 3166-2) that stored
** locations name, from the gazetteer that coded them, for the exports. */
static const char zSchemaV4[] =
  "ALTER TABLE events ADD COLUMN loc_mention TEXT;"
  "ALTER TABLE events ADD COLUMN loc_name TEXT;"
  "ALTER TABLE events ADD COLUMN loc_feature TEXT;"
  "ALTER TABLE events ADD COLUMN loc_country TEXT;"
  "ALTER TABLE events ADD COLUMN loc_adm1 TEXT;"
  "ALTER TABLE events ADD COLUMN loc_lat REAL;"
  "ALTER TABLE events ADD COLUMN loc_lon REAL;"
  "ALTER TABLE events ADD COLUMN loc_how TEXT;"
  "ALTER TABLE events ADD COLUMN issues TEXT;"
  "ALTER TABLE stories ADD COLUMN n_evidence INTEGER;"
  "CREATE TABLE quantities(id INTEGER PRIMARY KEY, event INTEGER NOT NULL, min REAL NOT NULL,"
  "  max REAL NOT NULL, qualifier TEXT NOT NULL, unit TEXT NOT NULL, category TEXT NOT NULL,"
  "  text TEXT NOT NULL);"
  "CREATE INDEX quantities_event ON quantities(event);"
  "CREATE TABLE place_names(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;"
  "INSERT OR REPLACE INTO meta VALUES('locations',"
  "  'events.loc_*: one location per event (docs/GEO.md), NULL when none; loc_how is never NULL"
  " for a located event; quantities: the quantities of each event, in the order brink code gives them');"
  "INSERT OR REPLACE INTO meta VALUES('sentences',"
  "  'from v4 only the sentences that carry events are stored (stories.n_evidence of them);"
  " stories.n_sentence counts all; n_evidence NULL: stored before v4, every sentence has a row');";

/* Version 8: the story's dateline, which places its events, so that recode
** codes a story as ingest did (stories stored before v8 have NULL here). */
static const char zSchemaV8[] =
  "ALTER TABLE stories ADD COLUMN dateline TEXT;";

static int clusterStory(brink_store *p, int64_t iStory, uint64_t hSim, int nShingle);
static void freshEnd(brink_store *p);
static int migrateV2Fixup(brink_store *p);

typedef struct Migration {
  int iTo;
  const char *zSql;
  int (*xFixup)(brink_store *);   /* data changes SQL cannot make, or NULL */
} Migration;

/* ---- issue 6 (escalation watch): schema v3 is in alert.c ---- */
#include "escalation.h"
sqlite3 *brinkStoreDb(brink_store *p){ return p->db; }
/* ---- end issue 6 ---- */

static const Migration aMigration[] = {
  { 1, zSchemaV1, 0 },
  { 2, zSchemaV2, migrateV2Fixup },
  { 3, brinkEscalationSchema, 0 },   /* issue 6: escalation scores and alerts (alert.c) */
  { 4, zSchemaV4, 0 },               /* issues 5 and 7: locations, quantities, issues */
  { 5, brinkEscalationSchemaV5, 0 }, /* issue 6: the score's severity sums; rescore all (alert.c) */
  { 6, brinkEscalationSchemaV6, 0 }, /* issue 6: the alerts' share gate; rescore all (alert.c) */
  { 7, brinkEscalationSchemaV7, 0 }, /* issue 6: the joint CUSUMs' state; rescore all (alert.c) */
  { 8, zSchemaV8, 0 },               /* the stories' datelines */
};

/* Give every stored story its SimHash and cluster (stories written by v1). */
static int migrateV2Fixup(brink_store *p){
  sqlite3_stmt *pSel = 0;
  int rc = sqlite3_prepare_v2(p->db, "SELECT id, text FROM stories ORDER BY id", -1, &pSel, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "migrating to schema v2");
  int brc = BRINK_OK;
  while( brc==BRINK_OK && (rc = sqlite3_step(pSel))==SQLITE_ROW ){
    int nShingle;
    const char *z = (const char*)sqlite3_column_text(pSel, 1);
    uint64_t h = brinkSimhash(z ? z : "", (size_t)sqlite3_column_bytes(pSel, 1), &nShingle);
    brc = clusterStory(p, sqlite3_column_int64(pSel, 0), h, nShingle);
  }
  if( brc==BRINK_OK && rc!=SQLITE_DONE ) brc = dbErr(p, rc, "migrating to schema v2");
  sqlite3_finalize(pSel);
  return brc;
}

/* Read meta.schema_version into *piVersion: 0 for an empty database.
** Fails with BRINK_ENOTDB for an SQLite file that is not a brink store. */
static int readVersion(brink_store *p, int *piVersion){
  sqlite3_stmt *pStmt = 0;
  *piVersion = 0;
  int rc = sqlite3_prepare_v2(p->db,
      "SELECT (SELECT count(*) FROM sqlite_schema),"
      " (SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='meta')", -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "reading the schema");
  rc = sqlite3_step(pStmt);
  if( rc!=SQLITE_ROW ){ rc = sqlite3_finalize(pStmt); return dbErr(p, rc, "reading the schema"); }
  int nObj = sqlite3_column_int(pStmt, 0), bMeta = sqlite3_column_int(pStmt, 1);
  sqlite3_finalize(pStmt);
  if( nObj==0 ) return BRINK_OK;
  if( !bMeta ) return storeErr(p, BRINK_ENOTDB, "an SQLite database, but not a brink store (no meta table)");
  rc = sqlite3_prepare_v2(p->db, "SELECT value FROM meta WHERE key='schema_version'", -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "reading the schema version");
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    const char *z = (const char*)sqlite3_column_text(pStmt, 0);
    *piVersion = z ? atoi(z) : 0;
  }
  sqlite3_finalize(pStmt);
  if( *piVersion<1 ) return storeErr(p, BRINK_ENOTDB, "not a brink store (no schema_version in meta)");
  return BRINK_OK;
}

/* Bring the schema to BRINK_STORE_SCHEMA, all steps in one transaction. */
static int migrate(brink_store *p){
  int brc = execSql(p, "BEGIN IMMEDIATE", "starting the schema upgrade");
  if( brc ) return brc;
  int iVersion;
  brc = readVersion(p, &iVersion);     /* again, now that we hold the lock */
  for(size_t i=0; brc==BRINK_OK && i<sizeof aMigration/sizeof aMigration[0]; i++){
    const Migration *m = &aMigration[i];
    if( m->iTo<=iVersion ) continue;
    brc = execSql(p, m->zSql, "upgrading the schema");
    if( brc==BRINK_OK && m->xFixup ) brc = m->xFixup(p);
    if( brc==BRINK_OK ){
      char zSql[160];
      snprintf(zSql, sizeof zSql,
               "INSERT OR REPLACE INTO meta VALUES('schema_version', '%d');"
               "INSERT OR REPLACE INTO meta VALUES('schema_v%d_by', 'brink " BRINK_VERSION "');",
               m->iTo, m->iTo);
      brc = execSql(p, zSql, "upgrading the schema");
    }
  }
  if( brc==BRINK_OK ) brc = execSql(p, "COMMIT", "committing the schema upgrade");
  if( brc!=BRINK_OK ) sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0);
  return brc;
}

/* ---- Opening ---------------------------------------------------------------- */

/* The directory part of zPath (malloc'd), "." when there is none. */
static char *dirOf(const char *zPath){
  const char *zSlash = strrchr(zPath, '/');
  if( !zSlash ) return strdup(".");
  if( zSlash==zPath ) return strdup("/");
  size_t n = (size_t)(zSlash - zPath);
  char *z = malloc(n+1);
  if( z ){ memcpy(z, zPath, n); z[n] = 0; }
  return z;
}

/* "file:" URI for zPath with ?immutable=1, percent-encoding what URIs need. */
static char *immutableUri(const char *zPath){
  size_t n = strlen(zPath);
  char *z = malloc(n*3 + 32);
  if( !z ) return 0;
  char *q = z;
  memcpy(q, "file:", 5); q += 5;
  for(const char *s=zPath; *s; s++){
    if( *s=='?' || *s=='#' || *s=='%' ){ q += sprintf(q, "%%%02X", (unsigned char)*s); }
    else *q++ = *s;
  }
  strcpy(q, "?immutable=1");
  return z;
}

static const char *const azStmtSql[S_COUNT] = {
  /* S_FIND */ "SELECT id, text_hash, dict, date, source, url, title, by_line, dateline FROM stories WHERE sid=?",
  /* S_INS_STORY */ "INSERT INTO stories(sid, date, source, url, title, text, by_line, text_hash,"
                    " n_sentence, n_event, dict, run, n_evidence, simhash, cluster, id, dateline)"
                    " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  /* S_UPD_STORY */ "UPDATE stories SET sid=?1, date=?2, source=?3, url=?4, title=?5, text=?6,"
                    " by_line=?7, text_hash=?8, n_sentence=?9, n_event=?10, dict=?11, run=?12,"
                    " n_evidence=?13, simhash=?14, cluster=?15, dateline=?17 WHERE id=?16",
  /* S_DEL_FTS */ "INSERT INTO evidence_fts(evidence_fts, rowid, text)"
                  " SELECT 'delete', id, text FROM sentences WHERE story=? AND text IS NOT NULL",
  /* S_DEL_QTY */ "DELETE FROM quantities WHERE event IN (SELECT id FROM events WHERE story=?)",
  /* S_DEL_EVENTS */ "DELETE FROM events WHERE story=?",
  /* S_DEL_SENT */ "DELETE FROM sentences WHERE story=?",
  /* S_DEL_BANDS */ "DELETE FROM story_bands WHERE story=?",
  /* S_INS_SENT */ "INSERT INTO sentences(story, idx, start, len, n_event, text) VALUES(?,?,?,?,?,?)",
  /* S_INS_FTS */ "INSERT INTO evidence_fts(rowid, text) VALUES(?,?)",
  /* S_INS_EVENT */ "INSERT INTO events(story, sentence, sentence_idx, date, source, source_text,"
                    " source_country, target, target_text, target_country, code, root, quad,"
                    " goldstein, plover, plover_mode, negated, mentions, dict, loc_mention, loc_name,"
                    " loc_feature, loc_country, loc_adm1, loc_lat, loc_lon, loc_how, issues)"
                    " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  /* S_ACTOR */ "INSERT INTO actors(code, text, first_date, last_date) VALUES(?1,?2,?3,?3)"
                " ON CONFLICT(code, text) DO UPDATE SET first_date=min(first_date, excluded.first_date),"
                " last_date=max(last_date, excluded.last_date)",
  /* the four bands in one statement (not one each); no ORDER BY: the
  ** caller keeps the smallest id, so the order does not matter */
  /* S_BAND_FIND */ "SELECT s.id, s.simhash, coalesce(s.cluster, s.id) FROM story_bands b"
                    " JOIN stories s ON s.id=b.story WHERE b.key IN (?1,?2,?3,?4) AND b.story<>?5",
  /* S_INS_BAND */ "INSERT OR IGNORE INTO story_bands(key, story) VALUES(?1,?5),(?2,?5),(?3,?5),(?4,?5)",
  /* S_SET_SIM */ "UPDATE stories SET simhash=?, cluster=? WHERE id=?",
  /* S_INS_QTY */ "INSERT INTO quantities(event, min, max, qualifier, unit, category, text)"
                  " VALUES(?,?,?,?,?,?,?)",
  /* S_PLACE */ "INSERT OR REPLACE INTO place_names(code, name) VALUES(?,?)",
  /* S_NEXT_ID */ "SELECT coalesce(max(id), 0) + 1 FROM stories",
  /* S_DATA_VERSION */ "PRAGMA data_version",
  /* S_INS_BAND1 */ "INSERT OR IGNORE INTO story_bands(key, story) VALUES(?,?)",
};

static int prepareAll(brink_store *p){
  for(int i=0; i<S_COUNT; i++){
    int rc = sqlite3_prepare_v3(p->db, azStmtSql[i], -1, SQLITE_PREPARE_PERSISTENT, &p->aStmt[i], 0);
    if( rc!=SQLITE_OK ) return dbErr(p, rc, "preparing statements");
  }
  return BRINK_OK;
}

void brink_store_close(brink_store *p){
  if( !p ) return;
  for(int i=0; i<S_COUNT; i++) sqlite3_finalize(p->aStmt[i]);
  sqlite3_finalize(p->pBandMany);
  p->pBandMany = 0;
  if( p->bInTxn ) sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0);
  sqlite3_close_v2(p->db);
  free(p->pSeen);
  free(p->aFresh);
  free(p->aBandHead);
  free(p->aBand);
  free(p->aPend);
  free(p->zStoryMem);
  free(p->zPath);
  free(p);
}

/* Check the file before SQLite sees it, for messages that say what is wrong. */
static int precheck(brink_store *p, int eMode, int *pbWritable, int *pbDirWritable){
  struct stat st;
  char *zDir = dirOf(p->zPath);
  if( !zDir ) return storeErr(p, BRINK_ENOMEM, "out of memory");
  int bDirOk = access(zDir, W_OK)==0;
  int bDirExists = access(zDir, F_OK)==0;
  *pbDirWritable = bDirOk;
  if( stat(p->zPath, &st)!=0 ){
    int e = errno;
    if( e!=ENOENT ){ free(zDir); return storeErr(p, BRINK_EIO, "%s", strerror(e)); }
    if( eMode!=BRINK_STORE_CREATE ){ free(zDir); return storeErr(p, BRINK_EIO, "no such database"); }
    if( !bDirExists ){
      int rc = storeErr(p, BRINK_EIO, "cannot create the database: folder %s does not exist", zDir);
      free(zDir); return rc;
    }
    if( !bDirOk ){
      int rc = storeErr(p, BRINK_EREADONLY, "cannot create the database: folder %s is not writable", zDir);
      free(zDir); return rc;
    }
    free(zDir);
    *pbWritable = 1;
    return BRINK_OK;
  }
  free(zDir);
  if( S_ISDIR(st.st_mode) ) return storeErr(p, BRINK_EIO, "is a folder, not a database file");
  /* (a device or a FIFO, /dev/null say: SQLite would fail later with "disk
  ** full", which sends the user looking at the disk) */
  if( !S_ISREG(st.st_mode) ) return storeErr(p, BRINK_EIO, "is not a regular file, so it cannot hold a database");
  if( st.st_size>0 ){
    char aHdr[16];
    FILE *fp = fopen(p->zPath, "rb");
    if( !fp ) return storeErr(p, BRINK_EIO, "%s", strerror(errno));
    size_t n = fread(aHdr, 1, sizeof aHdr, fp);
    fclose(fp);
    if( n<sizeof aHdr || memcmp(aHdr, "SQLite format 3", 16)!=0 ){
      return storeErr(p, BRINK_ENOTDB, "not an SQLite database (is it the right file?)");
    }
  }
  *pbWritable = access(p->zPath, W_OK)==0;
  if( eMode!=BRINK_STORE_READONLY ){
    if( !*pbWritable ) return storeErr(p, BRINK_EREADONLY, "the database file is read-only");
    if( !bDirOk ){
      return storeErr(p, BRINK_EREADONLY, "its folder is read-only; brink must write its -wal and"
                      " -shm files beside it (copy the database to a writable folder)");
    }
  }
  return BRINK_OK;
}

int brink_store_open(const char *zPath, int eMode, brink_store **ppStore, char **pzErr){
  *ppStore = 0;
  if( pzErr ) *pzErr = 0;
  brink_store *p = calloc(1, sizeof *p);
  if( !p || !(p->zPath = strdup(zPath ? zPath : "")) ){
    free(p);
    if( pzErr ) *pzErr = strdup("out of memory opening the store");
    return BRINK_ENOMEM;
  }
  int bWritable = 0, bDirWritable = 0, rc;
  int brc = zPath && *zPath ? precheck(p, eMode, &bWritable, &bDirWritable)
                            : storeErr(p, BRINK_EINVAL, "no database file given");
  if( brc ) goto fail;
  /* Read-only users of a writable file still open it read-write, so that an
  ** older schema is migrated and WAL readers can use the -shm file. */
  p->bReadOnly = !(bWritable && bDirWritable);
  if( eMode==BRINK_STORE_READONLY && p->bReadOnly ){
    char zShm[4096];
    snprintf(zShm, sizeof zShm, "%s-shm", zPath);
    if( !bDirWritable && access(zShm, F_OK)!=0 ){
      /* WAL needs a -shm file it cannot create here; nobody can be writing
      ** the database either, so read it as immutable. */
      char *zUri = immutableUri(zPath);
      if( !zUri ){ brc = storeErr(p, BRINK_ENOMEM, "out of memory"); goto fail; }
      rc = sqlite3_open_v2(zUri, &p->db, SQLITE_OPEN_READONLY|SQLITE_OPEN_URI, 0);
      free(zUri);
    }else{
      rc = sqlite3_open_v2(zPath, &p->db, SQLITE_OPEN_READONLY, 0);
    }
  }else{
    /* one thread at a time uses a handle (brink.h): no SQLite mutexes */
    rc = sqlite3_open_v2(zPath, &p->db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE|SQLITE_OPEN_NOMUTEX, 0);
  }
  if( rc!=SQLITE_OK ){ brc = dbErr(p, rc, "cannot open"); goto fail; }
  sqlite3_extended_result_codes(p->db, 1);
  sqlite3_busy_timeout(p->db, 10000);
  int iVersion;
  brc = readVersion(p, &iVersion);
  if( brc ) goto fail;
  p->iFound = iVersion;
  if( iVersion>BRINK_STORE_SCHEMA ){
    brc = storeErr(p, BRINK_ESCHEMA, "database schema v%d is newer than this brink (v%d); upgrade brink",
                   iVersion, BRINK_STORE_SCHEMA);
    goto fail;
  }
  if( !p->bReadOnly ){
    /* WAL: readers never block the writer and a crash loses at most the open
    ** batch.  synchronous=NORMAL keeps every commit across a process crash
    ** (kill -9); only a power cut can lose the last commits, never corrupt.
    ** A checkpoint every 16 MiB of WAL (not SQLite's 4 MiB) keeps ingest from
    ** copying most pages into the database file more than once, and (unlike
    ** 64 MiB) leaves little for the checkpoint at close, which nothing
    ** overlaps: on Reuters 0.02 s there instead of 0.09 s, and less CPU. */
    brc = execSql(p, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     " PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                     " PRAGMA wal_autocheckpoint=4096;", "setting up");
    if( brc ) goto fail;
    if( iVersion<BRINK_STORE_SCHEMA ){
      brc = migrate(p);
      if( brc ) goto fail;
    }
    brc = prepareAll(p);
    if( brc ) goto fail;
  }else if( iVersion<BRINK_STORE_SCHEMA ){
    if( iVersion==0 ) brc = storeErr(p, BRINK_ENOTDB, "an empty database, not a brink store");
    else brc = storeErr(p, BRINK_EREADONLY, "schema v%d needs upgrading to v%d, but the file or its"
                        " folder is read-only", iVersion, BRINK_STORE_SCHEMA);
    goto fail;
  }
  if( eMode==BRINK_STORE_READONLY ) p->bReadOnly = 1;
  *ppStore = p;
  return BRINK_OK;
fail:
  if( pzErr ) *pzErr = strdup(p->zErr);
  brink_store_close(p);
  return brc;
}

/* ---- Dictionaries and runs ------------------------------------------------- */

static int cmpStr(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/* Fold one file's bytes into h; the name's last part counts too, so a
** renamed dictionary gets a new id. */
static int hashFile(const char *zPath, uint64_t *ph){
  FILE *fp = fopen(zPath, "rb");
  if( !fp ) return BRINK_EIO;
  char aBuf[65536];
  size_t n;
  const char *zBase = strrchr(zPath, '/');
  zBase = zBase ? zBase+1 : zPath;
  uint64_t h = *ph ^ brinkHash64(zBase, strlen(zBase));
  while( (n = fread(aBuf, 1, sizeof aBuf, fp))>0 ){
    h = (h * 0x9e3779b97f4a7c15ull) ^ brinkHash64(aBuf, n);
  }
  int bErr = ferror(fp);
  fclose(fp);
  *ph = h;
  return bErr ? BRINK_EIO : BRINK_OK;
}

/* Append zName and a space to the growing description. */
static int descAdd(char **pz, size_t *pn, const char *zName){
  size_t m = strlen(zName);
  char *zNew = realloc(*pz, *pn + m + 2);
  if( !zNew ) return BRINK_ENOMEM;
  memcpy(zNew + *pn, zName, m);
  zNew[*pn + m] = ' ';
  zNew[*pn + m + 1] = 0;
  *pz = zNew; *pn += m + 1;
  return BRINK_OK;
}

int brink_store_dict_id(const brink_engine_config *pCfg, char *zId, char **pzDesc){
  const char *zData = pCfg ? pCfg->zDataDir : 0;
  if( !zData ) zData = getenv("BRINK_DATA");
  if( !zData || !*zData ) zData = BRINK_DATADIR;
  char **az = 0;
  size_t nFile = 0, nAlloc = 0;
  int rc = BRINK_OK;
  char zPath[4096];
  /* the same files brink_engine_new loads (engine.c) */
  if( pCfg && pCfg->azDict ){
    for(size_t i=0; pCfg->azDict[i] && rc==BRINK_OK; i++){
      if( nFile==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 16;
        char **azNew = realloc(az, nAlloc*sizeof(char*));
        if( !azNew ){ rc = BRINK_ENOMEM; break; }
        az = azNew;
      }
      if( !(az[nFile] = strdup(pCfg->azDict[i])) ) rc = BRINK_ENOMEM; else nFile++;
    }
  }else{
    snprintf(zPath, sizeof zPath, "%s/dict", zData);
    DIR *d = opendir(zPath);
    if( !d ) rc = BRINK_EIO;
    struct dirent *e;
    while( rc==BRINK_OK && d && (e = readdir(d))!=0 ){
      size_t nName = strlen(e->d_name);
      if( nName<5 || strcmp(e->d_name+nName-4, ".txt")!=0 || e->d_name[0]=='.' ) continue;
      if( nFile==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 16;
        char **azNew = realloc(az, nAlloc*sizeof(char*));
        if( !azNew ){ rc = BRINK_ENOMEM; break; }
        az = azNew;
      }
      size_t nP = strlen(zPath) + nName + 2;
      if( !(az[nFile] = malloc(nP)) ){ rc = BRINK_ENOMEM; break; }
      snprintf(az[nFile++], nP, "%s/%s", zPath, e->d_name);
    }
    if( d ) closedir(d);
    if( rc==BRINK_OK ) qsort(az, nFile, sizeof(char*), cmpStr);
  }
  uint64_t h = 0x62726e6b64696374ull;   /* "brnkdict" */
  char *zDesc = 0;
  size_t nDesc = 0;
  for(size_t i=0; i<nFile && rc==BRINK_OK; i++){
    rc = hashFile(az[i], &h);
    if( rc==BRINK_OK && pzDesc ) rc = descAdd(&zDesc, &nDesc, az[i]);
  }
  snprintf(zPath, sizeof zPath, "%s/cameo.tsv", zData);
  if( rc==BRINK_OK ) rc = hashFile(zPath, &h);
  if( rc==BRINK_OK && pzDesc ) rc = descAdd(&zDesc, &nDesc, zPath);
  for(size_t i=0; i<nFile; i++) free(az[i]);
  free(az);
  snprintf(zId, 17, "%016llx", (unsigned long long)h);
  if( pzDesc ){
    if( rc==BRINK_OK && zDesc && nDesc ) zDesc[nDesc-1] = 0;   /* drop the last space */
    if( rc!=BRINK_OK ){ free(zDesc); zDesc = 0; }
    *pzDesc = zDesc;
  }else{
    free(zDesc);
  }
  return rc;
}

/* Run one statement with up to text/int parameters given as a format of
** 't' (const char*), 'i' (int64_t), 'd' (double); returns the SQLite rc of
** the last step (SQLITE_DONE or SQLITE_ROW), the first int column in *piOut. */
static int stepOnce(brink_store *p, const char *zSql, int64_t *piOut, const char *zFmt, ...){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(p->db, zSql, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return rc;
  va_list ap;
  va_start(ap, zFmt);
  for(int i=0; zFmt[i]; i++){
    switch( zFmt[i] ){
      case 't': sqlite3_bind_text(pStmt, i+1, va_arg(ap, const char*), -1, SQLITE_TRANSIENT); break;
      case 'i': sqlite3_bind_int64(pStmt, i+1, va_arg(ap, int64_t)); break;
      default:  sqlite3_bind_double(pStmt, i+1, va_arg(ap, double)); break;
    }
  }
  va_end(ap);
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW && piOut ) *piOut = sqlite3_column_int64(pStmt, 0);
  if( rc!=SQLITE_ROW && rc!=SQLITE_DONE ){
    sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);
  return rc;
}

int brink_store_run_begin(brink_store *p, const brink_engine *pEng, const char *zDictId,
                          const char *zDictDesc, const char *zCommand, const char *zInputs){
  if( p->bReadOnly ) return storeErr(p, BRINK_EREADONLY, "opened read-only");
  if( p->bInTxn ) return storeErr(p, BRINK_EINVAL, "a batch is open; commit it before starting a run");
  char zNow[20];
  nowUtc(zNow);
  int brc = execSql(p, "BEGIN IMMEDIATE", "starting the run");
  if( brc ) return brc;
  int rc = stepOnce(p, "INSERT OR IGNORE INTO dictionaries(digest, description, first_used) VALUES(?,?,?)",
                    0, "ttt", zDictId ? zDictId : "", zDictDesc ? zDictDesc : "", zNow);
  if( rc==SQLITE_DONE ){
    rc = stepOnce(p, "SELECT id FROM dictionaries WHERE digest=?", &p->iDict, "t", zDictId ? zDictId : "");
  }
  if( rc==SQLITE_ROW && pEng ){
    sqlite3_stmt *pIns = 0;
    rc = sqlite3_prepare_v2(p->db, "INSERT OR REPLACE INTO cameo VALUES(?,?,?,?,?,?)", -1, &pIns, 0);
    size_t n = brink_cameo_count(pEng);
    for(size_t i=0; rc==SQLITE_OK && i<n; i++){
      const brink_cameo *c = brink_cameo_at(pEng, i);
      sqlite3_bind_text(pIns, 1, c->zCode, -1, SQLITE_STATIC);
      sqlite3_bind_text(pIns, 2, c->zName, -1, SQLITE_STATIC);
      sqlite3_bind_double(pIns, 3, c->rGoldstein);
      sqlite3_bind_int(pIns, 4, c->iQuad);
      sqlite3_bind_text(pIns, 5, c->zPlover, -1, SQLITE_STATIC);
      sqlite3_bind_text(pIns, 6, c->zPloverMode, -1, SQLITE_STATIC);
      rc = sqlite3_step(pIns);
      rc = rc==SQLITE_DONE ? sqlite3_reset(pIns) : (sqlite3_reset(pIns), rc);
    }
    sqlite3_finalize(pIns);
    if( rc==SQLITE_OK ) rc = SQLITE_ROW;
  }
  if( rc==SQLITE_ROW ){
    rc = stepOnce(p, "INSERT INTO runs(command, inputs, brink_version, dict, started) VALUES(?,?,?,?,?)",
                  0, "tttit", zCommand ? zCommand : "", zInputs ? zInputs : "", BRINK_VERSION,
                  p->iDict, zNow);
  }
  p->iRun = sqlite3_last_insert_rowid(p->db);
  p->pEng = pEng;
  freshEnd(p);
  if( rc==SQLITE_DONE ){
    int64_t iNext = 0;
    sqlite3_stmt *pV = p->aStmt[S_DATA_VERSION], *pN = p->aStmt[S_NEXT_ID];
    if( sqlite3_step(pN)==SQLITE_ROW ) iNext = sqlite3_column_int64(pN, 0);
    sqlite3_reset(pN);
    if( iNext==1 && sqlite3_step(pV)==SQLITE_ROW ){
      p->iDataVersion = sqlite3_column_int64(pV, 0);
      p->bFresh = 1;
      p->iFreshNext = 1;
    }
    sqlite3_reset(pV);
  }
  if( p->pSeen ){ memset(p->pSeen->az, 0, sizeof p->pSeen->az); p->pSeen->n = 0; }
  memset(&p->stats, 0, sizeof p->stats);
  memset(&p->pend, 0, sizeof p->pend);
  return execSql(p, "COMMIT", "recording the run");
}

int brink_store_run_end(brink_store *p, uint64_t nFailed){
  int brc = brink_store_commit(p);
  if( brc ) return brc;
  if( !p->iRun ) return BRINK_OK;
  char zNow[20];
  brink_store_stats st;
  nowUtc(zNow);
  brink_store_stats_get(p, &st);
  int rc = stepOnce(p, "UPDATE runs SET finished=?, n_inserted=?, n_replaced=?, n_unchanged=?,"
                    " n_event=?, n_failed=? WHERE id=?", 0, "tiiiiii", zNow,
                    (int64_t)st.nInserted, (int64_t)st.nReplaced,
                    (int64_t)st.nUnchanged, (int64_t)st.nEvent, (int64_t)nFailed, p->iRun);
  if( rc!=SQLITE_DONE ) return dbErr(p, rc, "recording the end of the run");
  p->iRun = 0;
  return BRINK_OK;
}

/* ---- Items ------------------------------------------------------------------ */

typedef struct SentAcc { size_t *a; size_t n, nAlloc; int bOom; } SentAcc;
static void sentAdd(void *pArg, size_t iStart, size_t iEnd){
  SentAcc *r = pArg;
  if( r->bOom ) return;
  if( r->n+2 > r->nAlloc ){
    size_t nNew = r->nAlloc ? r->nAlloc*2 : 64;
    size_t *aNew = realloc(r->a, nNew*sizeof(size_t));
    if( !aNew ){ r->bOom = 1; return; }
    r->a = aNew; r->nAlloc = nNew;
  }
  r->a[r->n++] = iStart;
  r->a[r->n++] = iEnd;
}


/* Copy zSrc (n bytes, or strlen when n==(size_t)-1) to *pq; NULL stays NULL. */
static const char *copyStr(char **pq, const char *zSrc, size_t n){
  if( !zSrc ) return 0;
  if( n==(size_t)-1 ) n = strlen(zSrc);
  char *z = *pq;
  memcpy(z, zSrc, n);
  z[n] = 0;
  *pq += n+1;
  return z;
}
static size_t sizeStr(const char *z){ return z ? strlen(z)+1 : 0; }

/* Give item it (a copy of story s) its sentences: the nSpan spans aSpan if
** given, else the coder's splitters'.  Returns non-zero if out of memory. */
static int itemSentences(brink_store_item *it, const brink_story *s, const size_t *aSpan, size_t nSpan){
  SentAcc r = { 0, 0, 0, 0 };
  if( aSpan ){
    /* the coder's sentences, as it split them */
    r.a = malloc(sizeof(size_t)*(2*nSpan+1));
    if( !r.a ) return 1;
    if( nSpan ) memcpy(r.a, aSpan, sizeof(size_t)*2*nSpan);
    r.n = r.nAlloc = 2*nSpan;
  }else if( s->bSentences ){
    /* the coder's own splitters, so sentence numbers agree with the events' */
    brinkSplitLines(it->story.zText, it->story.nText, sentAdd, &r);
  }else{
    brinkSplit(it->story.zText, it->story.nText, sentAdd, &r);
  }
  if( r.bOom ){ free(r.a); return 1; }
  it->aSent = r.a;
  it->nSent = r.n/2;
  return 0;
}

brink_store_item *brink_store_item_new(const brink_story *s, const brink_event *aEv, size_t nEv){
  return brink_store_item_new_spans(s, aEv, nEv, 0, 0);
}

brink_store_item *brink_store_item_new_spans(const brink_story *s, const brink_event *aEv, size_t nEv,
                                             const size_t *aSpan, size_t nSpan){
  brink_store_item *it = calloc(1, sizeof *it);
  if( !it ) return 0;
  size_t nMem = sizeStr(s->zId) + sizeStr(s->zDate) + sizeStr(s->zTitle) + sizeStr(s->zSource)
              + sizeStr(s->zUrl) + (s->zText ? s->nText+1 : 1);
  size_t nLoc = 0, nQty = 0;
  for(size_t i=0; i<nEv; i++){
    const brink_event *e = &aEv[i];
    nMem += sizeStr(e->zDate) + sizeStr(e->zSource) + sizeStr(e->zSourceText) + sizeStr(e->zTarget)
          + sizeStr(e->zTargetText) + sizeStr(e->zCode) + sizeStr(e->zRoot) + sizeStr(e->zPlover)
          + sizeStr(e->zPloverMode) + sizeStr(e->zEvidence) + sizeStr(e->zIssues);
    const brink_location *L = e->pLocation;
    if( L ){
      nLoc++;
      nMem += sizeStr(L->zMention) + sizeStr(L->zName) + sizeStr(L->zFeature) + sizeStr(L->zCountry)
            + sizeStr(L->zAdm1) + sizeStr(L->zHow);
    }
    for(int k=0; k<e->nQuantity; k++){
      const brink_quantity *q = &e->aQuantity[k];
      nQty++;
      nMem += sizeStr(q->zQualifier) + sizeStr(q->zUnit) + sizeStr(q->zCategory) + sizeStr(q->zText);
    }
  }
  it->zMem = malloc(nMem ? nMem : 1);
  it->aEv = nEv ? calloc(nEv, sizeof(brink_event)) : 0;
  it->aLoc = nLoc ? calloc(nLoc, sizeof(brink_location)) : 0;
  it->aQty = nQty ? calloc(nQty, sizeof(brink_quantity)) : 0;
  if( !it->zMem || (nEv && !it->aEv) || (nLoc && !it->aLoc) || (nQty && !it->aQty) ) goto oom;
  nLoc = nQty = 0;
  char *q = it->zMem;
  it->story = *s;
  it->story.zId = copyStr(&q, s->zId ? s->zId : "", (size_t)-1);
  it->story.zDate = copyStr(&q, s->zDate ? s->zDate : "", (size_t)-1);
  it->story.zTitle = copyStr(&q, s->zTitle, (size_t)-1);
  it->story.zSource = copyStr(&q, s->zSource, (size_t)-1);
  it->story.zUrl = copyStr(&q, s->zUrl, (size_t)-1);
  it->story.zText = copyStr(&q, s->zText ? s->zText : "", s->zText ? s->nText : 0);
  it->story.nText = s->zText ? s->nText : 0;
  for(size_t i=0; i<nEv; i++){
    const brink_event *e = &aEv[i];
    brink_event *d = &it->aEv[i];
    *d = *e;
    d->zRule = 0;             /* not stored */
    d->pLocation = 0;
    d->aQuantity = 0;
    d->nQuantity = 0;
    if( e->pLocation ){
      const brink_location *L = e->pLocation;
      brink_location *dL = &it->aLoc[nLoc++];
      *dL = *L;
      dL->zMention = copyStr(&q, L->zMention, (size_t)-1);
      dL->zName = copyStr(&q, L->zName, (size_t)-1);
      dL->zFeature = copyStr(&q, L->zFeature, (size_t)-1);
      dL->zCountry = copyStr(&q, L->zCountry, (size_t)-1);
      dL->zAdm1 = copyStr(&q, L->zAdm1, (size_t)-1);
      dL->zHow = copyStr(&q, L->zHow, (size_t)-1);
      d->pLocation = dL;
    }
    if( e->nQuantity>0 ){
      d->aQuantity = &it->aQty[nQty];
      d->nQuantity = e->nQuantity;
      for(int k=0; k<e->nQuantity; k++){
        const brink_quantity *sq = &e->aQuantity[k];
        brink_quantity *dq = &it->aQty[nQty++];
        *dq = *sq;
        dq->zQualifier = copyStr(&q, sq->zQualifier, (size_t)-1);
        dq->zUnit = copyStr(&q, sq->zUnit, (size_t)-1);
        dq->zCategory = copyStr(&q, sq->zCategory, (size_t)-1);
        dq->zText = copyStr(&q, sq->zText, (size_t)-1);
      }
    }
    d->zIssues = copyStr(&q, e->zIssues, (size_t)-1);
    d->zStoryId = it->story.zId;
    d->zDate = copyStr(&q, e->zDate, (size_t)-1);
    d->zSource = copyStr(&q, e->zSource, (size_t)-1);
    d->zSourceText = copyStr(&q, e->zSourceText, (size_t)-1);
    d->zTarget = copyStr(&q, e->zTarget, (size_t)-1);
    d->zTargetText = copyStr(&q, e->zTargetText, (size_t)-1);
    d->zCode = copyStr(&q, e->zCode, (size_t)-1);
    d->zRoot = copyStr(&q, e->zRoot, (size_t)-1);
    d->zPlover = copyStr(&q, e->zPlover, (size_t)-1);
    d->zPloverMode = copyStr(&q, e->zPloverMode, (size_t)-1);
    d->zEvidence = copyStr(&q, e->zEvidence, (size_t)-1);
  }
  it->nEv = nEv;
  if( itemSentences(it, s, aSpan, nSpan) ) goto oom;
  it->hText = brinkHash64(it->story.zText, it->story.nText);
  it->hSim = brinkSimhash(it->story.zText, it->story.nText, &it->nShingle);
  return it;
oom:
  brink_store_item_free(it);
  return 0;
}

void brink_store_item_free(brink_store_item *it){
  if( !it ) return;
  free(it->zMem);
  free(it->aEv);
  free(it->aLoc);
  free(it->aQty);
  free(it->aSent);
  free(it);
}

/* ---- Putting stories -------------------------------------------------------- */

/* Leave fresh mode: every look-up goes to the database again. */
static void freshEnd(brink_store *p){
  p->bFresh = 0;
  free(p->aFresh); p->aFresh = 0; p->nFresh = p->nFreshAlloc = 0;
  free(p->aBandHead); p->aBandHead = 0;
  free(p->aBand); p->aBand = 0; p->nBand = p->nBandAlloc = 0;
}

static uint64_t freshKey(const char *zId){
  uint64_t h = brinkHash64(zId, strlen(zId));
  return h ? h : 1;
}

/* Whether a story with this id may be stored: 1 unless the run is fresh
** and the id was not put in it. */
static int freshMaybe(const brink_store *p, const char *zId){
  if( !p->bFresh ) return 1;
  if( !p->nFresh ) return 0;
  uint64_t h = freshKey(zId);
  for(size_t i = (size_t)(h & (p->nFreshAlloc-1)); p->aFresh[i]; i = (i+1) & (p->nFreshAlloc-1)){
    if( p->aFresh[i]==h ) return 1;
  }
  return 0;
}

/* Remember that a story with this id was put in the fresh run; on no
** memory the run is no longer fresh (look-ups go to the database). */
static void freshAdd(brink_store *p, const char *zId){
  if( !p->bFresh ) return;
  if( (p->nFresh+1)*2 > p->nFreshAlloc ){
    size_t nNew = p->nFreshAlloc ? p->nFreshAlloc*2 : 4096;
    uint64_t *aNew = calloc(nNew, sizeof(uint64_t));
    if( !aNew ){ freshEnd(p); return; }
    for(size_t k=0; k<p->nFreshAlloc; k++){
      uint64_t h = p->aFresh[k];
      if( !h ) continue;
      size_t i = (size_t)(h & (nNew-1));
      while( aNew[i] ) i = (i+1) & (nNew-1);
      aNew[i] = h;
    }
    free(p->aFresh);
    p->aFresh = aNew;
    p->nFreshAlloc = nNew;
  }
  uint64_t h = freshKey(zId);
  size_t i = (size_t)(h & (p->nFreshAlloc-1));
  while( p->aFresh[i] ){
    if( p->aFresh[i]==h ) return;
    i = (i+1) & (p->nFreshAlloc-1);
  }
  p->aFresh[i] = h;
  p->nFresh++;
}

static int beginBatch(brink_store *p){
  if( p->bInTxn ) return BRINK_OK;
  int brc = execSql(p, "BEGIN IMMEDIATE", "starting a batch");
  if( brc==BRINK_OK ){ p->bInTxn = 1; p->nBatch = 0; }
  if( brc==BRINK_OK && p->bFresh ){
    /* another connection wrote since the run began: look every story up */
    sqlite3_stmt *pV = p->aStmt[S_DATA_VERSION];
    int bOther = sqlite3_step(pV)!=SQLITE_ROW || sqlite3_column_int64(pV, 0)!=p->iDataVersion;
    sqlite3_reset(pV);
    if( bOther ) freshEnd(p);
  }
  return brc;
}

static int cmpPend(const void *a, const void *b){
  const struct PendBand *x = a, *y = b;
  if( x->iKey!=y->iKey ) return x->iKey<y->iKey ? -1 : 1;
  return x->iStory<y->iStory ? -1 : x->iStory>y->iStory;
}

/* Insert the pending story_bands rows, in key order. */
#define BAND_MANY 64
static int bandsFlush(brink_store *p){
  if( !p->nPend ) return BRINK_OK;
  qsort(p->aPend, p->nPend, sizeof *p->aPend, cmpPend);
  int rc = SQLITE_OK;
  if( !p->pBandMany ){
    char zSql[64 + BAND_MANY*8];
    size_t n = (size_t)snprintf(zSql, sizeof zSql, "INSERT OR IGNORE INTO story_bands(key, story) VALUES");
    for(int i=0; i<BAND_MANY; i++) n += (size_t)snprintf(zSql+n, sizeof zSql - n, "%s(?,?)", i ? "," : "");
    rc = sqlite3_prepare_v3(p->db, zSql, -1, SQLITE_PREPARE_PERSISTENT, &p->pBandMany, 0);
  }
  size_t i = 0;
  for(; rc==SQLITE_OK && i+BAND_MANY<=p->nPend; i+=BAND_MANY){
    for(int k=0; k<BAND_MANY; k++){
      sqlite3_bind_int64(p->pBandMany, 2*k+1, p->aPend[i+k].iKey);
      sqlite3_bind_int64(p->pBandMany, 2*k+2, p->aPend[i+k].iStory);
    }
    rc = sqlite3_step(p->pBandMany);
    sqlite3_reset(p->pBandMany);
    rc = rc==SQLITE_DONE ? SQLITE_OK : rc;
  }
  sqlite3_stmt *pOne = p->aStmt[S_INS_BAND1];
  for(; rc==SQLITE_OK && i<p->nPend; i++){
    sqlite3_bind_int64(pOne, 1, p->aPend[i].iKey);
    sqlite3_bind_int64(pOne, 2, p->aPend[i].iStory);
    rc = sqlite3_step(pOne);
    sqlite3_reset(pOne);
    rc = rc==SQLITE_DONE ? SQLITE_OK : rc;
  }
  p->nPend = 0;
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "storing near-duplicate bands");
  return BRINK_OK;
}

int brink_store_commit(brink_store *p){
  if( !p->bInTxn ) return BRINK_OK;
  int brcFlush = bandsFlush(p);
  if( brcFlush ){ brink_store_rollback(p); return brcFlush; }
  int rc = sqlite3_exec(p->db, "COMMIT", 0, 0, 0);
  if( rc!=SQLITE_OK ){
    int brc = dbErr(p, rc, "committing a batch");
    brink_store_rollback(p);
    return brc;
  }
  p->bInTxn = 0;
  p->stats.nCommitted += p->nBatch;
  p->stats.nInserted += p->pend.nInserted;
  p->stats.nReplaced += p->pend.nReplaced;
  p->stats.nUnchanged += p->pend.nUnchanged;
  p->stats.nEvent += p->pend.nEvent;
  memset(&p->pend, 0, sizeof p->pend);
  p->nBatch = 0;
  return BRINK_OK;
}

void brink_store_rollback(brink_store *p){
  if( !p->bInTxn ) return;
  for(int i=0; i<S_COUNT; i++) if( p->aStmt[i] ) sqlite3_reset(p->aStmt[i]);
  sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0);
  p->bInTxn = 0;
  p->nBatch = 0;
  if( p->pSeen ){ memset(p->pSeen->az, 0, sizeof p->pSeen->az); p->pSeen->n = 0; }
  memset(&p->pend, 0, sizeof p->pend);
  p->nPend = 0;
  freshEnd(p);   /* the bands remembered include the lost batch's */
}

static void hashHex(uint64_t h, char *z){ snprintf(z, 17, "%016llx", (unsigned long long)h); }

/* Step a cached statement that returns no rows, then reset it. */
static int stepDone(brink_store *p, sqlite3_stmt *pStmt, const char *zWhat){
  int rc = sqlite3_step(pStmt);
  sqlite3_reset(pStmt);
  if( rc!=SQLITE_DONE ) return dbErr(p, rc, zWhat);
  return BRINK_OK;
}

/* The near-duplicate cluster of story iStory (stored or about to be): the
** cluster of the earliest stored story within BRINK_SIMHASH_MAXDIST bits,
** else iStory itself; and index its four bands.  Four 16-bit bands of each
** fingerprint are indexed: two fingerprints within 3 bits agree exactly on
** at least one band (pigeonhole). */
static int findCluster(brink_store *p, int64_t iStory, uint64_t hSim, int nShingle, int64_t *piCluster){
  int64_t iCluster = iStory;
  int bIndexed = nShingle>=BRINK_SIMHASH_MINSHINGLE;
  sqlite3_stmt *pFind = p->aStmt[S_BAND_FIND], *pIns = p->aStmt[S_INS_BAND];
  int bOwnFind = 0, bOwnIns = 0, rc = SQLITE_OK;
  if( !pFind ){   /* during migration the cached statements are not ready */
    rc = sqlite3_prepare_v2(p->db, azStmtSql[S_BAND_FIND], -1, &pFind, 0);
    if( rc==SQLITE_OK ){ bOwnFind = 1; rc = sqlite3_prepare_v2(p->db, azStmtSql[S_INS_BAND], -1, &pIns, 0); }
    if( rc==SQLITE_OK ) bOwnIns = 1;
  }
  int64_t iBest = -1;
  int bDefer = bIndexed && p->bFresh && !bOwnFind;
  if( bIndexed && rc==SQLITE_OK && !p->bFresh && p->nPend ){
    int brc = bandsFlush(p);    /* the SQL below must see them */
    if( brc ) return brc;
  }
  if( bIndexed && rc==SQLITE_OK && p->bFresh ){
    /* every stored story was put in this run: its bands are in memory */
    for(int b=0; p->aBandHead && b<4; b++){
      int64_t iKey = (int64_t)b<<16 | (int64_t)(hSim>>(16*b) & 0xffff);
      for(int32_t e = p->aBandHead[iKey]; e; e = p->aBand[e-1].iNext){
        const struct BandEntry *E = &p->aBand[e-1];
        if( E->iStory==iStory ) continue;
        if( brinkHamming(hSim, E->hSim)<=BRINK_SIMHASH_MAXDIST && (iBest<0 || E->iStory<iBest) ){
          iBest = E->iStory;
          iCluster = E->iCluster;
        }
      }
    }
  }else if( bIndexed && rc==SQLITE_OK ){
    for(int b=0; b<4; b++){
      int64_t iKey = (int64_t)b<<16 | (int64_t)(hSim>>(16*b) & 0xffff);
      sqlite3_bind_int64(pFind, b+1, iKey);
    }
    sqlite3_bind_int64(pFind, 5, iStory);
    /* a story sharing several bands comes back once for each */
    while( (rc = sqlite3_step(pFind))==SQLITE_ROW ){
      int64_t iOther = sqlite3_column_int64(pFind, 0);
      uint64_t hOther = (uint64_t)sqlite3_column_int64(pFind, 1);
      if( brinkHamming(hSim, hOther)<=BRINK_SIMHASH_MAXDIST && (iBest<0 || iOther<iBest) ){
        iBest = iOther;
        iCluster = sqlite3_column_int64(pFind, 2);
      }
    }
    sqlite3_reset(pFind);
    rc = rc==SQLITE_DONE ? SQLITE_OK : rc;
  }
  if( bDefer && rc==SQLITE_OK ){
    if( p->nPend+4 > p->nPendAlloc ){
      size_t nNew = p->nPendAlloc ? p->nPendAlloc*2 : 4096;
      void *aNew = realloc(p->aPend, nNew*sizeof *p->aPend);
      if( !aNew ) return storeErr(p, BRINK_ENOMEM, "out of memory");
      p->aPend = aNew;
      p->nPendAlloc = nNew;
    }
    for(int b=0; b<4; b++){
      p->aPend[p->nPend].iKey = (int64_t)b<<16 | (int64_t)(hSim>>(16*b) & 0xffff);
      p->aPend[p->nPend++].iStory = iStory;
    }
  }else if( bIndexed && rc==SQLITE_OK ){
    for(int b=0; b<4; b++){
      sqlite3_bind_int64(pIns, b+1, (int64_t)b<<16 | (int64_t)(hSim>>(16*b) & 0xffff));
    }
    sqlite3_bind_int64(pIns, 5, iStory);
    rc = sqlite3_step(pIns);
    sqlite3_reset(pIns);
    rc = rc==SQLITE_DONE ? SQLITE_OK : rc;
  }
  if( bOwnFind ) sqlite3_finalize(pFind);
  if( bOwnIns ) sqlite3_finalize(pIns);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "finding near-duplicate stories");
  *piCluster = iCluster;
  return BRINK_OK;
}

/* Remember a story's bands in fresh mode (once its row is written). */
static void bandsAdd(brink_store *p, int64_t iStory, uint64_t hSim, int nShingle, int64_t iCluster){
  if( !p->bFresh || nShingle<BRINK_SIMHASH_MINSHINGLE ) return;
  if( !p->aBandHead && !(p->aBandHead = calloc((size_t)4<<16, sizeof(int32_t))) ){ freshEnd(p); return; }
  if( p->nBand+4 > p->nBandAlloc ){
    size_t nNew = p->nBandAlloc ? p->nBandAlloc*2 : 4096;
    void *aNew = nNew<INT32_MAX ? realloc(p->aBand, nNew*sizeof(*p->aBand)) : 0;
    if( !aNew ){ freshEnd(p); return; }
    p->aBand = aNew;
    p->nBandAlloc = nNew;
  }
  for(int b=0; b<4; b++){
    int64_t iKey = (int64_t)b<<16 | (int64_t)(hSim>>(16*b) & 0xffff);
    struct BandEntry *E = &p->aBand[p->nBand++];
    E->iStory = iStory; E->iCluster = iCluster; E->hSim = hSim;
    E->iNext = p->aBandHead[iKey];
    p->aBandHead[iKey] = (int32_t)p->nBand;
  }
}

/* Give stored story iStory its SimHash and cluster (the v2 migration). */
static int clusterStory(brink_store *p, int64_t iStory, uint64_t hSim, int nShingle){
  int64_t iCluster;
  int brc = findCluster(p, iStory, hSim, nShingle, &iCluster);
  if( brc ) return brc;
  return stepOnce(p, azStmtSql[S_SET_SIM], 0, "iii", (int64_t)hSim, iCluster, iStory)==SQLITE_DONE
         ? BRINK_OK : dbErr(p, sqlite3_errcode(p->db), "storing the story's SimHash");
}

static void bindText(sqlite3_stmt *pStmt, int i, const char *z){
  if( z ) sqlite3_bind_text(pStmt, i, z, -1, SQLITE_STATIC);
  else sqlite3_bind_null(pStmt, i);
}

/* 1 if the S_FIND row in pFind holds story s as it comes now: the same text
** (hash zHash), date, source, url, title, sentence flag and dateline, coded
** by the run's dictionaries.  A story re-sent with only a corrected date is
** not unchanged: its events' dates move with it; nor is one re-sent with
** its dateline (stored as NULL before v8), which places its events. */
static int storySame(const brink_store *p, sqlite3_stmt *pFind, const brink_story *s, const char *zHash){
  const char *zOld = (const char*)sqlite3_column_text(pFind, 1);
  if( !zOld || strcmp(zOld, zHash)!=0 || sqlite3_column_int64(pFind, 2)!=p->iDict ) return 0;
  static const int aCol[5] = { 3, 4, 5, 6, 8 };
  const char *az[5] = { s->zDate, s->zSource, s->zUrl, s->zTitle, s->zDateline };
  for(int i=0; i<5; i++){
    const char *z = (const char*)sqlite3_column_text(pFind, aCol[i]);
    if( (z==0)!=(az[i]==0) || (z && strcmp(z, az[i])!=0) ) return 0;
  }
  return sqlite3_column_int(pFind, 7)==s->bSentences;
}

int brink_store_unchanged(brink_store *p, const brink_story *s){
  if( p->bReadOnly ) return 0;
  if( !freshMaybe(p, s->zId ? s->zId : "") ) return 0;
  sqlite3_stmt *pFind = p->aStmt[S_FIND];
  sqlite3_bind_text(pFind, 1, s->zId ? s->zId : "", -1, SQLITE_STATIC);
  int rc = sqlite3_step(pFind);
  int bSame = 0;
  if( rc==SQLITE_ROW ){
    char zHash[17];
    hashHex(brinkHash64(s->zText ? s->zText : "", s->zText ? s->nText : 0), zHash);
    bSame = storySame(p, pFind, s, zHash);
  }
  sqlite3_reset(pFind);
  if( rc!=SQLITE_ROW && rc!=SQLITE_DONE ) return dbErr(p, rc, "looking up a story");
  if( bSame ) p->pend.nUnchanged++;
  return bSame;
}

/* Record in place_names the name of one code (a country's alpha-3 or a
** subdivision's ISO 3166-2 code), once per run: from the run's gazetteer. */
static int placeName(brink_store *p, const char *zCode, size_t n){
  if( n==0 || n>=sizeof p->pSeen->az[0] || !p->pEng || !p->pEng->pGaz ) return BRINK_OK;
  if( !p->pSeen && !(p->pSeen = calloc(1, sizeof *p->pSeen)) ) return storeErr(p, BRINK_ENOMEM, "out of memory");
  char zKey[sizeof p->pSeen->az[0]];
  memcpy(zKey, zCode, n);
  zKey[n] = 0;
  uint64_t h = brinkHash64(zKey, n);
  size_t i = (size_t)(h % PLACE_SEEN);
  while( p->pSeen->az[i][0] ){
    if( strcmp(p->pSeen->az[i], zKey)==0 ) return BRINK_OK;
    i = (i+1) % PLACE_SEEN;
  }
  if( p->pSeen->n >= PLACE_SEEN/2 ) return BRINK_OK;   /* full: names already written stay */
  const GazEntry *g = n==3 && !strchr(zKey, '-') ? brinkGazCountry(p->pEng->pGaz, zKey)
                                                 : brinkGazAdm1(p->pEng->pGaz, zKey);
  if( g && g->zName ){
    sqlite3_bind_text(p->aStmt[S_PLACE], 1, zKey, -1, SQLITE_STATIC);
    sqlite3_bind_text(p->aStmt[S_PLACE], 2, g->zName, -1, SQLITE_STATIC);
    int brc = stepDone(p, p->aStmt[S_PLACE], "storing place names");
    if( brc ) return brc;
  }
  /* forgotten on rollback (brink_store_rollback), so a lost batch loses no name */
  memcpy(p->pSeen->az[i], zKey, n+1);
  p->pSeen->n++;
  return BRINK_OK;
}

/* The names of a location's country and subdivision(s). */
static int placeNames(brink_store *p, const brink_location *L){
  int brc = L->zCountry ? placeName(p, L->zCountry, strlen(L->zCountry)) : BRINK_OK;
  for(const char *z = L->zAdm1; brc==BRINK_OK && z && *z; ){
    const char *zE = strchr(z, ',');
    size_t n = zE ? (size_t)(zE - z) : strlen(z);
    brc = placeName(p, z, n);
    z += n; if( *z==',' ) z++;
  }
  return brc;
}

/* The sentences of a story being put: how many (it->nSent, or more if an
** event names a later one), and for each the number of events it carries,
** its first evidence and, once written, its row id. */
typedef struct PutSent {
  size_t nSent;
  int *anEv;
  const char **azEvid;
  int64_t *aiSent;
} PutSent;

/* Look story s up by id: *piStory is its row id (0 if it is not stored);
** *pbSame says it is stored as it is (storySame). */
static int storyFind(brink_store *p, const brink_story *s, const char *zHash, int64_t *piStory, int *pbSame){
  sqlite3_stmt *pFind = p->aStmt[S_FIND];
  int rc = SQLITE_DONE;
  *piStory = 0;
  *pbSame = 0;
  if( freshMaybe(p, s->zId) ){
    sqlite3_bind_text(pFind, 1, s->zId, -1, SQLITE_STATIC);
    rc = sqlite3_step(pFind);
  }
  if( rc==SQLITE_ROW ){
    *piStory = sqlite3_column_int64(pFind, 0);
    *pbSame = storySame(p, pFind, s, zHash);
  }
  sqlite3_reset(pFind);
  if( rc!=SQLITE_ROW && rc!=SQLITE_DONE ) return dbErr(p, rc, "looking up a story");
  return BRINK_OK;
}

/* Fill ps from item it: its sentences, their event counts and evidence
** (the caller frees the arrays, also on failure). */
static int sentsCount(brink_store *p, const brink_store_item *it, PutSent *ps){
  /* how many events each sentence carries */
  size_t nSent = it->nSent;
  for(size_t i=0; i<it->nEv; i++){
    if( it->aEv[i].iSentence>=0 && (size_t)it->aEv[i].iSentence>=nSent ) nSent = (size_t)it->aEv[i].iSentence+1;
  }
  ps->nSent = nSent;
  ps->anEv = calloc(nSent ? nSent : 1, sizeof(int));
  ps->azEvid = calloc(nSent ? nSent : 1, sizeof(char*));
  ps->aiSent = calloc(nSent ? nSent : 1, sizeof(int64_t));
  if( !ps->anEv || !ps->azEvid || !ps->aiSent ) return storeErr(p, BRINK_ENOMEM, "out of memory");
  for(size_t i=0; i<it->nEv; i++){
    int k = it->aEv[i].iSentence;
    if( k<0 ) continue;
    ps->anEv[k]++;
    if( !ps->azEvid[k] ) ps->azEvid[k] = it->aEv[i].zEvidence;
  }
  return BRINK_OK;
}

/* Remove the rows of stored story iStory that a new version replaces. */
static int storyForget(brink_store *p, int64_t iStory){
  /* a story put earlier in a fresh run changes: its remembered bands
  ** would be stale, so look-ups go to the database from here on */
  freshEnd(p);
  int brc = bandsFlush(p);
  if( brc ) return brc;
  for(int k=S_DEL_FTS; k<=S_DEL_BANDS; k++){
    sqlite3_bind_int64(p->aStmt[k], 1, iStory);
    brc = stepDone(p, p->aStmt[k], "removing the story's old rows");
    if( brc ) return brc;
  }
  return BRINK_OK;
}

/* Set *piStory to the row id a new story gets. */
static int storyNewId(brink_store *p, int64_t *piStory){
  /* the row id SQLite would give it (one more than the largest), known
  ** before the insert so the SimHash and cluster go in with the row
  ** instead of rewriting it (text and all) with an UPDATE */
  if( p->bFresh ){
    *piStory = p->iFreshNext;   /* every story was put by this handle in this run */
  }else{
    sqlite3_stmt *pNext = p->aStmt[S_NEXT_ID];
    int rc = sqlite3_step(pNext);
    if( rc==SQLITE_ROW ) *piStory = sqlite3_column_int64(pNext, 0);
    sqlite3_reset(pNext);
    if( rc!=SQLITE_ROW ) return dbErr(p, rc, "storing a story");
  }
  return BRINK_OK;
}

/* Write the stories row of item it as row iStory (inserted if bNew, else
** updated), with its near-duplicate cluster, and remember it for the run. */
static int storyRow(brink_store *p, const brink_store_item *it, const char *zHash, int64_t iStory, int bNew,
                    size_t nSent, int64_t nEvid){
  const brink_story *s = &it->story;
  sqlite3_stmt *pStory = bNew ? p->aStmt[S_INS_STORY] : p->aStmt[S_UPD_STORY];
  int64_t iCluster;
  int brc = findCluster(p, iStory, it->hSim, it->nShingle, &iCluster);
  if( brc ) return brc;
  sqlite3_bind_int64(pStory, 13, nEvid);
  sqlite3_bind_int64(pStory, 14, (int64_t)it->hSim);
  sqlite3_bind_int64(pStory, 15, iCluster);
  sqlite3_bind_int64(pStory, 16, iStory);
  bindText(pStory, 1, s->zId);
  bindText(pStory, 2, s->zDate);
  bindText(pStory, 3, s->zSource);
  bindText(pStory, 4, s->zUrl);
  bindText(pStory, 5, s->zTitle);
  bindText(pStory, 17, s->zDateline);
  sqlite3_bind_text(pStory, 6, s->zText, (int)s->nText, SQLITE_STATIC);
  sqlite3_bind_int(pStory, 7, s->bSentences);
  sqlite3_bind_text(pStory, 8, zHash, -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStory, 9, (int64_t)nSent);
  sqlite3_bind_int64(pStory, 10, (int64_t)it->nEv);
  if( p->iDict ) sqlite3_bind_int64(pStory, 11, p->iDict); else sqlite3_bind_null(pStory, 11);
  if( p->iRun ) sqlite3_bind_int64(pStory, 12, p->iRun); else sqlite3_bind_null(pStory, 12);
  brc = stepDone(p, pStory, "storing a story");
  if( brc ) return brc;
  freshAdd(p, s->zId);
  bandsAdd(p, iStory, it->hSim, it->nShingle, iCluster);
  if( bNew && p->bFresh ) p->iFreshNext = iStory + 1;
  return BRINK_OK;
}

/* Write the sentences of story iStory that carry events, and index their
** evidence; their row ids go to ps->aiSent. */
static int sentsWrite(brink_store *p, const brink_store_item *it, int64_t iStory, PutSent *ps){
  sqlite3_stmt **a = p->aStmt;
  for(size_t k=0; k<ps->nSent; k++){
    sqlite3_stmt *pS = a[S_INS_SENT];
    if( !ps->anEv[k] ) continue;
    size_t iStart = k<it->nSent ? it->aSent[2*k] : 0;
    size_t iEnd = k<it->nSent ? it->aSent[2*k+1] : 0;
    sqlite3_bind_int64(pS, 1, iStory);
    sqlite3_bind_int64(pS, 2, (int64_t)k);
    sqlite3_bind_int64(pS, 3, (int64_t)iStart);
    sqlite3_bind_int64(pS, 4, (int64_t)(iEnd - iStart));
    sqlite3_bind_int(pS, 5, ps->anEv[k]);
    bindText(pS, 6, ps->azEvid[k]);
    int brc = stepDone(p, pS, "storing sentences");
    if( brc ) return brc;
    ps->aiSent[k] = sqlite3_last_insert_rowid(p->db);
    if( ps->azEvid[k] ){
      sqlite3_bind_int64(a[S_INS_FTS], 1, ps->aiSent[k]);
      sqlite3_bind_text(a[S_INS_FTS], 2, ps->azEvid[k], -1, SQLITE_STATIC);
      brc = stepDone(p, a[S_INS_FTS], "indexing evidence");
      if( brc ) return brc;
    }
  }
  return BRINK_OK;
}

/* Write the events row of event e of story s (row iStory). */
static int eventRow(brink_store *p, const brink_story *s, const brink_event *e, int64_t iStory,
                    const PutSent *ps){
  sqlite3_stmt *pE = p->aStmt[S_INS_EVENT];
  char zSC[4], zTC[4];
  actorCountry(e->zSource, zSC);
  actorCountry(e->zTarget, zTC);
  int k = e->iSentence>=0 ? e->iSentence : 0;
  sqlite3_bind_int64(pE, 1, iStory);
  sqlite3_bind_int64(pE, 2, (size_t)k<ps->nSent ? ps->aiSent[k] : 0);
  sqlite3_bind_int(pE, 3, e->iSentence);
  bindText(pE, 4, e->zDate ? e->zDate : s->zDate);
  bindText(pE, 5, e->zSource ? e->zSource : "");
  bindText(pE, 6, e->zSourceText);
  sqlite3_bind_text(pE, 7, zSC, -1, SQLITE_STATIC);
  bindText(pE, 8, e->zTarget ? e->zTarget : "");
  bindText(pE, 9, e->zTargetText);
  sqlite3_bind_text(pE, 10, zTC, -1, SQLITE_STATIC);
  bindText(pE, 11, e->zCode ? e->zCode : "");
  bindText(pE, 12, e->zRoot ? e->zRoot : "");
  sqlite3_bind_int(pE, 13, e->iQuad);
  sqlite3_bind_double(pE, 14, e->rGoldstein);
  bindText(pE, 15, e->zPlover);
  bindText(pE, 16, e->zPloverMode);
  sqlite3_bind_int(pE, 17, e->bNegated);
  sqlite3_bind_int(pE, 18, e->nMention);
  if( p->iDict ) sqlite3_bind_int64(pE, 19, p->iDict); else sqlite3_bind_null(pE, 19);
  const brink_location *L = e->pLocation;
  if( L ){
    bindText(pE, 20, L->zMention ? L->zMention : "");
    bindText(pE, 21, L->zName ? L->zName : "");
    bindText(pE, 22, L->zFeature ? L->zFeature : "");
    bindText(pE, 23, L->zCountry ? L->zCountry : "");
    bindText(pE, 24, L->zAdm1 ? L->zAdm1 : "");
    sqlite3_bind_double(pE, 25, L->rLat);
    sqlite3_bind_double(pE, 26, L->rLon);
    bindText(pE, 27, L->zHow ? L->zHow : "");
  }else{
    for(int c=20; c<=27; c++) sqlite3_bind_null(pE, c);
  }
  bindText(pE, 28, e->zIssues);
  return stepDone(p, pE, "storing events");
}

/* Write the quantities of event e, stored as row iEvent. */
static int eventQuantities(brink_store *p, const brink_event *e, int64_t iEvent){
  for(int j=0; j<e->nQuantity; j++){
    const brink_quantity *qt = &e->aQuantity[j];
    sqlite3_stmt *pQ = p->aStmt[S_INS_QTY];
    sqlite3_bind_int64(pQ, 1, iEvent);
    sqlite3_bind_double(pQ, 2, qt->rMin);
    sqlite3_bind_double(pQ, 3, qt->rMax);
    bindText(pQ, 4, qt->zQualifier ? qt->zQualifier : "");
    bindText(pQ, 5, qt->zUnit ? qt->zUnit : "");
    bindText(pQ, 6, qt->zCategory ? qt->zCategory : "");
    bindText(pQ, 7, qt->zText ? qt->zText : "");
    int brc = stepDone(p, pQ, "storing quantities");
    if( brc ) return brc;
  }
  return BRINK_OK;
}

/* Record the source and target actors of event e of story s. */
static int eventActors(brink_store *p, const brink_story *s, const brink_event *e){
  sqlite3_stmt *pA = p->aStmt[S_ACTOR];
  for(int side=0; side<2; side++){
    const char *zCode = side ? e->zTarget : e->zSource;
    const char *zText = side ? e->zTargetText : e->zSourceText;
    if( !zCode || !zCode[0] ) continue;
    sqlite3_bind_text(pA, 1, zCode, -1, SQLITE_STATIC);
    sqlite3_bind_text(pA, 2, zText ? zText : "", -1, SQLITE_STATIC);
    bindText(pA, 3, e->zDate ? e->zDate : s->zDate);
    int brc = stepDone(p, pA, "storing actors");
    if( brc ) return brc;
  }
  return BRINK_OK;
}

/* Write event e of story s (row iStory): its row, its quantities, the
** names of its place and its actors. */
static int eventPut(brink_store *p, const brink_story *s, const brink_event *e, int64_t iStory,
                    const PutSent *ps){
  int brc = eventRow(p, s, e, iStory, ps);
  if( brc ) return brc;
  if( e->nQuantity>0 ){
    brc = eventQuantities(p, e, sqlite3_last_insert_rowid(p->db));
    if( brc ) return brc;
  }
  if( e->pLocation ){
    brc = placeNames(p, e->pLocation);
    if( brc ) return brc;
  }
  return eventActors(p, s, e);
}

int brink_store_put(brink_store *p, const brink_store_item *it, int flags, int *peResult){
  const brink_story *s = &it->story;
  char zHash[17];
  int brc;
  if( peResult ) *peResult = BRINK_PUT_UNCHANGED;
  if( p->bReadOnly ) return storeErr(p, BRINK_EREADONLY, "opened read-only");
  brc = beginBatch(p);
  if( brc ) return brc;
  hashHex(it->hText, zHash);

  /* the story as stored, if it is */
  int64_t iStory;
  int bSame;
  brc = storyFind(p, s, zHash, &iStory, &bSame);
  if( brc ) return brc;
  if( bSame && !(flags & BRINK_PUT_FORCE) ){
    p->pend.nUnchanged++;
    return BRINK_OK;
  }

  PutSent ps;
  memset(&ps, 0, sizeof ps);
  brc = sentsCount(p, it, &ps);
  if( brc ) goto done;

  /* only the sentences that carry events get a row (docs/STORE.md) */
  int64_t nEvid = 0;
  for(size_t k=0; k<ps.nSent; k++) if( ps.anEv[k] ) nEvid++;

  int bNew = iStory==0;
  brc = bNew ? storyNewId(p, &iStory) : storyForget(p, iStory);
  if( brc ) goto done;
  brc = storyRow(p, it, zHash, iStory, bNew, ps.nSent, nEvid);
  if( brc ) goto done;
  brc = sentsWrite(p, it, iStory, &ps);
  if( brc ) goto done;
  for(size_t i=0; i<it->nEv; i++){
    brc = eventPut(p, s, &it->aEv[i], iStory, &ps);
    if( brc ) goto done;
  }
  p->nBatch++;
  p->pend.nEvent += it->nEv;
  if( !bNew ){ p->pend.nReplaced++; if( peResult ) *peResult = BRINK_PUT_REPLACED; }
  else { p->pend.nInserted++; if( peResult ) *peResult = BRINK_PUT_INSERTED; }
done:
  free(ps.anEv);
  free(ps.azEvid);
  free(ps.aiSent);
  return brc;
}

/* ---- Queries ------------------------------------------------------------------ */

/* A growing SQL string with its bound values. */
#define MAX_BIND 16
typedef struct SqlBuild {
  char z[4096];
  size_t n;
  int nBind;
  struct { char eType; const char *z; double r; int64_t i; } aBind[MAX_BIND];
} SqlBuild;

static void sqlAdd(SqlBuild *b, const char *z){
  size_t m = strlen(z);
  if( b->n + m < sizeof b->z ){ memcpy(b->z + b->n, z, m+1); b->n += m; }
}
static void bindT(SqlBuild *b, const char *z){
  if( b->nBind<MAX_BIND ){ b->aBind[b->nBind].eType = 't'; b->aBind[b->nBind++].z = z; }
}
static void bindR(SqlBuild *b, double r){
  if( b->nBind<MAX_BIND ){ b->aBind[b->nBind].eType = 'r'; b->aBind[b->nBind++].r = r; }
}
static void bindI(SqlBuild *b, int64_t i){
  if( b->nBind<MAX_BIND ){ b->aBind[b->nBind].eType = 'i'; b->aBind[b->nBind++].i = i; }
}

/* The condition "actor column matches zCode": a 3-letter code is a country,
** anything longer an actor-code prefix (an index range, not LIKE). */
static void actorCond(SqlBuild *b, const char *zSide, const char *zCode){
  char zBuf[96];
  if( strlen(zCode)==3 ){
    snprintf(zBuf, sizeof zBuf, "e.%s_country=?", zSide);
    sqlAdd(b, zBuf);
    bindT(b, zCode);
  }else{
    snprintf(zBuf, sizeof zBuf, "(e.%s>=? AND e.%s<?||char(1114111))", zSide, zSide);
    sqlAdd(b, zBuf);
    bindT(b, zCode);
    bindT(b, zCode);
  }
}

static const char zRowCols[] =
  "SELECT e.id, s.sid, e.sentence_idx, e.date, e.source, coalesce(e.source_text,''),"
  " e.target, coalesce(e.target_text,''), e.code, e.root, e.quad, e.goldstein,"
  " coalesce(e.plover,''), coalesce(e.plover_mode,''), coalesce(se.text,''), e.negated, e.mentions,"
  " e.source_country, e.target_country, coalesce(c.name,''), coalesce(s.source,''),"
  " coalesce(s.url,''), coalesce(s.title,''), coalesce(s.cluster, s.id), coalesce(d.digest,''),"
  " coalesce(r.started,''), e.loc_mention, e.loc_name, e.loc_feature, e.loc_country, e.loc_adm1,"
  " e.loc_lat, e.loc_lon, e.loc_how, e.issues, coalesce(pc.name,''), coalesce(pa.name,'')"
  " FROM events e JOIN stories s ON s.id=e.story LEFT JOIN sentences se ON se.id=e.sentence"
  " LEFT JOIN cameo c ON c.code=e.code LEFT JOIN dictionaries d ON d.id=e.dict"
  " LEFT JOIN runs r ON r.id=s.run LEFT JOIN place_names pc ON pc.code=e.loc_country"
  " LEFT JOIN place_names pa ON pa.code=e.loc_adm1";

static int validDate(const char *z){
  int32_t d;
  return brink_date_parse(z, &d)==BRINK_OK;
}

/* WHERE clause for a filter. */
static int buildWhere(brink_store *p, const brink_store_filter *f, SqlBuild *b){
  sqlAdd(b, " WHERE 1");
  if( !f ) return BRINK_OK;
  if( f->zFrom ){
    if( !validDate(f->zFrom) ) return storeErr(p, BRINK_EPARSE, "--from '%s' is not a date (want YYYY-MM-DD)", f->zFrom);
    sqlAdd(b, " AND e.date>=?"); bindT(b, f->zFrom);
  }
  if( f->zTo ){
    if( !validDate(f->zTo) ) return storeErr(p, BRINK_EPARSE, "--to '%s' is not a date (want YYYY-MM-DD)", f->zTo);
    sqlAdd(b, " AND e.date<=?"); bindT(b, f->zTo);
  }
  if( f->zActor ){
    sqlAdd(b, " AND ((e.source>=? AND e.source<?||char(1114111)) OR (e.target>=? AND e.target<?||char(1114111)))");
    bindT(b, f->zActor); bindT(b, f->zActor); bindT(b, f->zActor); bindT(b, f->zActor);
  }
  if( f->zCountry ){
    sqlAdd(b, " AND (e.source_country=? OR e.target_country=?)");
    bindT(b, f->zCountry); bindT(b, f->zCountry);
  }
  if( f->zPairA && f->zPairB ){
    sqlAdd(b, " AND ((");
    actorCond(b, "source", f->zPairA); sqlAdd(b, " AND "); actorCond(b, "target", f->zPairB);
    sqlAdd(b, ") OR (");
    actorCond(b, "source", f->zPairB); sqlAdd(b, " AND "); actorCond(b, "target", f->zPairA);
    sqlAdd(b, "))");
  }
  if( f->zCode ){ sqlAdd(b, " AND e.code=?"); bindT(b, f->zCode); }
  if( f->zRoot ){ sqlAdd(b, " AND e.code>=? AND e.code<?||char(1114111)"); bindT(b, f->zRoot); bindT(b, f->zRoot); }
  if( f->iQuad ){ sqlAdd(b, " AND e.quad=?"); bindI(b, f->iQuad); }
  if( f->zPlover ){ sqlAdd(b, " AND e.plover=?"); bindT(b, f->zPlover); }
  if( f->bGoldMin ){ sqlAdd(b, " AND e.goldstein>=?"); bindR(b, f->rGoldMin); }
  if( f->bGoldMax ){ sqlAdd(b, " AND e.goldstein<=?"); bindR(b, f->rGoldMax); }
  if( f->zText ){
    sqlAdd(b, " AND e.sentence IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)");
    bindT(b, f->zText);
  }
  if( b->nBind>=MAX_BIND || b->n+1>=sizeof b->z ) return storeErr(p, BRINK_EINVAL, "too many filters");
  return BRINK_OK;
}

static int prepareBuilt(brink_store *p, SqlBuild *b, sqlite3_stmt **ppStmt){
  int rc = sqlite3_prepare_v2(p->db, b->z, -1, ppStmt, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "preparing the query");
  for(int i=0; i<b->nBind; i++){
    switch( b->aBind[i].eType ){
      case 't': sqlite3_bind_text(*ppStmt, i+1, b->aBind[i].z, -1, SQLITE_TRANSIENT); break;
      case 'i': sqlite3_bind_int64(*ppStmt, i+1, b->aBind[i].i); break;
      default:  sqlite3_bind_double(*ppStmt, i+1, b->aBind[i].r); break;
    }
  }
  return BRINK_OK;
}

int brink_store_query(brink_store *p, const brink_store_filter *f, brink_store_cursor **ppCur){
  *ppCur = 0;
  SqlBuild b;
  memset(&b, 0, sizeof b);
  sqlAdd(&b, zRowCols);
  int brc = buildWhere(p, f, &b);
  if( brc ) return brc;
  sqlAdd(&b, " ORDER BY e.date, e.id");
  if( f && f->nLimit>0 ){ sqlAdd(&b, " LIMIT ?"); bindI(&b, f->nLimit); }
  brink_store_cursor *c = calloc(1, sizeof *c);
  if( !c ) return storeErr(p, BRINK_ENOMEM, "out of memory");
  c->p = p;
  brc = prepareBuilt(p, &b, &c->pStmt);
  if( brc ){ free(c); return brc; }
  *ppCur = c;
  return BRINK_OK;
}

static const char *colText(sqlite3_stmt *pStmt, int i){
  const char *z = (const char*)sqlite3_column_text(pStmt, i);
  return z ? z : "";
}

/* The quantities of the row's event, copied into the cursor (they stay
** valid until the next row). */
static int cursorQuantities(brink_store_cursor *c, brink_store_row *r){
  int rc;
  if( !c->pQty ){
    rc = sqlite3_prepare_v2(c->p->db, "SELECT min, max, qualifier, unit, category, text FROM quantities"
                            " WHERE event=? ORDER BY id", -1, &c->pQty, 0);
    if( rc!=SQLITE_OK ) return dbErr(c->p, rc, "reading quantities");
  }
  sqlite3_bind_int64(c->pQty, 1, r->iEventId);
  int n = 0;
  size_t nMem = 0;
  while( (rc = sqlite3_step(c->pQty))==SQLITE_ROW ){
    if( n==c->nQtyAlloc ){
      int nNew = c->nQtyAlloc ? 2*c->nQtyAlloc : 8;
      brink_quantity *aNew = realloc(c->aQty, (size_t)nNew*sizeof *aNew);
      if( !aNew ){ sqlite3_reset(c->pQty); return storeErr(c->p, BRINK_ENOMEM, "out of memory"); }
      c->aQty = aNew; c->nQtyAlloc = nNew;
    }
    brink_quantity *qt = &c->aQty[n++];
    qt->rMin = sqlite3_column_double(c->pQty, 0);
    qt->rMax = sqlite3_column_double(c->pQty, 1);
    /* strings as offsets into zQty for now: it may move while it grows */
    const char **apz[4] = { &qt->zQualifier, &qt->zUnit, &qt->zCategory, &qt->zText };
    for(int k=0; k<4; k++){
      const char *z = colText(c->pQty, 2+k);
      size_t m = strlen(z)+1;
      if( nMem + m > c->nQtyMem ){
        size_t nNew = c->nQtyMem ? 2*c->nQtyMem : 512;
        while( nNew < nMem + m ) nNew *= 2;
        char *zNew = realloc(c->zQty, nNew);
        if( !zNew ){ sqlite3_reset(c->pQty); return storeErr(c->p, BRINK_ENOMEM, "out of memory"); }
        c->zQty = zNew; c->nQtyMem = nNew;
      }
      memcpy(c->zQty + nMem, z, m);
      *apz[k] = (const char*)(uintptr_t)nMem;
      nMem += m;
    }
  }
  sqlite3_reset(c->pQty);
  if( rc!=SQLITE_DONE ) return dbErr(c->p, rc, "reading quantities");
  for(int i=0; i<n; i++){
    brink_quantity *qt = &c->aQty[i];
    qt->zQualifier = c->zQty + (uintptr_t)qt->zQualifier;
    qt->zUnit = c->zQty + (uintptr_t)qt->zUnit;
    qt->zCategory = c->zQty + (uintptr_t)qt->zCategory;
    qt->zText = c->zQty + (uintptr_t)qt->zText;
  }
  r->ev.aQuantity = n ? c->aQty : 0;
  r->ev.nQuantity = n;
  return BRINK_OK;
}

int brink_store_next(brink_store_cursor *c, brink_store_row *r){
  int rc = sqlite3_step(c->pStmt);
  if( rc==SQLITE_DONE ) return BRINK_EOF;
  if( rc!=SQLITE_ROW ){
    int brc = dbErr(c->p, rc, "reading events");
    if( strstr(c->p->zErr, "fts5") ) brc = BRINK_EPARSE;   /* a bad --text query */
    return brc;
  }
  sqlite3_stmt *q = c->pStmt;
  memset(r, 0, sizeof *r);
  r->iEventId = sqlite3_column_int64(q, 0);
  r->ev.zStoryId = colText(q, 1);
  r->ev.iSentence = sqlite3_column_int(q, 2);
  r->ev.zDate = colText(q, 3);
  r->ev.zSource = colText(q, 4);
  r->ev.zSourceText = colText(q, 5);
  r->ev.zTarget = colText(q, 6);
  r->ev.zTargetText = colText(q, 7);
  r->ev.zCode = colText(q, 8);
  r->ev.zRoot = colText(q, 9);
  r->ev.iQuad = sqlite3_column_int(q, 10);
  r->ev.rGoldstein = sqlite3_column_double(q, 11);
  r->ev.zPlover = colText(q, 12);
  r->ev.zPloverMode = colText(q, 13);
  r->ev.zEvidence = colText(q, 14);
  r->ev.bNegated = sqlite3_column_int(q, 15);
  r->ev.nMention = sqlite3_column_int(q, 16);
  r->zSourceCountry = colText(q, 17);
  r->zTargetCountry = colText(q, 18);
  r->zCameoName = colText(q, 19);
  r->zStorySource = colText(q, 20);
  r->zStoryUrl = colText(q, 21);
  r->zStoryTitle = colText(q, 22);
  r->iCluster = sqlite3_column_int64(q, 23);
  r->zDictId = colText(q, 24);
  r->zCoded = colText(q, 25);
  if( sqlite3_column_type(q, 33)!=SQLITE_NULL ){
    brink_location *L = &c->loc;
    L->zMention = colText(q, 26);
    L->zName = colText(q, 27);
    L->zFeature = colText(q, 28);
    L->zCountry = colText(q, 29);
    L->zAdm1 = colText(q, 30);
    L->rLat = sqlite3_column_double(q, 31);
    L->rLon = sqlite3_column_double(q, 32);
    L->zHow = colText(q, 33);
    r->ev.pLocation = L;
  }
  r->ev.zIssues = (const char*)sqlite3_column_text(q, 34);   /* NULL: no issue dictionary */
  c->zCountryName = colText(q, 35);
  c->zAdm1Name = colText(q, 36);
  return cursorQuantities(c, r);
}

void brink_store_cursor_free(brink_store_cursor *c){
  if( !c ) return;
  sqlite3_finalize(c->pStmt);
  sqlite3_finalize(c->pQty);
  free(c->aQty);
  free(c->zQty);
  free(c);
}

void brinkStoreRowPlaces(const brink_store_cursor *c, const char **pzCountry, const char **pzAdm1){
  *pzCountry = c->zCountryName ? c->zCountryName : "";
  *pzAdm1 = c->zAdm1Name ? c->zAdm1Name : "";
}

int brink_store_story_next(brink_store *p, int64_t *piAfter, brink_story *pStory){
  static const char zSql[] =
    "SELECT id, sid, date, title, source, url, text, by_line, dateline FROM stories WHERE id>? ORDER BY id LIMIT 1";
  sqlite3_stmt *pStmt = 0;
  /* one statement per call keeps no read open across the caller's writes */
  int rc = sqlite3_prepare_v2(p->db, zSql, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "reading stories");
  sqlite3_bind_int64(pStmt, 1, *piAfter);
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_DONE ){ sqlite3_finalize(pStmt); return BRINK_EOF; }
  if( rc!=SQLITE_ROW ){ sqlite3_finalize(pStmt); return dbErr(p, rc, "reading stories"); }
  /* copy into one allocation kept on the handle until the next call */
  static const int aCol[7] = { 1, 2, 3, 4, 5, 6, 8 };
  size_t nTotal = 0, an[7];
  for(int i=0; i<7; i++){ an[i] = (size_t)sqlite3_column_bytes(pStmt, aCol[i]); nTotal += an[i]+1; }
  char *z = malloc(nTotal);
  if( !z ){ sqlite3_finalize(pStmt); return storeErr(p, BRINK_ENOMEM, "out of memory"); }
  char *ap[7], *q = z;
  for(int i=0; i<7; i++){
    const unsigned char *zCol = sqlite3_column_text(pStmt, aCol[i]);
    ap[i] = 0;
    if( sqlite3_column_type(pStmt, aCol[i])==SQLITE_NULL ) continue;
    memcpy(q, zCol ? (const char*)zCol : "", an[i]);
    q[an[i]] = 0;
    ap[i] = q;
    q += an[i]+1;
  }
  *piAfter = sqlite3_column_int64(pStmt, 0);
  memset(pStory, 0, sizeof *pStory);
  pStory->zId = ap[0] ? ap[0] : "";
  pStory->zDate = ap[1] ? ap[1] : "";
  pStory->zTitle = ap[2]; pStory->zSource = ap[3]; pStory->zUrl = ap[4]; pStory->zDateline = ap[6];
  pStory->zText = ap[5] ? ap[5] : "";
  pStory->nText = an[5];
  pStory->bSentences = sqlite3_column_int(pStmt, 7);
  sqlite3_finalize(pStmt);
  free(p->zStoryMem);
  p->zStoryMem = z;
  return BRINK_OK;
}

/* ---- Checking ------------------------------------------------------------------- */

int brink_store_check(brink_store *p){
  static const struct { const char *zSql; const char *zWhat; const char *zProblem; } aCheck[] = {
    { "SELECT sid FROM stories s WHERE coalesce(n_evidence, n_sentence)<>"
      "(SELECT count(*) FROM sentences WHERE story=s.id)",
      "story", "lacks some of its sentences" },
    { "SELECT sid FROM stories s WHERE n_event<>(SELECT count(*) FROM events WHERE story=s.id)",
      "story", "lacks some of its events" },
    { "SELECT id FROM events e WHERE NOT EXISTS(SELECT 1 FROM stories WHERE id=e.story)",
      "event", "belongs to no story" },
    { "SELECT id FROM sentences t WHERE NOT EXISTS(SELECT 1 FROM stories WHERE id=t.story)",
      "sentence", "belongs to no story" },
  };
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(p->db, "PRAGMA integrity_check", -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return dbErr(p, rc, "integrity check");
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW && strcmp(colText(pStmt, 0), "ok")!=0 ){
    int brc = storeErr(p, BRINK_EDB, "integrity check: %s", colText(pStmt, 0));
    sqlite3_finalize(pStmt);
    return brc;
  }
  sqlite3_finalize(pStmt);
  if( rc!=SQLITE_ROW ) return dbErr(p, rc, "integrity check");
  for(size_t i=0; i<sizeof aCheck/sizeof aCheck[0]; i++){
    rc = sqlite3_prepare_v2(p->db, aCheck[i].zSql, -1, &pStmt, 0);
    if( rc!=SQLITE_OK ) return dbErr(p, rc, "checking");
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ){
      int brc = storeErr(p, BRINK_EDB, "%s %s %s", aCheck[i].zWhat, colText(pStmt, 0), aCheck[i].zProblem);
      sqlite3_finalize(pStmt);
      return brc;
    }
    sqlite3_finalize(pStmt);
    if( rc!=SQLITE_DONE ) return dbErr(p, rc, "checking");
  }
  return BRINK_OK;
}

/* ---- For export.c ---------------------------------------------------------------- */

int brinkStoreError(brink_store *p, int rc, const char *zMsg){ return storeErr(p, rc, "%s", zMsg); }
int brinkStoreDbError(brink_store *p, int rcSql, const char *zWhat){ return dbErr(p, rcSql, zWhat); }

int brinkStoreFolded(brink_store *p, const brink_store_filter *f, sqlite3_stmt **ppStmt){
  SqlBuild b;
  memset(&b, 0, sizeof b);
  *ppStmt = 0;
  /* min(e.id) is the only min/max aggregate, so SQLite takes the bare
  ** columns (texts, url, story id) from the first event of each fold */
  sqlAdd(&b, "SELECT min(e.id), e.date, e.source, coalesce(e.source_text,''), e.source_country,"
             " e.target, coalesce(e.target_text,''), e.target_country, e.code, e.root, e.quad,"
             " e.goldstein, sum(e.mentions), count(DISTINCT coalesce(s.cluster, s.id)),"
             " count(DISTINCT e.story), total(e.sentence_idx=0)>0, coalesce(r.started,''),"
             " coalesce(s.url,''), s.sid, e.loc_name, e.loc_feature, e.loc_country, e.loc_adm1,"
             " e.loc_lat, e.loc_lon, e.loc_how, coalesce(pc.name,''), coalesce(pa.name,'')"
             " FROM events e JOIN stories s ON s.id=e.story LEFT JOIN runs r ON r.id=s.run"
             " LEFT JOIN place_names pc ON pc.code=e.loc_country"
             " LEFT JOIN place_names pa ON pa.code=e.loc_adm1");
  int brc = buildWhere(p, f, &b);
  if( brc ) return brc;
  sqlAdd(&b, " AND e.negated=0 GROUP BY e.date, e.source, e.target, e.code ORDER BY e.date, 1");
  if( f && f->nLimit>0 ){ sqlAdd(&b, " LIMIT ?"); bindI(&b, f->nLimit); }
  return prepareBuilt(p, &b, ppStmt);
}
