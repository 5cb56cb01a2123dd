/*
** test_dict.c — unit tests for the dictionary loader and its tables
** (src/dict.c, src/dict.h; format in docs/DICTIONARIES.md).
**
** Each test loads a small dictionary written here with brinkDictLoadText(),
** collects the diagnostics it reports, finishes the Dict and looks things up.
** The malformed-line tests give one bad line per kind and check its line,
** column and message, then a good line after it to show that the load goes
** on.  All names, codes and phrases here are made up for these tests.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dict.h"
#include "text.h"

/* ---- Helpers ------------------------------------------------------------ */

#define MAX_DIAG 16
typedef struct Diag { char zFile[64]; int iLine, iCol; char zMsg[256]; } Diag;
typedef struct Diags { Diag a[MAX_DIAG]; int n; } Diags;

static void collectDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  Diags *p = pArg;
  if( p->n >= MAX_DIAG ){ p->n++; return; }
  Diag *d = &p->a[p->n++];
  snprintf(d->zFile, sizeof d->zFile, "%s", zFile);
  d->iLine = iLine;
  d->iCol = iCol;
  snprintf(d->zMsg, sizeof d->zMsg, "%s", zMsg);
}

/* Load zText as file zName into a new Dict and finish it. */
static Dict *loadDict(const char *zName, const char *zText, Diags *pDiags){
  Dict *p = brinkDictNew();
  assert_non_null(p);
  if( pDiags ) memset(pDiags, 0, sizeof *pDiags);
  assert_int_equal(brinkDictLoadText(p, zName, zText, strlen(zText),
                                     pDiags ? collectDiag : NULL, pDiags), BRINK_OK);
  assert_int_equal(brinkDictFinish(p), BRINK_OK);
  return p;
}

static int32_t wid(const Dict *p, const char *z){ return brinkDictWordId(p, z, strlen(z)); }

/* The kind-k phrases whose first word is z (by either of its ids), found
** the way the coder finds them: one-word phrases under their word, longer
** ones under their first two words.  Returns the count; *piEntry gets the
** entry of the last one. */
static uint32_t phrasesFor(const Dict *p, int k, const char *z, uint32_t *piEntry){
  int32_t w = wid(p, z);
  if( w<0 ) return 0;
  DictView v;
  brinkDictView(p, &v);
  uint32_t nFound = 0;
  uint32_t n = 0;
  const uint32_t *a = brinkDictPhrasesFor(p, k, w, &n);
  for(uint32_t j=0; j<n; j++){
    assert_true(a[j] < v.nPhrase[k]);
    assert_int_equal(v.aPhrase[k][a[j]].nWord, 1);
    nFound++;
    if( piEntry ) *piEntry = v.aPhrase[k][a[j]].iEntry;
  }
  for(size_t i=0; i<v.nPhrase[k]; i++){
    const DictPhrase *ph = &v.aPhrase[k][i];
    const DictWord *w0 = &v.aWord[ph->iWord];
    if( ph->nWord<2 || (w0->id1!=w && w0->id2!=w) ) continue;
    /* it must be reachable through the pair index */
    const DictPair *aP = brinkDictPairsFor(p, k, w, v.aWord[ph->iWord+1].id1, &n);
    int bIn = 0;
    for(uint32_t j=0; j<n; j++) if( aP[j].iPhrase==i ) bIn = 1;
    assert_true(bIn);
    nFound++;
    if( piEntry ) *piEntry = ph->iEntry;
  }
  return nFound;
}

/* The number of kind-k phrases whose first word is z. */
static uint32_t nPhrasesFor(const Dict *p, int k, const char *z){
  return phrasesFor(p, k, z, 0);
}

/* The entry of the only kind-k phrase starting with word z. */
static uint32_t onlyEntryFor(const Dict *p, int k, const char *z){
  uint32_t iEntry = 0;
  assert_int_equal(phrasesFor(p, k, z, &iEntry), 1);
  return iEntry;
}

/* Expect exactly one diagnostic at line:col whose message contains zMsg. */
static void expectOneDiag(const Diags *p, int iLine, int iCol, const char *zMsg){
  if( p->n!=1 ){
    fail_msg("%d diagnostics, wanted 1 (%s); first: %s:%d:%d: %s", p->n, zMsg,
             p->n ? p->a[0].zFile : "", p->n ? p->a[0].iLine : 0, p->n ? p->a[0].iCol : 0,
             p->n ? p->a[0].zMsg : "");
  }
  assert_int_equal(p->a[0].iLine, iLine);
  assert_int_equal(p->a[0].iCol, iCol);
  if( strstr(p->a[0].zMsg, zMsg)==0 ) fail_msg("message <%s> lacks <%s>", p->a[0].zMsg, zMsg);
}

static int32_t day(const char *zDate){
  int32_t d;
  assert_int_equal(brink_date_parse(zDate, &d), BRINK_OK);
  return d;
}

/* ---- Actors, agents, discards ------------------------------------------ */

static void test_actor_basics(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("actors.txt",
    "# made-up countries\n"
    "@actors\n"
    "Veloria | Republic of Veloria = VLR !state\n"
    "Velorian | Velorians = VLR !adj !plural\n"
    "Port Amsel = VLRGOV !org\n", &dg);
  assert_int_equal(dg.n, 0);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nEntry[DK_ACTOR], 3);
  assert_int_equal(v.nPhrase[DK_ACTOR], 5);
  assert_int_equal(v.nWarning, 0);

  /* words are interned lower case */
  assert_true(wid(p, "veloria") >= 0);
  assert_true(wid(p, "republic") >= 0);
  assert_true(wid(p, "amsel") >= 0);
  assert_int_equal(wid(p, "atlantis"), -1);
  assert_int_equal(brinkDictWordId(p, "veloriax", 7), wid(p, "veloria"));  /* n bytes only */

  uint32_t e = onlyEntryFor(p, DK_ACTOR, "veloria");
  assert_int_equal(v.aEntry[DK_ACTOR][e].flags, ACTF_STATE);
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2020-05-01")), "VLR");
  e = onlyEntryFor(p, DK_ACTOR, "velorian");
  assert_int_equal(v.aEntry[DK_ACTOR][e].flags, ACTF_ADJ|ACTF_PLURAL);
  e = onlyEntryFor(p, DK_ACTOR, "port");
  assert_int_equal(v.aEntry[DK_ACTOR][e].flags, ACTF_ORG);
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, DICT_DAY_MIN), "VLRGOV");
  const DictPhrase *ph = &v.aPhrase[DK_ACTOR][v.aEntry[DK_ACTOR][e].iPhrase];
  assert_int_equal(ph->nWord, 2);
  assert_int_equal(v.aWord[ph->iWord].id1, wid(p, "port"));
  assert_int_equal(v.aWord[ph->iWord+1].id1, wid(p, "amsel"));

  /* "republic" starts a phrase; "of" does not */
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "republic"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "of"), 0);
  /* no agents, patterns or discards */
  assert_int_equal(nPhrasesFor(p, DK_AGENT, "veloria"), 0);
  uint32_t n = 99;
  brinkDictPatternsFor(p, wid(p, "veloria"), &n);
  assert_int_equal(n, 0);
  /* an id out of range gives an empty slice */
  n = 99;
  brinkDictPhrasesFor(p, DK_ACTOR, -1, &n);
  assert_int_equal(n, 0);
  n = 99;
  brinkDictPhrasesFor(p, DK_ACTOR, 1000000, &n);
  assert_int_equal(n, 0);
  brinkDictFree(p);
}

/* Phrases are cut into tokens the same way stories are (DICTIONARIES.md),
** so each phrase's words are exactly brinkTokenize()'s tokens, lower-cased. */
static void expectPhraseWords(const Dict *p, const DictPhrase *ph, const char *zPhrase){
  Arena a;
  brinkArenaInit(&a);
  Tok *aTok = 0;
  int nTok = brinkTokenize(&a, zPhrase, strlen(zPhrase), 0, &aTok);
  assert_true(nTok > 0);
  assert_int_equal(ph->nWord, nTok);
  DictView v;
  brinkDictView(p, &v);
  for(int i=0; i<nTok; i++){
    assert_int_equal(v.aWord[ph->iWord+(uint32_t)i].id1, wid(p, aTok[i].zLow));
  }
  brinkArenaFree(&a);
}

static void test_phrase_tokenisation(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("people.txt",
    "@actors\n"
    "Tomas K. Hallberg, Jr. | Hallberg's office | the U.S.-Velorian council = VLRGOV !person\n", &dg);
  assert_int_equal(dg.n, 0);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPhrase[DK_ACTOR], 3);
  expectPhraseWords(p, &v.aPhrase[DK_ACTOR][0], "Tomas K. Hallberg, Jr.");
  expectPhraseWords(p, &v.aPhrase[DK_ACTOR][1], "Hallberg's office");
  expectPhraseWords(p, &v.aPhrase[DK_ACTOR][2], "the U.S.-Velorian council");
  /* spot checks of what that means */
  assert_true(v.aPhrase[DK_ACTOR][0].nWord >= 5);
  assert_true(wid(p, "jr.") >= 0);                      /* keeps its period */
  assert_true(wid(p, ",") >= 0);                        /* the comma is a word */
  assert_int_equal(v.aPhrase[DK_ACTOR][1].nWord, 3);    /* hallberg 's office */
  assert_int_equal(v.aWord[v.aPhrase[DK_ACTOR][1].iWord+1].id1, wid(p, "'s"));
  assert_int_equal(wid(p, "Hallberg"), -1);             /* only lower case is interned */
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "tomas"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "hallberg"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "the"), 1);
  for(int i=0; i<3; i++) assert_int_equal(v.aPhrase[DK_ACTOR][i].iEntry, 0);
  brinkDictFree(p);
}

/* One-word phrases are found under their word; longer ones under their
** first two words, longest first. */
static void test_longest_phrase_first(void **state){
  (void)state;
  Dict *p = loadDict("order.txt",
    "@actors\n"
    "North = NRT\n"
    "North Veloria Coast Guard = VLRMIL\n"
    "North Veloria = VLR\n", NULL);
  int32_t w = wid(p, "north"), w2 = wid(p, "veloria");
  DictView v;
  brinkDictView(p, &v);
  uint32_t n = 0;
  const uint32_t *a = brinkDictPhrasesFor(p, DK_ACTOR, w, &n);
  assert_int_equal(n, 1);
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, v.aPhrase[DK_ACTOR][a[0]].iEntry, 0), "NRT");
  const DictPair *aP = brinkDictPairsFor(p, DK_ACTOR, w, w2, &n);
  assert_int_equal(n, 2);
  assert_int_equal(aP[0].nWord, 4);
  assert_int_equal(aP[1].nWord, 2);
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, v.aPhrase[DK_ACTOR][aP[0].iPhrase].iEntry, 0), "VLRMIL");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, v.aPhrase[DK_ACTOR][aP[1].iPhrase].iEntry, 0), "VLR");
  /* a pair nobody starts with */
  brinkDictPairsFor(p, DK_ACTOR, w2, w, &n);
  assert_int_equal(n, 0);
  brinkDictFree(p);
}

static void test_agents_and_lemmas(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("agents.txt",
    "@agents\n"
    "marines | coast guard = NAV\n"
    "secretariat = IGO !prefix\n"
    "envoy = GOV !person\n", &dg);
  assert_int_equal(dg.n, 0);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nEntry[DK_AGENT], 3);
  assert_int_equal(v.nEntry[DK_ACTOR], 0);
  /* the last word of an agent phrase is matched by its lemma too */
  assert_true(wid(p, "marine") >= 0);
  uint32_t e1 = onlyEntryFor(p, DK_AGENT, "marines");
  uint32_t e2 = onlyEntryFor(p, DK_AGENT, "marine");
  assert_int_equal(e1, e2);
  assert_string_equal(brinkDictCodeOn(p, DK_AGENT, e1, 0), "NAV");
  uint32_t e = onlyEntryFor(p, DK_AGENT, "secretariat");
  assert_int_equal(v.aEntry[DK_AGENT][e].flags, ACTF_PREFIX);
  e = onlyEntryFor(p, DK_AGENT, "envoy");
  assert_int_equal(v.aEntry[DK_AGENT][e].flags, ACTF_PERSON);
  brinkDictFree(p);
}

static void test_discards(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("discards.txt",
    "@discards\n"
    "penalty shootout | box office = will be ignored\n"
    "halftime\n", &dg);
  assert_int_equal(dg.n, 0);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nEntry[DK_DISCARD], 2);
  /* in a discard line '=' is part of no syntax: the whole line is phrases */
  assert_int_equal(v.nPhrase[DK_DISCARD], 3);
  assert_int_equal(nPhrasesFor(p, DK_DISCARD, "penalty"), 1);
  assert_int_equal(nPhrasesFor(p, DK_DISCARD, "box"), 1);
  assert_int_equal(nPhrasesFor(p, DK_DISCARD, "halftime"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "halftime"), 0);
  brinkDictFree(p);
}

/* Comments, blank lines, CRLF, several sections and several files. */
static void test_layout(void **state){
  (void)state;
  Diags dg;
  Dict *p = brinkDictNew();
  assert_non_null(p);
  memset(&dg, 0, sizeof dg);
  const char *zA =
    "# header comment\r\n"
    "\r\n"
    "   \t  \r\n"
    "@actors   # a comment after a section\r\n"
    "Veloria = VLR !state   # trailing comment\r\n"
    "@agents\r\n"
    "garrison = MIL\r\n"
    "@actors\r\n"
    "Ostrava Pact = IGOOSP !org";              /* no final newline */
  assert_int_equal(brinkDictLoadText(p, "a.txt", zA, strlen(zA), collectDiag, &dg), BRINK_OK);
  /* a second file starts with no section */
  const char *zB = "@verbs\n0311 pledge aid\n";
  assert_int_equal(brinkDictLoadText(p, "b.txt", zB, strlen(zB), collectDiag, &dg), BRINK_OK);
  assert_int_equal(brinkDictFinish(p), BRINK_OK);
  assert_int_equal(dg.n, 0);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nEntry[DK_ACTOR], 2);
  assert_int_equal(v.nEntry[DK_AGENT], 1);
  assert_int_equal(v.nPat, 1);
  uint32_t e = onlyEntryFor(p, DK_ACTOR, "veloria");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, 0), "VLR");   /* no "\r" or comment */
  assert_int_equal(v.aEntry[DK_ACTOR][e].flags, ACTF_STATE);
  e = onlyEntryFor(p, DK_ACTOR, "ostrava");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, 0), "IGOOSP");
  assert_int_equal(nPhrasesFor(p, DK_AGENT, "garrison"), 1);
  assert_string_equal(brinkDictFileName(p, v.aPat[0].iFile), "b.txt");
  assert_int_equal(v.aPat[0].iLine, 2);
  brinkDictFree(p);
}

/* ---- Date ranges ------------------------------------------------------- */

static void test_code_on_day(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("dated.txt",
    "@actors\n"
    /* senator until mid-2010, then minister for a term, then a default */
    "Ines Marlowe = VLRLEG ..2010-06-30 ; VLRGOV 2010-07-01..2014-06-30 ; VLRELI\n"
    /* only dated codes: nothing outside them */
    "Pavel Orlik = VLRMIL 2015-03-01..2015-03-31 ; VLRGOV 2019-01-01..\n"
    /* a default written first does not hide a later dated code */
    "Rhea Sand = VLRBUS ; VLRGOV 2001-01-01..2001-12-31 !person\n"
    /* a last role that ended: named by the news of its end for a fortnight */
    "Oren Vale = VLRMIL 2010-01-01..2011-12-31 ; VLRREB 2015-01-01..2022-07-31 !person\n", &dg);
  assert_int_equal(dg.n, 0);
  uint32_t e = onlyEntryFor(p, DK_ACTOR, "ines");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("1990-01-01")), "VLRLEG");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2010-06-30")), "VLRLEG");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2010-07-01")), "VLRGOV");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2012-02-29")), "VLRGOV");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2014-06-30")), "VLRGOV");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2014-07-01")), "VLRELI");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2030-01-01")), "VLRELI");

  e = onlyEntryFor(p, DK_ACTOR, "pavel");
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, day("2015-02-28")));
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2015-03-01")), "VLRMIL");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2015-03-31")), "VLRMIL");
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, day("2015-04-01")));
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, day("2018-12-31")));
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2019-01-01")), "VLRGOV");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2099-12-31")), "VLRGOV");
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, DICT_DAY_MIN));   /* no undated default */

  e = onlyEntryFor(p, DK_ACTOR, "oren");
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, day("2012-01-02")));   /* a gap between roles: none */
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2022-07-31")), "VLRREB");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2022-08-02")), "VLRREB");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2022-08-14")), "VLRREB");   /* 14 days after */
  assert_null(brinkDictCodeOn(p, DK_ACTOR, e, day("2022-08-15")));

  e = onlyEntryFor(p, DK_ACTOR, "rhea");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2000-12-31")), "VLRBUS");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2001-06-15")), "VLRGOV");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, day("2002-01-01")), "VLRBUS");
  assert_string_equal(brinkDictCodeOn(p, DK_ACTOR, e, DICT_DAY_MIN), "VLRBUS");
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.aEntry[DK_ACTOR][e].nCode, 2);
  assert_int_equal(v.aEntry[DK_ACTOR][e].flags, ACTF_PERSON);
  const DictCode *c = &v.aCode[v.aEntry[DK_ACTOR][e].iCode + 1];
  assert_int_equal(c->iFrom, day("2001-01-01"));
  assert_int_equal(c->iTo, day("2001-12-31"));
  brinkDictFree(p);
}

/* ---- Verb patterns ----------------------------------------------------- */

/* The pattern defined on line iLine (patterns are stored in the coder's
** order, not the file's). */
static const Pattern *patOnLine(const DictView *v, int iLine){
  for(size_t i=0; i<v->nPat; i++) if( v->aPat[i].iLine==iLine ) return &v->aPat[i];
  fail_msg("no pattern on line %d", iLine);
  return 0;
}

static void test_patterns(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("verbs.txt",
    "@verbs\n"
    "0256 implore + to {stand down|withdraw}\n"
    "042  travel_to + !verb\n"
    "---  implore _for\n"
    "138  ultimatum to + by $ !noun\n"
    "057  deployed\n"
    "0231 + was_*rebuked by $\n"
    "036  % *agree_to talks\n", &dg);
  if( dg.n ) fail_msg("%s:%d:%d: %s", dg.a[0].zFile, dg.a[0].iLine, dg.a[0].iCol, dg.a[0].zMsg);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 7);

  const Pattern *pat = patOnLine(&v, 2);
  assert_string_equal(pat->zCode, "0256");
  assert_int_equal(pat->nAnchor, 1);
  assert_int_equal(v.aWord[pat->iAnchor].id1, wid(p, "implore"));
  assert_int_equal(pat->nPre, 0);
  assert_int_equal(pat->nElem, 3);
  assert_int_equal(v.aElem[pat->iElem].eKind, PE_TARGET);
  assert_int_equal(v.aElem[pat->iElem].bAdjacent, 0);
  assert_int_equal(v.aElem[pat->iElem+1].eKind, PE_WORD);
  assert_int_equal(v.aWord[v.aElem[pat->iElem+1].iWord].id1, wid(p, "to"));
  const PatElem *alt = &v.aElem[pat->iElem+2];
  assert_int_equal(alt->eKind, PE_ALT);
  assert_int_equal(alt->nAlt, 2);
  assert_int_equal(v.aAlt[alt->iWord].nWord, 2);     /* stand down */
  assert_int_equal(v.aAlt[alt->iWord+1].nWord, 1);   /* withdraw */
  assert_int_equal(v.aWord[v.aAlt[alt->iWord].iWord].id1, wid(p, "stand"));
  assert_int_equal(v.aWord[v.aAlt[alt->iWord].iWord+1].id1, wid(p, "down"));
  assert_int_equal(v.aWord[v.aAlt[alt->iWord+1].iWord].id1, wid(p, "withdraw"));
  assert_int_equal(pat->flags, PATF_ALT);   /* the finish marks patterns with alternatives */
  assert_int_equal(pat->aNeed[0], wid(p, "to"));   /* the word the sentence must hold */
  assert_int_equal(pat->aNeed[1], -1);
  assert_int_equal(pat->iLine, 2);
  assert_string_equal(brinkDictFileName(p, pat->iFile), "verbs.txt");

  /* travel_to: the anchor, then "to" joined to it */
  pat = patOnLine(&v, 3);
  assert_string_equal(pat->zCode, "042");
  assert_int_equal(v.aWord[pat->iAnchor].id1, wid(p, "travel"));
  assert_int_equal(pat->flags, PATF_VERB);
  assert_int_equal(pat->nElem, 2);
  assert_int_equal(v.aElem[pat->iElem].eKind, PE_WORD);
  assert_int_equal(v.aElem[pat->iElem].bAdjacent, 1);
  assert_int_equal(v.aWord[v.aElem[pat->iElem].iWord].id1, wid(p, "to"));
  assert_int_equal(v.aElem[pat->iElem+1].eKind, PE_TARGET);
  assert_int_equal(v.aElem[pat->iElem+1].bAdjacent, 0);

  pat = patOnLine(&v, 4);
  assert_string_equal(pat->zCode, "---");
  assert_true(pat->flags & PATF_NULL);
  assert_int_equal(pat->nElem, 1);
  assert_int_equal(v.aElem[pat->iElem].bAdjacent, 1);  /* _for */

  pat = patOnLine(&v, 5);
  assert_int_equal(pat->flags, PATF_NOUN);
  assert_int_equal(pat->nElem, 4);
  assert_int_equal(v.aElem[pat->iElem+3].eKind, PE_SOURCE);

  /* elements before a *anchor */
  pat = patOnLine(&v, 7);
  assert_string_equal(pat->zCode, "0231");
  assert_int_equal(pat->nPre, 2);                       /* + was */
  assert_int_equal(pat->bAnchorJoin, 1);                /* was_*rebuked */
  assert_int_equal(pat->nElem, 4);
  assert_int_equal(v.aElem[pat->iElem].eKind, PE_TARGET);
  assert_int_equal(v.aWord[v.aElem[pat->iElem+1].iWord].id1, wid(p, "was"));
  assert_int_equal(v.aElem[pat->iElem+3].eKind, PE_SOURCE);
  assert_int_equal(v.aWord[pat->iAnchor].id1, wid(p, "rebuked"));

  /* a compound slot */
  pat = patOnLine(&v, 8);
  assert_true(pat->flags & PATF_COMPOUND);
  assert_int_equal(pat->nPre, 1);
  assert_int_equal(v.aWord[pat->iAnchor].id1, wid(p, "agree"));

  /* the anchor is matched by its lemma: "deployed" is found under "deploy" */
  uint32_t n = 0;
  const uint32_t *a = brinkDictPatternsFor(p, wid(p, "deploy"), &n);
  assert_int_equal(n, 1);
  assert_string_equal(v.aPat[a[0]].zCode, "057");
  a = brinkDictPatternsFor(p, wid(p, "rebuke"), &n);
  assert_int_equal(n, 1);
  assert_string_equal(v.aPat[a[0]].zCode, "0231");

  /* two patterns on "implore": the more specific one first */
  a = brinkDictPatternsFor(p, wid(p, "implore"), &n);
  assert_int_equal(n, 2);
  assert_true(v.aPat[a[0]].nSpec > v.aPat[a[1]].nSpec);
  assert_string_equal(v.aPat[a[0]].zCode, "0256");
  assert_string_equal(v.aPat[a[1]].zCode, "---");
  /* words of a pattern that are not its anchor have no patterns */
  brinkDictPatternsFor(p, wid(p, "withdraw"), &n);
  assert_int_equal(n, 0);
  brinkDictPatternsFor(p, wid(p, "was"), &n);
  assert_int_equal(n, 0);
  brinkDictFree(p);
}

/* The more specific pattern is listed first even when it comes later. */
static void test_pattern_specificity_order(void **state){
  (void)state;
  Dict *p = loadDict("spec.txt",
    "@verbs\n"
    "010 remark\n"
    "012 remark on {tension|tensions} with +\n"
    "011 remark on +\n", NULL);
  uint32_t n = 0;
  const uint32_t *a = brinkDictPatternsFor(p, wid(p, "remark"), &n);
  assert_int_equal(n, 3);
  DictView v;
  brinkDictView(p, &v);
  assert_string_equal(v.aPat[a[0]].zCode, "012");
  assert_string_equal(v.aPat[a[1]].zCode, "011");
  assert_string_equal(v.aPat[a[2]].zCode, "010");
  brinkDictFree(p);
}

/* Synsets: "&NAME = alt | alt" in @synsets, used as &NAME in patterns. */
static void test_synsets(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("syn.txt",
    "@synsets\n"
    "&ARMS = rifles | heavy weapons\n"
    "&AID = &ARMS | grain\n"
    "@verbs\n"
    "070 ship &AID to +\n"
    "071 ship {&ARMS|money} to +\n", &dg);
  /* (a "@synsets" line was once taken for an unknown section: n==9 for an
  ** 8-byte name in parseLine) */
  if( dg.n ) fail_msg("%s:%d:%d: %s", dg.a[0].zFile, dg.a[0].iLine, dg.a[0].iCol, dg.a[0].zMsg);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 2);
  const Pattern *pat = &v.aPat[0];
  const PatElem *pe = &v.aElem[pat->iElem];
  assert_int_equal(pe->eKind, PE_ALT);
  assert_int_equal(pe->nAlt, 3);                        /* rifles, heavy weapons, grain */
  assert_int_equal(v.aAlt[pe->iWord].nWord, 1);
  assert_int_equal(v.aAlt[pe->iWord+1].nWord, 2);
  assert_int_equal(v.aWord[v.aAlt[pe->iWord+2].iWord].id1, wid(p, "grain"));
  pe = &v.aElem[v.aPat[1].iElem];
  assert_int_equal(pe->eKind, PE_ALT);
  assert_int_equal(pe->nAlt, 3);                        /* rifles, heavy weapons, money */
  assert_int_equal(v.aWord[v.aAlt[pe->iWord+2].iWord].id1, wid(p, "money"));
  brinkDictFree(p);
}

static void test_bad_synsets(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("badsyn.txt",
    "@verbs\n"
    "070 ship &NOPE to +\n"                 /* 2: unknown synset */
    "071 ship {rifles|&NOPE} to +\n"        /* 3: unknown synset inside {} */
    "072 ship grain to +\n", &dg);          /* 4: fine */
  assert_int_equal(dg.n, 2);
  assert_int_equal(dg.a[0].iLine, 2);
  assert_int_equal(dg.a[0].iCol, 11);
  assert_non_null(strstr(dg.a[0].zMsg, "unknown synset &NOPE"));
  assert_int_equal(dg.a[1].iLine, 3);
  assert_int_equal(dg.a[1].iCol, 19);
  assert_non_null(strstr(dg.a[1].zMsg, "unknown synset"));
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 1);
  assert_string_equal(v.aPat[0].zCode, "072");
  brinkDictFree(p);
}

/* ---- Malformed lines --------------------------------------------------- */

/* Load "@actors" (or zSection) + zBad + a good line; expect one diagnostic
** on line 2 at iCol, and the good line loaded. */
static void expectBadLine(const char *zSection, const char *zBad, int iCol, const char *zMsg){
  char zText[512];
  int bVerbs = strcmp(zSection, "@verbs")==0;
  snprintf(zText, sizeof zText, "%s\n%s\n%s\n", zSection, zBad,
           bVerbs ? "0312 befriend +" : "Tarvonia = TRV !state");
  Diags dg;
  Dict *p = loadDict("bad.txt", zText, &dg);
  expectOneDiag(&dg, 2, iCol, zMsg);
  assert_string_equal(dg.a[0].zFile, "bad.txt");
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nWarning, 1);
  if( bVerbs ){
    uint32_t n = 0;
    const uint32_t *a = brinkDictPatternsFor(p, wid(p, "befriend"), &n);
    assert_int_equal(n, 1);
    assert_string_equal(v.aPat[a[0]].zCode, "0312");
  }else{
    int k = strcmp(zSection, "@agents")==0 ? DK_AGENT : DK_ACTOR;
    uint32_t e = onlyEntryFor(p, k, "tarvonia");
    assert_string_equal(brinkDictCodeOn(p, k, e, 0), "TRV");
  }
  brinkDictFree(p);
}

static void test_bad_entry_lines(void **state){
  (void)state;
  /*                     123456789012345678901234567890 */
  expectBadLine("@actors", "Veloria VLR !state", 1, "expected 'PHRASE = CODE'");
  expectBadLine("@actors", "Veloria = ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF", 11, "expected a code of 1-31 letters");
  expectBadLine("@actors", "Veloria = VLR ; ; VLRGOV", 17, "expected a code of 1-31 letters");
  expectBadLine("@actors", "Veloria = ", 9, "no code after '='");
  expectBadLine("@actors", "Veloria = VLR 2019-13-01..", 15, "bad date");
  expectBadLine("@actors", "Veloria = VLR 2019-01-01 2019-02-01", 25, "expected '..' in date range");
  expectBadLine("@actors", "Veloria = VLR 2019-01-01..2019-02-30", 27, "bad date");
  expectBadLine("@actors", "Veloria = VLR 2019-05-01..2019-04-30", 15, "date range ends before it starts");
  expectBadLine("@actors", "Veloria = VLR 2019-05-01..2019-06-30 VLRGOV", 38, "expected ';' between codes");
  expectBadLine("@actors", "= VLR", 1, "no phrase before '='");
  expectBadLine("@actors", "Veloria | | Velorian Republic = VLR", 11, "empty phrase between '|'");
  expectBadLine("@actors", "Veloria = VLR !state oops", 22, "expected a !flag");
  expectBadLine("@agents", "envoy = GOV !famous", 14, "unknown flag: !famous");
  expectBadLine("@actors", "@people", 1, "unknown section");
}

static void test_bad_pattern_lines(void **state){
  (void)state;
  /*                    123456789012345678901234567890 */
  expectBadLine("@verbs", "-- denounce +", 1, "expected an event code");
  expectBadLine("@verbs", "1.1 denounce +", 1, "expected an event code");
  expectBadLine("@verbs", "0123456789ABCDEF denounce +", 1, "expected an event code");
  expectBadLine("@verbs", "111 denounce + !adj", 16, "unknown pattern flag");
  expectBadLine("@verbs", "111 + denounce", 4, "needs an anchor word");
  expectBadLine("@verbs", "111 {a|b} denounce", 4, "needs an anchor word");
  expectBadLine("@verbs", "111", 4, "needs an anchor word");
  expectBadLine("@verbs", "111 denounce + {harshly|loudly", 16, "unclosed '{'");
  expectBadLine("@verbs", "111 denounce + {harshly||loudly}", 25, "empty alternative");
  expectBadLine("@verbs", "111 denounce ** +", 15, "expected a word");
}

/* "NUL byte" is checked on the raw bytes, so it needs its own loader. */
static void test_nul_byte_line(void **state){
  (void)state;
  static const char z[] = "@actors\nVelo\0ria = VLR\nTarvonia = TRV\n";
  Dict *p = brinkDictNew();
  Diags dg;
  memset(&dg, 0, sizeof dg);
  assert_int_equal(brinkDictLoadText(p, "nul.txt", z, sizeof z - 1, collectDiag, &dg), BRINK_OK);
  assert_int_equal(brinkDictFinish(p), BRINK_OK);
  expectOneDiag(&dg, 2, 1, "NUL byte");
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "tarvonia"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "velo"), 0);
  brinkDictFree(p);
}

/* An entry before any section, and several bad lines in one file: each is
** reported on its own line and the good lines between them load. */
static void test_many_bad_lines(void **state){
  (void)state;
  Diags dg;
  Dict *p = loadDict("mixed.txt",
    "Orphan = ORP\n"                      /* 1: before any section */
    "@actors\n"                           /* 2 */
    "Alpha = AAA\n"                       /* 3 */
    "Bravo BBB\n"                         /* 4: no '=' */
    "Charlie = CCC\n"                     /* 5 */
    "@verbs\n"                            /* 6 */
    "-- shout\n"                          /* 7: bad code */
    "0121 applaud +\n"                    /* 8 */
    "@sideways\n"                         /* 9: unknown section */
    "0122 cheer +\n", &dg);               /* 10: still @verbs */
  assert_int_equal(dg.n, 4);
  assert_int_equal(dg.a[0].iLine, 1);
  assert_non_null(strstr(dg.a[0].zMsg, "before any @section"));
  assert_int_equal(dg.a[1].iLine, 4);
  assert_int_equal(dg.a[2].iLine, 7);
  assert_int_equal(dg.a[3].iLine, 9);
  for(int i=0; i<4; i++) assert_string_equal(dg.a[i].zFile, "mixed.txt");
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nEntry[DK_ACTOR], 2);
  assert_int_equal(v.nPat, 2);
  assert_int_equal(v.nWarning, 4);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "alpha"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "charlie"), 1);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "orphan"), 0);
  assert_int_equal(nPhrasesFor(p, DK_ACTOR, "bravo"), 0);
  uint32_t n = 0;
  brinkDictPatternsFor(p, wid(p, "cheer"), &n);
  assert_int_equal(n, 1);
  brinkDictFree(p);
}

/* Without a callback the problems are still counted. */
static void test_no_callback(void **state){
  (void)state;
  Dict *p = loadDict("quiet.txt", "@actors\nno equals sign\nGood = GGG\n@nonsense\n", NULL);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nWarning, 2);
  assert_int_equal(v.nEntry[DK_ACTOR], 1);
  brinkDictFree(p);
}

/* A word as long as the pattern loader's buffer is refused, not cut. */
static void test_overlong_pattern_word(void **state){
  (void)state;
  char zText[512];
  char zWord[200];
  memset(zWord, 'q', sizeof zWord - 1);
  zWord[sizeof zWord - 1] = 0;
  snprintf(zText, sizeof zText, "@verbs\n111 %s +\n0312 befriend +\n", zWord);
  Diags dg;
  Dict *p = loadDict("long.txt", zText, &dg);
  assert_true(dg.n >= 1);
  for(int i=0; i<dg.n; i++){
    assert_int_equal(dg.a[i].iLine, 2);
    assert_int_equal(dg.a[i].iCol, 5);
  }
  assert_non_null(strstr(dg.a[0].zMsg, "too long"));
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 1);
  assert_string_equal(v.aPat[0].zCode, "0312");
  brinkDictFree(p);
}

/* A too-long word inside {alternatives} is reported at its own column.
** Regression (found by fuzz/fuzz_dict.c): the column used to be computed
** against a stack copy of the alternative, giving garbage like -2486. */
static void test_overlong_alternative_word(void **state){
  (void)state;
  char zText[512];
  char zWord[140];
  memset(zWord, 'q', sizeof zWord - 1);
  zWord[sizeof zWord - 1] = 0;
  /* "070 ship {": col 10 is '{', the word starts at col 11 */
  snprintf(zText, sizeof zText, "@verbs\n070 ship {%s|grain} to +\n0312 befriend +\n", zWord);
  Diags dg;
  Dict *p = loadDict("altlong.txt", zText, &dg);
  assert_true(dg.n >= 1);
  assert_int_equal(dg.a[0].iLine, 2);
  assert_non_null(strstr(dg.a[0].zMsg, "too long"));
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 1);
  assert_string_equal(v.aPat[0].zCode, "0312");
  int iCol = dg.a[0].iCol;
  brinkDictFree(p);
  assert_int_equal(iCol, 11);
}

/* The loader must not read past the n bytes it is given: each text is
** copied to a heap block of exactly its length (ASan checks the bound).
** These end in the middle of the constructs the parser looks ahead in. */
static void test_bounded_reads(void **state){
  (void)state;
  static const char *const az[] = {
    "@actors\nVeloria = VLR 2019-01-01.",
    "@actors\nVeloria = VLR 2019-01-01..",
    "@actors\nVeloria = VLR 2019-0",
    "@actors\nVeloria = VLR !",
    "@actors\nVeloria = VLR ;",
    "@actors\nVeloria |",
    "@verbs\n020 urge {",
    "@verbs\n020 urge {a|",
    "@verbs\n020 urge !nou",
    "@verbs\n020 urge +",
    "@verbs\n020 urge _",
    "@verbs\n020 urge *",
    "@verbs\n020 urge &",
    "@verbs\n020 + was_*",
    "@verbs\n-",
    "@synsets\n&A =",
    "@synsets\n&A = b |",
    "@verb",
  };
  for(size_t i=0; i<sizeof az/sizeof az[0]; i++){
    size_t n = strlen(az[i]);
    char *z = malloc(n);
    assert_non_null(z);
    memcpy(z, az[i], n);
    Dict *p = brinkDictNew();
    assert_int_equal(brinkDictLoadText(p, "edge.txt", z, n, NULL, NULL), BRINK_OK);
    assert_int_equal(brinkDictFinish(p), BRINK_OK);
    brinkDictFree(p);
    free(z);
  }
}

/* Finishing an empty Dict works, and lookups in it find nothing. */
static void test_empty_dict(void **state){
  (void)state;
  Dict *p = loadDict("empty.txt", "", NULL);
  assert_int_equal(wid(p, "anything"), -1);
  DictView v;
  brinkDictView(p, &v);
  assert_int_equal(v.nPat, 0);
  assert_int_equal(v.nWarning, 0);
  for(int k=0; k<DK__COUNT; k++) assert_int_equal(v.nEntry[k], 0);
  uint32_t n = 7;
  brinkDictPhrasesFor(p, DK_ACTOR, 0, &n);
  assert_int_equal(n, 0);
  /* Finish twice is harmless */
  assert_int_equal(brinkDictFinish(p), BRINK_OK);
  brinkDictFree(p);
  brinkDictFree(NULL);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_actor_basics),
    cmocka_unit_test(test_phrase_tokenisation),
    cmocka_unit_test(test_longest_phrase_first),
    cmocka_unit_test(test_agents_and_lemmas),
    cmocka_unit_test(test_discards),
    cmocka_unit_test(test_layout),
    cmocka_unit_test(test_code_on_day),
    cmocka_unit_test(test_patterns),
    cmocka_unit_test(test_pattern_specificity_order),
    cmocka_unit_test(test_synsets),
    cmocka_unit_test(test_bad_synsets),
    cmocka_unit_test(test_bad_entry_lines),
    cmocka_unit_test(test_bad_pattern_lines),
    cmocka_unit_test(test_nul_byte_line),
    cmocka_unit_test(test_many_bad_lines),
    cmocka_unit_test(test_no_callback),
    cmocka_unit_test(test_overlong_pattern_word),
    cmocka_unit_test(test_overlong_alternative_word),
    cmocka_unit_test(test_bounded_reads),
    cmocka_unit_test(test_empty_dict),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
