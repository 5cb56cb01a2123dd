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

/* Shared helpers (main.c). */
void cli_diag(void *pArg, const char *zFile, int iLine, int iCol, const char *zMsg);
/* Returns the option's value for "--name VALUE" or "--name=VALUE", advancing *pi; NULL if argv[*pi] is not it. */
const char *cli_opt(int argc, char **argv, int *pi, const char *zLong, const char *zShort);
int cli_ncpu(void);

#endif
