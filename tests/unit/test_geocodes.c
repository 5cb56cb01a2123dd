/*
** test_geocodes.c — unit tests for the export's country codes of other
** systems (src/geocodes.c; docs/EXPORTS.md): the ISO alpha-2 table
** generated from iso-codes, the fips.tsv loader (what it accepts, which
** lines it reports and skips, with which file and line) and the FIPS code
** of a location (country line, or one code shared by all its subdivisions).
** The shipped data/fips.tsv must load without a single warning.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "brink.h"
#include "geocodes.h"
#include "diags.h"

/* Write z to a fresh temporary file; zPath gets its name. */
static void writeTmp(char *zPath, const char *z){
  strcpy(zPath, "/tmp/brink-fips-XXXXXX");
  int fd = mkstemp(zPath);
  assert_true(fd>=0);
  FILE *fp = fdopen(fd, "w");
  assert_non_null(fp);
  fputs(z, fp);
  fclose(fp);
}

static void test_alpha2(void **state){
  (void)state;
  assert_true(brinkIso2Count>=249);
  for(size_t i=1; i<brinkIso2Count; i++){   /* sorted, for the binary search */
    assert_true(strcmp(brinkIso2Table[i-1].zA3, brinkIso2Table[i].zA3)<0);
  }
  assert_string_equal(brinkIsoAlpha2("UKR"), "UA");
  assert_string_equal(brinkIsoAlpha2("CHE"), "CH");
  assert_string_equal(brinkIsoAlpha2("CHN"), "CN");
  assert_string_equal(brinkIsoAlpha2("GBR"), "GB");
  assert_string_equal(brinkIsoAlpha2("ABW"), "AW");   /* first */
  assert_string_equal(brinkIsoAlpha2("ZWE"), "ZW");   /* last */
  assert_string_equal(brinkIsoAlpha2("XKX"), "");     /* user-assigned: none */
  assert_string_equal(brinkIsoAlpha2(""), "");
  assert_string_equal(brinkIsoAlpha2(0), "");
  assert_string_equal(brinkIsoAlpha2("UKRAINE"), "");
}

/* Bad lines are reported with file:line and skipped; the good ones load. */
static void test_fips_bad_lines(void **state){
  (void)state;
  char zPath[64];
  writeTmp(zPath,
    "# a comment\n"                 /* 1 */
    "\n"                            /* 2 */
    "UKR\tUP\n"                     /* 3 */
    "CHE\tSZ\r\n"                   /* 4: CRLF is fine */
    "CHN CH\n"                      /* 5: no tab */
    "DEU\tGM\textra\n"              /* 6: three fields */
    "gbr\tUK\n"                     /* 7: lower-case key */
    "GBR\tuk\n"                     /* 8: lower-case code */
    "GBR\tUKR\n"                    /* 9: three letters */
    "GBR\tUK\n"                     /* 10 */
    "UKR\tUA\n"                     /* 11: repeated: the first line wins */
    "PS-GZA\tGZ\n"                  /* 12 */
    "PS-NGZ\tGZ\n"                  /* 13 */
    "PS-HBN\tWE\n"                  /* 14 */
    "PS-TOOLONG\tWE\n"              /* 15: not a code */
    "   \t  \n"                     /* 16: blank */
    "RUS\tRS");                     /* 17: no final newline */
  Diags d; memset(&d, 0, sizeof d);
  char *zErr = 0;
  FipsTable *p = brinkFipsLoad(zPath, diagCollect, &d, &zErr);
  assert_non_null(p);
  assert_null(zErr);
  assert_int_equal(d.n, 7);
  char zWant[128];
  static const int aLine[] = { 5, 6, 7, 8, 9, 11, 15 };
  for(size_t i=0; i<sizeof aLine/sizeof aLine[0]; i++){
    snprintf(zWant, sizeof zWant, "%s:%d: ", zPath, aLine[i]);
    assert_non_null(strstr(d.z, zWant));
  }
  assert_non_null(strstr(d.z, ":5: 'CHN CH' is not two tab-separated fields"));
  assert_non_null(strstr(d.z, ":7: 'gbr' is not an ISO 3166-1 alpha-3 code"));
  assert_non_null(strstr(d.z, ":8: 'uk' is not a FIPS 10-4 country code"));
  assert_non_null(strstr(d.z, ":11: UKR is listed again (first at line 3); line skipped"));
  assert_int_equal(brinkFipsCount(p), 7);   /* UKR CHE GBR PS-GZA PS-NGZ PS-HBN RUS */
  assert_string_equal(brinkFipsCode(p, "UKR", ""), "UP");
  assert_string_equal(brinkFipsCode(p, "CHE", 0), "SZ");
  assert_string_equal(brinkFipsCode(p, "GBR", ""), "UK");
  assert_string_equal(brinkFipsCode(p, "RUS", ""), "RS");
  assert_string_equal(brinkFipsCode(p, "CHN", ""), "");    /* its line was bad */
  assert_string_equal(brinkFipsCode(p, "DEU", ""), "");
  assert_string_equal(brinkFipsCode(p, "", ""), "");       /* open water */
  /* subdivisions: all listed with one code, else the country's line */
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-GZA"), "GZ");
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-GZA,PS-NGZ"), "GZ");
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-GZA,PS-HBN"), "");   /* two codes; PSE has no line */
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-GZA,PS-RFH"), "");   /* PS-RFH not listed */
  assert_string_equal(brinkFipsCode(p, "PSE", ""), "");
  assert_string_equal(brinkFipsCode(p, "UKR", "UA-43"), "UP");         /* no subdivision lines */
  brinkFipsFree(p);
  /* without a callback the same file loads the same, silently */
  p = brinkFipsLoad(zPath, 0, 0, 0);
  assert_non_null(p);
  assert_int_equal(brinkFipsCount(p), 7);
  brinkFipsFree(p);
  unlink(zPath);
  assert_string_equal(brinkFipsCode(0, "UKR", ""), "");
}

static void test_fips_missing(void **state){
  (void)state;
  char *zErr = 0;
  assert_null(brinkFipsLoad("/no/such/dir/fips.tsv", 0, 0, &zErr));
  assert_non_null(zErr);
  assert_non_null(strstr(zErr, "cannot read /no/such/dir/fips.tsv"));
  free(zErr);
  char zPath[64];
  writeTmp(zPath, "# only comments\n");
  FipsTable *p = brinkFipsLoad(zPath, 0, 0, &zErr);
  assert_non_null(p);
  assert_int_equal(brinkFipsCount(p), 0);
  assert_string_equal(brinkFipsCode(p, "UKR", ""), "");
  brinkFipsFree(p);
  unlink(zPath);
}

/* The shipped table: no warnings, the classic traps right. */
static void test_fips_shipped(void **state){
  (void)state;
  Diags d; memset(&d, 0, sizeof d);
  FipsTable *p = brinkFipsLoad(BRINK_DATADIR "/fips.tsv", diagCollect, &d, 0);
  assert_non_null(p);
  if( d.n ) fputs(d.z, stderr);
  assert_int_equal(d.n, 0);
  assert_true(brinkFipsCount(p)>=240);
  static const char *const az[][2] = {
    {"UKR","UP"}, {"CHN","CH"}, {"CHE","SZ"}, {"DEU","GM"}, {"GBR","UK"}, {"RUS","RS"},
    {"AUS","AS"}, {"AUT","AU"}, {"JPN","JA"}, {"KOR","KS"}, {"PRK","KN"}, {"IRQ","IZ"},
    {"ISR","IS"}, {"USA","US"}, {"SRB","RI"}, {"SWZ","WZ"}, {"XKX","KV"},
  };
  for(size_t i=0; i<sizeof az/sizeof az[0]; i++) assert_string_equal(brinkFipsCode(p, az[i][0], ""), az[i][1]);
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-GZA,PS-NGZ,PS-DEB,PS-KYS,PS-RFH"), "GZ");   /* the Gaza Strip */
  assert_string_equal(brinkFipsCode(p, "PSE", "PS-JEM"), "WE");
  assert_string_equal(brinkFipsCode(p, "PSE", ""), "");   /* two FIPS codes: none for the whole */
  assert_string_equal(brinkFipsCode(p, "ALA", ""), "");   /* FIPS has no code of its own */
  brinkFipsFree(p);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_alpha2),
    cmocka_unit_test(test_fips_bad_lines),
    cmocka_unit_test(test_fips_missing),
    cmocka_unit_test(test_fips_shipped),
  };
  return cmocka_run_group_tests(aTest, 0, 0);
}
