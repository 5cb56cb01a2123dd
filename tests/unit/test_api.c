/*
** test_api.c — unit tests of libbrink through its public header only.
**
** Most tests code stories against a small dictionary written here into a
** temporary folder (made-up countries, so the expected events do not move
** when the default dictionaries grow); a few use the default data to show
** that an engine built with no configuration works.  Covered: engine
** construction and its errors, brink_code_story and its limits
** (BRINK_MAX_STORY, BRINK_MAX_SENTENCE), dated actor codes, folding of
** repeated events, JSON and TSV output with awkward characters, the
** splitter and analyser entry points, and two threads sharing one engine.
*/
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#include <cmocka.h>
#include <jansson.h>

#include "brink.h"

/* ---- Fixtures ----------------------------------------------------------- */

static const char zDictText[] =
  "# test dictionary for test_api.c: made-up places and people\n"
  "@actors\n"
  "Veloria = VLR !state\n"
  "Tarvonia = TRV !state\n"
  "Ostrava Pact = IGOOSP !org\n"
  "Ines Marlowe | Marlowe = VLRLEG ..2010-06-30 ; VLRGOV 2010-07-01..2014-06-30 ; VLRELI !person\n"
  "@agents\n"
  "troops = MIL\n"
  "@verbs\n"
  "0256 urge + to {stand down|withdraw}\n"
  "111  criticize +\n"
  "042  visit +\n";

/* Same dictionary plus two malformed lines (lines 13 and 15). */
static const char zBadDictText[] =
  "@actors\n"
  "Veloria = VLR !state\n"
  "Tarvonia = TRV !state\n"
  "Ostrava Pact = IGOOSP !org\n"
  "Ines Marlowe | Marlowe = VLRLEG ..2010-06-30 ; VLRGOV 2010-07-01..2014-06-30 ; VLRELI !person\n"
  "@agents\n"
  "troops = MIL\n"
  "@verbs\n"
  "0256 urge + to {stand down|withdraw}\n"
  "111  criticize +\n"
  "042  visit +\n"
  "@actors\n"
  "Kessmark KSM\n"
  "Lunaria = LUN\n"
  "Brevik = BRV 2020-01-01..2019-01-01\n";

typedef struct Fixture {
  char zDir[64];
  char zDict[128];
  char zBadDict[128];
  brink_engine *pEng;       /* over zDict */
} Fixture;

static Fixture g;

static void writeFile(const char *zPath, const char *z){
  FILE *fp = fopen(zPath, "wb");
  assert_non_null(fp);
  assert_int_equal(fwrite(z, 1, strlen(z), fp), strlen(z));
  assert_int_equal(fclose(fp), 0);
}

static brink_engine *engineOver(const char *zPath, brink_diag_fn xDiag, void *pArg){
  const char *azDict[2] = { zPath, NULL };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = azDict;
  cfg.xDiag = xDiag;
  cfg.pDiagArg = pArg;
  char *zErr = NULL;
  brink_engine *p = brink_engine_new(&cfg, &zErr);
  if( !p ) fail_msg("engine over %s: %s", zPath, zErr ? zErr : "?");
  assert_null(zErr);
  return p;
}

static int groupSetup(void **state){
  (void)state;
  snprintf(g.zDir, sizeof g.zDir, "/tmp/brink-test-api-XXXXXX");
  if( !mkdtemp(g.zDir) ) return -1;
  snprintf(g.zDict, sizeof g.zDict, "%s/small.txt", g.zDir);
  snprintf(g.zBadDict, sizeof g.zBadDict, "%s/broken.txt", g.zDir);
  writeFile(g.zDict, zDictText);
  writeFile(g.zBadDict, zBadDictText);
  g.pEng = engineOver(g.zDict, NULL, NULL);
  return 0;
}

static int groupTeardown(void **state){
  (void)state;
  brink_engine_free(g.pEng);
  unlink(g.zDict);
  unlink(g.zBadDict);
  if( rmdir(g.zDir)!=0 ){             /* a test left a file behind */
    fprintf(stderr, "test_api: cannot remove %s: %s\n", g.zDir, strerror(errno));
    return -1;
  }
  return 0;
}

static brink_story makeStory(const char *zId, const char *zDate, const char *zText){
  brink_story s;
  memset(&s, 0, sizeof s);
  s.zId = zId;
  s.zDate = zDate;
  s.zText = zText;
  s.nText = strlen(zText);
  return s;
}

/* Code zText and return the events as "SRC TGT CODE@SENT*MENTIONS;" lines. */
static int codeToString(brink_coder *c, const brink_story *s, char *zOut, size_t nOut){
  const brink_event *aEv = NULL;
  size_t nEv = 99;
  int rc = brink_code_story(c, s, &aEv, &nEv);
  zOut[0] = 0;
  if( rc!=BRINK_OK ) return rc;
  size_t n = 0;
  for(size_t i=0; i<nEv; i++){
    int k = snprintf(zOut+n, nOut-n, "%s %s %s@%d*%d;", aEv[i].zSource, aEv[i].zTarget,
                     aEv[i].zCode, aEv[i].iSentence, aEv[i].nMention);
    assert_true(k>0 && (size_t)k < nOut-n);
    n += (size_t)k;
  }
  return rc;
}

static void expectEvents(brink_coder *c, const brink_story *s, const char *zWant){
  char zGot[2048];
  int rc = codeToString(c, s, zGot, sizeof zGot);
  if( rc!=BRINK_OK ) fail_msg("story %s: rc %d: %s", s->zId, rc, brink_coder_errmsg(c));
  if( strcmp(zGot, zWant)!=0 ) fail_msg("story %s: events <%s>, wanted <%s>", s->zId, zGot, zWant);
}

/* ---- Engine ------------------------------------------------------------- */

static void test_engine_default_data(void **state){
  (void)state;
  char *zErr = (char*)"not cleared";
  brink_engine *p = brink_engine_new(NULL, &zErr);
  if( !p ) fail_msg("default engine: %s", zErr ? zErr : "?");
  assert_null(zErr);
  brink_engine_stats st;
  memset(&st, 0xff, sizeof st);
  brink_engine_stats_get(p, &st);
  assert_true(st.nActor > 50);
  assert_true(st.nAgent > 10);
  assert_true(st.nPattern > 10);
  assert_true(st.nVerb <= st.nPattern);
  assert_true(st.nCameo > 200);
  assert_int_equal(st.nWarning, 0);
  assert_int_equal(brink_cameo_count(p), st.nCameo);
  const brink_cameo *pC = brink_cameo_lookup(p, "0256");
  assert_non_null(pC);
  assert_string_equal(pC->zCode, "0256");
  assert_null(brink_cameo_lookup(p, "9999"));
  /* the default dictionaries are clean (checked after the frees below) */
  size_t nCheck = brink_dict_check(p, BRINK_CHECK_COVERAGE, NULL, NULL);

  /* and they code a plain sentence */
  brink_coder *c = brink_coder_new(p);
  assert_non_null(c);
  brink_story s = makeStory("d1", "2022-02-10",
                            "Russia urged Ukraine to de-escalate.");
  expectEvents(c, &s, "RUS UKR 0256@0*1;");
  brink_coder_free(c);
  brink_engine_free(p);

  /* a config with everything zero is the same as none */
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  p = brink_engine_new(&cfg, NULL);
  assert_non_null(p);
  brink_engine_stats st2;
  brink_engine_stats_get(p, &st2);
  assert_int_equal(st2.nActor, st.nActor);
  assert_int_equal(st2.nPattern, st.nPattern);
  brink_engine_free(p);
  if( nCheck ) fail_msg("brink_dict_check finds %zu problems in the default data", nCheck);
}

static void test_engine_missing_data_dir(void **state){
  (void)state;
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = "/nonexistent/brink-data-for-test";
  char *zErr = NULL;
  brink_engine *p = brink_engine_new(&cfg, &zErr);
  assert_null(p);
  assert_non_null(zErr);
  /* the message names the folder it looked in */
  if( !strstr(zErr, "/nonexistent/brink-data-for-test") ) fail_msg("message <%s>", zErr);
  free(zErr);
  /* with no pzErr it still fails cleanly */
  assert_null(brink_engine_new(&cfg, NULL));
}

static void test_engine_missing_dict_file(void **state){
  (void)state;
  char zPath[160];
  snprintf(zPath, sizeof zPath, "%s/no-such-dictionary.txt", g.zDir);
  const char *azDict[3] = { g.zDict, zPath, NULL };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = azDict;
  char *zErr = NULL;
  assert_null(brink_engine_new(&cfg, &zErr));
  assert_non_null(zErr);
  if( !strstr(zErr, "no-such-dictionary.txt") ) fail_msg("message <%s>", zErr);
  free(zErr);
}

static void test_engine_bad_format(void **state){
  (void)state;
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDictFormat = "xml";
  char *zErr = NULL;
  assert_null(brink_engine_new(&cfg, &zErr));
  assert_non_null(zErr);
  if( !strstr(zErr, "xml") ) fail_msg("message <%s>", zErr);
  free(zErr);
  cfg.zDictFormat = "brink";
  cfg.azDict = (const char *const[]){ g.zDict, NULL };
  brink_engine *p = brink_engine_new(&cfg, NULL);
  assert_non_null(p);
  brink_engine_free(p);
}

typedef struct DiagLog { int n; char az[8][300]; } DiagLog;
static void logDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagLog *p = pArg;
  if( p->n < 8 ) snprintf(p->az[p->n], sizeof p->az[0], "%s:%d:%d: %s", zFile, iLine, iCol, zMsg);
  p->n++;
}

/* A broken line is reported with file:line:col and skipped; the rest codes. */
static void test_engine_broken_dict(void **state){
  (void)state;
  DiagLog log;
  memset(&log, 0, sizeof log);
  brink_engine *p = engineOver(g.zBadDict, logDiag, &log);
  assert_int_equal(log.n, 2);
  char zWant[300];
  snprintf(zWant, sizeof zWant, "%s:13:1: ", g.zBadDict);
  if( strncmp(log.az[0], zWant, strlen(zWant))!=0 ) fail_msg("diag <%s>, wanted <%s...>", log.az[0], zWant);
  snprintf(zWant, sizeof zWant, "%s:15:14: ", g.zBadDict);
  if( strncmp(log.az[1], zWant, strlen(zWant))!=0 ) fail_msg("diag <%s>, wanted <%s...>", log.az[1], zWant);
  brink_engine_stats st;
  brink_engine_stats_get(p, &st);
  assert_int_equal(st.nWarning, 2);
  assert_int_equal(st.nPattern, 3);
  brink_coder *c = brink_coder_new(p);
  brink_story s = makeStory("b1", "2022-03-04",
      "Veloria urged Tarvonia to stand down. Lunaria criticized the Ostrava Pact.");
  expectEvents(c, &s, "VLR TRV 0256@0*1;LUN IGOOSP 111@1*1;");
  brink_coder_free(c);
  brink_engine_free(p);
}

/* The number of logged messages that contain z. */
static int logCount(const DiagLog *p, const char *z){
  int k = 0;
  for(int i=0; i<p->n && i<8; i++) if( strstr(p->az[i], z) ) k++;
  return k;
}

/* brink_dict_check names the file and line of a pattern whose code is not
** in the CAMEO table.  (It also lists CAMEO codes no pattern reaches, which
** for a two-pattern dictionary is most of them, so only the unknown-code
** messages are counted here.) */
static void test_dict_check_unknown_code(void **state){
  (void)state;
  char zPath[160];
  snprintf(zPath, sizeof zPath, "%s/unknowncode.txt", g.zDir);
  writeFile(zPath, "@verbs\n042 visit +\n9999 levitate over +\n");
  brink_engine *p = engineOver(zPath, NULL, NULL);
  DiagLog log;
  memset(&log, 0, sizeof log);
  size_t nBad = brink_dict_check(p, 0, logDiag, &log);
  assert_true(nBad >= 1);
  assert_int_equal((size_t)log.n, nBad);
  char zWant[200];
  snprintf(zWant, sizeof zWant, "%s:3:", zPath);
  if( strncmp(log.az[0], zWant, strlen(zWant))!=0 || !strstr(log.az[0], "9999") ){
    fail_msg("diag <%s>", log.az[0]);
  }
  assert_int_equal(logCount(&log, "not in the CAMEO table"), 1);
  brink_engine_free(p);

  /* the same without the bad line: no unknown-code message */
  writeFile(zPath, "@verbs\n042 visit +\n");
  p = engineOver(zPath, NULL, NULL);
  memset(&log, 0, sizeof log);
  brink_dict_check(p, 0, logDiag, &log);
  assert_int_equal(logCount(&log, "not in the CAMEO table"), 0);
  assert_int_equal(logCount(&log, "9999"), 0);
  brink_engine_free(p);
  unlink(zPath);
}

/* ---- Coding stories ---------------------------------------------------- */

static void test_code_small_stories(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  assert_non_null(c);
  brink_story s = makeStory("s1", "2022-03-04",
      "Veloria urged Tarvonia to stand down. Tarvonia criticized the Ostrava Pact.");
  const brink_event *aEv = NULL;
  size_t nEv = 0;
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 2);
  assert_string_equal(brink_coder_errmsg(c), "");
  const brink_event *e = &aEv[0];
  assert_string_equal(e->zStoryId, "s1");
  assert_int_equal(e->iSentence, 0);
  assert_string_equal(e->zDate, "2022-03-04");
  assert_string_equal(e->zSource, "VLR");
  assert_string_equal(e->zSourceText, "Veloria");
  assert_string_equal(e->zTarget, "TRV");
  assert_string_equal(e->zTargetText, "Tarvonia");
  assert_string_equal(e->zCode, "0256");
  assert_string_equal(e->zRoot, "02");
  assert_int_equal(e->iQuad, 1);
  assert_string_equal(e->zPlover, "REQUEST");
  assert_string_equal(e->zEvidence, "Veloria urged Tarvonia to stand down.");
  assert_int_equal(e->nMention, 1);
  assert_int_equal(e->bNegated, 0);
  /* the CAMEO fields agree with the engine's table */
  const brink_cameo *pC = brink_cameo_lookup(g.pEng, "0256");
  assert_non_null(pC);
  assert_true(e->rGoldstein == pC->rGoldstein);
  assert_int_equal(e->iQuad, pC->iQuad);
  e = &aEv[1];
  assert_int_equal(e->iSentence, 1);
  assert_string_equal(e->zSource, "TRV");
  assert_string_equal(e->zTarget, "IGOOSP");
  assert_string_equal(e->zTargetText, "Ostrava Pact");
  assert_string_equal(e->zCode, "111");
  assert_int_equal(e->iQuad, 3);

  /* a story with nothing to code */
  s = makeStory("s2", "2022-03-04", "The weather in the hills was mild.");
  expectEvents(c, &s, "");
  s = makeStory("s3", "2022-03-04", "");
  expectEvents(c, &s, "");

  brink_coder_stats st;
  brink_coder_stats_get(c, &st);
  assert_int_equal(st.nStory, 3);
  assert_int_equal(st.nSentence, 3);
  assert_int_equal(st.nEvent, 2);
  assert_int_equal(st.nLongSentence, 0);
  brink_coder_free(c);
}

/* One actor, three roles over time: the story date picks the code. */
static void test_code_dated_actor(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  static const struct { const char *zDate, *zWant; } a[] = {
    { "2009-05-01", "VLRLEG TRV 042@0*1;" },
    { "2010-06-30", "VLRLEG TRV 042@0*1;" },
    { "2010-07-01", "VLRGOV TRV 042@0*1;" },
    { "2014-06-30", "VLRGOV TRV 042@0*1;" },
    { "2014-07-01", "VLRELI TRV 042@0*1;" },
    { "2023-11-20", "VLRELI TRV 042@0*1;" },
  };
  for(size_t i=0; i<sizeof a/sizeof a[0]; i++){
    brink_story s = makeStory("m", a[i].zDate, "Ines Marlowe visited Tarvonia.");
    expectEvents(c, &s, a[i].zWant);
  }
  brink_coder_free(c);
}

/* The same event told twice in a story is one event with two mentions. */
static void test_code_folds_repeats(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  brink_story s = makeStory("r", "2022-03-04",
      "Veloria urged Tarvonia to stand down. Marlowe visited Tarvonia. "
      "Once more, Veloria urged Tarvonia to stand down.");
  expectEvents(c, &s, "VLR TRV 0256@0*2;VLRELI TRV 042@1*1;");
  /* each story starts afresh */
  expectEvents(c, &s, "VLR TRV 0256@0*2;VLRELI TRV 042@1*1;");
  brink_coder_free(c);
}

static void test_code_bad_story(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  const brink_event *aEv = (const brink_event*)&aEv;
  size_t nEv = 7;
  brink_story s = makeStory("nodate", "2022-02-30", "Veloria urged Tarvonia to stand down.");
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_EINVAL);
  assert_int_equal(nEv, 0);
  assert_non_null(strstr(brink_coder_errmsg(c), "nodate"));
  s.zDate = NULL;
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_EINVAL);
  /* a good story afterwards is fine and clears the message */
  s = makeStory("ok", "2022-03-04", "Veloria urged Tarvonia to stand down.");
  expectEvents(c, &s, "VLR TRV 0256@0*1;");
  assert_string_equal(brink_coder_errmsg(c), "");
  brink_coder_free(c);
  assert_null(brink_coder_new(NULL));
  brink_coder_free(NULL);
}

/* Pre-split input: one sentence per line, not split again. */
static void test_code_sentence_input(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  brink_story s = makeStory("lines", "2022-03-04",
      "Gen. Voss arrived in the morning\n"
      "  \n"
      "Veloria urged Tarvonia to stand down\n");
  s.bSentences = 1;
  expectEvents(c, &s, "VLR TRV 0256@1*1;");
  brink_coder_stats st;
  brink_coder_stats_get(c, &st);
  assert_int_equal(st.nSentence, 2);
  brink_coder_free(c);
}

/* ---- Limits ------------------------------------------------------------- */

static void test_story_too_big(void **state){
  (void)state;
  size_t n = (size_t)BRINK_MAX_STORY + 1;
  char *z = malloc(n + 1);
  assert_non_null(z);
  for(size_t i=0; i<n; i++) z[i] = (i % 3)==2 ? ' ' : 'q';
  z[n] = 0;
  brink_coder *c = brink_coder_new(g.pEng);
  brink_story s = makeStory("huge", "2022-03-04", "");
  s.zText = z;
  s.nText = n;
  const brink_event *aEv;
  size_t nEv = 5;
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_ETOOBIG);
  assert_int_equal(nEv, 0);
  assert_non_null(strstr(brink_coder_errmsg(c), "huge"));
  brink_coder_stats st;
  brink_coder_stats_get(c, &st);
  assert_int_equal(st.nStory, 0);

  /* exactly at the limit is allowed: it is one over-long sentence */
  s.nText = BRINK_MAX_STORY;
  z[BRINK_MAX_STORY] = 0;
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 0);
  brink_coder_stats_get(c, &st);
  assert_int_equal(st.nStory, 1);
  assert_int_equal(st.nLongSentence, 1);
  brink_coder_free(c);
  free(z);
}

/* Append zWord to z (of length *pn) until the next one would pass nMax. */
static void pad(char *z, size_t *pn, const char *zWord, size_t nMax){
  size_t nW = strlen(zWord);
  while( *pn + nW <= nMax ){ memcpy(z + *pn, zWord, nW); *pn += nW; }
  z[*pn] = 0;
}

static void test_long_sentence_skipped(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  /* control: with a short middle sentence all three are coded */
  brink_story s = makeStory("short", "2022-03-04",
      "Veloria urged Tarvonia to stand down. Tarvonia criticized the Ostrava Pact "
      "over its conduct. Ines Marlowe visited Tarvonia.");
  expectEvents(c, &s, "VLR TRV 0256@0*1;TRV IGOOSP 111@1*1;VLRELI TRV 042@2*1;");

  /* the middle sentence padded past the limit is skipped, the rest coded */
  size_t nCap = BRINK_MAX_SENTENCE + 4096;
  char *z = malloc(nCap);
  assert_non_null(z);
  size_t n = 0;
  n += (size_t)sprintf(z, "Veloria urged Tarvonia to stand down. ");
  size_t iMid = n;
  n += (size_t)sprintf(z+n, "Tarvonia criticized the Ostrava Pact over its conduct");
  pad(z, &n, " and its silence", iMid + BRINK_MAX_SENTENCE + 100);
  n += (size_t)sprintf(z+n, ". Ines Marlowe visited Tarvonia.");
  s = makeStory("long", "2022-03-04", z);
  brink_coder_stats before, after;
  brink_coder_stats_get(c, &before);
  expectEvents(c, &s, "VLR TRV 0256@0*1;VLRELI TRV 042@2*1;");
  brink_coder_stats_get(c, &after);
  assert_int_equal(after.nLongSentence - before.nLongSentence, 1);
  assert_int_equal(after.nSentence - before.nSentence, 3);
  assert_int_equal(after.nStory - before.nStory, 1);

  /* a sentence of exactly BRINK_MAX_SENTENCE bytes is still coded */
  n = 0;
  n += (size_t)sprintf(z, "Veloria urged Tarvonia to stand down. ");
  iMid = n;
  n += (size_t)sprintf(z+n, "Tarvonia criticized the Ostrava Pact over its conduct");
  pad(z, &n, " and its silence", iMid + BRINK_MAX_SENTENCE - 40);
  while( n < iMid + BRINK_MAX_SENTENCE - 1 ){
    z[n] = (n - iMid) % 8 ? 'w' : ' ';     /* filler words */
    n++;
  }
  if( z[n-1]==' ' ) z[n-1] = 'w';
  z[n++] = '.';
  size_t nSent = n - iMid;
  assert_int_equal(nSent, BRINK_MAX_SENTENCE);
  n += (size_t)sprintf(z+n, " Ines Marlowe visited Tarvonia.");
  s = makeStory("edge", "2022-03-04", z);
  brink_coder_stats_get(c, &before);
  expectEvents(c, &s, "VLR TRV 0256@0*1;TRV IGOOSP 111@1*1;VLRELI TRV 042@2*1;");
  brink_coder_stats_get(c, &after);
  assert_int_equal(after.nLongSentence, before.nLongSentence);
  free(z);
  brink_coder_free(c);
}

/* ---- Output ------------------------------------------------------------- */

static brink_event awkwardEvent(void){
  brink_event e;
  memset(&e, 0, sizeof e);
  e.zStoryId = "st\"1";
  e.iSentence = 3;
  e.zDate = "2021-05-06";
  e.zSource = "VLR";
  e.zSourceText = "Veloria's \"army\"";
  e.zTarget = "";
  e.zTargetText = "";
  e.zCode = "0256";
  e.zRoot = "02";
  e.iQuad = 1;
  e.rGoldstein = -3.4;
  e.zPlover = "REQUEST";
  e.zPloverMode = NULL;               /* NULL prints as empty */
  e.zEvidence = "Line one\nline\ttwo \\ back\r end, Łódź";
  e.nMention = 2;
  return e;
}

static void test_format_json(void **state){
  (void)state;
  brink_event e = awkwardEvent();
  brink_buf b = { NULL, 0, 0 };
  assert_int_equal(brink_event_format(&e, BRINK_OUT_JSON, &b), BRINK_OK);
  assert_non_null(b.z);
  assert_int_equal(strlen(b.z), b.n);
  assert_string_equal(b.z,
    "{\"story_id\":\"st\\\"1\",\"sentence\":3,\"date\":\"2021-05-06\",\"source\":\"VLR\","
    "\"source_text\":\"Veloria's \\\"army\\\"\",\"target\":\"\",\"target_text\":\"\","
    "\"code\":\"0256\",\"root\":\"02\",\"quad\":1,\"goldstein\":-3.4,\"plover\":\"REQUEST\","
    "\"plover_mode\":\"\",\"mentions\":2,"
    "\"evidence\":\"Line one\\nline\\ttwo \\\\ back\\r end, Łódź\"}\n");

  /* control characters are \u escapes and the line parses back exactly */
  brink_buf_free(&b);
  assert_null(b.z);
  e.zEvidence = "bell\x07 us\x1f esc\x1b del\x7f end";
  e.bNegated = 1;
  assert_int_equal(brink_event_format(&e, BRINK_OUT_JSON, &b), BRINK_OK);
  assert_non_null(strstr(b.z, "bell\\u0007 us\\u001f esc\\u001b"));
  assert_non_null(strstr(b.z, ",\"negated\":true,\"evidence\":"));
  assert_int_equal(b.z[b.n-1], '\n');
  assert_null(memchr(b.z, '\n', b.n-1));        /* one line */
  json_error_t err;
  json_t *pObj = json_loadb(b.z, b.n, 0, &err);
  if( !pObj ) fail_msg("not JSON: %s: %s", err.text, b.z);
  assert_string_equal(json_string_value(json_object_get(pObj, "evidence")), e.zEvidence);
  assert_string_equal(json_string_value(json_object_get(pObj, "story_id")), "st\"1");
  assert_true(json_is_true(json_object_get(pObj, "negated")));
  assert_int_equal(json_integer_value(json_object_get(pObj, "mentions")), 2);
  assert_true(json_real_value(json_object_get(pObj, "goldstein")) == -3.4);
  assert_int_equal(json_object_size(pObj), 16);
  json_decref(pObj);

  /* a second event is appended after the first */
  size_t nFirst = b.n;
  e.bNegated = 0;
  e.zStoryId = "second";
  assert_int_equal(brink_event_format(&e, BRINK_OUT_JSON, &b), BRINK_OK);
  assert_true(b.n > nFirst);
  assert_memory_equal(b.z + nFirst, "{\"story_id\":\"second\"", 20);
  assert_null(strstr(b.z + nFirst, "negated"));
  brink_buf_free(&b);
}

static int countChar(const char *z, size_t n, char c){
  int k = 0;
  for(size_t i=0; i<n; i++) if( z[i]==c ) k++;
  return k;
}

static void test_format_tsv(void **state){
  (void)state;
  const char *zHead = brink_tsv_header();
  assert_string_equal(zHead,
    "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\t"
    "plover_mode\tmentions\tsource_text\ttarget_text\tevidence\t"
    "location_name\tcountry\tadm1\tlat\tlon\tquantities\n");
  assert_int_equal(countChar(zHead, strlen(zHead), '\t'), 20);

  brink_event e = awkwardEvent();
  brink_buf b = { NULL, 0, 0 };
  assert_int_equal(brink_event_format(&e, BRINK_OUT_TSV, &b), BRINK_OK);
  /* tabs, newlines and CRs in fields become spaces; quotes stay as written */
  assert_string_equal(b.z,
    "st\"1\t3\t2021-05-06\tVLR\t\t0256\t02\t1\t-3.4\tREQUEST\t\t2\t"
    "Veloria's \"army\"\t\tLine one line two \\ back  end, Łódź\t\t\t\t\t\t\n");
  assert_int_equal(countChar(b.z, b.n, '\t'), 20);
  assert_int_equal(countChar(b.z, b.n, '\n'), 1);

  /* tabs and line breaks in every text field: still 21 columns, one line */
  brink_buf_free(&b);
  e.zStoryId = "a\tb\nc";
  e.zSource = "\t";
  e.zSourceText = "x\r\ny";
  e.zTargetText = "\n\n";
  e.zEvidence = "ctl\x01\x0b\x0c\x1f end\t";
  assert_int_equal(brink_event_format(&e, BRINK_OUT_TSV, &b), BRINK_OK);
  assert_int_equal(countChar(b.z, b.n, '\t'), 20);
  assert_int_equal(countChar(b.z, b.n, '\n'), 1);
  assert_int_equal(countChar(b.z, b.n, '\r'), 0);
  assert_int_equal(b.z[b.n-1], '\n');
  assert_memory_equal(b.z, "a b c\t", 6);
  brink_buf_free(&b);
}

/* ---- Text pipeline ------------------------------------------------------ */

typedef struct Ranges { size_t a[16][2]; size_t n; } Ranges;
static void collectRange(void *pArg, size_t iStart, size_t iEnd){
  Ranges *p = pArg;
  assert_true(p->n < 16);
  p->a[p->n][0] = iStart;
  p->a[p->n][1] = iEnd;
  p->n++;
}

static void test_split_sentences(void **state){
  (void)state;
  const char *z = "Col. Brandt met Dr. Okafor at 9 a.m. on the quay. Both left at once!\n\n"
                  "Harbour reopens\n\nShips are waiting.";
  Ranges r;
  memset(&r, 0, sizeof r);
  assert_int_equal(brink_split_sentences(z, strlen(z), collectRange, &r), 4);
  assert_int_equal(r.n, 4);
  static const char *const azWant[] = {
    "Col. Brandt met Dr. Okafor at 9 a.m. on the quay.", "Both left at once!",
    "Harbour reopens", "Ships are waiting.",
  };
  for(size_t i=0; i<4; i++){
    size_t n = r.a[i][1] - r.a[i][0];
    assert_int_equal(n, strlen(azWant[i]));
    assert_memory_equal(z + r.a[i][0], azWant[i], n);
  }
  assert_int_equal(brink_split_sentences(z, strlen(z), NULL, NULL), 4);
  assert_int_equal(brink_split_sentences("", 0, NULL, NULL), 0);
}

/* The coder's sentences equal brink_split_sentences' (the store uses them
** instead of splitting again); none before the first story or after a bad one. */
static void test_coder_sentences(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  const size_t *aSpan = (const size_t*)&aSpan;
  assert_int_equal(brink_coder_sentences(c, &aSpan), 0);
  assert_null(aSpan);
  const char *z = "Col. Brandt met Dr. Okafor at 9 a.m. on the quay. Both left at once!\n\n"
                  "Harbour reopens\n\nShips are waiting.";
  brink_story s = makeStory("sp", "2022-03-04", z);
  const brink_event *aEv;
  size_t nEv;
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_OK);
  Ranges r;
  memset(&r, 0, sizeof r);
  assert_int_equal(brink_split_sentences(z, strlen(z), collectRange, &r), 4);
  assert_int_equal(brink_coder_sentences(c, &aSpan), 4);
  assert_non_null(aSpan);
  for(size_t i=0; i<4; i++){
    assert_int_equal(aSpan[2*i], r.a[i][0]);
    assert_int_equal(aSpan[2*i+1], r.a[i][1]);
  }
  s.zDate = "2022-02-30";
  assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_EINVAL);
  assert_int_equal(brink_coder_sentences(c, &aSpan), 0);
  brink_coder_free(c);
}

static void test_analyze(void **state){
  (void)state;
  brink_coder *c = brink_coder_new(g.pEng);
  const char *z = "Velorian troops crossed the river.";
  const brink_token *aTok = NULL;
  int n = brink_analyze(c, z, strlen(z), &aTok);
  assert_int_equal(n, 6);
  assert_non_null(aTok);
  static const char *const azText[] = { "Velorian", "troops", "crossed", "the", "river", "." };
  for(int i=0; i<n; i++){
    assert_int_equal(aTok[i].nText, (int)strlen(azText[i]));
    assert_memory_equal(aTok[i].zText, azText[i], strlen(azText[i]));
    assert_ptr_equal(aTok[i].zText, z + aTok[i].iOffset);   /* points into the input */
    assert_non_null(aTok[i].zTag);
    assert_true(aTok[i].zTag[0] != 0);
  }
  assert_string_equal(aTok[1].zLemma, "troop");
  assert_string_equal(aTok[1].zTag, "NNS");
  assert_string_equal(aTok[2].zLemma, "cross");
  assert_string_equal(aTok[2].zTag, "VBD");
  assert_string_equal(aTok[3].zTag, "DT");
  assert_string_equal(aTok[4].zTag, "NN");
  assert_string_equal(aTok[0].zLemma, "velorian");
  /* noun-phrase chunks: "Velorian troops" and "the river"; the verb is outside */
  assert_true(aTok[0].iChunk >= 0);
  assert_int_equal(aTok[1].iChunk, aTok[0].iChunk);
  assert_int_equal(aTok[2].iChunk, -1);
  assert_true(aTok[3].iChunk >= 0);
  assert_int_equal(aTok[4].iChunk, aTok[3].iChunk);
  assert_true(aTok[3].iChunk != aTok[0].iChunk);
  assert_int_equal(aTok[5].iChunk, -1);

  /* offsets and lemmas of a second call; empty text gives no tokens */
  z = "They didn't.";
  n = brink_analyze(c, z, strlen(z), &aTok);
  assert_int_equal(n, 4);
  assert_int_equal(aTok[1].iOffset, 5);
  assert_string_equal(aTok[1].zLemma, "do");
  assert_int_equal(aTok[2].iOffset, 8);
  assert_int_equal(brink_analyze(c, "", 0, &aTok), 0);
  brink_coder_free(c);
}

/* ---- Threads ------------------------------------------------------------ */

static const char *const azThreadText[] = {
  "Veloria urged Tarvonia to stand down. Tarvonia criticized the Ostrava Pact.",
  "Ines Marlowe visited Tarvonia. Later, Veloria urged Tarvonia to withdraw.",
  "The Ostrava Pact criticized Veloria. Marlowe visited the Ostrava Pact.",
  "Nothing happened on the quiet border.",
  "Tarvonia urged Veloria to stand down. Veloria criticized Tarvonia. Tarvonia criticized Veloria.",
};
static const char *const azThreadDate[] = { "2009-01-01", "2012-08-08", "2016-02-29", "2020-10-10" };

/* Code every (text, date) pair nRound times; the formatted events go to *pBuf. */
static int codeAll(brink_coder *c, int nRound, brink_buf *pBuf){
  for(int r=0; r<nRound; r++){
    for(size_t i=0; i<sizeof azThreadText/sizeof azThreadText[0]; i++){
      for(size_t d=0; d<sizeof azThreadDate/sizeof azThreadDate[0]; d++){
        brink_story s = makeStory("t", azThreadDate[d], azThreadText[i]);
        const brink_event *aEv;
        size_t nEv;
        if( brink_code_story(c, &s, &aEv, &nEv)!=BRINK_OK ) return 0;
        for(size_t k=0; k<nEv; k++){
          if( brink_event_format(&aEv[k], BRINK_OUT_JSON, pBuf)!=BRINK_OK ) return 0;
        }
      }
    }
  }
  return 1;
}

typedef struct ThreadArg { const brink_engine *pEng; brink_buf out; int ok; } ThreadArg;
static void *threadMain(void *pArg){
  ThreadArg *a = pArg;
  brink_coder *c = brink_coder_new(a->pEng);
  a->ok = c && codeAll(c, 20, &a->out);
  brink_coder_free(c);
  return NULL;
}

/* An @issues section tags each event with the issue codes its sentence
** raises; "~" phrases switch that off for the sentence, "~~" for the story;
** without issue phrases the field is NULL (no "issues" in the JSON). */
/* A story's dateline ("MOSCOW, March 3") places its events when the
** sentence names no place. */
static void test_dateline(void **state){
  (void)state;
  brink_engine *p = brink_engine_new(NULL, NULL);
  assert_non_null(p);
  brink_coder *c = brink_coder_new(p);
  brink_story st;
  memset(&st, 0, sizeof st);
  st.zId = "d1"; st.zDate = "2021-03-03";
  st.zText = "Russia criticized Ukraine.";
  st.nText = strlen(st.zText);
  st.zDateline = "MOSCOW, March 3";
  const brink_event *aEv; size_t nEv;
  assert_int_equal(brink_code_story(c, &st, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 1);
  assert_non_null(aEv[0].pLocation);
  assert_string_equal(aEv[0].pLocation->zName, "Moscow");
  assert_string_equal(aEv[0].pLocation->zCountry, "RUS");
  assert_string_equal(aEv[0].pLocation->zHow, "story");
  /* without it, the actor's country */
  st.zDateline = NULL;
  assert_int_equal(brink_code_story(c, &st, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 1);
  assert_non_null(aEv[0].pLocation);
  assert_string_equal(aEv[0].pLocation->zHow, "actor");
  brink_coder_free(c);
  brink_engine_free(p);
}

static void test_issues(void **state){
  (void)state;
  char zPath[160];
  snprintf(zPath, sizeof zPath, "%s/issues.txt", g.zDir);
  writeFile(zPath,
    "@actors\nVeloria = VLR !state\nOstrava Land = OST !state\n"
    "@verbs\n111 criticize +\n"
    "@issues\nteacher = TEACHERS\npension = PENSIONS\nhead start = ~\nfiction = ~~\n");
  brink_engine *p = engineOver(zPath, NULL, NULL);
  brink_coder *c = brink_coder_new(p);
  brink_story st;
  memset(&st, 0, sizeof st);
  st.zId = "i1"; st.zDate = "2020-01-01";
  st.zText = "Veloria criticized Ostrava Land over teachers and pensions and teachers.\n\n"
             "Veloria criticized Ostrava Land over a head start for teachers.\n\n"
             "Veloria criticized Ostrava Land again.";
  st.nText = strlen(st.zText);
  const brink_event *aEv; size_t nEv;
  assert_int_equal(brink_code_story(c, &st, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 1);            /* one (source, target, code), told three times */
  assert_non_null(aEv[0].zIssues);
  assert_string_equal(aEv[0].zIssues, "TEACHERS,PENSIONS");
  brink_buf b = { NULL, 0, 0 };
  assert_int_equal(brink_event_format(&aEv[0], BRINK_OUT_JSON, &b), BRINK_OK);
  assert_non_null(strstr(b.z, "\"issues\":[\"TEACHERS\",\"PENSIONS\"]"));
  brink_buf_free(&b);
  /* a "~~" phrase turns issues off for the rest of the story */
  st.zText = "Veloria criticized Ostrava Land over fiction.\n\nVeloria criticized Ostrava Land over pensions.";
  st.nText = strlen(st.zText);
  assert_int_equal(brink_code_story(c, &st, &aEv, &nEv), BRINK_OK);
  assert_int_equal(nEv, 1);
  assert_string_equal(aEv[0].zIssues, "");
  brink_coder_free(c);
  brink_engine_free(p);
  unlink(zPath);                       /* else the group's rmdir fails */
  /* no issue dictionary: NULL */
  c = brink_coder_new(g.pEng);
  st.zText = "Veloria criticized Ostrava Land.";
  st.nText = strlen(st.zText);
  assert_int_equal(brink_code_story(c, &st, &aEv, &nEv), BRINK_OK);
  for(size_t i=0; i<nEv; i++) assert_null(aEv[i].zIssues);
  brink_coder_free(c);
}

static void test_two_threads(void **state){
  (void)state;
  /* reference, on this thread */
  brink_coder *c = brink_coder_new(g.pEng);
  brink_buf ref = { NULL, 0, 0 };
  assert_true(codeAll(c, 20, &ref));
  brink_coder_free(c);
  assert_true(ref.n > 0);
  assert_true(countChar(ref.z, ref.n, '\n') >= 20*10);

  ThreadArg a[2];
  pthread_t tid[2];
  memset(a, 0, sizeof a);
  for(int i=0; i<2; i++){
    a[i].pEng = g.pEng;
    assert_int_equal(pthread_create(&tid[i], NULL, threadMain, &a[i]), 0);
  }
  for(int i=0; i<2; i++) assert_int_equal(pthread_join(tid[i], NULL), 0);
  for(int i=0; i<2; i++){
    assert_true(a[i].ok);
    assert_int_equal(a[i].out.n, ref.n);
    assert_memory_equal(a[i].out.z, ref.z, ref.n);
    brink_buf_free(&a[i].out);
  }
  brink_buf_free(&ref);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_engine_default_data),
    cmocka_unit_test(test_engine_missing_data_dir),
    cmocka_unit_test(test_engine_missing_dict_file),
    cmocka_unit_test(test_engine_bad_format),
    cmocka_unit_test(test_engine_broken_dict),
    cmocka_unit_test(test_dict_check_unknown_code),
    cmocka_unit_test(test_code_small_stories),
    cmocka_unit_test(test_code_dated_actor),
    cmocka_unit_test(test_code_folds_repeats),
    cmocka_unit_test(test_code_bad_story),
    cmocka_unit_test(test_coder_sentences),
    cmocka_unit_test(test_code_sentence_input),
    cmocka_unit_test(test_story_too_big),
    cmocka_unit_test(test_long_sentence_skipped),
    cmocka_unit_test(test_format_json),
    cmocka_unit_test(test_format_tsv),
    cmocka_unit_test(test_split_sentences),
    cmocka_unit_test(test_analyze),
    cmocka_unit_test(test_dateline),
    cmocka_unit_test(test_issues),
    cmocka_unit_test(test_two_threads),
  };
  return cmocka_run_group_tests(tests, groupSetup, groupTeardown);
}
