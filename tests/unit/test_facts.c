/*
** test_facts.c — unit tests for places and quantities (src/gazetteer.c,
** src/places.c, src/quantity.c; docs/GEO.md).
**
** The gazetteer: what it loads from each source, how names fold into keys,
** the look-ups by name and by code.  The facts of a sentence, driven
** directly through facts.h with tokens from the real tokenizer and tagger:
** place cues, resolution from story context, the event-location rules
** (sentence, story, actor) and the clause rule for quantities.  Whole
** stories through the public API, from two threads sharing one engine, to
** show the gazetteer is read-only.  Under `make SAN=1 unit` the sanitizers
** also check that every story's facts live in its arena and nothing leaks.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <cmocka.h>

#include "brink.h"
#include "facts.h"
#include "text.h"
#include "lexicon.h"

static Gazetteer *gGaz = 0;   /* loaded once for the file (read-only) */

static int setupGaz(void **state){
  (void)state;
  char *zErr = 0;
  gGaz = brinkGazetteerLoad(BRINK_DATADIR, 0, 0, &zErr);
  free(zErr);
  return gGaz ? 0 : -1;
}
static int teardownGaz(void **state){
  (void)state;
  brinkGazetteerFree(gGaz);
  gGaz = 0;
  return 0;
}

/* Tokens of one sentence, analysed as the coder does (tokenize, tag, lemma). */
static int analyse(Arena *pA, const char *z, Tok **paTok){
  int n = brinkTokenize(pA, z, strlen(z), 0, paTok);
  if( n<0 ) return n;
  brinkTagSentence(*paTok, n);
  for(int i=0; i<n; i++){
    Tok *t = &(*paTok)[i];
    t->zLemma = brinkLemma(t->zLow, t->n, t->eTag, pA);
  }
  brinkChunk(*paTok, n);
  return n;
}

/* Facts of a story given as sentences; returns the FactsStory. */
static FactsStory *facts(Arena *pA, const char *const *azSent){
  FactsStory *p = brinkFactsBegin(gGaz, pA);
  assert_non_null(p);
  for(int i=0; azSent[i]; i++){
    Tok *a; int n = analyse(pA, azSent[i], &a);
    assert_true(n>=0);
    assert_int_equal(brinkFactsSentence(p, i, a, n, azSent[i], 0), BRINK_OK);
  }
  return p;
}

/* The resolved place named zName (first mention), or NULL. */
static const FactsPlace *place(FactsStory *p, const char *zName){
  const FactsPlace *a; int n = brinkFactsPlaces(p, &a);
  for(int i=0; i<n; i++) if( strcmp(a[i].pEnt->zName, zName)==0 ) return &a[i];
  return 0;
}

/* Index of the first token equal to zWord in sentence z. */
static int tokenOf(Arena *pA, const char *z, const char *zWord){
  Tok *a; int n = analyse(pA, z, &a);
  for(int i=0; i<n; i++) if( strcmp(a[i].zLow, zWord)==0 ) return i;
  return -1;
}

/* ---- Gazetteer ------------------------------------------------------------- */

static void test_gazetteer_sources(void **state){
  (void)state;
  size_t a[6];
  brinkGazCount(gGaz, a);
  assert_true(a[GAZ_CITY] > 20000);      /* libgeonames: about 24,000 cities */
  assert_true(a[GAZ_COUNTRY] >= 249);    /* ISO 3166-1, and Kosovo by hand */
  assert_true(a[GAZ_ADM1] > 1500);       /* top-level ISO 3166-2 subdivisions */
  assert_true(a[GAZ_OTHER] > 60);        /* seas, straits, regions... by hand */
  assert_true(a[GAZ_DEMONYM] > 150);     /* "Russian", from the actor dictionary */
}

static void test_keys_fold(void **state){
  (void)state;
  char z[64];
  assert_int_equal(brinkGazKey("Zürich", strlen("Zürich"), z, sizeof z), 6);
  assert_string_equal(z, "zurich");
  brinkGazKey("The  Hague", 10, z, sizeof z);
  assert_string_equal(z, "hague");
  brinkGazKey("Côte d'Ivoire", strlen("Côte d'Ivoire"), z, sizeof z);
  assert_string_equal(z, "cote d'ivoire");
  /* too long for the buffer: no key rather than a wrong one */
  assert_int_equal(brinkGazKey("Washington", 10, z, 4), 0);
}

static void test_lookup_ambiguous(void **state){
  (void)state;
  const GazEntry *const *a;
  int n = brinkGazLookup(gGaz, "paris", 5, &a);
  int bFra = 0, bTx = 0;
  for(int i=0; i<n; i++){
    if( strcmp(a[i]->zCountry, "FRA")==0 ) bFra = 1;
    if( strcmp(a[i]->zAdm1, "US-TX")==0 ) bTx = 1;
  }
  assert_true(bFra && bTx);
  n = brinkGazLookup(gGaz, "georgia", 7, &a);
  int bGeo = 0, bGa = 0;
  for(int i=0; i<n; i++){
    if( a[i]->eKind==GAZ_COUNTRY && strcmp(a[i]->zCountry, "GEO")==0 ) bGeo = 1;
    if( a[i]->eKind==GAZ_ADM1 && strcmp(a[i]->zAdm1, "US-GA")==0 ) bGa = 1;
  }
  assert_true(bGeo && bGa);
  assert_int_equal(brinkGazLookup(gGaz, "xqzzyville", 10, &a), 0);
  /* the first-word index bounds the multi-word search */
  assert_true(brinkGazFirstWord(gGaz, "strait", 6) >= strlen("strait of hormuz"));
  assert_int_equal(brinkGazFirstWord(gGaz, "xqzzy", 5), 0);
}

/* Coordinates and populations are read with a fast decimal parser: every
** city's figures must equal strtod's reading of the generated file. */
static void test_coordinates_exact(void **state){
  (void)state;
  FILE *fp = fopen(BRINK_DATADIR "/geo.gen.tsv", "r");
  if( !fp ){ skip(); }
  char zLine[4096];
  int nChecked = 0;
  while( fgets(zLine, sizeof zLine, fp) && nChecked<2000 ){
    if( zLine[0]!='P' ) continue;
    char *az[7]; int n = 0;
    for(char *p = strtok(zLine, "\t\n"); p && n<7; p = strtok(0, "\t\n")) az[n++] = p;
    if( n!=7 || strchr(az[1], '|') ) continue;
    char zKey[256];
    size_t nKey = brinkGazKey(az[1], strlen(az[1]), zKey, sizeof zKey);
    const GazEntry *const *a;
    int nCand = brinkGazLookup(gGaz, zKey, nKey, &a);
    for(int i=0; i<nCand; i++){
      const GazEntry *e = a[i];
      if( e->eKind!=GAZ_CITY || e->bHand || strcmp(e->zCountry, az[2])!=0 || strcmp(e->zAdm1, az[3])!=0 ) continue;
      if( e->rPop!=strtod(az[6], 0) ) continue;   /* another city of that name */
      assert_true(e->rLat==strtod(az[4], 0));
      assert_true(e->rLon==strtod(az[5], 0));
      nChecked++;
      break;
    }
  }
  fclose(fp);
  assert_true(nChecked>1000);
}

static void test_lookup_by_code(void **state){
  (void)state;
  const GazEntry *e = brinkGazCountry(gGaz, "UKR");
  assert_non_null(e);
  assert_string_equal(e->zName, "Ukraine");
  assert_true(e->bCoord && e->rLat>44 && e->rLat<53 && e->rLon>22 && e->rLon<41);
  assert_null(brinkGazCountry(gGaz, "ZZZ"));
  e = brinkGazAdm1(gGaz, "UA-63");
  assert_non_null(e);
  assert_string_equal(e->zCountry, "UKR");
  const GazEntry *b1 = brinkGazBorder(gGaz, "RUS", "UKR"), *b2 = brinkGazBorder(gGaz, "UKR", "RUS");
  assert_non_null(b1);
  assert_ptr_equal(b1, b2);
  assert_string_equal(b1->zFeature, "border");
  /* the hand-written Crimea carries its ISO 3166-2 code */
  const GazEntry *const *a;
  int n = brinkGazLookup(gGaz, "crimea", 6, &a);
  int bCrimea = 0;
  for(int i=0; i<n; i++) if( a[i]->bHand && strcmp(a[i]->zAdm1, "UA-43")==0 ) bCrimea = 1;
  assert_true(bCrimea);
}

/* "northern Italy" lies north of "southern Italy", "eastern Ukraine" east
** of "western Ukraine", and "central" between; too few towns gives none */
static void test_country_parts(void **state){
  (void)state;
  double rLatN, rLonN, rLatS, rLonS, rLatC, rLonC, rLatE, rLonE, rLatW, rLonW, rLatNE, rLonNE;
  assert_true(brinkGazPart(gGaz, "ITA", 0, GAZ_PART_N, &rLatN, &rLonN));
  assert_true(brinkGazPart(gGaz, "ITA", 0, GAZ_PART_S, &rLatS, &rLonS));
  assert_true(brinkGazPart(gGaz, "ITA", 0, GAZ_PART_C, &rLatC, &rLonC));
  assert_true(rLatN>44.0 && rLatS<41.5 && rLatC>rLatS && rLatC<rLatN);
  assert_true(brinkGazPart(gGaz, "UKR", 0, GAZ_PART_E, &rLatE, &rLonE));
  assert_true(brinkGazPart(gGaz, "UKR", 0, GAZ_PART_W, &rLatW, &rLonW));
  assert_true(rLonE>34.0 && rLonW<29.0);
  assert_true(brinkGazPart(gGaz, "UKR", 0, GAZ_PART_N|GAZ_PART_E, &rLatNE, &rLonNE));
  assert_true(rLonNE>rLonW && rLatNE>rLatS);
  assert_false(brinkGazPart(gGaz, "ZZZ", 0, GAZ_PART_N, &rLatN, &rLonN));
  assert_false(brinkGazPart(gGaz, "UKR", 0, 0, &rLatN, &rLonN));
}

static void countDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  (void)zFile; (void)iLine; (void)iCol; (void)zMsg;
  (*(int*)pArg)++;
}
static void test_missing_files_are_reported(void **state){
  (void)state;
  int nDiag = 0;
  char *zErr = 0;
  Gazetteer *g = brinkGazetteerLoad("/nonexistent/brink-geo", countDiag, &nDiag, &zErr);
  /* no data at all still gives a usable, empty gazetteer; both missing
  ** files (the generated table and gazetteer.txt) are reported */
  assert_non_null(g);
  assert_null(zErr);
  assert_int_equal(nDiag, 2);
  const GazEntry *const *a;
  assert_int_equal(brinkGazLookup(g, "paris", 5, &a), 0);
  brinkGazetteerFree(g);
}

/* ---- Places ------------------------------------------------------------------ */

static void test_place_cues(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *az[] = {"Russia deployed troops in occupied Crimea and on the border with Ukraine.",
                      "Moscow confirmed the proposal.", 0};
  FactsStory *p = facts(&A, az);
  const FactsPlace *c = place(p, "Crimea");
  assert_non_null(c);
  assert_int_equal(c->eCue, FCUE_AT);
  assert_string_equal(c->zMention, "in occupied Crimea");
  const FactsPlace *u = place(p, "Ukraine");
  assert_non_null(u);
  assert_true(u->bBorder);
  const FactsPlace *m = place(p, "Moscow");
  assert_non_null(m);                        /* named, for context ... */
  assert_int_equal(m->eCue, FCUE_NONE);     /* ... but not where anything happened */
  brinkArenaFree(&A);
}

static void test_resolution_from_story(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *azTx[] = {"A tornado hit Texas on Monday.", "Crews were sent to Paris.", 0};
  const FactsPlace *pl = place(facts(&A, azTx), "Paris");
  assert_non_null(pl);
  assert_string_equal(pl->pEnt->zAdm1, "US-TX");
  brinkArenaReset(&A);
  const char *azFr[] = {"Macron returned to Paris.", 0};
  pl = place(facts(&A, azFr), "Paris");
  assert_string_equal(pl->pEnt->zCountry, "FRA");
  brinkArenaReset(&A);
  const char *azGa[] = {"The governor spoke in Atlanta.", "The vote in Georgia was close.", 0};
  pl = place(facts(&A, azGa), "Georgia");
  assert_int_equal(pl->pEnt->eKind, GAZ_ADM1);
  brinkArenaReset(&A);
  const char *azGe[] = {"The vote in Georgia was close.", 0};
  pl = place(facts(&A, azGe), "Georgia");
  assert_int_equal(pl->pEnt->eKind, GAZ_COUNTRY);
  brinkArenaReset(&A);
  /* a divided region takes the country the story names */
  const char *azPk[] = {"Pakistan said its army shelled posts in Kashmir.", 0};
  pl = place(facts(&A, azPk), "Kashmir");
  assert_string_equal(pl->zCountry, "PAK");
  brinkArenaFree(&A);
}

static void test_event_location_rules(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *z0 = "Fighting broke out near Donetsk on Monday.";
  const char *z1 = "Ukraine accused Russia of shelling.";
  const char *z2 = "NATO warned Russia in Brussels.";
  const char *az[] = {z0, z1, z2, 0};
  FactsStory *p = brinkFactsBegin(gGaz, &A);
  brink_event e;
  for(int i=0; az[i]; i++){
    Tok *a; int n = analyse(&A, az[i], &a);
    assert_int_equal(brinkFactsSentence(p, i, a, n, az[i], 0), BRINK_OK);
    memset(&e, 0, sizeof e);
    if( i==1 ){
      /* no place in the sentence: the story's, in an actor's country */
      assert_int_equal(brinkFactsAttach(p, 1, tokenOf(&A, z1, "accused"), "UKR", "RUS", &e), BRINK_OK);
      assert_non_null(e.pLocation);
      assert_string_equal(e.pLocation->zName, "Donetsk");
      assert_string_equal(e.pLocation->zHow, "story");
      /* the story's place lies in neither actor's country: the source's country */
      memset(&e, 0, sizeof e);
      assert_int_equal(brinkFactsAttach(p, 1, tokenOf(&A, z1, "accused"), "USAGOV", "CHN", &e), BRINK_OK);
      assert_string_equal(e.pLocation->zName, "United States");
      assert_string_equal(e.pLocation->zHow, "actor");
      assert_string_equal(e.pLocation->zMention, "");
    }
    if( i==2 ){
      assert_int_equal(brinkFactsAttach(p, 2, tokenOf(&A, z2, "warned"), "IGONAT", "RUS", &e), BRINK_OK);
      assert_string_equal(e.pLocation->zName, "Brussels");
      assert_string_equal(e.pLocation->zCountry, "BEL");
      assert_string_equal(e.pLocation->zHow, "sentence");
      /* an IGO with no country and no place: no pin at all */
      memset(&e, 0, sizeof e);
    }
  }
  brinkArenaFree(&A);
}

static void test_fallback_rules(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *z = "The talks were described as useful.";
  FactsStory *p = brinkFactsBegin(gGaz, &A);
  Tok *a; int n = analyse(&A, z, &a);
  assert_int_equal(brinkFactsSentence(p, 0, a, n, z, 0), BRINK_OK);
  brink_event e;
  /* a visit (042) happens at the target's; hosting one (043) at the source's */
  memset(&e, 0, sizeof e); e.zCode = "042";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "JPNGOV", "USAGOV", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zCountry, "USA");
  assert_string_equal(e.pLocation->zHow, "actor");
  memset(&e, 0, sizeof e); e.zCode = "043";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "JPNGOV", "USAGOV", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zCountry, "JPN");
  /* force (18-20) is done in the target's territory */
  memset(&e, 0, sizeof e); e.zCode = "190";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "IRQMIL", "IRN", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zCountry, "IRN");
  /* an organisation with a seat: there, not in the target's country */
  memset(&e, 0, sizeof e); e.zCode = "130";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "IGOWTO", "USA", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zName, "Geneva");
  assert_string_equal(e.pLocation->zCountry, "CHE");
  assert_string_equal(e.pLocation->zHow, "actor");
  /* a visit to one: its seat */
  memset(&e, 0, sizeof e); e.zCode = "042";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "GBRGOV", "IGOEU", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zName, "Brussels");
  /* an organisation with no one seat (G7): the target's country, as before */
  memset(&e, 0, sizeof e); e.zCode = "130";
  assert_int_equal(brinkFactsAttach(p, 0, 2, "IGOG7", "JPN", &e), BRINK_OK);
  assert_string_equal(e.pLocation->zCountry, "JPN");
  brinkArenaFree(&A);
}

static void test_destinations(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *az[] = {"Reagan banned arms shipments to Tehran.", "Bangemann flew to Washington.",
    "His trip has taken him to London, Paris and Bonn.", 0};
  FactsStory *p = facts(&A, az);
  const FactsPlace *pl;
  assert_non_null(pl = place(p, "Tehran"));    assert_int_equal(pl->eCue, FCUE_TO); assert_false(pl->bMotion);
  assert_non_null(pl = place(p, "Washington")); assert_true(pl->bMotion);
  assert_non_null(pl = place(p, "London"));    assert_true(pl->bMotion);
  assert_non_null(pl = place(p, "Bonn"));      assert_true(pl->bMotion);
  assert_string_equal(pl->pEnt->zAdm1, "DE-NW");
  brinkArenaFree(&A);
}

static void test_no_actor_country_no_pin(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *z = "The alliance issued a statement.";
  FactsStory *p = brinkFactsBegin(gGaz, &A);
  Tok *a; int n = analyse(&A, z, &a);
  assert_int_equal(brinkFactsSentence(p, 0, a, n, z, 0), BRINK_OK);
  brink_event e; memset(&e, 0, sizeof e);
  assert_int_equal(brinkFactsAttach(p, 0, 2, "IGONAT", "IGOEUREU", &e), BRINK_OK);
  assert_null(e.pLocation);
  brinkArenaFree(&A);
}

/* ---- Quantities ----------------------------------------------------------------- */

static void test_quantities_clause(void **state){
  (void)state;
  Arena A; brinkArenaInit(&A);
  const char *z = "Russia moved 15 ships to the Black Sea, while the United States sent two warships.";
  FactsStory *p = brinkFactsBegin(gGaz, &A);
  Tok *a; int n = analyse(&A, z, &a);
  assert_int_equal(brinkFactsSentence(p, 0, a, n, z, 0), BRINK_OK);
  brink_event e; memset(&e, 0, sizeof e);
  assert_int_equal(brinkFactsAttach(p, 0, tokenOf(&A, z, "moved"), "RUS", "", &e), BRINK_OK);
  assert_int_equal(e.nQuantity, 1);
  assert_string_equal(e.aQuantity[0].zUnit, "ships");
  assert_string_equal(e.aQuantity[0].zText, "15 ships");
  assert_string_equal(e.pLocation->zName, "Black Sea");
  assert_string_equal(e.pLocation->zCountry, "");       /* open sea */
  memset(&e, 0, sizeof e);
  assert_int_equal(brinkFactsAttach(p, 0, tokenOf(&A, z, "sent"), "USA", "", &e), BRINK_OK);
  assert_int_equal(e.nQuantity, 1);
  assert_string_equal(e.aQuantity[0].zUnit, "warships");
  assert_true(e.aQuantity[0].rMin==2 && e.aQuantity[0].rMax==2);
  brinkArenaFree(&A);
}

static void test_quantity_values(void **state){
  (void)state;
  static const struct { const char *z; double lo, hi; const char *zQual, *zUnit; } aCase[] = {
    {"This equates to around 20,000 - 25,000 soldiers.", 20000, 25000, "around", "soldiers"},
    {"Russia has deployed at least 28 battalion tactical groups.", 28, 28, "at least", "battalion tactical groups"},
    {"A 1,000-strong force arrived.", 1000, 1000, "", "personnel"},
    {"Washington sent $1.5 billion in aid.", 1.5e9, 1.5e9, "", "USD"},
    {"Between 20 and 30 fighters attacked.", 20, 30, "", "fighters"},
    {"Two dozen marines landed.", 24, 24, "", "marines"},
    {"Hundreds of protesters gathered.", 200, 999, "", "protesters"},
    {"The tanks are 150 miles from the border.", 150, 150, "", "miles"},
  };
  for(size_t k=0; k<sizeof aCase/sizeof aCase[0]; k++){
    Arena A; brinkArenaInit(&A);
    Tok *a; int n = analyse(&A, aCase[k].z, &a);
    QtyHit *aH;
    int nH = brinkQuantitiesFind(&A, a, n, aCase[k].z, 0, &aH);
    if( nH!=1 ) fail_msg("%s: %d quantities", aCase[k].z, nH);
    assert_true(aH[0].q.rMin==aCase[k].lo && aH[0].q.rMax==aCase[k].hi);
    assert_string_equal(aH[0].q.zQualifier, aCase[k].zQual);
    assert_string_equal(aH[0].q.zUnit, aCase[k].zUnit);
    brinkArenaFree(&A);
  }
}

static void test_not_quantities(void **state){
  (void)state;
  static const char *const az[] = {
    "In 1990 troops were withdrawn.", "The conflict dates back to the 1990s.",
    "The council adopted Resolution 2231 in 2015.", "Pakistan wants F-16 jets.",
    "Russia lost T-72 tanks.", "The bill passed in a 2-1 vote.", "Call +1 202-555-0143 now.",
    "Talks resume on April 13, 2021.", "The truce began on 27 July at 10:30.", "Flight 752 crashed.",
  };
  for(size_t k=0; k<sizeof az/sizeof az[0]; k++){
    Arena A; brinkArenaInit(&A);
    Tok *a; int n = analyse(&A, az[k], &a);
    QtyHit *aH;
    int nH = brinkQuantitiesFind(&A, a, n, az[k], 0, &aH);
    if( nH!=0 ) fail_msg("%s: false quantity '%s'", az[k], aH[0].q.zText);
    brinkArenaFree(&A);
  }
}

/* ---- Whole stories, two threads, one engine ------------------------------------- */

typedef struct Job { const brink_engine *pEng; char zOut[8192]; int rc; } Job;
static void *codeJob(void *pArg){
  Job *j = pArg;
  brink_coder *c = brink_coder_new(j->pEng);
  brink_story s; memset(&s, 0, sizeof s);
  s.zId = "t"; s.zDate = "2021-04-13";
  s.zText = "Russia has deployed at least 28 battalion tactical groups in occupied Crimea. "
            "NATO issued a warning to Russia in Brussels.";
  s.nText = strlen(s.zText);
  brink_buf b = {0, 0, 0};
  for(int rep=0; rep<50; rep++){
    const brink_event *aEv; size_t nEv;
    j->rc = brink_code_story(c, &s, &aEv, &nEv);
    if( j->rc ) break;
    b.n = 0;
    for(size_t i=0; i<nEv; i++) brink_event_format(&aEv[i], BRINK_OUT_JSON, &b);
  }
  snprintf(j->zOut, sizeof j->zOut, "%s", b.z ? b.z : "");
  brink_buf_free(&b);
  brink_coder_free(c);
  return 0;
}

static void test_threads_share_gazetteer(void **state){
  (void)state;
  char *zErr = 0;
  brink_engine *pEng = brink_engine_new(0, &zErr);
  assert_non_null(pEng);
  Job j1, j2;
  memset(&j1, 0, sizeof j1); memset(&j2, 0, sizeof j2);
  j1.pEng = j2.pEng = pEng;
  pthread_t t1, t2;
  pthread_create(&t1, 0, codeJob, &j1);
  pthread_create(&t2, 0, codeJob, &j2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  assert_int_equal(j1.rc, 0);
  assert_string_equal(j1.zOut, j2.zOut);
  assert_non_null(strstr(j1.zOut, "\"location\":{\"mention\":\"in occupied Crimea\""));
  assert_non_null(strstr(j1.zOut, "\"unit\":\"battalion tactical groups\""));
  assert_non_null(strstr(j1.zOut, "\"name\":\"Brussels\""));
  /* TSV carries the same, in its six new columns */
  const char *zH = brink_tsv_header();
  assert_non_null(strstr(zH, "\tlocation_name\tcountry\tadm1\tlat\tlon\tquantities\n"));
  brink_engine_free(pEng);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_gazetteer_sources),
    cmocka_unit_test(test_keys_fold),
    cmocka_unit_test(test_lookup_ambiguous),
    cmocka_unit_test(test_lookup_by_code),
    cmocka_unit_test(test_country_parts),
    cmocka_unit_test(test_missing_files_are_reported),
    cmocka_unit_test(test_place_cues),
    cmocka_unit_test(test_resolution_from_story),
    cmocka_unit_test(test_event_location_rules),
    cmocka_unit_test(test_fallback_rules),
    cmocka_unit_test(test_destinations),
    cmocka_unit_test(test_no_actor_country_no_pin),
    cmocka_unit_test(test_quantities_clause),
    cmocka_unit_test(test_quantity_values),
    cmocka_unit_test(test_not_quantities),
    cmocka_unit_test(test_threads_share_gazetteer),
    cmocka_unit_test(test_coordinates_exact),
  };
  return cmocka_run_group_tests(tests, setupGaz, teardownGaz);
}
