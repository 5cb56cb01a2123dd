/*
** tmpdb.h — a scratch directory with a database path in it, for the unit
** tests that open a store (test_store.c, test_trend.c).  Include after
** cmocka.h.
*/
#ifndef BRINK_TEST_TMPDB_H
#define BRINK_TEST_TMPDB_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Tmp { char zDir[64]; char zDb[128]; } Tmp;

static void tmpMake(Tmp *t){
  strcpy(t->zDir, "/tmp/brink-test-XXXXXX");
  assert_non_null(mkdtemp(t->zDir));
  snprintf(t->zDb, sizeof t->zDb, "%s/events.db", t->zDir);
}

static void tmpFree(Tmp *t){
  char zCmd[160];
  snprintf(zCmd, sizeof zCmd, "rm -rf '%s'", t->zDir);
  assert_int_equal(system(zCmd), 0);
}

#endif
