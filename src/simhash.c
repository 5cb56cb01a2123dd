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

static int isWordByte(unsigned char c){
  return (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') || c>=0x80;
}

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
    while( i<n && !isWordByte((unsigned char)z[i]) ) i++;
    if( i>=n ) break;
    /* hash the lower-cased word */
    uint64_t h = 0xcbf29ce484222325ull;
    while( i<n && isWordByte((unsigned char)z[i]) ){
      unsigned char c = (unsigned char)z[i++];
      if( c>='A' && c<='Z' ) c = (unsigned char)(c + 32);
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
