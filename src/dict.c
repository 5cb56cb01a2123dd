/*
** dict.c — load brink's dictionary format and compile it (see dict.h and
** docs/DICTIONARIES.md for the format).
**
** Loading appends to growable arrays; brinkDictFinish() sorts candidates by
** their first word id into one flat index per kind, longest phrase first,
** so the coder's lookup is a slice of an array.  Words are interned in an
** open-addressing table (FNV-1a) whose string pool is one allocation.
** Words of phrases and patterns are stored twice: as written and as their
** lemma, so "troops" in a dictionary matches "troop" and vice versa.
*/
#include "dict.h"
#include "lexicon.h"
#include "arena.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdio.h>
#include <errno.h>
#include <strings.h>

/* Limits that keep 16-bit counts honest and a few bytes of input from
** asking for a lot of memory (synsets may include each other). */
#define MAX_ALT          4096   /* alternatives in one {…} or synset */
#define MAX_PHRASE_WORDS 64     /* words in one phrase */

/* ---- Growable arrays --------------------------------------------------- */
#define VEC(T) struct { T *a; size_t n, nAlloc; }
#define VEC_PUSH(v, pOk) ( ((v).n<(v).nAlloc || vecGrow((void**)&(v).a, &(v).nAlloc, sizeof(*(v).a))) \
                            ? ((pOk)=1, &(v).a[(v).n++]) : ((pOk)=0, (void*)0) )

static int vecGrow(void **pa, size_t *pnAlloc, size_t szElem){
  size_t nNew = *pnAlloc ? *pnAlloc*2 : 64;
  void *aNew = realloc(*pa, nNew*szElem);
  if( !aNew ) return 0;
  *pa = aNew;
  *pnAlloc = nNew;
  return 1;
}

/* ---- Word interning ---------------------------------------------------- */
typedef DictSlot WordSlot;   /* dict.h: the compiled cache writes these out */

struct Dict {
  /* interning */
  WordSlot *aSlot; size_t nSlot, nUsed;
  char *zPool; size_t nPool, nPoolAlloc;
  /* tables */
  VEC(DictWord) aWord;
  VEC(DictCode) aCode;
  VEC(DictEntry) aEntry[DK__COUNT];
  VEC(DictPhrase) aPhrase[DK__COUNT];
  VEC(Pattern) aPat;
  VEC(PatElem) aElem;
  VEC(PatAlt) aAlt;
  VEC(Synset) aSyn;
  VEC(char*) azFile;           /* file names, owned, for Pattern.zFile */
  /* index: for each word id, a slice of aIdx* */
  uint32_t *aIdxStart[DK__COUNT+1], *aIdx[DK__COUNT+1];
  DictPair *aPair[DK__COUNT]; size_t nPair[DK__COUNT];   /* multi-word phrases by first two words */
  uint64_t *aPairBit[DK__COUNT]; unsigned nPairShift[DK__COUNT];  /* a bit per hashed pair key (pairBits) */
  uint8_t *aFirst;             /* per word id: bit k set if it starts a phrase of kind k */
  size_t nWarning;
  int bFinished;
  int bSplitPunct;             /* loading TABARI's text: split pattern words at any punctuation */
  /* a Dict made by brinkDictAdopt() (a compiled cache): the tables are not
  ** owned; xRelease(pMem, nMem) at free */
  int bAdopted;
  void (*xRelease)(void*, size_t); void *pMem; size_t nMem;
  Arena scratch;               /* lemmatiser copies during load */
};

static uint32_t fnv1a(const char *z, size_t n){
  uint32_t h = 2166136261u;
  for(size_t i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

static int32_t dictFind(const Dict *p, const char *z, size_t n, uint32_t h){
  if( !p->nSlot ) return -1;
  size_t mask = p->nSlot-1;
  for(size_t i = h & mask; ; i = (i+1) & mask){
    const WordSlot *s = &p->aSlot[i];
    if( s->id<0 ) return -1;
    if( s->h==h && s->nStr==n && memcmp(p->zPool+s->iStr, z, n)==0 ) return s->id;
  }
}

int32_t brinkDictWordId(const Dict *p, const char *z, size_t n){
  return dictFind(p, z, n, fnv1a(z, n));
}

void brinkDictPrefetchWord(const Dict *p, uint32_t h){
  if( p->nSlot ) __builtin_prefetch(&p->aSlot[h & (p->nSlot-1)]);
}

static int dictRehash(Dict *p){
  size_t nNew = p->nSlot ? p->nSlot*2 : 1024;
  WordSlot *aNew = malloc(nNew*sizeof(WordSlot));
  if( !aNew ) return 0;
  for(size_t i=0; i<nNew; i++) aNew[i].id = -1;
  for(size_t i=0; i<p->nSlot; i++){
    WordSlot *s = &p->aSlot[i];
    if( s->id<0 ) continue;
    size_t j = s->h & (nNew-1);
    while( aNew[j].id>=0 ) j = (j+1) & (nNew-1);
    aNew[j] = *s;
  }
  free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  return 1;
}

/* Intern a lower-case word; returns its id or -1 on OOM. */
static int32_t dictIntern(Dict *p, const char *z, size_t n){
  uint32_t h = fnv1a(z, n);
  int32_t id = dictFind(p, z, n, h);
  if( id>=0 ) return id;
  if( (p->nUsed+1)*2 > p->nSlot && !dictRehash(p) ) return -1;
  while( p->nPool + n + 1 > p->nPoolAlloc ){
    size_t nNew = p->nPoolAlloc ? p->nPoolAlloc*2 : 16384;
    char *zNew = realloc(p->zPool, nNew);
    if( !zNew ) return -1;
    p->zPool = zNew;
    p->nPoolAlloc = nNew;
  }
  memcpy(p->zPool+p->nPool, z, n);
  p->zPool[p->nPool+n] = 0;
  size_t j = h & (p->nSlot-1);
  while( p->aSlot[j].id>=0 ) j = (j+1) & (p->nSlot-1);
  p->aSlot[j].iStr = (uint32_t)p->nPool;
  p->aSlot[j].nStr = (uint32_t)n;
  p->aSlot[j].h = h;
  p->aSlot[j].id = (int32_t)p->nUsed++;
  p->nPool += n+1;
  return p->aSlot[j].id;
}

/* ---- Life cycle -------------------------------------------------------- */
Dict *brinkDictNew(void){
  Dict *p = calloc(1, sizeof(Dict));
  if( p ) brinkArenaInit(&p->scratch);
  return p;
}

void brinkDictFree(Dict *p){
  if( !p ) return;
  for(int k=0; k<DK__COUNT; k++) free(p->aPairBit[k]);
  if( p->bAdopted ){
    free(p->azFile.a);
    if( p->xRelease ) p->xRelease(p->pMem, p->nMem);
    free(p);
    return;
  }
  free(p->aSlot); free(p->zPool);
  free(p->aWord.a); free(p->aCode.a);
  for(int k=0; k<DK__COUNT; k++){ free(p->aEntry[k].a); free(p->aPhrase[k].a); }
  free(p->aPat.a); free(p->aElem.a); free(p->aAlt.a); free(p->aSyn.a);
  for(size_t i=0; i<p->azFile.n; i++) free(p->azFile.a[i]);
  free(p->azFile.a);
  for(int k=0; k<=DK__COUNT; k++){ free(p->aIdxStart[k]); free(p->aIdx[k]); }
  for(int k=0; k<DK__COUNT; k++) free(p->aPair[k]);
  free(p->aFirst);
  brinkArenaFree(&p->scratch);
  free(p);
}

/* ---- Parsing ----------------------------------------------------------- */
enum { SEC_NONE = -1, SEC_ACTORS = DK_ACTOR, SEC_AGENTS = DK_AGENT, SEC_DISCARDS = DK_DISCARD,
       SEC_ISSUES = DK_ISSUE, SEC_VERBS = 10, SEC_SYNSETS = 11 };

typedef struct Parse {
  Dict *p;
  const char *zFile;
  int iLine;
  const char *zLine;    /* start of the current line, for columns */
  brink_diag_fn xDiag; void *pArg;
  int eSec;
  int bOom;
} Parse;

static void diag(Parse *ps, const char *zAt, const char *zFmt, const char *zArg){
  char zMsg[256];
  snprintf(zMsg, sizeof zMsg, "%s%s", zFmt, zArg ? zArg : "");
  ps->p->nWarning++;
  if( ps->xDiag ) ps->xDiag(ps->pArg, ps->zFile, ps->iLine, zAt ? (int)(zAt - ps->zLine)+1 : 0, zMsg);
}

/* Add one word (already lower-case) with its lemma; returns index in aWord.
** A word written with a trailing '*' ("eriador*") is a stem: it matches any
** token that begins with it (TABARI's convention for words without '_').
** It is interned with its '*', a form no token has, and has no lemma; the
** coder gives each token the id of the longest stem it begins with. */
static int addWord(Parse *ps, const char *z, size_t n, int eTagGuess, uint32_t *piWord){
  Dict *p = ps->p;
  int ok;
  DictWord *w = VEC_PUSH(p->aWord, ok);
  if( !ok ){ ps->bOom = 1; return 0; }
  *piWord = (uint32_t)(p->aWord.n-1);
  if( n>1 && z[n-1]=='*' ){
    w->id1 = w->id2 = dictIntern(p, z, n);
    if( w->id1<0 || dictIntern(p, "@stems", 6)<0 ){ ps->bOom = 1; return 0; }
    return 1;
  }
  w->id1 = dictIntern(p, z, n);
  w->id2 = w->id1;
  if( eTagGuess ){
    char zTmp[128];
    if( n<sizeof zTmp ){
      memcpy(zTmp, z, n); zTmp[n] = 0;
      const char *zLem = brinkLemma(zTmp, (int)n, eTagGuess, &p->scratch);
      if( zLem && strcmp(zLem, zTmp)!=0 ) w->id2 = dictIntern(p, zLem, strlen(zLem));
      brinkArenaReset(&p->scratch);
    }
  }
  if( w->id1<0 || w->id2<0 ){ ps->bOom = 1; return 0; }
  return 1;
}

/* Split a phrase into words the way the tokenizer would, lower-cased:
** "Joseph R. Biden, Jr." -> joseph r. biden , jr.  Calls addWord for each.
** A "..." between two words lets other words come between them in the
** text ("prince ... dol amroth"); *pmGap (if not NULL) gets bit k set
** when that is so before word k.  Returns the number of words, 0 on error. */
static int addPhraseWords(Parse *ps, const char *z, size_t n, int eTagLast, uint32_t *piFirst, uint16_t *pmGap){
  Arena a; brinkArenaInit(&a);
  Tok *aTok = 0;
  int nTok = brinkTokenize(&a, z, n, 0, &aTok);
  int nOut = 0;
  if( pmGap ) *pmGap = 0;
  for(int i=0; i<nTok; i++){
    uint32_t iWord;
    if( pmGap && nOut>0 && nOut<16 && i+1<nTok && strcmp(aTok[i].zLow, "...")==0 ){
      *pmGap |= (uint16_t)(1u<<nOut);
      continue;
    }
    int eTag = (i==nTok-1) ? eTagLast : 0;
    const Tok *u = i+1<nTok ? &aTok[i+1] : 0;
    if( u && u->n==1 && u->zLow[0]=='*' && u->iOff==aTok[i].iOff+(size_t)aTok[i].n ){
      /* "eriador*": a stem */
      char zBuf[128];
      size_t nW = (size_t)aTok[i].n;
      if( nW+1>=sizeof zBuf ){ nOut = 0; break; }
      memcpy(zBuf, aTok[i].zLow, nW); zBuf[nW] = '*';
      if( !addWord(ps, zBuf, nW+1, 0, &iWord) ){ nOut = 0; break; }
      if( nOut==0 ) *piFirst = iWord;
      nOut++;
      i++;
      continue;
    }
    if( !addWord(ps, aTok[i].zLow, (size_t)aTok[i].n, eTag, &iWord) ){ nOut = 0; break; }
    if( nOut==0 ) *piFirst = iWord;
    nOut++;
  }
  brinkArenaFree(&a);
  return nOut;
}

static const char *skipSpace(const char *z, const char *zEnd){
  while( z<zEnd && (*z==' ' || *z=='\t') ) z++;
  return z;
}
static const char *trimEnd(const char *z, const char *zEnd){
  while( zEnd>z && (zEnd[-1]==' ' || zEnd[-1]=='\t' || zEnd[-1]=='\r') ) zEnd--;
  return zEnd;
}

/* A code: letters, digits, and the characters used by CAMEO-style codes. */
/* ('/' joins the members of a compound actor, TABARI's "FRO/BIL/SAM") */
static int isCodeChar(char c){ return isalnum((unsigned char)c) || c=='-' || c=='~' || c=='_' || c=='/'; }

/* Parse "YYYY-MM-DD" at z; returns pointer past it or NULL. */
static const char *parseDay(const char *z, const char *zEnd, int32_t *piDay){
  char zBuf[11];
  if( zEnd - z < 10 ) return 0;
  memcpy(zBuf, z, 10); zBuf[10] = 0;
  if( brink_date_parse(zBuf, piDay)!=BRINK_OK ) return 0;
  return z+10;
}

static uint16_t parseFlags(Parse *ps, const char *z, const char *zEnd){
  uint16_t f = 0;
  while( z<zEnd ){
    z = skipSpace(z, zEnd);
    if( z>=zEnd ) break;
    if( *z!='!' ){ diag(ps, z, "expected a !flag", 0); break; }
    const char *zS = ++z;
    while( z<zEnd && isalpha((unsigned char)*z) ) z++;
    size_t n = (size_t)(z - zS);
    if( n==6 && memcmp(zS, "person", 6)==0 ) f |= ACTF_PERSON;
    else if( n==5 && memcmp(zS, "state", 5)==0 ) f |= ACTF_STATE;
    else if( n==3 && memcmp(zS, "org", 3)==0 ) f |= ACTF_ORG;
    else if( n==3 && memcmp(zS, "adj", 3)==0 ) f |= ACTF_ADJ;
    else if( n==6 && memcmp(zS, "plural", 6)==0 ) f |= ACTF_PLURAL;
    else if( n==6 && memcmp(zS, "prefix", 6)==0 ) f |= ACTF_PREFIX;
    else if( n==6 && memcmp(zS, "ethnic", 6)==0 ) f |= ACTF_ETHNIC;
    else if( n==6 && memcmp(zS, "outlet", 6)==0 ) f |= ACTF_OUTLET;
    else {
      char zName[32]; snprintf(zName, sizeof zName, "%.*s", (int)(n<31?n:31), zS);
      diag(ps, zS, "unknown flag: !", zName);
    }
  }
  return f;
}

/* Add phrase z[0..n) of entry iEntry to section k; returns 1 if added. */
static int addPhrase(Parse *ps, int k, const char *z, size_t n, uint32_t iEntry){
  Dict *p = ps->p;
  uint32_t iFirst = 0;
  uint16_t mGap = 0;
  int ok;
  /* A line of millions of words would be tokenised whole (hundreds of MB)
  ** before the limit below refused it: count its space-separated pieces
  ** first (a piece is at least one word, bar a few "..." gaps). */
  size_t nPiece = 0;
  for(size_t i=0; i<n && nPiece<=2*MAX_PHRASE_WORDS; i++){
    if( z[i]!=' ' && z[i]!='\t' && (i==0 || z[i-1]==' ' || z[i-1]=='\t') ) nPiece++;
  }
  if( nPiece>2*MAX_PHRASE_WORDS ){ diag(ps, z, "phrase too long (more than 64 words)", 0); return 0; }
  int nW = addPhraseWords(ps, z, n, k==DK_AGENT ? TAG_NNS : 0, &iFirst, &mGap);
  if( ps->bOom || nW<=0 ) return 0;
  if( nW>MAX_PHRASE_WORDS ){ diag(ps, z, "phrase too long (more than 64 words)", 0); return 0; }
  DictPhrase *dp = VEC_PUSH(p->aPhrase[k], ok);
  if( !ok ){ ps->bOom = 1; return 0; }
  dp->iWord = iFirst; dp->nWord = (uint16_t)nW; dp->mGap = mGap; dp->iEntry = iEntry;
  return 1;
}

/* A person's name with the Arabic article, "Omar al-Bashir", is written
** in news as "el-Bashir", "al Bashir" and "El Bashir" too: add the other
** three spellings of the first such article as phrases of the entry. */
static void addArticleVariants(Parse *ps, const char *z, size_t n, uint32_t iEntry){
  static const char *const azArt[] = { "al-", "el-", "al ", "el " };
  size_t j = 0;
  for(; j+3<n; j++){
    int c0 = tolower((unsigned char)z[j]);
    if( (j==0 || z[j-1]==' ') && (c0=='a' || c0=='e') && tolower((unsigned char)z[j+1])=='l'
        && z[j+2]=='-' && isalpha((unsigned char)z[j+3]) ) break;
  }
  char zBuf[256];
  if( j+3>=n || n>=sizeof zBuf ) return;
  int iOwn = tolower((unsigned char)z[j])=='a' ? 0 : 1;
  memcpy(zBuf, z, n);
  for(int v=0; v<4 && !ps->bOom; v++){
    if( v==iOwn ) continue;
    memcpy(zBuf+j, azArt[v], 3);
    addPhrase(ps, DK_ACTOR, zBuf, n, iEntry);
  }
}

/* "PHRASE | PHRASE = CODE [FROM..TO] ; CODE ... !flags" for actors, agents;
** "PHRASE | PHRASE" for discards. */
static void parseEntryLine(Parse *ps, const char *z, const char *zEnd){
  Dict *p = ps->p;
  int k = ps->eSec;
  const char *zEq = memchr(z, '=', (size_t)(zEnd - z));
  if( k!=DK_DISCARD && !zEq ){ diag(ps, z, "expected 'PHRASE = CODE'", 0); return; }
  if( k==DK_DISCARD ) zEq = zEnd;
  int ok;
  DictEntry *e = VEC_PUSH(p->aEntry[k], ok);
  if( !ok ){ ps->bOom = 1; return; }
  uint32_t iEntry = (uint32_t)(p->aEntry[k].n-1);
  e->iCode = (uint32_t)p->aCode.n; e->nCode = 0; e->flags = 0;
  e->iFile = (uint32_t)(p->azFile.n-1); e->iLine = ps->iLine;
  e->iPhrase = (uint32_t)p->aPhrase[k].n;
  /* codes */
  if( k!=DK_DISCARD ){
    const char *c = zEq+1;
    const char *zFlags = zEnd;
    for(const char *q=c; q<zEnd; q++) if( *q=='!' ){ zFlags = q; break; }
    while( c<zFlags ){
      c = skipSpace(c, zFlags);
      if( c>=zFlags ) break;
      const char *zS = c;
      /* an actor's code may be a compound, "FRO/BIL/SAM" (TABARI and
      ** PETRARCH): the phrase names each of them (coder.c splits it) */
      while( c<zFlags && (isCodeChar(*c) || (k==DK_ACTOR && *c=='/' && c>zS && c+1<zFlags && isCodeChar(c[1]))) ) c++;
      size_t nCode = (size_t)(c - zS);
      if( nCode==0 || nCode>=sizeof(((DictCode*)0)->zCode) ){
        diag(ps, zS, "expected a code of 1-31 letters", 0);
        p->aEntry[k].n--; return;
      }
      DictCode *dc = VEC_PUSH(p->aCode, ok);
      if( !ok ){ ps->bOom = 1; return; }
      memcpy(dc->zCode, zS, nCode); dc->zCode[nCode] = 0;
      dc->iFrom = DICT_DAY_MIN; dc->iTo = DICT_DAY_MAX;
      c = skipSpace(c, zFlags);
      /* optional date range FROM..TO */
      if( c<zFlags && *c!=';' ){
        const char *zR = c;
        if( *c!='.' ){
          c = parseDay(c, zFlags, &dc->iFrom);
          if( !c ){ diag(ps, zR, "bad date: expected YYYY-MM-DD..YYYY-MM-DD", 0); p->aEntry[k].n--; p->aCode.n = e->iCode; return; }
        }
        if( zFlags - c < 2 || c[0]!='.' || c[1]!='.' ){
          diag(ps, c, "expected '..' in date range", 0); p->aEntry[k].n--; p->aCode.n = e->iCode; return;
        }
        c += 2;
        if( c<zFlags && isdigit((unsigned char)*c) ){
          const char *zT = c;
          c = parseDay(c, zFlags, &dc->iTo);
          if( !c ){ diag(ps, zT, "bad date: expected YYYY-MM-DD", 0); p->aEntry[k].n--; p->aCode.n = e->iCode; return; }
        }
        if( dc->iTo < dc->iFrom ){ diag(ps, zR, "date range ends before it starts", 0); p->aEntry[k].n--; p->aCode.n = e->iCode; return; }
        c = skipSpace(c, zFlags);
      }
      if( c<zFlags ){
        if( *c!=';' ){ diag(ps, c, "expected ';' between codes", 0); p->aEntry[k].n--; p->aCode.n = e->iCode; return; }
        c++;
      }
    }
    e->nCode = (uint32_t)(p->aCode.n - e->iCode);
    if( e->nCode==0 ){ diag(ps, zEq, "no code after '='", 0); p->aEntry[k].n--; return; }
    e->flags = parseFlags(ps, zFlags, zEnd);
  }
  /* phrases */
  const char *ph = z;
  int nPhrase = 0;
  while( ph<zEq ){
    const char *zBar = memchr(ph, '|', (size_t)(zEq - ph));
    const char *zE = zBar ? zBar : zEq;
    const char *zS = skipSpace(ph, zE);
    const char *zT = trimEnd(zS, zE);
    if( zT>zS ){
      nPhrase += addPhrase(ps, k, zS, (size_t)(zT - zS), iEntry);
      if( ps->bOom ) return;
      if( k==DK_ACTOR && (p->aEntry[k].a[iEntry].flags & ACTF_PERSON) ){
        addArticleVariants(ps, zS, (size_t)(zT - zS), iEntry);
        if( ps->bOom ) return;
      }
    }else if( zBar ){
      diag(ps, zS, "empty phrase between '|'", 0);
    }
    ph = zBar ? zBar+1 : zEq;
  }
  if( nPhrase==0 ){
    diag(ps, z, "no phrase before '='", 0);
  }
}

/* May the tokenizer split word z[0..n)?  Only if it holds a character
** other than a letter or digit ("didn't", "anti-"); a stem's '*' aside.
** Only TABARI's patterns (bSplitPunct) are split at any such character:
** PETRARCH's "- ANTI- + *" is a word its texts never have, and brink's own
** and PETRARCH's other words split at an apostrophe only. */
static int maySplit(const Parse *ps, const char *z, size_t n){
  if( n && z[n-1]=='*' ) return 0;
  /* (a clitic the tokenizer splits off a word, "'s", "'re", is one word
  ** as it stands: tokenized alone it would read as a quote and "s") */
  if( n>1 && z[0]=='\'' && !ps->p->bSplitPunct ) return 0;
  if( !ps->p->bSplitPunct ) return memchr(z, '\'', n)!=0;
  for(size_t i=0; i<n; i++) if( !isalnum((unsigned char)z[i]) && !((unsigned char)z[i]&0x80) ) return 1;
  return 0;
}

void brinkDictSetSplitPunct(Dict *p, int b){ p->bSplitPunct = b; }

/* A word the tokenizer splits ("didn't" -> did n't, "anti-" -> anti -) is
** added as the tokenizer's words, so it matches the text.  Returns the
** number added (first in *piFirst), 0 when the word stays whole, -1 on OOM. */
static int splitWord(Parse *ps, const char *z, size_t n, uint32_t *piFirst){
  Arena a; brinkArenaInit(&a);
  Tok *aTok = 0;
  int nTok = brinkTokenize(&a, z, n, 0, &aTok);
  int nOut = 0;
  if( nTok>1 ){
    for(int i=0; i<nTok; i++){
      uint32_t iWord;
      if( !addWord(ps, aTok[i].zLow, (size_t)aTok[i].n, 0, &iWord) ){ nOut = -1; break; }
      if( i==0 ) *piFirst = iWord;
      nOut++;
    }
  }
  brinkArenaFree(&a);
  return nOut;
}

/* Parse one pattern word run z..zEnd ("a_b_c": words separated by '_' or
** ' ', all adjacent in text) into the dictionary's words; returns their
** count.  z points into the line, so diagnostics get the right column. */
static int patWords(Parse *ps, const char *z, const char *zEnd, int eTagFirst, uint32_t *piFirst, uint16_t *pmGap){
  int n = 0;
  if( pmGap ) *pmGap = 0;
  while( z<zEnd ){
    const char *zU = z;
    while( zU<zEnd && *zU!='_' && *zU!=' ' && *zU!='\t' ) zU++;
    if( zU==zEnd ) zU = 0;
    const char *zE = zU ? zU : zEnd;
    if( zE>z ){
      char zBuf[128];
      size_t nB = (size_t)(zE - z);
      if( nB>=sizeof zBuf ){ diag(ps, z, "word too long", 0); return 0; }
      for(size_t i=0; i<nB; i++) zBuf[i] = (char)tolower((unsigned char)z[i]);
      zBuf[nB] = 0;
      if( pmGap && nB==3 && memcmp(zBuf, "...", 3)==0 ){
        /* "a ... b": other words may come before the next word */
        if( n>0 && n<16 ) *pmGap |= (uint16_t)(1u<<n);
        z = zU ? zU+1 : zEnd;
        continue;
      }
      uint32_t iW;
      int nSplit = maySplit(ps, zBuf, nB) ? splitWord(ps, zBuf, nB, &iW) : 0;
      if( nSplit<0 ) return 0;
      if( nSplit==0 && !addWord(ps, zBuf, nB, n==0 ? eTagFirst : TAG_VBZ, &iW) ) return 0;
      if( n==0 ) *piFirst = iW;
      n += nSplit ? nSplit : 1;
    }
    z = zU ? zU+1 : zEnd;
  }
  return n;
}

/* ---- Verb patterns and synsets --------------------------------------- */

/* One atom of a pattern while parsing. */
typedef struct Atom {
  uint8_t eKind;        /* PE_* */
  uint8_t bJoin;        /* joined to the previous atom by '_' */
  uint8_t bAnchor;      /* "*word" */
  uint32_t iWord; uint16_t nWord;   /* PE_WORD: the word; PE_ALT: slice of aAlt */
  const char *zAt;
} Atom;

/* Parse "{a|b c|&SET}" at c (pointing at '{'); appends PatAlts; returns the
** pointer after '}' or NULL after a diagnostic. */
static const char *parseAlts(Parse *ps, const char *c, const char *zEnd, uint16_t *pnAlt);

/* Append the alternatives of synset zName[0..n) to aAlt. */
static int synsetAppend(Parse *ps, const char *zName, size_t n, uint16_t *pnAlt){
  Dict *p = ps->p;
  for(size_t i=0; i<p->aSyn.n; i++){
    const Synset *y = &p->aSyn.a[i];
    if( strlen(y->zName)==n && strncasecmp(y->zName, zName, n)==0 ){
      if( (size_t)*pnAlt + y->nAlt > MAX_ALT ){ diag(ps, zName, "too many alternatives (a synset may hold 4096)", 0); return 0; }
      for(uint16_t k=0; k<y->nAlt; k++){
        int ok;
        PatAlt *pa = VEC_PUSH(p->aAlt, ok);
        if( !ok ){ ps->bOom = 1; return 0; }
        *pa = p->aAlt.a[y->iAlt+k];
        (*pnAlt)++;
      }
      return 1;
    }
  }
  char zN[64];
  snprintf(zN, sizeof zN, "%.*s", (int)(n<60?n:60), zName);
  diag(ps, zName, "unknown synset &", zN);
  return 0;
}

/* One alternative: words separated by spaces or '_' (all adjacent), or a synset. */
static int parseOneAlt(Parse *ps, const char *s, const char *t, uint16_t *pnAlt){
  Dict *p = ps->p;
  s = skipSpace(s, t);
  t = trimEnd(s, t);
  if( s>=t ){ diag(ps, s, "empty alternative", 0); return 0; }
  if( *s=='&' ) return synsetAppend(ps, s+1, (size_t)(t-s-1), pnAlt);
  if( t-s>=256 ){ diag(ps, s, "alternative too long", 0); return 0; }
  if( *pnAlt>=MAX_ALT ){ diag(ps, s, "too many alternatives", 0); return 0; }
  uint32_t iFirst = 0;
  uint16_t mGap = 0;
  int nW = patWords(ps, s, t, TAG_NNS, &iFirst, &mGap);
  if( ps->bOom || nW==0 ) return 0;
  int ok;
  PatAlt *pa = VEC_PUSH(p->aAlt, ok);
  if( !ok ){ ps->bOom = 1; return 0; }
  pa->iWord = iFirst; pa->nWord = (uint16_t)nW; pa->mGap = mGap;
  (*pnAlt)++;
  return 1;
}

static const char *parseAlts(Parse *ps, const char *c, const char *zEnd, uint16_t *pnAlt){
  const char *zClose = memchr(c, '}', (size_t)(zEnd - c));
  if( !zClose ){ diag(ps, c, "unclosed '{'", 0); return 0; }
  const char *a = c+1;
  while( a<zClose ){
    const char *zBar = memchr(a, '|', (size_t)(zClose - a));
    const char *zE = zBar ? zBar : zClose;
    if( !parseOneAlt(ps, a, zE, pnAlt) ) return 0;
    a = zBar ? zBar+1 : zClose;
  }
  return zClose+1;
}

/* "&NAME = alt | alt words | &OTHER" */
static void parseSynsetLine(Parse *ps, const char *z, const char *zEnd){
  Dict *p = ps->p;
  if( *z!='&' ){ diag(ps, z, "a synset line starts with &NAME", 0); return; }
  const char *zEq = memchr(z, '=', (size_t)(zEnd - z));
  if( !zEq ){ diag(ps, z, "expected '&NAME = alternatives'", 0); return; }
  const char *zN = z+1, *zNE = trimEnd(zN, zEq);
  if( zNE<=zN || zNE-zN>=(long)sizeof(((Synset*)0)->zName) ){ diag(ps, zN, "bad synset name", 0); return; }
  int ok;
  Synset y;
  memset(&y, 0, sizeof y);
  memcpy(y.zName, zN, (size_t)(zNE-zN));
  for(size_t i=0; i<p->aSyn.n; i++){
    if( strcasecmp(p->aSyn.a[i].zName, y.zName)==0 ){ diag(ps, zN, "synset defined twice: &", y.zName); return; }
  }
  y.iAlt = (uint32_t)p->aAlt.n;
  const char *a = zEq+1;
  size_t nAltBefore = p->aAlt.n;
  while( a<zEnd ){
    const char *zBar = memchr(a, '|', (size_t)(zEnd - a));
    const char *zE = zBar ? zBar : zEnd;
    if( !parseOneAlt(ps, a, zE, &y.nAlt) ){ p->aAlt.n = nAltBefore; return; }
    a = zBar ? zBar+1 : zEnd;
  }
  Synset *py = VEC_PUSH(p->aSyn, ok);
  if( !ok ){ ps->bOom = 1; return; }
  *py = y;
}

/* "CODE [pre...] *anchor [post...] [!noun|!verb]", or with the anchor first
** and no '*'.  See docs/DICTIONARIES.md. */
static void parseVerbLine(Parse *ps, const char *z, const char *zEnd){
  Dict *p = ps->p;
  const char *zS = z;
  while( z<zEnd && *z!=' ' && *z!='\t' ) z++;
  size_t nCode = (size_t)(z - zS);
  int bNull = nCode==3 && memcmp(zS, "---", 3)==0;
  if( !bNull ){
    int bOk = nCode>=1 && nCode<sizeof(((Pattern*)0)->zCode);
    for(size_t i=0; bOk && i<nCode; i++) if( !isalnum((unsigned char)zS[i]) && zS[i]!=':' ) bOk = 0;
    if( !bOk ){ diag(ps, zS, "expected an event code (e.g. 0256) or --- at the start of the pattern", 0); return; }
  }
  const char *zFlags = zEnd;
  for(const char *q=z; q<zEnd; q++) if( *q=='!' ){ zFlags = q; break; }
  uint16_t flags = bNull ? PATF_NULL : 0;
  for(const char *f = zFlags; f<zEnd; ){
    f = skipSpace(f, zEnd);
    if( f>=zEnd ) break;
    if( zEnd-f>=5 && memcmp(f, "!noun", 5)==0 ){ flags |= PATF_NOUN; f += 5; }
    else if( zEnd-f>=5 && memcmp(f, "!verb", 5)==0 ){ flags |= PATF_VERB; f += 5; }
    else if( zEnd-f>=7 && memcmp(f, "!future", 7)==0 ){ flags |= PATF_FUTURE; f += 7; }
    else { diag(ps, f, "unknown pattern flag (use !noun, !verb or !future)", 0); return; }
  }
  /* atoms */
  Atom aAtom[64];
  int nAtom = 0;
  size_t nAltBefore = p->aAlt.n;
  const char *c = z;
  int bJoin = 0;
  while( c<zFlags ){
    if( *c==' ' || *c=='\t' ){ bJoin = 0; c++; continue; }
    if( *c=='_' ){ bJoin = 1; c++; continue; }
    if( nAtom==64 ){ diag(ps, c, "pattern too long", 0); goto fail; }
    Atom *at = &aAtom[nAtom];
    memset(at, 0, sizeof *at);
    at->bJoin = (uint8_t)bJoin;
    at->zAt = c;
    bJoin = 0;
    if( *c=='+' || *c=='$' || *c=='%' ){
      at->eKind = *c=='+' ? PE_TARGET : *c=='$' ? PE_SOURCE : PE_COMPOUND;
      c++;
    }else if( *c=='^' ){
      at->eKind = PE_SKIP;
      c++;
    }else if( *c=='{' ){
      at->eKind = PE_ALT;
      at->iWord = (uint32_t)p->aAlt.n;
      c = parseAlts(ps, c, zFlags, &at->nWord);
      if( !c ) goto fail;
    }else if( *c=='&' ){
      const char *zN = ++c;
      while( c<zFlags && (isalnum((unsigned char)*c) || *c=='-') ) c++;
      at->eKind = PE_ALT;
      at->iWord = (uint32_t)p->aAlt.n;
      if( !synsetAppend(ps, zN, (size_t)(c-zN), &at->nWord) ) goto fail;
    }else{
      if( *c=='*' ){ at->bAnchor = 1; c++; }
      const char *zW = c;
      while( c<zFlags && *c!=' ' && *c!='\t' && *c!='_' && *c!='{' && *c!='+' && *c!='$'
             && *c!='%' && *c!='&' && *c!='*' && *c!='^' ) c++;
      if( c==zW ){ diag(ps, zW, "expected a word", 0); goto fail; }
      /* a '*' ending a word marks a stem ("over*"); one before a word, the anchor */
      if( c<zFlags && *c=='*' && (c+1==zFlags || c[1]==' ' || c[1]=='\t' || c[1]=='_') ) c++;
      char zBuf[128];
      size_t nB = (size_t)(c - zW);
      if( nB>=sizeof zBuf ){ diag(ps, zW, "word too long", 0); goto fail; }
      for(size_t i=0; i<nB; i++) zBuf[i] = (char)tolower((unsigned char)zW[i]);
      zBuf[nB] = 0;
      at->eKind = PE_WORD;
      at->nWord = 1;
      int nSplit = !at->bAnchor && maySplit(ps, zBuf, nB) ? splitWord(ps, zBuf, nB, &at->iWord) : 0;
      if( nSplit<0 ) goto fail;
      if( nSplit>0 ) at->nWord = (uint16_t)nSplit;
      else if( !addWord(ps, zBuf, nB, TAG_VBD, &at->iWord) ) goto fail;
    }
    nAtom++;
  }
  int iAnchor = -1;
  for(int i=0; i<nAtom; i++) if( aAtom[i].bAnchor ){ iAnchor = i; break; }
  if( iAnchor<0 && nAtom>0 && aAtom[0].eKind==PE_WORD ) iAnchor = 0;
  if( iAnchor<0 ){ diag(ps, z, "a pattern needs an anchor word: the first word, or one marked *word", 0); goto fail; }
  int ok;
  Pattern *pat = VEC_PUSH(p->aPat, ok);
  if( !ok ){ ps->bOom = 1; return; }
  memset(pat, 0, sizeof *pat);
  if( !bNull ) memcpy(pat->zCode, zS, nCode);
  else memcpy(pat->zCode, "---", 3);
  pat->flags = flags;
  pat->iFile = (uint32_t)(p->azFile.n-1);
  pat->iLine = ps->iLine;
  pat->iAnchor = aAtom[iAnchor].iWord;
  pat->nAnchor = 1;
  pat->bAnchorJoin = aAtom[iAnchor].bJoin;
  pat->iElem = (uint32_t)p->aElem.n;
  pat->nPre = (uint16_t)iAnchor;
  int nSpec = 1;
  for(int i=0; i<nAtom; i++){
    if( i==iAnchor ) continue;
    PatElem *pe = VEC_PUSH(p->aElem, ok);
    if( !ok ){ ps->bOom = 1; return; }
    memset(pe, 0, sizeof *pe);
    pe->eKind = aAtom[i].eKind;
    pe->bAdjacent = aAtom[i].bJoin;
    pe->iWord = aAtom[i].iWord;
    if( pe->eKind==PE_ALT ) pe->nAlt = aAtom[i].nWord;
    else pe->nWord = aAtom[i].nWord;
    if( pe->eKind==PE_WORD || pe->eKind==PE_ALT ) nSpec++;
    if( pe->eKind==PE_COMPOUND ) pat->flags |= PATF_COMPOUND;
  }
  pat->nElem = (uint16_t)(p->aElem.n - pat->iElem);
  pat->nSpec = (uint16_t)nSpec;
  return;
fail:
  p->aAlt.n = nAltBefore;
}

static void parseLine(Parse *ps, const char *z, const char *zEnd){
  /* strip comment */
  const char *zHash = memchr(z, '#', (size_t)(zEnd - z));
  if( zHash ) zEnd = zHash;
  z = skipSpace(z, zEnd);
  zEnd = trimEnd(z, zEnd);
  if( z>=zEnd ) return;
  if( *z=='@' ){
    size_t n = (size_t)(zEnd - z);
    if( n==7 && memcmp(z, "@actors", 7)==0 ) ps->eSec = SEC_ACTORS;
    else if( n==7 && memcmp(z, "@agents", 7)==0 ) ps->eSec = SEC_AGENTS;
    else if( n==6 && memcmp(z, "@verbs", 6)==0 ) ps->eSec = SEC_VERBS;
    else if( n==9 && memcmp(z, "@discards", 9)==0 ) ps->eSec = SEC_DISCARDS;
    else if( n==8 && memcmp(z, "@synsets", 8)==0 ) ps->eSec = SEC_SYNSETS;
    else if( n==7 && memcmp(z, "@issues", 7)==0 ) ps->eSec = SEC_ISSUES;
    else diag(ps, z, "unknown section (use @actors, @agents, @verbs, @synsets, @discards or @issues)", 0);
    return;
  }
  switch( ps->eSec ){
    case SEC_NONE: diag(ps, z, "entry before any @section line", 0); break;
    case SEC_VERBS: parseVerbLine(ps, z, zEnd); break;
    case SEC_SYNSETS: parseSynsetLine(ps, z, zEnd); break;
    default: parseEntryLine(ps, z, zEnd); break;
  }
}

static int loadText(Dict *p, const char *zName, const char *z, size_t n, const int *aLine, size_t nLine,
                    int bOwn, brink_diag_fn xDiag, void *pArg);

/* A file in brink's own format: a UTF-8 byte-order mark is dropped, and a
** line that is not UTF-8 is reported and skipped. */
int brinkDictLoadText(Dict *p, const char *zName, const char *z, size_t n, brink_diag_fn xDiag, void *pArg){
  if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ){ z += 3; n -= 3; }
  return loadText(p, zName, z, n, 0, 0, 1, xDiag, pArg);
}

/* Added for peer.c: a translated peer dictionary names its original lines.
** Its bytes are the peer file's (TABARI's are partly Latin-1), unchecked. */
int brinkDictLoadTextMap(Dict *p, const char *zName, const char *z, size_t n,
                         const int *aLine, size_t nLine, brink_diag_fn xDiag, void *pArg){
  return loadText(p, zName, z, n, aLine, nLine, 0, xDiag, pArg);
}

static int loadText(Dict *p, const char *zName, const char *z, size_t n, const int *aLine, size_t nLine,
                    int bOwn, brink_diag_fn xDiag, void *pArg){
  Parse ps;
  memset(&ps, 0, sizeof ps);
  int ok;
  char **pz = VEC_PUSH(p->azFile, ok);
  if( !ok ) return BRINK_ENOMEM;
  *pz = strdup(zName ? zName : "-");
  if( !*pz ){ p->azFile.n--; return BRINK_ENOMEM; }
  ps.p = p; ps.zFile = *pz; ps.xDiag = xDiag; ps.pArg = pArg; ps.eSec = SEC_NONE;
  const char *zEnd = z + n;
  size_t iText = 0;
  while( z<zEnd && !ps.bOom ){
    const char *zNl = memchr(z, '\n', (size_t)(zEnd - z));
    const char *zE = zNl ? zNl : zEnd;
    iText++;
    ps.iLine = (aLine && iText<=nLine) ? aLine[iText-1] : (int)iText;
    ps.zLine = z;
    size_t iBad = brinkUtf8FirstBad((const unsigned char*)z, (size_t)(zE - z));
    if( memchr(z, 0, (size_t)(zE - z)) ){
      diag(&ps, z, "NUL byte in line", 0);
    }else if( bOwn && iBad<(size_t)(zE - z) ){
      diag(&ps, z+iBad, "invalid UTF-8; line skipped", 0);
    }else{
      /* a peer file of the 1990s may hold a Latin-1 or Mac Roman byte
      ** (TABARI's verbs: "WERE\xC2"): its line is kept, as TABARI read
      ** it, but the word holding the byte can never match UTF-8 text */
      if( iBad<(size_t)(zE - z) ){
        char zMsg[128];
        snprintf(zMsg, sizeof zMsg, "byte 0x%02X is not UTF-8 (a Latin-1 or Mac Roman file?); "
                 "the word holding it matches nothing", (unsigned char)z[iBad]);
        diag(&ps, z+iBad, zMsg, 0);
      }
      parseLine(&ps, z, zE);
    }
    z = zNl ? zNl+1 : zEnd;
  }
  return ps.bOom ? BRINK_ENOMEM : BRINK_OK;
}

int brinkDictReadFile(const char *zPath, char **pz, size_t *pn, char **pzErr){
  *pz = 0; *pn = 0;
  FILE *fp = fopen(zPath, "rb");
  if( !fp ){
    if( pzErr ){
      size_t n = strlen(zPath) + 128;
      *pzErr = malloc(n);
      if( *pzErr ) snprintf(*pzErr, n, "%s: cannot open dictionary: %s", zPath, strerror(errno));
    }
    return BRINK_EIO;
  }
  char *zBuf = 0; size_t nBuf = 0, nAlloc = 0;
  int rc = BRINK_OK;
  for(;;){
    if( nBuf+65536 > nAlloc ){
      size_t nNew = nAlloc ? nAlloc*2 : 1<<20;
      char *zNew = realloc(zBuf, nNew);
      if( !zNew ){ rc = BRINK_ENOMEM; break; }
      zBuf = zNew; nAlloc = nNew;
    }
    size_t got = fread(zBuf+nBuf, 1, nAlloc-nBuf, fp);
    nBuf += got;
    if( got==0 ) break;
  }
  if( rc==BRINK_OK && ferror(fp) ){
    rc = BRINK_EIO;
    const char *zWhy = strerror(errno);
    if( pzErr ){ size_t n = strlen(zPath)+strlen(zWhy)+64; *pzErr = malloc(n); if( *pzErr ) snprintf(*pzErr, n, "%s: read error: %s", zPath, zWhy); }
  }
  fclose(fp);
  if( rc!=BRINK_OK ){ free(zBuf); return rc; }
  *pz = zBuf; *pn = nBuf;
  return BRINK_OK;
}

int brinkDictLoadFile(Dict *p, const char *zPath, brink_diag_fn xDiag, void *pArg, char **pzErr){
  char *zBuf; size_t nBuf;
  int rc = brinkDictReadFile(zPath, &zBuf, &nBuf, pzErr);
  if( rc==BRINK_OK ) rc = brinkDictLoadText(p, zPath, zBuf ? zBuf : "", nBuf, xDiag, pArg);
  free(zBuf);
  return rc;
}

/* ---- Index ------------------------------------------------------------- */
static int cmpU64(const void *a, const void *b){
  uint64_t x = *(const uint64_t*)a, y = *(const uint64_t*)b;
  return x<y ? -1 : x>y;
}

/* Build for kind k an index: for word id w, aIdx[aStart[w]..aStart[w+1]),
** each slice ordered by xPrio descending (longest phrase, most specific
** pattern first), ties in file order. */
static int buildIndex(Dict *p, int k, size_t nItem, int32_t (*xKey)(const Dict*, int, size_t, int),
                      unsigned (*xPrio)(const Dict*, int, size_t)){
  size_t nW = p->nUsed;
  uint32_t *aStart = calloc(nW+2, sizeof(uint32_t));
  if( !aStart ) return 0;
  size_t nRef = 0;
  for(size_t i=0; i<nItem; i++){
    for(int v=0; v<2; v++){
      int32_t w = xKey(p, k, i, v);
      if( w<0 || (v==1 && w==xKey(p, k, i, 0)) ) continue;
      aStart[w+1]++;
      nRef++;
    }
  }
  for(size_t w=0; w<nW; w++) aStart[w+1] += aStart[w];
  uint64_t *aTmp = malloc((nRef ? nRef : 1)*sizeof(uint64_t));
  uint32_t *aIdx = malloc((nRef ? nRef : 1)*sizeof(uint32_t));
  uint32_t *aFill = malloc((nW+1)*sizeof(uint32_t));
  if( !aTmp || !aIdx || !aFill ){ free(aStart); free(aTmp); free(aIdx); free(aFill); return 0; }
  memcpy(aFill, aStart, (nW+1)*sizeof(uint32_t));
  for(size_t i=0; i<nItem; i++){
    uint64_t prio = 0xFFFFu - (xPrio(p, k, i) & 0xFFFFu);
    for(int v=0; v<2; v++){
      int32_t w = xKey(p, k, i, v);
      if( w<0 || (v==1 && w==xKey(p, k, i, 0)) ) continue;
      aTmp[aFill[w]++] = (prio<<32) | (uint64_t)i;
    }
  }
  free(aFill);
  for(size_t w=0; w<nW; w++){
    size_t n = aStart[w+1]-aStart[w];
    if( n>1 ) qsort(aTmp+aStart[w], n, sizeof(uint64_t), cmpU64);
  }
  for(size_t i=0; i<nRef; i++) aIdx[i] = (uint32_t)(aTmp[i] & 0xFFFFFFFFu);
  free(aTmp);
  p->aIdxStart[k] = aStart;
  p->aIdx[k] = aIdx;
  return 1;
}

static unsigned phrasePrio(const Dict *p, int k, size_t i){ return p->aPhrase[k].a[i].nWord; }
static unsigned patPrio(const Dict *p, int k, size_t i){ (void)k; return p->aPat.a[i].nSpec; }
/* The first-word index holds one-word phrases; longer ones are found
** through the pair index (first two words), so a common first word ("the",
** "a") does not make every phrase that starts with it a candidate. */
static int32_t phraseKey(const Dict *p, int k, size_t i, int v){
  const DictPhrase *ph = &p->aPhrase[k].a[i];
  if( ph->nWord>1 ) return -1;
  const DictWord *w = &p->aWord.a[ph->iWord];
  return v ? w->id2 : w->id1;
}

static int cmpPair(const void *a, const void *b){
  const DictPair *x = a, *y = b;
  if( x->key!=y->key ) return x->key<y->key ? -1 : 1;
  if( x->nWord!=y->nWord ) return x->nWord>y->nWord ? -1 : 1;   /* longest first */
  return x->iPhrase<y->iPhrase ? -1 : x->iPhrase>y->iPhrase;
}

/* Pair index of kind k: every (first word, second word) id combination of
** each multi-word phrase, sorted by key then length. */
static int buildPairs(Dict *p, int k){
  size_t n = 0;
  for(size_t i=0; i<p->aPhrase[k].n; i++) if( p->aPhrase[k].a[i].nWord>1 ) n += 4;
  DictPair *a = malloc((n ? n : 1)*sizeof(DictPair));
  if( !a ) return 0;
  size_t m = 0;
  for(size_t i=0; i<p->aPhrase[k].n; i++){
    const DictPhrase *ph = &p->aPhrase[k].a[i];
    if( ph->nWord<2 ) continue;
    const DictWord *w0 = &p->aWord.a[ph->iWord], *w1 = w0+1;
    int32_t a0[2] = { w0->id1, w0->id2 }, a1[2] = { w1->id1, w1->id2 };
    for(int x=0; x<2; x++){
      if( x==1 && a0[1]==a0[0] ) continue;
      for(int y=0; y<2; y++){
        if( y==1 && a1[1]==a1[0] ) continue;
        a[m].key = ((uint64_t)(uint32_t)a0[x]<<32) | (uint32_t)a1[y];
        a[m].iPhrase = (uint32_t)i;
        a[m].nWord = ph->nWord;
        m++;
      }
    }
  }
  qsort(a, m, sizeof(DictPair), cmpPair);
  p->aPair[k] = a;
  p->nPair[k] = m;
  return 1;
}

/* A filter over the pair index of kind k: one bit per key, at a hash of
** it, in a table of 8 bits or more a key.  Most pairs a sentence asks for
** are in no phrase; the filter turns them away with one load, where the
** binary search took a dozen, each a likely cache miss. */
static inline size_t pairBitAt(uint64_t key, unsigned nShift){
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> nShift);
}
static int pairBits(Dict *p, int k){
  unsigned nLog = 9;
  while( nLog<24 && ((size_t)1<<nLog) < p->nPair[k]*8 ) nLog++;
  p->aPairBit[k] = calloc(((size_t)1<<nLog)/64, sizeof(uint64_t));
  if( !p->aPairBit[k] ) return 0;
  p->nPairShift[k] = 64 - nLog;
  for(size_t i=0; i<p->nPair[k]; i++){
    size_t b = pairBitAt(p->aPair[k][i].key, p->nPairShift[k]);
    p->aPairBit[k][b/64] |= (uint64_t)1 << (b%64);
  }
  return 1;
}

/* The first pair of kind k whose key is key or more. */
static size_t pairFirst(const Dict *p, int k, uint64_t key){
  size_t lo = 0, hi = p->nPair[k];
  while( lo<hi ){
    size_t mid = (lo+hi)/2;
    if( p->aPair[k][mid].key<key ) lo = mid+1; else hi = mid;
  }
  return lo;
}

const DictPair *brinkDictPairsFor(const Dict *p, int k, int32_t w0, int32_t w1, uint32_t *pn){
  *pn = 0;
  if( w0<0 || w1<0 || !p->aPair[k] ) return 0;
  uint64_t key = ((uint64_t)(uint32_t)w0<<32) | (uint32_t)w1;
  size_t b = pairBitAt(key, p->nPairShift[k]);
  if( !(p->aPairBit[k][b/64] >> (b%64) & 1) ) return 0;
  size_t lo = pairFirst(p, k, key), e = lo;
  while( e<p->nPair[k] && p->aPair[k][e].key==key ) e++;
  *pn = (uint32_t)(e-lo);
  return p->aPair[k] + lo;
}

const DictPair *brinkDictPairsFrom(const Dict *p, int k, int32_t w0, uint32_t *pn){
  *pn = 0;
  if( w0<0 || !p->aPair[k] ) return 0;
  size_t lo = pairFirst(p, k, (uint64_t)(uint32_t)w0<<32), e = lo;
  while( e<p->nPair[k] && (p->aPair[k][e].key>>32)==(uint32_t)w0 ) e++;
  *pn = (uint32_t)(e-lo);
  return p->aPair[k] + lo;
}

static int32_t patKey(const Dict *p, int k, size_t i, int v){
  (void)k;
  const DictWord *w = &p->aWord.a[p->aPat.a[i].iAnchor];
  return v ? w->id2 : w->id1;
}

/* A cheap filter for pattern matching: the bits of the words a pattern
** needs whose written form is their lemma (so one id says whether the
** sentence holds them).  A sentence lacking one of them cannot match. */
static void patternNeeds(Dict *p){
  for(size_t i=0; i<p->aPat.n; i++){
    Pattern *pat = &p->aPat.a[i];
    uint64_t m = 0;
    int nNeed = 0;
    pat->aNeed[0] = pat->aNeed[1] = -1;
    pat->flags &= (uint16_t)~PATF_ALT;
    for(uint16_t e=0; e<pat->nElem; e++){
      PatElem *pe = &p->aElem.a[pat->iElem+e];
      if( pe->eKind==PE_ALT ){
        pat->flags |= PATF_ALT;
        uint64_t mAny = 0;
        for(uint16_t k=0; k<pe->nAlt; k++){
          PatAlt *al = &p->aAlt.a[pe->iWord+k];
          const DictWord *w = &p->aWord.a[al->iWord + al->nWord - 1];
          uint64_t mLast = 0;
          if( w->id1>=0 ) mLast |= (uint64_t)1 << (w->id1 & 63);
          if( w->id2>=0 ) mLast |= (uint64_t)1 << (w->id2 & 63);
          al->aLast[0] = w->id1>=0 ? (uint16_t)(w->id1 & 4095) : 0xFFFF;
          al->aLast[1] = w->id2>=0 ? (uint16_t)(w->id2 & 4095) : 0xFFFF;
          mAny |= mLast;
        }
        pe->mAny = mAny;
        continue;
      }
      if( pe->eKind!=PE_WORD ) continue;
      for(uint16_t k=0; k<pe->nWord; k++){
        const DictWord *w = &p->aWord.a[pe->iWord+k];
        if( w->id1==w->id2 && w->id1>=0 ){
          m |= (uint64_t)1 << (w->id1 & 63);
          if( nNeed<2 ) pat->aNeed[nNeed++] = w->id1;
        }
      }
    }
    pat->mNeed = m;
  }
}

/* Store the patterns in the order the coder reads them: each anchor's list
** (by its written form) becomes one run of the array, so walking a list of
** hundreds of patterns (Phoenix's "say") reads memory in sequence instead
** of at random.  Only the storage moves: every index list keeps its order,
** so which pattern wins is unchanged. */
static int patternsInIndexOrder(Dict *p){
  size_t nPat = p->aPat.n, nNew = 0;
  if( nPat<2 ) return 1;
  uint32_t *aNewAt = malloc(nPat*sizeof(uint32_t));     /* old index -> new */
  Pattern *aNew = malloc(nPat*sizeof(Pattern));
  if( !aNewAt || !aNew ){ free(aNewAt); free(aNew); return 0; }
  for(size_t i=0; i<nPat; i++) aNewAt[i] = UINT32_MAX;
  const uint32_t *aStart = p->aIdxStart[DK__COUNT], *aIdx = p->aIdx[DK__COUNT];
  for(size_t w=0; w<p->nUsed; w++){
    for(uint32_t j=aStart[w]; j<aStart[w+1]; j++){
      uint32_t i = aIdx[j];
      if( aNewAt[i]!=UINT32_MAX || patKey(p, DK__COUNT, i, 0)!=(int32_t)w ) continue;
      aNewAt[i] = (uint32_t)nNew;
      aNew[nNew++] = p->aPat.a[i];
    }
  }
  for(size_t i=0; i<nPat; i++){              /* none expected: an anchor without an id */
    if( aNewAt[i]==UINT32_MAX ){ aNewAt[i] = (uint32_t)nNew; aNew[nNew++] = p->aPat.a[i]; }
  }
  size_t nRef = aStart[p->nUsed];
  for(size_t j=0; j<nRef; j++) p->aIdx[DK__COUNT][j] = aNewAt[p->aIdx[DK__COUNT][j]];
  memcpy(p->aPat.a, aNew, nPat*sizeof(Pattern));
  free(aNew); free(aNewAt);
  return 1;
}

int brinkDictFinish(Dict *p){
  if( p->bFinished ) return BRINK_OK;
  patternNeeds(p);
  if( !p->nSlot && !dictRehash(p) ) return BRINK_ENOMEM;
  for(int k=0; k<DK__COUNT; k++){
    if( !buildIndex(p, k, p->aPhrase[k].n, phraseKey, phrasePrio) ) return BRINK_ENOMEM;
    if( !buildPairs(p, k) || !pairBits(p, k) ) return BRINK_ENOMEM;
  }
  if( !buildIndex(p, DK__COUNT, p->aPat.n, patKey, patPrio) ) return BRINK_ENOMEM;
  if( !patternsInIndexOrder(p) ) return BRINK_ENOMEM;
  p->aFirst = calloc(p->nUsed+1, 1);
  if( !p->aFirst ) return BRINK_ENOMEM;
  for(int k=0; k<DK__COUNT; k++){
    for(size_t i=0; i<p->aPhrase[k].n; i++){
      const DictWord *w = &p->aWord.a[p->aPhrase[k].a[i].iWord];
      if( w->id1>=0 ) p->aFirst[w->id1] |= (uint8_t)(1u<<k);
      if( w->id2>=0 ) p->aFirst[w->id2] |= (uint8_t)(1u<<k);
    }
  }
  brinkArenaFree(&p->scratch);
  p->bFinished = 1;
  return BRINK_OK;
}

const uint32_t *brinkDictPhrasesFor(const Dict *p, int k, int32_t w, uint32_t *pn){
  if( w<0 || (size_t)w>=p->nUsed || !p->aIdxStart[k] ){ *pn = 0; return 0; }
  uint32_t s = p->aIdxStart[k][w];
  *pn = p->aIdxStart[k][w+1] - s;
  return p->aIdx[k] + s;
}

int brinkDictHasStems(const Dict *p){
  return brinkDictWordId(p, "@stems", 6)>=0;
}

int32_t brinkDictStemId(const Dict *p, const char *z, size_t n, int32_t *pNext){
  char zBuf[128];
  int32_t id1 = -1;
  if( pNext ) *pNext = -1;
  if( n<2 || n>=sizeof zBuf-1 ) return -1;
  memcpy(zBuf, z, n);
  for(size_t k=n; k>=2; k--){
    zBuf[k] = '*';
    int32_t id = brinkDictWordId(p, zBuf, k+1);
    if( id<0 ) continue;
    if( id1<0 ){ id1 = id; if( !pNext ) break; }
    else { *pNext = id; break; }
  }
  return id1;
}

unsigned brinkDictStarts(const Dict *p, int32_t w){
  if( w<0 || (size_t)w>=p->nUsed || !p->aFirst ) return 0;
  return p->aFirst[w];
}

const uint32_t *brinkDictPatternsFor(const Dict *p, int32_t w, uint32_t *pn){
  return brinkDictPhrasesFor(p, DK__COUNT, w, pn);
}

void brinkDictView(const Dict *p, DictView *v){
  for(int k=0; k<DK__COUNT; k++){
    v->aPhrase[k] = p->aPhrase[k].a; v->nPhrase[k] = p->aPhrase[k].n;
    v->aEntry[k] = p->aEntry[k].a; v->nEntry[k] = p->aEntry[k].n;
  }
  v->aWord = p->aWord.a;
  v->aCode = p->aCode.a;
  v->aPat = p->aPat.a; v->nPat = p->aPat.n;
  v->aElem = p->aElem.a;
  v->aAlt = p->aAlt.a;
  v->nWarning = p->nWarning;
  v->azFile = (const char *const*)p->azFile.a; v->nFile = p->azFile.n;
  for(int k=0; k<=DK__COUNT; k++){ v->aIdxStart[k] = p->aIdxStart[k]; v->aIdx[k] = p->aIdx[k]; }
  v->nUsed = p->nUsed;
}

const char *brinkDictFileName(const Dict *p, uint32_t iFile){
  return iFile<p->azFile.n ? p->azFile.a[iFile] : "?";
}

/* ---- Tables for the compiled cache (dictcache.c) ----------------------- */
int brinkDictTables(const Dict *p, DictTables *t){
  memset(t, 0, sizeof *t);
  if( !p->bFinished ) return BRINK_EINVAL;
  t->aSlot = p->aSlot; t->nSlot = p->nSlot; t->nUsed = p->nUsed;
  t->zPool = p->zPool; t->nPool = p->nPool;
  t->aWord = p->aWord.a; t->nWord = p->aWord.n;
  t->aCode = p->aCode.a; t->nCode = p->aCode.n;
  for(int k=0; k<DK__COUNT; k++){
    t->aEntry[k] = p->aEntry[k].a; t->nEntry[k] = p->aEntry[k].n;
    t->aPhrase[k] = p->aPhrase[k].a; t->nPhrase[k] = p->aPhrase[k].n;
    t->aPair[k] = p->aPair[k]; t->nPair[k] = p->nPair[k];
  }
  t->aPat = p->aPat.a; t->nPat = p->aPat.n;
  t->aElem = p->aElem.a; t->nElem = p->aElem.n;
  t->aAlt = p->aAlt.a; t->nAlt = p->aAlt.n;
  t->aSyn = p->aSyn.a; t->nSyn = p->aSyn.n;
  t->azFile = (const char *const*)p->azFile.a; t->nFile = p->azFile.n;
  for(int k=0; k<=DK__COUNT; k++){ t->aIdxStart[k] = p->aIdxStart[k]; t->aIdx[k] = p->aIdx[k]; }
  t->aFirst = p->aFirst;
  t->nWarning = p->nWarning;
  return BRINK_OK;
}

/* The tables are only read after brinkDictFinish(), so an adopted Dict casts
** their const away once, here, and never writes through the pointers. */
#define UNCONST(T, x) ((T)(uintptr_t)(const void*)(x))
Dict *brinkDictAdopt(const DictTables *t, void (*xRelease)(void*, size_t), void *pMem, size_t nMem){
  Dict *p = calloc(1, sizeof(Dict));
  if( !p ) return 0;
  p->azFile.a = malloc((t->nFile ? t->nFile : 1)*sizeof(char*));
  if( !p->azFile.a ){ free(p); return 0; }
  for(size_t i=0; i<t->nFile; i++) p->azFile.a[i] = UNCONST(char*, t->azFile[i]);
  p->azFile.n = t->nFile;
  p->aSlot = UNCONST(WordSlot*, t->aSlot); p->nSlot = t->nSlot; p->nUsed = t->nUsed;
  p->zPool = UNCONST(char*, t->zPool); p->nPool = t->nPool;
  p->aWord.a = UNCONST(DictWord*, t->aWord); p->aWord.n = t->nWord;
  p->aCode.a = UNCONST(DictCode*, t->aCode); p->aCode.n = t->nCode;
  for(int k=0; k<DK__COUNT; k++){
    p->aEntry[k].a = UNCONST(DictEntry*, t->aEntry[k]); p->aEntry[k].n = t->nEntry[k];
    p->aPhrase[k].a = UNCONST(DictPhrase*, t->aPhrase[k]); p->aPhrase[k].n = t->nPhrase[k];
    p->aPair[k] = UNCONST(DictPair*, t->aPair[k]); p->nPair[k] = t->nPair[k];
  }
  p->aPat.a = UNCONST(Pattern*, t->aPat); p->aPat.n = t->nPat;
  p->aElem.a = UNCONST(PatElem*, t->aElem); p->aElem.n = t->nElem;
  p->aAlt.a = UNCONST(PatAlt*, t->aAlt); p->aAlt.n = t->nAlt;
  p->aSyn.a = UNCONST(Synset*, t->aSyn); p->aSyn.n = t->nSyn;
  for(int k=0; k<=DK__COUNT; k++){
    p->aIdxStart[k] = UNCONST(uint32_t*, t->aIdxStart[k]); p->aIdx[k] = UNCONST(uint32_t*, t->aIdx[k]);
  }
  p->aFirst = UNCONST(uint8_t*, t->aFirst);
  p->nWarning = t->nWarning;
  p->bFinished = 1;
  p->bAdopted = 1;
  for(int k=0; k<DK__COUNT; k++){   /* (before xRelease: on failure the caller keeps pMem) */
    if( p->aPair[k] && !pairBits(p, k) ){ brinkDictFree(p); return 0; }
  }
  p->xRelease = xRelease; p->pMem = pMem; p->nMem = nMem;
  return p;
}

/* The code of entry iEntry whose date range lies nearest to iDay, for an
** entry with no code on that day ("President Obama" in a story dated
** before he held office: the text's title says what he is, the entry only
** which country he belongs to).  NULL when the entry has no dated code. */
const char *brinkDictCodeNearest(const Dict *p, int k, uint32_t iEntry, int32_t iDay){
  const DictEntry *e = &p->aEntry[k].a[iEntry];
  const char *zBest = 0;
  int64_t nBest = 0;
  for(uint32_t i=0; i<e->nCode; i++){
    const DictCode *c = &p->aCode.a[e->iCode+i];
    if( c->iFrom==DICT_DAY_MIN && c->iTo==DICT_DAY_MAX ) continue;
    int64_t d = iDay<c->iFrom ? (int64_t)c->iFrom - iDay : iDay>c->iTo ? (int64_t)iDay - c->iTo : 0;
    if( !zBest || d<nBest ){ zBest = c->zCode; nBest = d; }
  }
  return zBest;
}

const char *brinkDictCodeOn(const Dict *p, int k, uint32_t iEntry, int32_t iDay){
  const DictEntry *e = &p->aEntry[k].a[iEntry];
  const char *zDefault = 0;
  const DictCode *pLast = 0;   /* the dated code that ends last */
  for(uint32_t i=0; i<e->nCode; i++){
    const DictCode *c = &p->aCode.a[e->iCode+i];
    if( c->iFrom==DICT_DAY_MIN && c->iTo==DICT_DAY_MAX ){
      if( !zDefault ) zDefault = c->zCode;
      continue;
    }
    if( iDay>=c->iFrom && iDay<=c->iTo ) return c->zCode;
    if( !pLast || c->iTo>pLast->iTo ) pLast = c;
  }
  /* the news of an end comes after it: a last role that ended (a death, a
  ** deposition) a few days before the story is still the one it names ("A
  ** U.S. strike killed Zawahiri", reported the day after he died) */
  if( !zDefault && pLast && iDay>pLast->iTo && (int64_t)iDay - pLast->iTo <= DICT_GRACE_DAYS ) return pLast->zCode;
  return zDefault;
}
