/*
** test_store.c — unit tests for the event store (src/store.c, src/export.c,
** src/simhash.c) through the public API.
**
** Each test works in its own mkdtemp() folder.  Stories and events are made
** by hand (no dictionaries), so each test shows exactly what it stores.  The
** one place raw SQLite is used is to write a database as brink's schema v1
** wrote it, to show that it is migrated on open, and to forge a "future"
** schema version.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "brink.h"

/* ---- Helpers --------------------------------------------------------------- */

#include "tmpdb.h"
#include "diags.h"

static brink_store *openOk(const char *zDb, int eMode){
  brink_store *p = 0;
  char *zErr = 0;
  int rc = brink_store_open(zDb, eMode, &p, &zErr);
  if( rc!=BRINK_OK ) fail_msg("open %s: rc=%d %s", zDb, rc, zErr ? zErr : "");
  assert_null(zErr);
  return p;
}

/* Expect opening to fail with rc and a message containing zPart. */
static void openFails(const char *zDb, int eMode, int rcWant, const char *zPart){
  brink_store *p = (brink_store*)1;
  char *zErr = 0;
  int rc = brink_store_open(zDb, eMode, &p, &zErr);
  assert_int_equal(rc, rcWant);
  assert_null(p);
  assert_non_null(zErr);
  if( !strstr(zErr, zPart) ) fail_msg("message '%s' lacks '%s'", zErr, zPart);
  assert_non_null(strstr(zErr, zDb));   /* every message names the file */
  free(zErr);
}

static brink_event mkEvent(const char *zId, int iSent, const char *zDate, const char *zSrc,
                           const char *zTgt, const char *zCode, double rGold, const char *zEvid){
  brink_event e;
  memset(&e, 0, sizeof e);
  e.zStoryId = zId; e.iSentence = iSent; e.zDate = zDate;
  e.zSource = zSrc; e.zSourceText = "the source"; e.zTarget = zTgt; e.zTargetText = "the target";
  e.zCode = zCode;
  static char azRoot[8][3];
  static int iRoot;
  char *zRoot = azRoot[iRoot++ % 8];
  memcpy(zRoot, zCode, 2); zRoot[2] = 0;
  e.zRoot = zRoot;
  e.iQuad = zCode[0]=='1' ? 3 : 1;
  e.rGoldstein = rGold;
  e.zPlover = "CONSULT"; e.zPloverMode = "";
  e.zEvidence = zEvid;
  e.nMention = 1;
  return e;
}

/* Put one story with its events; return the BRINK_PUT_* result. */
static int putStory(brink_store *p, const char *zId, const char *zDate, const char *zText,
                    const brink_event *aEv, size_t nEv, int flags){
  brink_story s = { zId, zDate, "A title", "Wire", 0, zText, strlen(zText), 0, 0 };
  brink_store_item *it = brink_store_item_new(&s, aEv, nEv);
  assert_non_null(it);
  int eRes = -1;
  int rc = brink_store_put(p, it, flags, &eRes);
  if( rc!=BRINK_OK ) fail_msg("put %s: %s", zId, brink_store_errmsg(p));
  brink_store_item_free(it);
  return eRes;
}

/* Count events matching f. */
static int countEvents(brink_store *p, const brink_store_filter *f){
  brink_store_cursor *c = 0;
  if( brink_store_query(p, f, &c)!=BRINK_OK ) fail_msg("query: %s", brink_store_errmsg(p));
  brink_store_row r;
  int n = 0, rc;
  while( (rc = brink_store_next(c, &r))==BRINK_OK ) n++;
  assert_int_equal(rc, BRINK_EOF);
  brink_store_cursor_free(c);
  return n;
}

static const char zText1[] =
  "Joe Biden spoke with Vladimir Putin on Tuesday. The two leaders discussed the situation "
  "on the border with Ukraine and agreed to keep talking. Officials in Washington said the "
  "call lasted an hour and covered arms control, cyber security and climate change.";

/* One story with three events, two sentences. */
static void putSeed(brink_store *p, const char *zId, const char *zDate, const char *zText){
  brink_event a[3] = {
    mkEvent(zId, 0, zDate, "USAGOV", "RUSGOV", "041", 1.0, "Joe Biden spoke with Vladimir Putin on Tuesday."),
    mkEvent(zId, 1, zDate, "USAGOV", "RUSGOV", "036", 4.0, "The two leaders ..."),
    mkEvent(zId, 1, zDate, "IGONAT", "RUSMIL", "111", -2.0, "The two leaders ..."),
  };
  a[0].nMention = 2;
  putStory(p, zId, zDate, zText, a, 3, 0);
}

/* ---- Tests ---------------------------------------------------------------------- */

static void test_create_and_reopen(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  openFails(t.zDb, BRINK_STORE_NOCREATE, BRINK_EIO, "no such database");
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  assert_int_equal(brink_store_schema_found(p), 0);    /* it was new */
  assert_int_equal(brink_store_run_begin(p, 0, "0123456789abcdef", "test", "test", "in.jsonl"), BRINK_OK);
  putSeed(p, "s1", "2021-04-13", zText1);
  assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  brink_store_close(p);
  p = openOk(t.zDb, BRINK_STORE_READONLY);
  assert_int_equal(brink_store_schema_found(p), BRINK_STORE_SCHEMA);
  assert_int_equal(countEvents(p, 0), 3);
  assert_int_equal(brink_store_check(p), BRINK_OK);
  brink_store_close(p);
  tmpFree(&t);
}

static void test_reingest_replaces(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  assert_int_equal(brink_store_run_begin(p, 0, "d1", 0, "test", 0), BRINK_OK);
  putSeed(p, "s1", "2021-04-13", zText1);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  /* same id, same text, same dictionaries: nothing changes */
  brink_story s = { "s1", "2021-04-13", "A title", "Wire", 0, zText1, strlen(zText1), 0, 0 };
  assert_int_equal(brink_store_unchanged(p, &s), 1);
  /* ... unless the date (or title, source, url) is new: its events move */
  s.zDate = "2021-04-14";
  assert_int_equal(brink_store_unchanged(p, &s), 0);
  s.zDate = "2021-04-13"; s.zSource = 0;
  assert_int_equal(brink_store_unchanged(p, &s), 0);
  s.zSource = "Wire";
  brink_event e = mkEvent("s1", 0, "2021-04-13", "USAGOV", "RUSGOV", "041", 1.0, "x");
  assert_int_equal(putStory(p, "s1", "2021-04-13", zText1, &e, 1, 0), BRINK_PUT_UNCHANGED);
  assert_int_equal(countEvents(p, 0), 3);
  /* forced: re-stored in place, with the new events only */
  assert_int_equal(putStory(p, "s1", "2021-04-13", zText1, &e, 1, BRINK_PUT_FORCE), BRINK_PUT_REPLACED);
  assert_int_equal(countEvents(p, 0), 1);
  /* new text: replaced, never duplicated */
  s.zText = "Another text entirely."; s.nText = strlen(s.zText);
  assert_int_equal(brink_store_unchanged(p, &s), 0);
  putSeed(p, "s1", "2021-04-13", "Another text entirely.");
  assert_int_equal(countEvents(p, 0), 3);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  brink_store_stats st;
  brink_store_stats_get(p, &st);
  assert_int_equal(st.nInserted, 1);
  assert_int_equal(st.nReplaced, 2);
  assert_int_equal(st.nUnchanged, 2);
  /* new dictionaries: the same text is coded again */
  assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  assert_int_equal(brink_store_run_begin(p, 0, "d2", 0, "test", 0), BRINK_OK);
  s.zText = "Another text entirely."; s.nText = strlen(s.zText);
  assert_int_equal(brink_store_unchanged(p, &s), 0);
  assert_int_equal(brink_store_check(p), BRINK_OK);
  brink_store_close(p);
  tmpFree(&t);
}

static void test_rollback_keeps_committed(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s1", "2021-04-13", zText1);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  putSeed(p, "s2", "2021-04-14", "A second story about something else entirely, told at length here.");
  brink_store_rollback(p);
  assert_int_equal(countEvents(p, 0), 3);
  brink_store_stats st;
  brink_store_stats_get(p, &st);
  assert_int_equal(st.nInserted, 1);     /* the rolled-back story is not counted */
  brink_store_close(p);                  /* closing with a batch open rolls it back */
  p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s3", "2021-04-15", "A third story.");
  brink_store_close(p);
  p = openOk(t.zDb, BRINK_STORE_READONLY);
  assert_int_equal(countEvents(p, 0), 3);
  assert_int_equal(brink_store_check(p), BRINK_OK);
  brink_store_close(p);
  tmpFree(&t);
}

static void test_bad_files(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  FILE *fp = fopen(t.zDb, "w");
  assert_non_null(fp);
  fputs("this is not a database, just some text long enough to have a header\n", fp);
  fclose(fp);
  openFails(t.zDb, BRINK_STORE_CREATE, BRINK_ENOTDB, "not an SQLite database");
  openFails(t.zDb, BRINK_STORE_READONLY, BRINK_ENOTDB, "not an SQLite database");
  /* an SQLite file that is not a brink store is left alone */
  remove(t.zDb);
  sqlite3 *db;
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "CREATE TABLE mine(x); INSERT INTO mine VALUES(42);", 0, 0, 0), SQLITE_OK);
  sqlite3_close(db);
  openFails(t.zDb, BRINK_STORE_CREATE, BRINK_ENOTDB, "not a brink store");
  /* a folder */
  openFails(t.zDir, BRINK_STORE_CREATE, BRINK_EIO, "folder");
  char zMissing[160];
  snprintf(zMissing, sizeof zMissing, "%s/no/such/dir/x.db", t.zDir);
  openFails(zMissing, BRINK_STORE_CREATE, BRINK_EIO, "does not exist");
  tmpFree(&t);
}

static void test_future_schema(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s1", "2021-04-13", zText1);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  brink_store_close(p);
  sqlite3 *db;
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", 0, 0, 0), SQLITE_OK);
  sqlite3_close(db);
  char zWant[128];
  snprintf(zWant, sizeof zWant, "database schema v99 is newer than this brink (v%d); upgrade brink",
           BRINK_STORE_SCHEMA);
  openFails(t.zDb, BRINK_STORE_CREATE, BRINK_ESCHEMA, zWant);
  openFails(t.zDb, BRINK_STORE_READONLY, BRINK_ESCHEMA, zWant);
  /* and nothing was lost: put the version back and read the events */
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  char zSql[96];
  snprintf(zSql, sizeof zSql, "UPDATE meta SET value='%d' WHERE key='schema_version'", BRINK_STORE_SCHEMA);
  assert_int_equal(sqlite3_exec(db, zSql, 0, 0, 0), SQLITE_OK);
  sqlite3_close(db);
  p = openOk(t.zDb, BRINK_STORE_READONLY);
  assert_int_equal(countEvents(p, 0), 3);
  brink_store_close(p);
  tmpFree(&t);
}

/* The schema as brink 0.1.0's first store (v1) wrote it, frozen here. */
static const char zV1[] =
  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
  "CREATE TABLE dictionaries(id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, description TEXT, first_used TEXT);"
  "CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT, goldstein REAL, quad INTEGER, plover TEXT, plover_mode TEXT) WITHOUT ROWID;"
  "CREATE TABLE runs(id INTEGER PRIMARY KEY, command TEXT, inputs TEXT, brink_version TEXT, dict INTEGER, started TEXT,"
  " finished TEXT, n_inserted INTEGER DEFAULT 0, n_replaced INTEGER DEFAULT 0, n_unchanged INTEGER DEFAULT 0,"
  " n_event INTEGER DEFAULT 0, n_failed INTEGER DEFAULT 0);"
  "CREATE TABLE stories(id INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, date TEXT NOT NULL, source TEXT, url TEXT,"
  " title TEXT, text TEXT NOT NULL, by_line INTEGER NOT NULL DEFAULT 0, text_hash TEXT NOT NULL,"
  " n_sentence INTEGER NOT NULL, n_event INTEGER NOT NULL, dict INTEGER, run INTEGER);"
  "CREATE TABLE sentences(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,"
  " len INTEGER NOT NULL, n_event INTEGER NOT NULL, text TEXT);"
  "CREATE UNIQUE INDEX sentences_story ON sentences(story, idx);"
  "CREATE TABLE events(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, sentence INTEGER NOT NULL,"
  " sentence_idx INTEGER NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, source_text TEXT,"
  " source_country TEXT NOT NULL, target TEXT NOT NULL, target_text TEXT, target_country TEXT NOT NULL,"
  " code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT, plover_mode TEXT,"
  " negated INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 1, dict INTEGER);"
  "CREATE INDEX events_story ON events(story);"
  "CREATE INDEX events_dyad ON events(source_country, target_country, date);"
  "CREATE INDEX events_tcountry ON events(target_country, date);"
  "CREATE INDEX events_source ON events(source, date);"
  "CREATE INDEX events_target ON events(target, date);"
  "CREATE INDEX events_day ON events(date, source, target, code);"
  "CREATE INDEX events_code ON events(code, date);"
  "CREATE TABLE actors(code TEXT NOT NULL, text TEXT NOT NULL, first_date TEXT, last_date TEXT,"
  " PRIMARY KEY(code, text)) WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='sentences', content_rowid='id');"
  "INSERT INTO meta VALUES('schema_version', '1');"
  "INSERT INTO stories VALUES(1, 'old-1', '1987-03-01', 'Wire', NULL, NULL,"
  " 'Japan and the United States held talks on semiconductors in Tokyo on Monday, officials said.',"
  " 0, 'x', 1, 1, NULL, NULL);"
  "INSERT INTO stories VALUES(2, 'old-2', '1987-03-01', 'Other', NULL, NULL,"
  " 'Japan and the United States held talks on semiconductors in Tokyo on Monday, officials said.',"
  " 0, 'x', 1, 1, NULL, NULL);"
  "INSERT INTO sentences VALUES(1, 1, 0, 0, 92, 1, 'Japan and the United States held talks.');"
  "INSERT INTO sentences VALUES(2, 2, 0, 0, 92, 1, 'Japan and the United States held talks.');"
  "INSERT INTO events VALUES(1, 1, 1, 0, '1987-03-01', 'JPN', 'Japan', 'JPN', 'USA', 'the United States', 'USA',"
  " '040', '04', 1, 1.0, 'CONSULT', '', 0, 1, NULL);"
  "INSERT INTO events VALUES(2, 2, 2, 0, '1987-03-01', 'JPN', 'Japan', 'JPN', 'USA', 'the United States', 'USA',"
  " '040', '04', 1, 1.0, 'CONSULT', '', 0, 1, NULL);";

/* A store file written from a frozen schema (zSql, then zMore if not
** NULL), opened (so migrated) and checked to have been version iFound. */
static brink_store *openFrozen(Tmp *t, const char *zSql, const char *zMore, int iFound){
  sqlite3 *db;
  tmpMake(t);
  assert_int_equal(sqlite3_open(t->zDb, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, zSql, 0, 0, 0), SQLITE_OK);
  if( zMore ) assert_int_equal(sqlite3_exec(db, zMore, 0, 0, 0), SQLITE_OK);
  sqlite3_close(db);
  brink_store *p = openOk(t->zDb, BRINK_STORE_CREATE);
  assert_int_equal(brink_store_schema_found(p), iFound);
  return p;
}

static void test_migrate_v1(void **state){
  (void)state;
  Tmp t;
  brink_store *p = openFrozen(&t, zV1, 0, 1);
  assert_int_equal(brink_store_check(p), BRINK_OK);
  /* the migration clustered the two identical stories: GDELT's NumSources is 1 */
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, 0, BRINK_EXPORT_GDELT, fp), BRINK_OK);
  fclose(fp);
  /* one folded row: mentions 2, sources 1, articles 2 */
  int nTab = 0;
  char *z = zOut, *azCol[64];
  azCol[0] = z;
  for(; *z && *z!='\n'; z++) if( *z=='\t' ){ *z = 0; if( ++nTab<64 ) azCol[nTab] = z+1; }
  *z = 0;
  assert_int_equal(nTab+1, 61);
  assert_string_equal(azCol[31], "2");   /* NumMentions */
  assert_string_equal(azCol[32], "1");   /* NumSources */
  assert_string_equal(azCol[33], "2");   /* NumArticles */
  free(zOut);
  brink_store_close(p);
  p = openOk(t.zDb, BRINK_STORE_READONLY);
  assert_int_equal(brink_store_schema_found(p), BRINK_STORE_SCHEMA);
  brink_store_close(p);
  tmpFree(&t);
}

/* The schema as brink 0.1.0 wrote it at v3 (escalation watch), frozen here:
** a store from before locations, quantities and issues (v4). */
static const char zV3[] =
  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
  "CREATE TABLE dictionaries(id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, description TEXT,"
  " first_used TEXT);"
  "CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT, goldstein REAL, quad INTEGER, plover TEXT,"
  " plover_mode TEXT) WITHOUT ROWID;"
  "CREATE TABLE runs(id INTEGER PRIMARY KEY, command TEXT, inputs TEXT, brink_version TEXT, dict"
  " INTEGER, started TEXT, finished TEXT, n_inserted INTEGER DEFAULT 0, n_replaced INTEGER DEFAULT 0,"
  " n_unchanged INTEGER DEFAULT 0, n_event INTEGER DEFAULT 0, n_failed INTEGER DEFAULT 0);"
  "CREATE TABLE stories(id INTEGER PRIMARY KEY, sid TEXT NOT NULL UNIQUE, date TEXT NOT NULL, source"
  " TEXT, url TEXT, title TEXT, text TEXT NOT NULL, by_line INTEGER NOT NULL DEFAULT 0, text_hash TEXT"
  " NOT NULL, n_sentence INTEGER NOT NULL, n_event INTEGER NOT NULL, dict INTEGER, run INTEGER,"
  " simhash INTEGER, cluster INTEGER);"
  "CREATE TABLE sentences(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, idx INTEGER NOT NULL, start"
  " INTEGER NOT NULL, len INTEGER NOT NULL, n_event INTEGER NOT NULL, text TEXT);"
  "CREATE UNIQUE INDEX sentences_story ON sentences(story, idx);"
  "CREATE TABLE events(id INTEGER PRIMARY KEY, story INTEGER NOT NULL, sentence INTEGER NOT NULL,"
  " sentence_idx INTEGER NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, source_text TEXT,"
  " source_country TEXT NOT NULL, target TEXT NOT NULL, target_text TEXT, target_country TEXT NOT"
  " NULL, code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,"
  " plover_mode TEXT, negated INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 1, dict"
  " INTEGER);"
  "CREATE INDEX events_story ON events(story);"
  "CREATE INDEX events_dyad ON events(source_country, target_country, date);"
  "CREATE INDEX events_tcountry ON events(target_country, date);"
  "CREATE INDEX events_source ON events(source, date);"
  "CREATE INDEX events_target ON events(target, date);"
  "CREATE INDEX events_day ON events(date, source, target, code);"
  "CREATE INDEX events_code ON events(code, date);"
  "CREATE TABLE actors(code TEXT NOT NULL, text TEXT NOT NULL, first_date TEXT, last_date TEXT,"
  " PRIMARY KEY(code, text)) WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='sentences', content_rowid='id');"
  "CREATE INDEX stories_cluster ON stories(cluster);"
  "CREATE TABLE story_bands(key INTEGER NOT NULL, story INTEGER NOT NULL, PRIMARY KEY(key, story))"
  " WITHOUT ROWID;"
  "CREATE VIEW folded AS SELECT e.date AS date, e.source AS source, e.target AS target, e.code AS"
  " code, min(e.id) AS first_event, sum(e.mentions) AS mentions, count(DISTINCT e.story) AS stories,"
  " count(DISTINCT coalesce(s.cluster, s.id)) AS sources, count(DISTINCT s.source) AS publishers,"
  " min(e.sentence_idx)=0 AS is_root, json_group_array(DISTINCT s.sid) AS story_ids FROM events e JOIN"
  " stories s ON s.id=e.story WHERE e.negated=0 GROUP BY e.date, e.source, e.target, e.code;"
  "CREATE TABLE escalation_days(src TEXT NOT NULL, tgt TEXT NOT NULL, day INTEGER NOT NULL, conflict"
  " REAL NOT NULL, conflict2 REAL NOT NULL, coop REAL NOT NULL, coop2 REAL NOT NULL, n_conflict"
  " INTEGER NOT NULL, n_coop INTEGER NOT NULL, s_esc REAL NOT NULL, s_coop REAL NOT NULL, run_esc"
  " INTEGER, run_coop INTEGER, n_run_esc INTEGER NOT NULL, n_run_coop INTEGER NOT NULL, first_day"
  " INTEGER NOT NULL, dir INTEGER NOT NULL, start INTEGER, alert INTEGER, PRIMARY KEY(src, tgt, day))"
  " WITHOUT ROWID;"
  "CREATE TABLE alerts(id INTEGER PRIMARY KEY, src TEXT NOT NULL, tgt TEXT NOT NULL, direction INTEGER"
  " NOT NULL, start TEXT NOT NULL, fired TEXT NOT NULL, peak TEXT NOT NULL, ended TEXT, score REAL NOT"
  " NULL, n_event INTEGER NOT NULL);"
  "CREATE INDEX alerts_pair ON alerts(src, tgt, fired);"
  "CREATE INDEX alerts_score ON alerts(score);"
  "CREATE TABLE alert_events(alert INTEGER NOT NULL, rank INTEGER NOT NULL, event INTEGER NOT NULL,"
  " weight REAL NOT NULL, PRIMARY KEY(alert, rank)) WITHOUT ROWID;"
  "INSERT INTO meta VALUES('schema_version', '3');"
  "INSERT INTO stories(id, sid, date, source, text, text_hash, n_sentence, n_event, simhash, cluster)"
  " VALUES(1, 'old-1', '1987-03-01', 'Wire', 'Japan and the United States held talks in Tokyo.', 'x', 1, 1, 0, 1);"
  "INSERT INTO sentences VALUES(1, 1, 0, 0, 49, 1, 'Japan and the United States held talks in Tokyo.');"
  "INSERT INTO events VALUES(1, 1, 1, 0, '1987-03-01', 'JPN', 'Japan', 'JPN', 'USA', 'the United States', 'USA',"
  " '040', '04', 1, 1.0, 'CONSULT', '', 0, 1, NULL);";


/* The Crimea event's codes of other systems: FIPS UP in GDELT's
** ActionGeo_CountryCode (data/fips.tsv), ISO alpha-2 UA in PLOVER's
** eventLoc; a data folder without fips.tsv fails the GDELT export (and only
** it), one with a bad line warns with file:line and goes on. */
static void exportCodes(brink_store *p, Tmp *t){
  brink_store_filter f;
  memset(&f, 0, sizeof f);
  f.zCode = "154";
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, &f, BRINK_EXPORT_GDELT, fp), BRINK_OK);
  fclose(fp);
  /* (FullName is the name alone: no gazetteer stored place names here) */
  assert_non_null(strstr(zOut, "\tCrimea\tUP\tUA-43\t\t45.3000\t34.4000\t\t"));
  free(zOut);
  zOut = 0;
  fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, &f, BRINK_EXPORT_PLOVER, fp), BRINK_OK);
  fclose(fp);
  assert_non_null(strstr(zOut, "\"eventLoc\":{\"name\":\"Crimea\",\"feature\":\"region\",\"country\":\"UKR\","
                               "\"country code\":\"UA\",\"adm1\":\"UA-43\""));
  free(zOut);
  /* an empty data folder: GDELT fails before writing, PLOVER does not need it */
  zOut = 0;
  fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export_v2(p, &f, BRINK_EXPORT_GDELT, fp, t->zDir, 0, 0), BRINK_EIO);
  fclose(fp);
  assert_int_equal(nOut, 0);
  assert_non_null(strstr(brink_store_errmsg(p), "fips.tsv"));
  free(zOut);
  zOut = 0;
  fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export_v2(p, &f, BRINK_EXPORT_PLOVER, fp, t->zDir, 0, 0), BRINK_OK);
  fclose(fp);
  free(zOut);
  /* a fips.tsv with a bad line: reported with file and line, skipped */
  char zPath[160];
  snprintf(zPath, sizeof zPath, "%s/fips.tsv", t->zDir);
  fp = fopen(zPath, "w");
  assert_non_null(fp);
  fputs("# test\nUKR UP\nRUS\tRS\n", fp);
  fclose(fp);
  Diags d; memset(&d, 0, sizeof d);
  zOut = 0;
  fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export_v2(p, &f, BRINK_EXPORT_GDELT, fp, t->zDir, diagCollect, &d), BRINK_OK);
  fclose(fp);
  assert_int_equal(d.n, 1);
  char zWant[256];
  snprintf(zWant, sizeof zWant, "%s:2: 'UKR UP' is not two tab-separated fields", zPath);
  assert_non_null(strstr(d.z, zWant));
  assert_non_null(strstr(zOut, "\tCrimea\t\tUA-43\t"));   /* UKR's line was the bad one */
  free(zOut);
}

/* A v3 store opens, migrates to v4 and keeps its events (no location, no
** issues, no quantities); events put afterwards keep all three, a
** replacement leaves no stray quantity rows, and the exports carry the place. */
static void test_migrate_v3_locations(void **state){
  (void)state;
  Tmp t;
  sqlite3 *db;
  brink_store *p = openFrozen(&t, zV3, 0, 3);
  assert_int_equal(brink_store_check(p), BRINK_OK);
  brink_store_cursor *c = 0;
  brink_store_row r;
  assert_int_equal(brink_store_query(p, 0, &c), BRINK_OK);
  assert_int_equal(brink_store_next(c, &r), BRINK_OK);
  assert_string_equal(r.ev.zStoryId, "old-1");
  assert_null(r.ev.pLocation);
  assert_null(r.ev.zIssues);
  assert_int_equal(r.ev.nQuantity, 0);
  assert_int_equal(brink_store_next(c, &r), BRINK_EOF);
  brink_store_cursor_free(c);

  /* a located event with two quantities and issues */
  brink_location loc = { "in occupied Crimea", "Crimea", "region", "UKR", "UA-43", 45.3, 34.4, "sentence" };
  brink_quantity aQ[2] = {
    { 28, 28, "at least", "battalion tactical groups", "unit", "at least 28 battalion tactical groups" },
    { 20000, 25000, "around", "soldiers", "personnel", "around 20,000-25,000 soldiers" },
  };
  brink_event a[2] = {
    mkEvent("new-1", 0, "2021-04-13", "RUSMIL", "UKR", "154", -7.2, "Russia massed troops in occupied Crimea."),
    mkEvent("new-1", 1, "2021-04-13", "USAGOV", "RUSGOV", "041", 1.0, "Biden called Putin."),
  };
  a[0].pLocation = &loc; a[0].aQuantity = aQ; a[0].nQuantity = 2; a[0].zIssues = "MILITARY,BORDER";
  a[1].zIssues = "";
  static const char zNew[] = "Russia massed troops in occupied Crimea. Biden called Putin.";
  for(int k=0; k<2; k++){   /* the second time replaces the story */
    assert_int_equal(brink_store_run_begin(p, 0, "d1", 0, "test", 0), BRINK_OK);
    putStory(p, "new-1", "2021-04-13", zNew, a, 2, k ? BRINK_PUT_FORCE : 0);
    assert_int_equal(brink_store_run_end(p, 0), BRINK_OK);
  }
  assert_int_equal(brink_store_check(p), BRINK_OK);
  brink_store_filter f;
  memset(&f, 0, sizeof f);
  f.zCode = "154";
  assert_int_equal(brink_store_query(p, &f, &c), BRINK_OK);
  assert_int_equal(brink_store_next(c, &r), BRINK_OK);
  assert_non_null(r.ev.pLocation);
  assert_string_equal(r.ev.pLocation->zMention, "in occupied Crimea");
  assert_string_equal(r.ev.pLocation->zName, "Crimea");
  assert_string_equal(r.ev.pLocation->zFeature, "region");
  assert_string_equal(r.ev.pLocation->zCountry, "UKR");
  assert_string_equal(r.ev.pLocation->zAdm1, "UA-43");
  assert_true(r.ev.pLocation->rLat==45.3 && r.ev.pLocation->rLon==34.4);
  assert_string_equal(r.ev.pLocation->zHow, "sentence");
  assert_string_equal(r.ev.zIssues, "MILITARY,BORDER");
  assert_int_equal(r.ev.nQuantity, 2);
  for(int k=0; k<2; k++){
    assert_true(r.ev.aQuantity[k].rMin==aQ[k].rMin && r.ev.aQuantity[k].rMax==aQ[k].rMax);
    assert_string_equal(r.ev.aQuantity[k].zQualifier, aQ[k].zQualifier);
    assert_string_equal(r.ev.aQuantity[k].zUnit, aQ[k].zUnit);
    assert_string_equal(r.ev.aQuantity[k].zCategory, aQ[k].zCategory);
    assert_string_equal(r.ev.aQuantity[k].zText, aQ[k].zText);
  }
  assert_int_equal(brink_store_next(c, &r), BRINK_EOF);
  brink_store_cursor_free(c);
  f.zCode = "041";
  assert_int_equal(brink_store_query(p, &f, &c), BRINK_OK);
  assert_int_equal(brink_store_next(c, &r), BRINK_OK);
  assert_null(r.ev.pLocation);
  assert_string_equal(r.ev.zIssues, "");   /* issue dictionary loaded, no issue */
  assert_int_equal(r.ev.nQuantity, 0);
  brink_store_cursor_free(c);
  /* the ICEWS row of the located event: no city, Province from the code
  ** (no gazetteer named it), Country empty without a name, the coordinates */
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  f.zCode = "154";
  assert_int_equal(brink_store_export(p, &f, BRINK_EXPORT_ICEWS, fp), BRINK_OK);
  fclose(fp);
  assert_non_null(strstr(zOut, "\t\t\tUA-43\t\t45.3000\t34.4000\n"));
  free(zOut);
  exportCodes(p, &t);
  brink_store_close(p);
  /* exactly two quantity rows survive the replacement */
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  sqlite3_stmt *q;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM quantities", -1, &q, 0), SQLITE_OK);
  assert_int_equal(sqlite3_step(q), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(q, 0), 2);
  sqlite3_finalize(q);
  sqlite3_close(db);
  tmpFree(&t);
}

/* One integer from SQL on a raw connection. */
static int64_t sqlInt(sqlite3 *db, const char *zSql){
  sqlite3_stmt *q = 0;
  assert_int_equal(sqlite3_prepare_v2(db, zSql, -1, &q, 0), SQLITE_OK);
  assert_int_equal(sqlite3_step(q), SQLITE_ROW);
  int64_t i = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return i;
}

/* A v3 store with scores and an alert from the earlier escalation score
** migrates to v5: escalation_days gains its severity sums, and the last
** run scored is forgotten, so the next update rescores every pair and the
** stale alert goes. */
static void test_migrate_v5_rescores(void **state){
  (void)state;
  Tmp t;
  sqlite3 *db;
  brink_store *p = openFrozen(&t, zV3,
      "INSERT INTO meta VALUES('alerts_run', '1');"
      "INSERT INTO escalation_days VALUES('JPN', 'USA', 6268, 0, 0, 0.4, 0.16, 0, 1, 0, 9.9, NULL, 6268,"
      " 0, 1, 6268, 2, 6268, 1);"
      "INSERT INTO alerts VALUES(1, 'JPN', 'USA', 2, '1987-03-01', '1987-03-01', '1987-03-01', NULL, 9.9, 1);",
      3);
  brink_store_close(p);
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM meta WHERE key='alerts_run'"), 0);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM pragma_table_info('escalation_days') WHERE name"
                              " IN ('conflict_sev', 'coop_sev')"), 2);
  sqlite3_close(db);
  p = openOk(t.zDb, BRINK_STORE_CREATE);
  brink_alert_stats st;
  assert_int_equal(brink_alert_update(p, 0, &st), BRINK_OK);
  assert_int_equal(st.bFull, 1);
  assert_int_equal(st.nAlert, 0);
  brink_store_close(p);
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM alerts"), 0);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM escalation_days WHERE s_coop>0"), 0);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM escalation_days WHERE coop_sev>0"), 1);
  sqlite3_close(db);
  tmpFree(&t);
}

/* A current store taken back to schema iVersion (< 7: without v7's and
** v8's columns), with zSql run on it and an update's last run set; opening it
** again migrates it. */
static void openAsVersion(Tmp *t, int iVersion, const char *zSql){
  tmpMake(t);
  brink_store *p = openOk(t->zDb, BRINK_STORE_CREATE);
  brink_store_close(p);
  sqlite3 *db;
  char zSet[120];
  snprintf(zSet, sizeof zSet, "UPDATE meta SET value='%d' WHERE key='schema_version';"
           "INSERT OR REPLACE INTO meta VALUES('alerts_run', '1');", iVersion);
  assert_int_equal(sqlite3_open(t->zDb, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "ALTER TABLE escalation_days DROP COLUMN j_esc;"
                               "ALTER TABLE escalation_days DROP COLUMN j_coop;"
                               "ALTER TABLE stories DROP COLUMN dateline;", 0, 0, 0), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, zSql, 0, 0, 0), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, zSet, 0, 0, 0), SQLITE_OK);
  sqlite3_close(db);
  p = openOk(t->zDb, BRINK_STORE_CREATE);
  assert_int_equal(brink_store_schema_found(p), iVersion);
  brink_store_close(p);
  assert_int_equal(sqlite3_open(t->zDb, &db), SQLITE_OK);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM meta WHERE key='alerts_run'"), 0);
  assert_int_equal(sqlInt(db, "SELECT value FROM meta WHERE key='schema_version'"), BRINK_STORE_SCHEMA);
  sqlite3_close(db);
}

/* A v5 store migrates to v6 (the escalation alerts' share gate) and on to
** v7: nothing changes in its tables at v6, but the last run scored is
** forgotten, so the next update rescores every pair. */
static void test_migrate_v6_rescores(void **state){
  (void)state;
  Tmp t;
  openAsVersion(&t, 5, "");
  tmpFree(&t);
}

/* A v6 store with scores migrates to v7 (the escalation alerts' joint
** CUSUMs): escalation_days gains the joint CUSUMs' state (0 in old rows),
** and the last run scored is forgotten, so the next update rescores every
** pair and no row is resumed without it. */
static void test_migrate_v7_rescores(void **state){
  (void)state;
  Tmp t;
  openAsVersion(&t, 6, "INSERT INTO escalation_days VALUES('JPN', 'USA', 6268, 0, 0, 0.4, 0.16, 0, 1,"
                       " 0, 9.9, NULL, 6268, 0, 1, 6268, 2, 6268, 1, 0, 0.4);");
  sqlite3 *db;
  assert_int_equal(sqlite3_open(t.zDb, &db), SQLITE_OK);
  assert_int_equal(sqlInt(db, "SELECT count(*) FROM escalation_days WHERE j_esc=0 AND j_coop=0"), 1);
  sqlite3_close(db);
  tmpFree(&t);
}

static void test_filters(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s1", "2021-04-13", zText1);
  brink_event a[2] = {
    mkEvent("s2", 0, "1987-03-30", "USA", "JPNGOV", "163", -8.0, "The U.S. imposed tariffs on Japanese goods."),
    mkEvent("s2", 0, "1987-03-30", "IRN", "IRQ", "190", -10.0, "The U.S. imposed tariffs on Japanese goods."),
  };
  putStory(p, "s2", "1987-03-30", "The U.S. imposed tariffs on Japanese goods.", a, 2, 0);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  brink_store_filter f;
  memset(&f, 0, sizeof f);
  assert_int_equal(countEvents(p, &f), 5);
  f.zPairA = "JPN"; f.zPairB = "USA";            /* either direction, countries */
  assert_int_equal(countEvents(p, &f), 1);
  f.zPairA = "JPNGOV";                           /* an actor prefix */
  assert_int_equal(countEvents(p, &f), 1);
  f.zPairA = "JPNMIL";
  assert_int_equal(countEvents(p, &f), 0);
  memset(&f, 0, sizeof f);
  f.zCountry = "IRQ";
  assert_int_equal(countEvents(p, &f), 1);
  f.zCountry = "RUS";
  assert_int_equal(countEvents(p, &f), 3);
  memset(&f, 0, sizeof f);
  f.zActor = "IGO";
  assert_int_equal(countEvents(p, &f), 1);
  memset(&f, 0, sizeof f);
  f.zFrom = "2000-01-01";
  assert_int_equal(countEvents(p, &f), 3);
  f.zTo = "2021-04-12";
  assert_int_equal(countEvents(p, &f), 0);
  memset(&f, 0, sizeof f);
  f.zRoot = "04";
  assert_int_equal(countEvents(p, &f), 1);
  f.zRoot = 0; f.zCode = "036";
  assert_int_equal(countEvents(p, &f), 1);
  memset(&f, 0, sizeof f);
  f.iQuad = 3;
  assert_int_equal(countEvents(p, &f), 3);       /* codes starting with 1 */
  memset(&f, 0, sizeof f);
  f.bGoldMax = 1; f.rGoldMax = -5.0;
  assert_int_equal(countEvents(p, &f), 2);
  f.bGoldMin = 1; f.rGoldMin = -9.0;
  assert_int_equal(countEvents(p, &f), 1);
  memset(&f, 0, sizeof f);
  f.zPlover = "CONSULT";
  assert_int_equal(countEvents(p, &f), 5);
  memset(&f, 0, sizeof f);
  f.zText = "tariffs";
  assert_int_equal(countEvents(p, &f), 2);
  f.zText = "\"Vladimir Putin\"";
  assert_int_equal(countEvents(p, &f), 1);
  f.nLimit = 1; f.zText = 0;
  assert_int_equal(countEvents(p, &f), 1);
  memset(&f, 0, sizeof f);
  f.zFrom = "yesterday";
  brink_store_cursor *c = 0;
  assert_int_equal(brink_store_query(p, &f, &c), BRINK_EPARSE);
  assert_null(c);
  assert_non_null(strstr(brink_store_errmsg(p), "not a date"));
  brink_store_close(p);
  tmpFree(&t);
}

static void test_near_duplicates(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  static const char zA[] =
    "TOKYO, March 30 - Japan's Trade Minister said today the government would do everything it "
    "could to avoid a trade war with the United States over semiconductors, after Washington "
    "announced tariffs of up to 300 mln dlrs on Japanese electronic goods. He said talks would "
    "continue in Washington next month and that Japan hoped to settle the dispute quickly.";
  static const char zB[] =   /* the same wire story, one word changed */
    "TOKYO, March 30 - Japan's Trade Minister said today the government would do everything it "
    "could to avoid a trade war with the United States over semiconductors, after Washington "
    "announced tariffs of up to 300 mln dlrs on Japanese electrical goods. He said talks would "
    "continue in Washington next month and that Japan hoped to settle the dispute quickly.";
  static const char zC[] =
    "BONN, March 30 - West German industrial output rose in February, the Economics Ministry "
    "said, with strong gains in construction offsetting a weaker month for the chemicals and "
    "steel industries. Economists said the figures pointed to modest growth in the first half.";
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  const char *az[3] = { zA, zB, zC };
  const char *azId[3] = { "a", "b", "c" };
  for(int i=0; i<3; i++){
    brink_event e = mkEvent(azId[i], 0, "1987-03-30", "JPNGOV", "USA", "130", -4.4, "x");
    e.nMention = i+1;
    putStory(p, azId[i], "1987-03-30", az[i], &e, 1, 0);
  }
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  brink_store_cursor *c = 0;
  assert_int_equal(brink_store_query(p, 0, &c), BRINK_OK);
  brink_store_row r;
  int64_t aCluster[3];
  for(int i=0; i<3; i++){
    assert_int_equal(brink_store_next(c, &r), BRINK_OK);
    aCluster[i] = r.iCluster;
  }
  assert_int_equal(brink_store_next(c, &r), BRINK_EOF);
  brink_store_cursor_free(c);
  assert_true(aCluster[0]==aCluster[1]);
  assert_true(aCluster[2]!=aCluster[0]);
  /* one-a-day fold: mentions 1+2+3, 2 independent sources, 3 articles */
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, 0, BRINK_EXPORT_GDELT, fp), BRINK_OK);
  fclose(fp);
  assert_non_null(strstr(zOut, "\t6\t2\t3\t"));
  free(zOut);
  brink_store_close(p);
  tmpFree(&t);
}

/* Count the fields of the first data line in the export (after a header line if bHeader). */
static int exportFields(brink_store *p, int eFmt, int bHeader, char cSep){
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, 0, eFmt, fp), BRINK_OK);
  fclose(fp);
  char *z = zOut;
  if( bHeader ){ z = strchr(z, '\n'); assert_non_null(z); z++; }
  int n = 1;
  for(; *z && *z!='\n'; z++) if( *z==cSep ) n++;
  free(zOut);
  return n;
}

static void test_exports(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s1", "2021-04-13", zText1);
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  assert_int_equal(exportFields(p, BRINK_EXPORT_GDELT, 0, '\t'), 61);
  assert_int_equal(exportFields(p, BRINK_EXPORT_ICEWS, 1, '\t'), 20);
  assert_int_equal(exportFields(p, BRINK_EXPORT_ICEWS, 0, '\t'), 20);   /* the header too */
  char *zOut = 0; size_t nOut = 0;
  FILE *fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, 0, BRINK_EXPORT_PLOVER, fp), BRINK_OK);
  fclose(fp);
  assert_true(zOut[0]=='[');
  assert_non_null(strstr(zOut, "\"source\":[{\"actorText\":\"the source\",\"code\":\"USA\",\"sector\":\"GOV\"}]"));
  assert_non_null(strstr(zOut, "\"code\":\"IGONAT\""));
  free(zOut);
  zOut = 0;
  fp = open_memstream(&zOut, &nOut);
  assert_int_equal(brink_store_export(p, 0, BRINK_EXPORT_JSONL, fp), BRINK_OK);
  fclose(fp);
  assert_non_null(strstr(zOut, "\"mentions\":2"));
  free(zOut);
  assert_int_equal(brink_store_export(p, 0, 99, stdout), BRINK_EINVAL);
  brink_store_close(p);
  tmpFree(&t);
}

static void test_simhash_dict_id(void **state){
  (void)state;
  char zA[17], zB[17];
  char *zDesc = 0;
  assert_int_equal(brink_store_dict_id(0, zA, &zDesc), BRINK_OK);
  assert_int_equal(strlen(zA), 16);
  assert_non_null(zDesc);
  assert_non_null(strstr(zDesc, "cameo.tsv"));
  free(zDesc);
  assert_int_equal(brink_store_dict_id(0, zB, 0), BRINK_OK);
  assert_string_equal(zA, zB);                   /* stable */
  const char *azNone[] = { "/no/such/dictionary.txt", 0 };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = azNone;
  assert_int_equal(brink_store_dict_id(&cfg, zB, 0), BRINK_EIO);
}

static void test_story_next(void **state){
  (void)state;
  Tmp t; tmpMake(&t);
  brink_store *p = openOk(t.zDb, BRINK_STORE_CREATE);
  putSeed(p, "s1", "2021-04-13", zText1);
  putSeed(p, "s2", "2021-04-14", "Second.");
  assert_int_equal(brink_store_commit(p), BRINK_OK);
  int64_t iAfter = 0;
  brink_story s;
  assert_int_equal(brink_store_story_next(p, &iAfter, &s), BRINK_OK);
  assert_string_equal(s.zId, "s1");
  assert_int_equal(s.nText, strlen(zText1));
  assert_string_equal(s.zText, zText1);
  assert_string_equal(s.zSource, "Wire");
  assert_null(s.zUrl);
  assert_int_equal(brink_store_story_next(p, &iAfter, &s), BRINK_OK);
  assert_string_equal(s.zId, "s2");
  assert_int_equal(brink_store_story_next(p, &iAfter, &s), BRINK_EOF);
  brink_store_close(p);
  tmpFree(&t);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_create_and_reopen),
    cmocka_unit_test(test_reingest_replaces),
    cmocka_unit_test(test_rollback_keeps_committed),
    cmocka_unit_test(test_bad_files),
    cmocka_unit_test(test_future_schema),
    cmocka_unit_test(test_migrate_v1),
    cmocka_unit_test(test_migrate_v3_locations),
    cmocka_unit_test(test_migrate_v5_rescores),
    cmocka_unit_test(test_migrate_v6_rescores),
    cmocka_unit_test(test_migrate_v7_rescores),
    cmocka_unit_test(test_filters),
    cmocka_unit_test(test_near_duplicates),
    cmocka_unit_test(test_exports),
    cmocka_unit_test(test_simhash_dict_id),
    cmocka_unit_test(test_story_next),
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
