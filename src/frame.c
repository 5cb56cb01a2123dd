/*
** frame.c — how an act is framed: done, negated, feared, intended, refused.
**
** framing() reads the words around an anchor ("did not", "fears of",
** "will", "refused to", "if") and says whether the event happened, is only
** feared or hypothetical, is intended (CAMEO's 03x and 13x), or refused
** (12x); refuseCode, futureCode and threatCode map a code to that frame.
** Quotation speakers are found here too.  Part of the coder (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Framing ----------------------------------------------------------- */
/* Framing words before an anchor, in its clause, decide whether the event
** happened (FR_NONE), is negated (FR_NEG), hypothetical (FR_HYPO),
** intended (FR_FUTURE), refused (FR_REFUSE) or only forecast (FR_PREDICT). */

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
int brinkBeforeNounPhrase(const Sent *s, int a, int nMax){
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
** "step up [the] negotiations").  Unlike brinkBeforeNounPhrase, no actor is
** passed over. */
int brinkGovernorBefore(const Sent *s, int a, int nMax){
  int j = a-1;
  while( j>0 && j>=a-nMax && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[j].eTag)
         || s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_CD || s->aTok[j].eTag==TAG_PRPS) ) j--;
  return j;
}

/* Is the anchor at a a noun, or the adjective a compound noun anchor opens
** ("general strike", "martial law")? */
int brinkNounAnchor(const Sent *s, int a){
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
int brinkInfinitiveNotDone(const Sent *s, int a){
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
  /* a plot: "charged five people with plotting to kidnap the health
  ** minister", "conspired to attack" (stop 31) */
  if( a>=2 && tokIs(&s->aTok[a-1], "to") && TAG_IS_VERB(s->aTok[a-2].eTag)
      && (lemIs(&s->aTok[a-2], "plot") || lemIs(&s->aTok[a-2], "conspire") || lemIs(&s->aTok[a-2], "scheme")) ) return 1;
  for(int i=a-2; i>=1 && i>=a-6; i--){
    if( !(tokIs(&s->aTok[i], "little") || tokIs(&s->aTok[i], "nothing")) ) continue;
    for(int k=i+1; k<a; k++) if( tokIs(&s->aTok[k], "to") ) return 1;
  }
  j = a-2;
  while( j>0 && j>=a-5 && (s->aTok[j].flags & TOKF_PUNCT) ) j--;
  if( j>=2 && inSet(s->aTok[j].zLow, azWrongTo) ){
    int k = j-1;
    while( k>0 && (s->aTok[k].eTag==TAG_RB || s->aTok[k].eTag==TAG_DT || (s->aTok[k].flags & TOKF_PUNCT)) ) k--;
    if( k>=1 && inSet(s->aTok[k].zLow, brinkAzBe) ) return 1;
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
    if( (TAG_IS_VERB(s->aTok[i].eTag) && s->aTok[i].eTag!=TAG_VBN && !inSet(s->aTok[i].zLow, brinkAzBe))
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
    if( i>=2 && i>=a-10 && inSet(s->aTok[i-1].zLow, brinkAzBe) ){
      if( (tokIs(u, "likely") || tokIs(u, "unlikely") || tokIs(u, "possible") || tokIs(u, "probable"))
          && tokIs(&s->aTok[i-2], "it") ) return 1;
      if( (tokIs(u, "indications") || tokIs(u, "signs") || tokIs(u, "indication")) && tokIs(&s->aTok[i-2], "there") ) return 1;
    }
    if( ((TAG_IS_NOUN(u->eTag) && inSet(u->zLow, azWorry)) || (TAG_IS_VERB(u->eTag) && inSet(u->zLow, azSuggest)))
        && thatBetween(s, i+1, a) ) return 1;
    /* (a belief's clause with or without "that": "a perception Japan had
    ** reneged"; "the feeling" even when the tagger reads a verb) */
    if( (TAG_IS_NOUN(u->eTag) || (u->eTag==TAG_VBG && i>0 && s->aTok[i-1].eTag==TAG_DT)) && inSet(u->zLow, azBelief) ){
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
int brinkNounSubjectBefore(const Sent *s, int a){
  int i = a-1;
  while( i>=0 && (TAG_IS_VERB(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_MD || s->aTok[i].eTag==TAG_RB
         || s->aTok[i].eTag==TAG_TO) && s->aMenAt[i]<0 ) i--;
  return i>=0 && (s->aTok[i].eTag==TAG_NN || s->aTok[i].eTag==TAG_NNS) && s->aMenAt[i]<0;
}

/* Word lists that more than one of brinkFraming()'s rule helpers reads. */
/* "willing talk with": the "to" dropped */
static const char *const azWilling[] = {"willing","ready","prepared","eager","keen",0};
static const char *const azSoon[] = {"next","upcoming","forthcoming","planned","scheduled",
  "proposed","prospective","impending","pending","looming",0};
static const char *const azRefuse[] = {"unwilling","refused","refuses","refuse","declined",
  "declines","decline","reluctant","rejected","rejects","reject","refusal","wary","loath","loth","hesitant",0};
/* (cuts of aid or trade; "refused to withdraw its troops" refuses to
** de-escalate) */
static const char *const azCut[] = {"cut","reduce","slash","suspend","freeze","curb","trim","block","ban",0};

/* What a rule helper of brinkFraming() or brinkFramingAround() returns
** when its rules leave the frame undecided: the next rule is tried.  (No
** FR_* value of coder.h.) */
enum { FR_UNDECIDED = -1 };

/* The clause a verb anchor sits in, and the modal before a meeting: what a
** proposal's "that" clause asks for, an act at a meeting to come, a
** standing deployment, what "would have" happened. */
static int frameProposedOrUnreal(const Sent *s, int a, int bNoun, int jPre){
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
  return FR_UNDECIDED;
}

/* An act a defeated bid was for, or one only forecast or weighed:
** "optimistic the tax will", "warned there would be", "cutting aid could
** harm". */
static int frameForecastOrDefeated(const Sent *s, int a){
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
  /* an act a request, a call or an offer is for is asked or offered, not
  ** done, whoever grants or refuses it: "approved President Putin's
  ** request to use the armed forces in Ukraine", "turned down Trump's call
  ** for Mexico to wage war on drug cartels" */
  /* (any tag: "call for Mexico to 'wage war'" reads "wage" a noun) */
  if( a>=3 ){
    static const char *const azAskN[] = {"request","requests","call","calls","demand","demands","appeal",
      "appeals","plea","pleas","proposal","proposals","offer","offers","invitation","invitations",
      "permission","authorization","authorisation","mandate",
      /* (and the way cleared for it: "clearing the way for Helsinki to
      ** enter the alliance") */
      "way","path","application","applications","bid","bids",0};
    int j = a-1;
    while( j>0 && j>=a-3 && (s->aTok[j].eTag==TAG_RB || (s->aTok[j].flags & TOKF_QUOTE)) ) j--;
    if( tokIs(&s->aTok[j], "to") && j>=1 ){
      int n = j-1;
      /* ("call for Mexico to": past the one asked and its "for") */
      int k = s->aMenAt[n];
      if( k>=0 && s->aMen[k].iEnd==n+1 ){
        n = s->aMen[k].iStart-1;
        if( n>=1 && tokIs(&s->aTok[n], "for") ) n--; else n = -1;
      }
      if( n>=0 && TAG_IS_NOUN(s->aTok[n].eTag) && inSet(s->aTok[n].zLow, azAskN) ) return FR_HYPO;
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
      || (TAG_IS_VERB(s->aTok[a-1].eTag) && inSet(s->aTok[a-1].zLemma, brinkAzSpeech))) ){
    for(int j=a+1; j<s->nTok && j<=a+8; j++){
      const Tok *u = &s->aTok[j];
      if( u->eTag==TAG_MD ){ if( !tokIs(u, "will") && !tokIs(u, "'ll") ) return FR_HYPO; break; }
      if( (u->flags & TOKF_PUNCT) || TAG_IS_VERB(u->eTag) || u->eTag==TAG_WDT || u->eTag==TAG_WP ) break;
    }
  }
  return FR_UNDECIDED;
}

/* The deed a gerund names after an appeal or a plan, or after blame,
** punishment or thanks: proposed or alleged, not told as done. */
static int frameProposedOrBlamed(const Sent *s, int a){
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
  /* a deed denied in the gerund is not done: "Eritrea denied sending
  ** troops to Tigray" (stop 31) */
  if( s->aTok[a].eTag==TAG_VBG && a>=1 ){
    int k = a-1;
    while( k>0 && s->aTok[k].eTag==TAG_RB ) k--;
    if( TAG_IS_VERB(s->aTok[k].eTag) && (lemIs(&s->aTok[k], "deny") || lemIs(&s->aTok[k], "refute")) ) return FR_HYPO;
  }
  /* a deed one denies a part in, or is accused of a part in, is no act
  ** of the subject's: "denied any involvement in the weekend drone attack
  ** that killed three U.S. soldiers" */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azPart[] = {"involvement","role","part","hand","complicity","responsibility",0};
    static const char *const azDeny[] = {"deny","reject","dismiss","accuse","suspect","blame","allege","disclaim",
      "denial",0};
    int j = brinkGovernorBefore(s, a, 4);
    if( j>=1 && (tokIs(&s->aTok[j], "in") || tokIs(&s->aTok[j], "for")) && inSet(s->aTok[j-1].zLow, azPart) ){
      for(int k=j-2; k>=0 && k>=j-5; k--){
        if( inSet(s->aTok[k].zLemma, azDeny) ) return FR_HYPO;
        if( TAG_IS_FINITE(s->aTok[k].eTag) || tokIs(&s->aTok[k], ";") ) break;
      }
    }
  }
  /* what one is thanked or praised for is the reason, no act of the day:
  ** "was thanked by the Reagan administration for his country's close ...
  ** cooperation with Washington" (thirty-seventh review #98); so is what
  ** one apologises for ("apologised to Putin for the shooting down of a
  ** Russian warplane") */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azThank[] = {"thank","praise","commend","applaud","congratulate","reward","hail",
      "apologise","apologize",0};
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
  return FR_UNDECIDED;
}

/* An act that is only a topic (discussed, guarded against, viewed as,
** investigated) or an aim ("aimed at", "in order to", a bill's purpose). */
static int frameTopicOrAim(const Sent *s, int a, int jPre){
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
    int j = brinkBeforeNounPhrase(s, a, 3);
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
  return FR_UNDECIDED;
}

/* An act someone is asked to take up, or one to come: the purpose of a
** trip or a meeting, talks about to start, plans, "before" and "ahead
** of". */
static int frameAskedOrToCome(const Sent *s, int a){
  /* "urged the president to step up negotiations with the Soviet Union":
  ** a noun act someone is asked to take up is not taken (the appeal is
  ** coded at its own verb; nineteenth review) */
  /* (a compound opened by an adjective too: "to impose a no-fly zone") */
  if( brinkNounAnchor(s, a) ){
    static const char *const azAskTo[] = {"urge","ask","call","press","tell","want","encourage","persuade",
      "advise","invite","request","pressure","lobby","exhort","implore",0};
    int j = brinkGovernorBefore(s, a, 4);
    if( j>=1 && s->aTok[j].eTag==TAG_RP ) j--;               /* "step up", "take up" */
    if( j>=2 && s->aTok[j].eTag==TAG_VB && tokIs(&s->aTok[j-1], "to") ){
      /* (only the one asked between: not "want to point out our support",
      ** the subject's own, nor "told reporters: 'We want to ...'") */
      /* (past a time said between: "asked the Council on Saturday to") */
      int iT = brinkTimeAdjunctStart(s, j-2);
      for(int i=iT>0 && iT<j-2 ? iT-1 : j-3; i>=0 && i>=j-12; i--){
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
    int j = brinkGovernorBefore(s, a, 3);
    if( inSet(s->aTok[a].zLow, azTrip) && tokIs(&s->aTok[j], "of") && j>=1
        && (tokIs(&s->aTok[j-1], "announcement") || tokIs(&s->aTok[j-1], "news")) ) return FR_FUTURE;
  }
  /* talks "about to start", "due to begin" are to come ("crucial
  ** negotiations with Brazil, about to start", twenty-seventh review #23) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    static const char *const azBegin[] = {"start","begin","open","resume","get",0};
    for(int k=a+1; k+2<s->nTok && k<=a+8; k++){
      const Tok *u = &s->aTok[k];
      if( tokIs(u, ";") || (TAG_IS_FINITE(u->eTag) && !inSet(u->zLow, brinkAzBe)) ) break;
      if( (tokIs(u, "about") || tokIs(u, "due") || tokIs(u, "set") || tokIs(u, "scheduled"))
          && tokIs(&s->aTok[k+1], "to") && inSet(s->aTok[k+2].zLemma, azBegin) ) return FR_FUTURE;
    }
  }
  /* ... and so is the purpose of a meeting to come: "will meet Aquino on
  ** April 28 to show continued U.S. support" (twenty-sixth review #73) */
  if( TAG_IS_NOUN(s->aTok[a].eTag) && a>=2 ){
    int j = brinkGovernorBefore(s, a, 3);
    /* (past a people's word too: "to show continued U.S. support") */
    int jV = brinkBeforeNounPhrase(s, a, 5);
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
    int j = brinkGovernorBefore(s, a, 4);
    if( j>=0 && (tokIs(&s->aTok[j], "before") || (j>=1 && tokIs(&s->aTok[j], "of") && tokIs(&s->aTok[j-1], "ahead"))) ){
      int bPast = 0;
      for(int i=a+1; i<s->nTok && i<=a+8 && !bPast; i++) bPast = tokIs(&s->aTok[i], "last") || tokIs(&s->aTok[i], "ago");
      if( !bPast ) return FR_FUTURE;
    }
  }
  return FR_UNDECIDED;
}

/* Options still weighed, allegations, background ("despite"), standing
** ties and states, hedges and habits told before the anchor. */
static int frameAllegedOrStanding(const Sent *s, int a, int bNoun, int jPre, int bOwnNamed){
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
  return FR_UNDECIDED;
}

/* An act called for, voted, tried, counted, offered as an option,
** pressed for, left aside or set out for: not the day's deed. */
static int frameCalledForOrCounted(const Sent *s, int a){
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
    int j = brinkBeforeNounPhrase(s, a, 4);
    if( j>=2 && TAG_IS_VERB(s->aTok[j].eTag) && tokIs(&s->aTok[j-1], "to")
        && (tokIs(&s->aTok[j-2], "tried") || tokIs(&s->aTok[j-2], "attempted")) ) return FR_FUTURE;
  }
  /* "has threatened or implemented retaliation eight times in 18 months":
  ** a count of acts over a span, no act of the day (sixteenth review #72) */
  for(int i=a+1; i+1<s->nTok && i<=a+10; i++){
    if( tokIs(&s->aTok[i], ";") ) break;
    /* (a count in a gerund's clause is the gerund's: "accused Seoul of
    ** flying drones over Pyongyang three times" is one accusation) */
    if( (tokIs(&s->aTok[i], "of") || tokIs(&s->aTok[i], "for")) && s->aTok[i+1].eTag==TAG_VBG ) break;
    if( (tokIs(&s->aTok[i+1], "times") || tokIs(&s->aTok[i+1], "occasions")) && ((s->aTok[i].flags & TOKF_NUM)
        || s->aTok[i].eTag==TAG_CD || tokIs(&s->aTok[i], "several") || tokIs(&s->aTok[i], "many")) ) return FR_HYPO;
  }
  /* "another option being considered is to refuse new licences": an
  ** option, not a deed (sixteenth review #58) */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && inSet(s->aTok[a-2].zLow, brinkAzBe) ){
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
      if( inSet(s->aTok[i].zLow, brinkAzBe) && tokIs(&s->aTok[i+1], "not")
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
  return FR_UNDECIDED;
}

/* A participle used as an adjective, a deed answered or retold ("in
** response to", "such"), a condition ("in the event of"). */
static int frameParticipleOrAnswer(const Sent *s, int a, int bNoun, int jPre){
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
    int j = brinkBeforeNounPhrase(s, a, 4), bNamed = 0;
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
  return FR_UNDECIDED;
}

/* The deed an invitation, an offer or a call is for, and a noun act
** sought, proposed or to be obtained. */
static int frameInvitedOrSought(const Sent *s, int a){
  /* the deed an invitation or an offer is for is not done: "Reagan's
  ** invitation to Gorbachev to visit the United States"; once accepted it
  ** is intended ("accepted an invitation to visit Beijing") */
  /* (and so is a noun act such a deed takes: "brought pressure on the IMF
  ** to approve a loan package for Mexico", twenty-sixth review #28) */
  int vTo = a;
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int jG = brinkGovernorBefore(s, a, 3);
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
    int j = brinkBeforeNounPhrase(s, a, 5);
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azSeek) ) return FR_HYPO;
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azPropose) ) return FR_FUTURE;
    /* ... and so is one an infinitive aims to obtain: "sold arms to Iran to
    ** gain release of hostages", "in a bid to secure a ceasefire" */
    static const char *const azObtain[] = {"gain","secure","win","obtain","achieve","attain","get",0};
    if( j>=1 && TAG_IS_VERB(s->aTok[j].eTag) && inSet(s->aTok[j].zLemma, azObtain) && tokIs(&s->aTok[j-1], "to") ) return FR_HYPO;
  }
  return FR_UNDECIDED;
}

/* An aim ("goal is to"), a denied object ("raised no"), a noun act's own
** modifiers ("possible", "repeated"; one to come sets *pE), an indirect
** question. */
static int frameAimOrModifier(const Sent *s, int iFrom, int a, int bNoun, int *pE){
  /* "Iran's main goal is to occupy Basra": an aim, not a deed */
  if( a>=3 && tokIs(&s->aTok[a-1], "to") && inSet(s->aTok[a-2].zLow, brinkAzBe) ){
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
    if( inSet(t->zLow, azSoon) && i<iFrom ) *pE = FR_FUTURE;
  }
  /* "refused to say how the U.S. will beef up its task force": an act in
  ** an indirect question is not told (twenty-eighth review #84) */
  for(int k=a-1; k>=2 && k>=a-10; k--){
    if( tokIs(&s->aTok[k], ";") ) break;
    if( (tokIs(&s->aTok[k], "how") || tokIs(&s->aTok[k], "whether")) && TAG_IS_VERB(s->aTok[k-1].eTag)
        && inSet(s->aTok[k-1].zLemma, brinkAzSpeech) && tokIs(&s->aTok[k-2], "to") ) return FR_HYPO;
  }
  return FR_UNDECIDED;
}

/* Is the "will" or "would" at i the one of a measure announced or decided
** ("announced Wednesday it would prohibit all aid", "said on Monday it had
** decided it will expel"): a past verb of announcing before its subject
** (past a time), and a measure at the anchor a (a ban, a cut, sanctions,
** an expulsion)? */
static int announcedMeasure(const Sent *s, int i, int a){
  static const char *const azMeasure[] = {"impose","prohibit","ban","suspend","halt","cut","sever","expel",
    "freeze","deny","restrict","boycott","recall","close",0};
  static const char *const azAnnounce[] = {"announce","decide","declare","order",0};
  if( !inSet(s->aTok[a].zLemma, azMeasure) ) return 0;
  int j = i-1;
  if( j>=0 && (s->aTok[j].eTag==TAG_PRP || (s->aMenAt[j]>=0 && s->aMen[s->aMenAt[j]].zCode[0])) ){
    if( s->aMenAt[j]>=0 ) j = s->aMen[s->aMenAt[j]].iStart;
    j--;
  }else return 0;
  if( j>=0 && tokIs(&s->aTok[j], "that") ) j--;
  if( j>=0 ){
    int iT = brinkTimeAdjunctStart(s, j);
    if( iT>=0 ) j = iT-1;
  }
  return j>=0 && s->aTok[j].eTag==TAG_VBD && inSet(s->aTok[j].zLemma, azAnnounce);
}

/* The scan of the framing words in the anchor's clause before it:
** habit, negation, modals, fear, ability, refusal, intent and forecast.
** Keeps the frame found in *pE, or returns one that settles it. */
static int frameScanBefore(const Sent *s, int iFrom, int a, int bNoun, int *pE){
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
  int e = *pE;
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
      if( k+1<s->nTok && tokIs(&s->aTok[k+1], "to") && brinkTimeAdjunctStart(s, k)==i+1 ) bTo = 1;
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
    if( inSet(t->zLow, brinkAzNeg) ) e = e==FR_FUTURE ? FR_REFUSE : FR_NEG;   /* "will not meet" refuses */
    /* ("the U.S. May be able to lift": a capital after "U.S." is still the
    ** modal when a verb follows) */
    else if( inSet(t->zLow, brinkAzModal) && !(tokIs(t, "may") && (t->flags & TOKF_CAP) && !(t->flags & TOKF_FIRST)
             && !(i+1<s->nTok && (s->aTok[i+1].eTag==TAG_VB || tokIs(&s->aTok[i+1], "not")))) ) return FR_HYPO;
    else if( inSet(t->zLow, brinkAzFear) ) return FR_HYPO;
    /* the same fear or proposal within the clause (hedgedBefore) */
    else if( (inSet(t->zLow, azWorry) || inSet(t->zLow, azSuggest)) && thatBetween(s, i+1, a) ) return FR_HYPO;
    else if( bTo && inSet(t->zLow, azAble) ) return FR_HYPO;
    /* "has yet to attack": not done yet */
    else if( bTo && tokIs(t, "yet") && i>=1 && lemIs(&s->aTok[i-1], "have") ) e = FR_NEG;
    /* "is likely to", "is expected to": someone's forecast, not the
    ** actor's intent (the caller reads it as brinkFramingAround's) */
    else if( bTo && (tokIs(t, "likely") || tokIs(t, "expected") || tokIs(t, "unlikely") || tokIs(t, "certain")
             || tokIs(t, "sure") || tokIs(t, "bound")) ) e = (tokIs(t, "unlikely") || e==FR_NEG) ? FR_HYPO : FR_PREDICT;
    else if( inSet(t->zLow, azRefuse) && (bTo || i+1==a
             || (i+2==a && tokIs(&s->aTok[i+1], "of") && s->aTok[a].eTag==TAG_VBG)) ) e = FR_REFUSE;
    /* (a decision to allow, lift or grant is the allowing: "the Supreme
    ** Court decided to allow candidate Ouattara to run" is done, 081; so is
    ** one to break relations) */
    else if( bTo && lemIs(t, "decide") && TAG_IS_VERB(t->eTag) && t->eTag!=TAG_VB && inSet(s->aTok[a].zLemma, azPermit)
             && tokIs(&s->aTok[a-1], "to") && !verbBetween(s, i+1, a-1) ){}
    /* (and so is an agreement of its members to impose or expel: "the
    ** European Union agreed on Tuesday to impose sanctions on Russia") */
    else if( bTo && lemIs(t, "agree") && TAG_IS_VERB(t->eTag) && t->eTag!=TAG_VB
             && (lemIs(&s->aTok[a], "impose") || lemIs(&s->aTok[a], "expel"))
             && tokIs(&s->aTok[a-1], "to") && !verbBetween(s, i+1, a-1) ){}
    /* (and so is a measure a government announced it would take: "The
    ** United States announced Wednesday it would prohibit all aid to
    ** Albanian rebels" is the ban decided, 16x, no threat; stop 30) */
    else if( (tokIs(t, "will") || tokIs(t, "would")) && announcedMeasure(s, i, a) ){}
    else if( inSet(t->zLow, azFuture) && (tokIs(t, "will") || tokIs(t, "'ll") || tokIs(t, "shall")
             || tokIs(t, "would") || bTo || plannedNoun(s, i, a)) ) e = e==FR_NEG ? FR_REFUSE : FR_FUTURE;
    /* "expect closer economic ties with Japan": a noun act expected or
    ** hoped for is no intent either (twenty-third review #86); but the
    ** subject of a clause of its own is hoped about: "hopes his visit to
    ** Washington will help" */
    else if( bNoun && TAG_IS_FINITE(t->eTag) && inSet(t->zLow, azExpect) && !clauseAfter(s, a) ) return FR_HYPO;
    /* what one does not expect or foresee is no refusal: "He did not
    ** foresee an expansion of lending to India" (census rejects) */
    else if( inSet(t->zLow, azExpect) && TAG_IS_VERB(t->eTag) && e==FR_NEG ) return FR_HYPO;
    /* "next week's visit", "the upcoming talks", "a planned meeting";
    ** "expect to meet": to come, not done */
    else if( inSet(t->zLow, azSoon) || (inSet(t->zLow, azExpect) && TAG_IS_VERB(t->eTag)) ) e = e==FR_NEG ? FR_REFUSE : FR_FUTURE;
  }
  *pE = e;
  return FR_UNDECIDED;
}

/* What the words after the scan make of its frame e: a noun dated by a
** past day, "is to", "ruled out", "continue to", "no", "any", "failed
** to".  Returns the frame. */
static int frameAmend(const Sent *s, int a, int e){
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
  return e;
}

/* A group's struggle in a relative clause, and a noun anchor framed by
** what governs it: foreseen, a pretext, a warning, a risk, a target,
** pressure; a refusal to cut. */
static int frameStruggleOrGoverned(const Sent *s, int a){
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
  if( brinkNounAnchor(s, a) ){
    int j = brinkBeforeNounPhrase(s, a, 5);
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
    if( j>=1 && tokIs(&s->aTok[j], "of") && TAG_IS_NOUN(s->aTok[j-1].eTag) && inSet(s->aTok[j-1].zLow, brinkAzFear) ) return FR_HYPO;
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
  return FR_UNDECIDED;
}

/* Agreement on a view, which is no intent. */
static int frameAgreedView(const Sent *s, int a){
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
        if( inSet(u->zLow, brinkAzBe) ){
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
  return FR_UNDECIDED;
}

/* A condition opening the clause: "if", "unless", "provided", "as long
** as", "once". */
static int frameCondition(const Sent *s, int a){
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
  return FR_UNDECIDED;
}

/* The frame of anchor a, whose clause starts at iFrom: the rule helpers
** above, tried in order, then the scan of its clause and what amends it. */
int brinkFraming(const Sent *s, int iFrom, int a){
  int e = FR_NONE, r;
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
  if( (r = frameProposedOrUnreal(s, a, bNoun, jPre))!=FR_UNDECIDED ) return r;
  if( (r = frameForecastOrDefeated(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameProposedOrBlamed(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameTopicOrAim(s, a, jPre))!=FR_UNDECIDED ) return r;
  if( (r = frameAskedOrToCome(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameAllegedOrStanding(s, a, bNoun, jPre, bOwnNamed))!=FR_UNDECIDED ) return r;
  if( (r = frameCalledForOrCounted(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameParticipleOrAnswer(s, a, bNoun, jPre))!=FR_UNDECIDED ) return r;
  if( (r = frameInvitedOrSought(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameAimOrModifier(s, iFrom, a, bNoun, &e))!=FR_UNDECIDED ) return r;
  if( (r = frameScanBefore(s, iFrom, a, bNoun, &e))!=FR_UNDECIDED ) return r;
  e = frameAmend(s, a, e);
  if( (r = frameStruggleOrGoverned(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameAgreedView(s, a))!=FR_UNDECIDED ) return r;
  if( (r = frameCondition(s, a))!=FR_UNDECIDED ) return r;
  return e;
}

/* What a forecast (FR_PREDICT: "is likely to", "expect X to", a noun
** subject of a modal: "talks will resume") of the act zCode, matched at
** tokens a..iEnd-1, makes of it: of cooperation (03-08) an intent to come,
** FR_FUTURE, of anything else no event, FR_HYPO.  What an accord named by
** the noun anchor "will" or "should" do is its effect, not an intent ("the
** free trade agreements with Canada and Israel should help", eighth review
** #95; "are expected to sign an agreement" is planned). */
int brinkForecastFrame(const Sent *s, const char *zCode, int a, int iEnd){
  static const char *const azPact[] = {"agreement","accord","pact","treaty","deal",0};
  if( !(zCode[0]=='0' && zCode[1]>='3' && zCode[1]<='8') ) return FR_HYPO;
  int bNoun = TAG_IS_NOUN(s->aTok[a].eTag) || TAG_IS_ADJ(s->aTok[a].eTag);
  for(int i=a; bNoun && i<iEnd && i<s->nTok; i++) if( inSet(s->aTok[i].zLemma, azPact) ) return FR_HYPO;
  return FR_FUTURE;
}

/* Does "this week" or "this weekend" start at token i? */
static int thisWeekAt(const Sent *s, int i){
  return i+1<s->nTok && tokIs(&s->aTok[i], "this") && (tokIs(&s->aTok[i+1], "week") || tokIs(&s->aTok[i+1], "weekend"));
}

/* Another's act forecast ("expect Iran to attack"), and a verb that
** shares a clause's future ("when they meet", ", flying to Japan"). */
static int aroundForecastOrFuture(const Sent *s, int a){
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
  return FR_UNDECIDED;
}

/* A standing state ("for years"), a quarrel's topic, and what one is kept
** from, stops or puts off doing. */
static int aroundStandingOrKeptFrom(const Sent *s, int a){
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
  return FR_UNDECIDED;
}

/* A noun act averted or triggered, a war after a preposition, and what a
** thing named before "which" would do. */
static int aroundAvertedOrForeseen(const Sent *s, int a){
  /* a noun act that someone averts, prevents, bars or halts, or that
  ** something could trigger, is none of that one's doing, and may not
  ** happen: "head off U.S.-led pressure on Bonn", "to halt attacks such as
  ** that of October 16" (eighth review #86), "to bar selective sanctions
  ** against Pretoria" (seventeenth #61), "bills that could trigger
  ** retaliation by the EC" (thirteenth #9) */
  if( brinkNounAnchor(s, a) ){
    static const char *const azStop[] = {"avert","prevent","avoid","forestall","halt","stop","deter","bar","block",
      "veto","thwart","foil","trigger","provoke","spark","invite","risk","prompt",0};
    static const char *const azOff[] = {"head","ward","stave","fend",0};
    static const char *const azActs[] = {"act","acts","campaign","wave","series","spate","threat",0};
    int i = brinkBeforeNounPhrase(s, a, 5);
    /* (past "acts of": "ordered Israel to prevent acts of genocide") */
    if( i>=2 && tokIs(&s->aTok[i], "of") && inSet(s->aTok[i-1].zLow, azActs) ) i = brinkBeforeNounPhrase(s, i-1, 5);
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
  return FR_UNDECIDED;
}

/* A noun act that is the reason for another act is none of that act's
** doer's doing: "imposed sanctions on Iran's morality police over the
** crackdown on protesters", "sanctions on two commanders over atrocities
** in Darfur", "vowed harsh punishment for the killing of Hamas leader
** Ismail Haniyeh"; nor is the act one accuses another of: "accused the
** Rapid Support Forces of looting hospitals" (held-out set 5, stop 30). */
static int aroundReason(const Sent *s, int a){
  static const char *const azForWhat[] = {"sanction","punish","punishment","condemn","criticize","criticise",
    "blame","denounce","censure","rebuke","protest","summon","expel","arrest","detain","sentence","convict",
    "jail","fine","retaliate","retaliation","revenge","avenge","accuse","charge","indict","prosecute",
    "sanctions","compensation","apologize","apologise","apology",0};
  static const char *const azOfWhat[] = {"accuse","suspect","convict","charge","indict","acquit","guilty",0};
  int bNoun = brinkNounAnchor(s, a);
  if( !bNoun && s->aTok[a].eTag!=TAG_VBG ) return FR_UNDECIDED;
  int i = bNoun ? brinkGovernorBefore(s, a, 5) : a-1;
  if( i<1 || !(tokIs(&s->aTok[i], "over") || tokIs(&s->aTok[i], "for") || tokIs(&s->aTok[i], "of")) ) return FR_UNDECIDED;
  int bOver = tokIs(&s->aTok[i], "over");
  /* (a verb of the clause before it: "over" after an act; "for" or "of"
  ** after one that takes a reason or an alleged deed) */
  for(int j=i-1; j>=0 && j>=i-14; j--){
    const Tok *u = &s->aTok[j];
    if( tokIs(u, ";") || tokIs(u, ":") || tokIs(u, "that") ) break;
    if( tokIs(&s->aTok[i], "of") ){
      if( inSet(u->zLemma, azOfWhat) ) return FR_HYPO;
      continue;
    }
    if( bOver && bNoun && (TAG_IS_FINITE(u->eTag) || u->eTag==TAG_VBN) && !inSet(u->zLemma, brinkAzBe) ) return FR_HYPO;
    if( !bOver && inSet(u->zLemma, azForWhat) ) return FR_HYPO;
  }
  return FR_UNDECIDED;
}

/* A noun act that a verb of obstruction or attack takes as its object is
** someone else's, blocked or hit, not the subject's: "threatened to target
** Western weapons deliveries to Ukraine", "Hungary blocked an EU aid
** package for Ukraine" (stop 31). */
static int aroundObstructed(const Sent *s, int a){
  static const char *const azObstruct[] = {"target","attack","strike","hit","bomb","destroy","block",
    "halt","stop","disrupt","intercept","obstruct","sabotage","impede","hamper","thwart",0};
  if( !brinkNounAnchor(s, a) ) return FR_UNDECIDED;
  int j = brinkGovernorBefore(s, a, 5);
  while( j>0 && j>=a-6 && (s->aTok[j].eTag==TAG_NNP || s->aTok[j].eTag==TAG_NNS) && s->aMenAt[j]<0 ) j--;
  if( j<1 || !TAG_IS_VERB(s->aTok[j].eTag) || !s->aTok[j].zLemma || !inSet(s->aTok[j].zLemma, azObstruct) ) return FR_UNDECIDED;
  return FR_HYPO;
}

/* The words right before the clause's subject: fear, a condition, a
** claim's content, a denial, a report, a hope. */
static int aroundBeforeSubject(const Sent *s, int iSubjStart, int a){
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
    if( inSet(t->zLow, brinkAzFear) ) return FR_HYPO;
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
        if( inSet(s->aTok[k].zLemma, brinkAzBe) ){
          int m = k+1;
          while( m<s->nTok && (s->aTok[m].eTag==TAG_RB || (s->aTok[m].flags & TOKF_PUNCT)) && !tokIs(&s->aTok[m], ";") ) m++;
          if( m<s->nTok && inSet(s->aTok[m].zLow, azFalse) ) return FR_HYPO;
        }
      }
    }
    if( TAG_IS_VERB(t->eTag) && inSet(t->zLow, azHope) ) return FR_FUTURE;
    break;
  }
  return FR_UNDECIDED;
}

/* The clause's subject denied ("none of", "neither"), and a past or a
** habit told before or after the act. */
static int aroundDeniedOrPast(const Sent *s, int iSubjStart, int a){
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
  return FR_UNDECIDED;
}

/* A noun anchor that is the subject of a modal (a forecast), or of "is
** out of the question" (a refusal). */
static int aroundAnchorAsSubject(const Sent *s, int a){
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
    if( i<s->nTok && inSet(s->aTok[i].zLow, brinkAzBe) ){
      i++;
      while( i<s->nTok && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, brinkAzNeg) ) i++;
      if( i+3<s->nTok && tokIs(&s->aTok[i], "out") && tokIs(&s->aTok[i+1], "of") && tokIs(&s->aTok[i+2], "the")
          && tokIs(&s->aTok[i+3], "question") ) return FR_REFUSE;
      if( i+1<s->nTok && tokIs(&s->aTok[i], "ruled") && tokIs(&s->aTok[i+1], "out") ) return FR_REFUSE;
      if( i+2<s->nTok && tokIs(&s->aTok[i], "not") && (tokIs(&s->aTok[i+1], "an") || tokIs(&s->aTok[i+1], "a"))
          && tokIs(&s->aTok[i+2], "option") ) return FR_REFUSE;
    }
  }
  return FR_UNDECIDED;
}

/* The anchor's tense, as the time rules of brinkFramingAround() read it. */
typedef struct AroundTense AroundTense;
struct AroundTense {
  int bPresent;     /* a present tense (or a gerund) at the anchor */
  int bSchedule;    /* a present tense that may tell a schedule */
  int iVerb;        /* that present tense: the anchor or the verb before its noun */
};

/* Read the tense of anchor a into *pT: a present tense, and whether it
** (or the present tense a noun anchor follows) may tell a schedule. */
static void aroundTense(const Sent *s, int a, AroundTense *pT){
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
    if( (u->eTag==TAG_VBZ || u->eTag==TAG_VBP) && !inSet(u->zLow, brinkAzBe) && !lemIs(u, "have") ){ bSchedule = 1; iVerb = i; }
    if( TAG_IS_FINITE(u->eTag) ) break;
  }
  pT->bPresent = bPresent;
  pT->bSchedule = bSchedule;
  pT->iVerb = iVerb;
}

/* A visit, a meeting or talks scheduled: under "when", "due ...
** tomorrow", "will be", "this week", "tomorrow"; or only "under
** consideration". */
static int aroundScheduled(const Sent *s, int a, const AroundTense *pT){
  int bSchedule = pT->bSchedule, iVerb = pT->iVerb;
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
      if( inSet(t->zLow, brinkAzBe) && tokIs(&s->aTok[i+1], "under") && inSet(s->aTok[i+2].zLow, azWeighed) ) return FR_HYPO;
      break;
    }
  }
  return FR_UNDECIDED;
}

/* A time still to come after the anchor: "next week", "tomorrow",
** "later this month", a weekday or a date after the story's. */
static int aroundTimeAfter(const Sent *s, int a, int32_t iStory, const AroundTense *pT){
  int bPresent = pT->bPresent, bSchedule = pT->bSchedule;
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
      if( !bPresent && inSet(t->zLow, brinkAzBe) && i+1<s->nTok ){
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
  return FR_UNDECIDED;
}

/* Framing that brinkFraming() does not see, before the clause's subject or
** after a noun anchor: "it was also possible the U.S. would reimpose"
** (hypothetical), "his visit to Washington later this week" (to come). */
int brinkFramingAround(const Sent *s, int iSubjStart, int a, int32_t iStory){
  AroundTense tense;
  int r;
  if( (r = aroundForecastOrFuture(s, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundStandingOrKeptFrom(s, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundAvertedOrForeseen(s, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundReason(s, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundObstructed(s, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundBeforeSubject(s, iSubjStart, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundDeniedOrPast(s, iSubjStart, a))!=FR_UNDECIDED ) return r;
  if( (r = aroundAnchorAsSubject(s, a))!=FR_UNDECIDED ) return r;
  aroundTense(s, a, &tense);
  if( (r = aroundScheduled(s, a, &tense))!=FR_UNDECIDED ) return r;
  if( (r = aroundTimeAfter(s, a, iStory, &tense))!=FR_UNDECIDED ) return r;
  return FR_NONE;
}

/* CAMEO's code for refusing an action: "refused to meet" is 125 (reject a
** proposal to meet), "refused to withdraw" 1246.  NULL: refusing it is no
** event ("refused to attack"; and "will not ask Tokyo to liberalize", an
** appeal not made, rejects nothing Tokyo asked). */
const char *brinkRefuseCode(const char *zCode){
  static const struct { const char *zFrom, *zTo; } aMap[] = {
    {"081","1241"}, {"082","1242"}, {"0831","1231"}, {"0832","1232"}, {"0833","1233"}, {"0834","1234"},
    {"083","123"}, {"084","1243"}, {"085","1244"}, {"086","1245"}, {"087","1246"},
    {"045","126"}, {"04","125"}, {"036","125"}, {"038","126"}, {"06","121"}, {"07","122"},
    {"08","124"}, {"05","120"}, {"03","120"}, {"01","120"},
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
const char *brinkFutureCode(const char *zCode){
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

/* "IRNA quoted Oil Minister Gholamreza Aqazadeh as saying": the one quoted
** is the speaker of the verb of saying at i, not the agency.  A mention
** index, or -1. */
int brinkQuotedSpeaker(const Sent *s, int i){
  if( i<2 || !tokIs(&s->aTok[i-1], "as") ) return -1;
  int j = i-2;   /* past the name to its title */
  while( j>0 && s->aMenAt[j]<0 && s->aTok[j].eTag==TAG_NNP && j>i-6 ) j--;
  int k = s->aMenAt[j];
  if( k<0 || s->aMen[k].iEnd!=j+1 || !s->aMen[k].zCode[0] ) return -1;
  int g = s->aMen[k].iStart - 1;
  while( g>=0 && (s->aTok[g].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[g].eTag) || s->aTok[g].eTag==TAG_NNP) && s->aMenAt[g]<0 ) g--;
  if( g<0 || !lemIs(&s->aTok[g], "quote") ) return -1;
  return (int)(brinkGroupHead(s, &s->aMen[k]) - s->aMen);
}

/* The speaker of a quotation in this sentence: the actor just after a speech
** verb ("said the secretary-general") or just before it ("Biden said"). */
int brinkFindSpeaker(const Sent *s){
  for(int i=0; i<s->nTok; i++){
    const Tok *t = &s->aTok[i];
    if( (t->flags & TOKF_INQUOTE) || !TAG_IS_VERB(t->eTag) || !inSet(t->zLemma, brinkAzSpeech) ) continue;
    int kQ = brinkQuotedSpeaker(s, i);
    if( kQ>=0 ) return kQ;
    /* after: "said the secretary-general of the alliance, Jens Stoltenberg"
    ** (but after "told" comes the one told: "told reporters") */
    int bTold = lemIs(t, "tell") || lemIs(t, "inform") || lemIs(t, "brief") || lemIs(t, "assure");
    if( bTold ){
      int k = brinkFindSubject(s, i, 0);
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
int brinkEmitGroups(brink_coder *c, const Sent *s, int iSrc, int iTgt, const char *zCode){
  int gS = s->aMen[iSrc].iGroup, gT = s->aMen[iTgt].iGroup;
  for(int x=0; x<s->nMen; x++){
    if( s->aMen[x].iGroup!=gS ) continue;
    for(int y=0; y<s->nMen; y++){
      if( s->aMen[y].iGroup!=gT || y==x ) continue;
      int rc = brinkEmit(c, s, &s->aMen[x], &s->aMen[y], zCode, 0);
      if( rc ) return rc;
    }
  }
  return BRINK_OK;
}

/* A conditional promise is a threat: conflict actions keep their threat
** (brinkFutureCode gives 13x for them); withdrawing cooperation or aid threatens
** to reduce relations (131x); anything else is an unspecified threat (130). */
const char *brinkThreatCode(const char *zCode){
  const char *z = brinkFutureCode(zCode);
  if( z[0]=='1' && z[1]=='3' ) return z;
  if( strncmp(zCode, "087", 3)==0 || strncmp(zCode, "16", 2)==0 ) return "131";
  return "130";
}

/* The subject of an "if" or "unless" clause after token i, in i's clause,
** when it is an actor other than iSrc's: "if the United States goes ahead"
** (the subject right after the conjunction, then its verb); -1 if none. */
int brinkConditionSubject(const Sent *s, int i, int iSrc){
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
    if( s->aMen[k].iGroup==s->aMen[iSrc].iGroup || brinkCodesRelated(s->aMen[k].zCode, s->aMen[iSrc].zCode) ) return -1;
    return (int)(brinkGroupHead(s, &s->aMen[k]) - s->aMen);
  }
  return -1;
}
