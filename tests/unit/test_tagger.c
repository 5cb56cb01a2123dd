/*
** test_tagger.c — unit tests for the tagger, lemmatiser and NP chunker.
**
** Sentences are built by hand as Tok arrays with the flags the tokenizer
** would set (lexicon.h), so these tests depend only on src/tagger.c,
** src/lexicon.c, src/chunk.c and the generated tables.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <ctype.h>
#include <string.h>
#include "lexicon.h"

#define MAXTOK 160

typedef struct Sent {
  Tok aTok[MAXTOK];
  char azLow[MAXTOK][48];
  int nTok;
} Sent;

/* Split zText on spaces into s->aTok, setting flags as the tokenizer does. */
static void sentBuild(Sent *s, const char *zText){
  memset(s, 0, sizeof *s);
  const char *p = zText;
  int bFirstDone = 0;
  while( *p && s->nTok<MAXTOK ){
    while( *p==' ' ) p++;
    if( !*p ) break;
    const char *zW = p;
    while( *p && *p!=' ' ) p++;
    int n = (int)(p-zW);
    assert_true(n<48);
    Tok *t = &s->aTok[s->nTok];
    char *zLow = s->azLow[s->nTok];
    int nAlpha = 0, nUpper = 0, nDigit = 0, nOther = 0;
    for(int i=0; i<n; i++){
      unsigned char c = (unsigned char)zW[i];
      zLow[i] = (char)tolower(c);
      if( isalpha(c) ){ nAlpha++; if( isupper(c) ) nUpper++; }
      else if( c>=0x80 ) nAlpha++;                /* UTF-8 letter bytes, caseless here */
      else if( isdigit(c) ) nDigit++;
      else if( c!=',' && c!='.' ) nOther++;
      if( c=='-' && i>0 && i<n-1 ) t->flags |= TOKF_HYPHEN;
    }
    zLow[n] = 0;
    if( nAlpha && isupper((unsigned char)zW[0]) ) t->flags |= TOKF_CAP;
    if( nAlpha>=2 && nUpper==nAlpha ) t->flags |= TOKF_ALLCAP;
    if( nDigit && !nAlpha && !nOther ) t->flags |= TOKF_NUM;
    if( !nAlpha && !nDigit ) t->flags |= TOKF_PUNCT;
    if( n==1 && zW[0]=='"' ) t->flags |= TOKF_QUOTE;
    if( !bFirstDone && !(t->flags & TOKF_QUOTE) ){ t->flags |= TOKF_FIRST; bFirstDone = 1; }
    t->z = zW; t->n = n; t->zLow = zLow; t->zLemma = zLow; t->iChunk = -1;
    s->nTok++;
  }
}

/* Tag zText and compare with the space-separated Penn tags in zWant. */
static void checkTags(const char *zText, const char *zWant){
  Sent s;
  char zGot[512] = "";
  sentBuild(&s, zText);
  brinkTagSentence(s.aTok, s.nTok);
  for(int i=0; i<s.nTok; i++){
    if( i ) strcat(zGot, " ");
    strcat(zGot, brinkTagName(s.aTok[i].eTag));
  }
  if( strcmp(zGot, zWant)!=0 ){
    print_error("sentence: %s\n  want: %s\n  got:  %s\n", zText, zWant, zGot);
  }
  assert_string_equal(zGot, zWant);
}

static void test_tag_names(void **state){
  (void)state;
  assert_string_equal(brinkTagName(TAG_NNP), "NNP");
  assert_string_equal(brinkTagName(TAG_PRPS), "PRP$");
  assert_string_equal(brinkTagName(TAG_NONE), "");
  assert_string_equal(brinkTagName(-1), "");
  assert_string_equal(brinkTagName(TAG__COUNT), "");
  for(int e=1; e<TAG__COUNT; e++){
    assert_int_equal(brinkTagFromName(brinkTagName(e)), e);
  }
  assert_int_equal(brinkTagFromName(","), TAG_PUNCT);
  assert_int_equal(brinkTagFromName("-LRB-"), TAG_PUNCT);
  assert_int_equal(brinkTagFromName("WP$"), TAG_WPS);
  assert_int_equal(brinkTagFromName("XYZ"), TAG_NONE);
  assert_int_equal(brinkTagFromName(""), TAG_NONE);
  assert_int_equal(brinkTagFromName(NULL), TAG_NONE);
}

static void test_tag_sentences(void **state){
  (void)state;
  checkTags("The soldiers arrested three men in Baghdad on Monday .",
            "DT NNS VBD CD NNS IN NNP IN NNP PUNCT");
  checkTags("Israeli troops killed 15 Palestinians in the Gaza Strip , officials said .",
            "JJ NNS VBD CD NNPS IN DT NNP NNP PUNCT NNS VBD PUNCT");
  checkTags("Arnor will restore full diplomatic ties with Gondor .",
            "NNP MD VB JJ JJ NNS IN NNP PUNCT");
  checkTags("The minister urged his counterpart to de-escalate the conflict .",
            "DT NN VBD PRP$ NN TO VB DT NN PUNCT");
  checkTags("She said the talks would resume next week .",
            "PRP VBD DT NNS MD VB JJ NN PUNCT");
}

static void test_tag_unknown_words(void **state){
  (void)state;
  Sent s;
  /* capitalised unknown mid-sentence -> NNP; -ed after auxiliary -> VBN;
  ** numbers -> CD; a lower-case unknown -ing word after a determiner */
  sentBuild(&s, "Rebels have blockaded Zorbistan for 12 days .");
  brinkTagSentence(s.aTok, s.nTok);
  assert_int_equal(s.aTok[2].eTag, TAG_VBN);
  assert_int_equal(s.aTok[3].eTag, TAG_NNP);
  assert_int_equal(s.aTok[5].eTag, TAG_CD);
  assert_int_equal(s.aTok[7].eTag, TAG_PUNCT);
  /* sentence-first capitalised known word keeps its lower-case reading */
  sentBuild(&s, "Officials denied the report .");
  brinkTagSentence(s.aTok, s.nTok);
  assert_int_equal(s.aTok[0].eTag, TAG_NNS);
  assert_int_equal(s.aTok[1].eTag, TAG_VBD);
  /* non-ASCII words are words, not symbols */
  sentBuild(&s, "Protesters marched in Z\xc3\xbcrich near \xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf .");
  brinkTagSentence(s.aTok, s.nTok);
  assert_int_equal(s.aTok[3].eTag, TAG_NNP);
  assert_true(TAG_IS_NOUN(s.aTok[5].eTag) || TAG_IS_ADJ(s.aTok[5].eTag));
  /* acronym mid-sentence */
  sentBuild(&s, "Troops fired at US officers .");
  brinkTagSentence(s.aTok, s.nTok);
  assert_int_equal(s.aTok[3].eTag, TAG_NNP);
}

static void test_tag_edge_cases(void **state){
  (void)state;
  Sent s;
  brinkTagSentence(NULL, 0);
  sentBuild(&s, "Hello");
  brinkTagSentence(s.aTok, 0);               /* nothing to do */
  brinkTagSentence(s.aTok, 1);
  assert_true(s.aTok[0].eTag!=TAG_NONE);
  /* longer than one decoding block: every token gets a tag */
  char zLong[2048] = "";
  for(int i=0; i<25; i++) strcat(zLong, "The army shelled the town . ");
  sentBuild(&s, zLong);
  assert_int_equal(s.nTok, 150);
  brinkTagSentence(s.aTok, s.nTok);
  for(int i=0; i<s.nTok; i++) assert_true(s.aTok[i].eTag!=TAG_NONE);
  /* the decoder works in 64-token blocks: tokens 62..65 straddle an edge */
  assert_int_equal(s.aTok[62].eTag, TAG_VBD);
  assert_int_equal(s.aTok[63].eTag, TAG_DT);
  assert_int_equal(s.aTok[64].eTag, TAG_NN);
  assert_int_equal(s.aTok[65].eTag, TAG_PUNCT);
  assert_int_equal(s.aTok[130].eTag, TAG_NN);   /* "town" in the third block */
  /* a token with no lower-case form */
  Tok t;
  memset(&t, 0, sizeof t);
  brinkTagSentence(&t, 1);
  assert_int_equal(t.eTag, TAG_NN);
}

static void checkLemma(const char *zWord, int eTag, const char *zWant){
  Arena a;
  brinkArenaInit(&a);
  const char *z = brinkLemma(zWord, (int)strlen(zWord), eTag, &a);
  if( strcmp(z, zWant)!=0 ) print_error("lemma(%s/%s): want %s got %s\n", zWord, brinkTagName(eTag), zWant, z);
  assert_string_equal(z, zWant);
  brinkArenaFree(&a);
}

static void test_lemmas(void **state){
  (void)state;
  checkLemma("talks", TAG_NNS, "talk");
  checkLemma("forces", TAG_NNS, "force");
  checkLemma("tensions", TAG_NNS, "tension");
  checkLemma("cities", TAG_NNS, "city");
  checkLemma("women", TAG_NNS, "woman");
  checkLemma("boxes", TAG_NNS, "box");
  checkLemma("deployed", TAG_VBD, "deploy");
  checkLemma("urged", TAG_VBD, "urge");
  checkLemma("spoke", TAG_VBD, "speak");
  checkLemma("de-escalated", TAG_VBN, "de-escalate");
  checkLemma("accumulates", TAG_VBZ, "accumulate");
  checkLemma("stopped", TAG_VBD, "stop");
  checkLemma("hoped", TAG_VBD, "hope");
  checkLemma("carried", TAG_VBN, "carry");
  checkLemma("agreed", TAG_VBD, "agree");
  checkLemma("running", TAG_VBG, "run");
  checkLemma("urging", TAG_VBG, "urge");
  checkLemma("meeting", TAG_VBG, "meet");
  checkLemma("is", TAG_VBZ, "be");
  checkLemma("are", TAG_VBP, "be");
  checkLemma("said", TAG_VBD, "say");
  checkLemma("larger", TAG_JJR, "large");
  checkLemma("bigger", TAG_JJR, "big");
  checkLemma("toughest", TAG_JJS, "tough");
  /* base forms and other tags are returned as they are */
  checkLemma("talk", TAG_NN, "talk");
  checkLemma("deploy", TAG_VB, "deploy");
  checkLemma("news", TAG_NN, "news");
  checkLemma("the", TAG_DT, "the");
  /* unknown to WordNet: spelling rules only */
  checkLemma("zorbified", TAG_VBD, "zorbify");
  checkLemma("blorgs", TAG_NNS, "blorg");
  /* no arena: rule-built lemmas fall back to the word itself */
  const char *z = "talks";
  assert_ptr_equal(brinkLemma(z, 5, TAG_NNS, NULL), z);
  assert_string_equal(brinkLemma("went", 4, TAG_VBD, NULL), "go");
}

/* Chunks as "[w w] w [w]" for easy comparison. */
static void checkChunks(const char *zText, int nWant, const char *zWant){
  Sent s;
  char zGot[512] = "";
  sentBuild(&s, zText);
  brinkTagSentence(s.aTok, s.nTok);
  int nChunk = brinkChunk(s.aTok, s.nTok);
  for(int i=0; i<s.nTok; i++){
    int c = s.aTok[i].iChunk;
    if( i ) strcat(zGot, " ");
    if( c>=0 && (i==0 || s.aTok[i-1].iChunk!=c) ) strcat(zGot, "[");
    strncat(zGot, s.aTok[i].z, (size_t)s.aTok[i].n);
    if( c>=0 && (i+1==s.nTok || s.aTok[i+1].iChunk!=c) ) strcat(zGot, "]");
  }
  if( strcmp(zGot, zWant)!=0 ) print_error("chunks: want %s\n        got  %s\n", zWant, zGot);
  assert_string_equal(zGot, zWant);
  assert_int_equal(nChunk, nWant);
}

static void test_chunks(void **state){
  (void)state;
  checkChunks("The Iraqi government 's new prime minister met his counterpart in Cairo .", 3,
              "[The Iraqi government 's new prime minister] met [his counterpart] in [Cairo] .");
  checkChunks("He condemned the ruling party on Monday .", 3,
              "[He] condemned [the ruling party] on [Monday] .");
  checkChunks("Troops killing civilians drew all the criticism .", 3,
              "[Troops] killing [civilians] drew [all the criticism] .");
  checkChunks("Three were killed .", 1, "[Three] were killed .");
  assert_int_equal(brinkChunk(NULL, 0), 0);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_tag_names),
    cmocka_unit_test(test_tag_sentences),
    cmocka_unit_test(test_tag_unknown_words),
    cmocka_unit_test(test_tag_edge_cases),
    cmocka_unit_test(test_lemmas),
    cmocka_unit_test(test_chunks),
  };
  return cmocka_run_group_tests(aTest, NULL, NULL);
}
