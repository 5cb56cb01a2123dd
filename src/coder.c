/*
** coder.c — code one story into events: who did what to whom.
**
** For each sentence:
**   1. analyse: tokens, tags, lemmas, chunks, and dictionary word ids;
**   2. find mentions: actor phrases, agent phrases ("troops"), pronouns and
**      descriptions ("he", "the latter", "both leaders"), and compose them:
**      "Russian" + "troops" = RUSMIL, "US President" + "Joe Biden" = one
**      mention, "A and B" = one compound group;
**   3. resolve pronouns and bare descriptions ("the president") against
**      the story's discourse memory;
**   4. match verb patterns at each anchor word; the source is the clause's
**      subject (or the speaker of a quotation, or the by-agent of a passive),
**      the target the pattern's '+' slot, the first actor after the verb,
**      or the partner of the last two sentences; failing all, an action that
**      stands on its own ("rebels surrendered") has no target;
**   5. drop negated and hypothetical events; fold repeats within the story.
** The coder owns an arena; every string it returns lives there until the
** next story.  It reads the engine and never writes it.
*/
#include "brink.h"
#include "engine.h"
#include "text.h"
#include "lexicon.h"
#include "arena.h"
#include "wordcache.h"
#include "timex.h"
#include "facts.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

#define MAX_GAP        8    /* tokens a non-adjacent pattern element may skip */
#define MAX_MEMORY    24    /* mentions remembered across sentences */
#define MAX_ALIAS     16    /* titled names remembered by surname, per story */
#define MAX_TARGET_DIST 16  /* tokens after a match in which a default target may start */
#define MAX_PAIRWISE   4    /* a compound acting on itself makes pairs up to this size */

/* ---- Mentions ---------------------------------------------------------- */
#define MF_AGENT    0x0100  /* built from an agent with no country */
#define MF_PRONOUN  0x0200  /* a pronoun or description resolved from context */
#define MF_OBJECT   0x0400  /* governed by a preposition or verb */
#define MF_POSS     0x0800  /* followed by 's */
#define MF_ROLE     0x1000  /* an actor with an agent's role composed in ("Bree Prime Minister") */
#define MF_NOSOURCE 0x2000  /* the empty source of an unattributed attack */
#define MF_PARTY    0x4000  /* a party known only by its own name: OPP with no country */

typedef struct Mention {
  int iStart, iEnd;          /* tokens [iStart, iEnd) */
  const char *zCode;         /* "" when unresolved */
  const char *zAgent;        /* agent code for bare agents ("GOV"), else 0 */
  const char *zNear;         /* a person with no code on the story's date: the
                             ** code of the nearest dated role, else 0 */
  uint16_t flags;            /* ACTF_* | MF_* */
  int iGroup;                /* mentions joined by "and" share a group */
  const char *zText;
} Mention;

typedef struct Memory {      /* a mention remembered from earlier sentences */
  const char *zCode, *zText;
  uint16_t flags;
  int iSent;
  int bSubject;
  int bPlural;               /* a plural noun ("trade ministers"): no "he" or "she" */
  int bTravel;               /* the subject of a journey ("Baker had already left for Sweden") */
} Memory;

typedef struct Sent {        /* the sentence being coded */
  const char *z; size_t n; size_t iBase;
  Tok *aTok; int nTok;
  int32_t *aIdLow, *aIdLem;
  int32_t *aIdStem, *aIdStem2; /* ids of the two longest stems ("word*") each token begins with, or -1 */
  Mention *aMen; int nMen, nMenAlloc;
  int nGroupSeq;             /* the next group number menPush gives */
  int *aMenAt;               /* token -> mention index or -1 */
  int iSpeaker;              /* mention index of the quote's speaker, or -1 */
  uint8_t *aUsed;            /* token consumed by a matched pattern */
  uint64_t mWords;           /* bits (id % 64) of the word ids present (Pattern.mNeed) */
  uint64_t aIdBits[64];      /* bits (id % 4096) of the same: a finer, per-word test */
  uint8_t *aStarts;          /* per token: DK_* bits of phrase kinds it may start */
  uint16_t *aLists;          /* per token: WL_* bits of the word lists its form is in */
  int bNpActor;              /* a noun phrase is coded by the actor in it (PETRARCH) */
} Sent;

/* A one-word name of a country or of its people ("ethiopia", "kuwaiti"),
** for the misspelling test. */
typedef struct NameWord { const char *z; uint32_t n; int32_t id; } NameWord;

struct brink_coder {
  const brink_engine *pEng;
  const Dict *pDict;
  NameWord *aName; size_t nName;   /* one-word country names, by first letter (brink's own dictionaries) */
  size_t aNameAt[27];              /* names starting with 'a'+k: aName[aNameAt[k]..aNameAt[k+1]) */
  const char **azWord; uint32_t *anWord; size_t nWord;  /* dictionary word id -> its text (the same dictionaries) */
  DictView v;                /* the engine's tables, fetched once */
  int32_t aDetId[16]; int nDetId;  /* word ids of determiners (phraseRunMatch) */
  int bStems;                /* TABARI dictionaries: stems ("word*"), anchors of any tag, ... */
  int bGapped;               /* some actor or agent phrase has a gap ("a ... b") */
  /* TABARI options (brink_coder_tabari_option) */
  char zDefSrc[16], zDefTgt[16];   /* DEFAULT: SOURCE [X] TARGET [Y]; "" when off */
  int bDefPrior, bDefAfter;        /* ... PRIOR, AFTER */
  int bConvertAgent;               /* SET: CONVERT AGENT = TRUE */
  int nMaxVerbs, nMaxConj;         /* COMPLEX: VERBS[n] CONJ[m]; 0 when off */
  int nMinWords;                   /* SET: MINIMUM WORDS = n; 0 when off */
  int eCodeBy;                     /* SET: CODE BY CLAUSE (0), CODE BY SENTENCE (1), CODE ALL (2) */
  int nEmitted;                    /* events emitted (new or folded), to tell a clause has coded */
  int aComma[6];                   /* COMMA: MIN MAX EMIN EMAX BMIN BMAX (word counts of the
                                   ** internal, terminal, initial comma-delimited clauses dropped) */
  int bCommaOff;                   /* COMMA: OFF */
  int bForward;                    /* FORWARD: a story's pronoun may stand for an actor of the story before */
  char zFwdSrc[4], zFwdTgt[4];     /* ... the root codes of the last story's first event */
  int bFwdPron;                    /* ... whose source was itself a pronoun */
  Arena arena;
  WordCache *pCache;         /* memo of word lookups, kept across stories */
  FactsStory *pFacts;        /* places and quantities of the story (facts.h, issue 7) */
  int iAnchor;               /* anchor token of the events being emitted (facts) */
  brink_coder_stats stats;
  char zErr[256];
  /* per story */
  int32_t iDay;              /* the story date */
  const char *zSentDate;     /* the current sentence's event date (arena); NULL: not yet
                             ** worked out (sentDate(): most sentences emit nothing) */
  int32_t iSentDay;          /* ... and its day, once zSentDate is set */
  const Tok *aSentTok; int nSentTok;   /* ... the tokens it is read from */
  const char *zSentIssues;   /* issue codes of the current sentence, NULL: no issue dictionary */
  const Pattern *pRule;      /* the pattern of the events being emitted (explain) */
  int bNoIssues;             /* a "~~" phrase switched issue coding off for the story */
  const brink_story *pStory;
  int iSent;
  int iPastSent;             /* the last sentence whose act was long past, -2: none */
  Memory aMem[MAX_MEMORY]; int nMem;
  const size_t *aSpan; size_t nSpan;     /* the story's sentences (brink_coder_sentences) */
  Memory aAlias[MAX_ALIAS]; int nAlias;  /* "British minister Michael Howard": "howard" is that actor */
  char azAlias[MAX_ALIAS][32];
  brink_event *aEv; size_t nEv, nEvAlloc;
  /* for brink_analyze */
  brink_token *aPubTok;
};

/* ---- Small helpers ----------------------------------------------------- */
static int tokIs(const Tok *t, const char *z){ return t->zLow[0]==z[0] && brinkWordEq(t->zLow, z); }
static int lemIs(const Tok *t, const char *z){ return t->zLemma[0]==z[0] && brinkWordEq(t->zLemma, z); }
static int inSet(const char *z, const char *const *az){
  for(int i=0; az[i]; i++) if( az[i][0]==z[0] && brinkWordEq(z, az[i]) ) return 1;
  return 0;
}

static const char *const azBe[] = {"be","is","are","was","were","been","being","am","'s","'re",0};
static const char *const azNeg[] = {"not","n't","never","without",0};
static const char *const azModal[] = {"could","might","may","should","must","ought","can",
  "if","unless","whether",0};
static const char *const azFear[] = {"fear","fears","feared","threat","risk","possibility","prospect",
  "possible","potential","hypothetical","would-be","unlikely","likelihood","whether",
  "danger","spectre","specter","likelihood","chance","rumor","rumour","rumors","rumours","speculation",
  "difficult","impossible",0};
static const char *const azSpeech[] = {"say","tell","add","state","declare","stress","note","insist",
  "claim","write","tweet",0};
/* a diplomatic mission: in a country, it is another country's */
static const char *const azMission[] = {"embassy","embassies","consulate","consulates","legation",0};
static const char *const azDet[] = {"the","a","an","this","that","these","those","his","her","its",
  "their","our","your","my","both","all","some","several","two","three","many","other","another",0};
static const char *const azPronoun[] = {"he","him","she","her","they","them","it",0};
/* words that end a company's or institution's name, and calendar words:
** a capitalised run with one is no unknown person (unknownPerson) */
static const char *const azOrg[] = {"corp","inc","co","ltd","plc","bank","group","ministry",
  "department","council","commission","party","union","agency","news","times","post","street",
  "exchange","fund","association","institute","university","board","committee","office",
  "house","court","airlines","airways","motors","oil","petroleum","international","reuters",0};
static const char *const azCal[] = {"january","february","march","april","may","june","july",
  "august","september","october","november","december","monday","tuesday","wednesday",
  "thursday","friday","saturday","sunday",0};

/* The word lists tested at nearly every token: whether a form is in each
** is worked out once per form (kept in the word memo) rather than by a
** scan of the list at every test. */
enum { WL_DET = 1, WL_PRONOUN = 2, WL_ORGCAL = 4, WL_BREAK = 8, WL_REF = 16, WL_KNOWN = 0x8000 };
/* the words that may end a clause (clauseBreak) */
static const char *const azBreak[] = {";","but","whereas","and","or",0};
/* words besides the pronouns that may stand for an actor named before (analyze) */
static const char *const azRef[] = {"latter","former","both","two",0};
static uint16_t wordLists(const char *z){
  uint16_t m = WL_KNOWN;
  if( inSet(z, azBreak) ) m |= WL_BREAK;
  if( inSet(z, azDet) ) m |= WL_DET;
  if( inSet(z, azPronoun) ) m |= WL_PRONOUN;
  if( inSet(z, azRef) ) m |= WL_REF;
  if( inSet(z, azOrg) || inSet(z, azCal) ) m |= WL_ORGCAL;
  return m;
}

static char *menText(brink_coder *c, const Sent *s, int iStart, int iEnd){
  const Tok *a = &s->aTok[iStart], *b = &s->aTok[iEnd-1];
  size_t i0 = a->iOff - s->iBase, i1 = b->iOff - s->iBase + (size_t)b->n;
  return brinkArenaStrndup(&c->arena, s->z + i0, i1 - i0);
}

/* Does token i match dictionary word w? */
static int wordMatch(const Sent *s, int i, const DictWord *w){
  int32_t a = s->aIdLow[i], b = s->aIdLem[i];
  return (a>=0 && (a==w->id1 || a==w->id2)) || (b>=0 && (b==w->id1 || b==w->id2))
      || (s->aIdStem[i]>=0 && (s->aIdStem[i]==w->id1 || s->aIdStem2[i]==w->id1));
}

/* May word id (>=0) occur in the sentence?  (Never a false "no".) */
static int idMayBeIn(const Sent *s, int32_t id){
  return (int)(s->aIdBits[(id>>6) & 63] >> (id & 63) & 1);
}
/* May alternative al's last word occur in the sentence?  Its ids % 4096
** are kept in the PatAlt, so the thousands of a Phoenix synset are
** tested without reading their words.  (Inline: a few instructions, and
** called for every alternative of every pattern tried.) */
static inline int altMayBeIn(const Sent *s, const PatAlt *al){
  uint16_t a = al->aLast[0], b = al->aLast[1];
  return (a!=0xFFFF && (s->aIdBits[a>>6] >> (a & 63) & 1))
      || (b!=0xFFFF && (s->aIdBits[b>>6] >> (b & 63) & 1));
}

/* Does a run of nWord adjacent dictionary words starting at aWord match at i? */
static int runMatch(const Sent *s, int i, const DictWord *aWord, int nWord){
  if( i+nWord > s->nTok ) return 0;
  for(int k=0; k<nWord; k++) if( !wordMatch(s, i+k, &aWord[k]) ) return 0;
  return 1;
}

/* A pattern's word (not its verb): PETRARCH compares the words as written
** ("* RESOLUTION" does not match "resolutions"), brink by lemma too. */
static int elemRunMatch(const Sent *s, int i, const DictWord *aWord, int nWord){
  if( !s->bNpActor ) return runMatch(s, i, aWord, nWord);
  if( i+nWord > s->nTok ) return 0;
  for(int k=0; k<nWord; k++){
    int32_t a = s->aIdLow[i+k];
    if( a<0 || (a!=aWord[k].id1 && a!=aWord[k].id2) ) return 0;
  }
  return 1;
}

/* The token after phrase aWord[0..nWord) matched at token i, or 0.  Its
** words are adjacent but where mGap lets others come before word k (a
** TABARI phrase "PRINCE DOL_AMROTH" in "Prince of Dol Amroth"); those are
** looked for anywhere after, up to a ';' or ','. */
static int phraseEnd(const Sent *s, int i, const DictWord *aWord, int nWord, uint16_t mGap){
  if( !mGap ) return runMatch(s, i, aWord, nWord) ? i+nWord : 0;
  int q = i;
  for(int k=0; k<nWord; k++){
    if( k>0 && (mGap>>k & 1) ){
      while( q<s->nTok && !wordMatch(s, q, &aWord[k]) && !tokIs(&s->aTok[q], ";") && !tokIs(&s->aTok[q], ",") ) q++;
    }
    if( q>=s->nTok || !wordMatch(s, q, &aWord[k]) ) return 0;
    q++;
  }
  return q;
}

/* Match an alternative's words as a noun phrase starting at token i: a
** determiner of the pattern matches any determiner or none ("a meeting"
** matches "their meeting", "meetings"), and up to two modifiers may come
** before its last word ("their first meeting", "a new military offensive").
** Returns the token after the match, or 0. */
static int phraseRunMatch(const brink_coder *c, const Sent *s, int i, const DictWord *aWord, int nWord, uint16_t mGap){
  /* TABARI: the words as written, adjacent ("ECONOMIC_SANCTIONS" is not
  ** "economic high sanctions") but where a blank let others come between */
  if( c->bStems ) return phraseEnd(s, i, aWord, nWord, mGap);
  int q = i;
  for(int k=0; k<nWord; k++){
    if( q<s->nTok && wordMatch(s, q, &aWord[k]) ){ q++; continue; }
    int bDet = 0;
    for(int d=0; d<c->nDetId && !bDet; d++) bDet = aWord[k].id1==c->aDetId[d];
    if( bDet && nWord>1 ){
      if( q<s->nTok && (s->aTok[q].eTag==TAG_DT || s->aTok[q].eTag==TAG_PRPS) ) q++;
      continue;
    }
    if( k==nWord-1 && k>0 ){
      int j = q, nSkip = 0;
      while( j<s->nTok && nSkip<2 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_CD
             || s->aTok[j].eTag==TAG_VBN) ){ j++; nSkip++; }
      if( nSkip && j<s->nTok && wordMatch(s, j, &aWord[k]) ){ q = j+1; continue; }
    }
    return 0;
  }
  return q>i ? q : 0;
}

/* ---- Analysis ---------------------------------------------------------- */
static int analyze(brink_coder *c, Sent *s, int *pbSkip){
  Tok *aTok = 0;
  int n = brinkTokenize(&c->arena, s->z, s->n, s->iBase, &aTok);
  if( n<0 ) return BRINK_ENOMEM;
  s->aTok = aTok; s->nTok = n;
  s->aIdLow = brinkArenaAlloc(&c->arena, sizeof(int32_t)*(size_t)(n+1));
  s->aIdLem = brinkArenaAlloc(&c->arena, sizeof(int32_t)*(size_t)(n+1));
  s->aIdStem = brinkArenaAlloc(&c->arena, sizeof(int32_t)*(size_t)(n+1));
  s->aIdStem2 = brinkArenaAlloc(&c->arena, sizeof(int32_t)*(size_t)(n+1));
  s->aMenAt = brinkArenaAlloc(&c->arena, sizeof(int)*(size_t)(n+1));
  s->aUsed = brinkArenaZalloc(&c->arena, (size_t)(n+1));
  WordInfo **aW = brinkArenaAlloc(&c->arena, sizeof(WordInfo*)*(size_t)(n+1));
  s->aStarts = brinkArenaAlloc(&c->arena, (size_t)(n+1));
  s->aLists = brinkArenaAlloc(&c->arena, sizeof(uint16_t)*(size_t)(n+1));
  if( !s->aIdLow || !s->aIdLem || !s->aIdStem || !s->aIdStem2 || !s->aMenAt || !s->aUsed || !aW || !s->aStarts
      || !s->aLists ) return BRINK_ENOMEM;
  /* A sentence in which no word can start an actor or agent phrase and no
  ** pronoun stands for one can code no event and adds nothing to the
  ** story's memory: it is not analysed further (*pbSkip). */
  int bActor = 0;
  uint32_t *aH = brinkArenaAlloc(&c->arena, sizeof(uint32_t)*(size_t)(n+1));
  if( !aH ) return BRINK_ENOMEM;
  for(int i=0; i<n; i++){
    aH[i] = brinkWordCacheHash(aTok[i].zLow, aTok[i].n);
    brinkWordCachePrefetch(c->pCache, aH[i], 0);
  }
  for(int i=0; i<n; i++) brinkWordCachePrefetch(c->pCache, aH[i], 1);
  for(int i=0; i<n; i++){
    aW[i] = brinkWordCacheGetH(c->pCache, aTok[i].zLow, aTok[i].n, aH[i]);
    if( aW[i] ){
      aTok[i].iLex = aW[i]->iLex>=0 ? aW[i]->iLex+1 : -1;
      aTok[i].zLow = aW[i]->zLow;
      s->aStarts[i] = aW[i]->mStarts;
      if( aW[i]->mStarts & ((1u<<DK_ACTOR)|(1u<<DK_AGENT)) ) bActor = 1;
      if( !aW[i]->mLists ) aW[i]->mLists = wordLists(aTok[i].zLow);
      s->aLists[i] = aW[i]->mLists;
    }else{
      s->aStarts[i] = 0xFF;   /* not cached: no cheap answer, try every kind */
      s->aLists[i] = wordLists(aTok[i].zLow);
      bActor = 1;
    }
    if( s->aLists[i] & (WL_PRONOUN|WL_REF) ) bActor = 1;
  }
  /* ... unless it names a place, which later sentences' places are read
  ** against ("rallied in Texas" before "Paris") */
  for(int i=0; !bActor && i<n; i++){
    if( (aTok[i].flags & TOKF_CAP) && c->pEng->pGaz ){
      char zKey[64];
      size_t nKey = brinkGazKey(aTok[i].z, (size_t)aTok[i].n, zKey, sizeof zKey);
      if( nKey && brinkGazFirstWord(c->pEng->pGaz, zKey, nKey) ) bActor = 1;
    }
  }
  if( !bActor && pbSkip ){ *pbSkip = 1; return BRINK_OK; }
  /* the tagger's candidates depend on the form and a few flags: memoise
  ** them for the first two sets of flags a form is seen with (a word
  ** that opens sentences is seen capitalised there and lower-case elsewhere) */
  for(int i=0; i<n; i++){
    WordInfo *w = aW[i];
    if( !w ) continue;
    uint16_t f = aTok[i].flags & TAGC_FLAGS;
    int x = 0;
    while( x<w->nCands && w->aCandFlags[x]!=f ) x++;
    if( x==w->nCands && x<2 ){
      brinkTagCands(&aTok[i], &w->aCands[x]);
      w->aCandFlags[x] = f;
      w->nCands++;
    }
    if( x<w->nCands ) aTok[i].pCands = &w->aCands[x];
  }
  brinkTagSentence(aTok, n);
  /* Peer verb dictionaries list their verbs, and code only at verbs: a
  ** past form the tagger took for an adjective or noun right after a name,
  ** pronoun, modal or adverb ("Gondor deplored Libya": JJ) is the verb when
  ** its lemma anchors the dictionary's patterns. */
  /* So is a base form the tagger took for a noun after "to" ("inching
  ** nearer to accord with") or between a name and a preposition
  ** ("Ethiopia act on a resolution"). */
  for(int i=1; c->pEng->bPeerVerbs && i<n; i++){
    Tok *t = &aTok[i];
    int e = aTok[i-1].eTag, eNew = 0;
    if( !(TAG_IS_ADJ(t->eTag) || t->eTag==TAG_NN || t->eTag==TAG_NNS) || (t->flags & TOKF_CAP) ) continue;
    size_t nz = strlen(t->zLow);
    if( nz>=5 && strcmp(t->zLow+nz-2, "ed")==0
        && (e==TAG_NNP || e==TAG_NNPS || e==TAG_PRP || e==TAG_MD || e==TAG_RB) ) eNew = TAG_VBD;
    else if( t->eTag==TAG_NN && (e==TAG_TO
             || ((e==TAG_NNP || e==TAG_NNPS) && i+1<n && aTok[i+1].eTag==TAG_IN)) ) eNew = TAG_VB;
    if( !eNew ) continue;
    const char *zL = brinkLemma(t->zLow, t->n, eNew, &c->arena);
    if( !zL ) return BRINK_ENOMEM;
    int32_t id = brinkDictWordId(c->pDict, zL, strlen(zL));
    uint32_t nPat = 0;
    if( id>=0 ) brinkDictPatternsFor(c->pDict, id, &nPat);
    if( nPat ) t->eTag = (uint8_t)eNew;
  }
  for(int i=0; i<n; i++){
    Tok *t = &aTok[i];
    if( aW[i] ){
      t->zLemma = brinkWordCacheLemma(c->pCache, aW[i], t->eTag, &s->aIdLem[i]);
      s->aIdLow[i] = aW[i]->idLow;
    }else{
      t->zLemma = brinkLemma(t->zLow, t->n, t->eTag, &c->arena);
      s->aIdLow[i] = brinkDictWordId(c->pDict, t->zLow, (size_t)t->n);
      s->aIdLem[i] = !t->zLemma || t->zLemma==t->zLow ? s->aIdLow[i]
                   : brinkDictWordId(c->pDict, t->zLemma, strlen(t->zLemma));
    }
    if( !t->zLemma ) return BRINK_ENOMEM;
    /* the month matches no pattern word: "hold a buying tender on
    ** Wednesday, March 4" holds no protest march (brink's own) */
    if( !c->pEng->bPeerVerbs && t->n==5 && memcmp(t->zLow, "march", 5)==0 && (t->flags & TOKF_CAP)
        && (!(t->flags & TOKF_FIRST) || (i+1<n && (aTok[i+1].flags & TOKF_NUM))) ){
      s->aIdLow[i] = s->aIdLem[i] = -1;
    }
    /* TABARI stems: "Eriadori" begins with the stem ERIADOR */
    s->aIdStem2[i] = -1;
    s->aIdStem[i] = !c->bStems ? -1 : aW[i] ? (s->aIdStem2[i] = aW[i]->idStem2, aW[i]->idStem)
                  : brinkDictStemId(c->pDict, t->zLow, (size_t)t->n, &s->aIdStem2[i]);
    for(int x=0; x<2; x++){
      int32_t id = x ? s->aIdStem2[i] : s->aIdStem[i];
      if( id<0 ) continue;
      s->mWords |= (uint64_t)1 << (id & 63);
      s->aIdBits[(id>>6) & 63] |= (uint64_t)1 << (id & 63);
    }
    s->aMenAt[i] = -1;
    if( s->aIdLow[i]>=0 ){
      s->mWords |= (uint64_t)1 << (s->aIdLow[i] & 63);
      s->aIdBits[(s->aIdLow[i]>>6) & 63] |= (uint64_t)1 << (s->aIdLow[i] & 63);
    }
    if( s->aIdLem[i]>=0 ){
      s->mWords |= (uint64_t)1 << (s->aIdLem[i] & 63);
      s->aIdBits[(s->aIdLem[i]>>6) & 63] |= (uint64_t)1 << (s->aIdLem[i] & 63);
    }
  }
  brinkChunk(aTok, n);
  return BRINK_OK;
}

/* ---- Mention finding --------------------------------------------------- */
static Mention *menPush(brink_coder *c, Sent *s){
  if( s->nMen>=s->nMenAlloc ){
    int nNew = s->nMenAlloc ? s->nMenAlloc*2 : 16;
    Mention *aNew = brinkArenaAlloc(&c->arena, sizeof(Mention)*(size_t)nNew);
    if( !aNew ) return 0;
    if( s->nMen ) memcpy(aNew, s->aMen, sizeof(Mention)*(size_t)s->nMen);
    s->aMen = aNew; s->nMenAlloc = nNew;
  }
  /* a group of its own, numbered once in the sentence: after menRemove()
  ** the others' groups are no longer their indexes (the protest target
  ** made for "The Canadian union and another union walked out" had joined
  ** the unions' group, and the unions struck at each other) */
  Mention *m = &s->aMen[s->nMen++];
  memset(m, 0, sizeof *m);
  m->iGroup = s->nGroupSeq++;
  return m;
}

/* phraseAt() past its first test */
static int phraseAtFrom(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry);

/* Longest phrase of kind k starting at token i; returns its length and the
** entry in *piEntry, or 0.  Inline: most tokens start no phrase of the
** kind, and the call cost more than that test. */
static inline int phraseAt(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry){
  if( s->aStarts && !(s->aStarts[i] & (1u<<k)) ) return 0;   /* starts no phrase of this kind */
  return phraseAtFrom(c, s, k, i, piEntry);
}

static int phraseAtFrom(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry){
  const DictView *pV = &c->v;
  int best = 0, iEnd = 0;
  /* PETRARCH matches the forms its dictionary lists (it adds the plurals
  ** itself), not lemmas: "polices" is not "police"; the others match the
  ** lemma too, and TABARI (bStems) the stems */
  int nForm = s->bNpActor ? 1 : 4;
  /* multi-word phrases, found by their first two words: the next token's,
  ** or, for phrases with a gap after their first word, a later one's */
  int jLast = c->bGapped ? s->nTok-1 : i+1;
  for(int i1=i+1; i1<=jLast && i1<s->nTok; i1++){
    int32_t a0[4] = { s->aIdLow[i], s->aIdLem[i], s->aIdStem[i], s->aIdStem2[i] };
    int32_t a1[4] = { s->aIdLow[i1], s->aIdLem[i1], s->aIdStem[i1], s->aIdStem2[i1] };
    for(int x=0; x<nForm; x++){
      if( a0[x]<0 || (x==1 && a0[1]==a0[0]) ) continue;
      for(int y=0; y<nForm; y++){
        if( a1[y]<0 || (y==1 && a1[1]==a1[0]) ) continue;
        uint32_t n;
        const DictPair *a = brinkDictPairsFor(c->pDict, k, a0[x], a1[y], &n);
        for(uint32_t j=0; j<n; j++){
          if( a[j].nWord<=best ) break;          /* sorted longest first */
          const DictPhrase *ph = &pV->aPhrase[k][a[j].iPhrase];
          if( i1>i+1 && !(ph->mGap & 2) ) continue;
          int e = phraseEnd(s, i, &pV->aWord[ph->iWord], ph->nWord, ph->mGap);
          if( e ){
            best = ph->nWord;
            iEnd = e;
            *piEntry = ph->iEntry;
            break;
          }
        }
      }
    }
  }
  if( best ) return iEnd - i;
  /* one-word phrases */
  for(int pass=0; pass<nForm; pass++){
    int32_t w = pass==3 ? s->aIdStem2[i] : pass==2 ? s->aIdStem[i] : pass ? s->aIdLem[i] : s->aIdLow[i];
    if( w<0 || (pass==1 && w==s->aIdLow[i]) ) continue;
    uint32_t n;
    const uint32_t *a = brinkDictPhrasesFor(c->pDict, k, w, &n);
    if( n ){
      *piEntry = pV->aPhrase[k][a[0]].iEntry;
      return 1;
    }
  }
  return 0;
}

static int isPronounWord(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  if( t->eTag==TAG_PRPS || !(s->aLists[i] & WL_PRONOUN) ) return 0;
  if( tokIs(t, "her") ){
    /* "her" before a noun is a determiner */
    return -1;
  }
  return 1;
}

static const char *joinCode(brink_coder *c, const char *zActor, const char *zAgent, int bPrefix);

/* The words one letter away from the lower-case word z of n letters: a
** letter dropped (not the last: "Panamax" is no Panama), one added, or two
** neighbours swapped, the first letter kept.  Calls xEach(p, w) with the
** dictionary word id w of each that the dictionaries know; stops and
** returns 0 when xEach does, else returns 1. */
static int eachMisspelt(const Dict *d, const char *z0, size_t n,
                        int (*xEach)(void *, int32_t), void *p){
  char z[24];
  if( n<2 || n>20 ) return 1;
  for(int eKind=0; eKind<3; eKind++){        /* a letter dropped, added, or two swapped */
    for(size_t k=1; k<=n; k++){
      for(int ch='a'; ch<=(eKind==1 ? 'z' : 'a'); ch++){
        size_t m;
        if( eKind==0 ){
          if( k+1>=n ) break;
          memcpy(z, z0, k); memcpy(z+k, z0+k+1, n-k-1); m = n-1;
        }else if( eKind==1 ){
          if( k>=n ) break;
          memcpy(z, z0, k); z[k] = (char)ch; memcpy(z+k+1, z0+k, n-k); m = n+1;
        }else{
          if( k<2 || k>=n ) break;
          memcpy(z, z0, n); z[k-1] = z0[k]; z[k] = z0[k-1]; m = n;
        }
        int32_t w = brinkDictWordId(d, z, m);
        if( w>=0 && !xEach(p, w) ) return 0;
      }
    }
  }
  return 1;
}

static int cmpNameWord(const void *pA, const void *pB){
  const NameWord *a = pA, *b = pB;
  return a->z[0]!=b->z[0] ? (unsigned char)a->z[0] - (unsigned char)b->z[0] : (a->id>b->id) - (a->id<b->id);
}

/* The one-word names of countries and their peoples (actor phrases of one
** word whose entry is a state or a people's adjective), sorted by first
** letter, and the text of every dictionary word (misspeltPerson): built
** with the coder.  Returns 0 when memory runs out. */
static int buildNames(brink_coder *c){
  DictTables t;
  if( brinkDictTables(c->pDict, &t)!=BRINK_OK ) return 1;   /* (no tables: no names) */
  const char **azId = calloc(t.nUsed ? t.nUsed : 1, sizeof(char*));
  uint32_t *anId = calloc(t.nUsed ? t.nUsed : 1, sizeof(uint32_t));
  NameWord *a = 0;
  size_t n = 0, nAlloc = 0;
  int bOk = azId && anId;
  if( !bOk ) goto done;
  for(size_t i=0; i<t.nSlot; i++){
    const DictSlot *sl = &t.aSlot[i];
    if( sl->id>=0 && (size_t)sl->id<t.nUsed ){ azId[sl->id] = t.zPool + sl->iStr; anId[sl->id] = sl->nStr; }
  }
  for(size_t j=0; j<c->v.nPhrase[DK_ACTOR]; j++){
    const DictPhrase *ph = &c->v.aPhrase[DK_ACTOR][j];
    if( ph->nWord!=1 || !(c->v.aEntry[DK_ACTOR][ph->iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ) continue;
    int32_t id = c->v.aWord[ph->iWord].id1;
    if( id<0 || (size_t)id>=t.nUsed || !azId[id] || anId[id]<5 ) continue;
    const char *z = azId[id];
    if( z[0]<'a' || z[0]>'z' ) continue;
    if( n==nAlloc ){
      size_t nNew = nAlloc ? 2*nAlloc : 256;
      NameWord *aNew = realloc(a, nNew*sizeof(NameWord));
      if( !aNew ){ free(a); a = 0; n = 0; bOk = 0; goto done; }
      a = aNew; nAlloc = nNew;
    }
    a[n].z = z; a[n].n = anId[id]; a[n].id = id; n++;
  }
  if( n ) qsort(a, n, sizeof(NameWord), cmpNameWord);
  /* one entry per word */
  size_t m = 0;
  for(size_t i=0; i<n; i++) if( m==0 || a[m-1].id!=a[i].id ) a[m++] = a[i];
  n = m;
done:
  if( bOk ){ c->azWord = azId; c->anWord = anId; c->nWord = t.nUsed; }
  else{ free(azId); free(anId); }
  c->aName = a; c->nName = n;
  size_t k = 0;
  for(int ch=0; ch<27; ch++){
    while( k<n && a[k].z[0]-'a'<ch ) k++;
    c->aNameAt[ch] = k;
  }
  return bOk;
}

/* Is w (m letters) one letter away from z0 (n letters) as eachMisspelt
** counts it: a letter of z0 dropped (not the first or the last), one added
** (not first or last), or two neighbours swapped (not the first letter)? */
static int oneEditName(const char *z0, size_t n, const char *w, size_t m){
  if( w[0]!=z0[0] ) return 0;
  if( m+1==n ){                          /* z0 has one letter more, at k in 1..n-2 */
    size_t k = 0;
    while( k<m && w[k]==z0[k] ) k++;
    if( k<1 || k>n-2 ) return 0;
    return memcmp(w+k, z0+k+1, m-k)==0;
  }
  if( m==n+1 ){                          /* w has one letter more, at k in 1..n-1 */
    size_t k = 0;
    while( k<n && w[k]==z0[k] ) k++;
    if( k<1 || k>n-1 ) return 0;
    return memcmp(w+k+1, z0+k, n-k)==0;
  }
  if( m==n ){                            /* neighbours k-1, k swapped, k in 2..n-1 */
    size_t k = 0;
    while( k<n && w[k]==z0[k] ) k++;
    if( k<1 || k+1>=n ) return 0;
    return w[k]==z0[k+1] && w[k+1]==z0[k] && memcmp(w+k+2, z0+k+2, n-k-2)==0;
  }
  return 0;
}

/* eachMisspelt over the country names only: the same answers, with a
** scan of the few names that share the first letter instead of some
** 200 dictionary lookups. */
static int eachMisspeltName(const brink_coder *c, const char *z0, size_t n, int (*xEach)(void *, int32_t), void *p){
  if( n<2 || n>20 || z0[0]<'a' || z0[0]>'z' ) return 1;
  int ch = z0[0]-'a';
  for(size_t i=c->aNameAt[ch]; i<c->aNameAt[ch+1]; i++){
    const NameWord *w = &c->aName[i];
    if( w->n+1<n || w->n>n+1 ) continue;
    if( oneEditName(z0, n, w->z, w->n) && !xEach(p, w->id) ) return 0;
  }
  return 1;
}

/* A word of lower-case letters only, of at least nMin and at most 20. */
static int plainWord(const Tok *t, size_t nMin){
  size_t n = strlen(t->zLow);
  if( n<nMin || n>20 ) return 0;
  for(size_t k=0; k<n; k++) if( !islower((unsigned char)t->zLow[k]) ) return 0;
  return 1;
}

typedef struct Misspelt {
  const brink_coder *c;
  int32_t wFirst;            /* misspeltPerson: the given name's word id */
  const char *zFound;        /* misspeltCountry: the country found */
  uint32_t iEntry;
  int nFound;                /* entries found (misspeltPerson) */
} Misspelt;

static int misspeltCountryEach(void *p, int32_t w){
  Misspelt *x = p;
  const DictView *pV = &x->c->v;
  uint32_t nP = 0;
  const uint32_t *aP = brinkDictPhrasesFor(x->c->pDict, DK_ACTOR, w, &nP);
  for(uint32_t j=0; j<nP; j++){
    uint32_t iEntry = pV->aPhrase[DK_ACTOR][aP[j]].iEntry;
    if( !(pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ) continue;
    const char *zCode = brinkDictCodeOn(x->c->pDict, DK_ACTOR, iEntry, x->c->iDay);
    if( !zCode || strlen(zCode)<3 ) continue;
    if( x->zFound && strncmp(x->zFound, zCode, 3)!=0 ){   /* two countries: none */
      x->zFound = 0;
      return 0;
    }
    x->zFound = zCode;
    x->iEntry = iEntry;
  }
  return 1;
}

/* The actor entry of the country, or the people of one, whose one-word
** name t misspells by a letter too many, too few or two swapped
** ("Ethopia", "Quatar"), when all such names are of one country; sets
** *piEntry and returns 1, else 0.  Words of six letters or more, with the
** name's first and last letters (a word that only adds an ending, such as
** "Panamax" or "Yugoslavian", is another word). */
static int misspeltCountry(const brink_coder *c, const Tok *t, uint32_t *piEntry){
  if( !plainWord(t, 6) ) return 0;
  Misspelt x = { c, -1, 0, 0, 0 };
  if( !eachMisspeltName(c, t->zLow, strlen(t->zLow), misspeltCountryEach, &x) || !x.zFound ) return 0;
  *piEntry = x.iEntry;
  return 1;
}

static int misspeltPersonEach(void *p, int32_t w){
  Misspelt *x = p;
  const DictView *pV = &x->c->v;
  uint32_t n;
  const DictPair *a = brinkDictPairsFor(x->c->pDict, DK_ACTOR, x->wFirst, w, &n);
  for(uint32_t j=0; j<n; j++){
    const DictPhrase *ph = &pV->aPhrase[DK_ACTOR][a[j].iPhrase];
    if( ph->nWord!=2 || ph->mGap ) continue;
    if( !(pV->aEntry[DK_ACTOR][ph->iEntry].flags & ACTF_PERSON) ) continue;
    if( x->nFound && x->iEntry!=ph->iEntry ){   /* two persons: none */
      x->nFound = 0;
      return 0;
    }
    x->iEntry = ph->iEntry;
    x->nFound = 1;
  }
  return 1;
}

/* Might a two-word name that begins with given name wFirst have a family
** name one letter away from z0 (n letters)?  Not unless one of them has
** z0's first letter and n-1 to n+1 letters: then eachMisspelt, which
** tries some 200 spellings, one dictionary look-up each, can skip the
** family names no actor has after that given name (most). */
static int familyNameNear(const brink_coder *c, int32_t wFirst, const char *z0, size_t n){
  if( !c->azWord ) return 1;
  uint32_t nP;
  const DictPair *a = brinkDictPairsFrom(c->pDict, DK_ACTOR, wFirst, &nP);
  for(uint32_t j=0; j<nP; j++){
    uint32_t w = (uint32_t)a[j].key;
    if( w>=c->nWord || !c->azWord[w] ) return 1;
    if( c->anWord[w]+1>=n && c->anWord[w]<=n+1 && c->azWord[w][0]==z0[0] ) return 1;
  }
  return 0;
}

/* The person whose two-word name the words at i and i+1 spell with the
** family name misspelt by a letter ("Abdelaziz Bouteflicka" for the
** dictionary's "Abdelaziz Bouteflika"): the given name as the dictionary
** has it, the family name of seven letters or more, capitalised and known
** to no dictionary and no word list, and no other person one letter away;
** sets *piEntry and returns 1, else 0. */
static int misspeltPerson(const brink_coder *c, const Sent *s, int i, uint32_t *piEntry){
  if( i+1>=s->nTok || s->aIdLow[i]<0 ) return 0;
  /* (the given name must begin some actor's name: most words do not) */
  if( !(s->aStarts[i] & (1u<<DK_ACTOR)) ) return 0;
  const Tok *t = &s->aTok[i], *u = &s->aTok[i+1];
  if( !(t->flags & TOKF_CAP) || !(u->flags & TOKF_CAP) || (u->flags & TOKF_ALLCAP) ) return 0;
  if( u->iLex>=0 || s->aIdLow[i+1]>=0 || !plainWord(u, 7) ) return 0;
  if( i+2<s->nTok && (s->aTok[i+2].flags & TOKF_CAP) && !(s->aTok[i+2].flags & TOKF_PUNCT) ) return 0;
  /* asked once per family name and given name: news repeats both */
  WordInfo *w = brinkWordCacheGet(c->pCache, u->zLow, u->n);
  if( w && w->eMissPerson && w->wMissFirst==s->aIdLow[i] ){
    if( w->eMissPerson==1 ) return 0;
    *piEntry = w->iMissPerson;
    return 1;
  }
  Misspelt x = { c, s->aIdLow[i], 0, 0, 0 };
  size_t nU = strlen(u->zLow);
  int bFound = familyNameNear(c, s->aIdLow[i], u->zLow, nU)
            && eachMisspelt(c->pDict, u->zLow, nU, misspeltPersonEach, &x) && x.nFound;
  if( w ){ w->eMissPerson = bFound ? 2 : 1; w->wMissFirst = s->aIdLow[i]; w->iMissPerson = x.iEntry; }
  if( !bFound ) return 0;
  *piEntry = x.iEntry;
  return 1;
}

/* If a party's own name starts at token i ("Umma (Nation) party", "Renewal
** Party"): capitalised words no dictionary and no word list knows, right
** after "the" and any adjectives, an optional gloss in brackets, then "party"; the token after
** it, else 0. */
static int namedParty(const Sent *s, int i){
  int h = i-1;   /* (past an adjective: "the fundamentalist Umma party") */
  while( h>=0 && h>=i-2 && TAG_IS_ADJ(s->aTok[h].eTag) && !(s->aTok[h].flags & TOKF_CAP) ) h--;
  if( h<0 || !tokIs(&s->aTok[h], "the") ) return 0;
  int j = i;
  while( j<s->nTok && j<i+3 && (s->aTok[j].flags & TOKF_CAP) && !(s->aTok[j].flags & TOKF_PUNCT)
         && s->aTok[j].iLex<0 && s->aIdLow[j]<0 ) j++;
  if( j==i ) return 0;
  if( j+2<s->nTok && tokIs(&s->aTok[j], "(") ){
    int q = j+1;
    while( q<s->nTok && q<j+4 && (s->aTok[q].flags & TOKF_CAP) ) q++;
    if( q<s->nTok && q>j+1 && tokIs(&s->aTok[q], ")") ) j = q+1;
  }
  return j<s->nTok && tokIs(&s->aTok[j], "party") ? j+1 : 0;
}

/* Find actor, agent and pronoun mentions (not yet composed). */
/* Words that end a company's name before "of <country>". */
static const char *const azFirmEnd[] = {"corp","co","inc","company","corporation","ltd","plc","group",
  "industries","holdings","bancorp","ag","sa","nv","spa","gmbh","bv","oy","ab","kk","pty","bhd","srl",0};

/* Does the name that the actor phrase [i, i+n) is in run on to a company's
** ending ("American Motors Corp", "Chrysler Canada Ltd", "United States
** Lines Inc")?  Capitalised words only, a few of them.  Returns the token
** after the name's ending, or 0. */
static int firmNameAfter(const Sent *s, int i, int n){
  if( !(s->aTok[i].flags & TOKF_CAP) ) return 0;
  int j = i+n;
  for(; j<s->nTok && j<=i+n+4 && (s->aTok[j].flags & TOKF_CAP); j++){
    if( inSet(s->aTok[j].zLow, azFirmEnd) && !tokIs(&s->aTok[j], "group") ) return j+1;
  }
  /* ... or to a Reuters ticker, which only a company's name has: "KLM
  ** Royal Dutch Airlines <KLM.AS>" (coder's reading of seed 5252, #14) */
  if( j+2<s->nTok && tokIs(&s->aTok[j], "<") && (s->aTok[j+1].flags & TOKF_CAP) ) return j;
  return 0;
}

/* Nouns a place name before them makes a name of: "the Paris accord",
** "his Tokyo visit" (eleventh review #60). */
static const char *const azAccordName[] = {"accord","accords","pact","agreement","treaty","summit",
  "conference","declaration","communique","round","talks","meeting","protocol","convention","charter",
  "consensus","process","visit","visits","trip","trips","tour","stopover",0};

static int findMentions(brink_coder *c, Sent *s){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  for(int i=0; i<s->nTok; ){
    const Tok *t = &s->aTok[i];
    if( t->flags & TOKF_PUNCT ){ i++; continue; }
    uint32_t iEntry;
    int n = phraseAt(c, s, DK_ACTOR, i, &iEntry);
    /* "consult us", "lend us": the pronoun is no United States; only "US"
    ** in capitals is */
    if( n==1 && tokIs(t, "us") && !(t->flags & TOKF_ALLCAP) ) n = 0;
    /* "Dynamics Corp of America", "Nissan Motor Co of Japan": a country
    ** that ends a company's name is no actor (brink's own dictionaries) */
    /* (Reuters puts the ticker between: "Bond Corp Holdings Ltd <BONA.S>
    ** of Australia") */
    int iBeforeOf = i-2;
    if( iBeforeOf>0 && tokIs(&s->aTok[iBeforeOf], ">") ){
      int j = iBeforeOf-1;
      while( j>0 && j>iBeforeOf-8 && !tokIs(&s->aTok[j], "<") ) j--;
      if( j>0 && tokIs(&s->aTok[j], "<") ) iBeforeOf = j-1;
    }
    if( n && !c->pEng->bPeerVerbs && i>=2 && tokIs(&s->aTok[i-1], "of")
        && (s->aTok[iBeforeOf].flags & TOKF_CAP) && inSet(s->aTok[iBeforeOf].zLow, azFirmEnd) ){
      i += n;
      continue;
    }
    /* "Royal Bank of Canada", "Canadian Imperial Bank of Commerce", "Bank
    ** of America": a named bank with a word of its own before "Bank" is a
    ** commercial bank, no organ of the country (the reviews' rejected
    ** "Royal Bank of Canada said it classified ... loans to Brazil"); the
    ** state's banks keep it ("Central Bank of Brazil", "Export-Import Bank
    ** of Japan", "People's Bank of China") */
    if( n && !c->pEng->bPeerVerbs && i>=2 && tokIs(&s->aTok[i-1], "of") && tokIs(&s->aTok[i-2], "bank")
        && (s->aTok[i-2].flags & TOKF_CAP) ){
      static const char *const azStateBank[] = {"central","reserve","national","state","'s","federal",
        "export-import","development","the","a","of",0};
      const Tok *p = i>=3 ? &s->aTok[i-3] : 0;
      if( (p && (p->flags & TOKF_CAP) && !inSet(p->zLow, azStateBank) && !(p->flags & TOKF_PUNCT))
          || (tokIs(&s->aTok[i], "america") && n==1) ){
        i += n;
        continue;
      }
    }
    /* "at its headquarters in Seattle, Washington", "in Atlanta, Georgia":
    ** the state or country after a place names where it is (twelfth
    ** review #57) */
    if( n && !c->pEng->bPeerVerbs && i>=3 && tokIs(&s->aTok[i-1], ",") && s->aTok[i-2].eTag==TAG_NNP
        && (s->aTok[i-2].flags & TOKF_CAP) && s->aMenAt[i-2]<0
        && (tokIs(&s->aTok[i-3], "in") || tokIs(&s->aTok[i-3], "at") || tokIs(&s->aTok[i-3], "near")
            || tokIs(&s->aTok[i-3], "from"))
        /* (not the subject after an opening place: "In Tokyo, Japan accused") */
        && (i+n>=s->nTok || (s->aTok[i+n].flags & TOKF_PUNCT) || s->aTok[i+n].eTag==TAG_IN || s->aTok[i+n].eTag==TAG_CC) ){
      i += n;
      continue;
    }
    /* ... and so is one inside it ("American Motors Corp"), and the rest
    ** of the name ("British Broadcasting Corporation": no agent) */
    int iFirmEnd = n && !c->pEng->bPeerVerbs ? firmNameAfter(s, i, n) : 0;
    if( iFirmEnd ){
      i = iFirmEnd;
      continue;
    }
    /* a person's name ends with a family name after the Arabic article
    ** that the dictionary spells otherwise ("Hamad bin Khalifa al-Thani"
    ** for "... Al Thani"): the name goes on (brink's own dictionaries) */
    if( !n && !c->pEng->bPeerVerbs && misspeltPerson(c, s, i, &iEntry) ) n = 2;
    if( n && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_PERSON) ){
      uint32_t iNext;
      while( i+n<s->nTok && (s->aTok[i+n].flags & TOKF_HYPHEN)
             && (strncmp(s->aTok[i+n].zLow, "al-", 3)==0 || strncmp(s->aTok[i+n].zLow, "el-", 3)==0)
             && !phraseAt(c, s, DK_ACTOR, i+n, &iNext) ) n++;
    }
    /* a seat of government that names an accord or a meeting is its place,
    ** not the government: "the February 22 Paris accord", "refused to join
    ** the Paris pact", "the Moscow summit" (brink's own dictionaries) */
    /* ("the Paris currency stabilisation accord": a few common nouns may
    ** come between) */
    int iNoun = i+1;
    if( n==1 && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG) ){
      while( iNoun<s->nTok && iNoun<=i+3 && !(s->aTok[iNoun].flags & TOKF_CAP)
             && (s->aTok[iNoun].eTag==TAG_NN || s->aTok[iNoun].eTag==TAG_JJ) && !inSet(s->aTok[iNoun].zLow, azAccordName) ) iNoun++;
    }
    if( n==1 && !c->pEng->bPeerVerbs && iNoun<s->nTok && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG)
        && inSet(s->aTok[iNoun].zLow, azAccordName) ){
      const char *zC = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
      size_t nC = zC ? strlen(zC) : 0;
      if( nC==6 && strcmp(zC+3, "GOV")==0 ){ i++; continue; }
    }
    /* "the Uruguay Round", "the Uruguay trade round", "the Tokyo round of
    ** trade talks": a round of talks named after its venue is no state */
    if( n && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ORG)) ){
      int j = i+n;
      if( j<s->nTok && tokIs(&s->aTok[j], "trade") ) j++;
      if( j<s->nTok && tokIs(&s->aTok[j], "round") ){ i = j+1; continue; }
    }
    /* "the south american country", "the African nation": a region's word
    ** describing one country (named elsewhere) is no actor of the region
    ** (twenty-eighth review #35: West Germany and Bolivia signed treaties
    ** with "South America") */
    if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (tokIs(&s->aTok[i+n], "country") || tokIs(&s->aTok[i+n], "nation")
        || tokIs(&s->aTok[i+n], "state") || tokIs(&s->aTok[i+n], "republic")) ){
      static const char *const azRegionCode[] = {"LAM","SAM","AFR","EUR","ASA","MEA","WST","CAS","SAS","SEA",
        "NAF","WAF","EAF","SAF","CAF","EEU","WEU","SCN","CRB","CAM","NAM","PGS","BLK","BAL","MDE",0};
      const char *zR = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
      if( zR && strlen(zR)==3 && inSet(zR, azRegionCode) ){ i += n; continue; }
    }
    /* a dateline inside a story, "(NYFC 1433) WASHINGTON - U.S. Treasury
    ** Secretary James Baker holds talks": the place in capitals before the
    ** dash, at the sentence's start or after the bracketed code, is where
    ** the item was filed, no actor (thirty-third review #59) */
    if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (tokIs(&s->aTok[i+n], "-") || tokIs(&s->aTok[i+n], "--"))
        && s->aTok[i+n].iOff > s->aTok[i+n-1].iOff + (uint32_t)s->aTok[i+n-1].n   /* a spaced dash: not "U.S.-backed" */
        && (i==0 || tokIs(&s->aTok[i-1], ")")) ){
      int bCaps = 1;
      for(int k=i; k<i+n && bCaps; k++) bCaps = (s->aTok[k].flags & TOKF_ALLCAP) || (s->aTok[k].flags & TOKF_PUNCT);
      if( bCaps ){ i += n; continue; }
    }
    /* "GM Canada", "IBM Japan": a country after an acronym no dictionary
    ** knows is a company's subsidiary there (thirty-second review #96,
    ** #99) */
    if( n && !c->pEng->bPeerVerbs && i>0 && (s->aTok[i-1].flags & TOKF_ALLCAP) && s->aTok[i-1].n>=2
        && !(s->aTok[i-1].flags & TOKF_PUNCT) && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_STATE)
        && !(s->nMen>0 && s->aMen[s->nMen-1].iEnd==i) ){
      i += n;
      continue;
    }
    /* "Thomas Foley, a Washington Democrat": the state a member of
    ** Congress comes from is no actor (thirty-first review #70) */
    if( n==1 && !c->pEng->bPeerVerbs && i+1<s->nTok && tokIs(&s->aTok[i], "washington") ){
      static const char *const azMember[] = {"democrat","democrats","republican","republicans","senator",
        "senators","congressman","congresswoman","congressmen","representative","lawmaker","lawmakers","state",0};
      if( inSet(s->aTok[i+1].zLow, azMember) ){ i += 2; continue; }
    }
    /* "the Indian Ocean", "the South China Sea": a sea's name is no actor
    ** (twenty-eighth review #34) */
    if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (s->aTok[i+n].flags & TOKF_CAP)
        && (tokIs(&s->aTok[i+n], "ocean") || tokIs(&s->aTok[i+n], "sea"))
        && (pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ){
      i += n+1;
      continue;
    }
    if( n ){
      Mention *m = menPush(c, s);
      if( !m ) return BRINK_ENOMEM;
      m->iStart = i; m->iEnd = i+n;
      const char *zCode = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
      /* "The Washington Post", "the Tehran Times": a newspaper named after a
      ** capital is that country's press, not its government (twenty-eighth
      ** review #17) */
      static const char *const azPaper[] = {"post","times","herald","tribune","journal","star","daily",
        "globe","chronicle","gazette","telegraph","observer","standard","news","express","mail",0};
      if( !c->pEng->bPeerVerbs && zCode && strlen(zCode)==6 && strcmp(zCode+3, "GOV")==0
          && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG) && i+n<s->nTok
          && (s->aTok[i+n].flags & TOKF_CAP) && inSet(s->aTok[i+n].zLow, azPaper) ){
        char zMed[8];
        snprintf(zMed, sizeof zMed, "%.3sMED", zCode);
        zCode = brinkArenaStrndup(&c->arena, zMed, 6);
        if( !zCode ) return BRINK_ENOMEM;
        m->iEnd = i+n+1;
        n++;
      }
      m->zCode = zCode ? zCode : "";
      m->flags = pV->aEntry[DK_ACTOR][iEntry].flags;
      m->zNear = !zCode && (m->flags & ACTF_PERSON) ? brinkDictCodeNearest(d, DK_ACTOR, iEntry, c->iDay) : 0;
      if( m->zNear && strlen(m->zNear)>=3 ){
        /* "President Obama" as one phrase, in a story dated outside his
        ** roles: the title it starts with gives the role, his nearest role
        ** the country */
        uint32_t iAg;
        int nAg = phraseAt(c, s, DK_AGENT, i, &iAg);
        const char *zAg = nAg>0 && nAg<n ? brinkDictCodeOn(d, DK_AGENT, iAg, c->iDay) : 0;
        const char *zC3 = zAg && zAg[0] ? brinkArenaStrndup(&c->arena, m->zNear, 3) : 0;
        if( zC3 ) m->zCode = joinCode(c, zC3, zAg, (pV->aEntry[DK_AGENT][iAg].flags & ACTF_PREFIX)!=0);
      }
      /* "Britain's Cable and Wireless PLC": a country's company, its
      ** business, not the country (eleventh review #56; brink's own
      ** dictionaries) */
      if( !c->pEng->bPeerVerbs && strlen(m->zCode)==3 && i+n+1<s->nTok && tokIs(&s->aTok[i+n], "'s") ){
        int j = i+n+1;
        while( j<s->nTok && j<i+n+7 && ((s->aTok[j].flags & TOKF_CAP) || tokIs(&s->aTok[j], "and")
               || tokIs(&s->aTok[j], "&")) && !inSet(s->aTok[j].zLow, azFirmEnd) ) j++;
        if( j<s->nTok && j>i+n+1 && (s->aTok[j].flags & TOKF_CAP) && inSet(s->aTok[j].zLow, azFirmEnd)
            && !tokIs(&s->aTok[j], "group") ) m->zCode = joinCode(c, m->zCode, "BUS", 0);
      }
      i += n;
      continue;
    }
    n = phraseAt(c, s, DK_AGENT, i, &iEntry);
    /* an agent word that opens a company's name is part of the name:
    ** "Union Carbide Corp" holds no trade union */
    if( n && !c->pEng->bPeerVerbs ){
      int iFirm = firmNameAfter(s, i, n);
      if( iFirm ){ i = iFirm; continue; }
    }
    /* an agent word used as an adjective before a noun is no agent:
    ** "official contact", "military aid" (but "military officials" is a
    ** longer agent phrase, matched whole) */
    if( n==1 && t->eTag==TAG_JJ && i+1<s->nTok && (s->aTok[i+1].eTag==TAG_NN || s->aTok[i+1].eTag==TAG_NNS) ){
      uint32_t iNext;
      if( !phraseAt(c, s, DK_AGENT, i+1, &iNext) ) n = 0;
    }
    /* ... or before "and" another adjective ("medium and long-term debt":
    ** "medium" is the lemma of "media"), and a few nouns that name a
    ** market, not people, before another noun ("passenger cars",
    ** "consumer prices", "tourist visas") */
    if( n==1 && (t->eTag==TAG_JJ || t->eTag==TAG_NN) && i+2<s->nTok && tokIs(&s->aTok[i+1], "and")
        && TAG_IS_ADJ(s->aTok[i+2].eTag) ) n = 0;
    static const char *const azMarket[] = {"passenger","consumer","tourist","taxpayer","pilgrim",0};
    if( n==1 && i+1<s->nTok && inSet(t->zLow, azMarket) && TAG_IS_NOUN(s->aTok[i+1].eTag) ) n = 0;
    /* "expressed opposition to the deal", "voiced strong opposition": the
    ** act of opposing, not the opposition party (sixth review #27) */
    if( n==1 && tokIs(t, "opposition") ){
      int j = i-1;
      while( j>0 && s->aTok[j].eTag==TAG_JJ && s->aMenAt[j]<0 ) j--;
      /* (but "rejected opposition demands": the party's) */
      if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && !(i+1<s->nTok && TAG_IS_NOUN(s->aTok[i+1].eTag)) ) n = 0;
    }
    if( n ){
      Mention *m = menPush(c, s);
      if( !m ) return BRINK_ENOMEM;
      m->iStart = i; m->iEnd = i+n;
      const char *zCode = brinkDictCodeOn(d, DK_AGENT, iEntry, c->iDay);
      m->zCode = "";
      m->zAgent = zCode ? zCode : "";
      m->flags = (uint16_t)(pV->aEntry[DK_AGENT][iEntry].flags | MF_AGENT);
      i += n;
      continue;
    }
    /* a country's name misspelt ("Ethopia", "Quatar's"): brink's own
    ** dictionaries, for a capitalised word no dictionary and no word list
    ** knows, standing alone */
    if( !c->pEng->bPeerVerbs && (t->flags & TOKF_CAP) && !(t->flags & TOKF_ALLCAP) && t->iLex<0
        && !(i+1<s->nTok && (s->aTok[i+1].flags & TOKF_CAP) && !(s->aTok[i+1].flags & TOKF_PUNCT)) ){
      if( misspeltCountry(c, t, &iEntry) ){
        Mention *m = menPush(c, s);
        if( !m ) return BRINK_ENOMEM;
        m->iStart = i; m->iEnd = i+1;
        m->zCode = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
        m->flags = pV->aEntry[DK_ACTOR][iEntry].flags;
        i++;
        continue;
      }
    }
    /* a party known only by its own name, no dictionary's ("the Umma
    ** (Nation) party", "the Renewal Party"): a role with no country, as a
    ** party that protests or boycotts is the opposition (brink's own
    ** dictionaries) */
    if( !c->pEng->bPeerVerbs ){
      int e = namedParty(s, i);
      if( e ){
        Mention *m = menPush(c, s);
        if( !m ) return BRINK_ENOMEM;
        m->iStart = i; m->iEnd = e; m->zCode = ""; m->zAgent = "OPP";
        m->flags = MF_AGENT|MF_PARTY|ACTF_ORG;
        i = e;
        continue;
      }
    }
    /* descriptions: "the latter", "the former", "both leaders" */
    if( tokIs(t, "the") && i+1<s->nTok && (tokIs(&s->aTok[i+1], "latter") || tokIs(&s->aTok[i+1], "former")) ){
      Mention *m = menPush(c, s);
      if( !m ) return BRINK_ENOMEM;
      m->iStart = i; m->iEnd = i+2; m->zCode = ""; m->flags = MF_PRONOUN;
      i += 2;
      continue;
    }
    if( (tokIs(t, "both") || (tokIs(t, "the") && i+1<s->nTok && tokIs(&s->aTok[i+1], "two")))
        && i+2<s->nTok ){
      int j = tokIs(t, "both") ? i+1 : i+2;
      static const char *const azPair[] = {"leaders","sides","presidents","countries","nations",
        "governments","men","ministers","parties","states",0};
      if( j<s->nTok && inSet(s->aTok[j].zLow, azPair) ){
        Mention *m = menPush(c, s);
        if( !m ) return BRINK_ENOMEM;
        m->iStart = i; m->iEnd = j+1; m->zCode = ""; m->flags = MF_PRONOUN|ACTF_PLURAL;
        i = j+1;
        continue;
      }
    }
    int p = isPronounWord(s, i);
    if( p>0 && tokIs(t, "it") ){
      /* "it" is an actor only as a subject: "it accumulates"; not "made it clear" */
      const Tok *u = i+1<s->nTok ? &s->aTok[i+1] : 0;
      p = u && (TAG_IS_VERB(u->eTag) || u->eTag==TAG_MD || u->eTag==TAG_RB);
      /* "it was difficult", "it is expected that", "it would be profoundly
      ** undesirable for Iran to", "it has been said": expletive */
      int j = i+1;
      while( p && j<s->nTok && j<=i+3 && (s->aTok[j].eTag==TAG_MD || s->aTok[j].eTag==TAG_RB
             || tokIs(&s->aTok[j], "has") || tokIs(&s->aTok[j], "had")) ) j++;
      if( p && j<s->nTok && inSet(s->aTok[j].zLow, azBe) ) p = 0;
      /* "it also seems to me that", "it appears that" (thirteenth review #80) */
      static const char *const azSeem[] = {"seems","seemed","seem","appears","appeared","appear",0};
      if( p && j<s->nTok && inSet(s->aTok[j].zLow, azSeem) ) p = 0;
      /* "it has taken almost six months to complete the loan", "it took
      ** weeks to": the time a thing took (twelfth review #23) */
      if( p && j<s->nTok && (tokIs(&s->aTok[j], "taken") || tokIs(&s->aTok[j], "took") || tokIs(&s->aTok[j], "takes")
          || tokIs(&s->aTok[j], "take")) ){
        for(int k=j+1; k<s->nTok && k<=j+6; k++) if( tokIs(&s->aTok[k], "to") ){ p = 0; break; }
      }
      /* "it makes no sense to abandon this policy", "it makes sense to"
      ** (thirty-third review #33) */
      if( p && j+1<s->nTok && lemIs(&s->aTok[j], "make") && (tokIs(&s->aTok[j+1], "sense")
          || (j+2<s->nTok && tokIs(&s->aTok[j+2], "sense"))) ) p = 0;
    }
    if( p<0 ){
      /* "her" is an object pronoun when no noun follows */
      p = !(i+1<s->nTok && (TAG_IS_NOUN(s->aTok[i+1].eTag) || TAG_IS_ADJ(s->aTok[i+1].eTag)));
    }
    if( p ){
      Mention *m = menPush(c, s);
      if( !m ) return BRINK_ENOMEM;
      m->iStart = i; m->iEnd = i+1; m->zCode = ""; m->flags = MF_PRONOUN;
      i++;
      continue;
    }
    /* "Saudi-led forces", "the U.S.-led coalition": the leader's forces
    ** (brink's own dictionaries; "Iranian-backed" militias are not Iran's) */
    static const char *const azLedWhat[] = {"forces","force","troops","coalition","alliance","invasion",
      "offensive","operation","operations","mission","campaign","army","armies","military","government",
      "administration","blockade","bombing","airstrikes","strikes","peacekeepers","peacekeeping",0};
    if( !c->pEng->bPeerVerbs && t->n>5 && memcmp(t->zLow + t->n - 4, "-led", 4)==0
        && i+1<s->nTok && inSet(s->aTok[i+1].zLow, azLedWhat) ){
      int32_t w = brinkDictWordId(c->pDict, t->zLow, (size_t)t->n - 4);
      uint32_t nPh = 0;
      const uint32_t *aPh = w>=0 ? brinkDictPhrasesFor(c->pDict, DK_ACTOR, w, &nPh) : 0;
      if( nPh ){
        uint32_t iEnt = pV->aPhrase[DK_ACTOR][aPh[0]].iEntry;
        const char *zCode = brinkDictCodeOn(d, DK_ACTOR, iEnt, c->iDay);
        uint16_t fl = pV->aEntry[DK_ACTOR][iEnt].flags;
        if( zCode && zCode[0] && !(fl & ACTF_PERSON) ){
          Mention *m = menPush(c, s);
          if( !m ) return BRINK_ENOMEM;
          m->iStart = i; m->iEnd = i+1; m->zCode = zCode;
          m->flags = (uint16_t)((fl & ~ACTF_STATE) | ACTF_ADJ);
        }
      }
    }
    i++;
  }
  return BRINK_OK;
}

/* Tokens strictly between two mentions are only modifiers (adjectives,
** nouns, numbers, hyphens)? */
static int onlyModifiers(const Sent *s, int i0, int i1, int nMax){
  if( i1 - i0 > nMax ) return 0;
  for(int i=i0; i<i1; i++){
    int e = s->aTok[i].eTag;
    if( TAG_IS_ADJ(e) || e==TAG_NN || e==TAG_NNP || e==TAG_CD || e==TAG_VBG || e==TAG_VBN
        || tokIs(&s->aTok[i], "-") ) continue;
    /* coordinated adjectives: "awful and evil minister" */
    if( e==TAG_CC && i>i0 && i+1<i1 && TAG_IS_ADJ(s->aTok[i-1].eTag) && TAG_IS_ADJ(s->aTok[i+1].eTag) ) continue;
    return 0;
  }
  return 1;
}

static const char *joinCode(brink_coder *c, const char *zActor, const char *zAgent, int bPrefix){
  size_t nA = strlen(zActor), nG = strlen(zAgent);
  if( nG==0 ) return zActor;
  /* a party or movement named before "government" is that country's
  ** government: "the Sandinista government", "the Hamas government" */
  if( nA>3 && strcmp(zAgent, "GOV")==0 && strncmp(zActor, "IGO", 3)!=0 && strncmp(zActor, "NGO", 3)!=0
      && strncmp(zActor, "IMG", 3)!=0 && strncmp(zActor, "MNC", 3)!=0 ){
    char *z = brinkArenaAlloc(&c->arena, 7);
    if( !z ) return zActor;
    memcpy(z, zActor, 3); memcpy(z+3, "GOV", 4);
    return z;
  }
  /* Agents compose with country codes (three letters, or a country code
  ** that already carries a role: RUSGOV + MIL stays RUSGOV).  Other actors
  ** (IGOs, named groups) keep their own code.  TABARI composes with any
  ** code (GONGMO + NGM~ is NGMGONGMO) unless the code already ends (starts,
  ** for a prefix) with the agent's: USAGOV + GOV stays USAGOV. */
  if( c->bStems ){
    if( bPrefix ? (nA>=nG && strncmp(zActor, zAgent, nG)==0) : (nA>=nG && strcmp(zActor+nA-nG, zAgent)==0) ) return zActor;
  }else{
    if( nA!=3 ) return zActor;
    if( strcmp(zActor, zAgent)==0 ) return zActor;   /* NGM + NGM is NGM, as PETRARCH mixes them */
  }
  char *z = brinkArenaAlloc(&c->arena, nA+nG+1);
  if( !z ) return zActor;
  if( bPrefix ){ memcpy(z, zAgent, nG); memcpy(z+nG, zActor, nA); }
  else { memcpy(z, zActor, nA); memcpy(z+nA, zAgent, nG); }
  z[nA+nG] = 0;
  return z;
}

/* People who are in a capital as outsiders: "diplomats in Moscow",
** "correspondents in Beijing" are seldom of the country they are in. */
static const char *const azVisitor[] = {"diplomat","diplomats","envoy","envoys","ambassador",
  "ambassadors","correspondent","correspondents","journalist","journalists","reporter","reporters",
  "observer","observers","delegation","delegations","delegate","delegates","negotiator","negotiators",
  "visitor","visitors","tourist","tourists","mission","missions","attache","attaches",0};

/* The country of mention b when it is a capital that the dictionary codes
** as its government and the gazetteer places as a city of that country
** alone ("Seoul": KOR; not "the Kremlin", nor "Tripoli", a city in two); a
** 3-letter code in the arena, or NULL. */
static const char *placeCountry(brink_coder *c, const Sent *s, int i, int *piEnd);
static const char *capitalCountry(brink_coder *c, const Sent *s, const Mention *b){
  if( c->pEng->bPeerVerbs || !(b->flags & ACTF_ORG) || (b->flags & (ACTF_PERSON|MF_AGENT|MF_PRONOUN)) ) return 0;
  if( strlen(b->zCode)!=6 || strcmp(b->zCode+3, "GOV")!=0 ) return 0;
  int iEnd = 0;
  const char *zC = placeCountry(c, s, b->iStart, &iEnd);
  if( !zC || iEnd!=b->iEnd || strncmp(zC, b->zCode, 3)!=0 ) return 0;
  return zC;
}

static void menRemove(Sent *s, int k){
  memmove(&s->aMen[k], &s->aMen[k+1], sizeof(Mention)*(size_t)(s->nMen-k-1));
  s->nMen--;
}

/* Are mentions j and j+1 coordinated: only ",", "and" (with "the" and
** adjectives after it) between them?  Sets *pbAnd when "and" is there. */
static int coordinated(const Sent *s, int j, int *pbAnd){
  const Mention *a = &s->aMen[j], *b = &s->aMen[j+1];
  int i = a->iEnd, bSep = 0;
  if( i<b->iStart && tokIs(&s->aTok[i], ",") ){ i++; bSep = 1; }
  if( i<b->iStart && (tokIs(&s->aTok[i], "and") || tokIs(&s->aTok[i], "&")) ){ i++; bSep = 1; *pbAnd = 1; }
  if( bSep && i<b->iStart && tokIs(&s->aTok[i], "the") ) i++;
  return bSep && i==b->iStart;
}

/* Mention k is a bare agent before "of"/"in" and the country k+1.  When
** bare agents are coordinated before it or countries after it, replace
** them all by one compound of every agent with every country, over the
** words of the whole run.  Returns the number of mentions made (0: nothing
** to distribute), -1 on OOM. */
static int distributeRoles(brink_coder *c, Sent *s, int k){
  int i0 = k, j1 = k+1, bAndA = 0, bAndS = 0;
  while( i0>0 && (s->aMen[i0-1].flags & MF_AGENT) && !(s->aMen[i0-1].flags & MF_PRONOUN)
         && coordinated(s, i0-1, &bAndA) ) i0--;
  while( j1+1<s->nMen && !(s->aMen[j1+1].flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON))
         && strlen(s->aMen[j1+1].zCode)==3 && coordinated(s, j1, &bAndS) ) j1++;
  if( !bAndA ) i0 = k;
  if( !bAndS ) j1 = k+1;
  int nA = k-i0+1, nS = j1-k, n = nA*nS;
  if( n==1 || n>MAX_PAIRWISE*MAX_PAIRWISE ) return 0;
  Mention aNew[MAX_PAIRWISE*MAX_PAIRWISE];
  int iStart = s->aMen[i0].iStart, iEnd = s->aMen[j1].iEnd, g = s->aMen[i0].iGroup;
  for(int x=0; x<nA; x++){
    const Mention *ag = &s->aMen[i0+x];
    for(int y=0; y<nS; y++){
      Mention *m = &aNew[x*nS+y];
      *m = *ag;
      m->zCode = joinCode(c, s->aMen[k+1+y].zCode, ag->zAgent, (ag->flags & ACTF_PREFIX)!=0);
      m->flags = (uint16_t)((ag->flags & ~MF_AGENT) | ACTF_ORG | MF_ROLE);
      m->zAgent = 0;
      m->iStart = iStart; m->iEnd = iEnd; m->iGroup = g;
    }
  }
  int nOld = j1-i0+1;
  while( s->nMen - nOld + n > s->nMenAlloc ){
    int nSave = s->nMen;
    s->nMen = s->nMenAlloc;          /* so that menPush grows the array */
    if( !menPush(c, s) ) return -1;
    s->nMen = nSave;
  }
  memmove(&s->aMen[i0+n], &s->aMen[j1+1], sizeof(Mention)*(size_t)(s->nMen-j1-1));
  memcpy(&s->aMen[i0], aNew, sizeof(Mention)*(size_t)n);
  s->nMen += n - nOld;
  return n - (k-i0);    /* mentions from k on, so the caller can skip them */
}

/* Compose adjacent mentions into one. */
static void composeMentions(brink_coder *c, Sent *s){
  /* (0) "tea workers of Indian origin", "Britons of Pakistani descent": an
  **     ancestry names no state they act for (twenty-second review #73) */
  static const char *const azAncestry[] = {"origin","descent","extraction","ancestry","heritage",0};
  /* ... and "colour television sets", "radio exports": a broadcaster's
  **     name before a product is the product (twenty-second review #68) */
  static const char *const azProduct[] = {"set","sets","receiver","receivers","tube","tubes","screens",
    "makers","maker","manufacturers","exports","imports","equipment","production","industry","parts",
    "components","sales",0};
  for(int k=0; k<s->nMen && !c->pEng->bPeerVerbs; k++){
    const Mention *m = &s->aMen[k];
    if( m->iEnd>=s->nTok ) continue;
    if( ((m->flags & ACTF_ADJ) && inSet(s->aTok[m->iEnd].zLow, azAncestry))
        || ((m->flags & MF_AGENT) && m->zAgent && strcmp(m->zAgent, "MED")==0 && inSet(s->aTok[m->iEnd].zLow, azProduct)) ){
      menRemove(s, k);
      k--;
    }
  }
  /* (a) country/adjective actor + modifiers + agent(s): "Russian military", "US senior officials" */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN)) || !(b->flags & MF_AGENT) ) continue;
    if( a->flags & ACTF_PERSON ) continue;
    if( !onlyModifiers(s, a->iEnd, b->iStart, 2) ) continue;
    if( a->flags & MF_POSS ) continue;
    /* business people, farmers or newspapers named by an organisation of
    ** states are none of its organs ("EC business leaders", "EC farmers"):
    ** no known actor (its officers are: "IMF Managing Director") */
    static const char *const azPrivate[] = {"BUS","AGR","MED",0};
    if( !c->pEng->bPeerVerbs && strncmp(a->zCode, "IGO", 3)==0 && b->zAgent && inSet(b->zAgent, azPrivate)
        && !(b->flags & ACTF_PERSON) ){
      a->zCode = "";
      a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE)) | ACTF_ORG | MF_ROLE);
      a->iEnd = b->iEnd;
      menRemove(s, k+1);
      continue;
    }
    /* a people's leaders are no government of the state they live in
    ** ("Yoruba leaders", "Tamil leaders", "Tibetan officials"): elites;
    ** a government of its own is one ("the Basque government") */
    static const char *const azOwnGov[] = {"government","governments","administration","authorities",0};
    const char *zAg = (a->flags & ACTF_ETHNIC) && b->zAgent && strcmp(b->zAgent, "GOV")==0
                      && !inSet(s->aTok[b->iEnd-1].zLow, azOwnGov) ? "ELI" : b->zAgent;
    a->zCode = joinCode(c, a->zCode, zAg, (b->flags & ACTF_PREFIX)!=0);
    a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE|ACTF_ETHNIC)) | (b->flags & ACTF_PERSON) | ACTF_ORG | MF_ROLE);
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
    k--;
  }
  /* (a1) "Ithilen's president", "Russia's defence minister": a country's
  ** possessive before an agent */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON)) || !(b->flags & MF_AGENT) ) continue;
    if( strlen(a->zCode)!=3 || a->iEnd>=s->nTok || !tokIs(&s->aTok[a->iEnd], "'s") ) continue;
    /* (TABARI: the agent right after the 's: "Dagolath's first Deputy Prime
    ** Minister" stays DAG) */
    if( !onlyModifiers(s, a->iEnd+1, b->iStart, c->bStems ? 0 : 4) ) continue;
    a->zCode = joinCode(c, a->zCode, b->zAgent, (b->flags & ACTF_PREFIX)!=0);
    a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE)) | (b->flags & ACTF_PERSON) | ACTF_ORG | MF_ROLE);
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
  }
  /* (a3) "Japanese banks", "U.S. investors": a country word before a noun of
  **      commerce is that country's business.  The nouns are no agents
  **      (docs: a bare "banks" is mostly foreign to the clause's country),
  **      so only a country word right before them makes them actors
  **      (brink's own dictionaries; a capitalised "Bank" is a name).
  **      Not "traders": cross-border and market traders are as often
  **      people as firms */
  static const char *const azFirm[] = {"bank","banks","investor","investors","creditor","creditors",
    "lender","lenders","exporter","exporters","importer","importers","firms",
    "dealers","bankers","insurers","brokers","shippers","refiners","manufacturers","makers",
    "carmakers","automakers","steelmakers","subsidiary","subsidiaries","affiliate","affiliates","company",
    "companies","firm","suppliers","buyers","division",0};
  for(int k=0; !c->pEng->bPeerVerbs && k<s->nMen; k++){
    Mention *a = &s->aMen[k];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON|MF_POSS)) || strlen(a->zCode)!=3 ) continue;
    int i = a->iEnd, iLim = k+1<s->nMen ? s->aMen[k+1].iStart : s->nTok;
    while( i<iLim && i<a->iEnd+3 && !inSet(s->aTok[i].zLow, azFirm) ) i++;
    if( i>=iLim || i>=a->iEnd+3 || (s->aTok[i].flags & TOKF_CAP) || !onlyModifiers(s, a->iEnd, i, 2) ) continue;
    if( i>0 && tokIs(&s->aTok[i-1], "central") ) continue;   /* "the West German central bank" */
    /* ("the Canadian division of General Motors Corp", thirty-second review
    ** #99; not an army's division) */
    if( tokIs(&s->aTok[i], "division") && !(i+2<s->nTok && tokIs(&s->aTok[i+1], "of")
        && (s->aTok[i+2].flags & TOKF_CAP) && s->aMenAt[i+2]<0) ) continue;
    /* (its flags stay the country word's: "Canadian firms" is no "it" of
    ** the next sentence, as "Canadian" was none) */
    a->zCode = joinCode(c, a->zCode, "BUS", 0);
    a->iEnd = i+1;
  }
  /* (a2) "Russian and Ukrainian officials": the agent distributes over the
  ** adjectives coordinated before it */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(a->flags & (ACTF_ADJ|ACTF_STATE)) || (a->flags & (MF_AGENT|MF_PRONOUN)) ) continue;
    if( b->iStart!=a->iEnd+1 || !tokIs(&s->aTok[a->iEnd], "and") ) continue;
    if( !TAG_IS_ADJ(s->aTok[b->iStart].eTag) && s->aTok[b->iStart].eTag!=TAG_NNP ) continue;
    if( b->iEnd<=b->iStart+1 || strlen(b->zCode)<=3 || !(s->aTok[b->iStart].flags & TOKF_CAP) ) continue;
    /* b is adjective + agent: its code is country + role */
    if( strlen(a->zCode)==3 && b->zCode[3] && !(b->flags & ACTF_PERSON && !(b->flags & ACTF_ORG)) ){
      a->zCode = joinCode(c, a->zCode, b->zCode+3, 0);
      a->flags = (uint16_t)((a->flags & ~ACTF_ADJ) | ACTF_ORG | (b->flags & ACTF_PERSON));
    }
  }
  /* (b) agent + agent: "army commander" keeps the first role */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(b->flags & MF_AGENT) || b->iStart!=a->iEnd ) continue;
    if( (a->flags & MF_PRONOUN) ) continue;
    a->iEnd = b->iEnd;
    a->flags |= (b->flags & ACTF_PERSON);
    menRemove(s, k+1);
    k--;
  }
  static const char *const azGeoNoun[] = {"border","borders","province","provinces","region","regions",
    "city","cities","capital","state","states","area","areas","territory","territories","coast","villages",
    "village","town","towns","countryside","camps","camp",0};
  /* (d) agent/person + "of" + state/org: "the government of Russia",
  **     "President Vladimir Putin of Russia" */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( a->flags & MF_PRONOUN ) continue;
    if( !((a->flags & MF_AGENT) || (a->flags & ACTF_PERSON)) ) continue;
    if( b->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON) ) continue;
    /* ("people in a Pakistani village": an indefinite place named by its
    ** country's word, census A144) */
    int bIndefPlace = !c->pEng->bPeerVerbs && (a->flags & MF_AGENT) && b->iStart==a->iEnd+2
        && tokIs(&s->aTok[a->iEnd], "in") && (tokIs(&s->aTok[a->iEnd+1], "a") || tokIs(&s->aTok[a->iEnd+1], "an"))
        && (b->flags & ACTF_ADJ) && b->iEnd<s->nTok && inSet(s->aTok[b->iEnd].zLow, azGeoNoun);
    if( b->iStart < a->iEnd+1 || b->iStart > a->iEnd+2 ) continue;
    /* "students throughout Indonesia"; "from" only with peer dictionaries
    ** ("soldiers from Gondor" in PETRARCH; brink's own reading keeps
    ** "withdrew its force from Chad" apart).  Peer dictionaries mark no
    ** states: a bare country code is one; TABARI actors carry no flags at
    ** all: "activists in Arnor" too. */
    int bState = (b->flags & ACTF_STATE) || (c->pEng->bPeerVerbs && strlen(b->zCode)==3)
        || (c->bStems && !(b->flags & (ACTF_ORG|ACTF_ADJ))) || bIndefPlace;
    /* a capital is a place after "in" too: "students in Seoul" are South
    ** Korean students ("diplomats in Moscow" are seldom Russian ones) */
    const char *zCity = !bState && (a->flags & MF_AGENT) && tokIs(&s->aTok[a->iEnd], "in")
        && !inSet(s->aTok[a->iEnd-1].zLow, azVisitor) && !inSet(s->aTok[a->iEnd-1].zLow, azMission)
        ? capitalCountry(c, s, b) : 0;
    if( zCity ){
      a->zCode = joinCode(c, zCity, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | ACTF_ORG);
      a->zAgent = 0;
      a->iEnd = b->iEnd;
      menRemove(s, k+1);
      k--;
      continue;
    }
    static const char *const azIn[] = {"in","throughout","across",0};
    /* ... and with brink's own, a subject "from" a country, its verb right
    ** after it: "troops from Afghanistan attacked Pakistani villages" (not
    ** "withdrew its force from Chad") */
    int bFromSubj = !c->pEng->bPeerVerbs && tokIs(&s->aTok[a->iEnd], "from") && b->iStart==a->iEnd+1
        && b->iEnd<s->nTok && (TAG_IS_FINITE(s->aTok[b->iEnd].eTag) || s->aTok[b->iEnd].eTag==TAG_MD)
        && !(a->iStart>0 && s->aTok[a->iStart-1].eTag==TAG_PRPS);
    if( !tokIs(&s->aTok[a->iEnd], "of") && !((a->flags & MF_AGENT) && bState
        && ((c->pEng->bPeerVerbs ? tokIs(&s->aTok[a->iEnd], "in") : inSet(s->aTok[a->iEnd].zLow, azIn))
            || (c->pEng->bPeerVerbs && tokIs(&s->aTok[a->iEnd], "from")) || bFromSubj)) ) continue;
    if( b->iStart==a->iEnd+2 && !tokIs(&s->aTok[a->iEnd+1], "the") && !bIndefPlace ) continue;
    /* an embassy in a country is another country's ("opened an embassy in
    ** Tehran" is no Iranian government): only "of" gives it its state */
    if( !c->pEng->bPeerVerbs && !tokIs(&s->aTok[a->iEnd], "of") && inSet(s->aTok[a->iEnd-1].zLow, azMission) ) continue;
    /* a country that modifies a noun is no place of the agent's: "the
    ** prosecutor in the Iran arms scandal" is no Iranian prosecutor (but
    ** "police in Iraq's north", "troops in Lebanon border areas" are) */
    if( !c->pEng->bPeerVerbs && !tokIs(&s->aTok[a->iEnd], "of") && b->iEnd<s->nTok
        && (s->aTok[b->iEnd].eTag==TAG_NN || s->aTok[b->iEnd].eTag==TAG_NNS)
        && !(s->aTok[b->iEnd].flags & TOKF_CAP) && !inSet(s->aTok[b->iEnd].zLow, azGeoNoun) ) continue;
    if( (a->flags & MF_AGENT) && bState && c->pEng->bPeerVerbs!=PEER_VERBS_TABARI ){
      /* coordinated agents or countries distribute: "the ambassadors of
      ** Arnor, Osgiliath and Gondor" (three GOVs), "lawmakers and officials
      ** in A and B" (four actors).  TABARI gives the role to the first
      ** country only. */
      int n = distributeRoles(c, s, k);
      if( n<0 ) return;
      if( n>0 ){ k += n-1; continue; }
    }
    if( a->flags & MF_AGENT ){
      a->zCode = joinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | ACTF_ORG);
      a->zAgent = 0;
    }
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
    k--;
  }
  /* (c) X + person ("US President Joe Biden", "President Vladimir Putin"),
  **     or X , person , ("the secretary-general of the alliance, Jens Stoltenberg,") */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    /* TABARI actors carry no flags: an actor right after a title is the
    ** titled one ("Bree Prime Minister Romendacil", "President Romendacil") */
    int bTitled = c->bStems && !(b->flags & (ACTF_STATE|ACTF_ORG|ACTF_ADJ|MF_AGENT|MF_PRONOUN))
        && b->iStart==a->iEnd && ((a->flags & MF_AGENT) || strlen(a->zCode)>3);
    if( !bTitled && (!(b->flags & ACTF_PERSON) || (b->flags & (MF_AGENT|MF_PRONOUN))) ) continue;
    if( a->flags & (MF_PRONOUN) ) continue;
    if( (a->flags & ACTF_PERSON) && !(a->flags & MF_AGENT) && a->zCode[0] && !(a->flags & ACTF_ORG) ) continue;
    int bAdj = b->iStart==a->iEnd;
    int bAppos = b->iStart==a->iEnd+1 && tokIs(&s->aTok[a->iEnd], ",");
    /* "General Ruslan Khomchak": a title that is a word, not an agent, is fine too */
    if( !bAdj && !bAppos ) continue;
    if( bAppos && !(a->flags & (MF_AGENT|ACTF_ORG)) ) continue;
    /* the person's code wins, unless it is only a country the title already
    ** carries with a role ("Bree Prime Minister Romendacil": BREGOV, not BRE) */
    size_t nB = strlen(b->zCode);
    if( bTitled && (a->flags & MF_AGENT) && a->zAgent ){
      /* TABARI: the title's role on the name's actor */
      a->zCode = joinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
    }else if( nB==0 && b->zNear ){
      /* a person with no role on the story's date: the title in the text
      ** says what they are ("Russian President Boris Yeltsin" is RUSGOV
      ** whatever the dictionary's dates; "President Obama" takes his
      ** country from his nearest role and the role from the title) */
      if( (a->flags & MF_AGENT) && a->zAgent && a->zAgent[0] && strlen(b->zNear)>=3 ){
        const char *zC3 = brinkArenaStrndup(&c->arena, b->zNear, 3);
        if( zC3 ) a->zCode = joinCode(c, zC3, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      }
    }else if( nB==6 && strcmp(b->zCode+3, "ELI")==0 && strlen(a->zCode)>3 && strncmp(a->zCode, b->zCode, 3)==0 ){
      /* the dictionary says "former", the text gives an office ("Russian
      ** President Boris Yeltsin" a day after his term by its dates): the
      ** text's title stands */
    }else if( !(nB==3 && strlen(a->zCode)>3 && strncmp(a->zCode, b->zCode, 3)==0) ){
      a->zCode = b->zCode;
    }
    a->flags = b->flags;
    a->zAgent = 0;
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
    k--;
  }
  /* (c2) peer dictionaries mark no persons, so (c) cannot see that a name
  **      right after a title is the titled one: "Bree Prime Minister
  **      Romendacil", "minister Calimehtar".  PETRARCH codes such a noun
  **      phrase as its first actor with the title's role (BREGOV), and a bare
  **      title takes the name's actor (CALGOV). */
  for(int k=0; c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH && k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(a->flags & (MF_AGENT|MF_ROLE)) || (a->flags & (MF_PRONOUN|MF_POSS)) ) continue;
    if( b->flags & (MF_AGENT|MF_PRONOUN) || b->iStart!=a->iEnd || !b->zCode[0] ) continue;
    if( !(s->aTok[b->iStart].flags & TOKF_CAP) ) continue;
    if( a->flags & MF_AGENT ){
      a->zCode = joinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      if( (a->flags & ACTF_PREFIX) && a->zCode==b->zCode && strlen(b->zCode)>3 && a->zAgent[0]
          && strncmp(b->zCode, a->zAgent, strlen(a->zAgent))!=0 ){
        /* a prefix role before an actor that has its own role: "an MSF
        ** Arnor diplomat" is NGO + ARNGOV, as PETRARCH mixes the codes */
        size_t nG = strlen(a->zAgent), nB = strlen(b->zCode);
        char *z = brinkArenaAlloc(&c->arena, nG+nB+1);
        if( z ){ memcpy(z, a->zAgent, nG); memcpy(z+nG, b->zCode, nB+1); a->zCode = z; }
      }
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | MF_ROLE | ACTF_ORG);
      a->zAgent = 0;
    }
    a->flags |= b->flags & MF_POSS;
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
    k--;
  }
  /* (c3) PETRARCH codes a noun phrase by its first actor: two actors with
  **      only adjectives between them ("the evil Arnor awful Gondor") are
  **      one noun phrase, the first's */
  for(int k=0; s->bNpActor && k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|MF_POSS)) || (b->flags & (MF_AGENT|MF_PRONOUN)) ) continue;
    if( b->iStart<=a->iEnd || !a->zCode[0] ) continue;
    int i = a->iEnd;
    while( i<b->iStart && TAG_IS_ADJ(s->aTok[i].eTag) ) i++;
    if( i!=b->iStart ) continue;
    a->flags |= b->flags & MF_POSS;
    a->iEnd = b->iEnd;
    menRemove(s, k+1);
    k--;
  }
  /* a compound code of the peer dictionaries, "THE_SHIRE [FRO/BIL/SAM]": one
  ** mention per member, all of one group over the same words */
  for(int k=0; k<s->nMen; k++){
    const char *zSlash = strchr(s->aMen[k].zCode, '/');
    if( !zSlash ) continue;
    const char *z = s->aMen[k].zCode;
    Mention *pNew = menPush(c, s);      /* may move s->aMen */
    if( !pNew ) return;
    s->nMen--;
    memmove(&s->aMen[k+1], &s->aMen[k], sizeof(Mention)*(size_t)(s->nMen-k));
    s->nMen++;
    s->aMen[k].zCode = brinkArenaStrndup(&c->arena, z, (size_t)(zSlash - z));
    s->aMen[k+1].zCode = zSlash+1;
    if( !s->aMen[k].zCode ) s->aMen[k].zCode = "";
    /* the rest ("BIL/SAM") is split on the next round */
  }
  /* Reuters marks company names in angle brackets ("<Ecolab Co>"): what is
  ** inside names a company, not the country or agency whose words it uses */
  {
    int bIn = 0;
    for(int i=0, k=0; i<s->nTok; i++){
      if( tokIs(&s->aTok[i], "<") ) bIn = 1;
      else if( tokIs(&s->aTok[i], ">") ) bIn = 0;
      while( k<s->nMen && s->aMen[k].iEnd<=i ) k++;
      if( bIn && k<s->nMen && s->aMen[k].iStart==i ){ menRemove(s, k); }
    }
  }
  /* possessives; and a seat of government after a locative preposition is
  ** a place, not an actor: "met in Paris", "talks at the White House" */
  static const char *const azLoc[] = {"in","at","near","outside","inside","around","across",
    "throughout","within",0};
  for(int k=0; k<s->nMen; k++){
    Mention *m = &s->aMen[k];
    if( m->iEnd<s->nTok && (tokIs(&s->aTok[m->iEnd], "'s") || tokIs(&s->aTok[m->iEnd], "'")) ){
      m->flags |= MF_POSS;
    }
    size_t nCode = strlen(m->zCode);
    if( (m->flags & ACTF_ORG) && !(m->flags & (MF_AGENT|ACTF_PERSON)) && nCode==6
        && strcmp(m->zCode+3, "GOV")==0 && m->iStart>0 && !(m->flags & MF_POSS) ){
      int i = m->iStart-1;
      if( i>=0 && tokIs(&s->aTok[i], "the") ) i--;
      if( i>=0 && inSet(s->aTok[i].zLow, azLoc) ){
        /* ... but the host of an embassy is its country: "opened an
        ** embassy in Tehran"; and so is the home of one "based in Beirut" */
        /* ... and the host of a visitor who arrives there: "arrived in
        ** Moscow" visits the Soviet Union as "arrived in the Soviet Union"
        ** does (twenty-sixth review #70) */
        static const char *const azBased[] = {"based","headquartered",0};
        static const char *const azArrive[] = {"arrive","arrival",0};
        if( i>0 && tokIs(&s->aTok[i], "in") && (inSet(s->aTok[i-1].zLow, azMission) || inSet(s->aTok[i-1].zLow, azBased)
            || (!c->pEng->bPeerVerbs && inSet(s->aTok[i-1].zLemma, azArrive))) ){
          const char *z = brinkArenaStrndup(&c->arena, m->zCode, 3);
          if( z ){ m->zCode = z; m->flags = (uint16_t)((m->flags & ~ACTF_ORG) | ACTF_STATE); continue; }
        }
        menRemove(s, k);
        k--;
      }
    }
  }
}

/* ---- Discourse --------------------------------------------------------- */
/* Does mention m name several ("trade ministers", "both leaders")?  A
** plural is no antecedent of "he" or "she". */
static int isPluralMention(const Sent *s, const Mention *m){
  if( m->flags & ACTF_PLURAL ) return 1;
  int e = s->aTok[m->iEnd-1].eTag;
  /* (or a people before a plural noun no dictionary knows: "Gondorian
  ** traders") */
  if( (m->flags & ACTF_ADJ) && m->iEnd<s->nTok ) e = s->aTok[m->iEnd].eTag;
  return e==TAG_NNS || e==TAG_NNPS;
}

/* Split the pronoun mention k ("they") into two mentions of one group, the
** actors zA and zB; *pk moves to the second. */
static int splitPronoun(brink_coder *c, Sent *s, int *pk, const char *zA, const char *zB){
  int k = *pk;
  if( !menPush(c, s) ) return BRINK_ENOMEM;
  memmove(&s->aMen[k+1], &s->aMen[k], sizeof(Mention)*(size_t)(s->nMen-k-1));
  s->aMen[k].zCode = zA;
  s->aMen[k+1].zCode = zB;
  s->aMen[k+1].iGroup = s->aMen[k].iGroup;
  *pk = k+1;
  return BRINK_OK;
}

static void remember(brink_coder *c, const Mention *m, int bSubject, int bPlural, int bTravel){
  if( !m->zCode[0] ) return;
  if( c->nMem==MAX_MEMORY ){
    memmove(&c->aMem[0], &c->aMem[1], sizeof(Memory)*(MAX_MEMORY-1));
    c->nMem--;
  }
  Memory *r = &c->aMem[c->nMem++];
  r->zCode = m->zCode; r->zText = m->zText; r->flags = m->flags;
  r->iSent = c->iSent; r->bSubject = bSubject; r->bPlural = bPlural; r->bTravel = bTravel;
}

/* The verbs of a journey: its traveller is whom a later "he ... is due to
** visit" goes on with, and whose purpose a "to" after its places tells. */
static const char *const azJourneyVerb[] = {"visit","tour","travel","fly","leave","arrive","go","head",
  "come","return",0};

/* Is a verb of a journey among the few tokens after token i, past
** auxiliaries, adverbs and "due to" ("Baker had already left", "he is
** also due to visit")? */
static int journeyAfter(const Sent *s, int i){
  for(int j=i; j<s->nTok && j<i+6; j++){
    const Tok *t = &s->aTok[j];
    if( TAG_IS_VERB(t->eTag) && inSet(t->zLemma, azJourneyVerb) ) return 1;
    if( !(t->eTag==TAG_MD || t->eTag==TAG_RB || t->eTag==TAG_TO || lemIs(t, "have") || lemIs(t, "be")
          || tokIs(t, "due") || tokIs(t, "set") || tokIs(t, "scheduled")) ) return 0;
  }
  return 0;
}

/* A person no dictionary knows, remembered so that a later "he" is not
** taken for an earlier known one ("Ongpin said ... He added": not the
** American named before Ongpin).  It has no code: a pronoun that reaches
** it stays unresolved.  iKnown>=0: the name is a known person's surname,
** who is remembered again instead. */
static void rememberUnknown(brink_coder *c, const Memory *r){
  if( c->pEng->bPeerVerbs ) return;   /* TABARI and PETRARCH keep to their dictionaries */
  if( c->nMem==MAX_MEMORY ){
    memmove(&c->aMem[0], &c->aMem[1], sizeof(Memory)*(MAX_MEMORY-1));
    c->nMem--;
  }
  c->aMem[c->nMem++] = *r;
}

/* Remember the lower-case surname zLast (shorter than an alias slot) as
** mention m, for knownSurname. */
static void pushAlias(brink_coder *c, const char *zLast, const Mention *m){
  Memory *r = &c->aAlias[c->nAlias];
  r->zCode = m->zCode; r->zText = m->zText; r->flags = (uint16_t)(m->flags | ACTF_PERSON);
  r->iSent = c->iSent; r->bSubject = 1; r->bPlural = 0; r->bTravel = 0;
  memcpy(c->azAlias[c->nAlias], zLast, strlen(zLast)+1);
  c->nAlias++;
}

/* "British minister Michael Howard": a title actor followed by a name no
** dictionary knows is that actor, and so is the surname later on. */
static void rememberAlias(brink_coder *c, const Sent *s, const Mention *m){
  if( c->pEng->bPeerVerbs || !m->zCode[0] || c->nAlias==MAX_ALIAS ) return;
  /* a person the dictionaries know, named in full ("U.S. Treasury
  ** Secretary James Baker"), is remembered by surname for the whole story
  ** too, beyond the reach of the mentions remembered sentence by sentence
  ** ("... he believed Baker had already left", 24 sentences on) */
  if( (m->flags & ACTF_PERSON) && !(m->flags & (MF_PRONOUN|MF_AGENT)) && m->iEnd-m->iStart>=2
      && s->aTok[m->iEnd-1].eTag==TAG_NNP && s->aTok[m->iEnd-2].eTag==TAG_NNP
      && strlen(s->aTok[m->iEnd-1].zLow)<sizeof c->azAlias[0] ){
    const char *zLast = s->aTok[m->iEnd-1].zLow;
    /* (once: the same person named in full again takes no second slot) */
    for(int k=0; k<c->nAlias; k++) if( strcmp(c->azAlias[k], zLast)==0 ) return;
    pushAlias(c, zLast, m);
    return;
  }
  int j = m->iEnd;
  if( j<s->nTok && tokIs(&s->aTok[j], ",") ) j++;
  int i = j;
  while( j<s->nTok && s->aTok[j].eTag==TAG_NNP && (s->aTok[j].flags & TOKF_CAP) && s->aMenAt[j]<0 ) j++;
  if( j-i<2 || strlen(s->aTok[j-1].zLow)>=sizeof c->azAlias[0] ) return;   /* first and last name */
  pushAlias(c, s->aTok[j-1].zLow, m);
}

/* The first token, at or after iFrom, of a person's name no dictionary
** knows, said as a subject ("Ongpin said", "Robert White, Canada's
** delegate, told"): a run of capitalised proper nouns outside any mention,
** not after a title or an actor (that is the actor's name), not a place or
** an organisation, and followed by a verb or a comma; one word only before
** a verb of saying.  -1 when there is none. */
/* The known person whose surname is the lower-case word zLast, named
** earlier in the story with a title ("Treasury Secretary James Baker")
** or in full: 1 and *pOut, else 0. */
static int knownSurname(const brink_coder *c, const char *zLast, Memory *pOut){
  size_t nLast = strlen(zLast);
  for(int k=c->nAlias-1; k>=0; k--){
    if( strcmp(c->azAlias[k], zLast)==0 ){ *pOut = c->aAlias[k]; return 1; }
  }
  for(int k=c->nMem-1; k>=0; k--){
    const char *zT = c->aMem[k].zText;
    size_t n = zT ? strlen(zT) : 0;
    if( !(c->aMem[k].flags & ACTF_PERSON) || !c->aMem[k].zCode[0] || n<nLast ) continue;
    if( strncasecmp(zT+n-nLast, zLast, nLast)==0 && (n==nLast || zT[n-nLast-1]==' ') ){ *pOut = c->aMem[k]; return 1; }
  }
  return 0;
}

static int unknownPerson(const brink_coder *c, const Sent *s, int iFrom, Memory *pOut){
  if( c->pEng->bPeerVerbs ) return -1;
  for(int i=iFrom<0 ? 0 : iFrom; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( t->eTag!=TAG_NNP || !(t->flags & TOKF_CAP) || s->aMenAt[i]>=0 ) continue;
    if( i>0 && (s->aTok[i-1].eTag==TAG_NNP || s->aTok[i-1].eTag==TAG_NNPS) ) continue;  /* inside a run */
    if( i>0 && s->aMenAt[i-1]>=0 ) continue;                                 /* "President Reagan" */
    if( i>1 && tokIs(&s->aTok[i-1], ",") && s->aMenAt[i-2]>=0 ) continue;   /* "the envoy, John Smith" */
    if( i>0 && ((s->aLists[i-1] & WL_DET) || s->aTok[i-1].eTag==TAG_IN) ) continue;
    int j = i, bOrg = 0;
    while( j<s->nTok && s->aTok[j].eTag==TAG_NNP && (s->aTok[j].flags & TOKF_CAP) && s->aMenAt[j]<0 ){
      if( s->aLists[j] & WL_ORGCAL ) bOrg = 1;
      j++;
    }
    if( bOrg || j>=s->nTok ) continue;
    const Tok *u = &s->aTok[j];
    int bSay = TAG_IS_VERB(u->eTag) && inSet(u->zLemma, azSpeech);
    /* (one word before any other verb only as a known person's surname:
    ** "Yeutter is in Taupo") */
    int bKnownOnly = j-i<2 && !bSay && TAG_IS_VERB(u->eTag);
    if( !(j-i>=2 ? (TAG_IS_VERB(u->eTag) || tokIs(u, ",")) : bSay || bKnownOnly) ) continue;
    /* a known person named again by surname ("Treasury Secretary James
    ** Baker ... Baker said", "British minister Michael Howard ... Howard
    ** said"): that person, not a stranger */
    Memory r = { "", "", ACTF_PERSON, c->iSent, 1, 0, 0 };
    int bFound = knownSurname(c, s->aTok[j-1].zLow, &r);
    if( bKnownOnly && !bFound ) continue;
    r.iSent = c->iSent; r.bSubject = 1;
    *pOut = r;
    return i;
  }
  return -1;
}

/* Does the agent's role end the code: "USAGOV" for "GOV"? */
static int hasRole(const char *zCode, const char *zAgent){
  size_t n = strlen(zCode), m = strlen(zAgent);
  return m>0 && n>m && strcmp(zCode+n-m, zAgent)==0;
}

/* Farmers, workers, students or civilians of a country: "BIHLAB". */
static int civilCode(const char *zCode){
  return strlen(zCode)==6 && (hasRole(zCode, "AGR") || hasRole(zCode, "LAB") || hasRole(zCode, "EDU")
                              || hasRole(zCode, "CVL"));
}

static int isObjectLike(const Sent *s, const Mention *m);
static int appositiveComma(const Sent *s, int iFrom);

/* A city or province whose name lies in several countries ("Tripoli":
** Lebanon, Libya, Greece) is placed in the one of them the sentence itself
** names ("... into the north Lebanese port", "Tripoli, Lebanon"), when it
** names exactly one; else nowhere. */
static const char *sentenceNamesOne(const brink_coder *c, const Sent *s, int iFrom, int iTo,
                                    const GazEntry *const *aE, int nE){
  const char *zOne = 0;
  /* ("Tripoli, Lebanon": the qualifier is no mention of its own) */
  uint32_t iEntry;
  if( iTo+1<s->nTok && tokIs(&s->aTok[iTo], ",") && phraseAt(c, s, DK_ACTOR, iTo+1, &iEntry)
      && (c->v.aEntry[DK_ACTOR][iEntry].flags & ACTF_STATE) ){
    const char *z = brinkDictCodeOn(c->pDict, DK_ACTOR, iEntry, c->iDay);
    for(int e=0; z && e<nE; e++){
      if( strncmp(z, aE[e]->zCountry, 3)==0 ) return aE[e]->zCountry;
    }
  }
  for(int e=0; e<nE; e++){
    const char *zC = aE[e]->zCountry;
    if( zOne && strcmp(zOne, zC)==0 ) continue;
    for(int k=0; k<s->nMen; k++){
      const Mention *m = &s->aMen[k];
      if( m->iEnd>iFrom && m->iStart<iTo ) continue;   /* (the place's own name) */
      if( strncmp(m->zCode, zC, 3)!=0 ) continue;
      if( zOne ) return 0;
      zOne = zC;
      break;
    }
  }
  return zOne;
}

/* The country of the province or city named from token i on ("Sindh",
** "Sindh province", "Texas"), when the gazetteer knows the name as a
** top-level subdivision or city and all its entries lie in one country (or
** the sentence names one of its countries: sentenceNamesOne); a string in
** the coder's arena, or NULL. */
static const char *placeCountry(brink_coder *c, const Sent *s, int i, int *piEnd){
  const Gazetteer *g = c->pEng->pGaz;
  if( !g ) return 0;
  const char *zFound = 0;
  *piEnd = i;
  int j;
  for(j=i; j<s->nTok && j<i+4 && (s->aTok[j].flags & TOKF_CAP) && s->aTok[j].eTag==TAG_NNP; j++){
    char zKey[128];
    size_t nRaw = s->aTok[j].iOff + (size_t)s->aTok[j].n - s->aTok[i].iOff;
    size_t nKey = brinkGazKey(s->aTok[i].z, nRaw, zKey, sizeof zKey);
    const GazEntry *const *aE;
    int nE = nKey ? brinkGazLookup(g, zKey, nKey, &aE) : 0;
    const char *zC = 0;
    int bAmbig = 0;
    for(int e=0; e<nE; e++){
      const GazEntry *p = aE[e];
      if( (p->eKind!=GAZ_ADM1 && p->eKind!=GAZ_CITY) || !p->zCountry[0] ){ zC = 0; bAmbig = 0; break; }
      if( zC && strcmp(zC, p->zCountry)!=0 ) bAmbig = 1;
      zC = p->zCountry;
    }
    if( bAmbig ) zC = sentenceNamesOne(c, s, i, j+1, aE, nE);
    /* (the whole run must name the place: "Texas Instruments" is none) */
    zFound = zC;
    *piEnd = j+1;
  }
  /* (the whole name: "Texas Instruments", "Karachi Electric" are none) */
  if( j<s->nTok && (s->aTok[j].flags & TOKF_CAP) && TAG_IS_NOUN(s->aTok[j].eTag) ) return 0;
  static const char *const azKind[] = {"province","state","region","city","district","prefecture",0};
  if( zFound && *piEnd<s->nTok && inSet(s->aTok[*piEnd].zLow, azKind) ) (*piEnd)++;
  return zFound ? brinkArenaStrndup(&c->arena, zFound, 3) : 0;
}

/* Is mention m inside an appositive on a known actor ("Pakistan, a key
** U.S. ally, urged its citizens": the U.S. is no "it" and gives no role
** its country)? */
static int inAppositive(const Sent *s, const Mention *m){
  int q = appositiveComma(s, m->iStart-1);
  for(int k=0; q>=1 && k<s->nMen; k++){   /* (aMenAt is not yet built) */
    if( s->aMen[k].iEnd==q && s->aMen[k].zCode[0] ) return 1;
  }
  return 0;
}

/* A peer actor coded [---] names no actor ("BOROMIR [---]"); its words are
** taken, so no shorter phrase matches them.  (Compound codes, "FRO/BIL/SAM",
** were split into their members when the mentions were combined.) */
static void dropNullActors(const brink_coder *c, Sent *s){
  if( !c->pEng->bPeerVerbs ) return;
  for(int k=0; k<s->nMen; k++){
    if( strcmp(s->aMen[k].zCode, "---")==0 ){ menRemove(s, k); k--; }
  }
}

/* The role with no country that says something of itself right before
** pronoun k ("Opposition parties said they will boycott", "the union has
** said it will strike"): the index of its mention, or -1.  The pronoun is
** that role (and takes a country as the role would), not an actor of the
** sentences before (brink's own dictionaries). */
static int bareSpeaker(const brink_coder *c, const Sent *s, int k){
  int j = s->aMen[k].iStart-1;
  if( c->pEng->bPeerVerbs || j<1 || !TAG_IS_VERB(s->aTok[j].eTag) || !inSet(s->aTok[j].zLemma, azSpeech) ) return -1;
  j--;
  if( j>=1 && (tokIs(&s->aTok[j], "has") || tokIs(&s->aTok[j], "have")) ) j--;
  int q = k-1;   /* (aMenAt is not yet built) */
  while( q>=0 && s->aMen[q].iEnd>j+1 ) q--;
  if( q<0 || s->aMen[q].iEnd!=j+1 || s->aMen[q].zCode[0] || !(s->aMen[q].flags & MF_AGENT)
      || !s->aMen[q].zAgent || !s->aMen[q].zAgent[0] ) return -1;
  return q;
}

/* The country a clause places mention m in: "in (western) Cambodia", "in
** southern Lebanon", "in Sidon" within a few words before or after m, in
** its clause (a place after "in" is no actor mention, so the dictionary
** and the gazetteer are asked); a 3-letter code in the arena, or NULL. */
static const char *locatedIn(brink_coder *c, const Sent *s, const Mention *m){
  static const char *const azSide[] = {"northern","southern","eastern","western","north","south","east",
    "west","central","northeastern","northwestern","southeastern","southwestern","neighbouring",
    "neighboring",0};
  const DictView *pV = &c->v;
  int i0 = m->iStart-12 > 0 ? m->iStart-12 : 0, i1 = m->iEnd+6 < s->nTok ? m->iEnd+6 : s->nTok;
  const char *zFound = 0;
  int nBest = 1<<30;
  for(int i=i0; i+1<i1; i++){
    if( !tokIs(&s->aTok[i], "in") || (i>=m->iStart && i<m->iEnd) ) continue;
    int j = i+1;
    uint32_t iEntry;
    /* ("in Northern Ireland", "in South Korea": a name of its own) */
    while( j<i1 && (inSet(s->aTok[j].zLow, azSide) || tokIs(&s->aTok[j], "the")) && !phraseAt(c, s, DK_ACTOR, j, &iEntry) ) j++;
    if( j>=s->nTok || !(s->aTok[j].flags & TOKF_CAP) ) continue;
    const char *zC = 0;
    int n = phraseAt(c, s, DK_ACTOR, j, &iEntry);
    if( n && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_STATE) ){
      const char *z = brinkDictCodeOn(c->pDict, DK_ACTOR, iEntry, c->iDay);
      if( z && strlen(z)>=3 && z[0]!='-' && strncmp(z, "IGO", 3)!=0 ) zC = brinkArenaStrndup(&c->arena, z, 3);
    }else{
      /* (a name the dictionary takes as something else: "Tripoli" is
      ** Libya's government and a port in Lebanon) */
      int iEnd;
      zC = placeCountry(c, s, j, &iEnd);
    }
    if( !zC ) continue;
    /* (in the same clause: no ";" or ":" between) */
    int a = i<m->iStart ? i : m->iEnd, b = i<m->iStart ? m->iStart : i, bBreak = 0;
    for(int x=a; x<b && !bBreak; x++) bBreak = tokIs(&s->aTok[x], ";") || tokIs(&s->aTok[x], ":");
    int nDist = i<m->iStart ? m->iStart-i : i-m->iEnd;
    if( !bBreak && nDist<nBest ){ nBest = nDist; zFound = zC; }
  }
  return zFound;
}

/* Is mention j of sentence s in a list of actors ("Australia, Brazil, Cuba
** and the EC"): an actor's mention right before it past "," or "and"
** (and "the")?  Lists are grouped only later, in resolveMentions. */
static int inActorList(const Sent *s, int j){
  int i = s->aMen[j].iStart - 1;
  if( i>=0 && tokIs(&s->aTok[i], "the") ) i--;
  /* (a list of three or more, with a comma: "the Turkish and Greek sides
  ** ... missing people from both communities" is two sides' own) */
  if( i<1 || !(tokIs(&s->aTok[i], ",") || tokIs(&s->aTok[i], "and")) ) return 0;
  /* (by the mentions themselves: aMenAt is set at the end of resolving) */
  for(int k=0; k<s->nMen; k++){
    if( k==j || s->aMen[k].iEnd!=i || !s->aMen[k].zCode[0] ) continue;
    if( tokIs(&s->aTok[i], ",") ) return 1;
    /* ("Brazil and Cuba" ends a list only after a comma: "Australia,
    ** Brazil and Cuba") */
    int h = s->aMen[k].iStart - 1;
    return h>=1 && tokIs(&s->aTok[h], ",");
  }
  return 0;
}

/* Resolve pronouns, descriptions and bare agents in sentence s. */
/* Currencies: a country's word before one names no actor ("the Japanese
** yen"), and supporting one is a market operation ("defend the yen"). */
static const char *const azMoney[] = {"dollar","dollars","yen","mark","marks","franc","francs","pound",
    "pounds","sterling","lira","lire","peso","pesos","rupee","rupees","yuan","renminbi","rouble","roubles",
    "ruble","rubles","won","krona","kronor","krone","kroner","guilder","guilders","schilling","schillings",
    "escudo","escudos","peseta","pesetas","drachma","drachmas","riyal","riyals","dinar","dinars","rand",
    "shekel","shekels","currency","currencies","cruzado","cruzados","austral","australs","baht","ringgit",
    "rupiah","naira","zloty","forint","cedi","kwacha","dirham","dirhams",0};

/* A country or people's word that names a currency ("the Japanese yen",
** "against the U.S. Dollar") is no actor (brink's own dictionaries). */
static void dropCurrencies(const brink_coder *c, Sent *s){
  if( c->pEng->bPeerVerbs ) return;
  for(int k=0; k<s->nMen; k++){
    const Mention *m = &s->aMen[k];
    if( !(m->flags & (ACTF_STATE|ACTF_ADJ)) || (m->flags & (ACTF_PERSON|MF_AGENT|MF_PRONOUN)) ) continue;
    if( m->iEnd>=s->nTok || !TAG_IS_NOUN(s->aTok[m->iEnd].eTag) || !inSet(s->aTok[m->iEnd].zLow, azMoney) ) continue;
    menRemove(s, k);
    k--;
  }
}

static int resolveMentions(brink_coder *c, Sent *s){
  dropNullActors(c, s);
  dropCurrencies(c, s);
  for(int k=0; k<s->nMen; k++){
    Mention *m = &s->aMen[k];
    m->zText = menText(c, s, m->iStart, m->iEnd);
    if( !m->zText ) return BRINK_ENOMEM;
    const Tok *t = &s->aTok[m->iStart];
    /* a party known only by its own name takes no country from the clause
    ** ("the Umma party met Egyptian officials" says nothing of Egypt):
    ** only domestic dissent places it */
    if( m->flags & MF_PARTY ) continue;
    if( m->flags & MF_AGENT ){
      /* TABARI's CONVERT AGENT: an agent on its own is coded as itself,
      ** "~MOS" ("MOS~" for a prefixed one) */
      if( c->bConvertAgent && c->bStems && m->zAgent && m->zAgent[0] ){
        size_t nA = strlen(m->zAgent);
        char *z = brinkArenaAlloc(&c->arena, nA+2);
        if( !z ) return BRINK_ENOMEM;
        if( m->flags & ACTF_PREFIX ){ memcpy(z, m->zAgent, nA); z[nA] = '~'; }
        else{ z[0] = '~'; memcpy(z+1, m->zAgent, nA); }
        z[nA+1] = 0;
        m->zCode = z;
        continue;
      }
      /* "the president": the latest mention with that role, in this
      ** sentence or before. */
      if( m->iStart>0 && tokIs(&s->aTok[m->iStart-1], "the") ){
        for(int j=k-1; j>=0; j--){
          if( s->aMen[j].zCode[0] && hasRole(s->aMen[j].zCode, m->zAgent) ){ m->zCode = s->aMen[j].zCode; break; }
        }
        for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
          if( hasRole(c->aMem[j].zCode, m->zAgent) ) m->zCode = c->aMem[j].zCode;
        }
      }
      if( !m->zCode[0] && m->zAgent && m->zAgent[0] && k>0 && (s->aMen[k-1].flags & MF_ROLE)
          && s->aMen[k-1].iEnd+1==m->iStart && tokIs(&s->aTok[m->iStart-1], "and")
          && strlen(s->aMen[k-1].zCode)>3 ){
        /* "Danish media and government": the country distributes over the
        ** coordinated roles (DNKMED, DNKGOV) */
        m->zCode = joinCode(c, brinkArenaStrndup(&c->arena, s->aMen[k-1].zCode, 3), m->zAgent, (m->flags & ACTF_PREFIX)!=0);
        if( !m->zCode ) return BRINK_ENOMEM;
      }
      if( !m->zCode[0] && m->zAgent && m->zAgent[0] && c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH ){
        /* PETRARCH gives a role with no country the null actor: "---EDU" */
        char zG[24];
        snprintf(zG, sizeof zG, "---%s", m->zAgent);
        m->zCode = brinkArenaStrndup(&c->arena, zG, strlen(zG));
        if( !m->zCode ) return BRINK_ENOMEM;
      }
      /* Otherwise a role with no country belongs to the country the clause
      ** is about: "Belarus cracked down on the opposition" (BLROPP).  The
      ** sentence's first country actor before it gives the country.  Not
      ** for a role of something no dictionary knows: "the presidents of
      ** Mitsubishi Electric, Hitachi and Toshiba" (brink's own). */
      int bOfOther = !c->pEng->bPeerVerbs && m->iEnd+1<s->nTok && tokIs(&s->aTok[m->iEnd], "of")
                     && s->aTok[m->iEnd+1].eTag==TAG_NNP && s->aMenAt[m->iEnd+1]<0;
      /* ... nor for one that an acronym no dictionary knows owns: "a KLM
      ** spokeswoman", "UAW workers" (coder's reading of seed 5252; not any
      ** unknown name: "Kurdish rebels", "Maoist demonstrators") */
      if( !c->pEng->bPeerVerbs && m->iStart>1 ){
        const Tok *u = &s->aTok[m->iStart-1];
        /* (a city's workers are its country's: "Auckland workers") */
        int iPlaceEnd0 = 0;
        if( u->eTag==TAG_NNP && (u->flags & TOKF_CAP) && !(u->flags & TOKF_HYPHEN) && s->aMenAt[m->iStart-1]<0
            && (u->flags & TOKF_ALLCAP) && u->n>=2
            && !placeCountry(c, s, m->iStart-1, &iPlaceEnd0) ) bOfOther = 1;
      }
      /* ... but "the government of Sindh province", "the governor of
      ** Texas": a role of a province or city of one country is that
      ** country's */
      int iPlaceEnd = 0;
      const char *zPlace = bOfOther && m->zAgent && m->zAgent[0] ? placeCountry(c, s, m->iEnd+1, &iPlaceEnd) : 0;
      if( zPlace ){
        m->zCode = joinCode(c, zPlace, m->zAgent, (m->flags & ACTF_PREFIX)!=0);
        if( !m->zCode ) return BRINK_ENOMEM;
        m->iEnd = iPlaceEnd;   /* (the place is part of the phrase) */
        m->zText = menText(c, s, m->iStart, m->iEnd);
        if( !m->zText ) return BRINK_ENOMEM;
        continue;
      }
      /* (refugees are seldom of the state that takes them in or turns them
      ** away: "Syria will not accept any more refugees") */
      int bRefugee = !c->pEng->bPeerVerbs && m->zAgent && strcmp(m->zAgent, "REF")==0;
      if( !m->zCode[0] && m->zAgent && m->zAgent[0] && !bOfOther && !bRefugee ){
        /* the nearest country actor before it that is a subject ("where the
        ** Kremlin has deployed troops": Russian troops), else the first */
        int jBest = -1;
        /* "militants loyal to Iraq's al-Qaeda leader", "workers affiliated
        ** with the Serbian union": the country of the one they belong to */
        const Tok *u1 = m->iEnd+2<s->nTok ? &s->aTok[m->iEnd] : 0, *u2 = u1 ? u1+1 : 0;
        /* ... and "a newspaper based in Beirut", "a group headquartered in
        ** Trinidad": the country of the place */
        if( !c->pEng->bPeerVerbs && u1 && ((tokIs(u2, "to") && (tokIs(u1, "loyal") || tokIs(u1, "faithful")
            || tokIs(u1, "belonging") || tokIs(u1, "linked"))) || (tokIs(u2, "with") && tokIs(u1, "affiliated"))
            || (tokIs(u2, "in") && (tokIs(u1, "based") || tokIs(u1, "headquartered")))) ){
          for(int j=k+1; j<s->nMen && s->aMen[j].iStart<=m->iEnd+4; j++){
            const char *z = s->aMen[j].zCode;
            if( strlen(z)>=3 && z[0]!='-' && strncmp(z, "IGO", 3)!=0 && strncmp(z, "NGO", 3)!=0 && strncmp(z, "IMG", 3)!=0 ){ jBest = j; break; }
          }
        }
        /* "Prime Minister Kalevi Sorsa and his government", "his five-party
        ** coalition government": "his" or "her" is the person just named,
        ** whose country it is */
        int jOwner = -1, iDet = m->iStart-1;
        while( iDet>0 && iDet>=m->iStart-3 && (TAG_IS_ADJ(s->aTok[iDet].eTag) || s->aTok[iDet].eTag==TAG_CD
               || s->aTok[iDet].eTag==TAG_NN) && s->aMenAt[iDet]<0 ) iDet--;
        if( !c->pEng->bPeerVerbs && jBest<0 && iDet>=0 && (tokIs(&s->aTok[iDet], "his")
            || tokIs(&s->aTok[iDet], "her")) ){
          for(int j=k-1; j>=0 && jOwner<0; j--){
            const char *z = s->aMen[j].zCode;
            if( (s->aMen[j].flags & ACTF_PERSON) && strlen(z)>=3 && z[0]!='-' && strncmp(z, "IGO", 3)!=0
                && strncmp(z, "NGO", 3)!=0 && strncmp(z, "IMG", 3)!=0 ) jOwner = j;
          }
        }
        if( jOwner>=0 ) jBest = jOwner;
        for(int j=0; j<k && jBest<=k && jOwner<0; j++){
          const char *z = s->aMen[j].zCode;
          if( strlen(z)<3 || !(s->aMen[j].flags & (ACTF_STATE|ACTF_ADJ|ACTF_ORG)) ) continue;
          if( strncmp(z, "IGO", 3)==0 || strncmp(z, "NGO", 3)==0 || strncmp(z, "IMG", 3)==0 ) continue;
          if( !c->pEng->bPeerVerbs && inAppositive(s, &s->aMen[j]) ) continue;
          if( jBest<0 || !isObjectLike(s, &s->aMen[j]) ) jBest = j;
        }
        /* rebels or militias with no country of their own, where the clause places
        ** them in another country than its subject's ("retook a village in
        ** western Cambodia after fighting with guerrillas", "bombed guerrilla
        ** bases in Lebanon"): that country's (brink's own dictionaries) */
        const char *zIn = !c->pEng->bPeerVerbs && (strcmp(m->zAgent, "REB")==0 || strcmp(m->zAgent, "UAF")==0)
                          ? locatedIn(c, s, m) : 0;
        if( zIn ){
          m->zCode = joinCode(c, zIn, m->zAgent, (m->flags & ACTF_PREFIX)!=0);
          if( !m->zCode ) return BRINK_ENOMEM;
        }else if( jBest>=0 && !c->pEng->bPeerVerbs && jOwner<0 && s->aTok[m->iEnd-1].eTag==TAG_NNS
                  && inActorList(s, jBest) ){
          /* plural agents after a list of countries ("will visit Australia,
          ** Brazil, Cuba and the EC to talk to governments") are of all or
          ** none of them: no one country's (thirty-eighth review #33) */
        }else if( jBest>=0 ){
          const char *z = s->aMen[jBest].zCode;
          char zC[4] = { z[0], z[1], z[2], 0 };
          m->zCode = joinCode(c, brinkArenaStrndup(&c->arena, zC, 3), m->zAgent, (m->flags & ACTF_PREFIX)!=0);
        }
      }
      continue;
    }
    if( !(m->flags & MF_PRONOUN) ) continue;
    if( c->bStems && !(tokIs(t, "the") || tokIs(t, "both")) ){
      /* TABARI: a pronoun stands for the sentence's first actor before it
      ** ("Elrond and Gondor urged Bree ... then they requested": both);
      ** its actors carry no person or state flags to choose by */
      int j = 0;
      while( j<k && !(s->aMen[j].zCode[0] && !(s->aMen[j].flags & MF_PRONOUN)) ) j++;
      if( j<k ){
        int bPlural = tokIs(t, "they") || tokIs(t, "them");
        m->zCode = s->aMen[j].zCode;
        if( bPlural ) m->iGroup = s->aMen[j].iGroup;
        continue;
      }
      /* TABARI's FORWARD: in the story's first sentence, the actor (its
      ** root, not the agent) of the story before: its source, or its
      ** target when that source was itself a pronoun */
      if( c->bForward && c->iSent==0 && c->zFwdSrc[0] ){
        const char *zF = c->bFwdPron && c->zFwdTgt[0] ? c->zFwdTgt : c->zFwdSrc;
        m->zCode = brinkArenaStrndup(&c->arena, zF, strlen(zF));   /* (zFwd* change after the story) */
        if( !m->zCode ) return BRINK_ENOMEM;
        continue;
      }
    }
    int bLatter = tokIs(t, "the") && tokIs(&s->aTok[m->iStart+1], "latter");
    int bFormer = tokIs(t, "the") && tokIs(&s->aTok[m->iStart+1], "former");
    if( (tokIs(t, "they") || tokIs(t, "them")) && !(m->flags & ACTF_PLURAL) ){
      /* "Chile and Peru said they would resume talks": the two actors
      ** joined by "and" just before the verb of saying before "they" */
      if( !c->pEng->bPeerVerbs && k>=2 && m->iStart>=2 && TAG_IS_VERB(s->aTok[m->iStart-1].eTag)
          && inSet(s->aTok[m->iStart-1].zLemma, azSpeech) ){
        const Mention *pA = &s->aMen[k-2], *pB = &s->aMen[k-1];
        if( pB->iEnd==m->iStart-1 && pA->iEnd+1==pB->iStart && tokIs(&s->aTok[pA->iEnd], "and")
            && pA->zCode[0] && pB->zCode[0] && !((pA->flags|pB->flags) & MF_PRONOUN) ){
          int rc = splitPronoun(c, s, &k, pA->zCode, pB->zCode);
          if( rc ) return rc;
          continue;
        }
      }
      /* "Afghan rebels said they would meet": a plural actor earlier in
      ** this sentence */
      for(int j=k-1; j>=0 && !m->zCode[0]; j--){
        const Mention *q = &s->aMen[j];
        const Tok *tl = &s->aTok[q->iEnd-1];
        int eLast = tl->eTag;
        /* (a plural role that opens the sentence, tagged as a name:
        ** "Militants loyal to ... said they") */
        int bPlural = eLast==TAG_NNS || eLast==TAG_NNPS
                   || (eLast==TAG_NNP && (tl->flags & TOKF_FIRST) && q->zAgent && q->zAgent[0]
                       && tl->n>3 && tl->zLow[tl->n-1]=='s');
        if( q->zCode[0] && !(q->flags & MF_PRONOUN) && bPlural ){
          m->zCode = q->zCode;
          m->flags = (uint16_t)((m->flags & ~MF_PRONOUN) | (q->flags & (ACTF_PERSON|ACTF_ORG)));
        }
      }
      if( m->zCode[0] ) continue;
      /* "Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels
      ** replied ... that ..., but they were willing": the two actors that
      ** open the sentence, joined by "and" (past a name no dictionary knows
      ** in commas after the first), are its subject and what "they" means */
      /* (only a "they" that opens a clause of its own, "but they", "that
      ** they": in "declined to comment as they emerged" the pair would be
      ** each other's target) */
      static const char *const azOpen[] = {"but","and","that","so",0};
      if( !c->pEng->bPeerVerbs && k>=2 && m->iStart>=1 && inSet(s->aTok[m->iStart-1].zLow, azOpen) ){
        const Mention *pA = &s->aMen[0], *pB = &s->aMen[1];
        int i = pA->iEnd, i0 = pA->iStart;
        if( i0==1 && tokIs(&s->aTok[0], "the") ) i0 = 0;
        if( i<s->nTok && tokIs(&s->aTok[i], ",") ){
          int j = i+1;
          while( j<pB->iStart && s->aTok[j].eTag==TAG_NNP && s->aMenAt[j]<0 ) j++;
          if( j>i+1 && j<pB->iStart && tokIs(&s->aTok[j], ",") ) i = j+1;
        }
        int v = pB->iEnd;   /* (past the name of a title: "Ambassador Michael Samuels") */
        while( v<s->nTok && s->aTok[v].eTag==TAG_NNP && s->aMenAt[v]<0 ) v++;
        if( i0==0 && i+1==pB->iStart && tokIs(&s->aTok[i], "and") && pA->zCode[0] && pB->zCode[0]
            && !((pA->flags|pB->flags) & MF_PRONOUN) && strcmp(pA->zCode, pB->zCode)!=0
            && v<s->nTok && TAG_IS_VERB(s->aTok[v].eTag) ){
          int rc = splitPronoun(c, s, &k, pA->zCode, pB->zCode);
          if( rc ) return rc;
          continue;
        }
      }
      int q = bareSpeaker(c, s, k);
      if( q>=0 ){
        m->zAgent = s->aMen[q].zAgent;
        m->flags = (uint16_t)(m->flags | (s->aMen[q].flags & (ACTF_PREFIX|ACTF_ORG)));
        continue;
      }
      /* "the creditor banks said they ...": a plural no dictionary knows,
      ** the subject of a verb of saying before "they", is what "they" means;
      ** no actor of earlier sentences (brink's own dictionaries) */
      int bStranger = 0;
      for(int j=m->iStart-1; j>0 && !bStranger && !c->pEng->bPeerVerbs; j--){
        const Tok *u = &s->aTok[j];
        if( TAG_IS_VERB(u->eTag) && inSet(u->zLemma, azSpeech) ){
          const Tok *v = &s->aTok[j-1];
          bStranger = (v->eTag==TAG_NNS || v->eTag==TAG_NNPS) && s->aMenAt[j-1]<0;
          break;
        }
      }
      if( bStranger ) continue;
    }
    if( bLatter || bFormer || (m->flags & ACTF_PLURAL) || tokIs(t, "they") || tokIs(t, "them") ){
      /* the last two distinct actors of the previous sentences */
      int iA = -1, iB = -1;
      for(int j=c->nMem-1; j>=0; j--){
        if( iB<0 ){ iB = j; continue; }
        if( strcmp(c->aMem[j].zCode, c->aMem[iB].zCode)!=0 ){ iA = j; break; }
      }
      if( !c->pEng->bPeerVerbs && tokIs(t, "they") && !(m->flags & ACTF_PLURAL) ){
        /* "they" is the latest subject before it, not the places and
        ** objects named since ("Bree's envoys visited Gondor. They then
        ** met ..."): a plural subject alone, two subjects of one sentence
        ** both, else no one (one person, a stranger: unresolved) */
        int jS = c->nMem-1;
        while( jS>=0 && !c->aMem[jS].bSubject ) jS--;
        iA = iB = -1;
        if( jS>=0 && c->aMem[jS].zCode[0] && c->aMem[jS].bPlural ){
          m->zCode = c->aMem[jS].zCode;
          continue;
        }
        for(int j=jS-1; j>=0 && jS>=0 && c->aMem[jS].zCode[0] && c->aMem[j].iSent==c->aMem[jS].iSent && iA<0; j--){
          if( c->aMem[j].bSubject && c->aMem[j].zCode[0] && strcmp(c->aMem[j].zCode, c->aMem[jS].zCode)!=0 ){ iA = j; iB = jS; }
        }
        /* ... but a "they" that meets or agrees ("they both agreed", "that
        ** they meet") is still the last two actors named */
        static const char *const azMutual[] = {"meet","agree","both","talk","negotiate","sign",0};
        int i = m->iEnd;
        while( i<s->nTok && i<m->iEnd+3 && (s->aTok[i].eTag==TAG_MD || s->aTok[i].eTag==TAG_RB
               || inSet(s->aTok[i].zLemma, azBe) || lemIs(&s->aTok[i], "have") || lemIs(&s->aTok[i], "will")) ) i++;
        if( iA<0 && (jS<0 || c->aMem[jS].zCode[0] || !c->aMem[jS].bPlural) && i<s->nTok
            && (inSet(s->aTok[i].zLemma, azMutual) || inSet(s->aTok[i].zLow, azMutual)) ){
          for(int j=c->nMem-1; j>=0; j--){
            if( iB<0 ){ iB = j; continue; }
            if( strcmp(c->aMem[j].zCode, c->aMem[iB].zCode)!=0 ){ iA = j; break; }
          }
        }
      }
      if( bLatter && iB>=0 ){ m->zCode = c->aMem[iB].zCode; m->flags |= c->aMem[iB].flags & ACTF_PERSON; }
      else if( bFormer && iA>=0 ){ m->zCode = c->aMem[iA].zCode; m->flags |= c->aMem[iA].flags & ACTF_PERSON; }
      else if( !bLatter && !bFormer && iA>=0 ){
        /* a compound of the two */
        int rc = splitPronoun(c, s, &k, c->aMem[iA].zCode, c->aMem[iB].zCode);
        if( rc ) return rc;
      }
      continue;
    }
    if( tokIs(t, "it") ){
      /* (peer dictionaries mark no states or organisations: any actor that
      ** is not a pronoun will do) */
      for(int j=k-1; j>=0 && !m->zCode[0]; j--){
        uint16_t f = s->aMen[j].flags;
        int bIt = c->pEng->bPeerVerbs ? !(f & (MF_PRONOUN|ACTF_PERSON))
                : (f & (ACTF_STATE|ACTF_ORG))!=0 && !inAppositive(s, &s->aMen[j]);
        if( s->aMen[j].zCode[0] && bIt ) m->zCode = s->aMen[j].zCode;
      }
      int q = m->zCode[0] ? -1 : bareSpeaker(c, s, k);
      if( q>=0 ){
        m->zAgent = s->aMen[q].zAgent;
        m->flags = (uint16_t)(m->flags | (s->aMen[q].flags & (ACTF_PREFIX|ACTF_ORG)));
        continue;
      }
      /* across sentences, the latest state or organisation that was a subject */
      for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
        if( (c->aMem[j].flags & (ACTF_STATE|ACTF_ORG)) && c->aMem[j].bSubject ) m->zCode = c->aMem[j].zCode;
      }
      for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
        if( c->aMem[j].flags & (ACTF_STATE|ACTF_ORG) ) m->zCode = c->aMem[j].zCode;
      }
      continue;
    }
    int bObj = tokIs(t, "him") || tokIs(t, "her");
    m->flags |= ACTF_PERSON;
    if( bObj ){
      /* the latest person of this sentence who is not its first actor */
      for(int j=k-1; j>=1 && !m->zCode[0]; j--){
        if( (s->aMen[j].flags & ACTF_PERSON) && s->aMen[j].zCode[0] ) m->zCode = s->aMen[j].zCode;
      }
      for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
        if( (c->aMem[j].flags & ACTF_PERSON) && !c->aMem[j].bSubject ) m->zCode = c->aMem[j].zCode;
      }
    }else{
      /* "The spokesman said he believed Baker had already left for Sweden.
      ** This week he is also due to visit Denmark": a "he" who journeys
      ** goes on with the last person told journeying, from the sentence
      ** before (thirty-ninth review #94, thirty-fourth and thirty-sixth
      ** #96) */
      if( !c->pEng->bPeerVerbs && k==0 && journeyAfter(s, m->iEnd) ){
        for(int j=c->nMem-1; j>=0 && c->aMem[j].iSent>=c->iSent-1 && !m->zCode[0]; j--){
          if( c->aMem[j].bTravel && (c->aMem[j].flags & ACTF_PERSON) && !c->aMem[j].bPlural ) m->zCode = c->aMem[j].zCode;
        }
      }
      /* he/she: the latest person who was a subject */
      for(int j=k-1; j>=0 && !m->zCode[0]; j--){
        if( (s->aMen[j].flags & ACTF_PERSON) && s->aMen[j].zCode[0] && !isObjectLike(s, &s->aMen[j])
            && (c->pEng->bPeerVerbs || !isPluralMention(s, &s->aMen[j])) ) m->zCode = s->aMen[j].zCode;
      }
      /* (a person no dictionary knows stops the search: "he" is then
      ** that person, unresolved) */
      int bStop = 0;
      for(int j=c->nMem-1; j>=0 && !m->zCode[0] && !bStop; j--){
        if( (c->aMem[j].flags & ACTF_PERSON) && c->aMem[j].bSubject && !c->aMem[j].bPlural ){ m->zCode = c->aMem[j].zCode; bStop = 1; }
      }
      for(int j=c->nMem-1; j>=0 && !m->zCode[0] && !bStop; j--){
        if( (c->aMem[j].flags & ACTF_PERSON) && !c->aMem[j].bPlural ) m->zCode = c->aMem[j].zCode;
      }
    }
  }
  /* "Israel's militia ally", "Russia's ally Syria": the ally is another
  ** actor, not the one whose ally it is */
  for(int k=0; k<s->nMen && !c->pEng->bPeerVerbs; k++){
    int i = s->aMen[k].iEnd;
    if( i<s->nTok && tokIs(&s->aTok[i], "'s") ) i++;
    for(int x=0; x<2 && i<s->nTok && (s->aTok[i].eTag==TAG_NN || TAG_IS_ADJ(s->aTok[i].eTag)) && !lemIs(&s->aTok[i], "ally"); x++) i++;
    if( i>=s->nTok || !(lemIs(&s->aTok[i], "ally") || lemIs(&s->aTok[i], "proxy")) || !TAG_IS_NOUN(s->aTok[i].eTag) ) continue;
    int bCovered = 0;
    for(int j=0; j<s->nMen; j++) if( s->aMen[j].iStart<=i && i<s->aMen[j].iEnd ) bCovered = 1;
    if( bCovered ) continue;
    /* ... of the country it is in, when the text says ("Israel's militia
    ** ally in southern Lebanon": a Lebanese militia), else unknown */
    int j = i+1, kIn = -1;
    if( j<s->nTok && tokIs(&s->aTok[j], "in") ){
      j++;
      while( j<s->nTok && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT) ) j++;
      for(int x=k+1; x<s->nMen; x++) if( s->aMen[x].iStart==j ) kIn = x;
    }
    if( kIn>=0 && (s->aMen[kIn].flags & ACTF_STATE) && strlen(s->aMen[kIn].zCode)>=3 ){
      char zC[4] = { s->aMen[kIn].zCode[0], s->aMen[kIn].zCode[1], s->aMen[kIn].zCode[2], 0 };
      const char *zCty = brinkArenaStrndup(&c->arena, zC, 3);
      if( !zCty ) return BRINK_ENOMEM;
      const char *zNew = s->aMen[k].zAgent && s->aMen[k].zAgent[0]
                       ? joinCode(c, zCty, s->aMen[k].zAgent, (s->aMen[k].flags & ACTF_PREFIX)!=0) : zCty;
      if( !zNew ) return BRINK_ENOMEM;
      s->aMen[k].zCode = zNew;
      s->aMen[k].flags &= (uint16_t)~MF_POSS;
      continue;
    }
    menRemove(s, k);
    k--;
  }
  /* "ethnic Albanians", "ethnic Serb rebels": a people living in another
  ** state, of that state (the country after "in", else the sentence's
  ** first other country), not of the state their people gives its name */
  for(int k=0; k<s->nMen && !c->pEng->bPeerVerbs; k++){
    Mention *m = &s->aMen[k];
    if( m->iStart<1 || !tokIs(&s->aTok[m->iStart-1], "ethnic") || strlen(m->zCode)<3 || !(m->flags & ACTF_ADJ) ) continue;
    int jHost = -1;
    for(int j=0; j<s->nMen; j++){
      const char *z = s->aMen[j].zCode;
      if( j==k || strlen(z)<3 || strncmp(z, m->zCode, 3)==0 || z[0]=='-' ) continue;
      if( s->aMen[j].flags & (MF_PRONOUN|ACTF_PERSON) ) continue;
      if( strncmp(z, "IGO", 3)==0 || strncmp(z, "NGO", 3)==0 || strncmp(z, "IMG", 3)==0 ) continue;
      int bIn = s->aMen[j].iStart>0 && tokIs(&s->aTok[s->aMen[j].iStart-1], "in");
      if( jHost<0 || bIn ){ jHost = j; if( bIn ) break; }
    }
    if( jHost<0 ) continue;
    char zC[4] = { s->aMen[jHost].zCode[0], s->aMen[jHost].zCode[1], s->aMen[jHost].zCode[2], 0 };
    const char *zCty = brinkArenaStrndup(&c->arena, zC, 3);
    if( !zCty ) return BRINK_ENOMEM;
    const char *zNew = joinCode(c, zCty, m->zAgent && m->zAgent[0] ? m->zAgent : "CVL", (m->flags & ACTF_PREFIX)!=0);
    if( !zNew ) return BRINK_ENOMEM;
    /* ... and so is a "they" that stands for them */
    for(int j=k+1; j<s->nMen; j++){
      const Tok *u = &s->aTok[s->aMen[j].iStart];
      if( (tokIs(u, "they") || tokIs(u, "them")) && strcmp(s->aMen[j].zCode, m->zCode)==0 ) s->aMen[j].zCode = zNew;
    }
    m->zCode = zNew;
  }
  /* compounds: "A and B", "A, B and C", "A, B, and C": a run of mentions
  ** separated by commas or "and" (an optional "the" after it) that contains
  ** at least one "and" is one group. */
  for(int k=0; k+1<s->nMen; ){
    int j = k, bAnd = 0;
    while( j+1<s->nMen ){
      const Mention *a = &s->aMen[j], *b = &s->aMen[j+1];
      /* members of one compound code (and the two mentions of a "they"
      ** standing for two actors: main's reading, kept for brink's own) */
      if( b->iStart==a->iStart ){ j++; continue; }
      int i = a->iEnd, bSep = 0;
      /* (", and Reagan's decision to protect": a possessor after a comma
      ** opens another noun phrase of a list, no member of this one) */
      if( i<b->iStart && tokIs(&s->aTok[i], ",") && b->iEnd<s->nTok && tokIs(&s->aTok[b->iEnd], "'s")
          && !(a->iEnd<s->nTok && tokIs(&s->aTok[a->iEnd], "'s")) ) break;
      if( i<b->iStart && tokIs(&s->aTok[i], ",") ){ i++; bSep = 1; }
      /* "neither A nor B" is a compound too: the pattern says what was not done */
      if( i<b->iStart && (tokIs(&s->aTok[i], "and") || tokIs(&s->aTok[i], "nor")) ){ i++; bSep = 1; bAnd = 1; }
      /* "the", or a possessive: "Kagame and his party" */
      if( bSep && i<b->iStart && (tokIs(&s->aTok[i], "the") || s->aTok[i].eTag==TAG_PRPS) ) i++;
      /* adjectives before the next member: "Fornost and the evil awful Gondor" */
      /* ("and then X asked" opens a clause: no compound) */
      while( bSep && i<b->iStart && (TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_RB) && !tokIs(&s->aTok[i], "then") ) i++;
      if( !bSep || i!=b->iStart ) break;
      j++;
    }
    if( j>k && bAnd ){
      for(int x=k+1; x<=j; x++) s->aMen[x].iGroup = s->aMen[k].iGroup;
    }
    k = j>k ? j+1 : k+1;
  }
  for(int k=0; k<s->nMen; k++){
    for(int i=s->aMen[k].iStart; i<s->aMen[k].iEnd; i++) s->aMenAt[i] = k;
  }
  return BRINK_OK;
}

/* ---- Clause structure -------------------------------------------------- */
/* Is the noun anchor at a the event someone was harmed in, after a
** passive verb of harm and "in" or "during" ("were killed in riots",
** "were arrested during protests")? */
static int harmedIn(const Sent *s, int a){
  static const char *const azHarm[] = {"kill","injure","wound","hurt","arrest","detain","kidnap",
    "abduct","displace","trap","catch","maim","burn","beat","shoot","jail","round",0};
  int i = a-1;
  while( i>=0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_NN
         || s->aTok[i].eTag==TAG_CD || s->aTok[i].eTag==TAG_PRPS) && s->aMenAt[i]<0 ) i--;
  if( i<2 || !(tokIs(&s->aTok[i], "in") || tokIs(&s->aTok[i], "during")) ) return 0;
  i--;
  while( i>=0 && s->aTok[i].eTag==TAG_RB ) i--;
  if( i>=0 && tokIs(&s->aTok[i], "up") ) i--;   /* "rounded up in" */
  if( i<1 || s->aTok[i].eTag!=TAG_VBN || !inSet(s->aTok[i].zLemma, azHarm) ) return 0;
  for(int j=i-1; j>=0 && j>=i-3; j--){
    if( inSet(s->aTok[j].zLow, azBe) ) return 1;
    if( s->aTok[j].eTag!=TAG_RB ) break;
  }
  return 0;
}

/* If the words from iFrom back to a comma open with a determiner after it
** and hold no verb and no "and", an appositive ("Pakistan, a key U.S.
** ally ..."), or open with "due to", "expected to" and the like: the
** index of that comma (at least 1), else -1. */
static int appositiveComma(const Sent *s, int iFrom){
  int j = iFrom, bVerb = 0;
  while( j>=0 && j>=iFrom-15 && !tokIs(&s->aTok[j], ",") ){
    if( TAG_IS_VERB(s->aTok[j].eTag) || tokIs(&s->aTok[j], "and") ) bVerb = 1;
    j--;
  }
  if( j>=1 && j<iFrom && !bVerb && tokIs(&s->aTok[j], ",")
      && (s->aTok[j+1].eTag==TAG_DT || s->aTok[j+1].eTag==TAG_PRPS) ) return j;
  /* ", due to come into effect on January 1,", ", expected to sign the
  ** accord,": a phrase of what is due, whatever its verbs (eleventh review
  ** #97) */
  static const char *const azDue[] = {"due","expected","set","scheduled","slated",0};
  if( j>=1 && j<iFrom && tokIs(&s->aTok[j], ",") && inSet(s->aTok[j+1].zLow, azDue) && j+2<=iFrom
      && tokIs(&s->aTok[j+2], "to") ) return j;
  return -1;
}

/* Is mention m the object of a preposition or verb (so not a subject)? */
static int isObjectLike(const Sent *s, const Mention *m){
  int i = m->iStart - 1;
  /* skip determiners, adjectives, possessives, numbers */
  while( i>=0 ){
    const Tok *t = &s->aTok[i];
    /* ("that" as a complementizer, tagged IN, opens a clause: not skipped) */
    if( t->eTag==TAG_DT || t->eTag==TAG_PRPS || TAG_IS_ADJ(t->eTag) || t->eTag==TAG_CD
        || t->eTag==TAG_PDT || ((s->aLists[i] & WL_DET) && t->eTag!=TAG_IN && t->eTag!=TAG_WDT)
        || tokIs(t, "-") ) { i--; continue; }
    /* a compass word, capitalised or not: "in Western Cambodia" */
    static const char *const azCompass[] = {"northern","southern","eastern","western","central",
      "northeastern","northwestern","southeastern","southwestern","north","south","east","west",0};
    if( t->eTag==TAG_NNP && inSet(t->zLow, azCompass) && s->aMenAt[i]<0 ){ i--; continue; }
    /* a possessor before it: "loyal to Iraq's al-Qaeda leader" */
    if( (tokIs(t, "'s") || tokIs(t, "'")) && i>0 && s->aMenAt[i-1]>=0 && s->aMen[s->aMenAt[i-1]].iEnd==i ){
      i = s->aMen[s->aMenAt[i-1]].iStart - 1;
      continue;
    }
    /* a place named after its kind: "in the capital Dili", "in East
    ** Timor's capital Dili", "near the port city of Basra" */
    static const char *const azPlaceKind[] = {"capital","city","town","port","village","province",
      "district","region",0};
    if( (t->eTag==TAG_NN || tokIs(t, "of")) && i>0 ){
      int j = tokIs(t, "of") ? i-1 : i;
      if( inSet(s->aTok[j].zLow, azPlaceKind) ){
        i = j-1;
        while( i>=0 && (s->aTok[i].eTag==TAG_NN || TAG_IS_ADJ(s->aTok[i].eTag)) && s->aMenAt[i]<0 ) i--;
        if( i>=1 && tokIs(&s->aTok[i], "'s") && s->aMenAt[i-1]>=0 ) i = s->aMen[s->aMenAt[i-1]].iStart - 1;
        continue;
      }
    }
    break;
  }
  /* "at least three Iraqi civilians", "up to 16 Russian advisers", "more
  ** than 100 Palestinians": the quantifier's preposition governs nothing */
  if( i>=0 && i+1<s->nTok ){
    const Tok *t1 = &s->aTok[i], *t2 = &s->aTok[i+1];
    if( tokIs(t1, "at") && (tokIs(t2, "least") || tokIs(t2, "most")) ) i--;  /* "least" was skipped as an adjective */
    else if( i>=1 && t2->eTag==TAG_CD ){
      const Tok *t0 = &s->aTok[i-1];
      if( tokIs(t1, "to") && tokIs(t0, "up") ) i -= 2;
      else if( tokIs(t1, "than") && (tokIs(t0, "more") || tokIs(t0, "fewer") || tokIs(t0, "less")) ) i -= 2;
    }
  }
  /* "thousands of Armenian protesters": "of" after a quantity is transparent */
  while( i>=1 && tokIs(&s->aTok[i], "of") ){
    const Tok *q = &s->aTok[i-1];
    static const char *const azQty[] = {"thousands","hundreds","dozens","scores","tens","millions",
      "some","many","most","all","several","groups","members","supporters","units","hundred","thousand",
      "group","number","delegation","team","handful","contingent","batch","deployment","wave",
      "detachment","column","convoy",0};
    if( !(q->eTag==TAG_CD || inSet(q->zLow, azQty)) ) break;
    i -= 2;
    while( i>=0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_CD) ) i--;
  }
  if( i<0 ) return 0;
  const Tok *t = &s->aTok[i];
  /* "China said the United States imposed ...": after a verb of saying or
  ** thinking, an actor starts a reported clause; it is not an object */
  static const char *const azReport[] = {"say","claim","believe","think","insist","argue","add",
    "note","stress","estimate","suggest","assert","allege","acknowledge","fear","hope","expect",
    "charge","contend","maintain","predict","conclude",0};
  if( TAG_IS_VERB(t->eTag) && inSet(t->zLemma, azReport) ) return 0;
  if( tokIs(t, "that") || tokIs(t, "where") || tokIs(t, "which") || tokIs(t, "while")
      || tokIs(t, "as") || tokIs(t, "because") || tokIs(t, "when") || tokIs(t, "after")
      || tokIs(t, "before") || tokIs(t, "since") || tokIs(t, "if") || tokIs(t, "whether")
      || tokIs(t, "although") || tokIs(t, "though") || tokIs(t, "until") ) return 0;
  if( t->eTag==TAG_IN || t->eTag==TAG_TO ) return 1;
  if( TAG_IS_VERB(t->eTag) ) return 1;
  /* "talks between banks and Mexico": the second of a pair "between" whose
  ** first no dictionary knows is governed by "between" all the same */
  if( tokIs(t, "and") && i>=2 && s->aMenAt[i-1]<0 && (s->aTok[i-1].eTag==TAG_NNS || s->aTok[i-1].eTag==TAG_NN)
      && tokIs(&s->aTok[i-2], "between") ) return 1;
  /* a compound member takes the role of its group's head: handled by caller */
  return 0;
}

/* First mention of the same group (the group's head). */
static const Mention *groupHead(const Sent *s, const Mention *m){
  for(int k=0; k<s->nMen; k++) if( s->aMen[k].iGroup==m->iGroup ) return &s->aMen[k];
  return m;
}

/* If token i ends a time adjunct ("on Tuesday", "last week", "today",
** "on April 13"), the index of its first token, else -1. */
static int timeAdjunctStart(const Sent *s, int i){
  static const char *const azDay[] = {"monday","tuesday","wednesday","thursday","friday",
    "saturday","sunday","week","month","year","weekend","night","morning","evening",
    "afternoon",0};
  static const char *const azWhen[] = {"today","yesterday","tomorrow","tonight","earlier",
    "later","overnight",0};
  static const char *const azMonth[] = {"january","february","march","april","may","june",
    "july","august","september","october","november","december",0};
  const Tok *t = &s->aTok[i];
  if( inSet(t->zLow, azWhen) ) return i;
  int j = i;
  if( (t->flags & TOKF_NUM) && j>0 && inSet(s->aTok[j-1].zLow, azMonth) ) j--;   /* April 13 */
  t = &s->aTok[j];
  if( !inSet(t->zLow, azDay) && !inSet(t->zLow, azMonth) ) return -1;
  if( j>0 ){
    const Tok *p = &s->aTok[j-1];
    if( tokIs(p, "on") || tokIs(p, "last") || tokIs(p, "this") || tokIs(p, "next")
        || tokIs(p, "in") || tokIs(p, "early") || tokIs(p, "late") ) return j-1;
  }
  return -1;
}

/* Index of the subject mention for an anchor at token a; -1 when there is
** none, -2 when the subject is there but names no known actor. */
static int quotedSpeaker(const Sent *s, int i);

static int findSubject(const Sent *s, int a, int bInQuote){
  /* a verb after ", which" has the noun before the comma for its subject:
  ** when that noun is no actor and an actor only follows it in a
  ** preposition's phrase ("Inflation in Zimbabwe, which demands that ...",
  ** thirty-third review #83), the subject names no known actor */
  if( TAG_IS_VERB(s->aTok[a].eTag) && a>=4 && tokIs(&s->aTok[a-1], "which") && tokIs(&s->aTok[a-2], ",") ){
    int j = a-3, bPrep = 0;
    while( j>=0 && j>=a-10 && (s->aMenAt[j]>=0 || TAG_IS_NOUN(s->aTok[j].eTag) || TAG_IS_ADJ(s->aTok[j].eTag)
           || s->aTok[j].eTag==TAG_DT || tokIs(&s->aTok[j], "in") || tokIs(&s->aTok[j], "of")) ){
      if( tokIs(&s->aTok[j], "in") || tokIs(&s->aTok[j], "of") ) bPrep = 1;
      j--;
    }
    int h = j+1;   /* the phrase's first word after its determiners and adjectives */
    while( h<a-2 && (s->aTok[h].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[h].eTag)) && s->aMenAt[h]<0 ) h++;
    if( bPrep && h<a-2 && s->aMenAt[h]<0 && (s->aTok[h].eTag==TAG_NN || s->aTok[h].eTag==TAG_NNS
        || (s->aTok[h].eTag==TAG_NNP && h==0)) ) return -2;
  }
  /* a noun anchor after a people's adjective ("condemned the Israeli raid
  ** on Lebanon", "denounced a U.S. attack"): that people's act, not the
  ** act of the verb's subject.  A country's name before the noun is no
  ** agent ("the Ukraine invasion"), so only adjectives and "U.S."-like
  ** abbreviations count. */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int j = a-1;
    /* (past a weapon's name: "an Iranian Silkworm missile strike",
    ** twenty-third review #95) */
    while( j>=0 && j>=a-4 && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN
           || s->aTok[j].eTag==TAG_NNP) ) j--;
    int k = j>=0 ? s->aMenAt[j] : -1;
    if( k>=0 && s->aMen[k].iEnd==j+1 && s->aMen[k].zCode[0] && !(s->aMen[k].flags & (MF_POSS|MF_PRONOUN|ACTF_PERSON)) ){
      const Mention *m = &s->aMen[k];
      const Tok *t0 = &s->aTok[m->iStart];
      int bAbbr = m->iEnd==m->iStart+1 && (t0->flags & TOKF_ALLCAP) && t0->n<=4 && (m->flags & ACTF_STATE);
      /* a region's adjective is no agent: "a Latin American tour" */
      static const char *const azRegion[] = {"LAM","SAM","AFR","EUR","ASA","MEA","WST","CAS","SAS","SEA",0};
      /* ... and a state's name is one when the noun names its victim after
      ** it: "the United States attack on an Iranian oil platform" (the
      ** twentieth review's #96; "the Ukraine invasion" names none) */
      int bByOn = (m->flags & ACTF_STATE) && a+1<s->nTok && (tokIs(&s->aTok[a+1], "on") || tokIs(&s->aTok[a+1], "against"));
      if( ((m->flags & ACTF_ADJ) || bAbbr || bByOn) && !inSet(m->zCode, azRegion) ) return (int)(groupHead(s, m) - s->aMen);
    }
  }
  /* a noun anchor after an actor's possessive ("condemned Chile's invasion
  ** of Peru", "Iran's attack on Kuwaiti shipping"): that actor's act, not
  ** the clause subject's (not a standing state: "Taiwan's trade with the
  ** United States", "Kuwait's backing for Iraq") */
  static const char *const azStanding[] = {"trade","backing","support","relations","ties",0};
  if( TAG_IS_NOUN(s->aTok[a].eTag) && a>=2 && !TAG_IS_NOUN(s->aTok[a-1].eTag) && !inSet(s->aTok[a].zLemma, azStanding) ){
    int j = a-1;
    /* (past an ordinal or "latest": "the rebels' first sabotage attack",
    ** "Iran's latest attack"; not "Norway's narrow rejection", a past
    ** referendum, nor "the Philippines' recent protest") */
    static const char *const azOrdinal[] = {"first","second","third","latest","last","new","fresh","renewed",
      "biggest","largest","heaviest","deadliest","fiercest",0};
    while( j>=2 && j>=a-3 && TAG_IS_ADJ(s->aTok[j].eTag) && s->aMenAt[j]<0 && inSet(s->aTok[j].zLow, azOrdinal) ) j--;
    if( tokIs(&s->aTok[j], "'s") || tokIs(&s->aTok[j], "'") ) j--;
    int k = s->aMenAt[j];
    if( j<a-1 && k>=0 && s->aMen[k].iEnd==j+1 && s->aMen[k].zCode[0] && !(s->aMen[k].flags & MF_PRONOUN) ){
      return (int)(groupHead(s, &s->aMen[k]) - s->aMen);
    }
  }
  /* a noun anchor that opens a clause of its own ("... as shells kept
  ** crashing into the port", "while attacks went on"): the clause names no
  ** one behind it */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azSub[] = {"as","while","when","after","before","since","because",
      "although","though","until","whereas",0};
    int j = a-1;
    while( j>=0 && j>=a-3 && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT
           || s->aTok[j].eTag==TAG_CD) ) j--;
    /* (the noun must be the clause's subject, its verb right after it:
    ** "after talks with Canada" is a preposition's object) */
    int v = a+1;
    while( v<s->nTok && s->aTok[v].eTag==TAG_RB ) v++;
    if( j>=1 && inSet(s->aTok[j].zLow, azSub) && !TAG_IS_VERB(s->aTok[j-1].eTag)
        && v<s->nTok && (TAG_IS_VERB(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_MD) && s->aTok[v].eTag!=TAG_VBG ) return -2;
  }
  /* a noun event that an inquiry or a charge is about ("an investigation
  ** of illegal arms sales to Croatia", "charges of aiding the rebels") is
  ** no act of the clause's subject: it has no known subject */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azProbe[] = {"investigation","investigations","probe","inquiry","inquiries",
      "inquest","trial","charges","allegations","accusations",0};
    int j = a-1;
    while( j>=0 && j>=a-4 && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT
           || s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS || s->aTok[j].eTag==TAG_PRPS) ) j--;
    if( j>=1 && (tokIs(&s->aTok[j], "of") || tokIs(&s->aTok[j], "into")) && inSet(s->aTok[j-1].zLow, azProbe) ) return -2;
  }
  /* a noun anchor right after its verb ("reported the dispatch of",
  ** "issued a warning"): the verb's subject is the noun's */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int v = a-1;
    while( v>=0 && v>=a-4 && (s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_PRPS
           || TAG_IS_ADJ(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_CD) ) v--;
    if( v>=0 && v<a && TAG_IS_VERB(s->aTok[v].eTag) && !inSet(s->aTok[v].zLemma, azBe) ){
      int k = findSubject(s, v, bInQuote);
      if( k>=0 || k==-2 ) return k;
    }
    /* a noun after "for" ("will visit Britain, France and Italy for
    ** discussions with governments"): the purpose of the clause's verb,
    ** done by that verb's subject, not by its objects */
    if( v>=1 && v<a && tokIs(&s->aTok[v], "for") ){
      for(int w=v-1; w>=0 && w>=v-15; w--){
        const Tok *u = &s->aTok[w];
        if( tokIs(u, ";") || tokIs(u, "that") || tokIs(u, "which") || tokIs(u, "who") ) break;
        if( !TAG_IS_VERB(u->eTag) || s->aMenAt[w]>=0 ) continue;
        if( inSet(u->zLemma, azBe) ) break;
        int k = findSubject(s, w, bInQuote);
        return k>=0 ? k : -2;             /* that subject, or no one known */
      }
      return -2;                          /* ("will this week visit", tagged as a noun) */
    }
  }
  /* a participle after a verb's object ("issued a declaration demanding
  ** that", "staged protests calling for"), or a purpose infinitive after
  ** it ("opened the bridge after four years to allow"): the verb's subject.
  ** Not across an actor ("wants Ukraine to withdraw": Ukraine's act). */
  {
    int b = -1;
    if( s->aTok[a].eTag==TAG_VBG ) b = a-1;
    else if( s->aTok[a].eTag==TAG_VB && a>1 && s->aTok[a-1].eTag==TAG_TO ) b = a-2;
    if( b>0 && s->aMenAt[b]<0 && (TAG_IS_NOUN(s->aTok[b].eTag) || s->aTok[b].eTag==TAG_CD) ){
      int v = b;
      while( v>=0 && v>=b-9 && s->aMenAt[v]<0 && (TAG_IS_NOUN(s->aTok[v].eTag) || TAG_IS_ADJ(s->aTok[v].eTag)
             || s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_PRPS || s->aTok[v].eTag==TAG_CD
             || (s->aTok[v].eTag==TAG_IN && !tokIs(&s->aTok[v], "that"))) ) v--;
      if( v>=0 && v<b && TAG_IS_VERB(s->aTok[v].eTag) && !inSet(s->aTok[v].zLemma, azBe) ){
        int k = findSubject(s, v, bInQuote);
        if( k>=0 ) return k;
      }
    }
  }
  /* a purpose infinitive after the places of a journey ("will visit the
  ** four major exporters - Australia, Brazil, Cuba and the EC - to talk
  ** to governments"): the traveller's, across the places (thirty-eighth
  ** review #33) */
  if( s->aTok[a].eTag==TAG_VB && a>2 && s->aTok[a-1].eTag==TAG_TO ){
    int v = a-2, bActor = 0;
    while( v>=0 && v>=a-22 && (s->aMenAt[v]>=0 || TAG_IS_NOUN(s->aTok[v].eTag) || TAG_IS_ADJ(s->aTok[v].eTag)
           || s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_CD || tokIs(&s->aTok[v], ",") || tokIs(&s->aTok[v], "-")
           || tokIs(&s->aTok[v], "and") || tokIs(&s->aTok[v], "to") || tokIs(&s->aTok[v], "in")) ){
      if( s->aMenAt[v]>=0 ) bActor = 1;
      v--;
    }
    if( bActor && v>=0 && v<a-2 && TAG_IS_VERB(s->aTok[v].eTag) && inSet(s->aTok[v].zLemma, azJourneyVerb) ){
      int k = findSubject(s, v, bInQuote);
      if( k>=0 || k==-2 ) return k;
    }
  }
  /* a participle coordinated with an earlier one ("opened fire, killing
  ** one person and arresting 12"): that one's subject */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], ",") ){
    /* a participle opening a clause after a comma: the subject of the
    ** clause before ("opened fire on the crowd, killing one") */
    for(int v=a-2; v>=0 && v>=a-16; v--){
      const Tok *u = &s->aTok[v];
      if( tokIs(u, ";") || (u->flags & TOKF_QUOTE) ) break;
      if( TAG_IS_FINITE(u->eTag) && !inSet(u->zLemma, azSpeech) ){
        int k = findSubject(s, v, bInQuote);
        if( k>=0 ) return k;
        break;
      }
    }
  }
  if( s->aTok[a].eTag==TAG_VBG && a>=2 ){
    for(int w=a-1; w>=0 && w>=a-8; w--){
      const Tok *u = &s->aTok[w];
      if( tokIs(u, ";") || tokIs(u, ",") || TAG_IS_FINITE(u->eTag) ) break;
      if( u->eTag==TAG_VBG && w+1<a && tokIs(&s->aTok[a-1], "and") ) return findSubject(s, w, bInQuote);
    }
  }
  if( TAG_IS_VERB(s->aTok[a].eTag) && lemIs(&s->aTok[a], "say") ){
    int kQ = quotedSpeaker(s, a);
    if( kQ>=0 ) return kQ;
  }
  /* A verb's own subject sits right before its verb group ("Funaro hopes to
  ** visit"): if that is a noun or pronoun that names no known actor, the
  ** subject is unknown, and an earlier actor in the sentence must not take
  ** its place. */
  if( TAG_IS_VERB(s->aTok[a].eTag) ){
    int i = a-1, iAdj = -1;
    while( i>=0 ){
      const Tok *t = &s->aTok[i];
      /* the last word of an actor or agent phrase is no verb, whatever its
      ** tag ("the Ministry of Silly Walks condemned") */
      if( s->aMenAt[i]>=0 && s->aMen[s->aMenAt[i]].iEnd==i+1 ) break;
      if( TAG_IS_VERB(t->eTag) || t->eTag==TAG_MD || t->eTag==TAG_RB || t->eTag==TAG_TO
          || (t->flags & TOKF_QUOTE) || inSet(t->zLow, azNeg) ){ i--; continue; }
      /* ("is quite likely to demand", "are ready to sign": the adjective
      ** before "to" is part of the verb group) */
      if( iAdj<0 && TAG_IS_ADJ(t->eTag) && i+1<a && tokIs(&s->aTok[i+1], "to") && i>=1
          && (TAG_IS_VERB(s->aTok[i-1].eTag) || s->aTok[i-1].eTag==TAG_RB) ){ iAdj = i; i--; continue; }
      /* a time adjunct between subject and verb: "Iran on Tuesday attacked",
      ** "the EC last week gave", "Russia today warned" */
      int j = timeAdjunctStart(s, i);
      if( j>=0 ){ i = j-1; continue; }
      break;
    }
    /* (only to reach a relative clause's closing comma: "Caracas, which
    ** was told ..., is quite likely to demand"; elsewhere the adjective
    ** stops the walk, as before: "Syria says it is willing to withdraw") */
    if( iAdj>=0 && !(i>=0 && tokIs(&s->aTok[i], ",")) ) i = iAdj;
    /* "Pakistan, a key U.S. ally in the war against terrorism, has
    ** refused": an appositive between commas, opened by a determiner, is
    ** skipped */
    if( i>=3 && tokIs(&s->aTok[i], ",") ){
      int j = appositiveComma(s, i-1);
      if( j>=1 ){
        int km = s->aMenAt[j-1];
        if( km>=0 && s->aMen[km].iEnd==j && s->aMen[km].zCode[0] ) return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
        i = j-1;
      }else{
        /* "the banks, at the urging of the Reagan Administration, bowed": a
        ** phrase between commas that opens with a preposition and holds no
        ** finite verb is skipped too, so that the subject before it
        ** (here no known actor) is the verb's (thirty-seventh review #80) */
        int k = i-1, bFinite = 0;
        while( k>=1 && k>=i-12 && !tokIs(&s->aTok[k], ",") && !tokIs(&s->aTok[k], ";") ){
          if( TAG_IS_FINITE(s->aTok[k].eTag) || s->aTok[k].eTag==TAG_MD ) bFinite = 1;
          k--;
        }
        if( k>=1 && k<i-2 && tokIs(&s->aTok[k], ",") && !bFinite && s->aTok[k+1].eTag==TAG_IN
            && !tokIs(&s->aTok[k+1], "that") && s->aMenAt[k-1]<0 && TAG_IS_NOUN(s->aTok[k-1].eTag) ) i = k-1;
        /* "Caracas, which was also told that the Mexico spread was
        ** inviolate, is likely to demand": a relative clause between commas
        ** is skipped; its antecedent is the subject */
        k = i-1;
        while( k>=1 && k>=i-20 && !tokIs(&s->aTok[k], ",") && !tokIs(&s->aTok[k], ";") ) k--;
        if( k>=1 && k<i-2 && tokIs(&s->aTok[k], ",") && (tokIs(&s->aTok[k+1], "which") || tokIs(&s->aTok[k+1], "who")) ){
          int km = s->aMenAt[k-1];
          if( km>=0 && s->aMen[km].iEnd==k && s->aMen[km].zCode[0] ) return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
        }
      }
    }
    /* "Washington along with its allies demanded", "Iran, together with
    ** Syria, warned": the comitative phrase is skipped; the subject is
    ** before it */
    for(int j=i; j>=2 && j>=i-6; j--){
      const Tok *u = &s->aTok[j];
      if( TAG_IS_VERB(u->eTag) || (u->flags & TOKF_PUNCT && !tokIs(u, ",")) ) break;
      if( !tokIs(u, "with") || !(tokIs(&s->aTok[j-1], "along") || tokIs(&s->aTok[j-1], "together")) ) continue;
      if( j==i ) break;
      i = j-2;
      if( i>=0 && tokIs(&s->aTok[i], ",") ) i--;
      break;
    }
    /* a relative clause: "the United States, which reported ...": its
    ** subject is the antecedent just before the relative pronoun */
    if( i>=1 && (tokIs(&s->aTok[i], "which") || tokIs(&s->aTok[i], "who")) ){
      int j = i-1;
      if( tokIs(&s->aTok[j], ",") ) j--;
      int km = j>=0 ? s->aMenAt[j] : -1;
      if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] ){
        return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
      }
      return -2;
    }
    /* a law, a report or a pact says what it says, and asks or does
    ** nothing: "The U.S. Trade Act of 1974 says that China must" (eighth
    ** review #4) */
    if( i>=0 ){
      static const char *const azDocument[] = {"act","law","bill","treaty","accord","agreement","pact",
        "report","study","survey","constitution","charter","resolution","statute","rule","regulation","directive",
        "decree","ruling",0};
      int h = i;
      if( h>=2 && s->aTok[h].eTag==TAG_CD && tokIs(&s->aTok[h-1], "of") ) h -= 2;
      if( s->aMenAt[h]<0 && TAG_IS_NOUN(s->aTok[h].eTag) && inSet(s->aTok[h].zLemma, azDocument) ) return -2;
    }
    if( i>=0 ){
      const Tok *t = &s->aTok[i];
      int k = s->aMenAt[i];
      if( k>=0 && s->aMen[k].iEnd==i+1 ){
        if( !s->aMen[k].zCode[0] ) return -2;          /* an unresolved "he", "officials" */
      }else if( t->eTag==TAG_NNPS && i>0 && s->aMenAt[i-1]>=0 && s->aMen[s->aMenAt[i-1]].iEnd==i
                && (s->aMen[s->aMenAt[i-1]].flags & ACTF_ADJ) && s->aMen[s->aMenAt[i-1]].zCode[0]
                && !isObjectLike(s, groupHead(s, &s->aMen[s->aMenAt[i-1]])) ){
        /* "Iraqi Kurds demonstrated": a people the dictionaries do not
        ** know, after its country's adjective, is of that country */
        return (int)(groupHead(s, &s->aMen[s->aMenAt[i-1]]) - s->aMen);
      }else if( t->eTag==TAG_NNP || t->eTag==TAG_NNPS ){
        /* "Russian President Ivan Petrov criticized": an unknown name in
        ** apposition to a title is the titled actor */
        int j = i;
        while( j>=0 && (s->aTok[j].eTag==TAG_NNP || s->aTok[j].eTag==TAG_NNPS) && s->aMenAt[j]<0 ) j--;
        if( j>=0 && tokIs(&s->aTok[j], ",") ) j--;
        int km = j>=0 ? s->aMenAt[j] : -1;
        if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] && strlen(s->aMen[km].zCode)>3
            && !isObjectLike(s, groupHead(s, &s->aMen[km])) ){
          return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
        }
        return -2;
      }else if( TAG_IS_NOUN(t->eTag) || t->eTag==TAG_PRP ){
        /* "Palestinian prisoners rioted", "Israeli army bulldozers
        ** demolished": a head noun the dictionaries do not know, right after
        ** a country word or a country's agent, belongs to that actor */
        if( t->eTag==TAG_NN || t->eTag==TAG_NNS || t->eTag==TAG_NNPS ){
          int j = i-1;
          while( j>=0 && j>=i-2 && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS
                 || TAG_IS_ADJ(s->aTok[j].eTag)) ) j--;
          int km = j>=0 ? s->aMenAt[j] : -1;
          if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] && s->aMen[km].zCode[0]!='-'
              && !(s->aMen[km].flags & (MF_PRONOUN|MF_POSS|ACTF_PERSON))
              && (s->aMen[km].flags & (ACTF_ADJ|ACTF_ORG)) && !isObjectLike(s, groupHead(s, &s->aMen[km])) ){
            return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
          }
        }
        /* "Fabius and a group of deputies held talks", "France and its
        ** allies bombed": an unknown plural joined by "and" to a known
        ** actor leaves that actor the subject */
        if( t->eTag==TAG_NNS ){
          int j = i-1;
          while( j>=0 && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT
                 || s->aTok[j].eTag==TAG_PRPS || s->aTok[j].eTag==TAG_CD || tokIs(&s->aTok[j], "of") || tokIs(&s->aTok[j], "group")
                 || tokIs(&s->aTok[j], "delegation")) && j>=i-5 ) j--;
          if( j>=1 && tokIs(&s->aTok[j], "and") ){
            int km = s->aMenAt[j-1];
            if( km>=0 && s->aMen[km].iEnd==j && s->aMen[km].zCode[0] && s->aMen[km].zCode[0]!='-'
                && !(s->aMen[km].flags & (MF_PRONOUN|MF_POSS)) ){
              const Mention *h = groupHead(s, &s->aMen[km]);
              if( !isObjectLike(s, h) ) return (int)(h - s->aMen);
            }
          }
        }
        /* "Russia's intention to pursue": the possessor is the subject (also
        ** of coordinated nouns: "Eriador's death and injury toll") */
        int j = i-1;
        while( j>=0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN
               || (tokIs(&s->aTok[j], "and") && j>0 && j<i && (s->aTok[j-1].eTag==TAG_NN || TAG_IS_ADJ(s->aTok[j-1].eTag)))) ) j--;
        if( j>=1 && (tokIs(&s->aTok[j], "'s") || tokIs(&s->aTok[j], "'")) ){
          int km = s->aMenAt[j-1];
          if( km>=0 && s->aMen[km].zCode[0] ) return (int)(groupHead(s, &s->aMen[km]) - s->aMen);
        }
        /* PETRARCH codes a noun phrase by the actor in it: "the KU
        ** basketball team" is the KU */
        int ch = t->iChunk;
        for(j=i-1; s->bNpActor && ch>=0 && j>=0 && s->aTok[j].iChunk==ch; j--){
          int km = s->aMenAt[j];
          if( km>=0 && s->aMen[km].zCode[0] ){
            const Mention *h = groupHead(s, &s->aMen[km]);
            if( !isObjectLike(s, h) ) return (int)(h - s->aMen);
            break;
          }
        }
        /* ... and one with a prepositional phrase after its actor: "Gollum
        ** in recent days did allow" */
        if( s->bNpActor && ch>=0 && j>=1 && s->aTok[j].iChunk!=ch && s->aTok[j].eTag==TAG_IN ){
          int km = s->aMenAt[j-1];
          if( km>=0 && s->aMen[km].iEnd==j && s->aMen[km].zCode[0] ){
            const Mention *h = groupHead(s, &s->aMen[km]);
            if( !isObjectLike(s, h) ) return (int)(h - s->aMen);
          }
        }
        return -2;                                     /* "Funaro", "the banks" */
      }
    }
  }
  for(int k=s->nMen-1; k>=0; k--){
    const Mention *m = &s->aMen[k];
    if( m->iEnd > a ) continue;
    if( !m->zCode[0] ) continue;
    int bMq = (s->aTok[m->iStart].flags & TOKF_INQUOTE)!=0;
    if( bMq!=bInQuote ) continue;
    /* a clause boundary (';' or a closing quote) between them stops the search */
    const Mention *h = groupHead(s, m);
    if( isObjectLike(s, h) ) continue;
    /* a relative clause on a noun no dictionary knows lies between ("will
    ** support a resolution that aims to impose a blockade"): the clause's
    ** subject is that noun, no one known */
    /* ... and so does a participle of allegation on any noun, the anchor
    ** itself or before it ("hand over a guard accused of an attack"):
    ** neither the accusing nor the deed is the subject's */
    if( !s->bNpActor ){
      static const char *const azAlleged[] = {"accuse","suspect","involve","implicate","charge","want",
        "blame","convict","wanted",0};
      int bRel = 0;
      for(int j=m->iEnd+1; j<=a && !bRel; j++){
        const Tok *u = &s->aTok[j];
        const Tok *p = &s->aTok[j-1];
        bRel = j<a && (tokIs(u, "that") || tokIs(u, "which")) && (p->eTag==TAG_NN || p->eTag==TAG_NNS)
               && s->aMenAt[j-1]<0 && timeAdjunctStart(s, j-1)<0;   /* (not "said yesterday that") */
        /* (tagged VBD too: "a man accused of" is no active "accused", which
        ** takes an object before "of") */
        if( !bRel && j>m->iEnd && (u->eTag==TAG_VBN || u->eTag==TAG_VBD) && inSet(u->zLemma, azAlleged) && TAG_IS_NOUN(p->eTag)
            && j+1<s->nTok && (tokIs(&u[1], "of") || tokIs(&u[1], "in") || tokIs(&u[1], "with") || tokIs(&u[1], "for")) ){
          bRel = 1;
        }
      }
      if( bRel ) return -2;
    }
    /* "Russia's actions": a possessive is the subject of a noun anchor only
    ** when it directly owns it. */
    if( m->flags & MF_POSS ){
      int j = m->iEnd + 1;
      while( j<a && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS) ) j++;
      if( j!=a ) continue;
    }
    return (int)(h - s->aMen);
  }
  return -1;
}

/* Codes of a state acting on its own people where it acts: yielding (08),
** coercion (17) and the threat of administrative sanctions or repression
** (132, 137). */
static int domesticCode(const char *zCode){
  return strncmp(zCode, "08", 2)==0 || strncmp(zCode, "17", 2)==0
      || strncmp(zCode, "132", 3)==0 || strncmp(zCode, "137", 3)==0;
}

/* Is the act at a told as long past by the words before it or by the
** sentence before?  "Twice in the past, the United States has negotiated
** with Japan" (not "in the past two weeks", a recent span); "OPEC agreed
** last December to cut output. They agreed on a pricing system": a past
** tense whose pronoun subject goes on with the last sentence's old act,
** in a sentence with no time of its own (eighteenth review #79, #81). */
static int pastNarrative(const brink_coder *c, const Sent *s, int a){
  static const char *const azSpan[] = {"few","several","couple","week","weeks","month","months","year","years",
    "day","days","decade","decades",0};
  for(int i=0; i+2<a; i++){
    if( tokIs(&s->aTok[i], "in") && tokIs(&s->aTok[i+1], "the") && tokIs(&s->aTok[i+2], "past")
        && !(i+3<s->nTok && ((s->aTok[i+3].flags & TOKF_NUM) || s->aTok[i+3].eTag==TAG_CD
                             || inSet(s->aTok[i+3].zLow, azSpan))) ) return 1;
  }
  if( c->iPastSent!=c->iSent-1 || s->nTok<3 ) return 0;
  static const char *const azPron[] = {"they","he","she","it",0};
  if( !inSet(s->aTok[0].zLow, azPron) ) return 0;
  int v = s->aTok[1].eTag==TAG_RB ? 2 : 1;
  if( v>a || s->aTok[v].eTag!=TAG_VBD ) return 0;
  return brinkSentenceDay(s->aTok, s->nTok, c->iDay)==c->iDay && !brinkSaysNow(s->aTok, s->nTok);
}

/* The head nouns of news outlets (not reporters, who are people). */
static const char *const azOutlet[] = {"agency","newspaper","daily","paper","radio","television","tv",
  "broadcaster","media","outlet","service","station","magazine","journal","tabloid","weekly",0};

/* Is the subject of the verb at a, inside a quotation, "I" or "we" (past
** modals, auxiliaries and adverbs: "I shall be talking")? */
static int firstPersonBefore(const Sent *s, int a){
  int j = a-1;
  while( j>=0 && (s->aTok[j].flags & TOKF_INQUOTE) && (s->aTok[j].eTag==TAG_MD || s->aTok[j].eTag==TAG_RB
         || inSet(s->aTok[j].zLemma, azBe) || lemIs(&s->aTok[j], "have") || lemIs(&s->aTok[j], "will")
         || lemIs(&s->aTok[j], "do")) ) j--;
  return j>=0 && (s->aTok[j].flags & TOKF_INQUOTE) && (tokIs(&s->aTok[j], "i") || tokIs(&s->aTok[j], "we"));
}

/* A change of the actor's own leadership: resigning (0831), refusing to
** (1231) or pledging to (0341) concerns no partner ("Shultz visited
** China. He said he would not resign" is aimed at no one) */
static int ownOffice(const char *zCode){
  return strcmp(zCode, "0831")==0 || strcmp(zCode, "1231")==0 || strcmp(zCode, "0341")==0;
}

/* Is mention m a country after "in", "throughout" or "across"? */
static int placeIn(const Sent *s, const Mention *m){
  static const char *const azIn[] = {"in","throughout","across",0};
  int i = m->iStart-1;
  while( i>0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag)) ) i--;
  return i>=0 && inSet(s->aTok[i].zLow, azIn) && strlen(m->zCode)==3;
}

/* ---- Events ------------------------------------------------------------ */
/* Are two actor codes the same actor?  Identical codes are; so are a
** country and its own state organs (RUS and RUSGOV, RUSMIL).  A country and
** its civilians, opposition or rebels (SYR and SYRCVL) are not: events
** between them are domestic events, and CAMEO codes them. */
static int codesRelated(const char *zA, const char *zB){
  size_t nA = strlen(zA), nB = strlen(zB);
  if( nA==nB ) return strcmp(zA, zB)==0;
  const char *zShort = nA<nB ? zA : zB, *zLong = nA<nB ? zB : zA;
  size_t n = nA<nB ? nA : nB;
  if( strncmp(zShort, zLong, n)!=0 ) return 0;
  static const char *const azState[] = {"GOV","MIL","SPY","COP","LEG","JUD","ELI",0};
  for(int i=0; azState[i]; i++) if( strncmp(zLong+n, azState[i], 3)==0 ) return 1;
  return 0;
}

/* Organs of one state: "RUSGOV" and "RUSMIL" act as one actor (the Kremlin
** deploying its own troops is no event between them). */
static int sameState(const char *zA, const char *zB){
  static const char *const azState[] = {"GOV","MIL","SPY","COP",0};
  if( strlen(zA)<6 || strlen(zB)<6 || strncmp(zA, zB, 3)!=0 ) return 0;
  int bA = 0, bB = 0;
  for(int i=0; azState[i]; i++){
    if( strncmp(zA+3, azState[i], 3)==0 ) bA = 1;
    if( strncmp(zB+3, azState[i], 3)==0 ) bB = 1;
  }
  return bA && bB;
}

/* A retelling of event e in the current sentence may state what the first
** telling did not: its quantities are added to e's (each text once), and
** its location is taken when e has none. */
static int foldFacts(brink_coder *c, brink_event *e, const char *zS, const char *zT){
  brink_event t;
  memset(&t, 0, sizeof t);
  t.zCode = e->zCode;
  if( brinkFactsAttach(c->pFacts, c->iSent, c->iAnchor, zS, zT, &t) ) return BRINK_ENOMEM;
  if( !e->pLocation ) e->pLocation = t.pLocation;
  int nNew = 0;
  for(int i=0; i<t.nQuantity; i++){
    int bDup = 0;
    for(int j=0; j<e->nQuantity && !bDup; j++) bDup = strcmp(e->aQuantity[j].zText, t.aQuantity[i].zText)==0;
    if( !bDup ) nNew++;
  }
  if( nNew==0 ) return BRINK_OK;
  brink_quantity *a = brinkArenaAlloc(&c->arena, sizeof(brink_quantity)*(size_t)(e->nQuantity+nNew));
  if( !a ) return BRINK_ENOMEM;
  if( e->nQuantity ) memcpy(a, e->aQuantity, sizeof(brink_quantity)*(size_t)e->nQuantity);
  int n = e->nQuantity;
  for(int i=0; i<t.nQuantity; i++){
    int bDup = 0;
    for(int j=0; j<n && !bDup; j++) bDup = strcmp(a[j].zText, t.aQuantity[i].zText)==0;
    if( !bDup ) a[n++] = t.aQuantity[i];
  }
  e->aQuantity = a;
  e->nQuantity = n;
  return BRINK_OK;
}

/* Heads of a mention that names people protesting in the street. */
static const char *const azProtester[] = {"protester","protestor","demonstrator","marcher","rioter",0};

/* Is m a people named by its country's word in the plural, the head of
** its phrase ("Kenyans", "Bosnian Serbs"), not an adjective before a noun
** ("the Kenyan capital", "Dutch parliamentary parties")? */
static int isPeople(const Sent *s, const Mention *m){
  if( strlen(m->zCode)!=3 || !(m->flags & ACTF_ADJ) || m->iEnd<=m->iStart ) return 0;
  const char *z = s->aTok[m->iEnd-1].zLow;
  size_t n = strlen(z);
  if( n<2 || z[n-1]!='s' ) return 0;
  return m->iEnd>=s->nTok || !(TAG_IS_NOUN(s->aTok[m->iEnd].eTag) || TAG_IS_ADJ(s->aTok[m->iEnd].eTag));
}

/* Is pOrgan an organ of the state of the people pPeople ("Bosnian Serbs"
** and "the Bosnian army")?  A bare role that took its country from the
** sentence counts only when no other country is named there: in "the
** Kuwaitis discussed chartering U.S. vessels with the Administration" the
** Administration need not be Kuwait's. */
static int ownOrgan(const Sent *s, const Mention *pPeople, const Mention *pOrgan){
  const char *zP = pPeople->zCode, *zO = pOrgan->zCode;
  if( strlen(zO)<=3 || (pOrgan->flags & MF_PRONOUN) || !codesRelated(zP, zO) || !isPeople(s, pPeople) ) return 0;
  for(int k=0; k<s->nMen && (pOrgan->flags & MF_AGENT); k++){
    const char *z = s->aMen[k].zCode;
    if( strlen(z)>=3 && z[0]!='-' && strncmp(z, zP, 3)!=0 && strncmp(z, "IGO", 3)!=0
        && strncmp(z, "NGO", 3)!=0 && strncmp(z, "IMG", 3)!=0 ) return 0;
  }
  return 1;
}

/* After a refusal ending at iEnd, "despite (growing) pressure by X",
** "despite calls from X": the mention of X (not iSrc), else -1. */
static int despiteAsker(const Sent *s, int iEnd, int iSrc){
  static const char *const azAsk[] = {"pressure","call","demand","appeal","request","plea","protest","urging",0};
  for(int i=iEnd; i<s->nTok && i<iEnd+4; i++){
    if( !tokIs(&s->aTok[i], "despite") ) continue;
    int j = i+1;
    while( j<s->nTok && j<i+4 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT || s->aTok[j].eTag==TAG_VBG) ) j++;
    if( j+2>=s->nTok || !TAG_IS_NOUN(s->aTok[j].eTag) || !inSet(s->aTok[j].zLemma, azAsk) ) return -1;
    j++;
    if( !(tokIs(&s->aTok[j], "by") || tokIs(&s->aTok[j], "from")) ) return -1;
    for(int q=j+1; q<s->nTok && q<=j+3; q++){
      int k = s->aMenAt[q];
      /* (not the refuser's own state: that is no partner) */
      if( k>=0 && s->aMen[k].zCode[0] && k!=iSrc ){
        const char *zS = iSrc>=0 ? s->aMen[iSrc].zCode : "";
        return codesRelated(s->aMen[k].zCode, zS) || sameState(s->aMen[k].zCode, zS) ? -1 : k;
      }
    }
    return -1;
  }
  return -1;
}

/* An intent to reform the state's own politics, leadership, rights or
** institutions (034, 0341, 0343, 0344; not 0342, a change of policy)? */
static int reformIntent(const char *zCode){
  return strncmp(zCode, "034", 3)==0 && strcmp(zCode, "0342")!=0;
}

/* Work out the current sentence's event date (c->zSentDate), when its
** first event is emitted.  Non-zero when memory runs out. */
static int sentDate(brink_coder *c){
  int32_t iSentDay = brinkSentenceDay(c->aSentTok, c->nSentTok, c->iDay);
  c->iSentDay = iSentDay;
  if( iSentDay==c->iDay ){
    c->zSentDate = c->pStory->zDate;
  }else{
    char *zD = brinkArenaAlloc(&c->arena, 16);
    if( !zD ) return 1;
    brink_date_format(iSentDay, zD);
    c->zSentDate = zD;
  }
  return 0;
}

/* The date of the event whose anchor is c->iAnchor: a time expression after
** the act in its own clause, else the sentence's.  NULL when memory runs
** out. */
static const char *eventDate(brink_coder *c){
  if( !c->zSentDate && sentDate(c) ) return 0;
  if( c->iAnchor<0 || c->iAnchor>=c->nSentTok ) return c->zSentDate;
  int32_t iDay = brinkEventDay(c->aSentTok, c->nSentTok, c->iAnchor, c->iDay);
  if( iDay==c->iSentDay ) return c->zSentDate;
  if( iDay==c->iDay ) return c->pStory->zDate;
  char *zD = brinkArenaAlloc(&c->arena, 16);
  if( zD ) brink_date_format(iDay, zD);
  return zD;
}

/* Does the sentence tell a trade in a commodity by quantity: a unit of
** bulk goods ("tonnes", "barrels", "bushels") and a verb of trade? */
static int commodityTrade(const Sent *s){
  static const char *const azUnit[] = {"tonnes","tonne","tons","barrels","bushels","bales","ounces","bpd",0};
  static const char *const azTrade[] = {"buy","sell","export","import","supply","pay","purchase","ship",0};
  int bUnit = 0, bTrade = 0;
  for(int i=0; i<s->nTok; i++){
    if( inSet(s->aTok[i].zLow, azUnit) ) bUnit = 1;
    if( TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azTrade) ) bTrade = 1;
  }
  return bUnit && bTrade;
}

static int emit(brink_coder *c, const Sent *s, const Mention *pSrc, const Mention *pTgt,
                const char *zCode, int bNeg){
  const char *zColon = strchr(zCode, ':');
  if( zColon && pTgt ){
    /* a paired code of the peer dictionaries, "032:033": the source does
    ** the first to the target, the target the second to the source */
    char zA[16], zB[16];
    size_t nA = (size_t)(zColon - zCode);
    if( nA>=sizeof zA ) nA = sizeof zA - 1;
    memcpy(zA, zCode, nA); zA[nA] = 0;
    snprintf(zB, sizeof zB, "%s", zColon+1);
    int rc = zA[0] && strcmp(zA, "---")!=0 ? emit(c, s, pSrc, pTgt, zA, bNeg) : BRINK_OK;
    if( rc==BRINK_OK && zB[0] && strcmp(zB, "---")!=0 ) rc = emit(c, s, pTgt, pSrc, zB, bNeg);
    return rc;
  }
  const char *zS = pSrc->zCode, *zT = pTgt ? pTgt->zCode : "";
  if( (!zS[0] && !(pSrc->flags & MF_NOSOURCE)) || (pTgt && !zT[0]) ) return BRINK_OK;   /* pTgt==0: an event with no target */
  /* the state a reform is promised for is no partner: "the opposition
  ** leader promised to democratize Serbia" has no target */
  if( pTgt && !c->pEng->bPeerVerbs && reformIntent(zCode) && strlen(zT)==3 && strncmp(zS, zT, 3)==0 ){
    pTgt = 0;
    zT = "";
  }
  if( !zS[0] && !pTgt ) return BRINK_OK;
  if( pTgt && !c->pEng->bPeerVerbs && strlen(zT)==3 && strlen(zS)>3 && codesRelated(zS, zT) && pTgt->iStart>0 ){
    /* an organ of a state yielding or coercing "in Turkey" acts on its own
    ** people: TURGOV imposing a curfew in TUR is TURGOV on TURCVL, as CAMEO
    ** codes domestic events.  Only for a place after "in" and for 08, 17
    ** and threats of 17:
    ** force, aid and the rest "in Iraq" are mostly about someone else there. */
    if( domesticCode(zCode) && placeIn(s, pTgt) ){
      char zPop[8];
      snprintf(zPop, sizeof zPop, "%.3sCVL", zT);
      zT = brinkArenaStrndup(&c->arena, zPop, 6);
      if( !zT ) return BRINK_ENOMEM;
    }
  }
  /* "Demonstrators battled riot police": force by protesters against the
  ** state's police or government is a violent protest, a riot (145), as
  ** CAMEO codes it, not an armed assault (brink's own dictionaries) */
  if( !c->pEng->bPeerVerbs && (zCode[0]=='1' && (zCode[1]=='8' || zCode[1]=='9')) && pSrc->iEnd>0
      && pSrc->iEnd<=s->nTok && inSet(s->aTok[pSrc->iEnd-1].zLemma, azProtester)
      && (!pTgt || (strlen(zT)>=6 && (strcmp(zT+3, "COP")==0 || strcmp(zT+3, "GOV")==0 || strcmp(zT+3, "MIL")==0))) ){
    zCode = "145";
  }
  /* a bombing by an armed force is an air or artillery strike, not the
  ** car or roadside bomb 183 names: "Afghan warplanes killed 22 people in a
  ** second bombing of a Pakistani village" is 195 (census A144) */
  if( !c->pEng->bPeerVerbs && strncmp(zCode, "183", 3)==0 && hasRole(zS, "MIL") ) zCode = "195";
  /* farmers, workers, students or civilians do not repress: "the farmers
  ** traded stones for tear gas" is a riot (sixth review #3) */
  int bCivil = civilCode(zS);
  if( !c->pEng->bPeerVerbs && bCivil && strncmp(zCode, "175", 3)==0 ) zCode = "145";
  /* ... and so is force by farmers, workers, students or civilians against
  ** their own country's police: "farmers battled with police during a
  ** march" (sixth review #5), not rebels' armed fighting */
  if( !c->pEng->bPeerVerbs && bCivil && (zCode[0]=='1' && (zCode[1]=='8' || zCode[1]=='9')) && pTgt
      && strlen(zT)==6 && memcmp(zS, zT, 3)==0 && hasRole(zT, "COP") ) zCode = "145";
  /* a people named by its country's word ("Kenyans", "Bosnian Serbs")
  ** acting on an organ of its own state is its civilians: a domestic
  ** event, which CAMEO codes.  (Not the other way round: a state's
  ** "warning to Americans" is no threat to them.) */
  if( pTgt && !c->pEng->bPeerVerbs && ownOrgan(s, pSrc, pTgt) ){
    char zPop[8];
    snprintf(zPop, sizeof zPop, "%.3sCVL", zS);
    zS = brinkArenaStrndup(&c->arena, zPop, 6);
    if( !zS ) return BRINK_ENOMEM;
  }
  /* what a firm does is business news, not politics ("exporters asked
  ** the government to", "Japanese banks have loans to Nigeria"), and so
  ** is dealing with a firm (roots 03-07: "joint ventures with U.S.
  ** companies"); a state's sanctions or threats against firms are coded,
  ** and so are a firm's complaints, accusations and lawsuits (root 11: "a
  ** businessman is suing the United States", but not a suit "in U.S.
  ** District Court", which names the court where firms sue each other) and
  ** its dealings with labour (a strike, wage talks); refusing a firm is
  ** business too ("refused discounts to Japanese buyers") */
  int iRootE = (zCode[0]-'0')*10 + (zCode[1]-'0');
  if( !c->pEng->bPeerVerbs && !hasRole(zS, "LAB") && !hasRole(zT, "LAB")
      && ((hasRole(zS, "BUS") && (iRootE!=11 || hasRole(zT, "JUD")))
          || (((iRootE>=3 && iRootE<=7) || iRootE==12) && hasRole(zT, "BUS"))) ) return BRINK_OK;
  /* ... but a firm and a union talking, offering or breaking off talks is
  ** labour business too: only a strike or a protest between them is coded
  ** ("General Motors' Canadian division will make its first offer in
  ** contract negotiations with the Canadian Auto Workers", rejected by the
  ** thirty-eighth and earlier reviews) */
  if( !c->pEng->bPeerVerbs && iRootE!=14 && ((hasRole(zS, "BUS") && hasRole(zT, "LAB"))
      || (hasRole(zS, "LAB") && hasRole(zT, "BUS"))) ) return BRINK_OK;
  /* (and so is a union's walk-out, rejection or threat with no one named:
  ** "talks broke down when the union walked out", "the union has
  ** threatened to strike unless it has reached a settlement", rejected by
  ** the thirty-seventh and thirty-second reviews; a strike and its calling
  ** off, 14 and 08, are coded) */
  if( !c->pEng->bPeerVerbs && !pTgt && hasRole(zS, "LAB") && iRootE!=14 && iRootE!=8 && iRootE<18 ) return BRINK_OK;
  /* (and so is a commodity contract told by country names alone: "Greece
  ** has agreed to buy 30,000 tonnes of Spanish corn", "India had agreed to
  ** export to Japan 23 mln tonnes of iron ore", "South Korea has agreed to
  ** pay Japanese trading houses 400 dlrs per tonne": the buyers and sellers
  ** are firms, rejected by seven reviews; a government named in it keeps
  ** it a state's deal) */
  if( !c->pEng->bPeerVerbs && strcmp(zCode, "030")==0 && !hasRole(zS, "GOV") && !(pTgt && hasRole(zT, "GOV"))
      && commodityTrade(s) ) return BRINK_OK;
  /* (PETRARCH drops only an actor acting on itself: a pattern may set a
  ** country's military against the country, MORMIL -> MOR) */
  if( pTgt && (c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH ? strcmp(zS, zT)==0
               : (codesRelated(zS, zT) || sameState(zS, zT))) ) return BRINK_OK;
  c->nEmitted++;
  /* fold a repeat within the story */
  for(size_t i=0; i<c->nEv; i++){
    brink_event *e = &c->aEv[i];
    if( strcmp(e->zSource, zS)==0 && strcmp(e->zTarget, zT)==0 && strcmp(e->zCode, zCode)==0
        && e->bNegated==bNeg ){
      e->nMention++;
      return foldFacts(c, e, zS, zT);
    }
  }
  /* a specific code replaces the generic one of its root told by the same
  ** sentence: "urged Russia to withdraw" is 0256, not 020 and 0256 */
  for(size_t i=0; i<c->nEv; i++){
    brink_event *e = &c->aEv[i];
    if( e->iSentence!=c->iSent || strcmp(e->zSource, zS)!=0 || strcmp(e->zTarget, zT)!=0 ) continue;
    if( strncmp(e->zCode, zCode, 2)!=0 ) continue;
    const char *zOld = e->zCode;
    int bOldGeneric = strlen(zOld)==3 && zOld[2]=='0';
    int bNewGeneric = strlen(zCode)==3 && zCode[2]=='0';
    if( bNewGeneric && !bOldGeneric ) return BRINK_OK;      /* keep the specific one */
    if( bOldGeneric && !bNewGeneric ){
      const brink_cameo *pC = brinkOntologyLookup(c->pEng->pOnt, zCode);
      if( !pC ) break;
      e->zCode = pC->zCode; e->iQuad = pC->iQuad; e->rGoldstein = pC->rGoldstein;
      e->zPlover = pC->zPlover; e->zPloverMode = pC->zPloverMode;
      return BRINK_OK;
    }
  }
  if( c->nEv==c->nEvAlloc ){
    size_t nNew = c->nEvAlloc ? c->nEvAlloc*2 : 16;
    brink_event *aNew = brinkArenaAlloc(&c->arena, sizeof(brink_event)*nNew);
    if( !aNew ) return BRINK_ENOMEM;
    if( c->nEv ) memcpy(aNew, c->aEv, sizeof(brink_event)*c->nEv);
    c->aEv = aNew; c->nEvAlloc = nNew;
  }
  brink_event *e = &c->aEv[c->nEv++];
  memset(e, 0, sizeof *e);
  e->zStoryId = c->pStory->zId;
  e->iSentence = c->iSent;
  if( !(e->zDate = eventDate(c)) ) return BRINK_ENOMEM;
  e->zSource = zS; e->zSourceText = pSrc->zText;
  e->zTarget = zT; e->zTargetText = pTgt ? pTgt->zText : "";
  const brink_cameo *pC = brinkOntologyLookup(c->pEng->pOnt, zCode);
  e->zCode = pC ? pC->zCode : brinkArenaStrndup(&c->arena, zCode, strlen(zCode));
  char *zRoot = brinkArenaStrndup(&c->arena, zCode, 2);
  if( !e->zCode || !zRoot ) return BRINK_ENOMEM;
  e->zRoot = zRoot;
  e->iQuad = pC ? pC->iQuad : 0;
  e->rGoldstein = pC ? pC->rGoldstein : 0.0;
  e->zPlover = pC ? pC->zPlover : "";
  e->zPloverMode = pC ? pC->zPloverMode : "";
  e->zEvidence = brinkArenaStrndup(&c->arena, s->z, s->n);
  if( !e->zEvidence ) return BRINK_ENOMEM;
  e->bNegated = bNeg;
  e->nMention = 1;
  e->zIssues = c->zSentIssues;
  if( c->pRule ){
    char zR[300];
    snprintf(zR, sizeof zR, "%s:%d", brinkDictFileName(c->pDict, c->pRule->iFile), (int)c->pRule->iLine);
    e->zRule = brinkArenaStrndup(&c->arena, zR, strlen(zR));
  }
  /* facts (issue 7): where it happened and the quantities of its clause */
  if( brinkFactsAttach(c->pFacts, c->iSent, c->iAnchor, zS, zT, e) ) return BRINK_ENOMEM;
  c->stats.nEvent++;
  return BRINK_OK;
}

/* Is mention k the one an attribution "according to" names ("..., according
** to the Pakistani interior secretary")? */
static int accordingTo(const Sent *s, int k){
  int h = s->aMen[k].iStart-1;
  while( h>0 && (s->aTok[h].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[h].eTag)) ) h--;
  return h>0 && tokIs(&s->aTok[h], "to") && tokIs(&s->aTok[h-1], "according");
}

/* Is mention k the speaker of an attribution: followed by a verb of saying,
** perhaps after a few nouns ("Thai military sources said"), or named
** "according to"? */
static int closingSpeaker(const Sent *s, int k){
  if( accordingTo(s, k) ) return 1;
  int j = s->aMen[k].iEnd;
  /* ("Human Rights Watch (HRW) said") */
  if( j+2<s->nTok && tokIs(&s->aTok[j], "(") && tokIs(&s->aTok[j+2], ")") ) j += 3;
  for(int x=0; x<3 && j<s->nTok && (s->aTok[j].eTag==TAG_NNS || s->aTok[j].eTag==TAG_NN
                                    || s->aTok[j].eTag==TAG_JJ); x++) j++;
  /* (the end of an appositive on the speaker: "..., Jean-Claude Paye,
  ** Director General of the OECD, told a news conference", twenty-seventh
  ** review #4) */
  /* (a tensed verb of saying only: in "criticized Japan, its main
  ** partner, saying ..." the participle is the subject's) */
  int bAppos = 0;
  if( j+2<s->nTok && tokIs(&s->aTok[j], ",") && !TAG_IS_VERB(s->aTok[j+1].eTag) ){
    for(int x=j+1; x+1<s->nTok && x<=j+16; x++){
      if( TAG_IS_FINITE(s->aTok[x].eTag) || s->aTok[x].eTag==TAG_MD || tokIs(&s->aTok[x], ";") ) break;
      if( tokIs(&s->aTok[x], ",") ){ j = x+1; bAppos = 1; break; }
    }
  }
  return j<s->nTok && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azSpeech)
      && (!bAppos || TAG_IS_FINITE(s->aTok[j].eTag));
}

/* Try pattern pat at anchor token a.  On a match returns 1 and sets the
** slots and the last token used. */
/* True if the "and" at token i opens a clause of its own: an actor and
** then a finite verb ("rejected such action and Mexican finance minister
** Gustavo Petricioli merely said"); its actor is that clause's subject, no
** target of the verb before it. */
static int andOpensClause(const Sent *s, int i){
  if( !tokIs(&s->aTok[i], "and") ) return 0;
  int bActor = 0;
  for(int j=i+1; j<s->nTok && j<=i+12; j++){
    const Tok *t = &s->aTok[j];
    if( s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0] ){ bActor = 1; continue; }
    if( TAG_IS_FINITE(t->eTag) || t->eTag==TAG_MD ) return bActor;
    /* (a list of actors: "and France, Denmark and Belgium showed") */
    if( bActor && (t->eTag==TAG_CC || tokIs(t, ",")) ) continue;
    if( !(t->eTag==TAG_DT || TAG_IS_ADJ(t->eTag) || TAG_IS_NOUN(t->eTag) || t->eTag==TAG_RB
          || t->eTag==TAG_POS) ) return 0;
  }
  return 0;
}

typedef struct Match { int iSrc, iTgt, iStart, iEnd, bCompound, nLoose; } Match;

/* The noun phrase that token q is in, as [*piStart, *piEnd): an actor or
** agent mention, else the tagger's chunk.  0 when q is in neither. */
static int nounPhraseAt(const Sent *s, int q, int *piStart, int *piEnd){
  int k = s->aMenAt[q];
  int i0 = q, i1 = q+1;
  if( k>=0 ){ i0 = s->aMen[k].iStart; i1 = s->aMen[k].iEnd; }
  else if( s->aTok[q].iChunk<0 ) return 0;
  /* the chunk around it, and a mention that ends it ("the Gondor") */
  int ch = s->aTok[q].iChunk;
  if( ch>=0 ){
    while( i0>0 && s->aTok[i0-1].iChunk==ch ) i0--;
    while( i1<s->nTok && s->aTok[i1].iChunk==ch ) i1++;
  }
  if( i1>0 && s->aMenAt[i1-1]>=0 && s->aMen[s->aMenAt[i1-1]].iEnd>i1 ) i1 = s->aMen[s->aMenAt[i1-1]].iEnd;
  *piStart = i0; *piEnd = i1;
  return 1;
}

/* Is the partner after "with" at token i a stranger: a common noun that no
** dictionary knows ("talks with commercial banks for loans to Argentina":
** the banks are the partner, Argentina is not), not a phrase that names its
** actor after it ("with representatives of Argentina")? */
static int strangerPartner(const Sent *s, int i){
  if( i<0 || i+1>=s->nTok || !tokIs(&s->aTok[i], "with") ) return 0;
  int j = i+1;
  while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || s->aTok[j].eTag==TAG_PRPS || s->aTok[j].eTag==TAG_CD
         || TAG_IS_ADJ(s->aTok[j].eTag)) && s->aMenAt[j]<0 ) j++;
  while( j+1<s->nTok && (s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS) && s->aMenAt[j]<0
         && (s->aTok[j+1].eTag==TAG_NN || s->aTok[j+1].eTag==TAG_NNS) ) j++;
  if( j>=s->nTok || !(s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS) || s->aMenAt[j]>=0 ) return 0;
  if( j+1>=s->nTok ) return 1;
  const Tok *u = &s->aTok[j+1];
  /* ("with the country's union leaders": a possessor, the head comes later) */
  if( tokIs(u, "of") || tokIs(u, "from") || tokIs(u, "'s") || tokIs(u, "'") ) return 0;
  /* ("with bankers in Britain and France": located, they are of a country) */
  if( tokIs(u, "in") && j+2<s->nTok && s->aMenAt[j+2]>=0 ) return 0;
  /* ("with creditor banks and the IMF": a known partner beside them) */
  if( tokIs(u, "and") || tokIs(u, ",") ){
    for(int k=j+2; k<s->nTok && k<=j+5; k++){
      if( s->aMenAt[k]>=0 && s->aMen[s->aMenAt[k]].zCode[0] ) return 0;
      if( s->aTok[k].flags & TOKF_PUNCT ) break;
    }
  }
  return 1;
}

/* Does the sentence name a company as the employer of a strike ("walked
** out at its Wayagamack mill, the company said", "strikes at two General
** Motors parts plants", "bank staff went on strike ..., employers said")?
** Such a strike is aimed at the company, not at the government. */
static int companyEmployer(const Sent *s){
  static const char *const azSite[] = {"mill","mills","plant","plants","factory","factories","works",
    "shipyard","refinery",0};
  for(int i=0; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( (tokIs(t, "company") || tokIs(t, "employers")) && i+1<s->nTok && lemIs(&s->aTok[i+1], "say") ) return 1;
    if( inSet(t->zLow, azSite) && TAG_IS_NOUN(t->eTag) && i>=1 && (tokIs(&s->aTok[i-1], "its") || s->aTok[i-1].eTag==TAG_NNP
        || (i>=2 && tokIs(&s->aTok[i-2], "its"))) ) return 1;
    if( tokIs(t, "plants") && i>=1 && s->aTok[i-1].eTag==TAG_NNS ) return 1;
  }
  return 0;
}

/* Is mention k a modifier of a topic noun after it ("the Iran arms affair",
** "the Iran-Contra scandal"): the topic, not the actor, is what is named? */
static int topicModifier(const Sent *s, int k){
  static const char *const azHead[] = {"affair","affairs","scandal","scandals","controversy","case",
    "connection","initiative","sale","sales",0};
  int i = s->aMen[k].iEnd;
  for(int n=0; i<s->nTok && n<3; i++, n++){
    const Tok *u = &s->aTok[i];
    if( !(u->eTag==TAG_NN || u->eTag==TAG_NNS) || s->aMenAt[i]>=0 ) return 0;
    if( inSet(u->zLow, azHead) ) return 1;
  }
  return 0;
}

/* Is mention k (or the group it is in) named in a topic "between" others
** ("to discuss rising tensions between Greece and Turkey", twenty-second
** review #36)?  Those met about are no partners of the meeting. */
static int topicBetween(const Sent *s, int k){
  static const char *const azTopic[] = {"tension","tensions","relations","ties","dispute","disputes","conflict",
    "row","war","differences","rift","feud","crisis","friction","quarrel","hostilities",0};
  int h = k;
  while( s->aMen[k].iGroup>=0 && h>0 && s->aMen[h-1].iGroup==s->aMen[k].iGroup ) h--;
  int i = s->aMen[h].iStart - 1;
  /* (past a common noun: "tension between members Greece and Turkey",
  ** twenty-third review #50) */
  int iMin = i-2;
  while( i>1 && i>iMin && s->aMenAt[i]<0 && (s->aTok[i].eTag==TAG_NN || s->aTok[i].eTag==TAG_NNS
         || TAG_IS_ADJ(s->aTok[i].eTag)) ) i--;
  if( i<1 || !tokIs(&s->aTok[i], "between") ) return 0;
  return inSet(s->aTok[i-1].zLow, azTopic);
}

/* Is there a relative clause opened after a noun no dictionary knows in
** tokens i0..i1-1 ("measures that would penalise ...")? */
static int relativeBetween(const Sent *s, int i0, int i1){
  for(int r=i0>1 ? i0 : 1; r<i1; r++){
    if( (s->aTok[r].eTag==TAG_WDT || s->aTok[r].eTag==TAG_WP) && TAG_IS_NOUN(s->aTok[r-1].eTag)
        && s->aMenAt[r-1]<0 ) return 1;
  }
  return 0;
}

/* Does mention k own the subject of a clause ("OPEC's official prices
** could face"): a possessive, then common nouns and adjectives that name no
** actor, then a modal or a tensed verb? */
static int ownsClauseSubject(const Sent *s, int k){
  int i = s->aMen[k].iEnd;
  if( i>=s->nTok || !(tokIs(&s->aTok[i], "'s") || tokIs(&s->aTok[i], "'")) ) return 0;
  i++;
  int bNoun = 0;
  while( i<s->nTok && s->aMenAt[i]<0 && (TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_NN
         || s->aTok[i].eTag==TAG_NNS || (s->aTok[i].eTag==TAG_VBN && !bNoun)) ){
    if( TAG_IS_NOUN(s->aTok[i].eTag) ) bNoun = 1;
    i++;
  }
  /* ("Sri Lanka's development program provided the country reduces":
  ** "provided" opens a condition) */
  return bNoun && i<s->nTok && (s->aTok[i].eTag==TAG_MD || TAG_IS_FINITE(s->aTok[i].eTag))
      && !tokIs(&s->aTok[i], "provided") && !tokIs(&s->aTok[i], "providing");
}

/* Is mention k no partner of an act whose slot scan began at i0?  A
** landmark at sea ("shelled the platform 120 miles east of Bahrain in the
** Gulf": twenty-second review #97; on land the place is mostly the
** target's: "an offensive east of Basra"), or the subject of a clause of
** its own opened since i0 ("demanded a renegotiation after Argentina won a
** spread", #83). */
static int landmarkOrClauseSubject(const Sent *s, int k, int i0){
  static const char *const azCompass[] = {"north","south","east","west","northeast","northwest","southeast",
    "southwest","north-east","north-west","south-east","south-west",0};
  static const char *const azUnit[] = {"miles","mile","km","kilometres","kilometers","kms",0};
  static const char *const azSea[] = {"ship","ships","tanker","tankers","vessel","vessels","platform","platforms",
    "rig","rigs","boat","boats","freighter","convoy","gulf","sea","waters","strait",0};
  static const char *const azSub[] = {"after","before","when","since","because","while","although","though",
    "whereas","until",0};
  const Mention *m = &s->aMen[k];
  int i = m->iStart - 1;
  while( i>0 && s->aTok[i].eTag==TAG_DT ) i--;
  if( i>=3 && tokIs(&s->aTok[i], "of") && inSet(s->aTok[i-1].zLow, azCompass)
      && (inSet(s->aTok[i-2].zLow, azUnit) || tokIs(&s->aTok[i-2], ")")) ){
    int bSea = 0;
    for(int j=i0>0 ? i0 : 0; j<i-2 && !bSea; j++) bSea = inSet(s->aTok[j].zLow, azSea);
    for(int j=m->iEnd; j<s->nTok && j<m->iEnd+5 && !bSea; j++) bSea = inSet(s->aTok[j].zLow, azSea);
    if( bSea ) return 1;
  }
  int iEnd = m->iEnd;
  for(int x=k+1; x<s->nMen && s->aMen[x].iGroup==m->iGroup; x++) iEnd = s->aMen[x].iEnd;
  if( iEnd>=s->nTok || !(TAG_IS_FINITE(s->aTok[iEnd].eTag) || s->aTok[iEnd].eTag==TAG_MD) ) return 0;
  for(int j=m->iStart-1; j>=i0 && j>=0; j--){
    if( inSet(s->aTok[j].zLow, azSub) ) return 1;
  }
  return 0;
}

/* Does pattern element pe match with its last token at q (scanning leftwards
** from the anchor)?  Sets *piStart to its first token. */
static int elemEndsAt(const brink_coder *c, const Sent *s, const PatElem *pe, int q, int *piStart, Match *pM){
  const DictView *pV = &c->v;
  switch( pe->eKind ){
    case PE_WORD:
      if( q-pe->nWord+1>=0 && elemRunMatch(s, q-pe->nWord+1, &pV->aWord[pe->iWord], pe->nWord) ){
        *piStart = q-pe->nWord+1;
        return 1;
      }
      return 0;
    case PE_ALT:
      for(uint16_t k=0; k<pe->nAlt; k++){
        const PatAlt *al = &pV->aAlt[pe->iWord+k];
        int i0 = q - al->nWord + 1;
        if( !wordMatch(s, q, &pV->aWord[al->iWord + al->nWord - 1]) ) continue;   /* last word first */
        if( al->mGap ){
          /* "loudly ... included": the words before a gap, leftwards */
          int p = q;
          for(int w=al->nWord-2; w>=0 && p>=0; w--){
            p--;
            if( al->mGap>>(w+1) & 1 ){
              while( p>=0 && !wordMatch(s, p, &pV->aWord[al->iWord+(uint32_t)w]) && !tokIs(&s->aTok[p], ",") && !tokIs(&s->aTok[p], ";") ) p--;
            }
            if( p<0 || !wordMatch(s, p, &pV->aWord[al->iWord+(uint32_t)w]) ) p = -1;
          }
          if( p>=0 ){ *piStart = p; return 1; }
          continue;
        }
        if( i0>=0 && runMatch(s, i0, &pV->aWord[al->iWord], al->nWord) ){ *piStart = i0; return 1; }
      }
      return 0;
    case PE_SKIP: {
      if( c->pEng->bPeerVerbs==PEER_VERBS_TABARI ){
        /* TABARI: '^': an actor ends here; it is passed over */
        int k = s->aMenAt[q];
        if( k<0 || s->aMen[k].iEnd!=q+1 ) return 0;
        *piStart = s->aMen[k].iStart;
        return 1;
      }
      /* a noun phrase ends here; it is passed over */
      int i0, i1;
      if( !nounPhraseAt(s, q, &i0, &i1) || i1!=q+1 ) return 0;
      *piStart = i0;
      return 1;
    }
    default: {
      int k = s->aMenAt[q];
      if( k<0 || s->aMen[k].iEnd!=q+1 || !s->aMen[k].zCode[0] ) return 0;
      /* brink's '%' needs a compound ("Russia and China held drills"); a
      ** lone actor leaves the pattern to shorter ones */
      if( pe->eKind==PE_COMPOUND && !c->pEng->bPeerVerbs && !(k>0 && s->aMen[k-1].iGroup==s->aMen[k].iGroup)
          && !(k+1<s->nMen && s->aMen[k+1].iGroup==s->aMen[k].iGroup) ) return 0;
      if( pe->eKind==PE_SOURCE ) pM->iSrc = k;
      else { pM->iTgt = k; if( pe->eKind==PE_COMPOUND ) pM->bCompound = 1; }
      *piStart = s->aMen[k].iStart;
      return 1;
    }
  }
}

/* Is zForm one of the regular forms PETRARCH generates for verb zVerb:
** +S (+ES after S, X, Z, CH, SH), +ED (+D after E), +ING (E dropped), with a
** doubled final consonant allowed ("planned")? */
static int regularVerbForm(const char *zForm, const char *zVerb){
  size_t nF = strlen(zForm), nV = strlen(zVerb);
  if( nF<=nV || strncmp(zForm, zVerb, nV>0 && zVerb[nV-1]=='e' ? nV-1 : nV)!=0 ) return 0;
  const char *zS = zForm + nV;      /* the suffix after the whole verb */
  char cLast = nV ? zVerb[nV-1] : 0;
  int bSib = cLast=='s' || cLast=='x' || cLast=='z' || (nV>=2 && zVerb[nV-1]=='h' && (zVerb[nV-2]=='c' || zVerb[nV-2]=='s'));
  if( strncmp(zForm, zVerb, nV)==0 ){
    if( strcmp(zS, bSib ? "es" : "s")==0 ) return 1;
    if( strcmp(zS, cLast=='e' ? "d" : "ed")==0 ) return 1;
    if( cLast!='e' && strcmp(zS, "ing")==0 ) return 1;
    if( zS[0]==cLast && (strcmp(zS+1, "ed")==0 || strcmp(zS+1, "ing")==0) ) return 1;
  }
  if( cLast=='e' && strcmp(zForm+nV-1, "ing")==0 ) return 1;
  return 0;
}

/* Does the sentence open with "Under the accord ...," ending at the comma
** at token iComma ("Under the 1983 pact, Moscow agreed to buy")? */
static int underAccordOpening(const Sent *s, int iComma){
  static const char *const azAccord[] = {"accord","accords","agreement","agreements","pact","deal","treaty",
    "arrangement","arrangements","terms","understanding","protocol","compromise",0};
  int j = 0;
  if( j<s->nTok && (s->aTok[j].flags & TOKF_PUNCT) ) j++;          /* an opening quote */
  /* ("As part of that agreement,", twenty-sixth review #66) */
  if( j+3<iComma && tokIs(&s->aTok[j], "as") && tokIs(&s->aTok[j+1], "part") && tokIs(&s->aTok[j+2], "of") ) j += 2;
  else if( j>=iComma || !tokIs(&s->aTok[j], "under") ) return 0;
  for(int k=j+1; k<iComma && k<=j+4; k++){
    if( s->aTok[k].flags & TOKF_PUNCT ) return 0;
    /* ("Under this accord," or "Under the new accord,": the one the story
    ** is about, whose terms are its news) */
    if( tokIs(&s->aTok[k], "this") || tokIs(&s->aTok[k], "new") ) return 0;
    if( inSet(s->aTok[k].zLow, azAccord) ) return 1;
  }
  return 0;
}

/* Is the act at anchor a told as "has said ... would": the modal before it
** in its clause, and "has said"/"have said" before that, with no time
** expression in the sentence?  ("has said it will" is left alone, unless
** the act is on "any" such object: "Hungary has said it will support a
** resolution" is the news of the day, as the PLOVER gold codes it.) */
static int standingWould(const Sent *s, int a){
  int iWould = -1;
  /* (and "has said he will veto any legislation raising taxes": a pledge
  ** about any such act is standing too; fortieth review #67) */
  int bAny = a+1<s->nTok && tokIs(&s->aTok[a+1], "any");
  for(int i=a-1; i>=0 && i>=a-5; i--){
    if( tokIs(&s->aTok[i], "would") || (bAny && tokIs(&s->aTok[i], "will")) ){ iWould = i; break; }
  }
  if( iWould<0 ) return 0;
  for(int i=iWould-1; i>=1 && i>=iWould-5; i--){
    if( !lemIs(&s->aTok[i], "say") ) continue;
    int h = i-1;
    if( h>=1 && s->aTok[h].eTag==TAG_RB ) h--;
    if( !(tokIs(&s->aTok[h], "has") || tokIs(&s->aTok[h], "have")) ) return 0;
    for(int j=0; j<s->nTok; j++) if( timeAdjunctStart(s, j)>=0 ) return 0;
    return 1;
  }
  return 0;
}

/* Is the anchor at a in a clause that gives an agreement's terms ("the
** 1976 accord under which both sides agreed to", "a deal whereby Japan will
** open its markets", "Under the 1983 pact, Moscow agreed to buy": the
** twenty-second review #20)?  What the parties undertook there is no new
** act. */
static int inTermsClause(const Sent *s, int a){
  /* (a sentence opened by "Under the agreement," gives terms throughout:
  ** "Under the agreement, ... Japan and West Germany would work to ... in
  ** return for a U.S. pledge to reduce", twenty-fourth review #88) */
  for(int i=1; i<a; i++){
    if( tokIs(&s->aTok[i], ",") ){
      if( underAccordOpening(s, i) ){
        int bSemi = 0;
        for(int k=i+1; k<a && !bSemi; k++) bSemi = tokIs(&s->aTok[k], ";");
        if( !bSemi ) return 1;
      }
      break;
    }
  }
  for(int i=a-1; i>=0 && i>=a-12; i--){
    const Tok *t = &s->aTok[i];
    if( (t->flags & TOKF_PUNCT) || tokIs(t, "and") || tokIs(t, "but") || tokIs(t, "that") ) return 0;
    if( tokIs(t, "whereby") ) return 1;
    if( tokIs(t, "which") && i>0 && (tokIs(&s->aTok[i-1], "under") || tokIs(&s->aTok[i-1], "by")) ) return 1;
  }
  return 0;
}

/* May token i stand between a noun anchor and the next word of its pattern?
** A time ("talks last August with"), an actor or place ("talks in Washington
** with"), "under way", and words that are no noun or verb. */
static int nounGapWord(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  if( s->aMenAt[i]>=0 || timeAdjunctStart(s, i)>=0 ) return 1;
  if( tokIs(t, "way") && i>0 && tokIs(&s->aTok[i-1], "under") ) return 1;
  if( t->eTag==TAG_NN || t->eTag==TAG_NNS || TAG_IS_VERB(t->eTag) ) return 0;
  return 1;
}

/* Try pattern pat at anchor token a.  On a match returns 1 and sets the
** slots and the token after the last one used.  bFirst: the caller found
** pat in the index under the form's or the lemma's id at a, so the
** anchor's first word matches there (its test would read the word table
** for each pattern tried, a likely cache miss, to say yes). */
static int patternMatch(const brink_coder *c, const Sent *s, const Pattern *pat, int a, int bFirst, Match *pM){
  const DictView *pV = &c->v;
  const Tok *t = &s->aTok[a];
  if( (pat->flags & PATF_NOUN) && !TAG_IS_NOUN(t->eTag) ) return 0;
  if( (pat->flags & PATF_VERB) && !TAG_IS_VERB(t->eTag) ) return 0;
  if( !runMatch(s, a+bFirst, &pV->aWord[pat->iAnchor]+bFirst, pat->nAnchor-bFirst) ) return 0;
  /* PETRARCH matches the verb forms it generates: a form the lexicon does
  ** not know that reaches the verb only through the lemmatiser ("departes")
  ** is not one of them */
  if( s->bNpActor && t->iLex==-1 && s->aIdLow[a]!=pV->aWord[pat->iAnchor].id1
      && s->aIdLow[a]!=pV->aWord[pat->iAnchor].id2 && !regularVerbForm(t->zLow, t->zLemma) ) return 0;
  pM->iSrc = pM->iTgt = -1; pM->bCompound = 0; pM->nLoose = 0;
  pM->iStart = a;
  /* an alternative list none of whose head words the sentence has cannot match */
  for(uint16_t e=0; (pat->flags & PATF_ALT) && e<pat->nElem; e++){
    const PatElem *pe = &pV->aElem[pat->iElem+e];
    if( pe->eKind==PE_ALT && !(pe->mAny & s->mWords) ) return 0;
  }
  /* elements before the anchor, right to left */
  int p = a;
  for(int e=pat->nPre-1; e>=0; e--){
    const PatElem *pe = &pV->aElem[pat->iElem+(uint32_t)e];
    int bJoin = e==pat->nPre-1 ? pat->bAnchorJoin : pV->aElem[pat->iElem+(uint32_t)e+1].bAdjacent;
    int nGap = bJoin ? 0 : (c->bStems && pe->eKind>=PE_TARGET) ? s->nTok : MAX_GAP;
    int bFound = 0;
    for(int q=p-1; q>=0 && q>=p-1-nGap && !bFound; q--){
      if( tokIs(&s->aTok[q], ";") ) break;
      int iStart;
      if( elemEndsAt(c, s, pe, q, &iStart, pM) ){ p = iStart; bFound = 1; }
    }
    if( !bFound ) return 0;
  }
  pM->iStart = p;
  /* elements after it, left to right */
  p = a + pat->nAnchor;
  for(uint16_t e=pat->nPre; e<pat->nElem; e++){
    const PatElem *pe = &pV->aElem[pat->iElem+e];
    /* TABARI: a slot ($ + %) may be any distance away, as its words may
    ** in TABARI's matching; brink's own patterns keep a short gap */
    int nGap = pe->bAdjacent ? 0 : (c->bStems && pe->eKind>=PE_TARGET) ? s->nTok : MAX_GAP;
    /* an actor slot right after a preposition is in that preposition's
    ** phrase ("tariffs on some 300 mln dlrs worth of Japanese goods"), not
    ** past a comma, a finite verb or a word that opens a clause ("war
    ** against terrorism, has refused to deploy peacekeepers in Iraq") */
    static const char *const azSlotStop[] = {"after","before","during","while","because","since",
      "until","despite","although","though","than","by","if","unless","whether","that","amid",0};
    if( pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && p>0 && p<=s->nTok && !c->pEng->bPeerVerbs
        && (s->aTok[p-1].eTag==TAG_IN || s->aTok[p-1].eTag==TAG_TO) ){
      for(int q=p; q<s->nTok && q<=p+nGap; q++){
        const Tok *u = &s->aTok[q];
        if( s->aMenAt[q]>=0 && s->aMen[s->aMenAt[q]].iStart==q ) break;   /* an actor starts: the slot may take it */
        /* (a base verb too when its object is the subject's own: "loans to
        ** pay off its IMF arrears", eighteenth review #46; not "a loan to
        ** help Brazil", where the one helped is the target) */
        int bOwnObj = u->eTag==TAG_VB && q+1<s->nTok && (s->aTok[q+1].eTag==TAG_PRPS
                      || (s->aTok[q+1].eTag==TAG_RP && q+2<s->nTok && s->aTok[q+2].eTag==TAG_PRPS));
        /* (nor past an infinitive of its own: "called on non-OPEC producers
        ** to avoid competition with OPEC" calls on the producers,
        ** twenty-third review #19) */
        int bInf = u->eTag==TAG_TO && q>p && q+1<s->nTok && s->aTok[q+1].eTag==TAG_VB;
        if( (u->flags & TOKF_PUNCT) || TAG_IS_FINITE(u->eTag) || u->eTag==TAG_MD || bOwnObj || bInf
            || u->eTag==TAG_WDT || u->eTag==TAG_WP
            || (u->eTag==TAG_IN && inSet(u->zLow, azSlotStop)) ){ nGap = q - p - 1; break; }
      }
      if( nGap<0 ) return 0;
      /* (nor past a partner "with" names but no dictionary knows) */
      if( strangerPartner(s, p-1) ) return 0;
    }
    /* after a noun anchor, the pattern's next word follows it closely: only
    ** a time ("talks today with"), a place or an adverb may come between,
    ** no other noun or verb ("trade frictions with", "loan commitments to") */
    const PatElem *pePrev = e>pat->nPre ? &pV->aElem[pat->iElem+e-1] : 0;
    int bNounGap = !c->pEng->bPeerVerbs && (pe->eKind==PE_WORD || pe->eKind==PE_ALT)
        && TAG_IS_NOUN(s->aTok[a].eTag) && (!pePrev || pePrev->eKind==PE_WORD || pePrev->eKind==PE_ALT);
    int bFound = 0;
    /* the alternatives whose last word the sentence holds: the same at
    ** every gap position, so found once */
    uint16_t aCand[64]; int nCand = 0, bAll = 0;
    if( pe->eKind==PE_ALT ){
      for(uint16_t k=0; k<pe->nAlt; k++){
        const PatAlt *al = &pV->aAlt[pe->iWord+k];
        if( !altMayBeIn(s, al) ) continue;
        if( nCand==64 ){ bAll = 1; break; }   /* too many to list: test them all below */
        aCand[nCand++] = k;
      }
      if( nCand==0 ) return 0;
    }
    for(int q=p; q<=p+nGap && q<s->nTok && !bFound; q++){
      const Tok *tq = &s->aTok[q];
      if( tokIs(tq, ";") ) break;
      /* an actor slot does not reach into a clause of its own ("condemned
      ** the attack and Syria said": Syria is no target) */
      if( q>p && !c->pEng->bPeerVerbs && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && pe->eKind!=PE_SKIP
          && (andOpensClause(s, q-1) || tokIs(&s->aTok[q-1], "but")) ) break;
      /* ... nor past a relative clause on a noun ("criticized a report
      ** which accused Sudan": Sudan is no target), nor a clause that says
      ** what the noun holds ("supported the view that Bonn should act":
      ** coder's reading of seed 5252, #5) */
      if( q>p+1 && !c->pEng->bPeerVerbs && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && pe->eKind!=PE_SKIP
          && (tokIs(&s->aTok[q-1], "which") || tokIs(&s->aTok[q-1], "who") || tokIs(&s->aTok[q-1], "that"))
          && (s->aTok[q-2].eTag==TAG_NN || s->aTok[q-2].eTag==TAG_NNS) && s->aMenAt[q-2]<0
          && timeAdjunctStart(s, q-2)<0 ) break;
      /* ... nor, after a noun anchor, past a finite verb that names a
      ** purpose ("Abe's visit is to prepare for Nakasone's talks", "is
      ** meant to": Nakasone is not visited; coder's reading of seed 5252,
      ** #34), though past one that tells where or when ("the attack took
      ** place on March 8, when an Iranian tanker was hit") */
      if( q>p && !c->pEng->bPeerVerbs && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && pe->eKind!=PE_SKIP
          && TAG_IS_NOUN(s->aTok[a].eTag) && s->aTok[q].eTag==TAG_TO && (TAG_IS_FINITE(s->aTok[q-1].eTag)
              || (q>p+1 && s->aTok[q-1].eTag==TAG_VBN && TAG_IS_FINITE(s->aTok[q-2].eTag))) ) break;
      /* ... nor to the one a closing attribution names ("criticized the
      ** plan, according to Egyptian officials") */
      if( !c->pEng->bPeerVerbs && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && pe->eKind!=PE_SKIP
          && s->aMenAt[q]>=0 && s->aMen[s->aMenAt[q]].iStart==q && accordingTo(s, s->aMenAt[q]) ) break;
      /* brink's own patterns with a noun anchor: a word of the pattern is
      ** not looked for past a finite verb of another clause ("a policy
      ** u-turn, President X has reneged on": no "u-turn on") */
      if( q>p && !c->pEng->bPeerVerbs && (pe->eKind==PE_WORD || pe->eKind==PE_ALT) && TAG_IS_NOUN(s->aTok[a].eTag)
          && TAG_IS_FINITE(s->aTok[q-1].eTag) ) break;
      if( q>p && bNounGap && !nounGapWord(s, q-1) ) break;
      switch( pe->eKind ){
        case PE_WORD:
          /* "of" after a word of the pattern belongs to that word ("summon
          ** the ambassador of +"), not to a later noun ("summoned the
          ** ambassador to complain of inaction over the gangs") */
          if( q>p && !c->pEng->bPeerVerbs && e>pat->nPre && pe->nWord==1 && tokIs(tq, "of")
              && (pV->aElem[pat->iElem+e-1].eKind==PE_WORD || pV->aElem[pat->iElem+e-1].eKind==PE_ALT) ) break;
          if( elemRunMatch(s, q, &pV->aWord[pe->iWord], pe->nWord) ){ p = q + pe->nWord; bFound = 1; }
          break;
        case PE_ALT:
          {
            /* an alternative matching word for word beats one that needed a
            ** loose noun phrase ("hold free elections" vs "hold elections"),
            ** and the longest of those wins ("a missile attack" over "a
            ** missile", whatever their order in the list) */
            int iLoose = 0, iExact = 0;
            int nTry = bAll ? pe->nAlt : nCand;
            for(int kc=0; kc<nTry; kc++){
              const PatAlt *al = &pV->aAlt[pe->iWord+(bAll ? (uint16_t)kc : aCand[kc])];
              if( bAll && !altMayBeIn(s, al) ) continue;
              int iEnd = phraseRunMatch(c, s, q, &pV->aWord[al->iWord], al->nWord, al->mGap);
              if( iEnd<=0 ) continue;
              if( iEnd - q == al->nWord ){ if( iEnd>iExact ) iExact = iEnd; }
              else if( !iLoose ) iLoose = iEnd;
            }
            if( iExact ){ p = iExact; bFound = 1; }
            else if( iLoose ){ p = iLoose; bFound = 1; pM->nLoose++; }
          }
          break;
        case PE_SKIP: {
          int i0, i1;
          if( c->pEng->bPeerVerbs==PEER_VERBS_TABARI ){
            /* TABARI: '^' passes over the next actor */
            int k = s->aMenAt[q];
            if( k>=0 && s->aMen[k].iStart==q ){ p = s->aMen[k].iEnd; bFound = 1; }
          }else if( nounPhraseAt(s, q, &i0, &i1) ){
            /* "warned at ^ +": the noun phrase right there is passed over, so
            ** "+" is the one after it ("at the Gondor of the Prince": DOL) */
            p = i1; bFound = 1;
          }
          break;
        }
        default: {
          /* an actor after "by" is an agent, not a target: stop there */
          if( pe->eKind!=PE_SOURCE && q>p && tokIs(&s->aTok[q-1], "by") ){ q = p+nGap+1; break; }
          int k = s->aMenAt[q];
          if( k>=0 && s->aMen[k].iStart==q && s->aMen[k].zCode[0] ){
            /* "an investigation into the Iran arms affair": a topic's
            ** modifier fills no slot (eighteenth review #25); nor does an
            ** actor in a relative clause of a noun passed over ("warned
            ** measures that would penalise trading partners such as Japan
            ** ... could" warns of the measures, not Japan) */
            if( !c->pEng->bPeerVerbs && pe->eKind==PE_TARGET && (topicModifier(s, k) || relativeBetween(s, p+1, q)
                || landmarkOrClauseSubject(s, k, p)
                || (pat->zCode[0]=='0' && pat->zCode[1]=='4' && strcmp(pat->zCode, "045")!=0 && topicBetween(s, k))) ){
              q = p+nGap+1;
              break;
            }
            /* the subject slot of a reported clause ("insists that + should")
            ** takes the clause's subject, not an actor in its "of" phrase:
            ** "insists that the profitability of companies should be taken
            ** into account" (twenty-third review #33) */
            if( !c->pEng->bPeerVerbs && pe->eKind==PE_TARGET
                && ((e+1<pat->nElem && pV->aElem[pat->iElem+e+1].bAdjacent) || (p>0 && tokIs(&s->aTok[p-1], "that")))
                && q>=2 && tokIs(&s->aTok[q-1], "of")
                && TAG_IS_NOUN(s->aTok[q-2].eTag) && s->aMenAt[q-2]<0 ){
              q = p+nGap+1;
              break;
            }
            /* the speaker of a closing attribution fills no slot: "overran
            ** it late last month, Thai military sources said" */
            if( !c->pEng->bPeerVerbs && q>0 && tokIs(&s->aTok[q-1], ",") && closingSpeaker(s, k) ){ q = p+nGap+1; break; }
            /* "he", "she", "we", "they" after the anchor are the subject of
            ** a clause of their own, never its object ("during his Tokyo
            ** visit he would be talking"), unless the pattern asks for the
            ** subject of a "that" clause ("said that + should") or the
            ** pronoun is right after a verb ("warned on Tuesday they would
            ** face levies": the one warned) */
            int bRight = q==a+pat->nAnchor || (q>0 && timeAdjunctStart(s, q-1)==a+pat->nAnchor);
            if( !c->pEng->bPeerVerbs && pe->eKind!=PE_SOURCE && s->aMen[k].iEnd==q+1 && !(q>0 && tokIs(&s->aTok[q-1], "that"))
                && !(TAG_IS_VERB(s->aTok[a].eTag) && bRight)
                && (tokIs(&s->aTok[q], "he") || tokIs(&s->aTok[q], "she") || tokIs(&s->aTok[q], "we")
                    || tokIs(&s->aTok[q], "they")) ){ q = p+nGap+1; break; }
            if( pe->eKind==PE_SOURCE ) pM->iSrc = k;
            else { pM->iTgt = k; if( pe->eKind==PE_COMPOUND ) pM->bCompound = 1; }
            p = s->aMen[k].iEnd;
            /* a group fills the slot whole: "said US and British forces
            ** must" reaches "must" from the group's last member */
            for(int x=k+1; x<s->nMen && s->aMen[x].iGroup==s->aMen[k].iGroup; x++) p = s->aMen[x].iEnd;
            bFound = 1;
          }
          break;
        }
      }
    }
    if( !bFound ) return 0;
  }
  pM->iEnd = p;
  return 1;
}

/* Words a pattern names literally, not through a synset or alternatives:
** of two patterns otherwise alike, "* DOLLAR" is more specific than
** "* &CURRENCY". */
static int literalWords(const DictView *pV, const Pattern *pat){
  int n = 0;
  for(uint16_t e=0; e<pat->nElem; e++) if( pV->aElem[pat->iElem+e].eKind==PE_WORD ) n++;
  return n;
}

/* Negation or hypothetical framing just before the anchor. */
/* Framing words before an anchor, in its clause.  They decide whether the
** event happened (negated, hypothetical), is intended (future) or refused. */
enum { FR_NONE = 0, FR_NEG, FR_HYPO, FR_FUTURE, FR_REFUSE, FR_PREDICT };

/* Does token i start a time that makes the act history or a habit: "in
** the past"; "every year", "each spring", "annually" (what is done year
** after year, ninth review #3); "in recent months", "over the past eight
** years" (acts counted over a span, ninth review #37, #87)? */
static int pastOrHabitAt(const Sent *s, int i){
  static const char *const azSpan[] = {"year","years","month","months","spring","summer","autumn",
    "winter","decade","decades",0};
  const Tok *t = &s->aTok[i];
  if( i+2<s->nTok && tokIs(t, "in") && tokIs(&s->aTok[i+1], "the") && tokIs(&s->aTok[i+2], "past") ){
    /* (not "in the past week", "in the past few days", "in the past 24
    ** hours": news of now) */
    static const char *const azRecent[] = {"week","weeks","day","days","hours","fortnight","month",0};
    int j = i+3;
    if( j<s->nTok && (tokIs(&s->aTok[j], "few") || tokIs(&s->aTok[j], "several") || s->aTok[j].eTag==TAG_CD) ) j++;
    return !(j<s->nTok && inSet(s->aTok[j].zLow, azRecent));
  }
  if( tokIs(t, "annually") ) return 1;
  /* ("he talks with the Treasury Secretary from time to time") */
  if( i+3<s->nTok && tokIs(t, "from") && tokIs(&s->aTok[i+1], "time") && tokIs(&s->aTok[i+2], "to")
      && tokIs(&s->aTok[i+3], "time") ) return 1;
  if( i+1<s->nTok && (tokIs(t, "every") || tokIs(t, "each")) && inSet(s->aTok[i+1].zLow, azSpan) ) return 1;
  if( i+2<s->nTok && tokIs(t, "in") && tokIs(&s->aTok[i+1], "recent") && inSet(s->aTok[i+2].zLow, azSpan) ) return 1;
  if( i+3<s->nTok && tokIs(t, "over") && tokIs(&s->aTok[i+1], "the") && tokIs(&s->aTok[i+2], "past")
      && ((s->aTok[i+3].flags & TOKF_NUM) || s->aTok[i+3].eTag==TAG_CD || inSet(s->aTok[i+3].zLow, azSpan)) ) return 1;
  return 0;
}

static const char *const azTry[] = {"bid","attempt","effort","try","initiative","plan","move",0};

/* The token before the noun phrase that noun anchor a ends, looking back at
** most nMax tokens: past determiners, possessives, adjectives, numbers,
** nouns and actors ("head off U.S.-led pressure", "hit by artillery
** shells"); -1 at the sentence's start. */
static int beforeNounPhrase(const Sent *s, int a, int nMax){
  int i = a-1;
  /* (a participle before an adjective is one too: "under mounting
  ** protectionist pressure", twenty-fourth review #66; and a past
  ** participle before a people's word: "to show continued U.S. support",
  ** twenty-sixth review #73) */
  while( i>=0 && i>=a-nMax && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_CD
         || s->aTok[i].eTag==TAG_NN || s->aTok[i].eTag==TAG_NNP || s->aTok[i].eTag==TAG_PRPS || s->aMenAt[i]>=0
         || (s->aTok[i].eTag==TAG_VBG && i+1<a && TAG_IS_ADJ(s->aTok[i+1].eTag))
         || (s->aTok[i].eTag==TAG_VBN && i+1<a && s->aMenAt[i+1]>=0)) ) i--;
  return i;
}

/* The token before the determiners, adjectives, numbers and common nouns
** (none an actor) that lead up to a noun anchor at a, looking back at most
** nMax tokens: the word that governs its phrase ("for [the new] talks",
** "step up [the] negotiations").  Unlike beforeNounPhrase, no actor is
** passed over. */
static int governorBefore(const Sent *s, int a, int nMax){
  int j = a-1;
  while( j>0 && j>=a-nMax && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)
         || s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_CD || s->aTok[j].eTag==TAG_PRPS) ) j--;
  return j;
}

/* Is the anchor at a a noun, or the adjective a compound noun anchor opens
** ("general strike", "martial law")? */
static int nounAnchor(const Sent *s, int a){
  return TAG_IS_NOUN(s->aTok[a].eTag) || (TAG_IS_ADJ(s->aTok[a].eTag) && a+1<s->nTok && TAG_IS_NOUN(s->aTok[a+1].eTag));
}

/* Is the infinitive at anchor a ("to" before it) no act done?
**   - what an agreement, a pledge or a plan binds one to: "did not honor an
**     agreement to end dumping ... and to open its markets" (twenty-third
**     review #76);
**   - a look of readiness or reluctance: "the leaders seem hesitant to make
**     concessions", "Japan appears resolved to encourage demand"
**     (twenty-fourth review #19);
**   - nothing offered: "appears to have little new to offer to settle a
**     dispute" (twenty-fourth review #54);
**   - a deed judged, not told: "it was 'profoundly unjust' to blame West
**     Germany" (twenty-third review #97), "admitted he was wrong to sell
**     arms to Iran" (twenty-seventh review #26; "the right to retaliate" is
**     a threat, no judgement). */
static int infinitiveNotDone(const Sent *s, int a){
  static const char *const azBinding[] = {"agreement","pledge","promise","commitment","accord","undertaking",
    "proposal","offer","plan","plans","vow","threat","deal","pact",0};
  static const char *const azWrongTo[] = {"unjust","unfair","wrong","absurd","ridiculous","unacceptable",
    "mistaken","misleading","inappropriate","inadmissible","unreasonable","unjustified","pointless","futile",0};
  for(int i=a-2; i>=1 && i>=a-16; i--){
    const Tok *u = &s->aTok[i];
    if( TAG_IS_FINITE(u->eTag) || u->eTag==TAG_MD || tokIs(u, ";") ) break;
    if( tokIs(u, "to") && TAG_IS_NOUN(s->aTok[i-1].eTag) && inSet(s->aTok[i-1].zLow, azBinding) ) return 1;
  }
  int j = a-2;
  if( j>=1 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_VBN) ){
    int k = j-1;
    while( k>0 && s->aTok[k].eTag==TAG_RB ) k--;
    if( TAG_IS_VERB(s->aTok[k].eTag) && (lemIs(&s->aTok[k], "seem") || lemIs(&s->aTok[k], "appear")) ) return 1;
  }
  for(int i=a-2; i>=1 && i>=a-6; i--){
    if( !(tokIs(&s->aTok[i], "little") || tokIs(&s->aTok[i], "nothing")) ) continue;
    for(int k=i+1; k<a; k++) if( tokIs(&s->aTok[k], "to") ) return 1;
  }
  j = a-2;
  while( j>0 && j>=a-5 && (s->aTok[j].flags & TOKF_PUNCT) ) j--;
  if( j>=2 && inSet(s->aTok[j].zLow, azWrongTo) ){
    int k = j-1;
    while( k>0 && (s->aTok[k].eTag==TAG_RB || s->aTok[k].eTag==TAG_DT || (s->aTok[k].flags & TOKF_PUNCT)) ) k--;
    if( k>=1 && inSet(s->aTok[k].zLow, azBe) ) return 1;
  }
  return 0;
}

/* Does a clause's verb (a modal or a tensed verb) follow the noun at a in
** its sentence, making the noun that clause's subject ("hopes his visit to
** Washington later this week will help")? */
static int clauseAfter(const Sent *s, int a){
  for(int i=a+1; i<s->nTok && i<=a+20; i++){
    if( tokIs(&s->aTok[i], ";") || tokIs(&s->aTok[i], ".") ) break;
    if( s->aTok[i].eTag==TAG_MD || TAG_IS_FINITE(s->aTok[i].eTag) ) return 1;
  }
  return 0;
}

/* Is the noun anchor at a the object of a verb of planning at i ("plans a
** July trip to China", twenty-fifth review #4), only its noun phrase
** between them? */
static int plannedNoun(const Sent *s, int i, int a){
  if( !TAG_IS_NOUN(s->aTok[a].eTag) || !TAG_IS_VERB(s->aTok[i].eTag)
      || !(lemIs(&s->aTok[i], "plan") || lemIs(&s->aTok[i], "schedule")) ) return 0;
  for(int k=i+1; k<a; k++){
    const Tok *u = &s->aTok[k];
    if( !(u->eTag==TAG_DT || TAG_IS_ADJ(u->eTag) || u->eTag==TAG_NN || u->eTag==TAG_NNP || u->eTag==TAG_CD
          || u->eTag==TAG_POS || u->eTag==TAG_PRPS || s->aMenAt[k]>=0) ) return 0;
  }
  return 1;
}

/* Is there a "that" opening a clause in tokens i0..i1-1 (no other verb
** before it but a past participle: "concern by the leaders that")? */
static int thatBetween(const Sent *s, int i0, int i1){
  for(int i=i0; i<i1 && i<i0+9; i++){
    if( tokIs(&s->aTok[i], "that") ) return 1;
    /* ("the rumors in the London markets were that ...": a copula too) */
    if( (TAG_IS_VERB(s->aTok[i].eTag) && s->aTok[i].eTag!=TAG_VBN && !inSet(s->aTok[i].zLow, azBe))
        || (s->aTok[i].flags & TOKF_PUNCT) ) return 0;
  }
  return 0;
}

/* Words of fear or rumour, and of a proposal, whose "that" clause is not
** told as done: "concern that Reagan would veto", "rumours that Iran had
** fired", "has recommended that we meet". */
static const char *const azWorry[] = {"concern","concerns","concerned","worry","worries","worried","rumor",
  "rumors","rumour","rumours","speculation","expectation","expectations",0};
static const char *const azSuggest[] = {"recommended","recommends","recommend","suggested","suggests",
  "suggest","proposed","proposes","propose",0};
/* ... and of a belief, whose clause is held, not told: "on a perception
** Japan had reneged on the pact" (thirty-second review #33) */
static const char *const azBelief[] = {"perception","perceptions","impression","belief","beliefs","feeling",
  "suspicion","suspicions","assumption","notion","conviction","view",0};

/* Is the act at token a hedged by words before it in its sentence (back to
** a ";")?  "It seems these shells came from an exchange of fire", "it
** appears Canada is prepared to" (a guess; thirteenth review); "it was
** likely the council would call for" and "there are indications Bonn will"
** (a forecast; fourteenth review #40, fifteenth #28); "concern by the
** leaders that Reagan would veto", "rumours ... that Iran had fired" (a
** fear or a rumour; eleventh #29, fourteenth #95); "the World Bank has
** recommended that we meet" (a proposal; eleventh #63). */
static int hedgedBefore(const Sent *s, int a){
  for(int i=a-1; i>=0 && i>=a-14; i--){
    const Tok *u = &s->aTok[i];
    if( tokIs(u, ";") ) break;
    if( i>=1 && i>=a-12 && (tokIs(u, "seems") || tokIs(u, "appears") || tokIs(u, "seemed") || tokIs(u, "appeared"))
        && tokIs(&s->aTok[i-1], "it") ) return 1;
    if( i>=2 && i>=a-10 && inSet(s->aTok[i-1].zLow, azBe) ){
      if( (tokIs(u, "likely") || tokIs(u, "unlikely") || tokIs(u, "possible") || tokIs(u, "probable"))
          && tokIs(&s->aTok[i-2], "it") ) return 1;
      if( (tokIs(u, "indications") || tokIs(u, "signs") || tokIs(u, "indication")) && tokIs(&s->aTok[i-2], "there") ) return 1;
    }
    if( ((TAG_IS_NOUN(u->eTag) && inSet(u->zLow, azWorry)) || (TAG_IS_VERB(u->eTag) && inSet(u->zLow, azSuggest)))
        && thatBetween(s, i+1, a) ) return 1;
    /* (a belief's clause with or without "that": "a perception Japan had
    ** reneged") */
    if( TAG_IS_NOUN(u->eTag) && inSet(u->zLow, azBelief) ){
      int j = i+1;
      if( j<a && tokIs(&s->aTok[j], "that") ) j++;
      if( j<a && s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].iStart==j ) return 1;
    }
  }
  return 0;
}

/* Is a verb among tokens i0..i1-1? */
static int verbBetween(const Sent *s, int i0, int i1){
  for(int i=i0; i<i1; i++) if( TAG_IS_VERB(s->aTok[i].eTag) ) return 1;
  return 0;
}

/* Is the token right before verb a's group (its modals, adverbs and
** auxiliaries) a common noun that no dictionary knows ("the interest of
** some banks threatens")?  Not a pronoun ("we agreed"), nor an actor. */
static int nounSubjectBefore(const Sent *s, int a){
  int i = a-1;
  while( i>=0 && (TAG_IS_VERB(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_MD || s->aTok[i].eTag==TAG_RB
         || s->aTok[i].eTag==TAG_TO) && s->aMenAt[i]<0 ) i--;
  return i>=0 && (s->aTok[i].eTag==TAG_NN || s->aTok[i].eTag==TAG_NNS) && s->aMenAt[i]<0;
}

static int framing(const Sent *s, int iFrom, int a){
  /* (and a decision to break or sever relations, "has decided to break
  ** diplomatic relations with Iran", is the breaking: twenty-fifth review
  ** #34) */
  /* ... and so is one to restrict, close, ban or expel: "Mexico has decided
  ** to close its border to imports of fruit" (twenty-sixth review #94) */
  static const char *const azPermit[] = {"allow","permit","authorize","authorise","lift","grant","legalize",
    "legalise","break","sever","close","ban","impose","suspend","halt","expel","recall","freeze","prohibit",
    "boycott","restrict","bar","cut","stop","cancel",0};
  static const char *const azFuture[] = {"will","'ll","shall","would","plan","plans","planned",
    "intend","intends","intended","vow","vows","vowed","pledge","pledges","pledged","promise",
    "promises","promised","threaten","threatens","threatened","going","set","ready","prepared",
    "poised","likely","expected","due","willing","agree","agrees","agreed","offer","offers",
    "offered","committed","decide","decides","decided","determined","eager","wants","want","wanted",
    "seeks","seek","sought","hopes","hope","hoped","sworn","swore","swear","swears","expect","expects",
    "prepare","prepares","preparing","keen","anxious","aiming","aims",
    /* an attempt still going on is an intent, not the deed: "was trying to
    ** build up", "are attempting to negotiate" (fourteenth review #35); a
    ** past one ("tried last week to hack into the phones") was made */
    "trying","tries","attempting","attempts",0};
  /* "willing talk with": the "to" dropped */
  static const char *const azWilling[] = {"willing","ready","prepared","eager","keen",0};
  /* what is usually so is no event of the day: "China traditionally
  ** opposes ..." ("repeatedly", "often" tell of news that recurs) */
  static const char *const azHabit[] = {"traditionally","usually","customarily","historically",
    "habitually","normally","rarely","seldom","hardly","scarcely",0};
  /* "has the capacity to attack", "is able to", "its ability to": what one
  ** can do is not done ("would use its powers to ban ... if" and "reserves
  ** the right to" are threats, coded as such) */
  /* ("insufficient to block a Moscow membership bid": what one has too
  ** little or enough of to do is not done, thirty-seventh review #87) */
  static const char *const azAble[] = {"able","unable","ability","capacity","capability","capabilities",
    "enough","sufficient","insufficient","powerless",0};
  static const char *const azExpect[] = {"expect","expects","expected","anticipate","anticipates","hope",
    "hopes","hoped","foresee","foresees","envisage","envisages",0};
  static const char *const azSoon[] = {"next","upcoming","forthcoming","planned","scheduled",
    "proposed","prospective","impending","pending","looming",0};
  static const char *const azRefuse[] = {"unwilling","refused","refuses","refuse","declined",
    "declines","decline","reluctant","rejected","rejects","reject","refusal","wary","loath","loth","hesitant",0};
  /* (cuts of aid or trade; "refused to withdraw its troops" refuses to
  ** de-escalate) */
  static const char *const azCut[] = {"cut","reduce","slash","suspend","freeze","curb","trim","block","ban",0};
  int e = FR_NONE;
  /* For a noun anchor, the token before its determiners and adjectives
  ** (the preposition or verb that governs it: "despite (strong) protests",
  ** "talks aimed at (a final) accord"), and whether an actor is among them
  ** ("despite Iranian charges"); a-1 for other anchors. */
  int bNoun = TAG_IS_NOUN(s->aTok[a].eTag), jPre = a-1, bOwnNamed = 0;
  /* (a possessive pronoun too: "despite his criticism of Japanese
  ** policies", twenty-third review #84) */
  while( bNoun && jPre>0 && jPre>=a-3 && (s->aTok[jPre].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[jPre].eTag)
         || s->aTok[jPre].eTag==TAG_PRPS) ){
    if( s->aMenAt[jPre]>=0 ) bOwnNamed = 1;
    jPre--;
  }
  /* "proposed in a letter to his North Korean counterpart that they
  ** meet": what a proposal's "that" clause asks for is not done (the
  ** proposal is coded where its own pattern matches; thirty-eighth review
  ** #28) */
  if( TAG_IS_VERB(s->aTok[a].eTag) ){
    int k = a-1;
    while( k>0 && (s->aTok[k].eTag==TAG_MD || s->aTok[k].eTag==TAG_RB) ) k--;
    while( k>0 && k>=a-6 && !tokIs(&s->aTok[k], "that") && (s->aMenAt[k]>=0 || s->aTok[k].eTag==TAG_PRP
           || s->aTok[k].eTag==TAG_DT || TAG_IS_NOUN(s->aTok[k].eTag) || TAG_IS_ADJ(s->aTok[k].eTag)) ) k--;
    if( k>0 && tokIs(&s->aTok[k], "that") ){
      for(int j=k-1; j>=0 && j>=k-15; j--){
        const Tok *u = &s->aTok[j];
        if( tokIs(u, ";") || (u->flags & TOKF_QUOTE) ) break;
        if( TAG_IS_VERB(u->eTag) ){
          if( inSet(u->zLow, azSuggest) ) return FR_HYPO;
          if( TAG_IS_FINITE(u->eTag) ) break;
        }
      }
    }
  }
  /* "will make specific proposals to ease trade friction at a meeting
  ** with President Reagan this week": a meeting that is where a coming act
  ** will happen is to come (thirty-eighth review #77) */
  if( bNoun && jPre>0 && (tokIs(&s->aTok[jPre], "at") || tokIs(&s->aTok[jPre], "during")) ){
    for(int k=jPre-1; k>=0 && k>=jPre-20; k--){
      const Tok *u = &s->aTok[k];
      if( tokIs(u, ";") || (u->flags & TOKF_QUOTE) ) break;
      if( u->eTag==TAG_MD ){
        if( tokIs(u, "will") || tokIs(u, "would") || tokIs(u, "'ll") || tokIs(u, "shall") ) return FR_FUTURE;
        break;
      }
      if( TAG_IS_FINITE(u->eTag) ) break;
    }
  }
  /* "the Gulf, where the United States has stationed forces": forces
  ** stationed in a perfect, in a clause that describes a place, are a
  ** standing deployment (thirty-fourth review #94; "Russia has stationed
  ** soldiers on the border" is told as news) */
  if( a>=3 && s->aTok[a].eTag==TAG_VBN && lemIs(&s->aTok[a], "station") && lemIs(&s->aTok[a-1], "have") ){
    for(int k=a-2; k>=0 && k>=a-7; k--){
      if( tokIs(&s->aTok[k], "where") ) return FR_HYPO;
      if( (s->aTok[k].flags & TOKF_PUNCT) || TAG_IS_VERB(s->aTok[k].eTag) ) break;
    }
  }
  /* "would have rejected", "wouldn't have agreed anyway": what would
  ** have happened did not (thirty-third review #98) */
  if( a>=2 && s->aTok[a].eTag==TAG_VBN && tokIs(&s->aTok[a-1], "have") ){
    int k = a-2;
    while( k>0 && (tokIs(&s->aTok[k], "not") || tokIs(&s->aTok[k], "n't") || s->aTok[k].eTag==TAG_RB) ) k--;
    if( tokIs(&s->aTok[k], "would") || tokIs(&s->aTok[k], "could") || tokIs(&s->aTok[k], "might")
        || tokIs(&s->aTok[k], "wo") ) return FR_HYPO;
  }
  /* an act that an attempt, a bid or a move was for, which someone
  ** defeated, blocked or rejected, was not done: "defeated an attempt to
  ** cut U.S. aid to Mexico" (thirty-second review #50) */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && TAG_IS_NOUN(s->aTok[a-2].eTag) ){
    static const char *const azBidFor[] = {"attempt","attempts","bid","bids","move","moves","effort","efforts",
      "proposal","proposals","plan","plans","amendment","amendments","motion","bill","measure","resolution",
      "drive","push","call","calls",0};
    static const char *const azDefeat[] = {"defeat","reject","block","kill","scuttle","thwart","foil","oppose",
      "resist","veto","fight","derail","torpedo","rebuff","spurn","turn",0};
    if( inSet(s->aTok[a-2].zLow, azBidFor) ){
      for(int k=a-3; k>=0 && k>=a-6; k--){
        const Tok *u = &s->aTok[k];
        if( (u->flags & TOKF_PUNCT) ) break;
        if( TAG_IS_VERB(u->eTag) ){ if( inSet(u->zLemma, azDefeat) ) return FR_HYPO; break; }
      }
    }
  }
  /* what one is "optimistic", "confident" or "doubtful" will happen is a
  ** forecast: "cautiously optimistic the tax will be rejected by the EC
  ** Council" (thirty-fifth review #24) */
  static const char *const azOutlook[] = {"optimistic","pessimistic","confident","hopeful","doubtful",
    "sceptical","skeptical","convinced","certain","sure",0};
  for(int i=a-1; i>=1 && i>=a-12; i--){
    const Tok *u = &s->aTok[i];
    if( (u->flags & TOKF_PUNCT) && !(u->flags & TOKF_QUOTE) ) break;   /* (past quotes: he is "cautiously optimistic") */
    if( TAG_IS_ADJ(u->eTag) && inSet(u->zLow, azOutlook) ){
      for(int k=i+1; k<a; k++) if( tokIs(&s->aTok[k], "will") || tokIs(&s->aTok[k], "would") ) return FR_HYPO;
      break;
    }
  }
  /* "warned there would be a default": a forecast, no threat (thirty-
  ** second review #15) */
  if( lemIs(&s->aTok[a], "warn") && TAG_IS_VERB(s->aTok[a].eTag) && a+2<s->nTok
      && (tokIs(&s->aTok[a+1], "there") || (tokIs(&s->aTok[a+1], "that") && tokIs(&s->aTok[a+2], "there"))) ) return FR_HYPO;
  /* a gerund that is the subject of a modal is weighed, not done: "said
  ** freezing loan rates would send the wrong signal", "cutting aid to
  ** Kenya could harm" (coder's reading of seed 5252, #41) */
  if( s->aTok[a].eTag==TAG_VBG && (a==0 || tokIs(&s->aTok[a-1], "that") || tokIs(&s->aTok[a-1], ",")
      || (TAG_IS_VERB(s->aTok[a-1].eTag) && inSet(s->aTok[a-1].zLemma, azSpeech))) ){
    for(int j=a+1; j<s->nTok && j<=a+8; j++){
      const Tok *u = &s->aTok[j];
      if( u->eTag==TAG_MD ){ if( !tokIs(u, "will") && !tokIs(u, "'ll") ) return FR_HYPO; break; }
      if( (u->flags & TOKF_PUNCT) || TAG_IS_VERB(u->eTag) || u->eTag==TAG_WDT || u->eTag==TAG_WP ) break;
    }
  }
  /* the deed an appeal, a call or a plan is for is proposed, not done:
  ** "rejected a United Nations appeal for deploying army troops" */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], "for") ){
    static const char *const azAsk[] = {"appeal","call","request","demand","proposal","plan","bid",
      "push","pressure","plea","proposition","idea",0};
    int j = a-2;
    while( j>0 && TAG_IS_ADJ(s->aTok[j].eTag) ) j--;
    if( TAG_IS_NOUN(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azAsk) ) return FR_HYPO;
  }
  /* ... and so is what a proposal or a plan involves: "Balladur's
  ** proposals involved giving a greater role to a World Bank fund"
  ** (twenty-sixth review #57) */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && TAG_IS_VERB(s->aTok[a-1].eTag) ){
    static const char *const azEntail[] = {"involve","include","envisage","envision","entail","foresee",
      "require","mean",0};
    static const char *const azPlan[] = {"proposal","proposals","plan","plans","scheme","schemes","idea",
      "ideas","draft","package","initiative","suggestion","suggestions","offer",0};
    if( inSet(s->aTok[a-1].zLemma, azEntail) ){
      for(int j=a-2; j>=0 && j>=a-5; j--){
        if( inSet(s->aTok[j].zLow, azPlan) ) return FR_HYPO;
        if( TAG_IS_VERB(s->aTok[j].eTag) ) break;
      }
    }
  }
  /* the deed someone is punished, blamed or praised for is alleged, not
  ** told: "jailed two Iraqis for attacking the embassy", "accused of
  ** spying", "chastised senators for imposing restrictions" (twenty-fourth
  ** review #15) */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && (tokIs(&s->aTok[a-1], "for") || tokIs(&s->aTok[a-1], "of")
      || tokIs(&s->aTok[a-1], "in")) ){
    static const char *const azBlame[] = {"arrest","detain","jail","imprison","charge","convict","sentence",
      "try","prosecute","punish","execute","fine","accuse","blame","condemn","criticize","criticise",
      "indict","investigate","expel","deport","sue","arraign","suspect","denounce","fault","rebuke",
      "reprimand","censure","chastise","castigate","scold","praise","thank","commend","applaud","reward",0};
    /* ... and so is what sanctions punish: "sanctions against Japan for
    ** violating the agreement" */
    static const char *const azPunish[] = {"sanction","penalty","tariff","retaliation","fine",
      "punishment","reprisal","reparation",0};
    for(int i=a-2; i>=0 && i>=a-12; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, ";") ) break;
      if( (TAG_IS_VERB(u->eTag) || u->eTag==TAG_JJ) && inSet(u->zLemma, azBlame) ) return FR_HYPO;
      if( TAG_IS_NOUN(u->eTag) && inSet(u->zLemma, azPunish) ) return FR_HYPO;
    }
  }
  /* what one is thanked or praised for is the reason, no act of the day:
  ** "was thanked by the Reagan administration for his country's close ...
  ** cooperation with Washington" (thirty-seventh review #98) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azThank[] = {"thank","praise","commend","applaud","congratulate","reward","hail",0};
    for(int i=a-1; i>=1 && i>=a-12; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, ";") || TAG_IS_VERB(u->eTag) ) break;
      if( !tokIs(u, "for") ) continue;
      for(int k=i-1; k>=0 && k>=i-10; k--){
        if( tokIs(&s->aTok[k], ";") ) break;
        if( TAG_IS_VERB(s->aTok[k].eTag) && inSet(s->aTok[k].zLemma, azThank) ) return FR_HYPO;
      }
      break;
    }
  }
  /* ... and so is what that deed goes on to ("accused some banks of
  ** coercion in threatening to refuse to sign the accord": no refusal
  ** told either) */
  for(int v=a-1; v>=2 && v>=a-6; v--){
    const Tok *u = &s->aTok[v];
    if( tokIs(u, ";") || tokIs(u, ",") || TAG_IS_FINITE(u->eTag) ) break;
    if( u->eTag==TAG_VBG && (tokIs(&s->aTok[v-1], "for") || tokIs(&s->aTok[v-1], "of") || tokIs(&s->aTok[v-1], "in")) ){
      static const char *const azBlame2[] = {"accuse","blame","charge","condemn","criticize","criticise",
        "denounce","fault","rebuke",0};
      for(int i=v-2; i>=0 && i>=v-10; i--){
        if( tokIs(&s->aTok[i], ";") ) break;
        if( TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azBlame2) ) return FR_HYPO;
      }
      break;
    }
  }
  /* what is discussed, studied or pressed for is not done: "meet ... to
  ** discuss opening South Korean markets", "pressed for virtual veto power"
  ** (seventh review #70, #39) */
  {
    int j = jPre;
    static const char *const azTopicVerb[] = {"discuss","consider","study","examine","debate","explore",0};
    static const char *const azPressFor[] = {"press","push","call","ask","lobby","campaign","argue","appeal",0};
    if( j>=0 && (s->aTok[a].eTag==TAG_VBG || TAG_IS_NOUN(s->aTok[a].eTag)) && TAG_IS_VERB(s->aTok[j].eTag)
        && inSet(s->aTok[j].zLemma, azTopicVerb) ) return FR_HYPO;
    if( j>=1 && tokIs(&s->aTok[j], "for") && TAG_IS_NOUN(s->aTok[a].eTag) && inSet(s->aTok[j-1].zLemma, azPressFor) ) return FR_HYPO;
  }
  /* what someone is protected from may never come: "to protect Kuwaiti
  ** tankers with U.S. warships from attacks by Iran" (sixth review #87) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int j = beforeNounPhrase(s, a, 3);
    if( j>=1 && (tokIs(&s->aTok[j], "from") || tokIs(&s->aTok[j], "against")) ){
      static const char *const azGuard[] = {"protect","shield","defend","guard","safeguard","escort",
        "insure","secure",0};
      for(int i=j-1; i>=0 && i>=j-10; i--){
        if( tokIs(&s->aTok[i], ";") ) break;
        if( TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azGuard) ) return FR_HYPO;
      }
    }
  }
  /* what any such party does is no one's act: "get tough with countries
  ** that violate trade agreements" (sixth review #23) */
  if( TAG_IS_VERB(s->aTok[a].eTag) && a>=2 && (tokIs(&s->aTok[a-1], "that") || tokIs(&s->aTok[a-1], "who")
      || tokIs(&s->aTok[a-1], "which")) && s->aMenAt[a-2]<0 ){
    static const char *const azAny[] = {"countries","nations","states","governments","those","anyone",
      "companies","firms","regimes","members",0};
    if( inSet(s->aTok[a-2].zLow, azAny) ) return FR_HYPO;
  }
  /* an act someone is seen as doing is an opinion: "view the EC proposal as
  ** violating GATT" (sixth review #28) */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], "as") ){
    /* (forms, not lemmas: "the soybean industry view the proposal" is
    ** often tagged as a noun) */
    static const char *const azView[] = {"view","views","viewed","see","sees","saw","seen","regard",
      "regards","regarded","consider","considers","considered","describe","describes","described",
      "brand","brands","branded","portray","portrays","portrayed","perceive","perceives","perceived",0};
    for(int i=a-2; i>=0 && i>=a-10; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, ";") ) break;
      if( inSet(u->zLow, azView) ) return FR_HYPO;
    }
  }
  /* a noun event that is the topic of a scandal, an inquiry or money, or
  ** what is investigated, is told as background: "the scandal over U.S.
  ** arms sales to Iran", "proceeds from the secret arms sales", "named to
  ** investigate the arms sales" */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azTopic[] = {"scandal","affair","investigation","inquiry","probe",
      "proceeds","proceed","profit","money","fund","diversion","hearing","controversy","revelation",
      "disclosure","furor","furore","uproar",0};
    static const char *const azProbe[] = {"investigate","probe","examine",0};
    int j = a-1;
    while( j>0 && j>=a-6 && (s->aMenAt[j]>=0 || s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)
           || TAG_IS_NOUN(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_POS || s->aTok[j].eTag==TAG_CD) ) j--;
    if( j>=1 && s->aTok[j].eTag==TAG_IN && (tokIs(&s->aTok[j], "over") || tokIs(&s->aTok[j], "into")
        || tokIs(&s->aTok[j], "from") || tokIs(&s->aTok[j], "about") || tokIs(&s->aTok[j], "of"))
        && TAG_IS_NOUN(s->aTok[j-1].eTag) && inSet(s->aTok[j-1].zLemma, azTopic) ) return FR_HYPO;
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azProbe) ) return FR_HYPO;
  }
  /* the aim of talks or a move is not yet done: "talks aimed at reaching
  ** an accord", "a measure designed to cut imports", "in order to" */
  {
    int j = jPre;
    if( j>=1 && tokIs(&s->aTok[j], "at") && lemIs(&s->aTok[j-1], "aim") ) return FR_HYPO;
    if( j>=1 && tokIs(&s->aTok[j], "to") && j==a-1 ){
      static const char *const azAim[] = {"aimed","designed","intended","meant",0};
      const Tok *u = &s->aTok[j-1];
      /* (the participle after a noun: "a measure designed to"; not "he
      ** intended to raise tariffs") */
      if( inSet(u->zLow, azAim) && j>=2 && TAG_IS_NOUN(s->aTok[j-2].eTag) && s->aMenAt[j-2]<0 ) return FR_HYPO;
      if( (tokIs(u, "order") && j>=2 && tokIs(&s->aTok[j-2], "in"))
          || (tokIs(u, "as") && j>=2 && tokIs(&s->aTok[j-2], "so")) ) return FR_HYPO;
      /* "waived its right to impose duties": a right given up is no act */
      if( j>=2 && (tokIs(u, "right") || tokIs(u, "rights")) ){
        static const char *const azWaive[] = {"waive","relinquish","renounce","forgo","forego","surrender",0};
        for(int i=j-2; i>=0 && i>=j-4; i--) if( inSet(s->aTok[i].zLemma, azWaive) ) return FR_NEG;
      }
      /* ... and so is what a bill or an amendment is for: "an amendment by
      ** Rep. Richard Gephardt to force countries like Japan to cut their
      ** surpluses" (its sponsor named between) */
      static const char *const azBill[] = {"amendment","bill","legislation","resolution","measure","motion",0};
      if( TAG_IS_VERB(s->aTok[a].eTag) ){
        for(int i=j-1, n=0; i>=0 && n<10; i--, n++){
          const Tok *w = &s->aTok[i];
          if( TAG_IS_NOUN(w->eTag) && s->aMenAt[i]<0 && inSet(w->zLemma, azBill) ) return FR_HYPO;
          if( TAG_IS_FINITE(w->eTag) || w->eTag==TAG_MD || tokIs(w, ";") ) break;
        }
      }
    }
  }
  /* "urged the president to step up negotiations with the Soviet Union":
  ** a noun act someone is asked to take up is not taken (the appeal is
  ** coded at its own verb; nineteenth review) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azAskTo[] = {"urge","ask","call","press","tell","want","encourage","persuade",
      "advise","invite","request","pressure","lobby","exhort","implore",0};
    int j = governorBefore(s, a, 4);
    if( j>=1 && s->aTok[j].eTag==TAG_RP ) j--;               /* "step up", "take up" */
    if( j>=2 && s->aTok[j].eTag==TAG_VB && tokIs(&s->aTok[j-1], "to") ){
      /* (only the one asked between: not "want to point out our support",
      ** the subject's own, nor "told reporters: 'We want to ...'") */
      for(int i=j-3; i>=0 && i>=j-10; i--){
        const Tok *w = &s->aTok[i];
        if( TAG_IS_VERB(w->eTag) && inSet(w->zLemma, azAskTo) ) return FR_HYPO;
        if( !(w->eTag==TAG_DT || TAG_IS_ADJ(w->eTag) || TAG_IS_NOUN(w->eTag) || w->eTag==TAG_PRP
              || w->eTag==TAG_RB || s->aMenAt[i]>=0) || (w->flags & TOKF_PUNCT) ) break;
      }
    }
  }
  /* "would leave for Washington on Monday to attend the meeting and for
  ** talks with U.S. officials": the purpose of a trip to come is to come
  ** (twentieth review #47) */
  /* a visit whose announcement is told is to come ("the announcement of
  ** his visit to Moscow", twenty-seventh review #58) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) && a>=3 ){
    static const char *const azTrip[] = {"visit","visits","trip","trips","tour","mission",0};
    int j = governorBefore(s, a, 3);
    if( inSet(s->aTok[a].zLow, azTrip) && tokIs(&s->aTok[j], "of") && j>=1
        && (tokIs(&s->aTok[j-1], "announcement") || tokIs(&s->aTok[j-1], "news")) ) return FR_FUTURE;
  }
  /* talks "about to start", "due to begin" are to come ("crucial
  ** negotiations with Brazil, about to start", twenty-seventh review #23) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azBegin[] = {"start","begin","open","resume","get",0};
    for(int k=a+1; k+2<s->nTok && k<=a+8; k++){
      const Tok *u = &s->aTok[k];
      if( tokIs(u, ";") || (TAG_IS_FINITE(u->eTag) && !inSet(u->zLow, azBe)) ) break;
      if( (tokIs(u, "about") || tokIs(u, "due") || tokIs(u, "set") || tokIs(u, "scheduled"))
          && tokIs(&s->aTok[k+1], "to") && inSet(s->aTok[k+2].zLemma, azBegin) ) return FR_FUTURE;
    }
  }
  /* ... and so is the purpose of a meeting to come: "will meet Aquino on
  ** April 28 to show continued U.S. support" (twenty-sixth review #73) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) && a>=2 ){
    int j = governorBefore(s, a, 3);
    /* (past a people's word too: "to show continued U.S. support") */
    int jV = beforeNounPhrase(s, a, 5);
    int bPurpose = jV>=2 && s->aTok[jV].eTag==TAG_VB && tokIs(&s->aTok[jV-1], "to");
    if( bPurpose ) j = jV-1;
    if( tokIs(&s->aTok[j], "for") || bPurpose ){
      static const char *const azGo[] = {"leave","go","travel","fly","head","come","arrive","return",0};
      static const char *const azMeet[] = {"meet","visit","see",0};
      for(int i=j-1; i>=1 && i>=j-16; i--){
        const Tok *w = &s->aTok[i];
        if( tokIs(w, ";") ) break;
        if( TAG_IS_VERB(w->eTag) && (inSet(w->zLemma, azGo) || (bPurpose && inSet(w->zLemma, azMeet))) ){
          const Tok *p0 = &s->aTok[i-1];
          if( w->eTag==TAG_VB && (tokIs(p0, "would") || tokIs(p0, "will") || tokIs(p0, "to") || tokIs(p0, "'ll")
              || tokIs(p0, "shall")) ) return bPurpose ? FR_HYPO : FR_FUTURE;   /* (the meeting is the intent) */
          break;
        }
        if( TAG_IS_FINITE(w->eTag) ) break;      /* (past "to attend the meeting and") */
      }
    }
  }
  /* "had made no commitments to support Brazil", "has no plans to": no
  ** act (nineteenth review) */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && tokIs(&s->aTok[a-3], "no") ){
    static const char *const azPromise[] = {"commitment","commitments","plan","plans","intention","intentions",0};
    if( inSet(s->aTok[a-2].zLow, azPromise) ) return FR_NEG;
  }
  /* "announced plans for as much as 300 mln dlrs in tariffs", "shortly
  ** before trade talks with Washington", "ahead of talks": planned or to
  ** come (nineteenth review) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    for(int i=a-1; i>=1 && i>=a-9; i--){
      const Tok *w = &s->aTok[i];
      if( tokIs(w, "for") && TAG_IS_NOUN(s->aTok[i-1].eTag) && lemIs(&s->aTok[i-1], "plan") ) return FR_FUTURE;
      if( TAG_IS_FINITE(w->eTag) || tokIs(w, ",") || tokIs(w, ";") || s->aMenAt[i]>=0 ) break;
    }
    int j = governorBefore(s, a, 4);
    if( j>=0 && (tokIs(&s->aTok[j], "before") || (j>=1 && tokIs(&s->aTok[j], "of") && tokIs(&s->aTok[j-1], "ahead"))) ){
      int bPast = 0;
      for(int i=a+1; i<s->nTok && i<=a+8 && !bPast; i++) bPast = tokIs(&s->aTok[i], "last") || tokIs(&s->aTok[i], "ago");
      if( !bPast ) return FR_FUTURE;
    }
  }
  /* "a meeting to decide what sanctions if any should be taken", "the
  ** actions being weighed by Reagan included tariffs": options still being
  ** decided are not taken (USA -> JPN's alert on Reuters) */
  {
    static const char *const azDecide[] = {"decide","consider","discuss","study","weigh","debate","determine",
      "contemplate","propose",0};
    /* (the tagger may take "what sanctions" for a verb) */
    for(int i=a-1; i>=1 && i>=a-4; i--){
      const Tok *w = &s->aTok[i];
      if( tokIs(w, "what") || tokIs(w, "which") || tokIs(w, "whether") ){
        if( inSet(s->aTok[i-1].zLemma, azDecide) || (i>=2 && inSet(s->aTok[i-2].zLemma, azDecide)) ) return FR_HYPO;
        break;
      }
      if( TAG_IS_FINITE(w->eTag) || (w->flags & TOKF_PUNCT) ) break;
    }
    if( TAG_IS_NOUN(s->aTok[a].eTag) && a>=2 && lemIs(&s->aTok[a-1], "include") ){
      for(int i=a-2; i>=0 && i>=a-8; i--){
        const Tok *w = &s->aTok[i];
        if( (w->eTag==TAG_VBN || w->eTag==TAG_VBG) && inSet(w->zLemma, azDecide) ) return FR_HYPO;
        if( TAG_IS_FINITE(w->eTag) || tokIs(w, ",") ) break;
      }
    }
  }
  /* "its alleged role in the attempted bombing", "the alleged attack": an
  ** allegation, not told as fact */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azAlleged[] = {"alleged","purported","supposed",0};
    for(int j=a-1; j>=0 && j>=a-6; j--){
      const Tok *u = &s->aTok[j];
      if( inSet(u->zLow, azAlleged) ) return FR_HYPO;
      if( !(u->eTag==TAG_DT || TAG_IS_ADJ(u->eTag) || TAG_IS_NOUN(u->eTag) || u->eTag==TAG_IN
            || u->eTag==TAG_POS || u->eTag==TAG_PRPS || u->eTag==TAG_VBN) ) break;
    }
  }
  /* "despite protests from Taiwan", "amid calls by the opposition": the
  ** noun's act is told as background to the clause, whose subject did not
  ** do it (sixth review #70) */
  /* ("despite Iranian charges": the act's own actor is named) */
  if( bNoun && !bOwnNamed && jPre>=0 && (tokIs(&s->aTok[jPre], "despite") || tokIs(&s->aTok[jPre], "amid")) ) return FR_HYPO;
  /* "the U.S.-backed contra rebels", "an Iranian-supported group": a
  ** compound adjective names a standing tie, not an act of the day
  ** (eleventh review #12, #13) */
  if( s->aTok[a].eTag==TAG_VBN && a>=2 && tokIs(&s->aTok[a-1], "-") && s->aTok[a-1].iOff+1==s->aTok[a].iOff
      && s->aTok[a-2].iOff+(size_t)s->aTok[a-2].n==s->aTok[a-1].iOff ) return FR_HYPO;
  /* "whose banned organisation", "the outlawed party": a participle
  ** before its noun names a standing state (thirty-eighth review #51) */
  if( (s->aTok[a].eTag==TAG_VBN || s->aTok[a].eTag==TAG_VBD) && a>=1 && a+1<s->nTok
      && (tokIs(&s->aTok[a-1], "whose") || tokIs(&s->aTok[a-1], "the") || tokIs(&s->aTok[a-1], "a")
          || tokIs(&s->aTok[a-1], "an") || s->aTok[a-1].eTag==TAG_PRPS)
      && TAG_IS_NOUN(s->aTok[a+1].eTag) ) return FR_HYPO;
  if( hedgedBefore(s, a) ) return FR_HYPO;
  /* "have repeatedly accused", "has said repeatedly he would veto", "has
  ** consistently refused", "has often called on": a standing position
  ** told as such, not the day's act (twelfth review #28, fourteenth #41,
  ** fifteenth #87, #91) */
  static const char *const azOften[] = {"repeatedly","consistently","often","frequently","regularly",
    "constantly","continually","persistently","long",0};
  for(int i=a-1; i>=1 && i>=a-8; i--){
    if( (s->aTok[i].flags & TOKF_PUNCT) ) break;
    if( inSet(s->aTok[i].zLow, azOften) && (lemIs(&s->aTok[i-1], "have") || lemIs(&s->aTok[i-1], "say")) ) return FR_HYPO;
  }
  /* ("he talked often with the IMF's head": the habit told after the
  ** verb, thirty-seventh review #64; "attacked repeatedly on Monday" is
  ** the day's news) */
  if( TAG_IS_VERB(s->aTok[a].eTag) && a+1<s->nTok && (tokIs(&s->aTok[a+1], "often")
      || tokIs(&s->aTok[a+1], "frequently") || tokIs(&s->aTok[a+1], "regularly")) ) return FR_HYPO;
  /* "where both Iran and Iraq have been attacking shipping": a campaign of
  ** force told as a standing state (fifteenth review #62); "have been
  ** holding talks", "has been urging" are news still going on */
  static const char *const azCampaign[] = {"attack","fight","shell","bomb","raid","kill",0};
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], "been") && lemIs(&s->aTok[a-2], "have")
      && inSet(s->aTok[a].zLemma, azCampaign) ) return FR_HYPO;
  /* "very little trade with Romania": a state, hardly an act (#14) */
  if( a>=1 && TAG_IS_NOUN(s->aTok[a].eTag) && tokIs(&s->aTok[a-1], "little") ) return FR_NEG;
  /* "rejected calls from creditors that the government talk to the IMF":
  ** what a call asks for is not done (#38) */
  {
    static const char *const azCall[] = {"calls","call","demands","demand","proposals","proposal","suggestions",
      "suggestion","requests","request","appeals","appeal","pressure",0};
    for(int i=a-1; i>=1 && i>=a-8; i--){
      if( s->aTok[i].flags & TOKF_PUNCT ) break;
      if( !tokIs(&s->aTok[i], "that") ) continue;
      if( tokIs(&s->aTok[i-1], "and") ) break;   /* ("said X would make a request ... and that the two would meet") */
      for(int k=i-1; k>=0 && k>=i-10; k--){
        if( s->aTok[k].flags & TOKF_PUNCT ) break;
        if( TAG_IS_NOUN(s->aTok[k].eTag) && inSet(s->aTok[k].zLow, azCall) ) return FR_HYPO;
      }
      break;
    }
  }
  /* "bank workers voted to launch a nationwide strike this month": a
  ** decision to strike, a strike still to come (fourteenth review #23); a
  ** legislature's vote ("voted to slash aid") is its act */
  if( a>=2 && tokIs(&s->aTok[a-1], "to") && lemIs(&s->aTok[a-2], "vote") ){
    for(int i=a; i<s->nTok && i<=a+4; i++){
      if( lemIs(&s->aTok[i], "strike") || lemIs(&s->aTok[i], "walkout") || lemIs(&s->aTok[i], "boycott") ) return FR_FUTURE;
    }
  }
  /* "they had tried to arrange meetings with Japanese officials": the
  ** meetings sought were not held (sixteenth review #68) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int j = beforeNounPhrase(s, a, 4);
    if( j>=2 && TAG_IS_VERB(s->aTok[j].eTag) && tokIs(&s->aTok[j-1], "to")
        && (tokIs(&s->aTok[j-2], "tried") || tokIs(&s->aTok[j-2], "attempted")) ) return FR_FUTURE;
  }
  /* "has threatened or implemented retaliation eight times in 18 months":
  ** a count of acts over a span, no act of the day (sixteenth review #72) */
  for(int i=a+1; i+1<s->nTok && i<=a+10; i++){
    if( tokIs(&s->aTok[i], ";") ) break;
    if( (tokIs(&s->aTok[i+1], "times") || tokIs(&s->aTok[i+1], "occasions")) && ((s->aTok[i].flags & TOKF_NUM)
        || s->aTok[i].eTag==TAG_CD || tokIs(&s->aTok[i], "several") || tokIs(&s->aTok[i], "many")) ) return FR_HYPO;
  }
  /* "another option being considered is to refuse new licences": an
  ** option, not a deed (sixteenth review #58) */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && inSet(s->aTok[a-2].zLow, azBe) ){
    static const char *const azOption[] = {"option","options","possibility","possibilities","alternative",
      "alternatives","idea","ideas","choice",0};
    for(int i=a-3; i>=0 && i>=a-12; i--){
      if( s->aTok[i].flags & TOKF_PUNCT ) break;
      if( TAG_IS_NOUN(s->aTok[i].eTag) && inSet(s->aTok[i].zLow, azOption) ) return FR_HYPO;
    }
  }
  /* "facing domestic pressure to abandon its fiscal policy": what one is
  ** pressed to do is not done (fourteenth review #2) */
  if( a>=2 && TAG_IS_VERB(s->aTok[a].eTag) && tokIs(&s->aTok[a-1], "to") && lemIs(&s->aTok[a-2], "pressure") ) return FR_HYPO;
  /* "the sanctions ... was not discussed at the meeting": a noun act named
  ** as a topic left aside (fourteenth review #68) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    for(int i=a+1; i+2<s->nTok && i<=a+6; i++){
      if( s->aTok[i].flags & TOKF_PUNCT ) break;
      if( inSet(s->aTok[i].zLow, azBe) && tokIs(&s->aTok[i+1], "not")
          && (tokIs(&s->aTok[i+2], "discussed") || tokIs(&s->aTok[i+2], "raised") || tokIs(&s->aTok[i+2], "mentioned")) ) return FR_HYPO;
    }
  }
  /* "ill-adapted to demand", "slow to respond to demand": the market's
  ** demand, no one's (twelfth review #3) */
  if( lemIs(&s->aTok[a], "demand") && a>=2 && tokIs(&s->aTok[a-1], "to") ){
    static const char *const azMarket[] = {"adapt","ill-adapt","adapted","ill-adapted","respond","react","gear",
      "geared","tailor","tailored","responsive","sensitive","linked","attuned",0};
    if( inSet(s->aTok[a-2].zLemma, azMarket) || inSet(s->aTok[a-2].zLow, azMarket) ) return FR_HYPO;
  }
  /* "left Washington for a tour of Europe and debt talks": what one
  ** leaves for is still ahead (twelfth review #2) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int j = a-1;
    while( j>0 && j>=a-12 && (s->aMenAt[j]>=0 || s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)
           || TAG_IS_NOUN(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_CD || s->aTok[j].eTag==TAG_PRPS
           || tokIs(&s->aTok[j], "and") || tokIs(&s->aTok[j], "of")) ) j--;
    if( j>=1 && tokIs(&s->aTok[j], "for") ){
      /* (past "for Washington on April 29", "at the weekend") */
      for(int k=j-1; k>=0 && k>=j-8; k--){
        const Tok *u = &s->aTok[k];
        if( TAG_IS_VERB(u->eTag) && (lemIs(u, "leave") || lemIs(u, "depart")) ) return FR_FUTURE;
        if( !(s->aMenAt[k]>=0 || TAG_IS_NOUN(u->eTag) || u->eTag==TAG_DT || u->eTag==TAG_RB || u->eTag==TAG_CD
              || tokIs(u, "for") || tokIs(u, "on") || tokIs(u, "at") || tokIs(u, "in")) ) break;
      }
    }
  }
  /* a participle used as an adjective names its noun's act, not the
  ** subject's: "were pursuing retreating Iranian troops", "the retreating
  ** army" (but "continued attacking ships" is the subject's) */
  if( s->aTok[a].eTag==TAG_VBG && a>=1 && a+1<s->nTok
      && (s->aTok[a-1].eTag==TAG_DT || s->aTok[a-1].eTag==TAG_PRPS || s->aTok[a-1].eTag==TAG_VBG)
      && (TAG_IS_NOUN(s->aTok[a+1].eTag) || TAG_IS_ADJ(s->aTok[a+1].eTag) || s->aMenAt[a+1]>=0) ) return FR_HYPO;
  /* ... and a past participle so used names a state its noun is in: "the
  ** resumption of the suspended dialogues" (seventeenth review #24) */
  if( s->aTok[a].eTag==TAG_VBN && a>=1 && a+1<s->nTok && (s->aTok[a-1].eTag==TAG_DT || s->aTok[a-1].eTag==TAG_PRPS)
      && TAG_IS_NOUN(s->aTok[a+1].eTag) && s->aMenAt[a+1]<0 ) return FR_HYPO;
  /* ... also joined to an adjective before a name: "to succeed the ailing
  ** and resigned William Casey" */
  if( (s->aTok[a].eTag==TAG_VBN || s->aTok[a].eTag==TAG_VBD) && a>=3 && a+1<s->nTok && tokIs(&s->aTok[a-1], "and")
      && TAG_IS_ADJ(s->aTok[a-2].eTag) && (s->aTok[a-3].eTag==TAG_DT || s->aTok[a-3].eTag==TAG_PRPS)
      && (TAG_IS_NOUN(s->aTok[a+1].eTag) || s->aMenAt[a+1]>=0) ) return FR_HYPO;
  /* "in response to a missile strike on the tanker", "in retaliation for
  ** an attack": the deed answered is the other side's, not the clause
  ** subject's, and with no actor of its own it has no one to code ("an
  ** Iranian attack", "Iran's attack" keep theirs) */
  if( bNoun ){
    static const char *const azAnswer[] = {"response","reply","answer","riposte",0};
    static const char *const azAvenge[] = {"retaliation","reprisal","reprisals","revenge","retribution",0};
    int j = beforeNounPhrase(s, a, 4), bNamed = 0;
    for(int i=j+1; i<a; i++) if( s->aMenAt[i]>=0 ) bNamed = 1;
    /* ("in response to protests by U.S. producers": named after it) */
    if( a+2<s->nTok && (tokIs(&s->aTok[a+1], "by") || tokIs(&s->aTok[a+1], "from")) ){
      for(int i=a+2; i<s->nTok && i<=a+4; i++) if( s->aMenAt[i]>=0 ) bNamed = 1;
    }
    if( !bNamed && j>=1 && ((tokIs(&s->aTok[j], "to") && inSet(s->aTok[j-1].zLow, azAnswer))
        || (tokIs(&s->aTok[j], "for") && inSet(s->aTok[j-1].zLow, azAvenge))) ) return FR_HYPO;
    /* "in the first such attack this month": an act told before,
    ** named again (the earlier telling carries it) */
    for(int i=j+1; i<a; i++) if( tokIs(&s->aTok[i], "such") ) return FR_HYPO;
    /* the same for the subject of a clause of its own: "had been meeting
    ** since Friday, when an attack on a Kuwaiti port damaged a ship" */
    static const char *const azConj[] = {"when","while","whereas","because","although","though",0};
    if( !bNamed && j>=0 && inSet(s->aTok[j].zLow, azConj) ) return FR_HYPO;
  }
  /* "in the case of war with Turkey", "in the event of an attack": a
  ** condition, not a deed */
  if( bNoun ){
    int j = jPre;
    if( j>=2 && tokIs(&s->aTok[j], "of") && (tokIs(&s->aTok[j-1], "case") || tokIs(&s->aTok[j-1], "event"))
        && (tokIs(&s->aTok[j-2], "in") || (j>=3 && tokIs(&s->aTok[j-2], "the") && tokIs(&s->aTok[j-3], "in"))) ) return FR_HYPO;
  }
  /* the deed an invitation or an offer is for is not done: "Reagan's
  ** invitation to Gorbachev to visit the United States"; once accepted it
  ** is intended ("accepted an invitation to visit Beijing") */
  /* (and so is a noun act such a deed takes: "brought pressure on the IMF
  ** to approve a loan package for Mexico", twenty-sixth review #28) */
  int vTo = a;
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int jG = governorBefore(s, a, 3);
    if( jG>=2 && s->aTok[jG].eTag==TAG_VB && tokIs(&s->aTok[jG-1], "to") ) vTo = jG;
  }
  if( vTo>=2 && tokIs(&s->aTok[vTo-1], "to") && TAG_IS_VERB(s->aTok[vTo].eTag) ){
    static const char *const azInvite[] = {"invitation","invitations","offer","offers","proposal",
      "proposals","request","requests","call","calls","appeal","appeals","suggestion","suggestions",
      "pressure",0};
    for(int j=vTo-2; j>=0 && j>=vTo-8; j--){
      const Tok *u = &s->aTok[j];
      if( TAG_IS_NOUN(u->eTag) && inSet(u->zLow, azInvite) ){
        for(int k=j-1; k>=0 && k>=j-4; k--) if( lemIs(&s->aTok[k], "accept") ) return FR_FUTURE;
        return FR_HYPO;
      }
      if( !(s->aMenAt[j]>=0 || tokIs(u, "to") || u->eTag==TAG_DT || u->eTag==TAG_POS
            || TAG_IS_ADJ(u->eTag) || u->eTag==TAG_NNP || tokIs(u, "on") || tokIs(u, "upon")) ) break;
    }
  }
  /* a deed that is sought or wanted is not done ("producers are seeking a
  ** 43 pct tariff on Canada's shipments"); one proposed or recommended is
  ** intended ("was recommending trade sanctions": a threat; "proposed talks") */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azSeek[] = {"seek","want","request",0};
    static const char *const azPropose[] = {"propose","recommend","favour","favor",0};
    int j = beforeNounPhrase(s, a, 5);
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azSeek) ) return FR_HYPO;
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azPropose) ) return FR_FUTURE;
    /* ... and so is one an infinitive aims to obtain: "sold arms to Iran to
    ** gain release of hostages", "in a bid to secure a ceasefire" */
    static const char *const azObtain[] = {"gain","secure","win","obtain","achieve","attain","get",0};
    if( j>=1 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azObtain) && tokIs(&s->aTok[j-1], "to") ) return FR_HYPO;
  }
  /* a noun anchor is framed by its governing verb, further back:
  ** "threatened to launch a new military offensive"; so is an infinitive
  ** of purpose: "would visit Brussels later this month to lobby" */
  /* ... and a bare verb after "and" shares its partner's modal: "will make
  ** an official visit ... from April 29 and hold talks"; so does a second
  ** purpose after "and for", however long the first: "would leave for
  ** Washington on Monday to attend the IMF's Interim Committee meeting and
  ** for talks with U.S. officials" */
  int bAndFor = a>=2 && tokIs(&s->aTok[a-1], "for") && tokIs(&s->aTok[a-2], "and");
  int nBack = TAG_IS_NOUN(s->aTok[a].eTag) ? (bAndFor ? 30 : 12) : a>0 && tokIs(&s->aTok[a-1], "to") ? 10
            : a>0 && tokIs(&s->aTok[a-1], "and") && (s->aTok[a].eTag==TAG_VB || s->aTok[a].eTag==TAG_VBN) ? 16 : 5;
  /* "Iran's main goal is to occupy Basra": an aim, not a deed */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && inSet(s->aTok[a-2].zLow, azBe) ){
    static const char *const azGoal[] = {"goal","aim","objective","intention","purpose","plan","target",
      "ambition","mission","task",0};
    if( inSet(s->aTok[a-3].zLemma, azGoal) ) return FR_HYPO;
  }
  /* "raised no objections", "made no threat": the verb's object denied */
  if( TAG_IS_VERB(s->aTok[a].eTag) && a+1<s->nTok && tokIs(&s->aTok[a+1], "no") ) return FR_NEG;
  /* a noun act's own modifiers, also before its subject's end ("news of
  ** pending U.S. trade sanctions": the subject is "U.S."): to come, or only
  ** possible (twenty-third review #53) */
  for(int i=a-1; bNoun && i>=0 && i>=a-6; i--){
    const Tok *t = &s->aTok[i];
    if( !(t->eTag==TAG_DT || TAG_IS_ADJ(t->eTag) || t->eTag==TAG_NN || t->eTag==TAG_NNP || t->eTag==TAG_VBN
          || t->eTag==TAG_VBG || s->aMenAt[i]>=0) ) break;
    if( tokIs(t, "possible") || tokIs(t, "potential") || tokIs(t, "eventual") ) return FR_HYPO;
    /* "whose shipping has come under repeated attack by Iran": a habit
    ** told in a perfect, no act of the day (twenty-sixth review #88) */
    static const char *const azOftenAdj[] = {"repeated","frequent","constant","continual","continuous","periodic",
      "recurrent","regular","persistent","incessant",0};
    if( inSet(t->zLow, azOftenAdj) ){
      for(int k=i-1; k>=0 && k>=i-5; k--) if( tokIs(&s->aTok[k], "has") || tokIs(&s->aTok[k], "have") ) return FR_HYPO;
    }
    if( inSet(t->zLow, azSoon) && i<iFrom ) e = FR_FUTURE;
  }
  /* "refused to say how the U.S. will beef up its task force": an act in
  ** an indirect question is not told (twenty-eighth review #84) */
  for(int k=a-1; k>=2 && k>=a-10; k--){
    if( tokIs(&s->aTok[k], ";") ) break;
    if( (tokIs(&s->aTok[k], "how") || tokIs(&s->aTok[k], "whether")) && TAG_IS_VERB(s->aTok[k-1].eTag)
        && inSet(s->aTok[k-1].zLemma, azSpeech) && tokIs(&s->aTok[k-2], "to") ) return FR_HYPO;
  }
  int i0 = a - nBack > iFrom ? a - nBack : iFrom;
  if( i0<0 ) i0 = 0;
  for(int i=i0; i<a; i++){
    const Tok *t = &s->aTok[i];
    int bTo = i+1<s->nTok && tokIs(&s->aTok[i+1], "to");
    /* "want very much to lift" */
    for(int k=i+1; !bTo && k<a && k<=i+3 && s->aTok[k].eTag==TAG_RB; k++) if( k+1<s->nTok && tokIs(&s->aTok[k+1], "to") ) bTo = 1;
    if( i+1==a && inSet(t->zLow, azWilling) ) bTo = 1;
    /* "decided last month to consult", "agreed on Tuesday to" */
    for(int k=i+1; !bTo && k<a && k<=i+3; k++){
      if( k+1<s->nTok && tokIs(&s->aTok[k+1], "to") && timeAdjunctStart(s, k)==i+1 ) bTo = 1;
    }
    if( inSet(t->zLow, azHabit) || pastOrHabitAt(s, i) ) return FR_HYPO;
    /* "has been urging Japan to buy", "have been holding talks since last
    ** June": a campaign or a process under way, no act of the day (the
    ** twenty-seventh review's #77, #83) */
    if( i==a-2 && s->aTok[a].eTag==TAG_VBG && tokIs(&s->aTok[a-1], "been") && lemIs(t, "have") ){
      static const char *const azUrging[] = {"urge","press","push","call","ask","seek","demand","lobby",
        "pressure","oppose","criticize","criticise",0};
      static const char *const azProcess[] = {"hold","negotiate","talk","discuss","meet",0};
      if( inSet(s->aTok[a].zLemma, azUrging) ) return FR_HYPO;
      if( inSet(s->aTok[a].zLemma, azProcess) ){
        for(int k=a+1; k<s->nTok && k<=a+12 && !tokIs(&s->aTok[k], ";"); k++) if( tokIs(&s->aTok[k], "since") ) return FR_HYPO;
      }
    }
    /* "the United States will likely impose sanctions, senators said": a
    ** forecast, as "is likely to" is (twenty-eighth review #32) */
    if( i>0 && (tokIs(t, "likely") || tokIs(t, "probably")) && (tokIs(&s->aTok[i-1], "will")
        || tokIs(&s->aTok[i-1], "would")) && i+1<=a ) e = e==FR_NEG ? FR_HYPO : FR_PREDICT;
    /* "would enable offenders to be fined and imprisoned": what a rule
    ** makes possible is not done (twenty-seventh review #50) */
    if( (lemIs(t, "enable") || lemIs(t, "empower")) && TAG_IS_VERB(t->eTag) ){
      for(int k=i+1; k<a; k++) if( tokIs(&s->aTok[k], "to") ) return FR_HYPO;
    }
    /* "it had been rejected earlier by the White House": an act before the
    ** time told, retold in passing (twenty-seventh review #48) */
    /* ("He had earlier met Volcker" on the same trip is news) */
    if( tokIs(t, "had") && i>=a-3 && (tokIs(&s->aTok[a-1], "been") || (a>=2 && tokIs(&s->aTok[a-2], "been")))
        && ((a+1<s->nTok && tokIs(&s->aTok[a+1], "earlier")) || tokIs(&s->aTok[a-1], "earlier")) ) return FR_HYPO;
    /* "The EC had so far only agreed to provide": a tally of what has been
    ** done, no act of the day (twenty-sixth review #61; "has so far refused
    ** to deploy" is still the refusal of the day) */
    if( i+1<a && tokIs(t, "so") && tokIs(&s->aTok[i+1], "far") && i>0 && (tokIs(&s->aTok[i-1], "had")
        || (i+2<a && tokIs(&s->aTok[i+2], "only"))) ) return FR_HYPO;
    /* "Canada recently imposed a duty", "had recently joined": an act told
    ** as done before the news, in passing (nineteenth review r6585/4,
    ** r2974/7; "has already attacked" is still told as news) */
    /* (and "have previously criticized", twenty-second review #95) */
    if( (tokIs(t, "recently") || tokIs(t, "previously") || tokIs(t, "formerly")) && TAG_IS_VERB(s->aTok[a].eTag)
        && (s->aTok[a].eTag==TAG_VBD || s->aTok[a].eTag==TAG_VBN) && i>=a-2 ) return FR_HYPO;
    if( inSet(t->zLow, azNeg) ) e = e==FR_FUTURE ? FR_REFUSE : FR_NEG;   /* "will not meet" refuses */
    /* ("the U.S. May be able to lift": a capital after "U.S." is still the
    ** modal when a verb follows) */
    else if( inSet(t->zLow, azModal) && !(tokIs(t, "may") && (t->flags & TOKF_CAP) && !(t->flags & TOKF_FIRST)
             && !(i+1<s->nTok && (s->aTok[i+1].eTag==TAG_VB || tokIs(&s->aTok[i+1], "not")))) ) return FR_HYPO;
    else if( inSet(t->zLow, azFear) ) return FR_HYPO;
    /* the same fear or proposal within the clause (hedgedBefore) */
    else if( (inSet(t->zLow, azWorry) || inSet(t->zLow, azSuggest)) && thatBetween(s, i+1, a) ) return FR_HYPO;
    else if( bTo && inSet(t->zLow, azAble) ) return FR_HYPO;
    /* "has yet to attack": not done yet */
    else if( bTo && tokIs(t, "yet") && i>=1 && lemIs(&s->aTok[i-1], "have") ) e = FR_NEG;
    /* "is likely to", "is expected to": someone's forecast, not the
    ** actor's intent (the caller reads it as framingAround's) */
    else if( bTo && (tokIs(t, "likely") || tokIs(t, "expected") || tokIs(t, "unlikely") || tokIs(t, "certain")
             || tokIs(t, "sure") || tokIs(t, "bound")) ) e = (tokIs(t, "unlikely") || e==FR_NEG) ? FR_HYPO : FR_PREDICT;
    else if( inSet(t->zLow, azRefuse) && (bTo || i+1==a
             || (i+2==a && tokIs(&s->aTok[i+1], "of") && s->aTok[a].eTag==TAG_VBG)) ) e = FR_REFUSE;
    /* (a decision to allow, lift or grant is the allowing: "the Supreme
    ** Court decided to allow candidate Ouattara to run" is done, 081; so is
    ** one to break relations) */
    else if( bTo && lemIs(t, "decide") && TAG_IS_VERB(t->eTag) && t->eTag!=TAG_VB && inSet(s->aTok[a].zLemma, azPermit)
             && tokIs(&s->aTok[a-1], "to") && !verbBetween(s, i+1, a-1) ){}
    else if( inSet(t->zLow, azFuture) && (tokIs(t, "will") || tokIs(t, "'ll") || tokIs(t, "shall")
             || tokIs(t, "would") || bTo || plannedNoun(s, i, a)) ) e = e==FR_NEG ? FR_REFUSE : FR_FUTURE;
    /* "expect closer economic ties with Japan": a noun act expected or
    ** hoped for is no intent either (twenty-third review #86); but the
    ** subject of a clause of its own is hoped about: "hopes his visit to
    ** Washington will help" */
    else if( bNoun && TAG_IS_FINITE(t->eTag) && inSet(t->zLow, azExpect) && !clauseAfter(s, a) ) return FR_HYPO;
    /* "next week's visit", "the upcoming talks", "a planned meeting";
    ** "expect to meet": to come, not done */
    else if( inSet(t->zLow, azSoon) || (inSet(t->zLow, azExpect) && TAG_IS_VERB(t->eTag)) ) e = e==FR_NEG ? FR_REFUSE : FR_FUTURE;
  }
  /* "ready to deal with any response to Monday's attack": a noun act dated
  ** by a possessive day happened; what frames the clause is not its */
  if( e==FR_FUTURE && TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azDayPoss[] = {"yesterday","today","week","month","weekend",0};   /* or a weekday */
    int j = a-1;
    while( j>0 && j>=a-3 && TAG_IS_ADJ(s->aTok[j].eTag) ) j--;
    if( j>=1 && tokIs(&s->aTok[j], "'s") && (inSet(s->aTok[j-1].zLow, azDayPoss) || brinkWeekdayOf(s->aTok[j-1].zLow)>=0)
        && !(j>=2 && (tokIs(&s->aTok[j-2], "next") || tokIs(&s->aTok[j-2], "coming") || tokIs(&s->aTok[j-2], "this"))) ) e = FR_NONE;
  }
  /* "he is to meet the envoy on Friday": planned */
  if( e==FR_NONE && a>=2 && tokIs(&s->aTok[a-1], "to") && s->aTok[a].eTag==TAG_VB
      && (tokIs(&s->aTok[a-2], "is") || tokIs(&s->aTok[a-2], "are")) ) e = FR_FUTURE;
  /* "ruled out attacking", "ruled out talks": refused */
  if( a>=2 && tokIs(&s->aTok[a-1], "out") && lemIs(&s->aTok[a-2], "rule") ) e = FR_REFUSE;
  /* "would continue to insist": it is insisting now */
  if( e==FR_FUTURE && a>=2 && tokIs(&s->aTok[a-1], "to") && lemIs(&s->aTok[a-2], "continue") ) e = FR_NONE;
  if( a>0 && tokIs(&s->aTok[a-1], "no") ) e = FR_NEG;
  /* "no official direct trade or government ties": "no" opens the noun
  ** phrase the anchor heads; "any" makes it a hypothesis */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    for(int i=a-1; i>=0 && i>=a-8; i--){
      const Tok *t = &s->aTok[i];
      if( tokIs(t, "no") ){ e = FR_NEG; break; }
      if( tokIs(t, "any") ){ e = FR_HYPO; break; }    /* "any Iranian attack on Soviet ships will bring" */
      if( !(TAG_IS_ADJ(t->eTag) || TAG_IS_NOUN(t->eTag) || t->eTag==TAG_CC || tokIs(t, ",")) ) break;
    }
  }
  /* "no plans for X to meet", "failed to": nothing happened */
  /* (far enough for "failed to keep an agreement to end dumping ... and to
  ** open its home market": fifteenth review #77) */
  for(int i=a-1; i>=0 && i>=a-20; i--){
    const Tok *t = &s->aTok[i];
    if( tokIs(t, ";") || tokIs(t, ":") ) break;
    if( (tokIs(t, "failed") || tokIs(t, "fails") || tokIs(t, "fail") || tokIs(t, "failure")) && i+1<s->nTok && tokIs(&s->aTok[i+1], "to") ){ e = FR_NEG; break; }
    if( tokIs(t, "no") && i+1<a && (lemIs(&s->aTok[i+1], "plan") || lemIs(&s->aTok[i+1], "intention")) ){ e = FR_NEG; break; }
    /* "his failed bid to trade arms for help in freeing hostages" */
    if( (tokIs(t, "failed") || tokIs(t, "abortive") || tokIs(t, "unsuccessful")) && i+1<a
        && inSet(s->aTok[i+1].zLemma, azTry) ){ e = FR_NEG; break; }
  }
  /* the struggle a group is described by in a relative clause is a
  ** standing state, not the day's act: "aid for the rebels, who are
  ** fighting Managua's government" (eleventh review #2); "ministers who are
  ** visiting Oslo" are on a visit, and "the IMF, which holds its meetings
  ** next week" may be news */
  static const char *const azStruggle[] = {"fight","battle","wage","oppose","resist","back","support",
    "struggle","seek","occupy",0};
  if( a>=3 && s->aTok[a].eTag==TAG_VBG && (tokIs(&s->aTok[a-1], "are") || tokIs(&s->aTok[a-1], "is")
      || tokIs(&s->aTok[a-1], "were") || tokIs(&s->aTok[a-1], "was"))
      && (tokIs(&s->aTok[a-2], "who") || tokIs(&s->aTok[a-2], "which")) && inSet(s->aTok[a].zLemma, azStruggle) ) return FR_HYPO;
  if( nounAnchor(s, a) ){
    int j = beforeNounPhrase(s, a, 5);
    /* "warned his troops to expect further Iranian attacks": another's
    ** act foreseen (eleventh review #36) */
    static const char *const azForesee[] = {"expect","anticipate","foresee","predict","brace",0};
    {
      int v = j;     /* ("expect further attacks": past an adverb too) */
      while( v>=0 && v>=a-6 && (s->aTok[v].eTag==TAG_RB || s->aTok[v].eTag==TAG_RBR || s->aTok[v].eTag==TAG_DT
             || TAG_IS_ADJ(s->aTok[v].eTag) || s->aMenAt[v]>=0) ) v--;
      if( v>=0 && TAG_IS_VERB(s->aTok[v].eTag) && inSet(s->aTok[v].zLemma, azForesee) ) return FR_PREDICT;
    }
    /* "a pretext for South African attacks": an excuse, not a deed
    ** (thirteenth review #73) */
    if( j>=1 && tokIs(&s->aTok[j], "for") && (lemIs(&s->aTok[j-1], "pretext") || lemIs(&s->aTok[j-1], "excuse")) ) return FR_HYPO;
    /* "gave Tokyo a clear warning of sanctions if ...": a threat of them
    ** (fifteenth review #73) */
    if( j>=1 && tokIs(&s->aTok[j], "of") && (lemIs(&s->aTok[j-1], "warning") || lemIs(&s->aTok[j-1], "threat")) ) return FR_FUTURE;
    /* "the risk of Iranian attack on U.S. warships", "the threat of war":
    ** what is feared or possible, governed by its noun (the clause scan
    ** may start at the noun's own actor); a "threat of sanctions" made by
    ** someone is a threat (above) */
    if( j>=1 && tokIs(&s->aTok[j], "of") && TAG_IS_NOUN(s->aTok[j-1].eTag) && inSet(s->aTok[j-1].zLow, azFear) ) return FR_HYPO;
    /* "sanctions against Japan were likely (to) take effect on April 17":
    ** sanctions still to come (seventeenth review #59) */
    for(int k=a+1; k+1<s->nTok && k<=a+10; k++){
      if( s->aTok[k].flags & TOKF_PUNCT ) break;
      if( (lemIs(&s->aTok[k], "take") && tokIs(&s->aTok[k+1], "effect"))
          || (lemIs(&s->aTok[k], "come") && k+2<s->nTok && tokIs(&s->aTok[k+1], "into") && tokIs(&s->aTok[k+2], "force")) ){
        for(int q=k-1; q>a && q>=k-3; q--){
          const Tok *u = &s->aTok[q];
          if( tokIs(u, "will") || tokIs(u, "would") || tokIs(u, "likely") || tokIs(u, "to") || tokIs(u, "could")
              || tokIs(u, "may") || tokIs(u, "expected") ) return FR_FUTURE;
        }
        break;
      }
    }
    /* "Kuwaiti tankers, regular targets for Iranian attacks": what
    ** something is the target of is a standing state (twelfth review #34) */
    if( j>=1 && (tokIs(&s->aTok[j], "for") || tokIs(&s->aTok[j], "of")) && TAG_IS_NOUN(s->aTok[j-1].eTag)
        && lemIs(&s->aTok[j-1], "target") ) return FR_HYPO;
    /* "has voted against a general strike next month": not to be done
    ** (eleventh review #27) */
    if( j>=1 && tokIs(&s->aTok[j], "against") && lemIs(&s->aTok[j-1], "vote") ) return FR_NEG;
    /* "under pressure from its farm lobby": a standing state (eleventh
    ** review #95); "came under pressure from the United States to
    ** stimulate" is pressure put on, like "came under attack from" */
    if( j>=0 && tokIs(&s->aTok[j], "under") && (lemIs(&s->aTok[a], "pressure") || lemIs(&s->aTok[a], "strain"))
        && !(j>=1 && (lemIs(&s->aTok[j-1], "come") || lemIs(&s->aTok[j-1], "put") || lemIs(&s->aTok[j-1], "place"))) ){
      /* (... as is pressure "to reopen the border": a demand) */
      int bTo = 0;
      for(int k=a+1; k<s->nTok && k<=a+8 && !bTo; k++){
        if( s->aTok[k].flags & TOKF_PUNCT ) break;
        bTo = tokIs(&s->aTok[k], "to") && k+1<s->nTok && s->aTok[k+1].eTag==TAG_VB;
      }
      if( !bTo ) return FR_HYPO;
    }
    /* "refusing to cut aid to Mexico": the refusal is of the cut, so no
    ** aid is refused (eleventh review #59) */
    if( j>=2 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azCut) ){
      for(int k=j-1; k>=0 && k>=j-3; k--) if( inSet(s->aTok[k].zLow, azRefuse) ) return FR_HYPO;
    }
  }
  if( (lemIs(&s->aTok[a], "refuse") || lemIs(&s->aTok[a], "decline")) && a+2<s->nTok && tokIs(&s->aTok[a+1], "to")
      && inSet(s->aTok[a+2].zLemma, azCut) ) return FR_HYPO;
  /* "agreed, however, that further actions will be essential", "agreed
  ** that the yen was too strong": agreement on a view, a copula and its
  ** complement, no intent (thirty-third review #67, the G-7's "They"; the
  ** twenty-ninth #64) */
  if( lemIs(&s->aTok[a], "agree") && TAG_IS_VERB(s->aTok[a].eTag) ){
    int j = a+1;
    if( j+2<s->nTok && tokIs(&s->aTok[j], ",") ){
      j++;
      while( j<s->nTok && j<=a+4 && s->aTok[j].eTag==TAG_RB ) j++;
      if( j<s->nTok && tokIs(&s->aTok[j], ",") ) j++;
    }
    if( j<s->nTok && tokIs(&s->aTok[j], "that") ){
      for(int k=j+1; k+1<s->nTok && k<=j+8; k++){
        const Tok *u = &s->aTok[k];
        if( (u->flags & TOKF_PUNCT) ) break;
        if( inSet(u->zLow, azBe) ){
          const Tok *v = &s->aTok[k+1];
          int w = k+1;
          if( v->eTag==TAG_RB && k+2<s->nTok ) v = &s->aTok[w = k+2];
          /* (but "agreed that they were ready to exchange prisoners" is an
          ** intent) */
          if( TAG_IS_ADJ(v->eTag) && !(w+1<s->nTok && tokIs(&s->aTok[w+1], "to") && inSet(v->zLow, azWilling)) ) return FR_HYPO;
          break;
        }
        if( TAG_IS_VERB(u->eTag) && !(u->eTag==TAG_VB && k>j+1 && s->aTok[k-1].eTag==TAG_MD) ) break;
      }
    }
  }
  /* "both sides agreed there was little point in talks": agreement on a
  ** view, not an intent (eleventh review #84) */
  if( lemIs(&s->aTok[a], "agree") && TAG_IS_VERB(s->aTok[a].eTag) && a+1<s->nTok
      && (tokIs(&s->aTok[a+1], "there") || (a+2<s->nTok && tokIs(&s->aTok[a+1], "that") && tokIs(&s->aTok[a+2], "there"))) ) return FR_HYPO;
  /* a condition opening the clause: "If Russia attacks Ukraine, ..." */
  /* (also over a second condition joined to it, "If the U.S. presses,
  ** and Japan, as expected rejects the demands, ...", thirty-first review
  ** #78: a comma before "and" or before "as expected") */
  for(int i=a-1; i>=0; i--){
    const Tok *t = &s->aTok[i];
    if( tokIs(t, ",") && i+2<a && (tokIs(&s->aTok[i+1], "and") || (tokIs(&s->aTok[i+1], "as")
        && (tokIs(&s->aTok[i+2], "expected") || tokIs(&s->aTok[i+2], "predicted")))) ){
      int k = i-1;   /* only if a condition opens the sentence before it */
      while( k>=0 && !tokIs(&s->aTok[k], ";") && !tokIs(&s->aTok[k], "if") ) k--;
      if( k==0 || (k>0 && tokIs(&s->aTok[k-1], ",") && k<=2) ) continue;
    }
    if( tokIs(t, ",") || tokIs(t, ";") || tokIs(t, ":") ) break;
    if( tokIs(t, "if") || tokIs(t, "unless") || tokIs(t, "whether") ) return FR_HYPO;
    /* "to block it provided they all stand firm", "as long as Peru pays":
    ** conditions too ("provided" as a verb, "provided them with arms", is
    ** not followed by a subject and its present-tense verb) */
    if( (tokIs(t, "provided") || tokIs(t, "providing")) && i+1<a ){
      if( tokIs(&s->aTok[i+1], "that") ) return FR_HYPO;
      const Tok *v = &s->aTok[a];
      int bSubj = v->eTag==TAG_VBP || v->eTag==TAG_VBZ || v->eTag==TAG_MD;
      for(int k=i+1; k<a && bSubj; k++){
        const Tok *u = &s->aTok[k];
        if( !(s->aMenAt[k]>=0 || u->eTag==TAG_PRP || u->eTag==TAG_DT || TAG_IS_NOUN(u->eTag) || TAG_IS_ADJ(u->eTag)
              || u->eTag==TAG_RB || u->eTag==TAG_MD) ) bSubj = 0;
      }
      if( bSubj ) return FR_HYPO;
    }
    if( tokIs(t, "long") && i>=1 && i+1<a && tokIs(&s->aTok[i+1], "as")
        && (tokIs(&s->aTok[i-1], "as") || tokIs(&s->aTok[i-1], "so")) ) return FR_HYPO;
    /* "the tariffs would be lifted once Japan honored the pact": a
    ** condition of what would be, in any tense (eleventh review #80) */
    /* (and "would put money into the auction as soon as Zambia reached an
    ** agreement with the IMF") */
    int bAsSoon = tokIs(t, "as") && i>=4 && tokIs(&s->aTok[i-1], "soon") && tokIs(&s->aTok[i-2], "as");
    if( (tokIs(t, "once") || bAsSoon) && i>=2 && i+1<a && (s->aMenAt[i+1]>=0 || s->aTok[i+1].eTag==TAG_DT
        || s->aTok[i+1].eTag==TAG_PRP || s->aTok[i+1].eTag==TAG_NNP) ){
      static const char *const azWould[] = {"would","will","could","'ll","might","can",0};
      for(int k=(bAsSoon ? i-3 : i-1); k>=0 && k>=i-(bAsSoon ? 25 : 8); k--){
        if( s->aTok[k].flags & TOKF_PUNCT ) break;
        if( inSet(s->aTok[k].zLow, azWould) ) return FR_HYPO;
      }
    }
    /* "Once they have agreed on the functions, ...": a condition when the
    ** clause is in the present (eighth review #12); "once again", and
    ** "once they agreed" told of the past, are not */
    if( tokIs(t, "once") && (i==0 || (s->aTok[i-1].flags & TOKF_PUNCT)) && i+1<s->nTok
        && !tokIs(&s->aTok[i+1], "again") && !tokIs(&s->aTok[i+1], "more") ){
      const Tok *v = &s->aTok[a];
      if( v->eTag==TAG_VBP || v->eTag==TAG_VBZ
          || (v->eTag==TAG_VBN && a>=1 && (tokIs(&s->aTok[a-1], "have") || tokIs(&s->aTok[a-1], "has"))) ) return FR_HYPO;
    }
  }
  return e;
}

/* What a forecast (FR_PREDICT: "is likely to", "expect X to", a noun
** subject of a modal: "talks will resume") of the act zCode, matched at
** tokens a..iEnd-1, makes of it: of cooperation (03-08) an intent to come,
** FR_FUTURE, of anything else no event, FR_HYPO.  What an accord named by
** the noun anchor "will" or "should" do is its effect, not an intent ("the
** free trade agreements with Canada and Israel should help", eighth review
** #95; "are expected to sign an agreement" is planned). */
static int forecastFrame(const Sent *s, const char *zCode, int a, int iEnd){
  static const char *const azPact[] = {"agreement","accord","pact","treaty","deal",0};
  if( !(zCode[0]=='0' && zCode[1]>='3' && zCode[1]<='8') ) return FR_HYPO;
  int bNoun = TAG_IS_NOUN(s->aTok[a].eTag) || TAG_IS_ADJ(s->aTok[a].eTag);
  for(int i=a; bNoun && i<iEnd && i<s->nTok; i++) if( inSet(s->aTok[i].zLemma, azPact) ) return FR_HYPO;
  return FR_FUTURE;
}

/* Framing that framing() does not see, before the clause's subject or
** after a noun anchor: "it was also possible the U.S. would reimpose"
** (hypothetical), "his visit to Washington later this week" (to come). */
/* Does "this week" or "this weekend" start at token i? */
static int thisWeekAt(const Sent *s, int i){
  return i+1<s->nTok && tokIs(&s->aTok[i], "this") && (tokIs(&s->aTok[i+1], "week") || tokIs(&s->aTok[i+1], "weekend"));
}

static int framingAround(const Sent *s, int iSubjStart, int a, int32_t iStory){
  /* "Analysts expect Iran to attack", "they expect the six ... to meet":
  ** what someone expects another to do is a forecast (cooperation to come
  ** reads as planned, anything else as no event) */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") ){
    static const char *const azForecast[] = {"expect","anticipate","foresee","predict",0};
    for(int i=a-2; i>=1 && i>=a-20; i--){
      const Tok *u = &s->aTok[i];
      if( TAG_IS_VERB(u->eTag) ){
        if( inSet(u->zLemma, azForecast) && i<a-2 && u->eTag!=TAG_VBN ) return FR_PREDICT;
        break;
      }
      if( tokIs(u, ";") || tokIs(u, "that") ) break;
    }
  }
  /* "she would probably raise it when they meet": a present tense in a
  ** "when" clause whose main clause is to come (tenth review #89) */
  if( (s->aTok[a].eTag==TAG_VBP || s->aTok[a].eTag==TAG_VBZ) && a>=3 ){
    int w = -1;
    for(int i=a-1; i>=0 && i>=a-4; i--) if( tokIs(&s->aTok[i], "when") ){ w = i; break; }
    for(int i=w-1; w>0 && i>=0 && i>=w-14; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, ";") || tokIs(u, ".") ) break;
      if( tokIs(u, "will") || tokIs(u, "would") || tokIs(u, "shall") || tokIs(u, "'ll") ) return FR_FUTURE;
    }
  }
  /* "will extend his tour, flying to Japan for talks": a participle after
  ** a comma shares its clause's future (tenth review #12) */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], ",") ){
    for(int i=a-2; i>=0 && i>=a-12; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, ";") || tokIs(u, ",") ) break;
      if( tokIs(u, "will") || tokIs(u, "shall") || tokIs(u, "'ll") ) return FR_FUTURE;
    }
  }
  /* what one has done "for years", "for several years", "for decades" or
  ** "for the past two years" is a standing state, not the day's act ("for
  ** several years the ADB had unilaterally stopped advancing loans",
  ** thirty-first review #71); a stated span ("sentenced to jail for five
  ** years") is not vague and stays */
  if( s->aTok[a].eTag==TAG_VBD || s->aTok[a].eTag==TAG_VBN ){
    for(int i=a-10>0 ? a-10 : 0; i+1<s->nTok && i<=a+10; i++){
      const Tok *t = &s->aTok[i];
      if( tokIs(t, ";") ){ if( i<a ) continue; break; }
      if( !tokIs(t, "for") && !tokIs(t, "over") ) continue;
      int j = i+1;
      if( tokIs(&s->aTok[j], "the") && j+1<s->nTok && (tokIs(&s->aTok[j+1], "past") || tokIs(&s->aTok[j+1], "last")) ){
        j += 2;
        if( j<s->nTok && s->aTok[j].eTag==TAG_CD ) j++;
      }else if( tokIs(t, "for") && (tokIs(&s->aTok[j], "several") || tokIs(&s->aTok[j], "many") || tokIs(&s->aTok[j], "some")) ){
        j++;
      }else if( !tokIs(t, "for") ) continue;
      if( j<s->nTok && (tokIs(&s->aTok[j], "years") || tokIs(&s->aTok[j], "decades")) ) return FR_HYPO;
    }
  }
  /* "remain at odds over opening the markets", "a dispute about
  ** lifting sanctions": the topic of a quarrel is not done */
  if( s->aTok[a].eTag==TAG_VBG && a>=1 && (tokIs(&s->aTok[a-1], "over") || tokIs(&s->aTok[a-1], "about")) ) return FR_HYPO;
  /* "barred the Soviet Union from developing, testing or deploying ABM
  ** systems", "refrained from attacking": what one is kept from doing is
  ** not done; nor is what one stops, or is asked to stop, doing: "asked
  ** France to stop selling weapons to Iraq" (thirteenth review #16) */
  if( s->aTok[a].eTag==TAG_VBG ){
    int i = a-1;
    while( i>=0 && i>=a-8 && (s->aTok[i].eTag==TAG_VBG || s->aTok[i].eTag==TAG_CC || tokIs(&s->aTok[i], ",")) ) i--;
    if( i>=0 && (tokIs(&s->aTok[i], "from")
        || (i==a-1 && (lemIs(&s->aTok[i], "stop") || lemIs(&s->aTok[i], "cease") || lemIs(&s->aTok[i], "quit")))) ) return FR_HYPO;
    /* ... nor what one puts off: "agreed to hold up imposing anti-dumping
    ** duties", "decided to delay imposing sanctions" (thirty-first review
    ** #33) */
    if( i==a-1 && (lemIs(&s->aTok[i], "delay") || lemIs(&s->aTok[i], "postpone") || lemIs(&s->aTok[i], "defer")
        || lemIs(&s->aTok[i], "avoid"))
        && TAG_IS_VERB(s->aTok[i].eTag) ) return FR_HYPO;
    if( i==a-1 && i>=1 && tokIs(&s->aTok[i], "up") && lemIs(&s->aTok[i-1], "hold") ) return FR_HYPO;
    if( i==a-1 && i>=1 && tokIs(&s->aTok[i], "off") && lemIs(&s->aTok[i-1], "put") ) return FR_HYPO;
  }
  /* a noun act that someone averts, prevents, bars or halts, or that
  ** something could trigger, is none of that one's doing, and may not
  ** happen: "head off U.S.-led pressure on Bonn", "to halt attacks such as
  ** that of October 16" (eighth review #86), "to bar selective sanctions
  ** against Pretoria" (seventeenth #61), "bills that could trigger
  ** retaliation by the EC" (thirteenth #9) */
  if( nounAnchor(s, a) ){
    static const char *const azStop[] = {"avert","prevent","avoid","forestall","halt","stop","deter","bar","block",
      "veto","thwart","foil","trigger","provoke","spark","invite","risk","prompt",0};
    static const char *const azOff[] = {"head","ward","stave","fend",0};
    int i = beforeNounPhrase(s, a, 5);
    if( i>=0 && TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azStop) ) return FR_HYPO;
    if( i>=1 && tokIs(&s->aTok[i], "off") && inSet(s->aTok[i-1].zLemma, azOff) ) return FR_HYPO;
    /* ... and a war named after a preposition is the state of war, not a
    ** day's fighting: "has backed Iraq in the seven-year war against Iran"
    ** (eighth review #55; seventh #74) */
    if( i>=0 && s->aTok[i].eTag==TAG_IN && lemIs(&s->aTok[a], "war") ) return FR_HYPO;
  }
  /* "debt forgiveness, which, he said, would cut debtor nations off": what
  ** a thing named before "which" would do is a consequence foreseen, not an
  ** act (eighth review #48) */
  if( TAG_IS_VERB(s->aTok[a].eTag) ){
    int i = a-1, bModal = 0;
    while( i>=0 && (s->aTok[i].eTag==TAG_RB || s->aTok[i].eTag==TAG_MD) ){
      bModal |= s->aTok[i].eTag==TAG_MD;
      i--;
    }
    /* (a speaker in commas between: ", he said,") */
    if( bModal && i>=3 && tokIs(&s->aTok[i], ",") && TAG_IS_VERB(s->aTok[i-1].eTag) && lemIs(&s->aTok[i-1], "say") ){
      int j = i-2;
      while( j>=0 && j>=i-6 && !tokIs(&s->aTok[j], ",") ) j--;
      if( j>=0 ) i = j-1;
    }
    if( bModal && i>=1 && tokIs(&s->aTok[i], "which") ) return FR_HYPO;
  }
  /* "possible (that) X ...", "likely X ...", "fears X ..." right before the
  ** subject; what a suggestion, a call or a charge says X does or did is
  ** proposed or alleged ("rejected suggestions the U.S. and EC agree a
  ** freeze", "U.S. charges that Japan is refusing"); "I hope that, before
  ** long, we can lift these" is hoped for */
  static const char *const azContent[] = {"suggestion","suggestions","proposal","proposals","idea",
    "notion","charge","charges","accusation","accusations","allegation","allegations","claim","claims",
    "demand","demands","insistence",0};
  static const char *const azHope[] = {"hope","hopes","hoped","hoping","trust","trusts",0};
  for(int i=iSubjStart-1; iSubjStart>0 && i>=0 && i>=iSubjStart-6; i--){
    const Tok *t = &s->aTok[i];
    /* "complained to GATT that South Korea's plan breaks its rules": what a
    ** complaint or a claim says is alleged (seventh review #22) */
    if( tokIs(t, "that") ){
      static const char *const azAllege[] = {"complain","allege","claim","charge",0};
      for(int k=i-1; k>=0 && k>=i-10; k--){
        if( tokIs(&s->aTok[k], ";") ) break;
        if( TAG_IS_VERB(s->aTok[k].eTag) && inSet(s->aTok[k].zLemma, azAllege) ) return FR_HYPO;
      }
    }
    if( tokIs(t, "that") || t->eTag==TAG_DT || t->eTag==TAG_PRPS || tokIs(t, ",") || t->eTag==TAG_RB
        || (tokIs(t, "long") && i>0 && tokIs(&s->aTok[i-1], "before")) ) continue;
    if( tokIs(t, "before") && i+1<s->nTok && tokIs(&s->aTok[i+1], "long") ) continue;
    if( inSet(t->zLow, azFear) ) return FR_HYPO;
    /* "should Chile impose sanctions": a condition, inverted */
    if( tokIs(t, "should") && i==iSubjStart-1 ) return FR_HYPO;
    if( TAG_IS_NOUN(t->eTag) && inSet(t->zLow, azContent) ) return FR_HYPO;
    /* "we categorically deny that the United States is selling weapons" */
    if( TAG_IS_VERB(t->eTag) && (lemIs(t, "deny") || lemIs(t, "refute")) ) return FR_HYPO;
    /* "denied (as baseless) reports that it intended to threaten shipping" */
    if( TAG_IS_NOUN(t->eTag) && (lemIs(t, "report") || lemIs(t, "rumour") || lemIs(t, "rumor")) ){
      /* (and "declined comment on a local newspaper report that": no
      ** confirmation either) */
      static const char *const azDeny[] = {"deny","dismiss","reject","refute","rebut","comment",0};
      for(int k=i-1; k>=0 && k>=i-6; k--) if( inSet(s->aTok[k].zLemma, azDeny) ) return FR_HYPO;
      /* ("said reports that Iran intends to threaten shipping were
      ** baseless": called false after the clause, twenty-fourth review
      ** #45) */
      static const char *const azFalse[] = {"baseless","false","untrue","unfounded","groundless","lies","nonsense",
        "propaganda","fabricated","fabrication","fabrications","misleading","incorrect","wrong","inaccurate",0};
      for(int k=a+1; k+1<s->nTok && k<=a+25; k++){
        if( tokIs(&s->aTok[k], ";") ) break;
        if( inSet(s->aTok[k].zLemma, azBe) ){
          int m = k+1;
          while( m<s->nTok && (s->aTok[m].eTag==TAG_RB || (s->aTok[m].flags & TOKF_PUNCT)) && !tokIs(&s->aTok[m], ";") ) m++;
          if( m<s->nTok && inSet(s->aTok[m].zLow, azFalse) ) return FR_HYPO;
        }
      }
    }
    if( TAG_IS_VERB(t->eTag) && inSet(t->zLow, azHope) ) return FR_FUTURE;
    break;
  }
  /* "none of the ships are known to have been attacked", "neither the
  ** United States nor the Soviet Union would occupy": the clause's
  ** subject is denied; "in the past" told before the act makes it history
  ** ("has maintained in the past that he will not negotiate") */
  for(int i=a-1; i>=0; i--){
    const Tok *t = &s->aTok[i];
    if( pastOrHabitAt(s, i) ) return FR_HYPO;
    if( tokIs(t, ";") || (tokIs(t, ",") && i<iSubjStart) ) break;
    if( (tokIs(t, "none") && i+1<s->nTok && tokIs(&s->aTok[i+1], "of")) || tokIs(t, "neither") ) return FR_NEG;
  }
  /* ... or after it, in its clause ("refused talks with Peru in the past") */
  for(int i=a+1; i<s->nTok && i<=a+10; i++){
    if( tokIs(&s->aTok[i], ";") || tokIs(&s->aTok[i], ",") || TAG_IS_FINITE(s->aTok[i].eTag) ) break;
    if( pastOrHabitAt(s, i) ) return FR_HYPO;
  }
  /* a noun anchor that is the subject of a modal tells what is expected
  ** to happen, not what did: "West German aid to Bolivia will rise",
  ** "pressure will mount on Brazil"; also one that opens with an adjective
  ** ("free trade agreements with Canada should help") */
  if( TAG_IS_NOUN(s->aTok[a].eTag) || TAG_IS_ADJ(s->aTok[a].eTag) ){
    for(int i=a+1; i<s->nTok && i<=a+8; i++){
      const Tok *t = &s->aTok[i];
      if( t->eTag==TAG_MD ){
        if( !(TAG_IS_VERB(s->aTok[i+1<s->nTok ? i+1 : i].eTag) || (i+1<s->nTok && s->aTok[i+1].eTag==TAG_RB)) ) break;
        return FR_PREDICT;
      }
      if( !(s->aMenAt[i]>=0 || t->eTag==TAG_IN || t->eTag==TAG_DT || TAG_IS_ADJ(t->eTag)
            || TAG_IS_NOUN(t->eTag) || t->eTag==TAG_CD || t->eTag==TAG_POS || t->eTag==TAG_CC) || tokIs(t, "that")
          || tokIs(t, "which") ) break;
    }
  }
  /* an action that is the subject of "is out of the question", "is ruled
  ** out", "is not an option": refused ("lifting the sanctions is out of
  ** the question") */
  if( TAG_IS_NOUN(s->aTok[a].eTag) || s->aTok[a].eTag==TAG_VBG ){
    int i = a+1;
    while( i<s->nTok && i<=a+10 && !TAG_IS_FINITE(s->aTok[i].eTag) && s->aTok[i].eTag!=TAG_MD
           && !(s->aTok[i].flags & TOKF_PUNCT) && !tokIs(&s->aTok[i], "that") ) i++;
    if( i<s->nTok && inSet(s->aTok[i].zLow, azBe) ){
      i++;
      while( i<s->nTok && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, azNeg) ) i++;
      if( i+3<s->nTok && tokIs(&s->aTok[i], "out") && tokIs(&s->aTok[i+1], "of") && tokIs(&s->aTok[i+2], "the")
          && tokIs(&s->aTok[i+3], "question") ) return FR_REFUSE;
      if( i+1<s->nTok && tokIs(&s->aTok[i], "ruled") && tokIs(&s->aTok[i+1], "out") ) return FR_REFUSE;
      if( i+2<s->nTok && tokIs(&s->aTok[i], "not") && (tokIs(&s->aTok[i+1], "an") || tokIs(&s->aTok[i+1], "a"))
          && tokIs(&s->aTok[i+2], "option") ) return FR_REFUSE;
    }
  }
  /* a noun anchor, or a verb in the present, with a time still to come
  ** after it ("when he visits Washington next month") */
  int bPresent = s->aTok[a].eTag==TAG_VBZ || s->aTok[a].eTag==TAG_VBP || s->aTok[a].eTag==TAG_VB
              || s->aTok[a].eTag==TAG_VBG;
  /* a present tense (the anchor's, or the verb its noun follows: "leaves
  ** on his visit"), not of "be" or "have", with a weekday after it is a
  ** schedule */
  int bSchedule = s->aTok[a].eTag==TAG_VBZ || s->aTok[a].eTag==TAG_VBP, iVerb = a;
  /* (the tagger may read that verb as a plural after a name: "Miyazawa
  ** visits Washington"; thirty-first review #52) */
  if( s->aTok[a].eTag==TAG_NNS && a>0 && a+1<s->nTok && s->aMenAt[a-1]>=0 && s->aMen[s->aMenAt[a-1]].iEnd==a
      && s->aMenAt[a+1]>=0 && s->aMen[s->aMenAt[a+1]].iStart==a+1 ) bSchedule = 1;
  for(int i=a-1; !bSchedule && TAG_IS_NOUN(s->aTok[a].eTag) && i>=0 && i>=a-6; i--){
    const Tok *u = &s->aTok[i];
    if( (u->eTag==TAG_VBZ || u->eTag==TAG_VBP) && !inSet(u->zLow, azBe) && !lemIs(u, "have") ){ bSchedule = 1; iVerb = i; }
    if( TAG_IS_FINITE(u->eTag) ) break;
  }
  /* "Japanese officials tomorrow open talks": "tomorrow" between the
  ** subject and that present tense (eighth review #62) */
  /* (the tagger may read "tomorrow open talks" as one noun phrase: so
  ** also "tomorrow" up to three words before a noun anchor, no past tense
  ** between) */
  /* "This week when Finance Minister Kiichi Miyazawa visits Washington":
  ** a present tense under "this week" before it is a schedule (eighteenth
  ** review #55) */
  /* (also between that verb and a noun anchor: "travels to Washington
  ** this week for talks") */
  /* "before April 19, when Abe visits Washington", "explain it when he
  ** visits the U.S.": a present tense of a visit or a meeting under
  ** "when" is one to come (census B60, B74) */
  /* (the tagger may read "Abe visits Washington" as a plural noun:
  ** bSchedule with iVerb==a covers both) */
  if( bSchedule && iVerb==a && (lemIs(&s->aTok[a], "visit") || lemIs(&s->aTok[a], "meet")) ){
    for(int i=a-1; i>=0 && i>=a-10; i--){
      if( tokIs(&s->aTok[i], "when") ) return FR_FUTURE;
      if( TAG_IS_VERB(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_MD || (s->aTok[i].flags & TOKF_PUNCT) ) break;
    }
  }
  /* a noun act one is "due" for "tomorrow" or "next" week is to come:
  ** "Raimond, due here tomorrow from Oman for his first official visit to
  ** the UAE" (census A123) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int bDue = 0, bSoon = 0;
    for(int i=a-1; i>=0 && i>=a-12; i--){
      const Tok *u = &s->aTok[i];
      if( TAG_IS_FINITE(u->eTag) || u->eTag==TAG_MD ) break;
      if( tokIs(u, "due") ) bDue = 1;
      if( tokIs(u, "tomorrow") || tokIs(u, "next") ) bSoon = 1;
    }
    if( bDue && bSoon ) return FR_FUTURE;
  }
  /* "My visit to the United States at this time will be the most
  ** important": a visit that "will" be is to come (census B100) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) && (lemIs(&s->aTok[a], "visit") || lemIs(&s->aTok[a], "trip")) ){
    for(int i=a+1; i<s->nTok && i<=a+10; i++){
      const Tok *t = &s->aTok[i];
      if( tokIs(t, "will") || tokIs(t, "'ll") ) return FR_FUTURE;
      if( TAG_IS_VERB(t->eTag) || t->eTag==TAG_MD || tokIs(t, ",") || tokIs(t, ";") ) break;
    }
  }
  if( bSchedule ){
    for(int i=iVerb-2; i>=0 && i>=iVerb-12; i--){
      if( thisWeekAt(s, i) ) return FR_FUTURE;
      if( TAG_IS_FINITE(s->aTok[i].eTag) || tokIs(&s->aTok[i], ",") || tokIs(&s->aTok[i], ";") ) break;
    }
    for(int i=iVerb+1; i+1<a; i++){
      if( thisWeekAt(s, i) ) return FR_FUTURE;
      if( TAG_IS_FINITE(s->aTok[i].eTag) || tokIs(&s->aTok[i], ";") ) break;
    }
  }
  if( bSchedule || TAG_IS_NOUN(s->aTok[a].eTag) ){
    int iFrom = bSchedule ? iVerb : a;
    for(int i=iFrom-1; i>=0 && i>=iFrom-3; i--){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, "tomorrow") ) return FR_FUTURE;
      if( !(u->eTag==TAG_RB || TAG_IS_ADJ(u->eTag) || u->eTag==TAG_VBP || u->eTag==TAG_VBZ || u->eTag==TAG_VB
            || u->eTag==TAG_DT || u->eTag==TAG_NN || u->eTag==TAG_NNS) || s->aMenAt[i]>=0 ) break;
    }
  }
  /* "a visit to Moscow by Shultz for arms talks was under consideration":
  ** not yet decided (eighth review #3) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azWeighed[] = {"consideration","discussion","study","review",0};
    for(int i=a+1; i+2<s->nTok && i<=a+16; i++){
      const Tok *t = &s->aTok[i];
      if( tokIs(t, ";") || tokIs(t, ",") ) break;
      if( !TAG_IS_FINITE(t->eTag) ) continue;
      if( inSet(t->zLow, azBe) && tokIs(&s->aTok[i+1], "under") && inSet(s->aTok[i+2].zLow, azWeighed) ) return FR_HYPO;
      break;
    }
  }
  /* a past verb whose object is set for "next Wednesday" or "next week"
  ** set it for then: "have called a general strike next Wednesday" is
  ** no strike held (thirty-first review #27) */
  static const char *const azUnit[] = {"week","month","year","weekend","monday","tuesday","wednesday",
    "thursday","friday","saturday","sunday","spring","summer","autumn","winter",0};
  if( TAG_IS_VERB(s->aTok[a].eTag) && !bPresent ){
    for(int i=a+1; i+1<s->nTok && i<=a+8; i++){
      const Tok *t = &s->aTok[i];
      if( tokIs(t, ";") || tokIs(t, ",") || TAG_IS_FINITE(t->eTag) || t->eTag==TAG_MD ) break;
      if( tokIs(t, "next") && inSet(s->aTok[i+1].zLow, azUnit) ) return FR_FUTURE;
    }
  }
  if( TAG_IS_NOUN(s->aTok[a].eTag) || bPresent ){
    for(int i=a+1; i<s->nTok && i<=a+10; i++){
      const Tok *t = &s->aTok[i];
      /* "the talks are coming up", "... are scheduled for May": the noun's
      ** own verb says it is to come */
      if( !bPresent && inSet(t->zLow, azBe) && i+1<s->nTok ){
        static const char *const azDue[] = {"due","scheduled","planned","expected","slated",0};
        const Tok *u = &s->aTok[i+1];
        if( inSet(u->zLow, azDue) || (tokIs(u, "coming") && i+2<s->nTok && tokIs(&s->aTok[i+2], "up")) ) return FR_FUTURE;
      }
      if( tokIs(t, ";") || TAG_IS_FINITE(t->eTag) || (bPresent && (t->eTag==TAG_MD || tokIs(t, "and"))) ) break;
      if( tokIs(t, "tomorrow") ) return FR_FUTURE;
      if( i+1<s->nTok && tokIs(t, "coming") && tokIs(&s->aTok[i+1], "up") ) return FR_FUTURE;
      if( i+1<s->nTok && tokIs(t, "next") && inSet(s->aTok[i+1].zLow, azUnit) ) return FR_FUTURE;
      if( i+2<s->nTok && tokIs(t, "later") && tokIs(&s->aTok[i+1], "this") && inSet(s->aTok[i+2].zLow, azUnit) ) return FR_FUTURE;
      /* "when he visits Washington later in the month" (eighth review #73) */
      if( i+3<s->nTok && tokIs(t, "later") && tokIs(&s->aTok[i+1], "in") && tokIs(&s->aTok[i+2], "the")
          && inSet(s->aTok[i+3].zLow, azUnit) ) return FR_FUTURE;
      if( i+1<s->nTok && tokIs(t, "coming") && (tokIs(&s->aTok[i+1], "weeks") || tokIs(&s->aTok[i+1], "days") || tokIs(&s->aTok[i+1], "months")) ) return FR_FUTURE;
      /* "Nakasone leaves on his visit to the United States on Wednesday": a
      ** present tense with a weekday is a schedule (seventh review #79) */
      if( bSchedule && tokIs(t, "on") && i+1<s->nTok && brinkWeekdayOf(s->aTok[i+1].zLow)>=0 ) return FR_FUTURE;
      /* ... and so is one "this week" ("visits Washington this week") */
      /* (or "this weekend": "EC ministers meet in Belgium this weekend",
      ** thirty-second review #48) */
      if( bSchedule && thisWeekAt(s, i) ) return FR_FUTURE;
      /* "his visit to Washington starting on April 29": a day after the story's */
      if( brinkFutureDateAt(s->aTok, s->nTok, i, iStory) ) return FR_FUTURE;
    }
  }
  return FR_NONE;
}

/* CAMEO's code for refusing an action: "refused to meet" is 125 (reject a
** proposal to meet), "refused to withdraw" 1246.  NULL: refusing it is no
** event ("refused to attack"). */
static const char *refuseCode(const char *zCode){
  static const struct { const char *zFrom, *zTo; } aMap[] = {
    {"081","1241"}, {"082","1242"}, {"0831","1231"}, {"0832","1232"}, {"0833","1233"}, {"0834","1234"},
    {"083","123"}, {"084","1243"}, {"085","1244"}, {"086","1245"}, {"087","1246"},
    {"045","126"}, {"04","125"}, {"036","125"}, {"038","126"}, {"06","121"}, {"07","122"},
    {"08","124"}, {"05","120"}, {"03","120"}, {"02","120"}, {"01","120"},
  };
  for(size_t i=0; i<sizeof aMap/sizeof aMap[0]; i++){
    size_t n = strlen(aMap[i].zFrom);
    if( strncmp(zCode, aMap[i].zFrom, n)==0 ) return aMap[i].zTo;
  }
  return 0;
}

/* CAMEO codes a future or intended action as intent (cooperation) or threat
** (conflict): "will meet" is 036, "will attack" 138.  Verbal codes (01-03,
** 09-13) stay as they are.  Returns a static code string. */
static const char *futureCode(const char *zCode){
  static const struct { const char *zFrom, *zTo; } aMap[] = {
    {"071","0331"}, {"072","0332"}, {"073","0333"}, {"074","0334"},
    {"0871","0356"}, {"0872","0356"}, {"0873","0356"}, {"0874","0356"}, {"087","0356"},
    {"081","0351"}, {"084","0353"}, {"085","0354"}, {"086","0355"},
    {"163","1312"}, {"164","1313"}, {"161","1313"},
    {"181","1383"}, {"182","1383"}, {"183","1383"}, {"184","1383"}, {"185","1383"}, {"186","1383"},
    {"191","1381"}, {"192","1382"}, {"200","1385"}, {"204","1385"},
    {"04","036"}, {"05","032"}, {"06","031"}, {"07","033"}, {"08","035"},
    {"175","137"},
    {"14","133"}, {"15","138"}, {"16","131"}, {"17","130"}, {"18","1383"}, {"19","1384"}, {"20","1385"},
  };
  for(size_t i=0; i<sizeof aMap/sizeof aMap[0]; i++){
    size_t n = strlen(aMap[i].zFrom);
    if( strncmp(zCode, aMap[i].zFrom, n)==0 ) return aMap[i].zTo;
  }
  return zCode;
}

/* The speaker of a quotation in this sentence: the actor just after a speech
** verb ("said the secretary-general") or just before it ("Biden said"). */
/* "IRNA quoted Oil Minister Gholamreza Aqazadeh as saying": the one quoted
** is the speaker of the verb of saying at i, not the agency.  A mention
** index, or -1. */
static int quotedSpeaker(const Sent *s, int i){
  if( i<2 || !tokIs(&s->aTok[i-1], "as") ) return -1;
  int j = i-2;   /* past the name to its title */
  while( j>0 && s->aMenAt[j]<0 && s->aTok[j].eTag==TAG_NNP && j>i-6 ) j--;
  int k = s->aMenAt[j];
  if( k<0 || s->aMen[k].iEnd!=j+1 || !s->aMen[k].zCode[0] ) return -1;
  int g = s->aMen[k].iStart - 1;
  while( g>=0 && (s->aTok[g].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[g].eTag) || s->aTok[g].eTag==TAG_NNP) && s->aMenAt[g]<0 ) g--;
  if( g<0 || !lemIs(&s->aTok[g], "quote") ) return -1;
  return (int)(groupHead(s, &s->aMen[k]) - s->aMen);
}

static int findSpeaker(const Sent *s){
  for(int i=0; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( (t->flags & TOKF_INQUOTE) || !TAG_IS_VERB(t->eTag) || !inSet(t->zLemma, azSpeech) ) continue;
    int kQ = quotedSpeaker(s, i);
    if( kQ>=0 ) return kQ;
    /* after: "said the secretary-general of the alliance, Jens Stoltenberg"
    ** (but after "told" comes the one told: "told reporters") */
    int bTold = lemIs(t, "tell") || lemIs(t, "inform") || lemIs(t, "brief") || lemIs(t, "assure");
    if( bTold ){
      int k = findSubject(s, i, 0);
      if( k>=0 ) return k;
      continue;
    }
    for(int j=i+1; j<s->nTok && j<=i+12; j++){
      const Tok *u = &s->aTok[j];
      if( (u->flags & TOKF_PUNCT) && !tokIs(u, ",") ) break;
      /* (not past a clause of what is said: "stressed that the transfer
      ** was expected, and told reporters": reporters speak no quote) */
      if( tokIs(u, "that") || TAG_IS_FINITE(u->eTag) ) break;
      int k = s->aMenAt[j];
      if( k>=0 && s->aMen[k].zCode[0] ) return k;
    }
    for(int k=s->nMen-1; k>=0; k--){
      const Mention *m = &s->aMen[k];
      if( m->iEnd<=i && m->iEnd>=i-2 && m->zCode[0] && !(s->aTok[m->iStart].flags & TOKF_INQUOTE) ){
        /* (not past a name no dictionary knows, the one who speaks: "During
        ** his visit to Tokyo, Howard said") */
        int bName = 0;
        for(int j=m->iEnd; j<i; j++) if( s->aTok[j].eTag==TAG_NNP && s->aMenAt[j]<0 ) bName = 1;
        if( !bName ) return k;
      }
    }
  }
  return -1;
}

/* Emit zCode from every member of iSrc's group to every member of iTgt's
** (iTgt==iSrc: between the members of one group, pairwise). */
static int emitGroups(brink_coder *c, const Sent *s, int iSrc, int iTgt, const char *zCode){
  int gS = s->aMen[iSrc].iGroup, gT = s->aMen[iTgt].iGroup;
  for(int x=0; x<s->nMen; x++){
    if( s->aMen[x].iGroup!=gS ) continue;
    for(int y=0; y<s->nMen; y++){
      if( s->aMen[y].iGroup!=gT || y==x ) continue;
      int rc = emit(c, s, &s->aMen[x], &s->aMen[y], zCode, 0);
      if( rc ) return rc;
    }
  }
  return BRINK_OK;
}

/* A conditional promise is a threat: conflict actions keep their threat
** (futureCode gives 13x for them); withdrawing cooperation or aid threatens
** to reduce relations (131x); anything else is an unspecified threat (130). */
static const char *threatCode(const char *zCode){
  const char *z = futureCode(zCode);
  if( z[0]=='1' && z[1]=='3' ) return z;
  if( strncmp(zCode, "087", 3)==0 || strncmp(zCode, "16", 2)==0 ) return "131";
  return "130";
}

/* The subject of an "if" or "unless" clause after token i, in i's clause,
** when it is an actor other than iSrc's: "if the United States goes ahead"
** (the subject right after the conjunction, then its verb); -1 if none. */
static int conditionSubject(const Sent *s, int i, int iSrc){
  for(; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( tokIs(t, ";") || (t->flags & TOKF_QUOTE) ) return -1;
    if( !tokIs(t, "if") && !tokIs(t, "unless") ) continue;
    int j = i+1;
    if( j<s->nTok && s->aTok[j].eTag==TAG_DT && s->aMenAt[j]<0 ) j++;
    int k = j<s->nTok ? s->aMenAt[j] : -1;
    if( k<0 || s->aMen[k].iStart!=j || !s->aMen[k].zCode[0] ) return -1;
    int e = s->aMen[k].iEnd;
    while( e<s->nTok && (s->aTok[e].eTag==TAG_MD || s->aTok[e].eTag==TAG_RB) ) e++;
    if( e>=s->nTok || !TAG_IS_FINITE(s->aTok[e].eTag) ) return -1;
    if( s->aMen[k].iGroup==s->aMen[iSrc].iGroup || codesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) ) return -1;
    return (int)(groupHead(s, &s->aMen[k]) - s->aMen);
  }
  return -1;
}

/* ---- Appeals and demands ---------------------------------------------- */
enum { GOV_NONE = 0, GOV_APPEAL, GOV_DEMAND, GOV_HYPO };

/* CAMEO's appeal (02x) or demand (10x) code for asking someone to do an
** action with code zCode: "urged Russia to withdraw" (0874) is 0256,
** "demanded that Iran release" (084) is 1053.  bNot: "not to attack". */
static const char *askCode(int eGov, const char *zCode, int bNot){
  static const struct { const char *zFrom, *zAppeal, *zDemand; } aMap[] = {
    {"045","028","106"}, {"046","026","108"}, {"04","026","108"},
    {"061","0211","1011"}, {"062","0212","1012"}, {"063","0213","1013"}, {"064","0214","1014"},
    {"06","021","101"}, {"05","022","102"},
    {"071","0231","1031"}, {"072","0232","1032"}, {"073","0233","1033"}, {"074","0234","1034"},
    {"07","023","103"},
    {"081","0251","1051"}, {"083","0252","1052"}, {"084","0253","1053"}, {"085","0254","1054"},
    {"086","0255","1055"}, {"087","0256","1056"}, {"08","025","105"},
    {"037","027","107"}, {"038","028","106"}, {"036","026","108"},
  };
  int r = (zCode[0]-'0')*10 + (zCode[1]-'0');
  if( r>=14 && bNot ) return eGov==GOV_APPEAL ? "0256" : "1056";   /* "not to attack": de-escalate */
  if( bNot ) return 0;
  for(size_t i=0; i<sizeof aMap/sizeof aMap[0]; i++){
    size_t n = strlen(aMap[i].zFrom);
    if( strncmp(zCode, aMap[i].zFrom, n)==0 ) return eGov==GOV_APPEAL ? aMap[i].zAppeal : aMap[i].zDemand;
  }
  return eGov==GOV_APPEAL ? "020" : "100";
}

/* The one who says that the subject (mention iSubj) of the clause at
** anchor a did it: the subject of a verb of saying before it ("Chile said
** (that) Peru ...", "miners who have said it ...", "complained to GATT that
** Korea's plan ..."), or, for a subject that opens the sentence or a
** clause, the speaker named after it ("Peru ..., Chile said"); one of
** another country.  -1: no one says so; -2: someone does, but no actor of
** another country (an unknown name, or "it" taken for the sayer). */
static int reportedBy(const Sent *s, int iSubj, int a){
  static const char *const azSay[] = {"say","charge","claim","allege","complain","assert","contend",
    "insist","argue",0};
  const Mention *m = &s->aMen[iSubj];
  int j = m->iStart - 1, k = -1, v = -1, bThat = 0;
  if( m->iStart>a ) return -1;               /* (a subject found after the verb) */
  while( j>=0 && s->aMenAt[j]<0 && (tokIs(&s->aTok[j], "that") || s->aTok[j].eTag==TAG_DT
         || s->aTok[j].eTag==TAG_PRPS) ){
    bThat |= tokIs(&s->aTok[j], "that");
    j--;
  }
  if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azSay) ) v = j;
  for(int i=j; bThat && v<0 && i>=0 && i>=j-12; i--){
    if( tokIs(&s->aTok[i], ";") ) break;
    if( TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azSay) ) v = i;
  }
  if( v>=0 ){
    k = findSubject(s, v, (s->aTok[v].flags & TOKF_INQUOTE)!=0);
    if( k==-1 ) return -1;
  }else if( !bThat && (j<0 || tokIs(&s->aTok[j], ",")) && s->iSpeaker>=0 && s->aMen[s->iSpeaker].iStart>a ){
    k = s->iSpeaker;
  }else{
    return -1;
  }
  if( k<0 || k==iSubj || !s->aMen[k].zCode[0] || !m->zCode[0] ) return -2;
  if( strncmp(s->aMen[k].zCode, m->zCode, 3)==0 ) return -2;
  return k;
}

/* Is the action at anchor a asked of someone?  "asked Russia to withdraw",
** "called on Iran to release", "demanded that the US cancel", "said Sudan
** must return".  Returns GOV_* and sets the asker (*piSrc, a mention) and
** the one asked (*piTgt); *pbNot for "not to".  iSubj is the action's
** subject mention or -1. */
static int governor(const Sent *s, int a, int iSubj, int *piSrc, int *piTgt, int *pbNot, int *piGov){
  static const char *const azAppeal[] = {"ask","urge","press","implore","encourage","invite",
    "advise","request","appeal","call","beg","exhort","want",0};
  static const char *const azDemand[] = {"demand","order","insist","instruct","require","force",
    "compel","tell","warn",0};
  *pbNot = 0;
  *piGov = -1;
  int i = a-1;
  while( i>=0 && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, azNeg) ) i--;
  /* (1) "V M to B", "V M not to B" */
  if( i>=1 && tokIs(&s->aTok[i], "to") ){
    int iEnd = i;
    if( tokIs(&s->aTok[i-1], "not") || tokIs(&s->aTok[i-1], "never") ){ *pbNot = 1; iEnd = i-1; }
    int k = iEnd>0 ? s->aMenAt[iEnd-1] : -1;
    if( k>=0 && s->aMen[k].iEnd==iEnd && s->aMen[k].zCode[0] ){
      int g = s->aMen[k].iStart - 1;
      /* words the dictionaries do not know before the asked: "encouraged
      ** Kurdish rebels to", "urged the rebel leaders to" */
      for(int x=0; x<3 && g>=1 && s->aMenAt[g]<0 && (s->aTok[g].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[g].eTag)
          || s->aTok[g].eTag==TAG_NNP || s->aTok[g].eTag==TAG_CD); x++) g--;
      /* ... and a first conjunct no dictionary knows: "asked Union Carbide
      ** Corp and the Indian government to" */
      if( g>=2 && tokIs(&s->aTok[g], "and") ){
        int h = g-1;
        /* (past a Reuters ticker: "Union Carbide Corp <UK> and") */
        if( h>=3 && tokIs(&s->aTok[h], ">") && tokIs(&s->aTok[h-2], "<") ) h -= 3;
        if( s->aTok[h].eTag!=TAG_NNP || s->aMenAt[h]>=0 ) h = 0;
        int g0 = h;
        while( h>0 && h>=g0-5 && s->aTok[h].eTag==TAG_NNP && s->aMenAt[h]<0 ) h--;
        if( h>0 && TAG_IS_VERB(s->aTok[h].eTag) ) g = h;
      }
      if( g>=1 && (tokIs(&s->aTok[g], "on") || tokIs(&s->aTok[g], "upon") || tokIs(&s->aTok[g], "to")) ) g--;
      if( g>=0 && TAG_IS_VERB(s->aTok[g].eTag) ){
        int e = inSet(s->aTok[g].zLemma, azAppeal) ? GOV_APPEAL : inSet(s->aTok[g].zLemma, azDemand) ? GOV_DEMAND : 0;
        if( e ){
          /* "King Fahd may ask Britain to restore ties": an appeal that may
          ** come is none yet, nor is the act asked for (tenth review #39) */
          for(int h=g-1; h>=0 && h>=g-2; h--){
            if( tokIs(&s->aTok[h], "may") || tokIs(&s->aTok[h], "might") || tokIs(&s->aTok[h], "could") ) return GOV_HYPO;
            /* ... nor is one still to be made: "will urge Tokyo to",
            ** "planned to urge Delors to" (twentieth to twenty-second
            ** reviews; the appeal's own pattern is dropped alike) */
            if( e==GOV_APPEAL && (tokIs(&s->aTok[h], "will") || tokIs(&s->aTok[h], "'ll") || tokIs(&s->aTok[h], "shall")
                || tokIs(&s->aTok[h], "would")
                || (tokIs(&s->aTok[h], "to") && h>=1 && TAG_IS_VERB(s->aTok[h-1].eTag)
                    && (lemIs(&s->aTok[h-1], "plan") || lemIs(&s->aTok[h-1], "intend")
                        || lemIs(&s->aTok[h-1], "be")))) ) return GOV_HYPO;
            if( s->aTok[h].eTag!=TAG_RB ) break;
          }
          /* ... nor one that is itself a purpose or an infinitive ("had done
          ** this to encourage Kurdish rebels to support its troops",
          ** twenty-fourth review #14): no appeal made */
          if( g>=1 && tokIs(&s->aTok[g-1], "to") && s->aTok[g].eTag==TAG_VB ) return GOV_HYPO;
          int iSrc = findSubject(s, g, (s->aTok[g].flags & TOKF_INQUOTE)!=0);
          if( iSrc<0 ) iSrc = s->iSpeaker;
          /* (asked by one no dictionary knows, the act is still only asked:
          ** "A judge asked Union Carbide and the Indian government to agree
          ** on compensation" is no agreement) */
          if( iSrc<0 ) return GOV_HYPO;
          *piSrc = iSrc; *piTgt = (int)(groupHead(s, &s->aMen[k]) - s->aMen);
          *piGov = g;
          return e;
        }
      }
    }
  }
  if( iSubj<0 ) return GOV_NONE;
  const Mention *m = &s->aMen[iSubj];
  /* (2) "demanded that M B", "urged that M should B"; and the noun:
  ** "reiterated its demand today that Israel ease", "a call that" */
  int j = m->iStart - 1;
  /* (its determiners: "demanded that its partners refuse") */
  for(int x=0; x<3 && j>=1 && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_DT || s->aTok[j].eTag==TAG_PRPS
      || TAG_IS_ADJ(s->aTok[j].eTag)) && !tokIs(&s->aTok[j], "that"); x++) j--;
  if( j>=0 && tokIs(&s->aTok[j], "that") && j>=1 ){
    static const char *const azDemandN[] = {"demand","insistence","ultimatum",0};
    static const char *const azAppealN[] = {"appeal","call","request","plea",0};
    int jg = j-1;
    while( jg>0 && jg>=j-3 && timeAdjunctStart(s, jg)>=0 ) jg = timeAdjunctStart(s, jg) - 1;
    const Tok *g = &s->aTok[jg];
    int e = 0;
    if( TAG_IS_VERB(g->eTag) && jg==j-1 ){
      e = inSet(g->zLemma, azDemand) ? GOV_DEMAND : inSet(g->zLemma, azAppeal) ? GOV_APPEAL : 0;
    }else if( TAG_IS_NOUN(g->eTag) && g->eTag!=TAG_NNP ){
      e = inSet(g->zLemma, azDemandN) ? GOV_DEMAND : inSet(g->zLemma, azAppealN) ? GOV_APPEAL : 0;
    }
    if( e ){
      int iSrc = findSubject(s, jg, (g->flags & TOKF_INQUOTE)!=0);
      if( iSrc<0 ) iSrc = s->iSpeaker;
      if( iSrc<0 ) return GOV_HYPO;
      if( iSrc==iSubj ) return GOV_NONE;
      *piSrc = iSrc; *piTgt = iSubj;
      *piGov = jg;
      return e;
    }
  }
  /* (2b) "would insist Japan open its markets", "demanded Iraq withdraw":
  ** "that" left out; the asked act in the subjunctive (a bare verb, no
  ** "opens" or "opened") says it is asked, not done */
  if( j>=1 && TAG_IS_VERB(s->aTok[j].eTag) && (lemIs(&s->aTok[j], "insist") || lemIs(&s->aTok[j], "demand"))
      && (s->aTok[a].eTag==TAG_VB || s->aTok[a].eTag==TAG_VBP) && !(m->flags & MF_PRONOUN) ){
    int q = m->iEnd;
    while( q<a && s->aTok[q].eTag==TAG_RB && !inSet(s->aTok[q].zLow, azNeg) ) q++;
    int iSrc = q==a ? findSubject(s, j, (s->aTok[j].flags & TOKF_INQUOTE)!=0) : -1;
    if( q==a && iSrc<0 ) iSrc = s->iSpeaker;
    if( q==a && iSrc>=0 && iSrc!=iSubj ){
      *piSrc = iSrc; *piTgt = iSubj;
      *piGov = j;
      return GOV_DEMAND;
    }
  }
  /* (3) "said Sudan must return": obligation in a reported clause */
  for(int q=m->iEnd; q<a; q++){
    const Tok *t = &s->aTok[q];
    if( tokIs(t, "must") || tokIs(t, "should") || (tokIs(t, "ought")) ){
      /* ("should have opened its markets years ago": a reproach of the
      ** past, no appeal; thirty-seventh review #50) */
      if( q+2<s->nTok && tokIs(&s->aTok[q+1], "have") && s->aTok[q+2].eTag==TAG_VBN ) break;
      /* ("must" demands; "should" and "ought" advise, an appeal at most:
      ** "the OECD said Sweden should now make an effort", thirty-first
      ** review #41, thirty-third #73) */
      int eOblige = tokIs(t, "must") ? GOV_DEMAND : GOV_APPEAL;
      /* (the speaker before the subject, or after a quotation the subject
      ** is in: '"Peru must withdraw," said Chile's foreign minister') */
      if( s->iSpeaker>=0 && s->iSpeaker!=iSubj && (s->aMen[s->iSpeaker].iStart < m->iStart
          || ((s->aTok[m->iStart].flags & TOKF_INQUOTE) && !(s->aTok[s->aMen[s->iSpeaker].iStart].flags & TOKF_INQUOTE))) ){
        *piSrc = s->iSpeaker; *piTgt = iSubj;
        *piGov = q;
        return eOblige;
      }
      /* "X said Y must": the speaker may be the sentence's subject before "said" */
      for(int v=m->iStart-1; v>=0; v--){
        if( TAG_IS_VERB(s->aTok[v].eTag) && lemIs(&s->aTok[v], "say") ){
          int iSrc = findSubject(s, v, 0);
          if( iSrc>=0 && iSrc!=iSubj ){ *piSrc = iSrc; *piTgt = iSubj; *piGov = v; return eOblige; }
          break;
        }
      }
      return GOV_NONE;
    }
  }
  return GOV_NONE;
}

/* Force that no one is named behind: "a roadside bombing killed one U.S.
** soldier", "three civilians were killed in a car bombing".  News reports
** these every day, and GDELT and PLOVER carry them with an empty source;
** brink does too, for the use of force (18-20) by a verb, with its target
** named and an attack word in the sentence (an accident is no event).
** Only for brink's own dictionaries, and only for a plain report (not
** negated, hypothetical or intended). */
static int emitUnattributed(brink_coder *c, Sent *s, const char *zCode, int a, int iTgt, int iFrom, int bPassive,
                            int bSlot){
  /* attack nouns; not "explosion", "blast" or "rocket", which factory
  ** accidents and satellite launches have too */
  static const char *const azCue[] = {"bomb","bombing","attack","shelling","airstrike",
    "ambush","minefield","landmine","mortar","grenade","gunfire","shooting","raid","ied",
    "sniper","gunman","gunmen","bomber","assailant","attacker",0};
  const Tok *t = &s->aTok[a];
  /* a verb, or a pattern that names the victim itself ("roadside bomb
  ** killed +") */
  if( c->pEng->bPeerVerbs || !(TAG_IS_VERB(t->eTag) || bSlot) ) return BRINK_OK;
  int iRoot = (zCode[0]-'0')*10 + (zCode[1]-'0');
  if( iRoot<18 || iRoot>20 ) return BRINK_OK;
  int bCue = 0;
  for(int i=0; i<s->nTok && !bCue; i++){
    bCue = i!=a && TAG_IS_NOUN(s->aTok[i].eTag) && (inSet(s->aTok[i].zLemma, azCue) || inSet(s->aTok[i].zLow, azCue));
  }
  if( !bCue ) return BRINK_OK;
  if( iTgt<0 && !bPassive ){
    /* the verb's object: the first actor after it, before any preposition */
    for(int i=a+1; i<s->nTok && i<=a+6 && iTgt<0; i++){
      int k = s->aMenAt[i];
      if( k<0 && (s->aTok[i].eTag==TAG_IN || TAG_IS_VERB(s->aTok[i].eTag) || (s->aTok[i].flags & TOKF_PUNCT)) ) break;
      if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) iTgt = k;
    }
  }
  /* the speaker ("..., police said") is no victim */
  if( iTgt<0 || iTgt==s->iSpeaker || framing(s, iFrom, a)!=FR_NONE ) return BRINK_OK;
  Mention mS;
  memset(&mS, 0, sizeof mS);
  mS.iStart = mS.iEnd = a;
  mS.zCode = ""; mS.zText = "";
  mS.flags = MF_NOSOURCE;
  mS.iGroup = -1;
  int gT = s->aMen[iTgt].iGroup;
  for(int y=0; y<s->nMen; y++){
    if( s->aMen[y].iGroup!=gT ) continue;
    size_t nBefore = c->nEv;
    int rc = emit(c, s, &mS, &s->aMen[y], zCode, 0);
    if( rc ) return rc;
    /* CAMEO's unidentified armed forces of the country where it happened,
    ** when the story says where ("a roadside bombing near Samarra":
    ** IRQUAF); a place guessed from the actors says nothing of who did it */
    brink_event *e = c->nEv>nBefore ? &c->aEv[c->nEv-1] : 0;
    const brink_location *L = e ? e->pLocation : 0;
    if( e && !e->zSource[0] && L && L->zCountry && strlen(L->zCountry)==3 && L->zHow && strcmp(L->zHow, "actor")!=0 ){
      char zU[8];
      snprintf(zU, sizeof zU, "%sUAF", L->zCountry);
      e->zSource = brinkArenaStrndup(&c->arena, zU, 6);
      if( !e->zSource ) return BRINK_ENOMEM;
      /* a retelling of an attack the story has told is one more mention */
      for(size_t i=0; i+1<c->nEv; i++){
        brink_event *o = &c->aEv[i];
        if( strcmp(o->zSource, e->zSource)==0 && strcmp(o->zTarget, e->zTarget)==0
            && strcmp(o->zCode, e->zCode)==0 && o->bNegated==e->bNegated ){
          o->nMention++;
          c->nEv--;
          c->stats.nEvent--;
          break;
        }
      }
    }
  }
  return BRINK_OK;
}

/* Does "that" at token i, after a pattern match that ends at iEnd, open the
** clause whose subject the pattern's action is addressed to ("expressed
** hopes on Thursday that Osgiliath ...", as the peer coders read it)?  A
** time adjunct may come between. */
static int thatOpensTarget(const Sent *s, int iEnd, int i){
  if( i==iEnd ) return 1;
  if( i>iEnd ){
    int j = timeAdjunctStart(s, i-1);
    return j>=iEnd && j<=iEnd+1;
  }
  return 0;
}

/* TABARI's comma-delimited clauses: a stretch between two commas of
** MIN..MAX words, one from the last comma to the end of EMIN..EMAX words,
** or one from the start to the first comma of BMIN..BMAX words, is an
** aside ("Gollum, centre of a diplomatic row, called on ...", "..., a
** senior official said"): its actors and verbs are not coded.  Commas
** that separate the members of a compound ("A, B and C") make none. */
static void dropCommaClauses(brink_coder *c, Sent *s){
  int aAt[64], n = 0;
  for(int i=0; i<s->nTok && n<62; i++) if( tokIs(&s->aTok[i], ",") ) aAt[n++] = i;
  if( n==0 ) return;
  int nEnd = s->nTok;
  while( nEnd>0 && (s->aTok[nEnd-1].flags & TOKF_PUNCT) ) nEnd--;
  uint8_t aGone[64];           /* comma x bounds a dropped internal clause */
  memset(aGone, 0, sizeof aGone);
  int bDrop = 0;
  /* internal clauses first; the commas of a dropped one are gone, so the
  ** terminal and initial clauses are read from the commas left */
  for(int pass=0; pass<3; pass++){
    for(int x=(pass==0 ? 0 : -1); x<n; x++){
      int i0, i1;
      const int *r;
      if( pass==0 ){
        if( x+1>=n ) break;
        i0 = aAt[x]+1; i1 = aAt[x+1]; r = &c->aComma[0];
      }else if( pass==1 ){
        int xl = n-1;
        while( xl>=0 && aGone[xl] ) xl--;
        if( xl<0 ) break;
        i0 = aAt[xl]+1; i1 = nEnd; r = &c->aComma[2]; x = n;
      }else{
        int xf = 0;
        while( xf<n && aGone[xf] ) xf++;
        if( xf>=n ) break;
        i0 = 0; i1 = aAt[xf]; r = &c->aComma[4]; x = n;
      }
      int nWord = 0;
      for(int i=i0; i<i1; i++){
        if( !s->aUsed[i] && !(s->aTok[i].flags & TOKF_PUNCT) && !tokIs(&s->aTok[i], "'s") ) nWord++;
      }
      if( nWord<r[0] || nWord>r[1] ) continue;
      /* a compound's member is no aside */
      int bCompound = 0;
      for(int k=0; k<s->nMen && !bCompound; k++){
        const Mention *m = &s->aMen[k];
        if( m->iStart<i0 || m->iStart>=i1 ) continue;
        for(int j=0; j<s->nMen; j++){
          if( s->aMen[j].iGroup==m->iGroup && (s->aMen[j].iStart<i0 || s->aMen[j].iStart>=i1) ){ bCompound = 1; break; }
        }
      }
      if( bCompound ) continue;
      for(int i=i0; i<i1; i++) s->aUsed[i] = 1;
      if( pass==0 ){ aGone[x] = aGone[x+1] = 1; }
      bDrop = 1;
      for(int k=0; k<s->nMen; k++){
        if( s->aMen[k].iStart>=i0 && s->aMen[k].iStart<i1 ){ menRemove(s, k); k--; }
      }
    }
  }
  if( !bDrop ) return;
  for(int i=0; i<s->nTok; i++) s->aMenAt[i] = -1;
  for(int k=0; k<s->nMen; k++){
    for(int i=s->aMen[k].iStart; i<s->aMen[k].iEnd; i++) s->aMenAt[i] = k;
  }
}

/* Does token i end a clause and open the next?  ';', "but", "whereas", or
** an "and"/"or" followed by a verb ("and promised") or by an actor and its
** verb ("and Gondor asked").  (Inline: the word-list bits reject most
** tokens without a call; clauseBreakAt() has the rules.) */
static int clauseBreakAt(const Sent *s, int i);
static inline int clauseBreak(const Sent *s, int i){
  return (s->aLists[i] & WL_BREAK) && clauseBreakAt(s, i);
}
static int clauseBreakAt(const Sent *s, int i){
  const Tok *u = &s->aTok[i];
  if( tokIs(u, ";") || tokIs(u, "but") || tokIs(u, "whereas") ) return 1;
  if( (tokIs(u, "and") || tokIs(u, "or")) && i+1<s->nTok ){
    /* "and promised aid", "and then asked": a verb of its own */
    int j = i+1;
    if( j+1<s->nTok && s->aTok[j].eTag==TAG_RB ) j++;
    if( TAG_IS_VERB(s->aTok[j].eTag) && s->aTok[j].eTag!=TAG_VBG ) return 1;
    int k = s->aMenAt[j];
    int kPrev = i>0 ? s->aMenAt[i-1] : -1;
    if( k>=0 && s->aMen[k].iStart==j && s->aMen[k].iEnd<s->nTok
        && !(kPrev>=0 && s->aMen[kPrev].iGroup==s->aMen[k].iGroup)     /* not "A and B" */
        && (TAG_IS_VERB(s->aTok[s->aMen[k].iEnd].eTag) || s->aTok[s->aMen[k].iEnd].eTag==TAG_MD) ) return 1;
  }
  return 0;
}

/* A mention of code zCode at anchor a that no word names (TABARI's default
** source or target).  Returns its index, or -2 on OOM. */
static int defaultMention(brink_coder *c, Sent *s, int a, const char *zCode){
  Mention *m = menPush(c, s);
  if( !m ) return -2;
  m->iStart = m->iEnd = a;
  m->zCode = brinkArenaStrndup(&c->arena, zCode, strlen(zCode));
  m->zText = "";
  if( !m->zCode ) return -2;
  return s->nMen-1;
}

/* A copy of mention k in a group of its own (one member of a compound
** taken alone).  Returns its index, or -2 on OOM. */
static int soloMention(brink_coder *c, Sent *s, int k){
  Mention *m = menPush(c, s);
  if( !m ) return -2;
  *m = s->aMen[k];
  m->iGroup = s->nGroupSeq++;   /* no other mention has it */
  return s->nMen-1;
}

/* TABARI's COMPLEX filter: a sentence with VERBS[n] verbs or CONJ[m]
** conjunctions or more is too complex to code.  A verb is a word that
** anchors some verb pattern, read as a verb (not after a determiner); a
** conjunction is "and", "or" or "but" that does not join two actors of
** one compound. */
static int isComplex(const brink_coder *c, const Sent *s){
  int nVerb = 0, nConj = 0;
  for(int i=0; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( tokIs(t, "and") || tokIs(t, "or") || tokIs(t, "but") ){
      int kA = i>0 ? s->aMenAt[i-1] : -1, kB = i+1<s->nTok ? s->aMenAt[i+1] : -1;
      if( kA<0 && i>1 && tokIs(&s->aTok[i-1], ",") ) kA = s->aMenAt[i-2];
      if( kB>=0 && i+2<s->nTok && tokIs(&s->aTok[i+1], "the") ) kB = s->aMenAt[i+2];
      if( !(kA>=0 && kB>=0 && s->aMen[kA].iGroup==s->aMen[kB].iGroup) ) nConj++;
      continue;
    }
    if( !TAG_IS_VERB(t->eTag) || (s->aMenAt[i]>=0 && s->aMen[s->aMenAt[i]].zCode[0]) ) continue;
    if( i>0 && s->aTok[i-1].eTag==TAG_DT ) continue;
    int32_t aw[4] = { s->aIdLow[i], s->aIdLem[i], s->aIdStem[i], s->aIdStem2[i] };
    for(int x=0; x<4; x++){
      uint32_t n = 0;
      if( aw[x]>=0 ) brinkDictPatternsFor(c->pDict, aw[x], &n);
      if( n ){ nVerb++; break; }
    }
  }
  return (c->nMaxVerbs>0 && nVerb>=c->nMaxVerbs) || (c->nMaxConj>0 && nConj>=c->nMaxConj);
}

/* Verbs of going on, whose gerund is the clause's verb ("kept attacking"). */
static const char *const azGoOn[] = {"keep","continue","begin","start","resume",0};

/* The country where the act at token a takes place, as "XXXGOV": the first
** place after "in", "at", "outside" or "near" in the ten tokens after a, in
** its clause (a country, a capital or a city the gazetteer places in one
** country), before any actor that is not a place; a string in the coder's
** arena, or NULL. */
static const char *placeAfter(brink_coder *c, const Sent *s, int a){
  static const char *const azAt[] = {"in","at","outside","near","throughout","across",0};
  static const char *const azStop[] = {";",",","that","which","who","because","while","against",
    "after","before","when","but","and","to","over","for",0};
  for(int i=a+1; i<s->nTok && i<=a+10; i++){
    const Tok *t = &s->aTok[i];
    if( inSet(t->zLow, azStop) ) break;
    int k = s->aMenAt[i];
    if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] && !inSet(s->aTok[i-1].zLow, azAt) ) break;
    if( !inSet(t->zLow, azAt) ) continue;
    int j = i+1;
    /* (past a kind: "in the capital Nairobi") */
    while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN)
           && !(s->aTok[j].flags & TOKF_CAP) && !inSet(s->aTok[j].zLow, azAt) ) j++;
    if( j>=s->nTok ) break;
    /* (a building first: "at a jail in Dili" goes on to "in") */
    if( !(s->aTok[j].flags & TOKF_CAP) || timeAdjunctStart(s, j)>=0 ) continue;   /* (not "in March") */
    const char *zC = 0;
    int m = s->aMenAt[j], iEnd;
    if( m>=0 && s->aMen[m].iStart==j && strlen(s->aMen[m].zCode)==3 && (s->aMen[m].flags & ACTF_STATE) ){
      zC = s->aMen[m].zCode;
    }else{
      zC = placeCountry(c, s, j, &iEnd);    /* (a capital coded as its government too) */
    }
    if( !zC || strncmp(zC, "IGO", 3)==0 || strncmp(zC, "NGO", 3)==0 ) return 0;
    char zG[8] = { zC[0], zC[1], zC[2], 'G', 'O', 'V', 0 };
    return brinkArenaStrndup(&c->arena, zG, 6);
  }
  return 0;
}

/* "warned that the defence of prices had caused hardship", "warned that
** the tax could hit poor countries": a warning to no one named (or made
** in a report: "warned Israel in a report that"), whose
** "that" clause tells of something done (a perfect or a past tense other
** than "be") or sets no condition ("if", "unless"), reports or foretells;
** it threatens no one, and an actor inside the clause is no one warned.
** a is the anchor. */
static int warnsNoThreat(const Sent *s, int a){
  if( !lemIs(&s->aTok[a], "warn") ) return 0;
  /* "warned that"; and "warned Israel in a report that": a finding
  ** addressed to someone (seventh review #10) */
  static const char *const azFinding[] = {"report","study","survey","review","assessment",0};
  int iThat = a+1, bFinding = 0;
  while( iThat<s->nTok && iThat<=a+8 && !tokIs(&s->aTok[iThat], "that") && !TAG_IS_VERB(s->aTok[iThat].eTag)
         && !(s->aTok[iThat].flags & TOKF_PUNCT) ){
    bFinding |= inSet(s->aTok[iThat].zLemma, azFinding);
    iThat++;
  }
  if( iThat>=s->nTok || !tokIs(&s->aTok[iThat], "that") || (iThat>a+1 && !bFinding) ) return 0;
  int bIf = 0, iVerb = -1;
  for(int j=iThat+1; j<s->nTok; j++){
    const Tok *t = &s->aTok[j];
    if( tokIs(t, "if") || tokIs(t, "unless") ) bIf = 1;
    if( iVerb<0 && TAG_IS_VERB(t->eTag) ) iVerb = j;
  }
  if( iVerb<0 ) return 0;
  if( !bIf ){
    /* ... but "warned that Russia would face severe consequences" warns
    ** the actor that is the clause's subject of what will befall it
    ** (not "warning that they could turn violent", a forecast) */
    static const char *const azBefall[] = {"face","pay","suffer","incur","consequence","retaliation",
      "response","sanction","punishment","punish","price","retaliate","respond","reprisal",0};
    int bActor = 0, bModal = 0, bBefall = 0;
    for(int j=iThat+1; j<iVerb; j++){
      if( s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0] ) bActor = 1;
      if( s->aTok[j].eTag==TAG_MD ) bModal = 1;
    }
    for(int j=iVerb; j<s->nTok && j<iVerb+8 && !tokIs(&s->aTok[j], ";"); j++){
      if( inSet(s->aTok[j].zLemma, azBefall) ) bBefall = 1;
    }
    return !(bActor && bModal && bBefall);
  }
  const Tok *v = &s->aTok[iVerb];
  if( lemIs(v, "have") && v->eTag!=TAG_VB ){
    int k = iVerb+1;
    while( k<s->nTok && s->aTok[k].eTag==TAG_RB ) k++;
    return k<s->nTok && s->aTok[k].eTag==TAG_VBN && !tokIs(&s->aTok[k], "been");
  }
  return v->eTag==TAG_VBD && !lemIs(v, "be");
}

/* "a car bomb exploded ..., injuring 30 people", "a bomb blast killed
** two": harm done by a bomb named before the verb is a bombing (183), not
** conventional force.  a is the anchor of a 190 event. */
static const char *bombCode(const brink_coder *c, const Sent *s, int a, const char *zCode){
  static const char *const azHarm[] = {"kill","injure","wound","hurt",0};
  /* (nouns only: "jets bombed ..., killing" and "bombing raids" are air
  ** strikes, 195) */
  static const char *const azBomb[] = {"bomb","bombs","blast","blasts","explosion","explosions",
    "explosives","grenade","grenades",0};
  if( c->pEng->bPeerVerbs || strcmp(zCode, "190")!=0 || !inSet(s->aTok[a].zLemma, azHarm) ) return zCode;
  for(int i=a-1; i>=0 && i>=a-25; i--){
    if( tokIs(&s->aTok[i], ";") ) break;
    if( inSet(s->aTok[i].zLow, azBomb) && TAG_IS_NOUN(s->aTok[i].eTag) ) return "183";
  }
  return zCode;
}

/* "The U.S. has already imposed higher tariffs", "Brazil has already
** frozen the lines": "already" with a perfect tells a step taken before the
** news, as background to it (fortieth review #72, four more in the reviews'
** rejected list), unless the sentence names the day; not force ("has
** already attacked" in a war is news), nor a promise still to be kept ("has
** already agreed to lend Ecuador five mln barrels" is news of help to come). */
static int alreadyDone(const Sent *s, int a, const char *zCode){
  if( s->aTok[a].eTag!=TAG_VBN || a<2 || !tokIs(&s->aTok[a-1], "already") ) return 0;
  if( !lemIs(&s->aTok[a-2], "have") && !tokIs(&s->aTok[a-2], "'s") ) return 0;
  if( strncmp(zCode, "18", 2)>=0 ) return 0;
  if( lemIs(&s->aTok[a], "agree") && a+1<s->nTok && tokIs(&s->aTok[a+1], "to") ) return 0;
  return !brinkSaysNow(s->aTok, s->nTok);
}

/* "Kuwait has backed Iraq in the seven-year war against Iran", "the
** emirate's backing for Iraq in the Gulf war": support in a war is a side
** taken for its length, a standing state told as background, no act of the
** day (rejected by the eighth, twenty-fourth and later reviews). */
static int supportInWar(const Sent *s, int a, const char *zCode){
  static const char *const azSupport[] = {"back","backing","support","side",0};
  static const char *const azWar[] = {"war","conflict","fighting","struggle",0};
  if( strncmp(zCode, "05", 2)!=0 || !inSet(s->aTok[a].zLemma, azSupport) ) return 0;
  for(int i=a+1; i+1<s->nTok && i<=a+8; i++){
    if( tokIs(&s->aTok[i], ",") || tokIs(&s->aTok[i], ";") || TAG_IS_FINITE(s->aTok[i].eTag) ) break;
    if( !tokIs(&s->aTok[i], "in") || !tokIs(&s->aTok[i+1], "the") ) continue;
    for(int j=i+2; j<s->nTok && j<=i+5; j++){
      if( inSet(s->aTok[j].zLow, azWar) ) return 1;
      if( !(TAG_IS_NOUN(s->aTok[j].eTag) || TAG_IS_ADJ(s->aTok[j].eTag) || (s->aTok[j].flags & (TOKF_NUM|TOKF_HYPHEN))) ) break;
    }
  }
  return 0;
}

/* Is the act at anchor a, whose match ends at iEnd, told of a time long
** past?  "signed the accord in 1983", "agreed in September 1985 to": a year
** long past, next to the event in its own clause, makes it history (brink's
** own dictionaries; peer coders have no such rule). */
static int pastClause(brink_coder *c, const Sent *s, int a, int iEnd){
  int i0 = a, i1 = iEnd;
  while( i0>0 && i0>a-6 && !tokIs(&s->aTok[i0-1], ",") ) i0--;
  /* ("passed a textile bill two years ago, but it was vetoed": a
  ** pronoun going on with the clause before is of its time) */
  if( i0>=2 && i0+1<a && tokIs(&s->aTok[i0-1], ",") && (tokIs(&s->aTok[i0], "but") || tokIs(&s->aTok[i0], "and"))
      && (tokIs(&s->aTok[i0+1], "it") || tokIs(&s->aTok[i0+1], "they")) ){
    int k = i0-2;
    while( k>0 && k>i0-16 && !tokIs(&s->aTok[k-1], ",") && !tokIs(&s->aTok[k-1], ";") ) k--;
    i0 = k;
  }
  /* (", forcing them to take a circuitous route": a participle after a
  ** comma goes on with the clause before it, and is of its time) */
  if( i0==a && i0>=2 && tokIs(&s->aTok[i0-1], ",") && s->aTok[a].eTag==TAG_VBG ){
    int k = i0-2;
    while( k>0 && k>i0-30 && !tokIs(&s->aTok[k-1], ",") && !tokIs(&s->aTok[k-1], ";") ) k--;
    i0 = k;
  }
  /* ("During the U.S. bombing of Libya last April, France refused": a
  ** fronted adverbial with no verb of its own dates the clause after it;
  ** not "After two sessions last August, they agreed": what follows
  ** "after" comes later) */
  if( i0>=2 && tokIs(&s->aTok[i0-1], ",") && (tokIs(&s->aTok[0], "during") || tokIs(&s->aTok[0], "in")
      || tokIs(&s->aTok[0], "at") || tokIs(&s->aTok[0], "on")) ){
    int bVerb = 0;
    for(int k=1; k<i0-1 && !bVerb; k++){
      bVerb = TAG_IS_FINITE(s->aTok[k].eTag) || s->aTok[k].eTag==TAG_MD || tokIs(&s->aTok[k], ",");
    }
    if( !bVerb ) i0 = 0;
  }
  while( i1<s->nTok && i1<iEnd+6 && !tokIs(&s->aTok[i1], ",") ) i1++;
  /* ... and on to the clause's end while no verb or clause word comes:
  ** "resigned as head of the National Security Council last November"
  ** (the reviews' and the census's retold acts) */
  if( i1==iEnd+6 && !c->pEng->bPeerVerbs ){
    static const char *const azStop[] = {"that","which","who","whom","whose","when","where","after","before",
      "because","while","if","although","though","and","but","since","following","from","between",
      "than","to",";",":","(",",",0};
    int k = iEnd>a ? iEnd : a+1;
    while( k<s->nTok && k<iEnd+16 && !TAG_IS_VERB(s->aTok[k].eTag) && s->aTok[k].eTag!=TAG_MD ){
      /* (an abbreviation in brackets goes on with the clause: "the
      ** National Security Council (NSC) last November") */
      if( tokIs(&s->aTok[k], "(") && k+2<s->nTok && tokIs(&s->aTok[k+2], ")") ){ k += 3; continue; }
      if( inSet(s->aTok[k].zLow, azStop) ) break;
      k++;
    }
    if( k>i1 ) i1 = k;
  }
  /* ... past an appositive between commas, which names and does not
  ** end the clause: "launched a major offensive, codenamed Karbala-5,
  ** towards Basra in January" */
  if( i1<s->nTok && tokIs(&s->aTok[i1], ",") && !c->pEng->bPeerVerbs ){
    int k = i1+1, bFinite = 0;
    while( k<s->nTok && k<=i1+5 && !tokIs(&s->aTok[k], ",") ){
      if( TAG_IS_FINITE(s->aTok[k].eTag) || s->aTok[k].eTag==TAG_MD || tokIs(&s->aTok[k], "and") ) bFinite = 1;
      k++;
    }
    if( k<s->nTok && k>i1+1 && tokIs(&s->aTok[k], ",") && !bFinite ){
      int iStop = k+12;
      i1 = k+1;
      while( i1<s->nTok && i1<iStop && !tokIs(&s->aTok[i1], ",") ) i1++;
    }
  }
  /* "agreed to help OPEC ... after he visited them on OPEC's behalf
  ** earlier this year": what came after a visit of months ago is not told
  ** as news of the day either (thirty-seventh review #25, rejected by
  ** eleven reviews) */
  /* (a past act, and a clause with its own past verb after "after": not
  ** "the second meeting after a first session in May last year") */
  for(int i=iEnd; i<s->nTok && !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VBD; i++){
    if( tokIs(&s->aTok[i], ";") ) break;
    if( !tokIs(&s->aTok[i], "after") ) continue;
    /* (an act dated in its own clause is of that day: "Chile signed a pact
    ** with Peru today, after Peru rejected a draft last year") */
    if( i>i0 && brinkSaysNow(s->aTok+i0, i-i0) ) break;
    int bPastVerb = 0;
    for(int k=i+1; k+2<s->nTok && k<=i+16; k++){
      if( tokIs(&s->aTok[k], ";") ) break;
      if( s->aTok[k].eTag==TAG_VBD ) bPastVerb = 1;
      if( bPastVerb && ((tokIs(&s->aTok[k], "earlier") && tokIs(&s->aTok[k+1], "this") && tokIs(&s->aTok[k+2], "year"))
          || (tokIs(&s->aTok[k], "last") && tokIs(&s->aTok[k+1], "year"))) ) return 1;
    }
    break;
  }
  return brinkPastYearAt(s->aTok, s->nTok, i0, i1, c->iDay)
      || brinkSinceYearAt(s->aTok, s->nTok, i0, i1, c->iDay) || brinkSinceYearAt(s->aTok, s->nTok, 0, 4, c->iDay)
      || brinkPastYearLater(s->aTok, s->nTok, i1, c->iDay) || pastNarrative(c, s, a);
}

static int codeSentence(brink_coder *c, Sent *s){
  const DictView *pV = &c->v;
  /* the speaker is found at the first anchor a pattern matches (most
  ** sentences have none); nothing before it changes the mentions */
  s->iSpeaker = -1;
  int bSpeaker = 0;
  int bComplex = c->bStems && (c->nMaxVerbs || c->nMaxConj) && isComplex(c, s);
  if( bComplex ) c->stats.nDiscarded++;
  int nCoded = 0;            /* anchors that matched a pattern with a code so far */
  size_t nEv0 = c->nEv;      /* TABARI's CODE BY SENTENCE: the sentence's first event only */
  int nEmit0 = c->nEmitted; /* TABARI's CODE BY CLAUSE: one event-coding verb a clause */
  int iOwnGov = -1;          /* a target made for want of one named (a protest's own
                             ** government, the people where a curfew is imposed) */
  for(int a=0; a<s->nTok && !bComplex && !(c->eCodeBy==1 && c->bStems && c->nEv>nEv0); a++){
    /* (that government is no actor in the text: no later verb takes it as
    ** its subject or target) */
    if( iOwnGov>=0 ){ s->aMen[iOwnGov].zCode = ""; iOwnGov = -1; }
    if( a>0 && clauseBreak(s, a-1) ) nEmit0 = c->nEmitted;
    if( c->bStems && c->eCodeBy==0 && c->nEmitted>nEmit0 ) continue;
    if( s->aUsed[a] ) continue;
    if( s->aMenAt[a]>=0 && s->aMen[s->aMenAt[a]].zCode[0] ) continue;  /* inside an actor */
    /* checks that hold for every pattern at this anchor, made once here
    ** (patternMatch makes only the per-pattern ones): a capitalised name
    ** mid-sentence is not an event word ("Burns Fry Ltd"); TABARI and
    ** PETRARCH verb dictionaries list verbs, so their anchors are verbs */
    const Tok *ta = &s->aTok[a];
    if( (ta->eTag==TAG_NNP || ta->eTag==TAG_NNPS) && !(ta->flags & TOKF_FIRST) && !(ta->flags & TOKF_ALLCAP) ) continue;
    /* TABARI reads as a noun a word capitalised mid-sentence ("about To
    ** Restore") or right after an article ("the restore") */
    if( c->bStems && (((ta->flags & TOKF_CAP) && !(ta->flags & TOKF_FIRST) && !(ta->flags & TOKF_ALLCAP))
        || (a>0 && (tokIs(&s->aTok[a-1], "the") || tokIs(&s->aTok[a-1], "a") || tokIs(&s->aTok[a-1], "an")))) ) continue;
    int bOnlyPat = 0;
    if( c->pEng->bPeerVerbs && !TAG_IS_VERB(ta->eTag) ){
      if( !c->bStems ) continue;     /* PETRARCH: its verbs are verbs */
      /* TABARI: ... or read as a noun where only a verb can stand: "didn't
      ** parley", "will ban", "to restore" (the tagger's error, not a noun) */
      const Tok *tp = a>0 ? &s->aTok[a-1] : 0;
      if( !tp || !(tp->eTag==TAG_MD || tp->eTag==TAG_TO || tokIs(tp, "n't") || tokIs(tp, "not")) ){
        /* TABARI's "verbs" are any words ("VOICE", "SHOULD"); a word of
        ** another tag codes when a pattern with more words matches */
        if( nCoded>0 && c->eCodeBy!=2 ) continue;   /* (not after the clause's verb has coded, unless CODE ALL) */
        /* ... or alone right after an actor: "Estonia arms Libya" */
        int kPrev = a>0 ? s->aMenAt[a-1] : -1;
        bOnlyPat = !(kPrev>=0 && s->aMen[kPrev].iEnd==a && s->aMen[kPrev].zCode[0]);
      }
    }
    if( c->pEng->bPeerVerbs ){
      /* ... and not a verb the tagger mistook: a gerund after a determiner
      ** is a noun ("the reopening of"), a word after "very" an adjective
      ** ("very close to the border") */
      const Tok *tp = a>0 ? &s->aTok[a-1] : 0;
      if( tp && ta->eTag==TAG_VBG && (tp->eTag==TAG_DT || tp->eTag==TAG_PRPS) ) continue;
      if( tp && (tokIs(tp, "very") || tokIs(tp, "too")) ) continue;
    }
    const Pattern *pBest = 0;
    Match mBest = { -1, -1, a, a+1, 0, 0 };
    for(int pass=0; pass<4 && !pBest; pass++){
      int32_t w = pass==3 ? s->aIdStem2[a] : pass==2 ? s->aIdStem[a] : pass ? s->aIdLem[a] : s->aIdLow[a];
      if( w<0 || (pass==1 && w==s->aIdLow[a]) ) continue;
      uint32_t n;
      const uint32_t *aP = brinkDictPatternsFor(c->pDict, w, &n);
      for(uint32_t j=0; j<n; j++){
        Match m;
        const Pattern *pat = &pV->aPat[aP[j]];
        if( pat->mNeed & ~s->mWords ) continue;   /* a needed word is missing */
        if( bOnlyPat && pat->nSpec<=1 ) continue;
        if( (pat->aNeed[0]>=0 && !idMayBeIn(s, pat->aNeed[0]))
         || (pat->aNeed[1]>=0 && !idMayBeIn(s, pat->aNeed[1])) ) continue;
        if( pBest && pV->aPat[aP[j]].nSpec < pBest->nSpec ) break;  /* sorted most specific first */
        if( patternMatch(c, s, &pV->aPat[aP[j]], a, pass<=1, &m) ){
          /* of equally specific patterns, an exact match beats one that
          ** needed a loose noun phrase ("send {aid}" vs "send {military aid}") */
          /* peer patterns: of equally specific ones, the one with more
          ** slots ("$ * [095]" over "* [094]"), then more literal words,
          ** as TABARI prefers */
          const Pattern *pP = &pV->aPat[aP[j]];
          int bMore = c->pEng->bPeerVerbs && pBest && pP->nSpec==pBest->nSpec
                   && m.nLoose<=mBest.nLoose && (pP->nElem>pBest->nElem
                   || (pP->nElem==pBest->nElem && literalWords(pV, pP)>literalWords(pV, pBest)));
          if( !pBest || pP->nSpec > pBest->nSpec || m.nLoose < mBest.nLoose || bMore ){
            pBest = pP; mBest = m;
          }
          if( m.nLoose==0 && !c->pEng->bPeerVerbs ) break;
        }
      }
    }
    if( !pBest ) continue;
    if( !bSpeaker ){ s->iSpeaker = findSpeaker(s); bSpeaker = 1; }
    if( !(pBest->flags & PATF_NULL) ) nCoded++;   /* a null match ("RAISE [---]") codes nothing */
    c->pRule = pBest;
    /* "told visiting U.S. Secretary of State": a participle modifying a noun
    ** (not a perfect tense: "France has condemned Iran") */
    if( (s->aTok[a].eTag==TAG_VBG || s->aTok[a].eTag==TAG_VBN) && a>0 && a+1<s->nTok
        && (TAG_IS_VERB(s->aTok[a-1].eTag) || s->aTok[a-1].eTag==TAG_DT || s->aTok[a-1].eTag==TAG_IN)
        && s->aMenAt[a-1]<0
        && s->aMenAt[a+1]>=0 && s->aMen[s->aMenAt[a+1]].iStart==a+1 && mBest.iTgt==s->aMenAt[a+1]
        && !tokIs(&s->aTok[a-1], "by") && !inSet(s->aTok[a-1].zLemma, azBe)
        && !(s->aTok[a].eTag==TAG_VBN && lemIs(&s->aTok[a-1], "have"))
        /* "kept attacking Chad", "began shelling the town": the gerund
        ** after a verb of going on is the clause's verb */
        && !(s->aTok[a].eTag==TAG_VBG && inSet(s->aTok[a-1].zLemma, azGoOn)) ) continue;
    /* "especially given the furore over the Iran arms deal": "given" before
    ** a noun phrase, after a comma, an adverb or the sentence's start, is a
    ** preposition, no giving (twenty-third review #62) */
    if( !c->pEng->bPeerVerbs && tokIs(&s->aTok[a], "given") && a+1<s->nTok
        && (s->aTok[a+1].eTag==TAG_DT || s->aTok[a+1].eTag==TAG_PRPS || tokIs(&s->aTok[a+1], "that"))
        && (a==0 || tokIs(&s->aTok[a-1], ",") || s->aTok[a-1].eTag==TAG_RB) ) continue;
    for(int i=a; i<mBest.iEnd && i<s->nTok; i++) s->aUsed[i] = 1;
    if( pBest->flags & PATF_NULL ) continue;
    if( mBest.bCompound && mBest.iTgt>=0 && c->bStems ){
      /* '%': the compound plays both roles, its members act on each other
      ** ("Fornost and Gondor welcomed": FOR-GON and GON-FOR) */
      c->iAnchor = a;
      int rc = emitGroups(c, s, mBest.iTgt, mBest.iTgt, pBest->zCode);
      if( rc ) return rc;
      continue;
    }
    const Tok *t = &s->aTok[a];
    c->iAnchor = a;   /* facts (issue 7) */
    int bInQ = (t->flags & TOKF_INQUOTE)!=0;
    /* passive: "was urged by X", "were attacked" */
    int bPassive = 0;
    if( t->eTag==TAG_VBN ){
      for(int i=a-1; i>=0 && i>=a-3; i--){
        if( inSet(s->aTok[i].zLow, azBe) ){ bPassive = 1; break; }
        if( s->aTok[i].eTag!=TAG_RB ) break;
      }
    }
    /* "is committed to opening its economy", "is determined to": a stance
    ** the subject holds, no passive (no one committed Vietnam) */
    static const char *const azStance[] = {"committed","dedicated","determined","resolved",0};
    if( bPassive && !c->pEng->bPeerVerbs && a+1<s->nTok && tokIs(&s->aTok[a+1], "to") && inSet(t->zLow, azStance) ){
      bPassive = 0;
    }
    /* a participle with its by-agent after a noun or a comma is a passive
    ** of its own ("an interim accord, opposed by fishermen in both
    ** countries"): the by-agent acts, on the noun it describes, not on or
    ** for the clause's subject (brink's own dictionaries) */
    int bReduced = 0;
    if( !bPassive && !c->pEng->bPeerVerbs && t->eTag==TAG_VBN && a>0 && a+1<s->nTok
        && tokIs(&s->aTok[a+1], "by") && (tokIs(&s->aTok[a-1], ",") || TAG_IS_NOUN(s->aTok[a-1].eTag)) ){
      bPassive = bReduced = 1;
    }
    /* "A second Marine has been charged with spying and a third arrested
    ** on suspicion": a participle after "and" and a noun, when the clause
    ** before is a passive, is a passive too (eighth review #46) */
    if( !bPassive && !c->pEng->bPeerVerbs && t->eTag==TAG_VBN ){
      int i = beforeNounPhrase(s, a, 3);
      if( i>0 && i<a-1 && tokIs(&s->aTok[i], "and") ){
        for(int j=i-1; j>=1 && j>=i-12 && !bPassive; j--){
          if( tokIs(&s->aTok[j], ";") ) break;
          if( s->aTok[j].eTag==TAG_VBN && inSet(s->aTok[j-1].zLow, azBe) ) bPassive = 1;
        }
      }
    }
    int iSrc = mBest.iSrc, iTgt = mBest.iTgt;
    /* "warned OPEC's official prices could face fresh pressure": an actor
    ** owning the subject of a clause after the verb is no object of it
    ** (thirty-eighth review #72, #73) */
    if( iTgt>=0 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && ownsClauseSubject(s, iTgt) ){
      c->stats.nDiscarded++;
      continue;
    }
    int iSubj = findSubject(s, a, bInQ);
    if( c->bStems && mBest.iSrc<0 ){
      /* TABARI: with no '$' in the pattern the source is the sentence's
      ** first actor before the verb ("Arnor suggested Gondor should
      ** require ...": Arnor), not one the pattern made the target */
      /* ... of its clause: after "but", ";" or an "and" that opens a new
      ** clause ("and Gondor asked") */
      int iFrom = 0;
      for(int i=a-1; i>0 && !iFrom; i--) if( clauseBreak(s, i) ) iFrom = i+1;
      for(int k=0; k<s->nMen && s->aMen[k].iEnd<=a; k++){
        const Mention *m = &s->aMen[k];
        if( m->iStart<iFrom ) continue;
        if( !m->zCode[0] || (mBest.iTgt>=0 && m->iGroup==s->aMen[mBest.iTgt].iGroup) ) continue;
        if( (s->aTok[m->iStart].flags & TOKF_INQUOTE)!=(t->flags & TOKF_INQUOTE) ) continue;
        iSubj = (int)(groupHead(s, m) - s->aMen);
        break;
      }
    }
    int bUnknownSubj = iSubj==-2;
    int bPlaced = 0;     /* the source's country is where it protests */
    if( iSubj<0 ) iSubj = -1;
    if( iSubj>=0 && !c->pEng->bPeerVerbs && TAG_IS_NOUN(t->eTag) && harmedIn(s, a) ){
      /* "villagers were killed in riots": the subject suffered in the
      ** noun's event; who did it is not said */
      iSubj = -1;
      bUnknownSubj = 1;
    }
    int bByNoun = 0;   /* the source is the by-agent of a noun anchor */
    /* (the subject of a verb of saying before a noun anchor does not suffer
    ** it: in "Washington said an attack by Iran was minor" the attack is no
    ** more on Washington than on anyone) */
    int bSaid = 0;
    for(int i=iSubj>=0 ? s->aMen[iSubj].iEnd : a; i<a && !bSaid && TAG_IS_NOUN(t->eTag); i++){
      bSaid = TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, azSpeech);
    }
    if( !bPassive && iSrc<0 && TAG_IS_NOUN(t->eTag) ){
      /* "an attack by Iranian guards": the by-agent does the noun's action,
      ** and the clause's subject suffers it unless the pattern names a target;
      ** also right after the noun, inside the match ("calls by Belarus's
      ** rulers for aid") */
      int iBy0 = a+pBest->nAnchor<mBest.iEnd && tokIs(&s->aTok[a+pBest->nAnchor], "by") ? a+pBest->nAnchor : mBest.iEnd;
      for(int i=iBy0; i<s->nTok && i<=mBest.iEnd+2; i++){
        /* (a participle's agent is not the noun's: "a strike over a bill
        ** signed in by the minister") */
        if( i>a && TAG_IS_VERB(s->aTok[i].eTag) ) break;
        if( !tokIs(&s->aTok[i], "by") ) continue;
        for(int j=i+1; j<s->nTok && j<=i+4; j++){
          int k = s->aMenAt[j];
          if( k>=0 && s->aMen[k].zCode[0] ){ iSrc = k; break; }
        }
        break;
      }
      if( iSrc>=0 ) bByNoun = 1;
      if( iSrc>=0 && iTgt<0 && !bSaid ) iTgt = iSubj;
    }else if( !bPassive && mBest.iSrc>=0 && iTgt<0 && iSubj!=mBest.iSrc && !bSaid
              && (TAG_IS_NOUN(t->eTag) || (!c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag))) ){
      /* "attack by $" with no target named: the clause's subject suffers
      ** it; so does the subject of "come under criticism from $" */
      iTgt = iSubj;
    }
    /* "the visit of U.S. Secretary of State George Shultz": the one after
    ** "of" makes the visit; the place is the one after "to", else the
    ** clause's subject, the host (thirty-fifth review #7; thirty-first #13) */
    if( !c->pEng->bPeerVerbs && iSrc<0 && iTgt>=0 && TAG_IS_NOUN(t->eTag)
        && (lemIs(t, "visit") || lemIs(t, "trip") || lemIs(t, "tour")) ){
      int i0 = s->aMen[iTgt].iStart;
      if( i0==a+pBest->nAnchor+1 && tokIs(&s->aTok[i0-1], "of") ){
        iSrc = iTgt;
        iTgt = -1;
        int iE = s->aMen[iSrc].iEnd;
        if( iE+1<s->nTok && tokIs(&s->aTok[iE], "to") && s->aMenAt[iE+1]>=0 && s->aMen[s->aMenAt[iE+1]].iStart==iE+1
            && s->aMen[s->aMenAt[iE+1]].zCode[0] ) iTgt = s->aMenAt[iE+1];
        else if( iSubj>=0 && s->aMen[iSubj].iGroup!=s->aMen[iSrc].iGroup ) iTgt = iSubj;
      }
    }
    /* "A West German navy ship was hit by artillery shells from a Warsaw
    ** Pact vessel": force named in the by-phrase of a passive hits the
    ** clause's subject, and comes from the one after "from" (seventh
    ** review #90, ninth #81) */
    if( !c->pEng->bPeerVerbs && TAG_IS_NOUN(t->eTag) && pBest->zCode[0]=='1'
        && pBest->zCode[1]>='8' && pBest->zCode[1]<='9' ){
      int j = beforeNounPhrase(s, a, 3);
      int v = j-1;   /* past adverbs and a time: "was accidentally hit today by" */
      while( v>=1 && v>=j-3 ){
        int t0 = s->aTok[v].eTag==TAG_RB ? v : timeAdjunctStart(s, v);
        if( t0<0 ) break;
        v = t0-1;
      }
      int b = v-1;
      while( b>=0 && b>=v-3 && s->aTok[b].eTag==TAG_RB ) b--;
      int iHit = j>=1 && tokIs(&s->aTok[j], "by") && v>=1 && s->aTok[v].eTag==TAG_VBN && b>=0
                 && inSet(s->aTok[b].zLow, azBe) ? findSubject(s, b, bInQ) : -1;
      for(int i=a+1; iHit>=0 && i<s->nTok && i<=a+4; i++){
        if( !tokIs(&s->aTok[i], "from") ) continue;
        for(int k=i+1; k<s->nTok && k<=i+3; k++){
          int km = s->aMenAt[k];
          if( km>=0 && s->aMen[km].zCode[0] && km!=iHit ){ iSrc = km; iTgt = iHit; break; }
        }
        break;
      }
    }
    if( bPassive && iSrc<0 ){
      /* the subject is the target; the source follows "by" */
      int iBy = -1, bBy = 0;
      for(int i=mBest.iEnd; i<s->nTok && i<mBest.iEnd+MAX_GAP; i++){
        if( tokIs(&s->aTok[i], "by") ) bBy = 1;
        if( tokIs(&s->aTok[i], "by") && i+1<s->nTok ){
          /* ("would be arrested by permitting them to ...": a means, no agent) */
          if( !c->pEng->bPeerVerbs && s->aTok[i+1].eTag==TAG_VBG ){ bBy = 0; break; }
          for(int j=i+1; j<s->nTok && j<=i+3; j++){
            if( s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0] ){ iBy = s->aMenAt[j]; break; }
          }
          break;
        }
      }
      /* PETRARCH reads a passive with no by-agent as active: "the
      ** Philippines was criticized over its dispute with Eriador" */
      if( !bBy && s->bNpActor ){
        bPassive = 0;
      }else{
        /* the patient is the subject; with brink's own dictionaries an
        ** actor after the verb that is not the by-agent is no target
        ** ("civilians were killed in a bombing, Iraqi police said") */
        if( bReduced ){
          /* the noun it describes, when that is an actor */
          int q = tokIs(&s->aTok[a-1], ",") ? a-2 : a-1;
          int k = q>=0 ? s->aMenAt[q] : -1;
          iTgt = k>=0 && s->aMen[k].iEnd==q+1 && s->aMen[k].zCode[0] && k!=iBy ? k : -1;
        }else if( iTgt<0 || (!c->pEng->bPeerVerbs && s->aMen[iTgt].iStart>a) ) iTgt = iSubj;
        iSrc = iBy;
        if( iSrc<0 && !bBy && !c->pEng->bPeerVerbs && (strncmp(pBest->zCode, "09", 2)==0
            || strncmp(pBest->zCode, "17", 2)==0) ){
          /* an arrest, a trial or an investigation with no one named is the
          ** act of the state where it happens: "was arrested in Lebanon" */
          for(int i=a+pBest->nAnchor; i<s->nTok && i<=mBest.iEnd+3 && iSrc<0; i++){
            if( !tokIs(&s->aTok[i], "in") ) continue;
            int j = i+1;
            while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)) ) j++;
            int k = j<s->nTok ? s->aMenAt[j] : -1;
            if( k>=0 && s->aMen[k].iStart==j && (s->aMen[k].flags & ACTF_STATE) && k!=iTgt
                && strlen(s->aMen[k].zCode)==3 ) iSrc = k;
            break;
          }
        }
      }
    }
    if( !bPassive && iSrc<0 ){
      iSrc = iSubj;
      /* the speaker of reported speech does what it reports only when it
      ** comes first ("Putin said ..."); "..., officials said" at the end
      ** names who told it, not who did it */
      if( iSrc<0 && !bUnknownSubj && s->iSpeaker>=0 && s->iSpeaker!=iTgt && s->aMen[s->iSpeaker].iStart<a ) iSrc = s->iSpeaker;
      /* (in a quotation too, but not for a subject no dictionary knows: in
      ** "the interest of some banks threatens to turn into an obstacle," the
      ** speaker threatens nothing) */
      else if( iSrc<0 && bInQ && s->iSpeaker>=0 && !(bUnknownSubj && !c->pEng->bPeerVerbs && nounSubjectBefore(s, a)) ) iSrc = s->iSpeaker;
    }
    /* '%' before the verb: the compound plays both roles, its members
    ** pairwise ("Mordor with Fornost and Gondor welcomed": FOR and GON, not
    ** Mordor).  After it ("agrees with %") the subject is still the source. */
    if( mBest.bCompound && mBest.iSrc<0 && iTgt>=0 && s->aMen[iTgt].iStart<a ) iSrc = (int)(groupHead(s, &s->aMen[iTgt]) - s->aMen);
    /* a '+' before the verb is the verb's own subject ("noted that Cirith
    ** Ungol regretted": NOTED + *): the source is the subject of the
    ** pattern's first word */
    else if( c->pEng->bPeerVerbs && mBest.iTgt>=0 && mBest.iSrc<0 && s->aMen[mBest.iTgt].iStart<a
             && mBest.iStart<s->aMen[mBest.iTgt].iStart && iSrc>=0
             && s->aMen[iSrc].iGroup==s->aMen[mBest.iTgt].iGroup ){
      int k = findSubject(s, mBest.iStart, bInQ);
      iSrc = k>=0 ? k : -1;
    }
    /* "..., the military said": no one known (TABARI keeps the actor
    ** coded [---], which codes nothing) */
    if( iSrc<0 && bUnknownSubj && !bPassive && !c->pEng->bPeerVerbs ){
      /* the unresolved subject right before the verb group (of a noun
      ** anchor, its verb's: "continued their hunger strike"): a bare role */
      int v = a;
      if( TAG_IS_NOUN(t->eTag) ){
        v = a-1;
        while( v>=0 && v>=a-4 && (s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_PRPS
               || TAG_IS_ADJ(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_NN || s->aTok[v].eTag==TAG_CD) ) v--;
        if( v<0 || !TAG_IS_VERB(s->aTok[v].eTag) ) v = -1;
      }
      int i = v-1;
      while( i>=0 && (TAG_IS_VERB(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_MD || s->aTok[i].eTag==TAG_RB
             || s->aTok[i].eTag==TAG_TO) && s->aMenAt[i]<0 ) i--;
      int k = v>0 && i>=0 ? s->aMenAt[i] : -1;
      if( k>=0 && s->aMen[k].iEnd==i+1 && !s->aMen[k].zCode[0] && s->aMen[k].zAgent && s->aMen[k].zAgent[0] ) iSrc = k;
    }
    if( iSrc>=0 && !s->aMen[iSrc].zCode[0] && !c->pEng->bPeerVerbs && s->aMen[iSrc].zAgent
        && s->aMen[iSrc].zAgent[0] && (strncmp(pBest->zCode, "14", 2)==0 || strncmp(pBest->zCode, "10", 2)==0
                                       || strcmp(pBest->zCode, "133")==0) ){
      /* domestic dissent: a role with no country that protests against or
      ** demands of a government is of that government's country ("refugees
      ** on hunger strike in protest at the Russian government's refusal":
      ** RUSREF) */
      int g = iTgt;
      for(int i=a+1; g<0 && i<s->nTok && i<=a+15 && !tokIs(&s->aTok[i], ";"); i++){
        int k = s->aMenAt[i];
        if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) g = k;
      }
      /* (a seat of government where it happened is no government protested
      ** against: "protested in the capital Nairobi") */
      static const char *const azWhere[] = {"in","at","near","outside","from","across","throughout","through",0};
      int w = g>=0 ? s->aMen[g].iStart-1 : -1;
      while( w>=0 && (s->aTok[w].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[w].eTag) || s->aTok[w].eTag==TAG_NN) ) w--;
      const char *zG = g>=0 && !(w>=0 && inSet(s->aTok[w].zLow, azWhere)) ? s->aMen[g].zCode : "";
      /* ... or of a country's own elections or institutions ("boycott
      ** Algeria's elections") */
      static const char *const azPolity[] = {"election","elections","poll","polls","vote","referendum",
        "parliament","constitution","government",0};
      if( strlen(zG)==3 && s->aMen[g].iEnd+1<s->nTok && tokIs(&s->aTok[s->aMen[g].iEnd], "'s") ){
        int j = s->aMen[g].iEnd+1;
        while( j<s->nTok && j<s->aMen[g].iEnd+4 && TAG_IS_ADJ(s->aTok[j].eTag) ) j++;
        if( j<s->nTok && inSet(s->aTok[j].zLow, azPolity) ){
          char zP[8] = { zG[0], zG[1], zG[2], 'G', 'O', 'V', 0 };
          zG = brinkArenaStrndup(&c->arena, zP, 6);
          if( !zG ) return BRINK_ENOMEM;
        }
      }
      /* ... and a role with no country that takes to the streets "in
      ** Seoul", "at a jail in Dili", with no government named, is of the
      ** country where it protests (its own government is then the target) */
      const char *zPlace = strlen(zG)==6 && strcmp(zG+3, "GOV")==0 ? 0
                         : strncmp(pBest->zCode, "14", 2)==0 ? placeAfter(c, s, a) : 0;
      if( zPlace ){ zG = zPlace; bPlaced = 1; }
      if( strlen(zG)==6 && strcmp(zG+3, "GOV")==0 && zG[0]!='-' && strncmp(zG, "IGO", 3)!=0 ){
        char zC[4] = { zG[0], zG[1], zG[2], 0 };
        const char *zNew = joinCode(c, brinkArenaStrndup(&c->arena, zC, 3), s->aMen[iSrc].zAgent,
                                    (s->aMen[iSrc].flags & ACTF_PREFIX)!=0);
        if( !zNew ) return BRINK_ENOMEM;
        /* (not a state organ of its own: "COB leaders" are no government) */
        if( !codesRelated(zNew, zG) ) s->aMen[iSrc].zCode = zNew;
      }
    }
    if( iSrc>=0 && !s->aMen[iSrc].zCode[0] && !c->bStems ) iSrc = -1;
    if( iSrc<0 && c->bStems && c->zDefSrc[0] ){
      /* TABARI's DEFAULT: no actor before the verb.  PRIOR: the default
      ** source; else the first actor after the verb is the source.  (Not
      ** when an unresolved "he" or "it" stands there.) */
      int bPron = 0;
      for(int k=0; k<s->nMen && s->aMen[k].iEnd<=a; k++) if( s->aMen[k].flags & MF_PRONOUN ) bPron = 1;
      if( bPron ){
        /* no source */
      }else if( c->bDefPrior ){
        iSrc = defaultMention(c, s, a, c->zDefSrc);
      }else{
        for(int i=a+pBest->nAnchor; i<s->nTok && iSrc==-1; i++){
          int k = s->aMenAt[i];
          if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) iSrc = soloMention(c, s, k);
        }
      }
      if( iSrc==-2 ) return BRINK_ENOMEM;
    }
    if( iSrc<0 ){
      int bSlot = 0;   /* the pattern names the victim after a verb of its own: "roadside bomb killed +" */
      for(int i=a+1; i<mBest.iEnd && i<s->nTok && mBest.iTgt>=0 && iTgt==mBest.iTgt; i++){
        if( TAG_IS_VERB(s->aTok[i].eTag) ) bSlot = 1;
      }
      int rc = emitUnattributed(c, s, bombCode(c, s, a, pBest->zCode), a, iTgt, iSubj>=0 ? s->aMen[iSubj].iEnd : 0, bPassive, bSlot);
      if( rc ) return rc;
      continue;
    }
    if( iTgt<0 && c->bStems && c->zDefSrc[0] && !c->bDefAfter ){
      /* ... and without AFTER a compound source with no target acts from
      ** its first member on the others ("Bree and Arnor": BRE on ARN) */
      int nIn = 0, kFirst = -1;
      for(int x=0; x<s->nMen; x++) if( s->aMen[x].iGroup==s->aMen[iSrc].iGroup ){ nIn++; if( kFirst<0 ) kFirst = x; }
      if( nIn>1 ){
        iTgt = iSrc;
        iSrc = soloMention(c, s, kFirst);
        if( iSrc==-2 ) return BRINK_ENOMEM;
      }
    }
    if( iTgt<0 && !c->pEng->bPeerVerbs && t->eTag==TAG_VB && a>=3 && tokIs(&s->aTok[a-1], "to") ){
      /* a purpose infinitive after the one a verb of meeting or summoning
      ** reaches is aimed at that one: "summoned Togo's ambassador to
      ** complain", "met the Chinese envoy to protest" (after other verbs
      ** the object does the infinitive: "wants Ukraine to withdraw") */
      static const char *const azReach[] = {"summon","meet","visit","receive","telephone","phone",
        "call","contact",0};
      int iObjEnd = a-2;   /* (past a time adjunct: "met the envoy on Monday to protest") */
      if( timeAdjunctStart(s, iObjEnd)>0 ) iObjEnd = timeAdjunctStart(s, iObjEnd) - 1;
      int k = s->aMenAt[iObjEnd];
      if( k>=0 && s->aMen[k].iEnd==iObjEnd+1 && s->aMen[k].zCode[0] && s->aMen[k].zCode[0]!='-'
          && s->aMen[k].iGroup!=s->aMen[iSrc].iGroup && !codesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode)
          && !sameState(s->aMen[k].zCode, s->aMen[iSrc].zCode) ){
        int v = s->aMen[k].iStart - 1;
        while( v>=0 && (s->aTok[v].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[v].eTag)) ) v--;
        if( v>=0 && TAG_IS_VERB(s->aTok[v].eTag) && inSet(s->aTok[v].zLemma, azReach) && s->aMenAt[v]<0 ) iTgt = k;
      }
    }
    /* (a passive's patient is its subject: when no one known is named
    ** there, no actor after the verb takes its place: "a missionary was
    ** arrested in Lebanon for collaborating with Israel") */
    int bStranger = 0;
    if( iTgt<0 && !(bPassive && bUnknownSubj && !c->pEng->bPeerVerbs) ){
      /* the first actor after the match that is not the source, in the
      ** same clause and not too far away */
      static const char *const azStop[] = {";","that","which","who","whom","because","while",
        "although","though","but","during","despite","after","before","since","when","where","following","amid",
        "if","unless","whether",0};
      /* (TABARI: the first actor after the verb in its clause, at any
      ** distance: "ties with Gxndor almost five years after Calenardhon
      ** crowds ..." is against Calenardhon) */
      for(int i=a+pBest->nAnchor; i<s->nTok && (c->bStems || i<mBest.iEnd+MAX_TARGET_DIST); i++){
        const Tok *ti = &s->aTok[i];
        /* "held talks with commercial banks on loans to Argentina": the
        ** partner is named, and is no actor; cooperation with it is no
        ** event between actors, and no actor after it is the target */
        /* ("The Peru invasion was condemned by the Security Council": the
        ** by-agent of a later passive is no target of the noun's act; a
        ** participle's is: "a tax proposed by Speaker Wright") */
        if( !c->bStems && !c->pEng->bPeerVerbs && tokIs(ti, "by") && i>=a+pBest->nAnchor+2
            && s->aTok[i-1].eTag==TAG_VBN && (inSet(s->aTok[i-2].zLow, azBe)
            || (i>=3 && s->aTok[i-2].eTag==TAG_RB && inSet(s->aTok[i-3].zLow, azBe))) ) break;
        if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]>='3'
            && pBest->zCode[1]<='6' && i<=mBest.iEnd+2 && strangerPartner(s, i) ){
          bStranger = 1;
          break;
        }
        if( c->bStems ){
          if( clauseBreak(s, i) ) break;
        }else
        /* "demanded that the US ...": the complementizer right after the
        ** verb opens the clause whose subject is the one addressed */
        if( inSet(ti->zLow, azStop) && !(tokIs(ti, "that")
            && (i==a+pBest->nAnchor || (c->pEng->bPeerVerbs && thatOpensTarget(s, mBest.iEnd, i)))) ) break;
        if( bInQ && !(ti->flags & (TOKF_INQUOTE|TOKF_QUOTE)) ) break;
        if( !c->bStems && i>a+pBest->nAnchor && andOpensClause(s, i) ) break;
        /* agreeing "to condemn" or "to attack" someone is no cooperation
        ** with that one (thirty-fourth review #26, "agreed to condemn South
        ** Africa's apartheid policy") */
        if( !c->bStems && !c->pEng->bPeerVerbs && i==a+1 && tokIs(ti, "to") && i+1<s->nTok
            && pBest->zCode[0]=='0' && pBest->zCode[1]=='3' && lemIs(&s->aTok[a], "agree") ){
          static const char *const azAgainst[] = {"condemn","criticize","criticise","denounce","attack","accuse",
            "protest","oppose","reject","punish","sanction","boycott","censure","isolate","expel","fight",
            "blame","pressure","pressurize","warn","threaten",0};
          if( inSet(s->aTok[i+1].zLemma, azAgainst) ) break;
        }
        if( bReduced && tokIs(ti, ",") ) break;
        int k = s->aMenAt[i];
        if( k<0 || s->aMen[k].iStart!=i || !s->aMen[k].zCode[0] ) continue;
        if( bReduced ){
          /* a participle's passive: only an actor it is aimed at ("blamed by
          ** Kenya on Ugandan rebels"), not one in its by-agent's phrase
          ** ("opposed by fishermen in both countries") */
          int w = i-1;
          while( w>a && (s->aTok[w].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[w].eTag)) ) w--;
          if( !(tokIs(&s->aTok[w], "on") || tokIs(&s->aTok[w], "against") || tokIs(&s->aTok[w], "to")
                || tokIs(&s->aTok[w], "for")) ) continue;
        }
        /* "..., a senior official said": the speaker of a closing
        ** attribution is no target, and the clause ends there (TABARI
        ** takes it as the target: "..., a senior Bree official said") */
        if( !c->bStems && closingSpeaker(s, k) ) break;
        /* (a landmark, "120 miles east of Bahrain", is where, not whom) */
        if( !c->bStems && !c->pEng->bPeerVerbs && landmarkOrClauseSubject(s, k, a+pBest->nAnchor) ) continue;
        /* (nor are those whose quarrel is met about: "met to discuss
        ** tensions between Greece and Turkey"; a mediator's are his) */
        if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]=='4'
            && strcmp(pBest->zCode, "045")!=0 && topicBetween(s, k) ) break;
        /* (nor is the place met or agreed in: "will resume talks in
        ** Luxembourg on June 15", "agreed to resume negotiations in
        ** Luxembourg", rejected by the reviews; a visit's place is its
        ** target) */
        if( !c->bStems && !c->pEng->bPeerVerbs && s->aMen[k].iStart>1 && tokIs(&s->aTok[s->aMen[k].iStart-1], "in")
            && !(s->aMen[k].flags & (ACTF_PERSON|ACTF_ORG|MF_AGENT|MF_PRONOUN)) ){
          static const char *const azTalks[] = {"talks","negotiations","meeting","meetings","session","summit",
            "consultations","discussions","conference",0};
          const char *z = pBest->zCode;
          if( z[0]=='0' && z[1]=='4' && z[2]!='2' && z[2]!='3' && z[2]!='4' && z[2]!='5' ) continue;
          /* (an agreement's place only when talks are held there: not
          ** "agreed to build roads in Uganda") */
          if( z[0]=='0' && z[1]=='3' && inSet(s->aTok[s->aMen[k].iStart-2].zLow, azTalks) ) continue;
        }
        if( s->aMen[k].iGroup==s->aMen[iSrc].iGroup ) continue;
        /* (the country or capital protested in is no target) */
        if( bPlaced && strncmp(s->aMen[k].zCode, s->aMen[iSrc].zCode, 3)==0
            && (strlen(s->aMen[k].zCode)==3 || strcmp(s->aMen[k].zCode+3, "GOV")==0) ) continue;
        if( codesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) || sameState(s->aMen[k].zCode, s->aMen[iSrc].zCode) ){
          /* (a people and its own state's organ: emit codes them) */
          if( !c->pEng->bPeerVerbs && ownOrgan(s, &s->aMen[iSrc], &s->aMen[k]) ){
            iTgt = k;
            break;
          }
          /* ... but an organ of a state yielding or coercing "in Sudan" acts
          ** on its people there (emit makes it SDNCVL) */
          if( c->pEng->bPeerVerbs || !domesticCode(pBest->zCode) || strlen(s->aMen[iSrc].zCode)<=3
              || !placeIn(s, &s->aMen[k]) ) continue;
        }
        iTgt = k;
        break;
      }
    }
    if( bStranger ){ c->stats.nDiscarded++; continue; }
    if( iTgt<0 && !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && pBest->zCode[1]=='2' ){
      /* a refusal "despite pressure by X", "despite calls from X": X asked */
      iTgt = despiteAsker(s, mBest.iEnd, iSrc);
    }
    if( iTgt<0 && !c->pEng->bPeerVerbs && domesticCode(pBest->zCode) && strlen(s->aMen[iSrc].zCode)>3 ){
      /* a state organ yielding or coercing in a city of its own country ("a
      ** curfew in Algiers", where the capital is a place, not an actor)
      ** acts on its people there, as "in Algeria" does */
      const char *zP = placeAfter(c, s, mBest.iEnd-1);
      char zC[8];
      snprintf(zC, sizeof zC, "%.3s", zP ? zP : "");
      if( zP && codesRelated(zC, s->aMen[iSrc].zCode) ){
        Mention *pP = menPush(c, s);
        if( !pP ) return BRINK_ENOMEM;
        snprintf(zC, sizeof zC, "%.3sCVL", zP);
        pP->iStart = pP->iEnd = a;
        pP->zCode = brinkArenaStrndup(&c->arena, zC, 6);
        pP->zText = "";
        if( !pP->zCode ) return BRINK_ENOMEM;
        iTgt = iOwnGov = s->nMen-1;
      }
    }
    if( iTgt<0 && c->bStems && c->zDefTgt[0] ){
      /* TABARI's DEFAULT: no actor after the verb: the default target */
      iTgt = defaultMention(c, s, a, c->zDefTgt);
      if( iTgt==-2 ) return BRINK_ENOMEM;
    }
    if( iTgt<0 && !c->pEng->bPeerVerbs && strncmp(pBest->zCode, "14", 2)==0 && strlen(s->aMen[iSrc].zCode)>=3
        && strncmp(s->aMen[iSrc].zCode, "IGO", 3)!=0 && strncmp(s->aMen[iSrc].zCode, "NGO", 3)!=0
        && strncmp(s->aMen[iSrc].zCode, "IMG", 3)!=0 && !companyEmployer(s) ){
      /* a protest with no target is aimed at the protesters' own government
      ** (CAMEO's convention for domestic dissent); a people named by its
      ** country's word ("Algerians", "Iraqi Kurds") are its civilians */
      if( strlen(s->aMen[iSrc].zCode)==3 && (s->aMen[iSrc].flags & ACTF_ADJ) ){
        char zC[8];
        snprintf(zC, sizeof zC, "%sCVL", s->aMen[iSrc].zCode);
        s->aMen[iSrc].zCode = brinkArenaStrndup(&c->arena, zC, 6);
        if( !s->aMen[iSrc].zCode ) return BRINK_ENOMEM;
      }
      Mention *pG = menPush(c, s);
      if( !pG ) return BRINK_ENOMEM;
      char zG[8] = { s->aMen[iSrc].zCode[0], s->aMen[iSrc].zCode[1], s->aMen[iSrc].zCode[2], 'G', 'O', 'V', 0 };
      pG->iStart = pG->iEnd = a;
      pG->zCode = brinkArenaStrndup(&c->arena, zG, 6);
      pG->zText = "";
      pG->flags = ACTF_ORG;
      if( !pG->zCode ) return BRINK_ENOMEM;
      iTgt = s->nMen-1;
      if( codesRelated(pG->zCode, s->aMen[iSrc].zCode) ){ s->nMen--; iTgt = -1; }
      else iOwnGov = iTgt;
    }
    if( iTgt<0 && bInQ && iSrc==s->iSpeaker ){
      /* a comment on someone named earlier in the quotation: the first actor
      ** there, leaving out editorial insertions in [brackets] */
      int bBracket = 0;
      for(int i=0; i<a && iTgt<0; i++){
        const Tok *u = &s->aTok[i];
        if( tokIs(u, "[") ) bBracket = 1;
        else if( tokIs(u, "]") ) bBracket = 0;
        int k = s->aMenAt[i];
        if( bBracket || k<0 || s->aMen[k].iStart!=i || !(u->flags & TOKF_INQUOTE) ) continue;
        if( s->aMen[k].zCode[0] && !codesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) ) iTgt = k;
      }
    }
    /* a breach of norms that another says the subject did is that one's
    ** charge: "Baker said West Germany was breaching the accord" is an
    ** accusation (112), not the breach (eighth review #54, #96) */
    if( !c->pEng->bPeerVerbs && iSubj>=0 && strncmp(pBest->zCode, "128", 3)==0 ){
      int iSay = reportedBy(s, iSubj, a);
      if( iSay>=0 ){
        int rc = emitGroups(c, s, iSay, iSubj, "112");
        if( rc ) return rc;
        continue;
      }
      if( iSay==-2 ){ c->stats.nDiscarded++; continue; }
    }
    /* an action asked of someone is the asking: "urged Russia to withdraw" */
    {
      int iAsker, iAsked, bNot, iGov = -1;
      int eGov = (pBest->flags & PATF_NULL) || c->pEng->bPeerVerbs ? GOV_NONE
               : governor(s, a, iSubj, &iAsker, &iAsked, &bNot, &iGov);
      if( eGov==GOV_HYPO ){ c->stats.nDiscarded++; continue; }
      /* (an appeal told of a time long past is history too: "began its
      ** moratorium in August 1985, calling on the United States to agree",
      ** twenty-third review #63) */
      if( eGov!=GOV_NONE && iGov>=0 && pastClause(c, s, iGov, iGov+1) ){
        c->iPastSent = c->iSent;
        c->stats.nDiscarded++;
        continue;
      }
      if( eGov!=GOV_NONE ){
        const char *zAsk = askCode(eGov, pBest->zCode, bNot);
        if( zAsk ){
          int rc = emitGroups(c, s, iAsker, iAsked, zAsk);
          if( rc ) return rc;
        }
        continue;
      }
    }
    /* TABARI and PETRARCH dictionaries state negation and modality in their
    ** own patterns ("&NEGATVAUXVRB *"); brink's framing applies to its own */
    int eFrame = c->pEng->bPeerVerbs ? FR_NONE : framing(s, iSubj>=0 ? s->aMen[iSubj].iEnd : 0, a);
    if( eFrame==FR_PREDICT ) eFrame = forecastFrame(s, pBest->zCode, a, mBest.iEnd);
    if( !c->pEng->bPeerVerbs && eFrame!=FR_HYPO ){
      int e2 = framingAround(s, iSubj>=0 ? s->aMen[iSubj].iStart : -1, a, c->iDay);
      if( e2==FR_PREDICT ) e2 = forecastFrame(s, pBest->zCode, a, mBest.iEnd);
      /* what is hypothetical around the clause is so whatever the clause
      ** says ("has said in the past that it will not negotiate") */
      if( e2==FR_HYPO ) eFrame = FR_HYPO;
      else if( eFrame==FR_NONE || eFrame==FR_FUTURE ){
        if( e2==FR_NEG ) eFrame = eFrame==FR_FUTURE ? FR_REFUSE : FR_NEG;
        else if( eFrame==FR_NONE ) eFrame = e2;
      }
    }
    /* "Eyskens was speaking before hosting a meeting this weekend": an act
    ** after the words reported is still to come (twenty-second review #44) */
    if( eFrame==FR_NONE && !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VBG && a>=2
        && tokIs(&s->aTok[a-1], "before") ){
      for(int i=a-2; i>=0 && i>=a-4; i--){
        if( TAG_IS_VERB(s->aTok[i].eTag) && (lemIs(&s->aTok[i], "speak") || lemIs(&s->aTok[i], "say")
            || lemIs(&s->aTok[i], "talk") || lemIs(&s->aTok[i], "tell")) ){ eFrame = FR_FUTURE; break; }
      }
    }
    /* (the subject's refusal is its own event, not the by-agent's: in
    ** "Germany rejected calls by Poland for aid" Poland did call) */
    if( bByNoun && eFrame==FR_REFUSE ) eFrame = FR_NONE;
    if( eFrame==FR_HYPO ) continue;
    if( eFrame==FR_NEG ){ c->stats.nDiscarded++; continue; }
    if( !c->pEng->bPeerVerbs && (pastClause(c, s, a, mBest.iEnd) || alreadyDone(s, a, pBest->zCode)
                                  || supportInWar(s, a, pBest->zCode)) ){
      c->iPastSent = c->iSent;
      c->stats.nDiscarded++;
      continue;
    }
    /* "approved a 1985 arms sale to Iran": a noun act that a year before
    ** the story's names is history (twelfth review #22) */
    if( !c->pEng->bPeerVerbs && nounAnchor(s, a) ){
      int j = beforeNounPhrase(s, a, 5);
      /* (also a head before "of": "the 1981 declaration of martial law") */
      int j0 = j>=1 && tokIs(&s->aTok[j], "of") && TAG_IS_NOUN(s->aTok[j-1].eTag) ? beforeNounPhrase(s, j-1, 5) : j;
      if( brinkYearBefore(s->aTok, j0+1, a, c->iDay) ){
        c->stats.nDiscarded++;
        continue;
      }
    }
    /* "was accidentally hit by artillery shells during exercises": force
    ** used by accident is no use of force against anyone (twenty-third
    ** review #85) */
    if( !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && (pBest->zCode[1]=='8' || pBest->zCode[1]=='9') ){
      int bAccident = 0;
      int i0 = a;
      while( i0>0 && i0>a-8 && !(s->aTok[i0-1].flags & TOKF_PUNCT) ) i0--;
      for(int i=i0; i<s->nTok && i<=a+8 && !bAccident; i++){
        if( i>a && (tokIs(&s->aTok[i], ";") || tokIs(&s->aTok[i], ",")) ) break;
        bAccident = tokIs(&s->aTok[i], "accidentally") || tokIs(&s->aTok[i], "inadvertently")
                 || tokIs(&s->aTok[i], "mistakenly") || (tokIs(&s->aTok[i], "by") && i+1<s->nTok && tokIs(&s->aTok[i+1], "mistake"));
      }
      if( bAccident ){ c->stats.nDiscarded++; continue; }
    }
    if( !c->pEng->bPeerVerbs && inTermsClause(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* an infinitive that names no act done: bound by a pledge, looked
    ** like, nothing to offer, or called unjust (infinitiveNotDone) */
    if( !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VB && a>=2 && tokIs(&s->aTok[a-1], "to")
        && infinitiveNotDone(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* "leaves on Saturday on a 10-day trip to the Far East to help spur
    ** trade and improve business relations with China": what a trip is
    ** meant to do is not done by making it (twenty-fourth review #78) */
    if( !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VB ){
      static const char *const azTrip[] = {"trip","visit","tour","mission","journey","trips","visits","tours",0};
      int bTrip = 0;
      for(int i=a-1; i>=1 && i>=a-14 && !bTrip; i--){
        const Tok *u = &s->aTok[i];
        if( TAG_IS_FINITE(u->eTag) || u->eTag==TAG_MD || tokIs(u, ";") ) break;
        if( !tokIs(u, "to") || !(i+1<s->nTok && s->aTok[i+1].eTag==TAG_VB) ) continue;
        for(int k=i-1; k>=0 && k>=i-6 && !bTrip; k--){
          if( TAG_IS_FINITE(s->aTok[k].eTag) ) break;
          bTrip = TAG_IS_NOUN(s->aTok[k].eTag) && inSet(s->aTok[k].zLow, azTrip);
        }
      }
      if( bTrip ){ c->stats.nDiscarded++; continue; }
    }
    /* "calling for his expulsion on the grounds he broke a campaign
    ** pledge": the reason given for a complaint is the complainer's
    ** charge, not an act reported (twenty-second review #21) */
    if( !c->pEng->bPeerVerbs ){
      int bGrounds = 0;
      for(int i=a-1; i>=2 && i>=a-8 && !bGrounds; i--){
        if( tokIs(&s->aTok[i], ";") ) break;
        bGrounds = tokIs(&s->aTok[i], "grounds") && tokIs(&s->aTok[i-1], "the") && tokIs(&s->aTok[i-2], "on");
      }
      if( bGrounds ){ c->stats.nDiscarded++; continue; }
    }
    /* "to announce a decision on tough new tariffs", "a vote on
    ** sanctions", "talks on troop cuts": a noun act that is what a decision,
    ** a vote or talks are about has not been done (twenty-second review
    ** #65) */
    if( !c->pEng->bPeerVerbs && nounAnchor(s, a) ){
      static const char *const azAbout[] = {"decision","decisions","vote","votes","debate","ruling","verdict",
        "report","study","review","hearing","talks","discussion","discussions","negotiations","consultations",
        "deliberations","question","issue","furore","furor","uproar","controversy","scandal","outcry",0};
      /* ... nor one whose cost is counted ("to offset the rising cost of
      ** the fight against Tamil guerrillas", twenty-second review #62) */
      static const char *const azCost[] = {"cost","costs","expense","expenses","burden","financing",0};
      int j = governorBefore(s, a, 5);
      /* (the second of two topics: "talks on its struggle for economic
      ** recovery and its fight against communist insurgents", thirty-first
      ** review #87) */
      if( j>=2 && tokIs(&s->aTok[j], "and") ){
        for(int k=j-1; k>=1 && k>=j-8; k--){
          const Tok *u = &s->aTok[k];
          if( (u->flags & TOKF_PUNCT) || TAG_IS_VERB(u->eTag) || s->aMenAt[k]>=0 ) break;
          if( (tokIs(u, "on") || tokIs(u, "about") || tokIs(u, "over")) && inSet(s->aTok[k-1].zLow, azAbout) ){ j = k; break; }
        }
      }
      /* ... nor one that a move "is seen as" ("The French move is seen as a
      ** form of protest"): a reading of another act */
      {
        int g = j;
        if( g>=2 && tokIs(&s->aTok[g], "of") && (tokIs(&s->aTok[g-1], "form") || tokIs(&s->aTok[g-1], "kind")
            || tokIs(&s->aTok[g-1], "sort")) ) g = governorBefore(s, g-1, 3);
        if( g>=1 && tokIs(&s->aTok[g], "as") && s->aTok[g-1].eTag==TAG_VBN
            && (lemIs(&s->aTok[g-1], "see") || lemIs(&s->aTok[g-1], "regard") || lemIs(&s->aTok[g-1], "view")
                || lemIs(&s->aTok[g-1], "interpret")) ){
          c->stats.nDiscarded++;
          continue;
        }
        /* ... nor what one depicts another's act as ("sought to depict
        ** the U.S. action as a severe warning to Japanese chip makers") */
        if( g>=2 && tokIs(&s->aTok[g], "as") ){
          static const char *const azDepict[] = {"depict","portray","describe","characterize","characterise",
            "paint","cast","present","dismiss","brand",0};
          int bDepict = 0;
          for(int k=g-1; k>=0 && k>=g-8 && !bDepict; k--){
            if( (s->aTok[k].flags & TOKF_PUNCT) ) break;
            bDepict = TAG_IS_VERB(s->aTok[k].eTag) && inSet(s->aTok[k].zLemma, azDepict);
          }
          if( bDepict ){ c->stats.nDiscarded++; continue; }
        }
      }
      /* ... nor, with no agent of its own named, what one has "no comment
      ** on" ("had no comment on the attack" is no UN attack, twenty-eighth
      ** review #100; "the U.S. attack", "criticism by Baker" are still
      ** told: an actor stops governorBefore) */
      int bComment = j>=1 && tokIs(&s->aTok[j], "on") && (lemIs(&s->aTok[j-1], "comment") || lemIs(&s->aTok[j-1], "remark"))
                     && !(a+1<s->nTok && tokIs(&s->aTok[a+1], "by"));
      /* ... nor what something is done "despite": told as given, named in
      ** passing ("despite Iranian charges that Kuwait is supporting Iraq",
      ** thirty-third review #81; the refusal "despite pressure from" keeps
      ** its own patterns) */
      {
        int g = beforeNounPhrase(s, a, 5);
        if( g>=0 && tokIs(&s->aTok[g], "despite") ){ c->stats.nDiscarded++; continue; }
      }
      if( j>=1 && (((tokIs(&s->aTok[j], "on") || tokIs(&s->aTok[j], "about") || tokIs(&s->aTok[j], "over"))
                    && inSet(s->aTok[j-1].zLow, azAbout))
                   || (tokIs(&s->aTok[j], "of") && inSet(s->aTok[j-1].zLow, azCost)) || bComment) ){
        c->stats.nDiscarded++;
        continue;
      }
    }
    /* "support the dollar", "defend the yen", "prop up prices": a market
    ** operation, not political support of whoever is named next (sixth
    ** review #90) */
    if( !c->pEng->bPeerVerbs && TAG_IS_VERB(s->aTok[a].eTag) ){
      static const char *const azBack[] = {"support","back","defend","prop","bolster","underpin",0};
      static const char *const azMarketObj[] = {"price","prices","rate","rates","market","markets",
        "economy","growth","exports","imports","output","production","bond","bonds","stock","stocks",0};
      if( inSet(s->aTok[a].zLemma, azBack) ){
        int j = a+1;
        if( j<s->nTok && tokIs(&s->aTok[j], "up") ) j++;
        while( j<s->nTok && j<=a+4 && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_POS
               || (s->aMenAt[j]>=0 && (s->aMen[s->aMenAt[j]].flags & ACTF_ADJ))) ) j++;
        if( j<s->nTok && s->aMenAt[j]<0 && (inSet(s->aTok[j].zLow, azMarketObj) || inSet(s->aTok[j].zLow, azMoney)) ){
          c->stats.nDiscarded++;
          continue;
        }
      }
    }
    /* "a story, quickly shot down by others": shooting down anything but an
    ** aircraft (listed in its own 190 pattern) is a rebuttal (sixth review #4) */
    if( !c->pEng->bPeerVerbs && strncmp(pBest->zCode, "19", 2)==0 && lemIs(&s->aTok[a], "shoot")
        && a+1<s->nTok && tokIs(&s->aTok[a+1], "down") && strcmp(pBest->zCode, "190")!=0 ){
      c->stats.nDiscarded++;
      continue;
    }
    /* "1,700 workers struck, while teachers ...": workers, farmers,
    ** students or civilians who strike, with no object, are on strike
    ** (143), not attacking whoever is named next (eighth review #22) */
    if( !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && (pBest->zCode[1]=='8' || pBest->zCode[1]=='9')
        && TAG_IS_VERB(s->aTok[a].eTag) && lemIs(&s->aTok[a], "strike") && iSubj>=0
        && civilCode(s->aMen[iSubj].zCode)
        && (a+1>=s->nTok || (s->aTok[a+1].flags & TOKF_PUNCT) || s->aTok[a+1].eTag==TAG_IN) ){
      int rc = emit(c, s, &s->aMen[iSubj], 0, "143", 0);
      if( rc ) return rc;
      continue;
    }
    if( !c->pEng->bPeerVerbs && strcmp(pBest->zCode, "130")==0 && warnsNoThreat(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    const char *zCode = pBest->zCode;
    zCode = bombCode(c, s, a, zCode);
    /* "They conceded Japan's announcement ... would throw the spotlight
    ** back", "conceded that": admitting a point, not yielding (ninth
    ** review #74) */
    if( !c->pEng->bPeerVerbs && strncmp(zCode, "080", 3)==0 && lemIs(&s->aTok[a], "concede") ){
      int bClause = a+1<s->nTok && tokIs(&s->aTok[a+1], "that");
      for(int i=a+1; !bClause && i<s->nTok && i<=a+12 && !(s->aTok[i].flags & TOKF_PUNCT); i++){
        bClause = s->aTok[i].eTag==TAG_MD || (i>a+1 && TAG_IS_FINITE(s->aTok[i].eTag));
      }
      if( bClause ){ c->stats.nDiscarded++; continue; }
    }
    /* a state or a government that "protested" complains officially (114);
    ** demonstrating is for the people (14) */
    if( !c->pEng->bPeerVerbs && zCode[0]=='1' && zCode[1]=='4' && lemIs(&s->aTok[a], "protest") && iSrc>=0 ){
      const char *zS = s->aMen[iSrc].zCode;
      size_t nS = strlen(zS);
      if( (nS==3 && (s->aMen[iSrc].flags & ACTF_STATE) && !(s->aMen[iSrc].flags & ACTF_ADJ))
          || (nS==6 && (hasRole(zS, "GOV") || strncmp(zS, "IGO", 3)==0)) ) zCode = "114";
    }
    /* money given "to support" a project is aid, no endorsement: "the
    ** ADB said it approved 24 mln dlrs to support an agricultural credit
    ** project in Nepal" (thirty-fourth review #60) */
    if( !c->pEng->bPeerVerbs && zCode[0]=='0' && zCode[1]=='5' && a>=3 && tokIs(&s->aTok[a-1], "to")
        && (lemIs(&s->aTok[a], "support") || lemIs(&s->aTok[a], "back") || lemIs(&s->aTok[a], "finance")) ){
      static const char *const azFunds[] = {"dlrs","dollars","dlr","mln","billion","loan","loans","credit",
        "credits","grant","grants","funds","funding","aid",0};
      for(int k=a-2; k>=0 && k>=a-4; k--) if( inSet(s->aTok[k].zLow, azFunds) ){ zCode = "070"; break; }
    }
    /* a visit cancelled "because of" trouble at home reduces no relations:
    ** "has cancelled a trip tomorrow to the U.S. Because of continued
    ** confusion in the Japanese Parliament" (thirty-first review #16,
    ** thirty-fifth #13; "in protest at" still does) */
    if( !c->pEng->bPeerVerbs && zCode[0]=='1' && zCode[1]=='6' && iSubj>=0
        && (lemIs(&s->aTok[a], "cancel") || lemIs(&s->aTok[a], "postpone") || lemIs(&s->aTok[a], "call")) ){
      int bHome = 0;
      for(int i=a+1; i+1<s->nTok && !bHome; i++){
        if( !((tokIs(&s->aTok[i], "because") && tokIs(&s->aTok[i+1], "of")) || (tokIs(&s->aTok[i], "due") && tokIs(&s->aTok[i+1], "to"))
              || (tokIs(&s->aTok[i], "owing") && tokIs(&s->aTok[i+1], "to"))) ) continue;
        for(int j=i+2; j<s->nTok && j<=i+9 && !bHome; j++){
          int k = s->aMenAt[j];
          if( tokIs(&s->aTok[j], ",") || tokIs(&s->aTok[j], ";") ) break;
          if( k>=0 && s->aMen[k].zCode[0] && strncmp(s->aMen[k].zCode, s->aMen[iSubj].zCode, 3)==0 ) bHome = 1;
          if( tokIs(&s->aTok[j], "domestic") || tokIs(&s->aTok[j], "illness") || tokIs(&s->aTok[j], "weather") ) bHome = 1;
        }
      }
      if( bHome ){ c->stats.nDiscarded++; continue; }
    }
    /* people who "clashed" quarrelled ("Regan and Volcker clashed almost
    ** from the start of the administration", thirty-fourth review #84);
    ** only forces, states and groups fight */
    if( !c->pEng->bPeerVerbs && strcmp(zCode, "190")==0 && lemIs(&s->aTok[a], "clash") && iSubj>=0
        && (s->aMen[iSubj].flags & ACTF_PERSON) ){ c->stats.nDiscarded++; continue; }
    /* a warning of what the one warned "must" do is a demand on it, no
    ** threat: "warned Tokyo its promised economic package in April must be
    ** significant" (twenty-eighth review #11, thirty-third #11) */
    if( !c->pEng->bPeerVerbs && strcmp(zCode, "130")==0 && lemIs(&s->aTok[a], "warn") && TAG_IS_VERB(s->aTok[a].eTag) ){
      for(int i=a+1; i<s->nTok && i<=a+14; i++){
        if( tokIs(&s->aTok[i], ";") || tokIs(&s->aTok[i], ",") ) break;
        if( tokIs(&s->aTok[i], "must") ){ zCode = "100"; break; }
      }
    }
    /* "welcomed President Reagan's decision to name ...": praise of what
    ** the possessor did, not a host's welcome (ninth review #80) */
    if( !c->pEng->bPeerVerbs && strcmp(zCode, "043")==0 && lemIs(&s->aTok[a], "welcome") && mBest.iTgt>=0 ){
      const Mention *mT = &s->aMen[mBest.iTgt];
      if( (mT->flags & MF_POSS) || (mT->iEnd<s->nTok && tokIs(&s->aTok[mT->iEnd], "'s")) ) zCode = "051";
    }
    /* a review still to come ("OPEC will review its policy", "will meet
    ** ... to review") considers nothing yet (ninth review #67, #77) */
    if( eFrame==FR_FUTURE && strcmp(zCode, "014")==0 ){ c->stats.nDiscarded++; continue; }
    /* ... and so does an inquiry proposed or to come: "to propose a joint
    ** investigation into U.S. allegations" investigates nothing yet (census
    ** A171, A175) */
    if( eFrame==FR_FUTURE && !c->pEng->bPeerVerbs && zCode[0]=='0' && zCode[1]=='9' && nounAnchor(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* a veto vowed ("taxes Reagan has vowed to veto", "said he will veto
    ** the bill") is a threat (130), not the veto (ninth review #94) */
    if( eFrame==FR_FUTURE && strcmp(zCode, "129")==0 ) zCode = "130";
    /* "Reagan has said he would veto any bill", "has said it would not
    ** agree to any quotas unless": what one has said (a perfect, undated)
    ** one would do is a standing position, not news (twenty-second review
    ** #82) */
    if( (eFrame==FR_FUTURE || eFrame==FR_REFUSE) && !c->pEng->bPeerVerbs && standingWould(s, a) ){ c->stats.nDiscarded++; continue; }
    if( eFrame==FR_FUTURE && !(pBest->flags & PATF_FUTURE) ){
      /* "will withdraw unless ...": an action promised on a condition the
      ** target must meet is a threat (13x), not an intent */
      int bUnless = 0;
      /* ... but a cooperative act offered "if" the other side does something
      ** is a conditional offer ("would meet the mediator if he gave them a
      ** veto"): an intent, as "unless" never is */
      int bCoop = zCode[0]=='0' && zCode[1]>='3' && zCode[1]<='8';
      for(int i=a+1; i<s->nTok; i++){
        if( tokIs(&s->aTok[i], "unless") || (tokIs(&s->aTok[i], "if") && i>a+2 && !bCoop) ){ bUnless = 1; break; }
      }
      /* a condition told otherwise: "would appeal to GATT should U.S.
      ** sanctions materialise" (inverted), "if Reagan imposed the tariffs,
      ** it would file a complaint" (before the act) */
      int bCond = bUnless;
      for(int i=a+2; !bCond && i+1<s->nTok; i++){
        if( tokIs(&s->aTok[i], ";") ) break;
        if( tokIs(&s->aTok[i], "should") && !TAG_IS_VERB(s->aTok[i+1].eTag) && s->aTok[i+1].eTag!=TAG_RB
            && s->aTok[i+1].eTag!=TAG_MD ) bCond = 1;
      }
      for(int i=a-1, bWould=0; !bCond && i>=0; i--){
        if( tokIs(&s->aTok[i], "would") ) bWould = 1;
        if( bWould && (tokIs(&s->aTok[i], "if") || tokIs(&s->aTok[i], "unless")) ) bCond = 1;
      }
      /* a statement, an appeal or a complaint made on a condition, or
      ** still to be made, is not made: there is no intent code for them
      ** (demands 10, disapproval 11; "will file a complaint", "would appeal
      ** ... should sanctions materialise") */
      int bVerbal = zCode[0]=='0' && (zCode[1]=='1' || zCode[1]=='2');
      /* (a judgement "would be unjustified" is made now) */
      int bDisapprove = zCode[0]=='1' && (zCode[1]=='0' || zCode[1]=='1') && !TAG_IS_ADJ(s->aTok[a].eTag);
      /* ... nor is an appeal still to be made, on no condition: "I will
      ** ask U.S. leaders to rescind the sanctions", "planned to urge Tokyo"
      ** (twentieth to twenty-second reviews) */
      int bAppeal = zCode[0]=='0' && zCode[1]=='2';
      if( bDisapprove || (bCond && bVerbal) || bAppeal ){ c->stats.nDiscarded++; continue; }
      zCode = bUnless ? threatCode(zCode) : futureCode(zCode);
    }
    if( eFrame==FR_REFUSE && !(pBest->flags & PATF_FUTURE) ){
      zCode = refuseCode(zCode);
      if( !zCode ){ c->stats.nDiscarded++; continue; }
    }
    /* people expelled or forced from their homes by the thousand are a mass
    ** expulsion (201; "forced out more than 1,000 Palestinian refugees
    ** from their homes"), as "expelled thousands" is in the patterns */
    if( !c->pEng->bPeerVerbs && strcmp(zCode, "174")==0 ){
      for(int i=a+1; i<mBest.iEnd && i<s->nTok; i++){
        const Tok *u = &s->aTok[i];
        long v = 0;
        if( u->flags & TOKF_NUM ){
          for(const char *z=u->zLow; *z; z++){
            if( *z>='0' && *z<='9' ){ if( v<100000000 ) v = v*10 + (*z-'0'); }
            else if( *z!=',' ){ v = 0; break; }
          }
        }
        if( v>=1000 || tokIs(u, "thousands") || tokIs(u, "thousand") ){ zCode = "201"; break; }
      }
    }
    /* a state's boycott of trade ("Norway's boycott forbids crude oil
    ** shipments to South Africa") is a sanction, 163, not a boycott of
    ** dissent, 143 (twelfth review #26) */
    if( !c->pEng->bPeerVerbs && strcmp(zCode, "143")==0 && lemIs(&s->aTok[a], "boycott") && iSrc>=0 ){
      const char *zS = s->aMen[iSrc].zCode;
      size_t nS = strlen(zS);
      int bState = nS==3 || (nS==6 && (strcmp(zS+3, "GOV")==0 || strcmp(zS+3, "LEG")==0));
      static const char *const azTrade[] = {"shipments","imports","exports","goods","products","trade","oil",
        "purchases","sales","cargoes","investment","loans",0};
      int bTrade = 0;
      for(int i=a+1; i<s->nTok && i<=a+10 && !bTrade; i++) bTrade = inSet(s->aTok[i].zLow, azTrade);
      for(int i=a-1; i>=0 && i>=a-4 && !bTrade; i--) bTrade = inSet(s->aTok[i].zLow, azTrade);
      if( bState && bTrade ) zCode = "163";
    }
    if( iTgt<0 && zCode[0]=='1' && zCode[1]=='3' && !c->pEng->bPeerVerbs ){
      /* a threat is aimed at whoever must meet its condition: "threatened
      ** to stop the talks if the United States deploys missiles" */
      iTgt = conditionSubject(s, mBest.iEnd, iSrc);
    }
    /* a news agency, paper or broadcaster reports force; it does not use
    ** it ("The Iraqi news agency INA said the attack was repelled by the
    ** Fifth Army Corps", eighteenth review #23) */
    if( !c->pEng->bPeerVerbs && iSrc>=0 && hasRole(s->aMen[iSrc].zCode, "MED") && ((zCode[0]=='1' && zCode[1]>='8') || zCode[0]=='2')
        && inSet(s->aTok[s->aMen[iSrc].iEnd-1].zLemma, azOutlet) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* 'Howard said "I shall be talking to them"': a first person in a
    ** quotation is its speaker, or no one known when the speaker is no
    ** actor; never an actor named before the quotation ("During his visit
    ** to Tokyo, ...", eighteenth review #52) */
    if( !c->pEng->bPeerVerbs && bInQ && TAG_IS_VERB(t->eTag) && firstPersonBefore(s, a)
        && iSrc!=s->iSpeaker && !(s->aTok[s->aMen[iSrc].iStart].flags & TOKF_INQUOTE) ){
      if( s->iSpeaker<0 || s->iSpeaker==iTgt ){ c->stats.nDiscarded++; continue; }
      iSrc = s->iSpeaker;
    }
    /* emit for every member of the source and target groups */
    int gS = s->aMen[iSrc].iGroup;
    if( iTgt<0 ){
      /* a compound source with no target acts on itself pairwise ("Russia and
      ** the US agreed to talks"), for cooperative codes only */
      int bCoop = zCode[0]=='0' && zCode[1]>='3' && zCode[1]<='6';
      /* ... but not offers of aid, reform or concessions, which go to
      ** someone outside the group ("only Colombia and Venezuela had
      ** offered assistance"); de-escalation (0356) is mutual */
      if( strncmp(zCode, "033", 3)==0 || strncmp(zCode, "034", 3)==0
          || (strncmp(zCode, "035", 3)==0 && strcmp(zCode, "0356")!=0) ) bCoop = 0;
      int nIn = 0;
      for(int x=0; x<s->nMen; x++) if( s->aMen[x].iGroup==gS ) nIn++;
      if( nIn>1 && (bCoop || (pBest->flags & PATF_COMPOUND)) ){
        /* a multilateral group ("the United States, Japan, West Germany,
        ** France, Britain and Canada agreed") is not a set of dyads: pairs
        ** only for up to four members */
        if( nIn>MAX_PAIRWISE ) continue;
        /* ... nor when another noun is the act's subject, right before its
        ** verb phrase ("despite decisions by Peru, Costa Rica, Ecuador and
        ** Brazil to suspend payments, these nations were still willing to
        ** talk": with their creditors, not each other; "The United States
        ** and France want the seven to agree") */
        {
          int j = a-1;
          for(;;){
            /* (past a time: "the government and IMF this week agreed") */
            int t0 = j>=0 ? timeAdjunctStart(s, j) : -1;
            if( t0>=0 && t0<=j ){ j = t0-1; continue; }
            if( j>=0 && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_TO || s->aTok[j].eTag==TAG_MD || s->aTok[j].eTag==TAG_RB
                || TAG_IS_VERB(s->aTok[j].eTag) || TAG_IS_ADJ(s->aTok[j].eTag)) ){ j--; continue; }
            break;
          }
          int bOther = j>=0 && (TAG_IS_NOUN(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_CD)
                       && !(s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].iGroup==gS);
          /* (the group's own noun: "the United States and Russia's intention
          ** to pursue a dialogue") */
          if( bOther ){
            int q = j-1;
            while( q>0 && TAG_IS_ADJ(s->aTok[q].eTag) ) q--;
            if( q>=1 && (tokIs(&s->aTok[q], "'s") || tokIs(&s->aTok[q], "'")) && s->aMenAt[q-1]>=0
                && s->aMen[s->aMenAt[q-1]].iGroup==gS ) bOther = 0;
          }
          if( bOther ){ c->stats.nDiscarded++; continue; }
        }
        /* ... nor when its partner is named and is no actor ("Venezuela,
        ** Chile and the Philippines have reached agreement with commercial
        ** banks") */
        int bOther = 0;
        for(int i=a+pBest->nAnchor; i<s->nTok && i<mBest.iEnd+6 && !bOther; i++){
          if( (s->aTok[i].flags & TOKF_PUNCT) || tokIs(&s->aTok[i], "that") ) break;
          if( TAG_IS_VERB(s->aTok[i].eTag) && i>=mBest.iEnd ) break;   /* another verb's object */
          if( !tokIs(&s->aTok[i], "with") ) continue;
          int j = i+1;
          while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_CD) ) j++;
          bOther = j<s->nTok && TAG_IS_NOUN(s->aTok[j].eTag) && (s->aMenAt[j]<0 || !s->aMen[s->aMenAt[j]].zCode[0]);
          break;
        }
        if( bOther ) continue;
        int rc = emitGroups(c, s, iSrc, iSrc, zCode);
        if( rc ) return rc;
        continue;
      }
      /* (threats, force posture and force stand alone: "Iran test-fired
      ** its missiles" is aimed at no one the story named before) */
      int iRootC = (zCode[0]-'0')*10 + (zCode[1]-'0');
      int bForce = iRootC==13 || iRootC==15 || iRootC>=17;
      if( nIn==1 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && !bForce && !ownOffice(zCode) ){
        /* "He also proposed a summit": a lone actor who dealt with someone in
        ** the last two sentences goes on dealing with them */
        const brink_event *pPrev = 0;
        for(size_t i=c->nEv; i>0 && !pPrev; i--){
          const brink_event *e = &c->aEv[i-1];
          if( e->iSentence>=c->iSent || e->iSentence<c->iSent-2 ) continue;
          if( e->zTarget[0] && strcmp(e->zSource, s->aMen[iSrc].zCode)==0 ) pPrev = e;
        }
        if( pPrev ){
          Mention mT;
          memset(&mT, 0, sizeof mT);
          mT.iStart = mT.iEnd = a;
          mT.zCode = pPrev->zTarget; mT.zText = pPrev->zTargetText;
          mT.iGroup = -1;
          int rc = emit(c, s, &s->aMen[iSrc], &mT, zCode, 0);
          if( rc ) return rc;
          continue;
        }
      }
      /* sanctions eased on no one ("Mauritius has lifted import duties on
      ** textiles"): a country's own trade policy, no event (thirteenth
      ** review #49) */
      if( !c->pEng->bPeerVerbs && (strcmp(zCode, "085")==0 || strcmp(zCode, "0354")==0) ){
        c->stats.nDiscarded++;
        continue;
      }
      /* an action no one receives ("rebels surrendered", "the Kremlin has
      ** deployed troops") is an event with no target, as
      ** in GDELT, ICEWS and PLOVER; only for a verb (a bare noun, "fears of an
      ** invasion", is not a report) and only for the roots that stand on their
      ** own: yield (08), demand (10), reject (12), threaten (13), protest (14),
      ** force posture (15), reduce relations (16) and the use of force
      ** (17-20); and of the intentions, those to reform a state's own
      ** politics, its leadership, rights or institutions (034, 0341, 0343,
      ** 0344: "promised to democratize Serbia"), which, like yielding to
      ** demands for reform (083), need no partner.  Statements, appeals,
      ** other intentions, consultation, cooperation, aid, investigation and
      ** disapproval are about someone, and without them they were mostly
      ** noise on Reuters.  TABARI and PETRARCH code only dyads, and so does
      ** brink with their dictionaries. */
      int iRoot = (zCode[0]-'0')*10 + (zCode[1]-'0');
      int bAlone = iRoot==8 || iRoot==10 || (iRoot>=12 && iRoot<=20) || reformIntent(zCode);
      if( c->pEng->bPeerVerbs || !bAlone || !TAG_IS_VERB(t->eTag) ) continue;
      /* a warning to no one, with no condition, foretells ("warned that the
      ** harvest will suffer", "warned of severe disruption"): no threat.
      ** One with a condition is ("will retaliate if ..., an official warned") */
      if( strcmp(zCode, "130")==0 && strcmp(t->zLemma, "warn")==0 ){
        int bIf = 0;
        for(int i=0; i<s->nTok && !bIf; i++) bIf = tokIs(&s->aTok[i], "if") || tokIs(&s->aTok[i], "unless");
        if( !bIf ) continue;
        /* ... and only when what will follow is done by an actor, or by
        ** "we": '"Unless dealt with effectively, they will undermine all
        ** that has been achieved," Volcker warned' foretells (thirty-eighth
        ** review #18) */
        /* (or when the condition is an actor's: "warned another trade row
        ** will develop if the EC proceeds with the tax") */
        int bDoer = 1;
        for(int i=1; i<s->nTok; i++){
          if( !(tokIs(&s->aTok[i], "will") || tokIs(&s->aTok[i], "would") || tokIs(&s->aTok[i], "'ll")) ) continue;
          int j = i-1;
          while( j>0 && s->aTok[j].eTag==TAG_RB ) j--;
          if( tokIs(&s->aTok[j], ")") ){   /* "The European Community (EC) will" */
            while( j>0 && !tokIs(&s->aTok[j], "(") ) j--;
            if( j>0 ) j--;
          }
          int k = s->aMenAt[j];
          bDoer = (k>=0 && s->aMen[k].zCode[0]) || tokIs(&s->aTok[j], "we") || tokIs(&s->aTok[j], "i");
          break;
        }
        for(int i=0; i<s->nTok && !bDoer; i++){
          if( !(tokIs(&s->aTok[i], "if") || tokIs(&s->aTok[i], "unless")) ) continue;
          for(int j=i+1; j<s->nTok && j<=i+4 && !bDoer; j++) bDoer = s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0];
        }
        if( !bDoer ) continue;
      }
      /* "urged the House to reject": what someone is asked or wanted to do
      ** has not happened */
      if( a>=2 && s->aTok[a-1].eTag==TAG_TO ){
        static const char *const azAsk[] = {"urge","ask","call","press","tell","want","encourage",
          "persuade","advise","invite","request","pressure","lobby","expect","need","like","wish",0};
        int bAsked = 0;
        for(int j=a-2; j>=0 && j>=a-8; j--){
          if( TAG_IS_VERB(s->aTok[j].eTag) ){ bAsked = inSet(s->aTok[j].zLemma, azAsk); break; }
        }
        if( bAsked ) continue;
      }
      /* "severing ties with us": the action has a receiver, one no
      ** dictionary names; it is not one that stands alone */
      {
        static const char *const azObj[] = {"us","them","him","me","you",0};
        int bObj = 0;
        for(int j=a+pBest->nAnchor; j<s->nTok && j<mBest.iEnd+3 && !bObj; j++){
          if( s->aTok[j].flags & TOKF_PUNCT ) break;
          bObj = inSet(s->aTok[j].zLow, azObj) && s->aMenAt[j]<0;
        }
        if( bObj ) continue;
      }
      /* the agent must be plain: no other actor between it and the verb
      ** ("Russia wants Ukraine to withdraw" is no withdrawal by Russia) */
      int bBetween = 0;
      for(int x=0; x<s->nMen && !bBetween; x++){
        const Mention *mx = &s->aMen[x];
        bBetween = mx->iGroup!=gS && mx->zCode[0] && mx->iStart>=s->aMen[iSrc].iEnd && mx->iEnd<=a;
      }
      if( bBetween ) continue;
      for(int x=0; x<s->nMen; x++){
        if( s->aMen[x].iGroup!=gS ) continue;
        int rc = emit(c, s, &s->aMen[x], 0, zCode, 0);
        if( rc ) return rc;
      }
      continue;
    }
    int rc = emitGroups(c, s, iSrc, iTgt, zCode);
    if( rc ) return rc;
  }
  /* an event with no target whose source does the same root to someone
  ** in this sentence is that event told loosely ("reiterated its demand
  ** that Israel ease": the demand on Israel, not a demand on no one) */
  for(size_t i=0; i<c->nEv; i++){
    const brink_event *e = &c->aEv[i];
    if( e->iSentence!=c->iSent || e->zTarget[0] || e->nMention>1 ) continue;
    for(size_t j=0; j<c->nEv; j++){
      const brink_event *o = &c->aEv[j];
      if( j==i || o->iSentence!=c->iSent || !o->zTarget[0] ) continue;
      if( strcmp(o->zSource, e->zSource)==0 && strncmp(o->zCode, e->zCode, 2)==0 ){
        memmove(&c->aEv[i], &c->aEv[i+1], sizeof(brink_event)*(c->nEv-i-1));
        c->nEv--;
        c->stats.nEvent--;
        i--;
        break;
      }
    }
  }
  /* remember this sentence's actors for the next ones, and the people it
  ** names whom no dictionary knows, in text order */
  Memory rName;
  int iName = unknownPerson(c, s, 0, &rName);
  for(int k=0; k<=s->nMen; k++){
    while( iName>=0 && (k==s->nMen || iName<s->aMen[k].iStart) ){
      /* (a known person named by surname may journey: "he believed Baker
      ** had already left West Germany for Sweden") */
      if( rName.zCode[0] ){
        int e = iName;
        while( e<s->nTok && s->aTok[e].eTag==TAG_NNP && s->aMenAt[e]<0 ) e++;
        rName.bTravel = journeyAfter(s, e);
      }
      rememberUnknown(c, &rName);
      iName = unknownPerson(c, s, iName+1, &rName);
    }
    if( k==s->nMen ) break;
    const Mention *m = &s->aMen[k];
    if( !m->zCode[0] && (m->flags & ACTF_PERSON) && !(m->flags & (MF_PRONOUN|MF_AGENT)) && m->iEnd>m->iStart ){
      /* a person the dictionaries know but give no role on this day
      ** ("Khamenei" before he led Iran) is the same person named in full
      ** earlier in the story ("Iranian President Ali Khamenei"), so that
      ** a later "he" is not someone named in between */
      Memory r = { "", m->zText, ACTF_PERSON, c->iSent, 1, 0, 0 };
      if( knownSurname(c, s->aTok[m->iEnd-1].zLow, &r) ){
        r.iSent = c->iSent; r.bSubject = !isObjectLike(s, groupHead(s, m)); r.bPlural = 0;
        rememberUnknown(c, &r);
      }
    }
    remember(c, m, !isObjectLike(s, groupHead(s, m)), isPluralMention(s, m),
             (m->flags & ACTF_PERSON) && !c->pEng->bPeerVerbs && journeyAfter(s, m->iEnd));
    rememberAlias(c, s, m);
  }
  /* plural speakers no dictionary knows ("Metal traders in London said"):
  ** a later "they" is them, not the last actors named (eighth review #87) */
  for(int v=1; v<s->nTok && !c->pEng->bPeerVerbs; v++){
    if( !TAG_IS_VERB(s->aTok[v].eTag) || !inSet(s->aTok[v].zLemma, azSpeech) ) continue;
    int j = v-1;
    if( j>=2 && s->aTok[j].eTag==TAG_NNP && s->aTok[j-1].eTag==TAG_IN ) j -= 2;   /* "in London" */
    if( s->aTok[j].eTag==TAG_NNS && s->aMenAt[j]<0 ){
      Memory r = { "", "", 0, c->iSent, 1, 1, 0 };
      rememberUnknown(c, &r);
    }
    break;
  }
  return BRINK_OK;
}

/* ---- Issues ------------------------------------------------------------ */
/* The issue codes (Phoenix issue coding) the sentence's phrases raise, as a
** comma-separated list in c->zSentIssues; "~" phrases clear the sentence's,
** "~~" phrases the story's.  NULL when no issue dictionary is loaded. */
static int sentenceIssues(brink_coder *c, const Sent *s){
  const DictView *pV = &c->v;
  c->zSentIssues = 0;
  if( pV->nPhrase[DK_ISSUE]==0 ) return BRINK_OK;
  c->zSentIssues = "";
  char zBuf[512];
  size_t n = 0;
  int bOff = c->bNoIssues;
  for(int i=0; i<s->nTok && !bOff; i++){
    uint32_t iEntry;
    if( !phraseAt(c, s, DK_ISSUE, i, &iEntry) ) continue;
    const char *zCode = brinkDictCodeOn(c->pDict, DK_ISSUE, iEntry, c->iDay);
    if( !zCode ) continue;
    if( strcmp(zCode, "~~")==0 ){ c->bNoIssues = 1; bOff = 1; break; }
    if( strcmp(zCode, "~")==0 ){ bOff = 1; break; }
    size_t m = strlen(zCode);
    /* each code once */
    int bDup = 0;
    for(const char *p = zBuf; n && p<zBuf+n; ){
      const char *e = memchr(p, ',', (size_t)(zBuf+n-p));
      size_t len = e ? (size_t)(e-p) : (size_t)(zBuf+n-p);
      if( len==m && memcmp(p, zCode, m)==0 ){ bDup = 1; break; }
      p += len + 1;
    }
    if( bDup || n+m+2>sizeof zBuf ) continue;
    if( n ) zBuf[n++] = ',';
    memcpy(zBuf+n, zCode, m);
    n += m;
  }
  if( bOff || n==0 ) return BRINK_OK;
  c->zSentIssues = brinkArenaStrndup(&c->arena, zBuf, n);
  return c->zSentIssues ? BRINK_OK : BRINK_ENOMEM;
}

/* ---- Discards ---------------------------------------------------------- */
static int isDiscarded(const brink_coder *c, const Sent *s){
  const DictView *pV = &c->v;
  if( pV->nPhrase[DK_DISCARD]==0 ) return 0;
  for(int i=0; i<s->nTok; i++){
    uint32_t iEntry;
    if( phraseAt(c, s, DK_DISCARD, i, &iEntry) ) return 1;
  }
  return 0;
}

/* ---- API --------------------------------------------------------------- */
static const int aCommaDefault[6] = { 2, 10, 2, 10, 255, 0 };   /* TABARI's */

brink_coder *brink_coder_new(const brink_engine *pEng){
  if( !pEng ) return 0;
  brink_coder *c = calloc(1, sizeof *c);
  if( !c ) return 0;
  c->pEng = pEng;
  c->pDict = pEng->pDict;
  brinkDictView(c->pDict, &c->v);
  c->bStems = brinkDictHasStems(c->pDict);
  for(int k=0; k<DK__COUNT && !c->bGapped; k++){
    for(size_t i=0; i<c->v.nPhrase[k] && !c->bGapped; i++) c->bGapped = c->v.aPhrase[k][i].mGap!=0;
  }
  memcpy(c->aComma, aCommaDefault, sizeof c->aComma);
  static const char *const azDetWords[] = {"a","an","the","its","his","her","their","our","this",
    "that","these","those","any","some",0};
  for(int d=0; azDetWords[d] && c->nDetId<16; d++){
    int32_t id = brinkDictWordId(c->pDict, azDetWords[d], strlen(azDetWords[d]));
    if( id>=0 ) c->aDetId[c->nDetId++] = id;
  }
  brinkArenaInit(&c->arena);
  c->pCache = brinkWordCacheNew(c->pDict);
  if( !c->pCache ){ free(c); return 0; }
  /* brink's own dictionaries: the names the misspelling test reads */
  if( !c->pEng->bPeerVerbs && !buildNames(c) ){ brinkWordCacheFree(c->pCache); free(c); return 0; }
  return c;
}

void brink_coder_free(brink_coder *c){
  if( !c ) return;
  free(c->aName);
  free(c->azWord); free(c->anWord);
  brinkArenaFree(&c->arena);
  brinkWordCacheFree(c->pCache);
  free(c);
}

void brink_coder_stats_get(const brink_coder *c, brink_coder_stats *p){ *p = c->stats; }
const char *brink_coder_errmsg(const brink_coder *c){ return c->zErr; }

/* "[CODE]" after zKey in z: copies CODE to zOut[16]; 0 if absent. */
static int optionCode(const char *z, const char *zKey, char *zOut){
  const char *p = strstr(z, zKey);
  if( !p ) return 0;
  p = strchr(p, '[');
  const char *e = p ? strchr(p, ']') : 0;
  if( !e ) return 0;
  p++;
  while( p<e && *p==' ' ) p++;
  size_t n = 0;
  while( p+n<e && p[n]!=' ' && n<15 ) n++;
  memcpy(zOut, p, n); zOut[n] = 0;
  return n>0;
}

int brink_coder_tabari_option(brink_coder *c, const char *zLine){
  char z[256];
  size_t n = 0;
  for(; zLine[n] && n<sizeof z-1; n++) z[n] = (char)toupper((unsigned char)zLine[n]);
  z[n] = 0;
  const char *p = z;
  while( *p==' ' ) p++;
  if( strncmp(p, "DEFAULT:", 8)==0 ){
    if( strstr(p, "OFF") && !strstr(p, "SOURCE") && !strstr(p, "TARGET") ){
      c->zDefSrc[0] = c->zDefTgt[0] = 0; c->bDefPrior = c->bDefAfter = 0;
      return BRINK_OK;
    }
    if( optionCode(p, "SOURCE", c->zDefSrc) ) c->bDefPrior = strstr(p, "PRIOR")!=0;
    if( optionCode(p, "TARGET", c->zDefTgt) ) c->bDefAfter = strstr(p, "AFTER")!=0;
    return BRINK_OK;
  }
  if( strncmp(p, "FORWARD:", 8)==0 ){
    c->bForward = !strstr(p, "OFF");
    c->zFwdSrc[0] = c->zFwdTgt[0] = 0;
    return BRINK_OK;
  }
  if( strncmp(p, "COMMA:", 6)==0 ){
    if( strstr(p, "OFF") ){ c->bCommaOff = 1; return BRINK_OK; }
    static const char *const azKey[] = { "MIN", "MAX", "EMIN", "EMAX", "BMIN", "BMAX" };
    memcpy(c->aComma, aCommaDefault, sizeof c->aComma);
    c->bCommaOff = 0;
    for(const char *q = p+6; *q; ){
      while( *q==' ' ) q++;
      const char *k0 = q;
      while( isalpha((unsigned char)*q) ) q++;
      size_t nk = (size_t)(q-k0);
      while( *q==' ' || *q=='=' ) q++;
      int v = atoi(q);
      while( isdigit((unsigned char)*q) ) q++;
      for(int i=0; i<6; i++) if( nk==strlen(azKey[i]) && memcmp(k0, azKey[i], nk)==0 ) c->aComma[i] = v;
      if( q==k0 ) q++;
    }
    return BRINK_OK;
  }
  if( strncmp(p, "COMPLEX:", 8)==0 ){
    const char *v = strstr(p, "VERBS["), *j = strstr(p, "CONJ[");
    c->nMaxVerbs = v ? atoi(v+6) : 0;
    c->nMaxConj = j ? atoi(j+5) : 0;
    return BRINK_OK;
  }
  if( strncmp(p, "SET:", 4)==0 && strstr(p, "CODE ") ){
    c->eCodeBy = strstr(p, "SENTENCE") ? 1 : strstr(p, "ALL") ? 2 : 0;
    return BRINK_OK;
  }
  if( strncmp(p, "SET:", 4)==0 && strstr(p, "MINIMUM WORDS") ){
    const char *e = strchr(p, '=');
    c->nMinWords = e ? atoi(e+1) : 0;
    return BRINK_OK;
  }
  if( strncmp(p, "SET:", 4)==0 && strstr(p, "CONVERT AGENT") ){
    c->bConvertAgent = strstr(p, "TRUE")!=0;
    return BRINK_OK;
  }
  return BRINK_EINVAL;
}

typedef struct SentRange { size_t *a; size_t n, nAlloc; Arena *pArena; int bOom; } SentRange;
static void collectSentence(void *pArg, size_t iStart, size_t iEnd){
  SentRange *r = pArg;
  if( r->bOom ) return;
  if( r->n+2 > r->nAlloc ){
    size_t nNew = r->nAlloc ? r->nAlloc*2 : 128;
    size_t *aNew = brinkArenaAlloc(r->pArena, sizeof(size_t)*nNew);
    if( !aNew ){ r->bOom = 1; return; }
    if( r->n ) memcpy(aNew, r->a, sizeof(size_t)*r->n);
    r->a = aNew; r->nAlloc = nNew;
  }
  r->a[r->n++] = iStart;
  r->a[r->n++] = iEnd;
}


int brink_code_story(brink_coder *c, const brink_story *pStory, const brink_event **paEvent, size_t *pnEvent){
  *paEvent = 0; *pnEvent = 0;
  brinkArenaReset(&c->arena);
  brinkWordCacheStory(c->pCache);
  c->zErr[0] = 0;
  c->aEv = 0; c->nEv = c->nEvAlloc = 0;
  c->nMem = 0;
  c->iPastSent = -2;
  c->nAlias = 0;
  c->bNoIssues = 0;
  c->zSentIssues = 0;
  c->pFacts = brinkFactsBegin(c->pEng->pGaz, &c->arena);   /* facts (issue 7) */
  if( !c->pFacts ) goto oom;
  if( pStory->zDateline && brinkFactsDateline(c->pFacts, pStory->zDateline) ) goto oom;
  c->pStory = pStory;
  c->aSpan = 0; c->nSpan = 0;
  if( !pStory->zText || !pStory->zDate || brink_date_parse(pStory->zDate, &c->iDay)!=BRINK_OK ){
    snprintf(c->zErr, sizeof c->zErr, "story %s: missing text or bad date", pStory->zId ? pStory->zId : "?");
    return BRINK_EINVAL;
  }
  if( pStory->nText > BRINK_MAX_STORY ){
    snprintf(c->zErr, sizeof c->zErr, "story %s: %zu bytes, over the %u-byte limit",
             pStory->zId ? pStory->zId : "?", pStory->nText, (unsigned)BRINK_MAX_STORY);
    return BRINK_ETOOBIG;
  }
  c->stats.nStory++;
  if( c->nMinWords && c->bStems ){
    /* TABARI's MINIMUM WORDS: a shorter story is not coded */
    int nWord = 0;
    for(size_t i=0; i<pStory->nText; i++){
      if( !isspace((unsigned char)pStory->zText[i]) && (i==0 || isspace((unsigned char)pStory->zText[i-1])) ) nWord++;
    }
    if( nWord<c->nMinWords ) return BRINK_OK;
  }
  SentRange r = { 0, 0, 0, &c->arena, 0 };
  if( pStory->bSentences ) brinkSplitLines(pStory->zText, pStory->nText, collectSentence, &r);
  else brinkSplit(pStory->zText, pStory->nText, collectSentence, &r);
  if( r.bOom ) goto oom;
  c->aSpan = r.a; c->nSpan = r.n/2;   /* (brink_coder_sentences) */
  for(size_t k=0; k<r.n; k+=2){
    c->iSent = (int)(k/2);
    c->stats.nSentence++;
    Sent s;
    memset(&s, 0, sizeof s);
    s.bNpActor = c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH;
    s.z = pStory->zText + r.a[k];
    s.n = r.a[k+1] - r.a[k];
    s.iBase = r.a[k];
    if( s.n > BRINK_MAX_SENTENCE ){ c->stats.nLongSentence++; continue; }
    int bSkip = 0;
    if( analyze(c, &s, &bSkip) ) goto oom;
    if( bSkip ) continue;
    if( isDiscarded(c, &s) || brinkSentenceKind(s.aTok, s.nTok, c->iDay)!=SENT_NEWS ){
      c->stats.nDiscarded++;
      continue;
    }
    c->zSentDate = 0;
    c->iAnchor = -1;
    c->aSentTok = s.aTok; c->nSentTok = s.nTok;
    if( findMentions(c, &s) ) goto oom;
    composeMentions(c, &s);
    if( resolveMentions(c, &s) ) goto oom;
    if( c->bStems && !c->bCommaOff ) dropCommaClauses(c, &s);
    if( brinkFactsSentence(c->pFacts, c->iSent, s.aTok, s.nTok, s.z, s.iBase) ) goto oom;   /* facts (issue 7) */
    if( sentenceIssues(c, &s) ) goto oom;
    if( codeSentence(c, &s) ) goto oom;
  }
  if( brinkFactsFinish(c->pFacts, c->aEv, (size_t)c->nEv) ) goto oom;   /* facts (issue 7) */
  if( c->bForward ){
    /* what the next story's pronoun may stand for */
    c->zFwdSrc[0] = c->zFwdTgt[0] = 0;
    if( c->nEv ){
      static const char *const azPron[] = {"he","she","it","they","him","her","them",0};
      const brink_event *e = &c->aEv[0];
      snprintf(c->zFwdSrc, sizeof c->zFwdSrc, "%.3s", e->zSource);
      snprintf(c->zFwdTgt, sizeof c->zFwdTgt, "%.3s", e->zTarget);
      char zLow[8] = "";
      for(size_t i=0; e->zSourceText && e->zSourceText[i] && i<sizeof zLow-1; i++){
        zLow[i] = (char)tolower((unsigned char)e->zSourceText[i]); zLow[i+1] = 0;
      }
      c->bFwdPron = inSet(zLow, azPron);
    }
  }
  *paEvent = c->aEv;
  *pnEvent = c->nEv;
  return BRINK_OK;
oom:
  snprintf(c->zErr, sizeof c->zErr, "out of memory coding story %s", pStory->zId ? pStory->zId : "?");
  return BRINK_ENOMEM;
}

/* The places and quantities of the story last coded (facts.h; tests and tools). */
FactsStory *brinkCoderFacts(const brink_coder *c){ return c ? c->pFacts : 0; }

size_t brink_split_sentences(const char *zText, size_t nText, brink_sentence_fn x, void *pArg){
  return brinkSplit(zText, nText, x, pArg);
}

int brink_analyze(brink_coder *c, const char *zText, size_t nText, const brink_token **paTok){
  brinkArenaReset(&c->arena);
  brinkWordCacheStory(c->pCache);
  Sent s;
  memset(&s, 0, sizeof s);
  s.z = zText; s.n = nText;
  if( analyze(c, &s, 0) ) return BRINK_ENOMEM;
  brink_token *a = brinkArenaAlloc(&c->arena, sizeof(brink_token)*(size_t)(s.nTok+1));
  if( !a ) return BRINK_ENOMEM;
  for(int i=0; i<s.nTok; i++){
    a[i].zText = s.aTok[i].z;
    a[i].nText = s.aTok[i].n;
    a[i].zLemma = s.aTok[i].zLemma;
    a[i].zTag = brinkTagName(s.aTok[i].eTag);
    a[i].iChunk = s.aTok[i].iChunk;
    a[i].iOffset = s.aTok[i].iOff;
  }
  *paTok = a;
  return s.nTok;
}

size_t brink_coder_sentences(const brink_coder *c, const size_t **paSpan){
  *paSpan = c ? c->aSpan : 0;
  return c && c->aSpan ? c->nSpan : 0;
}
