/*
** match.c — the pattern matcher: does a verb pattern match at an anchor?
**
** brinkPatternMatch() walks a pattern's elements before and after its
** anchor word: literal words, alternative lists matched as noun phrases
** ("a new military offensive" for "offensive"), and the source and target
** slots, which take an actor mention within a short gap but not past a
** clause of its own, a relative clause, an attribution or a topic's
** modifier.  Part of the coder (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

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
    int32_t id1 = aWord[k].id1;
    if( id1>=0 && (c->mDetId >> (id1 & 63) & 1) ){
      for(int d=0; d<c->nDetId && !bDet; d++) bDet = id1==c->aDetId[d];
    }
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
int brinkClosingSpeaker(const Sent *s, int k){
  if( accordingTo(s, k) ) return 1;
  int j = s->aMen[k].iEnd;
  /* ("Human Rights Watch (HRW) said") */
  if( j+2<s->nTok && tokIs(&s->aTok[j], "(") && tokIs(&s->aTok[j+2], ")") ) j += 3;
  /* (... or a name: "the official news agency Tass reported") */
  for(int x=0; x<3 && j<s->nTok && (s->aTok[j].eTag==TAG_NNS || s->aTok[j].eTag==TAG_NN
                                    || s->aTok[j].eTag==TAG_JJ || s->aTok[j].eTag==TAG_NNP); x++) j++;
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
  /* (verbs that close a report as "said" does: "..., a Nicaraguan
  ** official announced.") */
  static const char *const azReport[] = {"announce","report","confirm","disclose","reveal","explain",0};
  return j<s->nTok && TAG_IS_VERB(s->aTok[j].eTag)
      && (inSet(s->aTok[j].zLemma, brinkAzSpeech) || inSet(s->aTok[j].zLemma, azReport))
      && (!bAppos || TAG_IS_FINITE(s->aTok[j].eTag));
}

/* Is the word at token i (after the anchor a) "and" before a verb, past an
** adverb?  A past verb the tagger read as a participle counts after a past
** anchor. */
int brinkAndThenVerb(const Sent *s, int a, int i){
  if( i<=a || i+1>=s->nTok || !tokIs(&s->aTok[i], "and") ) return 0;
  int v = i+1;
  if( s->aTok[v].eTag==TAG_RB && v+1<s->nTok ) v++;
  int e = s->aTok[v].eTag;
  return TAG_IS_FINITE(e) || (e==TAG_VBN && s->aTok[a].eTag==TAG_VBD);
}

/* Does the "and" at token i join a second verb of the anchor a's subject,
** after the object of a's own verb: "condemned the drills and warned
** Seoul", "condemned the attack and (also) urged Iran" (a noun anchor is
** that object)?  Not verbs that share the object after them: "attacked,
** seized, and sank an Iranian ship".  A past verb after "and" that the
** tagger read as a participle counts ("condemned the launch and called
** on"). */
int brinkAndSecondVerb(const Sent *s, int a, int i){
  if( !brinkAndThenVerb(s, a, i) ) return 0;
  if( TAG_IS_NOUN(s->aTok[a].eTag) ) return 1;
  for(int j=a+1; j<i; j++) if( TAG_IS_NOUN(s->aTok[j].eTag) ) return 1;
  return 0;
}

/* True if the "and" at token i opens a clause of its own: an actor and
** then a finite verb ("rejected such action and Mexican finance minister
** Gustavo Petricioli merely said"); its actor is that clause's subject, no
** target of the verb before it. */
int brinkAndOpensClause(const Sent *s, int i){
  return tokIs(&s->aTok[i], "and") && brinkOpensClause(s, i);
}

/* Does the word at i open a clause with an actor or a subject pronoun for
** its subject, then a tensed verb, with only a noun phrase between ("and
** France showed", "as the opposition threatened", "as they emerged")? */
int brinkOpensClause(const Sent *s, int i){
  int bActor = 0;
  for(int j=i+1; j<s->nTok && j<=i+12; j++){
    const Tok *t = &s->aTok[j];
    if( s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0] ){ bActor = 1; continue; }
    /* (a subject pronoun opens one too: "as they emerged from the U.S.
    ** Treasury") */
    if( t->eTag==TAG_PRP && j==i+1 && !tokIs(t, "him") && !tokIs(t, "them") && !tokIs(t, "me") && !tokIs(t, "us") ){
      bActor = 1;
      continue;
    }
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
int brinkStrangerPartner(const Sent *s, int i){
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
int brinkCompanyEmployer(const Sent *s){
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
int brinkTopicBetween(const Sent *s, int k){
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
int brinkOwnsClauseSubject(const Sent *s, int k){
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
int brinkLandmarkOrClauseSubject(const Sent *s, int k, int i0){
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
  int iEnd = brinkGroupEnd(s, k);
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
int brinkStandingWould(const Sent *s, int a){
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
int brinkInTermsClause(const Sent *s, int a){
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
/* The elements of pattern pat before its anchor at a, matched right to
** left: the token where the match starts, or -1. */
static int matchBefore(const brink_coder *c, const Sent *s, const Pattern *pat, int a, Match *pM){
  const DictView *pV = &c->v;
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
    if( !bFound ) return -1;
  }
  return p;
}

/* How far past token p (after the match so far) element pe may be looked
** for: nGap, or less for an actor slot right after a preposition, which is
** in that preposition's phrase; -1 when it cannot be there at all. */
static int slotReach(const brink_coder *c, const Sent *s, const PatElem *pe, int p, int nGap){
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
    if( nGap<0 ) return -1;
    /* (nor past a partner "with" names but no dictionary knows) */
    if( brinkStrangerPartner(s, p-1) ) return -1;
  }
  return nGap;
}

static int adjunctsEnd(const Sent *s, int p);

/* Is the mention starting at token q a country's word before a noun of
** place, after a preposition ("on the Belarusian border", "in the Saudi
** capital")? */
int brinkGeoPlaceAdj(const Sent *s, int q){
  static const char *const azGeoPlace[] = {"border","frontier","coast","side","soil","territory","waters",
    "resort","island",0};   /* (and brinkAzPlaceKind's) */
  int k = s->aMenAt[q];
  if( k<0 || s->aMen[k].iStart!=q || !(s->aMen[k].flags & ACTF_ADJ) || s->aMen[k].iEnd>=s->nTok ) return 0;
  int iW = q-1;
  if( iW>0 && tokIs(&s->aTok[iW], "the") ) iW--;
  const char *zNext = s->aTok[s->aMen[k].iEnd].zLow;
  return iW>=0 && s->aTok[iW].eTag==TAG_IN && (inSet(zNext, azGeoPlace) || inSet(zNext, brinkAzPlaceKind));
}

/* Does the search for element pe of a pattern anchored at a stop before
** token q, the match so far ending at p?  bNounGap: after a noun anchor
** only a time, a place or an adverb may come between. */
static int slotStopsAt(const brink_coder *c, const Sent *s, const PatElem *pe, int a, int p, int q, int bNounGap){
  /* (brink's own dictionaries, an actor slot: what the rules below bound) */
  const int bActorSlot = !c->pEng->bPeerVerbs && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && pe->eKind!=PE_SKIP;
  /* an actor slot does not reach into a clause of its own ("condemned
  ** the attack and Syria said": Syria is no target) */
  if( q>p && bActorSlot
      && (brinkAndOpensClause(s, q-1) || tokIs(&s->aTok[q-1], "but")) ) return 1;
  /* ... nor past a second verb of the same subject: "condemned the drills
  ** and warned Seoul" (Seoul is warned, not condemned; the warning is
  ** coded at its own verb; brinkAndSecondVerb) */
  if( q>p && bActorSlot ){
    int v = q-1;   /* (the verb, past a particle: "and called on Pyongyang") */
    if( v>a+1 && (s->aTok[v].eTag==TAG_IN || s->aTok[v].eTag==TAG_RP || s->aTok[v].eTag==TAG_TO) ) v--;
    int iAnd = v-1;  /* (past an adverb: "and also warned") */
    if( iAnd>a && s->aTok[iAnd].eTag==TAG_RB ) iAnd--;
    if( brinkAndSecondVerb(s, a, iAnd) ) return 1;
  }
  /* ... nor into a clause a conjunction opens ("entered the Golden Temple
  ** in Amritsar after six people were wounded": the wounded are no target),
  ** as the first actor after the verb is not looked for there; but what
  ** one threatens after an act is aimed at its doer ("threaten vengeance
  ** after the U.S. raids") */
  /* (and "when", "if", "unless", "whether": "agreed to support a trade
  ** bill when it became apparent that opposition Democrats would pass"
  ** supports no Democrats; stop 31; not "when" after a time, which tells
  ** what happened then: "the attack was on March 8, when an Iranian
  ** tanker was hit") */
  static const char *const azOpensClause[] = {"after","before","because","when","unless","if","whether",0};
  static const char *const azAvenge[] = {"threaten","vow","warn","retaliate","avenge","promise",0};
  if( q>p && bActorSlot
      && inSet(s->aTok[q-1].zLow, azOpensClause) && !inSet(s->aTok[a].zLemma, azAvenge) ){
    int w = q-2;
    if( w>p && tokIs(&s->aTok[q-1], "when") && tokIs(&s->aTok[w], ",") ) w--;
    if( !(tokIs(&s->aTok[q-1], "when") && w>=0
          && (brinkTimeAdjunctStart(s, w)>=0 || s->aTok[w].eTag==TAG_CD || (s->aTok[w].flags & TOKF_NUM))) ) return 1;
  }
  /* ... nor past a relative clause on a noun ("criticized a report
  ** which accused Sudan": Sudan is no target), nor a clause that says
  ** what the noun holds ("supported the view that Bonn should act":
  ** coder's reading of seed 5252, #5) */
  if( q>p+1 && bActorSlot
      && (tokIs(&s->aTok[q-1], "which") || tokIs(&s->aTok[q-1], "who") || tokIs(&s->aTok[q-1], "that"))
      && (s->aTok[q-2].eTag==TAG_NN || s->aTok[q-2].eTag==TAG_NNS) && s->aMenAt[q-2]<0
      && brinkTimeAdjunctStart(s, q-2)<0 ) return 1;
  /* ... nor, after a noun anchor, past a finite verb that names a
  ** purpose ("Abe's visit is to prepare for Nakasone's talks", "is
  ** meant to": Nakasone is not visited; coder's reading of seed 5252,
  ** #34), though past one that tells where or when ("the attack took
  ** place on March 8, when an Iranian tanker was hit") */
  if( q>p && bActorSlot
      && TAG_IS_NOUN(s->aTok[a].eTag) && s->aTok[q].eTag==TAG_TO && (TAG_IS_FINITE(s->aTok[q-1].eTag)
          || (q>p+1 && s->aTok[q-1].eTag==TAG_VBN && TAG_IS_FINITE(s->aTok[q-2].eTag))) ) return 1;
  /* ... nor to the one a closing attribution names ("criticized the
  ** plan, according to Egyptian officials") */
  if( bActorSlot
      && s->aMenAt[q]>=0 && s->aMen[s->aMenAt[q]].iStart==q && accordingTo(s, s->aMenAt[q]) ) return 1;
  /* brink's own patterns with a noun anchor: a word of the pattern is
  ** not looked for past a finite verb of another clause ("a policy
  ** u-turn, President X has reneged on": no "u-turn on") */
  if( q>p && !c->pEng->bPeerVerbs && (pe->eKind==PE_WORD || pe->eKind==PE_ALT) && TAG_IS_NOUN(s->aTok[a].eTag)
      && TAG_IS_FINITE(s->aTok[q-1].eTag) ) return 1;
  if( q>p && bNounGap && !nounGapWord(s, q-1) ) return 1;
  return 0;
}

/* The end of the best of alternatives pe (the aCand[0..nCand) that the
** sentence may hold, or all when bAll) matched at token q, or 0; *pbLoose
** when it needed a loose noun phrase. */
static int altMatchAt(const brink_coder *c, const Sent *s, const PatElem *pe, int q, const uint16_t *aCand,
                      int nCand, int bAll, int *pbLoose){
  const DictView *pV = &c->v;
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
  if( iExact ) return iExact;
  if( iLoose ) *pbLoose = 1;
  return iLoose;
}

/* The end of what a '^' passes over at token q, or 0. */
static int skipAt(const brink_coder *c, const Sent *s, int q){
  int i0, i1;
  if( c->pEng->bPeerVerbs==PEER_VERBS_TABARI ){
    /* TABARI: '^' passes over the next actor */
    int k = s->aMenAt[q];
    if( k>=0 && s->aMen[k].iStart==q ) return s->aMen[k].iEnd;
  }else if( nounPhraseAt(s, q, &i0, &i1) ){
    /* "warned at ^ +": the noun phrase right there is passed over, so
    ** "+" is the one after it ("at the Gondor of the Prince": DOL) */
    /* (with its appositive between commas: "extradited Hugo Carvajal, a
    ** former head of Venezuelan military intelligence, to the United
    ** States"; stop 31) */
    if( !c->pEng->bPeerVerbs && i1<s->nTok && tokIs(&s->aTok[i1], ",") ){
      for(int j=i1+2; j<s->nTok && j<=i1+16; j++){
        if( !tokIs(&s->aTok[j], ",") ) continue;
        if( brinkAppositiveComma(s, j-1)==i1 ) return j+1;
        break;
      }
    }
    return i1;
  }
  return 0;
}

/* An actor slot (element pe, the e-th of pat, anchored at a) filled at
** token q, the match so far ending at p: the end of the actor (its group's
** last member), with pM's source or target set; 0 when no actor starts at
** q; -1 when the slot cannot be filled at q or further on. */
static int slotAt(const brink_coder *c, const Sent *s, const Pattern *pat, const PatElem *pe, int e, int a,
                  int p, int q, Match *pM){
  const DictView *pV = &c->v;
  /* an actor after "by" is an agent, not a target: stop there */
  if( pe->eKind!=PE_SOURCE && q>p && tokIs(&s->aTok[q-1], "by") ) return -1;
  int k = s->aMenAt[q];
  if( k>=0 && s->aMen[k].iStart==q && s->aMen[k].zCode[0] ){
    /* "an investigation into the Iran arms affair": a topic's
    ** modifier fills no slot (eighteenth review #25); nor does an
    ** actor in a relative clause of a noun passed over ("warned
    ** measures that would penalise trading partners such as Japan
    ** ... could" warns of the measures, not Japan) */
    if( !c->pEng->bPeerVerbs && pe->eKind==PE_TARGET && (topicModifier(s, k) || relativeBetween(s, p+1, q)
        || brinkLandmarkOrClauseSubject(s, k, p)
        || (pat->zCode[0]=='0' && pat->zCode[1]=='4' && strcmp(pat->zCode, "045")!=0 && brinkTopicBetween(s, k))) ){
      return -1;
    }
    /* the subject slot of a reported clause ("insists that + should")
    ** takes the clause's subject, not an actor in its "of" phrase:
    ** "insists that the profitability of companies should be taken
    ** into account" (twenty-third review #33) */
    if( !c->pEng->bPeerVerbs && pe->eKind==PE_TARGET
        && ((e+1<pat->nElem && pV->aElem[pat->iElem+e+1].bAdjacent) || (p>0 && tokIs(&s->aTok[p-1], "that")))
        && q>=2 && tokIs(&s->aTok[q-1], "of")
        && TAG_IS_NOUN(s->aTok[q-2].eTag) && s->aMenAt[q-2]<0 ){
      return -1;
    }
    /* the speaker of a closing attribution fills no slot: "overran
    ** it late last month, Thai military sources said" */
    /* ("..., a Nicaraguan official said": past its article too) */
    int qc = q>1 && s->aTok[q-1].eTag==TAG_DT ? q-2 : q-1;
    if( !c->pEng->bPeerVerbs && qc>=0 && tokIs(&s->aTok[qc], ",") && brinkClosingSpeaker(s, k) ) return -1;
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
            || tokIs(&s->aTok[q], "they")) ) return -1;
    if( pe->eKind==PE_SOURCE ) pM->iSrc = k;
    else { pM->iTgt = k; if( pe->eKind==PE_COMPOUND ) pM->bCompound = 1; }
    p = s->aMen[k].iEnd;
    /* a group fills the slot whole: "said US and British forces
    ** must" reaches "must" from the group's last member */
    return brinkGroupEnd(s, k);
  }
  return 0;
}


/* Is the anchor at a a passive verb whose words end at p ("was greeted",
** "has been urged")?  brink's own dictionaries only. */
static int passiveVerb(const brink_coder *c, const Sent *s, int a, int p){
  return !c->pEng->bPeerVerbs && s->aTok[a].eTag==TAG_VBN && p==a+1 && brinkBeBefore(s, a);
}

/* ... with an actor for its subject, who then fills the target slot as
** the active's object would (the dearer test, made last) */
static int subjectIsActor(const Sent *s, int a){
  int k = brinkFindSubject(s, a, (s->aTok[a].flags & TOKF_INQUOTE)!=0);
  if( k<0 || !s->aMen[k].zCode[0] ) return 0;
  /* (right before its verb: only auxiliaries and adverbs between; "this
  ** has now been dismissed by other senior officials" has no actor for
  ** its subject, whatever actor came before "this") */
  int i = a-1;
  while( i>=0 && (inSet(s->aTok[i].zLow, brinkAzBe) || s->aTok[i].eTag==TAG_RB || s->aTok[i].eTag==TAG_MD
         || tokIs(&s->aTok[i], "have") || tokIs(&s->aTok[i], "has") || tokIs(&s->aTok[i], "had")
         || tokIs(&s->aTok[i], "got") || tokIs(&s->aTok[i], "get")) ) i--;
  /* (past a name no dictionary knows after a title: "Environmental Affairs
  ** Minister John Wiley has been injured") */
  while( i>0 && s->aTok[i].eTag==TAG_NNP && s->aMenAt[i]<0 ) i--;
  return i>=0 && s->aMenAt[i]>=0 && s->aMen[s->aMenAt[i]].zCode[0];
}

/* The end of the actor named by the "by" at q (its group's last member,
** past an article), or 0 when no actor follows. */
static int byAgentEnd(const Sent *s, int q){
  int j = q+1;
  if( j<s->nTok && s->aTok[j].eTag==TAG_DT && s->aMenAt[j]<0 ) j++;
  int k = j<s->nTok ? s->aMenAt[j] : -1;
  if( k<0 || s->aMen[k].iStart!=j || !s->aMen[k].zCode[0] ) return 0;
  return brinkGroupEnd(s, k);
}

int brinkPatternMatch(const brink_coder *c, const Sent *s, const Pattern *pat, int a, int bFirst, Match *pM){
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
  pM->iSrc = pM->iTgt = pM->iBy = -1; pM->bCompound = 0; pM->nLoose = 0;
  pM->iStart = a;
  /* an alternative list none of whose head words the sentence has cannot match */
  for(uint16_t e=0; (pat->flags & PATF_ALT) && e<pat->nElem; e++){
    const PatElem *pe = &pV->aElem[pat->iElem+e];
    if( pe->eKind==PE_ALT && !(pe->mAny & s->mWords) ) return 0;
  }
  /* elements before the anchor, right to left */
  int p = matchBefore(c, s, pat, a, pM);
  if( p<0 ) return 0;
  pM->iStart = p;
  /* elements after it, left to right */
  p = a + pat->nAnchor;
  for(uint16_t e=pat->nPre; e<pat->nElem; e++){
    const PatElem *pe = &pV->aElem[pat->iElem+e];
    /* TABARI: a slot ($ + %) may be any distance away, as its words may
    ** in TABARI's matching; brink's own patterns keep a short gap */
    int nGap = pe->bAdjacent ? 0 : (c->bStems && pe->eKind>=PE_TARGET) ? s->nTok : MAX_GAP;
    /* an adjacent actor slot passes over its article and the adjectives
    ** no dictionary reads as part of the actor: "fought the paramilitary
    ** Rapid Support Forces" matches "fight _+" (stop 30) */
    if( pe->bAdjacent && pe->eKind!=PE_WORD && pe->eKind!=PE_ALT && !c->pEng->bPeerVerbs ){
      int j = p;
      if( j<s->nTok && s->aTok[j].eTag==TAG_DT && s->aMenAt[j]<0 ) j++;
      /* ("heavily armed Boko Haram militants") */
      while( j<p+4 && j<s->nTok && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag)
             || (s->aTok[j].eTag==TAG_RB && j+1<s->nTok && (TAG_IS_ADJ(s->aTok[j+1].eTag) || s->aTok[j+1].eTag==TAG_VBN))
             || (s->aTok[j].eTag==TAG_VBN && j>p && s->aTok[j-1].eTag==TAG_RB)) ) j++;
      nGap = j-p;
    }
    if( (nGap = slotReach(c, s, pe, p, nGap))<0 ) return 0;
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
      if( slotStopsAt(c, s, pe, a, p, q, bNounGap) ) break;
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
            int bLoose = 0;
            int iEnd = altMatchAt(c, s, pe, q, aCand, nCand, bAll, &bLoose);
            if( iEnd ){ p = iEnd; bFound = 1; pM->nLoose += bLoose; }
          }
          break;
        case PE_SKIP: {
          int iEnd = skipAt(c, s, q);
          if( iEnd ){ p = iEnd; bFound = 1; }
          break;
        }
        default: {
          /* a passive's target is its subject: the slot right after the
          ** verb passes over the by-agent ("was greeted by Kim Jong-il at
          ** Pyongyang airport", "was urged by the United States to"); only
          ** before more words of the pattern, as a bare "support +" read on
          ** passives codes trade injuries and legal fights ("were being
          ** injured by Japan's unfair trade practices") */
          if( q==p && pe->eKind==PE_TARGET && e+1<pat->nElem && tokIs(tq, "by") && pM->iBy<0
              && passiveVerb(c, s, a, p) && subjectIsActor(s, a) ){
            int iEnd = byAgentEnd(s, q);
            if( iEnd ){ pM->iBy = q; p = iEnd; bFound = 1; break; }
          }
          /* a meeting's slot does not take the country whose border, coast
          ** or city it is held on or in: "delegations met on the Belarusian
          ** border for talks" (stop 31) */
          if( !c->pEng->bPeerVerbs && pat->zCode[0]=='0' && pat->zCode[1]=='4' && brinkGeoPlaceAdj(s, q) ){
            q = p+nGap+1;
            break;
          }
          int iEnd = slotAt(c, s, pat, pe, e, a, p, q, pM);
          if( iEnd<0 ){ q = p+nGap+1; break; }
          if( iEnd>0 ){ p = iEnd; bFound = 1; }
          break;
        }
      }
    }
    /* a word the pattern wants right after the anchor may come after a
    ** time or a place said between: "threatened on Thursday to take all
    ** necessary measures", "offered in Khartoum on Friday to mediate"
    ** (stop 31) */
    if( !bFound && pe->bAdjacent && (pe->eKind==PE_WORD || pe->eKind==PE_ALT) && e==pat->nPre
        && !c->pEng->bPeerVerbs ){
      int q = adjunctsEnd(s, p);
      if( q>p && q<s->nTok ){
        if( pe->eKind==PE_WORD ){
          if( elemRunMatch(s, q, &pV->aWord[pe->iWord], pe->nWord) ){ p = q + pe->nWord; bFound = 1; }
        }else{
          int bLoose = 0;
          int iEnd = altMatchAt(c, s, pe, q, aCand, nCand, bAll, &bLoose);
          if( iEnd ){ p = iEnd; bFound = 1; pM->nLoose += bLoose; }
        }
      }
    }
    /* a passive has its target in its subject: "Thirty Iraqi civilians
    ** were killed in a bomb attack in Baghdad" matches "kill +" (who did
    ** it is for the coder to find, or no one); so does one with a
    ** by-agent, the source the coder finds after "by": "Three Ukrainian
    ** reporters were detained by Russian soldiers" (stop 30) */
    if( !bFound && pe->eKind==PE_TARGET && e==pat->nPre && e+1==pat->nElem && passiveVerb(c, s, a, p)
        && subjectIsActor(s, a) ) bFound = 1;
    if( !bFound ) return 0;
  }
  pM->iEnd = p;
  return 1;
}

/* The end of the times and places said at token p ("on Thursday", "in
** Khartoum on Friday", "today"), else p. */
static int adjunctsEnd(const Sent *s, int p){
  static const char *const azOpen[] = {"on","last","this","next","early","late","in",0};
  for(int n=0; n<3 && p<s->nTok; n++){
    if( brinkTimeAdjunctStart(s, p)==p ){ p++; continue; }
    int k = -1;
    if( inSet(s->aTok[p].zLow, azOpen) ){
      for(int j=p+1; j<s->nTok && j<=p+3; j++){
        if( brinkTimeAdjunctStart(s, j)==p ){ k = j; break; }
      }
    }
    if( k>0 ){ p = k+1; continue; }
    if( (tokIs(&s->aTok[p], "in") || tokIs(&s->aTok[p], "at")) && p+1<s->nTok && (s->aTok[p+1].flags & TOKF_CAP)
        && (s->aTok[p+1].eTag==TAG_NNP || s->aMenAt[p+1]>=0) ){
      int j = p+1;
      while( j<s->nTok && j<p+5 && (s->aTok[j].flags & TOKF_CAP) && (s->aTok[j].eTag==TAG_NNP || s->aMenAt[j]>=0) ) j++;
      p = j;
      continue;
    }
    break;
  }
  return p;
}

/* Words a pattern names literally, not through a synset or alternatives:
** of two patterns otherwise alike, "* DOLLAR" is more specific than
** "* &CURRENCY". */
int brinkLiteralWords(const DictView *pV, const Pattern *pat){
  int n = 0;
  for(uint16_t e=0; e<pat->nElem; e++) if( pV->aElem[pat->iElem+e].eKind==PE_WORD ) n++;
  return n;
}
