/*
** test_dictcache.c — unit tests of the compiled dictionary cache
** (src/dictcache.c, `brink dict compile`).
**
** A small dictionary (made-up countries) is written to a temporary folder,
** compiled with brink_dict_compile() and opened again through
** brink_engine_new(): the events coded from a few stories must be the same,
** byte for byte, as with the source file.  Then damaged caches (truncated,
** wrong magic, wrong version, a damaged header, an index out of range) must
** be refused with a message, and a changed or missing source must be noticed
** (warned about; rebuilt from the source, or used as it is).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "brink.h"
#include "dict.h"

static const char zDictText[] =
  "# test dictionary for test_dictcache.c\n"
  "@actors\n"
  "Veloria = VLR !state\n"
  "Tarvonia = TRV !state\n"
  "Ostrava Pact = IGOOSP !org\n"
  "Ines Marlowe | Marlowe = VLRLEG ..2010-06-30 ; VLRGOV 2010-07-01..2014-06-30 ; VLRELI !person\n"
  "@agents\n"
  "troops = MIL\n"
  "@synsets\n"
  "&LEAVE = stand down | withdraw | pull out\n"
  "@verbs\n"
  "0256 urge + to &LEAVE\n"
  "111  criticize +\n"
  "042  visit +\n"
  "@discards\n"
  "football match\n";

static const char *azStory[] = {
  "Veloria criticized Tarvonia on Monday. Tarvonian troops were urged to withdraw.",
  "Ines Marlowe visited the Ostrava Pact in 2012. Marlowe criticized Tarvonia.",
  "Veloria urged Tarvonia to pull out its troops. The football match was cancelled.",
};

typedef struct Fix {
  char zDir[64], zSrc[96], zBdc[96];
} Fix;

static int setup(void **state){
  Fix *f = calloc(1, sizeof *f);
  if( !f ) return -1;
  snprintf(f->zDir, sizeof f->zDir, "/tmp/brink-dictcache-XXXXXX");
  if( !mkdtemp(f->zDir) ){ free(f); return -1; }
  snprintf(f->zSrc, sizeof f->zSrc, "%s/test.txt", f->zDir);
  snprintf(f->zBdc, sizeof f->zBdc, "%s/test.bdc", f->zDir);
  FILE *fp = fopen(f->zSrc, "w");
  if( !fp ) return -1;
  fputs(zDictText, fp);
  fclose(fp);
  *state = f;
  return 0;
}
static int teardown(void **state){
  Fix *f = *state;
  remove(f->zSrc); remove(f->zBdc);
  rmdir(f->zDir);
  free(f);
  return 0;
}

typedef struct Diags { int n; char zLast[512]; } Diags;
static void onDiag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  Diags *d = pArg;
  (void)iLine; (void)iCol;
  d->n++;
  snprintf(d->zLast, sizeof d->zLast, "%s: %s", zFile, zMsg);
}

static brink_engine *engineFor(const char *zDict, Diags *pD, char **pzErr){
  const char *az[2] = { zDict, 0 };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = az;
  cfg.xDiag = onDiag; cfg.pDiagArg = pD;
  return brink_engine_new(&cfg, pzErr);
}

static void compileTo(const Fix *f){
  const char *az[2] = { f->zSrc, 0 };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = az;
  char *zErr = 0;
  int rc = brink_dict_compile(&cfg, f->zBdc, &zErr);
  if( rc!=BRINK_OK ) fprintf(stderr, "compile: %s\n", zErr ? zErr : "?");
  assert_int_equal(rc, BRINK_OK);
  free(zErr);
}

/* Every event of every story, formatted as JSON, one string. */
static char *codeAll(const brink_engine *pEng){
  brink_coder *c = brink_coder_new(pEng);
  assert_non_null(c);
  brink_buf out = { 0, 0, 0 };
  for(size_t i=0; i<sizeof azStory/sizeof azStory[0]; i++){
    brink_story s;
    memset(&s, 0, sizeof s);
    s.zId = "s"; s.zDate = "2012-05-01"; s.zText = azStory[i]; s.nText = strlen(azStory[i]);
    const brink_event *aEv = 0; size_t nEv = 0;
    assert_int_equal(brink_code_story(c, &s, &aEv, &nEv), BRINK_OK);
    for(size_t k=0; k<nEv; k++) assert_int_equal(brink_event_format(&aEv[k], BRINK_OUT_JSON, &out), BRINK_OK);
  }
  brink_coder_free(c);
  char *z = strdup(out.z ? out.z : "");
  brink_buf_free(&out);
  return z;
}

static void test_round_trip(void **state){
  Fix *f = *state;
  compileTo(f);
  Diags d1, d2; memset(&d1, 0, sizeof d1); memset(&d2, 0, sizeof d2);
  char *zErr = 0;
  brink_engine *pSrc = engineFor(f->zSrc, &d1, &zErr);
  assert_non_null(pSrc);
  assert_int_equal(brinkDictIsCache(f->zBdc), 1);
  assert_int_equal(brinkDictIsCache(f->zSrc), 0);
  brink_engine *pBdc = engineFor(f->zBdc, &d2, &zErr);
  assert_non_null(pBdc);
  assert_int_equal(d2.n, 0);
  char *zA = codeAll(pSrc), *zB = codeAll(pBdc);
  assert_true(strlen(zA)>0);
  assert_true(strstr(zA, "\"111\"")!=0 || strstr(zA, "111")!=0);
  assert_string_equal(zA, zB);
  brink_engine_stats s1, s2;
  brink_engine_stats_get(pSrc, &s1);
  brink_engine_stats_get(pBdc, &s2);
  assert_int_equal(s1.nActor, s2.nActor);
  assert_int_equal(s1.nAgent, s2.nAgent);
  assert_int_equal(s1.nPattern, s2.nPattern);
  assert_int_equal(s1.nWarning, s2.nWarning);
  /* dict check reads file names through the cache's name table */
  assert_int_equal(brink_dict_check(pSrc, 0, 0, 0), brink_dict_check(pBdc, 0, 0, 0));
  free(zA); free(zB);
  brink_engine_free(pSrc);
  brink_engine_free(pBdc);
  /* compiling twice gives the same bytes */
  FILE *fp = fopen(f->zBdc, "rb");
  assert_non_null(fp);
  char aOne[4096]; size_t nOne = fread(aOne, 1, sizeof aOne, fp);
  fclose(fp);
  compileTo(f);
  fp = fopen(f->zBdc, "rb");
  char aTwo[4096]; size_t nTwo = fread(aTwo, 1, sizeof aTwo, fp);
  fclose(fp);
  assert_int_equal(nOne, nTwo);
  assert_memory_equal(aOne, aTwo, nOne);
}

/* Read the whole cache into an 8-aligned buffer. */
static unsigned char *readAll(const char *zPath, size_t *pn){
  FILE *fp = fopen(zPath, "rb");
  assert_non_null(fp);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  unsigned char *a = malloc((size_t)n + 8);
  assert_non_null(a);
  assert_int_equal(fread(a, 1, (size_t)n, fp), (size_t)n);
  fclose(fp);
  *pn = (size_t)n;
  return a;
}
static void writeAll(const char *zPath, const unsigned char *a, size_t n){
  FILE *fp = fopen(zPath, "wb");
  assert_non_null(fp);
  assert_int_equal(fwrite(a, 1, n, fp), n);
  fclose(fp);
}

/* Opening a damaged copy must fail with a message containing zWant. */
static void expectBad(const Fix *f, const unsigned char *a, size_t n, const char *zWant){
  writeAll(f->zBdc, a, n);
  Dict *p = (Dict*)1;
  char *zErr = 0;
  int rc = brinkDictOpenCache(f->zBdc, 0, &p, &zErr);
  assert_int_not_equal(rc, BRINK_OK);
  assert_null(p);
  assert_non_null(zErr);
  if( !strstr(zErr, zWant) ) fprintf(stderr, "message '%s' lacks '%s'\n", zErr, zWant);
  assert_non_null(strstr(zErr, zWant));
  free(zErr);
  /* and through the engine: an error, not a crash (without the magic the
  ** file is not taken for a cache but read as a dictionary source) */
  if( memcmp(a, BRINK_CACHE_MAGIC, 8)!=0 ) return;
  Diags d; memset(&d, 0, sizeof d);
  brink_engine *pEng = engineFor(f->zBdc, &d, &zErr);
  assert_null(pEng);
  assert_non_null(zErr);
  free(zErr);
}

static uint32_t get32(const unsigned char *p){ uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get64(const unsigned char *p){ uint64_t v; memcpy(&v, p, 8); return v; }

static void test_corrupt(void **state){
  Fix *f = *state;
  compileTo(f);
  size_t n;
  unsigned char *a = readAll(f->zBdc, &n);
  unsigned char *b = malloc(n);
  assert_non_null(b);

  expectBad(f, a, n/2, "truncated");
  expectBad(f, a, 20, "truncated");
  expectBad(f, a, n-1, "truncated");
  memcpy(b, a, n); b[0] = 'X';
  expectBad(f, b, n, "not a brink compiled dictionary");
  memcpy(b, a, n); b[8] = 99;
  expectBad(f, b, n, "version 99");
  memcpy(b, a, n); b[12] ^= 1;
  expectBad(f, b, n, "other table layouts");
  memcpy(b, a, n); b[40+8] ^= 0x40;           /* first block's offset */
  expectBad(f, b, n, "checksum");
  /* a phrase naming an entry that does not exist (the body is not
  ** checksummed: the index checks must catch it) */
  uint32_t nBlk = get32(a+32);
  int bDone = 0;
  for(uint32_t i=0; i<nBlk; i++){
    const unsigned char *d = a + 40 + 24*i;
    if( get32(d)==0x200 && get64(d+16)>0 ){   /* TAG_PHRASE, actors */
      memcpy(b, a, n);
      DictPhrase ph;
      size_t off = (size_t)get64(d+8);
      memcpy(&ph, b+off, sizeof ph);
      ph.iEntry = 1000000;
      memcpy(b+off, &ph, sizeof ph);
      expectBad(f, b, n, "out of range");
      bDone = 1;
    }
  }
  assert_true(bDone);
  /* a word index that is out of order */
  for(uint32_t i=0; i<nBlk; i++){
    const unsigned char *d = a + 40 + 24*i;
    if( get32(d)==0x400 ){   /* TAG_IDXSTART, actors */
      memcpy(b, a, n);
      uint32_t v = 0xFFFFFFF0u;
      memcpy(b + get64(d+8) + 4, &v, 4);
      expectBad(f, b, n, "index");
    }
  }
  /* in memory: a misaligned buffer is refused */
  Dict *p = 0; char *zErr = 0;
  assert_int_equal(brinkDictOpenCacheMem(a+1, n-1, 0, &p, &zErr), BRINK_EINVAL);
  free(zErr);
  /* the untouched bytes still open */
  assert_int_equal(brinkDictOpenCacheMem(a, n, 0, &p, &zErr), BRINK_OK);
  assert_non_null(p);
  brinkDictFree(p);
  free(a); free(b);
}

static void test_stale(void **state){
  Fix *f = *state;
  compileTo(f);
  Diags d; memset(&d, 0, sizeof d);
  char *zErr = 0;
  /* change the source: a new actor; the cache is rebuilt from it */
  FILE *fp = fopen(f->zSrc, "a");
  assert_non_null(fp);
  fputs("@actors\nKessmark = KSM !state\n", fp);
  fclose(fp);
  brink_engine *pEng = engineFor(f->zBdc, &d, &zErr);
  assert_non_null(pEng);
  assert_int_equal(d.n, 1);
  assert_non_null(strstr(d.zLast, "stale"));
  assert_non_null(strstr(d.zLast, "rebuilding"));
  brink_engine_stats st;
  brink_engine_stats_get(pEng, &st);
  assert_int_equal(st.nActor, 6);    /* five phrases before, plus Kessmark */
  brink_engine_free(pEng);
  /* recompiled: fresh again */
  compileTo(f);
  memset(&d, 0, sizeof d);
  pEng = engineFor(f->zBdc, &d, &zErr);
  assert_non_null(pEng);
  assert_int_equal(d.n, 0);
  brink_engine_free(pEng);
  /* the source is gone: the cache is used as it is, with a warning */
  char zMoved[128];
  snprintf(zMoved, sizeof zMoved, "%s.moved", f->zSrc);
  assert_int_equal(rename(f->zSrc, zMoved), 0);
  memset(&d, 0, sizeof d);
  pEng = engineFor(f->zBdc, &d, &zErr);
  assert_non_null(pEng);
  assert_int_equal(d.n, 1);
  assert_non_null(strstr(d.zLast, "missing"));
  brink_engine_stats_get(pEng, &st);
  assert_int_equal(st.nActor, 6);
  brink_engine_free(pEng);
  assert_int_equal(rename(zMoved, f->zSrc), 0);
  /* a cache must be the only --dict */
  const char *az[3] = { f->zBdc, f->zSrc, 0 };
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.azDict = az;
  assert_null(brink_engine_new(&cfg, &zErr));
  assert_non_null(strstr(zErr, "only"));
  free(zErr);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
    cmocka_unit_test_setup_teardown(test_stale, setup, teardown),
  };
  return cmocka_run_group_tests(aTest, 0, 0);
}
