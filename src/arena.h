/*
** arena.h — bump allocation for one story's worth of memory.
**
** Tokens, matches and events of a story all come from one arena and are
** released together by brinkArenaReset().  Nothing allocated here is freed
** on its own.  An arena is not thread-safe: each coder owns one.
*/
#ifndef BRINK_ARENA_H
#define BRINK_ARENA_H
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *pHead;   /* current block; older blocks chain behind it */
  size_t nBlock;       /* size of the next block to allocate */
  size_t nTotal;       /* bytes held in all blocks (for stats) */
} Arena;

void brinkArenaInit(Arena *);
/* 8-byte aligned, uninitialised.  NULL only when malloc fails. */
void *brinkArenaAlloc(Arena *, size_t n);
void *brinkArenaZalloc(Arena *, size_t n);
/* Copy n bytes of z and add a NUL. */
char *brinkArenaStrndup(Arena *, const char *z, size_t n);
/* Drop everything but the first block; memory is reused by later allocations. */
void brinkArenaReset(Arena *);
void brinkArenaFree(Arena *);

#endif
