/*
** cli.h — the brink command's subcommands.  Each lives in its own cmd_*.c
** file and uses only the public header brink.h.
*/
#ifndef BRINK_CLI_H
#define BRINK_CLI_H
#include "brink.h"

int cmd_code(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_tag(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_recode(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_trend(int argc, char **argv);    /* issue 6: escalation watch */
int cmd_alerts(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* Shared helpers (main.c). */
void cli_diag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg);
/* Returns the option's value for "--name VALUE" or "--name=VALUE", advancing *pi; NULL if argv[*pi] is not it. */
const char *cli_opt(int argc, char **argv, int *pi, const char *zLong, const char *zShort);
int cli_ncpu(void);
/* The value of -j/--jobs, 1 to 64; 0 after printing why zVal is not one. */
int cli_jobs(const char *zCmd, const char *zVal);
/* Parse zVal, the value of option zOpt, into *pr: 0, or 1 after printing
** why it is not a finite number ("abc", "5x", "nan" and "inf" are not). */
int cli_number(const char *zCmd, const char *zOpt, const char *zVal, double *pr);
/* Into z[n]: which sentences of the story pCoder coded last were over
** BRINK_MAX_SENTENCE and so not coded ("sentence 3 is 9000 bytes, ..."),
** or "" when none was. */
void cli_long_sentences(const brink_coder *pCoder, char *z, size_t n);
/* 1 if z is a country code as the store keeps them: three capitals ("USA";
** "usa" would match nothing). */
int cli_is_country(const char *z);
/* Does z end in zSuffix (".txt")?  In any case if bNoCase (".SVG"). */
int cli_ends_with(const char *z, const char *zSuffix, int bNoCase);
/* Copy story s into *pDst, every string in one malloc'd block, which is
** returned (the caller frees it; NULL when out of memory), so that the copy
** outlives the reader's next call. */
char *cli_story_copy(brink_story *pDst, const brink_story *s);
/* brink_engine_new(pCfg), or NULL after printing why not ("zCmd: ...");
** warns when the dictionaries hold no verb pattern. */
brink_engine *cli_engine(const char *zCmd, const brink_engine_config *pCfg);

/* The bytes of the regular files among azFile[0..nFile) ("-" and pipes
** count 0): what a progress line's time left is reckoned against. */
long long cli_input_bytes(const char *const *azFile, int nFile);
/* Seconds on the monotonic clock (for rates and progress). */
double cli_now(void);
/* A message on standard error that first clears an open progress line, so
** the two never share a line ("... ETA 0:00brink ingest: x.jsonl:7: ..."). */
__attribute__((format(printf, 1, 2)))
void cli_msg(const char *zFmt, ...);
/* The progress line of a long run (stderr a terminal): stories, stories a
** second, events and, when rDone (the fraction of the input read) is known,
** the time left.  Redrawn in place; bFinal ends it with a newline. */
void cli_progress_show(const char *zCmd, unsigned long long nStory, unsigned long long nEvent,
                       double rElapsed, double rDone, int bFinal);

/* The event-store commands (cmd_ingest.c, cmd_query.c). */
/* Next story for cli_store_run: BRINK_OK, BRINK_EOF, BRINK_EPARSE (skip it,
** already reported) or another negative code (stop). */
typedef int (*cli_story_fn)(void *pArg, brink_story *pStory);
/* Fraction of the input done, 0..1, or <0 when unknown (no ETA). */
typedef double (*cli_progress_fn)(void *pArg);
/* Open the store or print why not; 0 on success, 1 on failure. */
int cli_store_open(const char *zCmd, const char *zDb, int eMode, brink_store **ppStore);
/* Code every story xNext gives on nThread threads and put it in pStore,
** one transaction per batch, then end the run.  Returns the exit status. */
int cli_store_run(const char *zCmd, brink_store *pStore, const char *zDb, const brink_engine *pEng,
                  int nThread, int nPutFlags, int bQuiet, cli_story_fn xNext, void *pArg,
                  cli_progress_fn xProgress, void *pProgressArg);
/* Parse one query filter option at argv[*pi] into pF; returns 1 if it was
** one, 0 if not, -1 on a bad value (reported). */
int cli_filter_opt(const char *zCmd, int argc, char **argv, int *pi, brink_store_filter *pF);

#endif
