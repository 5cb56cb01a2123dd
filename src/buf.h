/*
** buf.h — appending to a brink_buf (brink.h), the growing string that every
** writer fills: event lines (output.c), exports (export.c), charts and
** reports (svg.c).  Defined in output.c.  Each returns 1, or 0 when memory
** ran out (the buffer then holds what it held before).
*/
#ifndef BRINK_BUF_H
#define BRINK_BUF_H
#include "brink.h"
#include <stdarg.h>
#include <stddef.h>

int brinkBufReserve(brink_buf *p, size_t nMore);
int brinkBufAppend(brink_buf *p, const char *z, size_t n);
int brinkBufStr(brink_buf *p, const char *z);
int brinkBufFmt(brink_buf *p, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));
int brinkBufVFmt(brink_buf *p, const char *zFmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
