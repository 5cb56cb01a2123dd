/*
** text.h — sentence splitting and tokenisation of normalised UTF-8 text.
**
** The splitter finds sentence boundaries in news prose without a model:
** abbreviations, initials, decimals, quotes and paragraph breaks.  The
** tokenizer cuts one sentence into Tok records (see lexicon.h) in the
** coder's arena.  Neither tags nor lemmatises: that is lexicon.h's job.
** The UTF-8 check the reader and the dictionary loader share is here too
** (normalize.c).
*/
#ifndef BRINK_TEXT_H
#define BRINK_TEXT_H
#include <stddef.h>
#include "arena.h"
#include "lexicon.h"

/* Split z[0..n) into sentences; see brink_split_sentences in brink.h. */
size_t brinkSplit(const char *z, size_t n, void (*xSentence)(void*, size_t, size_t), void *pArg);
/* One sentence per line (brink_story.bSentences): each line trimmed of
** spaces, tabs and CRs, blank lines skipped.  Returns the count. */
size_t brinkSplitLines(const char *z, size_t n, void (*xSentence)(void*, size_t, size_t), void *pArg);

/* Tokenise z[0..n) (one sentence, iBase its offset in the story).  Returns
** the number of tokens and sets *paTok to an array in pArena, or -1 when
** memory runs out.  Sets z, n, zLow, hLow, iOff and flags; zLemma = zLow, eTag = 0. */
int brinkTokenize(Arena *pArena, const char *z, size_t n, size_t iBase, Tok **paTok);

/* Offset of the first invalid UTF-8 sequence in z[0..n), or n if none. */
size_t brinkUtf8FirstBad(const unsigned char *z, size_t n);

#endif
