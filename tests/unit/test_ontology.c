/*
** test_ontology.c — unit tests for the CAMEO table loader (src/ontology.c).
**
** Loads the shipped data/cameo.tsv (found through BRINK_DATADIR, which the
** Makefile defines) and checks counts, lookups and the quad rule; then feeds
** the loader small temporary files with bad lines and checks that each bad
** line is reported with its file, line and column and that the rest loads.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "ontology.h"

#ifndef BRINK_DATADIR
#define BRINK_DATADIR "data"
#endif
#define CAMEO_PATH BRINK_DATADIR "/cameo.tsv"

/* Codes in data/cameo.tsv; docs/ONTOLOGY.md explains the figure. */
#define N_CAMEO 313

/* ---- Diagnostic capture ----------------------------------------------- */

#define MAX_DIAG 32
typedef struct Diag { char zFile[256]; int iLine, iCol; char zMsg[256]; } Diag;
typedef struct DiagLog { int n; Diag a[MAX_DIAG]; } DiagLog;

static void logDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  DiagLog *p = pArg;
  if( p->n>=MAX_DIAG ) return;
  Diag *d = &p->a[p->n++];
  snprintf(d->zFile, sizeof(d->zFile), "%s", zFile);
  d->iLine = iLine;
  d->iCol = iCol;
  snprintf(d->zMsg, sizeof(d->zMsg), "%s", zMsg);
}

/* Write z to a new temporary file; return its malloc'd path. */
static char *writeTemp(const char *z){
  const char *zDir = getenv("TMPDIR");
  char zPath[512];
  snprintf(zPath, sizeof(zPath), "%s/brink-ont-XXXXXX", zDir && zDir[0] ? zDir : "/tmp");
  int fd = mkstemp(zPath);
  assert_true(fd>=0);
  size_t n = strlen(z);
  assert_int_equal(write(fd, z, n), (ssize_t)n);
  close(fd);
  char *zOut = malloc(strlen(zPath)+1);
  assert_non_null(zOut);
  strcpy(zOut, zPath);
  return zOut;
}

static void removeTemp(char *zPath){
  unlink(zPath);
  free(zPath);
}

/* ---- The shipped table ------------------------------------------------ */

static int setupTable(void **state){
  char *zErr = 0;
  DiagLog log = {0};
  Ontology *p = brinkOntologyLoad(CAMEO_PATH, logDiag, &log, &zErr);
  if( !p ){
    fprintf(stderr, "cannot load %s: %s\n", CAMEO_PATH, zErr ? zErr : "?");
    free(zErr);
    return -1;
  }
  if( log.n ){
    fprintf(stderr, "%s:%d:%d: %s\n", log.a[0].zFile, log.a[0].iLine, log.a[0].iCol, log.a[0].zMsg);
    brinkOntologyFree(p);
    return -1;
  }
  *state = p;
  return 0;
}

static int teardownTable(void **state){
  brinkOntologyFree(*state);
  return 0;
}

static void test_counts(void **state){
  const Ontology *p = *state;
  assert_int_equal(brinkOntologyCount(p), N_CAMEO);
  assert_int_equal(brinkOntologyWarningCount(p), 0);
  assert_null(brinkOntologyAt(p, N_CAMEO));
  /* Records come back in strcmp order and are all well-formed. */
  size_t nRoot = 0, nDash = 0;
  for(size_t i=0; i<brinkOntologyCount(p); i++){
    const brink_cameo *c = brinkOntologyAt(p, i);
    assert_non_null(c);
    if( i>0 ) assert_true(strcmp(brinkOntologyAt(p, i-1)->zCode, c->zCode) < 0);
    size_t n = strlen(c->zCode);
    assert_true(n>=2 && n<=4);
    if( n==2 ) nRoot++;
    assert_true(c->rGoldstein>=-10.0 && c->rGoldstein<=10.0);
    assert_true(c->iQuad>=1 && c->iQuad<=4);
    assert_true(c->zName[0]!=0);
    assert_true(c->zPlover[0]!=0);
    assert_non_null(c->zPloverMode);
    if( strcmp(c->zPloverMode, "-")==0 ) nDash++;
    assert_ptr_equal(brinkOntologyLookup(p, c->zCode), c);
  }
  assert_int_equal(nRoot, 20);
  assert_int_equal(nDash, 0);      /* "-" in the file must become "" */
}

static void test_roots(void **state){
  const Ontology *p = *state;
  static const char *const azEvent[21] = { 0,
    "SUPPORT", "REQUEST", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
    "CONCEDE", "ACCUSE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
    "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "ASSAULT", "ASSAULT" };
  for(int r=1; r<=20; r++){
    char zRoot[3] = { (char)('0' + r/10), (char)('0' + r%10), 0 };
    const brink_cameo *c = brinkOntologyLookup(p, zRoot);
    assert_non_null(c);
    assert_string_equal(c->zCode, zRoot);
    int iQuad = r<=5 ? 1 : r<=8 ? 2 : r<=13 ? 3 : 4;
    assert_int_equal(c->iQuad, iQuad);
    assert_string_equal(c->zPlover, azEvent[r]);
  }
  /* Every code carries its root's quad. */
  for(size_t i=0; i<brinkOntologyCount(p); i++){
    const brink_cameo *c = brinkOntologyAt(p, i);
    char zRoot[3] = { c->zCode[0], c->zCode[1], 0 };
    assert_int_equal(c->iQuad, brinkOntologyLookup(p, zRoot)->iQuad);
  }
}

static void test_lookups(void **state){
  const Ontology *p = *state;
  const brink_cameo *c;

  c = brinkOntologyLookup(p, "0256");
  assert_non_null(c);
  assert_string_equal(c->zName, "Appeal for de-escalation of military engagement");
  assert_true(c->rGoldstein == -0.3);
  assert_int_equal(c->iQuad, 1);
  assert_string_equal(c->zPlover, "REQUEST");
  assert_string_equal(c->zPloverMode, "yield");

  c = brinkOntologyLookup(p, "190");
  assert_non_null(c);
  assert_true(c->rGoldstein == -10.0);
  assert_int_equal(c->iQuad, 4);
  assert_string_equal(c->zPlover, "ASSAULT");   /* FIGHT in PLOVER 0.5b1 */
  assert_string_equal(c->zPloverMode, "");

  c = brinkOntologyLookup(p, "041");
  assert_non_null(c);
  assert_true(c->rGoldstein == 1.0);
  assert_int_equal(c->iQuad, 1);
  assert_string_equal(c->zPlover, "CONSULT");
  assert_string_equal(c->zPloverMode, "phone");

  c = brinkOntologyLookup(p, "130");
  assert_non_null(c);
  assert_true(c->rGoldstein == -4.4);
  assert_int_equal(c->iQuad, 3);
  assert_string_equal(c->zPlover, "THREATEN");

  /* Renamed PLOVER 0.5b1 types map to their current names. */
  assert_string_equal(brinkOntologyLookup(p, "1041")->zPlover, "REQUEST");  /* DEMAND */
  assert_string_equal(brinkOntologyLookup(p, "111")->zPlover, "ACCUSE");    /* DISAPPROVE */
  c = brinkOntologyLookup(p, "091");                                         /* INVESTIGATE */
  assert_string_equal(c->zPlover, "ACCUSE");
  assert_string_equal(c->zPloverMode, "investigate");

  /* Two codes the table moves by the PLOVER codebook's own definitions
  ** (docs/ONTOLOGY.md): a resignation done, and an embargo or sanctions. */
  c = brinkOntologyLookup(p, "0831");
  assert_string_equal(c->zPlover, "RETREAT");
  assert_string_equal(c->zPloverMode, "resign");
  c = brinkOntologyLookup(p, "163");
  assert_string_equal(c->zPlover, "SANCTION");
  assert_string_equal(c->zPloverMode, "discontinue");

  /* Codes in the labels but not the Goldstein table take their parent's weight. */
  assert_true(brinkOntologyLookup(p, "1213")->rGoldstein == brinkOntologyLookup(p, "121")->rGoldstein);

  /* First and last codes; absent and odd keys. */
  assert_string_equal(brinkOntologyAt(p, 0)->zCode, "01");
  assert_string_equal(brinkOntologyAt(p, N_CAMEO-1)->zCode, "2042");
  assert_null(brinkOntologyLookup(p, "2043"));
  assert_null(brinkOntologyLookup(p, "00"));
  assert_null(brinkOntologyLookup(p, "0"));
  assert_null(brinkOntologyLookup(p, ""));
  assert_null(brinkOntologyLookup(p, "02560"));
  assert_null(brinkOntologyLookup(p, NULL));
  assert_null(brinkOntologyLookup(NULL, "01"));
  assert_int_equal(brinkOntologyCount(NULL), 0);
  assert_null(brinkOntologyAt(NULL, 0));
}

/* ---- Malformed input --------------------------------------------------- */

static void test_missing_file(void **state){
  (void)state;
  char *zErr = 0;
  DiagLog log = {0};
  const char *zPath = "/nonexistent/brink/cameo.tsv";
  assert_null(brinkOntologyLoad(zPath, logDiag, &log, &zErr));
  assert_non_null(zErr);
  assert_non_null(strstr(zErr, zPath));
  free(zErr);
  assert_null(brinkOntologyLoad(zPath, NULL, NULL, NULL));  /* pzErr may be NULL */
  assert_int_equal(log.n, 0);
}

static void test_bad_lines(void **state){
  (void)state;
  char *zPath = writeTemp(
    "# a comment\n"                                            /* 1 */
    "01\tStatement\t0.0\t1\tSUPPORT\t-\n"                      /* 2 ok */
    "\n"                                                       /* 3 blank */
    "0A1\tBad code\t0.0\t1\tSUPPORT\t-\n"                      /* 4 col 2 */
    "020\tAppeal\tlots\t1\tREQUEST\t-\n"                       /* 5 col 12 */
    "021\tAppeal\t11.5\t1\tREQUEST\tassist\n"                  /* 6 col 12 */
    "14\tProtest\t-6.5\t3\tPROTEST\t-\n"                       /* 7 col 17 */
    "19\tFight\t-10\t4\t-\t-\n"                                /* 8 col 16 */
    "190\tUse force\t-10.0\t4\tASSAULT\n"                      /* 9 col 30 */
    "041\tPhone\t1.0\t1\tCONSULT\tphone\textra\n"              /* 10 col 31 */
    "01\tAgain\t0.0\t1\tSUPPORT\t-\n"                          /* 11 dup */
    "21\tBeyond\t0.0\t4\tASSAULT\t-\n"                         /* 12 col 1 */
    "040\t\t1.0\t1\tCONSULT\t-\n"                              /* 13 col 5 */
    "042\tVisit\t1.9\t1\tCONSULT\tvisit\r\n"                   /* 14 ok, CRLF */
    "12345\tLong\t0.0\t3\tREJECT\t-\n"                         /* 15 col 1 */
    "043\tHost\t2.8\t1\tCONSULT\t\n"                           /* 16 col 24 */
    "0256\tAppeal de-escalation\t-0.3\t1\tREQUEST\tyield");     /* 17 ok, no final \n */
  DiagLog log = {0};
  char *zErr = 0;
  Ontology *p = brinkOntologyLoad(zPath, logDiag, &log, &zErr);
  assert_non_null(p);
  assert_null(zErr);

  static const struct { int iLine, iCol; const char *zWord; } aWant[] = {
    {  4,  2, "code" },
    {  5, 12, "goldstein" },
    {  6, 12, "outside" },
    {  7, 17, "quad" },
    {  8, 16, "plover" },
    {  9, 30, "mode" },
    { 10, 31, "too many" },
    { 12,  1, "root" },
    { 13,  5, "name" },
    { 15,  1, "code" },
    { 16, 24, "mode" },
    { 11,  1, "duplicate" },   /* duplicates are found after sorting */
  };
  size_t nWant = sizeof(aWant)/sizeof(aWant[0]);
  assert_int_equal(log.n, (int)nWant);
  for(size_t i=0; i<nWant; i++){
    assert_string_equal(log.a[i].zFile, zPath);
    assert_int_equal(log.a[i].iLine, aWant[i].iLine);
    assert_int_equal(log.a[i].iCol, aWant[i].iCol);
    assert_non_null(strstr(log.a[i].zMsg, aWant[i].zWord));
  }

  /* The good lines loaded, the first of the duplicates won. */
  assert_int_equal(brinkOntologyCount(p), 3);
  assert_int_equal(brinkOntologyWarningCount(p), nWant);
  assert_string_equal(brinkOntologyLookup(p, "01")->zName, "Statement");
  assert_string_equal(brinkOntologyLookup(p, "042")->zPloverMode, "visit");
  assert_true(brinkOntologyLookup(p, "0256")->rGoldstein == -0.3);
  assert_null(brinkOntologyLookup(p, "041"));
  brinkOntologyFree(p);

  /* Without a callback the problems are still counted. */
  p = brinkOntologyLoad(zPath, NULL, NULL, NULL);
  assert_non_null(p);
  assert_int_equal(brinkOntologyWarningCount(p), nWant);
  brinkOntologyFree(p);
  removeTemp(zPath);
}

static void test_no_valid_lines(void **state){
  (void)state;
  char *zPath = writeTemp("# only a header\nxx\tnothing\n");
  DiagLog log = {0};
  char *zErr = 0;
  assert_null(brinkOntologyLoad(zPath, logDiag, &log, &zErr));
  assert_non_null(zErr);
  assert_non_null(strstr(zErr, zPath));
  assert_int_equal(log.n, 1);
  assert_int_equal(log.a[0].iLine, 2);
  free(zErr);
  removeTemp(zPath);

  zPath = writeTemp("");
  assert_null(brinkOntologyLoad(zPath, NULL, NULL, &zErr));
  assert_non_null(zErr);
  free(zErr);
  removeTemp(zPath);
}

int main(void){
  const struct CMUnitTest aTable[] = {
    cmocka_unit_test(test_counts),
    cmocka_unit_test(test_roots),
    cmocka_unit_test(test_lookups),
  };
  const struct CMUnitTest aFile[] = {
    cmocka_unit_test(test_missing_file),
    cmocka_unit_test(test_bad_lines),
    cmocka_unit_test(test_no_valid_lines),
  };
  int rc = cmocka_run_group_tests_name("ontology: data/cameo.tsv", aTable, setupTable, teardownTable);
  rc += cmocka_run_group_tests_name("ontology: malformed files", aFile, NULL, NULL);
  return rc ? 1 : 0;
}
