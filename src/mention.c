/*
** mention.c — find the actors a sentence names and compose them.
**
** Actor phrases, agent phrases ("troops"), pronouns and descriptions ("he",
** "the latter", "both leaders") become mentions; "Russian" + "troops" is one
** mention (RUSMIL), "US President" + "Joe Biden" another, "A and B" one
** compound group.  Misspelt country and person names are found by one edit.
** Part of the coder (coder.h); it reads the engine and writes only the
** sentence's mention table.
*/
#include "coder.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

/* ---- Mention finding --------------------------------------------------- */
Mention *brinkMenPush(brink_coder *c, Sent *s){
  if( s->nMen>=s->nMenAlloc ){
    int nNew = s->nMenAlloc ? s->nMenAlloc*2 : 16;
    Mention *aNew = brinkArenaAlloc(&c->arena, sizeof(Mention)*(size_t)nNew);
    if( !aNew ) return 0;
    if( s->nMen ) memcpy(aNew, s->aMen, sizeof(Mention)*(size_t)s->nMen);
    s->aMen = aNew; s->nMenAlloc = nNew;
  }
  /* a group of its own, numbered once in the sentence: after brinkMenRemove()
  ** the others' groups are no longer their indexes (the protest target
  ** made for "The Canadian union and another union walked out" had joined
  ** the unions' group, and the unions struck at each other) */
  Mention *m = &s->aMen[s->nMen++];
  memset(m, 0, sizeof *m);
  m->iGroup = s->nGroupSeq++;
  return m;
}

/* brinkPhraseAt() (coder.h) past its first test */
int brinkPhraseAtFrom(const brink_coder *c, const Sent *s, int k, int i, uint32_t *piEntry){
  const DictView *pV = &c->v;
  int best = 0, iEnd = 0;
  /* PETRARCH matches the forms its dictionary lists (it adds the plurals
  ** itself), not lemmas: "polices" is not "police"; the others match the
  ** lemma too, and TABARI (bStems) the stems (without stems, wordIds leaves
  ** them -1: no need to look) */
  int nForm = s->bNpActor ? 1 : c->bStems ? 4 : 2;
  const int32_t a0[4] = { s->aIdLow[i], s->aIdLem[i], s->aIdStem[i], s->aIdStem2[i] };
  /* multi-word phrases, found by their first two words: the next token's,
  ** or, for phrases with a gap after their first word, a later one's */
  int jLast = c->bGapped ? s->nTok-1 : i+1;
  for(int i1=i+1; i1<=jLast && i1<s->nTok; i1++){
    int32_t a1[4] = { s->aIdLow[i1], s->aIdLem[i1], s->aIdStem[i1], s->aIdStem2[i1] };
    for(int x=0; x<nForm; x++){
      if( a0[x]<0 || (x==1 && a0[1]==a0[0]) ) continue;
      for(int y=0; y<nForm; y++){
        if( a1[y]<0 || (y==1 && a1[1]==a1[0]) ) continue;
        uint32_t n;
        const DictPair *a = brinkDictPairsFor(c->pDict, k, a0[x], a1[y], &n);
        for(uint32_t j=0; j<n; j++){
          if( a[j].nWord<=best ) break;          /* sorted longest first */
          const DictPhrase *ph = &pV->aPhrase[k][a[j].iPhrase];
          if( i1>i+1 && !(ph->mGap & 2) ) continue;
          int e = phraseEnd(s, i, &pV->aWord[ph->iWord], ph->nWord, ph->mGap);
          if( e ){
            best = ph->nWord;
            iEnd = e;
            *piEntry = ph->iEntry;
            break;
          }
        }
      }
    }
  }
  if( best ) return iEnd - i;
  /* one-word phrases */
  for(int pass=0; pass<nForm; pass++){
    int32_t w = a0[pass];
    if( w<0 || (pass==1 && w==a0[0]) ) continue;
    uint32_t n;
    const uint32_t *a = brinkViewPhrasesFor(pV, k, w, &n);
    if( n ){
      *piEntry = pV->aPhrase[k][a[0]].iEntry;
      return 1;
    }
  }
  return 0;
}

static int isPronounWord(const Sent *s, int i){
  const Tok *t = &s->aTok[i];
  if( t->eTag==TAG_PRPS || !(s->aLists[i] & WL_PRONOUN) ) return 0;
  if( tokIs(t, "her") ){
    /* "her" before a noun is a determiner */
    return -1;
  }
  return 1;
}

/* The words one letter away from the lower-case word z of n letters: a
** letter dropped (not the last: "Panamax" is no Panama), one added, or two
** neighbours swapped, the first letter kept.  Calls xEach(p, w) with the
** dictionary word id w of each that the dictionaries know; stops and
** returns 0 when xEach does, else returns 1. */
static int eachMisspelt(const Dict *d, const char *z0, size_t n,
                        int (*xEach)(void *, int32_t), void *p){
  char z[24];
  if( n<2 || n>20 ) return 1;
  for(int eKind=0; eKind<3; eKind++){        /* a letter dropped, added, or two swapped */
    for(size_t k=1; k<=n; k++){
      for(int ch='a'; ch<=(eKind==1 ? 'z' : 'a'); ch++){
        size_t m;
        if( eKind==0 ){
          if( k+1>=n ) break;
          memcpy(z, z0, k); memcpy(z+k, z0+k+1, n-k-1); m = n-1;
        }else if( eKind==1 ){
          if( k>=n ) break;
          memcpy(z, z0, k); z[k] = (char)ch; memcpy(z+k+1, z0+k, n-k); m = n+1;
        }else{
          if( k<2 || k>=n ) break;
          memcpy(z, z0, n); z[k-1] = z0[k]; z[k] = z0[k-1]; m = n;
        }
        int32_t w = brinkDictWordId(d, z, m);
        if( w>=0 && !xEach(p, w) ) return 0;
      }
    }
  }
  return 1;
}

static int cmpNameWord(const void *pA, const void *pB){
  const NameWord *a = pA, *b = pB;
  return a->z[0]!=b->z[0] ? (unsigned char)a->z[0] - (unsigned char)b->z[0] : (a->id>b->id) - (a->id<b->id);
}

/* The one-word names of countries and their peoples (actor phrases of one
** word whose entry is a state or a people's adjective), sorted by first
** letter, and the text of every dictionary word (misspeltPerson): built
** with the coder.  Returns 0 when memory runs out. */
int brinkBuildNames(brink_coder *c){
  DictTables t;
  if( brinkDictTables(c->pDict, &t)!=BRINK_OK ) return 1;   /* (no tables: no names) */
  const char **azId = calloc(t.nUsed ? t.nUsed : 1, sizeof(char*));
  uint32_t *anId = calloc(t.nUsed ? t.nUsed : 1, sizeof(uint32_t));
  NameWord *a = 0;
  size_t n = 0, nAlloc = 0;
  int bOk = azId && anId;
  if( !bOk ) goto done;
  for(size_t i=0; i<t.nSlot; i++){
    const DictSlot *sl = &t.aSlot[i];
    if( sl->id>=0 && (size_t)sl->id<t.nUsed ){ azId[sl->id] = t.zPool + sl->iStr; anId[sl->id] = sl->nStr; }
  }
  for(size_t j=0; j<c->v.nPhrase[DK_ACTOR]; j++){
    const DictPhrase *ph = &c->v.aPhrase[DK_ACTOR][j];
    if( ph->nWord!=1 || !(c->v.aEntry[DK_ACTOR][ph->iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ) continue;
    int32_t id = c->v.aWord[ph->iWord].id1;
    if( id<0 || (size_t)id>=t.nUsed || !azId[id] || anId[id]<5 ) continue;
    const char *z = azId[id];
    if( z[0]<'a' || z[0]>'z' ) continue;
    if( n==nAlloc ){
      size_t nNew = nAlloc ? 2*nAlloc : 256;
      NameWord *aNew = realloc(a, nNew*sizeof(NameWord));
      if( !aNew ){ free(a); a = 0; n = 0; bOk = 0; goto done; }
      a = aNew; nAlloc = nNew;
    }
    a[n].z = z; a[n].n = anId[id]; a[n].id = id; n++;
  }
  if( n ) qsort(a, n, sizeof(NameWord), cmpNameWord);
  /* one entry per word */
  size_t m = 0;
  for(size_t i=0; i<n; i++) if( m==0 || a[m-1].id!=a[i].id ) a[m++] = a[i];
  n = m;
done:
  if( bOk ){ c->azWord = azId; c->anWord = anId; c->nWord = t.nUsed; }
  else{ free(azId); free(anId); }
  c->aName = a; c->nName = n;
  size_t k = 0;
  for(int ch=0; ch<27; ch++){
    while( k<n && a[k].z[0]-'a'<ch ) k++;
    c->aNameAt[ch] = k;
  }
  return bOk;
}

/* Is w (m letters) one letter away from z0 (n letters) as eachMisspelt
** counts it: a letter of z0 dropped (not the first or the last), one added
** (not first or last), or two neighbours swapped (not the first letter)? */
static int oneEditName(const char *z0, size_t n, const char *w, size_t m){
  if( w[0]!=z0[0] ) return 0;
  if( m+1==n ){                          /* z0 has one letter more, at k in 1..n-2 */
    size_t k = 0;
    while( k<m && w[k]==z0[k] ) k++;
    if( k<1 || k>n-2 ) return 0;
    return memcmp(w+k, z0+k+1, m-k)==0;
  }
  if( m==n+1 ){                          /* w has one letter more, at k in 1..n-1 */
    size_t k = 0;
    while( k<n && w[k]==z0[k] ) k++;
    if( k<1 || k>n-1 ) return 0;
    return memcmp(w+k+1, z0+k, n-k)==0;
  }
  if( m==n ){                            /* neighbours k-1, k swapped, k in 2..n-1 */
    size_t k = 0;
    while( k<n && w[k]==z0[k] ) k++;
    if( k<1 || k+1>=n ) return 0;
    return w[k]==z0[k+1] && w[k+1]==z0[k] && memcmp(w+k+2, z0+k+2, n-k-2)==0;
  }
  return 0;
}

/* eachMisspelt over the country names only: the same answers, with a
** scan of the few names that share the first letter instead of some
** 200 dictionary lookups. */
static int eachMisspeltName(const brink_coder *c, const char *z0, size_t n, int (*xEach)(void *, int32_t), void *p){
  if( n<2 || n>20 || z0[0]<'a' || z0[0]>'z' ) return 1;
  int ch = z0[0]-'a';
  for(size_t i=c->aNameAt[ch]; i<c->aNameAt[ch+1]; i++){
    const NameWord *w = &c->aName[i];
    if( w->n+1<n || w->n>n+1 ) continue;
    if( oneEditName(z0, n, w->z, w->n) && !xEach(p, w->id) ) return 0;
  }
  return 1;
}

/* A word of lower-case letters only, of at least nMin and at most 20. */
static int plainWord(const Tok *t, size_t nMin){
  size_t n = strlen(t->zLow);
  if( n<nMin || n>20 ) return 0;
  for(size_t k=0; k<n; k++) if( !islower((unsigned char)t->zLow[k]) ) return 0;
  return 1;
}

typedef struct Misspelt {
  const brink_coder *c;
  int32_t wFirst;            /* misspeltPerson: the given name's word id */
  const char *zFound;        /* misspeltCountry: the country found */
  uint32_t iEntry;
  int nFound;                /* entries found (misspeltPerson) */
} Misspelt;

static int misspeltCountryEach(void *p, int32_t w){
  Misspelt *x = p;
  const DictView *pV = &x->c->v;
  uint32_t nP = 0;
  const uint32_t *aP = brinkDictPhrasesFor(x->c->pDict, DK_ACTOR, w, &nP);
  for(uint32_t j=0; j<nP; j++){
    uint32_t iEntry = pV->aPhrase[DK_ACTOR][aP[j]].iEntry;
    if( !(pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ) continue;
    const char *zCode = brinkDictCodeOn(x->c->pDict, DK_ACTOR, iEntry, x->c->iDay);
    if( !zCode || strlen(zCode)<3 ) continue;
    if( x->zFound && strncmp(x->zFound, zCode, 3)!=0 ){   /* two countries: none */
      x->zFound = 0;
      return 0;
    }
    x->zFound = zCode;
    x->iEntry = iEntry;
  }
  return 1;
}

/* The actor entry of the country, or the people of one, whose one-word
** name t misspells by a letter too many, too few or two swapped
** ("Ethopia", "Quatar"), when all such names are of one country; sets
** *piEntry and returns 1, else 0.  Words of six letters or more, with the
** name's first and last letters (a word that only adds an ending, such as
** "Panamax" or "Yugoslavian", is another word). */
static int misspeltCountry(const brink_coder *c, const Tok *t, uint32_t *piEntry){
  if( !plainWord(t, 6) ) return 0;
  Misspelt x = { c, -1, 0, 0, 0 };
  if( !eachMisspeltName(c, t->zLow, strlen(t->zLow), misspeltCountryEach, &x) || !x.zFound ) return 0;
  *piEntry = x.iEntry;
  return 1;
}

static int misspeltPersonEach(void *p, int32_t w){
  Misspelt *x = p;
  const DictView *pV = &x->c->v;
  uint32_t n;
  const DictPair *a = brinkDictPairsFor(x->c->pDict, DK_ACTOR, x->wFirst, w, &n);
  for(uint32_t j=0; j<n; j++){
    const DictPhrase *ph = &pV->aPhrase[DK_ACTOR][a[j].iPhrase];
    if( ph->nWord!=2 || ph->mGap ) continue;
    if( !(pV->aEntry[DK_ACTOR][ph->iEntry].flags & ACTF_PERSON) ) continue;
    if( x->nFound && x->iEntry!=ph->iEntry ){   /* two persons: none */
      x->nFound = 0;
      return 0;
    }
    x->iEntry = ph->iEntry;
    x->nFound = 1;
  }
  return 1;
}

/* Might a two-word name that begins with given name wFirst have a family
** name one letter away from z0 (n letters)?  Not unless one of them has
** z0's first letter and n-1 to n+1 letters: then eachMisspelt, which
** tries some 200 spellings, one dictionary look-up each, can skip the
** family names no actor has after that given name (most). */
static int familyNameNear(const brink_coder *c, int32_t wFirst, const char *z0, size_t n){
  if( !c->azWord ) return 1;
  uint32_t nP;
  const DictPair *a = brinkDictPairsFrom(c->pDict, DK_ACTOR, wFirst, &nP);
  for(uint32_t j=0; j<nP; j++){
    uint32_t w = (uint32_t)a[j].key;
    if( w>=c->nWord || !c->azWord[w] ) return 1;
    if( c->anWord[w]+1>=n && c->anWord[w]<=n+1 && c->azWord[w][0]==z0[0] ) return 1;
  }
  return 0;
}

/* The person whose two-word name the words at i and i+1 spell with the
** family name misspelt by a letter ("Abdelaziz Bouteflicka" for the
** dictionary's "Abdelaziz Bouteflika"): the given name as the dictionary
** has it, the family name of seven letters or more, capitalised and known
** to no dictionary and no word list, and no other person one letter away;
** sets *piEntry and returns 1, else 0.  misspeltPerson() makes the first
** tests, which nearly every token fails, before the call. */
static int misspeltPersonFrom(const brink_coder *c, const Sent *s, int i, uint32_t *piEntry){
  const Tok *t = &s->aTok[i], *u = &s->aTok[i+1];
  if( !(t->flags & TOKF_CAP) || !(u->flags & TOKF_CAP) || (u->flags & TOKF_ALLCAP) ) return 0;
  if( u->iLex>=0 || s->aIdLow[i+1]>=0 || !plainWord(u, 7) ) return 0;
  if( i+2<s->nTok && (s->aTok[i+2].flags & TOKF_CAP) && !(s->aTok[i+2].flags & TOKF_PUNCT) ) return 0;
  /* asked once per family name and given name: news repeats both */
  WordInfo *w = brinkWordCacheGet(c->pCache, u->zLow, u->n);
  if( w && w->eMissPerson && w->wMissFirst==s->aIdLow[i] ){
    if( w->eMissPerson==1 ) return 0;
    *piEntry = w->iMissPerson;
    return 1;
  }
  Misspelt x = { c, s->aIdLow[i], 0, 0, 0 };
  size_t nU = strlen(u->zLow);
  int bFound = familyNameNear(c, s->aIdLow[i], u->zLow, nU)
            && eachMisspelt(c->pDict, u->zLow, nU, misspeltPersonEach, &x) && x.nFound;
  if( w ){ w->eMissPerson = bFound ? 2 : 1; w->wMissFirst = s->aIdLow[i]; w->iMissPerson = x.iEntry; }
  if( !bFound ) return 0;
  *piEntry = x.iEntry;
  return 1;
}

/* If a party's own name starts at token i ("Umma (Nation) party", "Renewal
** Party"): capitalised words no dictionary and no word list knows, right
** after "the" and any adjectives, an optional gloss in brackets, then "party"; the token after
** it, else 0. */
static int namedParty(const Sent *s, int i){
  /* (the first word of the name tested first: most words are none) */
  const Tok *t = &s->aTok[i];
  if( !(t->flags & TOKF_CAP) || (t->flags & TOKF_PUNCT) || t->iLex>=0 || s->aIdLow[i]>=0 ) return 0;
  int h = i-1;   /* (past an adjective: "the fundamentalist Umma party") */
  while( h>=0 && h>=i-2 && TAG_IS_ADJ(s->aTok[h].eTag) && !(s->aTok[h].flags & TOKF_CAP) ) h--;
  if( h<0 || !tokIs(&s->aTok[h], "the") ) return 0;
  int j = i;
  while( j<s->nTok && j<i+3 && (s->aTok[j].flags & TOKF_CAP) && !(s->aTok[j].flags & TOKF_PUNCT)
         && s->aTok[j].iLex<0 && s->aIdLow[j]<0 ) j++;
  if( j==i ) return 0;
  if( j+2<s->nTok && tokIs(&s->aTok[j], "(") ){
    int q = j+1;
    while( q<s->nTok && q<j+4 && (s->aTok[q].flags & TOKF_CAP) ) q++;
    if( q<s->nTok && q>j+1 && tokIs(&s->aTok[q], ")") ) j = q+1;
  }
  return j<s->nTok && tokIs(&s->aTok[j], "party") ? j+1 : 0;
}

/* Words that end a company's name before "of <country>". */
static const char *const azFirmEnd[] = {"corp","co","inc","company","corporation","ltd","plc","group",
  "industries","holdings","bancorp","ag","sa","nv","spa","gmbh","bv","oy","ab","kk","pty","bhd","srl",0};

/* Does the name that the actor phrase [i, i+n) is in run on to a company's
** ending ("American Motors Corp", "Chrysler Canada Ltd", "United States
** Lines Inc")?  Capitalised words only, a few of them.  Returns the token
** after the name's ending, or 0. */
static int firmNameAfter(const Sent *s, int i, int n){
  if( !(s->aTok[i].flags & TOKF_CAP) ) return 0;
  int j = i+n;
  for(; j<s->nTok && j<=i+n+4 && (s->aTok[j].flags & TOKF_CAP); j++){
    if( inSet(s->aTok[j].zLow, azFirmEnd) && !tokIs(&s->aTok[j], "group") ) return j+1;
  }
  /* ... or to a Reuters ticker, which only a company's name has: "KLM
  ** Royal Dutch Airlines <KLM.AS>" (coder's reading of seed 5252, #14) */
  if( j+2<s->nTok && tokIs(&s->aTok[j], "<") && (s->aTok[j+1].flags & TOKF_CAP) ) return j;
  return 0;
}

/* Nouns a place name before them makes a name of: "the Paris accord",
** "his Tokyo visit" (eleventh review #60). */
static const char *const azAccordName[] = {"accord","accords","pact","agreement","treaty","summit",
  "conference","declaration","communique","round","talks","meeting","protocol","convention","charter",
  "consensus","process","visit","visits","trip","trips","tour","stopover",0};

/* Is token i inside a mention already found that names a state ("Britain"
** in "in Britain, West Germany": a list of places, not "in Managua,
** Nicaragua", a city and where it is)? */
static int placeIsState(const Sent *s, int i){
  int k = menCovering(s, i);
  return k>=0 && (s->aMen[k].flags & ACTF_STATE);
}

/* Mention finding tries, at each token, an actor phrase (actorAt), an agent
** phrase (agentAt), a name no dictionary has (unknownNameAt), a description
** (descriptionAt), a pronoun (pronounAt) and a "-led" word (ledAt), in that
** order.  Each returns the token after what it took, 0 when it finds
** nothing at i, or -1 when out of memory; the rules that take an actor
** phrase's words for no actor return the token to go on from. */

/* The actor phrase [i, i+n) is part of another name or an address: a
** company's, a commercial bank's, a city's; the token to go on from, else
** 0. */
static int actorInsideName(brink_coder *c, const Sent *s, int i, int n){
  if( !n || c->pEng->bPeerVerbs ) return 0;   /* (each rule below is brink's own, for a phrase) */
  /* "Dynamics Corp of America", "Nissan Motor Co of Japan": a country
  ** that ends a company's name is no actor (brink's own dictionaries) */
  /* (Reuters puts the ticker between: "Bond Corp Holdings Ltd <BONA.S>
  ** of Australia") */
  int iBeforeOf = i-2;
  if( iBeforeOf>0 && tokIs(&s->aTok[iBeforeOf], ">") ){
    int j = iBeforeOf-1;
    while( j>0 && j>iBeforeOf-8 && !tokIs(&s->aTok[j], "<") ) j--;
    if( j>0 && tokIs(&s->aTok[j], "<") ) iBeforeOf = j-1;
  }
  if( n && !c->pEng->bPeerVerbs && i>=2 && tokIs(&s->aTok[i-1], "of")
      && (s->aTok[iBeforeOf].flags & TOKF_CAP) && inSet(s->aTok[iBeforeOf].zLow, azFirmEnd) ){
    return i+n;
  }
  /* "Royal Bank of Canada", "Canadian Imperial Bank of Commerce", "Bank
  ** of America": a named bank with a word of its own before "Bank" is a
  ** commercial bank, no organ of the country (the reviews' rejected
  ** "Royal Bank of Canada said it classified ... loans to Brazil"); the
  ** state's banks keep it ("Central Bank of Brazil", "Export-Import Bank
  ** of Japan", "People's Bank of China") */
  if( n && !c->pEng->bPeerVerbs && i>=2 && tokIs(&s->aTok[i-1], "of") && tokIs(&s->aTok[i-2], "bank")
      && (s->aTok[i-2].flags & TOKF_CAP) ){
    static const char *const azStateBank[] = {"central","reserve","national","state","'s","federal",
      "export-import","development","the","a","of",0};
    const Tok *p = i>=3 ? &s->aTok[i-3] : 0;
    if( (p && (p->flags & TOKF_CAP) && !inSet(p->zLow, azStateBank) && !(p->flags & TOKF_PUNCT))
        || (tokIs(&s->aTok[i], "america") && n==1) ){
      return i+n;
    }
  }
  /* "the Gulf of Oman", "the Sea of Japan", "the Gulf of Guinea": a country
  ** that ends the name of a body of water is where it is, no actor (a
  ** tanker seized "in the Gulf of Oman" was coded as seized from Oman) */
  if( n && !c->pEng->bPeerVerbs && i>=2 && tokIs(&s->aTok[i-1], "of") && (s->aTok[i-2].flags & TOKF_CAP) ){
    static const char *const azWater[] = {"gulf","sea","bay","strait","straits","channel",0};
    if( inSet(s->aTok[i-2].zLow, azWater) ) return i+n;
  }
  /* "at its headquarters in Seattle, Washington", "in Atlanta, Georgia":
  ** the state or country after a place names where it is (twelfth
  ** review #57) */
  if( n && !c->pEng->bPeerVerbs && i>=3 && tokIs(&s->aTok[i-1], ",") && s->aTok[i-2].eTag==TAG_NNP
      && (s->aTok[i-2].flags & TOKF_CAP) && !placeIsState(s, i-2)
      && (tokIs(&s->aTok[i-3], "in") || tokIs(&s->aTok[i-3], "at") || tokIs(&s->aTok[i-3], "near")
          || tokIs(&s->aTok[i-3], "from"))
      /* (not the subject after an opening place: "In Tokyo, Japan accused") */
      && (i+n>=s->nTok || (s->aTok[i+n].flags & TOKF_PUNCT) || s->aTok[i+n].eTag==TAG_IN || s->aTok[i+n].eTag==TAG_CC) ){
    return i+n;
  }
  /* ... and so is one inside it ("American Motors Corp"), and the rest
  ** of the name ("British Broadcasting Corporation": no agent) */
  int iFirmEnd = n && !c->pEng->bPeerVerbs ? firmNameAfter(s, i, n) : 0;
  if( iFirmEnd ){
    return iFirmEnd;
  }
  return 0;
}

/* misspeltPersonFrom() behind the tests nearly every token fails, inline. */
static inline int misspeltPerson(const brink_coder *c, const Sent *s, int i, uint32_t *piEntry){
  if( i+1>=s->nTok || s->aIdLow[i]<0 ) return 0;
  /* (the given name must begin some actor's name: most words do not) */
  if( !(s->aStarts[i] & (1u<<DK_ACTOR)) ) return 0;
  return misspeltPersonFrom(c, s, i, piEntry);
}

/* The length of the actor phrase at i (n, 0 for none) once a person's name
** has its family name: one misspelt, or one after the Arabic article;
** sets *piEntry when it finds a misspelt one. */
static int personNameLen(brink_coder *c, const Sent *s, int i, int n, uint32_t *piEntry){
  const DictView *pV = &c->v;
  /* a person's name ends with a family name after the Arabic article
  ** that the dictionary spells otherwise ("Hamad bin Khalifa al-Thani"
  ** for "... Al Thani"): the name goes on (brink's own dictionaries) */
  if( !n && !c->pEng->bPeerVerbs && misspeltPerson(c, s, i, piEntry) ) n = 2;
  if( n && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][*piEntry].flags & ACTF_PERSON) ){
    uint32_t iNext;
    /* (a name the entry spells longer from its last word on: "President
    ** Xi" is an alias, "President Xi Jinping" the whole name; "King Hamad
    ** bin Isa") */
    if( n>=2 ){
      int nLonger = brinkPhraseAt(c, s, DK_ACTOR, i+n-1, &iNext);
      if( nLonger>=2 && iNext==*piEntry ) n += nLonger-1;
    }
    while( i+n<s->nTok && (s->aTok[i+n].flags & TOKF_HYPHEN)
           && (strncmp(s->aTok[i+n].zLow, "al-", 3)==0 || strncmp(s->aTok[i+n].zLow, "el-", 3)==0)
           && !brinkPhraseAt(c, s, DK_ACTOR, i+n, &iNext) ) n++;
  }
  return n;
}

/* The actor phrase [i, i+n) (entry iEntry) names a meeting held in the
** place, not its state: an accord, a summit, a round of talks; the token
** to go on from, else 0. */
static int actorNamesMeeting(brink_coder *c, const Sent *s, int i, int n, uint32_t iEntry){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  /* a seat of government that names an accord or a meeting is its place,
  ** not the government: "the February 22 Paris accord", "refused to join
  ** the Paris pact", "the Moscow summit" (brink's own dictionaries) */
  /* ("the Paris currency stabilisation accord": a few common nouns may
  ** come between) */
  int iNoun = i+1;
  if( n==1 && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG) ){
    while( iNoun<s->nTok && iNoun<=i+3 && !(s->aTok[iNoun].flags & TOKF_CAP)
           && (s->aTok[iNoun].eTag==TAG_NN || s->aTok[iNoun].eTag==TAG_JJ) && !inSet(s->aTok[iNoun].zLow, azAccordName) ) iNoun++;
  }
  if( n==1 && !c->pEng->bPeerVerbs && iNoun<s->nTok && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG)
      && inSet(s->aTok[iNoun].zLow, azAccordName) ){
    const char *zC = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
    size_t nC = zC ? strlen(zC) : 0;
    if( nC==6 && strcmp(zC+3, "GOV")==0 ){ return i+1; }
  }
  /* "the Uruguay Round", "the Uruguay trade round", "the Tokyo round of
  ** trade talks": a round of talks named after its venue is no state */
  if( n && !c->pEng->bPeerVerbs && (pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ORG)) ){
    int j = i+n;
    if( j<s->nTok && tokIs(&s->aTok[j], "trade") ) j++;
    if( j<s->nTok && tokIs(&s->aTok[j], "round") ){ return j+1; }
  }
  return 0;
}

/* The actor phrase [i, i+n) (entry iEntry) is used for something other than
** an actor: a region's word describing a country, a dateline, a company's
** subsidiary, a congressman's state, a sea; the token to go on from, else
** 0. */
static int actorUsedOtherwise(brink_coder *c, const Sent *s, int i, int n, uint32_t iEntry){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  /* "the south american country", "the African nation": a region's word
  ** describing one country (named elsewhere) is no actor of the region
  ** (twenty-eighth review #35: West Germany and Bolivia signed treaties
  ** with "South America") */
  if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (tokIs(&s->aTok[i+n], "country") || tokIs(&s->aTok[i+n], "nation")
      || tokIs(&s->aTok[i+n], "state") || tokIs(&s->aTok[i+n], "republic")) ){
    static const char *const azRegionCode[] = {"LAM","SAM","AFR","EUR","ASA","MEA","WST","CAS","SAS","SEA",
      "NAF","WAF","EAF","SAF","CAF","EEU","WEU","SCN","CRB","CAM","NAM","PGS","BLK","BAL","MDE",0};
    const char *zR = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
    if( zR && strlen(zR)==3 && inSet(zR, azRegionCode) ){ return i+n; }
  }
  /* a dateline inside a story, "(NYFC 1433) WASHINGTON - U.S. Treasury
  ** Secretary James Baker holds talks": the place in capitals before the
  ** dash, at the sentence's start or after the bracketed code, is where
  ** the item was filed, no actor (thirty-third review #59) */
  if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (tokIs(&s->aTok[i+n], "-") || tokIs(&s->aTok[i+n], "--"))
      && s->aTok[i+n].iOff > s->aTok[i+n-1].iOff + (uint32_t)s->aTok[i+n-1].n   /* a spaced dash: not "U.S.-backed" */
      && (i==0 || tokIs(&s->aTok[i-1], ")")) ){
    int bCaps = 1;
    for(int k=i; k<i+n && bCaps; k++) bCaps = (s->aTok[k].flags & TOKF_ALLCAP) || (s->aTok[k].flags & TOKF_PUNCT);
    if( bCaps ){ return i+n; }
  }
  /* "GM Canada", "IBM Japan": a country after an acronym no dictionary
  ** knows is a company's subsidiary there (thirty-second review #96,
  ** #99) */
  if( n && !c->pEng->bPeerVerbs && i>0 && (s->aTok[i-1].flags & TOKF_ALLCAP) && s->aTok[i-1].n>=2
      && !(s->aTok[i-1].flags & TOKF_PUNCT) && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_STATE)
      && !(s->nMen>0 && s->aMen[s->nMen-1].iEnd==i) ){
    return i+n;
  }
  /* "Thomas Foley, a Washington Democrat": the state a member of
  ** Congress comes from is no actor (thirty-first review #70) */
  if( n==1 && !c->pEng->bPeerVerbs && i+1<s->nTok && tokIs(&s->aTok[i], "washington") ){
    static const char *const azMember[] = {"democrat","democrats","republican","republicans","senator",
      "senators","congressman","congresswoman","congressmen","representative","lawmaker","lawmakers","state",0};
    if( inSet(s->aTok[i+1].zLow, azMember) ){ return i+2; }
  }
  /* "the Indian Ocean", "the South China Sea": a sea's name is no actor
  ** (twenty-eighth review #34) */
  if( n && !c->pEng->bPeerVerbs && i+n<s->nTok && (s->aTok[i+n].flags & TOKF_CAP)
      && (tokIs(&s->aTok[i+n], "ocean") || tokIs(&s->aTok[i+n], "sea"))
      && (pV->aEntry[DK_ACTOR][iEntry].flags & (ACTF_STATE|ACTF_ADJ)) ){
    return i+n+1;
  }
  return 0;
}

/* Push the mention of the actor phrase [i, i+n) (entry iEntry) with its
** code: a capital's newspaper, a titled person out of office, a country's
** company.  Returns the token after it, or -1 on OOM. */
static int pushActor(brink_coder *c, Sent *s, int i, int n, uint32_t iEntry){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  Mention *m = brinkMenPush(c, s);
  if( !m ) return -1;
  m->iStart = i; m->iEnd = i+n;
  const char *zCode = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
  /* "The Washington Post", "the Tehran Times": a newspaper named after a
  ** capital is that country's press, not its government (twenty-eighth
  ** review #17) */
  static const char *const azPaper[] = {"post","times","herald","tribune","journal","star","daily",
    "globe","chronicle","gazette","telegraph","observer","standard","news","express","mail",0};
  if( !c->pEng->bPeerVerbs && zCode && strlen(zCode)==6 && strcmp(zCode+3, "GOV")==0
      && (pV->aEntry[DK_ACTOR][iEntry].flags & ACTF_ORG) && i+n<s->nTok
      && (s->aTok[i+n].flags & TOKF_CAP) && inSet(s->aTok[i+n].zLow, azPaper) ){
    char zMed[8];
    snprintf(zMed, sizeof zMed, "%.3sMED", zCode);
    zCode = brinkArenaStrndup(&c->arena, zMed, 6);
    if( !zCode ) return -1;
    m->iEnd = i+n+1;
    n++;
  }
  m->zCode = zCode ? zCode : "";
  m->flags = pV->aEntry[DK_ACTOR][iEntry].flags;
  m->zNear = !zCode && (m->flags & ACTF_PERSON) ? brinkDictCodeNearest(d, DK_ACTOR, iEntry, c->iDay) : 0;
  if( m->zNear && strlen(m->zNear)>=3 ){
    /* "President Obama" as one phrase, in a story dated outside his
    ** roles: the title it starts with gives the role, his nearest role
    ** the country */
    uint32_t iAg;
    int nAg = brinkPhraseAt(c, s, DK_AGENT, i, &iAg);
    const char *zAg = nAg>0 && nAg<n ? brinkDictCodeOn(d, DK_AGENT, iAg, c->iDay) : 0;
    const char *zC3 = zAg && zAg[0] ? brinkArenaStrndup(&c->arena, m->zNear, 3) : 0;
    if( zC3 ) m->zCode = brinkJoinCode(c, zC3, zAg, (pV->aEntry[DK_AGENT][iAg].flags & ACTF_PREFIX)!=0);
  }
  /* "Britain's Cable and Wireless PLC": a country's company, its
  ** business, not the country (eleventh review #56; brink's own
  ** dictionaries) */
  if( !c->pEng->bPeerVerbs && strlen(m->zCode)==3 && i+n+1<s->nTok && tokIs(&s->aTok[i+n], "'s") ){
    int j = i+n+1;
    while( j<s->nTok && j<i+n+7 && ((s->aTok[j].flags & TOKF_CAP) || tokIs(&s->aTok[j], "and")
           || tokIs(&s->aTok[j], "&")) && !inSet(s->aTok[j].zLow, azFirmEnd) ) j++;
    if( j<s->nTok && j>i+n+1 && (s->aTok[j].flags & TOKF_CAP) && inSet(s->aTok[j].zLow, azFirmEnd)
        && !tokIs(&s->aTok[j], "group") ) m->zCode = brinkJoinCode(c, m->zCode, "BUS", 0);
  }
  return i+n;
}

/* An actor phrase at token i, unless a rule takes its words for no actor:
** pushes its mention.  Returns the token after what it took, 0 when there
** is no actor phrase at i, -1 on OOM. */
static int actorAt(brink_coder *c, Sent *s, int i){
  const Tok *t = &s->aTok[i];
  uint32_t iEntry;
  int n = brinkPhraseAt(c, s, DK_ACTOR, i, &iEntry);
  /* "consult us", "lend us": the pronoun is no United States; only "US"
  ** in capitals is */
  if( n==1 && tokIs(t, "us") && !(t->flags & TOKF_ALLCAP) ) n = 0;
  /* "the U.N. Security Council": a phrase that begins with "the" ("the
  ** U.N.") gives way to a longer one that begins after it */
  if( n>=2 && tokIs(t, "the") && !c->pEng->bPeerVerbs ){
    uint32_t iLonger;
    int nLonger = brinkPhraseAt(c, s, DK_ACTOR, i+1, &iLonger);
    if( nLonger>=n ) return i+1;
  }
  /* ("the west bank of the Dnipro river": a name written in lower case
  ** before "of", in a sentence that capitalises its names, is a common
  ** noun, not the West Bank) */
  if( n>=2 && !c->pEng->bPeerVerbs && i+n<s->nTok && tokIs(&s->aTok[i+n], "of") ){
    int bLower = 1, bCaps = 0;
    for(int k=i; k<i+n && bLower; k++) bLower = !(s->aTok[k].flags & TOKF_CAP);
    for(int k=1; k<s->nTok && bLower && !bCaps; k++) bCaps = (s->aTok[k].flags & TOKF_CAP)!=0 && !(s->aTok[k].flags & TOKF_PUNCT);
    if( bLower && bCaps ) return i+n;
  }
  int iNext = actorInsideName(c, s, i, n);
  if( iNext ) return iNext;
  n = personNameLen(c, s, i, n, &iEntry);
  /* one person's one-word name right before another known person's name
  ** is the other's given name: "Abbas Araqchi" is no Mahmoud Abbas
  ** (stop 31) */
  if( n==1 && !c->pEng->bPeerVerbs && (c->v.aEntry[DK_ACTOR][iEntry].flags & ACTF_PERSON) && i+1<s->nTok
      && (s->aTok[i+1].flags & TOKF_CAP) && s->aTok[i+1].eTag==TAG_NNP ){
    uint32_t iNextEntry;
    if( brinkPhraseAt(c, s, DK_ACTOR, i+1, &iNextEntry) && iNextEntry!=iEntry
        && (c->v.aEntry[DK_ACTOR][iNextEntry].flags & ACTF_PERSON) ) return i+1;
  }
  iNext = actorNamesMeeting(c, s, i, n, iEntry);
  if( !iNext ) iNext = actorUsedOtherwise(c, s, i, n, iEntry);
  if( iNext || !n ) return iNext;
  return pushActor(c, s, i, n, iEntry);
}

/* The length of the agent phrase [i, i+n), or 0 when its one word is read
** as something else here: a verb, an adjective, a market, an act. */
static int agentLen(brink_coder *c, const Sent *s, int i, int n){
  const Tok *t = &s->aTok[i];
  /* a one-word agent read as a verb after a singular common noun, a
  ** noun phrase after it, is that verb: "The trade bill forces the
  ** administration to act" (brink's own; not "its forces killed", where
  ** the tagger's verb is a slip) */
  if( n==1 && !c->pEng->bPeerVerbs && t->eTag==TAG_VBZ && i>0 && i+1<s->nTok && s->aTok[i-1].eTag==TAG_NN
      && (s->aTok[i+1].eTag==TAG_DT || s->aTok[i+1].eTag==TAG_PRPS || s->aTok[i+1].eTag==TAG_CD) ) n = 0;
  /* an agent word used as an adjective before a noun is no agent:
  ** "official contact", "military aid" (but "military officials" is a
  ** longer agent phrase, matched whole) */
  if( n==1 && t->eTag==TAG_JJ && i+1<s->nTok && (s->aTok[i+1].eTag==TAG_NN || s->aTok[i+1].eTag==TAG_NNS) ){
    uint32_t iNext;
    if( !brinkPhraseAt(c, s, DK_AGENT, i+1, &iNext) ) n = 0;
  }
  /* ... or before "and" another adjective ("medium and long-term debt":
  ** "medium" is the lemma of "media"), and a few nouns that name a
  ** market, not people, before another noun ("passenger cars",
  ** "consumer prices", "tourist visas") */
  if( n==1 && (t->eTag==TAG_JJ || t->eTag==TAG_NN) && i+2<s->nTok && tokIs(&s->aTok[i+1], "and")
      && TAG_IS_ADJ(s->aTok[i+2].eTag) ) n = 0;
  static const char *const azMarket[] = {"passenger","consumer","tourist","taxpayer","pilgrim",0};
  if( n==1 && i+1<s->nTok && inSet(t->zLow, azMarket) && TAG_IS_NOUN(s->aTok[i+1].eTag) ) n = 0;
  /* "prisoners" are inmates (CRM) only as the bare subject of a verb
  ** ("Prisoners rioted in a Belfast jail"); released, exchanged or
  ** named with their people ("Armenian prisoners") they are as often
  ** captured soldiers or political prisoners, and no agent (stop 31) */
  if( n>=1 && !c->pEng->bPeerVerbs && (tokIs(&s->aTok[i+n-1], "prisoners") || tokIs(&s->aTok[i+n-1], "prisoner")) ){
    int bBare = n==1 && (i==0 || s->aTok[i-1].eTag==TAG_DT || (s->aTok[i-1].flags & TOKF_PUNCT));
    int v = i+n;
    while( v<s->nTok && v<i+3 && s->aTok[v].eTag==TAG_RB ) v++;
    /* (the tagger may read a verb after a plural as a participle:
    ** "Prisoners rioted"; not "prisoners freed by Iran") */
    int bVerb = v<s->nTok && (TAG_IS_FINITE(s->aTok[v].eTag) || s->aTok[v].eTag==TAG_MD
                || (s->aTok[v].eTag==TAG_VBN && !(v+1<s->nTok && tokIs(&s->aTok[v+1], "by"))));
    if( !bBare || !bVerb ) n = 0;
  }
  /* "expressed opposition to the deal", "voiced strong opposition": the
  ** act of opposing, not the opposition party (sixth review #27) */
  if( n==1 && tokIs(t, "opposition") ){
    int j = i-1;
    while( j>0 && s->aTok[j].eTag==TAG_JJ && menCovering(s, j)<0 ) j--;
    /* (but "rejected opposition demands": the party's) */
    if( j>=0 && TAG_IS_VERB(s->aTok[j].eTag) && !(i+1<s->nTok && TAG_IS_NOUN(s->aTok[i+1].eTag)) ) n = 0;
  }
  return n;
}

/* Push the mention of the agent phrase [i, i+n) (entry iEntry), with the
** portfolio of a title "for" one.  Returns the token after it, or -1 on
** OOM. */
static int pushAgent(brink_coder *c, Sent *s, int i, int n, uint32_t iEntry){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  Mention *m = brinkMenPush(c, s);
  if( !m ) return -1;
  m->iStart = i; m->iEnd = i+n;
  /* a title "for" its portfolio is one role: "the Minister for
  ** Interior", "Secretary for Foreign Affairs" (brink's own) */
  if( !c->pEng->bPeerVerbs && (s->aTok[i+n-1].flags & TOKF_CAP) && i+n+1<s->nTok
      && tokIs(&s->aTok[i+n], "for") && s->aTok[i+n+1].eTag==TAG_NNP && (s->aTok[i+n+1].flags & TOKF_CAP) ){
    int j = i+n+1;
    while( j<s->nTok && j<i+n+4 && ((s->aTok[j].eTag==TAG_NNP && (s->aTok[j].flags & TOKF_CAP))
           || (tokIs(&s->aTok[j], "and") && j+1<s->nTok && (s->aTok[j+1].flags & TOKF_CAP))) ){
      uint32_t iX;
      int iPlaceEnd;    /* ("Attorney for Manhattan", "for Europe": a place, no portfolio) */
      if( brinkPhraseAt(c, s, DK_ACTOR, j, &iX) || brinkPlaceCountry(c, s, j, &iPlaceEnd) ) break;
      j++;
    }
    if( j<s->nTok && j>i+n+1 && s->aTok[j].eTag!=TAG_NNP ){ n = j-i; m->iEnd = j; }
  }
  const char *zCode = brinkDictCodeOn(d, DK_AGENT, iEntry, c->iDay);
  m->zCode = "";
  m->zAgent = zCode ? zCode : "";
  m->flags = (uint16_t)(pV->aEntry[DK_AGENT][iEntry].flags | MF_AGENT);
  return i+n;
}

/* An agent phrase at token i that is an agent here: pushes its mention.
** Returns the token after what it took, 0 when there is none, -1 on OOM. */
static int agentAt(brink_coder *c, Sent *s, int i){
  uint32_t iEntry;
  int n = brinkPhraseAt(c, s, DK_AGENT, i, &iEntry);
  /* an agent word that opens a company's name is part of the name:
  ** "Union Carbide Corp" holds no trade union */
  if( n && !c->pEng->bPeerVerbs ){
    int iFirm = firmNameAfter(s, i, n);
    if( iFirm ){ return iFirm; }
  }
  n = agentLen(c, s, i, n);
  if( !n ) return 0;
  return pushAgent(c, s, i, n, iEntry);
}

/* A name at token i that no dictionary has as it is written: a misspelt
** country, a party's own name.  Pushes its mention; returns the token
** after it, 0 when there is none, -1 on OOM. */
static int unknownNameAt(brink_coder *c, Sent *s, int i){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  const Tok *t = &s->aTok[i];
  uint32_t iEntry;
  /* a country's name misspelt ("Ethopia", "Quatar's"): brink's own
  ** dictionaries, for a capitalised word no dictionary and no word list
  ** knows, standing alone */
  if( !c->pEng->bPeerVerbs && (t->flags & TOKF_CAP) && !(t->flags & TOKF_ALLCAP) && t->iLex<0
      && !(i+1<s->nTok && (s->aTok[i+1].flags & TOKF_CAP) && !(s->aTok[i+1].flags & TOKF_PUNCT)) ){
    if( misspeltCountry(c, t, &iEntry) ){
      Mention *m = brinkMenPush(c, s);
      if( !m ) return -1;
      m->iStart = i; m->iEnd = i+1;
      m->zCode = brinkDictCodeOn(d, DK_ACTOR, iEntry, c->iDay);
      m->flags = pV->aEntry[DK_ACTOR][iEntry].flags;
      return i+1;
    }
  }
  /* a party known only by its own name, no dictionary's ("the Umma
  ** (Nation) party", "the Renewal Party"): a role with no country, as a
  ** party that protests or boycotts is the opposition (brink's own
  ** dictionaries) */
  if( !c->pEng->bPeerVerbs ){
    int e = namedParty(s, i);
    if( e ){
      Mention *m = brinkMenPush(c, s);
      if( !m ) return -1;
      m->iStart = i; m->iEnd = e; m->zCode = ""; m->zAgent = "OPP";
      m->flags = MF_AGENT|MF_PARTY|ACTF_ORG;
      return e;
    }
  }
  return 0;
}

/* A description that stands for actors named elsewhere, at token i: pushes
** its mention; returns the token after it, 0 when there is none, -1 on
** OOM. */
static int descriptionAt(brink_coder *c, Sent *s, int i){
  const Tok *t = &s->aTok[i];
  /* descriptions: "the latter", "the former", "both leaders" */
  if( tokIs(t, "the") && i+1<s->nTok && (tokIs(&s->aTok[i+1], "latter") || tokIs(&s->aTok[i+1], "former")) ){
    Mention *m = brinkMenPush(c, s);
    if( !m ) return -1;
    m->iStart = i; m->iEnd = i+2; m->zCode = ""; m->flags = MF_PRONOUN;
    return i+2;
  }
  if( (tokIs(t, "both") || (tokIs(t, "the") && i+1<s->nTok && tokIs(&s->aTok[i+1], "two")))
      && i+2<s->nTok ){
    int j = tokIs(t, "both") ? i+1 : i+2;
    static const char *const azPair[] = {"leaders","sides","presidents","countries","nations",
      "governments","men","ministers","parties","states",0};
    if( j<s->nTok && inSet(s->aTok[j].zLow, azPair) ){
      Mention *m = brinkMenPush(c, s);
      if( !m ) return -1;
      m->iStart = i; m->iEnd = j+1; m->zCode = ""; m->flags = MF_PRONOUN|ACTF_PLURAL;
      return j+1;
    }
  }
  return 0;
}

/* Is the "it" at token i an actor, the subject of its clause, and no
** expletive? */
static int itIsActor(const Sent *s, int i){
  /* "it" is an actor only as a subject: "it accumulates"; not "made it clear" */
  const Tok *u = i+1<s->nTok ? &s->aTok[i+1] : 0;
  int p = u && (TAG_IS_VERB(u->eTag) || u->eTag==TAG_MD || u->eTag==TAG_RB);
  /* "it was difficult", "it is expected that", "it would be profoundly
  ** undesirable for Iran to", "it has been said": expletive */
  int j = i+1;
  while( p && j<s->nTok && j<=i+3 && (s->aTok[j].eTag==TAG_MD || s->aTok[j].eTag==TAG_RB
         || tokIs(&s->aTok[j], "has") || tokIs(&s->aTok[j], "had")) ) j++;
  if( p && j<s->nTok && inSet(s->aTok[j].zLow, brinkAzBe) ) p = 0;
  /* "it also seems to me that", "it appears that" (thirteenth review #80) */
  static const char *const azSeem[] = {"seems","seemed","seem","appears","appeared","appear",0};
  if( p && j<s->nTok && inSet(s->aTok[j].zLow, azSeem) ) p = 0;
  /* "it has taken almost six months to complete the loan", "it took
  ** weeks to": the time a thing took (twelfth review #23) */
  if( p && j<s->nTok && (tokIs(&s->aTok[j], "taken") || tokIs(&s->aTok[j], "took") || tokIs(&s->aTok[j], "takes")
      || tokIs(&s->aTok[j], "take")) ){
    for(int k=j+1; k<s->nTok && k<=j+6; k++) if( tokIs(&s->aTok[k], "to") ){ p = 0; break; }
  }
  /* "it makes no sense to abandon this policy", "it makes sense to"
  ** (thirty-third review #33) */
  if( p && j+1<s->nTok && lemIs(&s->aTok[j], "make") && (tokIs(&s->aTok[j+1], "sense")
      || (j+2<s->nTok && tokIs(&s->aTok[j+2], "sense"))) ) p = 0;
  return p;
}

/* A pronoun at token i that refers to an actor: pushes its mention;
** returns the token after it, 0 when there is none, -1 on OOM. */
static int pronounAt(brink_coder *c, Sent *s, int i){
  const Tok *t = &s->aTok[i];
  int p = isPronounWord(s, i);
  if( p>0 && tokIs(t, "it") ){
    p = itIsActor(s, i);
  }
  if( p<0 ){
    /* "her" is an object pronoun when no noun follows */
    p = !(i+1<s->nTok && (TAG_IS_NOUN(s->aTok[i+1].eTag) || TAG_IS_ADJ(s->aTok[i+1].eTag)));
  }
  if( p ){
    Mention *m = brinkMenPush(c, s);
    if( !m ) return -1;
    m->iStart = i; m->iEnd = i+1; m->zCode = ""; m->flags = MF_PRONOUN;
    return i+1;
  }
  return 0;
}

/* A country's word before "-led" and the forces it leads, or before
** "-flagged" and the ship that flies its flag, at token i: pushes the
** country's mention; returns the token after it, 0 when there is none, -1
** on OOM. */
static int ledAt(brink_coder *c, Sent *s, int i){
  const Dict *d = c->pDict;
  const DictView *pV = &c->v;
  const Tok *t = &s->aTok[i];
  /* "Saudi-led forces", "the U.S.-led coalition": the leader's forces
  ** (brink's own dictionaries; "Iranian-backed" militias are not Iran's) */
  static const char *const azLedWhat[] = {"forces","force","troops","coalition","alliance","invasion",
    "offensive","operation","operations","mission","campaign","army","armies","military","government",
    "administration","blockade","bombing","airstrikes","strikes","peacekeepers","peacekeeping",0};
  /* ("the British-flagged tanker Stena Impero": the ship is Britain's) */
  static const char *const azShip[] = {"tanker","tankers","ship","ships","vessel","vessels","freighter",
    "freighters","cargo","boat","boats","carrier","trawler","trawlers","oil","container","merchant",0};
  size_t nSuffix = !c->pEng->bPeerVerbs && t->n>5 && memcmp(t->zLow + t->n - 4, "-led", 4)==0
                   && i+1<s->nTok && inSet(s->aTok[i+1].zLow, azLedWhat) ? 4
                 : !c->pEng->bPeerVerbs && t->n>9 && memcmp(t->zLow + t->n - 8, "-flagged", 8)==0
                   && i+1<s->nTok && inSet(s->aTok[i+1].zLow, azShip) ? 8 : 0;
  if( nSuffix ){
    int32_t w = brinkDictWordId(c->pDict, t->zLow, (size_t)t->n - nSuffix);
    uint32_t nPh = 0;
    const uint32_t *aPh = w>=0 ? brinkDictPhrasesFor(c->pDict, DK_ACTOR, w, &nPh) : 0;
    if( nPh ){
      uint32_t iEnt = pV->aPhrase[DK_ACTOR][aPh[0]].iEntry;
      const char *zCode = brinkDictCodeOn(d, DK_ACTOR, iEnt, c->iDay);
      uint16_t fl = pV->aEntry[DK_ACTOR][iEnt].flags;
      if( zCode && zCode[0] && !(fl & ACTF_PERSON) ){
        Mention *m = brinkMenPush(c, s);
        if( !m ) return -1;
        m->iStart = i; m->iEnd = i+1; m->zCode = zCode;
        m->flags = (uint16_t)((fl & ~ACTF_STATE) | ACTF_ADJ);
        return i+1;
      }
    }
  }
  return 0;
}

/* A city or province the gazetteer knows, named as a verb's object at
** token i ("Russian forces shelled Kharkiv", "struck the port city of
** Odesa", "visited Lviv"): the country it is in stands for it, as a
** capital does.  Pushes that country's mention; returns the token after
** the place, 0 when there is none, -1 on OOM (brink's own dictionaries;
** stop 31). */
__attribute__((noinline)) static int placeObjectAt(brink_coder *c, Sent *s, int i){
  const Tok *t = &s->aTok[i];
  if( c->pEng->bPeerVerbs || i<2 || !(t->flags & TOKF_CAP) || t->eTag!=TAG_NNP ) return 0;
  /* (most names have no verb shortly before them: a quick look first) */
  int bVerb = 0;
  for(int k=i-1; k>=0 && k>=i-8 && !bVerb; k--){
    if( s->aTok[k].flags & TOKF_PUNCT ) break;
    bVerb = TAG_IS_VERB(s->aTok[k].eTag);
  }
  if( !bVerb ) return 0;
  int j = i-1;
  if( j>=2 && tokIs(&s->aTok[j], "of") && inSet(s->aTok[j-1].zLow, brinkAzPlaceKind) ) j -= 2;
  while( j>0 && (TAG_IS_ADJ(s->aTok[j].eTag) || inSet(s->aTok[j].zLow, brinkAzPlaceKind)) && !(s->aTok[j].flags & TOKF_CAP) ) j--;
  if( j>0 && s->aTok[j].eTag==TAG_DT ) j--;
  /* (or where the object is: "struck energy facilities in Odesa",
  ** "shelled residential areas near Kharkiv") */
  static const char *const azWhere[] = {"in","near","outside","around",0};
  /* (or a part of it: "pounded residential districts of Kharkiv",
  ** "shelled the outskirts of Kyiv") */
  int bPartOf = j>=3 && tokIs(&s->aTok[j], "of")
                && (inSet(s->aTok[j-1].zLemma, brinkAzPlacePart) || inSet(s->aTok[j-1].zLemma, brinkAzPlaceKind));
  if( j>=3 && (inSet(s->aTok[j].zLow, azWhere) || bPartOf) ){
    int k = j-1, n = 0;
    while( k>0 && n<6 && s->aMenAt[k]<0 && !(s->aTok[k].flags & TOKF_CAP)
           && (TAG_IS_NOUN(s->aTok[k].eTag) || TAG_IS_ADJ(s->aTok[k].eTag) || s->aTok[k].eTag==TAG_DT
               || s->aTok[k].eTag==TAG_CD) ){ k--; n++; }
    if( n>0 && TAG_IS_NOUN(s->aTok[j-1].eTag) ) j = k;
  }
  const int e = s->aTok[j].eTag;
  if( !(TAG_IS_FINITE(e) || e==TAG_VB || e==TAG_VBG || (e==TAG_VBN && j>0 && !inSet(s->aTok[j-1].zLow, brinkAzBe))) ) return 0;
  /* (only after verbs of force and of taking ground: a place's name is
  ** also a person's or a firm's, "including Mitchell", "ruling Liberal
  ** Democrats") */
  static const char *const azForce[] = {"attack","shell","bomb","strike","hit","raid","storm","pound",
    "bombard","besiege","encircle","capture","seize","occupy","invade","retake","recapture","overrun",
    "target","blockade","surround","liberate","shoot","rocket","missile",0};
  if( !s->aTok[j].zLemma || !inSet(s->aTok[j].zLemma, azForce) ) return 0;
  int iEnd;
  const char *zC = brinkPlaceCountry(c, s, i, &iEnd);
  if( !zC || iEnd<=i ) return 0;
  Mention *m = brinkMenPush(c, s);
  if( !m ) return -1;
  m->iStart = i; m->iEnd = iEnd; m->zCode = zC; m->flags = ACTF_STATE;
  return iEnd;
}

/* Find actor, agent and pronoun mentions (not yet composed). */
int brinkFindMentions(brink_coder *c, Sent *s){
  for(int i=0; i<s->nTok; ){
    if( s->aTok[i].flags & TOKF_PUNCT ){ i++; continue; }
    int iNext = actorAt(c, s, i);
    if( !iNext ) iNext = agentAt(c, s, i);
    if( !iNext ) iNext = unknownNameAt(c, s, i);
    if( !iNext ) iNext = descriptionAt(c, s, i);
    if( !iNext ) iNext = pronounAt(c, s, i);
    if( !iNext ) iNext = ledAt(c, s, i);
    /* (only a capitalised proper noun can be one: the test kept here, the
    ** rare call out of line, as the loop runs for every word) */
    if( !iNext && (s->aTok[i].flags & TOKF_CAP) && s->aTok[i].eTag==TAG_NNP ) iNext = placeObjectAt(c, s, i);
    if( iNext<0 ) return BRINK_ENOMEM;
    i = iNext ? iNext : i+1;
  }
  return BRINK_OK;
}

/* Tokens strictly between two mentions are only modifiers (adjectives,
** nouns, numbers, hyphens)? */
static int onlyModifiers(const Sent *s, int i0, int i1, int nMax){
  if( i1 - i0 > nMax ) return 0;
  for(int i=i0; i<i1; i++){
    int e = s->aTok[i].eTag;
    if( TAG_IS_ADJ(e) || e==TAG_NN || e==TAG_NNP || e==TAG_CD || e==TAG_VBG || e==TAG_VBN
        || tokIs(&s->aTok[i], "-") ) continue;
    /* coordinated adjectives: "awful and evil minister" */
    if( e==TAG_CC && i>i0 && i+1<i1 && TAG_IS_ADJ(s->aTok[i-1].eTag) && TAG_IS_ADJ(s->aTok[i+1].eTag) ) continue;
    return 0;
  }
  return 1;
}

const char *brinkJoinCode(brink_coder *c, const char *zActor, const char *zAgent, int bPrefix){
  size_t nA = strlen(zActor), nG = strlen(zAgent);
  if( nG==0 ) return zActor;
  /* a party or movement named before "government" is that country's
  ** government: "the Sandinista government", "the Hamas government" */
  if( nA>3 && strcmp(zAgent, "GOV")==0 && strncmp(zActor, "IGO", 3)!=0 && strncmp(zActor, "NGO", 3)!=0
      && strncmp(zActor, "IMG", 3)!=0 && strncmp(zActor, "MNC", 3)!=0 ){
    char *z = brinkArenaAlloc(&c->arena, 7);
    if( !z ) return zActor;
    memcpy(z, zActor, 3); memcpy(z+3, "GOV", 4);
    return z;
  }
  /* Agents compose with country codes (three letters, or a country code
  ** that already carries a role: RUSGOV + MIL stays RUSGOV).  Other actors
  ** (IGOs, named groups) keep their own code.  TABARI composes with any
  ** code (GONGMO + NGM~ is NGMGONGMO) unless the code already ends (starts,
  ** for a prefix) with the agent's: USAGOV + GOV stays USAGOV. */
  if( c->bStems ){
    if( bPrefix ? (nA>=nG && strncmp(zActor, zAgent, nG)==0) : (nA>=nG && strcmp(zActor+nA-nG, zAgent)==0) ) return zActor;
  }else{
    if( nA!=3 ) return zActor;
    if( strcmp(zActor, zAgent)==0 ) return zActor;   /* NGM + NGM is NGM, as PETRARCH mixes them */
  }
  char *z = brinkArenaAlloc(&c->arena, nA+nG+1);
  if( !z ) return zActor;
  if( bPrefix ){ memcpy(z, zAgent, nG); memcpy(z+nG, zActor, nA); }
  else { memcpy(z, zActor, nA); memcpy(z+nA, zAgent, nG); }
  z[nA+nG] = 0;
  return z;
}

/* People who are in a capital as outsiders: "diplomats in Moscow",
** "correspondents in Beijing" are seldom of the country they are in. */
static const char *const azVisitor[] = {"diplomat","diplomats","envoy","envoys","ambassador",
  "ambassadors","correspondent","correspondents","journalist","journalists","reporter","reporters",
  "observer","observers","delegation","delegations","delegate","delegates","negotiator","negotiators",
  "visitor","visitors","tourist","tourists","mission","missions","attache","attaches",0};

/* The country of mention b when it is a capital that the dictionary codes
** as its government and the gazetteer places as a city of that country
** alone ("Seoul": KOR; not "the Kremlin", nor "Tripoli", a city in two) or
** mostly ("Paris": France's is far larger than Texas's); a 3-letter code in
** the arena, or NULL. */
static const char *capitalCountry(brink_coder *c, const Sent *s, const Mention *b){
  if( c->pEng->bPeerVerbs || !(b->flags & ACTF_ORG) || (b->flags & (ACTF_PERSON|MF_AGENT|MF_PRONOUN)) ) return 0;
  if( strlen(b->zCode)!=6 || strcmp(b->zCode+3, "GOV")!=0 ) return 0;
  int iEnd = 0;
  const char *zC = brinkPlaceCountry(c, s, b->iStart, &iEnd);
  if( zC && iEnd==b->iEnd && strncmp(zC, b->zCode, 3)==0 ) return zC;
  /* (nor does another country the sentence names move it: "police in
  ** Moscow arrested an American journalist" is no Moscow, Idaho; unless
  ** the text says where: "Moscow, Idaho") */
  if( zC && iEnd==b->iEnd && !(b->iEnd<s->nTok && tokIs(&s->aTok[b->iEnd], ","))
      && brinkPlaceMostlyIn(c, s, b->iStart, b->iEnd, b->zCode) ) return brinkArenaStrndup(&c->arena, b->zCode, 3);
  /* (a capital whose name towns elsewhere share, "police in Paris": the
  ** gazetteer's Paris, France, is the one the dictionary means) */
  if( !zC && brinkPlaceMostlyIn(c, s, b->iStart, b->iEnd, b->zCode) ) return brinkArenaStrndup(&c->arena, b->zCode, 3);
  return 0;
}

void brinkMenRemove(Sent *s, int k){
  memmove(&s->aMen[k], &s->aMen[k+1], sizeof(Mention)*(size_t)(s->nMen-k-1));
  s->nMen--;
}

/* Are mentions j and j+1 coordinated: only ",", "and" (with "the" and
** adjectives after it) between them?  Sets *pbAnd when "and" is there. */
int brinkCoordinated(const Sent *s, int j, int *pbAnd){
  const Mention *a = &s->aMen[j], *b = &s->aMen[j+1];
  int i = a->iEnd, bSep = 0;
  if( i<b->iStart && tokIs(&s->aTok[i], ",") ){ i++; bSep = 1; }
  if( i<b->iStart && (tokIs(&s->aTok[i], "and") || tokIs(&s->aTok[i], "&")) ){ i++; bSep = 1; *pbAnd = 1; }
  if( bSep && i<b->iStart && tokIs(&s->aTok[i], "the") ) i++;
  return bSep && i==b->iStart;
}

/* The last mention of the list of countries that mention j opens ("Arnor,
** Osgiliath and Gondor"), joined by commas and a final "and"; j itself
** when it opens no such list. */
static int countryListEnd(const Sent *s, int j){
  int j1 = j, bAnd = 0;
  while( j1+1<s->nMen && !(s->aMen[j1+1].flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON))
         && strlen(s->aMen[j1+1].zCode)==3 && brinkCoordinated(s, j1, &bAnd) ) j1++;
  return bAnd ? j1 : j;
}

/* Mention k is a bare agent before "of"/"in" and the country k+1.  When
** bare agents are coordinated before it or countries after it, replace
** them all by one compound of every agent with every country, over the
** words of the whole run.  Returns the number of mentions made (0: nothing
** to distribute), -1 on OOM. */
static int distributeRoles(brink_coder *c, Sent *s, int k){
  int i0 = k, j1 = countryListEnd(s, k+1), bAndA = 0;
  while( i0>0 && (s->aMen[i0-1].flags & MF_AGENT) && !(s->aMen[i0-1].flags & MF_PRONOUN)
         && brinkCoordinated(s, i0-1, &bAndA) ) i0--;
  if( !bAndA ) i0 = k;
  int nA = k-i0+1, nS = j1-k, n = nA*nS;
  if( n==1 || n>MAX_PAIRWISE*MAX_PAIRWISE ) return 0;
  Mention aNew[MAX_PAIRWISE*MAX_PAIRWISE];
  int iStart = s->aMen[i0].iStart, iEnd = s->aMen[j1].iEnd, g = s->aMen[i0].iGroup;
  for(int x=0; x<nA; x++){
    const Mention *ag = &s->aMen[i0+x];
    for(int y=0; y<nS; y++){
      Mention *m = &aNew[x*nS+y];
      *m = *ag;
      m->zCode = brinkJoinCode(c, s->aMen[k+1+y].zCode, ag->zAgent, (ag->flags & ACTF_PREFIX)!=0);
      m->flags = (uint16_t)((ag->flags & ~MF_AGENT) | ACTF_ORG | MF_ROLE);
      m->zAgent = 0;
      m->iStart = iStart; m->iEnd = iEnd; m->iGroup = g;
    }
  }
  int nOld = j1-i0+1;
  while( s->nMen - nOld + n > s->nMenAlloc ){
    int nSave = s->nMen;
    s->nMen = s->nMenAlloc;          /* so that brinkMenPush grows the array */
    if( !brinkMenPush(c, s) ) return -1;
    s->nMen = nSave;
  }
  memmove(&s->aMen[i0+n], &s->aMen[j1+1], sizeof(Mention)*(size_t)(s->nMen-j1-1));
  memcpy(&s->aMen[i0], aNew, sizeof(Mention)*(size_t)n);
  s->nMen += n - nOld;
  return n - (k-i0);    /* mentions from k on, so the caller can skip them */
}

/* Composing runs its passes in this order: dropAncestryAndProducts (0),
** composeActorAgent (a), composePossessiveAgent (a1), composeCountryFirms
** (a3), distributeAdjAgent (a2), composeAgentAgent (b), composeAgentOfState
** (d), composeTitlePerson (c), composePeerTitle (c2), composeNounPhrase (c3),
** splitCompoundCodes, dropBracketedNames, markPossessivesAndPlaces. */

/* Pass (0): drop the mentions that name an ancestry or a product, not an
** actor. */
static void dropAncestryAndProducts(brink_coder *c, Sent *s){
  /* (0) "tea workers of Indian origin", "Britons of Pakistani descent": an
  **     ancestry names no state they act for (twenty-second review #73) */
  static const char *const azAncestry[] = {"origin","descent","extraction","ancestry","heritage",0};
  /* ... and "colour television sets", "radio exports": a broadcaster's
  **     name before a product is the product (twenty-second review #68) */
  static const char *const azProduct[] = {"set","sets","receiver","receivers","tube","tubes","screens",
    "makers","maker","manufacturers","exports","imports","equipment","production","industry","parts",
    "components","sales",0};
  for(int k=0; k<s->nMen && !c->pEng->bPeerVerbs; k++){
    const Mention *m = &s->aMen[k];
    if( m->iEnd>=s->nTok ) continue;
    if( ((m->flags & ACTF_ADJ) && inSet(s->aTok[m->iEnd].zLow, azAncestry))
        || ((m->flags & MF_AGENT) && m->zAgent && strcmp(m->zAgent, "MED")==0 && inSet(s->aTok[m->iEnd].zLow, azProduct)) ){
      brinkMenRemove(s, k);
      k--;
    }
  }
}

/* Pass (a): an actor, modifiers and an agent become one mention, the
** actor's with the agent's role. */
static void composeActorAgent(brink_coder *c, Sent *s){
  /* (a) country/adjective actor + modifiers + agent(s): "Russian military", "US senior officials" */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN)) || !(b->flags & MF_AGENT) ) continue;
    if( a->flags & ACTF_PERSON ) continue;
    if( !onlyModifiers(s, a->iEnd, b->iStart, 2) ) continue;
    if( a->flags & MF_POSS ) continue;
    /* business people, farmers or newspapers named by an organisation of
    ** states are none of its organs ("EC business leaders", "EC farmers"):
    ** no known actor (its officers are: "IMF Managing Director") */
    static const char *const azPrivate[] = {"BUS","AGR","MED",0};
    if( !c->pEng->bPeerVerbs && strncmp(a->zCode, "IGO", 3)==0 && b->zAgent && inSet(b->zAgent, azPrivate)
        && !(b->flags & ACTF_PERSON) ){
      a->zCode = "";
      a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE)) | ACTF_ORG | MF_ROLE);
      a->iEnd = b->iEnd;
      brinkMenRemove(s, k+1);
      continue;
    }
    /* a people's leaders are no government of the state they live in
    ** ("Yoruba leaders", "Tamil leaders", "Tibetan officials"): elites;
    ** a government of its own is one ("the Basque government") */
    static const char *const azOwnGov[] = {"government","governments","administration","authorities",0};
    const char *zAg = (a->flags & ACTF_ETHNIC) && b->zAgent && strcmp(b->zAgent, "GOV")==0
                      && !inSet(s->aTok[b->iEnd-1].zLow, azOwnGov) ? "ELI" : b->zAgent;
    /* (a capital before an agent is its country: "Moscow police", "a
    ** Beijing court" are RUSCOP, CHNJUD, not the government; stop 31;
    ** but a capital's radio, "Tehran radio said", speaks for the state as
    ** before) */
    const char *zCap = b->zAgent && strcmp(b->zAgent, "MED")==0 ? 0 : capitalCountry(c, s, a);
    a->zCode = brinkJoinCode(c, zCap ? zCap : a->zCode, zAg, (b->flags & ACTF_PREFIX)!=0);
    a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE|ACTF_ETHNIC)) | (b->flags & ACTF_PERSON) | ACTF_ORG | MF_ROLE);
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
    k--;
  }
}

/* Pass (a1): a country's possessive and an agent become one mention. */
static void composePossessiveAgent(brink_coder *c, Sent *s){
  /* (a1) "Ithilen's president", "Russia's defence minister": a country's
  ** possessive before an agent */
  /* ... and a leader's possessive, with brink's own dictionaries ("Muammar
  ** Gaddafi's forces", "Putin's government"): the leader's country's */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    int bLeader = !c->pEng->bPeerVerbs && (a->flags & ACTF_PERSON) && !(a->flags & (MF_AGENT|MF_PRONOUN))
                  && strlen(a->zCode)>=6 && brinkCountryCoded(a->zCode);
    /* (not a power of the leader's: "President Reagan's authority to
    ** negotiate") */
    static const char *const azPower[] = {"authority","power","powers","mandate",0};
    if( bLeader && inSet(s->aTok[b->iEnd-1].zLow, azPower) ) continue;
    /* (nor one who has left: "President Reagan's former chief of staff") */
    int bFormer = 0;
    for(int i=a->iEnd; bLeader && i<b->iEnd && i<s->nTok; i++) bFormer |= tokIs(&s->aTok[i], "former");
    if( bFormer ) continue;
    if( (!bLeader && (a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON))) || !(b->flags & MF_AGENT) ) continue;
    /* (an organisation of states' officer is the organisation: "the
    ** International Criminal Court's chief prosecutor", "NATO's
    ** secretary-general", brink's own dictionaries) */
    int bOrg = !c->pEng->bPeerVerbs && !bLeader && !(a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON))
               && strncmp(a->zCode, "IGO", 3)==0 && a->iEnd<s->nTok && tokIs(&s->aTok[a->iEnd], "'s")
               && ((b->flags & ACTF_PERSON) || (b->zAgent && strcmp(b->zAgent, "GOV")==0));
    /* (and so is its governing organ: "the IAEA's board of governors") */
    if( bOrg && onlyModifiers(s, a->iEnd+1, b->iStart, 4) ){
      a->flags = (uint16_t)(a->flags | ACTF_PERSON | ACTF_ORG | MF_ROLE);
      a->iEnd = b->iEnd;
      brinkMenRemove(s, k+1);
      continue;
    }
    if( (!bLeader && strlen(a->zCode)!=3) || a->iEnd>=s->nTok || !tokIs(&s->aTok[a->iEnd], "'s") ) continue;
    /* (TABARI: the agent right after the 's: "Dagolath's first Deputy Prime
    ** Minister" stays DAG) */
    if( !onlyModifiers(s, a->iEnd+1, b->iStart, c->bStems ? 0 : 4) ) continue;
    const char *zC = bLeader ? brinkArenaStrndup(&c->arena, a->zCode, 3) : a->zCode;
    if( !zC ) return;
    a->zCode = brinkJoinCode(c, zC, b->zAgent, (b->flags & ACTF_PREFIX)!=0);
    a->flags = (uint16_t)((a->flags & ~(ACTF_ADJ|ACTF_STATE)) | (b->flags & ACTF_PERSON) | ACTF_ORG | MF_ROLE);
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
  }
}

/* Pass (a3): a country word before a noun of commerce becomes that
** country's business. */
static void composeCountryFirms(brink_coder *c, Sent *s){
  /* (a3) "Japanese banks", "U.S. investors": a country word before a noun of
  **      commerce is that country's business.  The nouns are no agents
  **      (docs: a bare "banks" is mostly foreign to the clause's country),
  **      so only a country word right before them makes them actors
  **      (brink's own dictionaries; a capitalised "Bank" is a name).
  **      Not "traders": cross-border and market traders are as often
  **      people as firms */
  static const char *const azFirm[] = {"bank","banks","investor","investors","creditor","creditors",
    "lender","lenders","exporter","exporters","importer","importers","firms",
    "dealers","bankers","insurers","brokers","shippers","refiners","manufacturers","makers",
    "carmakers","automakers","steelmakers","subsidiary","subsidiaries","affiliate","affiliates","company",
    "companies","firm","suppliers","buyers","division",0};
  for(int k=0; !c->pEng->bPeerVerbs && k<s->nMen; k++){
    Mention *a = &s->aMen[k];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON|MF_POSS)) || strlen(a->zCode)!=3 ) continue;
    int i = a->iEnd, iLim = k+1<s->nMen ? s->aMen[k+1].iStart : s->nTok;
    while( i<iLim && i<a->iEnd+3 && !inSet(s->aTok[i].zLow, azFirm) ) i++;
    if( i>=iLim || i>=a->iEnd+3 || (s->aTok[i].flags & TOKF_CAP) || !onlyModifiers(s, a->iEnd, i, 2) ) continue;
    if( i>0 && tokIs(&s->aTok[i-1], "central") ) continue;   /* "the West German central bank" */
    /* ("the Canadian division of General Motors Corp", thirty-second review
    ** #99; not an army's division) */
    if( tokIs(&s->aTok[i], "division") && !(i+2<s->nTok && tokIs(&s->aTok[i+1], "of")
        && (s->aTok[i+2].flags & TOKF_CAP) && menCovering(s, i+2)<0) ) continue;
    /* (its flags stay the country word's: "Canadian firms" is no "it" of
    ** the next sentence, as "Canadian" was none) */
    a->zCode = brinkJoinCode(c, a->zCode, "BUS", 0);
    a->iEnd = i+1;
  }
}

/* Pass (a2): an agent's role goes to each adjective coordinated before
** it. */
static void distributeAdjAgent(brink_coder *c, Sent *s){
  /* (a2) "Russian and Ukrainian officials": the agent distributes over the
  ** adjectives coordinated before it */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(a->flags & (ACTF_ADJ|ACTF_STATE)) || (a->flags & (MF_AGENT|MF_PRONOUN)) ) continue;
    if( b->iStart!=a->iEnd+1 || !tokIs(&s->aTok[a->iEnd], "and") ) continue;
    /* (the tagger may read "Chinese" in "Indian and Chinese troops" as a
    ** plural proper noun) */
    if( !TAG_IS_ADJ(s->aTok[b->iStart].eTag) && s->aTok[b->iStart].eTag!=TAG_NNP && s->aTok[b->iStart].eTag!=TAG_NNPS ) continue;
    if( b->iEnd<=b->iStart+1 || strlen(b->zCode)<=3 || !(s->aTok[b->iStart].flags & TOKF_CAP) ) continue;
    /* b is adjective + agent: its code is country + role */
    if( strlen(a->zCode)==3 && b->zCode[3] && !(b->flags & ACTF_PERSON && !(b->flags & ACTF_ORG)) ){
      a->zCode = brinkJoinCode(c, a->zCode, b->zCode+3, 0);
      a->flags = (uint16_t)((a->flags & ~ACTF_ADJ) | ACTF_ORG | (b->flags & ACTF_PERSON));
    }
  }
}

/* Pass (b): an agent right after another mention joins it. */
static void composeAgentAgent(Sent *s){
  /* (b) agent + agent: "army commander" keeps the first role */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(b->flags & MF_AGENT) || b->iStart!=a->iEnd ) continue;
    if( (a->flags & MF_PRONOUN) ) continue;
    a->iEnd = b->iEnd;
    a->flags |= (b->flags & ACTF_PERSON);
    brinkMenRemove(s, k+1);
    k--;
  }
}

/* Nouns of a place inside a country (pass (d)). */
static const char *const azGeoNoun[] = {"border","borders","province","provinces","region","regions",
  "city","cities","capital","state","states","area","areas","territory","territories","coast","villages",
  "village","town","towns","countryside","camps","camp",0};

/* Do the words between agent or person k and state or organisation k+1
** ("of", "in", "from", "of the") make k the state's?  bState: k+1 is a
** state; bIndefPlace: k+1 is the country's word of an indefinite place. */
static int ofStateJoins(brink_coder *c, const Sent *s, int k, int bState, int bIndefPlace){
  const Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
  static const char *const azIn[] = {"in","throughout","across",0};
  /* ... and with brink's own, a subject "from" a country, its verb right
  ** after it: "troops from Afghanistan attacked Pakistani villages" (not
  ** "withdrew its force from Chad") */
  /* (or after a list of them: "officials from Brazil, Colombia and
  ** Mexico will meet") */
  int iFromEnd = s->aMen[countryListEnd(s, k+1)].iEnd;
  int bFromSubj = !c->pEng->bPeerVerbs && tokIs(&s->aTok[a->iEnd], "from") && b->iStart==a->iEnd+1
      && iFromEnd<s->nTok && (TAG_IS_FINITE(s->aTok[iFromEnd].eTag) || s->aTok[iFromEnd].eTag==TAG_MD)
      && !(a->iStart>0 && s->aTok[a->iStart-1].eTag==TAG_PRPS);
  if( !tokIs(&s->aTok[a->iEnd], "of") && !((a->flags & MF_AGENT) && bState
      && ((c->pEng->bPeerVerbs ? tokIs(&s->aTok[a->iEnd], "in") : inSet(s->aTok[a->iEnd].zLow, azIn))
          || (c->pEng->bPeerVerbs && tokIs(&s->aTok[a->iEnd], "from")) || bFromSubj)) ) return 0;
  /* (a part of the country after "in": "people in southern Israel",
  ** "troops in eastern Ukraine") */
  int bPart = !c->pEng->bPeerVerbs && tokIs(&s->aTok[a->iEnd], "in") && brinkCompassPart(s->aTok[a->iEnd+1].zLow)!=0;
  /* (or an adjective of the state's condition: "a court in military-ruled
  ** Myanmar", "aid workers in war-torn Yemen"; stop 30) */
  /* (not the start of a firm's name: "an official of state-owned China
  ** International Trust and Investment Corp") */
  int bStateAdj = !c->pEng->bPeerVerbs && bState && (s->aTok[a->iEnd+1].flags & TOKF_HYPHEN)
                  && TAG_IS_ADJ(s->aTok[a->iEnd+1].eTag) && strncmp(s->aTok[a->iEnd+1].zLow, "state-", 6)!=0
                  && !(b->iEnd<s->nTok && (s->aTok[b->iEnd].flags & TOKF_CAP));
  if( b->iStart==a->iEnd+2 && !tokIs(&s->aTok[a->iEnd+1], "the") && !bIndefPlace && !bPart && !bStateAdj ) return 0;
  /* an embassy in a country is another country's ("opened an embassy in
  ** Tehran" is no Iranian government): only "of" gives it its state */
  if( !c->pEng->bPeerVerbs && !tokIs(&s->aTok[a->iEnd], "of") && inSet(s->aTok[a->iEnd-1].zLow, brinkAzMission) ) return 0;
  /* a country that modifies a noun is no place of the agent's: "the
  ** prosecutor in the Iran arms scandal" is no Iranian prosecutor (but
  ** "police in Iraq's north", "troops in Lebanon border areas" are) */
  if( !c->pEng->bPeerVerbs && !tokIs(&s->aTok[a->iEnd], "of") && b->iEnd<s->nTok
      && (s->aTok[b->iEnd].eTag==TAG_NN || s->aTok[b->iEnd].eTag==TAG_NNS)
      && !(s->aTok[b->iEnd].flags & TOKF_CAP) && !inSet(s->aTok[b->iEnd].zLow, azGeoNoun) ) return 0;
  return 1;
}

/* Pass (d): an agent or person "of" (or in, from) a state or organisation
** becomes one mention, the state's with the agent's role.  Returns -1 on
** OOM, else 0. */
static int composeAgentOfState(brink_coder *c, Sent *s){
  /* (d) agent/person + "of" + state/org: "the government of Russia",
  **     "President Vladimir Putin of Russia" */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( a->flags & MF_PRONOUN ) continue;
    if( !((a->flags & MF_AGENT) || (a->flags & ACTF_PERSON)) ) continue;
    if( b->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON) ) continue;
    /* ("people in a Pakistani village": an indefinite place named by its
    ** country's word, census A144) */
    int bIndefPlace = !c->pEng->bPeerVerbs && (a->flags & MF_AGENT) && b->iStart==a->iEnd+2
        && tokIs(&s->aTok[a->iEnd], "in") && (tokIs(&s->aTok[a->iEnd+1], "a") || tokIs(&s->aTok[a->iEnd+1], "an"))
        && (b->flags & ACTF_ADJ) && b->iEnd<s->nTok && inSet(s->aTok[b->iEnd].zLow, azGeoNoun);
    if( b->iStart < a->iEnd+1 || b->iStart > a->iEnd+2 ) continue;
    /* "students throughout Indonesia"; "from" only with peer dictionaries
    ** ("soldiers from Gondor" in PETRARCH; brink's own reading keeps
    ** "withdrew its force from Chad" apart).  Peer dictionaries mark no
    ** states: a bare country code is one; TABARI actors carry no flags at
    ** all: "activists in Arnor" too. */
    int bState = (b->flags & ACTF_STATE) || (c->pEng->bPeerVerbs && strlen(b->zCode)==3)
        || (c->bStems && !(b->flags & (ACTF_ORG|ACTF_ADJ))) || bIndefPlace;
    /* a capital is a place after "in" too: "students in Seoul" are South
    ** Korean students ("diplomats in Moscow" are seldom Russian ones) */
    /* (not "the opposition" after a country's actor: "ready to resume
    ** talks with the opposition in Mexico City" is Venezuela's, where the
    ** talks are held; stop 31) */
    int bOppAfter = 0;
    if( !c->pEng->bPeerVerbs && a->zAgent && strcmp(a->zAgent, "OPP")==0 ){
      for(int x=0; x<k && !bOppAfter; x++) bOppAfter = brinkCountryCoded(s->aMen[x].zCode);
    }
    const char *zCity = !bState && (a->flags & MF_AGENT) && tokIs(&s->aTok[a->iEnd], "in") && !bOppAfter
        && !inSet(s->aTok[a->iEnd-1].zLow, azVisitor) && !inSet(s->aTok[a->iEnd-1].zLow, brinkAzMission)
        ? capitalCountry(c, s, b) : 0;
    if( zCity ){
      a->zCode = brinkJoinCode(c, zCity, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | ACTF_ORG);
      a->zAgent = 0;
      a->iEnd = b->iEnd;
      brinkMenRemove(s, k+1);
      k--;
      continue;
    }
    if( !ofStateJoins(c, s, k, bState, bIndefPlace) ) continue;
    if( (a->flags & MF_AGENT) && bState && c->pEng->bPeerVerbs!=PEER_VERBS_TABARI ){
      /* coordinated agents or countries distribute: "the ambassadors of
      ** Arnor, Osgiliath and Gondor" (three GOVs), "lawmakers and officials
      ** in A and B" (four actors).  TABARI gives the role to the first
      ** country only. */
      int n = distributeRoles(c, s, k);
      if( n<0 ) return -1;
      if( n>0 ){ k += n-1; continue; }
    }
    if( a->flags & MF_AGENT ){
      a->zCode = brinkJoinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | ACTF_ORG);
      a->zAgent = 0;
    }
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
    k--;
  }
  return 0;
}

/* Pass (c): a title or actor and the person it names become one mention,
** mostly the person's. */
static void composeTitlePerson(brink_coder *c, Sent *s){
  /* (c) X + person ("US President Joe Biden", "President Vladimir Putin"),
  **     or X , person , ("the secretary-general of the alliance, Jens Stoltenberg,") */
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    /* TABARI actors carry no flags: an actor right after a title is the
    ** titled one ("Bree Prime Minister Romendacil", "President Romendacil") */
    int bTitled = c->bStems && !(b->flags & (ACTF_STATE|ACTF_ORG|ACTF_ADJ|MF_AGENT|MF_PRONOUN))
        && b->iStart==a->iEnd && ((a->flags & MF_AGENT) || strlen(a->zCode)>3);
    if( !bTitled && (!(b->flags & ACTF_PERSON) || (b->flags & (MF_AGENT|MF_PRONOUN))) ) continue;
    if( a->flags & (MF_PRONOUN) ) continue;
    if( (a->flags & ACTF_PERSON) && !(a->flags & MF_AGENT) && a->zCode[0] && !(a->flags & ACTF_ORG) ) continue;
    int bAdj = b->iStart==a->iEnd;
    int bAppos = b->iStart==a->iEnd+1 && tokIs(&s->aTok[a->iEnd], ",");
    /* "General Ruslan Khomchak": a title that is a word, not an agent, is fine too */
    if( !bAdj && !bAppos ) continue;
    if( bAppos && !(a->flags & (MF_AGENT|ACTF_ORG)) ) continue;
    /* the person's code wins, unless it is only a country the title already
    ** carries with a role ("Bree Prime Minister Romendacil": BREGOV, not BRE) */
    size_t nB = strlen(b->zCode);
    if( bTitled && (a->flags & MF_AGENT) && a->zAgent ){
      /* TABARI: the title's role on the name's actor */
      a->zCode = brinkJoinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
    }else if( nB==0 && b->zNear ){
      /* a person with no role on the story's date: the title in the text
      ** says what they are ("Russian President Boris Yeltsin" is RUSGOV
      ** whatever the dictionary's dates; "President Obama" takes his
      ** country from his nearest role and the role from the title) */
      if( (a->flags & MF_AGENT) && a->zAgent && a->zAgent[0] && strlen(b->zNear)>=3 ){
        const char *zC3 = brinkArenaStrndup(&c->arena, b->zNear, 3);
        if( zC3 ) a->zCode = brinkJoinCode(c, zC3, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      }
    }else if( nB==6 && strcmp(b->zCode+3, "ELI")==0 && strlen(a->zCode)>3 && strncmp(a->zCode, b->zCode, 3)==0 ){
      /* the dictionary says "former", the text gives an office ("Russian
      ** President Boris Yeltsin" a day after his term by its dates): the
      ** text's title stands */
    }else if( !(nB==3 && strlen(a->zCode)>3 && strncmp(a->zCode, b->zCode, 3)==0) ){
      a->zCode = b->zCode;
    }
    a->flags = b->flags;
    a->zAgent = 0;
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
    k--;
  }
}

/* Pass (c2), PETRARCH's dictionaries only: a title and the actor named
** right after it become one mention. */
static void composePeerTitle(brink_coder *c, Sent *s){
  /* (c2) peer dictionaries mark no persons, so (c) cannot see that a name
  **      right after a title is the titled one: "Bree Prime Minister
  **      Romendacil", "minister Calimehtar".  PETRARCH codes such a noun
  **      phrase as its first actor with the title's role (BREGOV), and a bare
  **      title takes the name's actor (CALGOV). */
  for(int k=0; c->pEng->bPeerVerbs==PEER_VERBS_PETRARCH && k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(a->flags & (MF_AGENT|MF_ROLE)) || (a->flags & (MF_PRONOUN|MF_POSS)) ) continue;
    if( b->flags & (MF_AGENT|MF_PRONOUN) || b->iStart!=a->iEnd || !b->zCode[0] ) continue;
    if( !(s->aTok[b->iStart].flags & TOKF_CAP) ) continue;
    if( a->flags & MF_AGENT ){
      a->zCode = brinkJoinCode(c, b->zCode, a->zAgent, (a->flags & ACTF_PREFIX)!=0);
      if( (a->flags & ACTF_PREFIX) && a->zCode==b->zCode && strlen(b->zCode)>3 && a->zAgent[0]
          && strncmp(b->zCode, a->zAgent, strlen(a->zAgent))!=0 ){
        /* a prefix role before an actor that has its own role: "an MSF
        ** Arnor diplomat" is NGO + ARNGOV, as PETRARCH mixes the codes */
        size_t nG = strlen(a->zAgent), nB = strlen(b->zCode);
        char *z = brinkArenaAlloc(&c->arena, nG+nB+1);
        if( z ){ memcpy(z, a->zAgent, nG); memcpy(z+nG, b->zCode, nB+1); a->zCode = z; }
      }
      a->flags = (uint16_t)((a->flags & ~MF_AGENT) | MF_ROLE | ACTF_ORG);
      a->zAgent = 0;
    }
    a->flags |= b->flags & MF_POSS;
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
    k--;
  }
}

/* Pass (c3), when a noun phrase is coded by its first actor: two actors
** with only adjectives between them become the first. */
static void composeNounPhrase(Sent *s){
  /* (c3) PETRARCH codes a noun phrase by its first actor: two actors with
  **      only adjectives between them ("the evil Arnor awful Gondor") are
  **      one noun phrase, the first's */
  for(int k=0; s->bNpActor && k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|MF_POSS)) || (b->flags & (MF_AGENT|MF_PRONOUN)) ) continue;
    if( b->iStart<=a->iEnd || !a->zCode[0] ) continue;
    int i = a->iEnd;
    while( i<b->iStart && TAG_IS_ADJ(s->aTok[i].eTag) ) i++;
    if( i!=b->iStart ) continue;
    a->flags |= b->flags & MF_POSS;
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
    k--;
  }
}

/* Split each mention whose code is a compound ("FRO/BIL/SAM") into one
** mention per member.  Returns -1 on OOM, else 0. */
static int splitCompoundCodes(brink_coder *c, Sent *s){
  /* a compound code of the peer dictionaries, "THE_SHIRE [FRO/BIL/SAM]": one
  ** mention per member, all of one group over the same words */
  for(int k=0; k<s->nMen; k++){
    const char *zSlash = strchr(s->aMen[k].zCode, '/');
    if( !zSlash ) continue;
    const char *z = s->aMen[k].zCode;
    Mention *pNew = brinkMenPush(c, s);      /* may move s->aMen */
    if( !pNew ) return -1;
    s->nMen--;
    memmove(&s->aMen[k+1], &s->aMen[k], sizeof(Mention)*(size_t)(s->nMen-k));
    s->nMen++;
    s->aMen[k].zCode = brinkArenaStrndup(&c->arena, z, (size_t)(zSlash - z));
    s->aMen[k+1].zCode = zSlash+1;
    if( !s->aMen[k].zCode ) s->aMen[k].zCode = "";
    /* the rest ("BIL/SAM") is split on the next round */
  }
  return 0;
}

/* Drop the mentions inside a company's name in angle brackets. */
static void dropBracketedNames(Sent *s){
  /* Reuters marks company names in angle brackets ("<Ecolab Co>"): what is
  ** inside names a company, not the country or agency whose words it uses */
  int bIn = 0, i = 0;
  if( !s->nMen ) return;
  while( i<s->nTok && s->aTok[i].zLow[0]!='<' ) i++;   /* (nothing to drop before the first "<") */
  for(int k=0; i<s->nTok; i++){
    if( tokIs(&s->aTok[i], "<") ) bIn = 1;
    else if( tokIs(&s->aTok[i], ">") ) bIn = 0;
    while( k<s->nMen && s->aMen[k].iEnd<=i ) k++;
    if( bIn && k<s->nMen && s->aMen[k].iStart==i ){ brinkMenRemove(s, k); }
  }
}

/* Mark possessive mentions, and drop a seat of government after a
** locative preposition (or make it its country, as an embassy's host). */
static void markPossessivesAndPlaces(brink_coder *c, Sent *s){
  /* possessives; and a seat of government after a locative preposition is
  ** a place, not an actor: "met in Paris", "talks at the White House" */
  static const char *const azLoc[] = {"in","at","near","outside","inside","around","across",
    "throughout","within",0};
  for(int k=0; k<s->nMen; k++){
    Mention *m = &s->aMen[k];
    if( m->iEnd<s->nTok && (tokIs(&s->aTok[m->iEnd], "'s") || tokIs(&s->aTok[m->iEnd], "'")) ){
      m->flags |= MF_POSS;
    }
    size_t nCode = strlen(m->zCode);
    if( (m->flags & ACTF_ORG) && !(m->flags & (MF_AGENT|ACTF_PERSON)) && nCode==6
        && strcmp(m->zCode+3, "GOV")==0 && m->iStart>0 && !(m->flags & MF_POSS) ){
      int i = m->iStart-1;
      if( i>=0 && tokIs(&s->aTok[i], "the") ) i--;
      if( i>=0 && inSet(s->aTok[i].zLow, azLoc) ){
        /* ... but the host of an embassy is its country: "opened an
        ** embassy in Tehran"; and so is the home of one "based in Beirut" */
        /* ... and the host of a visitor who arrives there: "arrived in
        ** Moscow" visits the Soviet Union as "arrived in the Soviet Union"
        ** does (twenty-sixth review #70) */
        static const char *const azBased[] = {"based","headquartered",0};
        static const char *const azArrive[] = {"arrive","arrival",0};
        if( i>0 && tokIs(&s->aTok[i], "in") && (inSet(s->aTok[i-1].zLow, brinkAzMission) || inSet(s->aTok[i-1].zLow, azBased)
            || (!c->pEng->bPeerVerbs && inSet(s->aTok[i-1].zLemma, azArrive))) ){
          const char *z = brinkArenaStrndup(&c->arena, m->zCode, 3);
          if( z ){ m->zCode = z; m->flags = (uint16_t)((m->flags & ~ACTF_ORG) | ACTF_STATE); continue; }
        }
        brinkMenRemove(s, k);
        k--;
      }
    }
  }
}

/* Pass (a9): a country's possessive right before a named actor of its own
** ("Lebanon's Hezbollah", "Venezuela's Nicolas Maduro") is that actor: the
** possessor fills no slot and breaks no group ("between Israel and
** Lebanon's Hezbollah").  brink's own dictionaries. */
static void composePossessiveOwn(brink_coder *c, Sent *s){
  for(int k=0; !c->pEng->bPeerVerbs && k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( (a->flags & (MF_AGENT|MF_PRONOUN|ACTF_PERSON)) || (b->flags & (MF_AGENT|MF_PRONOUN)) ) continue;
    if( strlen(a->zCode)!=3 || strlen(b->zCode)<=3 || strncmp(a->zCode, b->zCode, 3)!=0 ) continue;
    if( b->iStart!=a->iEnd+1 || !tokIs(&s->aTok[a->iEnd], "'s") ) continue;
    b->iStart = a->iStart;
    brinkMenRemove(s, k);
    k--;
  }
}

/* An aide, adviser or supporter "of" a person or a role is that one's
** side: "police arrested two aides of opposition leader Maria Corina
** Machado" arrests the opposition (VENOPP), not the government whose
** aides they would otherwise be (held-out set 5, stop 30).  The follower
** takes the person's code, or the role's agent, to be resolved as it. */
static void composeFollowerOf(const brink_coder *c, Sent *s){
  static const char *const azFollower[] = {"aide","aides","adviser","advisers","advisor","advisors",
    "supporter","supporters","ally","allies","associate","associates","loyalist","loyalists",
    "lawyer","lawyers","bodyguard","bodyguards","spokesman","spokeswoman","spokesperson","relative",
    "relatives","follower","followers",0};
  if( c->pEng->bPeerVerbs ) return;
  for(int k=0; k+1<s->nMen; k++){
    Mention *a = &s->aMen[k], *b = &s->aMen[k+1];
    if( !(a->flags & MF_AGENT) || (a->flags & MF_PRONOUN) || a->iEnd<1 || a->iEnd>=s->nTok ) continue;
    if( !inSet(s->aTok[a->iEnd-1].zLow, azFollower) || !tokIs(&s->aTok[a->iEnd], "of") ) continue;
    int q = a->iEnd+1;
    if( q<s->nTok && tokIs(&s->aTok[q], "the") ) q++;
    if( (b->iStart!=q && b->iStart!=a->iEnd+1) || (b->flags & MF_PRONOUN) || !(b->flags & (MF_AGENT|ACTF_PERSON)) ) continue;
    if( (b->flags & ACTF_PERSON) && !b->zCode[0] ) continue;
    a->zCode = b->zCode;
    a->zAgent = b->zAgent;
    a->flags = (uint16_t)((a->flags & ~(MF_AGENT|ACTF_PERSON)) | (b->flags & (MF_AGENT|ACTF_ORG|ACTF_PREFIX)));
    a->iEnd = b->iEnd;
    brinkMenRemove(s, k+1);
  }
}

/* Compose adjacent mentions into one. */
void brinkComposeMentions(brink_coder *c, Sent *s){
  dropAncestryAndProducts(c, s);
  composeActorAgent(c, s);
  composePossessiveAgent(c, s);
  composeCountryFirms(c, s);
  distributeAdjAgent(c, s);
  composeAgentAgent(s);
  if( composeAgentOfState(c, s)<0 ) return;
  composeTitlePerson(c, s);
  composeFollowerOf(c, s);
  composePeerTitle(c, s);
  composeNounPhrase(s);
  if( splitCompoundCodes(c, s)<0 ) return;
  dropBracketedNames(s);
  composePossessiveOwn(c, s);
  markPossessivesAndPlaces(c, s);
}
