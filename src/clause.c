/*
** clause.c — clause structure: whose act a verb or noun is.
**
** findSubject walks back from an anchor to the actor that does it (past
** relative clauses, appositives, reported speech and subordinate clauses);
** the helpers here tell objects from subjects, time adjuncts from places,
** and a long-past narrative from the day's news.  Part of the coder
** (coder.h).
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Clause structure -------------------------------------------------- */
/* Words that open a subordinate clause (a noun after them and its
** modifiers is that clause's subject, no object). */
static const char *const azSubordinator[] = {"as","while","when","after","before","since","because",
  "although","though","until","whereas",0};

/* The token before the modifiers of the noun at i, at most n of them:
** articles, adjectives, numbers and nouns no actor holds ("after border
** clashes": "after"); i-1 when there are none. */
static int beforeModifiers(const Sent *s, int i, int n){
  int j = i-1;
  while( j>=0 && j>=i-n && s->aMenAt[j]<0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_DT
         || s->aTok[j].eTag==TAG_CD || s->aTok[j].eTag==TAG_NN) ) j--;
  return j;
}

int brinkBeBefore(const Sent *s, int v){
  for(int j=v-1; j>=0 && j>=v-3; j--){
    if( inSet(s->aTok[j].zLow, brinkAzBe) ) return 1;
    if( s->aTok[j].eTag!=TAG_RB ) return 0;
  }
  return 0;
}

int brinkCountryCoded(const char *z){
  return strlen(z)>=3 && z[0]!='-' && strncmp(z, "IGO", 3)!=0 && strncmp(z, "NGO", 3)!=0 && strncmp(z, "IMG", 3)!=0;
}

/* Is the noun anchor at a the event someone was harmed in, after a
** passive verb of harm and "in" or "during" ("were killed in riots",
** "were arrested during protests")? */
int brinkHarmedIn(const Sent *s, int a){
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
  return brinkBeBefore(s, i);
}

/* If the words from iFrom back to a comma open with a determiner after it
** and hold no verb and no "and", an appositive ("Pakistan, a key U.S.
** ally ..."), or open with "due to", "expected to" and the like: the
** index of that comma (at least 1), else -1. */
int brinkAppositiveComma(const Sent *s, int iFrom){
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
/* Kinds of place a name may follow or be told by: "the capital Dili",
** "the town of Bucha", "the Saudi capital Riyadh". */
/* Parts of a place, as lemmas: "residential areas of Kharkiv", "the
** outskirts of Kyiv" are in it. */
const char *const brinkAzPlacePart[] = {"area","neighbourhood","neighborhood","suburb","outskirts","outskirt","centre",
  "center","part","street","quarter","airport","edge",0};
const char *const brinkAzPlaceKind[] = {"capital","city","town","port","village","province","district",
  "region",0};

int brinkIsObjectLike(const Sent *s, const Mention *m){
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
    if( (t->eTag==TAG_NN || tokIs(t, "of")) && i>0 ){
      int j = tokIs(t, "of") ? i-1 : i;
      if( inSet(s->aTok[j].zLow, brinkAzPlaceKind) ){
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
  /* (a phrasal verb's particle: "shot down two Indian jets") */
  if( t->eTag==TAG_RP && i>0 && TAG_IS_VERB(s->aTok[i-1].eTag) ) return 1;
  /* "talks between banks and Mexico": the second of a pair "between" whose
  ** first no dictionary knows is governed by "between" all the same */
  if( tokIs(t, "and") && i>=2 && s->aMenAt[i-1]<0 && (s->aTok[i-1].eTag==TAG_NNS || s->aTok[i-1].eTag==TAG_NN)
      && tokIs(&s->aTok[i-2], "between") ) return 1;
  /* a compound member takes the role of its group's head: handled by caller */
  return 0;
}

/* First mention of the same group (the group's head). */
const Mention *brinkGroupHead(const Sent *s, const Mention *m){
  for(int k=0; k<s->nMen; k++) if( s->aMen[k].iGroup==m->iGroup ) return &s->aMen[k];
  return m;
}

int brinkGroupEnd(const Sent *s, int k){
  int e = s->aMen[k].iEnd;
  for(int x=k+1; x<s->nMen && s->aMen[x].iGroup==s->aMen[k].iGroup; x++) e = s->aMen[x].iEnd;
  return e;
}

/* If token i ends a time adjunct ("on Tuesday", "last week", "today",
** "on April 13"), the index of its first token, else -1. */
int brinkTimeAdjunctStart(const Sent *s, int i){
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
    /* (a bare weekday right after its verb, as American wire copy writes
    ** it: "announced Wednesday it would") */
    if( j==i && TAG_IS_VERB(p->eTag) && brinkWeekdayOf(t->zLow)>=0 ) return j;
  }
  return -1;
}

/* What a subject rule below returns when it decides nothing: the next rule
** is tried.  (The rules return a mention index, -1 or -2 otherwise, as
** brinkFindSubject does.) */
#define SUBJ_UNDECIDED (-3)

/* A verb after ", which" whose antecedent is no actor, an actor only in a
** preposition's phrase after it: -2. */
static int subjectOfWhich(const Sent *s, int a){
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
  return SUBJ_UNDECIDED;
}

/* A noun anchor after a people's adjective ("the Israeli raid"): that
** people's mention. */
static int subjectByPeople(const Sent *s, int a){
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
      if( ((m->flags & ACTF_ADJ) || bAbbr || bByOn) && !inSet(m->zCode, azRegion) ) return (int)(brinkGroupHead(s, m) - s->aMen);
    }
  }
  return SUBJ_UNDECIDED;
}

/* A noun anchor after an actor's possessive ("Chile's invasion"): that
** actor's mention. */
static int subjectByPossessive(const Sent *s, int a){
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
      return (int)(brinkGroupHead(s, &s->aMen[k]) - s->aMen);
    }
  }
  return SUBJ_UNDECIDED;
}

/* A noun anchor that opens a subordinate clause of its own: -2. */
static int nounOpensClause(const Sent *s, int a){
  /* a noun anchor that opens a clause of its own ("... as shells kept
  ** crashing into the port", "while attacks went on"): the clause names no
  ** one behind it */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    /* (past a noun modifier: "after border clashes with Azerbaijan killed
    ** at least 49 of its soldiers") */
    int j = beforeModifiers(s, a, 3);
    /* (the noun must be the clause's subject, its verb right after it:
    ** "after talks with Canada" is a preposition's object; so may a
    ** partner named by "with" come between: "clashes with Azerbaijan
    ** killed") */
    int v = a+1;
    if( v+1<s->nTok && tokIs(&s->aTok[v], "with") && s->aMenAt[v+1]>=0 ) v = brinkGroupEnd(s, s->aMenAt[v+1]);
    while( v<s->nTok && s->aTok[v].eTag==TAG_RB ) v++;
    if( j>=1 && inSet(s->aTok[j].zLow, azSubordinator) && !TAG_IS_VERB(s->aTok[j-1].eTag)
        && v<s->nTok && (TAG_IS_VERB(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_MD) && s->aTok[v].eTag!=TAG_VBG ) return -2;
  }
  return SUBJ_UNDECIDED;
}

/* A meeting or a call named in the phrase that opens the sentence ("In a
** phone call with Lavrov on Sunday, Blinken demanded", "During talks with
** the Chinese, the minister said"): the main clause's subject, the actor
** right after the phrase's comma with its verb after it. */
static int nounOfOpeningPhrase(const Sent *s, int a){
  static const char *const azOpen[] = {"in","during","at","after",0};
  if( !TAG_IS_NOUN(s->aTok[a].eTag) || a>4 || !inSet(s->aTok[0].zLow, azOpen) ) return SUBJ_UNDECIDED;
  int iComma = -1;
  for(int i=a+1; i<s->nTok && i<=a+16 && iComma<0; i++){
    if( TAG_IS_FINITE(s->aTok[i].eTag) || s->aTok[i].eTag==TAG_MD || tokIs(&s->aTok[i], ";") ) return SUBJ_UNDECIDED;
    if( tokIs(&s->aTok[i], ",") ) iComma = i;
  }
  int k = iComma>0 && iComma+1<s->nTok ? s->aMenAt[iComma+1] : -1;
  if( k<0 || s->aMen[k].iStart!=iComma+1 || !s->aMen[k].zCode[0] ) return SUBJ_UNDECIDED;
  const Mention *h = brinkGroupHead(s, &s->aMen[k]);
  int e = brinkGroupEnd(s, k);
  while( e<s->nTok && (s->aTok[e].eTag==TAG_RB || s->aTok[e].eTag==TAG_MD) ) e++;
  if( e>=s->nTok || !TAG_IS_FINITE(s->aTok[e].eTag) ) return SUBJ_UNDECIDED;
  return (int)(h - s->aMen);
}

/* A noun anchor that an inquiry or a charge is about: -2. */
static int nounOfProbe(const Sent *s, int a){
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
  return SUBJ_UNDECIDED;
}

/* A noun anchor right after its verb, or after "for" as the verb's
** purpose: the verb's subject. */
static int subjectOfVerbNoun(const Sent *s, int a, int bInQuote){
  /* a noun anchor right after its verb ("reported the dispatch of",
  ** "issued a warning"): the verb's subject is the noun's */
  if( TAG_IS_NOUN(s->aTok[a].eTag) ){
    int v = a-1;
    while( v>=0 && v>=a-4 && (s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_PRPS
           || TAG_IS_ADJ(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_CD) ) v--;
    if( v>=0 && v<a && TAG_IS_VERB(s->aTok[v].eTag) && !inSet(s->aTok[v].zLemma, brinkAzBe) ){
      int k = brinkFindSubject(s, v, bInQuote);
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
        if( inSet(u->zLemma, brinkAzBe) ) break;
        int k = brinkFindSubject(s, w, bInQuote);
        return k>=0 ? k : -2;             /* that subject, or no one known */
      }
      return -2;                          /* ("will this week visit", tagged as a noun) */
    }
  }
  return SUBJ_UNDECIDED;
}

/* The "to" of the infinitive at a, past a split's adverbs ("to formally
** recognise"), or -1. */
static int infinitiveTo(const Sent *s, int a){
  if( s->aTok[a].eTag!=TAG_VB ) return -1;
  int i = a-1;
  while( i>0 && i>=a-2 && s->aTok[i].eTag==TAG_RB && !inSet(s->aTok[i].zLow, brinkAzNeg) ) i--;
  return i>0 && s->aTok[i].eTag==TAG_TO ? i : -1;
}

/* A participle or a purpose infinitive after a verb's object: the verb's
** subject. */
static int subjectBeforeObject(const Sent *s, int a, int bInQuote){
  /* a participle after a verb's object ("issued a declaration demanding
  ** that", "staged protests calling for"), or a purpose infinitive after
  ** it ("opened the bridge after four years to allow"): the verb's subject.
  ** Not across an actor ("wants Ukraine to withdraw": Ukraine's act). */
  int b = -1;
  if( s->aTok[a].eTag==TAG_VBG ) b = a-1;
  else if( infinitiveTo(s, a)>0 ) b = infinitiveTo(s, a)-1;
  if( b>0 && s->aMenAt[b]<0 && (TAG_IS_NOUN(s->aTok[b].eTag) || s->aTok[b].eTag==TAG_CD) ){
    int v = b;
    while( v>=0 && v>=b-9 && s->aMenAt[v]<0 && (TAG_IS_NOUN(s->aTok[v].eTag) || TAG_IS_ADJ(s->aTok[v].eTag)
           || s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_PRPS || s->aTok[v].eTag==TAG_CD
           || (s->aTok[v].eTag==TAG_IN && !tokIs(&s->aTok[v], "that"))) ) v--;
    if( v>=0 && v<b && TAG_IS_VERB(s->aTok[v].eTag) && !inSet(s->aTok[v].zLemma, brinkAzBe) ){
      int k = brinkFindSubject(s, v, bInQuote);
      if( k>=0 ) return k;
    }
  }
  return SUBJ_UNDECIDED;
}

/* A purpose infinitive after the places of a journey: the traveller. */
static int subjectOfJourney(const Sent *s, int a, int bInQuote){
  /* a purpose infinitive after the places of a journey ("will visit the
  ** four major exporters - Australia, Brazil, Cuba and the EC - to talk
  ** to governments"): the traveller's, across the places (thirty-eighth
  ** review #33) */
  int iTo = infinitiveTo(s, a);
  if( iTo>1 ){
    int v = iTo-1, bActor = 0;
    while( v>=0 && v>=a-22 && (s->aMenAt[v]>=0 || TAG_IS_NOUN(s->aTok[v].eTag) || TAG_IS_ADJ(s->aTok[v].eTag)
           || s->aTok[v].eTag==TAG_DT || s->aTok[v].eTag==TAG_CD || tokIs(&s->aTok[v], ",") || tokIs(&s->aTok[v], "-")
           || tokIs(&s->aTok[v], "and") || tokIs(&s->aTok[v], "to") || tokIs(&s->aTok[v], "in")) ){
      if( s->aMenAt[v]>=0 ) bActor = 1;
      v--;
    }
    if( bActor && v>=0 && v<iTo-1 && TAG_IS_VERB(s->aTok[v].eTag) && inSet(s->aTok[v].zLemma, brinkAzJourneyVerb) ){
      int k = brinkFindSubject(s, v, bInQuote);
      if( k>=0 || k==-2 ) return k;
    }
  }
  return SUBJ_UNDECIDED;
}

static int beforeVerbGroup(const Sent *s, int a);

/* A participle after a comma or coordinated with an earlier one: the
** subject of the clause or participle before. */
static int subjectOfParticiple(const Sent *s, int a, int bInQuote){
  /* a participle coordinated with an earlier one ("opened fire, killing
  ** one person and arresting 12"): that one's subject */
  if( s->aTok[a].eTag==TAG_VBG && a>=2 && tokIs(&s->aTok[a-1], ",") ){
    /* a participle opening a clause after a comma: the subject of the
    ** clause before ("opened fire on the crowd, killing one") */
    for(int v=a-2; v>=0 && v>=a-16; v--){
      const Tok *u = &s->aTok[v];
      if( tokIs(u, ";") || (u->flags & TOKF_QUOTE) ) break;
      if( TAG_IS_FINITE(u->eTag) && !inSet(u->zLemma, brinkAzSpeech) ){
        /* (an unknown common noun that is the subject stays the
        ** participle's: "an earthquake struck southern Turkey and northwest
        ** Syria, killing thousands" is no killing by Syria) */
        int k = brinkFindSubject(s, v, bInQuote);
        if( k>=0 ) return k;
        int h = k==-2 ? beforeVerbGroup(s, v) : -1;
        if( h>=0 && (s->aTok[h].eTag==TAG_NN || s->aTok[h].eTag==TAG_NNS) && s->aMenAt[h]<0 ) return -2;
        break;
      }
    }
  }
  if( s->aTok[a].eTag==TAG_VBG && a>=2 ){
    for(int w=a-1; w>=0 && w>=a-8; w--){
      const Tok *u = &s->aTok[w];
      if( tokIs(u, ";") || tokIs(u, ",") || TAG_IS_FINITE(u->eTag) ) break;
      if( u->eTag==TAG_VBG && w+1<a && tokIs(&s->aTok[a-1], "and") ) return brinkFindSubject(s, w, bInQuote);
    }
  }
  return SUBJ_UNDECIDED;
}

/* The token just before the verb group of the verb at a (past modals,
** adverbs, negations and time adjuncts): where its subject ends; -1 for
** none. */
static int beforeVerbGroup(const Sent *s, int a){
  int i = a-1, iAdj = -1;
  while( i>=0 ){
    const Tok *t = &s->aTok[i];
    /* the last word of an actor or agent phrase is no verb, whatever its
    ** tag ("the Ministry of Silly Walks condemned") */
    if( s->aMenAt[i]>=0 && s->aMen[s->aMenAt[i]].iEnd==i+1 ) break;
    if( TAG_IS_VERB(t->eTag) || t->eTag==TAG_MD || t->eTag==TAG_RB || t->eTag==TAG_TO
        || (t->flags & TOKF_QUOTE) || inSet(t->zLow, brinkAzNeg) ){ i--; continue; }
    /* ("is quite likely to demand", "are ready to sign": the adjective
    ** before "to" is part of the verb group) */
    if( iAdj<0 && TAG_IS_ADJ(t->eTag) && i+1<a && tokIs(&s->aTok[i+1], "to") && i>=1
        && (TAG_IS_VERB(s->aTok[i-1].eTag) || s->aTok[i-1].eTag==TAG_RB) ){ iAdj = i; i--; continue; }
    /* a time adjunct between subject and verb: "Iran on Tuesday attacked",
    ** "the EC last week gave", "Russia today warned" */
    int j = brinkTimeAdjunctStart(s, i);
    if( j>=0 ){ i = j-1; continue; }
    break;
  }
  /* (only to reach a relative clause's closing comma: "Caracas, which
  ** was told ..., is quite likely to demand"; elsewhere the adjective
  ** stops the walk, as before: "Syria says it is willing to withdraw") */
  if( iAdj>=0 && !(i>=0 && tokIs(&s->aTok[i], ",")) ) i = iAdj;
  return i;
}

/* Skip a phrase between commas that ends at token *pi (an appositive, a
** prepositional phrase, a relative clause), moving *pi before it; the
** subject when the phrase's antecedent gives it. */
/* The head of the group of the known actor whose mention ends right
** before token iEnd, else -1. */
static int actorEndingAt(const Sent *s, int iEnd){
  int km = iEnd>=1 ? s->aMenAt[iEnd-1] : -1;
  if( km<0 || s->aMen[km].iEnd!=iEnd || !s->aMen[km].zCode[0] ) return -1;
  return (int)(brinkGroupHead(s, &s->aMen[km]) - s->aMen);
}

static int skipCommaPhrase(const Sent *s, int *pi){
  int i = *pi;
  /* "Pakistan, a key U.S. ally in the war against terrorism, has
  ** refused": an appositive between commas, opened by a determiner, is
  ** skipped */
  if( i>=3 && tokIs(&s->aTok[i], ",") ){
    int j = brinkAppositiveComma(s, i-1);
    if( j>=1 ){
      int kA = actorEndingAt(s, j);
      if( kA>=0 ) return kA;
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
      /* ... and when an actor comes right before it, that actor is the
      ** subject, not one named inside ("Rafsanjani, in an interview with
      ** the agency IRNA, criticized"; stop 31) */
      if( k>=1 && k<i-2 && tokIs(&s->aTok[k], ",") && !bFinite && s->aTok[k+1].eTag==TAG_IN
          && !tokIs(&s->aTok[k+1], "that") ){
        int kA = s->aMenAt[k-1]>=0 ? actorEndingAt(s, k) : -1;
        if( kA>=0 && !brinkIsObjectLike(s, &s->aMen[kA]) ) return kA;
        if( s->aMenAt[k-1]<0 && TAG_IS_NOUN(s->aTok[k-1].eTag) ) i = k-1;
      }
      /* "Caracas, which was also told that the Mexico spread was
      ** inviolate, is likely to demand": a relative clause between commas
      ** is skipped; its antecedent is the subject */
      k = i-1;
      while( k>=1 && k>=i-20 && !tokIs(&s->aTok[k], ",") && !tokIs(&s->aTok[k], ";") ) k--;
      if( k>=1 && k<i-2 && tokIs(&s->aTok[k], ",") && (tokIs(&s->aTok[k+1], "which") || tokIs(&s->aTok[k+1], "who")) ){
        int kA = actorEndingAt(s, k);
        if( kA>=0 ) return kA;
      }
    }
  }
  *pi = i;
  return SUBJ_UNDECIDED;
}

/* Skip a comitative phrase ("along with its allies") that ends at token i;
** the token before it, else i. */
static int skipComitative(const Sent *s, int i){
  /* "Washington along with its allies demanded", "Iran, together with
  ** Syria, warned": the comitative phrase is skipped; the subject is
  ** before it */
  for(int j=i; j>=2 && j>=i-6; j--){
    const Tok *u = &s->aTok[j];
    if( TAG_IS_VERB(u->eTag) || (u->flags & TOKF_PUNCT && !tokIs(u, ",")) ) break;
    if( !tokIs(u, "with") ) continue;
    /* ("clashes with Azerbaijan killed": the partner of a common noun that
    ** heads the subject; that noun is the subject, brink's own reading) */
    if( j<i && (s->aTok[j-1].eTag==TAG_NN || s->aTok[j-1].eTag==TAG_NNS) && s->aMenAt[j-1]<0 ){
      /* (the partner must end right before the verb) */
      int q = j+1 < s->nTok && s->aTok[j+1].eTag==TAG_DT ? j+2 : j+1;
      int k = q<s->nTok ? s->aMenAt[q] : -1;
      int e = k>=0 ? brinkGroupEnd(s, k) : -1;
      /* (and the noun must open its clause: not "filed a case with the
      ** ICJ on Friday accusing", the object of "filed") */
      int h = beforeModifiers(s, j-1, s->nTok);
      if( e==i+1 && (h<0 || inSet(s->aTok[h].zLow, azSubordinator) || tokIs(&s->aTok[h], ",")
                     || tokIs(&s->aTok[h], ";")) ) i = j-1;
      break;
    }
    if( !(tokIs(&s->aTok[j-1], "along") || tokIs(&s->aTok[j-1], "together")) ) continue;
    if( j==i ) break;
    i = j-2;
    if( i>=0 && tokIs(&s->aTok[i], ",") ) i--;
    break;
  }
  return i;
}

/* A relative pronoun at token i: its antecedent's mention, else -2. */
static int subjectOfRelative(const Sent *s, int i){
  /* a relative clause: "the United States, which reported ...": its
  ** subject is the antecedent just before the relative pronoun */
  if( i>=1 && (tokIs(&s->aTok[i], "which") || tokIs(&s->aTok[i], "who")) ){
    int j = i-1;
    if( tokIs(&s->aTok[j], ",") ) j--;
    int km = j>=0 ? s->aMenAt[j] : -1;
    if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] ){
      return (int)(brinkGroupHead(s, &s->aMen[km]) - s->aMen);
    }
    return -2;
  }
  return SUBJ_UNDECIDED;
}

/* Does token i (>=0) end the name of a document, a law or a pact? */
static int isDocument(const Sent *s, int i){
  /* a law, a report or a pact says what it says, and asks or does
  ** nothing: "The U.S. Trade Act of 1974 says that China must" (eighth
  ** review #4) */
  static const char *const azDocument[] = {"act","law","bill","treaty","accord","agreement","pact",
    "report","study","survey","constitution","charter","resolution","statute","rule","regulation","directive",
    "decree","ruling",0};
  int h = i;
  if( h>=2 && s->aTok[h].eTag==TAG_CD && tokIs(&s->aTok[h-1], "of") ) h -= 2;
  return s->aMenAt[h]<0 && TAG_IS_NOUN(s->aTok[h].eTag) && inSet(s->aTok[h].zLemma, azDocument);
}

/* An unknown head noun at token i right after a country word or a
** country's agent: that actor's mention. */
static int nounAfterCountry(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  /* "Palestinian prisoners rioted", "Israeli army bulldozers
  ** demolished": a head noun the dictionaries do not know, right after
  ** a country word or a country's agent, belongs to that actor */
  if( t->eTag==TAG_NN || t->eTag==TAG_NNS || t->eTag==TAG_NNPS ){
    int j = i-1;
    while( j>=0 && j>=i-2 && s->aMenAt[j]<0 && (s->aTok[j].eTag==TAG_NN || s->aTok[j].eTag==TAG_NNS
           || TAG_IS_ADJ(s->aTok[j].eTag)) ) j--;
    int km = j>=0 ? s->aMenAt[j] : -1;
    /* (a country's name used as an adjective before a strike of its own:
    ** "a U.S. strike killed", "a U.S. raid"; not any noun: "the Iran
    ** talks resumed" are no Iran's) */
    static const char *const azForce[] = {"strike","strikes","raid","raids","attack","attacks","airstrike",
      "airstrikes","missile","missiles","drone","drones","bombing","bombings","shelling","shells","rocket",
      "rockets","bombardment","offensive","incursion","operation",0};
    int bAttrib = km>=0 && (s->aMen[km].flags & ACTF_STATE) && strlen(s->aMen[km].zCode)==3 && inSet(t->zLow, azForce);
    if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] && s->aMen[km].zCode[0]!='-'
        && !(s->aMen[km].flags & (MF_PRONOUN|MF_POSS|ACTF_PERSON))
        && ((s->aMen[km].flags & (ACTF_ADJ|ACTF_ORG)) || bAttrib) && !brinkIsObjectLike(s, brinkGroupHead(s, &s->aMen[km])) ){
      return (int)(brinkGroupHead(s, &s->aMen[km]) - s->aMen);
    }
  }
  return SUBJ_UNDECIDED;
}

/* An unknown plural at token i joined by "and" to a known actor: that
** actor's mention. */
static int nounJoinedToActor(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
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
        const Mention *h = brinkGroupHead(s, &s->aMen[km]);
        if( !brinkIsObjectLike(s, h) ) return (int)(h - s->aMen);
      }
    }
  }
  return SUBJ_UNDECIDED;
}

/* The possessor of the noun at token i ("Russia's intention"). */
static int nounOfPossessor(const Sent *s, int i){
  /* "Russia's intention to pursue": the possessor is the subject (also
  ** of coordinated nouns: "Eriador's death and injury toll") */
  int j = i-1;
  while( j>=0 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NN
         || (tokIs(&s->aTok[j], "and") && j>0 && j<i && (s->aTok[j-1].eTag==TAG_NN || TAG_IS_ADJ(s->aTok[j-1].eTag)))) ) j--;
  if( j>=1 && (tokIs(&s->aTok[j], "'s") || tokIs(&s->aTok[j], "'")) ){
    int km = s->aMenAt[j-1];
    /* (not a place in a preposition's phrase after the head noun: in "a
    ** huge explosion at Beirut's port killed", the explosion did it) */
    static const char *const azSite[] = {"port","airport","embassy","border","coast","soil","waters","streets",
      "station","base","capital","city","town","village","province","region","district",0};
    int p0 = km>=0 ? s->aMen[km].iStart : 0;
    if( km>=0 && p0>=2 && inSet(s->aTok[i].zLow, azSite) && s->aTok[p0-1].eTag==TAG_IN && !tokIs(&s->aTok[p0-1], "that")
        && !tokIs(&s->aTok[p0-1], "of") && TAG_IS_NOUN(s->aTok[p0-2].eTag) && s->aMenAt[p0-2]<0 ) return -2;
    if( km>=0 && s->aMen[km].zCode[0] ) return (int)(brinkGroupHead(s, &s->aMen[km]) - s->aMen);
  }
  return SUBJ_UNDECIDED;
}

/* PETRARCH: the actor in the noun phrase (chunk) the noun at token i
** ends. */
static int nounInChunk(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  int j;
  /* PETRARCH codes a noun phrase by the actor in it: "the KU
  ** basketball team" is the KU */
  int ch = t->iChunk;
  for(j=i-1; s->bNpActor && ch>=0 && j>=0 && s->aTok[j].iChunk==ch; j--){
    int km = s->aMenAt[j];
    if( km>=0 && s->aMen[km].zCode[0] ){
      const Mention *h = brinkGroupHead(s, &s->aMen[km]);
      if( !brinkIsObjectLike(s, h) ) return (int)(h - s->aMen);
      break;
    }
  }
  /* ... and one with a prepositional phrase after its actor: "Gollum
  ** in recent days did allow" */
  if( s->bNpActor && ch>=0 && j>=1 && s->aTok[j].iChunk!=ch && s->aTok[j].eTag==TAG_IN ){
    int km = s->aMenAt[j-1];
    if( km>=0 && s->aMen[km].iEnd==j && s->aMen[km].zCode[0] ){
      const Mention *h = brinkGroupHead(s, &s->aMen[km]);
      if( !brinkIsObjectLike(s, h) ) return (int)(h - s->aMen);
    }
  }
  return SUBJ_UNDECIDED;
}

/* The subject that an unknown noun or pronoun at token i, right before the
** verb group, stands for; -2 when it names no known actor. */
static int subjectOfHeadNoun(const Sent *s, int i){
  /* a common noun that opens a subordinate clause names no actor ("after
  ** border clashes with Azerbaijan killed 49 of its soldiers") */
  int j = beforeModifiers(s, i, 4);
  if( j>=0 && s->aMenAt[i]<0 && TAG_IS_NOUN(s->aTok[i].eTag) && s->aTok[i].eTag!=TAG_NNP
      && inSet(s->aTok[j].zLow, azSubordinator) ) return -2;
  int k = nounAfterCountry(s, i);
  if( k!=SUBJ_UNDECIDED ) return k;
  k = nounJoinedToActor(s, i);
  if( k!=SUBJ_UNDECIDED ) return k;
  k = nounOfPossessor(s, i);
  if( k!=SUBJ_UNDECIDED ) return k;
  k = nounInChunk(s, i);
  if( k!=SUBJ_UNDECIDED ) return k;
  return -2;                                     /* "Funaro", "the banks" */
}

/* The subject that the word at token i (>=0), right before the verb
** group, is or stands for. */
static int subjectAt(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  int k = s->aMenAt[i];
  if( k>=0 && s->aMen[k].iEnd==i+1 ){
    if( !s->aMen[k].zCode[0] ) return -2;          /* an unresolved "he", "officials" */
  }else if( t->eTag==TAG_NNPS && i>0 && s->aMenAt[i-1]>=0 && s->aMen[s->aMenAt[i-1]].iEnd==i
            && (s->aMen[s->aMenAt[i-1]].flags & ACTF_ADJ) && s->aMen[s->aMenAt[i-1]].zCode[0]
            && !brinkIsObjectLike(s, brinkGroupHead(s, &s->aMen[s->aMenAt[i-1]])) ){
    /* "Iraqi Kurds demonstrated": a people the dictionaries do not
    ** know, after its country's adjective, is of that country */
    return (int)(brinkGroupHead(s, &s->aMen[s->aMenAt[i-1]]) - s->aMen);
  }else if( t->eTag==TAG_NNP || t->eTag==TAG_NNPS ){
    /* "Russian President Ivan Petrov criticized": an unknown name in
    ** apposition to a title is the titled actor */
    int j = i;
    while( j>=0 && (s->aTok[j].eTag==TAG_NNP || s->aTok[j].eTag==TAG_NNPS) && s->aMenAt[j]<0 ) j--;
    if( j>=0 && tokIs(&s->aTok[j], ",") ) j--;
    int km = j>=0 ? s->aMenAt[j] : -1;
    if( km>=0 && s->aMen[km].iEnd==j+1 && s->aMen[km].zCode[0] && strlen(s->aMen[km].zCode)>3
        && !brinkIsObjectLike(s, brinkGroupHead(s, &s->aMen[km])) ){
      return (int)(brinkGroupHead(s, &s->aMen[km]) - s->aMen);
    }
    return -2;
  }else if( TAG_IS_NOUN(t->eTag) || t->eTag==TAG_PRP ){
    return subjectOfHeadNoun(s, i);
  }
  return SUBJ_UNDECIDED;
}

/* A participle's by-phrase that ends at token i after an actor ("Somali
** forces backed by U.S. airstrikes retook", "rebels supported by Rwanda
** captured"): the actor before it, else SUBJ_UNDECIDED (stop 31). */
static int subjectBeforeByParticiple(const Sent *s, int i){
  static const char *const azWith[] = {"back","support","lead","aid","assist","arm","train","fund",
    "finance","escort","accompany","join","equip","reinforce","bolster","sponsor",0};
  for(int j=i; j>=2 && j>=i-8; j--){
    const Tok *u = &s->aTok[j];
    if( (u->flags & TOKF_PUNCT) || TAG_IS_FINITE(u->eTag) || u->eTag==TAG_MD ) break;
    if( !tokIs(u, "by") ) continue;
    const Tok *v = &s->aTok[j-1];
    if( v->eTag!=TAG_VBN && v->eTag!=TAG_VBD ) break;
    if( !v->zLemma || !inSet(v->zLemma, azWith) ) break;
    int kA = actorEndingAt(s, j-1);
    if( kA>=0 && !brinkIsObjectLike(s, &s->aMen[kA]) ) return kA;
    break;
  }
  return SUBJ_UNDECIDED;
}

/* "X and its (Arab) allies" ending at token i, before a verb: X, whose
** allies no dictionary names ("Saudi Arabia and its Gulf allies launched
** air strikes"), else SUBJ_UNDECIDED (stop 31). */
static int subjectWithAllies(const Sent *s, int i){
  static const char *const azAllies[] = {"ally","partner","neighbour","neighbor","backer",0};
  if( !TAG_IS_NOUN(s->aTok[i].eTag) || !inSet(s->aTok[i].zLemma, azAllies) ) return SUBJ_UNDECIDED;
  int j = i-1;
  while( j>=2 && j>=i-3 && (TAG_IS_ADJ(s->aTok[j].eTag) || s->aTok[j].eTag==TAG_NNP || s->aMenAt[j]>=0)
         && s->aTok[j].eTag!=TAG_PRPS ) j--;
  if( j<2 || s->aTok[j].eTag!=TAG_PRPS || !tokIs(&s->aTok[j-1], "and") ) return SUBJ_UNDECIDED;
  int kA = actorEndingAt(s, j-1);
  return kA>=0 ? kA : SUBJ_UNDECIDED;
}

/* The subject right before the verb group of the verb at a, past
** appositives, comitatives, participles' by-phrases, allies and relative
** clauses. */
static int subjectOfVerbGroup(const Sent *s, int a){
  int i = beforeVerbGroup(s, a);
  int k = skipCommaPhrase(s, &i);
  if( k!=SUBJ_UNDECIDED ) return k;
  if( i>=0 && (k = subjectBeforeByParticiple(s, i))!=SUBJ_UNDECIDED ) return k;
  if( i>=0 && (k = subjectWithAllies(s, i))!=SUBJ_UNDECIDED ) return k;
  i = skipComitative(s, i);
  k = subjectOfRelative(s, i);
  if( k!=SUBJ_UNDECIDED ) return k;
  if( i>=0 && isDocument(s, i) ) return -2;
  if( i>=0 ) return subjectAt(s, i);
  return SUBJ_UNDECIDED;
}

/* Does a relative clause on an unknown noun, or a participle of
** allegation, lie between mention m and the anchor at a? */
static int clauseBetween(const Sent *s, const Mention *m, int a){
  /* a relative clause on a noun no dictionary knows lies between ("will
  ** support a resolution that aims to impose a blockade"): the clause's
  ** subject is that noun, no one known */
  /* ... and so does a participle of allegation on any noun, the anchor
  ** itself or before it ("hand over a guard accused of an attack"):
  ** neither the accusing nor the deed is the subject's */
  static const char *const azAlleged[] = {"accuse","suspect","involve","implicate","charge","want",
    "blame","convict","wanted",0};
  int bRel = 0;
  for(int j=m->iEnd+1; j<=a && !bRel; j++){
    const Tok *u = &s->aTok[j];
    const Tok *p = &s->aTok[j-1];
    bRel = j<a && (tokIs(u, "that") || tokIs(u, "which")) && (p->eTag==TAG_NN || p->eTag==TAG_NNS)
           && s->aMenAt[j-1]<0 && brinkTimeAdjunctStart(s, j-1)<0;   /* (not "said yesterday that") */
    /* (tagged VBD too: "a man accused of" is no active "accused", which
    ** takes an object before "of") */
    if( !bRel && j>m->iEnd && (u->eTag==TAG_VBN || u->eTag==TAG_VBD) && inSet(u->zLemma, azAlleged) && TAG_IS_NOUN(p->eTag)
        && j+1<s->nTok && (tokIs(&u[1], "of") || tokIs(&u[1], "in") || tokIs(&u[1], "with") || tokIs(&u[1], "for")) ){
      bRel = 1;
    }
  }
  return bRel;
}

/* The nearest actor before the anchor at a, on the same side of the
** quotes, that is no object; -2 past a clause between, -1 for none. */
static int nearestSubject(const Sent *s, int a, int bInQuote){
  for(int k=s->nMen-1; k>=0; k--){
    const Mention *m = &s->aMen[k];
    if( m->iEnd > a ) continue;
    if( !m->zCode[0] ) continue;
    int bMq = (s->aTok[m->iStart].flags & TOKF_INQUOTE)!=0;
    if( bMq!=bInQuote ) continue;
    /* a clause boundary (';' or a closing quote) between them stops the search */
    const Mention *h = brinkGroupHead(s, m);
    if( brinkIsObjectLike(s, h) ) continue;
    if( !s->bNpActor && clauseBetween(s, m, a) ) return -2;
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

/* A sentence that opens with an actor's act ("Hungary's veto of an EU aid
** package was criticised by Polish Prime Minister Donald Tusk", "Russia's
** invasion of Ukraine was condemned"): the act's owner is the subject of
** its verb, not an actor inside the "of" phrase (stop 31). */
static int subjectOfPossessedAct(const Sent *s, int a){
  static const char *const azAct[] = {"veto","decision","refusal","invasion","attack","attacks","move",
    "plan","plans","proposal","policy","policies","annexation","offensive","blockade","crackdown","demand",
    "demands","threat","threats","announcement","withdrawal","deployment","sanctions","ban","expulsion",
    "treatment","actions","action","behaviour","behavior","stance","position","occupation","incursion",
    "bombing","shelling","strikes","raid","detention","arrest","execution","seizure","intervention",
    "statement","remarks","comments","call","support","rejection","recognition","approval",0};
  if( !TAG_IS_VERB(s->aTok[a].eTag) || s->nMen==0 || lemIs(&s->aTok[a], "be") || s->aTok[a].eTag==TAG_VBG ) return SUBJ_UNDECIDED;
  const Mention *m = &s->aMen[0];
  int i0 = m->iStart;
  if( !(i0==0 || (i0==1 && s->aTok[0].eTag==TAG_DT)) || !m->zCode[0] || (m->flags & MF_PRONOUN) ) return SUBJ_UNDECIDED;
  int j = m->iEnd;
  if( j<s->nTok && (tokIs(&s->aTok[j], "'s") || tokIs(&s->aTok[j], "'")) ) j++;
  else if( !(m->flags & MF_POSS) ) return SUBJ_UNDECIDED;
  while( j<a && TAG_IS_ADJ(s->aTok[j].eTag) && s->aMenAt[j]<0 ) j++;
  if( j>=a || s->aMenAt[j]>=0 || !TAG_IS_NOUN(s->aTok[j].eTag) || !inSet(s->aTok[j].zLow, azAct) ) return SUBJ_UNDECIDED;
  /* (its verb is the sentence's first: no tensed verb, modal or comma
  ** between) */
  for(int k=j+1; k<a; k++){
    const Tok *u = &s->aTok[k];
    if( TAG_IS_FINITE(u->eTag) && !inSet(u->zLow, brinkAzBe) ) return SUBJ_UNDECIDED;
    if( tokIs(u, ",") || tokIs(u, ";") || tokIs(u, "that") || tokIs(u, "which") || tokIs(u, "who") ) return SUBJ_UNDECIDED;
  }
  return (int)(brinkGroupHead(s, m) - s->aMen);
}

/* Index of the subject mention for an anchor at token a; -1 when there is
** none, -2 when the subject is there but names no known actor.  The rules
** are tried in order; the first that decides gives the answer. */
int brinkFindSubject(const Sent *s, int a, int bInQuote){
  int k;
  if( (k = subjectOfWhich(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectByPeople(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectByPossessive(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = nounOpensClause(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = nounOfOpeningPhrase(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = nounOfProbe(s, a))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectOfVerbNoun(s, a, bInQuote))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectBeforeObject(s, a, bInQuote))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectOfJourney(s, a, bInQuote))!=SUBJ_UNDECIDED ) return k;
  if( (k = subjectOfParticiple(s, a, bInQuote))!=SUBJ_UNDECIDED ) return k;
  if( TAG_IS_VERB(s->aTok[a].eTag) && lemIs(&s->aTok[a], "say") ){
    int kQ = brinkQuotedSpeaker(s, a);
    if( kQ>=0 ) return kQ;
  }
  if( (k = subjectOfPossessedAct(s, a))!=SUBJ_UNDECIDED ) return k;
  /* A verb's own subject sits right before its verb group ("Funaro hopes to
  ** visit"): if that is a noun or pronoun that names no known actor, the
  ** subject is unknown, and an earlier actor in the sentence must not take
  ** its place. */
  if( TAG_IS_VERB(s->aTok[a].eTag) ){
    if( (k = subjectOfVerbGroup(s, a))!=SUBJ_UNDECIDED ) return k;
  }
  return nearestSubject(s, a, bInQuote);
}

/* Codes of a state acting on its own people where it acts: yielding (08),
** coercion (17) and the threat of administrative sanctions or repression
** (132, 137). */
int brinkDomesticCode(const char *zCode){
  return strncmp(zCode, "08", 2)==0 || strncmp(zCode, "17", 2)==0
      || strncmp(zCode, "132", 3)==0 || strncmp(zCode, "137", 3)==0;
}

/* Is the act at a told as long past by the words before it or by the
** sentence before?  "Twice in the past, the United States has negotiated
** with Japan" (not "in the past two weeks", a recent span); "OPEC agreed
** last December to cut output. They agreed on a pricing system": a past
** tense whose pronoun subject goes on with the last sentence's old act,
** in a sentence with no time of its own (eighteenth review #79, #81). */
int brinkPastNarrative(const brink_coder *c, const Sent *s, int a){
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
const char *const brinkAzOutlet[] = {"agency","newspaper","daily","paper","radio","television","tv",
  "broadcaster","media","outlet","service","station","magazine","journal","tabloid","weekly",0};

/* Is the subject of the verb at a, inside a quotation, "I" or "we" (past
** modals, auxiliaries and adverbs: "I shall be talking")? */
int brinkFirstPersonBefore(const Sent *s, int a){
  int j = a-1;
  while( j>=0 && (s->aTok[j].flags & TOKF_INQUOTE) && (s->aTok[j].eTag==TAG_MD || s->aTok[j].eTag==TAG_RB
         || inSet(s->aTok[j].zLemma, brinkAzBe) || lemIs(&s->aTok[j], "have") || lemIs(&s->aTok[j], "will")
         || lemIs(&s->aTok[j], "do")) ) j--;
  return j>=0 && (s->aTok[j].flags & TOKF_INQUOTE) && (tokIs(&s->aTok[j], "i") || tokIs(&s->aTok[j], "we"));
}

/* A change of the actor's own leadership: resigning (0831), refusing to
** (1231) or pledging to (0341) concerns no partner ("Shultz visited
** China. He said he would not resign" is aimed at no one) */
int brinkOwnOffice(const char *zCode){
  return strcmp(zCode, "0831")==0 || strcmp(zCode, "1231")==0 || strcmp(zCode, "0341")==0;
}

/* Is mention m a country after "in", "throughout" or "across"? */
int brinkPlaceIn(const Sent *s, const Mention *m){
  static const char *const azIn[] = {"in","throughout","across",0};
  int i = m->iStart-1;
  while( i>0 && (s->aTok[i].eTag==TAG_DT || TAG_IS_ADJ(s->aTok[i].eTag)) ) i--;
  return i>=0 && inSet(s->aTok[i].zLow, azIn) && strlen(m->zCode)==3;
}

/* Does the subject that starts at token i open a relative clause after "on
** which", "for which" ("about 290 items on which Washington has asked Seoul
** to lower tariffs")?  Its act describes the noun before it, told as
** background.  Not after "at which", "during which" or "in which", whose
** clause is often the news of the meeting or strike before it ("his meeting
** with Takeuchi, in which he demanded"). */
int brinkAfterOnWhich(const Sent *s, int i){
  static const char *const azAbout[] = {"on","for","over","about","of",0};
  int w = i-1;
  if( w>=1 && s->aTok[w].eTag==TAG_DT ) w--;
  return w>=1 && tokIs(&s->aTok[w], "which") && inSet(s->aTok[w-1].zLow, azAbout);
}
