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
**   4. match verb patterns at each anchor word; the source is the clause's
**      subject (clause.c), the speaker of a quotation, or the by-agent of a
**      passive; the target the pattern's '+' slot, the first actor after the
**      verb, or the partner of the last two sentences; failing all, an
**      action that stands on its own ("rebels surrendered") has no target;
**      appeals and demands code the governing act (appeal.c);
**   5. drop negated and hypothetical events, code intentions and refusals
**      as CAMEO does (frame.c); fold repeats within the story.
** The pattern matcher is match.c, the emission of an event event.c; this
** file holds the analysis (step 1), codeSentence() that ties the steps
** together, and the API.  The coder owns an arena; every string it
** returns lives there until the next story.  It reads the engine and
** never writes it.
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
static uint16_t wordLists(const char *z){
  uint16_t m = WL_KNOWN;
  if( inSet(z, azBreak) ) m |= WL_BREAK;
  if( inSet(z, azDet) ) m |= WL_DET;
  if( inSet(z, azPronoun) ) m |= WL_PRONOUN;
  if( inSet(z, azRef) ) m |= WL_REF;
  if( inSet(z, azOrg) || inSet(z, azCal) ) m |= WL_ORGCAL;
  return m;
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

static int codeSentence(brink_coder *c, Sent *s){
  const DictView *pV = &c->v;
  /* the speaker is found at the first anchor a pattern matches (most
  ** sentences have none); nothing before it changes the mentions */
  s->iSpeaker = -1;
  int bSpeaker = 0;
  int bComplex = c->bStems && (c->nMaxVerbs || c->nMaxConj) && brinkIsComplex(c, s);
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
    if( a>0 && brinkClauseBreak(s, a-1) ) nEmit0 = c->nEmitted;
    if( c->bStems && c->eCodeBy==0 && c->nEmitted>nEmit0 ) continue;
    if( s->aUsed[a] ) continue;
    if( s->aMenAt[a]>=0 && s->aMen[s->aMenAt[a]].zCode[0] ) continue;  /* inside an actor */
    /* checks that hold for every pattern at this anchor, made once here
    ** (brinkPatternMatch makes only the per-pattern ones): a capitalised name
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
    if( !pBest ) continue;
    if( !bSpeaker ){ s->iSpeaker = brinkFindSpeaker(s); bSpeaker = 1; }
    if( !(pBest->flags & PATF_NULL) ) nCoded++;   /* a null match ("RAISE [---]") codes nothing */
    c->pRule = pBest;
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
        && !(s->aTok[a].eTag==TAG_VBG && inSet(s->aTok[a-1].zLemma, brinkAzGoOn)) ) continue;
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
      int rc = brinkEmitGroups(c, s, mBest.iTgt, mBest.iTgt, pBest->zCode);
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
        if( inSet(s->aTok[i].zLow, brinkAzBe) ){ bPassive = 1; break; }
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
      int i = brinkBeforeNounPhrase(s, a, 3);
      if( i>0 && i<a-1 && tokIs(&s->aTok[i], "and") ){
        for(int j=i-1; j>=1 && j>=i-12 && !bPassive; j--){
          if( tokIs(&s->aTok[j], ";") ) break;
          if( s->aTok[j].eTag==TAG_VBN && inSet(s->aTok[j-1].zLow, brinkAzBe) ) bPassive = 1;
        }
      }
    }
    int iSrc = mBest.iSrc, iTgt = mBest.iTgt;
    /* "warned OPEC's official prices could face fresh pressure": an actor
    ** owning the subject of a clause after the verb is no object of it
    ** (thirty-eighth review #72, #73) */
    if( iTgt>=0 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && brinkOwnsClauseSubject(s, iTgt) ){
      c->stats.nDiscarded++;
      continue;
    }
    int iSubj = brinkFindSubject(s, a, bInQ);
    if( c->bStems && mBest.iSrc<0 ){
      /* TABARI: with no '$' in the pattern the source is the sentence's
      ** first actor before the verb ("Arnor suggested Gondor should
      ** require ...": Arnor), not one the pattern made the target */
      /* ... of its clause: after "but", ";" or an "and" that opens a new
      ** clause ("and Gondor asked") */
      int iFrom = 0;
      for(int i=a-1; i>0 && !iFrom; i--) if( brinkClauseBreak(s, i) ) iFrom = i+1;
      for(int k=0; k<s->nMen && s->aMen[k].iEnd<=a; k++){
        const Mention *m = &s->aMen[k];
        if( m->iStart<iFrom ) continue;
        if( !m->zCode[0] || (mBest.iTgt>=0 && m->iGroup==s->aMen[mBest.iTgt].iGroup) ) continue;
        if( (s->aTok[m->iStart].flags & TOKF_INQUOTE)!=(t->flags & TOKF_INQUOTE) ) continue;
        iSubj = (int)(brinkGroupHead(s, m) - s->aMen);
        break;
      }
    }
    int bUnknownSubj = iSubj==-2;
    int bPlaced = 0;     /* the source's country is where it protests */
    if( iSubj<0 ) iSubj = -1;
    if( iSubj>=0 && !c->pEng->bPeerVerbs && TAG_IS_NOUN(t->eTag) && brinkHarmedIn(s, a) ){
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
      bSaid = TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, brinkAzSpeech);
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
      int j = brinkBeforeNounPhrase(s, a, 3);
      int v = j-1;   /* past adverbs and a time: "was accidentally hit today by" */
      while( v>=1 && v>=j-3 ){
        int t0 = s->aTok[v].eTag==TAG_RB ? v : brinkTimeAdjunctStart(s, v);
        if( t0<0 ) break;
        v = t0-1;
      }
      int b = v-1;
      while( b>=0 && b>=v-3 && s->aTok[b].eTag==TAG_RB ) b--;
      int iHit = j>=1 && tokIs(&s->aTok[j], "by") && v>=1 && s->aTok[v].eTag==TAG_VBN && b>=0
                 && inSet(s->aTok[b].zLow, brinkAzBe) ? brinkFindSubject(s, b, bInQ) : -1;
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
      else if( iSrc<0 && bInQ && s->iSpeaker>=0 && !(bUnknownSubj && !c->pEng->bPeerVerbs && brinkNounSubjectBefore(s, a)) ) iSrc = s->iSpeaker;
    }
    /* '%' before the verb: the compound plays both roles, its members
    ** pairwise ("Mordor with Fornost and Gondor welcomed": FOR and GON, not
    ** Mordor).  After it ("agrees with %") the subject is still the source. */
    if( mBest.bCompound && mBest.iSrc<0 && iTgt>=0 && s->aMen[iTgt].iStart<a ) iSrc = (int)(brinkGroupHead(s, &s->aMen[iTgt]) - s->aMen);
    /* a '+' before the verb is the verb's own subject ("noted that Cirith
    ** Ungol regretted": NOTED + *): the source is the subject of the
    ** pattern's first word */
    else if( c->pEng->bPeerVerbs && mBest.iTgt>=0 && mBest.iSrc<0 && s->aMen[mBest.iTgt].iStart<a
             && mBest.iStart<s->aMen[mBest.iTgt].iStart && iSrc>=0
             && s->aMen[iSrc].iGroup==s->aMen[mBest.iTgt].iGroup ){
      int k = brinkFindSubject(s, mBest.iStart, bInQ);
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
                         : strncmp(pBest->zCode, "14", 2)==0 ? brinkPlaceAfter(c, s, a) : 0;
      if( zPlace ){ zG = zPlace; bPlaced = 1; }
      if( strlen(zG)==6 && strcmp(zG+3, "GOV")==0 && zG[0]!='-' && strncmp(zG, "IGO", 3)!=0 ){
        char zC[4] = { zG[0], zG[1], zG[2], 0 };
        const char *zNew = brinkJoinCode(c, brinkArenaStrndup(&c->arena, zC, 3), s->aMen[iSrc].zAgent,
                                    (s->aMen[iSrc].flags & ACTF_PREFIX)!=0);
        if( !zNew ) return BRINK_ENOMEM;
        /* (not a state organ of its own: "COB leaders" are no government) */
        if( !brinkCodesRelated(zNew, zG) ) s->aMen[iSrc].zCode = zNew;
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
        iSrc = brinkDefaultMention(c, s, a, c->zDefSrc);
      }else{
        for(int i=a+pBest->nAnchor; i<s->nTok && iSrc==-1; i++){
          int k = s->aMenAt[i];
          if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) iSrc = brinkSoloMention(c, s, k);
        }
      }
      if( iSrc==-2 ) return BRINK_ENOMEM;
    }
    if( iSrc<0 ){
      int bSlot = 0;   /* the pattern names the victim after a verb of its own: "roadside bomb killed +" */
      for(int i=a+1; i<mBest.iEnd && i<s->nTok && mBest.iTgt>=0 && iTgt==mBest.iTgt; i++){
        if( TAG_IS_VERB(s->aTok[i].eTag) ) bSlot = 1;
      }
      int rc = brinkEmitUnattributed(c, s, brinkBombCode(c, s, a, pBest->zCode), a, iTgt, iSubj>=0 ? s->aMen[iSubj].iEnd : 0, bPassive, bSlot);
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
        iSrc = brinkSoloMention(c, s, kFirst);
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
      if( brinkTimeAdjunctStart(s, iObjEnd)>0 ) iObjEnd = brinkTimeAdjunctStart(s, iObjEnd) - 1;
      int k = s->aMenAt[iObjEnd];
      if( k>=0 && s->aMen[k].iEnd==iObjEnd+1 && s->aMen[k].zCode[0] && s->aMen[k].zCode[0]!='-'
          && s->aMen[k].iGroup!=s->aMen[iSrc].iGroup && !brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode)
          && !brinkSameState(s->aMen[k].zCode, s->aMen[iSrc].zCode) ){
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
            && s->aTok[i-1].eTag==TAG_VBN && (inSet(s->aTok[i-2].zLow, brinkAzBe)
            || (i>=3 && s->aTok[i-2].eTag==TAG_RB && inSet(s->aTok[i-3].zLow, brinkAzBe))) ) break;
        if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]>='3'
            && pBest->zCode[1]<='6' && i<=mBest.iEnd+2 && brinkStrangerPartner(s, i) ){
          bStranger = 1;
          break;
        }
        if( c->bStems ){
          if( brinkClauseBreak(s, i) ) break;
        }else
        /* "demanded that the US ...": the complementizer right after the
        ** verb opens the clause whose subject is the one addressed */
        if( inSet(ti->zLow, azStop) && !(tokIs(ti, "that")
            && (i==a+pBest->nAnchor || (c->pEng->bPeerVerbs && brinkThatOpensTarget(s, mBest.iEnd, i)))) ) break;
        if( bInQ && !(ti->flags & (TOKF_INQUOTE|TOKF_QUOTE)) ) break;
        if( !c->bStems && i>a+pBest->nAnchor && brinkAndOpensClause(s, i) ) break;
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
        if( !c->bStems && brinkClosingSpeaker(s, k) ) break;
        /* (a landmark, "120 miles east of Bahrain", is where, not whom) */
        if( !c->bStems && !c->pEng->bPeerVerbs && brinkLandmarkOrClauseSubject(s, k, a+pBest->nAnchor) ) continue;
        /* (nor are those whose quarrel is met about: "met to discuss
        ** tensions between Greece and Turkey"; a mediator's are his) */
        if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]=='4'
            && strcmp(pBest->zCode, "045")!=0 && brinkTopicBetween(s, k) ) break;
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
        if( brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) || brinkSameState(s->aMen[k].zCode, s->aMen[iSrc].zCode) ){
          /* (a people and its own state's organ: emit codes them) */
          if( !c->pEng->bPeerVerbs && brinkOwnOrgan(s, &s->aMen[iSrc], &s->aMen[k]) ){
            iTgt = k;
            break;
          }
          /* ... but an organ of a state yielding or coercing "in Sudan" acts
          ** on its people there (emit makes it SDNCVL) */
          if( c->pEng->bPeerVerbs || !brinkDomesticCode(pBest->zCode) || strlen(s->aMen[iSrc].zCode)<=3
              || !brinkPlaceIn(s, &s->aMen[k]) ) continue;
        }
        iTgt = k;
        break;
      }
    }
    if( bStranger ){ c->stats.nDiscarded++; continue; }
    if( iTgt<0 && !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && pBest->zCode[1]=='2' ){
      /* a refusal "despite pressure by X", "despite calls from X": X asked */
      iTgt = brinkDespiteAsker(s, mBest.iEnd, iSrc);
    }
    if( iTgt<0 && !c->pEng->bPeerVerbs && brinkDomesticCode(pBest->zCode) && strlen(s->aMen[iSrc].zCode)>3 ){
      /* a state organ yielding or coercing in a city of its own country ("a
      ** curfew in Algiers", where the capital is a place, not an actor)
      ** acts on its people there, as "in Algeria" does */
      const char *zP = brinkPlaceAfter(c, s, mBest.iEnd-1);
      char zC[8];
      snprintf(zC, sizeof zC, "%.3s", zP ? zP : "");
      if( zP && brinkCodesRelated(zC, s->aMen[iSrc].zCode) ){
        Mention *pP = brinkMenPush(c, s);
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
      iTgt = brinkDefaultMention(c, s, a, c->zDefTgt);
      if( iTgt==-2 ) return BRINK_ENOMEM;
    }
    if( iTgt<0 && !c->pEng->bPeerVerbs && strncmp(pBest->zCode, "14", 2)==0 && strlen(s->aMen[iSrc].zCode)>=3
        && strncmp(s->aMen[iSrc].zCode, "IGO", 3)!=0 && strncmp(s->aMen[iSrc].zCode, "NGO", 3)!=0
        && strncmp(s->aMen[iSrc].zCode, "IMG", 3)!=0 && !brinkCompanyEmployer(s) ){
      /* a protest with no target is aimed at the protesters' own government
      ** (CAMEO's convention for domestic dissent); a people named by its
      ** country's word ("Algerians", "Iraqi Kurds") are its civilians */
      if( strlen(s->aMen[iSrc].zCode)==3 && (s->aMen[iSrc].flags & ACTF_ADJ) ){
        char zC[8];
        snprintf(zC, sizeof zC, "%sCVL", s->aMen[iSrc].zCode);
        s->aMen[iSrc].zCode = brinkArenaStrndup(&c->arena, zC, 6);
        if( !s->aMen[iSrc].zCode ) return BRINK_ENOMEM;
      }
      Mention *pG = brinkMenPush(c, s);
      if( !pG ) return BRINK_ENOMEM;
      char zG[8] = { s->aMen[iSrc].zCode[0], s->aMen[iSrc].zCode[1], s->aMen[iSrc].zCode[2], 'G', 'O', 'V', 0 };
      pG->iStart = pG->iEnd = a;
      pG->zCode = brinkArenaStrndup(&c->arena, zG, 6);
      pG->zText = "";
      pG->flags = ACTF_ORG;
      if( !pG->zCode ) return BRINK_ENOMEM;
      iTgt = s->nMen-1;
      if( brinkCodesRelated(pG->zCode, s->aMen[iSrc].zCode) ){ s->nMen--; iTgt = -1; }
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
        if( s->aMen[k].zCode[0] && !brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) ) iTgt = k;
      }
    }
    /* a breach of norms that another says the subject did is that one's
    ** charge: "Baker said West Germany was breaching the accord" is an
    ** accusation (112), not the breach (eighth review #54, #96) */
    if( !c->pEng->bPeerVerbs && iSubj>=0 && strncmp(pBest->zCode, "128", 3)==0 ){
      int iSay = brinkReportedBy(s, iSubj, a);
      if( iSay>=0 ){
        int rc = brinkEmitGroups(c, s, iSay, iSubj, "112");
        if( rc ) return rc;
        continue;
      }
      if( iSay==-2 ){ c->stats.nDiscarded++; continue; }
    }
    /* an action asked of someone is the asking: "urged Russia to withdraw" */
    {
      int iAsker, iAsked, bNot, iGov = -1;
      int eGov = (pBest->flags & PATF_NULL) || c->pEng->bPeerVerbs ? GOV_NONE
               : brinkGovernor(s, a, iSubj, &iAsker, &iAsked, &bNot, &iGov);
      if( eGov==GOV_HYPO ){ c->stats.nDiscarded++; continue; }
      /* (an appeal told of a time long past is history too: "began its
      ** moratorium in August 1985, calling on the United States to agree",
      ** twenty-third review #63) */
      if( eGov!=GOV_NONE && iGov>=0 && brinkPastClause(c, s, iGov, iGov+1) ){
        c->iPastSent = c->iSent;
        c->stats.nDiscarded++;
        continue;
      }
      if( eGov!=GOV_NONE ){
        const char *zAsk = brinkAskCode(eGov, pBest->zCode, bNot);
        if( zAsk ){
          int rc = brinkEmitGroups(c, s, iAsker, iAsked, zAsk);
          if( rc ) return rc;
        }
        continue;
      }
    }
    /* TABARI and PETRARCH dictionaries state negation and modality in their
    ** own patterns ("&NEGATVAUXVRB *"); brink's framing applies to its own */
    int eFrame = c->pEng->bPeerVerbs ? FR_NONE : brinkFraming(s, iSubj>=0 ? s->aMen[iSubj].iEnd : 0, a);
    if( eFrame==FR_PREDICT ) eFrame = brinkForecastFrame(s, pBest->zCode, a, mBest.iEnd);
    if( !c->pEng->bPeerVerbs && eFrame!=FR_HYPO ){
      int e2 = brinkFramingAround(s, iSubj>=0 ? s->aMen[iSubj].iStart : -1, a, c->iDay);
      if( e2==FR_PREDICT ) e2 = brinkForecastFrame(s, pBest->zCode, a, mBest.iEnd);
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
    if( !c->pEng->bPeerVerbs && ((iSubj>=0 && brinkAfterOnWhich(s, s->aMen[iSubj].iStart))
                                  || brinkNamedAsTopic(s, a, pBest->zCode)
                                  || brinkCancelledForOwnReason(s, a, pBest->zCode)) ){
      c->stats.nDiscarded++;
      continue;
    }
    if( !c->pEng->bPeerVerbs && (brinkPastClause(c, s, a, mBest.iEnd) || brinkAlreadyDone(s, a, pBest->zCode)
                                  || brinkSupportInWar(s, a, pBest->zCode)) ){
      c->iPastSent = c->iSent;
      c->stats.nDiscarded++;
      continue;
    }
    /* "approved a 1985 arms sale to Iran": a noun act that a year before
    ** the story's names is history (twelfth review #22) */
    if( !c->pEng->bPeerVerbs && brinkNounAnchor(s, a) ){
      int j = brinkBeforeNounPhrase(s, a, 5);
      /* (also a head before "of": "the 1981 declaration of martial law") */
      int j0 = j>=1 && tokIs(&s->aTok[j], "of") && TAG_IS_NOUN(s->aTok[j-1].eTag) ? brinkBeforeNounPhrase(s, j-1, 5) : j;
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
    if( !c->pEng->bPeerVerbs && brinkInTermsClause(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* an infinitive that names no act done: bound by a pledge, looked
    ** like, nothing to offer, or called unjust (brinkInfinitiveNotDone) */
    if( !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VB && a>=2 && tokIs(&s->aTok[a-1], "to")
        && brinkInfinitiveNotDone(s, a) ){
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
    if( !c->pEng->bPeerVerbs && brinkNounAnchor(s, a) ){
      static const char *const azAbout[] = {"decision","decisions","vote","votes","debate","ruling","verdict",
        "report","study","review","hearing","talks","discussion","discussions","negotiations","consultations",
        "deliberations","question","issue","furore","furor","uproar","controversy","scandal","outcry",0};
      /* ... nor one whose cost is counted ("to offset the rising cost of
      ** the fight against Tamil guerrillas", twenty-second review #62) */
      static const char *const azCost[] = {"cost","costs","expense","expenses","burden","financing",0};
      int j = brinkGovernorBefore(s, a, 5);
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
            || tokIs(&s->aTok[g-1], "sort")) ) g = brinkGovernorBefore(s, g-1, 3);
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
      ** told: an actor stops brinkGovernorBefore) */
      int bComment = j>=1 && tokIs(&s->aTok[j], "on") && (lemIs(&s->aTok[j-1], "comment") || lemIs(&s->aTok[j-1], "remark"))
                     && !(a+1<s->nTok && tokIs(&s->aTok[a+1], "by"));
      /* ... nor what something is done "despite": told as given, named in
      ** passing ("despite Iranian charges that Kuwait is supporting Iraq",
      ** thirty-third review #81; the refusal "despite pressure from" keeps
      ** its own patterns) */
      {
        int g = brinkBeforeNounPhrase(s, a, 5);
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
        if( j<s->nTok && s->aMenAt[j]<0 && (inSet(s->aTok[j].zLow, azMarketObj) || inSet(s->aTok[j].zLow, brinkAzMoney)) ){
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
        && brinkCivilCode(s->aMen[iSubj].zCode)
        && (a+1>=s->nTok || (s->aTok[a+1].flags & TOKF_PUNCT) || s->aTok[a+1].eTag==TAG_IN) ){
      int rc = brinkEmit(c, s, &s->aMen[iSubj], 0, "143", 0);
      if( rc ) return rc;
      continue;
    }
    if( !c->pEng->bPeerVerbs && strcmp(pBest->zCode, "130")==0 && brinkWarnsNoThreat(s, a) ){
      c->stats.nDiscarded++;
      continue;
    }
    const char *zCode = pBest->zCode;
    zCode = brinkBombCode(c, s, a, zCode);
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
          || (nS==6 && (brinkHasRole(zS, "GOV") || strncmp(zS, "IGO", 3)==0)) ) zCode = "114";
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
    if( eFrame==FR_FUTURE && !c->pEng->bPeerVerbs && zCode[0]=='0' && zCode[1]=='9' && brinkNounAnchor(s, a) ){
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
    if( (eFrame==FR_FUTURE || eFrame==FR_REFUSE) && !c->pEng->bPeerVerbs && brinkStandingWould(s, a) ){ c->stats.nDiscarded++; continue; }
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
      zCode = bUnless ? brinkThreatCode(zCode) : brinkFutureCode(zCode);
    }
    if( eFrame==FR_REFUSE && !(pBest->flags & PATF_FUTURE) ){
      zCode = brinkRefuseCode(zCode);
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
      iTgt = brinkConditionSubject(s, mBest.iEnd, iSrc);
    }
    /* a news agency, paper or broadcaster reports force; it does not use
    ** it ("The Iraqi news agency INA said the attack was repelled by the
    ** Fifth Army Corps", eighteenth review #23) */
    if( !c->pEng->bPeerVerbs && iSrc>=0 && brinkHasRole(s->aMen[iSrc].zCode, "MED") && ((zCode[0]=='1' && zCode[1]>='8') || zCode[0]=='2')
        && inSet(s->aTok[s->aMen[iSrc].iEnd-1].zLemma, brinkAzOutlet) ){
      c->stats.nDiscarded++;
      continue;
    }
    /* 'Howard said "I shall be talking to them"': a first person in a
    ** quotation is its speaker, or no one known when the speaker is no
    ** actor; never an actor named before the quotation ("During his visit
    ** to Tokyo, ...", eighteenth review #52) */
    if( !c->pEng->bPeerVerbs && bInQ && TAG_IS_VERB(t->eTag) && brinkFirstPersonBefore(s, a)
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
        int rc = brinkEmitGroups(c, s, iSrc, iSrc, zCode);
        if( rc ) return rc;
        continue;
      }
      /* (threats, force posture and force stand alone: "Iran test-fired
      ** its missiles" is aimed at no one the story named before) */
      int iRootC = (zCode[0]-'0')*10 + (zCode[1]-'0');
      int bForce = iRootC==13 || iRootC==15 || iRootC>=17;
      if( nIn==1 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && !bForce && !brinkOwnOffice(zCode) ){
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
          int rc = brinkEmit(c, s, &s->aMen[iSrc], &mT, zCode, 0);
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
      int bAlone = iRoot==8 || iRoot==10 || (iRoot>=12 && iRoot<=20) || brinkReformIntent(zCode);
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
        int rc = brinkEmit(c, s, &s->aMen[x], 0, zCode, 0);
        if( rc ) return rc;
      }
      continue;
    }
    int rc = brinkEmitGroups(c, s, iSrc, iTgt, zCode);
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
