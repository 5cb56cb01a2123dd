/*
** test_arena.c — unit tests for the bump allocator (src/arena.c).
**
** The arena promises 8-byte aligned, non-overlapping blocks of the size
** asked for; zero-filled ones from Zalloc; NUL-terminated copies from
** Strndup; that Reset keeps one block and hands its memory out again; and
** that Free leaves an empty arena that can be used again.  Under
** `make SAN=1 unit` AddressSanitizer also checks that every byte handed out
** is inside a live block and that Free releases them all.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"

/* ---- Helpers ------------------------------------------------------------ */

/* Fill n bytes at p with a pattern derived from seed, and check it back. */
static void fillPattern(void *p, size_t n, unsigned seed){
  unsigned char *a = p;
  for(size_t i=0; i<n; i++) a[i] = (unsigned char)(seed*31u + i*7u);
}
static int checkPattern(const void *p, size_t n, unsigned seed){
  const unsigned char *a = p;
  for(size_t i=0; i<n; i++) if( a[i]!=(unsigned char)(seed*31u + i*7u) ) return 0;
  return 1;
}

static int isAligned8(const void *p){ return ((uintptr_t)p & 7u)==0; }

/* ---- Tests -------------------------------------------------------------- */

static void test_init_is_empty(void **state){
  (void)state;
  Arena a;
  memset(&a, 0x5a, sizeof a);
  brinkArenaInit(&a);
  assert_null(a.pHead);
  assert_int_equal(a.nTotal, 0);
  assert_true(a.nBlock > 0);
  /* Reset and Free of an arena that never allocated are no-ops. */
  brinkArenaReset(&a);
  assert_null(a.pHead);
  brinkArenaFree(&a);
  assert_null(a.pHead);
  assert_int_equal(a.nTotal, 0);
}

static void test_alignment_and_sizes(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  static const size_t aSize[] = { 1, 2, 3, 5, 7, 8, 9, 13, 16, 17, 31, 33, 100, 1000, 4095 };
  void *ap[sizeof aSize/sizeof aSize[0]];
  for(size_t i=0; i<sizeof aSize/sizeof aSize[0]; i++){
    ap[i] = brinkArenaAlloc(&a, aSize[i]);
    assert_non_null(ap[i]);
    assert_true(isAligned8(ap[i]));
    /* the whole requested size is writable (ASan checks the bounds) */
    fillPattern(ap[i], aSize[i], (unsigned)i);
  }
  /* no allocation overwrote another one */
  for(size_t i=0; i<sizeof aSize/sizeof aSize[0]; i++){
    assert_true(checkPattern(ap[i], aSize[i], (unsigned)i));
  }
  /* later blocks start after the end of earlier ones in the same block */
  for(size_t i=1; i<sizeof aSize/sizeof aSize[0]; i++){
    const char *pPrev = ap[i-1], *pCur = ap[i];
    assert_true(pCur >= pPrev + aSize[i-1] || pCur + aSize[i] <= pPrev);
  }
  assert_true(a.nTotal >= 1+2+3+5+7+8+9+13+16+17+31+33+100+1000+4095);
  brinkArenaFree(&a);
}

static void test_zero_size(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  void *p1 = brinkArenaAlloc(&a, 0);
  void *p2 = brinkArenaAlloc(&a, 0);
  assert_non_null(p1);
  assert_non_null(p2);
  assert_ptr_not_equal(p1, p2);
  char *z = brinkArenaStrndup(&a, "ignored", 0);
  assert_non_null(z);
  assert_string_equal(z, "");
  brinkArenaFree(&a);
}

static void test_zalloc_zeroes_reused_memory(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  unsigned char *p = brinkArenaAlloc(&a, 512);
  assert_non_null(p);
  memset(p, 0xab, 512);
  brinkArenaReset(&a);
  /* The first block is kept, so the same memory comes back ... */
  unsigned char *q = brinkArenaZalloc(&a, 512);
  assert_ptr_equal(p, q);
  /* ... and Zalloc clears what the earlier user left there. */
  for(size_t i=0; i<512; i++) assert_int_equal(q[i], 0);
  brinkArenaFree(&a);
}

static void test_strndup(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  const char *zSrc = "Kyiv and Warsaw signed the accord";
  char *z = brinkArenaStrndup(&a, zSrc, 4);
  assert_non_null(z);
  assert_string_equal(z, "Kyiv");
  assert_ptr_not_equal(z, zSrc);
  /* Copies bytes as given, including ones past a NUL inside the range. */
  char *zNul = brinkArenaStrndup(&a, "ab\0cd", 5);
  assert_non_null(zNul);
  assert_memory_equal(zNul, "ab\0cd", 6);
  /* Multi-byte UTF-8 is copied byte for byte. */
  char *zU = brinkArenaStrndup(&a, "Łódź", strlen("Łódź"));
  assert_string_equal(zU, "Łódź");
  /* The first copy is untouched by the later ones. */
  assert_string_equal(z, "Kyiv");
  brinkArenaFree(&a);
}

/* Many small allocations spill over several blocks; all stay intact. */
static void test_many_blocks(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  enum { N = 20000 };
  void **ap = malloc(N * sizeof(void*));
  assert_non_null(ap);
  size_t nSum = 0;
  for(unsigned i=0; i<N; i++){
    size_t n = 1 + (i*37u) % 200u;
    ap[i] = brinkArenaAlloc(&a, n);
    assert_non_null(ap[i]);
    assert_true(isAligned8(ap[i]));
    fillPattern(ap[i], n, i);
    nSum += n;
  }
  for(unsigned i=0; i<N; i++){
    size_t n = 1 + (i*37u) % 200u;
    assert_true(checkPattern(ap[i], n, i));
  }
  assert_non_null(a.pHead);
  assert_true(a.nTotal >= nSum);
  free(ap);
  brinkArenaFree(&a);
  assert_null(a.pHead);
  assert_int_equal(a.nTotal, 0);
}

/* A request bigger than any normal block gets a block of its own. */
static void test_large_allocation(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  char *pSmall = brinkArenaAlloc(&a, 16);
  assert_non_null(pSmall);
  memcpy(pSmall, "small-before", 13);
  size_t nBig = (size_t)9 << 20;   /* 9 MiB: past the arena's largest block */
  unsigned char *pBig = brinkArenaAlloc(&a, nBig);
  assert_non_null(pBig);
  assert_true(isAligned8(pBig));
  pBig[0] = 1; pBig[nBig/2] = 2; pBig[nBig-1] = 3;
  assert_true(a.nTotal >= nBig);
  char *pAfter = brinkArenaAlloc(&a, 16);
  assert_non_null(pAfter);
  memcpy(pAfter, "small-after", 12);
  assert_int_equal(pBig[0], 1);
  assert_int_equal(pBig[nBig/2], 2);
  assert_int_equal(pBig[nBig-1], 3);
  assert_string_equal(pSmall, "small-before");
  assert_string_equal(pAfter, "small-after");
  brinkArenaFree(&a);
}

/* Reset drops every block but the first, and nTotal follows. */
static void test_reset_keeps_first_block(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  void *pFirst = brinkArenaAlloc(&a, 24);
  assert_non_null(pFirst);
  size_t nOne = a.nTotal;
  assert_true(nOne >= 24);
  for(int i=0; i<64; i++) assert_non_null(brinkArenaAlloc(&a, 32u << 10));
  assert_true(a.nTotal > nOne);
  brinkArenaReset(&a);
  assert_int_equal(a.nTotal, nOne);
  assert_non_null(a.pHead);
  /* memory of the first block is handed out again, from its start */
  assert_ptr_equal(brinkArenaAlloc(&a, 24), pFirst);
  /* and a second round of the same workload works the same way */
  for(int i=0; i<64; i++){
    unsigned char *p = brinkArenaAlloc(&a, 32u << 10);
    assert_non_null(p);
    memset(p, i, 32u << 10);
  }
  brinkArenaReset(&a);
  assert_int_equal(a.nTotal, nOne);
  brinkArenaFree(&a);
}

/* An arena can be used again after Free. */
static void test_reuse_after_free(void **state){
  (void)state;
  Arena a;
  brinkArenaInit(&a);
  for(int round=0; round<3; round++){
    char *z = brinkArenaStrndup(&a, "round", 5);
    assert_non_null(z);
    assert_string_equal(z, "round");
    assert_true(a.nTotal > 0);
    brinkArenaFree(&a);
    assert_null(a.pHead);
    assert_int_equal(a.nTotal, 0);
  }
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_init_is_empty),
    cmocka_unit_test(test_alignment_and_sizes),
    cmocka_unit_test(test_zero_size),
    cmocka_unit_test(test_zalloc_zeroes_reused_memory),
    cmocka_unit_test(test_strndup),
    cmocka_unit_test(test_many_blocks),
    cmocka_unit_test(test_large_allocation),
    cmocka_unit_test(test_reset_keeps_first_block),
    cmocka_unit_test(test_reuse_after_free),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
