/*
** appeal.c — appeals and demands, defaults and unattributed acts.
**
** governor() finds the verb that governs a clause ("urged Russia to
** withdraw", "demanded that Iran release"): the appeal or demand is coded
** on the governing actor, the governed act not at all; an act in the
** complement of an accusation, a warning or a criticism ("accused Russia of
** shelling ..., killing 12", "warned Washington against selling arms") is
** alleged or hypothetical, and not coded either.  Also here: default
** targets for a clause, unattributed attacks ("a car bomb killed ..."),
** TABARI's comma-clause and complexity options, and place-of-act helpers.
** Part of the coder (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Appeals and demands ---------------------------------------------- */

/* CAMEO's appeal (02x) or demand (10x) code for asking someone to do an
** action with code zCode: "urged Russia to withdraw" (0874) is 0256,
** "demanded that Iran release" (084) is 1053.  bNot: "not to attack". */
const char *brinkAskCode(int eGov, const char *zCode, int bNot){
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
int brinkReportedBy(const Sent *s, int iSubj, int a){
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
    k = brinkFindSubject(s, v, (s->aTok[v].flags & TOKF_INQUOTE)!=0);
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

/* Verbs that govern an act asked of another: appeals and demands
** (brinkGovernor). */
static const char *const azAppeal[] = {"ask","urge","press","implore","encourage","invite",
  "advise","request","appeal","call","beg","exhort","want",0};
static const char *const azDemand[] = {"demand","order","insist","instruct","require","force",
  "compel","tell","warn",0};
/* what a rule of brinkGovernor returns when it decides nothing */
#define GOV_UNDECIDED (-1)

/* (1) "V M to B", "V M not to B": the anchor's infinitive after the one
** asked, after a verb of appeal or demand. */
static int govInfinitive(const Sent *s, int a, int *piSrc, int *piTgt, int *pbNot, int *piGov){
  int i = a-1;
  while( i>=0 && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, brinkAzNeg) ) i--;
  if( i>=1 && tokIs(&s->aTok[i], "to") ){
    int iEnd = i;
    if( tokIs(&s->aTok[i-1], "not") || tokIs(&s->aTok[i-1], "never") ){ *pbNot = 1; iEnd = i-1; }
    /* (past a time between the one asked and "to": "appealed to Hamas on
    ** Sunday to release all hostages"; stop 30) */
    if( iEnd>=2 ){
      int iT = brinkTimeAdjunctStart(s, iEnd-1);
      if( iT>0 && s->aMenAt[iT-1]>=0 && s->aMen[s->aMenAt[iT-1]].iEnd==iT ) iEnd = iT;
    }
    int k = iEnd>0 ? s->aMenAt[iEnd-1] : -1;
    /* the passive: "Pakistan was urged by the United States to crack
    ** down" (the by-agent asks, the subject is asked); "was urged to" by
    ** no one named is only asked */
    {
      int v = iEnd-1, iBy = -1;
      if( k>=0 && s->aMen[k].iEnd==iEnd && s->aMen[k].zCode[0] ){
        int g = s->aMen[k].iStart - 1;
        if( g>=1 && s->aTok[g].eTag==TAG_DT && s->aMenAt[g]<0 ) g--;
        if( g>=1 && tokIs(&s->aTok[g], "by") ){ v = g-1; iBy = (int)(brinkGroupHead(s, &s->aMen[k]) - s->aMen); }
      }
      int e = v<1 || s->aTok[v].eTag!=TAG_VBN || !brinkBeBefore(s, v) ? 0 : inSet(s->aTok[v].zLemma, azAppeal) ? GOV_APPEAL
            : iBy>=0 && inSet(s->aTok[v].zLemma, azDemand) ? GOV_DEMAND : 0;
      if( e ){
        int iT = iBy>=0 ? brinkFindSubject(s, v, (s->aTok[v].flags & TOKF_INQUOTE)!=0) : -1;
        if( iT<0 ) return GOV_HYPO;
        *piSrc = iBy; *piTgt = iT; *piGov = v;
        return e;
      }
    }
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
          int iSrc = brinkFindSubject(s, g, (s->aTok[g].flags & TOKF_INQUOTE)!=0);
          if( iSrc<0 ) iSrc = s->iSpeaker;
          /* (asked by one no dictionary knows, the act is still only asked:
          ** "A judge asked Union Carbide and the Indian government to agree
          ** on compensation" is no agreement) */
          if( iSrc<0 ) return GOV_HYPO;
          *piSrc = iSrc; *piTgt = (int)(brinkGroupHead(s, &s->aMen[k]) - s->aMen);
          *piGov = g;
          return e;
        }
      }
    }
  }
  return GOV_UNDECIDED;
}

/* (2) "demanded that M B", "urged that M should B"; and the noun:
** "reiterated its demand today that Israel ease", "a call that".  j is
** the token before the subject's determiners. */
static int govThatClause(const Sent *s, int iSubj, int j, int *piSrc, int *piTgt, int *piGov){
  if( j>=0 && tokIs(&s->aTok[j], "that") && j>=1 ){
    static const char *const azDemandN[] = {"demand","insistence","ultimatum",0};
    static const char *const azAppealN[] = {"appeal","call","request","plea",0};
    int jg = j-1;
    while( jg>0 && jg>=j-3 && brinkTimeAdjunctStart(s, jg)>=0 ) jg = brinkTimeAdjunctStart(s, jg) - 1;
    const Tok *g = &s->aTok[jg];
    int e = 0;
    /* (a verb past a time said between too: "demanded on Tuesday that
    ** Washington apologise") */
    if( TAG_IS_VERB(g->eTag) ){
      e = inSet(g->zLemma, azDemand) ? GOV_DEMAND : inSet(g->zLemma, azAppeal) ? GOV_APPEAL : 0;
    }else if( TAG_IS_NOUN(g->eTag) && g->eTag!=TAG_NNP ){
      e = inSet(g->zLemma, azDemandN) ? GOV_DEMAND : inSet(g->zLemma, azAppealN) ? GOV_APPEAL : 0;
    }
    if( e ){
      int iSrc = brinkFindSubject(s, jg, (g->flags & TOKF_INQUOTE)!=0);
      if( iSrc<0 ) iSrc = s->iSpeaker;
      if( iSrc<0 ) return GOV_HYPO;
      if( iSrc==iSubj ) return GOV_NONE;
      *piSrc = iSrc; *piTgt = iSubj;
      *piGov = jg;
      return e;
    }
  }
  return GOV_UNDECIDED;
}

  /* (2b) "would insist Japan open its markets", "demanded Iraq withdraw":
  ** "that" left out; the asked act in the subjunctive (a bare verb, no
  ** "opens" or "opened") says it is asked, not done */
static int govSubjunctive(const Sent *s, int a, int iSubj, int j, int *piSrc, int *piTgt, int *piGov){
  const Mention *m = &s->aMen[iSubj];
  if( j>=1 && TAG_IS_VERB(s->aTok[j].eTag) && (lemIs(&s->aTok[j], "insist") || lemIs(&s->aTok[j], "demand"))
      && (s->aTok[a].eTag==TAG_VB || s->aTok[a].eTag==TAG_VBP) && !(m->flags & MF_PRONOUN) ){
    int q = m->iEnd;
    while( q<a && s->aTok[q].eTag==TAG_RB && !inSet(s->aTok[q].zLow, brinkAzNeg) ) q++;
    int iSrc = q==a ? brinkFindSubject(s, j, (s->aTok[j].flags & TOKF_INQUOTE)!=0) : -1;
    if( q==a && iSrc<0 ) iSrc = s->iSpeaker;
    if( q==a && iSrc>=0 && iSrc!=iSubj ){
      *piSrc = iSrc; *piTgt = iSubj;
      *piGov = j;
      return GOV_DEMAND;
    }
  }
  return GOV_UNDECIDED;
}

/* (3) "said Sudan must return": obligation in a reported clause. */
static int govObligation(const Sent *s, int a, int iSubj, int *piSrc, int *piTgt, int *piGov){
  const Mention *m = &s->aMen[iSubj];
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
          int iSrc = brinkFindSubject(s, v, 0);
          if( iSrc>=0 && iSrc!=iSubj ){ *piSrc = iSrc; *piTgt = iSubj; *piGov = v; return eOblige; }
          break;
        }
      }
      return GOV_NONE;
    }
  }
  return GOV_NONE;
}


/* (5) An act named in the complement of a verb of accusing, warning,
** preventing or criticising ("accused Russia of shelling", "warned
** Washington against selling arms to Taiwan", "deterred Iran from
** building", "condemned Russia for bombing") is what one is accused of,
** warned against, kept from or blamed for: not an act the sentence
** reports, and never one by the accuser.  So is the act of a participle
** after such a complement (", killing 12 people": the alleged shelling's
** victims) and of a gerund coordinated with it ("of shelling and
** looting").  The criticised acts ("for bombing") are told as done, but
** by the one criticised: dropped only when that one is named between the
** verb and "for" (in "Russia was condemned for bombing" the subject did
** it).  The complement's preposition: "of", "with", "against", "from",
** "for", each with its own governors. */
static const struct { const char *zPrep; const char *const *azGov; int bAsserted; } aComplement[] = {
  { "of",      (const char *const[]){"accuse","suspect","accusation","allegation","charge","suspicion","convict",0}, 0 },
  { "with",    (const char *const[]){"charge",0}, 0 },
  { "against", (const char *const[]){"warn","caution","urge","advise","counsel","warning",0}, 0 },
  { "from",    (const char *const[]){"deter","prevent","bar","ban","stop","dissuade","discourage",
                                     "prohibit","restrain","forbid",0}, 0 },
  { "for",     (const char *const[]){"blame",0}, 0 },
  { "for",     (const char *const[]){"condemn","criticize","criticise","denounce","rebuke","reprimand",
                                     "censure","slam","fault","punish","sanction","praise","thank",
                                     "commend","applaud","congratulate","chide","scold",0}, 1 },
};

/* The word that governs the complement whose preposition is at token p
** (its object may come between: "accused Russia of", "warned the United
** States against", "was accused of"); -1 when p opens no such complement. */
static int complementGovernor(const Sent *s, int p){
  if( p<1 ) return -1;
  const Tok *tp = &s->aTok[p];
  if( tp->eTag!=TAG_IN ) return -1;
  for(size_t x=0; x<sizeof aComplement/sizeof aComplement[0]; x++){
    if( !tokIs(tp, aComplement[x].zPrep) ) continue;
    /* the object: an actor, or a short noun phrase */
    int j = p-1, bObj = 0;
    while( j>=0 && j>=p-8 ){
      const Tok *u = &s->aTok[j];
      int k = s->aMenAt[j];
      if( k>=0 ){ j = s->aMen[k].iStart-1; bObj = 1; continue; }
      if( u->eTag==TAG_DT || u->eTag==TAG_PRPS || u->eTag==TAG_POS || u->eTag==TAG_CD || u->eTag==TAG_PRP
          || TAG_IS_ADJ(u->eTag) || (TAG_IS_NOUN(u->eTag) && !inSet(u->zLemma, aComplement[x].azGov)) ){
        j--; bObj = 1; continue;
      }
      break;
    }
    if( j<0 ) continue;
    const Tok *g = &s->aTok[j];
    if( !(TAG_IS_VERB(g->eTag) || (TAG_IS_NOUN(g->eTag) && j==p-1)) || !inSet(g->zLemma, aComplement[x].azGov) ) continue;
    if( aComplement[x].bAsserted && !bObj ) continue;
    return j;
  }
  return -1;
}

/* Is the act at a in such a complement, or told by a participle or a
** gerund that goes with one?  The governing word, else -1. */
static int inComplement(const Sent *s, int a){
  const Tok *t = &s->aTok[a];
  int i = a-1;
  while( i>=0 && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, brinkAzNeg) ) i--;
  if( i<1 ) return -1;
  /* "of shelling", "against selling" */
  int g = complementGovernor(s, i);
  if( g>=0 ) return g;
  /* "of shelling and looting": the gerund coordinated with one */
  if( (tokIs(&s->aTok[i], "and") || tokIs(&s->aTok[i], "or")) && t->eTag==TAG_VBG ){
    for(int w=i-1; w>=1 && w>=i-8; w--){
      const Tok *u = &s->aTok[w];
      if( tokIs(u, ";") || tokIs(u, ",") || TAG_IS_FINITE(u->eTag) ) break;
      if( u->eTag==TAG_VBG ) return inComplement(s, w);
    }
    return -1;
  }
  /* ", killing 12 people": a participle after the complement of the
  ** clause's verb (not one of saying: ", saying it would respond" is the
  ** accuser's or the warner's own) */
  if( tokIs(&s->aTok[i], ",") && t->eTag==TAG_VBG && !inSet(t->zLemma, brinkAzSpeech) ){
    for(int v=i-1; v>=0 && v>=i-20; v--){
      const Tok *u = &s->aTok[v];
      if( tokIs(u, ";") || (u->flags & TOKF_QUOTE) ) break;
      if( !TAG_IS_FINITE(u->eTag) ) continue;
      /* the complement's governor is the clause's verb group: "has
      ** accused", "was accused", "warned" */
      for(int p=v+1; p<i; p++){
        if( s->aTok[p].eTag!=TAG_IN ) continue;
        int h = complementGovernor(s, p);
        if( h<v ) continue;
        int bGroup = 1;
        for(int q=v; q<h && bGroup; q++) bGroup = TAG_IS_VERB(s->aTok[q].eTag) || s->aTok[q].eTag==TAG_RB;
        if( bGroup ) return h;
      }
      break;
    }
  }
  return -1;
}

/* Is the action at anchor a asked of someone?  "asked Russia to withdraw",
** "called on Iran to release", "demanded that the US cancel", "said Sudan
** must return".  Returns GOV_* and sets the asker (*piSrc, a mention) and
** the one asked (*piTgt); *pbNot for "not to".  iSubj is the action's
** subject mention or -1. */
int brinkGovernor(const Sent *s, int a, int iSubj, int *piSrc, int *piTgt, int *pbNot, int *piGov){
  *pbNot = 0;
  *piGov = -1;
  int e = govInfinitive(s, a, piSrc, piTgt, pbNot, piGov);
  if( e!=GOV_UNDECIDED ) return e;
  if( (*piGov = inComplement(s, a))>=0 ) return GOV_HYPO;
  if( iSubj<0 ) return GOV_NONE;
  const Mention *m = &s->aMen[iSubj];
  int j = m->iStart - 1;
  /* (its determiners: "demanded that its partners refuse") */
  for(int x=0; x<3 && j>=1 && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_DT || s->aTok[j].eTag==TAG_PRPS
      || TAG_IS_ADJ(s->aTok[j].eTag)) && !tokIs(&s->aTok[j], "that"); x++) j--;
  if( (e = govThatClause(s, iSubj, j, piSrc, piTgt, piGov))!=GOV_UNDECIDED ) return e;
  if( (e = govSubjunctive(s, a, iSubj, j, piSrc, piTgt, piGov))!=GOV_UNDECIDED ) return e;
  return govObligation(s, a, iSubj, piSrc, piTgt, piGov);
}

/* Force that no one is named behind: "a roadside bombing killed one U.S.
** soldier", "three civilians were killed in a car bombing".  News reports
** these every day, and GDELT and PLOVER carry them with an empty source;
** brink does too, for the use of force (18-20) by a verb, with its target
** named and an attack word in the sentence (an accident is no event).
** Only for brink's own dictionaries, and only for a plain report (not
** negated, hypothetical or intended). */
int brinkEmitUnattributed(brink_coder *c, Sent *s, const char *zCode, int a, int iTgt, int iFrom, int bPassive,
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
  if( iTgt<0 || iTgt==s->iSpeaker || brinkFraming(s, iFrom, a)!=FR_NONE || brinkByAccident(s, a) ) return BRINK_OK;
  /* an armed force of another country named in the sentence may well be
  ** who did it ("Iran said its forces launched fresh attacks ..., adding
  ** that 1,200 Iraqis were killed in fighting"): no guess of the place's
  ** own unidentified gunmen */
  for(int x=0; x<s->nMen; x++){
    const char *z = s->aMen[x].zCode;
    if( s->aMen[x].iGroup==s->aMen[iTgt].iGroup || strlen(z)<6 || strncmp(z, s->aMen[iTgt].zCode, 3)==0 ) continue;
    /* (nor the closing speaker: "..., Iraqi police said") */
    if( s->iSpeaker>=0 && s->aMen[s->iSpeaker].iStart>a && s->aMen[x].iGroup==s->aMen[s->iSpeaker].iGroup ) continue;
    if( brinkArmedCode(z) ) return BRINK_OK;
  }
  Mention mS;
  memset(&mS, 0, sizeof mS);
  mS.iStart = mS.iEnd = a;
  mS.zCode = ""; mS.zText = "";
  mS.flags = MF_NOSOURCE;
  mS.iGroup = -1;
  int gT = s->aMen[iTgt].iGroup;
  int bGunmen = 0;   /* (an armed man, "unidentified gunmen", named) */
  for(int x=0; x<s->nMen && !bGunmen; x++) bGunmen = s->aMen[x].zAgent && strcmp(s->aMen[x].zAgent, "UAF")==0;
  for(int y=0; y<s->nMen; y++){
    if( s->aMen[y].iGroup!=gT ) continue;
    size_t nBefore = c->nEv;
    int rc = brinkEmit(c, s, &mS, &s->aMen[y], zCode, 0);
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
      /* (gunmen or attackers named as such use unconventional violence:
      ** "shot dead by a group of unidentified gunmen" is 186 or 180; the
      ** shelling of a town by no one named stays 19) */
      const char *zNew = bGunmen ? brinkGunmenCode(e->zCode, e->zTarget, &s->aMen[y]) : e->zCode;
      const brink_cameo *pC = zNew!=e->zCode ? brinkOntologyLookup(c->pEng->pOnt, zNew) : 0;
      if( pC && brinkRecode(c, e, pC) ) return BRINK_ENOMEM;
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
int brinkThatOpensTarget(const Sent *s, int iEnd, int i){
  if( i==iEnd ) return 1;
  if( i>iEnd ){
    int j = brinkTimeAdjunctStart(s, i-1);
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
void brinkDropCommaClauses(brink_coder *c, Sent *s){
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
        if( s->aMen[k].iStart>=i0 && s->aMen[k].iStart<i1 ){ brinkMenRemove(s, k); k--; }
      }
    }
  }
  if( !bDrop ) return;
  for(int i=0; i<s->nTok; i++) s->aMenAt[i] = -1;
  for(int k=0; k<s->nMen; k++){
    for(int i=s->aMen[k].iStart; i<s->aMen[k].iEnd; i++) s->aMenAt[i] = k;
  }
}

/* brinkClauseBreak() (coder.h) past its first test: the rules */
int brinkClauseBreakAt(const Sent *s, int i){
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
int brinkDefaultMention(brink_coder *c, Sent *s, int a, const char *zCode){
  Mention *m = brinkMenPush(c, s);
  if( !m ) return -2;
  m->iStart = m->iEnd = a;
  m->zCode = brinkArenaStrndup(&c->arena, zCode, strlen(zCode));
  m->zText = "";
  if( !m->zCode ) return -2;
  return s->nMen-1;
}

/* A copy of mention k in a group of its own (one member of a compound
** taken alone).  Returns its index, or -2 on OOM. */
int brinkSoloMention(brink_coder *c, Sent *s, int k){
  Mention *m = brinkMenPush(c, s);
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
int brinkIsComplex(const brink_coder *c, const Sent *s){
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
const char *const brinkAzGoOn[] = {"keep","continue","begin","start","resume",0};

/* The country where the act at token a takes place, as "XXXGOV": the first
** place after "in", "at", "outside" or "near" in the ten tokens after a, in
** its clause (a country, a capital or a city the gazetteer places in one
** country), before any actor that is not a place (past them when
** bPastActors); a string in the coder's arena, or NULL. */
const char *brinkPlaceAfter(brink_coder *c, const Sent *s, int a, int bPastActors){
  static const char *const azAt[] = {"in","at","outside","near","throughout","across","through",0};
  static const char *const azStop[] = {";",",","that","which","who","because","while","against",
    "after","before","when","but","and","to","over","for",0};
  for(int i=a+1; i<s->nTok && i<=a+10; i++){
    const Tok *t = &s->aTok[i];
    /* (past a list of actors: "the embassies of France and Belgium in") */
    int bList = bPastActors && (tokIs(t, "and") || tokIs(t, ",")) && i+1<s->nTok && s->aMenAt[i+1]>=0;
    if( inSet(t->zLow, azStop) && !bList ) break;
    int k = s->aMenAt[i];
    if( k>=0 && s->aMen[k].iStart==i && s->aMen[k].zCode[0] && !inSet(s->aTok[i-1].zLow, azAt) && !bPastActors ) break;
    if( !inSet(t->zLow, azAt) ) continue;
    int j = i+1;
    /* (past a kind: "in the capital Nairobi") */
    while( j<s->nTok && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN)
           && !(s->aTok[j].flags & TOKF_CAP) && !inSet(s->aTok[j].zLow, azAt) ) j++;
    if( j>=s->nTok ) break;
    /* (a building first: "at a jail in Dili" goes on to "in") */
    if( !(s->aTok[j].flags & TOKF_CAP) || brinkTimeAdjunctStart(s, j)>=0 ) continue;   /* (not "in March") */
    const char *zC = 0;
    int m = s->aMenAt[j], iEnd;
    if( m>=0 && s->aMen[m].iStart==j && strlen(s->aMen[m].zCode)==3 && (s->aMen[m].flags & ACTF_STATE) ){
      zC = s->aMen[m].zCode;
    }else{
      zC = brinkPlaceCountry(c, s, j, &iEnd);    /* (a capital coded as its government too) */
      /* (a capital whose name small towns elsewhere share, dropped as an
      ** actor here: "in Paris", "in Washington" are France's and the US's) */
      uint32_t iEntry;
      int n = zC ? 0 : brinkPhraseAt(c, s, DK_ACTOR, j, &iEntry);
      const char *zA = n ? brinkDictCodeOn(c->pDict, DK_ACTOR, iEntry, c->iDay) : 0;
      if( zA && strlen(zA)>=3 && brinkPlaceMostlyIn(c, s, j, j+n, zA) ) zC = zA;
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
int brinkWarnsNoThreat(const Sent *s, int a){
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
const char *brinkBombCode(const brink_coder *c, const Sent *s, int a, const char *zCode){
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
int brinkAlreadyDone(const Sent *s, int a, const char *zCode){
  if( s->aTok[a].eTag!=TAG_VBN || a<2 || !tokIs(&s->aTok[a-1], "already") ) return 0;
  if( !lemIs(&s->aTok[a-2], "have") && !tokIs(&s->aTok[a-2], "'s") ) return 0;
  if( strncmp(zCode, "18", 2)>=0 ) return 0;
  if( lemIs(&s->aTok[a], "agree") && a+1<s->nTok && tokIs(&s->aTok[a+1], "to") ) return 0;
  return !brinkSaysNow(s->aTok, s->nTok);
}

/* "the reaction of financial markets to U.S. tariffs on Japanese goods",
** "to discuss the removal of U.S. sanctions", "did not mention the recent
** U.S. trade sanctions against Japan": sanctions named as a noun after a
** preposition, or as what is mentioned or discussed, are the topic of the
** sentence's act, not one imposed in it (seven census rejects); so are arms
** sales ("money diverted to the contras from the secret U.S. arms sales to
** Iran", four more).  a is the anchor of a 16 or 072 event. */
int brinkNamedAsTopic(const Sent *s, int a, const char *zCode){
  static const char *const azPrep[] = {"of","to","for","about","over","on","after","following",
    "into","from","against",0};
  static const char *const azTopic[] = {"mention","discuss","ponder","debate","consider","study","review",
    "comment",0};
  /* (but an act named by its own noun is the act: "the U.S. imposition of
  ** tariffs", "a clear warning of sanctions", "a decision to impose") */
  static const char *const azActNoun[] = {"imposition","decision","introduction","announcement","warning",
    "threat","threats","plan","plans","move","application","use",0};
  if( !((zCode[0]=='1' && zCode[1]=='6') || strcmp(zCode, "072")==0)
      || !(s->aTok[a].eTag==TAG_NN || s->aTok[a].eTag==TAG_NNS) ) return 0;
  int i = a-1;
  while( i>=0 && i>=a-8 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_PRPS
         || s->aTok[i].eTag==TAG_CD || s->aTok[i].eTag==TAG_POS || s->aTok[i].eTag==TAG_NN
         || s->aTok[i].eTag==TAG_NNS || s->aTok[i].eTag==TAG_NNP || s->aTok[i].eTag==TAG_VBN
         || tokIs(&s->aTok[i], "pending")) ) i--;
  if( i<0 ) return 0;
  const Tok *t = &s->aTok[i];
  if( (t->eTag==TAG_IN || t->eTag==TAG_TO) && inSet(t->zLow, azPrep) ) return !(i>0 && inSet(s->aTok[i-1].zLemma, azActNoun));
  return TAG_IS_VERB(t->eTag) && inSet(t->zLemma, azTopic);
}

/* "Baker has cancelled a trip to Australia because of pressing business
** at home": a visit called off for a reason of the visitor's own (work,
** health, weather, the calendar) reduces no relations (two census
** rejects).  a is the anchor of a 16 event. */
int brinkCancelledForOwnReason(const Sent *s, int a, const char *zCode){
  static const char *const azReason[] = {"business","work","illness","ill","health","weather","schedule",
    "scheduling","commitments","engagements","personal","domestic","budget","election","elections",0};
  if( zCode[0]!='1' || zCode[1]!='6' || !(lemIs(&s->aTok[a], "cancel") || lemIs(&s->aTok[a], "postpone")
      || lemIs(&s->aTok[a], "call")) ) return 0;
  for(int i=a+1; i+1<s->nTok && i<=a+14; i++){
    if( tokIs(&s->aTok[i], ";") ) break;
    int bCause = (tokIs(&s->aTok[i], "because") && tokIs(&s->aTok[i+1], "of"))
              || ((tokIs(&s->aTok[i], "due") || tokIs(&s->aTok[i], "owing")) && tokIs(&s->aTok[i+1], "to"))
              || (tokIs(&s->aTok[i], "for") && inSet(s->aTok[i+1].zLow, azReason));
    if( !bCause ) continue;
    for(int j=i+1; j<s->nTok && j<=i+5; j++){
      if( inSet(s->aTok[j].zLow, azReason) ) return 1;
      if( tokIs(&s->aTok[j], ",") ) break;
    }
  }
  return 0;
}

/* "Kuwait has backed Iraq in the seven-year war against Iran", "the
** emirate's backing for Iraq in the Gulf war": support in a war is a side
** taken for its length, a standing state told as background, no act of the
** day (rejected by the eighth, twenty-fourth and later reviews). */
int brinkSupportInWar(const Sent *s, int a, const char *zCode){
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
int brinkPastClause(brink_coder *c, const Sent *s, int a, int iEnd){
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
  /* the deed one apologises, thanks or blames for keeps its own time: "has
  ** apologised to Putin for the shooting down of a Russian warplane near
  ** the Syrian border last year" is today's apology */
  /* (not an accusation's: in "accused the IMF of strangling his country at
  ** an October meeting" the month dates the accusing) */
  static const char *const azFor[] = {"apologise","apologize","thank","congratulate",0};
  if( !c->pEng->bPeerVerbs && inSet(s->aTok[a].zLemma, azFor) ){
    for(int k=a+1; k<i1; k++) if( tokIs(&s->aTok[k], "for") ){ i1 = k; break; }
  }
  return brinkPastYearAt(s->aTok, s->nTok, i0, i1, c->iDay)
      || brinkSinceYearAt(s->aTok, s->nTok, i0, i1, c->iDay) || brinkSinceYearAt(s->aTok, s->nTok, 0, 4, c->iDay)
      || brinkPastYearLater(s->aTok, s->nTok, i1, c->iDay) || brinkPastNarrative(c, s, a);
}
