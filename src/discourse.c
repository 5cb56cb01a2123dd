/*
** discourse.c — resolve mentions against the story read so far.
**
** Pronouns and bare descriptions ("he", "the president", "the North
** American leader") take the actor the story's memory holds for them;
** surnames of titled people named earlier are remembered; places, embassies
** and capitals say whose an agent is.  Part of the coder (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Discourse --------------------------------------------------------- */
/* Does mention m name several ("trade ministers", "both leaders")?  A
** plural is no antecedent of "he" or "she". */
int brinkIsPluralMention(const Sent *s, const Mention *m){
  if( m->flags & ACTF_PLURAL ) return 1;
  int e = s->aTok[m->iEnd-1].eTag;
  /* (or a people before a plural noun no dictionary knows: "Gondorian
  ** traders") */
  if( (m->flags & ACTF_ADJ) && m->iEnd<s->nTok ) e = s->aTok[m->iEnd].eTag;
  return e==TAG_NNS || e==TAG_NNPS;
}

/* Map each token to the mention covering it (s->aMenAt; -1: none), kept up
** to date while mentions are resolved, split and dropped. */
static void indexMentions(Sent *s){
  memset(s->aMenAt, 0xFF, sizeof(int)*(size_t)s->nTok);   /* (all bits set: -1) */
  for(int k=0; k<s->nMen; k++){
    for(int i=s->aMen[k].iStart; i<s->aMen[k].iEnd; i++) s->aMenAt[i] = k;
  }
}

/* Split the pronoun mention k ("they") into two mentions of one group, the
** actors zA and zB; *pk moves to the second. */
static int splitPronoun(brink_coder *c, Sent *s, int *pk, const char *zA, const char *zB){
  int k = *pk;
  if( !brinkMenPush(c, s) ) return BRINK_ENOMEM;
  memmove(&s->aMen[k+1], &s->aMen[k], sizeof(Mention)*(size_t)(s->nMen-k-1));
  s->aMen[k].zCode = zA;
  s->aMen[k+1].zCode = zB;
  s->aMen[k+1].iGroup = s->aMen[k].iGroup;
  *pk = k+1;
  indexMentions(s);
  return BRINK_OK;
}

void brinkRemember(brink_coder *c, const Mention *m, int bSubject, int bPlural, int bTravel){
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
const char *const brinkAzJourneyVerb[] = {"visit","tour","travel","fly","leave","arrive","go","head",
  "come","return",0};

/* Is a verb of a journey among the few tokens after token i, past
** auxiliaries, adverbs and "due to" ("Baker had already left", "he is
** also due to visit")? */
int brinkJourneyAfter(const Sent *s, int i){
  for(int j=i; j<s->nTok && j<i+6; j++){
    const Tok *t = &s->aTok[j];
    if( TAG_IS_VERB(t->eTag) && inSet(t->zLemma, brinkAzJourneyVerb) ) return 1;
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
void brinkRememberUnknown(brink_coder *c, const Memory *r){
  if( c->pEng->bPeerVerbs ) return;   /* TABARI and PETRARCH keep to their dictionaries */
  if( c->nMem==MAX_MEMORY ){
    memmove(&c->aMem[0], &c->aMem[1], sizeof(Memory)*(MAX_MEMORY-1));
    c->nMem--;
  }
  c->aMem[c->nMem++] = *r;
}

/* Remember the lower-case surname zLast (shorter than an alias slot) as
** mention m, for brinkKnownSurname. */
static void pushAlias(brink_coder *c, const char *zLast, const Mention *m){
  Memory *r = &c->aAlias[c->nAlias];
  r->zCode = m->zCode; r->zText = m->zText; r->flags = (uint16_t)(m->flags | ACTF_PERSON);
  r->iSent = c->iSent; r->bSubject = 1; r->bPlural = 0; r->bTravel = 0;
  memcpy(c->azAlias[c->nAlias], zLast, strlen(zLast)+1);
  c->nAlias++;
}

/* "British minister Michael Howard": a title actor followed by a name no
** dictionary knows is that actor, and so is the surname later on. */
void brinkRememberAlias(brink_coder *c, const Sent *s, const Mention *m){
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

/* The known person whose surname is the lower-case word zLast, named
** earlier in the story with a title ("Treasury Secretary James Baker")
** or in full: 1 and *pOut, else 0. */
int brinkKnownSurname(const brink_coder *c, const char *zLast, Memory *pOut){
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

/* The first token, at or after iFrom, of a person's name no dictionary
** knows, said as a subject ("Ongpin said", "Robert White, Canada's
** delegate, told"): a run of capitalised proper nouns outside any mention,
** not after a title or an actor (that is the actor's name), not a place or
** an organisation, and followed by a verb or a comma; one word only before
** a verb of saying.  -1 when there is none. */
int brinkUnknownPerson(const brink_coder *c, const Sent *s, int iFrom, Memory *pOut){
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
    int bSay = TAG_IS_VERB(u->eTag) && inSet(u->zLemma, brinkAzSpeech);
    /* (one word before any other verb only as a known person's surname:
    ** "Yeutter is in Taupo") */
    int bKnownOnly = j-i<2 && !bSay && TAG_IS_VERB(u->eTag);
    if( !(j-i>=2 ? (TAG_IS_VERB(u->eTag) || tokIs(u, ",")) : bSay || bKnownOnly) ) continue;
    /* a known person named again by surname ("Treasury Secretary James
    ** Baker ... Baker said", "British minister Michael Howard ... Howard
    ** said"): that person, not a stranger */
    Memory r = { "", "", ACTF_PERSON, c->iSent, 1, 0, 0 };
    int bFound = brinkKnownSurname(c, s->aTok[j-1].zLow, &r);
    if( bKnownOnly && !bFound ) continue;
    r.iSent = c->iSent; r.bSubject = 1;
    *pOut = r;
    return i;
  }
  return -1;
}

/* Does the agent's role end the code: "USAGOV" for "GOV"? */
int brinkHasRole(const char *zCode, const char *zAgent){
  size_t n = strlen(zCode), m = strlen(zAgent);
  return m>0 && n>m && strcmp(zCode+n-m, zAgent)==0;
}

/* An armed actor: soldiers, police, intelligence, rebels, unidentified
** gunmen ("IRQMIL", "LBNREB") or a militant network ("IMGMOSISL"). */
int brinkArmedCode(const char *zCode){
  return brinkHasRole(zCode, "MIL") || brinkHasRole(zCode, "COP") || brinkHasRole(zCode, "SPY")
      || brinkHasRole(zCode, "REB") || brinkHasRole(zCode, "UAF") || strncmp(zCode, "IMG", 3)==0;
}

/* Farmers, workers, students or civilians of a country: "BIHLAB". */
int brinkCivilCode(const char *zCode){
  return strlen(zCode)==6 && (brinkHasRole(zCode, "AGR") || brinkHasRole(zCode, "LAB") || brinkHasRole(zCode, "EDU")
                              || brinkHasRole(zCode, "CVL"));
}

/* A city or province whose name lies in several countries ("Tripoli":
** Lebanon, Libya, Greece) is placed in the one of them the sentence itself
** names ("... into the north Lebanese port", "Tripoli, Lebanon"), when it
** names exactly one; else nowhere. */
static const char *sentenceNamesOne(const brink_coder *c, const Sent *s, int iFrom, int iTo,
                                    const GazEntry *const *aE, int nE){
  const char *zOne = 0;
  /* ("Tripoli, Lebanon": the qualifier is no mention of its own) */
  uint32_t iEntry;
  if( iTo+1<s->nTok && tokIs(&s->aTok[iTo], ",") && brinkPhraseAt(c, s, DK_ACTOR, iTo+1, &iEntry)
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
/* The gazetteer's entries for the name that tokens [i, iEnd) spell, in
** *paE; their number (0 for none). */
static int gazRun(const Gazetteer *g, const Sent *s, int i, int iEnd, const GazEntry *const **paE){
  char zKey[128];
  size_t nRaw = s->aTok[iEnd-1].iOff + (size_t)s->aTok[iEnd-1].n - s->aTok[i].iOff;
  size_t nKey = brinkGazKey(s->aTok[i].z, nRaw, zKey, sizeof zKey);
  return nKey ? brinkGazLookup(g, zKey, nKey, paE) : 0;
}

const char *brinkPlaceCountry(brink_coder *c, const Sent *s, int i, int *piEnd){
  const Gazetteer *g = c->pEng->pGaz;
  if( !g ) return 0;
  const char *zFound = 0;
  *piEnd = i;
  int j;
  for(j=i; j<s->nTok && j<i+4 && (s->aTok[j].flags & TOKF_CAP) && s->aTok[j].eTag==TAG_NNP; j++){
    const GazEntry *const *aE;
    int nE = gazRun(g, s, i, j+1, &aE);
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

/* Does the gazetteer know tokens [i, iEnd) as a city or top-level
** subdivision in country zCountry (its first three letters) at least ten
** times as populous as any of that name elsewhere (or written by hand in
** data/gazetteer.txt)?  For a capital the actor dictionary names, whose
** name small towns elsewhere share ("Paris", Texas; "Moscow", Idaho), not
** a city two countries have ("Tripoli"). */
int brinkPlaceMostlyIn(const brink_coder *c, const Sent *s, int i, int iEnd, const char *zCountry){
  const Gazetteer *g = c->pEng->pGaz;
  if( !g || i>=iEnd || iEnd>s->nTok ) return 0;
  const GazEntry *const *aE;
  int nE = gazRun(g, s, i, iEnd, &aE);
  double rIn = 0, rElse = 0;
  for(int e=0; e<nE; e++){
    if( aE[e]->eKind!=GAZ_ADM1 && aE[e]->eKind!=GAZ_CITY ) return 0;
    /* (a hand-written entry, data/gazetteer.txt, is the one meant: "Moscow
    ** = city RUS" has no population) */
    if( strncmp(aE[e]->zCountry, zCountry, 3)==0 ){ if( aE[e]->bHand ) rIn = 1e300; else if( aE[e]->rPop>rIn ) rIn = aE[e]->rPop; }
    else if( aE[e]->rPop>rElse ) rElse = aE[e]->rPop;
  }
  return rIn>0 && rIn>=10*rElse;
}

/* Is mention m inside an appositive on a known actor ("Pakistan, a key
** U.S. ally, urged its citizens": the U.S. is no "it" and gives no role
** its country)? */
static int inAppositive(const Sent *s, const Mention *m){
  int q = brinkAppositiveComma(s, m->iStart-1);
  for(int k=0; q>=1 && k<s->nMen; k++){
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
    if( strcmp(s->aMen[k].zCode, "---")==0 ){ brinkMenRemove(s, k); k--; }
  }
}

/* The role with no country that says something of itself right before
** pronoun k ("Opposition parties said they will boycott", "the union has
** said it will strike"): the index of its mention, or -1.  The pronoun is
** that role (and takes a country as the role would), not an actor of the
** sentences before (brink's own dictionaries). */
static int bareSpeaker(const brink_coder *c, const Sent *s, int k){
  int j = s->aMen[k].iStart-1;
  if( c->pEng->bPeerVerbs || j<1 || !TAG_IS_VERB(s->aTok[j].eTag) || !inSet(s->aTok[j].zLemma, brinkAzSpeech) ) return -1;
  j--;
  if( j>=1 && (tokIs(&s->aTok[j], "has") || tokIs(&s->aTok[j], "have")) ) j--;
  int q = k-1;   /* (the mention ending right before the verb) */
  while( q>=0 && s->aMen[q].iEnd>j+1 ) q--;
  if( q<0 || s->aMen[q].iEnd!=j+1 || s->aMen[q].zCode[0] || !(s->aMen[q].flags & MF_AGENT)
      || !s->aMen[q].zAgent || !s->aMen[q].zAgent[0] ) return -1;
  return q;
}

/* The country a clause places mention m in: "in (western) Cambodia", "in
** southern Lebanon", "in Sidon" within a few words before or after m (only
** after it when bAfter), in its clause (a place after "in" is no actor
** mention, so the dictionary and the gazetteer are asked); a 3-letter code
** in the arena, or NULL. */
/* The country of the place named at token j, the end of its name in
** *piEnd: a state the dictionary names, else a place the gazetteer knows (a
** name the dictionary takes as something else: "Tripoli" is Libya's
** government and a port in Lebanon); 0 when neither. */
static const char *countryNamedAt(brink_coder *c, const Sent *s, int j, int *piEnd){
  const DictView *pV = &c->v;
  uint32_t iEntry;
  int n = brinkPhraseAt(c, s, DK_ACTOR, j, &iEntry);
  *piEnd = j+n;
  if( n && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_STATE) ){
    const char *z = brinkDictCodeOn(c->pDict, DK_ACTOR, iEntry, c->iDay);
    return z && strlen(z)>=3 && z[0]!='-' && strncmp(z, "IGO", 3)!=0 ? brinkArenaStrndup(&c->arena, z, 3) : 0;
  }
  return brinkPlaceCountry(c, s, j, piEnd);
}

static const char *locatedIn(brink_coder *c, const Sent *s, const Mention *m, int bAfter){
  static const char *const azNear[] = {"neighbouring","neighboring",0};
  int i0 = m->iStart-12 > 0 ? m->iStart-12 : 0;
  if( bAfter ){
    /* (after the clause's first act that is no saying: "officials in
    ** Baghdad said shells killed 12 civilians" are not placed in Baghdad;
    ** "a missile destroyed a block in Dnipro, killing 40 people" are) */
    i0 = m->iEnd;
    for(int v=0; v<m->iStart; v++){
      if( TAG_IS_FINITE(s->aTok[v].eTag) && !inSet(s->aTok[v].zLemma, brinkAzSpeech) ){ i0 = v+1; break; }
    }
  }
  /* (a clause's armed subject is placed by the whole clause: "Gunmen
  ** abducted 280 pupils from a school in Kuriga, a town in northwestern
  ** Nigeria"; so are victims who open it, a passive's subject: "Thirty
  ** people were killed in a bomb attack in Baghdad"; other victims by the
  ** words near them) */
  int bFirst = 1;   /* (no actor named before it: it opens the clause) */
  for(int x=0; x<s->nMen && bFirst; x++) bFirst = s->aMen[x].iStart>=m->iStart || !s->aMen[x].zCode[0];
  int bPassiveSubj = 0;   /* (victims who open a passive: "people were killed") */
  for(int j=m->iEnd; bAfter && j<s->nTok && j<m->iEnd+4 && !bPassiveSubj; j++){
    if( s->aTok[j].eTag==TAG_VBN ) bPassiveSubj = j>m->iEnd && inSet(s->aTok[j-1].zLow, brinkAzBe);
    else if( !inSet(s->aTok[j].zLow, brinkAzBe) && s->aTok[j].eTag!=TAG_RB && !tokIs(&s->aTok[j], "have")
             && !tokIs(&s->aTok[j], "has") ) break;
  }
  int nAfter = bFirst && m->iStart<=4 && (!bAfter || bPassiveSubj) ? 20 : 6;
  int i1 = m->iEnd+nAfter < s->nTok ? m->iEnd+nAfter : s->nTok;
  const char *zFound = 0;
  int nBest = 1<<30;
  for(int i=i0; i+1<i1; i++){
    /* ("stormed into southern Israel, killing hundreds of civilians";
    ** "shelled residential areas of Kharkiv, killing ten civilians": a
    ** part of a place "of" it is in it) */
    int bIn = tokIs(&s->aTok[i], "in") || tokIs(&s->aTok[i], "into") || tokIs(&s->aTok[i], "across")
           || (tokIs(&s->aTok[i], "of") && i>0 && TAG_IS_NOUN(s->aTok[i-1].eTag)
               && (inSet(s->aTok[i-1].zLemma, brinkAzPlacePart) || inSet(s->aTok[i-1].zLemma, brinkAzPlaceKind)));
    if( !bIn || (i>=m->iStart && i<m->iEnd) ) continue;
    int j = i+1;
    uint32_t iEntry;
    /* ("in Northern Ireland", "in South Korea": a name of its own) */
    while( j<i1 && (brinkCompassPart(s->aTok[j].zLow) || inSet(s->aTok[j].zLow, azNear) || tokIs(&s->aTok[j], "the")) && !brinkPhraseAt(c, s, DK_ACTOR, j, &iEntry) ) j++;
    /* ("in the town of Bucha", "in the Ethiopian city of Axum": a kind
    ** of place, or a country's word before one) */
    const char *zC = 0;
    if( j+1<s->nTok && inSet(s->aTok[j].zLow, brinkAzPlaceKind) && tokIs(&s->aTok[j+1], "of") ) j += 2;
    else if( j+1<s->nTok && inSet(s->aTok[j+1].zLow, brinkAzPlaceKind) && s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].iStart==j
             && (s->aMen[s->aMenAt[j]].flags & ACTF_ADJ) && strlen(s->aMen[s->aMenAt[j]].zCode)==3 ){
      zC = s->aMen[s->aMenAt[j]].zCode;
    }
    if( !zC && (j>=s->nTok || !(s->aTok[j].flags & TOKF_CAP)) ) continue;
    if( !zC ){
      int iEnd;
      zC = countryNamedAt(c, s, j, &iEnd);
      /* (a place the text puts in a country, "the village of Solhan in
      ** northern Burkina Faso", is there, whatever place of that name the
      ** gazetteer knows elsewhere; stop 31) */
      if( zC && iEnd+1<s->nTok && tokIs(&s->aTok[iEnd], "in") ){
        int q = iEnd+1, iEnd2;
        while( q<s->nTok && (brinkCompassPart(s->aTok[q].zLow) || tokIs(&s->aTok[q], "the")) ) q++;
        const char *zIn = q<s->nTok && (s->aTok[q].flags & TOKF_CAP) ? countryNamedAt(c, s, q, &iEnd2) : 0;
        if( zIn ) zC = zIn;
      }
    }
    if( !zC ) continue;
    /* (in the same clause: no ";" or ":" between) */
    int a = i<m->iStart ? i : m->iEnd, b = i<m->iStart ? m->iStart : i, bBreak = 0;
    for(int x=a; x<b && !bBreak; x++) bBreak = tokIs(&s->aTok[x], ";") || tokIs(&s->aTok[x], ":");
    int nDist = i<m->iStart ? m->iStart-i : i-m->iEnd;
    if( !bBreak && nDist<nBest ){ nBest = nDist; zFound = zC; }
  }
  /* ... or by the place that opens the sentence ("In Nairobi, gunmen
  ** stormed a shopping mall, killing at least 39 people") */
  if( !zFound && s->nTok>3 && tokIs(&s->aTok[0], "in") && (s->aTok[1].flags & TOKF_CAP) ){
    int iEnd = 0;
    const char *zC = countryNamedAt(c, s, 1, &iEnd);
    if( zC && iEnd<s->nTok && tokIs(&s->aTok[iEnd], ",") && iEnd<m->iStart ) zFound = zC;
  }
  return zFound;
}

/* Is mention j of sentence s in a list of actors ("Australia, Brazil, Cuba
** and the EC"): an actor's mention right before it past "," or "and"
** (and "the")?  Lists are grouped only later, in brinkResolveMentions. */
static int inActorList(const Sent *s, int j){
  int i = s->aMen[j].iStart - 1;
  if( i>=0 && tokIs(&s->aTok[i], "the") ) i--;
  /* (a list of three or more, with a comma: "the Turkish and Greek sides
  ** ... missing people from both communities" is two sides' own) */
  if( i<1 || !(tokIs(&s->aTok[i], ",") || tokIs(&s->aTok[i], "and")) ) return 0;
  /* (the mention that ends at i) */
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

/* The country ("IRQ", in the arena) a modifier "anti-X" before token i
** names, X a country, its people or its capital ("anti-Iraqi",
** "anti-Baghdad"), among the up to three modifiers right before i; else 0. */
static const char *againstState(brink_coder *c, const Sent *s, int i){
  for(int j=i-1; j>=0 && j>=i-3; j--){
    const Tok *t = &s->aTok[j];
    if( !(TAG_IS_ADJ(t->eTag) || t->eTag==TAG_NNP || t->eTag==TAG_NNPS) ) return 0;
    size_t n = strlen(t->zLow);
    if( n<8 || strncmp(t->zLow, "anti-", 5)!=0 ) continue;
    int32_t w = brinkDictWordId(c->pDict, t->zLow+5, n-5);
    if( w<0 ) return 0;
    uint32_t nP = 0;
    const uint32_t *aP = brinkDictPhrasesFor(c->pDict, DK_ACTOR, w, &nP);
    const char *zFound = 0;
    for(uint32_t k=0; k<nP; k++){
      const DictPhrase *ph = &c->v.aPhrase[DK_ACTOR][aP[k]];
      if( ph->nWord!=1 ) continue;
      uint16_t f = c->v.aEntry[DK_ACTOR][ph->iEntry].flags;
      const char *zCode = brinkDictCodeOn(c->pDict, DK_ACTOR, ph->iEntry, c->iDay);
      if( !zCode || (f & ACTF_ETHNIC) ) continue;
      size_t nC = strlen(zCode);
      int bState = ((f & (ACTF_STATE|ACTF_ADJ)) && nC==3) || (nC==6 && strcmp(zCode+3, "GOV")==0);
      if( !bState || strncmp(zCode, "IGO", 3)==0 || strncmp(zCode, "NGO", 3)==0 ) continue;
      if( zFound && strncmp(zFound, zCode, 3)!=0 ) return 0;   /* two countries: none */
      zFound = zCode;
    }
    return zFound ? brinkArenaStrndup(&c->arena, zFound, 3) : 0;
  }
  return 0;
}

/* Is the "it" at token i, after a subordinating word ("because it would
** force"), the subject of the clause before: a noun phrase no actor names,
** with a singular common noun for its head ("trade legislation pending in
** Congress would be dangerous because it", "one helicopter was shot down as
** it"), when the clause names no state or organisation "it" could be?  That
** clause starts at the sentence, or after "that" or a verb of saying. */
/* The noun phrase of determiners, adjectives and common nouns that starts
** at token i0 (and ends before iLim; its end in *piEnd): the index of its
** head when that is a lower-case singular common noun and no actor is in
** the phrase (a thing no actor stands for), else -1. */
static int thingPhrase(const Sent *s, int i0, int iLim, int *piEnd){
  int h = -1, j = i0;
  for(; j<iLim; j++){
    const Tok *u = &s->aTok[j];
    if( s->aMenAt[j]>=0 ){ *piEnd = j; return -1; }
    if( u->eTag==TAG_NN || u->eTag==TAG_NNS ) h = j;
    else if( !(u->eTag==TAG_DT || TAG_IS_ADJ(u->eTag) || u->eTag==TAG_CD || u->eTag==TAG_PRPS) ) break;
  }
  *piEnd = j;
  return h>=0 && s->aTok[h].eTag==TAG_NN && !(s->aTok[h].flags & TOKF_CAP) ? h : -1;
}

static int thingBeforeIt(const Sent *s, int i){
  static const char *const azSub[] = {"because","as","since","when","while","if","unless",
    "although","though",0};
  if( i<3 || i+1>=s->nTok || !inSet(s->aTok[i-1].zLow, azSub) ) return 0;
  int e = s->aTok[i+1].eTag;
  if( !(TAG_IS_FINITE(e) || e==TAG_MD || e==TAG_RB) ) return 0;
  /* the clause before: its finite verb, then where it starts */
  int v = i-2;
  while( v>=0 && !(TAG_IS_FINITE(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_MD) ){
    if( tokIs(&s->aTok[v], ";") ) return 0;
    v--;
  }
  if( v<1 ) return 0;
  int b = v-1;
  while( b>=0 && !tokIs(&s->aTok[b], "that") && !tokIs(&s->aTok[b], ";")
         && !(TAG_IS_VERB(s->aTok[b].eTag) && inSet(s->aTok[b].zLemma, brinkAzSpeech)) ) b--;
  /* its first noun phrase: no actor in it, a singular common noun its head */
  int j;
  if( thingPhrase(s, b+1, v, &j)<0 ) return 0;
  /* ... and no state or organisation named in the clause, which "it" may
  ** be: "fears of an invasion by Moscow, as it accumulates troops" */
  for(int k=j; k<i-1; k++){
    int q = s->aMenAt[k];
    if( q>=0 && s->aMen[q].zCode[0] && (s->aMen[q].flags & (ACTF_STATE|ACTF_ORG)) ) return 0;
  }
  return 1;
}

/* The first token of sentence s past an opening "But" or "And". */
static int openingAt(const Sent *s){
  return s->nTok>1 && s->aTok[0].eTag==TAG_CC ? 1 : 0;
}

/* Does sentence s open with a subject that is a thing no actor stands
** for, of a kind that can itself say or do what an actor does, its verb
** right after it ("The bill forces the administration to act", "The
** panel recommended", "The suit alleges"), or with an "it" that was left
** as such a thing?  A sentence-opening "it" in the next sentence is then
** that thing, no actor (brink's own).  Not other things ("Funaro's trip
** follows the decision by Brazil ... It has also frozen" is Brazil), and
** not a name no dictionary knows ("The Commerce Department said ... It
** made the statement after talks" is the U.S.'s). */
int brinkThingSubject(const brink_coder *c, const Sent *s){
  int i = openingAt(s);
  if( i>=s->nTok ) return 0;
  if( tokIs(&s->aTok[i], "it") ){
    int k = s->aMenAt[i];
    return k>=0 && !s->aMen[k].zCode[0] && c->iThingSent==c->iSent-1;
  }
  int j, h = thingPhrase(s, i, s->nTok<i+8 ? s->nTok : i+8, &j);
  if( h<0 || h!=j-1 || j>=s->nTok || !(TAG_IS_FINITE(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_MD) ) return 0;
  static const char *const azActing[] = {"bill","legislation","law","measure","amendment","resolution",
    "report","study","survey","suit","lawsuit","complaint","petition","panel","commission","committee",
    "board","inquiry","statement","communique","agreement","accord","treaty","pact","plan","proposal",
    "program","programme","package","budget","document","letter","order","ruling","decree","directive",
    "regulation","newspaper","paper","daily","weekly","magazine","agency","company","firm","group",0};
  return inSet(s->aTok[h].zLow, azActing);
}

/* Currencies: a country's word before one names no actor ("the Japanese
** yen"), and supporting one is a market operation ("defend the yen"). */
const char *const brinkAzMoney[] = {"dollar","dollars","yen","mark","marks","franc","francs","pound",
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
    if( m->iEnd>=s->nTok || !TAG_IS_NOUN(s->aTok[m->iEnd].eTag) || !inSet(s->aTok[m->iEnd].zLow, brinkAzMoney) ) continue;
    brinkMenRemove(s, k);
    k--;
  }
}

/* Code the agent mention m as itself ("~MOS", "MOS~" for a prefixed one). */
static int convertAgent(brink_coder *c, Mention *m){
  size_t nA = strlen(m->zAgent);
  char *z = brinkArenaAlloc(&c->arena, nA+2);
  if( !z ) return BRINK_ENOMEM;
  if( m->flags & ACTF_PREFIX ){ memcpy(z, m->zAgent, nA); z[nA] = '~'; }
  else{ z[0] = '~'; memcpy(z+1, m->zAgent, nA); }
  z[nA+1] = 0;
  m->zCode = z;
  return BRINK_OK;
}

/* Give the agent mention k the code of a mention with its role ("the
** president"), of a role coordinated with it, or PETRARCH's null actor. */
static int agentByRole(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  /* "the president": the latest mention with that role, in this
  ** sentence or before. */
  if( m->iStart>0 && tokIs(&s->aTok[m->iStart-1], "the") ){
    for(int j=k-1; j>=0; j--){
      if( s->aMen[j].zCode[0] && brinkHasRole(s->aMen[j].zCode, m->zAgent) ){ m->zCode = s->aMen[j].zCode; break; }
    }
    for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
      if( brinkHasRole(c->aMem[j].zCode, m->zAgent) ) m->zCode = c->aMem[j].zCode;
    }
  }
  if( !m->zCode[0] && m->zAgent && m->zAgent[0] && k>0 && (s->aMen[k-1].flags & MF_ROLE)
      && s->aMen[k-1].iEnd+1==m->iStart && tokIs(&s->aTok[m->iStart-1], "and")
      && strlen(s->aMen[k-1].zCode)>3 ){
    /* "Danish media and government": the country distributes over the
    ** coordinated roles (DNKMED, DNKGOV) */
    m->zCode = brinkJoinCode(c, brinkArenaStrndup(&c->arena, s->aMen[k-1].zCode, 3), m->zAgent, (m->flags & ACTF_PREFIX)!=0);
    if( !m->zCode ) return BRINK_ENOMEM;
  }
  if( !m->zCode[0] && m->zAgent && m->zAgent[0] && c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH ){
    /* PETRARCH gives a role with no country the null actor: "---EDU" */
    char zG[24];
    snprintf(zG, sizeof zG, "---%s", m->zAgent);
    m->zCode = brinkArenaStrndup(&c->arena, zG, strlen(zG));
    if( !m->zCode ) return BRINK_ENOMEM;
  }
  return BRINK_OK;
}

/* Is the agent mention m a role of something no dictionary knows, which
** takes no country from the clause? */
static int agentOfOther(brink_coder *c, const Sent *s, const Mention *m){
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
        && !brinkPlaceCountry(c, s, m->iStart-1, &iPlaceEnd0) ) bOfOther = 1;
  }
  return bOfOther;
}

/* The mention a country actor right after the agent mention k belongs to
** ("militants loyal to", "a newspaper based in"), or -1. */
static int agentBelongsTo(const brink_coder *c, const Sent *s, int k){
  const Mention *m = &s->aMen[k];
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
      if( brinkCountryCoded(z) ){ jBest = j; break; }
    }
  }
  /* ... and those "from" a country or its organ who act ("soldiers from
  ** Niger's presidential guard detained", "doctors from Cuba arrived"; not
  ** an object moved from a place: "withdraw its troops from Ukraine"; nor
  ** officials or delegates, who come from firms and regions as often:
  ** "representatives from the U.S. concluded a trip") */
  if( !c->pEng->bPeerVerbs && jBest<0 && u1 && tokIs(u1, "from") && !brinkIsObjectLike(s, m)
      && !(m->zAgent && strcmp(m->zAgent, "GOV")==0) ){
    int q = m->iEnd+1;
    if( q<s->nTok && tokIs(&s->aTok[q], "the") ) q++;
    int j = q<s->nTok ? s->aMenAt[q] : -1;
    if( j>=0 && s->aMen[j].iStart==q && brinkCountryCoded(s->aMen[j].zCode) ) jBest = j;
  }
  return jBest;
}

/* The person "his" or "her" before the agent mention k names, or -1
** (jBest: the mention agentBelongsTo found). */
static int agentOwner(const brink_coder *c, const Sent *s, int k, int jBest){
  const Mention *m = &s->aMen[k];
  /* "Prime Minister Kalevi Sorsa and his government", "his five-party
  ** coalition government": "his" or "her" is the person just named,
  ** whose country it is */
  int jOwner = -1, iDet = m->iStart-1;
  while( iDet>0 && iDet>=m->iStart-3 && (TAG_IS_ADJ(s->aTok[iDet].eTag) || s->aTok[iDet].eTag==TAG_CD
         || s->aTok[iDet].eTag==TAG_NN) && s->aMenAt[iDet]<0 ) iDet--;
  if( !c->pEng->bPeerVerbs && jBest<0 && iDet>=0 && (tokIs(&s->aTok[iDet], "his")
      || tokIs(&s->aTok[iDet], "her")) ){
    for(int j=k-1; j>=0 && jOwner<0; j--){
      if( (s->aMen[j].flags & ACTF_PERSON) && brinkCountryCoded(s->aMen[j].zCode) ) jOwner = j;
    }
  }
  return jOwner;
}

/* The closing attribution's speaker after mention k, when it is the only
** country actor after k, else -1. */
static int agentClosingSpeaker(const Sent *s, int k){
  int jSay = -1, nOther = 0;
  for(int j=k+1; j<s->nMen; j++){
    const char *z = s->aMen[j].zCode;
    if( strlen(z)<3 || z[0]=='-' || !(s->aMen[j].flags & (ACTF_STATE|ACTF_ADJ|ACTF_ORG)) ) continue;
    if( strncmp(z, "IGO", 3)==0 || strncmp(z, "NGO", 3)==0 || strncmp(z, "IMG", 3)==0 ) continue;
    if( jSay<0 && brinkClosingSpeaker(s, j) ) jSay = j;
    else nOther++;
  }
  return jSay>=0 && nOther==0 ? jSay : -1;
}

/* The mention whose country the agent mention k takes, or -1; *pjOwner is
** the person "his" or "her" names, or -1. */
static int agentCountrySource(const brink_coder *c, const Sent *s, int k, int *pjOwner){
  /* the nearest country actor before it that is a subject ("where the
  ** Kremlin has deployed troops": Russian troops), else the first */
  int jBest = agentBelongsTo(c, s, k);
  int jOwner = agentOwner(c, s, k, jBest);
  if( jOwner>=0 ) jBest = jOwner;
  for(int j=0; j<k && jBest<=k && jOwner<0; j++){
    const char *z = s->aMen[j].zCode;
    if( strlen(z)<3 || !(s->aMen[j].flags & (ACTF_STATE|ACTF_ADJ|ACTF_ORG)) ) continue;
    if( strncmp(z, "IGO", 3)==0 || strncmp(z, "NGO", 3)==0 || strncmp(z, "IMG", 3)==0 ) continue;
    if( !c->pEng->bPeerVerbs && inAppositive(s, &s->aMen[j]) ) continue;
    if( jBest<0 || !brinkIsObjectLike(s, &s->aMen[j]) ) jBest = j;
  }
  /* ... or, when none comes before it and no other country is named,
  ** the country of the closing attribution's speaker: "The Federal
  ** Minister for Interior ... allowed opposition leader X to bring
  ** out a rally, according to the Pakistani Federal Secretary
  ** Interior" (brink's own) */
  if( jBest<0 && jOwner<0 && !c->pEng->bPeerVerbs ) jBest = agentClosingSpeaker(s, k);
  /* ... or, for "the opposition", the one country the sentence names, a
  ** person's among them: "Yoon Suk Yeol declared martial law, accusing the
  ** opposition of anti-state activities" (KOROPP; held-out set 5, stop 30) */
  if( jBest<0 && jOwner<0 && !c->pEng->bPeerVerbs && s->aMen[k].zAgent && strcmp(s->aMen[k].zAgent, "OPP")==0 ){
    int jOne = -1, bMany = 0;
    for(int j=0; j<s->nMen && !bMany; j++){
      const char *z = s->aMen[j].zCode;
      if( j==k || !brinkCountryCoded(z) ) continue;
      if( jOne<0 ) jOne = j;
      else if( strncmp(z, s->aMen[jOne].zCode, 3)!=0 ) bMany = 1;
    }
    if( jOne>=0 && !bMany && (s->aMen[jOne].flags & ACTF_PERSON) ) jBest = jOne;
  }
  *pjOwner = jOwner;
  return jBest;
}

/* Give the agent mention k, a role with no country, the country of the
** clause: the place it is in, or the country actor agentCountrySource finds. */
static int agentOfClause(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  int jOwner;
  int jBest = agentCountrySource(c, s, k, &jOwner);
  /* rebels or militias with no country of their own, where the clause places
  ** them in another country than its subject's ("retook a village in
  ** western Cambodia after fighting with guerrillas", "bombed guerrilla
  ** bases in Lebanon"): that country's (brink's own dictionaries) */
  /* ... and so are people with no country of their own that the clause
  ** places after them ("Russian missiles killed five people in Kharkiv",
  ** "killed 260 people at a festival in southern Israel"): the place's
  ** people, not the attacker's */
  /* armed men from or loyal to a rebel group are the group ("gunmen
  ** from al-Shabaab": SOMREB, not Somalia's unidentified gunmen) (brink's
  ** own) */
  if( !c->pEng->bPeerVerbs && jBest>k && jOwner<0 && (strcmp(m->zAgent, "UAF")==0 || strcmp(m->zAgent, "REB")==0)
      && brinkHasRole(s->aMen[jBest].zCode, "REB") && agentBelongsTo(c, s, k)==jBest ){
    m->zCode = s->aMen[jBest].zCode;
    return BRINK_OK;
  }
  const char *zIn = c->pEng->bPeerVerbs ? 0
                  : (strcmp(m->zAgent, "REB")==0 || strcmp(m->zAgent, "UAF")==0) ? locatedIn(c, s, m, 0)
                  : strcmp(m->zAgent, "CVL")==0 ? locatedIn(c, s, m, 1) : 0;
  if( zIn ){
    m->zCode = brinkJoinCode(c, zIn, m->zAgent, (m->flags & ACTF_PREFIX)!=0);
    if( !m->zCode ) return BRINK_ENOMEM;
  }else if( jBest>=0 && !c->pEng->bPeerVerbs && jOwner<0 && s->aTok[m->iEnd-1].eTag==TAG_NNS
            && inActorList(s, jBest) ){
    /* plural agents after a list of countries ("will visit Australia,
    ** Brazil, Cuba and the EC to talk to governments") are of all or
    ** none of them: no one country's (thirty-eighth review #33) */
  }else if( jBest>=0 ){
    const char *z = s->aMen[jBest].zCode;
    char zC[4] = { z[0], z[1], z[2], 0 };
    m->zCode = brinkJoinCode(c, brinkArenaStrndup(&c->arena, zC, 3), m->zAgent, (m->flags & ACTF_PREFIX)!=0);
  }
  return BRINK_OK;
}

/* Resolve the agent mention k (a role: "the president", "rebels"). */
static int resolveAgent(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  /* TABARI's CONVERT AGENT: an agent on its own is coded as itself,
  ** "~MOS" ("MOS~" for a prefixed one) */
  if( c->bConvertAgent && c->bStems && m->zAgent && m->zAgent[0] ) return convertAgent(c, m);
  int rc = agentByRole(c, s, k);
  if( rc ) return rc;
  /* "anti-Baghdad Kurdish guerrillas", "anti-Iraqi rebels": a role
  ** set against a state is that state's (IRQREB), not the clause's
  ** (brink's own) */
  if( !m->zCode[0] && m->zAgent && m->zAgent[0] && !c->pEng->bPeerVerbs ){
    const char *zC = againstState(c, s, m->iStart);
    if( zC ){
      m->zCode = brinkJoinCode(c, zC, m->zAgent, (m->flags & ACTF_PREFIX)!=0);
      if( !m->zCode ) return BRINK_ENOMEM;
      return BRINK_OK;
    }
  }
  int bOfOther = agentOfOther(c, s, m);
  /* ... but "the government of Sindh province", "the governor of
  ** Texas": a role of a province or city of one country is that
  ** country's */
  int iPlaceEnd = 0;
  const char *zPlace = bOfOther && m->zAgent && m->zAgent[0] ? brinkPlaceCountry(c, s, m->iEnd+1, &iPlaceEnd) : 0;
  if( zPlace ){
    m->zCode = brinkJoinCode(c, zPlace, m->zAgent, (m->flags & ACTF_PREFIX)!=0);
    if( !m->zCode ) return BRINK_ENOMEM;
    m->iEnd = iPlaceEnd;   /* (the place is part of the phrase) */
    m->zText = menText(c, s, m->iStart, m->iEnd);
    if( !m->zText ) return BRINK_ENOMEM;
    return BRINK_OK;
  }
  /* (refugees are seldom of the state that takes them in or turns them
  ** away: "Syria will not accept any more refugees") */
  int bRefugee = !c->pEng->bPeerVerbs && m->zAgent && strcmp(m->zAgent, "REF")==0;
  if( !m->zCode[0] && m->zAgent && m->zAgent[0] && !bOfOther && !bRefugee ) return agentOfClause(c, s, k);
  return BRINK_OK;
}

/* Under TABARI's rules, resolve the pronoun mention k by the sentence's
** first actor or the story before; *pbDone is set when it is resolved. */
static int pronounTabari(brink_coder *c, Sent *s, int k, int *pbDone){
  Mention *m = &s->aMen[k];
  const Tok *t = &s->aTok[m->iStart];
  /* TABARI: a pronoun stands for the sentence's first actor before it
  ** ("Elrond and Gondor urged Bree ... then they requested": both);
  ** its actors carry no person or state flags to choose by */
  int j = 0;
  while( j<k && !(s->aMen[j].zCode[0] && !(s->aMen[j].flags & MF_PRONOUN)) ) j++;
  if( j<k ){
    int bPlural = tokIs(t, "they") || tokIs(t, "them");
    m->zCode = s->aMen[j].zCode;
    if( bPlural ) m->iGroup = s->aMen[j].iGroup;
    *pbDone = 1;
    return BRINK_OK;
  }
  /* TABARI's FORWARD: in the story's first sentence, the actor (its
  ** root, not the agent) of the story before: its source, or its
  ** target when that source was itself a pronoun */
  if( c->bForward && c->iSent==0 && c->zFwdSrc[0] ){
    const char *zF = c->bFwdPron && c->zFwdTgt[0] ? c->zFwdTgt : c->zFwdSrc;
    m->zCode = brinkArenaStrndup(&c->arena, zF, strlen(zF));   /* (zFwd* change after the story) */
    if( !m->zCode ) return BRINK_ENOMEM;
    *pbDone = 1;
  }
  return BRINK_OK;
}

/* Let the pronoun mention k take the agent of a bare speaker
** (bareSpeaker); 1 when it does. */
static int takeBareSpeaker(const brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  int q = bareSpeaker(c, s, k);
  if( q<0 ) return 0;
  m->zAgent = s->aMen[q].zAgent;
  m->flags = (uint16_t)(m->flags | (s->aMen[q].flags & (ACTF_PREFIX|ACTF_ORG)));
  return 1;
}

/* "they" after two actors joined by "and" and a verb of saying: split
** mention *pk into the two; *pbDone is set when it is. */
static int theySpeakers(brink_coder *c, Sent *s, int *pk, int *pbDone){
  int k = *pk;
  const Mention *m = &s->aMen[k];
  /* "Chile and Peru said they would resume talks": the two actors
  ** joined by "and" just before the verb of saying before "they" */
  if( !c->pEng->bPeerVerbs && k>=2 && m->iStart>=2 && TAG_IS_VERB(s->aTok[m->iStart-1].eTag)
      && inSet(s->aTok[m->iStart-1].zLemma, brinkAzSpeech) ){
    const Mention *pA = &s->aMen[k-2], *pB = &s->aMen[k-1];
    if( pB->iEnd==m->iStart-1 && pA->iEnd+1==pB->iStart && tokIs(&s->aTok[pA->iEnd], "and")
        && pA->zCode[0] && pB->zCode[0] && !((pA->flags|pB->flags) & MF_PRONOUN) ){
      int rc = splitPronoun(c, s, pk, pA->zCode, pB->zCode);
      if( rc ) return rc;
      *pbDone = 1;
    }
  }
  return BRINK_OK;
}

/* "they" (mention k) is a plural actor earlier in this sentence. */
static void theyEarlierPlural(Sent *s, int k){
  Mention *m = &s->aMen[k];
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
}

/* "they" opening a clause after two actors that open the sentence, joined
** by "and": split mention *pk into the two; *pbDone is set when it is. */
static int theyOpeningPair(brink_coder *c, Sent *s, int *pk, int *pbDone){
  int k = *pk;
  const Mention *m = &s->aMen[k];
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
      int rc = splitPronoun(c, s, pk, pA->zCode, pB->zCode);
      if( rc ) return rc;
      *pbDone = 1;
    }
  }
  return BRINK_OK;
}

/* Is "they" (mention m) a plural no dictionary knows, the subject of a
** verb of saying before it? */
static int theyStranger(const brink_coder *c, const Sent *s, const Mention *m){
  /* "the creditor banks said they ...": a plural no dictionary knows,
  ** the subject of a verb of saying before "they", is what "they" means;
  ** no actor of earlier sentences (brink's own dictionaries) */
  int bStranger = 0;
  for(int j=m->iStart-1; j>0 && !bStranger && !c->pEng->bPeerVerbs; j--){
    const Tok *u = &s->aTok[j];
    if( TAG_IS_VERB(u->eTag) && inSet(u->zLemma, brinkAzSpeech) ){
      const Tok *v = &s->aTok[j-1];
      bStranger = (v->eTag==TAG_NNS || v->eTag==TAG_NNPS) && s->aMenAt[j-1]<0;
      break;
    }
  }
  return bStranger;
}

/* Resolve a "they" or "them" (mention *pk, no plural noun) by the actors
** of its own sentence; *pbDone is set when that settles it. */
static int theyInSentence(brink_coder *c, Sent *s, int *pk, int *pbDone){
  int rc = theySpeakers(c, s, pk, pbDone);
  if( rc || *pbDone ) return rc;
  theyEarlierPlural(s, *pk);
  if( s->aMen[*pk].zCode[0] ){ *pbDone = 1; return BRINK_OK; }
  rc = theyOpeningPair(c, s, pk, pbDone);
  if( rc || *pbDone ) return rc;
  if( takeBareSpeaker(c, s, *pk) ){ *pbDone = 1; return BRINK_OK; }
  *pbDone = theyStranger(c, s, &s->aMen[*pk]);
  return BRINK_OK;
}

/* The last two distinct actors of the previous sentences: *piB the last,
** *piA the latest before it with another code (-1: none). */
static void lastTwoActors(const brink_coder *c, int *piA, int *piB){
  int iA = -1, iB = -1;
  for(int j=c->nMem-1; j>=0; j--){
    if( iB<0 ){ iB = j; continue; }
    if( strcmp(c->aMem[j].zCode, c->aMem[iB].zCode)!=0 ){ iA = j; break; }
  }
  *piA = iA;
  *piB = iB;
}

/* A "they" (mention m) is the latest subjects before it: 1 when it is
** resolved so; else *piA and *piB are the two actors it stands for. */
static int theySubjects(const brink_coder *c, const Sent *s, Mention *m, int *piA, int *piB){
  /* "they" is the latest subject before it, not the places and
  ** objects named since ("Bree's envoys visited Gondor. They then
  ** met ..."): a plural subject alone, two subjects of one sentence
  ** both, else no one (one person, a stranger: unresolved) */
  int iA, iB;
  int jS = c->nMem-1;
  while( jS>=0 && !c->aMem[jS].bSubject ) jS--;
  iA = iB = -1;
  if( jS>=0 && c->aMem[jS].zCode[0] && c->aMem[jS].bPlural ){
    m->zCode = c->aMem[jS].zCode;
    return 1;
  }
  for(int j=jS-1; j>=0 && jS>=0 && c->aMem[jS].zCode[0] && c->aMem[j].iSent==c->aMem[jS].iSent && iA<0; j--){
    if( c->aMem[j].bSubject && c->aMem[j].zCode[0] && strcmp(c->aMem[j].zCode, c->aMem[jS].zCode)!=0 ){ iA = j; iB = jS; }
  }
  /* ... but a "they" that meets or agrees ("they both agreed", "that
  ** they meet") is still the last two actors named */
  static const char *const azMutual[] = {"meet","agree","both","talk","negotiate","sign",0};
  int i = m->iEnd;
  while( i<s->nTok && i<m->iEnd+3 && (s->aTok[i].eTag==TAG_MD || s->aTok[i].eTag==TAG_RB
         || inSet(s->aTok[i].zLemma, brinkAzBe) || lemIs(&s->aTok[i], "have") || lemIs(&s->aTok[i], "will")) ) i++;
  if( iA<0 && (jS<0 || c->aMem[jS].zCode[0] || !c->aMem[jS].bPlural) && i<s->nTok
      && (inSet(s->aTok[i].zLemma, azMutual) || inSet(s->aTok[i].zLow, azMutual)) ){
    lastTwoActors(c, &iA, &iB);
  }
  *piA = iA;
  *piB = iB;
  return 0;
}

/* Resolve a plural pronoun, "the latter" or "the former" (mention *pk) by
** the last two actors of the story. */
static int pluralPronoun(brink_coder *c, Sent *s, int *pk, int bLatter, int bFormer){
  Mention *m = &s->aMen[*pk];
  const Tok *t = &s->aTok[m->iStart];
  /* the last two distinct actors of the previous sentences */
  int iA, iB;
  lastTwoActors(c, &iA, &iB);
  if( !c->pEng->bPeerVerbs && tokIs(t, "they") && !(m->flags & ACTF_PLURAL) ){
    if( theySubjects(c, s, m, &iA, &iB) ) return BRINK_OK;
  }
  if( bLatter && iB>=0 ){ m->zCode = c->aMem[iB].zCode; m->flags |= c->aMem[iB].flags & ACTF_PERSON; }
  else if( bFormer && iA>=0 ){ m->zCode = c->aMem[iA].zCode; m->flags |= c->aMem[iA].flags & ACTF_PERSON; }
  else if( !bLatter && !bFormer && iA>=0 ){
    /* a compound of the two */
    int rc = splitPronoun(c, s, pk, c->aMem[iA].zCode, c->aMem[iB].zCode);
    if( rc ) return rc;
  }
  return BRINK_OK;
}

/* Resolve an "it" (mention k) to a state or organisation, or leave it a
** thing. */
static void resolveIt(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  /* "... would be dangerous because it would force the administration",
  ** "was shot down as it attacked targets": after "because", "as" and
  ** the like, "it" is the clause's thing, no actor (brink's own) */
  if( !c->pEng->bPeerVerbs && thingBeforeIt(s, m->iStart) ) return;
  /* ... and so is a sentence-opening "it" after a sentence whose
  ** subject was a thing: "The bill forces the administration to act
  ** ... It also forces the administration to act rapidly" */
  if( !c->pEng->bPeerVerbs && m->iStart==openingAt(s) && c->iThingSent==c->iSent-1 ) return;
  /* (peer dictionaries mark no states or organisations: any actor that
  ** is not a pronoun will do) */
  for(int j=k-1; j>=0 && !m->zCode[0]; j--){
    uint16_t f = s->aMen[j].flags;
    int bIt = c->pEng->bPeerVerbs ? !(f & (MF_PRONOUN|ACTF_PERSON))
            : (f & (ACTF_STATE|ACTF_ORG))!=0 && !inAppositive(s, &s->aMen[j]);
    if( s->aMen[j].zCode[0] && bIt ) m->zCode = s->aMen[j].zCode;
  }
  if( !m->zCode[0] && takeBareSpeaker(c, s, k) ) return;
  /* across sentences, the latest state or organisation that was a subject */
  for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
    if( (c->aMem[j].flags & (ACTF_STATE|ACTF_ORG)) && c->aMem[j].bSubject ) m->zCode = c->aMem[j].zCode;
  }
  for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
    if( c->aMem[j].flags & (ACTF_STATE|ACTF_ORG) ) m->zCode = c->aMem[j].zCode;
  }
}

/* Resolve a "him" or "her" (mention k) to a person who was no subject. */
static void resolveHim(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  /* the latest person of this sentence who is not its first actor */
  for(int j=k-1; j>=1 && !m->zCode[0]; j--){
    if( (s->aMen[j].flags & ACTF_PERSON) && s->aMen[j].zCode[0] ) m->zCode = s->aMen[j].zCode;
  }
  for(int j=c->nMem-1; j>=0 && !m->zCode[0]; j--){
    if( (c->aMem[j].flags & ACTF_PERSON) && !c->aMem[j].bSubject ) m->zCode = c->aMem[j].zCode;
  }
}

/* Resolve a "he" or "she" (mention k) to a person who was a subject. */
static void resolveHe(brink_coder *c, Sent *s, int k){
  Mention *m = &s->aMen[k];
  /* "The spokesman said he believed Baker had already left for Sweden.
  ** This week he is also due to visit Denmark": a "he" who journeys
  ** goes on with the last person told journeying, from the sentence
  ** before (thirty-ninth review #94, thirty-fourth and thirty-sixth
  ** #96) */
  if( !c->pEng->bPeerVerbs && k==0 && brinkJourneyAfter(s, m->iEnd) ){
    for(int j=c->nMem-1; j>=0 && c->aMem[j].iSent>=c->iSent-1 && !m->zCode[0]; j--){
      if( c->aMem[j].bTravel && (c->aMem[j].flags & ACTF_PERSON) && !c->aMem[j].bPlural ) m->zCode = c->aMem[j].zCode;
    }
  }
  /* he/she: the latest person who was a subject */
  for(int j=k-1; j>=0 && !m->zCode[0]; j--){
    if( (s->aMen[j].flags & ACTF_PERSON) && s->aMen[j].zCode[0] && !brinkIsObjectLike(s, &s->aMen[j])
        && (c->pEng->bPeerVerbs || !brinkIsPluralMention(s, &s->aMen[j])) ) m->zCode = s->aMen[j].zCode;
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

/* Resolve the pronoun mention *pk; *pk moves to the last of the mentions
** a "they" is split into. */
static int resolvePronoun(brink_coder *c, Sent *s, int *pk){
  int k = *pk, rc, bDone = 0;
  Mention *m = &s->aMen[k];
  const Tok *t = &s->aTok[m->iStart];
  if( c->bStems && !(tokIs(t, "the") || tokIs(t, "both")) ){
    rc = pronounTabari(c, s, k, &bDone);
    if( rc || bDone ) return rc;
  }
  int bLatter = tokIs(t, "the") && tokIs(&s->aTok[m->iStart+1], "latter");
  int bFormer = tokIs(t, "the") && tokIs(&s->aTok[m->iStart+1], "former");
  if( (tokIs(t, "they") || tokIs(t, "them")) && !(m->flags & ACTF_PLURAL) ){
    rc = theyInSentence(c, s, pk, &bDone);
    if( rc || bDone ) return rc;
  }
  if( bLatter || bFormer || (m->flags & ACTF_PLURAL) || tokIs(t, "they") || tokIs(t, "them") ){
    return pluralPronoun(c, s, pk, bLatter, bFormer);
  }
  if( tokIs(t, "it") ){
    resolveIt(c, s, k);
    return BRINK_OK;
  }
  int bObj = tokIs(t, "him") || tokIs(t, "her");
  m->flags |= ACTF_PERSON;
  if( bObj ) resolveHim(c, s, k);
  else resolveHe(c, s, k);
  return BRINK_OK;
}

/* Recode or drop the allies named by their patron ("Israel's militia
** ally"). */
static int resolveAllies(brink_coder *c, Sent *s){
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
                       ? brinkJoinCode(c, zCty, s->aMen[k].zAgent, (s->aMen[k].flags & ACTF_PREFIX)!=0) : zCty;
      if( !zNew ) return BRINK_ENOMEM;
      s->aMen[k].zCode = zNew;
      s->aMen[k].flags &= (uint16_t)~MF_POSS;
      continue;
    }
    brinkMenRemove(s, k);
    k--;
  }
  return BRINK_OK;
}

/* Recode a people named "ethnic" by the state they live in. */
static int placeEthnic(brink_coder *c, Sent *s){
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
    const char *zNew = brinkJoinCode(c, zCty, m->zAgent && m->zAgent[0] ? m->zAgent : "CVL", (m->flags & ACTF_PREFIX)!=0);
    if( !zNew ) return BRINK_ENOMEM;
    /* ... and so is a "they" that stands for them */
    for(int j=k+1; j<s->nMen; j++){
      const Tok *u = &s->aTok[s->aMen[j].iStart];
      if( (tokIs(u, "they") || tokIs(u, "them")) && strcmp(s->aMen[j].zCode, m->zCode)==0 ) s->aMen[j].zCode = zNew;
    }
    m->zCode = zNew;
  }
  return BRINK_OK;
}

/* Give each compound of mentions ("A, B and C") one group. */
static void groupCompounds(Sent *s){
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
}

/* Resolve pronouns, descriptions and bare agents in sentence s. */
int brinkResolveMentions(brink_coder *c, Sent *s){
  dropNullActors(c, s);
  dropCurrencies(c, s);
  indexMentions(s);
  for(int k=0; k<s->nMen; k++){
    Mention *m = &s->aMen[k];
    m->zText = menText(c, s, m->iStart, m->iEnd);
    if( !m->zText ) return BRINK_ENOMEM;
    /* a party known only by its own name takes no country from the clause
    ** ("the Umma party met Egyptian officials" says nothing of Egypt):
    ** only domestic dissent places it */
    if( m->flags & MF_PARTY ) continue;
    int rc = BRINK_OK;
    if( m->flags & MF_AGENT ) rc = resolveAgent(c, s, k);
    else if( m->flags & MF_PRONOUN ) rc = resolvePronoun(c, s, &k);
    if( rc ) return rc;
  }
  int rc = resolveAllies(c, s);
  if( rc ) return rc;
  rc = placeEthnic(c, s);
  if( rc ) return rc;
  groupCompounds(s);
  indexMentions(s);
  return BRINK_OK;
}
