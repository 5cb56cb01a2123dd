/*
** cmd_dict.c — `brink dict`: what the dictionaries hold, and whether they
** are sound.
**
**   brink dict stats [--dict FILE]...   counts of actors, agents, patterns, codes
**   brink dict check [--dict FILE]...   load with every warning shown, then check
**                                       that each pattern's code is a CAMEO code
**   brink dict convert [--dict FILE]... [-o OUT]
**                                       write the loaded set in brink's own format
**                                       (peer dictionaries translated)
**   brink dict compile [--dict FILE]... -o FILE.bdc
**                                       write the loaded set compiled, for a fast
**                                       start-up with --dict FILE.bdc
*/
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
"usage: brink dict stats|check|convert|compile [--dict FILE]... [--dict-format F] [--data DIR] [-o OUT]\n"
"\n"
"  stats     print how many actor phrases, agent phrases, verb patterns,\n"
"            issue phrases and CAMEO codes the dictionaries hold\n"
"  check     load the dictionaries, printing every problem with file, line and\n"
"            column; exit 1 if there was any\n"
"  convert   write the dictionaries in brink's own format (to OUT, or to\n"
"            standard output), so TABARI and PETRARCH users can migrate\n"
"  compile   write the dictionaries compiled to OUT (say phoenix.bdc); then\n"
"            --dict OUT (alone) maps it at start-up instead of parsing.  A\n"
"            source changed since is noticed: brink warns and reads the sources\n"
"\n"
"Without --dict, brink's default dictionaries (in the data folder) are used.\n"
"--dict files may be in brink's format or a peer's (TABARI, PETRARCH-1,\n"
"PETRARCH-2, Phoenix discards and issues): the format is detected per file\n"
"unless --dict-format names one (auto, brink, tabari, petrarch1, petrarch2,\n"
"discards, issues).  See docs/PEER_FORMATS.md.\n";

int cmd_dict(int argc, char **argv){
  if( argc<2 || strcmp(argv[1], "-h")==0 || strcmp(argv[1], "--help")==0 ){
    fputs(zUsage, argc<2 ? stderr : stdout);
    return argc<2 ? 1 : 0;
  }
  const char *zSub = argv[1];
  if( strcmp(zSub, "stats")!=0 && strcmp(zSub, "check")!=0 && strcmp(zSub, "convert")!=0
      && strcmp(zSub, "compile")!=0 ){
    fprintf(stderr, "brink dict: unknown subcommand '%s'\n%s", zSub, zUsage);
    return 1;
  }
  const char **azDict = calloc((size_t)argc+1, sizeof(char*));
  if( !azDict ) return 1;
  int nDict = 0;
  const char *zData = 0, *zFormat = 0, *zOut = 0;
  for(int i=2; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); free(azDict); return 0; }
    if( (v = cli_opt(argc, argv, &i, "--dict", 0))!=0 ) azDict[nDict++] = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) zData = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict-format", 0))!=0 ) zFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--output", "-o"))!=0 ) zOut = v;
    else { fprintf(stderr, "brink dict: unknown option '%s'\n", argv[i]); free(azDict); return 1; }
  }
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = zData;
  cfg.azDict = nDict ? azDict : 0;
  cfg.zDictFormat = zFormat;
  cfg.xDiag = cli_diag;
  char *zErr = 0;
  if( strcmp(zSub, "compile")==0 ){
    int rc = BRINK_EINVAL;
    if( !zOut ) zErr = strdup("compile needs -o FILE.bdc");
    else rc = brink_dict_compile(&cfg, zOut, &zErr);
    free(azDict);
    if( rc!=BRINK_OK ){
      fprintf(stderr, "brink dict compile: %s\n", zErr ? zErr : "cannot compile the dictionaries");
      free(zErr);
      return 1;
    }
    return 0;
  }
  if( strcmp(zSub, "convert")==0 ){
    brink_buf out = { 0, 0, 0 };
    int rc = brink_dict_convert(&cfg, &out, &zErr);
    free(azDict);
    if( rc!=BRINK_OK ){
      fprintf(stderr, "brink dict convert: %s\n", zErr ? zErr : "cannot load dictionaries");
      free(zErr); brink_buf_free(&out);
      return 1;
    }
    FILE *fp = zOut ? fopen(zOut, "wb") : stdout;
    if( !fp ){ perror(zOut); brink_buf_free(&out); return 1; }
    fputs("# brink dictionary, written by `brink dict convert`\n", fp);
    if( out.n ) fwrite(out.z, 1, out.n, fp);
    int bErr = ferror(fp);
    if( zOut && fclose(fp)!=0 ) bErr = 1;
    brink_buf_free(&out);
    if( bErr ){ fprintf(stderr, "brink dict convert: cannot write %s\n", zOut ? zOut : "standard output"); return 1; }
    return 0;
  }
  brink_engine *pEng = cli_engine("brink dict", &cfg);
  free(azDict);
  if( !pEng ) return 1;
  brink_engine_stats st;
  brink_engine_stats_get(pEng, &st);
  int rc = 0;
  if( strcmp(zSub, "stats")==0 ){
    printf("actor phrases\t%zu\nagent phrases\t%zu\nverb patterns\t%zu\nCAMEO codes\t%zu\nwarnings\t%zu\n",
           st.nActor, st.nAgent, st.nPattern, st.nCameo, st.nWarning);
    if( st.nIssue ) printf("issue phrases\t%zu\nissue codes\t%zu\n", st.nIssue, st.nIssueCode);
    if( st.nUnknownCode ) printf("codes not in CAMEO\t%zu\n", st.nUnknownCode);
  }else{
    size_t nBad = brink_dict_check(pEng, nDict ? 0 : BRINK_CHECK_COVERAGE, cli_diag, 0);
    if( st.nWarning || nBad ){
      fprintf(stderr, "brink dict check: %zu problems\n", st.nWarning + nBad);
      rc = 1;
    }else{
      printf("brink dict check: ok (%zu actor phrases, %zu agent phrases, %zu patterns)\n",
             st.nActor, st.nAgent, st.nPattern);
    }
  }
  brink_engine_free(pEng);
  return rc;
}
