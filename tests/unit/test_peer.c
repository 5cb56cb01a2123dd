/*
** test_peer.c — unit tests for the peer-dictionary translator (src/peer.c,
** docs/PEER_FORMATS.md).
**
** Each test translates a small peer file written here (made-up names and
** codes, in the shape of TABARI, PETRARCH-1, PETRARCH-2 and Phoenix files)
** and checks the brink-format text it becomes, the line map, and the
** diagnostics, which must name the original line.  The last tests load the
** translation into a Dict to show that dict.c accepts it.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "peer.h"

/* ---- Helpers ------------------------------------------------------------ */
#define MAX_DIAG 32
typedef struct Diag { int iLine; char zMsg[256]; } Diag;
typedef struct Diags { Diag a[MAX_DIAG]; int n; } Diags;

static void collectDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  Diags *p = pArg;
  (void)iCol;
  assert_string_equal(zFile, "t.txt");
  if( p->n >= MAX_DIAG ){ p->n++; return; }
  p->a[p->n].iLine = iLine;
  snprintf(p->a[p->n].zMsg, sizeof p->a[p->n].zMsg, "%s", zMsg);
  p->n++;
}

typedef struct Fx { PeerSet set; PeerText tx; Diags d; } Fx;

static void translate(Fx *f, int eKind, const char *z){
  memset(f, 0, sizeof *f);
  int rc = brinkPeerTranslate(&f->set, "t.txt", z, strlen(z), eKind, collectDiag, &f->d, &f->tx);
  assert_int_equal(rc, BRINK_OK);
}
static void fxFree(Fx *f){ brinkPeerTextFree(&f->tx); brinkPeerSetClear(&f->set); }

/* The translated line that holds zNeedle, and the peer line it came from. */
static int findLine(const Fx *f, const char *zLine){
  size_t iS = 0;
  for(size_t i=0; i<f->tx.nLine; i++){
    const char *e = memchr(f->tx.z+iS, '\n', f->tx.n-iS);
    size_t iE = (size_t)(e - f->tx.z);
    if( iE-iS==strlen(zLine) && memcmp(f->tx.z+iS, zLine, iE-iS)==0 ) return f->tx.aLine[i];
    iS = iE+1;
  }
  return -1;
}
static int hasDiag(const Fx *f, int iLine, const char *zPart){
  for(int i=0; i<f->d.n && i<MAX_DIAG; i++){
    if( f->d.a[i].iLine==iLine && strstr(f->d.a[i].zMsg, zPart) ) return 1;
  }
  return 0;
}
static void hasLine(const Fx *f, const char *zLine, int iWant){
  int iGot = findLine(f, zLine);
  if( iGot!=iWant ){
    fprintf(stderr, "line '%s': from peer line %d, want %d\n--\n%s", zLine, iGot, iWant, f->tx.z ? f->tx.z : "");
  }
  assert_int_equal(iGot, iWant);
}
#define HAS_LINE(f, z, n) hasLine((f), (z), (n))

/* ---- Actors ------------------------------------------------------------- */
static void test_actors(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_ACTORS,
    "# a comment\n"                                   /* 1 */
    "ZEMBLA_  [ZEM]\n"                                 /* 2 */
    "+ZEMBLAN_ ; TABARI comment\n"                     /* 3 */
    "KING_CHARLES\n"                                   /* 4 */
    "+CHARLES_THE_BELOVED_\n"                          /* 5 */
    "\t[ZEMGOV 590101-200312]\n"                       /* 6 */
    "\t[ZEMELI >20200313]\n"                           /* 7 */
    "\t[ZEMREB <581231]\n"                             /* 8 */
    "\t[ZEM]\n"                                        /* 9 */
    "<!-- one-line XML comment -->\n"                  /* 10 */
    "ODON_ [ZEMOPP 1959001-600101] [ZEMOPP]\n"         /* 11: 7-digit date */
    "FLEET [ZEMNAV\n");                                /* 12: stray bracket */
  HAS_LINE(&f, "ZEMBLA = ZEM", -1);
  HAS_LINE(&f, "@actors", 2);
  HAS_LINE(&f, "ZEMBLA | ZEMBLAN = ZEM", 2);
  HAS_LINE(&f, "KING CHARLES | CHARLES THE BELOVED = ZEMGOV 1959-01-01..2020-03-12 ; "
               "ZEMELI 2020-03-13.. ; ZEMREB ..1958-12-31 ; ZEM", 4);
  HAS_LINE(&f, "ODON = ZEMOPP", 11);
  assert_true(hasDiag(&f, 11, "bad date range '1959001-600101'"));
  assert_true(hasDiag(&f, 12, "'[' without ']'"));
  assert_true(hasDiag(&f, 12, "has no code"));
  fxFree(&f);
}

/* A primary phrase without a code joins the entry below it (PETRARCH). */
static void test_actors_codeless_primary(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_ACTORS,
    "NORTH_LAND_ [NLD]\n"
    "N._LAND_\n"
    "\n"
    "NORTHERN_COUNCIL_\n"
    "\t[NLDGOV]\n"
    "BAD_ENTRY_ [991201-010114]\n"
    "SPORTS_CLUB_ [###]\n"
    "TWO_CODES_ [A/B]\n"
    "BAD_CODES_ [A//B]\n");
  HAS_LINE(&f, "NORTH LAND = NLD", 1);
  HAS_LINE(&f, "N. LAND | NORTHERN COUNCIL = NLDGOV", 2);
  assert_true(hasDiag(&f, 6, "has a date but no code"));
  assert_true(hasDiag(&f, 6, "'BAD ENTRY' has no code"));
  HAS_LINE(&f, "@discards", 7);
  HAS_LINE(&f, "SPORTS CLUB", 7);
  /* a compound code is kept for the coder to split (TABARI's compound actor); a malformed one is not */
  HAS_LINE(&f, "TWO CODES = A/B", 8);
  assert_true(hasDiag(&f, 9, "code 'A//B'"));
  fxFree(&f);
}

/* ---- Agents ------------------------------------------------------------- */
static void test_agents(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_AGENTS,
    "!WORKER! = HAND, HANDS\n"                    /* 1 */
    "FARM!WORKER! [~AGR] # comment\n"             /* 2 */
    "HARBOUR_POLICE {} [~COP]\n"                  /* 3 */
    "CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\n"   /* 4 */
    "RELIEF_AGENCY [NGO~]\n"                      /* 5 */
    "DEPUTY_  [ ~GOV] ;tabari style\n"            /* 6 */
    "LOST!NOPE! [~X]\n"                           /* 7 */
    "NO_CODE_HERE\n");                            /* 8 */
  HAS_LINE(&f, "FARMHAND | FARMHANDS = AGR", 2);
  HAS_LINE(&f, "HARBOUR POLICE = COP", 3);
  HAS_LINE(&f, "CHIEF OF STAFF | CHIEFS OF STAFF = MIL", 4);
  HAS_LINE(&f, "RELIEF AGENCY | RELIEF AGENCIES = NGO !prefix", 5);
  HAS_LINE(&f, "DEPUTY = GOV", 6);
  assert_true(hasDiag(&f, 7, "!NOPE! is not defined"));
  assert_true(hasDiag(&f, 8, "without a '[CODE]'"));
  fxFree(&f);
}

/* ---- Verbs, PETRARCH-1 / TABARI -------------------------------------------- */
static void test_verbs_p1(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_VERBS,
    "&COIN_\n"                                   /* 1 */
    "+DUCATS\n"                                  /* 2 */
    "+GOLD_MARKS\n"                              /* 3 */
    "&GIFT\n"                                    /* 4 */
    "+PRESENT\n"                                 /* 5 */
    "+&COIN\n"                                   /* 6 */
    "--- BESTOW [070] ---\n"                     /* 7 */
    "BESTOW\n"                                   /* 8 */
    "GIVE {GAVE GIVEN GIVING GIVES} [071]\n"     /* 9 */
    "+HAND_OVER\n"                               /* 10 */
    "- * &GIFT TO + [0331]\n"                    /* 11 */
    "- + WAS_* BY $ [072] # passive\n"           /* 12 */
    "- $ * { ALMS | CHARITY }_TO + [073]\n"      /* 13 */
    "- * NOTHING [###]\n"                        /* 14 */
    "- * ^ IN_ SECRET [---]\n"                   /* 15 */
    "- * &NOSUCH [074]\n"                        /* 16 */
    "- * ODD} [075]\n");                         /* 17 */
  HAS_LINE(&f, "&COIN = ducats | gold marks", 1);
  HAS_LINE(&f, "&GIFT = present | presents | &COIN", 4);
  HAS_LINE(&f, "070 bestow", 8);
  HAS_LINE(&f, "0331 bestow &GIFT to +", 11);
  HAS_LINE(&f, "072 + was_*bestow by $", 12);
  HAS_LINE(&f, "073 $ *bestow {alms|charity}_to +", 13);
  HAS_LINE(&f, "--- bestow nothing", 14);
  HAS_LINE(&f, "--- bestow ^ in secret", 15);   /* ^ is kept: a skip (a noun phrase, or an actor for TABARI) */
  /* irregular forms that the lemmatiser takes back to GIVE need no anchor */
  HAS_LINE(&f, "071 give", 9);
  HAS_LINE(&f, "0331 give &GIFT to +", 11);
  HAS_LINE(&f, "072 + was_*give by $", 12);
  HAS_LINE(&f, "070 hand_over", 10);
  HAS_LINE(&f, "072 + was_*hand_over by $", 12);
  assert_true(hasDiag(&f, 16, "&NOSUCH is not defined"));
  assert_true(hasDiag(&f, 17, "stray '}'"));
  assert_true(hasDiag(&f, 0, "[###] discard patterns"));
  fxFree(&f);
}

/* TABARI: no block headers, each verb owns the patterns below it.  A word
** with no '_' after it is a stem ("parley*"); a "{...}" line lists the
** irregular forms of the verb above; "BAN=" is that word alone. */
static void test_verbs_tabari(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_VERBS,
    "<TIME>\n"
    "SOON [+1]\n"
    "</TIME>\n"
    "PARLEY  [---] ;xx 1/1/01\r\n"
    "- * WITH_ +  [043] ;yy\r\n"
    "{ PARLEYED_BUT_ }\n"
    "SCOLD  [111] ;zz\n"
    "- + WAS_ * BY_ $  [112]\n"
    "- * SHARPLY +  [113]\n"
    "SNUB_  [114]\n"
    "BAR=  [115]\n");
  HAS_LINE(&f, "--- parley*", 4);
  HAS_LINE(&f, "043 parley* with +", 5);   /* "WITH_ " is a whole word, not a join */
  HAS_LINE(&f, "--- parleyed_but", 4);
  HAS_LINE(&f, "043 parleyed_but with +", 5);
  HAS_LINE(&f, "111 scold*", 7);
  HAS_LINE(&f, "112 + was *scold* by $", 8);
  HAS_LINE(&f, "113 scold* sharply* +", 9);
  HAS_LINE(&f, "043 scold* with +", -1);
  HAS_LINE(&f, "114 snub", 10);
  HAS_LINE(&f, "115 bar", 11);
  HAS_LINE(&f, "115 bars", -1);
  HAS_LINE(&f, "soon", -1);
  assert_int_equal(f.d.n, 0);
  fxFree(&f);
}

/* ---- Verbs, PETRARCH-2 ------------------------------------------------------ */
static void test_verbs_p2(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_VERBS,
    "&ARMY\n"
    "+TROOPS\n"
    "---  CENSURE   [112]  ---\n"
    "CENSURE\n"
    "+TAKE_TO_TASK {+TOOK_TO_TASK +TAKEN_TO_TASK}\n"
    "RE_+PROACH\n"
    "- * (FOR {&ARMY INCURSION}) [111]   # nested\n"
    "- * {COLD SHOULDER} (TO +) [110]\n"
    "~ a (b . ATTACK) SAY = a b 112\n");
  HAS_LINE(&f, "111 censure for &ARMY incursion", 7);
  HAS_LINE(&f, "110 censure cold shoulder to +", 8);
  HAS_LINE(&f, "112 take_to_task", 5);
  HAS_LINE(&f, "111 take_to_task for &ARMY incursion", 7);
  HAS_LINE(&f, "112 re_*proach", 6);
  HAS_LINE(&f, "110 re_*proach cold shoulder to +", 8);
  assert_true(hasDiag(&f, 0, "1 PETRARCH-2 transformations"));
  fxFree(&f);
}

/* ---- Discards and issues --------------------------------------------------- */
static void test_discards_issues(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_DISCARDS, "CHESS_OPEN   # sport\n+FILM_FESTIVAL\n");
  HAS_LINE(&f, "CHESS OPEN", 1);
  HAS_LINE(&f, "FILM FESTIVAL", 2);
  assert_int_equal(f.set.nStoryDiscard, 1);
  fxFree(&f);

  translate(&f, PEER_KIND_ISSUES,
    "<ISSUE CATEGORY=\"WATER\" TYPE=\"ALL\">\n"
    "n:well [WATER_SUPPLY]\n"
    "v:irrigate [FARMING]\n"
    "water+borne n:illness [WATER_SUPPLY]\n"
    "~a well known\n"
    "no code here\n"
    "</ISSUE>\n");
  /* well, wells; irrigate, irrigates, irrigated, irrigating; 2 x 2 illness forms; 1 ignore */
  assert_int_equal(f.set.nIssue, 11);
  assert_int_equal(brinkPeerIssueCodes(&f.set), 2);
  HAS_LINE(&f, "# issue\tWATER_SUPPLY\twells", 2);
  HAS_LINE(&f, "# issue\tFARMING\tirrigated", 3);
  HAS_LINE(&f, "# issue\tWATER_SUPPLY\twater-borne illnesses", 4);
  assert_string_equal(f.set.aIssue[0].zCategory, "WATER");
  assert_int_equal(f.set.aIssue[10].eKind, PEER_ISSUE_IGNORE);
  fxFree(&f);
}

/* ---- Detection and loading ------------------------------------------------- */
static void test_detect(void **state){
  (void)state;
  const char *zV = "--- A [010] ---\nA\n- * B [011]\n- * C [012]\n";
  assert_int_equal(brinkPeerDetect("x.txt", zV, strlen(zV), PEER_FMT_AUTO), PEER_KIND_VERBS);
  const char *zA = "X [~GOV]\nY [~MIL]\n";
  assert_int_equal(brinkPeerDetect("x.txt", zA, strlen(zA), PEER_FMT_AUTO), PEER_KIND_AGENTS);
  const char *zC = "X_ [ABC]\n+Y\n";
  assert_int_equal(brinkPeerDetect("x.txt", zC, strlen(zC), PEER_FMT_AUTO), PEER_KIND_ACTORS);
  assert_int_equal(brinkPeerDetect("Demo.actors", "", 0, PEER_FMT_TABARI), PEER_KIND_ACTORS);
  const char *zB = "# brink\n@actors\nX = ABC\n";
  assert_int_equal(brinkPeerDetect("x.txt", zB, strlen(zB), PEER_FMT_AUTO), PEER_KIND_BRINK);
  assert_int_equal(brinkPeerDetect("x.txt", zB, strlen(zB), PEER_FMT_ISSUES), PEER_KIND_ISSUES);
  const char *zI = "<ISSUE CATEGORY=\"A\">\nx [Y]\n</ISSUE>\n";
  assert_int_equal(brinkPeerDetect("x.txt", zI, strlen(zI), PEER_FMT_AUTO), PEER_KIND_ISSUES);
  assert_int_equal(brinkPeerFormat("petrarch2"), PEER_FMT_PETRARCH2);
  assert_int_equal(brinkPeerFormat(0), PEER_FMT_AUTO);
  assert_int_equal(brinkPeerFormat("keds"), -1);
}

/* The translation loads into a Dict; dict.c's messages carry peer lines. */
static void test_load_mapped(void **state){
  (void)state;
  Fx f;
  translate(&f, PEER_KIND_VERBS,
    "\n\n"
    "--- WARN [130] ---\n"                /* 3 */
    "WARN\n"                              /* 4 */
    "- * OF + [1304]\n");                 /* 5 */
  Dict *p = brinkDictNew();
  Diags d; memset(&d, 0, sizeof d);
  assert_int_equal(brinkDictLoadTextMap(p, "t.txt", f.tx.z, f.tx.n, f.tx.aLine, f.tx.nLine, collectDiag, &d), BRINK_OK);
  assert_int_equal(d.n, 0);
  assert_int_equal(brinkDictFinish(p), BRINK_OK);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 2);
  /* (stored in the coder's order: the longer pattern first) */
  int i1304 = strcmp(v.aPat[0].zCode, "1304")==0 ? 0 : 1;
  assert_string_equal(v.aPat[i1304].zCode, "1304");
  assert_int_equal(v.aPat[i1304].iLine, 5);
  assert_int_equal(v.aPat[1-i1304].iLine, 4);
  brinkDictFree(p);
  fxFree(&f);

  /* a line dict.c rejects is reported at its peer line */
  const char *zText = "@verbs\n0101 ok\n0x! bad line\n";
  int aLine[] = { 7, 8, 9 };
  p = brinkDictNew();
  memset(&d, 0, sizeof d);
  assert_int_equal(brinkDictLoadTextMap(p, "t.txt", zText, strlen(zText), aLine, 3, collectDiag, &d), BRINK_OK);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.a[0].iLine, 9);
  brinkDictFree(p);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_actors),
    cmocka_unit_test(test_actors_codeless_primary),
    cmocka_unit_test(test_agents),
    cmocka_unit_test(test_verbs_p1),
    cmocka_unit_test(test_verbs_tabari),
    cmocka_unit_test(test_verbs_p2),
    cmocka_unit_test(test_discards_issues),
    cmocka_unit_test(test_detect),
    cmocka_unit_test(test_load_mapped),
  };
  return cmocka_run_group_tests(aTest, 0, 0);
}
