/*
** test_text.c — unit tests for the sentence splitter (src/split.c) and the
** tokenizer (src/token.c), through their internal API in src/text.h.
**
** Splitter cases give a text and the sentences expected, one per string,
** so each case reads as the input and its answer.  Tokenizer cases give a
** sentence and its tokens joined by '|'; flags and offsets are checked in
** cases of their own.  Every sentence here was written for these tests.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text.h"

/* ---- Splitter helpers --------------------------------------------------- */

#define MAX_SENT 32
typedef struct Sents {
  const char *z;
  size_t n;
  size_t aStart[MAX_SENT], aEnd[MAX_SENT];
  size_t nSent;
} Sents;

static void collectSent(void *pArg, size_t iStart, size_t iEnd){
  Sents *p = pArg;
  assert_true(iStart < iEnd);
  assert_true(iEnd <= p->n);
  if( p->nSent>0 ) assert_true(iStart >= p->aEnd[p->nSent-1]);
  assert_true(p->nSent < MAX_SENT);
  p->aStart[p->nSent] = iStart;
  p->aEnd[p->nSent] = iEnd;
  p->nSent++;
}

/* Split zText and compare with the NULL-terminated list of sentences. */
static void expectSplit(const char *zText, ...){
  Sents s;
  memset(&s, 0, sizeof s);
  s.z = zText;
  s.n = strlen(zText);
  size_t nRet = brinkSplit(zText, s.n, collectSent, &s);
  assert_int_equal(nRet, s.nSent);
  va_list ap;
  va_start(ap, zText);
  size_t i = 0;
  const char *zWant;
  while( (zWant = va_arg(ap, const char*))!=0 ){
    if( i>=s.nSent ){
      va_end(ap);
      fail_msg("text <%s>: only %zu sentences, wanted <%s> next", zText, s.nSent, zWant);
    }
    size_t n = s.aEnd[i] - s.aStart[i];
    if( n!=strlen(zWant) || memcmp(zText + s.aStart[i], zWant, n)!=0 ){
      va_end(ap);
      fail_msg("text <%s>: sentence %zu is <%.*s>, wanted <%s>", zText, i, (int)n,
               zText + s.aStart[i], zWant);
    }
    i++;
  }
  va_end(ap);
  if( i!=s.nSent ){
    fail_msg("text <%s>: %zu sentences, wanted %zu; extra: <%.*s>", zText, s.nSent, i,
             (int)(s.aEnd[i]-s.aStart[i]), zText + s.aStart[i]);
  }
}

/* ---- Splitter tests ----------------------------------------------------- */

static void test_split_basic(void **state){
  (void)state;
  expectSplit("The ferry left Tallinn at dawn. It reached Helsinki by noon! Was anyone hurt? No.",
              "The ferry left Tallinn at dawn.", "It reached Helsinki by noon!",
              "Was anyone hurt?", "No.", NULL);
  /* a last sentence with no final punctuation still counts */
  expectSplit("Talks ended. Both delegations flew home",
              "Talks ended.", "Both delegations flew home", NULL);
  /* one sentence, spaces around it trimmed */
  expectSplit("   Harbour workers went on strike.   ", "Harbour workers went on strike.", NULL);
  /* a rule of spaced dashes between the items of a digest ends a sentence
  ** even without a period; one or two dashes do not */
  expectSplit("Talks ended. - - - - OSLO - Ferries resumed - - - - RIGA - Ports shut.",
              "Talks ended.", "OSLO - Ferries resumed", "RIGA - Ports shut.", NULL);
  expectSplit("Prices rose - - sharply.", "Prices rose - - sharply.", NULL);
}

static void test_split_empty(void **state){
  (void)state;
  Sents s;
  memset(&s, 0, sizeof s);
  assert_int_equal(brinkSplit("", 0, collectSent, &s), 0);
  assert_int_equal(s.nSent, 0);
  s.n = 7;
  assert_int_equal(brinkSplit(" \n\t \n  ", 7, collectSent, &s), 0);
  assert_int_equal(s.nSent, 0);
  /* only the first n bytes are read: the rest of the buffer is ignored */
  const char *z = "Quiet day. Loud night.";
  s.n = 10;
  assert_int_equal(brinkSplit(z, 10, collectSent, &s), 1);
  assert_int_equal(s.aEnd[0], 10);
}

static void test_split_null_callback(void **state){
  (void)state;
  const char *z = "One ship sank. Two ships returned. Three were missing.";
  assert_int_equal(brinkSplit(z, strlen(z), NULL, NULL), 3);
}

static void test_split_titles_and_initials(void **state){
  (void)state;
  expectSplit("Gen. Okafor met Dr. Lindqvist and Mr. Haddad in the capital. They spoke for an hour.",
              "Gen. Okafor met Dr. Lindqvist and Mr. Haddad in the capital.",
              "They spoke for an hour.", NULL);
  expectSplit("The letter was signed by Maria T. Velasquez on Monday. Nobody replied.",
              "The letter was signed by Maria T. Velasquez on Monday.", "Nobody replied.", NULL);
  expectSplit("Sen. Whitcombe and Rep. Adeyemi voted against it. Lt. Col. Brandt abstained.",
              "Sen. Whitcombe and Rep. Adeyemi voted against it.",
              "Lt. Col. Brandt abstained.", NULL);
}

static void test_split_numbers(void **state){
  (void)state;
  /* a decimal point is not a boundary (no space after it) */
  expectSplit("Inflation rose 2.5 percent in May. Prices of grain led the rise.",
              "Inflation rose 2.5 percent in May.", "Prices of grain led the rise.", NULL);
  /* a sentence may start with a digit */
  expectSplit("The vote was close. 214 members backed the bill.",
              "The vote was close.", "214 members backed the bill.", NULL);
}

static void test_split_dotted_abbreviations(void **state){
  (void)state;
  /* "U.S." followed by a lower-case word: no boundary */
  expectSplit("The U.S. envoy arrived late. She left early.",
              "The U.S. envoy arrived late.", "She left early.", NULL);
  /* "U.S." at the end, then a typical opener: a boundary */
  expectSplit("The loan came from the U.S. The terms were not published.",
              "The loan came from the U.S.", "The terms were not published.", NULL);
  /* "U.S." then a capitalised word that is not an opener: no boundary */
  expectSplit("Aid from the U.S. Congress was delayed.",
              "Aid from the U.S. Congress was delayed.", NULL);
  /* "a.m." and "Jr." behave the same way */
  expectSplit("The meeting began at 9 a.m. and ended at noon.",
              "The meeting began at 9 a.m. and ended at noon.", NULL);
  expectSplit("The award went to Elias Brandt Jr. He accepted it in person.",
              "The award went to Elias Brandt Jr.", "He accepted it in person.", NULL);
  expectSplit("Shares of Norbeck Inc. fell sharply.", "Shares of Norbeck Inc. fell sharply.", NULL);
}

static void test_split_quotes_and_brackets(void **state){
  (void)state;
  /* closing quotes and brackets stay with their sentence */
  expectSplit("\"We will not leave,\" the mayor said. \"Never.\" The crowd cheered.",
              "\"We will not leave,\" the mayor said.", "\"Never.\"", "The crowd cheered.", NULL);
  expectSplit("The port reopened (after a week.) Ships queued outside.",
              "The port reopened (after a week.)", "Ships queued outside.", NULL);
  /* a sentence may begin with an opening quote or bracket */
  expectSplit("Rain fell. 'Stay inside,' officials warned. (Schools closed.)",
              "Rain fell.", "'Stay inside,' officials warned.", "(Schools closed.)", NULL);
}

static void test_split_punctuation_runs(void **state){
  (void)state;
  expectSplit("Did the treaty pass?! Nobody could say... The count went on.",
              "Did the treaty pass?!", "Nobody could say...", "The count went on.", NULL);
}

static void test_split_lowercase_continuation(void **state){
  (void)state;
  /* a period followed by a lower-case word is not a boundary */
  expectSplit("The figure was approx. three thousand. Later counts differed.",
              "The figure was approx. three thousand.", "Later counts differed.", NULL);
  expectSplit("They met at the old mill. and then left.",
              "They met at the old mill. and then left.", NULL);
}

static void test_split_paragraphs_and_headlines(void **state){
  (void)state;
  /* a single newline inside a paragraph is a space */
  expectSplit("Fishing boats stayed\nin the harbour. Storms were forecast.",
              "Fishing boats stayed\nin the harbour.", "Storms were forecast.", NULL);
  /* a headline without punctuation, then a blank line, is a sentence */
  expectSplit("Floods close mountain pass\n\nThe road will stay shut until Friday.",
              "Floods close mountain pass", "The road will stay shut until Friday.", NULL);
  /* blank lines holding spaces, tabs and CRs are paragraph breaks too */
  expectSplit("First paragraph ends here\n \t\r\n\nSecond paragraph starts here.",
              "First paragraph ends here", "Second paragraph starts here.", NULL);
}

static void test_split_utf8(void **state){
  (void)state;
  /* a sentence may start with a non-ASCII letter */
  expectSplit("The minister resigned. Óscar Ibáñez replaced him.",
              "The minister resigned.", "Óscar Ibáñez replaced him.", NULL);
  expectSplit("Делегация прибыла. Переговоры начались.",
              "Делегация прибыла.", "Переговоры начались.", NULL);
}

/* ---- Tokenizer helpers -------------------------------------------------- */

/* Tokenise zSent and compare the tokens, joined with '|', to zWant. */
static void expectTokens(const char *zSent, const char *zWant){
  Arena a;
  brinkArenaInit(&a);
  Tok *aTok = 0;
  int nTok = brinkTokenize(&a, zSent, strlen(zSent), 0, &aTok);
  assert_true(nTok >= 0);
  char zGot[1024];
  size_t n = 0;
  zGot[0] = 0;
  for(int i=0; i<nTok; i++){
    assert_true(n + (size_t)aTok[i].n + 2 < sizeof zGot);
    if( i ) zGot[n++] = '|';
    memcpy(zGot+n, aTok[i].z, (size_t)aTok[i].n);
    n += (size_t)aTok[i].n;
    zGot[n] = 0;
  }
  brinkArenaFree(&a);
  if( strcmp(zGot, zWant)!=0 ) fail_msg("<%s>: tokens <%s>, wanted <%s>", zSent, zGot, zWant);
}

/* Tokenise and return the token array (arena owned by the caller). */
static int tokenize(Arena *pA, const char *z, size_t iBase, Tok **paTok){
  brinkArenaInit(pA);
  int n = brinkTokenize(pA, z, strlen(z), iBase, paTok);
  assert_true(n >= 0);
  return n;
}

/* ---- Tokenizer tests ---------------------------------------------------- */

static void test_tok_words_and_punct(void **state){
  (void)state;
  expectTokens("Customs officers seized 12 crates, a report said.",
               "Customs|officers|seized|12|crates|,|a|report|said|.");
  expectTokens("Why now?", "Why|now|?");
  expectTokens("  spaced   out  ", "spaced|out");
  expectTokens("(see: annex; table 4)", "(|see|:|annex|;|table|4|)");
  /* an underscore between words separates them, as in the peer formats */
  expectTokens("the Prince of Dol_Amroth", "the|Prince|of|Dol|Amroth");
  expectTokens("_x_ a_", "_|x|_|a|_");
  expectTokens("", "");
}

static void test_tok_numbers(void **state){
  (void)state;
  expectTokens("About 20,000 people marched.", "About|20,000|people|marched|.");
  expectTokens("Growth was 1.5 percent.", "Growth|was|1.5|percent|.");
  expectTokens("Between 20,000 - 25,000 fled.", "Between|20,000|-|25,000|fled|.");
  /* a number glued to letters is a word */
  expectTokens("The 15th round", "The|15th|round");
  expectTokens("on 2021-04-13 at noon", "on|2021-04-13|at|noon");
  /* a trailing comma or period is not part of the number */
  expectTokens("It cost 40, then 50.", "It|cost|40|,|then|50|.");
}

static void test_tok_hyphens_and_abbrev(void **state){
  (void)state;
  expectTokens("Both sides must de-escalate now.", "Both|sides|must|de-escalate|now|.");
  expectTokens("Two F-16 jets landed.", "Two|F-16|jets|landed|.");
  /* a dangling hyphen is punctuation */
  expectTokens("pre- and post-war", "pre|-|and|post-war");
  expectTokens("The U.S. team won.", "The|U.S.|team|won|.");
  expectTokens("Gen. Okafor spoke.", "Gen.|Okafor|spoke|.");
  expectTokens("He met Elias Brandt Jr. today.", "He|met|Elias|Brandt|Jr.|today|.");
  /* an ordinary word keeps no final period */
  expectTokens("They left Oslo.", "They|left|Oslo|.");
  expectTokens("AT&T and R&D", "AT&T|and|R&D");
  expectTokens("Wait... now -- go", "Wait|...|now|--|go");
}

static void test_tok_clitics(void **state){
  (void)state;
  expectTokens("Norway's navy didn't sail.", "Norway|'s|navy|did|n't|sail|.");
  expectTokens("They're sure we'll win and I'm glad.", "They|'re|sure|we|'ll|win|and|I|'m|glad|.");
  expectTokens("the ministers' statement", "the|ministers|'|statement");
  expectTokens("can't stop", "ca|n't|stop");
  /* a quote that is not a clitic is punctuation */
  expectTokens("'Enough,' she said.", "'|Enough|,|'|she|said|.");
}

static void test_tok_utf8(void **state){
  (void)state;
  expectTokens("Zelenskyy met Erdoğan in Ankara.", "Zelenskyy|met|Erdoğan|in|Ankara|.");
  expectTokens("Делегация прибыла в Киев.", "Делегация|прибыла|в|Киев|.");
  expectTokens("Łódź's mayor", "Łódź|'s|mayor");
}

static void test_tok_fields(void **state){
  (void)state;
  Arena a;
  Tok *aTok;
  const char *z = "NATO Ministers met A Delegation.";
  int n = tokenize(&a, z, 100, &aTok);
  assert_int_equal(n, 6);
  for(int i=0; i<n; i++){
    /* z points into the input, zLow is a NUL-terminated lower-case copy */
    assert_true(aTok[i].z >= z && aTok[i].z + aTok[i].n <= z + strlen(z));
    assert_int_equal(strlen(aTok[i].zLow), (size_t)aTok[i].n);
    for(int k=0; k<aTok[i].n; k++){
      char c = aTok[i].z[k];
      assert_int_equal(aTok[i].zLow[k], (c>='A' && c<='Z') ? c-'A'+'a' : c);
    }
    assert_ptr_equal(aTok[i].zLemma, aTok[i].zLow);
    assert_int_equal(aTok[i].eTag, 0);
    assert_int_equal(aTok[i].iChunk, -1);
    /* offsets are in the story: iBase plus the position in the sentence */
    assert_int_equal(aTok[i].iOff, 100 + (size_t)(aTok[i].z - z));
  }
  assert_int_equal(aTok[0].iOff, 100);
  assert_int_equal(aTok[1].iOff, 105);
  assert_string_equal(aTok[1].zLow, "ministers");
  /* NATO: all capitals; Ministers: capital first letter; A: one letter only */
  assert_true(aTok[0].flags & TOKF_CAP);
  assert_true(aTok[0].flags & TOKF_ALLCAP);
  assert_true(aTok[1].flags & TOKF_CAP);
  assert_false(aTok[1].flags & TOKF_ALLCAP);
  assert_false(aTok[2].flags & TOKF_CAP);
  assert_true(aTok[3].flags & TOKF_CAP);
  assert_false(aTok[3].flags & TOKF_ALLCAP);
  assert_true(aTok[5].flags & TOKF_PUNCT);
  assert_false(aTok[4].flags & TOKF_PUNCT);
  /* only the first word is FIRST */
  assert_true(aTok[0].flags & TOKF_FIRST);
  for(int i=1; i<n; i++) assert_false(aTok[i].flags & TOKF_FIRST);
  brinkArenaFree(&a);
}

static void test_tok_number_and_hyphen_flags(void **state){
  (void)state;
  Arena a;
  Tok *aTok;
  int n = tokenize(&a, "20,000 troops de-escalate 15th", 0, &aTok);
  assert_int_equal(n, 4);
  assert_true(aTok[0].flags & TOKF_NUM);
  assert_false(aTok[1].flags & TOKF_NUM);
  assert_true(aTok[2].flags & TOKF_HYPHEN);
  assert_false(aTok[1].flags & TOKF_HYPHEN);
  assert_false(aTok[3].flags & TOKF_NUM);
  brinkArenaFree(&a);
}

static void test_tok_quotes(void **state){
  (void)state;
  Arena a;
  Tok *aTok;
  /* "  We  will  stay  ,  "  the  mayor  said  . */
  int n = tokenize(&a, "\"We will stay,\" the mayor said.", 0, &aTok);
  assert_int_equal(n, 10);
  assert_true(aTok[0].flags & TOKF_QUOTE);
  assert_true(aTok[0].flags & TOKF_PUNCT);
  /* FIRST skips the opening quote */
  assert_false(aTok[0].flags & TOKF_FIRST);
  assert_true(aTok[1].flags & TOKF_FIRST);
  for(int i=1; i<=4; i++) assert_true(aTok[i].flags & TOKF_INQUOTE);
  assert_true(aTok[5].flags & TOKF_QUOTE);
  for(int i=6; i<n; i++) assert_false(aTok[i].flags & TOKF_INQUOTE);
  brinkArenaFree(&a);

  /* an apostrophe clitic is neither a quote nor opens a quotation */
  n = tokenize(&a, "Norway's navy sailed.", 0, &aTok);
  assert_int_equal(n, 5);
  assert_string_equal(aTok[1].zLow, "'s");
  assert_false(aTok[1].flags & TOKF_QUOTE);
  for(int i=0; i<n; i++) assert_false(aTok[i].flags & TOKF_INQUOTE);
  brinkArenaFree(&a);
}

/* More tokens than the first array holds: the array grows and keeps order. */
static void test_tok_many(void **state){
  (void)state;
  enum { N = 700 };
  char *z = malloc(N*8 + 1);
  assert_non_null(z);
  size_t n = 0;
  for(int i=0; i<N; i++) n += (size_t)sprintf(z+n, "w%d ", i);
  Arena a;
  Tok *aTok;
  brinkArenaInit(&a);
  int nTok = brinkTokenize(&a, z, n, 5, &aTok);
  assert_int_equal(nTok, N);
  for(int i=0; i<N; i++){
    char zW[16];
    snprintf(zW, sizeof zW, "w%d", i);
    assert_string_equal(aTok[i].zLow, zW);
    assert_int_equal(aTok[i].iOff, 5 + (size_t)(aTok[i].z - z));
  }
  brinkArenaFree(&a);
  free(z);
}

/* The tokenizer never reads past n: a sentence cut out of a longer text. */
static void test_tok_bounded(void **state){
  (void)state;
  const char *z = "Ships docked. U.S.-flagged vessels waited";
  Arena a;
  Tok *aTok;
  brinkArenaInit(&a);
  int n = brinkTokenize(&a, z, 12, 0, &aTok);   /* "Ships docked" */
  assert_int_equal(n, 2);
  assert_int_equal(aTok[1].n, 6);
  brinkArenaFree(&a);
  /* a heap copy of exactly the bytes, so ASan sees any over-read */
  const char *azCase[] = { "U.S", "U.", "20,", "1.", "don'", "n'", "'", "...", "--", "a-", "A&", "Gen" };
  for(size_t i=0; i<sizeof azCase/sizeof azCase[0]; i++){
    size_t nC = strlen(azCase[i]);
    char *zC = malloc(nC);
    assert_non_null(zC);
    memcpy(zC, azCase[i], nC);
    brinkArenaInit(&a);
    n = brinkTokenize(&a, zC, nC, 0, &aTok);
    assert_true(n >= 1);
    size_t nSum = 0;
    for(int k=0; k<n; k++) nSum += (size_t)aTok[k].n;
    assert_int_equal(nSum, nC);   /* no spaces: every byte is in some token */
    brinkArenaFree(&a);
    free(zC);
  }
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_split_basic),
    cmocka_unit_test(test_split_empty),
    cmocka_unit_test(test_split_null_callback),
    cmocka_unit_test(test_split_titles_and_initials),
    cmocka_unit_test(test_split_numbers),
    cmocka_unit_test(test_split_dotted_abbreviations),
    cmocka_unit_test(test_split_quotes_and_brackets),
    cmocka_unit_test(test_split_punctuation_runs),
    cmocka_unit_test(test_split_lowercase_continuation),
    cmocka_unit_test(test_split_paragraphs_and_headlines),
    cmocka_unit_test(test_split_utf8),
    cmocka_unit_test(test_tok_words_and_punct),
    cmocka_unit_test(test_tok_numbers),
    cmocka_unit_test(test_tok_hyphens_and_abbrev),
    cmocka_unit_test(test_tok_clitics),
    cmocka_unit_test(test_tok_utf8),
    cmocka_unit_test(test_tok_fields),
    cmocka_unit_test(test_tok_number_and_hyphen_flags),
    cmocka_unit_test(test_tok_quotes),
    cmocka_unit_test(test_tok_many),
    cmocka_unit_test(test_tok_bounded),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
