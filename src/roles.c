/*
** roles.c — who does the act a pattern matched, and to whom.
**
** codeSentence (coder.c) calls these in turn for each anchor word a
** pattern matched, with an Anchor (coder.h) that each step reads and
** fills: the voice (passive or not), the source (the clause's subject, a
** by-agent, the speaker of a quotation, TABARI's DEFAULT), then the target
** (the pattern's slot, the first actor after the verb in its clause, or
** one the text implies).  A step returns ANCHOR_ON to go on, ANCHOR_DONE
** when the anchor is settled (emitted or dropped), or a negative BRINK_E*
** code.  Each rule's comment quotes the sentence that called for it.
*/
#include "coder.h"
#include <string.h>
#include <stdio.h>

/* Begin coding the act pattern pPat matched at token a (*pM): every
** finding cleared but A->iOwnGov, which outlives the anchor. */
void brinkAnchorStart(Anchor *A, const Sent *s, int a, const Pattern *pPat, const Match *pM){
  int iOwnGov = A->iOwnGov;
  memset(A, 0, sizeof *A);
  A->a = a;
  A->pPat = pPat;
  A->m = *pM;
  A->bInQ = (s->aTok[a].flags & TOKF_INQUOTE)!=0;
  A->iSubj = -1;
  A->iSrc = pM->iSrc;   /* the pattern's own slots, if it has them */
  A->iTgt = pM->iTgt;
  A->eFrame = FR_NONE;
  A->zCode = pPat->zCode;
  A->iOwnGov = iOwnGov;
}

/* The voice at the anchor: a passive ("was urged by X", "were attacked"),
** or a participle's own passive after a noun ("an accord, opposed by
** fishermen"), which the target step reads apart (A->bReduced).  Always
** ANCHOR_ON. */
int brinkAnchorVoice(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  /* passive: "was urged by X", "were attacked" (brinkAnchorStart cleared
  ** A->bPassive, A->bReduced and A->bByNoun) */
  if( t->eTag==TAG_VBN && brinkBeBefore(s, a) ) A->bPassive = 1;
  /* "is committed to opening its economy", "is determined to": a stance
  ** the subject holds, no passive (no one committed Vietnam) */
  static const char *const azStance[] = {"committed","dedicated","determined","resolved",0};
  if( A->bPassive && !c->pEng->bPeerVerbs && a+1<s->nTok && tokIs(&s->aTok[a+1], "to") && inSet(t->zLow, azStance) ){
    A->bPassive = 0;
  }
  /* a participle with its by-agent after a noun or a comma is a passive
  ** of its own ("an interim accord, opposed by fishermen in both
  ** countries"): the by-agent acts, on the noun it describes, not on or
  ** for the clause's subject (brink's own dictionaries) */
  if( !A->bPassive && !c->pEng->bPeerVerbs && t->eTag==TAG_VBN && a>0 && a+1<s->nTok
      && tokIs(&s->aTok[a+1], "by") && (tokIs(&s->aTok[a-1], ",") || TAG_IS_NOUN(s->aTok[a-1].eTag)) ){
    A->bPassive = A->bReduced = 1;
  }
  /* "A second Marine has been charged with spying and a third arrested
  ** on suspicion": a participle after "and" and a noun, when the clause
  ** before is a passive, is a passive too (eighth review #46) */
  if( !A->bPassive && !c->pEng->bPeerVerbs && t->eTag==TAG_VBN ){
    int i = brinkBeforeNounPhrase(s, a, 3);
    if( i>0 && i<a-1 && tokIs(&s->aTok[i], "and") ){
      for(int j=i-1; j>=1 && j>=i-12 && !A->bPassive; j--){
        if( tokIs(&s->aTok[j], ";") ) break;
        if( s->aTok[j].eTag==TAG_VBN && inSet(s->aTok[j-1].zLow, brinkAzBe) ) A->bPassive = 1;
      }
    }
  }
  return ANCHOR_ON;
}

/* The clause's subject; ANCHOR_DONE when the target owns the subject of a clause
** after the verb ("warned OPEC's prices could ..."). */
static int subjectOf(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  const Match mBest = A->m;
  /* "warned OPEC's official prices could face fresh pressure": an actor
  ** owning the subject of a clause after the verb is no object of it
  ** (thirty-eighth review #72, #73) */
  if( A->iTgt>=0 && !c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag) && brinkOwnsClauseSubject(s, A->iTgt) ){
    c->stats.nDiscarded++;
    return ANCHOR_DONE;
  }
  A->iSubj = brinkFindSubject(s, a, A->bInQ);
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
      A->iSubj = (int)(brinkGroupHead(s, m) - s->aMen);
      break;
    }
  }
  A->bUnknownSubj = A->iSubj==-2;
  if( A->iSubj<0 ) A->iSubj = -1;
  if( A->iSubj>=0 && !c->pEng->bPeerVerbs && TAG_IS_NOUN(t->eTag) && brinkHarmedIn(s, a) ){
    /* "villagers were killed in riots": the subject suffered in the
    ** noun's event; who did it is not said */
    A->iSubj = -1;
    A->bUnknownSubj = 1;
  }
  return ANCHOR_ON;
}

/* How many actors are in mention k's group. */
static int groupSize(const Sent *s, int k){
  int n = 0;
  for(int x=0; x<s->nMen; x++) n += s->aMen[x].iGroup==s->aMen[k].iGroup && s->aMen[x].zCode[0];
  return n;
}

/* Is mention k in a group of two to four actors named right after
** "between" ("between the Sudanese army and the RSF")? */
static int betweenGroup(const Sent *s, int k){
  const Mention *pH = brinkGroupHead(s, &s->aMen[k]);
  int n = groupSize(s, k);
  int i = pH->iStart-1;
  while( i>0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag)) ) i--;
  return n>=2 && n<=MAX_PAIRWISE && i>=0 && tokIs(&s->aTok[i], "between");
}

/* The agent of a noun anchor: the one after "by" ("an attack by Iranian
** guards"), after "of" for a visit, after "from" for force that hit the
** subject of a passive; the subject then suffers the act. */
static int nounAgent(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  /* (the subject of a verb of saying before a noun anchor does not suffer
  ** it: in "Washington said an attack by Iran was minor" the attack is no
  ** more on Washington than on anyone) */
  int bSaid = 0;
  for(int i=A->iSubj>=0 ? s->aMen[A->iSubj].iEnd : a; i<a && !bSaid && TAG_IS_NOUN(t->eTag); i++){
    bSaid = TAG_IS_VERB(s->aTok[i].eTag) && inSet(s->aTok[i].zLemma, brinkAzSpeech);
  }
  /* (a gerund that opens the sentence or follows an adjective is the
  ** noun: "Fighting between ...", "Heavy fighting broke out between") */
  int bNounish = TAG_IS_NOUN(t->eTag) || (t->eTag==TAG_VBG && (a==0 || TAG_IS_ADJ(s->aTok[a-1].eTag)
                                                               || s->aTok[a-1].eTag==TAG_DT));
  int bFight = (pBest->zCode[0]=='1' && pBest->zCode[1]>='8') || strcmp(pBest->zCode, "0871")==0;
  if( !c->pEng->bPeerVerbs && bFight && A->iSrc<0 && A->iTgt>=0 && bNounish && betweenGroup(s, A->iTgt) ){
    /* "Fighting between Armenia and Azerbaijan killed dozens", "clashes
    ** between the army and the RSF": each side uses force on the other (or
    ** keeps a truce with it: "a ceasefire between Israel and Hezbollah
    ** took effect"), and no one else is the noun's agent (emit pairs the
    ** group with itself); not a third party's act "between" two (a
    ** mediation) */
    A->iSrc = A->iTgt = (int)(brinkGroupHead(s, &s->aMen[A->iTgt]) - s->aMen);
    return ANCHOR_ON;
  }
  if( !A->bPassive && A->iSrc<0 && TAG_IS_NOUN(t->eTag) ){
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
        if( k>=0 && s->aMen[k].zCode[0] ){ A->iSrc = k; break; }
      }
      break;
    }
    if( A->iSrc>=0 ) A->bByNoun = 1;
    if( A->iSrc>=0 && A->iTgt<0 && !bSaid ) A->iTgt = A->iSubj;
  }else if( !A->bPassive && mBest.iSrc>=0 && A->iTgt<0 && A->iSubj!=mBest.iSrc && !bSaid
            && (TAG_IS_NOUN(t->eTag) || (!c->pEng->bPeerVerbs && TAG_IS_VERB(t->eTag))) ){
    /* "attack by $" with no target named: the clause's subject suffers
    ** it; so does the subject of "come under criticism from $" */
    A->iTgt = A->iSubj;
  }
  /* "the visit of U.S. Secretary of State George Shultz": the one after
  ** "of" makes the visit; the place is the one after "to", else the
  ** clause's subject, the host (thirty-fifth review #7; thirty-first #13) */
  if( !c->pEng->bPeerVerbs && A->iSrc<0 && A->iTgt>=0 && TAG_IS_NOUN(t->eTag)
      && (lemIs(t, "visit") || lemIs(t, "trip") || lemIs(t, "tour")) ){
    int i0 = s->aMen[A->iTgt].iStart;
    if( i0==a+pBest->nAnchor+1 && tokIs(&s->aTok[i0-1], "of") ){
      A->iSrc = A->iTgt;
      A->iTgt = -1;
      int iE = s->aMen[A->iSrc].iEnd;
      if( iE+1<s->nTok && tokIs(&s->aTok[iE], "to") && s->aMenAt[iE+1]>=0 && s->aMen[s->aMenAt[iE+1]].iStart==iE+1
          && s->aMen[s->aMenAt[iE+1]].zCode[0] ) A->iTgt = s->aMenAt[iE+1];
      else if( A->iSubj>=0 && s->aMen[A->iSubj].iGroup!=s->aMen[A->iSrc].iGroup ) A->iTgt = A->iSubj;
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
               && inSet(s->aTok[b].zLow, brinkAzBe) ? brinkFindSubject(s, b, A->bInQ) : -1;
    for(int i=a+1; iHit>=0 && i<s->nTok && i<=a+4; i++){
      if( !tokIs(&s->aTok[i], "from") ) continue;
      for(int k=i+1; k<s->nTok && k<=i+3; k++){
        int km = s->aMenAt[k];
        if( km>=0 && s->aMen[km].zCode[0] && km!=iHit ){ A->iSrc = km; A->iTgt = iHit; break; }
      }
      break;
    }
  }
  /* "announced the deployment of 3,000 American troops to Poland", "the
  ** withdrawal of Soviet forces from Afghanistan": forces named with their
  ** country after "of" a noun of force posture or retreat are the ones
  ** that move, not the clause's subject (stop 31) */
  if( !c->pEng->bPeerVerbs && A->iSrc<0 && TAG_IS_NOUN(t->eTag) && a+pBest->nAnchor<s->nTok
      && tokIs(&s->aTok[a+pBest->nAnchor], "of")
      && (strncmp(pBest->zCode, "15", 2)==0 || strncmp(pBest->zCode, "087", 3)==0) ){
    for(int i=a+pBest->nAnchor+1; i<s->nTok && i<mBest.iEnd && i<=a+pBest->nAnchor+5; i++){
      const Tok *u = &s->aTok[i];
      if( u->eTag==TAG_IN || u->eTag==TAG_TO || (u->flags & TOKF_PUNCT) || TAG_IS_VERB(u->eTag) ) break;
      int k = s->aMenAt[i];
      if( k<0 || !s->aMen[k].zCode[0] || !brinkCountryCoded(s->aMen[k].zCode) ) continue;
      if( A->iTgt>=0 && s->aMen[k].iGroup==s->aMen[A->iTgt].iGroup ) break;
      /* (troops of the subject's own state leave the subject the source:
      ** "Chad announced the deployment of troops to Mali") */
      if( A->iSubj>=0 && strncmp(s->aMen[k].zCode, s->aMen[A->iSubj].zCode, 3)==0 ) break;
      A->iSrc = k;
      break;
    }
  }
  return ANCHOR_ON;
}

/* The other side of "in a (fierce) clash / fighting / battle with X" in
** the few words after token i, when it is not mention iTgt's group; -1
** for none. */
static int clashPartner(const Sent *s, int i, int iTgt){
  static const char *const azClash[] = {"clash","clashes","fighting","battle","battles","gunbattle",
    "firefight","skirmish","skirmishes","exchange",0};
  for(int j=i; j<s->nTok && j<=i+6; j++){
    if( tokIs(&s->aTok[j], ",") || tokIs(&s->aTok[j], ";") ) break;
    if( !inSet(s->aTok[j].zLow, azClash) || j+2>=s->nTok || !tokIs(&s->aTok[j+1], "with") ) continue;
    for(int q=j+2; q<s->nTok && q<=j+4; q++){
      int k = s->aMenAt[q];
      if( k>=0 && s->aMen[k].zCode[0] && s->aMen[k].iGroup!=s->aMen[iTgt].iGroup ) return k;
    }
    break;
  }
  return -1;
}

/* The source as the voice gives it: a passive's by-agent, else the
** subject, the speaker who opens the sentence or the quotation's, the
** compound of a '%' pattern, or an unresolved bare role before the verb. */
static int sourceByVoice(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  if( A->bPassive && A->iSrc<0 ){
    /* the subject is the target; the source follows "by" */
    int iBy = -1, bBy = 0;
    int i0 = mBest.iBy>=0 ? mBest.iBy : mBest.iEnd;   /* (a by-agent the pattern's slot passed over) */
    for(int i=i0; i<s->nTok && i<i0+MAX_GAP; i++){
      /* (a by-phrase after another verb is that verb's: "were wounded and
      ** a third arrested by Peruvian police") */
      if( !c->pEng->bPeerVerbs && i>i0 && TAG_IS_VERB(s->aTok[i].eTag) ) break;
      if( tokIs(&s->aTok[i], "by") ) bBy = 1;
      if( tokIs(&s->aTok[i], "by") && i+1<s->nTok ){
        /* ("would be arrested by permitting them to ...": a means, no agent) */
        if( !c->pEng->bPeerVerbs && s->aTok[i+1].eTag==TAG_VBG ){ bBy = 0; break; }
        for(int j=i+1; j<s->nTok && j<=i+3; j++){
          if( s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0] ){ iBy = s->aMenAt[j]; break; }
        }
        /* ("injured by Japan's unfair trade practices": the practices did
        ** it, not their owner) */
        if( iBy>=0 && !c->pEng->bPeerVerbs && (s->aMen[iBy].flags & MF_POSS) ) iBy = -1;
        break;
      }
    }
    /* PETRARCH reads a passive with no by-agent as active: "the
    ** Philippines was criticized over its dispute with Eriador" */
    if( !bBy && s->bNpActor ){
      A->bPassive = 0;
    }else{
      /* the patient is the subject; with brink's own dictionaries an
      ** actor after the verb that is not the by-agent is no target
      ** ("civilians were killed in a bombing, Iraqi police said") */
      if( A->bReduced ){
        /* the noun it describes, when that is an actor */
        int q = tokIs(&s->aTok[a-1], ",") ? a-2 : a-1;
        int k = q>=0 ? s->aMenAt[q] : -1;
        A->iTgt = k>=0 && s->aMen[k].iEnd==q+1 && s->aMen[k].zCode[0] && k!=iBy ? k : -1;
      }else if( A->iTgt<0 || (!c->pEng->bPeerVerbs && s->aMen[A->iTgt].iStart>a) ) A->iTgt = A->iSubj;
      A->iSrc = iBy;
      if( A->iSrc<0 && !bBy && !c->pEng->bPeerVerbs && A->iTgt>=0 && pBest->zCode[0]=='1'
          && (pBest->zCode[1]=='8' || pBest->zCode[1]=='9') ){
        /* "Twenty Indian soldiers were killed in a clash with Chinese
        ** troops": the other side of the clash did it, and a clash is
        ** fought both ways (A->bMutual) */
        A->iSrc = clashPartner(s, a+pBest->nAnchor, A->iTgt);
        A->bMutual = A->iSrc>=0;
      }
      if( A->iSrc<0 && !bBy && !c->pEng->bPeerVerbs && (strncmp(pBest->zCode, "09", 2)==0
          || strncmp(pBest->zCode, "17", 2)==0) ){
        /* an arrest, a trial or an investigation with no one named is the
        ** act of the state where it happens: "was arrested in Lebanon" */
        for(int i=a+pBest->nAnchor; i<s->nTok && i<=mBest.iEnd+3 && A->iSrc<0; i++){
          if( !tokIs(&s->aTok[i], "in") ) continue;
          int j = i+1;
          while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)) ) j++;
          int k = j<s->nTok ? s->aMenAt[j] : -1;
          if( k>=0 && s->aMen[k].iStart==j && (s->aMen[k].flags & ACTF_STATE) && k!=A->iTgt
              && strlen(s->aMen[k].zCode)==3 ) A->iSrc = k;
          break;
        }
      }
    }
  }
  if( !A->bPassive && A->iSrc<0 ){
    A->iSrc = A->iSubj;
    /* the speaker of reported speech does what it reports only when it
    ** comes first ("Putin said ..."); "..., officials said" at the end
    ** names who told it, not who did it */
    if( A->iSrc<0 && !A->bUnknownSubj && s->iSpeaker>=0 && s->iSpeaker!=A->iTgt && s->aMen[s->iSpeaker].iStart<a ) A->iSrc = s->iSpeaker;
    /* (in a quotation too, but not for a subject no dictionary knows: in
    ** "the interest of some banks threatens to turn into an obstacle," the
    ** speaker threatens nothing) */
    else if( A->iSrc<0 && A->bInQ && s->iSpeaker>=0 && !(A->bUnknownSubj && !c->pEng->bPeerVerbs && brinkNounSubjectBefore(s, a)) ) A->iSrc = s->iSpeaker;
  }
  /* '%' before the verb: the compound plays both roles, its members
  ** pairwise ("Mordor with Fornost and Gondor welcomed": FOR and GON, not
  ** Mordor).  After it ("agrees with %") the subject is still the source. */
  if( mBest.bCompound && mBest.iSrc<0 && A->iTgt>=0 && s->aMen[A->iTgt].iStart<a ) A->iSrc = (int)(brinkGroupHead(s, &s->aMen[A->iTgt]) - s->aMen);
  /* a '+' before the verb is the verb's own subject ("noted that Cirith
  ** Ungol regretted": NOTED + *): the source is the subject of the
  ** pattern's first word */
  else if( c->pEng->bPeerVerbs && mBest.iTgt>=0 && mBest.iSrc<0 && s->aMen[mBest.iTgt].iStart<a
           && mBest.iStart<s->aMen[mBest.iTgt].iStart && A->iSrc>=0
           && s->aMen[A->iSrc].iGroup==s->aMen[mBest.iTgt].iGroup ){
    int k = brinkFindSubject(s, mBest.iStart, A->bInQ);
    A->iSrc = k>=0 ? k : -1;
  }
  /* "..., the military said": no one known (TABARI keeps the actor
  ** coded [---], which codes nothing) */
  if( A->iSrc<0 && A->bUnknownSubj && !A->bPassive && !c->pEng->bPeerVerbs ){
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
    if( k>=0 && s->aMen[k].iEnd==i+1 && !s->aMen[k].zCode[0] && s->aMen[k].zAgent && s->aMen[k].zAgent[0] ) A->iSrc = k;
  }
  return ANCHOR_ON;
}

/* A role with no country that protests against or demands of a
** government takes that government's country, or the country where it
** protests ("refugees ... in protest at the Russian government's refusal":
** RUSREF). */
static int dissentCountry(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  /* (protesters who use force riot, which emit codes 145: "Protesters
  ** attacked the French embassy in Kinshasa" are Congo's) */
  const Mention *pS0 = A->iSrc>=0 ? &s->aMen[A->iSrc] : 0;
  int bRiot = pS0 && pS0->iEnd>0 && (pBest->zCode[0]=='1' && (pBest->zCode[1]=='8' || pBest->zCode[1]=='9'))
              && inSet(s->aTok[pS0->iEnd-1].zLemma, brinkAzProtester);
  if( A->iSrc>=0 && !s->aMen[A->iSrc].zCode[0] && !c->pEng->bPeerVerbs && s->aMen[A->iSrc].zAgent
      && s->aMen[A->iSrc].zAgent[0] && (strncmp(pBest->zCode, "14", 2)==0 || strncmp(pBest->zCode, "10", 2)==0
                                     || strcmp(pBest->zCode, "133")==0 || bRiot) ){
    /* domestic dissent: a role with no country that protests against or
    ** demands of a government is of that government's country ("refugees
    ** on hunger strike in protest at the Russian government's refusal":
    ** RUSREF) */
    int g = A->iTgt;
    for(int i=a+1; g<0 && i<s->nTok && i<=a+15 && !tokIs(&s->aTok[i], ";"); i++){
      int k = s->aMenAt[i];
      if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) g = k;
    }
    /* (a seat of government where it happened is no government protested
    ** against: "protested in the capital Nairobi") */
    static const char *const azWhere[] = {"in","at","near","outside","from","across","throughout","through",0};
    int w = g>=0 ? s->aMen[g].iStart-1 : -1;
    while( w>=0 && (s->aTok[w].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[w].eTag) || s->aTok[w].eTag==TAG_NN) ) w--;
    /* (rioters are of where they riot, not of the embassy they attack;
    ** nor are protesters at an embassy: "Protesters stormed the Swedish
    ** embassy in Baghdad" are Iraq's) */
    const char *zTextG = g>=0 && s->aMen[g].zText ? s->aMen[g].zText : "";
    int bEmbassy = strstr(zTextG, "mbass")!=0 || strstr(zTextG, "onsulate")!=0;
    if( bEmbassy ) bRiot = 1;
    const char *zG = g>=0 && !bRiot && !(w>=0 && inSet(s->aTok[w].zLow, azWhere)) ? s->aMen[g].zCode : "";
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
                       : strncmp(pBest->zCode, "14", 2)==0 || bRiot ? brinkPlaceAfter(c, s, a, bRiot) : 0;
    if( zPlace ){ zG = zPlace; A->bPlaced = 1; }
    if( strlen(zG)==6 && strcmp(zG+3, "GOV")==0 && zG[0]!='-' && strncmp(zG, "IGO", 3)!=0 ){
      char zC[4] = { zG[0], zG[1], zG[2], 0 };
      const char *zNew = brinkJoinCode(c, brinkArenaStrndup(&c->arena, zC, 3), s->aMen[A->iSrc].zAgent,
                                  (s->aMen[A->iSrc].flags & ACTF_PREFIX)!=0);
      if( !zNew ) return BRINK_ENOMEM;
      /* (not a state organ of its own: "COB leaders" are no government) */
      if( !brinkCodesRelated(zNew, zG) ) s->aMen[A->iSrc].zCode = zNew;
    }
  }
  return ANCHOR_ON;
}

/* With no source yet: TABARI's DEFAULT source, else the act is emitted
** with no one known as its source (brinkEmitUnattributed) and the anchor
** is done. */
static int defaultSource(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  if( A->iSrc>=0 && !s->aMen[A->iSrc].zCode[0] && !c->bStems ) A->iSrc = -1;
  if( A->iSrc<0 && c->bStems && c->zDefSrc[0] ){
    /* TABARI's DEFAULT: no actor before the verb.  PRIOR: the default
    ** source; else the first actor after the verb is the source.  (Not
    ** when an unresolved "he" or "it" stands there.) */
    int bPron = 0;
    for(int k=0; k<s->nMen && s->aMen[k].iEnd<=a; k++) if( s->aMen[k].flags & MF_PRONOUN ) bPron = 1;
    if( bPron ){
      /* no source */
    }else if( c->bDefPrior ){
      A->iSrc = brinkDefaultMention(c, s, a, c->zDefSrc);
    }else{
      for(int i=a+pBest->nAnchor; i<s->nTok && A->iSrc==-1; i++){
        int k = s->aMenAt[i];
        if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] ) A->iSrc = brinkSoloMention(c, s, k);
      }
    }
    if( A->iSrc==-2 ) return BRINK_ENOMEM;
  }
  if( A->iSrc<0 ){
    int bSlot = 0;   /* the pattern names the victim after a verb of its own: "roadside bomb killed +" */
    for(int i=a+1; i<mBest.iEnd && i<s->nTok && mBest.iTgt>=0 && A->iTgt==mBest.iTgt; i++){
      if( TAG_IS_VERB(s->aTok[i].eTag) ) bSlot = 1;
    }
    int rc = brinkEmitUnattributed(c, s, brinkBombCode(c, s, a, pBest->zCode), a, A->iTgt, A->iSubj>=0 ? s->aMen[A->iSubj].iEnd : 0, A->bPassive, bSlot);
    if( rc ) return rc;
    return ANCHOR_DONE;
  }
  return ANCHOR_ON;
}

/* Targets that come before the verb: a TABARI compound source acting on
** its other members, and the one reached by a verb of meeting before a
** purpose infinitive ("summoned Togo's ambassador to complain"). */
static int groupOrPurposeTarget(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Tok *t = &s->aTok[A->a];
  if( A->iTgt<0 && c->bStems && c->zDefSrc[0] && !c->bDefAfter ){
    /* TABARI's DEFAULT without AFTER: a compound source with no target
    ** acts from its first member on the others ("Bree and Arnor": BRE on
    ** ARN) */
    int nIn = 0, kFirst = -1;
    for(int x=0; x<s->nMen; x++) if( s->aMen[x].iGroup==s->aMen[A->iSrc].iGroup ){ nIn++; if( kFirst<0 ) kFirst = x; }
    if( nIn>1 ){
      A->iTgt = A->iSrc;
      A->iSrc = brinkSoloMention(c, s, kFirst);
      if( A->iSrc==-2 ) return BRINK_ENOMEM;
    }
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && t->eTag==TAG_VB && a>=3 && tokIs(&s->aTok[a-1], "to") ){
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
        && s->aMen[k].iGroup!=s->aMen[A->iSrc].iGroup && !brinkCodesRelated(s->aMen[k].zCode, s->aMen[A->iSrc].zCode)
        && !brinkSameState(s->aMen[k].zCode, s->aMen[A->iSrc].zCode) ){
      int v = s->aMen[k].iStart - 1;
      while( v>=0 && (s->aTok[v].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[v].eTag)) ) v--;
      if( v>=0 && TAG_IS_VERB(s->aTok[v].eTag) && inSet(s->aTok[v].zLemma, azReach) && s->aMenAt[v]<0 ) A->iTgt = k;
    }
  }
  return ANCHOR_ON;
}

/* Participles whose "by" names a go-between (firstActorAfter). */
static const char *const azGoBetween[] = {"broker","mediate","host","sponsor","facilitate","arrange",
  "organise","organize","chair","convene","oversee","supervise","guarantee",
  /* (and what set it going: "protests inspired by Tunisia's uprising") */
  "inspire","prompt","spark","trigger","fuel",0};

/* Is the actor at token i the one an act supports, or one it joins: "in
** support of the Palestinians", "in solidarity with Ukraine", "joining
** thousands of demonstrators"? */
static int supportedBy(const Sent *s, int i){
  static const char *const azMany[] = {"thousands","hundreds","dozens","scores","tens","millions",0};
  int w = i-1;
  while( w>1 && (s->aTok[w].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[w].eTag)) ) w--;
  if( w<1 ) return 0;
  /* (fellow protesters: "joining (thousands of) demonstrators", with
  ** whom the act is done, not at whom; stop 31) */
  int j = w;
  if( j>=2 && tokIs(&s->aTok[j], "of") && inSet(s->aTok[j-1].zLow, azMany) ) j -= 2;
  while( j>0 && (s->aTok[j].eTag==TAG_DT || s->aTok[j].eTag==TAG_CD) ) j--;
  if( lemIs(&s->aTok[j], "join") && TAG_IS_VERB(s->aTok[j].eTag) ) return 1;
  return (tokIs(&s->aTok[w], "of") && (tokIs(&s->aTok[w-1], "support") || tokIs(&s->aTok[w-1], "favour")
          || tokIs(&s->aTok[w-1], "favor")))
      || (tokIs(&s->aTok[w], "with") && (tokIs(&s->aTok[w-1], "solidarity") || tokIs(&s->aTok[w-1], "sympathy")));
}

/* The word before mention k's place phrase, past "the", adjectives and a
** kind of place ("in the Saudi capital Riyadh": the "in"). */
static int placeWordBefore(const Sent *s, int k){
  int iIn = s->aMen[k].iStart-1;
  while( iIn>1 && iIn>=s->aMen[k].iStart-4 && s->aMenAt[iIn]<0 && (tokIs(&s->aTok[iIn], "the")
         || TAG_IS_ADJ(s->aTok[iIn].eTag) || inSet(s->aTok[iIn].zLow, brinkAzPlaceKind)) ) iIn--;
  if( iIn>=1 && s->aMenAt[iIn]>=0 && s->aMenAt[iIn]!=k && iIn>=2 && tokIs(&s->aTok[iIn-1], "the")
      && (s->aMen[s->aMenAt[iIn]].flags & ACTF_ADJ) ) iIn -= 2;   /* ("the Saudi capital") */
  return iIn;
}

/* Do the two or more of source group iSrc meet in the place mention k
** names, each other and not it (a consultation, 04)? */
static int metAmongThemselves(const Sent *s, const Pattern *pBest, int iSrc, int k){
  int iIn = placeWordBefore(s, k);
  return iIn>=1 && tokIs(&s->aTok[iIn], "in") && pBest->zCode[0]=='0' && pBest->zCode[1]=='4'
      && groupSize(s, iSrc)>=2;
}

/* The target as the first actor after the match in its clause that is
** not the source, past landmarks, places met in, closing speakers and the
** like; ANCHOR_DONE when the partner named is no actor ("talks with
** commercial banks"). */
static int firstActorAfter(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  /* (a passive's patient is its subject: when no one known is named
  ** there, no actor after the verb takes its place: "a missionary was
  ** arrested in Lebanon for collaborating with Israel") */
  int bStranger = 0;
  /* (an act inside a relative clause between commas ends with it: "Joao
  ** Sayad, who resigned yesterday as planning minister, accepted the post
  ** of ambassador at the EC" is no resignation aimed at the EC) */
  int bRel = 0;
  /* two or more who meet in a state or its capital meet each other, not
  ** it, when a pattern's slot took the place: "The American and North
  ** Korean leaders met in Singapore" (stop 31; the search below passes
  ** such places over too) */
  if( A->iTgt>=0 && !c->bStems && !c->pEng->bPeerVerbs && metAmongThemselves(s, pBest, A->iSrc, A->iTgt) ) A->iTgt = -1;
  for(int i=a-1; !c->bStems && !c->pEng->bPeerVerbs && i>=1 && i>=a-6; i--){
    if( tokIs(&s->aTok[i], ",") ) break;
    if( (tokIs(&s->aTok[i], "who") || tokIs(&s->aTok[i], "which")) && tokIs(&s->aTok[i-1], ",") ){ bRel = 1; break; }
  }
  if( A->iTgt<0 && !(A->bPassive && A->bUnknownSubj && !c->pEng->bPeerVerbs) ){
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
      /* ("agreed to restore relations in a deal brokered by China",
      ** "talks hosted by Saudi Arabia": a go-between named by a
      ** participle's "by" is a third party, not the one acted on; the
      ** tagger often reads such a participle as VBD) */
      if( !c->bStems && !c->pEng->bPeerVerbs && tokIs(ti, "by") && i>a+pBest->nAnchor
          && (s->aTok[i-1].eTag==TAG_VBN || s->aTok[i-1].eTag==TAG_VBD) && s->aTok[i-1].zLemma
          && inSet(s->aTok[i-1].zLemma, azGoBetween) ) break;
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
      if( A->bInQ && !(ti->flags & (TOKF_INQUOTE|TOKF_QUOTE)) ) break;
      if( !c->bStems && i>a+pBest->nAnchor && brinkAndOpensClause(s, i) ) break;
      /* ("resigned Sunday as the opposition threatened to storm his
      ** residence": "as" opening a clause of its own; stop 30) */
      if( !c->bStems && !c->pEng->bPeerVerbs && i>a+pBest->nAnchor && tokIs(ti, "as") && brinkOpensClause(s, i) ) break;
      /* ("condemned the drills and warned Seoul": the actor after a second
      ** verb of the same subject is that verb's, and its act is coded
      ** there) */
      if( !c->bStems && !c->pEng->bPeerVerbs && brinkAndSecondVerb(s, a, i) ) break;
      /* (nor, after a change of one's own office, past "and" and a
      ** second verb even with no object between: "resigned and fled to
      ** India" is no resignation aimed at India; stop 31) */
      if( !c->bStems && !c->pEng->bPeerVerbs && brinkOwnOffice(pBest->zCode) && brinkAndThenVerb(s, a, i) ) break;
      /* agreeing "to condemn" or "to attack" someone is no cooperation
      ** with that one (thirty-fourth review #26, "agreed to condemn South
      ** Africa's apartheid policy") */
      if( !c->bStems && !c->pEng->bPeerVerbs && tokIs(ti, "to") && i+1<s->nTok
          && (i==a+1 || brinkTimeAdjunctStart(s, i-1)==a+1)
          && pBest->zCode[0]=='0' && pBest->zCode[1]=='3' && lemIs(&s->aTok[a], "agree") ){
        static const char *const azAgainst[] = {"condemn","criticize","criticise","denounce","attack","accuse",
          "protest","oppose","reject","punish","sanction","boycott","censure","isolate","expel","fight",
          "blame","pressure","pressurize","warn","threaten","impose",0};
        if( inSet(s->aTok[i+1].zLemma, azAgainst) ) break;
      }
      if( (A->bReduced || bRel) && tokIs(ti, ",") ) break;
      int k = s->aMenAt[i];
      if( k<0 || s->aMen[k].iStart!=i || !s->aMen[k].zCode[0] ) continue;
      if( A->bReduced ){
        /* a participle's passive: only an actor it is aimed at ("blamed by
        ** Kenya on Ugandan rebels"), not one in its by-agent's phrase
        ** ("opposed by fishermen in both countries") */
        int w = i-1;
        while( w>a && (s->aTok[w].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[w].eTag)) ) w--;
        if( !(tokIs(&s->aTok[w], "on") || tokIs(&s->aTok[w], "against") || tokIs(&s->aTok[w], "to")
              || tokIs(&s->aTok[w], "for")) ) continue;
      }
      /* (a protest "in support of the Palestinians", "in solidarity with
      ** Ukraine" is for them, not against them) */
      if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && pBest->zCode[1]=='4' && supportedBy(s, i) ) continue;
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
      int iIn = placeWordBefore(s, k);
      /* (two who meet in a capital meet each other, not its government:
      ** "U.S. and Russian officials held talks in the Saudi capital
      ** Riyadh") */
      if( !c->bStems && !c->pEng->bPeerVerbs && metAmongThemselves(s, pBest, A->iSrc, k) ) continue;
      if( !c->bStems && !c->pEng->bPeerVerbs && iIn>=1 && tokIs(&s->aTok[iIn], "in")
          && !(s->aMen[k].flags & (ACTF_PERSON|ACTF_ORG|MF_AGENT|MF_PRONOUN)) ){
        static const char *const azTalks[] = {"talks","negotiations","meeting","meetings","session","summit",
          "consultations","discussions","conference",0};
        const char *z = pBest->zCode;
        if( z[0]=='0' && z[1]=='4' && z[2]!='2' && z[2]!='3' && z[2]!='4' && z[2]!='5' ) continue;
        /* (an agreement's place only when talks are held there: not
        ** "agreed to build roads in Uganda") */
        if( z[0]=='0' && z[1]=='3' && iIn>=1 && inSet(s->aTok[iIn-1].zLow, azTalks) ) continue;
      }
      /* (nor the country whose border, coast or city a meeting is held
      ** on or in: "delegations met on the Belarusian border for talks";
      ** stop 31) */
      if( !c->bStems && !c->pEng->bPeerVerbs && pBest->zCode[0]=='0' && pBest->zCode[1]=='4'
          && brinkGeoPlaceAdj(s, s->aMen[k].iStart) ) continue;
      if( s->aMen[k].iGroup==s->aMen[A->iSrc].iGroup ) continue;
      /* (the country or capital protested in is no target) */
      if( A->bPlaced && strncmp(s->aMen[k].zCode, s->aMen[A->iSrc].zCode, 3)==0
          && (strlen(s->aMen[k].zCode)==3 || strcmp(s->aMen[k].zCode+3, "GOV")==0) ) continue;
      if( (brinkCodesRelated(s->aMen[k].zCode, s->aMen[A->iSrc].zCode) || brinkSameState(s->aMen[k].zCode, s->aMen[A->iSrc].zCode))
          && (c->pEng->bPeerVerbs || !brinkMutiny(pBest->zCode, s->aMen[A->iSrc].zCode, &s->aMen[k])) ){
        /* (a people and its own state's organ: emit codes them) */
        if( !c->pEng->bPeerVerbs && brinkOwnOrgan(s, &s->aMen[A->iSrc], &s->aMen[k]) ){
          A->iTgt = k;
          break;
        }
        /* ... but an organ of a state yielding or coercing "in Sudan" acts
        ** on its people there (emit makes it SDNCVL) */
        if( c->pEng->bPeerVerbs || !brinkDomesticCode(pBest->zCode) || strlen(s->aMen[A->iSrc].zCode)<=3
            || !brinkPlaceIn(s, &s->aMen[k]) ) continue;
      }
      A->iTgt = k;
      break;
    }
  }
  if( bStranger ){ c->stats.nDiscarded++; return ANCHOR_DONE; }
  return ANCHOR_ON;
}

/* For a criticism of an attack named by no actor ("condemned the attack",
** "denounced the invasion"): the target is the source of the latest act of
** force (roots 18-20) the story coded before it, of another country than
** the critic.  Sets A->iTgt to a new mention; BRINK_ENOMEM, else 0. */
static int attackerTarget(brink_coder *c, Sent *s, Anchor *A){
  static const char *const azAttack[] = {"attack","attacks","invasion","strike","strikes","airstrike",
    "airstrikes","bombing","bombings","shelling","offensive","assault","raid","raids","incursion",
    "aggression","killing","killings","massacre","bombardment",0};
  int i = A->m.iEnd;
  /* (the noun right after the verb, past its determiner, adjectives and a quotation mark) */
  while( i<s->nTok && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_CC
         || (s->aTok[i].flags & TOKF_QUOTE) || tokIs(&s->aTok[i], ",")) && s->aMenAt[i]<0 && i<A->m.iEnd+8 ) i++;
  if( i>=s->nTok || s->aMenAt[i]>=0 || !inSet(s->aTok[i].zLow, azAttack) ) return 0;
  /* (an attack whose doer is named after it is that one's: "the attack by
  ** Hamas", "the Russian invasion"; the pattern's search found no actor) */
  if( i+1<s->nTok && (tokIs(&s->aTok[i+1], "by") || tokIs(&s->aTok[i+1], "on")) ) return 0;
  const char *zSrc = s->aMen[A->iSrc].zCode;
  for(size_t e=c->nEv; e-- > 0; ){
    const brink_event *ev = &c->aEv[e];
    if( !ev->zRoot || !(strcmp(ev->zRoot, "18")==0 || strcmp(ev->zRoot, "19")==0 || strcmp(ev->zRoot, "20")==0) ) continue;
    if( !ev->zSource || strlen(ev->zSource)<3 || brinkSameState(ev->zSource, zSrc) ) break;
    Mention *pM = brinkMenPush(c, s);
    if( !pM ) return BRINK_ENOMEM;
    pM->iStart = i; pM->iEnd = i+1;
    pM->zCode = ev->zSource;
    pM->zText = ev->zSourceText ? ev->zSourceText : "";
    pM->flags = ACTF_ORG;
    A->iTgt = s->nMen-1;
    break;
  }
  return 0;
}

/* A new mention of the source's own government ("RUSGOV" for "RUSMIL")
** at the anchor, made the target; BRINK_ENOMEM, else 0. */
static int ownGovernment(brink_coder *c, Sent *s, Anchor *A){
  const char *zS = s->aMen[A->iSrc].zCode;
  Mention *pG = brinkMenPush(c, s);
  if( !pG ) return BRINK_ENOMEM;
  char zG[8] = { zS[0], zS[1], zS[2], 'G', 'O', 'V', 0 };
  pG->iStart = pG->iEnd = A->a;
  pG->zCode = brinkArenaStrndup(&c->arena, zG, 6);
  pG->zText = "";
  pG->flags = ACTF_ORG;
  if( !pG->zCode ) return BRINK_ENOMEM;
  A->iTgt = s->nMen-1;
  return 0;
}

/* Does the match at A tell a coup: "seized power", "staged a coup"? */
static int coupTold(const Sent *s, const Anchor *A){
  for(int i=A->a; i<A->m.iEnd && i<s->nTok; i++){
    if( lemIs(&s->aTok[i], "coup") || lemIs(&s->aTok[i], "power") ) return 1;
  }
  return 0;
}

/* The partner an opening "In a (phone) call, meeting or talks with X,"
** names for the act at a, when it is not the source's own state; -1 for
** none. */
static int openingPartner(const Sent *s, int a, int iSrc){
  static const char *const azWith[] = {"call","conversation","meeting","talks","telephone","phone",0};
  if( s->nTok<6 || !tokIs(&s->aTok[0], "in") ) return -1;
  int bWith = 0;
  for(int i=1; i<a && i<8; i++){
    if( tokIs(&s->aTok[i], ",") ) return -1;
    if( tokIs(&s->aTok[i], "with") && inSet(s->aTok[i-1].zLow, azWith) ){ bWith = i; break; }
  }
  if( !bWith ) return -1;
  for(int i=bWith+1; i<a && i<bWith+10; i++){
    if( tokIs(&s->aTok[i], ",") ) return -1;
    int k = s->aMenAt[i];
    if( k<0 || !s->aMen[k].zCode[0] ) continue;
    if( iSrc>=0 && (brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode)
                    || brinkSameState(s->aMen[k].zCode, s->aMen[iSrc].zCode)) ) return -1;
    return k;
  }
  return -1;
}

/* A target the text implies: the asker a refusal defies, a state organ's
** own people, the doer of an attack criticised (attackerTarget), TABARI's
** DEFAULT target, a protest's own government (kept in A->iOwnGov to be
** unmade before the next anchor), or someone named earlier in the
** quotation. */
static int madeTarget(brink_coder *c, Sent *s, Anchor *A){
  int a = A->a;
  const Pattern *pBest = A->pPat;
  const Match mBest = A->m;
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && (pBest->zCode[0]=='0' || (pBest->zCode[0]=='1' && pBest->zCode[1]<='3')) ){
    /* "In a phone call with Lavrov, Blinken demanded the release of ...":
    ** what is said in a call or meeting with someone is said to them */
    A->iTgt = openingPartner(s, a, A->iSrc);
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && pBest->zCode[1]=='2' ){
    /* a refusal "despite pressure by X", "despite calls from X": X asked */
    A->iTgt = brinkDespiteAsker(s, mBest.iEnd, A->iSrc);
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && brinkDomesticCode(pBest->zCode) && strlen(s->aMen[A->iSrc].zCode)>3 ){
    /* a state organ yielding or coercing in a city of its own country ("a
    ** curfew in Algiers", where the capital is a place, not an actor)
    ** acts on its people there, as "in Algeria" does */
    const char *zP = brinkPlaceAfter(c, s, mBest.iEnd-1, 0);
    char zC[8];
    snprintf(zC, sizeof zC, "%.3s", zP ? zP : "");
    if( zP && brinkCodesRelated(zC, s->aMen[A->iSrc].zCode) ){
      Mention *pP = brinkMenPush(c, s);
      if( !pP ) return BRINK_ENOMEM;
      snprintf(zC, sizeof zC, "%.3sCVL", zP);
      pP->iStart = pP->iEnd = a;
      pP->zCode = brinkArenaStrndup(&c->arena, zC, 6);
      pP->zText = "";
      if( !pP->zCode ) return BRINK_ENOMEM;
      A->iTgt = A->iOwnGov = s->nMen-1;
    }
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && pBest->zCode[0]=='1' && pBest->zCode[1]=='1' ){
    /* "Biden condemned the unprovoked and unjustified attack": the attack
    ** the story told last is the one condemned, and its doer the target */
    int rc = attackerTarget(c, s, A);
    if( rc ) return rc;
  }
  if( A->iTgt<0 && c->bStems && c->zDefTgt[0] ){
    /* TABARI's DEFAULT: no actor after the verb: the default target */
    A->iTgt = brinkDefaultMention(c, s, a, c->zDefTgt);
    if( A->iTgt==-2 ) return BRINK_ENOMEM;
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && strncmp(pBest->zCode, "14", 2)==0 && strlen(s->aMen[A->iSrc].zCode)>=3
      && strncmp(s->aMen[A->iSrc].zCode, "IGO", 3)!=0 && strncmp(s->aMen[A->iSrc].zCode, "NGO", 3)!=0
      && strncmp(s->aMen[A->iSrc].zCode, "IMG", 3)!=0 && !brinkCompanyEmployer(s) ){
    /* a protest with no target is aimed at the protesters' own government
    ** (CAMEO's convention for domestic dissent); a people named by its
    ** country's word ("Algerians", "Iraqi Kurds") are its civilians */
    if( strlen(s->aMen[A->iSrc].zCode)==3 && (s->aMen[A->iSrc].flags & ACTF_ADJ) ){
      char zC[8];
      snprintf(zC, sizeof zC, "%sCVL", s->aMen[A->iSrc].zCode);
      s->aMen[A->iSrc].zCode = brinkArenaStrndup(&c->arena, zC, 6);
      if( !s->aMen[A->iSrc].zCode ) return BRINK_ENOMEM;
    }
    if( ownGovernment(c, s, A) ) return BRINK_ENOMEM;
    if( brinkCodesRelated(s->aMen[A->iTgt].zCode, s->aMen[A->iSrc].zCode) ){ s->nMen--; A->iTgt = -1; }
    else A->iOwnGov = A->iTgt;
  }
  if( A->iTgt<0 && !c->pEng->bPeerVerbs && strcmp(pBest->zCode, "180")==0 && brinkHasRole(s->aMen[A->iSrc].zCode, "MIL")
      && strlen(s->aMen[A->iSrc].zCode)==6 && coupTold(s, A) ){
    /* "the army seized power", "officers staged a coup": the state's
    ** own government is overthrown */
    if( ownGovernment(c, s, A) ) return BRINK_ENOMEM;
    A->iOwnGov = A->iTgt;
  }
  if( A->iTgt<0 && A->bInQ && A->iSrc==s->iSpeaker ){
    /* a comment on someone named earlier in the quotation: the first actor
    ** there, leaving out editorial insertions in [brackets] */
    int bBracket = 0;
    for(int i=0; i<a && A->iTgt<0; i++){
      const Tok *u = &s->aTok[i];
      if( tokIs(u, "[") ) bBracket = 1;
      else if( tokIs(u, "]") ) bBracket = 0;
      int k = s->aMenAt[i];
      if( bBracket || k<0 || s->aMen[k].iStart!=i || !(u->flags & TOKF_INQUOTE) ) continue;
      if( s->aMen[k].zCode[0] && !brinkCodesRelated(s->aMen[k].zCode, s->aMen[A->iSrc].zCode) ) A->iTgt = k;
    }
  }
  return ANCHOR_ON;
}

/* The source of the act at the anchor (A->iSrc, with A->iSubj, the
** clause's subject); ANCHOR_DONE when it was emitted with none known or
** dropped. */
int brinkAnchorSource(brink_coder *c, Sent *s, Anchor *A){
  static const AnchorStep aStep[] = { subjectOf, nounAgent, sourceByVoice, dissentCountry, defaultSource };
  return brinkAnchorSteps(c, s, A, aStep, (int)(sizeof aStep / sizeof aStep[0]));
}

/* The target of the act at the anchor (A->iTgt, -1 for none). */
int brinkAnchorTarget(brink_coder *c, Sent *s, Anchor *A){
  static const AnchorStep aStep[] = { groupOrPurposeTarget, firstActorAfter, madeTarget };
  return brinkAnchorSteps(c, s, A, aStep, (int)(sizeof aStep / sizeof aStep[0]));
}
