/*
** simhash.c — 64-bit SimHash over word shingles, for spotting the same wire
** story republished with small edits (Charikar 2002; Manku, Jain and Das
** Sarma 2007).
**
** Each shingle (BRINK_SIMHASH_SHINGLE consecutive words, lower-cased, letters
** and digits only) is hashed to 64 bits; each bit votes +1 or -1; the
** fingerprint keeps the bits with a positive total.  Near-identical texts get
** fingerprints a few bits apart.  The store (store.c) indexes four 16-bit
** bands of each fingerprint: two fingerprints within 3 bits agree exactly on
** at least one band, so a candidate search is four index probes.
*/
#include "store.h"
#include <string.h>

uint64_t brinkHash64(const void *p, size_t n){
  const unsigned char *z = p;
  uint64_t h = 0xcbf29ce484222325ull;          /* FNV-1a 64 offset basis */
  for(size_t i=0; i<n; i++){ h ^= z[i]; h *= 0x100000001b3ull; }
  /* splitmix64 finaliser: FNV's low bits are weak for short inputs */
  h ^= h>>30; h *= 0xbf58476d1ce4e5b9ull;
  h ^= h>>27; h *= 0x94d049bb133111ebull;
  h ^= h>>31;
  return h;
}

int brinkHamming(uint64_t a, uint64_t b){
  uint64_t x = a ^ b;
  int n = 0;
  while( x ){ x &= x-1; n++; }
  return n;
}

/* Each byte folded as the hash reads it: 0 outside a word, else the byte
** lower-cased (ASCII letters and digits, and every byte of a UTF-8
** sequence).  A table, because the two range tests per byte were most of
** the function's time. */
static const unsigned char aWordFold[256] = {
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  48,49,50,51,52,53,54,55,56,57,0,0,0,0,0,0,
  0,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,
  112,113,114,115,116,117,118,119,120,121,122,0,0,0,0,0,
  0,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,
  112,113,114,115,116,117,118,119,120,121,122,0,0,0,0,0,
  128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,
  144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,
  160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,
  176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,
  192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,
  208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,
  224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,
  240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,
};

uint64_t brinkSimhash(const char *z, size_t n, int *pnShingle){
  /* Bit counts are kept in byte lanes: aLane[k] holds, in its byte j, the
  ** count for bit 8*j+k, so each shingle costs 8 adds, not 64.  Lanes are
  ** flushed into aVote before a byte can overflow (every 255 shingles). */
  uint64_t aLane[8];
  int aVote[64];
  uint64_t aWord[BRINK_SIMHASH_SHINGLE];   /* hashes of the last words, a ring */
  int nWord = 0, nShingle = 0, nPending = 0;
  memset(aVote, 0, sizeof aVote);
  memset(aLane, 0, sizeof aLane);
  size_t i = 0;
  while( i<n ){
    while( i<n && !aWordFold[(unsigned char)z[i]] ) i++;
    if( i>=n ) break;
    /* hash the lower-cased word */
    uint64_t h = 0xcbf29ce484222325ull;
    unsigned char c;
    while( i<n && (c = aWordFold[(unsigned char)z[i]])!=0 ){
      i++;
      h ^= c; h *= 0x100000001b3ull;
    }
    aWord[nWord % BRINK_SIMHASH_SHINGLE] = h;
    nWord++;
    if( nWord<BRINK_SIMHASH_SHINGLE ) continue;
    /* the shingle's hash: an order-sensitive mix of its word hashes */
    uint64_t s = 0;
    for(int k=0; k<BRINK_SIMHASH_SHINGLE; k++){
      s = (s ^ aWord[(nWord - BRINK_SIMHASH_SHINGLE + k) % BRINK_SIMHASH_SHINGLE]) * 0x9e3779b97f4a7c15ull;
      s ^= s>>29;
    }
    s ^= s>>30; s *= 0xbf58476d1ce4e5b9ull;
    s ^= s>>27; s *= 0x94d049bb133111ebull;
    s ^= s>>31;
    for(int k=0; k<8; k++) aLane[k] += (s>>k) & 0x0101010101010101ull;
    nShingle++;
    if( ++nPending==255 ){
      for(int k=0; k<8; k++){
        for(int j=0; j<8; j++) aVote[8*j+k] += (int)(aLane[k]>>(8*j) & 0xff);
        aLane[k] = 0;
      }
      nPending = 0;
    }
  }
  for(int k=0; k<8; k++) for(int j=0; j<8; j++) aVote[8*j+k] += (int)(aLane[k]>>(8*j) & 0xff);
  uint64_t r = 0;
  /* a bit is set when more shingles voted 1 than 0 */
  for(int b=0; b<64; b++) if( 2*aVote[b] > nShingle ) r |= 1ull<<b;
  if( pnShingle ) *pnShingle = nShingle;
  return r;
}
