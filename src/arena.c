/*
** arena.c — a chain of blocks with a bump pointer (see arena.h).
**
** Blocks double in size up to ARENA_MAX_BLOCK so that a large story needs few
** mallocs; a request larger than that gets a block of its own.  Reset keeps
** the first (smallest) block and frees the rest, so a long run of ordinary
** stories allocates nothing after warm-up.
*/
#include "arena.h"
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
  ArenaBlock *pNext;
  size_t nSize;        /* usable bytes in a[] */
  size_t nUsed;
  _Alignas(16) unsigned char a[];
};

#define ARENA_FIRST_BLOCK (64u << 10)   /* fits a typical news story's tokens */
#define ARENA_MAX_BLOCK   (4u << 20)

void brinkArenaInit(Arena *p){
  p->pHead = 0;
  p->nBlock = ARENA_FIRST_BLOCK;
  p->nTotal = 0;
}

static ArenaBlock *arenaNewBlock(Arena *p, size_t nMin){
  size_t n = p->nBlock;
  while( n < nMin ) n *= 2;
  ArenaBlock *pNew = malloc(sizeof(ArenaBlock) + n);
  if( !pNew ) return 0;
  pNew->pNext = p->pHead;
  pNew->nSize = n;
  pNew->nUsed = 0;
  p->pHead = pNew;
  p->nTotal += n;
  if( p->nBlock < ARENA_MAX_BLOCK ) p->nBlock *= 2;
  return pNew;
}

void *brinkArenaAlloc(Arena *p, size_t n){
  ArenaBlock *b = p->pHead;
  n = (n + 7) & ~(size_t)7;
  if( n==0 ) n = 8;
  if( !b || b->nSize - b->nUsed < n ){
    b = arenaNewBlock(p, n);
    if( !b ) return 0;
  }
  void *pRet = b->a + b->nUsed;
  b->nUsed += n;
  return pRet;
}

void *brinkArenaZalloc(Arena *p, size_t n){
  void *pRet = brinkArenaAlloc(p, n);
  if( pRet ) memset(pRet, 0, n);
  return pRet;
}

char *brinkArenaStrndup(Arena *p, const char *z, size_t n){
  char *zNew = brinkArenaAlloc(p, n+1);
  if( zNew ){
    if( n ) memcpy(zNew, z, n);
    zNew[n] = 0;
  }
  return zNew;
}

void brinkArenaReset(Arena *p){
  ArenaBlock *b = p->pHead;
  if( !b ) return;
  /* The oldest block is the last in the chain; keep it. */
  while( b->pNext ){
    ArenaBlock *pNext = b->pNext;
    p->nTotal -= b->nSize;
    free(b);
    b = pNext;
  }
  b->nUsed = 0;
  p->pHead = b;
  p->nBlock = b->nSize * 2;
}

void brinkArenaFree(Arena *p){
  ArenaBlock *b = p->pHead;
  while( b ){
    ArenaBlock *pNext = b->pNext;
    free(b);
    b = pNext;
  }
  brinkArenaInit(p);
}
