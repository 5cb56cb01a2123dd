/*
** lexicon.c — lookups in the generated lexicon tables, and the lemmatiser.
**
** brinkLexFind() is the one probe routine for every LexHash table that
** tools/mklex.c generates (word lexicon, suffixes, WordNet exceptions and
** lemma lists).  brinkLemma() follows WordNet's morphy: irregular forms from
** the *.exc tables first, then detachment rules whose results must be WordNet
** lemmas of the right part of speech.  Tagging itself lives in tagger.c.
**
** Everything here is read-only and allocation-free apart from the one arena
** copy brinkLemma() makes for a rule-built lemma.
*/
#include "lexicon.h"
#include <string.h>

/* ---- Table probes ---- */

/* Entry index of z[0..n) in p, or -1.  The hash must match mklex.c. */
int brinkLexFind(const LexHash *p, const char *z, int n){
  uint32_t h = 2166136261u;
  if( n<=0 ) return -1;
  for(int i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  uint32_t m = p->nSlot-1, v, hHigh = h & ~LEX_SLOT_INDEX;
  for(h &= m; (v = p->aSlot[h])!=0; h = (h+1) & m){
    if( (v & ~LEX_SLOT_INDEX)!=hHigh ) continue;   /* another key: not read */
    uint32_t i = (v & LEX_SLOT_INDEX)-1;
    const char *zKey = p->zPool + p->aKey[i];
    if( zKey[0]==z[0] && strncmp(zKey, z, (size_t)n)==0 && zKey[n]==0 ) return (int)i;   /* strncmp: the key may be shorter than n and end the pool */
  }
  return -1;
}

/* True if z[0..n) is a WordNet lemma with any of the LEXPOS_* bits in mPos. */
static int isLemma(const char *z, int n, uint32_t mPos){
  int i = brinkLexFind(&brinkLexLemmas, z, n);
  return i>=0 && (brinkLexLemmas.aVal[i] & mPos)!=0;
}

/* ---- Detachment rules ---- */

#define LEMMA_MAX 64   /* longer words are returned as they are */

static int isVowel(char c){
  return c=='a' || c=='e' || c=='i' || c=='o' || c=='u';
}
/* stem ends consonant-vowel-consonant (hop, plan): such stems double their
** last letter before -ed/-ing, so "hoped" is more likely "hope" than "hop". */
static int endsCVC(const char *z, int n){
  return n>=3 && !isVowel(z[n-1]) && z[n-1]!='w' && z[n-1]!='x' && z[n-1]!='y'
      && isVowel(z[n-2]) && !isVowel(z[n-3]);
}

/* Try the stem z[0..n) + zAdd as a lemma; on success write it to zOut. */
static int tryStem(const char *z, int n, const char *zAdd, uint32_t mPos, char *zOut, int *pnOut){
  int nAdd = (int)strlen(zAdd);
  if( n<1 || n+nAdd>=LEMMA_MAX ) return 0;
  memcpy(zOut, z, (size_t)n);
  memcpy(zOut+n, zAdd, (size_t)nAdd);
  zOut[n+nAdd] = 0;
  if( !isLemma(zOut, n+nAdd, mPos) ) return 0;
  *pnOut = n+nAdd;
  return 1;
}

/* Undo -ed / -ing / -er / -est whose stem is z[0..n): "hoped" gives z="hop".
** Tries stem+e, the stem, then the stem with a doubled final consonant
** undone ("stopp" -> "stop"). */
static int undoVowelSuffix(const char *z, int n, uint32_t mPos, char *zOut, int *pnOut){
  if( n<2 ) return 0;
  int bCVC = endsCVC(z, n);
  if( bCVC && tryStem(z, n, "e", mPos, zOut, pnOut) ) return 1;
  if( tryStem(z, n, "", mPos, zOut, pnOut) ) return 1;
  if( !bCVC && tryStem(z, n, "e", mPos, zOut, pnOut) ) return 1;
  if( n>=3 && z[n-1]==z[n-2] && !isVowel(z[n-1])
   && tryStem(z, n-1, "", mPos, zOut, pnOut) ) return 1;
  return 0;
}

static int endsWith(const char *z, int n, const char *zSuf){
  int k = (int)strlen(zSuf);
  return n>k && memcmp(z+n-k, zSuf, (size_t)k)==0;
}

/* -s / -es / -ies, as for plural nouns and 3rd-person verbs. */
static int undoS(const char *z, int n, uint32_t mPos, char *zOut, int *pnOut){
  if( endsWith(z, n, "ies") && tryStem(z, n-3, "y", mPos, zOut, pnOut) ) return 1;
  if( endsWith(z, n, "s") && !endsWith(z, n, "ss") && tryStem(z, n-1, "", mPos, zOut, pnOut) ) return 1;
  if( endsWith(z, n, "es") && tryStem(z, n-2, "", mPos, zOut, pnOut) ) return 1;
  if( mPos==LEXPOS_NOUN ){
    if( endsWith(z, n, "men") && tryStem(z, n-3, "man", mPos, zOut, pnOut) ) return 1;
  }
  return 0;
}

/* Rules validated against WordNet, for one part of speech. */
static int ruleLemma(const char *z, int n, int eTag, char *zOut, int *pnOut){
  if( TAG_IS_VERB(eTag) ){
    uint32_t m = LEXPOS_VERB;
    if( endsWith(z, n, "ied") && tryStem(z, n-3, "y", m, zOut, pnOut) ) return 1;
    if( endsWith(z, n, "ed") ){
      if( tryStem(z, n-1, "", m, zOut, pnOut) && (z[n-3]=='e' || !isLemma(z, n-2, m)) ){
        return 1;                                   /* freed -> free, agreed -> agree */
      }
      if( undoVowelSuffix(z, n-2, m, zOut, pnOut) ) return 1;
    }
    if( endsWith(z, n, "ing") && n>4 && undoVowelSuffix(z, n-3, m, zOut, pnOut) ) return 1;
    if( endsWith(z, n, "s") && undoS(z, n, m, zOut, pnOut) ) return 1;
    return 0;
  }
  if( eTag==TAG_NNS || eTag==TAG_NNPS ){
    return undoS(z, n, LEXPOS_NOUN, zOut, pnOut);
  }
  if( eTag==TAG_JJR || eTag==TAG_JJS || eTag==TAG_RBR || eTag==TAG_RBS ){
    uint32_t m = LEXPOS_ADJ|LEXPOS_ADV;
    if( endsWith(z, n, "ier") && tryStem(z, n-3, "y", m, zOut, pnOut) ) return 1;
    if( endsWith(z, n, "iest") && tryStem(z, n-4, "y", m, zOut, pnOut) ) return 1;
    if( endsWith(z, n, "er") && undoVowelSuffix(z, n-2, m, zOut, pnOut) ) return 1;
    if( endsWith(z, n, "est") && undoVowelSuffix(z, n-3, m, zOut, pnOut) ) return 1;
  }
  return 0;
}

/* Unvalidated fallback for words WordNet does not know (new coinages,
** foreign verbs): the commonest spelling rules only. */
static int guessLemma(const char *z, int n, int eTag, char *zOut, int *pnOut){
  int nStem = -1;
  const char *zAdd = "";
  if( eTag==TAG_VBD || eTag==TAG_VBN ){
    if( endsWith(z, n, "ied") ){ nStem = n-3; zAdd = "y"; }
    else if( endsWith(z, n, "eed") ){ nStem = n-1; }
    else if( endsWith(z, n, "ed") && n>=5 ){
      char c = z[n-3];
      if( c==z[n-4] && !isVowel(c) && c!='l' && c!='s' && c!='z' ) nStem = n-3;
      else if( endsWith(z, n, "ated") || endsWith(z, n, "ized") || endsWith(z, n, "ised")
            || endsWith(z, n, "uced") || endsWith(z, n, "ured") || endsWith(z, n, "ved")
            || endsWith(z, n, "ged") || endsWith(z, n, "ced") ) nStem = n-1;
      else nStem = n-2;
    }
  }else if( eTag==TAG_VBG ){
    if( endsWith(z, n, "ing") && n>=6 ){
      char c = z[n-4];
      if( c==z[n-5] && !isVowel(c) && c!='l' && c!='s' && c!='z' ) nStem = n-4;
      else if( endsWith(z, n, "ating") || endsWith(z, n, "izing") || endsWith(z, n, "ising") ){
        nStem = n-3; zAdd = "e";
      }else nStem = n-3;
    }
  }else if( eTag==TAG_VBZ || eTag==TAG_NNS || eTag==TAG_NNPS ){
    if( endsWith(z, n, "ies") && n>4 ){ nStem = n-3; zAdd = "y"; }
    else if( endsWith(z, n, "sses") || endsWith(z, n, "ches") || endsWith(z, n, "shes")
          || endsWith(z, n, "xes") || endsWith(z, n, "zes") ) nStem = n-2;
    else if( endsWith(z, n, "s") && !endsWith(z, n, "ss") && !endsWith(z, n, "us")
          && !endsWith(z, n, "is") && n>3 ) nStem = n-1;
  }
  if( nStem<1 ) return 0;
  int nAdd = (int)strlen(zAdd);
  if( nStem+nAdd>=LEMMA_MAX ) return 0;
  memcpy(zOut, z, (size_t)nStem);
  memcpy(zOut+nStem, zAdd, (size_t)nAdd);
  zOut[nStem+nAdd] = 0;
  *pnOut = nStem+nAdd;
  return 1;
}

/* ---- API ---- */

/* See lexicon.h.  Order: the exception table of the tag's part of speech
** (returns a string in static storage), the validated rules, the same for the
** last part of a hyphenated word ("de-escalated" -> "de-" + "escalate"),
** then unvalidated spelling rules.  Base-form tags return zLow untouched, except
** for verb exceptions ("is" VBZ -> "be", "are" VBP -> "be").  A rule-built
** lemma is copied into pArena; with no arena (or if it is full) zLow is
** returned instead. */
const char *brinkLemma(const char *zLow, int nLow, int eTag, Arena *pArena){
  const LexHash *pExc = 0;
  if( !zLow || nLow<=0 ) return zLow;
  /* "according (to)" is a preposition, not the verb "accord": as "accord"
  ** it met patterns of accords ("attacked Chilean ships, according to
  ** officials" read as attacking an accord) */
  if( nLow==9 && memcmp(zLow, "according", 9)==0 ) return zLow;
  if( TAG_IS_VERB(eTag) ) pExc = &brinkLexVerbExc;
  else if( eTag==TAG_NNS || eTag==TAG_NNPS ) pExc = &brinkLexNounExc;
  else if( eTag==TAG_JJR || eTag==TAG_JJS ) pExc = &brinkLexAdjExc;
  else return zLow;
  int i = brinkLexFind(pExc, zLow, nLow);
  if( i>=0 ) return pExc->zPool + pExc->aVal[i];
  if( eTag==TAG_VB || eTag==TAG_VBP || nLow>=LEMMA_MAX ) return zLow;

  char zBuf[LEMMA_MAX];
  int nOut = 0, nPre = 0;
  int bOk = ruleLemma(zLow, nLow, eTag, zBuf, &nOut);
  if( !bOk ){
    const char *zDash = memchr(zLow, '-', (size_t)nLow);
    const char *zLast = zDash;
    while( zDash ){                       /* find the last hyphen */
      zLast = zDash;
      zDash = memchr(zDash+1, '-', (size_t)(nLow - (zDash+1-zLow)));
    }
    if( zLast && zLast+1<zLow+nLow ){
      nPre = (int)(zLast+1-zLow);
      const char *zTail = zLast+1;
      int nTail = nLow-nPre;
      i = brinkLexFind(pExc, zTail, nTail);
      if( i>=0 ){
        const char *zL = pExc->zPool + pExc->aVal[i];
        nOut = (int)strlen(zL);
        if( nOut<LEMMA_MAX ){ memcpy(zBuf, zL, (size_t)nOut+1); bOk = 1; }
      }
      if( !bOk ) bOk = ruleLemma(zTail, nTail, eTag, zBuf, &nOut);
      if( !bOk ) bOk = guessLemma(zTail, nTail, eTag, zBuf, &nOut);
    }else{
      bOk = guessLemma(zLow, nLow, eTag, zBuf, &nOut);
    }
  }
  if( !bOk || !pArena ) return zLow;
  char *zNew = brinkArenaAlloc(pArena, (size_t)(nPre+nOut+1));
  if( !zNew ) return zLow;
  memcpy(zNew, zLow, (size_t)nPre);
  memcpy(zNew+nPre, zBuf, (size_t)nOut+1);
  return zNew;
}
