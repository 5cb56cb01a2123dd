/*
** tagger.c — part-of-speech tagging with a second-order HMM.
**
** States are festlex's 38 WSJ tags (tools/mklex.c); "of" and "to" are states
** of their own, PRP$ and WP$ are folded into prp and wp and split again after
** decoding.  Emissions are log P(word|tag) from the lexicon; unknown words get
** TnT-style suffix scores (log P(tag|suffix) - log P(tag)) adjusted by
** capitalisation, digits, hyphens and WordNet's lemma lists.  Transitions
** are interpolated tag trigrams.  Viterbi runs over (previous, current)
** candidate pairs, so the cost per token is the product of three small
** candidate counts, not 38^3.
**
** No allocation and no mutable globals: all working storage is on the stack
** (about 12 KB), so the tagger is thread-safe.  Sentences longer than one
** block are decoded block by block, each block starting from the last two
** tags of the one before.
*/
#include "lexicon.h"
#include <math.h>
#include <string.h>

/* ---- Tag names ---- */

static const char *const azTagName[TAG__COUNT] = {
  "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS",
  "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
  "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO",
  "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
  "WP", "WP$", "WRB", "PUNCT"
};

/* Penn name as written in treebanks; "" for TAG_NONE.  TAG_PUNCT (all
** punctuation) is "PUNCT".  The string is static. */
const char *brinkTagName(int eTag){
  if( eTag<0 || eTag>=TAG__COUNT ) return "";
  return azTagName[eTag];
}

/* TAG_* for a Penn tag name; the treebank's punctuation tags (. , : `` ''
** -LRB- -RRB- # $ and "PUNCT") all give TAG_PUNCT.  TAG_NONE if unknown. */
int brinkTagFromName(const char *zName){
  if( !zName || !zName[0] ) return TAG_NONE;
  for(int i=1; i<TAG__COUNT; i++){
    if( strcmp(zName, azTagName[i])==0 ) return i;
  }
  static const char *const azPunct[] = {
    ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "-LCB-", "-RCB-", "#", "$", "(", ")", "\"", 0
  };
  for(int i=0; azPunct[i]; i++){
    if( strcmp(zName, azPunct[i])==0 ) return TAG_PUNCT;
  }
  return TAG_NONE;
}

/* ---- Tuning constants ----
** Set by measuring against the PETRARCH unit-test treebank with tools/tagacc
** (see docs/TAGGER.md); the log-probabilities they adjust are natural logs.
** Each may be overridden with -D when re-tuning. */
#define NS          BRINK_LEX_NSTATE
#define MAXCAND     6       /* candidate states per token; "the" has 7, rarely matters */
_Static_assert(MAXCAND==TAGC_MAX, "the memo's TagCands hold a token's candidates");
#define BLOCK       64      /* tokens decoded at once */
#ifndef CAND_BEAM
# define CAND_BEAM  9.0f    /* nats; memoised candidates beyond it are dropped (tools/tagacc: no change) */
#endif
#ifndef CAP_BONUS
#define CAP_BONUS   3.0f    /* capitalised mid-sentence: favour nnp/nnps */
#endif
#ifndef NNP_NEW
#define NNP_NEW     (-11.0f)/* emission of nnp added to a known capitalised word */
#endif
#ifndef LOW_NNP_PEN
#define LOW_NNP_PEN 6.0f    /* lower-case word: disfavour nnp/nnps */
#endif
#ifndef UNK_CAP_SUF
#define UNK_CAP_SUF 6.0f    /* unknown capitalised word: penalty on suffix guesses */
#endif
#ifndef ALLCAP_BONUS
#define ALLCAP_BONUS 4.0f   /* acronym (US, AU, OWL): further favour nnp over the lexicon */
#endif
#ifndef TWIN_PEN
#define TWIN_PEN 1.0f       /* VBD<->VBN, VB<->VBP reading missing from the lexicon */
#endif
#ifndef UNK_FIRST_SUF
#define UNK_FIRST_SUF 3.0f  /* the same, sentence-first */
#endif
#define SUF_SINGLE (-13.7f) /* log(1/909663 tag tokens): suffix score -> singleton emission */
#ifndef RARE_SUF_PEN
#define RARE_SUF_PEN 1.0f   /* extra doubt on suffix guesses for a known singleton */
#endif

typedef struct Cand { float r; uint8_t s; } Cand;

/* State numbers, looked up once per call from the generated table. */
typedef struct States {
  uint8_t nn, nns, nnp, nnps, jj, cd, punc, prp, wp, vb, vbd, vbn, vbg, vbp, vbz, rb;
} States;

static void loadStates(States *p){
  const uint8_t *a = brinkLexTagState;
  p->nn = a[TAG_NN]; p->nns = a[TAG_NNS]; p->nnp = a[TAG_NNP]; p->nnps = a[TAG_NNPS];
  p->jj = a[TAG_JJ]; p->cd = a[TAG_CD]; p->punc = a[TAG_PUNCT]; p->prp = a[TAG_PRP];
  p->wp = a[TAG_WP]; p->vb = a[TAG_VB]; p->vbd = a[TAG_VBD]; p->vbn = a[TAG_VBN];
  p->vbg = a[TAG_VBG]; p->vbp = a[TAG_VBP]; p->vbz = a[TAG_VBZ]; p->rb = a[TAG_RB];
}

/* Add (or raise) a candidate; keeps the best MAXCAND by score + prior. */
static void candAdd(Cand *a, int *pn, int s, float r){
  for(int i=0; i<*pn; i++){
    if( a[i].s==s ){ if( r>a[i].r ) a[i].r = r; return; }
  }
  if( *pn<MAXCAND ){
    a[*pn].s = (uint8_t)s; a[*pn].r = r; (*pn)++;
    return;
  }
  int iWorst = 0;
  for(int i=1; i<*pn; i++){
    if( a[i].r+brinkLexPrior[a[i].s] < a[iWorst].r+brinkLexPrior[a[iWorst].s] ) iWorst = i;
  }
  if( r+brinkLexPrior[s] > a[iWorst].r+brinkLexPrior[a[iWorst].s] ){
    a[iWorst].s = (uint8_t)s; a[iWorst].r = r;
  }
}

static int endsWith(const char *z, int n, const char *zSuf){
  int k = (int)strlen(zSuf);
  return n>k && memcmp(z+n-k, zSuf, (size_t)k)==0;
}

/* LEXPOS_* evidence from WordNet for an unknown lower-case word: bit set if
** the word is a lemma of that part of speech, or an inflection of one.  The
** inflected forms are reported as states in *pmInfl (bitmask over states). */
static uint32_t wordnetEvidence(const char *z, int n, const States *st, uint64_t *pmInfl){
  char zBuf[64];
  uint32_t m = 0;
  *pmInfl = 0;
  int i = brinkLexFind(&brinkLexLemmas, z, n);
  if( i>=0 ) m = brinkLexLemmas.aVal[i];
  /* an irregular form of a verb ("forgave", "forgiven"): its past or
  ** participle (WordNet's verb.exc), not an adjective the suffix guesses */
  if( brinkLexFind(&brinkLexVerbExc, z, n)>=0 ){
    *pmInfl |= endsWith(z, n, "ing") ? (1ull<<st->vbg) : (1ull<<st->vbd) | (1ull<<st->vbn);
  }
  if( n<4 || n>=(int)sizeof(zBuf)-2 ) return m;
  #define LEMMA_HAS(zz, nn, bit) \
    ((i = brinkLexFind(&brinkLexLemmas, (zz), (nn)))>=0 && (brinkLexLemmas.aVal[i] & (bit)))
  if( endsWith(z, n, "ed") ){
    memcpy(zBuf, z, (size_t)n);
    int bVerb = LEMMA_HAS(z, n-2, LEXPOS_VERB) || LEMMA_HAS(z, n-1, LEXPOS_VERB)
             || (z[n-3]==z[n-4] && LEMMA_HAS(z, n-3, LEXPOS_VERB));
    if( !bVerb && endsWith(z, n, "ied") ){
      zBuf[n-3] = 'y';
      bVerb = LEMMA_HAS(zBuf, n-2, LEXPOS_VERB);
    }
    if( bVerb ) *pmInfl |= (1ull<<st->vbd) | (1ull<<st->vbn) | (1ull<<st->jj);
  }else if( endsWith(z, n, "ing") ){
    memcpy(zBuf, z, (size_t)n-3);
    zBuf[n-3] = 'e';
    int bVerb = LEMMA_HAS(z, n-3, LEXPOS_VERB) || LEMMA_HAS(zBuf, n-2, LEXPOS_VERB)
             || (z[n-4]==z[n-5] && LEMMA_HAS(z, n-4, LEXPOS_VERB));
    if( bVerb ) *pmInfl |= (1ull<<st->vbg) | (1ull<<st->nn) | (1ull<<st->jj);
  }else if( endsWith(z, n, "s") && !endsWith(z, n, "ss") ){
    uint32_t mS = 0;
    if( (i = brinkLexFind(&brinkLexLemmas, z, n-1))>=0 ) mS |= brinkLexLemmas.aVal[i];
    if( endsWith(z, n, "es") && (i = brinkLexFind(&brinkLexLemmas, z, n-2))>=0 ) mS |= brinkLexLemmas.aVal[i];
    if( endsWith(z, n, "ies") ){
      memcpy(zBuf, z, (size_t)n-3);
      zBuf[n-3] = 'y';
      if( (i = brinkLexFind(&brinkLexLemmas, zBuf, n-2))>=0 ) mS |= brinkLexLemmas.aVal[i];
    }
    if( mS & LEXPOS_NOUN ) *pmInfl |= 1ull<<st->nns;
    if( mS & LEXPOS_VERB ) *pmInfl |= 1ull<<st->vbz;
  }
  #undef LEMMA_HAS
  return m;
}

/* Suffix-model candidates for z[0..n), with rPen added to every score;
** proper-noun states are left out when bProper is 0. */
static int suffixCands(const char *z, int n, float rPen, int bProper, const States *st,
                       Cand *a, int nCand){
  int k = n-1 < 5 ? n-1 : 5;
  for(; k>=1; k--){
    int i = brinkLexFind(&brinkLexSuffix, z+n-k, k);
    if( i<0 ) continue;
    uint32_t v = brinkLexSuffix.aVal[i];
    const LexEmit *e = &brinkLexEmit[v>>8];
    for(uint32_t j=0; j<(v & 0xff); j++){
      if( !bProper && (e[j].iState==st->nnp || e[j].iState==st->nnps) ) continue;
      candAdd(a, &nCand, e[j].iState, e[j].rLogP+rPen);
    }
    return nCand;
  }
  return nCand;
}

/* Candidate states and emission scores for one token.  Returns the count. */
static int tokenCands(const Tok *p, const States *st, Cand *a){
  int n = 0;
  const char *z = p->zLow;
  int nz = z ? p->n : 0;
  uint16_t f = p->flags;
  int bCap = (f & (TOKF_CAP|TOKF_ALLCAP))!=0;
  int bFirst = (f & TOKF_FIRST)!=0;
  int iWord = p->iLex>0 ? p->iLex-1 : p->iLex<0 ? -1 : nz>0 ? brinkLexFind(&brinkLexWords, z, nz) : -1;

  if( iWord>=0 ){
    uint32_t v = brinkLexWords.aVal[iWord];
    const LexEmit *e = &brinkLexEmit[v>>8];
    int nE = (int)(v & 0x7f), bHasNnp = 0;
    for(int j=0; j<nE; j++){
      float r = e[j].rLogP;
      int s = e[j].iState;
      if( s==st->nnp || s==st->nnps ){
        bHasNnp = 1;
        if( !bCap ) r -= LOW_NNP_PEN;
        else if( !bFirst ) r += CAP_BONUS;
        if( f & TOKF_ALLCAP ) r += ALLCAP_BONUS;
      }
      candAdd(a, &n, s, r);
    }
    /* Regular past forms are both VBD and VBN, and base forms both VB and
    ** VBP, but festlex lists only the readings it happened to see
    ** ("arrested" is only vbn); supply the missing twin, less likely. */
    int iVbd = -1, iVbn = -1, iVb = -1, iVbp = -1;
    for(int j=0; j<n; j++){
      if( a[j].s==st->vbd ) iVbd = j;
      else if( a[j].s==st->vbn ) iVbn = j;
      else if( a[j].s==st->vb ) iVb = j;
      else if( a[j].s==st->vbp ) iVbp = j;
    }
    if( endsWith(z, nz, "ed") ){
      if( iVbd>=0 && iVbn<0 ) candAdd(a, &n, st->vbn, a[iVbd].r - TWIN_PEN);
      else if( iVbn>=0 && iVbd<0 ) candAdd(a, &n, st->vbd, a[iVbn].r - TWIN_PEN);
    }
    if( iVb>=0 && iVbp<0 && strcmp(z, "be")!=0 ) candAdd(a, &n, st->vbp, a[iVb].r - TWIN_PEN);
    else if( iVbp>=0 && iVb<0 && strcmp(z, "am")!=0 && strcmp(z, "are")!=0 ){
      candAdd(a, &n, st->vb, a[iVbp].r - TWIN_PEN);
    }
    if( bCap && !bFirst && !bHasNnp && (f & TOKF_PUNCT)==0 && (f & TOKF_NUM)==0 ){
      int bPlural = endsWith(z, nz, "s") && !endsWith(z, nz, "ss");
      candAdd(a, &n, bPlural ? st->nnps : st->nnp,
              NNP_NEW + CAP_BONUS + ((f & TOKF_ALLCAP) ? ALLCAP_BONUS : 0.0f));
    }
    if( (v & 0x80) && !bCap ){
      /* seen once in the WSJ: its one tag is a sample, so let the suffix
      ** model propose the others at the emission scale of a singleton */
      n = suffixCands(z, nz, SUF_SINGLE-RARE_SUF_PEN, 0, st, a, n);
    }
    return n;
  }
  if( f & TOKF_PUNCT ){ a[0].s = st->punc; a[0].r = 0; return 1; }
  if( f & TOKF_NUM ){ a[0].s = st->cd; a[0].r = 0; return 1; }
  if( nz==0 ){ a[0].s = st->nn; a[0].r = 0; return 1; }

  /* digits anywhere (1990s, F-16, 3-year) */
  int bDigit = 0, bAlpha = 0;
  for(int i=0; i<nz; i++){
    if( z[i]>='0' && z[i]<='9' ) bDigit = 1;
    else if( (z[i]>='a' && z[i]<='z') || (unsigned char)z[i]>=0x80 ) bAlpha = 1;  /* UTF-8 letters */
  }
  if( !bAlpha ){
    if( bDigit ){ a[0].s = st->cd; a[0].r = 0; return 1; }
    a[0].s = st->punc; a[0].r = 0; return 1;      /* symbols */
  }

  if( bCap ){
    int bPlural = endsWith(z, nz, "s") && !endsWith(z, nz, "ss") && nz>3;
    candAdd(a, &n, st->nnp, 0.0f);
    if( bPlural ) candAdd(a, &n, st->nnps, -1.5f);
    return suffixCands(z, nz, bFirst ? -UNK_FIRST_SUF : -UNK_CAP_SUF, 1, st, a, n);
  }

  if( bDigit ){
    candAdd(a, &n, st->jj, 0.0f);
    candAdd(a, &n, st->cd, -0.5f);
    candAdd(a, &n, st->nn, -1.0f);
    return n;
  }

  /* a hyphenated word: the last part decides noun/verb shape, but most
  ** hyphenated words in news text are adjectival compounds */
  if( f & TOKF_HYPHEN ){
    const char *zDash = strrchr(z, '-');
    if( zDash && zDash[1] ){
      n = suffixCands(z, nz, 0.0f, 0, st, a, n);
      candAdd(a, &n, st->jj, 2.0f);
      return n;
    }
  }

  uint64_t mInfl;
  uint32_t mPos = wordnetEvidence(z, nz, st, &mInfl);
  Cand aS[MAXCAND];
  int nS = suffixCands(z, nz, 0.0f, 0, st, aS, 0);
  if( mPos || mInfl ){
    uint64_t mAllow = mInfl;
    if( mPos & LEXPOS_NOUN ) mAllow |= 1ull<<st->nn;
    if( mPos & LEXPOS_VERB ) mAllow |= (1ull<<st->vb) | (1ull<<st->vbp);
    if( mPos & LEXPOS_ADJ ) mAllow |= 1ull<<st->jj;
    if( mPos & LEXPOS_ADV ) mAllow |= 1ull<<st->rb;
    for(int i=0; i<nS; i++){
      if( mAllow & (1ull<<aS[i].s) ) candAdd(a, &n, aS[i].s, aS[i].r);
    }
    for(int s=0; s<NS; s++){                 /* allowed but not suggested by the suffix */
      if( (mAllow & (1ull<<s)) ) candAdd(a, &n, s, -3.0f);
    }
    if( n ) return n;
  }
  for(int i=0; i<nS; i++) candAdd(a, &n, aS[i].s, aS[i].r);
  if( n==0 ){ a[0].s = st->nn; a[0].r = 0; n = 1; }
  return n;
}

/* ---- Viterbi ---- */

/* One Viterbi step with N states two back (N a constant at each call, so
** that the loop over them unrolls): the best of the N sums of a (prev, cur)
** pair, the N offsets and previous scores in registers, the sums compared
** in order so that the first best wins as in the trace-back.  pC2's
** states past its n (N==MAXCAND for five) are read as its first, with
** pPrev's score there -infinity. */
static inline __attribute__((always_inline)) void viterbiStep(const int N, float (*pPrev)[MAXCAND],
    float (*pCur)[MAXCAND], const TagCands *pC2, const TagCands *pC1, const TagCands *pC0){
  const int n1 = pC1->n, n0 = pC0->n;   /* (read once: the float stores below may alias a uint8_t) */
  int aO[MAXCAND];
#pragma GCC unroll 6
  for(int h=0; h<N; h++) aO[h] = pC2->aS[(N<MAXCAND || h<pC2->n) ? h : 0]*NS*NS;
  for(int j=0; j<n1; j++){
    float aP[MAXCAND];
#pragma GCC unroll 6
    for(int h=0; h<N; h++) aP[h] = pPrev[j][h];
    const float *pRow = &brinkLexTrans[pC1->aS[j]*NS];
    for(int k=0; k<n0; k++){
      const float *pT = &pRow[pC0->aS[k]];
      float rBest = -1e30f;
#pragma GCC unroll 6
      for(int h=0; h<N; h++){ float r = aP[h] + pT[aO[h]]; rBest = r>rBest ? r : rBest; }
      pCur[k][j] = rBest + pC0->aR[k];
    }
  }
}

/* Decode aTok[0..nTok) (nTok<=BLOCK) given the two states before it;
** writes the best state of each token to aOut and its tag to the token's
** eTag, and returns the set of those tags (bit eTag).  A token's candidates are
** read where they are (the memo's TagCands), not copied.
**
** The score of a pair is kept as aScore[cur cand][prev cand], so that the
** scores one step compares for a (previous, current) pair lie side by
** side.  The forward pass keeps only the best score of each pair, not
** which candidate two back gave it: the trace-back works that out again
** for the one pair on the best path, from the scores of every position
** (kept for that), with the same sums compared in the same order, so it
** finds the same candidate the forward pass would have recorded. */
static uint64_t viterbiBlock(Tok *aTok, int nTok, int s2, int s1, const States *st, uint8_t *aOut){
  TagCands aOwn[BLOCK];                  /* candidates of tokens the memo has none for */
  const TagCands *apC[BLOCK];
  float aScore[BLOCK][MAXCAND][MAXCAND]; /* [position][cur cand][prev cand] */
  for(int i=0; i<nTok; i++){
    if( aTok[i].pCands ){
      apC[i] = aTok[i].pCands;
    }else{
      Cand a[MAXCAND];
      int n = tokenCands(&aTok[i], st, a);
      for(int k=0; k<n; k++){ aOwn[i].aS[k] = a[k].s; aOwn[i].aR[k] = a[k].r; }
      aOwn[i].n = (uint8_t)n;
      apC[i] = &aOwn[i];
    }
  }

  /* position 0: previous two states fixed */
  const TagCands *c0 = apC[0];
  for(int k=0; k<c0->n; k++){
    aScore[0][k][0] = brinkLexTrans[(s2*NS + s1)*NS + c0->aS[k]] + c0->aR[k];
  }
  if( nTok>1 ){
    const TagCands *c1 = apC[1];
    for(int j=0; j<c0->n; j++) for(int k=0; k<c1->n; k++){
      aScore[1][k][j] = aScore[0][j][0] + brinkLexTrans[(s1*NS + c0->aS[j])*NS + c1->aS[k]] + c1->aR[k];
    }
  }
  for(int i=2; i<nTok; i++){
    float (*pPrev)[MAXCAND] = aScore[i-1];
    float (*pCur)[MAXCAND] = aScore[i];
    const TagCands *pC2 = apC[i-2], *pC1 = apC[i-1], *pC0 = apC[i];
    const int n2 = pC2->n, n1 = pC1->n, n0 = pC0->n;
    if( n2==1 ){
      /* one state two back (punctuation, "the", "of"...: nearly half the
      ** tokens): no choice to make, and no loop whose end is mispredicted */
      const float *pPlane = &brinkLexTrans[pC2->aS[0]*NS*NS];
      for(int j=0; j<n1; j++){
        const float *pT = &pPlane[pC1->aS[j]*NS];
        float rPrev = pPrev[j][0];
        for(int k=0; k<n0; k++){
          float r = rPrev + pT[pC0->aS[k]];
          pCur[k][j] = (r>-1e30f ? r : -1e30f) + pC0->aR[k];
        }
      }
      continue;
    }
    /* two to six states two back: one step each, unrolled for its count
    ** (viterbiStep); five is decoded as six whose sixth score is
    ** -infinity, a sum never greater than the best so far, so that the
    ** best (and the candidate giving it) are those of the five */
    if( n2==5 ) for(int j=0; j<n1; j++) pPrev[j][5] = -INFINITY;
    switch( n2 ){
      case 2:  viterbiStep(2, pPrev, pCur, pC2, pC1, pC0); break;
      case 3:  viterbiStep(3, pPrev, pCur, pC2, pC1, pC0); break;
      case 4:  viterbiStep(4, pPrev, pCur, pC2, pC1, pC0); break;
      default: viterbiStep(MAXCAND, pPrev, pCur, pC2, pC1, pC0); break;
    }
  }
  /* best final pair, then follow the back-pointers */
  int i = nTok-1, jBest = 0, kBest = 0;
  float (*pLast)[MAXCAND] = aScore[i];
  float rBest = -1e30f;
  int nJ = i>=1 ? apC[i-1]->n : 1;
  for(int j=0; j<nJ; j++) for(int k=0; k<apC[i]->n; k++){
    if( pLast[k][j]>rBest ){ rBest = pLast[k][j]; jBest = j; kBest = k; }
  }
  uint64_t mTag = 0;
  for(; i>=0; i--){
    aOut[i] = apC[i]->aS[kBest];
    aTok[i].eTag = brinkLexStateTag[aOut[i]];
    mTag |= (uint64_t)1 << aTok[i].eTag;
    int hBest = 0;
    if( i>=2 && apC[i-2]->n>1 ){
      /* the candidate two back that gave the pair (jBest, kBest) its score:
      ** the first best, as the forward pass's strict > kept it */
      const TagCands *pC2 = apC[i-2];
      const float *pP = aScore[i-1][jBest];
      const float *pT = &brinkLexTrans[apC[i-1]->aS[jBest]*NS + apC[i]->aS[kBest]];
      float rMax = -1e30f;
      for(int h=0; h<pC2->n; h++){
        float r = pP[h] + pT[pC2->aS[h]*NS*NS];
        if( r>rMax ){ rMax = r; hBest = h; }
      }
    }
    kBest = jBest;
    jBest = hBest;
  }
  return mTag;
}

/* ---- API ---- */

void brinkTagCands(const Tok *p, TagCands *pOut){
  States st;
  Cand a[MAXCAND];
  loadStates(&st);
  int n = tokenCands(p, &st, a);
  /* A candidate whose emission score is far below the best one (a factor
  ** of e^CAND_BEAM) never wins once transitions are added, whose range is
  ** narrower: leave it out, so Viterbi does less work. */
  float rBest = -1e30f;
  for(int k=0; k<n; k++) if( a[k].r>rBest ) rBest = a[k].r;
  int m = 0;
  for(int k=0; k<n; k++){
    if( a[k].r < rBest - CAND_BEAM ) continue;
    pOut->aS[m] = a[k].s; pOut->aR[m] = a[k].r; m++;
  }
  pOut->n = (uint8_t)m;
}

static int isWord(const Tok *p, const char *zWord){
  return p->zLow && p->zLow[0]==zWord[0] && brinkWordEq(p->zLow, zWord);
}

/* Is the word p in -ed a verb's past form, whose stem WordNet has as a
** verb ("recognised": "recognise"; "abducted": "abduct")? */
static int edVerb(const Tok *p){
  if( !p->zLow || p->n<5 || (p->flags & TOKF_CAP) ) return 0;
  size_t n = strlen(p->zLow);
  if( n<5 || strcmp(p->zLow+n-2, "ed")!=0 ) return 0;
  int k = brinkLexFind(&brinkLexLemmas, p->zLow, n-2);          /* "attack-ed" */
  if( k<0 || !(brinkLexLemmas.aVal[k] & LEXPOS_VERB) ) k = brinkLexFind(&brinkLexLemmas, p->zLow, n-1);   /* "recognise-d" */
  return k>=0 && (brinkLexLemmas.aVal[k] & LEXPOS_VERB);
}

/* See lexicon.h.  Reads zLow and flags, writes eTag; tokens without zLow
** are treated as unknown nouns. */
void brinkTagSentence(Tok *aTok, int nTok){
  States st;
  uint8_t aState[BLOCK];
  uint64_t mTag = 0;      /* the tags Viterbi gave: a pass that needs one absent is skipped */
  _Static_assert(TAG__COUNT<=64, "a tag is a bit of mTag");
  if( !aTok || nTok<=0 ) return;
  loadStates(&st);
  int s2 = st.punc, s1 = st.punc;           /* sentence start: punc, punc */
  for(int iBase=0; iBase<nTok; iBase+=BLOCK){
    int nB = nTok-iBase < BLOCK ? nTok-iBase : BLOCK;
    mTag |= viterbiBlock(aTok+iBase, nB, s2, s1, &st, aState);
    s2 = nB>=2 ? aState[nB-2] : s1;
    s1 = aState[nB-1];
  }
  /* Split the folded possessives: festlex tags "his", "its" and "whose" as
  ** prp / wp.  "her" and "his" are PRP$ only before a nominal. */
  for(int i=0; (mTag & ((uint64_t)1<<TAG_PRP | (uint64_t)1<<TAG_WP)) && i<nTok; i++){
    Tok *p = &aTok[i];
    if( p->eTag==TAG_PRP && p->zLow ){
      const char *z = p->zLow;
      if( brinkWordEq(z, "my") || brinkWordEq(z, "your") || brinkWordEq(z, "its") || brinkWordEq(z, "our")
       || brinkWordEq(z, "their") || brinkWordEq(z, "thy") ){
        p->eTag = TAG_PRPS;
      }else if( brinkWordEq(z, "her") || brinkWordEq(z, "his") ){
        int eNext = i+1<nTok ? aTok[i+1].eTag : TAG_NONE;
        if( TAG_IS_NOUN(eNext) || TAG_IS_ADJ(eNext) || eNext==TAG_CD || eNext==TAG_VBG
         || eNext==TAG_VBN || eNext==TAG_RBS || eNext==TAG_RB ) p->eTag = TAG_PRPS;
      }
    }else if( p->eTag==TAG_WP && isWord(p, "whose") ){
      p->eTag = TAG_WPS;
    }
  }
  /* A word in -ing read as a noun after a form of "be" or a verb of going
  ** on, with a noun phrase after it, is the progressive verb: "were
  ** bombing Chadian positions", "kept shelling the town" (not "is bombing
  ** raids": a noun follows) */
  static const char *const azProg[] = {"is","are","was","were","be","been","being","keep","keeps","kept",
    "continue","continues","continued","began","begun","start","started","resumed",0};
  for(int i=1; i+1<nTok; i++){
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_NN || !p->zLow || (p->flags & TOKF_CAP) || p->n<6 ) continue;   /* (strlen(zLow)<=n) */
    size_t n = strlen(p->zLow);
    if( n<6 || strcmp(p->zLow+n-3, "ing")!=0 ) continue;
    int bAfter = 0;
    for(int k=0; azProg[k] && !bAfter; k++) bAfter = isWord(&aTok[i-1], azProg[k]);
    int eNext = aTok[i+1].eTag;
    if( bAfter && (eNext==TAG_DT || eNext==TAG_PRPS || eNext==TAG_NNP || eNext==TAG_NNPS || eNext==TAG_CD
                   || eNext==TAG_PRP || TAG_IS_ADJ(eNext)) ) p->eTag = TAG_VBG;
  }
  /* A word in -ing read as a verb that heads the sentence's subject is
  ** the noun: "Fighting between Armenia and Azerbaijan killed dozens"
  ** (the sentence's first word, with a tensed verb after it, or a
  ** preposition and a tensed verb before any comma: "Speaking at a news
  ** conference, he said" stays a verb), "Heavy fighting broke out", "the
  ** shelling of the town" (after a determiner, or an adjective that opens
  ** the sentence or follows one) */
  for(int i=0; (mTag & (uint64_t)1<<TAG_VBG) && i+1<nTok; i++){
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_VBG ) continue;
    int eNext = aTok[i+1].eTag;
    int bNoun = 0;
    if( i==0 && TAG_IS_FINITE(eNext) ){
      bNoun = 1;   /* "Fighting erupted" */
    }else if( i==0 && eNext==TAG_VBN ){
      /* ... read as "Fighting erupted(VBN)" in a sentence with no tensed verb */
      int bFin = 0;
      for(int k=2; k<nTok && !bFin; k++) bFin = TAG_IS_FINITE(aTok[k].eTag) || aTok[k].eTag==TAG_MD;
      if( !bFin ){ bNoun = 1; aTok[1].eTag = TAG_VBD; }
    }else if( i==0 && eNext==TAG_IN ){
      for(int k=2; k<nTok; k++){
        if( aTok[k].flags & TOKF_PUNCT ) break;
        if( TAG_IS_FINITE(aTok[k].eTag) ){ bNoun = 1; break; }
      }
    }else if( i>0 && (TAG_IS_FINITE(eNext) || eNext==TAG_IN) ){
      const Tok *q = &aTok[i-1];
      bNoun = (q->eTag==TAG_DT && !isWord(q, "that"))
           || (TAG_IS_ADJ(q->eTag) && (i==1 || aTok[i-2].eTag==TAG_DT));
    }
    if( bNoun ) p->eTag = TAG_NN;
  }
  /* A word in -ed the word list has only as a noun (its one sample was
  ** mistagged: "abducted") is a verb when WordNet has its stem as a verb
  ** and not the word as a noun: a past tense after its subject, a
  ** participle after a form of "be" or "have" ("Gunmen abducted 280
  ** pupils", "were abducted on Monday") */
  for(int i=1; (mTag & (uint64_t)1<<TAG_NN) && i<nTok; i++){
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_NN || !p->zLow || p->n<6 || (p->flags & TOKF_CAP) ) continue;
    size_t n = strlen(p->zLow);
    if( n<6 || strcmp(p->zLow+n-2, "ed")!=0 ) continue;
    int kW = brinkLexFind(&brinkLexLemmas, p->zLow, n);
    if( kW>=0 && (brinkLexLemmas.aVal[kW] & LEXPOS_NOUN) ) continue;
    if( !edVerb(p) ) continue;                                     /* "abduct-ed", "seize-d" */
    const Tok *q = &aTok[i-1];
    if( isWord(q, "was") || isWord(q, "were") || isWord(q, "been") || isWord(q, "be") || isWord(q, "being")
        || isWord(q, "is") || isWord(q, "are") || isWord(q, "has") || isWord(q, "have") || isWord(q, "had") ) p->eTag = TAG_VBN;
    else if( TAG_IS_NOUN(q->eTag) || q->eTag==TAG_PRP ) p->eTag = TAG_VBD;
  }
  /* A modal's verb: "will boycott", "would not veto" are verbs, though the
  ** word list saw them only as nouns; when WordNet has the word as a verb
  ** and no determiner, possessive or adjective comes between ("the will of
  ** the people" has no modal: festlex tags that "will" NN). */
  for(int i=1; (mTag & (uint64_t)1<<TAG_MD) && i<nTok; i++){   /* (no pass before makes a modal) */
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_NN || !p->zLow || (p->flags & (TOKF_CAP|TOKF_ALLCAP)) ) continue;
    int j = i-1;
    if( j>0 && aTok[j].eTag==TAG_RB ) j--;
    if( aTok[j].eTag!=TAG_MD ) continue;
    int k = brinkLexFind(&brinkLexLemmas, p->zLow, p->n);
    if( k>=0 && (brinkLexLemmas.aVal[k] & LEXPOS_VERB) ) p->eTag = TAG_VB;
  }
  /* "U.S.-backed", "U.N.-sponsored": the tokenizer splits the hyphen from
  ** an abbreviation's final period; the participle glued to it is part of
  ** a compound adjective, no verb of the clause */
  for(int i=1; (mTag & ((uint64_t)1<<TAG_VBD | (uint64_t)1<<TAG_VBN)) && i+1<nTok; i++){
    Tok *h = &aTok[i], *p = &aTok[i-1], *q = &aTok[i+1];
    if( h->n!=1 || !h->z || h->z[0]!='-' || !p->z || p->n<2 || p->z[p->n-1]!='.' ) continue;
    if( h->iOff!=p->iOff+(uint32_t)p->n || q->iOff!=h->iOff+1 ) continue;
    if( q->eTag==TAG_VBD || q->eTag==TAG_VBN ) q->eTag = TAG_JJ;
  }
  /* A sentence with no tensed verb whose participle follows the name that
  ** opens it and comes before a noun phrase has its verb there: "The CIA
  ** arrested students." (the tagger read "the CIA-arrested students", a
  ** noun phrase with no clause); so has one whose adjective in -ed is a
  ** verb's: "Trump recognised opposition leader Juan Guaido" (read as "a
  ** recognised opposition leader") */
  int iVbn = -1, bFinite = 0;
  for(int i=0; i<nTok && !bFinite; i++){
    if( TAG_IS_FINITE(aTok[i].eTag) || aTok[i].eTag==TAG_MD ) bFinite = 1;
    else if( aTok[i].eTag==TAG_VBN && iVbn<0 ) iVbn = i;
    else if( aTok[i].eTag==TAG_JJ && iVbn<0 && edVerb(&aTok[i]) ) iVbn = i;
  }
  if( !bFinite && iVbn>=1 && iVbn+1<nTok && (aTok[iVbn-1].eTag==TAG_NNP || aTok[iVbn-1].eTag==TAG_NNPS)
      && (TAG_IS_NOUN(aTok[iVbn+1].eTag) || aTok[iVbn+1].eTag==TAG_DT || aTok[iVbn+1].eTag==TAG_PRPS
          || aTok[iVbn+1].eTag==TAG_CD || TAG_IS_ADJ(aTok[iVbn+1].eTag)) ){
    int i = iVbn-1;   /* the name opens the sentence: only names and a determiner before it */
    while( i>=0 && (aTok[i].eTag==TAG_NNP || aTok[i].eTag==TAG_NNPS || aTok[i].eTag==TAG_DT) ) i--;
    if( i<0 ){ aTok[iVbn].eTag = TAG_VBD; bFinite = 1; }
  }
  /* Still no tensed verb: a plural noun followed by a word read as a noun
  ** that WordNet also has as a verb, with "to", a preposition or a noun
  ** phrase after it, is a present-tense clause: "negotiators return to
  ** Geneva", "rebels demand autonomy", "police raid villages" (a
  ** headline-like sentence the tagger read as one long noun phrase) */
  for(int i=1; i+1<nTok && !bFinite; i++){
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_NN || !p->zLow || (p->flags & (TOKF_CAP|TOKF_ALLCAP)) ) continue;
    /* (after a plural: "police" and "people" are plurals the word list
    ** reads as NN) */
    int ePrev = aTok[i-1].eTag;
    if( !(ePrev==TAG_NNS || ePrev==TAG_NNPS || isWord(&aTok[i-1], "police") || isWord(&aTok[i-1], "people")) ) continue;
    int eNext = aTok[i+1].eTag;
    if( !(eNext==TAG_TO || eNext==TAG_IN || eNext==TAG_DT || eNext==TAG_PRPS || eNext==TAG_CD
          || TAG_IS_NOUN(eNext) || TAG_IS_ADJ(eNext)) ) continue;
    int k = brinkLexFind(&brinkLexLemmas, p->zLow, p->n);
    if( k>=0 && (brinkLexLemmas.aVal[k] & LEXPOS_VERB) ){ p->eTag = TAG_VBP; bFinite = 1; }
  }
  /* ... and its singular: a word in -s read as a plural noun after a
  ** singular one, with a determiner or a number after it, that WordNet
  ** also has as a verb: "The trade bill forces the administration to act"
  ** (the word list read "trade bill forces" as one noun phrase, and
  ** "forces" as troops) */
  for(int i=1; i+1<nTok && !bFinite; i++){
    Tok *p = &aTok[i];
    if( p->eTag!=TAG_NNS || !p->zLow || (p->flags & (TOKF_CAP|TOKF_ALLCAP)) ) continue;
    if( p->n<3 || p->zLow[p->n-1]!='s' || p->zLow[p->n-2]=='s' ) continue;
    int ePrev = aTok[i-1].eTag, eNext = aTok[i+1].eTag;
    if( !(ePrev==TAG_NN || ePrev==TAG_NNP) ) continue;
    if( !(eNext==TAG_DT || eNext==TAG_PRPS || eNext==TAG_CD) ) continue;
    /* (its stem without "-s", or "-es": "forces", "pushes") */
    int k = brinkLexFind(&brinkLexLemmas, p->zLow, p->n-1);
    if( (k<0 || !(brinkLexLemmas.aVal[k] & LEXPOS_VERB)) && p->n>3 && p->zLow[p->n-2]=='e' ){
      k = brinkLexFind(&brinkLexLemmas, p->zLow, p->n-2);
    }
    if( k>=0 && (brinkLexLemmas.aVal[k] & LEXPOS_VERB) ){ p->eTag = TAG_VBZ; bFinite = 1; }
  }
}
