/*
** escalation.h — internals shared by the escalation watch (alert.c: the
** detector and the stored alerts; trend.c: series of a pair; svg.c: charts
** and the HTML report) and the store (store.c runs the schema v3 migration
** defined in alert.c).  Not part of the public API; see docs/ESCALATION.md.
*/
#ifndef BRINK_ESCALATION_H
#define BRINK_ESCALATION_H
#include "brink.h"
#include <sqlite3.h>

/* The SQL of schema v3 (escalation_days, alerts, alert_events), of v5
** (the days' severity sums; every pair is rescored) and of v6 (the share
** gate; every pair is rescored) and of v7 (the joint CUSUMs' state; every
** pair is rescored), run by the store's migration list
** (store.c). */
extern const char brinkEscalationSchema[];
extern const char brinkEscalationSchemaV5[];
extern const char brinkEscalationSchemaV6[];
extern const char brinkEscalationSchemaV7[];

/* The store's SQLite connection (store.c). */
sqlite3 *brinkStoreDb(brink_store *);

/* The baseline plus the guard can span at most this many days: the ring of
** past inputs is a fixed array (128 is four months, well past the 35 days
** of the defaults). */
#define BRINK_ESC_MAXWIN 128
#define BRINK_ESC_NODAY  INT32_MIN

/* The detector's state for one pair after its last stepped day.  Everything
** in it can be rebuilt from the stored escalation_days rows, which is how
** brink_alert_update resumes a pair without recomputing its history. */
typedef struct brinkEscRing {
  double aW[BRINK_ESC_MAXWIN], aW2[BRINK_ESC_MAXWIN];   /* weights, squared weights */
  double aSev[BRINK_ESC_MAXWIN];                        /* severities */
  int aN[BRINK_ESC_MAXWIN];                             /* folded events */
} brinkEscRing;

typedef struct brinkEscState {
  brinkEscRing conf, coop;     /* each side's inputs by day % W */
  int32_t iDay;                /* last day stepped, BRINK_ESC_NODAY before the first */
  int32_t iFirst;              /* first day of the pair's history */
  double sEsc, sCoop;          /* the two CUSUMs */
  double jEsc, jCoop;          /* the two joint CUSUMs (0 where the share is not informed) */
  int32_t iRunEsc, iRunCoop;   /* first day of each CUSUM's current run */
  int nRunEsc, nRunCoop;       /* distinct events in each run */
  int eDir;                    /* direction of the open alert, 0 if none */
  int32_t iStart;              /* start day of the open alert */
} brinkEscState;

void brinkEscInit(brinkEscState *);
/* Record the inputs of a past day in the ring without scoring it (used
** when rebuilding the state from stored rows). */
void brinkEscSeed(const brink_alert_params *, brinkEscState *, const brink_score_day *);
/* Score pDay (its iDay must be after the state's day; the empty days in
** between are stepped first) and advance the state to it. */
void brinkEscStep(const brink_alert_params *, brinkEscState *, brink_score_day *pDay);
/* 1 if the state has nothing left to decay: both CUSUMs 0 and no alert. */
int brinkEscQuiet(const brinkEscState *);
/* Parameters within their limits?  BRINK_OK or BRINK_EINVAL. */
int brinkEscCheck(const brink_alert_params *);

/* Days since 1970-01-01 <-> civil dates (Howard Hinnant's algorithm). */
int32_t brinkDaysFromCivil(int y, int m, int d);
void brinkCivilFromDays(int32_t z, int *py, int *pm, int *pd);
#endif
