/*
** lexicon.h — part-of-speech tags, the tagger and the lemmatiser.
**
** The word lexicon and the tag-trigram model come from Debian's
** festlex-poslex (WSJ counts); irregular forms come from WordNet's *.exc
** files.  tools/mklex.c turns them into static tables at build time
** (build/gen/lexdata.c), so nothing is read at start-up and the tables are
** read-only and shared by every thread.
*/
#ifndef BRINK_LEXICON_H
#define BRINK_LEXICON_H
#include <stdint.h>
#include "arena.h"

/* Penn Treebank tags.  TAG_PUNCT covers all punctuation. */
enum {
  TAG_NONE = 0,
  TAG_CC, TAG_CD, TAG_DT, TAG_EX, TAG_FW, TAG_IN, TAG_JJ, TAG_JJR, TAG_JJS,
  TAG_LS, TAG_MD, TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS, TAG_PDT, TAG_POS,
  TAG_PRP, TAG_PRPS, TAG_RB, TAG_RBR, TAG_RBS, TAG_RP, TAG_SYM, TAG_TO,
  TAG_UH, TAG_VB, TAG_VBD, TAG_VBG, TAG_VBN, TAG_VBP, TAG_VBZ, TAG_WDT,
  TAG_WP, TAG_WPS, TAG_WRB, TAG_PUNCT,
  TAG__COUNT
};
#define TAG_IS_VERB(t)  ((t)>=TAG_VB && (t)<=TAG_VBZ)
#define TAG_IS_FINITE(t) ((t)==TAG_VBD || (t)==TAG_VBZ || (t)==TAG_VBP)   /* a tensed verb */
#define TAG_IS_NOUN(t)  ((t)>=TAG_NN && (t)<=TAG_NNPS)
#define TAG_IS_ADJ(t)   ((t)>=TAG_JJ && (t)<=TAG_JJS)

/* Token flags set by the tokenizer; the tagger reads them. */
#define TOKF_CAP      0x0001  /* first letter upper case */
#define TOKF_ALLCAP   0x0002  /* every letter upper case, at least 2 letters */
#define TOKF_NUM      0x0004  /* a number: 15, 20,000, 1.5 */
#define TOKF_PUNCT    0x0008  /* punctuation */
#define TOKF_FIRST    0x0010  /* first token of the sentence (after any quote) */
#define TOKF_QUOTE    0x0020  /* a quotation mark */
#define TOKF_INQUOTE  0x0040  /* inside a quotation */
#define TOKF_HYPHEN   0x0080  /* contains an internal hyphen: de-escalate */

/* The tagger's candidate states for a token and their emission scores.
** Depends only on the token's lower-case form and the TOKF_* flags in
** TAGC_FLAGS, so callers may memoise it per (form, flags). */
#define TAGC_MAX 6
#define TAGC_FLAGS (TOKF_CAP|TOKF_ALLCAP|TOKF_FIRST|TOKF_PUNCT|TOKF_NUM|TOKF_HYPHEN)
typedef struct TagCands { uint8_t n; uint8_t aS[TAGC_MAX]; float aR[TAGC_MAX]; } TagCands;

/* One token of a sentence.  Lives in the coder's arena. */
typedef struct Tok {
  const char *z;        /* as written, in the sentence buffer (not NUL-terminated) */
  int n;
  uint32_t hLow;        /* brinkHashStep() over zLow's bytes, from brinkHashInit */
  const char *zLow;     /* lower-cased copy, NUL-terminated */
  const char *zLemma;   /* lemma, NUL-terminated (may equal zLow) */
  uint32_t iOff;        /* byte offset in the story text */
  uint16_t flags;       /* TOKF_* */
  uint8_t eTag;         /* TAG_* */
  int iChunk;           /* noun-phrase chunk index or -1 */
  int32_t iLex;         /* 0: not looked up yet; -1: not in the lexicon; k+1: entry k */
  const TagCands *pCands; /* memoised candidates, or NULL: the tagger computes them */
} Tok;

/* A 32-bit FNV-1a hash, a byte at a time: the word memo's (wordcache.h),
** which the tokenizer works out for each token's lower-case form as it
** makes it (Tok.hLow), so the memo's lookups need not read the form again. */
#define brinkHashInit 2166136261u
static inline uint32_t brinkHashStep(uint32_t h, unsigned char c){ return (h ^ c) * 16777619u; }

/* Whether two NUL-terminated words are equal.  Inline, for the many tests
** of a token against short word lists: the words differ within a letter or
** two, where a call to strcmp() costs more than the comparison. */
static inline int brinkWordEq(const char *a, const char *b){
  while( *a && *a==*b ){ a++; b++; }
  return *a==*b;
}

/* Whether the NUL-terminated word z is in az[0..n), a list sorted by byte
** (strcmp order), searched by halves.  Each list searched this way is marked
** "sorted by byte" where it is declared; tests/sorted_lists.py checks the
** order of every list so marked. */
static inline int brinkInSorted(const char *const *az, int n, const char *z){
  int lo = 0, hi = n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    const unsigned char *a = (const unsigned char*)az[mid], *b = (const unsigned char*)z;
    while( *a && *a==*b ){ a++; b++; }
    if( *a==*b ) return 1;
    if( *a<*b ) lo = mid+1; else hi = mid;
  }
  return 0;
}

const char *brinkTagName(int eTag);         /* "NNP"; "" for TAG_NONE */
int brinkTagFromName(const char *zName);    /* Penn name to TAG_*, TAG_NONE if unknown */

/* Tag aTok[0..nTok) in place (sets eTag) with a trigram HMM decoded by
** Viterbi.  Reads zLow and flags.  Thread-safe. */
void brinkTagSentence(Tok *aTok, int nTok);
/* The candidates brinkTagSentence would compute for token p. */
void brinkTagCands(const Tok *p, TagCands *pOut);

/* The lemma of a lower-cased word with the given tag: WordNet irregular forms
** first, then suffix rules checked against WordNet's lemma lists.  Returns a
** static string, zLow itself, or a copy made in pArena. */
const char *brinkLemma(const char *zLow, int nLow, int eTag, Arena *pArena);

/* Mark noun-phrase chunks: sets iChunk on each token (-1 outside).  Returns
** the number of chunks. */
int brinkChunk(Tok *aTok, int nTok);

/* ---- Internal: tables generated by tools/mklex.c into build/gen/lexdata.c ----
** Added for the tagger and lemmatiser only; nothing outside src/tagger.c and
** src/lexicon.c should need these.  All tables are const and shared.
**
** A LexHash is an open-addressing string table: aSlot[h & (nSlot-1)] holds
** 1 + an entry index in its LEX_SLOT_INDEX bits (0 = empty) and the key's
** hash h in the bits above, probing linearly; entry i's key is the
** NUL-terminated string at zPool + aKey[i] and its value is aVal[i].  The
** hash is 32-bit FNV-1a over the key bytes (brinkLexFind() and mklex agree). */
#define LEX_SLOT_INDEX 0x000FFFFFu   /* a slot's bits that hold 1 + the entry index */
#define BRINK_LEX_NSTATE 38          /* festlex's WSJ tag set, incl. "of", "to" */
typedef struct LexHash {
  uint32_t nSlot;                    /* power of two */
  const uint32_t *aSlot;
  const uint32_t *aKey;
  const uint32_t *aVal;
  const char *zPool;
} LexHash;
typedef struct LexEmit {
  float rLogP;                       /* log P(word|state), or a suffix score */
  uint8_t iState;
} LexEmit;
#define LEXPOS_NOUN 1                /* bits of brinkLexLemmas values */
#define LEXPOS_VERB 2
#define LEXPOS_ADJ  4
#define LEXPOS_ADV  8
extern const uint8_t brinkLexStateTag[BRINK_LEX_NSTATE];  /* state -> TAG_* */
extern const uint8_t brinkLexTagState[TAG__COUNT];        /* TAG_* -> state */
extern const float brinkLexTrans[BRINK_LEX_NSTATE*BRINK_LEX_NSTATE*BRINK_LEX_NSTATE];
extern const float brinkLexPrior[BRINK_LEX_NSTATE];       /* log P(state) */
extern const LexEmit brinkLexEmit[];
extern const LexHash brinkLexWords;    /* val: iEmit<<8 | 0x80 if seen once | nEmit */
extern const LexHash brinkLexSuffix;   /* val: iEmit<<8 | nEmit */
extern const LexHash brinkLexNounExc;  /* val: offset of the lemma in zPool */
extern const LexHash brinkLexVerbExc;
extern const LexHash brinkLexAdjExc;
extern const LexHash brinkLexLemmas;   /* val: LEXPOS_* bits */
/* Entry index of z[0..n) in p, or -1.  Implemented in lexicon.c. */
int brinkLexFind(const LexHash *p, const char *z, int n);

#endif
