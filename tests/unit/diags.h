/*
** diags.h — a diagnostics callback for the unit tests that check what a
** loader or exporter reports (test_geocodes.c, test_store.c): each call
** appends "file:line: message\n" to one buffer and counts it.
*/
#ifndef BRINK_TEST_DIAGS_H
#define BRINK_TEST_DIAGS_H
#include <stdio.h>
#include <string.h>

typedef struct Diags { int n; char z[4096]; } Diags;

static void diagCollect(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg){
  Diags *d = pArg;
  size_t m = strlen(d->z);
  (void)iCol;
  snprintf(d->z + m, sizeof d->z - m, "%s:%d: %s\n", zFile, iLine, zMsg);
  d->n++;
}

#endif
