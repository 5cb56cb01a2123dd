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
** This file holds steps 1, 4 and 5's event emission, the pattern matcher and
** the API.  The coder owns an arena; every string it returns lives there
** until the next story.  It reads the engine and never writes it.
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

/* ---- Events ------------------------------------------------------------ */
/* Are two actor codes the same actor?  Identical codes are; so are a
** country and its own state organs (RUS and RUSGOV, RUSMIL).  A country and
** its civilians, opposition or rebels (SYR and SYRCVL) are not: events
** between them are domestic events, and CAMEO codes them. */
int brinkCodesRelated(const char *zA, const char *zB){
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
  if( strlen(zO)<=3 || (pOrgan->flags & MF_PRONOUN) || !brinkCodesRelated(zP, zO) || !isPeople(s, pPeople) ) return 0;
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
        return brinkCodesRelated(s->aMen[k].zCode, zS) || sameState(s->aMen[k].zCode, zS) ? -1 : k;
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

int brinkEmit(brink_coder *c, const Sent *s, const Mention *pSrc, const Mention *pTgt,
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
    int rc = zA[0] && strcmp(zA, "---")!=0 ? brinkEmit(c, s, pSrc, pTgt, zA, bNeg) : BRINK_OK;
    if( rc==BRINK_OK && zB[0] && strcmp(zB, "---")!=0 ) rc = brinkEmit(c, s, pTgt, pSrc, zB, bNeg);
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
  if( pTgt && !c->pEng->bPeerVerbs && strlen(zT)==3 && strlen(zS)>3 && brinkCodesRelated(zS, zT) && pTgt->iStart>0 ){
    /* an organ of a state yielding or coercing "in Turkey" acts on its own
    ** people: TURGOV imposing a curfew in TUR is TURGOV on TURCVL, as CAMEO
    ** codes domestic events.  Only for a place after "in" and for 08, 17
    ** and threats of 17:
    ** force, aid and the rest "in Iraq" are mostly about someone else there. */
    if( brinkDomesticCode(zCode) && brinkPlaceIn(s, pTgt) ){
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
  if( !c->pEng->bPeerVerbs && strncmp(zCode, "183", 3)==0 && brinkHasRole(zS, "MIL") ) zCode = "195";
  /* farmers, workers, students or civilians do not repress: "the farmers
  ** traded stones for tear gas" is a riot (sixth review #3) */
  int bCivil = brinkCivilCode(zS);
  if( !c->pEng->bPeerVerbs && bCivil && strncmp(zCode, "175", 3)==0 ) zCode = "145";
  /* ... and so is force by farmers, workers, students or civilians against
  ** their own country's police: "farmers battled with police during a
  ** march" (sixth review #5), not rebels' armed fighting */
  if( !c->pEng->bPeerVerbs && bCivil && (zCode[0]=='1' && (zCode[1]=='8' || zCode[1]=='9')) && pTgt
      && strlen(zT)==6 && memcmp(zS, zT, 3)==0 && brinkHasRole(zT, "COP") ) zCode = "145";
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
  if( !c->pEng->bPeerVerbs && !brinkHasRole(zS, "LAB") && !brinkHasRole(zT, "LAB")
      && ((brinkHasRole(zS, "BUS") && (iRootE!=11 || brinkHasRole(zT, "JUD")))
          || (((iRootE>=3 && iRootE<=7) || iRootE==12) && brinkHasRole(zT, "BUS"))) ) return BRINK_OK;
  /* ... but a firm and a union talking, offering or breaking off talks is
  ** labour business too: only a strike or a protest between them is coded
  ** ("General Motors' Canadian division will make its first offer in
  ** contract negotiations with the Canadian Auto Workers", rejected by the
  ** thirty-eighth and earlier reviews) */
  if( !c->pEng->bPeerVerbs && iRootE!=14 && ((brinkHasRole(zS, "BUS") && brinkHasRole(zT, "LAB"))
      || (brinkHasRole(zS, "LAB") && brinkHasRole(zT, "BUS"))) ) return BRINK_OK;
  /* (and so is a union's walk-out, rejection or threat with no one named:
  ** "talks broke down when the union walked out", "the union has
  ** threatened to strike unless it has reached a settlement", rejected by
  ** the thirty-seventh and thirty-second reviews; a strike and its calling
  ** off, 14 and 08, are coded) */
  if( !c->pEng->bPeerVerbs && !pTgt && brinkHasRole(zS, "LAB") && iRootE!=14 && iRootE!=8 && iRootE<18 ) return BRINK_OK;
  /* (and so is a commodity contract told by country names alone: "Greece
  ** has agreed to buy 30,000 tonnes of Spanish corn", "India had agreed to
  ** export to Japan 23 mln tonnes of iron ore", "South Korea has agreed to
  ** pay Japanese trading houses 400 dlrs per tonne": the buyers and sellers
  ** are firms, rejected by seven reviews; a government named in it keeps
  ** it a state's deal) */
  if( !c->pEng->bPeerVerbs && strcmp(zCode, "030")==0 && !brinkHasRole(zS, "GOV") && !(pTgt && brinkHasRole(zT, "GOV"))
      && commodityTrade(s) ) return BRINK_OK;
  /* (PETRARCH drops only an actor acting on itself: a pattern may set a
  ** country's military against the country, MORMIL -> MOR) */
  if( pTgt && (c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH ? strcmp(zS, zT)==0
               : (brinkCodesRelated(zS, zT) || sameState(zS, zT))) ) return BRINK_OK;
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
  return j<s->nTok && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, brinkAzSpeech)
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
    for(int j=0; j<s->nTok; j++) if( brinkTimeAdjunctStart(s, j)>=0 ) return 0;
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
  if( s->aMenAt[i]>=0 || brinkTimeAdjunctStart(s, i)>=0 ) return 1;
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
          && brinkTimeAdjunctStart(s, q-2)<0 ) break;
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
            int bRight = q==a+pat->nAnchor || (q>0 && brinkTimeAdjunctStart(s, q-1)==a+pat->nAnchor);
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
    if( iTgt>=0 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && ownsClauseSubject(s, iTgt) ){
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
            && s->aTok[i-1].eTag==TAG_VBN && (inSet(s->aTok[i-2].zLow, brinkAzBe)
            || (i>=3 && s->aTok[i-2].eTag==TAG_RB && inSet(s->aTok[i-3].zLow, brinkAzBe))) ) break;
        if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]>='3'
            && pBest->zCode[1]<='6' && i<=mBest.iEnd+2 && strangerPartner(s, i) ){
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
        if( brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) || sameState(s->aMen[k].zCode, s->aMen[iSrc].zCode) ){
          /* (a people and its own state's organ: emit codes them) */
          if( !c->pEng->bPeerVerbs && ownOrgan(s, &s->aMen[iSrc], &s->aMen[k]) ){
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
      iTgt = despiteAsker(s, mBest.iEnd, iSrc);
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
    if( !c->pEng->bPeerVerbs && inTermsClause(s, a) ){
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
