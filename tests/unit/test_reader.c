/*
** test_reader.c — unit tests for the story reader (src/reader.c), text
** normalisation (src/normalize.c) and dates (src/date.c).
**
** Small inputs come from fmemopen() so each test shows its bytes; the
** over-long-line and over-long-story cases build their inputs in tmpfile()s.
** Every error is checked by code and by its exact "FILE:LINE: ..." message,
** and each error case is followed by a good record to show that reading
** goes on.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "brink.h"
#include "jsonflat.h"
#include <jansson.h>

/* ---- Helpers ------------------------------------------------------------ */

/* A reader over n bytes of z, with the FILE it reads from. */
typedef struct Input { FILE *fp; brink_reader *pReader; } Input;

static void inputOpen(Input *p, const char *z, size_t n, const char *zName,
                      int eFormat, const char *zDate){
  p->fp = fmemopen((void*)z, n, "r");
  assert_non_null(p->fp);
  p->pReader = brink_reader_new(p->fp, zName, eFormat, zDate);
  assert_non_null(p->pReader);
}

static void inputOpenFile(Input *p, FILE *fp, const char *zName, int eFormat,
                          const char *zDate){
  p->fp = fp;
  p->pReader = brink_reader_new(fp, zName, eFormat, zDate);
  assert_non_null(p->pReader);
}

static void inputClose(Input *p){
  brink_reader_free(p->pReader);
  fclose(p->fp);
}

/* Expect the next call to fail with rc and message zMsg. */
static void expectError(Input *p, int rc, const char *zMsg){
  brink_story s;
  assert_int_equal(brink_reader_next(p->pReader, &s), rc);
  assert_string_equal(brink_reader_errmsg(p->pReader), zMsg);
}

/* Expect the next call to return a story with this id and text. */
static void expectStory(Input *p, const char *zId, const char *zDate, const char *zText,
                        brink_story *pOut){
  brink_story s;
  int rc = brink_reader_next(p->pReader, &s);
  if( rc!=BRINK_OK ) fail_msg("rc=%d: %s", rc, brink_reader_errmsg(p->pReader));
  assert_string_equal(s.zId, zId);
  assert_string_equal(s.zDate, zDate);
  assert_string_equal(s.zText, zText);
  assert_int_equal(s.nText, strlen(zText));
  if( pOut ) *pOut = s;
}

static void expectEof(Input *p){
  brink_story s;
  assert_int_equal(brink_reader_next(p->pReader, &s), BRINK_EOF);
  assert_int_equal(brink_reader_next(p->pReader, &s), BRINK_EOF);
}

#define S(lit) lit, sizeof(lit)-1

/* ---- JSON Lines ----------------------------------------------------------- */

static void test_jsonl_good(void **state){
  (void)state;
  static const char z[] =
    "{\"id\":\"s1\",\"date\":\"2021-03-15\",\"title\":\"Talks \xE2\x80\x9C" "end\xE2\x80\x9D\","
      "\"source\":\"wire\",\"url\":\"http://x.test/1\",\"lang\":\"en\","
      "\"text\":\"Russia\xE2\x80\x99s envoy met\xC2\xA0officials \xE2\x80\x94 again.\"}\n"
    "\n"
    "   \n"
    "{\"id\":42,\"date\":\"2021-03-16T23:30:00-05:00\",\"text\":\"Second.\"}\n"
    "{\"id\":1.5,\"date\":\"20210317\",\"text\":\"Third.\",\"title\":null,\"source\":7}\n"
    "{\"id\":-7,\"date\":\"2021-03-18T10:00Z\",\"text\":\"\"}\n";
  Input in;
  brink_story s;
  inputOpen(&in, S(z), "news.jsonl", BRINK_FMT_JSONL, NULL);

  expectStory(&in, "s1", "2021-03-15", "Russia's envoy met officials - again.", &s);
  assert_string_equal(s.zTitle, "Talks \"end\"");
  assert_string_equal(s.zSource, "wire");
  assert_string_equal(s.zUrl, "http://x.test/1");
  assert_int_equal(s.bSentences, 0);
  assert_int_equal(brink_reader_line(in.pReader), 1);
  assert_string_equal(brink_reader_errmsg(in.pReader), "");

  expectStory(&in, "42", "2021-03-16", "Second.", &s);
  assert_null(s.zTitle);
  assert_null(s.zSource);
  assert_null(s.zUrl);
  assert_int_equal(brink_reader_line(in.pReader), 4);

  expectStory(&in, "1.5", "2021-03-17", "Third.", &s);
  assert_null(s.zTitle);
  assert_null(s.zSource);
  expectStory(&in, "-7", "2021-03-18", "", NULL);
  expectEof(&in);
  inputClose(&in);
}

static void test_jsonl_errors(void **state){
  (void)state;
  static const char z[] =
    "{\"id\": \"a\", \"date\": \"2021-03-01\", \"text\": \"x\"\n"          /* 1 */
    "[1, 2]\n"                                                          /* 2 */
    "{\"date\":\"2021-03-01\",\"text\":\"x\"}\n"                        /* 3 */
    "{\"id\":\"b\",\"text\":\"x\"}\n"                                   /* 4 */
    "{\"id\":\"c\",\"date\":\"2021-02-30\",\"text\":\"x\"}\n"           /* 5 */
    "{\"id\":\"d\",\"date\":\"2021-03-01\"}\n"                          /* 6 */
    "{\"id\":\"e\",\"date\":\"2021-03-01\",\"text\":\"ab\xFF\"}\n"      /* 7 */
    "{\"id\":true,\"date\":\"2021-03-01\",\"text\":\"x\"}\n"            /* 8 */
    "{\"id\":\"\",\"date\":\"2021-03-01\",\"text\":\"x\"}\n"            /* 9 */
    "{\"id\":\"f\",\"date\":20210301,\"text\":\"x\"}\n"                 /* 10 */
    "{\"id\":\"g\",\"date\":\"2021-03-01\",\"text\":[\"x\"]}\n"         /* 11 */
    "{\"id\":\"h\",\"date\":\"2021-03-01\",\"text\":\"\\u0000\"}\n"     /* 12 */
    "{\"id\":\"i\",\"date\":\"bad\\ndate\",\"text\":\"x\"}\n"           /* 13 */
    "\xC0\xAF\n"                                                        /* 14 */
    "{\"id\":\"ok\",\"date\":\"2021-03-02\",\"text\":\"fine\"}";        /* 15 */
  Input in;
  inputOpen(&in, S(z), "in.jsonl", BRINK_FMT_JSONL, NULL);
  expectError(&in, BRINK_EPARSE,
              "in.jsonl:1: malformed JSON at column 45: '}' expected near end of file");
  expectError(&in, BRINK_EPARSE, "in.jsonl:2: record is not a JSON object");
  expectError(&in, BRINK_EPARSE, "in.jsonl:3: missing \"id\"");
  expectError(&in, BRINK_EPARSE, "in.jsonl:4: missing \"date\"");
  expectError(&in, BRINK_EPARSE, "in.jsonl:5: invalid \"date\" \"2021-02-30\"");
  expectError(&in, BRINK_EPARSE, "in.jsonl:6: missing \"text\"");
  expectError(&in, BRINK_EENCODING, "in.jsonl:7: invalid UTF-8 at byte offset 40");
  expectError(&in, BRINK_EPARSE, "in.jsonl:8: \"id\" must be a string or a number");
  expectError(&in, BRINK_EPARSE, "in.jsonl:9: \"id\" is empty");
  expectError(&in, BRINK_EPARSE, "in.jsonl:10: \"date\" must be a string");
  expectError(&in, BRINK_EPARSE, "in.jsonl:11: \"text\" must be a string");
  expectError(&in, BRINK_EPARSE, "in.jsonl:12: malformed JSON at column 45: "
              "\\u0000 is not allowed without JSON_ALLOW_NUL near '\"\\u0000\"'");
  /* A newline inside a quoted value must not split the message. */
  expectError(&in, BRINK_EPARSE, "in.jsonl:13: invalid \"date\" \"bad?date\"");
  assert_int_equal(brink_reader_line(in.pReader), 13);
  expectError(&in, BRINK_EENCODING, "in.jsonl:14: invalid UTF-8 at byte offset 0");
  expectStory(&in, "ok", "2021-03-02", "fine", NULL);
  assert_int_equal(brink_reader_line(in.pReader), 15);
  expectEof(&in);
  inputClose(&in);
}

/* The fast path (jsonflat.c) reads the usual record without jansson; what
** it reads must be what jansson reads, and what it leaves to jansson must
** still come out as before (stop 26). */
static void test_jsonl_fast_path(void **state){
  (void)state;
  static const char z[] =
    /* escapes of every kind, a surrogate pair, an escaped key */
    "{\"\\u0069d\":\"e\\\"1\\\\\",\"date\":\"2021-03-15\",\"title\":\"A\\/B \\u00e9\\ud83d\\ude00\","
      "\"text\":\"Tab\\there.\\nNew line.\"}\n"
    /* the last of duplicate keys; unknown keys of every kind but numbers */
    " { \"id\" : \"d1\" , \"text\":\"first\", \"places\":[\"usa\", [], {\"a\":[true,false,null]}],"
      " \"meta\":{}, \"flag\":true, \"date\":\"2021-03-16\", \"text\" : \"second\" } \n"
    /* a number anywhere goes to jansson, with the same result */
    "{\"id\":\"n1\",\"date\":\"2021-03-17\",\"count\":12,\"text\":\"numbers\"}\n"
    /* jansson names the errors the fast path declines */
    "{\"id\":\"t1\",\"date\":\"2021-03-17\",\"text\":\"x\",}\n"
    "{\"id\":\"t2\",\"date\":\"2021-03-17\",\"text\":\"x\"} x\n"
    "{\"id\":\"t3\",\"date\":\"2021-03-17\",\"text\":\"\\ud800\"}\n"
    "{\"id\":\"t4\",\"date\":\"2021-03-17\",\"text\":\"a\tb\"}\n"
    "{\"id\":\"t5\",\"date\":\"2021-03-17\",\"flag\":truex,\"text\":\"x\"}\n"
    "{\"id\":\"ok\",\"date\":\"2021-03-18\",\"text\":\"fine\"}\n";
  Input in;
  brink_story s;
  inputOpen(&in, S(z), "f.jsonl", BRINK_FMT_JSONL, NULL);
  expectStory(&in, "e\"1\\", "2021-03-15", "Tab here.\nNew line.", &s);
  assert_string_equal(s.zTitle, "A/B \xC3\xA9\xF0\x9F\x98\x80");
  expectStory(&in, "d1", "2021-03-16", "second", NULL);
  expectStory(&in, "n1", "2021-03-17", "numbers", NULL);
  expectError(&in, BRINK_EPARSE, "f.jsonl:4: malformed JSON at column 43: string or '}' expected near '}'");
  expectError(&in, BRINK_EPARSE, "f.jsonl:5: malformed JSON at column 44: end of file expected near 'x'");
  expectError(&in, BRINK_EPARSE, "f.jsonl:6: malformed JSON at column 46: invalid Unicode '\\uD800' near '\"\\ud800\"'");
  expectError(&in, BRINK_EPARSE, "f.jsonl:7: malformed JSON at column 40: control character 0x9 near '\"a'");
  expectError(&in, BRINK_EPARSE, "f.jsonl:8: malformed JSON at column 43: invalid token near 'truex'");
  expectStory(&in, "ok", "2021-03-18", "fine", NULL);
  expectEof(&in);
  inputClose(&in);

  /* Line by line against jansson: the fast path takes the usual shapes
  ** (else the reader is slow again, which no other test would notice) and
  ** reads what jansson reads. */
  static const struct { const char *z; int bFast; } aCase[] = {
    { "{\"id\":\"a\",\"date\":\"2021-01-01\",\"text\":\"x\"}", 1 },
    { "{\"id\":\"a\",\"places\":[\"x\",\"y\"],\"topics\":[],\"text\":\"x\"}", 1 },
    { "{}", 1 },
    { "  {\"text\":\"\\u00e9\\u20ac\\ud834\\udd1e\\\"\"}  ", 1 },
    { "{\"id\":\"a\",\"id\":\"b\"}", 1 },
    { "{\"x\":{\"y\":{\"z\":[null,true,false,\"s\"]}}}", 1 },
    { "{\"id\":1}", 0 },
    { "{\"id\":null}", 0 },
    { "{\"text\":[\"x\"]}", 0 },
    { "{\"n\":-1.5e3}", 0 },
    { "[1]", 0 },
    { "{\"a\":\"\\u0000\"}", 0 },
    { "{\"a\":\"\\udc00\"}", 0 },
    { "{\"a\":\"\\ud800x\"}", 0 },
    { "{\"a\":\"\\x\"}", 0 },
    { "{\"a\" \"b\"}", 0 },
    { "{\"a\":\"b\"", 0 },
    { "{\"a\":[1,]}", 0 },
    { "{\"a\":[\"b\",]}", 0 },
    { "{\"a\":tru}", 0 },
    { "{\"a\":\"b\"]", 0 },
    { "{'a':'b'}", 0 },
  };
  static const char *const azKey[] = {"id","date","text","title","source","url","dateline"};
  for(size_t i=0; i<sizeof aCase/sizeof aCase[0]; i++){
    const char *zL = aCase[i].z;
    size_t n = strlen(zL);
    char zBuf[256];
    const char *az[7];
    size_t an[7];
    int bFast = brinkJsonFlat(zL, n, azKey, 7, zBuf, az, an);
    if( bFast!=aCase[i].bFast ) fail_msg("brinkJsonFlat(%s) = %d, expected %d", zL, bFast, aCase[i].bFast);
    if( !bFast ) continue;
    json_error_t err;
    json_t *pRoot = json_loadb(zL, n, 0, &err);
    if( !pRoot || !json_is_object(pRoot) ) fail_msg("jansson refuses %s, which the fast path took", zL);
    for(int k=0; k<7; k++){
      json_t *pV = json_object_get(pRoot, azKey[k]);
      if( !az[k] ){ assert_null(pV); continue; }
      assert_true(json_is_string(pV));
      assert_int_equal(json_string_length(pV), an[k]);
      assert_memory_equal(json_string_value(pV), az[k], an[k]);
    }
    json_decref(pRoot);
  }
}

static void test_jsonl_default_date(void **state){
  (void)state;
  static const char z[] =
    "{\"id\":\"a\",\"text\":\"x\"}\n"
    "{\"id\":\"b\",\"date\":null,\"text\":\"y\"}\n"
    "{\"id\":\"c\",\"date\":\"2020-02-29\",\"text\":\"z\"}\n"
    "{\"id\":\"d\",\"date\":\"\",\"text\":\"w\"}\n";
  Input in;
  inputOpen(&in, S(z), "d.jsonl", BRINK_FMT_JSONL, "20210704");
  expectStory(&in, "a", "2021-07-04", "x", NULL);
  expectStory(&in, "b", "2021-07-04", "y", NULL);
  expectStory(&in, "c", "2020-02-29", "z", NULL);
  expectStory(&in, "d", "2021-07-04", "w", NULL);
  expectEof(&in);
  inputClose(&in);

  /* Without a default, null and "" are missing dates. */
  inputOpen(&in, S(z), "d.jsonl", BRINK_FMT_JSONL, NULL);
  expectError(&in, BRINK_EPARSE, "d.jsonl:1: missing \"date\"");
  expectError(&in, BRINK_EPARSE, "d.jsonl:2: missing \"date\"");
  expectStory(&in, "c", "2020-02-29", "z", NULL);
  expectError(&in, BRINK_EPARSE, "d.jsonl:4: missing \"date\"");
  expectEof(&in);
  inputClose(&in);

  inputOpen(&in, S(z), "d.jsonl", BRINK_FMT_JSONL, "2021-13-01");
  expectError(&in, BRINK_EINVAL, "d.jsonl: invalid date \"2021-13-01\"");
  expectEof(&in);
  inputClose(&in);
}

static void test_jsonl_crlf_bom(void **state){
  (void)state;
  static const char z[] =
    "\xEF\xBB\xBF{\"id\":\"a\",\"date\":\"2021-03-01\",\"text\":\"one\\r\\ntwo\"}\r\n"
    "\r\n"
    "{\"id\":\"b\",\"date\":\"2021-03-01\",\"text\":\"x\"}\r\n"
    "{\"id\":\"c\",\"date\":\"2021-03-01\",\"text\":\"no final newline\"}";
  Input in;
  inputOpen(&in, S(z), "w.jsonl", BRINK_FMT_JSONL, NULL);
  expectStory(&in, "a", "2021-03-01", "one\ntwo", NULL);
  expectStory(&in, "b", "2021-03-01", "x", NULL);
  assert_int_equal(brink_reader_line(in.pReader), 3);
  expectStory(&in, "c", "2021-03-01", "no final newline", NULL);
  assert_int_equal(brink_reader_line(in.pReader), 4);
  expectEof(&in);
  inputClose(&in);

  /* Empty input, and input of blank lines only. */
  inputOpen(&in, "", 0, "e.jsonl", BRINK_FMT_JSONL, NULL);
  expectEof(&in);
  inputClose(&in);
  inputOpen(&in, S("\n\r\n  \n"), "e.jsonl", BRINK_FMT_JSONL, NULL);
  expectEof(&in);
  inputClose(&in);
}

/* Write a record "{"id":"big","date":"2021-03-01","text":"aaa..."}" that is
** exactly nLine bytes long, then a newline. */
static void writeRecord(FILE *fp, size_t nLine){
  static const char zHead[] = "{\"id\":\"big\",\"date\":\"2021-03-01\",\"text\":\"";
  static const char zTail[] = "\"}";
  size_t nText = nLine - (sizeof(zHead)-1) - (sizeof(zTail)-1);
  char *zText = malloc(nText);
  assert_non_null(zText);
  memset(zText, 'a', nText);
  fputs(zHead, fp);
  assert_int_equal(fwrite(zText, 1, nText, fp), nText);
  fputs(zTail, fp);
  fputc('\n', fp);
  free(zText);
}

static void test_jsonl_long_line(void **state){
  (void)state;
  FILE *fp = tmpfile();
  assert_non_null(fp);
  size_t nBig = (size_t)17 << 20;
  writeRecord(fp, nBig);                                     /* line 1 */
  fputs("{\"id\":\"after\",\"date\":\"2021-03-01\",\"text\":\"ok\"}\n", fp);
  writeRecord(fp, BRINK_MAX_LINE);                           /* line 3: fits */
  writeRecord(fp, BRINK_MAX_LINE + 1);                       /* line 4: does not */
  writeRecord(fp, BRINK_MAX_STORY + 100);                    /* line 5 */
  fputs("{\"id\":\"last\",\"date\":\"2021-03-01\",\"text\":\"ok\"}", fp);
  rewind(fp);

  Input in;
  inputOpenFile(&in, fp, "big.jsonl", BRINK_FMT_JSONL, NULL);
  expectError(&in, BRINK_ETOOBIG,
              "big.jsonl:1: record is 17825792 bytes, over the 16 MiB limit; skipped");
  expectStory(&in, "after", "2021-03-01", "ok", NULL);
  assert_int_equal(brink_reader_line(in.pReader), 2);
  /* A 16 MiB record is read, and then its text is over the story limit. */
  expectError(&in, BRINK_ETOOBIG,
              "big.jsonl:3: text is 16777174 bytes, over the 4 MiB story limit; skipped");
  expectError(&in, BRINK_ETOOBIG,
              "big.jsonl:4: record is 16777217 bytes, over the 16 MiB limit; skipped");
  expectError(&in, BRINK_ETOOBIG,
              "big.jsonl:5: text is 4194362 bytes, over the 4 MiB story limit; skipped");
  expectStory(&in, "last", "2021-03-01", "ok", NULL);
  assert_int_equal(brink_reader_line(in.pReader), 6);
  expectEof(&in);
  inputClose(&in);
}

/* ---- Text and sentences ----------------------------------------------------- */

static void test_text(void **state){
  (void)state;
  static const char z[] =
    "\xEF\xBB\xBF\r\n"
    "  \n"
    "Protesters\tgathered in Kyiv \xE2\x80\x93 police said.\r\n"
    "\r\n"
    "Talks resumed.\n\n\n";
  Input in;
  brink_story s;
  inputOpen(&in, S(z), "story.txt", BRINK_FMT_TEXT, "2022-02-24T08:00:00+02:00");
  expectStory(&in, "story.txt", "2022-02-24",
              "Protesters gathered in Kyiv - police said.\n\nTalks resumed.", &s);
  assert_int_equal(s.bSentences, 0);
  assert_null(s.zTitle);
  assert_int_equal(brink_reader_line(in.pReader), 3);
  expectEof(&in);
  inputClose(&in);

  /* A bad line is reported and left out; the story keeps the rest. */
  static const char zBad[] = "First line.\nBad \xE2\x28\xA1 line.\nLast line.";
  inputOpen(&in, S(zBad), "bad.txt", BRINK_FMT_TEXT, "2022-02-24");
  expectError(&in, BRINK_EENCODING, "bad.txt:2: invalid UTF-8 at byte offset 4; line skipped");
  expectStory(&in, "bad.txt", "2022-02-24", "First line.\nLast line.", NULL);
  expectEof(&in);
  inputClose(&in);

  /* Empty text gives no story; a missing date is an error. */
  inputOpen(&in, S(" \n\t\n"), "empty.txt", BRINK_FMT_TEXT, "2022-02-24");
  expectEof(&in);
  inputClose(&in);
  inputOpen(&in, S("x"), "nodate.txt", BRINK_FMT_TEXT, NULL);
  expectError(&in, BRINK_EINVAL, "nodate.txt: a date is required for text input");
  expectEof(&in);
  inputClose(&in);
  inputOpen(&in, S("x"), NULL, BRINK_FMT_SENTENCES, NULL);
  expectError(&in, BRINK_EINVAL, "-: a date is required for sentence input");
  inputClose(&in);
  inputOpen(&in, S("x"), "f", 9, "2022-02-24");
  expectError(&in, BRINK_EINVAL, "f: unknown input format 9");
  inputClose(&in);
}

static void test_sentences(void **state){
  (void)state;
  static const char z[] =
    "  The army shelled the town.  \r\n"
    "\n"
    "Officials\xE2\x80\xA6 denied it.\r"
    "\t\n"
    "A stray\rCR stays in its sentence.";
  Input in;
  brink_story s;
  inputOpen(&in, S(z), "-", BRINK_FMT_SENTENCES, "2022-02-24");
  expectStory(&in, "-", "2022-02-24",
              "The army shelled the town.\nOfficials... denied it.\n"
              "A stray CR stays in its sentence.", &s);
  assert_int_equal(s.bSentences, 1);
  expectEof(&in);
  inputClose(&in);
}

/* Sentence input over BRINK_MAX_STORY is cut, at line ends, into stories
** "id", "id#2", ... that together hold every sentence. */
static void test_sentences_chunks(void **state){
  (void)state;
  FILE *fp = tmpfile();
  assert_non_null(fp);
  char zLine[1000];
  memset(zLine, 'w', sizeof(zLine)-1);
  zLine[sizeof(zLine)-1] = 0;
  int nLine = 9000;                        /* ~9 MB: three stories */
  for(int i=0; i<nLine; i++) fprintf(fp, "%s\n", zLine);
  rewind(fp);

  Input in;
  inputOpenFile(&in, fp, "s.txt", BRINK_FMT_SENTENCES, "2022-02-24");
  brink_story s;
  int nSeen = 0;
  static const char *azId[] = { "s.txt", "s.txt#2", "s.txt#3" };
  int aLine[3];
  for(int k=0; k<3; k++){
    assert_int_equal(brink_reader_next(in.pReader, &s), BRINK_OK);
    assert_string_equal(s.zId, azId[k]);
    assert_true(s.nText<=BRINK_MAX_STORY);
    assert_int_equal(s.nText, strlen(s.zText));
    assert_int_equal((s.nText+1) % sizeof(zLine), 0);
    nSeen += (int)((s.nText+1)/sizeof(zLine));
    aLine[k] = brink_reader_line(in.pReader);
  }
  assert_int_equal(nSeen, nLine);
  assert_int_equal(aLine[0], 1);
  assert_int_equal(aLine[1], 1 + (BRINK_MAX_STORY/sizeof(zLine)));
  expectEof(&in);
  inputClose(&in);
}

/* A text line longer than a whole story is skipped with an error. */
static void test_text_long_line(void **state){
  (void)state;
  FILE *fp = tmpfile();
  assert_non_null(fp);
  fputs("Before.\n", fp);
  for(size_t i=0; i<BRINK_MAX_STORY; i++) fputc('x', fp);
  fputs("\nAfter.\n", fp);
  rewind(fp);
  Input in;
  inputOpenFile(&in, fp, "long.txt", BRINK_FMT_TEXT, "2022-02-24");
  expectError(&in, BRINK_ETOOBIG,
              "long.txt:2: line is 4194304 bytes, over the 4 MiB story limit; skipped");
  expectStory(&in, "long.txt", "2022-02-24", "Before.\nAfter.", NULL);
  expectEof(&in);
  inputClose(&in);
}

/* ---- Normalisation ------------------------------------------------------ */

typedef struct NormCase { const char *zIn; const char *zOut; } NormCase;

static void test_normalize(void **state){
  (void)state;
  static const NormCase aCase[] = {
    { "plain ASCII stays.", "plain ASCII stays." },
    { "", "" },
    { "\xE2\x80\x98single\xE2\x80\x99 \xE2\x80\x9A\xE2\x80\x9B \xE2\x80\xB2", "'single' '' '" },
    { "\xE2\x80\x9C" "double\xE2\x80\x9D \xE2\x80\x9E\xE2\x80\x9F \xC2\xAB" "fr\xC2\xBB \xE2\x80\xB3",
      "\"double\" \"\" \"fr\" \"" },
    { "a\xE2\x80\x90" "b\xE2\x80\x91" "c\xE2\x80\x92" "d\xE2\x80\x93" "e\xE2\x80\x94"
      "f\xE2\x80\x95" "g\xE2\x88\x92" "h", "a-b-c-d-e-f-g-h" },
    { "Kyiv \xE2\x80\x93 Moscow \xE2\x80\x94 Minsk", "Kyiv - Moscow - Minsk" },
    { "Kyiv\xC2\xA0\xE2\x80\x94\xE2\x80\xAFMoscow", "Kyiv - Moscow" },
    { "wait\xE2\x80\xA6", "wait..." },
    { "a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\xAF" "d\xE2\x80\x83" "e\xE2\x80\x82" "f\xE3\x80\x80" "g\th",
      "a b c d e f g h" },
    { "zero\xE2\x80\x8Bwidth\xE2\x80\x8C\xE2\x80\x8D\xE2\x81\xA0 soft\xC2\xADhyphen \xEF\xBB\xBF" "bom",
      "zerowidth softhyphen bom" },
    { "c0\x01\x02\x1B[0m\x7F" "del", "c0[0mdel" },
    { "c1\xC2\x80\xC2\x85\xC2\x9F" "end", "c1end" },
    { "crlf\r\nlone\rcr\n", "crlf\nlone\ncr\n" },
    { "\r\r\n", "\n\n" },
    { "line\xE2\x80\xA8sep", "line\nsep" },
    /* NFC: e + combining acute composes; so it does across a dropped soft hyphen. */
    { "caf" "e\xCC\x81", "caf\xC3\xA9" },
    { "e\xC2\xAD\xCC\x81", "\xC3\xA9" },
    { "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80" },    /* Hangul jamo to syllable */
    { "\xC3\xA9t\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC",
      "\xC3\xA9t\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC" },
    { "\xF0\x9F\x98\x80 emoji", "\xF0\x9F\x98\x80 emoji" },
  };
  for(size_t i=0; i<sizeof(aCase)/sizeof(aCase[0]); i++){
    size_t nOut = 99, iBad = 99;
    int rc = 99;
    char *z = brink_normalize(aCase[i].zIn, strlen(aCase[i].zIn), &nOut, &rc, &iBad);
    assert_non_null(z);
    assert_int_equal(rc, BRINK_OK);
    assert_string_equal(z, aCase[i].zOut);
    assert_int_equal(nOut, strlen(aCase[i].zOut));
    /* Normalising twice changes nothing. */
    char *z2 = brink_normalize(z, nOut, &nOut, &rc, &iBad);
    assert_non_null(z2);
    assert_string_equal(z2, z);
    free(z2);
    free(z);
  }
  /* Embedded NUL bytes are controls and go; z needs no terminator. */
  size_t nOut;
  int rc;
  char *z = brink_normalize("a\0b!", 3, &nOut, &rc, NULL);
  assert_string_equal(z, "ab");
  assert_int_equal(nOut, 2);
  free(z);
}

typedef struct BadCase { const char *zIn; size_t n; size_t iBad; } BadCase;

static void test_normalize_invalid(void **state){
  (void)state;
  static const BadCase aCase[] = {
    { S("abc\xFF"), 3 },
    { S("\x80"), 0 },                          /* stray continuation */
    { S("ok \xC0\xAF"), 3 },                   /* overlong '/' */
    { S("ok \xE0\x80\xAF"), 3 },               /* overlong, 3 bytes */
    { S("ok \xED\xA0\x80"), 3 },               /* surrogate U+D800 */
    { S("ok \xF4\x90\x80\x80"), 3 },           /* U+110000 */
    { S("\xC3\xA9\xE2\x82"), 2 },              /* truncated at the end */
    { S("\xE2\x82z"), 0 },                     /* truncated in the middle */
    { S("\xF8\x88\x80\x80\x80"), 0 },          /* 5-byte form */
    { S("caf\xC3\xA9 \xE2\x80\x99 \xC3"), 10 },
  };
  for(size_t i=0; i<sizeof(aCase)/sizeof(aCase[0]); i++){
    size_t iBad = 999;
    int rc = 0;
    char *z = brink_normalize(aCase[i].zIn, aCase[i].n, NULL, &rc, &iBad);
    assert_null(z);
    assert_int_equal(rc, BRINK_EENCODING);
    assert_int_equal(iBad, aCase[i].iBad);
  }
}

/* ---- Dates --------------------------------------------------------------- */

static void test_dates(void **state){
  (void)state;
  static const struct { const char *z; int32_t iDay; } aGood[] = {
    { "1970-01-01", 0 },
    { "19700102", 1 },
    { "1969-12-31", -1 },
    { "2000-02-29", 11016 },
    { "2021-03-15", 18701 },
    { "2021-03-15T12:34:56Z", 18701 },
    { "2021-03-15T12:34:56+05:30", 18701 },
    { "2021-03-15T23:59:59-0800", 18701 },
    { "2021-03-15T23:59:59.123456+01", 18701 },
    { "2021-03-15T12:34", 18701 },
    { "2021-03-15 12:34:56", 18701 },
    { "0000-01-01", -719528 },
    { "9999-12-31", 2932896 },
  };
  static const char *azBad[] = {
    "", "2021", "2021-02-30", "2021-02-29", "1900-02-29", "2021-13-01", "2021-00-10",
    "2021-04-31", "2021-03-00", "20210230", "2021-3-15", "2021-03-15x", "2021-03-15T",
    "2021-03-15T25:00", "2021-03-15T12:60", "2021-03-15T12:00:61", "2021-03-15T12:00Q",
    "2021-03-15T12:00+5", "2021-03-15T12:00+05:", " 2021-03-15", "2021/03/15",
    "202103151", "abcd-ef-gh",
  };
  char zBuf[11];
  for(size_t i=0; i<sizeof(aGood)/sizeof(aGood[0]); i++){
    int32_t iDay = 12345;
    if( brink_date_parse(aGood[i].z, &iDay)!=BRINK_OK ) fail_msg("rejected %s", aGood[i].z);
    assert_int_equal(iDay, aGood[i].iDay);
  }
  for(size_t i=0; i<sizeof(azBad)/sizeof(azBad[0]); i++){
    int32_t iDay = 12345;
    if( brink_date_parse(azBad[i], &iDay)!=BRINK_EPARSE ) fail_msg("accepted %s", azBad[i]);
    assert_int_equal(iDay, 12345);
  }
  assert_int_equal(brink_date_parse(NULL, NULL), BRINK_EPARSE);

  brink_date_format(0, zBuf);         assert_string_equal(zBuf, "1970-01-01");
  brink_date_format(18701, zBuf);     assert_string_equal(zBuf, "2021-03-15");
  brink_date_format(-719528, zBuf);   assert_string_equal(zBuf, "0000-01-01");
  brink_date_format(INT32_MIN, zBuf); assert_string_equal(zBuf, "0000-01-01");
  brink_date_format(INT32_MAX, zBuf); assert_string_equal(zBuf, "9999-12-31");

  /* Every day of years 0000..9999 formats and parses back to itself, and
  ** consecutive day numbers are consecutive dates. */
  for(int32_t iDay=-719528; iDay<=2932896; iDay++){
    int32_t iBack;
    brink_date_format(iDay, zBuf);
    assert_int_equal(brink_date_parse(zBuf, &iBack), BRINK_OK);
    if( iBack!=iDay ) fail_msg("%d -> %s -> %d", iDay, zBuf, iBack);
  }
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_jsonl_good),
    cmocka_unit_test(test_jsonl_errors),
    cmocka_unit_test(test_jsonl_fast_path),
    cmocka_unit_test(test_jsonl_default_date),
    cmocka_unit_test(test_jsonl_crlf_bom),
    cmocka_unit_test(test_jsonl_long_line),
    cmocka_unit_test(test_text),
    cmocka_unit_test(test_sentences),
    cmocka_unit_test(test_sentences_chunks),
    cmocka_unit_test(test_text_long_line),
    cmocka_unit_test(test_normalize),
    cmocka_unit_test(test_normalize_invalid),
    cmocka_unit_test(test_dates),
  };
  return cmocka_run_group_tests(aTest, NULL, NULL);
}
