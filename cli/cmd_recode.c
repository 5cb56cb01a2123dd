/*
** cmd_recode.c — `brink recode`: code the stories kept in an event store
** again, with the dictionaries given now, without the source files.  Uses
** the ingest pipeline (cli_store_run in cmd_ingest.c); each story is
** replaced in place, batch by batch, so an interrupted recode leaves every
** story coded by either the old or the new dictionaries, never half.
*/
#include "cli.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zUsage[] =
"usage: brink recode --db FILE [OPTIONS]\n"
"\n"
"Re-code every story stored in FILE with the current dictionaries (the\n"
"defaults, or --dict files), replacing its events.  The source files are\n"
"not needed: the store keeps each story's text.  The run is recorded in\n"
"the store's runs table with the new dictionaries' id.\n"
"\n"
"Options:\n"
"  --db FILE            the event store (required; must exist)\n"
"  --dict FILE          code with exactly these dictionary files (repeatable)\n"
"  --dict-format F      auto (default) or brink\n"
"  --data DIR           the data folder (default: $BRINK_DATA or the built-in one)\n"
"  -j, --jobs N         coding threads (default: all cores)\n"
"  -q, --quiet          no progress line and no summary\n"
"  -h, --help           this help\n";

typedef struct StoreSrc { brink_store *pStore; int64_t iAfter; } StoreSrc;

static int storeNext(void *pArg, brink_story *pStory){
  StoreSrc *s = pArg;
  int rc = brink_store_story_next(s->pStore, &s->iAfter, pStory);
  if( rc!=BRINK_OK && rc!=BRINK_EOF ){
    fprintf(stderr, "brink recode: %s\n", brink_store_errmsg(s->pStore));
    return BRINK_EIO;
  }
  return rc;
}

int cmd_recode(int argc, char **argv){
  const char *zData = 0, *zDictFormat = 0, *zDb = 0;
  const char **azDict = calloc((size_t)argc+1, sizeof(char*));
  int nDict = 0, nThread = 0, bQuiet = 0, rc = 0;
  brink_store *pStore = 0;
  brink_engine *pEng = 0;
  char *zDictDesc = 0;
  if( !azDict ){ fprintf(stderr, "brink recode: out of memory\n"); return 1; }
  for(int i=1; i<argc; i++){
    const char *v;
    if( strcmp(argv[i], "-h")==0 || strcmp(argv[i], "--help")==0 ){ fputs(zUsage, stdout); goto done; }
    else if( strcmp(argv[i], "-q")==0 || strcmp(argv[i], "--quiet")==0 ) bQuiet = 1;
    else if( (v = cli_opt(argc, argv, &i, "--db", 0))!=0 ) zDb = v;
    else if( (v = cli_opt(argc, argv, &i, "--data", 0))!=0 ) zData = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict", 0))!=0 ) azDict[nDict++] = v;
    else if( (v = cli_opt(argc, argv, &i, "--dict-format", 0))!=0 ) zDictFormat = v;
    else if( (v = cli_opt(argc, argv, &i, "--jobs", "-j"))!=0 ){
      if( !(nThread = cli_jobs("brink recode", v)) ){ rc = 1; goto done; }
    }
    else{
      fprintf(stderr, "brink recode: unknown option or argument '%s' (see brink recode --help)\n", argv[i]);
      rc = 1; goto done;
    }
  }
  if( nThread==0 ) nThread = cli_ncpu();
  signal(SIGXFSZ, SIG_IGN);
  if( cli_store_open("brink recode", zDb, BRINK_STORE_NOCREATE, &pStore) ){ rc = 1; goto done; }
  brink_engine_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.zDataDir = zData;
  cfg.azDict = nDict ? azDict : 0;
  cfg.zDictFormat = zDictFormat;
  cfg.xDiag = cli_diag;
  if( !(pEng = cli_engine("brink recode", &cfg)) ){ rc = 1; goto done; }
  char zDictId[17];
  if( brink_store_dict_id(&cfg, zDictId, &zDictDesc)!=BRINK_OK ){
    fprintf(stderr, "brink recode: cannot read the dictionaries to fingerprint them\n");
    rc = 1; goto done;
  }
  if( brink_store_run_begin(pStore, pEng, zDictId, zDictDesc, "recode", zDb)!=BRINK_OK ){
    fprintf(stderr, "brink recode: %s\n", brink_store_errmsg(pStore));
    rc = 1; goto done;
  }
  StoreSrc src = { pStore, 0 };
  rc = cli_store_run("brink recode", pStore, zDb, pEng, nThread, BRINK_PUT_FORCE, bQuiet,
                     storeNext, &src, 0, 0);
done:
  brink_store_close(pStore);
  brink_engine_free(pEng);
  free(zDictDesc);
  free(azDict);
  return rc;
}
