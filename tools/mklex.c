/*
** mklex.c — build-time generator of brink's lexicon tables.
**
**   mklex FESTDIR WNDIR > build/gen/lexdata.c
**
** Reads Debian festlex-poslex (FESTDIR/wsj.wp39.poslexR: word -> log P(word|tag)
** from the WSJ; FESTDIR/wsj.wp39.tri.ngrambin: tag-trigram counts) and
** wordnet-base (WNDIR/{noun,verb,adj}.exc irregular forms, WNDIR/index.* lemma
** lists) and writes one C file of const tables declared in src/lexicon.h:
** the word lexicon, interpolated tag-trigram log-probabilities, a suffix model
** for unknown words, the exception tables and the lemma set.  The tagger and
** lemmatiser read nothing at run time.
**
** This is a standalone tool: it may exit() on bad input; the library never does.
*/
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSTATE 38
#define NTRI (NSTATE*NSTATE*NSTATE)
#define SUFMAX 5          /* longest suffix in the unknown-word model (TnT uses up to 10) */
#define RARE_MAX 10.0     /* words seen at most this often train the suffix model */
#define RARE_ONCE 1.5     /* estimated count below which a word is flagged as a singleton */

/* ---- small utilities ---- */

static void die(const char *zMsg, const char *zArg){
  fprintf(stderr, "mklex: %s%s%s\n", zMsg, zArg ? ": " : "", zArg ? zArg : "");
  exit(1);
}
static void *xrealloc(void *p, size_t n){
  void *pNew = realloc(p, n ? n : 1);
  if( !pNew ) die("out of memory", 0);
  return pNew;
}
static char *readFile(const char *zDir, const char *zName, size_t *pn){
  char zPath[4096];
  snprintf(zPath, sizeof zPath, "%s/%s", zDir, zName);
  FILE *f = fopen(zPath, "rb");
  if( !f ) die("cannot open", zPath);
  size_t nAlloc = 1<<20, n = 0;
  char *z = xrealloc(0, nAlloc);
  size_t k;
  while( (k = fread(z+n, 1, nAlloc-n-1, f))>0 ){
    n += k;
    if( n+1>=nAlloc ){ nAlloc *= 2; z = xrealloc(z, nAlloc); }
  }
  fclose(f);
  z[n] = 0;
  *pn = n;
  return z;
}

/* A slot's bits holding 1 + the entry index; the hash fills the rest
** (LEX_SLOT_INDEX in src/lexicon.h, which brinkLexFind() reads). */
#define LEX_SLOT_INDEX 0x000FFFFFu
/* Must match brinkLexFind() in src/lexicon.c. */
static uint32_t fnv1a(const char *z, size_t n){
  uint32_t h = 2166136261u;
  for(size_t i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

/* ---- string pool and hash tables under construction ---- */

typedef struct Pool { char *z; size_t n, nAlloc; } Pool;
static uint32_t poolAdd(Pool *p, const char *z, size_t n){
  if( p->n+n+1>p->nAlloc ){
    p->nAlloc = (p->n+n+1)*2;
    p->z = xrealloc(p->z, p->nAlloc);
  }
  uint32_t iOff = (uint32_t)p->n;
  memcpy(p->z+p->n, z, n);
  p->z[p->n+n] = 0;
  p->n += n+1;
  return iOff;
}

typedef struct Table {
  const char *zName;
  Pool pool;
  uint32_t *aKey, *aVal;
  size_t nEntry, nAlloc;
  uint32_t *aSlot;       /* building copy; 1+entry */
  uint32_t nSlot;
} Table;

static void tableInit(Table *t, const char *zName){
  memset(t, 0, sizeof *t);
  t->zName = zName;
  t->nSlot = 1024;
  t->aSlot = xrealloc(0, t->nSlot*sizeof(uint32_t));
  memset(t->aSlot, 0, t->nSlot*sizeof(uint32_t));
}
static long tableFind(const Table *t, const char *z, size_t n){
  uint32_t m = t->nSlot-1, h = fnv1a(z, n) & m;
  while( t->aSlot[h] ){
    uint32_t i = t->aSlot[h]-1;
    const char *zKey = t->pool.z + t->aKey[i];
    if( strlen(zKey)==n && memcmp(zKey, z, n)==0 ) return (long)i;
    h = (h+1) & m;
  }
  return -1;
}
static void tableRehash(Table *t){
  uint32_t m = t->nSlot-1;
  memset(t->aSlot, 0, t->nSlot*sizeof(uint32_t));
  for(size_t i=0; i<t->nEntry; i++){
    const char *zKey = t->pool.z + t->aKey[i];
    uint32_t h = fnv1a(zKey, strlen(zKey)) & m;
    while( t->aSlot[h] ) h = (h+1) & m;
    t->aSlot[h] = (uint32_t)i+1;
  }
}
/* Add key (if new) and return its entry index. */
static size_t tableAdd(Table *t, const char *z, size_t n, uint32_t iVal){
  long i = tableFind(t, z, n);
  if( i>=0 ) return (size_t)i;
  if( t->nEntry==t->nAlloc ){
    t->nAlloc = t->nAlloc ? t->nAlloc*2 : 1024;
    t->aKey = xrealloc(t->aKey, t->nAlloc*sizeof(uint32_t));
    t->aVal = xrealloc(t->aVal, t->nAlloc*sizeof(uint32_t));
  }
  t->aKey[t->nEntry] = poolAdd(&t->pool, z, n);
  t->aVal[t->nEntry] = iVal;
  t->nEntry++;
  if( t->nEntry*2>t->nSlot ){          /* keep the load factor at most 1/2 */
    t->nSlot *= 2;
    t->aSlot = xrealloc(t->aSlot, t->nSlot*sizeof(uint32_t));
    tableRehash(t);
  }else{
    uint32_t m = t->nSlot-1, h = fnv1a(z, n) & m;
    while( t->aSlot[h] ) h = (h+1) & m;
    t->aSlot[h] = (uint32_t)t->nEntry;
  }
  return t->nEntry-1;
}

/* ---- output ---- */

static void emitU32Array(const char *zName, const uint32_t *a, size_t n){
  printf("static const uint32_t %s[%zu] = {", zName, n ? n : 1);
  if( n==0 ) printf("0");
  for(size_t i=0; i<n; i++){
    printf("%s%u,", i%16==0 ? "\n" : "", a[i]);
  }
  printf("\n};\n");
}
static void emitPool(const char *zName, const Pool *p){
  printf("static const char %s[%zu] =\n\"", zName, p->n+1);
  size_t nLine = 0;
  for(size_t i=0; i<p->n; i++){
    unsigned char c = (unsigned char)p->z[i];
    if( c==0 ) { printf("\\000"); nLine += 4; }   /* 3 digits: never absorbs a digit after it */
    else if( c=='"' || c=='\\' || c=='?' ){ printf("\\%c", c); nLine += 2; }
    else if( c<32 || c>=127 ){ printf("\\%03o", c); nLine += 4; }
    else { putchar(c); nLine++; }
    if( nLine>100 && c==0 ){ printf("\"\n\""); nLine = 0; }
  }
  printf("\";\n");
}
static void emitTable(Table *t){
  char zBuf[256];
  /* rebuild slots at the final size */
  tableRehash(t);
  /* each slot also carries its key's hash bits above LEX_SLOT_INDEX
  ** (lexicon.h), so a probe skips other keys without reading them */
  if( t->nEntry>=LEX_SLOT_INDEX ){ fprintf(stderr, "mklex: %s: too many entries\n", t->zName); exit(1); }
  for(uint32_t h=0; h<t->nSlot; h++){
    if( !t->aSlot[h] ) continue;
    const char *zKey = t->pool.z + t->aKey[t->aSlot[h]-1];
    t->aSlot[h] |= fnv1a(zKey, strlen(zKey)) & ~LEX_SLOT_INDEX;
  }
  snprintf(zBuf, sizeof zBuf, "%sSlot", t->zName); emitU32Array(zBuf, t->aSlot, t->nSlot);
  snprintf(zBuf, sizeof zBuf, "%sKey", t->zName);  emitU32Array(zBuf, t->aKey, t->nEntry);
  snprintf(zBuf, sizeof zBuf, "%sVal", t->zName);  emitU32Array(zBuf, t->aVal, t->nEntry);
  snprintf(zBuf, sizeof zBuf, "%sPool", t->zName); emitPool(zBuf, &t->pool);
  printf("const LexHash %s = { %u, %sSlot, %sKey, %sVal, %sPool };\n\n",
         t->zName, t->nSlot, t->zName, t->zName, t->zName, t->zName);
}

/* ---- tag set ---- */

static char azState[NSTATE][8];
/* festival tag -> Penn tag name as in lexicon.h's TAG_* order */
static const char *azTagName[] = {
  "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS",
  "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
  "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO",
  "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
  "WP", "WP$", "WRB", "PUNCT"
};
#define NTAG ((int)(sizeof azTagName/sizeof azTagName[0]))
static int stateTag(int s){
  const char *z = azState[s];
  if( strcmp(z, "of")==0 ) return 6;            /* IN */
  if( strcmp(z, "punc")==0 ) return NTAG-1;     /* PUNCT */
  if( strcmp(z, "1")==0 || strcmp(z, "2")==0 ) return 0;  /* boundary symbols */
  for(int i=1; i<NTAG; i++){
    const char *zT = azTagName[i];
    size_t k;
    for(k=0; zT[k] && z[k] && tolower((unsigned char)zT[k])==z[k]; k++){}
    if( zT[k]==0 && z[k]==0 ) return i;
  }
  die("unknown festival tag", z);
  return 0;
}
static int stateIndex(const char *z, size_t n){
  for(int s=0; s<NSTATE; s++){
    if( strlen(azState[s])==n && memcmp(azState[s], z, n)==0 ) return s;
  }
  return -1;
}
static int isOpenState(int s){
  static const char *az[] = { "nn","nns","nnp","nnps","jj","jjr","jjs","rb",
    "vb","vbd","vbg","vbn","vbp","vbz", 0 };
  for(int i=0; az[i]; i++) if( strcmp(az[i], azState[s])==0 ) return 1;
  return 0;
}

/* ---- trigram model ---- */

static double aTri[NTRI];
static double aBi[NSTATE*NSTATE], aUni[NSTATE], nTotal;

static void readNgram(const char *zDir){
  size_t n;
  char *z = readFile(zDir, "wsj.wp39.tri.ngrambin", &n);
  char *zLine2 = strchr(z, '\n');
  if( strncmp(z, "NgramBin_2 3", 12)!=0 || !zLine2 ) die("bad ngrambin header", 0);
  zLine2++;
  char *zEnd = strchr(zLine2, '\n');
  if( !zEnd ) die("bad ngrambin tag line", 0);
  int nState = 0;
  for(char *p=zLine2; p<zEnd; ){
    while( p<zEnd && *p==' ' ) p++;
    char *q = p;
    while( q<zEnd && *q!=' ' ) q++;
    if( q>p ){
      if( nState>=NSTATE || q-p>=8 ) die("unexpected tag set", 0);
      memcpy(azState[nState], p, (size_t)(q-p));
      nState++;
    }
    p = q;
  }
  if( nState!=NSTATE ) die("expected 38 tags", 0);
  char *zData = strchr(zEnd+1, '\n');      /* the tag line is repeated */
  if( !zData ) die("bad ngrambin", 0);
  zData++;
  size_t nByte = n - (size_t)(zData - z), iOut = 0;
  for(size_t i=0; i+8<=nByte; i+=8){
    uint64_t u = 0;
    for(int k=0; k<8; k++) u = (u<<8) | (unsigned char)zData[i+k];
    double r;
    memcpy(&r, &u, 8);
    if( r>=0 ){
      if( iOut>=NTRI ) die("too many counts", 0);
      aTri[iOut++] = r;
    }else{
      size_t nZero = (size_t)(-r) - 1;
      if( iOut+nZero>NTRI ) die("too many zero counts", 0);
      iOut += nZero;                          /* aTri[] is already zero */
    }
  }
  if( iOut!=NTRI ) die("wrong number of trigram counts", 0);
  free(z);
  for(int a=0; a<NSTATE; a++) for(int b=0; b<NSTATE; b++) for(int c=0; c<NSTATE; c++){
    double r = aTri[(a*NSTATE+b)*NSTATE+c];
    aBi[b*NSTATE+c] += r;
    aUni[c] += r;
    nTotal += r;
  }
}

/* log P(t3|t1,t2) by deleted interpolation (Brants 2000, TnT): the lambdas
** are set from the counts themselves, each trigram voting for the estimate
** that predicts it best when it is left out. */
static void emitTrans(void){
  static double aRow[NSTATE*NSTATE], aUniRow[NSTATE];
  for(int a=0; a<NSTATE; a++) for(int b=0; b<NSTATE; b++){
    for(int c=0; c<NSTATE; c++) aRow[a*NSTATE+b] += aTri[(a*NSTATE+b)*NSTATE+c];
  }
  for(int b=0; b<NSTATE; b++) for(int c=0; c<NSTATE; c++) aUniRow[b] += aBi[b*NSTATE+c];
  double l1 = 0, l2 = 0, l3 = 0;
  for(int a=0; a<NSTATE; a++) for(int b=0; b<NSTATE; b++) for(int c=0; c<NSTATE; c++){
    double r = aTri[(a*NSTATE+b)*NSTATE+c];
    if( r<=0 ) continue;
    double r3 = aRow[a*NSTATE+b]>1 ? (r-1)/(aRow[a*NSTATE+b]-1) : 0;
    double r2 = aUniRow[b]>1 ? (aBi[b*NSTATE+c]-1)/(aUniRow[b]-1) : 0;
    double r1 = (aUni[c]-1)/(nTotal-1);
    if( r3>=r2 && r3>=r1 ) l3 += r;
    else if( r2>=r1 ) l2 += r;
    else l1 += r;
  }
  double lSum = l1+l2+l3;
  l1 /= lSum; l2 /= lSum; l3 /= lSum;
  printf("/* deleted interpolation: lambda1=%.4f lambda2=%.4f lambda3=%.4f; %.0f tag tokens */\n",
         l1, l2, l3, nTotal);
  printf("const float brinkLexTrans[%d] = {", NTRI);
  for(int a=0; a<NSTATE; a++) for(int b=0; b<NSTATE; b++) for(int c=0; c<NSTATE; c++){
    double p1 = (aUni[c]+0.5)/(nTotal+0.5*NSTATE);     /* add-half keeps every tag possible */
    double p2 = aUniRow[b]>0 ? aBi[b*NSTATE+c]/aUniRow[b] : p1;
    double p3 = aRow[a*NSTATE+b]>0 ? aTri[(a*NSTATE+b)*NSTATE+c]/aRow[a*NSTATE+b] : p2;
    double p = l3*p3 + l2*p2 + l1*p1;
    int i = (a*NSTATE+b)*NSTATE+c;
    printf("%s%.4g,", i%12==0 ? "\n" : "", log(p));
  }
  printf("\n};\n");
  printf("const float brinkLexPrior[%d] = {", NSTATE);
  for(int s=0; s<NSTATE; s++) printf("%s%.4g,", s%12==0 ? "\n" : "", log((aUni[s]+0.5)/(nTotal+0.5*NSTATE)));
  printf("\n};\n\n");
}

/* ---- lexicon and suffix model ---- */

typedef struct Emit { float r; uint8_t s; } Emit;
static Emit *aEmit;
static size_t nEmit, nEmitAlloc;
static void emitAdd(float r, int s){
  if( nEmit==nEmitAlloc ){
    nEmitAlloc = nEmitAlloc ? 2*nEmitAlloc : 65536;
    aEmit = xrealloc(aEmit, nEmitAlloc*sizeof(Emit));
  }
  aEmit[nEmit].r = r;
  aEmit[nEmit].s = (uint8_t)s;
  nEmit++;
}

/* Suffix statistics: per suffix string, counts per state over rare words. */
static Table tSufBuild;
static double (*aSufCount)[NSTATE];
static size_t nSufAlloc;

static void sufCount(const char *zWord, size_t nWord, const double *aCount){
  for(size_t k=1; k<=SUFMAX && k<nWord; k++){
    size_t i = tableAdd(&tSufBuild, zWord+nWord-k, k, 0);
    if( i>=nSufAlloc ){
      size_t nOld = nSufAlloc;
      nSufAlloc = nSufAlloc ? 2*nSufAlloc : 4096;
      aSufCount = xrealloc(aSufCount, nSufAlloc*sizeof(*aSufCount));
      memset(aSufCount+nOld, 0, (nSufAlloc-nOld)*sizeof(*aSufCount));
    }
    for(int s=0; s<NSTATE; s++) aSufCount[i][s] += aCount[s];
  }
}

static void readLexicon(const char *zDir, Table *tWords){
  size_t n;
  char *z = readFile(zDir, "wsj.wp39.poslexR", &n);
  char *p = strchr(z, '\n');
  if( !p ) die("empty poslexR", 0);
  p++;
  while( *p ){
    char *zEol = strchr(p, '\n');
    if( !zEol ) zEol = p+strlen(p);
    char *zNext = *zEol ? zEol+1 : zEol;
    *zEol = 0;
    if( p[0]=='(' && p[1]=='"' ){
      char *zW = p+2, *zQ = strchr(zW, '"');
      if( !zQ ) die("bad lexicon line", p);
      size_t nW = (size_t)(zQ-zW);
      size_t iFirst = nEmit;
      double aCount[NSTATE] = {0};
      int bAlpha = 1;
      for(size_t k=0; k<nW; k++) if( !islower((unsigned char)zW[k]) && zW[k]!='-' ) bAlpha = 0;
      char *q = zQ+1;
      /* pairs look like "(tag -7.583)" inside the outer list */
      while( (q = strchr(q, '('))!=0 ){
        q++;
        if( *q=='(' ) continue;
        if( *q==')' ) break;                      /* "()" — the empty trailing list */
        char *zTag = q;
        while( *q && *q!=' ' ) q++;
        int s = stateIndex(zTag, (size_t)(q-zTag));
        if( s<0 ) die("unknown tag in lexicon", zTag);
        double r = strtod(q, &q);
        if( stateTag(s)==0 ) continue;            /* drop the boundary symbols */
        emitAdd((float)r, s);
        aCount[s] = exp(r)*aUni[s];
      }
      size_t nE = nEmit-iFirst;
      if( nE>127 ) die("too many tags", zW);
      if( nE>0 ){
        double nAll = 0;
        for(int s=0; s<NSTATE; s++) nAll += aCount[s];
        /* bit 7 marks words seen about once: their tag list is a sample of one */
        uint32_t bRare = nAll<RARE_ONCE ? 0x80 : 0;
        tableAdd(tWords, zW, nW, (uint32_t)(iFirst<<8 | bRare | nE));
        if( bAlpha && nAll<=RARE_MAX ) sufCount(zW, nW, aCount);
      }
    }
    p = zNext;
  }
  free(z);
}

/* TnT's suffix model: P(t|suffix of length k) smoothed recursively with the
** length k-1 estimate, weight theta = standard deviation of the unconditioned
** rare-word tag distribution.  Stored as log P(t|s) - log P(t) (the Bayes
** inversion up to a per-word constant) over open-class states only; lower-case
** words drop proper nouns (the tagger adds them back for capitalised words). */
static void emitSuffixes(Table *tSuf){
  double aRare[NSTATE] = {0}, nRare = 0;
  for(size_t i=0; i<tSufBuild.nEntry; i++){
    const char *zKey = tSufBuild.pool.z + tSufBuild.aKey[i];
    if( strlen(zKey)!=1 ) continue;
    for(int s=0; s<NSTATE; s++){ aRare[s] += aSufCount[i][s]; nRare += aSufCount[i][s]; }
  }
  double rMean = 1.0/NSTATE, rVar = 0;
  for(int s=0; s<NSTATE; s++){ double d = aRare[s]/nRare - rMean; rVar += d*d; }
  double rTheta = sqrt(rVar/(NSTATE-1));
  printf("/* suffix model: %zu suffixes of rare words (count <= %.0f), theta=%.4f */\n",
         tSufBuild.nEntry, RARE_MAX, rTheta);
  /* Process suffixes by length so each parent is smoothed before its children. */
  double (*aP)[NSTATE] = xrealloc(0, (tSufBuild.nEntry+1)*sizeof(*aP));
  for(size_t k=1; k<=SUFMAX; k++){
    for(size_t i=0; i<tSufBuild.nEntry; i++){
      const char *zKey = tSufBuild.pool.z + tSufBuild.aKey[i];
      size_t nKey = strlen(zKey);
      if( nKey!=k ) continue;
      double aPar[NSTATE], nAll = 0;
      if( k==1 ){
        for(int s=0; s<NSTATE; s++) aPar[s] = aRare[s]/nRare;
      }else{
        long iPar = tableFind(&tSufBuild, zKey+1, nKey-1);
        if( iPar<0 ) die("missing parent suffix", zKey);
        memcpy(aPar, aP[iPar], sizeof aPar);
      }
      for(int s=0; s<NSTATE; s++) nAll += aSufCount[i][s];
      for(int s=0; s<NSTATE; s++){
        double rHat = nAll>0 ? aSufCount[i][s]/nAll : 0;
        aP[i][s] = (rHat + rTheta*aPar[s])/(1+rTheta);
      }
      /* keep suffixes seen in enough words to say something; children of
      ** dropped suffixes are still computed (smoothing) but not stored */
      if( nAll<2.0 ) continue;
      size_t iFirst = nEmit;
      for(int s=0; s<NSTATE; s++){
        if( !isOpenState(s) && strcmp(azState[s], "cd")!=0 && strcmp(azState[s], "fw")!=0 ) continue;
        if( aP[i][s]<1e-3 ) continue;
        emitAdd((float)(log(aP[i][s]) - log((aUni[s]+0.5)/(nTotal+0.5*NSTATE))), s);
      }
      if( nEmit>iFirst ) tableAdd(tSuf, zKey, nKey, (uint32_t)(iFirst<<8 | (nEmit-iFirst)));
    }
  }
  free(aP);
}

/* ---- WordNet ---- */

static void readExc(const char *zDir, const char *zFile, Table *t){
  size_t n;
  char *z = readFile(zDir, zFile, &n);
  for(char *p=z; *p; ){
    char *zEol = strchr(p, '\n');
    if( !zEol ) zEol = p+strlen(p);
    char *zForm = p, *q = p;
    while( q<zEol && *q!=' ' ) q++;
    size_t nForm = (size_t)(q-zForm);
    while( q<zEol && *q==' ' ) q++;
    char *zLem = q;
    while( q<zEol && *q!=' ' ) q++;
    size_t nLem = (size_t)(q-zLem);
    if( nForm && nLem && !memchr(zForm, '_', nForm) && !memchr(zLem, '_', nLem)
     && tableFind(t, zForm, nForm)<0 ){
      uint32_t iLem = poolAdd(&t->pool, zLem, nLem);
      tableAdd(t, zForm, nForm, iLem);
    }
    p = *zEol ? zEol+1 : zEol;
  }
  free(z);
}
static void readIndex(const char *zDir, const char *zFile, uint32_t mPos, Table *t){
  size_t n;
  char *z = readFile(zDir, zFile, &n);
  for(char *p=z; *p; ){
    char *zEol = strchr(p, '\n');
    if( !zEol ) zEol = p+strlen(p);
    if( *p!=' ' ){                              /* licence header lines start with spaces */
      char *q = p;
      while( q<zEol && *q!=' ' ) q++;
      size_t nW = (size_t)(q-p);
      if( nW && !memchr(p, '_', nW) ){
        size_t i = tableAdd(t, p, nW, 0);
        t->aVal[i] |= mPos;
      }
    }
    p = *zEol ? zEol+1 : zEol;
  }
  free(z);
}

int main(int argc, char **argv){
  if( argc!=3 ){
    fprintf(stderr, "usage: mklex FESTDIR WNDIR > lexdata.c\n");
    return 2;
  }
  readNgram(argv[1]);
  Table tWords, tSuf, tNounExc, tVerbExc, tAdjExc, tLemmas;
  tableInit(&tWords, "brinkLexWords");
  tableInit(&tSuf, "brinkLexSuffix");
  tableInit(&tSufBuild, "build");
  tableInit(&tNounExc, "brinkLexNounExc");
  tableInit(&tVerbExc, "brinkLexVerbExc");
  tableInit(&tAdjExc, "brinkLexAdjExc");
  tableInit(&tLemmas, "brinkLexLemmas");

  printf("/* Generated by tools/mklex.c from festlex-poslex (%s) and wordnet-base (%s).\n"
         "** Do not edit.  Declarations are in src/lexicon.h. */\n", argv[1], argv[2]);
  printf("#include \"lexicon.h\"\n\n");
  printf("_Static_assert(TAG_PRPS==19 && TAG_WPS==35 && TAG_PUNCT==37 && TAG__COUNT==38,\n"
         "               \"mklex.c's tag list is out of step with lexicon.h\");\n");
  printf("/* festival states:");
  for(int s=0; s<NSTATE; s++) printf(" %d=%s", s, azState[s]);
  printf(" */\n");
  printf("const uint8_t brinkLexStateTag[%d] = {", NSTATE);
  for(int s=0; s<NSTATE; s++) printf("%d,", stateTag(s));
  printf("};\n");
  int aTagState[64];
  for(int i=0; i<NTAG; i++) aTagState[i] = 0;
  for(int s=NSTATE-1; s>=0; s--){
    int t = stateTag(s);
    if( t && strcmp(azState[s], "of")!=0 ) aTagState[t] = s;
  }
  aTagState[19] = stateIndex("prp", 3);     /* PRP$ and WP$ are folded into prp, wp */
  aTagState[35] = stateIndex("wp", 2);
  printf("const uint8_t brinkLexTagState[TAG__COUNT] = {");
  for(int i=0; i<NTAG; i++) printf("%d,", aTagState[i]);
  printf("};\n\n");
  emitTrans();

  readLexicon(argv[1], &tWords);
  emitSuffixes(&tSuf);
  printf("const LexEmit brinkLexEmit[%zu] = {", nEmit);
  for(size_t i=0; i<nEmit; i++){
    printf("%s{%.4g,%u},", i%8==0 ? "\n" : "", aEmit[i].r, aEmit[i].s);
  }
  printf("\n};\n\n");
  emitTable(&tWords);
  emitTable(&tSuf);

  readExc(argv[2], "noun.exc", &tNounExc);
  readExc(argv[2], "verb.exc", &tVerbExc);
  readExc(argv[2], "adj.exc", &tAdjExc);
  emitTable(&tNounExc);
  emitTable(&tVerbExc);
  emitTable(&tAdjExc);
  readIndex(argv[2], "index.noun", 1, &tLemmas);
  readIndex(argv[2], "index.verb", 2, &tLemmas);
  readIndex(argv[2], "index.adj", 4, &tLemmas);
  readIndex(argv[2], "index.adv", 8, &tLemmas);
  emitTable(&tLemmas);
  fprintf(stderr, "mklex: %zu words, %zu suffixes, %zu lemmas, %zu emissions\n",
          tWords.nEntry, tSuf.nEntry, tLemmas.nEntry, nEmit);
  return 0;
}
