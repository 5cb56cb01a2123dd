/*
** jsonflat.h — the string fields of one JSON Lines record, without a parse
** tree (jsonflat.c).  The reader's fast path; jansson remains the judge.
*/
#ifndef BRINK_JSONFLAT_H
#define BRINK_JSONFLAT_H
#include <stddef.h>

/* z[0..n) is one record, valid UTF-8 with no NUL byte.  When it is a JSON
** object that jansson would load, and each of the nKey keys azKey[] it holds
** has a string value, returns 1 with az[k] the decoded value of azKey[k]
** (NUL-terminated, in zBuf, which must hold n+1 bytes) and an[k] its length,
** or az[k] = NULL when the key is absent.  Returns 0 otherwise (a number
** anywhere, a wanted key that is not a string, a syntax error, ...): parse
** the record with jansson then. */
int brinkJsonFlat(const char *z, size_t n, const char *const *azKey, int nKey,
                  char *zBuf, const char **az, size_t *an);

#endif
