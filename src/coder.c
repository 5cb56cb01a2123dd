/*
** coder.c — code one story into events: who did what to whom.
**
** For each sentence:
**   1. analyse: tokens, tags, lemmas, chunks, and dictionary word ids;
**   2. find mentions (mention.c): actor phrases, agent phrases ("troops"),
**      pronouns and descriptions ("he", "the latter", "both leaders"), and
**      compose them: "Russian" + "troops" = RUSMIL, "US President" + "Joe
**      Biden" = one mention, "A and B" = one compound group;
**   3. resolve pronouns and bare descriptions ("the president") against
**      the story's discourse memory (discourse.c);
**   4. match verb patterns at each anchor word (match.c); the source is
**      the clause's subject (clause.c), the speaker of a quotation, or the
**      by-agent of a passive; the target the pattern's '+' slot, the first
**      actor after the verb, or the partner of the last two sentences
**      (roles.c); failing all, an action that stands on its own ("rebels
**      surrendered") has no target; appeals and demands code the governing
**      act (appeal.c);
**   5. drop negated, hypothetical and merely named acts, code intentions
**      and refusals as CAMEO does (frame.c, screen.c); fold repeats within
**      the story.
** The emission of an event is event.c.  This file holds the analysis
** (step 1), codeSentence() that ties the steps together for each anchor
** (codeAnchor), the emission of acts with no target, and the API.  The
** coder owns an arena; every string it returns lives there until the next
** story.  It reads the engine and never writes it.
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Word lists -------------------------------------------------------- */
const char *const brinkAzBe[] = {"be","is","are","was","were","been","being","am","'s","'re",0};
const char *const brinkAzNeg[] = {"not","n't","never","without",0};
const char *const brinkAzModal[] = {"could","might","may","should","must","ought","can",
  "if","unless","whether",0};
const char *const brinkAzFear[] = {"fear","fears","feared","threat","risk","possibility","prospect",
  "possible","potential","hypothetical","would-be","unlikely","likelihood","whether",
  "danger","spectre","specter","likelihood","chance","rumor","rumour","rumors","rumours","speculation",
  "difficult","impossible",0};
const char *const brinkAzSpeech[] = {"say","tell","add","state","declare","stress","note","insist",
  "claim","write","tweet",0};
/* a diplomatic mission: in a country, it is another country's */
const char *const brinkAzMission[] = {"embassy","embassies","consulate","consulates","legation",0};
static const char *const azDet[] = {"the","a","an","this","that","these","those","his","her","its",
  "their","our","your","my","both","all","some","several","two","three","many","other","another",0};
static const char *const azPronoun[] = {"he","him","she","her","they","them","it",0};
/* words that end a company's or institution's name, and calendar words:
** a capitalised run with one is no unknown person (brinkUnknownPerson) */
static const char *const azOrg[] = {"corp","inc","co","ltd","plc","bank","group","ministry",
  "department","council","commission","party","union","agency","news","times","post","street",
  "exchange","fund","association","institute","university","board","committee","office",
  "house","court","airlines","airways","motors","oil","petroleum","international","reuters",0};
static const char *const azCal[] = {"january","february","march","april","may","june","july",
  "august","september","october","november","december","monday","tuesday","wednesday",
  "thursday","friday","saturday","sunday",0};

/* The word lists tested at nearly every token (WL_* in coder.h): whether
** a form is in each is worked out once per form (kept in the word memo)
** rather than by a scan of the list at every test. */
/* the words that may end a clause (brinkClauseBreak) */
static const char *const azBreak[] = {";","but","whereas","and","or",0};
/* words besides the pronouns that may stand for an actor named before (analyze) */
static const char *const azRef[] = {"latter","former","both","two",0};

/* Puts the word lists in c->aWordList (brink_coder_new): a form's lists
** are then one probe of a small table away, not a scan of a hundred words,
** which every form new to the word memo took. */
static void buildWordLists(brink_coder *c){
  static const struct { const char *const *az; uint16_t m; } aList[] = {
    {azBreak, WL_BREAK}, {azDet, WL_DET}, {azPronoun, WL_PRONOUN}, {azRef, WL_REF},
    {azOrg, WL_ORGCAL}, {azCal, WL_ORGCAL},
  };
  for(size_t l=0; l<sizeof aList/sizeof aList[0]; l++){
    for(int w=0; aList[l].az[w]; w++){
      const char *z = aList[l].az[w];
      uint32_t h = brinkWordCacheHash(z, (int)strlen(z));   /* as the tokenizer's Tok.hLow */
      uint32_t i = h;
      while( c->aWordList[i & (WORDLIST_SLOTS-1)].z
          && strcmp(c->aWordList[i & (WORDLIST_SLOTS-1)].z, z)!=0 ) i++;
      i &= WORDLIST_SLOTS-1;
      c->aWordList[i].z = z;
      c->aWordList[i].h = h;
      c->aWordList[i].m |= aList[l].m;
    }
  }
}

/* The WL_* bits of the word lists form z (h its Tok.hLow hash) is in. */
static uint16_t wordLists(const brink_coder *c, const char *z, uint32_t h){
  for(uint32_t i=h; ; i++){
    const struct WordListSlot *w = &c->aWordList[i & (WORDLIST_SLOTS-1)];
    if( !w->z ) return WL_KNOWN;
    if( w->h==h && brinkWordEq(w->z, z) ) return WL_KNOWN | w->m;
  }
}

/* ---- Analysis ---------------------------------------------------------- */
/* Look up each token's form in the word memo (the memo's lines for all
** the tokens prefetched, by the tokenizer's hashes, then the reads; the
** hints were given a sentence ago when bHinted): its lexicon entry, its
** lower-case copy, the phrase kinds it may start and the word lists it
** is in, into aW[i] (NULL when the memo is full) and s.  Sets *pbActor to
** whether a word may start an actor or agent phrase or stand for one. */
static int lookUpWords(brink_coder *c, Sent *s, int bHinted, WordInfo **aW, int *pbActor){
  Tok *aTok = s->aTok;
  int n = s->nTok;
  int bActor = 0;
  brinkWordCacheGetAll(c->pCache, aTok, n, bHinted, aW);
  for(int i=0; i<n; i++){
    if( aW[i] ){
      aTok[i].iLex = aW[i]->iLex>=0 ? aW[i]->iLex+1 : -1;
      aTok[i].zLow = aW[i]->zLow;
      s->aStarts[i] = aW[i]->mStarts;
      if( aW[i]->mStarts & ((1u<<DK_ACTOR)|(1u<<DK_AGENT)) ) bActor = 1;
      if( !aW[i]->mLists ) aW[i]->mLists = wordLists(c, aTok[i].zLow, aTok[i].hLow);
      s->aLists[i] = aW[i]->mLists;
    }else{
      s->aStarts[i] = 0xFF;   /* not cached: no cheap answer, try every kind */
      s->aLists[i] = wordLists(c, aTok[i].zLow, aTok[i].hLow);
      bActor = 1;
    }
    if( s->aLists[i] & (WL_PRONOUN|WL_REF) ) bActor = 1;
  }
  *pbActor = bActor;
  return BRINK_OK;
}

/* Does a capitalised word of the sentence name a place (which later
** sentences' places are read against: "rallied in Texas" before "Paris")? */
static int namesPlace(const brink_coder *c, const Sent *s){
  const Tok *aTok = s->aTok;
  int bActor = 0;
  for(int i=0; !bActor && i<s->nTok; i++){
    if( (aTok[i].flags & TOKF_CAP) && c->pEng->pGaz ){
      char zKey[64];
      size_t nKey = brinkGazKey(aTok[i].z, (size_t)aTok[i].n, zKey, sizeof zKey);
      if( nKey && brinkGazFirstWord(c->pEng->pGaz, zKey, nKey) ) bActor = 1;
    }
  }
  return bActor;
}

/* Give each token its tagger candidates, memoised in the word memo.  The
** tagger's candidates depend on the form and a few flags: memoise them for
** the first two sets of flags a form is seen with (a word that opens
** sentences is seen capitalised there and lower-case elsewhere). */
static void tagCandidates(Tok *aTok, int n, WordInfo **aW){
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
}

  /* Peer verb dictionaries list their verbs, and code only at verbs: a
  ** past form the tagger took for an adjective or noun right after a name,
  ** pronoun, modal or adverb ("Gondor deplored Libya": JJ) is the verb when
  ** its lemma anchors the dictionary's patterns. */
  /* So is a base form the tagger took for a noun after "to" ("inching
  ** nearer to accord with") or between a name and a preposition
  ** ("Ethiopia act on a resolution"). */
static int peerVerbTags(brink_coder *c, Sent *s){
  Tok *aTok = s->aTok;
  int n = s->nTok;
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
  return BRINK_OK;
}

/* Each token's lemma, its dictionary word ids (form, lemma, TABARI stems)
** and the sentence's bit sets of the ids it holds (s->mWords, s->aIdBits). */
static int wordIds(brink_coder *c, Sent *s, WordInfo **aW){
  Tok *aTok = s->aTok;
  int n = s->nTok;
  const int bPeerVerbs = c->pEng->bPeerVerbs, bStems = c->bStems;   /* (read once, not at each token) */
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
    if( t->n==5 && !bPeerVerbs && memcmp(t->zLow, "march", 5)==0 && (t->flags & TOKF_CAP)
        && (!(t->flags & TOKF_FIRST) || (i+1<n && (aTok[i+1].flags & TOKF_NUM))) ){
      s->aIdLow[i] = s->aIdLem[i] = -1;
    }
    /* TABARI stems: "Eriadori" begins with the stem ERIADOR */
    s->aIdStem2[i] = -1;
    s->aIdStem[i] = !bStems ? -1 : aW[i] ? (s->aIdStem2[i] = aW[i]->idStem2, aW[i]->idStem)
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
  return BRINK_OK;
}

/* Analyse sentence s: tokens, word lookups, tags, lemmas, word ids and
** chunks.  A sentence in which no word can start an actor or agent phrase,
** no pronoun stands for one and no place is named can code no event and
** adds nothing to the story's memory: it is not analysed past the lookups
** (*pbSkip set). */
static int analyze(brink_coder *c, Sent *s, int *pbSkip){
  Tok *aTok = s->aTok;
  int n = s->nTok;
  const int bAhead = aTok!=0; /* tokenized ahead, the memo's lines asked for (brink_code_story) */
  if( !aTok ){
    n = brinkTokenize(&c->arena, s->z, s->n, s->iBase, &aTok);
    if( n<0 ) return BRINK_ENOMEM;
    s->aTok = aTok; s->nTok = n;
  }
  /* the per-token arrays, n+1 entries each, cut from one arena block (one
  ** call, not nine): widest first, so that each is aligned */
  const size_t m = (size_t)(n+1);
  char *pMem = brinkArenaAlloc(&c->arena, m*(sizeof(WordInfo*) + 4*sizeof(int32_t) + sizeof(int)
                                             + sizeof(uint16_t) + 2));
  if( !pMem ) return BRINK_ENOMEM;
  WordInfo **aW = (WordInfo**)pMem;     pMem += m*sizeof(WordInfo*);
  s->aIdLow = (int32_t*)pMem;           pMem += m*sizeof(int32_t);
  s->aIdLem = (int32_t*)pMem;           pMem += m*sizeof(int32_t);
  s->aIdStem = (int32_t*)pMem;          pMem += m*sizeof(int32_t);
  s->aIdStem2 = (int32_t*)pMem;         pMem += m*sizeof(int32_t);
  s->aMenAt = (int*)pMem;               pMem += m*sizeof(int);
  s->aLists = (uint16_t*)pMem;          pMem += m*sizeof(uint16_t);
  s->aStarts = (uint8_t*)pMem;          pMem += m;
  s->aUsed = (uint8_t*)pMem;
  memset(s->aUsed, 0, m);
  int bActor = 0;
  int rc = lookUpWords(c, s, bAhead, aW, &bActor);
  if( rc ) return rc;
  if( !bActor ) bActor = namesPlace(c, s);
  if( !bActor && pbSkip ){ *pbSkip = 1; return BRINK_OK; }
  tagCandidates(aTok, n, aW);
  brinkTagSentence(aTok, n);
  if( (rc = peerVerbTags(c, s))!=BRINK_OK ) return rc;
  if( (rc = wordIds(c, s, aW))!=BRINK_OK ) return rc;
  brinkChunk(aTok, n);
  return BRINK_OK;
}

/* Can a pattern start at token a?  The checks that hold for every pattern
** at this anchor, made once here (brinkPatternMatch makes only the
** per-pattern ones).  *pbOnlyPat: only a pattern of more than one word may
** match (a TABARI "verb" that is no verb). */
static int anchorCandidate(const brink_coder *c, const Sent *s, int a, int nCoded, int *pbOnlyPat){
  /* a capitalised name mid-sentence is not an event word ("Burns Fry
  ** Ltd"); TABARI and PETRARCH verb dictionaries list verbs, so their
  ** anchors are verbs */
  const Tok *ta = &s->aTok[a];
  if( (ta->eTag==TAG_NNP || ta->eTag==TAG_NNPS) && !(ta->flags & TOKF_FIRST) && !(ta->flags & TOKF_ALLCAP) ) return ANCHOR_DONE;
  /* TABARI reads as a noun a word capitalised mid-sentence ("about To
  ** Restore") or right after an article ("the restore") */
  if( c->bStems && (((ta->flags & TOKF_CAP) && !(ta->flags & TOKF_FIRST) && !(ta->flags & TOKF_ALLCAP))
      || (a>0 && (tokIs(&s->aTok[a-1], "the") || tokIs(&s->aTok[a-1], "a") || tokIs(&s->aTok[a-1], "an")))) ) return ANCHOR_DONE;
  int bOnlyPat = 0;
  if( c->pEng->bPeerVerbs && !TAG_IS_VERB(ta->eTag) ){
    if( !c->bStems ) return ANCHOR_DONE;     /* PETRARCH: its verbs are verbs */
    /* TABARI: ... or read as a noun where only a verb can stand: "didn't
    ** parley", "will ban", "to restore" (the tagger's error, not a noun) */
    const Tok *tp = a>0 ? &s->aTok[a-1] : 0;
    if( !tp || !(tp->eTag==TAG_MD || tp->eTag==TAG_TO || tokIs(tp, "n't") || tokIs(tp, "not")) ){
      /* TABARI's "verbs" are any words ("VOICE", "SHOULD"); a word of
      ** another tag codes when a pattern with more words matches */
      if( nCoded>0 && c->eCodeBy!=2 ) return ANCHOR_DONE;   /* (not after the clause's verb has coded, unless CODE ALL) */
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
    if( tp && ta->eTag==TAG_VBG && (tp->eTag==TAG_DT || tp->eTag==TAG_PRPS) ) return ANCHOR_DONE;
    if( tp && (tokIs(tp, "very") || tokIs(tp, "too")) ) return ANCHOR_DONE;
  }
  *pbOnlyPat = bOnlyPat;
  return ANCHOR_ON;
}

/* Does a pattern start with the word at a, by its form, lemma or a stem?
** Most words anchor none: this is the test bestPattern() would make, made
** before it sets anything up. */
static inline int anchorsPattern(const DictView *pV, const Sent *s, int a){
  /* (brinkViewPhrasesFor()'s test, with its bounds checks made once: a
  ** negative id, cast, is out of bounds as well) */
  const uint32_t *aStart = pV->aIdxStart[DK__COUNT];
  const size_t nUsed = pV->nUsed;
  if( !aStart ) return 0;
#define ANCHORS(w) ((size_t)(uint32_t)(w)<nUsed && aStart[(w)+1]!=aStart[(w)])
  int32_t w0 = s->aIdLow[a], w1 = s->aIdLem[a], w2 = s->aIdStem[a], w3 = s->aIdStem2[a];
  int bAny = ANCHORS(w0) || ANCHORS(w1) || ANCHORS(w2) || ANCHORS(w3);
#undef ANCHORS
  return bAny;
}

/* The best pattern at anchor a, tried by the word's form, lemma and stems
** in turn: the most specific, then the one with the fewest loose matches
** (peer dictionaries: the most slots, then the most literal words, as
** TABARI prefers).  NULL when none matches; its match in *pM. */
static const Pattern *bestPattern(const brink_coder *c, const Sent *s, int a, int bOnlyPat, Match *pM){
  const DictView *pV = &c->v;
  const Pattern *pBest = 0;
  Match mBest = { -1, -1, a, a+1, 0, 0, -1 };
  const int32_t aw[4] = { s->aIdLow[a], s->aIdLem[a], s->aIdStem[a], s->aIdStem2[a] };
  for(int pass=0; pass<4 && !pBest; pass++){
    int32_t w = aw[pass];
    if( w<0 || (pass==1 && w==aw[0]) ) continue;
    uint32_t n;
    const uint32_t *aP = brinkViewPhrasesFor(pV, DK__COUNT, w, &n);   /* (brinkDictPatternsFor) */
    for(uint32_t j=0; j<n; j++){
      Match m;
      const Pattern *pat = &pV->aPat[aP[j]];
      if( pat->mNeed & ~s->mWords ) continue;   /* a needed word is missing */
      if( bOnlyPat && pat->nSpec<=1 ) continue;
      if( (pat->aNeed[0]>=0 && !idMayBeIn(s, pat->aNeed[0]))
       || (pat->aNeed[1]>=0 && !idMayBeIn(s, pat->aNeed[1])) ) continue;
      if( pBest && pV->aPat[aP[j]].nSpec < pBest->nSpec ) break;  /* sorted most specific first */
      if( brinkPatternMatch(c, s, &pV->aPat[aP[j]], a, pass<=1, &m) ){
        /* of equally specific patterns, an exact match beats one that
        ** needed a loose noun phrase ("send {aid}" vs "send {military aid}") */
        /* peer patterns: of equally specific ones, the one with more
        ** slots ("$ * [095]" over "* [094]"), then more literal words,
        ** as TABARI prefers */
        const Pattern *pP = &pV->aPat[aP[j]];
        int bMore = c->pEng->bPeerVerbs && pBest && pP->nSpec==pBest->nSpec
                 && m.nLoose<=mBest.nLoose && (pP->nElem>pBest->nElem
                 || (pP->nElem==pBest->nElem && brinkLiteralWords(pV, pP)>brinkLiteralWords(pV, pBest)));
        if( !pBest || pP->nSpec > pBest->nSpec || m.nLoose < mBest.nLoose || bMore ){
          pBest = pP; mBest = m;
        }
        if( m.nLoose==0 && !c->pEng->bPeerVerbs ) break;
      }
    }
  }
  *pM = mBest;
  return pBest;
}

/* Is the word matched at a no act: a participle modifying a noun ("told
** visiting U.S. Secretary of State"), or "given" as a preposition? */
static int notTheAct(const brink_coder *c, const Sent *s, int a, const Match *pM){
  const Match mBest = *pM;
  /* "told visiting U.S. Secretary of State": a participle modifying a noun
  ** (not a perfect tense: "France has condemned Iran") */
  if( (s->aTok[a].eTag==TAG_VBG || s->aTok[a].eTag==TAG_VBN) && a>0 && a+1<s->nTok
      && (TAG_IS_VERB(s->aTok[a-1].eTag) || s->aTok[a-1].eTag==TAG_DT || s->aTok[a-1].eTag==TAG_IN)
      && s->aMenAt[a-1]<0
      && s->aMenAt[a+1]>=0 && s->aMen[s->aMenAt[a+1]].iStart==a+1 && mBest.iTgt==s->aMenAt[a+1]
      && !tokIs(&s->aTok[a-1], "by") && !inSet(s->aTok[a-1].zLemma, brinkAzBe)
      && !(s->aTok[a].eTag==TAG_VBN && lemIs(&s->aTok[a-1], "have"))
      /* "kept attacking Chad", "began shelling the town": the gerund
      ** after a verb of going on is the clause's verb */
      && !(s->aTok[a].eTag==TAG_VBG && inSet(s->aTok[a-1].zLemma, brinkAzGoOn)) ) return 1;
  /* "especially given the furore over the Iran arms deal": "given" before
  ** a noun phrase, after a comma, an adverb or the sentence's start, is a
  ** preposition, no giving (twenty-third review #62) */
  if( !c->pEng->bPeerVerbs && tokIs(&s->aTok[a], "given") && a+1<s->nTok
      && (s->aTok[a+1].eTag==TAG_DT || s->aTok[a+1].eTag==TAG_PRPS || tokIs(&s->aTok[a+1], "that"))
      && (a==0 || tokIs(&s->aTok[a-1], ",") || s->aTok[a-1].eTag==TAG_RB) ) return 1;
  return 0;
}

/* An act another reports or asks for: a breach of norms one says the
** subject did is that one's accusation (112), an act one urges is the
** appeal (appeal.c).  ANCHOR_DONE when that is what was emitted or
** dropped. */
static int governedAct(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  /* a breach of norms that another says the subject did is that one's
  ** charge: "Baker said West Germany was breaching the accord" is an
  ** accusation (112), not the breach (eighth review #54, #96) */
  if( !c->pEng->bPeerVerbs && A->iSubj>=0 && strncmp(pBest->zCode, "128", 3)==0 ){
    int iSay = brinkReportedBy(s, A->iSubj, a);
    if( iSay>=0 ){
      int rc = brinkEmitGroups(c, s, iSay, A->iSubj, "112");
      if( rc ) return rc;
      return ANCHOR_DONE;
    }
    if( iSay==-2 ){ c->stats.nDiscarded++; return ANCHOR_DONE; }
  }
  /* an action asked of someone is the asking: "urged Russia to withdraw" */
  {
    int iAsker, iAsked, bNot, iGov = -1;
    int eGov = (pBest->flags & PATF_NULL) || c->pEng->bPeerVerbs ? GOV_NONE
             : brinkGovernor(s, a, A->iSubj, &iAsker, &iAsked, &bNot, &iGov);
    if( eGov==GOV_HYPO ){ c->stats.nDiscarded++; return ANCHOR_DONE; }
    /* (an appeal told of a time long past is history too: "began its
    ** moratorium in August 1985, calling on the United States to agree",
    ** twenty-third review #63) */
    if( eGov!=GOV_NONE && iGov>=0 && brinkPastClause(c, s, iGov, iGov+1) ){
      c->iPastSent = c->iSent;
      c->stats.nDiscarded++;
      return ANCHOR_DONE;
    }
    /* one who warns that it will act itself threatens ("Turkey warned that
    ** it would launch a military operation into Syria", "Erdogan warned
    ** that Turkey could launch"): a threat to the act's target */
    if( eGov==GOV_DEMAND && iGov>=0 && lemIs(&s->aTok[iGov], "warn") && iAsker>=0 && iAsked>=0 && !bNot
        && (s->aMen[iAsker].iGroup==s->aMen[iAsked].iGroup
            || strncmp(s->aMen[iAsker].zCode, s->aMen[iAsked].zCode, 3)==0) ){
      if( A->iTgt>=0 && A->iTgt!=iAsked ){
        int rc = brinkEmitGroups(c, s, iAsker, A->iTgt, brinkThreatCode(pBest->zCode));
        if( rc ) return rc;
      }
      return ANCHOR_DONE;
    }
    if( eGov!=GOV_NONE ){
      const char *zAsk = brinkAskCode(eGov, pBest->zCode, bNot);
      if( zAsk ){
        int rc = brinkEmitGroups(c, s, iAsker, iAsked, zAsk);
        if( rc ) return rc;
      }
      return ANCHOR_DONE;
    }
  }
  return ANCHOR_ON;
}

/* How the sentence frames the act (frame.c): A->eFrame; ANCHOR_DONE for
** a hypothetical or negated act. */
static int anchorFrame(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  /* TABARI and PETRARCH dictionaries state negation and modality in their
  ** own patterns ("&NEGATVAUXVRB *"); brink's framing applies to its own */
  A->eFrame = c->pEng->bPeerVerbs ? FR_NONE : brinkFraming(s, A->iSubj>=0 ? s->aMen[A->iSubj].iEnd : 0, a);
  if( A->eFrame==FR_PREDICT ) A->eFrame = brinkForecastFrame(s, pBest->zCode, a, mBest.iEnd);
  if( !c->pEng->bPeerVerbs && A->eFrame!=FR_HYPO ){
    int e2 = brinkFramingAround(s, A->iSubj>=0 ? s->aMen[A->iSubj].iStart : -1, a, c->iDay);
    if( e2==FR_PREDICT ) e2 = brinkForecastFrame(s, pBest->zCode, a, mBest.iEnd);
    /* what is hypothetical around the clause is so whatever the clause
    ** says ("has said in the past that it will not negotiate") */
    if( e2==FR_HYPO ) A->eFrame = FR_HYPO;
    else if( A->eFrame==FR_NONE || A->eFrame==FR_FUTURE ){
      if( e2==FR_NEG ) A->eFrame = A->eFrame==FR_FUTURE ? FR_REFUSE : FR_NEG;
      else if( A->eFrame==FR_NONE ) A->eFrame = e2;
    }
  }
  /* "Eyskens was speaking before hosting a meeting this weekend": an act
  ** after the words reported is still to come (twenty-second review #44) */
  if( A->eFrame==FR_NONE && !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VBG && a>=2
      && tokIs(&s->aTok[a-1], "before") ){
    for(int i=a-2; i>=0 && i>=a-4; i--){
      if( TAG_IS_VERB(s->aTok[i].eTag) && (lemIs(&s->aTok[i], "speak") || lemIs(&s->aTok[i], "say")
          || lemIs(&s->aTok[i], "talk") || lemIs(&s->aTok[i], "tell")) ){ A->eFrame = FR_FUTURE; break; }
    }
  }
  /* (the subject's refusal is its own event, not the by-agent's: in
  ** "Germany rejected calls by Poland for aid" Poland did call) */
  if( A->bByNoun && A->eFrame==FR_REFUSE ) A->eFrame = FR_NONE;
  /* a noun act after "after", "following" or "against" that would be the
  ** clause subject's is a deed in the background or what the subject acts
  ** against, not its own: "summoned the Russian ambassador after a
  ** cyberattack on the OPCW", "protested against the detention of the
  ** mayor" (stop 31); one with its own doer is that one's ("after Iran's
  ** attack on Kuwait") */
  /* (after "after" and "following" only force and coercion, and not
  ** one's own told by "its" or "their": "after talks with King Hussein",
  ** "after their assault on Iraqi lines" are the subject's) */
  if( A->eFrame==FR_NONE && !c->pEng->bPeerVerbs && brinkNounAnchor(s, a) && !A->bByNoun
      && A->iSrc>=0 && A->iSrc==A->iSubj ){
    int g = brinkGovernorBefore(s, a, 5);
    int bOwn = 0;
    for(int i=g+1; i>0 && i<a; i++) bOwn |= s->aTok[i].eTag==TAG_PRPS;
    /* (nor a fight "with" someone, which the subject had: "entered a
    ** village after heavy fighting with Somali militants") */
    int bWith = 0;
    for(int i=a+1; i<mBest.iEnd && i<s->nTok && i<=a+3; i++) bWith |= tokIs(&s->aTok[i], "with");
    int bForce = pBest->zCode[0]=='1' && pBest->zCode[1]>='7' && !bWith;
    int bAfter = g>=1 && (tokIs(&s->aTok[g], "after") || tokIs(&s->aTok[g], "following")) && bForce && !bOwn;
    if( g>=1 && (bAfter || tokIs(&s->aTok[g], "against")) && s->aMen[A->iSubj].iEnd<=g ) return ANCHOR_DONE;
  }
  if( A->eFrame==FR_HYPO ) return ANCHOR_DONE;
  if( A->eFrame==FR_NEG ){ c->stats.nDiscarded++; return ANCHOR_DONE; }
  return ANCHOR_ON;
}

/* A compound source with no target acting on itself pairwise ("Russia
** and the US agreed to talks"): ANCHOR_DONE when the group was emitted or
** dropped, ANCHOR_ON to try the other readings. */
static int emitWithinGroup(brink_coder *c, Sent *s, const Anchor *A, int nIn){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  int iSrc = A->iSrc;
  const char *zCode = A->zCode;
  int gS = s->aMen[iSrc].iGroup;
  /* a compound source with no target acts on itself pairwise ("Russia and
  ** the US agreed to talks"), for cooperative codes only */
  int bCoop = zCode[0]=='0' && zCode[1]>='3' && zCode[1]<='6';
  /* ... but not offers of aid, reform or concessions, which go to
  ** someone outside the group ("only Colombia and Venezuela had
  ** offered assistance"); de-escalation (0356) is mutual */
  if( strncmp(zCode, "033", 3)==0 || strncmp(zCode, "034", 3)==0
      || (strncmp(zCode, "035", 3)==0 && strcmp(zCode, "0356")!=0) ) bCoop = 0;
  if( nIn>1 && (bCoop || (pBest->flags & PATF_COMPOUND)) ){
    /* a multilateral group ("the United States, Japan, West Germany,
    ** France, Britain and Canada agreed") is not a set of dyads: pairs
    ** only for up to four members */
    if( nIn>MAX_PAIRWISE ) return ANCHOR_DONE;
    /* ... nor when another noun is the act's subject, right before its
    ** verb phrase ("despite decisions by Peru, Costa Rica, Ecuador and
    ** Brazil to suspend payments, these nations were still willing to
    ** talk": with their creditors, not each other; "The United States
    ** and France want the seven to agree") */
    {
      int j = a-1;
      for(;;){
        /* (past a time: "the government and IMF this week agreed") */
        int t0 = j>=0 ? brinkTimeAdjunctStart(s, j) : -1;
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
      if( bOther ){ c->stats.nDiscarded++; return ANCHOR_DONE; }
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
    if( bOther ) return ANCHOR_DONE;
    int rc = brinkEmitGroups(c, s, iSrc, iSrc, zCode);
    if( rc ) return rc;
    return ANCHOR_DONE;
  }
  return ANCHOR_ON;
}

/* A lone actor with no target named: one who dealt with someone in the
** last two sentences goes on dealing with them ("He also proposed a
** summit"); eased sanctions on no one are no event. */
static int emitToLastPartner(brink_coder *c, Sent *s, const Anchor *A, int nIn){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  int iSrc = A->iSrc;
  const char *zCode = A->zCode;
  /* (threats, force posture and force stand alone: "Iran test-fired
  ** its missiles" is aimed at no one the story named before) */
  int iRootC = (zCode[0]-'0')*10 + (zCode[1]-'0');
  int bForce = iRootC==13 || iRootC==15 || iRootC>=17;
  /* (but a second verb of the same subject, after "and", goes on with the
  ** first one's partner, a threat too: "demanded sweeping changes in
  ** Iran's behaviour ... and threatened the strongest sanctions in
  ** history") */
  int j = a-1;
  while( j>0 && s->aTok[j].eTag==TAG_RB ) j--;
  int bAndVerb = j>0 && tokIs(&s->aTok[j], "and") && (!bForce || iRootC==13);
  if( nIn==1 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && (!bForce || bAndVerb) && !brinkOwnOffice(zCode) ){
    /* "He also proposed a summit": a lone actor who dealt with someone in
    ** the last two sentences goes on dealing with them */
    const brink_event *pPrev = 0;
    for(size_t i=c->nEv; i>0 && !pPrev; i--){
      const brink_event *e = &c->aEv[i-1];
      int bHere = bAndVerb && e->iSentence==c->iSent;   /* (the first verb's act) */
      if( !bHere && (bForce || e->iSentence>=c->iSent || e->iSentence<c->iSent-2) ) continue;
      if( e->zTarget[0] && strcmp(e->zSource, s->aMen[iSrc].zCode)==0 ) pPrev = e;
    }
    if( pPrev ){
      Mention mT;
      memset(&mT, 0, sizeof mT);
      mT.iStart = mT.iEnd = a;
      mT.zCode = pPrev->zTarget; mT.zText = pPrev->zTargetText;
      mT.iGroup = -1;
      int rc = brinkEmit(c, s, &s->aMen[iSrc], &mT, zCode, 0);
      if( rc ) return rc;
      return ANCHOR_DONE;
    }
  }
  /* sanctions eased on no one ("Mauritius has lifted import duties on
  ** textiles"): a country's own trade policy, no event (thirteenth
  ** review #49) */
  if( !c->pEng->bPeerVerbs && (strcmp(zCode, "085")==0 || strcmp(zCode, "0354")==0) ){
    c->stats.nDiscarded++;
    return ANCHOR_DONE;
  }
  return ANCHOR_ON;
}

/* An act no one receives, emitted with no target for the roots that
** stand on their own (see the comment within). */
static int emitAlone(brink_coder *c, Sent *s, const Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  int gS = s->aMen[A->iSrc].iGroup;
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
  int iRoot = (A->zCode[0]-'0')*10 + (A->zCode[1]-'0');
  int bAlone = iRoot==8 || iRoot==10 || (iRoot>=12 && iRoot<=20) || brinkReformIntent(A->zCode);
  if( c->pEng->bPeerVerbs || !bAlone || !TAG_IS_VERB(t->eTag) ) return ANCHOR_DONE;
  /* a warning to no one, with no condition, foretells ("warned that the
  ** harvest will suffer", "warned of severe disruption"): no threat.
  ** One with a condition is ("will retaliate if ..., an official warned") */
  if( strcmp(A->zCode, "130")==0 && strcmp(t->zLemma, "warn")==0 ){
    int bIf = 0;
    for(int i=0; i<s->nTok && !bIf; i++) bIf = tokIs(&s->aTok[i], "if") || tokIs(&s->aTok[i], "unless");
    if( !bIf ) return ANCHOR_DONE;
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
    if( !bDoer ) return ANCHOR_DONE;
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
    /* (nor what an order, a call or a demand asks for: "rejected the
    ** ICJ's order to halt its offensive in Rafah"; stop 31) */
    static const char *const azAskNoun[] = {"order","orders","call","calls","demand","demands","request",
      "requests","appeal","appeals","plea","pleas","ultimatum","instruction","instructions","ruling",0};
    if( TAG_IS_NOUN(s->aTok[a-2].eTag) && inSet(s->aTok[a-2].zLow, azAskNoun) ) bAsked = 1;
    if( bAsked ) return ANCHOR_DONE;
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
    if( bObj ) return ANCHOR_DONE;
  }
  /* the agent must be plain: no other actor between it and the verb
  ** ("Russia wants Ukraine to withdraw" is no withdrawal by Russia) */
  int bBetween = 0;
  for(int x=0; x<s->nMen && !bBetween; x++){
    const Mention *mx = &s->aMen[x];
    bBetween = mx->iGroup!=gS && mx->zCode[0] && mx->iStart>=s->aMen[A->iSrc].iEnd && mx->iEnd<=a;
  }
  if( bBetween ) return ANCHOR_DONE;
  /* a state of exception declared or lifted with no one named is the
  ** state's on its own people: "Sri Lanka imposed a 36-hour nationwide
  ** curfew" is LKA on LKACVL, as a curfew "in Colombo" already was (stop
  ** 31) */
  int bExcept = !strcmp(A->zCode, "1723") || !strcmp(A->zCode, "1724") || !strcmp(A->zCode, "0813")
                || !strcmp(A->zCode, "0814");
  for(int x=0; x<s->nMen; x++){
    if( s->aMen[x].iGroup!=gS ) continue;
    Mention mPop, *pPop = 0;
    if( bExcept && brinkCountryCoded(s->aMen[x].zCode) && !brinkHasRole(s->aMen[x].zCode, "REB")
        && !brinkHasRole(s->aMen[x].zCode, "OPP") ){
      char zPop[8];
      snprintf(zPop, sizeof zPop, "%.3sCVL", s->aMen[x].zCode);
      memset(&mPop, 0, sizeof mPop);
      mPop.iStart = mPop.iEnd = a;
      mPop.zCode = brinkArenaStrndup(&c->arena, zPop, 6);
      mPop.zText = "";
      mPop.iGroup = -1;
      if( !mPop.zCode ) return BRINK_ENOMEM;
      pPop = &mPop;
    }
    int rc = brinkEmit(c, s, &s->aMen[x], pPop, A->zCode, 0);
    if( rc ) return rc;
  }
  return ANCHOR_DONE;
}

/* Emit the act for every member of the source and target groups; with
** no target, as emitWithinGroup, emitToLastPartner or emitAlone decide. */
static int emitAnchor(brink_coder *c, Sent *s, Anchor *A){
  if( A->iTgt>=0 && A->bMutual ){
    int rc = brinkEmitGroups(c, s, A->iSrc, A->iTgt, A->zCode);
    return rc ? rc : brinkEmitGroups(c, s, A->iTgt, A->iSrc, A->zCode);
  }
  if( A->iTgt>=0 ) return brinkEmitGroups(c, s, A->iSrc, A->iTgt, A->zCode);
  int gS = s->aMen[A->iSrc].iGroup;
  int nIn = 0;
  for(int x=0; x<s->nMen; x++) if( s->aMen[x].iGroup==gS ) nIn++;
  int rc = emitWithinGroup(c, s, A, nIn);
  if( rc==ANCHOR_ON ) rc = emitToLastPartner(c, s, A, nIn);
  if( rc==ANCHOR_ON ) rc = emitAlone(c, s, A);
  return rc<0 ? rc : ANCHOR_DONE;
}

/* An event with no target whose source does the same root to someone
** in this sentence is that event told loosely ("reiterated its demand
** that Israel ease": the demand on Israel, not a demand on no one). */
static void foldLooseEvents(brink_coder *c){
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
}

/* A protest that took its protesters' own government for want of a
** target named near it, whose protesters in the same sentence demand
** something of another state, is aimed at that state: "Students rioted
** outside a college in Dili late on Monday, joining large crowds of
** farmers in demanding freedom from Indonesian rule" (IDN, not TLSGOV;
** the demand is too far from the riot for its own search) (stop 31). */
static void aimProtestsAtDemand(brink_coder *c){
  if( c->pEng->bPeerVerbs ) return;
  for(size_t i=0; i<c->nEv; i++){
    brink_event *e = &c->aEv[i];
    if( e->iSentence!=c->iSent || strncmp(e->zCode, "14", 2)!=0 || e->nMention>1 ) continue;
    if( strlen(e->zTarget)!=6 || strcmp(e->zTarget+3, "GOV")!=0 || strncmp(e->zTarget, e->zSource, 3)!=0
        || !e->zTargetText || e->zTargetText[0] ) continue;
    for(size_t j=0; j<c->nEv; j++){
      const brink_event *o = &c->aEv[j];
      /* (or uses force on: "settlers attacked the Palestinian village of
      ** Jit, setting fire to homes and cars") */
      int bAimed = strncmp(o->zCode, "10", 2)==0 || strncmp(o->zCode, "18", 2)==0
                   || strncmp(o->zCode, "19", 2)==0 || strncmp(o->zCode, "20", 2)==0;
      if( j==i || o->iSentence!=c->iSent || !bAimed || strcmp(o->zSource, e->zSource)!=0 ) continue;
      if( !brinkCountryCoded(o->zTarget) || strncmp(o->zTarget, e->zSource, 3)==0 ) continue;
      int bTold = 0;   /* (the same protest at that state is told already) */
      for(size_t k=0; k<c->nEv && !bTold; k++){
        bTold = k!=i && strcmp(c->aEv[k].zSource, e->zSource)==0 && strcmp(c->aEv[k].zTarget, o->zTarget)==0
                && strcmp(c->aEv[k].zCode, e->zCode)==0;
      }
      if( !bTold ){ e->zTarget = o->zTarget; e->zTargetText = o->zTargetText; }
      break;
    }
  }
}

/* Remember this sentence's actors for the next ones, and the people it
** names whom no dictionary knows, in text order. */
static void rememberSentence(brink_coder *c, const Sent *s){
  Memory rName;
  int iName = brinkUnknownPerson(c, s, 0, &rName);
  for(int k=0; k<=s->nMen; k++){
    while( iName>=0 && (k==s->nMen || iName<s->aMen[k].iStart) ){
      /* (a known person named by surname may journey: "he believed Baker
      ** had already left West Germany for Sweden") */
      if( rName.zCode[0] ){
        int e = iName;
        while( e<s->nTok && s->aTok[e].eTag==TAG_NNP && s->aMenAt[e]<0 ) e++;
        rName.bTravel = brinkJourneyAfter(s, e);
      }
      brinkRememberUnknown(c, &rName);
      iName = brinkUnknownPerson(c, s, iName+1, &rName);
    }
    if( k==s->nMen ) break;
    const Mention *m = &s->aMen[k];
    if( !m->zCode[0] && (m->flags & ACTF_PERSON) && !(m->flags & (MF_PRONOUN|MF_AGENT)) && m->iEnd>m->iStart ){
      /* a person the dictionaries know but give no role on this day
      ** ("Khamenei" before he led Iran) is the same person named in full
      ** earlier in the story ("Iranian President Ali Khamenei"), so that
      ** a later "he" is not someone named in between */
      Memory r = { "", m->zText, ACTF_PERSON, c->iSent, 1, 0, 0 };
      if( brinkKnownSurname(c, s->aTok[m->iEnd-1].zLow, &r) ){
        r.iSent = c->iSent; r.bSubject = !brinkIsObjectLike(s, brinkGroupHead(s, m)); r.bPlural = 0;
        brinkRememberUnknown(c, &r);
      }
    }
    brinkRemember(c, m, !brinkIsObjectLike(s, brinkGroupHead(s, m)), brinkIsPluralMention(s, m),
             (m->flags & ACTF_PERSON) && !c->pEng->bPeerVerbs && brinkJourneyAfter(s, m->iEnd));
    brinkRememberAlias(c, s, m);
  }
  if( !c->pEng->bPeerVerbs && brinkThingSubject(c, s) ) c->iThingSent = c->iSent;
  /* plural speakers no dictionary knows ("Metal traders in London said"):
  ** a later "they" is them, not the last actors named (eighth review #87) */
  for(int v=1; v<s->nTok && !c->pEng->bPeerVerbs; v++){
    if( !TAG_IS_VERB(s->aTok[v].eTag) || !inSet(s->aTok[v].zLemma, brinkAzSpeech) ) continue;
    int j = v-1;
    if( j>=2 && s->aTok[j].eTag==TAG_NNP && s->aTok[j-1].eTag==TAG_IN ) j -= 2;   /* "in London" */
    if( s->aTok[j].eTag==TAG_NNS && s->aMenAt[j]<0 ){
      Memory r = { "", "", 0, c->iSent, 1, 1, 0 };
      brinkRememberUnknown(c, &r);
    }
    break;
  }
}

/* Code the act a pattern matched at an anchor: who does it to whom
** (roles.c), whether it is told as done and how (anchorFrame, governedAct,
** screen.c), then emit it.  Returns BRINK_OK or an error. */
static int codeAnchor(brink_coder *c, Sent *s, Anchor *A){
  static const AnchorStep aStep[] = { brinkAnchorVoice, brinkAnchorSource, brinkAnchorTarget, governedAct,
    anchorFrame, brinkToldNotDone, brinkFinalCode, emitAnchor };
  int rc = brinkAnchorSteps(c, s, A, aStep, (int)(sizeof aStep / sizeof aStep[0]));
  return rc<0 ? rc : BRINK_OK;
}

static int codeSentence(brink_coder *c, Sent *s){
  /* the speaker is found at the first anchor a pattern matches (most
  ** sentences have none); nothing before it changes the mentions */
  s->iSpeaker = -1;
  int bSpeaker = 0;
  int bComplex = c->bStems && (c->nMaxVerbs || c->nMaxConj) && brinkIsComplex(c, s);
  if( bComplex ) c->stats.nDiscarded++;
  int nCoded = 0;            /* anchors that matched a pattern with a code so far */
  size_t nEv0 = c->nEv;      /* TABARI's CODE BY SENTENCE: the sentence's first event only */
  int nEmit0 = c->nEmitted; /* TABARI's CODE BY CLAUSE: one event-coding verb a clause */
  Anchor A;
  A.iOwnGov = -1;
  for(int a=0; a<s->nTok && !bComplex && !(c->eCodeBy==1 && c->bStems && c->nEv>nEv0); a++){
    /* (that government is no actor in the text: no later verb takes it as
    ** its subject or target) */
    if( A.iOwnGov>=0 ){ s->aMen[A.iOwnGov].zCode = ""; A.iOwnGov = -1; }
    if( a>0 && brinkClauseBreak(s, a-1) ) nEmit0 = c->nEmitted;
    if( c->bStems && c->eCodeBy==0 && c->nEmitted>nEmit0 ) continue;
    if( s->aUsed[a] ) continue;
    if( s->aMenAt[a]>=0 && s->aMen[s->aMenAt[a]].zCode[0] ) continue;  /* inside an actor */
    int bOnlyPat = 0;
    if( anchorCandidate(c, s, a, nCoded, &bOnlyPat)!=ANCHOR_ON ) continue;
    if( !anchorsPattern(&c->v, s, a) ) continue;
    Match mBest;
    const Pattern *pBest = bestPattern(c, s, a, bOnlyPat, &mBest);
    if( !pBest ) continue;
    if( !bSpeaker ){ s->iSpeaker = brinkFindSpeaker(s); bSpeaker = 1; }
    if( !(pBest->flags & PATF_NULL) ) nCoded++;   /* a null match ("RAISE [---]") codes nothing */
    c->pRule = pBest;
    if( notTheAct(c, s, a, &mBest) ) continue;
    for(int i=a; i<mBest.iEnd && i<s->nTok; i++) s->aUsed[i] = 1;
    if( pBest->flags & PATF_NULL ) continue;
    if( mBest.bCompound && mBest.iTgt>=0 && c->bStems ){
      /* '%': the compound plays both roles, its members act on each other
      ** ("Fornost and Gondor welcomed": FOR-GON and GON-FOR) */
      c->iAnchor = a;
      int rc = brinkEmitGroups(c, s, mBest.iTgt, mBest.iTgt, pBest->zCode);
      if( rc ) return rc;
      continue;
    }
    c->iAnchor = a;   /* facts (issue 7) */
    brinkAnchorStart(&A, s, a, pBest, &mBest);
    int rc = codeAnchor(c, s, &A);
    if( rc ) return rc;
  }
  foldLooseEvents(c);
  aimProtestsAtDemand(c);
  rememberSentence(c, s);
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
    if( !brinkPhraseAt(c, s, DK_ISSUE, i, &iEntry) ) continue;
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
    if( brinkPhraseAt(c, s, DK_DISCARD, i, &iEntry) ) return 1;
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
  buildWordLists(c);
  static const char *const azDetWords[] = {"a","an","the","its","his","her","their","our","this",
    "that","these","those","any","some",0};
  for(int d=0; azDetWords[d] && c->nDetId<16; d++){
    int32_t id = brinkDictWordId(c->pDict, azDetWords[d], strlen(azDetWords[d]));
    if( id>=0 ){ c->aDetId[c->nDetId++] = id; c->mDetId |= (uint64_t)1 << (id & 63); }
  }
  brinkArenaInit(&c->arena);
  c->pCache = brinkWordCacheNew(c->pDict);
  if( !c->pCache ){ free(c); return 0; }
  /* brink's own dictionaries: the names the misspelling test reads */
  if( !c->pEng->bPeerVerbs && !brinkBuildNames(c) ){ brinkWordCacheFree(c->pCache); free(c); return 0; }
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
  c->iThingSent = -2;
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
  /* Each sentence but the first is tokenized while the one before it is
  ** coded, and the word memo's lines for its words fetched from memory
  ** then (wordcache.h): reading them when its turn comes otherwise waits
  ** on the memory, about a tenth of the coder's time on a corpus. */
  Tok *aAhead = 0;            /* sentence k's tokens, when tokenized ahead */
  int nAhead = 0;
  for(size_t k=0; k<r.n; k+=2){
    c->iSent = (int)(k/2);
    c->stats.nSentence++;
    Sent s;
    memset(&s, 0, sizeof s);
    s.bNpActor = c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH;
    s.z = pStory->zText + r.a[k];
    s.n = r.a[k+1] - r.a[k];
    s.iBase = r.a[k];
    s.aTok = aAhead; s.nTok = nAhead;
    aAhead = 0; nAhead = 0;
    if( s.n > BRINK_MAX_SENTENCE ){ c->stats.nLongSentence++; continue; }
    if( k+2<r.n && r.a[k+3]-r.a[k+2]<=BRINK_MAX_SENTENCE ){
      nAhead = brinkTokenize(&c->arena, pStory->zText + r.a[k+2], r.a[k+3]-r.a[k+2], r.a[k+2], &aAhead);
      if( nAhead<0 ) goto oom;
      brinkWordCachePrefetchSlots(c->pCache, aAhead, nAhead);
    }
    int bSkip = 0;
    if( analyze(c, &s, &bSkip) ) goto oom;
    if( aAhead ) brinkWordCachePrefetchEntries(c->pCache, aAhead, nAhead);
    if( bSkip ) continue;
    if( isDiscarded(c, &s) || brinkSentenceKind(s.aTok, s.nTok, c->iDay)!=SENT_NEWS ){
      c->stats.nDiscarded++;
      continue;
    }
    c->zSentDate = 0;
    c->iAnchor = -1;
    c->aSentTok = s.aTok; c->nSentTok = s.nTok;
    if( brinkFindMentions(c, &s) ) goto oom;
    brinkComposeMentions(c, &s);
    if( brinkResolveMentions(c, &s) ) goto oom;
    if( c->bStems && !c->bCommaOff ) brinkDropCommaClauses(c, &s);
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
