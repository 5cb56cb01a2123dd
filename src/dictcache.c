/*
** dictcache.c — the compiled dictionary cache: a finished Dict written to
** one binary file that later start-ups map read-only and use in place (no
** parsing, no copying).  docs/PEER_FORMATS.md, "Compiled cache", describes
** the file for users; this comment is the reference.
**
** Layout (all integers little-endian; the tables are the in-memory structs
** of dict.h, so a cache is only read by a brink with the same struct layout,
** which the header's layout word checks):
**
**   0   char     magic[8]     "BRINKDC1"
**   8   u32      version      CACHE_VERSION
**   12  u32      layout       hash of the sizes and offsets of the structs
**   16  u64      nByte        size of the whole file (truncation check)
**   24  u64      hSource      hash of the sources' names, sizes and times
**   32  u32      nBlock       entries in the directory that follows
**   36  u32      check        FNV-1a of the header (this field as 0), the
**                             directory and the meta block
**   40  Block    aBlock[nBlock]   { u32 tag, u32 szElem, u64 off, u64 n }
**   ... blocks, each at an offset that is a multiple of 64
**
** Blocks hold flat arrays (tags below); pointers became indexes:
** DictEntry.iFile and Pattern.iFile index the file-name table (TAG_FILEOFF:
** u32 offsets into TAG_FILES, NUL-terminated names).  TAG_SOURCES holds, per
** source file, { i64 size, i64 mtime_ns, u32 nName, u32 0, name NUL, pad to
** 8 }.  Opening checks the header, the directory (every block inside the
** file, aligned, of the expected element size) and then every index inside
** every table, so a corrupt file is an error, not a crash.  Only the header
** is checksummed: hashing the body would cost as much as the checks do.
*/
#define _XOPEN_SOURCE 700       /* realpath */
#define _DEFAULT_SOURCE         /* MAP_POPULATE */
#include "dict.h"
#include "peer.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#define CACHE_VERSION 1
#define HDR_SIZE 40
#define BLOCK_SIZE 24
#define MAX_BLOCK 256
#define ALIGN 64
#define MAX_WORDS 64          /* dict.c's MAX_PHRASE_WORDS and pattern atoms */

enum {
  TAG_META = 1, TAG_SLOT, TAG_POOL, TAG_WORD, TAG_CODE, TAG_PAT, TAG_ELEM, TAG_ALT,
  TAG_SYN, TAG_FIRST, TAG_FILES, TAG_FILEOFF, TAG_SOURCES,
  TAG_ENTRY = 0x100, TAG_PHRASE = 0x200, TAG_PAIR = 0x300, TAG_IDXSTART = 0x400, TAG_IDX = 0x500
};

/* Fixed-size facts about the Dict and the engine (TAG_META). */
typedef struct CacheMeta {
  uint64_t nUsed, nSlot, nWarning;     /* dict */
  uint64_t nEngWarning, nIssue, nIssueCode, nSource;
  uint32_t bPeerVerbs, nDk;
  char zFormat[16];
} CacheMeta;

static char *errf(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  char zBuf[512];
  vsnprintf(zBuf, sizeof zBuf, zFmt, ap);
  va_end(ap);
  return strdup(zBuf);
}

static uint32_t fnv32(uint32_t h, const void *p, size_t n){
  const unsigned char *a = p;
  for(size_t i=0; i<n; i++){ h ^= a[i]; h *= 16777619u; }
  return h;
}
static uint64_t fnv64(uint64_t h, const void *p, size_t n){
  const unsigned char *a = p;
  for(size_t i=0; i<n; i++){ h ^= a[i]; h *= 1099511628211ull; }
  return h;
}
#define FNV64_INIT 14695981039346656037ull

static int isLittleEndian(void){ uint16_t x = 1; unsigned char c; memcpy(&c, &x, 1); return c==1; }

/* A hash of every size and offset the file depends on. */
static uint32_t layoutHash(void){
  size_t a[] = {
    sizeof(DictSlot), sizeof(DictWord), sizeof(DictCode), sizeof(DictEntry), sizeof(DictPhrase),
    sizeof(Pattern), sizeof(PatElem), sizeof(PatAlt), sizeof(Synset), sizeof(DictPair), sizeof(CacheMeta),
    offsetof(DictEntry, iFile), offsetof(DictEntry, flags), offsetof(DictPhrase, iEntry), offsetof(DictPhrase, mGap),
    offsetof(Pattern, iElem), offsetof(Pattern, mNeed), offsetof(Pattern, aNeed), offsetof(Pattern, iFile), offsetof(Pattern, flags),
    offsetof(PatElem, iWord), offsetof(PatElem, nWord), offsetof(PatElem, mAny), offsetof(PatAlt, aLast), offsetof(PatAlt, mGap), offsetof(Synset, iAlt), offsetof(DictPair, nWord),
    offsetof(DictCode, iFrom), DK__COUNT, PE_SKIP, sizeof(void*)
  };
  return fnv32(2166136261u, a, sizeof a);
}

static void put32(unsigned char *p, uint32_t v){ memcpy(p, &v, 4); }
static void put64(unsigned char *p, uint64_t v){ memcpy(p, &v, 8); }
static uint32_t get32(const unsigned char *p){ uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get64(const unsigned char *p){ uint64_t v; memcpy(&v, p, 8); return v; }

/* ---- Sources ------------------------------------------------------------ */
static int64_t mtimeNs(const struct stat *st){
  return (int64_t)st->st_mtim.tv_sec*1000000000 + st->st_mtim.tv_nsec;
}
static uint64_t sourceHash(uint64_t h, const char *zName, int64_t nSize, int64_t iMtime){
  h = fnv64(h, zName, strlen(zName)+1);
  h = fnv64(h, &nSize, 8);
  return fnv64(h, &iMtime, 8);
}

/* ---- Writing ------------------------------------------------------------ */
/* Copy the string in z[0..n) (NUL-terminated or not) into a zeroed d[0..n). */
static void copyStr(char *d, const char *z, size_t n){
  const char *e = memchr(z, 0, n);
  size_t m = e ? (size_t)(e - z) : n-1;
  memcpy(d, z, m);
}

/* Copy one element, zeroing its padding, so the file is reproducible. */
typedef void (*CleanFn)(void *pDst, const void *pSrc);
static void cleanCode(void *d, const void *s){
  const DictCode *x = s; DictCode *y = d;
  memset(y, 0, sizeof *y);
  copyStr(y->zCode, x->zCode, sizeof y->zCode);
  y->iFrom = x->iFrom; y->iTo = x->iTo;
}
static void cleanSlot(void *d, const void *s){
  const DictSlot *x = s; DictSlot *y = d;
  memset(y, 0, sizeof *y);
  y->id = x->id;
  if( x->id>=0 ){ y->iStr = x->iStr; y->nStr = x->nStr; y->h = x->h; }
}
static void cleanEntry(void *d, const void *s){
  const DictEntry *x = s; DictEntry *y = d;
  memset(y, 0, sizeof *y);
  y->iCode = x->iCode; y->nCode = x->nCode; y->iPhrase = x->iPhrase; y->flags = x->flags;
  y->iFile = x->iFile; y->iLine = x->iLine;
}
static void cleanPhrase(void *d, const void *s){
  const DictPhrase *x = s; DictPhrase *y = d;
  memset(y, 0, sizeof *y);
  y->iWord = x->iWord; y->nWord = x->nWord; y->iEntry = x->iEntry;
}
static void cleanPat(void *d, const void *s){
  const Pattern *x = s; Pattern *y = d;
  memset(y, 0, sizeof *y);
  copyStr(y->zCode, x->zCode, sizeof y->zCode);
  y->iElem = x->iElem; y->nElem = x->nElem; y->nPre = x->nPre;
  y->iAnchor = x->iAnchor; y->nAnchor = x->nAnchor; y->bAnchorJoin = x->bAnchorJoin;
  y->flags = x->flags; y->nSpec = x->nSpec; y->mNeed = x->mNeed;
  y->aNeed[0] = x->aNeed[0]; y->aNeed[1] = x->aNeed[1];
  y->iFile = x->iFile; y->iLine = x->iLine;
}
static void cleanElem(void *d, const void *s){
  const PatElem *x = s; PatElem *y = d;
  memset(y, 0, sizeof *y);
  y->eKind = x->eKind; y->bAdjacent = x->bAdjacent; y->nAlt = x->nAlt; y->iWord = x->iWord; y->nWord = x->nWord;
  y->mAny = x->mAny;   /* the pre-filter masks are data too: dropping them loses matches */
}
static void cleanAlt(void *d, const void *s){
  const PatAlt *x = s; PatAlt *y = d;
  memset(y, 0, sizeof *y);
  y->iWord = x->iWord; y->nWord = x->nWord; y->aLast[0] = x->aLast[0]; y->aLast[1] = x->aLast[1];
}
static void cleanSyn(void *d, const void *s){
  const Synset *x = s; Synset *y = d;
  memset(y, 0, sizeof *y);
  copyStr(y->zName, x->zName, sizeof y->zName);
  y->iAlt = x->iAlt; y->nAlt = x->nAlt;
}
static void cleanPair(void *d, const void *s){
  const DictPair *x = s; DictPair *y = d;
  memset(y, 0, sizeof *y);
  y->key = x->key; y->iPhrase = x->iPhrase; y->nWord = x->nWord;
}

typedef struct Blk {
  uint32_t tag, szElem;
  const void *a; uint64_t n;      /* n elements of szElem bytes */
  CleanFn xClean;
  uint64_t off;
} Blk;

typedef struct Writer {
  Blk aBlk[MAX_BLOCK]; int nBlk;
} Writer;

static void addBlk(Writer *w, uint32_t tag, uint32_t szElem, const void *a, uint64_t n, CleanFn xClean){
  Blk *b = &w->aBlk[w->nBlk++];
  b->tag = tag; b->szElem = szElem; b->a = a; b->n = n; b->xClean = xClean; b->off = 0;
}

static int writeAll(FILE *fp, const void *p, size_t n){ return n==0 || fwrite(p, 1, n, fp)==n; }

static int writeBlk(FILE *fp, const Blk *b){
  if( !b->xClean ) return writeAll(fp, b->a, (size_t)(b->n*b->szElem));
  unsigned char aBuf[16384];
  size_t nPer = sizeof aBuf / b->szElem;
  const unsigned char *s = b->a;
  for(uint64_t i=0; i<b->n; ){
    size_t m = 0;
    for(; m<nPer && i<b->n; m++, i++) b->xClean(aBuf + m*b->szElem, s + i*b->szElem);
    if( !writeAll(fp, aBuf, m*b->szElem) ) return 0;
  }
  return 1;
}

int brinkDictSave(const Dict *pDict, const DictCacheInfo *pInfo, const char *zPath, char **pzErr){
  if( pzErr ) *pzErr = 0;
  DictTables t;
  if( brinkDictTables(pDict, &t)!=BRINK_OK ){
    if( pzErr ) *pzErr = errf("the dictionary is not compiled (brinkDictFinish)");
    return BRINK_EINVAL;
  }
  if( !isLittleEndian() ){
    if( pzErr ) *pzErr = errf("compiled caches are little-endian only");
    return BRINK_EINVAL;
  }
  DictCacheInfo info; memset(&info, 0, sizeof info);
  if( pInfo ) info = *pInfo;
  int rc = BRINK_ENOMEM;
  Writer *w = calloc(1, sizeof *w);
  unsigned char *aSrc = 0, *aHdr = 0;
  uint32_t *aFileOff = 0;
  char *zFiles = 0, *zTmp = 0;
  FILE *fp = 0;
  if( !w ) goto done;

  /* file-name table */
  size_t nFiles = 1;
  for(size_t i=0; i<t.nFile; i++) nFiles += strlen(t.azFile[i]) + 1;
  zFiles = malloc(nFiles);
  aFileOff = malloc((t.nFile ? t.nFile : 1)*sizeof(uint32_t));
  if( !zFiles || !aFileOff ) goto done;
  size_t k = 0;
  for(size_t i=0; i<t.nFile; i++){
    size_t n = strlen(t.azFile[i]) + 1;
    aFileOff[i] = (uint32_t)k;
    memcpy(zFiles+k, t.azFile[i], n);
    k += n;
  }
  zFiles[k++] = 0;

  /* sources: absolute names, sizes, times */
  size_t nSrcByte = 0;
  char **azAbs = calloc(info.nSource ? info.nSource : 1, sizeof(char*));
  if( !azAbs ) goto done;
  uint64_t hSource = FNV64_INIT;
  int64_t *aStat = calloc(info.nSource ? info.nSource*2 : 1, sizeof(int64_t));
  if( !aStat ){ free(azAbs); goto done; }
  for(size_t i=0; i<info.nSource; i++){
    struct stat st;
    azAbs[i] = realpath(info.azSource[i], 0);
    if( !azAbs[i] || stat(azAbs[i], &st)!=0 ){
      if( pzErr ) *pzErr = errf("%s: %s", info.azSource[i], strerror(errno));
      rc = BRINK_EIO;
      for(size_t j=0; j<=i; j++) free(azAbs[j]);
      free(azAbs); free(aStat);
      goto done;
    }
    aStat[2*i] = (int64_t)st.st_size; aStat[2*i+1] = mtimeNs(&st);
    hSource = sourceHash(hSource, azAbs[i], aStat[2*i], aStat[2*i+1]);
    nSrcByte += 24 + ((strlen(azAbs[i]) + 1 + 7) & ~(size_t)7);
  }
  aSrc = calloc(nSrcByte ? nSrcByte : 1, 1);
  if( aSrc ){
    size_t o = 0;
    for(size_t i=0; i<info.nSource; i++){
      size_t n = strlen(azAbs[i]);
      put64(aSrc+o, (uint64_t)aStat[2*i]); put64(aSrc+o+8, (uint64_t)aStat[2*i+1]);
      put32(aSrc+o+16, (uint32_t)n);
      memcpy(aSrc+o+24, azAbs[i], n);
      o += 24 + ((n + 1 + 7) & ~(size_t)7);
    }
  }
  for(size_t i=0; i<info.nSource; i++) free(azAbs[i]);
  free(azAbs); free(aStat);
  if( !aSrc ) goto done;

  CacheMeta meta;
  memset(&meta, 0, sizeof meta);
  meta.nUsed = t.nUsed; meta.nSlot = t.nSlot; meta.nWarning = t.nWarning;
  meta.nEngWarning = info.nWarning; meta.nIssue = info.nIssue; meta.nIssueCode = info.nIssueCode;
  meta.nSource = info.nSource; meta.bPeerVerbs = (uint32_t)info.bPeerVerbs; meta.nDk = DK__COUNT;
  {
    const char *zF = info.zFormat ? info.zFormat : "auto";
    size_t nF = strlen(zF);
    memcpy(meta.zFormat, zF, nF<sizeof meta.zFormat ? nF : sizeof meta.zFormat - 1);
  }

  addBlk(w, TAG_META, sizeof meta, &meta, 1, 0);
  addBlk(w, TAG_SLOT, sizeof(DictSlot), t.aSlot, t.nSlot, cleanSlot);
  addBlk(w, TAG_POOL, 1, t.zPool, t.nPool, 0);
  addBlk(w, TAG_WORD, sizeof(DictWord), t.aWord, t.nWord, 0);
  addBlk(w, TAG_CODE, sizeof(DictCode), t.aCode, t.nCode, cleanCode);
  addBlk(w, TAG_PAT, sizeof(Pattern), t.aPat, t.nPat, cleanPat);
  addBlk(w, TAG_ELEM, sizeof(PatElem), t.aElem, t.nElem, cleanElem);
  addBlk(w, TAG_ALT, sizeof(PatAlt), t.aAlt, t.nAlt, cleanAlt);
  addBlk(w, TAG_SYN, sizeof(Synset), t.aSyn, t.nSyn, cleanSyn);
  addBlk(w, TAG_FIRST, 1, t.aFirst, t.nUsed+1, 0);
  addBlk(w, TAG_FILES, 1, zFiles, k, 0);
  addBlk(w, TAG_FILEOFF, 4, aFileOff, t.nFile, 0);
  addBlk(w, TAG_SOURCES, 1, aSrc, nSrcByte, 0);
  for(int d=0; d<DK__COUNT; d++){
    addBlk(w, TAG_ENTRY+(uint32_t)d, sizeof(DictEntry), t.aEntry[d], t.nEntry[d], cleanEntry);
    addBlk(w, TAG_PHRASE+(uint32_t)d, sizeof(DictPhrase), t.aPhrase[d], t.nPhrase[d], cleanPhrase);
    addBlk(w, TAG_PAIR+(uint32_t)d, sizeof(DictPair), t.aPair[d], t.nPair[d], cleanPair);
  }
  for(int d=0; d<=DK__COUNT; d++){
    addBlk(w, TAG_IDXSTART+(uint32_t)d, 4, t.aIdxStart[d], t.nUsed+2, 0);
    addBlk(w, TAG_IDX+(uint32_t)d, 4, t.aIdx[d], t.aIdxStart[d] ? t.aIdxStart[d][t.nUsed] : 0, 0);
  }

  /* offsets */
  uint64_t off = HDR_SIZE + (uint64_t)w->nBlk*BLOCK_SIZE;
  for(int i=0; i<w->nBlk; i++){
    off = (off + ALIGN-1) & ~(uint64_t)(ALIGN-1);
    w->aBlk[i].off = off;
    off += w->aBlk[i].n * w->aBlk[i].szElem;
  }
  size_t nHdr = HDR_SIZE + (size_t)w->nBlk*BLOCK_SIZE;
  aHdr = calloc(1, nHdr);
  if( !aHdr ) goto done;
  memcpy(aHdr, BRINK_CACHE_MAGIC, 8);
  put32(aHdr+8, CACHE_VERSION);
  put32(aHdr+12, layoutHash());
  put64(aHdr+16, off);
  put64(aHdr+24, hSource);
  put32(aHdr+32, (uint32_t)w->nBlk);
  for(int i=0; i<w->nBlk; i++){
    unsigned char *b = aHdr + HDR_SIZE + (size_t)i*BLOCK_SIZE;
    put32(b, w->aBlk[i].tag); put32(b+4, w->aBlk[i].szElem);
    put64(b+8, w->aBlk[i].off); put64(b+16, w->aBlk[i].n);
  }
  uint32_t h = fnv32(2166136261u, aHdr, nHdr);
  h = fnv32(h, &meta, sizeof meta);
  put32(aHdr+36, h);

  /* write to a temporary file, then rename over zPath; never over a device
  ** or FIFO (-o /dev/full would replace it), which a cache cannot be anyway */
  struct stat st;
  if( stat(zPath, &st)==0 && !S_ISREG(st.st_mode) ){
    if( pzErr ) *pzErr = errf("%s: cannot write: not a regular file", zPath);
    rc = BRINK_EIO; goto done;
  }
  size_t nTmp = strlen(zPath) + 32;
  zTmp = malloc(nTmp);
  if( !zTmp ) goto done;
  snprintf(zTmp, nTmp, "%s.tmp%ld", zPath, (long)getpid());
  fp = fopen(zTmp, "wb");
  if( !fp ){
    if( pzErr ) *pzErr = errf("%s: cannot write: %s", zPath, strerror(errno));
    rc = BRINK_EIO; goto done;
  }
  int bOk = writeAll(fp, aHdr, nHdr);
  uint64_t at = nHdr;
  static const unsigned char aZero[ALIGN];
  for(int i=0; bOk && i<w->nBlk; i++){
    bOk = writeAll(fp, aZero, (size_t)(w->aBlk[i].off - at)) && writeBlk(fp, &w->aBlk[i]);
    at = w->aBlk[i].off + w->aBlk[i].n*w->aBlk[i].szElem;
  }
  if( fclose(fp)!=0 ) bOk = 0;
  fp = 0;
  if( !bOk || rename(zTmp, zPath)!=0 ){
    if( pzErr ) *pzErr = errf("%s: cannot write: %s", zPath, strerror(errno));
    remove(zTmp);
    rc = BRINK_EIO; goto done;
  }
  rc = BRINK_OK;
done:
  if( rc==BRINK_ENOMEM && pzErr && !*pzErr ) *pzErr = errf("out of memory writing %s", zPath);
  if( fp ){ fclose(fp); remove(zTmp); }
  free(w); free(aSrc); free(aHdr); free(aFileOff); free(zFiles); free(zTmp);
  return rc;
}

/* ---- Reading ------------------------------------------------------------ */
typedef struct Reader {
  const unsigned char *a; size_t n;
  uint32_t nBlk;
  char *zErr;
} Reader;

/* Find block tag: checks it lies inside the file, is 8-byte aligned and has
** elements of szElem bytes.  Returns its start, *pn its element count. */
static const void *findBlk(Reader *r, uint32_t tag, uint32_t szElem, uint64_t *pn){
  const void *pFound = 0;
  for(uint32_t i=0; i<r->nBlk; i++){
    const unsigned char *b = r->a + HDR_SIZE + (size_t)i*BLOCK_SIZE;
    if( get32(b)!=tag ) continue;
    if( pFound ){ r->zErr = errf("block %#x appears twice", tag); return 0; }
    uint64_t off = get64(b+8), n = get64(b+16);
    if( get32(b+4)!=szElem ){ r->zErr = errf("block %#x has elements of %u bytes, expected %u", tag, get32(b+4), szElem); return 0; }
    if( off%8 || off<HDR_SIZE || off>r->n || n > (r->n - off)/szElem ){
      r->zErr = errf("block %#x (offset %llu, %llu elements) lies outside the file of %zu bytes", tag,
                     (unsigned long long)off, (unsigned long long)n, r->n);
      return 0;
    }
    pFound = r->a + off; *pn = n;
  }
  if( !pFound ) r->zErr = errf("block %#x is missing", tag);
  return pFound;
}

#define BAD(...) do{ r->zErr = errf(__VA_ARGS__); return 0; }while(0)
/* i+n <= nMax without overflow */
static int inRange(uint64_t i, uint64_t n, uint64_t nMax){ return i<=nMax && n<=nMax-i; }
static int hasNul(const char *z, size_t n){ return memchr(z, 0, n)!=0; }

/* Check every index of every table. */
static int checkTables(Reader *r, const DictTables *t){
  uint64_t nUsedSeen = 0;
  for(size_t i=0; i<t->nSlot; i++){
    const DictSlot *s = &t->aSlot[i];
    if( s->id<0 ) continue;
    if( (uint64_t)s->id>=t->nUsed || !inRange(s->iStr, s->nStr, t->nPool) ) BAD("word slot %zu is out of range", i);
    nUsedSeen++;
  }
  if( nUsedSeen!=t->nUsed ) BAD("the word table holds %llu words, the header says %zu", (unsigned long long)nUsedSeen, t->nUsed);
  int64_t nU = (int64_t)t->nUsed;
  for(size_t i=0; i<t->nWord; i++){
    const DictWord *w = &t->aWord[i];
    if( w->id1<-1 || w->id1>=nU || w->id2<-1 || w->id2>=nU ) BAD("word %zu has an unknown id", i);
  }
  for(size_t i=0; i<t->nCode; i++) if( !hasNul(t->aCode[i].zCode, sizeof t->aCode[i].zCode) ) BAD("code %zu is not terminated", i);
  for(int k=0; k<DK__COUNT; k++){
    for(size_t i=0; i<t->nEntry[k]; i++){
      const DictEntry *e = &t->aEntry[k][i];
      if( !inRange(e->iCode, e->nCode, t->nCode) || e->iPhrase>t->nPhrase[k] || e->iFile>=t->nFile )
        BAD("entry %zu of kind %d is out of range", i, k);
    }
    for(size_t i=0; i<t->nPhrase[k]; i++){
      const DictPhrase *ph = &t->aPhrase[k][i];
      if( ph->nWord<1 || ph->nWord>MAX_WORDS || !inRange(ph->iWord, ph->nWord, t->nWord) || ph->iEntry>=t->nEntry[k] )
        BAD("phrase %zu of kind %d is out of range", i, k);
    }
    for(size_t i=0; i<t->nPair[k]; i++){
      const DictPair *pp = &t->aPair[k][i];
      if( pp->iPhrase>=t->nPhrase[k] || pp->nWord!=t->aPhrase[k][pp->iPhrase].nWord || pp->nWord<2 )
        BAD("pair %zu of kind %d is out of range", i, k);
    }
  }
  for(size_t i=0; i<t->nPat; i++){
    const Pattern *p = &t->aPat[i];
    if( !hasNul(p->zCode, sizeof p->zCode) || p->nElem>MAX_WORDS || !inRange(p->iElem, p->nElem, t->nElem)
        || p->nPre>p->nElem || p->nAnchor<1 || !inRange(p->iAnchor, p->nAnchor, t->nWord) || p->iFile>=t->nFile )
      BAD("pattern %zu is out of range", i);
  }
  for(size_t i=0; i<t->nElem; i++){
    const PatElem *e = &t->aElem[i];
    int bOk = e->eKind<=PE_SKIP;
    if( e->eKind==PE_WORD ) bOk = e->nWord>=1 && e->nWord<=MAX_WORDS && inRange(e->iWord, e->nWord, t->nWord);
    if( e->eKind==PE_ALT ) bOk = inRange(e->iWord, e->nAlt, t->nAlt);
    if( !bOk ) BAD("pattern element %zu is out of range", i);
  }
  for(size_t i=0; i<t->nAlt; i++){
    const PatAlt *a = &t->aAlt[i];
    if( a->nWord<1 || a->nWord>MAX_WORDS || !inRange(a->iWord, a->nWord, t->nWord) ) BAD("alternative %zu is out of range", i);
  }
  for(size_t i=0; i<t->nSyn; i++){
    if( !hasNul(t->aSyn[i].zName, sizeof t->aSyn[i].zName) || !inRange(t->aSyn[i].iAlt, t->aSyn[i].nAlt, t->nAlt) )
      BAD("synset %zu is out of range", i);
  }
  for(int k=0; k<=DK__COUNT; k++){
    const uint32_t *s = t->aIdxStart[k];
    uint64_t nItem = k<DK__COUNT ? t->nPhrase[k] : t->nPat;
    if( s[0]!=0 ) BAD("index %d does not start at 0", k);
    for(size_t w=0; w<t->nUsed; w++) if( s[w+1]<s[w] ) BAD("index %d is not ordered", k);
    uint64_t nIdx = s[t->nUsed];
    for(uint64_t i=0; i<nIdx; i++) if( t->aIdx[k][i]>=nItem ) BAD("index %d names item %u of %llu", k, t->aIdx[k][i], (unsigned long long)nItem);
  }
  return 1;
}

static void unmapCache(void *p, size_t n){ munmap(p, n); }

static int openMem(const void *aData, size_t nData, DictCacheInfo *pInfo, Dict **ppOut, char **pzErr,
                   void (*xRelease)(void*, size_t), void *pMem){
  Reader rd, *r = &rd;
  memset(r, 0, sizeof rd);
  r->a = aData; r->n = nData;
  DictTables t; memset(&t, 0, sizeof t);
  const char **azFile = 0;
  DictCacheInfo info; memset(&info, 0, sizeof info);
  *ppOut = 0;
  if( pInfo ) memset(pInfo, 0, sizeof *pInfo);
  int rc = BRINK_EPARSE;
  const unsigned char *a = aData;
  if( ((uintptr_t)aData & 7)!=0 ){ r->zErr = errf("cache buffer is not 8-byte aligned"); rc = BRINK_EINVAL; goto fail; }
  if( nData<HDR_SIZE || memcmp(a, BRINK_CACHE_MAGIC, 8)!=0 ){ r->zErr = errf("not a brink compiled dictionary (no BRINKDC1 header)"); goto fail; }
  if( get32(a+8)!=CACHE_VERSION ){
    r->zErr = errf("compiled dictionary version %u; this brink reads version %d: run brink dict compile again", get32(a+8), CACHE_VERSION);
    goto fail;
  }
  if( !isLittleEndian() || get32(a+12)!=layoutHash() ){
    r->zErr = errf("compiled dictionary written by a brink with other table layouts: run brink dict compile again");
    goto fail;
  }
  if( get64(a+16)!=nData ){
    r->zErr = errf("compiled dictionary is %zu bytes, its header says %llu: truncated or damaged", nData, (unsigned long long)get64(a+16));
    goto fail;
  }
  r->nBlk = get32(a+32);
  if( r->nBlk>MAX_BLOCK || HDR_SIZE + (size_t)r->nBlk*BLOCK_SIZE > nData ){ r->zErr = errf("bad block count %u", r->nBlk); goto fail; }
  uint64_t n;
  const CacheMeta *m = findBlk(r, TAG_META, sizeof(CacheMeta), &n);
  if( !m ) goto fail;
  if( n!=1 ){ r->zErr = errf("bad meta block"); goto fail; }
  {
    unsigned char aZero4[4] = {0,0,0,0};
    uint32_t h = fnv32(2166136261u, a, 36);
    h = fnv32(h, aZero4, 4);
    h = fnv32(h, a+HDR_SIZE, (size_t)r->nBlk*BLOCK_SIZE);
    h = fnv32(h, m, sizeof *m);
    if( h!=get32(a+36) ){ r->zErr = errf("header checksum mismatch: the compiled dictionary is damaged"); goto fail; }
  }
  if( m->nDk!=DK__COUNT || m->nSlot==0 || (m->nSlot & (m->nSlot-1))!=0 || m->nUsed>=m->nSlot
      || m->nUsed>=UINT32_MAX-2 || !hasNul(m->zFormat, sizeof m->zFormat) ){
    r->zErr = errf("bad table sizes in the header"); goto fail;
  }
  t.nUsed = (size_t)m->nUsed;
  t.nWarning = (size_t)m->nWarning;
#define GET(field, tag, T, nField) do{ t.field = findBlk(r, (tag), sizeof(T), &n); if( !t.field ) goto fail; nField = (size_t)n; }while(0)
  size_t nSlot, nFirst, nFiles, nSrc, nStart, nIdx;
  GET(aSlot, TAG_SLOT, DictSlot, nSlot);
  if( nSlot!=m->nSlot ){ r->zErr = errf("word table size mismatch"); goto fail; }
  t.nSlot = nSlot;
  GET(zPool, TAG_POOL, char, t.nPool);
  GET(aWord, TAG_WORD, DictWord, t.nWord);
  GET(aCode, TAG_CODE, DictCode, t.nCode);
  GET(aPat, TAG_PAT, Pattern, t.nPat);
  GET(aElem, TAG_ELEM, PatElem, t.nElem);
  GET(aAlt, TAG_ALT, PatAlt, t.nAlt);
  GET(aSyn, TAG_SYN, Synset, t.nSyn);
  GET(aFirst, TAG_FIRST, uint8_t, nFirst);
  if( nFirst!=t.nUsed+1 ){ r->zErr = errf("first-word table size mismatch"); goto fail; }
  const char *zFiles; const uint32_t *aFileOff; const unsigned char *aSrc;
  zFiles = findBlk(r, TAG_FILES, 1, &n); if( !zFiles ) goto fail; nFiles = (size_t)n;
  aFileOff = findBlk(r, TAG_FILEOFF, 4, &n); if( !aFileOff ) goto fail; t.nFile = (size_t)n;
  aSrc = findBlk(r, TAG_SOURCES, 1, &n); if( !aSrc ) goto fail; nSrc = (size_t)n;
  for(int k=0; k<DK__COUNT; k++){
    GET(aEntry[k], TAG_ENTRY+(uint32_t)k, DictEntry, t.nEntry[k]);
    GET(aPhrase[k], TAG_PHRASE+(uint32_t)k, DictPhrase, t.nPhrase[k]);
    GET(aPair[k], TAG_PAIR+(uint32_t)k, DictPair, t.nPair[k]);
  }
  for(int k=0; k<=DK__COUNT; k++){
    GET(aIdxStart[k], TAG_IDXSTART+(uint32_t)k, uint32_t, nStart);
    GET(aIdx[k], TAG_IDX+(uint32_t)k, uint32_t, nIdx);
    if( nStart!=t.nUsed+2 || t.aIdxStart[k][t.nUsed]!=nIdx ){ r->zErr = errf("index %d size mismatch", k); goto fail; }
  }
#undef GET
  /* file names */
  if( nFiles==0 || zFiles[nFiles-1]!=0 ){ r->zErr = errf("file-name table is not terminated"); goto fail; }
  azFile = malloc((t.nFile ? t.nFile : 1)*sizeof(char*));
  if( !azFile ){ rc = BRINK_ENOMEM; r->zErr = errf("out of memory"); goto fail; }
  for(size_t i=0; i<t.nFile; i++){
    if( aFileOff[i]>=nFiles ){ r->zErr = errf("file name %zu is out of range", i); goto fail; }
    azFile[i] = zFiles + aFileOff[i];
  }
  t.azFile = azFile;
  if( !checkTables(r, &t) ) goto fail;
  /* sources */
  if( m->nSource > nSrc/24 ){ r->zErr = errf("bad source list"); goto fail; }
  info.nSource = (size_t)m->nSource;
  info.pAlloc = malloc((info.nSource ? info.nSource : 1)*(sizeof(char*) + 2*sizeof(int64_t)));
  if( !info.pAlloc ){ rc = BRINK_ENOMEM; r->zErr = errf("out of memory"); goto fail; }
  info.aSize = info.pAlloc;
  info.aMtime = info.aSize + info.nSource;
  const char **azSrc = (const char**)(void*)(info.aMtime + info.nSource);
  {
    size_t o = 0;
    for(size_t i=0; i<info.nSource; i++){
      if( nSrc-o<24 ){ r->zErr = errf("bad source list"); goto fail; }
      uint64_t nName = get32(aSrc+o+16);
      if( nName >= nSrc-o-24 || aSrc[o+24+nName]!=0 ){ r->zErr = errf("bad source list"); goto fail; }
      info.aSize[i] = (int64_t)get64(aSrc+o); info.aMtime[i] = (int64_t)get64(aSrc+o+8);
      azSrc[i] = (const char*)aSrc+o+24;
      o += 24 + (size_t)((nName + 1 + 7) & ~(uint64_t)7);
      if( o>nSrc ) o = nSrc;
    }
  }
  info.azSource = azSrc;
  {
    uint64_t h = FNV64_INIT;
    for(size_t i=0; i<info.nSource; i++) h = sourceHash(h, azSrc[i], info.aSize[i], info.aMtime[i]);
    if( h!=get64(a+24) ){ r->zErr = errf("source list does not match its hash: the compiled dictionary is damaged"); goto fail; }
  }
  info.bPeerVerbs = m->bPeerVerbs<=PEER_VERBS_PETRARCH ? (int)m->bPeerVerbs : PEER_VERBS_TABARI;
  info.nWarning = (size_t)m->nEngWarning; info.nIssue = (size_t)m->nIssue; info.nIssueCode = (size_t)m->nIssueCode;
  info.zFormat = m->zFormat;
  Dict *p = brinkDictAdopt(&t, xRelease, pMem, nData);
  free(azFile); azFile = 0;
  if( !p ){ rc = BRINK_ENOMEM; r->zErr = errf("out of memory"); goto fail; }
  *ppOut = p;
  if( pInfo ) *pInfo = info; else brinkDictCacheInfoClear(&info);
  return BRINK_OK;
fail:
  free(azFile);
  brinkDictCacheInfoClear(&info);
  if( pzErr ) *pzErr = r->zErr; else free(r->zErr);
  return rc;
}

int brinkDictOpenCacheMem(const void *aData, size_t nData, DictCacheInfo *pInfo, Dict **ppOut, char **pzErr){
  if( pzErr ) *pzErr = 0;
  return openMem(aData, nData, pInfo, ppOut, pzErr, 0, 0);
}

int brinkDictOpenCache(const char *zPath, DictCacheInfo *pInfo, Dict **ppOut, char **pzErr){
  if( pzErr ) *pzErr = 0;
  *ppOut = 0;
  if( pInfo ) memset(pInfo, 0, sizeof *pInfo);
  int fd = open(zPath, O_RDONLY);
  struct stat st;
  if( fd<0 || fstat(fd, &st)!=0 ){
    if( pzErr ) *pzErr = errf("%s: cannot open: %s", zPath, strerror(errno));
    if( fd>=0 ) close(fd);
    return BRINK_EIO;
  }
  size_t n = (size_t)st.st_size;
  if( n<HDR_SIZE ){
    close(fd);
    if( pzErr ) *pzErr = errf("%s: not a brink compiled dictionary (%zu bytes: truncated)", zPath, n);
    return BRINK_EPARSE;
  }
  int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
  flags |= MAP_POPULATE;   /* the checks read every page: fault them in in one go */
#endif
  void *pMap = mmap(0, n, PROT_READ, flags, fd, 0);
  close(fd);
  if( pMap==MAP_FAILED ){
    if( pzErr ) *pzErr = errf("%s: cannot map: %s", zPath, strerror(errno));
    return BRINK_EIO;
  }
  char *zErr = 0;
  int rc = openMem(pMap, n, pInfo, ppOut, &zErr, unmapCache, pMap);
  if( rc!=BRINK_OK ){
    munmap(pMap, n);
    if( pzErr ) *pzErr = errf("%s: %s", zPath, zErr ? zErr : "cannot read");
  }
  free(zErr);
  return rc;
}

int brinkDictIsCache(const char *zPath){
  FILE *fp = fopen(zPath, "rb");
  if( !fp ) return 0;
  char a[8];
  int b = fread(a, 1, 8, fp)==8 && memcmp(a, BRINK_CACHE_MAGIC, 8)==0;
  fclose(fp);
  return b;
}

void brinkDictCacheInfoClear(DictCacheInfo *p){
  free(p->pAlloc);
  memset(p, 0, sizeof *p);
}

int brinkDictCacheStale(const DictCacheInfo *p, char **pzWhy){
  int eRes = 0;
  if( pzWhy ) *pzWhy = 0;
  for(size_t i=0; i<p->nSource; i++){
    struct stat st;
    if( stat(p->azSource[i], &st)!=0 ){
      if( pzWhy ){ free(*pzWhy); *pzWhy = errf("%s is missing", p->azSource[i]); }
      return 2;
    }
    if( eRes==0 && (p->aSize==0 || (int64_t)st.st_size!=p->aSize[i] || mtimeNs(&st)!=p->aMtime[i]) ){
      eRes = 1;
      if( pzWhy ) *pzWhy = errf("%s changed since the cache was compiled", p->azSource[i]);
    }
  }
  return eRes;
}
