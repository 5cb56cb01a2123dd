/*
** event.c — emit one event: the checks on its pair, its date, its folding.
**
** brinkEmit() turns a matched pattern and its two mentions into a
** brink_event: drops an actor acting on itself, dates the event from the
** sentence's time expressions, attaches the story's places and quantities,
** and folds a repeat of the same (source, target, code) into one event
** with a mention count (and, within a sentence, a bare country into its
** organ or a generic code into its specific one).  Part of the coder
** (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

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
int brinkSameState(const char *zA, const char *zB){
  static const char *const azState[] = {"GOV","MIL","SPY","COP",0};
  if( strlen(zA)<6 || strlen(zB)<6 || strncmp(zA, zB, 3)!=0 ) return 0;
  int bA = 0, bB = 0;
  for(int i=0; azState[i]; i++){
    if( strncmp(zA+3, azState[i], 3)==0 ) bA = 1;
    if( strncmp(zB+3, azState[i], 3)==0 ) bB = 1;
  }
  return bA && bB;
}

/* "Soldiers detained President Bazoum", "the army seized power": force or
** coercion (roots 17-20) by a state's armed forces on its own government,
** named by a person, by nothing (a coup names no one) or by anything for
** 180 (the coup patterns: "overthrew the government"), is a coup or a
** mutiny, the one case in which two organs of one state are two actors.
** Not a capital's or an office's name: "Baghdad's term for a tanker", "what
** the administration called a measured response" are the same state. */
int brinkMutiny(const char *zCode, const char *zS, const Mention *pTgt){
  int iRoot = (zCode[0]-'0')*10 + (zCode[1]-'0');
  const char *zT = pTgt->zCode;
  if( iRoot<17 || iRoot>20 || strlen(zS)<6 || strlen(zT)<6 || strncmp(zS, zT, 3)!=0 || !brinkHasRole(zT, "GOV") ) return 0;
  /* ... and so is coercion (17: an arrest, a detention) by a state's
  ** police, investigators or courts of one who governs it: "South Korean
  ** investigators arrested President Yoon Suk Yeol" */
  if( iRoot==17 && (brinkHasRole(zS, "COP") || brinkHasRole(zS, "JUD") || brinkHasRole(zS, "SPY"))
      && (pTgt->flags & ACTF_PERSON) ) return 1;
  return brinkHasRole(zS, "MIL")
      && ((pTgt->flags & ACTF_PERSON) || !pTgt->zText || !pTgt->zText[0] || strcmp(zCode, "180")==0);
}

/* Give the emitted event e the code of table entry pC, with its root,
** quad class, Goldstein weight and PLOVER type; BRINK_ENOMEM, else
** BRINK_OK. */
int brinkRecode(brink_coder *c, brink_event *e, const brink_cameo *pC){
  char *zRoot = brinkArenaStrndup(&c->arena, pC->zCode, 2);
  if( !zRoot ) return BRINK_ENOMEM;
  e->zCode = pC->zCode; e->zRoot = zRoot; e->iQuad = pC->iQuad; e->rGoldstein = pC->rGoldstein;
  e->zPlover = pC->zPlover; e->zPloverMode = pC->zPloverMode;
  return BRINK_OK;
}

/* The code of unconventional violence (18) for force (19) by gunmen,
** attackers or suicide bombers no state or group is named behind (agent
** UAF) on anyone but soldiers or police: 186 when one who governs is the
** target, else 180. */
const char *brinkGunmenCode(const char *zCode, const char *zT, const Mention *pTgt){
  /* (an attack on soldiers or police is fighting, 19: "gunmen loyal to a
  ** warlord attacked Kenyan troops") */
  if( zCode[0]!='1' || zCode[1]!='9' || brinkHasRole(zT, "MIL") || brinkHasRole(zT, "COP") ) return zCode;
  return pTgt && (pTgt->flags & ACTF_PERSON) && brinkHasRole(zT, "GOV") ? "186" : "180";
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
const char *const brinkAzProtester[] = {"protester","protestor","demonstrator","marcher","rioter",0};

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
int brinkOwnOrgan(const Sent *s, const Mention *pPeople, const Mention *pOrgan){
  const char *zP = pPeople->zCode, *zO = pOrgan->zCode;
  if( strlen(zO)<=3 || (pOrgan->flags & MF_PRONOUN) || !brinkCodesRelated(zP, zO) || !isPeople(s, pPeople) ) return 0;
  for(int k=0; k<s->nMen && (pOrgan->flags & MF_AGENT); k++){
    const char *z = s->aMen[k].zCode;
    if( brinkCountryCoded(z) && strncmp(z, zP, 3)!=0 ) return 0;
  }
  return 1;
}

/* After a refusal ending at iEnd, "despite (growing) pressure by X",
** "despite calls from X": the mention of X (not iSrc), else -1. */
int brinkDespiteAsker(const Sent *s, int iEnd, int iSrc){
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
        return brinkCodesRelated(s->aMen[k].zCode, zS) || brinkSameState(s->aMen[k].zCode, zS) ? -1 : k;
      }
    }
    return -1;
  }
  return -1;
}

/* An intent to reform the state's own politics, leadership, rights or
** institutions (034, 0341, 0343, 0344; not 0342, a change of policy)? */
int brinkReformIntent(const char *zCode){
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

/* Is mention m a news outlet by its name ("BBC", "the New York Times",
** media.txt's !outlet), not its people ("a Kyodo reporter")? */
static int outletNamed(const Sent *s, const Mention *m){
  if( !m || !(m->flags & ACTF_OUTLET) || (m->flags & MF_PRONOUN) || m->iEnd<1 || m->iEnd>s->nTok ) return 0;
  const Tok *t = &s->aTok[m->iEnd-1];
  return (t->flags & (TOKF_CAP|TOKF_ALLCAP))!=0;
}

/* May the outlet mention m be the source of an act coded zCode?  Only
** of words (statements, appeals, demands, blame, rejection, threats,
** protest: roots 01, 02, 10-14), as state agencies speak for their
** state ("Tass denounced the attack"), and not when it is named as the
** teller of a report ("reported by the news agency IRNA", "according to
** Xinhua"). */
static int outletMayAct(const Sent *s, const Mention *m, const char *zCode){
  int i = m->iStart-1;
  /* (past its description: "by the Iranian news agency IRNA") */
  while( i>=0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_NN
         || s->aTok[i].eTag==TAG_NNP) ) i--;
  if( i>=0 && (tokIs(&s->aTok[i], "by") || tokIs(&s->aTok[i], "to") || tokIs(&s->aTok[i], "from")
      || tokIs(&s->aTok[i], "with")) ) return 0;
  int iRoot = (zCode[0]-'0')*10 + (zCode[1]-'0');
  return iRoot<=2 || (iRoot>=10 && iRoot<=14);
}

/* Aircraft and weapons named as the doers of force ("U.S. and British
** warplanes struck", "Russian missiles hit"). */
static const char *const azAircraft[] = {"warplane","jet","aircraft","plane","airplane","bomber","helicopter",
  "gunship","drone",0};
static const char *const azWeapon[] = {"missile","rocket","shell","bomb","airstrike","strike","artillery","mortar",
  "warship","torpedo","gunfire","fire",0};

/* Is the head noun of the source pSrc in az: its group's last word, or
** the word right after it ("U.S. and British warplanes", "Russian
** jets")?  Not for an unattributed source. */
static int sourceHeadIn(const Sent *s, const Mention *pSrc, const char *const *az){
  if( (pSrc->flags & MF_NOSOURCE) || pSrc->iEnd<1 || pSrc->iEnd>s->nTok ) return 0;
  int iEnd = pSrc->iEnd;
  if( pSrc>=s->aMen && pSrc<s->aMen+s->nMen ) iEnd = brinkGroupEnd(s, (int)(pSrc - s->aMen));
  return inSet(s->aTok[iEnd-1].zLemma, az)
      || (iEnd<s->nTok && TAG_IS_NOUN(s->aTok[iEnd].eTag) && inSet(s->aTok[iEnd].zLemma, az));
}

/* Is the current anchor's lemma z? */
static int anchorIs(const brink_coder *c, const Sent *s, const char *z){
  return c->iAnchor>=0 && c->iAnchor<s->nTok && strcmp(s->aTok[c->iAnchor].zLemma, z)==0;
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
  if( pTgt && !c->pEng->bPeerVerbs && brinkReformIntent(zCode) && strlen(zT)==3 && strncmp(zS, zT, 3)==0 ){
    pTgt = 0;
    zT = "";
  }
  if( !zS[0] && !pTgt ) return BRINK_OK;
  /* a news outlet named as such reports, and speaks at most: it does not
  ** meet, aid or fight ("Kyodo quoted Nakasone as telling reporters after
  ** meeting the envoy"); one told of is acted on only by blame, refusal,
  ** sanctions or coercion ("suspended the BBC", "accused Al Jazeera of
  ** bias"), not met, supported or killed.  Its people ("a Wall Street
  ** Journal reporter") act and are acted on as anyone (stop 30) */
  if( !c->pEng->bPeerVerbs ){
    if( outletNamed(s, pSrc) && !outletMayAct(s, pSrc, zCode) ) return BRINK_OK;
    if( pTgt && outletNamed(s, pTgt) && !(zCode[0]=='1' && (zCode[1]=='1' || zCode[1]=='2' || zCode[1]=='6' || zCode[1]=='7')) ){
      return BRINK_OK;
    }
  }
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
      && pSrc->iEnd<=s->nTok && inSet(s->aTok[pSrc->iEnd-1].zLemma, brinkAzProtester)
      && (!pTgt || (strlen(zT)>=6 && (strcmp(zT+3, "COP")==0 || strcmp(zT+3, "GOV")==0 || strcmp(zT+3, "MIL")==0))) ){
    zCode = "145";
  }
  /* one dismissed from office is no proposal rejected: "the Constitutional
  ** Court dismissed Prime Minister Srettha", "dismissed the heads of public
  ** media outlets" are no 120 (no CAMEO event between states; stop 31) */
  if( !c->pEng->bPeerVerbs && pTgt && strcmp(zCode, "120")==0 && anchorIs(c, s, "dismiss") ){
    static const char *const azOffice[] = {"head","heads","chief","chiefs","director","directors","minister",
      "ministers","commander","commanders","governor","governors","official","officials","president",
      "premier","general","generals","judge","judges","ambassador","envoy","mayor","prime","board","staff",0};
    int q = c->iAnchor+1;
    while( q<s->nTok && (s->aTok[q].eTag==TAG_DT || s->aTok[q].eTag==TAG_PRPS || TAG_IS_ADJ(s->aTok[q].eTag)) ) q++;
    /* (a person right after the verb; not "dismissed an appeal from
    ** President Ouattara", the appeal's owner) */
    if( ((pTgt->flags & ACTF_PERSON) && pTgt->iStart==q) || (q<s->nTok && inSet(s->aTok[q].zLow, azOffice)) ) return BRINK_OK;
  }
  /* one received as a guest is a person or an organ of a state, not a
  ** country's goods: "received Sudan's army chief", not "received
  ** Japanese imports" (stop 31) */
  if( !c->pEng->bPeerVerbs && pTgt && strcmp(zCode, "043")==0 && anchorIs(c, s, "receive")
      && ((strlen(zT)<=3 && !(pTgt->flags & ACTF_PERSON))
          || (pTgt->iEnd<s->nTok && (s->aTok[pTgt->iEnd].eTag==TAG_NN || s->aTok[pTgt->iEnd].eTag==TAG_NNS))) ){
    return BRINK_OK;   /* (nor "received Japanese government certification") */
  }
  /* civilians who attack do not use an army's force: "Dozens of Israeli
  ** settlers attacked the Palestinian village of Jit" is an assault, 180,
  ** as CAMEO keeps 19 for conventional military force (stop 31) */
  if( !c->pEng->bPeerVerbs && (strcmp(zCode, "190")==0 || strcmp(zCode, "193")==0) && brinkHasRole(zS, "CVL") ){
    zCode = "180";
  }
  /* strikes staged by armed forces, warships or aircraft are no labour
  ** strikes: "Chinese warships and fighter jets staged simulated strikes
  ** around Taiwan" show force (150); unsimulated, they are air or
  ** conventional strikes (stop 31) */
  if( !c->pEng->bPeerVerbs && strncmp(zCode, "143", 3)==0
      && (brinkArmedCode(zS) || sourceHeadIn(s, pSrc, azAircraft) || sourceHeadIn(s, pSrc, azWeapon)) ){
    int bMock = 0;
    for(int i=0; i<s->nTok && !bMock; i++){
      bMock = tokIs(&s->aTok[i], "simulated") || tokIs(&s->aTok[i], "mock") || tokIs(&s->aTok[i], "practice");
    }
    zCode = bMock ? "150" : sourceHeadIn(s, pSrc, azAircraft) ? "195" : "190";
  }
  /* administrative sanctions laid on another state's people or officials
  ** are sanctions on that state: "The European Union imposed travel bans
  ** and asset freezes on 21 Russian and Ukrainian officials" is 163, not
  ** the domestic 172 (stop 31) */
  if( !c->pEng->bPeerVerbs && pTgt && strcmp(zCode, "172")==0 && strlen(zS)>=3 && strlen(zT)>=3
      && (brinkCountryCoded(zT) || strncmp(zT, "IGO", 3)==0) && strncmp(zS, zT, 3)!=0
      && !(strlen(zT)>=6 && strcmp(zT+3, "MED")==0) ){   /* (a ban on a foreign outlet stays 1721, below) */
    zCode = "163";
  }
  /* a state's withdrawal from an organisation of states is no military
  ** retreat: "Burkina Faso, Mali and Niger announced their withdrawal
  ** from ECOWAS", "said it would withdraw from the International Criminal
  ** Court" reduce relations (160), as leaving a treaty does (stop 31) */
  if( !c->pEng->bPeerVerbs && pTgt && strncmp(zT, "IGO", 3)==0 && !brinkArmedCode(zS)
      && (strncmp(zCode, "087", 3)==0 || strcmp(zCode, "0356")==0) ){
    zCode = "160";
  }
  /* a bombing by an armed force is an air or artillery strike, not the
  ** car or roadside bomb 183 names: "Afghan warplanes killed 22 people in a
  ** second bombing of a Pakistani village" is 195 (census A144) */
  if( !c->pEng->bPeerVerbs && strncmp(zCode, "183", 3)==0 && brinkHasRole(zS, "MIL") ) zCode = "195";
  /* "hit" is force only when an armed actor or its weapons or aircraft
  ** hit: "Russian missiles hit an apartment block in Kyiv", not "U.S.
  ** tariffs hit Japanese exporters" (stop 30) */
  if( !c->pEng->bPeerVerbs && ((zCode[0]=='1' && zCode[1]=='9') || strncmp(zCode, "138", 3)==0)
      && anchorIs(c, s, "hit")
      && !brinkArmedCode(zS) && !sourceHeadIn(s, pSrc, azAircraft) && !sourceHeadIn(s, pSrc, azWeapon) ){
    return BRINK_OK;
  }
  /* ... and force used by aircraft or drones is an air strike: "U.S. and
  ** British warplanes struck Houthi targets" is 195, not 190 (held-out set
  ** 5, stop 30) */
  if( !c->pEng->bPeerVerbs && (strcmp(zCode, "190")==0 || strcmp(zCode, "193")==0)
      && sourceHeadIn(s, pSrc, azAircraft) ) zCode = "195";
  /* gunmen, attackers and suicide bombers no state or group is named
  ** behind use unconventional violence (18), not an armed force's (19):
  ** "a gunman killed 49 people at two mosques" is 180, one who governs
  ** shot dead is assassinated (186) (held-out probe, stop 28) */
  if( !c->pEng->bPeerVerbs && brinkHasRole(zS, "UAF") ) zCode = brinkGunmenCode(zCode, zT, pTgt);
  /* a ban or a suspension aimed at the press restricts free expression:
  ** "the junta suspended the BBC and Voice of America" is 1721 (held-out
  ** set 5, stop 30) */
  if( !c->pEng->bPeerVerbs && pTgt && brinkHasRole(zT, "MED") && (strcmp(zCode, "160")==0 || strcmp(zCode, "172")==0) ){
    zCode = "1721";
  }
  /* a charity, a relief agency or a rights group coerces and fights no
  ** one (it may suspend its aid, 16): "the first 20 trucks carrying aid
  ** from the Egyptian Red Crescent entered the Gaza Strip" is no
  ** occupation (held-out probe, stop 28) */
  if( !c->pEng->bPeerVerbs && strncmp(zS, "NGO", 3)==0 && ((zCode[0]=='1' && zCode[1]>='7') || zCode[0]=='2') ) return BRINK_OK;
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
  if( pTgt && !c->pEng->bPeerVerbs && brinkOwnOrgan(s, pSrc, pTgt) ){
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
               : ((brinkCodesRelated(zS, zT) || brinkSameState(zS, zT)) && !brinkMutiny(zCode, zS, pTgt))) ) return BRINK_OK;
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
  /* a target's organ replaces its bare country in the same act told by the
  ** same sentence: "thousands marched in Yangon to protest against the
  ** coup" is one protest, MMRCVL -> MMRGOV, not also MMRCVL -> MMR (stop
  ** 30) */
  for(size_t i=0; pTgt && !c->pEng->bPeerVerbs && i<c->nEv; i++){
    brink_event *e = &c->aEv[i];
    if( e->iSentence!=c->iSent || e->bNegated!=bNeg || strcmp(e->zSource, zS)!=0 || strcmp(e->zCode, zCode)!=0 ) continue;
    size_t nOld = strlen(e->zTarget), nNew = strlen(zT);
    if( nOld<3 || nNew<3 || nOld==nNew || strncmp(e->zTarget, zT, 3)!=0 || (nOld!=3 && nNew!=3) ) continue;
    if( nNew==3 ) return BRINK_OK;    /* (the organ is told already) */
    e->zTarget = zT; e->zTargetText = pTgt->zText;
    return foldFacts(c, e, zS, zT);
  }
  /* a specific code replaces the generic one of its root told by the same
  ** sentence: "urged Russia to withdraw" is 0256, not 020 and 0256 */
  for(size_t i=0; i<c->nEv; i++){
    brink_event *e = &c->aEv[i];
    if( e->iSentence!=c->iSent || strcmp(e->zSource, zS)!=0 || strcmp(e->zTarget, zT)!=0 ) continue;
    if( strncmp(e->zCode, zCode, 2)!=0 ) continue;
    const char *zOld = e->zCode;
    size_t nOld = strlen(zOld), nNew = strlen(zCode);
    /* (generic: the root's own code, or the parent of the other: "141"
    ** beside "1412", a march that is also one against a policy) */
    int bOldGeneric = (nOld==3 && zOld[2]=='0') || (nOld<nNew && strncmp(zCode, zOld, nOld)==0);
    int bNewGeneric = (nNew==3 && zCode[2]=='0') || (nNew<nOld && strncmp(zOld, zCode, nNew)==0);
    if( bNewGeneric && !bOldGeneric ) return BRINK_OK;      /* keep the specific one */
    if( bOldGeneric && !bNewGeneric ){
      const brink_cameo *pC = brinkOntologyLookup(c->pEng->pOnt, zCode);
      if( !pC ) break;
      return brinkRecode(c, e, pC);
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
