/*
** timex.h — event dates from time expressions, and sentences that are not
** news events (sports results, history retrospectives).  See timex.c.
*/
#ifndef BRINK_TIMEX_H
#define BRINK_TIMEX_H
#include <stdint.h>
#include "brink.h"
#include "lexicon.h"

/* The day a sentence's event happened: its first time expression resolved
** against iStory (days since 1970-01-01), or iStory when it has none. */
int32_t brinkSentenceDay(const Tok *aTok, int nTok, int32_t iStory);
/* The day the act at token iAct happened: a time expression after it in
** its own clause, else brinkSentenceDay(). */
int32_t brinkEventDay(const Tok *aTok, int nTok, int iAct, int32_t iStory);

enum { SENT_NEWS = 0, SENT_SPORTS, SENT_HISTORY };
/* What kind of sentence this is (SENT_*). */
int brinkSentenceKind(const Tok *aTok, int nTok, int32_t iStory);

/* Does tokens [i0, i1) hold "in|during [Month] YYYY" for a year at least
** two before iStory's ("signed the accord in 1983"), in a sentence that
** does not say it is of now ("today", "on Tuesday")?  Or "last year", or a
** "then" closing the clause ("rejected it then on the grounds"), in a
** clause that does not say it is of now? */
/* 1 if a day of a month said without a year ("April 29") starts at token
** i and, taken as the one nearest the story, falls after the story's day. */
/* 0..6 if zLow names a day of the week ("monday"), else -1. */
int brinkWeekdayOf(const char *zLow);
int brinkFutureDateAt(const Tok *aTok, int nTok, int i, int32_t iStory);
int brinkPastYearAt(const Tok *aTok, int nTok, int i0, int i1, int32_t iStory);
/* 1 if "since YEAR", a year two or more before the story's, closes no
** comparison in tokens i0..i1-1 (a total or a state over the years). */
int brinkSinceYearAt(const Tok *aTok, int nTok, int i0, int i1, int32_t iStory);
/* 1 if, from token i1 to its clause's end, "in|during [the] [Month] YYYY"
** names a year at least two before iStory's ("signed a memorandum on tin
** disposals by the GSA in December 1983"), in a sentence that does not say
** it is of now (nor "this week").  A participle's phrase ("men accused of
** a bombing in 1985") and a figure's date ("from 440 pct in 1985") do not
** count. */
int brinkPastYearLater(const Tok *aTok, int nTok, int i1, int32_t iStory);
/* 1 if the sentence says it is of now ("today", "yesterday", a weekday). */
int brinkSaysNow(const Tok *aTok, int nTok);
/* 1 if tokens i0..i1-1 (the words before a noun, "a 1985 arms sale") hold a
** year before the story's. */
int brinkYearBefore(const Tok *aTok, int i0, int i1, int32_t iStory);

#endif
